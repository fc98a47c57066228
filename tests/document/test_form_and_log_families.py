"""Families of layout found on blind charts b5, b8, b10, b12 and b14 (templates x fillers, not their strings).

Forms exported as prompt/reply lines or two-column tables, tab-separated exports with empty cells, short
dotted leaders, truncated system labels with the unit as the last word, dotted times under a time column,
records of several visits under dated headings, late entries that state their service date, date-time
stamps, a MAR's scheduled column and medication column, pump event logs, chat message stamps, and amounts
written with an equivalent or a per-vial breakdown in parentheses.
"""

from __future__ import annotations

import itertools

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart
from tests.document.helpers import DOS, values

PRODUCTS = ["Zemaira", "Prolastin-C Liquid", "GLASSIA", "alpha1-proteinase inhibitor (human)"]
DOSES = [("4,800", 4800), ("5000", 5000), ("3,680", 3680)]
TIMES = [("09:12", "09:47", "09:12", "09:47"), ("1305", "1340", "13:05", "13:40")]


@pytest.mark.parametrize(
    ("product", "dose", "times", "question", "answer"),
    [
        (p, d, t, q, a)
        for p, d, t, (q, a) in itertools.product(
            PRODUCTS[:2], DOSES[:2], TIMES, [("Q:", "A:"), ("Question:", "Answer:"), ("Prompt:", "Response:")]
        )
    ],
)
def test_prompt_and_reply_on_one_line(
    product: str, dose: tuple[str, int], times: tuple[str, str, str, str], question: str, answer: str
) -> None:
    start, stop, start_value, stop_value = times
    rows = [
        ("Product", product),
        ("Dose administered (mg)", dose[0]),
        ("Infusion start time", start),
        ("Infusion stop time", stop),
        ("Any drug wasted?", "No"),
    ]
    text = "INFUSION SMARTFORM\n" + "".join(f"{question} {q:<40} {answer} {a}\n" for q, a in rows)
    assert values(text, "administered_dose") == {dose[1]}
    assert values(text, "infusion_start") == {start_value}
    assert values(text, "infusion_end") == {stop_value}


@pytest.mark.parametrize(
    ("headers", "separator", "product"),
    itertools.product(
        [("Question", "Answer"), ("Field", "Documented"), ("Item", "Value")], [" | ", "  |  "], PRODUCTS[:3]
    ),
)
def test_two_column_form_rows_label_their_value(
    headers: tuple[str, str], separator: str, product: str
) -> None:
    rows = [
        ("Product", product),
        ("Dose given", "4,200 mg"),
        ("Start / stop", "10:22 / 10:41"),
        ("Discarded", "300 mg (6 mL) left in the 500 mg vial"),
    ]
    width = 28
    lines = [f"{headers[0]:<{width}}{separator}{headers[1]}", "-" * width + "-+-" + "-" * 30]
    lines += [f"{label:<{width}}{separator}{value}" for label, value in rows]
    text = "\n".join(lines) + "\n"
    assert values(text, "administered_dose") == {4200}
    assert values(text, "infusion_start") == {"10:22"}
    assert values(text, "infusion_end") == {"10:41"}
    assert values(text, "waste") == {300}


@pytest.mark.parametrize(
    ("visit_rows", "dos_row"),
    [
        (2, 0),
        (2, 1),
        (3, 2),
        (3, 0),
    ],
)
@pytest.mark.parametrize("empty_cells", [True, False])
def test_tab_separated_export_counts_columns_by_tab(visit_rows: int, dos_row: int, empty_cells: bool) -> None:
    dates = ["03/03/2026", "03/10/2026"][: visit_rows - 1]
    dates.insert(dos_row, "03/17/2026")
    header = "\t".join(
        ["Visit date", "Wt (kg)", "Dose given (mg)", "Vials (1,000 mg)", "Waste (mg)", "Lot", "Exp"]
    )
    header += "\tStart\tStop\tReaction\tRN"
    lines = [header]
    for index, date in enumerate(dates):
        dose = 5400 if date == "03/17/2026" else 5500 - 50 * index
        reaction = "" if empty_cells else "none"
        cells = [date, "90.2", f"{dose:,}", "6", str(6000 - dose), "P100377201", "11/30/2026"]
        cells += [f"10:{10 + index:02d}", f"10:{40 + index:02d}", reaction, "MJD"]
        lines.append("\t".join(cells))
    text = "Zemaira weekly flowsheet (tab-separated)\n\n" + "\n".join(lines) + "\n"
    position = dates.index("03/17/2026")
    assert values(text, "administered_dose") == {5400}
    assert values(text, "waste") == {600}
    assert values(text, "infusion_start") == {f"10:{10 + position:02d}"}
    assert values(text, "infusion_end") == {f"10:{40 + position:02d}"}


@pytest.mark.parametrize(
    ("leader", "label"),
    itertools.product(
        ["..", " . ", ".....", " ........ "], ["Dose administered", "AMOUNT GIVEN", "Total infused"]
    ),
)
def test_short_and_long_dotted_leaders(leader: str, label: str) -> None:
    text = f"Aralast NP infusion\n{label}{leader}4,400 mg  IV\nAmount wasted{leader}100 mg\n"
    assert values(text, "administered_dose") == {4400}
    assert values(text, "waste") == {100}


@pytest.mark.parametrize(
    ("start_label", "stop_label"),
    [("STRT TM", "STP TM"), ("START TM", "STOP TM"), ("INF STRT", "INF STP")],
)
@pytest.mark.parametrize(
    ("dose_label", "waste_label"), [("AMT GIVEN MG", "WASTE MG"), ("DOSE_MG", "WASTE_MG")]
)
def test_truncated_system_labels(
    start_label: str, stop_label: str, dose_label: str, waste_label: str
) -> None:
    text = (
        "DRUG: ALPHA1-PI HUMAN (PROLASTIN-C LIQ) 50 MG/ML\n"
        f"{dose_label}: 4284     VOL GIVEN ML: 85.7\n"
        f"{start_label}: 0917     {stop_label}: 0936\n"
        f"{waste_label}: 216\n"
    )
    assert values(text, "administered_dose") == {4284}
    assert values(text, "infusion_start") == {"09:17"}
    assert values(text, "infusion_end") == {"09:36"}
    assert values(text, "waste") == {216}


@pytest.mark.parametrize("header", ["TIME (hrs) | ACTIVITY", "Time | Event", "TIME   | NOTE"])
@pytest.mark.parametrize("product", ["Glassia", "Zemaira"])
def test_dotted_times_under_a_time_column(header: str, product: str) -> None:
    rows = [
        ("12.35", "Checked in; weight 58.6 kg on standing scale"),
        ("12.50", "PIV 22g R antecubital, blood return +"),
        ("13.05", f"{product} infusion STARTED, 3.7 mL/min"),
        ("13.20", "VS: HR 82, BP 110/68, SpO2 96%"),
        ("13.52", f"{product} infusion COMPLETED - 175 mL infused = 3,500 mg"),
        ("14.18", "PIV removed, discharged ambulatory"),
    ]
    text = "\n".join([header, "-----------+" + "-" * 40, *(f"{t:<11}| {event}" for t, event in rows)]) + "\n"
    assert values(text, "infusion_start") == {"13:05"}
    assert values(text, "infusion_end") == {"13:52"}


@pytest.mark.parametrize(
    "heading", ["VISIT {date}   RN: C. Medeiros", "DATE OF VISIT: {date}", "Visit date {date}:"]
)
@pytest.mark.parametrize("dos_position", [0, 1, 2])
def test_a_multi_visit_record_scopes_each_visit_to_its_heading(
    checker: Checker, heading: str, dos_position: int
) -> None:
    dates = ["03/03/2026", "03/10/2026", "03/24/2026"]
    dates[dos_position] = "03/17/2026"
    blocks = []
    for index, date in enumerate(dates):
        blocks.append(
            "\n".join(
                [
                    heading.format(date=date),
                    f" Product: Glassia 1 g/50 mL x 4, lot LE4{index}K912, exp 05/2027. Dose 4,{index}00 mg.",
                    f" Start 10:{20 + index:02d}  Stop 10:{50 + index:02d}.  No waste.",
                    "-" * 40,
                ]
            )
        )
    text = "HOME INFUSION NURSING - cumulative print\n" + "\n".join(blocks) + "\n"
    assert values(text, "infusion_start", doc_date="2026-03-25") == {f"10:{20 + dos_position:02d}"}
    assert values(text, "infusion_end", doc_date="2026-03-25") == {f"10:{50 + dos_position:02d}"}
    chart = make_chart(text, date_of_service=DOS, types=["infusion_record"])
    chart["documents"][0]["date"] = "2026-03-25"
    found = {(f.kind, f.value) for f in checker.extract(chart) if f.assertion.affirmed}
    assert {value for kind, value in found if kind == "lot_number"} == {f"LE4{dos_position}K912"}
    assert {value for kind, value in found if kind == "dose"} == {4000 + 100 * dos_position}


@pytest.mark.parametrize(
    "stated",
    ["Service date 03/17/2026, entered 03/18/2026 08:03", "Date of service: 03/17/2026 (late entry)"],
)
def test_a_late_entry_belongs_to_its_stated_service_date(stated: str) -> None:
    text = (
        f"PHARMACY NOTE - DOSE VERIFICATION (LATE ENTRY)\n{stated}\n"
        "Dispensed: Aralast NP 1,000 mg vials x 4   lot LA125088   exp 2026-11-30\n"
        "Amount administered: 4,188 mg alpha1-PI (209.4 mL), 13:42 to 14:24.\n"
        "Discarded: 312 mg (15.6 mL) remaining in the 500 mg vial.\n"
    )
    assert values(text, "administered_dose", doc_date="2026-03-18") == {4188}
    assert values(text, "waste", doc_date="2026-03-18") == {312}
    assert values(text, "infusion_end", doc_date="2026-03-18") == {"14:24"}


@pytest.mark.parametrize("scheduled_header", ["Sched", "Scheduled", "Due", "Due time"])
def test_a_mar_scheduled_column_is_not_the_start(scheduled_header: str) -> None:
    header = "\t".join(
        [scheduled_header, "Medication", "Admin Dose", "Route", "Action", "Action Time", "User"]
    )
    rows = [
        ["08:45", "acetaminophen 325 mg tablet", "650 mg", "PO", "Given", "03/17/26 08:52", "TLM"],
        [
            "09:00",
            "alpha1-proteinase inhibitor [ZEMAIRA]",
            "4,700 mg",
            "IV",
            "New Bag",
            "03/17/26 09:14",
            "TLM",
        ],
        [
            "09:00",
            "alpha1-proteinase inhibitor [ZEMAIRA]",
            "",
            "IV",
            "Stopped - complete",
            "03/17/26 09:31",
            "TLM",
        ],
    ]
    text = (
        "MAR export (tab-delimited)\n" + "\n".join(["\t".join(r) for r in [header.split("\t"), *rows]]) + "\n"
    )
    assert values(text, "infusion_start") == {"09:14"}
    assert values(text, "infusion_end") == {"09:31"}
    assert values(text, "administered_dose") == {4700}


@pytest.mark.parametrize("drug", ["Alendronate", "Metformin", "Tiotropium", "Venofer"])
def test_a_medication_column_decides_whose_dose_it_is(drug: str) -> None:
    text = (
        "Medication reconciliation (Zemaira patient)\n"
        "| Medication | Dose | Frequency |\n|---|---|---|\n"
        f"| {drug} | 70 mg | weekly |\n"
        "| Zemaira | 4,000 mg | weekly, given today |\n"
    )
    assert values(text, "administered_dose") == {4000}


@pytest.mark.parametrize(
    ("event", "role"),
    [
        ("PROGRAM CONFIRMED by RN - awaiting start", None),
        ("Stopped - alarm (air-in-line)", "pause_time"),
        ("POWER OFF", "procedure_time"),
        ("End of export window", "visit_time"),
    ],
)
def test_pump_events_that_are_not_the_infusion(event: str, role: str | None) -> None:
    text = (
        "Smart pump event log - Prolastin-C Liquid 50 mg/mL\n"
        "2026-03-17 10:06:18  Module B   INFUSION STARTED  300 mL/h  VTBI 90 mL\n"
        f"2026-03-17 10:13:02  Module B   {event}\n"
        "2026-03-17 10:24:56  Module B   INFUSION COMPLETE  vol infused 90.0 mL\n"
    )
    assert values(text, "infusion_start") == {"10:06"}
    assert values(text, "infusion_end") == {"10:24"}
    if role is not None:
        assert "10:13" in values(text, role)


@pytest.mark.parametrize("stamp", ["[03/17/2026 14:01]", "[03/17/2026 2:01 PM]"])
def test_a_chat_message_stamp_is_not_an_event(stamp: str) -> None:
    text = (
        f"{stamp.replace('14:01', '13:44').replace('2:01 PM', '1:44 PM')} T. Kirby RN: Zemaira running - "
        "started 1342, 367 mL/hr.\n"
        f"{stamp} T. Kirby RN: Done at 1359, no reaction.\n"
    )
    assert values(text, "infusion_start") == {"13:42"}
    assert values(text, "infusion_end") == {"13:59"}


@pytest.mark.parametrize(
    ("line", "dose"),
    [
        ("5,400 mg (108 mL) infused 10:12-10:33 without reaction.", 5400),
        ("Dose: Zemaira 4,996 mg IV (4 g kit 3,984 mg + 1 g vial 1,012 mg, actual potency).", 4996),
        ("Drug: GLASSIA 1 gram/50 mL single-use vial x 4; 4,000 mg given.", 4000),
        ("Medication: alpha1-proteinase inhibitor [ZEMAIRA] 1,000 mg SDV x 5; 4,700 mg infused.", 4700),
    ],
)
def test_equivalents_breakdowns_and_strengths_are_not_other_doses(line: str, dose: int) -> None:
    assert values(f"Infusion note, alpha-1 augmentation\n{line}\n", "administered_dose") == {dose}


@pytest.mark.parametrize("other", ["cetirizine 10 mg, tab, PO, Once PRN itching", "albuterol HFA 90 mcg/act"])
def test_a_lot_under_another_drugs_heading_is_not_the_products(checker: Checker, other: str) -> None:
    text = (
        "MAR SUMMARY\n"
        "alpha1-proteinase inhibitor (ZEMAIRA) 4,000 mg IVPB\n"
        "  03/17/2026 10:02   New Bag   4,000 mg   B. Hollis, RN\n"
        "  Lot: P100522308   Exp: 09/30/2027\n"
        f"{other}\n"
        "  03/17/2026 10:50   Given   1 dose   B. Hollis, RN\n"
        "  Lot: UT8235LA   Exp: 06/30/2026   (unit-dose stock)\n"
    )
    chart = make_chart(text, date_of_service=DOS, types=["infusion_record"])
    lots = {f.value for f in checker.extract(chart) if f.kind == "lot_number" and f.assertion.affirmed}
    assert lots == {"P100522308"}


@pytest.mark.parametrize(
    "drug", ["Iron sucrose", "Infliximab-dyyb", "Methylprednisolone", "IVIG (Gamunex-C)"]
)
@pytest.mark.parametrize("header", ["Time  Item                      Value", "Time | Item | Value"])
def test_a_flowsheet_row_whose_item_is_another_drug_gives_no_infusion_time(drug: str, header: str) -> None:
    sep = " | " if "|" in header else "  "
    rows = [
        ("1358", drug, "200 mg in NS 100 mL started"),
        ("1410", "BP", "112/70"),
        ("1417", drug, "infusion complete, 110 mL total"),
    ]
    body = "\n".join(sep.join([t, f"{item:<24}", value]) for t, item, value in rows)
    text = f"Infusion flowsheet (mother on Zemaira, see family history)\n{header}\n{body}\n"
    assert values(text, "infusion_start") == set()
    assert values(text, "infusion_end") == set()
