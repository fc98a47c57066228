"""The spaCy pipeline of nlp-checker: one module per component, ``build_nlp`` to assemble them.

- ``sentences``: ``nlp_checker_sentences``, line-aware sentence splitter
- ``concepts``: ``nlp_checker_targets``, concept rules (medspaCy TargetRule format) on characters
- ``values``: ``nlp_checker_values``, the regex value extractors of ``extractors/*.yaml``
- ``sections``: ``nlp_checker_sections``, medspaCy section rules and matcher, sections stored as data
- ``context``: ``nlp_checker_context``, medspaCy ConText scoped to sentences that hold a finding
- ``extensions``: every custom attribute the components write, and the per-doc text cache

medspaCy is imported only when a component loads its rules, never by importing this package.
"""

from __future__ import annotations

from nlp_checker.pipeline.build import PIPE_NAMES, build_nlp, load_settings

__all__ = ["PIPE_NAMES", "build_nlp", "load_settings"]
