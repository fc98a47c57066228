"""FEV1 as percent predicted: "FEV1 45% predicted", "FEV1 1.32 L (41 %pred)"; FEV1/FVC ratios are skipped."""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_number


class Fev1Extractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        value = parse_number(match["value"])
        return self.make(match, rule, value=value, unit="%") if 5 <= value <= 150 else None
