"""Values written the way prints and shorthand write them (found on blind batches b18, b19 and b21): a
lot code right before its expiry with no lot label, lower-case "pi*zz", a weight labelled with a date and
time, a stop time after "done", dose tables whose rows are calculation steps, a two-column print whose right
column holds its own timed fields, a corrected lot phrased as "correct lot ... is"."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart
from tests.document.helpers import values


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS = "2026-04-21"


def _found(text: str, kind: str, types: list[str] | None = None) -> set:
    found = _checker().extract(make_chart(text, date_of_service=DOS, types=types))
    return {f.value for f in found if f.kind == kind and not any(f.assertion.model_dump().values())}


@pytest.mark.parametrize(
    ("template", "lot"),
    list(
        itertools.product(
            [
                "Zemaira lots on BCMA (4 g: {lot} exp 05/2027; 1 g: P100603847 exp 12/2026).",
                "Vials scanned: {lot}, exp 05/31/2027 and P100603847 exp. 12/2026",
                "Prolastin-C 1,000 mg x4 - {lot} EXP: 2027-05-31",
            ],
            ["P100622519", "LA25K044", "26PC0318"],
        )
    ),
)
def test_a_code_written_before_its_expiry_is_a_lot(template: str, lot: str) -> None:
    assert lot in _found("Zemaira lot check done.\n" + template.format(lot=lot) + "\n", "lot_number")


@pytest.mark.parametrize(
    "text",
    [
        "Lot check: NDC 0053-7202-01 exp 05/2027",
        "PA#: MCD-PA-2025-118437  EXP 06/30/26  (AUTH FOR 52 INFUSIONS)",
        "Lot check: Exp 05/2027 on the carton",
    ],
)
def test_an_ndc_an_authorization_or_a_word_before_an_expiry_is_no_lot(text: str) -> None:
    assert not _found("Zemaira weekly.\n" + text + "\n", "lot_number")


@pytest.mark.parametrize(
    ("written", "alleles"),
    [
        ("aatd pi*zz / emphysema", ("Z", "Z")),
        ("pi*sz, level 62", ("S", "Z")),
        ("pi * mz carrier", ("M", "Z")),
    ],
)
def test_lower_case_pi_star_shorthand_is_a_genotype(written: str, alleles: tuple[str, str]) -> None:
    found = _checker().extract(make_chart(f"{written}\n", date_of_service=DOS))
    assert [f.alleles for f in found if f.kind == "genotype"] == [list(alleles)]


@pytest.mark.parametrize("text", ["we had pizza after", "pi zz", "api*z/z"])
def test_lower_case_without_the_star_is_no_genotype(text: str) -> None:
    found = _checker().extract(make_chart(f"{text}\n", date_of_service=DOS))
    assert not [f for f in found if f.kind == "genotype"]


@pytest.mark.parametrize(
    "label",
    ["Weight 02/26 06:10 (bed scale):", "Wt 2/26 0610 standing scale -", "Weight 02/26/2026 06:10 (bed):"],
)
def test_a_weight_labelled_with_its_date_and_time(label: str) -> None:
    assert 61.7 in _found(f"{label} 61.7 kg.\n", "weight")


@pytest.mark.parametrize("cue", ["done", "finished", "ended"])
def test_a_four_digit_time_after_an_end_word(cue: str) -> None:
    text = f"Zemaira start 0912 / {cue} 0930 @ 3.7 ml/min\n"
    assert values(text, "infusion_start") == {"09:12"}
    assert values(text, "infusion_end") == {"09:30"}


@pytest.mark.parametrize("step", ["Calculated", "Verified (rounded)", "Ordered", "Estimated"])
def test_a_calculation_row_of_a_dose_table_is_no_administered_dose(step: str) -> None:
    text = (
        "PHARMACIST VERIFICATION - PROLASTIN-C 1,000 mg vials\n"
        "                       mg/kg     weight     dose\n"
        f"{step:<23}60        74.6 kg    4,476 mg\n"
        "Administered           --        --         4,480 mg\n"
    )
    assert values(text, "administered_dose") == {4480}


@pytest.mark.parametrize(
    "field", ["Start time .......... 09:04", "Infusion start .... 09:04", "Started ............ 09:04"]
)
def test_a_right_column_field_does_not_cue_the_left_columns_time(field: str) -> None:
    left = ["VITAL SIGNS", "Time    BP       HR   RR   SpO2   T(C)", "08:50   128/74   82   18   94%    36.8"]
    left += ["10:06   122/72   78   16   95%    36.7", "", "MEASUREMENTS"]
    right = ["Lot: LA2F118C      Exp: 2026-09-30", "In-line filter 5 micron, pump", "Rate: 4 mL/min", field]
    right += ["Stop time ........... 09:59", "Amount administered: 4,380 mg"]
    text = "VISIT                                       GLASSIA (alpha1-proteinase inhibitor) 1 g/50 mL\n"
    text += "".join(f"{a:<44}{b}".rstrip() + "\n" for a, b in zip(left, right, strict=True))
    assert values(text, "infusion_start") == {"09:04"}
    assert values(text, "infusion_end") == {"09:59"}


@pytest.mark.parametrize("header", ["Dose/vials", "Dose / Vol", "Dose (mg)"])
def test_a_dose_column_named_with_its_vials_or_volume(header: str) -> None:
    text = (
        "PATIENT INFUSION PASSPORT - Prolastin-C\n"
        f" Date      Product        {header:<12} Lot        Init\n"
        " 04/30/26  Prolastin-C    4000 mg      26PC0204   KR\n"
        " 05/14/26  Prolastin-C    4100 mg      26PC0318   JL\n"
    )
    assert values(text, "administered_dose", "2026-05-14", "2026-05-14") == {4100}


@pytest.mark.parametrize(
    "correction",
    [
        "Correction: lot above was entered in error as LH24B071. Correct lot for all vials is LH24B077.",
        "Addendum: lot corrected to LH24B077 (digits transposed).",
    ],
)
def test_a_lot_correction_names_the_lot_that_counts(correction: str) -> None:
    text = f"Aralast NP 5,000 mg infused.\nLot: LH24B071   Exp 10/31/2026\n\nADDENDUM\n{correction}\n"
    assert _found(text, "lot_number") == {"LH24B077"}


def test_a_lot_said_in_error_in_one_document_is_void_in_another() -> None:
    bcma = "MEDICATION LOG\n03/10/26 10:16 ZEMAIRA 1GM VIAL GIVEN\n   Comments: LOT P100611402 EXP 12/2026.\n"
    addendum = (
        "ADDENDUM: Lot number for the Zemaira 1 g vials was entered in the BCMA as P100611402 - digits\n"
        "transposed, entered in error. CORRECT LOT per the vial labels: P100611420, exp 12/2026.\n"
    )
    found = _checker().extract(make_chart(bcma, addendum, date_of_service="2026-03-10"))
    assert "P100611402" not in {f.value for f in found if f.kind == "lot_number"}


@pytest.mark.parametrize(
    ("sentence", "alleles"),
    [
        ("Genotyping shows one S allele and no Z allele, i.e. a carrier.", ["M", "S"]),
        ("Genotyping: one Z allele, no S allele.", ["M", "Z"]),
        ("Heterozygous: one Z allele; without an S allele.", ["M", "Z"]),
    ],
)
def test_an_allele_said_to_be_absent_is_not_the_patients(sentence: str, alleles: list[str]) -> None:
    found = _checker().extract(make_chart(f"{sentence}\n", date_of_service=DOS))
    assert [f.alleles for f in found if f.kind == "genotype"] == [alleles]


@pytest.mark.parametrize(
    "text",
    [
        "Zemaira infused. Total dose today was 5,000 mg, that is five vials.",
        "Zemaira infused. Total dose today\nwas 5,000 mg, that is five vials.",
        "| 12:29 | ZEMAIRA INFUSION COMPLETE - total 5,000 mg      | MO |",
        "[ADMINISTERED]\n  product: Zemaira\n  dose_given_mg: 5000\n",
    ],
)
def test_a_total_dose_stated_after_the_infusion(text: str) -> None:
    assert values(text + "\n", "administered_dose") == {5000}


@pytest.mark.parametrize(
    "text",
    [
        "Zemaira: the dose of 60 mg per kilogram is calculated each week.",
        "Zemaira ordered. Total dose of 5,000 mg planned for next week.",
    ],
)
def test_a_dose_rate_or_a_planned_total_is_not_given(text: str) -> None:
    assert values(text + "\n", "administered_dose") == set()


@pytest.mark.parametrize(
    ("text", "alleles"),
    [
        ("alpha-1 antitrypsin deficiency (Z/Mmalton; SERPINA1 sequencing 2018)", ["Z", "MMALTON"]),
        ("AATD, Z/Z - on augmentation", ["Z", "Z"]),
        ("Alpha-1 antitrypsin deficiency: S/Z, level 62 mg/dL", ["S", "Z"]),
    ],
)
def test_a_slash_pair_right_after_the_diagnosis(text: str, alleles: list[str]) -> None:
    found = _checker().extract(make_chart(f"{text}\n", date_of_service=DOS))
    assert [f.alleles for f in found if f.kind == "genotype"] == [alleles]


@pytest.mark.parametrize("offset", ["T+12", "T + 12", "T+12 min"])
def test_minutes_after_a_stated_clock_reference_are_clock_times(offset: str) -> None:
    text = (
        "A1PI INFUSION MONITORING LOG - Prolastin-C Liquid\n"
        "Clock reference: T0 = 08:15 (nurse assessment begun). Times below = minutes after T0.\n"
        " T0     assessment begun. Wt 74.8 kg\n"
        f" {offset:<7}INFUSION START  Prolastin-C Liquid 4,500 mg (90 mL) via pump\n"
        " T+27   VS  BP 138/80  HR 72\n"
        " T+31   END OF INFUSION - pump complete, 90 mL infused.\n"
    )
    assert values(text, "infusion_start") == {"08:27"}
    assert values(text, "infusion_end") == {"08:46"}


def test_offsets_without_a_clock_reference_are_no_times() -> None:
    text = "Prolastin-C Liquid infusion\n T+12   INFUSION START 4,500 mg\n T+31   END OF INFUSION\n"
    assert values(text, "infusion_start") == set()


@pytest.mark.parametrize(
    "addendum",
    [
        "ADDENDUM: Weight above (86.4 kg) was entered in error (transposed). Correct weight 68.4 kg.",
        "Addendum - weight of 86.4 kg entered in error; correct weight 68.4 kg.",
    ],
)
def test_a_weight_said_in_error_by_an_addendum_is_void(addendum: str) -> None:
    text = f"Pre-infusion assessment\n Weight: 86.4 kg\n Zemaira 4,100 mg given.\n\n{addendum}\n"
    assert 86.4 not in _found(text, "weight")
    assert 68.4 in _found(text, "weight")


@pytest.mark.parametrize(
    "text",
    [
        "Zemaira infused through a 5 micron filter at 6.7 mL/min without any reaction at all. Began 1005,"
        " ended\n1036. No partial vial; nothing discarded.",
        "1) alpha-1-proteinase inhibitor (ZEMAIRA)\n   Effective: 2026-03-17T10:05 - 2026-03-17T10:36",
    ],
)
def test_a_start_and_an_end_across_a_wrap_or_as_an_effective_range(text: str) -> None:
    assert values(text + "\n", "infusion_start") == {"10:05"}
    assert values(text + "\n", "infusion_end") == {"10:36"}


@pytest.mark.parametrize(
    ("text", "alleles"),
    [
        ("Alpha-1 antitrypsin deficiency, homozygous Z, with emphysema.", ["Z", "Z"]),
        ("SERPINA1: c.1096G>A (p.Glu366Lys, PI*Z) - HOMOZYGOUS. c.863A>T (PI*S) - not detected.", ["Z", "Z"]),
        ("Patient is homozygous for the Z allele.", ["Z", "Z"]),
    ],
)
def test_homozygous_z_written_out_and_a_variant_not_detected(text: str, alleles: list[str]) -> None:
    found = _checker().extract(make_chart(f"{text}\n", date_of_service=DOS))
    assert [f.alleles for f in found if f.kind == "genotype"] == [alleles]
