"""Reads HL7 v2 messages of one encounter into a ``ChartSource``: documents for the NLP pipeline, facts.

``read_hl7v2(text)`` accepts one or more messages (MLLP-framed or not; segments ended by CR, LF or CRLF;
batch envelopes FHS/BHS/BTS/FTS skipped) and builds one chart:

- ORU / OUL: every OBR with its OBX results and NTE comments becomes the text of a ``lab_report``
  document ("<OBX-3 text>: <OBX-5> <OBX-6> (ref <OBX-7>) <OBX-8>"); coded results also become structured
  facts: serum AAT (LOINC 1825-9 / 6771-0 or a local code naming alpha-1 antitrypsin), phenotype /
  genotype (32769-2, read with the library's genotype extractor), body weight (29463-7 / 3141-9).
- MDM: TXA plus its TX / FT / ST OBX lines becomes a document typed by a LOINC code (TXA-2 or OBX-3 coded
  LN), else the TXA-2 table of ``patterns/ehr/document_types.yaml``, else TXA-2's text, else ``other``.
  Hard-wrapped prose (one OBX per 80-column line) is joined by ``ingest.wrapping``.
- RXA (RAS, VXU, any message): for an A1PI product (RXA-5 matched with the ``drug_product`` concept rules
  of ``patterns/target_rules.json``) the product, start / end times, the administered mg, lot and
  expiration; TX / FT / ST OBX and NTE after the RXA are the text of an ``infusion_record``. RXE (RDE):
  the ordered product. Vaccines and other drugs give no facts.
- FT1 (DFT): claim lines (the FT1-25 / FT1-7 code coded HCPCS or CPT, else the site chargemaster map of
  ``patterns/ehr/billing.yaml``; FT1-10 quantity, FT1-26 modifiers); IN1: payer profile from the IN1-15
  plan type code (``patterns/ehr/payer_codes.yaml``), else the names (``payers.yaml``), an unrecognised
  payer keeping the default profile with a note; the prior authorization (IN1-14); DG1: diagnosis codes
  through the ``aatd_diagnosis`` / ``lung_disease`` concept rules.
- The date of service is the charge's: FT1-4, else PV1-44 of the DFT, else the latest PV1-44, else the
  latest A1PI RXA-3 (a note names the source); the chart id is that visit's PV1-19 (else MSH-10, else
  PID-3). Nothing else of PID is read: no names.

Delimiters and escape sequences come from each message's own MSH-1 / MSH-2. Malformed input raises
``InputError`` naming the message, the segment and the field; no other exception escapes. The module logs
counts only, never segment content.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from pydantic import ValidationError

from nlp_checker.errors import InputError
from nlp_checker.ingest.chart_json import parse_chart
from nlp_checker.ingest.hl7v2.parser import (
    _AAT_NAME,
    _DOC_TYPES,
    _LAB_MESSAGES,
    _NOT_GIVEN,
    _PHENOTYPE_NAME,
    _TEXT_TYPES,
    PLACEHOLDER_ID,
    Message,
    Segment,
    Timestamp,
    _number,
    parse_messages,
    parse_timestamp,
)
from nlp_checker.ingest.structured import StructuredVocabulary
from nlp_checker.ingest.wrapping import join_wrapped_lines
from nlp_checker.models import Chart, ClaimLine, Finding
from nlp_checker.rules import RuleBundle, default_bundle
from nlp_checker.sources import NO_TEXT_DOCUMENT, ChartSource, structured_fact

logger = logging.getLogger("nlp_checker")


class _Reader:
    """Turns parsed messages into documents, facts, claim lines and chart fields."""

    def __init__(self, messages: list[Message], vocabulary: StructuredVocabulary) -> None:
        self.messages = messages
        self.vocabulary = vocabulary
        self.documents: list[dict[str, Any]] = []
        self.facts: list[Finding] = []
        self.warnings: list[str] = []
        self.claim_lines: list[ClaimLine] = []
        self.doc_ids: set[str] = set()
        self.visit_numbers: list[str] = []
        # (date, visit number, reference) of every PV1-44; of the PV1s of messages carrying charges; of the
        # FT1-4 transaction dates (A1PI lines flagged); of A1PI administrations (RXA-3).
        self.visits: list[tuple[dt.date | None, str, str]] = []
        self.charge_visits: list[tuple[dt.date | None, str, str]] = []
        self.charge_dates: list[tuple[dt.date, bool, str]] = []
        self.administration_dates: list[tuple[dt.date, str]] = []
        self.payer: tuple[str, str | None] | None = None
        self.payer_note: str | None = None
        self.prior_authorization: str | None = None
        self.patient_id: str | None = None

    # helpers ------------------------------------------------------------------------------------------
    def timestamp(self, message: Message, segment: Segment, n: int, repetition: int = 1) -> Timestamp | None:
        reps = segment.repetitions(n)
        if len(reps) < repetition:
            return None
        try:
            return parse_timestamp(segment.get(n, 1, repetition))
        except ValueError as exc:
            raise message.error(segment, n, str(exc)) from None

    def add_document(self, preferred: str, fallback: str, doc_type: str, date: dt.date | None, text: str):
        text = join_wrapped_lines(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"))
        if not text.strip():
            return
        doc_id = preferred[:200] if preferred and preferred not in self.doc_ids else fallback[:200]
        base, n = doc_id, 2
        while doc_id in self.doc_ids:
            doc_id, n = f"{base[:190]}#{n}", n + 1
        self.doc_ids.add(doc_id)
        self.documents.append({"id": doc_id, "type": doc_type, "date": date, "text": text})

    # messages -----------------------------------------------------------------------------------------
    def read(self) -> None:
        for message in self.messages:
            self.read_common(message)
            if message.code in _LAB_MESSAGES:
                self.read_lab(message)
            elif message.code == "MDM":
                self.read_document(message)
            self.read_observations(message)
            self.read_pharmacy(message)

    def read_common(self, message: Message) -> None:
        visit: tuple[dt.date | None, str, str] | None = None
        charges = 0
        for segment in message.segments:
            if segment.name == "PV1":
                if number := segment.get(19):
                    self.visit_numbers.append(number)
                admit = self.timestamp(message, segment, 44)
                visit = (admit.date if admit else None, number, message.ref(segment))
                self.visits.append(visit)
            elif segment.name == "PID" and self.patient_id is None:
                self.patient_id = segment.get(3) or None
            elif segment.name == "IN1":
                self.read_insurance(segment)
            elif segment.name == "FT1":
                charges += self.read_charge(message, segment)
            elif segment.name == "DG1":
                self.read_diagnosis(message, segment)
        if charges and visit is not None:
            self.charge_visits.append(visit)

    def read_insurance(self, segment: Segment) -> None:
        if self.payer is not None or self.payer_note is not None:
            return  # the first IN1 is the primary plan
        # IN1-15 plan type (IS, table 0086) first; then the names: IN1-2 plan text, IN1-4 company name.
        plan_type = segment.get(15, 1)
        names = [segment.get(4), segment.get(2, 2), segment.get(15, 2), segment.get(2, 1)]
        decision = self.vocabulary.payer([("IN1-15", plan_type)], names, "IN1-15 / IN1-2 / IN1-4")
        if decision.profile is not None:
            self.payer = (decision.profile, decision.name)
        self.payer_note = decision.note or ""
        if decision.note:
            self.warnings.append(decision.note)
        if auth := segment.get(14):
            self.prior_authorization = auth

    def read_charge(self, message: Message, segment: Segment) -> int:
        """One FT1 as a claim line; 1 when read, 0 when skipped (with a warning)."""
        kind = segment.get(6).upper()
        if kind and kind != "CG":
            self.warnings.append(
                f"{message.ref(segment)}: transaction type {kind[:10]} is not a charge; skipped"
            )
            return 0
        # FT1-25 procedure code, then FT1-7 transaction code, each with its alternate triplet: the element
        # coded HCPCS / CPT wins; a local (chargemaster) code goes through the site's chargemaster table.
        triplets = []
        for n in (25, 7):
            comps = segment.components(n)
            for code_at, system_at in ((0, 2), (3, 5)):
                code = comps[code_at] if len(comps) > code_at else ""
                system = comps[system_at] if len(comps) > system_at else ""
                triplets.append((code, system))
        if not any(code.strip() for code, _ in triplets):
            raise message.error(segment, 7, "the transaction code (HCPCS / CPT) is missing")
        found = self.vocabulary.billing_code(triplets)
        if found is None:
            self.warnings.append(
                f"{message.ref(segment)}: no HCPCS / CPT code in FT1-25 or FT1-7, and the charge code is not "
                "in the chargemaster table (patterns/ehr/billing.yaml); not read as a claim line"
            )
            return 0
        code, per_quantity, _how = found
        raw_quantity = segment.get(10)
        quantity = _number(raw_quantity) if raw_quantity else 1
        if not raw_quantity:
            self.warnings.append(f"{message.ref(segment)}: no quantity (FT1-10); counted as 1 unit")
        if quantity is None or quantity < 0:
            raise message.error(segment, 10, "the transaction quantity is not a non-negative number")
        if per_quantity != 1:
            units = quantity * per_quantity
            quantity = int(units) if float(units).is_integer() else units
        modifiers = [m for i in range(1, len(segment.repetitions(26)) + 1) if (m := segment.get(26, 1, i))]
        try:
            self.claim_lines.append(ClaimLine(hcpcs=code[:20], units=quantity, modifiers=modifiers))
        except ValidationError:
            raise message.error(segment, 7, "not a valid claim line") from None
        if (when := self.timestamp(message, segment, 4)) is not None:
            self.charge_dates.append((when.date, code in self.vocabulary.a1pi_codes, message.ref(segment)))
        return 1

    def read_diagnosis(self, message: Message, segment: Segment) -> None:
        text = " ".join(p for p in (segment.coded(3), segment.get(4)) if p)
        for kind, value in self.vocabulary.concepts(text, ("aatd_diagnosis", "lung_disease")):
            self.facts.append(structured_fact(kind, message.ref(segment), "DG1-3", text[:200], value=value))

    def read_lab(self, message: Message) -> None:
        group: list[Segment] = []
        order: Segment | None = None
        for segment in [*message.segments, None]:
            if segment is None or segment.name == "OBR":
                if group:
                    self.add_lab_document(message, order, group)
                group, order = [], segment
            elif segment.name in {"OBX", "NTE"}:
                group.append(segment)

    def add_lab_document(self, message: Message, order: Segment | None, group: list[Segment]) -> None:
        lines: list[str] = []
        if order is not None and (title := order.label(4)):
            lines.append(title)
        previous_label = None
        date = self.timestamp(message, order, 7) if order is not None else None
        for segment in group:
            if segment.name == "NTE":
                lines.extend(segment.text(3) or [""])
                continue
            if segment.get(11).upper() in {"D", "W"}:
                continue
            line, label = self.render_result(message, segment, previous_label)
            previous_label = label
            if line is not None:
                lines.append(line)
            if date is None and (observed := self.timestamp(message, segment, 14)) is not None:
                date = observed
        if order is not None:
            preferred = order.get(3) or order.get(2)
            fallback = message.ref(order)
        else:
            preferred, fallback = "", f"{message.type}/{message.control_id}/results"
        self.add_document(preferred, fallback, "lab_report", date.date if date else None, "\n".join(lines))

    def render_result(self, message: Message, obx: Segment, previous: str | None) -> tuple[str | None, str]:
        value_type = obx.get(2).upper()
        label = obx.label(3)
        if value_type in {"ED", "RP"}:
            self.warnings.append(f"{message.ref(obx)}: {value_type} content (attachment or pointer) not read")
            return None, label
        if value_type in _TEXT_TYPES:
            text = "\n".join(obx.text(5))
            return (text if label == previous or not label else f"{label}: {text}"), label
        values = []
        for i in range(1, len(obx.repetitions(5)) + 1):
            comps = obx.components(5, i)
            if value_type == "SN":
                values.append("".join(c for c in comps[:4]).strip())
            elif value_type in {"CE", "CWE", "CNE", "CF"}:
                values.append(next((c for c in (comps[1:2] + comps[:1]) if c.strip()), ""))
            else:
                values.append(comps[0] if comps else "")
        line = f"{label}: {', '.join(v for v in values if v)}".rstrip()
        if units := (obx.get(6, 1) or obx.get(6, 2)):
            line += f" {units}"
        if reference := obx.get(7):
            line += f" (ref {reference})"
        flags = [f for i in range(1, len(obx.repetitions(8)) + 1) if (f := obx.get(8, 1, i))]
        if flags:
            line += " " + ",".join(flags)
        return line, label

    def read_document(self, message: Message) -> None:
        txa = next((s for s in message.segments if s.name == "TXA"), None)
        lines: list[str] = []
        for segment in message.segments:
            if segment.name != "OBX" or (txa is not None and segment.position < txa.position):
                continue
            value_type = segment.get(2).upper()
            if value_type in _TEXT_TYPES or (not value_type and segment.raw(5)):
                lines.extend(segment.text(5) or [""])
            elif value_type in {"ED", "RP", "HD"}:
                self.warnings.append(f"{message.ref(segment)}: {value_type} content (attachment) not read")
        doc_type = self.document_type(message, txa)
        date, preferred = None, ""
        if txa is not None:
            stamp = self.timestamp(message, txa, 4) or self.timestamp(message, txa, 6)
            date = stamp.date if stamp else None
            preferred = txa.get(12)
        fallback = message.ref(txa) if txa is not None else f"{message.type}/{message.control_id}/document"
        if not lines:
            self.warnings.append(f"{message.type}/{message.control_id}: no text content in the document")
        self.add_document(preferred, fallback, doc_type, date, "\n".join(lines))

    def document_type(self, message: Message, txa: Segment | None) -> str:
        """A LOINC document type (TXA-2 or the document's OBX-3 coded LN) first, then the site's TXA-2 table
        (``patterns/ehr/document_types.yaml``), then the TXA-2 text; else ``other`` with a report note."""
        codings = []
        for segment in message.segments:
            if segment is txa or (segment.name == "OBX" and (txa is None or segment.position > txa.position)):
                comps = segment.components(2 if segment is txa else 3)
                for code_at, system_at in ((0, 2), (3, 5)):
                    if len(comps) > system_at and self.vocabulary.is_loinc(comps[system_at]):
                        codings.append(("LN", comps[code_at]))
        if kind := self.vocabulary.document_type_by_loinc(codings):
            return kind
        if txa is None:
            self.warnings.append(
                f"{message.type}/{message.control_id}: no TXA segment; the document is read as other"
            )
            return "other"
        code = txa.get(2, 1)
        if kind := self.vocabulary.rules.ehr.document_types.by_txa_2(code):
            return kind
        parts = [p for p in txa.components(2)[:2] if p.strip()]
        if kind := next((t for rx, t in _DOC_TYPES if any(rx.search(p) for p in parts)), None):
            return kind
        self.warnings.append(
            f"{message.ref(txa)}: document type (TXA-2) {code[:20]!r} is not in the TXA-2 table "
            "(patterns/ehr/document_types.yaml); the document is read as other"
        )
        return "other"

    # coded observations -------------------------------------------------------------------------------
    def read_observations(self, message: Message) -> None:
        order_date: Timestamp | None = None
        for segment in message.segments:
            if segment.name == "OBR":
                order_date = self.timestamp(message, segment, 7)
            elif segment.name == "OBX" and segment.get(11).upper() not in {"D", "W", "X"}:
                self.read_observation(message, segment, order_date)

    def read_observation(self, message: Message, obx: Segment, order_date: Timestamp | None) -> None:
        codes = obx.codes(3)
        name = " ".join(obx.components(3))
        known, kind = self.vocabulary.kind_for((None, code) for code in sorted(codes))
        is_aat = kind == "serum_aat" or (not known and bool(_AAT_NAME.search(name)))
        is_phenotype = kind == "genotype" or (is_aat and bool(_PHENOTYPE_NAME.search(name)))
        is_weight = kind == "weight"
        if not (is_aat or is_phenotype or is_weight):
            return
        value_type = obx.get(2).upper()
        if value_type in _TEXT_TYPES:
            value = " ".join(obx.text(5)).strip()
        elif value_type in {"CE", "CWE", "CNE"}:
            value = obx.get(5, 2) or obx.get(5, 1)
        else:
            value = obx.get(5)
        if not value:
            return
        stamp = self.timestamp(message, obx, 14) or order_date
        date = stamp.date if stamp else None
        ref = message.ref(obx)
        number = _number(value)
        if value_type == "SN":  # comparator ^ number: only an exact value ("" or "=") is a result
            comps = obx.components(5)
            exact = len(comps) > 1 and comps[0].strip() in {"", "="} and not "".join(comps[2:]).strip()
            number = _number(comps[1]) if exact else None
        unit_text = obx.get(6, 1) or obx.get(6, 2)
        if is_phenotype or (is_aat and number is None):
            label = obx.label(3) if _PHENOTYPE_NAME.search(obx.label(3)) else "Phenotype"
            for alleles in self.vocabulary.genotypes(f"{label}: {value}"):
                self.facts.append(
                    structured_fact(
                        "genotype", ref, "OBX-5", f"{label}: {value}"[:200], date=date, alleles=alleles
                    )
                )
            return
        if number is None:
            return
        if is_aat:
            unit = self.vocabulary.units.aat_unit(unit_text)
            if unit is None:
                self.warnings.append(f"{ref}: serum AAT without a known unit; not used as a structured fact")
                return
            method_text = " ".join([*obx.components(17), obx.label(3)])
            self.facts.append(
                structured_fact(
                    "serum_aat",
                    ref,
                    "OBX-5",
                    f"{obx.label(3) or 'AAT'}: {value} {unit_text}"[:200],
                    date=date,
                    value=number,
                    unit=unit,
                    method=self.vocabulary.aat_method(method_text),
                )
            )
        elif is_weight:
            display = f"Body weight {value} {unit_text}"[:200]
            fact = self.vocabulary.weight_fact(ref, "OBX-5", display, number, unit_text, date)
            if fact is None:
                self.warnings.append(f"{ref}: body weight without a kg or lb unit; not used")
                return
            self.facts.append(fact)

    # pharmacy -----------------------------------------------------------------------------------------
    def read_pharmacy(self, message: Message) -> None:
        administration: Segment | None = None
        notes: list[str] = []
        for segment in [*message.segments, None]:
            if segment is None or segment.name in {"RXA", "ORC"}:
                if administration is not None and notes:
                    stamp = self.timestamp(message, administration, 3)
                    self.add_document(
                        "",
                        message.ref(administration),
                        "infusion_record",
                        stamp.date if stamp else None,
                        "\n".join(notes),
                    )
                notes = []
                administration = segment if segment is not None and segment.name == "RXA" else None
                if administration is not None:
                    self.read_administration(message, administration)
            elif segment.name == "RXE":
                product = self.vocabulary.product_name(segment.coded(2))
                if product:
                    self.facts.append(
                        structured_fact("drug_product", message.ref(segment), "RXE-2", product, value=product)
                    )
            elif administration is not None and segment.name == "NTE":
                notes.extend(segment.text(3) or [""])
            elif (
                administration is not None and segment.name == "OBX" and segment.get(2).upper() in _TEXT_TYPES
            ):
                notes.extend(segment.text(5) or [""])

    def read_administration(self, message: Message, rxa: Segment) -> None:
        product = self.vocabulary.product_name(rxa.coded(5))
        if not product:
            return  # vaccines and other drugs: no facts
        if rxa.get(20).upper() in _NOT_GIVEN or rxa.get(21).upper() == "D":
            self.warnings.append(f"{message.ref(rxa)}: not administered or deleted; skipped")
            return
        ref = message.ref(rxa)
        start, end = self.timestamp(message, rxa, 3), self.timestamp(message, rxa, 4)
        date = start.date if start else None
        if start is not None:
            self.administration_dates.append((start.date, ref))
        add = self.facts.append
        add(structured_fact("drug_product", ref, "RXA-5", product, date=date, value=product))
        if start is not None and start.time:
            add(
                structured_fact(
                    "infusion_start", ref, "RXA-3", f"start {start.time}", date=date, value=start.time
                )
            )
        if (
            end is not None
            and end.time
            and (start is None or (end.date, end.time) != (start.date, start.time))
        ):
            add(structured_fact("infusion_end", ref, "RXA-4", f"end {end.time}", date=date, value=end.time))
        amount_text, unit_text = rxa.get(6), (rxa.get(7, 1) or rxa.get(7, 2))
        if amount_text and amount_text != "999":
            amount = _number(amount_text)
            if amount is None:
                raise message.error(rxa, 6, "the administered amount is not a number")
            value = self.vocabulary.units.to_mg(amount, unit_text)
            if value is None:
                self.warnings.append(f"{ref}: administered amount not in mg or g; no dose fact")
            else:
                add(
                    structured_fact(
                        "dose", ref, "RXA-6", f"{amount_text} {unit_text} given", date=date, value=value
                    )
                )
        for i in range(1, len(rxa.repetitions(15)) + 1):
            if lot := rxa.get(15, 1, i):
                add(structured_fact("lot_number", ref, "RXA-15", f"lot {lot}"[:200], date=date, value=lot))
        for i in range(1, len(rxa.repetitions(16)) + 1):
            expiry = self.timestamp(message, rxa, 16, i)
            if expiry is not None and expiry.precision in {"day", "minute", "month"}:
                add(
                    structured_fact(
                        "expiration_date",
                        ref,
                        "RXA-16",
                        f"expires {expiry.iso()}",
                        date=date,
                        value=expiry.iso(),
                    )
                )

    # chart ------------------------------------------------------------------------------------------------
    def service_date(self) -> tuple[dt.date | None, str | None]:
        """The date of service and the element that set it.

        The charge's visit decides: the FT1-4 transaction date of the A1PI lines (else of any charge), else
        PV1-44 of the message that carries the charges; else the latest PV1-44 of the file (a live feed sends
        older notes and labs with their own PV1, so never the first); else the latest A1PI RXA-3."""
        a1pi = [c for c in self.charge_dates if c[1]] or self.charge_dates
        if a1pi:
            date, _, ref = max(a1pi, key=lambda c: c[0])
            return date, f"FT1-4 (transaction date) of {ref}"
        charge_visits = [(d, ref) for d, _, ref in self.charge_visits if d is not None]
        if charge_visits:
            visit_date, ref = max(charge_visits, key=lambda v: v[0])
            return visit_date, f"PV1-44 of the charge's visit ({ref})"
        visits = [(d, ref) for d, _, ref in self.visits if d is not None]
        if visits:
            visit_date, ref = max(visits, key=lambda v: v[0])
            return visit_date, f"the latest PV1-44 ({ref})"
        if self.administration_dates:
            date, ref = max(self.administration_dates)
            return date, f"RXA-3 (administration start) of {ref}"
        return None, None

    def chart_id(self, service: dt.date | None) -> str:
        """PV1-19 of the charge's visit, else of the visit on the date of service, else the first PV1-19."""
        numbers = [v[1] for v in self.charge_visits if v[1]]
        numbers += [v[1] for v in self.visits if v[1] and service is not None and v[0] == service]
        numbers += self.visit_numbers
        if len(set(self.visit_numbers)) > 1:
            self.warnings.append(
                "the messages name different visit numbers (PV1-19); the charge's visit (else the visit on "
                "the date of service) names the chart"
            )
        return (
            (numbers[0] if numbers else "")
            or self.messages[0].msh.get(10)
            or (self.patient_id or "")
            or "hl7v2"
        )

    def chart(self, source: str | None) -> Chart:
        service, service_source = self.service_date()
        chart_id = self.chart_id(service)
        if service is not None:
            self.warnings.append(f"Date of service {service.isoformat()} from {service_source}.")
        else:
            self.warnings.append(
                "No date of service in the messages (FT1-4, PV1-44, RXA-3); the latest document date is used."
            )
        documents = self.documents
        if not documents:
            self.warnings.append(NO_TEXT_DOCUMENT)
            documents = [{"id": PLACEHOLDER_ID, "type": "other", "date": service, "text": ""}]
        data: dict[str, Any] = {
            "chart_id": chart_id[:200],
            "date_of_service": service,
            "documents": documents,
        }
        if self.payer is not None:
            data["payer"] = {"profile": self.payer[0], "name": self.payer[1]}
        if self.prior_authorization:
            data["prior_authorization"] = self.prior_authorization[:200]
        if self.claim_lines:
            data["claim_lines"] = self.claim_lines
        return parse_chart(data, source)


# Entry point -----------------------------------------------------------------------------------------


def read_hl7v2(text: str, source: str | None = None, rules: RuleBundle | None = None) -> ChartSource:
    """Read HL7 v2 messages of one encounter into a chart plus structured facts.

    ``rules``: the bundle whose code tables, product names and payer map apply (default: the shipped one).

    Raises ``InputError`` (naming message, segment and field) for input that is not well-formed HL7 v2.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-8 (byte offset {exc.start})", source) from None
    if not isinstance(text, str):
        raise InputError(f"expected HL7 v2 text, found {type(text).__name__}", source)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"the text holds an unpaired surrogate at offset {exc.start}", source) from None
    try:
        messages = parse_messages(text)
        reader = _Reader(messages, StructuredVocabulary(rules if rules is not None else default_bundle()))
        reader.read()
        chart = reader.chart(source)
    except InputError as exc:
        if exc.source is None and source is not None:
            raise InputError(exc.message, source) from None
        raise
    except (
        IndexError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        ArithmeticError,
        UnicodeError,
        ValidationError,
        RecursionError,
    ) as exc:
        # A safety net: every expected problem above names its segment and field.
        raise InputError(f"cannot read HL7 v2: {type(exc).__name__}", source) from None
    logger.info(
        "read HL7 v2: messages=%d segments=%d documents=%d facts=%d claim_lines=%d",
        len(messages),
        sum(len(m.segments) for m in messages),
        len(chart.documents),
        len(reader.facts),
        len(chart.claim_lines or []),
    )
    return ChartSource(chart=chart, facts=reader.facts, warnings=reader.warnings)


__all__ = ["read_hl7v2"]
