"""What a Markdown file holds that is no text of the report: a site generator's or converter's YAML front matter
(each part's too, where part pages were joined into one file), its templates' shortcodes, HTML comments, and a
notes app's own notes and marks on the report."""

from __future__ import annotations

import re

# YAML front matter: "---", then "key: value" lines, then "---" (a rule opening the text is not it)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?=[A-Za-z_][\w-]*[ \t]*:)(?:[^\n]*\n){0,60}?"
                           r"(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
# ... and each part's, where a site generator's part pages were joined into one file, with its templates' shortcodes
# standing on lines of their own ("{{< next-part "03" >}}"; blind round 51)
_PART_MATTER = re.compile(r"^---[ \t]*\n(?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\n){1,30}(?:---|\.\.\.)[ \t]*(?:\n|\Z)",
                          re.MULTILINE)
_SHORTCODE = re.compile(r"^[ \t]*(?:\{\{[<%].*?[%>]\}\}|\{%.*?%\})[ \t]*(?:\n|\Z)", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# a report copied into a notes app (Obsidian; blind round 47): the reader's comments, callouts and embedded files
# are no text of the report; highlights, links to other notes ("[[Fennowick (area note)|Fennowick]]") and a
# paragraph's block id ("^p2-2") are marks on it
_NOTES_APP = re.compile(r"%%.*?%%|^[ \t]*>[ \t]*\[![\w-]+\][^\n]*(?:\n[ \t]*>[^\n]*)*\n?|!\[\[[^\]\n]*\]\]"
                        r"|[ \t]+\^[A-Za-z0-9-]+[ \t]*$", re.DOTALL | re.MULTILINE)
_NOTES_MARK = re.compile(r"==(?=[^\s=])(.+?)(?<=[^\s=])==|\[\[(?:[^\]|\n]*\|)?([^\]|\n]*)\]\]")


def without_metadata(raw: str) -> str:
    raw = _SHORTCODE.sub("", _PART_MATTER.sub("", _FRONT_MATTER.sub("", raw, count=1)))
    return _notes_app(_COMMENT.sub("", raw))


def _notes_app(raw: str) -> str:
    """A report as a notes app keeps it, without the reader's own notes and marks (``_NOTES_APP``)."""
    if "%%" not in raw and "[[" not in raw and "==" not in raw and "[!" not in raw and "^" not in raw:
        return raw
    return _NOTES_MARK.sub(lambda m: m.group(1) or m.group(2) or "", _NOTES_APP.sub("", raw))
