"""Text documents of a chart: DocumentReference, DiagnosticReport (presentedForm, conclusion), Composition.

Document ids are the resource references (``DocumentReference/<id>``); types follow the resource and its
type coding: a DiagnosticReport is a ``lab_report``; a clinical note is a ``progress_note``, or an
``infusion_record`` when its type says infusion / medication administration; anything else is ``other``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.ingest.fhir.common import coded, concept_texts, to_date
from nlp_checker.ingest.fhir.parse import Entry
from nlp_checker.ingest.fhir.text import attachment_text, html_to_text, tidy
from nlp_checker.ingest.structured import StructuredVocabulary
from nlp_checker.ingest.wrapping import join_wrapped_lines

_INFUSION = re.compile(r"infusion|medication\s+administration|\bMAR\b", re.IGNORECASE)
_NOTE = re.compile(
    r"\bnotes?\b|progress|consult|history\s+(?:and|&)\s+physical|\bH\s?&\s?P\b|discharge\s+summary|dictation",
    re.IGNORECASE,
)
_LAB = re.compile(r"\blab(?:oratory)?\b", re.IGNORECASE)
_SKIPPED_STATUS = {"entered-in-error", "cancelled"}


@dataclass
class DocumentsRead:
    documents: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _by_text(texts: list[str]) -> str | None:
    if any(_INFUSION.search(t) for t in texts):
        return "infusion_record"
    if any(_NOTE.search(t) for t in texts):
        return "progress_note"
    if any(_LAB.search(t) for t in texts):
        return "lab_report"
    return None


def note_type(kind: Any, categories: list[Any], vocabulary: StructuredVocabulary) -> str:
    """The document type: a LOINC type code (``patterns/ehr/document_types.yaml``) first, then the type's
    text, then the category codes (US Core ``clinical-note``, v2-0074 ``LAB``), then the category text;
    else ``other``. US Core puts "clinical-note" on every note, so the category never overrides a type."""
    if found := vocabulary.document_type_by_loinc(coded(kind)):
        return found
    if found := _by_text(concept_texts(kind)):
        return found
    table = vocabulary.rules.ehr.document_types
    for category in categories:
        if found := vocabulary.document_type_by_loinc(coded(category)):
            return found
        for system, code in coded(category):
            if found := table.by_category(system, code):
                return found
    return _by_text([t for c in categories for t in concept_texts(c)]) or "other"


def _document(doc_id: str, kind: str, date: dt.date | None, text: str) -> dict[str, Any]:
    # Hard-wrapped prose is joined here, so evidence offsets refer to the text the report shows.
    text = join_wrapped_lines(text)
    return {"id": doc_id[:200], "type": kind, "date": date.isoformat() if date else None, "text": text}


def _attachments(
    attachments: list[tuple[Any, str]], label: str, binaries: dict[str, Any], out: DocumentsRead
) -> list[str]:
    texts = []
    for attachment, where in attachments:
        read = attachment_text(attachment, where, label, binaries)
        out.warnings.extend(read.warnings)
        if read.text:
            texts.append(read.text)
    return texts


def _document_reference(
    entry: Entry, binaries: dict[str, Any], out: DocumentsRead, vocabulary: StructuredVocabulary
) -> None:
    resource = entry.resource
    label = entry.reference
    if resource.status in _SKIPPED_STATUS:
        out.warnings.append(f"{label}: status {resource.status}; not read.")
        return
    attachments = [
        (content.attachment, f"DocumentReference.content[{i}].attachment")
        for i, content in enumerate(resource.content or [])
        if content.attachment is not None
    ]
    texts = _attachments(attachments, label, binaries, out)
    if not texts:
        return
    context = resource.context
    period = getattr(context, "period", None) if context is not None else None
    creations = [a.creation for a, _ in attachments if getattr(a, "creation", None)]
    date = (
        to_date(resource.date)
        or to_date(getattr(period, "start", None))
        or (to_date(creations[0]) if creations else None)
    )
    kind = note_type(resource.type, list(resource.category or []), vocabulary)
    out.documents.append(_document(label, kind, date, "\n\n".join(texts)))


def _diagnostic_report(entry: Entry, binaries: dict[str, Any], out: DocumentsRead) -> None:
    resource = entry.resource
    label = entry.reference
    if resource.status in _SKIPPED_STATUS:
        out.warnings.append(f"{label}: status {resource.status}; not read.")
        return
    attachments = [
        (form, f"DiagnosticReport.presentedForm[{i}]") for i, form in enumerate(resource.presentedForm or [])
    ]
    texts = _attachments(attachments, label, binaries, out)
    if resource.conclusion and resource.conclusion.strip():
        texts.append("Conclusion: " + tidy(resource.conclusion))
    if not texts:
        return
    period = resource.effectivePeriod
    date = (
        to_date(resource.effectiveDateTime)
        or to_date(getattr(period, "start", None))
        or to_date(resource.issued)
    )
    out.documents.append(_document(label, "lab_report", date, "\n\n".join(texts)))


def _section_lines(section: Any) -> list[str]:
    lines = []
    title = section.title or next(iter(concept_texts(section.code)), None)
    body = html_to_text(section.text.div) if section.text is not None and section.text.div else ""
    if title:
        lines.append(title if title.rstrip().endswith(":") else f"{title}:")
    if body:
        lines.append(body)
    for child in section.section or []:
        lines.extend(_section_lines(child))
    if lines:
        lines.append("")
    return lines


def _composition(entry: Entry, out: DocumentsRead, vocabulary: StructuredVocabulary) -> None:
    resource = entry.resource
    if resource.status in _SKIPPED_STATUS:
        out.warnings.append(f"{entry.reference}: status {resource.status}; not read.")
        return
    lines = []
    for section in resource.section or []:
        lines.extend(_section_lines(section))
    text = tidy("\n".join(lines))
    if not text:
        return
    if resource.title:
        text = tidy(resource.title) + "\n\n" + text
    kind = note_type(resource.type, list(resource.category or []), vocabulary)
    out.documents.append(_document(entry.reference, kind, to_date(resource.date), text))


def read_documents(
    entries: list[Entry], binaries: dict[str, Any], vocabulary: StructuredVocabulary
) -> DocumentsRead:
    """Every text document of the input, in the order of its entries."""
    out = DocumentsRead()
    for entry in entries:
        if entry.type == "DocumentReference":
            _document_reference(entry, binaries, out, vocabulary)
        elif entry.type == "DiagnosticReport":
            _diagnostic_report(entry, binaries, out)
        elif entry.type == "Composition":
            _composition(entry, out, vocabulary)
    seen: dict[str, int] = {}
    for document in out.documents:
        # Two resources without ids, or one id twice in a Bundle: ids stay unique.
        count = seen.get(document["id"], 0)
        seen[document["id"]] = count + 1
        if count:
            document["id"] = f"{document['id']}#{count + 1}"
    return out
