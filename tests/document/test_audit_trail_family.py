"""Order and administration audit trails printed days after the visit (found on blind batch b20): the row that
reverses or edits another, the EHR's own status rows, the date held in a column or a header, the visit a print
states at its top."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from nlp_checker import Checker
from tests.document.helpers import values


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS, PRINTED = "2025-11-06", "2025-11-07"

REVERSALS = [
    "Mistaken Administration   11/06 1022     11/06 1105     JMARSH    Reversed: documented in error",
    "Reversed                  11/06 1022     11/06 1105     JMARSH    wrong amount charted",
    "Voided                    11/06 1022     11/06 1105     JMARSH    duplicate documentation",
]
PRODUCTS = ["PROLASTIN-C LIQUID", "ZEMAIRA", "ARALAST NP"]


def _audit(reversal: str, product: str) -> str:
    return (
        "MEDICATION ADMINISTRATION AUDIT                     Printed 11/07/25 0815\n"
        "Date range: 11/06/2025 0000 - 11/06/2025 2359\n"
        "\n"
        f"[alpha-1-proteinase inhibitor (human) ({product}) injection]\n"
        " Action                    Action time    Documented     User      Details\n"
        " Given (New Bag)           11/06 1022     11/06 1023     JMARSH    4,000 mg; 80 mL; IV; R AC\n"
        f" {reversal}\n"
        " Given (New Bag)           11/06 1022     11/06 1107     JMARSH    3,530 mg; 70.6 mL; IV; R AC\n"
        " Stopped                   11/06 1040     11/06 1041     JMARSH    infusion complete\n"
        " Wasted                    11/06 1044     11/06 1108     JMARSH    470 mg (9.4 mL) - remainder\n"
    )


@pytest.mark.parametrize(("reversal", "product"), list(itertools.product(REVERSALS, PRODUCTS)))
def test_a_reversal_row_voids_the_administration_above_it(reversal: str, product: str) -> None:
    text = _audit(reversal, product)
    assert values(text, "administered_dose", PRINTED, DOS) == {3530}
    assert values(text, "infusion_start", PRINTED, DOS) == {"10:22"}
    assert values(text, "infusion_end", PRINTED, DOS) == {"10:40"}
    assert values(text, "waste", PRINTED, DOS) == {470}


@pytest.mark.parametrize("product", PRODUCTS)
def test_a_row_that_restates_nothing_reverses_nothing(product: str) -> None:
    text = _audit("Rate Change               11/06 1030     11/06 1031     JMARSH    tolerating", product)
    assert values(text, "administered_dose", PRINTED, DOS) == {4000, 3530}


@pytest.mark.parametrize("other_day", ["11/05/2025", "11/04/2025"])
def test_a_print_of_another_day_documents_another_visit(other_day: str) -> None:
    text = _audit(REVERSALS[0], PRODUCTS[0]).replace("11/06/2025 0000", f"{other_day} 0000")
    text = text.replace("11/06 ", f"{other_day[:5]} ")
    assert values(text, "administered_dose", PRINTED, DOS) == set()


@pytest.mark.parametrize(
    "reversed_row",
    [
        "  1502          Wasted - REVERSED     (1,010 mg)                 ROSBORNE    calculation error",
        "  1502          Waste voided          1,010 mg                   ROSBORNE    calculation error",
    ],
)
def test_a_reversal_that_restates_the_value_supersedes_it(reversed_row: str) -> None:
    text = (
        "Medication Administration Audit - Order Detail              Printed 12/22/2025 09:31\n"
        "Dept: HIGHLAND INFUSION | Enc 12/16/2025 | Attending: Sorensen, Ingrid, MD\n"
        "Order: alpha-1-proteinase inhibitor (human) (GLASSIA) 1 gram/50 mL infusion\n"
        "\n"
        "MAR action history\n"
        "  Time (12/16)  Action                Dose / Vol                 User        Comment\n"
        "  1312          New Bag               3,990 mg / 207.4 mL        ROSBORNE    5 micron filter\n"
        "  1420          Stopped               207.4 mL infused           ROSBORNE    complete\n"
        "  1424          Wasted                1,010 mg / 50.0 mL         ROSBORNE    witness TNGUYEN\n"
        f"{reversed_row}\n"
        "  1503          Wasted                820 mg / 42.6 mL           ROSBORNE    witness TNGUYEN\n"
    )
    assert values(text, "waste", "2025-12-22", "2025-12-16") == {820}
    assert values(text, "administered_dose", "2025-12-22", "2025-12-16") == {3990}
    assert values(text, "infusion_start", "2025-12-22", "2025-12-16") == {"13:12"}
    assert values(text, "infusion_end", "2025-12-22", "2025-12-16") == {"14:20"}
    # The header's date scopes the rows: on another date of service they are not this visit's.
    assert values(text, "waste", "2025-12-22", "2025-12-22") == set()


@pytest.mark.parametrize("marker", ["Stopped - EDITED", "Stop time modified", "Stopped (edited)"])
def test_an_arrow_edit_replaces_the_time_it_names(marker: str) -> None:
    text = (
        "Order Details / Administration Audit\n"
        "Dept: Piedmont Outpatient Infusion    Encounter date: 12/17/2025\n"
        "alpha1-proteinase inhibitor (PROLASTIN-C) 1,000 mg vial - IV infusion\n"
        "STATUS TRAIL\n"
        "  12/17/25 0956   Given / Started         RN-SABBOTT   4,950 mg (99 mL) IV\n"
        "  12/17/25 1048   Stopped                 RN-SABBOTT   infusion complete\n"
        f"  12/17/25 1052   {marker:<22}  RN-SABBOTT   action time 1048 -> 1014\n"
        "  12/17/25 1102   Completed               SYSTEM\n"
    )
    assert values(text, "infusion_start", "2025-12-30", "2025-12-17") == {"09:56"}
    assert values(text, "infusion_end", "2025-12-30", "2025-12-17") == {"10:14"}


@pytest.mark.parametrize(
    "status_row",
    [
        "  11/06/25 1107    Completed              SYSTEM     last admin documented",
        "  11/06/25 1107    Completed (modified)   SYSTEM     admin record corrected",
        "    11/06/25 1107  Completed   (system)",
    ],
)
def test_the_ehrs_own_status_rows_are_no_infusion_times(status_row: str) -> None:
    text = (
        "ORDER DETAILS                                        Printed 11/07/25 0812\n"
        "Encounter: HOD Infusion - Lakeside Outpatient Infusion, 11/06/2025\n"
        "alpha-1-proteinase inhibitor (human) (PROLASTIN-C LIQUID) 1,000 mg/20 mL injection\n"
        "Order history\n"
        "  Date/Time        Action                 User       Comment\n"
        "  11/06/25 0944    Dispensed              TBOYD      4 vials, lot per label\n"
        f"{status_row}\n"
    )
    assert values(text, "infusion_end", PRINTED, DOS) == set()


def test_a_closed_system_device_does_not_hide_a_start() -> None:
    text = "11/06/25 1012  Zemaira infusion started via closed-system transfer device  JMARSH\n"
    assert values(text, "infusion_start", DOS, DOS) == {"10:12"}


@pytest.mark.parametrize(
    "heading",
    [
        "Encounter: HOD Infusion - Lakeside Outpatient Infusion, 11/06/2025",
        "Enc 11/06/2025 | Dept: LAKESIDE OP INFUSION",
        "Visit date: 11/06/2025",
        "Date range: 11/06/2025 0000 - 11/06/2025 2359",
    ],
)
def test_a_print_states_the_visit_it_shows(heading: str) -> None:
    text = (
        f"INFUSION RECORD PRINT   Printed 11/07/2025\n{heading}\nZemaira 3,530 mg given IV, started 10:22.\n"
    )
    assert values(text, "administered_dose", PRINTED, DOS) == {3530}
    assert values(text, "infusion_start", PRINTED, DOS) == {"10:22"}


def test_a_range_of_several_days_states_no_single_visit() -> None:
    text = (
        "INFUSION RECORD PRINT\nDate range: 11/01/2025 0000 - 11/07/2025 2359\nZemaira 3,530 mg given IV.\n"
    )
    assert values(text, "administered_dose", PRINTED, DOS) == set()


@pytest.mark.parametrize("header", ["Action time", "Date/Time given", "Admin time"])
def test_a_date_in_a_later_stamp_column_dates_the_row(header: str) -> None:
    text = (
        "[ZEMAIRA 4 g vial]\n"
        f" Action          {header:<16}User      Details\n"
        " Given           11/05 1022      JMARSH    4,000 mg IV\n"
        " Given           11/06 1025      JMARSH    3,530 mg IV\n"
    )
    assert values(text, "administered_dose", PRINTED, DOS) == {3530}


def test_an_expiration_column_is_no_row_date() -> None:
    text = (
        " Product        Lot        Exp date     Given     Dose\n"
        " Zemaira 4 g    P1005      12/31/2026   Yes       4,000 mg\n"
    )
    assert values(text, "administered_dose", DOS, DOS) == {4000}


def test_an_addendum_written_next_day_corrects_the_mars_lot_and_expiry() -> None:
    from tests.conftest import make_chart

    mar = (
        "MAR - Zemaira 1,000 mg vials\n"
        " 01/13/26 1014  New Bag     4,184 mg ; 5.6 mL/min   L FA 22G; Lot 2409A13 Exp 11/30/2025   VANCE\n"
        " 01/13/26 1031  Stopped        All 4 vials infused   VANCE\n"
    )
    addendum = (
        "NURSING NOTE - ADDENDUM\n"
        "Addendum to: Infusion documentation of 01/13/2026\n"
        "The lot number and expiration entered on the MAR at 1014 for the Zemaira dose (Lot 2409A13,\n"
        "Exp 11/30/2025) were entered in error. Verified against the retained carton label:\n"
        "  Correct lot: P100541906\n"
        "  Correct expiration: 05/31/2027\n"
    )
    chart = make_chart(
        mar, addendum, date_of_service="2026-01-13", types=["infusion_record", "infusion_record"]
    )
    chart["documents"][1]["date"] = "2026-01-14"
    found = _checker().extract(chart)
    assert {f.value for f in found if f.kind == "lot_number"} == {"P100541906"}
    assert {str(f.value) for f in found if f.kind == "expiration_date"} == {"2027-05-31"}


def test_a_new_bag_action_is_not_a_bags_lot() -> None:
    from tests.conftest import make_chart

    text = (
        " alpha1-proteinase inhibitor (PROLASTIN-C LIQUID) 4,000 mg/80 mL IV once - home weekly dose (Thu),\n"
        " ordered by pulm 03/25, per pt's outpatient regimen 60 mg/kg\n"
        "   03/26 1105 New Bag (CG)  dose 4,000 mg  lot 26C0814A  exp 10/31/2027  rate 5.3 mL/min\n"
    )
    found = _checker().extract(make_chart(text, date_of_service="2026-03-26", types=["infusion_record"]))
    assert {f.value for f in found if f.kind == "lot_number"} == {"26C0814A"}
    assert {f.value for f in found if f.kind == "dose"} == {4000}
