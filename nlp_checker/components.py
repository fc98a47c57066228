"""spaCy components of nlp-checker, registered as factories (names prefixed ``nlp_checker_``).

- ``nlp_checker_sentences``: a fast splitter that ends sentences at line breaks (flowsheet rows, list
  bullets, section headers) and at end punctuation (also before lower case: dictations are often written
  without capitals), never inside a number (the tokenizer keeps "81.6") or after a list number.
- ``nlp_checker_targets``: concept rules of ``patterns/target_rules.json`` (medspaCy TargetRule format)
  matched on characters, see ``nlp_checker.targets``.
- ``nlp_checker_sections``: medspaCy section rules and matcher without per-token writes, see
  ``nlp_checker.sections``.
- ``nlp_checker_values``: runs the regex value extractors of ``patterns/extractors`` and adds their spans,
  with normalized fields, to the span group that ConText and the sectionizer read.
"""

import re
from pathlib import Path

import numpy as np
from spacy.attrs import IDX, IS_DIGIT, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp_checker.extractors import RegexExtractor
from nlp_checker.resources import patterns_dir
from nlp_checker.sections import SectionDetector
from nlp_checker.targets import ConceptMatcher, compile_target_rules

FIELDS_ATTR = "nlp_checker_fields"
RULE_ATTR = "nlp_checker_rule"
OFFSETS_ATTR = "nlp_checker_offsets"


TEXT_KEY = "nlp_checker_text"
LOWER_KEY = "nlp_checker_lower"


def doc_text(doc: Doc) -> str:
    """``doc.text`` rebuilds the string from every token; components share one copy per doc."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_lower(doc: Doc) -> str:
    """The lower-cased text the trigger prefilters read, computed once per doc."""
    lower = doc.user_data.get(LOWER_KEY)
    if lower is None:
        lower = doc.user_data[LOWER_KEY] = doc_text(doc).lower()
    return lower


def set_extensions() -> None:
    """Register the span extensions the components write (idempotent)."""
    for name in (FIELDS_ATTR, RULE_ATTR, OFFSETS_ATTR):
        Span.set_extension(name, default=None, force=True)


class LineSentenceSplitter:
    """Sentence boundaries at line breaks and end punctuation, set in one vectorized pass."""

    def __init__(self, end_punctuation: list[str]) -> None:
        self.end_punctuation = list(end_punctuation)
        self._end_hashes: np.ndarray | None = None

    def __call__(self, doc: Doc) -> Doc:
        count = len(doc)
        if not count:
            return doc
        if self._end_hashes is None:
            self._end_hashes = np.array(
                [doc.vocab.strings.add(p) for p in self.end_punctuation], dtype="uint64"
            )
        attrs = doc.to_array([ORTH, IS_SPACE, IS_DIGIT, LENGTH, IDX])
        orth, is_space, is_digit, length, idx = (attrs[:, i] for i in range(5))
        text = doc_text(doc)
        # Tokens that hold a line break: whitespace tokens whose text contains "\n".
        newline_chars = np.fromiter((m.start() for m in _NEWLINE.finditer(text)), dtype="int64")
        breaks = np.zeros(count, dtype=bool)
        if newline_chars.size:
            holders = np.searchsorted(idx.astype("int64"), newline_chars, side="right") - 1
            breaks[holders[holders >= 0]] = True
        breaks &= is_space.astype(bool)
        ends = np.isin(orth, self._end_hashes)
        # "1." opening a list line is a list number, not the end of a sentence.
        line_start = np.zeros(count, dtype=bool)
        line_start[0] = True
        line_start[1:] = breaks[:-1]
        number_before = np.zeros(count, dtype=bool)
        number_before[1:] = is_digit[:-1].astype(bool) & (length[:-1] <= 2) & line_start[:-1]
        closes = breaks | (ends & ~number_before)
        # The first non-space token after a closing token starts a sentence.
        pending = np.zeros(count, dtype=bool)
        pending[0] = True
        pending[1:] = closes[:-1]
        # ... which is the first non-space token at or after each pending position.
        words = np.flatnonzero(~is_space.astype(bool))
        starts = np.zeros(count, dtype=bool)
        following = np.searchsorted(words, np.flatnonzero(pending))
        starts[words[following[following < words.size]]] = True
        starts[0] = True
        # spaCy reads the array as uint64: -1 (not a start) wraps to its two's complement as spaCy expects.
        sent_starts = np.where(starts, 1, -1).astype("int64").astype("uint64")
        doc.from_array([SENT_START], sent_starts.reshape(-1, 1))
        return doc


_NEWLINE = re.compile("\n")


@Language.factory(
    "nlp_checker_sentences",
    default_config={"end_punctuation": [".", "!", "?", ";"]},
)
def create_sentence_splitter(nlp: Language, name: str, end_punctuation: list[str]) -> LineSentenceSplitter:
    return LineSentenceSplitter(end_punctuation)


class ValueExtractor:
    """Adds every regex extraction as a labelled span with its normalized fields."""

    def __init__(self, extractors: list[RegexExtractor], span_group: str) -> None:
        self.extractors = extractors
        self.span_group = span_group
        set_extensions()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = doc_text(doc)
        lower = doc_lower(doc)
        for extractor in self.extractors:
            if not extractor.triggered(lower):
                continue
            for extraction in extractor.extract(text):
                span = doc.char_span(
                    extraction.start, extraction.end, label=extraction.kind, alignment_mode="expand"
                )
                if span is None or not len(span):
                    continue
                span._.set(FIELDS_ATTR, extraction.fields)
                span._.set(RULE_ATTR, extraction.rule_id)
                span._.set(OFFSETS_ATTR, (extraction.start, extraction.end))
                spans.append(span)
        group = doc.spans.get(self.span_group, None)
        doc.spans[self.span_group] = (list(group) if group is not None else []) + spans
        return doc


@Language.factory(
    "nlp_checker_values",
    default_config={"patterns_path": None, "span_group": "nlp_checker"},
)
def create_value_extractor(
    nlp: Language, name: str, patterns_path: str | None, span_group: str
) -> ValueExtractor:
    from nlp_checker.rules import load_bundle

    bundle = load_bundle(patterns_path)
    return ValueExtractor(list(bundle.extractors.values()), span_group)


@Language.factory(
    "nlp_checker_targets",
    default_config={"patterns_path": None, "span_group": "nlp_checker"},
)
def create_concept_matcher(
    nlp: Language, name: str, patterns_path: str | None, span_group: str
) -> ConceptMatcher:
    from medspacy.target_matcher import TargetRule

    path = (Path(patterns_path) if patterns_path else patterns_dir()) / "target_rules.json"
    return ConceptMatcher(compile_target_rules(TargetRule.from_json(str(path)), str(path)), span_group)


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
    path = (Path(patterns_path) if patterns_path else patterns_dir()) / "section_rules.json"
    return SectionDetector(nlp, path, require_start_line, max_section_length)
