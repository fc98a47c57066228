"""``nlp-checker worklist migrate | init | add-user | load | list``: the worklist from the command line.

Registered as the ``worklist`` plugin of ``nlp-checker`` (entry point group ``nlp_checker.cli_plugins``).
The database is embedded SQLite by default, else ``NLP_CHECKER_DATABASE_URL`` or ``--database-url``. Only
``migrate`` and ``init`` change the schema; the other commands need it current."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated, Any

import typer

from nlp_checker.errors import InputError, NlpCheckerError
from nlp_checker_worklist.store import Store  # the extra's dependencies load with the plugin, not mid-command

worklist_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Coder worklist: load gap reports, list them by priority.",
)

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
LOAD_RETRIES = 3

DatabaseOpt = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        envvar="NLP_CHECKER_DATABASE_URL",
        help="SQLAlchemy URL (default sqlite:///./nlp-checker.sqlite3; postgresql+psycopg://... to share).",
    ),
]
OrgOpt = Annotated[str, typer.Option("--org", help="Organization (charts carry none).")]
UserOpt = Annotated[
    str | None, typer.Option("--as", help="Act as this user (default: the organization's first admin).")
]


def _describe(exc: Exception) -> str:
    """The message, and for a NotFound the name the operator typed (the HTTP answers never repeat it)."""
    from nlp_checker_worklist.errors import NotFound

    if isinstance(exc, NotFound):
        return f"{exc.kind} {exc.ident!r} not found"
    return str(exc)


def _error(message: str) -> None:
    typer.echo(f"nlp-checker worklist: error: {message}", err=True)


def _store(database_url: str | None, migrate: bool = False):  # type: ignore[no-untyped-def]
    """The store; ``migrate`` upgrades its schema, else a schema that is not current is an error."""
    store = Store(database_url)
    if migrate:
        store.migrate()
    elif not store.is_current():
        raise NlpCheckerError(
            f"the worklist schema at {store.url} is not current; run: nlp-checker worklist migrate"
        )
    return store


@worklist_app.command("migrate")
def migrate(database_url: DatabaseOpt = None) -> None:
    """Create or upgrade the schema to the latest revision (idempotent; safe with several workers)."""
    try:
        store = _store(database_url, migrate=True)
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None
    typer.echo(f"schema up to date at {store.url}")


def _actor(session, organization: str, username: str | None):  # type: ignore[no-untyped-def]
    from nlp_checker_worklist import usecases

    actor = (
        usecases.actor_for(session, username, organization)
        if username
        else usecases.default_actor(session, organization)
    )
    return actor


@worklist_app.command("init")
def init(
    database_url: DatabaseOpt = None,
    org: OrgOpt = "default",
    admin: Annotated[str, typer.Option("--admin", help="User name of the organization's admin.")] = "admin",
    password: Annotated[
        str | None,
        typer.Option(
            "--password",
            envvar="NLP_CHECKER_ADMIN_PASSWORD",
            help="The admin's password for the web pages (default: a generated one, printed once).",
        ),
    ] = None,
) -> None:
    """Create or upgrade the schema; create the organization and its admin, printing an API key once."""
    from sqlalchemy import select

    from nlp_checker_worklist import usecases
    from nlp_checker_worklist.models import Organization, User

    try:
        store = _store(database_url, migrate=True)
        with store.session() as session:
            in_org = select(User.id).join(Organization, Organization.id == User.organization_id)
            if session.scalar(in_org.where(Organization.name == org, User.username == admin)) is not None:
                typer.echo(f"schema up to date at {store.url}; user {admin!r} already exists (no new key)")
                return
            generated = password is None
            password = password or secrets.token_urlsafe(12)
            user, key = usecases.bootstrap(session, org, admin, password)
        typer.echo(f"schema up to date at {store.url}")
        typer.echo(f"organization {user.organization!r}, admin {user.username!r}")
        if generated:
            typer.echo(f"admin password (shown once): {password}")
        typer.echo(f"API key (shown once, store it now): {key}")
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None


@worklist_app.command("add-user")
def add_user(
    username: Annotated[str, typer.Argument(help="The new user's login name.")],
    role: Annotated[str, typer.Option("--role", help="coder, reviewer or admin.")] = "coder",
    password: Annotated[
        str | None,
        typer.Option(
            "--password", help="Password for the web pages (default: a generated one, printed once)."
        ),
    ] = None,
    database_url: DatabaseOpt = None,
    org: OrgOpt = "default",
    admin: Annotated[str, typer.Option("--admin", help="The admin who creates the user.")] = "admin",
) -> None:
    """Create a user in the organization (as its admin), printing a generated password once."""
    from nlp_checker_worklist import usecases

    try:
        store = _store(database_url)
        with store.session() as session:
            actor = _actor(session, org, admin)
            generated = password is None
            password = password or secrets.token_urlsafe(12)
            user = usecases.create_user(session, actor, username, role, password=password)
        typer.echo(f"user {user.username!r} ({user.role}) in organization {org!r}")
        if generated:
            typer.echo(f"password (shown once): {password}")
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None


@worklist_app.command("load")
def load(
    paths: Annotated[
        list[Path], typer.Argument(help="Chart JSON files, folders of them, or plain-text notes.")
    ],
    database_url: DatabaseOpt = None,
    org: OrgOpt = "default",
    user: UserOpt = None,
    profile: Annotated[
        str | None, typer.Option("--profile", "-p", help="Override the payer profile.")
    ] = None,
) -> None:
    """Check charts and upsert their worklist items (idempotent by chart id within the organization)."""
    from nlp_checker.checker import Checker
    from nlp_checker.ingest import iter_chart_sources
    from nlp_checker_worklist import usecases
    from nlp_checker_worklist.errors import StaleUpdate

    sources = list(iter_chart_sources(paths))
    try:
        store = _store(database_url)
        checker = Checker(profile=profile)
        with store.session() as session:
            actor = _actor(session, org, user)
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None
    counts = {"created": 0, "updated": 0, "unchanged": 0, "reopened": 0, "bad": 0}
    for source, chart in sources:
        if isinstance(chart, InputError):
            _error(str(chart))
            counts["bad"] += 1
            continue
        try:
            report = checker.check(chart)
        except NlpCheckerError as exc:
            _error(f"{source}: {exc}")
            counts["bad"] += 1
            continue
        for attempt in range(LOAD_RETRIES):
            try:
                with store.session() as session:
                    result = usecases.load_report(session, actor, chart, report)
                break
            except StaleUpdate:
                if attempt == LOAD_RETRIES - 1:
                    raise
        state = "created" if result.created else "updated" if result.new_version else "unchanged"
        counts[state] += 1
        counts["reopened"] += result.reopened
        typer.echo(f"{result.chart_id}\t{state}\tversion {result.report_version}\t{result.status}")
    typer.echo(
        f"{counts['created']} created, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['reopened']} reopened, {counts['bad']} bad input",
        err=True,
    )
    if counts["bad"]:
        raise typer.Exit(EXIT_BAD_INPUT)


@worklist_app.command("list")
def list_(
    database_url: DatabaseOpt = None,
    org: OrgOpt = "default",
    user: UserOpt = None,
    status: Annotated[list[str] | None, typer.Option("--status", help="Only these statuses.")] = None,
    requirement: Annotated[
        str | None, typer.Option("--requirement", help="Only items with this requirement missing/conflict.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=500)] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0)] = 0,
) -> None:
    """The organization's items, highest priority (denial risk x amount at stake) first."""
    from rich.console import Console
    from rich.table import Table

    from nlp_checker_worklist import usecases
    from nlp_checker_worklist.views import ItemFilter

    try:
        store = _store(database_url)
        with store.session() as session:
            actor = _actor(session, org, user)
            page = usecases.list_items(
                session,
                actor,
                ItemFilter(status=status or None, requirement_id=requirement),
                limit=limit,
                offset=offset,
            )
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None
    # Fits an 80-column terminal: id, chart, date, status, gaps (count by kind), priority.
    table = Table(
        title=f"worklist {org}: {page.total} items ({offset + 1}-{offset + len(page.items)})",
        box=None,
        pad_edge=False,
    )
    table.add_column("id", justify="right")
    table.add_column("chart", overflow="ellipsis", max_width=18, no_wrap=True)
    table.add_column("service", no_wrap=True)
    table.add_column("status", overflow="ellipsis", max_width=10, no_wrap=True)
    table.add_column("gaps", no_wrap=True)
    table.add_column("at stake", justify="right", no_wrap=True)
    table.add_column("priority", justify="right", no_wrap=True)
    for item in page.items:
        conflicts = sum(g.status == "conflict" for g in item.gaps)
        missing = sum(g.status == "missing" for g in item.gaps)
        table.add_row(
            str(item.id),
            item.chart_id,
            item.date_of_service.isoformat() if item.date_of_service else "",
            item.status,
            f"{conflicts}C {missing}M" if item.a1pi_claim else "not A1PI",
            f"{item.amount_at_stake:,.0f}",
            f"{item.priority:,.0f}",
        )
    Console(width=80).print(table)


def _user_named(session: Any, actor: Any, username: str, org: str) -> Any:
    """The user of the admin's organization with this name (an error naming both when there is none)."""
    from nlp_checker_worklist import usecases

    user = next((u for u in usecases.list_users(session, actor) if u.username == username), None)
    if user is None:
        raise NlpCheckerError(f"no user {username!r} in organization {org!r}")
    return user


@worklist_app.command("unlock")
def unlock(
    username: Annotated[str, typer.Argument(help="The locked user.")],
    database_url: DatabaseOpt = None,
    org: OrgOpt = "default",
    admin: Annotated[str, typer.Option("--admin", help="The admin who unlocks.")] = "admin",
) -> None:
    """Lift a login lockout (after repeated wrong passwords) and reset the failure count."""
    from nlp_checker_worklist import usecases

    try:
        store = _store(database_url)
        with store.session() as session:
            actor = _actor(session, org, admin)
            user = _user_named(session, actor, username, org)
            usecases.unlock_user(session, actor, user.id)
        typer.echo(f"user {username!r} unlocked")
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None


@worklist_app.command("reset-password")
def reset_password(
    username: Annotated[str, typer.Argument(help="The user whose password is reset.")],
    password: Annotated[
        str | None, typer.Option("--password", help="The new password (default: generated, printed once).")
    ] = None,
    database_url: DatabaseOpt = None,
    org: OrgOpt = "default",
    admin: Annotated[str, typer.Option("--admin", help="The admin who resets it.")] = "admin",
) -> None:
    """Set a new password for a user (and lift a lockout); a generated one is printed once."""
    from nlp_checker_worklist import usecases

    try:
        store = _store(database_url)
        with store.session() as session:
            actor = _actor(session, org, admin)
            user = _user_named(session, actor, username, org)
            generated = password is None
            password = password or secrets.token_urlsafe(15)
            usecases.set_password(session, actor, user.id, password)
            usecases.unlock_user(session, actor, user.id)
        typer.echo(f"password of {username!r} reset")
        if generated:
            typer.echo(f"new password (shown once): {password}")
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None


@worklist_app.command("export-annotations")
def export_annotations(
    folder: Annotated[Path, typer.Argument(help="Output folder: charts/ and gold/ are written in it.")],
    database_url: DatabaseOpt = None,
    org: OrgOpt = "default",
    user: UserOpt = None,
) -> None:
    """Write the charts coders gave verdicts on, with their gold, in the corpus_samples layout; then
    `nlp-checker evaluate FOLDER` gives the checker's figures on your own charts. The folder holds note
    text (PHI): keep it where the charts may be kept."""
    from nlp_checker_worklist import usecases

    try:
        store = _store(database_url)
        with store.session() as session:
            actor = _actor(session, org, user)
            count = usecases.export_annotations(session, actor, folder)
    except NlpCheckerError as exc:
        _error(_describe(exc))
        raise typer.Exit(EXIT_ERROR) from None
    typer.echo(f"{count} reviewed chart(s) written to {folder}/charts and {folder}/gold")
    typer.echo(f"next: nlp-checker evaluate {folder}")
