"""An EPUB e-book (``.epub``: EPUB 2 or 3, as publishers, Calibre and read-later tools such as wallabag, Pocket and
Instapaper export one), read as its chapters in reading order.

An EPUB is a zip package: ``META-INF/container.xml`` names the package document (the OPF), whose manifest lists the
files and whose spine lists the chapters in reading order. The files' names say nothing of that order (wallabag
names each saved article's chapter by a SHA-1 hash), so the spine alone gives it. Each chapter is an XHTML page
read by the HTML reader (:func:`.html.parse_html_bytes`, BeautifulSoup over lxml), and the chapters' blocks follow
one another in spine order; a read-later tool's own header over each article (wallabag's "(2/3) Title" heading,
its list of metadata, the title again) is read as any page's heading and lines are.

No report text, and not read: a spine entry marked ``linear="no"`` (a pop-up note, an answer key), the navigation
document and the NCX, anything not an XHTML page (an SVG cover), and the book's cover, title, contents, copyright
and colophon pages and a tool's notices: known by the type the EPUB 2 guide or the EPUB 3 landmarks give the page,
or the chapter its own markup (``<body epub:type="cover">``), or, where the book marks none, by the name the book's
own contents list (the NCX or the navigation document) gives it ("Cover", "Title page", "Notices").

How numbered paragraphs are told from other numbers is left to the rules every page is read by, which see the
chapters in reading order: a heading is never a paragraph (a blog's points "1." to "10." set as headings), a
number followed by a word in lower case is a quantity ("2.4 million children"), and a number that does not move
the report's numbering on is no paragraph's (a programme's times "9.30", "10.15" after the review's 4.2).

Limits (a zip bomb): :func:`check_epub` holds the package to the zip limits a DOCX is held to (the number of
files, their total size and each one's compression ratio as the zip's directory gives them) and each chapter to
the HTML nesting limit. The directory's sizes are not trusted where a file is read: each read is bounded (one file
at most ``MAX_PART_BYTES``, the files read at most the unzipped limit in all) and refused past it. The package's
XML is parsed with no DTD loaded and no entity expanded. A chapter encrypted (DRM) is refused.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ...errors import CorruptDocument, EncryptedDocument
from ...types import Block, ParsedDocument
from .html import parse_html_bytes
from .limits import MIB, ParseLimits, check_html_text, check_zip
from .zipped import ZIP_ERRORS, Package, opened

MAX_PART_BYTES = 64 * MIB  # one file read from the package (a chapter: Calibre splits them at 260 KiB)
_CONTAINER = "META-INF/container.xml"
_ENCRYPTION = "META-INF/encryption.xml"
_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "o": "http://www.idpf.org/2007/opf",
       "dc": "http://purl.org/dc/elements/1.1/", "n": "http://www.daisy.org/z3986/2005/ncx/",
       "e": "http://www.w3.org/2001/04/xmlenc#"}
_CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "text/x-oeb1-document"}
# EPUB 2 guide types and EPUB 3 structural semantics of pages that hold no report text
MATTER_TYPES = {"cover", "titlepage", "title-page", "toc", "copyright-page", "colophon", "imprint", "landmarks"}
# the names a book's contents list gives such pages, where nothing else marks them (wallabag's "Notices")
MATTER_NAME = re.compile(r"(?:cover|title[ -]?page|(?:table of )?contents|copyright(?: page)?|colophon|imprint"
                         r"|notices?|about this e-?book)", re.IGNORECASE)


@dataclass
class _Book:
    title: str | None
    chapters: list[str]  # the files of the spine that are report text, in reading order


def parse_epub(path: Path, limits: ParseLimits | None = None) -> ParsedDocument:
    """The blocks of the book's chapters, in spine order (see the module's docstring)."""
    with opened(path, "EPUB") as zf:
        pkg = Package(path, zf, (limits or ParseLimits()).max_unzipped_bytes, "EPUB", MAX_PART_BYTES)
        book = _book(pkg)
        docs = [doc for name in book.chapters if (doc := _chapter(pkg, name)) is not None]
    blocks, pages = _in_order(docs)
    title = book.title or next((d.title for d in docs if d.title), None)
    return ParsedDocument(blocks=blocks, pages=pages, title=title, year=next((d.year for d in docs if d.year), None))


def check_epub(path: Path, limits: ParseLimits) -> None:
    """Refuses a package over the zip limits, a file of it that unzips past its limit, and a chapter nested deeper
    than the HTML limit."""
    try:
        zf = zipfile.ZipFile(path)
    except ZIP_ERRORS:
        return  # not a zip: the EPUB parser says so
    with zf:
        check_zip(zf, path, limits, "EPUB")
        pkg = Package(path, zf, limits.max_unzipped_bytes, "EPUB", MAX_PART_BYTES)
        for name in _book(pkg).chapters:
            check_html_text(pkg.read(name), f"{path} ({name})", limits)


def _resolve(base: str, href: str) -> str:
    """A link's file inside the package: relative to the folder of the file that holds it, no fragment."""
    return posixpath.normpath(posixpath.join(base, unquote(href.split("#", 1)[0])))


def _package_document(pkg: Package) -> str:
    if pkg.has(_CONTAINER):
        found = pkg.xml(_CONTAINER).xpath("//c:rootfile/@full-path", namespaces=_NS)
        if found:
            return str(found[0])
    opfs = [name for name in pkg.names.values() if name.lower().endswith(".opf")]
    if len(opfs) != 1:
        raise CorruptDocument(f"{pkg.path}: not a readable EPUB (no package document named in {_CONTAINER})")
    return opfs[0]


def _book(pkg: Package) -> _Book:
    """The book's title and the chapters its spine reads, front and back matter left out."""
    name = _package_document(pkg)
    opf, base = pkg.xml(name), posixpath.dirname(name)
    items = {i.get("id"): i for i in opf.xpath("//o:manifest/o:item", namespaces=_NS)}
    matter = _matter(pkg, opf, items.values(), base)
    chapters = []
    for ref in opf.xpath("//o:spine/o:itemref", namespaces=_NS):
        item = items.get(ref.get("idref"))
        if item is None or (ref.get("linear") or "yes").strip() == "no" or not item.get("href") \
                or item.get("media-type") not in _CHAPTER_TYPES or "nav" in (item.get("properties") or "").split():
            continue
        if (chapter := _resolve(base, item.get("href"))) not in matter and chapter not in chapters:
            chapters.append(chapter)
    _refuse_encrypted(pkg, chapters)
    title = next((" ".join(t.split()) for t in opf.xpath("//dc:title/text()", namespaces=_NS) if t.strip()), None)
    return _Book(title=title, chapters=chapters)


def _matter(pkg: Package, opf: Any, items: Iterable[Any], base: str) -> set[str]:
    """The files the book marks as cover, title, contents, copyright or notice pages (see the module's
    docstring): its EPUB 2 guide, its EPUB 3 landmarks, and the names its contents lists give its chapters."""
    out = {_resolve(base, r.get("href")) for r in opf.xpath("//o:guide/o:reference[@href]", namespaces=_NS)
           if (r.get("type") or "").lower() in MATTER_TYPES}
    for item in items:
        href, kind = item.get("href"), item.get("media-type")
        if not href or not pkg.has(name := _resolve(base, href)):
            continue
        if "nav" in (item.get("properties") or "").split():
            out |= _nav_matter(pkg, name)
        elif kind == "application/x-dtbncx+xml":
            where = posixpath.dirname(name)
            out |= {_resolve(where, src) for point in pkg.xml(name).iter(f"{{{_NS['n']}}}navPoint")
                    if (src := point.xpath("string(n:content/@src)", namespaces=_NS))
                    and MATTER_NAME.fullmatch(" ".join(point.xpath("string(n:navLabel)", namespaces=_NS).split()))}
    return out


def _nav_matter(pkg: Package, name: str) -> set[str]:
    """The EPUB 3 navigation document's landmarks of a matter type, and its contents entries named as matter."""
    nav = _html_root(pkg.read(name))
    if nav is None:
        return set()
    where, out = posixpath.dirname(name), set()
    for a in nav.iter("a"):
        href = a.get("href")
        if href and (set((a.get("epub:type") or "").split()) & MATTER_TYPES
                     or MATTER_NAME.fullmatch(" ".join(a.text_content().split()))):
            out.add(_resolve(where, href))
    return out


def _refuse_encrypted(pkg: Package, chapters: list[str]) -> None:
    """A chapter listed in META-INF/encryption.xml (DRM; an obfuscated font is no chapter) cannot be read."""
    if not pkg.has(_ENCRYPTION):
        return
    listed = {_resolve("", uri) for uri in pkg.xml(_ENCRYPTION).xpath("//e:CipherReference/@URI", namespaces=_NS)}
    if listed & set(chapters):
        raise EncryptedDocument(f"{pkg.path}: the EPUB's chapters are encrypted (DRM): export it without protection")


def _chapter(pkg: Package, name: str) -> ParsedDocument | None:
    """One chapter read by the HTML reader; None for a page that marks itself as the book's matter, or is empty."""
    raw = pkg.read(name)
    if _marked_matter(raw):
        return None
    try:
        return parse_html_bytes(raw, f"{pkg.path} ({name})")
    except CorruptDocument:  # an empty file: no text
        return None


def _marked_matter(raw: bytes) -> bool:
    """A page whose body, or the one element in it, is typed as a cover, title, contents or copyright page."""
    root = _html_root(raw)
    body = root.find("body") if root is not None else None
    if body is None:
        return False
    inside = [el for el in body if isinstance(el.tag, str)]
    marked = [body, *inside] if len(inside) == 1 else [body]
    return any(set((el.get("epub:type") or "").split()) & MATTER_TYPES for el in marked)


def _html_root(raw: bytes) -> Any:
    """An XHTML page's tree as lxml's HTML parser reads it ("epub:type" an attribute of that name), None if empty."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(raw)
    except (ValueError, etree.ParserError):
        return None


def _in_order(docs: list[ParsedDocument]) -> tuple[list[Block], int | None]:
    """The chapters' blocks one after another. Where chapters mark print pages, a block before its chapter's first
    marker is on the page the last one ended on; the book's pages are the most any chapter counts."""
    counted = [d.pages for d in docs if d.pages is not None]
    if not counted:
        return [b for d in docs for b in d.blocks], None
    blocks: list[Block] = []
    for doc in docs:
        for b in doc.blocks:
            last = blocks[-1] if blocks else None
            blocks.append(replace(b, page=last.page, page_label=last.page_label) if b.page is None and last else b)
    return blocks, max(counted)
