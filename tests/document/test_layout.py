"""Layout on real snippets from corpus_samples/blind: tables, fields, placeholders, blocks."""

from __future__ import annotations

from nlp_checker.document.layout import analyze_layout

MAR = (
    "Date       | Time  | Event         | Dose     | Route | Rate       | Site       | Init\n"
    "-----------+-------+---------------+----------+-------+------------+------------+-----\n"
    "03/17/2026 | 09:41 | Barcode scan  |          |       |            |            | KM\n"
    "03/17/2026 | 09:58 | New bag hung  | 4,700 mg | IV    | 2.9 mL/min | R forearm  | KM\n"
)

FLOWSHEET = (  # a real fixed-width export
    "Date        Wt (kg)  Dose (mg)  Product            Lot        Exp      Vials used             Waste (mg)  RN\n"  # noqa: E501
    "04/15/2026  64.9     3,900      Prolastin-C Liq    26C0418    02/2027  4000 mg x1             100         DW\n"  # noqa: E501
    "05/06/2026  63.5     3,800      Prolastin-C Liq    26D0102    04/2027  1000 mg x3, 500 mg x2  200         DW\n"  # noqa: E501
)

POWERFORM = (
    "Medication .................................. Zemaira (alpha1-PI, human)\n"
    "Infusion Start Date/Time: 03/17/2026 09:58 CDT\n"
    "Waste\n"
    "  [ ] No waste\n"
    "  [x] Partial vial wasted     Amount: 300 mg\n"
    "  Wt (kg) ............ ***\n"
    "Waste: {blank}\n"
)


def _cell(layout, needle):
    offset = layout.text.index(needle)
    return layout.cell_at(offset)


def test_pipe_mar_rows_know_header_date_and_time() -> None:
    layout = analyze_layout(MAR, "2026-03-17")
    kinds = [line.kind for line in layout.lines if line.text]
    assert kinds == ["table_header", "table_rule", "table_row", "table_row"]
    assert _cell(layout, "4,700 mg").header == "Dose"
    assert _cell(layout, "New bag hung").header == "Event"
    row = layout.line_at(layout.text.index("4,700"))
    assert (row.row_date, row.row_time) == ("2026-03-17", "09:58")


def test_fixed_width_flowsheet_columns_and_row_dates() -> None:
    layout = analyze_layout(FLOWSHEET, "2026-05-06")
    assert _cell(layout, "3,800").header == "Dose (mg)"
    assert _cell(layout, "200 ").header == "Waste (mg)"
    assert layout.line_at(layout.text.index("3,900")).row_date == "2026-04-15"
    assert layout.line_at(layout.text.index("3,800")).row_date == "2026-05-06"


def test_powerform_fields_checkboxes_and_placeholders() -> None:
    layout = analyze_layout(POWERFORM, "2026-03-17")
    assert _cell(layout, "Zemaira").header == "Medication"
    assert _cell(layout, "03/17/2026 09:58").header == "Infusion Start Date/Time"
    assert _cell(layout, "300 mg").header == "Amount"
    unchecked = layout.line_at(layout.text.index("[ ] No waste"))
    assert unchecked.kind == "checkbox"
    stars = layout.line_at(layout.text.index("***"))
    assert stars.kind == "placeholder"
    blank = layout.line_at(layout.text.index("{blank}"))
    assert blank.kind == "placeholder"


def test_copy_forward_and_addendum_blocks() -> None:
    text = (
        "Interval: well.\n"
        "--- copied from 01/07/2026 note ---\n"
        "Zemaira 4,800 mg IV given, lot P100377120. Infusion 09:15-09:33.\n"
        "--- end copied text ---\n"
        "Vitals today (09:30): BP 128/74\n"
        "Addendum 3/5/2026 08:12 - M. Cho, RN: lot corrected to 26C0417AB\n"
    )
    layout = analyze_layout(text, "2026-02-11")
    kinds = [(b.kind, b.date) for b in layout.blocks]
    assert kinds == [("copy_forward", "2026-01-07"), ("addendum", "2026-03-05")]
    copied = layout.blocks[0]
    assert copied.start <= text.index("4,800") < copied.end
    assert not copied.start <= text.index("Vitals today") < copied.end


def test_offsets_round_trip() -> None:
    layout = analyze_layout(FLOWSHEET + "\n" + MAR)
    for line in layout.lines:
        assert layout.text[line.start : line.end] == line.text
        for cell in line.cells:
            assert layout.text[cell.start : cell.end] == cell.text
