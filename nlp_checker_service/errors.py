"""The one mapping from errors to HTTP responses; every error body is an ``ErrorBody``.

Library errors map by class (``InputError`` -> 422); request validation -> 422 naming the field;
HTTP errors keep their status. Anything else is a bug: a JSON 500 without details, and the exception
is re-raised by Starlette's ServerErrorMiddleware so the server logs its traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from nlp_checker.errors import InputError, NlpCheckerError, RulesetError
from nlp_checker_service.logging import SERVICE_LOGGER
from nlp_checker_service.middleware import security_headers

logger = logging.getLogger(SERVICE_LOGGER)

LIBRARY_ERRORS: dict[type[NlpCheckerError], tuple[int, str]] = {
    InputError: (422, "invalid_chart"),
    RulesetError: (500, "ruleset_error"),
    NlpCheckerError: (500, "checker_error"),
}
HTTP_ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    503: "not_ready",
}


def error_response(
    request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    request_id = getattr(request.state, "request_id", None)
    return JSONResponse(
        {"error": code, "message": message, "request_id": request_id}, status_code=status, headers=headers
    )


def describe_errors(errors: list[dict[str, Any]]) -> str:
    """One line, like the CLI's: the first failing field (``body`` dropped) and what was expected."""
    first = errors[0]
    if first.get("type") == "json_invalid":
        reason = (first.get("ctx") or {}).get("error", "JSON decode error")
        return f"malformed JSON at position {first['loc'][-1]}: {reason}"
    loc = list(first.get("loc", ()))
    if loc and loc[0] == "body":
        loc = loc[1:]
    message = first["msg"]
    if first.get("type") == "extra_forbidden" and loc:
        # The unexpected key is the caller's text: name its parent, never the key itself.
        loc, message = loc[:-1], "unexpected field (not in the schema)"
    location = ".".join(str(part) for part in loc) or "body"
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{location}: {message}{more}"


async def _library_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, NlpCheckerError)
    status, code = next(v for cls, v in LIBRARY_ERRORS.items() if isinstance(exc, cls))
    if status >= 500:
        # A server-side fault (rule files), not the caller's: log it; it carries no chart content.
        logger.error("library error", extra={"error_type": type(exc).__name__, "detail": str(exc)})
    message = exc.message if isinstance(exc, InputError) else "the rule files cannot be used"
    return error_response(request, status, code, message)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    code = "malformed_json" if errors and errors[0].get("type") == "json_invalid" else "invalid_request"
    # Never echo the offending input back (it may be note text): only locations and messages.
    return error_response(request, 422, code, describe_errors(errors))


def _undecodable_body(exc: StarletteHTTPException) -> str | None:
    """FastAPI answers 400 for a body that is not UTF-8 or nested too deeply: for us, malformed JSON."""
    cause = exc.__cause__
    if exc.status_code != 400 or cause is None:
        return None
    if isinstance(cause, UnicodeDecodeError):
        return f"malformed JSON: not valid UTF-8 (byte offset {cause.start})"
    if isinstance(cause, RecursionError):
        return "malformed JSON: nested too deeply"
    return None


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if message := _undecodable_body(exc):
        return error_response(request, 422, "malformed_json", message)
    code = HTTP_ERROR_CODES.get(exc.status_code, "http_error")
    headers = dict(exc.headers) if exc.headers else None
    return error_response(request, exc.status_code, code, str(exc.detail), headers=headers)


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    # Runs in ServerErrorMiddleware, outside the service middleware: add their headers here.
    headers = security_headers(request.url.path)
    if request_id := getattr(request.state, "request_id", None):
        headers["x-request-id"] = request_id
    return error_response(request, 500, "internal_error", "internal server error", headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(NlpCheckerError, _library_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
