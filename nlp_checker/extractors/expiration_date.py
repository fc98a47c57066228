"""Product expiration date: "Exp 05/2027" -> 2027-05, "EXP: 2027-05-31", "expires May 31 2027", "31MAY2027".

An authorization or insurance card that expires is not the product's expiration.
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, preceded_by
from nlp_checker.normalize import parse_date


class ExpirationDateExtractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        if preceded_by(
            text, match.start(), lex.get("exclude_before"), int(lex.get("exclude_window_chars", 40))
        ):
            return None
        value = parse_date(match["date"])
        return self.make(match, rule, value=value) if value else None
