"""The rule bundle (issue 8): every file validated once and hashed, typed knobs, timed regexes, and one
bundle reaching every reader, so that a site's rules apply to notes, FHIR, HL7 v2 and reports alike."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from nlp_checker import Checker
from nlp_checker.errors import RulesetError, RuleTimeoutError
from nlp_checker.ingest.fhir import read_fhir
from nlp_checker.ingest.hl7v2 import read_hl7v2
from nlp_checker.ingest.structured import StructuredVocabulary
from nlp_checker.rules import load_bundle
from nlp_checker.rules.regex import compile_rule
from tests.conftest import CORPUS, ROOT

PATTERNS = ROOT / "patterns"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A site's own copy of the shipped rules."""
    return Path(shutil.copytree(PATTERNS, tmp_path / "site-rules"))


def _edit_yaml(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_hash_covers_every_rule_file():
    bundle = load_bundle(PATTERNS)
    on_disk = sorted(
        p.relative_to(PATTERNS).as_posix()
        for p in PATTERNS.rglob("*")
        if p.is_file() and p.suffix in (".yaml", ".yml", ".json")
    )
    assert bundle.files == on_disk
    assert len(on_disk) >= 17
    assert bundle.content_hash.startswith("sha256:")


def test_changing_an_extractor_knob_changes_the_report_hash(site):
    """The defect: editing an extractor file (dose.yaml's min_mg) flipped a status and left the report's
    hash unchanged. The dose now comes from the document layer, so the knob here is weight.yaml's."""
    chart = json.loads((CORPUS / "charts" / "aatd-001.json").read_text(encoding="utf-8"))
    before = Checker(patterns=site).check(chart)
    _edit_yaml(site / "extractors" / "weight.yaml", lambda d: d["lexicon"].update(min_kg=250))
    after = Checker(patterns=site).check(chart)
    assert before.requirement("patient_weight").status == "met"
    assert after.requirement("patient_weight").status == "missing"
    assert before.ruleset.hash != after.ruleset.hash


@pytest.mark.parametrize(
    "name",
    [
        "pipeline.yaml",
        "context_rules.json",
        "section_rules.json",
        "worklist.yaml",
        "extractors/dose.yaml",
        "document/roles.yaml",
    ],
)
def test_every_file_shapes_the_hash(site, name):
    before = load_bundle(site).content_hash
    path = site / name
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_bundle(site).content_hash != before


def test_misspelled_lexicon_key_is_an_error(site):
    """The defect: an unknown lexicon key was silently ignored (and code defaults differed from the YAML)."""
    _edit_yaml(site / "extractors" / "dose.yaml", lambda d: d["lexicon"].update(max_mgs=5))
    with pytest.raises(RulesetError) as info:
        load_bundle(site)
    assert "dose.yaml" in str(info.value) and "max_mgs" in str(info.value)


def test_missing_lexicon_knob_is_an_error_not_a_code_default(site):
    _edit_yaml(site / "extractors" / "dose.yaml", lambda d: d["lexicon"].pop("max_mg"))
    with pytest.raises(RulesetError) as info:
        load_bundle(site)
    assert "dose.yaml" in str(info.value) and "max_mg" in str(info.value)


def test_bad_lexicon_regex_names_file_and_key(site):
    """The defect: lexicon regexes compiled outside the error wrapper and raised a bare re.error."""
    _edit_yaml(site / "extractors" / "weight.yaml", lambda d: d["lexicon"].update(date_pattern="(\\d+"))
    with pytest.raises(RulesetError) as info:
        load_bundle(site)
    text = str(info.value)
    assert "weight.yaml" in text and "date_pattern" in text and "regular expression" in text


def test_bad_payer_regex_names_file(site):
    _edit_yaml(site / "requirements" / "payers.yaml", lambda d: d["rules"][0].update(pattern="[medicare"))
    with pytest.raises(RulesetError) as info:
        load_bundle(site)
    assert "payers.yaml" in str(info.value)


def test_catastrophic_rule_regex_times_out_with_its_name():
    pattern = compile_rule(r"(?:a|aa)+$", "extractors/dose.yaml", "patterns.evil", timeout=0.05)
    with pytest.raises(RuleTimeoutError) as info:
        list(pattern.finditer("a" * 40 + "!"))
    assert "extractors/dose.yaml" in str(info.value) and "patterns.evil" in str(info.value)


def test_catastrophic_pattern_in_a_site_rule_file_stops_the_check(site):
    """A site-edited pattern that backtracks catastrophically is an error naming the rule, not a hang."""
    _edit_yaml(site / "pipeline.yaml", lambda d: d.update(regex_timeout_seconds=0.05))
    _edit_yaml(
        site / "extractors" / "lot_number.yaml",
        lambda d: d["patterns"].insert(
            0, {"id": "evil", "regex": r"lot (?P<value>(?:a|aa)+)$", "flags": ["IGNORECASE"]}
        ),
    )
    chart = {"chart_id": "c", "documents": [{"id": "d", "text": "Lot " + "a" * 40 + "!"}]}
    with pytest.raises(RuleTimeoutError) as info:
        Checker(patterns=site).check(chart)
    assert "lot_number.yaml" in str(info.value) and "patterns.evil" in str(info.value)


def test_unknown_file_type_in_rules_folder_is_an_error(site):
    (site / "extractors" / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(RulesetError) as info:
        load_bundle(site)
    assert "notes.txt" in str(info.value)


def test_site_payer_map_reaches_the_hl7_reader(site):
    """The defect: the HL7 v2 and FHIR readers read the shipped payers.yaml whatever bundle was in use."""
    message = next((CORPUS / "hl7v2").glob("*.hl7")).read_text(encoding="utf-8")
    if "IN1|" not in message:
        pytest.skip("sample message has no IN1")
    shipped = read_hl7v2(message, "m", load_bundle(PATTERNS)).chart.profile_name
    other = next(p for p in ("medicare", "medicaid", "commercial") if p != shipped)
    _edit_yaml(
        site / "requirements" / "payers.yaml", lambda d: d.update(rules=[{"pattern": ".", "profile": other}])
    )
    assert read_hl7v2(message, "m", load_bundle(site)).chart.profile_name == other


def test_site_product_names_reach_the_structured_vocabulary(site):
    """Both structured readers name products through one vocabulary built from the bundle they get."""
    assert StructuredVocabulary(load_bundle(PATTERNS)).product_name("Zemaira 5 g vial") == "Zemaira"
    rules = json.loads((site / "target_rules.json").read_text(encoding="utf-8"))
    for rule in rules["target_rules"]:
        if rule["category"] == "drug_product":
            rule.setdefault("metadata", {})["value"] = "SITE-" + str(rule["metadata"].get("value"))
    (site / "target_rules.json").write_text(json.dumps(rules), encoding="utf-8")
    assert StructuredVocabulary(load_bundle(site)).product_name("Zemaira 5 g vial") == "SITE-Zemaira"


def test_site_structured_codes_reach_both_readers(site):
    """LOINC-to-kind is data: dropping the weight codes stops weight facts in FHIR and HL7 v2."""
    _edit_yaml(
        site / "structured_codes.yaml",
        lambda d: d.update(codes=[c for c in d["codes"] if c["kind"] != "weight"]),
    )
    for path in sorted((CORPUS / "fhir").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if any(f.kind == "weight" for f in read_fhir(data, "b", load_bundle(PATTERNS)).facts):
            assert not any(f.kind == "weight" for f in read_fhir(data, "b", load_bundle(site)).facts)
            break
    else:
        pytest.skip("no sample bundle with a coded weight")


def test_patterns_dir_is_called_in_one_place():
    calls = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "nlp_checker").rglob("*.py")
        if re.search(r"\bpatterns_dir\(\)", path.read_text(encoding="utf-8")) and path.name != "resources.py"
    ]
    assert calls == ["nlp_checker/rules/bundle.py"]


def test_pattern_without_the_groups_its_extractor_reads_fails_at_load(site):
    """A pattern the extractor cannot read (no `unit` group for a weight) is an error at start-up naming the
    rule, never an IndexError on some chart later (found on a blind batch)."""
    _edit_yaml(
        site / "extractors" / "weight.yaml",
        lambda d: d["patterns"].append({"id": "bare_kg", "regex": r"(?P<value>\d{2,3}) kilos"}),
    )
    with pytest.raises(RulesetError) as info:
        load_bundle(site)
    assert "weight.yaml" in str(info.value) and "patterns.bare_kg" in str(info.value)
    assert "unit" in str(info.value)
