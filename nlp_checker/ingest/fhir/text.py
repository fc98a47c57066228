"""Text of FHIR attachments and narratives: plain text, HTML / XHTML stripped with the stdlib parser.

An attachment is read from its inline ``data`` (base64, already decoded by fhir.resources) or from a Binary
resource of the same Bundle that its ``url`` names. Nothing is ever fetched over the network: an attachment
given only by an outside URL is reported as not retrievable.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from nlp_checker.ingest.fhir.errors import FhirInputError

# Elements whose content is never text for a reader.
_DROPPED = {"script", "style", "head", "noscript", "template", "object", "svg", "math"}
# Elements set off by a blank line, and elements that only start and end a line.
_PARAGRAPHS = {"blockquote", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "table", "ul"}
_LINES = {
    "address", "article", "aside", "caption", "dd", "div", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "header", "hr", "li", "main", "nav", "section", "tbody", "tfoot", "thead", "title",
    "tr",
}  # fmt: skip
_CELLS = {"td", "th"}
_HTML_TYPES = {"text/html", "application/xhtml+xml", "application/xhtml"}
_PLAIN_TYPES = {"text/plain", "text/markdown", "text/x-markdown", "text/csv", "text/tab-separated-values"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped = 0
        self.pre = 0

    def _break(self, newlines: int) -> None:
        """End the current line; ``newlines`` 2 leaves a blank line. Nothing before the first text."""
        trailing = 0
        for part in reversed(self.parts):
            stripped = part.rstrip("\n")
            trailing += len(part) - len(stripped)
            if stripped:
                break
        else:
            return
        if trailing < newlines:
            self.parts.append("\n" * (newlines - trailing))

    def _block(self, tag: str) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _PARAGRAPHS:
            self._break(2)
        elif tag in _LINES:
            self._break(1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self.dropped += 1
        elif tag in _CELLS:
            # Cells of one row stay on one line, two spaces apart (as lab tables are written in text).
            if self.parts and not self.parts[-1].endswith("\n"):
                self.parts.append("  ")
        else:
            self._block(tag)
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag != "br":
            self._block(tag)

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        if self.pre:
            self.parts.append(data)
            return
        collapsed = re.sub(r"\s+", " ", data)
        if not self.parts or self.parts[-1].endswith("\n"):
            collapsed = collapsed.lstrip()
        if collapsed:
            self.parts.append(collapsed)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML or XHTML fragment: scripts and styles dropped, block elements on own lines."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return tidy("".join(parser.parts))


def newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy(text: str) -> str:
    """Normalize line ends, drop trailing spaces, keep at most one blank line in a row, trim the ends."""
    lines = [line.rstrip() for line in newlines(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n").rstrip()


@dataclass
class AttachmentText:
    """What one attachment gave: its text (None when nothing readable) and warnings."""

    text: str | None = None
    warnings: list[str] = field(default_factory=list)


def _media_type(content_type: str | None) -> tuple[str | None, str]:
    if not content_type:
        return None, "utf-8"
    parts = [p.strip() for p in content_type.split(";")]
    charset = "utf-8"
    for param in parts[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return parts[0].lower(), charset


def _raw_bytes(data: Any, where: str) -> bytes:
    """fhir.resources decodes base64Binary to bytes; a plain string is decoded strictly here."""
    if isinstance(data, bytes):
        return data
    try:
        return base64.b64decode(str(data), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FhirInputError(f"invalid base64: {exc}", expression=f"{where}.data") from None


def decode_text(raw: bytes, media_type: str | None, charset: str, where: str) -> str:
    """Bytes of a text attachment as text; HTML stripped. Undecodable bytes are an input error."""
    try:
        text = raw.decode("utf-8-sig" if charset in ("utf-8", "utf8") else charset)
    except LookupError:
        raise FhirInputError("unknown charset", expression=f"{where}.contentType") from None
    except UnicodeDecodeError as exc:
        raise FhirInputError(
            f"not valid {charset} text (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
            expression=f"{where}.data",
        ) from None
    if media_type in _HTML_TYPES:
        return html_to_text(text)
    return newlines(text)


def attachment_text(attachment: Any, where: str, label: str, binaries: dict[str, Any]) -> AttachmentText:
    """Read one Attachment. ``where`` is its element path, ``label`` the resource reference for warnings.

    ``binaries`` maps the references a Bundle resolves locally (``fullUrl``, ``Binary/<id>``) to Binary
    resources; any other URL is never fetched.
    """
    result = AttachmentText()
    media_type, charset = _media_type(getattr(attachment, "contentType", None))
    data = getattr(attachment, "data", None)
    url = getattr(attachment, "url", None)
    if data is None and url:
        binary = binaries.get(url) or binaries.get(url.rstrip("/").split("/_history/")[0])
        if binary is None:
            # An outside URL: reported, never retrieved.
            result.warnings.append(
                f"{label}: {where} is given only by URL ({url[:200]}); it was not retrieved or read."
            )
            return result
        data = getattr(binary, "data", None)
        if media_type is None:
            media_type, charset = _media_type(getattr(binary, "contentType", None))
    if data is None:
        return result
    raw = _raw_bytes(data, where)
    if media_type is not None and media_type not in _HTML_TYPES | _PLAIN_TYPES:
        result.warnings.append(f"{label}: {where} is {media_type}, not text; it was not read.")
        return result
    if media_type is None and b"\0" in raw[:4096]:
        result.warnings.append(f"{label}: {where} has no content type and holds binary data; not read.")
        return result
    text = decode_text(raw, media_type, charset, where)
    result.text = text
    return result
