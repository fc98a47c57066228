"""Reads a C-CDA document (HL7 CDA R2 XML) as one chart: each section's title and narrative become text.

Only the human-readable narrative is read (``section/title`` and ``section/text``, table cells joined by
" | ", list items and paragraphs on their own lines), which is what the NLP pipeline needs; coded entries
are left to the FHIR reader. XML is parsed with defusedxml (no entity expansion, no external entities).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.etree.ElementTree import Element

from nlp_checker.errors import InputError, MissingExtraError

HL7 = "{urn:hl7-org:v3}"
_BLOCKS = {"paragraph", "item", "tr", "br", "caption", "list", "table", "content"}


def looks_like_ccda(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    return head.startswith("<") and "ClinicalDocument" in head


def _narrative(element: Element) -> str:
    """Text of a CDA narrative block with rows, items and paragraphs on their own lines."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        tag = node.tag.replace(HL7, "")
        if node.text and node.text.strip():
            parts.append(" ".join(node.text.split()))
        for child in node:
            walk(child)
            child_tag = child.tag.replace(HL7, "")
            if child_tag in ("td", "th"):
                parts.append(" | ")
            elif child_tag in _BLOCKS:
                parts.append("\n")
            if child.tail and child.tail.strip():
                parts.append(" ".join(child.tail.split()))
        if tag in _BLOCKS:
            parts.append("\n")

    walk(element)
    text = "".join(p if p in ("\n", " | ") else p + " " for p in parts)
    text = re.sub(r"[ \t]*\|\s*\n", "\n", text)
    return re.sub(r"\n\s*\n+", "\n", text).strip()


def _date(value: str | None) -> str | None:
    if value and re.match(r"^\d{8}", value):
        try:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()
        except ValueError:
            return None
    return None


def read_ccda(text: str, source: str) -> dict:
    """The chart dict (contract format) for one C-CDA document."""
    try:
        from defusedxml import ElementTree
        from defusedxml.common import DefusedXmlException
    except ImportError:
        raise MissingExtraError("fhir", "reading C-CDA (XML)", source) from None
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise InputError(f"not a readable C-CDA document: {exc}", source) from None
    if root.tag != f"{HL7}ClinicalDocument":
        raise InputError(f"expected a CDA ClinicalDocument root element, found {root.tag!r}", source)
    title = root.findtext(f"{HL7}title") or "Clinical document"
    lines = [title.strip()]
    for section in root.iter(f"{HL7}section"):
        heading = (section.findtext(f"{HL7}title") or "").strip()
        body = section.find(f"{HL7}text")
        narrative = _narrative(body) if body is not None else ""
        if heading or narrative:
            lines.append("")
            lines.append(f"{heading}:" if heading else "")
            lines.append(narrative)
    identifier = root.find(f"{HL7}id")
    chart_id = (identifier.get("extension") if identifier is not None else None) or Path(source).stem
    effective = root.find(f"{HL7}effectiveTime")
    date = _date(effective.get("value") if effective is not None else None)
    document = {"id": Path(source).name, "type": "progress_note", "text": "\n".join(lines).strip() + "\n"}
    if date:
        document["date"] = date
    return {"chart_id": chart_id, "documents": [document]}
