"""FEV1 as percent predicted: "FEV1 45% predicted", "FEV1 1.32 L (41 %pred)"; FEV1/FVC ratios are skipped.

Further values in one statement are findings too: "FEV1 44% predicted today, 45% one year ago".
"""

from __future__ import annotations

import re
from typing import Any

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_number


class Fev1Extractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        fields = self.continuation_fields(match)
        return self.make(match, rule, **fields) if fields is not None else None

    def continuation_fields(self, match: re.Match[str]) -> dict[str, Any] | None:
        value = parse_number(match["value"])
        low, high = self.lexicon.get("plausible_percent", (5, 150))
        return {"value": value, "unit": "%"} if low <= value <= high else None
