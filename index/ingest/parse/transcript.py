"""The transcript of a report's audio version: timed cues, read as the report's text (blind round 48)."""

from __future__ import annotations

import re

# "[00:01:06] ", "[01:06] " or "00:01:06 ": a time with seconds (a chronology's "10:45 Police arrived" has none)
_CUE = re.compile(r"^[ \t]*(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]"
                  r"|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)[ \t]+(?=\S)")
_SOUND = re.compile(r"^[\[(][^\])]{1,40}[\])]$")  # "[Music plays]", "(Pause)": no one's words
_SPEAKER = re.compile(r"^[A-Z][A-Z .'-]{1,30}:[ \t]+")  # "NARRATOR: "
_HEADING = re.compile(r"^(?:section|part|chapter)[ \t]+\d{1,2}[.:]?[ \t]+\S", re.IGNORECASE)
_NEW_PART = re.compile(r"^(?:(?:paragraph|para|section|part|chapter|recommendation)\.?[ \t]+\d"
                       r"|\d{1,3}(?:\.\d{1,3})*\.?[ \t])", re.IGNORECASE)


def transcript(raw: str) -> str:
    """The transcript of a report's audio version, one timed cue a line ("[00:01:06] Paragraph 1.2. The ...", blind
    round 48): the times, sound cues ("[Pause]") and the speaker's label are the recording's, not the report's. A
    cue that opens no numbered paragraph or section carries on the paragraph the cue before it was reading; after a
    sound cue, in a report read out from its numbers, it is the recording's own words ("That is the end of the audio
    version ...") and is left out."""
    lines = raw.split("\n")
    # each timed line's words, without the time and the speaker's label
    cues = {i: _SPEAKER.sub("", t[m.end():].strip(), count=1) for i, t in enumerate(lines) if (m := _CUE.match(t))}
    if len(cues) < 5 or len(cues) < 0.5 * sum(1 for t in lines[min(cues):] if t.strip()):
        return raw
    # a report read from its numbers: what opens no part after a break is the recording's; else a new paragraph
    numbered = sum(1 for said in cues.values() if _NEW_PART.match(said)) >= 3
    out: list[str] = []
    running = False  # the last cue read was spoken words, which the next cue may carry on
    for i, t in enumerate(lines):
        said = cues.get(i)
        if said is None:
            out.append(t)
            running = running and not t.strip()
        elif _SOUND.match(said):
            running = False
        elif _HEADING.match(said) and len(said.split()) <= 12:  # "Section 2. Child R and her family."
            out += ["", said, "-" * len(said), ""]  # underlined: a plain text's heading
            running = False
        elif running and not _NEW_PART.match(said):
            while out and not out[-1].strip():
                out.pop()
            out[-1] += " " + said
        elif running or _NEW_PART.match(said) or not numbered:
            out += ["", said]
            running = True
    return "\n".join(out)
