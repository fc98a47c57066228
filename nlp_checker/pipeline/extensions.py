"""The custom attributes the nlp_checker components write, and the per-doc text cache they share.

Every value stored on a Doc is plain data (strings, numbers, lists, dicts), never a rule or medspaCy
object, so ``doc.to_bytes()``, ``Doc.from_bytes`` and ``nlp.pipe(n_process=...)`` carry it unchanged.

Span (in the finding span group):
    ``nlp_checker_rule``       rule id, e.g. ``"target.emphysema:emphysema"`` or an extractor rule id
    ``nlp_checker_fields``     normalized fields of the finding (``{"value": ...}``, ``{"unit": ...}``)
    ``nlp_checker_offsets``    ``[start, end]`` characters of a value extraction (before token alignment)
    ``nlp_checker_modifiers``  ConText modifiers of the span: ``{"category", "rule", "start", "end"}``
                               (token offsets of the modifier), in the order ConText linked them
    ``nlp_checker_section``    (getter) the section the span starts in, a ``SectionRef`` or None
    ``nlp_checker_section_category``  (getter) its category
    medspaCy's ``is_negated``, ``is_uncertain``, ``is_historical``, ``is_hypothetical``, ``is_family``
    (booleans, set by ``nlp_checker_context`` like medspaCy's ConText sets them)
Token:
    ``nlp_checker_section`` / ``nlp_checker_section_category`` (getters)
Doc:
    ``nlp_checker_sections``   ``[category, title_start, title_end, body_end, rule_id]`` per section, by
                               start token (the text before the first header is a section with category
                               None); token and span getters look sections up by binary search

The section attributes use nlp_checker's own names rather than medspaCy's ``token._.section`` /
``doc._.sections``: medspaCy stores a ``Section`` object (with its rule) on every token, one
``doc.user_data`` entry per token. Measured with ``bench/sections_cost.py`` on the sample corpus (1,183
documents, 116,550 tokens): those writes add about 9 % to the whole pipeline (0.53 s against 5.9 s) and
``doc.to_bytes()`` grows from 18.0 MB to 33.6 MB (+87 %, every token carries an encoded Section and
rule), which ``nlp.pipe(n_process=...)`` ships between processes. Writing medspaCy's names would also
collide with a medspaCy Sectionizer in the same process. The getters cost nothing until read.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

FIELDS_ATTR = "nlp_checker_fields"
RULE_ATTR = "nlp_checker_rule"
OFFSETS_ATTR = "nlp_checker_offsets"
MODIFIERS_ATTR = "nlp_checker_modifiers"
SECTIONS_ATTR = "nlp_checker_sections"
SECTION_ATTR = "nlp_checker_section"
SECTION_CATEGORY_ATTR = "nlp_checker_section_category"

# medspaCy's ConText assertion attributes (``medspacy.context.context.DEFAULT_ATTRIBUTES``).
CONTEXT_ATTRIBUTES = {
    "NEGATED_EXISTENCE": "is_negated",
    "POSSIBLE_EXISTENCE": "is_uncertain",
    "HISTORICAL": "is_historical",
    "HYPOTHETICAL": "is_hypothetical",
    "FAMILY": "is_family",
}

TEXT_KEY = "nlp_checker_text"
LOWER_KEY = "nlp_checker_lower"


class SectionRef(NamedTuple):
    """One section of a Doc: header tokens ``[title_start, title_end)``, body up to ``body_end``."""

    category: str | None
    title_start: int
    title_end: int
    body_end: int
    rule: str | None


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


def doc_sections(doc: Doc) -> list[SectionRef]:
    """The sections ``nlp_checker_sections`` found, in token order."""
    return [SectionRef(*row) for row in doc._.get(SECTIONS_ATTR) or ()]


def section_at(doc: Doc, token_index: int) -> SectionRef | None:
    """The section holding the token at ``token_index`` (binary search over section starts)."""
    rows = doc._.get(SECTIONS_ATTR) or ()
    position = bisect_right([row[1] for row in rows], token_index) - 1
    if position < 0:
        return None
    section = SectionRef(*rows[position])
    return section if token_index < section.body_end else None


def _token_section(token: Token) -> SectionRef | None:
    return section_at(token.doc, token.i)


def _token_section_category(token: Token) -> str | None:
    section = section_at(token.doc, token.i)
    return section.category if section is not None else None


def _span_section(span: Span) -> SectionRef | None:
    return section_at(span.doc, span.start)


def _span_section_category(span: Span) -> str | None:
    section = section_at(span.doc, span.start)
    return section.category if section is not None else None


def set_extensions() -> None:
    """Register every attribute the components write or compute (idempotent, ``force=True``)."""
    for name in (FIELDS_ATTR, RULE_ATTR, OFFSETS_ATTR):
        Span.set_extension(name, default=None, force=True)
    Span.set_extension(MODIFIERS_ATTR, default=(), force=True)
    for attr in CONTEXT_ATTRIBUTES.values():
        # medspaCy registers the same names with the same default; a registration of theirs is kept.
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=False)
    Doc.set_extension(SECTIONS_ATTR, default=None, force=True)
    Token.set_extension(SECTION_ATTR, getter=_token_section, force=True)
    Token.set_extension(SECTION_CATEGORY_ATTR, getter=_token_section_category, force=True)
    Span.set_extension(SECTION_ATTR, getter=_span_section, force=True)
    Span.set_extension(SECTION_CATEGORY_ATTR, getter=_span_section_category, force=True)
