"""Hostile report files, small on disk and made on the fly (tests/test_hostile.py, benchmarks/hostile.py).

Each expands to something huge, deep or malformed when parsed; none holds real text.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

GIB = 2**30
_CHUNK = 16 * 2**20


def _deflate_repeated(byte: bytes, total: int) -> bytes:
    """Raw deflate data of ``total`` copies of ``byte`` (a multiple of 16 MiB), made without compressing it
    all: one fully flushed 16 MiB segment (it refers to nothing before it), repeated, and no final block."""
    assert total % _CHUNK == 0
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return (comp.compress(byte * _CHUNK) + comp.flush(zlib.Z_FULL_FLUSH)) * (total // _CHUNK)


def _checksums(head: bytes, byte: bytes, total: int, tail: bytes) -> tuple[int, int]:
    """(crc32, adler32) of head + total copies of byte + tail."""
    crc, adler, chunk = zlib.crc32(head), zlib.adler32(head), byte * _CHUNK
    for _ in range(total // _CHUNK):
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    return zlib.crc32(tail, crc), zlib.adler32(tail, adler)


def _bomb(head: bytes, byte: bytes, total: int, tail: bytes) -> tuple[bytes, int, int]:
    """(raw deflate data, crc32, adler32) of head + ``total`` copies of ``byte`` + tail."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = comp.compress(tail) + comp.flush()
    crc, adler = _checksums(head, byte, total, tail)
    return first + _deflate_repeated(byte, total) + last, crc, adler


def _zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of (name, raw deflate data, crc, uncompressed size) members, written by hand so that a member
    may declare more than 4 GiB (ZIP64 sizes in the extra field)."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        fname = name.encode()
        extra = struct.pack("<HHQQ", 1, 16, size, len(data))
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                           len(fname), len(extra)) + fname + extra + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, 0xFFFFFFFF,
                               0xFFFFFFFF, len(fname), len(extra), 0, 0, 0, 0, offset) + fname + extra
    start = len(out)
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    path.write_bytes(bytes(out))
    return path


def _small(name: str, text: str) -> tuple[str, bytes, int, int]:
    data = text.encode()
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, comp.compress(data) + comp.flush(), zlib.crc32(data), len(data)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, document: tuple[str, bytes, int, int]) -> Path:
    return _zip(path, [_small("[Content_Types].xml", _CONTENT_TYPES), _small("_rels/.rels", _RELS), document])


def docx_bomb(path: Path, size: int = 3 * GIB) -> Path:
    """A DOCX whose word/document.xml is ``size`` bytes of spaces inside one text run (a few MB zipped)."""
    head = f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>'.encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    data, crc, _ = _bomb(head, b" ", size, tail)
    return _docx(path, ("word/document.xml", data, crc, len(head) + size + len(tail)))


def docx_malformed(path: Path) -> Path:
    """A DOCX whose document.xml stops in the middle of an element."""
    return _docx(path, _small("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body><w:p'))


def docx_entities(path: Path) -> Path:
    """A DOCX whose document.xml declares nested entities (the "billion laughs")."""
    decl = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{decl}]><w:document xmlns:w="{_W}"><w:body><w:p><w:r>'
           "<w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
    return _docx(path, _small("word/document.xml", xml))


def pdf_of(path: Path, objects: list[bytes], root: int = 1) -> Path:
    """A PDF from numbered object bodies (object i+1 is ``objects[i]``), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    path.write_bytes(bytes(out))
    return path


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_stream_bomb(path: Path, size: int = 2 * GIB) -> Path:
    """A one-page PDF whose content stream inflates to ``size`` bytes of zeros (about 2 MB on disk)."""
    raw, _, adler = _bomb(b"", b"\0", size, b"")
    data = b"\x78\xda" + raw + struct.pack(">I", adler)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return pdf_of(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        stream,
        _FONT,
    ])


def pdf_many_pages(path: Path, pages: int = 80_000) -> Path:
    """A PDF of ``pages`` pages that all draw one shared content stream (a few MB on disk)."""
    text = b"BT /F1 11 Tf 72 720 Td (A fictional page of a fictional review.) Tj ET"
    first = 5
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"
    return pdf_of(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Count %d /Kids [%s] >>"
        % (pages, kids),
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        _FONT,
        *([page] * pages),
    ])


def yaml_bomb_sidecar(report: Path) -> Path:
    """The "billion laughs" in YAML aliases, as the report's sidecar (about 300 bytes)."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    side = report.with_name(report.name + ".meta.yaml")
    side.write_text("\n".join(lines) + "\n")
    return side


def sidecar(report: Path, text: str) -> Path:
    side = report.with_name(report.name + ".meta.yaml")
    side.write_text(text)
    return side


def nested_html(path: Path, depth: int = 100_000) -> Path:
    path.write_text("<html><body>" + "<div>" * depth + "<p>A fictional paragraph.</p>" + "</div>" * depth
                    + "</body></html>")
    return path


def fictional_markdown(path: Path) -> Path:
    path.write_text("# A fictional review\n\n1.1 The fictional panel found that supervision of the fictional "
                    "team was not regular enough to support safe practice.\n")
    return path

