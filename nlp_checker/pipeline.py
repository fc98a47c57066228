"""Builds the spaCy / medspaCy pipeline from ``patterns/``, explicitly and cheaply.

blank English tokenizer -> line-aware sentence splitter -> concept rules (medspaCy TargetRule format,
matched on characters) -> nlp-checker value extractors -> sections (medspaCy section rules and matcher) ->
medspaCy ConText (its
modifier matching scoped to sentences that hold a finding). No statistical model and no PyRuSH (its DEBUG
logging in the hot loop costs about 6x; see README, Benchmarks).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from nlp_checker.components import set_extensions
from nlp_checker.context_rules import load_context_rules
from nlp_checker.context_scope import scope_context_to_target_sentences
from nlp_checker.resources import patterns_dir
from nlp_checker.settings import PipelineSettings, load_pipeline_settings


def _import_medspacy_components() -> None:
    # Importing medspaCy registers its factories; it is imported here, not at module import.
    import medspacy.context
    import medspacy.section_detection  # noqa: F401


def load_settings(folder: Path | None = None) -> PipelineSettings:
    return load_pipeline_settings((folder or patterns_dir()) / "pipeline.yaml")


def build_nlp(folder: Path | None = None) -> Language:
    """Return the pipeline built from the rule files in ``folder`` (default: the shipped ``patterns/``)."""
    from nlp_checker import components  # noqa: F401  (registers the nlp_checker_* factories)

    _import_medspacy_components()
    folder = folder or patterns_dir()
    settings = load_pipeline_settings(folder / "pipeline.yaml")
    set_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("nlp_checker_sentences", config={"end_punctuation": settings.sentences.end_punctuation})
    nlp.add_pipe(
        "nlp_checker_targets", config={"patterns_path": str(folder), "span_group": settings.span_group}
    )
    nlp.add_pipe(
        "nlp_checker_values", config={"patterns_path": str(folder), "span_group": settings.span_group}
    )
    nlp.add_pipe(
        "nlp_checker_sections",
        config={
            "patterns_path": str(folder),
            "require_start_line": settings.sectionizer.require_start_line,
            "max_section_length": settings.sectionizer.max_section_length,
        },
    )
    context = nlp.add_pipe(
        "medspacy_context",
        config={
            "rules": None,
            "input_span_type": "group",
            "span_group_name": settings.span_group,
            "max_scope": settings.context.max_scope,
            "prune_on_modifier_overlap": settings.context.prune_on_modifier_overlap,
            "prune_on_target_overlap": settings.context.prune_on_target_overlap,
        },
    )
    context.add(load_context_rules(folder / "context_rules.json"))
    scope_context_to_target_sentences(context, settings.span_group)
    return nlp
