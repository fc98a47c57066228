"""Scores gap reports against gold annotations (``corpus_samples/gold``).

Requirements: accuracy over every (chart, requirement id) pair of the gold files. Findings: per-kind
precision / recall / F1 over sets of (chart, kind, normalized value), affirmed findings only, and micro-F1.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp_checker.errors import InputError
from nlp_checker.kinds import kind as kind_entry
from nlp_checker.models import Finding, GapReport

ValueKey = tuple[str, str, Any]


def finding_key(kind: str, fields: dict[str, Any]) -> Any:
    """The normalized value that identifies a finding of ``kind`` (what gold files list)."""
    return kind_entry(kind).key(fields)


def report_keys(chart_id: str, findings: list[Finding]) -> set[ValueKey]:
    keys = set()
    for f in findings:
        if f.assertion.affirmed:
            keys.add((chart_id, f.kind, finding_key(f.kind, f.model_dump())))
    return keys


def gold_keys(chart_id: str, gold: dict[str, Any]) -> set[ValueKey]:
    return {(chart_id, g["kind"], finding_key(g["kind"], g)) for g in gold.get("findings", [])}


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    requirement_total: int = 0
    requirement_correct: int = 0
    per_requirement: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    per_kind: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[str] = field(default_factory=list)

    @property
    def requirement_accuracy(self) -> float:
        return self.requirement_correct / self.requirement_total if self.requirement_total else 0.0

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.per_kind.values():
            total.true_positive += score.true_positive
            total.false_positive += score.false_positive
            total.false_negative += score.false_negative
        return total

    def add(self, report: GapReport, gold: dict[str, Any]) -> None:
        statuses = report.statuses
        for requirement_id, expected in gold.get("requirements", {}).items():
            got = statuses.get(requirement_id)
            self.requirement_total += 1
            if got == expected:
                self.requirement_correct += 1
            else:
                self.errors.append(f"{report.chart_id}: {requirement_id} expected {expected}, got {got}")
        found = report_keys(report.chart_id, report.findings)
        expected_keys = gold_keys(report.chart_id, gold)
        for key in found | expected_keys:
            score = self.per_kind[key[1]]
            if key in found and key in expected_keys:
                score.true_positive += 1
            elif key in found:
                score.false_positive += 1
                self.errors.append(f"{key[0]}: extra finding {key[1]}={key[2]!r}")
            else:
                score.false_negative += 1
                self.errors.append(f"{key[0]}: missed finding {key[1]}={key[2]!r}")

    def as_dict(self) -> dict[str, Any]:
        micro = self.micro
        return {
            "requirement_accuracy": round(self.requirement_accuracy, 4),
            "requirements_scored": self.requirement_total,
            "finding_micro": {
                "precision": round(micro.precision, 4),
                "recall": round(micro.recall, 4),
                "f1": round(micro.f1, 4),
            },
            "findings_per_kind": {
                kind: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "tp": s.true_positive,
                    "fp": s.false_positive,
                    "fn": s.false_negative,
                }
                for kind, s in sorted(self.per_kind.items())
            },
            "errors": self.errors,
        }


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    gold = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read gold file: {exc}", str(path)) from None
        gold[data.get("chart_id", path.stem)] = data
    return gold
