"""The literal guards of layout.yaml (``required_literals``) are for speed only: on every line of the corpus
and of the development blind charts, a line the guard turns away holds no match of its pattern."""

from __future__ import annotations

import json
import re

from nlp_checker.document.rules import GuardedPattern, compiled, document_rules, load, using
from nlp_checker.rules import default_bundle
from tests.conftest import CORPUS

HELD_OUT = set((CORPUS / "blind" / "HELD_OUT").read_text(encoding="utf-8").split())
CHARTS = sorted((CORPUS / "charts").glob("*.json")) + sorted(
    path
    for batch in sorted((CORPUS / "blind").iterdir())
    if batch.is_dir() and batch.name not in HELD_OUT
    for path in (batch / "charts").glob("*.json")
)


def test_every_guard_lets_through_every_line_its_pattern_matches() -> None:
    lines = {
        line
        for path in CHARTS
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]
        for line in document["text"].split("\n")
    }
    with using(document_rules(default_bundle())):
        keys = list(load("layout")["required_literals"])
        assert keys
        for key in keys:
            guarded = compiled("layout", key)
            assert isinstance(guarded, GuardedPattern)
            raw = re.compile(load("layout")[key], re.IGNORECASE)
            turned_away = [line for line in lines if raw.search(line) and not guarded.possible(line)]
            assert turned_away == [], key
