"""Holes found under attack (issue 10): each test failed before its fix.

1. Credentials before the body: a keyless request with a malformed body is a 401, never a 422 (the body is
   not parsed); a wrong service key is a 403 before the body.
2. One validation path for charts: /v1/worklist/charts refuses more documents than /v1/check allows.
3. Logins: back-off (429 + Retry-After), lockout after repeated failures, admin unlock, bounded hashing,
   password policy.
4. Every route that returns note text is audited: the test enumerates the worklist's GET routes and the
   query draft, and proves that each answer quoting a note adds an audit entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from nlp_checker import Checker
from nlp_checker.ingest import parse_chart
from nlp_checker_service.app import create_app
from nlp_checker_service.keys import hash_key
from nlp_checker_service.settings import Settings
from nlp_checker_worklist import AuthenticationFailed, InvalidRequest, Store, TooManyAttempts
from nlp_checker_worklist import usecases as service
from nlp_checker_worklist.throttle import FREE_FAILURES, LOCK_AFTER, LoginThrottle, throttled_login
from tests.conftest import CORPUS

SERVICE_KEY = "holes-service-key-0123456789abcdef"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, checker: Checker) -> Iterator[dict[str, Any]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('holes') / 'wl.sqlite3'}"
    store = Store(url)
    store.migrate()
    chart = json.loads((CORPUS / "charts" / "aatd-008.json").read_text())
    with store.session() as s:
        _, key = service.bootstrap(s, "org", "admin", "admin-password-1")
        admin = service.actor_for(s, "admin")
        service.create_user(s, admin, "casey", "coder", password="casey-password-1")
        item = service.load_chart(s, admin, parse_chart(chart), checker)
    app = create_app(Settings(api_keys=[hash_key(SERVICE_KEY)], database_url=url, max_documents=5))
    app.state.checker = checker
    with TestClient(app) as client:
        yield {"client": client, "key": key, "store": store, "item_id": item.item_id, "chart": chart}
    store.dispose()


@pytest.mark.parametrize("path", ["/v1/check", "/v1/check/batch", "/v1/fhir/check", "/v1/worklist/charts"])
def test_no_credential_is_401_before_the_body_is_parsed(env: dict[str, Any], path: str) -> None:
    client = env["client"]
    malformed = client.post(path, content=b'{"chart_id": ', headers={"Content-Type": "application/json"})
    assert malformed.status_code == 401, malformed.text  # was 422: the body was parsed first
    assert malformed.headers["www-authenticate"] == "Bearer"
    big = client.post(
        path, content=b"[" + b"{}," * 200_000 + b"{}]", headers={"Content-Type": "application/json"}
    )
    assert big.status_code in (401, 413)


def test_wrong_service_key_is_403_before_the_body(env: dict[str, Any]) -> None:
    answer = env["client"].post(
        "/v1/check",
        content=b"not json",
        headers={"Authorization": "Bearer wrong-key", "Content-Type": "application/json"},
    )
    assert answer.status_code == 403


def test_worklist_charts_enforce_the_document_limit(env: dict[str, Any]) -> None:
    chart = dict(env["chart"], chart_id="too-many")
    chart["documents"] = [dict(chart["documents"][0], id=f"d{i}") for i in range(6)]
    headers = {"Authorization": f"Bearer {env['key']}"}
    answer = env["client"].post("/v1/worklist/charts", json=chart, headers=headers)
    assert answer.status_code == 422 and "limit is 5" in answer.json()["message"]  # was 201
    checked = env["client"].post("/v1/check", json=chart, headers={"Authorization": f"Bearer {SERVICE_KEY}"})
    assert checked.status_code == 422  # the same path as /v1/check


def test_login_back_off_lockout_and_unlock(env: dict[str, Any]) -> None:
    store = env["store"]
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for _ in range(FREE_FAILURES):
        with pytest.raises(AuthenticationFailed):
            throttled_login(store, "casey", "wrong-password!", "10.0.0.9", throttle)
    with pytest.raises(TooManyAttempts) as waited:  # back-off: the next try must wait
        throttled_login(store, "casey", "casey-password-1", "10.0.0.9", throttle)
    assert waited.value.retry_after >= 1
    for _ in range(LOCK_AFTER - FREE_FAILURES):
        now[0] += 400  # past each back-off
        with pytest.raises(AuthenticationFailed):
            throttled_login(store, "casey", "wrong-password!", "10.0.0.9", throttle)
    now[0] += 1000
    with pytest.raises(AuthenticationFailed):  # locked: even the right password fails
        throttled_login(store, "casey", "casey-password-1", "10.0.0.10", throttle)
    with store.session() as s:
        admin = service.actor_for(s, "admin")
        casey = next(u for u in service.list_users(s, admin) if u.username == "casey")
        service.unlock_user(s, admin, casey.id)
        actions = [a.action for a in service.audit_trail(s, admin)]
    assert "user_locked" in actions and "user_unlocked" in actions
    now[0] += 1000
    assert throttled_login(store, "casey", "casey-password-1", "10.0.0.11", throttle).token


def test_http_login_answers_429_with_retry_after(
    env: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import nlp_checker_worklist.throttle as module

    monkeypatch.setattr(module, "default_throttle", LoginThrottle())
    client = env["client"]
    statuses = [
        client.post("/v1/worklist/session", json={"username": "nobody", "password": "x"}).status_code
        for _ in range(FREE_FAILURES + 1)
    ]
    assert statuses[:FREE_FAILURES] == [401] * FREE_FAILURES and statuses[-1] == 429
    answer = client.post("/v1/worklist/session", json={"username": "nobody", "password": "x"})
    assert answer.status_code == 429 and int(answer.headers["retry-after"]) >= 1


def test_hashing_is_bounded() -> None:
    throttle = LoginThrottle(max_concurrent=1)
    with throttle.hashing(), pytest.raises(TooManyAttempts), throttle.hashing():
        pass


@pytest.mark.parametrize("password", ["tiny-pw", "password1234", "Welcome123!!", "casey"])
def test_password_policy(env: dict[str, Any], password: str) -> None:
    with env["store"].session() as s, pytest.raises(InvalidRequest) as refused:
        admin = service.actor_for(s, "admin")
        service.create_user(s, admin, f"new-{len(password)}", "coder", password=password)
    assert password not in str(refused.value)


def test_every_route_returning_note_text_is_audited(env: dict[str, Any], checker: Any) -> None:
    """Enumerate the worklist's GET routes (and the query draft): any answer that quotes a note must add a
    `report_viewed` / `queries_viewed` entry to the audit trail."""
    client, item_id, store = env["client"], env["item_id"], env["store"]
    headers = {"Authorization": f"Bearer {env['key']}"}
    sent = client.post(
        f"/v1/worklist/items/{item_id}/queries",
        json={"text": 'Lot "Exp: 01/2026" quoted', "requirement_ids": ["expiration_date"]},
        headers=headers,
    )
    assert sent.status_code == 201, sent.text
    texts = [d["text"] for d in env["chart"]["documents"]]
    evidence = [f.text for f in checker.check(env["chart"]).findings if len(f.text) >= 8]
    note_snippets = [json.dumps(t)[1:-1] for t in [*(t[20:45] for t in texts), *evidence]] + ["Exp: 01/2026"]
    schema = client.get("/openapi.json").json()["paths"]  # every API route, included routers too
    routes = sorted(
        p for p, operations in schema.items() if "get" in operations and p.startswith("/v1/worklist")
    )
    assert len(routes) >= 10
    calls = [("GET", p.replace("{item_id}", str(item_id)).replace("{chart_id}", "aatd-008")) for p in routes]
    calls.append(("POST", f"/v1/worklist/items/{item_id}/query-draft"))
    checked = []
    for method, path in calls:
        if "{" in path:
            continue
        with store.session() as s:
            before = len(service.audit_trail(s, service.actor_for(s, "admin"), limit=5000))
        answer = client.request(method, path, headers=headers)
        with store.session() as s:
            trail = service.audit_trail(s, service.actor_for(s, "admin"), limit=5000)
        quotes_notes = answer.status_code == 200 and any(snippet in answer.text for snippet in note_snippets)
        if quotes_notes:
            new = [a.action for a in trail[before:]]
            assert any(a in ("report_viewed", "queries_viewed", "exported") for a in new), (path, new)
            checked.append(path)
    assert f"/v1/worklist/items/{item_id}/queries" in checked  # not audited before the fix
    assert f"/v1/worklist/items/{item_id}/report" in checked
