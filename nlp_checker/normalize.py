"""Normalization shared by the extractors: numbers, units, dates and clock times.

>>> parse_number("4,800")
4800
>>> parse_clock_time("9:15 AM"), parse_clock_time("0915"), parse_clock_time("1:05 pm")
('09:15', '09:15', '13:05')
>>> parse_date("31MAY2027"), parse_date("Exp 05/2027".split()[1]), parse_date("May 31, 2027")
('2027-05-31', '2027-05', '2027-05-31')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pydantic import BaseModel, ConfigDict, Field

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9


POUND_KG = 0.45359237  # NIST SP 811: the international avoirdupois pound, exactly


class Units(BaseModel):
    """The unit tables of ``patterns/units.yaml``: written unit (lower case) -> factor or canonical name."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mass_mg: dict[str, float] = Field(min_length=1)
    body_weight_kg: dict[str, float] = Field(min_length=1)
    serum_aat_unit: dict[str, str] = Field(min_length=1)

    def to_mg(self, value: float, unit: str) -> int | float | None:
        """An amount in mg ("4.8", "g" -> 4800); None for a unit that is not a mass."""
        factor = self.mass_mg.get(_unit_key(unit))
        return None if factor is None else _tidy(float(value) * factor)

    def to_kg(self, value: float, unit: str) -> float | None:
        """A body weight in kg; None for a unit that is not a weight."""
        factor = self.body_weight_kg.get(_unit_key(unit))
        return None if factor is None else float(value) * factor

    def body_weight(self, value: float, unit: str) -> tuple[int | float, str, float] | None:
        """(value, ``kg`` or ``lb``, kg to one decimal) as the contract writes a weight; None for a unit
        that is not a body weight or a value that is not positive. Grams are written as kg."""
        factor = self.body_weight_kg.get(_unit_key(unit))
        if factor is None or value <= 0:
            return None
        kg = float(value) * factor
        if factor == 1:
            return value, "kg", round(kg, 1)
        if abs(factor - POUND_KG) < 1e-9:
            return value, "lb", round(kg, 1)
        return _tidy(kg), "kg", round(kg, 1)

    def aat_unit(self, unit: str) -> str | None:
        """``mg/dL``, ``g/L`` or ``uM`` for a written serum-level unit."""
        return self.serum_aat_unit.get(_unit_key(unit))


def _unit_key(unit: str) -> str:
    return re.sub(r"\s+", "", unit).lower()


def _tidy(value: float) -> int | float:
    value = round(value, 3)
    return int(value) if float(value).is_integer() else value


def parse_number(text: str) -> int | float:
    """Parse "4,800", "4 800" (thousands grouped by a space), "81.6" or "81,6" (decimal comma after at most
    two digits)."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+", cleaned):
        cleaned = cleaned.replace(",", "").replace(" ", "")
    else:
        cleaned = cleaned.replace(",", ".")
    value = float(cleaned)
    return int(value) if value.is_integer() else value


def parse_clock_time(text: str) -> str | None:
    """Normalize a written clock time to 24-hour ``HH:MM``; None when it is not a valid time."""
    raw = text.strip().lower().replace(".", "")
    meridiem = None
    match = re.search(r"\s*([ap])m?$", raw)
    if match:
        meridiem = match.group(1)
        raw = raw[: match.start()].strip()
    raw = re.sub(r"\s*(?:hrs?|h)$", "", raw)
    raw = re.sub(r"^(\d{1,2}:\d{2}):\d{2}(?:\.\d+)?$", r"\1", raw)  # seconds: "09:47:13" -> 09:47
    if ":" in raw:
        hour_text, minute_text = raw.split(":", 1)
    elif len(raw) == 4 and raw.isdigit():
        hour_text, minute_text = raw[:2], raw[2:]
    elif raw.isdigit() and meridiem:
        hour_text, minute_text = raw, "00"
    else:
        return None
    if not (hour_text.isdigit() and minute_text.isdigit()):
        return None
    hour, minute = int(hour_text), int(minute_text)
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _iso(year: int, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12 or not 1900 <= year <= 2199:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """Normalize a written date to ISO ``YYYY-MM-DD``, or ``YYYY-MM`` when no day is written."""
    raw = text.strip().rstrip(".,")
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"((?:19|20)\d{2})(\d{2})(\d{2})", raw):  # compact, as HL7 v2 and exports write it
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", raw):
        return _iso(int(m[1]), int(m[2]), None)
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", raw):
        return _iso(_year(m[3]), int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{1,2})[/-](\d{4})", raw):
        return _iso(int(m[2]), int(m[1]), None)
    if m := re.fullmatch(r"(\d{1,2})/(\d{2})", raw):  # "Exp 05/27" on a vial: month and two-digit year
        return _iso(_year(m[2]), int(m[1]), None)
    if m := re.fullmatch(r"(\d{1,2})\s?([A-Za-z]{3,9})\.?\s?(\d{2}|\d{4})", raw):
        month = _MONTHS.get(m[2].lower())
        return _iso(_year(m[3]), month, int(m[1])) if month else None
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", raw):
        month = _MONTHS.get(m[1].lower())
        return _iso(int(m[3]), month, int(m[2])) if month else None
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.?\s+(\d{4})", raw):
        month = _MONTHS.get(m[1].lower())
        return _iso(int(m[2]), month, None) if month else None
    return None


def date_upper_bound(iso: str) -> dt.date:
    """The last day an ISO date or month stands for (``2027-05`` -> 2027-05-31)."""
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date.fromisoformat(iso)
