"""Throughput benchmark: chars/s of (a) spaCy's blank English tokenizer, (b) ``medspacy.load()`` with the
same target rules, (c) the full check (extraction + requirements), all in one process on the sample corpus
repeated to at least 2 MB of text. Prints the ratios c/a and c/b, pipeline load time and peak RSS.

    python bench/throughput.py [--min-mb 2] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_charts(min_chars: int) -> list[dict]:
    base = [json.loads(p.read_text()) for p in sorted((ROOT / "corpus_samples" / "charts").glob("*.json"))]
    charts, total, copy = [], 0, 0
    while total < min_chars:
        for chart in base:
            clone = dict(chart, chart_id=f"{chart['chart_id']}-{copy}")
            charts.append(clone)
            total += sum(len(d["text"]) for d in chart["documents"])
        copy += 1
    return charts


def best_of(repeats: int, run: Callable[[], None]) -> float:
    """Best wall time of ``repeats`` runs (the least disturbed by other load)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-mb", type=float, default=2.0)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    import medspacy
    import spacy
    from medspacy.target_matcher import TargetRule

    from nlp_checker import Checker, __version__
    from nlp_checker.resources import patterns_dir

    charts = load_charts(int(args.min_mb * 1_000_000))
    texts = [d["text"] for c in charts for d in c["documents"]]
    chars = sum(map(len, texts))

    started = time.perf_counter()
    checker = Checker()
    load_seconds = time.perf_counter() - started

    tokenizer = spacy.blank("en")
    medspacy_default = medspacy.load()
    medspacy_default.get_pipe("medspacy_target_matcher").add(
        TargetRule.from_json(str(patterns_dir() / "target_rules.json"))
    )
    # PyRuSH (in medspacy.load()) logs through loguru at DEBUG to stderr for every sentence; silence the
    # emission for this run (the formatting cost stays, which is what we measure).
    from loguru import logger

    logger.remove()

    a = best_of(args.repeats, lambda: [None for _ in tokenizer.pipe(texts)])
    b = best_of(args.repeats, lambda: [None for _ in medspacy_default.pipe(texts)])
    c = best_of(args.repeats, lambda: [None for _ in checker.check_many(charts)])
    rates = {"a_tokenizer": chars / a, "b_medspacy_load": chars / b, "c_full_check": chars / c}
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "chars": chars,
        "charts": len(charts),
        "documents": len(texts),
        "chars_per_second": {k: round(v) for k, v in rates.items()},
        "ratio_c_over_a": round(rates["c_full_check"] / rates["a_tokenizer"], 3),
        "ratio_c_over_b": round(rates["c_full_check"] / rates["b_medspacy_load"], 2),
        "checker_load_seconds": round(load_seconds, 2),
        "peak_rss_mb": round(peak_rss_mb),
        "versions": {
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "medspacy": medspacy.__version__,
            "nlp_checker": __version__,
        },
        "targets": {"c_over_b_min": 5, "c_over_a_min": 0.3},
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
