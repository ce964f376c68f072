"""govuk.html: a GOV.UK-style HTML publication (fictional)."""
from __future__ import annotations

import html
import random
from pathlib import Path

from common import DISCLAIMER, FICTIONAL, check, entry, place_footnotes, unique_windows
from prose import Writer, write_all

TITLE = "Child Safeguarding Practice Review: Child T"
SECTIONS = [
    ("introduction", "1. Introduction", "1", ["intro"] * 4),
    ("child-t-and-their-family", "2. Child T and their family", "2", ["family"] * 3),
    ("what-happened", "3. What happened", "3", ["chrono"] * 5),
    ("analysis", "4. Analysis", "4", ["analysis"] * 5),
    ("findings-and-recommendations", "5. Findings and recommendations", "5",
     ["finding", "finding", "rec", "rec"]),
]
LIST_PARA = "4.3"
LEAD_IN = ("Practitioners who attended the learning event were asked what had made it difficult to "
           "act on the concerns about Child T. Their answers were consistent across agencies, and "
           "they described the following obstacles:")
BULLETS = [
    "referrals that were acknowledged but never answered, so that the referrer did not know whether "
    "anything had happened",
    "no shared record of who was living in the household, with each agency holding a different list",
    "thresholds that were applied to each new incident on its own, without regard to what had gone before",
    "little time in supervision to reflect on what the information meant for Child T's daily life",
    "uncertainty about whether consent was needed before information could be shared with another agency",
]
CLOSING = ("None of these obstacles is new, and each of them has been described in earlier reviews "
           "in Ostrey. The partnership's response to them is set out in the recommendations in "
           "section 5 of this report.")
FOOTNOTES = [  # (keywords locating the sentence it annotates, footnote text)
    (["threshold", "thresholds", "statutory", "screened"],
     "Ostrey Safeguarding Children Partnership, Multi-agency Threshold Document, third edition. The "
     "document describes four levels of need and gives examples of the concerns that would usually be "
     "associated with each level. It was under review at the time of the events described, and a "
     "revised edition was issued after the period covered by this report."),
    (["rapid review", "notification", "commissioned"],
     "The rapid review is a short multi-agency meeting held soon after a serious incident is notified. "
     "Its purpose is to establish the facts, to consider whether there is immediate learning and to "
     "decide whether a local child safeguarding practice review should be undertaken."),
    (["not brought", "outpatient"],
     "A 'not brought' appointment is one that a child missed because the adult responsible did not take "
     "them. The term is used instead of 'did not attend' because very young children cannot attend "
     "appointments by themselves, and the change of wording is intended to keep the child in view."),
    (["chronology", "chronologies", "timeline"],
     "The chronology held by the hub was created for the purposes of this review and was not available "
     "to practitioners at the time."),
    (["learning event", "practitioners"],
     "The learning event was held online and was attended by twenty-three practitioners and managers "
     "from nine agencies. A summary of the discussion was shared with all of those who took part, and "
     "their comments were taken into account in the final version of this report."),
    (["escalation", "escalated", "challenge"],
     "The partnership's escalation procedure sets out four stages, starting with a conversation between "
     "the practitioners concerned and ending with referral to the partnership's executive group. The "
     "review found no case in which the later stages had been used during the period under review."),
]
TABLE = [
    ("Date", "Agency", "Contact", "Outcome"),
    ("2 March 2021", "Ostrey Children's Hub", "Referral from school", "No further action"),
    ("19 April 2021", "Fenland Coast Health Trust", "Health visitor home visit", "Referral to early help"),
    ("7 June 2021", "Ostrey and Fenland Police", "Domestic incident", "Risk graded standard"),
    ("30 July 2021", "Ostrey District Hospital", "Emergency attendance", "Safeguarding checklist completed"),
    ("14 September 2021", "Ostrey Borough Council Children's Services", "Strategy discussion",
     "Section 47 enquiry"),
]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def body_html(text: str, markers: dict[int, int]) -> str:
    out = []
    for i, w in enumerate(text.split()):
        out.append(esc(w))
        if i in markers:
            n = markers[i]
            out[-1] += (f'<sup id="fnref:{n}"><a href="#fn:{n}" class="govuk-link" rel="footnote" '
                        f'role="doc-noteref">{n}</a></sup>')
    return " ".join(out)


def build(out: Path) -> dict:
    W = Writer("govuk", "govuk-v1", n_events=24, n_chrono=5)
    plan = []
    for si, (_id, _h, num, kinds) in enumerate(SECTIONS):
        for i, k in enumerate(kinds, 1):
            plan.append((si, f"{num}.{i}", k))
    texts = write_all(W, [k for _s, _l, k in plan])
    paras = [(si, lab, t) for (si, lab, _k), t in zip(plan, texts, strict=True)]
    # footnote markers where their subject is mentioned, numbered in document order
    rng = random.Random("blind3:govuk-footnotes")
    k_list = next(i for i, p in enumerate(paras) if p[1] == LIST_PARA)
    by_idx, fn_bodies = place_footnotes([t for _s, _l, t in paras], FOOTNOTES, rng, reserved={k_list},
                                        per_para=1, skip_missing=True)
    check(len(fn_bodies) >= 5, "govuk: too few footnotes placed")
    markers: dict[str, dict[int, int]] = {paras[i][1]: m for i, m in by_idx.items()}
    fn_where = {n: paras[i][1] for i, m in by_idx.items() for n in m.values()}

    h: list[str] = []
    a = h.append
    a("<!DOCTYPE html>")
    a(f"<!-- {FICTIONAL}. {DISCLAIMER} -->")
    a('<html lang="en" class="govuk-template">')
    a("<head>")
    a('<meta charset="utf-8">')
    a(f"<title>{esc(TITLE)} ({FICTIONAL}) - GOV.UK</title>")
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a('<link rel="stylesheet" href="/assets/static/application.css">')
    a("</head>")
    a('<body class="govuk-template__body">')
    a(f'<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag">'
      f"{FICTIONAL}</strong> <span>{esc(DISCLAIMER)}</span></p></div>")
    a('<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">'
      "<p>We use some essential cookies to make this fictional test page work.</p>"
      '<button class="govuk-button" type="button">Accept additional cookies</button></div>')
    a('<a href="#main-content" class="govuk-skip-link">Skip to main content</a>')
    a('<header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container">'
      '<a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a>'
      '<nav aria-label="Menu"><ul class="govuk-header__navigation-list">'
      '<li><a href="/browse">Services and information</a></li>'
      '<li><a href="/government/organisations">Government activity</a></li></ul></nav></div></header>')
    a('<div class="govuk-width-container">')
    a('<div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click">'
      '<ol class="govuk-breadcrumbs__list">'
      '<li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li>'
      '<li class="govuk-breadcrumbs__list-item"><a href="/education">Education, training and skills</a></li>'
      '<li class="govuk-breadcrumbs__list-item"><a href="/childcare-parenting">Parenting, childcare and '
      "children's services</a></li></ol></div>")
    a('<main class="govuk-main-wrapper" id="main-content" role="main">')
    a('<div class="gem-c-title govuk-!-margin-top-8"><span class="gem-c-title__context">Independent report'
      f'</span><h1 class="gem-c-title__text govuk-heading-xl">{esc(TITLE)} ({FICTIONAL})</h1></div>')
    a('<div class="publication-header"><p class="publication-header__last-changed">Published 12 June 2024'
      "</p><p>From: Ostrey Safeguarding Children Partnership (fictional)</p></div>")
    a('<div class="govuk-grid-row"><div class="govuk-grid-column-one-quarter-from-desktop contents-list-container">')
    a('<nav class="gem-c-contents-list" aria-label="Contents" role="navigation">')
    a('<h2 class="gem-c-contents-list__title">Contents</h2>')
    a('<ol class="gem-c-contents-list__list">')
    for sid, head, _n, _k in SECTIONS:
        a(f'<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--numbered">'
          f'<a class="gem-c-contents-list__link govuk-link" href="#{sid}">{esc(head)}</a></li>')
    a("</ol></nav></div>")
    a('<div class="print-wrapper govuk-grid-column-three-quarters-from-desktop">')
    a('<div class="gem-c-govspeak govuk-govspeak direction-ltr" data-module="govspeak">')
    a('<div class="govspeak">')
    a(f"<p>{FICTIONAL}. {esc(DISCLAIMER)}</p>")
    a('<p>© Ostrey Safeguarding Children Partnership (fictional) 2024. Published for software testing only.</p>')
    cur = None
    entries = []
    for si, lab, text in paras:
        if si != cur:
            sid, head, _n, _k = SECTIONS[si]
            a(f'<h2 id="{sid}">{esc(head)}</h2>')
            cur = si
        if lab == "4.1":
            a('<h3 id="information-sharing-between-agencies">Information sharing between agencies</h3>')
        if lab == "4.4":
            a('<h3 id="the-voice-of-the-child">The voice of the child</h3>')
        if lab == LIST_PARA:
            a(f"<p>{lab} {esc(LEAD_IN)}</p>")
            a("<ul>")
            for b in BULLETS:
                a(f"  <li>{esc(b)}</li>")
            a("</ul>")
            a(f"<p>{esc(CLOSING)}</p>")
            full = " ".join([LEAD_IN, *BULLETS, CLOSING])
            entries.append(entry(lab, full, section=head, contains_list=True, list_items=len(BULLETS),
                                 ends_with_in="the unnumbered <p> after the <ul>"))
            continue
        a(f"<p>{lab} {body_html(text, markers.get(lab, {}))}</p>")
        fn = sorted(markers.get(lab, {}).values())
        entries.append(entry(lab, text, section=head, footnote_markers=fn))
        if lab == "3.2":
            a('<div class="govspeak-table"><table>')
            a("<caption>Table 1: Selected contacts with Child T's family in 2021</caption>")
            a("<thead><tr>" + "".join(f'<th scope="col">{esc(c)}</th>' for c in TABLE[0]) + "</tr></thead>")
            a("<tbody>")
            for row in TABLE[1:]:
                a("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
            a("</tbody></table></div>")
            a("<p>Source: agency chronologies provided to the review.</p>")
    a('<div class="footnotes" role="doc-endnotes">')
    a("<ol>")
    for n in sorted(fn_bodies):
        t = fn_bodies[n]
        a(f'<li id="fn:{n}" role="doc-endnote"><p>{esc(t)} <a href="#fnref:{n}" class="reversefootnote" '
          f'role="doc-backlink" aria-label="go to where this is referenced">\u21a9</a></p></li>')
    a("</ol>")
    a("</div>")
    a("</div></div></div></div>")
    a("</main></div>")
    a('<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">'
      '<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">'
      '<li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li>'
      '<li><a href="/help/cookies">Cookies</a></li>'
      '<li><a href="/help/accessibility-statement">Accessibility statement</a></li>'
      "</ul><p>All content on this page is fictional and exists only to test software.</p></div></footer>")
    a("</body>")
    a("</html>")
    (out / "govuk.html").write_text("\n".join(h) + "\n", encoding="utf-8")
    for e in entries:
        check(80 <= e["word_count"] <= 350, f"govuk {e['label']}: {e['word_count']} words")
    unique_windows(entries, "govuk.html")
    return {
        "paragraphs": entries,
        "notes": {
            "pages": "HTML has no pages: page and printed_page are null.",
            "structure": "Paragraphs are '<p>2.3 text</p>' inside <main> ... <div class=\"govspeak\">. "
                         "Headings are <h2 id=...> ('1. Introduction', ...) plus two unnumbered <h3 id=...> "
                         "in section 4. A 'Contents' <nav> of links precedes the body; a phase banner, "
                         "cookie banner, header, breadcrumbs and footer surround <main>.",
            "list_paragraph": f"{LIST_PARA}: lead-in <p> with the number, then a <ul> of {len(BULLETS)} "
                              "<li> items, then an unnumbered <p> with the closing sentences; all of it is "
                              f"paragraph {LIST_PARA}, and ends_with is the end of that closing <p>.",
            "table": "Table 1 (4 columns, caption, 5 body rows) follows 3.2, then an unnumbered "
                     "'Source: ...' <p>; neither belongs to a numbered paragraph (arguably the source "
                     "line could be attached to 3.2 without harm).",
            "footnotes": [{"number": n, "in_paragraph": fn_where[n], "text": fn_bodies[n]}
                          for n in sorted(fn_bodies)],
            "footnote_markup": "<sup id=\"fnref:N\"><a href=\"#fn:N\" ...>N</a></sup> glued to the end of a "
                               "word (no space); bodies in <div class=\"footnotes\"><ol><li id=\"fn:N\"><p>"
                               "... with a back-link. Footnote bodies must not be merged into 5.4.",
            "unnumbered_paragraphs": "Two unnumbered <p> at the top of govspeak (fictional notice, "
                                     "copyright line) precede 1.1.",
        },
    }
