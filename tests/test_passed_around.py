"""A report as it is passed around (blind rounds 43 and 44): quoted in an e-mail reply, forwarded and answered
inline, a Word draft converted by pandoc with its tracked changes, a page whose lettered points run to "(c)", Word
numbers padded with a zero. All text FICTIONAL."""

from __future__ import annotations

from inquiry_lessons.index.ingest.parse.html import parse_html_bytes
from inquiry_lessons.index.ingest.parse.numbering import format_number
from inquiry_lessons.index.ingest.parse.text import parse_string
from inquiry_lessons.index.ingest.passages import cut_passages

PARAS = {
    "2.1": "The fire safety officer saw the night-time wandering and told no one outside the service. Care calls "
           "were reduced from three a day to one without any review of her needs.",
    "2.2": "The recovery service did not know that other services were worried about the arrears. Concerns about "
           "her money reached the police but were not shared with her bank.",
    "2.3": "The housing officer learned of the weight loss weeks after it was first noticed. Her own voice appears "
           "in the records only in brief quotations.",
}


def _quoted(label: str, text: str, width: int = 60) -> list[str]:
    words, lines, line = f"{label} {text}".split(), [], ""
    for w in words:
        if len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return [*lines, line]


def _passages(blocks) -> dict[str, str]:
    return {p.paragraph: " ".join(p.text.split()) for p in cut_passages(blocks, "r") if p.paragraph}


def test_a_report_quoted_in_a_plain_text_reply_is_read_without_the_replys_own_words():
    lines = ["From: Dana (FICTIONAL)", "Subject: Re: SAR final draft", "", "Hi Priya, comments inline below.", "",
             "On 14/03/2025 09:12, Priya wrote:", "> The final draft is below.", ">"]
    for label, text in PARAS.items():
        quoted = _quoted(label, text)
        if label == "2.3":  # the mail client re-wrapped a long line: its last words lost their "> "
            quoted[1:2] = [quoted[1].rsplit(" ", 2)[0], " ".join(quoted[1].split()[-2:])]
            lines += [f"> {quoted[0]}", f"> {quoted[1]}", quoted[2], *(f"> {q}" for q in quoted[3:])]
        else:
            lines += [f"> {q}" for q in quoted]
        lines += [">", "", "Agreed, though the panel may want the dates in a table.", "", ">"]
    lines += ["", "Dana", "--", "Business Manager (FICTIONAL)"]
    got = _passages(parse_string("\n".join(lines)).blocks)
    assert got == PARAS


def test_a_forwarded_report_answered_inline_is_read_from_the_quote_alone():
    head = "<p>Hi Tom, my comments are inline below.</p><div>On 02/04/2025 Tom wrote:</div>"
    quote = '<blockquote type="cite" cite="mid:1@example">{}</blockquote>'
    first, second = PARAS["2.2"].split(" Concerns ")
    body = (quote.format(f"<p>2.1 {PARAS['2.1']}</p>")
            + "<p>[RJ] Is this right? The chronology says four times.</p>"
            + quote.format(f"<p>2.2 {first}</p>")
            + "<p>[RJ] Fine as it is.</p>"
            + quote.format(f"<p>Concerns {second}</p><p>2.3 {PARAS['2.3']}</p>"))
    html = f"<html><body>{head}{body}<p>Rosa</p></body></html>".encode()
    assert _passages(parse_html_bytes(html, "reply.html").blocks) == PARAS


def test_a_pandoc_draft_reads_as_if_every_tracked_change_were_accepted():
    md = """# 2. Background

2.1 The fire safety officer saw the night-time
[late]{.deletion author="A" date="2025-02-16T10:05:00Z"}
wandering and told no one outside the service. Care calls were reduced from three a day to one without any
[Is this right?]{.comment-start id="0" author="A"}review[]{.comment-end id="0"} of her needs.

[2.2 A paragraph the panel deleted whole.]{.deletion author="B"}[]{.paragraph-deletion author="B"}

[2.3]{.deletion author="A"}[2.2]{.insertion author="A"}
The recovery service did not know that other services were worried about the arrears. Concerns about
her money reached the police but were not shared with her [bank]{.insertion author="B" date="2025-02-17"}.

[2.4]{.deletion author="A"}[2.3]{.insertion author="A"} {text}
""".replace("{text}", PARAS["2.3"])
    assert _passages(parse_string(md, markdown=True).blocks) == PARAS


def test_a_lettered_point_c_is_no_copyright_line():
    html = (b"<html><body><ol><li><p>3.2 The panel found three reasons why the referral was not followed up:</p>"
            b"<ol><li>(a) the duty social worker left in the same week</li><li>(b) the school nurse thought the "
            b"referral was accepted</li><li>(c) nobody had been named as responsible, so each service waited for "
            b"another to act</li></ol></li></ol><p>(c) Crown copyright 2025</p></body></html>")
    texts = [b.text for b in parse_html_bytes(html, "page.html").blocks]
    assert any(t.startswith("(c) nobody had been named") for t in texts)
    assert not any("Crown copyright" in t for t in texts)


def test_words_zero_padded_numbers_are_printed_as_word_prints_them():
    assert [format_number(n, "decimalZero") for n in (1, 9, 10, 12)] == ["01", "09", "10", "12"]
