"""Invented prose for the blind45 fixtures: blind17's vocabularies and paragraph maker, with seed 45, and this round's
own site furniture, panels, certificate lines and link texts. FICTIONAL – for software testing. Every person, place,
agency, service, address and publication named here is invented; nothing is graphic.
"""

from __future__ import annotations

try:
    from ..blindkit import prose
except ImportError:  # make.py run as a script: tests/support is on sys.path
    from blindkit import prose  # type: ignore

contains_seq, norm = prose.contains_seq, prose.norm
ParaMaker = prose.para_maker(45)


# --------------------------------------------------------------------------
# sliced.pdf: a partnership's web page printed by its "Download PDF" button (wkhtmltopdf) (Quarrendon, FICTIONAL)
# --------------------------------------------------------------------------
SL_SITE = "Quarrendon Safeguarding Children Partnership"
SL_NAV = ["Home", "Children and families", "Professionals", "Reviews", "Training", "Contact us"]
SL_INTRO = ("This page publishes the review in full. The partnership thanks Ellis’s grandmother, who met the "
            "reviewer twice and asked that the review be published so that other families are heard sooner.")
SL_AFTER = ["Was this page helpful? Yes | No",
            "© 2025 Quarrendon Safeguarding Children Partnership (FICTIONAL). Registered office: Mill Yard, "
            "Quarrendon QN4 7TT (an invented address)."]

# --------------------------------------------------------------------------
# signed.pdf: a final report sent for signature through DocuSign (Ashcombe Vale, FICTIONAL)
# --------------------------------------------------------------------------
SG_ENVELOPE = "7E3B9A41-2C5D-4F80-B6A1-93D0E5C27F14"
SG_SIGNERS = [("Amira Castell", "Independent Chair, Ashcombe Vale SAB", "AC", "4D2C8E1F9A7B4C35",
               "81.2.69.142", "14/03/2025 | 10:42"),
              ("Gareth Penhallow", "Business Manager, Ashcombe Vale SAB", "GP", "B07A51D6E2C94F18",
               "81.2.69.160", "14/03/2025 | 11:05")]
SG_SIGNOFF = ("This report was agreed by the Ashcombe Vale Safeguarding Adults Board at its meeting on 6 March 2025 "
              "and is signed on the Board’s behalf by its independent chair and its business manager.")
SG_CERT = [
    ("Envelope Id: " + SG_ENVELOPE, "Status: Completed"),
    ("Subject: Please DocuSign: SAR Mrs Orrin final report v7.pdf", ""),
    ("Source Envelope:", ""),
    ("Document Pages: {pages}", "Signatures: 2"),
    ("Certificate Pages: 1", "Initials: {initials}"),
    ("AutoNav: Enabled", "Envelope Originator:"),
    ("EnvelopeId Stamping: Enabled", "Gareth Penhallow"),
    ("Time Zone: (UTC) Dublin, Edinburgh, Lisbon, London", "g.penhallow@ashcombevale-sab.example"),
    ("", "IP Address: 81.2.69.160"),
]
SG_EVENTS = [
    ("Envelope Sent", "Hashed/Encrypted", "11/03/2025 | 16:02"),
    ("Certified Delivered", "Security Checked", "14/03/2025 | 10:31"),
    ("Signing Complete", "Security Checked", "14/03/2025 | 11:05"),
    ("Completed", "Security Checked", "14/03/2025 | 11:05"),
]

# --------------------------------------------------------------------------
# pages.docx: a review written in Apple Pages and exported to Word (Fellbridge, FICTIONAL)
# --------------------------------------------------------------------------
PG_QUOTE = ("“Every time somebody new came, Mum had to tell the whole story again from the start.” "
            "– Jayden’s older sister")
PG_GLANCE = [
    "At a glance",
    "Jayden was fourteen when he was found to have been exploited by adults outside his family.",
    "Eleven services knew him in the two years the review covers.",
    "The review makes four findings and the partnership has accepted all of them.",
]

# --------------------------------------------------------------------------
# confluence.html: a review drafted in a partnership's Confluence space and exported to HTML (Brackwater, FICTIONAL)
# --------------------------------------------------------------------------
CF_SPACE = "Safeguarding Adults Reviews"
CF_FACTS = ["Mr Ferris was 68 and lived alone in a first-floor flat on Tansy Row.",
            "Six agencies had contact with him in the fourteen months under review.",
            "He had been assessed as able to make his own decisions about his care."]
CF_NOTES = {
    "2.2": ("Practice note", "Paragraphs 2.2 and 2.3 draw on the chronology that each agency supplied; the "
            "panel checked every date against the original records."),
    "3.3": ("Panel comment", "3 agencies asked for this finding to be worded more strongly; the chair agreed."),
}
CF_CHRONO = [("12.01.2024", "Ambulance service", "Attended after a fall; declined conveyance."),
             ("03.02.2024", "Community nursing", "Pressure area care; flat described as cold."),
             ("27.03.2024", "Adult care hub", "Safeguarding concern closed after a telephone call.")]

# --------------------------------------------------------------------------
# lynxdump.txt: a review web page dumped to text with lynx -dump (Harrowgate Fold, FICTIONAL)
# --------------------------------------------------------------------------
LX_SITE = "Harrowgate Fold Community Safety Partnership"
LX_NAV = ["Home", "Domestic abuse", "Reviews", "Get help now", "Contact"]
# link texts put into the middle of paragraphs (lynx numbers every link it prints)
LX_LINKS = ["the partnership’s domestic abuse strategy", "the Home Office statutory guidance",
            "the local multi-agency risk conference protocol", "the training calendar"]
