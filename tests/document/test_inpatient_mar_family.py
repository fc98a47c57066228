"""Inpatient MARs printed over several days with many drugs (found on blind batch b23): an A1PI order heading
wrapped onto a second line, its rows coded with the MAR's legend (NB = new bag, C = complete), lots listed
with vial counts."""

from __future__ import annotations

from functools import cache

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart
from tests.document.helpers import values


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS, PRINTED = "2026-02-11", "2026-02-13"
HEADINGS = [
    (
        "alpha-1 proteinase inhibitor, human (GLASSIA) IV once - pt's home weekly dose (Wednesday), given",
        "on ward per pulm   ordered 60 mg/kg = 4,296 mg, round to whole vials",
    ),
    (
        "ZEMAIRA (alpha1-proteinase inhibitor) IV once - weekly dose continued during the admission, per",
        "pulmonology   ordered 60 mg/kg = 4,296 mg",
    ),
]


def _mar(heading: tuple[str, str]) -> str:
    first, second = heading
    return (
        "MEDICATION ADMINISTRATION RECORD      Print range 02/09/2026 00:00 - 02/13/2026 23:59\n"
        "Legend: G=given H=held NB=new bag C=complete/stopped\n"
        "--- SCHEDULED ---\n"
        "predniSONE 40 mg PO daily (day 3 of 7)                   start 02/12\n"
        "   02/12  0900 G (mo)\n"
        f"{first}\n"
        f"{second}\n"
        "   Dispensed 4 vials, carton actual content 1,080 mg/vial = 4,320 mg in 200 mL\n"
        "   02/11  1402 NB (sk)  lots KA25J0413 x2 (exp 10/2027) and KA25J0427 x2 (exp 12/2027);\n"
        "                        5 micron in-line filter; pump 7 mL/min\n"
        "          1431 C  (sk)  4,320 mg infused - full contents of all 4 vials, no waste; NS flush 20 mL\n"
        "acetaminophen 650 mg PO q6h PRN pain/fever >38.3\n"
        "   02/11  0412 G (jt)  T 38.4\n"
    )


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_wrapped_a1pi_heading_and_its_coded_rows(heading: tuple[str, str]) -> None:
    text = _mar(heading)
    assert values(text, "administered_dose", PRINTED, DOS) == {4320}
    assert values(text, "infusion_start", PRINTED, DOS) == {"14:02"}
    assert values(text, "infusion_end", PRINTED, DOS) == {"14:31"}
    chart = make_chart(text, date_of_service=DOS, types=["infusion_record"])
    chart["documents"][0]["date"] = PRINTED
    found = _checker().extract(chart)
    assert {f.value for f in found if f.kind == "lot_number"} == {"KA25J0413", "KA25J0427"}


def test_another_drugs_coded_rows_are_not_the_infusion() -> None:
    text = _mar(HEADINGS[0]).replace("alpha-1 proteinase inhibitor, human (GLASSIA)", "vancomycin 1 g")
    assert values(text, "infusion_start", PRINTED, DOS) == set()


@pytest.mark.parametrize("heading", ["COMMENTS 01/13/2026", "NOTES", "Comments:"])
def test_comments_under_a_flowsheet_grid_are_free_text_with_footnoted_times(heading: str) -> None:
    text = (
        "FLOWSHEET PRINT - INFUSION                      Printed 01/13/2026 11:02\n"
        "  Time                          0850     0905     0921     0930     0938\n"
        "  BP (mmHg)                   142/84   138/80   136/78   134/79   137/81\n"
        " ALPHA-1 PI (ZEMAIRA) IV\n"
        "  Infusion event                  --       --    Begin       -- Complete\n"
        "  Dose/Volume                     --       --      [a]       --      [b]\n"
        f" {heading}\n"
        "  [a] 0921 Zemaira (alpha1-proteinase inhibitor, human) 4,974 mg / 99.5 mL IV at 0.08 mL/kg/min.\n"
        "  [b] 0938 Infusion complete. Both vials administered in full - no drug wasted/discarded.\n"
    )
    assert values(text, "administered_dose", "2026-01-13", "2026-01-13") == {4974}
    assert values(text, "infusion_end", "2026-01-13", "2026-01-13") == {"09:38"}
