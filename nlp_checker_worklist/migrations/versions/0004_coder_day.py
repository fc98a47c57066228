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


def upgrade() -> None:
    with op.batch_alter_table("wl_items") as batch:
        batch.add_column(sa.Column("a1pi_claim", sa.Boolean(), server_default=sa.true(), nullable=False))
        batch.add_column(sa.Column("override_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("override_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("override_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            "fk_wl_items_override_by_id_wl_users", "wl_users", ["override_by_id"], ["id"], ondelete="SET NULL"
        )
    with op.batch_alter_table("wl_report_versions") as batch:
        batch.add_column(sa.Column("document_names", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("chart_meta", sa.JSON(), nullable=True))
    with op.batch_alter_table("wl_users") as batch:
        batch.add_column(sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True))
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
    with op.batch_alter_table("wl_users") as batch:
        batch.drop_column("locked_at")
        batch.drop_column("failed_logins")
    with op.batch_alter_table("wl_report_versions") as batch:
        batch.drop_column("chart_meta")
        batch.drop_column("document_names")
    with op.batch_alter_table("wl_items") as batch:
        batch.drop_constraint("fk_wl_items_override_by_id_wl_users", type_="foreignkey")
        batch.drop_column("override_at")
        batch.drop_column("override_by_id")
        batch.drop_column("override_reason")
        batch.drop_column("a1pi_claim")
