"""Reading and validating rule files: every error names the file and the key that failed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from nlp_checker.errors import RulesetError

ModelT = TypeVar("ModelT", bound=BaseModel)
# libyaml's safe loader where PyYAML was built with it (about 10x faster at start-up), else the Python one.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_rule_file(path: Path) -> Any:
    """Parse one YAML or JSON rule file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesetError(str(path), "", f"cannot read: {exc}") from None
    try:
        return json.loads(raw) if path.suffix == ".json" else yaml.load(raw, Loader=SAFE_LOADER)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise RulesetError(str(path), "", f"invalid {path.suffix.lstrip('.').upper()}: {exc}") from None


def validate_rules(
    model: type[ModelT], data: Any, path: Path | str, context: dict[str, Any] | None = None
) -> ModelT:
    """Validate parsed rule data against ``model``; the first error becomes a ``RulesetError``."""
    try:
        return model.model_validate(data, context={"file": str(path), **(context or {})})
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        found = repr(first.get("input"))[:80]
        raise RulesetError(str(path), location, f"{first['msg']} (found {found})") from None
