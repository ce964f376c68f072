"""A FICTIONAL one-page review whose paragraph numbers are set in a font with a broken text map, written object by
object (tests/test_glyph_maps.py). Each variant breaks the numbers' font one way; the body is Helvetica."""
from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.support.blindkit.rawpdf import RawPDF

NAMES = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine", ".": "period"}
TITLE = "Learning review of Orla (fictional)"
PARAGRAPHS = [
    ("1.1", "This review (fictional) concerns Orla, aged nine, who lived with her grandmother in Brackenmoor until "
            "the winter of the review year."),
    ("1.2", "The school noticed that Orla arrived hungry on most Mondays and recorded it each time, but nobody asked "
            "what happened at weekends."),
    ("1.3", "Her grandmother's health was failing and she said so to her doctor twice; the surgery did not tell the "
            "school or children's services."),
    ("2.1", "The panel found that each agency held one part of the picture and none of them put the parts together "
            "before the crisis."),
    ("2.2", "Supervision in the family support team was brief and focused on caseload numbers rather than on what "
            "the worker had seen."),
    ("2.3", "The panel recommends that the partnership review how concerns about carers' health are shared with "
            "schools."),
]
# how each variant's number font maps its glyphs to text (the glyphs printed are always the right ones)
VARIANTS = {
    "private": "ToUnicode into the Private Use Area (U+F031 for 1); /Differences names the glyphs",
    "private_low_codes": "codes 1-11, ToUnicode into the Private Use Area; /Differences names them",
    "private_uni_names": "codes 1-11 named /uni0031 ..., ToUnicode into the Private Use Area",
    "type3_private": "a Type 3 font (glyphs drawn as paths), ToUnicode into the Private Use Area",
    "one_off": "ToUnicode maps each digit to the next one; /Differences names them rightly",
    "symbol_convention": "no /Differences; ToUnicode at U+F0xx, Microsoft's symbol-font convention",
    "superscript": "a note's marker, U+00B9 at the body's size, set on each number",
    "no_map": "no ToUnicode, codes 1-11 named by /Differences",
    "partial_map": "ToUnicode for the period only; /Differences names the digits",
    "full_width": "ToUnicode to full-width forms (U+FF11)",
    "math_bold": "ToUnicode to mathematical bold digits (U+1D7CF)",
    "type3": "a Type 3 font with /Differences names and no ToUnicode",
    "type3_scaled": "a Type 3 font in a glyph space of 100 units a side, no ToUnicode",
    "fake_bold": "each number drawn three times 0.35 pt apart",
    "letter_spaced": "each number drawn with 2.5 pt character spacing",
    "raised_marker": "a note's marker set small and raised after each number",
    "gaps_for_spaces": "paragraph 1.3 set word by word with no space characters, 2.9 pt between words",
}


def _escaped(b: bytes) -> str:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1")


def _to_unicode(pairs: list[tuple[int, str]]) -> str:
    body = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Probe def",
            "1 begincodespacerange <00> <FF> endcodespacerange", f"{len(pairs)} beginbfchar"]
    body += [f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in pairs]
    body.append("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    return "\n".join(body)


def _mapped(variant: str) -> dict[str, str] | None:
    """What the numbers' ToUnicode says each character is (None: no ToUnicode)."""
    if variant in ("no_map", "type3", "type3_scaled", "fake_bold", "letter_spaced", "raised_marker", "superscript",
                   "gaps_for_spaces"):
        return None
    if variant == "partial_map":
        return {".": "."}
    if variant in ("private", "private_low_codes", "private_uni_names", "type3_private", "symbol_convention"):
        return {ch: chr(0xF000 + ord(ch)) for ch in NAMES}
    if variant == "one_off":
        return {ch: str((int(ch) + 1) % 10) if ch.isdigit() else ch for ch in NAMES}
    if variant == "full_width":
        return {ch: chr(0xFF00 + ord(ch) - 0x20) for ch in NAMES}
    assert variant == "math_bold", variant
    return {ch: chr(0x1D7CE + int(ch)) if ch.isdigit() else ch for ch in NAMES}


def _number_font(pdf: RawPDF, variant: str) -> tuple[int, dict[str, int]]:
    low = variant in ("private_low_codes", "private_uni_names", "no_map")
    codes = {ch: i + 1 if low else ord(ch) for i, ch in enumerate(NAMES)}
    names = {ch: f"uni{ord(ch):04X}" if variant == "private_uni_names" else NAMES[ch] for ch in NAMES}
    first, last = min(codes.values()), max(codes.values())
    widths = [0] * (last - first + 1)
    for ch, code in codes.items():
        widths[code - first] = round(stringWidth(ch, "Helvetica-Bold", 1) * 1000)
    mapped = _mapped(variant)
    to_unicode = ""
    if mapped is not None:
        stream = pdf.add(pdf.stream(_to_unicode([(codes[ch], t) for ch, t in mapped.items()])))
        to_unicode = f" /ToUnicode {stream} 0 R"
    differences = " ".join(f"{codes[ch]} /{names[ch]}" for ch in NAMES)
    encoding = "/WinAnsiEncoding" if variant == "symbol_convention" else \
        f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>"
    if variant.startswith("type3"):
        scale = 0.01 if variant == "type3_scaled" else 0.001
        widths = [round(w * 0.001 / scale) for w in widths]
        procs = []
        for ch in NAMES:
            w = widths[codes[ch] - first]
            height = round(0.7 / (scale * 1000) * 1000)
            proc = pdf.add(pdf.stream(f"{w} 0 0 0 {w} {height} d1 {w // 10} 0 {w - w // 5} {height} re f"))
            procs.append(f"/{names[ch]} {proc} 0 R")
        side = round(1 / scale)
        font = pdf.add(f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 {side} {side}] "
                       f"/FontMatrix [{scale} 0 0 {scale} 0 0] /CharProcs << {' '.join(procs)} >> "
                       f"/Encoding {encoding} /FirstChar {first} /LastChar {last} "
                       f"/Widths [{' '.join(map(str, widths))}] /Resources << >>{to_unicode} >>")
        return font, codes
    descriptor = pdf.add("<< /Type /FontDescriptor /FontName /BCDEFG+ProbeSans-Bold /Flags 32 "
                         "/FontBBox [0 -210 1000 930] /ItalicAngle 0 /Ascent 930 /Descent -210 /CapHeight 700 "
                         "/StemV 120 >>")
    font = pdf.add(f"<< /Type /Font /Subtype /Type1 /BaseFont /BCDEFG+ProbeSans-Bold /FontDescriptor {descriptor} 0 R "
                   f"/Encoding {encoding} /FirstChar {first} /LastChar {last} "
                   f"/Widths [{' '.join(map(str, widths))}]{to_unicode} >>")
    return font, codes


def _lines(text: str) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        longer = f"{line} {word}".strip()
        if line and stringWidth(longer, "Helvetica", 10) > 400:
            lines.append(line)
            longer = word
        line = longer
    return [*lines, line]


def write(path: Path, variant: str) -> Path:
    """The review with its numbers' font broken as ``VARIANTS[variant]`` says."""
    pdf = RawPDF()
    body = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    numbers, codes = _number_font(pdf, variant)
    y = 780
    ops = [f"BT /F1 16 Tf 72 {y} Td ({_escaped(TITLE.encode())}) Tj ET"]
    y -= 40
    for number, text in PARAGRAPHS:
        shown = _escaped(bytes(codes[ch] for ch in number))
        copies = (0, 0.35, 0.7) if variant == "fake_bold" else (0,)
        spacing = "2.5 Tc " if variant == "letter_spaced" else ""
        ops += [f"BT /F2 10 Tf {spacing}{72 + dx:.2f} {y} Td ({shown}) Tj ET" for dx in copies]
        after = 72 + stringWidth(number, "Helvetica-Bold", 10)
        if variant == "superscript":
            ops.append(f"BT /F1 10 Tf {after + 0.3:.2f} {y} Td <B9> Tj ET")
        if variant == "raised_marker":
            ops.append(f"BT /F1 6 Tf {after + 0.5:.2f} {y + 4} Td (7) Tj ET")
        for line in _lines(text):
            if variant == "gaps_for_spaces" and number == "1.3":
                x = 108.0
                for word in line.split():
                    ops.append(f"BT /F1 10 Tf {x:.2f} {y} Td ({_escaped(word.encode('latin-1'))}) Tj ET")
                    x += stringWidth(word, "Helvetica", 10) + 2.9
            else:
                ops.append(f"BT /F1 10 Tf 108 {y} Td ({_escaped(line.encode('latin-1'))}) Tj ET")
            y -= 13
        y -= 8
    content = pdf.add(pdf.stream("\n".join(ops)))
    pages = pdf.new()
    page = pdf.add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] "
                   f"/Resources << /Font << /F1 {body} 0 R /F2 {numbers} 0 R >> >> /Contents {content} 0 R >>")
    pdf.put(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    root = pdf.add(f"<< /Type /Catalog /Pages {pages} 0 R >>")
    info = pdf.add(f"<< /Title ({_escaped(TITLE.encode())}) >>")
    path.write_bytes(pdf.render(root, info))
    return path
