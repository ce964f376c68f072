"""Invented prose for the blind8 fixtures.

Everything here is FICTIONAL: people, places, agencies and events are made up
for software testing.  Every paragraph is used exactly once across the five
documents.
"""

FICTIONAL = "FICTIONAL \u2013 for software testing"

# ---------------------------------------------------------------------------
# 1. borderless-table.pdf  - Child T, Brackenfold
# ---------------------------------------------------------------------------
BORDERLESS = [
    ("heading", "1.  Introduction"),
    ("para", "1.1",
     "This review was commissioned by the Brackenfold Safeguarding Children "
     "Partnership after Child T, a boy aged eleven, was admitted to Wenlow "
     "General Hospital with injuries that the treating consultant considered "
     "were not consistent with the explanation given by his stepfather. The "
     "rapid review held within fifteen working days concluded that the "
     "criteria for a local child safeguarding practice review were met, and "
     "the National Panel agreed with that decision. The review has been led "
     "by an independent reviewer working with a panel of senior managers from "
     "the local authority, the police, health commissioners and the education "
     "service."),
    ("para", "1.2",
     "The purpose of the review is not to apportion blame to individual "
     "practitioners but to understand why the help offered to Child T and his "
     "two younger sisters did not protect him, and what needs to change in "
     "the way agencies in Brackenfold work together. Practitioners who knew "
     "the family were invited to a learning event in the autumn, and their "
     "candour has shaped many of the findings that follow. The reviewer is "
     "grateful to them for their time and for the thoughtful way in which "
     "they reflected on difficult decisions made under pressure."),
    ("para", "1.3",
     "Child T's mother and his maternal grandmother agreed to contribute to "
     "the review and met the reviewer on two occasions at a venue of their "
     "choosing. Their account of trying to get help, and of being passed "
     "between services, is reflected throughout this report. The stepfather "
     "was invited to take part but did not respond to letters sent by the "
     "partnership. Child T himself was offered the chance to speak with the "
     "reviewer through his advocate, and chose instead to write a short "
     "letter describing what he wanted professionals to do differently."),
    ("heading", "2.  Background to the review"),
    ("para", "2.1",
     "The family moved to Brackenfold from a neighbouring county in the "
     "spring of the year before the incident, when Child T was ten. Records "
     "transferred from the previous local authority showed that the children "
     "had been subject to child in need plans on two earlier occasions, both "
     "concerning neglect and exposure to domestic abuse between the mother "
     "and a former partner. Those records arrived incomplete: the closing "
     "summary was present but the chronology and the most recent assessment "
     "were not, and nobody in the receiving team noticed that they were "
     "missing."),
    ("para", "2.2",
     "Within weeks of the move the mother began a relationship with the man "
     "who became Child T's stepfather. He was known to Northvale Police for "
     "offences of violence against a previous partner, although none of that "
     "history was known to the school or to the health visiting service at "
     "the time. The children's attendance at school declined over the "
     "following term and Child T was described by his class teacher as "
     "withdrawn, tired and reluctant to change for physical education "
     "lessons, which she attributed at first to the upheaval of the move."),
    ("heading", "3.  Agency involvement"),
    ("unnumbered",
     "This section summarises the involvement of each agency in "
     "chronological order. A fuller chronology was compiled from agency "
     "returns and is held by the partnership."),
    ("para", "3.1",
     "Brackenfold Primary School raised its first concern in the October, "
     "when Child T arrived with a bruise to his cheek that he said had been "
     "caused by a football. The designated safeguarding lead recorded the "
     "explanation and decided that it did not meet the threshold for a "
     "referral, but she did not check the school's own records, which would "
     "have shown two previous unexplained injuries during the summer term. "
     "She later told the review that the pressure of covering a vacant deputy "
     "headteacher post meant that she was managing safeguarding concerns "
     "largely from memory."),
    ("para", "3.2",
     "During November the police attended the family home following a call "
     "from a neighbour who reported shouting and a child crying. Officers "
     "spoke to the mother and stepfather on the doorstep and recorded the "
     "incident as a verbal argument with no offences disclosed. A domestic "
     "abuse risk assessment was completed and graded as standard risk. The "
     "officers did not see or speak to the children, and the notification "
     "sent to children's social care the following day did not mention that "
     "three children lived at the address, because the field recording "
     "household members had been left blank."),
    ("para", "3.3",
     "Children's social care received that notification together with a "
     "second one from the school, which by then had decided to make a "
     "referral after Child T disclosed that his stepfather had grabbed him "
     "hard on the stairs. The two contacts were screened separately by "
     "different social workers in the front door service on the same "
     "afternoon. Neither worker knew of the other contact, and each concluded "
     "that the information alone did not justify a strategy discussion. The "
     "case was passed to early help with a recommendation that a family "
     "support worker should visit (see paragraph 4.1 below)."),
    ("para", "3.4",
     "The family support worker made her first visit three weeks later. She "
     "was newly qualified, had not received the referral documents in full, "
     "and understood her task to be helping the mother with routines and "
     "school attendance. She saw Child T briefly in the living room while his "
     "stepfather was present, and he told her that everything was fine. She "
     "did not ask to see him alone. In supervision her manager focused on "
     "whether the family were engaging with the plan rather than on what the "
     "children had said or how they had presented, and the supervision record "
     "does not mention the earlier injuries. Her manager has since reflected "
     "that the service was carrying several vacancies at the time and that "
     "new staff were allocated complex families too early."),
    ("para", "3.5",
     "Health involvement during this period was limited to the two younger "
     "sisters, who were seen by the health visitor for routine developmental "
     "reviews. At the second of these the health visitor noted that the "
     "mother seemed anxious and kept looking towards the kitchen, where the "
     "stepfather was making a telephone call. She recorded her unease but did "
     "not discuss it with the safeguarding nurse, partly because there was no "
     "open social care involvement on the health record that she could see. "
     "The general practice held information about the mother's low mood that "
     "was never shared with any other agency, because nobody had asked the "
     "practice whether it knew anything about the household."),
    ("heading", "4.  Findings"),
    ("para", "4.1",
     "The first finding of this review is that information which would have "
     "changed the picture was held by almost every agency, but it was never "
     "brought together. The school's record of injuries, the police knowledge "
     "of the stepfather's history, the missing records from the previous "
     "authority and the health visitor's unease each told part of the story. "
     "The front door service in Brackenfold did not at that time have a "
     "reliable way of linking contacts received on the same day about the "
     "same household, and this gap has since been acknowledged by the local "
     "authority."),
    ("para", "4.2",
     "The second finding concerns the way threshold decisions were made. "
     "Practitioners in the school and in the front door service treated each "
     "new piece of information as a separate event to be measured against "
     "the threshold, rather than asking what the accumulation of concerns "
     "meant for the children. This pattern, sometimes called the start again "
     "syndrome, has been identified in national reviews for many years. It "
     "was reinforced here by a culture in which early help was seen as a safe "
     "place to send cases that did not obviously meet the criteria for "
     "statutory intervention."),
    ("para", "4.3",
     "The third finding is that the voice of Child T was heard only faintly "
     "and usually in the presence of the adult he feared. He made one clear "
     "disclosure to a trusted teacher and then, as far as he could see, "
     "nothing happened. His letter to the review asks that professionals "
     "should talk to children on their own and come back if they say it was "
     "nothing. The partnership has accepted that request as a guiding "
     "principle for the changes it is now making to training, supervision "
     "and the recording of children's views."),
]

# ---------------------------------------------------------------------------
# 2. gdocs.html  - Safeguarding Adults Review, Mrs Irene Calloway, Kelderwick
#    ("fn" marks where the footnote reference is inserted)
# ---------------------------------------------------------------------------
GDOCS = [
    ("heading", "Introduction"),
    ("para",
     "This Safeguarding Adults Review was commissioned by the Kelderwick "
     "Safeguarding Adults Board under section 44 of the Care Act 2014 "
     "following the death of Mrs Irene Calloway, who was eighty-three years "
     "old and lived alone in a ground floor flat in the Ashbourne Road area "
     "of the town. Mrs Calloway died in hospital from complications of "
     "pressure ulcers and dehydration, eleven days after she was found on the "
     "floor of her flat by a neighbour. The Board agreed that there was "
     "reasonable cause for concern about how agencies had worked together to "
     "support her."),
    ("para",
     "Mrs Calloway was a retired seamstress who had been widowed for nine "
     "years. Her niece described her as fiercely independent, proud of her "
     "home and wary of strangers, particularly anybody she thought might put "
     "her in a home. She had no children and her niece, who lived some ninety "
     "miles away, telephoned her every Sunday. The review has been greatly "
     "helped by the niece's contribution, which provided a picture of Mrs "
     "Calloway as a person rather than as a series of contacts with "
     "services."),
    ("para",
     "The review covers the period from the January before her death until "
     "the date she died in the following September. It used a hybrid "
     "methodology: agencies provided chronologies and short reflective "
     "reports, and practitioners attended a learning workshop facilitated by "
     "the independent reviewer. Where this report refers to practitioners by "
     "role rather than by name, that is deliberate; the purpose of a "
     "Safeguarding Adults Review is to learn lessons about how the system "
     "worked, not to hold individuals to account."),
    ("heading", "Summary of events"),
    ("para",
     "During the spring Mrs Calloway's general practitioner saw her twice "
     "for leg ulcers and noted that she was losing weight. A referral was "
     "made to the community nursing team, who began visiting twice a week to "
     "dress the ulcers. The nurses recorded that the flat was cold, that "
     "there was little food in the kitchen and that Mrs Calloway sometimes "
     "declined to let them in. These observations were recorded in the "
     "nursing notes but were not shared with the practice or with adult "
     "social care."),
    ("para",
     "Early in June a community nurse raised a safeguarding concern with "
     "adult social care describing self-neglect and a deteriorating home "
     "environment. The concern was screened by the duty team, which decided "
     "that Mrs Calloway had capacity to make decisions about her care and "
     "that, because she had declined a needs assessment on the telephone, no "
     "further action was required. The review found no record that her "
     "capacity had been assessed in relation to the specific decision about "
     "accepting help with food and heating, as the statutory guidance{fn} "
     "makes clear it should have been, and the nurses were never told the "
     "outcome of their concern."),
    ("para",
     "Over the summer the frequency of missed nursing visits increased. On "
     "several occasions the nurses could not gain entry and left a card, "
     "recording the visit as no access. The nursing team's policy required a "
     "manager to be informed after three consecutive missed visits, but the "
     "visits were not consecutive because Mrs Calloway occasionally allowed a "
     "nurse in. Nobody looked at the overall pattern, which showed that she "
     "had been seen only four times in eight weeks during a period of "
     "unusually hot weather."),
    ("bold", "The hospital admission and discharge"),
    ("para",
     "Early in August Mrs Calloway was admitted to Kelderwick General "
     "Hospital after a fall. Ward staff noted grade two pressure damage to "
     "her sacrum and heels and described her as frail, underweight and "
     "occasionally confused. She was keen to go home, and after five days she "
     "was discharged with a package of care consisting of two short visits a "
     "day from a domiciliary care agency. The discharge summary sent to her "
     "general practitioner did not mention the pressure damage or the "
     "episodes of confusion."),
    ("para",
     "The domiciliary care agency had not worked with Mrs Calloway before and "
     "received only a brief referral listing the tasks to be completed at "
     "each visit. Care workers were allocated fifteen minutes for each call. "
     "They told the review that Mrs Calloway often sent them away, saying she "
     "had already eaten, and that they had no information suggesting she was "
     "at risk if they left. The agency's records show that calls were "
     "recorded as declined on eleven occasions in the three weeks before she "
     "was found, without any escalation to the agency's own safeguarding "
     "lead."),
    ("heading", "Analysis"),
    ("plain", "Three themes run through the involvement of agencies with "
              "Mrs Calloway:"),
    ("bullets", ["Understanding and assessing self-neglect",
                 "Mental capacity in everyday practice",
                 "Sharing information across organisational boundaries"]),
    ("para",
     "Self-neglect is often described as one of the most difficult areas of "
     "adult safeguarding, because it requires practitioners to balance "
     "respect for a person's autonomy against their duty to protect. The "
     "practitioners who knew Mrs Calloway were committed and caring, but each "
     "of them saw only a small part of her life. Her decline was gradual and "
     "each individual observation, taken on its own, could be explained as a "
     "lifestyle choice by an independent older woman who valued her "
     "privacy."),
    ("para",
     "The application of the Mental Capacity Act was the weakest point in the "
     "system. Capacity was presumed, as the law requires, but the presumption "
     "was treated as the end of the enquiry rather than the beginning. Mrs "
     "Calloway's episodes of confusion in hospital, her weight loss and her "
     "repeated refusal of food should have prompted professionals to consider "
     "whether she was able to understand and weigh the consequences of "
     "refusing help. Practitioners at the workshop said they lacked "
     "confidence in carrying out and recording capacity assessments for "
     "people who were reluctant to engage."),
    ("para",
     "Information about Mrs Calloway was spread across at least five "
     "different record systems, and no single professional had an overview "
     "of the risks. The community nurses did not know about the hospital "
     "admission until she had been home for a week. The domiciliary care "
     "agency did not know about the nurses, and adult social care did not "
     "know that care visits were being declined. A multi-agency risk "
     "management meeting, which the Board's self-neglect procedure provides "
     "for, was never convened because no agency considered itself to be in "
     "the lead."),
    ("para",
     "The Board has accepted the findings of this review in full. It has "
     "asked partner agencies to review their procedures for responding to "
     "missed visits and declined care calls, to strengthen training on the "
     "practical application of the Mental Capacity Act, and to ensure that "
     "hospital discharge summaries include pressure damage and cognitive "
     "concerns. The Board will monitor progress against an action plan and "
     "will publish a short progress report in twelve months, after consulting "
     "Mrs Calloway's niece about how the learning from her aunt's death is "
     "being used."),
]
GDOCS_FOOTNOTE = ("Care and support statutory guidance, chapter on "
                  "safeguarding, section on self-neglect (cited here only "
                  "as an illustration).")

# ---------------------------------------------------------------------------
# 3. drop-caps.pdf  - learning briefing, Baby R, Tidesworth
# ---------------------------------------------------------------------------
DROPCAP = [
    ("heading", "What happened"),
    ("para",
     "The Tidesworth Safeguarding Partnership commissioned a rapid review "
     "after Baby R, a girl aged seven weeks, was brought to the emergency "
     "department with a fractured femur and bruising to her ear. Her parents, "
     "who were both twenty years old, said she had caught her leg in the "
     "bars of her cot. Medical investigations found older rib fractures that "
     "were consistent with at least one earlier episode of squeezing. This "
     "briefing sets out what professionals knew before her admission and what "
     "every practitioner can learn from her experience."),
    ("para",
     "Both parents had been looked after by the local authority as teenagers "
     "and had recently left supported accommodation. The mother's pathway "
     "plan noted that she had experienced postnatal services as intrusive "
     "during a previous pregnancy that ended in miscarriage. The father had a "
     "history of impulsive anger and had been excluded from two schools, "
     "although he had engaged well with a youth mentor until the mentoring "
     "service lost its funding and closed the year before Baby R was born."),
    ("para",
     "Midwives completed the routine enquiry about domestic abuse at the "
     "booking appointment, but the father attended every antenatal contact "
     "and the question was never repeated when the mother was on her own. "
     "The community midwife recorded that the couple seemed very loved up and "
     "that the father was hands on. Nothing in the antenatal records "
     "suggested that the midwife knew the parents were care leavers, because "
     "the personal adviser from the leaving care team had not been told about "
     "the pregnancy until late in the third trimester."),
    ("para",
     "Health visiting contact followed the universal offer. At the new birth "
     "visit the health visitor saw a small mark on Baby R's nose which the "
     "mother said had been caused by her own fingernail. The explanation was "
     "accepted. Bruising in a baby who is not yet crawling or cruising is "
     "highly unusual, and the Partnership's protocol for bruising in "
     "non-mobile babies requires a referral to children's social care and a "
     "paediatric assessment whatever explanation is offered. The health "
     "visitor told the review she had not thought of a mark on the nose as a "
     "bruise."),
    ("para",
     "At four weeks Baby R was taken to the general practice with a cold, and "
     "the practice nurse noted that she cried whenever her left side was "
     "touched. The nurse recorded that the baby was unsettled, probably with "
     "colic, and advised the parents to return if she did not improve. "
     "Looking back, this may have been the first sign of the rib fractures. "
     "Professionals at the learning event reflected that babies cannot tell "
     "us what has happened to them, and that unexplained distress on handling "
     "should prompt a careful examination of the whole child."),
    ("box", "Practitioner's voice",
     "\u201cWe saw a tired young couple doing their best. Nobody asked what "
     "the dad was like when the baby would not stop crying at three in the "
     "morning.\u201d"),
    ("heading", "What we learned"),
    ("para",
     "Across all agencies the father was almost invisible. He was present at "
     "contacts but was rarely spoken to directly, and his history was not "
     "known to any of the health professionals involved. National reviews "
     "have repeatedly found that men who live with or care for babies are "
     "overlooked by services designed around mothers. In this case the "
     "leaving care team held relevant information about both parents but was "
     "not part of the conversation, because nobody had asked whether the "
     "parents had been in care."),
    ("para",
     "Young parents who have been in care often have good reasons to be wary "
     "of professionals, and that wariness can look like reluctance to engage. "
     "Practitioners described the mother as guarded and the father as "
     "charming, and these impressions influenced how much they probed. "
     "Reflective supervision is one of the best protections against this kind "
     "of optimism bias. The health visitor had not had safeguarding "
     "supervision about this family because it was not on her caseload as a "
     "vulnerable family, which meant there was no prompt to discuss it."),
    ("para",
     "Every practitioner who sees a baby should know and follow the local "
     "protocol for bruising in non-mobile babies. Any bruise, mark or "
     "petechiae on a baby who is not independently mobile must be referred, "
     "even if the explanation offered seems plausible and the parents appear "
     "caring. The protocol exists precisely because well-intentioned "
     "professionals find it hard to act on small injuries in families they "
     "like, and because small injuries are so often a warning of more "
     "serious harm to come."),
    ("heading", "What you can do"),
    ("para",
     "A question that practitioners found helpful at the learning event was "
     "simply this: who else lives here, and who looks after the baby when you "
     "are not there? Asking about fathers, partners and other carers, and "
     "recording what is known about them, should be routine at every contact. "
     "Where a parent is a care leaver, practitioners should ask for consent "
     "to speak with the personal adviser, who may hold information that "
     "changes the assessment of risk and can offer practical support that "
     "other services cannot."),
    ("para",
     "The Partnership has refreshed its non-mobile babies protocol and is "
     "delivering short briefings to general practices, midwifery teams and "
     "health visiting teams across Tidesworth. The leaving care service will "
     "now be notified by midwifery when a care leaver books for antenatal "
     "care. Managers are asked to use this briefing in team meetings and to "
     "discuss with staff how they would respond if they saw a mark like the "
     "one on Baby R's nose. Further resources are available from the "
     "Partnership's website."),
]

# ---------------------------------------------------------------------------
# 4. line-numbers.pdf  - judgment extract, Re K, Marlcombe
# ---------------------------------------------------------------------------
LINENUM = [
    ("heading", "Agency involvement before February"),
    ("para", "12",
     "The local authority accepts that its involvement with K before the "
     "events of 3 February was not of the standard it would expect. Counsel "
     "for the local authority, Ms Prendergast, very properly made that "
     "concession at the outset of the hearing, and I am grateful to her for "
     "doing so. It does not follow that every criticism advanced on behalf of "
     "the mother is made out, and I must consider each of the matters relied "
     "upon against the evidence I have heard and read."),
    ("para", "13",
     "K's allocated social worker between April and November was Mr Daniel "
     "Okafor. He gave evidence over the course of a full day and I found him "
     "to be an honest and reflective witness who was willing to accept where "
     "things had gone wrong. He told me that for much of that period he "
     "carried twenty-eight cases, well above the team's stated maximum, and "
     "that he had three different managers in eight months. I accept that "
     "evidence, which is supported by the workload records disclosed by the "
     "local authority."),
    ("para", "14",
     "Mr Okafor accepted that he did not see K alone on any of his five home "
     "visits. His explanation was that K was shy and clung to her mother, and "
     "that he did not want to cause her distress. It is understandable that a "
     "conscientious social worker might reach that view in the moment. But K "
     "was nine years old, she attended school every day, and there was no "
     "reason why she could not have been seen at school, as the child "
     "protection plan itself required. That was a significant omission."),
    ("para", "15",
     "The school's designated safeguarding lead, Mrs Harriet Lyle, gave "
     "evidence by video link. She described K as a bright girl whose "
     "behaviour changed markedly in the autumn term: she became watchful, "
     "stopped eating her lunch and on two occasions asked whether she could "
     "stay behind after school. Mrs Lyle recorded each of these matters on "
     "the school's electronic system and sent a summary to Mr Okafor in "
     "October. He told me that he did not recall receiving it, and the local "
     "authority has been unable to locate it on its system."),
    ("para", "16",
     "Having considered the email records produced by the school, I am "
     "satisfied that the summary was sent to the correct address and was not "
     "returned as undelivered. I find on the balance of probabilities that it "
     "was received by the local authority. Whether Mr Okafor read it is a "
     "different question, and on that I make no finding, since nothing in "
     "this judgment turns on it. What matters is that important information "
     "from the school reached the local authority and did not inform the "
     "planning for K."),
    ("heading", "The core group and the review conference"),
    ("para", "17",
     "Core group meetings were required to take place every six weeks under "
     "the child protection plan. The minutes show that only two meetings were "
     "held in the seven months before the review conference, and that on "
     "both occasions the school was not represented because the invitation "
     "was sent to a general office address. The health visitor for K's "
     "younger brother attended one meeting and was not invited to the other. "
     "In my judgment the core group did not function as the plan intended "
     "and could not have provided the oversight that the conference had "
     "expected."),
    ("para", "18",
     "The review child protection conference in November was chaired by an "
     "independent reviewing officer, Ms Farida Qureshi. The report prepared "
     "for the conference by Mr Okafor recorded that the plan was progressing "
     "well and recommended that K should be stepped down to a child in need "
     "plan. Ms Qureshi told me that she had concerns about the lack of direct "
     "work with K but that, in the absence of any agency reporting new "
     "concerns, she felt unable to justify continuing the plan. The school "
     "was again not present."),
    ("para", "19",
     "Counsel for the mother, Mr Beaumont, submits that the conference "
     "decision was not merely unfortunate but was reached on a materially "
     "misleading picture. That submission is accepted in part. The "
     "conference report did not refer to the school's concerns, and the chair "
     "was not told that K had never been seen alone. Had the chair known "
     "either of those matters, I am satisfied that the plan would have "
     "continued. I do not find, however, that anybody deliberately withheld "
     "information; the omissions were the product of pressure and poor "
     "systems rather than bad faith."),
    ("heading", "The police investigation"),
    ("para", "20",
     "The police involvement was brief but important. When the mother's "
     "partner, Mr Ryan Sewell, was arrested in December following an "
     "allegation of assault made by a former partner, the investigating "
     "officer checked police systems and saw that there was a child in the "
     "household. A notification was submitted to the multi-agency "
     "safeguarding hub. The officer gave evidence that she expected the hub "
     "to share this with the allocated social worker, but by then the case "
     "had been stepped down and transferred to a different team which did "
     "not receive the notification for nineteen days."),
    ("para", "21",
     "Detective Constable Amira Shah was candid that, with hindsight, she "
     "would have telephoned the social worker directly rather than relying on "
     "the electronic notification. She told me that her training had "
     "emphasised that the hub was the single point of contact and that "
     "officers should not bypass it. She is not to be criticised for "
     "following the procedure she had been taught. The difficulty lies in a "
     "procedure which, on the evidence before me, allowed time-critical "
     "information about a child to sit in an unallocated queue over the "
     "Christmas period."),
    ("heading", "Conclusions on the findings sought"),
    ("para", "22",
     "Against that background I turn to the findings sought. The local "
     "authority invites me to find that K suffered physical harm at the hands "
     "of Mr Sewell on or about 3 February, and that the mother failed to "
     "protect her. The mother accepts the first finding but disputes the "
     "second. She says, and I accept, that she had no knowledge of Mr "
     "Sewell's previous conviction and that she had told the social worker "
     "she was worried about his temper, a matter recorded in Mr Okafor's "
     "notes of his visit in September."),
    ("para", "23",
     "The question of failure to protect must be considered with care and "
     "without hindsight. The mother was a young woman with limited support "
     "who had herself been subjected to controlling behaviour by Mr Sewell. "
     "She reported her worries to the professional who was supposed to help "
     "her, and the response she received was that the plan was going well "
     "and would be closed. I am not persuaded that the local authority has "
     "proved that she failed to protect K in the circumstances as they were "
     "known to her at the time."),
    ("para", "24",
     "Nothing in this judgment should be read as a finding that any "
     "individual professional was responsible for the injuries K suffered. "
     "The person responsible was Mr Sewell. But the court is entitled, and in "
     "my view obliged, to record that the system around K did not work as it "
     "should. Information held by the school, the police and the social "
     "worker was never brought together, and the decision to step down the "
     "plan was taken on an incomplete and overly optimistic picture of her "
     "life at home."),
    ("para", "25",
     "Directions will be given for a copy of this judgment to be sent to the "
     "Marlcombe Safeguarding Children Partnership so that it may consider "
     "whether the circumstances meet the criteria for a local child "
     "safeguarding practice review. The parties should agree an anonymised "
     "version suitable for publication within twenty-eight days. Counsel are "
     "invited to draw up an order reflecting these findings and the case "
     "management directions given at the conclusion of the hearing, which "
     "are recorded separately and do not form part of this extract."),
]

# ---------------------------------------------------------------------------
# 5. sublists.docx  - Child R, Eastmoor
#    ("para", label, body, marker_style or None, [items])
# ---------------------------------------------------------------------------
SUBLISTS = [
    ("heading", "3\tBackground"),
    ("para", "3.1",
     "Child R is a girl who was fourteen years old at the time of the "
     "incident that led to this review. She lived with her father and his "
     "partner in the Hollins Lane area of Eastmoor, and had regular contact "
     "with her mother, who lived in a neighbouring borough. Child R has a "
     "diagnosis of autism and attended a specialist secondary provision, "
     "where staff described her as creative, funny and very attached to "
     "routine. She has given permission for her views to be included in this "
     "report.", None, []),
    ("para", "3.2",
     "Between the ages of twelve and fourteen Child R went missing from home "
     "on nineteen occasions. Most episodes were short and she usually "
     "returned on her own by the following morning, but on three occasions "
     "she was found by police in the company of adult men in the town "
     "centre. Return home interviews were offered after each episode, "
     "although Child R took part in only four of them, and the information "
     "gathered was not consistently recorded in a way that allowed patterns "
     "to be identified.", None, []),
    ("para", "3.3",
     "The review was asked by the Partnership to consider a number of "
     "specific questions, which were agreed with the independent reviewer at "
     "the outset and shared with all the agencies that contributed "
     "chronologies. Those questions reflected concerns raised at the rapid "
     "review about how the risk of exploitation was understood for a child "
     "with additional needs, and were framed as follows:",
     "dot",
     ["How well did agencies understand the risk of child sexual "
      "exploitation to Child R?",
      "Was her autism taken into account in assessments, planning and "
      "direct work?",
      "How effectively did agencies share information about the adults she "
      "was found with?"]),
    ("heading", "4\tAnalysis of practice"),
    ("para", "4.1",
     "Agencies were slow to recognise that Child R's missing episodes were a "
     "sign of exploitation rather than a behavioural problem. Records from "
     "the first year describe her as absconding, choosing to stay out and "
     "putting herself at risk, language which places responsibility on the "
     "child. Practitioners at the learning event recognised that this "
     "language shaped the way the episodes were discussed at meetings and "
     "made it harder to see Child R as a victim of adults who were targeting "
     "her.", None, []),
    ("para", "4.2",
     "The multi-agency child exploitation meeting first considered Child R in "
     "the March of the second year. The meeting was well attended, but the "
     "review found that several important pieces of information were not "
     "available to it, even though each was held by a partner agency and "
     "could have been shared lawfully under existing agreements. In "
     "particular, the meeting was not told:",
     "paren",
     ["that the police had identified one of the men as a suspect in "
      "another exploitation investigation;",
      "that Child R's school had seen her with an expensive new phone she "
      "could not explain;",
      "that her mother had reported messages from an unknown adult on Child "
      "R's social media account."]),
    ("para", "4.3",
     "Child R's autism affected how she understood relationships and how she "
     "communicated about them. Her specialist school understood this well and "
     "had developed visual tools to help her talk about her feelings, but "
     "these were not used by the social worker or by the return home "
     "interview service. Child R told the reviewer that she found it hard to "
     "answer questions from people she did not know, and that she sometimes "
     "said yes to make a conversation end more quickly.", None, []),
    ("para", "4.4",
     "Safety planning for Child R relied heavily on her father agreeing to "
     "report her missing promptly and on Child R agreeing to keep her phone "
     "switched on. Neither measure addressed the adults who were exploiting "
     "her. The police did consider disruption tactics, including child "
     "abduction warning notices, but these were not issued because officers "
     "believed Child R would not support them. The review heard that the "
     "decision was not revisited when new information about the men "
     "emerged.", None, []),
    ("para", "4.5",
     "Supervision of the allocated social worker was regular and recorded, "
     "and her manager showed a good understanding of the family dynamics. "
     "Supervision was less effective at challenging the drift in planning. "
     "The same actions appear in consecutive supervision records over a "
     "period of five months without being completed or reconsidered. The "
     "social worker told the review that she had felt the case was stuck but "
     "did not know what else she could do, and that she would have valued a "
     "specialist consultation on exploitation.", None, []),
    ("heading", "5\tFindings and recommendations"),
    ("para", "5.1",
     "The review makes four findings for the Partnership to consider. Each "
     "finding is accompanied by a recommendation, and the Partnership has "
     "already begun work on some of the issues identified, including a "
     "revised approach to return home interviews. The findings are intended "
     "to apply to practice across Eastmoor and not only to the agencies "
     "involved with Child R, since the practitioners who met with the "
     "reviewer described similar difficulties with other children.",
     None, []),
    ("para", "5.2",
     "Finding one concerns the language used to describe children at risk of "
     "exploitation. Practitioners should use language that recognises the "
     "child as a victim and that describes the actions of the adults "
     "involved. The Partnership should therefore ensure that its multi-agency "
     "training, audit tools and meeting templates support this change in "
     "practice, and in particular that they prompt practitioners to "
     "consider:",
     "roman",
     ["who the child is with when they go missing, and where;",
      "what the child may be gaining or losing in those relationships;",
      "whether the child's additional needs increase their vulnerability to "
      "exploitation."]),
    ("pagebreak",),
    ("para", "5.3",
     "Finding two concerns the sharing of information between the police, "
     "schools and the exploitation meeting. Information that would have "
     "changed the assessment of risk was held by individual agencies but did "
     "not reach the people making decisions. The Partnership should review "
     "the arrangements for preparing for exploitation meetings, so that each "
     "agency is expected to bring a summary of all relevant intelligence "
     "rather than relying on what happens to be known by the person who "
     "attends.", None, []),
    ("para", "5.4",
     "Finding three concerns children with special educational needs and "
     "disabilities who are at risk outside the home. The specialist "
     "knowledge held by Child R's school was not used to shape the way other "
     "professionals communicated with her, even though her teachers had "
     "offered to help. The Partnership should ask its member agencies to "
     "report back within six months on the following questions, and should "
     "publish a summary of their answers:",
     "dot",
     ["How are the communication needs of disabled children identified at "
      "the start of assessment?",
      "How is advice from specialist education staff included in safety "
      "plans for those children?"]),
    ("para", "5.5",
     "Finding four concerns supervision and specialist consultation. Where a "
     "plan for a child at risk of exploitation has not made progress over "
     "two consecutive supervision sessions, the case should be discussed with "
     "a specialist exploitation practitioner or brought to a group "
     "supervision forum. The Partnership should seek assurance from the "
     "local authority that such consultation is available to every social "
     "worker and that its use is recorded, so that drift of the kind seen in "
     "this case is noticed and addressed.", None, []),
]
