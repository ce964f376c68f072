"""Generate the blind cutter test documents and their answer key.

FICTIONAL – for software testing.  Every document, person, place and agency
produced here is invented.

    /work/main/.venv/bin/python /work/main/blind2/make.py [OUT_DIR]

OUT_DIR defaults to blind2/out.  Output is deterministic (same bytes on every
run).  The generator re-reads each finished file (pdfplumber for PDFs, lxml
for DOCX, html.parser for HTML, a line parser for Markdown) and raises if the
answer key does not hold.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import doc_docx  # noqa: E402
import doc_html  # noqa: E402
import doc_margin  # noqa: E402
import doc_md  # noqa: E402
import doc_ownline  # noqa: E402
import doc_threecol  # noqa: E402

BUILDERS = [
    ("own-line.pdf", doc_ownline.build),
    ("margin.pdf", doc_margin.build),
    ("three-col.pdf", doc_threecol.build),
    ("judgment.html", doc_html.build),
    ("para-style.docx", doc_docx.build),
    ("notes.md", doc_md.build),
]


def main(out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    key: dict = {}
    for name, build in BUILDERS:
        key[name] = build(out)
        if not (out / name).exists():
            raise AssertionError(f"{name} was not written")
    (out / "expected.json").write_text(json.dumps(key, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return key


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "out"
    k = main(target)
    for name, v in k.items():
        pages = v.get("page_count")
        print(f"{name}: {len(v['paragraphs'])} numbered paragraphs" + (f", {pages} pages" if pages else ""))
    print(f"wrote {target / 'expected.json'}")
