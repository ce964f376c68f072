"""Word's "Strict Open XML Document" (ISO/IEC 29500 Strict) read as an ordinary .docx.

Strict files name their parts' vocabularies and relationships under ``http://purl.oclc.org/ooxml/...``, where a
Transitional file (what python-docx reads) uses ``http://schemas.openxmlformats.org/...``, and write a paragraph's
indents as ``w:start`` and ``w:end`` where Transitional writes ``w:left`` and ``w:right``. The text is the same: the
package is rewritten in memory with the Transitional names."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

_STRICT = b"http://purl.oclc.org/ooxml/"
# Strict name -> Transitional name, longest first so that no prefix is taken for a longer name
_NAMES = sorted({
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/officeDocument/math": b"http://schemas.openxmlformats.org/officeDocument/2006/math",
    b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties":
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    b"http://purl.oclc.org/ooxml/officeDocument/customProperties":
        b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes":
        b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    b"http://purl.oclc.org/ooxml/drawingml/main": b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    b"http://purl.oclc.org/ooxml/drawingml/picture": b"http://schemas.openxmlformats.org/drawingml/2006/picture",
}.items(), key=lambda kv: -len(kv[0]))
_INDENT = re.compile(rb"<w:ind\b[^>]*>")


def is_strict(path: Path) -> bool:
    with zipfile.ZipFile(path) as z:
        return any(_STRICT in z.read(name) for name in ("_rels/.rels", "word/_rels/document.xml.rels")
                   if name in z.namelist())


def as_transitional(path: Path) -> io.BytesIO:
    """The package with every part's Strict names replaced by their Transitional ones."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in _NAMES:
                    data = data.replace(strict, transitional)
                data = _INDENT.sub(lambda m: m.group(0).replace(b" w:start=", b" w:left=")
                                   .replace(b" w:end=", b" w:right="), data)
            dst.writestr(info, data)
    out.seek(0)
    return out
