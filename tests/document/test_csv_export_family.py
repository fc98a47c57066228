"""Comma-separated exports pasted into a chart (found on blind batch b18; templates x fillers): a header row
of system column names, fields quoted only where they hold a comma, empty fields, one row per visit. A pump's
event export keeps a running total that only its completion row turns into the amount given."""

from __future__ import annotations

import itertools

import pytest

from nlp_checker.document.analyze import analyze, analyze_fields
from nlp_checker.document.layout import analyze_layout
from nlp_checker.document.lines import csv_fields
from tests.document.helpers import DOS, values

HEADERS = [
    ("visit_date", "dose_given_mg", "lot_1", "exp_1", "wt_lb", "start_time", "stop_time", "waste_mg"),
    ("Visit Date", "Dose Given (mg)", "Lot", "Exp", "Weight (lb)", "Start", "Stop", "Wasted (mg)"),
    ("visitDate", "doseGivenMg", "lotNumber", "expDate", "weightLb", "startTime", "stopTime", "wasteMg"),
]
PATIENTS = ['"DELACRUZ, RAMON A"', "DELACRUZ RAMON"]


def _row(date: str, dose: str, lot: str, start: str, stop: str, patient: str) -> str:
    waste = '200,"partial vial, single-use"'
    return f"{date},{patient},Aralast NP,{dose},{lot},01/31/2027,194.5,{start},{stop},{waste}"


@pytest.mark.parametrize(("header", "patient"), list(itertools.product(HEADERS, PATIENTS)))
def test_the_service_row_of_a_csv_export_gives_dose_times_lot_and_weight(
    header: tuple[str, ...], patient: str
) -> None:
    names = [header[0], "patient_name", "product", *header[1:], "comments"]
    text = "\n".join(
        [
            ",".join(names),
            _row("2026-03-10", "5300", "LE2488KA", "10:05", "10:44", patient),
            _row("2026-03-17", "5200", "LE2519BD", "10:14", "10:53", patient),
            f"2026-03-24,{patient},Aralast NP,,,,,,,,HELD - rescheduled",
        ]
    )
    assert values(text, "administered_dose") == {5200}
    assert values(text, "infusion_start") == {"10:14"}
    assert values(text, "infusion_end") == {"10:53"}
    assert values(text, "waste") == {200}
    fields = [f for f in analyze_fields(text, DOS, DOS) if f.in_service and not f.superseded]
    assert {f.value for f in fields if f.kind == "lot_number"} == {"LE2519BD"}
    assert {f.value for f in fields if f.kind == "expiration_date"} == {"2027-01-31"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a,"b, c",,d', ["a", "b, c", "", "d"]),
        ('"x ""quoted"" y",2,3', ['x ""quoted"" y', "2", "3"]),
        ("no commas here", ["no commas here"]),
        ('broken "quote, here', None),
    ],
)
def test_csv_fields_follow_rfc_4180(text: str, expected: list[str] | None) -> None:
    found = csv_fields(text)
    assert (None if found is None else [text[b:e] for b, e in found]) == expected


@pytest.mark.parametrize(
    "prose",
    [
        "Pt seen today, weight stable, dose 5,200 mg given, tolerated well, no waste.",
        "Labs: CBC, CMP, AAT level, LFTs, IgA drawn at 09:40, sent to reference lab.",
    ],
)
def test_prose_with_commas_is_not_a_csv_export(prose: str) -> None:
    text = f"{prose}\n{prose}\n"
    assert all(line.kind != "table_header" for line in analyze_layout(text, DOS).lines)


PUMP_HEADER = "timestamp,channel,event,drug,vol_infused_ml,dose_infused,dose_units"


@pytest.mark.parametrize(
    "product", ["GLASSIA (ALPHA1-PI) 20 MG/ML", "ZEMAIRA 50 MG/ML", "PROLASTIN-C LIQUID"]
)
@pytest.mark.parametrize("end_event", ["INFUSION_COMPLETE", "Infusion Complete", "STOPPED"])
def test_a_pump_log_running_total_counts_only_on_its_completion_row(product: str, end_event: str) -> None:
    rows = [
        ("10:52:51", "START", "0.0", "0"),
        ("11:14:45", "ALARM", "62.8", "1256"),
        ("11:15:31", "RESTART", "62.8", "1256"),
        ("11:24:02", "STATUS", "119.6", "2392"),
        ("11:36:07", end_event, "200.0", "4000"),
        ("11:39:55", "CHANNEL_OFF", "200.2", "4004"),
    ]
    body = "\n".join(f"2026-03-17T{t},B,{event},{product},{ml},{mg},mg" for t, event, ml, mg in rows)
    assert values(f"{PUMP_HEADER}\n{body}\n", "administered_dose") == {4000}


def test_a_zero_waste_cell_of_another_drugs_row_is_not_a1pi_waste() -> None:
    text = (
        "visit_date,product,dose_mg,lot,waste_mg,jz\n"
        "2026-03-17,Injectafer 750 mg/15 mL,750,IJ2291,0,Y\n"
        "2026-03-17,Zemaira,4000,P100611420,0,Y\n"
    )
    wastes = {f.start for f in analyze(text, DOS, DOS) if f.role == "waste"}
    assert len(wastes) == 1 and min(wastes) > text.index("Zemaira")
