"""The coder worklist store: every store test runs on SQLite (a temporary file) and on PostgreSQL
(127.0.0.1:5432/test, one throw-away schema per test, dropped afterwards; skipped only when the server is
unreachable). Override the server with NLP_CHECKER_TEST_POSTGRES_URL."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from pydantic import ValidationError
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from nlp_checker.errors import RulesetError
from nlp_checker.ingest import parse_chart
from nlp_checker.models import Chart, GapReport, RequirementResult
from nlp_checker_worklist import (
    Actor,
    AuthenticationFailed,
    Forbidden,
    IllegalTransition,
    InvalidRequest,
    ItemFilter,
    NotFound,
    StaleUpdate,
    Store,
    WorklistConfig,
    default_config,
    load_config,
)
from nlp_checker_worklist import auth as sec
from nlp_checker_worklist import (
    usecases as service,
)
from nlp_checker_worklist.models import ApiKey, Base, ProviderQuery, ReportVersion, User, WorklistItem
from nlp_checker_worklist.scoring import risk_score
from nlp_checker_worklist.store import current_revision, head_revision
from tests.conftest import CORPUS

PG_URL = os.environ.get("NLP_CHECKER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
RUN_ID = uuid.uuid4().hex[:8]


def _postgres_unreachable() -> str | None:
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        with psycopg.connect(PG_URL.replace("postgresql+psycopg", "postgresql"), connect_timeout=3):
            return None
    except psycopg.OperationalError as exc:
        return f"PostgreSQL at {PG_URL} is unreachable: {str(exc).strip().splitlines()[0]}"


_PG_REASON: list[str | None] = []


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Store]:
    if request.param == "sqlite":
        db = Store(f"sqlite:///{tmp_path / 'worklist.sqlite3'}")
        db.migrate()
        yield db
        db.dispose()
        return
    if not _PG_REASON:
        _PG_REASON.append(_postgres_unreachable())
    if _PG_REASON[0]:
        pytest.skip(_PG_REASON[0])
    import psycopg

    schema = f"wl_test_{RUN_ID}_{uuid.uuid4().hex[:8]}"
    plain = PG_URL.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    db = Store(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        db.migrate()
        yield db
    finally:
        db.dispose()
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def people(store: Store) -> dict[str, Actor]:
    """Organization A: admin, reviewer, coder1, coder2. Organization B: admin_b, coder_b."""
    with store.session() as s:
        service.bootstrap(s, "org-a", "admin", "admin-password")
        admin_actor = service.actor_for(s, "admin")
        for name, role in (("reviewer", "reviewer"), ("coder1", "coder"), ("coder2", "coder")):
            service.create_user(s, admin_actor, name, role, password=f"{name}-password")
        service.bootstrap(s, "org-b", "admin_b", "admin-b-password")
        service.create_user(s, service.actor_for(s, "admin_b"), "coder_b", "coder")
        return {
            n: service.actor_for(s, n)
            for n in ("admin", "reviewer", "coder1", "coder2", "admin_b", "coder_b")
        }


def _sample(name: str = "aatd-003") -> dict:
    return json.loads((CORPUS / "charts" / f"{name}.json").read_text())


def _without(chart: dict, *snippets: str) -> dict:
    chart = copy.deepcopy(chart)
    for document in chart["documents"]:
        for snippet in snippets:
            document["text"] = document["text"].replace(snippet, "")
    return chart


CONTRACT_IDS = [
    "aatd_diagnosis",
    "genotype",
    "serum_aat_level",
    "lung_disease_evidence",
    "patient_weight",
    "dose_administered",
    "dose_matches_weight",
    "units_match_dose",
    "wastage_documented",
    "lot_number",
    "expiration_date",
    "infusion_times",
    "response_to_therapy",
    "prior_authorization",
    "code_selection",
]
SEVERITY = {
    "lot_number": "low",
    "patient_weight": "medium",
    "infusion_times": "medium",
    "expiration_date": "medium",
}


def synthetic(
    chart_id: str,
    gaps: dict[str, str] | None = None,
    *,
    units: float = 100,
    code: str = "J0256",
    dos: str = "2026-03-04",
    profile: str = "medicare",
    payer: str = "Medicare Part B",
) -> tuple[Chart, GapReport]:
    """A chart and a hand-made report whose gaps are exactly ``gaps`` (id -> missing | conflict)."""
    gaps = gaps or {}
    chart = parse_chart(
        {
            "chart_id": chart_id,
            "date_of_service": dos,
            "payer": {"profile": profile, "name": payer},
            "claim_lines": [{"hcpcs": code, "units": units, "modifiers": ["JZ"]}],
            "documents": [{"id": "d1", "type": "progress_note", "text": "synthetic"}],
        }
    )
    requirements = [
        RequirementResult(
            id=rid,
            status=gaps.get(rid, "met"),  # type: ignore[arg-type]
            message=f"{rid} is {gaps.get(rid, 'met')}",
            remediation=f"Please document {rid}." if rid in gaps else None,
            severity=SEVERITY.get(rid, "high"),
        )
        for rid in CONTRACT_IDS
    ]
    report = GapReport(
        chart_id=chart_id,
        profile=profile,
        complete=not gaps,
        requirements=requirements,
        findings=[],
        date_of_service=dt.date.fromisoformat(dos),
    )
    return chart, report


def _load(
    store: Store, actor: Actor, chart: Any, report: GapReport | None = None, checker: Any = None
) -> Any:
    with store.session() as s:
        if report is None:
            return service.load_chart(
                s, actor, parse_chart(chart) if isinstance(chart, dict) else chart, checker
            )
        return service.load_report(s, actor, chart, report)


def _actions(store: Store, actor: Actor, item_id: int) -> list[str]:
    with store.session() as s:
        return [a.action for a in service.audit_trail(s, actor, item_id)]


# ------------------------------------------------------------------------------------------------ schema


def test_migrations_from_empty_database(store: Store) -> None:
    assert current_revision(store.engine) == head_revision() == "0005"
    tables = set(inspect(store.engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    store.migrate()  # idempotent
    assert store.is_current()
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"the models and the migrations differ: {diff}"


def test_migration_0005_makes_user_names_per_organization_and_keeps_every_row(store: Store) -> None:
    """0004 -> 0005 on a store with data: user names become unique per organization (before: a second
    "coder1" was refused in any organization), and rebuilding wl_users on SQLite deletes no API key, session
    or audit row (foreign keys are off for the rebuild, on again afterwards)."""
    from alembic import command

    from nlp_checker_worklist.models import AuditEntry, WebSession
    from nlp_checker_worklist.store import alembic_config

    with store.session() as s:
        _, key = service.bootstrap(s, "mig-a", "mig-admin", "mig-admin-password")
        service.login(s, "mig-admin", "mig-admin-password")
    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    with store.session() as s:
        counts = [s.scalar(select(func.count()).select_from(t)) for t in (ApiKey, WebSession, AuditEntry)]
    assert all(counts), counts
    store.migrate()
    with store.session() as s:
        assert [
            s.scalar(select(func.count()).select_from(t)) for t in (ApiKey, WebSession, AuditEntry)
        ] == counts
        assert service.authenticate_api_key(s, key).username == "mig-admin"
        service.bootstrap(s, "mig-b", "mig-admin", "mig-admin-b-password")  # the same name, another org
        names = s.scalars(select(User.username).where(User.username == "mig-admin")).all()
    assert len(names) == 2
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# ------------------------------------------------------------------------------------------------ loading


def test_load_is_idempotent_and_versions_changed_reports(store: Store, people: dict, checker: Any) -> None:
    admin = people["admin"]
    chart = _without(_sample(), "Lot #: LE12A034\n")
    first = _load(store, admin, chart, checker=checker)
    again = _load(store, admin, chart, checker=checker)
    assert first.created and first.new_version and first.report_version == 1
    assert not again.created and not again.new_version and again.item_id == first.item_id
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(WorklistItem)) == 1
        assert s.scalar(select(func.count()).select_from(ReportVersion)) == 1
        item = service.get_item(s, admin, first.item_id)
        assert [g.requirement_id for g in item.gaps] == ["lot_number"]
        assert item.billed_units == 500 and item.amount_at_stake == 2500.0  # J0257 435 + 65 units x 5.00
        assert item.profile == "medicaid" and item.date_of_service == dt.date(2026, 1, 13)

    changed = _load(store, admin, _sample(), checker=checker)  # the lot number arrived
    assert changed.new_version and changed.report_version == 2 and not changed.created
    with store.session() as s:
        versions = service.report_versions(s, admin, first.item_id)
        assert [v.version for v in versions] == [1, 2]
        assert versions[0].gaps == ["lot_number"] and versions[1].gaps == [] and versions[1].complete
        assert all(v.ruleset_hash and v.ruleset_hash.startswith("sha256:") for v in versions)
        assert s.scalar(select(func.count()).select_from(WorklistItem)) == 1
        item = service.get_item(s, admin, first.item_id)
        assert item.gaps == [] and item.complete and item.risk_score == 0
    # The same chart id in another organization is another item.
    other = _load(store, people["admin_b"], chart, checker=checker)
    assert other.created and other.item_id != first.item_id


# ------------------------------------------------------------------------------------------------ workflow


def test_legal_and_illegal_transitions(store: Store, people: dict) -> None:
    admin = people["admin"]
    item_id = _load(store, admin, *synthetic("c-1", {"lot_number": "missing"})).item_id
    with store.session() as s:
        view = service.get_item(s, admin, item_id)
        assert view.status == "new" and view.allowed_transitions == ["in_review", "query_sent", "on_hold"]
        with pytest.raises(IllegalTransition) as info:
            service.transition(s, admin, item_id, "submitted")
        assert info.value.allowed == ["in_review", "query_sent", "on_hold"]
        assert info.value.current == "new" and info.value.target == "submitted"
        with pytest.raises(InvalidRequest):
            service.transition(s, admin, item_id, "archived")
    path = ["in_review", "on_hold", "in_review", "ready", "submitted"]
    for status in path:
        with store.session() as s:
            reason = "payer confirmed by phone" if status == "ready" else None  # lot_number is open
            view = service.transition(s, admin, item_id, status, note="ok", override_reason=reason)
            assert view.status == status
    with store.session() as s, pytest.raises(IllegalTransition) as info:
        service.transition(s, admin, item_id, "in_review")
    assert info.value.allowed == []
    with store.session() as s:
        changes = [a.details for a in service.audit_trail(s, admin, item_id) if a.action == "status_changed"]
    assert [c["to"] for c in changes] == path and changes[0] == {
        "from": "new",
        "to": "in_review",
        "note": "ok",
    }


def test_open_gaps_block_ready_and_submitted_without_a_reviewers_override(store: Store, people: dict) -> None:
    """Issue 10, defect 1: aatd-008 (expired lot, J0256 x4,920 for 492 due) could go to ready and submitted
    with no warning. Now: GapsOpen naming the gaps; a coder cannot override; a reviewer's reason is kept
    on the item, in the audit trail and in the CSV export; a new report version drops the override."""
    from nlp_checker_worklist import GapsOpen

    coder, reviewer = people["coder1"], people["reviewer"]
    chart, report = synthetic("ovr-1", {"expiration_date": "conflict", "units_match_dose": "conflict"})
    item_id = _load(store, coder, chart, report).item_id
    with store.session() as s:
        service.transition(s, coder, item_id, "in_review")
    with store.session() as s, pytest.raises(GapsOpen) as info:
        service.transition(s, coder, item_id, "ready")
    assert info.value.gaps == ["expiration_date", "units_match_dose"]
    with store.session() as s, pytest.raises(Forbidden):
        service.transition(s, coder, item_id, "ready", override_reason="I think it is fine")
    with store.session() as s:
        reason = "lot re-verified with pharmacy"
        view = service.transition(s, reviewer, item_id, "ready", override_reason=reason)
        assert view.override_reason == "lot re-verified with pharmacy" and view.override_by == "reviewer"
    with store.session() as s:  # the recorded override carries to submitted
        assert service.transition(s, coder, item_id, "submitted").status == "submitted"
        audit = [a.details for a in service.audit_trail(s, reviewer, item_id) if a.action == "status_changed"]
        assert audit[1]["override_reason"] == "lot re-verified with pharmacy"
        assert audit[1]["override_gaps"] == ["expiration_date", "units_match_dose"]
        csv_text = service.export_csv(s, reviewer, ItemFilter(status=["submitted"]))
    header, row = csv_text.splitlines()[:2]
    assert "override_reason" in header and "lot re-verified with pharmacy" in row and "reviewer" in row
    # A changed report (new version) drops the override: it was given for the old one.
    chart2, report2 = synthetic("ovr-2", {"lot_number": "missing"})
    other = _load(store, coder, chart2, report2).item_id
    with store.session() as s:
        service.transition(s, coder, other, "in_review")
        service.transition(s, reviewer, other, "ready", override_reason="ok")
    chart2b, report2b = synthetic("ovr-2", {"lot_number": "missing", "genotype": "missing"})
    _load(store, coder, chart2b, report2b)
    with store.session() as s:
        assert service.get_item(s, coder, other).override_reason is None


def test_chart_without_an_a1pi_line_is_not_an_a1pi_claim(store: Store, people: dict, checker: Any) -> None:
    """Issue 10, defect 3: aatd-033 (99204 + 94060 for a referral) was queued as an A1PI claim with a draft
    asking to document an AATD diagnosis. Now it is `not_a1pi`, hidden from the default list, never queried;
    its header lists the real claim lines."""
    coder = people["coder1"]
    item_id = _load(store, coder, _sample("aatd-033"), checker=checker).item_id
    with store.session() as s:
        view = service.get_item(s, coder, item_id)
        assert view.status == "not_a1pi" and not view.a1pi_claim
        assert [(c["hcpcs"], c["units"]) for c in view.claim_lines] == [("99204", 1), ("94060", 1)]
        assert item_id not in [i.id for i in service.list_items(s, coder).items]
        hidden = service.list_items(s, coder, ItemFilter(status=["not_a1pi"]))
        assert [i.id for i in hidden.items] == [item_id]
        with pytest.raises(InvalidRequest):
            service.compose_queries(s, coder, item_id)


def test_query_sent_item_returns_to_review_when_queried_gaps_are_met(
    store: Store, people: dict, checker: Any
) -> None:
    coder = people["coder1"]
    full = _sample()
    neither = _without(full, "Lot #: LE12A034\n", "EXP: 2027-05-31\n")
    item_id = _load(store, coder, neither, checker=checker).item_id
    with store.session() as s:
        gaps = [g.requirement_id for g in service.get_item(s, coder, item_id).gaps]
        assert gaps == ["expiration_date", "lot_number"]
        draft = service.compose_queries(s, coder, item_id)
        sent = service.send_query(s, coder, item_id, draft.text + "\nEdited by coder.", draft.requirement_ids)
        assert sent.text.endswith("Edited by coder.")
        item = service.get_item(s, coder, item_id)
        assert item.status == "query_sent" and item.queried_requirements == ["expiration_date", "lot_number"]
    # The same documents again: nothing changes.
    again = _load(store, coder, neither, checker=checker)
    assert not again.new_version and again.status == "query_sent" and not again.reopened
    # Only the lot number arrives: one queried gap still open, the item waits.
    partial = _load(store, coder, _without(full, "EXP: 2027-05-31\n"), checker=checker)
    assert partial.new_version and partial.status == "query_sent" and not partial.reopened
    # The provider's addendum answers everything: back to review.
    answered = _load(store, coder, full, checker=checker)
    assert answered.reopened and answered.status == "in_review" and answered.report_version == 3
    with store.session() as s:
        trail = service.audit_trail(s, coder, item_id)
        reopen = [a for a in trail if a.action == "status_changed" and a.details.get("reason")]
        assert reopen[0].details["from"] == "query_sent" and reopen[0].details["to"] == "in_review"
        assert reopen[0].details["requirements"] == ["expiration_date", "lot_number"]
        assert service.get_item(s, coder, item_id).gaps == []


def test_stale_writer_gets_an_error_and_the_first_change_persists(store: Store, people: dict) -> None:
    admin, reviewer = people["admin"], people["reviewer"]
    item_id = _load(store, admin, *synthetic("c-1", {"lot_number": "missing"})).item_id
    first: Session = store.sessionmaker()
    second: Session = store.sessionmaker()
    try:
        # Both sessions hold the item as read (version 1), like two workers serving two coders.
        held = [first.get(WorklistItem, item_id), second.get(WorklistItem, item_id)]
        assert [h.version for h in held if h is not None] == [1, 1]
        service.transition(first, admin, item_id, "in_review")
        first.commit()
        with pytest.raises(StaleUpdate):
            service.assign(second, reviewer, item_id, people["coder1"].user_id)
        second.rollback()
    finally:
        first.close()
        second.close()
    with store.session() as s:
        item = service.get_item(s, admin, item_id)
        assert item.status == "in_review" and item.assignee_id is None and item.version == 2
        assert "assigned" not in [a.action for a in service.audit_trail(s, admin, item_id)]
    # Across requests: the version the client saw.
    with store.session() as s, pytest.raises(StaleUpdate):
        service.transition(s, admin, item_id, "ready", expected_version=1, override_reason="checked")
    with store.session() as s:
        view = service.transition(s, admin, item_id, "ready", expected_version=2, override_reason="checked")
        assert view.version == 3


def test_organization_isolation(store: Store, people: dict) -> None:
    item_id = _load(store, people["admin"], *synthetic("c-1", {"lot_number": "missing"})).item_id
    outsider = people["admin_b"]
    with store.session() as s:
        for call in (
            lambda: service.get_item(s, outsider, item_id),
            lambda: service.get_report(s, outsider, item_id),
            lambda: service.report_versions(s, outsider, item_id),
            lambda: service.compose_queries(s, outsider, item_id),
            lambda: service.transition(s, outsider, item_id, "in_review"),
            lambda: service.assign(s, outsider, item_id, outsider.user_id),
            lambda: service.send_query(s, outsider, item_id, "text", ["lot_number"]),
            lambda: service.audit_trail(s, outsider, item_id),
            lambda: service.find_item(s, outsider, "c-1"),
            lambda: service.update_user(s, outsider, people["coder1"].user_id, role="admin"),
        ):
            with pytest.raises(NotFound):
                call()
        assert service.list_items(s, outsider).total == 0
        assert len(service.export_csv(s, outsider).splitlines()) == 1
        assert {u.username for u in service.list_users(s, outsider)} == {"admin_b", "coder_b"}
    with store.session() as s, pytest.raises(NotFound):  # an item of A cannot go to a user of B
        service.assign(s, people["admin"], item_id, people["coder_b"].user_id)
    with store.session() as s:
        assert service.get_item(s, people["admin"], item_id).status == "new"


def test_role_rules(store: Store, people: dict) -> None:
    admin, reviewer, coder1, coder2 = (people[n] for n in ("admin", "reviewer", "coder1", "coder2"))
    assigned = _load(store, admin, *synthetic("c-1", {"lot_number": "missing"})).item_id
    free = _load(store, admin, *synthetic("c-2", {"lot_number": "missing"})).item_id
    with store.session() as s, pytest.raises(Forbidden):  # coders assign nobody else
        service.assign(s, coder1, assigned, coder2.user_id)
    with store.session() as s:  # "assign to me" on an unassigned item (issue 10)
        assert service.assign(s, coder2, assigned, coder2.user_id).assignee == "coder2"
    with store.session() as s, pytest.raises(Forbidden):  # but not an item someone else holds
        service.assign(s, coder1, assigned, coder1.user_id)
    with store.session() as s:
        assert service.assign(s, reviewer, assigned, coder1.user_id).assignee == "coder1"
    with store.session() as s, pytest.raises(Forbidden):
        service.transition(s, coder2, assigned, "in_review")
    with store.session() as s, pytest.raises(Forbidden):
        service.send_query(s, coder2, assigned, "text", ["lot_number"])
    with store.session() as s:
        assert service.transition(s, coder1, assigned, "in_review").status == "in_review"
        assert service.transition(s, coder2, free, "in_review").status == "in_review"  # unassigned
        assert service.transition(s, reviewer, assigned, "ready", override_reason="ok").status == "ready"
        assert service.assign(s, admin, assigned, None).assignee_id is None
        assert service.get_item(s, coder2, assigned).chart_id == "c-1"  # coders see the whole list
    for actor in (coder1, reviewer):
        with store.session() as s, pytest.raises(Forbidden):
            service.create_user(s, actor, "intruder", "admin")
        with store.session() as s, pytest.raises(Forbidden):
            service.update_user(s, actor, coder2.user_id, role="admin")
        with store.session() as s, pytest.raises(Forbidden):
            service.create_api_key(s, actor, user_id=admin.user_id)
    with store.session() as s, pytest.raises(Forbidden):
        service.audit_trail(s, coder1)  # the organization-wide trail
    with store.session() as s:
        assert service.update_user(s, admin, coder2.user_id, role="reviewer").role == "reviewer"
        assert {a.action for a in service.audit_trail(s, reviewer)} >= {
            "user_created",
            "assigned",
            "user_updated",
        }
        with pytest.raises(InvalidRequest):
            service.create_user(s, admin, "someone", "superuser")


# ------------------------------------------------------------------------------------------------ listing


@pytest.fixture
def listed(store: Store, people: dict) -> dict[str, int]:
    admin = people["admin"]
    specs = {
        # chart: gaps, units (J0256 at 5.00), date of service, profile
        "big-missing": ({"genotype": "missing"}, 400, "2026-03-01", "medicare"),  # 3 x 2000 = 6000
        "big-conflict": ({"genotype": "conflict"}, 400, "2026-03-02", "medicare"),  # 4.5 x 2000 = 9000
        "small-many": (
            {"genotype": "missing", "lot_number": "missing"},
            100,
            "2026-04-01",
            "commercial",
        ),  # 2000
        "low-only": ({"lot_number": "missing"}, 400, "2026-05-01", "medicaid"),  # 1 x 2000 = 2000, later DOS
        "complete": ({}, 1000, "2026-02-01", "medicare"),  # 0
    }
    ids = {}
    for name, (gaps, units, dos, profile) in specs.items():
        ids[name] = _load(store, admin, *synthetic(name, gaps, units=units, dos=dos, profile=profile)).item_id
    with store.session() as s:
        service.assign(s, admin, ids["small-many"], people["coder1"].user_id)
        service.transition(s, admin, ids["low-only"], "in_review")
    return ids


def _charts(page: Any) -> list[str]:
    return [i.chart_id for i in page.items]


def test_priority_order_and_every_filter(store: Store, people: dict, listed: dict) -> None:
    admin, coder1 = people["admin"], people["coder1"]
    with store.session() as s:
        page = service.list_items(s, admin)
        assert _charts(page) == ["big-conflict", "big-missing", "small-many", "low-only", "complete"]
        top = page.items[0]
        assert top.risk_score == 4.5 and top.amount_at_stake == 2000.0 and top.priority == 9000.0
        assert page.items[2].priority == page.items[3].priority == 2000.0  # tie: higher risk first

        def charts(**filters: Any) -> list[str]:
            return _charts(service.list_items(s, admin, ItemFilter(**filters)))

        assert charts(status=["in_review"]) == ["low-only"]
        assert charts(status="new,in_review") == _charts(page)
        assert charts(assignee_id=coder1.user_id) == ["small-many"]
        assert charts(unassigned=True) == ["big-conflict", "big-missing", "low-only", "complete"]
        assert charts(profile="commercial") == ["small-many"]
        assert charts(payer="Medicare Part B") == _charts(page)
        assert charts(requirement_id="lot_number") == ["small-many", "low-only"]
        assert charts(requirement_id="genotype") == ["big-conflict", "big-missing", "small-many"]
        assert charts(requirement_id="aatd_diagnosis") == []
        assert charts(dos_from=dt.date(2026, 3, 2), dos_to=dt.date(2026, 4, 30)) == [
            "big-conflict",
            "small-many",
        ]
        assert charts(dos_from=dt.date(2026, 4, 1), profile="medicaid", status=["in_review"]) == ["low-only"]
    with pytest.raises(ValidationError):
        ItemFilter(colour="red")  # type: ignore[call-arg]


def test_pagination(store: Store, people: dict, listed: dict) -> None:
    admin = people["admin"]
    with store.session() as s:
        pages = [service.list_items(s, admin, limit=2, offset=o) for o in (0, 2, 4, 6)]
        assert [p.total for p in pages] == [5, 5, 5, 5]
        assert [len(p.items) for p in pages] == [2, 2, 1, 0]
        flat = [c for p in pages for c in _charts(p)]
        assert flat == _charts(service.list_items(s, admin))
        filtered = service.list_items(s, admin, ItemFilter(requirement_id="genotype"), limit=1, offset=1)
        assert filtered.total == 3 and _charts(filtered) == ["big-missing"]
        with pytest.raises(InvalidRequest):
            service.list_items(s, admin, limit=0)


def test_csv_export(store: Store, people: dict, listed: dict) -> None:
    admin = people["admin"]
    _load(store, admin, *synthetic("=HYPERLINK(1)", {"lot_number": "missing"}, units=1))
    with store.session() as s:
        text = service.export_csv(s, admin)
        filtered = service.export_csv(s, admin, ItemFilter(requirement_id="lot_number"))
        out = io.StringIO()
        assert service.export_csv(s, admin, ItemFilter(status=["in_review"]), out) == ""
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(service.CSV_COLUMNS)
    assert [r["chart_id"] for r in rows] == [
        "big-conflict",
        "big-missing",
        "small-many",
        "low-only",
        "'=HYPERLINK(1)",  # formula neutralized
        "complete",
    ]
    assert (
        rows[0]["gaps"] == "genotype"
        and rows[0]["priority"] == "9000"
        and rows[0]["amount_at_stake"] == "2000.00"
    )
    assert rows[2]["assignee"] == "coder1" and rows[3]["status"] == "in_review"
    assert "is missing" not in text and "Please document" not in text  # no messages, remediation or evidence
    assert [r["chart_id"] for r in csv.DictReader(io.StringIO(filtered))] == [
        "small-many",
        "low-only",
        "'=HYPERLINK(1)",
    ]
    assert [r["chart_id"] for r in csv.DictReader(io.StringIO(out.getvalue()))] == ["low-only"]
    with store.session() as s:
        exports = [a for a in service.audit_trail(s, admin) if a.action == "exported"]
        assert [e.details["rows"] for e in exports] == [6, 3, 1]


def test_scores_follow_the_configuration(store: Store, people: dict) -> None:
    _, report = synthetic("c", {"genotype": "conflict", "lot_number": "missing", "patient_weight": "missing"})
    config = default_config()
    assert risk_score(report, config) == 3 * 1.5 + 1 * 1.0 + 2 * 1.0
    heavy = config.model_copy(update={"status_weights": {"missing": 1.0, "conflict": 3.0}})
    assert risk_score(report, heavy) == 3 * 3 + 1 + 2
    admin = people["admin"]
    item_id = _load(store, admin, *synthetic("c", {"lot_number": "missing"}, units=10, code="J2252")).item_id
    with store.session() as s:
        assert service.get_item(s, admin, item_id).amount_at_stake == 5.0  # 10 x 0.50
        pricier = config.model_copy(update={"price_per_unit": {"J2252": 2.0}})
        assert service.rescore(s, admin, config=pricier) == 1
        item = service.get_item(s, admin, item_id)
        assert item.amount_at_stake == 20.0 and item.priority == 20.0
        with pytest.raises(Forbidden):
            service.rescore(s, people["reviewer"])


# ------------------------------------------------------------------------------------------------ queries


def test_query_text_audit_and_document_reads(store: Store, people: dict, checker: Any) -> None:
    coder = people["coder1"]
    chart = _sample()
    chart["claim_lines"][0]["units"] = 400  # billed units no longer match the 4,344 mg given
    chart = _without(chart, "Lot #: LE12A034\n")
    item_id = _load(store, coder, chart, checker=checker).item_id
    with store.session() as s:
        draft = service.compose_queries(s, coder, item_id)
        # Billed units are the coder's to fix, not a provider query (issue 10, defect 4).
        assert draft.requirement_ids == ["lot_number"]
        assert [a.requirement_id for a in draft.coder_actions] == ["units_match_dose"]
        assert "Not a provider query" in draft.coder_actions[0].text
        lot = draft.parts[0]
        assert lot.text.startswith("1. Lot number\n   Clinical indicators from the record:")
        assert "Please document the lot number of the Glassia administered on 01/13/2026." in lot.text
        assert "Encounter aatd-003, date of service 01/13/2026" in draft.text
        assert "Document d" not in draft.text and "(document d" not in draft.text
        only = service.compose_queries(s, coder, item_id, ["lot_number"])
        assert only.requirement_ids == ["lot_number"]
        with pytest.raises(InvalidRequest):
            service.compose_queries(s, coder, item_id, ["aatd_diagnosis"])  # met: not a gap
        with pytest.raises(InvalidRequest):
            service.send_query(s, coder, item_id, "text", ["aatd_diagnosis"])
        with pytest.raises(InvalidRequest):
            service.send_query(s, coder, item_id, "   ", ["lot_number"])
    with store.session() as s:
        sent = service.send_query(
            s, coder, item_id, "Please add the lot number.", ["lot_number"], recipient="Dr. X"
        )
    with store.session() as s:
        followup = service.send_query(s, coder, item_id, "And the units.", ["units_match_dose"])
        assert service.get_item(s, coder, item_id).queried_requirements == ["lot_number", "units_match_dose"]
        queries = service.list_queries(s, coder, item_id)
        assert [(q.id, q.text, q.sent_by) for q in queries] == [
            (sent.id, "Please add the lot number.", "coder1"),
            (followup.id, "And the units.", "coder1"),
        ]
        assert s.scalar(select(func.count()).select_from(ProviderQuery)) == 2
        report = service.get_report(s, coder, item_id)
        assert report.version == 1 and report.report.requirement("lot_number").status == "missing"
        with pytest.raises(NotFound):
            service.get_report(s, coder, item_id, version=9)
    with store.session() as s:
        trail = service.audit_trail(s, people["reviewer"], item_id)
    actions = [a.action for a in trail]
    assert actions == [
        "item_created",
        "report_added",
        "report_viewed",  # compose: reads evidence
        "report_viewed",
        "status_changed",
        "query_sent",
        "query_sent",
        "queries_viewed",  # list_queries returns quotes of the notes: audited (issue 10, hole 4)
        "report_viewed",  # get_report
    ]
    assert all(a.username == "coder1" and a.created_at.tzinfo is not None for a in trail)
    query_entries = [a.details for a in trail if a.action == "query_sent"]
    assert query_entries[0] == {"query_id": sent.id, "requirement_ids": ["lot_number"], "report_version": 1}
    assert trail[-1].details == {"version": 1}
    assert trail[2].details == {"version": 1, "purpose": "query"}
    # No note text in the audit trail.
    assert "4344" not in json.dumps([a.details for a in trail])


# ------------------------------------------------------------------------------------------------ auth


def test_api_keys_and_passwords(store: Store, people: dict) -> None:
    coder = people["coder1"]
    with store.session() as s:
        view, key = service.create_api_key(s, coder, name="laptop")
        assert key.startswith("nlpc_") and view.key_id in key
    with store.session() as s:
        assert service.authenticate_api_key(s, key) == coder
        stored = s.scalar(select(ApiKey).where(ApiKey.key_id == view.key_id))
        assert stored is not None and key.split("_", 2)[2] not in stored.secret_hash
        assert stored.secret_hash.startswith("sha256$") and stored.last_used_at is not None
        for bad in (key[:-1] + ("A" if key[-1] != "A" else "B"), "nlpc_deadbeef_x", "garbage", "", key + "x"):
            with pytest.raises(AuthenticationFailed):
                service.authenticate_api_key(s, bad)
    with store.session() as s:
        service.revoke_api_key(s, coder, view.id)
    with store.session() as s, pytest.raises(AuthenticationFailed):
        service.authenticate_api_key(s, key)

    with store.session() as s:
        # Two organizations share this store: a login names its organization (user names are per org).
        assert service.verify_password(s, "coder1", "coder1-password", "org-a") == coder
        user = s.scalar(select(User).where(User.username == "coder1"))
        assert user is not None and user.password_hash and user.password_hash.startswith("scrypt$")
        assert "coder1-password" not in user.password_hash
        for name, password in (("coder1", "wrong"), ("nobody", "coder1-password"), ("coder_b", "anything")):
            with pytest.raises(AuthenticationFailed):
                service.verify_password(s, name, password, "org-a")
        with pytest.raises(AuthenticationFailed, match="name yours"):
            service.verify_password(s, "coder1", "coder1-password")
        token = service.login(s, "coder1", "coder1-password", organization="org-a")
    with store.session() as s:
        assert service.authenticate_session(s, token.token) == coder
        with pytest.raises(AuthenticationFailed):
            service.authenticate_session(s, token.token[:-2])
        expired = service.login(
            s, "coder1", "coder1-password", organization="org-a", ttl=dt.timedelta(seconds=-1)
        )
        with pytest.raises(AuthenticationFailed):
            service.authenticate_session(s, expired.token)
        service.logout(s, token.token)
    with store.session() as s, pytest.raises(AuthenticationFailed):
        service.authenticate_session(s, token.token)
    with store.session() as s:
        service.set_password(s, coder, coder.user_id, "a-new-password")
        with pytest.raises(Forbidden):
            service.set_password(s, coder, people["coder2"].user_id, "hijacked-password")
        assert service.verify_password(s, "coder1", "a-new-password", "org-a") == coder
        fresh = service.login(s, "coder1", "a-new-password", organization="org-a")
        _, other_key = service.create_api_key(s, people["admin"], user_id=coder.user_id)
        service.update_user(s, people["admin"], coder.user_id, active=False)
    with store.session() as s:
        for call in (
            lambda: service.verify_password(s, "coder1", "a-new-password", "org-a"),
            lambda: service.authenticate_session(s, fresh.token),
            lambda: service.authenticate_api_key(s, other_key),
        ):
            with pytest.raises(AuthenticationFailed):
                call()


def test_hashes_are_salted() -> None:
    assert sec.hash_password("secret-1") != sec.hash_password("secret-1")
    assert sec.verify_password("secret-1", sec.hash_password("secret-1"))
    assert not sec.verify_password("secret-2", sec.hash_password("secret-1"))
    assert not sec.verify_password("x", None) and not sec.verify_password("x", "md5$abc")
    assert sec.hash_secret("s") != sec.hash_secret("s") and sec.verify_secret("s", sec.hash_secret("s"))
    token, public, secret = sec.new_token("nlpc")
    assert sec.split_token(token, "nlpc") == (public, secret) and sec.split_token(token, "nlps") is None


# ------------------------------------------------------------------------------------------------ config


def test_shipped_configuration_matches_the_documented_defaults(tmp_path: Any) -> None:
    shipped = load_config()
    defaults = WorklistConfig()
    for name in ("statuses", "initial", "transitions", "severity_weights", "status_weights", "reopen_when"):
        assert getattr(shipped, name) == getattr(defaults, name), name
    assert shipped.price("j0256") == 5.0 and shipped.price("J9999") == 0.0
    for bad, where in (
        ({"transitions": {**defaults.transitions, "new": ["archived"]}}, "transitions"),
        ({"colour": "red"}, "colour"),
        ({"initial": "draft"}, ""),
        ({"transitions": {"new": []}}, ""),
    ):
        path = tmp_path / "worklist.yaml"
        path.write_text(yaml.safe_dump(bad))
        with pytest.raises(RulesetError) as info:
            load_config(path)
        assert where in str(info.value)


# ------------------------------------------------------------------------------------------------ CLI


def test_cli_init_load_list(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from nlp_checker_worklist.cli import worklist_app

    monkeypatch.setenv("NLP_CHECKER_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    charts = tmp_path / "charts"
    charts.mkdir()
    for name in ("aatd-003", "aatd-008", "aatd-036"):
        (charts / f"{name}.json").write_text(json.dumps(_sample(name)))
    runner = CliRunner()
    init = runner.invoke(worklist_app, ["init", "--org", "clinic"])
    assert init.exit_code == 0, init.output
    assert "API key (shown once" in init.output and "nlpc_" in init.output
    assert "no new key" in runner.invoke(worklist_app, ["init", "--org", "clinic"]).output
    first = runner.invoke(worklist_app, ["load", str(charts), "--org", "clinic"])
    assert first.exit_code == 0, first.output
    assert first.output.count("\tcreated\t") == 3
    second = runner.invoke(worklist_app, ["load", str(charts), "--org", "clinic"])
    assert second.output.count("\tunchanged\t") == 3
    listing = runner.invoke(worklist_app, ["list", "--org", "clinic"])
    assert listing.exit_code == 0, listing.output
    rows = [line for line in listing.output.splitlines() if "aatd-" in line]
    assert [r.split()[1] for r in rows] == ["aatd-036", "aatd-008", "aatd-003"]
    assert max(len(line) for line in listing.output.splitlines()) <= 80  # fits an 80-column terminal
    assert runner.invoke(worklist_app, ["list", "--org", "nowhere"]).exit_code == 1
