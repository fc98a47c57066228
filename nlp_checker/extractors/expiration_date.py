"""Product expiration date: "Exp 05/2027" -> 2027-05, "EXP: 2027-05-31", "expires May 31 2027", "31MAY2027"."""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_date


class ExpirationDateExtractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        value = parse_date(match["date"])
        return self.make(match, rule, value=value) if value else None
