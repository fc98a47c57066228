"""Prior-authorization numbers written in notes: "PA# 778812", "Prior auth number: AUTH-2026-55".

A number after a denial, an appeal or a case ("Denial reference number: ...", "Appeal case number ...") is
not an authorization number (lexicon ``exclude_before``).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, preceded_by
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField


class PriorAuthorizationLexicon(BaseModel):
    model_config = STRICT

    exclude_before: RegexField | None = None
    exclude_window_chars: int = Field(default=0, ge=0)


class PriorAuthorizationExtractor(RegexExtractor):
    required_groups = ("value",)
    lexicon_model = PriorAuthorizationLexicon
    lexicon: PriorAuthorizationLexicon

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        if preceded_by(text, match.start(), lex.exclude_before, lex.exclude_window_chars):
            return None
        return self.make(match, rule, value=match["value"])
