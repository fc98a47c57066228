"""Infusion start and stop times as 24-hour HH:MM.

Handles "Start time: 0915", "started at 9:15 AM", "Stop 09:47", "completed at 1047", "Infusion end 10:02".
A bare four-digit number needs a label, colon, "at" or "@", or the line start ("Start 0915" on a
flowsheet), so that "started Prolastin in 2019" or "stopped 2020" are not times.
"""

from __future__ import annotations

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor
from nlp_checker.normalize import parse_clock_time
from nlp_checker.rules.regex import Match


class InfusionTimeExtractor(RegexExtractor):
    required_groups = ("time", "label", "sep")

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        raw = match["time"]
        bare_digits = raw.isdigit()
        if bare_digits:
            line_start = text.rfind("\n", 0, match.start()) + 1
            at_line_start = not text[line_start : match.start()].strip()
            if not (match["label"] or match["sep"] or at_line_start):
                return None
        value = parse_clock_time(raw)
        return self.make(match, rule, value=value) if value else None
