"""The workflow of an item: status transitions (the table is data) and assignment."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_checker_worklist.config import WorklistConfig, default_config
from nlp_checker_worklist.errors import (
    Forbidden,
    GapsOpen,
    IllegalTransition,
    InvalidRequest,
)
from nlp_checker_worklist.models import (
    ItemGap,
    utcnow,
)
from nlp_checker_worklist.usecases._common import (
    _audit,
    _check_version,
    _flush,
    _item,
    _org_user,
    _require_worker,
    _touch,
    _view,
)
from nlp_checker_worklist.views import (
    Actor,
    ItemView,
)

logger = logging.getLogger("nlp_checker.worklist")


def transition(
    session: Session,
    actor: Actor,
    item_id: int,
    to_status: str,
    *,
    expected_version: int | None = None,
    note: str | None = None,
    override_reason: str | None = None,
    config: WorklistConfig | None = None,
) -> ItemView:
    """Move an item to ``to_status``; ``IllegalTransition`` (carrying the allowed statuses) if not allowed.

    Moving to ``ready`` or ``submitted`` (``override_statuses``) while missing or conflict gaps are open is
    ``GapsOpen`` unless a reviewer or admin gives ``override_reason`` (kept on the item for the report
    version it was given on, in the audit trail and in the CSV export)."""
    config = config or default_config()
    item = _item(session, actor, item_id)
    _check_version(item, expected_version)
    _require_worker(actor, item)
    if to_status not in config.statuses:
        raise InvalidRequest(f"unknown status; expected one of {config.statuses}")
    allowed = config.allowed(item.status)
    if to_status not in allowed:
        raise IllegalTransition(item.status, to_status, allowed)
    details: dict[str, Any] = {"from": item.status, "to": to_status}
    if to_status in config.override_statuses and item.a1pi_claim:
        open_gaps = sorted(
            r for (r,) in session.execute(select(ItemGap.requirement_id).where(ItemGap.item_id == item.id))
        )
        reason = (override_reason or "").strip()
        if open_gaps and not reason and not item.override_reason:
            raise GapsOpen(
                to_status,
                open_gaps,
                f"{len(open_gaps)} open gap(s) ({', '.join(open_gaps)}): moving to {to_status} needs a "
                "reviewer's override with a reason",
            )
        if open_gaps and reason:
            if actor.role not in config.override_roles:
                raise Forbidden(
                    f"only a {' or '.join(config.override_roles)} may override open gaps; "
                    "resolve them or ask a reviewer"
                )
            item.override_reason = reason[:2000]
            item.override_by_id = actor.user_id
            item.override_at = utcnow()
            details.update(override_reason=item.override_reason, override_gaps=open_gaps)
        elif open_gaps:
            details.update(override="kept", override_gaps=open_gaps)
    if to_status == config.query_status and item.status != config.query_status:
        # Queried outside the system: remember the open gaps, so a re-check can reopen the item.
        item.queried_requirements = [
            r for (r,) in session.execute(select(ItemGap.requirement_id).where(ItemGap.item_id == item.id))
        ]
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
    """Reviewer or admin: assign an item to an active user of the organization (None: unassign). A coder
    may only take an unassigned item (assign it to themself: "assign to me")."""
    item = _item(session, actor, item_id)
    if not actor.can_assign and (
        assignee_id != actor.user_id or item.assignee_id not in (None, actor.user_id)
    ):
        raise Forbidden("coders take unassigned items only; reviewers and admins assign items")
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
