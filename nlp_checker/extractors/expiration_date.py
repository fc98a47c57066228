"""Product expiration date: "Exp 05/2027" -> 2027-05, "EXP: 2027-05-31", "expires May 31 2027", "31MAY2027".

An authorization or insurance card that expires is not the product's expiration.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, preceded_by
from nlp_checker.normalize import parse_date
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField


class ExpirationLexicon(BaseModel):
    model_config = STRICT

    exclude_before: RegexField | None = None
    exclude_window_chars: int = Field(ge=0)


class ExpirationDateExtractor(RegexExtractor):
    lexicon_model = ExpirationLexicon
    lexicon: ExpirationLexicon

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        if preceded_by(text, match.start(), lex.exclude_before, lex.exclude_window_chars):
            return None
        value = parse_date(match["date"])
        return self.make(match, rule, value=value) if value else None
