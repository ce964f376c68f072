"""The answer key's words and the checks every round runs on its own paragraphs."""
import re


def key_words(text):
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-6:])


def norm(s):
    return re.findall(r"\w+", s.lower())


def contains_seq(hay, needle):
    n = len(needle)
    return any(hay[k:k + n] == needle for k in range(len(hay) - n + 1))


def first_sentence(text):
    return re.match(r"(.+?[.!?])(?:\s|$)", text).group(1)


def sentences(t):
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", t)


def entry(label, page, text):
    s, e = key_words(text)
    return {"label": label, "page": page, "starts_with": s, "ends_with": e}


def check_lengths(name, texts, lo=40, hi=260):
    seen = set()
    for t in texts:
        n = len(t.split())
        if not lo <= n <= hi:
            raise AssertionError(f"{name}: paragraph of {n} words")
        if t in seen:
            raise AssertionError(f"{name}: duplicate paragraph")
        seen.add(t)


def check_count(name, result, lo=15, hi=40):
    if not lo <= len(result) <= hi:
        raise AssertionError(f"{name}: {len(result)} paragraphs")


def roman(n):
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += s
            n -= v
    return out


def split_pages(result, ends):
    return [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]


def check_crossings(name, result, ends, least=2):
    """At least ``least`` paragraphs run over a page break (``ends``: each paragraph's last page); returns their
    labels."""
    cross = split_pages(result, ends)
    if len(cross) < least:
        raise AssertionError(f"{name}: crossings {cross}")
    return cross
