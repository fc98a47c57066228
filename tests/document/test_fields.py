"""Labelled fields, table cells and lab rows (nlp_checker/document/fields.py): positives and traps."""

from __future__ import annotations

import pytest

from nlp_checker.document.analyze import analyze_fields

DOS = "2026-05-06"


def found(text: str, kind: str, doc_date: str = DOS) -> set:
    return {
        (f.value, f.unit) if f.unit else f.value
        for f in analyze_fields(text, doc_date, DOS)
        if f.kind == kind
        and not f.superseded
        and (f.in_service or kind not in ("lot_number", "expiration_date"))
    }


FLOWSHEET = """Date        Wt (kg)  Dose (mg)  Lot        Exp      Waste (mg)  RN
04/29/2026  --       3,850      26C0511    03/2027  150         AB
05/06/2026  63.5     3,800      26D0102    04/2027  200         DW
"""


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        pytest.param(
            "Lot Number (vial 1, 4,000 mg) .... A2K1145", "lot_number", {"A2K1145"}, id="leader-qualifier"
        ),
        pytest.param("Lot Number ........ GL25K091", "lot_number", {"GL25K091"}, id="leader"),
        pytest.param("Lot: ***", "lot_number", set(), id="trap-placeholder"),
        pytest.param("Lot: per dispensing label", "lot_number", set(), id="trap-words"),
        pytest.param(FLOWSHEET, "lot_number", {"26D0102"}, id="flowsheet-service-row-only"),
        pytest.param(FLOWSHEET, "expiration_date", {"2027-04"}, id="flowsheet-exp-service-row"),
        pytest.param(FLOWSHEET, "weight", {(63.5, "kg")}, id="flowsheet-weight-unit-in-header"),
        pytest.param(
            "Date       Wt (kg)  Dose (mg)  Lot\n05/06/2026 63.5     3800       26D0102\n",
            "weight",
            {(63.5, "kg")},
            id="flowsheet-one-space-after-row-date",
        ),
        pytest.param(
            "Date       Wt (kg)  Dose (mg)  Lot\n05/06/2026 --       3800       26D0102\n",
            "weight",
            set(),
            id="trap-flowsheet-one-space-dash",
        ),
        pytest.param(
            "Lot# 261455102   Exp: 31-AUG-2027", "expiration_date", {"2027-08-31"}, id="dd-mon-yyyy"
        ),
        pytest.param(
            "Infusion per RN record. Lot 26C0471AB.\n"
            "Addendum: lot corrected to 26C0417AB (digits transposed).",
            "lot_number",
            {"26C0417AB"},
            id="correction-supersedes",
        ),
        pytest.param(
            "--- copied from 01/07/2026 note ---\n"
            "Zemaira 4,800 mg IV given, lot P100377120.\n--- end copied text ---",
            "lot_number",
            set(),
            id="trap-copy-forward",
        ),
        pytest.param(
            "flu shot given today (Fluzone HD 0.7 mL\nIM, lot UJ882AA).",
            "lot_number",
            set(),
            id="trap-vaccine-lot",
        ),
        pytest.param(
            "ALPHA-1-ANTITRYPSIN        44  LOW  (100-200)  mg/dL",
            "serum_aat",
            {(44, "mg/dL")},
            id="flag-range-unit",
        ),
        pytest.param(
            "Alpha-1-Antitrypsin, Serum       Result: 0.41  Units: g/L     Ref: 0.90-2.00   (L)",
            "serum_aat",
            {(0.41, "g/L")},
            id="result-units-fields",
        ),
        pytest.param(
            "Alpha-1-Antitrypsin\n   Result: 33    Units: mg/dL    Reference Interval: 90-200",
            "serum_aat",
            {(33, "mg/dL")},
            id="result-line-below",
        ),
        pytest.param(
            "Alpha-1-Antitrypsin, Serum      <20       Low     mg/dL      90-200",
            "serum_aat",
            {(20, "mg/dL")},
            id="less-than-column",
        ),
        pytest.param("  - serum AAT < 11 umol/L (80 mg/dL by RID)", "serum_aat", set(), id="trap-criterion"),
        pytest.param("ALPHA-1-ANTITRYPSIN GENOTYPE    PI*ZZ", "serum_aat", set(), id="trap-genotype-row"),
    ],
)
def test_field_values(text: str, kind: str, expected: set) -> None:
    assert found(text, kind) == expected


def test_pft_table_percent_predicted() -> None:
    text = """             Pred    LLN    Pre     %Pred   Post    %Pred   %Change
FVC  (L)     3.62    2.91   3.30    91      3.52    97      +7
FEV1 (L)     3.01    2.41   2.51    83      2.79    92      +11
FEV1/FVC     0.83    0.72   0.76            0.79
"""
    assert found(text, "fev1") == {83, 92}


def test_dispensing_record_before_service_counts_via_checker() -> None:
    from nlp_checker.checker import Checker

    chart = {
        "chart_id": "fields-test",
        "date_of_service": DOS,
        "payer": {"profile": "medicare"},
        "documents": [
            {
                "id": "d1",
                "type": "other",
                "date": "2026-05-01",
                "text": "Item                 NDC            Qty  Lot          Exp\n"
                "Zemaira 4,000 mg kit 0053-7202-01   1    P100412277   06/30/2027\n",
            }
        ],
    }
    findings = Checker().extract(chart)
    lots = [f for f in findings if f.kind == "lot_number"]
    assert [f.value for f in lots] == ["P100412277"]
    assert lots[0].rule_id == "document.field.lot_number.lot" and lots[0].reason == {"label": "lot"}
    assert [f.value for f in findings if f.kind == "expiration_date"] == ["2027-06-30"]
