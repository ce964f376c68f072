"""Text on a PDF layer that is switched off by default is not read (index/ingest/parse/layers.py). The PDF is
written by hand here, FICTIONAL text."""

from __future__ import annotations

from inquiry_lessons.index.ingest.parse import parse
from tests.support.hostile import pdf_of


def _line(y: int, text: str, layer: str | None = None) -> bytes:
    shown = b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (y, text.encode())
    return b"/OC /%s BDC %s EMC" % (layer.encode(), shown) if layer else shown


def test_a_layer_switched_off_is_not_read_and_one_switched_on_is(tmp_path):
    stream = b"\n".join([
        _line(720, "FICTIONAL review of the Westmarsh family"),
        _line(690, "Nobody at the fictional clinic asked the mother what help she wanted at home.", "MC1"),
        _line(670, "Editorial note: legal to check this paragraph before publication.", "MC0"),
        _line(650, "Old numbering 7.3 kept from the draft.", "MC2"),
        _line(630, "The visits stopped in March and no agency asked why they had.", "MC3"),
    ])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [5 0 R 6 0 R] /D << /ON [6 0 R] /OFF [5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> "
        b"/Properties << /MC0 5 0 R /MC1 6 0 R /MC2 8 0 R /MC3 9 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /OCG /Name (Editorial notes) >>",
        b"<< /Type /OCG /Name (Body) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /OCMD /OCGs [5 0 R] /P /AnyOn >>",  # shown only when the editorial layer is: off
        b"<< /Type /OCMD /OCGs [5 0 R 6 0 R] /P /AnyOn >>",  # one of its groups is on: shown
    ]
    path = pdf_of(tmp_path / "layers.pdf", objects)
    text = " ".join(b.text for b in parse(path).blocks)
    assert "Nobody at the fictional clinic" in text and "The visits stopped in March" in text
    assert "Editorial note" not in text and "Old numbering" not in text


def test_text_a_box_painted_later_hides_is_not_read(tmp_path):
    # a review anonymised in a PDF editor: a white box over the name, the pseudonym typed on it; a black box
    # over a place whose words were left in the file. A rule struck through a word does not hide it.
    stream = b"\n".join([
        _line(720, "FICTIONAL review of the Westmarsh family"),
        _line(690, "Mrs Pat Callow was eighty-four and lived alone in the fictional town."),
        b"1 1 1 rg 71 686 79 14 re f",  # white over "Mrs Pat Callow"
        b"0 0 0 rg BT /F1 11 Tf 72 690 Td (Adult C) Tj ET",
        _line(660, "She moved from Hobbs Lane in May and nobody passed on her address."),
        b"0 0 0 rg 154.5 656 61 14 re f",  # black over "Hobbs Lane"
        _line(630, "The visits stopped in March and no agency asked why they had."),
        b"0 0 0 rg 72 633 60 0.8 re f",  # a strike-through rule: too thin to hide anything
    ])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    text = " ".join(b.text for b in parse(pdf_of(tmp_path / "covered.pdf", objects)).blocks)
    assert "Adult C was eighty-four" in text and "Callow" not in text and "Pat" not in text
    assert "Hobbs" not in text and "She moved from" in text and "in May" in text
    assert "The visits stopped in March" in text
