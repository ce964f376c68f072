"""Invented prose for the blind37 fixtures: blind17's vocabularies and paragraph maker, with seed 37.
FICTIONAL – for software testing. Every person, place, agency, council, committee and service is invented; nothing is
graphic. The names that the fixtures anonymise or correct (make.py) are invented too. The long chronology of blind17
is not used in this round.
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
    def __init__(self, seed: int = 37) -> None:
        super().__init__(seed)
