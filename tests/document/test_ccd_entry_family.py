"""C-CDA encounter summaries rendered to text (found on blind batch b23): medication entries whose fields
belong to the drug their "Medication" field names, an effective time written as a full date-time range, and
a table of vial rows followed by the total administered."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart
from tests.document.helpers import values


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS = "2026-03-03"
OTHER_ENTRIES = [
    ("acetaminophen 325 MG Oral Tablet [RxNorm 313782]", "650 mg"),
    ("diphenhydramine 25 MG Injection [RxNorm 1049630]", "25 mg"),
]
TIMES = [
    "Mar 3, 2026 09:18 CST to Mar 3, 2026 09:41 CST",
    "2026-03-03 09:18 to 2026-03-03 09:41",
]


def _summary(entry: tuple[str, str], effective: str) -> str:
    drug, dose = entry
    return (
        "MEDICATIONS ADMINISTERED\n"
        "  Entry 1\n"
        "    Medication ....... alpha-1-proteinase inhibitor, human (ZEMAIRA) 4000 MG Injection kit\n"
        "    Dose ............. 4700 mg\n"
        f"    Effective time ... {effective}\n"
        "    Product instance . Lot P100611382, exp 2027-08-31\n"
        "  Entry 2\n"
        f"    Medication ....... {drug}\n"
        f"    Dose ............. {dose}\n"
        "    Effective time ... Mar 3, 2026 08:58 CST\n"
        "    Product instance . Lot 24H0931, exp 2027-01-31\n"
    )


@pytest.mark.parametrize(("entry", "effective"), list(itertools.product(OTHER_ENTRIES, TIMES)))
def test_each_entry_belongs_to_the_drug_its_medication_field_names(
    entry: tuple[str, str], effective: str
) -> None:
    text = _summary(entry, effective)
    assert values(text, "administered_dose", DOS, DOS) == {4700}
    assert values(text, "infusion_start", DOS, DOS) == {"09:18"}
    assert values(text, "infusion_end", DOS, DOS) == {"09:41"}
    found = _checker().extract(make_chart(text, date_of_service=DOS, types=["infusion_record"]))
    assert {f.value for f in found if f.kind == "lot_number"} == {"P100611382"}


@pytest.mark.parametrize(
    "total", ["Total alpha-1 proteinase inhibitor administered: 4500 mg", "Total given 4500 mg"]
)
def test_vial_rows_that_add_up_to_a_stated_total_are_its_parts(total: str) -> None:
    text = (
        "MEDICATIONS ADMINISTERED\n"
        "  Drug                          Dose      Start      Stop       Lot\n"
        "  Prolastin-C Liquid 4000 mg    4000 mg   12:41 EDT  12:56 EDT  26G0118C\n"
        "  Prolastin-C Liquid 500 mg     500 mg    12:41 EDT  12:56 EDT  26F2207A\n"
        f"  {total}\n"
    )
    found = _checker().extract(make_chart(text, date_of_service=DOS, types=["infusion_record"]))
    assert {f.value for f in found if f.kind == "dose"} == {4500}


def test_rows_that_do_not_add_up_stay() -> None:
    text = (
        "MEDICATIONS ADMINISTERED\n"
        "  Drug                          Dose      Start      Stop\n"
        "  Prolastin-C Liquid            4000 mg   12:41 EDT  12:56 EDT\n"
        "  Total this month given 16000 mg\n"
    )
    found = _checker().extract(make_chart(text, date_of_service=DOS, types=["infusion_record"]))
    assert 4000 in {f.value for f in found if f.kind == "dose"}


@pytest.mark.parametrize("label", ["Product lot", "Vial lot #", "Drug lot number"])
def test_a_lot_field_named_for_the_product(label: str) -> None:
    text = (
        "MEDICATIONS ADMINISTERED\n"
        "  Medication ......... PROLASTIN-C 1000 MG Injection\n"
        "  Dose ............... 5300 mg\n"
        f"  {label + ' ':.<21} NG2511B04 (x4 vials), NG2511B19 (x2 vials)\n"
    )
    found = _checker().extract(make_chart(text, date_of_service=DOS, types=["infusion_record"]))
    assert {f.value for f in found if f.kind == "lot_number"} == {"NG2511B04", "NG2511B19"}


@pytest.mark.parametrize(
    "waste",
    [
        "700 mg discarded (6 x 1,000 mg vials reconstituted, 5,300 mg given)",
        "700 mg wasted; of 6,000 mg reconstituted 5,300 mg (106 mL) infused",
    ],
)
def test_the_amount_given_inside_a_waste_statement_is_not_waste(waste: str) -> None:
    text = f"Prolastin-C\n  Dose ............... 5300 mg\n  Waste .............. {waste}\n"
    assert values(text, "waste", DOS, DOS) == {700}
