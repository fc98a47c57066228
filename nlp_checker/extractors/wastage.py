"""Wastage (discarded drug) statements, in mg.

Handles "80 mg discarded", "Waste: 120 mg", "JW 120 mg", and explicit zero waste: "waste 0 mg",
"no waste", "entire vial used", "nothing discarded" (value 0).
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_number


class WastageExtractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        if rule.value is not None:
            return self.make(match, rule, value=rule.value, unit="mg")
        value = parse_number(match["value"])
        if value > float(self.lexicon.get("max_mg", 20000)):
            return None
        return self.make(match, rule, value=value, unit="mg")
