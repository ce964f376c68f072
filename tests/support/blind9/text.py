"""Prose for the blind9 fixtures.  Every person, place and agency is invented.

Paragraph bodies are plain strings.  ``[^n]`` marks a superscript footnote
reference (used only in the two-column PDF); it is not part of the key text.
"""

FICTIONAL = "FICTIONAL \u2013 for software testing"

# ---------------------------------------------------------------------------
# 1. style-numbering.docx  -- Safeguarding Adults Review, Mr Desmond Rook
# ---------------------------------------------------------------------------
SAR_TITLE = "Safeguarding Adults Review: Mr Desmond Rook"
SAR_SUBTITLE = "Harlowmere Safeguarding Adults Board \u2013 Overview Report"

SAR_SECTIONS = [
    ("Introduction", None, [
        "Harlowmere Safeguarding Adults Board commissioned this review after the "
        "death of Mr Desmond Rook, a widower in his late seventies who lived alone in "
        "a ground-floor flat on the Millbank estate. Mr Rook was found at home by a "
        "neighbour in the early hours of a winter morning, having fallen and been "
        "unable to summon help. The Board agreed that the criteria for a statutory "
        "review were met because there was reasonable cause for concern about how "
        "agencies had worked together to protect him.",

        "The review covers the eighteen months before Mr Rook died. During that "
        "period he was known to his general practice, the community nursing team, "
        "adult social care, a domiciliary care provider, the local housing "
        "association and the fire and rescue service. Each agency provided a "
        "chronology and a short analytical report, and practitioners who had worked "
        "directly with Mr Rook attended a learning event facilitated by the "
        "independent reviewer.",

        "Mr Rook's nephew, Mr Callum Rook, contributed to the review and met the "
        "independent reviewer twice. He described his uncle as a private, proud man "
        "who had worked for forty years as a railway signalman and who disliked "
        "asking anyone for help. The panel is grateful to Mr Callum Rook for his "
        "openness, and his account of his uncle's daily life has shaped many of the "
        "findings set out in this report.",
    ]),
    ("Background", None, [
        "Mr Rook had lived in the same flat since his wife died. He had chronic "
        "obstructive pulmonary disease, poorly controlled diabetes and early signs "
        "of memory impairment that had been noted by his general practitioner but "
        "never formally assessed. He smoked heavily, and the fire and rescue service "
        "had fitted additional smoke alarms after a small kitchen fire that was "
        "reported by a neighbour rather than by Mr Rook himself.",

        "Domiciliary care was arranged after a hospital admission for a chest "
        "infection. The care package provided two visits a day, each of thirty "
        "minutes, to support Mr Rook with medication and meals. Care workers "
        "recorded on several occasions that he declined personal care, that the "
        "flat was cold, and that food left for him had not been eaten. These entries "
        "were made in the home care log but were not escalated to the care "
        "coordinator or shared with adult social care.",

        "Adult social care closed the case shortly after the care package started, "
        "on the basis that the service was in place and meeting Mr Rook's assessed "
        "needs. No review date was set. The housing association was not told that "
        "Mr Rook was receiving care, and its tenancy officer continued to treat rent "
        "arrears and missed appointments as a matter of tenancy management rather "
        "than as possible indicators of self-neglect.",
    ]),
    ("Analysis of practice",
     "This section considers the key practice episodes identified by the panel. "
     "It draws on the agency reports, the practitioner learning event and the "
     "conversations with Mr Rook's nephew. The panel has tried throughout to avoid "
     "hindsight bias and to understand why decisions made sense to the "
     "practitioners involved at the time they were made, given what each of them "
     "knew and the pressures they were working under.",
     [
        "The panel found that no single agency held a complete picture of Mr Rook's "
        "circumstances. Each agency saw a fragment: the general practice saw missed "
        "appointments, the care provider saw refused meals, the housing association "
        "saw arrears, and the fire service saw a kitchen fire. Had these fragments "
        "been brought together at a multi-agency meeting, the pattern of "
        "self-neglect would have been apparent well before his death.",

        "Practitioners repeatedly accepted Mr Rook's refusals of support at face "
        "value. While respect for autonomy is a core principle of adult "
        "safeguarding, his capacity to make decisions about his care and his living "
        "conditions was never assessed, despite the concerns about his memory. The "
        "panel considers that the presumption of capacity was applied as a reason "
        "not to explore his decision making, rather than as a starting point for a "
        "conversation.",

        "Supervision records from the domiciliary care provider show that the care "
        "workers' concerns were discussed with a team leader but were treated as "
        "routine. The provider's escalation policy required concerns to be reported "
        "to the commissioning authority within two working days, but staff at the "
        "learning event said they had not been trained in the policy and did not "
        "know that adult social care had closed the case.",
     ]),
    ("Conclusions", None, [
        "Mr Rook's death was not predictable in the sense that any agency could have "
        "foreseen the fall on that particular night. However, the panel concludes "
        "that the risks arising from his self-neglect, his isolation and his "
        "declining health were identifiable, and that a coordinated multi-agency "
        "response could have reduced them. The absence of a clear lead professional "
        "meant that nobody was responsible for drawing the threads together.",

        "The Board has accepted all of the recommendations in this report. They "
        "focus on the use of the multi-agency self-neglect protocol, on training for "
        "domiciliary care staff in escalating concerns, on the routine sharing of "
        "information between adult social care and housing providers, and on "
        "ensuring that mental capacity assessments are carried out when there is "
        "reason to doubt a person's ability to make decisions about their own care.",
    ]),
]

# ---------------------------------------------------------------------------
# 2. numbering-restarts.docx  -- Child Safeguarding Practice Review, Child L
# ---------------------------------------------------------------------------
CSPR_TITLE = "Child Safeguarding Practice Review: Child L"
CSPR_SUBTITLE = "Fernbrook Safeguarding Children Partnership"

CSPR_INTRO = [
    "This review was commissioned by the Fernbrook Safeguarding Children "
    "Partnership following serious injuries sustained by Child L, a baby girl aged "
    "eleven weeks, who was admitted to hospital with a fractured skull and bruising "
    "to her ribs. Her father was later charged in connection with the injuries. The "
    "Partnership's rapid review concluded that the case met the criteria for a "
    "local child safeguarding practice review.",

    "The review examines the period from the booking appointment in pregnancy "
    "until the day Child L was admitted to hospital. It focuses on how well "
    "midwifery, health visiting, primary care and children's social care "
    "understood the family's circumstances, and in particular how much was known "
    "about the father and the role he played in caring for the baby. It also "
    "considers whether the safeguarding arrangements in place at the time "
    "supported practitioners to ask difficult questions.",

    "Child L's mother took part in the review and spoke frankly about her "
    "experiences. She said that she had wanted to tell someone that the father had "
    "become increasingly controlling, but that she was never seen on her own at "
    "any appointment. The reviewer has been careful to represent her views "
    "accurately, and they are reflected throughout the analysis that follows, "
    "together with her wish that other mothers are asked more carefully.",

    "The review was led by an independent reviewer supported by a panel of senior "
    "managers from the agencies involved. Agencies completed chronologies and "
    "reflective accounts, and a practitioner event was held so that frontline "
    "staff could describe the context in which they were working, including high "
    "caseloads in the health visiting service during the period under review. "
    "The draft report was shared with all participants before publication.",
]

CSPR_EPISODES = [
    "At the booking appointment the midwife asked the routine enquiry question "
    "about domestic abuse, but the father was present in the room and the question "
    "was answered by him. The midwife recorded that the enquiry had been completed "
    "and made a note to ask again when the mother attended alone. That opportunity "
    "did not arise, because the father attended every subsequent antenatal "
    "appointment.",

    "The health visitor's new birth visit took place when Child L was twelve days "
    "old. The visit was thorough in relation to feeding and the baby's weight, but "
    "the records contain nothing about the father beyond his name. The health "
    "visitor told the practitioner event that she had been covering two caseloads "
    "that month and had prioritised clinical tasks over exploring family "
    "relationships.",

    "When Child L was seven weeks old, the general practitioner saw her for a "
    "minor rash and noted a small bruise on her cheek, which the father explained "
    "as having been caused by her older cousin. The bruise was not measured or "
    "recorded on a body map, and the local protocol for bruising in non-mobile "
    "infants was not followed. This was a significant missed opportunity to refer "
    "the family to children's social care.",

    "Children's social care received an anonymous telephone call from a neighbour "
    "nine days before the admission, reporting shouting and a baby crying for long "
    "periods. The call was screened by the front door team and closed with advice "
    "because no agency held concerns about the family. No checks were made with the "
    "health visitor or the general practice, and so the information about the "
    "bruise was never connected with the neighbour's report.",
]

CSPR_APPENDIX_TITLE = "Appendix A: Learning from the practitioner event"
CSPR_APPENDIX = [
    "Practitioners at the learning event described the father as polite, "
    "attentive and knowledgeable about the baby's routines. Several said that his "
    "presence at every appointment had been seen as a sign of a supportive partner "
    "rather than as a potential barrier to the mother disclosing concerns. The "
    "reviewer notes that this perception is common and is rarely challenged in "
    "practice, particularly when the father presents as calm and cooperative.",

    "Health visitors described the pressure created by vacancies in the team "
    "during the review period. Visits were being prioritised according to clinical "
    "need, and there was little time to read previous records or to contact "
    "midwifery colleagues. They felt that information about the father's behaviour "
    "at antenatal appointments would have changed their approach had it been "
    "passed on, and that a shared electronic record would have helped them.",

    "Front door social workers explained that anonymous referrals are frequently "
    "closed where there is no history and no professional concern. They "
    "acknowledged that a quick call to the health visitor would have taken only a "
    "few minutes, and that the screening guidance already allows for such checks. "
    "The Partnership has since issued a reminder that agency checks should be "
    "completed before any contact about a non-mobile infant is closed.",
]

# ---------------------------------------------------------------------------
# 3. watermark.pdf  -- Domestic Homicide Review, "Alina"
# ---------------------------------------------------------------------------
DHR_TITLE = ["Domestic Homicide Review into the death of \u2018Alina\u2019",
             "Ellendale Community Safety Partnership \u2013 Overview Report (draft v0.7)"]

DHR = [
    ("Findings and analysis", "Alina and her family", [
        "Alina was in her mid-thirties when she was killed by her former partner, Mr "
        "Petrov Lenk, at her home in the Ashgrove area of Ellendale. She had moved to "
        "the town from abroad six years earlier and worked night shifts at a "
        "distribution warehouse. Friends and colleagues described her as warm, "
        "hardworking and determined to give her son a settled life. The review panel "
        "has used the pseudonym Alina, chosen by her sister, to protect the identity "
        "of her son, who was nine at the time of her death and who now lives with his "
        "aunt. The panel has tried to place Alina at the centre of this review, and to "
        "understand what it was like for her to seek help from services whose "
        "procedures were unfamiliar and whose language was not her own. Throughout "
        "the period under review she had limited access to interpreters, and the "
        "panel considers that this shaped almost every contact she had with agencies.",
    ]),
    (None, "Police response", [
        "Police were called to Alina's address on four occasions in the fourteen "
        "months before her death. On the first three occasions officers completed a "
        "risk assessment, which was graded as standard risk each time. The panel "
        "found that the assessments were completed largely on the basis of Mr Lenk's "
        "account, because Alina's English was limited and no interpreter was used at "
        "the scene. On the second occasion her son was used to translate for his "
        "mother, which is contrary to force policy and placed an unacceptable burden "
        "on a child. Officers at the practitioner event said that the telephone "
        "interpreting service was difficult to access at night and that they had been "
        "encouraged to resolve incidents quickly. The panel accepts that these were "
        "genuine pressures, but notes that the risk grading would almost certainly "
        "have been higher had Alina been able to describe the strangulation she later "
        "disclosed to her general practitioner.",

        "The fourth call was made by a neighbour who heard screaming. Officers "
        "arrested Mr Lenk and a referral was made to the multi-agency risk assessment "
        "conference, known locally as MARAC. However, the referral was not heard for "
        "five weeks because of a backlog, and in the meantime Mr Lenk was released on "
        "bail with conditions not to contact Alina. The conditions were breached at "
        "least twice, according to her sister, but neither breach was reported to the "
        "police. Alina told her sister that she did not believe reporting would make "
        "any difference, and that she was frightened that involvement with the "
        "authorities might affect her immigration status. The panel notes that no "
        "agency explored this fear with her, and that accurate information about her "
        "rights could have been given by the independent domestic violence adviser "
        "service, had a referral been made at this point rather than after the MARAC "
        "meeting.",
    ]),
    (None, "Health and education", [
        "Alina attended her general practice on three occasions complaining of "
        "headaches, poor sleep and a sore throat. At the third appointment, with a "
        "telephone interpreter, she told the general practitioner that her former "
        "partner had held her by the neck during an argument. The general "
        "practitioner recorded the disclosure accurately and gave her the number of "
        "the local domestic abuse helpline, but did not ask about current risk, did "
        "not complete a risk assessment and did not share the information with the "
        "police or with the MARAC coordinator. The practice's own safeguarding lead "
        "told the review that non-fatal strangulation was not widely understood within "
        "the practice as a marker of very high risk. Since the review began, the "
        "practice has introduced training on the significance of strangulation and on "
        "routine enquiry, and the integrated care board has circulated a briefing to "
        "all practices in Ellendale.",

        "Alina's son attended Ashgrove Primary School throughout the period under "
        "review. Staff noticed that he was often tired and that he had spoken in class "
        "about 'bad nights' at home. The school's designated safeguarding lead "
        "recorded these concerns and spoke to Alina at the school gate, but the "
        "conversation was brief and took place without an interpreter. The school "
        "received Operation Encompass notifications after two of the police call-outs "
        "and offered the boy time with a learning mentor, which he valued. The panel "
        "considers that the school responded well to the child's immediate needs, but "
        "that it was not in a position to understand the risk to his mother because it "
        "was not invited to contribute to the MARAC discussion and did not receive any "
        "feedback after the referral was made.",
    ]),
    (None, "Specialist domestic abuse services", [
        "The independent domestic violence adviser service received the MARAC "
        "referral on the day of the meeting and attempted to contact Alina by "
        "telephone three times over the following week. Each call was made during the "
        "day, when Alina was usually asleep after her night shift, and no voicemail "
        "was left because of concerns that Mr Lenk might still have access to her "
        "telephone. The case was closed after the third unsuccessful attempt, in line "
        "with the service's procedure at the time. The panel recognises that advisers "
        "carry very high caseloads and that closing cases after a fixed number of "
        "attempts is a common way of managing demand, but it concludes that a more "
        "flexible approach, such as contacting Alina through the school or her "
        "employer, might have succeeded.",

        "Taken together, the contacts described above show a pattern that is familiar "
        "from other domestic homicide reviews. Each agency held a part of the picture, "
        "but the information that would have revealed the severity of the risk "
        "\u2014 the strangulation, the breaches of bail conditions and the fear about "
        "immigration status \u2014 was never assembled in one place. The MARAC "
        "meeting, which should have been the forum for assembling it, took place too "
        "late and without contributions from the general practice or the school. The "
        "panel does not suggest that Alina's death could have been prevented with "
        "certainty. It does conclude that there were several points at which a fuller "
        "understanding of her situation might have led to a different safety plan.",

        "The panel has also considered the role of Alina's employer. Managers at the "
        "warehouse were aware that Mr Lenk had turned up at the site on more than one "
        "occasion and had been asked to leave by security staff. Her shift pattern was "
        "changed at her request so that she would not be leaving work alone in the "
        "dark. These were thoughtful and practical steps, but the employer had no "
        "domestic abuse policy and did not know where to direct Alina for specialist "
        "advice. The Community Safety Partnership has agreed to work with local "
        "businesses to promote workplace domestic abuse policies and to publicise the "
        "routes by which employers can seek advice when they are worried about a "
        "member of staff.",
    ]),
]

# ---------------------------------------------------------------------------
# 4. reverse-stream.pdf  -- Serious Case Review, Child T
# ---------------------------------------------------------------------------
SCR_TITLE = ["Serious Case Review: Child T",
             "Ravensford Local Safeguarding Children Board \u2013 Overview Report"]
SCR_HEADING = "2. Agency involvement"

SCR = [
    "Child T was born prematurely and spent the first six weeks of his life in the "
    "neonatal unit at Ravensford General Hospital. Nursing staff recorded that his "
    "mother, Ms Kerry Dunmore, visited infrequently and seemed anxious when handling "
    "him. A referral to children's social care was discussed at the neonatal "
    "discharge planning meeting but was not made, because the team was reassured by "
    "the involvement of the maternal grandmother, who said she would be staying with "
    "the family for the first few months.",

    "The grandmother returned to her own home after three weeks, following a "
    "disagreement with Ms Dunmore's partner. No agency was aware that she had left. "
    "The health visitor continued to record the grandmother as a protective factor "
    "in her assessments for a further four months, and the discharge plan, which "
    "relied heavily on the grandmother's presence, was never revisited. The panel "
    "regards this as an example of how a plan can continue to shape professional "
    "thinking long after the circumstances on which it was based have changed.",

    "Ms Dunmore had a long history of depression and had been prescribed "
    "antidepressants by her general practitioner before the pregnancy. She stopped "
    "taking them when she became pregnant and did not restart them after the birth. "
    "The perinatal mental health team received a referral from the midwife but "
    "placed Ms Dunmore on a waiting list, and she was discharged from that list "
    "after she failed to attend an appointment offered in a letter that had been "
    "sent to an old address. The general practice was not informed of the discharge.",

    "Child T was taken to the emergency department twice before the incident that "
    "led to this review: once with a high temperature and once after his mother "
    "reported that he had rolled off a sofa. On the second occasion the triage nurse "
    "noted that a baby of his age would not usually be able to roll, but the "
    "observation was not passed to the treating doctor. A skeletal survey was not "
    "considered, and Child T was discharged home after a short period of observation "
    "with advice about safe sleeping and supervision.",

    "Information sharing between the emergency department and community services "
    "relied on an automated discharge notification sent to the general practice and "
    "the health visiting service. The notification for Child T's second attendance "
    "recorded the presenting complaint as a fall but did not include the triage "
    "nurse's observation about his developmental stage. The health visitor read the "
    "notification but did not consider it significant, because a fall from a sofa "
    "is a common reason for attendance and because she believed the grandmother was "
    "still living in the household.",

    "Children's social care first became involved when the nursery that Child T's "
    "half-sister attended made a referral, after she told a member of staff that her "
    "baby brother cried all the time and that mummy's boyfriend shouted at him. A "
    "social worker visited within two days and found the home tidy and the baby well "
    "presented. The assessment was completed within twenty working days and "
    "concluded that the family needed early help rather than statutory "
    "intervention. The panel found that the assessment relied on a single visit and "
    "did not include a conversation with the half-sister herself.",

    "The early help worker allocated to the family visited three times and "
    "established a good relationship with Ms Dunmore, who spoke openly about feeling "
    "low and exhausted. The worker did not meet Ms Dunmore's partner, who was said to "
    "be at work on each occasion, and did not ask about his role in caring for the "
    "children. Supervision records show that the worker's manager asked whether the "
    "partner had been seen, but the question was not followed up and the case "
    "remained open to early help until Child T was admitted to hospital with the "
    "injuries that prompted this review.",

    "Throughout the period under review, no multi-agency meeting was held about "
    "Child T or his half-sister. Each agency made decisions within its own "
    "thresholds and procedures, and several of those decisions were reasonable when "
    "viewed in isolation. The panel's central finding is that the system as a whole "
    "did not create any point at which the accumulating concerns about the baby, "
    "his mother's mental health and the unknown role of her partner would be "
    "considered together by professionals with the authority to act.",
]

# ---------------------------------------------------------------------------
# 5. twocol-footnotes.pdf  -- Thematic review, adolescent neglect
# ---------------------------------------------------------------------------
TR_TITLE = ["Thematic Review: Neglect of Adolescents",
            "Castlebrae Safeguarding Children Partnership"]
TR_RUNNING = "Castlebrae SCP \u2013 Thematic Review: Neglect of Adolescents"

TR = [
    ("1. Introduction and context", None,
     "This thematic review was commissioned by the Castlebrae Safeguarding Children "
     "Partnership to examine how agencies identify and respond to neglect when the "
     "children affected are teenagers rather than young children. The Partnership's "
     "neglect strategy[^1] had been written largely with babies and pre-school "
     "children in mind, and several recent rapid reviews had raised concerns that "
     "older children living in neglectful circumstances were being seen primarily "
     "through the lens of their behaviour. The review considered the experiences of "
     "six young people aged between thirteen and seventeen, all of whom had been "
     "known to several agencies over a number of years. In each case, the young "
     "person had come to the attention of services because of something they had "
     "done, such as going missing, being excluded from school or being arrested, "
     "rather than because of the care they were receiving at home. The panel wanted "
     "to understand why neglect had so often remained in the background."),
    (None, None,
     "The review was conducted using a systems methodology, which seeks to understand "
     "why practice happened as it did rather than to identify individual errors. The "
     "panel[^2] met on five occasions and read case records from each agency. Two "
     "practitioner workshops were held, attended by more than forty professionals, "
     "and the independent chair spoke individually with three of the young people "
     "and with two of their parents. The panel is grateful to everyone who "
     "contributed, and particularly to the young people, who spoke with great "
     "honesty about their lives and about what they had wanted from the adults "
     "around them at the time when things were most difficult."),
    (None, "What the young people told us",
     "Across all six cases, the young people described homes in which there was "
     "often no food, in which heating and electricity were regularly cut off, and in "
     "which no adult took an interest in whether they went to school or came home at "
     "night. Jordan[^3], who was fifteen when the review began, said that he had "
     "learned to look after himself from the age of about ten and that nobody had "
     "ever asked him what he ate or where he slept. Practitioners who knew these "
     "young people recognised these descriptions, but often recorded them as context "
     "for a young person's behaviour rather than as evidence of neglect in their own "
     "right."),
    (None, None,
     "The panel also heard that young people themselves often minimised what was "
     "happening at home, out of loyalty to their parents, embarrassment, or fear of "
     "being taken into care. Several described learning to give professionals the "
     "answers they expected. Practitioners who had succeeded in building trust had "
     "typically done so over many months, through consistent contact and practical "
     "help such as food parcels or lifts to appointments. These relationships were "
     "valued highly by the young people, but they were often ended abruptly when a "
     "case was closed or a worker moved on, without any planned handover to another "
     "trusted adult."),
    (None, "How agencies responded",
     "The panel found that assessment tools designed to identify neglect were rarely "
     "used with older children. The Graded Care Profile[^4] had been completed for "
     "only one of the six young people, and in that case it was completed when he "
     "was seven and never repeated. Social workers at the workshops explained that "
     "the tool felt awkward to use with teenagers, because many of its questions "
     "concern physical care tasks that adolescents are expected to manage for "
     "themselves. The panel considers that this is a misunderstanding of the tool, "
     "which also addresses supervision, emotional warmth and the parent's awareness "
     "of the young person's whereabouts."),
    (None, None,
     "Schools held some of the richest information about the young people, but "
     "their concerns were frequently framed in terms of attendance and conduct. "
     "Persistent absence rates in the two secondary trusts had risen sharply in the "
     "year before the review[^5], and attendance officers were dealing with very "
     "large caseloads. Several young people had been placed on reduced timetables or "
     "moved to alternative provision, which reduced the amount of time that trusted "
     "adults spent with them. The panel was told that pastoral staff often knew that "
     "a young person was hungry or had nowhere safe to sleep, but were unsure whether "
     "those concerns met the threshold for a referral to children's social care."),
    (None, None,
     "Police contact with the young people was frequent, particularly through "
     "missing episodes and low-level offending. Return home interviews were offered "
     "after most missing episodes, but many were declined or took place weeks after "
     "the young person had returned. Where interviews did take place, the records "
     "show that young people spoke about arguments at home, a lack of food and "
     "feeling unwanted. This information was recorded carefully by the interviewers "
     "but was not routinely shared with the allocated social worker, and it rarely "
     "prompted a review of the plan. The panel regards return home interviews as an "
     "important and underused source of evidence about neglect."),
    (None, None,
     "A consistent theme across the cases was the way in which professional "
     "responses shifted as young people grew older. The same home conditions that "
     "had led to child protection plans when the young people were small were, by "
     "the time they reached adolescence, seen as something the young person could "
     "cope with or even escape from. Practitioners described a sense that it was too "
     "late to change the parenting, and that the most realistic goal was to help "
     "the young person to become independent. The panel understands this "
     "reasoning but is concerned that it can leave teenagers without the "
     "protection that the law continues to afford them."),
    (None, None,
     "Supervision emerged as an important protective factor for practitioners as "
     "well as for young people. Where social workers and early help practitioners "
     "had regular reflective supervision, records showed that managers asked about "
     "the home conditions and challenged plans that focused only on behaviour. Where "
     "supervision was infrequent or dominated by performance data, neglect tended to "
     "drift out of view. The panel recommends that the Partnership's supervision "
     "standards include a specific prompt about the quality of care that an "
     "adolescent is receiving at home, alongside the usual questions about risk "
     "outside the family."),
    (None, "Information sharing",
     "Information sharing between agencies was generally timely when a young person "
     "was thought to be at risk of exploitation, but much slower when the concern was "
     "neglect. The panel saw several examples of detailed exploitation screening tools "
     "being completed and shared within hours, while concerns about a young person's "
     "living conditions were held within a single agency for months. Practitioners "
     "explained that exploitation concerns had clear pathways and named leads, "
     "whereas neglect of older children did not. The panel considers that this "
     "imbalance reflects the way local procedures have developed, rather than any "
     "lack of commitment by individual professionals."),
    (None, None,
     "The Partnership has accepted the findings of this review and has agreed an "
     "action plan, which will be monitored by its quality assurance subgroup[^6]. The "
     "plan includes revising the neglect strategy so that it explicitly addresses "
     "adolescents, promoting the use of structured assessment tools with older "
     "children, and ensuring that information from return home interviews is "
     "routinely shared with allocated workers. The Partnership will also commission "
     "training that helps practitioners to recognise neglect behind presenting "
     "behaviours, and will invite the young people who contributed to this review to "
     "help design and deliver it."),
]

TR_FOOTNOTES = {
    1: "Castlebrae Safeguarding Children Partnership, Multi-agency Neglect Strategy "
       "(fictional document), revised edition.",
    2: "The panel included representatives from children's social care, the police, "
       "the integrated care board, both secondary school trusts, the youth justice "
       "service and the voluntary sector; its chair was independent of all of them.",
    3: "The names of all young people in this report are pseudonyms chosen with them.",
    4: "A structured tool for assessing the quality of care; see the Partnership's "
       "practice guidance.",
    5: "Figures supplied by the Castlebrae education welfare service for the "
       "preceding academic year.",
    6: "The subgroup reports to the Partnership's executive group every six months.",
}
