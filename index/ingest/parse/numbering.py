"""Word automatic numbering (numbering.xml) rendered to the label Word would print ("4.9.5", "12.", "(a)").

Only what paragraph numbering in reports needs: per-list counters, level restarts, the usual number
formats and ``lvlText`` patterns such as "%1.%2.%3". Bullet levels yield an empty label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9  # Word's list levels, ilvl 0-8


def _int(value: str | None, default: int, low: int, high: int) -> int:
    """An integer attribute, clamped to what Word allows; ``default`` when missing or malformed."""
    try:
        return min(max(int(value or default), low), high)
    except ValueError:
        return default


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
            (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def format_number(n: int, fmt: str) -> str:
    """``n`` in one of Word's number formats (decimal, decimalZero "01", lowerLetter, upperLetter, lowerRoman,
    upperRoman)."""
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


@dataclass
class WordLevel:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    legal: bool = False  # w:isLgl: every level's number in this label is printed in arabic ("IV" -> "4.1")
    # w:lvlRestart: the count starts again after a number of a level above this one (1-based) or higher; 0:
    # never ("Restart list after" unticked: paragraph numbers run on through the chapters); None: any level above
    restart: int | None = None


def _level(lvl) -> WordLevel:
    fmt, txt, st = lvl.find(f"{W}numFmt"), lvl.find(f"{W}lvlText"), lvl.find(f"{W}start")
    legal, restart = lvl.find(f"{W}isLgl"), lvl.find(f"{W}lvlRestart")
    return WordLevel(fmt=fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                  text=txt.get(f"{W}val", "") if txt is not None else "",
                  start=_int(st.get(f"{W}val"), 1, 0, 32767) if st is not None else 1,
                  legal=legal is not None and legal.get(f"{W}val", "true").lower() not in ("0", "false", "off"),
                  restart=_int(restart.get(f"{W}val"), 0, 0, LEVELS) if restart is not None else None)


@dataclass
class WordNumbering:
    """Counters are kept per abstract numbering definition, as Word keeps them: a list split over several
    ``w:num`` instances of one definition counts on across them; an instance with a ``startOverride``
    restarts the count at its first paragraph of that level, and its ``lvlOverride`` levels replace the
    definition's (an appendix's "A%1.")."""

    levels: dict[str, dict[int, WordLevel]] = field(default_factory=dict)  # numId -> ilvl -> level
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    counters: dict[str, list[int]] = field(default_factory=dict)  # abstractNumId -> count per level
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    restarts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> startOverride
    started: set[tuple[str, int]] = field(default_factory=set)  # (numId, ilvl) seen

    @classmethod
    def from_document(cls, document) -> WordNumbering:
        self = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return self
        abstract: dict[str, dict[int, WordLevel]] = {}
        linked: dict[str, str] = {}  # abstractNumId -> the list style whose definition it uses (numStyleLink)
        for an in root.findall(f"{W}abstractNum"):
            abstract[an.get(f"{W}abstractNumId", "")] = {_int(lvl.get(f"{W}ilvl"), 0, 0, LEVELS - 1): _level(lvl)
                                                          for lvl in an.findall(f"{W}lvl")}
            if (link := an.find(f"{W}numStyleLink")) is not None:
                linked[an.get(f"{W}abstractNumId", "")] = link.get(f"{W}val", "")
        overrides: dict[str, dict[int, WordLevel]] = {}
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            num_id, abstract_id = num.get(f"{W}numId", ""), ref.get(f"{W}val", "")
            for over in num.findall(f"{W}lvlOverride"):
                ilvl = _int(over.get(f"{W}ilvl"), 0, 0, LEVELS - 1)
                if (lvl := over.find(f"{W}lvl")) is not None:
                    overrides.setdefault(num_id, {})[ilvl] = _level(lvl)
                if (start := over.find(f"{W}startOverride")) is not None:
                    self.restarts.setdefault(num_id, {})[ilvl] = _int(start.get(f"{W}val"), 1, 0, 32767)
            self.abstract_of[num_id] = abstract_id
        try:
            styles = document.styles.element.findall(f"{W}style")
        except AttributeError:
            styles = []
        # a style's numbering is its own numPr, or what it inherits through basedOn (a numPr giving only the
        # level takes the list from the style it is based on)
        own: dict[str, tuple[str | None, int | None, str | None]] = {}
        for style in styles:
            numpr = style.find(f"{W}pPr/{W}numPr")
            nid = numpr.find(f"{W}numId") if numpr is not None else None
            il = numpr.find(f"{W}ilvl") if numpr is not None else None
            base = style.find(f"{W}basedOn")
            own[style.get(f"{W}styleId", "")] = (
                nid.get(f"{W}val", "") if nid is not None else None,
                _int(il.get(f"{W}val"), 0, 0, LEVELS - 1) if il is not None else None,
                base.get(f"{W}val") if base is not None else None)
        for sid in own:
            num_id, level, base = own[sid]
            seen = {sid}
            while (num_id is None or level is None) and base in own and base not in seen:
                seen.add(base)
                b_num, b_lvl, nxt = own[base]
                num_id = num_id if num_id is not None else b_num
                level = level if level is not None else b_lvl
                base = nxt
            if num_id:
                self.style_num[sid] = (num_id, level or 0)
        # a list defined through a list style (numStyleLink) takes the levels, and the counters, of the
        # definition that style's own list uses
        for num_id, abstract_id in list(self.abstract_of.items()):
            target = self.abstract_of.get(own.get(linked.get(abstract_id, ""), (None, None, None))[0] or "")
            if target is not None and target != abstract_id:
                self.abstract_of[num_id] = abstract_id = target
            self.levels[num_id] = {**abstract.get(abstract_id, {}), **overrides.get(num_id, {})}
        return self

    def place(self, ppr) -> tuple[str, int] | None:
        """The list (``w:num`` id) and level of a paragraph's numbering (its own, else its style's); None if not
        numbered."""
        numpr = ppr.find(f"{W}numPr")
        ps = ppr.find(f"{W}pStyle")
        num_id, ilvl = self.style_num.get(ps.get(f"{W}val", "") if ps is not None else "Normal", (None, 0))
        if numpr is not None:  # the paragraph's own numbering: either part overrides its style's
            nid, il = numpr.find(f"{W}numId"), numpr.find(f"{W}ilvl")
            num_id = nid.get(f"{W}val") if nid is not None else num_id
            ilvl = _int(il.get(f"{W}val"), 0, 0, LEVELS - 1) if il is not None else ilvl
        if not num_id or num_id == "0" or num_id not in self.levels:
            return None
        return num_id, ilvl

    def label_for(self, ppr) -> str | None:
        """The printed label of a numbered paragraph, "" for a bullet, None if not numbered."""
        if (place := self.place(ppr)) is None:
            return None
        num_id, ilvl = place
        levels = self.levels[num_id]
        level = levels.get(ilvl, WordLevel())
        if level.fmt in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), [0] * LEVELS)
        for i in range(LEVELS):
            if counters[i] == 0 and i < ilvl:
                counters[i] = levels.get(i, WordLevel()).start
        restart = self.restarts.get(num_id, {}).get(ilvl) if (num_id, ilvl) not in self.started else None
        self.started.add((num_id, ilvl))
        if restart is not None:
            counters[ilvl] = restart
        else:
            counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else level.start
        for i in range(ilvl + 1, LEVELS):
            after = levels.get(i, WordLevel()).restart
            if after is None or ilvl < after:
                counters[i] = 0
        label = level.text
        for i in range(ilvl + 1):
            lvl_i = levels.get(i, WordLevel())
            fmt = "decimal" if level.legal else lvl_i.fmt
            label = label.replace(f"%{i + 1}", format_number(counters[i] or lvl_i.start, fmt))
        return label.strip()
