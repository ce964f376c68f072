"""Invented prose for the blind75 fixtures: blind17's vocabularies and paragraph maker, with seed 75; and this round's
own furniture for reviews and analyses full of figures: charts drawn with real text labels, data tables whose first
column holds decimals or numbered rows, an infographic page, a chart exported as an image, percentages, rates and
ranges in running text. FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board, figure,
rate and date named here is invented; nothing is graphic.

Each body: ("h", heading) a heading; (number, words) a paragraph, its words made by the paragraph maker, with the
figure sentence of FIGURES (if any) put after its first sentence; ("cut", number, words, block) a paragraph
interrupted mid-sentence by a full-width block (a chart or a table) and carried on after it; ("chart", name),
("table", name), ("image", name), ("info", name) blocks that belong to no paragraph.
"""

from __future__ import annotations

import os
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, first_sentence, key_words, norm = _prose.contains_seq, _prose.first_sentence, _prose.key_words, \
    _prose.norm
ParaMaker = _prose.para_maker(75)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place, service and figure named here is invented."
WORD = "Microsoft\u00ae Word for Microsoft 365"

# --------------------------------------------------------------------------
# charts.pdf: a partnership's annual report saved by Word, two vector charts with real text labels
# --------------------------------------------------------------------------
CH_TITLE = "Annual Report 2024-25: Learning from Reviews (fictional)"
CH_ORG = "Ellerby Vale Safeguarding Children Partnership"
CH_HEAD = "Ellerby Vale SCP (fictional) \u2013 Annual Report 2024-25"
CH_BODY = [
    ("h", "1. Introduction"),
    ("1.1", 92), ("1.2", 108), ("1.3", 84),
    ("h", "2. Reviews this year"),
    ("2.1", 112), ("cut", "2.2", 118, "fig21"), ("2.3", 96), ("2.4", 104),
    ("h", "3. Where the reviews came from"),
    ("3.1", 101), ("chart", "fig32"), ("3.2", 116), ("3.3", 90),
    ("h", "4. What we will do next"),
    ("4.1", 109), ("4.2", 94), ("4.3", 87),
]
CH_FIGURES = {
    "1.2": "The rate of rapid reviews rose from 1.6 to 2.5 per 1,000 children between 2022-23 and 2024-25.",
    "2.1": "Neglect was a feature in 4.3% of the notifications made in the first quarter, and in 2.1 in every 10 "
           "by the year\u2019s end.",
    "2.3": "Between 3 and 7 agencies were involved with each family, 4.6 on average.",
    "3.1": "Figure 3.2 shows the rate in each locality, from 0.9 per 1,000 in Thornby to 2.1 in Ellerby town.",
    "3.3": "In 2.5% of cases the referral came from a neighbour.",
    "4.1": "We expect the rate to settle between 1.8 and 2.2 per 1,000 in 2025-26.",
}
# a vertical bar chart: y ticks at the left margin, data labels over the bars, a legend, a title and a source note
CH_FIG21 = {
    "title": "Figure 2.1: Rapid reviews per 1,000 children, 2020-21 to 2024-25 (fictional)",
    "axis": "Rate per 1,000 children",
    "ticks": ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"],
    "cats": ["2020-21", "2021-22", "2022-23", "2023-24", "2024-25"],
    "series": [("Ellerby Vale", [1.2, 1.4, 1.6, 2.1, 2.5]), ("England (fictional)", [1.1, 1.3, 1.3, 1.5, 1.7])],
    "source": "Source: Ellerby Vale SCP review log, 2020-21 to 2024-25 (fictional data).",
}
# a horizontal bar chart: the values printed at the left margin before each locality's name and bar
CH_FIG32 = {
    "title": "Figure 3.2: Rate of notifications per 1,000 children, by locality, 2024-25 (fictional)",
    "rows": [("2.1", "Ellerby town"), ("1.7", "Marsh End"), ("1.4", "Kettlewick"), ("1.2", "Hobb Cross"),
             ("0.9", "Thornby")],
    "source": "Source: notifications to the national panel, April 2024 to March 2025 (fictional data).",
}

# --------------------------------------------------------------------------
# tables.pdf: a thematic analysis of reviews, data tables split over page breaks, figures in running text
# --------------------------------------------------------------------------
TB_TITLE = "Thematic Analysis of Safeguarding Adults Reviews 2019-2024 (fictional)"
TB_ORG = "Corraby and Wend Safeguarding Adults Board"
TB_HEAD = "SAR thematic analysis (fictional)"
TB_BODY = [
    ("h", "1. Scope of the analysis"),
    ("1.1", 96), ("1.2", 112), ("1.3", 88),
    ("h", "2. The reviews in numbers"),
    ("2.1", 104), ("table", "tab1"), ("2.2", 118), ("2.3", 99),
    ("cut", "2.4", 122, "tab2"),
    ("2.5", 91),
    ("h", "3. Themes"),
    ("3.1", 114), ("3.2", 102), ("3.3", 93),
    ("h", "4. Conclusions"),
    ("4.1", 107), ("4.2", 86),
]
TB_FIGURES = {
    "1.2": "The 48 reviews cover 2.5 per 1,000 adults known to care services, a range of 1.1 to 3.9 across the six "
           "boards.",
    "2.1": "Self-neglect was a theme in 4.3% of reviews in 2019 and in 31.2% by 2024.",
    "3.2": "Between 2 and 11 agencies took part in each review.",
    "4.1": "Of 126 recommendations, 63.5% were about practice and 36.5% about systems.",
}
# the sentence that must begin a printed line inside a paragraph (tried after each sentence of these paragraphs,
# with each lead-in, until one wrap puts it at a line's start)
TB_LINE_START = "12.5% of the adults named in the reviews lived alone with no regular visitor."
TB_LINE_CANDIDATES = ["2.2", "2.3", "3.1", "3.3"]
TB_LEADINS = ["", "The figures are small.", "The figures are small, and they vary.",
              "The numbers are small, and they vary from year to year.", "Some figures stand out."]
TB_TAB1 = {
    "caption": "Table 1: Reviews by year and by board (fictional)",
    "head": ["Year", "Reviews", "Per 1,000 adults", "Share"],
    "rows": [["2019", "6", "0.8", "12.5%"], ["2020", "7", "1.0", "14.6%"], ["2021", "9", "1.3", "18.8%"],
             ["2022", "8", "1.1", "16.7%"], ["2023", "10", "1.4", "20.8%"], ["2024", "8", "1.1", "16.7%"]],
    "source": "Source: SAR library of the six boards (fictional data).",
}
TB_TAB2 = {
    "caption": "Table 2: Themes found in the reviews, by reference (fictional)",
    "head": ["Ref", "Theme", "Reviews", "Share"],
    "rows": [["3.1", "Self-neglect and hoarding", "42", "17%"], ["3.2", "Mental capacity", "38", "15%"],
             ["3.3", "Hospital discharge", "31", "13%"], ["3.4", "Carers\u2019 assessments", "27", "11%"],
             ["3.5", "Alcohol and drug use", "24", "10%"], ["3.6", "Housing and homelessness", "22", "9%"],
             ["3.7", "Information sharing", "20", "8%"], ["3.8", "Domestic abuse", "14", "6%"],
             ["3.9", "Financial abuse", "12", "5%"], ["3.10", "Transition from children\u2019s services", "9",
                                                        "4%"],
             ["3.11", "Fire risk", "6", "2%"]],
    "source": "Source: coding of 48 reviews by two analysts; a review may have several themes (fictional data).",
}

# --------------------------------------------------------------------------
# infographic.pdf: a board's annual summary from InDesign: an infographic page, a chart as an image
# --------------------------------------------------------------------------
IG_TITLE = "Learning from Reviews: Annual Summary 2024 (fictional)"
IG_ORG = "Saltmere Safeguarding Adults Board"
IG_HEAD = "Saltmere SAB (fictional) \u2013 Annual Summary 2024"
IG_BODY = [
    ("h", "Our year"),
    ("1", 94), ("2", 110), ("3", 86),
    ("info", "facts"),
    ("h", "What the reviews found"),
    ("4", 117), ("5", 101), ("image", "fig4"), ("6", 123), ("7", 96),
    ("h", "What we have changed"),
    ("8", 112), ("9", 99), ("10", 120), ("11", 89),
    ("h", "Next year"),
    ("12", 104), ("13", 92),
]
IG_FIGURES = {
    "2": "About 1 in 4 of the concerns raised with us came from a neighbour or a friend.",
    "4": "The reviews found 2.5 missed chances on average, and 68% of them were in the last 6 months of life.",
    "7": "Waiting times for an assessment fell from 14.5 days to 9.2 days.",
    "10": "In 4.3% of cases the adult was not told that a concern had been raised.",
}
IG_FACTS = [("1 in 4", "concerns came from a neighbour or friend"), ("312", "safeguarding concerns received"),
            ("4.3", "reviews started each quarter on average"), ("68%", "of missed chances were in the last six "
                                                                       "months"),
            ("2.5", "missed chances per review"), ("9.2 days", "average wait for an assessment")]
IG_FACTS_TITLE = "2024 at a glance"
IG_FIG4 = {
    "caption": "Figure 4: Concerns by type of abuse, 2022 to 2024 (fictional)",
    "source": "Source: Saltmere SAB data set (fictional).",
    "values": [(42, 38), (31, 35), (22, 26), (17, 15), (9, 12)],
}
IG_CREATOR = "Adobe InDesign 19.2 (Windows)"
IG_PRODUCER = "Adobe PDF Library 17.0"

# --------------------------------------------------------------------------
# annual.docx: a board's annual report in Word: a data table with a repeated header row, a chart as a picture
# --------------------------------------------------------------------------
AN_TITLE = "Annual Report 2024-25 (fictional)"
AN_ORG = "Pellingham Safeguarding Adults Board"
AN_BODY = [
    ("h", "1. About this report"),
    ("1.1", 90), ("1.2", 106),
    ("h", "2. The year in figures"),
    ("2.1", 118), ("image", "fig2"), ("2.2", 101), ("cut", "2.3", 116, "tab1"), ("2.4", 94),
    ("h", "3. Learning from reviews"),
    ("3.1", 122), ("3.2", 99), ("3.3", 110), ("3.4", 88),
]
AN_FIGURES = {
    "1.2": "The board received 1,204 concerns, 2.5 per 1,000 adults, and 31.4% led to an enquiry.",
    "2.1": "Concerns rose by 12.5% on the year before, within the range of 8% to 14% that we forecast.",
    "3.2": "In 4.3% of enquiries the adult\u2019s views were not recorded.",
}
AN_FIG2_CAPTION = "Figure 2: Concerns per 1,000 adults, 2020-21 to 2024-25 (fictional)"
AN_FIG2_SOURCE = "Source: Pellingham SAB safeguarding data set (fictional data)."
AN_TAB1 = {
    "caption": "Table 1: Enquiries by type of abuse (fictional)",
    "head": ["Type of abuse", "Enquiries", "Per 1,000", "Share"],
    "rows": [["1.1 Neglect and acts of omission", "142", "0.9", "36.7%"], ["1.2 Financial", "71", "0.5", "18.3%"],
             ["1.3 Physical", "64", "0.4", "16.5%"], ["1.4 Psychological", "48", "0.3", "12.4%"],
             ["1.5 Self-neglect", "37", "0.2", "9.6%"], ["1.6 Domestic abuse", "25", "0.2", "6.5%"]],
    "source": "Source: Pellingham SAB safeguarding data set; the numbers in the first column are the data set's "
              "category codes (fictional data).",
}
AN_FACTS = [("1,204", "concerns"), ("1 in 3", "led to an enquiry"), ("2.5", "per 1,000 adults")]

# --------------------------------------------------------------------------
# release.html: an analysis published as a statistics web page: key facts, an SVG chart, a data table
# --------------------------------------------------------------------------
RL_TITLE = "Domestic Homicide Reviews: Analysis of Reviews Published 2020 to 2024 (fictional)"
RL_ORG = "Northfold Community Safety Partnership"
RL_BODY = [
    ("facts", None),
    ("h", "1. Main findings"),
    ("1.1", 98), ("1.2", 114), ("1.3", 87),
    ("h", "2. Who the reviews were about"),
    ("2.1", 109), ("svg", "fig1"), ("2.2", 121), ("2.3", 95),
    ("h", "3. Agencies and contacts"),
    ("3.1", 116), ("table", "tab1"), ("3.2", 102), ("3.3", 91),
    ("h", "4. About these statistics"),
    ("4.1", 105), ("4.2", 89),
]
RL_FIGURES = {
    "1.1": "The 37 reviews published in the five years are 2.5 per 1,000,000 residents each year.",
    "1.2": "In 1 in 4 reviews the victim had told a friend; in 4.3% she had told no one.",
    "2.2": "Victims were aged 19 to 82, with a median of 41.5 years.",
    "3.1": "Table 1 lists contacts by agency, from 0.5 to 12.5 contacts per review.",
}
RL_FACTS = [("37", "reviews published, 2020 to 2024"), ("1 in 4", "victims had told a friend"),
            ("12.5", "contacts with services per review, on average"), ("4.3%", "had told no one")]
RL_FIG1 = {
    "title": "Figure 1: Age of victims at the time of death, reviews published 2020 to 2024 (fictional)",
    "ticks": ["0.0", "2.5", "5.0", "7.5", "10.0", "12.5"],
    "cats": ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"],
    "values": [3, 8, 11, 7, 5, 3],
    "source": "Source: Northfold CSP review library (fictional data).",
}
RL_TAB1 = {
    "caption": "Table 1: Contacts with services in the year before the death, by agency (fictional)",
    "head": ["Ref", "Agency", "Reviews with contact", "Contacts per review"],
    "rows": [["3.1", "Police", "31", "4.2"], ["3.2", "GP practice", "29", "3.1"], ["3.3", "Hospital",
                                                                                  "24", "2.5"],
             ["3.4", "Housing", "17", "1.4"], ["3.5", "Substance misuse service", "9", "0.8"],
             ["3.6", "IDVA service", "8", "0.5"]],
    "source": "Source: Northfold CSP review library; references are the library's agency codes (fictional data).",
}
