"""HL7 v2 administration segments pasted into a note (an interface log printed into the chart; found on blind
batch b19): the RXA's start and end, amount with its unit field, lots and expirations (repetitions each a
value), and nothing from an administration the segment says did not happen."""

from __future__ import annotations

import itertools

import pytest

from nlp_checker.document.analyze import analyze_fields
from nlp_checker.document.layout import analyze_layout
from nlp_checker.document.quantities import recognize
from nlp_checker.normalize import parse_date
from tests.document.helpers import DOS, values

PRODUCTS = ["0053-7202^Zemaira alpha1-proteinase inhibitor (human)^NDC", "GLASSIA^Glassia 1 g/50 mL^L"]
AMOUNTS = [("4988", "mg^milligram^UCUM", 4988), ("4.5", "g^gram^UCUM", 4500)]
LOTS = [("P100560228~P100549117", "20270831~20261231"), ("LE12A034", "20270531")]
STAMPS = [
    ("20260317101400", "20260317103200", "10:14", "10:32"),
    ("202603170914-0500", "202603170951-0500", "09:14", "09:51"),
]


def _rxa(
    product: str, amount: tuple[str, str, int], lots: tuple[str, str], stamps: tuple[str, ...], status: str
) -> str:
    start, end = stamps[0], stamps[1]
    fields = [
        "RXA",
        "0",
        "1",
        start,
        end,
        product,
        amount[0],
        amount[1],
        "",
        "",
        "^OKAFOR^ADAEZE^^^^RN",
        "",
        "",
        "",
        "",
        lots[0],
        lots[1],
        "CSL^CSL Behring^MVX",
        "",
        "",
        status,
        "A",
    ]
    return "|".join(fields)


@pytest.mark.parametrize(
    ("product", "amount", "lots", "stamps"), list(itertools.product(PRODUCTS, AMOUNTS, LOTS, STAMPS))
)
def test_a_completed_rxa_gives_the_administration(
    product: str, amount: tuple[str, str, int], lots: tuple[str, str], stamps: tuple[str, ...]
) -> None:
    text = (
        "Medication Administration Interface Log (RAS^O17)\n"
        "MSH|^~\\&|EPICMAR|CLINIC|CHGRTR|CLINIC|20260317103604||RAS^O17^RAS_O17|MAR2026031710360|P|2.5.1\n"
        + _rxa(product, amount, lots, stamps, "CP")
        + "\nOBX|1|NM|29463-7^Body weight^LN||78.6|kg^^UCUM|||||F|||20260317095100\n"
    )
    assert values(text, "administered_dose") == {amount[2]}
    assert values(text, "infusion_start") == {stamps[2]}
    assert values(text, "infusion_end") == {stamps[3]}
    fields = [f for f in analyze_fields(text, DOS, DOS) if f.in_service]
    assert {f.value for f in fields if f.kind == "lot_number"} == set(lots[0].split("~"))
    assert {f.value for f in fields if f.kind == "expiration_date"} == {
        parse_date(d) for d in lots[1].split("~")
    }


@pytest.mark.parametrize("status", ["NA", "RE"])
def test_an_rxa_not_administered_gives_nothing(status: str) -> None:
    text = "Interface log\n" + _rxa(PRODUCTS[0], AMOUNTS[0], LOTS[0], STAMPS[0], status) + "\n"
    assert values(text, "administered_dose") == set()
    assert values(text, "infusion_start") == set()
    assert [f for f in analyze_fields(text, DOS, DOS) if f.kind == "lot_number"] == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [("20270831", "2027-08-31"), ("19991231", "1999-12-31"), ("20271331", None), ("12345678", None)],
)
def test_compact_dates(written: str, expected: str | None) -> None:
    assert parse_date(written) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Message Control ID: MAR20260303103604177   ACK: AA",
        "Accession 202603031014553 received",
        "Order number 2026030310 placed for Zemaira 4,000 mg",
    ],
)
def test_identifiers_with_long_digit_runs_are_not_times(line: str) -> None:
    assert values(f"Zemaira infusion record\n{line}\n", "infusion_start") == set()
    assert [q for q in recognize(analyze_layout(line, DOS)) if q.kind == "time"] == []
