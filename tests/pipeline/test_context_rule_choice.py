"""Which ConText rule applies when several match one span: the one that reaches furthest, whatever the rules'
order in the file. Before, pruning kept one of equal spans in match-id order, so a rule added anywhere in
context_rules.json changed the family scope of "brother" in unrelated sentences."""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path

import pytest

from nlp_checker import Checker
from nlp_checker.resources import patterns_dir
from tests.conftest import make_chart


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


ROOT = Path(__file__).resolve().parents[2]
FAMILY_SENTENCE = (
    "HPI: 49-year-old man, current smoker, with a 2-year history of cough. His younger brother (age 45)\n"
    "was diagnosed this spring with PI*ZZ alpha-1 antitrypsin deficiency and emphysema and is now\n"
    "receiving weekly Prolastin-C infusions.\n"
)


def _assertions(checker: Checker, chart: dict) -> list[tuple]:
    return sorted(
        (f.document_id, f.start, f.kind, tuple(sorted(k for k, v in f.assertion.model_dump().items() if v)))
        for f in checker.extract(chart)
    )


def test_a_family_member_reaches_a_disease_sixteen_tokens_on() -> None:
    found = _checker().extract(make_chart(FAMILY_SENTENCE))
    emphysema = [f for f in found if f.kind == "lung_disease" and f.value == "emphysema"]
    assert emphysema and all(f.assertion.family for f in emphysema)


@pytest.mark.parametrize("count", [1, 3, 40])
def test_unrelated_rules_do_not_change_other_assertions(tmp_path: Path, count: int) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), patterns)
    rules_file = patterns / "context_rules.json"
    data = json.loads(rules_file.read_text())
    rules = data["context_rules"] if isinstance(data, dict) else data
    for number in range(count):
        rules.insert(
            0,
            {
                "category": "POSSIBLE_EXISTENCE",
                "literal": f"zyxwv quux {number}",
                "pattern": None,
                "direction": "FORWARD",
                "max_scope": 5,
            },
        )
    rules_file.write_text(json.dumps(data))
    charts = [
        make_chart(FAMILY_SENTENCE),
        *(
            json.loads(p.read_text())
            for p in sorted((ROOT / "corpus_samples" / "charts").glob("*.json"))[:12]
        ),
    ]
    shipped, edited = _checker(), Checker(patterns=patterns)
    for chart in charts:
        assert _assertions(edited, chart) == _assertions(shipped, chart), chart["chart_id"]


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Family: father - reported alpha-1 deficiency and emphysema (outside records unavailable);", True),
        ("Family: sister PI*SZ (not on therapy); father died of emphysema at 64.", True),
    ],
)
def test_a_family_line_is_family_history_to_its_end(line: str, family: bool) -> None:
    text = f"{line}\nPFT 08/2025: FEV1 0.98 L, 41% predicted. CT: emphysema, lower lobes.\n"
    found = _checker().extract(make_chart(text))
    on_line = [f for f in found if f.start < len(line) and f.kind in ("lung_disease", "genotype")]
    below = [f for f in found if f.start > len(line) and f.kind in ("lung_disease", "fev1")]
    assert on_line and all(f.assertion.family == family for f in on_line)
    assert below and not any(f.assertion.family for f in below)


@pytest.mark.parametrize(
    "text",
    [
        "Not sure augmentation is working yet.",
        "Unclear whether the emphysema is AATD related.",
        "Not certain she has COPD.",
    ],
)
def test_doubt_makes_what_follows_uncertain(text: str) -> None:
    found = _checker().extract(make_chart("AATD on augmentation.\n" + text + "\n"))
    after = [f for f in found if f.start > len("AATD on augmentation.") and f.kind != "aatd_diagnosis"]
    assert after and all(f.assertion.uncertain for f in after)
