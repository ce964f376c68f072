"""Invented prose for the blind58 fixtures: blind17's vocabularies and paragraph maker, with seed 58; and this round's
own furniture for reports as preserved in and retrieved from archives: a web archive's toolbar and capture notes, a
research repository's cover sheet, a record office's preservation stamps and PDF/A metadata, a volunteer transcriber's
conventions and notes, and a digitisation project's item header for its uncorrected OCR text.
FICTIONAL – for software testing. Every person, place, agency, board, archive, repository, reference, identifier and
web address named here is invented (the web addresses are under .example); nothing is graphic.
"""

from __future__ import annotations

import os
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, key_words, norm = _prose.contains_seq, _prose.key_words, _prose.norm
ParaMaker = _prose.para_maker(58)

# --------------------------------------------------------------------------
# wayback.html: a partnership's review page as a web archive replays it (Harrowdene, FICTIONAL)
# --------------------------------------------------------------------------
WB_ARCHIVE = "Wayfarer Web Archive (FICTIONAL)"
WB_HOST = "https://webarchive.example"
WB_STAMP = "20240209113512"
WB_SITE = "https://www.harrowdene-scp.example"
WB_PAGE = WB_SITE + "/reviews/child-practice-review-child-k"
WB_PARTNERSHIP = "Harrowdene Safeguarding Children Partnership (FICTIONAL)"
WB_TITLE = "Child Safeguarding Practice Review: Child K"
WB_CAPTURES = ("17 captures", "14 Jun 2021 – 9 Jan 2025")
WB_COLLECTED = ("Collection: UK local safeguarding partnerships (FICTIONAL crawl)", "This page was captured as part "
                "of a crawl of local safeguarding partnership websites. The archive holds it as it was found; links "
                "may point to pages that were not captured.")
WB_SECTIONS = ["Why this review was carried out", "Child K and the family", "What the review found",
               "Learning for the partnership", "What happens now"]
WB_INTRO = ("This page sets out the findings of the local child safeguarding practice review about Child K. The full "
            "report can be downloaded below.")
WB_RELATED = ["Rapid review guidance for practitioners", "Escalation and resolution of professional disagreements",
              "Annual report 2020 to 2021"]
WB_FOOT = ("FILE ARCHIVED ON 11:35:12 Feb 09, 2024 AND RETRIEVED FROM THE\n     WAYFARER WEB ARCHIVE ON 16:02:45 "
           "Mar 03, 2025.\n     JAVASCRIPT APPENDED BY THE WAYFARER WEB ARCHIVE (FICTIONAL).\n\n     ALL OTHER CONTENT "
           "MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).")
WB_TIMINGS = ("playback timings (ms):\n  captures_list: 0.612\n  exclusion.robots: 0.021\n  RedisCDXSource: 7.093\n"
              "  esindex: 0.011\n  load_resource: 184.226\n  PetaboxLoader3.resolve: 96.512\n")

# --------------------------------------------------------------------------
# repository.pdf: a review deposited in a university repository, its cover sheet prepended (Calderwick, FICTIONAL)
# --------------------------------------------------------------------------
RP_REPO = "Eastmere Research Online"
RP_UNI = "the open research repository of the University of Eastmere (FICTIONAL)"
RP_TITLE = "Serious Case Review: Child N – Overview Report"
RP_BOARD = "Calderwick Safeguarding Children Board (FICTIONAL)"
RP_CITATION = ("Harker, J. and Calderwick Safeguarding Children Board (2016) Serious Case Review: Child N – Overview "
               "Report. Calderwick: Calderwick Safeguarding Children Board.")
RP_PID = "https://hdl.eastmere.example/20.500.14999/4471"
RP_URL = "https://research.eastmere.example/id/eprint/4471"
RP_FIELDS = [("Version", "Published version (the publisher’s PDF)"),
             ("Persistent identifier", RP_PID),
             ("Licence", "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)"),
             ("Deposited", "12 October 2016"),
             ("Downloaded", "3 March 2025")]
RP_TERMS_HEAD = "Terms of use"
RP_TERMS = [
    "Copies of full items may be downloaded, printed and shared for personal research or study, for teaching or for "
    "other not-for-profit purposes without prior permission or charge.",
    "The authors, title and full bibliographic details must be given in any citation, together with a hyperlink or "
    "the persistent identifier of this record.",
    "The content must not be changed in any way, and it must not be sold commercially in any format or medium "
    "without the formal permission of the copyright holders.",
    "This cover sheet was added by the repository when the item was downloaded; it is not part of the work itself.",
]
RP_TAKEDOWN_HEAD = "Take down policy"
RP_TAKEDOWN = ("If you believe that this document breaches copyright, please write to the repository team at "
               "repository@eastmere.example giving the details, and access to the work will be removed while the "
               "claim is looked into.")
RP_STAMP = f"Downloaded from {RP_REPO} ({RP_URL}) on 3 March 2025 · CC BY-NC 4.0"
RP_RUN = "Serious Case Review – Child N"
RP_SECTIONS = ["Introduction", "The family and the agencies involved", "Key episodes", "Analysis",
               "Conclusions"]

# --------------------------------------------------------------------------
# pdfa.pdf: a safeguarding adults review re-saved as PDF/A by a record office, stamped in the margin (FICTIONAL)
# --------------------------------------------------------------------------
PA_OFFICE = "Wenlow Record Office (FICTIONAL)"
PA_TITLE = ["Serious Case Review (Adults)", "Mr G"]
PA_BOARD = "Selbourne Safeguarding Adults Board (FICTIONAL)"
PA_DATE = "Final report, November 2013"
PA_MARGIN = ("Wenlow Record Office · ACC 2024/117 · item 6 · archival copy (PDF/A-2b) made 12 June 2024 · "
             "not to be removed from the file")
PA_RECEIVED = ["WENLOW RECORD OFFICE", "RECEIVED 14 JUN 2024", "ACC 2024/117"]
PA_FOLIO0 = 212
PA_RUN = "Selbourne SAB – Serious Case Review (Adults): Mr G – Final"
PA_SECTIONS = ["Introduction", "Terms of reference", "Mr G’s history", "Agency involvement", "Analysis",
               "Recommendations"]
PA_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Serious Case Review (Adults): Mr G</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Selbourne Safeguarding Adults Board (FICTIONAL)</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">FICTIONAL – for software testing. Archival copy, Wenlow Record
Office ACC 2024/117 item 6.</rdf:li></rdf:Alt></dc:description>
<xmp:CreateDate>2013-11-20T10:14:00Z</xmp:CreateDate>
<xmp:ModifyDate>2024-06-12T15:41:09+01:00</xmp:ModifyDate>
<xmp:CreatorTool>Microsoft Word 2010 (FICTIONAL)</xmp:CreatorTool>
<pdf:Producer>Wenlow Record Office preservation converter 3.2 (FICTIONAL)</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""

# --------------------------------------------------------------------------
# transcribed.docx: a 1996 Part 8 review re-typed by a volunteer transcriber (Fenmoor, FICTIONAL)
# --------------------------------------------------------------------------
TR_PROJECT = "Fenmoor Archive Transcription Project (FICTIONAL)"
TR_HEAD = "Transcription of: Fenmoor Area Child Protection Committee, Part 8 Review – Overview Report (1996)"
TR_SOURCE = ("Source: typescript, {pages} pages, Fenmoor Archives FAC/ACPC/1996/3. Transcribed by a volunteer, March "
             "2023; checked once against the original.")
TR_CONV_HEAD = "Transcription conventions"
TR_CONV = [
    "Page numbers of the original are given in square brackets, [page 12], where each page of the typescript begins, "
    "even when that is in the middle of a paragraph or a sentence.",
    "Everything else in square brackets is the transcriber’s: notes, [sic] after a word spelled as in the original, "
    "and [illegible] where a word could not be read.",
    "Spelling, punctuation and paragraph numbering are kept as typed, including the spellings of the time.",
    "Handwritten additions in the margins are described in notes and not transcribed.",
]
TR_TITLE = ["FENMOOR AREA CHILD PROTECTION COMMITTEE", "PART 8 REVIEW", "OVERVIEW REPORT", "CHILD S",
            "CONFIDENTIAL – NOT FOR CIRCULATION BEYOND ACPC MEMBERS"]
TR_TITLE_NOTE = "[Transcriber’s note: the title page carries “copy 4 of 12” written by hand in the top right corner.]"
TR_SECTIONS = ["INTRODUCTION", "THE FAMILY", "INVOLVEMENT OF AGENCIES", "ANALYSIS", "CONCLUSIONS"]
TR_NOTES = [
    "[Transcriber’s note: a family tree drawn by hand on this page is not reproduced.]",
    "[Transcriber’s note: the next two lines of the typescript have been struck through and are not transcribed.]",
    "[Transcriber’s note: a marginal tick against this paragraph in pencil.]",
]
TR_OLD = {"show": "shew", "showed": "shewed", "shows": "shews", "focused": "focussed"}

# --------------------------------------------------------------------------
# ocrdump.txt: a domestic homicide review's overview report as a digitisation project's uncorrected OCR text
# --------------------------------------------------------------------------
OC_PROJECT = "Kestlebury Local Studies Digitisation Project (FICTIONAL)"
OC_ITEM = "KLS/CSP/2014/07"
OC_TITLE = "Domestic Homicide Review: Overview Report into the death of Ms V (2014)"
OC_SOURCE = "Kestlebury Community Safety Partnership minutes and papers, bound volume 2014-15, pages {first}-{last}"
OC_HEADER = [
    f"{OC_PROJECT}",
    f"Item {OC_ITEM}: {OC_TITLE}",
    f"Source: {OC_SOURCE}",
    "Text: uncorrected OCR (machine-read, mean word confidence 91.4%). Page headers, page numbers, line breaks and",
    "end-of-line hyphens are kept as read. Each page image begins with a line of equals signs.",
    "Licence: for private study and research. FICTIONAL – for software testing; every person, place and service",
    "named here is invented.",
]
OC_RUN = "KESTLEBURY COMMUNITY SAFETY PARTNERSHIP  DHR – MS V  OVERVIEW REPORT"
OC_RUN_SLIP = "KESTLEBURY COMMUNITY SAFETY PARTNERSHlP  DHR - MS V  OVERV1EW REPORT"
OC_SECTIONS = ["INTRODUCTION", "THE REVIEW PROCESS", "BACKGROUND", "KEY EVENTS", "ANALYSIS", "LESSONS TO BE LEARNED"]
OC_SLIPS = {"the": "tbe", "and": "aud", "was": "vvas", "she": "sbe", "had": "bad", "her": "lier", "not": "uot"}
