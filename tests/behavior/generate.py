"""Expand `cases.yaml` (templates x fillers) into minimal charts and score them with the public API only.

Minimum-functionality cases expect one normalized value of a kind; trap cases forbid one. Generation is
deterministic: every template's combinations are shuffled with a seed derived from the spec's seed and
the template, so the same cases come out on every run and machine.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from nlp_checker.evaluation import finding_key

HERE = Path(__file__).resolve().parent
SPEC = HERE / "cases.yaml"
THRESHOLDS = HERE / "thresholds.yaml"
DOS = "2026-03-04"

_SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
_LITERAL = {"blank"}  # `{blank}` is a SmartPhrase leftover written as is
ANY = "any"


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    polarity: str  # "positive" (minimum functionality) or "trap"
    family: str
    snippet: str
    chart: dict[str, Any] = field(hash=False, compare=False)
    expect: Any = None  # positive: the expected finding key
    forbid: Any = None  # trap: ANY or a tuple of forbidden keys


@dataclass
class Result:
    case: Case
    passed: bool
    found: list[Any]  # affirmed keys of the case's kind

    @property
    def detail(self) -> str:
        want = self.case.expect if self.case.polarity == "positive" else f"not {self.case.forbid}"
        return f"{self.case.id}: want {want!r}, affirmed {self.found!r}\n    {self.case.snippet!r}"


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _filler(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        out = dict(raw)
        out.setdefault("value", out["text"])
        return out
    return {"text": str(raw), "value": raw}


def expected_key(kind: str, value: Any) -> Any:
    """The `finding_key` a finding of ``kind`` with normalized ``value`` has."""
    if kind in ("aatd_diagnosis", "response_to_therapy"):
        return finding_key(kind, {})
    if kind == "genotype":
        return finding_key(kind, {"alleles": list(value)})
    if kind == "serum_aat":
        return finding_key(kind, {"value": value[0], "unit": value[1]})
    if kind == "weight":
        return finding_key(kind, {"value": value, "unit": "kg", "value_kg": value})
    return finding_key(kind, {"value": value})


def _render(text: str, choice: dict[str, dict[str, Any]]) -> str:
    def sub(m: re.Match[str]) -> str:
        name, fld = m.group(1), m.group(2)
        if name in _LITERAL and name not in choice:
            return m.group(0)
        return str(choice[name][fld or "text"])

    return _SLOT.sub(sub, text)


def _slots_used(text: str, slots: dict[str, Any]) -> list[str]:
    names = []
    for m in _SLOT.finditer(text):
        if m.group(1) in slots and m.group(1) not in names:
            names.append(m.group(1))
    return names


def _resolve(ref: str, choice: dict[str, dict[str, Any]]) -> Any:
    name, _, fld = ref.partition(".")
    return choice[name][fld or "value"]


def make_chart(snippet: str, wrapper: dict[str, str], case_id: str) -> dict[str, Any]:
    return {
        "chart_id": case_id,
        "date_of_service": DOS,
        "payer": {"profile": "medicare"},
        "documents": [
            {
                "id": "d1",
                "type": wrapper["type"],
                "date": DOS,
                "text": wrapper["text"].replace("{snippet}", snippet),
            }
        ],
    }


def _per_kind(spec_value: Any, kinds: list[str]) -> dict[str, Any]:
    if isinstance(spec_value, dict):
        return spec_value
    return dict.fromkeys(kinds, spec_value)


def generate_cases(spec: dict[str, Any] | None = None) -> list[Case]:
    spec = spec or load_spec()
    seed = spec["seed"]
    cases: list[Case] = []
    for group in spec["groups"]:
        kinds = group["kind"] if isinstance(group["kind"], list) else [group["kind"]]
        group_name = "+".join(kinds)
        for polarity, key, cap in (
            ("positive", "positive", spec["per_template"]),
            ("trap", "traps", spec["per_trap_template"]),
        ):
            for tpl in group.get(key, []):
                slots = {**group.get("slots", {}), **tpl.get("slots", {})}
                wrapper = spec["wrappers"][tpl.get("wrapper", group["wrapper"])]
                used = _slots_used(tpl["text"], slots)
                combos = list(itertools.product(*[[_filler(f) for f in slots[n]] for n in used]))
                random.Random(f"{seed}/{group_name}/{polarity}/{tpl['family']}").shuffle(combos)
                for n, combo in enumerate(combos[:cap]):
                    choice = dict(zip(used, combo, strict=True))
                    snippet = _render(tpl["text"], choice)
                    if polarity == "positive":
                        refs = _per_kind(tpl.get("expect"), kinds)
                        targets = {k: ("expect", refs[k]) for k in kinds if k in refs}
                    else:
                        refs = _per_kind(tpl["forbid"], kinds)
                        targets = {k: ("forbid", refs[k]) for k in kinds if k in refs}
                    for kind, (mode, ref) in targets.items():
                        case_id = f"{kind}/{polarity}/{tpl['family']}/{n:02d}"
                        chart = make_chart(snippet, wrapper, case_id)
                        if mode == "expect":
                            value = _resolve(ref, choice) if ref else None
                            cases.append(
                                Case(
                                    case_id,
                                    kind,
                                    polarity,
                                    tpl["family"],
                                    snippet,
                                    chart,
                                    expect=expected_key(kind, value),
                                )
                            )
                        else:
                            if ref == ANY:
                                forbid: Any = ANY
                            elif isinstance(ref, list):
                                forbid = tuple(expected_key(kind, v) for v in ref)
                            else:
                                forbid = (expected_key(kind, _resolve(ref, choice)),)
                            cases.append(
                                Case(case_id, kind, polarity, tpl["family"], snippet, chart, forbid=forbid)
                            )
    return cases


def affirmed_keys(findings: Iterable[Any], kind: str) -> list[Any]:
    keys = []
    for f in findings:
        if f.kind == kind and f.assertion.affirmed:
            key = finding_key(kind, f.model_dump())
            if key not in keys:
                keys.append(key)
    return keys


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def evaluate(checker: Any, case: Case) -> Result:
    found = affirmed_keys(checker.extract(case.chart), case.kind)
    if case.polarity == "positive":
        passed = bool(found) and all(_same(k, case.expect) for k in found)
    elif case.forbid == ANY:
        passed = not found
    else:
        passed = not any(_same(k, f) for k in found for f in case.forbid)
    return Result(case, passed, found)


def run_all(checker: Any, cases: list[Case] | None = None) -> list[Result]:
    return [evaluate(checker, c) for c in (cases if cases is not None else generate_cases())]


def rates(results: Iterable[Result], by: str = "kind") -> dict[tuple[str, ...], tuple[int, int]]:
    """(passed, total) per (kind, polarity) or, with by="family", per (kind, polarity, family)."""
    out: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        key = (
            (r.case.kind, r.case.polarity) if by == "kind" else (r.case.kind, r.case.polarity, r.case.family)
        )
        out[key][0] += int(r.passed)
        out[key][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))
