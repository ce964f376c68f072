"""Telegram's message limits: UTF-16 lengths, the HTML-aware splitter (render.fit), echoed user input
(render.echo), and the validator the loopback server refuses with (tests/support/telegram_html.py)."""

from __future__ import annotations

import random
from html import escape

import pytest

from inquiry_lessons.bot.lesson_render import render_briefing, render_lesson
from inquiry_lessons.bot.render import LIMIT, echo, fit, pack, utf16_len
from inquiry_lessons.index.types import Briefing, Citation, Factor, Lesson
from tests.support.telegram_html import ParseError, check_request, check_text, parse_html

GRIN = "\U0001f600"
MATH = "\U0001d400\U0001d401\U0001d402"  # mathematical bold A B C
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one family emoji: three people joined by ZWJ
FLAG = "\U0001f1ec\U0001f1e7"  # GB: two regional indicators
HEBREW = "\u202e\u05de\u05d4 \u05e2\u05dd \u05e4\u05d9\u05e7\u05d5\u05d7?"
ARABIC = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"


def _styled(html: str) -> list[tuple[str, frozenset]]:
    """Each visible non-space character with the formatting (tag, attributes) that covers it."""
    parsed = parse_html(html)
    out, pos = [], 0
    for ch in parsed.text:
        fmt = frozenset((e["type"], tuple(sorted((k, v) for k, v in e.items() if k not in ("type", "offset",
                                                                                               "length"))))
                        for e in parsed.entities if e["offset"] <= pos < e["offset"] + e["length"])
        if not ch.isspace():
            out.append((ch, fmt))
        pos += utf16_len(ch)
    return out


def check_parts(html: str, parts: list[str], limit: int = LIMIT) -> None:
    """Every part is what Telegram accepts and within the limit, raw and parsed; together they show the
    original's text and formatting, losing only white space at the cuts."""
    assert parts
    for p in parts:
        assert check_text(p, "HTML") is None, (check_text(p, "HTML"), p[:200])
        text = parse_html(p).text  # balanced, known tags, whole entities
        assert text.strip(), p
        assert utf16_len(p) <= limit and utf16_len(text) <= limit
    assert [s for p in parts for s in _styled(p)] == _styled(html)


def test_utf16_len_counts_as_telegram_does():
    assert utf16_len("abc") == 3 and utf16_len("é¶“”") == 4 and utf16_len(HEBREW) == len(HEBREW)
    assert utf16_len(GRIN) == 2 and utf16_len(MATH) == 6 and utf16_len(FAMILY) == 8 and utf16_len(FLAG) == 4
    assert utf16_len("") == 0


def test_the_validator_refuses_what_telegram_refuses():
    for bad in ("<i>unclosed", "stray</i>", "<script>x</script>", "<b>x</i>", "a < b", "<b>x</b></b>",
                "AT&T", "&apos;", "&#0;", '<span class="x">y</span>', '<a href="x>y</a>', "<i>x</I>"):
        assert check_text(bad, "HTML").startswith("Bad Request: can't parse entities: "), bad
        with pytest.raises(ParseError):
            parse_html(bad)
    assert check_text("x" * 4097) == "Bad Request: message is too long"
    assert check_text(GRIN * 2049, "HTML") == "Bad Request: message is too long"
    assert check_text(f"<b>{GRIN * 2049}</b>", "HTML") == "Bad Request: message is too long"
    for empty in ("", "   \n", "<b></b>", "<i> </i>\n", "\x00\x01"):
        assert check_text(empty, "HTML") == "Bad Request: message text is empty", repr(empty)
    # what Telegram accepts: the limit counted after parsing, every supported tag, nesting, entities
    assert check_text("x" * 4096) is None and check_text(GRIN * 2048, "HTML") is None
    assert check_text("<b>" + "&amp;" * 4096 + "</b>", "HTML") is None
    ok = ('<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>t</strike><del>d</del>'
          '<a href="https://example.org/?a=1&amp;b=2">link</a><code>c</code><pre><code class="language-py">p'
          '</code></pre><span class="tg-spoiler">sp</span><tg-spoiler>sp</tg-spoiler><blockquote>q</blockquote>'
          '<blockquote expandable>q</blockquote><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
          '<b>bold <i>both <u>all</u></i></b> &lt;&gt;&amp;&quot;&#39;&#x1F600; <b>x</>')  # </> closes the last
    assert check_text(ok, "HTML") is None
    parsed = parse_html('<b>a<i>b</i></b><a href="https://x.org/?q=1&amp;r=2">l</a>&#x1F600;!')
    assert parsed.text == f"abl{GRIN}!"
    assert {(e["type"], e["offset"], e["length"]) for e in parsed.entities} == {("b", 0, 2), ("i", 1, 1),
                                                                                 ("a", 2, 1)}
    assert [e.get("href") for e in parsed.entities if e["type"] == "a"] == ["https://x.org/?q=1&r=2"]


def test_the_server_checks_callback_answers_and_inline_results():
    assert check_request("answerCallbackQuery", {"text": "x" * 200}) is None
    assert check_request("answerCallbackQuery", {"text": GRIN * 101}) == "Bad Request: MESSAGE_TOO_LONG"
    article = {"type": "article", "id": "1", "title": "t",
               "input_message_content": {"message_text": "<b>x</b>", "parse_mode": "HTML"}}
    assert check_request("answerInlineQuery", {"results": [article]}) is None
    assert check_request("answerInlineQuery", {"results": [{**article, "title": " "}]}) \
        == "Bad Request: RESULT_TITLE_EMPTY"
    bad = {**article, "input_message_content": {"message_text": "<b>x", "parse_mode": "HTML"}}
    assert check_request("answerInlineQuery", {"results": [bad]}).startswith("Bad Request: can't parse")
    assert check_request("sendMessage", {"text": "<i>x", "parse_mode": "HTML"}).startswith("Bad Request: can't")
    assert check_request("sendMessage", {"text": "<i>x"}) is None  # no parse mode: plain text


def test_fit_leaves_what_fits_alone_and_drops_what_shows_nothing():
    assert fit("<b>short</b> &amp; sweet") == ["<b>short</b> &amp; sweet"]
    assert fit("") == [] and fit(" \n ") == [] and fit("<b> </b>") == []
    assert fit("x" * LIMIT) == ["x" * LIMIT]
    assert len(fit(GRIN * (LIMIT // 2 + 1))) == 2  # 2049 emoji: 2049 characters, but 4098 UTF-16 units


def test_long_text_is_cut_between_words():
    html = escape("The review found that agencies did not share information & concerns. " * 300)
    parts = fit(html)
    check_parts(html, parts)
    assert len(parts) == 6 and all(p.rstrip().endswith(("concerns.", "&amp;")) or p[-1].isalpha() for p in parts)


def test_paragraphs_then_lines_are_preferred_cut_points():
    paras = [f"<b>Part {n}</b>\n" + "\n".join(f"• line {n}.{k} " + "words " * 30 for k in range(8))
             for n in range(6)]
    html = "\n\n".join(paras)
    parts = fit(html)
    check_parts(html, parts)
    assert all(p.startswith("<b>Part ") for p in parts)  # each ~1.5k: cut between paragraphs
    one = "\n".join(f"• line {k} " + "words " * 30 for k in range(80))
    parts = fit(one)
    check_parts(one, parts)
    assert all(p.startswith("• line ") for p in parts)  # no paragraphs: cut between lines


def test_a_citation_line_longer_than_the_limit_stays_balanced():
    html = "• A factor\n  <i>" + escape("Rochdale Serious Case Review & partners (2013) ¶4.9.5 " * 200) + "</i>"
    parts = fit(html)
    check_parts(html, parts)
    assert len(parts) >= 3 and all(p.count("<i>") == p.count("</i>") == 1 for p in parts[1:])


def test_nested_tags_are_closed_and_reopened_at_each_cut():
    html = ('<b>Heading <i>italic <a href="https://example.org/?a=1&amp;b=2">link '
            + "word &amp; word " * 800 + "</a> after link</i> after italic</b> plain " + "tail " * 10)
    parts = fit(html)
    check_parts(html, parts)
    opener = '<b><i><a href="https://example.org/?a=1&amp;b=2">'
    assert all(p.startswith(opener) for p in parts[1:-1]) and parts[0].endswith("</a></i></b>")


def test_entities_at_the_cut_are_never_split():
    for html in ("&amp;" * 3000, "&lt;&gt;" * 2000, "&#x1F600;" * 1000, "x&quot;" * 2000,
                 "<b>" + "&amp;" * 5000 + "</b>"):
        parts = fit(html)
        check_parts(html, parts)
        assert all(p.count("&") == p.count(";") for p in parts)


def test_astral_plane_characters_count_two_and_are_never_split():
    for html in (GRIN * 5000, (GRIN + " ") * 3000, MATH * 1500, f"{MATH} {GRIN} word " * 700,
                 FAMILY * 1000, FLAG * 3000, "<i>" + ("e\u0301" * 3000) + "</i>", GRIN + "\ufe0f" * 2 + GRIN * 3000):
        parts = fit(html)
        check_parts(html, parts)
        for p in parts:
            text = parse_html(p).text
            assert not text.startswith(("\u200d", "\u0301", "\ufe0f")) and not text.endswith("\u200d")
            assert sum(0x1F1E6 <= ord(c) <= 0x1F1FF for c in text) % 2 == 0  # flags whole
    assert len(fit(GRIN * 5000)) == 3  # 10,000 UTF-16 units


def test_right_to_left_text_splits_like_any_other():
    html = escape((HEBREW + " " + ARABIC + " ") * 400) + "<b>" + escape(ARABIC * 50) + "</b>"
    check_parts(html, fit(html))


@pytest.mark.parametrize("seed", range(12))
def test_random_html_always_splits_into_valid_parts(seed):
    """Random nested tags, entities, scripts, white space and long runs, at limits small and large."""
    rnd = random.Random(seed)
    words = ["word", "&amp;", "&lt;b&gt;", GRIN, MATH, FAMILY, FLAG, HEBREW, ARABIC, "e\u0301", "x" * 70,
             "&#x1F600;", "&quot;q&quot;", "¶4.9.5"]
    tags = ["b", "i", "u", "s", "code", "tg-spoiler", 'a href="https://x.org/?a=1&amp;b=2"', 'span class="tg-spoiler"']
    out, open_ = [], []
    for _ in range(rnd.randint(200, 1500)):
        r = rnd.random()
        if r < 0.08 and len(open_) < 4:
            tag = rnd.choice(tags)
            out.append(f"<{tag}>")
            open_.append(tag.split()[0])
        elif r < 0.14 and open_:
            out.append(f"</{open_.pop()}>")
        else:
            out.append(rnd.choice(words) + rnd.choice([" ", " ", " ", "", "\n", "\n\n"]))
    out += [f"</{t}>" for t in reversed(open_)]
    html = "".join(out)
    for limit in (rnd.randint(250, 400), rnd.randint(400, 1000), LIMIT):  # 250: room for 4 nested tags
        check_parts(html, fit(html, limit), limit)


def test_fit_refuses_a_limit_with_no_room_for_text():
    with pytest.raises(ValueError):
        fit("<b><i>" + "x" * 50 + "</i></b>", 14)


def test_pack_counts_utf16_units():
    blocks = [GRIN * 1500, GRIN * 1500, "plain"]  # 1,500 characters each, 3,000 units
    msgs = pack(blocks)
    assert len(msgs) == 2 and all(utf16_len(m) <= LIMIT for m in msgs)
    check_parts("\n\n".join(blocks), msgs)


def test_echo_truncates_before_escaping_and_never_splits_a_character():
    assert echo("a <b> & c") == "a &lt;b&gt; &amp; c"
    assert echo("&" * 100, 10) == "&amp;" * 9 + "…"
    assert echo(GRIN * 40, 9) == GRIN * 4 + "…" and echo(GRIN * 40, 10) == GRIN * 4 + "…"
    assert echo("one two\nthree\t\x00four") == "one two three four"
    assert echo(HEBREW) == HEBREW[1:]  # the right-to-left override is dropped, the text kept
    assert echo("x" * 64) == "x" * 64 and echo("x" * 65) == "x" * 63 + "…"
    assert echo("ab" + FAMILY * 3, 9) == "ab…" and echo("ab" + FAMILY * 3, 11) == "ab" + FAMILY + "…"
    assert echo("\ud83d lone") == "\ufffd lone"
    for text in ["a" * 10_000, "&<>\"'" * 40, GRIN * 100, FAMILY * 20, FLAG * 50, HEBREW * 20, "e\u0301" * 80]:
        out = echo(text)
        visible = parse_html(f"<code>{out}</code>").text
        assert utf16_len(visible) <= 64 and visible.endswith("…")
        assert not visible[:-1].endswith(("\u200d", "\ud83d")) and "\ufffd" not in visible
        assert sum(0x1F1E6 <= ord(c) <= 0x1F1FF for c in visible) % 2 == 0


def _cite(report: str, **kw) -> Citation:
    return Citation(**{"report_id": "r", "report": report, "paragraph": "4.9.5", "page": 114,
                       "quote": "The panel & the board.", **kw})


def test_a_lesson_or_briefing_with_a_huge_citation_is_still_one_valid_message():
    huge = _cite(escape("Rochdale & partners review " * 300) + GRIN * 100)
    factor = Factor(summary="Supervision was rare. " * 50, theme="t", citations=[huge])
    lesson = Lesson(key="k", report_id="r", theme="t", kind="passage", factor=factor, why="It matters. " * 50,
                    why_citation=huge)
    html = render_lesson(lesson, {"t": "Supervision"}, "What would you do?", "Prompt (ours)")
    assert check_text(html, "HTML") is None and utf16_len(html) <= LIMIT
    b = Briefing(report_id="r", report_label="R " * 3000, happened=[factor] * 5, found=[factor] * 5,
                 differently=[factor] * 5, questions=["Q?"] * 2, prompt_label="Prompts (ours)")
    html = render_briefing(b, {"t": "Supervision"})
    assert check_text(html, "HTML") is None and utf16_len(html) <= LIMIT


async def test_the_loopback_server_refuses_like_telegram_and_records_it():
    """Through PTB over HTTP: a refused call raises BadRequest with Telegram's description and is recorded in
    ``rejected`` (which the ``server`` fixture requires to be empty after every bot test)."""
    from telegram import Bot
    from telegram.error import BadRequest

    from tests.support.botapi import TOKEN, BotAPIServer

    srv = await BotAPIServer().start()
    try:
        async with Bot(TOKEN, base_url=srv.base_url) as bot:
            await bot.send_message(1, "<b>fine</b> &amp; " + GRIN * 2000, parse_mode="HTML")
            for text, why in (("<i>unclosed", "can't parse entities"), ("x" * 4097, "message is too long"),
                              ("<b> </b>", "message text is empty")):
                with pytest.raises(BadRequest, match=f"(?i){why}"):
                    await bot.send_message(1, text, parse_mode="HTML")
            with pytest.raises(BadRequest, match=r"(?i)message_too_long"):
                await bot.answer_callback_query("cb", "x" * 201)
        assert [(m, d.split(":")[0]) for m, d, _ in srv.rejected] == [("sendMessage", "Bad Request")] * 3 \
            + [("answerCallbackQuery", "Bad Request")]
        assert [m for m, _ in srv.sent] == ["sendMessage"]
    finally:
        await srv.stop()
