"""Soft wraps (``pipeline/wraps.py``): hard-wrapped prose goes on with its sentence on the next line, so
ConText carries a trigger across the wrap; structured lines (flowsheet rows, lists, labels, headers, tables,
MAR and lab rows) still end their sentence at the line break. Templates x fillers, as in tests/behavior."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from nlp_checker.errors import RulesetError
from nlp_checker.pipeline import load_settings
from nlp_checker.pipeline.sentences import LineSentenceSplitter
from nlp_checker.pipeline.wraps import soft_wrap_offsets, soft_wrapped
from nlp_checker.resources import patterns_dir
from nlp_checker.settings import load_pipeline_settings

SETTINGS = load_settings()
SOFT_WRAP = SETTINGS.sentences.soft_wrap

# A clause long enough that its line was wrapped (fax / RTF / transcription exports wrap at 60-100 columns).
LEADS = [
    "COPD diagnosed 2023, 22 pack-year former smoker (quit 03/2022), mMRC 1, CAT 12.",
    "Seen today by video for chronic cough and exertional dyspnea over the last two years.",
    "Spirometry 10/2025 showed moderate obstruction and the CT chest was reviewed with him.",
]
RELATIVES = ["brother", "sister", "mother", "father", "daughter", "son"]
TARGETS = ["alpha-1 antitrypsin deficiency", "AATD", "emphysema", "PI*ZZ"]

# (first line ending on the trigger, second line starting with the target): the assertion the target gets.
FAMILY = [
    (
        "{lead} Her {relative} was recently diagnosed with",
        "{target} and started weekly augmentation in Columbus.",
    ),
    ("{lead} His {relative} recently", "diagnosed with {target} - evaluate the patient for the same."),
]
# The genotype extractor drops a genotype that opens the line after "brother has" (a relative's result).
FAMILY_HAS = [("{lead} His {relative} has", "{target} and receives weekly infusions at our center.")]
NEGATED = [
    ("{lead} The CT report was reviewed again today with no evidence of", "{target} on the current images."),
    ("{lead} The outside records were reviewed and there is no history of", "{target} in the family."),
    ("{lead} The pulmonologist at the outside hospital found no signs of", "{target} at that time."),
    ("{lead} The records were reviewed and the testing was adequate to rule out", "{target} in 2024."),
]
UNCERTAIN = [
    ("{lead} At that visit I sent the AAT level and proteotype to rule out", "{target} given his history."),
    ("{lead} The referring physician asked us to evaluate for possible", "{target} at this visit."),
]
HYPOTHETICAL = [
    ("{lead} If the level comes back low we will check for", "{target} with SERPINA1 sequencing."),
]


def _cases(templates: list[tuple[str, str]], fillers: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """(first line, second line, target) for every template x filler combination."""
    names = list(fillers)
    cases = []
    for first, second in templates:
        for values in itertools.product(*(fillers[n] for n in names)):
            slots = dict(zip(names, values, strict=True))
            cases.append((first.format(**slots), second.format(**slots), slots["target"]))
    return cases


FAMILY_CASES = _cases(FAMILY, {"lead": LEADS[:2], "relative": RELATIVES, "target": TARGETS}) + _cases(
    FAMILY_HAS, {"lead": LEADS[:2], "relative": RELATIVES, "target": TARGETS[:3]}
)
NEGATED_CASES = _cases(NEGATED, {"lead": LEADS, "target": TARGETS})
UNCERTAIN_CASES = _cases(UNCERTAIN, {"lead": LEADS, "target": TARGETS[:3]})
HYPOTHETICAL_CASES = _cases(HYPOTHETICAL, {"lead": LEADS, "target": TARGETS})
PROSE_CASES = FAMILY_CASES + NEGATED_CASES + UNCERTAIN_CASES + HYPOTHETICAL_CASES

# Line pairs whose break must stay a sentence end, each with the guard it exercises.
STRUCTURED = [
    # flowsheet rows and label lines
    ("Wt 68 kg", "Drug: Prolastin-C Liquid 4 g vial"),
    ("Drug: Prolastin-C Liquid 4 g vial", "Lot #:"),
    ("Lot #:", "Exp:"),
    ("Exp:", "Start 14:30"),
    ("Waste: No waste", "Tolerated well."),
    ("Waste: none - all five vials were fully used and nothing was discarded, no waste", "Tolerated well."),
    ("Infusion given over 35 minutes through a 5 micron filter with no pump issues noted", "Tolerated well."),
    ("Product: Prolastin-C Liquid, 4,000 mg/80 mL vial x1 + 500 mg/10 mL vial x1", "Weight 76.4 kg"),
    (
        "Dosing weight 59.0 kg x 60 mg/kg = 3,540 mg, rounded by pharmacy to 3,500 mg",
        "Pt tolerated infusion.",
    ),
    ("Pre-infusion assessment completed, lungs clear, IV site without redness or swelling", "Lot #: 27A4417"),
    ("Waste documented per policy - JW", "0950 VS stable"),
    ("Patient arrived ambulatory with spouse, consent signed and identity verified by RN", "0950 VS stable"),
    # list items and numbered lists
    ("- Continue Trelegy Ellipta 1 inhalation daily and albuterol as needed for dyspnea", "- Albuterol PRN"),
    ("1. Alpha-1 antitrypsin deficiency, PI*ZZ, on weekly augmentation since 2019 with", "2. Emphysema"),
    ("Plan reviewed with the patient and her daughter, all questions were answered and", "  a) Recheck AAT"),
    (
        "Lung sounds diminished at both bases, no wheezes or crackles heard on auscultation",
        "[x] Vitals stable",
    ),
    # section headers and titles
    (
        "Plan reviewed with the patient and her daughter, all questions were answered and",
        "ASSESSMENT AND PLAN",
    ),
    ("INFUSION ADMINISTRATION RECORD - OUTPATIENT INFUSION CENTER - PULMONARY SUITE", "Patient tolerated."),
    (
        "Plan reviewed with the patient and her daughter, all questions were answered and",
        "Family History: AATD",
    ),
    (
        "Plan reviewed with the patient and her daughter, all questions were answered and",
        "-------------------",
    ),
    # table rows: runs of spaces, tabs, pipes, dotted leaders, CSV
    (
        "Alpha-1-Antitrypsin, Serum          26         L      mg/dL      90 - 200 reported",
        "alpha-1 phenotype ZZ",
    ),
    ("Alpha-1-Antitrypsin, Serum\t26\tL\tmg/dL\t90 - 200 by nephelometry on the analyzer", "phenotype ZZ"),
    ("03/17/2026 | 09:41 | Barcode scan | Prolastin-C Liquid 4,000 mg | given by the RN", "and verified"),
    ("Number of vials ........................ 5 single-use vials reconstituted with", "sterile water"),
    ('"03/17/2026","08:58","ORD-55012","alpha-1 proteinase inhibitor","calc 4356 mg"', '"03/17/2026"'),
    (
        "Reviewed the outside records and the infusion log with the patient and the nurse",
        "  Weight      68 kg",
    ),
    # MAR rows with times and dated rows
    (
        "Acetaminophen 650 mg PO given per standing order before the infusion, no reaction",
        "09:18 Prolastin-C",
    ),
    (
        "Acetaminophen 650 mg PO given per standing order before the infusion, no reaction",
        "03/10/2026 Glassia",
    ),
    # sentence ends, blank lines, short lines
    (
        "Her sister was recently diagnosed with alpha-1 antitrypsin deficiency in Columbus.",
        "Brother is well.",
    ),
    ("Her sister was recently diagnosed with alpha-1 antitrypsin deficiency in Columbus", ""),
    ("Her sister was diagnosed with", "alpha-1 antitrypsin deficiency"),
]


@pytest.mark.parametrize(("first", "second", "target"), PROSE_CASES)
def test_wrapped_prose_is_a_soft_wrap(first: str, second: str, target: str) -> None:
    assert SOFT_WRAP is not None
    assert soft_wrapped(first, second, SOFT_WRAP)


@pytest.mark.parametrize(("first", "second"), STRUCTURED)
def test_structured_lines_are_not_soft_wraps(first: str, second: str) -> None:
    assert SOFT_WRAP is not None
    assert not soft_wrapped(first, second, SOFT_WRAP)


def test_the_wraps_of_the_issue_are_soft() -> None:
    """The outside charts' wraps (blind b6 / b7) that split a trigger from its finding."""
    assert SOFT_WRAP is not None
    pairs = [
        (
            "history (quit 03/2022). Her sister (age 44) was recently diagnosed with",
            "alpha-1 antitrypsin deficiency, PiZZ, AAT 0.35 g/L, and started Aralast NP",
        ),
        ("alpha-1 antitrypsin deficiency, PiZZ, AAT 0.35 g/L, and started Aralast NP", "in Columbus."),
        (
            "in 2025 (one admission 03/2025). Brother Gary (age 62) was diagnosed with",
            "AATD, PI*ZZ, level 19 mg/dL, and receives weekly Prolastin-C at our",
        ),
        (
            "REASON: Review alpha-1 antitrypsin testing (ordered 01/2026 to r/o AATD",
            "given COPD and a brother with AATD).",
        ),
        (
            "emphysema at a young age; at that visit I sent AAT level and proteotype to rule out",
            "alpha-1 antitrypsin deficiency.",
        ),
        (
            "REASON FOR CONSULTATION: Chronic cough and exertional dyspnea; brother recently",
            "diagnosed with alpha-1 antitrypsin deficiency - evaluate for the same.",
        ),
        ("HPI: 72F with alpha-1 antitrypsin deficiency (PI ZZ phenotype, 2015; serum AAT 0.29", "g/L) and"),
    ]
    for first, second in pairs:
        assert soft_wrapped(first, second, SOFT_WRAP), first


def test_soft_wrap_offsets_are_the_soft_line_breaks() -> None:
    assert SOFT_WRAP is not None
    first, second, _ = FAMILY_CASES[0]
    text = f"Wt 68 kg\n{first}\n{second}\nWaste: No waste\nTolerated well."
    assert soft_wrap_offsets(text, SOFT_WRAP) == [len("Wt 68 kg\n") + len(first)]
    assert soft_wrap_offsets(text.replace("\n", "\r\n"), SOFT_WRAP) == [len("Wt 68 kg\r\n") + len(first) + 1]
    assert soft_wrap_offsets("no line break", SOFT_WRAP) == []


def _flags(nlp, text: str, target: str) -> tuple[bool, bool, bool, bool]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.rindex(target)
    spans = [s for s in doc.spans[SETTINGS.span_group] if s.start_char == start]
    assert spans, f"no finding at the target of the case ({target!r})"
    span = spans[0]
    return span._.is_family, span._.is_negated, span._.is_uncertain, span._.is_hypothetical


@pytest.mark.parametrize(
    ("cases", "flag"),
    [(FAMILY_CASES, 0), (NEGATED_CASES, 1), (UNCERTAIN_CASES, 2), (HYPOTHETICAL_CASES, 3)],
    ids=["family", "negated", "uncertain", "hypothetical"],
)
def test_an_assertion_reaches_across_a_soft_wrap(nlp, cases, flag: int) -> None:  # type: ignore[no-untyped-def]
    """The trigger on the line before sets the assertion of the finding after the wrap, as on one line."""
    for first, second, target in cases:
        wrapped = _flags(nlp, f"{first}\n{second}", target)
        assert wrapped[flag], (first, second)
        # Invariance: the wrap changes nothing against the same sentence on one line.
        assert wrapped == _flags(nlp, f"{first} {second}", target), (first, second)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Waste: No waste\nTolerated well.", "Tolerated well"),
        (
            "Waste: none - all five vials were fully used and nothing was discarded, no waste\n"
            "Tolerated well.",
            "Tolerated well",
        ),
        (
            "No adverse reaction during the infusion, vitals stable, no flushing or urticaria\n"
            "- Emphysema stable",
            "Emphysema",
        ),
        (
            "1. No evidence of infection today, afebrile, lungs without crackles or wheezes\n"
            "2. Emphysema (J43.1)",
            "Emphysema",
        ),
        (
            "Mother deceased at 66 of liver disease and emphysema, never tested for alpha-1\n"
            "Patient: PI*ZZ (2019)",
            "PI*ZZ",
        ),
        (
            "Brother        PI*ZZ        on Prolastin-C since 2021 at another infusion center\nPI*ZZ patient",
            "PI*ZZ",
        ),
        (
            "Negative for S and Z alleles in the mother's sample sent to the reference lab\nASSESSMENT: AATD",
            "AATD",
        ),
        (
            "09:05 acetaminophen 650 mg PO given, no reaction noted by nursing at this time\n"
            "09:18 Prolastin-C",
            "Prolastin-C",
        ),
        (
            "Rule out pneumonia on the chest film ordered today for the productive cough and\n"
            "\nEmphysema on CT",
            "Emphysema",
        ),
    ],
)
def test_an_assertion_does_not_cross_a_hard_line_break(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, text, target) == (False, False, False, False)


def test_sentences_join_only_at_soft_wraps(nlp) -> None:  # type: ignore[no-untyped-def]
    first = "Her sister (age 44), seen at another center last spring, was recently diagnosed with"
    second = "alpha-1 antitrypsin deficiency and started Aralast NP in Columbus."
    text = f"Wt 68 kg\n{first}\n{second}\nWaste: No waste\nTolerated well."
    assert [s.text.strip() for s in nlp(text).sents] == [
        "Wt 68 kg",
        f"{first}\n{second}",
        "Waste: No waste",
        "Tolerated well.",
    ]


def test_without_a_soft_wrap_rule_every_line_break_ends_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    first = "Her sister (age 44), seen at another center last spring, was recently diagnosed with"
    second = "alpha-1 antitrypsin deficiency and started Aralast NP in Columbus."
    splitter = nlp.get_pipe("nlp_checker_sentences")
    plain = LineSentenceSplitter(splitter.end_punctuation, splitter.continuation_words)
    plain.from_bytes(b'{"soft_wrap": null}')
    doc = plain(nlp.make_doc(f"{first}\n{second}"))
    assert [s.text.strip() for s in doc.sents] == [first, second]
    assert len(list(splitter(nlp.make_doc(f"{first}\n{second}")).sents)) == 1
    copy = LineSentenceSplitter(splitter.end_punctuation, splitter.continuation_words)
    copy.from_bytes(splitter.to_bytes())
    assert copy.soft_wrap == splitter.soft_wrap == SOFT_WRAP


def test_soft_wrap_settings_are_validated(tmp_path: Path) -> None:
    data = yaml.safe_load((patterns_dir() / "pipeline.yaml").read_text(encoding="utf-8"))
    data["sentences"]["soft_wrap"]["open_end"] = "(unclosed"
    (tmp_path / "pipeline.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RulesetError, match="open_end"):
        load_pipeline_settings(tmp_path / "pipeline.yaml")
    data["sentences"]["soft_wrap"] = {"min_line_length": 60}
    (tmp_path / "pipeline.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RulesetError, match="soft_wrap"):
        load_pipeline_settings(tmp_path / "pipeline.yaml")
