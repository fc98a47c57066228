"""The one header set for API keys, the service's and the worklist users' alike: ``Authorization: Bearer
<key>`` or ``X-API-Key: <key>``. Token formats and hashes: ``nlp_checker_worklist.auth``.

``/v1`` check routes: 401 when no key is presented, 403 when it matches none of the configured hashes (a
worklist user's key is named as such). Keys are never logged and never stored in clear.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyCookie, APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from nlp_checker_worklist.auth import API_KEY_PREFIX, SESSION_PREFIX, KeyVerifier, token_purpose

AUTHORIZATION_DESCRIPTION = "Authorization: Bearer <API key>"
API_KEY_HEADER = "X-API-Key"
SESSION_COOKIE = "nlpc_worklist_session"

# The same two headers for both kinds of key; the OpenAPI names tell the reader which key a route takes.
bearer_scheme = HTTPBearer(auto_error=False, description=AUTHORIZATION_DESCRIPTION)
api_key_scheme = APIKeyHeader(name=API_KEY_HEADER, auto_error=False, description="X-API-Key: <API key>")
worklist_bearer_scheme = HTTPBearer(
    auto_error=False, scheme_name="WorklistBearer", description="Authorization: Bearer <worklist API key>"
)
worklist_api_key_scheme = APIKeyHeader(
    name=API_KEY_HEADER,
    auto_error=False,
    scheme_name="WorklistApiKey",
    description="X-API-Key: <worklist API key>",
)
session_cookie_scheme = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    scheme_name="WorklistSession",
    description="Browser session cookie; unsafe methods also need the X-CSRF-Token header",
)


def presented_key(bearer: HTTPAuthorizationCredentials | None, api_key: str | None) -> str | None:
    """The key of a request: the bearer token, else the X-API-Key header."""
    return (bearer.credentials if bearer else api_key) or None


async def require_api_key(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> None:
    """Dependency of every ``/v1`` check route: a service API key."""
    key = presented_key(bearer, api_key)
    if not key:
        raise HTTPException(401, "an API key is required", headers={"WWW-Authenticate": "Bearer"})
    verifier: KeyVerifier = request.app.state.key_verifier
    # SHA-256 hashes are verified inline; PBKDF2 ones are slow, so off the event loop.
    valid = await run_in_threadpool(verifier.verify, key) if verifier.slow else verifier.verify(key)
    if not valid:
        if token_purpose(key) in (API_KEY_PREFIX, SESSION_PREFIX):
            raise HTTPException(
                403, "a worklist credential does not open the check routes; use a service key"
            )
        raise HTTPException(403, "the API key is not valid")
