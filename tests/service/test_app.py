"""HTTP service: every route through ``TestClient(create_app(test_settings))``, each error status, the
security headers, logs without note text, equality with the CLI, and one real uvicorn subprocess."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from typer.testing import CliRunner

from nlp_checker.cli import app as cli_app
from nlp_checker.report import to_markdown
from nlp_checker.requirements.models import CONTRACT_REQUIREMENTS
from nlp_checker_service import run as service_run
from nlp_checker_service.app import create_app
from nlp_checker_service.keys import KeyVerifier, hash_key, parse_key_hash
from nlp_checker_service.keys import main as keys_main
from nlp_checker_service.logging import JsonFormatter
from nlp_checker_service.middleware import BodyLimitMiddleware
from nlp_checker_service.settings import Settings
from tests.conftest import CORPUS, ROOT

KEY = "test-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}
LOG_KEY = "test-log-hash-key"
CHARTS = sorted((CORPUS / "charts").glob("*.json"))


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "api_keys": [hash_key(KEY)],
        "max_body_bytes": 64 * 1024,
        "max_documents": 5,
        "max_document_chars": 5_000,
        "max_batch_charts": 3,
        "log_hash_key": LOG_KEY,
    }
    return Settings(**(values | overrides))


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app(make_settings())) as test_client:
        yield test_client  # type: ignore[misc]


@pytest.fixture()
def chart() -> dict[str, Any]:
    return json.loads((CORPUS / "charts" / "aatd-003.json").read_text())


def post_check(client: TestClient, chart: Any, headers: dict | None = None, **kwargs: Any) -> Any:
    return client.post("/v1/check", json=chart, headers=headers or AUTH, **kwargs)


def error_of(response: Any) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error", "message", "request_id"}, body
    assert "Traceback" not in response.text
    return body  # type: ignore[no-any-return]


# ----------------------------------------------------------------------------------------------------
# routes
# ----------------------------------------------------------------------------------------------------


def test_check_returns_the_libraries_report(client: TestClient, chart: dict) -> None:
    response = post_check(client, chart)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    expected = client.app.state.checker.check(chart).model_dump(mode="json")  # type: ignore[attr-defined]
    assert response.json() == expected
    assert response.json()["schema_version"] == 1
    assert {r["id"] for r in response.json()["requirements"]} >= set(CONTRACT_REQUIREMENTS)


def test_check_markdown(client: TestClient, chart: dict) -> None:
    response = post_check(client, chart, params={"format": "markdown"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/markdown")
    assert response.text == to_markdown(client.app.state.checker.check(chart))  # type: ignore[attr-defined]
    assert response.text.startswith("# Gap report: aatd-003")


def test_check_accepts_x_api_key_header(client: TestClient, chart: dict) -> None:
    assert client.post("/v1/check", json=chart, headers={"X-API-Key": KEY}).status_code == 200


def test_profile_override(client: TestClient, chart: dict) -> None:
    response = post_check(client, chart, params={"profile": "commercial"})
    assert response.status_code == 200
    assert response.json()["profile"] == "commercial"


def test_batch_checks_every_chart_and_reports_bad_ones_by_index(client: TestClient, chart: dict) -> None:
    wrong_type = dict(chart, chart_id="enc-bad", documents=[{"id": "d1", "text": 42}])
    response = client.post("/v1/check/batch", json={"charts": [chart, wrong_type, [1, 2]]}, headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    assert (body["checked"], body["failed"]) == (1, 2)
    ok, bad, not_object = body["results"]
    assert ok["index"] == 0 and ok["status"] == "checked" and ok["report"]["chart_id"] == "aatd-003"
    assert bad == {
        "index": 1,
        "status": "error",
        "chart_id": "enc-bad",
        "error": "documents.0.text: Input should be a valid string",
    }
    assert not_object["index"] == 2 and not_object["chart_id"] is None
    assert "expected a chart object" in not_object["error"]


def test_batch_limits_apply_per_chart(client: TestClient, chart: dict) -> None:
    too_many = dict(chart, chart_id="enc-many", documents=chart["documents"] * 2)
    response = client.post("/v1/check/batch", json={"charts": [too_many, chart]}, headers=AUTH)
    body = response.json()
    assert (body["checked"], body["failed"]) == (1, 1)
    assert body["results"][0]["error"] == "documents: 10 documents; the limit is 5"


@pytest.mark.parametrize("charts", [[], "x"], ids=["empty", "not-a-list"])
def test_batch_shape_errors_are_422(client: TestClient, charts: Any) -> None:
    response = client.post("/v1/check/batch", json={"charts": charts}, headers=AUTH)
    assert response.status_code == 422
    assert error_of(response)["message"].startswith("charts")


def test_batch_over_the_configured_size_is_422(client: TestClient, chart: dict) -> None:
    response = client.post("/v1/check/batch", json={"charts": [chart] * 4}, headers=AUTH)
    assert response.status_code == 422
    assert error_of(response)["message"] == "charts: 4 charts; the limit is 3"


def test_ruleset(client: TestClient) -> None:
    response = client.get("/v1/ruleset", headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    info = client.app.state.checker.ruleset_info  # type: ignore[attr-defined]
    assert (body["id"], body["version"], body["hash"]) == (info.id, info.version, info.hash)
    assert body["hash"].startswith("sha256:")
    assert [r["id"] for r in body["requirements"]][: len(CONTRACT_REQUIREMENTS)] == list(
        CONTRACT_REQUIREMENTS
    )
    assert {"medicare", "medicaid", "commercial"} <= set(body["profiles"])
    assert set(CONTRACT_REQUIREMENTS) <= set(body["profiles"]["medicare"])
    assert {"J2252", "J0256", "J0257"} <= {c["code"] for c in body["codes"]}


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_not_ready_before_the_lifespan_ran(chart: dict) -> None:
    unstarted = TestClient(create_app(make_settings()))  # no `with`: the lifespan never runs
    assert unstarted.get("/healthz").status_code == 200
    assert error_of(unstarted.get("/readyz"))["error"] == "not_ready"
    assert unstarted.post("/v1/check", json=chart, headers=AUTH).status_code == 503


def test_metrics_after_a_check(client: TestClient, chart: dict) -> None:
    assert post_check(client, chart).status_code == 200
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'nlp_checker_charts_checked_total{complete="true",profile="medicaid"}' in text
    assert 'nlp_checker_requirement_status_total{requirement="lot_number",status="met"}' in text
    assert 'nlp_checker_requirement_status_total{requirement="prior_authorization",status="met"}' in text
    assert 'nlp_checker_http_requests_total{method="POST",route="/v1/check",status="200"}' in text
    assert (
        'nlp_checker_http_request_duration_seconds_bucket{le="0.1",method="POST",route="/v1/check"}' in text
    )
    assert "aatd-003" not in text


def test_docs_and_an_example_on_every_operation(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    for path, operations in schema["paths"].items():
        if path.startswith(("/v1/worklist", "/worklist")):
            continue  # worklist routes: documented by response models (tests/service/worklist/test_api.py)
        for method, operation in operations.items():
            text = json.dumps(operation)
            assert '"example' in text, f"{method.upper()} {path} has no worked example"
    assert {"HTTPBearer", "APIKeyHeader"} <= set(schema["components"]["securitySchemes"])


# ----------------------------------------------------------------------------------------------------
# authentication
# ----------------------------------------------------------------------------------------------------

V1_CALLS = [("post", "/v1/check"), ("post", "/v1/check/batch"), ("get", "/v1/ruleset")]


@pytest.mark.parametrize(("method", "path"), V1_CALLS)
def test_no_key_is_401(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, json={})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert error_of(response)["error"] == "unauthorized"


@pytest.mark.parametrize(("method", "path"), V1_CALLS)
@pytest.mark.parametrize(
    "headers", [{"Authorization": "Bearer wrong"}, {"X-API-Key": "wrong"}, {"X-API-Key": KEY + "x"}]
)
def test_wrong_key_is_403(client: TestClient, method: str, path: str, headers: dict) -> None:
    response = client.request(method, path, json={}, headers=headers)
    assert response.status_code == 403
    assert error_of(response)["error"] == "forbidden"


def test_no_keys_configured_refuses_everything(chart: dict) -> None:
    with TestClient(create_app(make_settings(api_keys=[]))) as refusing:
        assert refusing.post("/v1/check", json=chart, headers=AUTH).status_code == 403


def test_key_hash_formats_and_constant_time_verifier() -> None:
    sha = hash_key("k-1")
    pbkdf2 = hash_key("k-2", "pbkdf2_sha256", iterations=1_000)
    assert sha.startswith("sha256$") and pbkdf2.startswith("pbkdf2_sha256$1000$")
    verifier = KeyVerifier.from_config([sha, pbkdf2])
    assert verifier.verify("k-1") and verifier.verify("k-2") and verifier.verify("k-2")
    assert not verifier.verify("k-3") and not verifier.verify("")
    assert verifier.slow and not KeyVerifier.from_config([sha]).slow
    assert hash_key("k-1") != sha  # salted


@pytest.mark.parametrize("bad", ["plaintext-key", "sha256$zz$00", "pbkdf2_sha256$0$00$00", "md5$00$00"])
def test_malformed_key_hash_is_refused_without_echoing_it(bad: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_key_hash(bad)
    assert bad not in str(error.value)
    with pytest.raises(ValidationError):
        Settings(api_keys=[bad])


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = hash_key("a"), hash_key("b")
    monkeypatch.setenv("NLP_CHECKER_API_KEYS", f"{first},{second}")
    monkeypatch.setenv("NLP_CHECKER_MAX_BODY_BYTES", "2048")
    monkeypatch.setenv("NLP_CHECKER_LOG_LEVEL", "debug")
    monkeypatch.setenv("NLP_CHECKER_CORS_ORIGINS", '["https://coder.example"]')
    settings = Settings()
    assert settings.api_keys == [first, second]
    assert (settings.max_body_bytes, settings.log_level) == (2048, "DEBUG")
    assert settings.cors_origins == ["https://coder.example"]
    assert Settings.model_fields["cors_origins"].default_factory() == []  # type: ignore[misc]


def test_keys_helper_prints_a_key_and_its_hash(capsys: pytest.CaptureFixture[str]) -> None:
    assert keys_main(["hash"]) == 0
    lines = dict(line.split(":", 1) for line in capsys.readouterr().out.strip().splitlines())
    key, digest = lines["key"].strip(), lines["hash"].strip()
    assert KeyVerifier.from_config([digest]).verify(key)


# ----------------------------------------------------------------------------------------------------
# request limits and validation
# ----------------------------------------------------------------------------------------------------


def test_body_over_limit_by_content_length_is_413(client: TestClient) -> None:
    response = client.post("/v1/check", content=b"x" * (65 * 1024), headers=AUTH)
    assert response.status_code == 413
    assert error_of(response)["error"] == "body_too_large"


def test_chunked_body_over_limit_is_413(client: TestClient) -> None:
    chunks = iter([b"[" * 40_000, b"[" * 40_000])  # no Content-Length: sent chunked
    response = client.post("/v1/check", content=chunks, headers=AUTH | {"content-type": "application/json"})
    assert response.status_code == 413


def test_body_limit_middleware_stops_reading_chunks_past_the_limit() -> None:
    seen: list[int] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            seen.append(len(message.get("body", b"")))
            if not message.get("more_body"):
                break
        raise AssertionError("the app must not get the whole body")

    chunks = [{"type": "http.request", "body": b"x" * 400, "more_body": True} for _ in range(10)]
    sent: list[dict] = []

    async def receive() -> dict:
        return chunks.pop(0)

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/v1/check", "headers": []}
    asyncio.run(BodyLimitMiddleware(app, max_bytes=1000)(scope, receive, send))
    assert sent[0]["status"] == 413
    assert sum(seen) <= 1000 and len(chunks) == 7  # stopped at the third chunk


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/v1/check", content=b'{"chart_id": "x",', headers=AUTH | {"content-type": "application/json"}
    )
    assert response.status_code == 422
    body = error_of(response)
    assert body["error"] == "malformed_json"
    assert body["message"].startswith("malformed JSON at position 17")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"documents": [{"id": "d1", "text": 42}]}, "documents.0.text"),
        ({"chart_id": 7}, "chart_id"),
        ({"date_of_service": "yesterday"}, "date_of_service"),
        ({"claim_lines": [{"hcpcs": "J2252", "units": "ten"}]}, "claim_lines.0.units"),
        ({"documents": []}, "documents"),
    ],
)
def test_wrong_types_are_422_naming_the_field(
    client: TestClient, chart: dict, change: dict, field: str
) -> None:
    response = post_check(client, chart | change)
    assert response.status_code == 422
    body = error_of(response)
    assert body["error"] == "invalid_request"
    assert body["message"].startswith(field), body["message"]
    assert "42" not in body["message"] and "ten" not in body["message"]  # the input is not echoed


def test_missing_field_is_422(client: TestClient, chart: dict) -> None:
    del chart["chart_id"]
    assert error_of(post_check(client, chart))["message"] == "chart_id: Field required"


def test_too_many_documents_is_422(client: TestClient, chart: dict) -> None:
    chart["documents"] = chart["documents"] + [dict(chart["documents"][0], id="d6")]
    response = post_check(client, chart)
    assert response.status_code == 422
    assert error_of(response) | {"request_id": None} == {
        "error": "invalid_chart",
        "message": "documents: 6 documents; the limit is 5",
        "request_id": None,
    }


def test_oversized_document_is_422_naming_it(client: TestClient, chart: dict) -> None:
    chart["documents"][1] = {"id": "long-lab", "type": "lab_report", "text": "AAT 28 mg/dL. " * 400}
    response = post_check(client, chart)
    assert response.status_code == 422
    assert error_of(response)["message"] == "documents.1.text: 5,600 characters; the limit is 5,000"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"profile": "tricare"}, "profile: unknown profile; expected one of"),
        ({"format": "pdf"}, "query.format:"),
    ],
)
def test_bad_query_parameters_are_422(client: TestClient, chart: dict, params: dict, message: str) -> None:
    response = post_check(client, chart, params=params)
    assert response.status_code == 422
    assert error_of(response)["message"].startswith(message)


def test_unknown_profile_in_chart_is_422(client: TestClient, chart: dict) -> None:
    chart["payer"] = {"profile": "tricare"}
    message = error_of(post_check(client, chart))["message"]
    assert message.startswith("payer.profile: unknown profile; expected one of") and "tricare" not in message


def test_404_and_405_are_json(client: TestClient) -> None:
    missing = client.get("/v2/check", headers=AUTH)
    assert missing.status_code == 404 and error_of(missing)["error"] == "not_found"
    wrong_method = client.get("/v1/check", headers=AUTH)
    assert wrong_method.status_code == 405 and error_of(wrong_method)["error"] == "method_not_allowed"
    assert wrong_method.headers["allow"] == "POST"


def test_unexpected_error_is_a_json_500_without_details() -> None:
    app = create_app(make_settings())

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("patient note text that must not leak")

    with TestClient(app, raise_server_exceptions=False) as failing:
        response = failing.get("/boom", headers={"X-Request-ID": "req-500"})
    assert response.status_code == 500
    assert response.json() == {
        "error": "internal_error",
        "message": "internal server error",
        "request_id": "req-500",
    }
    assert "must not leak" not in response.text
    assert response.headers["x-request-id"] == "req-500"
    assert response.headers["x-content-type-options"] == "nosniff"


# ----------------------------------------------------------------------------------------------------
# headers: security, CORS, request id
# ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "headers"),
    [("post", "/v1/check", AUTH), ("post", "/v1/check", {}), ("get", "/v1/ruleset", AUTH)],
)
def test_security_headers_on_v1(
    client: TestClient, chart: dict, method: str, path: str, headers: dict
) -> None:
    response = client.request(method, path, json=chart, headers=headers)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-store"


def test_security_headers_outside_v1(client: TestClient) -> None:
    health = client.get("/healthz")
    assert health.headers["x-frame-options"] == "DENY" and "cache-control" not in health.headers
    docs = client.get("/docs")
    assert docs.headers["content-security-policy"] == "frame-ancestors 'none'"


def test_413_carries_the_security_headers(client: TestClient) -> None:
    response = client.post("/v1/check", content=b"x" * (65 * 1024), headers=AUTH)
    assert response.headers["cache-control"] == "no-store" and "x-request-id" in response.headers


def test_cors_is_closed_by_default(client: TestClient) -> None:
    preflight = client.options(
        "/v1/check", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in preflight.headers
    simple = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_cors_allows_configured_origins_only() -> None:
    app = create_app(make_settings(cors_origins=["https://coder.example"]))
    cors = TestClient(app)
    allowed = cors.options(
        "/v1/check", headers={"Origin": "https://coder.example", "Access-Control-Request-Method": "POST"}
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://coder.example"
    refused = cors.options(
        "/v1/check", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in refused.headers


def test_request_id_is_echoed_or_generated(client: TestClient) -> None:
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    generated = client.get("/healthz").headers["x-request-id"]
    assert len(generated) == 32 and int(generated, 16) >= 0
    unsafe = client.get("/healthz", headers={"X-Request-ID": "a b\tc" * 50}).headers["x-request-id"]
    assert len(unsafe) == 32


# ----------------------------------------------------------------------------------------------------
# logs
# ----------------------------------------------------------------------------------------------------


def test_logs_hold_no_note_text_values_or_chart_id(
    client: TestClient, chart: dict, caplog: pytest.LogCaptureFixture
) -> None:
    from nlp_checker_service.logging import ChartIdHasher

    with caplog.at_level(logging.DEBUG, logger="nlp_checker"):
        assert post_check(client, chart, headers=AUTH | {"X-Request-ID": "log-test"}).status_code == 200
        client.post("/v1/check/batch", json={"charts": [chart, {"chart_id": "enc-secret-1"}]}, headers=AUTH)
        post_check(client, dict(chart, chart_id="enc-secret-2", documents=[{"id": "d1", "text": 1}]))
    records = [r for r in caplog.records if r.name.startswith("nlp_checker")]
    assert records
    formatter = JsonFormatter()
    output = "\n".join(formatter.format(r) for r in records)
    lines = [json.loads(line) for line in output.splitlines()]
    access = [line for line in lines if line["logger"] == "nlp_checker.service" and line["msg"] == "request"]
    first = next(line for line in access if line["request_id"] == "log-test")
    assert first["route"] == "/v1/check" and first["status"] == 200 and first["method"] == "POST"
    assert first["documents"] == 5 and first["charts"] == 1 and "duration_ms" in first
    assert first["chart_ids"] == [ChartIdHasher(LOG_KEY.encode())("aatd-003")]
    for secret in ("aatd-003", "enc-secret-1", "enc-secret-2", KEY):
        assert secret not in output
    report = client.app.state.checker.check(chart)  # type: ignore[attr-defined]
    values = {str(f.value) for f in report.findings if isinstance(f.value, str) and len(str(f.value)) > 3}
    fragments = {
        line.strip() for d in chart["documents"] for line in d["text"].splitlines() if len(line) > 12
    }
    for text in values | fragments | {f.text for f in report.findings if len(f.text) > 6}:
        assert text not in output, text


def test_json_formatter_one_line_per_record() -> None:
    record = logging.LogRecord("nlp_checker.service", logging.INFO, __file__, 1, "request", None, None)
    record.route = "/v1/check"
    line = JsonFormatter().format(record)
    assert "\n" not in line
    assert json.loads(line) | {"ts": None, "pid": None} == {
        "ts": None,
        "pid": None,
        "level": "INFO",
        "logger": "nlp_checker.service",
        "msg": "request",
        "route": "/v1/check",
    }


# ----------------------------------------------------------------------------------------------------
# the CLI and the service give the same reports; `nlp-checker serve` runs uvicorn
# ----------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_service_reports_equal_cli_reports_for_every_sample(client: TestClient) -> None:
    result = CliRunner().invoke(cli_app, ["check", str(CORPUS / "charts"), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    cli_reports = {r["chart_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert len(cli_reports) == len(CHARTS) > 40
    for path in CHARTS:
        response = post_check(client, json.loads(path.read_text()))
        assert response.status_code == 200, path.name
        served = response.json()
        cli = cli_reports[served["chart_id"]]
        assert [(r["id"], r["status"]) for r in served["requirements"]] == [
            (r["id"], r["status"]) for r in cli["requirements"]
        ], path.name
        assert served["findings"] == cli["findings"], path.name
        assert served == cli, path.name


def test_serve_passes_an_import_string_and_factory_to_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, dict]] = []

    def fake_run(config: Any) -> None:
        calls.append((config.app, vars(config) | {"multiproc": os.environ.get("PROMETHEUS_MULTIPROC_DIR")}))

    monkeypatch.setattr(service_run, "run_config", fake_run)
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    monkeypatch.setenv("NLP_CHECKER_WORKERS", "3")
    service_run.serve("127.0.0.1", 8123, None)
    service_run.serve("127.0.0.1", 8123, 1)
    (app, many), (_, one) = calls
    assert app == "nlp_checker_service.app:create_app" and many["factory"] is True
    assert (many["workers"], many["port"], one["workers"]) == (3, 8123, 1)
    assert many["multiproc"] and not one["multiproc"]
    assert many["access_log"] is False
    assert many["timeout_worker_healthcheck"] == 30
    assert "PROMETHEUS_MULTIPROC_DIR" not in os.environ


def _free_port() -> int | None:
    try:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])
    except OSError:
        return None


def _http(url: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers=headers or {}, method="POST" if body else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.slow
def test_nlp_checker_serve_smoke(chart: dict, tmp_path: Path) -> None:
    port = _free_port()
    if port is None:
        pytest.skip("cannot bind a loopback port")
    env = os.environ | {"NLP_CHECKER_API_KEYS": hash_key(KEY), "NLP_CHECKER_LOG_LEVEL": "INFO"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "nlp_checker.cli", "serve", "--port", str(port), "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=sink,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    text = log.read_text()
                    if "address already in use" in text.lower() or "error while attempting to bind" in text:
                        pytest.skip("cannot bind the port")
                    pytest.fail(f"serve exited with {proc.returncode}: {text[-2000:]}")
                try:
                    if _http(f"http://127.0.0.1:{port}/readyz")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail("serve did not become ready in 30 s")
            headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
            status, body = _http(f"http://127.0.0.1:{port}/v1/check", json.dumps(chart).encode(), headers)
            assert status == 200
            served = json.loads(body)
            assert served["chart_id"] == "aatd-003" and served["requirements"]
            assert _http(f"http://127.0.0.1:{port}/v1/check", b"{}", {})[0] == 401
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    access = [line for line in lines if line.get("msg") == "request" and line.get("route") == "/v1/check"]
    assert {line["status"] for line in access} == {200, 401}
    assert "aatd-003" not in log.read_text() and KEY not in log.read_text()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"chart_id": "\xff\xfe"}', "malformed JSON: not valid UTF-8 (byte offset 14)"),
        (b"[" * 20_000 + b"]" * 20_000, "malformed JSON: nested too deeply"),
    ],
    ids=["not-utf8", "too-deep"],
)
def test_undecodable_json_is_422(client: TestClient, body: bytes, message: str) -> None:
    response = client.post("/v1/check", content=body, headers=AUTH | {"content-type": "application/json"})
    assert response.status_code == 422
    assert error_of(response) | {"request_id": None} == {
        "error": "malformed_json",
        "message": message,
        "request_id": None,
    }


def test_checks_run_off_the_event_loop_one_at_a_time(client: TestClient, chart: dict) -> None:
    import anyio
    import httpx

    real = client.app.state.checker  # type: ignore[attr-defined]
    app = create_app(make_settings())
    running = peak = 0

    class SlowChecker:
        profiles = real.profiles

        def check(self, chart: Any, profile: str | None = None) -> Any:
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            time.sleep(0.2)
            running -= 1
            return real.check(chart, profile=profile)

    async def scenario() -> tuple[Any, float, list[Any]]:
        app.state.checker = SlowChecker()
        app.state.check_limiter = anyio.CapacityLimiter(1)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            checks = [asyncio.create_task(http.post("/v1/check", json=chart, headers=AUTH)) for _ in range(3)]
            await asyncio.sleep(0.05)
            start = time.perf_counter()
            health = await http.get("/healthz")
            waited = time.perf_counter() - start
            return health, waited, list(await asyncio.gather(*checks))

    health, waited, checked = asyncio.run(scenario())
    assert health.status_code == 200 and waited < 0.15  # answered while the checks were running
    assert [r.status_code for r in checked] == [200, 200, 200]
    assert peak == 1  # check_concurrency = 1: one check at a time, the others queued
