"""Reading a generated PDF back with pdfplumber, to check the answer key against what was drawn."""
from .keys import contains_seq, norm


def pdf_pages(path):
    """Per page: pdfplumber's characters, in content-stream order."""
    import pdfplumber
    with pdfplumber.open(path) as pl:
        return [list(p.chars) for p in pl.pages]


def words_of(chars, keep=None, x_tolerance=3):
    from pdfplumber.utils import extract_text
    cs = [c for c in chars if keep is None or keep(c)]
    return norm(extract_text(cs, x_tolerance=x_tolerance) or "")


def seq_in(words, text, name, label):
    if not contains_seq(words, norm(text)):
        raise AssertionError(f"{name}: text of {label} not read back in one piece")


def label_at(chars, x, y, label, name):
    """The label's glyphs are drawn at (x, baseline y), in that order left to right."""
    cs = sorted((c for c in chars if abs(c["matrix"][5] - y) < 0.05 and c["x0"] >= x - 0.05), key=lambda c: c["x0"])
    got = "".join(c["text"] for c in cs[:len(label)])
    if got != label or abs(cs[0]["x0"] - x) > 0.05:
        raise AssertionError(f"{name}: label {label} drawn as {got!r}")


def check_pdf_key(name, pages, result, ends, labels, keep=None):
    """starts_with on the paragraph's page, ends_with on its last page (or across the break), and the label
    drawn where the layout put it: labels[i] = (page, x, baseline)."""
    pw = [words_of(p, keep) for p in pages]
    for d, endp, (pg, x, y) in zip(result, ends, labels, strict=True):
        if pg != d["page"]:
            raise AssertionError(f"{name}: page of {d['label']}")
        if not contains_seq(pw[pg - 1], norm(d["starts_with"])):
            raise AssertionError(f"{name}: starts_with of {d['label']}")
        chars = [c for c in pages[pg - 1] if abs(c["matrix"][5] - y) < 0.05 and c["x0"] >= x - 0.05]
        chars.sort(key=lambda c: c["x0"])
        got = "".join(c["text"] for c in chars[:len(d["label"])])
        if got != d["label"] or abs(chars[0]["x0"] - x) > 0.05:
            raise AssertionError(f"{name}: label {d['label']} drawn as {got!r}")
        tail = pw[endp - 2][-12:] + pw[endp - 1] if endp > 1 else pw[endp - 1]
        if not contains_seq(tail, norm(d["ends_with"])):
            raise AssertionError(f"{name}: ends_with of {d['label']}")
    return pw


def check_body(name, pages, result, pieces, keep=None, top=None, bottom=None):
    """Every paragraph's number and text read back as runs of words in the body text of all pages."""
    words = []
    for chars in pages:
        words += words_of(chars, lambda c: (keep is None or keep(c))
                          and (top is None or bottom - 0.5 <= c["matrix"][5] <= top + 0.5))
    for d in result:
        runs = pieces[d["label"]]
        runs = [d["label"] + " " + runs[0], *runs[1:]]
        for r in runs:
            if not contains_seq(words, norm(r)):
                raise AssertionError(f"{name}: text of {d['label']} not read back in one piece")


def kept(c, top, bottom):
    return bottom - 0.5 <= c["matrix"][5] <= top + 0.5
