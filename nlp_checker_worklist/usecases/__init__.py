"""Use cases of the coder worklist. Every function takes an open SQLAlchemy session and, except the
authentication and bootstrap functions, the acting user (``Actor``); it reads and changes only the actor's
organization (a foreign item is ``NotFound``). Functions flush but never commit: the caller owns the
transaction (``with store.session() as session:`` commits on success).

Optimistic locking: items carry ``version`` (SQLAlchemy ``version_id_col``). A write based on a stale read
raises ``StaleUpdate`` and the session is rolled back, so nothing of that transaction is written. Across
HTTP requests, pass the version the client saw as ``expected_version``.

The library logs ids and counts only, never note text.

Split by topic: ``users``, ``credentials``, ``loading``, ``reading``, ``workflow``, ``queries``, ``export``
(shared helpers in ``_common``); callers use this package: ``usecases.list_items(session, actor, ...)``.
"""

from __future__ import annotations

from nlp_checker_worklist.usecases._common import CSV_COLUMNS, DEFAULT_SESSION_TTL, MAX_PAGE, report_hash
from nlp_checker_worklist.usecases.credentials import (
    authenticate_api_key,
    authenticate_session,
    create_api_key,
    list_api_keys,
    login,
    logout,
    note_failed_login,
    revoke_api_key,
    unlock_user,
    verify_password,
)
from nlp_checker_worklist.usecases.export import document_texts, export_csv
from nlp_checker_worklist.usecases.loading import load_chart, load_report, rescore
from nlp_checker_worklist.usecases.queries import compose_queries, list_queries, send_query
from nlp_checker_worklist.usecases.reading import (
    audit_trail,
    document_names,
    find_item,
    get_item,
    get_report,
    list_items,
    report_versions,
)
from nlp_checker_worklist.usecases.users import (
    actor_for,
    bootstrap,
    create_organization,
    create_user,
    default_actor,
    list_users,
    organization_id,
    set_password,
    update_user,
)
from nlp_checker_worklist.usecases.verdicts import (
    export_annotations,
    list_verdicts,
    record_verdict,
    site_figures,
)
from nlp_checker_worklist.usecases.workflow import assign, transition

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_SESSION_TTL",
    "MAX_PAGE",
    "actor_for",
    "assign",
    "audit_trail",
    "authenticate_api_key",
    "authenticate_session",
    "bootstrap",
    "compose_queries",
    "create_api_key",
    "create_organization",
    "create_user",
    "default_actor",
    "document_names",
    "document_texts",
    "export_annotations",
    "export_csv",
    "find_item",
    "get_item",
    "get_report",
    "list_api_keys",
    "list_items",
    "list_queries",
    "list_users",
    "list_verdicts",
    "load_chart",
    "load_report",
    "login",
    "logout",
    "note_failed_login",
    "organization_id",
    "record_verdict",
    "report_hash",
    "report_versions",
    "rescore",
    "revoke_api_key",
    "send_query",
    "set_password",
    "site_figures",
    "transition",
    "unlock_user",
    "update_user",
    "verify_password",
]
