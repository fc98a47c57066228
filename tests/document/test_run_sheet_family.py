"""Weekly run sheets, multi-week logs and summaries written after the visit (found on blind batches
b18, b20 and b21): rows dated by a weekday and a day, detail lines under a dated row or heading, a date
that closes the clause, field values continued under the value column, lines labelled as an earlier
period."""

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


DOS, PRINTED = "2025-10-21", "2025-11-03"
WEEKDAYS = ["Tue 10/21", "Tuesday 10/21", "Tue. 10/21", "TUE 10/21/2025"]
INDENTS = ["  ", "    "]


def _run_sheet(day: str, indent: str) -> str:
    detail = indent + " " * 12
    return (
        "WEEKLY RUN SHEET        Pt: FERREIRA, LUCAS\n"
        "Regimen: Glassia (A1PI) 60 mg/kg IV weekly, TUESDAYS 0930\n"
        "\n"
        "WEEK OF 10/13/2025\n"
        f"{indent}Fri 10/17   STATUS: GIVEN (MAKE-UP)  Wt 70.6 kg   Dose 4,240 mg (209.5 mL)\n"
        f"{detail}Vials 5 x 1,012 mg   Lot KA25C0117  Exp 06/2026   Waste 820 mg\n"
        f"{detail}Start 1302   Stop 1416   RN TC\n"
        "\n"
        "WEEK OF 10/20/2025\n"
        f"{indent}{day}   STATUS: GIVEN        Wt 70.3 kg   Dose 4,220 mg (208.5 mL)\n"
        f"{detail}Vials 5 x 1,012 mg   Lot KB25E0392  Exp 09/30/2026   Waste 840 mg\n"
        f"{detail}Start 0940   Stop 1052   RN MB\n"
        "\n"
        f"{indent}Tue 11/04   STATUS: SCHEDULED    est. dose 4,200 mg\n"
    )


@pytest.mark.parametrize(("day", "indent"), list(itertools.product(WEEKDAYS, INDENTS)))
def test_a_weekday_dated_row_and_its_detail_lines_belong_to_that_day(day: str, indent: str) -> None:
    text = _run_sheet(day, indent)
    assert values(text, "administered_dose", PRINTED, DOS) == {4220}
    assert values(text, "waste", PRINTED, DOS) == {840}
    assert values(text, "infusion_start", PRINTED, DOS) == {"09:40"}
    assert values(text, "infusion_end", PRINTED, DOS) == {"10:52"}
    # The make-up row is another visit.
    assert values(text, "administered_dose", PRINTED, "2025-10-17") == {4240}


@pytest.mark.parametrize("lot", ["26NL0522", "25K0441", "KB25E0392"])
def test_a_lot_code_in_a_table_row_is_no_time_and_its_expiry_dates_no_time(lot: str) -> None:
    text = (
        "ALPHA-1 WEEKLY RUN SHEET - Product: Prolastin-C 1,000 mg vials\n"
        "Wk  Date        Status        Given(mg)  Waste(mg)  Lot / Exp              Start  Stop\n"
        "--- ----------- ------------- ---------- ---------- ---------------------- ------ -----\n"
        f"50  Wed 12/10   GIVEN         4,970      30         {lot} / 2026-10-31  0952   1011\n"
        f"51  Wed 12/17   GIVEN         4,950      50         {lot} / 2027-01-31  0956   1014\n"
    )
    assert values(text, "infusion_start", "2025-12-29", "2025-12-17") == {"09:56"}
    assert values(text, "infusion_end", "2025-12-29", "2025-12-17") == {"10:14"}


HEADINGS = [
    "ZEMAIRA ADMINISTRATION 02/10/2026 (from eMAR)",
    "Augmentation administration 2/10/26:",
    "A1PI infusion on 02/10/2026",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_dated_heading_scopes_a_long_indented_block(heading: str) -> None:
    text = (
        "HOSPITAL COURSE\n"
        "Pharmacy compounded the dose from one 4 g vial and one 1 g vial, 4,980 mg available in total.\n"
        "\n"
        f"  {heading}\n"
        "  Dose given ........ Zemaira 4,740 mg IV (94.8 mL) via 22g PIV\n"
        "  Lot / exp ......... P100632115 exp 08/2027 (4 g vial)\n"
        "                      P100598804 exp 11/2026 (1 g vial)\n"
        "  Premedication ..... none\n"
        "  Infusion start .... 1412\n"
        "  Infusion stop ..... 1431\n"
        "  Discarded ......... 240 mg (remainder of 1 g vial), witnessed\n"
    )
    written, dos = "2026-02-11", "2026-02-10"
    assert values(text, "administered_dose", written, dos) == {4740}
    assert values(text, "infusion_start", written, dos) == {"14:12"}
    assert values(text, "infusion_end", written, dos) == {"14:31"}
    assert values(text, "waste", written, dos) == {240}
    chart = make_chart(text, date_of_service=dos)
    chart["documents"][0]["date"] = written
    found = _checker().extract(chart)
    assert {f.value for f in found if f.kind == "lot_number"} == {"P100632115", "P100598804"}


@pytest.mark.parametrize(
    "sentence",
    [
        "ARALAST NP 4,500 MG IV (whole vials) infused 1510-1547 on 01/21/2026 via R forearm PIV; no rxn.",
        "Aralast NP 4,500 mg was given 1510-1547 on Wednesday 01/21/2026 on the unit.",
    ],
)
def test_a_date_that_closes_the_clause_dates_its_values(sentence: str) -> None:
    written, dos = "2026-01-22", "2026-01-21"
    assert values(sentence, "administered_dose", written, dos) == {4500}
    assert values(sentence, "infusion_start", written, dos) == {"15:10"}
    assert values(sentence, "infusion_end", written, dos) == {"15:47"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Aralast NP 4,500 mg infused 1510-1547, same as last dose on 01/14/2026.",
        "Aralast NP 4,500 mg infused 1510-1547; next dose on 01/28/2026.",
    ],
)
def test_a_date_of_another_visit_after_the_values_does_not_take_them(sentence: str) -> None:
    assert values(sentence, "administered_dose", "2026-01-21", "2026-01-21") == {4500}


@pytest.mark.parametrize(
    "label",
    ["April 30 (prior month)", "Prev visit", "Last week", "Feb 26 (prev. month)"],
)
def test_a_line_labelled_as_an_earlier_period_is_not_this_visit(label: str) -> None:
    text = (
        "ALPHA-1 AUGMENTATION - MONTHLY INFUSION CALENDAR          MAY 2026\n"
        f"{label}: Prolastin-C 4000 mg given / lot 26PC0204 / 1140 / KR\n"
    )
    chart = make_chart(text, date_of_service="2026-05-14", types=["infusion_record"])
    found = _checker().extract(chart)
    assert not [f for f in found if f.kind in ("lot_number", "dose") and f.value in ("26PC0204", 4000)]


def test_a_value_column_continuation_takes_the_fields_label_only_when_aligned() -> None:
    aligned = "Lot / exp ......... P100632115 exp 08/2027\n                    P100598804 exp 11/2026\n"
    ragged = "Lot / exp ......... P100632115 exp 08/2027\n          P100598804 exp 11/2026\n"
    from nlp_checker.document.layout import analyze_layout

    assert analyze_layout(aligned).lines[1].cells[0].header == "Lot / exp"
    assert not analyze_layout(ragged).lines[1].cells[0].header


@pytest.mark.parametrize(
    "statement",
    [
        "Nothing was thrown away (no leftover drug).",
        "Nothing thrown out - whole vials used.",
        "No leftover medication.",
    ],
)
def test_a_plain_language_no_waste_statement(statement: str) -> None:
    text = f"Medications given today\n- Zemaira 4,408 mg IV -- the contents of four vials\n- {statement}\n"
    assert values(text, "waste") == {0}
