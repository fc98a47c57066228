"""ORM models of the worklist store (SQLAlchemy 2 typed declarative). The schema is created by the Alembic
migrations in ``migrations/versions``; a test checks that they match these models."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

sa_true = true

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; use an aware UTC datetime")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Organization(Base):
    __tablename__ = "wl_organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class User(Base):
    __tablename__ = "wl_users"
    # Unique per organization (migration 0005): two organizations may each have a "coder1".
    __table_args__ = (UniqueConstraint("organization_id", "username"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("wl_organizations.id", ondelete="CASCADE"), index=True
    )
    username: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(400))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Login throttling: consecutive failed passwords, and the lock an admin lifts (`worklist unlock`).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_at: Mapped[dt.datetime | None]


class ApiKey(Base):
    __tablename__ = "wl_api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("wl_users.id", ondelete="CASCADE"), index=True)
    key_id: Mapped[str] = mapped_column(String(40), unique=True)  # public part of the key, for lookup
    secret_hash: Mapped[str] = mapped_column(String(200))  # salted hash of the secret part
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]


class WebSession(Base):
    __tablename__ = "wl_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("wl_users.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[str] = mapped_column(String(40), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]


class DeploymentSecret(Base):
    """A secret generated once per deployment and shared by every worker and host (e.g. the CSRF key)."""

    __tablename__ = "wl_deployment_secrets"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class WorklistItem(Base):
    __tablename__ = "wl_items"
    __table_args__ = (
        UniqueConstraint("organization_id", "chart_id", name="uq_wl_items_organization_id_chart_id"),
        Index("ix_wl_items_org_priority", "organization_id", "priority"),
        Index("ix_wl_items_org_status", "organization_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("wl_organizations.id", ondelete="CASCADE"))
    chart_id: Mapped[str] = mapped_column(String(200))
    date_of_service: Mapped[dt.date | None] = mapped_column(Date)
    profile: Mapped[str] = mapped_column(String(100))
    payer_name: Mapped[str | None] = mapped_column(String(200))
    hcpcs: Mapped[str] = mapped_column(String(20))
    claim_lines: Mapped[list[Any]] = mapped_column(default=list)  # [{hcpcs, units, modifiers}]: no PHI
    billed_units: Mapped[float] = mapped_column(Float, default=0.0)
    amount_at_stake: Mapped[float] = mapped_column(Float, default=0.0)
    risk_score: Mapped[float] = mapped_column(Float, default=0.0)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    gap_count: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(40))
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("wl_users.id", ondelete="SET NULL"), index=True
    )
    queried_requirements: Mapped[list[Any]] = mapped_column(default=list)
    # False when the chart bills no A1PI code (e.g. an office visit for a referral): its own state.
    a1pi_claim: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())
    # A reviewer's override that let the item move to ready/submitted with open gaps (also audited).
    override_reason: Mapped[str | None] = mapped_column(Text)
    # A user id without a foreign key: adding one would make SQLite rebuild wl_items in the migration.
    override_by_id: Mapped[int | None] = mapped_column(Integer)
    override_at: Mapped[dt.datetime | None]
    latest_version: Mapped[int] = mapped_column(Integer, default=0)
    report_hash: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReportVersion(Base):
    __tablename__ = "wl_report_versions"
    __table_args__ = (UniqueConstraint("item_id", "version", name="uq_wl_report_versions_item_id_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("wl_items.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    report: Mapped[dict[str, Any]]
    # The chart's document texts ({document id: text}) the report's evidence offsets point into: the item
    # page shows each finding highlighted in its document. PHI, like the report itself.
    documents: Mapped[dict[str, Any] | None]
    # {document id: display name} ("Infusion record 02/10/2026"), from the documents' types and dates.
    document_names: Mapped[dict[str, Any] | None]
    # The chart's non-text fields (prior authorization, payer, documents' types and dates, claim lines): with
    # ``documents`` they rebuild the chart for export-annotations. No note text.
    chart_meta: Mapped[dict[str, Any] | None]
    report_hash: Mapped[str] = mapped_column(String(80))
    ruleset_hash: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("wl_users.id", ondelete="SET NULL"))


class ItemGap(Base):
    """A requirement that is ``missing`` or ``conflict`` in the item's latest report (for filtering)."""

    __tablename__ = "wl_item_gaps"

    item_id: Mapped[int] = mapped_column(ForeignKey("wl_items.id", ondelete="CASCADE"), primary_key=True)
    requirement_id: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    status: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str | None] = mapped_column(String(20))


class ProviderQuery(Base):
    __tablename__ = "wl_queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("wl_items.id", ondelete="CASCADE"), index=True)
    requirement_ids: Mapped[list[Any]]
    text: Mapped[str] = mapped_column(Text)
    recipient: Mapped[str | None] = mapped_column(String(200))
    report_version: Mapped[int] = mapped_column(Integer)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("wl_users.id", ondelete="SET NULL"))
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    __tablename__ = "wl_audit"
    __table_args__ = (Index("ix_wl_audit_org_item", "organization_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("wl_organizations.id", ondelete="CASCADE"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("wl_items.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("wl_users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(60))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Verdict(Base):
    """A coder's verdict on the checker's output for one item: a finding or a requirement status marked
    wrong (with the right value or status), or a missed value (with the selected span of the document)."""

    __tablename__ = "wl_verdicts"
    __table_args__ = (Index("ix_wl_verdicts_org_item", "organization_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("wl_organizations.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("wl_items.id", ondelete="CASCADE"))
    report_version: Mapped[int] = mapped_column(Integer)
    target: Mapped[str] = mapped_column(String(20))  # finding | requirement | missed
    requirement_id: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str | None] = mapped_column(String(60))
    finding_index: Mapped[int | None] = mapped_column(Integer)
    correct: Mapped[dict[str, Any]] = mapped_column(
        default=dict
    )  # {"status"} | {"value", "unit"} | {} (none)
    document_id: Mapped[str | None] = mapped_column(String(200))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("wl_users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
