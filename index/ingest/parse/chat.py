"""A chat exported as text from a messaging app, with a report pasted into it over several messages (blind round
55): "[14/03/2025, 10:02:40] Jo Okafor: *2.1* The ..." (WhatsApp on a phone; "14/03/2025, 10:02 - Jo Okafor: "
on Android).

Only the report is read. Its messages are those forwarded whole ("Forwarded" on their first line), those that
open with a numbered paragraph or heading ("*4. Findings*"), and those that carry on a paragraph the last of
them left mid-sentence; they come from the one sender who pasted most of them. Timestamps, senders, "Forwarded",
the edit note, the app's *bold* and _italic_ marks and everyone's remarks ("2.3 is the bit about the GP letters")
are the chat's, not the report's."""

from __future__ import annotations

import re
from collections import Counter

_MESSAGE = re.compile(r"^\u200e?(?:\[\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]"
                      r"|\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp][Mm])? -) ([^:\n]{1,60}): ?(.*)$")
_FORWARDED = re.compile(r"^\u200e?Forwarded\s*$", re.IGNORECASE)
_EDITED = re.compile(r"\s*\u200e?<This message was edited>\s*$")
_MARKS = re.compile(r"(?<![\w*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*_])")
_OPENS = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z“\"‘]")  # "4.1 The ...", "4. Findings"; not "12 weeks is"
_ENDED = re.compile(r"[.!?:\"”’)\]]$")


def chat(raw: str) -> str:
    """The report pasted into a chat exported as text, or ``raw`` when it is no such chat (fewer than five
    messages, or text before the first)."""
    lines = raw.split("\n")
    starts = [i for i, t in enumerate(lines) if _MESSAGE.match(t)]
    first = next((i for i, t in enumerate(lines) if t.strip()), 0)
    if len(starts) < 5 or starts[0] != first:
        return raw
    messages = []  # (sender, forwarded, text)
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        m = _MESSAGE.match(lines[a])
        assert m is not None
        body = [m.group(2), *lines[a + 1:b]]
        forwarded = bool(_FORWARDED.match(body[0]))
        text = _MARKS.sub(r"\2", _EDITED.sub("", "\n".join(body[forwarded:]).strip()))
        messages.append((m.group(1).strip(), forwarded, text))
    report = [(sender, text) for sender, forwarded, text in messages if forwarded or _OPENS.match(text)]
    if not report:
        return raw
    paster = Counter(sender for sender, _ in report).most_common(1)[0][0]
    out: list[str] = []
    for sender, forwarded, text in messages:
        if sender != paster or not text:
            continue
        if out and text[0].islower() and not _ENDED.search(out[-1]):  # the paragraph the last message cut off
            out[-1] += " " + text
        elif forwarded or _OPENS.match(text):
            out.append(text)
    return "\n\n".join(out) + "\n"
