"""Invented prose for the blind38 fixtures: blind17's vocabularies and paragraph maker, with seed 38, and this round's
own apparatus: footnotes, endnotes, a chronology table, the notes of a web page.
FICTIONAL – for software testing. Every person, place, agency, service, protocol and publication named here is
invented; nothing is graphic. The long chronology of blind17 is not used in this round.
"""

from __future__ import annotations

import importlib.util
import os

try:
    from ..blind17 import text as _blind17
except ImportError:  # make.py run as a script: blind17's module by its path
    _spec = importlib.util.spec_from_file_location(
        "blind17_text", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind17", "text.py"))
    assert _spec is not None and _spec.loader is not None
    _blind17 = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_blind17)

contains_seq, first_sentence, key_words, norm = (_blind17.contains_seq, _blind17.first_sentence,
                                                 _blind17.key_words, _blind17.norm)


class ParaMaker(_blind17.ParaMaker):
    def __init__(self, seed: int = 38) -> None:
        super().__init__(seed)


# --------------------------------------------------------------------------
# footmarks.pdf: a domestic homicide review's footnotes (Ashmarrow, FICTIONAL)
# --------------------------------------------------------------------------
# a short first sentence, so that the note mark after it falls among the paragraph's first eight words
FM_FIRST = "This review began in May 2023."
# a closing sentence that ends with a year, so that the mark after it reads "2019.9" in the text layer
FM_YEAR = "The housing allocations policy then in force had last been revised in 2019."
FM_NOTES = {
    "FIRST": "Ashmarrow Community Safety Partnership (FICTIONAL), decision of the review panel chair, 4 May 2023.",
    "END": ["Terms of reference agreed by the review panel on 19 June 2023; they are set out in full in Appendix A.",
            "Ashmarrow Police (FICTIONAL), incident log 2111-0482, 14 November 2021.",
            "The partnership publishes its action plan separately and reports on it every six months."],
    "MID": "The IDVA service (FICTIONAL) gave the panel a redacted chronology of 38 entries.",
    "PAIR": ["Ashmarrow Domestic Abuse Partnership (FICTIONAL), Separation and risk: a practice briefing, 2022.",
             "See also the partnership\u2019s 2021 learning event on stalking after separation (FICTIONAL)."],
    "YEAR": "Ashmarrow Council (FICTIONAL), Housing allocations policy, version 6, section 9.",
}
# the long footnote that Word continues on the next page: its words before "paragraph" vary (how many agencies
# replied, and how the sentence about merging is put) until the continuation on the next page begins "3.4 of the"
FM_LONG_HEADS = [
    "The panel asked every agency in Ashmarrow for its records of contact with Tamsin and with Mr Rees from January "
    "2020 until her death.",
    "The panel wrote to every agency in Ashmarrow for its records of contact with Tamsin and with Mr Rees from January "
    "2020 until the day of her death.",
    "At its first meeting the panel asked every agency in Ashmarrow for its records of contact with Tamsin and with Mr "
    "Rees from January 2020 until her death.",
]
FM_LONG_AGENCIES = ["Ashmarrow Police", "the Pellin Road surgery", "the IDVA service",
                    "Ashmarrow Council housing options", "the Beckwith recovery service", "Ashmarrow General Hospital",
                    "the community midwives", "the probation service", "the Corvenholt school nurses",
                    "the victims\u2019 hub", "the Ashmarrow Homes tenancy team", "the ambulance service"]
# sentences put in after the agencies, as many as the wording needs (none, the first, the first two ...)
FM_LONG_MORE = [
    "Four of them said that they had had no contact with either of them in that period.",
    "Two agencies sent their records late, after the panel had met for a second time in September 2023.",
    "The GP practice sent a summary of Tamsin\u2019s consultations rather than a chronology, and the panel accepted "
    "it.",
    "The panel also read the records of the county court, which Tamsin\u2019s solicitor obtained with her "
    "family\u2019s consent.",
]
FM_LONG_COUNT = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"]
FM_LONG_MERGES = [
    "Their chronologies were merged in the format set out in paragraph",
    "Their chronologies were merged by the administrator in the format set out in paragraph",
    "Their chronologies were then merged by the panel\u2019s administrator in the format set out in paragraph",
    "The administrator merged their chronologies in the common format set out in paragraph",
    "The chronologies were merged in the single format that is set out in paragraph",
    "The panel\u2019s administrator merged the chronologies in the format set out in paragraph",
]
FM_LONG_TAIL = ("3.4 of the Ashmarrow MARAC operating protocol (FICTIONAL, 2021 edition), which asks for the date, the "
                "agency, the contact and what was done. The merged chronology runs to 214 entries; it is held by the "
                "partnership and is not published.")

# --------------------------------------------------------------------------
# sideways.pdf: a safeguarding adults review typeset with LaTeX (Ellerbrack, FICTIONAL)
# --------------------------------------------------------------------------
SW_AGENCIES = [("Agency", "Contribution"),
               ("Ellerbrack Council adult social care", "Chronology, report and interviews"),
               ("Ellerbrack and Fennhay NHS Trust", "Chronology and report"),
               ("Kestle Row medical practice", "Chronology"),
               ("Fennhay Housing Association", "Chronology and interview"),
               ("Ellerbrack fire and rescue service", "Chronology")]
SW_CHRONOLOGY = [
    ("Date", "Agency", "Contact", "Outcome"),
    ("04/03/2021", "Kestle Row medical practice", "Annual review, missed", "Letter sent; no reply"),
    ("19/04/2021", "Fennhay Housing Association", "Gas safety visit", "No access; card left"),
    ("02/06/2021", "Adult social care", "Referral from GP", "Closed: declined support"),
    ("27/07/2021", "Fire and rescue service", "Home safety visit", "Two alarms fitted"),
    ("15/09/2021", "Ellerbrack and Fennhay NHS Trust", "Emergency department", "Fall; home the same day"),
    ("08/11/2021", "Fennhay Housing Association", "Rent arrears letter", "No reply"),
    ("21/12/2021", "Adult social care", "Referral from ambulance", "Information only"),
    ("11/02/2022", "Kestle Row medical practice", "Telephone review", "Medication changed"),
    ("30/03/2022", "Fennhay Housing Association", "Visit about clutter", "Referral to the council"),
    ("26/05/2022", "Adult social care", "Self-neglect referral", "Allocated after 5 weeks"),
    ("14/07/2022", "Ellerbrack and Fennhay NHS Trust", "Admission after a fall", "Discharged on day 6"),
    ("03/10/2022", "Fire and rescue service", "Second home visit", "Not completed"),
]
SW_CAPTION_1 = "Agencies that contributed to the review"
SW_CAPTION_2 = "Chronology of contacts with Mr Pellow, March 2021 to October 2022"
SW_CAPTION_2_SHORT = "Chronology of contacts, 2021 to 2022"  # \caption[short]{...}: the list of tables' entry
SW_XREF = "Table 3.1 sets out the contacts that agencies had with Mr Pellow in those nineteen months."

# --------------------------------------------------------------------------
# sectnotes.pdf: a child safeguarding practice review with endnotes at the end of each section (Corvenholt, FICTIONAL)
# --------------------------------------------------------------------------
SN_FIRST = "This review started in September 2023."
SN_YEAR = "The thresholds document used at the front door dated from 2021."
SN_NOTES = {
    "FIRST": "Corvenholt Safeguarding Children Partnership (FICTIONAL), rapid review of 28 August 2023.",
    "END": ["The national panel agreed with the partnership\u2019s decision in October 2023 (FICTIONAL).",
            "Ellis\u2019s mother met the reviewer twice, at home and at a family centre in Orbury.",
            "The school\u2019s own record of these contacts was shared with the review in December 2023.",
            "The partnership\u2019s response to each finding is in its separate action plan."],
    "MID": ["Health visiting records were held on two systems until the service moved to a single record.",
            "The panel met six times between October 2023 and April 2024."],
    "YEAR": "Corvenholt Safeguarding Children Partnership (FICTIONAL), Continuum of need, 2021 edition.",
}

# --------------------------------------------------------------------------
# wordnotes.docx: a safeguarding adults review's Word footnotes and endnotes (Quellbury, FICTIONAL)
# --------------------------------------------------------------------------
WN_CUSTOM = ("This review is about Derek, who died at home in Quellbury in March 2023.", "Derek")
WN_CUSTOM_NOTE = "Derek is not his real name; his sister chose it for this report."
WN_FOOTNOTES = {
    "FNEND": ["Quellbury Safeguarding Adults Board (FICTIONAL), terms of reference for this review, July 2023.",
              "Quellbury Council adult social care (FICTIONAL), case note of 12 October 2022."],
    "FNMID": "The day centre closed in 2020 and its records are held by the council.",
    "FN2P": ["The board\u2019s self-neglect procedures (FICTIONAL) were revised in 2022.",
             "6.3 \u201cWhere an adult declines support, the lead agency should arrange a multi-agency meeting "
             "within ten working days.\u201d"],
}
WN_ENDNOTES = ["Care and support in Quellbury: annual report of the safeguarding adults board, 2022 (FICTIONAL).",
               "Interviews with practitioners were held in November 2023.",
               "The board\u2019s action plan is published with this report (FICTIONAL)."]

# --------------------------------------------------------------------------
# inlinenotes.html: a safeguarding adults board's WordPress post with Modern Footnotes (Dranmoor, FICTIONAL)
# --------------------------------------------------------------------------
IN_FIRST = "The board agreed this review in 2022."
IN_YEAR = "The board\u2019s escalation policy had last been reviewed in 2020."
IN_NOTES = {
    "FIRST": "Dranmoor Safeguarding Adults Board (FICTIONAL), minutes of the case review group, 8 September 2022.",
    "END": ["Mrs Varga\u2019s son met the reviewer twice and read a draft of this report.",
            "Dranmoor Community Health (FICTIONAL), district nursing records, January to March 2022.",
            "The panel heard this from three practitioners at the learning event in May 2023.",
            "The board will report on its action plan in its annual report for 2024 to 2025."],
    "MID": "The <em>Dranmoor multi-agency self-neglect protocol</em> (FICTIONAL) was first published in 2019.",
    "MID2P": ["Dranmoor Council (FICTIONAL), adult social care front door procedures, section 4.",
              "The procedures were rewritten in 2023, after the period this review looks at."],
    "YEAR": "Dranmoor Safeguarding Adults Board (FICTIONAL), <a href=\"https://www.dranmoor-sab.org.uk/escalation/\">"
            "Resolving professional disagreements</a>, 2020.",
}
