"""What filling medspaCy's section attributes would cost, against nlp_checker's own section rows.

For every document of the sample corpus (repeated to ``--min-mb``), after the pipeline ran: (own) the
rows ``nlp_checker_sections`` writes, read through the token getter; (medspaCy) ``doc._.sections`` as
medspaCy ``Section`` objects plus ``token._.section`` on every token, as medspaCy's Sectionizer stores
them. Prints the time each takes and the size of ``doc.to_bytes()`` with each.

    python bench/sections_cost.py [--min-mb 0.5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-mb", type=float, default=0.5)
    args = parser.parse_args()

    from medspacy.section_detection import Section
    from spacy.tokens import Doc, Token

    from nlp_checker.pipeline import build_nlp
    from nlp_checker.pipeline.extensions import SECTIONS_ATTR, doc_sections

    nlp = build_nlp()
    base = [
        d["text"]
        for p in sorted((ROOT / "corpus_samples" / "charts").glob("*.json"))
        for d in json.loads(p.read_text())["documents"]
    ]
    texts: list[str] = []
    while sum(map(len, texts)) < args.min_mb * 1_000_000:
        texts += base
    docs = list(nlp.pipe(texts))
    rules = {f"section.{r.category}:{r.literal}": r for r in nlp.get_pipe("nlp_checker_sections").rules}
    tokens = sum(map(len, docs))

    started = time.perf_counter()
    own_bytes = sum(len(doc.to_bytes()) for doc in docs)
    own_serialize = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        for token in doc:
            token._.nlp_checker_section_category  # noqa: B018  (the getter runs on demand only)
    own_read_all = time.perf_counter() - started

    started = time.perf_counter()
    for doc in docs:
        sections = [
            Section(s.category, s.title_start, s.title_end, s.title_end, s.body_end, None, rules.get(s.rule))
            for s in doc_sections(doc)
        ]
        doc._.sections = sections
        for section in sections:
            for token in doc[section.title_start : section.body_end]:
                token._.section = section
    medspacy_write = time.perf_counter() - started
    started = time.perf_counter()
    medspacy_bytes = sum(len(doc.to_bytes()) for doc in docs)
    medspacy_serialize = time.perf_counter() - started

    started = time.perf_counter()
    for _ in range(3):
        list(nlp.pipe(texts))
    pipeline = (time.perf_counter() - started) / 3
    assert Doc.has_extension(SECTIONS_ATTR) and Token.has_extension("section")
    json.dump(
        {
            "documents": len(docs),
            "tokens": tokens,
            "pipeline_seconds": round(pipeline, 3),
            "own_to_bytes_seconds": round(own_serialize, 3),
            "own_to_bytes_total_mb": round(own_bytes / 1e6, 2),
            "own_getter_read_on_every_token_seconds": round(own_read_all, 3),
            "medspacy_per_token_write_seconds": round(medspacy_write, 3),
            "medspacy_to_bytes_seconds": round(medspacy_serialize, 3),
            "medspacy_to_bytes_total_mb": round(medspacy_bytes / 1e6, 2),
        },
        sys.stdout,
        indent=2,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
