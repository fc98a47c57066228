"""Dose actually administered, in mg.

Handles "Dose given: 4,800 mg", "Total dose administered 4900 mg", "5,000 mg Zemaira infused IV",
"Dose given: 5 g", "Dose: 4800 mg" on a flowsheet line. Ordered doses ("Order: 60 mg/kg = 4,900 mg"),
vial sizes ("5 x 1000 mg vials"), mg/kg figures and other drugs' doses are not A1PI doses given.
"""

from __future__ import annotations

import re

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, line_of, preceded_by
from nlp_checker.normalize import parse_number

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


class DoseExtractor(RegexExtractor):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.anchor = re.compile(self.lexicon["anchor"]) if self.lexicon.get("anchor") else None
        self.anchor_window = int(self.lexicon.get("anchor_window_chars", 800))
        vocabulary = self.lexicon.get("line_vocabulary")
        self.vocabulary = re.compile(vocabulary) if vocabulary else None
        self.sentence_end = re.compile(self.lexicon.get("sentence_end", r"(?<=[.;!?])\s+"))

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

    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        value_start = match.start("value")
        if preceded_by(
            text, value_start, lex.get("exclude_before"), int(lex.get("exclude_window_chars", 30))
        ):
            return None
        if not self.is_a1pi_dose(text, match.start(), match.end()):
            return None
        value = parse_number(match["value"])
        if (match.groupdict().get("unit") or "mg").lower().startswith("g"):
            value = parse_number(str(round(float(value) * 1000, 3)))
        if not float(lex.get("min_mg", 100)) <= value <= float(lex.get("max_mg", 20000)):
            return None
        return self.make(match, rule, value=value, unit="mg")
