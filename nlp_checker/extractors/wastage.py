"""Wastage (discarded drug) statements, in mg.

Handles "80 mg discarded", "Waste: 120 mg", "JW 120 mg", and explicit zero waste: "waste 0 mg",
"no waste", "entire vial used", "nothing discarded" (value 0).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_number
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT


class WastageLexicon(BaseModel):
    model_config = STRICT

    max_mg: float = Field(gt=0)


class WastageExtractor(RegexExtractor):
    required_groups = ("value",)
    lexicon_model = WastageLexicon
    lexicon: WastageLexicon

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        if rule.value is not None:
            return self.make(match, rule, value=rule.value, unit="mg")
        value = parse_number(match["value"])
        if value > self.lexicon.max_mg:
            return None
        return self.make(match, rule, value=value, unit="mg")
