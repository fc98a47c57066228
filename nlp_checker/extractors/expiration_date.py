"""Product expiration date: "Exp 05/2027" -> 2027-05, "EXP: 2027-05-31", "expires May 31 2027", "31MAY2027".

An authorization or insurance card that expires is not the product's expiration.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, preceded_by
from nlp_checker.normalize import parse_date
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField


def _spaced(date: str) -> str:
    """ "31-AUG-2027" -> "31 AUG 2027" (a day, a month name and a year joined by dashes)."""
    return re.sub(r"^(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})$", r"\1 \2 \3", date.strip())


class ExpirationLexicon(BaseModel):
    model_config = STRICT

    exclude_before: RegexField | None = None
    exclude_window_chars: int = Field(ge=0)


class ExpirationDateExtractor(RegexExtractor):
    required_groups = ("date",)
    lexicon_model = ExpirationLexicon
    lexicon: ExpirationLexicon

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        if preceded_by(text, match.start(), lex.exclude_before, lex.exclude_window_chars):
            return None
        value = parse_date(_spaced(match["date"]))
        return self.make(match, rule, value=value) if value else None
