#!/usr/bin/env python3
"""Regenerate charts/ and gold/ from the per-chart builders in build/."""
import glob, os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "build"))
for p in sorted(glob.glob(os.path.join(HERE, "build", "b9_*.py"))):
    runpy.run_path(p, run_name="__main__")
print("built")
