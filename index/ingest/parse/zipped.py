"""A zip package's files, read by name and bounded: each one, and all of them together.

An EPUB (:mod:`.epub`) and an OpenDocument file (:mod:`.odf`) are zip packages of XML and other files. The
precheck (:func:`.limits.check_zip`) holds the package to what its zip directory says; what a file really unzips to
is only known when it is read, so each is read here with a bounded read, refused past one file's limit whatever
size the directory gives it, and the files read are held together to the unzipped limit
(``LESSONS_MAX_UNZIPPED_MB``). XML is parsed with no DTD loaded, no entity expanded and nothing fetched.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, ResourceLimit
from .limits import MIB

ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, zlib.error)


@dataclass
class Package:
    """The opened zip, its files found by name whatever their case, and what may still be read from it."""

    path: Path
    zf: zipfile.ZipFile
    limit: int  # bytes that may be unzipped, all files read together
    kind: str  # the format, as the errors name it ("EPUB")
    max_part: int = 64 * MIB  # bytes one file may unzip to

    def __post_init__(self) -> None:
        self.names = {i.filename.lower(): i.filename for i in self.zf.infolist()}
        self.budget = self.limit

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def read(self, name: str) -> bytes:
        """A file's bytes, never more than the limits, whatever size the zip's directory gives it."""
        real = self.names.get(name.lower())
        if real is None:
            raise CorruptDocument(f"{self.path}: not a readable {self.kind} (no {name} in it)")
        cap = min(self.max_part, self.budget)
        try:
            with self.zf.open(real) as fh:
                data = fh.read(cap + 1)
        except ZIP_ERRORS as exc:
            raise CorruptDocument(f"{self.path}: not a readable {self.kind} ({name}: {type(exc).__name__})") from None
        if len(data) > cap and cap == self.max_part:
            raise ResourceLimit(f"{self.path}: refused: a file of the {self.kind} ({name}) unzips to more than "
                                f"{self.max_part / MIB:,.0f} MiB, the limit for one file")
        if len(data) > cap:
            raise ResourceLimit(f"{self.path}: refused: the {self.kind}'s files unzip to more than "
                                f"{self.limit / MIB:,.0f} MiB (LESSONS_MAX_UNZIPPED_MB)")
        self.budget -= len(data)
        return data

    def xml(self, name: str) -> Any:
        """One of the package's XML files, parsed."""
        return safe_xml(self.read(name), self.path, self.kind, name)

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """An OOXML part's relationships: id -> (the type's last word, the target part's name); "" is the
        package's own (``_rels/.rels``)."""
        folder, name = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", name + ".rels")
        if not self.has(rels_name):
            return {}
        out = {}
        for rel in self.xml(rels_name):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], full)
        return out


def safe_xml(raw: bytes, path: Path, kind: str, name: str) -> Any:
    """XML parsed with no DTD loaded, no entity expanded and nothing fetched; an error names the format and the
    file ("not a readable EPUB (content.opf: ...)")."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(raw, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptDocument(f"{path}: not a readable {kind} ({name}: {exc.msg})") from None


def local_name(el: Any) -> str:
    """An XML element's tag without its namespace ("p" for ``{...main}p``); "" for a comment or an instruction."""
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


@contextmanager
def opened(path: Path, kind: str) -> Iterator[zipfile.ZipFile]:
    try:
        zf = zipfile.ZipFile(path)
    except ZIP_ERRORS:
        raise CorruptDocument(f"{path}: not a readable {kind} (not a zip package)") from None
    with zf:
        yield zf
