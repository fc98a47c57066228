"""Dose actually administered, in mg.

Handles "Dose given: 4,800 mg", "Total dose administered 4900 mg", "5,000 mg Zemaira infused IV", "Dose given: 5 g",
"Dose: 4800 mg" on a flowsheet line. Ordered doses ("Order: 60 mg/kg = 4,900 mg"), vial sizes
("5 x 1000 mg vials") and mg/kg figures are not doses given.
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, preceded_by
from nlp_checker.normalize import parse_number


class DoseExtractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        value_start = match.start("value")
        if preceded_by(text, value_start, lex.get("exclude_before"), int(lex.get("exclude_window_chars", 30))):
            return None
        value = parse_number(match["value"])
        if (match.groupdict().get("unit") or "mg").lower().startswith("g"):
            value = parse_number(str(round(float(value) * 1000, 3)))
        if not float(lex.get("min_mg", 100)) <= value <= float(lex.get("max_mg", 20000)):
            return None
        return self.make(match, rule, value=value, unit="mg")
