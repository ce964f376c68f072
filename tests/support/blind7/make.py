"""Generate the blind7 FICTIONAL test documents and their answer key.

    python make.py [OUT_DIR]

Writes five documents (govuk-accordion.html, tracked.docx, contents-page.pdf,
ocr-layer.pdf, appendices.pdf) and expected.json into OUT_DIR, checking each
document against its key as it goes (raises on any mismatch).  Output is
byte-for-byte deterministic.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import json
import pathlib
import random
import re
import sys
import zipfile

try:  # package import (tests.support.blind7.make) or direct script run
    from . import text as T
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import text as T  # type: ignore

A4_W, A4_H = 595.2756, 841.8898
FIXED_DT = _dt.datetime(2024, 3, 14, 9, 30, 0, tzinfo=_dt.timezone.utc)

NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
    "ix", "x", "a", "b", "c",
}


def _reportlab_fonts_dir() -> pathlib.Path:
    import reportlab

    return pathlib.Path(reportlab.__file__).resolve().parent / "fonts"


# ---------------------------------------------------------------------------
# shared checks
# ---------------------------------------------------------------------------
class KeyError_(AssertionError):
    pass


def _check(cond: bool, msg: str) -> None:
    if not cond:
        raise KeyError_(msg)


def _check_body(label: str, body: str) -> None:
    n = len(body.split())
    _check(60 <= n <= 250, f"{label}: paragraph has {n} words (need 60-250)")
    first = T.words(body)[0]
    _check(not first.isdigit() and first not in NUMBER_WORDS,
           f"{label}: body starts with number-like word {first!r}")


def _verify_pdf(path: pathlib.Path, entries: list[dict], ends: list[int]) -> None:
    """Every label on its page; starts_with on start page; ends_with on end page."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        texts = [(p.extract_text() or "") for p in pdf.pages]
    pwords = [T.words(t) for t in texts]
    for e, end_page in zip(entries, ends):
        pg = e["page"]
        lab = e["label"]
        _check(re.search(r"(?<![\w.])" + re.escape(lab) + r"(?![\w])", texts[pg - 1])
               is not None, f"{path.name}: label {lab} not found on page {pg}")
        _check(T.contains_seq(pwords[pg - 1], T.words(e["starts_with"])),
               f"{path.name}: {lab} start {e['starts_with']!r} not on page {pg}")
        _check(T.contains_seq(pwords[end_page - 1], T.words(e["ends_with"])),
               f"{path.name}: {lab} end {e['ends_with']!r} not on page {end_page}")


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    cur = ""
    for w in text.split():
        trial = w if not cur else cur + " " + w
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# 1. GOV.UK accordion HTML
# ---------------------------------------------------------------------------
def build_govuk(out: pathlib.Path) -> dict:
    e = html.escape
    sections = T.GOVUK_SECTIONS
    entries: list[dict] = []
    checks: list[tuple[str, str]] = []  # (label, full body text)

    parts: list[str] = []
    add = parts.append
    add('<!DOCTYPE html>\n<html lang="en" class="govuk-template govuk-template--rebranded">')
    add('<head>\n<meta charset="utf-8">\n'
        '<title>Child safeguarding practice review: Kai (Ravensholm) - GOV.UK</title>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n'
        '<meta name="description" content="FICTIONAL test page. Findings of a local '
        'child safeguarding practice review.">\n'
        '<link rel="stylesheet" href="/assets/frontend/application.css">\n</head>')
    add('<body class="govuk-template__body">')
    add('<script>document.body.className += " js-enabled govuk-frontend-supported";</script>')
    # cookie banner
    add('<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on GOV.UK">\n'
        ' <div class="govuk-cookie-banner__message govuk-width-container">\n'
        '  <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">\n'
        '   <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>\n'
        '   <div class="govuk-cookie-banner__content">\n'
        '    <p class="govuk-body">We use some essential cookies to make this website work.</p>\n'
        '    <p class="govuk-body">We\u2019d like to set additional cookies to understand how you '
        'use GOV.UK, remember your settings and improve government services.</p>\n'
        '    <p class="govuk-body">We also use cookies set by other sites to help us deliver '
        'content from their services.</p>\n'
        '   </div></div></div>\n'
        '  <div class="govuk-button-group">\n'
        '   <button type="button" class="govuk-button" data-module="govuk-button">Accept additional cookies</button>\n'
        '   <button type="button" class="govuk-button" data-module="govuk-button">Reject additional cookies</button>\n'
        '   <a class="govuk-link" href="/help/cookies">View cookies</a>\n'
        '  </div>\n </div>\n</div>')
    add('<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>')
    add('<header class="govuk-header" data-module="govuk-header">\n'
        ' <div class="govuk-header__container govuk-width-container">\n'
        '  <div class="govuk-header__logo"><a href="/" class="govuk-header__link '
        'govuk-header__link--homepage"><span class="govuk-header__logotype-text">GOV.UK</span></a></div>\n'
        '  <nav aria-label="Menu" class="govuk-header__navigation">\n'
        '   <ul class="govuk-header__navigation-list">\n'
        '    <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/browse">Topics</a></li>\n'
        '    <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/government/organisations">Government activity</a></li>\n'
        '   </ul>\n  </nav>\n </div>\n</header>')
    add('<div class="govuk-width-container">')
    add('<div class="govuk-phase-banner"><p class="govuk-phase-banner__content">'
        '<strong class="govuk-tag govuk-phase-banner__content__tag">Test</strong>'
        '<span class="govuk-phase-banner__text">'
        + e(T.FICTION) + ' \u2013 this page is not a real publication.</span></p></div>')
    add('<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">'
        '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>'
        '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/education">Education, training and skills</a></li>'
        '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/childcare-parenting/safeguarding-and-social-care-for-children">Safeguarding and social care for children</a></li>'
        '</ol></nav>')
    add('<main class="govuk-main-wrapper" id="main-content" role="main" lang="en">')
    add('<p class="govuk-body govuk-!-font-weight-bold">' + e(T.FICTION) + '</p>')
    add('<span class="govuk-caption-xl">Independent report</span>')
    add('<h1 class="govuk-heading-xl">Child safeguarding practice review: Kai (Ravensholm)</h1>')
    add('<p class="govuk-body-l">The findings and recommendations of a local child '
        'safeguarding practice review about a three-year-old boy who suffered serious '
        'injuries at home.</p>')
    add('<div class="gem-c-metadata" data-module="gem-toggle"><dl class="gem-c-metadata__list">'
        '<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">'
        '<a href="/government/organisations/ravensholm-safeguarding-children-partnership" class="govuk-link">'
        'Ravensholm Safeguarding Children Partnership</a></dd>'
        '<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">14 March 2024</dd>'
        '</dl></div>')
    add('<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">')
    # contents list
    add('<nav class="gem-c-contents-list" aria-label="Contents" role="navigation">')
    add('<h2 class="gem-c-contents-list__title">Contents</h2>')
    add('<ol class="gem-c-contents-list__list">')
    for num, title, _ in sections:
        add(f'<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed">'
            f'<a class="gem-c-contents-list__link govuk-link" href="#section-{num}">{num}. {e(title)}</a></li>')
    add('<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed">'
        '<a class="gem-c-contents-list__link govuk-link" href="#terms">Terms used in this report</a></li>')
    add('</ol></nav>')
    # details block
    add('<details class="govuk-details" id="terms">')
    add('<summary class="govuk-details__summary"><span class="govuk-details__summary-text">'
        'Terms used in this report</span></summary>')
    add('<div class="govuk-details__text">')
    for term, defn in [
        ("Front door", "the single point of contact through which children\u2019s "
         "services receive referrals, police notifications and requests for help."),
        ("Rapid review", "a short multi-agency review held soon after a serious "
         "incident to decide whether a fuller practice review is needed."),
        ("Body map", "an outline drawing of a child used to record the position and "
         "size of any marks or injuries that staff notice."),
        ("Universal plus", "the level of health visiting service offered to families "
         "who need extra help for a limited period."),
    ]:
        add(f'<p class="govuk-body"><strong>{e(term)}</strong>: {e(defn)}</p>')
    add('</div></details>')

    # accordion
    add('<div class="govuk-accordion" data-module="govuk-accordion" id="accordion-review">')
    add('<div class="govuk-accordion__controls"><button type="button" '
        'class="govuk-accordion__show-all" aria-expanded="false">'
        '<span class="govuk-accordion-nav__chevron govuk-accordion-nav__chevron--down"></span>'
        '<span class="govuk-accordion__show-all-text">Show all sections</span></button></div>')
    for idx, (num, title, paras) in enumerate(sections, start=1):
        add('<div class="govuk-accordion__section" id="section-%s">' % num)
        add('<div class="govuk-accordion__section-header">')
        add(f'<h2 class="govuk-accordion__section-heading"><button type="button" '
            f'aria-controls="accordion-review-content-{idx}" '
            f'class="govuk-accordion__section-button" aria-expanded="false" '
            f'aria-label="{num}. {e(title)} , Show this section">'
            f'<span class="govuk-accordion__section-heading-text" '
            f'id="accordion-review-heading-{idx}">{num}. {e(title)}</span>'
            f'<span class="govuk-visually-hidden govuk-accordion__section-heading-divider">, </span>'
            f'<span class="govuk-accordion__section-toggle" data-nosnippet="">'
            f'<span class="govuk-accordion__section-toggle-focus">'
            f'<span class="govuk-accordion-nav__chevron govuk-accordion-nav__chevron--down"></span>'
            f'<span class="govuk-accordion__section-toggle-text">Show'
            f'<span class="govuk-visually-hidden"> this section</span></span></span></span>'
            f'</button></h2>')
        add('</div>')
        add(f'<div id="accordion-review-content-{idx}" class="govuk-accordion__section-content">')
        if num == "4":
            add('<p class="govuk-body">This section sets out the panel\u2019s findings. Each '
                'finding draws on the evidence summarised in the section on agency '
                'involvement.</p>')
        for label, style, body in paras:
            if style == "list":
                intro, items = body
                full = intro + " " + " ".join(items)
                add(f'<p class="govuk-body">{label} {e(intro)}</p>')
                add('<ul class="govuk-list govuk-list--bullet">')
                for it in items:
                    add(f'<li>{e(it)}</li>')
                add('</ul>')
            else:
                full = body
                if style == "strong":
                    add(f'<p class="govuk-body"><strong>{label}</strong> {e(body)}</p>')
                elif style == "strongdot":
                    add(f'<p class="govuk-body"><strong>{label}.</strong>\u00a0{e(body)}</p>')
                else:
                    add(f'<p class="govuk-body">{label} {e(body)}</p>')
            _check_body(label, full)
            entries.append(T.key_entry(label, None, full))
            checks.append((label, full))
        add('</div></div>')
    add('</div>')  # accordion
    add('</div></div>')  # grid
    # feedback form
    add('<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">')
    add('<div class="gem-c-feedback__prompt"><div class="gem-c-feedback__prompt-content">'
        '<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>'
        '<ul class="gem-c-feedback__option-list">'
        '<li><button class="govuk-button gem-c-feedback__prompt-link" type="button">Yes '
        '<span class="govuk-visually-hidden">this page is useful</span></button></li>'
        '<li><button class="govuk-button gem-c-feedback__prompt-link" type="button">No '
        '<span class="govuk-visually-hidden">this page is not useful</span></button></li>'
        '</ul></div>'
        '<button class="govuk-button govuk-button--secondary" type="button">Report a problem with this page</button></div>')
    add('<form action="/contact/govuk/problem_reports" id="something-is-wrong" method="post" '
        'class="gem-c-feedback__form" hidden>'
        '<h3 class="gem-c-feedback__form-heading">Help us improve GOV.UK</h3>'
        '<p class="govuk-body">Don\u2019t include personal or financial information like your '
        'National Insurance number or credit card details.</p>'
        '<div class="govuk-form-group"><label class="govuk-label" for="what-doing">What were you doing?</label>'
        '<textarea class="govuk-textarea" id="what-doing" name="what_doing" rows="3"></textarea></div>'
        '<div class="govuk-form-group"><label class="govuk-label" for="what-wrong">What went wrong?</label>'
        '<textarea class="govuk-textarea" id="what-wrong" name="what_wrong" rows="3"></textarea></div>'
        '<button class="govuk-button" type="submit">Send</button></form>')
    add('</div>')
    add('</main></div>')
    # footer
    add('<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">'
        '<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">'
        '<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">'
        '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help">Help</a></li>'
        '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/privacy-notice">Privacy</a></li>'
        '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/cookies">Cookies</a></li>'
        '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/accessibility-statement">Accessibility statement</a></li>'
        '<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/contact">Contact</a></li>'
        '</ul><span class="govuk-footer__licence-description">All content is available under the '
        '<a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" '
        'rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span></div>'
        '<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" '
        'href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">'
        '\u00a9 Crown copyright</a></div></div></div></footer>')
    add('<script type="module" src="/assets/frontend/application.js"></script>')
    add('</body>\n</html>\n')
    path = out / "govuk-accordion.html"
    path.write_text("\n".join(parts), encoding="utf-8")

    # verify: re-parse and find each numbered paragraph's text
    import lxml.html

    tree = lxml.html.fromstring(path.read_bytes())
    ps = tree.xpath('//div[contains(@class,"govuk-accordion__section-content")]/p')
    found = {}
    for p in ps:
        t = " ".join(p.text_content().split())
        m = re.match(r"^(\d+\.\d+)\.?\s+(.*)$", t)
        if m:
            body = m.group(2)
            nxt = p.getnext()
            if nxt is not None and nxt.tag == "ul":
                body += " " + " ".join(" ".join(li.text_content().split()) for li in nxt)
            found[m.group(1)] = body
    _check([lab for lab, _ in checks] == list(found), "html: label order mismatch")
    for ent in entries:
        body = T.words(found[ent["label"]])
        sw, ew = T.words(ent["starts_with"]), T.words(ent["ends_with"])
        _check(body[:len(sw)] == sw and body[-len(ew):] == ew,
               f"html: {ent['label']} start/end mismatch")
    return {
        "note": (
            "GOV.UK publication page (govuk- classes). Numbered paragraphs live in "
            "govuk-accordion__section-content divs; section titles ('4. Findings') are in "
            "<span class=govuk-accordion__section-heading-text> inside an <h2><button> that "
            "also holds 'Show this section' toggle text - these are headings, not paragraphs. "
            "Sections 1, 5 and parts of 3/4 write the number as <strong>4.1</strong>; 2.x, 3.2, "
            "4.2, 4.4 write it as plain text '4.2 ...'; 5.2 is '<strong>5.2.</strong>&nbsp;' "
            "(trailing full stop and a no-break space). Section 4 opens with an unnumbered "
            "<p> that is not in the key. Paragraph 3.2 ends with a colon and is followed by a "
            "<ul> of three bullets before 3.3: the key treats the bullets as part of 3.2 "
            "(ends_with is the end of the last bullet); a parser that stops at the </p> would "
            "end 3.2 at 'later shown to be incomplete'. 4.4 cross-refers to 'paragraph 3.3' "
            "mid-sentence. Not paragraphs: cookie banner, Contents link list ('1. "
            "Introduction' ...), govuk-details 'Terms used in this report' definitions "
            "(<strong>Term</strong>: ...), feedback form, footer. Pages are null."
        ),
        "paragraphs": entries,
    }


# ---------------------------------------------------------------------------
# 2. DOCX with automatic numbering and tracked changes
# ---------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
AUTHOR = 'w:author="Reviewer (J. Okafor)" w:date="2023-11-02T10:15:00Z"'
NUM_ID = 20


def _t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{html.escape(text, quote=False)}</{tag}>'


def _run(text: str, tag: str = "w:t", rpr: str = "") -> str:
    return f"<w:r>{rpr}{_t(text, tag)}</w:r>"


def _runs_split(text: str) -> str:
    """Split a paragraph into two runs at a word boundary, as Word often does."""
    toks = text.split(" ")
    mid = len(toks) // 2
    return _run(" ".join(toks[:mid]) + " ") + _run(" ".join(toks[mid:]))


def _deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(out: pathlib.Path) -> dict:
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Tollbury Safeguarding Adults Board"
    cp.last_modified_by = "Reviewer (J. Okafor)"
    cp.title = "Safeguarding Adults Review: Mr Albert Penhale (FICTIONAL)"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3

    # numbering definition: level 0 "%1.", level 1 "%1.%2."
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {NSDECL} w:abstractNumId="{NUM_ID}">'
        '<w:nsid w:val="5A3C1E77"/><w:multiLevelType w:val="multilevel"/>'
        '<w:tmpl w:val="0809001F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2.%3."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1276" w:hanging="1276"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        f'<w:num {NSDECL} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))

    # turn on Track Changes in settings
    settings = doc.settings.element
    track = parse_xml(f"<w:trackRevisions {NSDECL}/>")
    later = {"doNotTrackMoves", "doNotTrackFormatting", "documentProtection",
             "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop"}
    for child in settings:
        if isinstance(child.tag, str) and child.tag.split("}")[1] in later:
            child.addprevious(track)
            break
    else:
        settings.append(track)

    body = doc.element.body
    sect = body.sectPr

    def add_p(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    def numpr(lvl: int) -> str:
        return f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'

    add_p(f'<w:p {NSDECL}><w:pPr><w:jc w:val="center"/></w:pPr>'
          + _run(T.FICTION, rpr="<w:rPr><w:b/><w:color w:val=\"C00000\"/></w:rPr>") + "</w:p>")
    add_p(f'<w:p {NSDECL}><w:pPr><w:pStyle w:val="Title"/></w:pPr>'
          + _run("Safeguarding Adults Review: Mr Albert Penhale") + "</w:p>")
    add_p(f'<w:p {NSDECL}><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr>'
          + _run("Tollbury Safeguarding Adults Board \u2013 draft for board approval, "
                 "with the reviewer\u2019s tracked changes") + "</w:p>")

    rev = [100]

    def rid() -> int:
        rev[0] += 1
        return rev[0]

    entries: list[dict] = []
    sec = 0
    sub = 0
    page = 1
    for item in T.DOCX_ITEMS:
        if item[0] == "heading":
            sec += 1
            sub = 0
            add_p(f'<w:p {NSDECL}><w:pPr><w:pStyle w:val="Heading1"/>{numpr(0)}</w:pPr>'
                  + _run(item[1]) + "</w:p>")
            continue
        if item[0] == "pagebreak":
            add_p(f'<w:p {NSDECL}><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            continue
        _, kind, payload = item
        if kind == "normal":
            add_p(f'<w:p {NSDECL}><w:pPr>{numpr(1)}</w:pPr>{_runs_split(payload)}</w:p>')
            accepted = payload
        elif kind == "deleted":
            _check_body("deleted", payload)
            add_p(f'<w:p {NSDECL}><w:pPr>{numpr(1)}<w:rPr><w:del w:id="{rid()}" {AUTHOR}/>'
                  f'</w:rPr></w:pPr><w:del w:id="{rid()}" {AUTHOR}>'
                  f'{_run(payload, "w:delText")}</w:del></w:p>')
            accepted = None
        elif kind == "inserted":
            add_p(f'<w:p {NSDECL}><w:pPr>{numpr(1)}<w:rPr><w:ins w:id="{rid()}" {AUTHOR}/>'
                  f'</w:rPr></w:pPr><w:ins w:id="{rid()}" {AUTHOR}>{_run(payload)}</w:ins></w:p>')
            accepted = payload
        elif kind == "delsent":
            kept, tail = payload
            add_p(f'<w:p {NSDECL}><w:pPr>{numpr(1)}</w:pPr>{_runs_split(kept)}'
                  f'<w:del w:id="{rid()}" {AUTHOR}>{_run(tail, "w:delText")}</w:del></w:p>')
            accepted = kept
        elif kind == "insphrase":
            before, ins, after = payload
            add_p(f'<w:p {NSDECL}><w:pPr>{numpr(1)}</w:pPr>{_run(before)}'
                  f'<w:ins w:id="{rid()}" {AUTHOR}>{_run(ins)}</w:ins>{_run(after)}</w:p>')
            accepted = before + ins + after
        else:  # pragma: no cover
            raise ValueError(kind)
        if accepted is None:
            continue
        sub += 1
        label = f"{sec}.{sub}"
        _check_body(label, accepted)
        entries.append(T.key_entry(label, page, accepted))

    raw = io.BytesIO()
    doc.save(raw)
    path = out / "tracked.docx"
    path.write_bytes(_deterministic_zip(raw.getvalue()))

    # ---- verify: re-read, accept changes, re-number, compare with key
    import lxml.etree as ET

    docx.Document(str(path))  # opens cleanly
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    w = f"{{{W_NS}}}"
    got: list[tuple[str, int, str]] = []
    counters = [0, 0, 0]
    pg = 1
    for p in root.iter(w + "p"):
        if p.findall(f".//{w}br[@{w}type='page']"):
            pg += 1
        txt = "".join(t.text or "" for t in p.iter(w + "t")
                      if not any(a.tag == w + "del" for a in t.iterancestors()))
        mark_deleted = p.find(f"{w}pPr/{w}rPr/{w}del") is not None
        if mark_deleted and not txt.strip():
            continue
        ilvl = p.find(f"{w}pPr/{w}numPr/{w}ilvl")
        if ilvl is None:
            continue
        lvl = int(ilvl.get(w + "val"))
        counters[lvl] += 1
        for k in range(lvl + 1, 3):
            counters[k] = 0
        if lvl == 1:
            got.append((f"{counters[0]}.{counters[1]}", pg, txt))
    _check([(g[0], g[1]) for g in got] == [(e_["label"], e_["page"]) for e_ in entries],
           f"docx: numbering mismatch {[(g[0], g[1]) for g in got]}")
    for (lab, _, txt), ent in zip(got, entries):
        ws = T.words(txt)
        sw, ew = T.words(ent["starts_with"]), T.words(ent["ends_with"])
        _check(ws[:len(sw)] == sw and ws[-len(ew):] == ew, f"docx: {lab} text mismatch")

    return {
        "note": (
            "Word document with AUTOMATIC multi-level numbering (numbering.xml abstractNum "
            "levels '%1.' for section titles at ilvl 0 and '%1.%2.' for paragraphs at ilvl 1; "
            "no number is typed in the text) and tracked changes left in "
            "(settings has w:trackRevisions). The key is Word's display with all changes "
            "ACCEPTED: (a) the paragraph that was originally 2.2 ('Oxygen therapy had been "
            "prescribed...') is deleted together with its paragraph mark (w:del around its "
            "w:delText runs and w:del in pPr/rPr) - it is absent and NOT counted, so the "
            "following paragraphs are 2.2 and 2.3 (with changes shown Word would number them "
            "2.3 and 2.4); (b) a new paragraph ('Hospital discharge staff assessed...') is "
            "inserted as 3.2 (w:ins in pPr/rPr and around its runs) and counted, so the "
            "original 3.2 and 3.3 display as 3.3 and 3.4; (c) paragraph 2.3 has its final "
            "sentence ('The reviewer regards this as the single most important missed "
            "opportunity...') deleted, so it ends 'met by the third referral at the latest'; "
            "(d) paragraph 3.3 has the phrase 'while using oxygen' inserted mid-sentence. "
            "Labels are the displayed numbers without the trailing full stop ('1.1.' -> "
            "'1.1'). One explicit page break (an otherwise empty paragraph with "
            "<w:br w:type=page/>) sits after 2.3, so section 3 onwards is page 2. Section "
            "titles ('1. Introduction') and the title/subtitle are not paragraphs."
        ),
        "paragraphs": entries,
    }


# ---------------------------------------------------------------------------
# 3. contents-page.pdf (reportlab): title, TOC with leaders, body
# ---------------------------------------------------------------------------
def build_contents(out: pathlib.Path) -> dict:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    FONT, BOLD, SIZE, LEAD = "Helvetica", "Helvetica-Bold", 10.5, 14.0
    LM, RM = 72.0, A4_W - 72.0
    TX = 108.0  # body text indent (label hangs in the margin at LM)
    TOP, BOTTOM = A4_H - 90.0, 72.0

    # ---- lay out the body (pages 3..)
    pages: list[list[tuple]] = [[]]  # ops for body page index 0..
    y = TOP
    heading_page: dict[str, int] = {}
    para_pos: list[tuple[str, int, int, str]] = []  # label, start pg, end pg, text

    def newpage():
        nonlocal y
        pages.append([])
        y = TOP

    for num, title, paras in T.CONTENTS_SECTIONS:
        need = 26 + 3 * LEAD
        if y != TOP:
            y -= 12
        if y - need < BOTTOM:
            newpage()
        y -= 14
        pages[-1].append(("t", LM, y, f"{num}. {title}", BOLD, 12.5))
        heading_page[num] = len(pages) + 2
        y -= 12
        for label, _cap, body in paras:
            lines = _wrap(body, RM - TX, FONT, SIZE)
            if y - LEAD < BOTTOM:
                newpage()
            start = len(pages) + 2
            for i, ln in enumerate(lines):
                if y - LEAD < BOTTOM:
                    newpage()
                y -= LEAD
                if i == 0:
                    pages[-1].append(("t", LM, y, label, BOLD, SIZE))
                pages[-1].append(("t", TX, y, ln, FONT, SIZE))
            para_pos.append((label, start, len(pages) + 2, body))
            y -= 7
    total = len(pages) + 2

    path = out / "contents-page.pdf"
    c = canvas.Canvas(str(path), pagesize=(A4_W, A4_H), invariant=1, pageCompression=0)
    c.setTitle("Serious Case Review: Child M (FICTIONAL)")
    c.setAuthor("Ashcombe Local Safeguarding Children Board")
    c.setCreator("blind7 generator")

    def footer(n: int) -> None:
        c.setFont(FONT, 9)
        c.drawCentredString(A4_W / 2, 40, f"Page {n} of {total}")

    # page 1: title
    c.setFont(BOLD, 11)
    c.drawString(LM, A4_H - 60, T.FICTION)
    c.setFont(FONT, 14)
    c.drawString(LM, A4_H - 250, "Ashcombe Local Safeguarding Children Board")
    c.setFont(BOLD, 28)
    c.drawString(LM, A4_H - 300, "Serious Case Review")
    c.setFont(BOLD, 22)
    c.drawString(LM, A4_H - 335, "Child M")
    c.setFont(FONT, 12)
    c.drawString(LM, A4_H - 380, "Lead reviewer: Dr Helen Marchbank")
    c.drawString(LM, A4_H - 398, "Final report \u2013 published November 2022")
    c.showPage()

    # page 2: contents (same font and size as the body)
    c.setFont(BOLD, 14)
    c.drawString(LM, A4_H - 90, "Contents")
    yy = A4_H - 120
    dot_w = stringWidth(".", FONT, SIZE)

    def toc_line(x: float, text: str, pg: int, font: str) -> None:
        nonlocal yy
        c.setFont(font, SIZE)
        c.drawString(x, yy, text)
        pstr = str(pg)
        pw = stringWidth(pstr, FONT, SIZE)
        start = x + stringWidth(text, font, SIZE) + 4
        end = RM - pw - 4
        unit = stringWidth(". ", FONT, SIZE)
        n = max(3, int((end - start + dot_w) / unit))
        c.setFont(FONT, SIZE)
        c.drawString(end - n * unit + (unit - dot_w), yy, " ".join(["."] * n))
        c.drawRightString(RM, yy, pstr)
        yy -= LEAD + 2

    pmap = {lab: sp for lab, sp, _, _ in para_pos}
    for num, title, paras in T.CONTENTS_SECTIONS:
        yy -= 4
        toc_line(LM, f"{num}. {title}", heading_page[num], BOLD)
        for label, cap, _ in paras:
            toc_line(LM + 18, f"{label} {cap}", pmap[label], FONT)
    footer(2)
    c.showPage()

    # body pages
    for i, ops in enumerate(pages):
        n = i + 3
        c.setFont(FONT, 8.5)
        c.drawString(LM, A4_H - 45, "Serious Case Review: Child M \u2013 Final report")
        c.drawRightString(RM, A4_H - 45, "Ashcombe LSCB")
        c.setLineWidth(0.5)
        c.line(LM, A4_H - 50, RM, A4_H - 50)
        for _k, x, yv, s, f, sz in ops:
            c.setFont(f, sz)
            c.drawString(x, yv, s)
        footer(n)
        c.showPage()
    c.save()

    entries = []
    for label, sp, ep, body in para_pos:
        _check_body(label, body)
        entries.append(T.key_entry(label, sp, body))
    _verify_pdf(path, entries, [ep for _, _, ep, _ in para_pos])
    crossing = [lab for lab, sp, ep, _ in para_pos if sp != ep]
    return {
        "note": (
            f"reportlab, {total} pages. Page 1 is a title page; page 2 is a table of contents "
            "in the SAME font and size as the body (Helvetica 10.5) listing sections ('4. "
            "Analysis') and every numbered paragraph with a caption, dotted leaders and a page "
            f"number ('4.1 Early help . . . . {pmap['4.1']}') - these entries are not paragraphs and "
            "their "
            "captions do not appear in the body. Body from page 3: bold section headings, "
            "paragraph numbers hanging in the left margin, running header 'Serious Case "
            "Review: Child M - Final report / Ashcombe LSCB', footer 'Page N of M' (N equals "
            "the physical page). Paragraphs continuing over a page break: "
            f"{', '.join(crossing) or 'none'} (page in the key is where the paragraph starts)."
        ),
        "paragraphs": entries,
    }


# ---------------------------------------------------------------------------
# 4. ocr-layer.pdf: raster page images + invisible (render mode 3) text
# ---------------------------------------------------------------------------
def build_ocr(out: pathlib.Path) -> dict:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fdir = _reportlab_fonts_dir()
    for name, fn in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(fdir / fn)))
    DPI = 150
    S = DPI / 72.0
    PX_W, PX_H = round(A4_W * S), round(A4_H * S)
    SIZE, LEAD = 12.0, 17.5
    LM, RM, TX = 72.0, A4_W - 72.0, 106.0
    TOP, BOTTOM = A4_H - 72.0, 80.0
    PAGE_OFFSET = 11  # printed page numbers run 12, 13, ... (extract from a longer report)

    pages: list[list[tuple]] = [[]]
    y = TOP

    def line(x, s, font, size):
        pages[-1].append((x, y, s, font, size))

    def newpage():
        nonlocal y
        pages.append([])
        y = TOP

    # page-1 front matter
    y -= 12
    line(LM, T.FICTION, "VeraBd", 11)
    y -= 30
    line(LM, "Marlow Heath Council", "Vera", 12)
    y -= 26
    line(LM, "Independent inquiry into Hollins Lane Children\u2019s Home", "VeraBd", 15)
    y -= 20
    line(LM, "Report of the inquiry panel \u2013 extract (sections 2 and 3)", "Vera", 11)
    y -= 24
    for ln in _wrap(T.OCR_SUMMARY, RM - LM, "Vera", SIZE):
        y -= LEAD
        line(LM, ln, "Vera", SIZE)
    y -= 6
    para_pos = []
    for num, title, paras in T.OCR_SECTIONS:
        if y - (40 + 3 * LEAD) < BOTTOM:
            newpage()
        y -= 26
        line(LM, f"{num}. {title}", "VeraBd", 12.5)
        y -= 6
        for label, body in paras:
            lines = _wrap(body, RM - TX, "Vera", SIZE)
            if y - LEAD < BOTTOM:
                newpage()
            start = len(pages)
            for i, ln in enumerate(lines):
                if y - LEAD < BOTTOM:
                    newpage()
                y -= LEAD
                if i == 0:
                    line(LM, label, "Vera", SIZE)
                line(TX, ln, "Vera", SIZE)
            para_pos.append((label, start, len(pages), body))
            y -= 8
    crossing = [lab for lab, sp, ep, _ in para_pos if sp != ep]
    _check(bool(crossing), f"ocr: no paragraph crosses a page {[(a, b, c_) for a, b, c_, _ in para_pos]}")

    fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}

    def pil_font(name: str, size: float):
        k = (name, size)
        if k not in fonts:
            fonts[k] = ImageFont.truetype(str(fdir / (name + ".ttf")), size * S)
        return fonts[k]

    path = out / "ocr-layer.pdf"
    c = canvas.Canvas(str(path), pagesize=(A4_W, A4_H), invariant=1)
    c.setTitle("Hollins Lane inquiry extract (scanned, FICTIONAL)")
    c.setCreator("ScanStation OCR 4.2 (fictional)")
    rng = random.Random(20240314)
    for pi, ops in enumerate(pages, start=1):
        foot = (A4_W / 2, 42.0, f"\u2013 {pi + PAGE_OFFSET} \u2013", "Vera", 9.5)
        allops = ops + [foot]
        img = Image.new("L", (PX_W, PX_H), 246)
        d = ImageDraw.Draw(img)
        for _ in range(900):  # scanner speckle
            sx, sy = rng.randrange(PX_W), rng.randrange(PX_H)
            d.point((sx, sy), fill=rng.randrange(120, 200))
        for x, yv, s, font, size in allops:
            if s is foot[2]:
                x = x - pdfmetrics.stringWidth(s, font, size) / 2
            # draw word by word at the positions the PDF font metrics give
            cx = x
            for wi, wd in enumerate(s.split(" ")):
                if wi:
                    cx += pdfmetrics.stringWidth(" ", font, size)
                d.text((cx * S, (A4_H - yv) * S), wd, font=pil_font(font, size),
                       fill=28, anchor="ls")
                cx += pdfmetrics.stringWidth(wd, font, size)
        c.drawImage(ImageReader(img), 0, 0, A4_W, A4_H)
        # invisible OCR text layer
        for x, yv, s, font, size in allops:
            if s is foot[2]:
                x = x - pdfmetrics.stringWidth(s, font, size) / 2
            to = c.beginText(x, yv)
            to.setTextRenderMode(3)
            to.setFont(font, size)
            to.textOut(s)
            c.drawText(to)
        c.showPage()
    c.save()

    entries = []
    for label, sp, ep, body in para_pos:
        _check_body(label, body)
        entries.append(T.key_entry(label, sp, body))
    _verify_pdf(path, entries, [ep for _, _, ep, _ in para_pos])
    return {
        "note": (
            f"'Scanned' report, {len(pages)} pages: each page is one full-page 150 dpi "
            "greyscale raster image of the text plus an invisible OCR text layer (text render "
            "mode 3, Vera font) with the same lines at the same positions; there is no "
            "visible vector text. Page 1 has a title block and an unnumbered summary, then "
            "sections 2 and 3 (there is no section 1 in this extract). The printed page "
            f"numbers at the foot ('\u2013 12 \u2013', '\u2013 13 \u2013' ...) are the "
            f"original report's and are physical page + {PAGE_OFFSET}; the key uses physical "
            f"pages. Paragraph(s) crossing a page break: {', '.join(crossing)} "
            "(page = where it starts)."
        ),
        "paragraphs": entries,
    }


# ---------------------------------------------------------------------------
# 5. appendices.pdf (fpdf2)
# ---------------------------------------------------------------------------
def build_appendices(out: pathlib.Path) -> dict:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    fdir = _reportlab_fonts_dir()

    class Report(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Vera", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Kingsmere Safeguarding Children Partnership \u2013 Serious Case "
                      "Review: Baby Ellis", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(6)

        def footer(self):
            self.set_y(-15)
            self.set_font("Vera", "", 8)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Report(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("Serious Case Review: Baby Ellis (FICTIONAL)")
    pdf.set_author("Kingsmere Safeguarding Children Partnership")
    pdf.set_creator("blind7 generator")
    pdf.set_producer("fpdf2")
    pdf.add_font("Vera", "", str(fdir / "Vera.ttf"))
    pdf.add_font("Vera", "B", str(fdir / "VeraBd.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LH = 5.6
    pdf.set_font("Vera", "B", 11)
    pdf.set_text_color(192, 0, 0)
    pdf.cell(0, 8, T.FICTION, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Vera", "B", 20)
    pdf.multi_cell(0, 10, "Serious Case Review: Baby Ellis", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Vera", "", 12)
    pdf.cell(0, 8, "Kingsmere Safeguarding Children Partnership \u2013 overview report",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)

    para_pos: list[tuple[str, int, int, str]] = []

    def heading(txt: str, size: float = 13) -> None:
        if pdf.will_page_break(8 + 3 * LH + 4):
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("Vera", "B", size)
        pdf.cell(0, 8, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    def para(label: str, body: str) -> None:
        if pdf.will_page_break(LH):
            pdf.add_page()
        start = pdf.page_no()
        y0 = pdf.get_y()
        pdf.set_font("Vera", "B", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(14, LH, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font("Vera", "", 10.5)
        pdf.set_xy(pdf.l_margin + 14, y0)
        pdf.multi_cell(0, LH, body, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        para_pos.append((label, start, pdf.page_no(), body))
        pdf.ln(2.5)

    for num, title, paras in T.APPX_BODY:
        heading(f"{num}. {title}")
        for label, body in paras:
            para(label, body)

    heading("Recommendations")
    pdf.set_font("Vera", "", 10.5)
    for i, rec in enumerate(T.APPX_RECOMMENDATIONS, start=1):
        if pdf.will_page_break(LH):
            pdf.add_page()
        pdf.multi_cell(0, LH, f"**Recommendation {i}:** {rec}", markdown=True,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    for title, paras in T.APPX_APPENDICES:
        pdf.add_page()
        pdf.set_font("Vera", "B", 14)
        pdf.cell(0, 9, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        for label, body in paras:
            para(label, body)

    path = out / "appendices.pdf"
    pdf.output(str(path))

    entries = []
    for label, sp, ep, body in para_pos:
        _check_body(label, body)
        entries.append(T.key_entry(label, sp, body))
    _verify_pdf(path, entries, [ep for _, _, ep, _ in para_pos])
    apx_pages = {lab[0]: sp for lab, sp, _, _ in para_pos if lab[0] in "AB"}
    _check(apx_pages["A"] < apx_pages["B"] and para_pos[-1][1] > para_pos[10][2],
           "appendices: appendix pages not after body")
    crossing = [lab for lab, sp, ep, _ in para_pos if sp != ep]
    return {
        "note": (
            f"fpdf2, {pdf.page_no()} pages. Body paragraphs 1.1-3.4 under bold section "
            "headings, number in bold in a 14 mm hanging column. Then a 'Recommendations' "
            "heading with four 'Recommendation N: ...' items (bold prefix) - NOT in the key. "
            "'Appendix A: Terms of reference' and 'Appendix B: Methodology' each start a new "
            "page and contain lettered paragraphs A.1-A.3 and B.1-B.2, which ARE in the key. "
            "Running header on pages 2+, footer 'Page N of M'. Paragraph(s) crossing a page "
            f"break: {', '.join(crossing) or 'none'} (page = where it starts)."
        ),
        "paragraphs": entries,
    }


# ---------------------------------------------------------------------------
def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    key = {
        "govuk-accordion.html": build_govuk(out),
        "tracked.docx": build_docx(out),
        "contents-page.pdf": build_contents(out),
        "ocr-layer.pdf": build_ocr(out),
        "appendices.pdf": build_appendices(out),
    }
    # global checks: unique texts and unique starts
    seen_start: dict[str, str] = {}
    for fname, doc in key.items():
        labels = [p["label"] for p in doc["paragraphs"]]
        _check(len(labels) == len(set(labels)), f"{fname}: duplicate labels")
        for p in doc["paragraphs"]:
            k = " ".join(T.words(p["starts_with"]))
            _check(k not in seen_start, f"duplicate start {k!r} ({fname}, {seen_start.get(k)})")
            seen_start[k] = fname
    (out / "expected.json").write_text(
        json.dumps(key, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1
         else pathlib.Path(__file__).resolve().parent / "out")
