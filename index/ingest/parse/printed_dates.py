"""A date printed "dd.mm.yy" at the start of a line is no paragraph number.

A chronology, a timeline or a key-events list -- in a review's own text, in a table the converter has flattened, or
in a web article's "Timeline" box beside a quoted review (blind round 65) -- opens each entry with its date, and a
date written with stops ("21.03.24 Amber found by police", "03.03.25 Learning review published") has the shape of a
three-level paragraph number ("4.9.5"). Read as one it would number a paragraph that is no paragraph of the report,
and cut off the paragraph it belongs to.

A label is such a date when it is three parts of exactly two digits each, as a date is printed ("21.03.24",
"03.03.25"; a paragraph number's parts are not padded to two digits: "3.3", "4.9.5"), and the parts are a day of
that month, a month and a year (:func:`is_printed_date`). A label with a one-digit part ("4.9.5", "3.3.22") or a part
of three digits, or one that is no calendar date ("14.13.22", "31.02.24"), is left to be read as a number. (A report
whose own numbers run to three two-digit parts that make a date, "12.10.11", would lose those: none is known.)
"""

from __future__ import annotations

import calendar
import re

_DATE = re.compile(r"(?P<day>\d\d)\.(?P<month>\d\d)\.(?P<year>\d\d)")
CENTURY = 2000  # a two-digit year's century, for its month's length (29 February in a leap year)


def is_printed_date(label: str) -> bool:
    """Whether a label read as a multi-level paragraph number ("21.03.24") is a date printed dd.mm.yy."""
    m = _DATE.fullmatch(label)
    if m is None:
        return False
    day, month = int(m["day"]), int(m["month"])
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(CENTURY + int(m["year"]), month)[1]
