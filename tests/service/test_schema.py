"""Property-based run over the service's OpenAPI schema (schemathesis): every operation, authenticated,
a bounded number of generated requests each; no 5xx and no response that contradicts the schema.

The check routes run with the service's API key; the worklist routes (their own user auth) run against a
temporary SQLite store with an admin's worklist key and a few sample charts loaded. The apps are built at
collection without a Checker or a database (both come from fixtures: the session's pipeline, and a store in
pytest's temporary folder, so no temporary folder is left behind)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from nlp_checker_service.app import create_app
from nlp_checker_service.keys import hash_key
from nlp_checker_service.settings import Settings
from nlp_checker_service.worklist import api_router, attach_store
from nlp_checker_service.worklist.handlers import install_worklist_error_handlers
from nlp_checker_worklist import Store

pytestmark = pytest.mark.slow

KEY = "schema-test-key"
HEADERS = {"Authorization": f"Bearer {KEY}"}
MAX_EXAMPLES = 200

LIMITS = {
    "max_body_bytes": 256 * 1024,
    "max_documents": 8,
    "max_document_chars": 20_000,
    "max_batch_charts": 4,
}
WORKLIST_EXAMPLES = 25


# Built at collection, and cheap: create_app builds no Checker and opens no database (the lifespan does, and
# schemathesis runs it once per app). The worklist's store is attached by a fixture, in pytest's temp folder.
app = create_app(Settings(api_keys=[hash_key(KEY)], worklist=False, **LIMITS))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)
worklist_app = create_app(Settings(api_keys=[hash_key(KEY)], worklist=False, **LIMITS))
worklist_app.include_router(api_router)
install_worklist_error_handlers(worklist_app)  # before the first request builds the middleware stack
worklist_schema = schemathesis.openapi.from_asgi("/openapi.json", worklist_app).include(
    path_regex="^/v1/worklist"
)


@pytest.fixture(scope="module", autouse=True)
def _pipeline(checker: Any) -> None:
    """Both apps use the session's Checker (their lifespan then builds none)."""
    app.state.checker = checker


def _worklist_key(store: Store, checker: Any) -> str:
    from nlp_checker_worklist import usecases as service

    charts = Path(__file__).resolve().parents[2] / "corpus_samples" / "charts"
    with store.session() as session:
        _, key = service.bootstrap(session, "schema-org", "schema-admin", "schema-password-1")
        actor = service.actor_for(session, "schema-admin")
        for name in ("aatd-001.json", "aatd-007.json"):
            service.load_chart(session, actor, json.loads((charts / name).read_text()), checker)
    return key


@pytest.fixture(scope="module")
def worklist_headers(tmp_path_factory: pytest.TempPathFactory, checker: Any) -> dict[str, str]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('schema') / 'worklist.sqlite3'}")
    store.migrate()
    attach_store(worklist_app, store, checker=checker, csrf_secret="schema-test-csrf-secret")
    return {"Authorization": f"Bearer {_worklist_key(store, checker)}"}


CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
    schemathesis.checks.response_headers_conformance,
]


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,  # reproducible in CI; a new failure is then a change, not a seed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=HEADERS, checks=CHECKS)


@worklist_schema.parametrize()
@settings(
    max_examples=WORKLIST_EXAMPLES,
    deadline=None,
    derandomize=True,  # reproducible in CI; a new failure is then a change, not a seed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
def test_worklist_api_conforms_to_its_schema(
    case: schemathesis.Case, worklist_headers: dict[str, str]
) -> None:
    case.call_and_validate(headers=worklist_headers, checks=CHECKS)


def test_every_operation_is_covered() -> None:
    operations = {f"{op.method.upper()} {op.path}" for op in (r.ok() for r in schema.get_all_operations())}
    assert operations == {
        "POST /v1/check",
        "POST /v1/check/batch",
        "POST /v1/fhir/check",
        "POST /v1/hl7v2/check",
        "GET /v1/ruleset",
        "GET /healthz",
        "GET /readyz",
        "GET /metrics",
    }


@pytest.mark.parametrize("path", ["/v1/ruleset"])
def test_generated_calls_without_a_key_are_refused(path: str) -> None:
    case = schema[path]["GET"].Case()
    assert case.call().status_code == 401


def test_every_worklist_operation_is_covered() -> None:
    operations = {
        f"{op.method.upper()} {op.path}" for op in (r.ok() for r in worklist_schema.get_all_operations())
    }
    assert len(operations) >= 20
    assert {
        "GET /v1/worklist/items",
        "GET /v1/worklist/items.csv",
        "POST /v1/worklist/items/{item_id}/transition",
        "POST /v1/worklist/items/{item_id}/queries",
        "POST /v1/worklist/charts",
    } <= operations
