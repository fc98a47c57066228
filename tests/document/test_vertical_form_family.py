"""Forms exported one field per line (mobile nursing apps, PDF-to-text; found on blind batch b19): each label
on its own line, the value on the next, the unit on a line of its own above or below the value, and a small
stacked table (one cell per line) among the fields."""

from __future__ import annotations

import itertools

import pytest

from nlp_checker.document.analyze import analyze_fields
from tests.document.helpers import DOS, values

DOSES = [("3,860", 3860), ("4800", 4800)]
UNIT_PLACES = ["above", "below", "label"]


def _field(label: str, value: str, unit: str, place: str) -> str:
    if place == "above":
        return f"{label}\n({unit})\n{value}\n"
    if place == "below":
        return f"{label}\n{value}\n{unit}\n"
    return f"{label} ({unit})\n{value}\n"


@pytest.mark.parametrize(("dose", "place"), list(itertools.product(DOSES, UNIT_PLACES)))
def test_one_field_per_line_gives_dose_weight_waste_and_times(dose: tuple[str, int], place: str) -> None:
    text = (
        "HOME INFUSION SERVICES\nNursing Visit - Infusion Administration\n"
        "Patient Name\nDOE, JANE Q\nVisit Date\n03/17/2026\nArrival Time\n10:05\n"
        "Product\nProlastin-C Liquid\nOrder\n60 mg/kg IV weekly\n"
        + _field("Weight Today", "64.6", "kg", place)
        + "Product Vials\nQty\nStrength\nLot Number\nExpiration\n"
        + "3\n1000 mg/20 mL\nP3K4471\n2027-05-31\n2\n500 mg/10 mL\nP3J9902\n2027-01-31\n"
        + _field("Dose Administered", dose[0], "mg", place)
        + _field("Amount Wasted", "140", "mg", place)
        + "Infusion Start Time\n10:42\nInfusion Stop Time\n11:01\nDeparture Time\n11:20\n"
    )
    assert values(text, "administered_dose") == {dose[1]}
    assert values(text, "waste") == {140}
    assert values(text, "infusion_start") == {"10:42"}
    assert values(text, "infusion_end") == {"11:01"}
    assert values(text, "arrival") == {"10:05"}
    fields = [f for f in analyze_fields(text, DOS, DOS) if f.in_service]
    assert {f.value for f in fields if f.kind == "lot_number"} == {"P3K4471", "P3J9902"}
    assert {f.value for f in fields if f.kind == "expiration_date"} == {"2027-05-31", "2027-01-31"}
    assert {(f.value, f.unit) for f in fields if f.kind == "weight"} == {(64.6, "kg")}


@pytest.mark.xfail(
    strict=True,
    reason="GAP: three label/value lines before a blank line read as a one-row stacked table "
    "('Product', 'Zemaira', 'Visit Date' as its header)",
)
def test_labels_and_names_alternating_are_not_a_stacked_table() -> None:
    fields = ["Patient Name", "DOE, JANE Q", "DOB", "05/08/1979", "MRN", "HIS-0071552", "Product", "Zemaira"]
    text = "\n".join([*fields, "Visit Date", "03/17/2026", "Arrival Time", "10:05"]) + "\n"
    assert values(text, "arrival") == {"10:05"}
