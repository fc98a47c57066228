"""Body weight with unit.

Handles "Weight: 81.6 kg (180 lb)" (one weight), "Wt 176 lbs", "weighs 82 kg", "82 kg / 180.8 lb".
Ideal, goal and dosing weights are dropped. When a line carries a date ("Wt 92 kg on 01/2025") that date is
kept, so the requirement engine can choose the weight nearest the date of service.
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, line_of, preceded_by
from nlp_checker.normalize import normalize_mass_unit, parse_date, parse_number

_LINE_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4})\b")


class WeightExtractor(RegexExtractor):
    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        if preceded_by(
            text, match.start(), lex.get("exclude_before"), int(lex.get("exclude_window_chars", 25))
        ):
            return None
        value = parse_number(match["value"])
        unit = normalize_mass_unit(match["unit"])
        if (
            unit == "lb"
            and match["value2"]
            and match["unit2"]
            and normalize_mass_unit(match["unit2"]) == "kg"
        ):
            # "180 lb (81.6 kg)": the metric figure is the one charted for dosing.
            value, unit = parse_number(match["value2"]), "kg"
        value_kg = value if unit == "kg" else value * float(lex.get("lb_to_kg", 0.45359237))
        if not float(lex.get("min_kg", 25)) <= value_kg <= float(lex.get("max_kg", 300)):
            return None
        line_start, line_end = line_of(text, *match.span())
        date_match = _LINE_DATE.search(text, line_start, line_end)
        written_date = parse_date(date_match.group(1)) if date_match else None
        return self.make(
            match,
            rule,
            value=value,
            unit=unit,
            value_kg=round(value_kg, 1),
            date=written_date if written_date and len(written_date) == 10 else None,
        )
