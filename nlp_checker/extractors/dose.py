"""Dose actually administered, in mg.

Handles "Dose given: 4,800 mg", "Total dose administered 4900 mg", "5,000 mg Zemaira infused IV",
"Dose given: 5 g", "Dose: 4800 mg" on a flowsheet line. Ordered doses ("Order: 60 mg/kg = 4,900 mg"),
vial sizes ("5 x 1000 mg vials"), mg/kg figures and other drugs' doses are not A1PI doses given.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, line_of, preceded_by
from nlp_checker.normalize import parse_number
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


class DoseLexicon(BaseModel):
    model_config = STRICT

    anchor: RegexField | None = None
    anchor_window_chars: int = Field(ge=0)
    sentence_end: RegexField
    line_vocabulary: RegexField | None = None
    exclude_before: RegexField | None = None
    exclude_window_chars: int = Field(ge=0)
    min_mg: float = Field(ge=0)
    max_mg: float = Field(gt=0)


class DoseExtractor(RegexExtractor):
    required_groups = ("value",)
    lexicon_model = DoseLexicon
    lexicon: DoseLexicon

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.anchor = self.lexicon.anchor
        self.anchor_window = self.lexicon.anchor_window_chars
        self.vocabulary = self.lexicon.line_vocabulary
        self.sentence_end = self.lexicon.sentence_end

    def is_a1pi_dose(self, text: str, start: int, end: int) -> bool:
        """An A1PI term in the dose's sentence, or just before it when that sentence names nothing else."""
        if self.anchor is None:
            return True
        line_start, line_end = line_of(text, start, end)
        boundaries = [line_start] + [m.end() for m in self.sentence_end.finditer(text, line_start, line_end)]
        sentence_start = max(b for b in boundaries if b <= start)
        following = [m.start() for m in self.sentence_end.finditer(text, end, line_end)]
        sentence_end = following[0] if following else line_end
        if self.anchor.search(text, sentence_start, sentence_end):
            return True
        if not self.anchor.search(text, max(0, sentence_start - self.anchor_window), sentence_start):
            return False
        words = _WORD.findall(text[sentence_start:sentence_end])
        return self.vocabulary is not None and all(self.vocabulary.match(w) for w in words)

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        value_start = match.start("value")
        if preceded_by(text, value_start, lex.exclude_before, lex.exclude_window_chars):
            return None
        if not self.is_a1pi_dose(text, match.start(), match.end()):
            return None
        value = self.units.to_mg(parse_number(match["value"]), match.groupdict().get("unit") or "mg")
        if value is None or not lex.min_mg <= value <= lex.max_mg:
            return None
        return self.make(match, rule, value=value, unit="mg")
