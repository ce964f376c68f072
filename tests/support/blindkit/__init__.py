"""Helpers shared by the blind rounds (tests/support/blind*/make.py): each round's writer had copied the previous
round's helpers, and the copies that were the same are kept here once. FICTIONAL test documents only.

keys     the answer key's words: key_words, norm, contains_seq, entry, the checks on paragraph texts, counts and
         paragraphs run over pages
pdfread  reading a PDF back with pdfplumber: pdf_pages, words_of, seq_in, label_at, check_pdf_key, check_body
draw     reportlab: font files, measuring, wrapping, a page Layout of primitives, running headers and footers
flow     rows of text poured down pages (three shapes of the same idea, as the rounds used them)
markup   escaping for HTML and WordprocessingML, Word runs, an A4 body's w:sectPr, a zip with fixed dates, a Word
         package's [Content_Types].xml, a Markdown file written and parsed back with markdown-it
wordread a Word package read back: Word's list numbers from numbering.xml, the numbered paragraphs and their pages
prose    blind17's vocabularies and paragraph maker, with a round's own seed (the rounds' text.py)
harness  running a make.py: a neighbour module loaded by its path, the whole key's checks, expected.json, build()'s
         body, the determinism rebuild
"""
