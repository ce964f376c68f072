"""Invented prose for the blind50 fixtures: blind17's vocabularies and paragraph maker (through blindkit.prose) with
seed 50, and this round's own title blocks, footnotes and OCR misreadings. FICTIONAL – for software testing. Every
person, place, agency, service and publication named here is invented; nothing is graphic.
"""

from __future__ import annotations

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is a top-level package on sys.path
    from blindkit import prose as _prose  # type: ignore

contains_seq, key_words, norm = _prose.contains_seq, _prose.key_words, _prose.norm
ParaMaker = _prose.para_maker(50)


def typed(s: str) -> str:
    """The text as a typewriter or a line printer has it: straight quotes and apostrophes."""
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


# --------------------------------------------------------------------------
# scan1987.pdf: a typewritten inquiry report, scanned, with an OCR text layer (Hallerby, FICTIONAL)
# --------------------------------------------------------------------------
SC_COVER = [
    "FICTIONAL - FOR SOFTWARE TESTING",
    "",
    "HALLERBY METROPOLITAN BOROUGH COUNCIL",
    "",
    "REPORT OF THE INDEPENDENT INQUIRY",
    "INTO THE CARE OF DANIEL ROSSITER",
    "",
    "Chairman: Mr G. T. Allonby",
    "",
    "FEBRUARY 1987",
    "",
    "Every person, place and service named",
    "in this report is invented.",
]
SC_STAMP = ("RECEIVED 14 MAR 1987", "RECEIVED l4 MAR l987")  # as stamped, as the OCR read it
# the OCR's misreadings of typed paragraph numbers: printed number -> what the text layer says
SC_NUMBER_SLIPS = {"1.2": "l.2", "2.3": "2,3", "3.10": "3.I0", "4.1": "4.l"}
# the OCR's misreadings of words inside paragraphs (never among a paragraph's first eight or last six words)
SC_WORD_SLIPS = [("m", "rn"), ("e", "c"), ("l", "1"), ("o", "0")]

# --------------------------------------------------------------------------
# wp51.docx: a report typed in WordPerfect 5.1, converted to Word (Pennock Bridge, FICTIONAL)
# --------------------------------------------------------------------------
WP_COVER = [
    "FICTIONAL - FOR SOFTWARE TESTING",
    "",
    "PENNOCK BRIDGE AREA CHILD PROTECTION COMMITTEE",
    "",
    "PART 8 CASE REVIEW",
    "OVERVIEW REPORT: CHILD M",
    "",
    "November 1994",
    "",
    "Every person, place and service named in this report is invented.",
]

# --------------------------------------------------------------------------
# lineprint.txt: a committee report printed to a file through a line printer driver (Keldmoor, FICTIONAL)
# --------------------------------------------------------------------------
LP_TITLE = [
    "KELDMOOR COUNTY COUNCIL",
    "SOCIAL SERVICES COMMITTEE - 12 SEPTEMBER 1991",
    "REVIEW OF THE CIRCUMSTANCES SURROUNDING THE DEATH OF AARON PASK",
    "REPORT OF THE DIRECTOR OF SOCIAL SERVICES",
]
LP_NOTE = ("FICTIONAL - FOR SOFTWARE TESTING. Every person, place and service named in this report is invented. "
           "Item 7 on the agenda; the appendices are available from the Committee Clerk.")

# --------------------------------------------------------------------------
# rtftohtml.htm: a 1996 report converted from RTF for an early web site (Wystan Abbey, FICTIONAL)
# --------------------------------------------------------------------------
RH_FOOTNOTES = {
    "2.2": "Working Together under the Children Act 1989, the edition current at the time.",
    "3.3": "The case conference minutes were typed up eleven days after the meeting.",
    "4.2": "Wystan Abbey Area Child Protection Committee, Procedures, section 6, revised in 1995.",
}

# --------------------------------------------------------------------------
# typescript.md: a typescript transcribed line for line into Markdown (Corvedale, FICTIONAL)
# --------------------------------------------------------------------------
TS_HEAD = [
    "# Report of the Review Panel: Sophie Garland (1983)",
    "*FICTIONAL \u2013 for software testing. Every person, place and service named here is invented.*",
    "*Transcribed line for line from the typescript held by the Corvedale Record Office (fictional). The "
    "typist's page numbers are kept where they fall.*",
    "CORVEDALE AND DISTRICT COUNCIL\nSOCIAL SERVICES DEPARTMENT",
]
