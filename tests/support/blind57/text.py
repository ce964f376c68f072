"""Invented prose for the blind57 fixtures: blind17's vocabularies and paragraph maker, with seed 57; a Welsh
translation of that maker's child safeguarding paragraphs (each English sentence put into Welsh by its template: the
openers, the closers and the pool, with the agencies, the concerns and the months); and this round's own titles,
Gaelic and Irish title pages and summaries, section names and furniture.
FICTIONAL – for software testing. Every person, place, agency, board, partnership, reference and web address named
here is invented; nothing is graphic. The Welsh, Gaelic and Irish are translations of the fictional English, made as
well as the writer could: they are fiction too.
"""

from __future__ import annotations

import os
import re
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, key_words, norm = _prose.contains_seq, _prose.key_words, _prose.norm
ParaMaker = _prose.para_maker(57)
_b17 = _prose.blind17

# --------------------------------------------------------------------------
# Welsh: the child vocabulary of blind17's paragraph maker, sentence by sentence (worded without "ŵ" and "ŷ",
# which the Windows-1252 Type 1 faces of the PDFs cannot set)
# --------------------------------------------------------------------------
CY_AGENCIES = {
    "the Brellingford children’s services front door": "drws ffrynt gwasanaethau plant Brellingford",
    "Haverslade Police": "Heddlu Haverslade",
    "the health visiting team": "y tîm ymwelwyr iechyd",
    "St Aldwyn’s primary school": "ysgol gynradd Sant Aldwyn",
    "the Pennerby Road medical centre": "canolfan feddygol Heol Pennerby",
    "the family support worker": "y gweithiwr cymorth i deuluoedd",
    "the school nursing service": "y gwasanaeth nyrsio ysgol",
    "the youth justice service": "y gwasanaeth cyfiawnder ieuenctid",
    "the emotional wellbeing service": "y gwasanaeth lles emosiynol",
    "the education welfare officer": "y swyddog lles addysg",
    "the homelessness prevention team": "y tîm atal digartrefedd",
    "the named nurse": "y nyrs enwebedig",
    "the out-of-hours social work team": "y tîm gwaith cymdeithasol y tu allan i oriau",
    "the child protection chair": "cadeirydd y gynhadledd amddiffyn plant",
    "the nursery manager": "rheolwr y feithrinfa",
    "the paediatric liaison nurse": "y nyrs cyswllt pediatrig",
    "the after-school club": "y clwb ar ôl ysgol",
    "the maternity unit at Corrimoor General": "yr uned famolaeth yn Ysbyty Cyffredinol Corrimoor",
}
CY_ISSUES = {
    "the mark on her cheek": "y marc ar ei boch",
    "the weekends spent with an uncle": "y penwythnosau a dreuliodd gydag ewythr",
    "the older youth who waited outside": "y llanc a arhosai y tu allan",
    "the mould in the bedroom": "y llwydni yn yr ystafell wely",
    "the father’s depression": "iselder y tad",
    "the late arrivals at school": "yr adegau y cyrhaeddodd yr ysgol yn hwyr",
    "the concealed pregnancy": "y beichiogrwydd cudd",
    "the faltering growth": "y twf a oedd yn arafu",
    "the new boyfriend": "y cariad newydd",
    "the managed move": "y symudiad ysgol wedi’i reoli",
    "the untreated tooth decay": "y pydredd dannedd heb ei drin",
    "the eviction notice": "yr hysbysiad troi allan",
}
CY_MONTHS = dict(zip(_b17.MONTHS, ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                                   "Medi", "Hydref", "Tachwedd", "Rhagfyr"], strict=True))
CY_OPENERS = [
    "Clywodd {A} am {i} wythnosau ar ôl i rywun sylwi arno gyntaf.",
    "Ymatebodd {A} i {i} yn brydlon ond ar ei ben ei hun.",
    "Gwelodd {A} {i} fel rhan o fywyd teuluol arferol.",
    "Cofnododd {A} {i} yn ei gofnodion ac ni rannodd hynny â neb.",
    "Esboniodd {A} wrth y panel sut yr oedd wedi deall {i}.",
    "Dehonglodd {A} {i} yn wahanol i’w bartneriaid.",
    "Ni wahoddwyd {A} erioed i drafod {i} gydag asiantaethau eraill.",
    "Gwelodd {A} bwysigrwydd {i} o’r dechrau.",
    "Nid oedd {A} yn gwybod bod gwasanaethau eraill yn poeni am {i}.",
]
CY_CLOSERS = [
    "Cadarnhaodd y rheolwr gwasanaeth yr hanes hwn yn {p} ym mis {m}.",
    "Daeth ymarferwyr yn ôl at {i2} yng ngweithdy ymarfer {p} ym mis {m}.",
    "Anfonodd {a2} gyflwyniad ysgrifenedig a ddywedai’r un peth ym mis {m}, o {p}.",
    "Dywedodd aelod o’r teulu hyn wrth yr adolygydd yn {p} ym mis {m}.",
    "Derbyniodd panel yr adolygiad y dadansoddiad hwn pan gyfarfu yn {p} ym mis {m}.",
    "Rhoddodd ffrind i’r teulu yr un hanes i’r adolygydd yn {p} ym mis {m}.",
    "Profwyd hyn yn erbyn ffeiliau’r achos a gedwir yn {p} ym mis {m}.",
    "Cofnododd y cadeirydd y casgliad hwnnw yn {p} ym mis {m}.",
]
CY_POOL = dict(zip(_b17.POOL["child"], [
    "Roedd pob asiantaeth yn gwybod rhywbeth, ac ni roddodd neb y darnau at ei gilydd.",
    "Trefnwyd ymweliadau ymlaen llaw dros y ffôn, felly anaml y gwelwyd y cartref fel yr oedd fel arfer.",
    "Mae’r cofnodion yn disgrifio dymuniadau’r oedolion yn fanwl ac yn dweud fawr ddim am yr hyn a ddywedodd y ferch "
    "ei hun.",
    "Awgrymwyd cyfarfod strategaeth ddwywaith ac ni chynhaliwyd ef.",
    "Cafodd ei thad ei labelu’n “anodd ei gyrraedd”, ac eto mynychodd bron bob apwyntiad a gynigiwyd iddo.",
    "Anfonwyd pryderon yr ysgol drwy’r porth ar-lein ac ni fu sgwrs wedyn erioed.",
    "Cerdyn a adawyd wrth y drws ar ôl dau ymweliad heb ateb oedd cyswllt olaf yr ymwelydd iechyd.",
    "Caewyd pedwar cyswllt heb i’r sawl a’u cododd glywed beth oedd wedi digwydd.",
    "Mae cofnodion goruchwylio yn dangos bod y gweithiwr cymdeithasol wedi mynegi ei phryder, ond arhosodd y cynllun "
    "yr un fath.",
    "Ni chyfarfu unrhyw weithiwr proffesiynol â phartner newydd y fam yn ystod y cyfnod dan sylw.",
    "Ni throsglwyddwyd yr hyn a wyddai’r heddlu am y llanc hwnnw i’r ysgol nac i’r ymwelydd iechyd.",
    "Oherwydd trosiant staff, gwelodd y teulu bum gweithiwr gwahanol mewn deunaw mis.",
    "Nid oedd un gronoleg yn bodoli nes i banel yr adolygiad ofyn i bob asiantaeth ysgrifennu un.",
    "Cofnodwyd ei barn unwaith, mewn ffurflen fer a lenwyd ychydig cyn gwyliau’r Pasg.",
    "Defnyddiodd gweithwyr proffesiynol y gair “cydymffurfio” pan oeddent yn golygu bod y rhieni wedi agor y drws.",
    "Roedd ymarfer da hefyd, yn enwedig gan yr oruchwylwraig amser cinio a welodd ei bod eisiau bwyd.",
    "Roedd proffil gofal graddedig y bartneriaeth wedi’i lansio ond nid oedd eto’n cael ei ddefnyddio bob dydd.",
    "Trafodwyd uwchgyfeirio mewn dau gyfarfod o’r tîm craidd, ond ni ddilynwyd y protocol uwchgyfeirio.",
    "Arweiniodd y troi allan at ysgol newydd, meddygfa newydd ac ymwelydd iechyd newydd o fewn mis.",
    "Ychydig o ymarferwyr a ofynnodd pwy arall a arhosai yn y cartref neu pwy a ymwelai ag ef gyda’r nos.",
    "Gwnaed sawl penderfyniad allweddol wrth fynd heibio ac ni chawsant eu cofnodi yn unman.",
    "Symudwyd cyfarfodydd adolygu dair gwaith am na allai asiantaethau partner anfon neb.",
    "Nid ystyriodd neb a allai ei neiniau a’i theidiau gynnig lle diogel iddi aros.",
    "Cyfrifwyd yr apwyntiadau iechyd a gollwyd, ond ni archwiliwyd eu hystyr i’r plentyn.",
], strict=True))


def _pattern(template):
    """A template of blind17's as a regular expression whose groups are its slots."""
    parts = re.split(r"\{(\w+)\}", template)
    out = ""
    for k, part in enumerate(parts):
        out += f"(?P<{part}>.+?)" if k % 2 else re.escape(part)
    return re.compile(out)


_OPEN = [_pattern(t) for t in _b17.OPENERS]
_CLOSE = [_pattern(t) for t in _b17.CLOSERS]
_CAPS = {_b17._cap(a): a for a in CY_AGENCIES}


def _cy_sentence(s):
    if s in CY_POOL:
        return CY_POOL[s]
    for pat, cy in zip(_OPEN, CY_OPENERS, strict=True):
        m = pat.fullmatch(s)
        if m and m["A"] in _CAPS and m["i"] in CY_ISSUES:
            return cy.format(A=CY_AGENCIES[_CAPS[m["A"]]], i=CY_ISSUES[m["i"]])
    for pat, cy in zip(_CLOSE, CY_CLOSERS, strict=True):
        m = pat.fullmatch(s)
        if m is None:
            continue
        g = m.groupdict()
        if g["p"] not in _b17.PLACES or g["m"] not in CY_MONTHS:
            continue
        if ("a2" in g and g["a2"] not in CY_AGENCIES) or ("i2" in g and g["i2"] not in CY_ISSUES):
            continue
        return cy.format(p=g["p"], m=CY_MONTHS[g["m"]], a2=CY_AGENCIES.get(g.get("a2"), ""),
                         i2=CY_ISSUES.get(g.get("i2"), ""))
    raise KeyError(f"no Welsh for {s!r}")


def welsh(t):
    """The Welsh of a paragraph of the child vocabulary, sentence by sentence."""
    return " ".join(_cy_sentence(s) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", t))


# --------------------------------------------------------------------------
# facing.pdf: a child practice review in Welsh and English on facing pages (Bro Tegid, FICTIONAL)
# --------------------------------------------------------------------------
FA_BOARD = ("Bwrdd Diogelu Rhanbarthol Bro Tegid (FFUGLENNOL)", "Bro Tegid Regional Safeguarding Board (FICTIONAL)")
FA_TITLE = ("Adolygiad Ymarfer Plant", "Child Practice Review")
FA_REF = ("Adroddiad Adolygiad Ymarfer Plant BTRSB 2/2024 – Plentyn T", "Child Practice Review Report BTRSB 2/2024 – "
          "Child T")
FA_FICT = ("FFUGLENNOL – ar gyfer profi meddalwedd. Mae pob person, lle a gwasanaeth a enwir yma wedi’u dyfeisio.",
           "FICTIONAL – for software testing. Every person, place and service named here is invented.")
FA_TITLES = [("Amlinelliad byr o’r amgylchiadau a arweiniodd at yr Adolygiad",
              "Brief outline of circumstances resulting in the Review"),
             ("Dysgu ymarferol a sefydliadol", "Practice and organisational learning"),
             ("Gwella systemau ac ymarfer", "Improving systems and practice"),
             ("Datganiad gan yr Adolygwyr", "Statement by the Reviewers")]
FA_RUN = ("Adolygiad Ymarfer Plant BTRSB 2/2024", "Child Practice Review BTRSB 2/2024")
FA_FOLIO = ("Tudalen {}", "Page {}")
FA_COVER = ["Cyhoeddir y ddogfen hon yn Gymraeg ac yn Saesneg. Mae’r Gymraeg ar y tudalennau chwith a’r Saesneg ar "
            "y tudalennau de.",
            "This document is published in Welsh and in English. The Welsh is on the left-hand pages and the English "
            "on the right-hand pages."]

# --------------------------------------------------------------------------
# learning.pdf: a Scottish-style learning review with a Gaelic title page and summary (Glenfrioch, FICTIONAL)
# --------------------------------------------------------------------------
LR_GD_TITLE = ["Ath-sgrùdadh Ionnsachaidh", "Leanabh R"]
LR_GD_BODY = "Comataidh Dìon Chloinne Ghleann Fhraoich (MAC-MEANMNACH)"
LR_GD_NOTE = ("MAC-MEANMNACH – airson deuchainn bathair-bhog. Tha gach duine, àite agus seirbheis an seo air an "
              "cruthachadh.")
LR_GD_SUMMARY_HEAD = "Geàrr-chunntas"
LR_GD_SUMMARY = [
    "Tha an t-ath-sgrùdadh ionnsachaidh seo a’ coimhead air a’ chuideachadh a fhuair Leanabh R agus an teaghlach thar "
    "dà bhliadhna. Chaidh a bharantachadh leis a’ Bhuidheann Phrìomh Oifigearan às dèidh còmhradh iomraidh "
    "eadar-bhuidhne.",
    "Lorg an t-ath-sgrùdadh gun robh fios aig na buidhnean air mòran mun teaghlach, ach nach do chuir iad e ri chèile. "
    "Gu tric cha robh guth an leanaibh fhèin anns na clàran (paragrafan 4.1 gu 4.3).",
    "Tha an t-ath-sgrùdadh a’ dèanamh sia molaidhean, air an cur an cèill ann am Pàirt 5. Tha an aithisg shlàn, a "
    "tha a’ leantainn, sa Bheurla a-mhàin.",
]
LR_TITLE = ["Learning Review", "Child R"]
LR_BODY = "Glenfrioch Child Protection Committee (FICTIONAL)"
LR_SUMMARY_HEAD = "Summary"
LR_SUMMARY = [
    "This learning review looks at the help given to Child R and the family over two years. It was commissioned by "
    "the Chief Officers Group after an inter-agency referral discussion.",
    "The review found that agencies knew a great deal about the family but did not bring it together. The child’s own "
    "voice was often missing from the records (paragraphs 4.1 to 4.3).",
    "The review makes six recommendations, set out in Part 5. The full report, which follows, is in English only.",
]
LR_PARTS = [("Ro-ràdh agus pròiseas an ath-sgrùdaidh", "Introduction and the review process"),
            ("Leanabh R agus an teaghlach", "Child R and the family"),
            ("Prìomh thachartasan ann an cleachdadh", "Key practice episodes"),
            ("Mion-sgrùdadh", "Analysis"),
            ("Ionnsachadh agus molaidhean", "Learning and recommendations")]
LR_RUN = "Ath-sgrùdadh Ionnsachaidh | Learning Review – Child R"
LR_NOTE = "Paragraphs are numbered by Part and paragraph: 3.2 is the second paragraph of Part 3."

# --------------------------------------------------------------------------
# cmr.docx: a Northern Ireland-style case management review (Drumlough, FICTIONAL)
# --------------------------------------------------------------------------
CM_TITLE = "Case Management Review"
CM_GA_TITLE = "Athbhreithniú ar Bhainistíocht Cáis"
CM_CHILD = "Child D – Overview Report"
CM_BOARD = "Drumlough Safeguarding Panel (FICTIONAL)"
CM_GA_BOARD = "Painéal Cosanta Dhroim Locha (FICSEAN)"
CM_FICT_GA = "FICSEAN – chun bogearraí a thástáil. Tá gach duine, áit agus seirbhís atá ainmnithe anseo cumtha."
CM_ACH_HEAD = "Achoimre"
CM_ACH = ("Scrúdaíonn an t-athbhreithniú seo an chabhair a tugadh do Leanbh D agus don teaghlach. Fuair an painéal "
          "amach go raibh eolas ag gach gníomhaireacht ach nár cuireadh an t-eolas sin le chéile. Tá sé moladh san "
          "athbhreithniú.")
CM_SUM_HEAD = "Summary"
CM_SUM = ("This review examines the help given to Child D and the family. The panel found that every agency held "
          "information but that the information was not brought together. The review makes six recommendations.")
CM_HEADER = "Case Management Review | Athbhreithniú ar Bhainistíocht Cáis – Child D – OFFICIAL-SENSITIVE"
CM_SECTIONS = ["Introduction and Terms of Reference", "Summary of Case", "Key Issues", "Learning for the System",
               "Recommendations"]
CM_PANEL = [("Role", "Agency"), ("Independent Chair", "Appointed by the Panel"),
            ("Designated Nurse", "Drumlough Health and Social Care Trust"),
            ("Detective Inspector", "Police Service (Drumlough District)"),
            ("Principal Social Worker", "Gateway Service, Drumlough Trust"),
            ("Education Officer", "Education Authority (Drumlough Region)")]
CM_CHRONO = [("Date", "Agency", "Event"),
             ("14.02.23", "Health Visiting", "New birth visit; mother reports low mood."),
             ("03.05.23", "GP", "Appointment missed; letter sent to the old address."),
             ("21.08.23", "Police", "Call to a disturbance at the address; no further action."),
             ("09.10.23", "Gateway", "Referral closed with advice to the family."),
             ("17.01.24", "School", "Attendance 78%; the family is invited to a meeting.")]

# --------------------------------------------------------------------------
# susr.html: a Welsh board's review page with a language toggle (Dyffryn Eithin, FICTIONAL)
# --------------------------------------------------------------------------
SU_SITE = ("Bwrdd Diogelu Dyffryn Eithin (FFUGLENNOL)", "Dyffryn Eithin Safeguarding Board (FICTIONAL)")
SU_TITLE = ("Adolygiad Diogelu Unedig Sengl: Plentyn M – crynodeb", "Single Unified Safeguarding Review: Child M – "
            "summary")
SU_TITLES = [("Cyflwyniad", "Introduction"), ("Plentyn M a’r teulu", "Child M and the family"),
             ("Beth ddigwyddodd", "What happened"), ("Dysgu", "Learning"), ("Beth sy’n digwydd nesaf",
                                                                           "What happens next")]
SU_FICT = ("FFUGLENNOL – ar gyfer profi meddalwedd.", "FICTIONAL – for software testing.")

# --------------------------------------------------------------------------
# cpr.md: a child practice review, the English and then the Welsh in one Markdown file (Aberhenfelen, FICTIONAL)
# --------------------------------------------------------------------------
MD_TITLE = ("Adroddiad Adolygiad Ymarfer Plant", "Child Practice Review Report")
MD_BOARD = ("Bwrdd Diogelu Aberhenfelen (FFUGLENNOL)", "Aberhenfelen Safeguarding Board (FICTIONAL)")
MD_REF = "AHSB 1/2025 – Plentyn/Child W"
MD_TITLES = FA_TITLES[:3]
MD_STATEMENT = (
    ("Statement by Reviewer(s)", [
        "I make the following statement that prior to my involvement with this learning review:",
        "I have not been directly concerned with the child or family, or have given professional advice on the case.",
        "I have had no immediate line management of the practitioner(s) involved.",
        "I have the appropriate recognised qualifications, knowledge and experience and training to undertake the "
        "review.",
        "The review was conducted appropriately and was rigorous in its analysis and evaluation of the issues as set "
        "out in the Terms of Reference."]),
    ("Datganiad gan yr Adolygydd/Adolygwyr", [
        "Rwy’n gwneud y datganiad canlynol, cyn i mi ymwneud â’r adolygiad dysgu hwn:",
        "Nid wyf wedi ymwneud yn uniongyrchol â’r plentyn na’r teulu, nac wedi rhoi cyngor proffesiynol ar yr achos.",
        "Nid wyf wedi bod yn rheolwr llinell uniongyrchol ar yr ymarferydd/ymarferwyr dan sylw.",
        "Mae gennyf y cymwysterau cydnabyddedig priodol, a’r wybodaeth, y profiad a’r hyfforddiant i gynnal yr "
        "adolygiad.",
        "Cynhaliwyd yr adolygiad yn briodol ac roedd yn drylwyr wrth ddadansoddi a gwerthuso’r materion fel y’u "
        "nodir yn y Cylch Gorchwyl."]))
