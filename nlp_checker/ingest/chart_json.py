"""Chart JSON, the contract's format: decode text, validate it as a ``Chart``, describe what is wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from nlp_checker.errors import InputError
from nlp_checker.ingest.read import read_text
from nlp_checker.models import Chart


def describe_validation_error(exc: ValidationError) -> str:
    """One line: the first failing field path and what was expected."""
    first = exc.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "chart"
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{location}: {first['msg']}{more}"


def parse_chart(data: Any, source: str | None = None) -> Chart:
    """Validate a decoded JSON value as a chart."""
    if not isinstance(data, dict):
        raise InputError(f"expected a chart object, found {type(data).__name__}", source)
    try:
        return Chart.model_validate(data)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc), source) from None


def decode_json(text: str, source: str | None = None) -> Any:
    """Decode JSON text; malformed or absurdly nested input is an InputError, never a crash."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", source
        ) from None
    except RecursionError:
        raise InputError("JSON nested too deeply", source) from None


def load_json_chart(path: Path) -> Chart:
    """A chart JSON file in the contract format."""
    return parse_chart(decode_json(read_text(path), str(path)), str(path))
