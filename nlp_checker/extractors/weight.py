"""Body weight with unit.

Handles "Weight: 81.6 kg (180 lb)" (one weight), "Wt 176 lbs", "weighs 82 kg", "82 kg / 180.8 lb".
Ideal, goal and dosing weights are dropped. When a line carries a date ("Wt 92 kg on 01/2025") that date is
kept, so the requirement engine can choose the weight nearest the date of service.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, line_of, preceded_by
from nlp_checker.kinds import EARLIER_WEIGHT_ROLE
from nlp_checker.normalize import parse_date, parse_number
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField


class WeightLexicon(BaseModel):
    model_config = STRICT

    exclude_before: RegexField | None = None
    exclude_window_chars: int = Field(ge=0)
    min_kg: float = Field(gt=0)
    max_kg: float = Field(gt=0)
    date_window_chars: int = Field(ge=0)
    date_pattern: RegexField
    date_not_between: RegexField | None = None
    earlier_patterns: list[str] = Field(default_factory=list)
    unit_before: RegexField | None = None


class WeightExtractor(RegexExtractor):
    required_groups = ("value", "unit")
    lexicon_model = WeightLexicon
    lexicon: WeightLexicon

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line_date = self.lexicon.date_pattern

    def date_near(self, text: str, start: int, end: int) -> str | None:
        """The full date written closest to the weight on its line ("Wt 92 kg on 01/05/2025")."""
        line_start, line_end = line_of(text, start, end)
        window = self.lexicon.date_window_chars
        best: tuple[int, str] | None = None
        for found in self.line_date.finditer(
            text, max(line_start, start - window), min(line_end, end + window)
        ):
            distance = found.start() - end if found.start() >= end else start - found.end()
            between = text[end : found.start()] if found.start() >= end else text[found.end() : start]
            blocker = self.lexicon.date_not_between
            if blocker is not None and blocker.search(between):
                continue
            written = next((g for g in found.groups() if g), "")
            parsed = parse_date(written) if "/" in written or "-" in written else f"{written}-01-01"
            if parsed and len(parsed) == 7:
                parsed = f"{parsed}-01"
            if parsed and len(parsed) == 10 and (best is None or distance < best[0]):
                best = (distance, parsed)
        return best[1] if best else None

    def unit_on_line_before(self, text: str, start: int, value: float) -> str | None:
        """The unit of the weight written before ``start`` on its line nearest in value to ``value`` ("wt 61.4
        kg (135.4 lb) up from 59.8": kg)."""
        if self.lexicon.unit_before is None:
            return None
        line_start = text.rfind("\n", 0, start) + 1
        written = [
            (abs(parse_number(m.group(1)) - value), m.group(2))
            for m in self.lexicon.unit_before.finditer(text, line_start, start)
        ]
        return min(written)[1] if written else None

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        if preceded_by(text, match.start(), lex.exclude_before, lex.exclude_window_chars):
            return None
        number = parse_number(match["value"])
        unit = match["unit"] or self.unit_on_line_before(text, match.start(), number)
        if unit is None:
            return None
        weight = self.units.body_weight(number, unit)
        groups = match.groupdict()
        if weight is not None and weight[1] == "lb" and groups.get("value2") and groups.get("unit2"):
            # "180 lb (81.6 kg)": the metric figure is the one charted for dosing.
            metric = self.units.body_weight(parse_number(groups["value2"]), groups["unit2"])
            weight = metric if metric is not None and metric[1] == "kg" else weight
        if weight is None:
            return None
        value, unit, value_kg = weight
        if not lex.min_kg <= value_kg <= lex.max_kg:
            return None
        written_date = self.date_near(text, match.start(), match.end())
        earlier = rule.id in lex.earlier_patterns
        return self.make(
            match,
            rule,
            value=value,
            unit=unit,
            value_kg=value_kg,
            date=written_date,
            **({"role": EARLIER_WEIGHT_ROLE, "reason": {"rule": rule.id}} if earlier else {}),
        )
