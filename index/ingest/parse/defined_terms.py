"""A glossary set as a definition list: each term on a line of its own in bold, its definition set in under it
(HTML's <dl> printed by a browser or a formatter: fresh59's Pelsworth, a PDFreactor print; a Word document's bold
term paragraphs; a web page's small headings). The term reads as a
heading and its definition as the one paragraph under it, so the term was lost from the text and each definition
became a section of its own. Under a glossary's heading ("Glossary", "Abbreviations", "Key terms"), a run of at least
:data:`LEAST_TERMS` such pairs, each a short heading below the glossary's own level and one unnumbered paragraph, is
read as the glossary's rows: "PSAB | Pelsworth Safeguarding Adults Board: ...", as a glossary table's rows read.
"""

from __future__ import annotations

import re

from ...types import Block

LEAST_TERMS = 3  # pairs of term and definition, at least, before a run under a glossary's heading is its rows
TERM_WORDS = 6  # a term is at most this many words
_GLOSSARY = re.compile(r"^(?:glossary(?: of terms)?|abbreviations?(?: and (?:acronyms|terms))?|acronyms|definitions|"
                       r"key terms|terms used(?: in this (?:report|review))?)$", re.IGNORECASE)
_NUMBERED = re.compile(r"^\(?\d+(?:\.\d+)*[.)]?\s")


def _pair(blocks: list[Block], j: int, level: int) -> bool:
    term, definition = blocks[j], blocks[j + 1] if j + 1 < len(blocks) else None
    return term.kind == "heading" and term.level > level and len(term.text.split()) <= TERM_WORDS \
        and not _NUMBERED.match(term.text) and definition is not None and definition.kind == "para" \
        and not _NUMBERED.match(definition.text)


def with_defined_terms(blocks: list[Block]) -> list[Block]:
    """The blocks with each glossary set as a definition list read as its rows (see the module's docstring)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        out.append(b)
        i += 1
        if b.kind != "heading" or not _GLOSSARY.match(b.text.strip()):
            continue
        j = i
        while j + 1 < len(blocks) and _pair(blocks, j, b.level):
            j += 2
        if (j - i) // 2 < LEAST_TERMS:
            continue
        for term, definition in zip(blocks[i:j:2], blocks[i + 1:j:2], strict=True):
            out.append(Block(text=f"{term.text} | {definition.text}", kind="para", page=term.page,
                             page_label=term.page_label))
        i = j
    return out
