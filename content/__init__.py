"""The shipped corpus and curated data. Paths resolve inside an installed copy as well as a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def content_dir() -> Path:
    return Path(str(resources.files(__name__)))


def reports_dir() -> Path:
    return content_dir() / "reports"
