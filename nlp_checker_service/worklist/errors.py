"""The worklist store's errors as HTTP answers: NotFound 404, Forbidden 403, AuthenticationFailed 401,
IllegalTransition / StaleUpdate / AlreadyExists 409 (an illegal transition's body lists the allowed next
statuses), InvalidRequest 422. Other exceptions are not mapped here. The handlers: ``handlers.py``."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from nlp_checker_worklist import (
    AlreadyExists,
    AuthenticationFailed,
    Forbidden,
    GapsOpen,
    IllegalTransition,
    InvalidRequest,
    NotFound,
    StaleUpdate,
    TooManyAttempts,
    WorklistError,
)

ERROR_STATUS: dict[type[WorklistError], tuple[int, str]] = {
    NotFound: (404, "not_found"),
    Forbidden: (403, "forbidden"),
    AuthenticationFailed: (401, "unauthorized"),
    IllegalTransition: (409, "illegal_transition"),
    GapsOpen: (409, "gaps_open"),
    TooManyAttempts: (429, "too_many_attempts"),
    StaleUpdate: (409, "stale_update"),
    AlreadyExists: (409, "already_exists"),
    InvalidRequest: (422, "invalid_request"),
}


def error_status(exc: WorklistError) -> tuple[int, str]:
    for cls in type(exc).__mro__:
        if cls in ERROR_STATUS:
            return ERROR_STATUS[cls]  # type: ignore[index]
    # A WorklistError subclass nobody mapped is a bug: let it become a 500.
    raise exc


def error_body(request: Request, exc: WorklistError) -> tuple[int, dict[str, Any]]:
    status, code = error_status(exc)
    body: dict[str, Any] = {
        "error": code,
        "message": str(exc),
        "request_id": getattr(request.state, "request_id", None),
    }
    if isinstance(exc, IllegalTransition):
        body.update(current=exc.current, requested=exc.target, allowed=exc.allowed)
    if isinstance(exc, GapsOpen):
        body.update(requested=exc.target, gaps=exc.gaps)
    return status, body


class LoginRequired(Exception):
    """A UI page was requested without a valid session: redirect to the login page."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url
