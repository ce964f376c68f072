"""Raw WordprocessingML as Word writes it: the namespaces, a run (tabs as <w:tab/>), a paragraph, a table cell and
a field with its shown result, and the package of a document with a header, a footer and numbering (rounds 62 and
63 write their Word files part by part)."""
import re

from .markup import XML_HEAD, docx_content_types, xesc, zip_parts

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


def docx_parts(path, doc, styles, numbering, header, footer, title, author, when, pages, n_words, *, subject,
               total_time, revision, created):
    """A Word package of these parts, as Word saves it: a header, a footer and numbering; its properties."""
    settings = (f'{XML_HEAD}<w:settings {WNS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="en-GB"/></w:settings>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{DOC_REL}/extended-'
            'properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            f'Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>{total_time}</TotalTime><Pages>{pages}</Pages><Words>{n_words}</Words><Application>'
           'Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion>'
           '</Properties>')
    stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*when)
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(title)}</dc:title><dc:subject>'
            f'{subject}</dc:subject><dc:creator>{xesc(author)}</dc:creator><cp:lastModifiedBy>{xesc(author)}'
            f'</cp:lastModifiedBy><cp:revision>{revision}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
            f'{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}'
            '</dcterms:modified></cp:coreProperties>')
    ct = docx_content_types(["document", "styles", "settings", "numbering", "header1", "footer1"])
    zip_parts(path, {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/styles.xml": styles,
                     "word/settings.xml": settings, "word/numbering.xml": numbering, "word/header1.xml": header,
                     "word/footer1.xml": footer, "docProps/app.xml": app, "docProps/core.xml": core}, when)
