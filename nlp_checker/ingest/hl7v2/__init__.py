"""HL7 v2 messages of one encounter as a ``ChartSource`` (see ``mapping`` for what each segment gives)."""

from nlp_checker.ingest.hl7v2.mapping import read_hl7v2
from nlp_checker.ingest.hl7v2.parser import (
    PLACEHOLDER_ID,
    Delimiters,
    escape,
    looks_like_hl7v2,
    parse_messages,
    unescape,
)

__all__ = [
    "PLACEHOLDER_ID",
    "Delimiters",
    "escape",
    "looks_like_hl7v2",
    "parse_messages",
    "read_hl7v2",
    "unescape",
]
