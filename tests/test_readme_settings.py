"""README's table of settings states each number's default as the code has it (a changed operating point that the
README still gave the old values of went unnoticed once)."""

from __future__ import annotations

import re
from pathlib import Path

from inquiry_lessons.index.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_numeric_default_in_the_readme_is_the_settings_default():
    settings = Settings()
    groups = [getattr(settings, name) for name in type(settings).model_fields]
    checked = 0
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `LESSONS_([A-Z_]+)` \|.*\| (-?\d+(?:\.\d+)?) \|$", line)
        if not m:
            continue
        field = m.group(1).lower()
        owners = [g for g in groups if field in type(g).model_fields]
        if len(owners) != 1:
            continue
        assert float(getattr(owners[0], field)) == float(m.group(2)), (field, m.group(2))
        checked += 1
    assert checked >= 10
