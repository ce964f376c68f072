"""notes.md: Markdown report, "## 2. Background" headings and "2.1" paragraph numbers. FICTIONAL."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import prose
from common import HE, Para, check_paras, fail, fill, seeds, slots_for

SLOTS = slots_for(S="Child J", M="Mother", m="Mother", **HE)
WIDTH = 88

SECTIONS = [
    ("1", "Introduction", [["I1"], ["I6", "I2"]]),
    ("2", "Background", [["B1"], ["B3", "B5"], ["B7", "B2"]]),
    ("3", "Agency contacts", ["TABLE", ["E1", "E2"], ["E6"], ["E10", "E11"]]),
    ("4", "Findings", [["A2"], "LIST", ["A8", "CA2"]]),
    ("5", "Recommendations", [["R2", "R4"], ["R5", "R3"]]),
]
NUM_START = re.compile(r"^\d+(\.\d+)*\.?(\s|$)")


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    lines = textwrap.wrap(text, width=WIDTH, initial_indent=first, subsequent_indent=rest,
                          break_long_words=False, break_on_hyphens=False)
    for ln in lines[1:]:
        if NUM_START.match(ln.strip()):
            raise AssertionError(f"notes.md: continuation line starts with a number: {ln!r}")
    return lines


def _paras():
    out = []
    for num, title, specs in SECTIONS:
        items = []
        k = 0
        for spec in specs:
            if spec == "TABLE":
                items.append("TABLE")
                continue
            k += 1
            label = f"{num}.{k}"
            if spec == "LIST":
                lead = fill(prose.MD_LIST_LEAD, SLOTS)
                its = [fill(t, SLOTS) for t in prose.MD_LIST_ITEMS]
                after = fill(prose.MD_LIST_AFTER, SLOTS)
                items.append(Para(label, " ".join([lead, *its, after]),
                                  extra={"lead": lead, "items": its, "after": after}))
            else:
                items.append(Para(label, seeds(spec, SLOTS)))
        out.append((num, title, items))
    return out


def _render(sections) -> str:
    L = [
        "FICTIONAL \u2013 for software testing",
        "",
        "# Rapid Review Report: Child J",
        "",
        "*Quillford Safeguarding Children Partnership (fictional). Every person, place, agency and event in "
        "this",
        "document is invented; it describes no real case.*",
        "",
    ]
    for num, title, items in sections:
        L += [f"## {num}. {title}", ""]
        for it in items:
            if it == "TABLE":
                L += [*_wrap("The table below summarises the main agency contacts with Child J in the final year. " "Months are given without years, and all details are fictional."), ""]
                rows = [[fill(c, SLOTS) for c in r] for r in prose.MD_TABLE]
                L.append("| " + " | ".join(rows[0]) + " |")
                L.append("|" + "|".join("---" for _ in rows[0]) + "|")
                for r in rows[1:]:
                    L.append("| " + " | ".join(r) + " |")
                L.append("")
                continue
            if "items" in it.extra:
                L += [*_wrap(f"{it.label} {it.extra['lead']}"), ""]
                for t in it.extra["items"]:
                    L += _wrap(t, "- ", "  ")
                L += ["", *_wrap(it.extra["after"]), ""]
            else:
                L += [*_wrap(f"{it.label} {it.text}"), ""]
    L += ["---", "", "*End of report. Fictional test material.*", ""]
    return "\n".join(L)


def _verify(text: str, paras: list[Para]) -> None:
    blocks: list[list[str]] = []
    cur: list[str] = []
    for ln in text.split("\n"):
        if ln.strip():
            cur.append(ln)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    got: list[list[str]] = []
    open_para: list[str] | None = None
    for b in blocks:
        first = b[0]
        if first.startswith("#") or first.startswith("|") or first == "---":
            open_para = None
            continue
        m = re.match(r"^(\d+\.\d+) (.*)", first)
        if m:
            open_para = [m.group(1), " ".join([m.group(2), *b[1:]])]
            got.append(open_para)
        elif open_para is not None:
            joined = " ".join(x[2:] if x.startswith("- ") else x for x in b)
            open_para[1] += " " + joined
    got_t = [(a, " ".join(b.split())) for a, b in got]
    want = [(p.label, " ".join(p.text.split())) for p in paras]
    if got_t != want:
        fail(f"notes.md: parsed paragraphs differ from key: {[a for a, _ in got_t]} vs {[a for a, _ in want]}")


def build(out: Path) -> dict:
    sections = _paras()
    paras = [p for _, _, items in sections for p in items if isinstance(p, Para)]
    check_paras("notes.md", paras)
    text = _render(sections)
    (out / "notes.md").write_text(text, encoding="utf-8")
    _verify(text, paras)
    lp = next(p for p in paras if "items" in p.extra)
    notes = [
        "FICTIONAL – for software testing. Markdown; paragraphs are hard-wrapped at 88 columns (no "
        "continuation line starts with a number).",
        "Headings '## N. Title' are not paragraphs; paragraphs begin with 'N.M ' at the start of their first "
        "line; label = 'N.M'.",
        "Section 3 opens with an unnumbered sentence and a pipe table (6 rows incl. header) BEFORE ¶3.1; "
        "neither belongs to any numbered paragraph.",
        f"¶{lp.label} = lead-in line(s), a blank line, a 4-item '- ' bulleted list, a blank line, and an "
        f"unnumbered closing sentence; all belong to ¶{lp.label} (ends_with comes from the closing sentence).",
        "The document ends with a '---' rule and an italic end line that are not part of ¶5.2.",
        "page is null for every entry.",
    ]
    return {"paragraphs": [p.key() for p in paras], "notes": notes}
