"""Administration findings from the document-structure layer: the dose given, the waste, the infusion's
start and stop, each with the role that decided it, its reason (rule id and features) and its visit.

The layer (``nlp_checker.document``) reads lines, fields and table cells, gives every quantity and time a
role and scopes it to a visit; this module keeps what counts for the date of service (not superseded by a
correction, not copied forward or from another visit's row) and turns it into contract findings.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from nlp_checker.document import analyze
from nlp_checker.document.analyze import FieldFinding, analyze_fields, layout_of, mentions_a1pi
from nlp_checker.document.fields import FieldValue
from nlp_checker.document.patients import other_patient, patient_names
from nlp_checker.document.rules import document_rules, using, vocab
from nlp_checker.document.supersede import is_correction, is_erroneous
from nlp_checker.models import Chart, Document, Finding
from nlp_checker.rules import RuleBundle

# role of the document layer -> finding kind of the contract
ROLE_KINDS = {
    "administered_dose": "dose",
    "waste": "wastage",
    "infusion_start": "infusion_start",
    "infusion_end": "infusion_end",
}
# Kinds read from labelled fields, table cells and lab rows (nlp_checker/document/fields.py).
# REPLACED: the layer's findings (its cells plus the kind's prose patterns, scoped to the date of service and
# corrected) replace the pipeline's regex findings. MERGED: the pipeline's regex findings stay (with their
# ConText assertions) and the layer adds the values they do not already hold.
FIELD_KINDS_REPLACED = frozenset({"lot_number", "expiration_date"})
FIELD_KINDS_MERGED = frozenset({"weight", "serum_aat", "fev1", "prior_authorization"})
ROLE_FINDING_KINDS = frozenset(ROLE_KINDS.values()) | FIELD_KINDS_REPLACED
# Product-specific administration facts: in a chart without any A1PI product or code they are another drug's.
UNANCHORED_DROPPED = frozenset({"wastage", "lot_number", "expiration_date"})


def role_findings(
    document: Document,
    service_date: dt.date | None,
    rules: RuleBundle,
    pipeline_findings: list[Finding],
    section_at: Any = None,
    chart_anchored: bool = False,
    patients: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The administration findings of one document that count for ``service_date``.

    ``pipeline_findings``: the document's findings from the spaCy pipeline (its regex extractors' values
    join the layer's cells instead of being extracted twice). ``chart_anchored``: the chart names an A1PI
    product or bills an A1PI code, so its infusion records are the A1PI administration even when a record
    itself does not name the drug. ``patients``: name tokens of the chart's patient; a census row naming
    somebody else is skipped.
    """
    other_product = _other_product_record(document, rules)
    found = analyze(
        document.text,
        document.date.isoformat() if document.date else None,
        service_date.isoformat() if service_date else None,
        rules=document_rules(rules),
        anchored=chart_anchored and document.type == "infusion_record" and not other_product,
    )
    layer = document_rules(rules)
    layout = layout_of(document.text, document.date.isoformat() if document.date else None, layer)
    findings = []
    for item in found:
        kind = ROLE_KINDS.get(item.role)
        if kind is None or item.superseded or not item.in_service:
            continue
        if (other_product or not chart_anchored) and kind in UNANCHORED_DROPPED:
            # A chart that never names an A1PI product nor bills its code: "no waste" is another drug's.
            continue
        if patients and _other_patient(layout, item.start, patients, layer):
            continue
        value = item.value
        fields: dict[str, Any] = {"value": value}
        if kind in ("dose", "wastage"):
            fields["unit"] = "mg"
        start = _evidence_start(document.text, item.start, item.features.get("label"))
        findings.append(
            Finding(
                kind=kind,
                document_id=document.id,
                start=start,
                end=item.end,
                text=document.text[start : item.end],
                section=section_at(item.start, item.end) if section_at is not None else None,
                rule_id=f"document.{item.rule_id}",
                role=item.role,
                reason=item.features or None,
                visit_date=dt.date.fromisoformat(item.visit_date) if item.visit_date else None,
                **fields,
            )
        )
    findings = _without_empty_column_parts(_without_summed_parts(findings, document.text, rules), rules)
    labelled = _field_findings(document, service_date, rules, section_at, pipeline_findings)
    findings.extend(
        f
        for f in labelled
        if not (patients and _other_patient(layout, f.start, patients, layer))
        and ((chart_anchored and not other_product) or f.kind not in UNANCHORED_DROPPED)
    )
    return _without_repeats(findings)


def _other_patient(layout: Any, offset: int, patients: frozenset[str], layer: Any) -> bool:
    with using(layer):
        return other_patient(layout, offset, patients)


def chart_patient(chart: Chart, rules: RuleBundle) -> frozenset[str]:
    """Name tokens of the chart's patient ("Patient: ..." lines), for multi-patient sheets."""
    with using(document_rules(rules)):
        return patient_names(d.text for d in chart.documents)


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """One finding per statement: a value found twice over overlapping text ("waste 0 mg" as an amount and
    as a no-waste statement) is kept once, the longer span."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start - f.end, f.start)):
        if not any(
            k.kind == finding.kind
            and k.value == finding.value
            and k.start < finding.end
            and finding.start < k.end
            for k in kept
        ):
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end))


def _other_product_record(document: Document, rules: RuleBundle) -> bool:
    """An infusion record of another infused product (an IVIG or iron administration summary) that names no
    A1PI product: the chart's A1PI mentions do not make it the A1PI administration."""
    with using(document_rules(rules)):
        return bool(vocab("infused_product").search(document.text)) and not mentions_a1pi(document.text)


def chart_names_a1pi(chart: Chart, rules: RuleBundle) -> bool:
    """True when some document names an A1PI product or some claim line bills an A1PI code."""
    codes = {c.code for c in rules.ruleset.codes.codes if c.drug == "a1pi"}
    if any(line.code in codes for line in chart.claim_lines or []):
        return True
    document_layer = document_rules(rules)
    return any(mentions_a1pi(d.text, document_layer) for d in chart.documents)


def _pipeline_values(pipeline_findings: list[Finding], kind: str) -> list[FieldValue]:
    """The values the pipeline's extractors already found for ``kind`` (they are not run a second time)."""
    return [
        FieldValue(f.kind, f.value, f.start, f.end, f.rule_id or "", "", unit=f.unit)
        for f in pipeline_findings
        if f.kind == kind
    ]


# A document dated this close before the date of service (a dispensing or delivery record for the dose) still
# documents that dose's lot and expiration; rows of other visits and copied-forward blocks never do.
def _counts_for_service(
    item: FieldFinding, document: Document, service_date: dt.date | None, rules: RuleBundle
) -> bool:
    if item.kind not in FIELD_KINDS_REPLACED or item.in_service:
        return True
    if item.scope != "document" or service_date is None or document.date is None:
        return False
    config = rules.document("document/fields.yaml")
    if document.type in config["administration_document_types"]:
        # An earlier infusion record documents its own administration, not this one.
        return False
    within = dt.timedelta(days=int(config["dispensed_within_days"]))
    return service_date - within <= document.date <= service_date


def _field_fields(item: FieldFinding, rules: RuleBundle) -> dict[str, Any] | None:
    """The contract fields of a layer value (units normalized by the one module); None when implausible."""
    if item.kind == "weight":
        weight = rules.units.body_weight(float(item.value), item.unit or "")
        lexicon = rules.extractors["weight"].lexicon
        if weight is None or not lexicon.min_kg <= weight[2] <= lexicon.max_kg:
            return None
        return {"value": weight[0], "unit": weight[1], "value_kg": weight[2]}
    if item.kind == "serum_aat":
        unit = rules.units.aat_unit(item.unit or "")
        return None if unit is None else {"value": item.value, "unit": unit}
    return {"value": item.value}


def _field_findings(
    document: Document,
    service_date: dt.date | None,
    rules: RuleBundle,
    section_at: Any,
    pipeline_findings: list[Finding],
) -> list[Finding]:
    text = document.text
    extra: list[FieldValue] = []
    for kind in FIELD_KINDS_REPLACED:
        extra.extend(_pipeline_values(pipeline_findings, kind))
    found = analyze_fields(
        text,
        document.date.isoformat() if document.date else None,
        service_date.isoformat() if service_date else None,
        rules=document_rules(rules),
        extra=extra,
    )
    # Merged kinds: the values the pipeline's patterns already found (by span or by value) are not repeated.
    merged = {item.kind for item in found if item.kind in FIELD_KINDS_MERGED}
    known = {kind: _pipeline_values(pipeline_findings, kind) for kind in merged}
    findings = []
    seen: set[tuple[str, Any]] = set()
    for item in found:
        if item.superseded or not _counts_for_service(item, document, service_date, rules):
            continue
        fields = _field_fields(item, rules)
        if fields is None:
            continue
        if item.kind in FIELD_KINDS_MERGED and any(
            (k.start < item.end and item.start < k.end) or str(k.value) == str(fields["value"])
            for k in known.get(item.kind, [])
        ):
            continue
        key = (item.kind, str(fields))
        if key in seen and item.kind in FIELD_KINDS_MERGED:
            continue
        seen.add(key)
        findings.append(
            Finding(
                kind=item.kind,
                document_id=document.id,
                start=item.start,
                end=item.end,
                text=text[item.start : item.end],
                section=section_at(item.start, item.end) if section_at is not None else None,
                rule_id=item.rule_id if item.rule_id.startswith(item.kind) else f"document.{item.rule_id}",
                role=item.kind,
                reason={"label": item.label} if item.label else None,
                visit_date=dt.date.fromisoformat(item.visit_date)
                if item.visit_date and len(item.visit_date) == 10
                else None,
                **fields,
            )
        )
    return findings


def _evidence_start(text: str, start: int, label: str | None) -> int:
    """Start the evidence at the value's label when the label stands before it on the same line
    ("Dose given: 4344 mg" rather than "4344 mg"), so that a coder reads what the value is."""
    if not label:
        return start
    line_start = text.rfind("\n", 0, start) + 1
    found = text.lower().rfind(label.lower(), line_start, start)
    return found if found >= 0 else start


def without_erroneous(findings: list[Finding], document: Document, rules: RuleBundle) -> list[Finding]:
    """The pipeline's values of the merged kinds minus those the note says were entered in error or
    corrected ("initially reported as 128 mg/dL was corrected by the lab to 29 mg/dL")."""
    with using(document_rules(rules)):
        return [
            f
            for f in findings
            if f.kind not in FIELD_KINDS_MERGED
            or not is_erroneous(document.text, f.start, f.end)
            or is_correction(document.text, f.start)
        ]


def without_corrected_elsewhere(
    findings: list[Finding], documents: list[Document], rules: RuleBundle
) -> list[Finding]:
    """Drop values of the chart-wide kinds that some document of the chart says were entered in error (an
    addendum correcting the lot a BCMA comment of another document holds)."""
    config = rules.document("document/fields.yaml")
    kinds, unit_after = set(config["chart_wide_corrections"]), config["corrected_value_unit_after"]
    # A value is looked for as normalized and as written ("2025-11-30" was written "11/30/2025").
    written = {id(f): {str(f.value), f.text.strip()} - {""} for f in findings if f.kind in kinds}
    if not written:
        return findings
    void: set[str] = set()
    with using(document_rules(rules)):
        for document in documents:
            for value in set().union(*written.values()) - void:
                for found in re.finditer(re.escape(value) + unit_after, document.text):
                    if is_erroneous(document.text, found.start(), found.end()) and not is_correction(
                        document.text, found.start()
                    ):
                        void.add(value)
                        break
    return [f for f in findings if not (written.get(id(f), set()) & void)]


def without_other_product_statements(
    findings: list[Finding], document: Document, rules: RuleBundle
) -> list[Finding]:
    """Drop findings of the configured kinds whose sentence is about another infused product and names no A1PI
    product ("2 sinus infections in the past 12 months vs 6/year before IVIG" is IVIG's response)."""
    config = rules.document("document/fields.yaml")
    kinds = set(config["other_product_statement_kinds"])
    if not any(f.kind in kinds for f in findings):
        return findings
    boundary = re.compile(config["statement_boundary"])
    text = document.text
    with using(document_rules(rules)):
        other, anchor = vocab("infused_product"), vocab("anchor")
        kept = []
        for finding in findings:
            if finding.kind in kinds:
                sentence = _sentence_around(text, finding.start, finding.end, boundary)
                if other.search(sentence) and not anchor.search(sentence):
                    continue
            kept.append(finding)
    return kept


def with_chart_exclusions(
    findings: list[Finding], documents: list[Document], rules: RuleBundle
) -> list[Finding]:
    """Negate every finding of a kind the chart states is excluded ("AATD ruled out") outside a sentence about
    a relative: the chart's other mentions (a programme's name, a screening order) do not affirm it."""
    config = rules.document("document/fields.yaml")
    boundary = re.compile(config["statement_boundary"])
    negated: dict[str, str] = {}
    for kind, spec in config["chart_exclusions"].items():
        statement = re.compile(spec["statement"], re.IGNORECASE)
        relative = re.compile(spec["not_with"], re.IGNORECASE)
        for document in documents:
            text = document.text
            for found in statement.finditer(text):
                if not relative.search(_sentence_around(text, found.start(), found.end(), boundary)):
                    negated[kind] = " ".join(found.group(0).split())
                    break
            if kind in negated:
                break
    if not negated:
        return findings
    # The reason names the statement that negates the finding ("AATD ruled out").
    return [
        f.model_copy(
            update={
                "assertion": f.assertion.model_copy(update={"negated": True}),
                "reason": {**(f.reason or {}), "chart_excludes": negated[f.kind]},
            }
        )
        if f.kind in negated
        else f
        for f in findings
    ]


def _sentence_around(text: str, start: int, end: int, boundary: re.Pattern[str]) -> str:
    """The sentence that holds ``text[start:end]``: from the last boundary before it to the first after it."""
    window = max(0, start - 1000)
    starts = [m.end() for m in boundary.finditer(text, window, start)]
    stop = boundary.search(text, end)
    return text[starts[-1] if starts else window : stop.start() if stop else len(text)]


def _without_empty_column_parts(findings: list[Finding], rules: RuleBundle) -> list[Finding]:
    """A waste column with one amount per vial (0, 0, 330): the bare zero cells are parts of the visit's
    waste, not a statement that nothing was wasted ("No waste" in words stays)."""
    if not any(f.kind == "wastage" and f.value and f.reason and f.reason.get("label") for f in findings):
        return findings
    bare_zero = re.compile(rules.document("document/fields.yaml")["waste_bare_zero"])
    return [f for f in findings if not (f.kind == "wastage" and not f.value and bare_zero.fullmatch(f.text))]


def _without_summed_parts(findings: list[Finding], text: str, rules: RuleBundle) -> list[Finding]:
    """A document that lists each vial's amount and then their total ("Prolastin-C Liquid 4000 mg ... 500 mg"
    rows, then "Total alpha-1 proteinase inhibitor administered: 4500 mg"): the total is the dose given, the
    rows that add up to it are its parts."""
    total_cue = re.compile(rules.document("document/fields.yaml")["dose_total_cue"], re.IGNORECASE)
    doses = [f for f in findings if f.kind == "dose" and isinstance(f.value, int | float)]
    for total in doses:
        line_start = text.rfind("\n", 0, total.start) + 1
        if not total_cue.search(text[line_start : total.start]):
            continue
        parts = [f for f in doses if f is not total and f.value != total.value]
        # One amount per row: a row may repeat it (the product name's strength and the dose column).
        per_row = {text.rfind("\n", 0, p.start): float(p.value) for p in parts}
        if len(per_row) >= 2 and abs(sum(per_row.values()) - float(total.value)) < 1:
            dropped = {id(p) for p in parts}
            return [f for f in findings if id(f) not in dropped]
    return findings
