"""Families found on batch b22 once it was released for development (sixth round): tables drawn with
box-drawing characters, comparisons with an earlier visit written in parentheses ("(was 4,240 mg on 01/27)",
"(prev wk 10:15-11:02)"), trend rows with one column per visit, and earlier values compared after a FEV1 or
serum level."""

from __future__ import annotations

from functools import cache

import pytest

from nlp_checker import Checker
from nlp_checker.kinds import EARLIER_WEIGHT_ROLE
from nlp_checker.models import Finding
from tests.conftest import make_chart


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS = "2026-02-03"


def _extract(text: str, kind_of_document: str = "infusion_record") -> list[Finding]:
    return _checker().extract(make_chart(text, date_of_service=DOS, types=[kind_of_document]))


def _values(text: str, kind: str, kind_of_document: str = "infusion_record") -> set:
    return {
        f.value
        for f in _extract(text, kind_of_document)
        if f.kind == kind and not any(f.assertion.model_dump().values())
    }


BOX = """B. MEDICATIONS / FLUIDS
\u250c\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510
\u2502 #  \u2502 Drug / fluid          \u2502 Dose / vol \u2502 Start  \u2502 Stop   \u2502
\u251c\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524
\u2502 1  \u2502 Acetaminophen PO      \u2502 650 mg     \u2502 09:10  \u2502 n/a    \u2502
\u251c\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524
\u2502 2  \u2502 {product:<21} \u2502 {dose:<10} \u2502 09:58  \u2502 10:29  \u2502
\u2502    \u2502 proteinase inhib,     \u2502 (5 vials)  \u2502        \u2502        \u2502
\u2514\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518
"""


@pytest.mark.parametrize("product", ["Prolastin-C (alpha1-", "Zemaira (alpha1-", "Glassia IV"])
@pytest.mark.parametrize("dose", ["5,000 mg", "5000 mg", "5 g"])
def test_a_box_drawn_table_reads_as_a_pipe_table(product: str, dose: str) -> None:
    text = BOX.format(product=product, dose=dose)
    assert _values(text, "dose") == {5000}
    assert _values(text, "infusion_start") == {"09:58"}
    assert _values(text, "infusion_end") == {"10:29"}
    # Evidence quotes the box-drawn text as written.
    doses = [f for f in _extract(text) if f.kind == "dose"]
    assert all(f.text in text for f in doses)


NOTE = """NURSING INFUSION NOTE   {dos}
O: Wt 69.8 kg (prev 70.6 kg 01/27)
   Dose today: Zemaira 4,190 mg IV ({cue} 4,240 mg on 01/27 - re-dosed to today's wt)
   Vials: 4 g kit   lot P100620581  exp 04/30/2027
   Infusion start 10:14 / stop 10:31, 83.8 mL via pump   ({cue} 10:05-10:22 on 01/27)
   Waste: 874 mg discarded in pharmaceutical waste -> JW line.
"""


@pytest.mark.parametrize("cue", ["was", "prev", "prior", "vs"])
def test_a_date_inside_a_comparison_dates_the_comparison_only(cue: str) -> None:
    text = NOTE.format(dos="02/03/2026 10:52", cue=cue)
    assert _values(text, "dose") == {4190}
    assert _values(text, "infusion_start") == {"10:14"}
    assert _values(text, "infusion_end") == {"10:31"}
    assert _values(text, "wastage") == {874}
    assert _values(text, "lot_number") == {"P100620581"}


def test_an_indented_paragraph_under_a_dated_administration_keeps_its_date() -> None:
    text = (
        "DISCHARGE SUMMARY 02/04/2026\n"
        "  Glassia given 02/03/2026: 3,700 mg\n"
        "    lot KGL25C061 (x3)  exp 06/30/2026\n"
        "    Started 10:35, ended 11:50\n"
    )
    assert _values(text, "infusion_start") == {"10:35"}


@pytest.mark.parametrize("cue", ["prev wk", "was", "last week"])
def test_times_compared_in_parentheses_are_not_this_infusions(cue: str) -> None:
    text = f"Nursing note {DOS}\n   Glassia infused 10:20-11:05 ({cue} 10:15-11:02), no reaction\n"
    assert _values(text, "infusion_start") == {"10:20"}
    assert _values(text, "infusion_end") == {"11:05"}


TREND = """Trend           today            prior            earlier
  {wt:<13} 63.0 kg          64.4 kg (06/25)  64.1 kg (12/24)
  FEV1          0.92 L (39 %)    0.95 L (40 %)    0.94 L (41 %)
  AAT trough    17.1 \u00b5M ({up} 16.2 \u00b5M)
"""


@pytest.mark.parametrize("wt", ["Wt", "Weight", "Body weight"])
@pytest.mark.parametrize("up", ["\u2191 from", "up from", "was"])
def test_a_trend_row_lists_earlier_values(wt: str, up: str) -> None:
    found = _extract(TREND.format(wt=wt, up=up), "progress_note")
    weights = {f.value_kg: f.role for f in found if f.kind == "weight"}
    assert weights == {63.0: None, 64.4: EARLIER_WEIGHT_ROLE, 64.1: EARLIER_WEIGHT_ROLE}
    assert {f.value for f in found if f.kind == "fev1"} == {39, 40, 41}
    assert {f.value for f in found if f.kind == "serum_aat"} == {17.1, 16.2}


def test_todays_weight_decides_the_dose_check_in_a_trend_row() -> None:
    chart = make_chart(
        TREND.format(wt="Wt", up="was"),
        "Glassia 3,780 mg IV given 10:20-11:05.\n",
        date_of_service=DOS,
        types=["progress_note", "infusion_record"],
    )
    report = _checker().check(chart)
    assert next(r for r in report.requirements if r.id == "dose_matches_weight").status == "met"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spirometry today: FEV1 0.74 L (29 % pred), last 0.76 L (30 % pred) 08/2025.", {29, 30}),
        ("FEV1 was 43 percent predicted in December and\n  45 percent in July.", {43, 45}),
        ("FEV1 post-BD   1.21 L (49 %)   1.23 L (50 %)", {49, 50}),
        ("FEV1 (% predicted): 55 % post-BD (12/10/2025); was 58 % post-BD 04/22/2024", {55, 58}),
        ("FEV1 was 58% predicted on 02/06/2023 and 54% predicted on 10/14/2025", {58, 54}),
        ("Spirometry: FEV1 84% predicted pre-BD, 86% post-BD (11/2025)", {84, 86}),
    ],
)
def test_earlier_fev1_values_compared_after_the_first(text: str, expected: set) -> None:
    assert _values(text + "\n", "fev1", "progress_note") == expected


def test_a_ratio_column_after_fev1_is_no_fev1() -> None:
    assert _values("FEV1 1.21 L (49 %)   FEV1/FVC 0.41   DLCO 47 %\n", "fev1", "progress_note") == {49}
