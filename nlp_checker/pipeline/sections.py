"""``nlp_checker_sections``: section headers by medspaCy's SectionRule format and matcher, stored as data.

medspaCy's Sectionizer finds headers with its MedspacyMatcher, then stores a ``Section`` object (with its
rule) on every token (``token._.section``), one ``doc.user_data`` write per token: on the sample corpus
that loop cost more than the header matching, and ``doc.to_bytes()`` then carries one encoded Section per
token. This component uses the same rules and the same matcher, and stores one row per section in
``doc._.nlp_checker_sections`` (``[category, title_start, title_end, body_end, rule_id]``); the token and
span attributes ``nlp_checker_section`` / ``nlp_checker_section_category`` are getters over those rows
(see ``nlp_checker.pipeline.extensions``). It does not write medspaCy's ``doc._.sections`` /
``token._.section``, so a medspaCy Sectionizer in the same process keeps its own attributes.
"""

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp_checker.errors import RulesetError
from nlp_checker.pipeline.extensions import SECTIONS_ATTR, set_extensions
from nlp_checker.pipeline.rule_data import RuleFileComponent

_LINE_END = re.compile(r"[\n\r]+[\s]*$")


def section_rule_id(rule: Any) -> str:
    return f"section.{rule.category}:{rule.literal}"


class SectionDetector(RuleFileComponent):
    """Splits a Doc into sections at header matches."""

    file_name = "section_rules.json"
    key = "section_rules"

    def __init__(
        self,
        nlp: Language,
        patterns_path: str | None,
        require_start_line: bool,
        max_section_length: int | None,
    ) -> None:
        super().__init__(patterns_path)
        self.nlp = nlp
        self.require_start_line = require_start_line
        self.max_section_length = max_section_length
        self.matcher: Any = None
        self._rule_ids: dict[str, tuple[str, str]] = {}
        self._line_start_keys: set[str] = set()
        set_extensions()

    def set_rules(self, rule_data: list[dict[str, Any]], source: str) -> None:
        from medspacy.common.medspacy_matcher import MedspacyMatcher
        from medspacy.section_detection import SectionRule

        try:
            rules = [SectionRule.from_dict(data) for data in rule_data]
        except (KeyError, TypeError, ValueError) as exc:
            raise RulesetError(source, self.key, f"cannot load section rules: {exc}") from exc
        matcher = MedspacyMatcher(
            self.nlp, name="nlp_checker_sections", phrase_matcher_attr="LOWER", prune=True
        )
        matcher.add(rules)
        self.matcher = matcher
        # MedspacyMatcher's match id -> (category, rule id), read once per match.
        self._rule_ids = {
            key: (rule.category, section_rule_id(rule)) for key, rule in matcher.rule_map.items()
        }
        # Rules whose metadata says ``line_start``: a header only where a line starts ("Criteria:" heads a
        # payer's list; "Hold criteria: none met" in a nursing row does not).
        self._line_start_keys = {
            key for key, rule in matcher.rule_map.items() if (rule.metadata or {}).get("line_start")
        }

    @property
    def rules(self) -> list[Any]:
        self.ensure_rules()
        return list(self.matcher.rules)

    def __call__(self, doc: Doc) -> Doc:
        from medspacy.section_detection.util import is_start_line

        self.ensure_rules()
        matches = sorted(self.matcher(doc), key=lambda m: m[1])
        if self.require_start_line:
            matches = [m for m in matches if is_start_line(m[1], doc, _LINE_END)]
        elif self._line_start_keys:
            strings_of = doc.vocab.strings
            matches = [
                m
                for m in matches
                if strings_of[m[0]] not in self._line_start_keys or is_start_line(m[1], doc, _LINE_END)
            ]
        rows: list[list[Any]] = []
        if not matches or matches[0][1] != 0:
            rows.append([None, 0, 0, matches[0][1] if matches else len(doc), None])
        strings = doc.vocab.strings
        for i, (match_id, start, end) in enumerate(matches):
            category, rule_id = self._rule_ids[strings[match_id]]
            body_end = matches[i + 1][1] if i + 1 < len(matches) else len(doc)
            if self.max_section_length is not None:
                body_end = min(body_end, end + self.max_section_length)
            rows.append([category, start, end, body_end, rule_id])
        doc._.set(SECTIONS_ATTR, rows)
        return doc


@Language.factory(
    "nlp_checker_sections",
    default_config={"patterns_path": None, "require_start_line": False, "max_section_length": None},
)
def create_section_detector(
    nlp: Language,
    name: str,
    patterns_path: str | None,
    require_start_line: bool,
    max_section_length: int | None,
) -> SectionDetector:
    return SectionDetector(nlp, patterns_path, require_start_line, max_section_length)
