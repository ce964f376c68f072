"""A report drafted in a collaborative Markdown pad (HackMD, CodiMD, HedgeDoc) or any plain-text editor that marks
its suggestions in CriticMarkup, and the pad's own furniture round the text. A reader takes such a draft as the
final report would read, every suggestion accepted: additions ``{++...++}`` kept, deletions ``{--...--}`` gone,
substitutions ``{~~old~>new~~}`` giving their new text (a revised paragraph number its new number), comments
``{>>...<<}`` gone and highlights ``{==...==}`` their words. The pad's alert boxes (``:::warning`` ... ``:::``),
its table of contents (``[TOC]``), a task list's boxes and the notes its users sign with ``[name=...]`` tags are
the editors' and no text of the report."""

from __future__ import annotations

import re

# CriticMarkup's five marks, each closed within its paragraph (over lines, but never over a blank line: a whole
# paragraph added or deleted is one mark, and a brace left open does not swallow the paragraphs after it)
_IN = r"((?:(?!\n[ \t]*\n).)*?)"
_SUBSTITUTION = re.compile(r"\{~~" + _IN + "~>" + _IN + r"~~\}", re.DOTALL)
_ADDITION = re.compile(r"\{\+\+" + _IN + r"\+\+\}", re.DOTALL)
_DELETION = re.compile(r"\{--" + _IN + r"--\}", re.DOTALL)
_COMMENT = re.compile(r"\{>>" + _IN + r"<<\}", re.DOTALL)
_HIGHLIGHT = re.compile(r"\{==" + _IN + r"==\}", re.DOTALL)
_ANY = ("{++", "{--", "{~~", "{>>", "{==")
_GONE = "\x00"  # where a deletion or a comment was, until the spaces round it are settled
_GAP = re.compile(r"[ \t]*\x00(?:[ \t]*\x00)*[ \t]*")


def accepted(raw: str) -> str:
    """The text with every CriticMarkup suggestion accepted and its comments left out; the text itself when it
    has no marks. Where a mark leaves nothing (a deletion, a comment) the spaces round it are one, none at a
    line's start or end, so a line that held only a comment or a paragraph deleted whole is blank and the
    paragraphs either side stay apart; the rest of the text's spacing is as it was."""
    if not any(mark in raw for mark in _ANY):
        return raw
    out = _SUBSTITUTION.sub(lambda m: m.group(2), raw)
    out = _ADDITION.sub(lambda m: m.group(1), out)
    out = _DELETION.sub(_GONE, out)
    out = _COMMENT.sub(_GONE, out)
    out = _HIGHLIGHT.sub(lambda m: m.group(1), out)
    return _GAP.sub(_closed, out)


def _closed(m: re.Match[str]) -> str:
    s, text = m.string, m.group()
    at_edge = m.start() == 0 or s[m.start() - 1] == "\n" or m.end() == len(s) or s[m.end()] == "\n"
    return "" if at_edge or text.strip(" \t") == text else " "


# a pad's alert box, markdown-it-container's fence with HackMD's alert names: a note to those editing the pad
_ALERT = re.compile(r"^(:{3,})[ \t]*(?:info|success|warning|danger)\b[^\n]*\n.*?^\1[ \t]*$\n?",
                    re.DOTALL | re.MULTILINE | re.IGNORECASE)
# any other container (":::spoiler Details", VuePress's "::: details"): its fences are no text, its words are
_FENCE = re.compile(r"^:{3,}[ \t]*(?:[A-Za-z][\w-]*[^\n]*)?$\n?", re.MULTILINE)
# the pad's generated table of contents ("[TOC]"; GitLab's "[[_TOC_]]"), on a line of its own
_TOC = re.compile(r"^[ \t]*(?:\[TOC\]|\[\[_TOC_\]\])[ \t]*$", re.MULTILINE | re.IGNORECASE)
# a task list's box ("- [x] ..."): the item's words stay, the box is the pad's
_TASK_BOX = re.compile(r"^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]+", re.MULTILINE)
# a pad user's signature on a note: "[name=Tom Okafor] [time=Fri, Feb 14, 2025 3:04 PM] [color=#20c997]"
_TAG = r"\[(?:name|time|color)=[^\]\n]*\]"
_SIGNED_QUOTE = re.compile(r"(?:^[ \t]*>[^\n]*\n)*^[ \t]*>[^\n]*" + _TAG + r"[^\n]*(?:\n[ \t]*>[^\n]*)*\n?",
                           re.MULTILINE)


def without_pad_furniture(raw: str) -> str:
    """A collaborative pad's text without what the pad and its users added round the report: its alert boxes,
    other containers' fences, its table of contents, task lists' boxes, and a blockquoted note signed with the
    pad's ``[name=...]`` tags (a reviewer's note, "2.3 needs the GP practice's view as well.", whose first words
    would otherwise read as a paragraph's number). A blockquote with no such tag is the report's own quotation."""
    if ":::" not in raw and "[" not in raw:
        return raw
    raw = _FENCE.sub("", _ALERT.sub("", raw)) if ":::" in raw else raw
    raw = _SIGNED_QUOTE.sub("", raw)
    raw = re.sub(r"[ \t]*" + _TAG, "", raw)
    return _TASK_BOX.sub(r"\1", _TOC.sub("", raw))
