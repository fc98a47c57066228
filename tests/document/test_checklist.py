"""CheckList-style behavioural tests: templates x fillers for dose, waste and infusion start/end.

Positives and traps sit side by side: vial sizes, orders, calculations, other drugs, vital / arrival /
visit times, durations. Every generated case names the value expected (or nothing, for a trap).
"""

from __future__ import annotations

import itertools

import pytest

from tests.document.helpers import values

PRODUCT = "Zemaira (alpha1-PI) 1,000 mg single-use vials x 5, lot P100418553\n"
AMOUNTS = [("4,500 mg", 4500), ("4.8 g", 4800), ("3800mg", 3800), ("5,000 mg", 5000)]
DOSE_LABELS = [
    "Dose given",
    "Dose administered",
    "Amount administered",
    "Total dose given",
    "Administered",
    "Dose",
]
SEPARATORS = [": ", " ...................... ", "        "]


def _cases_dose() -> list[tuple[str, int | None]]:
    cases: list[tuple[str, int | None]] = []
    for label, sep, (amount, value) in itertools.product(DOSE_LABELS, SEPARATORS, AMOUNTS):
        cases.append((f"{PRODUCT}{label}{sep}{amount} IV", value))
    prose = [
        "Glassia {a} IV infused 0902-0941, pump rate 6.4 mL/min.",
        "Prolastin-C {a} IV given at 10:12.",
        "Infused {a} IV 10:20 - 10:51 via Zemaira kit.",
        "Aralast NP {a} infusing at 10:02, pump rate per protocol.",
        "Today she received {a} of Prolastin-C IV.",
    ]
    for template, (amount, value) in itertools.product(prose, AMOUNTS):
        cases.append((template.format(a=amount), value))
    for amount, value in AMOUNTS:
        cases.append(
            (
                "Date       | Time  | Event         | Dose      | Route\n"
                f"03/17/2026 | 09:58 | New bag hung  | {amount} | IV\n"
                "03/17/2026 | 10:31 | Completed     |           | IV\n"
                "Drug: ZEMAIRA",
                value,
            )
        )
        cases.append(
            (
                "Medication                 Dose (mg)   Vials             Waste (mg)\n"
                f"Aralast NP                 {value:,}       1,000 mg x 5      0\n",
                value,
            )
        )
    return cases


def _traps_dose() -> list[str]:
    traps = []
    for amount, _ in AMOUNTS:
        traps += [
            f"{PRODUCT}Order: 60 mg/kg x 80 kg = {amount}",
            f"{PRODUCT}Pharmacy dose: {amount}",
            f"Zemaira {amount} single-dose vial, NDC 0053-7202-01",
            f"{PRODUCT}calc 60 mg/kg x 78.4 kg = {amount}",
            f"{PRODUCT}03/17/2026 | 09:40 | Given | acetaminophen {amount} | PO",
            f"{PRODUCT}Next visit 03/24/2026, {amount} planned.",
            f"Dispensed: 1 x {amount} vial (Prolastin-C)",
            f"{PRODUCT}Sig: infuse 60 mg/kg ({amount}) IV weekly",
            f"INFUSION FLOWSHEET - IVIG\nDose given: {amount} (350 mL)",
            f"{PRODUCT}If weight drops, the dose would be {amount}.",
        ]
    return traps


@pytest.mark.parametrize(("text", "expected"), _cases_dose())
def test_dose_positive(text: str, expected: int) -> None:
    assert values(text, "administered_dose") == {expected}


@pytest.mark.parametrize("text", _traps_dose())
def test_dose_trap(text: str) -> None:
    assert values(text, "administered_dose") == set()


WASTE_LABELS = ["Waste", "Amount wasted", "Discarded", "Wasted", "Waste amount"]
WASTES = [("300 mg", 300), ("0.2 g", 200), ("120mg", 120)]


def _cases_waste() -> list[tuple[str, int]]:
    cases: list[tuple[str, int]] = []
    for label, sep, (amount, value) in itertools.product(WASTE_LABELS, SEPARATORS, WASTES):
        cases.append((f"{PRODUCT}{label}{sep}{amount}", value))
    for amount, value in WASTES:
        cases += [
            (f"{PRODUCT}Remaining {amount} of vial 5 discarded", value),
            (f"{PRODUCT}{amount} remaining in the 500 mg vial, discarded", value),
            (f"{PRODUCT}Aralast NP 4,750 mg drawn up ({amount} discarded).", value),
            (f"{PRODUCT}JW {amount} (single-use vial remainder discarded)", value),
            (f"{PRODUCT}03/17/2026 | 10:52 | {amount} | -- | Wasted (12.8 mL)", value),
        ]
    zero = [
        "No drug wasted - entire vial infused",
        "Waste: none - entire vials used, no waste",
        "[x] No waste",
        "vials fully used; no residual",
        "Waste (mg) ........ 0",
        "entire contents of 4 vials administered",
    ]
    cases += [(f"{PRODUCT}{z}", 0) for z in zero]
    return cases


def _traps_waste() -> list[str]:
    return [
        f"{PRODUCT}[ ] No waste   [ ] Waste amount: ____",
        "Cardiac cath: balloon inflated with no waste at minimal inflation pressure.",
        f"{PRODUCT}Waste: {{blank}}",
        f"{PRODUCT}Waste ............ ***",
        f"{PRODUCT}Waste: 5.2 mL - JW\n0950 VS stable",
        f"{PRODUCT}Dose given: 4,000 mg IV",
        f"{PRODUCT}Vials used: 1,000 mg x 5",
        "Disposal bag: chemo-waste bag x1, sharps 1 qt",
    ]


@pytest.mark.parametrize(("text", "expected"), _cases_waste())
def test_waste_positive(text: str, expected: int) -> None:
    assert values(text, "waste") == {expected}


@pytest.mark.parametrize("text", _traps_waste())
def test_waste_trap(text: str) -> None:
    assert values(text, "waste") == set()


START_TIMES = [("09:15", "09:15"), ("0915", "09:15"), ("9:15 am", "09:15"), ("1:42 pm", "13:42")]
END_TIMES = [("09:56", "09:56"), ("0956", "09:56"), ("9:56 AM", "09:56"), ("2:20 PM", "14:20")]


def _time_cases(which: str) -> list[tuple[str, str]]:
    times = START_TIMES if which == "start" else END_TIMES
    labels = {
        "start": [
            "Infusion start",
            "Start",
            "Infusion ON",
            "Infusion begin",
            "Start time",
            "Infusion Start Date/Time",
        ],
        "end": [
            "Infusion end",
            "Stop",
            "Infusion OFF",
            "Infusion complete",
            "Stop time",
            "Infusion End Date/Time",
        ],
    }[which]
    cases: list[tuple[str, str]] = []
    for label, sep, (raw, value) in itertools.product(labels, SEPARATORS, times):
        cases.append((f"{PRODUCT}{label}{sep}{raw}", value))
    other = END_TIMES if which == "start" else START_TIMES
    for (raw, value), (raw2, _) in zip(times, other, strict=True):
        pair = (raw, raw2) if which == "start" else (raw2, raw)
        position = 0 if which == "start" else 1
        cases += [
            (f"{PRODUCT}Start {pair[0]} / Stop {pair[1]}. Tolerated.", value),
            (f"{PRODUCT}Infusion {pair[0]} - {pair[1]} via pump", value),
            (f"Glassia 5,000 mg IV infused {pair[0]}-{pair[1]}, pump rate 6.4 mL/min.", value),
            (f"{PRODUCT}{pair[position]}  {'Start' if which == 'start' else 'Stop'} -- infusion", value),
        ]
        cases.append(
            (
                "Date       | Time  | Event         | Dose      | Route\n"
                f"03/17/2026 | {pair[0]} | New bag hung  | 4,700 mg | IV\n"
                f"03/17/2026 | {pair[1]} | Completed     |           | IV\nDrug: ZEMAIRA",
                value,
            )
        )
    return cases


def _time_traps() -> list[str]:
    traps = []
    for raw, _ in START_TIMES:
        traps += [
            f"{PRODUCT}Arrived {raw} via wheelchair",
            f"{PRODUCT}VS {raw} BP 130/80 HR 82",
            f"{PRODUCT}PIV 22 g L AC placed {raw}",
            f"{PRODUCT}Time in: {raw}    Time out: 3:05 pm",
            f"{PRODUCT}Reconstitution Time ........ {raw}",
            f"{PRODUCT}Pharmacist verified {raw}",
            f"{PRODUCT}Flush ON/OFF ........ {raw} / 10:50",
            f"{PRODUCT}Discharged {raw}, ambulatory",
            f"{PRODUCT}Infused over 30 min, tolerated. Barcode scan {raw}",
            "Cardiac cath lab: procedure start " + raw + ", end 11:00",
        ]
    return traps


@pytest.mark.parametrize(("text", "expected"), _time_cases("start"))
def test_infusion_start_positive(text: str, expected: str) -> None:
    assert expected in values(text, "infusion_start")


@pytest.mark.parametrize(("text", "expected"), _time_cases("end"))
def test_infusion_end_positive(text: str, expected: str) -> None:
    assert values(text, "infusion_end") == {expected}


@pytest.mark.parametrize("text", _time_traps())
def test_infusion_time_traps(text: str) -> None:
    assert values(text, "infusion_start") == set()
    assert values(text, "infusion_end") == set()


def test_case_counts() -> None:
    assert len(_cases_dose()) + len(_traps_dose()) >= 50
    assert len(_cases_waste()) + len(_traps_waste()) >= 50
    assert len(_time_cases("start")) >= 50
    assert len(_time_cases("end")) >= 50
