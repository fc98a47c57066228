"""Service settings, read from ``NLP_CHECKER_*`` environment variables (pydantic-settings)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from nlp_checker_worklist.auth import parse_key_hash

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


def _split_list(value: Any) -> Any:
    """Accept a JSON list or a comma-separated string (``a,b``) for list settings."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Every knob of the service; the defaults are safe for a single-host deployment."""

    model_config = SettingsConfigDict(env_prefix="NLP_CHECKER_", env_ignore_empty=True, extra="ignore")

    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Hashes of the accepted API keys (``sha256$salt$hex`` or "
        "``pbkdf2_sha256$iterations$salt$hex``), comma-separated or a JSON list.",
    )
    max_body_bytes: int = Field(5 * 1024 * 1024, ge=1024, description="Largest request body, in bytes.")
    max_documents: int = Field(100, ge=1, description="Most documents in one chart.")
    max_document_chars: int = Field(1_000_000, ge=1, description="Longest document, in characters.")
    max_batch_charts: int = Field(20, ge=1, description="Most charts in one batch request.")
    check_concurrency: int = Field(
        1, ge=1, le=64, description="Checks running at once per worker; more requests wait in a FIFO queue."
    )
    workers: int = Field(1, ge=1, le=64, description="uvicorn worker processes for ``nlp-checker serve``.")
    worker_healthcheck_timeout: int = Field(
        30,
        ge=1,
        le=600,
        description="Seconds a worker of ``serve --workers N`` may take to answer the supervisor's health "
        "check before it is killed and replaced (uvicorn's default, 5 s, is shorter than a worker's "
        "start-up on a busy 2-core machine).",
    )
    log_level: LogLevel = "INFO"
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Origins allowed by CORS; empty (the default) sends no CORS headers.",
    )
    log_hash_key: SecretStr | None = Field(
        None,
        description="Key for the HMAC of chart ids in logs; unset: a random key per process "
        "(hashes then correlate within one worker only).",
    )
    patterns: Path | None = Field(None, description="Folder of rule files (default: the shipped patterns).")
    worklist: bool = Field(
        True,
        description="Serve the coder worklist (/v1/worklist API and /worklist pages) when a database is "
        "configured.",
    )
    database_url: str | None = Field(
        None,
        description="Worklist store: sqlite:///path/to/file.sqlite3 or postgresql+psycopg://...; unset (the "
        "default): no worklist, and the check service writes no file.",
    )
    migrate_on_start: bool = Field(
        True,
        description="Upgrade the worklist schema when a worker starts (the lifespan); off: run "
        "``nlp-checker worklist migrate`` at deployment.",
    )
    csrf_secret: SecretStr | None = Field(
        None,
        description="Key of the worklist's CSRF tokens (HMAC-SHA256 of the session token); unset: one is "
        "generated once per deployment and kept in the worklist database.",
    )

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _split_list(value)

    @field_validator("api_keys")
    @classmethod
    def _key_hashes(cls, value: list[str]) -> list[str]:
        for index, entry in enumerate(value):
            parse_key_hash(entry, f"api_keys[{index}]")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value
