"""Rule-file validation: every file under patterns/ loads, uses a closed vocabulary, has no duplicates, and a
broken copy fails at load time with a RulesetError that names the file and the key."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from medspacy.context import ConTextRule
from medspacy.section_detection import SectionRule
from medspacy.target_matcher import TargetRule

from nlp_checker import Checker
from nlp_checker.errors import RulesetError
from nlp_checker.extractors import EXTRACTORS
from nlp_checker.extractors.base import compile_pattern, load_spec
from nlp_checker.requirements import load_ruleset
from nlp_checker.requirements.evaluators import EVALUATORS
from nlp_checker.requirements.models import CONTRACT_REQUIREMENTS
from nlp_checker.rules import load_bundle
from nlp_checker.settings import load_pipeline_settings
from tests.conftest import ROOT

PATTERNS = ROOT / "patterns"
EXTRACTOR_FILES = sorted((PATTERNS / "extractors").glob("*.yaml"))
CONTEXT_CATEGORIES = {
    "NEGATED_EXISTENCE",
    "POSSIBLE_EXISTENCE",
    "HISTORICAL",
    "HYPOTHETICAL",
    "FAMILY",
    "TERMINATE",
    "PSEUDO",
}
LOWER_SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
PROFILES = ("medicare", "medicaid", "commercial")


def _json(name: str) -> list[dict]:
    data = json.loads((PATTERNS / name).read_text(encoding="utf-8"))
    key = name.removesuffix(".json")
    assert isinstance(data, dict) and isinstance(data[key], list) and data[key], name
    return data[key]


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_ruleset(PATTERNS)


@pytest.fixture(scope="module")
def named_kinds(ruleset) -> set[str]:  # type: ignore[no-untyped-def]
    """Every finding kind a requirement of the ruleset names."""
    return {kind for spec in ruleset.meta.requirements for kind in spec.finding_kinds}


@pytest.fixture(scope="module")
def extractor_kinds() -> set[str]:
    """Finding kinds the value extractors produce (a pattern's ``group`` overrides the file's kind)."""
    kinds = set()
    for path in EXTRACTOR_FILES:
        spec = load_spec(path)
        for rule in spec.patterns:
            kinds.add(rule.group or spec.kind)
    return kinds


# ----------------------------------------------------------------------------------------------------
# Every file loads
# ----------------------------------------------------------------------------------------------------
def test_target_rules_load_with_medspacy():
    rules = TargetRule.from_json(str(PATTERNS / "target_rules.json"))
    assert len(rules) == len(_json("target_rules.json"))
    for rule in rules:
        assert rule.literal and rule.category
        if isinstance(rule.pattern, str):
            re.compile(rule.pattern)


def test_context_rules_load_with_medspacy():
    rules = ConTextRule.from_json(str(PATTERNS / "context_rules.json"))
    assert len(rules) == len(_json("context_rules.json"))
    assert {r.direction for r in rules} <= {"FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"}


def test_section_rules_load_with_medspacy():
    rules = SectionRule.from_json(str(PATTERNS / "section_rules.json"))
    assert len(rules) == len(_json("section_rules.json"))


def test_ruleset_profiles_and_codes_load(ruleset):
    assert set(PROFILES) <= set(ruleset.profiles)
    assert ruleset.meta.ruleset.hcpcs == "J2252"
    ids = [r.id for r in ruleset.meta.requirements]
    assert set(CONTRACT_REQUIREMENTS) <= set(ids)
    assert set(ids) <= set(EVALUATORS), "every declared requirement has an evaluator"
    for name, profile in ruleset.profiles.items():
        assert set(CONTRACT_REQUIREMENTS) <= set(profile.requirements), name
        assert len(profile.requirements) == len(set(profile.requirements)), name


def test_code_table(ruleset):
    codes = {c.code: c for c in ruleset.codes.codes}
    assert len(codes) == len(ruleset.codes.codes), "duplicate codes"
    assert codes["J2252"].billing_unit_mg == 1
    assert codes["J0256"].billing_unit_mg == 10
    assert codes["J0257"].billing_unit_mg == 10
    assert codes["J0257"].products == ["Glassia"]
    assert "Glassia" not in codes["J0256"].products
    assert set(codes["J0256"].products) | {"Glassia"} <= set(codes["J2252"].products)
    assert "midazolam" in (codes["J2252"].note or "").lower()
    assert codes["J0222"].drug != "a1pi"
    for code in codes.values():
        assert code.source.strip(), code.code


def test_profiles_differ_as_documented(ruleset):
    medicare, medicaid, commercial = (ruleset.profile(p) for p in PROFILES)
    assert medicare.prior_authorization_required is False
    assert medicaid.prior_authorization_required is True
    assert commercial.prior_authorization_required is True
    assert "smoking_status" in medicaid.requirements and "fev1_range" not in medicaid.requirements
    assert {"smoking_status", "fev1_range"} <= set(commercial.requirements)
    assert not {"smoking_status", "fev1_range"} & set(medicare.requirements)
    assert medicare.wastage.jw_jz_required and medicare.wastage.reimbursed
    assert not commercial.wastage.reimbursed
    assert commercial.fev1_percent_range == (25, 80)
    assert medicare.serum_aat.threshold("mg/dL", None) == 57
    assert medicare.serum_aat.threshold("mg/dL", "radial_immunodiffusion") == 80
    assert medicare.serum_aat.threshold("g/L", "radial_immunodiffusion") == 0.8
    assert medicare.serum_aat.threshold("uM", None) == 11
    assert medicare.dose.mg_per_kg == 60 and medicare.dose.tolerance_fraction == pytest.approx(0.10)


def test_pipeline_settings_load():
    settings = load_pipeline_settings(PATTERNS / "pipeline.yaml")
    assert settings.span_group
    section_categories = {r["category"] for r in _json("section_rules.json")}
    assert set(settings.section_assertions) <= section_categories


@pytest.mark.parametrize("path", EXTRACTOR_FILES, ids=lambda p: p.name)
def test_extractor_file_loads_and_compiles(path):
    spec = load_spec(path)
    assert spec.kind == path.stem
    assert spec.kind in EXTRACTORS
    ids = [rule.id for rule in spec.patterns]
    assert len(ids) == len(set(ids)), f"duplicate pattern ids in {path.name}"
    for rule in spec.patterns:
        pattern = compile_pattern(rule, spec.templates, str(path))
        assert "{" + "ALLELE" not in pattern.text  # every template placeholder is filled


def test_every_registered_extractor_has_a_file():
    assert {p.stem for p in EXTRACTOR_FILES} == set(EXTRACTORS)
    assert len(load_bundle(PATTERNS).extractors) == len(EXTRACTORS)


# ----------------------------------------------------------------------------------------------------
# Closed vocabularies and duplicates
# ----------------------------------------------------------------------------------------------------
def test_target_categories_are_finding_kinds_the_ruleset_names(named_kinds):
    categories = {r["category"] for r in _json("target_rules.json")}
    assert categories <= named_kinds, categories - named_kinds


def test_context_categories_closed_vocabulary():
    categories = {r["category"] for r in _json("context_rules.json")}
    assert categories <= CONTEXT_CATEGORIES, categories - CONTEXT_CATEGORIES


def test_section_categories_are_lower_snake():
    bad = sorted({r["category"] for r in _json("section_rules.json") if not LOWER_SNAKE.match(r["category"])})
    assert bad == []


@pytest.mark.parametrize(
    "name",
    [
        "target_rules.json",
        "context_rules.json",
        "section_rules.json",
    ],
)
def test_no_duplicate_literals_within_a_category(name):
    counts = Counter((r["category"], r["literal"].casefold()) for r in _json(name))
    duplicates = sorted(key for key, n in counts.items() if n > 1)
    assert duplicates == []


def test_every_named_finding_kind_is_produced(named_kinds, extractor_kinds):
    targets = {r["category"] for r in _json("target_rules.json")}
    produced = targets | extractor_kinds
    assert named_kinds <= produced, named_kinds - produced


def test_target_rule_values_are_normalized():
    """Target metadata values use the contract's vocabularies."""
    allowed = {
        "lung_disease": {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"},
        "smoking_status": {"never", "former", "current"},
        "drug_product": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"},
    }
    for rule in _json("target_rules.json"):
        if rule["category"] in allowed:
            value = (rule.get("metadata") or {}).get("value")
            assert value in allowed[rule["category"]], rule


# ----------------------------------------------------------------------------------------------------
# Broken copies of patterns/ fail with a RulesetError naming the file and the key
# ----------------------------------------------------------------------------------------------------
@pytest.fixture()
def broken(tmp_path: Path) -> Path:
    target = tmp_path / "patterns"
    shutil.copytree(PATTERNS, target)
    return target


def _edit_yaml(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    # a JSON round trip un-shares the mappings that YAML anchors (<<: *defaults) share between profiles
    data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8"))))
    edit(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_intact_copy_loads(broken):
    assert set(load_ruleset(broken).profiles) == set(load_ruleset(PATTERNS).profiles)


def test_unknown_profile_key(broken):
    _edit_yaml(
        broken / "requirements" / "profiles.yaml",
        lambda d: d["profiles"]["medicaid"].update(copay_percent=20),
    )
    with pytest.raises(RulesetError) as info:
        load_ruleset(broken)
    text = str(info.value)
    assert "profiles.yaml" in text
    assert "profiles.medicaid.copay_percent" in text


def test_threshold_as_string(broken):
    _edit_yaml(
        broken / "requirements" / "profiles.yaml",
        lambda d: d["profiles"]["medicare"]["serum_aat"].update(threshold_um="eleven"),
    )
    with pytest.raises(RulesetError) as info:
        load_ruleset(broken)
    text = str(info.value)
    assert "profiles.yaml" in text
    assert "profiles.medicare.serum_aat.threshold_um" in text
    assert "eleven" in text


def test_unit_threshold_as_string_via_checker(broken):
    def edit(d: dict) -> None:
        d["profiles"]["commercial"]["serum_aat"]["threshold_by_unit"]["mg/dL"]["default"] = "57 mg/dL"

    _edit_yaml(broken / "requirements" / "profiles.yaml", edit)
    with pytest.raises(RulesetError) as info:
        Checker(patterns=broken)
    text = str(info.value)
    assert "profiles.yaml" in text
    assert "profiles.commercial.serum_aat.threshold_by_unit" in text


def test_requirement_in_profile_not_declared(broken):
    _edit_yaml(
        broken / "requirements" / "profiles.yaml",
        lambda d: d["profiles"]["commercial"]["requirements"].append("preferred_product"),
    )
    with pytest.raises(RulesetError) as info:
        load_ruleset(broken)
    text = str(info.value)
    assert "profiles.yaml" in text
    assert "profiles.commercial.requirements" in text
    assert "preferred_product" in text


def test_contract_requirement_missing_from_profile(broken):
    _edit_yaml(
        broken / "requirements" / "profiles.yaml",
        lambda d: d["profiles"]["medicaid"]["requirements"].remove("lot_number"),
    )
    with pytest.raises(RulesetError) as info:
        load_ruleset(broken)
    text = str(info.value)
    assert "profiles.yaml" in text
    assert "profiles.medicaid.requirements" in text
    assert "lot_number" in text


def test_contract_requirement_missing_from_ruleset(broken):
    def edit(d: dict) -> None:
        d["requirements"] = [r for r in d["requirements"] if r["id"] != "expiration_date"]

    _edit_yaml(broken / "requirements" / "ruleset.yaml", edit)
    with pytest.raises(RulesetError) as info:
        load_ruleset(broken)
    text = str(info.value)
    assert "ruleset.yaml" in text
    assert "expiration_date" in text


def test_declared_requirement_without_evaluator(broken):
    def edit(d: dict) -> None:
        d["requirements"].append(
            {
                "id": "patient_age",
                "title": "Age",
                "severity": "low",
                "finding_kinds": ["age"],
                "remediation": "Document the age.",
            }
        )

    _edit_yaml(broken / "requirements" / "ruleset.yaml", edit)
    with pytest.raises(RulesetError) as info:
        Checker(patterns=broken)
    assert "ruleset.yaml" in str(info.value)
    assert "patient_age" in str(info.value)


def test_missing_code_table_file(broken):
    (broken / "requirements" / "codes.yaml").unlink()
    with pytest.raises(RulesetError) as info:
        load_ruleset(broken)
    assert "codes.yaml" in str(info.value)


def test_invalid_yaml(broken):
    (broken / "requirements" / "profiles.yaml").write_text("profiles: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesetError) as info:
        load_ruleset(broken)
    assert "profiles.yaml" in str(info.value)


def _first_pattern_id(path: Path) -> str:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["patterns"][0]["id"]


def test_invalid_regex_in_extractor_file(broken):
    path = broken / "extractors" / "dose.yaml"
    rule_id = _first_pattern_id(path)
    _edit_yaml(path, lambda d: d["patterns"][0].update(regex="(?P<value>\\d+ mg"))
    with pytest.raises(RulesetError) as info:
        load_bundle(broken)
    text = str(info.value)
    assert "dose.yaml" in text
    assert f"patterns.{rule_id}" in text
    assert "regular expression" in text


def test_invalid_regex_in_extractor_file_via_checker(broken):
    path = broken / "extractors" / "lot_number.yaml"
    rule_id = _first_pattern_id(path)
    _edit_yaml(path, lambda d: d["patterns"][0].update(regex="lot [A-Z0-9+"))
    with pytest.raises(RulesetError) as info:
        Checker(patterns=broken)
    text = str(info.value)
    assert "lot_number.yaml" in text
    assert f"patterns.{rule_id}" in text


def test_unknown_extractor_file(broken):
    (broken / "extractors" / "blood_type.yaml").write_text(
        "kind: blood_type\ndescription: ABO group\n"
        "patterns:\n  - id: abo\n    regex: '\\b(?:A|B|AB|O)[+-]'\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesetError) as info:
        load_bundle(broken)
    text = str(info.value)
    assert "blood_type.yaml" in text
    assert "extractors" in text


def test_missing_extractor_file(broken):
    (broken / "extractors" / "weight.yaml").unlink()
    with pytest.raises(RulesetError) as info:
        load_bundle(broken)
    assert "weight.yaml" in str(info.value)


def test_extractor_kind_mismatch(broken):
    _edit_yaml(broken / "extractors" / "fev1.yaml", lambda d: d.update(kind="fvc"))
    with pytest.raises(RulesetError) as info:
        load_bundle(broken)
    text = str(info.value)
    assert "fev1.yaml" in text and "kind" in text


def test_unknown_key_in_extractor_file(broken):
    _edit_yaml(broken / "extractors" / "wastage.yaml", lambda d: d["patterns"][0].update(flag=["IGNORECASE"]))
    with pytest.raises(RulesetError) as info:
        load_bundle(broken)
    text = str(info.value)
    assert "wastage.yaml" in text and "patterns.0.flag" in text


def test_unknown_pipeline_setting(broken):
    _edit_yaml(broken / "pipeline.yaml", lambda d: d.setdefault("context", {}).update(max_scop=3))
    with pytest.raises(RulesetError) as info:
        load_pipeline_settings(broken / "pipeline.yaml")
    text = str(info.value)
    assert "pipeline.yaml" in text and "context.max_scop" in text
