"""Regenerate charts/ and gold/ for batch b8 from charts_src/*.py."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "charts_src"))

for name in sorted(os.listdir(os.path.join(HERE, "charts_src"))):
    if name.startswith("c") and name.endswith(".py"):
        importlib.import_module(name[:-3])
        print("built", name)
