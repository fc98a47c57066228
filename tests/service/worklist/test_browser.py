"""The worklist web UI in a real browser: Playwright drives Debian's Chromium (/usr/bin/chromium, never a
downloaded one) against the app served by uvicorn on 127.0.0.1 in a background thread. A coder logs in,
filters the list, opens an item, sees the evidence marked in the document text, moves the item new ->
in_review -> ready, and composes and sends a query on another item. Skipped only without Chromium."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
]


from nlp_checker import Checker  # noqa: E402
from nlp_checker.ingest import parse_chart  # noqa: E402
from nlp_checker_service.app import create_app  # noqa: E402
from nlp_checker_service.keys import hash_key  # noqa: E402
from nlp_checker_service.settings import Settings  # noqa: E402
from nlp_checker_worklist import Store  # noqa: E402
from nlp_checker_worklist import usecases as service  # noqa: E402
from tests.conftest import CORPUS  # noqa: E402

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "coder-password"
SCREENSHOT = Path("/tmp/worklist-item.png")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, checker: Checker) -> Iterator[dict[str, Any]]:
    import uvicorn

    url = f"sqlite:///{tmp_path_factory.mktemp('worklist-ui') / 'wl.sqlite3'}"
    store = Store(url)
    store.migrate()
    charts = {
        name: json.loads((CORPUS / "charts" / f"{name}.json").read_text())
        for name in ("aatd-001", "aatd-013", "aatd-029", "aatd-034")
    }
    with store.session() as s:
        service.bootstrap(s, "org-ui", "admin", "admin-password")
        admin = service.actor_for(s, "admin")
        service.create_user(s, admin, "coder", "coder", password=PASSWORD, display_name="Casey Coder")
        for chart in charts.values():
            service.load_chart(s, admin, parse_chart(chart), checker)

    # The service as deployed: create_app mounts the worklist on the same database (document texts come
    # from the store, pages get the service's security headers).
    app = create_app(Settings(api_keys=[hash_key("browser-test-service-key")], database_url=url))
    app.state.checker = checker

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield {"url": f"http://127.0.0.1:{port}", "store": store}
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        store.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _item_id(store: Store, chart_id: str) -> int:
    with store.session() as s:
        return service.find_item(s, service.actor_for(s, "admin"), chart_id).id


def test_coder_works_an_item_to_ready_and_sends_a_query(server: dict[str, Any], browser: Any) -> None:
    from playwright.sync_api import expect

    base = server["url"]
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        # Login (the list redirects to the login page and back).
        page.goto(f"{base}/worklist/")
        expect(page).to_have_url(f"{base}/worklist/login?next=/worklist/")
        page.get_by_label("User name").fill("coder")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_role("heading", name="Worklist")).to_be_visible()
        expect(page.locator("table.worklist tbody tr")).to_have_count(4)

        # Filter: commercial charts only (aatd-029, aatd-034), then a requirement filter.
        page.get_by_label("Payer profile").select_option("commercial")
        page.get_by_role("button", name="Apply").click()
        expect(page.locator("table.worklist tbody tr")).to_have_count(2)
        expect(page.get_by_role("link", name="aatd-001")).to_have_count(0)
        page.get_by_label("Open gap").select_option("fev1_range")
        page.get_by_role("button", name="Apply").click()
        expect(page.locator("table.worklist tbody tr")).to_have_count(2)
        assert "requirement_id=fev1_range" in (
            page.get_by_role("link", name="Export CSV").get_attribute("href") or ""
        )
        page.get_by_role("link", name="Clear").click()
        expect(page.locator("table.worklist tbody tr")).to_have_count(4)

        # Open an item: the evidence is marked in the document text.
        page.get_by_role("link", name="aatd-013").click()
        expect(page.get_by_role("heading", name="Chart aatd-013")).to_be_visible()
        marks = page.locator(".doc-text mark")
        assert marks.count() > 0
        with server["store"].session() as s:
            report = service.get_report(
                s, service.actor_for(s, "admin"), _item_id(server["store"], "aatd-013")
            )
        quotes = {e.text for r in report.report.requirements for e in r.evidence}
        assert quotes & set(marks.all_inner_texts())

        # Selecting a requirement highlights (and focuses) its evidence.
        link = page.locator("a.req-link").first
        requirement = link.get_attribute("data-req")
        link.click()
        active = page.locator("mark.active")
        expect(active.first).to_be_visible()
        assert all(requirement in (m.get_attribute("data-req") or "").split() for m in active.all())
        expect(page.locator(f"mark#{(link.get_attribute('href') or '#').lstrip('#')}")).to_be_focused()

        # Only allowed transitions are offered; new -> in_review -> ready.
        expect(page.get_by_role("button", name="Move to ready")).to_have_count(0)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOT), full_page=False)
        page.get_by_role("button", name="Move to in review").click()
        expect(page.get_by_role("status")).to_have_text("Status changed.")
        expect(page.locator("#current-status")).to_have_text("in review")
        # aatd-013 has open gaps: a coder sees why "ready" is blocked (a reviewer's override is needed).
        expect(page.get_by_role("button", name="Move to ready (blocked)")).to_be_disabled()
        expect(page.locator("#gates-why")).to_contain_text("reviewer's override")

        # Compose and send a query on another item: the draft is editable, sending records it.
        page.goto(f"{base}/worklist/items/{_item_id(server['store'], 'aatd-034')}")
        textarea = page.get_by_label("Query text (edit before sending)")
        draft = textarea.input_value()
        assert draft.startswith("Documentation clarification request\nEncounter aatd-034")
        textarea.fill(draft + "\nPlease reply within 5 business days.")
        page.get_by_label("Recipient (optional)").fill("Dr. Rivera")
        page.get_by_role("button", name="Send query").click()
        expect(page.get_by_role("status")).to_have_text("Query sent and recorded in the audit trail.")
        expect(page.locator("#current-status")).to_have_text("query sent")
        expect(page.locator("#history")).to_contain_text("to Dr. Rivera")
        expect(page.locator("#history table.audit")).to_contain_text("query sent")

        # Keyboard: the skip link is the first tab stop and moves to the main content.
        page.goto(f"{base}/worklist/")
        page.keyboard.press("Tab")
        expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
        page.keyboard.press("Enter")
        expect(page).to_have_url(f"{base}/worklist/#main")

        page.get_by_role("button", name="Log out").click()
        expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    finally:
        context.close()
    with server["store"].session() as s:
        actor = service.actor_for(s, "admin")
        assert service.get_item(s, actor, _item_id(server["store"], "aatd-013")).status == "in_review"
        queries = service.list_queries(s, actor, _item_id(server["store"], "aatd-034"))
        assert len(queries) == 1 and queries[0].text.endswith("Please reply within 5 business days.")
