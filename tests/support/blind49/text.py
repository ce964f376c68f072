"""Invented prose for the blind49 fixtures: blind17's vocabularies and paragraph maker, with seed 49, and this round's
own words for the publishers imitated (an Irish review panel's title page, a US fatality review team's findings and
recommendations, a regional board's sub-points and recommendations, a child death review group's glossary).
FICTIONAL – for software testing. Every person, place, agency, service and publication named here is invented;
nothing is graphic.
"""

from __future__ import annotations

try:
    from ..blindkit.prose import contains_seq, key_words, norm, para_maker
except ImportError:  # make.py run as a script: blindkit is a top-level package on sys.path
    from blindkit.prose import contains_seq, key_words, norm, para_maker  # type: ignore

__all__ = ["ParaMaker", "contains_seq", "key_words", "norm"]

ParaMaker = para_maker(49)

# --------------------------------------------------------------------------
# nrp.pdf: an Irish national review panel's report (Dunmarra, FICTIONAL)
# --------------------------------------------------------------------------
NRP_COVER_GA = ["An Painéal Náisiúnta Athbhreithnithe", "Tuarascáil ar Athbhreithniú",
                "Athbhreithniú ar bhás duine óig ar a dtugtar \u2018Aoife\u2019"]
NRP_COVER_EN = ["National Review Panel", "Review of the death of a young person known as \u2018Aoife\u2019",
                "in the care of the Dunmarra Child and Family Service"]

# --------------------------------------------------------------------------
# cfr.docx: a county child fatality review team's report (Harlan Ridge County, FICTIONAL)
# --------------------------------------------------------------------------
CFR_CASE = [
    "On 03/14/2023 emergency medical services responded to a 911 call from a residence on Orchard Bend Road and "
    "found an infant, referred to in this report as Baby J, unresponsive in an adult bed. Baby J was pronounced "
    "dead at Harlan Ridge Memorial Hospital later that morning. The medical examiner certified the death as sudden "
    "unexpected infant death with an unsafe sleep environment.",
    "The family had been known to the Harlan Ridge County Department of Children and Family Services since 2021, "
    "when a report about the older sibling was screened in and closed after a family assessment. Between 2021 and "
    "2023 the family also had contact with a home visiting program, two pediatric practices and the county WIC "
    "office.",
]
CFR_FINDINGS = [
    ("Safe sleep", "Safe sleep education was given to the mother at the hospital after Baby J was born, but no "
     "provider asked again where the baby was sleeping once the family was at home. The home visiting nurse saw a "
     "crib in the bedroom on 11/02/2022 and recorded it as in use, although it was stacked with laundry on the "
     "same visit.", [
         "The Harlan Ridge County Health Department should require home visiting nurses to ask at every visit "
         "where the infant slept the night before and to record the answer in the parent's own words, rather "
         "than recording whether a crib is present in the home.",
         "The Team recommends that the county's safe sleep campaign be extended to grandparents and other "
         "relatives who care for infants overnight, since in this case the infant often stayed with family "
         "members who had never received the same guidance as the parents.",
     ]),
    ("Screening decisions", "The report received by the hotline in 2021 was screened in for a family assessment "
     "response. The assessment was closed after a single home visit, and the screening narrative did not mention "
     "the earlier law enforcement call about an argument at the home, which was available in the county's "
     "records at the time.", [
         "The Department of Children and Family Services should revise its screening tool so that prior law "
         "enforcement contacts at the same address are searched and summarized in the screening narrative "
         "before a response pathway is assigned to any report.",
     ]),
    ("Information sharing", "The two pediatric practices that saw Baby J did not know about each other. The "
     "second practice requested records from the first on 01/09/2023, and the records arrived after the death. "
     "Neither practice knew that the family had an open home visiting case or that the mother had missed her "
     "own postpartum appointments.", [
         "The Team recommends that pediatric practices in the county adopt a standard release of information form "
         "at intake, so that records from earlier providers and home visiting programs can be requested on the "
         "first visit and reviewed before the second.",
         "The Harlan Ridge County Medical Society should offer joint training for pediatric office staff and "
         "home visiting nurses on how to share concerns about an infant's care without waiting for a formal "
         "request from the family or from the Department.",
     ]),
    ("Maternal mental health", "The mother told the WIC nutritionist in December 2022 that she was not sleeping "
     "and felt overwhelmed. The nutritionist gave her a leaflet with a helpline number. No screening for "
     "postpartum depression was recorded by any provider after the six week visit that the mother did not "
     "attend.", [
         "The county WIC office should use a validated screening tool for postpartum depression at each infant "
         "certification visit and agree a warm handoff to a named behavioral health provider when a parent "
         "screens positive, instead of handing out leaflets alone.",
     ]),
    ("Substance use in the home", "Law enforcement officers who attended the home on 02/20/2023 for a noise "
     "complaint noted an odor of marijuana and an infant asleep on a couch. No report was made to the hotline. "
     "The officers told the Team that they did not believe the situation met the threshold for a report.", [
         "The Harlan Ridge County Sheriff's Office should issue guidance to deputies that an infant found asleep "
         "on a couch or in an adult bed during a call for service is a reason to give safe sleep information and "
         "to consider a report to the hotline.",
         "The Team recommends that the Sheriff's Office and the Department of Children and Family Services review "
         "together, within twelve months, a sample of calls for service where an infant was present, and report "
         "what they find to the Team at its next annual meeting.",
     ]),
]
CFR_EXEC = [
    "The Harlan Ridge County Child Fatality Review Team reviewed the death of an infant, referred to in this "
    "report as Baby J, who died in March 2023 at four months of age. The review was conducted under the county's "
    "child fatality review protocol adopted in 2019.",
    "The Team made five findings and eight recommendations. They concern safe sleep, screening decisions, "
    "information sharing between providers, maternal mental health and the response of law enforcement to "
    "infants found sleeping unsafely. The implementation status of each recommendation is tracked in the table "
    "at the end of this report.",
]
CFR_LEADS = {  # recommendation -> lead agency, status
    "1.1": ("County Health Department", "In progress"), "1.2": ("County Health Department", "Not started"),
    "2.1": ("Dept. of Children and Family Services", "Complete"), "3.1": ("Pediatric practices", "In progress"),
    "3.2": ("County Medical Society", "Not started"), "4.1": ("County WIC Office", "In progress"),
    "5.1": ("Sheriff's Office", "Complete"), "5.2": ("Sheriff's Office; DCFS", "Not started"),
}

# --------------------------------------------------------------------------
# cmr.html: a regional safeguarding board's case management review summary (Dunleagh, FICTIONAL)
# --------------------------------------------------------------------------
CMR_SUBS = {
    3: ("The review panel was asked to consider:", [
        "the involvement of each agency with Child M and her mother from the date of the first referral;",
        "whether the threshold for a child protection case conference was applied consistently;",
        "the extent to which the views of Child M were sought and recorded;",
        "any learning for the way in which agencies in the Dunleagh region work together.",
    ]),
    9: ("The panel identified the following points at which a different response might have been made:", [
        "when the school reported that Child M had been collected late on eleven occasions in one term;",
        "when the mother's tenancy at Glenmoy Court was ended and the family moved between relatives;",
        "when the health visitor's concerns were discussed by telephone but no referral followed.",
    ]),
}
CMR_RECS_SINGLE = [
    "The Ardnagh Health and Social Care Trust should ensure that every closure of a family support case is agreed "
    "with the referrer and that the reasons for closure are recorded in terms the family can understand.",
    "The Dunleagh Education Authority should remind schools that a pattern of late collection is a safeguarding "
    "concern in its own right and should be discussed with the designated teacher on each occasion.",
    "The housing association should notify the Trust's gateway team when a family with a child under five is "
    "evicted or leaves a tenancy without a forwarding address, with the family's knowledge where possible.",
]
CMR_RECS_REGIONAL = [
    "The Board should commission multi-agency training on the impact of frequent moves on young children, drawing "
    "on the experience of Child M, and should evaluate its effect on referrals within eighteen months.",
    "The Board should ask each member agency to report, within six months, on how the views of young children are "
    "recorded in assessments, and should publish a summary of those reports.",
    "The Board should review its escalation policy so that a practitioner who disagrees with a decision not to "
    "convene a case conference knows whom to contact and how quickly a reply should follow.",
]

# --------------------------------------------------------------------------
# cdr.html: a child and youth mortality review group's review (Te Awa Rua, FICTIONAL)
# --------------------------------------------------------------------------
CDR_GLOSSARY = [
    ("Whānau", "Extended family. The review uses the word for the wider family network around the child, which "
     "in this case included grandparents, aunts and cousins."),
    ("Lead maternity carer", "The midwife or doctor responsible for a woman's care in pregnancy and for six weeks "
     "after the birth."),
    ("Well child provider", "The nursing service that offers regular checks for children from six weeks to five "
     "years of age."),
]
CDR_EXTRA = {  # a second <p> inside a definition (the paragraph goes on)
    "3.4": "The review group notes that the same worker had raised the same concern about transport in a team "
           "meeting some months earlier, and that the minutes of that meeting record no action.",
    "5.2": "This recommendation is directed to the regional health board, which has agreed to report progress to "
           "the review group within a year of publication.",
}
CDR_BULLETS = {  # a <ul> inside a definition, after its first <p>
    "4.2": ["whether the family had a working telephone;", "who would drive the child to appointments;",
            "which service would follow up a missed appointment."],
}
