"""Serum AAT level with unit and method.

Handles "Alpha-1-Antitrypsin, S   28   L   mg/dL   100-190", "AAT level 0.45 g/L (nephelometry)",
"serum A1AT 5.2 uM". The lab method (nephelometry, RID, immunoturbidimetry) is read from the same line or
the text nearby, because thresholds differ by method.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_number
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField


class SerumAatLexicon(BaseModel):
    model_config = STRICT

    methods: dict[str, RegexField] = Field(default_factory=dict)
    method_window_chars: int = Field(ge=0)
    continuation: RegexField | None = None


class SerumAatExtractor(RegexExtractor):
    required_groups = ("value", "unit")
    lexicon_model = SerumAatLexicon
    lexicon: SerumAatLexicon

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.methods = self.lexicon.methods
        self.method_window = self.lexicon.method_window_chars

    def method_near(self, text: str, start: int, end: int) -> str | None:
        window = text[max(0, start - self.method_window) : end + self.method_window]
        for name, pattern in self.methods.items():
            if pattern.search(window):
                return name
        return None

    def continuation_fields(self, match: Match) -> dict[str, Any] | None:
        """An earlier level compared after the first ("(up from 16.2 uM)"), in its own unit."""
        unit = self.units.aat_unit(match["unit"])
        if unit is None:
            return None
        return {"value": parse_number(match["value"]), "unit": unit}

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        unit = self.units.aat_unit(match["unit"])
        if unit is None:
            return None
        value = parse_number(match["value"])
        extraction = self.make(
            match, rule, value=value, unit=unit, method=self.method_near(text, *match.span())
        )
        if match.groupdict().get("result"):
            # A table row below its test name: the evidence is the result row itself.
            start = match.start("result") + len(match["result"]) - len(match["result"].lstrip())
            extraction = replace(extraction, start=start)
        return extraction
