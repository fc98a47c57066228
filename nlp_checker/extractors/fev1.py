"""FEV1 as percent predicted: "FEV1 45% predicted", "FEV1 1.32 L (41 %pred)"; FEV1/FVC ratios are skipped.

Further values in one statement are findings too: "FEV1 44% predicted today, 45% one year ago".
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_number


class Fev1Extractor(RegexExtractor):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        continuation = self.lexicon.get("continuation")
        self.continuation = re.compile(continuation, re.IGNORECASE) if continuation else None

    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        value = parse_number(match["value"])
        return self.make(match, rule, value=value, unit="%") if 5 <= value <= 150 else None

    def extract(self, text: str) -> list[Extraction]:
        found = super().extract(text)
        if self.continuation is None:
            return found
        more = []
        for first in found:
            position = first.end
            while (match := self.continuation.match(text, position)) is not None:
                value = parse_number(match["value"])
                if 5 <= value <= 150:
                    more.append(
                        Extraction(
                            kind=self.kind,
                            start=match.start("value"),
                            end=match.end(),
                            rule_id=f"{self.kind}.continuation",
                            fields={"value": value, "unit": "%"},
                        )
                    )
                position = match.end()
        return found + more
