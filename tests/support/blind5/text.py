"""Invented prose for the five blind-5 documents.

Every person, place, board and case here is fictional. Each numbered paragraph is a (label, body) pair; some
documents add an unnumbered heading before a paragraph. Markers used by the layouts:

* ``[^N]`` in a body is footnote marker N (numbered-headings.pdf only; drawn as a superscript, left out of the key);
* ``\\n`` in a body forces a line break at that point (numbered-headings.pdf only; a space in the key).
"""

from __future__ import annotations

BANNER = "FICTIONAL \u2013 for software testing"

# --------------------------------------------------------------------------------------------------------------
# 1. table-paras.pdf: Safeguarding Adults Review, findings in a ruled two-column table
# --------------------------------------------------------------------------------------------------------------

SAR_TITLE = "Safeguarding Adults Review: Edwin Harlow"
SAR_SUBTITLE = "Overview report, extract of sections four to six. Northmoor Safeguarding Adults Board"
SAR_RUNNING_LEFT = "Northmoor Safeguarding Adults Board"
SAR_RUNNING_RIGHT = "SAR: Edwin Harlow \u2013 overview report"

SAR_SECTION4 = "4  Summary of the case"
SAR_BACKGROUND = [
    (
        "4.1",
        "Mr Edwin Harlow was a seventy-three year old man who lived alone in a two-bedroom housing association flat "
        "on the Castlegate estate in Northmoor. He had worked for most of his life as a printer and had been widowed "
        "for eleven years at the time of his death. Neighbours described him as courteous but private. He had a "
        "diagnosis of chronic obstructive pulmonary disease and type two diabetes, and he had been known to the "
        "community respiratory team since the autumn before he died. His only close relative, a nephew, lived in "
        "Scotland and spoke to him by telephone roughly once a month.",
    ),
    (
        "4.2",
        "Over the eighteen months covered by this review, Mr Harlow had contact with at least nine agencies, "
        "including his GP practice, the ambulance service, the fire and rescue service, adult social care, a "
        "domiciliary care provider, his landlord and the local hospital trust. Each agency saw part of a picture of "
        "growing self-neglect: an accumulation of possessions that made parts of the flat unusable, missed "
        "medication, weight loss and the refusal of offers of help. No single agency held the whole picture, and at "
        "no point was a multi-agency meeting convened to bring that information together.",
    ),
    (
        "4.3",
        "Mr Harlow was found unresponsive in his flat by a housing officer in February after neighbours reported a "
        "smell of smoke. The fire had been started by a portable heater placed close to stacked newspapers in the "
        "living room. He died in hospital four days later, and the coroner recorded a conclusion of accidental "
        "death. The Northmoor Safeguarding Adults Board agreed that the criteria for a mandatory review under the "
        "Care Act were met, because there was reasonable cause for concern about how agencies had worked together "
        "to protect him.",
    ),
]

SAR_SECTION5 = "5  Findings"
SAR_TABLE_LEAD = (
    "The review panel identified the findings set out in the table below. Each finding is numbered so that it can "
    "be cross-referenced to the board's action plan."
)
SAR_TABLE_HEAD = ("Para", "Finding")
SAR_FINDINGS = [
    (
        "5.1",
        "Agencies recognised the condition of Mr Harlow's home but did not name it as self-neglect. The domiciliary "
        "care provider recorded on several occasions that carers could not reach the kitchen, and the fire service "
        "completed a home safety visit in which the living room was described as heavily cluttered. These "
        "observations were treated as matters of lifestyle choice rather than as indicators of risk to his health "
        "and safety. Had the concerns been framed as self-neglect, the board's own protocol would have prompted a "
        "referral to adult social care and a risk assessment that drew in the other agencies.",
    ),
    (
        "5.2",
        "Assessments of Mr Harlow's mental capacity were assumed rather than carried out. Practitioners repeatedly "
        "accepted his refusals of help on the basis that he was an articulate man who understood his situation. "
        "There was no evidence that anyone explored whether he could use and weigh information about the fire risk "
        "or about the consequences of not taking his medication. The review heard that staff were uncertain about "
        "when a formal capacity assessment was needed for a decision that appeared to be a considered refusal. This "
        "uncertainty is common and is addressed by the board's revised practice guidance.",
    ),
    (
        "5.3",
        "Information sharing between the GP practice and adult social care was largely one way. The practice made "
        "two referrals, each of which was closed after a single telephone call in which Mr Harlow said that he was "
        "managing. Neither closure was communicated back to the GP, who understood that a social worker was "
        "involved. The ambulance service attended four times for breathing difficulties, and on two of those "
        "occasions crews noted the clutter and a strong smell of damp, but their safeguarding concern forms were "
        "sent to an inbox that was not monitored during a period of staff absence.",
    ),
    (
        "5.4",
        "The landlord held important information that was not shared with health or social care. Housing officers "
        "had visited to inspect a leak and had photographed the condition of the flat, and a tenancy enforcement "
        "letter had been drafted but never sent. The housing association did not regard itself as a safeguarding "
        "partner in cases of self-neglect, and its staff had not received training on the board's procedures. The "
        "panel considered that the landlord's knowledge of the home environment was often more detailed than that "
        "of any other agency and should have been a central part of any plan.",
    ),
    (
        "5.5",
        "Professional curiosity was limited by the way that visits were organised. Carers were commissioned for "
        "fifteen-minute calls to prompt medication and had no time to talk with Mr Harlow about how he was feeling. "
        "The community respiratory nurse saw him in clinic rather than at home and so did not see the risks that "
        "his home presented. When he failed to attend two clinic appointments, he was discharged in line with the "
        "service's policy on non-attendance. No one asked why a man with a serious lung condition had stopped "
        "attending, or whether his home circumstances were part of the explanation.",
    ),
    (
        "5.6",
        "Supervision did not provide the challenge that the case needed. The social worker who took the second "
        "referral discussed it briefly with a team manager, and the decision to close was recorded without a "
        "rationale. The care provider's supervisors signed off care notes without reading the concerns that carers "
        "had written in the free text sections. In interviews, several practitioners told the panel that cases "
        "involving adults who decline support can feel stuck, and that supervision tended to focus on workload "
        "rather than on reflective discussion of risk and of the person's own wishes and history.",
    ),
    (
        "5.7",
        "There was no mechanism for escalating concern when agencies disagreed or when a case was not progressing. "
        "The fire service officer who completed the home safety visit was worried about what she had seen and "
        "tried to contact adult social care by telephone, but after three unanswered calls she recorded that the "
        "referral had been attempted. The board's escalation policy was designed for children's services and had "
        "not been adapted for work with adults. Front line staff in partner agencies were largely unaware that it "
        "existed, and no escalation was ever used in this case.",
    ),
    (
        "5.8",
        "Mr Harlow's own voice and history were largely absent from agency records. Those who knew him described a "
        "man who had kept his late wife's belongings exactly as she had left them and who found it painful to let "
        "anything go. His nephew told the review that his uncle had been deeply lonely since his retirement. This "
        "understanding of the person behind the clutter might have opened a route to a relationship built on "
        "trust, which research on self-neglect consistently identifies as the most effective basis for engaging "
        "adults who are reluctant to accept help.",
    ),
]

SAR_SECTION6 = "6  Conclusion"
SAR_CONCLUSION = [
    (
        "6.1",
        "The panel concluded that Mr Harlow's death could not have been predicted with certainty, but that there "
        "were several points at which a more coordinated response might have reduced the risk of fire. The "
        "recurring theme is that each agency acted reasonably within its own remit while nobody took responsibility "
        "for drawing the threads together. That pattern is familiar from other reviews of self-neglect, nationally "
        "and locally, and the board has recognised that it requires a change in systems rather than in the "
        "practice of individual workers.",
    ),
    (
        "6.2",
        "The board has accepted all of the panel's recommendations. It will publish a revised self-neglect and "
        "hoarding protocol, extend its escalation policy to adult safeguarding, and ask housing providers to join "
        "the board's subgroup on practice learning. Partner agencies will report on progress at the board meeting "
        "in the autumn, and the board will commission an audit of self-neglect referrals a year after publication "
        "to test whether the changes have made a difference for people in circumstances similar to those of Mr "
        "Harlow.",
    ),
]

# --------------------------------------------------------------------------------------------------------------
# 2. two-up.pdf: Child Safeguarding Practice Review printed two pages to a landscape sheet
# --------------------------------------------------------------------------------------------------------------

CSPR_RUNNING = "Eastwold Safeguarding Children Partnership \u2013 Child Safeguarding Practice Review: Child R"
CSPR_TITLE = "Child Safeguarding Practice Review: Child R"
CSPR_SECTION = "3  Analysis of practice"
CSPR_FIRST_PRINTED_PAGE = 12
# (label, optional unnumbered sub-heading before the paragraph, body)
CSPR_PARAS = [
    (
        "3.1",
        "The response to missing episodes",
        "Child R was fourteen when she first went missing from home overnight. Her mother reported her absence to "
        "the police the following morning, and she returned later that day saying that she had stayed with a "
        "friend. A return home interview was offered but took place nine days later, by which time R was unwilling "
        "to discuss where she had been. The review found that the delay was caused by a backlog in the commissioned "
        "service, which had lost two workers in the preceding months and had not told the partnership that it was "
        "unable to meet the standard set out in the local missing children protocol.",
    ),
    (
        "3.2",
        None,
        "Over the following five months R was reported missing on eleven further occasions. Police records show "
        "that on three of those occasions she was found in the company of older males in a part of Kingsmead that "
        "was known to officers as a location linked to drug supply. Each episode was recorded as a separate "
        "incident. The review panel considered that the information available to the police and to children's "
        "social care by the end of the spring should have led to a strategy discussion under the partnership's "
        "exploitation procedures, but the pattern was not recognised because no one was looking at the episodes "
        "together.",
    ),
    (
        "3.3",
        None,
        "R's school noticed a marked change in her presentation during the same period. Her attendance fell to just "
        "over half of sessions, she was found with a second mobile phone that she would not explain, and teachers "
        "observed that she had new clothes and trainers which her mother said she had not bought. The designated "
        "safeguarding lead made a referral to the local authority's front door service, which was screened as not "
        "meeting the threshold for assessment and signposted to early help. The school was not told of the outcome "
        "for several weeks and assumed that an assessment was under way.",
    ),
    (
        "3.4",
        None,
        "The early help offer that followed was well intentioned but not matched to the level of risk. A family "
        "support worker met R's mother on four occasions and put in place a plan focused on routines, bedtimes and "
        "school attendance. R herself attended only one session. The worker told the review that she felt out of "
        "her depth and had raised her concerns with her manager, who advised her to continue with the plan and to "
        "refer again if things got worse. There was no record of that conversation, and the case remained with "
        "early help for a further ten weeks.",
    ),
    (
        "3.5",
        "Education and exclusion",
        "The permanent exclusion of R from school in the summer term was a turning point that agencies did not "
        "recognise as such. Exclusion removed the one setting in which she was seen daily by adults who knew her "
        "well. National research has shown that exclusion is frequently associated with increased vulnerability to "
        "criminal exploitation, and the partnership's own thematic review had made the same point two years "
        "earlier. The alternative provision placement that followed offered three hours of tuition a day, and R "
        "attended on only a handful of occasions before her placement there was suspended.",
    ),
    (
        "3.6",
        None,
        "Children's social care began an assessment when R was arrested in possession of class A drugs in a "
        "neighbouring county. The assessment was thorough in describing the family's circumstances but treated R's "
        "behaviour primarily as offending rather than as evidence that she was being exploited. The language used "
        "in records is striking: R was described as choosing to associate with older males and as placing herself "
        "at risk. The panel reminds practitioners that a child cannot consent to her own exploitation, and that such "
        "language can shift responsibility from the adults who harm children onto the children themselves.",
    ),
    (
        "3.7",
        None,
        "A referral under the National Referral Mechanism was not made until four months after R's arrest. The youth "
        "justice service eventually made the referral after a new case manager recognised the indicators of "
        "trafficking, and a conclusive grounds decision was received after the period under review. Practitioners "
        "told the panel that they had been unsure who was responsible for making referrals and that they regarded "
        "the process as complex and slow. The partnership has since clarified that any first responder organisation "
        "that identifies indicators should make the referral without waiting for another agency.",
    ),
    (
        "3.8",
        None,
        "R was assessed by the child and adolescent mental health service following a period of self-harm in the "
        "autumn. The clinician identified symptoms consistent with trauma but noted that R did not wish to engage "
        "and closed the case after two missed appointments. The letter confirming closure was sent to R's home "
        "address and copied to the GP but not to the social worker, who learned of the closure only when preparing "
        "for a child protection conference. The panel heard that the service's policy on non-attendance has since "
        "been revised for children who are open to social care.",
    ),
    (
        "3.9",
        None,
        "The role of R's mother in keeping her daughter safe was not always understood. Records describe her at "
        "different points as uncooperative, overwhelmed and unable to set boundaries. She told the review that she "
        "had begged agencies for help and that she felt blamed for what was happening. She had been threatened by "
        "the men who were exploiting R and had not felt able to tell anyone for fear of what would happen. The panel "
        "considered that a contextual approach would have seen her as a potential ally and a source of protection "
        "rather than as part of the problem.",
    ),
    (
        "3.10",
        None,
        "Supervision of the key practitioners rarely stepped back from immediate events to ask what the whole "
        "pattern meant. Case supervision records in children's social care and in the youth justice service show "
        "discussion of tasks and deadlines, but little reflection on the hypothesis that R was being criminally "
        "exploited, even after her arrest. The review recognises the pressure on managers at the time, when vacancy "
        "rates in both services were high. Nonetheless, reflective supervision is one of the few safeguards against "
        "the drift that characterised this case, and the partnership has prioritised it in its workforce strategy.",
    ),
    (
        "3.11",
        "Multi-agency working",
        "The multi-agency safeguarding hub received nine notifications about R during the period under review, from "
        "the police, the school and the hospital emergency department. Each was screened on its own merits by "
        "whichever practitioner was on duty, and the hub's records system did not display previous contacts in a "
        "way that made the accumulating pattern visible. The partnership has since introduced a rule that a third "
        "contact about the same child within six months must be reviewed by a senior practitioner, who is expected "
        "to look at the whole history rather than at the latest incident alone.",
    ),
    (
        "3.12",
        None,
        "Taken together, these findings show a system in which each agency responded to the part of R's life that "
        "it could see, while the adults who were exploiting her moved freely between those parts. The partnership "
        "accepts that the learning is not new, and that similar findings have appeared in reviews elsewhere. What "
        "matters now is whether the changes described in the next section are sustained once the attention that "
        "follows a review has faded, and the partnership will test this through audit and through listening to "
        "children and families.",
    ),
]

# --------------------------------------------------------------------------------------------------------------
# 3. rotated.pdf: Learning Review, page 2 stored landscape with /Rotate 90
# --------------------------------------------------------------------------------------------------------------

LR_RUNNING = "Fernhill and Dunmore Safeguarding Partnership \u2013 Learning Review: Baby S"
LR_TITLE = "Learning Review: Baby S"
LR_SECTION = "2  Findings"
LR_PARAS = [
    (
        "2.1",
        "Baby S was born at thirty-six weeks at Fernhill General Hospital to a mother aged nineteen who had herself "
        "been looked after by the local authority as a teenager. A pre-birth assessment had been started by "
        "children's social care after the midwife shared concerns about the mother's mental health and her history "
        "of care. The assessment concluded that the parents should be supported through a child in need plan. The "
        "review found that the assessment was largely based on the mother's account and did not include any direct "
        "work with the father, who was recorded as supportive but was never seen alone.",
    ),
    (
        "2.2",
        "The father of Baby S, referred to in this review as Mr T, had a history of violence in a previous "
        "relationship that was known to the police. A check with the police was requested by the social worker but "
        "was returned with a note that no relevant information was held, because the search had been run against "
        "an incorrect date of birth. Nobody noticed the error. Had the information been available, the pre-birth "
        "assessment would have been likely to reach a different conclusion about the level of risk and about the "
        "need for a child protection conference before the birth.",
    ),
    (
        "2.3",
        "Health visiting contact in the weeks after the birth was frequent and caring, but it was focused almost "
        "entirely on the mother and baby. The health visitor completed the new birth visit and three further home "
        "visits, and on each occasion recorded that the father was at work or out of the home. The review heard "
        "that fathers and male carers are routinely absent from health visiting records, and that practitioners "
        "often feel uncomfortable asking to meet them. This is a national pattern, highlighted in published work on "
        "the men in the lives of babies, and it was evident here.",
    ),
    (
        "2.4",
        "When Baby S was seven weeks old the mother took her to the GP with a small bruise on her cheek, which she "
        "said had been caused by a dummy clip. The GP examined the baby and accepted the explanation. Local and "
        "national guidance is clear that any bruising in a baby who is not yet mobile must be treated as a possible "
        "sign of abuse and should lead to a referral to children's social care and a paediatric assessment. The GP "
        "told the review that he was aware of the guidance in general terms but had not considered it applicable to "
        "such a small mark.",
    ),
    (
        "2.5",
        "The review considered why a well-established protocol was not followed on this occasion. The GP practice "
        "had not received any safeguarding training update for three years, and the protocol was not easily "
        "available in the clinical system. In addition, the GP did not know that the family had an open child in "
        "need plan, because the practice record contained no alert. The panel considers that the absence of such "
        "alerts is a system weakness rather than an individual failing, and it notes that the integrated care board "
        "has agreed to introduce a shared flag for children open to social care.",
    ),
    (
        "2.6",
        "Child in need meetings took place every six weeks but were poorly attended by health partners. The minutes "
        "record the family as making good progress, with the mother engaging well with her support worker and the "
        "baby gaining weight. Mr T attended the first meeting and did not attend any after that. The bruise "
        "reported to the GP was not known to the meeting, and there is no record that anyone asked about injuries, "
        "about the relationship between the parents, or about how the couple were managing with the stress of "
        "caring for a premature baby with feeding difficulties.",
    ),
    (
        "2.7",
        "Baby S was admitted to hospital at eleven weeks with a fractured skull and multiple rib fractures of "
        "different ages. Medical opinion was that the injuries were inflicted and had occurred on at least two "
        "separate occasions. Mr T was later charged in connection with the injuries. The review does not comment on "
        "the criminal proceedings, but it notes that the oldest fractures were estimated to have been caused at "
        "around the time of the GP appointment, which underlines the significance of the missed opportunity "
        "described in the preceding paragraphs.",
    ),
    (
        "2.8",
        "Practitioners who took part in the learning event were open and reflective about their involvement, and "
        "several spoke about the distress they had felt after learning of the injuries. The panel wishes to "
        "acknowledge their willingness to engage. The central learning from this review is that assessments of risk "
        "to babies must include the men who live with them or who care for them, and that any bruising in a "
        "non-mobile baby must always prompt a multi-agency response, however plausible the explanation and however "
        "small the mark may seem.",
    ),
]

# --------------------------------------------------------------------------------------------------------------
# 4. bilingual.docx: Welsh-style bilingual Child Practice Review (English left, Welsh right, in a table)
# --------------------------------------------------------------------------------------------------------------

CPR_TITLE = "Child Practice Review: Child W / Adolygiad Ymarfer Plant: Plentyn W"
CPR_BOARD = "Afon Lasfryn Regional Safeguarding Board / Bwrdd Diogelu Rhanbarthol Afon Lasfryn"
CPR_COLUMNS = ("English", "Cymraeg")
CPR_WELSH_TAG = "[Cymraeg]"
# (section heading, [(label, English body, short Welsh sentence)])
CPR_SECTIONS = [
    (
        "1. Introduction / Cyflwyniad",
        [
            (
                "1.1",
                "This Child Practice Review was commissioned by the Afon Lasfryn Regional Safeguarding Board following "
                "the serious injury of a child, referred to as Child W, in the spring. The review was carried out "
                "under the Social Services and Well-being (Wales) Act and the accompanying statutory guidance on child "
                "practice reviews. Its purpose is to identify learning for agencies across the region, not to allocate "
                "blame to individuals, and it draws on a learning event attended by practitioners from health, "
                "education, police and children's services.",
                "Mae'r adolygiad hwn yn edrych ar y gwasanaethau a roddwyd i'r teulu.",
            ),
            (
                "1.2",
                "Child W was eight years old at the time of the incident and lived with his mother, his maternal "
                "grandmother and two younger siblings in a rural part of the region. The family spoke Welsh at home, "
                "and Child W attended a Welsh-medium primary school. His mother had experienced domestic abuse from a "
                "previous partner, who had continued to visit the family home despite a non-molestation order that "
                "prohibited contact. The review period runs from the date of that order until the date on which "
                "Child W was injured.",
                "Roedd y plentyn yn byw gyda'i fam a'i nain.",
            ),
            (
                "1.3",
                "The review panel was chaired independently and included senior representatives of the health board, "
                "the police, the local authority and the education service. The family were invited to contribute, "
                "and Child W's grandmother met the reviewer on two occasions. Her account, given in Welsh and "
                "interpreted with her consent, is reflected throughout this report. The panel is grateful to her and "
                "to the practitioners who contributed to the learning event and who spoke openly about the challenges "
                "of working with families in a widely dispersed rural community.",
                "Rydym yn diolch i'r teulu ac i'r ymarferwyr am eu cymorth.",
            ),
        ],
    ),
    (
        "2. Learning / Dysgu",
        [
            (
                "2.1",
                "Information about breaches of the non-molestation order was held by the police but was not shared "
                "with the school or with children's services. Officers attended the home on three occasions after "
                "neighbours reported shouting, and on each occasion recorded that the former partner had left before "
                "they arrived. Public protection notices were submitted for two of the three incidents and were "
                "reviewed by the multi-agency safeguarding hub, where they were closed with no further action because "
                "the children had not been present at the time of the police visits.",
                "Ni rannwyd y wybodaeth rhwng yr asiantaethau.",
            ),
            (
                "2.2",
                "Child W's school noticed that he was often tired and withdrawn on Monday mornings and that he had "
                "told a teaching assistant that he was frightened when his mother's friend came round. The teaching "
                "assistant recorded the comment on the school's safeguarding system, but it was not linked to earlier "
                "notes about his tiredness. The designated safeguarding person told the review that the school had "
                "not known about the history of domestic abuse, and so the comment was interpreted as a child's "
                "dislike of an unfamiliar visitor rather than as a disclosure.",
                "Roedd yr ysgol yn poeni am y plentyn.",
            ),
            (
                "2.3",
                "The family's use of the Welsh language was not a barrier to their support, but it shaped who could "
                "engage with them and how quickly. Only one social worker in the local team was a fluent Welsh "
                "speaker, and the grandmother told the review that she would have spoken more freely to someone in "
                "her first language. The Active Offer, which requires services to provide support in Welsh without "
                "the person having to ask, was understood by practitioners but was not always achievable in practice "
                "because of staffing across the rural teams.",
                "Roedd y teulu yn siarad Cymraeg gartref.",
            ),
            (
                "2.4",
                "Supervision of the allocated social worker was regular but focused on procedural compliance. "
                "Supervision records confirm that visits were completed within timescales and that the care and "
                "support plan was reviewed, but they do not show any reflective discussion of the risk posed by the "
                "former partner. The social worker told the review that she had felt uneasy about the case and had "
                "not known how to express that unease in a way that would lead to action. The panel considered that "
                "a structured reflective model would have helped her to do so.",
                "Ni chafodd yr achos ei drafod mewn goruchwyliaeth.",
            ),
            (
                "2.5",
                "The board has agreed learning for all agencies in the region. Police public protection notices "
                "involving breaches of protective orders will be shared with schools through the existing "
                "notification scheme, whether or not children were present. Schools will be reminded that comments "
                "from children about adults in the home must be considered alongside other information. The board "
                "will also work with the regional workforce partnership to increase the number of Welsh-speaking "
                "practitioners and to ensure that the Active Offer is consistently available to families across the "
                "whole region.",
                "Mae'r Bwrdd wedi cytuno ar y dysgu hwn.",
            ),
        ],
    ),
]

# --------------------------------------------------------------------------------------------------------------
# 5. numbered-headings.pdf: "Paragraph N" lines under bold unnumbered headings, with footnotes
# --------------------------------------------------------------------------------------------------------------

SCR_RUNNING = "Harrowdene Local Safeguarding Children Board \u2013 Serious Case Review: Family M"
SCR_TITLE = "Serious Case Review: Family M"
SCR_SUBTITLE = "Overview report of the Harrowdene Local Safeguarding Children Board"
# (label, heading, body)
SCR_PARAS = [
    (
        "1",
        "Background",
        "This serious case review concerns three children of the M family, who lived with their mother and her "
        "partner in Harrowdene until they were removed into foster care following a referral from a neighbour. The "
        "children were then aged two, five and seven. Each of them was found to be severely underweight, and the "
        "eldest had untreated dental decay that required extractions under general anaesthetic. The board "
        "commissioned the review because the children had been known to several agencies over a long period and "
        "there were concerns about how those agencies had worked together.",
    ),
    (
        "2",
        "Scope of the review",
        "The review covers the period from the birth of the youngest child until the children were placed in foster "
        "care, a period of just over two years. The terms of reference asked the reviewers (para 3.2) to consider "
        "how agencies identified and responded to neglect, how they shared information, and how supervision "
        "supported practitioners to recognise cumulative harm. The review used a systems methodology[^1], with "
        "conversations with practitioners and managers, a review of agency records and a learning event. Agencies "
        "were asked to provide chronologies and short reports on their involvement with the family.",
    ),
    (
        "3",
        "Family involvement",
        "The children's mother, Ms M, agreed to meet the lead reviewer and spoke candidly about her own childhood, "
        "her depression and her relationship with her partner. She said that she had felt judged by professionals "
        "and had stopped answering the door to visitors because she was ashamed of the state of the house. The "
        "partner declined to take part. The children's views were gathered by their foster carers and social "
        "worker; the eldest said that she wished somebody had asked her what it was like at home.",
    ),
    (
        "4",
        "Early help",
        "The family were first offered early help when the middle child started nursery with delayed speech and "
        "frequent absences. An early help assessment was completed and identified housing conditions, poor "
        "attendance and maternal low mood as concerns. A team around the family met three times, but the plan was "
        "closed when attendance improved for a single half term. The closure summary described the family as having "
        "made good progress. Reviewers found that the underlying concerns about the home had not changed and that "
        "the closure was driven by the demands of a long waiting list.",
    ),
    (
        "5",
        "Health visiting",
        "The health visiting service had the most regular contact with the family during the period under review. "
        "Health visitors recorded concerns about the home conditions on a number of occasions and used the graded "
        "care profile[^2] once, which gave scores indicating substantial neglect in the areas of nutrition and "
        "hygiene. However, the result was not shared with the family's GP or with children's social care. The "
        "health visitor who completed it left the service shortly afterwards, and her successor told the review "
        "that she had not been aware that the assessment existed.",
    ),
    (
        "6",
        "School and dental health",
        "The eldest child's primary school noticed that she was often hungry and took food from other children's "
        "lunch boxes. The school nurse weighed her and found that her weight had fallen from the fiftieth to below "
        "the ninth centile over two years. A referral to the paediatric dietician was made, but the appointment "
        "letters were sent to an old address and the child was discharged after two missed appointments. The "
        "dentist who treated her later described the extent of the decay as the worst he had seen in a child of her "
        "age.",
    ),
    (
        "7",
        "Supervision",
        "Supervision of the practitioners involved was regular in form but did not help them to see the pattern of "
        "cumulative neglect. In children's social care the case was discussed in supervision on six occasions, and "
        "each discussion focused on the most recent incident or task. The health visiting service used a model of "
        "safeguarding supervision that required practitioners to bring the cases they were most worried about, and "
        "the family were never brought because each separate contact on its own did not seem serious enough.\n2019 saw "
        "the introduction of a new supervision policy in that service, but by then the family had moved to a "
        "different caseload and the change made little difference to them.",
    ),
    (
        "8",
        "Information sharing",
        "Information about the family was spread across at least six agency systems and was never brought together. "
        "The police had attended the home twice following reports of a disturbance and had submitted "
        "notifications[^3] that described the house as dirty and cold, with little food in the cupboards. Children's "
        "social care screened these notifications separately, and the earlier early help assessment was not "
        "considered because it was held on a different system. The reviewers were told that the two systems have "
        "since been linked, but the learning about reading a child's history as a whole still applies.",
    ),
    (
        "9",
        "Neglect and its assessment",
        "Neglect was repeatedly recognised but not named. Practitioners used words such as chaotic, struggling and "
        "low standards in their records, which describe the home rather than the impact on the children. As noted "
        "in relation to supervision (see paragraph 7 above), practitioners tended to respond to single incidents "
        "rather than to the accumulating picture. The board's neglect strategy expects practitioners to use the "
        "graded care profile when neglect is suspected, yet reviewers found that it was used only once in two years "
        "and never in a multi-agency setting.",
    ),
    (
        "10",
        "Voice of the child",
        "The children's experiences were seldom recorded in their own words. Home visits were usually arranged in "
        "advance and took place when the children were at school or asleep, and the children were never seen alone "
        "by a social worker during the period under review. When the eldest child told her teacher that there was "
        "no food at home, the teacher recorded the comment but it was seen as an isolated remark. Reviewers consider "
        "that the children's lived experience of hunger and cold should have been at the centre of every assessment "
        "and plan.",
    ),
    (
        "11",
        "Escalation",
        "Several practitioners told the review that they disagreed with decisions to close or step down the case but "
        "did not feel able to challenge them. The board's escalation policy[^4] was known to designated safeguarding "
        "leads in schools but was less familiar to health practitioners, who regarded it as a formal route to be "
        "used only in serious disagreements. Reviewers found no record of any escalation in this case. The board has "
        "since relaunched the policy with a simpler process that encourages early conversations between managers "
        "before formal escalation is required.",
    ),
    (
        "12",
        "Conclusions",
        "The neglect experienced by the M children was serious and prolonged, and it was visible to many "
        "professionals at different times. The review found no single point at which the harm could have been "
        "prevented, but it identified repeated opportunities to bring information together and to name what was "
        "happening. The board accepts the findings of this review and the recommendations that follow, and it will "
        "monitor their implementation through its quality assurance subgroup, reporting to the board within a year "
        "of publication.",
    ),
]

SCR_FOOTNOTES = {
    1: "A systems methodology looks at why practice happened as it did, rather than only at what went wrong.",
    2: "The graded care profile is a structured tool for measuring the quality of care that a child receives.",
    3: "Known locally as child coming to notice reports; each one is screened by the front door team.",
    4: "Harrowdene LSCB, Resolving Professional Differences, revised edition, available from the board.",
}
