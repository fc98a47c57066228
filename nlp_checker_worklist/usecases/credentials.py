"""API keys and browser sessions of worklist users (the scheme itself: ``nlp_checker_worklist.auth``)."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_checker_worklist import auth as security
from nlp_checker_worklist.errors import (
    AuthenticationFailed,
    NotFound,
)
from nlp_checker_worklist.models import (
    ApiKey,
    Organization,
    User,
    WebSession,
    utcnow,
)
from nlp_checker_worklist.usecases._common import (
    DEFAULT_SESSION_TTL,
    _actor,
    _audit,
    _key_view,
    _org_user,
    _require_admin,
)
from nlp_checker_worklist.views import (
    Actor,
    ApiKeyView,
    SessionToken,
)

logger = logging.getLogger("nlp_checker.worklist")


def create_api_key(
    session: Session, actor: Actor, *, user_id: int | None = None, name: str = ""
) -> tuple[ApiKeyView, str]:
    """A new API key for the actor (or, admin only, another user); the plain key is returned once."""
    target = actor.user_id if user_id is None else user_id
    if target != actor.user_id:
        _require_admin(actor)
    user = _org_user(session, actor, target)
    token, public, secret = security.new_token(security.API_KEY_PREFIX)
    key = ApiKey(
        user_id=user.id,
        key_id=public,
        secret_hash=security.hash_secret(secret),
        name=name,
        created_at=utcnow(),
    )
    session.add(key)
    session.flush()
    _audit(session, actor, actor.organization_id, "api_key_created", user_id=user.id, key_id=public)
    return _key_view(key), token


def list_api_keys(session: Session, actor: Actor, user_id: int | None = None) -> list[ApiKeyView]:
    target = actor.user_id if user_id is None else user_id
    if target != actor.user_id:
        _require_admin(actor)
    _org_user(session, actor, target)
    return [
        _key_view(k)
        for k in session.scalars(select(ApiKey).where(ApiKey.user_id == target).order_by(ApiKey.id))
    ]


def revoke_api_key(session: Session, actor: Actor, key_id: int) -> None:
    """Revoke a key: its owner or an admin of the organization."""
    key = session.get(ApiKey, key_id)
    owner = session.get(User, key.user_id) if key else None
    if key is None or owner is None or owner.organization_id != actor.organization_id:
        raise NotFound("api key", key_id)
    if owner.id != actor.user_id:
        _require_admin(actor)
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        _audit(session, actor, actor.organization_id, "api_key_revoked", user_id=owner.id, key_id=key.key_id)
    session.flush()


def authenticate_api_key(session: Session, token: str) -> Actor:
    """The actor of an API key; unknown, malformed or revoked keys and inactive users fail alike."""
    if security.token_purpose(token or "") == security.SERVICE_KEY_PREFIX:
        raise AuthenticationFailed("a service API key does not open the worklist; use a worklist user's key")
    parts = security.split_token(token or "", security.API_KEY_PREFIX)
    key = session.scalar(select(ApiKey).where(ApiKey.key_id == parts[0])) if parts else None
    stored = key.secret_hash if key else security.hash_secret("dummy")
    valid = security.verify_secret(parts[1] if parts else "", stored)
    if key is None or not valid or key.revoked_at is not None:
        raise AuthenticationFailed("invalid API key")
    user = session.get(User, key.user_id)
    if user is None or not user.active:
        raise AuthenticationFailed("invalid API key")
    key.last_used_at = utcnow()
    session.flush()
    return _actor(user)


def user_by_name(session: Session, username: str, organization: str | None = None) -> User | None:
    """A user by organization and name (user names are unique per organization only). Without an
    organization the name is looked up only when the deployment hosts exactly one organization: looking it up
    across organizations would tell one organization whether another has that user name."""
    query = select(User).where(User.username == username)
    if organization is None:
        if len(session.scalars(select(Organization.id).limit(2)).all()) != 1:
            return None
    else:
        query = query.join(Organization, Organization.id == User.organization_id).where(
            Organization.name == organization
        )
    return session.scalar(query)


def organization_required(session: Session, organization: str | None) -> bool:
    """True when a login must name its organization (the deployment hosts several)."""
    return organization is None and len(session.scalars(select(Organization.id).limit(2)).all()) > 1


def verify_password(session: Session, username: str, password: str, organization: str | None = None) -> Actor:
    """The actor for a user name and password (constant work whether or not the user exists)."""
    user = user_by_name(session, username, organization)
    valid = security.verify_password(password, user.password_hash if user else None)
    if user is None or not valid or not user.active or user.locked_at is not None:
        # A locked account answers like a wrong password (no account enumeration); the lock is audited.
        if organization_required(session, organization):
            raise AuthenticationFailed(
                "invalid user name or password; this server hosts several organizations: name yours"
            )
        raise AuthenticationFailed("invalid user name or password")
    if user.failed_logins:
        user.failed_logins = 0
    return _actor(user)


def note_failed_login(
    session: Session, username: str, *, lock_after: int = 10, organization: str | None = None
) -> None:
    """Count a failed password of an existing user; ``lock_after`` in a row lock the account (audited)."""
    user = user_by_name(session, username, organization)
    if user is None:
        return
    user.failed_logins = (user.failed_logins or 0) + 1
    if user.locked_at is None and user.failed_logins >= lock_after:
        user.locked_at = utcnow()
        _audit(
            session, None, user.organization_id, "user_locked", user_id=user.id, failures=user.failed_logins
        )
    session.flush()


def unlock_user(session: Session, actor: Actor, user_id: int) -> None:
    """Admin: lift a lockout and reset the failure count (audited)."""
    from nlp_checker_worklist.usecases._common import _org_user, _require_admin

    _require_admin(actor)
    user = _org_user(session, actor, user_id)
    user.locked_at = None
    user.failed_logins = 0
    _audit(session, actor, actor.organization_id, "user_unlocked", user_id=user.id)
    session.flush()


def login(
    session: Session,
    username: str,
    password: str,
    *,
    organization: str | None = None,
    ttl: dt.timedelta = DEFAULT_SESSION_TTL,
) -> SessionToken:
    """Check the password and open a browser session; the token (for a cookie) is returned once. The
    organization may be left out when the deployment hosts only one."""
    actor = verify_password(session, username, password, organization)
    token, public, secret = security.new_token(security.SESSION_PREFIX)
    expires = utcnow() + ttl
    session.add(
        WebSession(
            user_id=actor.user_id,
            session_id=public,
            secret_hash=security.hash_secret(secret),
            created_at=utcnow(),
            expires_at=expires,
        )
    )
    _audit(session, actor, actor.organization_id, "login", session_id=public)
    session.flush()
    return SessionToken(token=token, expires_at=expires, actor_user_id=actor.user_id)


def _web_session(session: Session, token: str) -> WebSession | None:
    parts = security.split_token(token or "", security.SESSION_PREFIX)
    record = session.scalar(select(WebSession).where(WebSession.session_id == parts[0])) if parts else None
    stored = record.secret_hash if record else security.hash_secret("dummy")
    valid = security.verify_secret(parts[1] if parts else "", stored)
    return record if record is not None and valid else None


def authenticate_session(session: Session, token: str) -> Actor:
    """The actor of a browser session token; expired, revoked or unknown sessions fail."""
    record = _web_session(session, token)
    if record is None or record.revoked_at is not None or record.expires_at <= utcnow():
        raise AuthenticationFailed("invalid or expired session")
    user = session.get(User, record.user_id)
    if user is None or not user.active:
        raise AuthenticationFailed("invalid or expired session")
    return _actor(user)


def logout(session: Session, token: str) -> None:
    record = _web_session(session, token)
    if record is not None and record.revoked_at is None:
        record.revoked_at = utcnow()
        session.flush()
