"""Inquiry Lessons: cited lessons from safeguarding inquiry reports and serious case reviews.

One installed package, mapped by setuptools onto the checkout's top-level folders:

    inquiry_lessons.index    the engine (ingest, store, answer) and the ``lessons`` command line
    inquiry_lessons.bot      the Telegram bot, which uses only the engine's public surface
    inquiry_lessons.content  the shipped corpus and curated data
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("inquiry-lessons")
except PackageNotFoundError:  # pragma: no cover - running from a checkout without an install
    __version__ = "0"
