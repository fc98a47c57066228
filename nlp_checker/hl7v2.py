"""Reads HL7 v2 messages of one encounter into a ``ChartSource``: documents for the NLP pipeline, facts.

``read_hl7v2(text)`` accepts one or more messages (MLLP-framed or not; segments ended by CR, LF or CRLF;
batch envelopes FHS/BHS/BTS/FTS skipped) and builds one chart:

- ORU / OUL: every OBR with its OBX results and NTE comments becomes the text of a ``lab_report``
  document ("<OBX-3 text>: <OBX-5> <OBX-6> (ref <OBX-7>) <OBX-8>"); coded results also become structured
  facts: serum AAT (LOINC 1825-9 / 6771-0 or a local code naming alpha-1 antitrypsin), phenotype /
  genotype (32769-2, read with the library's genotype extractor), body weight (29463-7 / 3141-9).
- MDM: TXA plus its TX / FT / ST OBX lines becomes a ``progress_note`` (``infusion_record``, ``lab_report``
  or ``other`` when TXA-2 says so).
- RXA (RAS, VXU, any message): for an A1PI product (RXA-5 matched with the ``drug_product`` concept rules
  of ``patterns/target_rules.json``) the product, start / end times, the administered mg, lot and
  expiration; TX / FT / ST OBX and NTE after the RXA are the text of an ``infusion_record``. RXE (RDE):
  the ordered product. Vaccines and other drugs give no facts.
- FT1 (DFT): claim lines (FT1-7 code, FT1-10 quantity, FT1-26 modifiers); IN1: payer profile through
  ``patterns/requirements/payers.yaml`` and the prior authorization (IN1-14); DG1: diagnosis codes
  through the ``aatd_diagnosis`` / ``lung_disease`` concept rules.
- PV1-19 (else MSH-10, else PID-3) is the chart id; PV1-44 (else FT1-4, else the latest A1PI RXA-3) the
  date of service, else the chart's latest document date. Nothing else of PID is read: no names.

Delimiters and escape sequences come from each message's own MSH-1 / MSH-2. Malformed input raises
``InputError`` naming the message, the segment and the field; no other exception escapes. The module logs
counts only, never segment content.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from nlp_checker.errors import InputError
from nlp_checker.ingest import parse_chart
from nlp_checker.models import Chart, ClaimLine, Finding
from nlp_checker.normalize import normalize_aat_unit
from nlp_checker.payers import load_payer_map
from nlp_checker.resources import patterns_dir
from nlp_checker.sources import ChartSource, structured_fact

logger = logging.getLogger("nlp_checker")

PLACEHOLDER_ID = "hl7v2-structured"
MAX_SEGMENTS = 200_000

_SEGMENT_NAME = re.compile(r"[A-Z][A-Z0-9]{2}")
_ENVELOPE = {"FHS", "BHS", "BTS", "FTS"}
_LAB_MESSAGES = {"ORU", "OUL"}
_TEXT_TYPES = {"TX", "FT", "ST"}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_DTM = re.compile(r"(\d{4})(\d{2})?(\d{2})?(?:(\d{2})(\d{2})?(?:(\d{2})(?:\.\d{1,4})?)?)?(?:[+-]\d{4})?")
_LB_TO_KG = 0.45359237

AAT_LOINC = {"1825-9", "6771-0"}
PHENOTYPE_LOINC = {"32769-2"}
WEIGHT_LOINC = {"29463-7", "3141-9"}
_AAT_NAME = re.compile(r"(?i)\b(?:alpha|α)[\s-]*(?:1|one|i)[\s-]*anti[\s-]?trypsin|\ba1at\b|\baat\b")
_PHENOTYPE_NAME = re.compile(r"(?i)phenotyp|genotyp|serpina1|\bpi\s*type")
_WEIGHT_UNITS = {"kg": "kg", "kilogram": "kg", "lb": "lb", "[lb_av]": "lb", "lbs": "lb", "pound": "lb"}
_MASS_UNITS = {"mg": 1, "milligram": 1, "g": 1000, "gram": 1000, "gm": 1000}
_NOT_GIVEN = {"NA", "RE"}  # RXA-20: not administered, refused
_DOC_TYPES = (
    (re.compile(r"(?i)infusion|medication\s+admin|\bMAR\b|\bIR\b"), "infusion_record"),
    (re.compile(r"(?i)\blab|\bLR\b|patholog"), "lab_report"),
    (re.compile(r"(?i)^(?:OT|other)$|\bletter\b|correspondence|pharmacy|authori[sz]ation"), "other"),
)


@dataclass(frozen=True)
class Delimiters:
    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    escape: str = "\\"
    subcomponent: str = "&"


@dataclass
class Segment:
    """One segment: ``fields[n]`` is field n as written (escaped); for MSH, fields[1] is the separator."""

    name: str
    fields: list[str]
    position: int  # 1-based position in its message
    ordinal: int  # 1-based count of this segment name in its message
    delimiters: Delimiters

    def raw(self, n: int) -> str:
        value = self.fields[n] if 0 <= n < len(self.fields) else ""
        return "" if value == '""' else value  # "" is HL7's explicit null

    def repetitions(self, n: int) -> list[str]:
        raw = self.raw(n)
        if not raw:
            return []
        if self.name == "MSH" and n <= 2:
            return [raw]
        return raw.split(self.delimiters.repetition)

    def components(self, n: int, repetition: int = 1) -> list[str]:
        """Decoded components of one repetition (subcomponents joined by a space)."""
        reps = self.repetitions(n)
        if len(reps) < repetition:
            return []
        d = self.delimiters
        return [
            " ".join(s for s in (unescape(sub, d) for sub in comp.split(d.subcomponent)) if s)
            for comp in reps[repetition - 1].split(d.component)
        ]

    def get(self, n: int, component: int = 1, repetition: int = 1) -> str:
        comps = self.components(n, repetition)
        return comps[component - 1].strip() if len(comps) >= component else ""

    def text(self, n: int) -> list[str]:
        """A text field (TX, FT, ST, NTE-3): each repetition whole, unescaped, components not split."""
        return [unescape(rep, self.delimiters) for rep in self.repetitions(n)]

    def coded(self, n: int, repetition: int = 1) -> str:
        """A coded element (CE / CWE) as readable text: its codes and texts, without coding systems."""
        comps = self.components(n, repetition)
        parts = [comps[i] for i in (0, 1, 3, 4, 8) if i < len(comps) and comps[i].strip()]
        return " ".join(dict.fromkeys(p.strip() for p in parts))

    def label(self, n: int) -> str:
        """The display text of a coded element: text, else original text, else alternate text, else code."""
        comps = self.components(n)
        for i in (1, 8, 4, 0):
            if i < len(comps) and comps[i].strip():
                return comps[i].strip()
        return ""

    def codes(self, n: int) -> set[str]:
        comps = self.components(n)
        return {comps[i].strip().upper() for i in (0, 3) if i < len(comps) and comps[i].strip()}


@dataclass
class Message:
    number: int
    segments: list[Segment]
    delimiters: Delimiters

    @property
    def msh(self) -> Segment:
        return self.segments[0]

    @property
    def code(self) -> str:
        return self.msh.get(9, 1).upper()

    @property
    def type(self) -> str:
        trigger = self.msh.get(9, 2).upper()
        return f"{self.code}^{trigger}" if trigger else self.code

    @property
    def control_id(self) -> str:
        return self.msh.get(10) or f"message-{self.number}"

    def ref(self, segment: Segment) -> str:
        return f"{self.type}/{self.control_id}/{segment.name}[{segment.ordinal}]"

    def error(self, segment: Segment, n: int | None, problem: str) -> InputError:
        where = f"message {self.number}, segment {segment.position} ({segment.name})"
        return InputError(f"{where}, field {n}: {problem}" if n is not None else f"{where}: {problem}")


# Escape sequences ------------------------------------------------------------------------------------------


def unescape(value: str, d: Delimiters) -> str:
    """Decode HL7 escape sequences: delimiters, hex, line breaks; highlighting and charset switches drop."""
    if not value or d.escape not in value:
        return value
    out: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char != d.escape:
            out.append(char)
            i += 1
            continue
        end = value.find(d.escape, i + 1)
        if end < 0:  # an unterminated escape is kept as written
            out.append(value[i:])
            break
        out.append(_escape_sequence(value[i + 1 : end], d))
        i = end + 1
    return "".join(out)


def _escape_sequence(seq: str, d: Delimiters) -> str:
    simple = {"F": d.field, "S": d.component, "T": d.subcomponent, "R": d.repetition, "E": d.escape}
    if seq in simple:
        return simple[seq]
    if seq.startswith("X"):
        digits = seq[1:]
        if len(digits) % 2 or not re.fullmatch(r"[0-9A-Fa-f]*", digits):
            return ""
        data = bytes.fromhex(digits)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    if seq.startswith((".br", ".sp")):
        count = seq[3:].strip().lstrip("+")
        return "\n" * (min(int(count), 100) if count.isdigit() and 0 < len(count) <= 3 and int(count) else 1)
    if seq.startswith((".in", ".ti", ".sk")):
        return " "
    if seq == ".ce":
        return "\n"
    return ""  # \H\ \N\ highlighting, \.fi\ \.nf\, \Cxxyy\ \Mxxyyzz\ charsets, \Zxx\ locally defined


def escape(value: str, d: Delimiters = Delimiters()) -> str:
    """Escape text for an HL7 field (the escape character first)."""
    out = value.replace(d.escape, f"{d.escape}E{d.escape}")
    for char, code in ((d.field, "F"), (d.component, "S"), (d.subcomponent, "T"), (d.repetition, "R")):
        out = out.replace(char, f"{d.escape}{code}{d.escape}")
    return out


# Framing and segmentation ----------------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = text.lstrip("\ufeff \t\r\n")
    text = text.replace("\x0b", "").replace("\x1c\r", "\r").replace("\x1c", "\r")
    return text.replace("\r\n", "\r").replace("\n", "\r")


def looks_like_hl7v2(text: str) -> bool:
    """True when the text starts (after a BOM, whitespace or an MLLP start block) with an MSH segment."""
    head = text[:64].lstrip("\ufeff \t\r\n\x0b")
    for name in ("MSH", "FHS", "BHS"):
        if head.startswith(name) and len(head) > 3 and not head[3].isalnum() and not head[3].isspace():
            return True
    return False


def _delimiters(line: str, number: int, position: int) -> Delimiters:
    name = line[:3]
    where = f"message {number}, segment {position} ({name})"
    if len(line) < 4:
        raise InputError(f"{where}, field 1: no field separator after {name}")
    sep = line[3]
    if sep.isalnum() or sep.isspace():
        raise InputError(f"{where}, field 1: the field separator must be a punctuation character")
    encoding = line[4:].split(sep, 1)[0]
    chars = list(encoding)
    if (
        not 4 <= len(chars) <= 5
        or len(set(chars)) != len(chars)
        or sep in chars
        or any(c.isalnum() or c.isspace() for c in chars)
    ):
        raise InputError(f"{where}, field 2: expected 4 or 5 distinct encoding characters such as ^~\\&")
    return Delimiters(sep, chars[0], chars[1], chars[2], chars[3])


def parse_messages(text: str) -> list[Message]:
    """Split text into messages at each MSH and every message into segments; structure errors raise."""
    lines = [line.lstrip(" \t") for line in _clean(text).split("\r")]
    lines = [line for line in lines if line.strip()]
    if not lines:
        raise InputError("no HL7 v2 segments: the text is empty")
    if len(lines) > MAX_SEGMENTS:
        raise InputError(f"{len(lines):,} segments; the limit is {MAX_SEGMENTS:,}")
    first = lines[0][:3]
    if not looks_like_hl7v2(lines[0]) and not _SEGMENT_NAME.fullmatch(first):
        raise InputError("not an HL7 v2 message: the text does not start with an MSH segment")
    messages: list[Message] = []
    current: list[Segment] = []
    delimiters = Delimiters()
    counts: dict[str, int] = {}
    position = 0
    for line in lines:
        name = line[:3]
        if name == "MSH":
            if current:
                messages.append(Message(len(messages) + 1, current, delimiters))
            delimiters = _delimiters(line, len(messages) + 1, 1)
            parts = line[4:].split(delimiters.field)
            current, counts, position = [], {"MSH": 1}, 1
            current.append(Segment("MSH", ["MSH", delimiters.field, *parts], 1, 1, delimiters))
            continue
        if name in _ENVELOPE and (len(line) == 3 or not line[3].isalnum()):
            continue
        number = len(messages) + 1
        if not current:
            if not _SEGMENT_NAME.fullmatch(name):
                raise InputError(
                    f"message {number}, segment 1: not a segment; expected MSH as the first segment"
                )
            raise InputError(f"message {number}, segment 1 ({name}): expected MSH as the first segment")
        position += 1
        parts = line.split(delimiters.field)
        if not _SEGMENT_NAME.fullmatch(parts[0]):
            raise InputError(
                f"message {number}, segment {position}: the segment name is not three upper-case "
                "letters or digits (a line break inside a field, or not HL7 v2)"
            )
        counts[parts[0]] = counts.get(parts[0], 0) + 1
        current.append(Segment(parts[0], parts, position, counts[parts[0]], delimiters))
    if current:
        messages.append(Message(len(messages) + 1, current, delimiters))
    if not messages:
        raise InputError("no MSH segment: not an HL7 v2 message")
    for message in messages:
        if not message.code:
            raise message.error(message.msh, 9, "the message type is missing")
        if not re.fullmatch(r"[A-Z0-9]{3}", message.code):
            raise message.error(message.msh, 9, "the message type is not a three-character code")
    return messages


# Values ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timestamp:
    date: dt.date
    time: str | None  # HH:MM when the hour and minute are written
    precision: str  # "year", "month", "day", "minute"

    def iso(self) -> str:
        if self.precision == "month":
            return self.date.isoformat()[:7]
        if self.precision == "year":
            return self.date.isoformat()[:4]
        return self.date.isoformat()


def parse_timestamp(value: str) -> Timestamp | None:
    """An HL7 DT / DTM / TS value; None when empty; ValueError when malformed."""
    raw = value.strip()
    if not raw:
        return None
    m = _DTM.fullmatch(raw)
    if not m:
        raise ValueError("not an HL7 date/time (YYYY[MM[DD[HHMM[SS]]]][+/-ZZZZ])")
    year, month, day, hour, minute = m[1], m[2], m[3], m[4], m[5]
    date = dt.date(int(year), int(month or 1), int(day or 1))
    time = None
    if hour is not None:
        if int(hour) > 23 or int(minute or 0) > 59:
            raise ValueError("the time is out of range")
        time = f"{int(hour):02d}:{int(minute or 0):02d}" if minute else None
    precision = "minute" if time else "day" if day else "month" if month else "year"
    return Timestamp(date, time, precision)


def _number(value: str) -> int | float | None:
    raw = value.strip()
    if len(raw) > 20 or not _NUMBER.fullmatch(raw):
        return None
    number = float(raw)
    return int(number) if number.is_integer() else number


class _Reader:
    """Turns parsed messages into documents, facts, claim lines and chart fields."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = messages
        self.documents: list[dict[str, Any]] = []
        self.facts: list[Finding] = []
        self.warnings: list[str] = []
        self.claim_lines: list[ClaimLine] = []
        self.doc_ids: set[str] = set()
        self.visit_numbers: list[str] = []
        self.service_dates: dict[str, list[dt.date]] = {"PV1": [], "FT1": [], "RXA": []}
        self.payer: tuple[str, str | None] | None = None
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
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
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
        for segment in message.segments:
            if segment.name == "PV1":
                if visit := segment.get(19):
                    self.visit_numbers.append(visit)
                if (admit := self.timestamp(message, segment, 44)) is not None:
                    self.service_dates["PV1"].append(admit.date)
            elif segment.name == "PID" and self.patient_id is None:
                self.patient_id = segment.get(3) or None
            elif segment.name == "IN1":
                self.read_insurance(segment)
            elif segment.name == "FT1":
                self.read_charge(message, segment)
            elif segment.name == "DG1":
                self.read_diagnosis(message, segment)

    def read_insurance(self, segment: Segment) -> None:
        if self.payer is not None:
            return  # the first IN1 is the primary plan
        plan = segment.get(2, 2) or segment.get(2, 1)
        company = segment.get(4)
        plan_type = segment.get(15, 2) or segment.get(15, 1)
        profile = load_payer_map().profile_for(plan, company, plan_type)
        if profile is not None:
            self.payer = (profile, company or plan or None)
        if auth := segment.get(14):
            self.prior_authorization = auth

    def read_charge(self, message: Message, segment: Segment) -> None:
        kind = segment.get(6).upper()
        if kind and kind != "CG":
            self.warnings.append(
                f"{message.ref(segment)}: transaction type {kind[:10]} is not a charge; skipped"
            )
            return
        code = segment.get(7) or segment.get(25)
        if not code:
            raise message.error(segment, 7, "the transaction code (HCPCS / CPT) is missing")
        raw_quantity = segment.get(10)
        quantity = _number(raw_quantity) if raw_quantity else 1
        if not raw_quantity:
            self.warnings.append(f"{message.ref(segment)}: no quantity (FT1-10); counted as 1 unit")
        if quantity is None or quantity < 0:
            raise message.error(segment, 10, "the transaction quantity is not a non-negative number")
        modifiers = [m for i in range(1, len(segment.repetitions(26)) + 1) if (m := segment.get(26, 1, i))]
        try:
            self.claim_lines.append(ClaimLine(hcpcs=code[:20], units=quantity, modifiers=modifiers))
        except ValidationError:
            raise message.error(segment, 7, "not a valid claim line") from None
        if (when := self.timestamp(message, segment, 4)) is not None:
            self.service_dates["FT1"].append(when.date)

    def read_diagnosis(self, message: Message, segment: Segment) -> None:
        text = " ".join(p for p in (segment.coded(3), segment.get(4)) if p)
        for kind, value in _concepts(text, ("aatd_diagnosis", "lung_disease")):
            fields = {"value": value} if value else {}
            self.facts.append(structured_fact(kind, message.ref(segment), "DG1-3", text[:200], **fields))

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
        doc_type, date, preferred = "progress_note", None, ""
        if txa is not None:
            parts = [p for p in txa.components(2) if p.strip()]
            doc_type = next((t for rx, t in _DOC_TYPES if any(rx.search(p) for p in parts)), "progress_note")
            stamp = self.timestamp(message, txa, 4) or self.timestamp(message, txa, 6)
            date = stamp.date if stamp else None
            preferred = txa.get(12)
        fallback = message.ref(txa) if txa is not None else f"{message.type}/{message.control_id}/document"
        if not lines:
            self.warnings.append(f"{message.type}/{message.control_id}: no text content in the document")
        self.add_document(preferred, fallback, doc_type, date, "\n".join(lines))

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
        is_aat = bool(codes & AAT_LOINC) or bool(_AAT_NAME.search(name))
        is_phenotype = bool(codes & PHENOTYPE_LOINC) or (is_aat and bool(_PHENOTYPE_NAME.search(name)))
        is_weight = bool(codes & WEIGHT_LOINC)
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
            for alleles in _genotypes(f"{label}: {value}"):
                self.facts.append(
                    structured_fact(
                        "genotype", ref, "OBX-5", f"{label}: {value}"[:200], date=date, alleles=alleles
                    )
                )
            return
        if number is None:
            return
        if is_aat:
            unit = normalize_aat_unit(unit_text)
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
                    method=_aat_method(method_text),
                )
            )
        elif is_weight:
            unit = _WEIGHT_UNITS.get(unit_text.strip().lower())
            if unit is None:
                self.warnings.append(f"{ref}: body weight without a kg or lb unit; not used")
                return
            value_kg = round(float(number) * (_LB_TO_KG if unit == "lb" else 1.0), 1)
            self.facts.append(
                structured_fact(
                    "weight",
                    ref,
                    "OBX-5",
                    f"Body weight {value} {unit_text}"[:200],
                    date=date,
                    value=number,
                    unit=unit,
                    value_kg=value_kg,
                )
            )

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
                product = _product(segment.coded(2))
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
        product = _product(rxa.coded(5))
        if not product:
            return  # vaccines and other drugs: no facts
        if rxa.get(20).upper() in _NOT_GIVEN or rxa.get(21).upper() == "D":
            self.warnings.append(f"{message.ref(rxa)}: not administered or deleted; skipped")
            return
        ref = message.ref(rxa)
        start, end = self.timestamp(message, rxa, 3), self.timestamp(message, rxa, 4)
        date = start.date if start else None
        if start is not None:
            self.service_dates["RXA"].append(start.date)
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
            factor = _MASS_UNITS.get(unit_text.strip().lower())
            if factor is None:
                self.warnings.append(f"{ref}: administered amount not in mg or g; no dose fact")
            else:
                mg = round(float(amount) * factor, 3)
                value = int(mg) if mg.is_integer() else mg
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
    def chart(self, source: str | None) -> Chart:
        chart_id = (
            (self.visit_numbers[0] if self.visit_numbers else "")
            or self.messages[0].msh.get(10)
            or (self.patient_id or "")
            or "hl7v2"
        )
        if len(set(self.visit_numbers)) > 1:
            self.warnings.append("the messages name different visit numbers (PV1-19); the first is used")
        service = (
            self.service_dates["PV1"][:1]
            or self.service_dates["FT1"][:1]
            or ([max(self.service_dates["RXA"])] if self.service_dates["RXA"] else [])
        )
        documents = self.documents or [
            {"id": PLACEHOLDER_ID, "type": "other", "date": service[0] if service else None, "text": ""}
        ]
        data: dict[str, Any] = {
            "chart_id": chart_id[:200],
            "date_of_service": service[0] if service else None,
            "documents": documents,
        }
        if self.payer is not None:
            data["payer"] = {"profile": self.payer[0], "name": self.payer[1]}
        if self.prior_authorization:
            data["prior_authorization"] = self.prior_authorization[:200]
        if self.claim_lines:
            data["claim_lines"] = self.claim_lines
        return parse_chart(data, source)


# Library rules reused ---------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _extractors() -> dict[str, Any]:
    from nlp_checker.extractors import load_extractors

    return {e.kind: e for e in load_extractors(patterns_dir() / "extractors")}


@lru_cache(maxsize=4)
def _target_rules() -> list[Any]:
    from medspacy.ner import TargetRule

    from nlp_checker.pipeline.concepts import compile_target_rules

    path = patterns_dir() / "target_rules.json"
    return compile_target_rules(TargetRule.from_json(str(path)), str(path))


def _concepts(text: str, categories: tuple[str, ...]) -> Iterator[tuple[str, str | None]]:
    """(category, value) of the concept rules of those categories matching the text, longest first."""
    found: dict[tuple[str, str | None], int] = {}
    for target in _target_rules():
        category = target.rule.category
        if category not in categories or not text:
            continue
        for m in target.pattern.finditer(text):
            if m.end() > m.start():
                value = (target.rule.metadata or {}).get("value")
                key = (category, value)
                found[key] = max(found.get(key, 0), m.end() - m.start())
    yield from sorted(found, key=lambda k: -found[k])


def _product(text: str) -> str | None:
    """The A1PI product a coded drug names (``drug_product`` concept rules), None for any other drug."""
    best = next(iter(_concepts(text, ("drug_product",))), None)
    return best[1] if best else None


def _genotypes(text: str) -> list[list[str]]:
    extractor = _extractors()["genotype"]
    return [list(e.fields["alleles"]) for e in extractor.extract(text) if e.fields.get("alleles")]


def _aat_method(text: str) -> str | None:
    extractor = _extractors()["serum_aat"]
    for name, pattern in extractor.methods.items():
        if pattern.search(text):
            return name
    return None


# Entry point -----------------------------------------------------------------------------------------


def read_hl7v2(text: str, source: str | None = None) -> ChartSource:
    """Read HL7 v2 messages of one encounter into a chart plus structured facts.

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
        reader = _Reader(messages)
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


__all__ = ["Delimiters", "escape", "looks_like_hl7v2", "parse_messages", "read_hl7v2", "unescape"]
