"""One credential scheme: deployment secrets (the CSRF key), and API-key / session hashes re-encoded from
``sha256$<b64 salt>$<b64 digest>`` to the shared ``sha256$<salt hex>$<digest hex>`` (same bytes, lossless).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 07:00:00
"""

from __future__ import annotations

import base64
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HASHED = ("wl_api_keys", "wl_sessions")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _is_hex(text: str) -> bool:
    return len(text) % 2 == 0 and all(c in "0123456789abcdef" for c in text)


def _recode(table: str, convert) -> None:  # type: ignore[no-untyped-def]
    connection = op.get_bind()
    rows = sa.table(table, sa.column("id", sa.Integer()), sa.column("secret_hash", sa.String()))
    for row_id, stored in connection.execute(sa.select(rows.c.id, rows.c.secret_hash)).all():
        new = convert(stored)
        if new != stored:
            connection.execute(sa.update(rows).where(rows.c.id == row_id).values(secret_hash=new))


def _to_hex(stored: str) -> str:
    parts = stored.split("$")
    if (
        len(parts) != 3
        or parts[0] != "sha256"
        or (_is_hex(parts[1]) and len(parts[2]) == 64 and _is_hex(parts[2]))
    ):
        return stored
    return f"sha256${_unb64(parts[1]).hex()}${_unb64(parts[2]).hex()}"


def _to_b64(stored: str) -> str:
    parts = stored.split("$")
    if len(parts) != 3 or parts[0] != "sha256" or not _is_hex(parts[1]) or len(parts[2]) != 64:
        return stored
    return f"sha256${_b64(bytes.fromhex(parts[1]))}${_b64(bytes.fromhex(parts[2]))}"


def upgrade() -> None:
    op.create_table(
        "wl_deployment_secrets",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_wl_deployment_secrets")),
    )
    for table in HASHED:
        _recode(table, _to_hex)


def downgrade() -> None:
    for table in HASHED:
        _recode(table, _to_b64)
    op.drop_table("wl_deployment_secrets")
