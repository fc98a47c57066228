"""Keep the chart's document texts with each report version (evidence highlighting on the item page).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 07:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("wl_report_versions") as batch:
        batch.add_column(sa.Column("documents", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("wl_report_versions") as batch:
        batch.drop_column("documents")
