"""What the service functions return: frozen pydantic records, detached from the database session, ready to
serialize (``model_dump(mode="json")``) in the HTTP layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from nlp_checker.models import GapReport

Role = Literal["coder", "reviewer", "admin"]
ROLES: tuple[str, ...] = ("coder", "reviewer", "admin")


@dataclass(frozen=True)
class Actor:
    """The authenticated user acting on the store (from an API key, a session or, locally, a user name)."""

    user_id: int
    organization_id: int
    username: str
    role: str

    @property
    def can_assign(self) -> bool:
        return self.role in ("reviewer", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class UserView(_View):
    id: int
    username: str
    display_name: str | None
    role: str
    active: bool
    organization_id: int
    organization: str


class ApiKeyView(_View):
    id: int
    key_id: str
    user_id: int
    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None


class SessionToken(_View):
    token: str
    expires_at: dt.datetime
    actor_user_id: int


class GapView(_View):
    requirement_id: str
    status: str
    severity: str | None


class ItemView(_View):
    """One worklist row: no note text, no evidence (that is ``get_report``, which is audited)."""

    id: int
    chart_id: str
    date_of_service: dt.date | None
    profile: str
    payer_name: str | None
    hcpcs: str = Field(description="the ruleset's code (J2252); the billed codes are in claim_lines")
    claim_lines: list[dict[str, Any]] = Field(
        default_factory=list, description="every claim line: {hcpcs, units, modifiers}"
    )
    a1pi_claim: bool = Field(default=True, description="False: the claim bills no A1PI code")
    status: str
    allowed_transitions: list[str]
    assignee_id: int | None
    assignee: str | None
    billed_units: float
    amount_at_stake: float
    risk_score: float
    priority: float
    complete: bool
    gaps: list[GapView]
    queried_requirements: list[str]
    override_reason: str | None = None
    override_by: str | None = None
    override_at: dt.datetime | None = None
    latest_version: int
    version: int = Field(description="optimistic-lock token: pass it back as expected_version (HTTP ETag)")
    created_at: dt.datetime
    updated_at: dt.datetime


class Page(_View):
    items: list[ItemView]
    total: int
    limit: int
    offset: int


class VersionInfo(_View):
    version: int
    report_hash: str
    ruleset_hash: str | None
    created_at: dt.datetime
    created_by: str | None
    complete: bool
    gaps: list[str]


class ReportView(_View):
    item_id: int
    version: int
    ruleset_hash: str | None
    created_at: dt.datetime
    report: GapReport


class LoadResult(_View):
    item_id: int
    chart_id: str
    created: bool
    new_version: bool
    report_version: int
    status: str
    reopened: bool


class QueryPart(_View):
    requirement_id: str
    status: str
    severity: str | None
    text: str


class QueryDraft(_View):
    """Generated provider-query text for an item's gaps; the coder edits ``text`` before ``send_query``."""

    item_id: int
    report_version: int
    requirement_ids: list[str]
    text: str
    parts: list[QueryPart]
    coder_actions: list[QueryPart] = Field(
        default_factory=list, description="gaps a provider cannot answer (units, code, authorization)"
    )


class SentQuery(_View):
    id: int
    item_id: int
    requirement_ids: list[str]
    text: str
    recipient: str | None
    report_version: int
    sent_by: str | None
    sent_at: dt.datetime


class AuditView(_View):
    id: int
    item_id: int | None
    user_id: int | None
    username: str | None
    action: str
    details: dict[str, Any]
    created_at: dt.datetime


class ItemFilter(BaseModel):
    """Filters of ``list_items`` / ``export_csv``; all optional, combined with AND."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status: list[str] | None = None
    assignee_id: int | None = None
    unassigned: bool = False
    profile: str | None = None
    payer: str | None = None
    requirement_id: str | None = Field(
        default=None, description="items whose latest report has this requirement missing or in conflict"
    )
    dos_from: dt.date | None = None
    dos_to: dt.date | None = None
    search: str | None = Field(
        default=None, max_length=200, description="chart id (or patient account) contains this text"
    )
    include_hidden: bool = Field(
        default=False, description="without a status filter, also list submitted and not-A1PI items"
    )

    @field_validator("status", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [s.strip() for s in value.split(",") if s.strip()]
        return value


class VerdictView(_View):
    id: int
    item_id: int
    report_version: int
    target: str
    requirement_id: str | None
    kind: str | None
    finding_index: int | None
    correct: dict[str, Any]
    document_id: str | None
    start: int | None
    end: int | None
    user: str | None
    created_at: dt.datetime


class SiteFigures(_View):
    """The checker measured on the organization's own reviewed charts (coder verdicts as gold)."""

    charts: int
    verdicts: int
    requirement_accuracy: float
    precision: float
    recall: float
    f1: float
