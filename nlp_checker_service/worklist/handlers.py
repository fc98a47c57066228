"""Exception handlers of the worklist: store errors as JSON on the API and as pages on the UI, and the
login redirect of a UI page without a session. Registered by ``attach_store``."""

from __future__ import annotations

import math
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from nlp_checker_service.worklist.deps import UI_PREFIX
from nlp_checker_service.worklist.errors import LoginRequired, error_body
from nlp_checker_service.worklist.ui import render_error
from nlp_checker_worklist import WorklistError


def is_ui_request(request: Request) -> bool:
    return request.url.path == UI_PREFIX or request.url.path.startswith(UI_PREFIX + "/")


async def worklist_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WorklistError)
    if is_ui_request(request):
        return render_error(request, exc)
    status, body = error_body(request, exc)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    retry_after = getattr(exc, "retry_after", None)
    if status == 429 and retry_after is not None:
        headers = {"Retry-After": str(max(1, math.ceil(retry_after)))}
    return JSONResponse(body, status_code=status, headers=headers)


async def login_required_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    return RedirectResponse(f"{UI_PREFIX}/login?next={quote(exc.next_url, safe='/')}", status_code=303)


def install_worklist_error_handlers(app: FastAPI) -> None:
    """Map the store's domain errors (only those) to HTTP; registered by ``attach_store``."""
    app.add_exception_handler(WorklistError, worklist_error_handler)
    app.add_exception_handler(LoginRequired, login_required_handler)
