"""Invented prose bank for the blind cutter test documents.

EVERYTHING HERE IS FICTIONAL – written for software testing.  No sentence is
taken from a real safeguarding review; all people, places and agencies are
invented.  Text uses slots ({S}, {he}, {M}, ...) that make.py fills per
document.  A straight apostrophe ' is turned into a typographic one (’) when
the slots are filled.

Each "seed" is a short, coherent block (one topic, several sentences).  A
numbered paragraph in a test document is one to three seeds, never reusing a
seed within the same file, so every sentence is unique inside its file.
"""

SEEDS: dict[str, str] = {
    # ---------------------------------------------------------------- intro
    "I1": (
        "{Rev} was commissioned by the {PART} after a referral was considered against the "
        "statutory criteria. The rapid review concluded that the case raised issues of importance "
        "about how agencies work together, and the independent chair agreed that a proportionate, "
        "systems-focused approach would be taken. {Rev} does not seek to apportion blame to "
        "individuals. It aims instead to understand why practice unfolded as it did and what "
        "conditions would make better outcomes more likely in future. The terms of reference were "
        "agreed by the case review group in the autumn."
    ),
    "I2": (
        "The period under review runs from the first contact recorded by any agency to the date of "
        "the incident that prompted the referral. Where events before that period help to explain "
        "later decisions, they are summarised briefly and marked as context rather than analysed in "
        "detail. Agencies were asked to provide chronologies, short reports on their involvement and "
        "the names of practitioners who could contribute to a learning event. Each agency was also "
        "asked to reflect critically on its own practice rather than simply describing what took place."
    ),
    "I3": (
        "Practitioners who worked with {S} were invited to a learning event facilitated by the "
        "independent reviewer. Twenty-three staff from eleven services attended, and several others "
        "contributed through individual conversations held by video call. Their accounts were candid "
        "and thoughtful, and they have shaped the analysis in important ways. The reviewer is grateful "
        "to them for giving their time while continuing to manage demanding workloads, and for their "
        "willingness to talk openly about decisions that, with hindsight, they would have made differently."
    ),
    "I4": (
        "The family were told about {rev} at the outset and were offered the opportunity to "
        "contribute. Family members met the reviewer on two occasions, once at home and once at a "
        "venue of their choosing, and a support worker from an independent advocacy service attended "
        "both meetings. Their views are reflected throughout the report, and where they disagree with "
        "the account given by agencies this is recorded. The family asked that the report should be "
        "written in plain language and that it should avoid the jargon which they had found alienating "
        "during their contact with services."
    ),
    "I5": (
        "The methodology drew on systems thinking and on the principles set out in national guidance "
        "on case reviews. The reviewer read the agency reports and chronologies, identified key "
        "practice episodes and tested emerging hypotheses with practitioners and managers. A draft "
        "report was shared with the review panel, whose members challenged the analysis and corrected "
        "factual points. The findings were then presented to senior leaders, who were asked to describe "
        "what they would do differently as a result and how they would know whether any change had "
        "made a difference."
    ),
    "I6": (
        "Names of individuals have been anonymised and some details have been altered so that the "
        "people involved cannot be identified. {S} is referred to by an initial that bears no relation "
        "to {his} real name, and professionals are described by their role rather than by name. Dates "
        "are given to the month where that is sufficient to understand the sequence of events. The "
        "places and organisations named in this report are invented, and any resemblance to real "
        "services is coincidental."
    ),
    # ------------------------------------------------------- child background
    "B1": (
        "{S} was the second of three children and lived with {M} and two siblings in a rented flat on "
        "the edge of the town centre. {M} had moved to the area four years earlier to be closer to a "
        "friend, and she had limited contact with her own family. Professionals who knew {S} describe a "
        "lively and affectionate child who enjoyed drawing, loved animals and was protective of a "
        "younger sibling. {His} school described {him} as bright but easily distracted, and noted that "
        "{he} was often tired in the mornings."
    ),
    "B2": (
        "{M} had a history of anxiety and low mood that dated back to her own adolescence. She had been "
        "prescribed medication by {GP} on several occasions but told practitioners that she often "
        "stopped taking it because of side effects. She was open about finding parenting difficult "
        "when she was unwell, and she asked for help more than once. The way in which those requests "
        "were heard, and the responses they received, is an important thread in {rev}."
    ),
    "B3": (
        "{S}'s father did not live with the family, and his contact with the children was irregular. "
        "Agencies held limited information about him, and several practitioners said they were not "
        "aware of his name until late in the period under review. He was not invited to any of the "
        "meetings convened about {S}, and no agency sought his views. This is a familiar pattern in "
        "case reviews, where men who are significant in a child's life remain largely invisible to "
        "the professionals working with the family."
    ),
    "B4": (
        "The family had been known to {SC} before the period under review. An earlier assessment, "
        "completed when {S} was a baby, had identified concerns about the condition of the home and "
        "about the mental health of {m}, and the case was closed after a short period of family "
        "support. The records of that earlier involvement were available electronically but were not "
        "read by the practitioners who later became involved, who therefore began each new assessment "
        "without the benefit of what was already known."
    ),
    "B5": (
        "{M} formed a relationship with a new partner around two years before the incident. The "
        "partner, referred to in this report as Mr D, moved into the family home within a few months "
        "and was present during many professional visits. Neighbours later told police that they had "
        "heard shouting from the flat on a number of occasions. None of the agencies involved carried "
        "out checks on Mr D at the time, and his history of violence towards a previous partner was "
        "not known to the practitioners who were working with {S}."
    ),
    "B6": (
        "Attendance at {SCH} declined steadily over the eighteen months before the incident. By the "
        "final term it had fallen to just over sixty per cent, with many absences recorded as illness "
        "without further explanation. The attendance officer made several telephone calls to {m} and "
        "sent the standard sequence of letters. Staff said that they were worried about {S} but that "
        "the attendance process was treated as a separate administrative task rather than as part of "
        "their safeguarding response."
    ),
    "B7": (
        "The family's housing was a persistent source of stress. The flat was damp, the heating "
        "failed repeatedly during two winters, and numerous complaints were made to {HOUS}. A housing "
        "officer visited on three occasions and noted that the property was cluttered and that there "
        "was little food in the kitchen. These observations were recorded on the housing file but were "
        "not shared with other agencies because the officer did not consider that they met the "
        "threshold for a safeguarding referral."
    ),
    "B8": (
        "{S} was seen regularly by health professionals in the early years. The health visiting "
        "service completed the mandated contacts, and immunisations were up to date until the age of "
        "three. After that point contact with universal health services became sporadic, and two "
        "appointments with a community paediatrician for concerns about speech and language were "
        "missed. The letters notifying the family of the missed appointments were sent to an old "
        "address, and the referral was closed without any follow-up."
    ),
    # ----------------------------------------------------------- child events
    "E1": (
        "In the spring of the first year under review, {SCH} made a referral to {SC} after {S} arrived "
        "at school with a bruise to the side of {his} face. {S} told a teaching assistant that {he} had "
        "fallen against a door at home. {M} gave the same explanation when the designated safeguarding "
        "lead telephoned her later that day. The referral was screened by the front door team, who "
        "decided that it did not meet the threshold for a statutory assessment and passed it to early help."
    ),
    "E2": (
        "The early help practitioner who received the case visited the family twice in the following "
        "month. She found {m} welcoming but exhausted, and the two of them agreed a plan focused on "
        "routines, school attendance and support with debt. The plan did not mention the bruise that "
        "had led to the referral, and the practitioner later explained that she had understood the "
        "injury to have been explained and resolved. Mr D was present at the second visit but was not "
        "spoken to on his own."
    ),
    "E3": (
        "Over the summer the police were called to the family's address following a report of a "
        "disturbance. Officers found {m} upset and Mr D intoxicated, and the children were in bed. "
        "She declined to make a statement and said that there had been an argument but nothing "
        "physical had happened. The officers completed a domestic abuse risk assessment, which was "
        "graded as standard risk, and a notification was sent to {SC} and to the school in line with "
        "local arrangements."
    ),
    "E4": (
        "The notification from {POL} arrived during the school holidays and was processed by a duty "
        "worker who noted that the family were already receiving early help. It was forwarded to the "
        "early help practitioner with a request that she discuss it with {m}. The practitioner was on "
        "leave, and the message sat in a shared inbox for nearly three weeks. When she returned she "
        "telephoned the family, and was told that the incident had been a one-off and that Mr D had "
        "since moved out."
    ),
    "E5": (
        "In the autumn {S} told a teacher that {he} did not want to go home because Mr D was \u201calways "
        "shouting\u201d. The teacher recorded the disclosure and passed it to the designated safeguarding "
        "lead, who decided to monitor the situation rather than make a further referral. The rationale "
        "recorded was that early help was already involved and that the family were engaging well. "
        "The school did not check with the early help practitioner whether Mr D was still living at "
        "the address."
    ),
    "E6": (
        "{GP} saw {S} in November with a chest infection. The consultation notes record that {S} was "
        "quiet and that {m} appeared tired, but there is no reference to the household composition or "
        "to any safeguarding concerns. The practice had received a copy of the police notification in "
        "the summer, but it had been scanned into the mother's record rather than the child's and was "
        "not flagged. The clinician who saw {S} therefore had no reason to ask about the home situation."
    ),
    "E7": (
        "A strategy discussion was held in January after {S} was seen by a neighbour standing outside "
        "the flat late at night in thin clothing. The discussion involved {SC} and the police, but "
        "health and education were not invited. It concluded that the threshold for a child protection "
        "enquiry was not met because {S} had been let back into the flat promptly and a plausible "
        "explanation had been given. An assessment by a social worker was nonetheless agreed, which "
        "was the first statutory involvement in the period under review."
    ),
    "E8": (
        "The social worker allocated to complete the assessment was newly qualified and carried a "
        "caseload that her manager acknowledged was higher than the service's own guideline. She "
        "visited the family three times, saw {S} alone once, and spoke to the school and the early "
        "help practitioner. Her assessment recognised the low mood of {m} and the family's financial "
        "difficulties. It recorded that Mr D had moved out, which was the information she had been "
        "given, and it recommended that the case step down to early help."
    ),
    "E9": (
        "Shortly after the assessment concluded, {HOSP} treated {S} for a burn to the back of {his} "
        "hand. The explanation given was that {S} had knocked over a cup of tea, and the emergency "
        "department doctor judged the injury consistent with that account. The department's "
        "safeguarding checklist was completed and the box indicating that the child was known to "
        "social care was ticked, but no contact was made with {SC} to check the current position. A "
        "routine notification was sent to the health visiting service, which no longer had an active "
        "involvement with the family."
    ),
    "E10": (
        "In the weeks before the incident, the school noticed that {S} was hungry at lunchtime, had "
        "lost weight and was reluctant to change for physical education. The designated safeguarding "
        "lead decided to make a referral and completed the online form on a Friday afternoon. The form "
        "was acknowledged automatically but was not screened until the following Wednesday because of "
        "pressure on the front door team. By then the incident that prompted {rev} had taken place."
    ),
    "E11": (
        "The incident itself occurred at the family home during the evening. {S} sustained injuries "
        "that required treatment in hospital, and {he} was subsequently placed with foster carers "
        "under police protection. Mr D was arrested and later charged with offences that are still "
        "before the courts at the time of writing. The criminal proceedings have limited what could be "
        "said about the detail of the incident, and no attempt has been made here to establish the "
        "facts of what took place that evening."
    ),
    "E12": (
        "{S} is now living with foster carers and is reported to be settled and making good progress "
        "at a new school. {He} has told {his} social worker that {he} would like the people who work "
        "with children to \u201cask more questions and listen to the answers\u201d. These wishes have been "
        "borne in mind throughout, and the reviewer has tried to keep the lived experience of {S} at "
        "the centre of the analysis rather than focusing only on the actions of professionals."
    ),
    # -------------------------------------------------------- generic analysis
    "A1": (
        "Information about {S} was held by at least seven agencies, but no single practitioner had a "
        "complete picture at any point. Each agency knew something important, and each assumed that "
        "others knew what they knew. This is not a new finding. It recurs in reviews nationally and "
        "locally, and it reflects the difficulty of sharing information in a system where records are "
        "held separately, where thresholds for sharing are interpreted differently, and where "
        "practitioners rarely meet each other face to face."
    ),
    "A2": (
        "The threshold for statutory intervention was applied to individual episodes rather than to "
        "the cumulative picture. Each referral was assessed on its own merits and judged not to meet "
        "the threshold, but no one stood back to consider what the pattern of referrals was saying. "
        "Practitioners explained that the pressure on the front door meant that decisions had to be "
        "made quickly, and that the systems available to them did not make it easy to see the history "
        "of previous contacts on a single screen."
    ),
    "A3": (
        "There was a strong tendency to accept explanations at face value. Practitioners were "
        "understandably keen to build a relationship and to avoid appearing suspicious or judgemental. "
        "However, the balance between trust and professional curiosity tipped too far towards "
        "acceptance. Explanations for injuries, for absences and for changes in the household were "
        "recorded but not tested, and there were few occasions on which a practitioner asked to see "
        "the evidence that would have confirmed or contradicted what they were told."
    ),
    "A4": (
        "Supervision did not provide the challenge that might have altered the direction of the work. "
        "Notes of supervision sessions are brief and largely descriptive, recording actions to be "
        "taken rather than reflecting on hypotheses or risks. Managers acknowledged that supervision "
        "was often squeezed by operational demands and that reflective discussion was the first thing "
        "to be lost when the service was under pressure. Practitioners said that they valued "
        "supervision but rarely experienced it as a space to think."
    ),
    "A5": (
        "Escalation procedures existed but were not used. At several points a practitioner disagreed "
        "with a decision made by another agency, and on at least two occasions that disagreement was "
        "recorded in a case note. Neither practitioner used the escalation procedure, and both said "
        "they were not confident about how it worked or whether using it would make any difference. "
        "One described escalation as \u201csomething you do when you have run out of other options\u201d, "
        "rather than as a routine part of professional challenge."
    ),
    "A6": (
        "The records reviewed were often detailed about what happened but thin on why decisions were "
        "taken. It is difficult, reading them now, to understand the reasoning behind key decisions, "
        "what alternative courses of action were considered, and what risks were judged acceptable. "
        "Good recording is not simply a matter of compliance. It allows practitioners to check their "
        "own thinking, enables colleagues to pick up a case in an emergency, and provides the evidence "
        "on which later decisions, including those of the courts, depend."
    ),
    "A7": (
        "Agencies worked to their own timescales and processes, and these did not always fit together. "
        "A referral made on a Friday was not screened until the following week, a notification was "
        "forwarded to an absent worker, and a letter was sent to an address the family had left. Each "
        "of these delays was explicable in isolation. Taken together, they show how the system as a "
        "whole can lose time that a vulnerable person cannot afford, even where every individual is "
        "doing their best within the constraints they face."
    ),
    "A8": (
        "Professionals did not consistently consider the impact of poverty on the family's "
        "circumstances. Debt, insecure housing and food insecurity were recorded, but they were rarely "
        "analysed as factors that increased stress and reduced the capacity to cope. Equally, poverty "
        "was sometimes used as an explanation that closed down further enquiry, so that signs of "
        "neglect were attributed to financial hardship without considering whether they also indicated "
        "a problem of care. Both tendencies are understandable, and both need to be guarded against."
    ),
    "A9": (
        "Meetings were convened but did not always include the right people. Health professionals were "
        "absent from key discussions, some agencies were not invited to review plans, and housing was "
        "not involved in any multi-agency forum. When key agencies are missing from decision-making, "
        "the decisions are made on partial information, and the absent agencies do not hear the "
        "concerns of others that might have given significance to what they had observed themselves."
    ),
    "A10": (
        "Workforce pressures formed the backdrop to much of the practice described here. Caseloads "
        "were high, there were vacancies in several teams, and a significant proportion of "
        "practitioners were relatively new in post. Managers were candid about the effect this had on "
        "the quality of work. None of this excuses poor practice, but it is essential context, and any "
        "response that relies solely on reminding practitioners of procedures is unlikely to produce "
        "lasting change."
    ),
    "A11": (
        "The use of electronic systems both helped and hindered practice. Practitioners could see "
        "whether a person was known to their own agency, but not what other agencies knew. Alerts were "
        "set on some records but not others, and the criteria for setting them were inconsistent. "
        "Practitioners described spending a significant part of their day navigating systems, and "
        "several said that they had stopped reading historical records because it took too long to "
        "find anything useful in them."
    ),
    "A12": (
        "The review found examples of good practice that should be recognised. Several practitioners "
        "went beyond what their role required, visiting outside office hours, advocating with other "
        "services and persisting when their calls were not returned. The learning event itself showed "
        "a workforce that was reflective and committed. Recognising this matters, both because it is "
        "true and because a review that only identifies failings risks reinforcing the defensive "
        "practice that makes good outcomes less likely."
    ),
    # ---------------------------------------------------------- child analysis
    "CA1": (
        "The lived experience of {S} was not at the centre of professional attention. Much of the work "
        "focused on the needs of {m}, which were real and pressing, and on the practical problems facing "
        "the household. Direct work with {S} was limited, and on the occasions when {he} was seen alone, "
        "the conversation was not recorded in enough detail to understand what {he} was saying about "
        "life at home. {His} behaviour at school, {his} hunger and {his} reluctance to go home were "
        "communications that were noted but not interpreted."
    ),
    "CA2": (
        "The significance of the adult males in the household was not understood. Mr D was seen at "
        "visits but not assessed, and the father of {S} was not contacted at all. Practitioners relied "
        "on the mother's account of who was living in the household and did not check it against other "
        "sources. The absence of any assessment of Mr D meant that no agency considered the risk he "
        "might pose, even though his presence coincided with the first injury, the domestic abuse "
        "call-out and the statement by {S} that {he} did not want to go home."
    ),
    "CA3": (
        "Injuries to a child known to services should always prompt a conversation between agencies, "
        "even when the explanation appears plausible. On two occasions, injuries to {S} were assessed "
        "by a single agency without reference to what others knew. The hospital had no means of seeing "
        "the history held by the school, and the school did not know about the hospital attendance. A "
        "simple telephone call at either point might have brought the pieces together and led to a "
        "different assessment of the risks {S} faced."
    ),
    "CA4": (
        "Step-down from statutory services to early help took place without a robust plan. The "
        "assessment recommended step-down on the basis that the family were engaging and that risks "
        "had reduced. The early help plan that followed was largely the same as the one in place "
        "before the assessment, and it did not address the concerns that had led to statutory "
        "involvement. The transfer was completed by email, and there was no joint visit or meeting to "
        "hand over the case."
    ),
    "CA5": (
        "Neglect was present in the life of {S} for a long period but was never named as such. "
        "Observations about the state of the home, about hunger and appearance, about missed health "
        "appointments and about poor school attendance were recorded by different agencies at "
        "different times. None of them used a structured tool to assess neglect, even though the "
        "partnership had introduced one two years earlier. Without a shared framework, each "
        "observation was judged as minor, and the cumulative harm went unrecognised."
    ),
    # ------------------------------------------------------- adult background
    "AB1": (
        "{S} was a man in his late fifties who lived alone in a ground-floor flat owned by {HOUS}. He "
        "had worked for many years as a lorry driver until a back injury forced him to stop, and he "
        "had been in receipt of disability benefits for over a decade. Those who knew him describe a "
        "private, proud man with a dry sense of humour who did not like to ask for help. He was "
        "estranged from most of his family but remained in occasional contact with a younger sister."
    ),
    "AB2": (
        "{S} had a long history of alcohol use, which he described as having begun as a way of coping "
        "with pain. He had been admitted to hospital on a number of occasions with conditions related "
        "to alcohol, including pancreatitis and falls. He had twice been referred to the community "
        "alcohol service but had not attended his initial appointments. Practitioners who knew him said "
        "that he would talk about his drinking when he trusted them, but that he was ashamed of it and "
        "would become defensive if he felt judged."
    ),
    "AB3": (
        "{S} also had type 2 diabetes, chronic obstructive pulmonary disease and reduced mobility. He "
        "was supposed to be reviewed regularly by {GP} and by the community respiratory team, but his "
        "attendance was poor. Over the period under review he missed more than twenty health "
        "appointments. He was discharged from two services under their policies for non-attendance, "
        "and the letters informing him of this were sent to his home address, where his sister later "
        "found them unopened."
    ),
    "AB4": (
        "The condition of the flat deteriorated significantly over the period under review. A repairs "
        "operative who visited in the first year reported that the property was cluttered and that "
        "there was a strong smell. By the final months, the flat had no working heating, there was "
        "rubbish throughout the rooms and access to the bathroom was obstructed. {S} slept in a chair "
        "in the living room, which he rarely left, and he relied on a neighbour to bring him shopping "
        "when his own supplies ran out."
    ),
    "AB5": (
        "The sister of {S}, referred to in this report as Ms P, was the only family member in regular "
        "contact with him. She lived some distance away and did not drive, and she visited when she "
        "could. She said that she had become increasingly worried about her brother and had rung a "
        "number of services to express her concerns. She felt that she was not listened to and that "
        "her concerns were treated as interference rather than as valuable information from someone "
        "who knew him well."
    ),
    "AB6": (
        "{S} had been assessed by {SC} on two occasions before the period under review. Both "
        "assessments concluded that he did not have eligible needs for care and support, in part "
        "because he declined help and in part because his needs were judged to arise from his "
        "drinking rather than from any underlying condition. Neither assessment considered whether his "
        "ability to make decisions about his care was affected by his alcohol use, and neither "
        "involved his sister."
    ),
    "AB7": (
        "{S} had experienced significant trauma earlier in his life. His sister described a childhood "
        "marked by violence and the early death of their mother, and he had told a nurse during one "
        "hospital admission that he had \u201cnever got over\u201d the death of his partner in a road "
        "accident fifteen years earlier. This history was not known to most of the practitioners who "
        "worked with him, and it was not considered in any assessment of his needs or of his apparent "
        "reluctance to engage with services."
    ),
    # ----------------------------------------------------------- adult events
    "AE1": (
        "In the first year under review, {S} was admitted to {HOSP} after a fall at home. He was found "
        "by a neighbour who had noticed that his curtains had not been opened for two days. He was "
        "treated for a fractured wrist and for the effects of alcohol withdrawal, and he was discharged "
        "after five days. The discharge summary sent to {GP} recommended a referral to the community "
        "alcohol service and a review of his mobility, but neither referral was made."
    ),
    "AE2": (
        "Three months later, a housing officer visited following complaints from neighbours about the "
        "smell from the flat. She found {S} in poor health and his home in a very neglected condition. "
        "She raised a safeguarding concern, describing him as \u201cat serious risk of harm through "
        "self-neglect\u201d. The concern was screened at the front door of {SC} and was closed the "
        "following week after a telephone conversation in which he said that he was managing and did "
        "not want any help."
    ),
    "AE3": (
        "Ms P telephoned {GP} in the autumn to say that she was worried about her brother's drinking "
        "and his physical health. The receptionist took a message, and a note was added to the record. "
        "The GP telephoned {S}, who said that he was fine and that his sister worried too much. The GP "
        "did not call Ms P back, and there is no record that consideration was given to a home visit, "
        "even though {S} had not attended the surgery for over a year."
    ),
    "AE4": (
        "During the winter, the ambulance service was called to the flat on three occasions within six "
        "weeks. On each occasion {S} had fallen and was unable to get up. On two of the occasions he "
        "declined to be taken to hospital, and the crews recorded that he had capacity to make that "
        "decision. The crews made a safeguarding referral after the third call, noting the cold and the "
        "conditions in the flat, and the referral was passed to the same front door team that had "
        "closed the earlier concern."
    ),
    "AE5": (
        "The second safeguarding concern resulted in a visit by a social worker. She found {S} sitting "
        "in a chair surrounded by empty bottles and food packaging, with the heating not working. He "
        "was courteous but refused any assistance, saying that he did not want \u201cstrangers coming "
        "into the house\u201d. The social worker concluded that he had capacity to make decisions about "
        "his care and closed the case, advising him to contact the service if his situation changed."
    ),
    "AE6": (
        "In the spring, {S} was admitted to hospital with a chest infection and severe pressure damage "
        "to his legs. The ward nurses raised concerns about self-neglect, and a safeguarding concern "
        "was made by the hospital's safeguarding team. A discharge planning meeting was held, but Ms P "
        "was not invited and community services were not represented. He was discharged home with a "
        "package of care involving two visits a day, which he agreed to as a condition of discharge."
    ),
    "AE7": (
        "The care package began the day after discharge but broke down within a fortnight. Carers "
        "reported that {S} often did not answer the door and that, when they did gain access, he "
        "declined personal care and asked them to leave. The care agency notified the commissioning "
        "team after a series of missed visits, and the package was cancelled at his request. No review "
        "meeting was held, and the hospital safeguarding team was not informed that the arrangements "
        "on which discharge had been agreed were no longer in place."
    ),
    "AE8": (
        "A multi-agency meeting under the self-neglect procedures was arranged for the early summer, "
        "some weeks after the care package ended. It was attended by {SC}, {HOUS} and the community "
        "nursing team, but the GP practice sent apologies and the police were not invited. The meeting "
        "agreed a series of actions, including a capacity assessment and a referral for a fire safety "
        "check. The minutes were not circulated for almost a month, and by that time few of the "
        "actions had been progressed."
    ),
    "AE9": (
        "A fire safety officer visited in late summer and found that {S} was smoking in his chair and "
        "that there were burn marks on the carpet and on the arms of the chair. The officer fitted "
        "smoke alarms, gave advice and made a referral describing the risk of fire as high. This "
        "referral was added to the existing record but did not prompt a further multi-agency meeting, "
        "because the self-neglect case was still open and was thought to be being managed."
    ),
    "AE10": (
        "{S} was found dead in his flat by his sister in the autumn. The coroner's investigation is "
        "ongoing, and this report does not seek to determine the cause of death. What is clear is that "
        "in the months before he died he was living in conditions that posed a serious risk to his "
        "health and life, that many agencies knew this, and that the response did not match the level "
        "of risk. Ms P told the reviewer that she hoped the report would mean that \u201cno other family "
        "has to go through this\u201d."
    ),
    # --------------------------------------------------------- adult analysis
    "AA1": (
        "The right of {S} to make his own decisions was respected, but it was not balanced against the "
        "duty to protect him from harm. Practitioners frequently recorded that he had capacity, but "
        "there is little evidence that capacity was formally assessed, and no assessment considered "
        "executive function: the ability to carry out a decision in practice rather than simply to "
        "describe it. A person may say convincingly that they will manage, while being unable to act "
        "on that intention when the moment comes."
    ),
    "AA2": (
        "Self-neglect was seen as a lifestyle choice rather than as a safeguarding issue. Several "
        "records describe {S} as \u201cchoosing\u201d to live as he did, and as \u201cunwilling to "
        "engage\u201d. Such language places the responsibility for the situation on the individual and "
        "can close down professional curiosity about why a person is living in a way that puts them at "
        "risk. Research on self-neglect emphasises that engagement is a relationship to be built over "
        "time, rather than something a person either does or does not offer."
    ),
    "AA3": (
        "The role of alcohol in his life was treated as a reason for not offering help rather than as "
        "a need in its own right. His alcohol use was recorded as the explanation for his falls, his "
        "poor health and the state of his home. It was also cited in assessments as a reason why his "
        "needs were not eligible for support. Alcohol dependency is a health condition, and people who "
        "are dependent on alcohol may be among those who most need a coordinated and persistent response."
    ),
    "AA4": (
        "Ms P was a valuable source of information and support who was not engaged by services. She "
        "knew her brother's history, his habits and the changes in his health, and she raised concerns "
        "repeatedly. She was not invited to any meetings, was not asked for her views in any assessment, "
        "and was not told about the decisions that were made. The duty of confidentiality was sometimes "
        "cited as a reason for not involving her, without consideration of whether {S} would have "
        "agreed if he had been asked."
    ),
    "AA5": (
        "Hospital discharge was treated as the end of an episode rather than as a point of transition. "
        "The discharge in the spring was planned around the care package, and when that package failed "
        "there was no mechanism to bring partners together to reconsider the plan. The hospital team "
        "believed that community services were now responsible, while community services believed that "
        "the package was the plan. In that gap, {S} returned to the circumstances that had led to his "
        "admission."
    ),
    # ----------------------------------------------------------------- learning
    "L1": (
        "The central learning from {rev} is that risk accumulates. Individual concerns that appear minor "
        "when considered alone may indicate significant harm when viewed together and over time. The "
        "system needs ways of seeing the whole picture, whether through shared records, regular "
        "multi-agency discussion or a named lead professional whose role is to hold the story together. "
        "Without these, each agency is left to interpret its own fragment of information, and the person "
        "at the centre of the concerns remains at risk."
    ),
    "L2": (
        "Professional curiosity needs to be supported by the organisations in which practitioners work. "
        "Curiosity is often presented as an individual attribute, but it depends on time, supervision, "
        "access to information and a culture in which asking difficult questions is expected and valued. "
        "Practitioners who are overloaded and unsupported are more likely to accept what they are told, "
        "because testing it requires resources that they do not have. Leaders have a responsibility to "
        "create the conditions in which curious practice is possible."
    ),
    "L3": (
        "Families and those close to them are a vital source of information and should be treated as "
        "such. The review found repeated examples of relatives and neighbours raising concerns that were "
        "not followed up or were treated as peripheral. Listening to people who know the individual well, "
        "and telling them what has been done in response to their concerns, is both respectful and "
        "protective. It also helps professionals to test the accounts they are given against other "
        "perspectives."
    ),
    "L4": (
        "Professional challenge should be routine rather than exceptional. Escalation procedures are "
        "valuable, but they will only be used if practitioners understand them, believe that they will "
        "make a difference and feel supported by their managers in using them. Partners should consider "
        "how to make challenge part of everyday practice, for example by building it into multi-agency "
        "meetings and by recognising occasions when challenge has improved outcomes."
    ),
    "L5": (
        "Transitions between services and between levels of intervention are points of particular risk. "
        "Step-down, discharge and case transfer all involve handing responsibility from one part of the "
        "system to another, and information can be lost in the process. Good transitions are planned, "
        "involve direct contact between the practitioners concerned, and include clear arrangements for "
        "what will happen if the plan does not work. They should be treated as a core part of practice "
        "rather than an administrative step."
    ),
    "L6": (
        "Learning from reviews is more likely to change practice when it is owned by those who deliver "
        "services. Previous action plans focused on training and procedures, and some of the same themes "
        "recur in this report. The reviewer encourages partners to involve practitioners in designing the "
        "response, to test whether changes have made a difference, and to report back openly on "
        "progress, including where progress has been slower than hoped."
    ),
    # ---------------------------------------------------------- recommendations
    "R1": (
        "The {PART} should seek assurance that its member agencies have effective arrangements for "
        "sharing information about people who are known to more than one service. This should include a "
        "review of how notifications are routed and acknowledged, how records are linked between family "
        "members, and how information is made available to practitioners at the point of "
        "decision-making. Progress should be reported within six months of publication."
    ),
    "R2": (
        "Threshold guidance should be revised to address explicitly the cumulative impact of repeated "
        "concerns. Front door teams should be supported to consider the history of previous referrals, "
        "and the guidance should make clear that a pattern of concerns may meet the threshold for "
        "assessment even where no single episode does. The revised guidance should be tested through a "
        "multi-agency audit of decisions made at the front door."
    ),
    "R3": (
        "Each agency should review the quality and frequency of supervision for practitioners working "
        "with complex cases. The review should consider whether supervision provides space for "
        "reflection and challenge, and whether managers have the skills and time to provide it. Agencies "
        "should report their findings, together with any action they propose to take, and partners "
        "should consider whether joint training for supervisors would be of value."
    ),
    "R4": (
        "The escalation procedure should be relaunched, with a particular focus on ensuring that "
        "practitioners understand how to use it and feel confident to do so. The relaunch should be "
        "accompanied by a communication campaign that highlights examples of successful escalation. Use "
        "of the procedure should be monitored, with an annual report on the number of escalations, the "
        "agencies involved and the outcomes achieved."
    ),
    "R5": (
        "Agencies should ensure that their procedures for responding to missed appointments take account "
        "of safeguarding risk. Discharge for non-attendance should not take place without consideration "
        "of whether the person is at risk and whether other agencies are involved. Where appropriate, "
        "non-attendance should prompt contact with other professionals or with family members, and "
        "letters should be sent only after checking that the address held is current."
    ),
    "R6": (
        "A follow-up learning event should be held twelve months after publication, bringing together "
        "practitioners from the agencies involved to consider what has changed. The event should be "
        "designed to hear directly from frontline staff about whether the conditions for good practice "
        "have improved, and its findings should be reported to the executive group and published in the "
        "annual report."
    ),
}

# ---------------------------------------------------------------- specials
OWNLINE_QUOTE_LEAD = (
    "The designated safeguarding lead's note of the conversation, which was later shown to the "
    "reviewer, reads as follows:"
)
OWNLINE_QUOTE = (
    "\u201cT said he did not want to go home tonight because [Mr D] is always shouting and Mum cries. "
    "Asked if anyone had hurt him, T shrugged and said no. T was calm and went back to class. I will "
    "keep an eye on him and speak to Mum at pick-up if she comes.\u201d"
)
OWNLINE_QUOTE_AFTER = (
    "There is no record that the conversation at pick-up took place, and the note was not shared with "
    "the early help practitioner. The designated safeguarding lead explained that she had expected to "
    "revisit the concern at the next weekly safeguarding meeting, which was cancelled because of staff "
    "illness and was not rearranged."
)

KEY_LEARNING_TITLE = "Key learning"
KEY_LEARNING_TEXT = (
    "Self-neglect is a safeguarding issue, not a lifestyle choice. Assessments of capacity must ask "
    "whether a person can carry out a decision, not only whether they can describe it, and relatives "
    "who raise concerns should be listened to and told what has been done."
)

JUDGE: dict[str, str] = {
    "J1": (
        "This judgment concerns a fictional child, referred to as K, and is published solely as test "
        "material for document-processing software; no part of it describes a real case, court or "
        "person. The application before the court was brought by {LA} for a care order in respect of K, "
        "who is now nine years old. The local authority's case rests in part on the findings of a child "
        "safeguarding practice review commissioned after K was injured at home, and the parties agreed "
        "that the review should be placed before the court. I have read it in full, together with the "
        "statements of the social workers, the police disclosure and the medical evidence."
    ),
    "J2": (
        "The mother does not oppose the making of a care order, but she challenges several of the "
        "findings of fact sought by the local authority, and in particular those that depend on the "
        "review's account of what agencies knew and when. The father has played little part in the "
        "proceedings. The children's guardian supports the application and has filed a careful analysis "
        "of the wishes and feelings of K, to which I return below. I am grateful to all counsel for their "
        "focused written and oral submissions, which enabled the final hearing to be completed within "
        "the time allowed."
    ),
    "J3": (
        "The legal framework is not in dispute. The burden of proving the facts on which it relies rests "
        "on the local authority, and the standard of proof is the simple balance of probabilities. "
        "Findings of fact must be based on evidence, including inferences that can properly be drawn "
        "from the evidence, and not on suspicion or speculation. Each piece of evidence must be "
        "considered in the context of all the others. It is not for this court to decide whether "
        "individual professionals were at fault, and nothing in this judgment should be read as doing so."
    ),
    "J_XREF": "As I noted at [3] above, this court is not concerned with the conduct of individual professionals.",
    "J4": (
        "The review's overall conclusion is set out in a single passage which counsel for the local "
        "authority described, fairly in my view, as the heart of the document. It reads:"
    ),
    "J4_AFTER": (
        "I accept that passage as an accurate summary of the professional evidence. It is important, "
        "however, to be clear about its limits. The review was concerned with the operation of the system "
        "as a whole rather than with the conduct of any individual, and its author did not hear evidence "
        "tested in cross-examination. I have therefore treated it as a helpful framework for understanding "
        "the chronology, and not as proof of the specific facts that the local authority invites me to find."
    ),
    "J5": (
        "Turning to the findings sought, I am satisfied on the balance of probabilities that K sustained "
        "the injuries described in the medical evidence while in the care of the mother and Mr D, and "
        "that those injuries were inflicted rather than accidental. The explanations given at the time "
        "were inconsistent with each other and with the pattern of injury described by the consultant "
        "paediatrician, whose evidence I found careful and measured. I do not find that the mother "
        "inflicted any of the injuries. I do find that she knew, or ought to have known, that K was at "
        "risk from Mr D, and that she did not take the steps that a reasonable parent would have taken "
        "to protect him."
    ),
    "J6": (
        "I have considered with care the mother's evidence that she believed Mr D had left the home. She "
        "gave that account to several professionals, and I accept that she wanted it to be true. However, "
        "the evidence of the neighbours, the police disclosure and the mother's own text messages "
        "establish that he continued to stay at the flat on most nights throughout the period in "
        "question. The mother was an honest witness on many matters, and she was visibly distressed when "
        "describing the injuries, but on this issue I am unable to accept her evidence."
    ),
    "J7": (
        "For these reasons, the threshold criteria are met. Having considered the welfare checklist and "
        "the analysis of the children's guardian, I am satisfied that a care order is necessary and "
        "proportionate, and that the care plan for K to remain with his current foster carers while work "
        "continues with his mother is in his best interests. I record my thanks to the foster carers, "
        "whose patient care has allowed K to begin to recover, and to the social worker, whose evidence "
        "was fair and thorough. The extract from the review set out in the annex below is reproduced "
        "with the permission of the partnership."
    ),
}

DOCX_PRACTICE_POINT = (
    "Practice point: when a child known to services presents with an injury, speak to the other "
    "agencies involved before accepting the explanation given."
)
DOCX_DELETED = "The reviewer was told that the referral form had been lost in transit. "
DOCX_INSERTED = " Both agencies have since agreed a shared protocol for such calls."

MD_LIST_LEAD = (
    "Several opportunities to bring information together were missed over the course of the year. "
    "The most significant were:"
)
MD_LIST_ITEMS = [
    "the police notification in the summer, which was forwarded to an absent worker and not followed "
    "up for three weeks;",
    "the record of what {S} told a teacher about not wanting to go home, which was not shared with the "
    "early help practitioner;",
    "the hospital attendance for a burn to the hand, which was not discussed with children's social "
    "care; and",
    "the referral made by the school on a Friday afternoon, which was not screened until the following "
    "Wednesday.",
]
MD_LIST_AFTER = (
    "Any one of these contacts might, if acted on, have prompted a fuller assessment of the risks that "
    "{S} faced at home."
)
MD_TABLE = [
    ["Month (fictional)", "Agency", "Contact", "Outcome"],
    ["March", "St Aldric's Primary School", "Referral after bruise to face", "Passed to early help"],
    ["July", "Hallowmere Constabulary", "Call-out to disturbance", "Standard-risk notification"],
    ["November", "Brookside Medical Practice", "Consultation for chest infection", "No safeguarding action"],
    ["February", "Marrowdene General Hospital", "Burn to back of hand", "Routine notification only"],
    ["April", "St Aldric's Primary School", "Online referral (Friday)", "Screened five days later"],
]
