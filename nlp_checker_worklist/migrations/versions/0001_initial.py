"""Initial worklist schema: organizations, users, API keys, sessions, items, report versions, gaps,
provider queries, audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 06:46:38.595101
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wl_organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_organizations")),
        sa.UniqueConstraint("name", name=op.f("uq_wl_organizations_name")),
    )
    op.create_table(
        "wl_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=400), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["wl_organizations.id"],
            name=op.f("fk_wl_users_organization_id_wl_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_users")),
        sa.UniqueConstraint("username", name=op.f("uq_wl_users_username")),
    )
    op.create_index(op.f("ix_wl_users_organization_id"), "wl_users", ["organization_id"], unique=False)

    op.create_table(
        "wl_api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=40), nullable=False),
        sa.Column("secret_hash", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["wl_users.id"], name=op.f("fk_wl_api_keys_user_id_wl_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_api_keys")),
        sa.UniqueConstraint("key_id", name=op.f("uq_wl_api_keys_key_id")),
    )
    op.create_index(op.f("ix_wl_api_keys_user_id"), "wl_api_keys", ["user_id"], unique=False)

    op.create_table(
        "wl_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("chart_id", sa.String(length=200), nullable=False),
        sa.Column("date_of_service", sa.Date(), nullable=True),
        sa.Column("profile", sa.String(length=100), nullable=False),
        sa.Column("payer_name", sa.String(length=200), nullable=True),
        sa.Column("hcpcs", sa.String(length=20), nullable=False),
        sa.Column("claim_lines", sa.JSON(), nullable=False),
        sa.Column("billed_units", sa.Float(), nullable=False),
        sa.Column("amount_at_stake", sa.Float(), nullable=False),
        sa.Column("risk_score", sa.Float(), nullable=False),
        sa.Column("priority", sa.Float(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("gap_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("queried_requirements", sa.JSON(), nullable=False),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.Column("report_hash", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["wl_users.id"],
            name=op.f("fk_wl_items_assignee_id_wl_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["wl_organizations.id"],
            name=op.f("fk_wl_items_organization_id_wl_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_items")),
        sa.UniqueConstraint("organization_id", "chart_id", name="uq_wl_items_organization_id_chart_id"),
    )
    op.create_index(op.f("ix_wl_items_assignee_id"), "wl_items", ["assignee_id"], unique=False)
    op.create_index("ix_wl_items_org_priority", "wl_items", ["organization_id", "priority"], unique=False)
    op.create_index("ix_wl_items_org_status", "wl_items", ["organization_id", "status"], unique=False)

    op.create_table(
        "wl_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=40), nullable=False),
        sa.Column("secret_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["wl_users.id"], name=op.f("fk_wl_sessions_user_id_wl_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_sessions")),
        sa.UniqueConstraint("session_id", name=op.f("uq_wl_sessions_session_id")),
    )
    op.create_index(op.f("ix_wl_sessions_user_id"), "wl_sessions", ["user_id"], unique=False)

    op.create_table(
        "wl_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["wl_items.id"], name=op.f("fk_wl_audit_item_id_wl_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["wl_organizations.id"],
            name=op.f("fk_wl_audit_organization_id_wl_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["wl_users.id"], name=op.f("fk_wl_audit_user_id_wl_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_audit")),
    )
    op.create_index("ix_wl_audit_org_item", "wl_audit", ["organization_id", "item_id"], unique=False)

    op.create_table(
        "wl_item_gaps",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("requirement_id", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["wl_items.id"], name=op.f("fk_wl_item_gaps_item_id_wl_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_id", "requirement_id", name=op.f("pk_wl_item_gaps")),
    )
    op.create_index(op.f("ix_wl_item_gaps_requirement_id"), "wl_item_gaps", ["requirement_id"], unique=False)

    op.create_table(
        "wl_queries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("requirement_ids", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("report_version", sa.Integer(), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["wl_items.id"], name=op.f("fk_wl_queries_item_id_wl_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["sent_by_id"],
            ["wl_users.id"],
            name=op.f("fk_wl_queries_sent_by_id_wl_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_queries")),
    )
    op.create_index(op.f("ix_wl_queries_item_id"), "wl_queries", ["item_id"], unique=False)

    op.create_table(
        "wl_report_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("report_hash", sa.String(length=80), nullable=False),
        sa.Column("ruleset_hash", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["wl_users.id"],
            name=op.f("fk_wl_report_versions_created_by_id_wl_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["wl_items.id"],
            name=op.f("fk_wl_report_versions_item_id_wl_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_report_versions")),
        sa.UniqueConstraint("item_id", "version", name="uq_wl_report_versions_item_id_version"),
    )


def downgrade() -> None:
    op.drop_table("wl_report_versions")
    op.drop_index(op.f("ix_wl_queries_item_id"), table_name="wl_queries")

    op.drop_table("wl_queries")
    op.drop_index(op.f("ix_wl_item_gaps_requirement_id"), table_name="wl_item_gaps")

    op.drop_table("wl_item_gaps")
    op.drop_index("ix_wl_audit_org_item", table_name="wl_audit")

    op.drop_table("wl_audit")
    op.drop_index(op.f("ix_wl_sessions_user_id"), table_name="wl_sessions")

    op.drop_table("wl_sessions")
    op.drop_index("ix_wl_items_org_status", table_name="wl_items")
    op.drop_index("ix_wl_items_org_priority", table_name="wl_items")
    op.drop_index(op.f("ix_wl_items_assignee_id"), table_name="wl_items")

    op.drop_table("wl_items")
    op.drop_index(op.f("ix_wl_api_keys_user_id"), table_name="wl_api_keys")

    op.drop_table("wl_api_keys")
    op.drop_index(op.f("ix_wl_users_organization_id"), table_name="wl_users")

    op.drop_table("wl_users")
    op.drop_table("wl_organizations")
