"""Small readers shared by the resource mappers: codes, texts, dates, numbers. What the rules say about
coded data (kinds, products, alleles, units) is asked of ``ingest.structured.StructuredVocabulary``."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

LOINC = "http://loinc.org"


def codings(concept: Any) -> list[Any]:
    return list(getattr(concept, "coding", None) or []) if concept is not None else []


def concept_texts(concept: Any) -> list[str]:
    """The text and every coding display of a CodeableConcept, in that order."""
    if concept is None:
        return []
    texts = [getattr(concept, "text", None)] + [getattr(c, "display", None) for c in codings(concept)]
    return [t for t in texts if t]


def concept_display(concept: Any) -> str | None:
    texts = concept_texts(concept)
    return texts[0] if texts else None


def coded(concept: Any) -> list[tuple[str | None, str]]:
    """(system, code) of every coding of a CodeableConcept that carries a code."""
    return [(getattr(c, "system", None), c.code) for c in codings(concept) if getattr(c, "code", None)]


def has_code(concept: Any, codes: set[str] | frozenset[str], system: str | None = None) -> bool:
    """True when a coding carries one of ``codes`` (in ``system`` when given and the coding names one)."""
    for coding in codings(concept):
        code = getattr(coding, "code", None)
        coding_system = getattr(coding, "system", None)
        if code in codes and (system is None or coding_system in (None, system)):
            return True
    return False


def to_date(value: Any) -> dt.date | None:
    """A FHIR date / dateTime / instant as a date (the day as written, in its own time zone)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def iso_partial(value: Any) -> str | None:
    """``YYYY-MM-DD``, or ``YYYY-MM`` for a month-precision FHIR date (as the contract's expiration_date)."""
    day = to_date(value)
    if day is not None:
        return day.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
        return value
    return None


def clock_time(value: Any) -> str | None:
    """``HH:MM`` of a dateTime that carries a time (in its own offset); None for a plain date."""
    if isinstance(value, dt.datetime):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, str):
        match = re.match(r"^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})", value)
        if match:
            return f"{match[1]}:{match[2]}"
    return None


def number(value: Any) -> int | float | None:
    """A FHIR decimal as int when integral, else float; None when absent or not finite."""
    if value is None or isinstance(value, bool):
        return None
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    if result != result or result in (float("inf"), float("-inf")):
        return None
    return int(result) if result.is_integer() else result


def quantity_unit(quantity: Any) -> str:
    """The UCUM code of a Quantity, else its human unit."""
    return str(getattr(quantity, "code", None) or getattr(quantity, "unit", None) or "").strip()


def reference_of(reference: Any) -> str | None:
    return getattr(reference, "reference", None) if reference is not None else None
