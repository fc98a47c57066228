"""A document written after the date of service (a discharge summary, a late entry) whose indented paragraph
opens with a dated administration: its continuation lines belong to that date (found on blind batch b18)."""

from __future__ import annotations

import itertools

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart
from tests.document.helpers import values

DOS, WRITTEN = "2026-02-26", "2026-02-27"
OPENINGS = [
    "Glassia (alpha1-PI) given 02/26/2026: 3,700 mg IV (185 mL) via 5-micron",
    "Weekly Zemaira dose administered on 2/26: 3,700 mg IV via",
    "A1PI infusion 02/26/26 - Aralast NP 3,700 mg IV through a",
]


@pytest.mark.parametrize(("opening", "indent"), list(itertools.product(OPENINGS, ["  ", "    ", "\t"])))
def test_the_continuation_of_a_dated_administration_takes_its_date(opening: str, indent: str) -> None:
    text = (
        "HOSPITAL COURSE\n"
        f"{indent}{opening}\n"
        f"{indent}in-line filter, 4 x 1 g/50 mL vials:\n"
        f"{indent}  lot KGL25C061 (x3)  exp 06/30/2026\n"
        f"{indent}Started 10:35, ended 11:50 (rate kept low during acute\n"
        f"{indent}illness). Wasted: 300 mg (15 mL) of the 4th vial.\n"
    )
    assert values(text, "administered_dose", WRITTEN, DOS) == {3700}
    assert values(text, "infusion_start", WRITTEN, DOS) == {"10:35"}
    assert values(text, "infusion_end", WRITTEN, DOS) == {"11:50"}
    assert values(text, "waste", WRITTEN, DOS) == {300}
    chart = make_chart(text, date_of_service=DOS)
    chart["documents"][0]["date"] = WRITTEN
    found = Checker().extract(chart)
    assert {f.value for f in found if f.kind == "lot_number"} == {"KGL25C061"}
    assert {f.value for f in found if f.kind == "expiration_date"} == {"2026-06-30"}


def test_an_unindented_paragraph_keeps_the_document_date() -> None:
    text = "Glassia given 02/26/2026 on the unit.\nStarted 10:35, ended 11:50 today.\n"
    assert values(text, "infusion_start", WRITTEN, DOS) == set()
