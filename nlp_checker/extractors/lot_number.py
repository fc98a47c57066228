"""Lot / batch number of the product given: "Lot # P100123", "LOT: B2X45F7", "lot number 25N14-03".

A list after one label gives one finding per lot: "Lot # A2K114523 (20 g), A2K114590 (10 g)".
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor


class LotNumberExtractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        return self.make(match, rule, value=match["value"])
