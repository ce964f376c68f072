"""Telegram's limits on what a bot sends, as the Bot API server applies them: the HTML parse mode (TDLib's
``parse_html``), the empty-text and length checks, and the limits of callback answers and inline results.
The loopback server (botapi.py) refuses what Telegram would refuse; the tests parse rendered parts with it.

Supported tags: b strong i em u ins s strike del a code pre span (class "tg-spoiler") tg-spoiler blockquote
(optionally ``expandable``) tg-emoji (``emoji-id``). Any "<" starts a tag, so a bare "<" is an error. Entities:
&lt; &gt; &amp; &quot; and numeric ones. One deliberate strictness: TDLib shows an unknown entity or a bare
"&" literally (so ``&apos;`` appears as "&apos;"); here it is an error, as the Bot API documentation asks
for every "&" outside an entity to be escaped. Lengths are counted in UTF-16 units, after parsing."""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_TEXT = 4096
MAX_CALLBACK_TEXT = 200
TAGS = frozenset({"a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "span",
                  "tg-spoiler", "tg-emoji", "blockquote"})
NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:#([0-9]{1,8})|#x([0-9a-fA-F]{1,8})|([A-Za-z]+));")
_SPACE = " \t\r\n\v\f"
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")


class ParseError(ValueError):
    """Telegram's "can't parse entities" reason."""


class Parsed(NamedTuple):
    text: str
    entities: list[dict]  # {"type": tag, "offset": .., "length": .., **attributes}, in UTF-16 units


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def _entity(html: str, i: int) -> tuple[str, int]:
    m = _ENTITY.match(html, i)
    if m is None:
        raise ParseError(f"Unsupported HTML entity at byte offset {_offset(html, i)}")
    dec, hexa, name = m.groups()
    if name is not None:
        if name not in NAMED:
            raise ParseError(f'Unsupported HTML entity "&{name};" at byte offset {_offset(html, i)}')
        return NAMED[name], m.end()
    code = int(dec) if dec is not None else int(hexa, 16)
    if code == 0 or code >= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise ParseError(f"Invalid numeric HTML entity at byte offset {_offset(html, i)}")
    return chr(code), m.end()


def _offset(html: str, i: int) -> int:
    return len(html[:i].encode("utf-8", "surrogatepass"))


def _attributes(html: str, i: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """The attributes of a start tag from ``i``; returns them and the index of its ">"."""
    n, attrs = len(html), {}
    while True:
        while i < n and html[i] in _SPACE:
            i += 1
        if i >= n:
            raise ParseError(f"Unclosed start tag at byte offset {_offset(html, begin)}")
        if html[i] == ">":
            return attrs, i
        start = i
        while i < n and html[i] not in _SPACE and html[i] not in "=>":
            i += 1
        name = html[start:i]
        if not name:
            raise ParseError(f'Empty attribute name in the tag "{tag}" at byte offset {_offset(html, begin)}')
        while i < n and html[i] in _SPACE:
            i += 1
        if i >= n or html[i] != "=":
            attrs[name.lower()] = ""
            continue
        i += 1
        while i < n and html[i] in _SPACE:
            i += 1
        if i >= n:
            raise ParseError(f"Unclosed start tag at byte offset {_offset(html, begin)}")
        if html[i] in "'\"":
            quote, i, value = html[i], i + 1, []
            while i < n and html[i] != quote:
                if html[i] == "&":
                    ch, i = _entity(html, i)
                    value.append(ch)
                else:
                    value.append(html[i])
                    i += 1
            if i >= n:
                raise ParseError(f"Unclosed start tag at byte offset {_offset(html, begin)}")
            attrs[name.lower()] = "".join(value)
            i += 1
        else:
            m = _NAME_TOKEN.match(html, i)
            assert m is not None
            if m.end() >= n or html[m.end()] not in _SPACE + ">":
                raise ParseError(f"Unexpected end of name token at byte offset {_offset(html, i)}")
            attrs[name.lower()] = m.group().lower()
            i = m.end()


def parse_html(html: str) -> Parsed:
    """The text Telegram would show for ``html`` and its entities; ParseError where Telegram refuses it."""
    out: list[str] = []
    pos = 0  # UTF-16 offset of the end of ``out``
    stack: list[tuple[str, int, dict]] = []
    entities: list[dict] = []
    i, n = 0, len(html)
    while i < n:
        c = html[i]
        if c == "&":
            ch, i = _entity(html, i)
        elif c != "<":
            ch, i = c, i + 1
        else:
            ch = ""
            begin = i
            i += 1
            if i < n and html[i] == "/":
                if not stack:
                    raise ParseError(f"Unexpected end tag at byte offset {_offset(html, begin)}")
                while i < n and html[i] not in _SPACE and html[i] != ">":
                    i += 1
                end_name = html[begin + 2:i]
                while i < n and html[i] in _SPACE:
                    i += 1
                if i >= n or html[i] != ">":
                    raise ParseError(f"Unclosed end tag at byte offset {_offset(html, begin)}")
                tag, start, attrs = stack.pop()
                if end_name and end_name != tag:
                    raise ParseError(f'Unmatched end tag at byte offset {_offset(html, begin)}, expected '
                                     f'"</{tag}>", found "</{end_name}>"')
                entities.append({"type": tag, "offset": start, "length": pos - start, **attrs})
            else:
                while i < n and html[i] not in _SPACE and html[i] != ">":
                    i += 1
                if i >= n:
                    raise ParseError(f"Unclosed start tag at byte offset {_offset(html, begin)}")
                tag = html[begin + 1:i].lower()
                if tag not in TAGS:
                    raise ParseError(f'Unsupported start tag "{tag}" at byte offset {_offset(html, begin)}')
                attrs, i = _attributes(html, i, tag, begin)
                if tag == "span" and attrs.get("class") != "tg-spoiler":
                    raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset '
                                     f"{_offset(html, begin)}")
                if tag == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
                    raise ParseError("Invalid custom emoji identifier specified")
                stack.append((tag, pos, attrs))
            i += 1
        out.append(ch)
        pos += utf16_len(ch)
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return Parsed("".join(out), entities)


def _blank(text: str) -> bool:
    """Telegram replaces control characters with spaces and trims white space: is nothing left?"""
    return all(ch.isspace() or ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text)


def check_text(text: object, parse_mode: object = None) -> str | None:
    """Why Telegram would refuse ``text`` as a message's text, or None."""
    if not isinstance(text, str) or not text:
        return "Bad Request: message text is empty"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "Bad Request: text must be encoded in UTF-8"
    visible = text
    if isinstance(parse_mode, str) and parse_mode.upper() == "HTML":
        try:
            visible = parse_html(text).text
        except ParseError as exc:
            return f"Bad Request: can't parse entities: {exc}"
    if _blank(visible):
        return "Bad Request: message text is empty"
    if utf16_len(visible) > MAX_TEXT:
        return "Bad Request: message is too long"
    return None


def check_request(method: str, params: dict) -> str | None:
    """Why Telegram would refuse this call (the checks on text), or None."""
    if method in ("sendMessage", "editMessageText"):
        return check_text(params.get("text"), params.get("parse_mode"))
    if method == "answerCallbackQuery":
        text = params.get("text")
        if isinstance(text, str) and utf16_len(text) > MAX_CALLBACK_TEXT:
            return "Bad Request: MESSAGE_TOO_LONG"
    if method == "answerInlineQuery":
        results = params.get("results") or []
        if not isinstance(results, list) or len(results) > 50:
            return "Bad Request: RESULTS_TOO_MUCH"
        for r in results:
            if r.get("type") == "article" and not str(r.get("title") or "").strip():
                return "Bad Request: RESULT_TITLE_EMPTY"
            content = r.get("input_message_content") or {}
            if "message_text" in content:
                problem = check_text(content["message_text"], content.get("parse_mode"))
                if problem:
                    return problem
    return None
