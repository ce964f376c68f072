"""Blind fixture generator 66: five FICTIONAL files in which A REVIEW IS PASSED ON BY E-MAIL AND MESSAGING: the
review's own numbered paragraphs as they reach practitioners inside a message, with the message's own furniture
around them: a safeguarding adults review's pre-reading inside an Outlook meeting invitation forwarded twice and saved
as HTML, a domestic homicide review's extracts forwarded from an iPhone and answered inline in Apple Mail and saved as
an .eml file, a child safeguarding practice review's paragraphs forwarded and answered in Gmail and the conversation
printed from Chrome, a thematic review's findings pasted into a Slack channel and the export rendered by an export
viewer, and a local learning review's paragraphs posted to a Mailman list and its plain-text digest saved as text.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder's Arial metric Type 1 faces), lxml and pdfplumber;
no system fonts, no network. Every generator checks its own key with pdfplumber, lxml or the standard library's e-mail
parser, or by reading the text back, never with the project's parser.

invite.htm   a SAR'S PRE-READING INSIDE AN OUTLOOK MEETING INVITATION, FORWARDED TWICE AND SAVED FROM OUTLOOK AS HTML
             (Word's HTML: utf-8, CRLF, source lines wrapped at 76 columns at spaces, <o:p>, MsoNormal, conditional
             comments, WordSection1): Outlook's header table of the saved item (From, Sent, To, Subject, WHEN and WHERE:
             it is a meeting request); the label "OFFICIAL" at the top and foot of the body (the council's labelling
             tool); the team manager's note and signature; the forwarded message's header block (border-top div, "From:
             ... Sent: ... To: ... Subject:"), Outlook's FIRST-CONTACT SAFETY TIP table ("You don't often get email from
             ... Learn why this is important"), the business manager's note, one line of it OPENING "4.2 and 4.3 are the
             paragraphs the panel most want ..."; then "-----Original Appointment-----" and its header lines (When,
             Where); the invitation: an intro with a Safe Links-rewritten link, AN AGENDA WHOSE LINES ARE TYPED TIMES, A
             TAB AND THE ITEM IN THE SAME HANGING INDENT AS THE REVIEW'S PARAGRAPHS ("10.10 What happened to Mr Aldous
             ...", "11.05 Section 4: ..."); the review's sections 2 to 4 pasted in: bold "2." headings, paragraphs
             "2.1<TAB>The ..." with a hanging indent, one with a <br> kept from a paste in mid-paragraph (2.3), one with
             a bold number and a no-break space (3.2), one pasted as text only in another face (4.3); the learning
             team's sign-off; the MICROSOFT TEAMS JOIN BLOCK ("Meeting ID: 372 661 248 190", "Passcode:", "+44 20 7946
             0871,,811449257#", "Phone Conference ID: 811 449 257#", rules of underscores); TWO CONFIDENTIALITY FOOTERS
             stacked at the end (one for each time the message left the board)
reply.eml    a DHR'S EXTRACTS FORWARDED FROM AN iPHONE AND ANSWERED INLINE IN APPLE MAIL, SAVED AS AN .eml FILE (RFC
             5322, CRLF): Received lines, an RFC 2047 encoded Subject ("=?utf-8?Q?Re=3A_DHR_Ms_R_=E2=80=93_..."),
             multipart/alternative of a text/plain part and a multipart/related of a text/html part and the
             signature's PNG (base64, Content-Id); BOTH TEXT PARTS QUOTED-PRINTABLE: every long line broken by SOFT
             LINE BREAKS ("=" at the end of a physical line, 76 columns, inside words and numbers), "=E2=80=99" for
             a curly apostrophe, "=20" for a trailing space, "=3D" for every "=" of the HTML's attributes. The plain
             part: the reply on top, Tom's forward quoted "> " (the attribution, his note, "Sent from my iPhone",
             "Begin forwarded message:"), and THE FORWARDED MESSAGE QUOTED A SECOND LEVEL, "> > " (its header lines,
             the coordinator's intro, the review's headings and paragraphs "> > 3.1 The ...", ONE LINE A PARAGRAPH
             before the encoding); Aisha's COMMENTS UNQUOTED BETWEEN QUOTED PARAGRAPHS, one OPENING "4.3 goes with
             this one ..." straight before the quoted 4.3. The HTML part holds THE SAME MESSAGE AGAIN (nested
             <blockquote type="cite">s split where she typed, the original's MsoNormal <p>s with "<b>3.1</b>&nbsp;"),
             so every paragraph is in the file twice, in two encodings of two markups
gmail.pdf    a CSPR'S PARAGRAPHS FORWARDED AND ANSWERED IN GMAIL, THE CONVERSATION PRINTED FROM CHROME (A4, Arial):
             Chrome's header (the date and time, the page title "Gmail - Fwd: ...") and footer (the print view's URL
             cut short with an ellipsis, "1/3") on every page; Gmail's print view: the logo, the account's name and
             address, a rule, the subject in bold, "2 messages"; each message's sender in bold with the address,
             the date at the right ("Tue, 11 Mar 2025 at 10:17"), "To:"; Sam's reply OPENING "2.3 and 3.4 are the
             ones I'd start with ..." at the margin; THE REVIEW'S PARAGRAPHS ONLY INSIDE THE QUOTED TEXT of his reply
             ("On Tue, 11 Mar 2025 at 09:02, Kemi Adeyinka <...> wrote:", a grey bar down the left and the text
             indented), after Kemi's forwarding note and the "---------- Forwarded message ---------" header lines:
             bold "2. What happened to Child L" headings, "2.1 The ..." with a bold number, continuation lines flush
             under the number, Dana's sign-off, signature and disclaimer; paragraphs across page breaks, the bar going
             on; then Kemi's reply pasting 3.4 AGAIN in a Gmail quotation (keyed once, where first printed), her
             signature and GMAIL'S TRIMMED-CONTENT MARKER "[Quoted text hidden]"
slack.html   a THEMATIC REVIEW'S FINDINGS PASTED INTO A SLACK CHANNEL OVER THREE MESSAGES (and a fourth the next day),
             THE EXPORT RENDERED TO HTML BY AN EXPORT VIEWER: the workspace's channel list and direct messages in a
             sidebar, the channel's name and purpose, day dividers, a join message; each message an avatar, the
             poster's name, title and a time link ("10:02"); the poster's own lines, bold headings ("2. Recognising
             self-neglect"), the review's paragraphs parted by "<br><br>" inside one <p>, the numbers bold
             ("<b>2.1</b> The ...") or typed; a LINK UNFURL whose description is THE FIRST SENTENCE OF 2.1, before
             2.1 is posted; "(edited)" straight after 3.3's last word; reactions (":+1: 4"); A THREAD UNDER THE 3.x
             MESSAGE whose first reply QUOTES 3.2 WHOLE in a <blockquote> (keyed once, where first posted) before "this
             is us every week on duty"; a message OPENING "4.1 and 4.3 are going on the agenda ..."; an app's
             reminder ("14.00\u201314.30, Room 2.14"); a huddle, a pin and a file upload ("412 KB"); a message
             OPENING "5.2 is the one I'd want every new starter to read"
digest.txt   a LOCAL LEARNING REVIEW'S PARAGRAPHS POSTED TO A MAILMAN LIST, THE PLAIN-TEXT DIGEST SAVED AS TEXT (UTF-8,
             LF): the saved message's own Subject/From/Date/To lines; Mailman 2.1's digest: the list's boilerplate
             ("Send Safeguarding-leads mailing list submissions to", tab-indented addresses), "Today's Topics:" NUMBERED
             "1." TO "4." with wrapped entries, rules of 70 hyphens and "------------------------------" between
             messages, "Message: 1" and each message's header lines (a folded Subject, Message-ID, Content-Type); THE
             REVIEW'S PARAGRAPHS IN MESSAGE 1, sent from Thunderbird with format=flowed: hard-wrapped at 72 columns,
             SOFT BREAKS KEPT AS A TRAILING SPACE, "3.2 The ..." run in, continuation lines flush left; the intro
             wrapped so that a line BEGINS "4.2 and 4.3, which describe ..."; the "-- " signature; Mailman's
             "-------------- next part --------------" and "A non-text attachment was scrubbed..." (Name, Type, "Size:
             412733 bytes", Desc, URL); message 2 a reply OPENING "4.1 is the one I'll be using ..." that QUOTES 3.2
             WHOLE ("> 3.2 The ...", keyed once); message 3 a reply TO THE PREVIOUS DIGEST quoting its boilerplate, its
             topics "> 1." to "> 3." and a training list whose lines begin with dates ("> 12.06.25 Designated ...");
             message 4 an out-of-office reply whose second line BEGINS "17.03.25. For urgent ..." and "An HTML
             attachment was scrubbed..."; the digest footer and "End of Safeguarding-leads Digest, Vol 42, Issue 7"

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the review's paragraph number as printed, without a trailing stop: "4.3", wherever the message puts
  it (after a tab, bold in its own run, typed in a quoted line, in <b> in a chat message);
- none of the five hosts numbers paragraphs of its own (a message has no numbered paragraphs; the digest's "Today's
  Topics" "1." to "4." are a list of messages, the agenda's times are times), so each key holds THE REVIEW'S
  paragraphs; had a host numbered its own, its own would be keyed instead (round 65, amended);
- each key holds the review's own paragraphs only, each ONCE, at its FIRST occurrence in the order the file gives
  (reply.eml: in its text/plain part, the first part; the HTML alternative repeats the same message, and a reader
  sees one or the other), never the message's own furniture: headers and header tables, attributions, quoting
  marks ("> ", "> > "), the senders' notes and comments (even where a line or a message OPENS with a review
  paragraph's number), signatures, confidentiality footers, labels, safety tips, agenda lines, meeting join blocks,
  link unfurls, reactions, "(edited)", threads' replies, app messages, digest boilerplate, scrubbed-attachment
  notes and auto-replies; a paragraph quoted again (gmail.pdf's 3.4, slack.html's 3.2, digest.txt's 3.2) is keyed
  once, where it is first printed;
- a review paragraph is one paragraph across a <br> kept in it, quoted-printable soft line breaks, a format=flowed
  hard wrap, a page break, or the "(edited)" marker after it (which is no part of its text);
- pages: physical and 1-based for PDF; HTML, the .eml and text: null.
"""
import base64
import os
import pathlib
import re
import sys
import zlib

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry, first_sentence  # type: ignore
    from blindkit.markup import hesc, xesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind66_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, Layout, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, first_sentence
    from ..blindkit.markup import hesc, xesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
BLACK, GREY, DARK = (0, 0, 0), (0.37, 0.39, 0.41), (0.13, 0.13, 0.13)


def one_line(s):
    """Whitespace collapsed, no-break spaces made spaces (text as a browser lays it out)."""
    return " ".join(s.replace("\xa0", " ").split())


def review_texts(pm, sections, kind, pick=lambda item: item):
    """{label: text} for the review paragraphs of ``sections`` ([(heading, [items])]), made in order."""
    texts = {}
    for _h, items in sections:
        for item in items:
            lab, n_words = pick(item)[:2]
            texts[lab] = pm.make(n_words, kind)
    return texts


# --------------------------------------------------------------------------
# 1. invite.htm: a SAR's pre-reading in an Outlook meeting invitation, forwarded twice, saved as HTML
# --------------------------------------------------------------------------
TAB_SPAN = ("<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp; </span>")
HANG = "margin-left:36.0pt;text-indent:-36.0pt"
EMPTY_P = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


def word_wrap_source(line, width=76):
    """A line of HTML source broken as Word's HTML writer breaks it: at a space, outside attribute values' quotes,
    the space replaced by a line break, so that no source line runs past ``width`` where a break can be had."""
    out, start, last, quote, in_tag = [], 0, -1, None, False
    k = 0
    while k < len(line):
        ch = line[k]
        if in_tag and quote is None and ch in "'\"":
            quote = ch
        elif quote is not None and ch == quote:
            quote = None
        elif ch == "<" and quote is None:
            in_tag = True
        elif ch == ">" and quote is None:
            in_tag = False
        if ch == " " and quote is None:
            last = k
        if k - start >= width and last > start:
            out.append(line[start:last])
            start = last + 1
            last = -1
        k += 1
    out.append(line[start:])
    return out


def iv_p(inner, style=None):
    st = f" style='{style}'" if style else ""
    return f"<p class=MsoNormal{st}>{inner}<o:p></o:p></p>"


def iv_header_block(rows, original=False):
    """A forwarded message's header block as Outlook writes it into the body: a top-bordered div of one <p> with
    <br>s ("From: ... Sent: ..."), or, for a forwarded appointment, "-----Original Appointment-----" and its lines."""
    lines = "<br>\n".join(f"<b>{k}</b> {xesc(v)}" for k, v in rows)
    if original:
        return iv_p("-----Original Appointment-----<br>\n" + lines)
    return ("<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            + iv_p(lines) + "\n</div>\n</div>")


def iv_review_p(label, text, how):
    t = xesc(text)
    if how == "tab":
        return iv_p(f"<b>{label}</b>{TAB_SPAN}{t}", HANG)
    if how == "br":
        words = t.split(" ")
        cut = len(words) * 2 // 5
        return iv_p(f"<b>{label}</b>{TAB_SPAN}{' '.join(words[:cut])}<br>\n{' '.join(words[cut:])}", HANG)
    if how == "nbsp":
        return iv_p(f"<b>{label}</b>&nbsp; {t}")
    return ("<p class=MsoNormal><span style='font-family:\"Calibri\",sans-serif;color:#1F1F1F'>"
            f"{label} {t}<o:p></o:p></span></p>")


IV_STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 @font-face
	{font-family:Aptos;}
 @font-face
	{font-family:"Segoe UI";
	panose-1:2 11 5 2 4 2 4 2 2 3;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
 a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
 span.EmailStyle21
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
 .MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
 @page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
 div.WordSection1
	{page:WordSection1;}
-->
</style>"""


def iv_safelink(url):
    from urllib.parse import quote
    return ("https://eur03.safelinks.protection.outlook.com/?url=" + quote(url, safe="")
            + "&amp;data=05%7C02%7CRhiannon.Castell%40pellworth.gov.example%7C5e1f0c3a9d2b4c7e8f6a08dd60b1c2d3"
              "%7C7a1b2c3d4e5f40718293a4b5c6d7e8f9%7C0%7C0%7C638772180412345678%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0"
              "eU1hcGkiOnRydWV9%7C0%7C%7C%7C&amp;sdata=Qm9ndXNTYWZlTGlua3NGb3JUZXN0aW5nT25seQ%3D%3D&amp;reserved=0")


def iv_teams():
    tm = _text.IV_TEAMS
    seg = "font-family:\"Segoe UI\",sans-serif;color:#252424"
    rule = iv_p("<span style='color:#5F5F5F'>" + "_" * 80 + "</span>")
    join = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzY0ZmE4ZTItOWQ1Yi00NjRhLWI2YjMtZmIx%40thread.v2/"
            "0?context=%7b%22Tid%22%3a%227a1b2c3d%22%2c%22Oid%22%3a%229e8f7a6b%22%7d")
    return "\n".join([
        "<div>", rule,
        iv_p(f"<b><span style='font-size:18.0pt;{seg}'>{tm['title']}</span></b>",
             "margin-top:18.0pt;margin-bottom:15.0pt"),
        iv_p(f"<b><span style='font-size:10.5pt;{seg}'>{tm['join']}</span></b>"),
        iv_p(f"<a href=\"{join}\" target=\"_blank\"><b><span style='font-size:10.5pt;font-family:\"Segoe UI\","
             f"sans-serif;color:#5B5FC7'>{tm['click']}</span></b></a>", "margin-bottom:15.0pt"),
        iv_p(f"<span style='font-size:10.5pt;{seg}'>Meeting ID: </span><span style='font-size:12.0pt;{seg}'>"
             f"{tm['id']}</span><span style='font-size:10.5pt;{seg}'> <br>\nPasscode: </span><span "
             f"style='font-size:12.0pt;{seg}'>{tm['passcode']}</span>"),
        iv_p(f"<span style='font-size:10.5pt;{seg}'><a href=\"https://www.microsoft.com/en-us/microsoft-teams/"
             "download-app\" target=\"_blank\">Download Teams</a> | <a href=\"https://www.microsoft.com/microsoft-"
             "teams/join-a-meeting\" target=\"_blank\">Join on the web</a></span>", "margin-bottom:15.0pt"),
        iv_p(f"<b><span style='font-size:10.5pt;{seg}'>Or call in (audio only)</span></b>"),
        iv_p(f"<span style='font-size:10.5pt;{seg}'><a href=\"tel:{tm['dial'].replace('#', '%23')}\" target=\"_blank"
             f"\">{tm['dial']}</a> &nbsp; {tm['dial_where']} </span>"),
        iv_p(f"<span style='font-size:10.5pt;{seg}'>Phone Conference ID: </span><span style='font-size:12.0pt;"
             f"{seg}'>{tm['conf']}</span>", "margin-bottom:15.0pt"),
        iv_p(f"<span style='font-size:10.5pt;{seg}'><a href=\"https://dialin.teams.microsoft.com/a1b2c3d4\" "
             "target=\"_blank\">Find a local number</a> | <a href=\"https://dialin.teams.microsoft.com/usp/pstnconferen"
             "cing\" target=\"_blank\">Reset PIN</a></span>"),
        iv_p(f"<span style='font-size:10.5pt;{seg}'><a href=\"https://aka.ms/JoinTeamsMeeting?omkt=en-GB\" "
             "target=\"_blank\">Learn More</a> | <a href=\"https://teams.microsoft.com/meetingOptions/?organizerId="
             "9e8f7a6b\" target=\"_blank\">Meeting options</a></span>"),
        rule, "</div>"])


def iv_sig(lines, logo=False):
    out = [iv_p(f"<b><span style='color:#1F3864'>{xesc(lines[0])}</span></b>")]
    out += [iv_p(f"<span style='font-size:9.0pt;color:#595959'>{xesc(s)}</span>") for s in lines[1:]]
    if logo:
        out.append(iv_p("<span style='mso-ligatures:none'><img width=96 height=40 style='width:1.0in;height:.4166in' "
                        "id=\"Picture_x0020_1\" src=\"invite_files/image001.png\" alt=\"Pellworth Borough Council "
                        "logo\"></span>"))
    return out


def iv_footer():
    return iv_p(f"<span style='font-size:8.0pt;color:#7F7F7F'>{xesc(_text.IV_FOOTER)}</span>")


def iv_label():
    return iv_p("<b><span style='font-size:9.0pt;font-family:\"Arial\",sans-serif;color:#1F3864'>"
                f"{_text.IV_LABEL}</span></b>", "text-align:center")


def make_invite(out, pm):
    path = out / "invite.htm"
    texts = review_texts(pm, [(h, items) for _n, h, items in _text.IV_SECTIONS], "adult")
    body = []
    rows = "\n".join(
        f" <tr>\n  <td width=115 valign=top style='width:86.25pt;padding:0cm 0cm 0cm 0cm'>\n  {iv_p(f'<b>{k}</b>')}"
        f"\n  </td>\n  <td valign=top style='padding:0cm 0cm 0cm 0cm'>\n  {iv_p(xesc(v))}\n  </td>\n </tr>"
        for k, v in _text.IV_TOP)
    body.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
                f"{rows}\n</table>")
    body += [EMPTY_P, iv_label(), EMPTY_P]
    for s in _text.IV_NOTE_TOP:
        body += [iv_p(xesc(s)), EMPTY_P]
    body += iv_sig(_text.IV_SIG_TOP, logo=True)
    body += [EMPTY_P, iv_header_block(_text.IV_MID_HEAD), EMPTY_P]
    body.append(
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 align=left width=\"100%\" "
        "style='width:100.0%;mso-cellspacing:0cm;mso-yfti-tbllook:1184;mso-table-lspace:2.25pt;mso-table-rspace:"
        "2.25pt;mso-table-anchor-vertical:paragraph;mso-table-anchor-horizontal:column;mso-table-left:left;"
        "mso-padding-alt:0cm 0cm 0cm 0cm'>\n <tr>\n  <td style='background:#A6A6A6;padding:5.25pt 1.5pt 5.25pt "
        "1.5pt'></td>\n  <td width=\"100%\" style='width:100.0%;background:#EAEAEA;padding:5.25pt 3.75pt 5.25pt "
        "11.25pt'>\n  <div>\n  "
        + iv_p("<span style='font-size:9.0pt;font-family:\"Segoe UI\",sans-serif;color:#212121'>"
               + xesc(_text.IV_SAFETY_TIP.replace(" Learn why this is important", "")) + " <a href=\"https://aka.ms/"
               "LearnAboutSenderIdentification\">Learn why this is important</a></span>",
               "mso-element:frame;mso-element-frame-hspace:2.25pt;mso-element-wrap:around;mso-element-anchor-"
               "vertical:paragraph;mso-element-anchor-horizontal:column;mso-height-rule:exactly")
        + "\n  </div>\n  </td>\n  <td width=75 style='width:56.25pt;background:#EAEAEA;padding:5.25pt 3.75pt 5.25pt "
        "3.75pt' align=left></td>\n </tr>\n</table>")
    for s in _text.IV_NOTE_MID:
        body += [iv_p(xesc(s)), EMPTY_P]
    body += iv_sig(_text.IV_SIG_MID)
    body += [EMPTY_P, iv_header_block(_text.IV_ORIG_HEAD, original=True), EMPTY_P]
    link = iv_safelink("https://www.pellworthsab.example/reviews/sar-mr-aldous")
    for s in _text.IV_INTRO:
        s = xesc(s).replace("{link}", f"<a href=\"{link}\" originalsrc=\"https://www.pellworthsab.example/reviews/"
                                      f"sar-mr-aldous\">{xesc(_text.IV_LINK_TEXT)}</a>")
        body += [iv_p(s), EMPTY_P]
    body.append(iv_p(f"<b>{_text.IV_AGENDA_HEAD}</b>"))
    body += [iv_p(f"{t}{TAB_SPAN}{xesc(item)}", HANG) for t, item in _text.IV_AGENDA]
    body += [EMPTY_P, iv_p(f"<b>{xesc(_text.IV_PRE_HEAD)}</b>"), EMPTY_P]
    order = []
    for num, head, items in _text.IV_SECTIONS:
        body += [iv_p(f"<b><span style='font-size:12.0pt;color:#1F3864'>{num}{TAB_SPAN}{xesc(head)}</span></b>",
                      HANG), EMPTY_P]
        for lab, _w, how in items:
            body += [iv_review_p(lab, texts[lab], how), EMPTY_P]
            order.append(lab)
    for s in _text.IV_CLOSE:
        body += [iv_p(xesc(s))]
    body += [EMPTY_P, iv_teams(), EMPTY_P, iv_footer(), EMPTY_P, iv_footer(), EMPTY_P, iv_label()]
    head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns:m=\"http://schemas.microsoft.com/office/2004/12/"
            "omml\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n<meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator "
            "content=\"Microsoft Word 15\">\n<meta name=Originator content=\"Microsoft Word 15\">\n<link rel=File-List "
            "href=\"invite_files/filelist.xml\">\n<link rel=Edit-Time-Data href=\"invite_files/editdata.mso\">\n"
            "<!--[if !mso]>\n<style>\nv\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n"
            "w\\:* {behavior:url(#default#VML);}\n.shape {behavior:url(#default#VML);}\n</style>\n<![endif]-->\n"
            f"<title>{xesc('FW: ' + _text.IV_SUBJECT)}</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
            f"  <o:Subject>{xesc(FICT)}</o:Subject>\n  <o:Author>Castell, Rhiannon</o:Author>\n"
            "  <o:Created>2025-03-12T08:15:00Z</o:Created>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
            f"{IV_STYLE}\n<!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
            "</xml><![endif]--><!--[if gte mso 9]><xml>\n <o:shapelayout v:ext=\"edit\">\n  <o:idmap v:ext=\"edit\" "
            "data=\"1\" />\n </o:shapelayout></xml><![endif]-->\n</head>\n\n<body lang=EN-GB link=\"#467886\" "
            "vlink=\"#96607D\" style='tab-interval:36.0pt;word-wrap:break-word'>\n\n<div class=WordSection1>\n\n")
    src = []
    for block in body:
        for ln in block.split("\n"):
            src += word_wrap_source(ln)
    html = head + "\n\n".join(["\n".join(src)]) + "\n\n</div>\n\n</body>\n\n</html>\n"
    path.write_bytes(html.replace("\n", "\r\n").encode("utf-8"))
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_invite(path, result, texts)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S PRE-READING INSIDE AN OUTLOOK MEETING INVITATION, FORWARDED TWICE AND "
                 "SAVED FROM OUTLOOK AS HTML (Word's HTML, utf-8, CRLF, source lines wrapped at spaces, <o:p>, "
                 "class=MsoNormal, conditional comments): Outlook's header table of the saved item (From, Sent, To, "
                 "Subject, When, Where); 'OFFICIAL' centred at the top and the foot of the body; the team manager's "
                 "note and signature (a logo image); the forwarded message's border-top header block ('From: "
                 "Fairweather, Imogen ... Sent: 11 March 2025 16:48 ...'); Outlook's first-contact safety tip table "
                 "('You don't often get email from ... Learn why this is important'); the business manager's note, one "
                 "line of it OPENING '4.2 and 4.3 are the paragraphs the panel most want people to talk about ...', "
                 "and signature; '-----Original Appointment-----' with its From, Sent, To, Subject, When and Where "
                 "lines; the learning team's intro (a Safe Links-rewritten link), 'Agenda' and AGENDA LINES TYPED AS A "
                 "TIME, A TAB AND THE ITEM IN THE SAME HANGING INDENT AS THE REVIEW'S PARAGRAPHS ('10.00', '10.10 What "
                 "happened to Mr Aldous: ...', '10.35', '11.05 Section 4: ...', '11.25'); 'Pre-reading: extract from "
                 "the overview report'; the review's sections 2 to 4: bold headings '2.<TAB>What happened', paragraphs "
                 "'2.1<TAB>The ...' with a hanging indent, 2.3 with a <br> kept in mid-paragraph from a paste, 3.2 "
                 "with a bold number and '&nbsp; ' and no indent, 4.3 pasted as text only in Calibri ('4.3 The ...' in "
                 "one run); the learning team's sign-off; the MICROSOFT TEAMS JOIN BLOCK (rules of underscores, "
                 "'Meeting ID: 372 661 248 190', 'Passcode: Rk7fQ3', '+44 20 7946 0871,,811449257#', 'Phone Conference "
                 "ID: 811 449 257#', links); TWO CONFIDENTIALITY FOOTERS stacked at the end. The host numbers no "
                 "paragraphs of its own. Not paragraphs: everything but the review's paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_invite(path, result, texts):
    """lxml.html: every <p> in document order, its text with whitespace collapsed; the long ones opening with a
    number are the review's paragraphs, in the key's order, each whole; 2.3 holds a <br>; the agenda's times open
    short <p>s in the paragraphs' hanging indent; the '4.2 and 4.3' line comes before the first paragraph; the Teams
    block's numbers and the two footers are there; no source line is longer than Word's wrap allows a breakable line
    to be; CRLF throughout."""
    import lxml.html
    raw = path.read_bytes()
    if b"\n" in raw.replace(b"\r\n", b""):
        raise AssertionError("invite.htm: line ends")
    root = lxml.html.fromstring(raw.decode("utf-8"))
    got, times, line42, first, footers = [], [], None, None, 0
    for k, p in enumerate(root.iter("p")):
        t = one_line(p.text_content())
        m = re.match(r"(\d\.\d) (.+)$", t)
        if m and len(t.split()) > 30:
            got.append([m.group(1), m.group(2)])
            first = k if first is None else first
            if m.group(1) == "2.3" and p.find(".//br") is None:
                raise AssertionError("invite.htm: 2.3 without its <br>")
        elif re.match(r"1\d\.\d\d ", t):
            times.append((t[:5], HANG in (p.get("style") or "")))
        elif t.startswith("4.2 and 4.3 are the paragraphs"):
            line42 = k
        elif t.startswith("This e-mail and any files"):
            footers += 1
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"invite.htm: read back {[g[0] for g in got]}")
    alltext = one_line(root.text_content())
    if [t for t, _h in times] != [t for t, _i in _text.IV_AGENDA] or not all(h for _t, h in times) or \
            line42 is None or line42 > first or footers != 2 or "Meeting ID: 372 661 248 190" not in alltext or \
            "-----Original Appointment-----" not in alltext or "Learn why this is important" not in alltext:
        raise AssertionError(f"invite.htm: layout {times} {line42} {first} {footers}")


# --------------------------------------------------------------------------
# 2. reply.eml: a DHR's extracts forwarded from an iPhone and answered inline in Apple Mail, saved as .eml
# --------------------------------------------------------------------------
EM_OUTER = "Apple-Mail=_2B5E7C91-4D0A-4F6B-9E3C-71A8D2F05B64"
EM_INNER = "Apple-Mail=_A07C3E52-81D9-4B2F-B6E0-3F94C1D7A825"
EM_CID = "image001.png@01DB9352.4F1A2C30"


def em_png():
    """A small PNG (the partnership's logo in the signature): 24 x 8 teal and white stripes, 8-bit RGB."""
    def chunk(kind, data):
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))
    rows = b"".join(b"\x00" + b"".join((b"\x00\x6b\x73" if (x // 4 + y) % 2 else b"\xff\xff\xff")
                                         for x in range(24)) for y in range(8))
    ihdr = (24).to_bytes(4, "big") + (8).to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def em_qp(text):
    """Quoted-printable as Apple Mail writes it: UTF-8, 76-column lines with soft breaks, CRLF."""
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def em_plain(texts):
    """The text/plain alternative: Aisha's reply, Tom's forward quoted "> ", the original quoted "> > " (one line a
    paragraph), her comments unquoted between quoted paragraphs."""
    q1, q2 = "> ", "> > "
    lines = [_text.EM_REPLY_TOP[0], "", _text.EM_REPLY_TOP[1], "", q1 + _text.EM_FWD_ATTR, q1]
    for s in _text.EM_FWD_NOTE:
        lines += [q1 + s, q1]
    lines += [q1 + "Begin forwarded message:", q1]
    name, addr = _text.EM_ORIG_FROM
    lines += [q2 + f"From: \"{name}\" <{addr}>", q2 + f"Date: {_text.EM_ORIG_DATE}",
              q2 + f"To: {_text.EM_LIST[0]} <{_text.EM_LIST[1]}>", q2 + f"Subject: {_text.EM_SUBJECT}", q2]
    for s in _text.EM_ORIG_INTRO:
        lines += [q2 + s, q2]
    for head, items in _text.EM_SECTIONS:
        lines += [q2 + head, q2]
        for lab, _w in items:
            lines.append(q2 + f"{lab} {texts[lab]}")
            if lab in _text.EM_COMMENTS:
                lines += ["", _text.EM_COMMENTS[lab], ""]
            else:
                lines.append(q2)
    for s in _text.EM_ORIG_CLOSE:
        lines.append(q2 + s)
    lines.append(q2)
    for s in _text.EM_ORIG_SIG:
        lines.append(q2 + s)
    lines += [q2, q2 + "<image001.png>", q2, q2 + _text.EM_DISCLAIMER, ""]
    return "\n".join(lines)


def em_html(texts, marks=()):
    """The text/html alternative: Apple Mail's body, Tom's forward in a <blockquote type="cite">, the original's
    Outlook HTML in a nested one; each of Aisha's comments splits the quotation, the ancestors cloned after it. The
    paragraphs in ``marks`` carry the hidden "_Hlk" bookmark Word leaves on copied text before their number."""
    name, addr = _text.EM_ORIG_FROM
    l1_open = "<blockquote type=\"cite\"><div dir=\"auto\">"
    l2_open = "<blockquote type=\"cite\"><div dir=\"ltr\"><div class=\"WordSection1\">"
    l2_close = "</div></div></blockquote>"
    l1_close = "</div></blockquote>"

    def mso(inner):
        return f"<p class=\"MsoNormal\">{inner}<o:p></o:p></p>"
    empty = "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
    parts = ["<html aria-label=\"message body\"><head><meta http-equiv=\"content-type\" content=\"text/html; "
             "charset=utf-8\"></head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: "
             "after-white-space;\">", f"<div>{hesc(_text.EM_REPLY_TOP[0])}</div><div><br></div>",
             f"<div>{hesc(_text.EM_REPLY_TOP[1])}</div><div><br id=\"lineBreakAtBeginningOfMessage\"></div>",
             l1_open, f"<div>{hesc(_text.EM_FWD_ATTR)}</div><br class=\"Apple-interchange-newline\">",
             f"<div dir=\"ltr\">{hesc(_text.EM_FWD_NOTE[0])}</div><div dir=\"ltr\"><br></div>",
             f"<div dir=\"ltr\">{hesc(_text.EM_FWD_NOTE[1])}<br><br><div dir=\"ltr\">{hesc(_text.EM_FWD_NOTE[2])}"
             "</div><div dir=\"ltr\"><br>Begin forwarded message:<br><br></div></div>",
             "<blockquote type=\"cite\"><div dir=\"ltr\"><b>From:</b> \"" + hesc(name) + "\" &lt;" + addr
             + f"&gt;<br><b>Date:</b> {_text.EM_ORIG_DATE}<br><b>To:</b> {hesc(_text.EM_LIST[0])} &lt;"
             + f"{_text.EM_LIST[1]}&gt;<br><b>Subject:</b> <b>{hesc(_text.EM_SUBJECT)}</b><br></div></blockquote>",
             l2_open]
    for s in _text.EM_ORIG_INTRO:
        parts += [mso(hesc(s)), empty]
    for head, items in _text.EM_SECTIONS:
        parts += [mso(f"<b><span style=\"font-size:12.0pt;color:#1F3864\">{hesc(head)}</span></b>"), empty]
        for lab, _w in items:
            hlk = f"<a name=\"_Hlk1925{1000 + 37 * len(parts):05d}\"></a>" if lab in marks else ""
            parts.append(mso(f"{hlk}<b>{lab}</b>&nbsp; {hesc(texts[lab])}"))
            if lab in _text.EM_COMMENTS:
                parts += [l2_close, l1_close, "<div><br></div><div><b><font color=\"#7030a0\">"
                          f"{hesc(_text.EM_COMMENTS[lab])}</font></b></div><div><br></div>", l1_open, l2_open]
            else:
                parts.append(empty)
    parts.append(empty)
    parts += [mso(hesc(s)) for s in _text.EM_ORIG_CLOSE]
    parts.append(empty)
    parts += [mso(f"<b><span style=\"color:#00616B\">{hesc(_text.EM_ORIG_SIG[0])}</span></b>")]
    parts += [mso(f"<span style=\"font-size:9.0pt;color:#595959\">{hesc(s)}</span>") for s in _text.EM_ORIG_SIG[1:]]
    parts += [mso(f"<img width=\"96\" height=\"32\" id=\"Picture_x0020_1\" src=\"cid:{EM_CID}\" "
                  "alt=\"Kilvardine Community Safety Partnership\">"), empty,
              mso(f"<span style=\"font-size:8.0pt;color:#7F7F7F\">{hesc(_text.EM_DISCLAIMER)}</span>"),
              l2_close, l1_close, "</body></html>"]
    return "".join(parts)


def em_split(encoded, labels):
    """The first of ``labels`` whose number a soft line break cuts in ``encoded`` ('<b>4.=' and '1</b>')."""
    for lab in labels:
        a, b = lab.split(".")
        if f"<b>{a}.=\r\n{b}</b>" in encoded or f"<b>{a}=\r\n.{b}</b>" in encoded:
            return lab
    return None


def em_header_word(s):
    """An RFC 2047 encoded word in the Q encoding, as Apple Mail writes a non-ASCII Subject."""
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch == " ":
            out.append("_")
        elif (ch.isascii() and ch.isalnum()) or ch in "!*+-/":
            out.append(ch)
        else:
            out.append(f"={b:02X}")
    return "=?utf-8?Q?" + "".join(out) + "?="


def make_reply(out, pm):
    path = out / "reply.eml"
    texts = review_texts(pm, _text.EM_SECTIONS, "dhr")
    order = [lab for _h, items in _text.EM_SECTIONS for lab, _w in items]
    plain = em_plain(texts)
    # the first placing of Word's bookmarks (none, one, then two) that puts a soft break inside a paragraph number
    tries = [(), *[(lab,) for lab in order], *[(a, b) for i, a in enumerate(order) for b in order[i + 1:]]]
    html = next(h for marks in tries if em_split(em_qp(h := em_html(texts, marks)), order))
    png = base64.b64encode(em_png()).decode("ascii")
    png = "\r\n".join(png[k:k + 76] for k in range(0, len(png), 76))
    me, tom = _text.EM_REPLY_FROM, _text.EM_FWD_FROM
    head = [
        f"Return-Path: <{me[1]}>",
        "Received: from mx.kilvardine-idva.example (mx.kilvardine-idva.example [192.0.2.41])",
        f"\tby imap.kilvardine-idva.example with LMTP id 6QmXJg6q0mdKbwAAqL3Z5w\n\tfor <{tom[1]}>; "
        "Thu, 13 Mar 2025 09:47:15 +0000",
        "Received: from smtpclient.apple (host-198-51-100-23.example [198.51.100.23])",
        f"\tby mx.kilvardine-idva.example (Postfix) with ESMTPSA id 4Z5H2k1qVbz9sW\n\tfor <{tom[1]}>; "
        "Thu, 13 Mar 2025 09:47:14 +0000 (GMT)",
        f"From: {me[0]} <{me[1]}>",
        f"Content-Type: multipart/alternative;\n\tboundary=\"{EM_OUTER}\"",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
        f"Subject: {em_header_word('Re: ' + _text.EM_SUBJECT)}",
        f"Date: {_text.EM_REPLY_DATE}",
        "In-Reply-To: <8D1F6A2E-3B7C-4E59-A0D4-5C9B2E7F1A36@kilvardine-idva.example>",
        "References: <DB9PR02MB71234A1B2C3D4E5F6A7B8C9D0E1F2A3B@DB9PR02MB7123.eurprd02.prod.outlook.example>\n"
        "\t<8D1F6A2E-3B7C-4E59-A0D4-5C9B2E7F1A36@kilvardine-idva.example>",
        f"To: {tom[0]} <{tom[1]}>",
        "Comments: FICTIONAL - for software testing. Every person, place and service named here is invented.",
        "Message-Id: <F3C2A1B0-5D4E-4F3A-9B8C-7D6E5F4A3B2C@kilvardine-idva.example>",
        "X-Mailer: Apple Mail (2.3826.400.131.1.6)",
    ]
    msg = ("\n".join(head) + "\n\n\n--" + EM_OUTER + "\nContent-Transfer-Encoding: quoted-printable\n"
           "Content-Type: text/plain;\n\tcharset=utf-8\n\n").replace("\n", "\r\n") + em_qp(plain) + (
        "\n\n--" + EM_OUTER + "\nContent-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\""
        + EM_INNER + "\"\n\n\n--" + EM_INNER + "\nContent-Transfer-Encoding: quoted-printable\nContent-Type: "
        "text/html;\n\tcharset=utf-8\n\n").replace("\n", "\r\n") + em_qp(html) + (
        "\n--" + EM_INNER + "\nContent-Transfer-Encoding: base64\nContent-Disposition: inline;\n\tfilename="
        "image001.png\nContent-Type: image/png;\n\tx-unix-mode=0644;\n\tname=\"image001.png\"\nContent-Id: <"
        + EM_CID + ">\n\n").replace("\n", "\r\n") + png + ("\n\n--" + EM_INNER + "--\n\n--" + EM_OUTER
                                                            + "--\n").replace("\n", "\r\n")
    path.write_bytes(msg.encode("ascii"))
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    split = check_reply(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW'S EXTRACTS FORWARDED FROM AN iPHONE AND ANSWERED INLINE IN APPLE MAIL, "
                 "SAVED AS AN .eml FILE (RFC 5322 and MIME, CRLF, all ASCII): Return-Path and two Received lines, "
                 "From, an RFC 2047 Subject ('=?utf-8?Q?Re=3A_DHR_Ms_R_=E2=80=93_extracts_for_team_briefings?='), "
                 "Date, In-Reply-To, folded References, To, a FICTIONAL Comments header, Message-Id, X-Mailer; "
                 "multipart/alternative of (1) text/plain and (2) multipart/related of text/html and the signature's "
                 "image/png (base64, Content-Id). BOTH TEXT PARTS ARE QUOTED-PRINTABLE: 76-column physical lines "
                 "ending in '=' (SOFT LINE BREAKS, falling inside words and, in the HTML part, INSIDE THE "
                 f"PARAGRAPH NUMBER of '<b>{split}</b>', one physical line ending in its first digit or its stop "
                 "and the next beginning with the rest; Word's hidden '_Hlk' bookmark <a>s before some numbers), "
                 "'=E2=80=99' for a curly apostrophe, '=E2=80=93' for a dash, '=20' for a trailing space, "
                 "'=3D' for every '=' in the HTML. The text/plain part decoded: Aisha's reply on top ('Thanks Tom. "
                 "...', 'Aisha'), then Tom's iPhone forward QUOTED '> ' (the attribution 'On 12 Mar 2025, at 17:26, "
                 "Tom Harrow <...> wrote:', his note naming 'section 4 onwards', 'Tom', 'Sent from my iPhone', "
                 "'Begin forwarded message:'), then THE FORWARDED MESSAGE QUOTED A SECOND LEVEL '> > ' (From, Date, "
                 "To, Subject lines; 'Dear all,' and the coordinator's intro; the review's headings '3. What agencies "
                 "knew' and paragraphs '> > 3.1 The ...' ONE LINE A PARAGRAPH, '> > ' lines between; the sign-off, "
                 "signature, Apple's '<image001.png>' for the logo and the disclaimer). AISHA'S COMMENTS ARE "
                 "UNQUOTED LINES BETWEEN QUOTED PARAGRAPHS (after 3.3, 4.1, 4.2 and 5.3), the one after 4.2 "
                 "OPENING '4.3 goes with this one \u2013 I'd read them together with the team.' straight before "
                 "the quoted 4.3. The text/html part repeats the whole message (nested <blockquote "
                 "type=\"cite\">s, split and reopened at each comment; the original's Outlook <p "
                 "class=\"MsoNormal\"><b>3.1</b>&nbsp; The ...</p>), so every paragraph is in the file twice: "
                 "keyed once, in the order of the first part. The host numbers no paragraphs of its own. Not "
                 "paragraphs: everything but the review's paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_reply(path, result, texts):
    """The standard library's e-mail parser: the structure (alternative of plain and related(html, png)); both text
    parts quoted-printable with soft breaks and '=E2=80=99' in the raw bytes; the plain part decoded: lines opening
    '> > N.N ' are the review's paragraphs in the key's order, each whole on one line; the '4.3 goes with' comment
    unquoted straight before the quoted 4.3; lxml over the HTML part: the MsoNormal <p>s opening with a bold number
    hold the same paragraphs in the same order. Returns a paragraph number a soft break splits in the HTML's
    encoding, if any."""
    import email
    import email.policy

    import lxml.html
    raw = path.read_bytes()
    if b"\n" in raw.replace(b"\r\n", b"") or max(len(ln) for ln in raw.split(b"\r\n")) > 998:
        raise AssertionError("reply.eml: line ends")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    kinds = [p.get_content_type() for p in msg.walk()]
    if kinds != ["multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png"]:
        raise AssertionError(f"reply.eml: structure {kinds}")
    plain_part, html_part = list(msg.walk())[1], list(msg.walk())[3]
    for part in (plain_part, html_part):
        if part["Content-Transfer-Encoding"] != "quoted-printable":
            raise AssertionError("reply.eml: encoding")
    if b"=E2=80=99" not in raw or b"=\r\n" not in raw or b"=3D" not in raw or \
            str(msg["Subject"]) != "Re: " + _text.EM_SUBJECT:
        raise AssertionError("reply.eml: quoted-printable")
    want = [[d["label"], texts[d["label"]]] for d in result]
    lines = plain_part.get_content().splitlines()
    got = [list(m.groups()) for ln in lines if (m := re.match(r"> > (\d\.\d) (.+)$", ln))]
    if got != want:
        raise AssertionError(f"reply.eml: plain read back {[g[0] for g in got]}")
    k43 = next(i for i, ln in enumerate(lines) if ln.startswith("> > 4.3 "))
    if not lines[k43 - 2].startswith("4.3 goes with this one") or lines[k43 - 1] != "":
        raise AssertionError("reply.eml: the comment before 4.3")
    root = lxml.html.fromstring(html_part.get_content())
    hgot = []
    for p in root.iter("p"):
        b = p.find("b")
        t = one_line(p.text_content())
        if b is not None and re.fullmatch(r"\d\.\d", b.text_content()):
            hgot.append(t.split(" ", 1))
    if hgot != want or len(root.xpath("//body/blockquote")) != 1 + len(_text.EM_COMMENTS):
        raise AssertionError(f"reply.eml: html read back {[g[0] for g in hgot]}")
    split = em_split(raw.split(b"Content-Type: text/html;")[1].decode("ascii"), [d["label"] for d in result])
    if split is None:
        raise AssertionError("reply.eml: no paragraph number cut by a soft break")
    return split


# --------------------------------------------------------------------------
# 3. gmail.pdf: a CSPR's paragraphs forwarded and answered in Gmail, the conversation printed from Chrome
# --------------------------------------------------------------------------
GM_L, GM_R = 36.0, 559.28
GM_TOP, GM_BOT = 806.0, 40.0
GM_SIZE, GM_LEAD = 9.75, 13.2
GM_BAR, GM_QX = GM_L + 4.0, GM_L + 12.0
GM_RULE = (0.8, 0.8, 0.8)
GM_QUOTE_BAR = (0.8, 0.8, 0.8)
GM_FIRST_TOP = 712.0


class GmFlow:
    """Rows poured down Chrome's printed pages (a browser breaks between any two lines, two lines kept at a
    paragraph's start). A row: (gap, leading, draw(lay, page, baseline, gap), meta); placements [(page, baseline,
    meta)]; the drawing is kept until the number of pages is known."""

    def __init__(self):
        self.pages, self.cur, self.placed = [[]], GM_FIRST_TOP, []

    def place(self, rows, keep=1):
        need = sum(g + ld for g, ld, _d, _m in rows[:keep])
        if self.cur - need < GM_BOT:
            self.pages.append([])
            self.cur = GM_TOP
        for gap, lead, draw, meta in rows:
            g = 0.0 if self.cur == GM_TOP else gap
            if self.cur - g - lead < GM_BOT:
                self.pages.append([])
                self.cur = GM_TOP
                g = 0.0
            base = self.cur - g - lead * 0.78
            self.pages[-1].append((draw, base, g))
            self.placed.append((len(self.pages), base, meta))
            self.cur -= g + lead


def gm_line(segs, bar=False, lead=GM_LEAD):
    """A row's draw: text segments [(x, s, font, size, rgb)] and, inside a quotation, the grey bar beside it."""
    def draw(lay, pg, base, g):
        for x, s, font, size, rgb in segs:
            if s:
                lay.add(("T", x, base, s, font, size, rgb), pg)
        if bar:
            lay.add(("L", GM_BAR, base - 0.22 * lead, GM_BAR, base + 0.78 * lead + g, 1.0, GM_QUOTE_BAR), pg)
    return draw


def gm_text_rows(text, x, bar, gap=0.0, font=A, size=GM_SIZE, rgb=BLACK, meta=None, label=None):
    """A paragraph wrapped at the width from ``x``; with ``label``, the number bold (with its space) before the
    first line's words and the lines after flush under the number."""
    width = GM_R - x
    lead_w = sw(f"{label} ", AB, size) if label else 0.0
    lines = wrap(text.split(), width, lambda z: sw(z, font, size), first_width=width - lead_w)
    rows = []
    for k, ln in enumerate(lines):
        segs = [(x, " ".join(ln), font, size, rgb)]
        if k == 0 and label:
            segs = [(x, f"{label} ", AB, size, rgb), (x + lead_w, " ".join(ln), font, size, rgb)]
        rows.append((gap if k == 0 else 0.0, GM_LEAD, gm_line(segs, bar), dict(meta or {}, line=k)))
    return rows


def gm_blank(bar):
    return [(0.0, GM_LEAD, gm_line([], bar), None)]


def gm_rule():
    def draw(lay, pg, base, g):
        lay.add(("L", GM_L, base + 3.0, GM_R, base + 3.0, 0.6, GM_RULE), pg)
    return [(8.0, 10.0, draw, None)]


def gm_msg_head(who, date, to):
    name, addr = who
    nw = sw(name + " ", AB, GM_SIZE)
    segs = [(GM_L, name + " ", AB, GM_SIZE, BLACK), (GM_L + nw, f"<{addr}>", A, GM_SIZE, GREY),
            (GM_R - sw(date, A, 9.0), date, A, 9.0, GREY)]
    to_s = f"To: {to[0]} <{to[1]}>"
    return [(10.0, GM_LEAD, gm_line(segs), None), (0.0, 12.0, gm_line([(GM_L, to_s, A, 9.0, GREY)]), None)]


def gm_layout(texts, more):
    flow = GmFlow()
    flow.place(gm_msg_head(_text.GM_SAM, _text.GM_MSG1_DATE, _text.GM_ACCOUNT), keep=2)
    for k, s in enumerate(_text.GM_SAM_BODY):
        flow.place(gm_text_rows(s, GM_L, False, gap=10.0 if k == 0 else 8.0, meta={"kind": "own", "text": s}), 2)
    flow.place(gm_text_rows(_text.GM_ATTR1, GM_L, False, gap=10.0), 1)
    for s in _text.GM_KEMI_FWD:
        flow.place(gm_text_rows(s, GM_QX, True))
        flow.place(gm_blank(True))
    for s in _text.GM_FWD_HEAD:
        flow.place(gm_text_rows(s, GM_QX, True))
    flow.place(gm_blank(True))
    intro = [*_text.GM_DANA_INTRO[:-1], " ".join([_text.GM_DANA_INTRO[-1], *_text.GM_DANA_MORE[:more]])]
    for s in intro:
        flow.place(gm_text_rows(s, GM_QX, True), 2)
        flow.place(gm_blank(True))
    for head, items in _text.GM_SECTIONS:
        lead_rows = gm_text_rows(head, GM_QX, True, font=AB) + gm_blank(True)
        for k, (lab, _w) in enumerate(items):
            rows = gm_text_rows(texts[lab], GM_QX, True, meta={"kind": "para", "label": lab, "first": True},
                                label=lab)
            flow.place(lead_rows + rows if k == 0 else rows, 4 if k == 0 else 2)
            flow.place(gm_blank(True))
    for s in _text.GM_DANA_CLOSE:
        flow.place(gm_text_rows(s, GM_QX, True))
    flow.place(gm_blank(True))
    for k, s in enumerate(_text.GM_DANA_SIG):
        flow.place(gm_text_rows(s, GM_QX, True, font=AB if k == 0 else A, size=9.0, rgb=DARK if k else BLACK))
    flow.place(gm_blank(True))
    flow.place(gm_text_rows(_text.GM_DISCLAIMER, GM_QX, True, size=7.5, rgb=GREY), 1)
    flow.place(gm_rule())
    flow.place(gm_msg_head(_text.GM_ACCOUNT, _text.GM_MSG2_DATE, _text.GM_SAM), keep=2)
    for s in _text.GM_KEMI_BODY_BEFORE:
        flow.place(gm_text_rows(s, GM_L, False, gap=10.0), 2)
    again = _text.GM_KEMI_AGAIN
    flow.place(gm_text_rows(texts[again], GM_QX, True, gap=8.0, meta={"kind": "para", "label": again,
                                                                        "first": False}, label=again), 2)
    for k, s in enumerate(_text.GM_KEMI_BODY_AFTER):
        flow.place(gm_text_rows(s, GM_L, False, gap=10.0 if k == 0 else 8.0))
    flow.place(gm_text_rows("--", GM_L, False, gap=8.0))
    for s in _text.GM_KEMI_SIG:
        flow.place(gm_text_rows(s, GM_L, False, size=9.0, rgb=DARK))
    flow.place(gm_text_rows(_text.GM_HIDDEN, GM_L, False, gap=10.0, size=9.0, rgb=GREY))
    return flow


def gm_url(width):
    s = _text.GM_URL
    if sw(s, A, 8.0) <= width:
        return s
    while sw(s + "\u2026", A, 8.0) > width:
        s = s[:-1]
    return s + "\u2026"


def make_gmail(out, pm):
    path = out / "gmail.pdf"
    register_fonts(T1_FACES)
    texts = review_texts(pm, _text.GM_SECTIONS, "child")
    order = [lab for _h, items in _text.GM_SECTIONS for lab, _w in items]
    for more in range(len(_text.GM_DANA_MORE) + 1):
        flow = gm_layout(texts, more)
        starts, ends = {}, {}
        for pg, _b, meta in flow.placed:
            if meta and meta.get("kind") == "para" and meta["first"]:
                starts.setdefault(meta["label"], pg)
                ends[meta["label"]] = pg
        cross = [lab for lab in order if starts[lab] != ends[lab]]
        if len(cross) >= 2:
            break
    else:
        raise AssertionError("gmail.pdf: fewer than two paragraphs over a page break")
    lay = Layout(A4)
    n = len(flow.pages)
    for k, rows in enumerate(flow.pages, 1):
        lay.new_page()
        for draw, base, g in rows:
            draw(lay, k, base, g)
        lay.add(("T", 20.0, 826.0, _text.GM_PRINTED, A, 8.0, BLACK), k)
        lay.add(("T", (A4[0] - sw(_text.GM_TITLE, A, 8.0)) / 2, 826.0, _text.GM_TITLE, A, 8.0, BLACK), k)
        lay.add(("T", 20.0, 12.0, gm_url(470.0), A, 8.0, BLACK), k)
        folio = f"{k}/{n}"
        lay.add(("T", A4[0] - 20.0 - sw(folio, A, 8.0), 12.0, folio, A, 8.0, BLACK), k)
    # page 1: Gmail's print header (the logo is an image: drawn shapes, no text)
    lay.add(("R", GM_L, 772.0, 26.0, 19.0, (0.92, 0.26, 0.21)), 1)
    lay.add(("R", GM_L + 31.0, 776.0, 46.0, 11.0, (0.45, 0.45, 0.45)), 1)
    name, addr = _text.GM_ACCOUNT
    acc = f"{name} <{addr}>"
    nw = sw(name + " ", AB, 9.0)
    x0 = GM_R - sw(acc, A, 9.0) - (nw - sw(name + " ", A, 9.0))
    lay.add(("T", x0, 779.0, name + " ", AB, 9.0, BLACK), 1)
    lay.add(("T", x0 + nw, 779.0, f"<{addr}>", A, 9.0, GREY), 1)
    lay.add(("L", GM_L, 766.0, GM_R, 766.0, 1.2, GM_RULE), 1)
    lay.add(("T", GM_L, 745.0, _text.GM_SUBJECT, AB, 13.0, BLACK), 1)
    lay.add(("T", GM_L, 731.0, "2 messages", A, 9.0, GREY), 1)
    lay.add(("L", GM_L, 722.0, GM_R, 722.0, 0.6, GM_RULE), 1)
    lay.render(path, {"Title": _text.GM_TITLE, "Author": "", "Subject": FICT,
                      "Creator": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 "Chrome/133.0.0.0 Safari/537.36", "Producer": "Skia/PDF m133"})
    result, labels, ends_list = [], [], []
    for lab in order:
        pg, base = next((p, b) for p, b, m in flow.placed if m and m.get("kind") == "para" and m["label"] == lab
                        and m["first"] and m["line"] == 0)
        result.append(entry(lab, pg, texts[lab]))
        labels.append((pg, GM_QX, base))
        ends_list.append(ends[lab])
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    cross = check_crossings(path.name, result, ends_list)
    check_gmail(path, result, texts, labels, ends_list, flow)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW'S PARAGRAPHS FORWARDED AND ANSWERED IN GMAIL, THE CONVERSATION "
                 f"PRINTED FROM CHROME ({n} A4 pages, Arial; Creator Chrome, Producer Skia/PDF): Chrome's header "
                 "on every page (the date and time '14/03/2025, 11:06' at the left, the page title 'Gmail - Fwd: "
                 "CSPR Child L \u2013 paragraphs for Thursday\u2019s huddle' in the middle) and footer (the print "
                 "view's URL cut short with '\u2026' at the left, '1/3' at the right); on page 1 Gmail's print view "
                 "header: the logo (shapes, no text), the account 'Kemi Adeyinka <...>' at the right, a rule, the "
                 "subject in bold, '2 messages', a rule. MESSAGE 1 (Sam): the sender in bold and his address, the "
                 "date at the right, 'To: ...'; 'Hi Kemi,' and a line OPENING '2.3 and 3.4 are the ones I\u2019d "
                 "start with, ...' AT THE MARGIN; the attribution 'On Tue, 11 Mar 2025 at 09:02, Kemi Adeyinka <...> "
                 "wrote:'; THE QUOTED TEXT, INDENTED BESIDE A GREY BAR: Kemi's forwarding note, '---------- "
                 "Forwarded message ---------' and its From, Date, Subject and To lines, Dana's intro, the review's "
                 "bold headings '2. What happened to Child L', '3. What the review found', '4. Learning for "
                 "practice' and its paragraphs '2.1 The ...' (the number bold, continuation lines flush under it, a "
                 "blank line between), Dana's sign-off, bold signature and small disclaimer; paragraphs "
                 f"{', '.join(cross)} run over page breaks, the bar going on. MESSAGE 2 (Kemi, after a rule): 'Great, "
                 "thanks Sam. I\u2019ll start the huddle with this one, ...', then 3.4 AGAIN, whole, with its bold "
                 "number, in a Gmail quotation (bar and indent) \u2013 keyed once, where it is first printed in "
                 "message 1; 'See you Thursday.', 'Kemi', '--', her signature ('Registered charity 1100000') and "
                 "Gmail's trimmed-content marker '[Quoted text hidden]'. The host numbers no paragraphs of its own. "
                 "Not paragraphs: everything but the review's paragraphs. page = the PDF page where the paragraph's "
                 "number is printed."),
        "paragraphs": result,
    }


def check_gmail(path, result, texts, labels, ends, flow):
    """pdfplumber: each paragraph's first words on its page and its last words on its last page, in the page's
    body (Chrome's header and footer left out), the number's glyphs in bold at the quotation's text edge; every
    paragraph's text read back in one piece (lines joined) in the body text; 3.4 read back twice; the '2.3 and 3.4'
    line at the margin before the first paragraph; the grey bar drawn beside the quoted lines; the header, footer
    and '[Quoted text hidden]' on the pages."""
    import pdfplumber
    pages = pdf_pages(path)

    def body(c):
        return GM_BOT - 1.0 <= c["matrix"][5] <= GM_TOP + 1.0
    check_pdf_key(path.name, pages, result, ends, labels, keep=body)
    words = []
    for chars in pages:
        words += words_of(chars, body)
    for d in result:
        if not contains_seq(words, norm(f"{d['label']} {texts[d['label']]}")):
            raise AssertionError(f"gmail.pdf: text of {d['label']} not read back in one piece")
    n34 = sum(1 for k in range(len(words)) if words[k:k + 10] == norm("3.4 " + texts["3.4"])[:10])
    with pdfplumber.open(path) as pl:
        p1 = pl.pages[0]
        first = p1.extract_text(x_tolerance=3)
        bars = [ln for ln in p1.lines if abs(ln["x0"] - GM_BAR) < 0.1 and abs(ln["x1"] - GM_BAR) < 0.1]
        last = pl.pages[-1].extract_text(x_tolerance=3)
        n = len(pl.pages)
    samline = next(ln for ln in first.split("\n") if ln.startswith("2.3 and 3.4 are the ones"))
    i_sam = first.index(samline)
    i_21 = first.find("2.1 " + " ".join(texts["2.1"].split()[:3]))
    i_21 = len(first) if i_21 < 0 else i_21
    for pg in range(1, n + 1):
        t = words_of(pages[pg - 1])
        if not contains_seq(t, norm(f"{pg}/{n}")) or not contains_seq(t, norm("14/03/2025, 11:06 Gmail - Fwd")):
            raise AssertionError(f"gmail.pdf: header or footer of page {pg}")
    if n34 != 2 or not (0 <= i_sam < i_21) or len(bars) < 10 or _text.GM_HIDDEN not in last or \
            "2 messages" not in first:
        raise AssertionError(f"gmail.pdf: layout {n34} {i_sam} {i_21} {len(bars)}")


# --------------------------------------------------------------------------
# 4. slack.html: a thematic review's findings pasted into a Slack channel, the export rendered to HTML
# --------------------------------------------------------------------------
SL_EMOJI = {":wave:": "\U0001f44b", ":raised_hands:": "\U0001f64c", ":+1:": "\U0001f44d", ":eyes:": "\U0001f440",
            ":disappointed:": "\U0001f61e", ":slightly_smiling_face:": "\U0001f642", ":pray:": "\U0001f64f",
            ":100:": "\U0001f4af"}
SL_CSS = """body{margin:0;font-family:Lato,"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:15px;color:#1d1c1d}
.fictional{background:#fff3cd;padding:4px 12px;font-size:12px}#sidebar{position:fixed;top:24px;bottom:0;left:0;
width:220px;background:#3f0e40;color:#cfc3cf;overflow-y:auto;padding:12px}#sidebar a{color:#cfc3cf;
text-decoration:none}#sidebar .active a{color:#fff;font-weight:bold}.messages{margin-left:250px;padding:12px 20px}
.channel-name{font-size:20px;margin:0}.channel-purpose{color:#616061;font-size:13px}.day-divider{text-align:center;
border-top:1px solid #ddd;margin:24px 0 8px}.day-divider span{position:relative;top:-10px;background:#fff;
border:1px solid #ddd;border-radius:12px;padding:2px 12px;font-size:13px;font-weight:bold}.message{display:flex;
padding:6px 0}.user_icon{width:36px;height:36px;border-radius:4px;margin-right:8px}.username{font-weight:900}
.user-title{color:#616061;font-size:12px;margin-left:4px}.time{color:#616061;font-size:12px;margin-left:6px;
text-decoration:none}.msg p{margin:2px 0;line-height:1.47}.edited{color:#616061;font-size:12px}.mention{
background:#e8f5fa;color:#1264a3}.message-attachment{border-left:4px solid #ddd;padding-left:10px;margin:6px 0}
.attachment-service{font-size:12px;color:#616061}.attachment-title{font-weight:bold;color:#1264a3}.reactions{
margin-top:4px}.reaction{display:inline-block;border:1px solid #ddd;border-radius:12px;padding:0 6px;
font-size:12px;margin-right:4px}.thread{margin:6px 0 0 44px;border-left:2px solid #ddd;padding-left:10px}
.thread-summary{font-size:13px;color:#1264a3}.system p{color:#616061;font-size:14px;margin:6px 0 6px 44px}
.app-badge{background:#ddd;font-size:10px;padding:0 3px;border-radius:2px}.file{border:1px solid #ddd;
border-radius:8px;padding:8px;display:inline-block}.msg blockquote{border-left:4px solid #ddd;margin:4px 0;
padding-left:10px}"""


def sl_inline(t):
    s = hesc(t)
    s = re.sub(r"(https://[^\s<]+)", r'<a href="\1" target="_blank" rel="noopener">\1</a>', s)
    for name, _u, _t in _text.SL_USERS.values():
        s = s.replace("@" + name, f'<span class="mention">@{name}</span>')
    for code, ch in SL_EMOJI.items():
        s = s.replace(code, f'<span class="emoji" title="{code}">{ch}</span>')
    return s


def sl_parts(parts, texts, edited=False):
    """A message's text as the viewer renders it: its lines parted by <br>, a blank line (<br><br>) after each
    paragraph and the poster's own lines, a single break after a heading; a quoted paragraph in a <blockquote>."""
    out = ['<div class="msg"><p>']
    for k, part in enumerate(parts):
        kind = part[0]
        if kind == "t":
            out.append(sl_inline(part[1]))
        elif kind == "h":
            out.append(f"<b>{hesc(part[1])}</b>")
        elif kind == "p":
            lab, _w, how = part[1:]
            num = f"<b>{lab}</b>" if how == "bold" else lab
            out.append(f"{num} {hesc(texts[lab])}")
        elif kind == "quote":
            out.append(f"</p><blockquote>{part[1]} {hesc(texts[part[1]])}</blockquote><p>")
        if k < len(parts) - 1 and kind != "quote":
            out.append("<br>" if kind == "h" else "<br><br>")
    if edited:
        out.append(' <span class="edited">(edited)</span>')
    out.append("</p></div>")
    return "".join(out).replace("<p></p>", "")


def sl_time(ts, hhmm, day):
    return f'<a href="#{ts}" class="time" title="{day} {hhmm}">{hhmm}</a>'


def sl_message(user, hhmm, ts, parts, extras, texts, day, reply=False):
    name, uid, title = _text.SL_USERS[user]
    extras = extras or []
    body = [f'<div class="message-container{" reply" if reply else ""}">', f'<div id="{ts}" class="message">',
            f'<img class="user_icon" src="https://avatars.slack-edge.example/2024-01-15/{uid}_48.png" '
            'loading="lazy" alt="">', '<div class="message-body">',
            f'<div class="message-header"><span class="username">{hesc(name)}</span> <span class="user-title">'
            f'{hesc(title)}</span> {sl_time(ts, hhmm, day)}</div>', sl_parts(parts, texts, "edited" in extras)]
    for ex in extras:
        if ex == "unfurl":
            lead = first_sentence(texts["2.1"])
            body.append('<div class="message-attachment"><div class="attachment-service">tennickvalesab.example'
                        '</div><a class="attachment-title" href="https://www.tennickvalesab.example/reviews/thematic-'
                        f'self-neglect">{hesc(_text.SL_REVIEW)} | {hesc(_text.SL_BOARD)} (FICTIONAL)</a><div '
                        f'class="attachment-text">{hesc(lead)}</div></div>')
        elif isinstance(ex, tuple) and ex[0] == "react":
            body.append('<div class="reactions">' + "".join(
                f'<span class="reaction" title="{code}">{SL_EMOJI[code]} <span class="count">{n}</span></span>'
                for code, n in ex[1]) + "</div>")
        elif isinstance(ex, tuple) and ex[0] == "thread":
            replies = ex[1]
            body.append(f'<div class="thread"><div class="thread-summary"><a href="#thread-{ts}">{len(replies)} '
                        f'replies</a> <span>Last reply {replies[-1][1]}</span></div><div class="replies" '
                        f'id="thread-{ts}">')
            for r_user, r_time, r_ts, r_parts in replies:
                body.append(sl_message(r_user, r_time, r_ts, r_parts, [], texts, day, reply=True))
            body.append("</div></div>")
    body.append("</div></div></div>")
    return "\n".join(body)


def make_slack(out, pm):
    path = out / "slack.html"
    texts, order = {}, []
    for item in _text.SL_BODY:
        if item[0] == "msg":
            for part in item[4]:
                if part[0] == "p":
                    texts[part[1]] = pm.make(part[2], "adult")
                    order.append(part[1])
    day = ""
    html = []
    for item in _text.SL_BODY:
        kind = item[0]
        if kind == "day":
            day = item[1]
            html.append(f'<div class="day-divider" role="separator"><span>{hesc(day)}</span></div>')
        elif kind == "join":
            name = _text.SL_USERS[item[1]][0]
            html.append(f'<div class="message-container system"><div class="message system"><p><span class='
                        f'"username">{hesc(name)}</span> joined #{_text.SL_CHANNEL}.</p></div></div>')
        elif kind == "msg":
            html.append(sl_message(*item[1:], texts, day))
        elif kind == "app":
            html.append('<div class="message-container"><div class="message app"><img class="user_icon" '
                        'src="https://avatars.slack-edge.example/apps/gcal_48.png" alt=""><div class="message-body">'
                        f'<div class="message-header"><span class="username">{hesc(item[1])}</span> <span '
                        f'class="app-badge">APP</span> {sl_time("app-" + item[2], item[2], day)}</div><div '
                        f'class="msg"><p>{hesc(item[3])}</p></div></div></div></div>')
        elif kind == "huddle":
            html.append(f'<div class="message-container system"><div class="message system huddle"><p>'
                        f"{hesc(item[1])}</p></div></div>")
        elif kind == "pin":
            name = _text.SL_USERS[item[1]][0]
            html.append(f'<div class="message-container system"><div class="message system"><p>{hesc(name)} pinned '
                        "a message to this channel.</p></div></div>")
        elif kind == "file":
            name, uid, title = _text.SL_USERS[item[1]]
            html.append(f'<div class="message-container"><div class="message"><img class="user_icon" src="https://'
                        f'avatars.slack-edge.example/2024-01-15/{uid}_48.png" alt=""><div class="message-body"><div '
                        f'class="message-header"><span class="username">{hesc(name)}</span> <span class="user-title">'
                        f'{hesc(title)}</span> {sl_time("file-" + item[2], item[2], day)}</div><div class="msg"><p>'
                        f'uploaded a file:</p></div><div class="file"><a class="file-name" href="https://files.'
                        f'slack.example/files-pri/T02ABCDEF-F08HX1/{hesc(item[3].replace(" ", "_"))}">'
                        f'{hesc(item[3])}</a> <span class="file-meta">PDF \u00b7 {item[4]}</span></div></div></div>'
                        "</div>")
    side = "".join(f'<li class="channel{" active" if c == _text.SL_CHANNEL else ""}"><a href="../{c}/">#{c}</a></li>'
                   for c in _text.SL_CHANNELS)
    dms = "".join(f'<li class="dm"><a href="../dm/{k}/">{hesc(n)}</a></li>' for k, n in enumerate(_text.SL_DMS))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#{_text.SL_CHANNEL} - {hesc(_text.SL_WORKSPACE)} - Slack Export Viewer</title>
<style>{SL_CSS}</style>
</head>
<body>
<div class="fictional" role="note">{FICT}. {INVENTED}</div>
<div id="sidebar">
<h3 class="workspace">{hesc(_text.SL_WORKSPACE)}</h3>
<h3 id="channel-title">Channels</h3>
<ul class="list">{side}</ul>
<h3>Direct Messages</h3>
<ul class="list">{dms}</ul>
</div>
<div class="messages">
<h2 class="channel-name">#{_text.SL_CHANNEL}</h2>
<p class="channel-purpose">{hesc(_text.SL_PURPOSE)}</p>
{chr(10).join(html)}
</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_slack(path, result, texts)
    return {
        "note": ("A THEMATIC REVIEW'S FINDINGS PASTED INTO A SLACK CHANNEL, THE EXPORT RENDERED TO HTML BY AN EXPORT "
                 "VIEWER: a FICTIONAL banner, a sidebar of the workspace's channels ('#practice-learning' active) and "
                 "direct messages, the channel's name and purpose; day dividers ('Monday, March 10th, 2025'); 'Femi "
                 "Oduya joined #practice-learning.'; each message an avatar, the poster's name and job title and a "
                 "time link ('10:02'), its text in one <p> whose lines are parted by <br>. Bryony's first message: "
                 "her own lines with emoji and a link, and a LINK UNFURL whose description is THE FIRST SENTENCE OF "
                 "2.1 (before 2.1 is posted); then the review's findings pasted over THREE MESSAGES a minute apart "
                 "(and a fourth the next day): a bold heading ('<b>2. Recognising self-neglect</b><br>'), then "
                 "paragraphs parted by '<br><br>', the numbers bold ('<b>2.1</b> The ...': 2.x, 3.x, 5.x) or typed "
                 "('4.1 The ...'); '(edited)' in a span straight after 3.3's last word (no part of it); reactions "
                 "('\U0001f44d 4'). A THREAD under the 3.x message ('3 replies'): Femi's reply QUOTES 3.2 WHOLE in a "
                 "<blockquote> ('3.2 The ...') before 'this is us every week on duty' (keyed once, where first "
                 "posted), two more replies. Marcus's message OPENS '4.1 and 4.3 are going on the agenda ...' with "
                 "a mention; an app's reminder ('Google Calendar APP', '14.00\u201314.30, Room 2.14'); a huddle "
                 "line, a pin line, a file upload ('PDF \u00b7 412 KB'); Femi's message OPENING '5.2 is the one "
                 "I\u2019d want every new starter to read ...'. The host numbers no paragraphs of its own. Not "
                 "paragraphs: everything but the review's paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_slack(path, result, texts):
    """lxml.html: the messages' text <p>s and <blockquote>s in document order, <br> read as a line break; the lines
    opening with a number and holding more than 30 words are the review's paragraphs; the first occurrence of each,
    in order, is the key; 3.2 is seen a second time in the thread's blockquote; 3.3 is followed by '(edited)'; the
    unfurl's text is 2.1's first sentence; the messages opening '4.1 and 4.3' and '5.2 is the one'."""
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes().decode("utf-8"))
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    seen, got, twice, edited, opens = set(), [], [], False, []
    for el in root.xpath('//div[@class="msg"]/p | //div[@class="msg"]/blockquote'):
        for ln in el.text_content().split("\n"):
            t = one_line(ln)
            opens.append(t)
            m = re.match(r"(\d\.\d) (.+)$", t)
            if not m or len(t.split()) <= 30:
                continue
            lab, body = m.groups()
            if body.endswith(" (edited)"):
                body, edited = body[:-len(" (edited)")], lab == "3.3"
            if lab in seen:
                twice.append(lab)
                continue
            seen.add(lab)
            got.append([lab, body])
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"slack.html: read back {[g[0] for g in got]}")
    unfurl = one_line(root.xpath('//div[@class="attachment-text"]')[0].text_content())
    if twice != ["3.2"] or not edited or unfurl != first_sentence(texts["2.1"]) or \
            not any(t.startswith("4.1 and 4.3 are going") for t in opens) or \
            not any(t.startswith("5.2 is the one") for t in opens):
        raise AssertionError(f"slack.html: layout {twice} {edited}")


# --------------------------------------------------------------------------
# 5. digest.txt: a learning review's paragraphs posted to a Mailman list, the plain-text digest saved as text
# --------------------------------------------------------------------------
DG_RULE = "-" * 30
DG_WIDTH = 71  # Thunderbird wraps at 72 columns; a soft break keeps its space at the line's end


def dg_flowed(text, width=DG_WIDTH):
    """format=flowed lines: greedy wrapping, every line but the last ending in the space of its soft break."""
    lines = [" ".join(ln) for ln in wrap(text.split(" "), width, len)]
    return [ln + " " for ln in lines[:-1]] + lines[-1:]


def dg_wrap_intro(text):
    """The intro paragraph with the first filler that makes one of its wrapped lines begin with the words after
    "{wrap}" (so that a line opens "4.2 and 4.3, which ...")."""
    before, after = text.split("{wrap}")
    head = " ".join(after.split()[:3])
    for filler in _text.DG_WRAP_FILLERS:
        t = " ".join((before + " " + filler + " " + after).split())
        lines = dg_flowed(t)
        if any(ln.startswith(head) for ln in lines[1:]):
            return t, lines
    raise AssertionError("digest.txt: no filler puts 4.2 at a line's start")


def dg_topics(entries):
    """Mailman 2.1's table of contents: '%2d. subject' wrapped at 65 columns, the poster's name in brackets on the
    last line if it fits within 70, else on a line of its own; the first line printed after two spaces, the others
    after six."""
    import textwrap
    out = []
    for n, (subject, who) in enumerate(entries, 1):
        slines = textwrap.wrap(f"{n:2d}. {subject}", 65)
        username = f" ({who})"
        if len(slines[-1]) + len(username) > 70:
            slines.append(username)
        else:
            slines[-1] += username
        out.append(" " + " " + slines[0])
        out += ["     " + " " + s.lstrip() for s in slines[1:]]
    return out


def dg_masthead(prefix=""):
    lines = [f"Send {_text.DG_LIST} mailing list submissions to", f"\t{_text.DG_ADDR}", "",
             "To subscribe or unsubscribe via the World Wide Web, visit", f"\t{_text.DG_INFO}",
             "or, via email, send a message with subject or body 'help' to", f"\t{_text.DG_REQ}", "",
             "You can reach the person managing the list at", f"\t{_text.DG_OWNER}", "",
             "When replying, please edit your Subject line so it is more specific",
             f"than \"Re: Contents of {_text.DG_LIST} digest...\""]
    return [(prefix + ln).rstrip() if ln else prefix.rstrip() for ln in lines]


def dg_message(n, date, who, subject, msgid, ctype, body, to=None):
    name, addr = who
    subj = f"[{_text.DG_LIST}] {subject}"
    if len(subj) > 60:
        cut = subj.rfind(" ", 0, 60)
        subj = subj[:cut] + "\n\t" + subj[cut + 1:]
    head = [f"Message: {n}", f"Date: {date}", f"From: {name} <{addr}>", f"To: {to or _text.DG_ADDR}",
            f"Subject: {subj}", f"Message-ID: <{msgid}>", f"Content-Type: {ctype}"]
    return [*"\n".join(head).split("\n"), "", *body, "", DG_RULE, ""]


def make_digest(out, pm):
    path = out / "digest.txt"
    texts = review_texts(pm, _text.DG_SECTIONS, "child")
    order = [lab for _h, items in _text.DG_SECTIONS for lab, _w in items]
    base = _text.DG_ARCHIVE + "/attachments/20250310"
    # message 1: the partnership's learning officer, Thunderbird, format=flowed
    m1 = []
    intro_lines = None
    for s in _text.DG_HELEN_INTRO:
        if "{wrap}" in s:
            _t, intro_lines = dg_wrap_intro(s)
            m1 += [*intro_lines, ""]
        else:
            m1 += [*dg_flowed(s), ""]
    for head, items in _text.DG_SECTIONS:
        m1 += [head, ""]
        for lab, _w in items:
            m1 += [*dg_flowed(f"{lab} {texts[lab]}"), ""]
    for s in _text.DG_HELEN_CLOSE[:1]:
        m1 += [s, ""]
    m1 += [*_text.DG_HELEN_CLOSE[1:], "", "-- ", *_text.DG_HELEN_SIG]
    m1 += ["-------------- next part --------------", "A non-text attachment was scrubbed..."]
    m1 += [f"{k}: {v}" for k, v in _text.DG_ATTACH]
    m1.append(f"URL: <{base}/5b1e0c6a/attachment-0001.pdf>")
    # message 2: a reply from Gmail quoting 3.2 whole
    name, addr = _text.DG_HELEN
    import textwrap
    quoted = textwrap.wrap(f"{_text.DG_TARIQ_QUOTE} {texts[_text.DG_TARIQ_QUOTE]}", 76)
    m2 = [_text.DG_TARIQ_TOP, "", f"On Mon, 10 Mar 2025 at 16:52, {name} <{addr}>", "wrote:", "",
          *[f"> {ln}" for ln in quoted], ">", "", *[ln.rstrip() for ln in dg_flowed(_text.DG_TARIQ_AFTER[0], 78)], "",
          _text.DG_TARIQ_AFTER[1], "", *_text.DG_TARIQ_AFTER[2:],
          "-------------- next part --------------", "An HTML attachment was scrubbed...",
          f"URL: <{base}/d41f7e2b/attachment-0001.html>"]
    # message 3: a reply to the previous digest, quoting its masthead, topics and a message
    prev = [f"On 04/03/2025 12:00, {_text.DG_REQ} wrote:", *dg_masthead("> "), ">", ">", "> Today's Topics:", ">",
            *[f"> {t}" for t in dg_topics([(s.rsplit(" (", 1)[0], s.rsplit(" (", 1)[1][:-1])
                                          for s in _text.DG_PREV_TOPICS])], ">", ">",
            "> " + "-" * 70, ">", "> Message: 1", "> Date: Mon, 3 Mar 2025 15:20:41 +0000",
            f"> From: {name} <{addr}>", f"> To: {_text.DG_ADDR}", "> Subject: [Safeguarding-leads] Summer term DSL "
            "training dates", ">", "> Dear colleagues,", ">", "> Here are the dates for the summer term. Please book "
            "through the training portal.", ">", *[f"> {d} {t}" for d, t in _text.DG_PREV_DATES], ">",
            "> Best wishes,", "> Helen", ">"]
    m3 = [*dg_flowed(_text.DG_GWEN_BODY[0]), "", _text.DG_GWEN_BODY[1], _text.DG_GWEN_BODY[2], "",
          *_text.DG_GWEN_BODY[3:], "", *prev]
    m4 = [*_text.DG_LORNA_BODY, "-------------- next part --------------", "An HTML attachment was scrubbed...",
          f"URL: <{_text.DG_ARCHIVE}/attachments/20250311/7c90ab13/attachment-0001.html>"]
    topics = [(_text.DG_TOPIC1, _text.DG_HELEN[0]), ("Re: " + _text.DG_TOPIC1, _text.DG_TARIQ[0]),
              (f"Re: {_text.DG_LIST} Digest, Vol {_text.DG_VOL}, Issue {_text.DG_ISSUE - 1}", _text.DG_GWEN[0]),
              (f"Automatic reply: {_text.DG_LIST} Digest, Vol {_text.DG_VOL}, Issue {_text.DG_ISSUE - 1}",
               _text.DG_LORNA[0])]
    lines = [f"{k} {v}" for k, v in _text.DG_SAVED] + [""]
    lines += [*dg_masthead(), "", "", "Today's Topics:", "", *dg_topics(topics), "", "", "-" * 70, ""]
    lines += dg_message(1, "Mon, 10 Mar 2025 16:52:08 +0000", _text.DG_HELEN, topics[0][0],
                        "5b1e0c6a-3f2d-4e8b-9a71-c0d4e6f8a2b1@lowmoor-scp.example",
                        "text/plain; charset=\"utf-8\"; Format=\"flowed\"", m1)
    lines += dg_message(2, "Tue, 11 Mar 2025 08:03:51 +0000", _text.DG_TARIQ, topics[1][0],
                        "CAF7x2Qm9pL0ZkT3vXy8b4hN1sR6eW5u_jK2dG7cA0tY3oE9@mail.gmail.example",
                        "text/plain; charset=\"utf-8\"", m2)
    lines += dg_message(3, "Tue, 11 Mar 2025 09:26:17 +0000", _text.DG_GWEN, topics[2][0],
                        "e2a91c4f-88b0-4d61-b7e3-5f0c2d9a1e74@st-aldhelms-primary.example",
                        "text/plain; charset=\"utf-8\"; format=flowed", m3)
    lines += dg_message(4, "Tue, 11 Mar 2025 11:40:02 +0000", _text.DG_LORNA, topics[3][0],
                        "7c90ab13.AUTOREPLY@fernlea-high.example", "text/plain; charset=\"us-ascii\"", m4)
    lines += ["Subject: Digest Footer", "", "_" * 47, f"{_text.DG_LIST} mailing list", _text.DG_ADDR, _text.DG_INFO,
              "", "", DG_RULE, ""]
    end = f"End of {_text.DG_LIST} Digest, Vol {_text.DG_VOL}, Issue {_text.DG_ISSUE}"
    lines += [end, "*" * len(end), ""]
    lines.insert(len(_text.DG_SAVED) + 1, f"[{FICT}. {INVENTED}]")
    lines.insert(len(_text.DG_SAVED) + 2, "")
    path.write_bytes("\n".join(lines).encode("utf-8"))
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_digest(path, result, texts)
    return {
        "note": ("A LOCAL LEARNING REVIEW'S PARAGRAPHS POSTED TO A MAILMAN LIST, THE PLAIN-TEXT DIGEST SAVED AS TEXT "
                 "(UTF-8, LF): the saved message's Subject, From, Date and To lines and a FICTIONAL line; Mailman "
                 "2.1's digest: the list's masthead ('Send Safeguarding-leads mailing list submissions to', "
                 "tab-indented addresses and URL), 'Today's Topics:' NUMBERED '1.' TO '4.' (entries wrapped, the "
                 "poster's name in brackets), a rule of 70 hyphens; each message under 'Message: N' with Date, "
                 "From, To, a folded Subject, Message-ID and Content-Type lines, then its body, then a rule of 30 "
                 "hyphens. MESSAGE 1 (the partnership's learning officer, Thunderbird, format=flowed) HOLDS THE "
                 "REVIEW'S PARAGRAPHS: hard-wrapped at 72 columns, EVERY SOFT BREAK KEEPING ITS SPACE AT THE LINE'S "
                 "END, '3.2 The ...' run in, continuation lines flush left, headings '2. Jayden\u2019s story', a "
                 "blank line between; the intro wrapped so that a line BEGINS '4.2 and 4.3, which describe what "
                 "happened ...'; the sign-off and a '-- ' signature; Mailman's '-------------- next part "
                 "--------------' and 'A non-text attachment was scrubbed...' ('Name: LLR Jayden summary "
                 "FINAL.pdf', 'Type:', 'Size: 412733 bytes', 'Desc: not available', 'URL: <...>'). MESSAGE 2 "
                 "(a reply from Gmail) OPENS '4.1 is the one I\u2019ll be using with our staff ...', the attribution "
                 "wrapped ('... <helen.marsh@...>' / 'wrote:'), then QUOTES 3.2 WHOLE, rewrapped at 76 with '> ' "
                 "(keyed once, where first printed), his comment and signature, 'An HTML attachment was "
                 "scrubbed...'. MESSAGE 3 a reply TO THE PREVIOUS DIGEST ('Re: Safeguarding-leads Digest, Vol 42, "
                 "Issue 6') quoting with '> ' its masthead, its topics '>    1.' to '>    3.' and a message whose "
                 "lines begin with dates ('> 12.06.25 Designated safeguarding lead refresher, 9.30\u201312.30, "
                 "...'). MESSAGE 4 an out-of-office reply whose second line BEGINS '17.03.25. For urgent "
                 "safeguarding matters ...'. The digest footer ('Subject: Digest Footer', underscores, the list's "
                 "name and addresses) and 'End of Safeguarding-leads Digest, Vol 42, Issue 7' over asterisks. The "
                 "host numbers no paragraphs of its own ('Today's Topics' lists messages). Not paragraphs: everything "
                 "but the review's paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_digest(path, result, texts):
    """The text read back: LF only; the digest's messages split on 'Message: N'; message 1's body unflowed (a line
    ending in a space runs on into the next) gives the review's paragraphs as the lines opening with a number, in
    the key's order, each whole; soft breaks kept as trailing spaces; a wrapped line of the intro begins '4.2 and
    4.3'; message 2 quotes 3.2 whole with '> '; the topics 1-4; a quoted line '> 12.06.25' and a line '17.03.25.';
    the end line."""
    raw = path.read_bytes().decode("utf-8")
    if "\r" in raw:
        raise AssertionError("digest.txt: line ends")
    msgs = re.split(r"\nMessage: (\d)\n", raw)
    if [msgs[k] for k in range(1, len(msgs), 2)] != ["1", "2", "3", "4"]:
        raise AssertionError("digest.txt: messages")
    body1 = msgs[2].split("\n\n", 1)[1].split("\n" + DG_RULE + "\n")[0]
    unflowed, cur = [], ""
    for ln in body1.split("\n"):
        cur += ln
        if not ln.endswith(" ") or ln == "-- ":
            unflowed.append(cur)
            cur = ""
    got = [list(m.groups()) for ln in unflowed if (m := re.match(r"(\d\.\d) (.+)$", ln)) and len(ln.split()) > 30]
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"digest.txt: read back {[g[0] for g in got]}")
    soft = sum(1 for ln in body1.split("\n") if ln.endswith(" ") and ln != "-- ")
    q32 = " ".join(ln[2:] for ln in msgs[4].split("\n") if ln.startswith("> 3.2 ") or (ln.startswith("> ") and
                                                                                      not ln.startswith("> >")))
    lines = raw.split("\n")
    topics = [ln[:6] for ln in lines[lines.index("Today's Topics:") + 2:] if re.match(r"   \d\. ", ln)][:4]
    if soft < 40 or not any(ln.startswith("4.2 and 4.3,") for ln in body1.split("\n")) or \
            q32 != f"3.2 {texts['3.2']}" or topics != ["   1. ", "   2. ", "   3. ", "   4. "] or \
            "> 12.06.25 Designated" not in raw or "\n17.03.25. For urgent" not in raw or \
            not raw.endswith("Issue 7\n" + "*" * 49 + "\n"):
        raise AssertionError(f"digest.txt: layout {soft} {topics}")


def build(out):
    return _harness.build_files(out, ParaMaker(), {"invite.htm": make_invite, "reply.eml": make_reply,
                                                    "gmail.pdf": make_gmail, "slack.html": make_slack,
                                                    "digest.txt": make_digest})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind66-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
