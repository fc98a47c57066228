"""Readers: every input format becomes the same ``ChartSource`` (a chart plus structured facts).

- ``read``: one file as text (size, encoding and binary checks)
- ``files``: files and folders (format detection, one chart per structured file, text notes together)
- ``chart_json``: the contract's chart JSON
- ``text``: plain-text notes
- ``ccda``: C-CDA documents
- ``fhir``: FHIR R4 Bundles and resources
- ``hl7v2``: HL7 v2 messages (``parser``: framing, segments, escapes; ``mapping``: segments to a chart)
- ``structured``: what the FHIR and HL7 v2 readers ask of the rule bundle (kinds, products, units, payers)
"""

from nlp_checker.ingest.chart_json import decode_json, describe_validation_error, load_json_chart, parse_chart
from nlp_checker.ingest.files import STRUCTURED_SUFFIXES, iter_chart_sources, load_chart_file
from nlp_checker.ingest.read import MAX_FILE_BYTES, read_text
from nlp_checker.ingest.text import text_chart

__all__ = [
    "MAX_FILE_BYTES",
    "STRUCTURED_SUFFIXES",
    "decode_json",
    "describe_validation_error",
    "iter_chart_sources",
    "load_chart_file",
    "load_json_chart",
    "parse_chart",
    "read_text",
    "text_chart",
]
