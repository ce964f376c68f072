"""A FICTIONAL review printed on eight numbered pages, assembled into PDFs the way scanners, printers and binders leave
them (tests/test_page_order.py): pages out of order in the file, one page scanned twice and a blank sheet between,
two printed pages side by side on each landscape sheet, a folded booklet's imposition (a sheet holding printed pages 8
and 1, the next 2 and 7), and a page fed to the scanner sideways. Every person, place and finding is invented.

``layout()`` sets the review once, on printed pages; each ``*_file`` writes one assembly of those pages and returns the
key: every numbered paragraph in reading order with the file's page (1-based) where it starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TITLE = "Rapid review: Child T, Hollowmere (fictional)"
LABEL = "FICTIONAL test document: every person, place and service named here is invented."
W, H = 595.0, 842.0  # A4 portrait, in points
LEFT, TOP, FOOT, LEADING, SIZE = 64.0, 770.0, 96.0, 17.0, 11.0
PRINTED = 8

_WHO = ["The health visitor", "The school nurse", "The social worker", "The GP practice", "The nursery manager",
        "The police officer", "The housing officer", "The youth worker", "The family support worker",
        "The paediatrician", "The head teacher"]
_DID = ["recorded the bruise on the boy's arm but did not ask how it happened",
        "saw the mother twice in the spring and noted that the flat was cold",
        "knew that the family had moved three times in a year and told nobody",
        "closed the referral after one telephone call with the stepfather",
        "heard the boy say he was hungry at the end of each weekend",
        "wrote that the home was chaotic without saying what had been seen",
        "was told of the older sister's worries by a neighbour and filed the note",
        "offered an appointment by letter to an address the family had left",
        "asked the boy about school but never about the men who visited the flat",
        "shared the concern at a meeting that kept no minutes"]
_SO = ["so the pattern was not seen by anyone who could act on it.",
       "and no agency put the pieces together before the autumn.",
       "which left the child's own account unheard for months.",
       "and the chance to convene a strategy discussion passed.",
       "so the plan that followed rested on what the adults said."]


def paragraphs() -> list[tuple[str, str]]:
    """The review's numbered paragraphs (label, text), five sections of eleven."""
    out = []
    for s in range(1, 6):
        for k in range(1, 12):
            n = (s - 1) * 11 + k
            text = (f"{_WHO[n % len(_WHO)]} {_DID[(n * 3) % len(_DID)]}, {_SO[n % len(_SO)]} "
                    f"In the review's {n}th finding, {_WHO[(n + 4) % len(_WHO)].lower()} "
                    f"{_DID[(n * 7 + 1) % len(_DID)]}, {_SO[(n + 2) % len(_SO)]}")
            out.append((f"{s}.{k}", text))
    return out


@dataclass
class Printed:
    """One printed page: its lines (x, y from the foot, bold) and the paragraphs that start on it."""
    folio: int
    lines: list[tuple[float, float, bool, str]] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)


def layout() -> list[Printed]:
    """The review set on printed pages 1 to 8: a running head, the text, the folio at the foot; paragraphs run on
    over page breaks. Lines beyond page 8 are a layout error."""
    from reportlab.lib.utils import simpleSplit

    pages = [Printed(n) for n in range(1, PRINTED + 1)]
    at, y = 0, TOP - 40
    pages[0].lines += [(LEFT, TOP, True, TITLE), (LEFT, TOP - 18, False, LABEL)]
    y -= 30

    def room(need: float) -> None:
        nonlocal at, y
        if y - need < FOOT:
            at, y = at + 1, TOP - 30
            assert at < PRINTED, "the review overran its eight pages"

    for label, text in paragraphs():
        if label.endswith(".1"):
            room(3 * LEADING)
            pages[at].lines.append((LEFT, y, True, f"Section {label.split('.')[0]}"))
            y -= LEADING * 1.5
        room(LEADING)
        pages[at].starts.append(label)
        for line in simpleSplit(f"{label}   {text}", "Helvetica", SIZE, W - 2 * LEFT):
            room(LEADING)
            pages[at].lines.append((LEFT, y, False, line))
            y -= LEADING
        y -= LEADING * 0.5
    for p in pages:
        if p.folio > 1:
            p.lines.insert(0, (LEFT, TOP + 20, False, "Child T rapid review (fictional)"))
        p.lines.append((W / 2 - 4, 60, False, str(p.folio)))
    return pages


def _draw(c, page: Printed) -> None:
    for x, y, bold, text in page.lines:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", SIZE)
        c.drawString(x, y, text)


def _key(order: list[list[int]]) -> list[tuple[str, int]]:
    """(label, file page) in reading order: ``order`` lists, sheet by sheet, the printed pages on it; a printed page
    met twice is keyed where it is first met."""
    first: dict[int, int] = {}
    for sheet, folios in enumerate(order, start=1):
        for f in folios:
            first.setdefault(f, sheet)
    return [(label, first[p.folio]) for p in layout() for label in p.starts]


def _write(path: Path, order: list[list[int]], place: Callable, size: tuple[float, float] = (W, H)) -> Path:
    from reportlab.pdfgen import canvas

    pages = {p.folio: p for p in layout()}
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(TITLE)
    for folios in order:
        c.setPageSize(size)
        if not folios:
            c.setFont("Helvetica", SIZE)
            c.drawCentredString(size[0] / 2, size[1] / 2, "This page is intentionally left blank")
        for slot, f in enumerate(folios):
            c.saveState()
            place(c, slot, f)
            _draw(c, pages[f])
            c.restoreState()
        c.showPage()
    c.save()
    return path


def _as_is(c, slot: int, folio: int) -> None:
    pass


def shuffled_file(path: Path) -> tuple[Path, list[tuple[str, int]]]:
    """Pages re-sorted by hand and put back wrongly: the file's page 3 is printed page 5."""
    order = [[1], [2], [5], [3], [4], [7], [6], [8]]
    return _write(path, order, _as_is), _key(order)


def rescanned_file(path: Path) -> tuple[Path, list[tuple[str, int]]]:
    """Printed page 4 scanned twice (again after page 5), and a blank separator sheet after page 2."""
    order = [[1], [2], [], [3], [4], [5], [4], [6], [7], [8]]
    return _write(path, order, _as_is), _key(order)


def _half(c, slot: int, folio: int) -> None:
    c.translate(slot * H / 2, 0)
    c.scale(H / 2 / W, H / 2 / W)


def two_up_file(path: Path) -> tuple[Path, list[tuple[str, int]]]:
    """Two printed pages side by side on each landscape sheet, in order: 1 2, 3 4, 5 6, 7 8."""
    order = [[1, 2], [3, 4], [5, 6], [7, 8]]
    return _write(path, order, _half, (H, W)), _key(order)


def booklet_file(path: Path) -> tuple[Path, list[tuple[str, int]]]:
    """A folded booklet's sheets as the printer imposes them: 8 1, 2 7, 6 3, 4 5."""
    order = [[8, 1], [2, 7], [6, 3], [4, 5]]
    return _write(path, order, _half, (H, W)), _key(order)


def sideways_file(path: Path, way: int = 1) -> tuple[Path, list[tuple[str, int]]]:
    """Printed page 3 fed to the scanner sideways: a landscape sheet with the page's text running up it (``way`` 1)
    or down it (-1)."""
    from reportlab.pdfgen import canvas

    pages = {p.folio: p for p in layout()}
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    for p in pages.values():
        if p.folio == 3:
            c.setPageSize((H, W))
            c.translate(H, 0) if way == 1 else c.translate(0, W)
            c.rotate(90 * way)
        else:
            c.setPageSize((W, H))
        _draw(c, p)
        c.showPage()
    c.save()
    return path, _key([[f] for f in pages])
