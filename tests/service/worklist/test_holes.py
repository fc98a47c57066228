"""Holes found under attack (issue 10): each test failed before its fix.

1. Credentials before the body: a keyless request with a malformed body is a 401, never a 422 (the body is
   not parsed); a wrong service key is a 403 before the body.
2. One validation path for charts: /v1/worklist/charts refuses more documents than /v1/check allows.
3. Logins: back-off (429 + Retry-After), lockout after repeated failures, admin unlock, bounded hashing,
   password policy.
4. Every route that returns note text is audited: the test enumerates the worklist's GET routes and the
   query draft, and proves that each answer quoting a note adds an audit entry.
5. Dates are ISO strings, never integers; the OpenAPI schema speaks JSON Schema (``minimum``, no raw
   ``ge``); OPTIONS / HEAD / 405 name every method of a path; no 4xx message repeats the caller's input;
   user names are unique per organization, and no route tells one organization another's user names.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from nlp_checker import Checker
from nlp_checker.errors import InputError
from nlp_checker.ingest import parse_chart
from nlp_checker_service.app import create_app
from nlp_checker_service.keys import hash_key
from nlp_checker_service.settings import Settings
from nlp_checker_worklist import AlreadyExists, AuthenticationFailed, InvalidRequest, Store, TooManyAttempts
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


def test_every_route_returning_note_text_is_audited(env: dict[str, Any], checker: Checker) -> None:
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
    # Quotes of the notes as the answers carry them: the report's evidence (fixed offsets into the notes
    # missed every quote once the sample chart changed).
    report = checker.check(parse_chart(env["chart"]))
    evidence = {e.text for r in report.requirements for e in r.evidence if len(e.text) >= 8}
    note_snippets = [json.dumps(text)[1:-1] for text in evidence] + ["Exp: 01/2026"]
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


# --- 5. minor holes -----------------------------------------------------------------------------------------


def _service(env: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {SERVICE_KEY}"}


def _worklist(env: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {env['key']}"}


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("date_of_service", 0),
        ("date_of_service", 1_700_000_000),
        ("date_of_service", "2026-03-04T00:00:00"),
        ("date_of_service", "20260304"),
        ("documents.0.date", 0),
        ("documents.0.date", 20260304.0),
    ],
)
def test_dates_are_iso_strings_never_numbers(env: dict[str, Any], where: str, value: Any) -> None:
    chart = json.loads(json.dumps(env["chart"]))
    chart["chart_id"] = "date-hole"
    if where == "date_of_service":
        chart["date_of_service"] = value
    else:
        chart["documents"][0]["date"] = value
    with pytest.raises(InputError, match="expected an ISO date string"):  # was 1970-01-01
        parse_chart(chart)
    for path, headers in (("/v1/check", _service(env)), ("/v1/worklist/charts", _worklist(env))):
        answer = env["client"].post(path, json=chart, headers=headers)
        assert answer.status_code == 422, (path, answer.text)
        assert answer.json()["message"] == f"{where}: expected an ISO date string (YYYY-MM-DD)"
    listing = env["client"].get("/v1/worklist/items", params={"dos_from": "0"}, headers=_worklist(env))
    assert listing.status_code == 422 and "expected an ISO date string" in listing.json()["message"]


def test_openapi_uses_json_schema_bounds(env: dict[str, Any]) -> None:
    """No pydantic keyword (ge, le, gt, lt, ...) lands in the schema; the claim line's units say minimum 0."""
    spec = env["client"].get("/openapi.json").json()
    leaked: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in {"ge", "le", "gt", "lt", "min_length", "max_length", "allow_inf_nan", "strict"}:
                    leaked.append(f"{path}/{key}")
                if key not in ("properties", "example", "examples"):
                    walk(value, f"{path}/{key}")
                elif key == "properties":
                    for name, sub in value.items():
                        walk(sub, f"{path}/properties/{name}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}/{i}")

    walk(spec, "")
    assert leaked == []  # was ['/components/schemas/ClaimLine/properties/units/ge']
    assert spec["components"]["schemas"]["ClaimLine"]["properties"]["units"]["minimum"] == 0
    chart = dict(env["chart"], chart_id="neg-units", claim_lines=[{"hcpcs": "J0256", "units": -1}])
    answer = env["client"].post("/v1/check", json=chart, headers=_service(env))
    assert answer.status_code == 422 and answer.json()["message"] == (
        "claim_lines.0.units: Input should be greater than or equal to 0"
    )


def test_options_head_and_405_name_every_method(env: dict[str, Any]) -> None:
    client, item_id = env["client"], env["item_id"]
    both = f"/v1/worklist/items/{item_id}/queries"  # GET and POST
    answer = client.options(both)
    assert answer.status_code == 204 and answer.headers["allow"] == "GET, HEAD, POST"  # was 405 "POST"
    assert client.options("/v1/check").headers["allow"] == "POST"
    assert client.options("/healthz").headers["allow"] == "GET, HEAD"
    head = client.head("/healthz")
    assert head.status_code == 200 and head.content == b""  # was 405
    assert int(head.headers["content-length"]) == len(client.get("/healthz").content)
    wrong = client.put(both, json={}, headers=_worklist(env))
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET, HEAD, POST"
    assert client.options("/no/such/path").status_code == 404


def test_no_error_message_repeats_the_callers_input(env: dict[str, Any]) -> None:
    """Every 4xx path that takes a caller's string: the answer names the field and what is expected."""
    client, item_id = env["client"], env["item_id"]
    marker = "zz-caller-value-9431"
    chart = json.loads(json.dumps(env["chart"]))
    calls = [
        ("POST", "/v1/check", {"params": {"profile": marker}, "json": chart}, _service(env)),
        ("POST", "/v1/check", {"json": dict(chart, payer={"profile": marker})}, _service(env)),
        ("POST", "/v1/worklist/charts", {"json": dict(chart, payer={"profile": marker})}, _worklist(env)),
        (
            "POST",
            "/v1/check",
            {"json": {**chart, "documents": [{"id": marker, "text": "x" * 1_000_001}]}},
            _service(env),
        ),
        ("POST", "/v1/fhir/check", {"json": {"resourceType": marker}}, _service(env)),
        (
            "POST",
            "/v1/fhir/check",
            {"json": {"resourceType": "Bundle", "type": "document-" + marker}},
            _service(env),
        ),
        ("POST", f"/v1/worklist/items/{item_id}/transition", {"json": {"status": marker}}, _worklist(env)),
        (
            "POST",
            f"/v1/worklist/items/{item_id}/queries",
            {"json": {"text": "q", "requirement_ids": [marker]}},
            _worklist(env),
        ),
        (
            "POST",
            f"/v1/worklist/items/{item_id}/query-draft",
            {"json": {"requirement_ids": [marker]}},
            _worklist(env),
        ),
        ("POST", "/v1/worklist/users", {"json": {"username": "x-user", "role": marker}}, _worklist(env)),
        ("POST", "/v1/worklist/users", {"json": {"username": "casey", "role": "coder"}}, _worklist(env)),
        ("POST", "/v1/worklist/session", {"json": {"username": marker, "password": "x", marker: 1}}, {}),
        ("GET", "/v1/worklist/items/2147483000", {}, _worklist(env)),
    ]
    for method, path, kwargs, headers in calls:
        answer = client.request(method, path, headers=headers, **kwargs)
        assert 400 <= answer.status_code < 500, (path, answer.status_code, answer.text[:300])
        assert marker not in answer.text, (path, answer.text[:300])
        assert "casey" not in answer.text and "2147483000" not in answer.text, (path, answer.text[:300])
    unknown = client.post("/v1/check", params={"profile": marker}, json=chart, headers=_service(env))
    assert unknown.json()["message"].startswith("profile: unknown profile; expected one of [")


def test_user_names_are_unique_per_organization(
    tmp_path: Any, checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two organizations may each have "coder1"; nothing tells one organization the other's user names."""
    import nlp_checker_worklist.throttle as throttle

    monkeypatch.setattr(throttle, "default_throttle", LoginThrottle())  # its failures stay in this test
    url = f"sqlite:///{tmp_path / 'orgs.sqlite3'}"
    store = Store(url)
    store.migrate()
    app = create_app(Settings(api_keys=[hash_key(SERVICE_KEY)], database_url=url))
    app.state.checker = checker
    with store.session() as s:
        service.bootstrap(s, "org", "admin", "admin-password-1")
        _, key_b = service.bootstrap(s, "org-b", "admin-b", "admin-b-password-1")
        admin_b = service.actor_for(s, "admin-b")
        admin_a = service.actor_for(s, "admin", "org")
        service.create_user(s, admin_a, "casey", "coder", password="casey-password-1")
        # was AlreadyExists("user name 'casey' is taken"): names were unique across the deployment
        service.create_user(s, admin_b, "casey", "coder", password="casey-b-password-1")
        service.create_user(s, admin_a, "coder1", "coder", password="coder1-a-password")
        service.create_user(s, admin_b, "coder1", "coder", password="coder1-b-password")
        with pytest.raises(AlreadyExists):  # still unique inside one organization
            service.create_user(s, admin_b, "coder1", "coder")
        with pytest.raises(InvalidRequest, match="name the organization"):
            service.actor_for(s, "coder1")
        assert service.actor_for(s, "coder1", "org-b").organization_id == admin_b.organization_id
        names_b = {u.username for u in service.list_users(s, admin_b)}
    assert "admin" not in names_b and {"casey", "coder1", "admin-b"} <= names_b
    with TestClient(app) as client:
        _http_part(client, key_b)
    store.dispose()


def _http_part(client: TestClient, key_b: str) -> None:
    # Over HTTP: creating a name another organization uses is 201, the same answer as for any free name.
    created = client.post(
        "/v1/worklist/users",
        json={"username": "admin", "role": "coder", "password": "org-b-admin-named-user"},
        headers={"Authorization": f"Bearer {key_b}"},
    )
    assert created.status_code == 201, created.text
    taken = client.post(
        "/v1/worklist/users",
        json={"username": "admin", "role": "coder"},
        headers={"Authorization": f"Bearer {key_b}"},
    )
    assert taken.status_code == 409 and "admin" not in taken.json()["message"].replace("admin-b", "")
    # Logins name the organization once several share the server; each "coder1" gets its own session.
    session_client = client
    a = session_client.post(
        "/v1/worklist/session",
        json={"organization": "org", "username": "coder1", "password": "coder1-a-password"},
    )
    b = session_client.post(
        "/v1/worklist/session",
        json={"organization": "org-b", "username": "coder1", "password": "coder1-b-password"},
    )
    assert a.status_code == b.status_code == 200 and a.json()["user_id"] != b.json()["user_id"]
    wrong_org = session_client.post(
        "/v1/worklist/session",
        json={"organization": "org-b", "username": "coder1", "password": "coder1-a-password"},
    )
    assert wrong_org.status_code == 401
    # Without an organization the answer is the same whether or not another organization has the name.
    shared = session_client.post(
        "/v1/worklist/session", json={"username": "coder1", "password": "wrong-pw-123"}
    )
    unique = session_client.post(
        "/v1/worklist/session", json={"username": "nobody-x", "password": "wrong-pw-123"}
    )
    assert shared.status_code == unique.status_code == 401
    assert shared.json()["message"] == unique.json()["message"]
