"""Claim -> claim lines, date of service and prior authorization; Coverage -> payer profile.

Claim items whose ``productOrService`` carries a HCPCS code (CMS HCPCS system, or any code shaped like a
HCPCS Level II code such as J0256) or a CPT code (AMA CPT system) become claim lines: ``quantity.value``
is the units, ``modifier`` codes the modifiers. The date of service is ``billablePeriod.start``, else the
items' ``servicedDate`` / ``servicedPeriod.start``. ``insurance.preAuthRef`` is the prior authorization.
A Bundle with several Claims (a patient's history) is read for the latest Claim that bills a HCPCS line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.ingest.fhir.common import coded, codings, concept_texts, number, reference_of, to_date
from nlp_checker.ingest.fhir.parse import Entry
from nlp_checker.ingest.structured import StructuredVocabulary

_HCPCS_SYSTEM = re.compile(r"^https?://(?:www\.)?cms\.gov/Medicare/Coding/HCPCSReleaseCodeSets/?$", re.I)
_CPT_SYSTEM = re.compile(r"^https?://(?:www\.)?ama-assn\.org/go/cpt/?$", re.I)
_HCPCS_LEVEL2 = re.compile(r"^[A-V]\d{4}$")


@dataclass
class ClaimRead:
    claim_lines: list[dict[str, Any]] | None = None
    date_of_service: dt.date | None = None
    prior_authorization: str | None = None
    payer_names: list[str] = field(default_factory=list)
    chart_id: str | None = None
    date_source: str | None = None
    warnings: list[str] = field(default_factory=list)


def billing_code(concept: Any) -> str | None:
    """The HCPCS / CPT code of a productOrService concept, upper case; None when it has none."""
    for coding in codings(concept):
        code = str(getattr(coding, "code", None) or "").strip().upper()
        system = str(getattr(coding, "system", None) or "")
        if not code:
            continue
        if _HCPCS_SYSTEM.match(system) or _CPT_SYSTEM.match(system) or _HCPCS_LEVEL2.match(code):
            return code
    return None


def _line(item: Any, where: str, label: str, warnings: list[str]) -> dict[str, Any] | None:
    code = billing_code(item.productOrService)
    if code is None:
        return None
    units = number(getattr(item.quantity, "value", None)) if item.quantity is not None else None
    if units is None:
        warnings.append(f"{label}: {where}.quantity missing; the line is read as 1 unit.")
        units = 1
    if units < 0:
        warnings.append(f"{label}: {where}.quantity is negative; the line was not read.")
        return None
    modifiers = [
        str(c.code).strip().upper()
        for m in item.modifier or []
        for c in codings(m)
        if getattr(c, "code", None)
    ]
    return {"hcpcs": code, "units": units, "modifiers": modifiers}


def _claim_date(claim: Any) -> dt.date | None:
    period = claim.billablePeriod
    start = to_date(getattr(period, "start", None)) if period is not None else None
    if start:
        return start
    dates = [
        to_date(item.servicedDate) or to_date(getattr(item.servicedPeriod, "start", None))
        for item in claim.item or []
    ]
    found = [d for d in dates if d]
    return max(found) if found else None


def _identifier(resource: Any) -> str | None:
    for identifier in resource.identifier or []:
        if identifier.value and identifier.value.strip():
            return identifier.value.strip()
    return resource.id


def read_claims(claims: list[Entry]) -> ClaimRead:
    out = ClaimRead()
    if not claims:
        return out
    candidates = []
    for entry in claims:
        warnings: list[str] = []
        lines = [
            line
            for i, item in enumerate(entry.resource.item or [])
            if (line := _line(item, f"Claim.item[{i}]", entry.reference, warnings)) is not None
        ]
        candidates.append((bool(lines), _claim_date(entry.resource) or dt.date.min, entry, lines, warnings))
    candidates.sort(key=lambda c: (c[0], c[1]))
    _, _, chosen, lines, warnings = candidates[-1]
    claim = chosen.resource
    out.warnings.extend(warnings)
    if len(claims) > 1:
        out.warnings.append(
            f"{len(claims)} Claims in the input; {chosen.reference} (the latest with billing codes) was read."
        )
    out.claim_lines = lines or None
    if not lines:
        out.warnings.append(f"{chosen.reference}: no item carries a HCPCS or CPT code; no claim lines.")
    out.date_of_service = _claim_date(claim)
    if out.date_of_service is not None:
        period = claim.billablePeriod
        element = "billablePeriod.start" if period is not None and period.start else "item.servicedDate"
        out.date_source = f"{chosen.reference} ({element})"
    for insurance in claim.insurance or []:
        refs = [r.strip() for r in insurance.preAuthRef or [] if r and r.strip()]
        if refs and out.prior_authorization is None:
            out.prior_authorization = refs[0]
        display = getattr(insurance.coverage, "display", None)
        if display:
            out.payer_names.append(display)
    out.chart_id = _identifier(claim)
    return out


def read_preauthorization(responses: list[Entry], warnings: list[str]) -> str | None:
    """``ClaimResponse.preAuthRef`` of the latest ClaimResponse with use = preauthorization whose outcome is
    not an error (FHIR R4: "Reference from the Insurer which is used in later communications which refers to
    this adjudication"). Claim.insurance.preAuthRef, when present, wins over it."""
    found = []
    for entry in responses:
        response = entry.resource
        if response.use != "preauthorization" or not (response.preAuthRef or "").strip():
            continue
        if response.outcome == "error" or response.status in ("cancelled", "entered-in-error"):
            warnings.append(f"{entry.reference}: preauthorization outcome {response.outcome}; not read.")
            continue
        found.append((to_date(response.created) or dt.date.min, entry, response.preAuthRef.strip()))
    if not found:
        return None
    _, entry, ref = max(found, key=lambda f: f[0])
    return str(ref)


@dataclass
class PayerRead:
    profile: str | None = None
    name: str | None = None
    source: str | None = None
    note: str | None = None


def _coverage_names(coverage: Any, index: dict[str, Any]) -> list[str]:
    names = []
    for payor in coverage.payor or []:
        if getattr(payor, "display", None):
            names.append(payor.display)
        target = index.get(reference_of(payor) or "")
        if target is not None and getattr(target, "name", None) and isinstance(target.name, str):
            names.append(target.name)
    names.extend(c.name for c in coverage.class_fhir or [] if getattr(c, "name", None))
    names.extend(concept_texts(coverage.type))
    return names


def read_payer(
    coverages: list[Entry], claim_payers: list[str], index: dict[str, Any], vocabulary: StructuredVocabulary
) -> PayerRead:
    """The payer profile of the (first active) Coverage: ``Coverage.type`` codes (SOPT, v3 ActCode) first,
    then the payor / class / type names; else the Claim's insurance display. An unrecognised payer keeps
    the default profile with a note."""
    ordered = sorted(coverages, key=lambda e: e.resource.status != "active")
    chosen = ordered[0] if ordered else None
    codes = coded(chosen.resource.type) if chosen is not None else []
    names = _coverage_names(chosen.resource, index) if chosen is not None else []
    names = [n for n in names if n and n.strip()] or claim_payers
    where = f"{chosen.reference} (Coverage.type / payor / class)" if chosen is not None else "Claim.insurance"
    decision = vocabulary.payer(codes, names, where)
    return PayerRead(decision.profile, decision.name, decision.source, decision.note)
