"""spaCy components of nlp-checker, registered as factories (names prefixed ``nlp_checker_``).

- ``nlp_checker_sentences``: a fast splitter that ends sentences at line breaks (flowsheet rows, list
  bullets, section headers) and at end punctuation (also before lower case: dictations are often written
  without capitals), never inside a number (the tokenizer keeps "81.6") or after a list number.
- ``nlp_checker_values``: runs the regex value extractors of ``patterns/extractors`` and adds their spans,
  with normalized fields, to the span group that ConText and the sectionizer read.
"""


from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp_checker.extractors import RegexExtractor, load_extractors
from nlp_checker.resources import patterns_dir

FIELDS_ATTR = "nlp_checker_fields"
RULE_ATTR = "nlp_checker_rule"
OFFSETS_ATTR = "nlp_checker_offsets"


def set_extensions() -> None:
    """Register the span extensions the components write (idempotent)."""
    for name in (FIELDS_ATTR, RULE_ATTR, OFFSETS_ATTR):
        Span.set_extension(name, default=None, force=True)


class LineSentenceSplitter:
    """Sentence boundaries at line breaks and end punctuation."""

    def __init__(self, end_punctuation: list[str]) -> None:
        self.end_punctuation = frozenset(end_punctuation)

    def __call__(self, doc: Doc) -> Doc:
        start_next = True
        line_first_index = 0
        count = len(doc)
        for token in doc:
            i = token.i
            text = token.text
            if start_next and not token.is_space:
                token.is_sent_start = True
                start_next = False
            elif i:
                token.is_sent_start = False
            if "\n" in text:
                start_next = True
                line_first_index = i + 1
            elif text in self.end_punctuation and i + 1 < count:
                # "1." opening a list line is a list number, not the end of a sentence.
                list_number = i - 1 == line_first_index and doc[i - 1].is_digit and len(doc[i - 1]) <= 2
                if not list_number:
                    start_next = True
        if count:
            doc[0].is_sent_start = True
        return doc


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
        text = doc.text
        for extractor in self.extractors:
            for extraction in extractor.extract(text):
                span = doc.char_span(extraction.start, extraction.end, label=extraction.kind,
                                     alignment_mode="expand")
                if span is None or not len(span):
                    continue
                span._.set(FIELDS_ATTR, extraction.fields)
                span._.set(RULE_ATTR, extraction.rule_id)
                span._.set(OFFSETS_ATTR, (extraction.start, extraction.end))
                spans.append(span)
        group = doc.spans[self.span_group] if self.span_group in doc.spans else None
        doc.spans[self.span_group] = (list(group) if group is not None else []) + spans
        return doc


@Language.factory(
    "nlp_checker_values",
    default_config={"patterns_path": None, "span_group": "nlp_checker"},
)
def create_value_extractor(
    nlp: Language, name: str, patterns_path: str | None, span_group: str
) -> ValueExtractor:
    folder = Path(patterns_path) if patterns_path else patterns_dir()
    return ValueExtractor(load_extractors(folder / "extractors"), span_group)


def span_fields(span: Span) -> dict[str, Any]:
    return span._.get(FIELDS_ATTR) or {}
