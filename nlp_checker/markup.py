"""Markup in note text (Markdown from AI-scribe and portal exports): a same-length plain view.

Emphasis markers (``**bold**``, ``_italic_``) become spaces so that labels and values read as written
("**Keystone authorization** A1P-7730915"); struck-out text (``~~4,800 mg~~``) is deleted text and becomes
spaces too. Offsets are unchanged, so evidence spans still point into the original text. The patterns are
``markup`` in ``patterns/pipeline.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp_checker.settings import MarkupSettings


@lru_cache(maxsize=8)
def _compiled(settings: MarkupSettings) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    markers = tuple(re.compile(pattern) for pattern in settings.emphasis)
    struck = tuple(re.compile(pattern) for pattern in settings.struck)
    return markers, struck


def plain_text(text: str, settings: MarkupSettings | None) -> str:
    """``text`` with emphasis markers and struck-out spans blanked (same length); unchanged without markup."""
    if settings is None or not any(mark in text for mark in settings.trigger_characters):
        return text
    markers, struck = _compiled(settings)
    chars = list(text)
    for pattern in struck:
        for match in pattern.finditer(text):
            chars[match.start() : match.end()] = " " * (match.end() - match.start())
    for pattern in markers:
        for match in pattern.finditer(text):
            for group in ("open", "close"):
                start, end = match.span(group)
                chars[start:end] = " " * (end - start)
    return "".join(chars)
