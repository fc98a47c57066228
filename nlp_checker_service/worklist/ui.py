"""The coder worklist web UI under ``/worklist``: server-rendered Jinja2 pages and plain HTML forms.

Pages: login, the worklist (filters, sort, pages, CSV link), an item (requirement checklist, documents with
the evidence marked, status and assignee controls, the query composer, history). Every form POST carries the
session's CSRF token in a hidden field. The pages show note text only where the store's audited reads
(``get_report``, ``compose_queries``) return it; nothing here logs it.
"""

from __future__ import annotations

import datetime as dt
import hmac
import itertools
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

from nlp_checker.models import ISO_DATE, GapReport
from nlp_checker.notes import section_name
from nlp_checker.rules import RuleBundle, default_bundle
from nlp_checker_service.worklist.api import list_page, set_session_cookie
from nlp_checker_service.worklist.deps import (
    CSRF_FIELD,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    UI_PREFIX,
    StoreDep,
    UiWorklistDep,
    Worklist,
    get_document_source,
)
from nlp_checker_service.worklist.errors import error_body
from nlp_checker_worklist import (
    AuthenticationFailed,
    Forbidden,
    InvalidRequest,
    ItemFilter,
    WorklistError,
    usecases,
)
from nlp_checker_worklist.config import WorklistConfig, config_from_bundle

# Database row ids: positive and within a 32-bit INTEGER, so a huge id is a 422, never a driver error.
RowId = Annotated[int, PathParam(ge=1, le=2_147_483_647)]

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
# Answers of this UI: own scripts and styles only, no framing. (A site-wide middleware may override it.)
UI_CSP = (
    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)

ui_router = APIRouter(prefix=UI_PREFIX, include_in_schema=False)

PAGE_SIZES = (25, 50, 100)
SORTS = {
    "priority": "Priority",
    "date_of_service": "Date of service",
    "amount_at_stake": "Amount at stake",
    "risk_score": "Risk score",
    "updated_at": "Last change",
    "chart_id": "Chart id",
    "status": "Status",
    "gap_count": "Gaps",
}
STATUS_ORDER = {"conflict": 0, "missing": 1, "met": 2, "not_applicable": 3}
NOTICES = {
    "status": "Status changed.",
    "assigned": "Assignment saved.",
    "query": "Query sent and recorded in the audit trail.",
    "verdict": "Verdict recorded: it counts in the checker's figures for your site.",
}
STATUS_LABELS = {
    "met": "Met",
    "missing": "Missing",
    "conflict": "Conflict",
    "not_applicable": "Not applicable",
}
# Item statuses by text and icon as well as colour.
STATUS_NAMES = {
    "new": "New",
    "in_review": "In review",
    "query_sent": "Query sent",
    "ready": "Ready",
    "submitted": "Submitted",
    "on_hold": "On hold",
    "not_a1pi": "Not an A1PI claim",
}
STATUS_ICONS = {
    "new": "●",
    "in_review": "◐",
    "query_sent": "✉",
    "ready": "✓",
    "submitted": "⇪",
    "on_hold": "⏸",
    "not_a1pi": "⊘",
}
REQ_ICONS = {"met": "✓", "missing": "○", "conflict": "✖", "not_applicable": "–"}
COLUMNS = (
    ("chart_id", "Chart", ""),
    ("date_of_service", "Service date", ""),
    ("", "Profile", ""),
    ("", "Claim", ""),
    ("status", "Status", ""),
    ("", "Assignee", ""),
    ("gap_count", "Gaps", ""),
    ("risk_score", "Risk", "num"),
    ("amount_at_stake", "At stake", "num"),
    ("priority", "Priority", "num"),
)


def request_rules(request: Request) -> RuleBundle:
    """The rule bundle of the app's checker (the one that wrote the reports shown), else the shipped one."""
    checker = getattr(request.app.state, "checker", None)
    return checker.rules if checker is not None else default_bundle()


def requirement_titles(rules: RuleBundle) -> dict[str, str]:
    return {r.id: r.title for r in rules.ruleset.meta.requirements}


def profile_names(rules: RuleBundle) -> list[str]:
    return sorted(rules.ruleset.profiles)


_CONFIGS: dict[str, WorklistConfig] = {}


def worklist_config(rules: RuleBundle) -> WorklistConfig:
    """The worklist settings of a bundle's ``worklist.yaml``, validated once per bundle content."""
    config = _CONFIGS.get(rules.content_hash)
    if config is None:
        config = _CONFIGS[rules.content_hash] = config_from_bundle(rules)
    return config


@pass_context
def _title(context: Any, requirement_id: str) -> str:
    titles = requirement_titles(request_rules(context["request"]))
    return titles.get(requirement_id, requirement_id.replace("_", " ").capitalize())


def _label(status: str) -> str:
    return status.replace("_", " ")


def _when(value: dt.datetime | None) -> str:
    """Local time of the server's zone (NLP_CHECKER_TIMEZONE or TZ), with the zone's name."""
    if not value:
        return ""
    local = value.astimezone(_zone())
    return local.strftime("%m/%d/%Y %H:%M ") + (local.tzname() or "")


@lru_cache(maxsize=1)
def _zone() -> dt.tzinfo | None:
    import os

    name = os.environ.get("NLP_CHECKER_TIMEZONE")
    if name:
        try:
            from zoneinfo import ZoneInfo

            return ZoneInfo(name)
        except Exception:  # an unknown zone name: the machine's local zone
            return None
    return None


@pass_context
def _money(context: Any, value: float, decimals: int = 2) -> str:
    currency = worklist_config(request_rules(context["request"])).currency
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency, "")
    amount = f"{value:,.{decimals}f}"
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def _claim_short(item: Any) -> str:
    from nlp_checker_worklist.claims import claim_summary

    return claim_summary(item.claim_lines)


templates.env.filters["reqtitle"] = _title
templates.env.filters["label"] = _label
templates.env.filters["when"] = _when
templates.env.globals["STATUS_LABELS"] = STATUS_LABELS
templates.env.globals["STATUS_NAMES"] = STATUS_NAMES
templates.env.globals["STATUS_ICONS"] = STATUS_ICONS
templates.env.globals["REQ_ICONS"] = REQ_ICONS
templates.env.globals["money"] = _money
templates.env.globals["claim_short"] = _claim_short
templates.env.filters["docname"] = lambda doc_id, names: (names or {}).get(doc_id) or f"Document {doc_id}"
templates.env.filters["section"] = lambda section: section_name(section) or ""
templates.env.globals["CSRF_FIELD"] = CSRF_FIELD


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Content-Security-Policy"] = UI_CSP
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def _page_context(wl: Worklist) -> dict[str, Any]:
    return {"user": wl.actor, "csrf_token": wl.principal.csrf_token}


def render_error(request: Request, exc: WorklistError) -> Response:
    """A store error on a UI route: the login page for a lost session, else an error page with the status."""
    if isinstance(exc, AuthenticationFailed):
        return RedirectResponse(f"{UI_PREFIX}/login", status_code=303)
    status, body = error_body(request, exc)
    back = request.headers.get("referer") or f"{UI_PREFIX}/"
    if not back.startswith((str(request.base_url).rstrip("/") + UI_PREFIX, UI_PREFIX)):
        back = f"{UI_PREFIX}/"
    context = {"status": status, "error": body, "back": back, "user": None, "csrf_token": None}
    return render(request, "error.html", context, status_code=status)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(value: str | None) -> str:
    """Only a path inside the UI (no scheme, no host): an open redirect otherwise."""
    if value and value.startswith(UI_PREFIX) and not value.startswith("//") and "\\" not in value:
        return value
    return f"{UI_PREFIX}/"


# --- login / logout ----------------------------------------------------------------------------------------


@ui_router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None, failed: bool = False) -> Response:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
    context = {
        "user": None,
        "csrf_token": None,
        "login_csrf": token,
        "next": _safe_next(next),
        "failed": failed,
    }
    response = render(request, "login.html", context, status_code=401 if failed else 200)
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path=UI_PREFIX,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


def _login(
    store: Any,
    username: str,
    password: str,
    client: str | None = None,
    organization: str | None = None,
    throttle: Any = None,
) -> Any:
    from nlp_checker_worklist.throttle import throttled_login

    return throttled_login(store, username, password, client, throttle, organization=organization)


@ui_router.post("/login")
async def login_submit(
    request: Request,
    store: StoreDep,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    organization: Annotated[str, Form(max_length=200)] = "",
    csrf_token: Annotated[str, Form(alias=CSRF_FIELD)] = "",
    next: Annotated[str, Form()] = "",
) -> Response:
    """Double-submit check (cookie set by the login page = hidden field), then the password."""
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected.encode(), csrf_token.encode()):
        context = {
            "status": 403,
            "error": {"error": "forbidden", "message": "The login form expired; reload the page and retry."},
            "back": f"{UI_PREFIX}/login",
            "user": None,
            "csrf_token": None,
        }
        return render(request, "error.html", context, status_code=403)
    try:
        client = request.client.host if request.client else None
        token = await run_in_threadpool(
            _login,
            store,
            username,
            password,
            client,
            organization.strip() or None,
            getattr(request.app.state, "login_throttle", None),
        )
    except AuthenticationFailed:
        return _redirect(f"{UI_PREFIX}/login?" + urlencode({"failed": "1", "next": _safe_next(next)}))
    response = _redirect(_safe_next(next))
    set_session_cookie(request, response, token.token, token.expires_at)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=UI_PREFIX)
    return response


@ui_router.post("/logout")
def logout(wl: UiWorklistDep) -> Response:
    with wl.session() as session:
        usecases.logout(session, wl.principal.session_token or "")
    response = _redirect(f"{UI_PREFIX}/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# --- the worklist ------------------------------------------------------------------------------------------


@dataclass
class ListForm:
    """The filter form's values as submitted (strings, empty = not set)."""

    search: str = ""
    status: str = ""
    assignee: str = ""
    profile: str = ""
    requirement_id: str = ""
    dos_from: str = ""
    dos_to: str = ""
    sort: str = "priority"
    order: str = "desc"
    limit: int = 50
    offset: int = 0
    errors: list[str] = field(default_factory=list)

    def query(self, **changes: Any) -> str:
        values = {
            k: v
            for k, v in {**self.__dict__, **changes}.items()
            if k != "errors" and v not in ("", None) and not (k == "offset" and v == 0)
        }
        return urlencode(values)


def _date(value: str, name: str, errors: list[str]) -> dt.date | None:
    if not value:
        return None
    if not ISO_DATE.fullmatch(value):
        errors.append(f"{name}: expected an ISO date string (YYYY-MM-DD)")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errors.append(f"{name}: expected an ISO date string (YYYY-MM-DD)")
        return None


def _filters(form: ListForm, user_id: int) -> ItemFilter:
    assignee_id: int | None = None
    unassigned = False
    if form.assignee == "me":
        assignee_id = user_id
    elif form.assignee == "none":
        unassigned = True
    elif form.assignee.isdigit():
        assignee_id = int(form.assignee)
    return ItemFilter(
        search=form.search.strip()[:200] or None,
        include_hidden=form.status == "all",
        status=[form.status] if form.status and form.status != "all" else None,
        assignee_id=assignee_id,
        unassigned=unassigned,
        profile=form.profile or None,
        requirement_id=form.requirement_id or None,
        dos_from=_date(form.dos_from, "Date of service from", form.errors),
        dos_to=_date(form.dos_to, "Date of service to", form.errors),
    )


@ui_router.get("", include_in_schema=False)
def root_redirect() -> Response:
    return _redirect(f"{UI_PREFIX}/")


@ui_router.get("/", response_class=HTMLResponse)
def worklist_page(
    request: Request,
    wl: UiWorklistDep,
    search: Annotated[str, Query(max_length=200)] = "",
    status: str = "",
    assignee: str = "",
    profile: str = "",
    requirement_id: str = "",
    dos_from: str = "",
    dos_to: str = "",
    sort: str = "priority",
    order: str = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=2_147_483_647)] = 0,
    done: str = "",
) -> Response:
    form = ListForm(
        search=search,
        status=status,
        assignee=assignee,
        profile=profile,
        requirement_id=requirement_id,
        dos_from=dos_from,
        dos_to=dos_to,
        sort=sort if sort in SORTS else "priority",
        order="asc" if order == "asc" else "desc",
        limit=limit,
        offset=offset,
    )
    filters = _filters(form, wl.actor.user_id)
    page = list_page(wl, filters, form.limit, form.offset, form.sort, form.order)
    users = wl.run(usecases.list_users)
    export_query = urlencode(
        [("status", s) for s in filters.status or []]
        + [
            (k, v)
            for k, v in {
                "assignee_id": filters.assignee_id,
                "unassigned": "true" if filters.unassigned else None,
                "profile": filters.profile,
                "requirement_id": filters.requirement_id,
                "dos_from": filters.dos_from,
                "dos_to": filters.dos_to,
                "search": filters.search,
                "include_hidden": "true" if filters.include_hidden else None,
            }.items()
            if v is not None
        ]
    )
    context = {
        **_page_context(wl),
        "page": page,
        "form": form,
        "users": users,
        "statuses": worklist_config(request_rules(request)).statuses,
        "profiles": profile_names(request_rules(request)),
        "requirements": requirement_titles(request_rules(request)),
        "sorts": SORTS,
        "page_sizes": PAGE_SIZES,
        "export_url": "/v1/worklist/items.csv" + (f"?{export_query}" if export_query else ""),
        "columns": COLUMNS,
        "on_list": True,
        "currency": worklist_config(request_rules(request)).currency,
        "back_url": f"{UI_PREFIX}/?{form.query()}",
        "notice": BULK_NOTICES.get(done),
        "hidden_note": "submitted and not-A1PI charts hidden" if not form.status else "",
        "site_figures": wl.run(usecases.site_figures),
        "prev_url": f"?{form.query(offset=max(0, form.offset - form.limit))}" if form.offset > 0 else None,
        "next_url": f"?{form.query(offset=form.offset + form.limit)}"
        if form.offset + form.limit < page.total
        else None,
    }
    return render(request, "worklist.html", context)


BULK_NOTICES = {"bulk": "Selected charts updated."}


@ui_router.post("/bulk")
def bulk_action(
    wl: UiWorklistDep,
    action: Annotated[str, Form(max_length=60)],
    item_ids: Annotated[list[int] | None, Form()] = None,
    back: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Assign the selected items to me, or move them to a status, one transaction per item; the first
    refusal (role, transition, open gaps) stops and is shown."""
    ids = [i for i in item_ids or [] if 1 <= i <= 2_147_483_647][:500]
    if not ids:
        raise InvalidRequest("select at least one chart")
    for item_id in ids:
        if action == "assign_me":
            wl.run(usecases.assign, item_id, wl.actor.user_id)
        elif action.startswith("status:"):
            wl.run(usecases.transition, item_id, action.removeprefix("status:"))
        else:
            raise InvalidRequest("unknown bulk action")
    target = _safe_next(back)
    return _redirect(target + ("&" if "?" in target else "?") + "done=bulk")


# --- the item page -----------------------------------------------------------------------------------------


@dataclass
class Segment:
    text: str
    requirements: list[str] = field(default_factory=list)
    anchor: str | None = None


@dataclass
class DocumentView:
    id: str
    index: int
    complete: bool  # the whole text (True) or only the spans the report quotes (False)
    pieces: list[list[Segment]]  # consecutive text; pieces are separated by an elision in excerpt mode


def _segments(text: str, offset: int, spans: list[tuple[int, int, str]], doc_index: int) -> list[Segment]:
    """Cut ``text`` (starting at document offset ``offset``) at every evidence boundary; each piece knows the
    requirements whose evidence covers it. A piece where an evidence span starts gets an anchor id."""
    end_of_text = offset + len(text)
    inside = [(s, e, r) for s, e, r in spans if offset <= s and e <= end_of_text and s < e]
    cuts = sorted({offset, end_of_text, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
    starts = {s for s, _, _ in inside}
    segments: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        covering = sorted({r for s, e, r in inside if s <= left and right <= e})
        piece = text[left - offset : right - offset]
        if segments and not covering and not segments[-1].requirements:
            segments[-1].text += piece
            continue
        anchor = f"ev-{doc_index}-{left}" if covering and left in starts else None
        segments.append(Segment(text=piece, requirements=covering, anchor=anchor))
    return segments


def _locate(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """The evidence span in ``text``: at its offsets, else the occurrence of its quote nearest to them."""
    if text[start:end] == quote:
        return start, end
    best: int | None = None
    position = text.find(quote)
    while position != -1 and quote:
        if best is None or abs(position - start) < abs(best - start):
            best = position
        position = text.find(quote, position + 1)
    return (best, best + len(quote)) if best is not None else None


def document_views(
    report: GapReport, texts: dict[str, str] | None
) -> tuple[list[DocumentView], dict[Any, str]]:
    """Each document with its evidence marked, and the anchor id of every (requirement, evidence index)."""
    order: list[str] = list(texts) if texts else []
    for document_id in [e.document_id for r in report.requirements for e in r.evidence] + [
        f.document_id for f in report.findings
    ]:
        if document_id not in order:
            order.append(document_id)
    anchors: dict[Any, str] = {}
    views: list[DocumentView] = []
    for index, document_id in enumerate(order):
        evidence = [
            (r.id, n, e)
            for r in report.requirements
            for n, e in enumerate(r.evidence)
            if e.document_id == document_id and not e.path
        ]
        full = (texts or {}).get(document_id)
        spans: list[tuple[int, int, str]] = []
        located: dict[tuple[str, int], int] = {}
        if full is not None:
            for requirement_id, n, e in evidence:
                found = _locate(full, e.start, e.end, e.text)
                if found:
                    spans.append((found[0], found[1], requirement_id))
                    located[(requirement_id, n)] = found[0]
            pieces = [_segments(full, 0, spans, index)]
        else:
            # Excerpt mode: the store keeps no note text, only the quotes of evidence and findings.
            known: dict[int, str] = {}
            for start, quote in [(e.start, e.text) for _, _, e in evidence] + [
                (f.start, f.text) for f in report.findings if f.document_id == document_id and not f.path
            ]:
                for k, char in enumerate(quote):
                    known.setdefault(start + k, char)
            runs: list[tuple[int, str]] = []
            for position in sorted(known):
                if runs and runs[-1][0] + len(runs[-1][1]) == position:
                    runs[-1] = (runs[-1][0], runs[-1][1] + known[position])
                else:
                    runs.append((position, known[position]))
            for requirement_id, n, e in evidence:
                spans.append((e.start, e.end, requirement_id))
                located[(requirement_id, n)] = e.start
            pieces = [_segments(run, start, spans, index) for start, run in runs]
        for key, start in located.items():
            anchors[key] = f"ev-{index}-{start}"
        views.append(DocumentView(id=document_id, index=index, complete=full is not None, pieces=pieces))
    return views, anchors


def _item_context(wl: Worklist, item_id: int, request: Request) -> dict[str, Any]:
    from nlp_checker.kinds import KINDS
    from nlp_checker_worklist.claims import claim_line_views

    source = get_document_source(request)
    config = worklist_config(request_rules(request))
    with wl.session() as session:
        item = usecases.get_item(session, wl.actor, item_id)
        report = usecases.get_report(session, wl.actor, item_id)  # the one audited read of this page view
        versions = usecases.report_versions(session, wl.actor, item_id)
        queries = usecases.list_queries(session, wl.actor, item_id, audit=False)
        users = usecases.list_users(session, wl.actor) if wl.actor.can_assign else []
        verdicts = usecases.list_verdicts(session, wl.actor, item_id)
        names = usecases.document_names(session, wl.actor, item_id)
        draft = None
        draft_error = None
        if item.gaps and item.a1pi_claim:
            try:
                draft = usecases.compose_queries(session, wl.actor, item_id, audit=False)
            except (Forbidden, InvalidRequest) as exc:
                draft_error = str(exc)
        trail = usecases.audit_trail(session, wl.actor, item_id)
    texts = source(wl.actor.organization_id, item.chart_id) if source else None
    documents, anchors = document_views(report.report, dict(texts) if texts else None)
    may_work = wl.actor.role != "coder" or item.assignee_id in (None, wl.actor.user_id)
    gated = [s for s in item.allowed_transitions if s in config.override_statuses]
    open_gaps = [g.requirement_id for g in item.gaps] if item.a1pi_claim else []
    gap_ids = {r.id for r in report.report.requirements if r.status in ("missing", "conflict")}
    return {
        "item": item,
        "report": report.report,
        # Gaps first (conflicts, then missing), then met and not applicable, each in the ruleset's order.
        "requirements": sorted(report.report.requirements, key=lambda r: STATUS_ORDER.get(r.status, 9)),
        "report_version": report.version,
        "versions": versions,
        "queries": queries,
        "users": [u for u in users if u.active],
        "draft": draft,
        "draft_error": draft_error,
        "may_query": config.query_status in item.allowed_transitions or item.status == config.query_status,
        "trail": trail,
        "documents": documents,
        "anchors": anchors,
        "may_work": may_work,
        "claim_lines": claim_line_views(report.report, item.claim_lines),
        "names": names,
        "gated": gated if open_gaps and not item.override_reason else [],
        "open_gaps": open_gaps,
        "may_override": wl.actor.role in config.override_roles,
        "gap_ids": gap_ids,
        "verdicts": verdicts,
        "findings": list(enumerate(report.report.findings)),
        "kinds": sorted(KINDS),
    }


@ui_router.get("/items/{item_id}", response_class=HTMLResponse)
def item_page(request: Request, item_id: RowId, wl: UiWorklistDep, done: str = "") -> Response:
    context = {**_page_context(wl), **_item_context(wl, item_id, request), "notice": NOTICES.get(done)}
    return render(request, "item.html", context)


def _version(value: str) -> int | None:
    return int(value) if value.isdigit() else None


@ui_router.post("/items/{item_id}/status")
def change_status(
    item_id: RowId,
    wl: UiWorklistDep,
    status: Annotated[str, Form(max_length=40)],
    expected_version: Annotated[str, Form()] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    override_reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    wl.run(
        usecases.transition,
        item_id,
        status,
        expected_version=_version(expected_version),
        note=note or None,
        override_reason=override_reason or None,
    )
    return _redirect(f"{UI_PREFIX}/items/{item_id}?done=status#status")


@ui_router.post("/items/{item_id}/assign")
def change_assignee(
    item_id: RowId,
    wl: UiWorklistDep,
    assignee_id: Annotated[str, Form()] = "",
    expected_version: Annotated[str, Form()] = "",
) -> Response:
    if assignee_id and not assignee_id.isdigit():
        raise InvalidRequest("assignee: pick a user from the list")
    wl.run(
        usecases.assign,
        item_id,
        int(assignee_id) if assignee_id else None,
        expected_version=_version(expected_version),
    )
    return _redirect(f"{UI_PREFIX}/items/{item_id}?done=assigned#status")


@ui_router.post("/items/{item_id}/query")
def send_query(
    item_id: RowId,
    wl: UiWorklistDep,
    text: Annotated[str, Form(max_length=20_000)],
    requirement_ids: Annotated[list[str] | None, Form()] = None,
    recipient: Annotated[str, Form(max_length=200)] = "",
    expected_version: Annotated[str, Form()] = "",
) -> Response:
    wl.run(
        usecases.send_query,
        item_id,
        text,
        requirement_ids or [],
        recipient=recipient or None,
        expected_version=_version(expected_version),
    )
    return _redirect(f"{UI_PREFIX}/items/{item_id}?done=query#history")


@ui_router.post("/items/{item_id}/verdict")
def record_verdict(
    item_id: RowId,
    wl: UiWorklistDep,
    target: Annotated[str, Form(max_length=20)],
    requirement_id: Annotated[str, Form(max_length=100)] = "",
    finding_index: Annotated[str, Form(max_length=10)] = "",
    status: Annotated[str, Form(max_length=20)] = "",
    kind: Annotated[str, Form(max_length=60)] = "",
    value: Annotated[str, Form(max_length=200)] = "",
    unit: Annotated[str, Form(max_length=20)] = "",
    document_id: Annotated[str, Form(max_length=200)] = "",
    quote: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    wl.run(
        usecases.record_verdict,
        item_id,
        target,
        requirement_id=requirement_id or None,
        finding_index=int(finding_index) if finding_index.isdigit() else None,
        status=status or None,
        kind=kind or None,
        value=value or None,
        unit=unit or None,
        document_id=document_id or None,
        quote=quote or None,
    )
    return _redirect(f"{UI_PREFIX}/items/{item_id}?done=verdict#verdicts")


__all__ = ["render_error", "ui_router"]
