"""Visit scoping, corrections that supersede, and values that must not cross a boundary."""

from __future__ import annotations

from nlp_checker.document import analyze
from nlp_checker.document.layout import analyze_layout
from nlp_checker.document.scope import EARLIER, belongs_to_service, visit_date_at
from tests.document.helpers import values


def test_multi_visit_flowsheet_keeps_the_service_row() -> None:
    text = (
        "FLOWSHEET -- A1PI AUGMENTATION (Prolastin-C 1,000 mg lyophilized vials)\n"
        "Date       Wt (kg)  Dose (mg)  Vials  Lot       Start  Stop   Waste (mg)\n"
        "05/12/2026 95.2     4000       4      B3W0377   1415   1452   0\n"
        "06/09/2026 96.0     4200       4      B3W0412   1420   1503   50\n"
    )
    assert values(text, "administered_dose", "2026-06-09", "2026-06-09") == {4200}
    assert values(text, "infusion_start", "2026-06-09", "2026-06-09") == {"14:20"}
    assert values(text, "infusion_end", "2026-06-09", "2026-06-09") == {"15:03"}
    assert values(text, "waste", "2026-06-09", "2026-06-09") == {50}


def test_copy_forward_block_is_out_of_scope() -> None:
    text = (
        "Zemaira weekly.\n"
        "--- copied from 01/07/2026 note ---\n"
        "Zemaira 4,800 mg IV given. Infusion 09:15-09:33.\n"
        "--- end copied text ---\n"
        "Administered: 4,700 mg IV. Infusion start 09:42  Infusion end 10:01\n"
    )
    assert values(text, "administered_dose", "2026-02-11", "2026-02-11") == {4700}
    assert values(text, "infusion_start", "2026-02-11", "2026-02-11") == {"09:42"}
    layout = analyze_layout(text, "2026-02-11")
    assert visit_date_at(layout, text.index("4,800"), "2026-02-11") == "2026-01-07"
    assert not belongs_to_service(layout, text.index("4,800"), "2026-02-11", "2026-02-11")


def test_undated_copy_forward_is_earlier() -> None:
    text = (
        "===== text below copied from previous note =====\n"
        "Glassia 5,600 mg IV given\n"
        "===== end copied text =====\n"
    )
    layout = analyze_layout(text, "2026-03-24")
    assert visit_date_at(layout, text.index("5,600"), "2026-03-24") in (EARLIER, None)


def test_document_of_another_date_is_out_of_scope() -> None:
    text = "Zemaira 5,000 mg IV given, start 09:14"
    assert values(text, "administered_dose", "2026-03-10", "2026-03-17") == set()


def test_addendum_correction_supersedes_dose() -> None:
    text = (
        "Zemaira 4 g kit (single-use, 76 mL), lot P100501174\n"
        "Dose administered: 4,800 mg IV\n"
        "Addendum 3/25/2026 16:40 D. A. RN: 4,800 mg entered in error, correct dose 4,000 mg\n"
    )
    found = [f for f in analyze(text, "2026-03-25", "2026-03-25") if f.value == 4800]
    assert found and all(f.superseded for f in found)
    assert values(text, "administered_dose", "2026-03-25", "2026-03-25") == {4000}


def test_addendum_correction_supersedes_end_time() -> None:
    text = (
        "Zemaira infusion\n"
        "Time    Rate (mL/hr)   Vol infused (mL)   Comment\n"
        "10:21   240            0                  infusion started\n"
        "11:08   --             --                 infusion complete\n"
        "\n"
        "ADDENDUM 03/24/2026 14:15 -- L. RN: infusion end time charted in error as\n"
        "11:08. Pump history reviewed: infusion completed 11:18. Corrected end\n"
        "time 11:18.\n"
    )
    assert values(text, "infusion_end", "2026-03-24", "2026-03-24") == {"11:18"}


def test_value_never_crosses_a_line() -> None:
    text = "Zemaira 4,000 mg given.\nWaste: partial vial - JW\n0950 VS stable\n"
    assert values(text, "waste") == set()
    assert 950 not in {f.value for f in analyze(text) if f.kind == "mass"}


def test_findings_record_rule_and_features() -> None:
    finding = next(f for f in analyze("Zemaira\nDose given: 4,500 mg IV") if f.kind == "mass")
    assert finding.role == "administered_dose"
    assert finding.rule_id == "mass.administered_label"
    assert finding.features == {"label": "dose given"}


def test_volume_converts_only_with_stated_concentration() -> None:
    with_conc = "Prolastin-C Liquid: infused 80 mL @ 50 mg/mL via pump"
    without = "Prolastin-C Liquid: infused 80 mL via pump"
    assert values(with_conc, "administered_dose", None, None) == {4000}
    assert values(without, "administered_dose", None, None) == set()
    assert values(without, "volume_only", None, None) == {80}


def test_dictated_amount() -> None:
    text = "Today he got four thousand three hundred milligrams of Prolastin C liquid."
    assert values(text, "administered_dose", None, None) == {4300}
