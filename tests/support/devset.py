"""Development set of ENTIRELY FICTIONAL safeguarding reports, rendered as test fixtures.

``reports.yaml`` holds the structured text of one hundred and nineteen invented reports. :func:`write_documents`
renders them into one hundred and twenty files that exercise the ingestion pipeline:

* ``fict-northmoor-scr-2019.pdf`` – three-level numbering ("4.9.5") as hanging labels, justified
  text, running header with "OFFICIAL", footer "Page N of M";
* ``fict-kestrel-vale-inquiry-2021.docx`` – two-level numbering ("3.12") typed at the start of the
  paragraph, Word heading styles, "List Bullet" bullets, explicit page breaks;
* ``fict-saltmarsh-review-2022.html`` – single running numbers ("12. ..."), h1/h2/h3, ``<ul>``
  bullets, with site banner, navigation, cookie notice and footer as noise;
* ``fict-saltmarsh-review-2022.pdf`` – the same Saltmarsh text as a second PDF layout (two-line
  running header, bare centred page number, left-aligned serif text), report id
  ``fict-saltmarsh-review-2022-pdf``;
* ``fict-harrowfield-sar-2023.docx`` – a Safeguarding Adults Review whose paragraphs carry Word
  *automatic* numbering "Paragraph 12" (numbering.xml, linked to a paragraph style; the label is not
  in the text runs), bullets from a numbering definition, glossary and recommendations in tables, a
  table-of-contents field, and ``w:lastRenderedPageBreak`` marks at every page start (also right
  after hard page breaks, and inside paragraphs that run over a page);
* ``fict-brackenford-lcspr-2024.pdf`` – a learning review with no paragraph numbers at all: sans-serif
  justified text, footer only (running title and page number on one line), contents without dot
  leaders, en-dash bullets, a glossary table in an appendix;
* ``fict-ashcombe-cspr-2025.html`` – two-level numbers typed with a stop ("4.12. ..."), written for
  the untouched split fresh4;
* ``fict-greyhaven-lcspr-2026.docx`` – single numbers typed without a stop ("12 On ..."), plain Word
  styles, also for fresh4;
* ``fict-wrenmouth-cspr-2025.pdf`` – layout ``twocol`` (:mod:`devset_twocol`): a full-width title page and
  contents, then two justified Times columns with headings in the column flow, bold two-level numbers run
  in ("5.3 The ..."), paragraphs running on from column to column and page to page, a running header (title
  left, "Published <date>" right) and a centred "– N –" footer, a glossary table in an appendix; written
  for the untouched split fresh5;
* ``fict-ravensby-sar-2026.docx`` – layout ``multilevel`` (:mod:`devset_wordlevels`): a Safeguarding Adults
  Review numbered "2.3.1" by Word's automatic multi-level list (numbering.xml, linked to Heading 1, Heading 2
  and a "Numbered Paragraph" style; no number in the text), unnumbered headings switched off with numId 0,
  a table-of-contents field, ``w:lastRenderedPageBreak`` page marks as in Harrowfield, recommendations typed
  "Recommendation N:", a glossary table at the back; also for fresh5;
* ``fict-tollbridge-dardr-2026.pdf`` – layout ``margin`` (:mod:`devset_margin`): a Domestic Abuse Related Death
  Review numbered ``summary-two-level`` (an executive summary printed "1.", "2.", "3." ..., cited "1", "2", "3",
  then a body numbered "1.1", "1.2" ... from its first chapter), every number in bold hanging in the left margin
  outside the text block, ragged-right Helvetica, a running title set flush right at the top and a footer with
  the publisher at the left and "Page N" at the right, contents with dot leaders, a glossary table at the back;
  written for the untouched split fresh6;
* ``fict-larkfield-cspr-2026.html`` – layout ``council`` (:mod:`devset_council`): a council web page whose
  single-numbered paragraphs are the items of ``<ol>`` lists (no number in the text), each list broken by a
  ``<h2>``/``<h3>`` heading and carried on with ``<ol start="N">``, factor-list bullets a ``<ul>`` inside the
  ``<li>``, breadcrumbs that are an ``<ol>`` too, cookie banner, search, menu, "Print this page", "Back to top"
  links and a feedback form as site furniture, recommendations typed "Recommendation N:", and a glossary as a
  ``<dl>``; also for fresh6;
* ``fict-cwmderw-cpr-2026.pdf`` – layout ``practice`` (:mod:`devset_practice`): a Welsh-style Child Practice Review
  numbered ``bracket`` (one running paragraph number typed in square brackets and run in, in bold, at the start of
  the paragraph: "[12] The ...", cited "12" with ``printed_label`` "[12]"), chapter headings numbered "1 Title" with
  unnumbered subheadings, justified Helvetica at one left edge, a title page carrying the board's name and the
  review's reference, contents with dot leaders, a running header with the running title at the left and the
  reference at the right on one line, a centred bilingual footer "Tudalen | Page N", "Recommendation N:" run in,
  a glossary table at the back; written for the untouched split fresh7;
* ``fict-marlbrook-cspr-2026.html`` – layout ``govuk`` (:mod:`devset_govuk`): an "HTML publication" in the style of
  the GOV.UK template (site name made fictional): a contents list that is an ``<ol>`` of anchor links, chapter
  headings ``<h2>`` numbered with a stop ("3. Findings", as ``section`` and ``contents_lines`` record them),
  two-level paragraph numbers typed at the start of each ``<p>`` ("3.1 In ..."), footnote markers
  "[footnote N]" in ``<sup>`` inside the text (not part of the paragraph's text) with the notes an ``<ol>`` at
  the end (expected.json ``footnotes``), recommendations in call-to-action boxes, a glossary table in an annex;
  also for fresh7;
* ``fict-penhallow-sar-2026.docx`` – layout ``sartable`` (:mod:`devset_sartable`): a Safeguarding Adults Review in a
  common learning-review template, numbered ``single``: every numbered paragraph is a row of a borderless
  two-column table, the plain number ("12", no stop) in a narrow left cell and the text (with a factor list's
  bullets) in the right cell; each run of paragraphs under one heading is its own table and the unnumbered Heading 1
  and Heading 2 headings stand between the tables; rows may not break across a page; "Recommendation N:" typed in
  ordinary paragraphs, a table-of-contents field, running header and PAGE footer, ``w:lastRenderedPageBreak`` page
  marks as in Ravensby (a row that does not fit moves whole, the mark in its number cell), a glossary table at the
  back; written for the untouched split fresh8;
* ``fict-brantwick-thematic-2026.pdf`` – layout ``thematic`` (:mod:`devset_thematic`): a multi-agency thematic review
  in landscape A4, numbered ``two-level`` ("3.4", no stop) with every number set flush right in the right margin,
  outside the text block, on the baseline of its paragraph's first line (so that text extraction gives the number
  at the END of that line); chapter headings "3 Findings" and unnumbered subheadings at the left edge, the key
  finding (the first paragraph under each subheading of the findings chapter) in a shaded box but numbered and
  cited like any other paragraph, a running title over a rule and a footer "publisher ... Page N", contents with dot
  leaders, a glossary table at the back; also for fresh8;
* ``fict-hollinsway-cspr-2026.pdf`` – layout ``chapters`` (:mod:`devset_chapters`): a child safeguarding practice
  review set out as a formal report in justified Times, numbered ``two-level`` ("3.12", no stop, in bold, run in at
  the start of the paragraph) under chapter headings printed with ROMAN numerals, "Chapter III: Practice before the
  birth" (so ``section`` and ``contents_lines`` read "Chapter III: ...", while the paragraphs under it are cited
  "3.1", "3.2" ... with arabic numbers); a factor list's bullets are lettered sub-paragraphs "(a)", "(b)" ... each
  on its own indented line with the letter hanging: they belong to their paragraph and are cited with it ("3.5"),
  never as "3.5(a)"; unnumbered italic subheadings, "Recommendation N:" run in under "Chapter VIII:
  Recommendations", a centred running title over a rule, a footer "Page N" at the right, contents with dot
  leaders, a glossary table in an annex; written for the untouched split fresh9;
* ``fict-fernleigh-sar-2026.htm`` – layout ``wordhtml`` (:mod:`devset_wordhtml`): a Safeguarding Adults Review as
  Microsoft Word's "Save as Web Page" writes it (``.htm``, ``charset=windows-1252``, Office namespaces, a
  ``<style>`` block in a comment, ``MsoNormal`` paragraphs, ``<o:p>`` elements, empty paragraphs, lines wrapped
  inside tags, page breaks as ``<br clear=all style='page-break-before:always'>``), numbered ``single`` with the
  number TYPED in the text and followed by non-breaking spaces and a Word tab ("12.&nbsp;&nbsp;<span
  style='mso-tab-count:1'>&nbsp;...</span>"), factor-list bullets as ``MsoListParagraphCxSp*`` paragraphs whose
  bullet is a Symbol-font "·" inside ``<![if !supportLists]>``, a Word table of contents (``MsoToc1``/``MsoToc2``
  links with hidden page numbers), no running matter (Word keeps header and footer in the ``_files`` folder), a
  glossary table at the back; also for fresh9;
* ``fict-carrowdene-cspr-2026.pdf`` – layout ``findtable`` (:mod:`devset_findtable`): a child safeguarding practice
  review written in Word and exported to PDF, numbered ``two-level`` ("3.12", no stop, hanging at the left margin
  with the text indented after it, Helvetica, justified), whose findings chapter is a table ruled on every side,
  "Finding | What we found | What needs to change", its header row repeated on each page, one row per finding (a
  ``finding`` item of reports.yaml) with "Finding N" in bold on the first line of the left cell; a row may break
  across a page. A finding is cited "Finding N" (its text: the three cells in reading order; its page: where
  "Finding N" is printed); contents with dot leaders, running title over a rule, footer "Page N" centred, a
  glossary table in an appendix; written for the untouched split fresh10;
* ``fict-pellingford-sar-2026.docx`` – layout ``libreoffice`` (:mod:`devset_libreoffice`): a Safeguarding Adults
  Review as LibreOffice Writer saves a .docx (its own styles, "Text Body", "Contents 1", "Footnote Anchor"; no
  ``w:rsid`` and no ``w:lastRenderedPageBreak``), numbered ``paren``: each number TYPED "12)" and a tab at the start
  of the paragraph, cited "12" with ``printed_label`` "12)"; fourteen footnotes (``w:footnoteReference`` after their
  anchor texts, the notes in footnotes.xml, listed under ``footnotes`` in expected.json, never paragraphs), bullets
  from a LibreOffice list (OpenSymbol "•"), page breaks as ``w:pageBreakBefore`` on each chapter heading and as
  typed ``w:br`` runs, a table-of-contents field of hyperlinked entries, a glossary table at the back; also for
  fresh10;
* ``fict-quillbrook-sar-2026.md`` – layout ``markdown`` (:mod:`devset_markdown`), format ``md``: a Safeguarding
  Adults Review as a partnership publishes it on a GitHub-style site: YAML front matter, "# Title", a contents list
  of anchor links, chapter headings "## 3. Findings", subheadings "### ...", each paragraph's number typed "3.2 " at
  the start of its hard-wrapped text (numbering ``two-level``, cited "3.2"), factor-list bullets as "- " items,
  recommendations "**Recommendation N:** ...", the glossary a pipe table at the front; no pages; written for the
  untouched split fresh11;
* ``fict-tarrowby-cspr-2026.html`` – layout ``sections`` (:mod:`devset_sections`): a child safeguarding practice
  review as an accessible web page whose every numbered paragraph is a ``<section id="p-3-2">`` holding a visually
  hidden ``<h3>`` "Paragraph 3.2" (no heading of the review), a ``<p>`` opening with ``<span class="pnum">3.2</span>``
  (numbering ``two-level``, cited "3.2") and a "#" self-link; chapters ``<h2>`` "3. Findings", a glossary table at
  the back; also for fresh11;
* ``fict-ossington-dhr-2026.pdf`` – layout ``browserprint`` (:mod:`devset_browserprint`): a Domestic Abuse Related
  Death Review published as a web page and saved to PDF from a browser's print dialog: on EVERY page (the first
  too) the browser's header, the date and time of printing at the top left and the page's title centred, and its
  footer, the page's address at the bottom left and a counter "3/17" at the bottom right (``running_header_lines``:
  the date, the title, then "ADDRESS N/17"); numbered ``single``, the number typed with a stop and run in ("12.
  The ..."), ragged right with the browser's hyphenation, section headings UNNUMBERED ("Key events", "Analysis",
  "Findings"), bullets "•", "Recommendation N:" run in, the contents a list of the headings with no page numbers
  (``contents_lines``) on a page of its own, a glossary table at the back; written for the untouched split fresh12;
* ``fict-wexcombe-cspr-2026.html`` – layout ``googledoc`` (:mod:`devset_googledoc`): a child safeguarding practice
  review exported from Google Docs as a web page: one line of HTML, an inline ``<style>`` of generated classes
  ``c0``, ``c1`` ..., every paragraph's text in ``<span class="cN">`` runs (some words split between two runs), the
  numbers NOT in the text but printed by CSS counters of a two-level Google list (``lst-kix_ID-0`` chapter headings
  "3. ", ``lst-kix_ID-1`` paragraphs "3.2 "), the list broken by each subheading and bulleted list and carried on
  with ``<ol start="N">`` (numbering ``two-level``, cited "3.2"; ``section`` the chapter heading with its number,
  "3. What happened"), bullets a second ``lst-kix`` list, a contents block of links (heading text only), footnote
  references "[1]" and reviewers' comment anchors "[a]" with their notes at the end (expected.json ``footnotes``
  and ``comments``), a glossary table at the back; also for fresh12;
* ``fict-kelsham-sar-2026.pdf`` – layout ``writerpdf`` (:mod:`devset_writerpdf`): a Safeguarding Adults Review written
  in LibreOffice Writer and exported to PDF (creator "Writer", producer "LibreOffice 7.6"), numbered ``paragraph``:
  each label "Paragraph 12" in bold on a line of its OWN above its text (cited "12", ``printed_label`` "Paragraph
  12"), headings unnumbered, justified Times with Writer's hyphenation, bullets "•", "Recommendation N:" run in;
  FOOTNOTES at the foot of the page, a superscript number after the anchor text and the note in small type under a
  short rule above the footer (expected.json ``footnotes`` and ``footnote_pages``), a running title over a rule and a
  footer "page N" from page 2, contents with dot leaders, a glossary table at the back; written for the untouched
  split fresh13;
* ``fict-dunmarsh-cspr-2026.html`` – layout ``cms`` (:mod:`devset_cms`): a child safeguarding practice review as a
  page of a council's content management system: the foreword a lead block, then every chapter a collapsible
  ``<details>`` panel of an accordion ("3 What happened" in its ``<summary>``), subsections ``<h3>`` "3.1 ...",
  numbered ``three-level`` with the number ONLY in an anchor link opening each ``<p id="para-3-1-2">`` (cited
  "3.1.2"), factor-list bullets a ``<ul>`` after the lead-in, "Key learning" ``<aside>`` boxes between paragraphs
  (expected.json ``sidebars``, never paragraphs), recommendations "Recommendation N:", the glossary a ``<dl>``, and
  site furniture (cookie banner, search, breadcrumb, "Expand all sections", "Related pages", "Report a problem with
  this page"); also for fresh13;
* ``fict-brindlecombe-sar-2026.pdf`` – layout ``agency`` (:mod:`devset_agency`): a Safeguarding Adults Review typeset by
  a design studio (creator "Adobe InDesign 19.5 (Macintosh)", producer "Adobe PDF Library 17.0"): a teal cover panel
  with the title in white, a teal band (no text) down the OUTER edge of every later page (left on even pages, right on
  odd ones), numbered ``single`` with each number in small teal bold type hanging in a left GUTTER on its paragraph's
  first baseline (cited "12"), ragged-right Helvetica never hyphenated, every chapter opening a new page under a
  TWO-LINE heading (a kicker "SECTION 3" over the title; none for the foreword, recommendations and glossary),
  "Learning point" boxes between paragraphs (expected.json ``sidebars``, never paragraphs), "Recommendation N" on a
  line of its own above its text, contents "Heading  page" without leaders, facing-page footers "12 | running title"
  (even pages, at the left) and "running title | 13" (odd pages, at the right), a glossary table at the back; written
  for the untouched split fresh14;
* ``fict-otterhythe-cspr-2026.html`` – layout ``wptable`` (:mod:`devset_wptable`): a child safeguarding practice review
  as the "accessible version" page of a partnership's WordPress site, its text pasted from Word, where every numbered
  paragraph is a row of a two-column table, the number "3.2" alone in the left cell and the text (with a factor list's
  ``<ul>``) in the right (numbering ``two-level``, cited "3.2"), one table per chapter under an ``<h2>`` "3 What
  happened", subheadings as rows whose one cell spans both columns, the recommendations a table with a header row and
  "Recommendation N" in the left cell, a striped glossary table, and WordPress furniture (skip link, menu, Yoast
  breadcrumb, "Listen to this page", "Download the PDF version", the "Table of Contents" plugin box, "Share this:",
  "Related", "Comments are closed.", "Proudly powered by WordPress"); also for fresh14;
* ``fict-stannerby-sar-2026.docx`` – layout ``wordletters`` (:mod:`devset_wordletters`): a Safeguarding Adults Review
  numbered ``lettered``: its chapters print "A", "B", "C" ... and its paragraphs "A.1", "A.2" ... "B.1" (cited "B.12"),
  both from Word's automatic numbering (one multi-level list, level 1 ``upperLetter`` "%1" linked to Heading 1, level 2
  decimal "%1.%2" linked to a "Numbered Paragraph" style, restarting under each chapter; no letter or number in the
  text), unnumbered Heading 2 subheadings, the foreword and glossary headings switched off with numId 0, a
  table-of-contents field whose entries are "letter, tab, heading, tab, page", ``w:lastRenderedPageBreak`` page marks as
  in Ravensby, "Recommendation N:" typed under the lettered chapter "G Recommendations", a running header and a footer
  "Page N", a glossary table with a header row "Term | Meaning" at the back; written for the untouched split fresh15;
* ``fict-thornacre-cspr-2026.html`` – layout ``dms`` (:mod:`devset_dms`): a child safeguarding practice review exported
  to HTML by a document management system (a fictional "Fileweave DMS 4.2"): every numbered paragraph a ``<div
  class="para">`` whose number ("12", numbering ``single``) is only in a ``<span class="num">`` beside a ``<div
  class="ptext">`` with the text, unnumbered ``<h2>``/``<h3>`` headings, the foreword ``div.para.unnumbered`` blocks,
  factor-list bullets as ``<div class="bullet">`` rows (a "•" span and the text) inside the paragraph, recommendations
  ``div.para.rec`` with "Recommendation N" in the span, FOOTNOTES as superscript links after their anchor text to an
  "Endnotes" ``<ol>`` at the end, each note with a "↩" back link (expected.json ``footnotes``, never paragraphs), a
  glossary table, and the system's furniture: an export banner, a "Document control" table (reference, version,
  status, owner, review date, classification), a generated contents list, and a footer with the export stamp and
  "This copy is uncontrolled when printed or exported"; also for fresh15;
* ``fict-fallowmere-cspr-2026.docx`` – layout ``tracked`` (:mod:`devset_tracked`): a child safeguarding practice review
  left with its last round of TRACKED CHANGES and reviewers' COMMENTS in it: numbering ``two-level`` typed "3.2", a tab
  and the text, insertions (``w:ins``) of the review's own words, deletions (``w:del`` runs of ``w:delText``) of words
  that are not the review's, one whole paragraph deleted and the typed numbers after it in its chapter changed by
  tracked changes ("<del>3.3</del><ins>3.2</ins>"), one paragraph inserted whole, four comments (ranges, references
  and ``word/comments.xml``); read with every change ACCEPTED (expected.json ``deleted_text`` and ``comments`` are
  never text of the review), ``w:lastRenderedPageBreak`` page marks; written for the untouched split fresh16;
* ``fict-brackwater-sar-2026.pdf`` – layout ``marking`` (:mod:`devset_marking`): a safeguarding adults review in
  LANDSCAPE A4 with two justified columns on every body page, numbering ``single`` with "14." hanging in bold at the
  start of each paragraph, the protective marking "OFFICIAL-SENSITIVE" centred at the head of every page (the title
  page too) and at the left of a footer line that ends "Page N of M", the running title under the marking, a
  full-width title and contents page, and the glossary a table in the column flow; also for fresh16;
* ``fict-sedgeholm-part8-1997.pdf`` – layout ``typescript`` (:mod:`devset_typescript`): a Part 8 case review of the
  1990s as a TYPEWRITTEN report scanned for publication: Courier on a fixed pitch, ragged right, one-and-a-half line
  spacing, two spaces after a sentence, headings UNDERLINED (chapters centred), numbering ``single`` typed "12." at
  the margin with the text at a tab stop beside it, "-" bullets, words broken by hand with a hyphen at a line end,
  a typed contents page with dot leaders, the running title at the head of each page and "- N -" at its foot, and a
  scan's look (off-white page, scanner edge, punched holes, specks, lines slightly out of true); written for the
  untouched split fresh17;
* ``fict-wyvernhurst-dardr-2026.docx`` – layout ``softbreaks`` (:mod:`devset_softbreaks`): a Domestic Abuse Related
  Death Review exported from a case recording system as rich text and saved as .docx: every line of a paragraph ended
  by a SOFT LINE BREAK (``w:br``) at the export's fixed width, an empty paragraph after each paragraph, numbering
  ``two-level`` typed "4.12" and a tab with a hanging indent, a factor list one paragraph whose bullets follow soft
  breaks ("•", a tab, the text), no heading styles (bold Normal paragraphs "4 Key events", bold italic
  subheadings), a typed contents list, hard page breaks before chapters and ``w:lastRenderedPageBreak`` page marks
  (which may follow a soft break inside a paragraph), the glossary a table; also for fresh17;
* ``fict-merebrook-sar-2025.pdf`` – layout ``linenumbers`` (:mod:`devset_linenumbers`): a safeguarding adults review
  written in Word with LINE NUMBERING on (restarting on each page) and saved to PDF with the numbers showing: every
  body line, headings and bullets included, carries a line number 1, 2, 3 ... set flush right in the left margin in
  the same font and size as the text, so that a line reads "7 12. Stephen ..."; numbering ``single``, "12." at the
  margin and the text at a hanging indent, ragged right with Word's hyphenation, no line numbers on the title and
  contents pages (a section of their own), in the running header and footer or in the glossary table; written for
  the untouched split fresh18;
* ``fict-gorsefield-scr-2011.html`` – layout ``converted`` (:mod:`devset_converted`): a 2011 serious case review whose
  PDF a website turned into HTML with pdf2htmlEX: a ``<div class="pf">`` per PDF page (ids and ``data-page-no`` in
  hexadecimal), every LINE an absolutely positioned ``<div class="t ...">`` placed only by generated CSS classes, no
  paragraph or heading elements, the running header and the footer (publisher, then the page number in a div of its
  own) first on each page, numbering ``two-level`` "3.12" with a gap span before the text, justified lines with a
  word-spacing class each, hyphenation at line ends, the PDF's bookmarks as a sidebar outline, a contents page with
  link boxes; pages are recorded as for a PDF; also for fresh18;
* ``fict-scarrowby-sar-2018.pdf`` – layout ``booklet`` (:mod:`devset_booklet`): a safeguarding adults review designed as
  an A5 BOOKLET and published as the PDF its board printed "two pages per sheet": every PDF page a landscape A4 sheet
  holding two printed pages side by side in reading order (1 and 2, 3 and 4 ...), each half with its own running title
  at the head and its own folio at the foot (from printed page 3; none on the cover, the inside cover or the back cover,
  whose lines are the output's ``back_cover``); numbering ``two-level``, "3.12" at the margin of its page with the text
  at a hanging indent, justified Vera with hyphenation, "•" bullets, "Recommendation N:" run in, a contents page giving
  PRINTED page numbers, the glossary at the back; expected.json gives each paragraph's ``page`` as the SHEET (the PDF
  page, as for every PDF) and adds ``page_label``, the folio of the half-page where it starts, and ``printed_pages``,
  the folios on each sheet; written for the untouched split fresh19;
* ``fict-thistlebury-cspr-2025.docx`` – layout ``seqfields`` (:mod:`devset_seqfields`): a child safeguarding practice
  review whose chapter and paragraph numbers are Word SEQ FIELDS with their cached results: chapter headings "{ SEQ
  Chapter }", a tab and the title; paragraphs "{ SEQ Chapter \c }.{ SEQ Para \s 1 }", a tab and the text (numbering
  ``two-level``, cited "3.12"); recommendations "Recommendation { SEQ Rec }:"; cross-references "see paragraph 3.13" as
  REF fields to ``_Ref`` bookmarks around the numbers (expected.json ``cross_references``); the glossary ("Abbreviations
  and agencies") a table at the FRONT after a table-of-contents field, ``w:lastRenderedPageBreak`` page marks; also for
  fresh19;
* ``fict-craigvellan-lr-2023.pdf`` – layout ``markup`` (:mod:`devset_markup`): a learning review published by mistake
  as its DRAFT printed from Word with the markup showing: each A4 sheet holds the document's page shrunk beside a
  MARKUP PANE of comment balloons ("Commented [AR1]: ...") and formatting balloons ("Formatted: Highlight"), each
  tied to its words by a dashed connector; tracked changes inline, inserted words underlined and deleted words struck
  through in the reviser's colour, change bars in the margin, one paragraph deleted whole and the typed numbers after
  it changed ("3.8" struck beside "3.7" underlined), one paragraph inserted whole; a "DRAFT" watermark at an angle on
  every page after the first; numbering ``two-level`` "3.12" typed with a tab, ragged-right Vera with hyphenation; read
  with every change ACCEPTED (expected.json ``deleted_text``, ``comments``, ``formatting`` and ``watermark`` are never
  text of the review, ``inserted_text`` is; ``renumbered`` gives the old numbers); written for the untouched split
  fresh20;
* ``fict-daventhorpe-sar-2025.docx`` – layout ``controls`` (:mod:`devset_controls`): a safeguarding adults review
  written into a board's template of CONTENT CONTROLS: the cover a locked control with plain-text, date-picker and
  drop-down controls and two fields never filled in, still showing Word's placeholder text; every chapter a locked
  block-level control, its heading a content-locked one, subsections, repeating-section items ("Key episode",
  "Recommendation") and single paragraphs in controls nested one to four deep, so that no numbered paragraph is a
  child of the body; numbering ``single``, the numbers TYPED by hand in six ways ("12." and a tab in one run or two,
  after a leading tab, split "1"/"2.", followed by two spaces, in bold); the template's guidance left in and an empty
  optional control and an unused last recommendation showing placeholder text (expected.json ``placeholders``,
  ``cover_field_lines`` and ``template_guidance``, never text of the review); ``w:lastRenderedPageBreak`` page marks;
  also for fresh20;
* ``fict-corvenhall-cspr-2024.pdf`` – layout ``magazine`` (:mod:`devset_magazine`): a child safeguarding practice review
  designed by an agency in a page-layout program, its text flowed through THREADED FRAMES: a full-bleed cover, every
  chapter opening under a FULL-BLEED coloured panel with the heading in white, the chapters an output lists under
  ``two_column`` in two columns and the rest in one, numbering ``two-level`` "3.12" hanging in plum bold in a tinted
  margin strip at the left of each column, and PULL QUOTES (the review's own words again, in large italic type between
  rules) set inside the paragraphs they interrupt, which go on beneath them without a number (expected.json
  ``pull_quotes``, never paragraphs, and ``two_column_pages``); footer "running title | N"; written for the untouched
  split fresh21;
* ``fict-quensby-sar-2025.html`` – layout ``numberline`` (:mod:`devset_numberline`): a safeguarding adults review as a
  publishing platform's ACCESSIBLE EDITION: flat ``div.lp-block`` blocks, each number ("12", numbering ``single``) a
  NUMBER LINE of its own (``<p class="lp-num">``) before the block holding the text, except in the chapters an output
  lists under ``number_attr``, where the number is only in the text block's ``data-num``, ``id`` and ``aria-label``; a
  "Copy link" button in every text block, long paragraphs as two ``<p>``, bullets a block of their own, and the PRINT
  EDITION'S PAGES as empty ``<span role="doc-pagebreak" aria-label="7">`` markers, often inside a paragraph (a
  paragraph's ``page`` is the printed page of its first word); also for fresh21;
* ``fict-caerwen-apr-2024.pdf`` – layout ``bilingual`` (:mod:`devset_bilingual`): an Adult Practice Review published by
  a Welsh regional safeguarding board in WELSH AND ENGLISH SIDE BY SIDE on every page, Welsh in the left column and
  English in the right (the Welsh is the report's ``welsh`` in reports.yaml), each paragraph a row whose two languages
  start at the same height and break over a page together, numbering ``single`` with the number ("12") printed TWICE,
  hanging at the edge of each column, headings, bullets, "Argymhelliad N:" / "Recommendation N:" and the glossary in
  both languages, one running title in both languages at the head of every page and "Tudalen N | Page N" at its foot;
  the English is the report (expected.json ``parallel_language``, ``parallel_column`` and ``parallel_starts_with``, the
  Welsh, are never paragraphs); written for the untouched split fresh22;
* ``fict-alderbeck-lcspr-2025.pdf`` – layout ``printer`` (:mod:`devset_printer`): a child safeguarding practice review
  written in Word and published as the PDF a "PDF printer" driver made of it (producer "Microsoft: Print To PDF", the
  metadata title "Microsoft Word - <document name>"): EVERY WORD a separately positioned text run with NO SPACE
  CHARACTERS, "fi" and "fl" drawn as LIGATURE GLYPHS, the page drawn top down, and each page's text drawn OUT OF
  READING ORDER (the regular words, then the bold and italic runs, then the hanging numbers and bullets, then the
  running header and footer); numbering ``two-level`` "3.12" hanging at the left margin of justified Vera with Word's
  hyphenation, "Recommendation N:" run in, contents with dot leaders, "Page N of M" (expected.json
  ``metadata_title`` and ``ligature_words``); also for fresh22.
* ``fict-holmecross-sar-2019.pdf`` – layout ``ocrscan`` (:mod:`devset_ocrscan`): a Safeguarding Adults Review printed,
  signed off on paper and SCANNED AND MADE SEARCHABLE (producer "ABBYY FineReader PDF 15"): every page ONE GREYSCALE
  IMAGE of the printed page, turned a fraction of a degree, with dust and a scanner's edge, and over it an INVISIBLE OCR
  TEXT LAYER (render mode 3, a Helvetica run per word scaled to the word in the picture) with a few misread words
  ("rnoney", "l998") and some line-end hyphens lost; numbering ``single`` "12" hanging at the left margin, justified
  text, contents with dot leaders, running title and "Page N of M" (expected.json ``ocr_slips`` and
  ``ocr_split_words``); written for the untouched split fresh23;
* ``fict-farrowdale-cspr-2023.pdf`` – layout ``redacted`` (:mod:`devset_redacted`): a child safeguarding practice review
  exported from Word and REDACTED in Acrobat for publication: names and places under BLACK BOXES with no text left
  beneath, "[redacted]" typed where names were replaced, two paragraphs WITHHELD but still numbered ("3.17 [This
  paragraph has been redacted]"), a red stamp on the title page and "Redacted Page N of M" at the foot; numbering
  ``two-level`` "3.12" in bold hanging at the left margin (expected.json ``redaction_boxes``, ``withheld_paragraphs``
  and ``placeholders``); also for fresh23.
* ``fict-orrinsby-sar-2009.docx`` – layout ``hardreturns`` (:mod:`devset_hardreturns`): a 2009 serious case review
  (adults) typed in WordPerfect with a HARD RETURN at the end of every line and converted to .docx: every typed line
  is a Word paragraph of its own, an empty paragraph between review paragraphs, numbering ``single`` typed "12." and a
  tab, later lines opening with a tab, bullets "-" after a tab, no styles (headings bold underlined Courier New body
  text), no page breaks (runs of empty paragraphs fill each page), a typed contents list and a typed glossary, and
  Word's ``w:lastRenderedPageBreak`` marks, which may fall between two lines of one paragraph; written for the
  untouched split fresh24;
* ``fict-sallowfield-cspr-2022.pdf`` – layout ``webprint`` (:mod:`devset_webprint`): a child safeguarding practice
  review published as a council web page and printed to PDF by a WEB-TO-PRINT SERVICE: the site's name, breadcrumbs
  and cookie banner at the top of page 1, no title page, the service's name and capture date at the head and the
  page's address and "Page N of M" at the foot of every page, numbering ``two-level`` with each number a self-link (a
  live link annotation to ``#para-4-2``) set in bold Courier in link blue, justified Helvetica text (expected.json
  ``page_furniture`` and ``number_links``); also for fresh24.
* ``fict-wendlecombe-sar-2024.docx`` – layout ``odflist`` (:mod:`devset_odflist`): a safeguarding adults review
  written in LibreOffice Writer and saved as .docx, numbering ``single`` from LIST NUMBERING only (no number typed):
  one ``w:num`` per chapter's run of the list, all on one abstract list, so the count continues over chapters; the
  recommendations a second list ("Recommendation %1:") restarted by ``w:startOverride``; bullets at level 1 of the
  paragraphs' list; written for the untouched split fresh25;
* ``fict-auchterlea-lr-2023.html`` – layout ``scotpub`` (:mod:`devset_scotpub`): a Scottish learning review as a
  government-style site's "print all pages" view of a chaptered publication: each chapter a ``<section>`` with "Part
  N of M", a previous/next pager and "Back to top", numbering ``two-level`` in a ``<span class="number">`` at the
  start of a ``<p>``, footnotes as "[1]" superscript links numbered again in each chapter and gathered at its end
  (expected.json ``footnotes``, ``chapter_parts``); also for fresh25;
* ``fict-ravensholt-tsr-2025.pdf`` – layout ``latex`` (:mod:`devset_latex`): a transitional safeguarding review
  typeset in LaTeX and compiled with pdfTeX: a narrow justified text block, numbering ``single`` as BOLD RUN-IN numbers
  opening each paragraph ("12 The referral ..."), sections that do not start new pages (paragraphs run over page
  breaks), footnotes numbered through at the foot of the page (expected.json ``footnotes``, ``footnote_pages``), a
  ``fancyhdr`` header and "Page N" centred at the foot; written for the untouched split fresh26;
* ``fict-thrushcombe-sar-2024.html`` – layout ``confluence`` (:mod:`devset_confluence`): a safeguarding adults review
  written as a Confluence page and saved with "Export to HTML": breadcrumbs, "Created by ..., last modified on ...", a
  Table of Contents macro, the foreword in an Expand macro, numbering ``two-level`` TYPED at the start of each ``<p>``
  with a no-break space, factor lists in Info panels, recommendations and glossary in ``confluenceTable``s, an
  attachments list and "Document generated by Confluence on ..."; also for fresh26;
* ``fict-wickhaven-ir-2025.pdf`` – layout ``gdocspdf`` (:mod:`devset_gdocspdf`): an independent review of abuse in a
  voluntary youth theatre written in Google Docs and downloaded as a PDF (producer "Skia/PDF m131 Google Docs
  Renderer", the metadata title the document's name): Arial (Helvetica) ragged right with Google's hyphenation,
  numbering ``two-level`` from a Google numbered list, so "3.2" HANGS at the margin and every line of the text starts at
  the list's indent, Heading 1 chapters in 20 pt regular type, chapters that start no new page (paragraphs run over
  page breaks), a table of contents of blue links with page numbers, the header (running title, grey) from page 2 and
  the bare page number at the right of the footer, the glossary a bordered table; written for the untouched split
  fresh27;
* ``fict-cradlow-lldr-2024.html`` – layout ``sharepoint`` (:mod:`devset_sharepoint`): a learning from lives and deaths
  review published as a SharePoint Online modern page and saved from the browser: suite bar, site header and
  navigation, the page title and byline, each chapter a canvas section with a Text web part, numbering ``single`` TYPED
  in bold ("12" and a space) in the ``data-contrast`` spans of a paste from Word, each paragraph ending in Word's empty
  ``data-ccp-props`` span, the foreword in a band section, the glossary a table in a collapsible section, Quick links,
  likes, views and a comments box around the review; also for fresh27;
* ``fict-fenwold-ii-2025.pdf`` – layout ``sidenotes`` (:mod:`devset_sidenotes`): an independent investigation of a
  police force's response to reports that an autistic young man was missing, designed for print in InDesign (creator
  "Adobe InDesign 20.0 (Windows)") on a grid of a NARROW justified Times column at the right of each page beside a WIDE
  MARGIN of side notes at the left (small teal italic notes level with the paragraph they belong to, never text of the
  review: expected.json ``sidebars``), numbering ``two-level`` run in bold ("3.2 The ..."), hyphenated, chapters running
  on, paragraphs running over page breaks, header (running title) and footer "Page N" inside the column; written for
  the untouched split fresh28;
* ``fict-tarnhollow-mlr-2024.html`` – layout ``drupal`` (:mod:`devset_drupal`): a multi-agency learning review about a
  concealed pregnancy published as a node of a Drupal 10 site built with the Paragraphs module: numbering ``single``
  with each number in a field of its own (``field--name-field-paragraph-number``) before the body field holding the
  text, chapter headings in "chapter heading" paragraphs, recommendations numbered by an inline-labelled field
  ("Recommendation" label, "3" item), the glossary a table paragraph, a contents block, the skip link, main menu,
  breadcrumb, attached PDF, "Related content", a feedback webform and "Powered by Drupal" around the review; also for
  fresh28;
* ``fict-wraxby-psii-2025.pdf`` – layout ``wordoutline`` (:mod:`devset_wordoutline`): an NHS trust's patient safety
  incident investigation of a fifteen-year-old's discharge after an overdose, written in Word and saved as PDF (creator
  and producer "Microsoft® Word for Microsoft 365"), numbering ``two-level`` from Word's AUTOMATIC OUTLINE NUMBERING:
  chapter headings "3." hanging before their titles, each paragraph's "3.2" at the margin FOLLOWED BY A TAB, its later
  lines wrapping back to the margin under the number, ragged right, hyphenated, chapters running on so paragraphs run
  over page breaks, header (running title, flush right) and footer "Page N of M"; written for the untouched split
  fresh29;
* ``fict-elmstow-ehlr-2024.docx`` – layout ``pagesdocx`` (:mod:`devset_pagesdocx`): an early help learning review
  written in Apple Pages and exported to Word: Pages' own styles ("Body", "Heading", "Heading 2", headings known only by
  their styles' outline levels), fonts and sizes written on every run, numbering ``single`` from ONE exported list
  (``w:numPr`` on each paragraph, "%1." and a tab, no number typed) running on over the headings, bullets at its second
  level, typed bold "Recommendation N:", a typed page break before each chapter, no rendered page marks;
  also for fresh29;
* ``fict-crickmoor-rr-2025.pdf`` – layout ``publisher`` (:mod:`devset_publisher`): a safeguarding partnership's rapid
  review of a four-year-old found alone in the road at night, laid out in MICROSOFT PUBLISHER and exported to PDF
  (creator and producer "Microsoft® Publisher for Microsoft 365"): a coloured cover panel, then on every page the
  master page's coloured banner (the running title in white) and foot band ("Page N" in white), and ONE LINKED TEXT BOX
  with a border through which the review flows, so paragraphs run over page breaks; numbering ``single`` with each
  number in white bold on a coloured BADGE hanging at the left of its paragraph's first line, ragged right, hyphenated,
  "Recommendation N:" run in, contents without leaders, a glossary table with a coloured header row; written for the
  untouched split fresh30;
* ``fict-loxwell-ilr-2025.html`` – layout ``wpblocks`` (:mod:`devset_wpblocks`): an independent learning review of a
  primary school's response to concerns about a teaching assistant, published as a WordPress page built with the BLOCK
  EDITOR: numbering ``two-level`` with every numbered paragraph a Group block holding a Columns block, the number ONLY
  in a narrow column's ``p.para-number`` and the text (with a factor list's ``ul.wp-block-list``) in the wide one,
  headings ``h2.wp-block-heading`` "3 What happened", recommendations in Group blocks with a background, the glossary a
  striped Table block, an "On this page" list of anchor links, and the block theme's header, post meta, File block,
  "Back to top" button, "More publications" query loop and footer around the review; also for fresh30;
* ``fict-dunholt-cmer-2025.pdf`` – layout ``canva`` (:mod:`devset_canva`): a partnership's case review of a
  thirteen-year-old girl missing education for nine months, designed in CANVA and downloaded as PDF (creator and
  producer "Canva"): a cream background rectangle and a coral accent bar on every page, a cover with a large title and
  a coral block, then a grey running title over a coral rule and "Page N" centred at the foot; the review in text
  frames linked down the pages, so paragraphs run over page breaks; numbering ``single`` with each number set LARGE in
  coral bold at the frames' left on its paragraph's first baseline and the text at an indent, ragged right, hyphenated,
  "Recommendation N:" run in, a contents page, a glossary table with a coral header row; written for the untouched
  split fresh31;
* ``fict-harbridge-lr-2025.html`` – layout ``notion`` (:mod:`devset_notion`): a partnership learning review of abuse in
  a sixteen-year-old's relationship, drafted in NOTION and exported to HTML: numbering ``two-level`` with each number
  typed in bold at the start of its paragraph block, every block carrying a UUID id, a factor list's bullets EACH a
  ``ul.bulleted-list`` of their own, headings ``<h2>`` "3 What happened", the title-page lines in a callout block, a
  table of contents block of anchor links, the page's properties table (workspace, status, tags, export date) in the
  header, and the glossary a simple table block; also for fresh31.
* ``fict-kilbarra-cmr-2025.pdf`` – layout ``typst`` (:mod:`devset_typst`): a safeguarding board's case management
  review of the neglect of two children living with their father, TYPESET WITH TYPST (creator and producer "Typst
  0.12.0"): a title page, a contents page, then the review running on without new pages for chapters, so paragraphs
  run over page breaks; numbering ``single`` with each number in SMALL GREY sans type set FLUSH RIGHT against a thin
  vertical GUTTER RULE down the left of the text block, on its paragraph's first baseline, the text justified Times
  with hyphenation at the block's left edge, bold sans headings, "Recommendation N:" run in, a running title over a
  hairline rule and the bare page number centred at the foot, a glossary table; written for the untouched split
  fresh32;
* ``fict-scarbrook-falr-2025.html`` – layout ``quarto`` (:mod:`devset_quarto`): a learning review of the financial
  abuse of an older woman by her grandson, written in Markdown and rendered by QUARTO to HTML with a FLOATING TABLE OF
  CONTENTS in a left sidebar and numbered sections: numbering ``two-level`` with each paragraph a DEFINITION LIST item,
  the number the ``<dt>`` (with an id) and the text (with a factor list's ``<ul>``) its ``<dd>``, one ``<dl>`` per
  chapter; chapter headings ``<h2>`` whose number is Quarto's ``span.header-section-number``, the title block's Author
  and Published metadata, the title-page lines in a note callout, typed bold "Recommendation N:", a Pandoc glossary
  table, "Back to top" and a "Built with Quarto" footer; also for fresh32.
* ``fict-ashbeck-ffr-2025.pdf`` – layout ``asciidoctor`` (:mod:`devset_asciidoctor`): a multi-agency fire fatality
  review of the death of a man who smoked while using home oxygen, written in AsciiDoc as an article and CONVERTED BY
  ASCIIDOCTOR PDF (producer "Asciidoctor PDF 2.3.19, based on Prawn 2.4.0", creator the author) on US LETTER paper: a
  title page with the title-page lines in a NOTE ADMONITION, a contents page with DOT LEADERS, then sections running
  on without new pages, so paragraphs run over page breaks; numbering ``two-level`` with each paragraph an item
  of a HORIZONTAL DESCRIPTION LIST, the number its TERM in bold red-brown sans at the margin and the justified,
  hyphenated text in the description column; a running title at the top right over a hairline rule and the bare page
  number at the OUTER side of the foot (right on odd pages, left on even), "Recommendation N:" run in, the glossary a
  horizontal list too; written for the untouched split fresh33;
* ``fict-thornwick-syvr-2025.html`` – layout ``sphinx`` (:mod:`devset_sphinx`): a serious youth violence review of the
  death of a seventeen-year-old, written in reStructuredText and BUILT BY SPHINX with the Read the Docs theme: a
  SIDEBAR TABLE OF CONTENTS (the toctree, a search box, the project and version), breadcrumbs and "View page source",
  every heading ending in a "¶" PERMALINK; numbering ``single`` with each paragraph a docutils container
  ``div#para-12`` whose ``<p>`` opens with the number as a PERMALINK to the paragraph (``a.para-number``), a factor
  list's bullets a ``ul.simple`` inside it; the title-page lines in a NOTE ADMONITION, "Recommendation N:" bold, the
  glossary a Sphinx GLOSSARY (``dl.glossary``, terms with their own permalinks), "Previous"/"Next" buttons and the
  "Built with Sphinx" footer; also for fresh33;
* ``fict-marrowby-mfclr-2025.pdf`` – layout ``pagespdf`` (:mod:`devset_pagespdf`): a missing from care learning review
  of the response to a fifteen-year-old girl who went missing many times from a children's home, written in APPLE
  PAGES from its report template and EXPORTED TO PDF (creator "Pages", producer the Mac's "Quartz PDFContext") on A4: a
  cover page with the title in white on a full-width COLOURED BAND and the title-page lines beneath, no contents page,
  then the body running on from page 2 without new pages for chapters, so paragraphs run over page breaks; numbering
  ``two-level`` from Pages' NUMBERED LIST style, each number in REGULAR sans at the list's number indent and the
  RAGGED-RIGHT, unhyphenated Helvetica text at its text indent; dash bullets ("–"); the running title at the LEFT and
  the date at the RIGHT of the header, the page number CENTRED in the footer; the glossary a Pages table with a
  coloured header row; written for the untouched split fresh34;
* ``fict-selbridge-clr-2025.html`` – layout ``mkdocs`` (:mod:`devset_mkdocs`): a cuckooing learning review of the death
  of a man with a brain injury whose flat was taken over by people dealing drugs, written in Markdown and BUILT BY
  MKDOCS with the MATERIAL theme: a header with the site's name and a SEARCH box, a LEFT NAVIGATION of the site's pages
  and a RIGHT "Table of contents" of the chapters, every heading ending in a "¶" permalink; numbering ``single`` with
  each paragraph a ``<p id="para-12">`` opening with the number in ``span.md-para-number`` and ENDING in a "#"
  PERMALINK to itself (``a.para-permalink``), a factor list's bullets the ``<ul data-para="12">`` after it; the
  title-page lines in an "info" ADMONITION, "Recommendation N:" bold, the glossary a Markdown table, "Previous"/"Next"
  links and the "Made with Material for MkDocs" footer; also for fresh34;
* ``fict-pennistow-nailr-2025.pdf`` – layout ``casepdf`` (:mod:`devset_casepdf`): a non-accidental injury learning
  review of the response to a baby found at thirteen weeks to have a broken arm and older broken ribs, kept as a
  document in a partnership's CASE-MANAGEMENT SYSTEM and PRINTED TO PDF BY ITS REPORT MODULE (creator the module,
  producer iText) on A4: page 1 a "Document record" FORM of bold FIELD LABELS and their values with the title-page
  lines under "Description", then on every later page a FIXED HEADER BLOCK, a grey box of two lines of fields (the
  system's name and "Case ref: ...", then "Document: <running title>" and "Status: Final"), and the footer's print
  stamp at the left and "Page N" at the right; "Contents" on page 2 without leaders, the body running on from page 3
  over page breaks; numbering ``two-level`` with each number in BOLD in a narrow first column beside JUSTIFIED,
  hyphenated text, chapter headings over a thin rule, "•" bullets, the glossary a ruled grid with a grey header row;
  written for the untouched split fresh35;
* ``fict-quarrington-drdr-2025.html`` – layout ``docusaurus`` (:mod:`devset_docusaurus`): a drug-related death review
  of a man who died in a hostel room weeks after surviving an overdose, written in MDX and BUILT BY DOCUSAURUS (v3,
  classic theme): a NAVBAR with the site's title and a DocSearch "Search" button, a LEFT "Docs sidebar", BREADCRUMBS,
  a RIGHT table of contents of the chapters and an "On this page" button; every heading ending in a HASH LINK whose
  only text is a ZERO-WIDTH SPACE; numbering ``single`` with each paragraph an Infima GRID ROW ``div.row#para-12``,
  the number a link to it ALONE IN A NARROW COLUMN (``div.col--1``) and the text a ``<p>`` in the wide one
  (``div.col--11``), a factor list's bullets a ``<ul>`` after that ``<p>``; the title-page lines in a "note"
  ADMONITION, "Recommendation N:" bold, the glossary a Markdown table, the doc footer's "Edit this page" and "Last
  updated on ..." and the "Previous"/"Next" pagination; also for fresh35;
* ``fict-kettlebridge-cnlr-2025.pdf`` – layout ``badges`` (:mod:`devset_badges`): a child neglect learning review of
  the response to a girl of seven and her brother of four who lived for three years with hunger, cold and untreated
  illness, DESIGNED IN A DESKTOP-PUBLISHING PROGRAM (creator InDesign, producer the Adobe PDF Library) on A4: a cover
  with a full-width ACCENT BAND and the title in large accent type, then the body running on over page breaks with no
  running header and the footer's running title and page number over an accent rule; numbering ``single`` with each
  number in WHITE BOLD type centred in a FILLED ACCENT CIRCLE (a BADGE) in the left margin on the paragraph's first
  line, the text ragged right and hyphenated, "•" bullets further in, the glossary a table with a tinted header row;
  written for the untouched split fresh36;
* ``fict-ellerdyke-hdlr-2025.html`` – layout ``gitbook`` (:mod:`devset_gitbook`): a hospital discharge learning review
  of an older man sent home alone on a Friday evening before his care had started, published as a page of a board's
  learning library on GITBOOK: a HEADER with the space's title and a "Search..." button, a LEFT sidebar of the
  library's pages, a RIGHT "On this page" list of the chapters; every chapter heading and every numbered paragraph
  opening with an ICON-ONLY anchor link (an ``<svg>``, no text); numbering ``two-level`` with each paragraph a GitBook
  BLOCK ``div.gb-block#para-3-4`` whose ``<p>`` opens with the number in ``span.para-no``, a factor list's bullets a
  ``<ul>`` in the same block; the title-page lines in an "info" HINT, "Recommendation N:" bold, the glossary a table,
  "Last updated ...", "Was this helpful?", the "Previous"/"Next" links and "Powered by GitBook"; also for fresh36;
* ``fict-redmarsh-pmhlr-2025.pdf`` – layout ``scribus`` (:mod:`devset_scribus`): a parental mental health learning
  review of a girl of nine who looked after her mother alone while her mother's illness returned, LAID OUT IN SCRIBUS
  on FACING PAGES (creator Scribus, producer its PDF library) on A4: a cover with the title over an accent rule, a
  contents page, then the body running on over page breaks under a running header at each page's outside edge, the
  page number at the outside corner of the foot; numbering ``single`` with each number in bold accent type in the
  OUTSIDE MARGIN on the paragraph's first baseline, at the right of the text on odd pages and at the left on even
  ones, the text justified, "–" bullets further in, the glossary a table with a tinted header row; written for the
  untouched split fresh37;
* ``fict-wadebury-pblr-2025.html`` – layout ``jupyterbook`` (:mod:`devset_jupyterbook`): a pre-birth learning review
  of the assessment of a young mother and her partner, whose history of violence in another area nobody found before
  their baby was born, published as a page of a partnership's online book of reviews built by JUPYTER BOOK: a LEFT
  sidebar with the book's title, a "Search this book..." button and its pages, article buttons ("Download source
  file", "Print to PDF", "Edit this page", "Open an issue", "Fullscreen mode"), a RIGHT "Contents" list of the
  chapters; headings ending in a "#" PERMALINK; numbering ``two-level`` with each number a PERMALINK inside a MARGIN
  ASIDE (``aside.margin.sidebar#para-3-4``) placed before its paragraph's ``<p>``, which holds only the text, a factor
  list's bullets a ``<ul>`` after it; the title-page lines in an "important" ADMONITION, "Recommendation N:" bold, the
  glossary a table, the "previous"/"next" links and the footer's byline, copyright and "Last updated on ..."; also for
  fresh37;
* ``fict-oxhanger-pilr-2025.pdf`` – layout ``affinity`` (:mod:`devset_affinity`): a parental imprisonment learning
  review of a boy of twelve left without a settled home when his mother was sent to prison, LAID OUT IN AFFINITY
  PUBLISHER (creator and producer Affinity Publisher) on A4, the text threaded through one frame per page: a cover with
  a wide accent band down its left edge, a contents page, then the body running on over page breaks, every page from 2
  with a narrow accent SIDE BAND, a running header over a hairline and the page number at the right of the foot;
  numbering ``single`` with each number in bold accent sans type at the left of a HANGING INDENT on the paragraph's
  first baseline, the text justified and hyphenated at the indent, "–" bullets under it, the glossary a table with
  a tinted header row; written for the untouched split fresh38;
* ``fict-kelsford-cbtlr-2025.html`` – layout ``hugo`` (:mod:`devset_hugo`): a cross-border transfer learning review of
  a toddler on a child protection plan whose family moved between two areas, published as a page of a partnership's
  website built by HUGO with the Hugo Book theme: a LEFT menu with the site's title, a SEARCH BOX and its pages, a
  mobile header with the page's short name, a RIGHT table of contents (``nav#TableOfContents``) of the chapters;
  headings with Hugo's ids ending in a "#" ANCHOR link; numbering ``two-level`` with each numbered paragraph a
  shortcode's ``div.para#para-3-4`` holding the number in ``span.para-num``, a "¶" PERMALINK to the div, then the text
  in a ``<p>`` and a factor list's ``<ul>``; the title-page lines in an "info" HINT, "Recommendation N:" bold, the
  glossary a table, and the footer's "Edit this page" and "Last modified ..."; also for fresh38;
* ``fict-stavenby-pamlr-2025.pdf`` – layout ``prince`` (:mod:`devset_prince`): a parental alcohol misuse learning
  review of a boy of eight who looked after his mother while she drank, written as a web page and TYPESET FOR PRINT BY
  PRINCE (creator and producer Prince) on A4: a title page with a thick accent rule under the title and no header or
  footer, a contents page, then the body running on over page breaks, every page from 2 with a running header in
  small italic serif type (the running title at the left, the CHAPTER the page is in at the right, over a hairline) and
  "Page N of M" centred at the foot; numbering ``single`` with each number in small bold accent serif type in the LEFT
  MARGIN against a thin accent RULE down the left of the whole paragraph (drawn again on each part of a paragraph
  broken over a page), the text justified and hyphenated, "–" bullets under it, the glossary a table with a tinted
  header row; written for the untouched split fresh39;
* ``fict-bexworth-salr-2025.html`` – layout ``eleventy`` (:mod:`devset_eleventy`): a sibling abuse learning review of
  a girl of nine hurt by her older brother, published as a page of a partnership's website built by ELEVENTY (11ty):
  a site header with a "Skip to content" link, the site's name, a SEARCH BOX and a menu, a LEFT SIDEBAR "On this page"
  listing the chapters; headings whose whole text is a self-link (markdown-it-anchor's ``a.header-anchor``); numbering
  ``two-level`` with each numbered paragraph a ``<p id="p3-4">`` whose text opens with its number as a PERMALINK to the
  paragraph (``a.para-num``), a factor list's ``<ul>`` right after it; the title-page lines a list under the title,
  "Recommendation N:" bold, the glossary a table, and the footer's "Published ...", "Back to top" and "Built with
  Eleventy"; also for fresh39;
* ``fict-gannerby-ealr-2025.pdf`` – layout ``framemaker`` (:mod:`devset_framemaker`): an emotional abuse learning
  review of a girl of eleven treated as the one to blame by her stepfather, written in ADOBE FRAMEMAKER on its SIDE-HEAD
  template (creator FrameMaker, producer the Adobe PDF Library) on US Letter: a title page under a full-width rule, a
  contents page, then the body running on over page breaks, every page from 2 with a running header (the publisher
  at the left and the date at the right over a rule) and a footer with the page number at the OUTSIDE edge (right on
  odd pages, left on even ones) and the running title at the inside; chapter headings are SIDE HEADS in bold
  sans-serif type in a narrow LEFT COLUMN, level with the first line of the paragraph after them, under a rule across
  the page; numbering ``single`` with each number in small bold sans-serif type hanging at the left of the body
  column and the text at an indent, ragged right and hyphenated, "–" bullets; CHANGE BARS in the right margin beside
  the paragraphs the output lists in ``changed``; written for the untouched split fresh40;
* ``fict-thurlbeck-cblr-2025.html`` – layout ``jekyll`` (:mod:`devset_jekyll`): a carer breakdown learning review of
  an old man caring alone for his wife after her stroke, published as a page of a board's website built by JEKYLL with
  the Just the Docs theme: a LEFT SIDEBAR with the site's name and menu, a "Skip to main content" link, a SEARCH BOX
  and a breadcrumb; kramdown's generated "Table of contents" under the title; headings with kramdown's ids (the number
  dropped) each opening with an ICON-ONLY anchor link; numbering ``two-level`` with each numbered paragraph a ``<p>``
  opening with an EMPTY NAMED ANCHOR (``<a id="para-3-4"></a>``) and the number typed in bold, a factor list's
  ``<ul>`` right after it; the title-page lines as paragraphs under the title, "Recommendation N:" bold, the glossary
  a table, and the footer's "Back to top", "Page last modified ..." and "Edit this page on GitHub"; also for fresh40;
* ``fict-tallowby-efcsalr-2025.pdf`` – layout ``quark`` (:mod:`devset_quark`): an extra-familial child sexual abuse
  learning review of a girl of nine abused by a neighbour who looked after her, laid out in QUARKXPRESS on a template
  with a THUMB INDEX and exported with Quark's own PDF engine (creator and producer QuarkXPress) on A4: a cover with
  the title in white on a full-width accent panel, a contents page, then every chapter opening a new page, the text
  running on over page breaks within a chapter; on every page of a chapter a THUMB TAB bleeding off the RIGHT edge,
  one position per chapter stepping down the page, holding the chapter's heading in small white type TURNED 90
  DEGREES to read upwards (expected.json ``thumb_tabs``, never text of the review); the footer the running title and
  the page number, no header; numbering ``three-level`` with chapter headings "3 What happened", subsection headings
  "3.2 Summer and autumn 2024" and each number "3.2.4" in small bold accent type hanging at the left of justified,
  hyphenated text, "•" bullets, the glossary a table with a tinted header row; written for the untouched split
  fresh41;
* ``fict-brockhithe-oasar-2025.docx`` – layout ``nitro`` (:mod:`devset_nitro`): an organisational abuse safeguarding
  adults review of a young autistic man ill-treated by staff of his supported living service, published as a PDF
  and turned into its "Word version" by a DESKTOP PDF CONVERTER (Nitro PDF Pro's "Convert > To Word"; app.xml names
  it): EVERY PAGE OF THE PDF A SECTION ending in a next-page section break, the PDF's running header (the running
  title) and footer ("Page N", typed) as FRAMED PARAGRAPHS in the body at the top and foot of each page, a paragraph
  that ran over a page break split into TWO Word paragraphs (the rest an unnumbered paragraph at the numbered one's
  indent after the next page's header frame; expected.json ``continued``), numbering ``single`` typed in bold with a
  tab and a hanging indent, "•" bullets typed with a tab, each line of the PDF a run of its own with the converter's
  character spacing, "Heading 1"/"Heading 2" headings in ``_bookmarkN`` bookmarks and the contents lines hyperlinks
  to them, the glossary a ruled table in "Table Paragraph" cells; also for fresh41;
* ``fict-pellbury-snalr-2025.html`` – layout ``wix`` (:mod:`devset_wix`): a school non-attendance learning review of a
  girl of thirteen whose absences, put down to anxiety, hid physical abuse by her mother's partner, published as a page
  of a partnership's website built with the WIX website builder (the Wix Editor; generator "Wix.com Website Builder"):
  Wix's page shell (the ``wix-viewer-model`` JSON, the site header with its menu and "Log In" button, the footer's
  "Powered and secured by Wix" left from the template, a consent banner), a title section with an image and a button
  to the PDF, an ANCHOR MENU listing the chapters, each chapter a SECTION of its own holding TEXT BOXES
  (``div.wixui-rich-text``: headings ``<h2 class="font_2">`` and ``<h4 class="font_4">``, no ``<h3>``, a subsection in a
  box of its own), every paragraph a ``<p class="font_8">`` with an EMPTY "wixGuard" PARAGRAPH (a zero-width space)
  between every two; numbering ``lettered`` with "B.3" typed in a bold span and the text after a no-break space in a
  span of its own, a factor list a ``<ul>`` whose items each hold a ``<p>``, "Recommendation N:" bold, the glossary a
  run of paragraphs "term – meaning" (a text box holds no table); written for the untouched split fresh42;
* ``fict-wythenby-issar-2025.pdf`` – layout ``moderngov`` (:mod:`devset_moderngov`): an inpatient sexual safety
  safeguarding adults review of a woman assaulted by another patient on a mental health ward, published as APPENDIX A
  of a council committee's AGENDA PACK assembled by a committee management system (Modern.gov; the metadata title
  names the meeting, not the review): page 1 the pack's FRONT SHEET ("Public Document Pack", the committee, the
  meeting, the item and its pack pages), page 2 the council's COVERING REPORT with the stamp "Agenda Item 7", then the
  review as Word saved it as PDF ("Appendix A" over its title page, its own contents giving its OWN page numbers, its
  running title and "Page n of T" footer from its own page 2), and on every page from 2 the system's PACK STAMP "Page
  N" centred at the foot, counting from the covering report (expected.json ``pack_pages``, ``report_pages``,
  ``report_first_page``, ``pack_lines``); numbering ``two-level`` "3.12" hanging at the left of justified, hyphenated
  Helvetica, chapters running on over page breaks, "•" bullets, the glossary a ruled table; also for fresh42;
* ``fict-lindenhurst-anlr-2025.html`` – layout ``moodle`` (:mod:`devset_moodle`): an affluent neglect learning review of
  a girl of fourteen left alone for most of every week in her father's comfortable house, published as a BOOK on a
  partnership's MOODLE learning site and saved as the page Moodle's "Print book" tool serves (a Moodle 4 site in the
  Boost theme, the "embedded" print layout): the print view's BOOK INFORMATION table (site, course, book, "Printed by:",
  "Date:"), the book's description holding the title and the title-page lines, its TABLE OF CONTENTS, and every chapter
  a ``div.book_chapter`` whose title MOODLE NUMBERS by its default chapter formatting ("4. What happened",
  ``contents_lines`` and ``section``), the review's subsections ``<h3>`` headings in the chapter's content; every
  paragraph an Atto ``<p dir="ltr" style="text-align: left;">``, numbering ``single`` typed at the start of the text
  ("12. The ..."), a factor list a ``<ul>`` after it, "Recommendation N:" in ``<strong>``, the glossary an Atto table
  with a caption; the course glossary's AUTO-LINKING filter on, so that every occurrence of one of its concepts in the
  text is wrapped in a link to the glossary entry (the review's words unchanged); written for the untouched split
  fresh43;
* ``fict-ambleford-ppdalr-2025.pdf`` – layout ``docbook`` (:mod:`devset_docbook`): a police-perpetrated domestic abuse
  learning review of a woman abused for years by her husband, a police sergeant, written in DocBook XML as a book and
  TYPESET BY APACHE FOP with the DocBook XSL stylesheets (creator and producer FOP), their defaults kept but for A4 and
  numbered sections: a centred title page, then FRONT MATTER PAGINATED IN LOWER-CASE ROMAN NUMERALS ("Table of
  Contents" "i" with chapters "3. What happened" and sections "3.2. 2023" indented under them, dot leaders and PRINTED
  pages; the foreword, a preface, from "ii"), the first chapter RESTARTING the folio at arabic "1" (expected.json
  ``page_labels``), every chapter starting a new page under "Chapter 3. What happened" in bold sans-serif and running
  on over page breaks, sections "3.2. 2023" with the stylesheets' stop, titles at the page margin and the body text
  four picas in, from a chapter's second page a running header centred over a rule naming the section the page is in
  (``header_titles``) and the folio centred under a rule at every foot; numbering ``three-level`` with each number the
  RUN-IN BOLD title of a DocBook formalpara with a closing stop ("3.2.4. In January ..."), justified, hyphenated
  Times, "•" bullets, "Recommendation N." run in likewise, the glossary a two-column list without rules; also for
  fresh43;
* ``fict-marshwick-ccsalr-2025.html`` – layout ``joomla`` (:mod:`devset_joomla`): a child-on-child sexual abuse
  learning review of a girl of fourteen assaulted by a boy in her year and left in his classes after she reported it,
  published as ONE ARTICLE of a partnership's JOOMLA site (Joomla 5, the Cassiopeia template), split into pages by
  Joomla's page-break plugin, one page per chapter, and saved in the plugin's "All Pages" view: the article's INFO
  BLOCK ("Details", "Written by: ...", "Category: ...", "Published: ...", "Hits: ..."), the plugin's ARTICLE INDEX card
  listing the article's title, the title the editor gave each page break (the chapter's heading without its number)
  and "All Pages" (``contents_lines``; ``page_titles``), and A ``<br>`` LEFT WHERE EACH PAGE BREAK WAS, before the
  chapter's ``<h2>``; numbering ``three-level`` typed at the start of TinyMCE's justified ``<p>`` ("3.1.2 Over ..."),
  headings "4 What the review found" and "4.2 Fenbrook Academy", a factor list a ``<ul>`` after it, "Recommendation
  N:" in ``<strong>``, the glossary a bordered table; a "Latest reviews" module and a custom module in the right
  sidebar; written for the untouched split fresh44;
* ``fict-hexley-rdardr-2025.pdf`` – layout ``dompdf`` (:mod:`devset_dompdf`): a rural domestic abuse related death
  review of a woman of sixty-one killed by her husband on their hill farm the night she told him she was leaving,
  published as a node of a council's DRUPAL site and saved with its "Download PDF" link, which the Entity Print module
  answers with DOMPDF (producer "dompdf ... + CPDF", no creator): the theme's FIXED HEADER AND FOOTER ON EVERY PAGE, THE
  FIRST TOO (the council's name over a rule; the node's address and "Page 3 of 8" under one), no title page, page 1
  opening with the node's title and its FIELDS WITH INLINE LABELS ("Review type: ...", "Published: ...",
  "Commissioned by: ...", expected.json ``fields``), then the body: the fiction label in bold, the title-page lines,
  the editor's "Contents" list of links to the chapters without page numbers, and the review running on over page
  breaks; numbering ``two-level`` typed at the start of ragged-right Helvetica paragraphs broken only at soft hyphens
  ("4.12 The ..."), unnumbered subsection headings, "Recommendation N:" in bold; EVERY LIST MARKER A DISC DRAWN AS A
  FILLED CIRCLE, not a character (expected.json ``discs``), the contents entries and a factor list's bullets indented
  beside them; the glossary a bordered table under a bold "Term | Meaning" row; also for fresh44;
* ``fict-calverholt-alr-2025.html`` – layout ``squarespace`` (:mod:`devset_squarespace`): an adultification learning
  review of a Black girl of fifteen who was sexually exploited by adult men while services saw her as older than she
  was, published as a PAGE OF A SQUARESPACE 7.1 SITE and saved from the browser: the announcement bar, the header and
  its navigation, then FLUID ENGINE PAGE SECTIONS, the first holding a text block with the title (``<h1>``), the fiction
  label and title-page lines, a button block and an "In this review" list of links to the other sections' ANCHORS
  (``contents_lines``, ``section_ids``), then one section per chapter, each block's ``grid-area`` in the section's
  ``<style>``: the chapter's ``<h2>`` in a text block of its own and ONE TEXT BLOCK PER SUBSECTION ("3.1 ..." as
  ``<h3>``); every paragraph a ``<p class="" style="white-space:pre-wrap;">``, numbering ``three-level`` typed at the
  start ("3.1.2 Over ..."), a factor list's bullets in ``ul[data-rte-list=default]`` with EACH ITEM'S TEXT IN A ``<p>``
  INSIDE THE ``<li>``, "Recommendation N:" in ``<strong>``; the glossary an ACCORDION BLOCK, each term a closed item's
  title and its meaning in the item's dropdown; the footer's own sections; written for the untouched split fresh45;
* ``fict-orbridge-hiusar-2025.pdf`` – layout ``weasyprint`` (:mod:`devset_weasyprint`): a high intensity use
  safeguarding adults review of a woman of forty-six who called the emergency services hundreds of times and died after
  a call about her partner's violence and an overdose was handled under a plan for frequent callers, WRITTEN IN MARKDOWN
  AND TYPESET BY WEASYPRINT (producer "WeasyPrint ...", no creator, an outline of bookmarks from the headings): a cover
  with a full-width band in the board's colour, a contents page with dotted leaders, then the review running on over
  page breaks in DejaVu Sans (reportlab's Vera), justified; from page 2 the running title at the top left and at the
  top right ``string(chapter)``, the first chapter title set on the page or the one carried over (expected.json
  ``header_titles``), "Page N of M" at the foot; numbering ``two-level`` typed at the start ("4.12 The ..."),
  unnumbered subsection headings, "•" bullets, "Recommendation N:" in bold; the glossary a table under a repeated
  "Term | Meaning" row; FOOTNOTES AS ENDNOTES, as Python-Markdown writes them: a raised number after the anchor text and
  every note at the end, after the glossary, under a rule, numbered "1." ... (expected.json ``footnotes``,
  ``footnote_pages``, ``endnote_pages``); also for fresh45;
* ``fict-yarrowby-fblr-2025.html`` – layout ``wagtail`` (:mod:`devset_wagtail`): a freebirth learning review of a baby
  born at home, as her parents had planned, without a midwife, and taken to hospital gravely ill twelve days later
  with no professional having known that she had been born, published as a PAGE OF A WAGTAIL SITE whose body is a
  STREAMFIELD, saved from the browser by an editor who was signed in (WAGTAIL'S USER BAR at the end of the body): the
  header, menu, search and breadcrumb trail, the page's title, its introduction (the fiction label and title-page
  lines), "Published" date and topics, a link to the review's PDF as a Wagtail document and an "On this page" list of
  links; then the stream, each block in a ``<div class="block-<type>">``: every chapter and subsection heading a
  HEADING BLOCK of its own (``<h2 id=...>``, ``<h3>``), the paragraphs under each heading ONE RICH TEXT BLOCK of ``<p
  data-block-key="...">`` paragraphs, numbering ``single`` typed at the start ("12. The ..."), a factor list's bullets
  a ``<ul>`` in the same block, "Recommendation N:" in ``<b>``; QUOTE BLOCKS repeating the review's words between the
  rich text blocks (expected.json ``pull_quotes``, never paragraphs); the glossary a TABLE BLOCK; written for the
  untouched split fresh46;
* ``fict-tansworth-cadardr-2025.pdf`` – layout ``openoffice`` (:mod:`devset_openoffice`): a counter-allegations domestic
  abuse related death review of a woman of thirty-four killed by her former partner, who had been recorded as the
  abuser in her own relationship from the night of the first police call, WRITTEN IN APACHE OPENOFFICE WRITER AND
  EXPORTED TO PDF (creator "Writer", producer "OpenOffice ...", bookmarks from the headings): a centred title page, a
  contents page with dotted leaders, then justified serif text running on over page breaks under the running title
  and a rule, "Page N of M" at the foot; numbering ``lettered``, chapters "C What happened" in bold sans, subsections
  in bold italic sans, each number TYPED "C.12" before a tab at a HANGING INDENT; "•" bullets; "Recommendation N:" in
  bold; the glossary in a SECTION OF TWO BALANCED COLUMNS, each term bold before an en dash; the panel's COMMENTS
  exported as PDF STICKY NOTES where their anchor phrases end (expected.json ``comments``, ``comment_pages``; never
  text of the review); also for fresh46;
* ``fict-fallowford-fglr-2025.html`` – layout ``umbraco`` (:mod:`devset_umbraco`): a faltering growth learning review of
  a girl of two admitted to hospital seriously undernourished after nineteen months in which nobody weighed her,
  published as a page of an UMBRACO site whose body is a BLOCK GRID rendered by Umbraco's block grid partial views:
  the header, menu, search and breadcrumb trail, a cookie notice, the page's title, its summary (the fiction label and
  title-page lines), "Published" date, a link to the review's PDF in the media library and a "Contents" list of links;
  then the grid, each block a ``umb-block-grid__layout-item`` with its element type's alias and key, its UDI and its
  spans: every chapter heading a HEADLINE BLOCK, then a SECTION LAYOUT BLOCK of two AREAS, "main" and "aside": in the
  main area a SUBHEADING BLOCK per subsection and a NUMBERED PARAGRAPH BLOCK per paragraph, its three-level number
  ("3.1.4") in a ``<span>`` of its own beside its rich text (a factor list's bullets a ``<ul>`` in it), the foreword and
  the recommendations ("Recommendation N:" in ``<strong>``) in rich text blocks, the glossary a definition list block;
  in the aside area the chapter's KEY LEARNING boxes, read after its last paragraph (expected.json ``sidebars``, never
  paragraphs); an Umbraco Forms feedback form after the article; written for the untouched split fresh47;
* ``fict-skelwick-asesar-2025.pdf`` – layout ``onlyoffice`` (:mod:`devset_onlyoffice`): an adult sexual exploitation
  safeguarding adults review of a woman of twenty-three exploited by older men for two years and seriously injured at
  the block of flats where the abuse took place, DRAFTED IN ONLYOFFICE DOCS and downloaded from the editor as PDF
  (creator and producer the editor, no bookmarks): the editor's UNEVEN default margins (3 cm at the left, 1.5 cm at the
  right), sans text aligned left; a title page without running matter, a two-level CONTENTS page (each subsection
  indented under its chapter, dotted leaders), then the review running on over page breaks under the running title in
  grey at the top left, the page number alone at the foot on the right; numbering ``two-level``, chapter headings "3
  What happened", each number "3.12" from a MULTILEVEL LIST set in BOLD at the margin with the text at a hanging
  indent; "•" bullets a level further in; "Recommendation N:" in bold; the glossary a gridded TABLE under a SHADED
  "Term | Meaning" row; also for fresh47;
* ``fict-larchford-aahlr-2025.html`` – layout ``ghost`` (:mod:`devset_ghost`): an adolescent alcohol harm learning
  review of a girl of fourteen found unconscious in a park after eighteen months in which her drinking was seen as
  experimenting, published as a POST of a GHOST site in its default theme, Casper: the ``gh-head`` header with the
  members' "Sign in" and "Subscribe" links, the post's tag, title, excerpt and byline with Ghost's reading time; in the
  content a CALLOUT CARD holding the fiction label and the title-page lines, a BUTTON CARD linking to the review's PDF,
  then the review pasted into one MARKDOWN CARD as markdown-it renders it: a bold "Contents" line and a list of links,
  headings with Ghost's ids, numbering ``single`` TYPED by the writer, so that each run of numbered paragraphs between
  two headings is an ORDERED LIST whose ``start`` is its first number (the number nowhere in the text), its items each
  a ``<p>`` (a loose list) or, for a run of one, the bare text (a tight list), a factor list's bullets a ``<ul>`` in
  its item, "**Recommendation N:**" paragraphs and the glossary a Markdown table; after the post the footer's call to
  sign up, a "Read more" strip and "Powered by Ghost"; written for the untouched split fresh48;
* ``fict-mossbridge-pmsar-2025.pdf`` – layout ``groff`` (:mod:`devset_groff`): a prescribed medicines safeguarding
  adults review of a woman of fifty-eight whose son took and controlled her strong painkillers until she was found
  unresponsive at home, TYPESET WITH GROFF'S ``ms`` MACROS and made into PDF by ``pdfroff`` (creator groff, producer
  Ghostscript, bookmarks from the headings): ms's geometry (the text an inch from the left edge, six inches wide),
  Times at 11 pt, justified and hyphenated; NO TITLE PAGE but ms's centred title block at the head of page 1, the review
  starting beneath it; no header on page 1, then the running title at the left and the date at the right; the folio
  "- N -" centred at every foot; headings bold at the text's size, numbered by ``.NH`` with a full stop after each
  number ("3. What happened", "3.1. Before 2022"); numbering ``three-level``, each paragraph an indented paragraph
  (``.IP``) with its number "3.1.4" at the margin and the text 6 ens in; "•" bullets a level further in;
  "Recommendation N:" in bold; the glossary a boxed ``tbl`` table; the TABLE OF CONTENTS AT THE END, where ms puts
  it, on pages numbered "- i -"; also for fresh48;
* ``fict-westerfold-aplr-2025.html`` – layout ``googlesites`` (:mod:`devset_googlesites`): an adolescent physical
  abuse learning review of a boy of fifteen whose injuries were put down to fights with other boys for twenty months,
  published as a PAGE OF A GOOGLE SITE: the site's header and navigation, the page's header section with the title as
  its ``<h1>`` and the fiction label and title-page lines in the subtitle style, a first section holding the site's
  "Table of contents" widget (every heading as a link), the foreword and the review's PDF EMBEDDED FROM GOOGLE DRIVE,
  then ONE SECTION PER CHAPTER, each heading with the id Sites gives it ("h." and a hash) and a hidden "Copy heading
  link" icon button after its text; numbering ``single`` TYPED by the writer, "12." in a bold ``span`` before the
  paragraph's text; bullets a Sites bulleted list; "Recommendation N:" in a bold ``span``; the glossary one paragraph
  per term (Sites text boxes have no tables); the site's footer section and Google's "Page updated", "Google Sites"
  and "Report abuse" bar; written for the untouched split fresh49;
* ``fict-ormsdale-dsnsar-2025.pdf`` – layout ``context`` (:mod:`devset_context`): a diabetes self-neglect safeguarding
  adults review of a man of fifty-six who stopped managing his diabetes and his home over three years until he was
  found collapsed with an infected foot and lost his leg, TYPESET WITH ConTeXt (creator ConTeXt, producer LuaTeX,
  bookmarks from the chapters' titles without their numbers): a title page made with ``\startstandardmakeup``, the
  CONTENTS on page 2 listing the numbered chapters only, in bold, with the page numbers flush right and no leader
  dots; from page 2 a header with the running title at the left and the PAGE NUMBER AT THE RIGHT, and no footer;
  EVERY CHAPTER ON A NEW PAGE, "3 What happened" in bold with no full stop, subsections unnumbered ``\subject``
  headings; numbering ``two-level``, each paragraph an ENUMERATION whose number "3.12" is run in in bold before the
  text, the lines after the first at the margin; Termes (Times) at 11 pt, justified and hyphenated, white space
  between paragraphs; "•" bullets; "Recommendation N:" run in in bold; the glossary a ``tabulate`` table ruled above,
  below and under its head; also for fresh49;
* ``fict-elmswick-cclr-2025.html`` – layout ``webflow`` (:mod:`devset_webflow`): a coercive control learning review
  of a girl of ten whose father controlled every part of family life without ever hitting anyone, published as an
  ITEM OF A WEBFLOW CMS COLLECTION: the ``data-wf-*`` shell, the site's navbar component, a hero with the title as
  the page's ``<h1>`` and the fiction label and title-page lines beneath it, a "Contents" list of the chapters built
  by the site's script, then a TABS component whose first pane holds the foreword and the chapters in ONE RICH TEXT
  block ("<h2>3 What happened</h2>", ``<h3>`` subsections), numbering ``two-level`` TYPED by the writer at the start
  of each plain ``<p>`` ("3.12 At ..."), bullets a ``<ul role="list">``; the second pane the recommendations,
  "Recommendation N:" in ``<strong>``; the third the glossary, a ``<table>`` in an HTML embed (Webflow's rich text
  has no tables); the site's footer; written for the untouched split fresh50;
* ``fict-ferrisby-dosar-2025.pdf`` – layout ``ahformatter`` (:mod:`devset_ahformatter`): a diagnostic overshadowing
  safeguarding adults review of a man of forty-nine with schizophrenia whose heart failure was put down to his mental
  illness for fifteen months until he died, MADE BY ANTENNA HOUSE FORMATTER from XSL-FO (creator AH Formatter,
  producer the Antenna House PDF Output Library, two-level bookmarks of chapters and subsections) as a book of
  FACING PAGES: the margins mirrored (the inner 30 mm, the outer 20 mm), the running title at the outer edge of a
  verso's head and the CURRENT CHAPTER'S TITLE at the outer edge of a recto's, the page number alone at the outer
  edge of the foot; a title page, the contents on page 2 with every chapter and subsection and dot leaders; every
  chapter on a new page in bold sans over a rule; numbering ``single``, each paragraph an ``fo:list-block`` whose
  label "12." stands at the margin with the text hanging 12 mm in; Times, justified and hyphenated; "•" bullets
  nested at the text's indent; "Recommendation N:" in bold; the glossary a fully ruled table with a shaded head row;
  also for fresh50;
* ``fict-halsworth-hmlr-2025.html`` – layout ``hubspot`` (:mod:`devset_hubspot`): a hidden men learning review of a
  boy of three whose mother's partner lived in the home for almost a year without any agency knowing who he was,
  published as a POST OF A HUBSPOT BLOG: HubSpot's generator meta and body classes, the theme's header menu and
  footer, the title as the page's only ``<h1>`` in the ``hs_cos_wrapper_name`` span, the author and the post's time,
  then the post body's rich text in the ``hs_cos_wrapper_post_body`` span: the fiction label and title-page lines in
  ``<em>`` paragraphs, the ``<!--more-->`` read-more separator, a "Contents" paragraph and one link per chapter to the
  ANCHOR the editor puts before each ``<h2>`` (``<a data-hs-anchor="true" id="what-happened">``), ``<h3>``
  subsections; numbering ``single`` TYPED, "<strong>12.</strong> " opening each ``<p>``; bullets a ``<ul>``;
  "Recommendation N:" in ``<strong>``; the glossary the editor's table in a ``data-hs-responsive-table`` wrapper, its
  first row the bold head; the post's tags after the body; written for the untouched split fresh51;
* ``fict-wenbury-afvsar-2025.pdf`` – layout ``distiller`` (:mod:`devset_distiller`): an adult family violence
  safeguarding adults review of a woman of seventy-seven hurt and robbed by the grown-up son whom every agency saw as
  her carer, written in Word and PRINTED TO THE ADOBE PDF PRINTER (creator PScript5.dll, producer Acrobat Distiller,
  the title "Microsoft Word - " and the file's name, no bookmarks or links, the driver's A4 of 595.22 by 842
  points): a title page without header or footer, Word's contents on page 2 (chapters and indented subsections, dot
  leaders, page numbers flush right), the running title at the right of the header in grey, the FILENAME AND PATH
  field at the left of the footer and "Page N of M" at its right; Arial (Helvetica) ranged left and hyphenated;
  chapters in Word's blue Heading 1 running on; numbering ``two-level`` from a multilevel list, "3.12" at the margin
  and the text hanging 1.27 cm in; "•" bullets; "Recommendation N:" in bold; the glossary a "Table Grid" table;
  also for fresh51;
* ``fict-cresswold-pldlr-2025.html`` – layout ``contensis`` (:mod:`devset_contensis`): a parental learning disability
  learning review of a boy of twenty months whose parents, both with a learning disability, were given written plans
  they could not read, published as an ARTICLE PAGE OF A CONTENSIS SITE served by its ASP.NET WebForms delivery: an
  XHTML 1.0 Transitional doctype, Contensis's generator meta and the e-GMS metadata (``DC.title``,
  ``DC.date.modified``), the whole body in ASP.NET's ``<form id="form1">`` with its hidden ``__VIEWSTATE``, the top
  menu ``ul.sys_simpleListMenu`` with ``sys_first`` and ``sys_selected`` items, the breadcrumb "You are here: ..."
  in ``span.sys_breadcrumbs``, the title as the only ``<h1>``, then the rich text in ``div.sys_txt``: the fiction label
  and title-page lines in ``<p class="intro">``, a "Contents" ``<h2>`` and a list of links to the NAMED ANCHORS the
  editor puts inside each chapter's ``<h2>`` (``<a id="chapter3" name="chapter3"></a>``), ``<h3>`` subsections;
  numbering ``two-level`` TYPED, "3.4" and two non-breaking spaces opening each ``<p>``; bullets a ``<ul>``;
  "Recommendation N:" in ``<strong>``; the glossary a ``table.sys_table`` with a ``<thead>``; the page tools, "Last
  updated" and "Was this page helpful?" after the text, related documents in a right-hand column; written for the
  untouched split fresh52;
* ``fict-stainmoor-hdsar-2025.pdf`` – layout ``wps`` (:mod:`devset_wps`): a Huntington's disease safeguarding adults
  review of a man of fifty-six whose illness was taken for drink, abuse and unwise choices, written in WPS OFFICE's
  Writer and EXPORTED TO PDF by it (creator and producer "WPS Writer", the headings as nested bookmarks, A4 of 595.28
  by 841.89 points): a title page without header or footer, Writer's contents on page 2 (chapters and subsections
  indented two characters, dot leaders, page numbers flush right), the running title centred in the header over
  Writer's header rule and the page number alone centred in the footer; Calibri (Helvetica) at 10.5 pt on 1.5 lines,
  justified and hyphenated, no space between paragraphs and a FIRST-LINE INDENT of two characters; chapters in bold
  16 pt running on; numbering ``single`` typed run in, "12. " at the indent and the later lines at the margin; "•"
  bullets; "Recommendation N:" in bold; the glossary a ruled table with a grey head row; also for fresh52;
* ``fict-marlden-rlr-2025.html`` – layout ``squiz`` (:mod:`devset_squiz`): a reunification learning review of a boy of
  seven who went home from care to his mother under a plan whose support fell away piece by piece, published as a
  STANDARD PAGE OF A SQUIZ MATRIX SITE: the theme's stylesheet from Matrix's ``/__data/assets/`` store, the main
  menu's asset links ``./?a=2310``, the breadcrumb an ordered list, the title as the only ``<h1>`` and "Published:",
  then the page's BODYCOPY ``div#bodycopy_5121`` of CONTENT CONTAINERS ``div#content_container_N``: the first the
  fiction label, the title-page lines and an "On this page" list of links to the other containers' ids, then one
  container per chapter, its heading an ``<h2>`` and its subsections ``<h3>``; numbering ``two-level`` TYPED, "3.5"
  and one space opening each ``<p>``; bullets a ``<ul>``; "Recommendation N:" in ``<strong>``; the glossary a table
  with a ``<thead>``; a downloads aside, the footer, and Matrix's "Running Squiz Matrix" comment after it; written
  for the untouched split fresh53;
* ``fict-kestwick-rcpsar-2025.pdf`` – layout ``textmaker`` (:mod:`devset_textmaker`): a recurrent care proceedings
  safeguarding adults review of a woman of twenty-nine left without help after each of four children was removed,
  written in SOFTMAKER TEXTMAKER and EXPORTED TO PDF by it (TextMaker's name as creator and producer, the headings as
  nested bookmarks, A4 of 595.28 by 841.89 points): a cover page without header or footer, a dark blue band across
  its top and the title ranged left, TextMaker's contents on page 2 (subsections indented 0.5 cm, dot leaders, page
  numbers flush right), the running title at the left of the header and "Page N" at the right of the footer;
  Calibri (Helvetica) at 11 pt on single lines, ranged left and hyphenated, 6 pt after each paragraph; chapters in
  bold dark blue 15 pt over a border line, running on; numbering ``single`` typed at the margin, "12" and a tab to a
  HANGING INDENT of 1 cm; "•" bullets at the indent; "Recommendation N:" in bold; the glossary a table with
  horizontal rules only; also for fresh53;
* ``fict-drevenham-fpsalr-2025.html`` – layout ``typo3`` (:mod:`devset_typo3`): a learning review of a boy of ten
  sexually abused by his mother, signs of which were read for six years as closeness and anxiety, published as a PAGE
  OF A TYPO3 SITE built from CONTENT ELEMENTS: TYPO3's "This website is powered by TYPO3" comment at the top of the
  head and its generator meta, the title "Site: Title", the page's elements each a ``div#cN.frame`` (N its uid): a
  text element of the fiction label and the title-page lines, a "Menu of sections" element of links to the chapters,
  then for each chapter a header element (its ``<h2>``) and one text element per subsection under its own ``<h3>``
  header; numbering ``two-level`` TYPED, "3.5" and a non-breaking space opening each ``<p>``; bullets a ``<ul>``;
  "Recommendation N:" in ``<strong>``; the glossary a table element with a ``<thead>``; "Last updated:" after the
  elements; written for the untouched split fresh54;
* ``fict-heddlestone-hasar-2025.pdf`` – layout ``pageplus`` (:mod:`devset_pageplus`): a safeguarding adults review
  of a man with a learning disability whom no service saw for twenty-seven years in his parents' home, laid out in
  SERIF PAGEPLUS and PUBLISHED TO PDF by it (PagePlus's name as creator and producer, no bookmarks, A4): a cover page
  with a teal panel across its top and the title reversed out of it in white, the contents on page 2 with the page
  numbers flush right and no leaders, a master page of a teal strip down the left edge, the running title at the
  right of the header over a teal rule and the page number alone at the right of the footer; Arial (Helvetica) at
  10.5 pt on 14 pt, justified and hyphenated, 5 pt after each paragraph; chapters reversed out in white on a teal bar
  the width of the frame, running on; numbering ``single``, "12" in bold teal at the frame's edge and the text at a
  HANGING INDENT of 1.2 cm; "•" bullets at the indent; "Recommendation N:" in bold; the glossary a table with a teal
  head row and banded rows; also for fresh54;
* ``fict-tressington-pcalr-2025.html`` – layout ``sitefinity`` (:mod:`devset_sitefinity`): a learning review of a
  girl of seven taken abroad by her father after eight months of warnings treated as a private dispute between
  separated parents, published as a page of a PROGRESS SITEFINITY site in hybrid mode: Sitefinity's Generator meta,
  ASP.NET's form with its view state, the theme's stylesheet from ``/ResourcePackages/``, one Bootstrap row
  (``div.row[data-sf-element=Row]``) per CONTENT BLOCK widget (``div.sfContentBlock``): the title and the title-page
  lines, a "Contents" list of links to the chapters and a link to the PDF in the document library ("?sfvrsn="), then
  one content block per chapter with its ``<h2 id>`` and its subsections' ``<h3>``; numbering ``two-level`` TYPED IN
  BOLD, ``<strong>3.5</strong>`` and a space opening each ``<p>``; bullets a ``<ul>``; "Recommendation N:" in
  ``<strong>``; the glossary a table with no ``<thead>``, its first row's cells in ``<strong>``; written for the
  untouched split fresh55;
* ``fict-fenlowe-pfsar-2025.pdf`` – layout ``tcpdf`` (:mod:`devset_tcpdf`): a safeguarding adults review of a woman
  of eighty-eight left without care for four days when her home care agency closed, after five months in which the
  signs of its decline were seen by many and added up by no one, published on the board's website and WRITTEN TO PDF
  BY TCPDF ("TCPDF" as creator, TCPDF's name, version and address as producer, bookmarks for the headings, A4):
  TCPDF's DEFAULT HEADER ON EVERY PAGE, the first included (a logo, the site's name in bold and the running title
  under it, over a dark blue line) and its DEFAULT FOOTER (a line and "3 / 12" at the right); the title and the
  title-page lines on page 1, the contents that ``addTOC()`` moves to page 2 with dot leaders; Helvetica 10 pt on
  12.5 pt lines ranged left and hyphenated, half a line after each paragraph; chapters and subsections bold in dark
  blue, running on; numbering ``single`` as an ordered list's items, "12." RIGHT-ALIGNED in the list's indent and the
  text at 7.5 mm; bullets DRAWN AS FILLED DISCS (no bullet character); "Recommendation N:" in bold; the glossary a
  table ruled on every side; also for fresh55;
* ``fict-wrayburn-ifcelr-2025.html`` – layout ``plone`` (:mod:`devset_plone`): a learning review of a boy of eleven
  made to steal from shops by his mother's partner and his mother, seen for eighteen months as a young shoplifter,
  published as a PAGE OF A PLONE 6 SITE in its Classic UI: Plone's generator meta and Dublin Core metas, the title as
  "Page title — Site name", the global navigation's current section ``li.inPath``, the breadcrumbs, a navigation
  portlet in the right column; the page's ``h1.documentFirstHeading``, its BYLINE "Last modified ..." and its
  DESCRIPTION (the first title-page line) as ``p.documentDescription``; the rich text as TinyMCE left it: the fiction
  label in ``<em>`` and the other title-page lines, "Contents" with links to NAMED ANCHORS set inside the chapters'
  ``<h2>``, subsections ``<h3>``; numbering ``two-level`` TYPED WITH TWO SPACES, kept as ``3.5&nbsp; `` at the start
  of each ``<p>``; bullets a ``<ul>``; "Recommendation N:" in ``<strong>``; the glossary a ``table.listing`` with a
  ``<thead>``; written for the untouched split fresh56;
* ``fict-caddonmere-ssar-2025.pdf`` – layout ``migradoc`` (:mod:`devset_migradoc`): a safeguarding adults review of
  an autistic student of nineteen found gravely ill in his room in a university hall after four months in which his
  decline was seen in parts by the university, its health centre and his family, BUILT AS A PDF BY A .NET TOOL WITH
  MIGRADOC AND PDFSHARP (MigraDoc's name and version as creator, PDFsharp's as producer, bookmarks from the headings'
  outline levels, A4): NO HEADER OR FOOTER ON THE COVER, then the running title in italic over a line at the head of
  every page and "Page 3 of 12" CENTRED at the foot; Times 12 pt on single spacing, JUSTIFIED, hyphenated at the soft
  hyphens the tool puts in; the contents on page 2 with dot leaders to right tab stops; chapters running on; numbering
  ``three-level`` typed, "4.2.3" and a tab to a HANGING INDENT of 1.5 cm; bullets the SYMBOL font's bullet at the
  indent; "Recommendation N:" in bold; the glossary a table with a shaded head row and a line under every row; also
  for fresh56;
* ``fict-pendlecote-ualr-2025.html`` – layout ``silverstripe`` (:mod:`devset_silverstripe`): a learning review of a boy
  of sixteen in care moved into a shared house with no staff at night thirty-five miles from home, and badly hurt there
  five months later, published as a PAGE OF A SILVERSTRIPE CMS 5 SITE with the default "simple" theme: the title as
  "Page title » Site name", the generator tag naming the CMS, ``<body class="Page">``, the header's brand link holding
  the SITE'S NAME IN AN ``<h1>`` (two ``<h1>`` on the page), the primary navigation's items classed by their linking
  mode, the sidebar's secondary navigation with the review's ``li.current``, breadcrumbs above the page's ``<h1>``,
  "Last edited" under the content, the footer's trail and "Powered by Silverstripe"; the content as the HTML editor
  saved it: the fiction label in ``<em>`` and the other title-page lines, a link to the PDF under ``/assets/``,
  UNNUMBERED ``<h2>`` chapters and ``<h3>`` subsections, numbering ``single`` TYPED "12. " at the start of each
  ``<p>``, bullets a ``<ul>``, "Recommendation N:" in ``<strong>``, the glossary a table with a ``<tbody>`` only and a
  first row of ``<th>``; written for the untouched split fresh57;
* ``fict-tilverton-brsar-2025.pdf`` – layout ``wkhtmltopdf`` (:mod:`devset_wkhtmltopdf`): a safeguarding adults review
  of the death of a woman with multiple sclerosis trapped between the rail and the mattress of her bed at home, a
  danger seen in parts by her carers, her nurses and the equipment service for nine months, PUBLISHED AS A WEB PAGE
  AND PRINTED TO PDF BY WKHTMLTOPDF (creator "wkhtmltopdf 0.12.6", producer "Qt 4.8.7", the web page's ``<title>``
  as the title, an outline from the chapters and sections, A4): a COVER with no header or footer, a generated TABLE
  OF CONTENTS on page 2, "Contents" centred and each entry's page number flush right over a light blue DASHED LINE
  (no dot leaders), each entry a link; then the running title at the left and the site's name at the right over a
  line at the head of every page and "3/12" at the right under a line at the foot; Helvetica 10.5 pt RAGGED RIGHT
  with soft hyphens; headings in dark blue running on and not kept with what follows; numbering ``two-level`` TYPED
  IN BOLD AND RUN IN; disc bullets; "Recommendation N:" in bold; the glossary a table with a grey head row and every
  cell ruled; also for fresh57;
* ``fict-gildersby-cvsar-2025.html`` – layout ``sitecore`` (:mod:`devset_sitecore`): a safeguarding adults review of
  a man with Down's syndrome hurt again and again by a younger man who moved into his shared supported living house,
  each incident written up as the other man's behaviour, published as a PAGE OF A SITECORE SITE built with the
  Experience Accelerator (SXA): the page assembled from RENDERINGS, each a ``div.component`` holding a
  ``div.component-content``; the title as "Page title | Site name", the theme's stylesheets and the logo served from
  the MEDIA LIBRARY (``/-/media/...``), ``<body class="default-device bodyclass">``, the main navigation's items
  classed by level and position with the section "active", the BREADCRUMB rendering's ``<ol>`` with "&gt;"
  separators, the title rendering's ``<h1>``; the introduction (the fiction label in ``<em>``, the other title-page
  lines, a link to the PDF in the media library with ``?la=en&hash=``), an "On this page" link list of the chapters,
  then ONE RICH-TEXT RENDERING PER CHAPTER with the id "chapter-N", its ``<h2>`` numbered "3 What happened", sections
  ``<h3>`` unnumbered, numbering ``two-level`` TYPED "3.4 " at the start of each ``<p>``, bullets a ``<ul>``,
  "Recommendation N:" in ``<strong>``, the glossary a ``<table class="table">`` with a ``<thead>``; a date rendering
  "Last updated: 21 October 2025"; the footer's link list and copyright line; written for the untouched split
  fresh58;
* ``fict-hatherwick-chnlr-2025.pdf`` – layout ``aspose`` (:mod:`devset_aspose`): a learning review of a girl of six
  with a tracheostomy whose agreed night care was missed on most nights for five months, left to her exhausted
  mother, until her tube blocked one night and she was badly hurt, WRITTEN IN WORD AND CONVERTED TO PDF BY
  ASPOSE.WORDS on a document server (creator "Aspose Ltd.", producer "Aspose.Words for .NET 23.10.0", the title,
  author and subject from the DOCX's properties, A4, NO OUTLINE): a title page with no header or footer, Word's
  CONTENTS on page 2 (the chapters only, dot leaders to a right tab, each entry a link to its heading); then the
  running title at the RIGHT in grey 9 pt at the head of every page and "Page 3" centred at the foot; Helvetica 10.5
  pt JUSTIFIED with soft hyphens; headings in Word's blue, NOT BOLD, running on and kept with the next paragraph;
  numbering ``single`` from WORD'S AUTOMATIC LIST, "12." at the margin and the text at a hanging indent of 0.75 cm;
  bullets at 0.75 cm with the text at 1.5 cm; "Recommendation N:" in bold; the glossary a "Table Grid" table, every
  cell ruled in black and its head row bold without shading; also for fresh58;
* ``fict-quennford-mulr-2025.html`` – layout ``kentico`` (:mod:`devset_kentico`): a learning review of a baby whose
  broken bones were taken to be abuse, who spent ten months apart from her parents until a genetic test found a
  condition that makes bones break easily, published as a PAGE OF A KENTICO SITE built with the PORTAL ENGINE (ASP.NET
  Web Forms): the title as "Site name - Page name" (Kentico's title prefix first), the ``http-equiv`` meta tags,
  the stylesheet from ``/CMSPages/GetResource.ashx``, ``<body class="LTR Chrome ENGB ContentBody">``, the whole page
  in ONE ``<form id="form">`` posting back to its ``.aspx`` URL, the hidden fields (``__CMSCsrfToken``,
  ``__VIEWSTATE``) in ``div.aspNetHidden``; the logo from the media library (``/getmedia/...``), the CSS LIST MENU
  (``ul#menuElem.CMSListMenuUL``) with the section "highlighted", the BREADCRUMBS web part's ``a.CMSBreadCrumbsLink``
  and ``span.CMSBreadCrumbsCurrentItem`` separated by "&gt;"; the review in ONE EDITABLE TEXT web part as CKEditor
  saved it: the ``<h1>``, the fiction label in ``<em>``, a link to the PDF in the media library, "Contents" over links
  to the chapters, chapters ``<h2>`` after named anchors and sections ``<h3>``, unnumbered; numbering ``single`` TYPED
  "12." and a NON-BREAKING SPACE at the start of each ``<p>``, bullets a ``<ul>``, "Recommendation N:" in
  ``<strong>``, the glossary a CKEditor table (``border="1"``) with a ``<thead>``; "Page last updated: 14/10/2025";
  written for the untouched split fresh59;
* ``fict-pelsworth-sasar-2025.pdf`` – layout ``pdfreactor`` (:mod:`devset_pdfreactor`): a safeguarding adults review
  of a woman with a long mental illness who came under the control of the leader of a small church, gave it her
  money, stopped her medicine and was cut off from her brother, WRITTEN AS HTML WITH A PRINT STYLESHEET AND CONVERTED
  TO PDF BY PDFREACTOR (producer "RealObjects PDFreactor(R) 12.1.0", the title, author and keywords from the HTML,
  A4): an OUTLINE of every heading with the cover's title first and the rest nested under it; a COVER with a purple
  panel and the title in white, no header or footer; the CONTENTS on page 2, chapters and indented sections, SPACED
  DOT LEADERS, each entry a link; then the running title at the top left in grey over a purple hairline and "Page 3
  of 14" at the bottom right; EVERY CHAPTER FROM A NEW PAGE; Times 11 pt RAGGED RIGHT with soft hyphens; purple
  Helvetica headings kept with what follows; numbering ``two-level`` from CSS COUNTERS, "3.4" in Helvetica bold in a
  12 mm box at the margin and the following lines BACK AT THE MARGIN; disc bullets; each recommendation beside a
  purple RULE DOWN ITS LEFT EDGE; the glossary a DEFINITION LIST; also for fresh59;
* ``fict-ulverdon-frsar-2025.html`` – layout ``aem`` (:mod:`devset_aem`): a safeguarding adults review of an older man
  who could not leave his home unaided and was left in his flooded bungalow for two nights while his care agency, the
  council and the emergency services each believed that someone else had checked on him, published as a PAGE OF A
  COUNCIL'S ADOBE EXPERIENCE MANAGER SITE built from its CORE COMPONENTS: the title as "Page title | Site name", the
  ``template`` meta, the canonical link to the mapped ``.html`` URL, client libraries from ``/etc.clientlibs/``, ``<body
  class="page basicpage">`` with the Adobe Client Data Layer; the RESPONSIVE GRID of components, each a ``div`` classed
  by its name and ``aem-GridColumn--default--12`` holding its markup with a generated id and its ``data-cmp-data-layer``
  JSON (which repeats its title or text); the header experience fragment's NAVIGATION with the section ``--active``, the
  BREADCRUMB component's schema.org list, the ``<h1>`` a TITLE component, the title-page lines a TEXT component (the
  label in ``<i>``), the PDF a DOWNLOAD component from the DAM, the TABLE OF CONTENTS component ("On this page") of
  chapters and nested sections; every chapter an ``<h2>`` TITLE component, its number typed ("3 What happened"), and
  every section an ``<h3>`` one, unnumbered, the paragraphs between them TEXT components, numbering ``two-level`` TYPED
  IN BOLD ("<b>3.4</b> The ..."), bullets a ``<ul>``, "Recommendation N:" in ``<b>``, the glossary a table whose head
  row of ``<th>`` is inside its ``<tbody>``; "Page last updated: 20 November 2025"; written for the untouched split
  fresh60;
* ``fict-vexford-dapilr-2025.pdf`` – layout ``foxit`` (:mod:`devset_foxit`): a learning review of a baby born early
  with an injury to her brain after her mother, whose disclosures of abuse in pregnancy had reached a midwife, the
  police, her GP and the hospital without leading to any plan, was kicked in the stomach by her partner, WRITTEN IN
  WORD AND CONVERTED TO PDF WITH THE FOXIT PDF EDITOR ADD-IN (producer "Foxit PDF Editor Printer Version
  13.1.0.23102", creator the Word that printed it, title, author and subject from the DOCX, A4): an OUTLINE of
  Word's headings, chapters at the top level and sections under them; a title page with no header or footer, the
  title over a teal rule; Word's contents on page 2, bold chapters and indented sections with DOT LEADERS, each entry
  a link; then the running title at the top left in grey over a thin rule and Word's "Accent Bar 2" number "3 | Page"
  at the bottom right; Helvetica 11 pt RAGGED RIGHT with soft hyphens; teal bold headings, chapters over a teal rule;
  numbering ``single`` from WORD'S AUTOMATIC LIST, "12." at the margin and the text at a hanging indent of 0.76 cm;
  bullets at 0.63 cm with the text at 1.27 cm; "Recommendation N:" in bold; the glossary a table with a teal head
  row in white bold and light teal rules between the rows; also for fresh60.
Numbering schemes (``numbering`` in reports.yaml): ``three-level``, ``two-level``, ``single`` as before (how a
layout prints them may differ: Hollinsway prints chapter "3" as "Chapter III" and numbers its paragraphs "3.1";
Fernleigh types "12." followed by non-breaking spaces and a tab; the labels are the same); a two-level report may
have a findings table: the items of a section that are ``{finding, found, change}`` are its rows, cited "Finding 1",
"Finding 2" ... in their own count (block kind ``finding``, the text the finding and ``bullets`` the two other
cells), while the section's other paragraphs keep the "i.k" count;
``summary-two-level`` – a first section (a summary) numbered "1", "2", "3" ..., then "i.k" from 1 for the rest;
``paragraph`` – one running counter printed as "Paragraph 12": the citation label is the number
("12") and expected.json adds ``printed_label: "Paragraph 12"`` to such entries; ``bracket`` – one running
counter printed "[12]" (headings numbered as in ``two-level``): the label is "12", ``printed_label`` "[12]";
``paren`` – one running counter typed "12)" (headings as written): the label is "12", ``printed_label`` "12)";
``lettered`` – as ``two-level`` but with chapters lettered: headings "B Title", paragraphs "B.12";
``none`` – nothing is numbered: body paragraphs, factor lists and recommendations are listed in expected.json with
``paragraph: null`` and their start page, since a citation of unnumbered text falls back to the page.

Each file gets a ``FILE.meta.yaml`` sidecar, and ``expected.json`` records the ground truth the
parsers are tested against. Per report id it holds ``file``, ``format``, ``page_count``,
``paragraphs`` (``paragraph`` label such as "4.9.5", "3.12", "12" or "Recommendation 3", or null for
unnumbered text; ``page`` on which the paragraph starts, 1-based, ``None`` for HTML and Markdown except the
Gorsefield page converted from a PDF, whose page divs are the PDF's pages, and the Quensby accessible edition, whose
page-break markers are its print edition's pages; for the Scarrowby booklet the sheet, with
``page_label`` the folio printed on the half-page where the paragraph starts;
``split_across_pages``; ``starts_with`` = first 8 words after the label; ``section`` = nearest
heading as displayed; ``printed_label`` when it differs from the label), ``unnumbered_starts_with``
(foreword paragraphs), ``running_header_lines`` (header/footer or site boilerplate strings, current
page number written as ``N``), ``contents_lines`` (contents entries exactly as drawn or typed),
``hyphenated_words`` (words broken across a line with a soft hyphen, which a parser must rejoin) and
``broken_compounds`` (hyphenated compounds such as "multi-agency" broken at their own hyphen, which
must keep the hyphen). The Harrowfield, Baby R, Wrenmouth, Ravensby, Tollbridge, Larkfield, Cwmderw,
Marlbrook, Penhallow, Brantwick, Hollinsway, Fernleigh, Carrowdene, Pellingford, Quillbrook, Tarrowby, Ossington,
Wexcombe, Kelsham, Dunmarsh, Brindlecombe, Otterhythe, Stannerby, Thornacre, Fallowmere, Brackwater, Sedgeholm,
Wyvernhurst, Merebrook, Gorsefield, Scarrowby, Thistlebury, Craigvellan, Daventhorpe, Corvenhall, Quensby, Caerwen and
Alderbeck reports
also have
``glossary`` ([abbreviation, meaning] rows) and ``front_matter_lines`` (title page lines): text that must never
be cited as a finding.

PDF page numbers are recorded during layout (``afterFlowable``) and the contents page is built in a
second pass with the real page numbers. Kestrel Vale DOCX pages are ``1 + number of explicit page
breaks before the paragraph`` (Pellingford: breaks of both kinds, ``w:br`` runs and ``w:pageBreakBefore``);
Harrowfield, Ravensby, Penhallow, Stannerby, Fallowmere, Wyvernhurst, Thistlebury and Daventhorpe DOCX pages are
``1 + number of w:lastRenderedPageBreak marks before the paragraph's first word`` (Word's own record of its pagination,
simulated here); the Brockhithe DOCX's pages are ``1 + number of section breaks before the paragraph's first word`` (a
PDF converter's section per page of the PDF). The Wythenby agenda pack's pages are the PDF's pages, not the pack's stamp
("Page N", one less) nor the review's own footer ("Page n of T", two less); the Ambleford book's are the PDF's pages
too, not the folio it prints (roman in its front matter, then arabic from 1 at its first chapter); the Hexley node's
are the PDF's pages, page 1 holding the node's fields, the contents list and the start of the review; the Orbridge
review's are the PDF's pages, its cover page 1 and its contents page 2, the notes at its end on the last pages; the
Tansworth review's are the PDF's pages, its title page 1 and its contents page 2; so are the Skelwick review's. The
Mossbridge review's are the PDF's pages too: its title block and the review begin on page 1, and its contents,
on its last page, print the folio "- i -" (expected.json ``page_labels``). The Ormsdale review's are the PDF's pages,
its title page 1 and its contents page 2, every chapter from a new page. The Ferrisby review's are the PDF's pages,
its title page 1 and its contents page 2, every chapter from a new page, odd pages rectos. The Wenbury review's are
the PDF's pages, its title page 1 and its contents page 2, the review from page 3; so are the Stainmoor,
Kestwick and Heddlestone reviews'. The Fenlowe review's are the PDF's pages, its title page 1 and its contents page
2, the review from page 3. The Caddonmere review's are the PDF's pages, its cover page 1 and its contents page 2,
the review from page 3; so are the Tilverton review's. The Hatherwick review's are the PDF's pages, its title page 1
and its contents page 2, the review from page 3. The Pelsworth review's are the PDF's pages, its cover page 1 and its
contents page 2, the review from page 3, every chapter from a new page. The Vexford review's are the PDF's pages, its
title page 1 and its contents page 2, the review from page 3.
All output is byte-for-byte deterministic. Rendering lives in ``devset_render`` (DOCX,
HTML, shared pieces), ``devset_pdf``, ``devset_twocol`` (two-column PDF), ``devset_wordlevels`` (multi-level
DOCX), ``devset_margin`` (hanging-number PDF), ``devset_council`` (council web page), ``devset_practice`` (Child
Practice Review PDF), ``devset_govuk`` (HTML publication), ``devset_sartable`` (paragraphs in borderless table rows,
DOCX), ``devset_thematic`` (landscape PDF with numbers in the right margin), ``devset_chapters`` (roman-numbered
chapters, lettered sub-paragraphs, PDF), ``devset_wordhtml`` (Word "Save as Web Page" HTML), ``devset_findtable``
(findings table PDF), ``devset_libreoffice`` (LibreOffice DOCX with footnotes), ``devset_markdown`` (Markdown page),
``devset_sections`` (HTML, a section per paragraph), ``devset_browserprint`` (a web page printed to PDF by a browser),
``devset_googledoc`` (Google Docs HTML export), ``devset_writerpdf`` (LibreOffice Writer PDF with footnotes),
``devset_cms`` (council CMS accordion page), ``devset_agency`` (design-studio PDF with gutter numbers),
``devset_wptable`` (WordPress page of numbered tables), ``devset_wordletters`` (DOCX with Word's lettered automatic
numbering), ``devset_dms`` (document-management HTML export), ``devset_tracked`` (DOCX with tracked changes and
comments left in), ``devset_marking`` (landscape two-column PDF under a protective marking), ``devset_typescript``
(scanned typewritten PDF), ``devset_softbreaks`` (rich-text export saved as DOCX, soft line breaks),
``devset_linenumbers`` (Word PDF with line numbers in the margin), ``devset_converted`` (a PDF converted to HTML
by pdf2htmlEX, a positioned div per line), ``devset_booklet`` (an A5 booklet printed two pages to a landscape sheet),
``devset_seqfields`` (DOCX numbered by Word SEQ fields), ``devset_markup`` (a Word draft printed with its tracked
changes and comment balloons), ``devset_controls`` (DOCX built from a template of nested content controls),
``devset_magazine`` (designed PDF, one and two threaded columns, full-bleed openers, pull quotes),
``devset_numberline`` (accessible HTML edition, numbers on lines of their own, print pages as markers),
``devset_bilingual`` (Welsh and English side by side, every number printed twice), ``devset_printer`` (a Word
document printed to PDF by a printer driver: a run per word, no spaces, ligatures, drawn out of reading order),
``devset_ocrscan`` (a printed review scanned and made searchable: page images under an invisible OCR text layer)
and ``devset_redacted`` (a Word PDF redacted in Acrobat: black boxes with the text under them removed, "[redacted]",
withheld paragraphs still numbered), ``devset_hardreturns`` (a WordPerfect typescript converted to DOCX, a paragraph per
typed line, page breaks as runs of empty paragraphs) and ``devset_webprint`` (a council web page printed by a
web-to-print service, numbers as coloured self-links), ``devset_odflist`` (a LibreOffice DOCX numbered by list
numbering continued over chapters), ``devset_scotpub`` (a Scottish chaptered web publication, footnotes per
chapter), ``devset_latex`` (a LaTeX PDF, bold run-in numbers, footnotes at the foot of the page),
``devset_confluence`` (a Confluence page exported to HTML, typed numbers, factor lists in Info panels),
``devset_gdocspdf`` (a Google Docs PDF, numbers from a Google list hanging at the margin), ``devset_sharepoint`` (a
SharePoint modern page, bold typed numbers in pasted Word spans), ``devset_sidenotes`` (an InDesign PDF, a narrow column
beside a margin of side notes), ``devset_drupal`` (a Drupal node of paragraph entities, each number a field of its
own), ``devset_wordoutline`` (a Word PDF, outline-numbered paragraphs whose lines wrap back under the number),
``devset_pagesdocx`` (an Apple Pages export to DOCX, one list numbering the whole review), ``devset_publisher`` (a
Microsoft Publisher PDF, numbers on coloured badges in a linked text box) and ``devset_wpblocks`` (a WordPress
block-editor page, each number in a column of its own Group block), ``devset_canva`` (a Canva PDF, large coloured
numbers beside text frames linked down the pages) and ``devset_notion`` (a Notion page exported to HTML, bold typed
numbers, each bullet a list of its own), ``devset_typst`` (a Typst PDF, small grey numbers flush right against a
gutter rule), ``devset_quarto`` (a Quarto HTML document, each number the term of a definition list, a floating table
of contents), ``devset_asciidoctor`` (an Asciidoctor PDF on US Letter, each number the term of a horizontal description
list, dot leaders) and ``devset_sphinx`` (a Sphinx page in the Read the Docs theme, each number a
permalink opening its paragraph's container, "¶" permalinks on the headings), ``devset_pagespdf`` (an Apple Pages PDF
export, regular numbers of a Pages numbered list, ragged-right text, a coloured cover band), ``devset_mkdocs`` (an
MkDocs Material page, each paragraph's number a span and its "#" permalink at its end, two sidebars),
``devset_casepdf`` (a case-management system's report module PDF, a fixed header block of fields on every page, bold
numbers in a narrow column) and ``devset_docusaurus`` (a Docusaurus doc page, each number a link alone in a narrow grid
column, zero-width hash links on the headings), ``devset_badges`` (a desktop-published PDF, each number white in a
filled circle in the margin), ``devset_gitbook`` (a GitBook page, each paragraph a block opening with an icon-only
anchor and its number in a span), ``devset_scribus`` (a Scribus PDF on facing pages, each number in the outside margin),
``devset_jupyterbook`` (a Jupyter Book page, each number a permalink in a margin aside before its paragraph),
``devset_affinity`` (an Affinity Publisher PDF, each number at the left of a hanging indent), ``devset_hugo`` (a Hugo
Book page, each number in a span of a shortcode's div before a "¶" permalink), ``devset_prince`` (a PDF typeset by
Prince, each number in the margin against a rule down its paragraph), ``devset_eleventy`` (an Eleventy page, each
number a permalink opening its paragraph, a sidebar of the chapters), ``devset_framemaker`` (a FrameMaker PDF, chapter
side heads in a left column, hanging numbers, change bars), ``devset_jekyll`` (a Jekyll page in the Just the Docs
theme, each number bold after an empty named anchor), ``devset_quark`` (a QuarkXPress PDF, three-level numbers hanging
at the left, each chapter's heading turned in a thumb tab at the right edge), ``devset_nitro`` (a DOCX converted from
a PDF, a section per page, running lines in frames, paragraphs split at page breaks), ``devset_wix`` (a Wix page, each
chapter a section of text boxes, bold typed lettered numbers, empty guard paragraphs between paragraphs),
``devset_moderngov`` (a committee's agenda pack, the review an appendix after a front sheet and a covering report, the
pack's page stamp under the review's own footer), ``devset_moodle`` (a Moodle book's print view, chapters numbered by
Moodle, glossary concepts auto-linked in the text), ``devset_docbook`` (a DocBook book typeset by Apache FOP, roman
folios in the front matter, run-in bold formalpara numbers with a stop, section titles in the running header),
``devset_joomla`` (a Joomla article in its "All Pages" view, the page-break plugin's article index, a ``<br>`` where
each break was), ``devset_dompdf`` (a Drupal node rendered to PDF by dompdf, the header and footer on every page,
list markers drawn as discs), ``devset_squarespace`` (a Squarespace page of Fluid Engine sections, a text block per
subsection, list items' text in paragraphs, the glossary an accordion), ``devset_weasyprint`` (a Markdown review
typeset by WeasyPrint, the chapter's string in the running header, the footnotes as endnotes after the glossary),
``devset_wagtail`` (a Wagtail page whose StreamField body is a block per heading and a rich text block of keyed
paragraphs under each, quote blocks between them, Wagtail's user bar left in) and ``devset_openoffice`` (an OpenOffice
Writer PDF, lettered numbers typed at a hanging indent, a two-column glossary, comments as sticky notes),
``devset_umbraco`` (an Umbraco page whose block grid holds a section layout block per chapter, its numbered paragraph
blocks in the main area and key learning boxes in the aside) and ``devset_onlyoffice`` (an ONLYOFFICE Docs PDF, uneven
margins, bold list numbers at a hanging indent, a two-level contents page, a shaded table glossary), ``devset_ghost``
(a Ghost post whose markdown card makes each run of typed paragraph numbers an ordered list with a ``start``) and
``devset_groff`` (a groff ``ms`` PDF made by pdfroff, a title block over the first page's text, ``.NH`` headings,
``.IP`` paragraph numbers and the contents at the end), ``devset_googlesites`` (a Google Sites page, one section per
chapter, typed paragraph numbers in bold spans, a contents widget and the PDF embedded from Drive),
``devset_context`` (a ConTeXt PDF, the page number at the right of the header, chapters on new pages, the numbers
run in as enumerations), ``devset_webflow`` (a Webflow CMS item page, the chapters in one rich text block of a tabs
component, typed "3.12" numbers, the glossary an embedded table), ``devset_ahformatter`` (an Antenna House
Formatter PDF of facing pages, the chapter's title in a recto's head, "12." in a list-block's label),
``devset_hubspot`` (a HubSpot blog post, typed "12." numbers in bold, the read-more separator, anchors before the
chapters), ``devset_distiller`` (a Word document printed to the Adobe PDF printer, the file's path in the footer,
"3.12" at the margin of a hanging list), ``devset_contensis`` (a Contensis article page in an ASP.NET form, typed
"3.4" numbers, named anchors in the chapters' headings) and ``devset_wps`` (a WPS Writer PDF export, a first-line
indent and no space between paragraphs, "12. " run in, the header's rule, nested bookmarks), ``devset_squiz`` (a
Squiz Matrix standard page, one content container per chapter, typed "3.5" numbers, "On this page" links to the
containers) and ``devset_textmaker`` (a TextMaker PDF export, "12" and a tab to a hanging indent, chapters over a
border line, nested bookmarks), ``devset_typo3`` (a TYPO3 page of content elements, a header element per chapter and
a text element per subsection, typed "3.5" numbers, a menu of sections) and ``devset_pageplus`` (a PagePlus PDF, a
teal strip and chapters reversed out of a teal bar, "12" in bold teal with the text hanging), ``devset_sitefinity`` (a
Sitefinity page of content blocks, one per chapter, bold typed "3.5" numbers, links to the chapters and the PDF) and
``devset_tcpdf`` (a web page written to PDF by TCPDF, its default header and footer on every page, numbers
right-aligned in a list's indent, discs drawn as circles), ``devset_plone`` (a Plone Classic page, its byline and
description, typed "3.5" numbers with a non-breaking space, named anchors in the chapters' headings) and
``devset_migradoc`` (a PDF built with MigraDoc, no header on the cover, "Page 3 of 12" centred, typed "4.2.3" numbers
and a tab to a hanging indent), ``devset_silverstripe`` (a Silverstripe page of the "simple" theme, the site's name
in an ``<h1>`` of its own, typed "12." numbers) and ``devset_wkhtmltopdf`` (a web page printed by wkhtmltopdf, a cover
with no header, contents over dashed lines, bold "3.4" numbers run in), ``devset_sitecore`` (a Sitecore SXA page of
renderings, one rich-text rendering per chapter, typed "3.4" numbers) and ``devset_aspose`` (a Word document converted
to PDF by Aspose.Words, no outline, the contents' dot leaders, "12." from Word's list at a hanging indent),
``devset_kentico`` (a Kentico Portal Engine page, one editable text web part, typed "12." and a non-breaking space),
``devset_pdfreactor`` (an HTML document printed by PDFreactor, every heading bookmarked under the title, "3.4" from CSS
counters in a box at the margin), ``devset_aem`` (an Adobe Experience Manager page of Core Components, a title
component per heading, bold typed "3.4" numbers in text components) and ``devset_foxit`` (a Word document printed to
PDF by Foxit's add-in, Word's headings bookmarked, "12." from Word's list at a hanging indent, "3 | Page"); an
output's ``layout`` picks the last one hundred and twelve.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import yaml

from . import (
    devset_aem,
    devset_affinity,
    devset_agency,
    devset_ahformatter,
    devset_asciidoctor,
    devset_aspose,
    devset_badges,
    devset_bilingual,
    devset_booklet,
    devset_browserprint,
    devset_canva,
    devset_casepdf,
    devset_chapters,
    devset_cms,
    devset_confluence,
    devset_contensis,
    devset_context,
    devset_controls,
    devset_converted,
    devset_council,
    devset_distiller,
    devset_dms,
    devset_docbook,
    devset_docusaurus,
    devset_dompdf,
    devset_drupal,
    devset_eleventy,
    devset_findtable,
    devset_foxit,
    devset_framemaker,
    devset_gdocspdf,
    devset_ghost,
    devset_gitbook,
    devset_googledoc,
    devset_googlesites,
    devset_govuk,
    devset_groff,
    devset_hardreturns,
    devset_hubspot,
    devset_hugo,
    devset_jekyll,
    devset_joomla,
    devset_jupyterbook,
    devset_kentico,
    devset_latex,
    devset_libreoffice,
    devset_linenumbers,
    devset_magazine,
    devset_margin,
    devset_markdown,
    devset_marking,
    devset_markup,
    devset_migradoc,
    devset_mkdocs,
    devset_moderngov,
    devset_moodle,
    devset_nitro,
    devset_notion,
    devset_numberline,
    devset_ocrscan,
    devset_odflist,
    devset_onlyoffice,
    devset_openoffice,
    devset_pageplus,
    devset_pagesdocx,
    devset_pagespdf,
    devset_pdf,
    devset_pdfreactor,
    devset_plone,
    devset_practice,
    devset_prince,
    devset_printer,
    devset_publisher,
    devset_quark,
    devset_quarto,
    devset_redacted,
    devset_sartable,
    devset_scotpub,
    devset_scribus,
    devset_sections,
    devset_seqfields,
    devset_sharepoint,
    devset_sidenotes,
    devset_silverstripe,
    devset_sitecore,
    devset_sitefinity,
    devset_softbreaks,
    devset_sphinx,
    devset_squarespace,
    devset_squiz,
    devset_tcpdf,
    devset_textmaker,
    devset_thematic,
    devset_tracked,
    devset_twocol,
    devset_typescript,
    devset_typo3,
    devset_typst,
    devset_umbraco,
    devset_wagtail,
    devset_weasyprint,
    devset_webflow,
    devset_webprint,
    devset_wix,
    devset_wkhtmltopdf,
    devset_wordhtml,
    devset_wordletters,
    devset_wordlevels,
    devset_wordoutline,
    devset_wpblocks,
    devset_wps,
    devset_wptable,
    devset_writerpdf,
)
from . import devset_render as _render

Block = _render.Block
FICTION_LABEL: str = _render.FICTION_LABEL
DEVSET_DIR: Path = Path(__file__).resolve().parent.parent / "data" / "devset"
REPORTS_YAML: Path = DEVSET_DIR / "reports.yaml"
QUESTIONS_YAML: Path = DEVSET_DIR / "questions.yaml"
SCHEMES = {"three-level", "two-level", "summary-two-level", "single", "paragraph", "bracket", "paren", "none",
           "lettered"}

__all__ = [
    "DEVSET_DIR",
    "FICTION_LABEL",
    "Block",
    "build_blocks",
    "gold_text",
    "load_questions",
    "load_reports",
    "paragraph_texts",
    "unnumbered_texts",
    "write_documents",
]


# --------------------------------------------------------------------------------------- data
def load_reports() -> list[dict[str, Any]]:
    """Return the parsed report definitions from ``reports.yaml``."""
    with REPORTS_YAML.open(encoding="utf-8") as fh:
        return list(yaml.safe_load(fh)["reports"])


def load_questions() -> list[dict]:
    """Parsed questions.yaml."""
    with QUESTIONS_YAML.open(encoding="utf-8") as fh:
        return list(yaml.safe_load(fh))


def _clean(text: str) -> str:
    return " ".join(str(text).split())


def build_blocks(report: dict[str, Any]) -> list[Block]:
    """Number a report definition and flatten it into :class:`Block` objects in reading order."""
    scheme = report["numbering"]
    if scheme not in SCHEMES:
        raise ValueError(f"unknown numbering scheme {scheme!r}")
    plain = scheme in {"single", "paragraph", "paren", "none"}  # headings as written, without numbers
    blocks: list[Block] = []
    glossary = report.get("glossary")

    def add_glossary() -> None:
        heading = _clean(glossary["heading"])
        rows = tuple((_clean(a), _clean(m)) for a, m in glossary["entries"])
        blocks.extend([Block("heading", heading, level=1, major=True), Block("glossary", heading, rows=rows,
                                                                               section=heading)])

    if glossary and glossary["position"] == "front":
        add_glossary()
    fw = report["foreword"]
    blocks.append(Block("heading", _clean(fw["heading"]), level=1, major=True))
    blocks += [Block("unnumbered", _clean(p), section=_clean(fw["heading"])) for p in fw["paragraphs"]]
    counter = 0
    findings = 0

    def add_para(item: Any, label: str, section: str) -> None:
        key = label or f"u{counter}"
        printed = {"paragraph": f"Paragraph {label}", "bracket": f"[{label}]", "paren": f"{label})"}.get(
            scheme, "") if label else ""
        if isinstance(item, str):
            blocks.append(Block("para", _clean(item), label=label, section=section, key=key, printed=printed))
        else:
            lead = _clean(item["lead"])
            if not lead.endswith(":") or not 4 <= len(item["bullets"]) <= 7:
                raise ValueError(f"factor list {key} needs a ':' lead-in and 4-7 bullets")
            bullets = tuple(_clean(b) for b in item["bullets"])
            blocks.append(Block("factor", lead, label=label, bullets=bullets, section=section, key=key,
                                printed=printed))

    offset = 1 if scheme == "summary-two-level" else 0  # the first section is a summary numbered 1, 2, 3 ...
    for i, sec in enumerate(report["sections"], start=1 - offset):
        summary = i == 0
        if summary and sec.get("subsections"):
            raise ValueError("a numbered summary has no subsections")
        number = chr(64 + i) if scheme == "lettered" else str(i)  # lettered: chapters "A", "B" ...
        h1 = _clean(sec["heading"]) if plain or summary else f"{number} {_clean(sec['heading'])}"
        blocks.append(Block("heading", h1, level=1, major=True))
        k = 0
        groups = [(None, sec.get("paragraphs", []))] + [
            (sub["heading"], sub["paragraphs"]) for sub in sec.get("subsections", [])
        ]
        for j, (sub_heading, items) in enumerate(groups):
            section = h1
            if sub_heading is not None:
                section = f"{i}.{j} {_clean(sub_heading)}" if scheme == "three-level" else _clean(sub_heading)
                blocks.append(Block("heading", section, level=2))
            for n, item in enumerate(items, start=1):
                if isinstance(item, dict) and "finding" in item:  # a row of a findings table: "Finding N"
                    findings += 1
                    label = f"Finding {findings}"
                    cells = (_clean(item["found"]), _clean(item["change"]))
                    blocks.append(Block("finding", _clean(item["finding"]), label=label, bullets=cells,
                                        section=section, key=label))
                    continue
                k += 1
                counter += 1
                if scheme == "three-level":
                    if sub_heading is None:
                        raise ValueError("three-level numbering needs every paragraph in a subsection")
                    label = f"{i}.{j}.{n}"
                elif summary:
                    label = str(k)
                else:
                    label = {"two-level": f"{i}.{k}", "summary-two-level": f"{i}.{k}", "lettered": f"{number}.{k}",
                             "none": ""}.get(scheme, str(counter))
                add_para(item, label, section)
    recs = report["recommendations"]
    n_sec = len(report["sections"]) + 1 - offset
    rec_number = chr(64 + n_sec) if scheme == "lettered" else str(n_sec)
    rh = _clean(recs["heading"]) if plain else f"{rec_number} {_clean(recs['heading'])}"
    blocks.append(Block("heading", rh, level=1, major=True))
    for n, item in enumerate(recs["items"], start=1):
        label = "" if scheme == "none" else f"Recommendation {n}"
        blocks.append(Block("rec", _clean(item), label=label, section=rh, key=label or f"r{n}"))
    if glossary and glossary["position"] == "back":
        add_glossary()
    for b in blocks:  # a token ending in "-" would be indistinguishable from a line-break hyphen
        for word in [b.text, *b.bullets]:
            if re.search(r"\w-(\s|$)", word):
                raise ValueError(f"token ending in '-' in {b.label or b.text[:30]!r}")
    return blocks


def _full_text(block: Block) -> str:
    return " ".join([block.text, *block.bullets])


@functools.cache
def _texts(stamp: int) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """Labelled and unnumbered paragraph texts, built once per version (mtime) of reports.yaml."""
    labelled: dict[tuple[str, str], str] = {}
    loose: dict[tuple[str, str], str] = {}
    for report in load_reports():
        for block in build_blocks(report):
            for output in report["outputs"]:
                if block.label:
                    labelled[(output["report_id"], block.label)] = _full_text(block)
                elif block.key:
                    loose[(output["report_id"], _render.starts_with(block.text))] = _full_text(block)
    return labelled, loose


def paragraph_texts() -> dict[tuple[str, str], str]:
    """Map ``(report_id, paragraph label)`` to the full plain text (lead-in plus bullets).

    Every output report id is included, so the Saltmarsh text appears under both its HTML and its
    PDF id. Unnumbered paragraphs are in :func:`unnumbered_texts`.
    """
    return dict(_texts(REPORTS_YAML.stat().st_mtime_ns)[0])


def unnumbered_texts() -> dict[tuple[str, str], str]:
    """Map ``(report_id, starts_with)`` (first 8 words) to the full text of each unnumbered body
    paragraph, factor list or recommendation (the ones listed with ``paragraph: null``)."""
    return dict(_texts(REPORTS_YAML.stat().st_mtime_ns)[1])


def gold_text(gold: dict[str, Any]) -> str:
    """Full text of a gold entry of questions.yaml: ``{report_id, paragraph}``, or for unnumbered
    text ``{report_id, paragraph: null, page, starts_with}``."""
    labelled, loose = _texts(REPORTS_YAML.stat().st_mtime_ns)
    if gold.get("paragraph") is None:
        return loose[(gold["report_id"], gold["starts_with"])]
    return labelled[(gold["report_id"], str(gold["paragraph"]))]


# --------------------------------------------------------------------------------------- main
def _write_if_changed(path: Path, data: bytes) -> None:
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def write_documents(out_dir: Path) -> list[Path]:
    """Write the 120 fictional report files (58 PDF, 15 DOCX, 46 HTML, 1 Markdown) into out_dir, each with a sidecar
    FILE.meta.yaml (e.g. fict-northmoor-scr-2019.pdf.meta.yaml) holding keys: report_id, title,
    short_name, year (int), url (null), fictional: true. Also writes out_dir/expected.json.
    Returns the report file paths (not sidecars). Deterministic; idempotent."""
    renderers = {"pdf": devset_pdf.render_pdf, "docx": _render.render_docx, "html": _render.render_html}
    by_layout = {"twocol": devset_twocol.render_pdf, "multilevel": devset_wordlevels.render_docx,
                 "margin": devset_margin.render_pdf, "council": devset_council.render_html,
                 "practice": devset_practice.render_pdf, "govuk": devset_govuk.render_html,
                 "sartable": devset_sartable.render_docx, "thematic": devset_thematic.render_pdf,
                 "chapters": devset_chapters.render_pdf, "wordhtml": devset_wordhtml.render_html,
                 "findtable": devset_findtable.render_pdf, "libreoffice": devset_libreoffice.render_docx,
                 "markdown": devset_markdown.render_md, "sections": devset_sections.render_html,
                 "browserprint": devset_browserprint.render_pdf, "googledoc": devset_googledoc.render_html,
                 "writerpdf": devset_writerpdf.render_pdf, "cms": devset_cms.render_html,
                 "agency": devset_agency.render_pdf, "wptable": devset_wptable.render_html,
                 "wordletters": devset_wordletters.render_docx, "dms": devset_dms.render_html,
                 "tracked": devset_tracked.render_docx, "marking": devset_marking.render_pdf,
                 "typescript": devset_typescript.render_pdf, "softbreaks": devset_softbreaks.render_docx,
                 "linenumbers": devset_linenumbers.render_pdf, "converted": devset_converted.render_html,
                 "booklet": devset_booklet.render_pdf, "seqfields": devset_seqfields.render_docx,
                 "markup": devset_markup.render_pdf, "controls": devset_controls.render_docx,
                 "magazine": devset_magazine.render_pdf, "numberline": devset_numberline.render_html,
                 "bilingual": devset_bilingual.render_pdf, "printer": devset_printer.render_pdf,
                 "ocrscan": devset_ocrscan.render_pdf, "redacted": devset_redacted.render_pdf,
                 "hardreturns": devset_hardreturns.render_docx, "webprint": devset_webprint.render_pdf,
                 "odflist": devset_odflist.render_docx, "scotpub": devset_scotpub.render_html,
                 "latex": devset_latex.render_pdf, "confluence": devset_confluence.render_html,
                 "gdocspdf": devset_gdocspdf.render_pdf, "sharepoint": devset_sharepoint.render_html,
                 "sidenotes": devset_sidenotes.render_pdf, "drupal": devset_drupal.render_html,
                 "wordoutline": devset_wordoutline.render_pdf, "pagesdocx": devset_pagesdocx.render_docx,
                 "publisher": devset_publisher.render_pdf, "wpblocks": devset_wpblocks.render_html,
                 "canva": devset_canva.render_pdf, "notion": devset_notion.render_html,
                 "typst": devset_typst.render_pdf, "quarto": devset_quarto.render_html,
                 "asciidoctor": devset_asciidoctor.render_pdf, "sphinx": devset_sphinx.render_html,
                 "pagespdf": devset_pagespdf.render_pdf, "mkdocs": devset_mkdocs.render_html,
                 "casepdf": devset_casepdf.render_pdf, "docusaurus": devset_docusaurus.render_html,
                 "badges": devset_badges.render_pdf, "gitbook": devset_gitbook.render_html,
                 "scribus": devset_scribus.render_pdf, "jupyterbook": devset_jupyterbook.render_html,
                 "affinity": devset_affinity.render_pdf, "hugo": devset_hugo.render_html,
                 "prince": devset_prince.render_pdf, "eleventy": devset_eleventy.render_html,
                 "framemaker": devset_framemaker.render_pdf, "jekyll": devset_jekyll.render_html,
                 "quark": devset_quark.render_pdf, "nitro": devset_nitro.render_docx,
                 "wix": devset_wix.render_html, "moderngov": devset_moderngov.render_pdf,
                 "moodle": devset_moodle.render_html, "docbook": devset_docbook.render_pdf,
                 "joomla": devset_joomla.render_html, "dompdf": devset_dompdf.render_pdf,
                 "squarespace": devset_squarespace.render_html, "weasyprint": devset_weasyprint.render_pdf,
                 "wagtail": devset_wagtail.render_html, "openoffice": devset_openoffice.render_pdf,
                 "umbraco": devset_umbraco.render_html, "onlyoffice": devset_onlyoffice.render_pdf,
                 "ghost": devset_ghost.render_html, "groff": devset_groff.render_pdf,
                 "googlesites": devset_googlesites.render_html, "context": devset_context.render_pdf,
                 "webflow": devset_webflow.render_html, "ahformatter": devset_ahformatter.render_pdf,
                 "hubspot": devset_hubspot.render_html, "distiller": devset_distiller.render_pdf,
                 "contensis": devset_contensis.render_html, "wps": devset_wps.render_pdf,
                 "squiz": devset_squiz.render_html, "textmaker": devset_textmaker.render_pdf,
                 "typo3": devset_typo3.render_html, "pageplus": devset_pageplus.render_pdf,
                 "sitefinity": devset_sitefinity.render_html, "tcpdf": devset_tcpdf.render_pdf,
                 "plone": devset_plone.render_html, "migradoc": devset_migradoc.render_pdf,
                 "silverstripe": devset_silverstripe.render_html, "wkhtmltopdf": devset_wkhtmltopdf.render_pdf,
                 "sitecore": devset_sitecore.render_html, "aspose": devset_aspose.render_pdf,
                 "kentico": devset_kentico.render_html, "pdfreactor": devset_pdfreactor.render_pdf,
                 "aem": devset_aem.render_html, "foxit": devset_foxit.render_pdf}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    expected: dict[str, Any] = {}
    for report in load_reports():
        blocks = build_blocks(report)
        for output in report["outputs"]:
            render = by_layout.get(output.get("layout", "")) or renderers[output["format"]]
            data, exp = render(report, output, blocks)
            if "glossary" in report:
                exp["glossary"] = [list(row) for b in blocks if b.kind == "glossary" for row in b.rows]
            if "title_page" in report:
                exp["front_matter_lines"] = [report["title"], *_render.title_lines(report)]
            path = out_dir / output["file"]
            _write_if_changed(path, data)
            meta = {
                "report_id": output["report_id"],
                "title": report["title"],
                "short_name": output["short_name"],
                "year": int(report["year"]),
                "url": None,
                "fictional": True,
            }
            meta_text = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
            _write_if_changed(out_dir / f"{output['file']}.meta.yaml", meta_text.encode("utf-8"))
            expected[output["report_id"]] = exp
            paths.append(path)
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    _write_if_changed(out_dir / "expected.json", text.encode("utf-8"))
    return paths
