"""Role assignment: a decision list read from ``patterns/document/roles.yaml``.

Each candidate gets the role of the first rule whose conditions hold; the rule id and the features
that decided are recorded. Time rules may name a role indirectly: ``@range`` (first/second of a range
-> infusion_start/infusion_end), ``@cue_last`` / ``@cue_first`` (the role of the cue nearest before the
value, or the first cue of a label or row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.document.features import Context
from nlp_checker.document.rules import load, memo, vocab_texts

_FAMILY = {"mass": "mass", "volume": "volume", "time": "time", "mass_per_kg": "mass"}


@dataclass
class Decision:
    """The role of one candidate and why."""

    role: str
    rule_id: str
    features: dict[str, str] = field(default_factory=dict)


def _expand(pattern: str) -> str:
    vocab = vocab_texts()
    cues = "|".join(f"(?:{c['re']})" for c in load("roles")["time_cues"])
    out = pattern.replace("@any_cue", f"(?:{cues})")
    for name, value in vocab.items():
        out = out.replace(f"@{name}", f"(?:{value})")
    return out


def _rules(family: str) -> list[dict[str, Any]]:
    return memo(("roles._rules", family), lambda: _build_rules(family))


def _build_rules(family: str) -> list[dict[str, Any]]:
    compiled = []
    for rule in load("roles")[family]:
        compiled.append(
            {
                "id": rule["id"],
                "role": rule["role"],
                "when": {
                    k: re.compile(_expand(v), re.IGNORECASE) for k, v in (rule.get("when") or {}).items()
                },
                "unless": {
                    k: re.compile(_expand(v), re.IGNORECASE) for k, v in (rule.get("unless") or {}).items()
                },
            }
        )
    return compiled


def _cues() -> list[tuple[str, re.Pattern[str]]]:
    return memo("roles._cues", lambda: _build_cues())


def _build_cues() -> list[tuple[str, re.Pattern[str]]]:
    return [(c["role"], re.compile(c["re"], re.IGNORECASE)) for c in load("roles")["time_cues"]]


def _cue_role(text: str, last: bool) -> str | None:
    hits: list[tuple[int, int, str]] = []
    for order, (role, pattern) in enumerate(_cues()):
        for match in pattern.finditer(text):
            hits.append((match.end() if last else match.start(), order, role))
    if not hits:
        return None
    if last:
        hits.sort(key=lambda h: (h[0], -h[1]))
        return hits[-1][2]
    hits.sort(key=lambda h: (h[0], h[1]))
    return hits[0][2]


def has_rules(kind: str) -> bool:
    """True when the decision list can give a candidate of ``kind`` a role (dates, lots and
    concentrations keep their kind, so their features need not be computed)."""
    return kind in _FAMILY


def decide(kind: str, context: Context) -> Decision | None:
    """Return the role of a candidate of ``kind`` (mass, volume, time...) from its ``context``."""
    family = _FAMILY.get(kind)
    if family is None:
        return None
    values = context.values
    for rule in _rules(family):
        if not all(pattern.search(values.get(key, "")) for key, pattern in rule["when"].items()):
            continue
        if any(pattern.search(values.get(key, "")) for key, pattern in rule["unless"].items()):
            continue
        role = rule["role"]
        used = {key: values.get(key, "") for key in rule["when"]}
        if role == "@range":
            role = "infusion_start" if values["range_pos"] == "first" else "infusion_end"
        elif role in ("@cue_last", "@cue_first"):
            key = next(iter(rule["when"]))
            role = _cue_role(values[key], last=role == "@cue_last") or "time"
        return Decision(role, rule["id"], used)
    return None
