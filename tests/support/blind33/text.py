"""Invented prose for the blind33 fixtures: blind17's vocabularies and paragraph maker, with seed 33, and a few invented
sentences in Simplified Chinese for a translated summary. FICTIONAL – for software testing. The long chronology of
blind17 is not used in this round. Every person, place and service named here is invented.
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
    def __init__(self, seed: int = 33) -> None:
        super().__init__(seed)


# FICTIONAL: sentences of the Simplified Chinese translation of a domestic homicide review's executive summary
# ("Hua" is a pseudonym; Corrimoor, Drisdale and the services are invented). Dates use full-width digits, as a
# translator typing with a Chinese input method leaves them.
ZH_SENTENCES = [
    "本次审查由科里穆尔社区安全伙伴关系委托进行，目的是从华的死亡中吸取教训。",
    "审查小组查阅了十一个机构提交的时间表和报告，并与华的家人进行了两次面谈。",
    "警方在２０２２年３月首次接到有关家庭纠纷的报警电话，但当时没有完成风险评估。",
    "全科医生多次看到华因焦虑和失眠就诊，却没有询问她在家中是否安全。",
    "住房协会知道这对夫妇拖欠租金，但没有把这一情况告诉其他机构。",
    "独立家庭暴力顾问在２０２２年９月与华联系过一次，此后便失去了联系。",
    "华的姐姐告诉审查小组，华曾多次说过她的丈夫控制家里所有的钱。",
    "各机构都只掌握了部分情况，没有一个机构把这些情况放在一起考虑。",
    "审查小组认为，语言障碍使华更难寻求帮助，而口译服务很少被使用。",
    "多机构风险评估会议从未讨论过华的情况。",
    "社区助产士在华怀孕期间进行了常规询问，但华的丈夫每次都在场。",
    "工作人员告诉审查小组，他们当时并不了解强迫控制的含义。",
    "本审查的目的不是追究责任，而是吸取教训，保护将来可能面临同样危险的人。",
    "审查小组提出了六项建议，伙伴关系已同意在十二个月内落实这些建议。",
    "审查小组感谢华的家人，他们的讲述帮助我们理解了华的生活和她面临的困难。",
    "德里斯代尔警方在２０２３年１月再次到访，记录了华手腕上的瘀伤。",
    "华曾向一位同事透露，她害怕丈夫发现她打算离开。",
]
