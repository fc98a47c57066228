"""The spaCy pipeline: components, sentence splitting, ConText on any Doc, rule compilation, quiet stderr."""

from __future__ import annotations

import json

import pytest
from medspacy.context import ConTextRule
from spacy.matcher import Matcher, PhraseMatcher

from nlp_checker import Checker
from nlp_checker.pipeline.context_rules import expand_token_pattern, load_context_rules
from nlp_checker.resources import patterns_dir

from ..conftest import CORPUS


def test_pipeline_is_built_explicitly_without_pyrush(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.pipe_names == [
        "nlp_checker_sentences",
        "nlp_checker_targets",
        "nlp_checker_values",
        "nlp_checker_sections",
        "nlp_checker_context",
    ]
    assert not any("pyrush" in name for name in nlp.pipe_names)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Weight 81.6 kg.\nPI*ZZ phenotype", ["Weight 81.6 kg.\n", "PI*ZZ phenotype"]),
        ("1. Emphysema - stable\n2. AATD", ["1. Emphysema - stable\n", "2. AATD"]),
        ("she is a former smoker. no exacerbations", ["she is a former smoker. ", "no exacerbations"]),
        ("Start: 0915\n  - Stop: 0947", ["Start: 0915\n  ", "- Stop: 0947"]),
        ("FEV1 45.5% predicted; stable", ["FEV1 45.5% predicted; ", "stable"]),
    ],
)
def test_sentences_end_at_lines_and_punctuation(nlp, text: str, sentences: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [s.text_with_ws for s in nlp(text).sents] == sentences


def test_context_assertions_work_on_any_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("No evidence of emphysema. Brother has AATD. Former smoker. Will check PI*ZZ status.")
    flags = {
        span.text: (span._.is_negated, span._.is_family, span._.is_hypothetical)
        for span in doc.spans["nlp_checker"]
    }
    assert flags["emphysema"] == (True, False, False)
    assert flags["AATD"] == (False, True, False)
    assert flags["PI*ZZ"][2] is True


def test_empty_and_whitespace_documents(nlp) -> None:  # type: ignore[no-untyped-def]
    assert list(nlp("").spans.get("nlp_checker", [])) == []
    assert list(nlp("   \n\n ").spans.get("nlp_checker", [])) == []


def test_expanded_context_rules_match_exactly_like_token_patterns(nlp) -> None:  # type: ignore[no-untyped-def]
    """The phrase compilation of LOWER/IN/? token patterns finds the same spans as spaCy's Matcher."""
    rules = ConTextRule.from_json(str(patterns_dir() / "context_rules.json"))
    text = " ".join(
        json.loads(p.read_text())["documents"][0]["text"] for p in sorted((CORPUS / "charts").glob("*.json"))
    )
    text += " adequate to rule her out for pneumonia. no evidence of emphysema. negative for copd."
    doc = nlp.make_doc(text.lower())
    compared = 0
    for rule in rules:
        if not isinstance(rule.pattern, list) or (phrases := expand_token_pattern(rule.pattern)) is None:
            continue
        matcher = Matcher(nlp.vocab)
        matcher.add("r", [rule.pattern])
        phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrase_matcher.add("r", [nlp.make_doc(p) for p in phrases])
        assert {(s, e) for _, s, e in matcher(doc)} == {(s, e) for _, s, e in phrase_matcher(doc)}, (
            rule.literal
        )
        compared += 1
    assert compared >= 50


def test_context_rule_loader_keeps_categories_and_scopes() -> None:
    loaded = load_context_rules(patterns_dir() / "context_rules.json")
    assert all(rule.max_scope or rule.direction in ("TERMINATE", "PSEUDO") for rule in loaded)
    assert {rule.category for rule in loaded} >= {"NEGATED_EXISTENCE", "FAMILY", "HYPOTHETICAL", "HISTORICAL"}


def test_checking_writes_nothing_to_stderr(capfd) -> None:  # type: ignore[no-untyped-def]
    """PyRuSH-style logging or warnings on the hot path would leak note text to stderr."""
    checker = Checker()
    chart = json.loads((CORPUS / "charts" / "aatd-001.json").read_text())
    capfd.readouterr()
    report = checker.check(chart)
    list(checker.check_many([chart, chart]))
    captured = capfd.readouterr()
    assert report.chart_id == "aatd-001"
    assert captured.err == ""
    assert captured.out == ""


def test_library_logs_counts_not_text(caplog, checker) -> None:  # type: ignore[no-untyped-def]
    chart = json.loads((CORPUS / "charts" / "aatd-001.json").read_text())
    with caplog.at_level("DEBUG", logger="nlp_checker"):
        checker.check(chart)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "documents=" in logged
    for document in chart["documents"]:
        for line in document["text"].splitlines():
            if len(line.strip()) > 12:
                assert line.strip() not in logged
