"""Escaping for HTML and WordprocessingML, a Word run, an A4 body's section properties, a zip package with fixed
dates, a Word package's [Content_Types].xml, a Markdown file written and parsed back, a small striped PNG and
deterministic tokens (ids, boundaries)."""
import hashlib
import io
import zipfile
import zlib

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
DIGITS = "0123456789"


def striped_png(w, h, c1, c2, stripe=4):
    """A small PNG, w x h, 8-bit RGB, in stripes of two colours (a logo, a chart, a photo or a thumbnail)."""
    def chunk(kind, data):
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    rows = b"".join(b"\x00" + b"".join(bytes(c2 if (x // stripe + y // stripe) % 2 else c1) for x in range(w))
                    for y in range(h))
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def token(seed, n, alphabet=ALNUM):
    """n characters of ``alphabet`` drawn deterministically from ``seed`` (boundaries and ids)."""
    out, k = [], 0
    while len(out) < n:
        for b in hashlib.sha256(f"{seed}:{k}".encode()).digest():
            out.append(alphabet[b % len(alphabet)])
        k += 1
    return "".join(out[:n])


def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wr(s, rpr=""):
    sp = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<w:r>{rpr}<w:t{sp}>{xesc(s)}</w:t></w:r>"


# the body's last w:sectPr as Word writes it for A4 with one-inch margins, header part rId8 and footer part rId9 (as in
# the documents rounds 36-42 package with round 36's docx_package)
SECT_A4 = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
           'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
           'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
           '<w:docGrid w:linePitch="360"/></w:sectPr>')


def zip_parts(path, parts, when):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(buf.getvalue())


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def docx_content_types(word_parts, head=XML_HEAD):
    """A Word package's [Content_Types].xml: the rels and xml defaults, an Override for each part of word/ named in
    ``word_parts`` in that order ("document", "numbering", "header1", ...: the type is the name without its digits,
    "document.main" for the document), then docProps/core.xml and docProps/app.xml."""
    over = "".join(f'<Override PartName="/word/{p}.xml" ContentType="{CT_WML}'
                   f'{"document.main" if p == "document" else p.rstrip("0123456789")}+xml"/>' for p in word_parts)
    return (f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{over}'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')


def write_markdown(path, blocks):
    """Markdown ``blocks`` joined by blank lines, with a final newline, written to ``path`` (UTF-8); returns the
    text read back as markdown-it's CommonMark tokens."""
    from markdown_it import MarkdownIt
    text = "\n\n".join(blocks) + "\n"
    path.write_text(text, encoding="utf-8")
    return MarkdownIt("commonmark").parse(text)
