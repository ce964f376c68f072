"""Raw WordprocessingML as Word writes it: the namespaces, a run (tabs as <w:tab/>), a paragraph, a table cell and
a field with its shown result (rounds 62 and 63 write their Word files part by part)."""
import re

from .markup import xesc

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WNS = (f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def wr(s, rpr=""):
    inner = []
    for part in re.split(r"(\t)", s):
        if part == "\t":
            inner.append("<w:tab/>")
        elif part:
            inner.append(f'<w:t xml:space="preserve">{xesc(part)}</w:t>')
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}{"".join(inner)}</w:r>'


def wp(runs, style=None, extra=""):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def w_cell(content, width, fill=None):
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{content}</w:tc>'


def field(instr, result):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} '
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wr(result)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
