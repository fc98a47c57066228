"""Families found on blind batches b24 and b26 (sixth round): text pasted with look-alike Unicode characters,
thousands grouped by a space, units given by a legend, smoking written "Tobacco (former, ...)", authorization
numbers after a status or a payer's name, earlier weights compared with today's, and responses written as
"augmentation is working" or "decline has slowed"."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from nlp_checker import Checker
from nlp_checker.kinds import EARLIER_WEIGHT_ROLE
from nlp_checker.models import Finding
from tests.conftest import make_chart


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS = "2026-03-10"


def _extract(*texts: str, types: list[str] | None = None, **extra: object) -> list[Finding]:
    return _checker().extract(make_chart(*texts, date_of_service=DOS, types=types, **extra))


def _affirmed(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind and not any(f.assertion.model_dump().values())]


def _values(text: str, kind: str, types: list[str] | None = None) -> set:
    return {f.value for f in _affirmed(_extract(text, types=types), kind)}


# Look-alike characters of copied text -------------------------------------------------------------------
LOOK_ALIKES = {
    "non-breaking hyphen": "\u2011",
    "en dash": "\u2013",
    "figure dash": "\u2012",
}
SPACES = {"no-break space": "\u00a0", "narrow no-break space": "\u202f", "thin space": "\u2009"}


@pytest.mark.parametrize(
    ("template", "kind", "expected"),
    [
        ("Spirometry today: FEV\u2081 1.61 L (52{sp}% pred), FEV\u2081/FVC 0.48.", "fev1", 52),
        ("Infusion: Zemaira 4,900{sp}mg IV given at 09:41, no reaction.", "dose", 4900),
        ("Vitals: Wt 80.0{sp}kg, BP 128/76.", "weight", 80.0),
        ("AAT 5.8{sp}\u00b5mol/L (ref 20-48) before therapy.", "serum_aat", 5.8),
    ],
)
@pytest.mark.parametrize("space", SPACES.values(), ids=SPACES.keys())
def test_unicode_spaces_and_subscripts_read_as_ascii(
    template: str, kind: str, expected: object, space: str
) -> None:
    text = template.format(sp=space)
    types = ["infusion_record"] if kind == "dose" else None
    found = _affirmed(_extract("Alpha-1 antitrypsin deficiency, PI*ZZ.\n" + text + "\n", types=types), kind)
    assert expected in {f.value for f in found}
    # Evidence still quotes the note as written.
    assert all(space in f.text or "\u2081" in f.text or "\u00b5" in f.text for f in found if f.text)


@pytest.mark.parametrize("dash", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
@pytest.mark.parametrize("number", ["CS{d}26{d}0418873", "MC{d}2025{d}118870"])
def test_an_authorization_number_keeps_the_characters_written(dash: str, number: str) -> None:
    written = number.format(d=dash)
    found = _affirmed(
        _extract(f"Prior auth active (PA # {written}, 01/01-06/30/2026).\n"), "prior_authorization"
    )
    assert [f.value for f in found] == [written]


@pytest.mark.parametrize("dash", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
@pytest.mark.parametrize("label", ["Ex{d}smoker", "Tobacco (ex{d}smoker, 15 pk{d}yr, quit 2014)"])
def test_an_ex_smoker_with_a_typographic_hyphen_is_former(dash: str, label: str) -> None:
    assert _values(label.format(d=dash) + "\n", "smoking_status") == {"former"}


# Smoking in parentheses ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("label", "status", "expected"),
    list(
        itertools.product(
            ["Tobacco", "Smoking", "Smoking status"],
            [("former, 30 pk-yr, quit 2012", "former"), ("never", "never"), ("current, 1/2 ppd", "current")],
            [None],
        )
    ),
)
def test_smoking_status_in_parentheses_after_its_label(
    label: str, status: tuple[str, str], expected: None
) -> None:
    written, value = status
    assert value in _values(f"Social: {label} ({written}). EtOH rare.\n", "smoking_status")


@pytest.mark.parametrize(
    "text",
    [
        "Former smoker, 1 ppd x 20 years, quit 2012.",
        "Ex-smoker: 2 packs per day for 30 yrs, stopped in 2015.",
    ],
)
def test_a_former_smokers_pack_history_is_not_current_smoking(text: str) -> None:
    assert _values(text + "\n", "smoking_status") == {"former"}


def test_packs_per_day_of_a_current_smoker_stay_current() -> None:
    assert _values("Smokes 1 ppd, wants to quit.\n", "smoking_status") == {"current"}


# Thousands grouped by a space, units in a legend ----------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Total dose administered: 5 158", 5158),
        ("Amount infused: 4 700 mg Glassia IV", 4700),
        ("Dose given: 4\u00a0320 mg", 4320),
    ],
)
def test_thousands_grouped_by_a_space(line: str, expected: int) -> None:
    text = f"Zemaira infusion record\n{line}\nLegend: potency, dose and waste in mg; Wt in kg.\n"
    assert _values(text, "dose", ["infusion_record"]) == {expected}


def test_a_vial_count_before_its_size_is_not_a_grouped_number() -> None:
    text = "Prolastin-C infusion record\nVials: 4 500 mg vials pooled.\nDose given: 2,000 mg IV.\n"
    assert _values(text, "dose", ["infusion_record"]) == {2000}


TABLE = """ALPHA-1 PI INFUSION FLOWSHEET (GLASSIA)
Date      Wt     Lot / Exp              {given:<6}  {waste:<5}  Start  Stop
02/24/26  72.4   LK25L0419 / 2027-01    4 348   0      09:41  10:06
03/10/26  72.0   LK25L2207 / 2027-02    4 320   0      09:32  09:58
{legend}
"""


@pytest.mark.parametrize(
    "legend",
    [
        "Legend: all doses, bottle contents and waste in mg; Wt in kg.",
        "Units: doses and waste are in mg",
        "Note: dose in mg",
    ],
)
@pytest.mark.parametrize(("given", "waste"), [("Given", "Waste"), ("Dose", "Wstd"), ("Amount", "Waste")])
def test_a_legend_gives_unlabelled_columns_their_unit(legend: str, given: str, waste: str) -> None:
    text = TABLE.format(given=given, waste=waste, legend=legend)
    assert _values(text, "dose", ["infusion_record"]) == {4320}


def test_without_a_legend_a_bare_column_is_no_dose() -> None:
    text = TABLE.format(given="Given", waste="Waste", legend="RN initials on file.")
    assert not _values(text, "dose", ["infusion_record"])


# Authorization numbers ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("template", "number"),
    list(
        itertools.product(
            [
                "Precert: Aetna # {n} (07/2025-06/2026)",
                "PA on file (BCBSND # {n}, valid 01/01-12/31/2026).",
                "Medicaid PA on file, {n}, good through 06/2026.",
                "Renewal submitted 12/2025; approval {n} runs to 12/2026.",
            ],
            ["BR-UM-2025-118734", "26-031177", "KFM-88310457"],
        )
    ),
)
def test_an_authorization_number_after_a_status_or_a_payer(template: str, number: str) -> None:
    assert _values(template.format(n=number) + "\n", "prior_authorization") == {number}


def test_a_letter_prefixed_number_written_with_a_space() -> None:
    text = "Payer: Prairie Health Connect   PA: PHC 7730-0419   (02/01/2026 - 01/31/2027)\n"
    assert _values(text, "prior_authorization") == {"PHC 7730-0419"}


@pytest.mark.parametrize(
    "text",
    [
        "1418 Cedar Crest Blvd, Allentown PA 18104",
        "Philadelphia, PA 19104-2345",
        "Authorization: Medicare Part B - no auth on file",
        "Meridian PA expired 02/28/2026 - renewal pending",
        "Payer: BCBSIL PPO   Auth: pending",
        "Referring: B. Osterhaus, PA-C   NPI 1932007781",
        "Pending approval 2 weeks",
    ],
)
def test_addresses_statuses_and_names_are_no_authorization_number(text: str) -> None:
    assert not _values(text + "\n", "prior_authorization")


# Earlier weights compared with today's ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "today", "earlier"),
    [
        ("He weighed 93.4 kg today, down from 95.5 kg.", 93.4, 95.5),
        ("wt 61.4kg (135.4lb) up from 59.8 at last inf 12/11", 61.4, 59.8),
        ("arr 0838. wt 68.2kg (150.4lb) standing scale. last wk 68.9", 68.2, 68.9),
        ("Wt 69.8 kg today (70.4 kg last week).", 69.8, 70.4),
        ("Weight 80.3 kg (chair scale). Previous: 81.0 kg (04/07).", 80.3, 81.0),
        ("Note: wt 66.2 kg on 03/12; 66.5 kg on 03/05.", 66.2, 66.5),
        ("0914 wt 75.4 kg on home scale (last visit 02/04: 75.9 kg)", 75.4, 75.9),
        ("Weight 72.3 kg (down from 73.0 kg in May)", 72.3, 73.0),
    ],
)
def test_an_earlier_weight_is_a_finding_but_not_the_visits_weight(
    text: str, today: float, earlier: float
) -> None:
    weights = _affirmed(_extract(text + "\n"), "weight")
    assert {f.value_kg for f in weights} == {today, earlier}
    assert [f.value_kg for f in weights if f.role == EARLIER_WEIGHT_ROLE] == [earlier]
    # The visit's weight decides the dose check: 60 mg/kg of today's weight is met, of the earlier one not
    # always; the requirement names today's weight.
    chart = make_chart(
        text + "\n",
        f"Zemaira {round(today * 60)} mg IV given 09:40-10:02.\n",
        date_of_service=DOS,
        types=["progress_note", "infusion_record"],
    )
    report = _checker().check(chart)
    dose_check = next(r for r in report.requirements if r.id == "dose_matches_weight")
    assert dose_check.status == "met"
    assert any(f"{today}" in e.text or f"{today:g}" in e.text for e in dose_check.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Also my scale here says 172 lb, is that ok",
        "My home scale says 172 lbs this morning",
        "morning and I was 172 pounds. Is that ok?",
    ],
)
def test_a_patients_own_scale_reading_is_a_weight(text: str) -> None:
    assert _values(text + "\n", "weight") == {172}


@pytest.mark.parametrize(
    "text",
    [
        "Weight 81 kg, lost 5 kg since May",
        "Dose 4,800 mg from 60 mg/kg x 80 kg",
        "Wt 80 kg. Last infusion 4800 mg",
    ],
)
def test_changes_and_calculations_are_no_earlier_weight(text: str) -> None:
    weights = _affirmed(_extract(text + "\n"), "weight")
    assert not [f for f in weights if f.role == EARLIER_WEIGHT_ROLE]


# Responses -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Augmentation is working for him: FEV1 has fallen only 30 mL over the last year.",
        "She has done well on therapy, with only one exacerbation in the past 12 months.",
        "Doing very well on weekly Zemaira.",
        "Her FEV1 decline has slowed to about 18 mL/yr.",
        "Prolastin-C appears to be effective.",
        "She feels the infusions are helping her breathing.",
        "He feels augmentation has kept him out of the hospital since the summer.",
        "No exacerbations in 14 months on Glassia.",
        "States she has had no flare-ups since starting the weekly infusions.",
    ],
)
def test_an_evaluative_statement_about_the_therapy_is_a_response(text: str) -> None:
    found = _affirmed(_extract("AATD on augmentation.\n" + text + "\n"), "response_to_therapy")
    assert found


@pytest.mark.parametrize(
    "text",
    [
        "Not sure augmentation is working yet.",
        "Doing well on room air at rest.",
        "The pump is working.",
        "The nurses are helping her.",
        "No exacerbations in 14 months.",
    ],
)
def test_doubt_or_other_subjects_are_no_response(text: str) -> None:
    assert not _affirmed(_extract("AATD on augmentation.\n" + text + "\n"), "response_to_therapy")
