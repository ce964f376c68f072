"""Tests for the fictional development-set generator (``tests/support/devset.py``): the files it writes, that
they open with ordinary readers, that ``expected.json`` matches what is really in them, and that
``questions.yaml`` is well formed and does not leak its answers."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.devset import (
    FICTION_LABEL,
    build_blocks,
    gold_text,
    load_questions,
    load_reports,
    paragraph_texts,
    unnumbered_texts,
    write_documents,
)
from tests.support.devset_aem import AEM
from tests.support.devset_aem import page_title as aem_page_title
from tests.support.devset_aem import updated as aem_updated
from tests.support.devset_aem import url_name as aem_url_name
from tests.support.devset_affinity import AFFINITY
from tests.support.devset_affinity import CREATOR as AFFINITY_CREATOR
from tests.support.devset_affinity import PRODUCER as AFFINITY_PRODUCER
from tests.support.devset_affinity import header as affinity_header
from tests.support.devset_agency import AGENCY, TEAL
from tests.support.devset_agency import CREATOR as AGENCY_CREATOR
from tests.support.devset_agency import PRODUCER as AGENCY_PRODUCER
from tests.support.devset_agency import footer as agency_footer
from tests.support.devset_ahformatter import AH
from tests.support.devset_ahformatter import CREATOR as AH_CREATOR
from tests.support.devset_ahformatter import PRODUCER as AH_PRODUCER
from tests.support.devset_ahformatter import left_edge as ah_left_edge
from tests.support.devset_asciidoctor import ASCIIDOCTOR
from tests.support.devset_asciidoctor import PRODUCER as ASCIIDOCTOR_PRODUCER
from tests.support.devset_asciidoctor import footer as asciidoctor_footer
from tests.support.devset_aspose import ASPOSE
from tests.support.devset_aspose import CREATOR as ASPOSE_CREATOR
from tests.support.devset_aspose import PAGE as ASPOSE_PAGE
from tests.support.devset_aspose import PRODUCER as ASPOSE_PRODUCER
from tests.support.devset_aspose import footer as aspose_footer
from tests.support.devset_badges import BADGES
from tests.support.devset_badges import CREATOR as BADGES_CREATOR
from tests.support.devset_badges import PRODUCER as BADGES_PRODUCER
from tests.support.devset_badges import footer as badges_footer
from tests.support.devset_bilingual import BILINGUAL
from tests.support.devset_bilingual import CREATOR as BILINGUAL_CREATOR
from tests.support.devset_bilingual import PRODUCER as BILINGUAL_PRODUCER
from tests.support.devset_bilingual import footer as bilingual_footer
from tests.support.devset_bilingual import header as bilingual_header
from tests.support.devset_booklet import BLANK, BOOKLET, HALF_W, SHEET_H, SHEET_W
from tests.support.devset_booklet import CREATOR as BOOK_CREATOR
from tests.support.devset_booklet import PRODUCER as BOOK_PRODUCER
from tests.support.devset_browserprint import BROWSER, CHROME
from tests.support.devset_canva import CANVA
from tests.support.devset_canva import CREATOR as CANVA_CREATOR
from tests.support.devset_canva import PRODUCER as CANVA_PRODUCER
from tests.support.devset_canva import footer as canva_footer
from tests.support.devset_casepdf import CASEPDF
from tests.support.devset_casepdf import CREATOR as CASEPDF_CREATOR
from tests.support.devset_casepdf import PRODUCER as CASEPDF_PRODUCER
from tests.support.devset_casepdf import field_values as casepdf_fields
from tests.support.devset_casepdf import footer as casepdf_footer
from tests.support.devset_casepdf import header_lines as casepdf_header
from tests.support.devset_chapters import CHAPTERS, roman
from tests.support.devset_cms import RUNNING_LINES as CMS_LINES
from tests.support.devset_confluence import CONFLUENCE, heading_id
from tests.support.devset_contensis import CONTENSIS
from tests.support.devset_contensis import GENERATOR as CONTENSIS_GENERATOR
from tests.support.devset_contensis import anchor as contensis_anchor
from tests.support.devset_contensis import modified as contensis_modified
from tests.support.devset_contensis import page_title as contensis_title
from tests.support.devset_context import CONTEXT
from tests.support.devset_context import CREATOR as CONTEXT_CREATOR
from tests.support.devset_context import PRODUCER as CONTEXT_PRODUCER
from tests.support.devset_context import bookmark as context_bookmark
from tests.support.devset_controls import GUIDANCE_STYLE, PROMPTS
from tests.support.devset_controls import PARA_STYLE as CONTROLS_PARA_STYLE
from tests.support.devset_converted import CONVERTED, GENERATOR
from tests.support.devset_council import RUNNING_LINES
from tests.support.devset_distiller import CREATOR as DISTILLER_CREATOR
from tests.support.devset_distiller import DISTILLER
from tests.support.devset_distiller import PAGE as DISTILLER_PAGE
from tests.support.devset_distiller import PRODUCER as DISTILLER_PRODUCER
from tests.support.devset_distiller import pdf_title as distiller_title
from tests.support.devset_dms import BACK
from tests.support.devset_dms import GLOSSARY_HEAD as DMS_GLOSSARY_HEAD
from tests.support.devset_dms import PRODUCT as DMS_PRODUCT
from tests.support.devset_dms import RUNNING_LINES as DMS_LINES
from tests.support.devset_docbook import CREATOR as DOCBOOK_CREATOR
from tests.support.devset_docbook import DOCBOOK, folio, toc_text
from tests.support.devset_docbook import PRODUCER as DOCBOOK_PRODUCER
from tests.support.devset_docbook import shown as docbook_title
from tests.support.devset_docusaurus import DOCUSAURUS
from tests.support.devset_docusaurus import copyright_line as docusaurus_copyright
from tests.support.devset_docusaurus import heading_id as docusaurus_id
from tests.support.devset_dompdf import DOMPDF, page_counter
from tests.support.devset_dompdf import PRODUCER as DOMPDF_PRODUCER
from tests.support.devset_drupal import DRUPAL, submitted
from tests.support.devset_drupal import anchor as drupal_anchor
from tests.support.devset_eleventy import ELEVENTY
from tests.support.devset_eleventy import heading_id as eleventy_id
from tests.support.devset_eleventy import para_id as eleventy_para_id
from tests.support.devset_findtable import FINDTABLE, HEADER_ROW
from tests.support.devset_foxit import CREATOR as FOXIT_CREATOR
from tests.support.devset_foxit import FOXIT
from tests.support.devset_foxit import PAGE as FOXIT_PAGE
from tests.support.devset_foxit import PRODUCER as FOXIT_PRODUCER
from tests.support.devset_foxit import footer as foxit_footer
from tests.support.devset_framemaker import CREATOR as FRAMEMAKER_CREATOR
from tests.support.devset_framemaker import FRAMEMAKER
from tests.support.devset_framemaker import PRODUCER as FRAMEMAKER_PRODUCER
from tests.support.devset_framemaker import footers as framemaker_footers
from tests.support.devset_framemaker import header as framemaker_header
from tests.support.devset_gdocspdf import GDOCS
from tests.support.devset_gdocspdf import PRODUCER as GDOCS_PRODUCER
from tests.support.devset_gdocspdf import footer as gdocs_footer
from tests.support.devset_ghost import GHOST
from tests.support.devset_ghost import download_url as ghost_download
from tests.support.devset_ghost import reading_time as ghost_reading_time
from tests.support.devset_ghost import short_date as ghost_date
from tests.support.devset_ghost import slug as ghost_slug
from tests.support.devset_gitbook import GITBOOK
from tests.support.devset_gitbook import heading_id as gitbook_id
from tests.support.devset_gitbook import para_id as gitbook_para_id
from tests.support.devset_googledoc import BULLET_LIST, NUM_LIST
from tests.support.devset_googlesites import SITES
from tests.support.devset_googlesites import drive_url as sites_drive_url
from tests.support.devset_googlesites import heading_id as sites_heading_id
from tests.support.devset_googlesites import page_title as sites_page_title
from tests.support.devset_googlesites import short_updated as sites_updated
from tests.support.devset_govuk import RUNNING_LINES as GOVUK_LINES
from tests.support.devset_groff import CREATOR as GROFF_CREATOR
from tests.support.devset_groff import GROFF
from tests.support.devset_groff import PRODUCER as GROFF_PRODUCER
from tests.support.devset_groff import printed_heading as groff_heading
from tests.support.devset_hardreturns import DASH as HARD_DASH
from tests.support.devset_hardreturns import HARDRETURNS
from tests.support.devset_hubspot import HUBSPOT
from tests.support.devset_hubspot import anchor as hubspot_anchor
from tests.support.devset_hubspot import page_title as hubspot_title
from tests.support.devset_hubspot import timestamp as hubspot_time
from tests.support.devset_hugo import HUGO
from tests.support.devset_hugo import heading_id as hugo_id
from tests.support.devset_hugo import para_id as hugo_para_id
from tests.support.devset_jekyll import JEKYLL
from tests.support.devset_jekyll import heading_id as jekyll_id
from tests.support.devset_jekyll import para_id as jekyll_para_id
from tests.support.devset_joomla import JOOMLA, article_path, info_lines, page_title
from tests.support.devset_jupyterbook import JUPYTERBOOK
from tests.support.devset_jupyterbook import heading_id as jupyterbook_id
from tests.support.devset_jupyterbook import para_id as jupyterbook_para_id
from tests.support.devset_kentico import KENTICO
from tests.support.devset_kentico import page_title as kentico_page_title
from tests.support.devset_kentico import updated as kentico_updated
from tests.support.devset_kentico import url_name as kentico_url_name
from tests.support.devset_latex import CREATOR as LATEX_CREATOR
from tests.support.devset_latex import LATEX
from tests.support.devset_latex import PRODUCER as LATEX_PRODUCER
from tests.support.devset_latex import footer as latex_footer
from tests.support.devset_libreoffice import APPLICATION, BULLET_NUM_ID
from tests.support.devset_linenumbers import CREATOR as WORD_CREATOR
from tests.support.devset_linenumbers import FOOTER as LINED_FOOTER
from tests.support.devset_linenumbers import LINENUMBERS
from tests.support.devset_linenumbers import PRODUCER as WORD_PRODUCER
from tests.support.devset_magazine import CREATOR as MAGAZINE_CREATOR
from tests.support.devset_magazine import MAGAZINE, PLUM
from tests.support.devset_magazine import PRODUCER as MAGAZINE_PRODUCER
from tests.support.devset_margin import MARGIN
from tests.support.devset_markdown import FOOTER as MD_FOOTER
from tests.support.devset_markdown import WRAP
from tests.support.devset_marking import MARKING, PROTECTIVE
from tests.support.devset_markup import CREATOR as MARKUP_CREATOR
from tests.support.devset_markup import MARKUP, REVISER
from tests.support.devset_migradoc import CREATOR as MIGRADOC_CREATOR
from tests.support.devset_migradoc import MIGRADOC
from tests.support.devset_migradoc import PAGE as MIGRADOC_PAGE
from tests.support.devset_migradoc import PRODUCER as MIGRADOC_PRODUCER
from tests.support.devset_migradoc import footer as migradoc_footer
from tests.support.devset_mkdocs import MKDOCS
from tests.support.devset_mkdocs import copyright_line as mkdocs_copyright
from tests.support.devset_mkdocs import heading_id as mkdocs_id
from tests.support.devset_moderngov import CREATOR as MODERNGOV_CREATOR
from tests.support.devset_moderngov import MODERNGOV, covering_report, front_sheet, item_stamp, stamp
from tests.support.devset_moderngov import PRODUCER as MODERNGOV_PRODUCER
from tests.support.devset_moderngov import footer as moderngov_footer
from tests.support.devset_moodle import MOODLE, chapter_title
from tests.support.devset_nitro import APPLICATION as NITRO_APPLICATION
from tests.support.devset_nitro import NITRO
from tests.support.devset_nitro import footer as nitro_footer
from tests.support.devset_notion import NOTION, block_id
from tests.support.devset_numberline import COPY, LONG
from tests.support.devset_numberline import GLOSSARY_HEAD as NUMBERLINE_GLOSSARY_HEAD
from tests.support.devset_numberline import PRODUCT as NUMBERLINE_PRODUCT
from tests.support.devset_numberline import RUNNING_LINES as NUMBERLINE_LINES
from tests.support.devset_ocrscan import OCR_FONT
from tests.support.devset_ocrscan import PRODUCER as OCR_PRODUCER
from tests.support.devset_odflist import APPLICATION as ODF_APPLICATION
from tests.support.devset_odflist import ODFLIST
from tests.support.devset_onlyoffice import CREATOR as ONLYOFFICE_CREATOR
from tests.support.devset_onlyoffice import ONLYOFFICE
from tests.support.devset_onlyoffice import PRODUCER as ONLYOFFICE_PRODUCER
from tests.support.devset_openoffice import CREATOR as OPENOFFICE_CREATOR
from tests.support.devset_openoffice import OPENOFFICE
from tests.support.devset_openoffice import PRODUCER as OPENOFFICE_PRODUCER
from tests.support.devset_openoffice import page_counter as openoffice_counter
from tests.support.devset_pageplus import CREATOR as PAGEPLUS_CREATOR
from tests.support.devset_pageplus import PAGE as PAGEPLUS_PAGE
from tests.support.devset_pageplus import PAGEPLUS
from tests.support.devset_pageplus import PRODUCER as PAGEPLUS_PRODUCER
from tests.support.devset_pagesdocx import PAGES
from tests.support.devset_pagespdf import CREATOR as PAGESPDF_CREATOR
from tests.support.devset_pagespdf import PAGESPDF
from tests.support.devset_pagespdf import PRODUCER as PAGESPDF_PRODUCER
from tests.support.devset_pagespdf import footer as pagespdf_footer
from tests.support.devset_pdfreactor import CREATOR as PDFREACTOR_CREATOR
from tests.support.devset_pdfreactor import PAGE as PDFREACTOR_PAGE
from tests.support.devset_pdfreactor import PDFREACTOR
from tests.support.devset_pdfreactor import PRODUCER as PDFREACTOR_PRODUCER
from tests.support.devset_pdfreactor import footer as pdfreactor_footer
from tests.support.devset_plone import PLONE
from tests.support.devset_plone import anchor as plone_anchor
from tests.support.devset_plone import byline_date as plone_byline_date
from tests.support.devset_plone import page_title as plone_page_title
from tests.support.devset_practice import PRACTICE
from tests.support.devset_prince import CREATOR as PRINCE_CREATOR
from tests.support.devset_prince import PRINCE
from tests.support.devset_prince import PRODUCER as PRINCE_PRODUCER
from tests.support.devset_prince import header as prince_header
from tests.support.devset_printer import LIGATURES, PASSES, PRINTER
from tests.support.devset_printer import PRODUCER as PRINTER_PRODUCER
from tests.support.devset_publisher import CREATOR as PUBLISHER_CREATOR
from tests.support.devset_publisher import PRODUCER as PUBLISHER_PRODUCER
from tests.support.devset_publisher import PUBLISHER
from tests.support.devset_publisher import footer as publisher_footer
from tests.support.devset_quark import CREATOR as QUARK_CREATOR
from tests.support.devset_quark import PRODUCER as QUARK_PRODUCER
from tests.support.devset_quark import QUARK, tab_top
from tests.support.devset_quark import footer as quark_footer
from tests.support.devset_quarto import QUARTO, section_id
from tests.support.devset_redacted import PRODUCER as REDACTED_PRODUCER
from tests.support.devset_redacted import STAMP, WITHHELD
from tests.support.devset_render import PUNCT, title_lines
from tests.support.devset_scotpub import SCOTPUB, part_line
from tests.support.devset_scribus import CREATOR as SCRIBUS_CREATOR
from tests.support.devset_scribus import PRODUCER as SCRIBUS_PRODUCER
from tests.support.devset_scribus import SCRIBUS
from tests.support.devset_scribus import header as scribus_header
from tests.support.devset_sections import RUNNING_LINES as SECTIONS_LINES
from tests.support.devset_seqfields import GLOSSARY_HEAD as SEQ_GLOSSARY_HEAD
from tests.support.devset_seqfields import PARA_STYLE as SEQ_PARA_STYLE
from tests.support.devset_sharepoint import SHAREPOINT, anchor, byline
from tests.support.devset_sidenotes import CREATOR as SIDENOTES_CREATOR
from tests.support.devset_sidenotes import PRODUCER as SIDENOTES_PRODUCER
from tests.support.devset_sidenotes import SIDENOTES
from tests.support.devset_sidenotes import footer as sidenotes_footer
from tests.support.devset_silverstripe import SILVERSTRIPE
from tests.support.devset_silverstripe import edited as silverstripe_edited
from tests.support.devset_silverstripe import page_title as silverstripe_page_title
from tests.support.devset_silverstripe import slug as silverstripe_slug
from tests.support.devset_sitecore import SITECORE
from tests.support.devset_sitecore import media_hash as sitecore_media_hash
from tests.support.devset_sitecore import page_title as sitecore_page_title
from tests.support.devset_sitecore import slug as sitecore_slug
from tests.support.devset_sitecore import updated as sitecore_updated
from tests.support.devset_sitefinity import SITEFINITY
from tests.support.devset_sitefinity import generator as sitefinity_generator
from tests.support.devset_sitefinity import pdf_link as sitefinity_pdf_link
from tests.support.devset_sitefinity import slug as sitefinity_slug
from tests.support.devset_softbreaks import GLOSSARY_HEAD as SOFT_GLOSSARY_HEAD
from tests.support.devset_softbreaks import SOFTBREAKS
from tests.support.devset_sphinx import SPHINX, copyright_line, term_id
from tests.support.devset_sphinx import section_id as sphinx_id
from tests.support.devset_squarespace import SQUARESPACE, footer_lines, title_text
from tests.support.devset_squarespace import anchor as squarespace_anchor
from tests.support.devset_squiz import SIGNATURE as SQUIZ_SIGNATURE
from tests.support.devset_squiz import SQUIZ
from tests.support.devset_squiz import container as squiz_container
from tests.support.devset_squiz import page_title as squiz_title
from tests.support.devset_squiz import published as squiz_published
from tests.support.devset_tcpdf import CREATOR as TCPDF_CREATOR
from tests.support.devset_tcpdf import PAGE as TCPDF_PAGE
from tests.support.devset_tcpdf import PRODUCER as TCPDF_PRODUCER
from tests.support.devset_tcpdf import TCPDF
from tests.support.devset_tcpdf import footer as tcpdf_footer
from tests.support.devset_textmaker import CREATOR as TEXTMAKER_CREATOR
from tests.support.devset_textmaker import PAGE as TEXTMAKER_PAGE
from tests.support.devset_textmaker import PRODUCER as TEXTMAKER_PRODUCER
from tests.support.devset_textmaker import TEXTMAKER
from tests.support.devset_thematic import THEMATIC
from tests.support.devset_tracked import AUTHORS
from tests.support.devset_tracked import GLOSSARY_HEAD as TRACKED_GLOSSARY_HEAD
from tests.support.devset_twocol import GEOMETRY
from tests.support.devset_typescript import FOOTER as TYPED_FOOTER
from tests.support.devset_typescript import TYPESCRIPT
from tests.support.devset_typo3 import NBSP as NBSP_CHAR
from tests.support.devset_typo3 import SIGNATURE as TYPO3_SIGNATURE
from tests.support.devset_typo3 import TYPO3
from tests.support.devset_typo3 import page_title as typo3_title
from tests.support.devset_typo3 import updated as typo3_updated
from tests.support.devset_typst import CREATOR as TYPST_CREATOR
from tests.support.devset_typst import PRODUCER as TYPST_PRODUCER
from tests.support.devset_typst import TYPST
from tests.support.devset_typst import footer as typst_footer
from tests.support.devset_umbraco import UMBRACO
from tests.support.devset_umbraco import element_key as umbraco_key
from tests.support.devset_umbraco import footer_lines as umbraco_footer
from tests.support.devset_umbraco import page_title as umbraco_title
from tests.support.devset_umbraco import para_id as umbraco_para_id
from tests.support.devset_umbraco import slug as umbraco_slug
from tests.support.devset_wagtail import WAGTAIL
from tests.support.devset_wagtail import footer_lines as wagtail_footer
from tests.support.devset_wagtail import page_title as wagtail_title
from tests.support.devset_wagtail import slug as wagtail_slug
from tests.support.devset_weasyprint import PRODUCER as WEASYPRINT_PRODUCER
from tests.support.devset_weasyprint import WEASYPRINT
from tests.support.devset_weasyprint import page_counter as weasyprint_counter
from tests.support.devset_webflow import WEBFLOW
from tests.support.devset_webflow import chapter_id as webflow_chapter_id
from tests.support.devset_webflow import page_title as webflow_title
from tests.support.devset_webprint import WEBPRINT
from tests.support.devset_wix import WIX
from tests.support.devset_wix import footer_line as wix_footer
from tests.support.devset_wkhtmltopdf import CREATOR as WKHTMLTOPDF_CREATOR
from tests.support.devset_wkhtmltopdf import PAGE as WKHTMLTOPDF_PAGE
from tests.support.devset_wkhtmltopdf import PRODUCER as WKHTMLTOPDF_PRODUCER
from tests.support.devset_wkhtmltopdf import WKHTMLTOPDF
from tests.support.devset_wkhtmltopdf import footer as wkhtmltopdf_footer
from tests.support.devset_wkhtmltopdf import pdf_title as wkhtmltopdf_pdf_title
from tests.support.devset_wordletters import GLOSSARY_HEAD as LETTERS_GLOSSARY_HEAD
from tests.support.devset_wordletters import LEVELS, split_letter
from tests.support.devset_wordoutline import CREATOR as OUTLINE_CREATOR
from tests.support.devset_wordoutline import PRODUCER as OUTLINE_PRODUCER
from tests.support.devset_wordoutline import WORDOUTLINE, chapter_heading
from tests.support.devset_wordoutline import footer as outline_footer
from tests.support.devset_wpblocks import WPBLOCKS, para_id
from tests.support.devset_wpblocks import byline as wp_byline
from tests.support.devset_wpblocks import heading_id as wp_heading_id
from tests.support.devset_wps import CREATOR as WPS_CREATOR
from tests.support.devset_wps import PAGE as WPS_PAGE
from tests.support.devset_wps import PRODUCER as WPS_PRODUCER
from tests.support.devset_wps import WPS
from tests.support.devset_wptable import GLOSSARY_HEAD, REC_HEAD, toc_id
from tests.support.devset_wptable import RUNNING_LINES as WP_LINES
from tests.support.devset_writerpdf import CREATOR, PRODUCER, WRITER

NM, KV = "fict-northmoor-scr-2019", "fict-kestrel-vale-inquiry-2021"
SH, SP = "fict-saltmarsh-review-2022", "fict-saltmarsh-review-2022-pdf"
HF, BR = "fict-harrowfield-sar-2023", "fict-brackenford-lcspr-2024"  # "Paragraph 12" DOCX; unnumbered PDF
AS, GH = "fict-ashcombe-cspr-2025", "fict-greyhaven-lcspr-2026"  # two-level HTML; single-number DOCX (fresh4)
WR, RV = "fict-wrenmouth-cspr-2025", "fict-ravensby-sar-2026"  # two-column PDF; Word multi-level DOCX (fresh5)
TB, LF = "fict-tollbridge-dardr-2026", "fict-larkfield-cspr-2026"  # hanging-number PDF; <ol> council page (fresh6)
CW, MB = "fict-cwmderw-cpr-2026", "fict-marlbrook-cspr-2026"  # "[12]" practice-review PDF; HTML publication (fresh7)
PN, BT = "fict-penhallow-sar-2026", "fict-brantwick-thematic-2026"  # table-row DOCX; right-numbered landscape (fresh8)
HW, FN = "fict-hollinsway-cspr-2026", "fict-fernleigh-sar-2026"  # roman-chapter PDF; Word "Save as Web Page" (fresh9)
CD, PF = "fict-carrowdene-cspr-2026", "fict-pellingford-sar-2026"  # findings-table PDF; LibreOffice DOCX (fresh10)
QB, TW = "fict-quillbrook-sar-2026", "fict-tarrowby-cspr-2026"  # Markdown page; a <section> per paragraph (fresh11)
OS, WX = "fict-ossington-dhr-2026", "fict-wexcombe-cspr-2026"  # browser-printed web page; Google Docs export (fresh12)
KS, DM = "fict-kelsham-sar-2026", "fict-dunmarsh-cspr-2026"  # Writer PDF with footnotes; CMS accordion page (fresh13)
BC, OT = "fict-brindlecombe-sar-2026", "fict-otterhythe-cspr-2026"  # design-studio PDF; WordPress table page (fresh14)
ST, TH = "fict-stannerby-sar-2026", "fict-thornacre-cspr-2026"  # Word lettered numbering; DMS HTML export (fresh15)
FM, BW = "fict-fallowmere-cspr-2026", "fict-brackwater-sar-2026"  # tracked-changes DOCX; landscape 2-col PDF (fresh16)
SG, WY = "fict-sedgeholm-part8-1997", "fict-wyvernhurst-dardr-2026"  # scanned typescript PDF; rich-text DOCX (fresh17)
ME, GS = "fict-merebrook-sar-2025", "fict-gorsefield-scr-2011"  # line-numbered Word PDF; pdf2htmlEX page (fresh18)
SB, TS = "fict-scarrowby-sar-2018", "fict-thistlebury-cspr-2025"  # two-up A5 booklet PDF; SEQ-field DOCX (fresh19)
CV, DV = "fict-craigvellan-lr-2023", "fict-daventhorpe-sar-2025"  # Word draft printed with markup; sdt DOCX (fresh20)
CR, QS = "fict-corvenhall-cspr-2024", "fict-quensby-sar-2025"  # magazine PDF; accessible edition HTML (fresh21)
CA, AB = "fict-caerwen-apr-2024", "fict-alderbeck-lcspr-2025"  # Welsh beside English PDF; printer-driver PDF (fresh22)
HX, FD = "fict-holmecross-sar-2019", "fict-farrowdale-cspr-2023"  # scan with an OCR layer; redacted PDF (fresh23)
OR, SL = "fict-orrinsby-sar-2009", "fict-sallowfield-cspr-2022"  # hard-return WP DOCX; web-to-print PDF (fresh24)
WD, AU = "fict-wendlecombe-sar-2024", "fict-auchterlea-lr-2023"  # ODF list-numbered DOCX; Scottish page (fresh25)
RH, TC = "fict-ravensholt-tsr-2025", "fict-thrushcombe-sar-2024"  # pdfTeX PDF; Confluence HTML export (fresh26)
WH, CL = "fict-wickhaven-ir-2025", "fict-cradlow-lldr-2024"  # Google Docs PDF; SharePoint modern page (fresh27)
FW, TN = "fict-fenwold-ii-2025", "fict-tarnhollow-mlr-2024"  # InDesign side-notes PDF; Drupal paragraphs node (fresh28)
WP, EH = "fict-wraxby-psii-2025", "fict-elmstow-ehlr-2024"  # Word outline-numbered PDF; Apple Pages DOCX (fresh29)
CK, LX = "fict-crickmoor-rr-2025", "fict-loxwell-ilr-2025"  # Publisher badge PDF; WordPress block page (fresh30)
DU, HB = "fict-dunholt-cmer-2025", "fict-harbridge-lr-2025"  # Canva PDF; Notion page exported to HTML (fresh31)
KB, SC = "fict-kilbarra-cmr-2025", "fict-scarbrook-falr-2025"  # Typst gutter-rule PDF; Quarto HTML (fresh32)
AF, TK = "fict-ashbeck-ffr-2025", "fict-thornwick-syvr-2025"  # Asciidoctor PDF; Sphinx HTML (fresh33)
MW, SX = "fict-marrowby-mfclr-2025", "fict-selbridge-clr-2025"  # Apple Pages PDF; MkDocs Material HTML (fresh34)
PW, QR = "fict-pennistow-nailr-2025", "fict-quarrington-drdr-2025"  # case system report PDF; Docusaurus HTML (fresh35)
KT, EY = "fict-kettlebridge-cnlr-2025", "fict-ellerdyke-hdlr-2025"  # desktop-published badge PDF; GitBook (fresh36)
RM, WB = "fict-redmarsh-pmhlr-2025", "fict-wadebury-pblr-2025"  # Scribus facing-page PDF; Jupyter Book HTML (fresh37)
OX, KF = "fict-oxhanger-pilr-2025", "fict-kelsford-cbtlr-2025"  # Affinity Publisher PDF; Hugo Book HTML (fresh38)
SV, BX = "fict-stavenby-pamlr-2025", "fict-bexworth-salr-2025"  # Prince PDF; Eleventy HTML (fresh39)
GN, TU = "fict-gannerby-ealr-2025", "fict-thurlbeck-cblr-2025"  # FrameMaker side-head PDF; Jekyll HTML (fresh40)
TA, BH = "fict-tallowby-efcsalr-2025", "fict-brockhithe-oasar-2025"  # Quark thumb-tab PDF; PDF made DOCX (fresh41)
PY, WZ = "fict-pellbury-snalr-2025", "fict-wythenby-issar-2025"  # Wix HTML; committee agenda pack PDF (fresh42)
LH, AM = "fict-lindenhurst-anlr-2025", "fict-ambleford-ppdalr-2025"  # Moodle print-book HTML; DocBook/FOP PDF (fresh43)
MK, HY = "fict-marshwick-ccsalr-2025", "fict-hexley-rdardr-2025"  # Joomla "All Pages" HTML; Drupal dompdf PDF (fresh44)
CT, OB = "fict-calverholt-alr-2025", "fict-orbridge-hiusar-2025"  # Squarespace page HTML; WeasyPrint PDF (fresh45)
YF, TZ = "fict-yarrowby-fblr-2025", "fict-tansworth-cadardr-2025"  # Wagtail StreamField HTML; OpenOffice PDF (fresh46)
FG, SK = "fict-fallowford-fglr-2025", "fict-skelwick-asesar-2025"  # Umbraco block grid HTML; ONLYOFFICE PDF (fresh47)
LA, MO = "fict-larchford-aahlr-2025", "fict-mossbridge-pmsar-2025"  # Ghost markdown card HTML; groff ms PDF (fresh48)
WF, OM = "fict-westerfold-aplr-2025", "fict-ormsdale-dsnsar-2025"  # Google Sites page HTML; ConTeXt PDF (fresh49)
EL, FB = "fict-elmswick-cclr-2025", "fict-ferrisby-dosar-2025"  # Webflow CMS item HTML; AH Formatter PDF (fresh50)
HM, WN = "fict-halsworth-hmlr-2025", "fict-wenbury-afvsar-2025"  # HubSpot blog post HTML; Distiller PDF (fresh51)
CS, SM = "fict-cresswold-pldlr-2025", "fict-stainmoor-hdsar-2025"  # Contensis article HTML; WPS Writer PDF (fresh52)
MD, KW = "fict-marlden-rlr-2025", "fict-kestwick-rcpsar-2025"  # Squiz Matrix page HTML; TextMaker PDF (fresh53)
DH, HS = "fict-drevenham-fpsalr-2025", "fict-heddlestone-hasar-2025"  # TYPO3 page HTML; PagePlus PDF (fresh54)
TG, FE = "fict-tressington-pcalr-2025", "fict-fenlowe-pfsar-2025"  # Sitefinity page HTML; TCPDF PDF (fresh55)
WA, CM = "fict-wrayburn-ifcelr-2025", "fict-caddonmere-ssar-2025"  # Plone page HTML; MigraDoc PDF (fresh56)
PE, TV = "fict-pendlecote-ualr-2025", "fict-tilverton-brsar-2025"  # Silverstripe page HTML; wkhtmltopdf PDF (fresh57)
GB, HK = "fict-gildersby-cvsar-2025", "fict-hatherwick-chnlr-2025"  # Sitecore page HTML; Aspose.Words PDF (fresh58)
QN, PS = "fict-quennford-mulr-2025", "fict-pelsworth-sasar-2025"  # Kentico page HTML; PDFreactor PDF (fresh59)
UL, VX = "fict-ulverdon-frsar-2025", "fict-vexford-dapilr-2025"  # AEM page HTML; Foxit PDF (fresh60)
LABEL_RE = {NM: r"\d+\.\d+\.\d+", KV: r"\d+\.\d+", SH: r"\d+", SP: r"\d+", HF: r"\d+", AS: r"\d+\.\d+",
            GH: r"\d+", WR: r"\d+\.\d+", RV: r"\d+\.\d+\.\d+", TB: r"\d+(?:\.\d+)?", LF: r"\d+",
            CW: r"\d+", MB: r"\d+\.\d+", PN: r"\d+", BT: r"\d+\.\d+", HW: r"\d+\.\d+", FN: r"\d+",
            CD: r"\d+\.\d+|Finding \d+", PF: r"\d+", QB: r"\d+\.\d+", TW: r"\d+\.\d+", OS: r"\d+",
            WX: r"\d+\.\d+", KS: r"\d+", DM: r"\d+\.\d+\.\d+", BC: r"\d+", OT: r"\d+\.\d+", ST: r"[A-Z]\.\d+",
            TH: r"\d+", FM: r"\d+\.\d+", BW: r"\d+", SG: r"\d+", WY: r"\d+\.\d+", ME: r"\d+", GS: r"\d+\.\d+",
            SB: r"\d+\.\d+", TS: r"\d+\.\d+", CV: r"\d+\.\d+", DV: r"\d+", CR: r"\d+\.\d+",
            QS: r"\d+", CA: r"\d+", AB: r"\d+\.\d+", HX: r"\d+", FD: r"\d+\.\d+", OR: r"\d+", SL: r"\d+\.\d+",
            WD: r"\d+", AU: r"\d+\.\d+", RH: r"\d+", TC: r"\d+\.\d+",
            WH: r"\d+\.\d+", CL: r"\d+", FW: r"\d+\.\d+", TN: r"\d+", WP: r"\d+\.\d+", EH: r"\d+",
            CK: r"\d+", LX: r"\d+\.\d+", DU: r"\d+", HB: r"\d+\.\d+", KB: r"\d+", SC: r"\d+\.\d+",
            AF: r"\d+\.\d+", TK: r"\d+", MW: r"\d+\.\d+", SX: r"\d+",
            PW: r"\d+\.\d+", QR: r"\d+", KT: r"\d+", EY: r"\d+\.\d+", RM: r"\d+", WB: r"\d+\.\d+",
            OX: r"\d+", KF: r"\d+\.\d+", SV: r"\d+", BX: r"\d+\.\d+", GN: r"\d+", TU: r"\d+\.\d+",
            TA: r"\d+\.\d+\.\d+", BH: r"\d+", PY: r"[A-Z]\.\d+", WZ: r"\d+\.\d+", LH: r"\d+",
            AM: r"\d+\.\d+\.\d+", MK: r"\d+\.\d+\.\d+", HY: r"\d+\.\d+", CT: r"\d+\.\d+\.\d+", OB: r"\d+\.\d+",
            YF: r"\d+", TZ: r"[A-Z]\.\d+", FG: r"\d+\.\d+\.\d+", SK: r"\d+\.\d+", LA: r"\d+",
            MO: r"\d+\.\d+\.\d+", WF: r"\d+", OM: r"\d+\.\d+",
            EL: r"\d+\.\d+", FB: r"\d+", HM: r"\d+", WN: r"\d+\.\d+",
            CS: r"\d+\.\d+", SM: r"\d+", MD: r"\d+\.\d+", KW: r"\d+", DH: r"\d+\.\d+", HS: r"\d+",
            TG: r"\d+\.\d+", FE: r"\d+", WA: r"\d+\.\d+", CM: r"\d+\.\d+\.\d+", PE: r"\d+",
            TV: r"\d+\.\d+", GB: r"\d+\.\d+", HK: r"\d+", QN: r"\d+", PS: r"\d+\.\d+", UL: r"\d+\.\d+",
            VX: r"\d+"}
GLOSSED = {HF: "MASH", BR: "WNB", WR: "DSL", RV: "MARAC", TB: "DARA", LF: "AAC",
           CW: "MACE", MB: "HFSV", PN: "S42", BT: "HSB", HW: "PBA", FN: "CLDT", CD: "NST",
           PF: "MSP", QB: "ABI", TW: "TAF", OS: "DASH", WX: "RHC", KS: "PTSD",
           DM: "YJS", BC: "IDDSI", OT: "CMHT", ST: "VRO", TH: "CP-IS",
           FM: "FSW", BW: "HOOF", SG: "PNC", WY: "HV", ME: "PBS", GS: "IMR", SB: "MDT", TS: "UWO", CV: "IRD",
           DV: "MARM", CR: "CME", QS: "ASB", CA: "APSO",
           AB: "RHI", HX: "MCA", FD: "EDT",
           OR: "POVA", SL: "MASH", WD: "MRM", AU: "CPPM", RH: "PA",
           TC: "DN", WH: "VCS", CL: "LDLN",
           FW: "OIPR", TN: "TSCP", WP: "PSIRF", EH: "EHA",
           CK: "NFA", LX: "LSCP", DU: "CME", HB: "IDVA",
           KB: "CMR", SC: "SSAB", AF: "HOOF", TK: "SYVR",
           MW: "RHI", SX: "ASB",
           PW: "NAI", QR: "DRD", KT: "GCP", EY: "TOC",
           RM: "CMHT", WB: "WSCP", OX: "OSCP", KF: "KSCP",
           SV: "SSCP", BX: "BSCP", GN: "GSCP", TU: "TSAB",
           TA: "TSCP", BH: "BSAB", PY: "PSCP", WZ: "WSAB",
           LH: "LSCP", AM: "ACSP", MK: "MSCP", HY: "HCSP",
           CT: "CSCP", OB: "OSAB", YF: "YSCP", TZ: "TCSP",
           FG: "FSCP", SK: "SSAB", LA: "LCSP", MO: "MSAB",
           WF: "WCSP", OM: "OSAP", EL: "ESCP", FB: "FSAP",
           HM: "HSCP", WN: "WSAP", CS: "CCSP", SM: "SSAP",
           MD: "MCSP", KW: "KSAB", DH: "DRSP", HS: "HSAB",
           TG: "TRSP", FE: "FLSAB", WA: "WRSP", CM: "CMSAB",
           PE: "PCSP", TV: "TVSAB", GB: "GSAB", HK: "HWSP", QN: "QSCP",
           PS: "PSAB", UL: "USAB", VX: "VSCP"}  # reports with a glossary, and one abbreviation in it
# Topics of the near-domain unanswerable questions: none may appear in any report (questions.yaml
# names one of them in each such question's `absent` field).
ABSENT_TERMS = ["pension", "funding formula", "adult social care", "taxi", "licens", "radicalis",
                "foster", "allowance", "home educat", "educate them at home",
                "barred list", "court fee", "forced marriage", "recourse to public funds", "immigration",
                "admission appeal", "adoption", "genital mutilation", "deprivation of liberty",
                "education, health and care", "special guardianship", "cafcass", "national referral mechanism",
                "channel panel", "sex offender", "clare's law", "criminal responsibility", "safe sleep", "ofsted",
                "universal credit", "power of attorney", "court of protection", "direct payment",
                "continuing healthcare", "subject access", "mandatory reporting", "young carer",
                "fitness to practise", "pre-charge bail", "council tax", "asylum", "honour-based", "gambling",
                "social prescribing", "pupil premium", "child maintenance", "section 117",
                "sexual risk order", "kinship carer", "family nurse", "free school meal", "mappa",
                "perpetrator programme", "contextual safeguarding", "appropriate adult", "gillick",
                "carer's assessment", "respite", "ehcp", "advocate", "staying put", "victim personal statement",
                "retention", "update service", "school transport", "disabled facilities grant", "healthy start",
                "section 20", "lado", "hotel", "personal budget", "referral order", "private fostering",
                "interpreter", "sextortion", "dementia", "hoarding", "penalty notice", "child arrangements order",
                "bereavement", "restraint", "inquest", "learning disabilities", "eating disorder",
                "personal independence payment", "reasonable punishment", "childminder", "fabricated", "restorative",
                "serious violence duty", "stalking", "vaping", "lone working", "probation", "caldicott", "gdpr",
                "housing benefit", "non-molestation",
                "modern slavery", "witchcraft", "homicide", "sudden unexpected", "parental alienation",
                "unaccompanied", "retinal", "secure", "mental health act", "body map", "sexting", "fetal alcohol",
                "sport", "dog", "bullying", "suicide", "strip search", "custody", "care home", "gender identity",
                "pornograph", "homeless", "extremis", "nitrous oxide",
                "insulin pump", "glucagon", "naloxone", "buprenorphine", "needle exchange", "hair strand",
                "breastfeed", "button batter", "epilepsy", "allerg", "blood transfusion", "vaccin", "obesity",
                "head lice", "wheelchair", "tooth decay",
                "intermediary", "pre-recorded cross-examination", "sarah's law", "compensation", "right to review",
                "isva", "indecent image", "family group conference", "barnahus", "polygraph", "pressure ulcer", "scam",
                "covert", "telecare", "sheltered", "mate crime",
                "dvpo", "femicide", "tracker", "same-sex", "male victim", "matac", "ask for ani",
                "child to parent violence", "cctv", "antipsychotic", "independent visitor", "ombudsman", "unregistered",
                "regulation 44", "preparing for adulthood", "seclusion",
                "knife crime prevention order", "section 45", "sprinkler", "carbon monoxide", "active offer",
                "minimum unit pricing", "fire-setting", "outcome 22", "e-bike", "al-anon", "jtai", "youth court",
                "electronic monitoring", "detox", "smoking cessation", "emergency protection order",
                "appointee", "trading standards", "romance fraud", "relationships education", "stop it now",
                "winter fuel", "prepayment meter", "falls prevention", "children's commissioner", "online gaming",
                "loan shark", "contraception", "mosque", "disclosure and barring", "deputyship", "childline",
                "paternity", "car seat", "parental responsibility", "neonatal abstinence", "sterilis",
                "postnatal depression", "miscarriage", "stillbirth", "surrogacy", "sign language", "makaton",
                "dating app", "hate crime", "doorbell", "scald", "jaundice",
                "food bank", "palliative", "school uniform", "optician", "dialysis", "environmental health", "bailiff",
                "debt relief", "cold weather payment", "key safe", "alcohol liaison", "section 136", "night shelter",
                "mould", "pest control", "hospice",
                "credit union", "neurologist", "growth chart", "payday", "driving", "personal injury", "domiciliary",
                "homework club", "playground", "vitamin", "catheter", "fit note", "chaplain", "overdraft", "blue badge",
                "occupational health",
                "hearing aid", "stairlift", "blister pack", "pendant alarm", "bus pass", "funeral", "air ambulance",
                "county court", "snapchat", "ketamine", "machete", "boxing", "youth club", "victim support",
                "grab rail", "period poverty",
                "safety certificate", "money mule", "covenant", "crypto", "tetanus", "proceeds of crime", "lock keeper",
                "op courage", "confirmation of payee", "apprenticeship", "reimburse", "identity theft", "sixth form",
                "compression", "duke of edinburgh", "frostbite",
                "feeding tube", "heimlich", "care quality", "denture", "lasting power", "prevention of future deaths",
                "zero-hours", "deep brain", "lithium", "clozapine", "mother and baby unit", "approved mental",
                "crisis house", "body-worn", "relapse prevention", "triangle of care",
                "braille", "guide dog", "cataract", "message in a bottle", "priority services register",
                "power of entry", "concierge", "toxicology", "right to rent", "criminal injuries", "unduly lenient",
                "disclosure scheme", "forensic", "early years foundation", "wardship", "theraplay",
                "adhd", "cylinder", "triple p", "pulmonary rehab", "window restrictor", "rescue pack", "legal aid",
                "signs of safety", "locum", "nebuliser", "whistleblow", "mediation", "resettlement", "spirometry",
                "tenancy sustainment", "lung transplant",
                "panic alarm", "iris programme", "anger management", "child death overview", "sanctuary", "firearm",
                "encompass", "employee assistance", "icon", "journalist", "domestic violence court", "weapon",
                "cot death", "drug and alcohol court", "sure start", "smart speaker",
                "weighted blanket", "hydrotherapy", "dnacpr", "oliver mcgowan", "colonoscopy", "shared lives",
                "dentist", "creche", "restraining order", "fraser", "baby massage", "whatsapp", "taser", "upskirting",
                "spiking", "artificial intelligence",
                "commode", "conversion therapy", "osteopath", "chemsex", "court martial", "meals on wheels", "tattoo",
                "hip protector", "reflux", "gang injunction", "lunch club", "baby group", "baby monitor",
                "couples counselling", "acid attack", "flu jab",
                "shotgun", "boarding school", "playgroup", "plaster cast", "drowning", "sleeping bag", "housing first",
                "bsl", "ex-wife", "nurture group", "breathalys", "motor neurone", "ferry company", "cirrhosis",
                "trampoline", "pspo",
                "ear defender", "fire risk assessment", "right to buy", "criminal behaviour order", "trespass",
                "parent carer forum", "intercom", "herbert protocol", "hospital passport", "british transport police",
                "eye screening", "community trigger", "glucose monitor", "home-start", "social story",
                "travel training",
                "blood thinner", "consulate", "gritting", "tier 4", "mental health first aid", "language commissioner",
                "location sharing", "quad bike", "hoist", "bacp", "language measure", "freedom programme",
                "rural crime", "good neighbour", "means restriction", "samaritans",
                "chip and pin", "headway", "speech delay", "probate", "neuropsycholog", "section 8", "night out",
                "vulnerable customer", "stay and play", "family hub", "nursery ratio", "brain scan", "credit check",
                "wound clinic", "citizens advice", "standing order",
                "bingo", "moses basket", "hip replacement", "tongue tie", "hearing test", "baby bank", "lottery",
                "self-funder", "nappy rash", "warm space", "chiropod", "digital exclusion", "christmas dinner",
                "mobility scooter", "night feed", "care leaver offer",
                "allotment", "budgie", "darts", "glasses", "caravan", "doorstep crime", "fuel poverty", "packed lunch",
                "water safety", "lockdown", "eczema", "energy drink", "lip read", "halloween", "knife amnesty",
                "thiamine",
                "skateboard", "golf", "nightclub", "sim card", "fireworks", "hairdresser", "conservatory",
                "wedding anniversary", "cost of living", "e-scooter", "hearing loss", "lateral flow", "phone contract",
                "jury service", "student loan", "smart meter",
                "pantomime", "guinea pig", "scholarship", "living wage", "lanyard", "memorial bench", "crowdfunding",
                "theme park", "esports", "menopause", "ramadan", "private tutor", "heatstroke", "ear piercing",
                "modelling agency", "organ donation",
                "season ticket", "doula", "helicopter", "bravery award", "petition", "resit", "vigil", "baby shower",
                "catfish", "roblox", "lip filler", "deepfake", "host family", "sunbed", "cyberflashing", "paintball",
                "work experience", "nativity", "prefect", "house swap", "music therapist", "pushchair", "paper round",
                "birthday party",
                "grape", "baby walker", "hair straightener", "sun cream", "stair gate", "booster seat", "bouncy castle",
                "glue ear",
                "scout", "school council", "parents evening", "potty training", "sats", "forest school", "photographer",
                "world book day",
                "loot box", "shisha", "chickenpox", "sunburn", "nosebleed", "threadworm", "water bead", "night terror",
                "mock exam", "instagram", "minimum wage", "dance class", "summer camp", "tiktok", "asthma",
                "online school", "selective mutism", "scabies", "concussion", "sickle cell", "babysit", "eyelash",
                "stammer", "karate",
                "inherit", "cheque", "communion", "play therapy", "bed bug", "holiday hunger", "equity release", "pawn",
                "ringworm", "benefit cap", "scratch card", "enuresis", "squint", "tonsil", "bank holiday", "impetigo",
                "recliner", "moped", "emollient", "electric blanket", "lyrics", "curfew", "xbox", "bookie",
                "verruca", "croup", "hay fever", "whooping cough", "car boot", "conjunctivitis", "meningitis",
                "wood burner",
                "pocket money", "pub quiz", "piano", "school prom", "fishing", "snooker", "hamster", "sudoku",
                "chip pan", "gout", "shingles", "mumps", "blind cord", "tumble dryer", "tinnitus", "chilblain",
                "christening", "motorbike", "chess", "teething", "table tennis", "weaning", "pigeon", "godparent",
                "hepatitis", "scurvy", "rickets", "legionella", "asbestos", "tuberculosis", "gangrene", "rabies",
                "ballet", "kawasaki", "pacemaker", "bowls", "brownies", "slapped cheek", "lyme disease",
                "cystic fibrosis", "rounders", "dosette", "norovirus", "cribbage", "scarlet fever", "coeliac", "bunion",
                "glandular fever",
                "netball", "measles", "electroconvulsive", "greenhouse", "rotavirus", "hip dysplasia", "bronchiolitis",
                "nail salon", "hedgehog", "appendicitis", "rubella", "forklift", "psoriasis", "gallstone", "birthmark",
                "hand foot and mouth",
                "orthodontist", "sinusitis", "cleft palate", "laryngitis", "parole", "molluscum", "swimming lesson",
                "roseola", "skatepark", "cradle cap", "hgv", "kidney stone", "hernia", "whiplash", "sofa bed",
                "sciatica",
                "reading challenge", "hypnotherapy", "thrombolysis", "osteoporosis", "veterinary", "vertigo",
                "knife awareness", "dyscalculia", "flexible working", "anaemia", "glaucoma", "rosacea", "ukulele",
                "sleepwalking", "carpal tunnel", "pleurisy",
                "spelling bee", "bell ringing", "hygiene rating", "model railway", "lactose", "neighbourhood watch",
                "sewing", "scoliosis", "warts", "tennis elbow", "time difference", "cold sore", "hiccup", "mouth ulcer",
                "gardening club", "snoring",
                "choir solo", "steam railway", "loyalty card", "holiday pay", "long service", "phonics", "trade union",
                "sensory room", "ingrown toenail", "stye", "travel sickness", "sleep apnoea", "shin splint",
                "book club", "jet lag", "dandruff",
                "tai chi", "flower show", "sunday league", "hypermobility", "bodybuilding", "lupus", "manga",
                "dyspraxia", "sabbatical", "art therapy", "recovery college", "restless legs", "shift swap",
                "trichotillomania", "tourette", "colostomy",
                "lacrosse", "police federation", "au pair", "spyware", "marathon", "airtag", "gap year", "gaslight",
                "safe leave", "ski trip", "police cadet", "compassionate leave", "orienteering", "dowry", "trust fund",
                "exam stress",
                "rugby", "broadband", "art exhibition", "sheepdog trials", "victims code", "self-defence",
                "silent solution", "young farmers", "unpaid leave", "morning-after pill", "sibling support",
                "chapel choir", "extra time", "womens institute", "image-based", "sexual assault referral",
                "bodycam", "pregabalin", "stop and search", "corridor care", "black history month",
                "right care right person", "saturday job", "alcoholics anonymous", "poetry slam", "hair policy",
                "northern soul", "street triage", "youth parliament", "youth diversion", "dbt", "safe haven",
                "hypnobirthing", "code word", "facebook", "dashcam", "lotus birth", "cord clamping",
                "sentencing remarks", "antenatal class", "special measures", "domestic abuse commissioner",
                "shared parental leave", "victim liaison", "tens machine", "blood spot", "life story", "schwartz round",
                "sweat test", "sex work", "portage", "rape crisis", "food diary", "tinder", "refeeding", "peer mentor",
                "nasogastric", "baby-led", "trauma bond", "toddler group", "safe house", "growth hormone", "calorie",
                "street lighting", "stomach pump", "audit-c", "fentanyl", "dispersal order", "tablet count",
                "proxy purchas", "electronic prescription", "fake id", "nerve block", "street pastor",
                "medical cannabis", "liver function", "prescription charge", "drinkaware", "taper",
                "accountable officer", "maxillofacial", "flash glucose", "bail conditions", "diabetic shoes",
                "pastoral support plan", "prosthetist", "kickboxing", "retinopathy", "witness statement", "deep clean",
                "sharps bin", "clinical psychologist", "court date", "orthotic", "victim impact",
                "structured education", "occupation order", "weight management", "voice recording",
                "nicotine replacement", "child psychotherapist", "community treatment order", "credit card",
                "peer support worker", "dvpn", "duty of candour", "smartwatch", "psychiatric intensive care",
                "mortgage", "bank nurse", "child benefit", "blood pressure monitor", "fracture clinic", "premium bonds",
                "dbs check", "handrail", "drug test", "last will", "police bail", "bone density", "learning journal",
                "intermediate care", "nursery fees", "locks changed", "video link", "catalogue debt",
                "speech therapist", "falls clinic", "literacy", "thermometer", "calpol", "toy library", "dads group",
                "baby scales", "twelve week scan", "family planning", "genetic counselling", "clinical trial",
                "tetrabenazine", "gastrostomy", "employment tribunal", "adapted cutlery", "advance decision",
                "night sitter", "virtual school", "personal education plan", "children's guardian",
                "therapeutic parenting", "educational psychologist", "sibling contact", "placement order", "dna test",
                "sertraline", "pre-proceedings", "implant", "jobcentre", "court bundle", "care navigator",
                "mother's day", "family court adviser", "anatomical doll", "prison visit", "lie detector",
                "sentence length", "victim statement", "toilet training", "deed poll", "night light", "imca",
                "electoral roll", "census", "supported employment", "spy hole", "will writing", "milkman", "barber",
                "interpol", "extradit", "airline", "mirror order", "luggage", "travel insurance", "flight manifest",
                "pen pal", "liquidat", "mileage", "creditor", "profiling bed", "care certificate", "sick pay",
                "call bell", "next of kin", "electronic tag", "marketplace", "self-checkout", "shopwatch", "pe kit",
                "foil", "fixed penalty", "hand therap", "tuition fee", "freshers", "students' union", "bursary",
                "open day", "fire alarm", "microwave", "catered", "leaving care grant", "fire door", "wifi", "deposit",
                "house meeting", "night porter", "visitors book", "railcard", "baclofen", "bumper", "low bed",
                "crash mat", "bed sensor", "wet room", "warranty", "health and safety executive", "door sensor",
                "noise-cancelling", "crown court", "notice to quit", "talking mat", "service charge", "fire drill",
                "panic button", "motability", "golden hello", "personal health budget", "speaking valve", "decannulat",
                "grab bag", "make-a-wish", "picu", "gift aid", "land registry", "companies house", "baptis",
                "exit counsel", "exit interview", "national insurance", "ex-member", "bisphosphonate", "brittle bone",
                "dexa", "clinical negligence", "spica", "ct scan", "collagen", "audiolog", "sandbag", "loss adjuster",
                "dehumidifier", "flood barrier", "life jacket", "torch", "thermal blanket", "red cross", "magnesium",
                "incubator", "donor milk", "kangaroo care", "fetal movement", "steroid injection", "pelvic floor",
                "hearing screen"]
NAMES_RE = (r"Northmoor|Kestrel Vale|Saltmarsh|Harrowfield|Baby R|Ashcombe|Greyhaven|Wrenmouth|Ravensby|"
            r"Tollbridge|Larkfield|Cwmderw|Marlbrook|Penhallow|Brantwick|Hollinsway|Fernleigh|Carrowdene|Pellingford|"
            r"Quillbrook|Tarrowby|Ossington|Wexcombe|Kelsham|Dunmarsh|Brindlecombe|Otterhythe|"
            r"Stannerby|Thornacre|Fallowmere|Brackwater|Sedgeholm|Wyvernhurst|Merebrook|Gorsefield|Scarrowby|Thistlebury|"
            r"Craigvellan|Daventhorpe|Corvenhall|Quensby|Caerwen|Alderbeck|Holmecross|Farrowdale|Orrinsby|Sallowfield|"
            r"Wendlecombe|Auchterlea|Ravensholt|Thrushcombe|Wickhaven|Cradlow|Fenwold|Tarnhollow|Wraxby|Elmstow|"
            r"Crickmoor|Loxwell|Dunholt|Harbridge|Kilbarra|Scarbrook|Ashbeck|Thornwick|"
            r"Marrowby|Selbridge|Pennistow|Quarrington|Kettlebridge|Ellerdyke|Redmarsh|Wadebury|Oxhanger|Kelsford|"
            r"Stavenby|Bexworth|Gannerby|Thurlbeck|Tallowby|Brockhithe|Pellbury|Wythenby|Lindenhurst|Ambleford|"
            r"Marshwick|Hexley|Calverholt|Orbridge|Yarrowby|Tansworth|Fallowford|Skelwick|Larchford|Mossbridge|"
            r"Westerfold|Ormsdale|Elmswick|Ferrisby|Halsworth|Wenbury|Cresswold|Stainmoor|Marlden|Kestwick|"
            r"Drevenham|Heddlestone|Tressington|Fenlowe|Wrayburn|Caddonmere|Pendlecote|Tilverton|"
            r"Gildersby|Hatherwick|Quennford|Pelsworth|Ulverdon|Vexford")
STOPWORDS = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but", "if",
    "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "have", "has", "had",
    "this", "that", "these", "those", "it", "its", "their", "there", "they", "them", "he", "she", "his",
    "her", "him", "i", "we", "you", "your", "our", "my", "me", "what", "why", "how", "when", "where", "who",
    "whom", "which", "whose", "whether", "while", "about", "after", "before", "into", "than", "then", "so",
    "not", "no", "nor", "any", "all", "each", "every", "some", "such", "very", "can", "could", "should",
    "would", "may", "might", "will", "shall", "as", "also", "just", "only", "own", "same", "other", "more",
    "most", "much", "many", "one", "ever", "again", "said", "say", "says", "tell", "told", "don't", "didn't",
    "won't",
}


def _bold_label_then_text(words: list[dict], label: str, first: str) -> list[tuple[dict, dict]]:
    """Where "Recommendation N" is printed as a bold "N:" and then the recommendation's first word in a regular face."""
    return [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label.split()[1]}:"
            and b["text"] == first and "Bold" in a["fontname"] and "Bold" not in b["fontname"]]


@pytest.fixture(scope="module")
def generated(dev_docs: list[Path]) -> dict[str, Any]:
    out, paths = dev_docs[0].parent, dev_docs  # the session's build (conftest), not a second one
    expected = json.loads((out / "expected.json").read_text(encoding="utf-8"))
    return {"dir": out, "paths": paths, "expected": expected}


def _page_text(page: Any, rid: str) -> str:
    """A page's text as a reader sees it: the two-column reviews' body pages band by band (header, left
    column, right column, footer), the booklet's sheets likewise (the heads of its two printed pages, the left page, the
    right page, their feet), the line-numbered review without the line numbers in its margin, the side-noted review
    without the notes in its margin, the draft printed with its markup as its changes accepted (:func:`_accepted`), the
    bilingual review's English column under its running title and over its footer, the printer driver's runs with a
    tolerance finer than their gaps, every other page whole."""
    if rid == FW:  # the designer's side notes, in the wide margin left of the text column, are not text of the review
        return page.within_bbox((SIDENOTES["column_x"] - 4, 0, page.width, page.height)).extract_text() or ""
    if rid == ME:  # Word's line numbers, set in the margin left of the text, are not text of the review
        return page.within_bbox((LINENUMBERS["number_right"] + 4, 0, page.width, page.height)).extract_text() or ""
    if rid == CV:  # the draft's shrunk page with every change accepted: no markup pane, watermark or struck words
        return _accepted(page).extract_text() or ""
    if rid == CR:  # the designed report: a page set in two threaded columns is read column by column
        return _magazine_text(page)
    if rid == CA and page.page_number > 1:  # Welsh and English side by side: an English reader reads the running
        top, bottom, mid = BILINGUAL["body_top"], BILINGUAL["body_bottom"], BILINGUAL["split_x"]  # title, the right
        bands = [(0, 0, page.width, top), (mid, top, page.width, bottom),  # column and the footer
                 (0, bottom, page.width, page.height)]
        return "\n".join(t for t in (page.within_bbox(b).extract_text() or "" for b in bands) if t)
    if rid == GN and page.page_number > 2:  # side heads: each chapter heading read where it stands, before the
        return _side_head_text(page)  # part of the body column level with it and below it
    if rid == TA:  # the thumb tab's label, turned on end at the right edge, is not text of the review
        return _upright(page).extract_text() or ""
    if rid == AB:  # a run per word and no spaces: the small type's gaps are narrower than the default tolerance
        return page.extract_text(x_tolerance=1.5) or ""
    if rid not in (WR, BW, SB) or (page.page_number <= 2 and rid != SB):
        return page.extract_text() or ""
    bands = GEOMETRY if rid == WR else MARKING if rid == BW else {**BOOKLET, "split_x": HALF_W}
    top, bottom, mid = bands["body_top"], bands["body_bottom"], bands["split_x"]
    bands = [(0, 0, page.width, top), (0, top, mid, bottom), (mid, top, page.width, bottom),
             (0, bottom, page.width, page.height)]
    return "\n".join(t for t in (page.within_bbox(b).extract_text() or "" for b in bands) if t)


def _side_head_text(page: Any) -> str:
    """A page of the FrameMaker review as a reader reads it: the running header, then the body column cut at the top
    of each side head, each side head read (its lines joined) before the part of the body column level with it, then
    the footer."""
    top, bottom = FRAMEMAKER["header_bottom"] + 2, FRAMEMAKER["footer_top"]
    split = FRAMEMAKER["frame"][0] - 4
    side = page.within_bbox((0, top, split, bottom)).extract_text_lines()
    heads: list[tuple[float, list[str], float]] = []
    for line in side:  # a side head's lines follow one another closely; the next side head is far below
        if heads and line["top"] - heads[-1][2] < 20:
            heads[-1][1].append(line["text"])
            heads[-1] = (heads[-1][0], heads[-1][1], line["bottom"])
        else:
            heads.append((line["top"], [line["text"]], line["bottom"]))
    cuts = [top, *(h[0] - 1 for h in heads), bottom]
    parts = [page.within_bbox((0, 0, page.width, top)).extract_text() or ""]
    for n, (y0, y1) in enumerate(itertools.pairwise(cuts)):
        if n:
            parts.append(" ".join(heads[n - 1][1]))
        parts.append(page.within_bbox((split, y0, page.width, y1)).extract_text() or "")
    parts.append(page.within_bbox((0, bottom, page.width, page.height)).extract_text() or "")
    return "\n".join(t for t in parts if t)


def _upright(page: Any) -> Any:
    """A page without the characters set turned on end (the Quark review's thumb tab)."""
    return page.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True))


def _magazine_opener(page: Any) -> bool:
    """A page of the designed report that opens a chapter: a plum panel printed full bleed across its top."""
    return any(r["x0"] <= 0.5 and r["x1"] >= page.width - 0.5 and r["top"] <= 0.5 and r["bottom"] < page.height / 2
               for r in page.rects)


def _magazine_two(page: Any) -> bool:
    """A page of the designed report set in two columns: a tinted margin strip at the left of the second column."""
    return any(abs(r["x0"] - MAGAZINE["strip_x"][1]) < 0.5 and abs(r["width"] - MAGAZINE["strip_w"]) < 0.5
               for r in page.rects)


def _magazine_text(page: Any) -> str:
    """A page of the designed report as a reader reads it: a two-column page band by band (the panel or the top margin,
    the left column, the right column, the footer), a one-column page whole."""
    if not _magazine_two(page):
        return page.extract_text() or ""
    top = MAGAZINE["panel_bottom"] if _magazine_opener(page) else MAGAZINE["body_top"]
    bottom, mid = MAGAZINE["body_bottom"], MAGAZINE["split_x"]
    bands = [(0, 0, page.width, top), (0, top, mid, bottom), (mid, top, page.width, bottom),
             (0, bottom, page.width, page.height)]
    return "\n".join(t for t in (page.within_bbox(b).extract_text() or "" for b in bands) if t)


def _slanted(char: dict[str, Any]) -> bool:
    """A character set at an angle (the draft's watermark): its text matrix turns it."""
    return abs(char["matrix"][1]) > 1e-6 or abs(char["matrix"][2]) > 1e-6


def _ruled(page: Any, where: str) -> list[dict[str, Any]]:
    """The characters of a sheet of the markup PDF that the reviser's colour rules: "strike" through the middle of the
    letters (deleted words), "under" beneath them (inserted words)."""
    rules = [ln for ln in page.lines if ln["top"] == ln["bottom"] and tuple(ln["stroking_color"]) == REVISER]
    out = []
    for c in (c for c in page.chars if not _slanted(c)):  # the watermark lies under every kind of line
        h, mid = c["bottom"] - c["top"], (c["x0"] + c["x1"]) / 2
        for ln in rules:
            if ln["x0"] <= mid <= ln["x1"] and (
                    c["top"] + 0.3 * h < ln["top"] < c["bottom"] - 0.3 * h if where == "strike"
                    else c["bottom"] - 0.25 * h <= ln["top"] <= c["bottom"]):
                out.append(c)
                break
    return out


def _accepted(page: Any) -> Any:
    """A sheet of the draft printed with its markup as a reader who accepts every change reads it: the shrunk page
    only, not the markup pane beside it, without the watermark and without the struck-through words."""
    struck = {(c["x0"], c["top"], c["text"]) for c in _ruled(page, "strike")}
    body = page.crop((0, 0, MARKUP["pane_x"], page.height))
    return body.filter(lambda o: o.get("object_type") != "char" or not (
        _slanted(o) or (o["x0"], o["top"], o["text"]) in struck))


@pytest.fixture(scope="module")
def pdf_pages(generated: dict[str, Any]) -> dict[str, list[str]]:
    import pdfplumber

    texts = {}
    for rid, info in generated["expected"].items():
        if info["format"] == "pdf":
            with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
                texts[rid] = [_page_text(page, rid) for page in pdf.pages]
    return texts


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _text_of(rid: str, e: dict[str, Any]) -> str:
    """Full source text of an expected.json paragraph entry (numbered or not)."""
    if e["paragraph"] is None:
        return unnumbered_texts()[(rid, e["starts_with"])]
    return paragraph_texts()[(rid, e["paragraph"])]


def _content_words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower().replace("’", "'"))
    words = [re.sub(r"'s$", "", w) for w in words]
    return [w for w in words if len(w) > 1 and w not in STOPWORDS]


def _flat(text: str, info: dict[str, Any]) -> str:
    """Body text of a page (running header/footer lines dropped), with the recorded line-break
    hyphenations rejoined and whitespace collapsed."""
    def join(m: re.Match[str]) -> str:
        soft, hard = m.group(1) + m.group(2), f"{m.group(1)}-{m.group(2)}"
        return soft if soft in info["hyphenated_words"] else hard if hard in info["broken_compounds"] else m.group(0)

    *header, _footer = info["running_header_lines"]
    lines = text.splitlines() if info.get("no_footer") else text.splitlines()[:-1]  # footer (the ConTeXt review has
    # none: its page number is in the header)
    while lines and any(h in lines[0] for h in header):
        lines = lines[1:]
    return _norm(re.sub(r"(\w+)-\n(\w+)", join, "\n".join(lines)))


# ------------------------------------------------------------------------------------- files
def test_writes_one_hundred_and_twenty_documents_with_sidecars(generated: dict[str, Any]) -> None:
    paths: list[Path] = generated["paths"]
    assert [p.name for p in paths] == [
        "fict-northmoor-scr-2019.pdf", "fict-kestrel-vale-inquiry-2021.docx",
        "fict-saltmarsh-review-2022.html", "fict-saltmarsh-review-2022.pdf",
        "fict-harrowfield-sar-2023.docx", "fict-brackenford-lcspr-2024.pdf",
        "fict-ashcombe-cspr-2025.html", "fict-greyhaven-lcspr-2026.docx",
        "fict-wrenmouth-cspr-2025.pdf", "fict-ravensby-sar-2026.docx",
        "fict-tollbridge-dardr-2026.pdf", "fict-larkfield-cspr-2026.html",
        "fict-cwmderw-cpr-2026.pdf", "fict-marlbrook-cspr-2026.html",
        "fict-penhallow-sar-2026.docx", "fict-brantwick-thematic-2026.pdf",
        "fict-hollinsway-cspr-2026.pdf", "fict-fernleigh-sar-2026.htm",
        "fict-carrowdene-cspr-2026.pdf", "fict-pellingford-sar-2026.docx",
        "fict-quillbrook-sar-2026.md", "fict-tarrowby-cspr-2026.html",
        "fict-ossington-dhr-2026.pdf", "fict-wexcombe-cspr-2026.html",
        "fict-kelsham-sar-2026.pdf", "fict-dunmarsh-cspr-2026.html",
        "fict-brindlecombe-sar-2026.pdf", "fict-otterhythe-cspr-2026.html",
        "fict-stannerby-sar-2026.docx", "fict-thornacre-cspr-2026.html",
        "fict-fallowmere-cspr-2026.docx", "fict-brackwater-sar-2026.pdf",
        "fict-sedgeholm-part8-1997.pdf", "fict-wyvernhurst-dardr-2026.docx",
        "fict-merebrook-sar-2025.pdf", "fict-gorsefield-scr-2011.html",
        "fict-scarrowby-sar-2018.pdf", "fict-thistlebury-cspr-2025.docx",
        "fict-craigvellan-lr-2023.pdf", "fict-daventhorpe-sar-2025.docx",
        "fict-corvenhall-cspr-2024.pdf", "fict-quensby-sar-2025.html",
        "fict-caerwen-apr-2024.pdf", "fict-alderbeck-lcspr-2025.pdf",
        "fict-holmecross-sar-2019.pdf", "fict-farrowdale-cspr-2023.pdf",
        "fict-orrinsby-sar-2009.docx", "fict-sallowfield-cspr-2022.pdf",
        "fict-wendlecombe-sar-2024.docx", "fict-auchterlea-lr-2023.html",
        "fict-ravensholt-tsr-2025.pdf", "fict-thrushcombe-sar-2024.html",
        "fict-wickhaven-ir-2025.pdf", "fict-cradlow-lldr-2024.html",
        "fict-fenwold-ii-2025.pdf", "fict-tarnhollow-mlr-2024.html",
        "fict-wraxby-psii-2025.pdf", "fict-elmstow-ehlr-2024.docx",
        "fict-crickmoor-rr-2025.pdf", "fict-loxwell-ilr-2025.html",
        "fict-dunholt-cmer-2025.pdf", "fict-harbridge-lr-2025.html",
        "fict-kilbarra-cmr-2025.pdf", "fict-scarbrook-falr-2025.html",
        "fict-ashbeck-ffr-2025.pdf", "fict-thornwick-syvr-2025.html",
        "fict-marrowby-mfclr-2025.pdf", "fict-selbridge-clr-2025.html",
        "fict-pennistow-nailr-2025.pdf", "fict-quarrington-drdr-2025.html",
        "fict-kettlebridge-cnlr-2025.pdf", "fict-ellerdyke-hdlr-2025.html",
        "fict-redmarsh-pmhlr-2025.pdf", "fict-wadebury-pblr-2025.html",
        "fict-oxhanger-pilr-2025.pdf", "fict-kelsford-cbtlr-2025.html",
        "fict-stavenby-pamlr-2025.pdf", "fict-bexworth-salr-2025.html",
        "fict-gannerby-ealr-2025.pdf", "fict-thurlbeck-cblr-2025.html",
        "fict-tallowby-efcsalr-2025.pdf", "fict-brockhithe-oasar-2025.docx",
        "fict-pellbury-snalr-2025.html", "fict-wythenby-issar-2025.pdf",
        "fict-lindenhurst-anlr-2025.html", "fict-ambleford-ppdalr-2025.pdf",
        "fict-marshwick-ccsalr-2025.html", "fict-hexley-rdardr-2025.pdf",
        "fict-calverholt-alr-2025.html", "fict-orbridge-hiusar-2025.pdf",
        "fict-yarrowby-fblr-2025.html", "fict-tansworth-cadardr-2025.pdf",
        "fict-fallowford-fglr-2025.html", "fict-skelwick-asesar-2025.pdf",
        "fict-larchford-aahlr-2025.html", "fict-mossbridge-pmsar-2025.pdf",
        "fict-westerfold-aplr-2025.html", "fict-ormsdale-dsnsar-2025.pdf",
        "fict-elmswick-cclr-2025.html", "fict-ferrisby-dosar-2025.pdf",
        "fict-halsworth-hmlr-2025.html", "fict-wenbury-afvsar-2025.pdf",
        "fict-cresswold-pldlr-2025.html", "fict-stainmoor-hdsar-2025.pdf",
        "fict-marlden-rlr-2025.html", "fict-kestwick-rcpsar-2025.pdf",
        "fict-drevenham-fpsalr-2025.html", "fict-heddlestone-hasar-2025.pdf",
        "fict-tressington-pcalr-2025.html", "fict-fenlowe-pfsar-2025.pdf",
        "fict-wrayburn-ifcelr-2025.html", "fict-caddonmere-ssar-2025.pdf",
        "fict-pendlecote-ualr-2025.html", "fict-tilverton-brsar-2025.pdf",
        "fict-gildersby-cvsar-2025.html", "fict-hatherwick-chnlr-2025.pdf",
        "fict-quennford-mulr-2025.html", "fict-pelsworth-sasar-2025.pdf",
        "fict-ulverdon-frsar-2025.html", "fict-vexford-dapilr-2025.pdf"]
    ids = set()
    for path in paths:
        assert path.is_file() and path.stat().st_size > 5000
        meta = yaml.safe_load(path.with_name(path.name + ".meta.yaml").read_text(encoding="utf-8"))
        assert set(meta) == {"report_id", "title", "short_name", "year", "url", "fictional"}
        assert meta["fictional"] is True and meta["url"] is None and isinstance(meta["year"], int)
        assert "(fictional)" in meta["title"]
        ids.add(meta["report_id"])
        assert generated["expected"][meta["report_id"]]["file"] == path.name
    assert ids == {NM, KV, SH, SP, HF, BR, AS, GH, WR, RV, TB, LF, CW, MB, PN, BT, HW, FN, CD, PF, QB, TW, OS,
                   WX, KS, DM, BC, OT, ST, TH, FM, BW, SG, WY, ME, GS, SB, TS, CV, DV, CR, QS, CA, AB, HX, FD,
                   OR, SL, WD, AU, RH, TC, WH, CL, FW, TN, WP, EH, CK, LX, DU, HB, KB, SC, AF, TK,
                   MW, SX, PW, QR, KT, EY, RM, WB, OX, KF, SV, BX, GN, TU, TA, BH, PY, WZ, LH, AM, MK, HY, CT,
                   OB, YF, TZ, FG, SK, LA, MO, WF, OM, EL, FB, HM, WN, CS, SM, MD, KW, DH, HS, TG, FE, WA, CM, PE,
                   TV, GB, HK, QN, PS, UL, VX} == set(
        generated["expected"])


def test_output_is_deterministic_and_idempotent(generated: dict[str, Any], tmp_path: Path) -> None:
    again = write_documents(tmp_path)
    write_documents(tmp_path)  # writing twice into the same directory changes nothing
    for first, second in zip(generated["paths"], again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name
    assert (generated["dir"] / "expected.json").read_bytes() == (tmp_path / "expected.json").read_bytes()


def test_pdfs_open_with_pypdf(generated: dict[str, Any]) -> None:
    from pypdf import PdfReader

    for rid in (NM, SP, BR, WR, TB, CW, BT, CD, OS, KS, BC, BW, SG, ME, SB, CV, CR, CA, AB, HX, FD, SL):
        info = generated["expected"][rid]
        reader = PdfReader(generated["dir"] / info["file"])
        assert len(reader.pages) == info["page_count"] >= 8
        assert "(fictional)" in reader.metadata.title
        first = reader.pages[0].extract_text()
        if rid == AB:  # the printer driver's "fi" is one glyph, which pypdf gives back as it is
            first = _ligatures_expanded(first)
        assert FICTION_LABEL in _norm(first) and "(fictional)" in first


@pytest.mark.parametrize("rid", [KV, GH])
def test_docx_opens_and_pages_follow_explicit_breaks(generated: dict[str, Any], rid: str) -> None:
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][rid]
    document = docx.Document(str(generated["dir"] / info["file"]))
    assert "(fictional)" in document.paragraphs[0].text and document.paragraphs[0].style.name == "Title"
    assert FICTION_LABEL in [p.text for p in document.paragraphs]
    page, pages, styles = 1, {}, Counter()
    for p in document.paragraphs:
        styles[p.style.name] += 1
        label = re.match(rf"(Recommendation \d+(?=:)|{LABEL_RE[rid]}(?= ))", p.text)
        if label and p.style.name == "Normal":
            pages[label.group(1)] = page
        page += sum(br.get(qn("w:type")) == "page" for br in p._p.iter(qn("w:br")))
    assert pages == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert page == info["page_count"]
    assert styles["Heading 1"] >= 6 and styles["Heading 2"] >= 5 and styles["List Bullet"] >= 8
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]


def test_sar_docx_numbering_tables_and_rendered_page_marks(generated: dict[str, Any]) -> None:
    """The Harrowfield SAR as Word saves it: the "Paragraph N" labels come from automatic numbering (not
    the text), and each page start carries a w:lastRenderedPageBreak mark, also after hard breaks."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][HF]
    document = docx.Document(str(generated["dir"] / info["file"]))
    lvl_texts = [el.get(qn("w:val")) for el in document.part.numbering_part.element.iter(qn("w:lvlText"))]
    assert "Paragraph %1" in lvl_texts
    style = document.styles["Numbered Paragraph"]
    assert style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
    page, numbered, hard, pages = 1, 0, 0, {}
    for el in document.element.body.iter(qn("w:p"), qn("w:lastRenderedPageBreak"), qn("w:br")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
        elif el.tag == qn("w:br") and el.get(qn("w:type")) == "page":
            hard += 1
        elif el.tag == qn("w:p"):
            ppr = el.find(qn("w:pPr"))
            sid = ppr.find(qn("w:pStyle")).get(qn("w:val")) if ppr is not None and ppr.find(qn("w:pStyle")) \
                is not None else ""
            if sid == style.style_id:
                numbered += 1
                text = "".join(t.text or "" for t in el.iter(qn("w:t")))
                assert not text.startswith("Paragraph"), text  # the label is Word's, not typed
                marks_first = next(iter(el.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
                at_start = marks_first.tag == qn("w:lastRenderedPageBreak")
                pages[str(numbered)] = page + at_start
    assert page == info["page_count"] >= 12 and hard >= 6
    numbered_entries = {e["paragraph"]: e["page"] for e in info["paragraphs"] if e["paragraph"].isdigit()}
    assert pages == numbered_entries
    assert all(e["printed_label"] == f"Paragraph {e['paragraph']}" for e in info["paragraphs"]
               if e["paragraph"].isdigit())
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 2
    tables = document.tables
    glossary = [[c.text for c in row.cells] for row in tables[0].rows]
    assert glossary == info["glossary"] and ["MASH", "Multi-Agency Safeguarding Hub"] in glossary
    recs = [[c.text for c in row.cells] for row in tables[-1].rows][1:]
    assert [r[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"] if e["paragraph"].startswith("Rec")]
    assert all(r[1].startswith("The SAB should") for r in recs)
    sdt = document.element.body.find(qn("w:sdt"))
    toc = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in sdt.iter(qn("w:p"))][1:]
    assert toc == [line.replace("\t", "") for line in info["contents_lines"]]
    assert [p.text for p in document.paragraphs[:6]] == info["front_matter_lines"][:6]


@pytest.mark.parametrize("rid", [SH, AS])
def test_html_structure(generated: dict[str, Any], rid: str) -> None:
    from bs4 import BeautifulSoup

    info = generated["expected"][rid]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert "(fictional)" in soup.h1.get_text() and FICTION_LABEL in soup.get_text()
    for noise in ("nav", "header", "footer"):
        assert soup.find(noise) is not None
    assert soup.select_one("div.cookie-notice") is not None
    if rid == SH:
        assert "© Saltmarsh Safeguarding Partnership (fictional)" in soup.footer.get_text()
    main = soup.find("main")
    assert info["running_header_lines"][-1] in soup.footer.get_text()
    numbered = [re.match(rf"({LABEL_RE[rid]})\. ", p.get_text()) for p in main.find_all("p")]
    assert [m.group(1) for m in numbered if m] == [
        e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    recs = [p.get_text() for p in main.select("p.recommendation")]
    assert all(re.match(r"Recommendation \d+: ", r) for r in recs) and len(recs) >= 5
    assert len(main.find_all("ul")) >= 2 and main.find("h3") is not None
    assert all(e["page"] is None for e in info["paragraphs"])


def test_two_column_pdf_layout(generated: dict[str, Any]) -> None:
    """The Wrenmouth review: a full-width title page and contents, then two columns with nothing set across
    the gutter, and paragraphs that run on from the foot of the left column to the head of the right."""
    import pdfplumber

    info = generated["expected"][WR]
    top, bottom, mid = GEOMETRY["body_top"], GEOMETRY["body_bottom"], GEOMETRY["split_x"]
    opens = re.compile(rf"({LABEL_RE[WR]} |Recommendation \d+: |• )")
    headings = {e["section"] for e in info["paragraphs"]} | {c.rsplit(" ", 1)[0] for c in info["contents_lines"]}
    runs_on = 0
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 8
        assert max(w["x1"] for w in pdf.pages[0].extract_words()) > mid + 100  # the title spans the page
        for page in pdf.pages[2:]:
            words = page.within_bbox((0, top, page.width, bottom)).extract_words()
            assert all(w["x1"] < mid or w["x0"] > mid for w in words), page.page_number
            if page.page_number < len(pdf.pages) - 1:  # every page before the last two fills both columns
                assert any(w["x1"] < mid for w in words) and any(w["x0"] > mid for w in words), page.page_number
                right = page.within_bbox((mid, top, page.width, bottom)).extract_text().splitlines()
                runs_on += not opens.match(right[0]) and right[0] not in headings
    assert runs_on >= 3


def test_multilevel_docx_numbers_come_from_word(generated: dict[str, Any]) -> None:
    """The Ravensby SAR's "2.3.1" numbers are Word's automatic multi-level list, linked to Heading 1, Heading 2
    and a paragraph style: counting the styled paragraphs as Word does gives every label (none is typed), the
    foreword and glossary headings are switched off with numId 0, and each paragraph's page is 1 + the
    w:lastRenderedPageBreak marks before its first word."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][RV]
    document = docx.Document(str(generated["dir"] / info["file"]))
    abstract = next(a for a in document.part.numbering_part.element.iter(qn("w:abstractNum"))
                    if any(t.get(qn("w:val")) == "%1.%2.%3" for t in a.iter(qn("w:lvlText"))))
    assert abstract.find(qn("w:multiLevelType")).get(qn("w:val")) == "multilevel"
    levels = {int(lvl.get(qn("w:ilvl"))): (lvl.find(qn("w:lvlText")).get(qn("w:val")),
                                           lvl.find(qn("w:pStyle")).get(qn("w:val")))
              for lvl in abstract.iter(qn("w:lvl"))}
    names = ["Heading 1", "Heading 2", "Numbered Paragraph"]
    assert levels == {i: (".".join(f"%{j + 1}" for j in range(i + 1)), document.styles[n].style_id)
                      for i, n in enumerate(names)}
    level_of = {}
    for i, name in enumerate(names):
        num_pr = document.styles[name].element.pPr.numPr
        assert num_pr is not None and (num_pr.ilvl.val if num_pr.ilvl is not None else 0) == i
        level_of[document.styles[name].style_id] = i
    counters, page, pages, shown, switched_off = [0, 0, 0], 1, {}, set(), 0
    for el in document.element.body.iter(qn("w:p"), qn("w:lastRenderedPageBreak")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
            continue
        ppr = el.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        if style is None or style.get(qn("w:val")) not in level_of:
            continue
        own = ppr.find(qn("w:numPr"))
        if own is not None and own.find(qn("w:numId")).get(qn("w:val")) == "0":
            switched_off += 1
            continue
        level = level_of[style.get(qn("w:val"))]
        counters[level] += 1
        counters[level + 1:] = [0] * (2 - level)
        label = ".".join(map(str, counters[:level + 1]))
        text = "".join(t.text or "" for t in el.iter(qn("w:t")))
        assert own is None and not re.match(r"\d+\.\d", text), text  # the number is Word's, not typed
        if level < 2:
            shown.add(f"{label} {text}")
        else:
            first = next(iter(el.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
            pages[label] = page + (first.tag == qn("w:lastRenderedPageBreak"))
    assert switched_off == 2 and page == info["page_count"] >= 12
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert pages == {e["paragraph"]: e["page"] for e in numbered}
    assert {e["section"] for e in numbered} <= shown
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 2
    recs = [p.text for p in document.paragraphs if p.text.startswith("Recommendation ")]
    assert [r.split(":")[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"] if e not in numbered]
    sdt = document.element.body.find(qn("w:sdt"))
    toc = ["".join("\t" if n.tag == qn("w:tab") else n.text or "" for r in p.iter(qn("w:r"))
                   for n in r if n.tag in (qn("w:t"), qn("w:tab"))) for p in sdt.iter(qn("w:p"))][1:]
    assert toc == info["contents_lines"]
    glossary = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert glossary == info["glossary"]
    assert [p.text for p in document.paragraphs[:6]] == info["front_matter_lines"][:6]


def test_hanging_number_pdf_layout(generated: dict[str, Any]) -> None:
    """The Tollbridge review: every paragraph number hangs in the left margin and is the only thing there, in
    reading order (the summary's "1.", "2." ... then "1.1", "1.2" ...), while headings, paragraphs,
    recommendations and the glossary all start at one indent to its right."""
    import pdfplumber

    info = generated["expected"][TB]
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    printed = [x if "." in x else f"{x}." for x in numbered]
    hanging, at_indent, heads = [], 0, set()
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 10
        for page in pdf.pages[2:]:
            words = [w for w in page.extract_words(keep_blank_chars=False)
                     if MARGIN["body_top"] < w["top"] < MARGIN["body_bottom"]]
            for w in words:
                if w["x0"] < MARGIN["text_x"] - 1:
                    assert abs(w["x0"] - MARGIN["label_x"]) < 1, (page.page_number, w["text"])
                    hanging.append(w["text"])
                else:
                    at_indent += abs(w["x0"] - MARGIN["text_x"]) < 1
            heads |= {ln["text"] for ln in page.extract_text_lines() if abs(ln["x0"] - MARGIN["text_x"]) < 1}
    assert hanging == printed and printed[0] == "1." and "1.1" in printed
    assert at_indent > len(printed)
    sections = {e["section"] for e in info["paragraphs"]}
    assert sections <= heads and any(h.startswith("Recommendation 1: ") for h in heads)


def test_council_page_numbers_its_paragraphs_with_ordered_lists(generated: dict[str, Any]) -> None:
    """The Larkfield review: its numbered paragraphs are the items of ordered lists, with no number in the text;
    each heading breaks the list and the next one carries on with start="N"; a factor list's bullets are a
    list inside its item; breadcrumbs are an ordered list too, outside the review."""
    from bs4 import BeautifulSoup

    info = generated["expected"][LF]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    body = soup.find("div", class_="field--name-body")
    lists = body.find_all("ol", recursive=False)
    numbers, items = [], []
    for ol in lists:
        assert ol.find_previous_sibling().name in ("h2", "h3")
        start = int(ol.get("start", 1))
        lis = ol.find_all("li", recursive=False)
        numbers += [str(n) for n in range(start, start + len(lis))]
        items += lis
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert numbers == [e["paragraph"] for e in numbered]
    assert lists[0].get("start") is None and all(ol.get("start") for ol in lists[1:]) and len(lists) >= 15
    for li, e in zip(items, numbered, strict=True):
        own = _norm(li.find(string=True, recursive=False))
        assert own.startswith(e["starts_with"]) and not re.match(r"\d", own), e["paragraph"]
    assert sum(li.find("ul") is not None for li in items) >= 3
    recs = [p.get_text() for p in body.find_all("p") if p.strong and p.strong.get_text().startswith("Rec")]
    assert [r.split(":")[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"] if e not in numbered]
    dl = body.find("dl")
    assert [[dt.get_text(), dd.get_text()] for dt, dd in zip(dl.find_all("dt"), dl.find_all("dd"), strict=True)] \
        == info["glossary"]
    assert soup.find("nav", class_="breadcrumbs").find("ol") is not None
    page_text = soup.get_text()
    assert FICTION_LABEL in page_text and all(line in page_text for line in RUNNING_LINES)
    assert info["running_header_lines"] == RUNNING_LINES
    assert [a.get_text() for a in soup.select("nav.page-contents a")] == info["contents_lines"]


def test_practice_review_pdf_numbers_paragraphs_in_square_brackets(generated: dict[str, Any]) -> None:
    """The Cwmderw review: every paragraph opens with its running number in square brackets, run in at the text's
    left edge ("[12] The ..."), in reading order; chapter headings are numbered "1 Title" at the same edge, nothing
    hangs to the left of it, and the running header carries the title and the review's reference on one line."""
    import pdfplumber

    info = generated["expected"][CW]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    seen, heads = [], set()
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 8
        for page in pdf.pages[2:]:
            words = [w for w in page.extract_words() if PRACTICE["body_top"] < w["top"] < PRACTICE["body_bottom"]]
            assert all(w["x0"] > PRACTICE["text_x"] - 1 for w in words), page.page_number
            for w in words:
                if re.fullmatch(r"\[\d+\]", w["text"]):
                    assert abs(w["x0"] - PRACTICE["text_x"]) < 1, (page.page_number, w["text"])
                    seen.append(w["text"])
            heads |= {ln["text"] for ln in page.extract_text_lines() if abs(ln["x0"] - PRACTICE["text_x"]) < 1}
            header = page.extract_text().splitlines()[0]
            title, reference = info["running_header_lines"][:2]
            assert header.startswith(title) and header.endswith(reference)
    assert seen == [e["printed_label"] for e in numbered] == [f"[{i}]" for i in range(1, len(numbered) + 1)]
    assert {e["section"] for e in info["paragraphs"]} <= heads
    assert any(re.match(r"\d ", c) for c in info["contents_lines"]) and "Preface" in info["contents_lines"][0]


def test_html_publication_types_numbers_in_paragraphs_and_keeps_footnotes_apart(generated: dict[str, Any]) -> None:
    """The Marlbrook review: an HTML publication whose contents list is an <ol> of anchor links, chapter headings
    "3. Findings", paragraph numbers "3.1" typed at the start of each <p>, footnote markers "[footnote N]" inside
    the text and the notes themselves an <ol> at the end, recommendations in call-to-action boxes and a glossary
    table in an annex."""
    from bs4 import BeautifulSoup

    info = generated["expected"][MB]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    contents = soup.find("nav", class_="gem-c-contents-list").find("ol")
    links = contents.find_all("a")
    assert [a.get_text() for a in links] == info["contents_lines"]
    body = soup.find("div", class_="govuk-govspeak")
    notes = body.find("div", class_="footnotes").extract()
    h2s = body.find_all("h2")
    assert [h.get_text() for h in h2s] == info["contents_lines"]
    assert [f"#{h['id']}" for h in h2s] == [a["href"] for a in links]
    assert sum(bool(re.match(r"\d+\. ", h.get_text())) for h in h2s) >= 5
    markers = [sup.extract() for sup in body.find_all("sup")]
    assert [m.get_text() for m in markers] == [f"[footnote {n}]" for n in range(1, len(markers) + 1)]
    assert len(markers) == len(info["footnotes"]) >= 3
    assert [li.get_text().removesuffix(" ↩") for li in notes.find_all("li")] == info["footnotes"]
    assert [li["id"] for li in notes.find_all("li")] == [m.a["href"][1:] for m in markers]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    found = [re.match(rf"({LABEL_RE[MB]}) (.*)", _norm(p.get_text())) for p in body.find_all("p")]
    found = [m for m in found if m]
    assert [m.group(1) for m in found] == [e["paragraph"] for e in numbered]
    for m, e in zip(found, numbered, strict=True):
        assert m.group(2).startswith(e["starts_with"]) and _norm(_text_of(MB, e)).startswith(m.group(2)), e
    recs = [d.get_text() for d in body.find_all("div", class_="call-to-action")]
    assert [r.split(":")[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"] if e not in numbered]
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in body.find("table").find_all("tr")][1:]
    assert rows == info["glossary"]
    page_text = soup.get_text()
    assert FICTION_LABEL in page_text and all(line in page_text for line in GOVUK_LINES)
    assert info["running_header_lines"] == GOVUK_LINES


def test_table_row_docx_puts_each_number_in_a_borderless_cell(generated: dict[str, Any]) -> None:
    """The Penhallow SAR: every numbered paragraph is a row of a borderless two-column table, the plain number
    ("12") in the left cell and the text (and a factor list's bullets) in the right; each table follows a heading,
    which stands outside it; a paragraph's page is 1 + the w:lastRenderedPageBreak marks before its number."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][PN]
    document = docx.Document(str(generated["dir"] / info["file"]))
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    *tables, glossary = document.tables
    assert len(tables) >= 12
    heading_ids = {document.styles[n].style_id for n in ("Heading 1", "Heading 2")}
    for table in tables:
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert borders is not None and {b.get(qn("w:val")) for b in borders} == {"nil"}
        before = table._tbl.getprevious()
        assert before.tag == qn("w:p") and before.pPr.pStyle.val in heading_ids
    page, pages, rows, bulleted = 1, {}, [], 0
    for el in document.element.body.iter(qn("w:tr"), qn("w:lastRenderedPageBreak")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
            continue
        if el.getparent() is glossary._tbl:
            continue
        number, text = el.iter(qn("w:tc"))
        label = "".join(t.text or "" for t in number.iter(qn("w:t")))
        first = next(iter(number.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
        pages[label] = page + (first.tag == qn("w:lastRenderedPageBreak"))
        paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in text.iter(qn("w:p"))]
        bulleted += len(paras) > 1
        rows.append((label, paras[0]))
        assert el.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    assert [label for label, _ in rows] == [e["paragraph"] for e in numbered]
    assert [label for label, _ in rows] == [str(i) for i in range(1, len(rows) + 1)]
    for (_, text), e in zip(rows, numbered, strict=True):
        assert text.startswith(e["starts_with"]) and not re.match(r"\d", text), e["paragraph"]
    assert pages == {e["paragraph"]: e["page"] for e in numbered}
    assert bulleted >= 2 and 8 <= page == info["page_count"] <= 14
    recs = [p.text for p in document.paragraphs if p.text.startswith("Recommendation ")]
    assert [r.split(":")[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"] if e not in numbered]
    sdt = document.element.body.find(qn("w:sdt"))
    toc = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in sdt.iter(qn("w:p"))][1:]
    assert toc == [line.replace("\t", "") for line in info["contents_lines"]]
    assert [[c.text for c in row.cells] for row in glossary.rows] == info["glossary"]
    assert [p.text for p in document.paragraphs[:6]] == info["front_matter_lines"][:6]
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]


def test_landscape_review_sets_numbers_flush_right_in_the_right_margin(generated: dict[str, Any]) -> None:
    """The Brantwick thematic review: landscape pages; every paragraph number ("3.4") is set flush right in the
    right margin, the only thing there, on the line of its paragraph's first words, in reading order; headings,
    paragraphs and recommendations start at one left edge; each key finding sits in a shaded box."""
    import pdfplumber

    info = generated["expected"][BT]
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    seen, heads, boxes = [], set(), 0
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert 8 <= len(pdf.pages) == info["page_count"] <= 14
        for page in pdf.pages[2:]:
            assert page.width > page.height
            words = [w for w in page.extract_words() if THEMATIC["body_top"] < w["top"] < THEMATIC["body_bottom"]]
            assert all(w["x0"] > THEMATIC["text_x"] - 1 for w in words), page.page_number
            for w in words:
                if w["x1"] > THEMATIC["text_right"] + 1:
                    assert abs(w["x1"] - THEMATIC["number_right"]) < 1, (page.page_number, w["text"])
                    assert any(abs(v["top"] - w["top"]) < 1 and abs(v["x0"] - THEMATIC["text_x"]) < 1 for v in words)
                    seen.append(w["text"])
            heads |= {ln["text"] for ln in page.extract_text_lines() if abs(ln["x0"] - THEMATIC["text_x"]) < 1}
            boxes += sum(r["non_stroking_color"] not in (None, (0,), [0]) and r["width"] > 300 for r in page.rects)
    assert seen == numbered and numbered[0] == "1.1"
    assert {e["section"] for e in info["paragraphs"]} <= heads
    assert any(h.startswith("Recommendation 1: ") for h in heads)
    key = [e for e in info["paragraphs"] if e["starts_with"].startswith("Key finding:")]
    assert boxes >= len(key) >= 6


def test_chapters_review_prints_roman_chapters_and_lettered_sub_paragraphs(generated: dict[str, Any]) -> None:
    """The Hollinsway CSPR: chapter headings "Chapter III: ..." in roman numerals over paragraphs numbered "3.1",
    "3.2" ... in arabic, run in at the left edge, in order; every factor-list bullet is a lettered sub-paragraph on
    its own line, "(a)" hanging at its own indent and the text further in, and the letters are never labels."""
    import pdfplumber

    info = generated["expected"][HW]
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    blocks = [b for r in load_reports() if r["id"] == HW for b in build_blocks(r)]
    letters_expected = sum(len(b.bullets) for b in blocks if b.kind == "factor")
    seen, letters, chapters = [], [], []
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert 8 <= len(pdf.pages) == info["page_count"] <= 14
        for page in pdf.pages[2:]:
            assert page.height > page.width
            for ln in page.extract_text_lines():
                if not CHAPTERS["body_top"] < ln["top"] < CHAPTERS["body_bottom"]:
                    continue
                first = ln["text"].split()[0]
                if re.fullmatch(r"\d+\.\d+", first):
                    assert abs(ln["x0"] - CHAPTERS["text_x"]) < 1, ln["text"]
                    seen.append(first)
                elif re.fullmatch(r"\([a-g]\)", first):
                    assert abs(ln["x0"] - CHAPTERS["letter_x"]) < 1, ln["text"]
                    letters.append(first)
                elif first == "Chapter":
                    chapters.append(ln["text"])
    assert seen == numbered and numbered[0] == "1.1"
    assert len(letters) == letters_expected >= 8 and letters[:2] == ["(a)", "(b)"]
    sections = [e["section"] for e in info["paragraphs"] if e["section"].startswith("Chapter ")]
    assert set(sections) <= set(chapters)
    assert chapters == [re.sub(r" \.{3,} \d+$", "", c) for c in info["contents_lines"] if c.startswith("Chapter ")]
    for n, heading in enumerate(chapters, start=1):
        assert heading.startswith(f"Chapter {roman(n)}: ")
    assert chapters[-1].endswith("Recommendations") and roman(8) == "VIII" and roman(14) == "XIV"
    assert not any("(a)" in e["paragraph"] for e in info["paragraphs"])


def test_word_web_page_types_numbers_with_nbsp_and_tab(generated: dict[str, Any]) -> None:
    """The Fernleigh SAR, as Word's "Save as Web Page" writes it: windows-1252, MsoNormal paragraphs whose typed
    number "12." is followed by non-breaking spaces and a Word tab, Symbol-font bullets in list paragraphs, a Word
    table of contents and no running matter."""
    from bs4 import BeautifulSoup

    info = generated["expected"][FN]
    raw = (generated["dir"] / info["file"]).read_bytes()
    assert info["file"].endswith(".htm") and b"charset=windows-1252" in raw and b"Word.Document" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    soup = BeautifulSoup(raw.decode("cp1252"), "html.parser")
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    typed = []
    for p in soup.find_all("p", class_="MsoNormal"):
        m = re.match(r"(\d+)\.\xa0\xa0", p.get_text())
        if m:
            assert p.find("span", style=re.compile("mso-tab-count")), m.group(1)
            typed.append(m.group(1))
    assert typed == numbered
    bullets = soup.find_all("p", class_=re.compile(r"^MsoListParagraphCxSp"))
    blocks = [b for r in load_reports() if r["id"] == FN for b in build_blocks(r)]
    assert len(bullets) == sum(len(b.bullets) for b in blocks if b.kind == "factor") >= 8
    assert all(b.get_text().startswith("\u00b7\xa0") for b in bullets)
    toc = [" ".join(a.find(string=True, recursive=False).split()) for a in soup.select("p.MsoToc1 a, p.MsoToc2 a")]
    assert toc == info["contents_lines"]
    assert info["running_header_lines"] == [] and soup.find("div", class_="WordSection1")
    assert [h.get_text() for h in soup.find_all(["h1", "h2"])] == info["contents_lines"]
    rows = [[" ".join(td.get_text().split()) for td in tr.find_all("td")] for tr in soup.find_all("tr")]
    assert rows == info["glossary"]


def test_findings_table_pdf_sets_each_finding_in_a_ruled_row(generated: dict[str, Any]) -> None:
    """The Carrowdene CSPR, written in Word and exported to PDF: numbered paragraphs "3.12" with the number hanging
    at the left margin and the text at the indent after it; the findings a table ruled on every side whose header
    row "Finding | What we found | What needs to change" is repeated on every page the table runs on, one row per
    finding with "Finding N" on the first line of the left cell. Read cell by cell, the rows give each finding's
    text (finding, what was found, what needs to change); a row that runs over a page carries on in the first row
    under the repeated header, and the page on which "Finding N" is printed is the finding's page."""
    import pdfplumber

    info = generated["expected"][CD]
    entries = {e["paragraph"]: e for e in info["paragraphs"]}
    texts = {b.label: b for r in load_reports() if r["id"] == CD for b in build_blocks(r)}
    numbered = [e["paragraph"] for e in info["paragraphs"] if re.fullmatch(r"\d+\.\d+", e["paragraph"])]
    seen, rows, table_pages = [], [], []
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert 8 <= len(pdf.pages) == info["page_count"] <= 14
        for page in pdf.pages[2:]:
            tables = [t for t in page.find_tables() if len(t.extract()[0]) == 3]
            boxes = [t.bbox for t in tables]
            words = [w for w in page.extract_words() if FINDTABLE["body_top"] < w["top"] < FINDTABLE["body_bottom"]
                     and not any(b[1] - 1 <= w["top"] <= b[3] + 1 for b in boxes)]
            for n, w in enumerate(words):
                if re.fullmatch(r"\d+\.\d+", w["text"]) and abs(w["x0"] - FINDTABLE["label_x"]) < 1:
                    assert abs(words[n + 1]["x0"] - FINDTABLE["text_x"]) < 1, w["text"]  # the number hangs
                    seen.append(w["text"])
            for table in tables:
                cells = table.extract()
                assert cells[0] == HEADER_ROW, page.page_number  # the header row repeats on every page
                table_pages.append(page.page_number)
                xs = sorted({round(c[0]) for c in table.cells} | {round(c[2]) for c in table.cells})
                assert all(abs(a - b) < 1.5 for a, b in zip(xs, FINDTABLE["col_x"], strict=True)), xs
                for row in cells[1:]:
                    row = [" ".join((c or "").split()) for c in row]
                    m = re.match(r"(Finding \d+) (.*)", row[0])
                    if m:
                        rows.append([m.group(1), page.page_number, page.page_number, [m.group(2), row[1], row[2]]])
                    else:  # the rest of a row that did not fit at the foot of the page before
                        assert rows and rows[-1][2] == page.page_number - 1, row
                        rows[-1][2] = page.page_number
                        rows[-1][3] = [f"{a} {b}".strip() for a, b in zip(rows[-1][3], row, strict=True)]
    assert seen == numbered and len(table_pages) >= 2
    findings = [e["paragraph"] for e in info["paragraphs"] if e["paragraph"].startswith("Finding ")]
    assert [r[0] for r in rows] == findings and len(findings) >= 6
    for label, first, last, cells in rows:
        block = texts[label]
        assert cells == [block.text, *block.bullets], label
        assert entries[label]["page"] == first and entries[label]["split_across_pages"] == (last > first), label
        assert entries[label]["section"] == "5 Findings"
    assert sum(r[2] > r[1] for r in rows) >= 1
    assert info["findings_header"] == HEADER_ROW


def test_libreoffice_docx_types_numbers_and_keeps_footnotes_apart(generated: dict[str, Any]) -> None:
    """The Pellingford SAR as LibreOffice saves a .docx: its own styles and no Word page marks; each number typed
    "12)" and a tab at the start of a "Text Body" paragraph; bullets from a LibreOffice list (OpenSymbol "•"); pages
    that follow page breaks of two kinds (a ``w:br`` run, and ``w:pageBreakBefore`` set on the heading paragraph
    itself, not in its style); footnote references after their anchor texts, the notes in footnotes.xml and never in
    the body; a table-of-contents field whose entries are hyperlinks to the headings' bookmarks."""
    import zipfile

    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    info = generated["expected"][PF]
    path = generated["dir"] / info["file"]
    with zipfile.ZipFile(path) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
        raw = z.read("word/document.xml").decode("utf-8")
        notes_xml = etree.fromstring(z.read("word/footnotes.xml"))
        styles_xml = z.read("word/styles.xml").decode("utf-8")
    assert f"<Application>{APPLICATION}</Application>" in app and APPLICATION.startswith("LibreOffice/")
    assert "lastRenderedPageBreak" not in raw and "w:rsid" not in raw and "pageBreakBefore" not in styles_xml
    assert 'w:styleId="TextBody"' in styles_xml and 'w:styleId="Contents1"' in styles_xml
    document = docx.Document(str(path))
    assert document.paragraphs[0].style.name == "Title" and "(fictional)" in document.paragraphs[0].text
    assert [p.text for p in document.paragraphs[:6]] == info["front_matter_lines"][:6]
    assert document.sections[0].different_first_page_header_footer
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]
    body = document.element.body
    page, pages, kinds, bullets, headings = 1, {}, Counter(), 0, []
    for el in body.iter(qn("w:p")):
        ppr = el.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")).get(qn("w:val")) if ppr is not None and ppr.find(qn("w:pStyle")) \
            is not None else ""
        if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
            assert style == "Heading1"
            page, kinds["before"] = page + 1, kinds["before"] + 1
        text = ""
        for run in el.iter(qn("w:r")):
            for node in run:
                if node.tag == qn("w:br") and node.get(qn("w:type")) == "page":
                    assert not text  # a typed break opens its paragraph
                    page, kinds["run"] = page + 1, kinds["run"] + 1
                text += "\t" if node.tag == qn("w:tab") else (node.text or "") if node.tag == qn("w:t") else ""
        m = re.match(r"(\d+)\)\t|(Recommendation \d+):", text)
        if m:
            assert style == "TextBody", text[:20]
            pages[m.group(1) or m.group(2)] = page
        if style.startswith("Heading"):
            assert not re.match(r"\d+(\.\d+)*\.?\s", text), text  # headings are not numbered
            headings.append(text)
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num is not None:
            assert style == "TextBody" and num.find(qn("w:numId")).get(qn("w:val")) == BULLET_NUM_ID
            bullets += 1
    assert pages == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert page == info["page_count"] >= 10 and kinds["before"] >= 8 and kinds["run"] >= 2
    blocks = [b for r in load_reports() if r["id"] == PF for b in build_blocks(r)]
    assert bullets == sum(len(b.bullets) for b in blocks if b.kind == "factor") >= 12
    lvl = next(document.part.numbering_part.element.iter(qn("w:lvl")))
    assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == "\u2022"
    assert lvl.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:ascii")) == "OpenSymbol"
    # footnotes: references in order, each right after its anchor; the notes only in footnotes.xml
    anchors = [n["after"] for r in load_reports() if r["id"] == PF for n in r["footnotes"]]
    refs = []
    for el in body.iter(qn("w:p")):
        before = ""
        for run in el.iter(qn("w:r")):
            ref = run.find(qn("w:footnoteReference"))
            if ref is not None:
                refs.append(int(ref.get(qn("w:id"))))
                assert before.endswith(anchors[len(refs) - 1]), before[-40:]
                assert run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val")) == "FootnoteAnchor"
            before += "".join(t.text or "" for t in run.iter(qn("w:t")))
    assert refs == list(range(2, 2 + len(info["footnotes"]))) and len(refs) >= 10
    notes = {int(n.get(qn("w:id"))): "".join(t.text or "" for t in n.iter(qn("w:t"))).strip()
             for n in notes_xml.iter(qn("w:footnote"))}
    assert [notes[i] for i in refs] == info["footnotes"] and notes[0] == notes[1] == ""
    flat = " ".join("".join(t.text or "" for t in body.iter(qn("w:t"))).split())
    assert not any(note[:60] in flat for note in info["footnotes"])
    # contents: a field in a content control, entries linked to bookmarks on the headings
    sdt = body.find(qn("w:sdt"))
    toc, links = [], set()
    for p in sdt.iter(qn("w:p")):
        if p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")).startswith("Contents") and \
                p.find(qn("w:hyperlink")) is not None:
            links.add(p.find(qn("w:hyperlink")).get(qn("w:anchor")))
            toc.append("".join("\t" if n.tag == qn("w:tab") else n.text or "" for r in p.iter(qn("w:r"))
                               for n in r if n.tag in (qn("w:t"), qn("w:tab"))))
    assert toc == info["contents_lines"] and [c.split("\t")[0] for c in toc] == headings
    assert links == {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    glossary = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert glossary == info["glossary"]
    assert all(e["page"] is not None and not e["split_across_pages"] for e in info["paragraphs"])


def test_markdown_page_types_numbers_at_the_start_of_wrapped_paragraphs(generated: dict[str, Any]) -> None:
    """The Quillbrook SAR as a Markdown page of a partnership's repository site: YAML front matter, "# Title",
    a contents list of anchor links, chapters "## 3. Findings" and subheadings "### ..."; each paragraph a block of
    hard-wrapped lines whose first opens with its number "3.2 " and whose others never open like a list item or a
    heading; a factor list's bullets "- " items (continued with a two-space indent); recommendations
    "**Recommendation N:** ..."; the glossary a pipe table; no pages."""
    info = generated["expected"][QB]
    path = generated["dir"] / info["file"]
    assert path.suffix == ".md" and info["format"] == "md" and info["page_count"] is None
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\nlayout: review\n") and text.count("\n---\n") == 2
    blocks = {b.label: b for r in load_reports() if r["id"] == QB for b in build_blocks(r) if b.label}
    chunks = [c for c in text.split("\n\n") if c.strip()]
    chapters = [c[3:] for c in chunks if c.startswith("## ") and c != "## Contents"]
    assert chapters == info["contents_lines"] and all(re.match(r"\d+\. ", c) for c in chapters[2:])
    links = re.findall(r"^- \[(.+?)\]\(#([\w-]+)\)$", text, flags=re.M)
    assert [t for t, _ in links] == info["contents_lines"]
    seen, bullets = [], 0
    for chunk in chunks:
        lines = chunk.split("\n")
        if lines[0].startswith(("|", "#", "---", "_", "- [", "**FICTIONAL")) or len(lines) == 1:
            continue  # table, heading, front matter, site line, contents, title page lines
        assert all(len(line) <= WRAP for line in lines), lines[0][:30]
        assert not any(re.match(r"(\d+[.)]|\d+\.\d+|[-*+#>|])", line.strip()) for line in lines[1:]
                       if not line.startswith("- ")), lines[0][:30]
        m = re.match(r"(\d+\.\d+) (\S.*)", chunk, flags=re.S)
        r = re.match(r"\*\*(Recommendation \d+):\*\* (.*)", chunk, flags=re.S)
        if m:
            seen.append(m.group(1))
            assert " ".join(m.group(2).split()) == blocks[m.group(1)].text, m.group(1)
        elif r:
            seen.append(r.group(1))
            assert " ".join(r.group(2).split()) == blocks[r.group(1)].text
        elif lines[0].startswith("- ") and not lines[0].startswith("- ["):
            items = re.split(r"\n(?=- )", chunk)
            label = seen[-1]
            assert [" ".join(i[2:].split()) for i in items] == list(blocks[label].bullets), label
            assert all(line.startswith(("- ", "  ")) for line in lines)
            bullets += len(items)
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert bullets == sum(len(b.bullets) for b in blocks.values()) >= 12
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", text, flags=re.M)
    assert [list(row) for row in rows[2:]] == info["glossary"] and rows[0] == ("Abbreviation", "Meaning")
    assert info["running_header_lines"] == [MD_FOOTER] and text.rstrip().endswith(f"_{MD_FOOTER}_")
    assert all(e["page"] is None and e["section"] for e in info["paragraphs"])


def test_section_per_paragraph_html_hides_a_heading_in_each(generated: dict[str, Any]) -> None:
    """The Tarrowby CSPR as an accessible web page: every numbered paragraph a <section id="p-3-2"> holding a
    visually hidden <h3> "Paragraph 3.2", a <p> that opens with <span class="pnum">3.2</span>, any bullets, and a
    "#" self-link; recommendations <section id="rec-N">; chapters <h2> "3. Findings" in chapter sections; the
    hidden headings are not the review's headings and are listed in no contents."""
    import lxml.html

    info = generated["expected"][TW]
    page = lxml.html.fromstring((generated["dir"] / info["file"]).read_bytes())
    blocks = {b.label: b for r in load_reports() if r["id"] == TW for b in build_blocks(r) if b.label}
    seen = []
    for sec in page.xpath('//section[@class="para"]'):
        h3 = sec.find("h3")
        assert h3.get("class") == "visually-hidden" and sec.get("aria-labelledby") == h3.get("id")
        label = h3.text_content().removeprefix("Paragraph ")
        seen.append(label)
        if label.startswith("Recommendation"):
            assert sec.get("id") == "rec-" + label.split()[1]
            body = sec.find("p").text_content().removeprefix(f"{label}: ")
        else:
            assert sec.get("id") == "p-" + label.replace(".", "-")
            assert sec.find("p/span").get("class") == "pnum" and sec.find("p/span").text == label
            body = sec.find("p").text_content().removeprefix(f"{label} ")
        assert body == blocks[label].text, label
        assert [li.text_content() for li in sec.findall("ul/li")] == list(blocks[label].bullets), label
        assert sec.findall("a")[-1].text == "#" and sec.findall("a")[-1].get("href") == "#" + sec.get("id")
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert [h.text_content() for h in page.xpath("//section[@class='chapter']/h2")] == info["contents_lines"]
    assert [a.text_content() for a in page.xpath("//nav[@class='on-this-page']//a")] == info["contents_lines"]
    assert sum(len(b.bullets) for b in blocks.values()) >= 12
    rows = [[td.text_content() for td in tr.findall("td")] for tr in page.xpath("//table[@class='glossary']//tr")]
    assert rows[1:] == info["glossary"]
    assert info["running_header_lines"] == SECTIONS_LINES
    assert all(e["page"] is None for e in info["paragraphs"])


def test_browser_printed_pdf_repeats_the_browsers_header_and_footer_on_every_page(generated: dict[str, Any],
                                                                                     pdf_pages: dict) -> None:
    """The Ossington review, a web page saved to PDF from a browser's print dialog: every page, the first too, opens
    with the browser's line (the date and time of printing at the left, the page's title centred) and closes with
    its footer (the page's address at the left, "3/17" at the right), both outside the page's own margins; the
    paragraphs "12. The ..." typed run in at one left edge, the headings unnumbered, bullets "•", a contents page of
    bare headings (no page numbers) and the PDF's producer a browser's."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][OS]
    path = generated["dir"] / info["file"]
    printed, title, footer = info["running_header_lines"]
    total = info["page_count"]
    assert footer.endswith(f" N/{total}") and footer.startswith("https://")
    meta = PdfReader(path).metadata
    assert meta.creator == CHROME and meta.producer.startswith("Skia/PDF") and meta.title == title
    typed = []
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == total >= 8
        for number, page in enumerate(pdf.pages, start=1):
            lines = page.extract_text().splitlines()
            assert lines[0] == f"{printed} {title}" and lines[-1] == footer.replace("N/", f"{number}/")
            words = page.extract_words()
            head = [w for w in words if w["top"] < BROWSER["header_top"] + 4]
            foot = [w for w in words if w["top"] > BROWSER["footer_top"] - 4]
            assert head[0]["text"] == printed.split()[0] and foot[-1]["text"] == f"{number}/{total}"
            assert head[0]["x0"] < BROWSER["text_x"] - 10 and foot[0]["x0"] < BROWSER["text_x"] - 10
            mid = (page.width - (head[-1]["x1"] - head[2]["x0"])) / 2
            assert abs(head[2]["x0"] - mid) < 2  # the title is centred
            for line in lines[1:-1]:
                m = re.match(r"(\d+)\. \S", line)
                if m and number > 2:
                    typed.append(m.group(1))
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert [t for t in typed if t in numbered] == numbered
    heads = [b.text for r in load_reports() if r["id"] == OS for b in build_blocks(r) if b.kind == "heading"]
    assert not any(re.match(r"\d", h) for h in heads) and {"Key events", "Analysis", "Findings"} <= set(heads)
    assert info["contents_lines"] == [h for h in heads if h in info["contents_lines"]]
    assert len(info["contents_lines"]) >= 8
    assert pdf_pages[OS][1].splitlines()[1] == "Contents"
    body = "\n".join(pdf_pages[OS][2:])
    assert body.count("\u2022 ") == sum(len(b.bullets) for r in load_reports() if r["id"] == OS
                                        for b in build_blocks(r)) >= 12
    assert re.search(r"(^|\n)Recommendation 1: ", body) and "Term Meaning" in body


def test_google_docs_export_numbers_paragraphs_by_a_two_level_list(generated: dict[str, Any]) -> None:
    """The Wexcombe CSPR as Google Docs exports a web page: one line of HTML with generated classes; the paragraph
    numbers only in a two-level Google list (level 0 the chapter headings, level 1 the paragraphs), broken by every
    subheading and bulleted list and carried on with start="N"; each paragraph's text in span runs, some words split
    between two runs; bullets a second list; a contents block of links; footnote references "[1]" and comment anchors
    "[a]" whose notes follow at the end and are no text of the review."""
    import lxml.html

    info = generated["expected"][WX]
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    assert "\n" not in raw and raw.startswith("<html><head>") and f".{NUM_LIST}-1>li:before" in raw
    page = lxml.html.fromstring(raw)
    blocks = {b.label: b for r in load_reports() if r["id"] == WX for b in build_blocks(r) if b.label}
    body = page.find("body")
    assert body.get("class") == "c21 doc-content"
    chapter, seen, lists, splits, bullets, heads = 0, [], 0, 0, 0, []
    for el in body:
        cls = (el.get("class") or "").split()
        if el.tag == "ol" and f"{NUM_LIST}-0" in cls:
            assert int(el.get("start")) == chapter + 1 and ("start" in cls) == (chapter == 0)
            chapter = int(el.get("start"))
            h2 = el.find("li/h2")
            assert h2.get("style") == "display:inline" and h2.get("id").startswith("h.")
            heads.append(f"{chapter}. {h2.text_content()}")
            after_chapter = True
        elif el.tag == "ol" and f"{NUM_LIST}-1" in cls:
            lists += 1
            k = int(el.get("start"))
            assert ("start" in cls) == after_chapter and (k == 1) == after_chapter
            after_chapter = False
            for n, li in enumerate(el.findall("li"), start=k):
                assert li.get("class") == "c2 li-bullet-0" and all(c.tag in ("span", "sup") for c in li)
                runs = [sp.text or "" for sp in li.findall("span")]  # the note markers are <sup>s between runs
                splits += any(a[-1:].isalpha() and b[:1].isalpha() for a, b in itertools.pairwise(runs))
                label = f"{chapter}.{n}"
                seen.append(label)
                assert "".join(runs) == blocks[label].text, label
                assert not re.match(r"\d", runs[0])  # the number is the list's, not the text's
        elif el.tag == "ul":
            assert f"{BULLET_LIST}-0" in cls
            items = [li.text_content() for li in el.findall("li")]
            assert items == list(blocks[seen[-1]].bullets)
            bullets += len(items)
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert seen == numbered and lists >= 15 and splits >= 5 and bullets >= 12
    assert {e["section"] for e in info["paragraphs"]} <= set(heads) | {h.text_content() for h in body.iter("h3")}
    recs = [p.text_content() for p in body.findall("p") if p.text_content().startswith("Recommendation ")]
    assert [r.split(":")[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"]
                                               if e["paragraph"] not in numbered]
    toc = [a for a in body.iter("a") if (a.get("href") or "").startswith("#h.")]
    assert [a.text_content() for a in toc] == info["contents_lines"]
    ids = {h.get("id") for h in body.iter("h2", "h3")}
    assert all(a.get("href")[1:] in ids for a in toc)
    refs = [a.text_content() for a in body.iter("a") if (a.get("id") or "").startswith("ftnt_ref")]
    assert refs == [f"[{n}]" for n in range(1, len(info["footnotes"]) + 1)]  # in reading order, the comments' too
    refs = [a.text_content() for a in body.iter("a") if (a.get("id") or "").startswith("cmnt_ref")]
    assert refs == [f"[{c}]" for c in "abcdefghij"[:len(info["comments"])]]
    notes = [a.getparent().text_content() for a in body.iter("a") if re.fullmatch(r"ftnt\d+", a.get("id") or "")]
    assert [n.split("\xa0", 1)[1] for n in notes] == info["footnotes"] and len(notes) >= 3
    comments = [a.getparent().text_content() for a in body.iter("a") if re.fullmatch(r"cmnt\d+", a.get("id") or "")]
    assert [c.split("]", 1)[1] for c in comments] == info["comments"] and len(comments) >= 2
    rows = [[td.text_content() for td in tr.findall("td")] for tr in body.iter("tr")]
    assert rows[0] == ["Abbreviation", "Meaning"] and rows[1:] == info["glossary"]
    assert body[0].tag == "div" and body[0].text_content() == info["running_header_lines"][0]
    assert all(e["page"] is None for e in info["paragraphs"])


def test_writer_pdf_sets_paragraph_labels_on_their_own_lines_and_notes_at_the_foot(generated: dict[str, Any],
                                                                                   pdf_pages: dict) -> None:
    """The Kelsham SAR as LibreOffice Writer exports it: each "Paragraph 12" label in bold on a line of its own, the
    paragraph's text opening the next line; footnote numbers raised after their anchor text, and the notes in small
    type at the foot of the page where their marker is printed, below the body and above the footer "page N"."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][KS]
    path = generated["dir"] / info["file"]
    meta = PdfReader(path).metadata
    assert meta.creator == CREATOR and meta.producer == PRODUCER
    labels = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            lines = page.extract_text().splitlines()
            labels += [(ln, number) for ln in lines if re.fullmatch(r"Paragraph \d+", ln)]
            small = [c for c in page.chars if c["size"] < WRITER["note_size"] + 0.5]
            body = [c for c in page.chars if c["size"] > 11 and c["top"] > 80]
            notes = [n for n, p in enumerate(info["footnote_pages"], start=1) if p == number]
            if notes:
                foot = [c for c in small if c["top"] > WRITER["body_bottom"]]
                raised = [c for c in page.chars if c["size"] < 11 and 80 < c["top"] < WRITER["body_bottom"]]
                text = re.sub(r"\s+", " ", page.within_bbox((0, WRITER["body_bottom"], page.width,
                                                               WRITER["footer_top"] - 2)).extract_text())
                for n in notes:
                    assert info["footnotes"][n - 1][:40] in text and str(n) in "".join(c["text"] for c in raised)
                assert foot and all(c["top"] > max(b["bottom"] for b in body) for c in foot)
            else:
                assert not [c for c in small if c["top"] > WRITER["body_bottom"]], number
            if number > 1:
                assert lines[-1] == f"page {number}" and lines[0] == info["running_header_lines"][0]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert [(f"Paragraph {e['paragraph']}", e["page"]) for e in numbered] == labels
    assert len(info["footnotes"]) == len(info["footnote_pages"]) >= 5
    assert info["footnote_pages"] == sorted(info["footnote_pages"])
    text = "\n".join(pdf_pages[KS][2:])
    assert re.search(r"(^|\n)Recommendation 1: ", text) and "Term Meaning" in text
    assert info["page_count"] >= 12 and len(info["contents_lines"]) >= 8


def test_cms_page_numbers_paragraphs_in_anchor_links_inside_accordion_panels(generated: dict[str, Any]) -> None:
    """The Dunmarsh CSPR as a council CMS page: the foreword a lead block, each chapter a <details> panel whose
    <summary> holds "3 What happened", three-level numbers ONLY in the anchor link opening each <p id="para-3-1-2">,
    factor bullets a <ul> after the lead-in, "Key learning" <aside> boxes between paragraphs (no paragraph's text),
    and the site's furniture around the article."""
    from bs4 import BeautifulSoup

    info = generated["expected"][DM]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    blocks = {b.label: b for r in load_reports() if r["id"] == DM for b in build_blocks(r) if b.label}
    article = soup.find("article")
    panels = article.select("details.accordion__item")
    assert [p.summary.get_text() for p in panels] == info["contents_lines"][1:]
    assert article.select_one("div.field--name-field-lead h2").get_text() == info["contents_lines"][0]
    seen = []
    for p in article.select("p.numbered"):
        a = p.find("a", class_="para-number")
        assert p.get("id") == "para-" + a.get_text().replace(".", "-") and a.get("href") == f"#{p['id']}"
        assert p.contents[0] is a and p.get_text() == f"{a.get_text()} {blocks[a.get_text()].text}"
        assert p.find_parent("details") is not None
        seen.append(a.get_text())
        nxt = p.find_next_sibling()
        if blocks[a.get_text()].bullets:
            assert nxt.name == "ul" and [li.get_text() for li in nxt.find_all("li")] == list(blocks[seen[-1]].bullets)
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert seen == numbered
    asides = [a.find("p").get_text() for a in article.select("aside.key-learning")]
    assert asides == info["sidebars"] and len(asides) >= 3
    assert all(a.find_previous_sibling().name in ("p", "ul") for a in article.select("aside.key-learning"))
    recs = [p.get_text() for p in article.select("p.recommendation")]
    assert [r.split(":")[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"] if e["paragraph"] not in
                                               numbered]
    glossary = article.select_one("dl.glossary")
    assert list(zip([d.get_text() for d in glossary.find_all("dt")], [d.get_text() for d in glossary.find_all("dd")],
                    strict=True)) == [tuple(r) for r in info["glossary"]]
    page = soup.get_text()
    assert all(line in page for line in CMS_LINES) and info["running_header_lines"] == CMS_LINES
    assert all(e["page"] is None for e in info["paragraphs"])


def test_design_studio_pdf_hangs_numbers_in_a_coloured_gutter_beside_a_band(generated: dict[str, Any],
                                                                            pdf_pages: dict) -> None:
    """The Brindlecombe SAR as a design studio sets it: each number in small teal bold type in the left gutter, on the
    baseline of its paragraph's first line; a teal band down the outer edge of every page after the cover; every
    chapter opening a new page under a kicker "SECTION N"; "Learning point" boxes that are no paragraph; and footers
    "12 | title" at the left of even pages and "title | 13" at the right of odd ones."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][BC]
    path = generated["dir"] / info["file"]
    meta = PdfReader(path).metadata
    assert meta.creator == AGENCY_CREATOR and meta.producer == AGENCY_PRODUCER
    gutter = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            bands = [r for r in page.rects if r["width"] < AGENCY["band_w"] + 1 and r["height"] > page.height - 1]
            if number == 1:
                assert not bands
                continue
            assert len(bands) == 1 and (bands[0]["x0"] < 1) == (number % 2 == 0), number
            lines = page.extract_text().splitlines()
            assert lines[-1] == agency_footer(number, generated["expected"][BC]["running_header_lines"][1][:-4])
            words = page.extract_words(extra_attrs=["size", "non_stroking_color"])
            for w in words:
                if w["x0"] < AGENCY["text_x"] - 2 and w["top"] < AGENCY["footer_y"] - 20 and number > 2:
                    assert abs(w["size"] - AGENCY["label_size"]) < 0.1 and re.fullmatch(r"\d+", w["text"]), w
                    body = [v for v in words
                            if abs(v["bottom"] - w["bottom"]) < 1.5 and v["x0"] >= AGENCY["text_x"] - 1]
                    assert body and abs(body[0]["size"] - 10) < 0.1, (number, w["text"])
                    gutter.append((w["text"], number, body[0]["text"]))
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert [(g[0], g[1]) for g in gutter] == [(e["paragraph"], e["page"]) for e in numbered]
    assert all(g[2] == e["starts_with"].split()[0] for g, e in zip(gutter, numbered, strict=True))
    text = "\n".join(pdf_pages[BC][2:])
    kickers = re.findall(r"(?m)^SECTION (\d+)\n(.+)$", text)
    assert [int(k) for k, _ in kickers] == list(range(1, len(kickers) + 1)) and len(kickers) >= 5
    assert all(f"{h} " in " ".join(info["contents_lines"]) for _, h in kickers)
    boxes = re.findall(r"(?m)^Learning point$", text)
    assert len(boxes) == len(info["sidebars"]) >= 3
    flat = _norm(text)
    assert all(_norm(s)[:60] in flat for s in info["sidebars"])
    assert re.search(r"(^|\n)Recommendation 1\nThe ", text) and "Term Meaning" in text
    assert TEAL.startswith("#") and info["page_count"] >= 12 and len(info["contents_lines"]) >= 7


def test_wordpress_page_sets_each_number_in_the_left_cell_of_a_table_row(generated: dict[str, Any]) -> None:
    """The Otterhythe CSPR as a WordPress "accessible version" page: each chapter an <h2> "3 What happened" with the
    table-of-contents plugin's anchor span, its paragraphs the rows of one two-column table, the number "3.2" alone in
    the left cell and the text (with a factor list's <ul>) in the right, subheadings rows whose one cell spans both
    columns, the recommendations a table with "Recommendation N" in the left cell, and WordPress furniture around."""
    from bs4 import BeautifulSoup

    info = generated["expected"][OT]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"].startswith("WordPress")
    blocks = {b.label: b for r in load_reports() if r["id"] == OT for b in build_blocks(r) if b.label}
    content = soup.select_one("article div.entry-content")
    h2 = [h.get_text() for h in content.find_all("h2")]
    assert h2 == info["contents_lines"]
    assert [a.get_text() for a in content.select("#ez-toc-container a")] == h2
    assert all(h.span["id"] == toc_id(h.get_text()) for h in content.find_all("h2"))
    seen, spans = [], 0
    for table in content.select("figure.numbered-paras table"):
        assert table.find("thead") is None
        for tr in table.find_all("tr", recursive=False) or table.tbody.find_all("tr", recursive=False):
            cells = tr.find_all("td", recursive=False)
            if len(cells) == 1:
                assert cells[0]["colspan"] == "2" and cells[0].strong is not None
                spans += 1
                continue
            label, body = cells[0].get_text(), cells[1]
            b = blocks[label]
            if b.bullets:
                assert body.p.get_text() == b.text and [li.get_text() for li in body.find_all("li")] == list(b.bullets)
            else:
                assert body.get_text() == b.text
            seen.append(label)
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert seen == numbered and spans >= 10
    recs = content.select_one("figure.recommendations table")
    assert tuple(th.get_text() for th in recs.thead.find_all("th")) == REC_HEAD
    assert [tr.td.get_text() for tr in recs.tbody.find_all("tr")] == [e["paragraph"] for e in info["paragraphs"]
                                                                      if e["paragraph"] not in numbered]
    glossary = content.select_one("figure.glossary table")
    assert tuple(th.get_text() for th in glossary.thead.find_all("th")) == GLOSSARY_HEAD
    assert [tuple(td.get_text() for td in tr.find_all("td")) for tr in glossary.tbody.find_all("tr")] == \
        [tuple(r) for r in info["glossary"]]
    page = soup.get_text()
    assert all(line in page for line in WP_LINES) and info["running_header_lines"] == WP_LINES
    assert all(e["page"] is None for e in info["paragraphs"])


def test_lettered_docx_numbers_chapters_and_paragraphs_by_word_letters(generated: dict[str, Any]) -> None:
    """The Stannerby SAR's "B.12" numbers are Word's automatic numbering: one multi-level list whose first level is
    upperLetter "%1" linked to Heading 1 and whose second is "%1.%2" linked to a paragraph style. Counting the styled
    paragraphs as Word does, the letters restarting the numbers, gives every label (none typed); the foreword and
    glossary headings are switched off with numId 0; a paragraph's page is 1 + the w:lastRenderedPageBreak marks
    before its first word."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][ST]
    document = docx.Document(str(generated["dir"] / info["file"]))
    abstract = next(a for a in document.part.numbering_part.element.iter(qn("w:abstractNum"))
                    if any(f.get(qn("w:val")) == "upperLetter" for f in a.iter(qn("w:numFmt"))))
    assert abstract.find(qn("w:multiLevelType")).get(qn("w:val")) == "multilevel"
    levels = {int(lvl.get(qn("w:ilvl"))): (lvl.find(qn("w:numFmt")).get(qn("w:val")),
                                           lvl.find(qn("w:lvlText")).get(qn("w:val")),
                                           lvl.find(qn("w:pStyle")).get(qn("w:val")))
              for lvl in abstract.iter(qn("w:lvl"))}
    names = ["Heading 1", "Numbered Paragraph"]
    assert levels == {i: (*LEVELS[i], document.styles[n].style_id) for i, n in enumerate(names)}
    assert LEVELS == (("upperLetter", "%1"), ("decimal", "%1.%2"))
    level_of = {document.styles[n].style_id: i for i, n in enumerate(names)}
    letter, k, page, pages, shown, switched_off = 0, 0, 1, {}, set(), 0
    for el in document.element.body.iter(qn("w:p"), qn("w:lastRenderedPageBreak")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
            continue
        ppr = el.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        if style is None or style.get(qn("w:val")) not in level_of:
            continue
        own = ppr.find(qn("w:numPr"))
        if own is not None and own.find(qn("w:numId")).get(qn("w:val")) == "0":
            switched_off += 1
            continue
        text = "".join(t.text or "" for t in el.iter(qn("w:t")))
        assert own is None and not re.match(r"[A-Z]\.\d", text), text  # the number is Word's, not typed
        if level_of[style.get(qn("w:val"))] == 0:
            letter, k = letter + 1, 0
            shown.add(f"{chr(64 + letter)} {text}")
        else:
            k += 1
            first = next(iter(el.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
            pages[f"{chr(64 + letter)}.{k}"] = page + (first.tag == qn("w:lastRenderedPageBreak"))
    assert switched_off == 2 and page == info["page_count"] >= 12 and letter >= 7
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert pages == {e["paragraph"]: e["page"] for e in numbered}
    chapters = {e["section"] for e in numbered if split_letter(e["section"])[0]}
    assert chapters and chapters <= shown
    assert {"A.1", "B.1", "D.6", "E.14"} <= set(pages)
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 2
    recs = [p.text for p in document.paragraphs if p.text.startswith("Recommendation ")]
    assert [r.split(":")[0] for r in recs] == [e["paragraph"] for e in info["paragraphs"] if e not in numbered]
    assert {e["section"] for e in info["paragraphs"] if e not in numbered} == {f"{chr(64 + letter)} Recommendations"}
    sdt = document.element.body.find(qn("w:sdt"))
    toc = ["".join("\t" if n.tag == qn("w:tab") else n.text or "" for r in p.iter(qn("w:r"))
                   for n in r if n.tag in (qn("w:t"), qn("w:tab"))) for p in sdt.iter(qn("w:p"))][1:]
    assert toc == info["contents_lines"] and "B\tAbout this review\t5" in toc
    glossary = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert tuple(glossary[0]) == LETTERS_GLOSSARY_HEAD and glossary[1:] == info["glossary"]
    assert [p.text for p in document.paragraphs[:6]] == info["front_matter_lines"][:6]
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]


def test_dms_export_puts_each_number_in_a_span_beside_the_text(generated: dict[str, Any]) -> None:
    """The Thornacre CSPR as a document management system exports it: each numbered paragraph a div.para whose number
    is only in span.num beside div.ptext; bullets div.bullet rows inside the paragraph; footnote markers superscript
    links after their anchor text to an "Endnotes" list (never part of the text); recommendations div.para.rec; the
    document-control table, contents, banner and footer around."""
    from bs4 import BeautifulSoup

    info = generated["expected"][TH]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == DMS_PRODUCT
    blocks = {b.label: b for r in load_reports() if r["id"] == TH for b in build_blocks(r) if b.label}
    doc = soup.select_one("div.dms-document")
    assert [h.get_text() for h in doc.select("h2.dms-h1")] == info["contents_lines"]
    assert [a.get_text() for a in doc.select("div.dms-toc a")] == info["contents_lines"]
    seen, markers = [], []
    for div in doc.select("div.para"):
        if "unnumbered" in div["class"]:
            assert div.find("span", class_="num") is None
            continue
        label = div.find("span", class_="num", recursive=False).get_text()
        b = blocks[label]
        body = div.find("div", class_="ptext")
        for sup in body.find_all("sup", class_="fnref"):
            markers.append(sup.a["href"])
            sup.decompose()
        assert body.p.get_text() == b.text
        assert [s.find_all("span")[1].get_text() for s in body.select("div.bullet")] == list(b.bullets)
        assert ("rec" in div["class"]) == label.startswith("Recommendation")
        seen.append(label)
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    notes = [li.get_text().removesuffix(BACK).strip() for li in doc.select("div.dms-endnotes ol li")]
    assert notes == info["footnotes"] and len(notes) >= 5
    assert markers == [f"#en-{n}" for n in range(1, len(notes) + 1)]
    glossary = doc.select_one("table.glossary")
    assert tuple(th.get_text() for th in glossary.thead.find_all("th")) == DMS_GLOSSARY_HEAD
    assert [[td.get_text() for td in tr.find_all("td")] for tr in glossary.tbody.find_all("tr")] == info["glossary"]
    page = soup.get_text()
    assert all(line in page for line in DMS_LINES) and info["running_header_lines"] == DMS_LINES
    assert [p.get_text() for p in doc.select("p.dms-titlepage")] == info["front_matter_lines"][1:]
    assert all(e["page"] is None for e in info["paragraphs"])


def test_tracked_docx_reads_with_every_change_accepted(generated: dict[str, Any]) -> None:
    """The Fallowmere CSPR as its business unit left it: tracked insertions (w:ins) and deletions (w:del/w:delText),
    one whole paragraph deleted and the typed numbers after it changed by tracked changes, one paragraph inserted
    whole, and reviewers' comments with their ranges and a comments part. Read with every change accepted (inserted
    text in, deleted text out), the typed numbers and the text are the review's; a paragraph's page is 1 + the
    w:lastRenderedPageBreak marks before its first word."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][FM]
    document = docx.Document(str(generated["dir"] / info["file"]))
    body = document.element.body
    blocks = {b.label: b for r in load_reports() if r["id"] == FM for b in build_blocks(r) if b.label}
    ins, dels = list(body.iter(qn("w:ins"))), list(body.iter(qn("w:del")))
    assert len([e for e in ins if e.find(qn("w:r")) is not None]) >= 8 and len(dels) >= 8
    assert {e.get(qn("w:author")) for e in ins + dels} == set(AUTHORS)
    deleted_paragraphs = [p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}")
                          is not None]
    inserted_paragraphs = [p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:ins')}")
                           is not None]
    assert len(deleted_paragraphs) == 1 and len(inserted_paragraphs) == 1
    assert all(p.find(qn("w:r")) is None and not list(p.iter(qn("w:t"))) for p in deleted_paragraphs)

    def accepted(p: Any) -> str:  # w:t is read wherever it is (inserted or not); w:delText and deleted tabs never
        return "".join("\t" if n.tag == qn("w:tab") else n.text or "" for n in p.iter(qn("w:t"), qn("w:tab"))
                       if n.getparent().getparent().tag != qn("w:del"))

    page, pages, seen, renumbered = 1, {}, [], 0
    for el in body.iter(qn("w:p"), qn("w:lastRenderedPageBreak")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
            continue
        if el in deleted_paragraphs:
            continue
        text = accepted(el)
        m = re.match(r"(\d+\.\d+)\t(.*)|(Recommendation \d+): (.*)", text, re.S)
        if not m or el.getparent().tag == qn("w:tc"):
            continue
        label, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        assert rest == blocks[label].text, label
        first = next(iter(el.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
        pages[label] = page + (first.tag == qn("w:lastRenderedPageBreak"))
        seen.append(label)
        old = [t.text for t in el.iter(qn("w:delText"))]
        if old and re.fullmatch(r"\d+\.\d+", old[0]):  # "<del>3.3</del><ins>3.2</ins>"
            renumbered += 1
            sec, k = label.split(".")
            assert old[0] == f"{sec}.{int(k) + 1}"
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert pages == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert renumbered >= 2 and page == info["page_count"] >= 12
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 1
    deleted = " ".join(t.text for t in body.iter(qn("w:delText")))
    assert all(_norm(d) in _norm(deleted) for d in info["deleted_text"]) and len(info["deleted_text"]) >= 6
    review = " ".join(_text_of(FM, e) for e in info["paragraphs"])
    assert all(_norm(d) not in review for d in info["deleted_text"] if len(d.split()) >= 3)
    # python-docx's paragraph.text skips runs inside w:ins: the inserted words are only there when changes are accepted
    assert any(accepted(p._p).split("\t")[-1] != p.text.split("\t")[-1] for p in document.paragraphs)
    notes = [c.text for c in document.comments]
    assert notes == info["comments"] and len(notes) >= 4
    starts = [e.get(qn("w:id")) for e in body.iter(qn("w:commentRangeStart"))]
    assert starts == [e.get(qn("w:id")) for e in body.iter(qn("w:commentReference"))] == [
        str(c.comment_id) for c in document.comments]
    assert all(_norm(n) not in review for n in notes)
    glossary = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert tuple(glossary[0]) == TRACKED_GLOSSARY_HEAD and glossary[1:] == info["glossary"]
    sdt = body.find(qn("w:sdt"))
    toc = ["".join("\t" if n.tag == qn("w:tab") else n.text or "" for r in p.iter(qn("w:r"))
                   for n in r if n.tag in (qn("w:t"), qn("w:tab"))) for p in sdt.iter(qn("w:p"))][1:]
    assert toc == info["contents_lines"]
    assert [p.text for p in document.paragraphs[:6]] == info["front_matter_lines"][:6]
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]


def test_landscape_two_column_pdf_with_protective_marking(generated: dict[str, Any]) -> None:
    """The Brackwater SAR in landscape A4, two columns per body page, "OFFICIAL-SENSITIVE" at the head and foot of
    every page after the title page (and on the title page itself), "Page N of M" at the foot; each number "14." hangs
    at the start of its paragraph in the left or the right column."""
    import pdfplumber

    info = generated["expected"][BW]
    top, bottom, mid = MARKING["body_top"], MARKING["body_bottom"], MARKING["split_x"]
    numbers = {e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")}
    where: dict[str, set[str]] = {"left": set(), "right": set()}
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 8
        assert all(p.width > p.height for p in pdf.pages)
        first = pdf.pages[0].extract_text().splitlines()
        assert first[0] == PROTECTIVE and info["running_header_lines"][0] not in "\n".join(first)
        for number, page in enumerate(pdf.pages[1:], start=2):
            lines = page.extract_text().splitlines()
            assert lines[0] == PROTECTIVE and lines[-1] == f"{PROTECTIVE} Page {number} of {info['page_count']}"
            if number <= 2:
                continue
            for side, box in (("left", (0, top, mid, bottom)), ("right", (mid, top, page.width, bottom))):
                words = page.within_bbox(box).extract_words(extra_attrs=["fontname"])
                for w in words:
                    if re.fullmatch(r"\d+\.", w["text"]) and w["text"][:-1] in numbers:
                        assert w["fontname"].endswith("Bold")
                        assert w["x0"] - box[0] < 80  # at the column's left edge, not inside a line
                        where[side].add(w["text"][:-1])
    assert where["left"] | where["right"] == numbers and where["left"] and where["right"]
    assert info["running_header_lines"] == [info["running_header_lines"][0], PROTECTIVE,
                                            f"{PROTECTIVE} Page N of {info['page_count']}"]


def test_typescript_pdf_is_typed_on_a_fixed_pitch(generated: dict[str, Any]) -> None:
    """The Sedgeholm Part 8 review, typed and scanned: every character in Courier on one fixed pitch (each line a
    fraction of a point out of true), two spaces typed after a sentence, "12." at the margin and the text at a tab stop
    beside it, headings UNDERLINED by a rule and never bold, "- N -" centred at the foot, and a scan's off-white page
    with specks of dirt."""
    import pdfplumber

    info = generated["expected"][SG]
    t = TYPESCRIPT
    left, pitch, tab = t["left"], t["pitch"], t["tab"]
    labels = {e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")}
    headings = [b.text for r in load_reports() if r["id"] == SG for b in build_blocks(r) if b.kind == "heading"]
    seen: set[str] = set()
    underlined: set[str] = set()
    doubled = 0
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 12
        for number, page in enumerate(pdf.pages, start=1):
            assert {c["fontname"] for c in page.chars} == {"Courier"}
            paper = page.rects[0]
            assert paper["width"] == pytest.approx(page.width) and paper["non_stroking_color"] != (1, 1, 1)
            assert len(page.curves) >= 30  # specks and punched holes
            for line in page.extract_text_lines():
                chars = [c for c in line["chars"] if c["text"].strip()]
                base = chars[0]["x0"]
                assert all(abs((c["x0"] - base) / pitch - round((c["x0"] - base) / pitch)) < 0.01 for c in chars)
                assert abs((base - left) / pitch - round((base - left) / pitch)) < 0.15  # out of true by < 1 pt
                raw = "".join(c["text"] for c in page.chars if abs(c["top"] - line["top"]) < 1)  # spaces too
                doubled += ".  " in raw
                words = line["text"].split()
                if number > 2 and re.fullmatch(r"\d+\.", words[0]) and words[0][:-1] in labels \
                        and abs(base - left) < 1:
                    second = next(c for c in chars[len(words[0]):] if c["text"].strip())
                    assert second["x0"] - base == pytest.approx(tab * pitch, abs=0.01)
                    seen.add(words[0][:-1])
                if line["text"] in headings or line["text"] == "Contents":
                    rule = [e for e in page.lines if abs(e["top"] - line["bottom"]) < 4]
                    assert rule and rule[0]["x0"] == pytest.approx(line["x0"], abs=0.01), line["text"]
                    assert rule[0]["x1"] == pytest.approx(line["x1"], abs=0.01)
                    underlined.add(line["text"])
            if number > 1:
                foot = page.extract_text_lines()[-1]
                assert foot["text"] == TYPED_FOOTER.replace("N", str(number))
                assert (foot["x0"] + foot["x1"]) / 2 == pytest.approx(left + t["columns"] * pitch / 2, abs=pitch)
    assert seen == labels and underlined == {*headings, "Contents"}
    assert doubled >= 20  # a sentence's two spaces are typed; a reader sees one
    assert info["running_header_lines"] == [info["running_header_lines"][0], TYPED_FOOTER]
    assert info["hyphenated_words"] and not info["broken_compounds"]


def test_rich_text_export_ends_every_line_with_a_soft_break(generated: dict[str, Any]) -> None:
    """The Wyvernhurst review as a case system exported it and Word saved it: no heading styles (bold Normal
    paragraphs), every line of a paragraph ended by a soft line break (w:br without a type) at the export's width, an
    empty paragraph after each one, typed "4.12" and a tab, a factor list one paragraph whose bullets follow soft
    breaks; a paragraph's page is 1 + the w:lastRenderedPageBreak marks before its first word, and a mark may follow a
    soft break inside a paragraph."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][WY]
    document = docx.Document(str(generated["dir"] / info["file"]))
    body = document.element.body
    blocks = build_blocks(next(r for r in load_reports() if r["id"] == WY))
    labelled = {b.label: b for b in blocks if b.label}
    headings = {b.text: b.level for b in blocks if b.kind == "heading"}
    assert {p.style.name for p in document.paragraphs} == {"Normal"}
    width, plain = SOFTBREAKS["width"], SOFTBREAKS["plain"]

    def read(p: Any) -> str:
        out = []
        for n in p.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
            if n.tag == qn("w:br"):
                out.append("" if n.get(qn("w:type")) == "page" else "\n")
            else:
                out.append("\t" if n.tag == qn("w:tab") else n.text or "")
        return "".join(out)

    page, pages, seen, blanks, inside, styled = 1, {}, [], 0, 0, set()
    for el in body.iter(qn("w:p"), qn("w:lastRenderedPageBreak")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
            prev = el.getprevious()  # a soft break just before the mark: the page began inside a paragraph
            inside += prev is not None and prev.tag == qn("w:br") and prev.get(qn("w:type")) is None
            continue
        if el.getparent().tag == qn("w:tc"):
            continue
        text = read(el)
        if not text:
            blanks += 1
            continue
        if text in headings:
            rpr = el.find(f"{qn('w:r')}/{qn('w:rPr')}")
            assert rpr.find(qn("w:b")) is not None and (rpr.find(qn("w:i")) is not None) == (headings[text] == 2)
            assert el.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
            styled.add(text)
            continue
        m = re.match(r"(\d+\.\d+)\t(.*)|(Recommendation \d+): (.*)", text, re.S)
        if not m:
            continue
        label, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        lines = rest.split("\n")
        lead = [x for x in itertools.takewhile(lambda x: not x.startswith("\u2022\t"), lines)]
        bullets: list[list[str]] = []
        for x in lines[len(lead):]:
            if x.startswith("\u2022\t"):
                bullets.append([x[2:]])
            else:
                assert x.startswith("\t")
                bullets[-1].append(x[1:])
        block = labelled[label]
        assert " ".join(lead) == block.text and tuple(" ".join(b) for b in bullets) == block.bullets, label
        # "Recommendation N: " shares the first exported line of a recommendation
        limits = [width] * len(lead) if m.group(1) else [plain - len(label) - 2] + [plain] * (len(lead) - 1)
        for group, lim in [(lead, limits)] + [(x, [width - 4] * len(x)) for x in bullets]:
            for (a, b), n in zip(itertools.pairwise(group), lim, strict=False):  # broken only where the next word
                assert len(a) <= n < len(a) + 1 + len(b.split()[0]), (label, a)  # would not fit
            assert len(group[-1]) <= lim[-1], (label, group[-1])
        assert len(lines) == 1 or "\n" in text
        first = next(iter(el.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
        pages[label] = page + (first.tag == qn("w:lastRenderedPageBreak"))
        seen.append(label)
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert pages == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert page == info["page_count"] >= 12 and inside >= 1 and blanks >= len(seen)
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 1
    assert styled == set(headings) - {"Glossary"} | ({"Glossary"} & styled)
    texts = [p.text for p in document.paragraphs]
    at = texts.index("Contents")
    assert [x for x in texts[at + 1:at + 2 + len(info["contents_lines"])] if x] == info["contents_lines"]
    assert [x for x in texts[:12] if x] == info["front_matter_lines"]
    glossary = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert tuple(glossary[0]) == SOFT_GLOSSARY_HEAD and glossary[1:] == info["glossary"]
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]


def test_line_numbered_pdf_numbers_every_body_line_in_the_margin(generated: dict[str, Any]) -> None:
    """The Merebrook SAR as Word saved it with line numbering on: on every body page each line of text (headings and
    bullets too, but not the glossary table, the header or the footer) has a line number on its baseline, set flush
    right in the margin in the text's own font and size, counting 1, 2, 3 ... from the top of the page; the title and
    contents pages have none. "12." stands at the margin with the text at a hanging indent, so that a line read whole
    is "7 12. Stephen ..."."""
    import pdfplumber

    info = generated["expected"][ME]
    t = LINENUMBERS
    left, right_edge = t["left"], t["number_right"]
    labels = {e["paragraph"]: e["page"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")}
    seen: dict[str, int] = {}
    unnumbered_rows = 0
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 10
        assert pdf.metadata["Creator"] == WORD_CREATOR and pdf.metadata["Producer"] == WORD_PRODUCER
        body_font = None
        for number, page in enumerate(pdf.pages, start=1):
            margin = [c for c in page.chars if c["x1"] <= right_edge + 0.5]
            text = [c for c in page.chars if c["x0"] >= left - 0.5 and c["top"] > 60 and c["bottom"] < page.height - 60]
            if number <= 2:
                assert not margin, number
                continue
            by_line: dict[float, list[dict]] = {}
            for c in margin:
                by_line.setdefault(round(c["matrix"][5], 2), []).append(c)
            numbers = [(base, "".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])))
                       for base, cs in sorted(by_line.items(), reverse=True)]
            assert [n for _, n in numbers] == [str(i) for i in range(1, len(numbers) + 1)], number
            assert all(max(c["x1"] for c in cs) == pytest.approx(right_edge, abs=0.01) for cs in by_line.values())
            fonts = {(c["fontname"], round(c["size"], 2)) for c in margin}
            body_font = body_font or {(c["fontname"], round(c["size"], 2)) for c in text if c["x0"] > left + 30}
            assert len(fonts) == 1 and fonts <= body_font, number  # the text's own font and size
            baselines = {round(c["matrix"][5], 2) for c in text}
            numbered = {base for base, _ in numbers}
            assert numbered <= baselines, number
            missing = baselines - numbered  # lines without a number: the glossary table's rows, below its heading
            if missing:
                heading = next(ln for ln in page.extract_text_lines() if ln["text"].endswith(" Glossary"))
                assert all(base < page.height - heading["bottom"] for base in missing), number
                unnumbered_rows += len(missing)
            for line in page.extract_text_lines():
                m = re.match(r"(\d+) (\d+)\. ", line["text"])
                if m and m.group(2) in labels and m.group(2) not in seen:
                    label_chars = [c for c in line["chars"] if c["x0"] >= left - 0.5]
                    assert label_chars[0]["x0"] == pytest.approx(left, abs=0.01)
                    after = label_chars[len(m.group(2)) + 1]
                    assert after["x0"] == pytest.approx(left + t["hang"], abs=0.01), line["text"]
                    seen[m.group(2)] = number
    assert seen == labels  # each paragraph's first line reads: line number, paragraph number, text
    assert unnumbered_rows >= len(info["glossary"])
    assert info["running_header_lines"] == [info["running_header_lines"][0], LINED_FOOTER]
    assert info["hyphenated_words"]


def test_converted_page_sets_every_line_in_a_positioned_div(generated: dict[str, Any]) -> None:
    """The Gorsefield SCR as pdf2htmlEX turned its PDF into HTML: a page div per PDF page (ids and page numbers in
    hexadecimal), every line an absolutely positioned div placed only by CSS classes, no paragraph, heading or list
    element in the review; on each page the header and footer divs come first, then the body lines from the top
    down. Read line by line, each numbered paragraph begins with "3.12" and a gap span at the left margin on the page
    expected.json gives, and its lines rejoined (line-end hyphens resolved) are its text; full lines are justified by
    their own word-spacing classes; the sidebar outline and the contents' link boxes point at the right pages."""
    from bs4 import BeautifulSoup

    info = generated["expected"][GS]
    t = CONVERTED
    report = next(r for r in load_reports() if r["id"] == GS)
    blocks = build_blocks(report)
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == GENERATOR
    css = "".join(style.get_text() for style in soup.find_all("style"))
    place = {m.group(1): float(m.group(2)) for m in re.finditer(r"\.([xy][0-9a-f]+)\{(?:left|bottom):([-\d.]+)px;\}",
                                                                   css)}
    spacing = {m.group(1): float(m.group(2)) for m in re.finditer(r"\.(ws[0-9a-f]+)\{word-spacing:([-\d.]+)px;\}", css)}
    container = soup.find("div", id="page-container")
    assert not container.find_all(["p", "h1", "h2", "h3", "ul", "ol", "li", "table"])
    pages = container.find_all("div", class_="pf", recursive=False)
    assert len(pages) == info["page_count"] >= 10
    assert [(p["id"], p["data-page-no"]) for p in pages] == [(f"pf{n:x}", f"{n:x}") for n in range(1, len(pages) + 1)]

    def cls(div: Any, prefix: str) -> str:
        return next(c for c in div["class"] if re.fullmatch(prefix + r"[0-9a-f]+", c))

    labelled = {b.label: b for b in blocks if b.label}
    headings = {b.text for b in blocks if b.kind == "heading"}
    texts: dict[str, list[str]] = {}
    starts: dict[str, int] = {}
    order: list[str] = []
    current = None
    justified = 0
    last_lines: list[Any] = []
    for number, page in enumerate(pages, start=1):
        lines = page.find_all("div", class_="t")
        if number > 1:
            head, publisher, folio, *lines = lines
            assert head.get_text() == report["running_title"] and publisher.get_text() == report["publisher"]
            assert folio.get_text() == str(number)
            assert place[cls(folio, "y")] == place[cls(publisher, "y")] < place[cls(lines[-1], "y")]
            assert place[cls(head, "y")] > place[cls(lines[0], "y")]
        bottoms = [place[cls(d, "y")] for d in lines]
        assert bottoms == sorted(bottoms, reverse=True), number  # from the top of the page down
        if number < 3:
            continue
        for div in lines:
            text, x = div.get_text(), place[cls(div, "x")]
            justified += spacing[cls(div, "ws")] > 0
            if text in headings:
                assert {"ff2", "ff3"} & set(div["class"]), text
                current = None
                continue
            m = re.fullmatch(r"(\d+\.\d+) (.*)|(Recommendation \d+): (.*)", text)
            if m and x == t["left"] and (m.group(1) or m.group(3)) in labelled:
                current = m.group(1) or m.group(3)
                if m.group(1):
                    gap = div.find("span", class_="_")
                    assert gap is not None and gap.get_text() == " "
                texts[current], starts[current] = [m.group(2) or m.group(4)], number
                order.append(current)
                last_lines.append(div)
            elif current is not None:
                texts[current].append(text)
                last_lines[-1] = div
    assert order == [e["paragraph"] for e in info["paragraphs"]]
    assert starts == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert all(spacing[cls(div, "ws")] == 0 for div in last_lines)  # a paragraph's last line is not stretched
    assert justified > 200

    def rejoin(parts: list[str]) -> str:
        out = parts[0]
        for nxt in parts[1:]:
            m = re.search(r"(\w+)-$", out)
            head = re.match(r"\w+", nxt)
            if m and head and m.group(1) + head.group(0) in info["hyphenated_words"]:
                out = out[:-1] + nxt
            elif m and head and f"{m.group(1)}-{head.group(0)}" in info["broken_compounds"]:
                out += nxt
            else:
                out += " " + nxt
        return out

    for label, parts in texts.items():
        block = labelled[label]
        assert rejoin(parts) == " ".join([block.text, *(f"\u2022 {b}" for b in block.bullets)]), label
    assert info["hyphenated_words"] and sum(e["split_across_pages"] for e in info["paragraphs"]) >= 1
    outline = [(a.get_text(), a["href"]) for a in soup.find("div", id="outline").find_all("a")]
    assert [text for text, _ in outline] == [b.text for b in blocks if b.kind == "heading"]
    for text, href in outline:
        target = soup.find("div", id=href[1:])
        assert text in [d.get_text() for d in target.find_all("div", class_="t")], text
    contents_page = pages[1]
    shown = [d.get_text() for d in contents_page.find_all("div", class_="t")]
    assert [x for x in shown if x in info["contents_lines"]] == info["contents_lines"]
    boxes = [a["href"] for a in contents_page.find_all("a", class_="l")]
    assert boxes == [f"#pf{int(line.rsplit(' ', 1)[1]):x}" for line in info["contents_lines"]]
    assert info["running_header_lines"] == [report["running_title"], f"{report['publisher']} N"]


def test_booklet_pdf_prints_two_printed_pages_on_each_sheet(generated: dict[str, Any]) -> None:
    """The Scarrowby SAR as its board published it: an A5 booklet printed two pages to a landscape A4 sheet, in reading
    order. Nothing crosses the middle of a sheet; each half is a page of its own, with the running title centred at its
    head and its folio centred at its foot (none on the covers), and read half by half each numbered paragraph begins
    "3.12" at the left margin of its printed page, on the sheet expected.json gives as its page and the half whose folio
    is its page_label; full lines are justified; the contents give printed page numbers; the back cover closes the
    last sheet."""
    import pdfplumber

    info = generated["expected"][SB]
    t = BOOKLET
    left, right = t["left"], t["right"]
    labels = [e["paragraph"] for e in info["paragraphs"]]
    found: dict[str, tuple[int, str]] = {}
    headings: dict[str, str] = {}
    justified = 0
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] == len(info["printed_pages"]) >= 8
        assert pdf.metadata["Creator"] == BOOK_CREATOR and pdf.metadata["Producer"] == BOOK_PRODUCER
        for number, page in enumerate(pdf.pages, start=1):
            assert (page.width, page.height) == pytest.approx((SHEET_W, SHEET_H), abs=0.01)  # landscape A4
            assert all(c["x1"] <= HALF_W + 0.01 or c["x0"] >= HALF_W - 0.01 for c in page.chars), number
            folios = []
            for side in (0, 1):
                x0 = side * HALF_W
                half = page.within_bbox((x0, 0, x0 + HALF_W, page.height))
                head = half.within_bbox((x0, 0, x0 + HALF_W, t["body_top"])).extract_text() or ""
                foot = half.within_bbox((x0, t["body_bottom"], x0 + HALF_W, page.height))
                folio = foot.extract_text() or ""
                body = half.within_bbox((x0, t["body_top"], x0 + HALF_W, t["body_bottom"]))
                if folio:
                    folios.append(folio)
                    assert head == info["running_header_lines"][0], (number, side)
                    middle = (min(c["x0"] for c in foot.chars) + max(c["x1"] for c in foot.chars)) / 2
                    assert middle == pytest.approx(x0 + HALF_W / 2, abs=0.5)
                else:
                    assert not head, (number, side)
                for line in body.extract_text_lines():
                    text, x = line["text"], line["x0"] - x0
                    justified += abs(line["x1"] - x0 - right) < 0.3 and len(line["text"]) > 40
                    m = re.match(r"(\d+\.\d+) |(Recommendation \d+):", text)
                    label = m and (m.group(1) or m.group(2))
                    if label in labels and label not in found and x == pytest.approx(left, abs=0.01):
                        found[label] = (number, folio)
                    headings.setdefault(text, folio)
            assert folios == info["printed_pages"][number - 1], number
            if number == 1:
                assert FICTION_LABEL in _norm(page.extract_text()) and not folios
        last = pdf.pages[-1].within_bbox((HALF_W, 0, 2 * HALF_W, pdf.pages[-1].height)).extract_text()
        assert last.splitlines() == info["back_cover_lines"]
    assert found == {e["paragraph"]: (e["page"], e["page_label"]) for e in info["paragraphs"]}
    assert all(int(e["page_label"]) // 2 + int(e["page_label"]) % 2 == e["page"] for e in info["paragraphs"])
    assert {int(e["page_label"]) % 2 for e in info["paragraphs"]} == {0, 1}  # paragraphs on both halves of sheets
    for entry in info["contents_lines"]:
        heading, folio = re.fullmatch(r"(.+?) \.{3,} (\d+)", entry).groups()
        assert headings[heading] == folio, entry
    assert justified > 200 and BLANK not in headings
    assert info["running_header_lines"] == [info["running_header_lines"][0], "N"]


def _fields(p: Any) -> tuple[list[tuple[str, str]], str, bool]:
    """A paragraph's complex fields (instruction, cached result) in order, its text as Word shows it (field results
    in, field codes out, tabs as "\t") and whether its first w:t is a field's result."""
    from docx.oxml.ns import qn

    fields: list[tuple[str, str]] = []
    shown: list[str] = []
    state, instr, result, first = "", "", "", None
    for n in p.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:t"), qn("w:tab")):
        if n.tag == qn("w:fldChar"):
            kind = n.get(qn("w:fldCharType"))
            if kind == "begin":
                state, instr, result = "code", "", ""
            elif kind == "separate":
                state = "result"
            elif state:  # (a field begun in an earlier paragraph, as the contents field is, is not this one's)
                fields.append((instr, result))
                state = ""
        elif n.tag == qn("w:instrText"):
            instr += n.text or ""
        else:
            piece = "\t" if n.tag == qn("w:tab") else n.text or ""
            if n.tag == qn("w:t") and first is None:
                first = state == "result"
            result += piece if state == "result" else ""
            shown.append(piece)
    return fields, "".join(shown), bool(first)


def test_seqfields_docx_numbers_chapters_and_paragraphs_with_word_fields(generated: dict[str, Any]) -> None:
    """The Thistlebury CSPR as its template numbered it: every chapter heading opens with a SEQ Chapter field, every
    numbered paragraph with SEQ Chapter \\c, a typed "." and SEQ Para \\s 1 (restarting after each Heading 1), and each
    recommendation's label holds SEQ Rec; the numbers are in the text only as the fields' cached results, which are
    what Word's own counting gives; cross-references are REF fields whose results are the numbers inside the bookmarks
    they name; a paragraph's page is 1 + the w:lastRenderedPageBreak marks before its first w:t."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][TS]
    document = docx.Document(str(generated["dir"] / info["file"]))
    body = document.element.body
    blocks = build_blocks(next(r for r in load_reports() if r["id"] == TS))
    labelled = {b.label: b for b in blocks if b.label}
    heading1 = document.styles["Heading 1"].style_id
    para_style = document.styles[SEQ_PARA_STYLE].style_id
    counters: Counter[str] = Counter()
    page, pages, seen, refs, seqs = 1, {}, [], [], Counter()
    marked: dict[str, str] = {}
    for el in body.iter(qn("w:p"), qn("w:lastRenderedPageBreak")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
            continue
        ppr = el.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")).get(qn("w:val")) if ppr is not None and ppr.find(qn("w:pStyle")) \
            is not None else ""
        fields, shown, first_is_field = _fields(el)
        if style == heading1:
            counters["Para"] = 0  # SEQ Para \s 1: the sequence restarts after every Heading 1
        for instr, result in fields:
            words = instr.split()
            if words[0] == "SEQ":
                name = words[1]
                if "\\c" not in words:
                    counters[name] += 1
                assert result == str(counters[name]), (instr, result)
                seqs[name] += 1
            elif words[0] == "REF":
                assert words[2] == "\\h"
                refs.append((words[1], result))
        for start in el.iter(qn("w:bookmarkStart")):
            if start.get(qn("w:name")).startswith("_Ref"):
                inside, texts = False, []
                for n in el.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd"), qn("w:t")):
                    if n.tag != qn("w:t"):
                        inside = n.get(qn("w:id")) == start.get(qn("w:id")) and n.tag == qn("w:bookmarkStart")
                    elif inside:
                        texts.append(n.text or "")
                marked[start.get(qn("w:name"))] = "".join(texts)
        if style == heading1 and fields:
            number, title = shown.split("\t")
            assert fields == [(" SEQ Chapter \\* ARABIC ", number)] and first_is_field
            assert f"{number} {title}" in {b.text for b in blocks if b.kind == "heading"}
        m = re.match(r"(\d+\.\d+)\t(.*)|(Recommendation \d+): (.*)", shown, re.S)
        if not m or (m.group(1) and style != para_style):
            continue
        label, text = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if m.group(1):  # "{ SEQ Chapter \c }.{ SEQ Para \s 1 }": no number typed
            assert [f[0] for f in fields[:2]] == [" SEQ Chapter \\c \\* ARABIC ", " SEQ Para \\s 1 \\* ARABIC "]
            assert first_is_field and label == ".".join(f[1] for f in fields[:2])
        else:
            assert fields[0] == (" SEQ Rec \\* ARABIC ", label.split()[-1])
        assert text == labelled[label].text, label
        first = next(iter(el.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
        pages[label] = page + (first.tag == qn("w:lastRenderedPageBreak"))
        seen.append(label)
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert pages == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert page == info["page_count"] >= 12 and sum(e["split_across_pages"] for e in info["paragraphs"]) >= 1
    chapters = sum(b.kind == "heading" and b.text.split(" ")[0].isdigit() for b in blocks)
    recs = sum(x.startswith("Rec") for x in seen)
    assert seqs == {"Chapter": chapters + len(seen) - recs, "Para": len(seen) - recs, "Rec": recs}
    assert refs and all(marked[name] == result for name, result in refs)
    assert sorted((x["paragraph"], tuple(x["refers_to"])) for x in info["cross_references"]) == sorted(
        (lab, tuple(re.findall(r"\d+\.\d+", " ".join(re.findall(r"see paragraphs? [\d. and]+", labelled[lab].text)))))
        for lab in labelled if "see paragraph" in labelled[lab].text)
    numbered = [p for p in document.paragraphs if p.style.name == SEQ_PARA_STYLE]
    assert [p.text.split("\t")[0] for p in numbered] == [x for x in seen if not x.startswith("Rec")]
    tables = document.tables
    glossary = [[c.text for c in row.cells] for row in tables[0].rows]
    assert tuple(glossary[0]) == SEQ_GLOSSARY_HEAD and glossary[1:] == info["glossary"]
    children = list(body)
    foreword = next(p for p in document.paragraphs if p.text.startswith(info["unnumbered_starts_with"][0]))
    assert children.index(tables[0]._tbl) < children.index(foreword._p)  # the glossary at the front
    sdt = body.find(qn("w:sdt"))
    toc = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in sdt.iter(qn("w:p"))][1:]
    assert toc == [line.replace("\t", "") for line in info["contents_lines"]]
    assert [p.text for p in document.paragraphs[:6]] == info["front_matter_lines"]
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]


def test_markup_pdf_prints_the_drafts_changes_and_balloons_beside_a_shrunk_page(generated: dict[str, Any]) -> None:
    """The Craigvellan learning review as it was published by mistake: the draft printed from Word with its markup
    showing. Each A4 sheet holds the document's page shrunk beside a markup pane of balloons ("Commented [AR1]: ...",
    "Formatted: ..."), nothing below it; deleted words are struck through and inserted ones underlined in the reviser's
    colour, a change bar beside each changed line; the deleted paragraph's number and the old numbers after it are
    struck, the new ones underlined beside them, so that a plain extraction reads "3.83.7"; the watermark runs at an
    angle across every page but the first. Read with every change accepted, each numbered paragraph starts "3.12" at
    the left margin, its text at the hanging indent, on the page expected.json gives."""
    import pdfplumber

    info = generated["expected"][CV]
    labels = [e["paragraph"] for e in info["paragraphs"]]
    found: dict[str, int] = {}
    struck, underlined, pane = "", "", []
    level_with_text = 0
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 10
        assert pdf.metadata["Creator"] == pdf.metadata["Producer"] == MARKUP_CREATOR
        for number, page in enumerate(pdf.pages, start=1):
            assert (page.width, page.height) == pytest.approx((595.28, 841.89), abs=0.01)
            assert all(c["bottom"] <= MARKUP["page_bottom"] for c in page.chars), number  # the sheet's foot is empty
            slanted = "".join(c["text"] for c in page.chars if _slanted(c))
            assert slanted == ("" if number == 1 else info["watermark"]), number
            body = [c for c in page.chars if c["x1"] <= MARKUP["pane_x"] and not _slanted(c)]
            assert len(body) + len(slanted) + len(page.crop((MARKUP["pane_x"], 0, page.width, page.height)).chars) \
                == len(page.chars)
            cut, added = _ruled(page, "strike"), _ruled(page, "under")
            struck += "".join(c["text"] for c in cut)
            underlined += "".join(c["text"] for c in added)
            bars = [ln for ln in page.lines if ln["x0"] == ln["x1"] == pytest.approx(MARKUP["bar_x"], abs=0.01)]
            for c in cut + added:  # a change bar stands beside every changed line
                assert any(b["top"] <= c["top"] + 2 and b["bottom"] >= c["bottom"] - 2 for b in bars), (number, c)
            balloons = page.crop((MARKUP["pane_x"], 0, page.width, page.height))
            pane.append(_norm(balloons.extract_text() or ""))
            for line in balloons.extract_text_lines():
                level_with_text += any(abs(c["top"] - line["top"]) < 2 for c in body)
            raw = page.extract_text()
            if number == 5:  # a plain extraction reads struck and new numbers together, and the balloons beside text
                assert re.search(r"(^|\n)3\.83\.7 During", raw) and "Commented [LM2]:" in raw
            for line in _accepted(page).extract_text_lines():
                m = re.match(r"(\d+\.\d+) |(Recommendation \d+):", line["text"])
                label = m and (m.group(1) or m.group(2))
                if label in labels and label not in found and line["x0"] < MARKUP["text_x"] - 5:  # in the margin
                    found[label] = number
                    if m.group(1):
                        words = [w for w in _accepted(page).extract_words() if w["top"] == pytest.approx(
                            line["top"], abs=0.5)]
                        assert words[1]["x0"] >= MARKUP["text_x"] - 0.01, label  # (struck words may come first)
    assert found == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert level_with_text >= 3  # balloons share lines with the text beside them
    rest = struck.replace(" ", "")
    for piece in info["deleted_text"] + [r["was"] for r in info["renumbered"]]:
        assert piece.replace(" ", "") in rest, piece
        rest = rest.replace(piece.replace(" ", ""), "", 1)
    assert rest == info["renumbered"][0]["paragraph"]  # the deleted paragraph's own number, which the next one takes
    whole = [e["paragraph"] for e in info["paragraphs"] if _text_of(CV, e) in info["inserted_text"]]
    rest = underlined.replace(" ", "")
    for piece in info["inserted_text"] + [r["paragraph"] for r in info["renumbered"]]:
        assert piece.replace(" ", "") in rest, piece
        rest = rest.replace(piece.replace(" ", ""), "", 1)
    assert len(whole) == 1 and rest == whole[0]  # the number of the paragraph inserted whole
    notes = " ".join(pane)
    positions = [notes.find(_norm(x)) for x in info["comments"]]
    assert -1 not in positions and positions == sorted(positions) and len(positions) >= 5
    assert all(_norm(x) in notes for x in info["formatting"]) and len(info["formatting"]) >= 2
    assert all(re.fullmatch(r"Commented \[[A-Z]{2}\d+\]: .+", x) for x in info["comments"])
    report = next(r for r in load_reports() if r["id"] == CV)
    assert len(info["deleted_text"]) == len(report["revisions"]["delete"]) + len(report["revisions"]["paragraphs"])
    assert [r["paragraph"] for r in info["renumbered"]] == [f"3.{k}" for k in range(7, 17)]
    accepted = " ".join(_norm(_text_of(CV, e)) for e in info["paragraphs"])
    assert not any(x in accepted for x in info["deleted_text"]) and all(x in accepted for x in info["inserted_text"])


def _typed(p: Any) -> str:
    """How a numbered paragraph's number was typed, read from its runs."""
    from docx.oxml.ns import qn

    runs = [r for r in p.iter(qn("w:r"))]
    first = [n.tag for n in runs[0] if n.tag != qn("w:rPr") and n.tag != qn("w:lastRenderedPageBreak")]
    texts = [r.find(qn("w:t")) for r in runs[:2]]
    if first == [qn("w:tab")]:
        return "leading-tab"
    if first == [qn("w:t"), qn("w:tab")]:
        return "one-run"
    if runs[0].find(f"{qn('w:rPr')}/{qn('w:b')}") is not None:
        return "bold"
    if texts[0] is not None and texts[0].text.endswith("  "):
        return "spaces"
    if texts[0] is not None and texts[1] is not None and not texts[0].text.endswith("."):
        return "split"
    return "run-tab"


def test_controls_docx_holds_every_section_and_many_paragraphs_in_content_controls(generated: dict[str, Any]) -> None:
    """The Daventhorpe SAR as its board's template left it: every chapter in a block-level content control, its heading
    in a locked one, subsections, repeating-section items and single paragraphs in controls nested inside, so that no
    numbered paragraph is a child of the body and python-docx's ``Document.paragraphs`` finds none of them; the numbers
    typed by hand in six ways; the unfilled fields, the empty optional control and the unused last recommendation still
    showing Word's placeholder text, the template's guidance left in; a paragraph's page is 1 + the
    w:lastRenderedPageBreak marks before its first w:t."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][DV]
    document = docx.Document(str(generated["dir"] / info["file"]))
    body = document.element.body
    labelled = {b.label: b for b in build_blocks(next(r for r in load_reports() if r["id"] == DV)) if b.label}
    numbered_style = document.styles[CONTROLS_PARA_STYLE].style_id
    assert not any(re.match(r"\s*\d+\.\s", p.text) for p in document.paragraphs)  # all inside controls

    def text(el: Any) -> str:
        return "".join("\t" if n.tag == qn("w:tab") else n.text or "" for n in el.iter(qn("w:t"), qn("w:tab")))

    def alias(sdt: Any) -> str:
        found = sdt.find(f"{qn('w:sdtPr')}/{qn('w:alias')}")
        return "" if found is None else found.get(qn("w:val"))  # (the contents' control has none)

    page, pages, seen, depths, forms = 1, {}, [], set(), set()
    for el in body.iter(qn("w:p"), qn("w:lastRenderedPageBreak")):
        if el.tag == qn("w:lastRenderedPageBreak"):
            page += 1
            continue
        ppr = el.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")).get(qn("w:val")) if ppr is not None and ppr.find(qn("w:pStyle")) \
            is not None else ""
        shown = text(el)
        m = re.fullmatch(r"\t?(\d+)\.(?:\t|  )(.*)", shown, re.S) if style == numbered_style else \
            re.fullmatch(r"(Recommendation \d+): (.*)", shown, re.S)
        if not m:
            continue
        label, rest = m.groups()
        assert rest == labelled[label].text, label
        first = next(iter(el.iter(qn("w:lastRenderedPageBreak"), qn("w:t"))))
        pages[label] = page + (first.tag == qn("w:lastRenderedPageBreak"))
        seen.append(label)
        controls = list(el.iterancestors(qn("w:sdt")))
        assert controls and alias(controls[-1]).startswith("Section: "), label
        if style == numbered_style:
            depths.add(len(controls))
            forms.add(_typed(el))
        else:
            assert alias(controls[0]) == "Recommendation" and alias(controls[1]) == "Recommendations"
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert pages == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert page == info["page_count"] >= 12 and sum(e["split_across_pages"] for e in info["paragraphs"]) >= 2
    assert depths == {1, 2, 3, 4} and forms == {"run-tab", "one-run", "leading-tab", "split", "spaces", "bold"}
    sdts = list(body.iter(qn("w:sdt")))
    sections = [s for s in sdts if alias(s).startswith("Section: ")]
    assert all(s.getparent() is body and s.find(f"{qn('w:sdtPr')}/{qn('w:lock')}").get(qn("w:val")) == "sdtLocked"
               for s in sections)
    assert [alias(s)[len("Section: "):] for s in sections] == [
        line.split("\t")[0] for line in info["contents_lines"] if not line.startswith(tuple(
            alias(x)[len("Sub-heading: "):] for x in sdts if alias(x).startswith("Sub-heading: ")))]
    showing = [s for s in sdts if s.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None]
    prompts = [r for r in body.iter(qn("w:r")) if r.find(f"{qn('w:rPr')}/{qn('w:rStyle')}") is not None
               and r.find(f"{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val")) == "PlaceholderText"]
    assert [text(r) for r in prompts] == info["placeholders"] == [text(s) for s in showing]
    assert set(info["placeholders"]) <= {p for p, _ in PROMPTS.values()} and len(info["placeholders"]) >= 4
    guidance = [s for s in sdts if alias(s) == "Guidance"]
    assert [text(s) for s in guidance] == info["template_guidance"] and len(guidance) == 2
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) == document.styles[GUIDANCE_STYLE].style_id
               for s in guidance for p in s.iter(qn("w:p")))
    w15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
    repeats = [s for s in sdts if s.find(f"{qn('w:sdtPr')}/{w15}repeatingSection") is not None]
    recs = next(s for s in repeats if alias(s) == "Recommendations")
    items = [s for s in recs.iter(qn("w:sdt")) if s.find(f"{qn('w:sdtPr')}/{w15}repeatingSectionItem") is not None]
    assert [text(s) for s in items[:-1]] == [f"{x}: {labelled[x].text}" for x in seen if x.startswith("Rec")]
    assert text(items[-1]) == PROMPTS["text"][0]  # the template's last slot, never filled in
    cover = next(s for s in sdts if alias(s) == "Cover page")
    assert [text(p) for p in cover.iter(qn("w:p"))] == info["front_matter_lines"] + info["cover_field_lines"]
    kinds = [next(iter(s.find(qn("w:sdtPr")))).tag for s in cover.iter(qn("w:sdt"))]
    assert {qn("w:text"), qn("w:date"), qn("w:dropDownList")} <= {
        n.tag for s in cover.iter(qn("w:sdt")) for n in s.find(qn("w:sdtPr"))} and kinds
    table = next(s for s in sdts if alias(s) == "Glossary table").find(f"{qn('w:sdtContent')}/{qn('w:tbl')}")
    assert [[text(c) for c in row.iter(qn("w:tc"))] for row in table.iter(qn("w:tr"))] == info["glossary"]
    toc = next(s for s in sdts if s.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}") is not None)
    assert [text(p).replace("\t", "") for p in toc.iter(qn("w:p"))][1:] == [
        line.replace("\t", "") for line in info["contents_lines"]]
    assert sum(1 for _ in body.iter(qn("w:proofErr"))) >= 4
    assert document.sections[0].header.paragraphs[0].text == info["running_header_lines"][0]
    footer = document.sections[0].footer.paragraphs[0]._p
    assert text(footer) == re.sub(r"\bN$", "1", info["running_header_lines"][1])  # the PAGE field's cached "1"
    assert info["running_header_lines"][1].endswith("\tPage N") and footer.find(qn("w:fldSimple")) is not None


# ------------------------------------------------------------------------------ expected.json
def test_magazine_pdf_threads_one_and_two_columns_under_full_bleed_openers(generated: dict[str, Any],
                                                                           pdf_pages: dict) -> None:
    """The Corvenhall CSPR as a design agency set it: a full-bleed cover, every chapter opening under a full-bleed plum
    panel with its heading in white, the chapters listed under two_column set in two threaded columns and the others in
    one, each paragraph's number in plum bold hanging in a tinted margin strip at the left of its column, and pull
    quotes (the review's own words again, in large italic type between rules) standing inside the paragraphs they
    interrupt, which go on beneath them without a number."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][CR]
    path = generated["dir"] / info["file"]
    meta = PdfReader(path).metadata
    assert (meta.creator, meta.producer) == (MAGAZINE_CREATOR, MAGAZINE_PRODUCER)
    report = next(r for r in load_reports() if r["id"] == CR)
    blocks = build_blocks(report)
    plum = tuple(int(PLUM[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def colour(c: dict[str, Any]) -> tuple[float, ...]:
        return tuple(round(v, 3) for v in (c["non_stroking_color"] or ()))

    openers = {int(line.rsplit(" ", 1)[1]) for line in info["contents_lines"]}
    two = set(info["two_column_pages"])
    chapters = [(int(line.rsplit(" ", 1)[1]), line.rsplit(" ", 1)[0]) for line in info["contents_lines"]]
    listed = {" ".join(h.split()) for h in report["outputs"][0]["two_column"]}
    expected_two = set()
    for (start, heading), (end, _next) in itertools.pairwise([*chapters, (info["page_count"] + 1, "")]):
        if heading.split(" ", 1)[-1] in listed:
            expected_two |= set(range(start, end))
    assert two == expected_two and len(two) >= 4
    labels: Counter[str] = Counter()
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == info["page_count"]
        cover = pdf.pages[0]
        assert any(r["x0"] <= 0.5 and r["top"] <= 0.5 and r["x1"] >= cover.width - 0.5
                   and r["bottom"] >= cover.height - 0.5 for r in cover.rects)
        assert all(colour(c) in ((1.0, 1.0, 1.0), (1, 1, 1)) for c in cover.chars)
        for page in pdf.pages[1:]:
            n = page.page_number
            assert _magazine_opener(page) == (n in openers), n
            assert _magazine_two(page) == (n in two), n
            if n in openers:  # the heading in white on the panel, nothing else there
                on_panel = [c for c in page.chars if c["bottom"] < MAGAZINE["panel_bottom"]]
                heading = next(h for p, h in chapters if p == n)
                assert "".join(c["text"] for c in on_panel).replace(" ", "") == heading.replace(" ", "")
                assert all(colour(c) in ((1.0, 1.0, 1.0), (1, 1, 1)) for c in on_panel)
            strips = MAGAZINE["strip_x"][:2 if n in two else 1] if n > 2 else ()  # page 2: the contents
            for w in page.extract_words(extra_attrs=["fontname", "non_stroking_color"]):
                below = MAGAZINE["panel_bottom"] if n in openers else 0  # the panel's heading is not in a strip
                in_strip = w["top"] > below and any(x <= w["x0"] and w["x1"] <= x + MAGAZINE["strip_w"] for x in strips)
                if in_strip:
                    assert re.fullmatch(LABEL_RE[CR], w["text"]) and "Bold" in w["fontname"], (n, w["text"])
                    assert tuple(round(v, 3) for v in w["non_stroking_color"]) == tuple(round(v, 3) for v in plum)
                    labels[w["text"]] += 1
                    assert w["text"] in {e["paragraph"] for e in info["paragraphs"] if e["page"] == n}, (n, w["text"])
        quotes_seen = []
        for page in pdf.pages:
            chars = [c for c in page.chars if "Times-BoldItalic" in c["fontname"]]
            if chars:
                quotes_seen.append(page.crop((0, 0, page.width, page.height)).filter(
                    lambda o: o.get("object_type") != "char" or "Times-BoldItalic" in o["fontname"]))
        quote_text = _norm(" ".join(_magazine_text(p) for p in quotes_seen))
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Recommendation")]
    assert labels == Counter(numbered)  # every number once, in a strip, on its paragraph's page
    assert quote_text == " ".join(info["pull_quotes"]) and len(info["pull_quotes"]) >= 4
    whole = " ".join(_flat(text, info) for text in pdf_pages[CR])
    review = " ".join(_norm(_text_of(CR, e)) for e in info["paragraphs"])
    for q in report["pull_quotes"]:
        quote, after = _norm(q["text"]), _norm(q["after"])
        assert quote.rstrip(".") in review and not any(_text_of(CR, e).startswith(quote[:40])
                                                       for e in info["paragraphs"])
        block = next(b for b in blocks if b.kind == "para" and after in b.text)
        head, tail = block.text.split(after, 1)
        before = " ".join((head + after).split()[-4:])
        assert f"{before} {quote} {' '.join(tail.split()[:4])}" in whole, quote  # the paragraph stops and goes on
    assert any(e["split_across_pages"] and any(_norm(q["after"]) in _text_of(CR, e) for q in report["pull_quotes"])
               for e in info["paragraphs"])  # a paragraph broken by a quote also runs over a page


def test_accessible_edition_sets_numbers_on_lines_of_their_own_and_keeps_print_pages(
        generated: dict[str, Any]) -> None:
    """The Quensby SAR as a publishing platform's accessible edition: flat div blocks, each number a block of its own
    (a "number line") before the block holding the text, except in the chapters listed under number_attr, where the
    number is only in the text block's attributes; the print edition's pages as empty doc-pagebreak spans, often
    inside a paragraph; a "Copy link" button in every text block; long paragraphs as two <p>."""
    from bs4 import BeautifulSoup, Tag

    info = generated["expected"][QS]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == NUMBERLINE_PRODUCT
    report = next(r for r in load_reports() if r["id"] == QS)
    blocks = {b.label: b for b in build_blocks(report) if b.label}
    attr_only = set(report["outputs"][0]["number_attr"])
    article = soup.select_one("article.lp-doc")
    markers = article.select('span[role="doc-pagebreak"]')
    assert [m["aria-label"] for m in markers] == [str(n) for n in range(1, info["page_count"] + 1)]
    assert all(m["id"] == f"page-{m['aria-label']}" and not m.get_text() for m in markers)
    assert [a.get_text() for a in soup.select('nav[role="doc-toc"] a')] == info["contents_lines"]
    assert [h.get_text() for h in article.find_all("h2", class_="lp-block--h1")] == info["contents_lines"]
    assert [p.get_text() for p in article.select("p.lp-titlepage")] == info["front_matter_lines"][1:]
    page, chapter, seen, pages, split, lines = 0, "", [], {}, set(), 0
    children = [c for c in article.children if isinstance(c, Tag)]
    for k, el in enumerate(children):
        for m in ([el] if el.get("role") == "doc-pagebreak" else []):
            page = int(m["aria-label"])
        if el.name == "h2" and "lp-block--h1" in el.get("class", []):
            chapter = el.get_text()
        if "lp-block--label" in el.get("class", []):
            assert [c.name for c in el.find_all(True)] == ["p"] and el.get("aria-hidden") == "true"
            lines += 1
            continue
        if "lp-block--text" not in el.get("class", []) or "lp-lead" in el.get("class", []):
            continue
        label = el.get("data-num") or children[k - 1].get_text()
        b = blocks[label]
        name = label if label.startswith("Recommendation") else f"Paragraph {label}"
        assert el["aria-label"] == name and el["id"] == ("rec-" + label.split()[1] if " " in label else f"para-{label}")
        if chapter in attr_only:  # no number line: the number only in attributes
            assert "lp-numbered" in el["class"] and "lp-block--label" not in children[k - 1].get("class", [])
        else:
            assert "data-num" not in el.attrs and children[k - 1].p.get_text() == label
        assert el.button.get_text() == COPY
        paras = el.find_all("p")
        assert _norm(" ".join(p.get_text() for p in paras)) == b.text
        assert len(paras) == (2 if len(b.text.split()) > LONG else 1), label
        inner = el.select('span[role="doc-pagebreak"]')
        if b.bullets:
            items = children[k + 1]
            assert "lp-block--list" in items["class"]
            assert [_norm(li.get_text()) for li in items.find_all("li")] == list(b.bullets)
            inner += items.select('span[role="doc-pagebreak"]')
        pages[label] = page
        if inner:
            split.add(label)
            page = int(inner[-1]["aria-label"])
        seen.append(label)
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert pages == {e["paragraph"]: e["page"] for e in info["paragraphs"]}
    assert split == {e["paragraph"] for e in info["paragraphs"] if e["split_across_pages"]} and len(split) >= 2
    assert lines == sum(1 for e in info["paragraphs"] if e["section"] not in attr_only) >= 30
    assert len(article.select("div.lp-numbered")) >= 10
    glossary = article.find("table")
    assert tuple(th.get_text() for th in glossary.thead.find_all("th")) == NUMBERLINE_GLOSSARY_HEAD
    assert [[td.get_text() for td in tr.find_all("td")] for tr in glossary.tbody.find_all("tr")] == info["glossary"]
    text = soup.get_text()
    assert all(line in text for line in NUMBERLINE_LINES) and info["running_header_lines"] == NUMBERLINE_LINES
    assert FICTION_LABEL in text and "(fictional)" in soup.h1.get_text()


def test_bilingual_pdf_sets_welsh_and_english_side_by_side_and_numbers_both(generated: dict[str, Any],
                                                                           pdf_pages: dict) -> None:
    """The Caerwen APR as a Welsh regional board publishes it: Welsh in the left column and English in the right on
    every page, nothing across the gutter; each paragraph a row whose Welsh and English start at the same height, its
    number printed twice, hanging at the edge of each column; headings, recommendations and the glossary in both
    languages; one running title in both languages over every page from 2 and "Tudalen N | Page N" under it."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][CA]
    path = generated["dir"] / info["file"]
    meta = PdfReader(path).metadata
    assert (meta.creator, meta.producer) == (BILINGUAL_CREATOR, BILINGUAL_PRODUCER) and "(fictional)" in meta.title
    report = next(r for r in load_reports() if r["id"] == CA)
    cy = report["welsh"]
    top, bottom, mid = BILINGUAL["body_top"], BILINGUAL["body_bottom"], BILINGUAL["split_x"]
    numbers: list[list[tuple[int, float, str]]] = [[], []]
    columns = ["", ""]
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 10
        for page in pdf.pages:
            n = page.page_number
            words = page.within_bbox((0, top, page.width, bottom)).extract_words()
            assert all(w["x1"] < mid or w["x0"] > mid for w in words), n  # nothing set across the gutter
            assert any(w["x1"] < mid for w in words) and any(w["x0"] > mid for w in words), n  # both columns used
            if n == 1:
                continue
            lines = page.extract_text().splitlines()
            assert lines[0] == bilingual_header(report) and lines[-1] == bilingual_footer(n), n
            for k, x in enumerate(BILINGUAL["col_x"]):
                text_x = x + BILINGUAL["hang"]
                for w in words:  # a number hangs at the column's edge with its line's text at the indent beside it
                    if abs(w["x0"] - x) < 1 and re.fullmatch(LABEL_RE[CA], w["text"]) and any(
                            abs(v["top"] - w["top"]) < 1 and abs(v["x0"] - text_x) < 1 for v in words):
                        numbers[k].append((n, round(w["top"], 1), w["text"]))
                column = page.within_bbox((0, top, mid, bottom) if k == 0 else (mid, top, page.width, bottom))
                columns[k] += "\n" + (column.extract_text() or "")
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Recommendation")]
    assert numbers[0] == numbers[1]  # every number twice, on the same page at the same height: a row per paragraph
    assert [x for *_, x in numbers[1]] == [e["paragraph"] for e in numbered]
    assert [p for p, *_ in numbers[1]] == [e["page"] for e in numbered]
    welsh = _norm(columns[0])  # the English column with its line-end hyphens rejoined (a last line for _flat to drop)
    english = _flat(columns[1] + "\n(foot)", {**info, "running_header_lines": ["(foot)"]})
    for e, start in zip(info["paragraphs"], info["parallel_starts_with"], strict=True):
        assert start in welsh and start not in english, e["paragraph"]  # the Welsh is beside the text, never in it
        assert e["starts_with"] in english and e["starts_with"] not in welsh, e["paragraph"]
    assert info["parallel_language"] == "cy" and info["parallel_column"] == "left"
    assert len(info["parallel_starts_with"]) == len(info["paragraphs"])
    for k, rec in enumerate(cy["recommendations"], start=1):
        assert f"{cy['recommendation']} {k}: {_norm(rec)[:40]}" in welsh and f"Recommendation {k}: " in english
    for (term, meaning), (w_term, w_meaning) in zip(info["glossary"], cy["glossary"], strict=True):
        assert f"{term} {meaning}" in english and f"{w_term} {_norm(w_meaning)}" in welsh
    for heading, w_heading in cy["headings"].items():
        assert heading in english and w_heading in welsh
    majors = [b.text for b in build_blocks(report) if b.kind == "heading" and b.major]
    assert [line.rsplit(" ", 1)[0] for line in info["contents_lines"]] == majors
    assert all(f"{cy['headings'][h]} {line.rsplit(' ', 1)[1]}" in columns[0] for h, line in zip(
        majors, info["contents_lines"], strict=True))  # the Welsh contents beside the English
    first = PdfReader(path).pages[0].extract_text()
    assert _norm(cy["label"]) in _norm(first) and cy["title"].split(":")[0] in first


def test_printer_pdf_draws_every_word_as_a_run_with_ligatures_out_of_reading_order(generated: dict[str, Any]) -> None:
    """The Alderbeck LCSPR as a PDF printer driver drew it from Word: the metadata title Word's window title, the page
    drawn top down, every word its own text object with no space character drawn anywhere, "fi" and "fl" as ligature
    glyphs, and each page's runs in the driver's order rather than the reader's: the regular words, then the bold and
    italic runs, then the hanging numbers and bullets, then the running title and the footer."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][AB]
    path = generated["dir"] / info["file"]
    reader = PdfReader(path)
    output = next(r for r in load_reports() if r["id"] == AB)["outputs"][0]
    assert reader.metadata.producer == PRINTER_PRODUCER
    assert reader.metadata.title == info["metadata_title"] == f"Microsoft Word - {output['document_name']}"
    numbered = {e["paragraph"] for e in info["paragraphs"]}
    seen_ligatures: set[str] = set()
    out_of_order = 0
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == len(reader.pages) == info["page_count"] >= 10
        for page, raw in zip(pdf.pages, reader.pages, strict=True):
            assert raw.get_contents().get_data().startswith(b"1 0 0 -1 0 ")  # drawn top down, as GDI draws
            assert not any(c["text"].isspace() for c in page.chars), page.page_number  # no space is ever drawn
            runs: list[tuple[str, float, float, str]] = []

            def visit(t: str, cm: Any, tm: Any, font: Any, size: Any, runs: list = runs) -> None:
                if t.strip():
                    runs.append((t.strip(), tm[4], tm[5], font["/BaseFont"]))

            raw.extract_text(visitor_text=visit)
            words = page.extract_words(x_tolerance=1, expand_ligatures=False)
            assert len(runs) == len(words) and all(" " not in t for t, *_ in runs), page.page_number  # a run a word
            assert not any(pair in w["text"] for w in words for pair in LIGATURES), page.page_number
            seen_ligatures |= {_ligatures_expanded(w["text"]).strip(PUNCT) for w in words
                               if any(lig in w["text"] for lig in LIGATURES.values())}
            kinds = []
            for text, x, y, font in runs:
                if abs(y - PRINTER["header_y"]) < 0.5 or abs(y - PRINTER["footer_y"]) < 0.5:
                    kinds.append("running")
                elif (abs(x - PRINTER["left"]) < 0.5 and text in numbered) or text == "\u2022":
                    kinds.append("margin")
                else:
                    kinds.append("bold" if "Bold" in font or "Oblique" in font else "body")
            assert kinds == sorted(kinds, key=PASSES.index), page.page_number  # the driver's order, pass by pass
            if "margin" in kinds and "body" in kinds:  # a number drawn after the words of its own line
                first_label = next(r for r, k in zip(runs, kinds, strict=True) if k == "margin")
                line = [r for r, k in zip(runs, kinds, strict=True) if k == "body" and abs(r[2] - first_label[2]) < 0.5]
                out_of_order += bool(line) and runs.index(line[0]) < runs.index(first_label)
            if page.page_number > 1:
                assert kinds[-1] == "running"
    assert sorted(seen_ligatures) == info["ligature_words"] and len(info["ligature_words"]) >= 10
    assert out_of_order >= 8
    text = " ".join(_norm(_ligatures_expanded(p.extract_text())) for p in reader.pages[2:])
    assert "3.1" in text and not re.search(r"\b3\.1 In October 2022\b", text)  # stream order: no number beside its line


def test_searchable_scan_is_page_images_under_an_invisible_ocr_layer(generated: dict[str, Any],
                                                                     pdf_pages: dict) -> None:
    """The Holmecross SAR scanned and made searchable: every page one image covering the page and nothing drawn but
    the image and text in render mode 3 (invisible) in the OCR face, each word scaled to its place; a few words misread
    and some line-end hyphens lost in the text layer, while the paragraph numbers are read right."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][HX]
    path = generated["dir"] / info["file"]
    reader = PdfReader(path)
    assert reader.metadata.producer == OCR_PRODUCER
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == info["page_count"] >= 10
        for page, raw in zip(pdf.pages, reader.pages, strict=True):
            assert len(page.images) == 1 and not page.rects and not page.lines, page.page_number
            image = page.images[0]
            assert abs(image["x0"]) < 0.5 and abs(image["top"]) < 0.5 and abs(image["x1"] - page.width) < 0.5
            assert {c["fontname"].split("+")[-1] for c in page.chars} == {OCR_FONT}, page.page_number
            stream = raw.get_contents().get_data().decode("latin-1")
            blocks = [b for b in re.findall(r"BT(.*?)ET", stream, re.S) if "Tj" in b]
            assert blocks and all(re.search(r"\b3 Tr\b", b) for b in blocks), page.page_number  # never painted
            assert re.search(r"\bTz\b", stream) and "Do" in stream
    text = "\n".join(pdf_pages[HX])
    assert len(info["ocr_slips"]) >= 5 and info["ocr_split_words"]
    for word, misread, page in info["ocr_slips"]:
        assert re.search(rf"\b{re.escape(misread)}\b", pdf_pages[HX][page - 1]), (word, misread)
        assert "rn" in misread or "l" in misread
    for word in info["ocr_split_words"]:
        assert any(a + b == word for a, b in re.findall(r"(\w+)\n(\w+)", text)), word  # no hyphen between the halves
        assert word not in info["hyphenated_words"]
    source = " ".join(paragraph_texts()[(HX, e["paragraph"])] for e in info["paragraphs"])
    assert all(re.search(rf"\b{re.escape(word)}\b", source) for word, *_ in info["ocr_slips"])


def test_redacted_pdf_boxes_names_with_nothing_beneath_and_numbers_withheld_paragraphs(generated: dict[str, Any],
                                                                                     pdf_pages: dict) -> None:
    """The Farrowdale CSPR redacted in Acrobat: a filled black box for every run of "█" in the source with no
    character under any box, "[redacted]" typed where names were replaced, the withheld paragraphs still numbered with
    the notice beside the number, the stamp on the title page."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][FD]
    path = generated["dir"] / info["file"]
    assert PdfReader(path).metadata.producer == REDACTED_PRODUCER
    boxes = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            black = [r for r in page.rects if r["fill"] and tuple(r["non_stroking_color"] or ()) in ((0,), (0, 0, 0))]
            boxes += len(black)
            for r in black:  # the text under a box was taken out, not covered
                assert not [c for c in page.chars if c["x0"] < r["x1"] - 0.6 and c["x1"] > r["x0"] + 0.6
                            and c["top"] < r["bottom"] and c["bottom"] > r["top"]], page.page_number
        assert STAMP in (pdf.pages[0].extract_text() or "")
    source = " ".join(paragraph_texts()[(FD, e["paragraph"])] for e in info["paragraphs"])
    assert boxes == info["redaction_boxes"] == len(re.findall("█+", source)) >= 5
    text = "\n".join(pdf_pages[FD])
    assert "█" not in text and text.count("[redacted]") == info["placeholders"] >= 3
    assert len(info["withheld_paragraphs"]) == 2
    for label in info["withheld_paragraphs"]:
        assert paragraph_texts()[(FD, label)] == WITHHELD
        assert re.search(rf"(^|\n){re.escape(label)} {re.escape(WITHHELD)}(\n|$)", text), label


def _ligatures_expanded(text: str) -> str:
    for pair, lig in LIGATURES.items():
        text = text.replace(lig, pair)
    return text


def test_hard_returns_docx_types_every_line_as_a_paragraph_of_its_own(generated: dict[str, Any]) -> None:
    """Orrinsby: a WordPerfect typescript converted to .docx: one w:p per typed line, no styles, no page breaks but
    runs of empty paragraphs, headings bold underlined body text, numbers typed "12." and a tab (python-docx only)."""
    import docx
    from docx.oxml.ns import qn

    info = generated["expected"][OR]
    d = docx.Document(str(generated["dir"] / info["file"]))
    paras = d.paragraphs
    assert {p.style.name for p in paras} == {"Normal"}
    body = d.element.body
    assert not body.findall(".//" + qn("w:br")) and not body.findall(".//" + qn("w:pageBreakBefore"))
    assert not d.tables and not body.findall(".//" + qn("w:numPr"))
    texts = [p.text for p in paras]
    assert all(len(t.replace("\t", "")) <= HARDRETURNS["width"] + 20 for t in texts)
    # runs of empty paragraphs where WordPerfect had a hard page: at least one run of ten or more per chapter
    runs, n = [], 0
    for t in texts:
        if t:
            runs.append(n)
        n = 0 if t else n + 1
    assert sum(r >= 10 for r in runs) >= len(info["contents_lines"])
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    for e in numbered:  # the number typed, a tab, the first typed line; the paragraph goes on over later w:p
        i = next(k for k, t in enumerate(texts) if t.startswith(f"{e['paragraph']}.\t"))
        assert texts[i].split("\t", 1)[1].startswith(" ".join(e["starts_with"].split()[:3]))
        assert texts[i + 1] == "" or texts[i + 1].startswith("\t")
    long_ones = [e for e in numbered if len(paragraph_texts()[(OR, e["paragraph"])].split()) > 350]
    assert long_ones
    i = next(k for k, t in enumerate(texts) if t.startswith(f"{long_ones[0]['paragraph']}.\t"))
    assert all(texts[i + k].startswith("\t") for k in range(1, 20))  # one review paragraph, many Word paragraphs
    headings = [p for p in paras if p.runs and all(r.bold for r in p.runs if r.text.strip())
                and any(r.underline for r in p.runs)]
    # after the title and "Contents", the chapter headings
    assert [p.text for p in headings[2:]] == [line.split("\t")[0] for line in info["contents_lines"]]
    marks = body.findall(".//" + qn("w:lastRenderedPageBreak"))
    assert len(marks) == info["page_count"] - 1
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 2  # a mark between two lines of one paragraph
    bullets = [t for t in texts if t.startswith(f"\t{HARD_DASH}\t")]
    assert len(bullets) == sum(len(b) for b in _factor_bullets(OR))


def _factor_bullets(rid: str) -> list[tuple[str, ...]]:
    report = next(r for r in load_reports() if r["outputs"][0]["report_id"] == rid)
    return [b.bullets for b in build_blocks(report) if b.kind == "factor"]


def test_web_to_print_pdf_links_each_number_in_another_font_and_colour(generated: dict[str, Any],
                                                                       pdf_pages: dict) -> None:
    """Sallowfield: a council page printed by a web-to-print service: furniture on page 1, a live link annotation per
    paragraph number, the number in bold Courier link blue, the address and "Page N of M" at every foot."""
    import pdfplumber
    from pypdf import PdfReader

    info = generated["expected"][SL]
    path = generated["dir"] / info["file"]
    reader = PdfReader(path)
    assert reader.metadata.producer == WEBPRINT["producer"]
    uris = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/Subtype") == "/Link" and "/A" in a:
                uris.append(a["/A"].get("/URI"))
    assert uris == list(info["number_links"].values())
    assert all(u.endswith("#para-" + label.replace(".", "-")) for label, u in info["number_links"].items())
    first = pdf_pages[SL][0]
    for line in info["page_furniture"]:
        assert line in first
    assert " > ".join(["Home", "Children and families"]) in first
    url = info["running_header_lines"][-1].rsplit(" Page N of ", 1)[0]
    for n, text in enumerate(pdf_pages[SL], start=1):
        assert f"Page {n} of {info['page_count']}" in text.splitlines()[-1] and url in text
    with pdfplumber.open(path) as pdf:
        labels = set(info["number_links"])
        seen = set()
        for page in pdf.pages:
            for w in page.extract_words(extra_attrs=["fontname", "non_stroking_color"]):
                if w["text"] in labels and w["fontname"].endswith("Courier-Bold"):
                    assert tuple(round(c, 2) for c in w["non_stroking_color"]) == WEBPRINT["link_rgb"]
                    seen.add(w["text"])
                elif w["fontname"].endswith("Courier-Bold"):
                    raise AssertionError(w)
        assert seen == labels


def test_odf_list_docx_numbers_from_a_list_continued_over_chapters(generated: dict[str, Any]) -> None:
    """Wendlecombe: a LibreOffice .docx whose numbers are list numbering only: a w:num per chapter's run of the list,
    all on one abstract list with no restart (the count goes on over chapters), the recommendations a second list
    restarted by a startOverride, bullets at level 1 (python-docx and its lxml only)."""
    import zipfile

    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    info = generated["expected"][WD]
    path = generated["dir"] / info["file"]
    with zipfile.ZipFile(path) as z:
        assert ODF_APPLICATION in z.read("docProps/app.xml").decode("utf-8")
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    abstract_of = {n.get(qn("w:numId")): n.find(qn("w:abstractNumId")).get(qn("w:val"))
                   for n in numbering.iter(qn("w:num"))}
    restarts = {n.get(qn("w:numId")) for n in numbering.iter(qn("w:num")) if n.find(".//" + qn("w:startOverride"))
                is not None}
    assert restarts == {ODFLIST["rec_num"]}
    lvl_text = {(a.get(qn("w:abstractNumId")), lv.get(qn("w:ilvl"))): lv.find(qn("w:lvlText")).get(qn("w:val"))
                for a in numbering.iter(qn("w:abstractNum")) for lv in a.iter(qn("w:lvl"))}
    d = docx.Document(str(path))
    body = d.element.body
    assert not body.findall(".//" + qn("w:lastRenderedPageBreak"))
    count, labels, recs, runs_used, bullets = 0, [], [], [], 0
    texts = paragraph_texts()
    for p in d.paragraphs:
        num_pr = p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None:
            continue
        num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
        ilvl = num_pr.find(qn("w:ilvl")).get(qn("w:val"))
        abstract = abstract_of[num_id]
        if (abstract, ilvl) == (ODFLIST["abstract"], "1"):
            bullets += 1
            continue
        if abstract == ODFLIST["rec_abstract"]:
            recs.append(lvl_text[(abstract, ilvl)].replace("%1", str(len(recs) + 1)).rstrip(":"))
            continue
        assert lvl_text[(abstract, ilvl)] == "%1."
        count += 1  # one list over the whole review: the count never restarts with a new w:num
        labels.append(str(count))
        if not runs_used or runs_used[-1] != num_id:
            runs_used.append(num_id)
        assert texts[(WD, str(count))].startswith(p.text.strip()[:40]) and not re.match(r"\d", p.text)
    numbered = [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert labels == numbered and len(labels) >= 45
    assert recs == [e["paragraph"] for e in info["paragraphs"] if e["paragraph"].startswith("Rec")]
    assert len(runs_used) >= 4 and len(set(runs_used)) == len(runs_used)  # a new w:num per chapter, the count going on
    assert len({abstract_of[n] for n in runs_used}) == 1
    assert bullets == sum(len(b) for b in _factor_bullets(WD)) and len(_factor_bullets(WD)) == 3
    assert not any(e["split_across_pages"] for e in info["paragraphs"])  # LibreOffice writes no page marks


def test_scottish_publication_numbers_in_spans_and_restarts_footnotes_per_chapter(generated: dict[str, Any]) -> None:
    """Auchterlea: a chaptered learning review in a site's print-all view: each chapter a section with "Part N of M",
    a pager and "Back to top"; each number a span.number at the start of a p; footnote markers "[k]" numbered again in
    each chapter, the notes at the chapter's end (lxml only)."""
    import lxml.html

    info = generated["expected"][AU]
    tree = lxml.html.fromstring((generated["dir"] / info["file"]).read_bytes())
    blocks = {b.label: b for r in load_reports() if r["id"] == AU for b in build_blocks(r) if b.label}
    chapters = tree.xpath('//section[@class="publication-chapter"]')
    assert [c.xpath('string(.//h2[@class="chapter-title"])') for c in chapters] == info["contents_lines"]
    assert [c.xpath('string(p[@class="chapter-count"])') for c in chapters] == info["chapter_parts"] == [
        part_line(n, len(chapters)) for n in range(1, len(chapters) + 1)]
    assert all(c.xpath('p[@class="back-to-top"]') and c.xpath('nav[@class="chapter-pager"]') for c in chapters)
    seen, notes, marks_per_chapter = [], [], []
    for n, chapter in enumerate(chapters, start=1):
        marks = []
        for p in chapter.xpath('.//p[span[@class="number"]]'):
            label = p.xpath('string(span[@class="number"])')
            for sup in p.xpath('.//sup[@class="fn"]'):
                marks.append(sup.xpath("string(a/@href)"))
                sup.drop_tree()
            assert p.text_content() == f"{label} {blocks[label].text}"
            bullets = p.getnext()
            if blocks[label].bullets:
                assert [li.text_content() for li in bullets.xpath("li")] == list(blocks[label].bullets)
            seen.append(label)
        assert marks == [f"#ch{n}-fn{k}" for k in range(1, len(marks) + 1)]  # numbered again in each chapter
        marks_per_chapter.append(len(marks))
        notes += [li.text_content().removesuffix(SCOTPUB["back"]).strip()
                  for li in chapter.xpath('aside[@class="chapter-notes"]/ol/li')]
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert notes == info["footnotes"] and len(notes) >= 5 and max(marks_per_chapter) >= 2
    assert sum(m > 0 for m in marks_per_chapter) >= 3  # "[1]" stands for different notes in different chapters
    page = tree.text_content()
    assert all(line in page for line in info["running_header_lines"])
    assert FICTION_LABEL in page and "(fictional)" in tree.xpath("string(//h1)")
    assert all(e["page"] is None for e in info["paragraphs"])


def test_latex_pdf_runs_bold_numbers_in_and_puts_footnotes_at_the_page_foot(generated: dict[str, Any]) -> None:
    """Ravensholt: a pdfTeX PDF: each paragraph opens with its number in bold run in on the line of its first words,
    paragraphs run over page breaks (sections start no new page), footnotes numbered through at the foot of the page
    where their marker is, a header at the right and "Page N" centred at the foot (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][RH]
    texts = paragraph_texts()
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == LATEX_CREATOR and pdf.metadata["Producer"] == LATEX_PRODUCER
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"]
        assert "Contents" in (pages[1].extract_text() or "").splitlines()[:3]
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[-1] == latex_footer(page.page_number) and lines[0] == info["running_header_lines"][0]
            foot = [c for c in page.chars if c["top"] > LATEX["footer_y"] - 12]
            mid = (min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2
            assert abs(mid - page.width / 2) < 2  # centred
            head = [c for c in page.chars if c["top"] < 90]
            assert head and all("Italic" in c["fontname"] for c in head if c["text"].strip())
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname"])
            hits = []
            for a, b in itertools.pairwise(words):
                if label.startswith("Recommendation"):
                    ok = a["text"] == f"{label.split()[1]}." and b["text"] == first
                else:
                    ok = a["text"] == label and b["text"] == first and a["x0"] <= LATEX["left"] + 1
                if ok and abs(a["top"] - b["top"]) < 1:
                    hits.append((a, b))
            assert len(hits) >= 1, (label, e["page"])
            a, b = hits[0]
            assert a["fontname"] == LATEX["label_font"] and b["fontname"] == LATEX["body_font"], label
            assert texts[(RH, label)].startswith(e["starts_with"])
        split = [e for e in info["paragraphs"] if e["split_across_pages"]]
        assert len(split) >= 2 and sum(not e["paragraph"].startswith("Rec") for e in split) >= 2
        for e in split:  # the paragraph's last words are on a later page than its first
            tail = " ".join(texts[(RH, e["paragraph"])].split()[-3:])
            later = " ".join(" ".join((p.extract_text() or "").split()) for p in pages[e["page"]:e["page"] + 2])
            first_page = " ".join((pages[e["page"] - 1].extract_text() or "").split())
            assert tail.split()[-1] in later and tail not in first_page, e["paragraph"]
        assert len(info["footnotes"]) >= 5 and len(info["footnote_pages"]) == len(info["footnotes"])
        for n, (note, page_no) in enumerate(zip(info["footnotes"], info["footnote_pages"], strict=True), start=1):
            page = pages[page_no - 1]
            area = page.within_bbox((0, LATEX["body_bottom"], page.width, LATEX["footer_y"] - 12))
            small = " ".join((area.extract_text() or "").split())
            assert f"{n} {' '.join(note.split()[:6])}" in small, (n, page_no)
            assert all(abs(c["size"] - LATEX["note_size"]) < 0.1 for c in area.chars if c["size"] > 6.5)
            raised = [c for c in page.chars if c["text"] == str(n) and c["top"] < LATEX["body_bottom"]
                      and c["size"] < 8]
            assert raised, n  # the marker, raised and small, in the text of the same page
    assert FICTION_LABEL in info["front_matter_lines"]


def test_confluence_export_types_numbers_with_a_no_break_space_and_panels_factor_lists(
        generated: dict[str, Any]) -> None:
    """Thrushcombe: a Confluence page exported to HTML: the wiki's title, metadata line, Table of Contents macro,
    attachments and footer around the review; each number typed at the start of a <p> with a no-break space; factor
    lists in Info panels; the foreword in an Expand macro; recommendations and glossary in confluenceTables (lxml
    only)."""
    import lxml.html

    info = generated["expected"][TC]
    report = next(r for r in load_reports() if r["id"] == TC)
    output = report["outputs"][0]
    tree = lxml.html.fromstring((generated["dir"] / info["file"]).read_bytes())
    blocks = {b.label: b for b in build_blocks(report) if b.label}
    assert tree.xpath('string(//span[@id="title-text"])').strip() == f"{output['space']} : {report['title']}"
    assert " ".join(tree.xpath('string(//div[@class="page-metadata"])').split()) == info["running_header_lines"][0]
    main = tree.xpath('//div[@id="main-content"]')[0]
    toc = main.xpath('.//div[contains(@class, "toc-macro")]//a')
    assert [a.text_content() for a in toc] == info["contents_lines"]
    ids = {h.get("id") for h in main.xpath(".//h1 | .//h2")}
    assert all(a.get("href")[1:] in ids and a.get("href")[1:] == heading_id(report["title"], a.text_content())
               for a in toc)
    expand = main.xpath('.//div[@class="expand-container"]')[0]
    assert expand.xpath('string(.//span[@class="expand-control-text"])') == CONFLUENCE["expand"]
    assert [p.text_content() for p in expand.xpath('.//div[contains(@class, "expand-content")]/p')] == [
        " ".join(p.split()) for p in report["foreword"]["paragraphs"]]
    seen, panels = [], 0
    for p in main.xpath(".//p"):
        m = re.match(r"(\d+\.\d+)\u00a0", p.text_content())
        if not m:
            continue
        label = m.group(1)
        assert p.text_content() == f"{label}\u00a0{blocks[label].text}"
        if blocks[label].bullets:
            panel = p.getparent().getparent()
            assert panel.get("class") == CONFLUENCE["panel"]
            assert [li.text_content() for li in p.getnext().xpath("li")] == list(blocks[label].bullets)
            panels += 1
        seen.append(label)
    assert seen == [e["paragraph"] for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert panels == len(_factor_bullets(TC)) == len(main.xpath(f'.//div[@class="{CONFLUENCE["panel"]}"]')) >= 3
    rows = main.xpath('.//table[contains(@class, "recommendations")]//tr')
    assert [(r.xpath("string(th)"), r.xpath("string(td)")) for r in rows] == [
        (e["paragraph"], blocks[e["paragraph"]].text) for e in info["paragraphs"] if e["paragraph"].startswith("Rec")]
    glossary = main.xpath('.//table[contains(@class, "glossary")]//tr')[1:]
    assert [[td.text_content() for td in r.xpath("td")] for r in glossary] == info["glossary"]
    page = tree.text_content()
    assert all(line in " ".join(page.split()) for line in info["running_header_lines"]) and FICTION_LABEL in page
    assert not main.xpath(f'.//*[contains(text(), "{CONFLUENCE["generated"]}")]')  # furniture outside the review
    assert all(e["page"] is None for e in info["paragraphs"])


def test_google_docs_pdf_hangs_list_numbers_at_the_margin_and_links_its_contents(generated: dict[str, Any]) -> None:
    """Wickhaven: a Google Docs document downloaded as PDF: Google's producer and the document's name as metadata
    title, each paragraph number from a Google list hanging at the margin with the text at the list's indent on the
    same line, Heading 1 chapters in 20 pt regular type, contents entries that are blue internal links with their page
    numbers, the grey header from page 2 and the bare page number at the right of the footer, paragraphs running over
    page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][WH]
    report = next(r for r in load_reports() if r["id"] == WH)
    texts = paragraph_texts()
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == GDOCS_PRODUCER and not pdf.metadata.get("Creator")
        assert pdf.metadata["Title"] == report["outputs"][0]["document_name"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"]
        assert not [c for c in pages[0].chars if c["top"] < GDOCS["header_y"] + 5]  # no header on the title page
        first = min(pages[0].chars, key=lambda c: (c["top"], c["x0"]))
        assert first["text"] == report["title"][0] and round(first["size"]) == GDOCS["title_size"]
        contents = pages[1]
        assert "Contents" in (contents.extract_text() or "").splitlines()[:3]
        links = [a for a in contents.annots if a.get("data", {}).get("Dest") or not a.get("uri")]
        assert len(links) == len(info["contents_lines"]) >= 5
        blue = [c for c in contents.chars if tuple(round(x, 3) for x in c["non_stroking_color"] or ()) ==
                tuple(round(x, 3) for x in GDOCS["link_color"])]
        assert "".join(c["text"] for c in blue).replace(" ", "") == "".join(
            e.rsplit(" ", 1)[0] for e in info["contents_lines"]).replace(" ", "")
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[0] == report["running_title"] and lines[-1] == gdocs_footer(page.page_number)
            head = [c for c in page.chars if c["top"] < GDOCS["header_y"] + 5]
            assert head and all(abs(c["size"] - 9) < 0.1 for c in head)
            foot = [c for c in page.chars if c["top"] > GDOCS["footer_y"] - 15]
            assert abs(max(c["x1"] for c in foot) - GDOCS["right"]) < 1  # flush right
        headings = [b.text for b in build_blocks(report) if b.kind == "heading" and b.level == 1]
        for entry, heading in zip(info["contents_lines"], headings, strict=True):
            number = int(entry.rsplit(" ", 1)[1])
            big = [c for c in pages[number - 1].chars if abs(c["size"] - GDOCS["heading1_size"]) < 0.1]
            assert heading.replace(" ", "") in "".join(c["text"] for c in big).replace(" ", ""), heading
            assert all("Bold" not in c["fontname"] for c in big)  # Google's Heading 1 is regular weight
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label.split()[1]}:"
                         and b["text"] == first and "Bold" in a["fontname"]]
            else:
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                         and abs(a["x0"] - GDOCS["left"]) < 1 and abs(b["x0"] - GDOCS["text_x"]) < 1
                         and abs(a["top"] - b["top"]) < 1]
            assert len(pairs) == 1, (label, e["page"])
            assert texts[(WH, label)].startswith(e["starts_with"])
        numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
        body_lines = [w for p in pages[2:] for w in p.extract_words() if abs(w["x0"] - GDOCS["left"]) < 1
                      and re.fullmatch(r"\d+\.\d+", w["text"])]
        assert [w["text"] for w in body_lines] == [e["paragraph"] for e in numbered]  # only numbers at the margin
        split = [e for e in numbered if e["split_across_pages"]]
        assert len(split) >= 2
        for e in split:
            tail = texts[(WH, e["paragraph"])].split()[-1]
            assert tail in (pages[e["page"]].extract_text() or ""), e["paragraph"]
    assert FICTION_LABEL in info["front_matter_lines"] and info["hyphenated_words"]


def test_sharepoint_page_types_bold_numbers_in_pasted_word_spans(generated: dict[str, Any]) -> None:
    """Cradlow: a SharePoint modern page saved from the browser: the page title and byline, every chapter a canvas
    section with a Text web part, each number typed in bold at the start of a <p> whose text is in Word's pasted spans
    and ends with an empty data-ccp-props span holding a no-break space, the foreword in a band, the glossary a table in
    a collapsible section, SharePoint's furniture outside the Text web parts (lxml only)."""
    import lxml.html

    info = generated["expected"][CL]
    report = next(r for r in load_reports() if r["id"] == CL)
    output = report["outputs"][0]
    tree = lxml.html.fromstring((generated["dir"] / info["file"]).read_bytes())
    blocks = {b.label: b for b in build_blocks(report) if b.label}
    assert tree.xpath('string(//h1[@data-automation-id="pageTitle"])') == report["title"]
    assert len(tree.xpath("//h1")) == 1
    assert " ".join(tree.xpath('string(//div[@class="ms-pageByline"])').split()) == byline(output)
    rtes = tree.xpath(f'//div[@data-sp-feature-tag="{SHAREPOINT["rte"]}"][not(ancestor::div[@data-sp-collapsible])]')
    chapters = [b.text for b in build_blocks(report) if b.kind == "heading" and b.level == 1
                and b.text != report["glossary"]["heading"]]
    assert [r.xpath("string(h2)") for r in rtes] == chapters
    toc = tree.xpath(f'//div[@data-sp-feature-tag="{SHAREPOINT["toc"]}"]//a')
    assert [a.text_content() for a in toc] == info["contents_lines"] == [*chapters, report["glossary"]["heading"]]
    assert all(tree.xpath(f'//h2[@id="{a.get("href")[1:]}"]') and a.get("href")[1:] == anchor(a.text_content())
               for a in toc)
    band = tree.xpath('//div[contains(@class, "ms-calloutBand")]')[0]
    assert [" ".join(p.text_content().split()) for p in band.xpath(".//p")] == [
        " ".join(p.split()) for p in report["foreword"]["paragraphs"]]
    seen = []
    for rte in rtes:
        for p in rte.xpath("p[span/strong]"):
            label = p.xpath("string(span/strong)")
            assert p[-1].get("data-ccp-props") and p[-1].text_content() == "\u00a0"
            if label.startswith("Recommendation"):
                label = label.rstrip(":")
                assert p.text_content() == f"{label}: {blocks[label].text}\u00a0"
            else:
                assert re.fullmatch(r"\d+", label)
                assert p.text_content() == f"{label} {blocks[label].text}\u00a0"
                if blocks[label].bullets:
                    assert [li.text_content().rstrip("\u00a0") for li in p.getnext().xpath("li")] == list(
                        blocks[label].bullets)
            seen.append(label)
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    glossary = tree.xpath('//div[@data-sp-collapsible="true"]')[0]
    assert glossary.xpath("string(.//button)") == report["glossary"]["heading"]
    assert [[td.text_content() for td in r.xpath("td")] for r in glossary.xpath(".//tr")] == info["glossary"]
    furniture = " ".join([*SHAREPOINT["quick_links"], SHAREPOINT["comments"], *SHAREPOINT["social"]])
    inside = " ".join(r.text_content() for r in rtes)
    assert all(q not in inside for q in SHAREPOINT["quick_links"]) and furniture
    page = " ".join(tree.text_content().split())
    assert all(q in page for q in SHAREPOINT["quick_links"] + SHAREPOINT["social"])
    assert info["running_header_lines"][1] in page and FICTION_LABEL in page
    assert all(e["page"] is None for e in info["paragraphs"])


def test_indesign_pdf_sets_a_narrow_column_beside_a_margin_of_side_notes(generated: dict[str, Any]) -> None:
    """Fenwold: a report designed in InDesign on a grid of a narrow justified column at the right of each page and a
    wide margin of side notes at the left: InDesign's creator, the review's title as metadata title, every character of
    the review inside the column (the running title and "Page N" too), bold run-in two-level numbers at the column's
    edge, the side notes alone in the margin, small and italic, each on the page of the paragraph it belongs to, and
    paragraphs running over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][FW]
    report = next(r for r in load_reports() if r["id"] == FW)
    texts = paragraph_texts()
    col = SIDENOTES["column_x"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == SIDENOTES_CREATOR and pdf.metadata["Producer"] == SIDENOTES_PRODUCER
        assert pdf.metadata["Title"] == report["title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"]
        assert not [c for c in pages[0].chars if c["top"] < SIDENOTES["header_y"] + 5]  # no header on the title page
        margin_text: list[str] = []
        for page in pages:
            margin = [c for c in page.chars if c["x0"] < col - 4]
            assert all(c["x1"] <= SIDENOTES["note_right"] + 0.5 and "Oblique" in c["fontname"]
                       and abs(c["size"] - SIDENOTES["note_size"]) < 0.1 for c in margin), page.page_number
            assert all(c["x0"] >= col - 0.5 and c["x1"] <= SIDENOTES["right"] + 0.5 for c in page.chars
                       if c["x0"] >= col - 4)  # everything else inside the column
            margin_text.append(page.within_bbox((0, 0, col - 4, page.height)).extract_text() or "")
            if page.page_number > 1:
                lines = (page.within_bbox((col - 4, 0, page.width, page.height)).extract_text() or "").splitlines()
                assert lines[0] == report["running_title"] and lines[-1] == sidenotes_footer(page.page_number)
                foot = [c for c in page.chars if c["top"] > SIDENOTES["footer_y"] - 15]
                assert abs(max(c["x1"] for c in foot) - SIDENOTES["right"]) < 1  # flush right
        notes = info["sidebars"]
        assert len(notes) == len(info["sidebar_pages"]) == len(report["sidebars"]) >= 3
        assert "".join(margin_text).replace(" ", "").replace("\n", "") == "".join(notes).replace(" ", "")
        labels = {}
        for side in report["sidebars"]:
            after = " ".join(side["after"].split())
            labels[after] = next(lab for (rid, lab), t in texts.items() if rid == FW and after in " ".join(t.split()))
        starts = {e["paragraph"]: e["page"] for e in info["paragraphs"]}
        for side, page_no in zip(report["sidebars"], info["sidebar_pages"], strict=True):
            assert starts[labels[" ".join(side["after"].split())]] == page_no
            assert " ".join(side["text"].split()[:3]) in " ".join(margin_text[page_no - 1].split())
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname"])
            want = f"{label.split()[1]}:" if label.startswith("Recommendation") else label
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == want and b["text"] == first
                     and "Bold" in a["fontname"] and "Bold" not in b["fontname"] and abs(a["top"] - b["top"]) < 1
                     and (label.startswith("Rec") or abs(a["x0"] - col) < 1)]
            assert len(pairs) == 1, (label, e["page"])
            assert texts[(FW, label)].startswith(e["starts_with"])
        split = [e for e in info["paragraphs"] if e["split_across_pages"] and not e["paragraph"].startswith("Rec")]
        assert len(split) >= 2
        for e in split:
            tail = texts[(FW, e["paragraph"])].split()[-1]
            nxt = pages[e["page"]].within_bbox((col - 4, 0, pages[e["page"]].width, pages[e["page"]].height))
            assert tail in (nxt.extract_text() or ""), e["paragraph"]
    assert FICTION_LABEL in info["front_matter_lines"] and info["hyphenated_words"]


def test_drupal_node_puts_each_number_in_a_field_of_its_own(generated: dict[str, Any]) -> None:
    """Tarnhollow: a Drupal node built of paragraph entities: each numbered paragraph's number in a field of its own
    before the body field that holds its text (a factor list's bullets in the same body), chapter headings in chapter
    heading paragraphs, each recommendation's number an inline-labelled field, the glossary a table paragraph, the
    contents block's links to the headings, Drupal's furniture outside the node's sections (lxml only)."""
    import lxml.html

    info = generated["expected"][TN]
    report = next(r for r in load_reports() if r["id"] == TN)
    output = report["outputs"][0]
    tree = lxml.html.fromstring((generated["dir"] / info["file"]).read_bytes())
    blocks = {b.label: b for b in build_blocks(report) if b.label}
    assert tree.xpath('string(//meta[@name="Generator"]/@content)') == DRUPAL["generator"]
    assert len(tree.xpath("//h1")) == 1 and tree.xpath("string(//h1)") == report["title"]
    assert " ".join(tree.xpath('string(//div[@class="node__meta"])').split()) == submitted(output)
    sections = tree.xpath('//div[contains(@class, "field--name-field-sections")]')
    assert len(sections) == 1
    items = sections[0].xpath('div[@class="field__item"]/div[contains(@class, "paragraph--type--")]')
    headings = [b.text for b in build_blocks(report) if b.kind == "heading" and b.level == 1]
    assert [p.xpath("string(h2)") for p in items if "paragraph--type--chapter-heading" in p.get("class")] == headings
    toc = tree.xpath('//ol[@class="toc-tree"]//a')
    assert [a.text_content() for a in toc] == info["contents_lines"] == headings
    assert all(a.get("href")[1:] == drupal_anchor(a.text_content()) and tree.xpath(f'//h2[@id="{a.get("href")[1:]}"]')
               for a in toc)
    seen = []
    for p in items:
        kind = p.get("class").split("paragraph--type--")[1].split()[0]
        body = p.xpath(f'div[contains(@class, "{DRUPAL["body_field"]}")]')
        if kind == "numbered-paragraph":
            number = p.xpath(f'div[contains(@class, "{DRUPAL["number_field"]}")]')
            assert len(number) == 1 and len(body) == 1 and number[0].getnext() is body[0]
            label = number[0].text_content()
            assert re.fullmatch(r"\d+", label) and body[0].xpath("string(p)") == blocks[label].text
            assert not body[0].text_content().startswith(label)  # the number is in no text of the body
            assert [li.text_content() for li in body[0].xpath("ul/li")] == list(blocks[label].bullets)
            seen.append(label)
        elif kind == "recommendation":
            field = p.xpath('div[contains(@class, "field--label-inline")]')[0]
            assert field.xpath('string(div[@class="field__label"])') == "Recommendation"
            label = "Recommendation " + field.xpath('string(div[@class="field__item"])')
            assert body[0].xpath("string(p)") == blocks[label].text
            seen.append(label)
    assert seen == [e["paragraph"] for e in info["paragraphs"]]
    assert [" ".join(t.split()) for t in tree.xpath('//div[contains(@class, "paragraph--type--text")]//p/text()')] == [
        " ".join(p.split()) for p in report["foreword"]["paragraphs"]]
    table = tree.xpath('//div[contains(@class, "paragraph--type--table")]//table')[0]
    assert [[td.text_content() for td in r.xpath("td")] for r in table.xpath(".//tr")] == info["glossary"]
    inside = " ".join(sections[0].text_content().split())
    page = " ".join(tree.text_content().split())
    furniture = [DRUPAL["skip"], *DRUPAL["menu"][1:], *DRUPAL["related"], *DRUPAL["feedback"][:1], DRUPAL["powered"],
                 DRUPAL["download"]]
    assert all(f in page and f not in inside for f in furniture)
    assert info["running_header_lines"][1] in page and FICTION_LABEL in page
    assert all(e["page"] is None for e in info["paragraphs"])


def test_word_pdf_prints_outline_numbers_with_lines_wrapping_back_under_them(generated: dict[str, Any]) -> None:
    """Wraxby: a PSII written in Word and saved as PDF: Word's creator and producer, the review's title as metadata
    title, chapter headings "3." hanging before their titles, each paragraph's "3.2" at the margin with its first line's
    text at the list's tab stop and its later lines back at the margin, the running title flush right and "Page N of M"
    centred from page 2, Word's contents with page numbers, paragraphs running over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][WP]
    report = next(r for r in load_reports() if r["id"] == WP)
    texts = paragraph_texts()
    left, tab = WORDOUTLINE["left"], WORDOUTLINE["tab_x"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == OUTLINE_CREATOR and pdf.metadata["Producer"] == OUTLINE_PRODUCER
        assert pdf.metadata["Title"] == report["title"]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count
        assert not [c for c in pages[0].chars if c["top"] < WORDOUTLINE["header_y"] + 5]  # no header on the title page
        assert outline_footer(1, count) not in (pages[0].extract_text() or "")
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[0] == report["running_title"] and lines[-1] == outline_footer(page.page_number, count)
            head = [c for c in page.chars if c["top"] < WORDOUTLINE["header_y"] + 5]
            assert abs(max(c["x1"] for c in head) - WORDOUTLINE["right"]) < 1  # flush right
            foot = [c for c in page.chars if c["top"] > WORDOUTLINE["footer_y"] - 15]
            assert abs((min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2 - page.width / 2) < 2  # centred
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        for line in info["contents_lines"]:  # each numbered chapter heading: "3." at the margin, the title at the tab
            title, page_no = line.rsplit(" ", 1)
            if not title[:1].isdigit():
                continue
            number, words = title.split(" ", 1)[0], title.split(" ", 1)[1].split()
            found = [(a, b) for a, b in itertools.pairwise(pages[int(page_no) - 1].extract_words())
                     if a["text"] == number and b["text"] == words[0] and abs(a["x0"] - left) < 1
                     and abs(b["x0"] - tab) < 1]
            assert len(found) == 1, line
            assert chapter_heading(f"{number[:-1]} {' '.join(words)}") == (number, " ".join(words))
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname"])
            assert texts[(WP, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and abs(a["x0"] - left) < 1 and abs(b["x0"] - tab) < 1 and abs(a["top"] - b["top"]) < 1]
            assert len(pairs) == 1, (label, e["page"])
            top = pairs[0][0]["top"]
            below = [w for w in words if 5 < w["top"] - top < 20]  # the paragraph's second line, on the same page
            if below:
                assert abs(min(w["x0"] for w in below) - left) < 1, label  # wraps back under the number
        split = [e for e in info["paragraphs"] if e["split_across_pages"] and not e["paragraph"].startswith("Rec")]
        assert len(split) >= 2
        for e in split:
            tail = texts[(WP, e["paragraph"])].split()[-1]
            if (WP, e["paragraph"]) in {(WP, b.label) for b in build_blocks(report) if b.bullets}:
                tail = next(b for b in build_blocks(report) if b.label == e["paragraph"]).bullets[-1].split()[-1]
            assert tail in (pages[e["page"]].extract_text() or ""), e["paragraph"]
    assert FICTION_LABEL in info["front_matter_lines"] and info["hyphenated_words"]


def test_pages_docx_numbers_the_review_with_one_exported_list(generated: dict[str, Any]) -> None:
    """Elmstow: a review exported from Apple Pages to Word: Pages' own styles ("Body", "Heading", "Heading 2") whose
    headings are known by their outline levels, fonts written on every run, every numbered paragraph's number from one
    list (w:numPr, "%1." and a tab, never typed) counting on over the headings, the bullets at its second level, typed
    bold "Recommendation N:", a page break before each chapter (python-docx and lxml only)."""
    import docx

    info = generated["expected"][EH]
    report = next(r for r in load_reports() if r["id"] == EH)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    path = generated["dir"] / info["file"]
    document = docx.Document(str(path))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    ns = {"w": w[1:-1]}
    assert document.core_properties.title == report["title"]
    assert document.core_properties.author == document.core_properties.last_modified_by == output["author"]
    assert document.sections[0].header.paragraphs[0].text == report["running_title"]
    styles = {s.name: s for s in document.styles}
    for key, level in (("heading", "0"), ("heading2", "1")):
        style = styles[PAGES["styles"][key]]
        assert style.style_id == PAGES["style_ids"][key] and style.style_id not in ("Heading1", "Heading2")
        assert style.element.xpath("string(w:pPr/w:outlineLvl/@w:val)") == level
    paras = document.paragraphs
    assert not [p for p in paras if p.style.style_id in ("Heading1", "Heading2")]  # no Word heading styles used
    by_style = lambda key: [p.text for p in paras if p.style.name == PAGES["styles"][key]]  # noqa: E731
    assert by_style("heading") == ["Contents", *(b.text for b in blocks if b.kind == "heading" and b.level == 1)]
    assert by_style("heading2") == [b.text for b in blocks if b.kind == "heading" and b.level == 2]
    body = document.element.body
    for r in body.iter(f"{w}r"):  # Pages writes the font and size on every run
        if r.find(f"{w}t") is not None:
            assert r.xpath("string(w:rPr/w:rFonts/@w:ascii)") == PAGES["font"] and r.find(f"{w}rPr/{w}sz") is not None
    numbered = [p for p in paras if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert all(p._p.pPr.numPr.numId.val == int(PAGES["num"]) for p in numbered)
    level0 = [p.text for p in numbered if p._p.pPr.numPr.ilvl.val == 0]
    level1 = [p.text for p in numbered if p._p.pPr.numPr.ilvl.val == 1]
    assert level0 == [b.text for b in blocks if b.kind in ("para", "factor")]
    assert level1 == [t for b in blocks for t in b.bullets]
    assert not any(re.match(r"\d", t) for t in level0)  # the number is in no text
    assert len(level0) == len([e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")])
    numbering = document.part.numbering_part.element
    nums = numbering.xpath(f'w:num[w:abstractNumId/@w:val="{PAGES["abstract"]}"]')
    assert len(nums) == 1 and nums[0].get(f"{w}numId") == PAGES["num"] and not nums[0].xpath(".//w:startOverride")
    lvls = numbering.xpath(f'w:abstractNum[@w:abstractNumId="{PAGES["abstract"]}"]/w:lvl')
    assert [lv.xpath("string(w:lvlText/@w:val)", namespaces=ns) for lv in lvls] == ["%1.", "\u2022"]
    assert [lv.xpath("string(w:suff/@w:val)", namespaces=ns) for lv in lvls] == ["tab", "tab"]
    recs = [p for p in paras if p.runs and p.runs[0].text.startswith("Recommendation ")]
    assert [p.runs[0].text for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                              if e["paragraph"].startswith("Rec")]
    assert all(p.runs[0].bold for p in recs)
    assert all(line in [p.text for p in paras] for line in info["contents_lines"])
    breaks = body.xpath('.//w:br[@w:type="page"]')
    assert len(breaks) == 1 + sum(b.kind == "heading" and b.major for b in blocks)
    assert not body.xpath(".//w:lastRenderedPageBreak")
    assert info["paragraphs"][0]["page"] == 4 and info["page_count"] == 2 + len(info["contents_lines"])
    assert FICTION_LABEL in info["front_matter_lines"]


def test_publisher_pdf_sets_numbers_on_badges_in_a_linked_text_box(generated: dict[str, Any]) -> None:
    """Crickmoor: a rapid review laid out in Microsoft Publisher and exported to PDF: Publisher's creator and producer,
    the review's title as metadata title, a coloured cover panel with the title in white, on every later page the master
    page's banner (the running title in white) and foot band ("Page N" in white, flush right) around one bordered text
    box, each number in white bold on a filled badge of the brand colour at the left of its paragraph's first line with
    every line of the text at the hanging indent, paragraphs running on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][CK]
    report = next(r for r in load_reports() if r["id"] == CK)
    blocks = build_blocks(report)
    texts = paragraph_texts()
    brand = tuple(round(c, 3) for c in PUBLISHER["brand"])
    white = (1.0, 1.0, 1.0)
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == PUBLISHER_CREATOR and pdf.metadata["Producer"] == PUBLISHER_PRODUCER
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        cover = pages[0]
        assert any(r["fill"] and colour(r) == brand and r["width"] > cover.width - 1 for r in cover.rects)
        title_chars = [c for c in cover.chars if c["size"] > 20]
        assert title_chars and all(colour(c) == white for c in title_chars)
        assert report["running_title"] not in (cover.extract_text() or "")
        x0, top, x1, bottom = PUBLISHER["box"]
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[0] == report["running_title"] and lines[-1] == publisher_footer(page.page_number)
            head = [c for c in page.chars if c["top"] < PUBLISHER["banner_h"]]
            foot = [c for c in page.chars if c["top"] > PUBLISHER["foot_top"]]
            assert "".join(c["text"] for c in head).replace(" ", "") == report["running_title"].replace(" ", "")
            assert all(colour(c) == white for c in head + foot)
            assert abs(max(c["x1"] for c in foot) - (page.width - x0)) < 1  # flush right in the foot band
            fills = [r for r in page.rects if r["fill"] and colour(r) == brand]
            assert any(r["top"] < 1 and abs(r["bottom"] - PUBLISHER["banner_h"]) < 1 for r in fills)  # the banner
            assert any(abs(r["top"] - PUBLISHER["foot_top"]) < 1 for r in fills)  # the foot band
            assert any(not r["fill"] and abs(r["x0"] - x0) < 1 and abs(r["top"] - top) < 1 and abs(r["x1"] - x1) < 1
                       and abs(r["bottom"] - bottom) < 1 for r in page.rects)  # the linked text box's border
            body = [c for c in page.chars if PUBLISHER["banner_h"] < c["top"] < PUBLISHER["foot_top"]]
            assert all(x0 < c["x0"] and c["x1"] < x1 and top < c["top"] < bottom for c in body)  # inside the box
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        factor_keys = {b.label for b in blocks if b.bullets}
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "non_stroking_color"])
            assert texts[(CK, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label.split()[1]}:"
                         and b["text"] == first and "Bold" in a["fontname"] and "Bold" not in b["fontname"]
                         and colour(a) == brand]
                assert len(pairs) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and "Bold" in a["fontname"] and colour(a) == white and abs(b["x0"] - PUBLISHER["text_x"]) < 1
                     and abs(a["bottom"] - b["bottom"]) < 1]  # one baseline: the number is set smaller
            assert len(pairs) == 1, (label, e["page"])
            number, word = pairs[0]
            badges = [c for c in page.curves if c["fill"] and colour(c) == brand
                      and abs(c["x0"] - PUBLISHER["badge_x"]) < 1 and abs(c["x1"] - c["x0"] - PUBLISHER["badge_w"]) < 1
                      and c["x0"] < number["x0"] and number["x1"] < c["x1"]
                      and c["top"] < number["top"] and number["bottom"] < c["bottom"]]
            assert len(badges) == 1, label  # the number sits on its own badge
            below = [w for w in words if 5 < w["top"] - word["top"] < 18]
            if below and label not in factor_keys:  # the second line starts at the hanging indent, not under the badge
                assert abs(min(w["x0"] for w in below) - PUBLISHER["text_x"]) < 1, label
        badges_total = sum(1 for p in pages for c in p.curves if c["fill"] and colour(c) == brand)
        assert badges_total == len([b for b in blocks if b.kind in ("para", "factor")])
        _ends_on_the_next_page(info, blocks, pages)
    assert FICTION_LABEL in info["front_matter_lines"] and info["hyphenated_words"]
    assert info["running_header_lines"] == [report["running_title"], publisher_footer("N")]


def test_block_editor_page_sets_each_number_in_a_column_of_its_own_group(generated: dict[str, Any]) -> None:
    """Loxwell: a review published as a WordPress block-editor page: every numbered paragraph a Group block
    ("numbered-paragraph", id "para-3-2") holding a Columns block whose narrow column holds only the bold number and
    whose wide column holds the text (and a factor list's bullets), "3 Title" heading blocks with the editor's ids and
    an "On this page" list of links to them, recommendations typed "Recommendation N:" in Group blocks with a
    background, a striped glossary Table block, and the block theme's furniture around the review
    (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][LX]
    report = next(r for r in load_reports() if r["id"] == LX)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == WPBLOCKS["generator"]
    assert soup.select_one("h1.wp-block-post-title").get_text() == report["title"]
    assert soup.select_one("a.skip-link").get_text() == WPBLOCKS["skip"]
    assert [a.get_text() for a in soup.select("nav.wp-block-navigation a")] == WPBLOCKS["menu"]
    meta = soup.select_one("div.post-meta")
    assert " \u00b7 ".join(d.get_text() for d in meta.find_all("div")) == wp_byline(output)
    assert info["running_header_lines"] == [output["site"], wp_byline(output), WPBLOCKS["footer"]]
    assert WPBLOCKS["footer"] in soup.select_one("footer.wp-block-template-part").get_text()
    content = soup.select_one("div.entry-content.wp-block-post-content")
    lines = [p.get_text() for p in content.select("div.title-lines p")]
    assert lines == info["front_matter_lines"][1:] and FICTION_LABEL in lines
    assert WPBLOCKS["download"] in content.select_one("div.wp-block-file").get_text()
    headings = content.select("h2.wp-block-heading")
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert [h.get_text() for h in headings] == chapters == info["contents_lines"]
    assert [h["id"] for h in headings] == [wp_heading_id(c) for c in chapters]
    assert content.select_one("div.on-this-page p").get_text() == WPBLOCKS["contents"]
    assert [a["href"] for a in content.select("div.on-this-page a")] == [f"#{wp_heading_id(c)}" for c in chapters]
    groups = content.select(f"div.wp-block-group.{WPBLOCKS['group_class']}")
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    assert [g["id"] for g in groups] == [para_id(e["paragraph"]) for e in numbered]
    for g, e in zip(groups, numbered, strict=True):
        columns = g.find_all("div", class_="wp-block-columns", recursive=False)
        assert len(columns) == 1
        narrow, wide = columns[0].find_all("div", class_="wp-block-column", recursive=False)
        assert "flex-basis:10%" in narrow["style"] and "flex-basis:90%" in wide["style"]
        number = narrow.select_one(f"p.{WPBLOCKS['number_class']}")
        assert number.strong.get_text() == number.get_text() == e["paragraph"] == narrow.get_text()
        body = " ".join(t.get_text() for t in wide.find_all(["p", "li"]))
        assert body == texts[(LX, e["paragraph"])] and body.startswith(e["starts_with"])
        assert not re.match(r"\d", body)  # the number is in no text
        assert bool(wide.select("ul.wp-block-list li")) == (next(b for b in blocks if b.label == e["paragraph"])
                                                            .kind == "factor")
    assert sum(b.kind == "factor" for b in blocks) == len(content.select(f"div.{WPBLOCKS['group_class']} ul")) >= 2
    recs = content.select("div.wp-block-group.recommendation.has-background p")
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in content.find_all("p") if not p.find_parent("div", class_="wp-block-group")]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword, as plain paragraph blocks
    table = content.select_one("figure.wp-block-table.is-style-stripes table")
    assert [th.get_text() for th in table.select("thead th")] == ["Term", "Meaning"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    assert WPBLOCKS["more"] not in content.get_text() and WPBLOCKS["top"] not in content.get_text()
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_canva_pdf_sets_large_coloured_numbers_beside_text_frames_on_designed_pages(generated: dict[str, Any]) -> None:
    """Dunholt: a case review designed in Canva and downloaded as PDF: Canva's creator and producer, the review's title
    as metadata title, on every page a full-page cream background and a coral accent bar down the left edge, a cover
    with a large title and no running matter, on every later page a grey running title over a coral rule and "Page N"
    centred at the foot, each number large, bold and coral at the frames' left on its paragraph's first baseline with
    the text (every line of it) at the indent, paragraphs running on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][DU]
    report = next(r for r in load_reports() if r["id"] == DU)
    blocks = build_blocks(report)
    texts = paragraph_texts()
    coral = tuple(round(c, 3) for c in CANVA["accent"])
    cream = tuple(round(c, 3) for c in CANVA["background"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = CANVA["frame"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == CANVA_CREATOR and pdf.metadata["Producer"] == CANVA_PRODUCER
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 7
        for page in pages:  # the design's background and accent bar on every page
            fills = [r for r in page.rects if r["fill"]]
            assert any(colour(r) == cream and r["width"] > page.width - 1 and r["height"] > page.height - 1
                       for r in fills)
            assert any(colour(r) == coral and r["x0"] < 1 and abs(r["width"] - CANVA["bar_w"]) < 1
                       and r["height"] > page.height - 1 for r in fills)
        cover = pages[0]
        assert report["running_title"] not in (cover.extract_text() or "")
        assert any(c["size"] > 25 for c in cover.chars)
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[0] == report["running_title"] and lines[-1] == canva_footer(page.page_number)
            foot = [c for c in page.chars if c["top"] > CANVA["footer_top"]]
            middle = (min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2
            assert abs(middle - (x0 + x1) / 2) < 1  # centred
            assert any(abs(ln["top"] - CANVA["rule_top"]) < 1 and abs(ln["x0"] - x0) < 1 and abs(ln["x1"] - x1) < 1
                       for ln in page.lines)  # the coral rule under the header
            body = [c for c in page.chars if CANVA["rule_top"] < c["top"] < CANVA["footer_top"]]
            assert all(x0 - 1 < c["x0"] and c["x1"] < x1 + 1 and top - 2 < c["top"] < bottom for c in body)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        factor_keys = {b.label for b in blocks if b.bullets}
        numbers_total = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(DU, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label.split()[1]}:"
                         and b["text"] == first and "Bold" in a["fontname"] and "Bold" not in b["fontname"]
                         and colour(a) == coral]
                assert len(pairs) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and "Bold" in a["fontname"] and colour(a) == coral and abs(a["size"] - CANVA["number_size"]) < 0.1
                     and abs(a["x0"] - CANVA["number_x"]) < 1 and abs(b["x0"] - CANVA["text_x"]) < 1
                     and abs(a["bottom"] - b["bottom"]) < 2]  # one baseline: the number is set larger
            assert len(pairs) == 1, (label, e["page"])
            numbers_total += 1
            word = pairs[0][1]
            below = [w for w in words if 5 < w["top"] - word["top"] < 20 and w["x0"] > x0 - 1]
            if below and label not in factor_keys:  # the second line starts at the indent, not under the number
                assert abs(min(w["x0"] for w in below) - CANVA["text_x"]) < 1, label
        large = sum(1 for p in pages for w in p.extract_words(extra_attrs=["size"])
                    if abs(w["size"] - CANVA["number_size"]) < 0.1 and re.fullmatch(r"\d+", w["text"]))
        assert large == numbers_total == len([b for b in blocks if b.kind in ("para", "factor")])
        _ends_on_the_next_page(info, blocks, pages)
    assert FICTION_LABEL in info["front_matter_lines"] and info["hyphenated_words"]
    assert info["running_header_lines"] == [report["running_title"], canva_footer("N")]


def test_notion_export_types_bold_numbers_and_sets_each_bullet_in_a_list_of_its_own(generated: dict[str, Any]) -> None:
    """Harbridge: a review drafted in Notion and exported to HTML: the page title and properties table in the header,
    the title-page lines in a callout block, a table of contents block of links to the chapter headings' block ids,
    each number typed in bold at the start of its paragraph block, a factor list's bullets each a bulleted-list block
    of its own, "Recommendation N:" typed bold, the glossary a simple table block (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][HB]
    report = next(r for r in load_reports() if r["id"] == HB)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article.page")
    assert article["id"] == block_id(HB, 0)
    assert soup.title.get_text() == article.select_one("header h1.page-title").get_text() == report["title"]
    props = [(tr.th.get_text(), tr.td.get_text()) for tr in article.select("header table.properties tr")]
    assert [k for k, _ in props] == NOTION["properties"]
    assert dict(props)["Workspace"] == output["workspace"] and dict(props)["Exported"] == output["exported"]
    assert info["running_header_lines"] == [f"{k} {v}" for k, v in props]
    body = article.select_one("div.page-body")
    ids = [t["id"] for t in body.find_all(id=True)]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", i) for i in ids)
    callout = body.select_one("figure.callout")
    assert [p.get_text() for p in callout.find_all("p")] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    headings = body.find_all("h2")
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert [h.get_text() for h in headings] == chapters == info["contents_lines"]
    links = body.select(f"nav.{NOTION['toc_class']} a")
    assert [a.get_text() for a in links] == chapters and [a["href"] for a in links] == [f"#{h['id']}" for h in headings]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    starts = [p for p in body.find_all("p", recursive=False)
              if p.strong and re.fullmatch(r"\d+\.\d+", p.strong.get_text())]
    assert [p.strong.get_text() for p in starts] == [e["paragraph"] for e in numbered]
    for p, e in zip(starts, numbered, strict=True):
        assert p.get_text() == f"{e['paragraph']} {p.get_text().split(' ', 1)[1]}"
        block = next(b for b in blocks if b.label == e["paragraph"])
        lists = []
        for sib in p.find_next_siblings():
            if sib.name != "ul":
                break
            lists.append(sib)
        assert all("bulleted-list" in u["class"] and len(u.find_all("li")) == 1 for u in lists)
        assert [u.li.get_text() for u in lists] == list(block.bullets)
        whole = " ".join([p.get_text().split(" ", 1)[1], *(u.li.get_text() for u in lists)])
        assert whole == texts[(HB, e["paragraph"])] and whole.startswith(e["starts_with"])
    assert sum(b.kind == "factor" for b in blocks) >= 2
    assert len(body.select("ul.bulleted-list")) == sum(len(b.bullets) for b in blocks)
    recs = [p for p in body.find_all("p", recursive=False) if p.strong and p.strong.get_text().startswith("Rec")]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in body.find_all("p", recursive=False) if not p.strong]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = body.select_one("table.simple-table")
    assert [th.get_text() for th in table.select("thead th")] == ["Term", "Meaning"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_typst_pdf_sets_small_grey_numbers_flush_right_against_a_gutter_rule(generated: dict[str, Any]) -> None:
    """Kilbarra: a case management review typeset with Typst: Typst's creator and producer, the review's title as
    metadata title, a title page with no running matter, a contents page, then on every later page a running title
    over a hairline rule and the bare page number centred at the foot; on the body pages a thin vertical gutter rule
    left of the text block, each number small, grey and flush right against it on its paragraph's first baseline, the
    text (every line of it) at the block's left edge, paragraphs running on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][KB]
    report = next(r for r in load_reports() if r["id"] == KB)
    blocks = build_blocks(report)
    texts = paragraph_texts()
    grey = tuple(round(c, 3) for c in TYPST["grey"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = TYPST["frame"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == TYPST_CREATOR and pdf.metadata["Producer"] == TYPST_PRODUCER
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 7
        cover = pages[0]
        assert report["running_title"] not in (cover.extract_text() or "")
        assert any(c["size"] > 20 for c in cover.chars) and not cover.lines[1:]
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[0] == report["running_title"] and lines[-1] == typst_footer(page.page_number)
            foot = [c for c in page.chars if c["top"] > TYPST["footer_top"]]
            assert abs((min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2 - (x0 + x1) / 2) < 1
            assert any(abs(ln["top"] - TYPST["header_rule_top"]) < 0.5 and abs(ln["x0"] - x0) < 0.5
                       and abs(ln["x1"] - x1) < 0.5 for ln in page.lines)  # the hairline under the running title
            gutter = [ln for ln in page.lines if abs(ln["x0"] - TYPST["rule_x"]) < 0.5 and ln["x0"] == ln["x1"]]
            if page.page_number > 2:  # the gutter rule down the body pages, beside the text block
                assert len(gutter) == 1
                assert abs(gutter[0]["top"] - top) < 0.5 and abs(gutter[0]["bottom"] - bottom) < 0.5
            else:
                assert not gutter
            body = [c for c in page.chars if TYPST["header_rule_top"] < c["top"] < TYPST["footer_top"]]
            assert all(c["x1"] < x1 + 1 and top - 2 < c["top"] < bottom for c in body)
            assert all(c["x0"] > x0 - 1 for c in body if c["x1"] > TYPST["rule_x"])
            assert all(c["fontname"] == TYPST["number_font"] and c["text"].isdigit() for c in body
                       if c["x1"] < TYPST["rule_x"])  # nothing but numbers left of the gutter rule
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        factor_keys = {b.label for b in blocks if b.bullets}
        numbers_total = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(KB, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and a["fontname"] == TYPST["number_font"] and colour(a) == grey
                     and abs(a["size"] - TYPST["number_size"]) < 0.1 and abs(a["x1"] - TYPST["number_right"]) < 0.5
                     and abs(b["x0"] - TYPST["text_x"]) < 0.5 and abs(a["bottom"] - b["bottom"]) < 1.5]
            assert len(pairs) == 1, (label, e["page"])
            numbers_total += 1
            word = pairs[0][1]
            below = [w for w in words if 5 < w["top"] - word["top"] < 20 and w["x0"] > TYPST["rule_x"]]
            if below and label not in factor_keys:  # the second line starts at the block's edge too
                assert abs(min(w["x0"] for w in below) - TYPST["text_x"]) < 0.5, label
        small = sum(1 for p in pages for w in p.extract_words(extra_attrs=["size"])
                    if w["x1"] < TYPST["rule_x"] and re.fullmatch(r"\d+", w["text"]))
        assert small == numbers_total == len([b for b in blocks if b.kind in ("para", "factor")])
        _ends_on_the_next_page(info, blocks, pages)
    assert FICTION_LABEL in info["front_matter_lines"] and info["hyphenated_words"]
    assert info["running_header_lines"] == [report["running_title"], typst_footer("N")]


def test_quarto_page_sets_each_number_as_the_term_of_a_definition_list(generated: dict[str, Any]) -> None:
    """Scarbrook: a review rendered by Quarto to HTML: the generator tag, the title block's title and Author and
    Published metadata, the title-page lines in a note callout, a floating table of contents of links to the numbered
    sections, each chapter heading's number in Quarto's header-section-number span, each numbered paragraph a
    definition-list item whose term is the number and whose definition holds the text (and a factor list's bullets),
    one list per chapter, "Recommendation N:" typed bold, the glossary a table (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][SC]
    report = next(r for r in load_reports() if r["id"] == SC)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == QUARTO["generator"]
    assert soup.title.get_text() == soup.select_one("header#title-block-header h1.title").get_text() == report["title"]
    meta = [(d.select_one(".quarto-title-meta-heading").get_text(), d.select_one(".quarto-title-meta-contents")
             .get_text()) for d in soup.select("div.quarto-title-meta > div")]
    assert meta == list(zip(QUARTO["meta"], [output["author"], output["published"]], strict=True))
    callout = soup.select_one("div.callout.callout-note")
    assert callout.select_one(".callout-title-container").get_text() == QUARTO["callout_title"]
    assert [p.get_text() for p in callout.select(".callout-body p")] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    toc = soup.select_one("nav#TOC")
    assert toc.h2.get_text() == QUARTO["toc_title"]
    links = toc.select("a.nav-link")
    assert [a.get_text() for a in links] == chapters == info["contents_lines"]
    main = soup.select_one("main#quarto-document-content")
    sections = main.find_all("section", class_="level2", recursive=False)
    assert [s.h2.get_text() for s in sections] == chapters
    assert [a["href"] for a in links] == [f"#{s['id']}" for s in sections] == [f"#{section_id(c)}" for c in chapters]
    numbered_chapters = [s for s in sections if s.get("data-number")]
    assert len(numbered_chapters) >= 5
    for s in sections:
        number = s.h2.select_one("span.header-section-number")
        assert (number is None) == ("unnumbered" in s["class"]), s["id"]
        if number is not None:
            assert number.get_text() == s["data-number"] == s.h2["data-number"]
            assert s.h2.get_text() == f"{s['data-number']} {s.h2.get_text().split(' ', 1)[1]}"
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    terms = main.select("dl.numbered-paragraphs > dt")
    assert [t.get_text() for t in terms] == [e["paragraph"] for e in numbered]
    for t, e in zip(terms, numbered, strict=True):
        assert t["id"] == "para-" + e["paragraph"].replace(".", "-")
        assert t.find_parent("section")["data-number"] == e["paragraph"].split(".")[0]  # under its own chapter
        dd = t.find_next_sibling()
        assert dd.name == "dd" and [c.name for c in dd.find_all(recursive=False)] in (["p"], ["p", "ul"])
        block = next(b for b in blocks if b.label == e["paragraph"])
        assert dd.p.get_text() == block.text and [li.get_text() for li in dd.select("ul > li")] == list(block.bullets)
        whole = " ".join([dd.p.get_text(), *(li.get_text() for li in dd.select("ul > li"))])
        assert whole == texts[(SC, e["paragraph"])] and whole.startswith(e["starts_with"])
    assert sum(b.kind == "factor" for b in blocks) >= 2
    assert [len(s.select("dl.numbered-paragraphs")) for s in numbered_chapters] == [
        1 if any(b.kind in ("para", "factor") and b.label.split(".")[0] == s["data-number"] for b in blocks) else 0
        for s in numbered_chapters]
    recs = [p for p in main.find_all("p") if p.strong and p.strong.get_text().startswith("Rec")]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for s in sections for p in s.find_all("p", recursive=False) if not p.strong]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = main.select_one("table")
    assert [th.get_text() for th in table.select("thead th")] == ["Term", "Meaning"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    furniture = [QUARTO["toc_title"], QUARTO["back_to_top"], QUARTO["built_with"]]
    assert all(any(line in soup.get_text() for line in info["running_header_lines"]) for line in furniture)
    assert soup.select_one("#quarto-back-to-top").get_text().strip() == QUARTO["back_to_top"]
    assert QUARTO["built_with"] in soup.footer.get_text() and report["publisher"] in soup.footer.get_text()
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_asciidoctor_pdf_sets_each_number_as_the_term_of_a_horizontal_list(generated: dict[str, Any]) -> None:
    """Ashbeck: a fire fatality review converted by Asciidoctor PDF: its producer, the author as creator, the review's
    title as metadata title, US Letter pages, a title page whose lines stand in a NOTE admonition beside a rule and
    carry no running matter, a contents page with dot leaders, then on every later page a running title at the top
    right over a hairline rule and the bare page number at the outer side of the foot; each numbered paragraph's
    number the term of a horizontal description list, bold red-brown sans at the margin on its first baseline, the text
    (every line of it) in the description column, paragraphs running on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][AF]
    report = next(r for r in load_reports() if r["id"] == AF)
    blocks = build_blocks(report)
    texts = paragraph_texts()
    red = tuple(round(c, 3) for c in ASCIIDOCTOR["red"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = ASCIIDOCTOR["frame"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == ASCIIDOCTOR_PRODUCER and pdf.metadata["Creator"] == report["publisher"]
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 7
        assert all((round(p.width), round(p.height)) == (612, 792) for p in pages)  # US Letter, not A4
        cover = pages[0]
        cover_text = " ".join((cover.extract_text() or "").split())
        assert report["running_title"] not in cover_text and any(c["size"] > 25 for c in cover.chars)
        assert all(line in cover_text for line in title_lines(report))
        note = [w for w in cover.extract_words(extra_attrs=["fontname"]) if w["text"] == ASCIIDOCTOR["note"]]
        assert len(note) == 1 and note[0]["fontname"] == "Helvetica-Bold"
        rule = [ln for ln in cover.lines if ln["x0"] == ln["x1"]]  # the admonition's rule, right of its label
        assert len(rule) == 1 and rule[0]["x0"] > note[0]["x1"] and rule[0]["top"] < note[0]["top"] < rule[0]["bottom"]
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[0] == report["running_title"] and lines[-1] == asciidoctor_footer(page.page_number)
            head = [c for c in page.chars if c["top"] < ASCIIDOCTOR["header_rule_top"]]
            assert abs(max(c["x1"] for c in head) - x1) < 1  # the running title at the right
            foot = [c for c in page.chars if c["top"] > ASCIIDOCTOR["footer_top"]]
            if page.page_number % 2:  # the page number at the outer side: right on odd pages, left on even
                assert abs(max(c["x1"] for c in foot) - x1) < 1
            else:
                assert abs(min(c["x0"] for c in foot) - x0) < 1
            assert any(abs(ln["top"] - ASCIIDOCTOR["header_rule_top"]) < 0.5 and abs(ln["x0"] - x0) < 0.5
                       and abs(ln["x1"] - x1) < 0.5 for ln in page.lines)  # the hairline under the running title
            body = [c for c in page.chars if ASCIIDOCTOR["header_rule_top"] < c["top"] < ASCIIDOCTOR["footer_top"]]
            assert all(x0 - 1 < c["x0"] and c["x1"] < x1 + 1 and top - 2 < c["top"] < bottom for c in body)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        assert all(re.fullmatch(r".+ \.{3,} \d+", line) for line in info["contents_lines"])  # dot leaders
        factor_keys = {b.label for b in blocks if b.bullets}
        numbers_total = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(AF, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and a["fontname"] == ASCIIDOCTOR["number_font"] and colour(a) == red
                     and abs(a["size"] - ASCIIDOCTOR["number_size"]) < 0.1
                     and abs(a["x0"] - ASCIIDOCTOR["number_x"]) < 0.5
                     and abs(b["x0"] - ASCIIDOCTOR["text_x"]) < 0.5 and abs(a["bottom"] - b["bottom"]) < 1.5]
            assert len(pairs) == 1, (label, e["page"])
            numbers_total += 1
            word = pairs[0][1]
            below = [w for w in words if 5 < w["top"] - word["top"] < 20]
            if below and label not in factor_keys:  # the second line starts in the description column too
                assert abs(min(w["x0"] for w in below) - ASCIIDOCTOR["text_x"]) < 0.5, label
        terms = [w for p in pages[2:] for w in p.extract_words(extra_attrs=["fontname"])
                 if w["fontname"] == ASCIIDOCTOR["number_font"]]
        assert all(re.fullmatch(LABEL_RE[AF], w["text"]) and abs(w["x0"] - x0) < 0.5 for w in terms)
        assert len(terms) == numbers_total == len([b for b in blocks if b.kind in ("para", "factor")])
        _ends_on_the_next_page(info, blocks, pages)
    assert info["front_matter_lines"] == [report["title"], *title_lines(report)] and info["hyphenated_words"]
    assert info["running_header_lines"] == [report["running_title"], asciidoctor_footer("N")]


def test_sphinx_page_opens_each_paragraph_with_a_permalink_number(generated: dict[str, Any]) -> None:
    """Thornwick: a review built by Sphinx with the Read the Docs theme: Docutils' generator tag, the page title with
    the project and version, the sidebar's project, version, search box and toctree of the chapters, the breadcrumbs,
    the title-page lines in a note admonition, every heading ending in a "¶" permalink, each numbered paragraph a
    container whose paragraph opens with its number as a permalink to the container (and holds a factor list's bullets),
    "Recommendation N:" bold, the glossary a Sphinx glossary, the footer's buttons, copyright and "Built with Sphinx"
    (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][TK]
    report = next(r for r in load_reports() if r["id"] == TK)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    mark = SPHINX["permalink"]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == SPHINX["generator"]
    assert soup.title.get_text() == f"{report['title']} — {output['project']} {output['version']} documentation"
    side = soup.select_one("nav.wy-nav-side")
    assert side.select_one(".wy-side-nav-search > a").get_text() == output["project"]
    assert side.select_one(".version").get_text() == output["version"]
    assert side.select_one("input[name=q]")["placeholder"] == SPHINX["search"]
    assert side.select_one("p.caption").get_text() == SPHINX["caption"]
    assert side.select_one("li.toctree-l1 > a").get_text() == report["title"]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    links = side.select("li.toctree-l2 > a")
    assert [a.get_text() for a in links] == chapters == info["contents_lines"]
    crumbs = soup.select_one("ul.wy-breadcrumbs")
    assert crumbs.select_one("li.breadcrumb-item.active").get_text() == output["short_name"]
    assert SPHINX["source"] in crumbs.get_text()
    body = soup.select_one("div[itemprop=articleBody]")
    h1 = body.h1
    assert h1.get_text() == report["title"] + mark and h1.a["class"] == ["headerlink"]
    note = body.select_one("div.admonition.note")
    assert note.select_one("p.admonition-title").get_text() == SPHINX["note"]
    assert [p.get_text() for p in note.find_all("p")[1:]] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    sections = body.section.find_all("section", recursive=False)
    assert [s.h2.get_text() for s in sections] == [c + mark for c in chapters]
    for s in sections:  # every heading's permalink points at its own section
        assert s["id"] == sphinx_id(s.h2.get_text()[:-1]) and s.h2.select_one("a.headerlink")["href"] == f"#{s['id']}"
    assert [a["href"] for a in links] == [f"#{s['id']}" for s in sections]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    boxes = body.select("div.numbered-paragraph")
    assert [d["id"] for d in boxes] == [f"para-{e['paragraph']}" for e in numbered]
    for d, e in zip(boxes, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        assert [c.name for c in d.find_all(recursive=False)] == (["p", "ul"] if block.bullets else ["p"])
        number = d.p.find(recursive=False)
        assert number.name == "a" and "para-number" in number["class"] and number["href"] == f"#{d['id']}"
        assert number.get_text() == label and d.p.get_text() == f"{label} {block.text}"
        assert [li.get_text() for li in d.select("ul.simple > li")] == list(block.bullets)
        whole = " ".join([block.text, *(li.get_text() for li in d.select("ul.simple > li"))])
        assert whole == texts[(TK, label)] and whole.startswith(e["starts_with"])
        assert d.find_parent("section").h2.get_text() == e["section"] + mark  # under its own chapter
    assert sum(bool(b.bullets) for b in blocks) >= 2
    recs = body.select("p.recommendation")
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for s in sections for p in s.find_all("p", recursive=False) if not p.get("class")]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    glossary = body.select_one("dl.glossary")
    terms = glossary.find_all("dt")
    assert [[dt.get_text()[:-1], dt.find_next_sibling("dd").get_text()] for dt in terms] == info["glossary"]
    assert all(dt["id"] == term_id(dt.get_text()[:-1]) and dt.a["href"] == f"#{dt['id']}" for dt in terms)
    foot = soup.footer
    assert [a.get_text().strip() for a in foot.select(".rst-footer-buttons a")] == [SPHINX["previous"],
                                                                                   SPHINX["next"]]
    assert copyright_line(report) in foot.get_text() and SPHINX["built_with"] in " ".join(foot.get_text().split())
    assert info["running_header_lines"][-2:] == [copyright_line(report), SPHINX["built_with"]]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_pages_pdf_sets_each_number_in_a_numbered_list_beside_ragged_text(generated: dict[str, Any]) -> None:
    """Marrowby: a missing from care learning review exported to PDF from Apple Pages: "Pages" as creator, the Mac's
    Quartz PDFContext as producer, the review's title as metadata title, A4 pages, a cover whose title stands in white
    on a full-width coloured band with the title-page lines beneath and no header or footer, a contents page whose page
    numbers stand flush right with no leader, then on every later page
    the running title at the left and the date at the right of the header and the page number centred in the footer;
    each numbered paragraph's number in regular sans in the text's colour at the list's number indent, on its first
    baseline, the ragged-right, hyphenated text (every line of it) at the text indent, dash bullets, the glossary a
    table with a coloured header row, paragraphs running on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][MW]
    report = next(r for r in load_reports() if r["id"] == MW)
    blocks = build_blocks(report)
    texts = paragraph_texts()
    ink = tuple(round(c, 3) for c in PAGESPDF["text"])
    accent = tuple(round(c, 3) for c in PAGESPDF["accent"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = PAGESPDF["frame"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == PAGESPDF_PRODUCER and pdf.metadata["Creator"] == PAGESPDF_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 6
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        cover = pages[0]
        band = [r for r in cover.rects if r["width"] > cover.width - 1 and colour(r) == accent]
        assert len(band) == 1 and abs(band[0]["bottom"] - PAGESPDF["band_bottom"]) < 0.5
        big = [c for c in cover.chars if c["size"] > 25]
        assert big and all(c["bottom"] < PAGESPDF["band_bottom"] and colour(c) == (1, 1, 1) for c in big)
        assert "".join(c["text"] for c in big).replace(" ", "") == report["title"].replace(" ", "")
        cover_text = " ".join((cover.extract_text() or "").split())
        assert all(line in cover_text for line in title_lines(report))
        assert report["running_title"] not in cover_text and not any(c["top"] > PAGESPDF["footer_top"]
                                                                     for c in cover.chars)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        assert all(re.fullmatch(r"\d+ [^.]+ \d+|[A-Z][^.]+ \d+", line) for line in info["contents_lines"])  # no leader
        numbers = [w for w in pages[1].extract_words() if re.fullmatch(r"\d+", w["text"]) and w["x0"] > x1 - 40
                   and PAGESPDF["header_top"] < w["top"] < PAGESPDF["footer_top"]]
        assert len(numbers) == len(info["contents_lines"]) and all(abs(w["x1"] - x1) < 1 for w in numbers)
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[0] == f"{report['running_title']} {report['date']}" and lines[-1] == pagespdf_footer(
                page.page_number)
            head = [c for c in page.chars if c["top"] < PAGESPDF["header_top"]]
            assert abs(min(c["x0"] for c in head) - x0) < 1 and abs(max(c["x1"] for c in head) - x1) < 1
            foot = [c for c in page.chars if c["top"] > PAGESPDF["footer_top"]]
            assert abs((min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2 - page.width / 2) < 1  # centred
            body = [c for c in page.chars if PAGESPDF["header_top"] < c["top"] < PAGESPDF["footer_top"]]
            assert all(x0 - 1 < c["x0"] and c["x1"] < x1 + 1 and top - 2 < c["top"] < bottom for c in body)
        factor_keys = {b.label for b in blocks if b.bullets}
        numbers_total = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(MW, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and a["fontname"] == PAGESPDF["number_font"] and colour(a) == ink
                     and abs(a["size"] - PAGESPDF["body_size"]) < 0.1 and abs(a["x0"] - PAGESPDF["number_x"]) < 0.5
                     and abs(b["x0"] - PAGESPDF["text_x"]) < 0.5 and abs(a["bottom"] - b["bottom"]) < 1.5]
            assert len(pairs) == 1, (label, e["page"])
            numbers_total += 1
            word = pairs[0][1]
            below = [w for w in words if 5 < w["top"] - word["top"] < 20]
            if below and label not in factor_keys:  # the second line starts at the text indent too
                assert abs(min(w["x0"] for w in below) - PAGESPDF["text_x"]) < 0.5, label
        margin = [w for p in pages[1:] for w in p.extract_words()
                  if abs(w["x0"] - PAGESPDF["number_x"]) < 0.5 and re.fullmatch(LABEL_RE[MW], w["text"])
                  and PAGESPDF["header_top"] < w["top"] < PAGESPDF["footer_top"]]
        assert len(margin) == numbers_total == len([b for b in blocks if b.kind in ("para", "factor")])
        dashes = [w for p in pages[1:] for w in p.extract_words() if w["text"] == PAGESPDF["dash"]
                  and PAGESPDF["header_top"] < w["top"] < PAGESPDF["footer_top"]]  # the header's title has one too
        assert len(dashes) == sum(len(b.bullets) for b in blocks)
        assert all(abs(w["x0"] - PAGESPDF["text_x"] - 6) < 0.5 for w in dashes)  # indented past the text
        last = pages[-1]
        heads = [w for w in last.extract_words(extra_attrs=["non_stroking_color"]) if w["text"] in ("Term", "Meaning")]
        assert [w["text"] for w in heads] == PAGESPDF["glossary_head"] and all(colour(w) == (1, 1, 1) for w in heads)
        assert any(colour(r) == accent and r["top"] <= heads[0]["top"] <= r["bottom"] for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    # the header as one line (title left, date right): the cover's own date line is the report's, not running matter
    assert info["running_header_lines"] == [f"{report['running_title']} {report['date']}", pagespdf_footer("N")]
    assert info["hyphenated_words"] and sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3


def test_mkdocs_page_ends_each_paragraph_with_its_permalink(generated: dict[str, Any]) -> None:
    """Selbridge: a review built by MkDocs with the Material theme: its generator tag, the header's site name and search
    box, the left navigation with this page active, the right table of contents of the chapters, every heading ending
    in a "¶" permalink, each numbered paragraph a <p> with its own id opening with its number in a span and ending in
    a "#" permalink to itself, a factor list's bullets the list after it, the title-page lines in an info admonition,
    "Recommendation N:" bold, the glossary a table, the footer's links, copyright and "Made with Material for MkDocs"
    (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][SX]
    report = next(r for r in load_reports() if r["id"] == SX)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    mark = MKDOCS["permalink"]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == MKDOCS["generator"]
    assert soup.title.get_text() == f"{output['short_name']} - {output['site_name']}"
    header = soup.select_one("header.md-header")
    assert [t.get_text() for t in header.select(".md-header__topic")] == [output["site_name"], output["short_name"]]
    assert header.select_one("input.md-search__input")["placeholder"] == MKDOCS["search"]
    primary = soup.select_one("nav.md-nav--primary")
    assert primary.select_one("label.md-nav__title").get_text() == output["site_name"]
    assert primary.select_one("a.md-nav__link--active").get_text() == output["short_name"]
    toc = soup.select_one("nav.md-nav--secondary")
    assert toc["aria-label"] == toc.select_one("label.md-nav__title").get_text() == MKDOCS["toc"]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    links = toc.select("a.md-nav__link")
    assert [a.get_text() for a in links] == chapters == info["contents_lines"]
    body = soup.select_one("article.md-content__inner.md-typeset")
    assert body.h1.get_text() == report["title"] + mark and body.h1.a["href"] == f"#{body.h1['id']}"
    note = body.select_one("div.admonition.info")
    assert note.select_one("p.admonition-title").get_text() == MKDOCS["admonition"]
    assert [p.get_text() for p in note.find_all("p")[1:]] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    h2s = body.find_all("h2")
    assert [h.get_text() for h in h2s] == [c + mark for c in chapters] and not body.find("section")
    assert all(h["id"] == mkdocs_id(h.get_text()[:-1]) and h.select_one("a.headerlink")["href"] == f"#{h['id']}"
               and h.select_one("a.headerlink")["title"] == "Permanent link" for h in h2s)
    assert [a["href"] for a in links] == [f"#{h['id']}" for h in h2s]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    paras = body.select("p[id^=para-]")
    assert [p["id"] for p in paras] == [f"para-{e['paragraph']}" for e in numbered]
    for p, e in zip(paras, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        first, end = p.find(recursive=False), p.find_all(recursive=False)[-1]
        assert first.name == "span" and first["class"] == ["md-para-number"] and first.get_text() == label
        assert end.name == "a" and end["class"] == ["para-permalink"] and end["href"] == f"#{p['id']}"
        assert end.get_text() == MKDOCS["para_mark"] and p.get_text() == f"{label} {block.text} {MKDOCS['para_mark']}"
        after = p.find_next_sibling()
        if block.bullets:
            assert after.name == "ul" and after["data-para"] == label
            assert [li.get_text() for li in after.find_all("li")] == list(block.bullets)
        whole = " ".join([block.text, *block.bullets])
        assert whole == texts[(SX, label)] and whole.startswith(e["starts_with"])
        assert p.find_previous("h2").get_text() == e["section"] + mark  # under its own chapter
    assert len(body.select("ul[data-para]")) == sum(bool(b.bullets) for b in blocks) >= 2
    recs = [p for p in body.find_all("p") if p.strong]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in body.find_all("p", recursive=False) if not p.get("id") and not p.strong]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = body.find("table")
    assert [th.get_text() for th in table.select("thead th")] == MKDOCS["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    foot = soup.select_one("footer.md-footer")
    assert [s.get_text() for s in foot.select(".md-footer__direction")] == [MKDOCS["previous"], MKDOCS["next"]]
    assert foot.select_one(".md-copyright__highlight").get_text() == mkdocs_copyright(report)
    assert MKDOCS["made_with"] in " ".join(foot.get_text().split())
    assert info["running_header_lines"][-2:] == [mkdocs_copyright(report), MKDOCS["made_with"]]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_case_system_pdf_prints_a_header_block_of_fields_on_every_page(generated: dict[str, Any]) -> None:
    """Pennistow: a non-accidental injury learning review kept in a case-management system and printed to PDF by its
    report module: the module as creator and iText as producer, the review's title as metadata title, A4 pages, page 1
    a "Document record" form of bold field labels and their values with the title-page lines under "Description"
    and no header block or footer, then on every later page the fixed header block (a grey box of two lines of fields)
    and the footer's print stamp and page number; a contents page without leaders; each numbered paragraph's number
    bold in the narrow first column, on its first baseline, the justified text in the wide one, hyphen bullets
    further in, bold recommendation labels, the glossary a grid with a grey header row, paragraphs running on over
    page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][PW]
    report = next(r for r in load_reports() if r["id"] == PW)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    grey = tuple(round(c, 3) for c in CASEPDF["box_colour"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = CASEPDF["frame"]
    head = casepdf_header(report, output)
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == CASEPDF_PRODUCER and pdf.metadata["Creator"] == CASEPDF_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 6
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        record = pages[0]
        lines = (record.extract_text() or "").splitlines()
        assert lines[0] == output["system"] and lines[1] == CASEPDF["record"]
        flat = " ".join(" ".join(lines).split())
        for label, value in zip(CASEPDF["fields"], casepdf_fields(report, output), strict=True):
            assert f"{label} {value}" in flat, label
        labels = [w for w in record.extract_words(extra_attrs=["fontname"]) if w["text"] in
                  {f.split()[0] for f in CASEPDF["fields"]} and abs(w["x0"] - x0 - 5) < 0.5]
        assert len(labels) == len(CASEPDF["fields"]) and all("Bold" in w["fontname"] for w in labels)
        assert flat.split(f" {CASEPDF['description']} ", 1)[1] == " ".join(title_lines(report))
        assert not any(line in flat for line in head) and "Page 1" not in flat
        assert not any(colour(r) == grey and r["top"] < CASEPDF["header_bottom"] for r in record.rects)  # no block
        assert not any(c["top"] > CASEPDF["footer_top"] for c in record.chars)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[2] == "Contents" and all(line in contents for line in info["contents_lines"])
        assert all(re.fullmatch(r"\d+ [^.]+ \d+|[A-Z][^.]+ \d+", line) for line in info["contents_lines"])  # no leader
        numbers = [w for w in pages[1].extract_words() if re.fullmatch(r"\d+", w["text"]) and w["x0"] > x1 - 40
                   and top - 2 < w["top"] < CASEPDF["footer_top"]]
        assert len(numbers) == len(info["contents_lines"]) and all(abs(w["x1"] - x1) < 1 for w in numbers)
        bx0, btop, bx1, bbottom = CASEPDF["box"]
        for page in pages[1:]:
            lines = (page.extract_text() or "").splitlines()
            assert lines[:2] == head and lines[-1] == casepdf_footer(page.page_number)
            boxes = [r for r in page.rects if colour(r) == grey and abs(r["x0"] - bx0) < 0.5
                     and abs(r["top"] - btop) < 0.5 and abs(r["bottom"] - bbottom) < 0.5 and abs(r["x1"] - bx1) < 0.5]
            assert len(boxes) == 1, page.page_number
            header = [c for c in page.chars if c["top"] < CASEPDF["header_bottom"]]
            assert all(btop < c["top"] and c["bottom"] < bbottom and "Bold" in c["fontname"] for c in header)
            assert "".join(c["text"] for c in header).replace(" ", "") == "".join(head).replace(" ", "")
            foot = [c for c in page.chars if c["top"] > CASEPDF["footer_top"]]
            assert abs(min(c["x0"] for c in foot) - x0) < 1 and abs(max(c["x1"] for c in foot) - x1) < 1
            body = [c for c in page.chars if CASEPDF["header_bottom"] < c["top"] < CASEPDF["footer_top"]]
            assert all(x0 - 1 < c["x0"] and c["x1"] < x1 + 1 and top - 2 < c["top"] < bottom for c in body)
        factor_keys = {b.label for b in blocks if b.bullets}
        numbers_total = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            assert texts[(PW, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and a["fontname"] == CASEPDF["number_font"] and abs(a["size"] - CASEPDF["body_size"]) < 0.1
                     and abs(a["x0"] - CASEPDF["number_x"]) < 0.5 and abs(b["x0"] - CASEPDF["text_x"]) < 0.5
                     and abs(a["bottom"] - b["bottom"]) < 1.5]
            assert len(pairs) == 1, (label, e["page"])
            numbers_total += 1
            word = pairs[0][1]
            line = [w for w in words if abs(w["bottom"] - word["bottom"]) < 1.5]
            below = [w for w in words if 5 < w["top"] - word["top"] < 20]
            if below and label not in factor_keys:  # justified: the first line fills the column; the second starts
                assert abs(max(w["x1"] for w in line) - x1) < 1, label  # at the text column too
                assert abs(min(w["x0"] for w in below) - CASEPDF["text_x"]) < 0.5, label
        margin = [w for p in pages[1:] for w in p.extract_words(extra_attrs=["fontname"])
                  if abs(w["x0"] - CASEPDF["number_x"]) < 0.5 and re.fullmatch(LABEL_RE[PW], w["text"])
                  and "Bold" in w["fontname"] and CASEPDF["header_bottom"] < w["top"] < CASEPDF["footer_top"]]
        assert len(margin) == numbers_total == len([b for b in blocks if b.kind in ("para", "factor")])
        marks = [w for p in pages[1:] for w in p.extract_words() if w["text"] == CASEPDF["bullet"]
                 and abs(w["x0"] - CASEPDF["text_x"] - 5) < 0.5]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 8  # indented past the text
        last = pages[-1]
        heads = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in CASEPDF["glossary_head"]]
        assert [w["text"] for w in heads] == CASEPDF["glossary_head"] and all("Bold" in w["fontname"] for w in heads)
        assert any(colour(r) == grey and r["top"] <= heads[0]["top"] <= r["bottom"] for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    assert info["running_header_lines"] == [*head, casepdf_footer("N")]
    assert info["hyphenated_words"] and sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3


def test_docusaurus_page_sets_each_number_alone_in_a_grid_column(generated: dict[str, Any]) -> None:
    """Quarrington: a review built by Docusaurus: its generator tag and <title>, the navbar's title and DocSearch
    button, the docs sidebar with this page active, the breadcrumbs, the right table of contents of the chapters and
    the "On this page" button, every chapter heading ending in a hash link whose only text is a zero-width space, each
    numbered paragraph a grid row with its own id, its number a link to it alone in the narrow column and its text
    (and a factor list's bullets) in the wide one, the title-page lines in a note admonition, "Recommendation N:"
    bold, the glossary a table, "Edit this page", "Last updated on ...", the pagination and the copyright footer
    (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][QR]
    report = next(r for r in load_reports() if r["id"] == QR)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    zw = DOCUSAURUS["hash"]
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == DOCUSAURUS["generator"]
    assert soup.title.get_text() == f"{output['short_name']} | {output['site_title']}"
    navbar = soup.select_one("nav.navbar")
    assert navbar.select_one(".navbar__title").get_text() == output["site_title"]
    search = navbar.select_one("button.DocSearch-Button")
    assert search["aria-label"] == search.select_one(".DocSearch-Button-Placeholder").get_text() == DOCUSAURUS["search"]
    sidebar = soup.select_one("aside.theme-doc-sidebar-container nav.menu")
    assert sidebar["aria-label"] == DOCUSAURUS["sidebar"]
    assert sidebar.select_one('a[aria-current="page"]').get_text() == output["short_name"]
    crumbs = soup.select("nav.theme-doc-breadcrumbs li.breadcrumbs__item")
    assert [li.get_text() for li in crumbs] == ["Home", DOCUSAURUS["breadcrumb"], output["short_name"]]
    assert soup.select_one("button.tocCollapsibleButton_TO0P").get_text() == DOCUSAURUS["on_this_page"]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    links = soup.select("ul.table-of-contents a.table-of-contents__link")
    assert [a.get_text() for a in links] == chapters == info["contents_lines"]
    body = soup.select_one("div.theme-doc-markdown.markdown")
    assert body.header.h1.get_text() == report["title"] and not body.h1.find("a")
    note = body.select_one("div.theme-admonition-note")
    assert note.select_one(".admonitionHeading_Gvgb").get_text() == DOCUSAURUS["admonition"]
    assert [p.get_text() for p in note.find_all("p")] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    h2s = body.find_all("h2")
    assert [h.get_text() for h in h2s] == [c + zw for c in chapters]  # the hash link's only text: a zero-width space
    for h, chapter in zip(h2s, chapters, strict=True):
        link = h.select_one("a.hash-link")
        assert h["id"] == docusaurus_id(chapter) and link["href"] == f"#{h['id']}" and link.get_text() == zw
        assert link["title"] == link["aria-label"] == f"Direct link to {chapter}"
    assert [a["href"] for a in links] == [f"#{h['id']}" for h in h2s]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    rows = body.select("div.row[id^=para-]")
    assert [r["id"] for r in rows] == [f"para-{e['paragraph']}" for e in numbered]
    for row, e in zip(rows, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        number, wide = row.find_all("div", recursive=False)
        assert number["class"] == ["col", "col--1", "numberedPara__number"] and "col--11" in wide["class"]
        assert number.a.get_text() == label and number.a["href"] == f"#{row['id']}" and not number.find("p")
        assert [p.get_text() for p in wide.find_all("p")] == [block.text]
        assert [li.get_text() for li in wide.find_all("li")] == list(block.bullets)
        whole = " ".join([block.text, *block.bullets])
        assert whole == texts[(QR, label)] and whole.startswith(e["starts_with"])
        assert row.find_previous("h2").get_text() == e["section"] + zw  # under its own chapter
    assert sum(bool(r.find("ul")) for r in rows) == sum(bool(b.bullets) for b in blocks) >= 2
    recs = [p for p in body.find_all("p", recursive=False) if p.strong]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in body.find_all("p", recursive=False) if not p.strong]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = body.find("table")
    assert [th.get_text() for th in table.select("thead th")] == DOCUSAURUS["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    edit = soup.select_one("a.theme-edit-this-page")
    assert edit.get_text() == DOCUSAURUS["edit"] and edit["href"] == output["edit_url"]
    updated = f"{DOCUSAURUS['updated']} {output['last_updated']}"
    assert soup.select_one(".theme-last-updated").get_text() == updated
    assert [s.get_text() for s in soup.select(".pagination-nav__sublabel")] == [DOCUSAURUS["previous"],
                                                                                DOCUSAURUS["next"]]
    assert soup.select_one("footer.footer .footer__copyright").get_text() == docusaurus_copyright(report)
    assert info["running_header_lines"][-4:] == [updated, DOCUSAURUS["previous"], DOCUSAURUS["next"],
                                                 docusaurus_copyright(report)]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_badge_pdf_sets_each_number_white_in_a_filled_circle(generated: dict[str, Any]) -> None:
    """Kettlebridge: a child neglect learning review designed in a desktop-publishing program and exported to PDF:
    InDesign as creator and the Adobe PDF Library as producer, the review's title as metadata title, A4 pages, a cover
    with a full-width accent band, the title and the title-page lines and no footer; on every later page no running
    header and the footer's running title and page number; each numbered paragraph's number white and bold, centred in
    a filled circle of the accent colour in the margin on the paragraph's first baseline, the text ragged right at the
    text column; bullets further in; bold recommendation labels; the glossary's tinted header; paragraphs running on
    over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][KT]
    report = next(r for r in load_reports() if r["id"] == KT)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    accent = tuple(round(c, 3) for c in output["accent"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = BADGES["frame"]
    radius = BADGES["badge_r"]
    numbered = [b for b in blocks if b.kind in ("para", "factor")]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == BADGES_PRODUCER and pdf.metadata["Creator"] == BADGES_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 5
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        cover = pages[0]
        band = [r for r in cover.rects if colour(r) == accent and r["top"] < 1 and r["width"] > cover.width - 1]
        assert len(band) == 1 and abs(band[0]["bottom"] - BADGES["band_bottom"]) < 0.5
        flat = " ".join((cover.extract_text() or "").split())
        assert flat == " ".join([report["title"], *title_lines(report)])
        assert not cover.curves and not any(c["top"] > BADGES["footer_top"] for c in cover.chars)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[0] == "Contents" and all(line in contents for line in info["contents_lines"])
        assert all(re.fullmatch(r"\d+ [^.]+ \d+|[A-Z][^.]+ \d+", line) for line in info["contents_lines"])  # no leader
        for page in pages[1:]:
            foot = [c for c in page.chars if c["top"] > BADGES["footer_top"]]
            line = "".join(c["text"] for c in foot).replace(" ", "")
            assert line == badges_footer(report, page.page_number).replace(" ", ""), page.page_number
            assert abs(min(c["x0"] for c in foot) - x0) < 1 and abs(max(c["x1"] for c in foot) - x1) < 1
            body = [c for c in page.chars if c["top"] < BADGES["footer_top"]]
            assert all(x0 - 1 < c["x0"] and c["x1"] < x1 + 1 and top - 2 < c["top"] < bottom for c in body)
        badges = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(KT, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == first
                     and a["fontname"] == BADGES["number_font"] and abs(a["size"] - BADGES["number_size"]) < 0.1
                     and colour(a) == BADGES["white"] and abs((a["x0"] + a["x1"]) / 2 - BADGES["badge_x"]) < 0.5
                     and abs(b["x0"] - BADGES["text_x"]) < 0.5 and abs(a["bottom"] - b["bottom"]) < 1.5]
            assert len(pairs) == 1, (label, e["page"])
            number = pairs[0][0]
            circles = [c for c in page.curves if colour(c) == accent and c["x0"] <= number["x0"]
                       and number["x1"] <= c["x1"] and c["top"] <= number["top"] and number["bottom"] <= c["bottom"]]
            assert len(circles) == 1, label
            width, height = circles[0]["x1"] - circles[0]["x0"], circles[0]["bottom"] - circles[0]["top"]
            assert abs(width - 2 * radius) < 0.5 and abs(height - 2 * radius) < 0.5, label
            badges += 1
        assert badges == len(numbered)
        assert sum(len([c for c in p.curves if colour(c) == accent]) for p in pages) == badges  # one circle each
        white = [w["text"] for p in pages for w in p.extract_words(extra_attrs=["non_stroking_color"])
                 if colour(w) == BADGES["white"]]
        assert white == [b.label for b in numbered]  # nothing else is printed in white
        marks = [w for p in pages[1:] for w in p.extract_words() if w["text"] == BADGES["bullet"]
                 and abs(w["x0"] - BADGES["text_x"] - 5) < 0.5]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 8  # indented past the text
        last = pages[-1]
        heads = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in ("Term", "What")]
        assert [w["text"] for w in heads] == ["Term", "What"] and all("Bold" in w["fontname"] for w in heads)
        assert any(r["top"] <= heads[0]["top"] <= r["bottom"] and colour(r) not in (accent, ()) for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    assert info["running_header_lines"] == [badges_footer(report, "N")]
    assert info["hyphenated_words"] and sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3


def test_gitbook_page_opens_each_block_with_an_icon_only_anchor(generated: dict[str, Any]) -> None:
    """Ellerdyke: a review published on GitBook: its generator tag and <title>, the header's space title and search
    button, the sidebar with this page active, the "On this page" list of the chapters, every chapter heading opening
    with an anchor link that holds only an icon, each numbered paragraph a block with its own id opening with an
    icon-only anchor to it and then its <p>, whose first child is the number in a span, a factor list's bullets in
    the same block, the title-page lines in an info hint, "Recommendation N:" bold, the glossary a table, "Last
    updated ...", "Was this helpful?", the page links and "Powered by GitBook" (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][EY]
    report = next(r for r in load_reports() if r["id"] == EY)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == GITBOOK["generator"]
    assert soup.title.get_text() == f"{output['short_name']} | {output['space_title']}"
    assert soup.select_one("header.gb-header .space-title").get_text() == output["space_title"]
    assert soup.select_one("button.search-button .search-placeholder").get_text() == GITBOOK["search"]
    sidebar = soup.select_one('aside.gb-sidebar[data-testid="table-of-contents"]')
    assert sidebar.select_one('a[aria-current="page"]').get_text() == output["short_name"]
    outline = soup.select_one("aside.gb-outline")
    assert outline.select_one(".outline-title").get_text() == GITBOOK["on_this_page"]
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert [a.get_text() for a in outline.select("li a")] == headings == info["contents_lines"]
    page = soup.select_one("article.gb-page")
    assert page.h1.get_text() == report["title"] and not page.h1.find("a")
    hint = page.select_one("div.hint.hint-info")
    assert [p.get_text() for p in hint.find_all("p")] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    h2s = page.find_all("h2")
    assert [h.get_text() for h in h2s] == headings
    for h, heading in zip(h2s, headings, strict=True):
        link = h.contents[0]
        assert link.name == "a" and "heading-anchor" in link["class"] and link.get_text() == "" and link.svg
        assert h["id"] == gitbook_id(heading) and link["href"] == f"#{h['id']}"
        assert link["aria-label"] == GITBOOK["heading_anchor"]
    assert [a["href"] for a in outline.select("li a")] == [f"#{h['id']}" for h in h2s]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    rows = page.select("div.gb-block[id^=para-]")
    assert [r["id"] for r in rows] == [gitbook_para_id(e["paragraph"]) for e in numbered]
    for row, e in zip(rows, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        anchor, para = [c for c in row.children if getattr(c, "name", None)][:2]
        assert anchor.name == "a" and anchor["href"] == f"#{row['id']}" and anchor.get_text() == "" and anchor.svg
        assert anchor["aria-label"] == GITBOOK["block_anchor"]
        assert para.name == "p" and para.contents[0].name == "span" and para.span["class"] == ["para-no"]
        assert para.span.get_text() == label and para.get_text() == f"{label} {block.text}"
        assert [li.get_text() for li in row.find_all("li")] == list(block.bullets)
        whole = " ".join([block.text, *block.bullets])
        assert whole == texts[(EY, label)] and whole.startswith(e["starts_with"])
        assert row.find_previous("h2").get_text() == e["section"]  # under its own chapter
    assert sum(bool(r.find("ul")) for r in rows) == sum(bool(b.bullets) for b in blocks) >= 2
    recs = [p for p in page.select("div.gb-block > p") if p.strong]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [d.p.get_text() for d in page.select("div.gb-block.block-paragraph") if not d.get("id") and not d.p.strong]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = page.find("table")
    assert [th.get_text() for th in table.select("thead th")] == GITBOOK["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    assert soup.select_one(".page-footer .last-updated").get_text() == output["updated"]
    assert soup.select_one(".page-feedback span").get_text() == GITBOOK["helpful"]
    assert [s.get_text() for s in soup.select(".nav-sublabel")] == [GITBOOK["previous"], GITBOOK["next"]]
    assert soup.select_one("footer.gb-footer .powered-by").get_text() == GITBOOK["powered"]
    assert info["running_header_lines"][-5:] == [output["updated"], GITBOOK["helpful"], GITBOOK["previous"],
                                                 GITBOOK["next"], GITBOOK["powered"]]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_scribus_pdf_sets_each_number_in_the_outside_margin(generated: dict[str, Any]) -> None:
    """Redmarsh: a parental mental health learning review laid out in Scribus on facing pages: Scribus as creator and
    producer, the review's title as metadata title, A4 pages, a cover with the title over an accent rule and the
    title-page lines and no header or footer; on every later page the running header and the page number at the
    OUTSIDE edge (right on odd pages, left on even ones); each numbered paragraph's number bold and in the accent colour
    in the outside margin on its first line's baseline, at the right of the justified text on odd pages and at the
    left on even ones; bullets further in; bold recommendation labels; the glossary's tinted header; paragraphs running
    on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][RM]
    report = next(r for r in load_reports() if r["id"] == RM)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    accent = tuple(round(c, 3) for c in output["accent"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = SCRIBUS["frame"]
    gap = SCRIBUS["gap"]
    numbered = [b for b in blocks if b.kind in ("para", "factor")]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == SCRIBUS_PRODUCER and pdf.metadata["Creator"] == SCRIBUS_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 5
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        cover = pages[0]
        flat = " ".join((cover.extract_text() or "").split())
        assert flat == " ".join([report["title"], *title_lines(report)])
        assert any(abs(ln["x0"] - x0) < 1 and abs(ln["x1"] - x1) < 1 for ln in cover.lines)  # the accent rule
        assert not any(c["top"] > SCRIBUS["footer_top"] or c["top"] < SCRIBUS["header_bottom"] for c in cover.chars)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        assert all(re.fullmatch(r"[A-Z][^.]+ \d+", line) for line in info["contents_lines"])  # no leader
        for page in pages[1:]:
            recto = page.page_number % 2 == 1
            head = [c for c in page.chars if c["top"] < SCRIBUS["header_bottom"]]
            foot = [c for c in page.chars if c["top"] > SCRIBUS["footer_top"]]
            assert "".join(c["text"] for c in head) == scribus_header(report), page.page_number
            assert "".join(c["text"] for c in foot) == str(page.page_number)
            for line in (head, foot):  # at the outside edge of the page
                edge = max(c["x1"] for c in line) if recto else min(c["x0"] for c in line)
                assert abs(edge - (x1 if recto else x0)) < 1, page.page_number
            body = [c for c in page.chars if SCRIBUS["header_bottom"] < c["top"] < SCRIBUS["footer_top"]]
            assert all(top - 2 < c["top"] < bottom for c in body)
            inside = [c for c in body if colour(c) != accent or not c["fontname"].endswith(SCRIBUS["number_font"])]
            assert all(x0 - 1 < c["x0"] and c["x1"] < x1 + 1 for c in inside), page.page_number
        margin_numbers = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(RM, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            recto = e["page"] % 2 == 1
            numbers = [w for w in words if w["text"] == label and w["fontname"] == SCRIBUS["number_font"]
                       and abs(w["size"] - SCRIBUS["number_size"]) < 0.1 and colour(w) == accent
                       and (abs(w["x0"] - x1 - gap) < 0.5 if recto else abs(w["x1"] - x0 + gap) < 0.5)]
            assert len(numbers) == 1, (label, e["page"])
            starts = [w for w in words if w["text"] == first and abs(w["x0"] - SCRIBUS["text_x"]) < 0.5
                      and abs(w["bottom"] - numbers[0]["bottom"]) < 1.5]
            assert len(starts) == 1, (label, e["page"])
            margin_numbers += 1
        assert margin_numbers == len(numbered)
        in_margin = [w["text"] for p in pages[2:] for w in p.extract_words(extra_attrs=["non_stroking_color"])
                     if (w["x0"] > x1 + 1 or w["x1"] < x0 - 1)]
        assert sorted(in_margin, key=int) == [b.label for b in numbered]  # nothing else in the margins
        assert sum(p.page_number % 2 == 0 and any(w["x1"] < x0 - 1 for w in p.extract_words()) for p in pages) >= 2
        assert sum(p.page_number % 2 == 1 and any(w["x0"] > x1 + 1 for w in p.extract_words()) for p in pages) >= 2
        marks = [w for p in pages[1:] for w in p.extract_words() if w["text"] == SCRIBUS["bullet"]
                 and abs(w["x0"] - SCRIBUS["text_x"] - 5) < 0.5]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 8  # indented past the text
        last = pages[-1]
        heads = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in SCRIBUS["glossary_head"]]
        assert [w["text"] for w in heads] == SCRIBUS["glossary_head"] and all("Bold" in w["fontname"] for w in heads)
        assert any(r["top"] <= heads[0]["top"] <= r["bottom"] and colour(r) not in (accent, ()) for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    assert info["running_header_lines"] == [scribus_header(report), "N"]
    assert info["hyphenated_words"] and sum(e["split_across_pages"] for e in info["paragraphs"]) >= 1


def test_jupyterbook_page_sets_each_number_in_a_margin_aside(generated: dict[str, Any]) -> None:
    """Wadebury: a review published in a Jupyter Book: its generator tag and <title>, the sidebar's book title,
    search button and current page, the article buttons, the "Contents" list of the chapters, every heading ending in
    a "#" permalink, each numbered paragraph's number a permalink to itself inside a margin aside placed just before the
    paragraph's <p>, which holds the text alone, a factor list's bullets straight after it, the title-page lines in an
    "important" admonition, "Recommendation N:" bold, the glossary a table, the page links and the footer's byline,
    copyright and "Last updated on ..." (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][WB]
    report = next(r for r in load_reports() if r["id"] == WB)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == JUPYTERBOOK["generator"]
    assert soup.title.get_text() == f"{output['short_name']} \u2014 {output['book_title']}"
    sidebar = soup.select_one("div.bd-sidebar-primary")
    assert sidebar.select_one(".logo__title").get_text() == output["book_title"]
    assert sidebar.select_one(".search-button__default-text").get_text() == JUPYTERBOOK["search"]
    assert sidebar.select_one("a.current").get_text() == output["short_name"]
    assert [b.get_text() for b in soup.select(".article-header-button")] == JUPYTERBOOK["buttons"]
    toc = soup.select_one("div.bd-sidebar-secondary")
    assert toc.select_one(".onthispage").get_text().strip() == JUPYTERBOOK["contents"]
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert [a.get_text() for a in toc.select("nav a")] == headings == info["contents_lines"]
    article = soup.select_one("article.bd-article")
    title = article.h1
    assert title.contents[0] == report["title"] and title.a["class"] == ["headerlink"] and title.a.get_text() == "#"
    note = article.select_one("div.admonition.important")
    assert note.select_one(".admonition-title").get_text() == JUPYTERBOOK["admonition"]
    assert [p.get_text() for p in note.find_all("p")][1:] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    h2s = article.find_all("h2")
    assert [h.contents[0] for h in h2s] == headings
    for h, heading in zip(h2s, headings, strict=True):
        link = h.contents[-1]
        assert link.name == "a" and link["class"] == ["headerlink"] and link.get_text() == "#"
        assert h.parent.name == "section" and h.parent["id"] == jupyterbook_id(heading)
        assert link["href"] == f"#{h.parent['id']}" and link["title"] == JUPYTERBOOK["permalink"]
    assert [a["href"] for a in toc.select("nav a")] == [f"#{h.parent['id']}" for h in h2s]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    asides = article.select("aside.margin.sidebar")
    assert [a["id"] for a in asides] == [jupyterbook_para_id(e["paragraph"]) for e in numbered]
    for aside, e in zip(asides, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        link = aside.select_one("a.para-ref")
        assert link.get_text() == aside.get_text() == label and link["href"] == f"#{aside['id']}"
        para = aside.find_next_sibling()
        assert para.name == "p" and para.get_text() == block.text and not para.find("a")  # the text alone
        after = para.find_next_sibling()
        items = [li.get_text() for li in after.find_all("li")] if after is not None and after.name == "ul" else []
        assert items == list(block.bullets)
        whole = " ".join([block.text, *block.bullets])
        assert whole == texts[(WB, label)] and whole.startswith(e["starts_with"])
        assert aside.find_parent("section").h2.contents[0] == e["section"]  # under its own chapter
    assert len(article.select("ul.simple")) == sum(bool(b.bullets) for b in blocks) >= 2
    recs = [p for p in article.find_all("p") if p.strong]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in article.select("section > p") if not p.strong
             and not (p.find_previous_sibling() and p.find_previous_sibling().name == "aside")]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = article.find("table")
    assert [th.get_text() for th in table.select("thead th")] == JUPYTERBOOK["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    assert [s.get_text() for s in soup.select(".prev-next-subtitle")] == [JUPYTERBOOK["previous"], JUPYTERBOOK["next"]]
    footer = soup.select_one("footer.bd-footer-content")
    assert footer.select_one(".component-author").get_text() == f"By {report['publisher']}"
    assert footer.select_one(".copyright").get_text() == f"\u00a9 Copyright {report['year']}."
    assert footer.select_one(".last-updated").get_text() == output["updated"]
    assert info["running_header_lines"][-3:] == [f"By {report['publisher']}", f"\u00a9 Copyright {report['year']}.",
                                                 output["updated"]]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_affinity_pdf_hangs_each_number_at_the_left_of_its_indent(generated: dict[str, Any]) -> None:
    """Oxhanger: a parental imprisonment learning review laid out in Affinity Publisher: Affinity as creator and
    producer, the review's title as metadata title, A4 pages, a cover with a wide accent band down its left edge, the
    title and the title-page lines and no header or footer; on every later page a narrow accent side band, the running
    header at the frame's left over a hairline and the page number at the right of the foot; each numbered paragraph's
    number bold, sans and in the accent colour at the frame's left edge on its first line's baseline, the text at the
    hanging indent; bullets under the text; bold recommendation labels; the glossary's tinted header; paragraphs
    running on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][OX]
    report = next(r for r in load_reports() if r["id"] == OX)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    accent = tuple(round(c, 3) for c in output["accent"])
    colour = lambda obj: tuple(round(c, 3) for c in (obj.get("non_stroking_color") or ()))  # noqa: E731
    x0, top, x1, bottom = AFFINITY["frame"]
    numbered = [b for b in blocks if b.kind in ("para", "factor")]
    is_number = lambda w: (w["fontname"] == AFFINITY["number_font"] and colour(w) == accent  # noqa: E731
                           and abs(w["size"] - AFFINITY["number_size"]) < 0.1)
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == AFFINITY_PRODUCER and pdf.metadata["Creator"] == AFFINITY_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 5
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        cover = pages[0]
        flat = " ".join((cover.extract_text() or "").split())
        assert flat == " ".join([report["title"], *title_lines(report)])
        assert any(r["x0"] < 1 and abs(r["x1"] - AFFINITY["cover_band"]) < 1 and r["height"] > 800
                   and colour(r) == accent for r in cover.rects)  # the wide band
        assert not any(c["top"] > AFFINITY["footer_top"] or c["top"] < AFFINITY["header_bottom"] for c in cover.chars)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        assert all(re.fullmatch(r"[A-Z][^.]+ \d+", line) for line in info["contents_lines"])  # no leader
        for page in pages[1:]:
            assert any(r["x0"] < 1 and abs(r["x1"] - AFFINITY["band"]) < 1 and r["height"] > 800
                       and colour(r) == accent for r in page.rects), page.page_number  # the side band
            head = [c for c in page.chars if c["top"] < AFFINITY["header_bottom"]]
            foot = [c for c in page.chars if c["top"] > AFFINITY["footer_top"]]
            assert "".join(c["text"] for c in head) == affinity_header(report), page.page_number
            assert "".join(c["text"] for c in foot) == str(page.page_number)
            assert abs(min(c["x0"] for c in head) - x0) < 1 and abs(max(c["x1"] for c in foot) - x1) < 1
            body = [c for c in page.chars if AFFINITY["header_bottom"] < c["top"] < AFFINITY["footer_top"]]
            assert all(top - 2 < c["top"] < bottom for c in body)
            assert all(x0 - 1 < c["x0"] and c["x1"] < x1 + 1 for c in body), page.page_number  # all in the frame
        hung = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(OX, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            numbers = [w for w in words if w["text"] == label and is_number(w) and abs(w["x0"] - x0) < 0.5]
            assert len(numbers) == 1, (label, e["page"])
            starts = [w for w in words if w["text"] == first and abs(w["x0"] - AFFINITY["text_x"]) < 0.5
                      and abs(w["bottom"] - numbers[0]["bottom"]) < 1.5]
            assert len(starts) == 1, (label, e["page"])
            hung += 1
        assert hung == len(numbered)
        labels = [w["text"] for p in pages[2:] for w in p.extract_words(extra_attrs=["fontname", "size",
                                                                                      "non_stroking_color"])
                  if is_number(w)]
        assert sorted(labels, key=int) == [b.label for b in numbered]  # no other word in the numbers' type
        marks = [w for p in pages[1:] for w in p.extract_words() if w["text"] == AFFINITY["bullet"]
                 and abs(w["x0"] - AFFINITY["text_x"] - 3) < 0.5]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 8  # under the text
        last = pages[-1]
        heads = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in AFFINITY["glossary_head"]]
        assert [w["text"] for w in heads] == AFFINITY["glossary_head"] and all("Bold" in w["fontname"] for w in heads)
        assert any(r["top"] <= heads[0]["top"] <= r["bottom"] and colour(r) not in (accent, ()) for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    assert info["running_header_lines"] == [affinity_header(report), "N"]
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 1


def test_hugo_page_puts_each_number_in_a_shortcode_div(generated: dict[str, Any]) -> None:
    """Kelsford: a review published on a Hugo site (the Hugo Book theme): its generator tag and <title>, the menu's
    site title, search box and active page, the mobile header, the table of contents of the chapters, every heading
    with Hugo's id ending in a "#" anchor, each numbered paragraph a div with the number in a span, a "¶" permalink
    to the div and then the text in a <p> with a factor list's bullets after it, the title-page lines in an "info"
    hint, "Recommendation N:" bold, the glossary a table and the footer's "Edit this page" and "Last modified ..."
    (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][KF]
    report = next(r for r in load_reports() if r["id"] == KF)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == HUGO["generator"]
    assert soup.title.get_text() == f"{output['short_name']} | {output['site_title']}"
    menu = soup.select_one("aside.book-menu")
    assert menu.select_one(".book-brand").get_text() == output["site_title"]
    search = menu.select_one("input#book-search-input")
    assert search["placeholder"] == HUGO["search"] and search["type"] == "text"
    assert menu.select_one("a.active").get_text() == output["short_name"]
    assert [a.get_text() for a in menu.select("nav a") if not a.select("span")] == [
        HUGO["menu"][0], output["short_name"], *HUGO["menu"][1:]]
    assert soup.select_one("header.book-header h3").get_text() == output["short_name"]
    toc = soup.select_one("aside.book-toc nav#TableOfContents")
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert [a.get_text() for a in toc.find_all("a")] == headings == info["contents_lines"]
    article = soup.select_one("article.markdown.book-article")
    title = article.h1
    assert title.contents[0] == report["title"] and title.a["class"] == ["anchor"] and title.a.get_text() == "#"
    assert title.a["href"] == f"#{title['id']}" == f"#{hugo_id(report['title'])}"
    hint = article.select_one("blockquote.book-hint.info")
    assert [p.get_text() for p in hint.find_all("p")] == info["front_matter_lines"][1:]
    assert FICTION_LABEL in info["front_matter_lines"]
    h2s = article.find_all("h2")
    assert [h.contents[0] for h in h2s] == headings
    for h, heading in zip(h2s, headings, strict=True):
        link = h.contents[-1]
        assert link.name == "a" and link["class"] == ["anchor"] and link.get_text() == "#"
        assert h["id"] == hugo_id(heading) and link["href"] == f"#{h['id']}" and h["id"][0].isalnum()
    assert [a["href"] for a in toc.find_all("a")] == [f"#{h['id']}" for h in h2s]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    divs = article.select("div.para")
    assert [d["id"] for d in divs] == [hugo_para_id(e["paragraph"]) for e in numbered]
    for div, e in zip(divs, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        kids = [k for k in div.children if getattr(k, "name", None)]
        assert [k.name for k in kids] == ["span", "a", "p", *(["ul"] if block.bullets else [])]
        assert kids[0]["class"] == ["para-num"] and kids[0].get_text() == label
        assert kids[1]["class"] == ["para-link"] and kids[1]["href"] == f"#{div['id']}"
        assert kids[1].get_text() == HUGO["permalink"] and kids[1]["aria-label"].endswith(f" {label}")
        assert kids[2].get_text() == block.text and not kids[2].find("a")  # the text alone
        assert [li.get_text() for li in div.find_all("li")] == list(block.bullets)
        whole = " ".join([block.text, *block.bullets])
        assert whole == texts[(KF, label)] and whole.startswith(e["starts_with"])
        assert div.find_previous("h2").contents[0] == e["section"]  # under its own chapter
    assert sum(bool(d.ul) for d in divs) == sum(bool(b.bullets) for b in blocks) >= 2
    recs = [p for p in article.find_all("p", recursive=False) if p.strong]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in article.find_all("p", recursive=False) if not p.strong]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = article.find("table")
    assert [th.get_text() for th in table.select("thead th")] == HUGO["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    footer = soup.select_one("footer.book-footer")
    assert footer.select_one("a span").get_text() == HUGO["edit"]
    assert footer.select_one(".book-modified").get_text() == output["modified"]
    assert info["running_header_lines"][-2:] == [HUGO["edit"], output["modified"]]
    assert info["running_header_lines"][0] == output["site_title"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_prince_pdf_rules_each_paragraph_with_its_number_in_the_margin(generated: dict[str, Any]) -> None:
    """Stavenby: a parental alcohol misuse learning review typeset by Prince: Prince as creator and producer, the
    review's title as metadata title, A4 pages, a title page with an accent rule under the title and no header or
    footer; on every later page a running header of the running title and, at the right, the chapter the page is in
    (the first chapter heading on the page, else the one carried over), over a hairline, and "Page N of M" centred at
    the foot; each numbered paragraph's number bold, serif and in the accent colour in the left margin, right-aligned
    against an accent rule down the left of its paragraph, on its first line's baseline, the text at the frame's edge;
    bullets under the text; bold recommendation labels; the glossary's tinted header; paragraphs running on over page
    breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][SV]
    report = next(r for r in load_reports() if r["id"] == SV)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    accent = tuple(round(c, 3) for c in output["accent"])
    colour = lambda obj, key="non_stroking_color": tuple(round(c, 3) for c in (obj.get(key) or ()))  # noqa: E731
    x0, top, x1, bottom = PRINCE["frame"]
    numbered = [b for b in blocks if b.kind in ("para", "factor")]
    is_number = lambda w: (w["fontname"] == PRINCE["number_font"] and colour(w) == accent  # noqa: E731
                           and abs(w["size"] - PRINCE["number_size"]) < 0.1)
    chapters = [re.fullmatch(r"(.+) (\d+)", line).groups() for line in info["contents_lines"]]

    def chapter_of(number: int) -> str:
        here = [name for name, page in chapters if int(page) == number]
        before = [name for name, page in chapters if int(page) < number]
        return here[0] if here else before[-1] if before else ""

    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == PRINCE_PRODUCER and pdf.metadata["Creator"] == PRINCE_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        total = len(pages)
        assert total == info["page_count"] >= 5
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        cover = pages[0]
        flat = " ".join((cover.extract_text() or "").split())
        assert flat == " ".join([report["title"], *title_lines(report)])
        assert any(abs(r["x0"] - x0) < 1 and abs(r["x1"] - x1) < 1 and abs(r["height"] - PRINCE["cover_rule"]) < 0.5
                   and colour(r) == accent for r in cover.rects)  # the rule under the title
        assert not any(c["top"] > PRINCE["footer_top"] or c["top"] < PRINCE["header_bottom"] for c in cover.chars)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        assert chapter_of(2) == "" and len({chapter_of(n) for n in range(3, total + 1)}) >= 4  # the header changes
        for page in pages[1:]:
            n = page.page_number
            head = page.crop((0, 0, page.width, PRINCE["header_bottom"]))
            assert (head.extract_text() or "") == " ".join(filter(None, [prince_header(report), chapter_of(n)])), n
            assert all(c["fontname"] == PRINCE["header_font"] for c in head.chars if c["text"].strip())
            assert abs(min(c["x0"] for c in head.chars) - x0) < 1
            if chapter_of(n):
                assert abs(max(c["x1"] for c in head.chars) - x1) < 1  # the chapter at the right
            assert any(abs(ln["top"] - PRINCE["header_bottom"]) < 1 and abs(ln["x1"] - ln["x0"] - (x1 - x0)) < 1
                       for ln in page.lines)  # the hairline
            foot = [c for c in page.chars if c["top"] > PRINCE["footer_top"]]
            assert "".join(c["text"] for c in foot) == f"Page {n} of {total}"
            assert abs((min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2 - (x0 + x1) / 2) < 1
            body = [c for c in page.chars if PRINCE["header_bottom"] < c["top"] < PRINCE["footer_top"]]
            assert all(top - 2 < c["top"] < bottom for c in body), n
            margin = [c for c in body if c["x0"] < x0 - 1]  # only the numbers are in the margin
            assert all(c["x1"] < x1 + 1 for c in body), n
            assert all(is_number(c) and c["x1"] < PRINCE["number_right"] + 0.5 for c in margin), n
        hung = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(SV, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            numbers = [w for w in words if w["text"] == label and is_number(w)
                       and abs(w["x1"] - PRINCE["number_right"]) < 0.5]
            assert len(numbers) == 1, (label, e["page"])
            starts = [w for w in words if w["text"] == first and abs(w["x0"] - x0) < 0.5
                      and w["fontname"] == PRINCE["body_font"] and abs(w["bottom"] - numbers[0]["bottom"]) < 1.5]
            assert len(starts) == 1, (label, e["page"])
            rules = [ln for ln in page.lines if abs(ln["x0"] - PRINCE["rule_x"]) < 0.5
                     and abs(ln["x1"] - PRINCE["rule_x"]) < 0.5 and colour(ln, "stroking_color") == accent]
            assert any(r["top"] <= numbers[0]["top"] and r["bottom"] >= numbers[0]["bottom"] for r in rules), label
            hung += 1
        assert hung == len(numbered)
        labels = [w["text"] for p in pages[2:] for w in p.extract_words(extra_attrs=["fontname", "size",
                                                                                      "non_stroking_color"])
                  if is_number(w)]
        assert labels == [b.label for b in numbered]  # no other word in the numbers' type, and in order
        for e in info["paragraphs"]:  # a paragraph run on over a page break is ruled at the top of the next page
            if e["split_across_pages"] and not e["paragraph"].startswith("Rec"):
                nxt = pages[e["page"]]
                assert any(abs(ln["x0"] - PRINCE["rule_x"]) < 0.5 and ln["top"] < top + 1 for ln in nxt.lines)
        marks = [w for p in pages[2:] for w in p.extract_words() if w["text"] == PRINCE["bullet"]
                 and abs(w["x0"] - x0 - 5) < 0.5]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 8  # under the text
        last = pages[-1]
        heads = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in PRINCE["glossary_head"]]
        assert [w["text"] for w in heads] == PRINCE["glossary_head"] and all("Bold" in w["fontname"] for w in heads)
        assert any(r["top"] <= heads[0]["top"] <= r["bottom"] and colour(r) not in (accent, ()) for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    assert info["running_header_lines"] == [prince_header(report), f"Page N of {total}"]
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3


def test_eleventy_page_opens_each_paragraph_with_its_permalinked_number(generated: dict[str, Any]) -> None:
    """Bexworth: a review published on an Eleventy site: its generator tag and <title>, the site header's "Skip to
    content" link, the site's name, search box and menu, the sidebar "On this page" listing the chapters, every
    chapter heading's whole text a self-link, each numbered paragraph a <p> with its own id whose text opens with its
    number as a permalink to it, a factor list's bullets in a <ul> right after it, the title-page lines a list under the
    title, "Recommendation N:" bold, the glossary a table and the footer's "Published ...", "Back to top" and "Built
    with Eleventy" (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][BX]
    report = next(r for r in load_reports() if r["id"] == BX)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == ELEVENTY["generator"]
    assert soup.title.get_text() == f"{output['short_name']} – {output['site_title']}"
    top = soup.select_one("header.site-header")
    skip = top.select_one("a.skip-link")
    assert skip.get_text() == ELEVENTY["skip"] and skip["href"] == "#main" and soup.find("main")["id"] == "main"
    assert top.select_one("a.home-link").get_text() == output["site_title"]
    form = top.select_one("form.site-search")
    assert form["role"] == "search" and form.label.get_text() == ELEVENTY["search"]
    box = form.select_one("input#site-search-q")
    assert box["type"] == "search" and box["placeholder"] == ELEVENTY["placeholder"] and form.label["for"] == box["id"]
    assert [a.get_text() for a in top.select("nav.site-nav a")] == ELEVENTY["menu"]
    toc = soup.select_one("aside.page-toc nav")
    assert toc.h2.get_text() == ELEVENTY["toc"] and toc["aria-labelledby"] == toc.h2["id"]
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert [a.get_text() for a in toc.select("ol a")] == headings == info["contents_lines"]
    article = soup.select_one("main article.review")
    assert article.h1.get_text() == report["title"]
    assert [li.get_text() for li in article.select("ul.review-meta li")] == title_lines(report)
    assert info["front_matter_lines"][1:] == title_lines(report) and FICTION_LABEL in title_lines(report)
    h2s = article.find_all("h2")
    assert [h.get_text() for h in h2s] == headings
    for h in h2s:
        kids = [k for k in h.children if getattr(k, "name", None) or str(k).strip()]
        assert len(kids) == 1 and kids[0].name == "a" and kids[0]["class"] == ["header-anchor"]  # the whole text
        assert h["id"] == eleventy_id(h.get_text()) and kids[0]["href"] == f"#{h['id']}" and h["tabindex"] == "-1"
    assert [a["href"] for a in toc.select("ol a")] == [f"#{h['id']}" for h in h2s]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    paras = article.select("p.numbered")
    assert [p["id"] for p in paras] == [eleventy_para_id(e["paragraph"]) for e in numbered]
    for p, e in zip(paras, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        link = p.contents[0]
        assert link.name == "a" and link["class"] == ["para-num"] and link.get_text() == label
        assert link["href"] == f"#{p['id']}" and link["aria-label"] == f"Paragraph {label}"
        assert p.get_text() == f"{label} {block.text}" and len(p.find_all("a")) == 1
        after = p.find_next_sibling()
        if block.bullets:
            assert after.name == "ul" and [li.get_text() for li in after.find_all("li")] == list(block.bullets)
        else:
            assert after.name != "ul"
        whole = " ".join([block.text, *block.bullets])
        assert whole == texts[(BX, label)] and whole.startswith(e["starts_with"])
        assert p.find_previous("h2").get_text() == e["section"]  # under its own chapter
    lists = [u for u in article.find_all("ul", recursive=False) if "review-meta" not in (u.get("class") or [])]
    assert len(lists) == sum(bool(b.bullets) for b in blocks) >= 2
    recs = [p for p in article.find_all("p", recursive=False) if p.strong]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in article.find_all("p", recursive=False) if not p.strong and not p.get("class")]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = article.find("table")
    assert [th.get_text() for th in table.select("thead th")] == ELEVENTY["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    footer = soup.select_one("footer.site-footer")
    assert footer.select_one("p.published").get_text() == output["published"]
    assert footer.find("a", href="#top").get_text() == ELEVENTY["top"] and soup.body["id"] == "top"
    assert ELEVENTY["built"] in footer.get_text()
    assert info["running_header_lines"][:2] == [ELEVENTY["skip"], output["site_title"]]
    assert info["running_header_lines"][-3:] == [output["published"], ELEVENTY["top"], ELEVENTY["built"]]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_framemaker_pdf_sets_chapter_side_heads_and_change_bars(generated: dict[str, Any]) -> None:
    """Gannerby: an emotional abuse learning review written in FrameMaker on its side-head template: FrameMaker as
    creator and the Adobe PDF Library as producer, the review's title as metadata title, US Letter pages, a title page
    under a full-width rule with no header or footer; on every later page the publisher and the date over a rule and a
    footer whose page number is at the outside edge (right on odd pages, left on even ones); each chapter heading a
    side head in the left column, level with the first line after it, under a rule across the page, and nothing else
    left of the body column; each number bold and sans-serif at the left of the body column on its paragraph's first
    baseline, the text at an indent; bullets; change bars in the right margin beside exactly the changed paragraphs;
    bold recommendation labels; the glossary's tinted header; paragraphs running on over page breaks (pdfplumber
    only)."""
    import pdfplumber

    info = generated["expected"][GN]
    report = next(r for r in load_reports() if r["id"] == GN)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    x0, top, x1, bottom = FRAMEMAKER["frame"]
    side_x, side_right = FRAMEMAKER["side"]
    numbered = [b for b in blocks if b.kind in ("para", "factor")]
    is_number = lambda w: (w["fontname"] == FRAMEMAKER["number_font"]  # noqa: E731
                           and abs(w["size"] - FRAMEMAKER["number_size"]) < 0.1)
    chapters = [re.fullmatch(r"(.+) (\d+)", line).groups() for line in info["contents_lines"]]
    even, odd = framemaker_footers(report)
    changed = output["changed"]
    assert changed == info["changed"] and len(changed) >= 3

    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == FRAMEMAKER_PRODUCER and pdf.metadata["Creator"] == FRAMEMAKER_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        total = len(pages)
        assert total == info["page_count"] >= 5
        assert all((round(p.width), round(p.height)) == (612, 792) for p in pages)  # US Letter
        cover = pages[0]
        flat = " ".join((cover.extract_text() or "").split())
        assert flat == " ".join([report["title"], *title_lines(report)])
        assert any(abs(r["x0"] - side_x) < 1 and abs(r["x1"] - x1) < 1 and abs(r["height"] - 2) < 0.5
                   for r in cover.rects)  # the rule over the title
        assert not any(c["top"] > FRAMEMAKER["footer_top"] or c["top"] < FRAMEMAKER["header_bottom"]
                       for c in cover.chars)
        contents = (pages[1].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        for page in pages[1:]:
            n = page.page_number
            head = page.crop((0, 0, page.width, FRAMEMAKER["header_bottom"]))
            assert (head.extract_text() or "") == " ".join(framemaker_header(report)), n
            assert all(c["fontname"] == FRAMEMAKER["header_font"] for c in head.chars if c["text"].strip())
            assert abs(min(c["x0"] for c in head.chars) - side_x) < 1 and abs(max(c["x1"] for c in head.chars) - x1) < 1
            assert any(abs(ln["top"] - FRAMEMAKER["header_bottom"]) < 1 and abs(ln["x0"] - side_x) < 1
                       and abs(ln["x1"] - x1) < 1 for ln in page.lines)  # the header's rule
            foot = page.crop((0, FRAMEMAKER["footer_top"], page.width, page.height))
            assert (foot.extract_text() or "") == (odd if n % 2 else even).replace("N", str(n), 1), n
            digits = [c for c in foot.chars if c["text"].isdigit()]
            if n % 2:  # the number at the outside edge
                assert abs(max(c["x1"] for c in digits) - x1) < 1, n
            else:
                assert abs(min(c["x0"] for c in digits) - side_x) < 1, n
            body = [c for c in page.chars if FRAMEMAKER["header_bottom"] < c["top"] < FRAMEMAKER["footer_top"]]
            assert all(top - 2 < c["top"] < bottom for c in body), n
            assert all(c["x1"] < x1 + 1 for c in body), n
            left = [c for c in body if c["x0"] < x0 - 1]  # only side heads stand left of the body column
            assert all(c["fontname"] == FRAMEMAKER["side_font"] and abs(c["size"] - FRAMEMAKER["side_size"]) < 0.1
                       and side_x - 0.5 < c["x0"] and c["x1"] < side_right + 0.5 for c in left), n
        heads = 0
        for name, number in chapters:  # each side head on its contents page, level with what follows it
            page = pages[int(number) - 1]
            words = page.within_bbox((0, top - 2, x0 - 4, bottom)).extract_words(extra_attrs=["fontname", "size"])
            lines: dict[float, list[Any]] = {}
            for w in words:
                lines.setdefault(round(w["top"]), []).append(w)
            tops = sorted(lines)
            groups: list[list[float]] = []
            for t in tops:
                if groups and t - groups[-1][-1] < 20:
                    groups[-1].append(t)
                else:
                    groups.append([t])
            found = [g for g in groups if " ".join(w["text"] for t in g for w in lines[t]) == name]
            assert len(found) == 1, (name, number)
            first = min(found[0])
            room = 8 if name == report["glossary"]["heading"] else 1  # the glossary table's padding above its text
            beside = [w for w in page.extract_words() if w["x0"] >= x0 - 1 and 0 <= w["top"] - first < room]
            assert beside, name  # the body column's first line after the heading is level with it
            assert any(abs(ln["x0"] - side_x) < 1 and abs(ln["x1"] - x1) < 1 and 0 < first - ln["top"] < 14
                       for ln in page.lines), name  # the rule over the chapter
            heads += 1
        assert heads == sum(b.kind == "heading" for b in blocks) >= 6
        hung = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            assert texts[(GN, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            numbers = [w for w in words if w["text"] == label and is_number(w) and abs(w["x0"] - x0) < 0.5]
            assert len(numbers) == 1, (label, e["page"])
            starts = [w for w in words if w["text"] == first and abs(w["x0"] - x0 - FRAMEMAKER["indent"]) < 0.5
                      and w["fontname"] == FRAMEMAKER["body_font"] and abs(w["bottom"] - numbers[0]["bottom"]) < 1.5]
            assert len(starts) == 1, (label, e["page"])
            bars = [ln for ln in page.lines if abs(ln["x0"] - FRAMEMAKER["change_x"]) < 0.5
                    and abs(ln["x1"] - FRAMEMAKER["change_x"]) < 0.5]
            beside = any(b["top"] <= numbers[0]["top"] and b["bottom"] >= numbers[0]["bottom"] for b in bars)
            assert beside == (label in changed), label
            hung += 1
        assert hung == len(numbered)
        labels = [w["text"] for p in pages[2:] for w in p.extract_words(extra_attrs=["fontname", "size"])
                  if is_number(w)]
        assert labels == [b.label for b in numbered]  # no other word in the numbers' type, and in order
        bars = [ln for p in pages for ln in p.lines if abs(ln["x0"] - FRAMEMAKER["change_x"]) < 0.5
                and abs(ln["x1"] - FRAMEMAKER["change_x"]) < 0.5]
        parts = sum(1 + e["split_across_pages"] for e in info["paragraphs"] if e["paragraph"] in changed)
        assert len(bars) == parts and all(abs(b["linewidth"] - FRAMEMAKER["change_w"]) < 0.1 for b in bars)
        marks = [w for p in pages[2:] for w in p.extract_words() if w["text"] == FRAMEMAKER["bullet"]
                 and x0 < w["x0"] < x0 + FRAMEMAKER["indent"]]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 8  # under the text
        last = pages[-1]
        gloss = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in FRAMEMAKER["glossary_head"]]
        assert [w["text"] for w in gloss] == FRAMEMAKER["glossary_head"] and all("Bold" in w["fontname"] for w in gloss)
        assert any(r["top"] <= gloss[0]["top"] <= r["bottom"] and r["non_stroking_color"] for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    assert info["running_header_lines"] == [" ".join(framemaker_header(report)), even, odd]
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3


def test_jekyll_page_anchors_each_paragraph_before_its_bold_number(generated: dict[str, Any]) -> None:
    """Thurlbeck: a review published on a Jekyll site in the Just the Docs theme: its generator tag and <title>, the
    "Skip to main content" link, the sidebar's site name, menu and theme line, the search box and the breadcrumb;
    kramdown's table of contents listing the chapters; every chapter heading with kramdown's id (its number dropped)
    opening with an icon-only anchor link; each numbered paragraph a <p> opening with an empty named anchor and its
    number in bold, a factor list's bullets in a <ul> right after it; the title-page lines under the title,
    "Recommendation N:" bold, the glossary a table and the footer's "Back to top", "Page last modified ..." and "Edit
    this page on GitHub" (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][TU]
    report = next(r for r in load_reports() if r["id"] == TU)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    site = output["site_title"]
    assert soup.find("meta", attrs={"name": "generator"})["content"] == JEKYLL["generator"]
    assert soup.title.get_text() == f"{output['short_name']} | {site}"
    skip = soup.select_one("a.skip-to-main")
    assert skip.get_text() == JEKYLL["skip"] and skip["href"] == "#main-content"
    assert soup.select_one("div#main-content main") is not None
    side = soup.select_one("div.side-bar")
    assert side.select_one("a.site-title").get_text() == site
    assert [a.get_text() for a in side.select("nav#site-nav a.nav-list-link")] == JEKYLL["menu"]
    assert [a.get_text() for a in side.select("a.active")] == [JEKYLL["active"]]
    assert side.select_one("footer.site-footer").get_text() == JEKYLL["theme"]
    box = soup.select_one("div.search[role=search] input#search-input")
    assert box["placeholder"] == box["aria-label"] == f"{JEKYLL['search']} {site}"
    assert soup.select_one("label.search-label")["for"] == box["id"]
    assert [li.get_text() for li in soup.select("nav.breadcrumb-nav li")] == [JEKYLL["active"], output["short_name"]]
    main = soup.select_one("div#main-content main")
    assert main.h1.get_text() == report["title"]
    assert [p.get_text() for p in main.select("p.fs-5")] == title_lines(report)
    assert info["front_matter_lines"][1:] == title_lines(report) and FICTION_LABEL in title_lines(report)
    toc = main.select_one("details ol#markdown-toc")
    assert toc.find_parent("details").summary.get_text() == JEKYLL["toc"]
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert [a.get_text() for a in toc.select("a")] == headings == info["contents_lines"]
    h2s = main.find_all("h2")
    assert [h.get_text().strip() for h in h2s] == headings
    for h in h2s:
        icon = h.contents[0]
        assert icon.name == "a" and icon["class"] == ["anchor-heading"] and icon.get_text() == "" and icon.svg
        assert icon["href"] == f"#{h['id']}" and icon["aria-labelledby"] == h["id"]
        assert h["id"] == jekyll_id(h.get_text()) and not h["id"][0].isdigit()
    assert [a["href"] for a in toc.select("a")] == [f"#{h['id']}" for h in h2s]
    assert [a["id"] for a in toc.select("a")] == [f"markdown-toc-{h['id']}" for h in h2s]
    numbered = [e for e in info["paragraphs"] if not e["paragraph"].startswith("Rec")]
    paras = [p for p in main.find_all("p", recursive=False) if p.a and p.a.get("id")]
    assert [p.a["id"] for p in paras] == [jekyll_para_id(e["paragraph"]) for e in numbered]
    for p, e in zip(paras, numbered, strict=True):
        label = e["paragraph"]
        block = next(b for b in blocks if b.label == label)
        anchor, bold = p.contents[0], p.contents[1]
        assert anchor.name == "a" and anchor.get_text() == "" and not anchor.get("href")  # an empty named anchor
        assert bold.name == "strong" and bold.get_text() == label
        assert p.get_text() == f"{label} {block.text}"
        after = p.find_next_sibling()
        if block.bullets:
            assert after.name == "ul" and [li.get_text() for li in after.find_all("li")] == list(block.bullets)
        else:
            assert after.name != "ul"
        whole = " ".join([block.text, *block.bullets])
        assert whole == texts[(TU, label)] and whole.startswith(e["starts_with"])
        assert p.find_previous("h2").get_text().strip() == e["section"]  # under its own chapter
    lists = main.find_all("ul", recursive=False)
    assert len(lists) == sum(bool(b.bullets) for b in blocks) >= 2
    recs = [p for p in main.find_all("p", recursive=False) if p.strong and not p.a]
    assert [p.strong.get_text() for p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                   if e["paragraph"].startswith("Rec")]
    assert all(p.get_text().startswith(f"{p.strong.get_text()} ") for p in recs) and len(recs) >= 5
    loose = [p.get_text() for p in main.find_all("p", recursive=False) if not p.strong and not p.get("class")]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = main.select_one("div.table-wrapper table")
    assert [th.get_text() for th in table.select("thead th")] == JEKYLL["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    footer = soup.select_one("div#main-content > footer")
    assert footer.find("a", href="#top").get_text() == JEKYLL["top"] and soup.select_one("div.main")["id"] == "top"
    assert output["modified"] in footer.get_text()
    assert footer.select_one("a#edit-this-page").get_text() == JEKYLL["edit"]
    assert info["running_header_lines"][:2] == [JEKYLL["skip"], site]
    assert info["running_header_lines"][-3:] == [JEKYLL["top"], output["modified"], JEKYLL["edit"]]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_quark_pdf_turns_each_chapter_heading_in_a_thumb_tab(generated: dict[str, Any]) -> None:
    """Tallowby: an extra-familial child sexual abuse learning review laid out in QuarkXPress on a thumb-index
    template: QuarkXPress as creator and producer, the review's title as metadata title, A4 pages, a cover with the
    title in white on a full-width accent panel and no footer; the contents; every chapter opening a new page, and on
    every page of a chapter a tab in the accent colour bleeding off the right edge at the chapter's own height, holding
    the chapter's heading in white type turned on end to read upwards, and nothing else turned; a footer of the running
    title and the page number and no header; chapter and subsection headings in bold accent sans-serif; each number
    "3.2.4" bold at the left of the text column on its paragraph's first baseline, the text at an indent; bullets; bold
    recommendation labels; the glossary's tinted header; paragraphs running on over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][TA]
    report = next(r for r in load_reports() if r["id"] == TA)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    x0, top, x1, bottom = QUARK["frame"]
    accent = tuple(output["accent"])
    numbered = [b for b in blocks if b.kind in ("para", "factor")]
    majors = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    subs = [b.text for b in blocks if b.kind == "heading" and b.level == 2]
    opens = {name: int(page) for name, page in (re.fullmatch(r"(.+) (\d+)", ln).groups()
                                                 for ln in info["contents_lines"])}
    assert list(opens) == majors and len(majors) >= 6 and len(subs) >= 8
    is_number = lambda w: (w["fontname"] == QUARK["number_font"]  # noqa: E731
                           and abs(w["size"] - QUARK["number_size"]) < 0.1)
    close = lambda a, b: all(abs(p - q) < 0.01 for p, q in zip(a, b, strict=True))  # noqa: E731
    tabs = info["thumb_tabs"]
    assert tabs[:2] == [None, None] and len(tabs) == info["page_count"]

    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == QUARK_PRODUCER and pdf.metadata["Creator"] == QUARK_CREATOR
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == info["page_count"] >= 10
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        cover = pages[0]
        assert " ".join((cover.extract_text() or "").split()) == " ".join([report["title"], *title_lines(report)])
        panel = [r for r in cover.rects if r["x0"] <= 0.5 and r["x1"] >= cover.width - 0.5 and r["top"] <= 0.5]
        assert len(panel) == 1 and close(panel[0]["non_stroking_color"], accent)
        assert abs(panel[0]["bottom"] - QUARK["cover_panel"]) < 0.5
        in_panel = [c for c in cover.chars if c["bottom"] < panel[0]["bottom"]]
        assert "".join(c["text"] for c in in_panel if c["text"] != " ") == report["title"].replace(" ", "")  # in white
        assert all(close(c["non_stroking_color"], (1, 1, 1)) for c in in_panel)
        assert not any(c["top"] > cover.height - QUARK["footer_y"] - 12 for c in cover.chars)  # no footer
        assert (pages[1].extract_text() or "").splitlines()[0] == "Contents"
        assert all(line in (pages[1].extract_text() or "") for line in info["contents_lines"])
        for page in pages:
            n = page.page_number
            turned = [c for c in page.chars if not c["upright"]]
            tab = [r for r in page.rects if r["x1"] >= page.width and r["x0"] > page.width / 2
                   and close(r["non_stroking_color"], accent)]
            if n <= 2:
                assert not turned and not tab, n
            else:
                label = tabs[n - 1]
                assert len(tab) == 1, n
                rect = tab[0]
                assert abs(rect["x0"] - (page.width - QUARK["tab_w"])) < 0.5, n
                assert abs(rect["height"] - QUARK["tab_h"]) < 0.5, n
                assert abs(rect["top"] - tab_top(majors.index(label), len(majors))) < 0.5, n  # the chapter's height
                assert all(rect["x0"] <= c["x0"] and c["x1"] <= page.width and rect["top"] <= c["top"]
                           and c["bottom"] <= rect["bottom"] for c in turned), n
                assert all(c["fontname"] == QUARK["tab_font"] and close(c["non_stroking_color"], (1, 1, 1))
                           and c["matrix"][1] > 0 for c in turned), n  # white, turned to read upwards
                upward = sorted(turned, key=lambda c: -c["top"])
                assert "".join(c["text"] for c in upward) == label, n
                chapter = max((name for name in majors if opens[name] <= n), key=lambda name: opens[name])
                assert label == chapter, n  # the tab names the chapter the page is in
            if n == 1:
                continue
            lines = (_upright(page).extract_text() or "").splitlines()
            assert lines[-1] == quark_footer(report).replace("N", str(n)), n
            digits = [c for c in page.chars if c["upright"] and c["top"] > page.height - QUARK["footer_y"] - 12]
            assert abs(max(c["x1"] for c in digits) - x1) < 0.5 and abs(min(c["x0"] for c in digits) - x0) < 0.5, n
            body = [c for c in page.chars if c["upright"] and c["top"] < page.height - QUARK["footer_y"] - 12]
            assert all(top - 3 < c["top"] and c["bottom"] < bottom + 1 and x0 - 0.5 < c["x0"] and c["x1"] < x1 + 0.5
                       for c in body), n  # no running header; the text within its frame
        for name, number in opens.items():  # every chapter opens a new page: its heading first, in its type
            words = _upright(pages[number - 1]).extract_words(extra_attrs=["fontname", "size"])
            first = [w for w in words if abs(w["top"] - words[0]["top"]) < 1]
            assert " ".join(w["text"] for w in first) == name and words[0]["top"] < top + 6, name
            assert all(w["fontname"] == "Helvetica-Bold" and abs(w["size"] - QUARK["h1_size"]) < 0.1 for w in first)
            assert tabs[number - 1] == name and tabs[number - 2] != name, name
        found = []
        for page in pages[2:]:
            words = _upright(page).extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            rows: dict[float, list[Any]] = {}
            for w in words:
                if abs(w["size"] - QUARK["h2_size"]) < 0.1 and w["fontname"] == "Helvetica-Bold":
                    assert close(w["non_stroking_color"], accent)
                    rows.setdefault(round(w["top"]), []).append(w["text"])
            found += [" ".join(r) for _t, r in sorted(rows.items())]
        assert found == subs  # the subsection headings "3.2 Title", in order
        hung = 0
        for e in info["paragraphs"]:
            label, first = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = _upright(page).extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            assert texts[(TA, label)].startswith(e["starts_with"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, first)) == 1, label
                continue
            numbers = [w for w in words if w["text"] == label and is_number(w) and abs(w["x0"] - x0) < 0.5]
            assert len(numbers) == 1 and close(numbers[0]["non_stroking_color"], accent), (label, e["page"])
            starts = [w for w in words if w["text"] == first and abs(w["x0"] - QUARK["text_x"]) < 0.5
                      and w["fontname"] == QUARK["body_font"] and abs(w["bottom"] - numbers[0]["bottom"]) < 1.5]
            assert len(starts) == 1, (label, e["page"])
            hung += 1
        assert hung == len(numbered)
        labels = [w["text"] for p in pages[2:] for w in _upright(p).extract_words(extra_attrs=["fontname", "size"])
                  if is_number(w)]
        assert labels == [b.label for b in numbered]  # no other word in the numbers' type, and in order
        marks = [w for p in pages[2:] for w in p.extract_words() if w["text"] == QUARK["bullet"]
                 and QUARK["text_x"] < w["x0"] < QUARK["text_x"] + 14]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 8
        last = pages[-1]
        gloss = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in QUARK["glossary_head"]]
        assert [w["text"] for w in gloss] == QUARK["glossary_head"] and all("Bold" in w["fontname"] for w in gloss)
        assert any(r["top"] <= gloss[0]["top"] <= r["bottom"] and r["x1"] < last.width for r in last.rects)
        _ends_on_the_next_page(info, blocks, pages)
    assert info["running_header_lines"] == [quark_footer(report)]
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3


def test_converted_docx_makes_each_pdf_page_a_section_with_framed_running_lines(generated: dict[str, Any]) -> None:
    """Brockhithe: an organisational abuse SAR whose "Word version" a PDF converter made from its PDF: the converter
    named in app.xml; every page of the PDF a section of its own ending in a next-page break, and no Word headers or
    footers; on every page from 2 the running title in a frame at the top and "Page N", typed, in a frame at the foot;
    each numbered paragraph "12", bold, a tab and the text at a hanging indent, on its expected page; a paragraph that
    ran over a page break cut in two, its rest an unnumbered paragraph at the same indent opening the next page; each
    line of the PDF a run with the PDF's font; typed bullets; bold recommendation labels; headings in bookmarks that
    the contents lines link to; the glossary a table of "Table Paragraph" cells (python-docx only)."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn

    info = generated["expected"][BH]
    report = next(r for r in load_reports() if r["id"] == BH)
    blocks = build_blocks(report)
    texts = paragraph_texts()
    document = docx.Document(str(generated["dir"] / info["file"]))
    app = next(part for part in document.part.package.iter_parts() if part.partname == "/docProps/app.xml")
    assert f"<Application>{NITRO_APPLICATION}</Application>".encode() in app.blob
    props = document.core_properties
    assert props.title == report["title"] and props.author == report["publisher"]
    sections = document.sections
    assert len(sections) == info["page_count"] >= 8
    assert all(s.start_type == WD_SECTION.NEW_PAGE for s in sections)
    assert not any(p.text for s in sections for part in (s.header, s.footer) for p in part.paragraphs)

    def frame(p: Any) -> Any:
        ppr = p._p.pPr
        return None if ppr is None else ppr.find(qn("w:framePr"))

    def ends_page(p: Any) -> bool:
        return p._p.pPr is not None and p._p.pPr.find(qn("w:sectPr")) is not None

    def indent(p: Any) -> tuple[str | None, str | None]:
        ind = p._p.pPr.find(qn("w:ind")) if p._p.pPr is not None else None
        return (None, None) if ind is None else (ind.get(qn("w:left")), ind.get(qn("w:hanging")))

    pages: list[list[Any]] = [[]]
    for p in document.paragraphs:
        pages[-1].append(p)
        if ends_page(p):
            pages.append([])
    assert len(pages) == info["page_count"]
    assert [p.text for p in pages[0]] == info["front_matter_lines"] and not any(frame(p) is not None for p in pages[0])
    running, foot = info["running_header_lines"]
    assert running == report["running_title"] and foot == nitro_footer("N")
    body: list[tuple[int, Any]] = []
    for n, page in enumerate(pages[1:], start=2):
        head, *inner, last = page
        assert frame(head) is not None and head.text == running, n
        assert int(frame(head).get(qn("w:y"))) == NITRO["header_y"], n
        assert frame(last) is not None and last.text == nitro_footer(n), n
        assert int(frame(last).get(qn("w:y"))) == NITRO["footer_y"] and frame(last).get(qn("w:vAnchor")) == "page", n
        assert ends_page(last) == (n < len(pages)), n
        assert not any(frame(p) is not None for p in inner), n
        body += [(n, p) for p in inner]
    contents = [p for n, p in body if n == 2 and p.text != "Contents"]
    assert [p.text for p in contents] == info["contents_lines"]
    bookmarks = {}
    for n, p in body:
        if p.style.name in ("Heading 1", "Heading 2"):
            mark = p._p.find(qn("w:bookmarkStart"))
            assert mark is not None and re.fullmatch(r"_bookmark\d+", mark.get(qn("w:name"))), p.text
            bookmarks[mark.get(qn("w:name"))] = (p.text, n, p.style.name)
    heads = [b for b in blocks if b.kind == "heading"]
    assert [t for t, _n, _s in bookmarks.values()] == [b.text for b in heads]
    assert [s for _t, _n, s in bookmarks.values()] == [f"Heading {b.level}" for b in heads]
    for p in contents:
        link = p._p.find(qn("w:hyperlink"))
        text, page, _style = bookmarks[link.get(qn("w:anchor"))]
        assert p.text == f"{text}\t{page}", p.text  # each contents line links to its heading's bookmark
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    found: dict[str, int] = {}
    bullets = []
    for i, (n, p) in enumerate(body):
        m = re.match(r"(\d+)\t", p.text)
        if m and p.style.name == "Body Text":
            label = m.group(1)
            runs = p.runs
            assert runs[0].text == f"{label}\t" and runs[0].bold and indent(p) == (str(NITRO["indent"]),) * 2, label
            found[label] = n
            rest = p.text[len(m.group(0)):]
            whole = numbered[label].text
            if label in info["continued"]:  # cut at the page's foot: the rest opens the next page
                nxt_n, nxt = body[i + 1]
                assert nxt_n == n + 1 and pages[n - 1][-2] is p and pages[n][1] is nxt, label
                assert indent(nxt) == (str(NITRO["indent"]), None) and nxt.style.name == "Body Text", label
                assert not re.match(r"\d+\t", nxt.text) and f"{rest} {nxt.text}" == whole, label
            else:
                assert rest == whole, label
            lines = [r for r in runs[1:] if r.text]
            assert len(lines) >= 2 and all(r.font.name == NITRO["font"] for r in lines), label  # a run per line
        elif p.style.name == "List Paragraph":
            assert p.text.startswith(f"{NITRO['bullet']}\t") and indent(p)[1] == "360"
            bullets.append(p.text[2:])
    assert bullets == [t for b in blocks for t in b.bullets] and len(bullets) >= 8
    assert found == {e["paragraph"]: e["page"] for e in info["paragraphs"] if e["paragraph"].isdigit()}
    assert list(found) == [str(i) for i in range(1, len(numbered) + 1)]
    for label, block in numbered.items():
        assert texts[(BH, label)] == " ".join([block.text, *block.bullets])
    cut = [e["paragraph"] for e in info["paragraphs"] if e["split_across_pages"]]
    assert set(info["continued"]) <= set(cut) and len(info["continued"]) >= 3
    recs = [(n, p) for n, p in body if p.text.startswith("Recommendation ")]
    assert [p.runs[0].text for _n, p in recs] == [f"{e['paragraph']}:" for e in info["paragraphs"]
                                                    if e["paragraph"].startswith("Rec")]
    assert all(p.runs[0].bold for _n, p in recs)
    assert [n for n, _p in recs] == [e["page"] for e in info["paragraphs"] if e["paragraph"].startswith("Rec")]
    spaced = [r for _n, p in body for r in p._p.iter(qn("w:r"))
              if r.find(f"{qn('w:rPr')}/{qn('w:spacing')}") is not None]
    assert len(spaced) > 50  # the converter's character spacing
    loose = [p.text for n, p in body if n > 2 and p.style.name == "Body Text" and not re.match(r"\d+\t", p.text)
             and not p.text.startswith("Recommendation ") and p._p.pPr.find(qn("w:ind")) is None]
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = document.tables[0]
    assert len(document.tables) == 1
    assert [[c.text for c in row.cells] for row in table.rows] == [NITRO["glossary_head"], *info["glossary"]]
    assert all(p.style.name == "Table Paragraph" for row in table.rows for c in row.cells for p in c.paragraphs)
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3


def test_wix_page_sets_each_chapter_in_a_section_of_text_boxes(generated: dict[str, Any]) -> None:
    """Pellbury: a school non-attendance learning review published as a page of a Wix site: the generator tag, the
    <title>, the viewer model's JSON, the site header's name, menu (the current page marked) and "Log In" button; a
    title section holding the title, the title-page lines, an image and a button to the PDF; an anchor menu listing
    the chapters, each a link to an empty anchor element just before its chapter's section; every chapter a section of
    its own holding text boxes, its heading an <h2 class="font_2"> and each subsection a box of its own under an <h4
    class="font_4"> (no <h3>); between every two paragraphs of a box an empty paragraph holding a zero-width wixGuard;
    each numbered paragraph a <p class="font_8"> opening with its lettered number in a bold span and then a span of a
    no-break space, a space and the text; a factor list's bullets a <ul> whose every <li> holds a <p>; "Recommendation
    N:" bold; the glossary a run of "term – meaning" paragraphs; the footer's "Powered and secured by Wix" line, the
    "Back to top" button and the consent banner (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][PY]
    report = next(r for r in load_reports() if r["id"] == PY)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    site = output["site_name"]
    assert soup.find("meta", attrs={"name": "generator"})["content"] == WIX["generator"]
    assert soup.title.get_text() == f"{output['short_name']} | {site}"
    assert soup.find("meta", attrs={"name": "description"})["content"] == report["title_page"][0]
    model = json.loads(soup.select_one("script#wix-viewer-model").get_text())
    assert model["viewMode"] == "site" and model["site"]["isPremium"] is True
    header = soup.select_one("header#SITE_HEADER")
    assert header.select_one("div.wixui-rich-text").get_text() == site
    menu = header.select("nav[aria-label=Site] a")
    assert [a.get_text() for a in menu] == WIX["menu"]
    assert [a.get_text() for a in menu if a.get("aria-current") == "page"] == [WIX["active"]]
    assert header.select_one("div.wixui-login-bar button").get_text() == WIX["login"]
    main = soup.select_one("main#PAGES_CONTAINER")
    assert main["data-main-content"] == "true" and main.select_one("div#SITE_PAGES") is not None
    assert not main.find("h3")
    sections = main.select("section.wixui-section")
    top, anchor_strip, chapters = sections[0], sections[1], sections[2:]
    guard = WIX["guard"]

    def content(box: Any) -> list[Any]:
        """The elements of a text box, each checked to stand between empty wixGuard paragraphs."""
        kids = box.find_all(recursive=False)
        for n, kid in enumerate(kids):
            is_guard = kid.name == "p" and kid.get_text() == guard and kid.span["class"][0] == "wixGuard"
            assert is_guard == (n % 2 == 1), (n, kid.get_text()[:40])  # every other element is a guard
        assert kids[-1].get_text() != guard
        return kids[::2]

    box = top.select_one("div.wixui-rich-text[data-testid=richTextElement]")
    first = content(box)
    assert first[0].name == "h1" and "font_0" in first[0]["class"] and first[0].get_text() == report["title"]
    assert [p.get_text() for p in first[1:]] == title_lines(report) == info["front_matter_lines"][1:]
    assert top.select_one("img")["alt"] == WIX["image_alt"]
    assert top.select_one("a.wixui-button").get_text() == WIX["download"]
    assert top.select_one("a.wixui-button")["href"].endswith(".pdf")
    nav = anchor_strip.select_one("nav[aria-label='Anchor menu']")
    majors = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    subs = [b.text for b in blocks if b.kind == "heading" and b.level == 2]
    assert [a.get_text() for a in nav.select("a")] == majors == info["contents_lines"]
    assert len(chapters) == len(majors) >= 8
    for a, section, name in zip(nav.select("a"), chapters, majors, strict=True):
        anchor = soup.find(id=a["href"][1:])
        assert anchor.name == "div" and "wixui-anchor" in anchor["class"] and anchor.get_text() == ""
        assert anchor.find_next_sibling() is section  # the anchor stands just before its chapter's section
        assert section.h2.get_text() == name and "font_2" in section.h2["class"]
    found_subs = []
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    labels, recs, bullets, loose, glossary = [], [], [], [], []
    heading = ""
    for section in chapters:
        boxes = section.select("div.wixui-rich-text[data-testid=richTextElement]")
        for n, box in enumerate(boxes):
            parts = content(box)
            assert parts[0].name == ("h2" if n == 0 else "h4"), parts[0]  # a subsection opens a box of its own
            for el in parts:
                if el.name in ("h2", "h4"):
                    heading = el.get_text()
                    if el.name == "h4":
                        assert "font_4" in el["class"]
                        found_subs.append(heading)
                    continue
                if el.name == "ul":
                    assert "font_8" in el["class"]
                    items = el.find_all("li", recursive=False)
                    assert all(li.find_all(recursive=False)[0].name == "p" for li in items)
                    bullets.append([li.get_text() for li in items])
                    continue
                assert el.name == "p" and "font_8" in el["class"]
                spans = el.find_all("span", recursive=False)
                bold = spans[0].get("style") == "font-weight:bold;"
                if bold and re.fullmatch(LABEL_RE[PY], spans[0].get_text()):
                    label = spans[0].get_text()
                    assert len(spans) == 2 and spans[1].get_text().startswith(WIX["gap"]), label
                    assert spans[1].get_text() == WIX["gap"] + numbered[label].text, label
                    entry = next(e for e in info["paragraphs"] if e["paragraph"] == label)
                    assert heading == entry["section"], label  # under its own chapter or subsection
                    labels.append(label)
                    nxt = el.find_next_sibling()
                    nxt = nxt.find_next_sibling() if nxt is not None else None  # after the guard
                    assert (nxt is not None and nxt.name == "ul") == bool(numbered[label].bullets), label
                elif bold and spans[0].get_text().startswith("Recommendation "):
                    recs.append((spans[0].get_text(), spans[1].get_text()))
                elif bold:
                    term, meaning = spans[1].get_text().split(WIX["dash"], 1)
                    assert term == ""
                    glossary.append([spans[0].get_text(), meaning])
                else:
                    loose.append(el.get_text())
    assert found_subs == subs and len(subs) >= 4
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")]
    for label, block in numbered.items():
        assert texts[(PY, label)] == " ".join([block.text, *block.bullets])
    assert bullets == [list(b.bullets) for b in blocks if b.bullets] and len(bullets) >= 3
    rec_blocks = [b for b in blocks if b.kind == "rec"]
    assert recs == [(f"{b.label}:", f" {b.text}") for b in rec_blocks] and len(recs) >= 5
    assert glossary == info["glossary"] and len(glossary) >= 8
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    foot = soup.select_one("footer#SITE_FOOTER")
    assert foot.select_one("p.font_9").get_text() == wix_footer(output) and WIX["powered"] in foot.get_text()
    back = soup.find("a", href="#SCROLL_TO_TOP")
    assert back.get_text() == WIX["top"] and soup.select_one("div#SCROLL_TO_TOP") is not None
    banner = soup.select_one("div#consent-banner-root")
    assert banner.p.get_text() == WIX["cookie"] and [b.get_text() for b in banner.find_all("button")] == \
        WIX["cookie_buttons"]
    assert info["running_header_lines"][0] == site and wix_footer(output) in info["running_header_lines"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_agenda_pack_sets_the_review_as_an_appendix_under_the_packs_page_stamp(generated: dict[str, Any]) -> None:
    """Wythenby: an inpatient sexual safety SAR published as Appendix A of a committee's agenda pack: the committee
    system's creator and producer and the meeting as metadata title; A4; page 1 the pack's front sheet ("Public Document
    Pack" at the top right, the committee and meeting, the item and the pack pages it fills) with no stamp; page 2 the
    covering report under the stamp "Agenda Item 7"; page 3 the review's title page under "Appendix A"; from page 2
    the pack stamp "Page N" centred at the foot, N one less than the PDF's page; from the review's own page 2 its
    running title at the top left and "Page n of T" flush right above the stamp; its contents giving its own pages; each
    number "3.12" at the left margin with its first word at the indent on the same baseline; bullets; bold
    recommendation labels; the glossary's header; paragraphs running over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][WZ]
    report = next(r for r in load_reports() if r["id"] == WZ)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    first = info["report_first_page"]
    count = info["page_count"]
    total = count - first + 1
    left, text_x, right = MODERNGOV["left"], MODERNGOV["text_x"], MODERNGOV["right"]
    assert first == 3 and info["pack_pages"] == [None, *range(1, count)]
    assert info["report_pages"] == [None] * (first - 1) + list(range(1, total + 1))
    assert info["running_header_lines"] == [report["running_title"], moderngov_footer("N", total), stamp("N")]
    norm = lambda t: " ".join((t or "").split())  # noqa: E731
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == MODERNGOV_CREATOR and pdf.metadata["Producer"] == MODERNGOV_PRODUCER
        assert pdf.metadata["Title"] == output["pack_title"] == info["metadata_title"] != report["title"]
        pages = list(pdf.pages)
        assert len(pages) == count >= 10
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        front = pages[0]
        sheet = front_sheet(report, output, count - 1)
        assert sheet[-2].endswith(f"(Pages 1 - {count - 1})")
        assert norm(front.extract_text()) == norm(" ".join([MODERNGOV["pack_mark"], *sheet]))
        mark = [c for c in front.chars if c["top"] < 50]
        assert "".join(c["text"] for c in mark) == MODERNGOV["pack_mark"]
        assert abs(max(c["x1"] for c in mark) - right) < 0.5  # at the top right
        assert not [c for c in front.chars if c["bottom"] > front.height - MODERNGOV["stamp_y"] - 4]  # no stamp
        for page in pages[1:]:
            n = page.page_number
            lines = (page.extract_text() or "").splitlines()
            assert lines[-1] == stamp(n - 1), n
            foot = [c for c in page.chars if c["bottom"] > page.height - MODERNGOV["stamp_y"] - 4]
            assert "".join(c["text"] for c in foot) == stamp(n - 1), n
            assert abs((min(c["x0"] for c in foot) + max(c["x1"] for c in foot)) / 2 - page.width / 2) < 1, n
            assert all(abs(c["size"] - MODERNGOV["stamp_size"]) < 0.1 for c in foot), n
            own = info["report_pages"][n - 1]
            if own is not None and own >= 2:  # the review's own running title and footer
                assert lines[0] == report["running_title"] and lines[-2] == moderngov_footer(own, total), n
                head = [c for c in page.chars if c["top"] < page.height - MODERNGOV["header_y"] + 2]
                assert abs(min(c["x0"] for c in head) - left) < 0.5, n
                own_foot = [c for c in page.chars if abs(c["bottom"] - (page.height - MODERNGOV["footer_y"])) < 4]
                assert abs(max(c["x1"] for c in own_foot) - right) < 0.5, n  # flush right, above the stamp
            else:
                assert report["running_title"] not in lines and not any(ln.startswith("Page 1 of") for ln in lines)
        cover = pages[1]
        item = [w for w in cover.extract_words(extra_attrs=["fontname"]) if w["top"] < 60]
        assert " ".join(w["text"] for w in item) == item_stamp(output["item"])
        assert all(w["fontname"] == "Helvetica-Bold" for w in item) and abs(item[-1]["x1"] - right) < 0.5
        assert norm(cover.extract_text()) == norm(" ".join([item_stamp(output["item"]),
                                                             *(t for _s, t in covering_report(report, output)),
                                                             stamp(1)]))
        appendix = (pages[first - 1].extract_text() or "").splitlines()
        assert appendix[0] == MODERNGOV["appendix"]
        assert norm(" ".join(appendix[1:-1])) == norm(" ".join([report["title"], *title_lines(report)]))
        assert info["front_matter_lines"] == [report["title"], *title_lines(report)]
        long_lines = [ln for ln in info["pack_lines"] if len(ln.split()) >= 4]  # not the covering report's headings
        for line in long_lines:  # the pack's own lines stand before the review's contents, never in the review
            assert not any(line in (p.extract_text() or "") for p in pages[first:]), line
        contents = (pages[first].extract_text() or "").splitlines()
        assert contents[1] == "Contents" and all(line in contents for line in info["contents_lines"])
        majors = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
        for line, name in zip(info["contents_lines"], majors, strict=True):
            heading, own_page = re.fullmatch(r"(.+?) \.{3,} (\d+)", line).groups()
            assert heading == name
            assert name in (pages[int(own_page) + first - 2].extract_text() or "").splitlines(), line  # own pages
        numbered = [b for b in blocks if b.kind in ("para", "factor")]
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            assert texts[(WZ, label)].startswith(e["starts_with"])
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                     and abs(a["x0"] - left) < 0.5 and abs(b["x0"] - text_x) < 0.5
                     and abs(a["bottom"] - b["bottom"]) < 1 and a["fontname"] == MODERNGOV["body_font"]
                     and abs(a["size"] - MODERNGOV["body_size"]) < 0.1]
            assert len(pairs) == 1, (label, e["page"])
        at_margin = [w["text"] for p in pages[first:] for w in p.extract_words()
                     if abs(w["x0"] - left) < 0.5 and re.fullmatch(r"\d+\.\d+", w["text"])]
        assert at_margin == [b.label for b in numbered]  # every number at the margin, in order, and no other
        marks = [w for p in pages[first:] for w in p.extract_words() if w["text"] == MODERNGOV["bullet"]]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 12
        last = pages[-1]
        gloss = [w for w in last.extract_words(extra_attrs=["fontname"]) if w["text"] in MODERNGOV["glossary_head"]]
        assert [w["text"] for w in gloss] == MODERNGOV["glossary_head"] and all("Bold" in w["fontname"] for w in gloss)
        _ends_on_the_next_page(info, blocks, pages)
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]
    assert info["paragraphs"][0]["page"] == first + 2  # 1.1 on the review's own page 3, after the foreword


def test_moodle_print_book_numbers_its_chapters_and_links_glossary_concepts(generated: dict[str, Any]) -> None:
    """Lindenhurst: an affluent neglect learning review put into a book on a Moodle learning site and saved as the
    book's print view: the <title> and the "moodle, ..." keywords, the print tool's body id and embedded layout, the
    "Skip to main content" link; the book information table (site, course, book, who printed it and when); the book's
    description holding the title and the title-page lines; the table of contents, each entry a link to its chapter;
    every chapter a div whose title Moodle numbers ("4. What happened") and no sub-chapters, the review's subsections
    <h3> headings in the chapter's content; every paragraph an Atto paragraph, each number typed at the start of its
    text, under its own chapter or subsection; a factor list's bullets in a <ul> after it; "Recommendation N:" in
    <strong>; every occurrence of a concept of the course's glossary linked to its entry, the text unchanged; the
    glossary a table with a caption and a header row (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][LH]
    report = next(r for r in load_reports() if r["id"] == LH)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    title = f"{output['course']}: {output['book']}"
    assert soup.title.get_text() == title and info["book_title"] == output["book"]
    assert soup.find("meta", attrs={"name": "keywords"})["content"] == f"moodle, {title}"
    body = soup.body
    assert body["id"] == MOODLE["body_id"] and {"path-mod-book", "pagelayout-embedded"} <= set(body["class"])
    skip = soup.select_one("a.sr-only")
    assert skip.get_text() == MOODLE["skip"] and skip["href"] == "#maincontent"
    main = soup.select_one("section#region-main div[role=main]")
    assert main.select_one("span#maincontent") is not None
    values = [output["site"], output["course"], output["book"], output["printed_by"], output["printed"]]
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in main.select("div.book_info tr")]
    assert rows == [list(pair) for pair in zip(MOODLE["info"], values, strict=True)]
    assert main.select_one("div.book_info a")["href"] == f"https://{output['host']}"
    assert info["running_header_lines"] == [MOODLE["skip"], *(x for pair in zip(MOODLE["info"], values, strict=True)
                                                              for x in pair), MOODLE["toc"]]
    summary = main.select_one("div.book_summary")
    assert summary.h1.get_text() == report["title"]
    assert [p.get_text() for p in summary.find_all("p")] == title_lines(report) == info["front_matter_lines"][1:]
    toc = main.select_one("div.book_toc")
    assert toc.h2.get_text() == MOODLE["toc"]
    majors = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    links = toc.select("a[href]")
    assert [a.get_text() for a in links] == [chapter_title(n, t) for n, t in enumerate(majors, start=1)]
    assert [a.get_text() for a in links] == [a["title"] for a in links] == info["contents_lines"]
    chapters = main.select("div.book_chapter")
    assert [f"#{c['id']}" for c in chapters] == [a["href"] for a in links] and len(chapters) == len(majors) >= 8
    assert [c.h2.get_text() for c in chapters] == info["contents_lines"]  # Moodle's numbers, not the review's
    assert not main.select("div.book_chapter div.book_chapter")  # the subsections are headings, not sub-chapters
    subs = [b.text for b in blocks if b.kind == "heading" and b.level == 2]
    assert [h.get_text() for h in main.select("div.book_content h3")] == subs and len(subs) >= 4
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    sections = {e["paragraph"]: e["section"] for e in info["paragraphs"]}
    labels, recs, loose = [], [], []
    for chapter in chapters:
        section = chapter.h2.get_text()
        for el in chapter.select_one("div.book_content").find_all(recursive=False):
            if el.name in ("ul", "table"):
                continue
            assert el.name in ("p", "h3") and el["dir"] == "ltr" and el["style"] == "text-align: left;", el.name
            if el.name == "h3":
                section = el.get_text()
                continue
            text = el.get_text()
            typed = re.match(r"(\d+)\. ", text)
            if el.strong is not None:
                assert text == f"{el.strong.get_text()} {text.split(': ', 1)[1]}"
                recs.append(text)
            elif typed:
                label = typed.group(1)
                block = numbered[label]
                assert text == f"{label}. {block.text}" and sections[label] == section, label  # under its own heading
                after = el.find_next_sibling()
                assert (after is not None and after.name == "ul") == bool(block.bullets), label
                if block.bullets:
                    assert [li.get_text() for li in after.find_all("li", recursive=False)] == list(block.bullets)
                assert " ".join([block.text, *block.bullets]) == texts[(LH, label)]
                labels.append(label)
            else:
                loose.append(text)
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"] if e["paragraph"].isdigit()]
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert info["glossary_concepts"] == MOODLE["concepts"]
    concepts = {c.lower(): c for c in MOODLE["concepts"]}
    autolinks = main.select("a.glossary.autolink.concept")
    for a in autolinks:  # the glossary filter's links: the review's own words, titled with the concept they match
        assert a["title"] == f"Glossary: {concepts[a.get_text().lower()]}"
        assert a["href"].endswith(f"eid={a['data-entryid']}&displayformat=dictionary")
        assert a.find_parent("div", class_="book_content") is not None and a.find_parent(["h2", "h3"]) is None
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, MOODLE["concepts"])) + r")\b", re.IGNORECASE)
    words = [t for b in blocks if b.kind != "heading"
             for t in ([x for row in b.rows for x in row] if b.kind == "glossary" else [b.text, *b.bullets])]
    assert len(autolinks) == sum(len(pattern.findall(t)) for t in words) >= 20  # every occurrence linked
    assert {a.get_text().lower() for a in autolinks} == set(concepts)
    assert any(a.find_parent("p") and re.match(r"\d+\. ", a.find_parent("p").get_text()) for a in autolinks)
    table = main.select_one("div.book_content table")
    assert table.caption.get_text() == MOODLE["caption"]
    heads = table.select("thead th")
    assert [th.get_text() for th in heads] == MOODLE["glossary_head"] and all(th["scope"] == "col" for th in heads)
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_docbook_pdf_numbers_its_front_matter_in_roman_and_runs_in_bold_numbers(generated: dict[str, Any]) -> None:
    """Ambleford: a police-perpetrated domestic abuse learning review written as a DocBook book and typeset by Apache
    FOP with the DocBook XSL stylesheets: FOP as creator and producer and the review's title as metadata title; A4; a
    centred title page with no folio; the front matter's folios lower-case roman, "i" on the table of contents, and the
    first chapter's "1", every folio centred under a rule at the foot; the table of contents listing chapters and
    indented sections with the folios as printed; every chapter starting a new page under "Chapter 3. What happened" in
    bold sans-serif at the page margin with no header, every other page after the contents under a centred running
    header over a rule naming the section its first text belongs to; section titles "3.2. 2023"; the body text four
    picas in from the titles; each number "3.2.4." run in bold at the start of its paragraph and "Recommendation N."
    too; bullets; the glossary a two-column list with no rules; paragraphs running over page breaks (pdfplumber
    only)."""
    import pdfplumber

    info = generated["expected"][AM]
    report = next(r for r in load_reports() if r["id"] == AM)
    blocks = build_blocks(report)
    texts = paragraph_texts()
    left, text_x, right = DOCBOOK["left"], DOCBOOK["text_x"], DOCBOOK["right"]
    labels, headers = info["page_labels"], info["header_titles"]
    count = info["page_count"]
    first = labels.index("1") + 1  # the PDF page of the first chapter
    assert labels == [folio(n, first) for n in range(1, count + 1)] and labels[:3] == [None, "i", "ii"]
    assert info["running_header_lines"] == [*dict.fromkeys(h for h in headers if h), "N"]
    majors = [b for b in blocks if b.kind == "heading" and b.level == 1]
    subs = [b for b in blocks if b.kind == "heading" and b.level == 2]
    chapters = {docbook_title(b) for b in majors}
    assert {docbook_title(b) for b in subs} >= {h for h in headers if h} - chapters
    numbered = [b for b in blocks if b.kind in ("para", "factor")]
    titles = {b.text: docbook_title(b) for b in majors + subs}
    assert all(e["section"] == titles[b.section] for e, b in zip(info["paragraphs"], [b for b in blocks if b.key],
                                                                   strict=True))
    near = lambda a, b: abs(a - b) < 0.6  # noqa: E731
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Creator"] == DOCBOOK_CREATOR and pdf.metadata["Producer"] == DOCBOOK_PRODUCER
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        assert len(pages) == count >= 12
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        cover = pages[0]
        lines = cover.extract_text_lines()
        assert " ".join(ln["text"] for ln in lines) == " ".join([report["title"], *title_lines(report)])
        assert all(near((ln["x0"] + ln["x1"]) / 2, cover.width / 2) for ln in lines)  # centred
        assert not cover.lines and info["front_matter_lines"] == [report["title"], *title_lines(report)]
        opened = {}
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            rules = sorted(round(ln["top"]) for ln in page.lines if near(ln["x0"], left) and near(ln["x1"], right))
            foot = rows[-1]
            assert foot["text"] == labels[n - 1] and near((foot["x0"] + foot["x1"]) / 2, page.width / 2), n
            assert near(foot["chars"][0]["size"], DOCBOOK["body_size"]), n
            if headers[n - 1]:  # a header over its rule, and the page's first text under it
                head = rows[0]
                assert head["text"] == headers[n - 1] and near((head["x0"] + head["x1"]) / 2, page.width / 2), n
                assert near(head["chars"][0]["size"], DOCBOOK["running_size"]) and n > 2, n
                assert rules == [round(page.height - DOCBOOK[k]) for k in ("header_rule", "footer_rule")], n
            else:
                assert rules == [round(page.height - DOCBOOK["footer_rule"])], n
                if n > 2:  # a chapter opens here, its title first, in large bold sans-serif at the page margin
                    top = rows[0]
                    assert top["text"] in chapters and near(top["x0"], left), n
                    assert all(c["fontname"] == DOCBOOK["title_font"] and near(c["size"], DOCBOOK["chapter_size"])
                               for c in top["chars"] if c["text"] != " "), n
                    opened[top["text"]] = n
            body = [c for c in page.chars if c["fontname"].startswith("Times") and c["text"] != " "
                    and page.height - DOCBOOK["header_rule"] < c["top"] < page.height - DOCBOOK["footer_rule"]]
            if n > 2:
                assert all(c["x0"] > text_x - 0.5 for c in body), n  # the body four picas in from the titles
        assert list(opened) == [docbook_title(b) for b in majors]  # each chapter opens a page of its own
        assert opened[docbook_title(majors[1])] == first and labels[first - 2] in ("ii", "iii", "iv")
        toc = pages[1]
        rows = toc.extract_text_lines()
        assert rows[0]["text"] == DOCBOOK["toc_title"]
        assert [r["text"] for r in rows[1:-1]] == info["contents_lines"]
        for row, b in zip(rows[1:-1], [b for b in blocks if b.kind == "heading"], strict=True):
            assert row["text"].startswith(toc_text(b)) and near(row["x0"], left + (0 if b.level == 1 else 24)), row
        found = []
        for page in pages[2:]:
            for row in page.extract_text_lines():
                chars = [c for c in row["chars"] if c["text"] != " "]
                if chars and all(c["fontname"] == DOCBOOK["title_font"] and near(c["size"], DOCBOOK["section_size"])
                                 for c in chars):
                    assert near(row["x0"], left), row["text"]
                    found.append(row["text"])
        assert found == [docbook_title(b) for b in subs] and len(subs) >= 10  # "3.2. 2023", in order
        run_in = []
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            assert texts[(AM, label)].startswith(e["starts_with"])
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            number = label.split()[-1] + "."
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == number and b["text"] == word
                     and a["fontname"] == DOCBOOK["number_font"] and b["fontname"] == DOCBOOK["body_font"]
                     and abs(a["bottom"] - b["bottom"]) < 1]
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in pairs if any(w["text"] == "Recommendation" and near(w["x0"], text_x)
                                                         and abs(w["bottom"] - a["bottom"]) < 1 for w in words)]
            else:
                pairs = [(a, b) for a, b in pairs if near(a["x0"], text_x)]
                run_in.append(label)
            assert len(pairs) == 1, (label, e["page"])
        assert run_in == [b.label for b in numbered]
        bold = [w["text"] for p in pages[2:] for w in p.extract_words(extra_attrs=["fontname"])
                if w["fontname"] == DOCBOOK["number_font"] and re.fullmatch(r"\d+(\.\d+)*\.", w["text"])]
        recs = [b for b in blocks if b.kind == "rec"]
        assert bold == [f"{b.label}." for b in numbered] + [f"{n}." for n in range(1, len(recs) + 1)]  # and no other
        marks = [w for p in pages[2:] for w in p.extract_words() if w["text"] == DOCBOOK["bullet"]
                 and near(w["x0"], text_x)]
        assert len(marks) == sum(len(b.bullets) for b in blocks) >= 12
        glossary = pages[opened["Glossary"] - 1]
        rows = info["glossary"]
        words = glossary.extract_words()
        starts = [w for w in words if near(w["x0"], text_x) and w["text"] in {t.split()[0] for t, _m in rows}]
        assert [w["text"] for w in starts] == [t.split()[0] for t, _m in rows]  # each term in its column
        beside = [next(v["text"] for v in words if near(v["x0"], text_x + DOCBOOK["term_w"] + 18)
                       and abs(v["bottom"] - w["bottom"]) < 1) for w in starts]
        assert beside == [m.split()[0] for _t, m in rows]  # its meaning beside it, on the same baseline
        assert not glossary.rects and len(glossary.lines) == 1 + bool(headers[opened["Glossary"] - 1])
        _ends_on_the_next_page(info, blocks, pages)
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]
    assert info["paragraphs"][0]["page"] == first  # 1.1.1 on the first chapter's first page, printed "1"


def test_joomla_article_indexes_its_pages_and_leaves_a_break_where_each_was(generated: dict[str, Any]) -> None:
    """Marshwick: a child-on-child sexual abuse learning review published as one article of a Joomla 5 site (the
    Cassiopeia template), split into a page per chapter by the page-break plugin and saved in its "All Pages" view: the
    generator meta, the body's classes, the site's brand, menu and breadcrumbs; the article's title and its info block
    (Details, Written by, Category, Published, Hits); the plugin's "Article Index" card listing the article's title, the
    title of each page break (the chapter's heading without its number) and "All Pages", each a link to that page; in
    the text a <br> where each page break was, before the chapter's <h2>; the title-page lines first, then the foreword,
    the three-level headings as the review numbers them; every paragraph a justified TinyMCE <p>, each number typed at
    the start of its text, under its own heading; a factor list's bullets in a <ul> after it; "Recommendation N:" in
    <strong>; the glossary a table with a header row; the sidebar's modules and the footer (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][MK]
    report = next(r for r in load_reports() if r["id"] == MK)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    site = output["site_name"]
    assert soup.title.get_text() == f"{report['title']} - {site}"
    assert soup.find("meta", attrs={"name": "generator"})["content"] == JOOMLA["generator"]
    assert {"site", "com_content", "view-article", "has-sidebar-right"} <= set(soup.body["class"])
    assert squash(soup.select_one("header a.brand-logo")) == site == info["running_header_lines"][0]
    assert squash(soup.select_one("header div.site-description")) == output["site_description"]
    current = soup.select_one("ul.mod-menu li.current.active a")
    assert squash(current) == JOOMLA["active"] and current["aria-current"] == "page"
    crumbs = [squash(li) for li in soup.select("ol.mod-breadcrumbs li")]
    assert crumbs == [JOOMLA["here"], "Home", JOOMLA["active"], report["title"]]
    article = soup.select_one("main div.com-content-article.item-page")
    assert squash(article.select_one("div.page-header h1")) == report["title"] == info["article_title"]
    details = [squash(x) for x in article.select("dl.article-info > dt, dl.article-info > dd")]
    assert details == info_lines(output) and set(details) <= set(info["running_header_lines"])
    assert details[-1] == f"{JOOMLA['hits']} {output['hits']}"
    index = article.select_one("div.card.article-index")
    assert squash(index.h3) == JOOMLA["index"]
    titles = info["page_titles"]
    majors = [b for b in blocks if b.kind == "heading" and b.level == 1]
    assert titles == [page_title(b.text) for b in majors[1:]] and len(titles) >= 6  # the foreword is on page 1
    assert all(not re.match(r"\d", t) for t in titles)  # the break titles as typed in the dialog: no numbers
    links = index.select("li.py-1 > a.toclink")
    assert [squash(a) for a in links] == [report["title"], *titles, JOOMLA["all_pages"]] == info["contents_lines"]
    path = article_path(output)
    assert [a["href"] for a in links] == [path, *(f"{path}?start={n}" for n in range(1, len(titles) + 1)),
                                          f"{path}?showall=1"]
    assert all(a["class"] == ["toclink"] for a in links)  # in the "All Pages" view no entry is marked active
    body = article.select_one("div.com-content-article__body")
    assert index.find_next_sibling("div") is body  # the index card just before the text
    children = body.find_all(recursive=False)
    breaks = [i for i, el in enumerate(children) if el.name == "br"]
    assert len(breaks) == len(titles) and not body.select("hr")  # a <br> where each page break was, no <hr> left
    assert [children[i + 1].name for i in breaks] == ["h2"] * len(titles)
    assert [page_title(children[i + 1].get_text()) for i in breaks] == titles
    assert [children[i + 1].get_text() for i in breaks] == [b.text for b in majors[1:]]  # numbered as in the review
    lead = children[:next(i for i, el in enumerate(children) if el.name == "h2")]
    assert [el.get_text() for el in lead] == title_lines(report) == info["front_matter_lines"][1:]
    assert lead[0].strong.get_text() == FICTION_LABEL
    heads = [el for el in children if el.name in ("h2", "h3")]
    assert [(int(h.name[1]) - 1, h.get_text()) for h in heads] == [(b.level, b.text) for b in blocks
                                                                   if b.kind == "heading"]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    sections = {e["paragraph"]: e["section"] for e in info["paragraphs"]}
    labels, recs, loose = [], [], []
    section = ""
    for el in children[len(lead):]:
        if el.name in ("h2", "h3"):
            section = el.get_text()
            continue
        if el.name != "p":
            assert el.name in ("br", "ul", "table"), el.name
            continue
        assert el["style"] == JOOMLA["p"].split('"')[1], el.get_text()[:30]
        text = el.get_text()
        typed = re.match(r"(\d+\.\d+\.\d+) ", text)
        if el.strong is not None:
            assert text == f"{el.strong.get_text()} {text.split(': ', 1)[1]}"
            recs.append(text)
        elif typed:
            label = typed.group(1)
            block = numbered[label]
            assert text == f"{label} {block.text}" and sections[label] == section, label  # under its own heading
            after = el.find_next_sibling()
            assert (after is not None and after.name == "ul") == bool(block.bullets), label
            if block.bullets:
                assert [li.get_text() for li in after.find_all("li", recursive=False)] == list(block.bullets)
            assert " ".join([block.text, *block.bullets]) == texts[(MK, label)]
            labels.append(label)
        else:
            loose.append(text)
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")]
    assert len(labels) >= 45 and all(re.fullmatch(LABEL_RE[MK], x) for x in labels)
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    table = body.select_one("table")
    assert [th.get_text() for th in table.select("thead th")] == JOOMLA["glossary_head"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == info["glossary"]
    sidebar = soup.select("div.container-sidebar-right div.sidebar-right.card")
    assert [squash(card.select_one("h3.card-header")) for card in sidebar] == [JOOMLA["latest"], JOOMLA["help"]]
    assert [squash(s) for s in sidebar[0].select("span[itemprop=name]")] == JOOMLA["latest_items"]
    assert squash(sidebar[1].select_one("div.card-body")) == JOOMLA["help_text"]
    assert squash(soup.select_one("footer.container-footer")) == info["running_header_lines"][-1]
    assert soup.select_one("a#back-top")["aria-label"] == JOOMLA["back_to_top"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_dompdf_node_repeats_the_themes_header_and_footer_and_draws_its_list_markers(generated: dict[str, Any]) -> None:
    """Hexley: a rural domestic abuse related death review published as a node of a council's Drupal site and saved
    with its "Download PDF" link, which Entity Print answers with dompdf: dompdf as producer, no creator, the node's
    title as metadata title; A4; on every page, the first too, the theme's fixed header (the council's name in bold over
    a rule) and footer (the node's address and "Page N of M" under a rule); page 1 the node's title in large bold type,
    its fields with inline bold labels, the fiction label in bold and the title-page lines, the "Contents" list of links
    to the chapters (no page numbers) and the start of the review; headings in bold Helvetica, two sizes; each number
    typed at the left margin before its text in the same regular face; "Recommendation N:" in bold; every list marker a
    small filled circle drawn beside an indented line, no bullet character anywhere; the glossary a gridded table under
    a bold "Term | Meaning" row; paragraphs running over page breaks (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][HY]
    report = next(r for r in load_reports() if r["id"] == HY)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    left, right, indent = DOMPDF["left"], DOMPDF["right"], DOMPDF["list_indent"]
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    regular, bold = DOMPDF["font"], DOMPDF["bold"]
    inked = lambda row: [c for c in row["chars"] if c["text"] != " "]  # noqa: E731
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        assert pdf.metadata["Producer"] == DOMPDF_PRODUCER and not pdf.metadata.get("Creator")
        assert pdf.metadata["Title"] == report["title"] == info["metadata_title"]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 6
        assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)  # A4
        assert info["running_header_lines"] == [output["site_name"], f"{info['node_url']} Page N of {count}"]
        for page in pages:  # the fixed header and footer on every page, the first included
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == info["site_name"] == output["site_name"] and near(head["x0"], left), page.page_number
            assert all(c["fontname"] == bold for c in inked(head))
            assert foot["text"] == f"{info['node_url']} {page_counter(page.page_number, count)}", page.page_number
            assert near(foot["x0"], left) and near(foot["x1"], right)
            rules = {round(ln["top"]) for ln in page.lines if ln["top"] == ln["bottom"] and near(ln["x0"], left)
                     and near(ln["x1"], right)}
            assert {round(page.height - DOMPDF[k]) for k in ("header_rule", "footer_rule")} <= rules
            assert "\u2022" not in (page.extract_text() or "")  # no bullet character: the markers are drawn
        first = pages[0].extract_text_lines()[1:-1]
        title = [r for r in first if all(c["fontname"] == bold and near(c["size"], DOMPDF["title_size"])
                                         for c in inked(r))]
        assert " ".join(r["text"] for r in title) == report["title"] and first[:len(title)] == title
        rest = first[len(title):]
        assert [r["text"] for r in rest[:3]] == [f"{label}: {value}" for label, value in info["fields"]]
        for row, (label, _value) in zip(rest[:3], info["fields"], strict=True):  # the label bold, the value not
            chars = inked(row)
            cut = len(label.replace(" ", "")) + 1
            assert all(c["fontname"] == bold for c in chars[:cut]) and all(c["fontname"] == regular
                                                                            for c in chars[cut:])
        assert [name for name, _v in info["fields"]] == DOMPDF["fields"]
        assert [v for _l, v in info["fields"]] == [output["review_type"], report["date"], report["publisher"]]
        assert rest[3]["text"] == FICTION_LABEL and all(c["fontname"] == bold for c in inked(rest[3]))
        assert [r["text"] for r in rest[4:4 + len(report["title_page"])]] == report["title_page"]
        assert info["front_matter_lines"] == [report["title"], FICTION_LABEL, *(v for _l, v in info["fields"][1:]),
                                              *report["title_page"]]  # the date and publisher shown as fields
        at = next(i for i, r in enumerate(rest) if r["text"] == DOMPDF["contents"])
        entries = rest[at + 1:at + 1 + len(info["contents_lines"])]
        assert [r["text"] for r in entries] == info["contents_lines"]
        assert info["contents_lines"] == [b.text for b in blocks if b.kind == "heading" and b.level == 1]
        assert all(near(r["x0"], left + indent) and all(c["non_stroking_color"] == DOMPDF["link"] for c in inked(r))
                   for r in entries)  # links, indented beside their markers
        discs = []
        for page in pages:
            dots = [c for c in page.curves if near(c["x1"] - c["x0"], 2 * DOMPDF["disc_r"], 0.2)
                    and near(c["bottom"] - c["top"], 2 * DOMPDF["disc_r"], 0.2)]
            assert all(c["fill"] and not c["stroke"] and tuple(c["non_stroking_color"]) == (0, 0, 0)
                       and near((c["x0"] + c["x1"]) / 2, left + DOMPDF["disc_x"]) for c in dots)
            rows = page.extract_text_lines()
            for c in dots:  # each beside the first line of an indented item
                beside = [r for r in rows if r["top"] < (c["top"] + c["bottom"]) / 2 < r["bottom"]]
                assert len(beside) == 1 and near(beside[0]["x0"], left + indent), page.page_number
            discs += dots
        bullets = sum(len(b.bullets) for b in blocks)
        assert len(discs) == info["discs"] == len(info["contents_lines"]) + bullets and bullets >= 12
        heads = []
        for page in pages:
            for row in page.extract_text_lines()[1:-1]:
                chars = inked(row)
                for level, size in ((1, DOMPDF["h2_size"]), (2, DOMPDF["h3_size"])):
                    if all(c["fontname"] == bold and near(c["size"], size) for c in chars):
                        assert near(row["x0"], left)
                        heads.append((level, row["text"]))
        assert heads[0] == (1, DOMPDF["contents"])
        assert heads[1:] == [(b.level, b.text) for b in blocks if b.kind == "heading"]
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            assert texts[(HY, label)].startswith(e["starts_with"])
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label.split()[1]}:"
                         and b["text"] == word and a["fontname"] == bold and b["fontname"] == regular]
                pairs = [(a, b) for a, b in pairs if any(w["text"] == "Recommendation" and w["fontname"] == bold
                                                         and near(w["x0"], left) and near(w["bottom"], a["bottom"])
                                                         for w in words)]
            else:  # typed in the paragraph's own face at the margin, its text after a space
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                         and a["fontname"] == b["fontname"] == regular and near(a["x0"], left)
                         and near(a["bottom"], b["bottom"])]
            assert len(pairs) == 1, (label, e["page"])
        glossary = next(p for p in pages[1:] if any(r["text"] == "Glossary" for r in p.extract_text_lines()[1:-1]))
        words = glossary.extract_words(extra_attrs=["fontname"])
        head = [w for w in words if w["text"] in DOMPDF["glossary_head"] and w["fontname"] == bold]
        assert [w["text"] for w in head] == DOMPDF["glossary_head"] and near(head[0]["bottom"], head[1]["bottom"])
        verticals = [ln for ln in glossary.lines if ln["x0"] == ln["x1"]]
        assert {round(ln["x0"]) for ln in verticals} >= {round(left), round(right)}  # the table's grid
        _ends_on_the_next_page(info, blocks, pages)
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]
    assert info["paragraphs"][0]["page"] == 1  # no title page: the review starts under the node's fields


def test_squarespace_page_sets_each_subsection_in_a_text_block_of_its_own(generated: dict[str, Any]) -> None:
    """Calverholt: an adultification learning review published as a page of a Squarespace 7.1 site and saved from
    the browser: Squarespace's comment in the head, the title "Page — Site", the canonical and Open Graph metadata,
    the announcement bar, the header's site title and navigation; the page's sections, each a Fluid Engine grid whose
    blocks' places are its style's grid areas; the first section's text block with the title, the fiction label and
    the title-page lines, a button block, and a text block "In this review" linking to the other sections' anchors;
    then a section per chapter, its heading alone in a text block and each subsection in a text block of its own;
    every paragraph a pre-wrap <p>, its three-level number typed at the start of its text, under its own heading;
    each list item's text in a <p> inside its <li>; "Recommendation N:" in <strong>; the glossary an accordion block
    of closed items; the footer's sections (BeautifulSoup only)."""
    from bs4 import BeautifulSoup, Comment

    info = generated["expected"][CT]
    report = next(r for r in load_reports() if r["id"] == CT)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    site = output["site_title"]
    comments = [c.strip() for c in soup.find_all(string=lambda t: isinstance(t, Comment))]
    assert SQUARESPACE["comment"][4:-3].strip() in comments  # "This is Squarespace."
    assert soup.title.get_text() == title_text(output, report) == info["page_title"] == f"{report['title']} — {site}"
    assert soup.find("link", rel="canonical")["href"] == f"https://{output['host']}{output['path']}"
    assert soup.find("meta", property="og:site_name")["content"] == site
    assert squash(soup.select_one("div.sqs-announcement-bar-text-inner")) == output["announcement"]
    assert squash(soup.select_one("header#header a#site-title")) == site == info["site_title"]
    active = soup.select("nav.header-nav-list div.header-nav-item--active > a")
    assert [squash(a) for a in active] == [SQUARESPACE["active"]] and active[0]["aria-current"] == "page"
    assert {site, output["announcement"], SQUARESPACE["button"]} <= set(info["running_header_lines"])
    majors = [b for b in blocks if b.kind == "heading" and b.level == 1]
    sections = soup.select("main#page > article#sections > section.page-section")
    assert len(sections) == 1 + len(majors)
    for sec in sections:  # every block a cell of its section's grid, placed by a grid area in the section's style
        style = sec.select_one("div[data-fluid-engine] > style").get_text()
        cells = sec.select("div.fluid-engine > div.fe-block")
        assert cells and sec["data-section-id"]
        for cell in cells:
            bid = cell.find("div", recursive=False)["id"].removeprefix("block-")
            assert re.fullmatch(r"yui_3_17_2_1_\d{13}_\d+", bid) and f"fe-block-{bid}" in cell["class"]
            assert re.search(rf"\.fe-block-{bid} {{ grid-area: \d+/2/\d+/10;", style), bid
    text_css = "div.sqs-block.html-block[data-block-type='2'] > div.sqs-block-content > div.sqs-html-content"
    top = sections[0].select(text_css)
    assert all(block.has_attr("data-sqsp-text-block-content") for sec in sections for block in sec.select(text_css))
    assert squash(top[0].h1) == report["title"]
    assert [squash(p) for p in top[0].find_all("p")] == title_lines(report) == info["front_matter_lines"][1:]
    assert top[0].p.strong.get_text() == FICTION_LABEL and top[0].p["class"] == ["sqsrte-large"]
    button = sections[0].select_one("div.sqs-block-button[data-block-type='53'] a.sqs-block-button-element")
    assert squash(button) == SQUARESPACE["button"] and button["href"].endswith(".pdf")
    assert squash(top[1].h3) == SQUARESPACE["contents"]
    links = top[1].select("ul[data-rte-list=default] > li > p > a")
    assert [squash(a) for a in links] == info["contents_lines"] == [b.text for b in majors]
    assert [a["href"] for a in links] == [f"#{i}" for i in info["section_ids"]]
    assert [sec.get("id") for sec in sections[1:]] == info["section_ids"]
    assert info["section_ids"] == [squarespace_anchor(b.text) for b in majors]
    assert not any(re.match(r"\d", i) for i in info["section_ids"])  # typed in the section's settings: no numbers
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    under = {e["paragraph"]: e["section"] for e in info["paragraphs"]}
    heads, labels, recs, loose = [], [], [], []
    for sec, major in zip(sections[1:], majors, strict=True):
        chapter = sec.select(text_css)
        assert [el.name for el in chapter[0].find_all(recursive=False)] == ["h2"]  # the heading alone in its block
        heads.append((1, chapter[0].h2.get_text()))
        for block in chapter[1:]:
            children = block.find_all(recursive=False)
            section = major.text
            if children[0].name == "h3":  # a subsection to a text block, its heading first
                section = children[0].get_text()
                heads.append((2, section))
                children = children[1:]
            assert all(el.name in ("p", "ul") for el in children), section
            for el in children:
                if el.name == "ul":
                    continue
                assert el["style"] == "white-space:pre-wrap;" and el["class"] == []
                text = el.get_text()
                typed = re.match(r"(\d+\.\d+\.\d+) ", text)
                if el.strong is not None:
                    assert text == f"{el.strong.get_text()} {text.split(': ', 1)[1]}"
                    recs.append(text)
                elif typed:
                    label = typed.group(1)
                    item = numbered[label]
                    assert text == f"{label} {item.text}" and under[label] == section, label  # under its own heading
                    after = el.find_next_sibling()
                    assert (after is not None and after.name == "ul") == bool(item.bullets), label
                    if item.bullets:  # each item's text a paragraph of its own inside the <li>
                        assert after["data-rte-list"] == "default"
                        assert [[(p.name, p.get_text()) for p in li.find_all(recursive=False)]
                                for li in after.find_all("li", recursive=False)] == [[("p", t)] for t in item.bullets]
                    assert " ".join([item.text, *item.bullets]) == texts[(CT, label)]
                    labels.append(label)
                else:
                    loose.append(text)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")]
    assert len(labels) >= 45 and all(re.fullmatch(LABEL_RE[CT], x) for x in labels)
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    accordion = sections[-1].select_one("div.sqs-block.accordion-block.sqs-block-accordion[data-block-type='69']")
    items = accordion.select("ul.accordion-items-container > li.accordion-item")
    rows = [[squash(li.select_one("span.accordion-item__title")),
             squash(li.select_one("div.accordion-item__description"))] for li in items]
    assert rows == info["glossary"] and [term for term, _m in rows] == info["accordion_terms"] and len(rows) >= 8
    for li in items:  # every item closed, its button controlling its dropdown
        button = li.select_one("h4.accordion-item__title-wrapper > button.accordion-item__click-target")
        drop = li.select_one("div.accordion-item__dropdown[role=region]")
        assert button["aria-expanded"] == "false" and button["aria-controls"] == drop["id"]
        assert drop["aria-labelledby"] == button["id"]
    footer = soup.select_one("footer#footer-sections > section.page-section")
    assert [squash(p) for p in footer.select("div.sqs-html-content > p")][:2] == footer_lines(output)[:2]
    assert set(footer_lines(output)) <= set(info["running_header_lines"])
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_weasyprint_pdf_runs_the_chapters_string_in_its_header_and_sets_its_notes_at_the_end(
        generated: dict[str, Any]) -> None:
    """Orbridge: a high intensity use SAR written in Markdown and typeset by WeasyPrint: WeasyPrint as producer, no
    creator, the title, author and subject from the page's metadata, an outline of bookmarks from the headings; A4, one
    face (DejaVu Sans's stand-in) regular and bold; a cover with a full-width band in the board's colour and the board's
    name and title in white over the fiction label and title-page lines, with no margin boxes; a contents page with
    dotted leaders; from page 2 the running title at the top left, at the top right the first chapter title set on the
    page or the one carried over, and "Page N of M" centred at the foot; the review running on over page breaks, the
    chapters' headings where they fall; each number typed at the margin before its text in the same regular face;
    "Recommendation N:" in bold; a raised small note number after each anchor text, and all the notes after the
    glossary under a rule, numbered "1." ... (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][OB]
    report = next(r for r in load_reports() if r["id"] == OB)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    left, right = WEASYPRINT["left"], WEASYPRINT["right"]
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    regular, bold = WEASYPRINT["pdf_fonts"][WEASYPRINT["font"]], WEASYPRINT["pdf_fonts"][WEASYPRINT["bold"]]
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    inked = lambda row: [c for c in row["chars"] if c["text"] != " "]  # noqa: E731
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == WEASYPRINT_PRODUCER and not meta.get("Creator")
        assert meta["Title"] == report["title"] == info["metadata_title"] and meta["Author"] == report["publisher"]
        assert meta["Subject"] == report["title_page"][0]
        outline = [[level - 1, title] for level, title, *_rest in pdf.doc.get_outlines()]
        assert outline == info["outline"] == [[0, report["title"]], [1, WEASYPRINT["contents"]],
                                              *([b.level, b.text] for b in blocks if b.kind == "heading")]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8 and all((round(p.width), round(p.height)) == (595, 842) for p in pages)
        assert {face(c) for p in pages for c in p.chars} == {regular, bold}
        cover = pages[0]
        band = [r for r in cover.rects if r["x0"] < 0.5 and r["x1"] > cover.width - 0.5 and r["top"] < 0.5]
        assert len(band) == 1 and tuple(band[0]["non_stroking_color"]) == WEASYPRINT["colour"]
        rows = cover.extract_text_lines()
        white = [r for r in rows if all(tuple(c["non_stroking_color"]) == (1, 1, 1) for c in inked(r))]
        assert all(r["bottom"] < band[0]["bottom"] for r in white) and rows[:len(white)] == white
        assert white[0]["text"] == output["board"] == info["board"]
        assert " ".join(r["text"] for r in white[1:]) == report["title"]
        assert all(face(c) == bold for c in inked(white[1]))
        rest = " ".join(r["text"] for r in rows[len(white):])
        assert rest == " ".join(title_lines(report)) and rows[len(white)]["text"] == FICTION_LABEL
        assert report["running_title"] not in (cover.extract_text() or "")  # no margin boxes on the cover
        titles = info["header_titles"]
        assert titles[0] is None and titles[1] == WEASYPRINT["contents"] and all(titles[1:])
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == f"{report['running_title']} {titles[n - 1]}", n
            assert near(head["x0"], left) and near(head["x1"], right)
            assert all(near(c["size"], WEASYPRINT["running_size"]) for c in inked(head))
            assert foot["text"] == weasyprint_counter(n, count)
            assert near((foot["x0"] + foot["x1"]) / 2, page.width / 2, 1)  # the bottom centre box
        contents = pages[1].extract_text_lines()[1:-1]
        assert contents[0]["text"] == WEASYPRINT["contents"]
        assert [r["text"] for r in contents[1:]] == info["contents_lines"]
        heads, first_set, last_set = [], {}, {}
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = inked(row)
                for level, size in ((1, WEASYPRINT["h2_size"]), (2, WEASYPRINT["h3_size"])):
                    if chars and all(face(c) == bold and near(c["size"], size) for c in chars):
                        assert near(row["x0"], left)
                        heads.append((level, row["text"]))
                        if level == 1:
                            first_set.setdefault(page.page_number, row["text"])
                            last_set[page.page_number] = row["text"]
        assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
        carried = WEASYPRINT["contents"]
        for n in range(3, count + 1):  # string(chapter): the first value set on the page, else the one carried over
            assert titles[n - 1] == first_set.get(n, carried), n
            carried = last_set.get(n, carried)
        for entry in info["contents_lines"]:  # the leader's page is where the chapter's heading is
            heading, number = re.fullmatch(r"(.+?) \.{3,} (\d+)", entry).groups()
            assert heading in [r["text"] for r in pages[int(number) - 1].extract_text_lines()], entry
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            assert texts[(OB, label)].startswith(e["starts_with"])
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label.split()[1]}:"
                         and b["text"] == word and face(a) == bold and face(b) == regular]
            else:  # typed at the margin in the paragraph's own face, its text after a space
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                         and face(a) == face(b) == regular and near(a["x0"], left) and near(a["bottom"], b["bottom"])]
            assert len(pairs) == 1, (label, e["page"])
        notes, marks, ends = info["footnotes"], info["footnote_pages"], info["endnote_pages"]
        assert len(notes) == len(marks) == len(ends) >= 5 and marks == sorted(marks) and ends == sorted(ends)
        assert max(marks) < min(ends)  # every note printed after the last reference to one
        for n, page_no in enumerate(marks, start=1):  # the reference: the note's number small and raised
            raised = [c for c in pages[page_no - 1].chars if c["text"] == str(n)
                      and near(c["size"], WEASYPRINT["note_mark"]) and c["top"] > 60]
            assert raised, n
        rule = [ln for ln in pages[ends[0] - 1].lines if ln["top"] == ln["bottom"] and near(ln["x0"], left)
                and near(ln["x1"], right)][-1]  # the <hr> over the notes, under the glossary's last row
        below = []  # the text under the rule to the end, without the margin boxes
        for p in pages[ends[0] - 1:]:
            top = rule["top"] if p.page_number == ends[0] else 50
            below += [r["text"] for r in p.crop((0, top, p.width, p.height - 50)).extract_text_lines()]
        notes_text = " ".join(below)
        for n, note in enumerate(notes, start=1):
            assert f"{n}. {' '.join(note.split()[:6])}" in notes_text, n
        glossary = next(p for p in pages if any(r["text"] == "Glossary" for r in p.extract_text_lines()[1:-1]))
        assert glossary.page_number <= ends[0]
        assert "\u21a9" not in "".join(p.extract_text() or "" for p in pages)  # the back-links hidden
        _ends_on_the_next_page(info, blocks, pages)
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]
    assert info["paragraphs"][0]["page"] == 3  # the cover, the contents, then the review


def test_wagtail_page_renders_its_streamfield_block_by_block_under_the_user_bar(generated: dict[str, Any]) -> None:
    """Yarrowby: a freebirth learning review published as a page of a Wagtail site and saved from the browser by an
    editor who was signed in: Wagtail's user bar between its embed code comments at the end of the body; the page type's
    body class, the title "Page | Site", the canonical address, the header, menu and search, a breadcrumb trail ending
    in the page's title; the page's fields: the title, an introduction of keyed rich text paragraphs (the fiction label
    in <b>, the title-page lines), the published date and topics, a link to the review's PDF as a Wagtail document and
    an "On this page" list of links to the chapters' headings; then the StreamField, every block a <div> named for its
    type: a heading block for every chapter (<h2> with its slug as the anchor) and subsection (<h3>), one rich text
    block of <p data-block-key> paragraphs under each heading with its single number typed at the start, a factor
    list's bullets a <ul> of keyed items in the same block, "Recommendation N:" in <b>, quote blocks repeating the
    review's words after the paragraph they follow (splitting that heading's rich text in two), the glossary a table
    block with each term a row header (BeautifulSoup only)."""
    from bs4 import BeautifulSoup, Comment

    info = generated["expected"][YF]
    report = next(r for r in load_reports() if r["id"] == YF)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    key_re = r"[a-z0-9]{5}"
    assert soup.title.get_text() == wagtail_title(output, report) == info["page_title"]
    assert soup.body["class"] == [WAGTAIL["body_class"]]
    assert soup.find("link", rel="canonical")["href"] == f"https://{output['host']}{output['path']}"
    comments = [c.strip() for c in soup.find_all(string=lambda t: isinstance(t, Comment))]
    assert comments == ["Wagtail user bar embed code", "end Wagtail user bar embed code"]
    bar = soup.select_one("body > div.wagtail-userbar-reset > div.wagtail-userbar[data-wagtail-userbar]")
    assert [squash(a) for a in bar.select("ul[role=menu] > li > a[role=menuitem]")] == WAGTAIL["userbar"]
    assert bar.find_parent("main") is None and set(WAGTAIL["userbar"]) <= set(info["running_header_lines"])
    site = soup.select_one("header.site-header > a.site-header__name")
    assert squash(site) == output["site_name"] == info["site_name"]
    active = soup.select("nav.primary-nav li.primary-nav__item--active > a")
    assert [squash(a) for a in active] == [WAGTAIL["active"]] and active[0]["aria-current"] == "true"
    crumbs = soup.select("nav.breadcrumb > ol > li")
    assert [squash(li) for li in crumbs] == [*WAGTAIL["crumbs"], report["title"]]
    assert crumbs[-1]["aria-current"] == "page"
    head = soup.select_one("main > article.review-page > div.review-page__header")
    assert squash(head.h1) == report["title"]
    intro = head.select("div.review-page__intro > p")
    assert [squash(p) for p in intro] == title_lines(report) == info["front_matter_lines"][1:]
    assert intro[0].b.get_text() == FICTION_LABEL and all(re.fullmatch(key_re, p["data-block-key"]) for p in intro)
    when = head.select_one("dl.review-page__meta time")
    assert squash(when) == output["published"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", when["datetime"])
    assert [squash(a) for a in head.select("ul.tags a")] == WAGTAIL["tags"]
    link = head.select_one("p.review-page__document > a")
    assert squash(link) == WAGTAIL["download"] and link["href"] == info["document_url"]
    assert re.fullmatch(rf"/documents/{output['document']}/[a-z0-9-]+\.pdf", link["href"])
    majors = [b for b in blocks if b.kind == "heading" and b.level == 1]
    toc = soup.select("nav.page-contents > ul > li > a")
    assert [squash(a) for a in toc] == info["contents_lines"] == [b.text for b in majors]
    assert [a["href"] for a in toc] == [f"#{i}" for i in info["section_ids"]]
    stream = soup.select_one("article.review-page > div.review-page__body").find_all(recursive=False)
    kinds = [el["class"][0].removeprefix("block-") for el in stream]
    assert all(el.name == "div" and len(el["class"]) == 1 for el in stream) and set(kinds) == set(WAGTAIL["blocks"])
    assert ("paragraph_block", "paragraph_block") not in set(itertools.pairwise(kinds))  # a quote stands between two
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, ids, labels, recs, loose, quotes, keys, rows = [], [], [], [], [], [], [], []
    for el, kind in zip(stream, kinds, strict=True):
        if kind == "heading_block":  # the heading alone in its block
            (h,) = el.find_all(recursive=False)
            heads.append((1 if h.name == "h2" else 2, h.get_text()))
            if h.name == "h2":
                ids.append(h["id"])
            else:
                assert h.name == "h3" and not h.has_attr("id")
        elif kind == "paragraph_block":
            for child in el.find_all(recursive=False):
                assert child.name in ("p", "ul"), child.name
                if child.name == "ul":  # a factor list's bullets, under its lead-in, in the same rich text block
                    items = child.find_all("li", recursive=False)
                    keys += [li["data-block-key"] for li in items]
                    assert [li.get_text() for li in items] == list(numbered[labels[-1]].bullets)
                    continue
                keys.append(child["data-block-key"])
                text = child.get_text()
                typed = re.match(r"(\d+)\. ", text)
                if child.b is not None:
                    assert text == f"{child.b.get_text()} {text.split(': ', 1)[1]}"
                    recs.append(text)
                elif typed:
                    label = typed.group(1)
                    assert text == f"{label}. {numbered[label].text}" and " ".join(
                        [numbered[label].text, *numbered[label].bullets]) == texts[(YF, label)]
                    after = child.find_next_sibling()
                    assert (after is not None and after.name == "ul") == bool(numbered[label].bullets), label
                    labels.append(label)
                else:
                    loose.append(text)
        elif kind == "block_quote":
            quote = el.blockquote.select_one("p.text").get_text()
            assert el.blockquote.select_one("p.attribute_name").get_text()
            source = next(q for q in report["pull_quotes"] if " ".join(q["text"].split()) == quote)
            before = el.find_previous_sibling()  # after the rich text whose last paragraph holds the words it follows
            assert before["class"] == ["block-paragraph_block"]
            assert " ".join(source["after"].split()) in before.find_all("p")[-1].get_text()
            assert any(quote.rstrip(".") in t for (rid, _label), t in texts.items() if rid == YF) or any(
                quote.rstrip(".") in b.text for b in blocks if b.kind == "unnumbered")
            quotes.append(quote)
        else:
            table = el.table
            assert [th.get_text() for th in table.select("thead > tr > th")] == WAGTAIL["glossary_head"]
            rows = [[tr.th.get_text(), tr.td.get_text()] for tr in table.select("tbody > tr")]
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert ids == info["section_ids"] == [wagtail_slug(b.text) for b in majors]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")]
    assert len(labels) >= 45 and all(re.fullmatch(LABEL_RE[YF], x) for x in labels)
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert quotes == info["pull_quotes"] and len(quotes) >= 2
    assert all(re.fullmatch(key_re, k) for k in keys) and len(set(keys)) == len(keys)
    assert rows == info["glossary"] and len(rows) >= 8
    footer = soup.select_one("footer.site-footer")
    assert [squash(a) for a in footer.select("a")] == wagtail_footer(output)[:-1]
    assert squash(footer.select_one("p.site-footer__copyright")) == wagtail_footer(output)[-1]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_openoffice_pdf_hangs_typed_lettered_numbers_and_exports_comments_as_sticky_notes(
        generated: dict[str, Any]) -> None:
    """Tansworth: a counter-allegations DARDR written in Apache OpenOffice Writer and exported to PDF with its comments:
    Writer as creator and OpenOffice as producer, the chair as author, bookmarks from the headings (chapters at the top,
    subsections under them); A4; a centred title page without running matter; from page 2 the running title centred
    over a rule and "Page N of M" centred at the foot; a contents page with dotted leaders; chapter headings "C What
    happened" in bold sans and subsection headings in bold italic sans at the margin; each number typed at the margin
    in the text's own face and the text at a hanging indent; "•" bullets at the indent; "Recommendation N:" in bold;
    the glossary in two balanced columns of bold terms; the panel's comments as Text annotations where their anchor
    phrases end, never in the page's text (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][TZ]
    report = next(r for r in load_reports() if r["id"] == TZ)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = OPENOFFICE
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    inked = lambda row: [c for c in row["chars"] if c["text"] != " "]  # noqa: E731
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == OPENOFFICE_PRODUCER and meta["Creator"] == OPENOFFICE_CREATOR
        assert meta["Title"] == report["title"] and meta["Author"] == output["author"] == info["author"]
        outline = [[level - 1, title] for level, title, *_rest in pdf.doc.get_outlines()]
        assert outline == info["outline"] == [[b.level - 1, b.text] for b in blocks if b.kind == "heading"]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 10 and all((round(p.width), round(p.height)) == (595, 842) for p in pages)
        cover = pages[0].extract_text_lines()
        assert " ".join(r["text"] for r in cover) == " ".join([report["title"], *title_lines(report)])
        assert all(near((r["x0"] + r["x1"]) / 2, pages[0].width / 2, 1.5) for r in cover)  # every line centred
        assert report["running_title"] not in (pages[0].extract_text() or "") and not pages[0].lines
        for page in pages[1:]:  # the "Default" page style's header and footer
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == report["running_title"] == info["running_header_lines"][0]
            assert foot["text"] == openoffice_counter(page.page_number, count)
            assert near((head["x0"] + head["x1"]) / 2, page.width / 2, 1) and near((foot["x0"] + foot["x1"]) / 2,
                                                                                   page.width / 2, 1)
            rule = [ln for ln in page.lines if near(ln["x0"], o["left"]) and near(ln["x1"], o["right"])
                    and near(ln["top"], page.height - o["rule_y"])]
            assert len(rule) == 1 and head["bottom"] < rule[0]["top"] < rows[1]["top"], page.page_number
        contents = pages[1].extract_text_lines()[1:-1]
        assert contents[0]["text"] == o["contents"] and [r["text"] for r in contents[1:]] == info["contents_lines"]
        heads = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = inked(row)
                for level, font, size in ((1, o["heading"], o["h1_size"]), (2, o["subheading"], o["h2_size"])):
                    if chars and all(face(c) == font and near(c["size"], size) for c in chars):
                        assert near(row["x0"], o["left"]), row["text"]
                        heads.append((level, row["text"]))
        assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
            else:  # typed at the margin in the text's own face, the text at the hanging indent
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                         and face(a) == face(b) == o["font"] and near(a["x0"], o["left"]) and near(b["x0"], o["indent"])
                         and near(a["bottom"], b["bottom"])]
                assert len(pairs) == 1, (label, e["page"])
        for page in pages[2:]:  # no line of the body but a heading, an unnumbered paragraph's, a number's or a
            for row in page.extract_text_lines()[1:-1]:  # recommendation's starts left of the indent
                if near(row["x0"], o["left"], 1) and not re.match(r"[A-Z]\.\d+ ", row["text"]):
                    chars = inked(row)
                    assert face(chars[0]) in (o["heading"], o["subheading"], o["bold"], o["font"]), row["text"]
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], o["indent"], 1) for c in bullets)
        gloss = next(p for p in pages if "Glossary" in [r["text"] for r in p.extract_text_lines()])
        top = next(r for r in gloss.extract_text_lines() if r["text"] == "Glossary")["bottom"] + 1
        mid, bottom = (o["left"] + o["right"]) / 2, gloss.height - o["body_bottom"]
        left = gloss.crop((0, top, mid, bottom)).extract_text_lines()
        right = gloss.crop((mid, top, gloss.width, bottom)).extract_text_lines()
        assert left and right and abs(len(left) - len(right)) <= 2  # evenly distributed
        assert near(left[0]["x0"], o["left"]) and right[0]["x0"] > mid
        entries = [f"{a} {o['dash']} {m}" for a, m in info["glossary"]]
        assert " ".join(r["text"] for r in left + right) == " ".join(entries)
        terms = [c for c in gloss.chars if face(c) == o["bold"] and c["top"] > top]
        assert "".join(c["text"] for c in terms).replace(" ", "") == "".join(a for a, _m in info["glossary"]).replace(
            " ", "")
        notes = [(p.page_number, a) for p in pages for a in p.annots]
        assert [a["contents"] for _n, a in notes] == info["comments"]
        assert [n for n, _a in notes] == info["comment_pages"]
        assert len(notes) == len(report["comments"]) >= 4
        for (n, a), comment in zip(notes, report["comments"], strict=True):
            assert a["data"]["Subtype"].name == "Text"
            last = comment["after"].split()[-1].strip(PUNCT)
            words = pages[n - 1].extract_words()
            assert any(w["text"].strip(PUNCT) == last and near(w["x1"], a["x0"], 1)
                       and abs(w["bottom"] - a["bottom"]) < 6 for w in words), comment["after"]  # where its anchor ends
            assert a["contents"] not in _norm(pages[n - 1].extract_text() or "")
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]
    assert info["paragraphs"][0]["page"] == 4  # the title page, the contents, the foreword, then the review


def test_umbraco_page_sets_each_number_beside_its_rich_text_in_a_block_grid_with_key_learning_asides(
        generated: dict[str, Any]) -> None:
    """Fallowford: a faltering growth learning review published as a page of an Umbraco site whose body is a block
    grid rendered by Umbraco's block grid partial views: the document type's body class, the title "Page - Site", the
    canonical address, the block grid style sheet, a cookie notice, the header, menu and search, a breadcrumb trail
    ending in the page's title; the page's properties: the title, a summary of rich text paragraphs (the fiction label
    in <strong>, the title-page lines), the published date, a link to the review's PDF in the media library and a
    "Contents" list of links to the chapters' headlines; then the grid of twelve columns, every block a layout item
    with its element type's alias and key, its UDI and its spans: a headline block per chapter (<h2> with its slug as
    the anchor) and after it a section layout block of two areas, "main" (eight columns) holding a subheading block per
    subsection (<h3>), a numbered paragraph block per paragraph (its three-level number in a span of its own beside the
    paragraph's rich text, a factor list's bullets a <ul> in it), rich text blocks for the foreword and the
    recommendations and a definition list block for the glossary, and "aside" (four columns) holding the chapter's key
    learning boxes, never text of the review; an Umbraco Forms feedback form after the article (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][FG]
    report = next(r for r in load_reports() if r["id"] == FG)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    u = UMBRACO
    soup = BeautifulSoup((generated["dir"] / info["file"]).read_text(encoding="utf-8"), "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert soup.title.get_text() == umbraco_title(output, report) == info["page_title"]
    assert soup.body["class"] == [u["body_class"]]
    assert soup.find("link", rel="canonical")["href"] == f"https://{output['host']}{output['path']}"
    assert "/css/blockgridlayout.css" in [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert squash(soup.select_one("div.cookie-notice > p")) == u["cookie"]
    assert squash(soup.select_one("header.site-header > a.site-header__name")) == output["site_name"] == info[
        "site_name"]
    current = soup.select("nav.main-nav li.main-nav__item--current > a")
    assert [squash(a) for a in current] == [u["active"]] and current[0]["aria-current"] == "page"
    crumbs = soup.select("nav.breadcrumbs > ol > li")
    assert [squash(li) for li in crumbs] == [*u["crumbs"], report["title"]] and crumbs[-1]["aria-current"] == "page"
    head = soup.select_one("main > article.learning-review > div.learning-review__header")
    assert squash(head.h1) == report["title"] == squash(soup.h1)
    summary = head.select("div.learning-review__summary > p")
    assert [squash(p) for p in summary] == title_lines(report) == info["front_matter_lines"][1:]
    assert summary[0].strong.get_text() == FICTION_LABEL
    when = head.select_one("p.learning-review__published > time")
    assert squash(when) == output["published"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", when["datetime"])
    link = head.select_one("p.learning-review__download > a")
    assert squash(link) == u["download"] and link["href"] == info["media_url"]
    assert re.fullmatch(rf"/media/{output['media']}/[a-z0-9-]+\.pdf", link["href"])
    majors = [b for b in blocks if b.kind == "heading" and b.level == 1]
    toc = soup.select("nav.learning-review__contents > ol > li > a")
    assert [squash(a) for a in toc] == info["contents_lines"] == [b.text for b in majors]
    assert [a["href"] for a in toc] == [f"#{i}" for i in info["section_ids"]]
    root = soup.select_one("article.learning-review > div.umb-block-grid__root-container")
    assert root["data-grid-columns"] == f"{u['columns']};"  # the partial view's stray semicolon
    (layout,) = root.find_all(recursive=False)
    assert layout["class"] == ["umb-block-grid__layout-container"]

    def items(container: Any) -> list[Any]:
        found = container.find_all(recursive=False)
        assert all(el["class"] == ["umb-block-grid__layout-item"] for el in found)
        for el in found:
            alias = el["data-content-element-type-alias"]
            assert alias in u["types"] and el["data-content-element-type-key"] == umbraco_key(alias)
            assert re.fullmatch(r"umb://element/[0-9a-f]{32}", el["data-element-udi"]) and el["data-row-span"] == "1"
            assert f"--umb-block-grid--item-column-span: {el['data-col-span']};" in el["style"]
        return found

    top = items(layout)
    assert [el["data-content-element-type-alias"] for el in top] == ["headlineBlock", "sectionLayout"] * len(majors)
    assert all(el["data-col-span"] == str(u["columns"]) for el in top)
    udis = [el["data-element-udi"] for el in soup.select("div.umb-block-grid__layout-item")]
    assert len(set(udis)) == len(udis)
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, ids, labels, recs, loose, asides, rows = [], [], [], [], [], [], []
    for headline, section in zip(top[::2], top[1::2], strict=True):
        (h2,) = headline.find_all(recursive=False)
        assert h2.name == "h2"
        heads.append((1, h2.get_text()))
        ids.append(h2["id"])
        container = section.select_one("div.section-layout > div.umb-block-grid__block-area-container")
        areas = container.find_all(recursive=False)
        assert [(a["data-area-alias"], a["data-area-col-span"]) for a in areas] == [("main", str(u["main"])),
                                                                                 ("aside", str(u["aside"]))]
        main, aside = (a.find("div", class_="umb-block-grid__layout-container", recursive=False) for a in areas)
        for el in items(main):
            alias = el["data-content-element-type-alias"]
            assert el["data-col-span"] == str(u["main"])
            if alias == "subheadingBlock":
                (h3,) = el.find_all(recursive=False)
                assert h3.name == "h3"
                heads.append((2, h3.get_text()))
            elif alias == "numberedParagraph":
                box = el.select_one("div.numbered-paragraph")
                number = box.select_one("span.numbered-paragraph__number").get_text()
                body = box.select_one("div.numbered-paragraph__text")
                assert box["id"] == umbraco_para_id(number) and number not in body.get_text()[:12]
                assert body.p.get_text() == numbered[number].text
                bullets = [li.get_text() for li in body.select("ul > li")]
                assert bullets == list(numbered[number].bullets)
                assert " ".join([body.p.get_text(), *bullets]) == texts[(FG, number)]
                labels.append(number)
            elif alias == "richTextBlock":
                for p in el.select("div.rich-text > p"):
                    if p.strong is not None:
                        recs.append(p.get_text())
                    else:
                        loose.append(p.get_text())
            else:
                assert alias == "definitionListBlock"
                rows = [[dt.get_text(), dd.get_text()] for dt, dd in zip(el.select("dl div > dt"),
                                                                            el.select("dl div > dd"), strict=True)]
        if aside is not None:
            for el in items(aside):
                assert el["data-content-element-type-alias"] == "keyLearningBlock"
                assert el["data-col-span"] == str(u["aside"])
                title, text = el.select("aside.key-learning > p")
                assert title.get_text() == u["key_learning"]
                asides.append(text.get_text())
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert ids == info["section_ids"] == [umbraco_slug(b.text) for b in majors]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")]
    assert len(labels) >= 45 and all(re.fullmatch(LABEL_RE[FG], x) for x in labels)
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert rows == info["glossary"] and len(rows) >= 8
    assert asides == info["sidebars"] and len(asides) == len(report["sidebars"]) >= 3
    review = " ".join(texts[(rid, label)] for rid, label in texts if rid == FG)
    assert not any(a in review for a in asides)  # the boxes restate the learning, never the review's words
    form = soup.select_one("main > div.umbraco-forms-form form")
    assert squash(form.legend) == u["feedback"] and form.find_parent("article") is None
    assert [squash(label) for label in form.select("div.umbraco-forms-field label")] == u["feedback_options"]
    footer = soup.select_one("footer.site-footer")
    assert [squash(a) for a in footer.select("a")] == umbraco_footer(output)[:-1]
    assert squash(footer.select_one("p.site-footer__copyright")) == umbraco_footer(output)[-1]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_onlyoffice_pdf_sets_bold_list_numbers_in_uneven_margins_and_a_two_level_contents(
        generated: dict[str, Any]) -> None:
    """Skelwick: an adult sexual exploitation SAR drafted in ONLYOFFICE Docs and downloaded as PDF: the editor as
    creator and producer, the reviewer as author, no bookmarks; A4 with the editor's uneven default margins (3 cm at
    the left, 1.5 cm at the right); a title page without running matter; from page 2 the running title in grey at the
    top left and the page number alone at the foot on the right, with no rule; a contents page of two levels, each
    subsection indented under its chapter, with dotted leaders; chapter and subsection headings in bold sans at the
    margin; each two-level number in bold at the margin and its first word at the hanging indent, the text aligned left
    (ragged right) in the regular sans; the bullets a level further in; "Recommendation N:" in bold; the glossary a
    gridded table under a shaded "Term | Meaning" row (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][SK]
    report = next(r for r in load_reports() if r["id"] == SK)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = ONLYOFFICE
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == ONLYOFFICE_PRODUCER and meta["Creator"] == ONLYOFFICE_CREATOR
        assert meta["Title"] == report["title"] and meta["Author"] == output["author"] == info["author"]
        assert not pdf.doc.catalog.get("Outlines")  # the download writes no bookmarks
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 10 and all((round(p.width), round(p.height)) == (595, 842) for p in pages)
        cover = pages[0].extract_text_lines()
        assert " ".join(r["text"] for r in cover) == " ".join([report["title"], *title_lines(report)])
        assert all(near(r["x0"], o["left"]) for r in cover)  # the title page's lines at the margin, left aligned
        assert report["running_title"] not in (pages[0].extract_text() or "") and not pages[0].lines
        for page in pages[1:]:
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == report["running_title"] == info["running_header_lines"][0]
            assert near(head["x0"], o["left"]) and all(c["non_stroking_color"] != (0, 0, 0) for c in head["chars"])
            assert foot["text"] == str(page.page_number) and near(foot["x1"], o["right"], 1)
            assert not [ln for ln in page.lines if ln["top"] < rows[1]["top"]]  # no rule under the header
        contents = pages[1].extract_text_lines()[1:-1]
        assert contents[0]["text"] == o["contents"] and [r["text"] for r in contents[1:]] == info["contents_lines"]
        levels = [1 if near(r["x0"], o["left"]) else 2 if near(r["x0"], o["left"] + o["contents_indent"]) else 0
                  for r in contents[1:]]
        assert levels == info["contents_levels"] == [b.level for b in blocks if b.kind == "heading"]
        assert all(near(r["x1"], o["right"], 2) for r in contents[1:])  # the page numbers at the right margin
        heads = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                for level, size in ((1, o["h1_size"]), (2, o["h2_size"])):
                    if chars and all(face(c) == o["bold"] and near(c["size"], size) for c in chars):
                        assert near(row["x0"], o["left"]), row["text"]
                        heads.append((level, row["text"]))
        assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
        ragged = 0
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
            else:  # the list's number in bold at the margin, the text at the hanging indent
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                         and face(a) == o["bold"] and face(b) == o["font"] and near(a["x0"], o["left"])
                         and near(b["x0"], o["indent"]) and near(a["bottom"], b["bottom"])]
                assert len(pairs) == 1, (label, e["page"])
        for page in pages[2:]:  # aligned left: lines of the body end at many places short of the right margin
            ends = [r["x1"] for r in page.extract_text_lines()[1:-1] if r["x0"] > o["left"] + 20]
            ragged += len({round(x) for x in ends if x < o["right"] - 3}) >= 3
        assert ragged >= len(pages) // 2
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], o["bullet_x"], 1) for c in bullets)
        gloss = next(p for p in pages if "Glossary" in [r["text"] for r in p.extract_text_lines()])
        (table,) = gloss.find_tables()
        cells = table.extract()
        assert cells[0] == o["glossary_head"]
        assert [[" ".join(a.split()), " ".join(m.split())] for a, m in cells[1:]] == info["glossary"][:len(cells) - 1]
        shaded = [r for r in gloss.rects if r["fill"] and r.get("non_stroking_color") == o["shade"]]
        assert len(shaded) == 1 and near(shaded[0]["x0"], o["left"]) and near(shaded[0]["x1"], o["right"], 1)
        terms = {w["text"] for w in gloss.extract_words(extra_attrs=["fontname"]) if face(w) == o["bold"]}
        assert {a.split()[0] for a, _m in info["glossary"][:len(cells) - 1]} <= terms
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]
    assert info["paragraphs"][0]["page"] == 3  # the title page, the contents, then the review


def test_ghost_post_lists_typed_numbers_as_ordered_lists_with_a_start_in_one_markdown_card(
        generated: dict[str, Any]) -> None:
    """Larchford: an adolescent alcohol harm learning review published as a post of a Ghost site in its default theme,
    Casper: the generator meta tag, the canonical address, a JSON-LD article, the gh-head header with the members'
    links, the post's tag, title, excerpt and byline with the reading time; in the content a callout card holding the
    fiction label (bold) and the title-page lines, a button card linking to the review's PDF in the site's uploaded
    files, then the review in ONE markdown card as markdown-it renders it: a bold "Contents" line and its list of links,
    headings with Ghost's ids (<h2> chapters, <h3> subsections), each run of typed paragraph numbers an ordered list
    whose start is its first number (none when it is 1) and whose items are the paragraphs, in <p> when the list has
    more than one item and bare when it has one, a factor list's bullets a <ul> in its item, the recommendations as
    paragraphs opening with a bold "Recommendation N:", the glossary a table; the footer's call to action, "Read more"
    and "Powered by Ghost" outside the article (BeautifulSoup only)."""
    from bs4 import BeautifulSoup, Comment

    info = generated["expected"][LA]
    report = next(r for r in load_reports() if r["id"] == LA)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    g = GHOST
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert soup.title.get_text() == report["title"] == info["page_title"]
    assert soup.find("meta", attrs={"name": "generator"})["content"] == g["generator"]
    assert soup.find("link", rel="canonical")["href"] == f"https://{output['host']}{output['path']}"
    ld = json.loads(soup.find("script", type="application/ld+json").string)
    assert ld["@type"] == "Article" and ld["headline"] == report["title"] and ld["author"]["name"] == output["byline"]
    assert soup.body["class"][:2] == g["body_class"].split()
    head = soup.select_one("header#gh-head")
    assert squash(head.select_one("a.gh-head-logo")) == output["site_name"] == info["site_name"]
    assert [squash(a) for a in head.select("nav.gh-head-menu li > a")] == g["nav"]
    assert [squash(a) for a in head.select("div.gh-head-members a")] == [g["sign_in"], g["subscribe"]]
    article = soup.select_one("main#site-main > article.article.post")
    header = article.select_one("header.article-header")
    assert squash(header.select_one("span.post-card-primary-tag")) == output["tag"]
    assert squash(header.select_one("h1.article-title")) == report["title"] == squash(soup.h1)
    assert squash(header.select_one("p.article-excerpt")) == report["title_page"][0]
    assert squash(header.select_one("h4.author-name")) == output["byline"] == info["byline"]
    assert squash(header.select_one("time.byline-meta-date")) == ghost_date(output["published"])
    assert squash(header.select_one("span.byline-reading-time")) == f"• {ghost_reading_time(blocks)}"
    content = article.select_one("section.gh-content")
    cards = content.find_all(recursive=False)
    callout, button = cards[0], cards[1]
    assert callout["class"] == ["kg-card", "kg-callout-card", "kg-callout-card-grey"]
    text = callout.select_one("div.kg-callout-text")
    assert text.strong.get_text() == FICTION_LABEL
    assert [t.strip() for t in text.strings] == title_lines(report) == info["front_matter_lines"][1:]
    assert "kg-button-card" in button["class"] and squash(button.a) == g["download"]
    assert button.a["href"] == ghost_download(output) == info["download_url"]
    assert re.fullmatch(rf"/content/files/{output['upload']}/[a-z0-9-]+\.pdf", button.a["href"])
    marks = [c.strip() for c in content.find_all(string=lambda s: isinstance(s, Comment))]
    assert marks == ["kg-card-begin: markdown", "kg-card-end: markdown"]
    card = cards[2:]  # the markdown card's elements, between its two comments
    assert card[0].name == "p" and card[0].strong.get_text() == g["contents"]
    majors = [b for b in blocks if b.kind == "heading" and b.level == 1]
    links = card[1].select("li > a")
    assert [squash(a) for a in links] == info["contents_lines"] == [b.text for b in majors]
    assert [a["href"] for a in links] == [f"#{i}" for i in info["section_ids"]]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, recs, loose, rows, starts, singles = [], [], [], [], [], [], 0
    for el in card[2:]:
        if el.name in ("h2", "h3"):
            assert el["id"] == ghost_slug(el.get_text())
            heads.append((2 if el.name == "h3" else 1, el.get_text()))
        elif el.name == "ol":
            items = el.find_all("li", recursive=False)
            start = int(el.get("start", "1"))
            assert ("start" in el.attrs) == (start != 1)
            starts.append(start)
            for n, li in enumerate(items, start=start):
                label = str(n)
                para = li.find("p", recursive=False)
                assert (para is not None) == (len(items) > 1)  # a loose list, or a tight list of one item
                singles += para is None
                body = para.get_text() if para is not None else li.find(string=True, recursive=False).strip()
                assert label not in body.split()[:1]  # the number is the list's, not the text's
                assert body == numbered[label].text
                bullets = [b.get_text() for b in li.select("ul > li")]
                assert bullets == list(numbered[label].bullets)
                assert " ".join([body, *bullets]) == texts[(LA, label)]
                labels.append(label)
        elif el.name == "p" and el.strong is not None:
            recs.append(el.get_text())
        elif el.name == "p":
            loose.append(el.get_text())
        else:
            assert el.name == "table"
            assert [th.get_text() for th in el.select("thead th")] == g["glossary_head"]
            rows = [[td.get_text() for td in tr.find_all("td")] for tr in el.select("tbody > tr")]
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert info["section_ids"] == [ghost_slug(b.text) for b in majors]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")]
    assert labels == [str(i) for i in range(1, len(labels) + 1)] and len(labels) >= 45
    assert len(starts) >= 10 and starts[0] == 1 and singles >= 2  # lists broken by every heading; some of one item
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert rows == info["glossary"] and len(rows) >= 8
    assert article.find(string=g["cta_title"]) is None and article.find(string=g["powered"]) is None
    assert squash(soup.select_one("section.footer-cta h2")) == g["cta_title"]
    assert [squash(h) for h in soup.select("aside.read-more-wrap h2")] == g["read_more"]
    assert squash(soup.select_one("footer.site-footer div.gh-powered-by")) == g["powered"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None
    assert set(g["read_more"]) <= set(info["running_header_lines"]) and output["site_name"] in raw


def test_groff_ms_pdf_sets_a_title_block_over_page_one_ip_numbers_and_the_contents_at_the_end(
        generated: dict[str, Any]) -> None:
    """Mossbridge: a prescribed medicines SAR typeset with groff's ms macros and made into PDF by pdfroff: groff as
    creator and Ghostscript as producer, the title and author, bookmarks from the headings as printed; A4 with ms's
    geometry (the text an inch from the left edge, six inches wide); no title page but ms's title block centred at the
    head of page 1 (the title bold and a size larger, the fiction label in italic, the other lines in roman) and the
    review beginning under it; no header on page 1, the running title at the left and the date at the right from page
    2; the folio "- N -" centred at every foot, roman on the contents; headings bold at the text's own size at the
    margin, numbered by .NH with a full stop after each number; each paragraph an .IP with its three-level number in
    roman at the margin and its text 6 ens in, justified; the bullets inside .RS; "Recommendation N:" in bold; the
    glossary a boxed table ruled under its header and between its columns; the table of contents on the last page,
    after the glossary (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][MO]
    report = next(r for r in load_reports() if r["id"] == MO)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = GROFF
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    shown = [groff_heading(b.text) for b in blocks if b.kind == "heading"]
    assert shown == info["headings"] and "3. What happened" in shown and "3.1. Before 2022" in shown
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == GROFF_PRODUCER and meta["Creator"] == GROFF_CREATOR
        assert meta["Title"] == report["title"] and meta["Author"] == output["author"] == info["author"]
        outlines = [entry[1] for entry in pdf.doc.get_outlines()]
        assert outlines == shown
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8 and all((round(p.width), round(p.height)) == (595, 842) for p in pages)
        assert info["page_labels"] == [str(n) for n in range(1, count)] + ["i"]
        first = pages[0].extract_text_lines()
        top = " ".join(r["text"] for r in first[:12])
        assert top.startswith(" ".join([report["title"], *title_lines(report)]))
        title_chars = [c for c in pages[0].chars if c["top"] < first[1]["bottom"] and c["text"] != " "]
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) for c in title_chars)
        label = next(r for r in first if r["text"] == FICTION_LABEL)
        assert all(face(c) == "Times-Italic" for c in label["chars"] if c["text"] != " ")
        mid = (o["left"] + o["right"]) / 2
        for row in first[:10]:  # the title block centred on the text's width
            assert near((row["x0"] + row["x1"]) / 2, mid, 2), row["text"]
        assert first[-1]["text"] == "- 1 -" and report["running_title"] not in (pages[0].extract_text() or "")
        assert any(r["text"] == "Foreword" for r in first) and info["paragraphs"][0]["page"] <= 2
        for page in pages[1:]:
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == f"{report['running_title']} {report['date']}"
            assert near(head["x0"], o["left"]) and near(head["x1"], o["right"], 1)
            assert foot["text"] == f"- {info['page_labels'][page.page_number - 1]} -"
            assert near((foot["x0"] + foot["x1"]) / 2, mid, 1)
        heads = []
        for page in pages[:-1]:
            for row in page.extract_text_lines():
                chars = [c for c in row["chars"] if c["text"] != " "]
                if chars and all(face(c) == o["bold"] and near(c["size"], o["size"]) for c in chars) and \
                        row["text"] in shown:
                    assert near(row["x0"], o["left"]), row["text"]
                    heads.append(row["text"])
        assert heads == shown
        justified = 0
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
            else:  # .IP: the number in roman at the margin, the text at the indent
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                         and face(a) == o["font"] and face(b) == o["font"] and near(a["x0"], o["left"])
                         and near(b["x0"], o["left"] + o["ip_indent"]) and near(a["bottom"], b["bottom"])]
                assert len(pairs) == 1, (label, e["page"])
        for page in pages[:-1]:  # justified: most full lines of the body end at the right margin
            ends = [r["x1"] for r in page.extract_text_lines()[1:-1] if r["x0"] > o["left"] + 20]
            justified += sum(near(x, o["right"], 1) for x in ends) >= len(ends) // 2
        assert justified >= len(pages) // 2
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], o["left"] + o["ip_indent"], 1) for c in bullets)
        gloss = next(p for p in pages if "Glossary" in [r["text"] for r in p.extract_text_lines()])
        (table,) = gloss.find_tables()
        head, body = table.extract()  # tbl's box has no rules between the rows: every row is in one pair of cells
        assert head == ["Term", "Meaning"]
        assert " ".join(body[0].split()) == " ".join(a for a, _m in info["glossary"])
        assert " ".join(body[1].split()) == " ".join(m for _a, m in info["glossary"])
        terms = {w["text"] for w in gloss.extract_words(extra_attrs=["fontname"]) if face(w) == o["bold"]}
        assert {a.split()[0] for a, _m in info["glossary"]} <= terms
        toc = pages[-1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] and [r["text"] for r in toc[2:-1]] == info["contents_lines"]
        levels = [1 if near(r["x0"], o["left"]) else 2 if near(r["x0"], o["left"] + o["toc_indent"]) else 0
                  for r in toc[2:-1]]
        assert levels == [b.level for b in blocks if b.kind == "heading"]
        assert all(near(r["x1"], o["right"], 1) for r in toc[2:-1])
    sections = {e["section"] for e in info["paragraphs"]}
    assert sections <= set(shown) and "3.2. 2022 and 2023" in sections  # each paragraph's heading as printed
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_google_sites_page_types_numbers_in_bold_spans_one_section_per_chapter(generated: dict[str, Any]) -> None:
    """Westerfold: an adolescent physical abuse learning review published as a page of a Google Site: the title "Site -
    Page", the canonical address under sites.google.com/view/, the header with the site's name, its navigation (the
    current item marked) and the search button; the page header section with the title as <h1> and the fiction label
    (bold) and the title-page lines; a first section holding the "Table of contents" widget (every heading as a link to
    its id, subsections indented), the foreword and the review's PDF embedded from Drive; then one section per chapter,
    every heading an <h2> or <h3> with a Sites id and a hidden "Copy heading link" button whose label is only in its
    attributes; each numbered paragraph a <p> opening with its typed number "12." in a bold span, the text in the next
    span, a factor list's bullets a bulleted list after it, "Recommendation N:" in a bold span likewise, the glossary
    one paragraph per term; the site's footer section and Google's "Page updated" bar outside the sections of the review
    (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][WF]
    report = next(r for r in load_reports() if r["id"] == WF)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    s = SITES
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    url = f"https://sites.google.com/view/{output['site_path']}/{output['path']}"
    assert soup.title.get_text() == sites_page_title(output) == info["page_title"]
    assert info["page_title"] == f"{output['site_name']} - {output['page_name']}"
    assert soup.find("link", rel="canonical")["href"] == url == soup.find("meta", property="og:url")["content"]
    assert json.loads(soup.find("script", type="application/ld+json").string)["url"] == url
    head = soup.select_one("header#atIdViewHeader")
    assert squash(head.select_one("div.TlfmSc")) == output["site_name"] == info["site_name"]
    nav = head.select("nav ul[role=navigation] a")
    assert [squash(a) for a in nav] == s["nav"]
    assert [squash(a) for a in nav if a.get("aria-selected") == "true"] == [s["current"]]
    assert head.select_one("div[role=button]")["aria-label"] == s["search"] and not squash(head.select_one(
        "div[role=button]"))
    main = soup.select_one("div[role=main]")
    sections = main.find_all("section", recursive=False)
    banner = sections[0]
    assert banner["id"] == "h.INIT_page_header"
    assert squash(banner.h1) == report["title"] == squash(soup.h1) and len(soup.find_all("h1")) == 1
    lines = [squash(p) for p in banner.find_all("p")]
    assert lines == title_lines(report) == info["front_matter_lines"][1:]
    assert squash(banner.find("p").select_one("span.aw5Odc")) == FICTION_LABEL
    first = sections[1]
    toc = first.select_one("nav")
    assert toc["aria-label"] == s["toc_label"]
    links = toc.select("li > a")
    headings = [b for b in blocks if b.kind == "heading"]
    assert [squash(a) for a in links] == [b.text for b in headings] == info["contents_lines"]
    assert [a["href"] for a in links] == [f"#{i}" for i in info["heading_ids"]]
    assert [bool(li.get("style")) for li in toc.select("li")] == [b.level == 2 for b in headings]
    frame = first.select_one("iframe")
    assert frame["src"] == sites_drive_url(output) == info["drive_url"]
    assert re.fullmatch(r"https://drive\.google\.com/file/d/[A-Za-z0-9_-]+/preview", frame["src"])
    chapters = sections[2:-1]
    footer_section = sections[-1]
    assert [squash(p) for p in footer_section.find_all("p")] == s["site_footer"]
    assert len(chapters) == sum(b.level == 1 for b in headings) - 1  # the foreword's is the first section
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, recs, loose, gloss, ids = [], [], [], [], [], []
    for el in main.find_all(["h2", "h3", "p", "ul"]):
        if el.find_parent("section") in (banner, footer_section) or el.find_parent("nav") is not None:
            continue
        if el.name in ("h2", "h3"):
            button = el.select_one("div.PPhIP div[role=presentation]")
            assert button["aria-label"] == button["data-tooltip"] == s["copy_link"]
            assert button.a["href"] == f"#{el['id']}" and squash(button) == ""  # an icon: no text of its own
            assert el.get_text() == squash(el.select_one("div.CjVfdc"))
            heads.append((2 if el.name == "h3" else 1, el.get_text()))
            ids.append(el["id"])
            assert re.fullmatch(r"h\.[0-9a-f]{14}", el["id"])
        elif el.name == "ul":
            assert el.find_previous_sibling("p").select_one("span.aw5Odc").get_text() in numbered.keys() | {
                f"{k}." for k in numbered}
        elif el.find_parent("ul") is not None:
            continue  # a bullet, read with its list
        elif el.select_one("span.aw5Odc") is None:
            loose.append(el.get_text())
        else:
            spans = el.find_all("span", recursive=False)
            mark = spans[0].get_text()
            assert spans[0]["class"] == [s["body_font"], s["bold"]] and len(spans) == 2
            if re.fullmatch(r"\d+\.", mark):
                label = mark[:-1]
                body = spans[1].get_text()
                assert body.startswith(" ") and body[1:] == numbered[label].text
                nxt = el.find_next_sibling()
                bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
                assert bullets == list(numbered[label].bullets)
                assert " ".join([body[1:], *bullets]) == texts[(WF, label)]
                labels.append(label)
            elif mark.startswith("Recommendation "):
                recs.append(el.get_text())
            else:
                gloss.append((mark, spans[1].get_text().removeprefix(": ")))
    assert heads == [(b.level, b.text) for b in headings]
    assert ids == info["heading_ids"] and info["section_ids"] == [i for i, (lv, _t) in zip(ids, heads, strict=True)
                                                                   if lv == 1]
    assert ids == [sites_heading_id(WF, i, b.text) for i, b in enumerate(blocks) if b.kind == "heading"]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")]
    assert labels == [str(i) for i in range(1, len(labels) + 1)] and len(labels) >= 45
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert gloss == [tuple(row) for row in info["glossary"]] and len(gloss) >= 8
    bar = soup.select_one("div.dZA9kd")
    assert bar.find_parent("div", attrs={"role": "main"}) is None
    assert squash(bar.select_one("div.Q0cSn")) == f"{s['page_updated']} {sites_updated(output['updated'])}"
    assert [squash(a) for a in bar.select("a")] == [s["google_sites"], s["report_abuse"]]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None
    assert info["updated"] == output["updated"] and set(s["nav"]) <= set(info["running_header_lines"])


def test_context_pdf_runs_numbers_in_bold_starts_chapters_on_new_pages_and_numbers_pages_in_the_header(
        generated: dict[str, Any]) -> None:
    """Ormsdale: a diabetes self-neglect SAR typeset with ConTeXt: ConTeXt as creator and LuaTeX as producer, the title
    and author, bookmarks from the chapters only, each the title without its number; A4, the text 25 mm from the left
    edge and 160 mm wide; a title page with no header (the title bold and large, the fiction label in italic, the
    other lines centred); the contents on page 2 listing the numbered chapters only, in bold, the page number flush
    right, no leader dots; from page 2 the running title at the left of the header and the page number at its right,
    and nothing at the foot; every chapter at the head of a new page, bold and larger, "3 What happened" with no full
    stop; subsections bold and unnumbered; each numbered paragraph opening with its number "3.12" in bold at the
    margin, the text run in after it in roman, justified; the bullets at the margin; "Recommendation N:" in bold; the
    glossary a table ruled above, below and under its head, none between its rows (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][OM]
    report = next(r for r in load_reports() if r["id"] == OM)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = CONTEXT
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    numbered = [t for t in chapters if re.match(r"\d+ ", t)]
    assert "3 What happened" in numbered and "Foreword" not in numbered and "Glossary" not in numbered
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == CONTEXT_PRODUCER and meta["Creator"] == CONTEXT_CREATOR
        assert meta["Title"] == report["title"] and meta["Author"] == output["author"] == info["author"]
        outlines = [entry[1] for entry in pdf.doc.get_outlines()]
        assert outlines == [context_bookmark(t) for t in numbered] == info["bookmarks"]
        assert "What happened" in outlines
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 10 and all((round(p.width), round(p.height)) == (595, 842) for p in pages)
        cover = pages[0].extract_text_lines()
        assert " ".join(r["text"] for r in cover) == " ".join([report["title"], *title_lines(report)])
        assert report["running_title"] not in (pages[0].extract_text() or "")
        mid = (o["left"] + o["right"]) / 2
        assert all(near((r["x0"] + r["x1"]) / 2, mid, 2) for r in cover)
        label = next(r for r in cover if r["text"] == FICTION_LABEL)
        assert all(face(c) == o["italic"] for c in label["chars"] if c["text"] != " ")
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) for c in pages[0].chars
                   if c["top"] < label["top"] and c["text"] != " ")
        for page in pages[1:]:
            rows = page.extract_text_lines()
            head = rows[0]
            assert head["text"] == f"{report['running_title']} {page.page_number}"
            assert near(head["x0"], o["left"]) and near(head["x1"], o["right"], 1)
            assert rows[-1]["bottom"] < page.height - o["bottom"] + 2 and info["no_footer"]  # nothing at the foot
        toc = pages[1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] == info["toc_title"]
        assert [r["text"] for r in toc[2:]] == info["contents_lines"]
        for row, text in zip(toc[2:], numbered, strict=True):
            assert row["text"].startswith(f"{text} ") and near(row["x0"], o["left"]) and near(row["x1"], o["right"])
            assert all(face(c) == o["bold"] for c in row["chars"] if c["text"] != " ")
            assert "..." not in row["text"]
        starts = []
        for page in pages[2:]:
            rows = page.extract_text_lines()
            chars = [c for c in rows[1]["chars"] if c["text"] != " "]
            if all(face(c) == o["bold"] and near(c["size"], o["chapter_size"]) for c in chars):
                assert near(rows[1]["x0"], o["left"])
                starts.append(rows[1]["text"])
        assert starts == chapters  # every chapter, numbered or not, at the head of a page of its own
        subjects = []
        for page in pages[2:]:
            for row in page.extract_text_lines():
                chars = [c for c in row["chars"] if c["text"] != " "]
                if chars and all(face(c) == o["bold"] and near(c["size"], o["subject_size"]) for c in chars):
                    subjects.append(row["text"])
        assert subjects == [b.text for b in blocks if b.kind == "heading" and b.level == 2]
        justified = 0
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            shown = f"{label}:" if label.startswith("Recommendation") else label
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == shown and b["text"] == word
                     and face(a) == o["bold"] and face(b) == o["font"] and near(a["x0"], o["left"])
                     and near(a["bottom"], b["bottom"]) and b["x0"] - a["x1"] < 6]
            assert len(pairs) == 1, (label, e["page"])
        for page in pages[2:]:  # justified: most full lines of the body end at the right margin
            ends = [r["x1"] for r in page.extract_text_lines()[1:-1]]
            justified += sum(near(x, o["right"], 1) for x in ends) >= len(ends) // 2
        assert justified >= len(pages) // 2
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], o["left"], 1.5) for c in bullets)
        gloss = pages[-1]
        assert gloss.extract_text_lines()[1]["text"] == "Glossary"
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert {w["text"] for w in words if face(w) == o["bold"]} >= {a.split()[0] for a, _m in info["glossary"]}
        rules = sorted({round(e["top"]) for e in gloss.edges if e["orientation"] == "h"})
        assert len(rules) == 3  # above the head, under it and under the last row
        assert not [e for e in gloss.edges if e["orientation"] == "v"]
    sections = {e["section"] for e in info["paragraphs"]}
    assert sections <= {b.text for b in blocks if b.kind == "heading"} and "2022" in sections
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_webflow_item_types_numbers_in_one_rich_text_block_of_a_tabs_component(generated: dict[str, Any]) -> None:
    """Elmswick: a coercive control learning review published as an item of a Webflow CMS collection: the data-wf-*
    attributes on <html> (domain, page, site, the item's slug), the Webflow comment and generator, the title "Item |
    Site", the canonical address under the site's domain; the navbar component with the brand, the current link
    marked and the menu button; a hero with the category, the title as the page's only <h1> and the fiction label and
    the title-page lines one div each; a "Contents" list of links to the chapters' ids; a tabs component whose first
    pane holds the foreword and the chapters in one rich text block, chapters <h2> "3 What happened", subsections
    <h3>, each numbered paragraph a plain <p> opening with its typed number "3.12 ", a factor list's bullets a
    <ul role="list"> after it; the second pane the recommendations, "Recommendation N:" in <strong>; the third the
    glossary, a table in an HTML embed; the site's footer outside the tabs (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][EL]
    report = next(r for r in load_reports() if r["id"] == EL)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    w = WEBFLOW
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->")
    root = soup.find("html")
    assert root["data-wf-domain"] == output["domain"] and root["data-wf-page"] == output["page_id"]
    assert root["data-wf-site"] == output["site_id"] and root["data-wf-item-slug"] == output["slug"] == info["slug"]
    assert soup.find("meta", attrs={"name": "generator"})["content"] == "Webflow"
    assert soup.title.get_text() == webflow_title(output) == info["page_title"]
    assert soup.find("meta", property="og:title")["content"] == info["page_title"]
    url = f"https://{output['domain']}/{output['collection']}/{output['slug']}"
    assert soup.find("link", rel="canonical")["href"] == url
    bar = soup.select_one("div.w-nav[role=banner]")
    assert squash(bar.select_one("a.w-nav-brand")) == output["site_name"] == info["site_name"]
    links = bar.select("nav.w-nav-menu a.w-nav-link")
    assert [squash(a) for a in links] == w["nav"]
    assert [squash(a) for a in links if "w--current" in a["class"]] == [w["current"]]
    assert [a.get("aria-current") for a in links if "w--current" in a["class"]] == ["page"]
    assert bar.select_one("div.w-nav-button div.w-icon-nav-menu") is not None
    hero = soup.select_one("section.review-hero")
    assert squash(hero.select_one("div.review-category")) == w["category"]
    assert squash(hero.h1) == report["title"] == squash(soup.h1) and len(soup.find_all("h1")) == 1
    assert [squash(d) for d in hero.select("div.review-meta-line")] == title_lines(report) == info[
        "front_matter_lines"][1:]
    chapters = [b for b in blocks if b.kind == "heading" and b.level == 1 and not b.text.endswith("Recommendations")
                and b.text != "Glossary"]
    toc = soup.select_one("div.review-contents")
    assert squash(toc.select_one("div.contents-heading")) == w["contents"]
    assert [squash(a) for a in toc.select("a.contents-link")] == [b.text for b in chapters] == info["contents_lines"]
    assert [a["href"] for a in toc.select("a.contents-link")] == [f"#{webflow_chapter_id(b.text)}" for b in chapters]
    assert info["chapter_ids"] == [webflow_chapter_id(b.text) for b in chapters]
    assert "section-3" in info["chapter_ids"] and "section-foreword" in info["chapter_ids"]
    tabs = soup.select_one("div.w-tabs")
    menu = tabs.select("div.w-tab-menu[role=tablist] a.w-tab-link")
    assert [squash(a) for a in menu] == w["tabs"] == info["tabs"]
    assert [("w--current" in a["class"], a["aria-selected"]) for a in menu] == [(True, "true"), (False, "false"),
                                                                                 (False, "false")]
    panes = tabs.select("div.w-tab-content > div.w-tab-pane")
    assert [p["data-w-tab"] for p in panes] == [a["data-w-tab"] for a in menu] == ["Tab 1", "Tab 2", "Tab 3"]
    assert ["w--tab-active" in p["class"] for p in panes] == [True, False, False]
    assert [p["aria-labelledby"] for p in panes] == [a["id"] for a in menu]
    rich = panes[0].select_one("div.w-richtext")
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose = [], [], []
    for el in rich.find_all(["h2", "h3", "p", "ul"], recursive=False):
        if el.name == "h2":
            heads.append((1, el.get_text()))
            assert el["id"] == webflow_chapter_id(el.get_text())
        elif el.name == "h3":
            heads.append((2, el.get_text()))
            assert not el.get("id")
        elif el.name == "ul":
            assert el["role"] == "list"
            label = el.find_previous_sibling("p").get_text().split()[0]
            assert [squash(li) for li in el.find_all("li")] == list(numbered[label].bullets)
        else:
            assert not el.find(["strong", "span", "b"])  # the number typed into the text, nothing around it
            m = re.match(r"(\d+\.\d+) (.*)", el.get_text(), re.S)
            if m is None:
                loose.append(el.get_text())
                continue
            label, body = m.groups()
            assert body == numbered[label].text
            nxt = el.find_next_sibling()
            bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
            assert " ".join([body, *bullets]) == texts[(EL, label)]
            labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading" and b.text not in (
        "6 Recommendations", "Glossary")]
    assert "3 What happened" in [t for lv, t in heads if lv == 1]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    recs = []
    for p in panes[1].select("div.w-richtext > p"):
        strong = p.find("strong")
        assert p.contents[0] is strong and strong.get_text().startswith("Recommendation ")
        recs.append(p.get_text())
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    embed = panes[2].select_one("div.w-embed")
    assert [squash(th) for th in embed.select("thead th")] == ["Term", "Meaning"]
    rows = [tuple(squash(td) for td in tr.find_all("td")) for tr in embed.select("tbody tr")]
    assert rows == [tuple(r) for r in info["glossary"]] and len(rows) >= 8
    assert panes[2].select_one("div.w-richtext") is None  # rich text has no tables: an embed of its own
    footer = soup.select_one("section.footer")
    assert footer.find_parent("div", class_="w-tabs") is None
    assert [squash(d) for d in footer.select("div.footer-line")] == w["footer"]
    assert squash(footer.select_one("div.footer-copyright")) == w["copyright"]
    assert [s["src"].split("?")[0].rsplit("/", 1)[-1] for s in soup.find_all("script", src=True)] == [
        "jquery-3.5.1.min.dc5e7f18c8.js", "webflow.js"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_ah_formatter_pdf_sets_facing_pages_with_chapter_heads_on_rectos_and_list_block_numbers(
        generated: dict[str, Any]) -> None:
    """Ferrisby: a diagnostic overshadowing SAR made by Antenna House Formatter from XSL-FO: AH Formatter as creator and
    its PDF library as producer, the title and author, bookmarks of two levels (chapters, and their subsections under
    them); A4 with mirrored margins (the text 30 mm in on a recto, 20 mm on a verso, 160 mm wide); a title page with no
    running matter; the contents on page 2, chapters and indented subsections with dot leaders; from page 2 the running
    title at the outer (left) edge of a verso's head and the current chapter's title at the outer (right) edge of a
    recto's, a rule under the head, and the folio alone at the outer edge of the foot; every chapter at the head of a
    page in bold sans over a rule; each numbered paragraph's "12." at the text's left edge with the text hanging 12 mm
    in, justified; the bullets at the text's indent; "Recommendation N:" in bold; the glossary a fully ruled table with
    a shaded head row (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][FB]
    report = next(r for r in load_reports() if r["id"] == FB)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = AH
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    chapters = [b.text for b in headings if b.level == 1]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == AH_PRODUCER and meta["Creator"] == AH_CREATOR
        assert meta["Title"] == report["title"] and meta["Author"] == output["author"] == info["author"]
        outlines = [(entry[0], entry[1]) for entry in pdf.doc.get_outlines()]
        assert outlines == [(b.level, b.text) for b in headings] == [tuple(m) for m in info["bookmarks"]]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 10 and all((round(p.width), round(p.height)) == (595, 842) for p in pages)
        cover = pages[0]
        assert report["running_title"] not in (cover.extract_text() or "")
        assert " ".join(r["text"] for r in cover.extract_text_lines()) == " ".join([report["title"],
                                                                                    *title_lines(report)])
        label = next(r for r in cover.extract_text_lines() if r["text"] == FICTION_LABEL)
        assert all(face(c) == o["italic"] for c in label["chars"] if c["text"] != " ")
        assert near(label["x0"], o["inner"]) and any(e["orientation"] == "h" for e in cover.edges)
        assert all(face(c) == o["sans_bold"] for c in cover.chars if c["top"] < label["top"] - 20 and c["text"] != " ")
        assert info["header_titles"][0] is None and info["margins"][0] is None
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            left = ah_left_edge(n)
            assert near(left, info["margins"][n - 1], 0.01) and near(left, o["inner"] if n % 2 else o["outer"])
            head, foot = rows[0], rows[-1]
            assert head["text"] == info["header_titles"][n - 1] and foot["text"] == str(n)
            assert all(face(c) == o["sans"] for c in head["chars"] + foot["chars"] if c["text"] != " ")
            if n % 2:  # a recto: the chapter's title and the folio at the right (outer) edge
                assert head["text"] in chapters or head["text"] == o["toc_title"]
                assert near(head["x1"], left + o["width"], 1) and near(foot["x1"], left + o["width"], 1)
            else:  # a verso: the running title and the folio at the left (outer) edge
                assert head["text"] == report["running_title"]
                assert near(head["x0"], left) and near(foot["x0"], left)
            assert any(e["orientation"] == "h" and near(e["x0"], left) and near(e["x1"], left + o["width"])
                       and head["bottom"] < e["top"] < rows[1]["top"] for e in page.edges)  # the rule under the head
            assert min(r["x0"] for r in rows[1:-1]) > left - 1  # nothing outside the mirrored text area
        toc = pages[1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] == info["toc_title"]
        assert [r["text"] for r in toc[2:-1]] == info["contents_lines"]
        for row, b in zip(toc[2:-1], headings, strict=True):
            assert re.fullmatch(rf"{re.escape(b.text)} \.{{3,}} \d+", row["text"])
            indent = 0 if b.level == 1 else 5 * 72 / 25.4
            assert near(row["x0"], o["outer"] + indent)
            assert face(row["chars"][0]) == (o["sans_bold"] if b.level == 1 else o["sans"])
        starts = []
        for page in pages[2:]:
            rows = page.extract_text_lines()
            chars = [c for c in rows[1]["chars"] if c["text"] != " "]
            if all(face(c) == o["sans_bold"] and near(c["size"], o["chapter_size"]) for c in chars):
                assert near(rows[1]["x0"], ah_left_edge(page.page_number))
                assert any(e["orientation"] == "h" and rows[1]["bottom"] < e["top"] < rows[1]["bottom"] + 12
                           for e in page.edges)  # the chapter title's rule
                if page.page_number % 2:
                    assert rows[0]["text"] == rows[1]["text"]  # a recto's head names the chapter begun on it
                starts.append(rows[1]["text"])
        assert starts == chapters  # every chapter at the head of a page of its own
        sections = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if chars and all(face(c) == o["sans_bold"] and near(c["size"], o["section_size"]) for c in chars):
                    sections.append(row["text"])
        assert sections == [b.text for b in headings if b.level == 2]
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            left = ah_left_edge(e["page"])
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label}." and b["text"] == word
                     and face(a) == face(b) == o["font"] and near(a["x0"], left)
                     and near(b["x0"], left + o["label_width"]) and near(a["bottom"], b["bottom"])]
            assert len(pairs) == 1, (label, e["page"])
        hanging = justified = 0
        for page in pages[2:-1]:
            left = ah_left_edge(page.page_number)
            rows = [r for r in page.extract_text_lines()[1:-1] if r["chars"][0]["fontname"].endswith(o["font"])]
            hanging += sum(near(r["x0"], left + o["label_width"]) for r in rows)
            ends = [r["x1"] for r in rows]
            justified += sum(near(x, left + o["width"], 1) for x in ends) >= len(ends) // 2
        assert hanging >= 100 and justified >= len(pages) // 2
        bullets = [(p.page_number, c) for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], ah_left_edge(n) + o["label_width"], 1.5) for n, c in bullets)
        gloss = pages[-1]
        assert gloss.extract_text_lines()[1]["text"] == "Glossary"
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert {w["text"] for w in words if face(w) == o["bold"]} >= {a.split()[0] for a, _m in info["glossary"]}
        assert [w["text"] for w in words if face(w) == o["sans_bold"]][-2:] == ["Term", "Meaning"]
        assert len({round(e["x0"]) for e in gloss.edges if e["orientation"] == "v"}) == 3  # every cell ruled
        assert any(r.get("non_stroking_color") not in (None, (0,), [0], (0, 0, 0), [0, 0, 0]) for r in gloss.rects)
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_hubspot_post_types_bold_numbers_after_the_read_more_separator_and_anchors_its_chapters(
        generated: dict[str, Any]) -> None:
    """Halsworth: a hidden men learning review published as a post of a HubSpot blog: HubSpot's generator meta, the
    blog post's body classes, the title "Post | Site", the canonical address under the blog's path; the theme's header
    menu with the blog's item active; the title as the page's only <h1> in the hs_cos_wrapper_name span, the author's
    link and the post's time; the post body's rich text in the hs_cos_wrapper_post_body span: the fiction label and
    the title-page lines each an <em> paragraph, then the <!--more--> separator, then a "Contents" paragraph and one
    link per chapter to the anchor the editor puts before the chapter's <h2>, <h3> subsections, each numbered
    paragraph a <p> opening with its typed number in <strong> ("12.") and a space, a factor list's bullets a <ul>
    after it, "Recommendation N:" in <strong>, the glossary a table in HubSpot's responsive wrapper with its bold
    head row; the post's tag after the body; the theme's footer outside the article (BeautifulSoup only)."""
    from bs4 import BeautifulSoup, Comment

    info = generated["expected"][HM]
    report = next(r for r in load_reports() if r["id"] == HM)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    h = HUBSPOT
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!doctype html>\n<html lang=\"en-gb\">")
    assert soup.find("meta", attrs={"name": "generator"})["content"] == "HubSpot"
    assert soup.title.get_text() == hubspot_title(output) == info["page_title"]
    assert soup.find("meta", property="og:title")["content"] == info["page_title"]
    url = f"https://{output['domain']}/{output['blog']}/{output['slug']}"
    assert soup.find("link", rel="canonical")["href"] == url == soup.find("meta", property="og:url")["content"]
    assert info["slug"] == output["slug"] and info["site_name"] == output["site_name"]
    assert {"hs-blog-post", f"hs-content-id-{output['content_id']}", f"hs-blog-id-{h['blog_id']}"} <= set(
        soup.body["class"])
    header = soup.select_one("header.header")
    assert squash(header.select_one("a.header__logo")) == output["site_name"]
    items = header.select("nav.menu li.menu__item")
    assert [squash(li) for li in items] == h["nav"]
    assert [squash(li) for li in items if "menu__item--active" in li["class"]] == [h["current"]]
    assert header.select_one("li.menu__item--active a")["aria-current"] == "page"
    article = soup.select_one("article.blog-post")
    assert len(soup.find_all("h1")) == 1 and article.h1.span["id"] == "hs_cos_wrapper_name"
    assert squash(article.h1) == report["title"]
    meta = article.select_one("div.blog-post__meta")
    assert squash(meta.a) == output["author"] == info["author"]
    assert meta.time["datetime"] == output["published"] and squash(meta.time) == hubspot_time(output)
    body = article.select_one("div.blog-post__body > span#hs_cos_wrapper_post_body")
    assert body["data-hs-cos-type"] == "rich_text" and "hs_cos_wrapper_type_rich_text" in body["class"]
    more = next(c for c in body.children if isinstance(c, Comment))
    assert more.strip() == "more" and raw.count(h["more"]) == 1
    before = [el for el in more.find_all_previous("p") if el.find_parent("span", id="hs_cos_wrapper_post_body")]
    assert [squash(p) for p in reversed(before)] == title_lines(report) == info["summary_lines"] == info[
        "front_matter_lines"][1:]
    assert all(p.em is not None and squash(p.em) == squash(p) for p in before)
    children = [el for el in body.children if getattr(el, "name", None)]
    assert children[len(before)].get_text() == h["contents"] and children[len(before)].strong is not None
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    links = children[len(before) + 1:len(before) + 1 + len(chapters)]
    assert [squash(p) for p in links] == chapters == info["contents_lines"]
    assert [p.a["href"] for p in links] == [f"#{hubspot_anchor(t)}" for t in chapters]
    assert info["anchors"] == [hubspot_anchor(t) for t in chapters] and "what-happened" in info["anchors"]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for el in children[len(before) + 1 + len(chapters):]:
        if el.name == "a":
            assert el["data-hs-anchor"] == "true" and el.get_text() == ""
            nxt = el.find_next_sibling()
            assert nxt.name == "h2" and el["id"] == hubspot_anchor(nxt.get_text())
        elif el.name in ("h2", "h3"):
            heads.append((1 if el.name == "h2" else 2, el.get_text()))
        elif el.name == "ul":
            label = el.find_previous_sibling("p").strong.get_text().rstrip(".")
            assert [squash(li) for li in el.find_all("li")] == list(numbered[label].bullets)
        elif el.name == "div":
            assert el["data-hs-responsive-table"] == "true" and "overflow-x: auto" in el["style"]
            rows = [tuple(squash(td) for td in tr.find_all("td")) for tr in el.select("table > tbody > tr")]
            assert el.find("thead") is None and rows[0] == ("Term", "Meaning")
            assert all(td.strong is not None for td in el.select("tbody tr")[0].find_all("td"))
            assert rows[1:] == [tuple(r) for r in info["glossary"]] and len(rows) >= 9
        else:
            assert el.name == "p"
            strong = el.find("strong")
            if strong is None:
                loose.append(el.get_text())
                continue
            assert el.contents[0] is strong and el.contents[1].startswith(" ")
            if strong.get_text().startswith("Recommendation "):
                recs.append(el.get_text())
                continue
            m = re.fullmatch(r"(\d+)\.", strong.get_text())
            label, text = m.group(1), el.get_text()[len(strong.get_text()) + 1:]
            assert text == numbered[label].text
            nxt = el.find_next_sibling()
            bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
            assert " ".join([text, *bullets]) == texts[(HM, label)]
            labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    tags = article.select_one("div.blog-post__tags")
    assert tags.find_previous_sibling("div") is article.select_one("div.blog-post__body")
    assert [squash(a) for a in tags.select("a.blog-post__tag-link")] == [h["tag"]]
    footer = soup.select_one("footer.footer")
    assert footer.find_parent("article") is None
    assert [squash(p) for p in footer.select("p.footer__line")] == h["footer"]
    assert squash(footer.select_one("p.footer__copyright")) == h["copyright"]
    assert soup.find("script", id="hs-script-loader")["src"] == f"/hs/scriptloader/{output['portal_id']}.js"
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_distiller_pdf_prints_word_pages_with_the_file_path_and_a_hanging_list_and_no_bookmarks(
        generated: dict[str, Any]) -> None:
    """Wenbury: an adult family violence SAR written in Word and printed to the Adobe PDF printer: PScript5.dll as
    creator and Acrobat Distiller as producer, the title "Microsoft Word - " and the file's name, the Windows user as
    author, no bookmarks and no links, the driver's A4 of 595.22 by 842 points; a title page with no header or footer;
    Word's contents on page 2, chapters in bold and subsections indented, dot leaders and the page numbers flush right;
    from page 2 the running title at the right of the header in grey, the file's path at the left of the footer and
    "Page N of M" at its right; the review from page 3, chapters running on in Word's blue bold Heading 1, subsections
    in Heading 2; each numbered paragraph's "3.12" at the margin with its text hanging 1.27 cm in, justified; the
    bullets at the hanging indent; "Recommendation N:" in bold; the glossary a grid table with a bold head row
    (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][WN]
    report = next(r for r in load_reports() if r["id"] == WN)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = DISTILLER
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    tint = lambda c, rgb: all(near(a, b, 0.01) for a, b in zip(c["non_stroking_color"] or (), rgb, strict=True))  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    left, right = o["left"], o["right"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == DISTILLER_CREATOR and meta["Producer"] == DISTILLER_PRODUCER
        assert meta["Title"] == distiller_title(output) == info["pdf_title"]
        assert meta["Title"] == f"Microsoft Word - {output['source_file']}"
        assert meta["Author"] == output["author"] == info["author"] and report["title"] not in meta["Title"]
        assert "Outlines" not in pdf.doc.catalog  # printing keeps no bookmarks
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(DISTILLER_PAGE) == tuple(info["page_size"]) for p in pages)
        assert not any(p.hyperlinks for p in pages)
        cover = pages[0]
        text = cover.extract_text()
        assert report["running_title"] not in text and output["source_path"] not in text
        assert " ".join(r["text"] for r in cover.extract_text_lines()) == " ".join([report["title"],
                                                                                    *title_lines(report)])
        label = next(r for r in cover.extract_text_lines() if r["text"] == FICTION_LABEL)
        assert all(face(c) == o["italic"] for c in label["chars"] if c["text"] != " ")
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) for c in cover.chars
                   if c["top"] < label["top"] - 10 and c["text"] != " ")
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == report["running_title"] and near(head["x1"], right, 1)
            assert all(near(c["size"], o["header_size"]) and tint(c, o["grey"]) for c in head["chars"]
                       if c["text"] != " ")
            assert foot["text"] == f"{output['source_path']} Page {n} of {count}" == info["running_header_lines"][
                -1].replace(" N ", f" {n} ")
            path = [c for c in foot["chars"] if c["x0"] < right / 2]
            assert near(foot["x0"], left) and near(foot["x1"], right, 1)
            assert all(near(c["size"], o["footer_size"]) for c in path if c["text"] != " ")
            assert min(r["x0"] for r in rows) > left - 1  # nothing outside Word's margins
        toc = pages[1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] == info["toc_title"]
        assert [r["text"] for r in toc[2:-1]] == info["contents_lines"]
        for row, b in zip(toc[2:-1], headings, strict=True):
            assert re.fullmatch(rf"{re.escape(b.text)} \.{{3,}} \d+", row["text"])
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"])) and near(row["x1"], right, 1)
            assert face(row["chars"][0]) == (o["bold"] if b.level == 1 else o["font"])
        found = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if chars and all(face(c) == o["bold"] and tint(c, o["blue"]) for c in chars):
                    level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                    assert near(chars[0]["size"], o["h1_size"] if level == 1 else o["h2_size"])
                    assert near(row["x0"], left)
                    found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        assert "3 What happened" in [t for lv, t in found if lv == 1]
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                     and face(a) == face(b) == o["font"] and near(a["x0"], left)
                     and near(b["x0"], left + o["hang"]) and near(a["bottom"], b["bottom"])]
            assert len(pairs) == 1, (label, e["page"])
        hanging = justified = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][0]) == o["font"]]
            hanging += sum(near(r["x0"], left + o["hang"]) for r in rows)
            ends = [r["x1"] for r in rows]
            justified += sum(near(x, right, 1) for x in ends) >= len(ends) // 2
        assert hanging >= 100 and justified >= (len(pages) - 3) // 2
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], left + o["hang"], 1.5) for c in bullets)
        gloss = pages[-1]
        assert gloss.extract_text_lines()[1]["text"] == "Glossary"
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert [w["text"] for w in words if face(w) == o["bold"]][-2:] == ["Term", "Meaning"]
        assert len({round(e["x0"]) for e in gloss.edges if e["orientation"] == "v"}) == 3  # every cell ruled
        assert [r["text"].split()[0] for r in gloss.extract_text_lines()[3:]][:1] == [info["glossary"][0][0]]
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_contensis_article_types_two_level_numbers_in_an_aspnet_form_with_named_anchors_in_its_chapters(
        generated: dict[str, Any]) -> None:
    """Cresswold: a parental learning disability learning review published as an article page of a Contensis site:
    an XHTML 1.0 Transitional doctype, Contensis's generator meta, the e-GMS metadata, the title "Title - Site"; the
    whole body inside ASP.NET's form with its hidden view state; the top menu with its first and selected items, the
    "You are here:" breadcrumb; the title as the only <h1>, then the rich text in div.sys_txt: the fiction label and
    the title-page lines each a <p class="intro">, a "Contents" <h2> and a list of links to the named anchors inside
    each chapter's <h2>, <h3> subsections, each numbered paragraph a <p> opening with its typed "3.4" and two
    non-breaking spaces, a factor list's bullets a <ul> after it, "Recommendation N:" in <strong>, the glossary a
    table.sys_table with a <thead>; the page tools, "Last updated" and the rating form after the text, the related
    documents in the right-hand column and the footer outside the content (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][CS]
    report = next(r for r in load_reports() if r["id"] == CS)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = CONTENSIS
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"')
    assert soup.html["xmlns"] == "http://www.w3.org/1999/xhtml" and soup.html["xml:lang"] == "en"
    assert soup.find("meta", attrs={"name": "generator"})["content"] == CONTENSIS_GENERATOR
    assert soup.title.get_text() == contensis_title(report, output) == info["page_title"]
    assert soup.find("meta", attrs={"name": "DC.title"})["content"] == report["title"]
    assert soup.find("meta", attrs={"name": "DC.date.modified"})["content"] == output["modified"]
    assert soup.find("meta", attrs={"name": "eGMS.subject.category"})["scheme"] == "eGMS.LGCL"
    form = soup.body.find("form", id="form1")
    assert form is not None and form["method"] == "post" and form["action"] == output["path"] == info["article_path"]
    assert [el.name for el in soup.body.children if getattr(el, "name", None)] == ["form"]  # ASP.NET wraps the page
    assert form.find("input", id="__VIEWSTATE")["type"] == "hidden" and form.find("input", id="__VIEWSTATEGENERATOR")
    menu = form.select("#header ul.sys_simpleListMenu > li")
    assert [squash(li) for li in menu] == c["nav"] and "sys_first" in menu[0]["class"]
    assert [squash(li) for li in menu if "sys_selected" in li.get("class", [])] == [output["section"]]
    crumbs = form.select_one("#breadcrumb span.sys_breadcrumbs")
    assert squash(crumbs) == f"{c['crumb']} Home > {output['section']} > {report['title']}" == info[
        "running_header_lines"][len(c["nav"]) + 2]
    assert squash(crumbs.select_one("span.sys_current")) == report["title"]
    content = form.select_one("div#content.sys_content")
    assert len(soup.find_all("h1")) == 1 and squash(content.h1) == report["title"]
    rich = content.select_one("div#cphContent_sys_txt.sys_txt")
    children = [el for el in rich.children if getattr(el, "name", None)]
    intro = [el for el in children if el.name == "p" and "intro" in el.get("class", [])]
    assert children[:len(intro)] == intro
    assert [squash(p) for p in intro] == title_lines(report) == info["intro_lines"] == info["front_matter_lines"][1:]
    head, toc = children[len(intro)], children[len(intro) + 1]
    assert head.name == "h2" and squash(head) == c["contents"] and toc.name == "ul"
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert [squash(li) for li in toc.find_all("li")] == chapters == info["contents_lines"]
    assert [li.a["href"] for li in toc.find_all("li")] == [f"#{contensis_anchor(i)}" for i in
                                                              range(1, len(chapters) + 1)]
    assert info["anchors"] == [contensis_anchor(i) for i in range(1, len(chapters) + 1)]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for el in children[len(intro) + 2:]:
        if el.name == "h2":
            a = el.find("a")
            assert el.contents[0] is a and a["id"] == a["name"] and a.get_text() == ""
            assert a["id"] == info["anchors"][len([h for h in heads if h[0] == 1])]
            heads.append((1, el.get_text()))
        elif el.name == "h3":
            heads.append((2, el.get_text()))
        elif el.name == "ul":
            label = el.find_previous_sibling("p").get_text().split("\u00a0")[0]
            assert [squash(li) for li in el.find_all("li")] == list(numbered[label].bullets)
        elif el.name == "table":
            assert "sys_table" in el["class"]
            assert [th.get_text() for th in el.select("thead th")] == ["Term", "Meaning"]
            assert all(th["scope"] == "col" for th in el.select("thead th"))
            rows = [tuple(squash(td) for td in tr.find_all("td")) for tr in el.select("tbody > tr")]
            assert rows == [tuple(r) for r in info["glossary"]] and len(rows) >= 9
        else:
            assert el.name == "p"
            strong = el.find("strong")
            if strong is not None:
                assert el.contents[0] is strong and strong.get_text().startswith("Recommendation ")
                recs.append(el.get_text())
                continue
            m = re.match(r"(\d+\.\d+)\u00a0\u00a0(?=\S)", el.get_text())
            if m is None:
                loose.append(el.get_text())
                continue
            label, text = m.group(1), el.get_text()[m.end():]
            assert text == numbered[label].text
            nxt = el.find_next_sibling()
            bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
            assert " ".join([text, *bullets]) == texts[(CS, label)]
            labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert "3 What happened" in [t for lv, t in heads if lv == 1]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    tools = rich.find_next_sibling("ul")
    assert "sys_pageTools" in tools["class"] and [squash(li) for li in tools.find_all("li")] == c["tools"]
    updated = content.select_one("p.sys_lastModified")
    assert squash(updated) == f"{c['updated']} {contensis_modified(output)}" == f"{c['updated']} 9 December 2025"
    assert squash(content.select_one("div.sys_rating p")) == c["helpful"]
    related = form.select_one("#rightColumn div.sys_relatedLinks")
    assert related.find_parent("div", id="content") is None and squash(related.h2) == c["related"]
    assert [squash(a) for a in related.find_all("a")] == c["documents"]
    footer = form.select_one("div#footer")
    assert footer.find_parent("div", id="content") is None
    assert [squash(li) for li in footer.find_all("li")] == c["footer"] and squash(footer.p) == c["copyright"]
    assert info["running_header_lines"][-1] == c["copyright"] and info["site_name"] == output["site_name"]
    assert form.find("script")["src"].startswith("/WebResource.axd?")
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_wps_pdf_indents_first_lines_runs_numbers_in_and_rules_its_header(generated: dict[str, Any]) -> None:
    """Stainmoor: a Huntington's disease SAR written in WPS Office's Writer and exported to PDF by it: "WPS Writer" as
    creator and producer, the document's title and the unit's account as author, A4 of 595.28 by 841.89 points, the
    headings as bookmarks with the subsections nested under their chapters; a title page with no header or footer,
    its lines centred; Writer's contents on page 2, chapters at the margin and subsections two characters in, dot
    leaders and the page numbers flush right; from page 2 the running title centred in the header over a rule across
    the text width and the page number alone centred at the foot; the review from page 3, chapters in bold 16 pt and
    subsections in bold 13 pt; 10.5 pt text, justified, with no space between paragraphs: each numbered paragraph's
    "12." typed at the two-character first-line indent and its later lines back at the margin; the bullets at the
    indent; "Recommendation N:" in bold; the glossary a ruled table with a grey head row (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][SM]
    report = next(r for r in load_reports() if r["id"] == SM)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = WPS
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    left, right, centre = o["left"], o["right"], WPS_PAGE[0] / 2
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == WPS_CREATOR and meta["Producer"] == WPS_PRODUCER == "WPS Writer"
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(WPS_PAGE) == tuple(info["page_size"]) for p in pages)
        outline = pdf.doc.catalog["Outlines"].resolve()
        tops, marks = [], []
        node = outline["First"].resolve()
        while True:  # the chapters, each with its subsections as children
            tops.append(node["Title"].decode() if isinstance(node["Title"], bytes) else str(node["Title"]))
            marks.append([1, tops[-1]])
            if "First" in node:
                child = node["First"].resolve()
                while True:
                    title = child["Title"]
                    marks.append([2, title.decode() if isinstance(title, bytes) else str(title)])
                    if "Next" not in child:
                        break
                    child = child["Next"].resolve()
            if "Next" not in node:
                break
            node = node["Next"].resolve()
        assert marks == [[b.level, b.text] for b in headings] == info["bookmarks"]
        assert tops == [b.text for b in headings if b.level == 1]
        cover = pages[0]
        rows = cover.extract_text_lines()
        assert report["running_title"] not in cover.extract_text() and not cover.lines  # no header, no rule
        assert " ".join(r["text"] for r in rows) == " ".join([report["title"], *title_lines(report)])
        assert all(near((r["x0"] + r["x1"]) / 2, centre, 1.5) for r in rows)  # centred
        label = next(r for r in rows if r["text"] == FICTION_LABEL)
        assert all(face(c) == o["italic"] for c in label["chars"] if c["text"] != " ")
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) for c in cover.chars
                   if c["top"] < label["top"] - 10 and c["text"] != " ")
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == report["running_title"] == info["running_header_lines"][0]
            assert near((head["x0"] + head["x1"]) / 2, centre, 1) and all(
                near(c["size"], o["header_size"]) for c in head["chars"] if c["text"] != " ")
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and ln["top"] < rows[1]["top"]]
            assert len(rules) == 1 and near(rules[0]["x0"], left) and near(rules[0]["x1"], right)
            assert head["bottom"] < rules[0]["top"] and near(rules[0]["linewidth"], o["rule"], 0.01)  # under the head
            assert foot["text"] == str(n) == info["running_header_lines"][1].replace("N", str(n))
            assert near((foot["x0"] + foot["x1"]) / 2, centre, 1)
            assert min(r["x0"] for r in rows) > left - 1 and max(r["x1"] for r in rows) < right + 1
        toc = pages[1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] == info["toc_title"]
        assert near((toc[1]["x0"] + toc[1]["x1"]) / 2, centre, 1)
        assert all(face(c) == o["bold"] for c in toc[1]["chars"])
        assert [r["text"] for r in toc[2:-1]] == info["contents_lines"]
        for row, b in zip(toc[2:-1], headings, strict=True):
            assert re.fullmatch(rf"{re.escape(b.text)} \.{{3,}} \d+", row["text"])
            assert near(row["x0"], left + (0 if b.level == 1 else o["indent"])) and near(row["x1"], right, 1)
        found = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if chars and all(face(c) == o["bold"] for c in chars) and chars[0]["size"] > o["size"] + 1:
                    level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                    assert near(chars[0]["size"], o["h1_size"] if level == 1 else o["h2_size"])
                    assert near(row["x0"], left)
                    found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label}." and b["text"] == word
                     and face(a) == face(b) == o["font"] and near(a["x0"], left + o["indent"])
                     and near(a["bottom"], b["bottom"]) and near(a["size"], o["size"])]
            assert len(pairs) == 1, (label, e["page"])
        at_margin = indented = justified = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][0]) == o["font"]
                    and near(r["chars"][0]["size"], o["size"])]
            at_margin += sum(near(r["x0"], left) for r in rows)
            indented += sum(near(r["x0"], left + o["indent"]) for r in rows)
            ends = [r["x1"] for r in rows]
            justified += sum(near(x, right, 1) for x in ends) >= len(ends) // 2
            gaps = {round(b["top"] - a["top"], 1) for a, b in itertools.pairwise(rows)
                    if face(a["chars"][0]) == face(b["chars"][0]) == o["font"]}
            assert min(gaps) == o["leading"]  # no space added between paragraphs
        assert at_margin >= 150 and indented >= 40 and justified >= (len(pages) - 3) // 2
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], left + o["indent"], 1.5) for c in bullets)
        gloss = pages[-1]
        assert "Glossary" in [r["text"] for r in gloss.extract_text_lines()[1:3]]
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert [w["text"] for w in words if face(w) == o["bold"]][-2:] == ["Term", "Meaning"]
        assert len({round(e["x0"]) for e in gloss.edges if e["orientation"] == "v"}) == 3  # every cell ruled
        shaded = [r for r in gloss.rects if r.get("non_stroking_color") and all(
            near(a, b, 0.01) for a, b in zip(r["non_stroking_color"], o["shade"], strict=True))]
        assert len(shaded) == 1
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_squiz_page_types_two_level_numbers_in_one_content_container_per_chapter(generated: dict[str, Any]) -> None:
    """Marlden: a reunification learning review published as a standard page of a Squiz Matrix site: the title
    "Title | Site", the theme's stylesheet from Matrix's /__data/assets/ store, the main menu's asset links, the
    breadcrumb an ordered list whose last item is the current page; the title as the only <h1> and "Published:", then
    the page's bodycopy of content containers: the first the fiction label, the title-page lines and an "On this page"
    list of links to the other containers, then one container per chapter, its heading the container's only <h2> and
    its subsections <h3>; each numbered paragraph a <p> opening with its typed "3.5" and one space, a factor list's
    bullets a <ul> after it, "Recommendation N:" in <strong>, the glossary a table with a <thead>; the downloads aside
    and the footer outside the bodycopy, and Matrix's "Running Squiz Matrix" comment after the footer (BeautifulSoup
    only)."""
    from bs4 import BeautifulSoup, Comment

    info = generated["expected"][MD]
    report = next(r for r in load_reports() if r["id"] == MD)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = SQUIZ
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html>") and soup.html["lang"] == "en-GB"
    assert soup.title.get_text() == squiz_title(report, output) == info["page_title"]
    assert soup.find("link", rel="canonical")["href"] == f"https://{output['domain']}{output['path']}"
    assert "/__data/assets/" in soup.find("link", rel="stylesheet")["href"]
    menu = soup.select("header nav.site-nav li a")
    assert [squash(a) for a in menu] == c["nav"] and all(a["href"].startswith("./?a=") for a in menu[1:])
    crumbs = soup.select("nav.breadcrumbs ol > li")
    assert [squash(li) for li in crumbs] == ["Home", output["section"], report["title"]]
    assert crumbs[-1]["aria-current"] == "page" and crumbs[-1].find("a") is None
    main = soup.find("main")
    assert len(soup.find_all("h1")) == 1 and squash(main.h1) == report["title"]
    assert squash(main.select_one("p.page-meta")) == f"{c['published']} {squiz_published(output)}" == (
        f"{c['published']} 14 October 2025")
    body = main.select_one(f"div#bodycopy_{output['asset_id']}.bodycopy")
    boxes = [el for el in body.children if getattr(el, "name", None)]
    assert all(el.name == "div" for el in boxes)
    assert [el["id"] for el in boxes] == info["containers"] == [squiz_container(output["asset_id"], i)
                                                               for i in range(len(boxes))]
    assert info["containers"][:2] == ["content_container_5123", "content_container_5125"]
    intro = [el for el in boxes[0].children if getattr(el, "name", None)]
    lines = title_lines(report)
    assert [squash(p) for p in intro[:len(lines)]] == lines == info["intro_lines"] == info["front_matter_lines"][1:]
    head, toc = intro[len(lines)], intro[len(lines) + 1]
    assert head.name == "h2" and squash(head) == c["on_this_page"] and toc.name == "ul" and len(intro) == len(lines) + 2
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert [squash(li) for li in toc.find_all("li")] == chapters == info["contents_lines"] and len(chapters) >= 8
    assert [li.a["href"] for li in toc.find_all("li")] == [f"#{cid}" for cid in info["containers"][1:]]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for box, chapter in zip(boxes[1:], chapters, strict=True):
        children = [el for el in box.children if getattr(el, "name", None)]
        assert children[0].name == "h2" and squash(children[0]) == chapter
        assert [el.name for el in children].count("h2") == 1  # one container per chapter
        for el in children:
            if el.name == "h2":
                heads.append((1, el.get_text()))
            elif el.name == "h3":
                heads.append((2, el.get_text()))
            elif el.name == "ul":
                label = el.find_previous_sibling("p").get_text().split(" ")[0]
                assert [squash(li) for li in el.find_all("li")] == list(numbered[label].bullets)
            elif el.name == "table":
                assert [th.get_text() for th in el.select("thead th")] == ["Term", "Meaning"]
                rows = [tuple(squash(td) for td in tr.find_all("td")) for tr in el.select("tbody > tr")]
                assert rows == [tuple(r) for r in info["glossary"]] and len(rows) >= 9 and chapter == "Glossary"
            else:
                assert el.name == "p"
                strong = el.find("strong")
                if strong is not None:
                    assert el.contents[0] is strong and strong.get_text().startswith("Recommendation ")
                    recs.append(el.get_text())
                    continue
                m = re.match(r"(\d+\.\d+) (?=\S)", el.get_text())
                if m is None:
                    loose.append(el.get_text())
                    continue
                label, text = m.group(1), el.get_text()[m.end():]
                assert el.contents[0].startswith(f"{label} ") and text == numbered[label].text  # typed, not marked up
                nxt = el.find_next_sibling()
                bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
                assert " ".join([text, *bullets]) == texts[(MD, label)]
                labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert "3 What happened" in [t for lv, t in heads if lv == 1]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    aside = main.select_one("aside.related-downloads")
    assert aside.find_parent("div", class_="bodycopy") is None and squash(aside.h2) == c["downloads"]
    assert [squash(a) for a in aside.find_all("a")] == c["documents"] and "/__data/assets/pdf_file/" in aside.a["href"]
    footer = soup.find("footer")
    assert footer.find_parent("main") is None and [squash(li) for li in footer.find_all("li")] == c["footer"]
    assert squash(footer.p) == c["copyright"] == info["running_header_lines"][-1]
    notes = [str(n) for n in soup.find_all(string=lambda t: isinstance(t, Comment))]
    assert len(notes) == 1 and notes[0] is not None and footer.find_next(string=lambda t: isinstance(t, Comment))
    signature = [line.strip() for line in notes[0].strip().splitlines()]
    assert signature == [*SQUIZ_SIGNATURE, f"Page generated: {squiz_published(output)} {c['generated']}"]
    assert info["site_name"] == output["site_name"] == squash(soup.select_one("a.site-header__logo"))
    assert info["page_path"] == output["path"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_textmaker_pdf_hangs_typed_numbers_at_a_tab_and_rules_under_its_chapters(generated: dict[str, Any]) -> None:
    """Kestwick: a recurrent care proceedings SAR written in SoftMaker TextMaker and exported to PDF by it:
    TextMaker's name as creator and producer, the document's title and the board manager's account as author, A4 of
    595.28 by 841.89 points, the headings as bookmarks with the subsections nested under their chapters; a cover page
    with no header or footer, a dark blue band across its top and its lines ranged left; TextMaker's contents on page
    2, chapters at the margin and subsections 0.5 cm in, dot leaders and the page numbers flush right; from page 2 the
    running title at the left of the header in grey and "Page N" at the right of the footer; the review from page 3,
    chapters in bold dark blue 15 pt over a border line across the text width and subsections in bold italic 12 pt;
    11 pt text ranged left with space after each paragraph: each numbered paragraph's "12" typed at the margin and
    its text at the hanging indent of 1 cm, its later lines there too; the bullets at the indent; "Recommendation N:"
    in bold; the glossary a table with horizontal rules only (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][KW]
    report = next(r for r in load_reports() if r["id"] == KW)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = TEXTMAKER
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    colour = lambda c, rgb: all(near(a, b, 0.01) for a, b in zip(c or (), rgb, strict=True))  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    left, right, hang = o["left"], o["right"], o["left"] + o["hang"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == TEXTMAKER_CREATOR == "TextMaker 2024" and meta["Producer"] == TEXTMAKER_PRODUCER
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(TEXTMAKER_PAGE) == tuple(info["page_size"]) for p in pages)
        outline = pdf.doc.catalog["Outlines"].resolve()
        tops, marks = [], []
        node = outline["First"].resolve()
        while True:  # the chapters, each with its subsections as children
            tops.append(node["Title"].decode() if isinstance(node["Title"], bytes) else str(node["Title"]))
            marks.append([1, tops[-1]])
            if "First" in node:
                child = node["First"].resolve()
                while True:
                    title = child["Title"]
                    marks.append([2, title.decode() if isinstance(title, bytes) else str(title)])
                    if "Next" not in child:
                        break
                    child = child["Next"].resolve()
            if "Next" not in node:
                break
            node = node["Next"].resolve()
        assert marks == [[b.level, b.text] for b in headings] == info["bookmarks"]
        assert tops == [b.text for b in headings if b.level == 1]
        cover = pages[0]
        rows = cover.extract_text_lines()
        assert report["running_title"] not in cover.extract_text() and not cover.lines  # no header, no rule
        assert " ".join(r["text"] for r in rows) == " ".join([report["title"], *title_lines(report)])
        assert all(near(r["x0"], left) for r in rows)  # ranged left
        band = [r for r in cover.rects if colour(r.get("non_stroking_color"), o["blue"])]
        assert len(band) == 1 and near(band[0]["x0"], left) and near(band[0]["x1"], right)
        assert band[0]["bottom"] < rows[0]["top"] and near(band[0]["height"], o["band"])
        label = next(r for r in rows if r["text"] == FICTION_LABEL)
        assert all(face(c) == o["italic"] for c in label["chars"] if c["text"] != " ")
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) and colour(c["non_stroking_color"],
                                                                                         o["blue"])
                   for c in cover.chars if c["top"] < label["top"] - 10 and c["text"] != " ")
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == report["running_title"] == info["running_header_lines"][0]
            assert near(head["x0"], left) and all(near(c["size"], o["header_size"]) and colour(
                c["non_stroking_color"], o["grey"]) for c in head["chars"] if c["text"] != " ")
            assert foot["text"] == f"Page {n}" == info["running_header_lines"][1].replace("N", str(n))
            assert near(foot["x1"], right) and all(near(c["size"], o["footer_size"]) for c in foot["chars"])
            assert min(r["x0"] for r in rows) > left - 1 and max(r["x1"] for r in rows) < right + 1
        toc = pages[1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] == info["toc_title"] and near(toc[1]["x0"], left)
        assert all(face(c) == o["bold"] for c in toc[1]["chars"])
        assert [r["text"] for r in toc[2:-1]] == info["contents_lines"]
        for row, b in zip(toc[2:-1], headings, strict=True):
            assert re.fullmatch(rf"{re.escape(b.text)} \.{{3,}} \d+", row["text"])
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"])) and near(row["x1"], right, 1)
        found, borders = [], 0
        for page in pages[2:]:
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and colour(ln.get("stroking_color"),
                                                                                           o["blue"])]
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if chars and all(face(c) in (o["bold"], o["bold_italic"]) for c in chars) and chars[0]["size"] > (
                        o["size"] + 0.5):
                    level = 1 if face(chars[0]) == o["bold"] else 2
                    assert near(chars[0]["size"], o["h1_size"] if level == 1 else o["h2_size"])
                    assert near(row["x0"], left)
                    if level == 1:  # the border line under the paragraph, across the text width
                        assert colour(chars[0]["non_stroking_color"], o["blue"])
                        under = [ln for ln in rules if 0 < ln["top"] - row["bottom"] < 12]
                        assert len(under) == 1 and near(under[0]["x0"], left) and near(under[0]["x1"], right)
                        assert near(under[0]["linewidth"], o["border"], 0.01)
                        borders += 1
                    found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        assert borders == sum(b.level == 1 for b in headings)
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                     and face(a) == face(b) == o["font"] and near(a["x0"], left) and near(b["x0"], hang)
                     and near(a["bottom"], b["bottom"]) and near(a["size"], o["size"])]
            assert len(pairs) == 1, (label, e["page"])
        at_hang = ragged = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][0]) == o["font"]
                    and near(r["chars"][0]["size"], o["size"])]
            at_hang += sum(near(r["x0"], hang) for r in rows)
            ragged += sum(r["x1"] < right - 8 for r in rows)
            gaps = {round(b["top"] - a["top"], 1) for a, b in itertools.pairwise(rows)}
            assert min(gaps) == o["leading"] and round(o["leading"] + o["after"], 1) in gaps  # space after paragraphs
        assert at_hang >= 150 and ragged >= 100  # ranged left: lines stop short of the right margin
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], hang, 1.5) for c in bullets)
        gloss = pages[-1]
        assert "Glossary" in [r["text"] for r in gloss.extract_text_lines()[1:3]]
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert [w["text"] for w in words if face(w) == o["bold"]][-2:] == ["Term", "Meaning"]
        assert not [e for e in gloss.edges if e["orientation"] == "v"]  # no vertical rules
        widths = sorted(round(ln["linewidth"], 2) for ln in gloss.lines if near(ln["top"], ln["bottom"])
                        and not colour(ln.get("stroking_color"), o["blue"]))
        assert widths.count(o["head_rule"]) == 1 and widths.count(o["row_rule"]) == len(info["glossary"])
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_typo3_page_sets_a_header_element_per_chapter_and_a_text_element_per_subsection(
        generated: dict[str, Any]) -> None:
    """Drevenham: a learning review published as a page of a TYPO3 site built from content elements: TYPO3's "powered
    by TYPO3" comment at the top of the head and its generator meta, the title "Site: Title", a canonical link, the
    stylesheets from typo3temp; the main menu's active item, the breadcrumb, the title as the only <h1>; between the
    TYPO3SEARCH markers the elements, each a div#cN.frame whose uids rise by one: a text element of the fiction label
    and the title-page lines, a "Menu of sections" element of links to the chapters' header elements, then for each
    chapter a header element holding only its <h2> and one text element per subsection under its own <h3> header;
    each numbered paragraph a <p> opening with its typed "3.5" and a non-breaking space, a factor list's bullets a <ul>
    after it, "Recommendation N:" in <strong>, the glossary a table element with a <thead>; "Last updated:", the
    footer outside <main> and the cookie banner (BeautifulSoup only)."""
    from bs4 import BeautifulSoup, Comment

    info = generated["expected"][DH]
    report = next(r for r in load_reports() if r["id"] == DH)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = TYPO3
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html>") and soup.html["lang"] == "en-GB"
    notes = [str(n) for n in soup.head.find_all(string=lambda t: isinstance(t, Comment))]
    assert [line.strip() for line in notes[0].strip().splitlines()] == list(TYPO3_SIGNATURE)
    assert soup.find("meta", attrs={"name": "generator"})["content"] == "TYPO3 CMS"
    assert soup.title.get_text() == typo3_title(report, output) == info["page_title"] == (
        f"{output['site_name']}: {report['title']}")
    assert soup.find("link", rel="canonical")["href"] == f"https://{output['domain']}{output['path']}"
    assert "/typo3temp/assets/" in soup.find("link", rel="stylesheet")["href"]
    assert soup.body["id"] == f"p{output['page_uid']}" and soup.select_one("div.cookie-notice") is not None
    menu = soup.select("header nav.main-navigation li")
    assert [squash(li) for li in menu] == c["nav"]
    assert [squash(li) for li in menu if "active" in li.get("class", [])] == [output["section"]]
    crumbs = soup.select("nav.breadcrumb-section ul.breadcrumb > li")
    assert [squash(li) for li in crumbs] == ["Home", "Professionals", output["section"], report["title"]]
    assert crumbs[-1].find("a") is None and "active" in crumbs[-1]["class"]
    main = soup.find("main")
    assert len(soup.find_all("h1")) == 1 and squash(main.h1) == report["title"]
    markers = [str(n).strip() for n in main.find_all(string=lambda t: isinstance(t, Comment))]
    assert markers == ["TYPO3SEARCH_begin", "TYPO3SEARCH_end"]
    frames = [el for el in main.children if getattr(el, "name", None) == "div"]
    assert all("frame" in el["class"] and "frame-default" in el["class"] for el in frames)
    kinds = [next(k.removeprefix("frame-type-") for k in el["class"] if k.startswith("frame-type-")) for el in frames]
    assert [[el["id"], k] for el, k in zip(frames, kinds, strict=True)] == info["elements"]
    assert [el["id"] for el in frames] == [f"c{c['first_uid'] + i}" for i in range(len(frames))]
    assert kinds[:3] == ["text", "menu_section", "header"] and kinds[-1] == "table"
    lines = title_lines(report)
    assert [squash(p) for p in frames[0].find_all("p")] == lines == info["intro_lines"] == (
        info["front_matter_lines"][1:])
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    heads_el = [el for el, k in zip(frames, kinds, strict=True) if k == "header"]
    assert [squash(el) for el in heads_el] == chapters == info["contents_lines"] and len(chapters) >= 8
    assert all([ch.name for ch in el.children if getattr(ch, "name", None)] == ["header"] and el.header.h2
               for el in heads_el)  # a header element holds only its <h2>
    assert squash(frames[1].header) == c["sections_header"]
    links = frames[1].select("ul > li > a")
    assert [squash(a) for a in links] == chapters
    assert [a["href"] for a in links] == [f"{output['path']}#{el['id']}" for el in heads_el]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for el, kind in zip(frames[2:], kinds[2:], strict=True):
        if kind == "header":
            heads.append((1, el.h2.get_text()))
            continue
        if kind == "table":
            assert heads[-1] == (1, "Glossary") and el.select_one("table.ce-table") is not None
            assert [th.get_text() for th in el.select("thead th")] == ["Term", "Meaning"]
            assert all(th["scope"] == "col" for th in el.select("thead th"))
            rows = [tuple(squash(td) for td in tr.find_all("td")) for tr in el.select("tbody > tr")]
            assert rows == [tuple(r) for r in info["glossary"]] and len(rows) >= 9
            continue
        children = [ch for ch in el.children if getattr(ch, "name", None)]
        if children[0].name == "header":  # a subsection's own text element, under its <h3>
            assert children[0].h3 is not None and children[0].h2 is None
            heads.append((2, children[0].h3.get_text()))
            children = children[1:]
        for ch in children:
            if ch.name == "ul":
                label = ch.find_previous_sibling("p").get_text().split(NBSP_CHAR)[0]
                assert [squash(li) for li in ch.find_all("li")] == list(numbered[label].bullets)
                continue
            assert ch.name == "p"
            strong = ch.find("strong")
            if strong is not None:
                assert ch.contents[0] is strong and strong.get_text().startswith("Recommendation ")
                recs.append(ch.get_text())
                continue
            m = re.match(rf"(\d+\.\d+){NBSP_CHAR}(?=\S)", ch.get_text())
            if m is None:
                loose.append(ch.get_text())
                continue
            label, text = m.group(1), ch.get_text()[m.end():]
            assert ch.contents[0].startswith(f"{label}{NBSP_CHAR}") and text == numbered[label].text  # typed
            nxt = ch.find_next_sibling()
            bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
            assert " ".join([text, *bullets]) == texts[(DH, label)]
            labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert "3 What happened" in [t for lv, t in heads if lv == 1]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert squash(main.select_one("p.page-updated")) == f"{c['updated']} {typo3_updated(output)}" == (
        f"{c['updated']} 20/11/2025")
    footer = soup.find("footer")
    assert footer.find_parent("main") is None and [squash(li) for li in footer.find_all("li")] == c["footer"]
    assert squash(footer.p) == c["copyright"] == info["running_header_lines"][-1]
    assert info["site_name"] == output["site_name"] == squash(soup.select_one("a.page-header__logo"))
    assert info["page_path"] == output["path"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_pageplus_pdf_reverses_its_chapters_out_of_a_teal_bar_and_hangs_bold_numbers(
        generated: dict[str, Any]) -> None:
    """Heddlestone: a hidden adult SAR laid out in Serif PagePlus and published to PDF by it: PagePlus's name as
    creator and producer, the document's title and the business unit's account as author, A4 of 595.28 by 841.89
    points, no bookmarks; a cover page with a teal panel across its top and the title in white bold on it, the other
    lines under the panel, and no strip, header or footer; the contents on page 2, chapters in bold and subsections
    0.6 cm in, each page number flush right with no leader; from page 2 the master page: a teal strip down the left
    edge, the running title at the right of the header in teal over a teal rule and the page number alone at the
    right of the footer; the review from page 3, each chapter in white bold 13 pt on a teal bar the width of the text
    frame, subsections in bold teal; 10.5 pt text justified: each "12" in bold teal at the frame's edge and its text
    at the hanging indent of 1.2 cm; the bullets at the indent; "Recommendation N:" in bold; the glossary's head row
    white on teal and its rows banded, with no rules (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][HS]
    report = next(r for r in load_reports() if r["id"] == HS)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = PAGEPLUS
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    colour = lambda c, rgb: all(near(a, b, 0.01) for a, b in zip(c or (), rgb, strict=True))  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    left, right, hang = o["left"], o["right"], o["left"] + o["hang"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == PAGEPLUS_CREATOR == "Serif PagePlus X9" and meta["Producer"] == PAGEPLUS_PRODUCER
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        assert "Outlines" not in pdf.doc.catalog  # the export's bookmarks left off
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(PAGEPLUS_PAGE) == tuple(info["page_size"]) for p in pages)
        cover = pages[0]
        rows = cover.extract_text_lines()
        assert report["running_title"] not in cover.extract_text() and not cover.lines  # no header, no rule
        assert " ".join(r["text"] for r in rows) == " ".join([report["title"], *title_lines(report)])
        panel = [r for r in cover.rects if colour(r.get("non_stroking_color"), o["teal"])]
        assert len(panel) == 1 and near(panel[0]["top"], 0) and near(panel[0]["width"], cover.width)
        assert near(panel[0]["height"], o["panel"])
        label = next(r for r in rows if r["text"] == FICTION_LABEL)
        assert label["top"] > panel[0]["bottom"] and all(r["top"] > panel[0]["bottom"] for r in rows
                                                         if r["top"] >= label["top"])
        title_chars = [c for c in cover.chars if c["top"] < panel[0]["bottom"] and c["text"] != " "]
        assert "".join(c["text"] for c in title_chars) == report["title"].replace(" ", "")
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) and colour(c["non_stroking_color"],
                                                                                         (1, 1, 1))
                   for c in title_chars)
        assert all(face(c) == o["italic"] for c in label["chars"] if c["text"] != " ")
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == report["running_title"] == info["running_header_lines"][0]
            assert near(head["x1"], right, 1) and all(near(c["size"], o["header_size"]) and colour(
                c["non_stroking_color"], o["teal"]) for c in head["chars"] if c["text"] != " ")
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and ln["top"] < 80]
            assert len(rules) == 1 and near(rules[0]["x0"], left) and near(rules[0]["x1"], right)
            assert head["bottom"] < rules[0]["top"] and colour(rules[0]["stroking_color"], o["teal"])
            assert foot["text"] == str(n) == info["running_header_lines"][1].replace("N", str(n))
            assert near(foot["x1"], right, 1) and all(near(c["size"], o["footer_size"]) for c in foot["chars"])
            strip = [r for r in page.rects if colour(r.get("non_stroking_color"), o["teal"]) and near(r["x0"], 0)]
            assert len(strip) == 1 and near(strip[0]["width"], o["strip"]) and near(strip[0]["height"], page.height)
            assert min(r["x0"] for r in rows) > left - 1 and max(r["x1"] for r in rows) < right + 1
        toc = pages[1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] == info["toc_title"] and near(toc[1]["x0"], left)
        assert all(face(c) == o["bold"] and colour(c["non_stroking_color"], o["teal"]) for c in toc[1]["chars"])
        assert [r["text"] for r in toc[2:-1]] == info["contents_lines"]
        for row, b in zip(toc[2:-1], headings, strict=True):
            assert re.fullmatch(rf"{re.escape(b.text)} \d+", row["text"])  # no leader
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"])) and near(row["x1"], right, 1)
            words = [c for c in row["chars"] if c["text"] != " " and not c["text"].isdigit()]
            assert all(face(c) == (o["bold"] if b.level == 1 else o["font"]) for c in words)
        found, bars = [], 0
        for page in pages[2:]:
            fills = [r for r in page.rects if colour(r.get("non_stroking_color"), o["teal"]) and r["x0"] > 1]
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if not chars or face(chars[0]) != o["bold"] or chars[0]["size"] < o["size"] + 0.5:
                    continue
                level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                assert near(chars[0]["size"], o["h1_size"] if level == 1 else o["h2_size"])
                assert near(row["x0"], left, 1)
                if level == 1:  # white on the bar, the bar the width of the frame
                    assert all(colour(c["non_stroking_color"], (1, 1, 1)) for c in chars)
                    bar = [r for r in fills if r["top"] <= row["top"] and r["bottom"] >= row["bottom"]]
                    assert len(bar) == 1 and near(bar[0]["x0"], left - 4, 1) and near(bar[0]["x1"], right + 4, 1)
                    bars += 1
                else:
                    assert all(colour(c["non_stroking_color"], o["teal"]) for c in chars)
                found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        assert bars == sum(b.level == 1 for b in headings)
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                     and face(a) == o["bold"] and face(b) == o["font"] and colour(a["non_stroking_color"], o["teal"])
                     and near(a["x0"], left) and near(b["x0"], hang) and near(a["bottom"], b["bottom"])
                     and near(a["size"], o["size"])]
            assert len(pairs) == 1, (label, e["page"])
        at_hang = flush = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][-1]) == o["font"]
                    and near(r["chars"][-1]["size"], o["size"])]  # a first line starts with its bold number
            at_hang += sum(near(r["x0"], hang) for r in rows)
            flush += sum(near(r["x1"], right, 1.5) for r in rows)
            gaps = {round(b["top"] - a["top"], 1) for a, b in itertools.pairwise(rows)}
            assert min(gaps) == o["leading"] and round(o["leading"] + o["after"], 1) in gaps
        assert at_hang >= 150 and flush >= 100  # justified: most lines reach the right edge of the frame
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], hang, 1.5) for c in bullets)
        gloss = pages[-1]
        assert "Glossary" in [r["text"] for r in gloss.extract_text_lines()[1:3]]
        words = gloss.extract_words(extra_attrs=["fontname", "non_stroking_color"])
        head = [w for w in words if w["text"] in ("Term", "Meaning") and colour(w["non_stroking_color"], (1, 1, 1))]
        assert [w["text"] for w in head] == ["Term", "Meaning"] and all(face(w) == o["bold"] for w in head)
        assert not [ln for ln in gloss.lines if ln["top"] > 80]  # no rules, only the header's
        banded = [r for r in gloss.rects if colour(r.get("non_stroking_color"), o["band"])]
        assert len(banded) == len(info["glossary"]) // 2
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_sitefinity_page_sets_each_chapter_in_a_content_block_of_its_own_row(generated: dict[str, Any]) -> None:
    """Tressington: a learning review published as a page of a Progress Sitefinity site in hybrid mode: Sitefinity's
    Generator meta, the title as ASP.NET writes it, the theme's stylesheet from /ResourcePackages/, a canonical link,
    ASP.NET's form with its view state around the page; the main menu's active item, the breadcrumb an <ol>; in <main>
    one Bootstrap row per content block widget, each row's column a div.sf_colsIn whose ids rise by one: the title as
    the only <h1> with the fiction label and the title-page lines, "Contents" with links to the chapters' <h2> ids and
    the PDF's link in the document library with its sfvrsn, then one content block per chapter, its <h2 id> and its
    subsections' <h3>; each numbered paragraph a <p> opening with its typed "3.5" in <strong> and a space, a factor
    list's bullets a <ul> after it, "Recommendation N:" in <strong>, the glossary a table with no <thead> whose first
    row is in <strong>; the footer and the cookie banner (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][TG]
    report = next(r for r in load_reports() if r["id"] == TG)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = SITEFINITY
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html>") and soup.html["lang"] == "en"
    assert soup.find("meta", attrs={"name": "Generator"})["content"] == sitefinity_generator(output) == (
        "Sitefinity 14.4.8146.0 DX")
    assert b"<title>\r\n\t" in (generated["dir"] / info["file"]).read_bytes()  # ASP.NET's line break and tab
    assert soup.title.get_text().strip() == report["title"] == info["page_title"]
    assert "/ResourcePackages/" in soup.find("link", rel="stylesheet")["href"]
    assert soup.find("link", rel="canonical")["href"] == f"https://{output['domain']}{output['path']}"
    form = soup.body.find("form", id="aspnetForm")
    assert form is not None and form.find("main") is not None and form.find("footer") is not None
    assert [i["name"] for i in form.select("div.aspNetHidden > input")] == ["__VIEWSTATE", "__VIEWSTATEGENERATOR"]
    assert soup.select_one("div.cookie-notice") is not None and "WebResource.axd" in raw
    menu = soup.select("header nav ul.navbar-nav > li")
    assert [squash(li) for li in menu] == c["nav"]
    assert [squash(li) for li in menu if "active" in li["class"]] == [output["section"]]
    crumbs = soup.select("nav ol.breadcrumb > li")
    assert [squash(li) for li in crumbs] == ["Home", "Practitioners", output["section"], report["title"]]
    assert crumbs[-1].find("a") is None and crumbs[-1]["aria-current"] == "page"
    main = soup.find("main")
    assert len(soup.find_all("h1")) == 1 and squash(main.h1) == report["title"]
    rows = [el for el in main.children if getattr(el, "name", None) == "div"]
    assert all("row" in el["class"] and el["data-sf-element"] == "Row" for el in rows)
    cols = [el.find("div", recursive=False) for el in rows]
    assert all("sf_colsIn" in col["class"] and col["data-sf-element"] == "Column 1" for col in cols)
    assert [col["id"] for col in cols] == info["columns"] == [
        f"{c['placeholder']}_{c['control']}{i:03d}_Col00" for i in range(1, len(rows) + 1)]
    content = [col.find("div", recursive=False) for col in cols]
    assert all(el["class"] == ["sfContentBlock", "sf-Long-text"] for el in content)
    lines = title_lines(report)
    assert content[0].h1 is not None and [squash(p) for p in content[0].find_all("p")] == lines == (
        info["intro_lines"]) == info["front_matter_lines"][1:]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert squash(content[1].h2) == c["contents"] and len(chapters) >= 8
    links = content[1].select("ul > li > a")
    assert [squash(a) for a in links] == chapters == info["contents_lines"]
    assert [a["href"] for a in links] == [f"#{sitefinity_slug(t)}" for t in chapters]
    pdf = content[1].select("p > a")
    assert [a["href"] for a in pdf] == [sitefinity_pdf_link(output)] == [info["pdf_link"]]
    assert "?sfvrsn=" in pdf[0]["href"] and squash(pdf[0]) == c["download"]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for el in content[2:]:
        h2s = el.find_all("h2")
        assert len(h2s) == 1 and el.contents[0] is h2s[0]  # one chapter to a block, its heading first
        assert h2s[0]["id"] == sitefinity_slug(h2s[0].get_text())
        for ch in el.children:
            if ch.name in ("h2", "h3"):
                heads.append((1 if ch.name == "h2" else 2, ch.get_text()))
            elif ch.name == "table":
                assert heads[-1] == (1, "Glossary") and ch.find("thead") is None and "table" in ch["class"]
                first, *rest = ch.find_all("tr")
                assert [td.strong.get_text() for td in first.find_all("td")] == ["Term", "Meaning"]
                got = [tuple(squash(td) for td in tr.find_all("td")) for tr in rest]
                assert got == [tuple(r) for r in info["glossary"]] and len(got) >= 9
            elif ch.name == "ul":
                label = ch.find_previous_sibling("p").strong.get_text()
                assert [squash(li) for li in ch.find_all("li")] == list(numbered[label].bullets)
            else:
                assert ch.name == "p"
                strong = ch.find("strong")
                if strong is None:
                    loose.append(ch.get_text())
                    continue
                assert ch.contents[0] is strong
                if strong.get_text().startswith("Recommendation "):
                    recs.append(ch.get_text())
                    continue
                label = strong.get_text()
                assert re.fullmatch(LABEL_RE[TG], label) and ch.contents[1].startswith(" ")  # typed, then a space
                text = ch.get_text()[len(label) + 1:]
                assert text == numbered[label].text
                nxt = ch.find_next_sibling()
                bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
                assert " ".join([text, *bullets]) == texts[(TG, label)]
                labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert "3 What happened" in [t for lv, t in heads if lv == 1]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    footer = soup.find("footer")
    assert footer.find_parent("main") is None and [squash(li) for li in footer.find_all("li")] == c["footer"]
    assert squash(footer.p) == c["copyright"] == info["running_header_lines"][-1]
    assert info["site_name"] == output["site_name"] == squash(soup.select_one("a.navbar-brand"))
    assert info["page_path"] == output["path"]
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_tcpdf_pdf_repeats_its_default_header_and_draws_its_list_discs(generated: dict[str, Any]) -> None:
    """Fenlowe: a board's web page written to PDF by TCPDF: "TCPDF" as creator and TCPDF's name and version as
    producer, the page's title and the board as author, A4 of 595.28 by 841.89 points, a bookmark for every heading,
    chapters at the top level and their subsections under them; TCPDF's default header on every page, the first
    included: the logo at the left, the site's name in bold and the running title under it at the logo's right, a
    dark blue line across the margins under them; its default footer, a line across the margins and "N / M" at the
    right in 8 pt; the title and the title-page lines on page 1; addTOC's contents on page 2, "Contents" in bold,
    chapters in bold and subsections indented, each with a dot leader to its page number flush right; the review from
    page 3; 10 pt text on 12.5 pt lines ranged left; each "12." right-aligned in the list's indent before its first
    word at 7.5 mm; the bullets drawn as filled discs, no bullet character; headings bold in dark blue; "Recommendation
    N:" in bold; the glossary a table ruled on every side with its head row filled (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][FE]
    report = next(r for r in load_reports() if r["id"] == FE)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = TCPDF
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    colour = lambda c, rgb: all(near(a, b, 0.01) for a, b in zip(c or (), rgb, strict=True))  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    left, right, indent = o["left"], o["right"], o["left"] + o["indent"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == TCPDF_CREATOR == "TCPDF" and meta["Producer"] == TCPDF_PRODUCER
        assert meta["Producer"].startswith("TCPDF 6.") and "tcpdf.org" in meta["Producer"]
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        outlines = [(level, title) for level, title, *_rest in pdf.doc.get_outlines()]
        assert outlines == [(b.level, b.text) for b in headings] == [tuple(m) for m in info["bookmarks"]]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(TCPDF_PAGE) == tuple(info["page_size"]) for p in pages)
        for page in pages:  # the default header and footer on every page, the first included
            n = page.page_number
            rows = page.extract_text_lines()
            assert [r["text"] for r in rows[:2]] == info["header_lines"] == [output["site_name"],
                                                                             report["running_title"]]
            assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) for c in rows[0]["chars"]
                       if c["text"] != " ")
            assert all(face(c) == o["font"] and near(c["size"], o["string_size"]) for c in rows[1]["chars"]
                       if c["text"] != " ")
            assert near(rows[0]["x0"], o["header_x"], 1) and near(rows[1]["x0"], o["header_x"], 1)
            logo = [r for r in page.rects if colour(r.get("non_stroking_color"), o["blue"]) and r["top"] < 40]
            assert len(logo) == 1 and near(logo[0]["x0"], left) and near(logo[0]["width"], o["logo"][0])
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and near(ln["x0"], left)
                     and near(ln["x1"], right) and not 60 < ln["top"] < page.height - 50]  # header's, footer's
            assert len(rules) == 2 and rules[0]["top"] < 60 and colour(rules[0]["stroking_color"], o["blue"])
            assert rows[1]["bottom"] < rules[0]["top"] and rules[1]["top"] > page.height - 50
            foot = rows[-1]
            assert foot["text"] == tcpdf_footer(n, count) == f"{n} / {count}" == re.sub(
                r"\bN\b", str(n), info["running_header_lines"][-1])
            assert near(foot["x1"], right, 1) and foot["top"] > rules[1]["top"]
            assert all(near(c["size"], o["footer_size"]) for c in foot["chars"])
            assert min(r["x0"] for r in rows) > left - 1 and max(r["x1"] for r in rows) < right + 1
        cover = [r["text"] for r in pages[0].extract_text_lines()[2:-1]]
        assert " ".join(cover) == " ".join([report["title"], *title_lines(report)])
        toc = pages[1].extract_text_lines()
        assert toc[2]["text"] == o["toc_title"] == info["toc_title"] and near(toc[2]["x0"], left)
        assert all(face(c) == o["bold"] and near(c["size"], o["toc_title_size"]) for c in toc[2]["chars"]
                   if c["text"] != " ")
        assert [r["text"] for r in toc[3:-1]] == info["contents_lines"]
        for row, b in zip(toc[3:-1], headings, strict=True):
            assert re.fullmatch(rf"{re.escape(b.text)} \.{{3,}} \d+", row["text"])  # a dot leader
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"])) and near(row["x1"], right, 1)
            words = [c for c in row["chars"] if c["text"] not in " ." and not c["text"].isdigit()]
            assert all(face(c) == (o["bold"] if b.level == 1 else o["font"]) for c in words)
        found = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[2:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if not chars or face(chars[0]) != o["bold"] or chars[0]["size"] < o["size"] + 1:
                    continue
                level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                assert near(chars[0]["size"], o["h1_size"] if level == 1 else o["h2_size"])
                assert near(row["x0"], left, 1) and all(colour(c["non_stroking_color"], o["blue"]) for c in chars)
                found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        assert pages[2].extract_text_lines()[2]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                assert len(_bold_label_then_text(words, label, word)) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label}." and b["text"] == word
                     and face(a) == o["font"] and near(a["x1"], indent - o["number_gap"], 0.8)
                     and near(b["x0"], indent) and near(a["bottom"], b["bottom"]) and near(a["size"], o["size"])]
            assert len(pairs) == 1, (label, e["page"])
        at_indent = ragged = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[2:-1] if face(r["chars"][-1]) == o["font"]
                    and near(r["chars"][-1]["size"], o["size"])]
            at_indent += sum(near(r["x0"], indent) for r in rows)
            ragged += sum(r["x1"] < right - 12 for r in rows)
            gaps = {round(b["top"] - a["top"], 2) for a, b in itertools.pairwise(rows)}
            assert min(gaps) == o["leading"]
        assert at_indent >= 120 and ragged >= 50  # ranged left: many lines stop well short of the margin
        assert not [c for p in pages for c in p.chars if c["text"] in ("\u2022", "\u25cf")]  # no bullet characters
        discs = [c for p in pages for c in p.curves if colour(c.get("non_stroking_color"), (0, 0, 0))
                 and near(c["width"], 2 * o["disc"], 0.3)]
        assert len(discs) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(c["x1"] < left + o["bullet_indent"] and c["x0"] > indent for c in discs)
        gloss = pages[-1]
        assert "Glossary" in [r["text"] for r in gloss.extract_text_lines()[2:4]]
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert [w["text"] for w in words if w["text"] in ("Term", "Meaning")][:2] == ["Term", "Meaning"]
        assert all(face(w) == o["bold"] for w in words if w["text"] in ("Term", "Meaning"))
        filled = [r for r in gloss.rects if colour(r.get("non_stroking_color"), o["fill"])]
        assert len(filled) == 1 and near(filled[0]["x0"], left) and near(filled[0]["x1"], right, 1)
        ruled = [ln for ln in gloss.lines if ln["top"] > 60 and ln["top"] < gloss.height - 50]
        across = [ln for ln in ruled if near(ln["top"], ln["bottom"])]
        down = [ln for ln in ruled if near(ln["x0"], ln["x1"])]
        assert len(across) == len(info["glossary"]) + 2 and len(down) == 3  # every cell ruled
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_plone_page_keeps_typed_numbers_with_a_non_breaking_space_and_anchors_in_headings(
        generated: dict[str, Any]) -> None:
    """Wrayburn: a learning review published as a page of a Plone 6 site in its Classic UI: Plone's generator meta and
    Dublin Core metas, the title as "Page title — Site name", a canonical link and the Barceloneta stylesheet; the
    body's classes naming the content type, section and view; the logo, the search box, the global navigation whose
    current section is li.inPath, the breadcrumbs, a navigation portlet in the right column; the page's
    h1.documentFirstHeading, its byline "Last modified" and its description (the first title-page line); the rich
    text: the fiction label in <em> and the other title-page lines, "Contents" with links to the named anchors inside
    the chapters' <h2>, the subsections' <h3>; each numbered paragraph a <p> opening with its typed "3.5", a
    non-breaking space and a space, a factor list's bullets a <ul> after it, "Recommendation N:" in <strong>, the
    glossary a table.listing with a <thead>; the footer's site actions, colophon and signature (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][WA]
    report = next(r for r in load_reports() if r["id"] == WA)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = PLONE
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html>") and soup.html["lang"] == "en"
    assert soup.find("meta", attrs={"name": "generator"})["content"] == "Plone - https://plone.org/"
    assert soup.title.get_text() == plone_page_title(report, output) == info["page_title"] == (
        f"{report['title']} \u2014 {output['site_name']}")
    dc = {m["name"]: m["content"] for m in soup.find_all("meta", attrs={"name": re.compile(r"^DC\.")})}
    assert dc["DC.type"] == "Page" and dc["DC.date.modified"] == output["modified"]
    assert dc["DC.creator"] == output["creator"] and dc["DC.description"] == report["title_page"][0]
    url = f"https://{output['domain']}/{output['folder']}/{output['page_id']}"
    assert soup.find("link", rel="canonical")["href"] == url == info["page_url"]
    assert "++theme++barceloneta" in soup.find("link", rel="stylesheet")["href"]
    body = soup.body["class"]
    assert {"portaltype-document", f"section-{output['folder']}", f"subsection-{output['page_id']}",
            "template-document_view", "userrole-anonymous"} <= set(body)
    logo = soup.select_one("#portal-logo")
    assert squash(logo) == "" and logo["title"] == logo.img["alt"] == output["site_name"] == info["site_name"]
    assert soup.select_one("#portal-searchbox input[name=SearchableText]") is not None
    menu = soup.select("ul#portal-globalnav > li")
    assert [squash(li) for li in menu] == c["nav"]
    assert [squash(li) for li in menu if "inPath" in li["class"]] == [output["section"]]
    crumbs = soup.select("nav#portal-breadcrumbs ol.breadcrumb > li")
    assert [squash(li) for li in crumbs] == ["Home", output["section"], report["title"]]
    assert crumbs[-1]["aria-current"] == "page"
    portlet = soup.select("aside#portal-column-two .portletNavigationTree li")
    assert [squash(li) for li in portlet] == c["siblings"]
    article = soup.select_one("main#main-container article#content")
    assert len(soup.find_all("h1")) == 1 and "documentFirstHeading" in article.h1["class"]
    assert squash(article.h1) == report["title"]
    byline = soup.select_one("#plone-document-byline .documentModified")
    assert squash(byline) == f"Last modified {plone_byline_date(output)}" == f"Last modified {info['modified']}"
    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, \d{4} \d{2}:\d{2} [AP]M", info["modified"])
    desc = article.select_one("header p.documentDescription")
    assert "lead" in desc["class"] and squash(desc) == report["title_page"][0] == info["description"]
    text = article.select_one("#content-core > #parent-fieldname-text")
    children = [ch for ch in text.children if getattr(ch, "name", None)]
    lines = [t for t in title_lines(report) if t != report["title_page"][0]]
    intro = children[:len(lines)]
    assert [squash(p) for p in intro] == lines == info["intro_lines"]
    assert intro[0].em is not None and squash(intro[0].em) == FICTION_LABEL
    assert squash(children[len(lines)]) == c["contents"] and children[len(lines)].name == "h2"
    toc = children[len(lines) + 1]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert toc.name == "ul" and [squash(a) for a in toc.select("li > a")] == chapters == info["contents_lines"]
    assert [a["href"] for a in toc.select("li > a")] == [f"#{plone_anchor(t)}" for t in chapters] == [
        f"#{n}" for n in info["anchors"]]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for ch in children[len(lines) + 2:]:
        if ch.name == "h2":
            a = ch.find("a")
            assert ch.contents[0] is a and a["id"] == a["name"] == plone_anchor(ch.get_text()) and not a.get_text()
            heads.append((1, ch.get_text()))
        elif ch.name == "h3":
            heads.append((2, ch.get_text()))
        elif ch.name == "table":
            assert heads[-1] == (1, "Glossary") and ch["class"] == ["listing"]
            assert [squash(th) for th in ch.select("thead th")] == ["Term", "Meaning"]
            got = [tuple(squash(td) for td in tr.find_all("td")) for tr in ch.select("tbody tr")]
            assert got == [tuple(r) for r in info["glossary"]] and len(got) >= 9
        elif ch.name == "ul":
            label = ch.find_previous_sibling("p").get_text().split("\xa0")[0]
            assert [squash(li) for li in ch.find_all("li")] == list(numbered[label].bullets)
        else:
            assert ch.name == "p"
            if ch.strong is not None:
                assert ch.contents[0] is ch.strong and ch.strong.get_text().startswith("Recommendation ")
                recs.append(ch.get_text())
                continue
            m = re.match(rf"({LABEL_RE[WA]})\xa0 (.*)", ch.get_text(), re.S)  # typed, two spaces kept as &nbsp;
            if m is None:
                loose.append(ch.get_text())
                continue
            label, body_text = m.groups()
            assert body_text == numbered[label].text
            nxt = ch.find_next_sibling()
            bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
            assert " ".join([body_text, *bullets]) == texts[(WA, label)]
            labels.append(label)
    assert "&nbsp; " in raw and raw.count("&nbsp; ") == len(labels)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert "3 What happened" in [t for lv, t in heads if lv == 1]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    footer = soup.select_one("footer#portal-footer-wrapper")
    assert footer.find_parent("main") is None
    assert [squash(li) for li in footer.select("#portal-siteactions li")] == c["actions"]
    assert squash(footer.select_one(".colophon")) == c["colophon"]
    assert squash(footer.select_one("#portal-footer-signature p")) == c["copyright"] == (
        info["running_header_lines"][-1])
    assert soup.select_one("div.cookie-notice") is not None
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_migradoc_pdf_leaves_its_cover_bare_and_hangs_typed_numbers_at_a_tab(generated: dict[str, Any]) -> None:
    """Caddonmere: a review built as a PDF by a .NET tool with MigraDoc and PDFsharp: MigraDoc's name, version and
    address as creator and PDFsharp's as producer, the review's title and the business unit as author, A4 of 595.28 by
    841.89 points, a bookmark for every heading from its outline level; no header or footer on the cover, then on
    every page the running title in italic 9 pt at the left over a line across the text width and "Page N of M"
    centred at the foot in 9 pt; the cover's lines; the contents on page 2, "Contents" in bold 16 pt, chapters in
    bold and sections indented 1 cm in the regular face, each with dot leaders to its page number flush right; the
    review from page 3, chapters running on, in bold 14 pt, sections in bold italic 12 pt, each on the page the
    contents give; Times 12 pt, justified (many lines reaching the right margin) and hyphenated; each "4.2.3" at the
    margin, its first word at the hanging indent of 1.5 cm and every later line there too; bullets the Symbol font's
    bullet at 1.5 cm with their text at 2.1 cm; "Recommendation N:" in bold at the margin; the glossary a table with
    a shaded head row and a line under every row and none down (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][CM]
    report = next(r for r in load_reports() if r["id"] == CM)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = MIGRADOC
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    left, right, indent = o["left"], o["right"], o["left"] + o["indent"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == MIGRADOC_CREATOR and meta["Creator"].startswith("MigraDoc 6.")
        assert meta["Producer"] == MIGRADOC_PRODUCER and meta["Producer"].startswith("PDFsharp 6.")
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        outlines = [(level, title) for level, title, *_rest in pdf.doc.get_outlines()]
        assert outlines == [(b.level, b.text) for b in headings] == [tuple(m) for m in info["bookmarks"]]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 10
        assert all((p.width, p.height) == tuple(MIGRADOC_PAGE) == tuple(info["page_size"]) for p in pages)
        cover = pages[0].extract_text_lines()
        assert " ".join(r["text"] for r in cover) == " ".join([report["title"], *title_lines(report)])
        assert not pages[0].lines and all(c["size"] > o["header_size"] + 1 for c in pages[0].chars)  # bare
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) for c in cover[0]["chars"]
                   if c["text"] != " ")
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            assert rows[0]["text"] == report["running_title"] == info["header_lines"][0]
            assert near(rows[0]["x0"], left, 1) and all(face(c) == o["italic"] and near(c["size"], o["header_size"])
                                                        for c in rows[0]["chars"] if c["text"] != " ")
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and ln["top"] < 60]
            assert len(rules) == 1 and near(rules[0]["x0"], left) and near(rules[0]["x1"], right)
            assert rows[0]["bottom"] < rules[0]["top"]
            foot = rows[-1]
            assert foot["text"] == migradoc_footer(n, count) == f"Page {n} of {count}" == re.sub(
                r"\bN\b", str(n), info["running_header_lines"][-1]) == re.sub(r"\bN\b", str(n), info["footer_pattern"])
            assert near((foot["x0"] + foot["x1"]) / 2, page.width / 2, 1)  # centred
            assert all(near(c["size"], o["footer_size"]) for c in foot["chars"])
            assert min(r["x0"] for r in rows) > left - 1 and max(r["x1"] for r in rows) < right + 1
        toc = pages[1].extract_text_lines()
        assert toc[1]["text"] == o["toc_title"] == info["toc_title"] and near(toc[1]["x0"], left)
        assert all(face(c) == o["bold"] and near(c["size"], o["toc_title_size"]) for c in toc[1]["chars"]
                   if c["text"] != " ")
        assert [r["text"] for r in toc[2:-1]] == info["contents_lines"]
        starts = {}
        for row, b in zip(toc[2:-1], headings, strict=True):
            heading, number = re.fullmatch(rf"({re.escape(b.text)}) \.{{3,}} (\d+)", row["text"]).groups()
            starts[heading] = int(number)
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"])) and near(row["x1"], right, 1)
            words = [c for c in row["chars"] if c["text"] not in " ." and not c["text"].isdigit()]
            assert all(face(c) == (o["bold"] if b.level == 1 else o["font"]) for c in words)
        found = []
        for page in pages[2:]:
            rows = page.extract_text_lines()[1:-1]
            for row in rows:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if not chars or not (face(chars[0]) == o["bold_italic"] or (
                        face(chars[0]) == o["bold"] and near(chars[0]["size"], o["h1_size"]))):
                    continue  # a chapter in bold 14 pt, a section in bold italic
                level = 1 if face(chars[0]) == o["bold"] else 2
                assert near(chars[0]["size"], o["h1_size"] if level == 1 else o["h2_size"]) and near(row["x0"], left, 1)
                assert starts[row["text"]] == page.page_number
                found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label.split()[0]
                         and b["text"] == f"{label.split()[1]}:" and face(a) == face(b) == o["bold"]
                         and near(a["x0"], left)]
                assert len(pairs) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                     and face(a) == o["font"] and near(a["x0"], left) and near(b["x0"], indent)
                     and near(a["bottom"], b["bottom"]) and near(a["size"], o["size"])]
            assert len(pairs) == 1, (label, e["page"])
        at_indent = justified = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][-1]) == o["font"]
                    and near(r["chars"][-1]["size"], o["size"])]
            at_indent += sum(near(r["x0"], indent) for r in rows)
            justified += sum(near(r["x1"], right, 1) for r in rows)
            gaps = {round(b["top"] - a["top"], 2) for a, b in itertools.pairwise(rows)}
            assert min(gaps) == o["leading"]
        assert at_indent >= 150 and justified >= 150
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        bullets = [c for p in pages for c in p.chars if c["text"] == "\u2022"]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(face(c) == "Symbol" and near(c["x0"], left + o["bullet_at"]) for c in bullets)
        for page in pages:
            rows = page.extract_text_lines()
            for row in rows:
                if row["chars"][0]["text"] == "\u2022":
                    assert near(row["chars"][2]["x0"] if row["chars"][1]["text"] == " " else row["chars"][1]["x0"],
                                left + o["bullet_indent"])
        gloss = pages[-1]
        assert gloss.extract_text_lines()[1]["text"] == "Glossary"
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert [w["text"] for w in words if w["text"] in ("Term", "Meaning")][:2] == ["Term", "Meaning"]
        assert all(face(w) == o["bold"] for w in words if w["text"] in ("Term", "Meaning"))
        filled = [r for r in gloss.rects if r.get("non_stroking_color") and all(
            near(a, b, 0.01) for a, b in zip(r["non_stroking_color"], o["fill"], strict=True))]
        assert len(filled) == 1 and near(filled[0]["x0"], left) and near(filled[0]["x1"], right, 1)
        ruled = [ln for ln in gloss.lines if 60 < ln["top"] < gloss.height - 50]
        assert all(near(ln["top"], ln["bottom"]) for ln in ruled)  # none down
        assert len(ruled) == len(info["glossary"]) + 1  # a line under every row, the head row's included
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_silverstripe_page_has_the_sites_name_in_a_second_h1_and_types_single_numbers(
        generated: dict[str, Any]) -> None:
    """Pendlecote: a learning review published as a page of a Silverstripe CMS 5 site with the "simple" theme: the
    base tag, the title as "Page title » Site name", the generator naming the CMS and its version, the description,
    the theme's stylesheets under _resources; <body class="Page">; the header's brand link holding the site's name in
    an <h1> and the tagline (two <h1> on the page, the page's title the second), the search form, the primary
    navigation's items classed by their linking mode; the sidebar's secondary navigation with the review's li.current;
    the breadcrumbs above the page's <h1>; the content: the fiction label in <em> and the other title-page lines, the
    link to the PDF under /assets/, unnumbered <h2> chapters and <h3> subsections in order, each numbered paragraph a
    <p> opening with its typed "12. " and its text against paragraph_texts, a factor list's bullets a <ul> after it,
    "Recommendation N:" in <strong>, the glossary a table with a <tbody> only and a first row of <th>; "Last edited"
    under the content; the footer's trail and "Powered by Silverstripe" (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][PE]
    report = next(r for r in load_reports() if r["id"] == PE)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = SILVERSTRIPE
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html>") and soup.html["lang"] == "en-GB"
    assert soup.base["href"] == f"https://{output['domain']}/" and "<!--[if lte IE 6]></base><![endif]-->" in raw
    assert soup.title.get_text() == silverstripe_page_title(report, output) == info["page_title"] == (
        f"{report['title']} \u00bb {output['site_name']}") and "&raquo;" not in soup.title.get_text()
    generator = soup.find("meta", attrs={"name": "generator"})["content"]
    assert generator == c["generator"] and re.fullmatch(r"Silverstripe CMS 5\.\d+", generator)
    assert soup.find("meta", attrs={"name": "description"})["content"] == report["title_page"][0]
    sheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert len(sheets) == 4 and all(h.startswith("/_resources/themes/simple/css/") for h in sheets)
    assert soup.body["class"] == ["Page"] and soup.body["dir"] == "ltr"
    brand = soup.select_one("header.header a.brand")
    assert brand["rel"] == ["home"] and squash(brand.h1) == output["site_name"] == info["site_name"]
    assert squash(brand.p) == c["tagline"]
    h1s = soup.find_all("h1")
    assert len(h1s) == 2 and h1s[0] is brand.h1 and squash(h1s[1]) == report["title"]
    assert soup.select_one("form#SearchForm_SearchForm input[name=Search]")["placeholder"] == c["search"]
    menu = soup.select("nav.primary > ul > li")
    assert [squash(li) for li in menu] == c["menu"]
    assert [li["class"] for li in menu] == [["section"] if n == c["section"] else ["link"] for n in c["menu"]]
    assert menu[c["menu"].index(c["section"])].a["href"] == f"/{output['parent']}/" == (
        f"/{silverstripe_slug(c['section'])}/")
    side = soup.select("aside.sidebar nav.secondary li")
    assert squash(soup.select_one("aside.sidebar nav.secondary h3")) == c["section"]
    assert [squash(li) for li in side] == c["siblings"]
    assert [squash(li) for li in side if li["class"] == ["current"]] == [output["menu_title"]] == [info["menu_title"]]
    url = f"https://{output['domain']}/{output['parent']}/{output['url_segment']}/"
    assert info["page_url"] == url
    article = soup.select_one("div.main div.content-container article")
    crumbs = article.select_one("#Breadcrumbs")
    assert squash(crumbs) == f"Home \u00bb {c['section']} \u00bb {output['menu_title']}"
    assert crumbs.find_next_sibling() is article.h1
    content = article.select_one("div.content")
    children = [ch for ch in content.children if getattr(ch, "name", None)]
    lines = title_lines(report)
    assert [squash(p) for p in children[:len(lines)]] == lines == info["intro_lines"]
    assert children[0].em is not None and squash(children[0].em) == FICTION_LABEL
    link = children[len(lines)].a
    assert squash(link) == c["pdf_text"] and link["href"] == info["pdf_link"] == (
        f"/assets/Reviews/{output['url_segment']}.pdf")
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert squash(children[len(lines) + 1]) == c["contents"] and children[len(lines) + 1].strong is not None
    toc = children[len(lines) + 2]
    assert [squash(a) for a in toc.select("li > a")] == chapters == info["contents_lines"]
    assert [a["href"] for a in toc.select("li > a")] == [f"#{silverstripe_slug(t)}" for t in chapters]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for ch in children[len(lines) + 3:]:
        if ch.name in ("h2", "h3"):
            assert not re.match(r"\d", ch.get_text())  # unnumbered
            assert (ch.get("id") == silverstripe_slug(ch.get_text())) == (ch.name == "h2")
            heads.append((1 if ch.name == "h2" else 2, ch.get_text()))
        elif ch.name == "table":
            assert heads[-1] == (1, "Glossary") and ch.thead is None and ch.tbody is not None
            rows = ch.tbody.find_all("tr")
            assert [th["scope"] for th in rows[0].find_all("th")] == ["col", "col"]
            assert [squash(th) for th in rows[0].find_all("th")] == ["Term", "Meaning"]
            got = [tuple(squash(td) for td in tr.find_all("td")) for tr in rows[1:]]
            assert got == [tuple(r) for r in info["glossary"]] == [tuple(r) for r in report["glossary"]["entries"]]
            assert len(got) >= 9
        elif ch.name == "ul":
            label = ch.find_previous_sibling("p").get_text().split(". ")[0]
            assert [squash(li) for li in ch.find_all("li")] == list(numbered[label].bullets)
        else:
            assert ch.name == "p"
            if ch.strong is not None:
                assert ch.contents[0] is ch.strong and ch.strong.get_text().startswith("Recommendation ")
                recs.append(ch.get_text())
                continue
            m = re.match(rf"({LABEL_RE[PE]})\. (.*)", ch.get_text(), re.S)  # typed, a stop and a space
            if m is None:
                loose.append(ch.get_text())
                continue
            label, body_text = m.groups()
            assert body_text == numbered[label].text
            nxt = ch.find_next_sibling()
            bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
            assert " ".join([body_text, *bullets]) == texts[(PE, label)]
            labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert "What happened" in [t for lv, t in heads if lv == 1]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] == [str(n) for n in range(
                                            1, len(labels) + 1)] and len(labels) >= 40
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    edited_line = article.select_one("p.last-edited")
    assert squash(edited_line) == f"Last edited {silverstripe_edited(output)}" == f"Last edited {info['edited']}"
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{1,2}:\d{2}[ap]m", info["edited"])
    footer = soup.select_one("footer.footer")
    assert footer.find_parent("div", class_="main") is None
    assert squash(footer.select_one("div.left")) == f"Home \u2192 {c['section']} \u2192 {output['menu_title']}"
    assert squash(footer.select_one("small.right")) == c["powered"] == info["running_header_lines"][-1]
    assert soup.select_one("div.cookie-notice") is not None
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_wkhtmltopdf_pdf_has_a_bare_cover_and_contents_over_dashed_lines(generated: dict[str, Any]) -> None:
    """Tilverton: a web page printed to PDF by wkhtmltopdf: creator "wkhtmltopdf 0.12.6", producer "Qt 4.8.7", the web
    page's <title> ("title | site name") as the document's title and no author, A4, an outline of the chapters and
    sections; the cover with no header, footer or rule; on every later page the running title at the left and the
    site's name at the right in 8 pt over a rule, and "N/M" at the right in 8 pt under a rule; the contents on page 2,
    "Contents" centred, each entry's page number flush right over a dashed light blue line, sections indented and
    smaller, and a link from each entry to its heading's page; the page from page 3, headings in bold in dark blue
    at the margin on the pages the contents give, each "3.4" in bold at the margin with its text running on in the
    regular face on the same baseline, lines ragged right (few reaching the right margin) 14 pt apart, disc bullets
    with their text further in, "Recommendation N:" in bold, the glossary a table with a grey head row and every cell
    ruled (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][TV]
    report = next(r for r in load_reports() if r["id"] == TV)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = WKHTMLTOPDF
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    headings = [b for b in blocks if b.kind == "heading"]
    left, right = o["left"], o["right"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == WKHTMLTOPDF_CREATOR == "wkhtmltopdf 0.12.6"
        assert meta["Producer"] == WKHTMLTOPDF_PRODUCER and meta["Producer"].startswith("Qt 4.")
        assert meta["Title"] == wkhtmltopdf_pdf_title(report, output) == info["pdf_title"] == (
            f"{report['title']} | {output['site_name']}")
        assert not meta.get("Author")
        outlines = [(level, title) for level, title, *_rest in pdf.doc.get_outlines()]
        assert outlines == [(b.level, b.text) for b in headings] == [tuple(m) for m in info["bookmarks"]]
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(WKHTMLTOPDF_PAGE) == tuple(info["page_size"]) for p in pages)
        cover = pages[0].extract_text_lines()
        assert " ".join(r["text"] for r in cover) == " ".join([report["title"], *title_lines(report)])
        assert not pages[0].lines and all(c["size"] > o["head_size"] + 1 for c in pages[0].chars)  # bare
        assert all(face(c) == o["bold"] and near(c["size"], o["title_size"]) for c in cover[0]["chars"]
                   if c["text"] != " ")
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == info["header_lines"][0] == f"{report['running_title']} {output['site_name']}"
            assert head["text"].startswith(info["running_header_lines"][0])
            assert near(head["x0"], left, 1) and near(head["x1"], right, 1)
            assert all(near(c["size"], o["head_size"]) for c in head["chars"])
            assert foot["text"] == wkhtmltopdf_footer(n, count) == f"{n}/{count}" == re.sub(
                r"\bN\b", str(n), info["footer_pattern"]) == re.sub(r"\bN\b", str(n), info["running_header_lines"][-1])
            assert near(foot["x1"], right, 1) and all(near(c["size"], o["head_size"]) for c in foot["chars"])
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and near(ln["x0"], left)
                     and near(ln["x1"], right) and not 60 < ln["top"] < page.height - 60]
            assert len(rules) == 2 and rules[0]["top"] > head["bottom"] and rules[1]["bottom"] < foot["top"]
        toc = pages[1]
        rows = toc.extract_text_lines()
        title = rows[1]
        assert title["text"] == o["toc_title"] == info["toc_title"]
        assert near((title["x0"] + title["x1"]) / 2, (left + right) / 2, 1)  # centred
        assert all(face(c) == o["bold"] and near(c["size"], o["toc_title_size"]) for c in title["chars"])
        entries = rows[2:-1]
        assert [r["text"] for r in entries] == info["contents_lines"]
        starts = {}
        for row, b in zip(entries, headings, strict=True):
            heading, number = re.fullmatch(rf"({re.escape(b.text)}) (\d+)", row["text"]).groups()
            starts[heading] = int(number)
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"]), 1) and near(row["x1"], right, 1)
            size = o["toc_size"] * (1 if b.level == 1 else o["toc_sub"])
            assert all(near(c["size"], size) and face(c) == o["font"] for c in row["chars"])
        assert "." * 4 not in toc.extract_text()  # no dot leaders
        dashed = [ln for ln in toc.lines if ln.get("dash") and all(
            near(a, b, 0.01) for a, b in zip(ln["stroking_color"], o["dash"], strict=True))]
        assert len(dashed) == len(headings)
        links = [a for a in (toc.annots or []) if "Link" in str(a.get("data", {}).get("Subtype"))]
        assert len(links) == len(headings)
        found = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if not chars or not all(c["non_stroking_color"] and near(c["non_stroking_color"][2], o["colour"][2],
                                                                         0.02) for c in chars):
                    continue  # headings are the only dark blue lines
                level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                assert all(face(c) == o["bold"] and near(c["size"], o["h1_size"] if level == 1 else o["h2_size"])
                           for c in chars) and near(row["x0"], left, 1)
                assert starts[row["text"]] == page.page_number
                found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the page from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label.split()[0]
                         and b["text"] == f"{label.split()[1]}:" and face(a) == face(b) == o["bold"]
                         and near(a["x0"], left)]
                assert len(pairs) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                     and face(a) == o["bold"] and face(b) == o["font"] and near(a["x0"], left)
                     and near(a["bottom"], b["bottom"]) and near(a["size"], o["size"])
                     and 1 < b["x0"] - a["x1"] < 5]
            assert len(pairs) == 1, (label, e["page"])
        ragged = full = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][-1]) == o["font"]
                    and near(r["chars"][-1]["size"], o["size"])]
            full += sum(near(r["x1"], right, 1) for r in rows)
            ragged += sum(r["x1"] < right - 12 for r in rows)
            gaps = {round(b["top"] - a["top"], 2) for a, b in itertools.pairwise(rows)}
            assert min(gaps) == o["leading"]
        assert ragged >= 100 and full < ragged / 4
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], left + o["bullet_at"]) for c in bullets)
        for page in pages:
            for row in page.extract_text_lines():
                if row["chars"][0]["text"] == o["bullet"]:
                    first = next(c for c in row["chars"][1:] if c["text"] != " ")
                    assert near(first["x0"], left + o["bullet_indent"])
        gloss = pages[-1]
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert [w["text"] for w in words if w["text"] in ("Term", "Meaning")][:2] == ["Term", "Meaning"]
        assert all(face(w) == o["bold"] for w in words if w["text"] in ("Term", "Meaning"))
        filled = [r for r in gloss.rects if r.get("non_stroking_color") and r.get("fill") and all(
            near(a, b, 0.01) for a, b in zip(r["non_stroking_color"], o["fill"], strict=True))]
        assert len(filled) == 1 and near(filled[0]["x0"], left, 1)
        down = [ln for ln in gloss.lines if near(ln["x0"], ln["x1"]) and ln["top"] > 60]
        assert len(down) >= 3  # every cell ruled, down as well as across
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]
    assert info["page_url"] == output["url"]


def test_sitecore_page_is_built_of_renderings_one_rich_text_per_chapter(generated: dict[str, Any]) -> None:
    """Gildersby: a safeguarding adults review published as a page of a Sitecore site built with SXA: the title as "Page
    title | Site name", the canonical link, the theme's stylesheets and the logo from the media library (/-/media/),
    <body class="default-device bodyclass">; the header's logo, search box and main navigation, its items classed by
    level and position and the page's section "active"; the breadcrumb rendering's <ol> with "&gt;" separators and the
    page "last"; the title rendering's one <h1>; the introduction's fiction label in <em>, its other title-page lines
    and the PDF's media link with its hash; the "On this page" link list of the chapters; one rich-text rendering per
    chapter with its id, its <h2> numbered as two-level prints chapters, <h3> sections unnumbered, each numbered
    paragraph a <p> opening with its typed "3.4" and a space, its text against paragraph_texts, a factor list's bullets
    a <ul> after it, "Recommendation N:" in <strong>, the glossary a table with a <thead>; the date rendering; the
    footer outside <main> (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][GB]
    report = next(r for r in load_reports() if r["id"] == GB)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = SITECORE
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html>") and soup.html["lang"] == "en"
    assert soup.title.get_text() == sitecore_page_title(report, output) == info["page_title"] == (
        f"{report['title']} | {output['site_name']}")
    path = "/".join(sitecore_slug(p) for p in output["path"])
    url = f"https://{output['domain']}/{path}/{output['item']}"
    assert soup.find("link", rel="canonical")["href"] == url == info["page_url"]
    sheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert len(sheets) == 3 and all(h.startswith("/-/media/") and f"?t={c['stamp']}" in h for h in sheets)
    assert soup.find("meta", attrs={"name": "description"})["content"] == report["title_page"][0]
    assert soup.body["class"] == ["default-device", "bodyclass"]
    wrapper = soup.select_one("body > div#wrapper")
    assert [ch.name for ch in wrapper.children if getattr(ch, "name", None)] == ["header", "main", "footer"]
    components = soup.select("div.component")
    assert components and all(
        [ch["class"] for ch in comp.children if getattr(ch, "name", None)] == [["component-content"]]
        for comp in components)  # every rendering a component holding its content
    logo = soup.select_one("#header div.component.site-logo img")
    assert logo["alt"] == output["site_name"] == info["site_name"] and logo["src"].startswith("/-/media/")
    assert soup.select_one("#header input.search-box-input")["placeholder"] == c["search"]
    menu = soup.select("#header div.component.navigation nav > ul > li")
    assert [squash(li) for li in menu] == c["menu"]
    for i, li in enumerate(menu):
        assert {"level1", f"item{i}", "odd" if i % 2 == 0 else "even", "rel-level1"} <= set(li["class"])
        assert ("first" in li["class"]) == (i == 0) and ("last" in li["class"]) == (i == len(menu) - 1)
    active = [li for li in menu if "active" in li["class"]]
    assert [squash(li) for li in active] == [output["path"][0]] and active[0].a["href"] == (
        f"/{sitecore_slug(output['path'][0])}")
    main = soup.select_one("main > div#content")
    crumbs = main.select("div.component.breadcrumb ol > li.breadcrumb-item")
    names = [squash(li.select_one("div.navigation-title")) for li in crumbs]
    assert names == ["Home", *output["path"], report["title"]] == info["breadcrumbs"]
    assert "home" in crumbs[0]["class"] and "last" in crumbs[-1]["class"]
    assert [squash(li.select_one("div.separator")) for li in crumbs[:-1]] == [">"] * (len(crumbs) - 1)
    assert crumbs[-1].select_one("div.separator") is None and crumbs[-1].a["href"] == url.split(output["domain"])[1]
    h1s = soup.find_all("h1")
    assert len(h1s) == 1 and squash(h1s[0]) == report["title"] and h1s[0].find_parent(
        "div", class_="field-title").find_parent("div", class_="title") is not None
    intro = main.select_one("div.component.review-intro div.component-content")
    paras = intro.find_all("p")
    lines = title_lines(report)
    assert [squash(p) for p in paras[:len(lines)]] == lines == info["intro_lines"]
    assert squash(paras[0].em) == FICTION_LABEL
    link = paras[len(lines)].a
    media = f"/-/media/files/gsab/reviews/{output['item']}.pdf"
    assert squash(link) == c["pdf_text"] and link["href"] == info["pdf_link"] == (
        f"{media}?la=en&hash={sitecore_media_hash(media)}")
    assert re.fullmatch(r"[0-9A-F]{32}", link["href"].rsplit("=", 1)[1])
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    onpage = main.select_one("div.component.page-contents")
    assert squash(onpage.h3) == c["on_this_page"]
    assert [squash(a) for a in onpage.select("li div.field-link a")] == chapters == info["contents_lines"]
    hrefs = [a["href"] for a in onpage.select("li div.field-link a")]
    rich = [d for d in main.select("div.component.rich-text") if d.get("id")]
    assert [f"#{d['id']}" for d in rich] == hrefs == [f"#chapter-{i}" for i in range(1, len(chapters) + 1)]
    assert all(re.fullmatch(r"\d+ \S.*", t) for t in chapters[1:-2])  # the numbered chapters, "3 What happened"
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for d in rich:
        children = [ch for ch in d.select_one("div.component-content").children if getattr(ch, "name", None)]
        assert children[0].name == "h2" and sum(ch.name == "h2" for ch in children) == 1
        for ch in children:
            if ch.name in ("h2", "h3"):
                heads.append((2 if ch.name == "h3" else 1, squash(ch)))
            elif ch.name == "table":
                assert ch.get("class") == ["table"] and [squash(th) for th in ch.select("thead th")] == [
                    "Term", "Meaning"]
                got = [tuple(squash(td) for td in tr.find_all("td")) for tr in ch.select("tbody tr")]
                assert got == [tuple(r) for r in info["glossary"]] == [tuple(r) for r in report["glossary"]["entries"]]
            elif ch.name == "ul":
                label = ch.find_previous_sibling("p").get_text().split(" ")[0]
                assert [squash(li) for li in ch.find_all("li")] == list(numbered[label].bullets)
            else:
                assert ch.name == "p"
                if ch.strong is not None:
                    assert ch.contents[0] is ch.strong and ch.strong.get_text().startswith("Recommendation ")
                    recs.append(ch.get_text())
                    continue
                m = re.match(rf"({LABEL_RE[GB]}) (.*)", ch.get_text(), re.S)  # typed, then a space
                if m is None:
                    loose.append(ch.get_text())
                    continue
                label, body_text = m.groups()
                assert body_text == numbered[label].text
                nxt = ch.find_next_sibling()
                bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
                assert " ".join([body_text, *bullets]) == texts[(GB, label)]
                labels.append(label)
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 45
    assert labels[0] == "1.1" and "4.2" in labels
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    when = main.select_one("div.component.date")
    assert squash(when) == f"{c['updated']} {info['updated']}" and info["updated"] == sitecore_updated(output)
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", info["updated"])
    footer = soup.select_one("footer > div#footer")
    assert footer.find_parent("main") is None
    assert [squash(a) for a in footer.select("div.footer-links a")] == c["footer_links"]
    assert squash(footer.select_one("div.copyright")) == f"\u00a9 {report['year']} {output['site_name']}" == (
        info["running_header_lines"][-1])
    assert soup.find("script")["src"].startswith("/-/media/base-themes/")
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_aspose_pdf_has_no_outline_and_hangs_word_list_numbers(generated: dict[str, Any]) -> None:
    """Hatherwick: a review written in Word and converted to PDF by Aspose.Words: creator "Aspose Ltd.", producer
    "Aspose.Words for .NET ...", the title, author and subject from the DOCX, A4 and NO OUTLINE; the title page bare
    (no header, footer or 9 pt text); on every later page the running title at the right margin in grey 9 pt at the
    head and "Page N" centred in 9 pt at the foot; Word's contents on page 2 ("Contents" in 16 pt blue, one line per
    chapter with dot leaders and its page number at the right margin, a link per line); the review from page 3,
    headings in Word's blue and NOT bold at the margin on the pages the contents give, each "12." at the margin and its
    text at the hanging indent on one baseline, lines justified to the right margin 14 pt apart, bullets at 0.75 cm
    and their text at 1.5 cm, "Recommendation N:" in bold, the glossary's head row bold, no shading and every cell
    ruled (pdfplumber only)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFNoOutlines

    info = generated["expected"][HK]
    report = next(r for r in load_reports() if r["id"] == HK)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = ASPOSE
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda c: c["fontname"].split("+")[-1]  # noqa: E731
    blue = lambda c: c["non_stroking_color"] is not None and all(  # noqa: E731
        near(a, b, 0.02) for a, b in zip(c["non_stroking_color"], o["blue"], strict=True))
    headings = [b for b in blocks if b.kind == "heading"]
    chapters = [b for b in headings if b.level == 1]
    left, right = o["left"], o["right"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Creator"] == ASPOSE_CREATOR == "Aspose Ltd."
        assert meta["Producer"] == ASPOSE_PRODUCER and re.fullmatch(r"Aspose\.Words for \.NET \d+\.\d+\.\d+",
                                                                     meta["Producer"])
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        assert meta["Subject"] == output["subject"] == info["subject"]
        try:
            outlines = list(pdf.doc.get_outlines())
        except PDFNoOutlines:
            outlines = []
        assert outlines == []  # the default save options export no headings as bookmarks
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(ASPOSE_PAGE) == tuple(info["page_size"]) for p in pages)
        cover = pages[0].extract_text_lines()
        assert " ".join(r["text"] for r in cover) == " ".join([report["title"], *title_lines(report)])
        assert all(c["size"] > o["head_size"] + 1 for c in pages[0].chars)  # no header or footer
        assert all(blue(c) and near(c["size"], o["title_size"]) for c in cover[0]["chars"] if c["text"] != " ")
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == info["header_lines"][0] == report["running_title"] == info["running_header_lines"][0]
            assert near(head["x1"], right, 1) and head["x0"] > left + 50  # at the right
            assert all(near(c["size"], o["head_size"]) and c["non_stroking_color"][0] > 0.2 for c in head["chars"]
                       if c["text"] != " ")  # grey
            assert foot["text"] == aspose_footer(n) == f"Page {n}" == re.sub(r"\bN\b", str(n), info["footer_pattern"])
            assert near((foot["x0"] + foot["x1"]) / 2, page.width / 2, 1)
            assert all(near(c["size"], o["head_size"]) for c in foot["chars"])
            assert not page.lines or n == count  # no rules but the glossary's
        toc = pages[1]
        rows = toc.extract_text_lines()
        assert rows[1]["text"] == o["toc_title"] == info["toc_title"]
        assert all(blue(c) and near(c["size"], o["h1_size"]) for c in rows[1]["chars"])
        entries = rows[2:-1]
        assert [r["text"] for r in entries] == info["contents_lines"] and len(entries) == len(chapters)
        starts = {}
        for row, b in zip(entries, chapters, strict=True):
            heading, number = re.fullmatch(rf"({re.escape(b.text)}) \.{{3,}} (\d+)", row["text"]).groups()
            starts[heading] = int(number)
            assert near(row["x0"], left, 1) and near(row["x1"], right, 1)
            assert all(near(c["size"], o["toc_size"]) and face(c) == o["font"] for c in row["chars"])
        links = [a for a in (toc.annots or []) if "Link" in str(a.get("data", {}).get("Subtype"))]
        assert len(links) == len(chapters)
        found = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = [c for c in row["chars"] if c["text"] != " "]
                if not chars or not all(blue(c) for c in chars):
                    continue  # headings are the only blue lines
                level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                assert all(face(c) == o["font"] and near(c["size"], o["h1_size"] if level == 1 else o["h2_size"])
                           for c in chars) and near(row["x0"], left, 1)  # not bold
                if level == 1:
                    assert starts[row["text"]] == page.page_number
                found.append((level, row["text"]))
        assert found == [(b.level, b.text) for b in headings]
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            words = pages[e["page"] - 1].extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label.split()[0]
                         and b["text"] == f"{label.split()[1]}:" and face(a) == face(b) == o["bold"]
                         and near(a["x0"], left)]
                assert len(pairs) == 1, label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == f"{label}." and b["text"] == word
                     and face(a) == face(b) == o["font"] and near(a["x0"], left) and near(b["x0"], left + o["indent"])
                     and near(a["bottom"], b["bottom"])]
            assert len(pairs) == 1, (label, e["page"])
        full = short = 0
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][-1]) == o["font"]
                    and near(r["chars"][-1]["size"], o["size"]) and not blue(r["chars"][-1])]
            full += sum(near(r["x1"], right, 1) for r in rows)
            short += sum(r["x1"] < right - 12 for r in rows)
            gaps = {round(b["top"] - a["top"], 2) for a, b in itertools.pairwise(rows)}
            assert min(gaps) == o["leading"]
        assert full >= 150 and full > 2 * short  # justified: most lines reach the margin
        bullets = [c for p in pages for c in p.chars if c["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(c["x0"], left + o["bullet_at"]) for c in bullets)
        for page in pages:
            for row in page.extract_text_lines():
                if row["chars"][0]["text"] == o["bullet"]:
                    first = next(c for c in row["chars"][1:] if c["text"] != " ")
                    assert near(first["x0"], left + o["bullet_indent"])
        gloss = pages[-1]
        words = gloss.extract_words(extra_attrs=["fontname"])
        assert [w["text"] for w in words if w["text"] in ("Term", "Meaning")][:2] == ["Term", "Meaning"]
        assert all(face(w) == o["bold"] for w in words if w["text"] in ("Term", "Meaning"))
        assert not [r for r in gloss.rects if r.get("fill")]  # no shading
        down = [ln for ln in gloss.lines if near(ln["x0"], ln["x1"])]
        across = [ln for ln in gloss.lines if near(ln["top"], ln["bottom"])]
        assert len(down) >= 3 and len(across) >= len(report["glossary"]["entries"]) + 2
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_kentico_page_is_one_form_with_its_review_in_an_editable_text_web_part(generated: dict[str, Any]) -> None:
    """Quennford: a learning review published as a page of a Kentico site built with the Portal Engine: the title as
    "Site name - Page name", the http-equiv meta tags, the stylesheet from /CMSPages/GetResource.ashx, <body> classed
    "LTR Chrome ENGB ContentBody"; the whole page inside one <form id="form"> posting back to its .aspx URL, the hidden
    fields in div.aspNetHidden, the WebResource.axd and ScriptResource.axd scripts; the logo from the media library
    with the site's name as its alt; the CSS list menu with the page's section highlighted; the breadcrumbs' links and
    current item separated by "&gt;"; the review in one editable text web part: the <h1>, the fiction label in <em>,
    the other title-page lines, the PDF's media link, "Contents" over links to the named anchors before the <h2>
    chapters, <h3> sections unnumbered, each numbered paragraph a <p> opening with its typed "12." and a non-breaking
    space and its text against paragraph_texts, a factor list's bullets a <ul> after it, "Recommendation N:" in
    <strong>, the glossary a CKEditor table with a <thead>; the date line under the content; the footer outside the
    web part (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][QN]
    report = next(r for r in load_reports() if r["id"] == QN)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    c = KENTICO
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE html>") and soup.html["lang"] == "en-gb"
    assert squash(soup.title) == kentico_page_title(report, output) == info["page_title"] == (
        f"{output['site_name']} - {report['title']}")  # the title prefix first
    metas = {m["http-equiv"]: m["content"] for m in soup.find_all("meta", attrs={"http-equiv": True})}
    assert metas == {"content-type": "text/html; charset=UTF-8", "pragma": "no-cache",
                     "content-style-type": "text/css", "content-script-type": "text/javascript"}
    assert soup.find("meta", attrs={"name": "description"})["content"] == report["title_page"][0]
    sheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert sheets == [f"/CMSPages/GetResource.ashx?stylesheetname={c['stylesheet']}"]
    assert soup.body["class"] == ["LTR", "Chrome", "ENGB", "ContentBody"]
    forms = soup.find_all("form")
    url = "/" + "/".join(kentico_url_name(p) for p in output["path"]) + f"/{output['alias']}.aspx"
    assert len(forms) == 1 and forms[0]["id"] == "form" and forms[0]["method"] == "post" and forms[0]["action"] == url
    assert info["page_url"] == f"https://{output['domain']}{url}"
    assert all(el.find_parent("form") is forms[0] for el in soup.body.find_all(["div", "ul", "h1", "h2", "p"]))
    hidden = {i["name"]: i["value"] for i in soup.select("div.aspNetHidden > input[type=hidden]")}
    assert list(hidden) == ["__CMSCsrfToken", "__EVENTTARGET", "__EVENTARGUMENT", "__VIEWSTATE"]
    assert re.fullmatch(r"[0-9a-f]{48}", hidden["__CMSCsrfToken"]) and hidden["__VIEWSTATE"].startswith("/wEPDwU")
    scripts = [s["src"] for s in soup.find_all("script", src=True)]
    assert [s.split("?")[0] for s in scripts] == ["/WebResource.axd", "/ScriptResource.axd"]
    logo = soup.select_one("div.header a.logo img")
    assert logo["alt"] == output["site_name"] == info["site_name"]
    assert re.fullmatch(r"/getmedia/[0-9a-f-]{36}/qscp-logo\.aspx", logo["src"])
    menu = soup.select("ul#menuElem.CMSListMenuUL > li")
    assert [squash(li) for li in menu] == c["menu"]
    lit = [li for li in menu if li["class"] == ["CMSListMenuHighlightedLI"]]
    assert [squash(li) for li in lit] == [output["path"][0]] and lit[0].a["class"] == ["CMSListMenuLinkHighlighted"]
    assert all(li["class"] == ["CMSListMenuLI"] and li.a["class"] == ["CMSListMenuLink"]
               for li in menu if li not in lit)
    assert lit[0].a["href"] == f"/{kentico_url_name(output['path'][0])}.aspx"
    trail = soup.select_one("div.breadcrumbs")
    links = trail.select("a.CMSBreadCrumbsLink")
    assert [squash(a) for a in links] == ["Home", *output["path"]] and links[0]["href"] == "/Home.aspx"
    assert squash(trail.select_one("span.CMSBreadCrumbsCurrentItem")) == report["title"]
    assert squash(trail) == " > ".join(["Home", *output["path"], report["title"]]) == " > ".join(info["breadcrumbs"])
    part = soup.select_one(f"div.content > div#{c['text_id']}")
    assert re.fullmatch(r"p_lt_ctl\d\d_pageplaceholder_p_lt_ctl\d\d_\w+_ucEditableText", part["id"])
    h1s = soup.find_all("h1")
    assert len(h1s) == 1 and h1s[0].parent is part and squash(h1s[0]) == report["title"]
    children = [ch for ch in part.children if getattr(ch, "name", None)]
    lines = title_lines(report)
    assert [squash(p) for p in children[1:len(lines) + 1]] == lines == info["intro_lines"]
    assert squash(children[1].em) == FICTION_LABEL
    link = children[len(lines) + 1].a
    assert squash(link) == c["pdf_text"] and link["href"] == info["pdf_link"] and link["target"] == "_blank"
    assert re.fullmatch(rf"/getmedia/[0-9a-f-]{{36}}/{output['alias']}\.aspx\?ext=\.pdf", link["href"])
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    assert children[len(lines) + 2].name == "h2" and squash(children[len(lines) + 2]) == c["contents"]
    toc = children[len(lines) + 3]
    assert [squash(a) for a in toc.select("li > a")] == chapters == info["contents_lines"]
    anchors = [a["name"] for a in part.find_all("a", attrs={"name": True})]
    assert [a["href"] for a in toc.select("li > a")] == [f"#{n}" for n in anchors] == [
        f"#chapter-{i}" for i in range(1, len(chapters) + 1)]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for ch in children[len(lines) + 4:]:
        if ch.name == "a":
            assert ch.get_text() == "" and ch.find_next_sibling().name == "h2"  # the editor's anchor
        elif ch.name in ("h2", "h3"):
            assert not re.match(r"\d", ch.get_text())  # unnumbered
            assert (ch.find_previous_sibling().name == "a") == (ch.name == "h2")
            heads.append((1 if ch.name == "h2" else 2, ch.get_text()))
        elif ch.name == "table":
            assert heads[-1] == (1, "Glossary") and ch["border"] == "1" and ch["cellpadding"] == "5"
            assert [(th["scope"], squash(th)) for th in ch.select("thead th")] == [("col", "Term"), ("col", "Meaning")]
            got = [tuple(squash(td) for td in tr.find_all("td")) for tr in ch.select("tbody tr")]
            assert got == [tuple(r) for r in info["glossary"]] == [tuple(r) for r in report["glossary"]["entries"]]
            assert len(got) >= 9
        elif ch.name == "ul":
            label = ch.find_previous_sibling("p").get_text().split(".\u00a0")[0]
            assert [squash(li) for li in ch.find_all("li")] == list(numbered[label].bullets)
        else:
            assert ch.name == "p"
            if ch.strong is not None:
                assert ch.contents[0] is ch.strong and ch.strong.get_text().startswith("Recommendation ")
                recs.append(ch.get_text())
                continue
            m = re.match(rf"({LABEL_RE[QN]})\.\u00a0(.*)", ch.get_text(), re.S)  # typed, a stop and a no-break space
            if m is None:
                assert not re.match(r"\d+\. ", ch.get_text())
                loose.append(ch.get_text())
                continue
            label, body_text = m.groups()
            assert body_text == numbered[label].text
            nxt = ch.find_next_sibling()
            bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
            assert " ".join([body_text, *bullets]) == texts[(QN, label)]
            labels.append(label)
    assert "&nbsp;" in raw and ".&nbsp;" in raw.split(f'id="{c["text_id"]}"')[1]
    assert heads == [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] == [str(n) for n in range(
                                            1, len(labels) + 1)] and len(labels) >= 40
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    when = soup.select_one("div.content > p.last-updated")
    assert squash(when) == f"{c['updated']} {kentico_updated(output)}" == f"{c['updated']} {info['updated']}"
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", info["updated"]) and when.find_parent("div", id=c["text_id"]) is None
    footer = soup.select_one("div.footer")
    assert [squash(a) for a in footer.select("ul.footer-links a")] == c["footer_links"]
    assert squash(footer.select_one("p.copyright")) == f"\u00a9 {report['year']} {output['site_name']}" == (
        info["running_header_lines"][-1])
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_pdfreactor_pdf_bookmarks_every_heading_under_the_title_and_boxes_css_counter_numbers(
        generated: dict[str, Any]) -> None:
    """Pelsworth: a review written as HTML and printed to PDF by PDFreactor: producer "RealObjects PDFreactor(R) ...",
    the title, author and keywords from the HTML, A4, an outline of every heading with the cover's title first and
    "Contents", the chapters and the sections nested under it; the cover's purple panel with the title in white and no
    header or footer; on every later page the running title at the top left in grey 8.5 pt over a purple hairline and
    "Page N of M" at the bottom right; the contents on page 2, chapters and indented sections with spaced dot leaders
    to page numbers at the right margin and a link per entry; the review from page 3, every chapter at the top of a
    new page, purple Helvetica bold headings at the margin, each "3.4" in Helvetica bold at the margin with its first
    word after the 12 mm box on the same baseline and the paragraph's later lines back at the margin, Times 11 pt
    ragged right on 15 pt lines, bullets at 6 mm with their text at 12 mm, each recommendation beside a purple rule, the
    glossary's terms in bold with their meanings indented 8 mm; sections, splits and hyphenation (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][PS]
    report = next(r for r in load_reports() if r["id"] == PS)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = PDFREACTOR
    near = lambda a, b, d=0.6: abs(a - b) < d  # noqa: E731
    face = lambda ch: ch["fontname"].split("+")[-1]  # noqa: E731
    purple = lambda ch: ch["non_stroking_color"] is not None and all(  # noqa: E731
        near(a, b, 0.02) for a, b in zip(ch["non_stroking_color"], o["purple"], strict=True))
    headings = [b for b in blocks if b.kind == "heading"]
    left, right = o["left"], o["right"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == PDFREACTOR_PRODUCER and re.fullmatch(r"RealObjects PDFreactor\(R\) \d+\.\d+\.\d+",
                                                                          meta["Producer"])
        assert meta["Creator"] == PDFREACTOR_CREATOR
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        assert meta["Keywords"] == output["keywords"] == info["keywords"]
        marks = [(level, text) for level, text in info["bookmarks"]]
        assert marks == [(0, report["title"]), (1, o["toc_title"]), *((b.level, b.text) for b in headings)]
        outline = list(pdf.doc.get_outlines())
        assert [(lv - 1, t) for lv, t, *_ in outline] == marks  # the title first, everything nested under it
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 10
        assert all((p.width, p.height) == tuple(PDFREACTOR_PAGE) == tuple(info["page_size"]) for p in pages)
        cover = pages[0]
        panels = [r for r in cover.rects if r.get("fill")]
        assert len(panels) == 1 and near(panels[0]["x0"], 0) and near(panels[0]["x1"], cover.width)
        assert near(panels[0]["top"], 0) and near(panels[0]["bottom"], cover.height - o["panel"])
        rows = cover.extract_text_lines()
        assert " ".join(r["text"] for r in rows) == " ".join([report["title"], *title_lines(report)])
        title_chars = [ch for ch in cover.chars if ch["bottom"] < panels[0]["bottom"] and ch["text"] != " "]
        assert " ".join("".join(ch["text"] for ch in title_chars).split()) == report["title"].replace(" ", "")
        assert all(ch["non_stroking_color"] in ((1, 1, 1), [1, 1, 1], (1.0, 1.0, 1.0)) and face(ch) == o["sans_bold"]
                   and near(ch["size"], o["title_size"]) for ch in title_chars)  # white bold 26 pt in the panel
        assert not [ch for ch in cover.chars if near(ch["size"], o["head_size"])]  # no header or footer
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == info["header_lines"][0] == report["running_title"] == info["running_header_lines"][0]
            assert near(head["x0"], left, 1) and all(near(ch["size"], o["head_size"]) and not purple(ch)
                                                    and ch["non_stroking_color"][0] > 0.2 for ch in head["chars"])
            assert foot["text"] == pdfreactor_footer(n, count) == re.sub(r"\bN\b", str(n), info["footer_pattern"])
            assert near(foot["x1"], right, 1)
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"])]
            assert len(rules) == 1 and near(rules[0]["x0"], left) and near(rules[0]["x1"], right)
            assert near(rules[0]["top"], page.height - o["header_rule"], 1)
        toc = pages[1]
        rows = toc.extract_text_lines()
        assert rows[1]["text"] == o["toc_title"] == info["toc_title"]
        entries = rows[2:-1]
        assert [r["text"] for r in entries] == info["contents_lines"] and len(entries) == len(headings)
        starts = []  # (level, heading, page) as the contents give them; a section's name may come twice
        for row, b in zip(entries, headings, strict=True):
            heading, number = re.fullmatch(rf"({re.escape(b.text)}) (?:\. )+\. (\d+)", row["text"]).groups()
            starts.append((b.level, heading, int(number)))
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"]), 1) and near(row["x1"], right, 1)
            assert face(row["chars"][0]) == (o["sans_bold"] if b.level == 1 else o["font"])
        links = [a for a in (toc.annots or []) if "Link" in str(a.get("data", {}).get("Subtype"))]
        assert len(links) == len(headings)
        found = []
        for page in pages[2:]:
            rows = page.extract_text_lines()[1:-1]
            for i, row in enumerate(rows):
                chars = [ch for ch in row["chars"] if ch["text"] != " "]
                if not chars or not all(purple(ch) for ch in chars):
                    continue  # headings are the only purple lines of text
                level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                assert all(face(ch) == o["sans_bold"] and near(ch["size"], o["h1_size" if level == 1 else "h2_size"])
                           for ch in chars) and near(row["x0"], left, 1)
                if level == 1:
                    assert i == 0  # every chapter at the top of a new page
                found.append((level, row["text"], page.page_number))
        assert found == starts and [(lv, t) for lv, t, _p in found] == [(b.level, b.text) for b in headings]
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label.split()[0]
                         and b["text"] == f"{label.split()[1]}:" and face(a) == face(b) == "Times-Bold"
                         and near(a["x0"], left + o["rule_gap"])]
                assert len(pairs) == 1, label
                rule = [r for r in page.lines if near(r["x0"], r["x1"]) and near(r["x0"], left + o["rule_width"] / 2)
                        and r["top"] <= pairs[0][0]["top"] <= r["bottom"]]
                assert len(rule) == 1 and near(rule[0]["linewidth"], o["rule_width"]), label
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(words) if a["text"] == label and b["text"] == word
                     and face(a) == o["sans_bold"] and face(b) == o["font"] and near(a["x0"], left)
                     and near(b["x0"], left + o["number_box"]) and near(a["bottom"], b["bottom"])]
            assert len(pairs) == 1, (label, e["page"])
        back = short = 0
        gaps: set[float] = set()
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][0]) == o["font"]
                    and near(r["chars"][0]["size"], o["size"])]
            back += sum(near(r["x0"], left, 1) for r in rows)  # lines back at the margin after the first
            short += sum(r["x1"] < right - 12 for r in rows)
            gaps |= {round(b["top"] - a["top"], 2) for a, b in itertools.pairwise(rows)}
        assert min(gaps) == o["leading"]
        assert back >= 150 and short >= 40  # the body's lines return to the margin, and it is ragged right
        bullets = [ch for p in pages for ch in p.chars if ch["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(ch["x0"], left + o["bullet_at"]) for ch in bullets)
        for page in pages:
            for row in page.extract_text_lines():
                if row["chars"][0]["text"] == o["bullet"]:
                    first = next(ch for ch in row["chars"][1:] if ch["text"] != " ")
                    assert near(first["x0"], left + o["bullet_indent"])
        terms = []
        for page in pages[next(p for lv, t, p in starts if (lv, t) == (1, "Glossary")) - 1:]:
            for row in page.extract_text_lines()[1:-1]:
                first = row["chars"][0]
                if purple(first):
                    continue
                if face(first) == o["sans_bold"]:
                    assert near(row["x0"], left)  # the term on a line of its own
                    terms.append(row["text"])
                else:
                    assert face(first) == o["font"] and near(row["x0"], left + o["term_indent"])  # the meaning
            assert not [r for r in page.rects if r.get("fill")] and not [ln for ln in page.lines
                                                                          if near(ln["x0"], ln["x1"])]
        assert terms == [t for t, _m in report["glossary"]["entries"]] and len(terms) >= 9
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_aem_page_is_a_grid_of_core_components_with_bold_typed_numbers(generated: dict[str, Any]) -> None:
    """Ulverdon: a review published as a page of a council's Adobe Experience Manager site built from Core Components:
    the title as "Page title | Site name", the template meta, the canonical link to the mapped .html URL, the client
    library from /etc.clientlibs/, <body class="page basicpage"> with the Adobe Client Data Layer pushed in a script; a
    root container's responsive grid of components, each in a div classed by its name and its grid column and holding
    its markup with a generated id and a data-cmp-data-layer JSON that repeats its title or text; the navigation with
    the page's section active; the breadcrumb component's schema.org list ending in the page's own item, current and
    unlinked; the <h1> a title component; the title-page lines a text component with the label in <i>; the PDF a
    download component from the DAM with its file name, size and format; the table of contents component ("On this
    page") listing every chapter and, nested, every section as links to the title components' ids; chapters <h2> title
    components with their numbers typed ("3 What happened") and sections <h3> ones, unnumbered; each numbered paragraph
    a <p> opening with its number in <b> and its text against paragraph_texts, a factor list's bullets a <ul> after it,
    "Recommendation N:" in <b>, the glossary a table whose head row of <th> is inside its <tbody>; the date line; the
    footer's links and copyright (BeautifulSoup only)."""
    from bs4 import BeautifulSoup

    info = generated["expected"][UL]
    report = next(r for r in load_reports() if r["id"] == UL)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    texts = paragraph_texts()
    a = AEM
    raw = (generated["dir"] / info["file"]).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    squash = lambda el: " ".join(el.get_text().split())  # noqa: E731
    assert raw.startswith("<!DOCTYPE HTML>") and soup.html["lang"] == "en-GB"
    assert squash(soup.title) == aem_page_title(report, output) == info["page_title"] == (
        f"{report['title']} | {output['site_name']}")  # the page's title first, the site's name after a bar
    assert soup.find("meta", attrs={"name": "template"})["content"] == "content-page"
    assert soup.find("meta", attrs={"name": "description"})["content"] == report["title_page"][0]
    url = "/en/" + "/".join(aem_url_name(p) for p in output["path"]) + f"/{output['page_name']}.html"
    assert soup.find("link", rel="canonical")["href"] == info["page_url"] == f"https://{output['domain']}{url}"
    sheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert len(sheets) == 1 and re.fullmatch(
        rf"/etc\.clientlibs/{a['site']}/clientlibs/clientlib-base\.lc-[0-9a-f]{{32}}-lc\.min\.css", sheets[0])
    scripts = [s["src"] for s in soup.find_all("script", src=True)]
    assert scripts and all(s.startswith("/etc.clientlibs/") and s.endswith("-lc.min.js") for s in scripts)
    body = soup.body
    assert body["class"] == ["page", "basicpage"] and re.fullmatch(r"page-[0-9a-f]{10}", body["id"])
    assert body.has_attr("data-cmp-data-layer-enabled") and "adobeDataLayer.push" in body.script.get_text()
    root = body.select_one("div.root.container.responsivegrid > div.cmp-container > div.aem-Grid")
    assert root is not None and "aem-Grid--12" in root["class"]
    parts = soup.select("div.cmp-title, div.cmp-text")
    assert parts
    for part in parts:  # each component's markup in its grid column, with its id and its data layer entry
        kind = part["class"][0].removeprefix("cmp-")
        holder = part.parent
        assert holder["class"][0] == kind and "aem-GridColumn--default--12" in holder["class"]
        assert holder.find_parent("div", class_="aem-Grid") is root and re.fullmatch(rf"{kind}-[0-9a-f]{{10}}",
                                                                                     part["id"])
        entry = json.loads(part["data-cmp-data-layer"])[part["id"]]
        assert entry["@type"] == f"{a['site']}/components/{kind}"
        if kind == "title":
            assert entry["dc:title"] == squash(part)
        else:  # the text component's rich text, repeated in the data layer
            assert squash(BeautifulSoup(entry["xdm:text"], "html.parser")) == squash(part)
    nav = soup.select("nav.cmp-navigation li.cmp-navigation__item--level-0")
    assert [squash(li) for li in nav] == a["menu"]
    lit = [li for li in nav if "cmp-navigation__item--active" in li["class"]]
    assert [squash(li) for li in lit] == [output["path"][0]]
    assert lit[0].a["href"] == f"/en/{aem_url_name(output['path'][0])}.html"
    crumbs = soup.select("nav.cmp-breadcrumb > ol.cmp-breadcrumb__list > li.cmp-breadcrumb__item")
    assert [squash(li) for li in crumbs] == ["Home", *output["path"], report["title"]] == info["breadcrumbs"]
    assert [li.find("meta", itemprop="position")["content"] for li in crumbs] == [str(i) for i in range(
        1, len(crumbs) + 1)]
    assert crumbs[0].a["href"] == "/en.html" and crumbs[-2].a["href"] == url.rsplit("/", 1)[0] + ".html"
    last = crumbs[-1]
    assert "cmp-breadcrumb__item--active" in last["class"] and last["aria-current"] == "page" and last.a is None
    h1s = soup.find_all("h1")
    assert len(h1s) == 1 and h1s[0]["class"] == ["cmp-title__text"] and squash(h1s[0]) == report["title"]
    assert h1s[0].parent["id"] == info["h1_id"]
    comps = [d for d in root.select("main > div") if "aem-GridColumn--default--12" in d["class"]]
    intro = comps[1].select_one("div.cmp-text")
    lines = title_lines(report)
    assert [squash(p) for p in intro.find_all("p")] == lines == info["intro_lines"]
    assert squash(intro.p.i) == FICTION_LABEL
    download = comps[2].select_one("div.cmp-download")
    link = download.select_one("a.cmp-download__title-link")
    assert squash(link) == a["pdf_title"] and link["href"] == info["pdf_link"]
    assert re.fullmatch(rf"/content/dam/{a['site']}/[\w/-]+/{output['page_name']}\.pdf", link["href"])
    props = {squash(d.dt): squash(d.dd) for d in download.select("dl.cmp-download__properties > div")}
    assert props == {"Filename": f"{output['page_name']}.pdf", "Size": output["pdf_size"], "Format": "PDF"}
    assert download.select_one("a.cmp-download__action")["href"] == link["href"]
    toc = comps[3].select_one("div.cmp-toc")
    assert squash(toc.select_one("p.cmp-toc__title")) == a["toc_title"] == info["toc_title"]
    headings = [b for b in blocks if b.kind == "heading"]
    links = toc.select("a.cmp-toc__item-link")
    assert [squash(x) for x in links] == [b.text for b in headings] == info["contents_lines"]
    for x, b in zip(links, headings, strict=True):  # sections nested in their chapter's item
        assert len(x.find_parents("li", class_="cmp-toc__item")) == b.level
    ids = [x["href"].removeprefix("#") for x in links]
    numbered = {b.label: b for b in blocks if b.kind in ("para", "factor")}
    heads, labels, loose, recs = [], [], [], []
    for comp in comps[4:-1]:
        part = comp.find("div", recursive=False)
        if "cmp-title" in part["class"]:
            h = part.find(["h2", "h3"], class_="cmp-title__text")
            assert part["id"] == ids[len(heads)]  # the table of contents' target
            heads.append((2 if h.name == "h3" else 1, h.get_text()))
            continue
        for ch in [c for c in part.children if getattr(c, "name", None)]:
            if ch.name == "table":
                assert heads[-1] == (1, "Glossary") and ch["border"] == "1" and ch.thead is None
                rows = ch.tbody.find_all("tr", recursive=False)
                assert [(th["scope"], squash(th)) for th in rows[0].find_all("th")] == [("col", "Term"),
                                                                                      ("col", "Meaning")]
                got = [tuple(squash(td) for td in tr.find_all("td")) for tr in rows[1:]]
                assert got == [tuple(r) for r in info["glossary"]] == [tuple(r) for r in report["glossary"]["entries"]]
                assert len(got) >= 9
            elif ch.name == "ul":
                label = ch.find_previous_sibling("p").b.get_text()
                assert [squash(li) for li in ch.find_all("li")] == list(numbered[label].bullets)
            else:
                assert ch.name == "p"
                if ch.b is None:
                    loose.append(ch.get_text())
                    continue
                assert ch.contents[0] is ch.b
                if ch.b.get_text().startswith("Recommendation "):
                    recs.append(ch.get_text())
                    continue
                label = ch.b.get_text()
                assert re.fullmatch(LABEL_RE[UL], label) and ch.contents[1].startswith(" ")  # typed, in bold
                body_text = ch.get_text()[len(label) + 1:]
                assert body_text == numbered[label].text
                nxt = ch.find_next_sibling()
                bullets = [squash(li) for li in nxt.find_all("li")] if nxt is not None and nxt.name == "ul" else []
                assert " ".join([body_text, *bullets]) == texts[(UL, label)]
                labels.append(label)
    assert heads == [(b.level, b.text) for b in headings]
    assert all(re.match(r"\d+ \S", t) for lv, t in heads[1:-1] if lv == 1)  # a chapter's number typed before it
    assert not any(re.match(r"\d+\.\d+ ", t) for lv, t in heads if lv == 2)  # no "3.1" on a section
    assert labels == list(numbered) == [e["paragraph"] for e in info["paragraphs"]
                                        if not e["paragraph"].startswith("Rec")] and len(labels) >= 40
    assert loose == [b.text for b in blocks if b.kind == "unnumbered"]  # the foreword
    assert recs == [f"{b.label}: {b.text}" for b in blocks if b.kind == "rec"] and len(recs) >= 5
    assert squash(comps[-1]) == f"{a['updated']} {aem_updated(output)}" == f"{a['updated']} {info['updated']}"
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", info["updated"])
    footer = soup.select_one("div.cmp-experiencefragment--footer")
    assert [squash(x) for x in footer.select("ul.footer-links a")] == a["footer_links"]
    assert squash(footer.select_one("p.copyright")) == f"\u00a9 {output['site_name']} {report['year']}" == (
        info["running_header_lines"][-1])
    assert footer.find_parent("main") is None
    assert all(e["page"] is None for e in info["paragraphs"]) and info["page_count"] is None


def test_foxit_pdf_bookmarks_word_headings_and_numbers_pages_with_an_accent_bar(generated: dict[str, Any]) -> None:
    """Vexford: a review written in Word and converted to PDF with the Foxit PDF Editor add-in: producer "Foxit PDF
    Editor Printer Version ...", creator the Word that printed it, the title, author and subject from the DOCX, A4; an
    outline of Word's headings, chapters at the top level and sections under them, nothing for the title page or the
    contents; the title page bare of header and footer, the title in bold 22 pt dark teal over a teal rule; on every
    later page the running title at the left in grey 9 pt over one thin rule and Word's "Accent Bar 2" number at the
    right of the foot, "N | Page", the number in bold; Word's contents on page 2, chapters in bold at the margin and
    sections indented, dot leaders to page numbers at the right margin, a link per line; the review from page 3,
    teal bold headings at the margin on the pages the contents give, each chapter over a teal rule; each "12." at the
    margin and its text at the hanging indent of 0.76 cm on one baseline, the text's later lines at the hanging
    indent, ragged right on 15 pt lines; bullets at 0.63 cm and their text at 1.27 cm; "Recommendation N:" in bold;
    the glossary's head row filled teal with white bold text; sections, splits and hyphenation (pdfplumber only)."""
    import pdfplumber

    info = generated["expected"][VX]
    report = next(r for r in load_reports() if r["id"] == VX)
    output = report["outputs"][0]
    blocks = build_blocks(report)
    o = FOXIT
    near = lambda x, y, d=0.6: abs(x - y) < d  # noqa: E731
    face = lambda ch: ch["fontname"].split("+")[-1]  # noqa: E731
    colour = lambda ch, rgb: ch["non_stroking_color"] is not None and len(ch["non_stroking_color"]) == 3 and all(  # noqa: E731
        near(x, y, 0.02) for x, y in zip(ch["non_stroking_color"], rgb, strict=True))
    headings = [b for b in blocks if b.kind == "heading"]
    left, right = o["left"], o["right"]
    with pdfplumber.open(generated["dir"] / info["file"]) as pdf:
        meta = pdf.metadata
        assert meta["Producer"] == FOXIT_PRODUCER and re.fullmatch(r"Foxit PDF Editor Printer Version \d+(\.\d+){3}",
                                                                    meta["Producer"])
        assert meta["Creator"] == FOXIT_CREATOR
        assert meta["Title"] == report["title"] == info["pdf_title"]
        assert meta["Author"] == output["author"] == info["author"]
        assert meta["Subject"] == output["subject"] == info["subject"]
        marks = [(level, text) for level, text in info["bookmarks"]]
        assert marks == [(b.level - 1, b.text) for b in headings]  # Heading 1 at the top, Heading 2 under it
        assert [(lv - 1, t) for lv, t, *_ in pdf.doc.get_outlines()] == marks
        pages = list(pdf.pages)
        count = info["page_count"]
        assert len(pages) == count >= 8
        assert all((p.width, p.height) == tuple(FOXIT_PAGE) == tuple(info["page_size"]) for p in pages)
        cover = pages[0]
        rows = cover.extract_text_lines()
        assert " ".join(r["text"] for r in rows) == " ".join([report["publisher"].replace(" (fictional)", ""),
                                                             report["title"], *title_lines(report)])
        title_chars = [ch for ch in cover.chars if near(ch["size"], o["title_size"]) and ch["text"] != " "]
        assert "".join(ch["text"] for ch in title_chars) == report["title"].replace(" ", "")
        assert all(face(ch) == o["bold"] and colour(ch, o["dark"]) for ch in title_chars)
        rule = [ln for ln in cover.lines if near(ln["top"], ln["bottom"])]
        assert len(rule) == 1 and rule[0]["top"] > max(ch["bottom"] for ch in title_chars)  # under the title
        assert not [ch for ch in cover.chars if near(ch["size"], o["head_size"])]  # no header or footer
        for page in pages[1:]:
            n = page.page_number
            rows = page.extract_text_lines()
            head, foot = rows[0], rows[-1]
            assert head["text"] == info["header_lines"][0] == report["running_title"] == info["running_header_lines"][0]
            assert near(head["x0"], left, 1) and all(near(ch["size"], o["head_size"]) and colour(ch, o["grey"])
                                                     for ch in head["chars"])
            assert foot["text"] == foxit_footer(n) == re.sub(r"\bN\b", str(n), info["footer_pattern"])
            assert near(foot["x1"], right, 1)
            digits = [ch for ch in foot["chars"] if ch["text"].isdigit()]
            assert digits and all(face(ch) == o["bold"] for ch in digits)
            assert all(colour(ch, o["grey"]) for ch in foot["chars"] if ch["text"] in "|Page")
            rules = [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and near(ln["top"], page.height
                                                                                        - o["header_rule"], 1)]
            assert len(rules) == 1 and near(rules[0]["x0"], left) and near(rules[0]["x1"], right)
        toc = pages[1]
        rows = toc.extract_text_lines()
        assert rows[1]["text"] == o["toc_title"] == info["toc_title"]
        entries = rows[2:2 + len(headings)]
        assert [r["text"] for r in entries] == info["contents_lines"]
        starts = []
        for row, b in zip(entries, headings, strict=True):
            heading, number = re.fullmatch(rf"({re.escape(b.text)}) \.{{3,}} (\d+)", row["text"]).groups()
            starts.append((b.level, heading, int(number)))
            assert near(row["x0"], left + (0 if b.level == 1 else o["toc_indent"]), 1) and near(row["x1"], right, 1)
            assert face(row["chars"][0]) == (o["bold"] if b.level == 1 else o["font"])
        links = [x for x in (toc.annots or []) if "Link" in str(x.get("data", {}).get("Subtype"))]
        assert len(links) == len(headings)
        found = []
        for page in pages[2:]:
            for row in page.extract_text_lines()[1:-1]:
                chars = [ch for ch in row["chars"] if ch["text"] != " "]
                if not chars or not all(colour(ch, o["teal"]) for ch in chars):
                    continue  # headings are the only teal lines of text
                level = 1 if near(chars[0]["size"], o["h1_size"]) else 2
                assert all(face(ch) == o["bold"] and near(ch["size"], o["h1_size" if level == 1 else "h2_size"])
                           for ch in chars) and near(row["x0"], left, 1)
                if level == 1:  # the chapter's bottom border
                    assert [ln for ln in page.lines if near(ln["top"], ln["bottom"]) and 0 < ln["top"] - row["bottom"]
                            < 8 and near(ln["x0"], left) and near(ln["x1"], right)]
                found.append((level, row["text"], page.page_number))
        assert found == starts and [(lv, t) for lv, t, _p in found] == [(b.level, b.text) for b in headings]
        assert pages[2].extract_text_lines()[1]["text"] == headings[0].text  # the review from page 3
        for e in info["paragraphs"]:
            label, word = e["paragraph"], e["starts_with"].split()[0]
            page = pages[e["page"] - 1]
            words = page.extract_words(extra_attrs=["fontname", "size"])
            if label.startswith("Recommendation"):
                pairs = [(x, y) for x, y in itertools.pairwise(words) if x["text"] == label.split()[0]
                         and y["text"] == f"{label.split()[1]}:" and face(x) == face(y) == o["bold"]
                         and near(x["x0"], left)]
                assert len(pairs) == 1, label
                continue
            pairs = [(x, y) for x, y in itertools.pairwise(words) if x["text"] == f"{label}." and y["text"] == word
                     and near(x["x0"], left) and near(y["x0"], left + o["indent"]) and near(x["bottom"], y["bottom"])]
            assert len(pairs) == 1, (label, e["page"])
        hanging = short = 0
        gaps: set[float] = set()
        for page in pages[2:-1]:
            rows = [r for r in page.extract_text_lines()[1:-1] if face(r["chars"][0]) == o["font"]
                    and near(r["chars"][0]["size"], o["size"])]
            hanging += sum(near(r["x0"], left + o["indent"], 1) for r in rows)  # a list paragraph's later lines
            short += sum(r["x1"] < right - 12 for r in rows)
            gaps |= {round(y["top"] - x["top"], 2) for x, y in itertools.pairwise(rows)}
        assert min(gaps) == o["leading"]
        assert hanging >= 150 and short >= 60  # the text hangs at the list's indent, and it is ragged right
        bullets = [ch for p in pages for ch in p.chars if ch["text"] == o["bullet"]]
        assert len(bullets) == sum(len(b.bullets) for b in blocks) >= 12
        assert all(near(ch["x0"], left + o["bullet_at"]) for ch in bullets)
        for page in pages:
            for row in page.extract_text_lines():
                if row["chars"][0]["text"] == o["bullet"]:
                    first = next(ch for ch in row["chars"][1:] if ch["text"] != " ")
                    assert near(first["x0"], left + o["bullet_indent"])
        gloss = next(p for lv, t, p in starts if (lv, t) == (1, "Glossary"))
        page = pages[gloss - 1]
        fills = [r for r in page.rects if r.get("fill") and colour({"non_stroking_color": r["non_stroking_color"]},
                                                                   o["teal"])]
        assert len(fills) == 1 and near(fills[0]["x0"], left)  # the head row
        heads = [w for w in page.extract_words(extra_attrs=["fontname", "non_stroking_color"])
                 if fills[0]["top"] <= w["top"] <= fills[0]["bottom"]]
        assert [w["text"] for w in heads] == ["Term", "Meaning"] and all(
            face(w) == o["bold"] and tuple(w["non_stroking_color"]) in ((1, 1, 1), (1.0, 1.0, 1.0)) for w in heads)
        text = "\n".join(p.extract_text() for p in pages[gloss - 1:])
        terms = [t for t, _m in report["glossary"]["entries"]]
        assert [t for t in terms if re.search(rf"(^|\n){re.escape(t)}\b", text)] == terms and len(terms) >= 9
    assert {e["section"] for e in info["paragraphs"]} <= {b.text for b in headings}
    assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3 and info["hyphenated_words"]


def test_expected_json_is_consistent(generated: dict[str, Any]) -> None:
    for rid, info in generated["expected"].items():
        labels = [e["paragraph"] for e in info["paragraphs"]]
        if rid == BR:  # no printed numbers at all: every paragraph cites by page
            assert set(labels) == {None} and 45 <= len(labels) <= 70
            assert len({e["starts_with"] for e in info["paragraphs"]}) == len(labels)
        else:
            assert len(labels) == len(set(labels)), rid
            numbered = [x for x in labels if not x.startswith("Recommendation ")]
            recs = [x for x in labels if x.startswith("Recommendation ")]
            assert 45 <= len(numbered) <= 70, rid
            assert all(re.fullmatch(LABEL_RE[rid], x) for x in numbered), rid
            assert recs == [f"Recommendation {i}" for i in range(1, len(recs) + 1)] and len(recs) >= 5
            if rid in (SH, SP, HF, GH, LF, CW, PN, FN, PF, OS, KS, BC, TH, BW, SG, ME, DV, QS, CA, HX,
                       OR, WD, RH, CL, TN, EH, CK, DU, KB, TK, SX, QR, KT, RM, OX, SV, GN, BH, LH, YF, LA,
                       WF, FB, HM, SM, KW, HS, FE, HK, QN, VX):
                assert numbered == [str(i) for i in range(1, len(numbered) + 1)]
            if rid == TB:  # a summary numbered 1, 2, 3 ... then "i.k" from the first chapter on
                summary = [x for x in numbered if "." not in x]
                assert summary == [str(i) for i in range(1, len(summary) + 1)] and len(summary) >= 5
                assert numbered[len(summary)] == "1.1" and all("." in x for x in numbered[len(summary):])
            if rid == CD:  # a findings table: its rows are cited "Finding 1", "Finding 2" ..., after the chapter's
                findings = [x for x in numbered if x.startswith("Finding ")]  # own numbered paragraphs
                assert findings == [f"Finding {i}" for i in range(1, len(findings) + 1)] and len(findings) >= 6
                assert numbered.index("Finding 1") + len(findings) == numbered.index("6.1")
            if rid in (KV, AS, WR, TB, MB, BT, HW, CD, QB, TW, WX, FM, WY, GS, SB, TS, CV, CR, AB, FD,
                       SL, AU, TC, WH, FW, WP, LX, HB, SC, AF, MW, PW, EY, WB, KF, BX, TU, WZ, HY, OB,
                       SK, OM, EL, WN, CS, MD, DH, TG, WA, TV, GB, PS, UL):  # "i.k"
                prev = (0, 0)
                for sec, k in (tuple(map(int, x.split("."))) for x in numbered if "." in x):
                    assert sec >= prev[0] and k == (prev[1] + 1 if sec == prev[0] else 1), (rid, sec, k)
                    prev = (sec, k)
            if rid in (ST, PY, TZ):  # "B.12": the chapter letters run A, B, C ... and k runs 1, 2, ... under each
                pairs = [(ord(x[0]) - 64, int(x[2:])) for x in numbered]
                assert pairs[0] == (1, 1)
                for (sec0, k0), (sec, k) in itertools.pairwise(pairs):
                    assert (sec, k) in ((sec0, k0 + 1), (sec0 + 1, 1)), (rid, sec, k)
        assert ("printed_label" in info["paragraphs"][0]) == (rid in (HF, CW, PF, KS))
        if rid == KS:  # cited "12", printed "Paragraph 12" on a line of its own; recommendations have no printed label
            assert all(e["printed_label"] == f"Paragraph {e['paragraph']}" for e in info["paragraphs"]
                       if not e["paragraph"].startswith("Rec"))
        if rid == PF:  # cited "12", typed "12)"; recommendations have no printed label
            assert all(e["printed_label"] == f"{e['paragraph']})" for e in info["paragraphs"]
                       if not e["paragraph"].startswith("Rec"))
        if rid == CW:  # cited "12", printed "[12]"; recommendations have no printed label
            assert all(e["printed_label"] == f"[{e['paragraph']}]" for e in info["paragraphs"]
                       if not e["paragraph"].startswith("Rec"))
        assert len(info["unnumbered_starts_with"]) >= 2 and info["contents_lines"]
        if rid in GLOSSED:
            assert len(info["glossary"]) >= 8 and info["front_matter_lines"][1] == FICTION_LABEL
            assert GLOSSED[rid] in [abbr for abbr, _ in info["glossary"]]
        else:
            assert "glossary" not in info and "front_matter_lines" not in info
        for e in info["paragraphs"]:
            assert _norm(_text_of(rid, e)).startswith(e["starts_with"]), (rid, e)
            assert (len(e["starts_with"].split()) == 8 or e["starts_with"] == WITHHELD) and e["section"]
        pages = [e["page"] for e in info["paragraphs"]]
        if info["format"] in ("html", "md") and rid not in (GS, QS):  # the converted page and the accessible edition
            # keep their PDF's pages
            assert pages == [None] * len(pages) and info["page_count"] is None
        else:
            first_body = 1 if rid == SL else 0 if rid in (HY, MO) else 2  # a web page printed by a service, a Drupal
            # node rendered by dompdf, or groff's ms with its title block, has no title page of its own; the node's
            # review, and the ms review, start on page 1
            assert pages == sorted(pages) and pages[0] > first_body and pages[-1] <= info["page_count"]
        if info["format"] == "pdf":
            assert sum(e["split_across_pages"] for e in info["paragraphs"]) >= 3, rid
            assert info["hyphenated_words"], rid
        elif rid not in (HF, RV, ST, FM, WY, GS, TS, DV, QS, OR, BH):  # Word's page marks (and a PDF's pages kept in a
            # web page, converted or marked for screen readers, or in a DOCX converted from it) split them
            assert not any(e["split_across_pages"] for e in info["paragraphs"])


def test_pdf_start_pages_match_extracted_text(generated: dict[str, Any], pdf_pages: dict) -> None:
    for rid, pages in pdf_pages.items():
        info = generated["expected"][rid]
        flat = [_flat(text, info) for text in pages]
        for e in info["paragraphs"]:
            label, first = e["paragraph"], re.escape(e["starts_with"].split()[0])
            if label is None:  # unnumbered: its first words open a line, on exactly one page
                found = [i for i, text in enumerate(pages, start=1) if re.search(rf"(^|\n){first}\b", text)
                         and f" {e['starts_with']}" in f" {flat[i - 1]}"]
            else:
                if rid in (NM, BC) and label.startswith("Recommendation"):  # label on its own line
                    pattern = rf"(^|\n){label}\n{first}"
                elif rid == KS and not label.startswith("Recommendation"):  # "Paragraph 12" on its own line (a
                    pattern = rf"(^|\n){e['printed_label']}\n(?:\d\n)?{first}"  # note marker raised above line 1)
                elif rid == BT and not label.startswith("Recommendation"):  # number at the end of the first line
                    pattern = rf"(^|\n){first}\b[^\n]* {re.escape(label)}(\n|$)"
                elif rid == RM and not label.startswith("Recommendation") and e["page"] % 2:  # likewise on a recto
                    pattern = rf"(^|\n){first}\b[^\n]* {re.escape(label)}(\n|$)"  # page (the outside margin)
                elif rid == CD and label.startswith("Finding"):  # a table row: the label opens the row's first line,
                    pattern = rf"(^|\n){label}\b"  # the other cells' first lines beside it
                else:
                    pattern = rf"(^|\n){re.escape(e.get('printed_label', label))}[.:]? {first}"
                found = [i for i, text in enumerate(pages, start=1) if re.search(pattern, text)]
            assert found == [e["page"]], (rid, label, e["starts_with"], found, e["page"])


def test_pdf_split_paragraphs_continue_on_a_later_page(pdf_pages: dict, generated: dict) -> None:
    for rid, pages in pdf_pages.items():
        info = generated["expected"][rid]
        flat = [_flat(text, info) for text in pages] + [""]
        for e in info["paragraphs"]:
            if rid == CD and e["paragraph"].startswith("Finding"):
                continue  # table rows: their cells are read cell by cell in the findings-table test
            tail = " ".join(_norm(_text_of(rid, e)).split()[-3:])
            end_page = next(i + (tail not in flat[i - 1]) for i in range(e["page"], len(pages) + 1)
                            if tail in flat[i - 1] or tail in f"{flat[i - 1]} {flat[i]}")
            assert (end_page > e["page"]) == e["split_across_pages"], (rid, e["paragraph"])


def test_pdf_running_matter_contents_and_hyphenation(generated: dict, pdf_pages: dict) -> None:
    for rid, pages in pdf_pages.items():
        info = generated["expected"][rid]
        if rid in (OS, SL, HY, FE):  # a browser (or a web-to-print service, or dompdf drawing a theme's fixed header
            # and footer, or TCPDF's default header) prints its running lines on every page
            assert all(info["running_header_lines"][0] in text.splitlines()[0] for text in pages)
        else:
            assert info["running_header_lines"][0] not in pages[0]  # no header on the title page
        *header, footer = info["running_header_lines"]
        if rid == BC:  # facing pages: "N | title" on even pages, "title | N" on odd ones; no header
            header = []
        if rid == GN:  # one header; the footer's number at the outside edge: "N title" on even pages, "title N" on odd
            header = header[:1]
        for number, text in enumerate(pages[1:], start=2):
            lines = text.splitlines()
            if rid == BC:
                footer = info["running_header_lines"][number % 2]
            if rid == GN:
                footer = info["running_header_lines"][1 + number % 2]
            if rid == SB:  # two printed pages to a sheet: their folios side by side at the foot
                footer = " ".join(info["printed_pages"][number - 1])
            if rid == WZ:  # an agenda pack: the pack's stamp counts from the covering report; the review's running
                footer = stamp(info["pack_pages"][number - 1])  # title heads its own pages after its title page
                header = info["running_header_lines"][:1] if (info["report_pages"][number - 1] or 0) > 1 else []
            if rid == AM:  # a DocBook book: the folio its own (roman in the front matter), the header the section the
                footer = info["page_labels"][number - 1]  # page's first text belongs to, none on a chapter's first page
                header = [info["header_titles"][number - 1]] if info["header_titles"][number - 1] else []
            if rid == OB:  # WeasyPrint's margin boxes: the running title, and the chapter's string set on or carried to
                header = [info["running_header_lines"][0], info["header_titles"][number - 1]]  # the page
            if rid == MO:  # groff's ms: the folio centred at the foot, arabic in the body, roman on the contents at the
                footer = f"- {info['page_labels'][number - 1]} -"  # end
            if rid == OM:  # ConTeXt: the running title at the left of the header and the page number at its right; no
                assert lines[0] == f"{info['running_header_lines'][0]} {number}", (rid, number)  # footer
                continue
            if rid == FB:  # AH Formatter's facing pages: the running title heads a verso, the current chapter's title a
                header = [info["header_titles"][number - 1]]  # recto; the folio alone at the foot
            assert lines[-1] == re.sub(r"\bN\b", str(number), footer), (rid, number)
            for line in header:
                assert line in "\n".join(lines[:2]), (rid, number, line)
        if rid == SL:  # the web page's "On this page" list of links, on page 1 under the title
            contents = pages[0]
            assert WEBPRINT["on_this_page"] in contents.splitlines()
        elif rid == WZ:  # the review's own contents, on its own page 2, after the front sheet and the covering report
            contents = pages[info["report_first_page"]]
            assert "Contents" in contents.splitlines()[:3]
        elif rid == HY:  # the node's body opens with the editor's list of links to the chapters, on page 1
            contents = pages[0]
            assert DOMPDF["contents"] in contents.splitlines()
        elif rid == MO:  # ms's table of contents where .TC puts it, at the end, after the glossary
            contents = pages[-1]
            assert contents.splitlines()[1] == info["toc_title"] == GROFF["toc_title"]
        elif rid == AM:  # DocBook's "Table of Contents" of chapters and sections, giving the folios as printed
            contents = pages[1]
            assert contents.splitlines()[0] == info["toc_title"]
            for entry in info["contents_lines"]:
                heading, label = re.fullmatch(r"(.+?) \.{3,} ([ivx]+|\d+)", entry).groups()
                page = info["page_labels"].index(label) + 1  # the PDF page that prints that folio
                assert re.search(rf"(^|\n)(Chapter )?{re.escape(heading)}(\n|$)", pages[page - 1]), (rid, entry)
        else:
            contents = pages[1]
            assert "Contents" in contents.splitlines()[:3]
        for entry in info["contents_lines"]:
            assert entry in contents, (rid, entry)
            if rid == AM:  # its printed folios, checked above
                continue
            if rid == OS:  # a web page's contents: links to the headings, no page numbers
                assert re.search(rf"(^|\n){re.escape(entry)}(\n|$)", "\n".join(pages[2:])), (rid, entry)
                continue
            if rid in (SL, HY):  # likewise, the list and the headings both on the pages (the list's own on page 1)
                assert "\n".join(pages).splitlines().count(entry) == 2, (rid, entry)
                continue
            heading, page = re.fullmatch(r"(.+?)(?: (?:\.{3,}|\.(?: \.){2,}))? (\d+)", entry).groups()  # leaders
            # solid or spaced (". . .", PDFreactor's leader(" . "))
            sheet = (int(page) + 1) // 2 if rid == SB else int(page)  # the booklet's contents give printed pages,
            if rid == WZ:  # the agenda pack's appendix its own page numbers
                sheet = int(page) + info["report_first_page"] - 1
            assert re.search(rf"(^|\n){re.escape(heading)}(\n|$)", pages[sheet - 1]), (rid, entry)
        body = "\n".join(pages if rid in (SL, HY, MO) else pages[2:])  # the web page's (the node's, the ms
        # review's) text starts on page 1
        if rid == BT:  # a first line ends in its paragraph's number, set in the right margin
            body = re.sub(r"(?m) \d+\.\d+$", "", body)
        if rid == RM:  # a first line on a recto page ends in its paragraph's number, in the outside margin
            body = re.sub(r"(?m) \d+$", "", body)
        for word in info["hyphenated_words"]:
            breaks = re.findall(r"(\w+)-\n(\w+)", body)
            assert any(a + b == word for a, b in breaks), (rid, word)
        for compound in info["broken_compounds"]:
            head, rest = compound.split("-", 1)
            assert f"{head}-\n{rest}" in body, (rid, compound)


# ------------------------------------------------------------------------------ source text
def test_reports_are_fictional_and_well_shaped() -> None:
    for report in load_reports():
        assert "(fictional)" in report["title"]
        blocks = build_blocks(report)
        lengths = [len(" ".join([b.text, *b.bullets]).split()) for b in blocks if b.kind in ("para", "factor",
                                                                                               "finding")]
        assert sum(n > 350 for n in lengths) >= 1, report["id"]
        bodies = [b for b in blocks if b.kind in ("para", "factor", "finding")]
        assert all(40 <= n <= 200 for n, b in zip(lengths, bodies, strict=True)
                   if n <= 350 and b.text != WITHHELD), report["id"]  # a withheld paragraph is only its notice
        assert sum(b.kind == "factor" for b in blocks) >= 2
        assert sum(b.kind == "unnumbered" for b in blocks) >= 2
        parts = [report["title"], report["running_title"], *title_lines(report)]
        parts += [" ".join([b.text, *b.bullets, *(f"{a} {m}" for a, m in b.rows)]) for b in blocks]
        parts += [note["text"] for note in report.get("footnotes", []) + report.get("comments", [])
                  + report.get("sidebars", []) + report.get("revisions", {}).get("delete", [])
                  + report.get("revisions", {}).get("paragraphs", []) + report.get("formatting", [])
                  + report.get("guidance", []) + report.get("pull_quotes", [])]
        parts += list(_strings(report.get("welsh", {})))  # the Welsh beside the English, where there is one
        text = " ".join(" ".join(parts).split()).lower()
        for term in ABSENT_TERMS:
            assert term not in text, (report["id"], term)


def _strings(value: Any) -> Any:
    """Every string in a nested structure of dicts and lists (keys too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


# ------------------------------------------------------------------------------- questions
def _gold_ref(g: dict[str, Any]) -> tuple[str, str | None, int | None, str | None]:
    if g["paragraph"] is None:
        return g["report_id"], None, g["page"], g["starts_with"]
    return g["report_id"], str(g["paragraph"]), None, None


def test_questions_are_well_formed(generated: dict[str, Any]) -> None:
    questions = load_questions()
    assert len(questions) >= 110
    assert len({q["id"] for q in questions}) == len(questions)
    kinds = Counter(q["kind"] for q in questions)
    assert kinds["single"] >= 40 and kinds["factors"] >= 12 and kinds["cross"] >= 15 and kinds["unanswerable"] >= 45
    assert set(kinds) == {"single", "factors", "cross", "unanswerable"}
    known = {(rid, e["paragraph"], None, None) for rid, info in generated["expected"].items()
             for e in info["paragraphs"] if e["paragraph"] is not None}
    known |= {(rid, None, e["page"], e["starts_with"]) for rid, info in generated["expected"].items()
              for e in info["paragraphs"] if e["paragraph"] is None}
    named = 0
    per_report: Counter[str] = Counter()
    factors_per_report: Counter[str] = Counter()
    for q in questions:
        assert set(q) <= {"id", "question", "kind", "split", "gold", "gold_items", "absent"}, q["id"]
        gold = {_gold_ref(g) for g in q["gold"]}
        assert len(gold) == len(q["gold"]), q["id"]
        assert gold <= known, (q["id"], gold - known)
        assert (q["kind"] == "unanswerable") == (not gold), q["id"]
        for rid, para, _page, _start in gold:  # Saltmarsh text is in two files: cite both
            twin = {SH: SP, SP: SH}.get(rid)
            assert twin is None or (twin, para, None, None) in gold, (q["id"], para)
        bases = {rid.removesuffix("-pdf") for rid, *_ in gold}
        if q["kind"] in ("single", "factors"):
            assert len(bases) == 1, q["id"]
            per_report[bases.pop()] += 1
        elif q["kind"] == "cross":
            assert len(bases) >= 2, q["id"]
        if q["kind"] == "factors":
            factors_per_report[q["gold"][0]["report_id"]] += 1
        else:
            assert "gold_items" not in q, q["id"]
        assert ("absent" in q) <= (q["kind"] == "unanswerable"), q["id"]
        named += bool(re.search(NAMES_RE, q["question"]))
    assert named >= 8
    assert per_report[HF] >= 12 and per_report[BR] >= 12
    assert factors_per_report[HF] >= 4 and factors_per_report[BR] >= 4
    new = {HF, BR}
    old = {NM, KV, SH, SP}
    spans = [{g["report_id"] for g in q["gold"]} for q in questions if q["kind"] == "cross"]
    assert sum(bool(s & new) and bool(s & old) for s in spans) >= 4
    # fresh4 added two reports, each with its own questions, and at least one cross question pairing
    # one of them with an earlier report
    assert per_report[AS] >= 6 and per_report[GH] >= 6
    assert factors_per_report[AS] >= 2 and factors_per_report[GH] >= 2
    assert sum(bool(s & {AS, GH}) and bool(s - {AS, GH}) for s in spans) >= 1
    # fresh5 to fresh60 likewise, each with two reports and at least four cross questions pairing one of its reports
    # with an earlier one
    later = [  # fresh5's two reports, fresh6's ... fresh60's
        (WR, RV), (TB, LF), (CW, MB), (PN, BT), (HW, FN), (CD, PF), (QB, TW), (OS, WX), (KS, DM),
        (BC, OT), (ST, TH), (FM, BW), (SG, WY), (ME, GS), (SB, TS), (CV, DV), (CR, QS), (CA, AB),
        (HX, FD), (OR, SL), (WD, AU), (RH, TC), (WH, CL), (FW, TN), (WP, EH), (CK, LX), (DU, HB),
        (KB, SC), (AF, TK), (MW, SX), (PW, QR), (KT, EY), (RM, WB), (OX, KF), (SV, BX), (GN, TU), (TA, BH),
        (PY, WZ), (LH, AM), (MK, HY), (CT, OB), (YF, TZ), (FG, SK), (LA, MO), (WF, OM), (EL, FB),
        (HM, WN), (CS, SM), (MD, KW), (DH, HS), (TG, FE), (WA, CM), (PE, TV), (GB, HK), (QN, PS), (UL, VX),
    ]
    for one, two in later:
        assert per_report[one] >= 8 and per_report[two] >= 8, (one, two)
        assert factors_per_report[one] >= 3 and factors_per_report[two] >= 3, (one, two)
        assert sum(bool(s & {one, two}) and bool(s - {one, two}) for s in spans) >= 4, (one, two)


def test_factor_questions_name_every_bullet_of_their_list() -> None:
    blocks = {(output["report_id"], b.label or b.text): b for report in load_reports()
              for b in build_blocks(report) for output in report["outputs"] if b.kind == "factor"}
    for q in load_questions():
        if q["kind"] != "factors":
            continue
        first = q["gold"][0]
        key = first["paragraph"] if first["paragraph"] is not None else gold_text(first).split(":")[0] + ":"
        block = blocks[(first["report_id"], str(key))]
        items = q["gold_items"]
        assert len(items) == len(block.bullets), q["id"]
        for item, bullet in zip(items, block.bullets, strict=True):
            assert 3 <= len(item.split()) <= 8 and item in bullet, (q["id"], item)


def test_questions_are_split_by_the_stated_rule() -> None:
    """tune/held alternate within each kind; the untouched splits written later ("fresh", then "fresh2", then "fresh3",
    then "fresh4", then "fresh5", then "fresh6", then "fresh7", then "fresh8", then "fresh9", then "fresh10", then
    "fresh11", then "fresh12", then "fresh13", then "fresh14", then "fresh15", then "fresh16", then "fresh17", then
    "fresh18", then "fresh19", then "fresh20", then "fresh21", then "fresh22", then "fresh23", then "fresh24", then
    "fresh25", then "fresh26", then "fresh27", then "fresh28", then "fresh29", then "fresh30", then "fresh31", then
    "fresh32", then "fresh33", then "fresh34", then "fresh35", then "fresh36", then "fresh37", then "fresh38", then
    "fresh39", then "fresh40", then "fresh41", then "fresh42", then "fresh43", then "fresh44", then "fresh45", then
    "fresh46", then "fresh47", then "fresh48", then "fresh49", then "fresh50", then "fresh51", then "fresh52", then
    "fresh53", then "fresh54", then "fresh55", then "fresh56", then "fresh57", then "fresh58", then "fresh59", then
    "fresh60", never tuned on when written) follow them in that order, each under its own id letter ("fresh12" under
    "r": "q" is the tune/held questions' letter; "fresh13" under "s"; "fresh14" under "t"; "fresh15" under "u";
    "fresh16" under "v"; "fresh17" under "w"; "fresh18" under "x"; "fresh19" under "y"; "fresh20" under "z"; "fresh21"
    under the two letters "za", the single letters having run out; "fresh22" under "zb"; "fresh23" under "zc"; "fresh24"
    under "zd"; "fresh25" under "ze"; "fresh26" under "zf"; "fresh27" under "zg"; "fresh28" under "zh"; "fresh29" under
    "zi"; "fresh30" under "zj"; "fresh31" under "zk"; "fresh32" under "zl"; "fresh33" under "zm"; "fresh34" under "zn";
    "fresh35" under "zo"; "fresh36" under "zp"; "fresh37" under "zq"; "fresh38" under "zr"; "fresh39" under "zs";
    "fresh40" under "zt"; "fresh41" under "zu"; "fresh42" under "zv"; "fresh43" under "zw"; "fresh44" under "zx";
    "fresh45" under "zy"; "fresh46" under "zz"; "fresh47" under "ya", the two-letter "z" prefixes having run out at
    "zz"; "fresh48" under "yb"; "fresh49" under "yc"; "fresh50" under "yd"; "fresh51" under "ye"; "fresh52" under "yf";
    "fresh53" under "yg"; "fresh54" under "yh"; "fresh55" under "yi"; "fresh56" under "yj"; "fresh57" under "yk";
    "fresh58" under "yl"; "fresh59" under "ym"; "fresh60" under "yn")."""
    questions = load_questions()
    splits = [q["split"] for q in questions]
    later = {"fresh": "f", "fresh2": "g", "fresh3": "h", "fresh4": "i", "fresh5": "j", "fresh6": "k", "fresh7": "l",
             "fresh8": "m", "fresh9": "n", "fresh10": "o", "fresh11": "p", "fresh12": "r",
             "fresh13": "s", "fresh14": "t", "fresh15": "u", "fresh16": "v", "fresh17": "w", "fresh18": "x",
             "fresh19": "y", "fresh20": "z", "fresh21": "za", "fresh22": "zb", "fresh23": "zc",
             "fresh24": "zd", "fresh25": "ze", "fresh26": "zf", "fresh27": "zg", "fresh28": "zh",
             "fresh29": "zi", "fresh30": "zj", "fresh31": "zk", "fresh32": "zl", "fresh33": "zm",
             "fresh34": "zn", "fresh35": "zo", "fresh36": "zp", "fresh37": "zq", "fresh38": "zr",
             "fresh39": "zs", "fresh40": "zt", "fresh41": "zu", "fresh42": "zv", "fresh43": "zw",
             "fresh44": "zx", "fresh45": "zy", "fresh46": "zz", "fresh47": "ya", "fresh48": "yb",
             "fresh49": "yc", "fresh50": "yd", "fresh51": "ye", "fresh52": "yf", "fresh53": "yg",
             "fresh54": "yh", "fresh55": "yi", "fresh56": "yj",
             "fresh57": "yk", "fresh58": "yl", "fresh59": "ym", "fresh60": "yn"}
    first_fresh = next((i for i, s in enumerate(splits) if s in later), len(splits))
    order = list(dict.fromkeys(splits[first_fresh:]))
    assert order == [s for s in later if s in order], f"untouched splits out of order: {order}"
    for q in questions[first_fresh:]:
        assert q["split"] in later, f"a tune/held question follows an untouched one: {q['id']}"
        assert re.fullmatch(later[q["split"]] + r"\d{2}", q["id"]), q["id"]
    seen: Counter[str] = Counter()
    for q in questions[:first_fresh]:
        assert q["split"] == ("tune" if seen[q["kind"]] % 2 == 0 else "held"), q["id"]
        seen[q["kind"]] += 1
    halves = Counter((q["kind"], q["split"]) for q in questions[:first_fresh])
    for kind in seen:
        assert abs(halves[(kind, "tune")] - halves[(kind, "held")]) <= 1


def test_near_domain_unanswerable_questions_name_an_absent_topic() -> None:
    near = [q for q in load_questions() if q["kind"] == "unanswerable" and "absent" in q]
    assert len(near) >= 40
    for q in near:
        assert q["absent"] in ABSENT_TERMS, q["id"]
        assert q["absent"].lower() in q["question"].lower(), q["id"]


def test_questions_paraphrase_their_gold_passages() -> None:
    for q in load_questions():
        words = _content_words(q["question"])
        grams = {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
        for g in q["gold"]:
            passage = _content_words(gold_text(g))
            copied = grams & {tuple(passage[i:i + 3]) for i in range(len(passage) - 2)}
            assert not copied, (q["id"], g.get("paragraph") or g.get("starts_with"), copied)


def _ends_on_the_next_page(info: dict[str, Any], blocks: list, pages: list) -> None:
    """The paragraphs the key says run over a page break (two or more, recommendations aside) end on the next page:
    the last word of each (of its last bullet, for a list) is there."""
    split = [e for e in info["paragraphs"] if e["split_across_pages"] and not e["paragraph"].startswith("Rec")]
    assert len(split) >= 2
    for e in split:
        block = next(b for b in blocks if b.label == e["paragraph"])
        tail = (block.bullets[-1] if block.bullets else block.text).split()[-1]
        assert tail in (pages[e["page"]].extract_text() or ""), e["paragraph"]
