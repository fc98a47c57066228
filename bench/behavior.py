"""Behavioral test bench (CheckList): pass rate per finding kind, per invariance perturbation and per
directional edit, with the failing families and examples.

    python bench/behavior.py [--examples N] [--no-corpus]

Cases are generated from tests/behavior/cases.yaml; perturbations live in tests/behavior/perturb.py;
thresholds the pytest suite enforces are in tests/behavior/thresholds.yaml.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp_checker import Checker  # noqa: E402
from tests.behavior import generate, perturb  # noqa: E402


def _enforced(thresholds: dict, section: str, name: str) -> object:
    """The minimum pytest enforces: the measured floor of an entry below 0.5, else the section's value."""
    below = (thresholds.get("below_floor") or {}).get(section) or {}
    return below.get(name, thresholds.get(section, {}).get(name, "-"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=3, help="failing examples shown per family")
    parser.add_argument("--no-corpus", action="store_true", help="skip invariance and directional tests")
    args = parser.parse_args()

    t0 = time.perf_counter()
    checker = Checker()
    cases = generate.generate_cases()
    results = generate.run_all(checker, cases)
    thresholds = generate.load_thresholds() if generate.THRESHOLDS.exists() else {}

    print(f"Minimum functionality and traps ({len(cases)} generated cases)\n")
    print("| kind | positive pass | n | trap pass | n | threshold pos / trap |")
    print("|---|---|---|---|---|---|")
    table = generate.rates(results)
    for kind in sorted({k for k, _ in table}):
        pp, pn = table.get((kind, "positive"), (0, 0))
        tp, tn = table.get((kind, "trap"), (0, 0))
        th_p = _enforced(thresholds, "minimum_functionality", kind)
        th_t = _enforced(thresholds, "traps", kind)
        print(f"| {kind} | {pp / pn:.2f} | {pn} | {tp / tn:.2f} | {tn} | {th_p} / {th_t} |")
    total_p = sum(r.passed for r in results)
    print(f"| all | {total_p / len(results):.2f} | {len(results)} | | | |")

    fam = generate.rates(results, by="family")
    failing = sorted(((p / n, n, k) for k, (p, n) in fam.items() if p < n), key=lambda x: (x[0], -x[1]))
    print("\nFailing families (worst first)\n")
    for rate, n, key in failing:
        print(f"- {'/'.join(key)}: {rate:.2f} of {n}")
        shown = [r for r in results if not r.passed and (r.case.kind, r.case.polarity, r.case.family) == key]
        for r in shown[: args.examples]:
            print(f"    {r.case.snippet!r} -> affirmed {r.found!r}")

    if not args.no_corpus:
        data = perturb.corpus()
        inv = perturb.run_invariance(checker, data)
        print(f"\nInvariance ({len(data)} corpus charts; rate over the charts each perturbation changed)\n")
        print("| perturbation | same statuses | charts changed | threshold |")
        print("|---|---|---|---|")
        for name, rows in inv.items():
            ok = sum(1 for _cid, diff in rows if not diff)
            rate = ok / len(rows) if rows else 1.0
            print(f"| {name} | {rate:.2f} | {len(rows)} | {_enforced(thresholds, 'invariance', name)} |")
        for name, rows in inv.items():
            for cid, diff in rows:
                if diff:
                    print(f"    {name} {cid}: " + ", ".join(f"{k} {a}->{b}" for k, (a, b) in diff.items()))
        dirs = perturb.run_directional(checker, data)
        print("\nDirectional\n")
        print("| edit | expected | pass | charts | threshold |")
        print("|---|---|---|---|---|")
        for d in perturb.DIRECTIONAL:
            rows = dirs[d.name]
            ok = sum(1 for _cid, got, want in rows if got == want)
            rate = ok / len(rows) if rows else 1.0
            th = _enforced(thresholds, "directional", d.name)
            print(f"| {d.name} | {d.requirement}={d.expected} | {rate:.2f} | {len(rows)} | {th} |")
        for name, rows in dirs.items():
            for cid, got, want in rows:
                if got != want:
                    print(f"    {name} {cid}: got {got}, want {want}")
    print(f"\n{time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
