"""The worklist pages read the rule bundle of the app's checker (issue 8): a site's requirement titles,
profiles and worklist settings reach the UI, not the shipped files."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import yaml

from nlp_checker.rules import load_bundle
from nlp_checker_service.worklist.ui import profile_names, request_rules, requirement_titles, worklist_config
from tests.conftest import ROOT


def _request(checker: object | None) -> SimpleNamespace:
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(checker=checker)))


def test_the_ui_uses_the_checkers_bundle(tmp_path: Path) -> None:
    site = Path(shutil.copytree(ROOT / "patterns", tmp_path / "site"))
    ruleset = site / "requirements" / "ruleset.yaml"
    data = yaml.safe_load(ruleset.read_text(encoding="utf-8"))
    data["requirements"][0]["title"] = "Site title for " + data["requirements"][0]["id"]
    ruleset.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    worklist = site / "worklist.yaml"
    settings = yaml.safe_load(worklist.read_text(encoding="utf-8")) or {}
    settings["currency"] = "EUR"
    worklist.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")

    bundle = load_bundle(site)
    rules = request_rules(_request(SimpleNamespace(rules=bundle)))
    assert rules is bundle
    first = data["requirements"][0]["id"]
    assert requirement_titles(rules)[first].startswith("Site title for")
    assert worklist_config(rules).currency == "EUR"
    assert profile_names(rules) == sorted(bundle.ruleset.profiles)


def test_without_a_checker_the_shipped_bundle_is_used() -> None:
    shipped = request_rules(_request(None))
    assert shipped.content_hash == load_bundle().content_hash
