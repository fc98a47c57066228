"""Small readers shared by the resource mappers: codes, texts, dates, numbers, and the library's own rules
(product names from ``target_rules.json``, the genotype extractor, the code table) loaded once."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp_checker.extractors import RegexExtractor, load_extractors
from nlp_checker.requirements.models import CodeTable
from nlp_checker.resources import patterns_dir

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"


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


# The library's rules, loaded once ------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _extractors(folder: str) -> dict[str, RegexExtractor]:
    return {e.kind: e for e in load_extractors(Path(folder) / "extractors")}


def extractor(kind: str) -> RegexExtractor:
    """A value extractor of ``patterns/extractors`` (the same rules the NLP pipeline runs)."""
    return _extractors(str(patterns_dir()))[kind]


@lru_cache(maxsize=4)
def _product_rules(folder: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    data = json.loads((Path(folder) / "target_rules.json").read_text(encoding="utf-8"))
    rules = []
    for rule in data.get("target_rules", []):
        if rule.get("category") != "drug_product":
            continue
        pattern = rule.get("pattern") or r"(?<!\w)" + re.escape(rule["literal"]) + r"(?!\w)"
        value = (rule.get("metadata") or {}).get("value") or rule["literal"]
        rules.append((re.compile(pattern, re.IGNORECASE), value))
    return tuple(rules)


def product_name(*texts: str | None) -> str | None:
    """The A1PI product a text names (``target_rules.json``, category drug_product), longest match first."""
    best: tuple[int, str] | None = None
    for text in texts:
        if not text:
            continue
        for pattern, value in _product_rules(str(patterns_dir())):
            for match in pattern.finditer(text):
                if best is None or match.end() - match.start() > best[0]:
                    best = (match.end() - match.start(), value)
    return best[1] if best else None


@lru_cache(maxsize=4)
def _code_table(folder: str) -> CodeTable:
    path = Path(folder) / "requirements" / "codes.yaml"
    return CodeTable.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def a1pi_codes() -> frozenset[str]:
    """Billing codes of the code table whose drug is alpha-1 proteinase inhibitor."""
    return frozenset(c.code for c in _code_table(str(patterns_dir())).codes if c.drug == "a1pi")


# The generic name, for products written without a brand ("alpha1-proteinase inhibitor (human)").
_GENERIC_A1PI = re.compile(
    r"\balpha[\s-]*(?:1|one)[\s-]*(?:proteinase[\s-]+inhibitor|anti[\s-]?trypsin)\b(?![\s-]*deficien)"
    r"|\ba1[\s-]?pi\b|α1[\s-]*(?:proteinase[\s-]+inhibitor|pi)\b",
    re.IGNORECASE,
)


def names_a1pi(*texts: str | None) -> bool:
    return any(t and (_GENERIC_A1PI.search(t) or product_name(t)) for t in texts)
