"""Reading one input file as text: size limit, empty and binary files refused, UTF-8 decoding."""

from __future__ import annotations

from pathlib import Path

from nlp_checker.errors import InputError

MAX_FILE_BYTES = 64 * 1024 * 1024


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text, refusing empty, oversized and binary files."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}", str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from None
    if not raw.strip():
        raise InputError("file is empty", str(path))
    if b"\0" in raw[:8192]:
        raise InputError("binary file; expected a chart JSON or a UTF-8 text note", str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})", str(path)
        ) from None
