"""What the engine says when it gives no answer, or gives one with a word about what is not held: the messages of
:class:`.engine.Engine` (the bot and the CLI show them as they are; ``lessons eval`` checks them)."""

NOT_SUPPORTED = (
    "No passage in the reports held here clearly answers that question. Try rephrasing it, or ask about a practice "
    "topic such as supervision, information sharing or the voice of the child."
)
EMPTY_QUESTION = "Please ask a question, for example: what do the reviews say about supervision?"
NOT_HELD = ("The reports held here do not include {names}, so nothing can be said about what it found. "
            "Ask about one of the reports that are held (listed by /sources, or 'lessons sources'), "
            "or ask without naming a report.")
NOT_HELD_TOO = "The reports held here do not include {names}. {covered}"
# "clearly": a declined question may still be answered somewhere in the report in other words (BENCHMARKS.md)
NOT_COVERED = ("{names} {verb} held here, but no passage in {pronoun} clearly answers that question. Try rephrasing "
               "it, or ask without naming a report to search every report held.")
# the report found by words describing its case ("the girl from hazelwell"), not by its name
NOT_COVERED_DESCRIBED = ("The question seems to be about {names}, which {verb} held here, but no passage in {pronoun} "
                         "clearly answers it. Try rephrasing it, or ask without the case's names to search every "
                         "report held.")
