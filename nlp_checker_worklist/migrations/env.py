"""Alembic environment of the worklist store. Run through ``nlp_checker_worklist.store.migrate`` (which
passes an open connection in ``config.attributes["connection"]``); ``sqlalchemy.url`` is the fallback."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from nlp_checker_worklist.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # SQLite rebuilds a table to change a constraint (batch mode): dropping the old table with foreign
        # keys on would delete its children's rows (ON DELETE CASCADE). Off before any write opens a
        # transaction (inside one the PRAGMA does nothing; migrations that rebuild check it), checked after;
        # the store's engine turns them on again when the connection goes back to its pool.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            raise RuntimeError("the migration left rows whose foreign keys point nowhere")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url: use nlp_checker_worklist.store.migrate()")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
