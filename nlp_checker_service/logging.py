"""Structured logs: one JSON object per line on stderr, for the ``nlp_checker`` loggers.

Records carry only what the service puts in ``extra`` (request id, route, status, duration, counts,
a keyed hash of the chart id); note text, extracted values and chart ids in clear are never logged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
from typing import Any

SERVICE_LOGGER = "nlp_checker.service"
_RESERVED = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON line: time, level, logger, message, then the ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "pid": record.process,
            "msg": record.getMessage(),
        }
        data.update((k, v) for k, v in record.__dict__.items() if k not in _RESERVED)
        if record.exc_info:
            data["exc_type"] = record.exc_info[0].__name__ if record.exc_info[0] else None
            data["traceback"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str, ensure_ascii=False)


def uvicorn_log_config(level: str) -> dict[str, Any]:
    """Logging config (``logging.config.dictConfig``) that ``serve`` hands to uvicorn for every worker.

    The ``nlp_checker`` loggers (library and service) and uvicorn's own write JSON lines to stderr;
    uvicorn's access log is off (the service writes its own). The app itself never configures logging.
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
        },
        "loggers": {
            "nlp_checker": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }


class ChartIdHasher:
    """Keyed hash (HMAC-SHA256, 16 hex digits) of chart ids, so logs correlate without naming charts."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __call__(self, chart_id: str) -> str:
        return hmac.new(self._key, chart_id.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:16]
