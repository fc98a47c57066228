"""The pipeline leaves the process: disk and bytes round trips, multiprocessing, plain-data extensions."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.util import registry

from nlp_checker.findings import findings_from_doc
from nlp_checker.pipeline import PIPE_NAMES, build_nlp, load_settings
from nlp_checker.resources import patterns_dir

from ..conftest import CORPUS

NEGATED = "No evidence of emphysema."
# A soft wrap (patterns/pipeline.yaml sentences.soft_wrap): one sentence over two lines.
WRAPPED = (
    "COPD diagnosed 2023, former smoker. Her sister was recently diagnosed with\n"
    "alpha-1 antitrypsin deficiency and started weekly augmentation in Columbus.\nWaste: No waste"
)


def _documents() -> list[tuple[str, str]]:
    documents = []
    for path in sorted((CORPUS / "charts").glob("*.json")):
        for document in json.loads(path.read_text())["documents"]:
            documents.append((f"{path.stem}/{document['id']}", document["text"]))
    return documents


DOCUMENTS = _documents()
SETTINGS = load_settings()


def _findings(nlp: spacy.Language, n_process: int = 1) -> dict[str, list]:
    docs = nlp.pipe((text for _, text in DOCUMENTS), n_process=n_process, batch_size=8)
    return {
        doc_id: findings_from_doc(doc, doc_id, SETTINGS)
        for (doc_id, _), doc in zip(DOCUMENTS, docs, strict=True)
    }


def _negated(nlp: spacy.Language) -> bool:
    doc = nlp(NEGATED)
    (span,) = [s for s in doc.spans[SETTINGS.span_group] if s.text == "emphysema"]
    return span._.is_negated


@pytest.fixture(scope="module")
def reloaded(nlp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A pipeline built from a copy of patterns/, saved, and loaded after the copy was moved away."""
    root = tmp_path_factory.mktemp("roundtrip")
    copy = root / "patterns"
    shutil.copytree(patterns_dir(), copy)
    built = build_nlp(copy)
    built.to_disk(root / "model")
    copy.rename(root / "patterns-moved")
    loaded = spacy.load(root / "model")
    assert not copy.exists()
    return built, loaded


def test_corpus_has_documents() -> None:
    assert len(DOCUMENTS) >= 10


def test_to_disk_then_spacy_load_gives_identical_findings(nlp, reloaded) -> None:  # type: ignore[no-untyped-def]
    _, loaded = reloaded
    assert loaded.pipe_names == list(PIPE_NAMES)
    before, after = _findings(nlp), _findings(loaded)
    assert sum(map(len, before.values())) > 100
    for doc_id, findings in before.items():
        assert after[doc_id] == findings, doc_id


def test_rule_counts_survive_reload(nlp, reloaded) -> None:  # type: ignore[no-untyped-def]
    _, loaded = reloaded
    for name in ("nlp_checker_targets", "nlp_checker_sections", "nlp_checker_context"):
        assert len(loaded.get_pipe(name).rules) == len(nlp.get_pipe(name).rules) > 0, name
    assert len(loaded.get_pipe("nlp_checker_context").rules) > 800
    kinds = [e.kind for e in nlp.get_pipe("nlp_checker_values").extractors]
    assert [e.kind for e in loaded.get_pipe("nlp_checker_values").extractors] == kinds


def test_negation_survives_reload(nlp, reloaded) -> None:  # type: ignore[no-untyped-def]
    _, loaded = reloaded
    assert _negated(nlp)
    assert _negated(loaded)


def test_soft_wraps_survive_reload(nlp, reloaded) -> None:  # type: ignore[no-untyped-def]
    """The soft-wrap rule is written with the pipeline, not kept in spaCy's config (which mangles "$")."""
    _, loaded = reloaded
    copy = English.from_config(nlp.config).from_bytes(nlp.to_bytes())
    expected = [s.text for s in nlp(WRAPPED).sents]
    assert len(expected) == 3
    assert [s.text for s in loaded(WRAPPED).sents] == expected
    assert [s.text for s in copy(WRAPPED).sents] == expected


def test_saved_pipeline_holds_the_rules_it_was_built_from(reloaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    built, _ = reloaded
    built.to_disk(tmp_path)
    for name, file, key in [
        ("nlp_checker_targets", "target_rules.json", "target_rules"),
        ("nlp_checker_sections", "section_rules.json", "section_rules"),
        ("nlp_checker_context", "context_rules.json", "context_rules"),
    ]:
        saved = json.loads((tmp_path / name / file).read_text())[key]
        assert saved == json.loads((patterns_dir() / file).read_text())[key], name
    saved = json.loads((tmp_path / "nlp_checker_sentences" / "sentences.json").read_text())["soft_wrap"]
    assert SETTINGS.sentences.soft_wrap is not None
    assert saved == SETTINGS.sentences.soft_wrap.model_dump(mode="json")
    saved = sorted(p.name for p in (tmp_path / "nlp_checker_values" / "extractors").glob("*.yaml"))
    assert saved == sorted(p.name for p in (patterns_dir() / "extractors").glob("*.yaml"))


def test_nlp_to_bytes_round_trip(nlp) -> None:  # type: ignore[no-untyped-def]
    copy = English.from_config(nlp.config).from_bytes(nlp.to_bytes())
    assert len(copy.get_pipe("nlp_checker_context").rules) == len(nlp.get_pipe("nlp_checker_context").rules)
    assert _negated(copy)


def test_n_process_2_equals_n_process_1(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _findings(nlp, n_process=2) == _findings(nlp, n_process=1)


def test_doc_to_bytes_and_from_bytes_keep_findings(nlp) -> None:  # type: ignore[no-untyped-def]
    for doc_id, text in DOCUMENTS:
        doc = nlp(text)
        restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        expected = findings_from_doc(doc, doc_id, SETTINGS)
        assert findings_from_doc(restored, doc_id, SETTINGS) == expected, doc_id


def test_extensions_hold_plain_data(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Family history: brother with AATD.\nNo evidence of emphysema. Weight 81.6 kg.")
    spans = {s.text: s for s in doc.spans[SETTINGS.span_group]}
    emphysema = spans["emphysema"]
    assert emphysema._.nlp_checker_rule.startswith("target.") and emphysema._.nlp_checker_rule.endswith(
        ":emphysema"
    )
    (modifier,) = emphysema._.nlp_checker_modifiers
    assert modifier["category"] == "NEGATED_EXISTENCE"
    assert modifier["rule"].startswith("context.NEGATED_EXISTENCE:")
    assert doc[modifier["start"] : modifier["end"]].text.lower() == "no evidence of"
    if Span.has_extension("target_rule"):
        assert all(span._.get("target_rule") is None for span in doc.spans[SETTINGS.span_group])
    assert not any(key[1] in ("modifiers", "sections", "section") for key in doc.user_data if len(key) > 1)

    def not_plain(value: object) -> None:
        raise AssertionError(f"{type(value).__name__} is not plain data")

    for value in doc.user_data.values():
        json.dumps(value, default=not_plain)


def test_fresh_process_loads_the_saved_pipeline_through_entry_points(reloaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """spacy.load finds the nlp_checker_* factories by their spacy_factories entry points."""
    built, _ = reloaded
    built.to_disk(tmp_path / "model")
    code = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); doc = nlp(sys.argv[2]);"
        "print([(s.text, s._.is_negated) for s in doc.spans['nlp_checker']])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "model"), NEGATED],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[('emphysema', True)]"


def test_factories_and_entry_points_agree() -> None:
    declared = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    entry_points = declared["project"]["entry-points"]["spacy_factories"]
    assert set(entry_points) == set(PIPE_NAMES)
    for name, target in entry_points.items():
        module, function = target.split(":")
        assert getattr(importlib.import_module(module), function) is registry.factories.get(name), name
