"""One credential scheme for the service's keys and the worklist's users, HMAC CSRF tokens with a server
secret, one ``get_checker``; migrations in the lifespan, never in ``create_app``; a check service with no
database writes no file."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

import nlp_checker_service
from nlp_checker_service import keys as service_keys
from nlp_checker_service.app import create_app
from nlp_checker_service.deps import get_checker
from nlp_checker_service.settings import Settings
from nlp_checker_service.worklist import deps as worklist_deps
from nlp_checker_service.worklist.deps import SESSION_COOKIE, csrf_token_for
from nlp_checker_worklist import Store, usecases
from nlp_checker_worklist import auth as wl_auth
from tests.conftest import CORPUS

SERVICE_KEY = wl_auth.new_key()
CSRF_SECRET = "auth-test-csrf-secret"


def _chart() -> dict[str, Any]:
    return json.loads((CORPUS / "charts" / "aatd-001.json").read_text())


# --- one scheme ---------------------------------------------------------------------------------------------


def test_one_implementation_for_both_kinds_of_key() -> None:
    for name in ("KeyVerifier", "hash_key", "parse_key_hash", "new_key"):
        assert getattr(service_keys, name) is getattr(wl_auth, name), name
    # The worklist stores its key hashes in the format the service's configuration reads.
    secret = "a-random-token-secret"
    stored = wl_auth.hash_secret(secret)
    assert re.fullmatch(r"sha256\$[0-9a-f]{32}\$[0-9a-f]{64}", stored)
    assert wl_auth.KeyVerifier.from_config([stored]).verify(secret)
    assert wl_auth.verify_secret(secret, service_keys.hash_key(secret))


def test_one_prefix_per_purpose() -> None:
    service_key = service_keys.new_key()
    user_key = wl_auth.new_token(wl_auth.API_KEY_PREFIX)[0]
    session = wl_auth.new_token(wl_auth.SESSION_PREFIX)[0]
    assert [wl_auth.token_purpose(t) for t in (service_key, user_key, session)] == ["nlpk", "nlpc", "nlps"]
    assert len({t.split("_")[0] for t in (service_key, user_key, session)}) == 3
    assert wl_auth.token_purpose("garbage") is None


def test_one_get_checker() -> None:
    definitions = [
        path
        for path in Path(nlp_checker_service.__file__).parent.rglob("*.py")
        if re.search(r"^(async )?def get_checker\b", path.read_text(), re.MULTILINE)
    ]
    assert [p.name for p in definitions] == ["deps.py"] and definitions[
        0
    ].parent.name == "nlp_checker_service"
    assert worklist_deps.get_checker is get_checker


# --- CSRF ---------------------------------------------------------------------------------------------------


def test_csrf_token_is_an_hmac_of_the_session_with_the_server_secret() -> None:
    token = "nlps_0123456789abcdef_secret"
    expected = hmac.new(b"server-secret", token.encode(), hashlib.sha256).hexdigest()
    assert csrf_token_for(token, "server-secret") == expected
    assert csrf_token_for(token, "another-secret") != expected
    unkeyed = hashlib.sha256(b"nlp-checker worklist csrf v1\0" + token.encode()).hexdigest()
    assert expected != unkeyed  # the old token, computable by anyone who knows the session token


@pytest.fixture()
def worklist(tmp_path: Path, checker: Any) -> dict[str, Any]:
    url = f"sqlite:///{tmp_path / 'wl.sqlite3'}"
    store = Store(url)
    store.migrate()
    with store.session() as s:
        _, user_key = usecases.bootstrap(s, "org", "admin", "admin-password-1")
    return {"url": url, "store": store, "user_key": user_key, "checker": checker}


def _app(env: dict[str, Any], **settings: Any) -> Any:
    app = create_app(Settings(api_keys=[wl_auth.hash_key(SERVICE_KEY)], database_url=env["url"], **settings))
    app.state.checker = env["checker"]
    return app


def _login(client: TestClient) -> str:
    answer = client.post("/v1/worklist/session", json={"username": "admin", "password": "admin-password-1"})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["csrf_token"])


def test_configured_csrf_secret_keys_the_tokens(worklist: dict[str, Any]) -> None:
    with TestClient(_app(worklist, csrf_secret=CSRF_SECRET)) as client:
        csrf = _login(client)
        session = client.cookies.get(SESSION_COOKIE)
        assert csrf == hmac.new(CSRF_SECRET.encode(), session.encode(), hashlib.sha256).hexdigest()
        unkeyed = hashlib.sha256(b"nlp-checker worklist csrf v1\0" + session.encode()).hexdigest()
        refused = client.delete("/v1/worklist/session", headers={"X-CSRF-Token": unkeyed})
        assert refused.status_code == 403
        assert client.delete("/v1/worklist/session", headers={"X-CSRF-Token": csrf}).status_code == 204


def test_generated_csrf_secret_is_kept_per_deployment(worklist: dict[str, Any], tmp_path: Path) -> None:
    """Unset, the secret is generated once and kept in the store: every worker of the deployment agrees."""
    with TestClient(_app(worklist)) as one, TestClient(_app(worklist)) as two:
        csrf = _login(one)
        two.cookies.set(SESSION_COOKIE, one.cookies.get(SESSION_COOKIE))
        assert two.get("/v1/worklist/me").json()["csrf_token"] == csrf
    secret = worklist["store"].deployment_secret("csrf")
    assert csrf == csrf_token_for(one.cookies.get(SESSION_COOKIE), secret)
    other = Store(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    other.migrate()
    assert other.deployment_secret("csrf") != secret


# --- keys in the wrong place --------------------------------------------------------------------------------


def test_a_key_opens_only_its_own_routes(worklist: dict[str, Any]) -> None:
    with TestClient(_app(worklist, csrf_secret=CSRF_SECRET)) as client:
        user = {"Authorization": f"Bearer {worklist['user_key']}"}
        service = {"X-API-Key": SERVICE_KEY}
        assert client.post("/v1/check", json=_chart(), headers=service).status_code == 200
        assert client.get("/v1/worklist/me", headers=user).status_code == 200
        wrong = client.post("/v1/check", json=_chart(), headers=user)
        assert wrong.status_code == 403 and "worklist" in wrong.json()["message"]
        wrong = client.get("/v1/worklist/me", headers=service)
        assert wrong.status_code == 401 and "service API key" in wrong.json()["message"]


def test_old_worklist_hashes_are_re_encoded_by_the_migration(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    store.migrate()
    with store.session() as s:
        _, key = usecases.bootstrap(s, "org", "admin", "admin-password-1")
    # Back to revision 0002 (the ORM writes today's columns): 0003's downgrade stores the hashes as 0002 did.
    from alembic import command

    from nlp_checker_worklist.store import alembic_config

    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    # What revision 0002 stored: sha256$<b64 salt>$<b64 digest> (not hex).
    with store.engine.begin() as conn:
        stored = conn.execute(text("SELECT secret_hash FROM wl_api_keys")).scalar_one()
        _, _salt, digest = stored.split("$")
        assert len(digest) != 64 and base64.urlsafe_b64decode(digest + "=" * (-len(digest) % 4))
    store.migrate()
    with store.session() as s:
        assert usecases.authenticate_api_key(s, key).username == "admin"


# --- construction writes nothing ----------------------------------------------------------------------------


def test_check_service_without_a_database_writes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NLP_CHECKER_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    app = create_app(Settings(api_keys=[wl_auth.hash_key(SERVICE_KEY)]))
    with TestClient(app) as client:  # the real lifespan: builds its own Checker
        answer = client.post("/v1/check", json=_chart(), headers={"X-API-Key": SERVICE_KEY})
        assert answer.status_code == 200
        assert client.get("/v1/worklist/items").status_code == 404  # no database, no worklist
    assert list(tmp_path.iterdir()) == []


def test_create_app_does_not_migrate_the_lifespan_does(tmp_path: Path, checker: Any) -> None:
    database = tmp_path / "lazy.sqlite3"
    app = create_app(Settings(api_keys=[wl_auth.hash_key(SERVICE_KEY)], database_url=f"sqlite:///{database}"))
    assert not database.exists()
    app.state.checker = checker
    with TestClient(app):
        assert app.state.worklist_store.is_current()
