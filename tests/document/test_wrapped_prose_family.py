"""Soft-wrapped prose (found on blind batches b8 and b13): a sentence broken after a short run of words
("I started the" / "Prolastin-C Liquid infusion at 10:12 ...") is one clause, not a heading and a new line."""

from __future__ import annotations

import itertools

import pytest

from nlp_checker.document.layout import analyze_layout
from tests.document.helpers import DOS, values

OPENINGS = ["I started the", "Then we began the", "RN hung the", "We initiated the"]
PRODUCTS = ["Prolastin-C Liquid infusion", "Zemaira", "GLASSIA 4,000 mg infusion", "A1PI (Aralast NP)"]
TIMES = [("10:12", "10:29"), ("0915", "0948"), ("1:05 PM", "1:40 PM")]


@pytest.mark.parametrize(("opening", "product", "times"), list(itertools.product(OPENINGS, PRODUCTS, TIMES)))
def test_a_start_cue_on_the_line_above_starts_the_infusion(
    opening: str, product: str, times: tuple[str, str]
) -> None:
    start, end = times
    text = (
        "Nursing note. Vitals stable on arrival.\n"
        f"{opening}\n{product} at {start} through an in-line filter at 0.08 mL/kg/min\n"
        f"and it finished at {end}. I flushed the line afterward.\n"
    )
    assert len(values(text, "infusion_start")) == 1
    assert len(values(text, "infusion_end")) == 1


@pytest.mark.parametrize(
    "line", ["I started the", "Patient was", "Infusion given by RN to", "Seen in clinic for"]
)
def test_a_line_ending_on_a_function_word_is_not_a_section_heading(line: str) -> None:
    layout = analyze_layout(f"{line}\nweekly infusion today.\n", DOS)
    assert layout.lines[0].kind != "section_header"


@pytest.mark.parametrize(
    "line", ["Assessment and Plan", "Hepatitis A", "Infusion Record:", "Past Medical History"]
)
def test_headings_stay_headings(line: str) -> None:
    layout = analyze_layout(f"{line}\nWeekly infusion today.\n", DOS)
    assert layout.lines[0].kind == "section_header"
