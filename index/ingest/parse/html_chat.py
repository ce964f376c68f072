"""A chat channel saved as HTML (a Slack export viewer's page; Teams, Discord, Mattermost and Telegram exports
write theirs alike), with a report pasted into it over several messages (blind round 66).

Messages are found by their shape, not by one app's class names: elements of one kind (one tag and first class)
repeated at least ``MIN_MESSAGES`` times, each holding one time stamp of its own ("10:02", "9:41 AM", "Today at
10:02", "10/03/2025 10:02", an element whose whole text is the time) beside a name; the outermost such kind is the
message, and a thread's replies, nested in the message they answer, are messages of their own. Table rows never
are (an agenda's times are no messages).

In a message, the parts beside the path from the message down to its time stamp are its avatar, name, job title,
text and what the app adds; its text is its part of the kind of element (tag and first class) that holds most
messages' text, each message's text being its part of the most words ("uploaded a file:" is the text, the file's
name not). What comes before the text (the name, the title, the time) becomes one heading (h6) of its own, so
that a paragraph never runs on from one message into the next one's name and time; what comes after it (link
unfurls, files, reactions, a thread's summary) goes, but for the thread's replies; so does the "(edited)" mark in
the text. Between and after the messages, what is no message (day dividers, "... joined the channel", "A huddle
happened", "... pinned a message") goes too. All of it is linear in the page's elements (each time stamp's
ancestors are walked once, and how deep a page nests is bounded in :mod:`.limits`)."""

from __future__ import annotations

import re
from collections import Counter

MIN_MESSAGES = 4  # fewer time stamps than this is no chat
SHARE = 0.8  # of the page's time stamps, in messages of one kind
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
_DAY = (r"(?:[a-z]{3,9},?\s+)?"  # "Monday, March 10th, 2025", "10 Mar 2025", "Mar 10, 2025"
        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}")
_DATE = rf"(?:today|yesterday|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}|{_DAY}),?(?:\s+at)?\s+"
_STAMP = re.compile(rf"\s*(?:{_DATE})?{_CLOCK}\s*", re.IGNORECASE)
_STAMP_CHARS = 60  # a longer text is no time stamp (and no regex reads more of it)
_EDITED = re.compile(r"\s*\(edited\)\s*", re.IGNORECASE)  # the app's mark in the text, after its last word
_TABLE = {"table", "thead", "tbody", "tfoot", "tr", "td", "th"}


def _kind(tag) -> tuple[str, str]:
    return tag.name, (tag.get("class") or [""])[0]


def _stamps(soup) -> list:
    """Elements whose whole text is a time stamp, with no element inside them."""
    from bs4 import Tag

    # a leaf is read from its own children (``find`` would walk every descendant: quadratic on a deep page)
    return [t for t in soup.find_all(True) if not any(isinstance(c, Tag) for c in t.contents)
            and t.string is not None and len(t.string) <= _STAMP_CHARS and _STAMP.fullmatch(t.string)]


def _messages(stamps: list) -> list[tuple[object, object]]:
    """(message, its time stamp) in document order: the outermost kind of element of which each stamp's nearest
    one holds that stamp alone, for ``SHARE`` of the stamps; [] when there is no such kind."""
    nearest: dict[tuple[str, str], list[tuple[object, int, object]]] = {}
    for stamp in stamps:
        seen: set[tuple[str, str]] = set()
        for depth, tag in enumerate(stamp.parents):
            kind = _kind(tag)
            if tag.parent is None or kind[0] in ("html", "body") or kind in seen:
                continue
            seen.add(kind)
            nearest.setdefault(kind, []).append((tag, depth, stamp))
    best: list[tuple[object, int, object]] = []
    for kind, found in nearest.items():
        if kind[0] in _TABLE or len(found) < max(MIN_MESSAGES, SHARE * len(stamps)) \
                or len({id(t) for t, _, _ in found}) < len(found):
            continue
        if not best or sum(d for _, d, _ in found) / len(found) > sum(d for _, d, _ in best) / len(best):
            best = found
    return [(tag, stamp) for tag, _, stamp in best]


def _outermost(node, messages: set[int]) -> list:
    """The messages nested in ``node`` (ids in ``messages``) that no other of them holds."""
    out: list = []
    inside: set[int] = set()
    for tag in node.find_all(True):
        if id(tag) in messages and id(tag) not in inside:
            out.append(tag)
            inside.update(map(id, tag.descendants))
    return out


def _words(node, messages: set[int]) -> int:
    """The words of a part of a message, less those of the messages nested in it (a thread's replies)."""
    from bs4 import Tag

    if not isinstance(node, Tag):
        return len(str(node).split())
    return len(node.get_text(" ").split()) - sum(len(m.get_text(" ").split()) for m in _outermost(node, messages))


def _text(nodes: list) -> str:
    from bs4 import Tag

    return " ".join(" ".join((n.get_text(" ") if isinstance(n, Tag) else str(n)).split()) for n in nodes).strip()


class _Message:
    """A message's parts beside the path down to its time stamp, in document order: those before its text (the
    header), its text, and those after it (what the app adds). Its text is the part of the most words, or, once
    :meth:`choose` is told which kind of element holds most messages' text, its part of that kind."""

    def __init__(self, message, stamp, messages: set[int], order: dict[int, int]) -> None:
        from bs4 import NavigableString

        path = [stamp]
        while path[-1] is not message:
            path.append(path[-1].parent)
        on_path = set(map(id, path))
        self.parts = sorted((c for p in path[1:] for c in p.contents if id(c) not in on_path
                             and (not isinstance(c, NavigableString) or c.strip())), key=lambda c: order.get(id(c), 0))
        self.sizes = [_words(c, messages) for c in self.parts]
        self.message, self.stamp, self.order = message, stamp, order
        self.choose(None)

    def choose(self, kind: tuple[str, str] | None) -> None:
        from bs4 import Tag

        at = max(range(len(self.parts)), key=self.sizes.__getitem__, default=-1)
        at = next((i for i, c in enumerate(self.parts) if isinstance(c, Tag) and _kind(c) == kind and self.sizes[i]),
                  at)
        self.body = self.parts[at] if at >= 0 and self.sizes[at] else None
        self.before = self.parts[:at] if self.body is not None else self.parts
        self.after = self.parts[at + 1:] if self.body is not None else []
        self.named = bool(re.search(r"[^\W\d_]", _text(self.before)))  # a name (or an app's) before the text
        self.header = _text(sorted([self.stamp, *self.before], key=lambda c: self.order.get(id(c), 0)))

    @property
    def kind(self) -> tuple[str, str] | None:
        from bs4 import Tag

        return _kind(self.body) if isinstance(self.body, Tag) else None


def _prune(part, messages: set[int]) -> None:
    """Leave of ``part`` only the messages nested in it (a thread's replies) and the elements that hold them."""
    from bs4 import Tag

    holders = {id(p) for m in _outermost(part, messages) for p in m.parents}
    for child in list(part.contents):
        if isinstance(child, Tag) and id(child) in messages:
            continue
        if isinstance(child, Tag) and id(child) in holders:
            _prune(child, messages)
        else:
            child.extract()


def chat_messages(soup) -> None:
    """Each message of a chat saved as HTML read as a unit of its own: its header a heading, then its text and
    its thread's replies; the app's additions, and the lines between messages, left out. A page with no such
    messages (fewer than ``MIN_MESSAGES``, or fewer than half of them with a name) is left as it was."""
    stamps = _stamps(soup)
    found = _messages(stamps) if len(stamps) >= MIN_MESSAGES else []
    if not found:
        return
    order = {id(el): i for i, el in enumerate(soup.descendants)}
    ids = {id(m) for m, _ in found}
    messages = [_Message(m, s, ids, order) for m, s in found]
    text_kind = Counter(m.kind for m in messages if m.kind is not None).most_common(1)
    for m in messages:  # the kind of element that holds most messages' text holds each one's that has it
        m.choose(text_kind[0][0] if text_kind else None)
    if sum(m.named for m in messages) < max(MIN_MESSAGES, len(messages) / 2):
        return
    for message in messages:
        _read(soup, message, ids)
    _between([m.message for m in messages if not any(id(p) in ids for p in m.message.parents)], ids, order)


def _read(soup, message: _Message, messages: set[int]) -> None:
    """The message's header made a heading before its text; the rest, but for nested messages, left out."""
    from bs4 import Tag

    heading = soup.new_tag("h6")
    heading.string = message.header
    (message.body if message.body is not None else message.stamp).insert_before(heading)
    if isinstance(message.body, Tag):
        for mark in [t for t in message.body.find_all(True) if not any(isinstance(c, Tag) for c in t.contents)
                     and _EDITED.fullmatch(t.get_text())]:
            mark.decompose()
    for part in [message.stamp, *message.before, *message.after]:
        if isinstance(part, Tag) and _outermost(part, messages):
            _prune(part, messages)
        else:
            part.extract()


def _between(tops: list, messages: set[int], order: dict[int, int]) -> None:
    """What stands after the first of the outermost messages, in the elements that hold them up to the one that
    holds them all, and is no message (day dividers, system lines): left out. What comes before the first message
    (the channel's name and purpose) stays."""
    if not tops:
        return
    common = set.intersection(*({id(p) for p in m.parents} for m in tops))
    holders: dict = {}
    for m in tops:
        for p in m.parents:
            holders[id(p)] = p
            if id(p) in common:
                break
    first = order.get(id(tops[0]), 0)
    for holder in holders.values():
        for child in list(holder.contents):
            if id(child) not in messages and id(child) not in holders and order.get(id(child), 0) > first:
                child.extract()
