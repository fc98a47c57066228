"""Lot / batch number of the product given: "Lot # P100123", "LOT: B2X45F7", "lot number 25N14-03".

A list after one label gives one finding per lot: "Lot # A2K114523 (20 g), A2K114590 (10 g)".
"""

from __future__ import annotations

from pydantic import BaseModel

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField


class LotLexicon(BaseModel):
    model_config = STRICT

    continuation: RegexField | None = None


class LotNumberExtractor(RegexExtractor):
    required_groups = ("value",)
    lexicon_model = LotLexicon

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        return self.make(match, rule, value=match["value"])
