"""Builds the spaCy pipeline from a patterns folder, explicitly and cheaply.

blank English tokenizer -> ``nlp_checker_sentences`` (line-aware sentence splitter) ->
``nlp_checker_targets`` (concept rules, medspaCy TargetRule format, matched on characters) ->
``nlp_checker_values`` (value extractors) -> ``nlp_checker_sections`` (medspaCy section rules and matcher) ->
``nlp_checker_context`` (medspaCy ConText, matched per sentence that holds a finding).

No statistical model and no PyRuSH (its DEBUG logging in the hot loop costs about 6x; see README,
Benchmarks). Every component reads its rule file in ``initialize`` and writes the rules back on
``to_disk``, so ``nlp.to_disk(d)`` then ``spacy.load(d)`` rebuilds the same pipeline without the folder.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

# Importing the component modules registers their factories (also declared as spacy_factories entry
# points, which spacy.load uses in a fresh process). None of them imports medspaCy at module level.
from nlp_checker.pipeline import concepts, context, sections, sentences, values  # noqa: F401
from nlp_checker.pipeline.extensions import set_extensions
from nlp_checker.rules import default_bundle
from nlp_checker.settings import PipelineSettings, load_pipeline_settings

PIPE_NAMES = (
    "nlp_checker_sentences",
    "nlp_checker_targets",
    "nlp_checker_values",
    "nlp_checker_sections",
    "nlp_checker_context",
)


def load_settings(folder: Path | None = None) -> PipelineSettings:
    return load_pipeline_settings((folder or default_bundle().folder) / "pipeline.yaml")


def build_nlp(folder: Path | None = None) -> Language:
    """Return the pipeline built from the rule files in ``folder`` (default: the shipped ``patterns/``)."""
    folder = folder or default_bundle().folder
    settings = load_pipeline_settings(folder / "pipeline.yaml")
    set_extensions()
    path = str(folder)
    group = settings.span_group
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "nlp_checker_sentences",
        config={
            "end_punctuation": settings.sentences.end_punctuation,
            "continuation_words": settings.sentences.continuation_words,
            "patterns_path": path,
        },
    )
    nlp.add_pipe("nlp_checker_targets", config={"patterns_path": path, "span_group": group})
    nlp.add_pipe(
        "nlp_checker_values",
        config={
            "patterns_path": path,
            "span_group": group,
            "skip_extractors": settings.values.skip_extractors,
        },
    )
    nlp.add_pipe(
        "nlp_checker_sections",
        config={
            "patterns_path": path,
            "require_start_line": settings.sectionizer.require_start_line,
            "max_section_length": settings.sectionizer.max_section_length,
        },
    )
    nlp.add_pipe(
        "nlp_checker_context",
        config={
            "patterns_path": path,
            "span_group": group,
            "max_scope": settings.context.max_scope,
            "prune_on_modifier_overlap": settings.context.prune_on_modifier_overlap,
            "prune_on_target_overlap": settings.context.prune_on_target_overlap,
        },
    )
    nlp.initialize()
    return nlp
