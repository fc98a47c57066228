"""``nlp_checker_context``: medspaCy's ConText over the finding span group, matched per target sentence.

medspaCy's ConText component finds modifiers with one matcher over the whole document, then builds a
``ConTextGraph`` of ``ConTextModifier`` objects. This component keeps medspaCy's algorithm (its public
``ConTextRule``, ``ConTextModifier`` and ``ConTextGraph`` classes and ``prune_overlapping_matches``) and
owns the matching, with two changes measured on the sample corpus:

- simple ``LOWER``/``IN``/``?`` token patterns are expanded into phrases for the PhraseMatcher
  (``context_rules.py``, with a test that the matches are identical): the token Matcher cost more than
  the tokenizer;
- modifiers are matched only in sentences that hold a finding: modifiers reach targets only inside their
  own sentence (no global ``max_scope``), and the token Matcher over whole documents was 30 % of the check.

It writes plain data, not medspaCy objects, so docs serialize (``doc.to_bytes()``, ``n_process>1``): on
each target span ``span._.nlp_checker_modifiers`` (``{"category", "rule", "start", "end"}`` per linked
modifier) and medspaCy's boolean attributes (``is_negated``, ``is_family``, ...). It does not set
medspaCy's ``span._.modifiers`` or ``doc._.context_graph``, which hold ConTextModifier / ConTextGraph
objects. The rules it was built from (``context_rules.json``, before expansion) are written by
``to_disk`` / ``to_bytes``.
"""

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from nlp_checker.pipeline.context_rules import KEY, compile_context_rules
from nlp_checker.pipeline.extensions import CONTEXT_ATTRIBUTES, MODIFIERS_ATTR, set_extensions
from nlp_checker.pipeline.rule_data import RuleFileComponent

# Of two rules on one span, the one reaching further wins; on equal reach, both ways before one way.
_DIRECTIONS = {"BIDIRECTIONAL": 2, "FORWARD": 1, "BACKWARD": 1, "TERMINATE": 0, "PSEUDO": 0}


def _reach(rule: Any) -> float:
    """How many tokens a rule's modifier reaches (no max_scope: its whole sentence)."""
    return float("inf") if rule.max_scope is None else float(rule.max_scope)


def context_rule_id(rule: Any) -> str:
    return f"context.{rule.category}:{rule.literal}"


class SentenceScopedConText(RuleFileComponent):
    """medspaCy ConText with its modifier matching restricted to sentences that hold a target span."""

    file_name = "context_rules.json"
    key = KEY

    def __init__(
        self,
        nlp: Language,
        patterns_path: str | None,
        span_group: str,
        max_scope: int | None,
        prune_on_modifier_overlap: bool,
        prune_on_target_overlap: bool,
        phrase_matcher_attr: str,
    ) -> None:
        super().__init__(patterns_path)
        if max_scope is not None and not (isinstance(max_scope, int) and max_scope > 0):
            raise ValueError(f"max_scope must be None or an integer greater than 0, not {max_scope!r}")
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.span_group = span_group
        self.max_scope = max_scope
        self.prune_on_modifier_overlap = prune_on_modifier_overlap
        self.prune_on_target_overlap = prune_on_target_overlap
        self.phrase_matcher_attr = phrase_matcher_attr
        self.rule_map: dict[str, Any] = {}
        self._matcher = Matcher(nlp.vocab)
        self._phrase_matcher = PhraseMatcher(nlp.vocab, attr=phrase_matcher_attr)
        self._regex_matcher: Any = None
        self._has_regex = False
        self._prune: Any = None
        self._graph: Any = None
        self._modifier: Any = None
        set_extensions()

    # -- rules -------------------------------------------------------------------------------------------
    def set_rules(self, rule_data: list[dict[str, Any]], source: str) -> None:
        """Build the matchers as medspaCy's ConText.add / MedspacyMatcher.add do, from expanded rules."""
        from medspacy.common.regex_matcher import RegexMatcher
        from medspacy.common.util import prune_overlapping_matches
        from medspacy.context import ConTextGraph, ConTextModifier

        self._prune, self._graph, self._modifier = prune_overlapping_matches, ConTextGraph, ConTextModifier

        rules = compile_context_rules(rule_data, source)
        matcher = Matcher(self.vocab)
        phrase_matcher = PhraseMatcher(self.vocab, attr=self.phrase_matcher_attr)
        regex_matcher = RegexMatcher(self.vocab)
        rule_map = {}
        for count, rule in enumerate(rules):
            # A global max_scope fills rules that have none (ConText.add).
            if self.max_scope is not None and rule.max_scope is None:
                rule.max_scope = self.max_scope
            rule_id = f"{rule.category}_{count}"
            rule_map[rule_id] = rule
            if isinstance(rule.pattern, str):
                regex_matcher.add(rule_id, [rule.pattern], rule.on_match)
            elif isinstance(rule.pattern, list):
                matcher.add(rule_id, [rule.pattern], on_match=rule.on_match)
            else:
                lower = self.phrase_matcher_attr.lower() == "lower"
                literal = rule.literal.lower() if lower else rule.literal
                phrase_matcher.add(rule_id, [self.tokenizer(literal)], on_match=rule.on_match)
        self._matcher, self._phrase_matcher, self._regex_matcher = matcher, phrase_matcher, regex_matcher
        self._has_regex = any(isinstance(rule.pattern, str) for rule in rules)
        self.rule_map = rule_map

    @property
    def rules(self) -> list[Any]:
        """The ConTextRules in use (after phrase expansion)."""
        self.ensure_rules()
        return list(self.rule_map.values())

    @property
    def categories(self) -> set[str]:
        return {rule.category for rule in self.rules}

    # -- matching ----------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Modifier matches (match_id, start, end) in the sentences holding a span of the group."""
        self.ensure_rules()
        group = doc.spans.get(self.span_group, ())
        if not len(group):
            return []
        if doc.has_annotation("SENT_START"):
            sentences = [doc[start].sent for start in sorted({span.sent.start for span in group})]
        else:
            sentences = [doc[:]]
        matches: list[tuple[int, int, int]] = []
        for sentence in sentences:
            # spaCy 3.7: Matcher on a Span returns span-relative indices, PhraseMatcher doc-relative ones.
            offset = sentence.start
            matches += [(m, s + offset, e + offset) for m, s, e in self._matcher(sentence)]
            matches += list(self._phrase_matcher(sentence))
        if self._has_regex:
            matches += self._regex_matcher(doc)
        matches = self._one_rule_per_span(matches)
        return self._prune(matches) if self.prune_on_modifier_overlap else matches

    def _one_rule_per_span(self, matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """One rule per span and category, chosen by what the rules say, not by their match ids: "brother" is
        in a family word list (forward, 15 tokens) and has rules of its own (both ways, 12; forward, 16).
        Pruning keeps one of equal spans in the order of the match ids (a rule's position in the file), so a
        rule added anywhere could change which applies."""
        strings = self.vocab.strings
        best: dict[tuple[int, int, str], tuple[tuple[float, int], tuple[int, int, int]]] = {}
        for match in matches:
            rule = self.rule_map[strings[match[0]]]
            rank = (_reach(rule), _DIRECTIONS.get(rule.direction, 0))
            key = (match[1], match[2], rule.category)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, match)
        return [match for _, match in best.values()]

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_rules()
        matches = self.match(doc)
        if not matches:
            return doc
        graph = self._graph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = doc.spans[self.span_group]
        strings = self.vocab.strings
        graph.modifiers = [
            self._modifier(self.rule_map[strings[match_id]], start, end, doc, max_scope=self.max_scope)
            for match_id, start, end in matches
        ]
        graph.update_scopes()
        graph.apply_modifiers()
        for target, modifier in graph.edges:
            rule = modifier.rule
            start, end = modifier.modifier_span
            record = {"category": rule.category, "rule": context_rule_id(rule), "start": start, "end": end}
            target._.set(MODIFIERS_ATTR, (*target._.get(MODIFIERS_ATTR), record))
            attr = CONTEXT_ATTRIBUTES.get(rule.category)
            if attr is not None:
                target._.set(attr, True)
        return doc


@Language.factory(
    "nlp_checker_context",
    default_config={
        "patterns_path": None,
        "span_group": "nlp_checker",
        "max_scope": None,
        "prune_on_modifier_overlap": True,
        "prune_on_target_overlap": False,
        "phrase_matcher_attr": "LOWER",
    },
)
def create_context(
    nlp: Language,
    name: str,
    patterns_path: str | None,
    span_group: str,
    max_scope: int | None,
    prune_on_modifier_overlap: bool,
    prune_on_target_overlap: bool,
    phrase_matcher_attr: str,
) -> SentenceScopedConText:
    return SentenceScopedConText(
        nlp,
        patterns_path,
        span_group,
        max_scope,
        prune_on_modifier_overlap,
        prune_on_target_overlap,
        phrase_matcher_attr,
    )
