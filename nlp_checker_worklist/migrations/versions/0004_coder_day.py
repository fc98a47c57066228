"""The coder's day (issue 10): A1PI-claim flag and gap override on items, document names on report
versions, login lockout on users, coder verdicts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ADD / DROP COLUMN (no batch mode, no new foreign key): SQLite would otherwise rebuild the tables, and
# dropping a rebuilt parent table cascades deletes into its children (report versions, audit rows, keys).


def upgrade() -> None:
    op.add_column("wl_items", sa.Column("a1pi_claim", sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column("wl_items", sa.Column("override_reason", sa.Text(), nullable=True))
    op.add_column("wl_items", sa.Column("override_by_id", sa.Integer(), nullable=True))
    op.add_column("wl_items", sa.Column("override_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("wl_report_versions", sa.Column("document_names", sa.JSON(), nullable=True))
    op.add_column("wl_report_versions", sa.Column("chart_meta", sa.JSON(), nullable=True))
    op.add_column("wl_users", sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False))
    op.add_column("wl_users", sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "wl_verdicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("report_version", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.Column("requirement_id", sa.String(length=100), nullable=True),
        sa.Column("kind", sa.String(length=60), nullable=True),
        sa.Column("finding_index", sa.Integer(), nullable=True),
        sa.Column("correct", sa.JSON(), nullable=False),
        sa.Column("document_id", sa.String(length=200), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["wl_organizations.id"],
            name=op.f("fk_wl_verdicts_organization_id_wl_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["wl_items.id"], name=op.f("fk_wl_verdicts_item_id_wl_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["wl_users.id"], name=op.f("fk_wl_verdicts_user_id_wl_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wl_verdicts")),
    )
    op.create_index("ix_wl_verdicts_org_item", "wl_verdicts", ["organization_id", "item_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_wl_verdicts_org_item", table_name="wl_verdicts")
    op.drop_table("wl_verdicts")
    for table, column in (
        ("wl_users", "locked_at"),
        ("wl_users", "failed_logins"),
        ("wl_report_versions", "chart_meta"),
        ("wl_report_versions", "document_names"),
        ("wl_items", "override_at"),
        ("wl_items", "override_by_id"),
        ("wl_items", "override_reason"),
        ("wl_items", "a1pi_claim"),
    ):
        op.drop_column(table, column)
