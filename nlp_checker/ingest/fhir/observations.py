"""Observations as structured facts: serum AAT level, AAT phenotype / genotype, body weight, FEV1 % predicted.

| LOINC | fact |
|---|---|
| 1825-9, 6771-0 (alpha-1 antitrypsin, serum) with valueQuantity | ``serum_aat`` (unit mg/dL, g/L, uM) |
| 32769-2 (alpha-1 antitrypsin phenotype), valueString / valueCodeableConcept | ``genotype`` (alleles) |
| 29463-7, 3141-9 (body weight) | ``weight`` (value, unit kg / lb, value_kg) |
| 20152-5 (FEV1 measured/predicted), 20150-9 (FEV1) with unit %, SNOMED 313223002 | ``fev1`` |

FEV1/FVC (LOINC 19926-5) is a ratio, not percent predicted, and is never read as FEV1. Components of an
Observation (a spirometry or vital-signs panel) are read like Observations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.ingest.fhir.common import (
    coded,
    concept_display,
    concept_texts,
    number,
    quantity_unit,
    to_date,
)
from nlp_checker.ingest.fhir.parse import Entry
from nlp_checker.ingest.structured import StructuredVocabulary
from nlp_checker.models import Finding
from nlp_checker.sources import structured_fact

_AAT_TEXT = re.compile(r"anti[\s-]?trypsin", re.IGNORECASE)
_NOT_SERUM_LEVEL = re.compile(r"pheno|geno|proteo|clearance|stool|fec|urine|gene\b|allele", re.IGNORECASE)
_PHENOTYPE_TEXT = re.compile(r"pheno|geno|proteo", re.IGNORECASE)
_FEV1_TEXT = re.compile(r"\bFEV\s?1\b", re.IGNORECASE)
_PREDICTED_TEXT = re.compile(r"pred", re.IGNORECASE)
_RATIO_TEXT = re.compile(r"FVC|ratio", re.IGNORECASE)
_SKIPPED_STATUS = {"entered-in-error", "cancelled"}


@dataclass
class FactsRead:
    vocabulary: StructuredVocabulary
    facts: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _kind(code: Any, unit: str, vocabulary: StructuredVocabulary) -> str | None:
    texts = concept_texts(code)
    known, kind = vocabulary.kind_for(coded(code), unit)
    if known:
        return kind
    # Uncoded (or locally coded) results, by their display text.
    if any(_AAT_TEXT.search(t) for t in texts):
        if any(_PHENOTYPE_TEXT.search(t) for t in texts):
            return "genotype"
        if not any(_NOT_SERUM_LEVEL.search(t) for t in texts):
            return "serum_aat"
    if (
        unit == "%"
        and any(_FEV1_TEXT.search(t) for t in texts)
        and any(_PREDICTED_TEXT.search(t) for t in texts)
        and not any(_RATIO_TEXT.search(t) for t in texts)
    ):
        return "fev1"
    return None


def _method(resource: Any, vocabulary: StructuredVocabulary) -> str | None:
    """The lab method (nephelometry, RID, ...) by the serum AAT extractor's own method lexicon."""
    return vocabulary.aat_method(*concept_texts(getattr(resource, "method", None)))


def _alleles(text: str, vocabulary: StructuredVocabulary) -> list[str] | None:
    """Two alleles from a phenotype value, by the library's genotype extractor."""
    for candidate in (text, f"Phenotype: {text}"):
        for alleles in vocabulary.genotypes(candidate):
            return alleles
    return None


def _value_text(item: Any) -> tuple[str | None, str]:
    if getattr(item, "valueString", None):
        return item.valueString, "valueString"
    concept = getattr(item, "valueCodeableConcept", None)
    if concept is not None:
        texts = concept_texts(concept)
        if concept.text:
            return concept.text, "valueCodeableConcept.text"
        if texts:
            return texts[0], "valueCodeableConcept.coding[0].display"
    return None, ""


def _read_item(item: Any, where: str, entry: Entry, resource: Any, out: FactsRead) -> None:
    quantity = getattr(item, "valueQuantity", None)
    unit = quantity_unit(quantity) if quantity is not None else ""
    kind = _kind(item.code, unit, out.vocabulary)
    if kind is None:
        return
    label = entry.reference
    date = to_date(resource.effectiveDateTime) or to_date(getattr(resource.effectivePeriod, "start", None))
    name = concept_display(item.code) or kind
    if kind == "genotype":
        text, path = _value_text(item)
        alleles = _alleles(text, out.vocabulary) if text else None
        if alleles is None:
            out.warnings.append(f"{label}: {where} phenotype result not understood; not used.")
            return
        out.facts.append(
            structured_fact(
                "genotype", label, f"{where}.{path}", f"{name}: {text}", date=date, alleles=alleles
            )
        )
        return
    value = number(getattr(quantity, "value", None)) if quantity is not None else None
    if value is None:
        if kind != "genotype" and getattr(item, "dataAbsentReason", None) is None:
            out.warnings.append(f"{label}: {where} has no numeric valueQuantity; not used.")
        return
    comparator = getattr(quantity, "comparator", None)
    if comparator and not (kind == "serum_aat" and comparator in ("<", "<=")):
        # "< 20 mg/dL" still places a serum level below the threshold; any other bound is not a value.
        out.warnings.append(f"{label}: {where} is a bound ({comparator} {value}), not a value; not used.")
        return
    path = f"{where}.valueQuantity"
    shown_unit = getattr(quantity, "unit", None) or unit
    display = f"{name}: {value} {shown_unit}".strip()
    if kind == "serum_aat":
        units = out.vocabulary.units
        normalized = units.aat_unit(unit) or units.aat_unit(getattr(quantity, "unit", None) or "")
        if normalized is None:
            out.warnings.append(f"{label}: {where} unit {unit!r} is not a serum AAT unit; not used.")
            return
        out.facts.append(
            structured_fact(
                "serum_aat",
                label,
                path,
                display,
                date=date,
                value=value,
                unit=normalized,
                method=_method(item, out.vocabulary),
            )
        )
    elif kind == "weight":
        fact = out.vocabulary.weight_fact(label, path, display, value, unit, date)
        if fact is None:
            out.warnings.append(f"{label}: {where} unit {unit!r} is not a body-weight unit; not used.")
            return
        out.facts.append(fact)
    elif kind == "fev1":
        out.facts.append(structured_fact("fev1", label, path, display, date=date, value=value, unit="%"))


def read_observation(entry: Entry, out: FactsRead) -> None:
    resource = entry.resource
    if resource.status in _SKIPPED_STATUS:
        return
    _read_item(resource, "Observation", entry, resource, out)
    for i, component in enumerate(resource.component or []):
        _read_item(component, f"Observation.component[{i}]", entry, resource, out)
