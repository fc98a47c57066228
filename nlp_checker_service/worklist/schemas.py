"""Request and response bodies of ``/v1/worklist``. Responses reuse the store's views
(``nlp_checker_worklist.views``: ItemView, Page, ReportView, ...); this module adds the request bodies, the
error bodies and a few small answers."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from nlp_checker_worklist import ApiKeyView

Role = Literal["coder", "reviewer", "admin"]
SortKey = Literal[
    "priority",
    "date_of_service",
    "amount_at_stake",
    "risk_score",
    "updated_at",
    "chart_id",
    "status",
    "gap_count",
]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WorklistErrorBody(BaseModel):
    """Every worklist error: a stable code, a message, the request id; an illegal transition adds the item's
    current status, the requested one and the statuses allowed from the current one."""

    error: str = Field(examples=["illegal_transition"])
    message: str = Field(examples=["cannot move from 'new' to 'submitted'; allowed: ['in_review']"])
    request_id: str | None = None
    current: str | None = Field(default=None, examples=["new"])
    requested: str | None = Field(default=None, examples=["submitted"])
    allowed: list[str] | None = Field(default=None, examples=[["in_review", "query_sent", "on_hold"]])
    gaps: list[str] | None = Field(default=None, description="gaps_open: the open requirement ids")


class Me(BaseModel):
    user_id: int
    username: str
    role: Role | str
    organization_id: int
    via: Literal["api_key", "session"]
    csrf_token: str | None = Field(
        default=None, description="For session clients: send it as X-CSRF-Token on POST, PATCH, PUT, DELETE."
    )


class LoginRequest(_Body):
    organization: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Your organization; needed only when the server hosts several (user names are unique "
        "per organization).",
    )
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class SessionInfo(BaseModel):
    user_id: int
    expires_at: dt.datetime
    csrf_token: str = Field(description="Send as X-CSRF-Token on unsafe requests made with the cookie.")


class TransitionRequest(_Body):
    status: str = Field(min_length=1, max_length=40, examples=["in_review"])
    expected_version: int | None = Field(
        default=None,
        ge=1,
        le=2_147_483_647,
        description="The item version you saw (or send If-Match); stale: 409.",
    )
    note: str | None = Field(default=None, max_length=2000, description="Recorded in the audit trail.")
    override_reason: str | None = Field(
        default=None,
        max_length=2000,
        description="Reviewers and admins: why the item may move to ready/submitted with open gaps "
        "(else 409 gaps_open). Kept in the audit trail and the CSV export.",
    )


class AssignRequest(_Body):
    assignee_id: int | None = Field(
        ge=1, le=2_147_483_647, description="A user of your organization; null unassigns."
    )
    expected_version: int | None = Field(default=None, ge=1, le=2_147_483_647)


class ComposeRequest(_Body):
    requirement_ids: list[str] | None = Field(
        default=None, description="Only these open gaps (default: every missing or conflicting requirement)."
    )


class SendQueryRequest(_Body):
    text: str = Field(min_length=1, max_length=20_000, description="The (edited) query text.")
    requirement_ids: list[str] = Field(min_length=1)
    recipient: str | None = Field(default=None, max_length=200)
    expected_version: int | None = Field(default=None, ge=1, le=2_147_483_647)


class UserCreate(_Body):
    username: str = Field(min_length=1, max_length=200)
    role: Role
    password: str | None = Field(default=None, min_length=8, max_length=1000)
    display_name: str | None = Field(default=None, max_length=200)


class UserUpdate(_Body):
    role: Role | None = None
    active: bool | None = None
    display_name: str | None = Field(default=None, max_length=200)


class PasswordSet(_Body):
    password: str = Field(min_length=8, max_length=1000)


class ApiKeyCreate(_Body):
    name: str = Field(default="", max_length=200)
    user_id: int | None = Field(
        default=None, ge=1, le=2_147_483_647, description="Admins may create a key for another user."
    )


class ApiKeyCreated(BaseModel):
    key: ApiKeyView
    token: str = Field(description="The API key itself: shown once, store it now.")


class Rescored(BaseModel):
    rescored: int
