"""Section detection with medspaCy's SectionRule format and matcher, without per-token writes.

medspaCy's Sectionizer finds headers with its MedspacyMatcher, then stores the section on every token
(``token._.section``), one ``doc.user_data`` write per token: on the sample corpus that loop cost more
than the header matching. This component keeps the same rules, the same matcher and the same
``doc._.sections`` list of medspaCy ``Section`` objects, and skips the per-token copies (the findings
look sections up by binary search over ``doc._.sections``).
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from nlp_checker.errors import RulesetError

_LINE_END = re.compile(r"[\n\r]+[\s]*$")


class SectionDetector:
    """Splits a Doc into medspaCy ``Section`` objects at header matches."""

    def __init__(
        self, nlp: Language, rules_path: Path, require_start_line: bool, max_section_length: int | None
    ) -> None:
        from medspacy.common.medspacy_matcher import MedspacyMatcher
        from medspacy.section_detection import SectionRule

        try:
            rules = SectionRule.from_json(str(rules_path))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RulesetError(str(rules_path), "section_rules", f"cannot load section rules: {exc}") from exc
        self.matcher = MedspacyMatcher(
            nlp, name="nlp_checker_sections", phrase_matcher_attr="LOWER", prune=True
        )
        self.matcher.add(rules)
        self.require_start_line = require_start_line
        self.max_section_length = max_section_length
        if not Doc.has_extension("sections"):
            Doc.set_extension("sections", default=None)

    def __call__(self, doc: Doc) -> Doc:
        from medspacy.section_detection.section import Section
        from medspacy.section_detection.util import is_start_line

        matches = sorted(self.matcher(doc), key=lambda m: m[1])
        if self.require_start_line:
            matches = [m for m in matches if is_start_line(m[1], doc, _LINE_END)]
        sections = []
        if not matches or matches[0][1] != 0:
            sections.append(Section(None, 0, 0, 0, matches[0][1] if matches else len(doc)))
        rule_map = self.matcher.rule_map
        for i, (match_id, start, end) in enumerate(matches):
            rule = rule_map[doc.vocab.strings[match_id]]
            body_end = matches[i + 1][1] if i + 1 < len(matches) else len(doc)
            if self.max_section_length is not None:
                body_end = min(body_end, end + self.max_section_length)
            sections.append(Section(rule.category, start, end, end, body_end, None, rule))
        doc._.sections = sections
        return doc
