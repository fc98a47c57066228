"""Markup in note text (Markdown from AI-scribe and portal exports, dictation): a same-length plain view.

Look-alike characters of copied text (a non-breaking hyphen or space, "FEV₁", an en dash, the micro sign)
read as their ASCII forms, one character for one.
Emphasis markers (``**bold**``, ``_italic_``) become spaces so that labels and values read as written
("**Keystone authorization** A1P-7730915"); struck-out text (``~~4,800 mg~~``) is deleted text and becomes
spaces too. A dictated number followed by a unit ("eighty point one kilograms") becomes its digits padded
with spaces ("            80.1 kilograms"). Offsets are unchanged, so evidence spans still point into the
original text. The patterns are ``markup`` in ``patterns/pipeline.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp_checker.settings import MarkupSettings, SpelledNumberSettings


@lru_cache(maxsize=8)
def _compiled(
    emphasis: tuple[str, ...], struck: tuple[str, ...]
) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    return tuple(re.compile(p) for p in emphasis), tuple(re.compile(p) for p in struck)


# Between the words of a dictated number ("seventy-one", "one hundred five").
_WORD_GAP = re.compile(r"[\s-]+")
_SPELLED: dict[int, tuple[SpelledNumberSettings, re.Pattern[str], re.Pattern[str]]] = {}


def _spelled(settings: SpelledNumberSettings) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The compiled patterns of ``settings`` (a model with dict fields, so cached by identity)."""
    cached = _SPELLED.get(id(settings))
    if cached is None or cached[0] is not settings:
        cached = _SPELLED[id(settings)] = (settings, *_compile_spelled(settings))
    return cached[1], cached[2]


def _compile_spelled(settings: SpelledNumberSettings) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted([*settings.words, *settings.scales], key=len, reverse=True)
    word = "|".join(map(re.escape, words))
    number = re.compile(
        rf"\b(?:{word})(?:[\s-]+(?:and[\s-]+)?(?:{word}|{re.escape(settings.decimal_point)}))*\b",
        re.IGNORECASE,
    )
    return number, re.compile(settings.followed_by, re.IGNORECASE)


def spoken_value(words: str, settings: SpelledNumberSettings) -> float | None:
    """ "one hundred seventy six" -> 176, "eighty point one" -> 80.1; None when the words do not read as one
    number."""
    tokens = [t for t in _WORD_GAP.split(words.lower()) if t and t != "and"]
    if settings.decimal_point in tokens:
        cut = tokens.index(settings.decimal_point)
        whole, fraction = tokens[:cut], tokens[cut + 1 :]
        digits = [settings.words.get(t) for t in fraction]
        if not fraction or any(d is None or d > 9 for d in digits):
            return None
        integer = spoken_value(" ".join(whole), settings) if whole else 0
        return None if integer is None else float(f"{int(integer)}.{''.join(str(d) for d in digits)}")
    total, current = 0, 0
    for token in tokens:
        if token in settings.words:
            word = settings.words[token]
            if 0 < current < 10 and word >= 10 and not total:
                current = current * 100 + word  # "one sixty eight" (pounds) is 168
            elif current % 100 and not (word < 10 and current % 100 >= 20 and current % 10 == 0):
                return None  # "one two", "sixty seventy": two numbers
            else:
                current += word
        elif token in settings.scales:
            scale = settings.scales[token]
            if scale >= 1000:
                total, current = total + max(current, 1) * scale, 0
            else:
                current = max(current, 1) * scale
        else:
            return None
    return float(total + current)


def _digits(text: str, settings: SpelledNumberSettings) -> str:
    number, followed_by = _spelled(settings)
    chars = list(text)
    for match in number.finditer(text):
        if not followed_by.match(text, match.end()):
            continue
        start, value = _longest_number(match, settings)
        if value is None:
            continue
        written = f"{value:g}" if value != int(value) else str(int(value))
        width = match.end() - start
        if len(written) <= width:
            chars[start : match.end()] = written.rjust(width)
    return "".join(chars)


def _longest_number(match: re.Match[str], settings: SpelledNumberSettings) -> tuple[int, float | None]:
    """The longest tail of the matched words that reads as one number, and where it starts ("F E V one two
    point one liters": "two point one")."""
    start = match.start()
    while start < match.end():
        value = spoken_value(match.string[start : match.end()], settings)
        if value is not None:
            return start, value
        gap = _WORD_GAP.search(match.string, start, match.end())
        if gap is None:
            break
        start = gap.end()
    return start, None


@lru_cache(maxsize=8)
def _fold_table(fold: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[int, str]]:
    return re.compile("[" + re.escape("".join(k for k, _ in fold)) + "]"), {ord(k): v for k, v in fold}


def folded(text: str, fold: dict[str, str]) -> str:
    """``text`` with look-alike characters as their ASCII form, one for one (offsets unchanged)."""
    if not fold:
        return text
    present, table = _fold_table(tuple(sorted(fold.items())))
    return text.translate(table) if present.search(text) else text


def plain_text(text: str, settings: MarkupSettings | None) -> str:
    """``text`` with look-alike characters folded, emphasis markers and struck-out spans blanked and dictated
    numbers as digits (same length); unchanged without markup."""
    if settings is None:
        return text
    text = folded(text, settings.fold)
    if settings.spelled_numbers is not None:
        text = _digits(text, settings.spelled_numbers)
    if not any(mark in text for mark in settings.trigger_characters):
        return text
    markers, struck = _compiled(settings.emphasis, settings.struck)
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
