"""Plain-text notes as a chart: one document per file."""

from __future__ import annotations

from pathlib import Path

from nlp_checker.ingest.chart_json import parse_chart
from nlp_checker.ingest.read import read_text
from nlp_checker.models import Chart


def text_chart(paths: list[Path], chart_id: str) -> Chart:
    """Plain-text notes as one chart: one document of type ``other`` per file, id = file name."""
    documents = [{"id": p.name, "type": "other", "text": read_text(p)} for p in paths]
    return parse_chart({"chart_id": chart_id, "documents": documents}, chart_id)
