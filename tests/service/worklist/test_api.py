"""The worklist over HTTP (``service.worklist``): every ``/v1/worklist`` route, its 401/403/404/409/422
answers, organization isolation, CSV export, CSRF, the UI pages through the test client, and the OpenAPI
schema. The app is the service's own ``create_app`` with the worklist mounted as its README says, on a
temporary SQLite store."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nlp_checker import Checker
from nlp_checker.ingest import parse_chart
from nlp_checker_service.app import create_app
from nlp_checker_service.keys import hash_key
from nlp_checker_service.settings import Settings
from nlp_checker_service.worklist import api_router, attach_store, static_files_mount, ui_router
from nlp_checker_service.worklist.deps import CSRF_HEADER, LOGIN_CSRF_COOKIE, SESSION_COOKIE, csrf_token_for
from nlp_checker_worklist import Store
from nlp_checker_worklist import usecases as service
from tests.conftest import CORPUS

SERVICE_KEY = "service-level-key-0123456789"
CSRF_SECRET = "worklist-api-test-csrf-secret"
CHARTS = ("aatd-001", "aatd-003", "aatd-010", "aatd-013", "aatd-016", "aatd-029", "aatd-034")
PASSWORDS = {"admin": "admin-password", "reviewer": "reviewer-password", "coder1": "coder1-password"}


def sample(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / "charts" / f"{name}.json").read_text())


class Documents:
    """The item page's document source: the charts this test module loaded, by organization and chart id."""

    def __init__(self) -> None:
        self.texts: dict[tuple[int, str], dict[str, str]] = {}

    def add(self, organization_id: int, chart: dict[str, Any]) -> None:
        self.texts[(organization_id, chart["chart_id"])] = {d["id"]: d["text"] for d in chart["documents"]}

    def __call__(self, organization_id: int, chart_id: str) -> dict[str, str] | None:
        return self.texts.get((organization_id, chart_id))


def build_app(store: Store, checker: Checker, documents: Documents) -> FastAPI:
    # create_app mounts the worklist on its own store; these tests mount it on theirs.
    app = create_app(Settings(api_keys=[hash_key(SERVICE_KEY)], worklist=False, csrf_secret=CSRF_SECRET))
    attach_store(app, store, checker=checker, documents=documents)
    app.include_router(api_router)
    app.include_router(ui_router)
    static_files_mount(app)
    return app


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, checker: Checker) -> Iterator[dict[str, Any]]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('worklist') / 'wl.sqlite3'}")
    store.migrate()
    documents = Documents()
    keys: dict[str, str] = {}
    ids: dict[str, int] = {}
    with store.session() as s:
        admin, keys["admin"] = service.bootstrap(s, "org-a", "admin", PASSWORDS["admin"])
        actor = service.actor_for(s, "admin")
        for name, role in (("reviewer", "reviewer"), ("coder1", "coder"), ("coder2", "coder")):
            user = service.create_user(s, actor, name, role, password=PASSWORDS.get(name, f"{name}-password"))
            ids[name] = user.id
            _, keys[name] = service.create_api_key(s, service.actor_for(s, name), name="test")
        admin_b, keys["admin_b"] = service.bootstrap(s, "org-b", "admin_b", "admin-b-password")
        ids["admin"], ids["admin_b"] = admin.id, admin_b.id
        for name in CHARTS:
            chart = sample(name)
            service.load_chart(s, actor, parse_chart(chart), checker)
            documents.add(admin.organization_id, chart)
        service.load_chart(s, service.actor_for(s, "admin_b"), parse_chart(sample("aatd-001")), checker)
    app = build_app(store, checker, documents)
    with TestClient(app) as client:
        yield {
            "client": client,
            "store": store,
            "keys": keys,
            "ids": ids,
            "org_a": admin.organization_id,
            "documents": documents,
            "app": app,
        }
    store.dispose()


def auth(env: dict[str, Any], user: str = "admin", header: str = "bearer") -> dict[str, str]:
    key = env["keys"][user]
    return {"Authorization": f"Bearer {key}"} if header == "bearer" else {"X-API-Key": key}


def fresh_item(env: dict[str, Any], chart_id: str, base: str = "aatd-013") -> int:
    """A new item of its own (a copy of a sample chart under another id) for a test that changes it."""
    chart = sample(base)
    chart["chart_id"] = chart_id
    env["documents"].add(env["org_a"], chart)
    response = env["client"].post("/v1/worklist/charts", json=chart, headers=auth(env))
    assert response.status_code == 201, response.text
    return response.json()["item_id"]  # type: ignore[no-any-return]


def error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code, body
    assert "Traceback" not in response.text
    return body  # type: ignore[no-any-return]


def api_login(client: TestClient, username: str) -> str:
    """Log in through the API; returns the CSRF token (the cookie stays in the client)."""
    response = client.post(
        "/v1/worklist/session",
        json={"organization": "org-a", "username": username, "password": PASSWORDS[username]},
    )
    assert response.status_code == 200, response.text
    return response.json()["csrf_token"]  # type: ignore[no-any-return]


def new_client(env: dict[str, Any], **kwargs: Any) -> TestClient:
    return TestClient(env["app"], **kwargs)


# --------------------------------------------------------------------------------------------- auth


def test_auth_key_headers_and_failures(env: dict[str, Any]) -> None:
    client = env["client"]
    body = error(client.get("/v1/worklist/items"), 401, "unauthorized")
    assert "API key or a session" in body["message"]
    assert client.get("/v1/worklist/items").headers["www-authenticate"] == "Bearer"
    error(
        client.get("/v1/worklist/items", headers={"Authorization": "Bearer nlpc_nope_nope"}),
        401,
        "unauthorized",
    )
    error(client.get("/v1/worklist/items", headers={"X-API-Key": "garbage"}), 401, "unauthorized")
    for header in ("bearer", "x-api-key"):
        me = client.get("/v1/worklist/me", headers=auth(env, "coder1", header))
        assert me.status_code == 200
        assert me.json() | {"user_id": 0} == {
            "user_id": 0,
            "username": "coder1",
            "role": "coder",
            "organization_id": env["org_a"],
            "via": "api_key",
            "csrf_token": None,
        }


def test_worklist_and_service_keys_are_separate(env: dict[str, Any]) -> None:
    client = env["client"]
    service_auth = {"Authorization": f"Bearer {SERVICE_KEY}"}
    # The service key is not a worklist user; a worklist key is not the service key.
    error(client.get("/v1/worklist/items", headers=service_auth), 401, "unauthorized")
    assert client.get("/v1/ruleset", headers=auth(env)).status_code == 403
    assert client.get("/v1/ruleset", headers=service_auth).status_code == 200
    assert client.get("/v1/worklist/items", headers=auth(env)).status_code == 200


def test_session_cookie_login_csrf_and_logout(env: dict[str, Any]) -> None:
    client = new_client(env)
    error(
        client.post(
            "/v1/worklist/session",
            json={"organization": "org-a", "username": "coder1", "password": "wrong-password"},
        ),
        401,
        "unauthorized",
    )
    response = client.post(
        "/v1/worklist/session",
        json={"organization": "org-a", "username": "coder1", "password": PASSWORDS["coder1"]},
    )
    cookie = response.headers["set-cookie"]
    assert f"{SESSION_COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http here; https requests get Secure (below)
    csrf = response.json()["csrf_token"]
    me = client.get("/v1/worklist/me").json()
    assert me["via"] == "session" and me["csrf_token"] == csrf
    item_id = fresh_item(env, "csrf-api-1")
    # Cookie-authenticated writes need the CSRF header.
    body = error(
        client.post(f"/v1/worklist/items/{item_id}/transition", json={"status": "in_review"}),
        403,
        "forbidden",
    )
    assert "CSRF" in body["message"]
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/transition",
            json={"status": "in_review"},
            headers={CSRF_HEADER: "x" * 64},
        ),
        403,
        "forbidden",
    )
    ok = client.post(
        f"/v1/worklist/items/{item_id}/transition", json={"status": "in_review"}, headers={CSRF_HEADER: csrf}
    )
    assert ok.status_code == 200 and ok.json()["status"] == "in_review"
    assert client.delete("/v1/worklist/session", headers={CSRF_HEADER: csrf}).status_code == 204
    client.cookies.set(SESSION_COOKIE, cookie.split(";")[0].split("=", 1)[1])
    error(client.get("/v1/worklist/me"), 401, "unauthorized")  # the session is revoked, not just forgotten

    secure = new_client(env, base_url="https://testserver")
    response = secure.post(
        "/v1/worklist/session",
        json={"organization": "org-a", "username": "coder1", "password": PASSWORDS["coder1"]},
    )
    assert "Secure" in response.headers["set-cookie"]


# --------------------------------------------------------------------------------------------- listing


def test_list_filters_sort_and_pages(env: dict[str, Any]) -> None:
    client, headers = env["client"], auth(env, "reviewer")
    everything = client.get("/v1/worklist/items", params={"limit": 500}, headers=headers).json()
    items = everything["items"]
    assert everything["total"] == len(items) >= len(CHARTS)
    priorities = [i["priority"] for i in items]
    assert priorities == sorted(priorities, reverse=True)
    assert all(i["chart_id"] != "" for i in items)

    page = client.get("/v1/worklist/items", params={"limit": 2, "offset": 1}, headers=headers).json()
    assert [i["id"] for i in page["items"]] == [i["id"] for i in items[1:3]]
    assert (page["limit"], page["offset"], page["total"]) == (2, 1, everything["total"])

    by_chart = client.get(
        "/v1/worklist/items", params={"sort": "chart_id", "order": "asc", "limit": 500}, headers=headers
    )
    assert [i["chart_id"] for i in by_chart.json()["items"]] == sorted(i["chart_id"] for i in items)

    profile = items[0]["profile"]
    filtered = client.get("/v1/worklist/items", params={"profile": profile}, headers=headers).json()
    assert filtered["total"] == sum(i["profile"] == profile for i in items) and filtered["total"] >= 1
    assert all(i["profile"] == profile for i in filtered["items"])

    gap = next(g["requirement_id"] for i in items for g in i["gaps"])
    with_gap = client.get("/v1/worklist/items", params={"requirement_id": gap}, headers=headers).json()
    assert with_gap["total"] == sum(any(g["requirement_id"] == gap for g in i["gaps"]) for i in items)

    dates = sorted(i["date_of_service"] for i in items if i["date_of_service"])
    ranged = client.get(
        "/v1/worklist/items", params={"dos_from": dates[0], "dos_to": dates[0]}, headers=headers
    ).json()
    assert ranged["total"] == dates.count(dates[0])

    status = client.get(
        "/v1/worklist/items", params=[("status", "new"), ("status", "ready")], headers=headers
    )
    assert {i["status"] for i in status.json()["items"]} <= {"new", "ready"}
    comma = client.get("/v1/worklist/items", params={"status": "new,ready"}, headers=headers).json()
    assert comma["total"] == status.json()["total"]

    assert client.get("/v1/worklist/items", params={"unassigned": "true"}, headers=headers).status_code == 200
    error(client.get("/v1/worklist/items", params={"limit": 0}, headers=headers), 422, "invalid_request")
    error(
        client.get("/v1/worklist/items", params={"dos_from": "yesterday"}, headers=headers),
        422,
        "invalid_request",
    )
    error(
        client.get("/v1/worklist/items", params={"sort": "note_text"}, headers=headers),
        422,
        "invalid_request",
    )


def test_csv_export_is_filtered_and_audited(env: dict[str, Any]) -> None:
    client, headers = env["client"], auth(env, "reviewer")
    profile = "medicare"
    response = client.get("/v1/worklist/items.csv", params={"profile": profile}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    listed = client.get(
        "/v1/worklist/items", params={"profile": profile, "limit": 500}, headers=headers
    ).json()
    assert [int(r["item_id"]) for r in rows] == [i["id"] for i in listed["items"]]
    assert all(r["profile"] == profile for r in rows)
    assert list(rows[0]) == list(service.CSV_COLUMNS)
    trail = client.get("/v1/worklist/audit", headers=headers).json()
    assert trail[-1]["action"] == "exported" and trail[-1]["details"]["rows"] == len(rows)


# --------------------------------------------------------------------------------------------- items


def test_item_detail_versions_report_and_audit(env: dict[str, Any]) -> None:
    client, headers = env["client"], auth(env, "coder1")
    item_id = fresh_item(env, "detail-1")
    item = client.get(f"/v1/worklist/items/{item_id}", headers=headers)
    assert item.status_code == 200 and item.headers["etag"] == f'"{item.json()["version"]}"'
    assert item.json()["allowed_transitions"] == ["in_review", "query_sent", "on_hold"]
    assert client.get("/v1/worklist/charts/detail-1", headers=headers).json()["id"] == item_id
    error(client.get("/v1/worklist/charts/no-such-chart", headers=headers), 404, "not_found")
    error(client.get("/v1/worklist/items/999999", headers=headers), 404, "not_found")
    error(client.get("/v1/worklist/items/abc", headers=headers), 422, "invalid_request")

    report = client.get(f"/v1/worklist/items/{item_id}/report", headers=headers).json()
    assert report["version"] == 1 and report["report"]["chart_id"] == "detail-1"
    evidence = [e for r in report["report"]["requirements"] for e in r["evidence"]]
    assert evidence and {"document_id", "start", "end", "text"} <= set(evidence[0])
    error(
        client.get(f"/v1/worklist/items/{item_id}/report", params={"version": 7}, headers=headers),
        404,
        "not_found",
    )
    trail = client.get(f"/v1/worklist/items/{item_id}/audit", headers=headers).json()
    assert [a["action"] for a in trail][-1] == "report_viewed"  # the document read is audited

    # Loading the same chart again is idempotent; a changed chart adds a report version.
    chart = sample("aatd-013")
    chart["chart_id"] = "detail-1"
    again = client.post("/v1/worklist/charts", json=chart, headers=headers)
    assert again.status_code == 200 and again.json()["new_version"] is False
    chart["documents"] = chart["documents"][:1]
    changed = client.post("/v1/worklist/charts", json=chart, headers=headers).json()
    assert changed["new_version"] is True and changed["report_version"] == 2
    versions = client.get(f"/v1/worklist/items/{item_id}/versions", headers=headers).json()
    assert [v["version"] for v in versions] == [1, 2]
    assert (
        client.get(f"/v1/worklist/items/{item_id}/report", params={"version": 1}, headers=headers).json()[
            "version"
        ]
        == 1
    )


def test_load_chart_errors(env: dict[str, Any]) -> None:
    client, headers = env["client"], auth(env)
    error(
        client.post("/v1/worklist/charts", json={"chart_id": "x", "documents": []}, headers=headers),
        422,
        "invalid_request",
    )
    error(
        client.post(
            "/v1/worklist/charts",
            content=b"{not json",
            headers=headers | {"content-type": "application/json"},
        ),
        422,
        "malformed_json",
    )
    chart = sample("aatd-001")
    chart["chart_id"] = "bad-profile"
    error(
        client.post("/v1/worklist/charts", json=chart, params={"profile": "nope"}, headers=headers),
        422,
        "invalid_chart",
    )
    assert client.post("/v1/worklist/charts", json=chart).status_code == 401


def test_organization_isolation(env: dict[str, Any]) -> None:
    client = env["client"]
    a_items = client.get("/v1/worklist/items", params={"limit": 500}, headers=auth(env)).json()["items"]
    b_items = client.get("/v1/worklist/items", params={"limit": 500}, headers=auth(env, "admin_b")).json()[
        "items"
    ]
    assert {i["chart_id"] for i in b_items} == {"aatd-001"}
    assert not {i["id"] for i in a_items} & {i["id"] for i in b_items}
    foreign = a_items[0]["id"]
    b = auth(env, "admin_b")
    for method, path, body in (
        ("GET", f"/v1/worklist/items/{foreign}", None),
        ("GET", f"/v1/worklist/items/{foreign}/report", None),
        ("GET", f"/v1/worklist/items/{foreign}/versions", None),
        ("GET", f"/v1/worklist/items/{foreign}/audit", None),
        ("GET", f"/v1/worklist/items/{foreign}/queries", None),
        ("POST", f"/v1/worklist/items/{foreign}/transition", {"status": "in_review"}),
        ("POST", f"/v1/worklist/items/{foreign}/assign", {"assignee_id": None}),
        ("POST", f"/v1/worklist/items/{foreign}/query-draft", None),
        ("PATCH", f"/v1/worklist/users/{env['ids']['coder1']}", {"active": False}),
    ):
        error(client.request(method, path, json=body, headers=b), 404, "not_found")
    users_b = client.get("/v1/worklist/users", headers=b).json()
    assert [u["username"] for u in users_b] == ["admin_b"]
    csv_b = client.get("/v1/worklist/items.csv", headers=b).text
    assert len(csv_b.strip().splitlines()) == 2


# --------------------------------------------------------------------------------------------- workflow


def test_transitions_versions_and_conflicts(env: dict[str, Any]) -> None:
    client, headers = env["client"], auth(env, "coder1")
    item_id = fresh_item(env, "flow-1")
    item = client.get(f"/v1/worklist/items/{item_id}", headers=headers).json()
    moved = client.post(
        f"/v1/worklist/items/{item_id}/transition",
        json={"status": "in_review", "expected_version": item["version"], "note": "starting"},
        headers=headers,
    )
    assert moved.status_code == 200 and moved.json()["status"] == "in_review"
    assert moved.headers["etag"] == f'"{moved.json()["version"]}"'
    # The version the client saw is now stale: 409, nothing written.
    body = error(
        client.post(
            f"/v1/worklist/items/{item_id}/transition",
            json={"status": "ready", "expected_version": item["version"]},
            headers=headers,
        ),
        409,
        "stale_update",
    )
    assert "version" in body["message"]
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/transition",
            json={"status": "ready"},
            headers=headers | {"If-Match": f'"{item["version"]}"'},
        ),
        409,
        "stale_update",
    )
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/transition",
            json={"status": "ready"},
            headers=headers | {"If-Match": "v2"},
        ),
        422,
        "invalid_request",
    )
    illegal = error(
        client.post(
            f"/v1/worklist/items/{item_id}/transition", json={"status": "submitted"}, headers=headers
        ),
        409,
        "illegal_transition",
    )
    assert illegal["allowed"] == ["query_sent", "ready", "on_hold"]
    assert (illegal["current"], illegal["requested"]) == ("in_review", "submitted")
    error(
        client.post(f"/v1/worklist/items/{item_id}/transition", json={"status": "bogus"}, headers=headers),
        422,
        "invalid_request",
    )
    error(
        client.post(f"/v1/worklist/items/{item_id}/transition", json={}, headers=headers),
        422,
        "invalid_request",
    )
    # Open gaps: ready needs a reviewer's override with a reason (issue 10, defect 1).
    gaps_open = error(
        client.post(
            f"/v1/worklist/items/{item_id}/transition",
            json={"status": "ready"},
            headers=headers | {"If-Match": moved.headers["etag"]},
        ),
        409,
        "gaps_open",
    )
    assert gaps_open["gaps"] and gaps_open["requested"] == "ready"
    error(  # a coder may not override
        client.post(
            f"/v1/worklist/items/{item_id}/transition",
            json={"status": "ready", "override_reason": "fine"},
            headers=headers | {"If-Match": moved.headers["etag"]},
        ),
        403,
        "forbidden",
    )
    ready = client.post(
        f"/v1/worklist/items/{item_id}/transition",
        json={"status": "ready", "override_reason": "confirmed with the infusion nurse"},
        headers=auth(env) | {"If-Match": moved.headers["etag"]},
    )
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert ready.json()["override_reason"] == "confirmed with the infusion nurse"
    trail = client.get(f"/v1/worklist/items/{item_id}/audit", headers=headers).json()
    changes = [(a["details"]["from"], a["details"]["to"]) for a in trail if a["action"] == "status_changed"]
    assert changes == [("new", "in_review"), ("in_review", "ready")]
    assert next(a for a in trail if a["action"] == "status_changed")["details"]["note"] == "starting"


def test_assign_roles(env: dict[str, Any]) -> None:
    client, ids = env["client"], env["ids"]
    item_id = fresh_item(env, "assign-1")
    error(  # a coder assigns nobody else ("assign to me" only, below)
        client.post(
            f"/v1/worklist/items/{item_id}/assign",
            json={"assignee_id": ids["coder2"]},
            headers=auth(env, "coder1"),
        ),
        403,
        "forbidden",
    )
    assigned = client.post(
        f"/v1/worklist/items/{item_id}/assign",
        json={"assignee_id": ids["coder1"]},
        headers=auth(env, "reviewer"),
    )
    assert assigned.status_code == 200 and assigned.json()["assignee"] == "coder1"
    mine = client.get(
        "/v1/worklist/items", params={"assignee_id": ids["coder1"]}, headers=auth(env, "coder1")
    ).json()
    assert item_id in [i["id"] for i in mine["items"]]
    # Another coder may not work it.
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/transition",
            json={"status": "in_review"},
            headers=auth(env, "coder2"),
        ),
        403,
        "forbidden",
    )
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/assign",
            json={"assignee_id": ids["admin_b"]},
            headers=auth(env, "reviewer"),
        ),
        404,
        "not_found",
    )
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/assign",
            json={"assignee_id": None, "expected_version": 1},
            headers=auth(env, "reviewer"),
        ),
        409,
        "stale_update",
    )
    error(
        client.post(f"/v1/worklist/items/{item_id}/assign", json={}, headers=auth(env, "reviewer")),
        422,
        "invalid_request",
    )


def test_compose_and_send_query(env: dict[str, Any]) -> None:
    client, headers = env["client"], auth(env, "coder1")
    item_id = fresh_item(env, "query-1", base="aatd-034")
    item = client.get(f"/v1/worklist/items/{item_id}", headers=headers).json()
    gaps = [g["requirement_id"] for g in item["gaps"]]
    assert gaps, "the sample chart should have gaps"
    draft = client.post(f"/v1/worklist/items/{item_id}/query-draft", headers=headers).json()
    assert sorted(draft["requirement_ids"]) == sorted(gaps) and "query-1" in draft["text"]
    one = client.post(
        f"/v1/worklist/items/{item_id}/query-draft", json={"requirement_ids": gaps[:1]}, headers=headers
    )
    assert one.json()["requirement_ids"] == gaps[:1]
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/query-draft",
            json={"requirement_ids": ["aatd_nope"]},
            headers=headers,
        ),
        422,
        "invalid_request",
    )
    edited = draft["text"] + "\nPlease reply by Friday."
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/queries",
            json={"text": "", "requirement_ids": gaps},
            headers=headers,
        ),
        422,
        "invalid_request",
    )
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/queries",
            json={"text": edited, "requirement_ids": ["nope"]},
            headers=headers,
        ),
        422,
        "invalid_request",
    )
    sent = client.post(
        f"/v1/worklist/items/{item_id}/queries",
        json={
            "text": edited,
            "requirement_ids": gaps,
            "recipient": "Dr. Rivera",
            "expected_version": item["version"],
        },
        headers=headers,
    )
    assert sent.status_code == 201, sent.text
    assert sent.json()["text"] == edited and sent.json()["sent_by"] == "coder1"
    assert client.get(f"/v1/worklist/items/{item_id}", headers=headers).json()["status"] == "query_sent"
    assert [q["id"] for q in client.get(f"/v1/worklist/items/{item_id}/queries", headers=headers).json()] == [
        sent.json()["id"]
    ]
    trail = client.get(f"/v1/worklist/items/{item_id}/audit", headers=headers).json()
    recorded = [a for a in trail if a["action"] == "query_sent"]
    assert len(recorded) == 1 and recorded[0]["details"]["requirement_ids"] == sorted(gaps)
    error(
        client.post(
            f"/v1/worklist/items/{item_id}/queries",
            json={"text": edited, "requirement_ids": gaps, "expected_version": item["version"]},
            headers=headers,
        ),
        409,
        "stale_update",
    )


def test_organization_audit_is_for_reviewers(env: dict[str, Any]) -> None:
    client = env["client"]
    error(client.get("/v1/worklist/audit", headers=auth(env, "coder1")), 403, "forbidden")
    trail = client.get("/v1/worklist/audit", params={"limit": 5}, headers=auth(env, "reviewer")).json()
    assert 0 < len(trail) <= 5


# --------------------------------------------------------------------------------------------- admin


def test_users_and_keys(env: dict[str, Any]) -> None:
    client, admin = env["client"], auth(env)
    error(
        client.post(
            "/v1/worklist/users", json={"username": "x1", "role": "coder"}, headers=auth(env, "coder1")
        ),
        403,
        "forbidden",
    )
    created = client.post(
        "/v1/worklist/users",
        json={"username": "coder9", "role": "coder", "password": "coder9-password", "display_name": "Nine"},
        headers=admin,
    )
    assert created.status_code == 201 and created.json()["role"] == "coder"
    user_id = created.json()["id"]
    error(
        client.post("/v1/worklist/users", json={"username": "coder9", "role": "coder"}, headers=admin),
        409,
        "already_exists",
    )
    error(
        client.post("/v1/worklist/users", json={"username": "c", "role": "boss"}, headers=admin),
        422,
        "invalid_request",
    )
    assert "coder9" in [
        u["username"] for u in client.get("/v1/worklist/users", headers=auth(env, "coder1")).json()
    ]
    patched = client.patch(f"/v1/worklist/users/{user_id}", json={"role": "reviewer"}, headers=admin)
    assert patched.json()["role"] == "reviewer"
    assert (
        client.put(
            f"/v1/worklist/users/{user_id}/password", json={"password": "another-password"}, headers=admin
        ).status_code
        == 204
    )
    error(
        client.put(f"/v1/worklist/users/{user_id}/password", json={"password": "short"}, headers=admin),
        422,
        "invalid_request",
    )
    error(
        client.put(
            f"/v1/worklist/users/{user_id}/password",
            json={"password": "another-password"},
            headers=auth(env, "coder1"),
        ),
        403,
        "forbidden",
    )

    made = client.post("/v1/worklist/keys", json={"name": "ci", "user_id": user_id}, headers=admin)
    assert made.status_code == 201
    token, key_id = made.json()["token"], made.json()["key"]["id"]
    assert client.get("/v1/worklist/me", headers={"X-API-Key": token}).json()["username"] == "coder9"
    listed = client.get("/v1/worklist/keys", params={"user_id": user_id}, headers=admin).json()
    assert [k["id"] for k in listed] == [key_id] and "token" not in listed[0]
    error(
        client.get("/v1/worklist/keys", params={"user_id": user_id}, headers=auth(env, "coder1")),
        403,
        "forbidden",
    )
    own = client.post("/v1/worklist/keys", headers=auth(env, "coder1"))
    assert own.status_code == 201 and own.json()["key"]["user_id"] == env["ids"]["coder1"]
    error(client.delete(f"/v1/worklist/keys/{key_id}", headers=auth(env, "coder1")), 403, "forbidden")
    assert client.delete(f"/v1/worklist/keys/{key_id}", headers=admin).status_code == 204
    error(client.get("/v1/worklist/me", headers={"X-API-Key": token}), 401, "unauthorized")
    error(client.delete("/v1/worklist/keys/999999", headers=admin), 404, "not_found")
    # Deactivating a user locks them out.
    second = client.post("/v1/worklist/keys", json={"user_id": user_id}, headers=admin).json()["token"]
    assert client.get("/v1/worklist/me", headers={"X-API-Key": second}).status_code == 200
    client.patch(f"/v1/worklist/users/{user_id}", json={"active": False}, headers=admin)
    error(client.get("/v1/worklist/me", headers={"X-API-Key": second}), 401, "unauthorized")
    assert client.post("/v1/worklist/rescore", headers=admin).json()["rescored"] >= 0
    error(client.post("/v1/worklist/rescore", headers=auth(env, "coder1")), 403, "forbidden")


# --------------------------------------------------------------------------------------------- errors, schema


def test_unexpected_errors_stay_500(env: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "list_users", broken)
    client = new_client(env, raise_server_exceptions=False)
    response = client.get("/v1/worklist/users", headers=auth(env))
    assert response.status_code == 500 and "boom" not in response.text


def test_store_not_attached_is_503() -> None:
    app = FastAPI()
    app.include_router(api_router)
    response = TestClient(app).get("/v1/worklist/items", headers={"X-API-Key": "nlpc_a_b"})
    assert response.status_code == 503


def test_openapi_schema(env: dict[str, Any]) -> None:
    from schemathesis.specs.openapi.definitions import OPENAPI_31_VALIDATOR

    schema = env["client"].get("/openapi.json").json()
    OPENAPI_31_VALIDATOR.validate(schema)
    for component in schema["components"]["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(component)
    paths = {p: ops for p, ops in schema["paths"].items() if p.startswith("/v1/worklist")}
    expected = {
        ("get", "/v1/worklist/me"),
        ("get", "/v1/worklist/items"),
        ("get", "/v1/worklist/items.csv"),
        ("get", "/v1/worklist/items/{item_id}"),
        ("get", "/v1/worklist/charts/{chart_id}"),
        ("post", "/v1/worklist/charts"),
        ("get", "/v1/worklist/items/{item_id}/versions"),
        ("get", "/v1/worklist/items/{item_id}/report"),
        ("get", "/v1/worklist/items/{item_id}/audit"),
        ("get", "/v1/worklist/audit"),
        ("post", "/v1/worklist/items/{item_id}/transition"),
        ("post", "/v1/worklist/items/{item_id}/assign"),
        ("post", "/v1/worklist/items/{item_id}/query-draft"),
        ("post", "/v1/worklist/items/{item_id}/queries"),
        ("get", "/v1/worklist/items/{item_id}/queries"),
        ("post", "/v1/worklist/rescore"),
        ("post", "/v1/worklist/session"),
        ("delete", "/v1/worklist/session"),
        ("get", "/v1/worklist/users"),
        ("post", "/v1/worklist/users"),
        ("patch", "/v1/worklist/users/{user_id}"),
        ("put", "/v1/worklist/users/{user_id}/password"),
        ("get", "/v1/worklist/keys"),
        ("post", "/v1/worklist/keys"),
        ("delete", "/v1/worklist/keys/{key_id}"),
    }
    assert {(m, p) for p, ops in paths.items() for m in ops} == expected
    for path, ops in paths.items():
        for method, op in ops.items():
            ok = next(code for code in op["responses"] if code.startswith("2"))
            if ok != "204" and path != "/v1/worklist/items.csv":
                assert "$ref" in json.dumps(op["responses"][ok]), (method, path)  # a response model
            if path != "/v1/worklist/session" or method != "post":
                names = {n for s in op.get("security", []) for n in s}
                assert {"WorklistBearer", "WorklistApiKey", "WorklistSession"} <= names, (method, path)
                assert "HTTPBearer" not in names  # not the service-level key
    assert not any(p.startswith("/worklist") for p in schema["paths"])  # the UI is not API


# --------------------------------------------------------------------------------------------- UI


def ui_login(client: TestClient, username: str = "coder1") -> None:
    page = client.get("/worklist/login")
    assert page.status_code == 200
    token = client.cookies.get(LOGIN_CSRF_COOKIE)
    response = client.post(
        "/worklist/login",
        data={
            "organization": "org-a",
            "username": username,
            "password": PASSWORDS[username],
            "csrf_token": token,
            "next": "/worklist/",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/worklist/"


def test_ui_login_required_and_login_csrf(env: dict[str, Any]) -> None:
    client = new_client(env)
    response = client.get("/worklist/?status=new", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/worklist/login?next=")
    client.get("/worklist/login")
    forged = client.post(
        "/worklist/login",
        data={"username": "coder1", "password": PASSWORDS["coder1"], "csrf_token": "forged"},
    )
    assert forged.status_code == 403 and SESSION_COOKIE not in client.cookies
    wrong = client.post(
        "/worklist/login",
        data={
            "username": "coder1",
            "password": "nope-nope",
            "csrf_token": client.cookies.get(LOGIN_CSRF_COOKIE),
        },
    )
    assert wrong.status_code == 401 and "Wrong user name or password" in wrong.text
    # An open redirect through ?next= is refused.
    ui_client = new_client(env)
    ui_client.get("/worklist/login")
    response = ui_client.post(
        "/worklist/login",
        data={
            "organization": "org-a",
            "username": "coder1",
            "password": PASSWORDS["coder1"],
            "csrf_token": ui_client.cookies.get(LOGIN_CSRF_COOKIE),
            "next": "https://evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/worklist/"


def test_ui_pages_forms_and_csrf(env: dict[str, Any]) -> None:
    chart = sample("aatd-013")
    chart["chart_id"] = "ui-1"
    chart["documents"][0]["text"] += "\n<script>alert('x')</script> & more"
    env["documents"].add(env["org_a"], chart)
    item_id = env["client"].post("/v1/worklist/charts", json=chart, headers=auth(env)).json()["item_id"]
    client = new_client(env)
    ui_login(client)
    listing = client.get("/worklist/", params={"status": "new", "sort": "chart_id", "order": "asc"})
    assert listing.status_code == 200 and f'href="/worklist/items/{item_id}"' in listing.text
    assert "/v1/worklist/items.csv?status=new" in listing.text
    assert client.get("/worklist/", params={"profile": "commercial"}).text.count('class="chart-link"') == sum(
        i["profile"] == "commercial"
        for i in env["client"]
        .get("/v1/worklist/items", params={"limit": 500}, headers=auth(env))
        .json()["items"]
    )
    assert "expected an ISO date string" in client.get("/worklist/", params={"dos_from": "31/12/2025"}).text

    page = client.get(f"/worklist/items/{item_id}")
    assert page.status_code == 200
    assert (
        "<script>alert" not in page.text
        and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more" in page.text
    )
    report = env["client"].get(f"/v1/worklist/items/{item_id}/report", headers=auth(env)).json()["report"]
    quote = next(e["text"] for r in report["requirements"] for e in r["evidence"] if e["document_id"] == "d1")
    assert "<mark" in page.text and quote.split("\n")[0] in page.text
    csrf = csrf_token_for(client.cookies.get(SESSION_COOKIE), CSRF_SECRET)
    assert f'value="{csrf}"' in page.text
    assert 'value="in_review"' in page.text and 'value="submitted"' not in page.text

    # A form post without (or with a wrong) CSRF token is refused and changes nothing.
    for data in ({"status": "in_review"}, {"status": "in_review", "csrf_token": "0" * 64}):
        refused = client.post(f"/worklist/items/{item_id}/status", data=data)
        assert refused.status_code == 403
    assert env["client"].get(f"/v1/worklist/items/{item_id}", headers=auth(env)).json()["status"] == "new"

    done = client.post(f"/worklist/items/{item_id}/status", data={"status": "in_review", "csrf_token": csrf})
    assert done.status_code == 200 and "Status changed." in done.text
    stale = client.post(
        f"/worklist/items/{item_id}/status",
        data={"status": "ready", "csrf_token": csrf, "expected_version": "1"},
    )
    assert stale.status_code == 409 and "reload" in stale.text.lower()
    illegal = client.post(
        f"/worklist/items/{item_id}/status", data={"status": "submitted", "csrf_token": csrf}
    )
    assert illegal.status_code == 409 and "Allowed next statuses" in illegal.text

    sent = client.post(
        f"/worklist/items/{item_id}/query",
        data={
            "text": "Please document the lot number.",
            "requirement_ids": ["lot_number"],
            "csrf_token": csrf,
        },
    )
    assert sent.status_code == 200 and "Query sent" in sent.text  # lot_number is missing in aatd-013
    assert "Please document the lot number." in sent.text  # the history shows it
    assert client.get("/worklist/items/999999").status_code == 404

    out = client.post("/worklist/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert out.status_code == 303
    assert client.get("/worklist/", follow_redirects=False).status_code == 303


def test_ui_reviewer_assigns(env: dict[str, Any]) -> None:
    item_id = fresh_item(env, "ui-assign-1")
    client = new_client(env)
    ui_login(client, "reviewer")
    page = client.get(f"/worklist/items/{item_id}")
    assert 'name="assignee_id"' in page.text
    csrf = csrf_token_for(client.cookies.get(SESSION_COOKIE), CSRF_SECRET)
    done = client.post(
        f"/worklist/items/{item_id}/assign",
        data={"assignee_id": str(env["ids"]["coder1"]), "csrf_token": csrf},
    )
    assert done.status_code == 200 and "Assignment saved." in done.text
    assert (
        env["client"].get(f"/v1/worklist/items/{item_id}", headers=auth(env)).json()["assignee"] == "coder1"
    )
    coder2 = new_client(env)
    with env["store"].session() as s:
        token = service.login(s, "coder2", "coder2-password", organization="org-a").token
    coder2.cookies.set(SESSION_COOKIE, token)
    assert "assigned to coder1" in coder2.get(f"/worklist/items/{item_id}").text


def test_static_files(env: dict[str, Any]) -> None:
    client = env["client"]
    assert client.get("/worklist/static/app.css").status_code == 200
    assert "addEventListener" in client.get("/worklist/static/app.js").text


def test_excerpts_without_document_source(env: dict[str, Any]) -> None:
    chart = sample("aatd-010")
    chart["chart_id"] = "no-source-1"
    item_id = env["client"].post("/v1/worklist/charts", json=chart, headers=auth(env)).json()["item_id"]
    client = new_client(env)
    ui_login(client)
    page = client.get(f"/worklist/items/{item_id}").text
    assert "showing the passages the report quotes" in page and "<mark" in page


def test_no_note_text_in_logs(env: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    chart = copy.deepcopy(sample("aatd-005"))
    chart["chart_id"] = "log-1"
    marker = "ZEBRA-UNIQUE-NOTE-TEXT"
    chart["documents"][0]["text"] += f"\n{marker}"
    with caplog.at_level("DEBUG"):
        env["client"].post("/v1/worklist/charts", json=chart, headers=auth(env))
        item_id = env["client"].get("/v1/worklist/charts/log-1", headers=auth(env)).json()["id"]
        env["client"].get(f"/v1/worklist/items/{item_id}/report", headers=auth(env))
    assert marker not in caplog.text
