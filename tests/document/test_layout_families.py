"""Families of layout found on blind charts b6/b7 (templates x fillers, not the charts' strings).

Stacked tables (an HTML table exported one cell per line), quoted CSV rows, double-spaced fax text, MAR
drug headings, times with seconds / "hrs" / one-letter meridiem, lab values in table cells and key = value
dumps, lot-and-expiration cells that list vials, and a unit written in the next cell.
"""

from __future__ import annotations

import itertools

import pytest

from nlp_checker.document.analyze import analyze_fields
from nlp_checker.document.layout import analyze_layout
from tests.document.helpers import DOS, values

STACKED_COLUMNS = [
    ("Date/Time", "03/17/2026 {time}"),
    ("Medication", "{drug}"),
    ("Dose", "{dose}"),
    ("Route", "IV"),
    ("Event", "{event}"),
    ("Lot", "{lot}"),
    ("Expiration", "05/2027"),
    ("Performed By", "Pat Lee, RN"),
]


def _stacked(columns: list[tuple[str, str]], rows: list[dict[str, str]], title: str | None) -> str:
    """A table written one cell per line: header cells, then each row's cells (an empty cell is empty)."""
    lines = ["Infusion Clinic - Medication Administration Record", ""]
    if title:
        lines.append(title)
    lines += [name for name, _ in columns]
    for row in rows:
        lines += [cell.format(**row) if "{" in cell else cell for _, cell in columns]
    return "\n".join([*lines, "", "Documented by: Pat Lee, RN"]) + "\n"


ROWS = [
    {
        "time": "09:21:40",
        "drug": "sodium chloride 0.9% flush",
        "dose": "10 mL",
        "event": "Administered",
        "lot": "",
    },
    {
        "time": "09:31",
        "drug": "acetaminophen 325 mg tab",
        "dose": "650 mg",
        "event": "Administered",
        "lot": "",
    },
    {"time": "09:47:13", "drug": "{product}", "dose": "{amount}", "event": "Begin Bag", "lot": "26M0433"},
    {
        "time": "10:15:40",
        "drug": "{product}",
        "dose": "{amount}",
        "event": "Infuse Complete",
        "lot": "26M0433",
    },
]
PRODUCTS = ["alpha-1 proteinase inhibitor, human (Prolastin-C Liquid)", "Zemaira", "GLASSIA"]
AMOUNTS = [("3,500 mg", 3500), ("4.2 g", 4200), ("5000 mg", 5000)]


def _filled(product: str, amount: str) -> list[dict[str, str]]:
    return [{k: v.format(product=product, amount=amount) for k, v in row.items()} for row in ROWS]


@pytest.mark.parametrize(
    ("product", "amount", "title", "order"),
    [
        (p, a, t, o)
        for (p, a), t, o in itertools.product(
            itertools.product(PRODUCTS, AMOUNTS), [None, "Medication Administration"], ["as is", "reversed"]
        )
    ],
)
def test_stacked_table_rows_give_dose_times_and_lot(product, amount, title, order) -> None:  # type: ignore[no-untyped-def]
    columns = STACKED_COLUMNS if order == "as is" else [STACKED_COLUMNS[0], *reversed(STACKED_COLUMNS[1:])]
    text = _stacked(columns, _filled(product, amount[0]), title)
    layout = analyze_layout(text, DOS)
    dose_line = next(line for line in layout.lines if line.text == amount[0])
    assert dose_line.kind == "table_row" and dose_line.cells[0].header == "Dose"
    assert values(text, "administered_dose") == {amount[1]}
    assert values(text, "infusion_start") == {"09:47"}
    assert values(text, "infusion_end") == {"10:15"}
    lots = {f.value for f in analyze_fields(text, DOS, DOS) if f.kind == "lot_number" and f.in_service}
    assert lots == {"26M0433"}


def test_a_short_list_of_words_is_not_a_stacked_table() -> None:
    text = "Problems\nEmphysema\nCOPD\nHypertension\nPlan: continue Zemaira 4,000 mg IV weekly.\n"
    layout = analyze_layout(text, DOS)
    assert all(line.kind != "table_row" for line in layout.lines)


CSV_HEADER = '"Patient","MRN","Collected","Test","Result","Units","Ref Range","Flag"\n'


@pytest.mark.parametrize(
    ("result", "units", "expected"),
    [("22", "mg/dL", (22, "mg/dL")), ("5.1", "umol/L", (5.1, "umol/L")), ("0.35", "g/L", (0.35, "g/L"))],
)
def test_csv_lab_rows_give_the_serum_level_with_the_unit_column(result, units, expected) -> None:  # type: ignore[no-untyped-def]
    text = CSV_HEADER + (
        '"DOE, JANE","A1","2022-03-08 07:42","C-Reactive Protein","0.6","mg/dL","0.0-1.0",""\n'
        f'"DOE, JANE","A1","2022-03-08 07:42","Alpha-1-Antitrypsin","{result}","{units}","90-200","L"\n'
    )
    found = [(f.value, f.unit) for f in analyze_fields(text, DOS, DOS) if f.kind == "serum_aat"]
    assert found == [expected]


@pytest.mark.parametrize("unit", ["mg", "MG", "g"])
def test_a_unit_in_the_next_csv_cell_makes_the_amount_a_dose(unit) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Date","Time","Medication","Dose","Unit","Route","Event"\n'
        '"03/17/2026","09:22","alpha-1 proteinase inhibitor (GLASSIA)",'
        f'"4360","{unit}","IV","Infusion Started"\n'
    )
    expected = 4360 * (1000 if unit == "g" else 1)
    assert values(text, "administered_dose") == {expected}


FAX = (
    "LAKESIDE  PULMONARY  ASSOCIATES  -  OFFICE  INFUSION  FLOWSHEET\n"
    "PATIENT:  DOE,  JOHN  J     DOB  06/30/1964      DOS  03/17/2026\n"
    "PRODUCT:  ARALAST  NP  (ALPHA1-PROTEINASE  INHIBITOR  [HUMAN])\n"
    "ORDER:  60  MG/KG  X  88.6  KG  =  5,316  MG   -->  ROUND  TO  5,300  MG\n\n"
    "TIMES:\n"
    "  PT  ARRIVED  ......................  12:55\n"
    "  {start_label}  ...................  13:20\n"
    "  VITALS  MID  .......................  13:40   BP 128/78  HR 72\n"
    "  {stop_label}  ....................  13:58\n"
    "  DISCHARGED  ........................  14:25\n\n"
    "{dose_label}:   5,300  MG   (265  ML)   VIA  PUMP\n"
    "WASTE:   200  MG  (10  ML)  REMAINING  IN  VIAL  #6  (500  MG  VIAL,  300  MG  USED)\n"
)


@pytest.mark.parametrize(
    ("start_label", "stop_label", "dose_label"),
    list(
        itertools.product(
            ["INFUSION  START", "START  TIME", "INFUSION  BEGUN"],
            ["INFUSION  STOP", "END  TIME", "INFUSION  COMPLETED"],
            ["DOSE  INFUSED", "DOSE  GIVEN", "TOTAL  DOSE  ADMINISTERED"],
        )
    ),
)
def test_double_spaced_fax_text_reads_like_single_spaced(start_label, stop_label, dose_label) -> None:  # type: ignore[no-untyped-def]
    text = FAX.format(start_label=start_label, stop_label=stop_label, dose_label=dose_label)
    assert analyze_layout(text, DOS).lines[0].spaced
    assert values(text, "infusion_start") == {"13:20"}
    assert values(text, "infusion_end") == {"13:58"}
    assert values(text, "administered_dose") == {5300}
    assert values(text, "waste") == {200}


def test_single_spaced_text_is_not_read_as_double_spaced() -> None:
    text = "Zemaira 4,000 mg IV given.  Tolerated well.  Start 09:10, stop 09:40.\n" * 10
    assert not analyze_layout(text, DOS).lines[0].spaced


MAR_HEADINGS = [
    "ACETAMINOPHEN 650 MG PO Q6H PRN PAIN",
    "METHYLPREDNISOLONE 40 MG IV Q12H",
    "Enoxaparin 40 mg SC daily",
    "IPRATROPIUM-ALBUTEROL 0.5-2.5 MG/3 ML NEB Q4H",
]


@pytest.mark.parametrize("heading", MAR_HEADINGS)
def test_times_and_doses_under_another_drugs_heading_are_not_the_infusion(heading) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MEDICATION ADMINISTRATION RECORD - 24 HR VIEW\n"
        f"{heading}\n"
        "   06:00 Given 40 mg (KMR)        18:00 Given 40 mg (DJT)\n"
        "ALPHA-1 PROTEINASE INHIBITOR (HUMAN) [PROLASTIN-C LIQUID] IV ONCE\n"
        "   Administered: 4,500 mg (90 mL) IV via R forearm PIV\n"
        "   Infusion start 10:12   Infusion end 10:34   (KMR)\n"
    )
    assert values(text, "administered_dose") == {4500}
    assert values(text, "infusion_start") == {"10:12"}
    assert values(text, "infusion_end") == {"10:34"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Start 09:47:13 / Stop 10:15:40", ("09:47", "10:15")),
        ("0941 hrs infusion started; 1048 hrs infusion completed", ("09:41", "10:48")),
        ("infusion started 9:22a, completed 1:40p", ("09:22", "13:40")),
        ("Infusion start ............ 10:02:37  Infusion end .............. 10:31:05", ("10:02", "10:31")),
        ("Zemaira infused from 0912 to 0944.", ("09:12", "09:44")),
        ("Start: 12 noon  Stop: 12:31 PM", ("12:00", "12:31")),
        ("Lunch at noon; infusion start 13:05, stop 13:40", ("13:05", "13:40")),
    ],
)
def test_time_forms(written, expected) -> None:  # type: ignore[no-untyped-def]
    text = f"Zemaira 4,000 mg IV.\n{written}\n"
    assert (values(text, "infusion_start"), values(text, "infusion_end")) == ({expected[0]}, {expected[1]})


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("AAT 01/09/2024: 5.1 umol/L (see lab export).", (5.1, "umol/L")),
        ("Serum AAT trough 11/2025: 16.8 umol/L.", (16.8, "umol/L")),
        ("A1AT_QUANT = 0.36 g/L ; ref = 0.90-2.00 g/L ; flag = L", (0.36, "g/L")),
    ],
)
def test_serum_level_lines_with_dates_and_codes(line, expected) -> None:  # type: ignore[no-untyped-def]
    found = [(f.value, f.unit) for f in analyze_fields(line + "\n", DOS, DOS) if f.kind == "serum_aat"]
    assert found == [expected]


def test_key_value_dump_gives_the_level_from_the_result_and_units_lines() -> None:
    text = "test = ALPHA-1-ANTITRYPSIN, SERUM\nresult = 38\nunits = mg/dL\nref_range = 90-200\nflag = L\n"
    found = [(f.value, f.unit) for f in analyze_fields(text, DOS, DOS) if f.kind == "serum_aat"]
    assert found == [(38, "mg/dL")]


@pytest.mark.parametrize("label", ["VIAL / LOT / EXP", "Lot / Exp", "LOT/EXP"])
def test_a_cell_listing_vials_gives_each_lot_and_expiration(label) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"DATE     | DOSE GIVEN | {label:<40} | START | STOP\n"
        "---------+------------+------------------------------------------+-------+------\n"
        "03/17/26 | 5,000 mg   | 4 g PL9140C exp 10/31/26; 1 g PL7702B exp 09/30/26 | 09:17 | 09:36\n"
    )
    found = {(f.kind, f.value) for f in analyze_fields(text, DOS, DOS) if f.in_service}
    assert {("lot_number", "PL9140C"), ("lot_number", "PL7702B")} <= found
    assert {("expiration_date", "2026-10-31"), ("expiration_date", "2026-09-30")} <= found
    assert not any(kind == "lot_number" and value[:2] == "20" for kind, value in found)


def test_an_expiration_after_lot_slash_exp_is_not_a_lot() -> None:
    text = "Lot / Exp (1,000 mg) ........... LD27A071 / 2027-01-31\n"
    found = {(f.kind, f.value) for f in analyze_fields(text, DOS, DOS)}
    assert found == {("lot_number", "LD27A071"), ("expiration_date", "2027-01-31")}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Wt (lb) 180", (180, "lb")),
        ("Weight (kg) = 81.6", (81.6, "kg")),
        ("Weight: 81.600 kg", (81.6, "kg")),
        ("Weight\n81.6 kg", (81.6, "kg")),
        ("OBX|4|NM|29463-7^Body weight^LN||81.6|kg|||||F", (81.6, "kg")),
    ],
)
def test_weight_forms(checker, written, expected) -> None:  # type: ignore[no-untyped-def]
    chart = {
        "chart_id": "t",
        "date_of_service": DOS,
        "documents": [
            {"id": "d", "type": "progress_note", "date": DOS, "text": f"Clinic visit.\n{written}\n"}
        ],
    }
    assert [(f.value, f.unit) for f in checker.extract(chart) if f.kind == "weight"] == [expected]


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("OBX|1|NM|6768-6^Alpha-1-antitrypsin^LN||45|mg/dL|90-200|L|||F", (45, "mg/dL")),
        ("OBX|2|SN|6768-6^Alpha 1 antitrypsin^LN||^45|mg/dL^mg/dL^UCUM|100-190|L|||F", (45, "mg/dL")),
        ("OBX|5|NM|6771-0^Alpha 1 antitrypsin^LN||8.7|umol/L|20-48|L|||F", (8.7, "umol/L")),
    ],
)
def test_obx_segments_in_a_note_give_the_serum_level(segment, expected) -> None:  # type: ignore[no-untyped-def]
    found = [(f.value, f.unit) for f in analyze_fields(f"Lab interface:\n{segment}\n", DOS, DOS)]
    assert found == [expected]


def test_an_obx_phenotype_or_other_analyte_is_not_a_serum_level() -> None:
    text = (
        "OBX|3|ST|32769-2^Alpha 1 antitrypsin phenotype^LN||ZZ||MM|A|||F\n"
        "OBX|6|NM|1751-7^Albumin^LN||4.2|g/dL|3.5-5.0||||F\n"
    )
    assert [f for f in analyze_fields(text, DOS, DOS) if f.kind == "serum_aat"] == []


def _date_column_sheet(dates: list[str], pipe: bool, weight_label: str) -> str:
    def row(label: str, values: list[str]) -> str:
        if pipe:
            return f"{label:<30}| " + " | ".join(f"{v:<10}" for v in values)
        return f"{label:<30}  " + "  ".join(f"{v:<10}" for v in values)

    return "\n".join(
        [
            "Zemaira weekly infusion flowsheet (4-week view)",
            row("", dates),
            row(weight_label, ["79.5", "79.1", "78.8"]),
            row("Dose given (mg)", ["4,770", "4,750", "4,700"]),
            row("Lot", ["2NB8120", "2NC4412", "2NC4499"]),
            row("Infusion start", ["10:20", "10:09", "10:14"]),
            row("Infusion end", ["10:38", "10:27", "10:33"]),
            row("Waste (mg)", ["230", "250", "300"]),
            "",
        ]
    )


@pytest.mark.parametrize(
    ("dates", "pipe", "weight_label"),
    [
        (d, p, w)
        for d in (["2026-03-03", "2026-03-10", "2026-03-17"], ["03/03", "03/10", "03/17"])
        for p in (True, False)
        for w in ("Weight (kg)", "Poids / Weight (kg)")
    ],
)
def test_a_flowsheet_with_one_column_per_visit_counts_only_the_service_date(
    dates, pipe, weight_label
) -> None:  # type: ignore[no-untyped-def]
    text = _date_column_sheet(dates, pipe, weight_label)
    assert values(text, "administered_dose") == {4700}
    assert values(text, "infusion_start") == {"10:14"}
    assert values(text, "infusion_end") == {"10:33"}
    assert values(text, "waste") == {300}
    fields = analyze_fields(text, DOS, DOS)
    assert {f.value for f in fields if f.kind == "lot_number" and f.in_service} == {"2NC4499"}
    assert {f.value for f in fields if f.kind == "weight"} == {79.5, 79.1, 78.8}


@pytest.mark.parametrize(
    "supply_line",
    [
        "Diluent SWFI Lot: SW4471   Exp: 03/2028",
        "0.9% NaCl 10 mL flush   Lot N24F118   Exp 09/2027",
        "Anaphylaxis kit checked (epinephrine lot EP22K1, exp 11/2026).",
    ],
)
def test_a_supplys_lot_is_not_the_products(checker, supply_line) -> None:  # type: ignore[no-untyped-def]
    text = f"Zemaira 5,000 mg IV given.\nZemaira lot P100418553 exp 2027-08-31\n{supply_line}\n"
    chart = {
        "chart_id": "t",
        "date_of_service": DOS,
        "documents": [{"id": "d", "type": "infusion_record", "date": DOS, "text": text}],
    }
    found = {(f.kind, f.value) for f in checker.extract(chart)}
    assert {v for k, v in found if k == "lot_number"} == {"P100418553"}
    assert {v for k, v in found if k == "expiration_date"} == {"2027-08-31"}


def test_a_diluent_column_does_not_make_the_row_lot_another_products() -> None:
    text = (
        "VIAL   SIZE      LOT NO.        EXP DATE      DILUENT\n"
        "----   -------   ------------   -----------   -----------\n"
        " 1     1000 MG   LE12P045A      03/31/2027    50 ML SWFI\n"
    )
    assert {f.value for f in analyze_fields(text, DOS, DOS) if f.kind == "lot_number"} == {"LE12P045A"}


KEYED = {
    "json": '{"drug": "Zemaira", "dose_mg": 4800, "start": "09:12", "end": "09:44", "lot": "P100418553", '
    '"exp": "2027-08-31", "weight_kg": 80.1, "waste_mg": 200}',
    "xml": '<administration drug="Zemaira" dose="4800" unit="mg" start="09:12" end="09:44" '
    'lot="P100418553" expiration="2027-08-31" wastage="200" />',
    "questions": "Infusion start time? 09:12\nInfusion end time? 09:44\nDose administered (mg)? 4800\n"
    "Amount wasted (mg)? 200\nLot number? P100418553\nExpiration date? 08/31/2027\nPatient weight (kg)? 80.1",
}


@pytest.mark.parametrize("style", sorted(KEYED))
def test_keyed_and_question_forms(checker, style) -> None:  # type: ignore[no-untyped-def]
    text = f"Zemaira administration record\n{KEYED[style]}\n"
    chart = {
        "chart_id": "t",
        "date_of_service": DOS,
        "documents": [{"id": "d", "type": "infusion_record", "date": DOS, "text": text}],
    }
    found = {(f.kind, f.value) for f in checker.extract(chart)}
    expected = {
        ("dose", 4800),
        ("infusion_start", "09:12"),
        ("infusion_end", "09:44"),
        ("lot_number", "P100418553"),
        ("expiration_date", "2027-08-31"),
    }
    assert expected <= found
    if style != "xml":
        assert ("weight", 80.1) in found
