"""Lot / batch number of the product given: "Lot # P100123", "LOT: B2X45F7", "lot number 25N14-03".

A list after one label gives one finding per lot: "Lot # A2K114523 (20 g), A2K114590 (10 g)".
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor


class LotNumberExtractor(RegexExtractor):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        continuation = self.lexicon.get("continuation")
        self.continuation = re.compile(continuation, re.IGNORECASE) if continuation else None

    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        return self.make(match, rule, value=match["value"])

    def extract(self, text: str) -> list[Extraction]:
        found = super().extract(text)
        if self.continuation is None:
            return found
        more = []
        for first in found:
            position = first.end
            while (match := self.continuation.match(text, position)) is not None:
                more.append(
                    Extraction(
                        kind=self.kind,
                        start=match.start("value"),
                        end=match.end("value"),
                        rule_id=f"{self.kind}.continuation",
                        fields={"value": match["value"]},
                    )
                )
                position = match.end()
        return found + more
