"""Use cases of the coder worklist. Every function takes an open SQLAlchemy session and, except the
authentication and bootstrap functions, the acting user (``Actor``); it reads and changes only the actor's
organization (a foreign item is ``NotFound``). Functions flush but never commit: the caller owns the
transaction (``with store.session() as session:`` commits on success).

Optimistic locking: items carry ``version`` (SQLAlchemy ``version_id_col``). A write based on a stale read
raises ``StaleUpdate`` and the session is rolled back, so nothing of that transaction is written. Across
HTTP requests, pass the version the client saw as ``expected_version``.

The library logs ids and counts only, never note text.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, TextIO

from sqlalchemy import Select, exists, func, select
from sqlalchemy import delete as sql_delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from nlp_checker.ingest import parse_chart
from nlp_checker.models import Chart, GapReport
from nlp_checker.sources import ChartSource
from nlp_checker_worklist import auth as security
from nlp_checker_worklist.config import WorklistConfig, default_config
from nlp_checker_worklist.errors import (
    AlreadyExists,
    AuthenticationFailed,
    Forbidden,
    IllegalTransition,
    InvalidRequest,
    NotFound,
    StaleUpdate,
)
from nlp_checker_worklist.models import (
    ApiKey,
    AuditEntry,
    ItemGap,
    Organization,
    ProviderQuery,
    ReportVersion,
    User,
    WebSession,
    WorklistItem,
    utcnow,
)
from nlp_checker_worklist.scoring import GAP_STATUSES, score
from nlp_checker_worklist.views import (
    ROLES,
    Actor,
    ApiKeyView,
    AuditView,
    GapView,
    ItemFilter,
    ItemView,
    LoadResult,
    Page,
    QueryDraft,
    QueryPart,
    ReportView,
    SentQuery,
    SessionToken,
    UserView,
    VersionInfo,
)

logger = logging.getLogger("nlp_checker_worklist")

DEFAULT_SESSION_TTL = dt.timedelta(hours=8)
MAX_PAGE = 500
CSV_COLUMNS = (
    "item_id",
    "chart_id",
    "date_of_service",
    "profile",
    "status",
    "assignee",
    "gaps",
    "risk_score",
    "amount_at_stake",
    "priority",
    "report_version",
    "updated_at",
)


# ----------------------------------------------------------------------------------------------- helpers


def _flush(session: Session) -> None:
    """Flush; an optimistic-lock failure rolls the session back and becomes ``StaleUpdate``."""
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise StaleUpdate() from None


def _audit(
    session: Session,
    actor: Actor | None,
    organization_id: int,
    action: str,
    item_id: int | None = None,
    **details: Any,
) -> None:
    session.add(
        AuditEntry(
            organization_id=organization_id,
            item_id=item_id,
            user_id=actor.user_id if actor else None,
            action=action,
            details=details,
            created_at=utcnow(),
        )
    )


def _item(session: Session, actor: Actor, item_id: int) -> WorklistItem:
    item = session.get(WorklistItem, item_id)
    if item is None or item.organization_id != actor.organization_id:
        raise NotFound("item", item_id)
    return item


def _check_version(item: WorklistItem, expected_version: int | None) -> None:
    if expected_version is not None and item.version != expected_version:
        raise StaleUpdate(
            f"item {item.id} is at version {item.version}, not {expected_version}; reload it and retry"
        )


def _require_worker(actor: Actor, item: WorklistItem) -> None:
    """Coders work items assigned to them or unassigned; reviewers and admins any item of their org."""
    if actor.role == "coder" and item.assignee_id not in (None, actor.user_id):
        raise Forbidden(
            f"item {item.id} is assigned to another user; coders work their own or unassigned items"
        )


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise Forbidden("only an admin manages users")


def _touch(item: WorklistItem) -> None:
    item.updated_at = utcnow()


def report_hash(report: GapReport) -> str:
    """SHA-256 of the report's canonical JSON: identical reports have identical hashes."""
    canonical = json.dumps(report.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def _gap_rows(session: Session, item_ids: Sequence[int]) -> dict[int, list[GapView]]:
    found: dict[int, list[GapView]] = {i: [] for i in item_ids}
    if not item_ids:
        return found
    rows = session.execute(
        select(ItemGap.item_id, ItemGap.requirement_id, ItemGap.status, ItemGap.severity)
        .where(ItemGap.item_id.in_(item_ids))
        .order_by(ItemGap.item_id, ItemGap.requirement_id)
    )
    for item_id, requirement_id, status, severity in rows:
        found[item_id].append(GapView(requirement_id=requirement_id, status=status, severity=severity))
    return found


def _usernames(session: Session, user_ids: Iterable[int | None]) -> dict[int, str]:
    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    return {
        uid: name for uid, name in session.execute(select(User.id, User.username).where(User.id.in_(ids)))
    }


def _views(session: Session, items: Sequence[WorklistItem], config: WorklistConfig) -> list[ItemView]:
    gaps = _gap_rows(session, [i.id for i in items])
    names = _usernames(session, (i.assignee_id for i in items))
    return [
        ItemView(
            id=item.id,
            chart_id=item.chart_id,
            date_of_service=item.date_of_service,
            profile=item.profile,
            payer_name=item.payer_name,
            hcpcs=item.hcpcs,
            status=item.status,
            allowed_transitions=config.allowed(item.status),
            assignee_id=item.assignee_id,
            assignee=names.get(item.assignee_id) if item.assignee_id else None,
            billed_units=item.billed_units,
            amount_at_stake=item.amount_at_stake,
            risk_score=item.risk_score,
            priority=item.priority,
            complete=item.complete,
            gaps=gaps[item.id],
            queried_requirements=list(item.queried_requirements or []),
            latest_version=item.latest_version,
            version=item.version,
            created_at=item.created_at,
            updated_at=item.updated_at,
        )
        for item in items
    ]


def _view(session: Session, item: WorklistItem, config: WorklistConfig) -> ItemView:
    return _views(session, [item], config)[0]


def _user_view(session: Session, user: User) -> UserView:
    organization = session.get(Organization, user.organization_id)
    return UserView(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
        organization_id=user.organization_id,
        organization=organization.name if organization else "",
    )


def _actor(user: User) -> Actor:
    return Actor(
        user_id=user.id, organization_id=user.organization_id, username=user.username, role=user.role
    )


def _key_view(key: ApiKey) -> ApiKeyView:
    return ApiKeyView(
        id=key.id,
        key_id=key.key_id,
        user_id=key.user_id,
        name=key.name,
        created_at=key.created_at,
        last_used_at=key.last_used_at,
        revoked_at=key.revoked_at,
    )


# -------------------------------------------------------------------------------- organizations, users


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
        raise InvalidRequest(f"unknown role {role!r}; expected one of {list(ROLES)}")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise AlreadyExists(f"user name {username!r} is taken")
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


def actor_for(session: Session, username: str) -> Actor:
    """The actor of an active user by name: for trusted local callers (CLI), not for remote requests."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        raise NotFound("user", username)
    return _actor(user)


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


def _org_user(session: Session, actor: Actor, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.organization_id != actor.organization_id:
        raise NotFound("user", user_id)
    return user


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
            raise InvalidRequest(f"unknown role {role!r}; expected one of {list(ROLES)}")
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
    if len(password) < 8:
        raise InvalidRequest("password too short: at least 8 characters")
    user.password_hash = security.hash_password(password)
    _audit(session, actor, actor.organization_id, "password_set", user_id=user.id)
    session.flush()


# -------------------------------------------------------------------------- API keys and web sessions


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


def verify_password(session: Session, username: str, password: str) -> Actor:
    """The actor for a user name and password (constant work whether or not the user exists)."""
    user = session.scalar(select(User).where(User.username == username))
    valid = security.verify_password(password, user.password_hash if user else None)
    if user is None or not valid or not user.active:
        raise AuthenticationFailed("invalid user name or password")
    return _actor(user)


def login(
    session: Session, username: str, password: str, *, ttl: dt.timedelta = DEFAULT_SESSION_TTL
) -> SessionToken:
    """Check the password and open a browser session; the token (for a cookie) is returned once."""
    actor = verify_password(session, username, password)
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


# ---------------------------------------------------------------------------------------- loading


def _claim_lines(chart: Chart) -> list[dict[str, Any]]:
    return [
        {"hcpcs": line.code, "units": line.units, "modifiers": sorted(line.modifier_set)}
        for line in chart.claim_lines or []
    ]


def load_report(
    session: Session,
    actor: Actor,
    chart: Chart | ChartSource,
    report: GapReport,
    *,
    config: WorklistConfig | None = None,
) -> LoadResult:
    """Upsert the item of ``chart`` (idempotent by chart id within the actor's organization).

    A report identical to the latest adds no version. A changed report adds a version, recomputes the gaps
    and, for an item in ``query_sent`` whose queried requirements are now met, moves it back to review.
    Scores and claim data are refreshed every time. A concurrent first load of the same chart by another
    worker raises ``StaleUpdate`` (safe to retry).
    """
    config = config or default_config()
    if isinstance(chart, ChartSource):
        chart = chart.chart
    if report.chart_id != chart.chart_id:
        raise InvalidRequest(f"report is for chart {report.chart_id!r}, not {chart.chart_id!r}")
    digest = report_hash(report)
    lines = _claim_lines(chart)
    scores = score(report, lines, config)
    now = utcnow()
    item = session.scalar(
        select(WorklistItem).where(
            WorklistItem.organization_id == actor.organization_id, WorklistItem.chart_id == chart.chart_id
        )
    )
    fields: dict[str, Any] = {
        "date_of_service": report.date_of_service or chart.service_date,
        "profile": report.profile,
        "payer_name": chart.payer.name if chart.payer else None,
        "hcpcs": report.hcpcs,
        "claim_lines": lines,
        "billed_units": scores.billed_units,
        "amount_at_stake": scores.amount_at_stake,
        "risk_score": scores.risk,
        "priority": scores.priority,
    }
    gap_list = [r for r in report.requirements if r.status in GAP_STATUSES]
    open_ids = {r.id for r in gap_list}
    created = item is None
    reopened: list[str] = []
    previous: list[str] = []
    if item is None:
        # All columns set before the first flush: a new item is written once, at version 1.
        item = WorklistItem(
            organization_id=actor.organization_id,
            chart_id=chart.chart_id,
            status=config.initial,
            queried_requirements=[],
            latest_version=1,
            report_hash=digest,
            complete=report.complete,
            gap_count=len(gap_list),
            created_at=now,
            updated_at=now,
            **fields,
        )
        session.add(item)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            raise StaleUpdate(f"chart {chart.chart_id!r} was loaded concurrently; retry") from None
        new_version = True
        _audit(session, actor, actor.organization_id, "item_created", item.id, chart_id=chart.chart_id)
    else:
        new_version = digest != item.report_hash
        changed_fields = [name for name, value in fields.items() if getattr(item, name) != value]
        if new_version:
            previous = [
                r
                for (r,) in session.execute(select(ItemGap.requirement_id).where(ItemGap.item_id == item.id))
            ]
            queried = set(item.queried_requirements or [])
            if item.status == config.query_status and queried:
                resolved = sorted(q for q in queried if q not in open_ids)
                if (config.reopen_when == "all" and len(resolved) == len(queried)) or (
                    config.reopen_when == "any" and resolved
                ):
                    reopened = resolved
        # One UPDATE of the item (checked against its version), then the dependent rows.
        for name in changed_fields:
            setattr(item, name, fields[name])
        if new_version:
            item.latest_version += 1
            item.report_hash = digest
            item.complete = report.complete
            item.gap_count = len(gap_list)
            if reopened:
                _audit(
                    session,
                    actor,
                    actor.organization_id,
                    "status_changed",
                    item.id,
                    **{"from": item.status, "to": config.reopen_to},
                    reason="queried requirements met",
                    requirements=reopened,
                    version=item.latest_version,
                )
                item.status = config.reopen_to
        if new_version or changed_fields:
            _touch(item)
        _flush(session)
    if new_version:
        session.execute(sql_delete(ItemGap).where(ItemGap.item_id == item.id))
        session.add_all(
            ItemGap(item_id=item.id, requirement_id=r.id, status=r.status, severity=r.severity)
            for r in gap_list
        )
        session.add(
            ReportVersion(
                item_id=item.id,
                version=item.latest_version,
                report=report.model_dump(mode="json"),
                documents={d.id: d.text for d in chart.documents},
                report_hash=digest,
                ruleset_hash=report.ruleset.hash if report.ruleset else None,
                created_at=now,
                created_by_id=actor.user_id,
            )
        )
        _audit(
            session,
            actor,
            actor.organization_id,
            "report_added",
            item.id,
            version=item.latest_version,
            gaps=sorted(open_ids),
            resolved=sorted(set(previous) - open_ids),
        )
        try:
            session.flush()
        except IntegrityError:  # another worker added the same version number first
            session.rollback()
            raise StaleUpdate(f"chart {chart.chart_id!r} was updated concurrently; retry") from None
    logger.info(
        "worklist load: item=%d created=%s new_version=%s gaps=%d",
        item.id,
        created,
        new_version,
        item.gap_count,
    )
    return LoadResult(
        item_id=item.id,
        chart_id=item.chart_id,
        created=created,
        new_version=new_version,
        report_version=item.latest_version,
        status=item.status,
        reopened=bool(reopened),
    )


def load_chart(
    session: Session,
    actor: Actor,
    chart: Chart | ChartSource | dict[str, Any],
    checker: Any,
    *,
    config: WorklistConfig | None = None,
) -> LoadResult:
    """Check ``chart`` (a contract dict, Chart or ChartSource) with a ``Checker`` and ``load_report`` it."""
    if isinstance(chart, dict):
        chart = parse_chart(chart)
    return load_report(session, actor, chart, checker.check(chart), config=config)


# ---------------------------------------------------------------------------------------- reading


def _filtered(actor: Actor, filters: ItemFilter | None) -> Select[tuple[WorklistItem]]:
    query = select(WorklistItem).where(WorklistItem.organization_id == actor.organization_id)
    f = filters or ItemFilter()
    if f.status:
        query = query.where(WorklistItem.status.in_(f.status))
    if f.unassigned:
        query = query.where(WorklistItem.assignee_id.is_(None))
    elif f.assignee_id is not None:
        query = query.where(WorklistItem.assignee_id == f.assignee_id)
    if f.profile:
        query = query.where(WorklistItem.profile == f.profile)
    if f.payer:
        query = query.where(WorklistItem.payer_name == f.payer)
    if f.requirement_id:
        query = query.where(
            exists().where(ItemGap.item_id == WorklistItem.id, ItemGap.requirement_id == f.requirement_id)
        )
    if f.dos_from:
        query = query.where(WorklistItem.date_of_service >= f.dos_from)
    if f.dos_to:
        query = query.where(WorklistItem.date_of_service <= f.dos_to)
    return query


def _ordered(query: Select[tuple[WorklistItem]]) -> Select[tuple[WorklistItem]]:
    return query.order_by(
        WorklistItem.priority.desc(),
        WorklistItem.risk_score.desc(),
        WorklistItem.date_of_service.asc().nulls_last(),
        WorklistItem.id.asc(),
    )


def list_items(
    session: Session,
    actor: Actor,
    filters: ItemFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    config: WorklistConfig | None = None,
) -> Page:
    """The actor's organization's items, highest priority (denial risk x amount at stake) first."""
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise InvalidRequest(f"limit must be 1..{MAX_PAGE} and offset >= 0")
    query = _filtered(actor, filters)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = session.scalars(_ordered(query).limit(limit).offset(offset)).all()
    return Page(
        items=_views(session, items, config or default_config()), total=total, limit=limit, offset=offset
    )


def get_item(
    session: Session, actor: Actor, item_id: int, *, config: WorklistConfig | None = None
) -> ItemView:
    """One item's row (no evidence text: not audited)."""
    return _view(session, _item(session, actor, item_id), config or default_config())


def find_item(
    session: Session, actor: Actor, chart_id: str, *, config: WorklistConfig | None = None
) -> ItemView:
    """The item of a chart id in the actor's organization."""
    item = session.scalar(
        select(WorklistItem).where(
            WorklistItem.organization_id == actor.organization_id, WorklistItem.chart_id == chart_id
        )
    )
    if item is None:
        raise NotFound("chart", chart_id)
    return _view(session, item, config or default_config())


def report_versions(session: Session, actor: Actor, item_id: int) -> list[VersionInfo]:
    """Every report version of an item, oldest first (metadata only: not audited)."""
    item = _item(session, actor, item_id)
    rows = session.scalars(
        select(ReportVersion).where(ReportVersion.item_id == item.id).order_by(ReportVersion.version)
    ).all()
    names = _usernames(session, (r.created_by_id for r in rows))
    return [
        VersionInfo(
            version=r.version,
            report_hash=r.report_hash,
            ruleset_hash=r.ruleset_hash,
            created_at=r.created_at,
            created_by=names.get(r.created_by_id) if r.created_by_id else None,
            complete=bool(r.report.get("complete")),
            gaps=[q["id"] for q in r.report.get("requirements", []) if q.get("status") in GAP_STATUSES],
        )
        for r in rows
    ]


def _report_row(session: Session, item: WorklistItem, version: int | None) -> ReportVersion:
    number = item.latest_version if version is None else version
    row = session.scalar(
        select(ReportVersion).where(ReportVersion.item_id == item.id, ReportVersion.version == number)
    )
    if row is None:
        raise NotFound("report version", number)
    return row


def get_report(session: Session, actor: Actor, item_id: int, version: int | None = None) -> ReportView:
    """The gap report (with evidence quotes from the documents) of an item; the read is audited."""
    item = _item(session, actor, item_id)
    row = _report_row(session, item, version)
    _audit(session, actor, actor.organization_id, "report_viewed", item.id, version=row.version)
    session.flush()
    return ReportView(
        item_id=item.id,
        version=row.version,
        ruleset_hash=row.ruleset_hash,
        created_at=row.created_at,
        report=GapReport.model_validate(row.report),
    )


def audit_trail(
    session: Session, actor: Actor, item_id: int | None = None, *, limit: int = 500
) -> list[AuditView]:
    """An item's audit entries (any role), or the organization's (reviewer, admin), newest last."""
    query = select(AuditEntry).where(AuditEntry.organization_id == actor.organization_id)
    if item_id is not None:
        query = query.where(AuditEntry.item_id == _item(session, actor, item_id).id)
    elif not actor.can_assign:
        raise Forbidden("the organization's audit trail is for reviewers and admins")
    rows = session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)).all()[::-1]
    names = _usernames(session, (r.user_id for r in rows))
    return [
        AuditView(
            id=r.id,
            item_id=r.item_id,
            user_id=r.user_id,
            username=names.get(r.user_id) if r.user_id else None,
            action=r.action,
            details=dict(r.details or {}),
            created_at=r.created_at,
        )
        for r in rows
    ]


# ------------------------------------------------------------------------------------- workflow


def transition(
    session: Session,
    actor: Actor,
    item_id: int,
    to_status: str,
    *,
    expected_version: int | None = None,
    note: str | None = None,
    config: WorklistConfig | None = None,
) -> ItemView:
    """Move an item to ``to_status``; ``IllegalTransition`` (carrying the allowed statuses) if not allowed."""
    config = config or default_config()
    item = _item(session, actor, item_id)
    _check_version(item, expected_version)
    _require_worker(actor, item)
    if to_status not in config.statuses:
        raise InvalidRequest(f"unknown status {to_status!r}; expected one of {config.statuses}")
    allowed = config.allowed(item.status)
    if to_status not in allowed:
        raise IllegalTransition(item.status, to_status, allowed)
    if to_status == config.query_status and item.status != config.query_status:
        # Queried outside the system: remember the open gaps, so a re-check can reopen the item.
        item.queried_requirements = [
            r for (r,) in session.execute(select(ItemGap.requirement_id).where(ItemGap.item_id == item.id))
        ]
    details: dict[str, Any] = {"from": item.status, "to": to_status}
    if note:
        details["note"] = note
    _audit(session, actor, actor.organization_id, "status_changed", item.id, **details)
    item.status = to_status
    _touch(item)
    _flush(session)
    return _view(session, item, config)


def assign(
    session: Session,
    actor: Actor,
    item_id: int,
    assignee_id: int | None,
    *,
    expected_version: int | None = None,
    config: WorklistConfig | None = None,
) -> ItemView:
    """Reviewer or admin: assign an item to an active user of the organization (None: unassign)."""
    if not actor.can_assign:
        raise Forbidden("only reviewers and admins assign items")
    item = _item(session, actor, item_id)
    _check_version(item, expected_version)
    if assignee_id is not None:
        user = _org_user(session, actor, assignee_id)
        if not user.active:
            raise InvalidRequest(f"user {assignee_id} is inactive")
    _audit(
        session,
        actor,
        actor.organization_id,
        "assigned",
        item.id,
        **{"from": item.assignee_id, "to": assignee_id},
    )
    item.assignee_id = assignee_id
    _touch(item)
    _flush(session)
    return _view(session, item, config or default_config())


@lru_cache(maxsize=4)
def _titles() -> dict[str, str]:
    try:
        from nlp_checker.requirements import load_ruleset

        return {r.id: r.title for r in load_ruleset().meta.requirements}
    except Exception:  # titles are cosmetic: fall back to the ids
        return {}


def _quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def compose_queries(
    session: Session, actor: Actor, item_id: int, requirement_ids: Sequence[str] | None = None
) -> QueryDraft:
    """Draft the provider query for the item's gaps (all, or the ids given) from the latest report: each gap's
    message, evidence quotes and remediation. Reading evidence is audited as a document read."""
    item = _item(session, actor, item_id)
    _require_worker(actor, item)
    row = _report_row(session, item, None)
    report = GapReport.model_validate(row.report)
    gaps = [r for r in report.requirements if r.status in GAP_STATUSES]
    if requirement_ids is not None:
        unknown = sorted(set(requirement_ids) - {g.id for g in gaps})
        if unknown:
            raise InvalidRequest(f"not open gaps of this item: {unknown}")
        gaps = [g for g in gaps if g.id in set(requirement_ids)]
    titles = _titles()
    parts = []
    for number, gap in enumerate(gaps, start=1):
        title = titles.get(gap.id, gap.id.replace("_", " ").capitalize())
        state = "not documented" if gap.status == "missing" else "documentation conflicts with the claim"
        lines = [f"{number}. {title} ({state})", f"   Finding: {gap.message}"]
        quotes = dict.fromkeys((_quote(e.text), e.document_id) for e in gap.evidence)
        lines += [f'   Evidence: "{quote}" (document {doc})' for quote, doc in list(quotes)[:3]]
        lines.append(
            f"   Request: {gap.remediation or f'Please review the documentation of {title.lower()}.'}"
        )
        parts.append(
            QueryPart(requirement_id=gap.id, status=gap.status, severity=gap.severity, text="\n".join(lines))
        )
    dos = report.date_of_service.isoformat() if report.date_of_service else "not recorded"
    header = (
        f"Documentation query - chart {item.chart_id}, date of service {dos}, "
        f"payer profile {report.profile}\n\n"
        "While reviewing this encounter for billing of alpha-1 proteinase inhibitor "
        f"({report.hcpcs}) we could not confirm the items below. Please respond or add a dated addendum "
        "to the record; do not change the original entries."
    )
    text = header + "\n\n" + "\n\n".join(p.text for p in parts) + "\n\nThank you."
    _audit(
        session, actor, actor.organization_id, "report_viewed", item.id, version=row.version, purpose="query"
    )
    session.flush()
    return QueryDraft(
        item_id=item.id,
        report_version=row.version,
        requirement_ids=[p.requirement_id for p in parts],
        text=text,
        parts=parts,
    )


def send_query(
    session: Session,
    actor: Actor,
    item_id: int,
    text: str,
    requirement_ids: Sequence[str],
    *,
    recipient: str | None = None,
    expected_version: int | None = None,
    config: WorklistConfig | None = None,
) -> SentQuery:
    """Record a (possibly edited) provider query for open gaps and move the item to ``query_sent``; the
    queried requirement ids are remembered so that a re-check that finds them met reopens the item."""
    config = config or default_config()
    item = _item(session, actor, item_id)
    _check_version(item, expected_version)
    _require_worker(actor, item)
    if not text.strip():
        raise InvalidRequest("the query text is empty")
    if not requirement_ids:
        raise InvalidRequest("name the requirement ids the query asks about")
    open_ids = {
        r for (r,) in session.execute(select(ItemGap.requirement_id).where(ItemGap.item_id == item.id))
    }
    unknown = sorted(set(requirement_ids) - open_ids)
    if unknown:
        raise InvalidRequest(f"not open gaps of this item: {unknown}")
    if item.status != config.query_status:
        allowed = config.allowed(item.status)
        if config.query_status not in allowed:
            raise IllegalTransition(item.status, config.query_status, allowed)
        _audit(
            session,
            actor,
            actor.organization_id,
            "status_changed",
            item.id,
            **{"from": item.status, "to": config.query_status},
        )
        item.status = config.query_status
        queried = sorted(set(requirement_ids))
    else:  # a follow-up query adds to the open ones
        queried = sorted(set(item.queried_requirements or []) | set(requirement_ids))
    item.queried_requirements = queried
    query = ProviderQuery(
        item_id=item.id,
        requirement_ids=sorted(set(requirement_ids)),
        text=text,
        recipient=recipient,
        report_version=item.latest_version,
        sent_by_id=actor.user_id,
        sent_at=utcnow(),
    )
    session.add(query)
    _touch(item)
    _flush(session)
    _audit(
        session,
        actor,
        actor.organization_id,
        "query_sent",
        item.id,
        query_id=query.id,
        requirement_ids=query.requirement_ids,
        report_version=query.report_version,
    )
    session.flush()
    return _sent(query, actor.username)


def _sent(query: ProviderQuery, username: str | None) -> SentQuery:
    return SentQuery(
        id=query.id,
        item_id=query.item_id,
        requirement_ids=list(query.requirement_ids),
        text=query.text,
        recipient=query.recipient,
        report_version=query.report_version,
        sent_by=username,
        sent_at=query.sent_at,
    )


def list_queries(session: Session, actor: Actor, item_id: int) -> list[SentQuery]:
    """The queries sent for an item, oldest first."""
    item = _item(session, actor, item_id)
    rows = session.scalars(
        select(ProviderQuery).where(ProviderQuery.item_id == item.id).order_by(ProviderQuery.id)
    ).all()
    names = _usernames(session, (q.sent_by_id for q in rows))
    return [_sent(q, names.get(q.sent_by_id) if q.sent_by_id else None) for q in rows]


def rescore(session: Session, actor: Actor, *, config: WorklistConfig | None = None) -> int:
    """Admin: recompute risk, amount and priority of every item (after prices or weights changed)."""
    _require_admin(actor)
    config = config or default_config()
    count = 0
    for item in session.scalars(
        select(WorklistItem).where(WorklistItem.organization_id == actor.organization_id)
    ):
        report = GapReport.model_validate(_report_row(session, item, None).report)
        scores = score(report, item.claim_lines or [], config)
        if (item.risk_score, item.amount_at_stake, item.priority) != (
            scores.risk,
            scores.amount_at_stake,
            scores.priority,
        ):
            item.risk_score, item.amount_at_stake, item.priority = (
                scores.risk,
                scores.amount_at_stake,
                scores.priority,
            )
            item.billed_units = scores.billed_units
            count += 1
    _audit(session, actor, actor.organization_id, "rescored", items=count)
    _flush(session)
    return count


# ---------------------------------------------------------------------------------------- export


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # Spreadsheet formula injection: a cell starting with = + - @ is neutralized.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(
    session: Session,
    actor: Actor,
    filters: ItemFilter | None = None,
    out: TextIO | None = None,
    *,
    config: WorklistConfig | None = None,
) -> str:
    """The filtered list (all pages, priority order) as CSV: ids, dates, statuses and scores only, no PHI.
    Writes to ``out`` when given (and returns ""), else returns the text. The export is audited."""
    buffer = out or io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    query = _ordered(_filtered(actor, filters))
    count = 0
    offset = 0
    while True:
        items = session.scalars(query.limit(MAX_PAGE).offset(offset)).all()
        if not items:
            break
        for view in _views(session, items, config or default_config()):
            writer.writerow(
                [
                    view.id,
                    _cell(view.chart_id),
                    view.date_of_service.isoformat() if view.date_of_service else "",
                    _cell(view.profile),
                    view.status,
                    _cell(view.assignee),
                    ";".join(g.requirement_id for g in view.gaps),
                    f"{view.risk_score:g}",
                    f"{view.amount_at_stake:.2f}",
                    f"{view.priority:g}",
                    view.latest_version,
                    view.updated_at.isoformat(),
                ]
            )
            count += 1
        offset += MAX_PAGE
    filters_used = (filters or ItemFilter()).model_dump(mode="json", exclude_defaults=True)
    _audit(session, actor, actor.organization_id, "exported", rows=count, filters=filters_used)
    session.flush()
    return "" if out is not None else buffer.getvalue()  # type: ignore[union-attr]


def document_texts(session: Session, organization_id: int, chart_id: str) -> dict[str, str] | None:
    """The document texts stored with the latest report version of an item (for evidence highlighting).

    Called by the web layer after ``get_report`` has checked access and written the audit entry.
    """
    item = session.scalar(
        select(WorklistItem).where(
            WorklistItem.organization_id == organization_id, WorklistItem.chart_id == chart_id
        )
    )
    if item is None:
        return None
    version = session.scalar(
        select(ReportVersion)
        .where(ReportVersion.item_id == item.id, ReportVersion.documents.is_not(None))
        .order_by(ReportVersion.version.desc())
        .limit(1)
    )
    return dict(version.documents) if version is not None and version.documents else None
