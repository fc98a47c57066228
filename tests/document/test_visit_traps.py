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
