"""Escaping for HTML and WordprocessingML, a Word run, an A4 body's section properties, and a zip package with fixed
dates."""
import io
import zipfile


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
