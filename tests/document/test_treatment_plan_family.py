"""Layouts found on blind batches b24 and b26 (sixth round): Beacon-style treatment plans (dose-modification
tables, order-workflow event rows, planned-vs-given lists with other drugs), nurse logs stamped "@0931" or
"0914 wt ...", fax tables whose first cell wraps onto lines of its own, "Medication:" fields under an
infusion heading, lots named after their vial size, hold criteria in a nursing row, and a reference value in
brackets after a lab result."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from nlp_checker import Checker
from nlp_checker.models import Finding
from tests.conftest import make_chart


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS = "2026-03-04"


def _extract(text: str, kind_of_document: str = "infusion_record") -> list[Finding]:
    return _checker().extract(make_chart(text, date_of_service=DOS, types=[kind_of_document]))


def _values(text: str, kind: str, kind_of_document: str = "infusion_record") -> set:
    return {
        f.value
        for f in _extract(text, kind_of_document)
        if f.kind == kind and not any(f.assertion.model_dump().values())
    }


MODIFICATIONS = """THERAPY PLAN: ALPHA-1 ANTITRYPSIN Q7D   Treatment date: 03/04/2026
DOSE MODIFICATIONS
  Cycle  Drug                  {prior:<11}  {new:<9}  Basis                      Approved
  C1D1   ZEMAIRA               --           4,620 mg   60 mg/kg x 77.0 kg         MD 01/16/26
  C4D1   ZEMAIRA               4,620 mg     4,500 mg   wt 74.6 kg (-3.1%)         MD 03/03/26

MAR - ZEMAIRA {given} mg IV once
  New Bag     03/04/26 09:41     {given} mg   6.5 mL/min   K. Ostrander, RN
  Completed   03/04/26 09:57     --           --           K. Ostrander, RN
"""


@pytest.mark.parametrize(
    ("prior", "new"), [("Prior dose", "New dose"), ("From", "To"), ("Old dose", "Revised dose")]
)
@pytest.mark.parametrize("given", ["4,500", "4,480"])
def test_a_dose_modification_table_holds_orders_not_administrations(prior: str, new: str, given: str) -> None:
    text = MODIFICATIONS.format(prior=prior, new=new, given=given)
    assert _values(text, "dose") == {int(given.replace(",", ""))}


EVENTS = """BEACON TREATMENT PLAN   Treatment date: 03/04/2026
Events
  03/03/26 15:20  Sign      C61D1 signed (auto-renew, no changes)       HALVORSEN, N
  03/04/26 09:31  Release   C61D1 released                               FERGUSON, A (RN)
  03/04/26 09:58  {event:<8}  PROLASTIN-C {dispensed} mg syringe set + waste rec  IV ROOM

Planned vs Given
  alpha-1-proteinase inhibitor (PROLASTIN-C)   planned 4,200 mg   given 4,200 mg
  {other:<28}                 planned {other_dose} mg      given {other_dose} mg @ 09:40
  Waste: 800 mg (16 mL from 5th vial) discarded in IV room
"""


@pytest.mark.parametrize(
    ("event", "dispensed", "other", "other_dose"),
    list(
        itertools.product(
            ["Dispense", "Dispensed"],
            ["4,200", "5,000"],
            ["cetirizine 10 mg PO (premed)", "acetaminophen 650 mg PO", "diphenhydramine 25 mg IV"],
            ["10", "650"],
        )
    ),
)
def test_workflow_rows_and_other_drugs_lines_are_not_the_administration(
    event: str, dispensed: str, other: str, other_dose: str
) -> None:
    text = EVENTS.format(event=event, dispensed=dispensed, other=other, other_dose=other_dose)
    assert _values(text, "dose") == {4200}
    assert _values(text, "wastage") == {800}
    assert not _values(text, "infusion_start")


LOG = """Infusion RN note 03/04/2026
{stamp}0902 pt arrived ambulatory
{stamp}0910 wt 62.4 kg standing; no fever, cough baseline, no wheeze
{stamp}0918 denies abx/steroids in past 2 wk
{stamp}0931 plan released; msg to provider re dosing wt
{stamp}0940 cetirizine 10 mg PO given
{stamp}1002 2-RN check done; Prolastin-C started via pump 5.0 mL/min
{stamp}1010 BP 104/64 HR 94 SpO2 91%; no flushing
{stamp}1019 infusion done, flushed
{stamp}1036 discharged to bus stop, steady gait
"""


@pytest.mark.parametrize("stamp", ["@", "", "@ "])
def test_stamped_nurse_lines_are_rows_of_their_own(stamp: str) -> None:
    text = LOG.format(stamp=stamp)
    assert _values(text, "infusion_end") == {"10:19"}
    assert _values(text, "infusion_start") <= {"10:02"}
    # "no wheeze" on the line above does not negate the next line's weight.
    assert _values(text, "weight", "progress_note") == {62.4}


@pytest.mark.parametrize("bracket", ["[10:14]", "[1014]"])
def test_bracketed_stamps_open_rows(bracket: str) -> None:
    text = f"Prolastin-C 4,800 mg IV infusion, lot 27NK118.\n{bracket} infusion done, flushed\n"
    assert _values(text, "infusion_end") == {"10:14"}


FAX_TABLE = """Infusion
 Drug              Strength            Dose           Lot          Exp
 {first}
 {second:<17} 4000 mg/80 mL       4000 mg        26A0721D     2027-08-31
 {third}
 Start 10:21    Stop 10:39     via 5 um filter
"""


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("Prolastin-C", "Liquid", "(alpha1-PI)"),
        ("Zemaira", "(alpha1-PI)", "kit"),
        ("Alpha-1 PI", "Glassia", ""),
    ],
)
def test_a_table_whose_first_cell_wraps_onto_lines_of_its_own(first: str, second: str, third: str) -> None:
    text = FAX_TABLE.format(first=first, second=second, third=third)
    assert _values(text, "dose") == {4000}
    assert _values(text, "lot_number") == {"26A0721D"}
    assert _values(text, "infusion_end") == {"10:39"}


def test_the_wrapped_cell_names_another_drug() -> None:
    text = FAX_TABLE.format(first="Iron", second="sucrose", third="(Venofer)").replace(
        "4000 mg/80 mL", "20 mg/mL     "
    )
    assert not _values(text.replace("4000 mg ", "200 mg  "), "dose")


def test_a_header_with_its_own_second_line_above_a_rule_is_no_table_of_wrapped_cells() -> None:
    text = """Activity Date   Orderable Item                    Action Action            Drug
Start Date>     [Dose/Sched/Route/Body Site]      By     Date/Time
Stop Date<
--------------------------------------------------------------------------------------------
01/21/26 09:05  REGADENOSON INJ                   NUC    01/21/26 09:12    REGADENOSON 0.4MG
"""
    assert not _values(text, "infusion_start")


@pytest.mark.parametrize("label", ["Medication", "Drug", "Meds"])
@pytest.mark.parametrize("heading", ["INFUSION", "ADMINISTRATION", "Medication administered"])
def test_a_medication_field_under_an_infusion_heading(label: str, heading: str) -> None:
    text = (
        f"{heading}\n  {label}: Glassia (alpha1-proteinase inhibitor, human) 4,000 mg in 200 mL (4 vials)\n"
        "  Infusion start: 13:38     Infusion stop: 13:54\n"
    )
    assert _values(text, "dose") == {4000}


def test_a_medication_field_of_an_order_is_no_administration() -> None:
    text = "ORDERS\n  Medication: Glassia 60 mg/kg = 4,000 mg IV weekly, next due 03/11\n"
    assert not _values(text, "dose")


@pytest.mark.parametrize(
    "written",
    [
        "Lots: 1 g vials LE25K107 x4 (exp 2027-03-31); 500 mg vial LD25H044 x1 (exp 2026-12-31)",
        "Lot 1 g vial LE25K107 (exp 2027-03-31), 500 mg vial LD25H044",
        "Lots LE25K107 (1 g) exp 2027-03-31 and LD25H044 (500 mg) exp 2026-12-31.",
        "Lot LE25K107 (4 g kit, exp 06/30/2027) and LD25H044 (1 g vials x2, exp 12/31/2026)",
    ],
)
def test_lots_named_after_their_vial_size(written: str) -> None:
    text = f"Aralast NP 4,500 mg IV given.\n{written}\n"
    assert _values(text, "lot_number") == {"LE25K107", "LD25H044"}


@pytest.mark.parametrize("status", ["none met", "MET - temp > 38.0"])
def test_hold_criteria_in_a_nursing_row_do_not_open_payer_criteria(status: str) -> None:
    text = (
        f"Visit 03/04/2026   RN: B. Lindqvist\n  Wt 58.5 kg  T 36.7  SpO2 93% 2L  Hold criteria: {status}\n"
    )
    assert _values(text, "weight") == {58.5}


def test_a_criteria_heading_still_opens_payer_criteria() -> None:
    text = "Plan summary\nCriteria:\n- weight 80 kg or more\n"
    assert not _values(text, "weight", "progress_note")


@pytest.mark.parametrize("reference", ["[PI*MM]", "[ PI*MM ]", "[Pi*M/M]"])
def test_a_reference_value_in_brackets_after_the_result_is_not_the_patients(reference: str) -> None:
    text = f"Alpha-1 Antitrypsin Phenotype             PI*ZZ                   {reference}\n"
    found = [f for f in _extract(text, "lab_report") if f.kind == "genotype"]
    assert {tuple(f.alleles or []) for f in found} == {("Z", "Z")}


@pytest.mark.parametrize("dash", ["-", "\u2014", "\u2013"])
def test_an_amount_after_the_infusion_start(dash: str) -> None:
    text = (
        "Alpha-1 PI (Aralast NP) infusion\n"
        f"  \u25aa 09:58 infusion start {dash} 4,800 mg (240 mL) @ 6 mL/min\n"
    )
    assert _values(text, "dose") == {4800}
