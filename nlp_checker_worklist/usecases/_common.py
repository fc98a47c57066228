"""Shared helpers of the use cases: constants, audit entries, item lookup, version and role checks,
views."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from nlp_checker.models import GapReport
from nlp_checker_worklist.config import WorklistConfig
from nlp_checker_worklist.errors import (
    Forbidden,
    NotFound,
    StaleUpdate,
)
from nlp_checker_worklist.models import (
    ApiKey,
    AuditEntry,
    ItemGap,
    Organization,
    User,
    WorklistItem,
    utcnow,
)
from nlp_checker_worklist.views import (
    Actor,
    ApiKeyView,
    GapView,
    ItemView,
    UserView,
)

logger = logging.getLogger("nlp_checker.worklist")


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
    "claim_lines",
    "a1pi_claim",
    "override_reason",
    "override_by",
    "override_at",
)


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
    names = _usernames(session, [i.assignee_id for i in items] + [i.override_by_id for i in items])
    return [
        ItemView(
            id=item.id,
            chart_id=item.chart_id,
            date_of_service=item.date_of_service,
            profile=item.profile,
            payer_name=item.payer_name,
            hcpcs=item.hcpcs,
            claim_lines=list(item.claim_lines or []),
            a1pi_claim=item.a1pi_claim if item.a1pi_claim is not None else True,
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
            override_reason=item.override_reason,
            override_by=names.get(item.override_by_id) if item.override_by_id else None,
            override_at=item.override_at,
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


def _org_user(session: Session, actor: Actor, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.organization_id != actor.organization_id:
        raise NotFound("user", user_id)
    return user
