"""Reports named by a person who wrote more than one. An author the catalogue writes with an initial for one report
("M Brandon") and in full for another ("Marian Brandon") is one person, so each form names both reports; the years
in the question choose between them (:func:`.apart.by_year`: "marian brandon's analysis of serious case reviews from
2014 to 2017", library fresh45 L1376), and where they do not, "X's analysis" is the one X led: the report whose first
author X is ("peter sidebotham's triennial analysis", library fresh43 L1315; :func:`by_lead_author`)."""

from __future__ import annotations

from ..types import Report
from .apart import Span
from .names import Token, fold, surname_of


def join_initials(names: dict[tuple[str, ...], set[str]]) -> None:
    """Give an initial-and-surname name (``("m", "brandon")``) and every full name with that initial and surname
    (``("marian", "brandon")``) the reports of both, in place."""
    full: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for key in names:
        if len(key) == 2 and len(key[0]) > 1 and key[0].isalpha() and key[1].isalpha():
            full.setdefault((key[0][0], key[1]), []).append(key)
    for key in [k for k in names if len(k) == 2 and len(k[0]) == 1 and k[0].isalpha() and k[1].isalpha()]:
        same = full.get((key[0], key[1]), [])
        ids = set(names[key]).union(*(names[k] for k in same))
        for k in [key, *same]:
            names[k] = set(ids)


def lead_authors(reports: list[Report]) -> dict[str, str]:
    """Report id -> its first author's surname, folded, where the catalogue names a person first."""
    out = {}
    for r in reports:
        authors = [a for a in (r.extra.get("authors") or []) if isinstance(a, str)]
        if authors and (name := surname_of(authors[0])):
            out[r.report_id] = fold(name)
    return out


def by_lead_author(toks: list[Token], spans: list[Span], leads: dict[str, str]) -> list[Span]:
    """A span that ends in a surname and names several reports: those the person led, when that is some of them."""
    out = []
    for a, b, ids in spans:
        led = {r for r in ids if leads.get(r) == toks[b - 1].norm}
        out.append((a, b, led if len(ids) > 1 and led else ids))
    return out
