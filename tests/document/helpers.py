"""Shared helpers for the document-layer tests."""

from __future__ import annotations

from nlp_checker.document import analyze

DOS = "2026-03-17"


def values(text: str, role: str, doc_date: str | None = DOS, service_date: str | None = DOS) -> set:
    """Effective in-service values of ``role`` found in ``text``."""
    return {
        f.value
        for f in analyze(text, doc_date, service_date)
        if f.role == role and f.in_service and not f.superseded
    }
