"""Negation precision / recall / F1 of nlp-checker's ConText on the NegEx test kit (Chapman et al.).

The kit is ``rsAnnotations-1-120-random.txt`` of the public repository chapmanbe/negex (tab-separated: row
number, concept, sentence, negation status "Negated" / "Affirmed", then temporality and experiencer). It is
third-party reference data and is not part of this repository: fetch it yourself, e.g.

    mkdir -p /tmp/negex && curl -fsSL -o /tmp/negex/rsAnnotations-1-120-random.txt \\
        https://raw.githubusercontent.com/chapmanbe/negex/master/rsAnnotations-1-120-random.txt

For each row the sentence goes through the project's pipeline (``build_nlp``, ``patterns/``) up to ConText;
the concept (found in the sentence case-insensitively, whitespace-normalized, preferring the upper-cased
occurrence the kit uses to mark it) is added to the pipeline's span group next to whatever the concept
rules found, then ``nlp_checker_context`` runs and ``span._.is_negated`` is read. For comparison the same
is done with medspaCy's ConText and its default rules on a blank English pipeline with a sentencizer.
"Negated" is the positive class. Rows whose concept is not in the sentence are counted and skipped.

    python bench/negex_kit.py [KIT] [--errors 10] [--json out.json]

KIT defaults to $NLP_CHECKER_NEGEX_KIT, else /tmp/negex/rsAnnotations-1-120-random.txt.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KIT_NAME = "rsAnnotations-1-120-random.txt"
DEFAULT_KIT = Path("/tmp/negex") / KIT_NAME
KIT_URL = f"https://raw.githubusercontent.com/chapmanbe/negex/master/{KIT_NAME}"
GROUP = "negex_kit"

# Common NegEx pre-/post-negation triggers, only to label the error patterns (not used for scoring).
CUE_WORDS = re.compile(
    r"\b(no|not|denie[sd]|deny|denying|without|negative|free of|absence of|ruled? out|r/o|rule out|"
    r"never|nor|none|cannot|resolved|unremarkable|non|absent|fails? to|lack of|unlikely|low suspicion)\b",
    re.IGNORECASE,
)


@dataclass
class Row:
    number: str
    concept: str
    sentence: str
    negated: bool


@dataclass
class Outcome:
    row: Row
    predicted: bool
    cues: list[str] = field(default_factory=list)
    sentence_start: int = 0  # first character of the concept's sentence (as the pipeline split it)


def read_kit(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(record) < 4 or not record[0].strip().isdigit():
                continue  # header or blank line
            status = record[3].strip().lower()
            rows.append(Row(record[0].strip(), record[1], record[2], status == "negated"))
    return rows


def find_concept(sentence: str, concept: str) -> tuple[int, int] | None:
    """Character offsets of the concept in the sentence, preferring its upper-cased occurrence."""
    words = concept.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    found = list(pattern.finditer(sentence))
    if not found:
        return None
    upper = [m for m in found if m.group().upper() == m.group() and any(c.isalpha() for c in m.group())]
    best = (upper or found)[0]
    return best.start(), best.end()


def mark(doc: Any, offsets: tuple[int, int], group: str) -> Any:
    span = doc.char_span(*offsets, label="NEGEX_KIT", alignment_mode="expand")
    if span is None or not len(span):
        return None
    existing = list(doc.spans[group]) if group in doc.spans else []
    doc.spans[group] = [*existing, span]
    return span


def kit_span(doc: Any, group: str, offsets: tuple[int, int]) -> Any:
    """The marked span as stored in the group (extension values live on the group's span objects)."""
    for span in doc.spans[group]:
        if span.label_ == "NEGEX_KIT" and span.start_char <= offsets[0] < span.end_char:
            return span
    raise LookupError("kit span lost")


def project_runner() -> tuple[Callable[[Row, tuple[int, int]], Outcome | None], float]:
    from nlp_checker.pipeline import build_nlp, load_settings

    started = time.perf_counter()
    nlp = build_nlp()
    group = load_settings().span_group
    context_name = "nlp_checker_context"
    before = []
    for name, proc in nlp.pipeline:
        if name == context_name:
            break
        before.append(proc)
    context = nlp.get_pipe(context_name)
    loaded = time.perf_counter() - started

    def run(row: Row, offsets: tuple[int, int]) -> Outcome | None:
        doc = nlp.make_doc(row.sentence)
        for proc in before:
            doc = proc(doc)
        if mark(doc, offsets, group) is None:
            return None
        doc = context(doc)
        span = kit_span(doc, group, offsets)
        records = span._.nlp_checker_modifiers
        cues = [f"{r['category']}:{doc[r['start'] : r['end']].text.lower()}" for r in records]
        return Outcome(row, bool(span._.is_negated), cues, span.sent.start_char)

    return run, loaded


def medspacy_runner() -> tuple[Callable[[Row, tuple[int, int]], Outcome | None], float]:
    import spacy
    from medspacy.context import ConText  # noqa: F401  (registers the medspacy_context factory)

    started = time.perf_counter()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("medspacy_context", config={"input_span_type": "group", "span_group_name": GROUP})
    sentencizer = nlp.get_pipe("sentencizer")
    context = nlp.get_pipe("medspacy_context")
    loaded = time.perf_counter() - started

    def run(row: Row, offsets: tuple[int, int]) -> Outcome | None:
        doc = sentencizer(nlp.make_doc(row.sentence))
        if mark(doc, offsets, GROUP) is None:
            return None
        doc = context(doc)
        span = kit_span(doc, GROUP, offsets)
        cues = [f"{m.category}:{doc[slice(*m.modifier_span)].text.lower()}" for m in span._.modifiers]
        return Outcome(row, bool(span._.is_negated), cues, span.sent.start_char)

    return run, loaded


def score(outcomes: list[Outcome]) -> dict[str, Any]:
    tp = sum(o.row.negated and o.predicted for o in outcomes)
    fp = sum(not o.row.negated and o.predicted for o in outcomes)
    fn = sum(o.row.negated and not o.predicted for o in outcomes)
    tn = sum(not o.row.negated and not o.predicted for o in outcomes)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / len(outcomes) if outcomes else 0.0
    return {
        "rows": len(outcomes),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round(accuracy, 4),
    }


def nearest_cue(outcome: Outcome, offsets: tuple[int, int]) -> str:
    """The NegEx-style cue closest before the concept (else after it), for labelling missed negations."""
    sentence = outcome.row.sentence
    before = list(CUE_WORDS.finditer(sentence[: offsets[0]]))
    if before:
        cue = before[-1]
        words = len(sentence[cue.end() : offsets[0]].split())
        gap = "adjacent" if words == 0 else ("1-3 words between" if words <= 3 else "4+ words between")
        split = ", cue in an earlier sentence" if cue.start() < outcome.sentence_start else ""
        return f"'{cue.group().lower()}' before, {gap}{split}"
    after = CUE_WORDS.search(sentence[offsets[1] :])
    if after:
        return f"'{after.group().lower()}' after"
    return "no cue word"


def error_pattern(outcome: Outcome, offsets: tuple[int, int]) -> str:
    if outcome.row.negated:
        return f"FN: {nearest_cue(outcome, offsets)}"
    negations = [c.split(":", 1)[1] for c in outcome.cues if c.startswith("NEGATED_EXISTENCE:")]
    return f"FP: cue '{negations[0] if negations else '?'}'"


def evaluate(
    name: str, runner: Callable[[Row, tuple[int, int]], Outcome | None], rows: list[Row], errors: int
) -> dict[str, Any]:
    outcomes: list[Outcome] = []
    patterns: Counter[str] = Counter()
    examples: dict[str, str] = {}
    skipped = 0
    started = time.perf_counter()
    for row in rows:
        offsets = find_concept(row.sentence, row.concept)
        outcome = runner(row, offsets) if offsets else None
        if outcome is None:
            skipped += 1
            continue
        outcomes.append(outcome)
        if outcome.predicted != row.negated:
            pattern = error_pattern(outcome, offsets)
            patterns[pattern] += 1
            examples.setdefault(pattern, f"#{row.number} {' '.join(row.sentence.split())[:160]}")
    elapsed = time.perf_counter() - started
    result = {"name": name, **score(outcomes), "skipped": skipped, "seconds": round(elapsed, 2)}
    result["errors"] = [
        {"pattern": p, "count": n, "example": examples[p]} for p, n in patterns.most_common(errors)
    ]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kit", nargs="?", default=os.environ.get("NLP_CHECKER_NEGEX_KIT", str(DEFAULT_KIT)))
    parser.add_argument("--errors", type=int, default=10, help="most frequent error patterns to list")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--only", choices=["project", "medspacy"], help="run one system only")
    args = parser.parse_args()

    kit = Path(args.kit)
    if not kit.is_file():
        sys.exit(
            f"NegEx test kit not found at {kit}.\n"
            "It is third-party data and not shipped here; fetch it with\n"
            f"  mkdir -p {kit.parent} && curl -fsSL -o {kit} {KIT_URL}\n"
            "or pass its path (or set NLP_CHECKER_NEGEX_KIT)."
        )
    rows = read_kit(kit)
    labels = Counter("Negated" if r.negated else "other" for r in rows)
    print(f"kit: {kit} ({len(rows)} rows; {labels['Negated']} Negated, {labels['other']} other)")

    systems = [("nlp-checker ConText (patterns/context_rules.json)", project_runner)]
    systems.append(("medspaCy ConText, default rules", medspacy_runner))
    if args.only:
        systems = [systems[0 if args.only == "project" else 1]]
    results = []
    for name, factory in systems:
        runner, loaded = factory()
        result = evaluate(name, runner, rows, args.errors)
        result["load_seconds"] = round(loaded, 2)
        results.append(result)
        print(
            f"\n{name}\n  rows {result['rows']} (skipped {result['skipped']}: concept not in sentence)"
            f"  TP {result['tp']}  FP {result['fp']}  FN {result['fn']}  TN {result['tn']}\n"
            f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
            f"  accuracy {result['accuracy']:.3f}\n"
            f"  time {result['seconds']:.2f} s"
            f" ({1000 * result['seconds'] / max(result['rows'], 1):.2f} ms/row)"
            f", pipeline load {result['load_seconds']:.2f} s"
        )
        for error in result["errors"]:
            print(f"    {error['count']:3d}  {error['pattern']}\n         e.g. {error['example']}")
    if args.json:
        args.json.write_text(json.dumps({"kit": str(kit), "results": results}, indent=1))


if __name__ == "__main__":
    main()
