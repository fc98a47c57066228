"""HL7 v2 framing: messages, segments, fields, components, repetitions, escape sequences, timestamps.

Delimiters and escape sequences come from each message's own MSH-1 / MSH-2. Malformed input raises
``InputError`` naming the message, the segment and the field.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from nlp_checker.errors import InputError

logger = logging.getLogger("nlp_checker")

PLACEHOLDER_ID = "hl7v2-structured"
MAX_SEGMENTS = 200_000

_SEGMENT_NAME = re.compile(r"[A-Z][A-Z0-9]{2}")
_ENVELOPE = {"FHS", "BHS", "BTS", "FTS"}
_LAB_MESSAGES = {"ORU", "OUL"}
_TEXT_TYPES = {"TX", "FT", "ST"}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_DTM = re.compile(r"(\d{4})(\d{2})?(\d{2})?(?:(\d{2})(\d{2})?(?:(\d{2})(?:\.\d{1,4})?)?)?(?:[+-]\d{4})?")
_AAT_NAME = re.compile(r"(?i)\b(?:alpha|α)[\s-]*(?:1|one|i)[\s-]*anti[\s-]?trypsin|\ba1at\b|\baat\b")
_PHENOTYPE_NAME = re.compile(r"(?i)phenotyp|genotyp|serpina1|\bpi\s*type")
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
