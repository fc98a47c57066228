"""Serum AAT level with unit and method.

Handles "Alpha-1-Antitrypsin, S   28   L   mg/dL   100-190", "AAT level 0.45 g/L (nephelometry)",
"serum A1AT 5.2 uM". The lab method (nephelometry, RID, immunoturbidimetry) is read from the same line or
the text nearby, because thresholds differ by method.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import normalize_aat_unit, parse_number


class SerumAatExtractor(RegexExtractor):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.methods = {name: re.compile(rx) for name, rx in self.lexicon.get("methods", {}).items()}
        self.method_window = int(self.lexicon.get("method_window_chars", 160))

    def method_near(self, text: str, start: int, end: int) -> str | None:
        window = text[max(0, start - self.method_window) : end + self.method_window]
        for name, pattern in self.methods.items():
            if pattern.search(window):
                return name
        return None

    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        unit = normalize_aat_unit(match["unit"])
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
