"""API-key authentication for ``/v1``: ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``.

401 when no key is presented, 403 when it matches none of the configured hashes. Keys are never
logged and never stored in clear (see ``service.keys``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from nlp_checker_service.keys import KeyVerifier

bearer_scheme = HTTPBearer(auto_error=False, description="Authorization: Bearer <API key>")
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: <API key>")


async def require_api_key(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> None:
    """Dependency of every ``/v1`` route."""
    key = bearer.credentials if bearer else api_key
    if not key:
        raise HTTPException(401, "an API key is required", headers={"WWW-Authenticate": "Bearer"})
    verifier: KeyVerifier = request.app.state.key_verifier
    # SHA-256 hashes are verified inline; PBKDF2 ones are slow, so off the event loop.
    valid = await run_in_threadpool(verifier.verify, key) if verifier.slow else verifier.verify(key)
    if not valid:
        raise HTTPException(403, "the API key is not valid")
