"""FEV1 as percent predicted: "FEV1 45% predicted", "FEV1 1.32 L (41 %pred)"; FEV1/FVC ratios are skipped.

Further values in one statement are findings too: "FEV1 44% predicted today, 45% one year ago".
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_number
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField


class Fev1Lexicon(BaseModel):
    model_config = STRICT

    plausible_percent: tuple[float, float]
    continuation: RegexField | None = None
    # A criterion, not a result: a comparator right before the value ("FEV1 >= 25%", "between 30% and").
    criterion_before: RegexField | None = None


class Fev1Extractor(RegexExtractor):
    required_groups = ("value",)
    lexicon_model = Fev1Lexicon
    lexicon: Fev1Lexicon

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        criterion = self.lexicon.criterion_before
        before = text[max(0, match.start("value") - 20) : match.start("value")]
        if criterion is not None and criterion.search(before):
            return None
        fields = self.continuation_fields(match)
        return self.make(match, rule, **fields) if fields is not None else None

    def continuation_fields(self, match: Match) -> dict[str, Any] | None:
        value = parse_number(match["value"])
        low, high = self.lexicon.plausible_percent
        return {"value": value, "unit": "%"} if low <= value <= high else None
