"""Scores ``nlp_checker.document.analyze`` against the gold files: dose, wastage, infusion times.

For each chart, the effective (not superseded) in-service findings of the roles administered_dose,
waste, infusion_start and infusion_end give one set of values per kind, compared with the gold set.
Run: ``python bench/document_roles.py [-v]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from nlp_checker.document import analyze
from nlp_checker.role_findings import ROLE_KINDS

ROOT = Path(__file__).resolve().parents[1] / "corpus_samples"
ROLE_TO_KIND = ROLE_KINDS
KINDS = list(ROLE_TO_KIND.values())


def _norm(kind: str, value: object) -> object:
    return round(float(value), 1) if kind in ("dose", "wastage") else value


def predict(chart: dict) -> dict[str, set]:
    """Return the predicted value sets of one chart."""
    service = chart.get("date_of_service")
    out: dict[str, set] = {kind: set() for kind in KINDS}
    for doc in chart["documents"]:
        for finding in analyze(doc["text"], doc.get("date"), service):
            kind = ROLE_TO_KIND.get(finding.role)
            if kind and finding.in_service and not finding.superseded:
                out[kind].add(_norm(kind, finding.value))
    return out


def score(folder: Path, verbose: bool) -> dict[str, tuple[int, int, int]]:
    """Return (true positives, predicted, gold) per kind over the charts of ``folder``."""
    totals = {kind: [0, 0, 0] for kind in KINDS}
    for path in sorted((folder / "charts").glob("*.json")):
        chart = json.loads(path.read_text())
        gold_doc = json.loads((folder / "gold" / path.name).read_text())
        gold = {
            kind: {_norm(kind, f["value"]) for f in gold_doc["findings"] if f["kind"] == kind}
            for kind in KINDS
        }
        pred = predict(chart)
        for kind in KINDS:
            hit = len(pred[kind] & gold[kind])
            totals[kind][0] += hit
            totals[kind][1] += len(pred[kind])
            totals[kind][2] += len(gold[kind])
            if verbose and pred[kind] != gold[kind]:
                want, got = sorted(gold[kind], key=str), sorted(pred[kind], key=str)
                print(f"  {path.stem:10} {kind:15} gold={want} pred={got}")
    return {kind: tuple(v) for kind, v in totals.items()}


def main() -> None:
    """Print precision and recall per kind and set."""
    verbose = "-v" in sys.argv
    sets = {"corpus": ROOT}
    # Held-out batches (blind/HELD_OUT) are scored only by `nlp-checker evaluate` at the end of a change.
    held_out = set((ROOT / "blind" / "HELD_OUT").read_text(encoding="utf-8").split())
    sets.update(
        {
            f"blind/{p.name}": p
            for p in sorted((ROOT / "blind").iterdir())
            if (p / "charts").is_dir() and p.name not in held_out
        }
    )
    print(f"{'set':12} {'kind':15} {'P':>6} {'R':>6}  tp/pred/gold")
    for name, folder in sets.items():
        if verbose:
            print(f"[{name}]")
        for kind, (tp, pred, gold) in score(folder, verbose).items():
            precision = tp / pred if pred else 1.0
            recall = tp / gold if gold else 1.0
            print(f"{name:12} {kind:15} {precision:6.3f} {recall:6.3f}  {tp}/{pred}/{gold}")


if __name__ == "__main__":
    main()
