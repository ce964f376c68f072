"""Invented prose for the blind48 fixtures: blind17's vocabularies and paragraph maker with seed 48, and this round's
own words: bold titles for the dyslexia-friendly version, the Easy Read booklet's short sentences, the plain English
summary boxes, the web page's glossary terms and the audio transcript's spoken lines. FICTIONAL - for software
testing. Every person, place, agency, service and publication named here is invented; nothing is graphic.
"""

from __future__ import annotations

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is a top-level package
    from blindkit import prose as _prose  # type: ignore

contains_seq, key_words, norm = _prose.contains_seq, _prose.key_words, _prose.norm
ParaMaker = _prose.para_maker(48)

# --------------------------------------------------------------------------
# dyslexia.pdf (Corlan Vale SAB, FICTIONAL): "bold instead of italics" - titles of documents set bold
# --------------------------------------------------------------------------
# label: (where, sentence) - "open" puts the sentence before the paragraph's first, "after1" after its first
DY_BOLD = {
    "2.2": ("after1", "The board's own procedures, **Safer Together in Corlan Vale**, expect a named lead for every "
                      "enquiry that involves more than two agencies."),
    "3.1": ("open", "**Keeping Safe at Home**, the board's leaflet for carers, was never given to Mrs Ferris or to "
                    "her sister."),
    "3.4": ("after1", "The hospital's discharge checklist, **Leaving Hospital Well**, has a box for the carer's "
                      "views, and on this occasion the box was left empty."),
    "4.2": ("after1", "The national guidance, **Making Safeguarding Personal in Practice**, is clear that the "
                      "adult's own wishes should be recorded in her own words."),
}

# --------------------------------------------------------------------------
# easyread.pdf (Hollowmere Safeguarding Children Partnership, FICTIONAL): short sentences, **hard words** in bold
# --------------------------------------------------------------------------
ER_INTRO = [
    ["This booklet is about a **review**.", "A review looks at what happened to a child and what people can learn.",
     "The child in this review is called Jayden. That is not his real name."],
    ["Some words are in **bold**.", "We explain what these words mean on the last pages."],
    ["Under some pictures you will see a small number like 3.4.",
     "It tells you which paragraph of the full report that part is about.",
     "You can ask someone to help you find it."],
]
# (section title, [(full report's paragraph number, [sentences])])
ER_PLAN = [
    ("About the review", [
        ("1.2", ["Jayden was 9 years old when the review started.",
                 "He lived with his mum and his little sister in Hollowmere.",
                 "His mum agreed that the review could talk to her."]),
        ("1.4", ["The review was done by a **panel** of people from different services.",
                 "They read the records and talked to the workers who knew Jayden.",
                 "They wanted to find out what could be done better next time."]),
    ]),
    ("What happened", [
        ("2.1", ["Jayden's school saw that he was often hungry and tired.",
                 "His teacher wrote this down many times in one term.",
                 "She did not tell anyone outside the school for a long time."]),
        ("2.3", ["A **social worker** visited the family in March.",
                 "She saw that the flat was cold and there was not much food.",
                 "She wanted to visit again but she was given other work to do."]),
        ("2.6", ["Jayden's mum asked her doctor for help with feeling low.",
                 "The doctor did not know about the worries at school.",
                 "Nobody put all the worries together in one place."]),
        ("2.7", ["In the summer Jayden stopped going to school for three weeks.",
                 "The school rang his mum but the phone was not answered.",
                 "A worker from the council went to the flat and found that the family needed help straight away."]),
    ]),
    ("What we found", [
        ("3.1", ["Workers did see that things were going wrong for Jayden.",
                 "But each worker only saw a small part of his life.",
                 "They did not talk to each other enough."]),
        ("3.4", ["The school should have made a **referral** sooner.",
                 "A referral means telling children's services that you are worried about a child.",
                 "The school now has a new way to do this quickly."]),
        ("3.5", ["Jayden was not asked what his life was like.",
                 "The workers talked to his mum but not to him on his own.",
                 "Children should always be asked what they think and how they feel."]),
        ("3.8", ["The social worker had too many families to visit.",
                 "Her manager knew this but could not find another worker to help.",
                 "The panel thinks this made it harder to keep Jayden safe."]),
    ]),
    ("What will change", [
        ("4.1", ["The **partnership** has agreed to make five changes.",
                 "The changes will be checked every three months.",
                 "A report about the changes will be put on the partnership's website."]),
        ("4.2", ["Schools in Hollowmere will learn more about the signs that a child is being **neglected**.",
                 "Teachers will know who to call and when to call them."]),
        ("4.4", ["Workers will always try to see a child on their own.",
                 "They will write down what the child says in the child's own words.",
                 "Managers will check that this has happened."]),
        ("4.6", ["Doctors, schools and social workers will share worries about a family sooner.",
                 "A new meeting every month will look at families where more than one service is worried."]),
    ]),
]
ER_GLOSSARY = [
    ("Neglected", "This means a child does not get the care they need, like food, warmth or help to stay "
                  "healthy."),
    ("Panel", "A group of people from different services who work on the review together."),
    ("Partnership", "The police, the council and the health services working together to keep children safe."),
    ("Referral", "Telling children's services that you are worried about a child."),
    ("Review", "A piece of work that looks at what happened and what people can learn from it."),
    ("Social worker", "A person whose job is to help families and keep children safe."),
]

# --------------------------------------------------------------------------
# plainenglish.docx (Stannerby SAB, FICTIONAL): a "plain English summary" box before each chapter
# --------------------------------------------------------------------------
PE_BOXES = [
    ["This part tells you why the review was done and who took part.",
     "Paragraph 1.2 explains what a safeguarding adults review is for."],
    ["This part is about Mrs Okafor's life and the people who were important to her.",
     "She lived on her own in Stannerby and liked to be independent."],
    ["This part tells you what each service did over eighteen months.",
     "Paragraphs 3.2 to 3.4 describe the three times she went into hospital.",
     "Some of the decisions were not written down."],
    ["This part says what the review found.",
     "4 things went wrong that could happen again to other people."],
    ["This part says what the board will now do.",
     "Each change has a person who is responsible for it and a date."],
]
PE_FIGURES = {
    "2.3": ("Photograph of a row of terraced houses on a quiet street, taken from across the road.",
            "Figure 1: Stannerby High Street, where Mrs Okafor lived for forty years"),
    "3.3": ("Timeline. January 2023: first hospital admission. April 2023: second admission. August 2023: third "
            "admission and discharge home with a care package. October 2023: care package ends.",
            "Figure 2: Timeline of the three hospital admissions described in paragraphs 3.2 to 3.4"),
}

# --------------------------------------------------------------------------
# listen.html (Tarnbridge SAB, FICTIONAL): glossary terms with tooltips named by aria-describedby
# --------------------------------------------------------------------------
# label: (sentence containing the term in [brackets], tooltip text, where: "mid" or "end")
LS_TERMS = {
    "2.2": ("The first [section 42 enquiry] was opened within two days of the call from the pharmacy.",
            "An enquiry the council must make, or ask others to make, when it thinks an adult with care and support "
            "needs may be at risk of abuse or neglect.", "mid"),
    "3.3": ("None of the services involved had asked for an [advocate] to support her at the meetings.",
            "A person who is independent of the council and helps someone to say what they want.", "mid"),
    "4.1": ("Even so, the chair's summary called it a [mental capacity assessment] in the minutes.",
            "A check of whether a person can make a particular decision for themselves at the time it needs "
            "to be made.", "end"),
}

# --------------------------------------------------------------------------
# transcript.txt (Kestrelford SCP, FICTIONAL): the audio version's transcript
# --------------------------------------------------------------------------
TR_OPEN = ("This is the audio version of the overview report of the child safeguarding practice review about the "
           "child known as Child R. The paragraph numbers of the written report are read out, so that you can find "
           "each part of the report if you want to read it.")
TR_CLOSE = ("That is the end of the audio version of the report. If anything in this recording has worried you, "
            "you can speak to the partnership's duty line at any time. Thank you for listening.")
