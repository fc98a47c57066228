"""Organizations and users: bootstrap, create, list, update, passwords."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_checker_worklist import auth as security
from nlp_checker_worklist.errors import (
    AlreadyExists,
    InvalidRequest,
    NotFound,
)
from nlp_checker_worklist.models import (
    Organization,
    User,
    WebSession,
    utcnow,
)
from nlp_checker_worklist.usecases._common import _actor, _audit, _org_user, _require_admin, _user_view
from nlp_checker_worklist.usecases.credentials import create_api_key
from nlp_checker_worklist.views import (
    ROLES,
    Actor,
    UserView,
)

logger = logging.getLogger("nlp_checker.worklist")


def create_organization(session: Session, name: str) -> int:
    """Create an organization (bootstrap and operators only: no actor). Returns its id."""
    name = name.strip()
    if not name:
        raise InvalidRequest("organization name is empty")
    if session.scalar(select(Organization.id).where(Organization.name == name)) is not None:
        raise AlreadyExists(f"organization {name!r} exists")
    organization = Organization(name=name, created_at=utcnow())
    session.add(organization)
    session.flush()
    return organization.id


def organization_id(session: Session, name: str) -> int:
    found = session.scalar(select(Organization.id).where(Organization.name == name))
    if found is None:
        raise NotFound("organization", name)
    return found


def _new_user(
    session: Session,
    organization_id: int,
    username: str,
    role: str,
    password: str | None,
    display_name: str | None,
) -> User:
    username = username.strip()
    if not username:
        raise InvalidRequest("user name is empty")
    if role not in ROLES:
        raise InvalidRequest(f"unknown role; expected one of {list(ROLES)}")
    taken = select(User.id).where(User.organization_id == organization_id, User.username == username)
    if session.scalar(taken) is not None:
        # Unique per organization only: another organization's names are never consulted.
        raise AlreadyExists("this user name is taken in your organization")
    if password is not None:
        check_password_policy(password, username)
    user = User(
        organization_id=organization_id,
        username=username,
        role=role,
        display_name=display_name,
        password_hash=security.hash_password(password) if password else None,
        active=True,
        created_at=utcnow(),
    )
    session.add(user)
    session.flush()
    return user


def bootstrap(
    session: Session, organization: str, admin_username: str = "admin", password: str | None = None
) -> tuple[UserView, str]:
    """Create the organization (if new) and its first admin; returns the admin and an API key (shown once)."""
    existing = session.scalar(select(Organization.id).where(Organization.name == organization))
    org_id = existing if existing is not None else create_organization(session, organization)
    user = _new_user(session, org_id, admin_username, "admin", password, None)
    actor = _actor(user)
    _audit(session, None, org_id, "user_created", user_id=user.id, role="admin", bootstrap=True)
    _, key = create_api_key(session, actor, name="bootstrap")
    return _user_view(session, user), key


def actor_for(session: Session, username: str, organization: str | None = None) -> Actor:
    """The actor of an active user by name (and organization, needed when several organizations have the
    name): for trusted local callers (CLI), not for remote requests."""
    query = select(User).where(User.username == username)
    if organization is not None:
        query = query.where(User.organization_id == organization_id(session, organization))
    users = session.scalars(query.limit(2)).all()
    if len(users) > 1:
        raise InvalidRequest("several organizations have this user name: name the organization")
    if not users or not users[0].active:
        raise NotFound("user", username)
    return _actor(users[0])


def default_actor(session: Session, organization: str) -> Actor:
    """The first active admin of an organization (the CLI's actor when no user is named)."""
    org_id = organization_id(session, organization)
    user = session.scalar(
        select(User)
        .where(User.organization_id == org_id, User.role == "admin", User.active)
        .order_by(User.id)
    )
    if user is None:
        raise NotFound("admin user of organization", organization)
    return _actor(user)


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    role: str,
    *,
    password: str | None = None,
    display_name: str | None = None,
) -> UserView:
    """Admin only: a user of the admin's organization."""
    _require_admin(actor)
    user = _new_user(session, actor.organization_id, username, role, password, display_name)
    _audit(session, actor, actor.organization_id, "user_created", user_id=user.id, role=role)
    return _user_view(session, user)


def list_users(session: Session, actor: Actor) -> list[UserView]:
    """The users of the actor's organization (every role may list them, e.g. to pick an assignee)."""
    users = session.scalars(
        select(User).where(User.organization_id == actor.organization_id).order_by(User.username)
    ).all()
    return [_user_view(session, u) for u in users]


def update_user(
    session: Session,
    actor: Actor,
    user_id: int,
    *,
    role: str | None = None,
    active: bool | None = None,
    display_name: str | None = None,
) -> UserView:
    """Admin only: change a user's role, active flag or display name. Deactivation revokes their sessions."""
    _require_admin(actor)
    user = _org_user(session, actor, user_id)
    changes: dict[str, Any] = {}
    if role is not None:
        if role not in ROLES:
            raise InvalidRequest(f"unknown role; expected one of {list(ROLES)}")
        changes["role"] = [user.role, role]
        user.role = role
    if active is not None:
        changes["active"] = [user.active, active]
        user.active = active
        if not active:
            for web_session in session.scalars(
                select(WebSession).where(WebSession.user_id == user.id, WebSession.revoked_at.is_(None))
            ):
                web_session.revoked_at = utcnow()
    if display_name is not None:
        user.display_name = display_name
        changes["display_name"] = True
    _audit(session, actor, actor.organization_id, "user_updated", user_id=user.id, changes=changes)
    session.flush()
    return _user_view(session, user)


def set_password(session: Session, actor: Actor, user_id: int, password: str) -> None:
    """A user sets their own password; an admin sets anyone's in the organization."""
    if user_id != actor.user_id:
        _require_admin(actor)
    user = _org_user(session, actor, user_id)
    check_password_policy(password, user.username)
    user.password_hash = security.hash_password(password)
    _audit(session, actor, actor.organization_id, "password_set", user_id=user.id)
    session.flush()


MIN_PASSWORD_LENGTH = 12
# The most common passwords of public breach lists (a password containing one of them whole is refused too
# when it is little more than it).
COMMON_PASSWORDS = frozenset(
    {
        "password",
        "password1",
        "password123",
        "passw0rd",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "qwerty",
        "qwerty123",
        "qwertyuiop",
        "abc123",
        "111111",
        "123123",
        "letmein",
        "welcome",
        "welcome1",
        "admin",
        "admin123",
        "administrator",
        "iloveyou",
        "monkey",
        "dragon",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "master",
        "shadow",
        "superman",
        "trustno1",
        "changeme",
        "changeme123",
        "secret",
        "login",
        "hello",
        "hello123",
        "freedom",
        "whatever",
        "starwars",
        "computer",
        "michael",
        "jennifer",
        "hunter2",
        "summer2024",
        "winter2024",
        "spring2025",
        "autumn2025",
        "p@ssw0rd",
        "p@ssword",
        "letmein123",
        "default",
        "guest",
        "test",
        "test123",
        "root",
        "toor",
        "000000",
        "654321",
        "987654321",
        "qazwsx",
        "1q2w3e4r",
        "zaq12wsx",
        "password12",
        "password1234",
        "passwordpassword",
        "welcome123",
        "hospital",
        "medicare",
        "nurse123",
        "doctor123",
        "coding123",
    }
)


def check_password_policy(password: str, username: str = "") -> None:
    """At least 12 characters, not a common password (nor one padded with digits or symbols), not the user
    name. The message never repeats the password."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidRequest(f"password too short: at least {MIN_PASSWORD_LENGTH} characters")
    lowered = password.lower()
    core = lowered.strip("0123456789!@#$%^&*.-_ ")
    if lowered in COMMON_PASSWORDS or core in COMMON_PASSWORDS or (username and lowered == username.lower()):
        raise InvalidRequest("password too common or the same as the user name: choose another")
