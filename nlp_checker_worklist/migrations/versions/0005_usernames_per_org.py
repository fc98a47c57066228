"""User names are unique per organization, not across the deployment (issue 10, hole 5): two organizations
may each have a "coder1", and no organization learns another's user names from a "name is taken" answer.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-09 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# SQLite cannot drop a UNIQUE constraint in place: batch mode rebuilds wl_users. migrations/env.py turns
# SQLite's foreign keys off for the migration (and checks them after), so dropping the old table does not
# cascade into its children (API keys, sessions, audit rows); with them on, this refuses to run.


def _foreign_keys_off() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError(
            "SQLite foreign keys are on (a transaction was open before the migration): rebuilding wl_users "
            "would delete its API keys, sessions and audit rows; run `nlp-checker worklist migrate`"
        )


def upgrade() -> None:
    _foreign_keys_off()
    with op.batch_alter_table("wl_users") as batch:
        batch.drop_constraint(op.f("uq_wl_users_username"), type_="unique")
        batch.create_unique_constraint(op.f("uq_wl_users_organization_id"), ["organization_id", "username"])


def downgrade() -> None:
    # Fails (as it must) when two organizations share a user name.
    _foreign_keys_off()
    with op.batch_alter_table("wl_users") as batch:
        batch.drop_constraint(op.f("uq_wl_users_organization_id"), type_="unique")
        batch.create_unique_constraint(op.f("uq_wl_users_username"), ["username"])
