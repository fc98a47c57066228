"""Deployment: the Dockerfile and compose.yaml, and their start-up sequence run without containers (no
container engine runs on the CI machine): migrate (compose's one-shot ``migrate`` service), then
``serve --workers 2`` with start-up migration off (compose's ``app``), ``/readyz``, ``/`` and a check.
Also the start-up fixes of ``serve``: the URLs in the log, why a worker is replaced, ``/`` redirects."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from nlp_checker_service import run as service_run
from nlp_checker_service.app import create_app
from nlp_checker_service.keys import hash_key
from nlp_checker_service.settings import Settings
from tests.conftest import CORPUS, ROOT

KEY = "deploy-test-key-0123456789"


def test_dockerfile_is_slim_non_root_with_rules_migrations_and_a_readyz_healthcheck() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    bases = re.findall(r"^FROM (\S+)", dockerfile, re.M)
    assert bases and all("-slim" in base for base in bases)
    assert re.search(r"^USER (?!root|0\b)\S+", dockerfile, re.M)
    assert re.search(r"^HEALTHCHECK .*?/readyz", dockerfile, re.M | re.S)
    assert "COPY patterns" in dockerfile  # the rules go into the wheel (force-include)
    assert "nlp_checker_worklist" in dockerfile  # with the Alembic revisions inside the package
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".git", "tests", "corpus_samples"} <= set(ignored)


def test_compose_runs_postgres_then_a_one_shot_migration_then_the_app() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"db", "migrate", "app"}
    assert services["db"]["image"].startswith("postgres:")
    assert "healthcheck" in services["db"]
    assert services["migrate"]["command"] == ["nlp-checker", "worklist", "migrate"]
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert services["migrate"]["restart"] == "no"
    app = services["app"]
    assert app["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert app["environment"]["NLP_CHECKER_MIGRATE_ON_START"] == "false"
    for name in ("migrate", "app"):
        url = services[name]["environment"]["NLP_CHECKER_DATABASE_URL"]
        assert url.startswith("postgresql+psycopg://") and "@db:5432/" in url


def test_root_redirects_to_the_worklist_or_the_api_docs(tmp_path: Path, checker) -> None:  # type: ignore[no-untyped-def]
    with_worklist = Settings(database_url=f"sqlite:///{tmp_path / 'w.sqlite3'}")
    for settings, target in [(with_worklist, "/worklist"), (Settings(database_url=None), "/docs")]:
        app = create_app(settings)
        app.state.checker = checker  # the session's Checker: no pipeline build per app
        with TestClient(app, follow_redirects=False) as client:
            response = client.get("/")
            assert response.status_code == 307 and response.headers["location"] == target


def test_worker_exit_reasons_and_urls() -> None:
    assert "SIGKILL" in service_run.exit_reason(-9) and "out-of-memory" in service_run.exit_reason(-9)
    assert "start-up failed" in service_run.exit_reason(3)
    assert service_run.service_urls("0.0.0.0", 8000, True) == {
        "home": "http://127.0.0.1:8000/",
        "api_docs": "http://127.0.0.1:8000/docs",
        "readyz": "http://127.0.0.1:8000/readyz",
        "worklist": "http://127.0.0.1:8000/worklist",
    }
    assert "worklist" not in service_run.service_urls("127.0.0.1", 8000, False)


# --- the start-up sequence, without containers ------------------------------------------------------


@pytest.fixture()
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh PostgreSQL database (as compose runs) when the local server answers, else a SQLite file."""
    server = os.environ.get(
        "NLP_CHECKER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    name = f"nlp_checker_deploy_{uuid.uuid4().hex[:8]}"
    try:
        import psycopg

        admin = server.replace("postgresql+psycopg", "postgresql")
        with psycopg.connect(admin, connect_timeout=3, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    except Exception:
        yield f"sqlite:///{tmp_path / 'worklist.sqlite3'}"
        return
    yield server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, connect_timeout=3, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _http(url: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, data=body, headers=headers or {}, method="POST" if body else "GET")
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.slow
def test_startup_sequence_migrate_serve_readyz_check(database_url: str, tmp_path: Path) -> None:
    cli = [sys.executable, "-c", "from nlp_checker.cli import main; main()"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLP_CHECKER_", "PROMETHEUS_"))}
    env |= {"NLP_CHECKER_DATABASE_URL": database_url}
    migrate = subprocess.run(
        [*cli, "worklist", "migrate"], env=env, capture_output=True, text=True, timeout=120
    )
    assert migrate.returncode == 0, migrate.stderr

    port = _free_port()
    env |= {"NLP_CHECKER_API_KEYS": hash_key(KEY), "NLP_CHECKER_MIGRATE_ON_START": "false"}
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [*cli, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        status = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status = _http(f"{base}/readyz")[0]
            except OSError:
                status = None
            if status == 200:
                break
            time.sleep(0.5)
        assert status == 200, log.read_text()[-3000:]
        code, headers, _ = _http(f"{base}/")
        assert code == 307 and headers["location"] == "/worklist"
        chart = (CORPUS / "charts" / "aatd-003.json").read_bytes()
        code, _, body = _http(
            f"{base}/v1/check", chart, {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
        )
        assert code == 200, body[:500]
        report = json.loads(body)
        assert report["chart_id"] == "aatd-003" and len(report["requirements"]) >= 15
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    started = [r for r in lines if r["msg"].startswith("nlp-checker serving on")]
    assert started and started[0]["urls"]["worklist"] == f"{base}/worklist"
    assert started[0]["urls"]["api_docs"] == f"{base}/docs"
    # Both workers came up once: none was replaced, none failed its start-up.
    assert not [r for r in lines if "starting a new one" in r["msg"] or "died" in r["msg"]], lines
    assert sum(r["msg"] == "Application startup complete." for r in lines) == 2
    text = json.loads(chart)["documents"][0]["text"]
    assert text[:60] not in log.read_text()
