"""``lessons fetch``: download catalogued reports' PDFs from their official addresses and ingest them
under the catalogue's report id, so that answers quote the report's own paragraphs.

Each download goes to a ``.part`` file in the cache directory; an interrupted download resumes with an
HTTP Range request where the server allows it. The response must be a PDF (content type or the "%PDF"
signature), no larger than the size limit, and as long as the server said; network errors and server
errors are retried with back-off. The checksum (SHA-256) and address are recorded with the report.
Every failure is one line and leaves the store untouched.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..errors import LessonsError
from ..settings import default_download_dir
from .library import CatalogueEntry

logger = logging.getLogger(__name__)

RETRIES = 3


class FetchError(LessonsError):
    pass


@dataclass
class Downloaded:
    report_id: str
    path: Path
    url: str
    sha256: str
    size: int


def cache_dir() -> Path:
    return default_download_dir()


def download(entry: CatalogueEntry, max_bytes: int, dest: Path | None = None, timeout: float = 30.0,
             backoff: float = 1.0) -> Downloaded:
    url = entry.data.get("pdf_url") or entry.data.get("official_url")
    if not url:
        raise FetchError(f"{entry.id}: the catalogue has no download address for this report")
    dest = dest or cache_dir()
    dest.mkdir(parents=True, exist_ok=True)
    part = dest / f"{entry.id}.pdf.part"
    last: Exception | None = None
    for attempt in range(1, RETRIES + 1):
        try:
            _download_once(url, part, max_bytes, timeout, entry.id)
            break
        except FetchError:
            raise
        except (httpx.TransportError, _ServerError) as exc:
            last = exc
            logger.info("%s: attempt %d failed: %s", entry.id, attempt, type(exc).__name__)
            if attempt < RETRIES:
                time.sleep(backoff * 2 ** (attempt - 1))
    else:
        raise FetchError(f"{entry.id}: could not download {url} ({_why(last)})")
    with open(part, "rb") as fh:
        if fh.read(5) != b"%PDF-":
            part.unlink()
            raise FetchError(f"{entry.id}: {url} did not return a PDF")
    digest = hashlib.sha256(part.read_bytes()).hexdigest()
    final = dest / f"{entry.id}.pdf"
    os.replace(part, final)
    return Downloaded(entry.id, final, url, digest, final.stat().st_size)


class _ServerError(Exception):
    pass


def _why(exc: Exception | None) -> str:
    if isinstance(exc, httpx.ConnectError):
        return "cannot connect: no network or host unreachable"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, _ServerError):
        return str(exc)
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection closed before the file was complete"
    return type(exc).__name__ if exc else "unknown error"


def _download_once(url: str, part: Path, max_bytes: int, timeout: float, rid: str) -> None:
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with httpx.Client(follow_redirects=True, timeout=timeout) as client, \
            client.stream("GET", url, headers=headers) as resp:
        if resp.status_code >= 500 or resp.status_code == 429:
            raise _ServerError(f"server answered {resp.status_code}")
        if resp.status_code == 416:  # already complete
            return
        if resp.status_code >= 400:
            raise FetchError(f"{rid}: {url} answered {resp.status_code}")
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype and ctype not in ("application/pdf", "application/octet-stream", "binary/octet-stream",
                                   "application/x-pdf"):
            raise FetchError(f"{rid}: {url} is not a PDF (content type {ctype}); the catalogue may point "
                             "at a web page rather than the file")
        resume = resp.status_code == 206 and have > 0
        expected = resp.headers.get("content-length")
        total = (have if resume else 0) + int(expected) if expected and expected.isdigit() else None
        if total is not None and total > max_bytes:
            raise FetchError(f"{rid}: {url} is {total / 2**20:.1f} MiB, over the limit")
        written = have if resume else 0
        with open(part, "ab" if resume else "wb") as fh:
            for chunk in resp.iter_bytes():
                written += len(chunk)
                if written > max_bytes:
                    raise FetchError(f"{rid}: {url} is over the size limit")
                fh.write(chunk)
        if total is not None and written < total:
            raise httpx.RemoteProtocolError("truncated")
