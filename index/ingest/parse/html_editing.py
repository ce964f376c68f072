"""A collaborative editor's own chrome in a page saved from the browser while others were editing it (a shared
draft in a ProseMirror, TipTap, Quill or Google Docs editor with Yjs-style presence, blind round 59): other editors'
cursors with their name labels inside the text (after a paragraph's number, in mid-word), "Helen is typing…"
indicators, "Last edited by <name> · <when>" lines inside each block, presence bars ("3 people editing"), comment
threads in a sidebar and "joined the document" toasts. None of it is the report's text; a remote selection only
colours the report's words and stays."""

from __future__ import annotations

import re

# by class: a remote caret and its name label (y-prosemirror "ProseMirror-yjs-cursor", TipTap
# "collaboration-cursor__caret" / "__label", quill-cursors "ql-cursor", Google Docs "kix-cursor", y-codemirror
# "cm-ySelectionCaret"), a typing indicator, a block's "last edited" line, a presence bar of avatars, a toast
_INLINE = re.compile(r"(?:yjs|collab\w*|remote|ql|kix)[-_]*cursor|cursor[-_]*(?:label|name|flag|caret|head)(?![a-z])"
                     r"|yselection(?:caret|info|head)|yremoteselectionhead|caret-?indicator"
                     r"|typing[-_]?indicator|is[-_]?typing|last[-_]?edit|edited[-_]?by"
                     r"|presence|avatar|collaborators|toast|snackbar", re.IGNORECASE)
INLINE_CHARS = 120  # such chrome is a name, a line or a few avatars; an element holding more is not it
# by class: the editor's comment threads in a sidebar or the margin (measured as all chrome is: never most of a page)
_COMMENTS = re.compile(r"comments?[-_]*(?:sidebar|panel|pane|rail|threads?|margin|gutter|stream)|docos-",
                       re.IGNORECASE)
# by its words, an element of its own: "Last edited by Priya Shah · 14 Feb 2025, 15:04", "Last edited 4 minutes
# ago", "Helen Marwood is typing…", "Tom and Priya are typing...", "3 people editing"
_NAME = r"(?:[\w'’.&-]+,?\s+){1,5}"
STATUS = re.compile(r"\s*(?:last edited(?:\s+(?:by|on|at)\s|\s+\d|\s*:).{0,80}"
                    rf"|{_NAME}(?:is|are)\s+(?:typing|editing)\s*(?:…|\.{{3}})?"
                    r"|\d{1,3}\s+(?:people|others|users|editors|collaborators)\s+(?:are\s+)?(?:editing|viewing)"
                    r"(?:\s+(?:now|this\s+(?:document|page)))?)\s*", re.IGNORECASE)
_LEAVES = ("div", "span", "p", "small", "time", "em", "i", "li")
_STATUS_WORDS = re.compile(r"last edited|typing|editing", re.IGNORECASE)


def editing_chrome(soup) -> list:
    """The elements of a collaborative editor's chrome (module doc), by their class or, for a status line of its own,
    by their words; a paragraph that merely mentions an editor or a typist is never a whole status line."""
    found = []
    for tag in soup.find_all(True):
        hint = " ".join(str(v) for v in (tag.get("id") or "", *(tag.get("class") or [])))
        if not hint.strip():
            continue
        if _COMMENTS.search(hint) or (_INLINE.search(hint) and len(tag.get_text().strip()) <= INLINE_CHARS):
            found.append(tag)
    for words in soup.find_all(string=_STATUS_WORDS):
        line = None  # the widest element round these words that is the status line and nothing more
        for tag in words.parents:
            if tag.name not in _LEAVES or len(text := tag.get_text()) > INLINE_CHARS:
                break
            if STATUS.fullmatch(" ".join(text.split())):
                line = tag
        if line is not None:
            found.append(line)
    return found
