"""Shared fixtures: one Checker (pipeline built once per session) and paths to the bundled data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from nlp_checker import Checker

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus_samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _worklist_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Apps built in tests keep their worklist store in a temporary SQLite file, never in the checkout."""
    previous = os.environ.get("NLP_CHECKER_DATABASE_URL")
    os.environ["NLP_CHECKER_DATABASE_URL"] = f"sqlite:///{tmp_path_factory.mktemp('db') / 'worklist.sqlite3'}"
    yield
    if previous is None:
        os.environ.pop("NLP_CHECKER_DATABASE_URL", None)
    else:
        os.environ["NLP_CHECKER_DATABASE_URL"] = previous


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker()


@pytest.fixture(scope="session")
def nlp(checker: Checker):  # type: ignore[no-untyped-def]
    return checker.nlp


def make_chart(
    *texts: str,
    claim_lines: list[dict] | None = None,
    profile: str = "medicare",
    date_of_service: str = "2026-03-04",
    types: list[str] | None = None,
    **extra: object,
) -> dict:
    """A chart dict with one document per text (types default to progress_note), all dated on the DOS."""
    types = types or ["progress_note"] * len(texts)
    chart: dict = {
        "chart_id": "test-chart",
        "date_of_service": date_of_service,
        "payer": {"profile": profile},
        "documents": [
            {"id": f"d{i + 1}", "type": kind, "date": date_of_service, "text": text}
            for i, (text, kind) in enumerate(zip(texts, types, strict=True))
        ],
    }
    if claim_lines is not None:
        chart["claim_lines"] = claim_lines
    chart.update(extra)
    return chart
