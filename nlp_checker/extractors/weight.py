"""Body weight with unit.

Handles "Weight: 81.6 kg (180 lb)" (one weight), "Wt 176 lbs", "weighs 82 kg", "82 kg / 180.8 lb".
Ideal, goal and dosing weights are dropped. When a line carries a date ("Wt 92 kg on 01/2025") that date is
kept, so the requirement engine can choose the weight nearest the date of service.
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, line_of, preceded_by
from nlp_checker.normalize import normalize_mass_unit, parse_date, parse_number


class WeightExtractor(RegexExtractor):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.line_date = re.compile(self.lexicon["date_pattern"])

    def date_near(self, text: str, start: int, end: int) -> str | None:
        """The full date written closest to the weight on its line ("Wt 92 kg on 01/05/2025")."""
        line_start, line_end = line_of(text, start, end)
        window = int(self.lexicon.get("date_window_chars", 40))
        best: tuple[int, str] | None = None
        for found in self.line_date.finditer(
            text, max(line_start, start - window), min(line_end, end + window)
        ):
            distance = found.start() - end if found.start() >= end else start - found.end()
            parsed = parse_date(found.group(1))
            if parsed and len(parsed) == 10 and (best is None or distance < best[0]):
                best = (distance, parsed)
        return best[1] if best else None

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
        written_date = self.date_near(text, match.start(), match.end())
        return self.make(
            match,
            rule,
            value=value,
            unit=unit,
            value_kg=round(value_kg, 1),
            date=written_date,
        )
