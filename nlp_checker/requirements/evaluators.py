"""One function per requirement id: findings and claim lines in, an Outcome out.

Thresholds, tolerances and policies come from the payer profile; the code table gives billing units and
products. Registered in ``EVALUATORS`` by id (explicitly, no decorators that depend on import order).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from nlp_checker.models import Finding
from nlp_checker.normalize import date_upper_bound, parse_clock_time
from nlp_checker.requirements.context import JZ, EvaluationContext, Outcome

MET, MISSING, CONFLICT, NA = "met", "missing", "conflict", "not_applicable"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _present(ctx: EvaluationContext, kind: str, label: str) -> Outcome:
    found = ctx.of(kind)
    if found:
        return Outcome(MET, f'{label} documented: "{found[0].text}"', found[:3])
    return Outcome(MISSING, f"No {label.lower()} documented for this patient.")


def aatd_diagnosis(ctx: EvaluationContext) -> Outcome:
    return _present(ctx, "aatd_diagnosis", "Alpha-1 antitrypsin deficiency diagnosis")


def lung_disease_evidence(ctx: EvaluationContext) -> Outcome:
    found = ctx.of("lung_disease")
    if found:
        kinds = ", ".join(dict.fromkeys(str(f.value).replace("_", " ") for f in found))
        return Outcome(MET, f"Lung disease documented ({kinds}).", found[:3])
    return Outcome(MISSING, "No emphysema, COPD or airflow obstruction documented.")


def genotype(ctx: EvaluationContext) -> Outcome:
    results = ctx.of("genotype")
    if not results:
        return Outcome(MISSING, "No AAT genotype or phenotype result documented.")
    policy = ctx.profile.genotype
    deficient_alleles = set(policy.deficient_alleles)
    pairs = {tuple(sorted(p)) for p in policy.deficient_pairs}
    needs_level = {tuple(sorted(p)) for p in policy.pairs_needing_low_level}
    low_level = serum_aat_level(ctx).status == MET
    accepted, waiting = [], []
    for f in results:
        alleles = tuple(sorted(f.alleles or []))
        deficient = len(alleles) == 2 and (set(alleles) <= deficient_alleles or alleles in pairs)
        if deficient and alleles in needs_level and not low_level:
            waiting.append(f)
        elif deficient:
            accepted.append(f)
    if accepted:
        f = accepted[0]
        return Outcome(
            MET, f'Deficient genotype documented: {"/".join(f.alleles or [])} ("{f.text}").', accepted[:3]
        )
    if waiting:
        f = waiting[0]
        return Outcome(
            CONFLICT,
            f"Genotype {'/'.join(f.alleles or [])} is covered by this payer only with a serum "
            "AAT level below threshold, which is not documented.",
            waiting[:3],
            "Please document the patient's serum alpha-1 antitrypsin level (value, unit, method if known) "
            "and the date it was drawn, if it was measured.",
        )
    shown = ", ".join(dict.fromkeys("/".join(f.alleles or []) for f in results))
    return Outcome(
        CONFLICT,
        f"Only non-deficient genotype results documented ({shown}); augmentation requires a "
        "severe-deficiency genotype (e.g. ZZ, Z/null, null/null).",
        results[:3],
        "Please document the result of any other alpha-1 antitrypsin genotype or phenotype testing of the "
        "patient, with its date, if other testing was performed.",
    )


def serum_aat_level(ctx: EvaluationContext) -> Outcome:
    levels = ctx.of("serum_aat")
    if not levels:
        return Outcome(MISSING, "No serum AAT level with a unit documented.")
    policy = ctx.profile.serum_aat
    below: list[tuple[Finding, float]] = []
    above: list[tuple[Finding, float]] = []
    for f in levels:
        threshold = policy.threshold(f.unit or "", f.method)
        if threshold is None:
            continue
        (below if float(f.value) < threshold else above).append((f, threshold))
    if below:
        f, limit = min(below, key=lambda pair: float(pair[0].value) / pair[1])
        um = policy.to_um(float(f.value), f.unit or "")
        extra = f" ({_fmt(round(um, 1))} uM)" if um is not None and f.unit != "uM" else ""
        method = f" by {f.method.replace('_', ' ')}" if f.method else ""
        return Outcome(
            MET, f"Serum AAT {_fmt(f.value)} {f.unit}{extra}{method}, below {_fmt(limit)} {f.unit}.", [f]
        )
    f, limit = min(above, key=lambda pair: float(pair[0].value) / pair[1])
    return Outcome(
        CONFLICT,
        f"Serum AAT {_fmt(f.value)} {f.unit} is not below the payer threshold of {_fmt(limit)} {f.unit}.",
        [f],
        "Please clarify the patient's serum alpha-1 antitrypsin level (value, unit, method if known), the "
        "date it was drawn, and whether it was drawn before augmentation therapy began.",
    )


def patient_weight(ctx: EvaluationContext) -> Outcome:
    weight = ctx.current_weight
    if weight is None:
        return Outcome(MISSING, "No patient weight with a unit documented.")
    shown = f"{_fmt(weight.value)} {weight.unit}" + (
        f" ({_fmt(weight.value_kg)} kg)" if weight.unit != "kg" and weight.value_kg is not None else ""
    )
    return Outcome(MET, f"Weight {shown} documented.", [weight])


def dose_administered(ctx: EvaluationContext) -> Outcome:
    doses = ctx.visit_doses
    if not doses:
        return Outcome(MISSING, "The amount of drug administered (mg) is not documented.")
    values = sorted({float(f.value) for f in doses})
    if len(values) > 1:
        shown = ", ".join(f"{_fmt(v)} mg" for v in values)
        return Outcome(
            CONFLICT,
            f"The record documents different administered doses for this visit: {shown}.",
            doses[:4],
            "Please clarify the amount of the product administered at this encounter (amount and unit); the "
            "record documents more than one amount.",
        )
    dose = ctx.administered_dose
    assert dose is not None
    return Outcome(MET, f"Administered dose {_fmt(dose.value)} mg documented.", [dose])


def dose_matches_weight(ctx: EvaluationContext) -> Outcome:
    dose, weight = ctx.administered_dose, ctx.current_weight
    if dose is None or weight is None or weight.value_kg is None:
        absent = " and ".join(n for n, v in (("dose", dose), ("weight", weight)) if v is None)
        return Outcome(MISSING, f"Cannot compare dose with weight: {absent} not documented.")
    policy = ctx.profile.dose
    expected = policy.mg_per_kg * float(weight.value_kg)
    deviation = (float(dose.value) - expected) / expected
    shown = (
        f"{_fmt(dose.value)} mg given; {_fmt(policy.mg_per_kg)} mg/kg x {_fmt(weight.value_kg)} kg = "
        f"{_fmt(round(expected))} mg ({deviation:+.1%})"
    )
    if abs(deviation) <= policy.tolerance_fraction + 1e-9:
        return Outcome(MET, f"Dose matches weight: {shown}.", [dose, weight])
    return Outcome(
        CONFLICT, f"Dose outside {policy.tolerance_fraction:.0%} of the label dose: {shown}.", [dose, weight]
    )


def units_match_dose(ctx: EvaluationContext) -> Outcome:
    if not ctx.has_claim or not ctx.drug_lines:
        return Outcome(NA, "No alpha-1 proteinase inhibitor drug line on the claim.")
    dose = ctx.administered_dose
    if dose is None:
        return Outcome(MISSING, "Billed units cannot be verified: the administered dose is not documented.")
    mismatches, checked = [], []
    by_code: dict[str, float] = {}
    specs = {}
    for line, spec in ctx.administered_lines():
        by_code[spec.code] = by_code.get(spec.code, 0) + float(line.units)
        specs[spec.code] = spec
    for code, billed in by_code.items():
        expected = math.ceil(float(dose.value) / specs[code].billing_unit_mg - 1e-9)
        checked.append(f"{code} x {_fmt(billed)}")
        if abs(billed - expected) > 1e-9:
            mismatches.append(
                f"{code} billed {_fmt(billed)} units but {_fmt(dose.value)} mg / "
                f"{_fmt(specs[code].billing_unit_mg)} mg per unit = {expected} units"
            )
    if not by_code:
        return Outcome(
            CONFLICT,
            "Only JW (waste) lines are billed; the administered amount has no line.",
            [dose],
            "Not a provider query: add the administered amount on its own drug line, without JW.",
        )
    if mismatches:
        return Outcome(
            CONFLICT,
            "; ".join(mismatches) + ".",
            [dose],
            "Not a provider query: correct the units of the drug line to the administered mg divided by the "
            "code's billing unit, rounded up.",
        )
    return Outcome(
        MET, f"Billed units match the {_fmt(dose.value)} mg administered ({', '.join(checked)}).", [dose]
    )


def wastage_documented(ctx: EvaluationContext) -> Outcome:
    waste = ctx.documented_waste
    evidence = [waste] if waste else []
    amount = float(waste.value) if waste else None
    policy = ctx.profile.wastage
    if not ctx.has_claim or not ctx.drug_lines:
        if waste is None:
            return Outcome(MISSING, "No statement of the amount discarded (or that nothing was discarded).")
        return Outcome(MET, f"Wastage documented: {_fmt(amount or 0)} mg discarded.", evidence)
    jw_lines = ctx.waste_lines()
    jz_present = any(JZ in line.modifier_set for line, _ in ctx.drug_lines)
    jw_codes = {spec.code for _, spec in jw_lines}
    jz_codes = {spec.code for line, spec in ctx.drug_lines if JZ in line.modifier_set}
    if jw_codes & jz_codes:
        return Outcome(
            CONFLICT,
            "JW and JZ are both billed for the same drug; a claim carries one or the other.",
            evidence,
            "Not a provider query: keep JW (with the discarded amount) or JZ (nothing discarded), as the "
            "record documents; if it does not say, ask the provider whether any drug was discarded.",
        )
    if jw_lines and not policy.reimbursed:
        return Outcome(
            CONFLICT,
            "A JW (wastage) line is billed, but this payer does not reimburse discarded drug.",
            evidence,
            "Not a provider query: remove the JW line (this payer does not pay for waste); the discarded "
            "amount stays in the record.",
        )
    if jw_lines:
        if amount is None or amount <= 0:
            return Outcome(
                CONFLICT,
                "JW is billed but no discarded amount is documented.",
                evidence,
                "Please clarify whether any of the product prepared was discarded: amount discarded (mg); "
                "none discarded; other (please specify); or unable to determine.",
            )
        billed = sum(float(line.units) for line, _ in jw_lines)
        unit = jw_lines[0][1].billing_unit_mg
        expected = math.floor(amount / unit + 1e-9)
        if abs(billed - expected) > 1e-9:
            return Outcome(
                CONFLICT,
                f"JW billed {_fmt(billed)} units but {_fmt(amount)} mg discarded / {_fmt(unit)} mg "
                f"= {expected} units.",
                evidence,
                "Not a provider query: correct the JW units to the discarded mg divided by the code's "
                "billing unit, rounded down.",
            )
        return Outcome(MET, f"{_fmt(amount)} mg discarded, billed as JW x {_fmt(billed)}.", evidence)
    if amount is not None and amount > 0:
        if not policy.reimbursed:
            return Outcome(
                MET if not jz_present else CONFLICT,
                f"{_fmt(amount)} mg discarded"
                + (
                    " but JZ (zero waste) is billed."
                    if jz_present
                    else "; not billed (this payer does not reimburse waste)."
                ),
                evidence,
                None
                if not jz_present
                else "Not a provider query: remove JZ; the record documents discarded drug.",
            )
        return Outcome(
            CONFLICT,
            f"{_fmt(amount)} mg discarded is documented but not billed on a JW line"
            + (" (JZ, zero waste, is billed)." if jz_present else "."),
            evidence,
            "Not a provider query: bill the discarded amount on its own JW line (and remove JZ).",
        )
    if not jz_present and policy.jw_jz_required:
        return Outcome(
            CONFLICT,
            "Neither JW nor JZ is on the drug line; Medicare returns such claims as unprocessable.",
            evidence,
            "Not a provider query: add JZ when the record documents that nothing was discarded, or a JW line "
            "for the discarded amount.",
        )
    if waste is None:
        return Outcome(
            MISSING,
            "JZ (no waste) is billed but the record does not state that no drug was discarded."
            if jz_present
            else "The record does not state the amount discarded or that nothing was discarded.",
        )
    return Outcome(MET, "No waste documented" + (" and JZ billed." if jz_present else "."), evidence)


def lot_number(ctx: EvaluationContext) -> Outcome:
    return _present(ctx, "lot_number", "Lot number")


def expiration_date(ctx: EvaluationContext) -> Outcome:
    dates = ctx.of("expiration_date")
    if not dates:
        return Outcome(MISSING, "No expiration date of the product documented.")
    service_date = ctx.service_date
    expired = [f for f in dates if service_date and date_upper_bound(str(f.value)) < service_date]
    if expired:
        f = expired[0]
        return Outcome(
            CONFLICT,
            f"Lot expired {f.value}, before the date of service {service_date}.",
            expired,
            "Please clarify the expiration date of the lot administered: the expiration date of that lot; a "
            "different lot was administered (its lot number and expiration date); other (please specify); "
            "or unable to determine.",
        )
    return Outcome(
        MET, f"Expiration date {dates[0].value} documented, not before the date of service.", dates[:2]
    )


def infusion_times(ctx: EvaluationContext) -> Outcome:
    starts, ends = ctx.of("infusion_start"), ctx.of("infusion_end")
    if not starts or not ends:
        absent = " and ".join(n for n, v in (("start", starts), ("stop", ends)) if not v)
        return Outcome(MISSING, f"Infusion {absent} time not documented.", starts[:1] + ends[:1])
    start, end = starts[0], ends[-1]
    start_time, end_time = parse_clock_time(str(start.value)) or "", parse_clock_time(str(end.value)) or ""
    overnight_start, overnight_end = ctx.profile.overnight_infusion
    overnight = start_time >= overnight_start and end_time <= overnight_end
    if end_time < start_time and not overnight:
        return Outcome(
            CONFLICT,
            f"Infusion stop {end.value} is before its start {start.value}.",
            [start, end],
            "Please clarify the start and stop times of the infusion; the stop time documented is earlier "
            "than the start time.",
        )
    return Outcome(MET, f"Infusion {start.value} to {end.value}.", [start, end])


def response_to_therapy(ctx: EvaluationContext) -> Outcome:
    found = ctx.of("response_to_therapy")
    if found:
        notes = [f for f in found if ctx.document_types.get(f.document_id) == "progress_note"] or found
        return Outcome(MET, f'Response to therapy documented: "{notes[0].text}".', notes[:2])
    return Outcome(MISSING, "No note describes the patient's response to augmentation therapy.")


def prior_authorization(ctx: EvaluationContext) -> Outcome:
    if not ctx.profile.prior_authorization_required:
        return Outcome(NA, f"{ctx.profile.name} does not require prior authorization for this drug.")
    if ctx.chart.prior_authorization and ctx.chart.prior_authorization.strip():
        return Outcome(MET, f"Prior authorization {ctx.chart.prior_authorization.strip()} on the chart.")
    found = ctx.of("prior_authorization")
    if found:
        return Outcome(MET, f"Prior authorization {found[0].value} documented.", found[:1])
    return Outcome(
        MISSING, f"{ctx.profile.name} requires prior authorization; no authorization number found."
    )


def code_selection(ctx: EvaluationContext) -> Outcome:
    if not ctx.has_claim or not ctx.drug_lines:
        return Outcome(NA, "No alpha-1 proteinase inhibitor drug line on the claim.")
    wrong_drug = [spec for _, spec in ctx.drug_lines if spec.drug != "a1pi"]
    if wrong_drug:
        spec = wrong_drug[0]
        return Outcome(
            CONFLICT,
            f'{spec.code} is "{spec.descriptor}", not an alpha-1 proteinase inhibitor code.',
            [],
            "Bill the product on J0256 (Prolastin-C, Aralast NP, Zemaira) or J0257 (Glassia).",
        )
    products = ctx.products()
    evidence = [f for f in ctx.of("drug_product")][:2]
    if not products:
        return Outcome(
            MISSING, "The product administered is not documented, so the drug code cannot be confirmed."
        )
    wrong = []
    for _, spec in ctx.drug_lines:
        if not any(p in spec.products for p in products):
            right = [
                c.code
                for c in ctx.codes.codes
                if c.drug == "a1pi" and any(p in c.products for p in products) and c.code != "J2252"
            ]
            wrong.append(
                f"{spec.code} does not cover {', '.join(products)}"
                + (f" (use {' or '.join(right)})" if right else "")
            )
    if wrong:
        return Outcome(
            CONFLICT,
            "; ".join(dict.fromkeys(wrong)) + ".",
            evidence,
            "Not a provider query: choose the code that covers the product documented (see the claim lines "
            "and the code table).",
        )
    codes = ", ".join(dict.fromkeys(spec.code for _, spec in ctx.drug_lines))
    return Outcome(MET, f"{codes} covers the documented product ({', '.join(products)}).", evidence)


def smoking_status(ctx: EvaluationContext) -> Outcome:
    found = ctx.of("smoking_status")
    if not found:
        return Outcome(MISSING, "Smoking status is not documented.")
    accepted = ctx.profile.smoking.accepted
    current = [f for f in found if f.value == "current"]
    if current:
        return Outcome(
            CONFLICT,
            f'Patient documented as a current smoker ("{current[0].text}"); this payer covers '
            "non-smokers only.",
            current[:2],
            "Please clarify the patient's tobacco use as of the date of service: never smoker; former smoker "
            "(quit date); current smoker; other (please specify); or unable to determine.",
        )
    chosen = next((f for f in found if f.value in accepted), found[0])
    return Outcome(MET, f"Smoking status: {chosen.value}.", [chosen])


def fev1_range(ctx: EvaluationContext) -> Outcome:
    found = ctx.of("fev1")
    bounds = ctx.profile.fev1_percent_range
    if bounds is None:
        return Outcome(NA, f"{ctx.profile.name} has no FEV1 criterion.")
    if not found:
        return Outcome(MISSING, "FEV1 % predicted is not documented.")
    low, high = bounds
    inside = [f for f in found if low <= float(f.value) <= high]
    if inside:
        return Outcome(
            MET, f"FEV1 {_fmt(inside[0].value)} % predicted, within {_fmt(low)}-{_fmt(high)} %.", inside[:1]
        )
    return Outcome(
        CONFLICT,
        f"FEV1 {_fmt(found[0].value)} % predicted is outside the payer's {_fmt(low)}-{_fmt(high)} % range.",
        found[:1],
        "Please document the patient's most recent FEV1 (liters and percent predicted, and whether before or "
        "after a bronchodilator) and the date of the test.",
    )


Evaluator = Callable[[EvaluationContext], Outcome]

EVALUATORS: dict[str, Evaluator] = {
    "aatd_diagnosis": aatd_diagnosis,
    "genotype": genotype,
    "serum_aat_level": serum_aat_level,
    "lung_disease_evidence": lung_disease_evidence,
    "patient_weight": patient_weight,
    "dose_administered": dose_administered,
    "dose_matches_weight": dose_matches_weight,
    "units_match_dose": units_match_dose,
    "wastage_documented": wastage_documented,
    "lot_number": lot_number,
    "expiration_date": expiration_date,
    "infusion_times": infusion_times,
    "response_to_therapy": response_to_therapy,
    "prior_authorization": prior_authorization,
    "code_selection": code_selection,
    "smoking_status": smoking_status,
    "fev1_range": fev1_range,
}

__all__ = ["EVALUATORS", "Evaluator"]
