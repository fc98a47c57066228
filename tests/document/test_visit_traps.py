"""Administration traps inside an A1PI infusion record (templates, not chart strings): an earlier visit's
values dated in their clause, other drugs' times, recaps. The record's own dose and times must stay."""

from __future__ import annotations

import pytest

from nlp_checker import Checker

BASE = "Zemaira infusion record 03/17/2026.\nZemaira 4,800 mg IV given. Infusion start 09:20, stop 09:52.\n"
EXPECTED = [("dose", 4800), ("infusion_end", "09:52"), ("infusion_start", "09:20")]
TRAPS = [
    "Last infusion 03/10/2026: 4,600 mg, 09:05-09:38.",
    "Previous visit (03/10): 4,600 mg infused 0905-0938.",
    "Recap: on 03/10 he received 4,600 mg over 33 minutes (09:05 to 09:38).",
    "Next infusion 03/24/2026 at 09:00, 4,800 mg.",
    "Diphenhydramine 25 mg IV at 09:00 (premed).",
    "Solu-Medrol 125 mg IV given at 09:58 for hives.",
    "The 10:00 dose of albuterol was given.",
    "Pump programmed 09:12; rate 0.08 mL/kg/min.",
    "NS flush 10 mL at 09:55.",
    "VS 09:30 BP 128/76 HR 72.",
    "Pt arrived 08:45; left 10:10.",
    "Dispensed: Zemaira 1,000 mg x 5 vials.",
    "Order: Zemaira 60 mg/kg = 4,800 mg IV weekly.",
    "Reconstitution 09:00-09:12.",
    "Week 1 (03/03): 4,500 mg; week 2 (03/10): 4,600 mg.",
    "Log Start: MAR 10, 2026@00:00         Log End: MAR 17, 2026@23:59",
    "0950  Order from Dr. Lee: DO NOT START the second bag today.",
    "Reconstitution completed 09:05, swirled not shaken.",
    "Pulmonary rehab completed 2025.",
    "03/17/26@0905   INFUSING    SODIUM CHLORIDE 0.9% 250ML      20 ML/HR     IV",
    "Infusion paused 09:30-09:35 for occlusion alarm.",
    "Rate advanced at 09:30 to 6 mL/min.",
    "Pharmacy label dose 4,900 mg.",
    "Maximum dose 6,000 mg per plan.",
]


@pytest.mark.parametrize("trap", TRAPS)
def test_a_trap_line_changes_nothing(checker: Checker, trap: str) -> None:
    chart = {
        "chart_id": "t",
        "date_of_service": "2026-03-17",
        "documents": [
            {"id": "d", "type": "infusion_record", "date": "2026-03-17", "text": f"{BASE}{trap}\n"}
        ],
    }
    found = sorted(
        (f.kind, f.value)
        for f in checker.extract(chart)
        if f.kind in ("dose", "infusion_start", "infusion_end", "wastage")
    )
    assert found == EXPECTED


def _values(checker: Checker, text: str, kinds: tuple[str, ...]) -> list[tuple[str, object]]:
    chart = {
        "chart_id": "t",
        "date_of_service": "2026-03-17",
        "documents": [{"id": "d", "type": "infusion_record", "date": "2026-03-17", "text": text}],
    }
    return sorted((f.kind, f.value) for f in checker.extract(chart) if f.kind in kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zemaira infusion.\nWeight down 25 lb since start of care. Dose remains 4,800 mg per order.\n"
            "Given 4,800 mg IV.\n",
            [("dose", 4800)],
        ),
        ("Prolastin-C 4,140 mg infused (4 vials x 1,035 mg); all vials fully used.\n", [("dose", 4140)]),
        (
            "Zemaira administration\n| Administered: 4,120 mg          Discarded: 380 mg (7.6 mL)        |\n",
            [("dose", 4120), ("wastage", 380)],
        ),
    ],
)
def test_amount_families(checker: Checker, text: str, expected: list[tuple[str, object]]) -> None:
    assert [
        v for v in _values(checker, text, ("dose", "wastage")) if v[0] in {k for k, _ in expected}
    ] == expected


def test_a_copied_forward_block_documents_another_visit(checker: Checker) -> None:
    text = (
        "Prolastin-C Liquid 3,780 mg IV. Start 2:10 PM, Stop 2:29 PM.\n\n"
        "----- Product / lot information (copied forward from Nurse Visit 03/10/2026 - verify) -----\n"
        " Prolastin-C Liquid 4,000 mg/80 mL   Lot: 2NC3390   Exp: 01/2027\n"
        " Dose 3,780 mg, start 2:05 PM, stop 2:24 PM\n"
        "----- end of copied text -----\n"
    )
    found = _values(checker, text, ("infusion_start", "infusion_end", "lot_number", "expiration_date"))
    assert found == [("infusion_end", "14:29"), ("infusion_start", "14:10")]


def test_a_corrected_lab_value_is_replaced_by_its_correction(checker: Checker) -> None:
    chart = {
        "chart_id": "t",
        "documents": [
            {
                "id": "d",
                "type": "progress_note",
                "text": "Note: the 09/2025 AAT initially reported as 128 mg/dL was corrected by the lab to\n"
                "29 mg/dL (transcription error).\n",
            }
        ],
    }
    assert [f.value for f in checker.extract(chart) if f.kind == "serum_aat"] == [29]


def test_a_correction_time_is_not_an_infusion_time(checker: Checker) -> None:
    text = (
        "| Dose given | 4,200 mg (transcription error corrected by L. Becker RN 03/17/2026 11:05) |\n"
        "| Start / stop | 10:22 / 10:41 |\n"
    )
    assert _values(checker, "Prolastin-C infusion.\n" + text, ("infusion_start", "infusion_end")) == [
        ("infusion_end", "10:41"),
        ("infusion_start", "10:22"),
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "No drug was wasted.",
        "whole vial in, nothing left",
        "Entire vial infused.",
    ],
)
def test_no_waste_statements(checker: Checker, statement: str) -> None:
    text = f"Zemaira infusion record.\nZemaira 4,000 mg IV given. {statement}\n"
    assert ("wastage", 0) in _values(checker, text, ("wastage",))


def test_a_waste_column_saying_none_is_no_waste(checker: Checker) -> None:
    text = (
        "Lot       | Exp       | Drug / strength                   | Given  | Start | End   | Waste | By\n"
        "AL09231   | 09/2026   | Aralast NP 1 g vial x4 (50 mg/mL) | 4 g    | 09:05 | 09:40 | none  | PQ\n"
    )
    assert _values(checker, text, ("wastage",)) == [("wastage", 0)]


def test_a_census_sheet_counts_only_this_patients_row(checker: Checker) -> None:
    text = (
        "Patient: DOE, JANE M     MRN 1234\nInfusion suite daily census 03/17/2026\n"
        "Chair | Patient          | Drug         | Dose     | Start | Stop  | Lot\n"
        "1     | SMITH, ROBERT    | Zemaira      | 5,600 mg | 08:10 | 08:45 | P1004\n"
        "2     | DOE, JANE        | Zemaira      | 4,800 mg | 09:12 | 09:44 | P2008\n"
        "3     | NGUYEN, ANH      | Prolastin-C  | 3,900 mg | 10:05 | 10:40 | PL3311\n"
    )
    found = _values(checker, text, ("dose", "infusion_start", "infusion_end", "lot_number"))
    assert found == [
        ("dose", 4800),
        ("infusion_end", "09:44"),
        ("infusion_start", "09:12"),
        ("lot_number", "P2008"),
    ]
