"""``nlp_checker_values``: the regex value extractors of ``extractors/*.yaml`` as labelled spans.

Each extraction becomes a span of the finding group (label = finding kind) with its normalized fields
(``span._.nlp_checker_fields``), the extractor rule id (``span._.nlp_checker_rule``) and the character
offsets matched before token alignment (``span._.nlp_checker_offsets``); ConText and the sections read the
same group. The component keeps the text of the YAML files it was built from and writes them back on
``to_disk`` / ``to_bytes``.
"""

import tempfile
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from nlp_checker.errors import RulesetError
from nlp_checker.extractors import RegexExtractor, load_extractors
from nlp_checker.normalize import Units
from nlp_checker.pipeline.extensions import (
    FIELDS_ATTR,
    OFFSETS_ATTR,
    RULE_ATTR,
    doc_lower,
    doc_text,
    set_extensions,
)
from nlp_checker.rules import default_bundle
from nlp_checker.rules.files import read_rule_file, validate_rules
from nlp_checker.settings import load_pipeline_settings

FOLDER = "extractors"
UNITS = "units.yaml"  # kept beside the extractor files it normalizes with
SETTINGS = "settings.json"


class ValueExtractor:
    """Adds every regex extraction as a labelled span with its normalized fields."""

    def __init__(
        self, patterns_path: str | None, span_group: str, skip_extractors: list[str] | None = None
    ) -> None:
        self.patterns_path = patterns_path
        self.span_group = span_group
        self.skip_extractors = frozenset(skip_extractors or ())
        self.extractors: list[RegexExtractor] = []
        self.files: dict[str, str] | None = None
        self.timeout = 1.0
        self.units_text = ""
        set_extensions()

    def _load_folder(self, folder: Path, units_file: Path, timeout: float) -> None:
        try:
            files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.yaml"))}
            self.units_text = units_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise RulesetError(str(folder), "", f"cannot read extractor files: {exc}") from exc
        units = validate_rules(Units, read_rule_file(units_file), units_file)
        extractors = load_extractors(folder, units, timeout)
        unknown = self.skip_extractors - {e.kind for e in extractors}
        if unknown:
            raise RulesetError(
                "pipeline.yaml", "values.skip_extractors", f"no extractor file for {sorted(unknown)}"
            )
        self.extractors = [e for e in extractors if e.kind not in self.skip_extractors]
        self.files = files
        self.timeout = timeout

    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Read ``<patterns_path>/extractors`` (default: the shipped bundle's folder)."""
        folder = Path(self.patterns_path) if self.patterns_path else default_bundle().folder
        timeout = load_pipeline_settings(folder / "pipeline.yaml").regex_timeout_seconds
        self._load_folder(folder / FOLDER, folder / UNITS, timeout)

    def ensure_rules(self) -> None:
        if self.files is None:
            self.initialize()

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        self.ensure_rules()
        folder = Path(path) / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in (self.files or {}).items():
            (folder / name).write_text(text, encoding="utf-8")
        (Path(path) / UNITS).write_text(self.units_text, encoding="utf-8")
        srsly.write_json(Path(path) / SETTINGS, {"regex_timeout_seconds": self.timeout})

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> "ValueExtractor":
        timeout = float(srsly.read_json(Path(path) / SETTINGS)["regex_timeout_seconds"])
        self._load_folder(Path(path) / FOLDER, Path(path) / UNITS, timeout)
        return self

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        self.ensure_rules()
        return srsly.msgpack_dumps({FOLDER: self.files, UNITS: self.units_text, SETTINGS: self.timeout})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> "ValueExtractor":
        payload = srsly.msgpack_loads(data)
        with tempfile.TemporaryDirectory(prefix="nlp_checker_values_") as tmp:
            for name, text in payload[FOLDER].items():
                (Path(tmp) / Path(name).name).write_text(text, encoding="utf-8")
            units = Path(tmp) / ".." / f"{Path(tmp).name}-{UNITS}"
            units.write_text(payload[UNITS], encoding="utf-8")
            try:
                self._load_folder(Path(tmp), units, float(payload[SETTINGS]))
            finally:
                units.unlink()
        return self

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_rules()
        spans = []
        text = doc_text(doc)
        lower = doc_lower(doc)
        for extractor in self.extractors:
            if not extractor.triggered(lower):
                continue
            for extraction in extractor.extract(text):
                span = doc.char_span(
                    extraction.start, extraction.end, label=extraction.kind, alignment_mode="expand"
                )
                if span is None or not len(span):
                    continue
                span._.set(FIELDS_ATTR, extraction.fields)
                span._.set(RULE_ATTR, extraction.rule_id)
                span._.set(OFFSETS_ATTR, (extraction.start, extraction.end))
                spans.append(span)
        group = doc.spans.get(self.span_group, None)
        doc.spans[self.span_group] = (list(group) if group is not None else []) + spans
        return doc


@Language.factory(
    "nlp_checker_values",
    default_config={"patterns_path": None, "span_group": "nlp_checker", "skip_extractors": []},
)
def create_value_extractor(
    nlp: Language, name: str, patterns_path: str | None, span_group: str, skip_extractors: list[str]
) -> ValueExtractor:
    return ValueExtractor(patterns_path, span_group, skip_extractors)
