"""The finding kinds: one entry per kind says what its value is, how two values compare, how it is shown.

Adding a kind touches this registry, its extractor and its rules file, nothing else: the evaluation's gold
key, the report's display, the text-vs-structure comparison and the Finding fields read from here. Which
coded results (LOINC, SNOMED CT) map to a kind is data (``patterns/structured_codes.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

# The role of a weight written as an earlier one beside today's ("down from 95.5 kg"): a finding, but not the
# visit's weight while one of the visit is documented.
EARLIER_WEIGHT_ROLE = "earlier_weight"


class HasValue(Protocol):
    @property
    def value(self) -> Any: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def value_kg(self) -> float | None: ...
    @property
    def alleles(self) -> list[str] | None: ...


def _text_key(fields: Mapping[str, Any]) -> Any:
    value = fields.get("value")
    return value if value is None or isinstance(value, str) else str(value)


def _upper_key(fields: Mapping[str, Any]) -> Any:
    return str(fields.get("value", "")).strip().upper()


def _number_key(fields: Mapping[str, Any]) -> Any:
    return round(float(fields["value"]), 1)


def _genotype_key(fields: Mapping[str, Any]) -> Any:
    return tuple(sorted(fields.get("alleles") or []))


def _weight_key(fields: Mapping[str, Any]) -> Any:
    value_kg = fields.get("value_kg", fields.get("value"))
    return None if value_kg is None else round(float(value_kg), 1)


def _serum_key(fields: Mapping[str, Any]) -> Any:
    return (round(float(fields["value"]), 3), fields.get("unit"))


def _show_value(finding: HasValue) -> str:
    unit = f" {finding.unit}" if finding.unit else ""
    return f"{finding.value}{unit}"


def _show_genotype(finding: HasValue) -> str:
    return "/".join(finding.alleles or [])


def _show_weight(finding: HasValue) -> str:
    return f"{finding.value_kg} kg"


def _same_text(a: HasValue, b: HasValue, tolerance: float) -> bool:
    return str(a.value).strip().upper() == str(b.value).strip().upper()


def _same_number(a: HasValue, b: HasValue, tolerance: float) -> bool:
    return float(a.value) == float(b.value) and (a.unit or "") == (b.unit or "")


def _same_genotype(a: HasValue, b: HasValue, tolerance: float) -> bool:
    return sorted(a.alleles or []) == sorted(b.alleles or [])


def _same_weight(a: HasValue, b: HasValue, tolerance: float) -> bool:
    x, y = float(a.value_kg or 0), float(b.value_kg or 0)
    return abs(x - y) <= tolerance * max(x, y, 1e-9)


Same = Callable[[HasValue, HasValue, float], bool]


@dataclass(frozen=True)
class Kind:
    """One finding kind.

    fields: the Finding fields its value uses; key: the normalized value gold files list; show: the value as
    a coder reads it; same: when a structured fact and a note agree (None: never compared); administration:
    a fact of the administration, which counts only for the date of service (CONTRACT, "What counts").
    """

    name: str
    fields: tuple[str, ...] = ()
    key: Callable[[Mapping[str, Any]], Any] = _text_key
    show: Callable[[HasValue], str] = _show_value
    same: Same | None = None
    administration: bool = False


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("aatd_diagnosis"),
        Kind("genotype", ("alleles", "method"), _genotype_key, _show_genotype, _same_genotype),
        Kind("serum_aat", ("value", "unit", "value_um", "method"), _serum_key, same=_same_number),
        Kind("weight", ("value", "unit", "value_kg", "date"), _weight_key, _show_weight, _same_weight),
        Kind("dose", ("value", "unit"), _number_key, same=_same_number, administration=True),
        Kind("wastage", ("value", "unit"), _number_key, administration=True),
        Kind("lot_number", ("value",), _upper_key, same=_same_text, administration=True),
        Kind("expiration_date", ("value",), same=_same_text, administration=True),
        Kind("infusion_start", ("value",), administration=True),
        Kind("infusion_end", ("value",), administration=True),
        Kind("lung_disease", ("value",)),
        Kind("fev1", ("value", "unit"), _number_key),
        Kind("response_to_therapy"),
        Kind("prior_authorization", ("value",), _upper_key),
        Kind("smoking_status", ("value",)),
        Kind("drug_product", ("value",)),
    )
}
# Fields every structured fact may carry besides its kind's own.
SOURCE_FIELDS = ("date", "resource", "path")
VALUE_FIELDS: tuple[str, ...] = tuple(
    dict.fromkeys(f for kind in KINDS.values() for f in kind.fields + SOURCE_FIELDS)
)
COMPARED_KINDS: tuple[str, ...] = tuple(name for name, kind in KINDS.items() if kind.same is not None)


def kind(name: str) -> Kind:
    """The registry entry of a kind; an unknown kind gets the default behaviour (text value)."""
    return KINDS.get(name) or Kind(name, ("value",))
