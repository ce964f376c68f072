"""blind17's vocabularies and paragraph maker, as the rounds' text.py modules reuse them with their own seed."""
try:
    from ..blind17 import text as blind17
except ImportError:  # blindkit imported as a top-level package (a make.py run as a script): by its path
    from .harness import load

    blind17 = load(__file__, "blind17_text", "..", "blind17", "text.py")

contains_seq, first_sentence, key_words, norm = blind17.contains_seq, blind17.first_sentence, blind17.key_words, \
    blind17.norm


def para_maker(default_seed: int) -> type:
    """A round's ParaMaker: blind17's paragraph maker with ``default_seed`` as its seed unless one is given."""

    class ParaMaker(blind17.ParaMaker):
        def __init__(self, seed: int = default_seed) -> None:
            super().__init__(seed)

    return ParaMaker
