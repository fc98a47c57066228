"""Loads ConText rules (medspaCy format) and compiles simple token patterns into literal phrases.

A token pattern made only of ``{"LOWER": word}`` / ``{"LOWER": {"IN": [...]}}`` tokens, optionally with
``"OP": "?"``, matches exactly a finite set of phrases; medspaCy sends it to spaCy's token Matcher, which
on the sample corpus cost more than the tokenizer. Expanded into literal rules (same category, direction
and scope) it goes to the PhraseMatcher instead, with identical matches. Other patterns stay as they are.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from nlp_checker.errors import RulesetError
from nlp_checker.pipeline.rule_data import read_rule_file

MAX_EXPANSION = 200
KEY = "context_rules"


def expand_token_pattern(pattern: list[dict[str, Any]]) -> list[str] | None:
    """The phrases a LOWER/IN/? token pattern matches, or None when it is not of that simple kind."""
    choices: list[list[str | None]] = []
    for token in pattern:
        if set(token) - {"OP"} != {"LOWER"} or token.get("OP") not in (None, "?"):
            return None
        value = token["LOWER"]
        if isinstance(value, str):
            words: list[str | None] = [value]
        elif (
            isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(w, str) for w in value["IN"])
        ):
            words = list(value["IN"])
        else:
            return None
        if token.get("OP") == "?":
            words.append(None)
        choices.append(words)
    phrases = [" ".join(w for w in combo if w) for combo in itertools.product(*choices)]
    phrases = list(dict.fromkeys(p for p in phrases if p))
    return phrases if len(phrases) <= MAX_EXPANSION else None


def compile_context_rules(rule_data: list[dict[str, Any]], source: str) -> list[Any]:
    """ConTextRules from the dicts of a rule file, simple token patterns expanded into phrase rules."""
    from medspacy.context import ConTextRule

    try:
        rules = [ConTextRule.from_dict(data) for data in rule_data]
    except (ValueError, KeyError, TypeError) as exc:
        raise RulesetError(source, KEY, f"cannot load ConText rules: {exc}") from exc
    compiled = []
    for rule in rules:
        phrases = expand_token_pattern(rule.pattern) if isinstance(rule.pattern, list) else None
        if phrases is None:
            compiled.append(rule)
            continue
        data = rule.to_dict()
        for phrase in phrases:
            compiled.append(ConTextRule.from_dict({**data, "literal": phrase, "pattern": None}))
    return compiled


def load_context_rules(path: Path) -> list[Any]:
    """ConTextRules from ``path`` with simple token patterns expanded into phrase rules."""
    return compile_context_rules(read_rule_file(path, KEY), str(path))
