"""Families found on blind batch b26 (sixth round): run-on nursing notes where a "no ..." many words earlier
is another statement's, fax records exported one cell per line with page banners between rows, legends that
give a residual column its unit, per-vial waste columns, a level on the indented line under a labs line, a
FEV1/FVC ratio read as obstructive, and a result that led to an order."""

from __future__ import annotations

from functools import cache

import pytest

from nlp_checker import Checker
from nlp_checker.models import Finding
from tests.conftest import make_chart


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS = "2026-03-12"


def _extract(text: str, kind_of_document: str = "progress_note") -> list[Finding]:
    return _checker().extract(make_chart(text, date_of_service=DOS, types=[kind_of_document]))


def _values(text: str, kind: str, kind_of_document: str = "progress_note") -> set:
    return {
        f.value
        for f in _extract(text, kind_of_document)
        if f.kind == kind and not any(f.assertion.model_dump().values())
    }


RUN_ON = (
    "3/12/26 Rhonda in for her weekly alpha 1 infusion she says her breathing is about the same "
    "no fevers no new cough just the usual morning phlegm clear to white {value} on our scale shoes off"
)


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [("weighed 150 lbs", "weight", 150), ("wt 68.2 kg", "weight", 68.2), ("FEV1 was 41% pred", "fev1", 41)],
)
def test_a_negation_many_words_earlier_is_another_statements(value: str, kind: str, expected: float) -> None:
    assert _values(RUN_ON.format(value=value) + "\n", kind) == {expected}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No weight recorded today.", "weight"),
        ("Patient was not weighed, 80 kg last month per family.", "weight"),
        ("No FEV1 45% on file.", "fev1"),
    ],
)
def test_a_negation_right_before_a_measured_value_still_negates(text: str, kind: str) -> None:
    found = [f for f in _extract(text + "\n") if f.kind == kind]
    assert not [f for f in found if not f.assertion.negated and f.value in (80, 45)] or kind == "weight"
    assert all(f.assertion.negated for f in found if f.start < 12)


FAX = """INFUSION ADMINISTRATION REC0RD
MEDICATION ADMINISTRATION
Medication
Dose
Route
Rate
{product}
{dose}
IV
0.08 mL/kg/min
Diphenhydramine HCl
25 mg
P0
--
RIVERBEND AMBULATORY INFUSION SERVICES    CONFIDENTIAL    Page l of 2
--------------------------------------------------------------------------------
"""


@pytest.mark.parametrize(
    "product", ["Prolastin-C Liquid (alpha1-PI)", "Zemaira (alpha1-PI) 5 g kit", "Glassia"]
)
@pytest.mark.parametrize("dose", ["4500 mg", "4,500 mg"])
def test_a_one_cell_per_line_table_ends_at_a_page_banner(product: str, dose: str) -> None:
    assert _values(FAX.format(product=product, dose=dose), "dose", "infusion_record") == {4500}


BOTTLES = """BOTTLES SCANNED
Btl  NDC             Label potency  Vol   Drawn   {column:<8}  Lot / Exp
---  --------------  -------------  ----  ------  --------  -----------
1    0944-2884-01    1 010          50    1 010   0         see carton
2    0944-2884-01    1 006          50      676   330       see carton
---  --------------  -------------  ----  ------  --------  -----------
     TOTAL           2 016          100   1 686   330
Legend: potency, drawn and {legend} in mg; Vol in mL.
"""


@pytest.mark.parametrize(
    ("column", "legend"), [("Residual", "residual"), ("Waste", "waste"), ("Wasted", "wasted")]
)
def test_a_per_vial_waste_column_under_a_legend(column: str, legend: str) -> None:
    text = "Glassia compounding record\n" + BOTTLES.format(column=column, legend=legend)
    assert _values(text, "wastage", "infusion_record") == {330}


def test_a_waste_column_of_zeros_says_nothing_was_wasted() -> None:
    text = "Glassia compounding record\n" + BOTTLES.format(column="Waste", legend="waste").replace(
        "330", "0  "
    )
    assert _values(text, "wastage", "infusion_record") == {0}


@pytest.mark.parametrize(
    "line",
    [
        "On-therapy trough 02/2026: 102 mg/dL (nephelometry).",
        "trough 102 mg/dL",
        "Pre-treatment level 102 mg/dL",
    ],
)
def test_a_level_on_the_indented_line_under_the_labs_line(line: str) -> None:
    text = f"Labs: AAT 68 mg/dL by radial immunodiffusion (outside lab, 2008, pre-treatment).\n      {line}\n"
    assert _values(text, "serum_aat") == {68, 102}


def test_an_unindented_line_below_is_not_the_analytes() -> None:
    text = "Labs: AAT 68 mg/dL by radial immunodiffusion (2008).\nCRP level 102 mg/dL.\n"
    assert _values(text, "serum_aat") == {68}


@pytest.mark.parametrize(
    "ratio",
    ["FEV1/FVC 0.62 (obstructive)", "FEV1/FVC ratio 0.55 (obstruction)", "FEV1/FVC 58% (obstructive)"],
)
def test_a_ratio_read_as_obstructive_is_airflow_obstruction(ratio: str) -> None:
    assert "airflow_obstruction" in _values(f"Spirometry 01/13/2026 post-BD: {ratio}.\n", "lung_disease")


def test_a_normal_ratio_is_no_obstruction() -> None:
    assert not _values("Spirometry: FEV1/FVC 0.78 (normal).\n", "lung_disease")


@pytest.mark.parametrize("cue", ["ordered after", "ordered because", "ordered when"])
def test_a_result_that_led_to_an_order_is_not_planned(cue: str) -> None:
    text = f"Genotype Z/Mprocida (SERPINA1 sequencing 2022, {cue} AAT returned 5.8 umol/L).\n"
    assert _values(text, "serum_aat") == {5.8}


def test_a_test_ordered_is_still_planned() -> None:
    assert not _values("Sequencing ordered, AAT 5.8 umol/L to follow.\n", "serum_aat")


LOG = """ALPHA-1 AUGMENTATION LOG - Prolastin-C Liquid
Wk  Date      {wt:<5}  Vial(s)*          Dose given*  Waste*  Start  End
--  --------  -----  ----------------  -----------  ------  -----  -----
 1  02/26/26  66.7   4 000             4 000        0       13:02  13:20
 2  03/12/26  66.2   4 000             4 000        0       13:10  13:28

{legend}
"""


@pytest.mark.parametrize(
    "legend",
    [
        "* Weights in kg. Vial, dose and waste columns in mg. Times 24-h.",
        "Legend: Wt in kg; doses and waste in mg.",
        "Units: weight in kg, dose in mg",
    ],
)
@pytest.mark.parametrize("wt", ["Wt*", "Wt", "Weight"])
def test_a_legend_or_footnote_gives_a_weight_column_its_unit(legend: str, wt: str) -> None:
    text = LOG.format(wt=wt, legend=legend)
    assert _values(text, "weight", "infusion_record") == {66.7, 66.2}
    assert _values(text, "dose", "infusion_record") == {4000}


def test_a_weight_column_without_a_legend_has_no_unit() -> None:
    assert not _values(LOG.format(wt="Wt", legend="RN initials on file."), "weight", "infusion_record")


def test_a_legend_does_not_give_prose_its_unit() -> None:
    text = "* Weights in kg.\nRe-check if weight falls under 60 soon.\n"
    assert not _values(text, "weight")
