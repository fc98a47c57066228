"""``nlp_checker_sentences``: a fast splitter that ends sentences at line breaks and end punctuation.

Line breaks end flowsheet rows, list bullets and section headers; a line break inside hard-wrapped prose
(a soft wrap, ``wraps.soft_wrapped``, configured by ``soft_wrap``) does not, so ConText sees "diagnosed
with" and the diagnosis on the next line in one sentence. End punctuation ends a sentence also before
lower case (dictations are often written without capitals), never inside a number (the tokenizer keeps
"81.6") or after a list number ("1." opening a line). Boundaries are set in one vectorized pass.

``end_punctuation`` and ``continuation_words`` are its spaCy config. The soft-wrap rule is rule data with
regular expressions, which spaCy's config file does not keep intact (it reads "$" as interpolation): the
component reads it from ``<patterns_path>/pipeline.yaml`` in ``initialize`` (or on first use) and writes
it to ``sentences.json`` on ``to_disk`` / ``to_bytes``, as the rule-file components do.
"""

import re
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy.attrs import IDX, IS_DIGIT, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from nlp_checker.pipeline.extensions import doc_text
from nlp_checker.pipeline.wraps import soft_wrap_offsets
from nlp_checker.rules import default_bundle
from nlp_checker.settings import SoftWrapSettings, load_pipeline_settings

DATA_FILE = "sentences.json"

_NEWLINE = re.compile("\n")


def _member(values: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """``np.isin`` for a handful of hashes: one comparison per hash (isin sorts, which costs more here)."""
    found = np.zeros(values.shape, dtype=bool)
    for value in hashes:
        found |= values == value
    return found


class LineSentenceSplitter:
    """Sentence boundaries at line breaks and end punctuation, set in one vectorized pass."""

    def __init__(
        self,
        end_punctuation: list[str],
        continuation_words: list[str] | None = None,
        patterns_path: str | None = None,
    ) -> None:
        self.end_punctuation = list(end_punctuation)
        self.continuation_words = [w.lower() for w in continuation_words or []]
        self.patterns_path = patterns_path
        self.soft_wrap: SoftWrapSettings | None = None
        self._loaded = False
        self._end_hashes: np.ndarray | None = None
        self._continuation_hashes: np.ndarray | None = None

    # -- rule data ---------------------------------------------------------------------------------------
    def initialize(self, get_examples: Any = None, *, nlp: Any = None) -> None:
        """Read ``sentences.soft_wrap`` of ``<patterns_path>/pipeline.yaml`` (default: the shipped rules)."""
        folder = Path(self.patterns_path) if self.patterns_path else default_bundle().folder
        self._set_data(load_pipeline_settings(folder / "pipeline.yaml").sentences.soft_wrap)

    def _set_data(self, soft_wrap: SoftWrapSettings | None) -> None:
        self.soft_wrap = soft_wrap
        self._loaded = True

    def _data(self) -> dict[str, Any]:
        if not self._loaded:
            self.initialize()
        return {"soft_wrap": self.soft_wrap.model_dump(mode="json") if self.soft_wrap is not None else None}

    def _read(self, data: dict[str, Any]) -> None:
        soft_wrap = data.get("soft_wrap")
        self._set_data(SoftWrapSettings.model_validate(soft_wrap) if soft_wrap is not None else None)

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return srsly.json_dumps(self._data()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> "LineSentenceSplitter":
        self._read(srsly.json_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        srsly.write_json(folder / DATA_FILE, self._data())

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> "LineSentenceSplitter":
        self._read(srsly.read_json(Path(path) / DATA_FILE))
        return self

    # -- boundaries --------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        count = len(doc)
        if not count:
            return doc
        if not self._loaded:
            self.initialize()
        if self._end_hashes is None or self._continuation_hashes is None:
            self._end_hashes = np.array(
                [doc.vocab.strings.add(p) for p in self.end_punctuation], dtype="uint64"
            )
            self._continuation_hashes = np.array(
                [doc.vocab.strings.add(w) for w in self.continuation_words], dtype="uint64"
            )
        attrs = doc.to_array([ORTH, IS_SPACE, IS_DIGIT, LENGTH, IDX, LOWER])
        orth, is_space, is_digit, length, idx, lower = (attrs[:, i] for i in range(6))
        text = doc_text(doc)
        # Tokens that hold a line break: whitespace tokens whose text contains "\n".
        newline_chars = np.fromiter((m.start() for m in _NEWLINE.finditer(text)), dtype="int64")
        breaks = np.zeros(count, dtype=bool)
        if newline_chars.size:
            holders = np.searchsorted(idx.astype("int64"), newline_chars, side="right") - 1
            breaks[holders[holders >= 0]] = True
        breaks &= is_space.astype(bool)
        # Lines as written: a list number opens a physical line, soft-wrapped or not.
        line_breaks = breaks
        if self.soft_wrap is not None and newline_chars.size:
            soft = np.fromiter(soft_wrap_offsets(text, self.soft_wrap), dtype="int64")
            if soft.size:
                # A whitespace token holding a soft wrap holds no other line break (a blank line is never
                # soft), so the token no longer ends its sentence.
                holders = np.searchsorted(idx.astype("int64"), soft, side="right") - 1
                breaks = breaks.copy()
                breaks[holders[holders >= 0]] = False
        ends = _member(orth, self._end_hashes)
        # "1." opening a list line is a list number, not the end of a sentence.
        line_start = np.zeros(count, dtype=bool)
        line_start[0] = True
        line_start[1:] = line_breaks[:-1]
        number_before = np.zeros(count, dtype=bool)
        number_before[1:] = is_digit[:-1].astype(bool) & (length[:-1] <= 2) & line_start[:-1]
        continued = np.zeros(count, dtype=bool)
        continued[:-1] = _member(lower[1:], self._continuation_hashes)
        closes = breaks | (ends & ~number_before & ~continued)
        # The first non-space token after a closing token starts a sentence.
        pending = np.zeros(count, dtype=bool)
        pending[0] = True
        pending[1:] = closes[:-1]
        # ... which is the first non-space token at or after each pending position.
        words = np.flatnonzero(~is_space.astype(bool))
        starts = np.zeros(count, dtype=bool)
        following = np.searchsorted(words, np.flatnonzero(pending))
        starts[words[following[following < words.size]]] = True
        starts[0] = True
        # spaCy reads the array as uint64: -1 (not a start) wraps to its two's complement as spaCy expects.
        sent_starts = np.where(starts, 1, -1).astype("int64").astype("uint64")
        doc.from_array([SENT_START], sent_starts.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory(
    "nlp_checker_sentences",
    default_config={"end_punctuation": [".", "!", "?", ";"], "continuation_words": [], "patterns_path": None},
)
def create_sentence_splitter(
    nlp: Language,
    name: str,
    end_punctuation: list[str],
    continuation_words: list[str],
    patterns_path: str | None,
) -> LineSentenceSplitter:
    return LineSentenceSplitter(end_punctuation, continuation_words, patterns_path)
