"""Loads the YAML rule files of the document layer from ``patterns/document/``."""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

PATTERNS_ENV = "NLP_CHECKER_PATTERNS"


def rules_dir() -> Path:
    """Return the folder holding ``layout.yaml``, ``quantities.yaml`` and ``roles.yaml``."""
    override = os.environ.get(PATTERNS_ENV)
    if override:
        return Path(override) / "document"
    packaged = Path(str(resources.files("nlp_checker"))) / "patterns" / "document"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "patterns" / "document"


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed YAML file ``name`` (without extension)."""
    path = rules_dir() / f"{name}.yaml"
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


@cache
def compiled(name: str, key: str) -> re.Pattern[str]:
    """Return the case-insensitive regex stored under ``key`` in rule file ``name``."""
    return re.compile(load(name)[key], re.IGNORECASE)
