"""The coder's day in a real browser (issue 10): Chromium via Playwright at 1366x768, with an axe-core audit
(WCAG 2.1 A/AA: no critical or serious violation) of every page visited.

- the queue: one line per row, 15 rows on the screen, first chart within 3 Tab presses, j/k navigation;
- the claim lines and the override: aatd-008 (J0256 x4,920 where 492 are due, expired lot) is blocked for
  the coder with the reason shown, and moves to ready only with a reviewer's override and reason (audit,
  CSV);
- the non-A1PI state: aatd-033 (99204 + 94060) is "not an A1PI claim", hidden by default, never queried;
- the verdict loop: mark a wrong finding, `worklist export-annotations`, `nlp-checker evaluate`, and the
  figure shown on the worklist changes and equals the evaluation's.

Screenshots: docs/screenshots/worklist-queue.png and worklist-item.png (the README shows them)."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# axe-core from the npm registry, pinned in package.json / package-lock.json (`npm ci`, which .ci/run runs).
AXE = Path(__file__).resolve().parents[3] / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
    pytest.mark.skipif(
        not AXE.exists(),
        reason="axe-core is not installed (node_modules/axe-core/axe.min.js): "
        "run `npm ci --no-audit --no-fund`",
    ),
]

from nlp_checker import Checker  # noqa: E402
from nlp_checker.ingest import parse_chart  # noqa: E402
from nlp_checker_service.app import create_app  # noqa: E402
from nlp_checker_service.keys import hash_key  # noqa: E402
from nlp_checker_service.settings import Settings  # noqa: E402
from nlp_checker_worklist import Store  # noqa: E402
from nlp_checker_worklist import usecases as service  # noqa: E402
from tests.conftest import CORPUS  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "docs" / "screenshots"
VIEWPORT = {"width": 1366, "height": 768}
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]
PASSWORDS = {"casey": "casey-coder-pw-1", "riley": "riley-review-pw-1"}
CHARTS = [f"aatd-{n:03d}" for n in range(1, 21)] + ["aatd-033", "aatd-036"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, checker: Checker) -> Iterator[dict[str, Any]]:
    import uvicorn

    url = f"sqlite:///{tmp_path_factory.mktemp('coder-ui') / 'wl.sqlite3'}"
    store = Store(url)
    store.migrate()
    charts = [json.loads((CORPUS / "charts" / f"{name}.json").read_text()) for name in CHARTS]
    with store.session() as s:
        service.bootstrap(s, "default", "admin", "admin-password-1")
        admin = service.actor_for(s, "admin")
        service.create_user(s, admin, "casey", "coder", password=PASSWORDS["casey"], display_name="Casey")
        service.create_user(s, admin, "riley", "reviewer", password=PASSWORDS["riley"], display_name="Riley")
        parsed = [parse_chart(c) for c in charts]
        for chart, report in zip(parsed, checker.check_many(parsed), strict=True):
            service.load_report(s, admin, chart, report)
    app = create_app(Settings(api_keys=[hash_key("coder-browser-service-key")], database_url=url))
    app.state.checker = checker
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield {"url": f"http://127.0.0.1:{port}", "store": store, "database_url": url}
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


def _page(browser: Any, server: dict[str, Any], user: str) -> tuple[Any, Any]:
    from playwright.sync_api import expect

    # bypass_csp: only so the test can inject axe-core; the pages' own CSP is tested elsewhere.
    context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{server['url']}/worklist/login")
    page.get_by_label("User name").fill(user)
    page.get_by_label("Password").fill(PASSWORDS[user])
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Worklist", exact=True)).to_be_visible()
    return context, page


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Critical and serious WCAG 2.1 A/AA violations of the page (axe-core, installed from npm)."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async () => {
            const result = await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
            return result.violations.map(v => ({id: v.id, impact: v.impact,
                targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    return [v for v in found if v["impact"] in ("critical", "serious")]


def _item_id(store: Store, chart_id: str) -> int:
    with store.session() as s:
        return service.find_item(s, service.actor_for(s, "admin"), chart_id).id


def test_queue_at_a_glance_and_by_keyboard(server: dict[str, Any], browser: Any) -> None:
    from playwright.sync_api import expect

    context, page = _page(browser, server, "casey")
    try:
        rows = page.locator("table.worklist tbody tr")
        expect(rows.first).to_be_visible()
        heights = {round(box["height"]) for box in (r.bounding_box() for r in rows.all()) if box}
        assert max(heights) <= 34, heights  # one line per row
        on_screen = [b for b in (r.bounding_box() for r in rows.all()) if b and b["y"] + b["height"] <= 768]
        assert len(on_screen) >= 15, len(on_screen)
        assert "aatd-033" not in page.locator("table.worklist").inner_text()  # not A1PI: hidden by default
        # Statuses and gap kinds by text and icon, money as money.
        first = rows.first.inner_text()
        assert "New" in first and ("conflict" in first or "missing" in first) and "$" in first
        page.screenshot(path=str(SHOTS / "worklist-queue.png"))
        # Keyboard: the first chart within 3 Tab presses, then j/k between charts.
        page.goto(f"{server['url']}/worklist/")
        first_href = page.locator("a.chart-link").first.get_attribute("href")
        for _ in range(3):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.getAttribute('href')") == first_href:
                break
        assert page.evaluate("document.activeElement.getAttribute('href')") == first_href
        page.keyboard.press("j")
        expect(page.locator("a.chart-link").first).to_be_focused()
        page.keyboard.press("j")
        expect(page.locator("a.chart-link").nth(1)).to_be_focused()
        page.keyboard.press("k")
        expect(page.locator("a.chart-link").first).to_be_focused()
        # Sortable headers (sorted in SQL) and the search.
        page.get_by_role("link", name="Chart", exact=True).click()
        expect(page.locator("a.chart-link").first).to_have_text("aatd-036")  # descending first
        page.get_by_label("Chart id / account").fill("aatd-00")
        page.get_by_role("button", name="Apply").click()
        expect(page.locator("a.chart-link")).to_have_count(9)
        assert axe_violations(page) == []
    finally:
        context.close()


def test_claim_lines_and_the_reviewer_override(server: dict[str, Any], browser: Any) -> None:
    from playwright.sync_api import expect

    item_url = f"{server['url']}/worklist/items/{_item_id(server['store'], 'aatd-008')}"
    context, page = _page(browser, server, "casey")
    try:
        page.goto(item_url)
        expect(page.locator("#claim-summary")).to_have_text("J0256 x 4,920; J0256-JW x 8")
        claim = page.locator("#claim-lines table")
        expect(claim).to_contain_text("Prolastin-C")
        expect(claim.locator("tbody tr").first).to_contain_text("492")
        expect(claim.locator("tbody tr").first).to_contain_text("differs")
        expect(claim.locator("tbody tr").nth(1)).to_contain_text("matches")
        # Evidence: gap and met highlights differ; documents by type and date, sections in words.
        assert page.locator("mark.ev-gap").count() > 0 and page.locator("mark.ev-met").count() > 0
        expect(page.get_by_role("heading", name="Infusion record 02/10/2026")).to_be_visible()
        assert "Document d1" not in page.content()
        page.get_by_role("button", name="Move to in review").click()
        expect(page.locator("#current-status")).to_have_text("in review")
        blocked = page.get_by_role("button", name="Move to ready (blocked)")
        expect(blocked).to_be_disabled()
        expect(page.locator("#gates-why")).to_contain_text("needs a reviewer's override")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SHOTS / "worklist-item.png"))
        assert axe_violations(page) == []
    finally:
        context.close()
    context, page = _page(browser, server, "riley")
    try:
        page.goto(item_url)
        page.get_by_label("Override reason", exact=False).fill(
            "Lot expiry checked with pharmacy; units fixed on the claim"
        )
        page.get_by_role("button", name="Move to ready").click()
        expect(page.locator("#current-status")).to_have_text("ready")
        expect(page.locator("#override-note")).to_contain_text("Lot expiry checked with pharmacy")
        exported = page.request.get(f"{server['url']}/v1/worklist/items.csv?status=ready").text()
        row = next(r for r in csv.DictReader(io.StringIO(exported)) if r["chart_id"] == "aatd-008")
        assert row["override_reason"].startswith("Lot expiry checked") and row["override_by"] == "riley"
        assert axe_violations(page) == []
    finally:
        context.close()


def test_chart_without_a1pi_line_is_its_own_state(server: dict[str, Any], browser: Any) -> None:
    from playwright.sync_api import expect

    context, page = _page(browser, server, "casey")
    try:
        page.get_by_label("Status").select_option("not_a1pi")
        page.get_by_role("button", name="Apply").click()
        charts = page.locator("a.chart-link").all_inner_texts()
        assert "aatd-033" in charts and "aatd-001" not in charts
        expect(page.locator("table.worklist")).to_contain_text("Not an A1PI claim")
        page.get_by_role("link", name="aatd-033").first.click()
        expect(page.locator("#not-a1pi")).to_contain_text("Not an A1PI claim")
        expect(page.locator("#claim-summary")).to_have_text("99204 x 1; 94060 x 1")
        expect(page.get_by_role("button", name="Send query")).to_have_count(0)
        assert "document the diagnosis" not in page.content().lower()
        assert axe_violations(page) == []
    finally:
        context.close()


def test_verdict_loop_changes_the_sites_figures(server: dict[str, Any], browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect
    from typer.testing import CliRunner

    from nlp_checker.cli import app as cli
    from nlp_checker_worklist.cli import worklist_app

    context, page = _page(browser, server, "casey")
    try:
        expect(page.locator("#fig-precision")).to_have_count(0)  # no verdict yet
        page.goto(f"{server['url']}/worklist/items/{_item_id(server['store'], 'aatd-001')}")
        # A requirement status marked wrong first: the figures appear, precision still 1.
        page.locator("#req-response_to_therapy details.verdict summary").click()
        page.locator("#req-response_to_therapy").get_by_role("button", name="Mark status wrong").click()
        page.goto(f"{server['url']}/worklist/")
        expect(page.locator("#fig-precision")).to_have_text("1.000")
        before = page.locator("#fig-accuracy").inner_text()
        # Mark a wrong finding (the lot number): precision drops.
        page.goto(f"{server['url']}/worklist/items/{_item_id(server['store'], 'aatd-001')}")
        page.locator("#findings-list summary").click()
        row = page.locator("table.findings tbody tr", has_text="lot number").first
        row.get_by_role("button", name="Mark wrong").click()
        expect(page.get_by_role("status")).to_contain_text("Verdict recorded")
        expect(page.locator("#verdicts")).to_contain_text("lot number finding")
        assert axe_violations(page) == []
        page.goto(f"{server['url']}/worklist/")
        shown = float(page.locator("#fig-precision").inner_text())
        assert shown < 1.0 and page.locator("#fig-accuracy").inner_text() == before
    finally:
        context.close()
    # Export the annotations and evaluate: the same figure as the page.
    runner = CliRunner()
    out = tmp_path / "site"
    exported = runner.invoke(
        worklist_app, ["export-annotations", str(out), "--database-url", server["database_url"]]
    )
    assert exported.exit_code == 0, exported.output
    assert (out / "charts" / "aatd-001.json").exists() and (out / "gold" / "aatd-001.json").exists()
    evaluated = runner.invoke(cli, ["evaluate", str(out)])
    figures = json.loads(evaluated.output)
    assert figures["finding_micro"]["precision"] == pytest.approx(shown, abs=0.001)
    assert figures["requirement_accuracy"] < 1.0
