"""Serialization shared by the components built from one medspaCy-format JSON rule file.

A component keeps the rule dicts it was built from (the file's list under ``key``, unchanged) and writes
them back on ``to_disk`` / ``to_bytes``, so ``nlp.to_disk(d)`` then ``spacy.load(d)`` rebuilds the same
component even when the patterns folder it was first built from is gone. The factory takes the patterns
folder (``patterns_path``) and reads it in ``initialize()`` (``build_nlp`` calls ``nlp.initialize()``);
``spacy.load`` skips ``initialize`` and calls ``from_disk`` instead, as for spaCy's own rulers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import srsly

from nlp_checker.errors import RulesetError
from nlp_checker.rules import default_bundle


def read_rule_file(path: Path, key: str) -> list[dict[str, Any]]:
    """The list of rule dicts under ``key`` of a medspaCy JSON rule file; errors name the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RulesetError(str(path), key, f"cannot read rules: {exc}") from exc
    rules = data.get(key) if isinstance(data, dict) else None
    if not isinstance(rules, list) or not all(isinstance(rule, dict) for rule in rules):
        raise RulesetError(str(path), key, f"expected a list of rule objects under {key!r}")
    return rules


class RuleFileComponent:
    """Base of a component holding the rules of ``<patterns_path>/<file_name>`` (key ``key``)."""

    file_name: str = ""
    key: str = ""

    def __init__(self, patterns_path: str | None) -> None:
        self.patterns_path = patterns_path
        self.rule_data: list[dict[str, Any]] | None = None

    @property
    def source(self) -> Path:
        return (Path(self.patterns_path) if self.patterns_path else default_bundle().folder) / self.file_name

    def set_rules(self, rule_data: list[dict[str, Any]], source: str) -> None:
        """Build the component's matchers from ``rule_data`` (raises RulesetError naming ``source``)."""
        raise NotImplementedError

    def _load(self, rule_data: list[dict[str, Any]], source: str) -> None:
        self.set_rules(rule_data, source)
        self.rule_data = rule_data

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Read the rule file of ``patterns_path`` (default: the shipped ``patterns/``)."""
        path = self.source
        self._load(read_rule_file(path, self.key), str(path))

    def ensure_rules(self) -> None:
        """Rules are read on first use when neither ``initialize`` nor ``from_disk`` ran."""
        if self.rule_data is None:
            self.initialize()

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        self.ensure_rules()
        return srsly.json_dumps({self.key: self.rule_data}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> RuleFileComponent:
        rules = srsly.json_loads(data)[self.key]
        self._load(rules, f"<bytes of {type(self).__name__}>")
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        self.ensure_rules()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        srsly.write_json(folder / self.file_name, {self.key: self.rule_data})

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> RuleFileComponent:
        file = Path(path) / self.file_name
        self._load(read_rule_file(file, self.key), str(file))
        return self
