"""Plain-text notes as a new user writes them: pure functions, no I/O, no logging (note text is PHI).

- ``document_name(type, date)``: the name a coder reads ("Infusion record 02/10/2026"), used by the
  worklist, the provider queries and the Markdown report instead of a document id; ``document_names``
  names every document of a chart and tells apart two of the same type and date.
- ``parse_front_matter(text)``: a ``---`` block at the top of a note carrying the chart fields (chart id,
  date of service, payer profile, claim lines, prior authorization, the note's type and date); a date
  heading the note is the date of service when none is given.
- ``parse_claim_line("J0256-JW:10")``: the ``--claim-line`` syntax (code, modifiers after ``-``, units).
- ``binary_format_hint(raw, name)``: PDF, Word, RTF, images, archives and other binary files are refused
  with a hint ("export the note as text, or send a FHIR DocumentReference").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

DOCUMENT_TYPE_LABELS = {
    "progress_note": "Progress note",
    "infusion_record": "Infusion record",
    "lab_report": "Lab report",
    "other": "Note",
}
DOCUMENT_TYPES = tuple(DOCUMENT_TYPE_LABELS)
TEXT_HINT = "export the note as text, or send a FHIR DocumentReference"

# (magic bytes at offset 0, format name). ZIP covers .docx/.xlsx/.odt; OLE2 covers .doc/.xls/.msg.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "Word (.docx) or another ZIP-based"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word (.doc) or another OLE2"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip"),
)
_SUFFIXES = {
    ".pdf": "PDF",
    ".docx": "Word (.docx)",
    ".doc": "Word (.doc)",
    ".odt": "OpenDocument",
    ".rtf": "RTF",
    ".pages": "Pages",
    ".png": "PNG image",
    ".jpg": "JPEG image",
    ".jpeg": "JPEG image",
    ".tif": "TIFF image",
    ".tiff": "TIFF image",
    ".zip": "ZIP",
}


def binary_format_hint(raw: bytes, name: str = "") -> str | None:
    """None for a text note; else why the file is refused and what to send instead."""
    head = raw[:8192]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"{kind} file, not a text note: {TEXT_HINT}"
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    if suffix in _SUFFIXES:
        return f"{_SUFFIXES[suffix]} file, not a text note: {TEXT_HINT}"
    if b"\0" in head:
        return f"binary file, not a text note: {TEXT_HINT}"
    return None


def document_name(doc_type: str | None, date: dt.date | str | None) -> str:
    """'Infusion record 02/10/2026' (US date order, as on the record); 'Lab report (undated)'."""
    label = DOCUMENT_TYPE_LABELS.get(doc_type or "other", DOCUMENT_TYPE_LABELS["other"])
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            date = None
    return f"{label} {date.strftime('%m/%d/%Y')}" if date else f"{label} (undated)"


SECTION_NAMES = {
    "hpi": "History of present illness",
    "assessment_plan": "Assessment and plan",
    "labs": "Laboratory results",
    "vitals": "Vital signs",
    "pulmonary_function": "Pulmonary function tests",
    "review_of_systems": "Review of systems",
    "genetic_results": "Genetic test results",
}


def section_name(section: str | None) -> str | None:
    """A section id as words: past_medical_history -> 'Past medical history', hpi -> 'History of present
    illness'."""
    if not section:
        return None
    return SECTION_NAMES.get(section) or section.replace("_", " ").strip().capitalize()


def document_names(documents: Iterable[tuple[str, str | None, dt.date | str | None]]) -> dict[str, str]:
    """{document id: name} for (id, type, date) triples; a repeated name gets ' (2)', ' (3)' in order."""
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for doc_id, doc_type, date in documents:
        name = document_name(doc_type, date)
        seen[name] = seen.get(name, 0) + 1
        names[doc_id] = name if seen[name] == 1 else f"{name} ({seen[name]})"
    return names


# --- claim lines ---------------------------------------------------------------------------------------

_CLAIM = re.compile(
    r"^\s*(?P<code>[A-Za-z0-9]{4,7})(?P<mods>(?:[-/ ][A-Za-z0-9]{2})*)"
    r"\s*(?::|\s+x\s*|\s+)(?P<units>\d+(?:\.\d+)?)\s*$"
)


def parse_claim_line(text: str) -> dict[str, Any]:
    """'J0256:490' -> {hcpcs J0256, units 490}; 'J0256-JW:10' adds modifier JW; 'J0256 x 490' works too.
    ValueError (without echoing the input) when it is not that shape."""
    match = _CLAIM.match(text)
    if not match:
        raise ValueError("a claim line is CODE[-MODIFIER...]:UNITS, e.g. J0256:490 or J0256-JW:10")
    units_text = match["units"]
    units: int | float = float(units_text) if "." in units_text else int(units_text)
    modifiers = [m.upper() for m in re.split(r"[-/ ]", match["mods"]) if m]
    return {"hcpcs": match["code"].upper(), "units": units, "modifiers": modifiers}


# --- dates ---------------------------------------------------------------------------------------------

_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)\b"),
    re.compile(r"\b(?P<m>\d\d?)/(?P<d>\d\d?)/(?P<y>(?:19|20)\d\d)\b"),
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_WORD_DATE = re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d\d?),?\s+(?P<y>(?:19|20)\d\d)\b")


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``: 2026-02-10, 02/10/2026 (US order) or February 10, 2026."""
    found: list[tuple[int, dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            try:
                found.append((match.start(), dt.date(int(match["y"]), int(match["m"]), int(match["d"]))))
            except ValueError:
                continue
    for match in _WORD_DATE.finditer(text):
        month = _MONTHS.get(match["mon"].lower())
        if month:
            try:
                found.append((match.start(), dt.date(int(match["y"]), month, int(match["d"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None


def heading_date(text: str, lines: int = 3) -> dt.date | None:
    """A date in the note's heading (its first non-empty ``lines`` lines), e.g. 'Infusion note 02/10/2026'."""
    heading = [line for line in text.splitlines() if line.strip()][:lines]
    return parse_date("\n".join(heading))


# --- front matter --------------------------------------------------------------------------------------

FRONT_MATTER_KEYS = {
    "chart_id": "chart_id",
    "chart": "chart_id",
    "date_of_service": "date_of_service",
    "dos": "date_of_service",
    "profile": "profile",
    "payer_profile": "profile",
    "payer": "payer_name",
    "payer_name": "payer_name",
    "claim_line": "claim_lines",
    "claim_lines": "claim_lines",
    "prior_authorization": "prior_authorization",
    "type": "type",
    "document_type": "type",
    "date": "date",
    "document_date": "date",
}


class FrontMatterError(ValueError):
    """A front-matter line that cannot be read; the message names the line number, never its value."""


@dataclass
class NoteFields:
    """What a note's front matter (and heading) says about its chart and about itself."""

    body: str
    chart_id: str | None = None
    date_of_service: dt.date | None = None
    profile: str | None = None
    payer_name: str | None = None
    claim_lines: list[dict[str, Any]] = field(default_factory=list)
    prior_authorization: str | None = None
    type: str = "other"
    date: dt.date | None = None
    had_front_matter: bool = False


def parse_front_matter(text: str) -> NoteFields:
    """Split a note into its front matter and body. The block is ``---`` on the first line, ``key: value``
    lines (keys: chart_id, date_of_service, profile, payer, claim_lines or claim_line (repeatable; lines
    separated by ';'), prior_authorization, type, date), and ``---``. Without a date_of_service, the note's
    date, else a date in the note's heading, is used."""
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    note = NoteFields(body=text)
    if start < len(lines) and lines[start].strip() == "---":
        end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == "---"), None)
        if end is None:
            raise FrontMatterError("front matter opened with '---' on the first line is never closed")
        for number in range(start + 1, end):
            _front_matter_line(note, lines[number], number + 1)
        note.body = "".join(lines[end + 1 :]).lstrip("\n")
        note.had_front_matter = True
    if note.date is None:
        note.date = heading_date(note.body)
    if note.date_of_service is None:
        note.date_of_service = note.date
    return note


def _front_matter_line(note: NoteFields, line: str, number: int) -> None:
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return
    key, sep, value = stripped.partition(":")
    name = FRONT_MATTER_KEYS.get(key.strip().lower().replace(" ", "_").replace("-", "_"))
    if not sep or name is None:
        known = ", ".join(sorted(set(FRONT_MATTER_KEYS.values())))
        raise FrontMatterError(f"front matter line {number}: expected 'key: value' with a key among {known}")
    value = value.strip().strip("'\"")
    if name in ("date_of_service", "date"):
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            parsed = parse_date(value)  # type: ignore[assignment]
        if parsed is None:
            raise FrontMatterError(f"front matter line {number}: {name} is not a date (YYYY-MM-DD)")
        setattr(note, name, parsed)
    elif name == "claim_lines":
        for part in value.split(";"):
            if part.strip():
                try:
                    note.claim_lines.append(parse_claim_line(part))
                except ValueError as exc:
                    raise FrontMatterError(f"front matter line {number}: {exc}") from None
    elif name == "type":
        kind = value.lower().replace(" ", "_")
        if kind not in DOCUMENT_TYPES:
            raise FrontMatterError(f"front matter line {number}: type is one of {', '.join(DOCUMENT_TYPES)}")
        note.type = kind
    else:
        setattr(note, name, value or None)


def note_chart(
    notes: list[tuple[str, NoteFields]],
    chart_id: str,
    *,
    claim_lines: list[dict[str, Any]] | None = None,
    date_of_service: dt.date | None = None,
    profile: str | None = None,
) -> dict[str, Any]:
    """A contract chart dict from (document id, parsed note) pairs; options given on the command line win
    over front matter; the date of service is otherwise the first one a note gives."""
    chart: dict[str, Any] = {"chart_id": next((n.chart_id for _, n in notes if n.chart_id), chart_id)}
    dos = date_of_service or next((n.date_of_service for _, n in notes if n.date_of_service), None)
    if dos:
        chart["date_of_service"] = dos.isoformat()
    chosen_profile = profile or next((n.profile for _, n in notes if n.profile), None)
    payer_name = next((n.payer_name for _, n in notes if n.payer_name), None)
    if chosen_profile or payer_name:
        chart["payer"] = {
            "profile": chosen_profile or "medicare",
            **({"name": payer_name} if payer_name else {}),
        }
    lines = claim_lines if claim_lines else [line for _, n in notes for line in n.claim_lines]
    if lines:
        chart["claim_lines"] = lines
    prior = next((n.prior_authorization for _, n in notes if n.prior_authorization), None)
    if prior:
        chart["prior_authorization"] = prior
    chart["documents"] = [
        {"id": doc_id, "type": n.type, **({"date": n.date.isoformat()} if n.date else {}), "text": n.body}
        for doc_id, n in notes
    ]
    return chart


__all__ = [
    "DOCUMENT_TYPE_LABELS",
    "TEXT_HINT",
    "FrontMatterError",
    "NoteFields",
    "binary_format_hint",
    "document_name",
    "document_names",
    "heading_date",
    "note_chart",
    "parse_claim_line",
    "parse_date",
    "parse_front_matter",
    "section_name",
]
