"""Medication and MedicationAdministration as structured facts.

- Medication: ``code`` naming an A1PI product -> ``drug_product`` (Prolastin-C, Prolastin-C Liquid,
  Aralast NP, Zemaira, Glassia by the rules of ``target_rules.json``); ``batch.lotNumber`` ->
  ``lot_number``; ``batch.expirationDate`` -> ``expiration_date``.
- MedicationAdministration of an A1PI product (its ``medicationCodeableConcept``, or the contained or
  referenced Medication): ``dosage.dose`` in mg or g -> ``dose`` (mg); ``effectivePeriod`` start / end ->
  ``infusion_start`` / ``infusion_end`` (HH:MM, as written in the time's own offset).

A medication identified as another drug (vancomycin, IVIG) gives no facts: its lot, expiry or times are not
evidence for an A1PI claim; a warning says so. A Medication without any code or name is read.
"""

from __future__ import annotations

from typing import Any

from nlp_checker.ingest.fhir.common import (
    clock_time,
    codings,
    concept_display,
    concept_texts,
    iso_partial,
    number,
    quantity_unit,
    reference_of,
    to_date,
)
from nlp_checker.ingest.fhir.observations import FactsRead
from nlp_checker.ingest.fhir.parse import Entry
from nlp_checker.ingest.structured import StructuredVocabulary
from nlp_checker.sources import structured_fact

_SKIPPED_STATUS = {"entered-in-error", "not-done", "cancelled"}


def medication_identity(
    concept: Any, vocabulary: StructuredVocabulary, extra_texts: list[str] | None = None
) -> tuple[bool | None, str | None]:
    """(is A1PI: True / False / None when unnamed, product name) of a medication concept."""
    texts = concept_texts(concept) + list(extra_texts or [])
    product = vocabulary.product_name(*texts)
    if (
        product
        or vocabulary.names_a1pi(*texts)
        or any(getattr(c, "code", None) in vocabulary.a1pi_codes for c in codings(concept))
    ):
        return True, product
    if texts or codings(concept):
        return False, None
    return None, None


def _ingredient_texts(medication: Any) -> list[str]:
    texts = []
    for ingredient in medication.ingredient or []:
        texts.extend(concept_texts(getattr(ingredient, "itemCodeableConcept", None)))
        display = getattr(getattr(ingredient, "itemReference", None), "display", None)
        if display:
            texts.append(display)
    return texts


def _medication_facts(
    medication: Any, label: str, prefix: str, out: FactsRead, date: Any = None
) -> bool | None:
    """Facts of one Medication resource; returns whether it is an A1PI product (None: unnamed)."""
    is_a1pi, product = medication_identity(medication.code, out.vocabulary, _ingredient_texts(medication))
    if is_a1pi is False:
        name = concept_display(medication.code) or (_ingredient_texts(medication) or ["another drug"])[0]
        if medication.batch is not None:
            out.warnings.append(
                f"{label}: {prefix} is {name}, not an alpha-1 proteinase inhibitor; its batch was not used."
            )
        return False
    if product:
        shown = concept_display(medication.code) or product
        out.facts.append(structured_fact("drug_product", label, f"{prefix}.code", shown, value=product))
    batch = medication.batch
    if batch is not None:
        if batch.lotNumber and batch.lotNumber.strip():
            lot = batch.lotNumber.strip()
            out.facts.append(
                structured_fact("lot_number", label, f"{prefix}.batch.lotNumber", f"Lot {lot}", value=lot)
            )
        expiration = iso_partial(batch.expirationDate)
        if expiration:
            out.facts.append(
                structured_fact(
                    "expiration_date",
                    label,
                    f"{prefix}.batch.expirationDate",
                    f"Exp {expiration}",
                    value=expiration,
                )
            )
    return is_a1pi


def read_medication(entry: Entry, out: FactsRead) -> None:
    _medication_facts(entry.resource, entry.reference, "Medication", out)


def _resolve(reference: str | None, resource: Any, index: dict[str, Any]) -> tuple[Any, int | None]:
    """A referenced Medication: contained (``#id``, with its index) or in the Bundle."""
    if not reference:
        return None, None
    if reference.startswith("#"):
        for i, contained in enumerate(resource.contained or []):
            if contained.get_resource_type() == "Medication" and contained.id == reference[1:]:
                return contained, i
        return None, None
    target = index.get(reference)
    if target is not None and target.get_resource_type() == "Medication":
        return target, None
    return None, None


def read_administration(entry: Entry, index: dict[str, Any], out: FactsRead) -> None:
    resource = entry.resource
    label = entry.reference
    if resource.status in _SKIPPED_STATUS:
        return
    concept = resource.medicationCodeableConcept
    reference = resource.medicationReference
    is_a1pi: bool | None
    if concept is not None:
        is_a1pi, product = medication_identity(concept, out.vocabulary)
        if product:
            out.facts.append(
                structured_fact(
                    "drug_product",
                    label,
                    "MedicationAdministration.medicationCodeableConcept",
                    concept_display(concept) or product,
                    value=product,
                )
            )
    else:
        medication, contained_at = _resolve(reference_of(reference), resource, index)
        if medication is not None and contained_at is not None:
            prefix = f"MedicationAdministration.contained[{contained_at}]"
            is_a1pi = _medication_facts(medication, label, prefix, out)
        elif medication is not None:
            # Its own facts come from its entry.
            is_a1pi = medication_identity(medication.code, out.vocabulary, _ingredient_texts(medication))[0]
        else:
            display = getattr(reference, "display", None)
            is_a1pi = medication_identity(None, out.vocabulary, [display] if display else [])[0]
    if is_a1pi is False:
        out.warnings.append(
            f"{label}: the medication given is not an alpha-1 proteinase inhibitor; its dose and times "
            "were not used."
        )
        return
    period = resource.effectivePeriod
    start = getattr(period, "start", None) if period is not None else None
    end = getattr(period, "end", None) if period is not None else None
    date = to_date(start) or to_date(resource.effectiveDateTime)
    dosage = resource.dosage
    dose = getattr(dosage, "dose", None) if dosage is not None else None
    if dose is not None and is_a1pi:
        value = number(dose.value)
        unit = quantity_unit(dose).lower()
        mg = out.vocabulary.units.to_mg(value, unit) if value is not None else None
        if mg is not None:
            out.facts.append(
                structured_fact(
                    "dose",
                    label,
                    "MedicationAdministration.dosage.dose",
                    f"Dose given: {value} {dose.unit or unit}",
                    date=date,
                    value=mg,
                    unit="mg",
                )
            )
        else:
            out.warnings.append(f"{label}: dosage.dose unit {unit!r} is not a mass (mg, g); not used.")
    for kind, moment, path in (
        ("infusion_start", start, "MedicationAdministration.effectivePeriod.start"),
        ("infusion_end", end, "MedicationAdministration.effectivePeriod.end"),
    ):
        time = clock_time(moment)
        if time:
            word = "started" if kind == "infusion_start" else "stopped"
            out.facts.append(
                structured_fact(
                    kind, label, path, f"Infusion {word} {time}", date=to_date(moment), value=time
                )
            )
