"""Prior-authorization numbers written in notes: "PA# 778812", "Prior auth number: AUTH-2026-55"."""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor


class PriorAuthorizationExtractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        return self.make(match, rule, value=match["value"])
