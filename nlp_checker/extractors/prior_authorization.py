"""Prior-authorization numbers written in notes: "PA# 778812", "Prior auth number: AUTH-2026-55"."""

from __future__ import annotations

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.rules.regex import Match


class PriorAuthorizationExtractor(RegexExtractor):
    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        return self.make(match, rule, value=match["value"])
