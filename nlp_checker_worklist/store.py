"""Engine, sessions and migrations of the worklist store.

SQLite (a file, the embedded default) or PostgreSQL (production: several workers or hosts share it), chosen
by URL: the argument, else ``NLP_CHECKER_DATABASE_URL``, else ``sqlite:///./nlp-checker.sqlite3``.
Migrations are Alembic revisions shipped in this package, run programmatically (no alembic.ini) and only
when asked: ``Store.migrate()``, ``nlp-checker worklist migrate|init``, or the service's lifespan.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from nlp_checker_worklist.errors import StaleUpdate

logger = logging.getLogger("nlp_checker.worklist")

DATABASE_URL_ENV = "NLP_CHECKER_DATABASE_URL"
DEFAULT_DATABASE_URL = "sqlite:///./nlp-checker.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_LOCK_ID = 0x6E6C7063  # "nlpc": serializes concurrent migrations of several workers on PostgreSQL


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else ``NLP_CHECKER_DATABASE_URL``, else the SQLite default."""
    return url or os.environ.get(DATABASE_URL_ENV) or DEFAULT_DATABASE_URL


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for the URL; SQLite gets foreign keys on, a busy timeout and WAL for concurrent readers."""
    resolved = database_url(url)
    if resolved.startswith("sqlite"):
        connect_args = {"timeout": 30, **kwargs.pop("connect_args", {})}
        engine = create_engine(resolved, connect_args=connect_args, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if ":memory:" not in resolved and resolved not in ("sqlite://", "sqlite:///"):
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        @event.listens_for(engine, "checkin")
        def _foreign_keys_back_on(dbapi_connection: Any, _record: Any) -> None:
            # Migrations turn them off around table rebuilds (migrations/env.py); a connection never goes
            # back to the pool without them. (Back in the pool, no transaction is open: the PRAGMA applies.)
            if dbapi_connection is not None:
                dbapi_connection.execute("PRAGMA foreign_keys=ON")

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(resolved, **kwargs)


def alembic_config() -> Config:
    """An Alembic configuration built in code, pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions"))
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision``: idempotent, and safe when several workers start at once."""
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    logger.info("worklist schema at revision %s", revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


class Store:
    """The database handle the CLI and the HTTP layer hold: an engine and a session factory.

    ``with store.session() as session:`` commits on success, rolls back on any error, and turns an optimistic
    lock failure (the item's version changed underneath) into ``StaleUpdate``.
    """

    def __init__(self, url: str | None = None, *, engine: Engine | None = None, **engine_kwargs: Any) -> None:
        self.engine = engine or make_engine(url, **engine_kwargs)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def migrate(self, revision: str = "head") -> None:
        migrate(self.engine, revision)

    def is_current(self) -> bool:
        return current_revision(self.engine) == head_revision()

    def deployment_secret(self, name: str) -> str:
        """The deployment's secret ``name``, generated on first use and shared by every worker and host that
        uses this database (the first writer wins a race; the others read its value)."""
        from nlp_checker_worklist.auth import new_server_secret
        from nlp_checker_worklist.models import DeploymentSecret

        with self.session() as session:
            row = session.get(DeploymentSecret, name)
            if row is not None:
                return row.value
        try:
            with self.session() as session:
                session.add(DeploymentSecret(name=name, value=new_server_secret()))
        except IntegrityError:
            pass  # another worker created it first
        with self.session() as session:
            row = session.get(DeploymentSecret, name)
            assert row is not None
            return row.value

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self.sessionmaker()
        try:
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            raise StaleUpdate() from None
        except IntegrityError:
            session.rollback()
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
