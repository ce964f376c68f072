"""OCR'd lines made :class:`Line` objects in PDF points, with sizes and weights a text layer would give them (used by
:mod:`.ocr`): a size from the height of capitals and ascenders above the baseline, made consistent (sizes within 8%
of the body text's are the body size, and other sizes within 8% of each other are one size; on a PDF that also has
text pages, every OCR'd size is scaled so that the scan's body size is the text layer's); and bold when its strokes,
for its size, are clearly thicker than body text's (bold headings at body size are common in reports)."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Line

ASCENT_EM = 0.73  # height of capitals/ascenders above the baseline, in ems (Helvetica/Arial ~0.72-0.75)
SAME_SIZE = 0.08  # line sizes within this fraction of the body size are the body size
BOLD = 1.28  # a line is bold if its strokes are this much thicker, for its size, than body text's ...
MIN_BODY_LINES = 8  # ... measured on at least this many body lines


@dataclass
class RawLine:
    text: str
    x0: float  # pixels, deskewed
    x1: float
    baseline: float
    ascent: float  # capitals/ascenders above the baseline, pixels
    descent: float
    stroke: float  # stroke width over ascent
    region: int  # the part of the page it was read in: lines are in reading order region by region


def to_lines(raw: dict[int, list[RawLine]], geometry: dict[int, tuple[float, float, float]],
              body_size: float | None) -> dict[int, list[Line]]:
    sizes = {i: [ln.ascent * geometry[i][0] / ASCENT_EM for ln in lines] for i, lines in raw.items()}
    weighted = sorted((s, len(ln.text)) for i, lines in raw.items() for s, ln in zip(sizes[i], lines, strict=True))
    body_raw = _weighted_median(weighted)
    # a scanned page of a report with text pages: its body text is the report's body text, whatever the
    # scan's scale (a page scanned a little larger must not come back as headings)
    same_report = bool(body_size and body_raw and 0.5 <= body_raw / body_size <= 2.0)
    body = body_size if same_report and body_size else round(body_raw * 2) / 2

    def is_body(est: float) -> bool:
        return bool(body_raw) and abs(est - body_raw) <= SAME_SIZE * body_raw

    # other sizes: estimates within SAME_SIZE of each other are one size (headings of one level agree)
    others = sorted((est, len(ln.text)) for i, lines in raw.items()
                    for ln, est in zip(lines, sizes[i], strict=True) if not is_body(est))
    groups: list[list[tuple[float, int]]] = []
    for pair in others:
        if groups and pair[0] <= groups[-1][0][0] * (1 + SAME_SIZE):
            groups[-1].append(pair)
        else:
            groups.append([pair])
    scale_to_body = body / body_raw if body_raw else 1.0
    snapped = {pair[0]: round(_weighted_median(g) * scale_to_body * 2) / 2 for g in groups for pair in g}

    # bold: strokes clearly thicker (for their size) than body text's
    body_strokes = sorted((ln.stroke, len(ln.text)) for i, lines in raw.items()
                          for ln, est in zip(lines, sizes[i], strict=True) if is_body(est) and ln.stroke > 0)
    regular = _weighted_median(body_strokes) if len(body_strokes) >= MIN_BODY_LINES else 0.0
    out: dict[int, list[Line]] = {}
    for i, lines in raw.items():
        scale, width, height = geometry[i]
        page_lines = []
        for ln, est in zip(lines, sizes[i], strict=True):
            size = body if is_body(est) else snapped[est]
            page_lines.append((ln.region, Line(
                text=ln.text, page=i + 1, top=(ln.baseline - ln.ascent) * scale,
                bottom=(ln.baseline + ln.descent) * scale, x0=ln.x0 * scale, x1=ln.x1 * scale, size=size,
                bold=bool(regular) and ln.stroke >= BOLD * regular, page_height=height, page_width=width)))
        page_lines.sort(key=lambda pair: (pair[0], round(pair[1].top), pair[1].x0))  # region by region
        out[i] = [line for _, line in page_lines]
    return out


def _weighted_median(pairs: list[tuple[float, int]]) -> float:
    total = sum(w for _, w in pairs)
    if not total:
        return 0.0
    acc = 0
    for value, w in pairs:
        acc += w
        if acc >= total / 2:
            return value
    return pairs[-1][0]
