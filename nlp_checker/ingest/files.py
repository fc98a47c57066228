"""Reads charts from files and folders: chart JSON (the contract), FHIR R4, HL7 v2, C-CDA, plain text.

Every problem becomes an ``InputError`` naming the file and what is wrong: empty, binary, not UTF-8,
malformed JSON, wrong types or missing fields, a document over the size limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp_checker.errors import InputError
from nlp_checker.ingest.chart_json import decode_json, parse_chart
from nlp_checker.ingest.read import read_text
from nlp_checker.ingest.text import text_chart
from nlp_checker.models import Chart
from nlp_checker.sources import ChartSource

JSON_SUFFIXES = {".json"}
HL7_SUFFIXES = {".hl7", ".hl7v2", ".er7"}
CCDA_SUFFIXES = {".ccda", ".cda", ".xml"}
STRUCTURED_SUFFIXES = JSON_SUFFIXES | HL7_SUFFIXES | CCDA_SUFFIXES

if TYPE_CHECKING:
    from nlp_checker.rules import RuleBundle


def load_chart_file(path: Path, rules: RuleBundle | None = None) -> Chart | ChartSource:
    """Any single-chart file: chart JSON, a FHIR resource or Bundle, HL7 v2 messages, or a C-CDA document."""
    text = read_text(path)
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        data = decode_json(text, str(path))
        from nlp_checker.ingest.fhir import looks_like_fhir, read_fhir

        if looks_like_fhir(data):
            return read_fhir(data, str(path), rules)
        return parse_chart(data, str(path))
    from nlp_checker.ingest.ccda import looks_like_ccda, read_ccda
    from nlp_checker.ingest.hl7v2 import looks_like_hl7v2, read_hl7v2

    if suffix in HL7_SUFFIXES or looks_like_hl7v2(text):
        return read_hl7v2(text, str(path), rules)
    if suffix in CCDA_SUFFIXES or looks_like_ccda(text):
        return parse_chart(read_ccda(text, str(path)), str(path))
    return text_chart([path], path.stem)


def iter_chart_sources(
    paths: list[Path], rules: RuleBundle | None = None
) -> Iterator[tuple[str, Chart | ChartSource | InputError]]:
    """Yield (source, chart or error) for every chart named by files and folders, in a stable order.

    In a folder, every structured file (JSON, HL7 v2, C-CDA) is a chart of its own; the plain-text notes
    together form one chart named after the folder.
    """
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            if not files:
                yield str(path), InputError("folder holds no chart files", str(path))
            structured = [p for p in files if p.suffix.lower() in STRUCTURED_SUFFIXES]
            text_files = [p for p in files if p.suffix.lower() not in STRUCTURED_SUFFIXES]
            for file in structured:
                yield from _one(file, lambda f=file: load_chart_file(f, rules))
            if text_files:
                yield from _one(path, lambda p=path, t=text_files: text_chart(t, p.name))
        elif path.is_file():
            yield from _one(path, lambda p=path: load_chart_file(p, rules))
        else:
            yield str(path), InputError("no such file or folder", str(path))


def _one(source: Path, load: Any) -> Iterator[tuple[str, Chart | InputError]]:
    try:
        yield str(source), load()
    except InputError as exc:
        yield str(source), exc
