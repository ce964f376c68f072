"""Advertisement slots in a web page: page chrome, wherever the page's ad script put them.

A news site, a magazine or a blog that quotes a report fills slots with advertisements between its paragraphs, in
its sidebar and even inside a block quotation, between two of the report's quoted paragraphs (a local newspaper's
article quoting a learning review, blind round 65). Saved, a slot keeps its label ("Advertisement") and any text
advert it held; read as text, the label would run on at the end of the quoted paragraph before it. A slot is named
by the ad script's class and id words and attributes, not by its place:

- a class or id that has the word "ad", "ads", "advert" or "advertisement" among its parts ("ad-slot--inline",
  "div-gpt-ad-inline-1", "adsbygoogle", "headerAd"; never "read-more", "header", "badge" or "loaded"), or an
  ``data-ad-...`` attribute (Google's ``data-ad-unit``, ``data-ad-client``, ``data-ad-slot``);
- an element whose whole text is an advert's label, "Advertisement" or "Advert" (any case; not "AD", which may be
  an Assistant Director in a table's cell), with no text beside it: not a word of a sentence set in bold.

Only an element of few words (:data:`MAX_AD_WORDS`) is a slot by its name: a wrapper whose class names ads but that
holds the page's text (an "ads-enabled" article body) is not left out.
"""

from __future__ import annotations

import re

MAX_AD_WORDS = 40  # a slot's label and a text advert's few lines; a report's paragraphs are more
_PARTS = re.compile(r"[-_\s.:/]+|(?<=[a-z])(?=[A-Z])")  # "div-gpt-ad-1", "ad_slot", "headerAd"
_AD_WORDS = {"ad", "ads", "advert", "adverts", "advertisement", "advertisements", "adsbygoogle", "adslot", "adunit"}
_LABEL = re.compile(r"\W*(?:advertisements?|adverts?)\W*", re.IGNORECASE)
_PAGE = ("html", "body", "main", "article", "[document]")  # the page itself is no slot


def _named_ad(tag) -> bool:
    names = " ".join([str(tag.get("id") or ""), *map(str, tag.get("class") or [])])
    return any(part.lower() in _AD_WORDS for part in _PARTS.split(names)) \
        or any(str(a).startswith("data-ad-") for a in tag.attrs)


def adverts(soup) -> list:
    """The page's advertisement slots and advert labels (an element whose own text is the label)."""
    from bs4 import NavigableString

    slots = [t for t in soup.find_all(True) if t.name not in _PAGE and _named_ad(t)
             and len(t.get_text(" ").split()) <= MAX_AD_WORDS]
    labels = [s.parent for s in soup.find_all(string=_LABEL.fullmatch)
              if type(s) is NavigableString and s.parent is not None and s.parent.name not in _PAGE
              and not _in_running_text(s.parent)]
    return slots + labels


def _in_running_text(tag) -> bool:
    """The label's element stands in a sentence ("<b>Advertisement</b> of the post was delayed"): text beside it."""
    from bs4 import NavigableString

    return any(isinstance(s, NavigableString) and s.strip() for s in (tag.previous_sibling, tag.next_sibling))
