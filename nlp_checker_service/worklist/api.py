"""``/v1/worklist``: the coder worklist over HTTP, a few lines per store function.

Routes authenticate worklist users themselves (store API keys or the browser session, see ``deps``); they do
not use the service-level API key of ``/v1/check``. Items carry ``version``: send it back as
``expected_version`` (or ``If-Match``) on writes; a stale one is a 409 and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Header, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from nlp_checker.models import Chart, IsoDate
from nlp_checker_service.deps import CheckerDep, enforce_limits
from nlp_checker_service.settings import Settings
from nlp_checker_service.worklist.deps import (
    SESSION_COOKIE,
    CsrfSecretDep,
    Principal,
    PrincipalDep,
    StoreDep,
    Worklist,
    WorklistDep,
    csrf_token_for,
    etag,
    expected_version,
)
from nlp_checker_service.worklist.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    AssignRequest,
    ComposeRequest,
    LoginRequest,
    Me,
    PasswordSet,
    Rescored,
    SendQueryRequest,
    SessionInfo,
    SortKey,
    TransitionRequest,
    UserCreate,
    UserUpdate,
    WorklistErrorBody,
)
from nlp_checker_worklist import (
    ApiKeyView,
    AuditView,
    ItemFilter,
    ItemView,
    LoadResult,
    Page,
    QueryDraft,
    ReportView,
    SentQuery,
    StaleUpdate,
    Store,
    UserView,
    VersionInfo,
    usecases,
)

# Database row ids: positive and within a 32-bit INTEGER, so a huge id is a 422, never a driver error.
RowId = Annotated[int, Path(ge=1, le=2_147_483_647)]

LOAD_RETRIES = 3


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    descriptions = {
        401: "No valid worklist API key or session.",
        403: "Your role does not allow this (or the CSRF token is missing on a cookie request).",
        404: "No such item (or user, key) in your organization.",
        409: "Stale expected_version, illegal transition (the body lists the allowed ones) or a name taken.",
        422: "Invalid request: a field, an unknown status or requirement id.",
    }
    return {s: {"model": WorklistErrorBody, "description": descriptions[s]} for s in statuses}


api_router = APIRouter(prefix="/v1/worklist", tags=["worklist"], responses=_errors(401, 422))

IfMatch = Annotated[
    str | None, Header(description='The item version (its ETag), e.g. "3"; alternative to expected_version.')
]


# --- listing -----------------------------------------------------------------------------------------------


def item_filter(
    status: Annotated[
        list[str] | None, Query(description="One or more statuses (repeat the parameter or comma-separate).")
    ] = None,
    assignee_id: Annotated[
        int | None, Query(ge=1, le=2_147_483_647, description="Items assigned to this user id.")
    ] = None,
    unassigned: Annotated[bool, Query(description="Only items nobody is assigned to.")] = False,
    profile: Annotated[
        str | None, Query(description="Payer profile: medicare, medicaid, commercial.")
    ] = None,
    payer: Annotated[str | None, Query(description="Payer name, exactly.")] = None,
    requirement_id: Annotated[
        str | None,
        Query(description="Items whose latest report has this requirement missing or in conflict."),
    ] = None,
    dos_from: Annotated[IsoDate | None, Query(description="Date of service on or after.")] = None,
    dos_to: Annotated[IsoDate | None, Query(description="Date of service on or before.")] = None,
    search: Annotated[
        str | None, Query(max_length=200, description="Chart id (patient account) contains this text.")
    ] = None,
    include_hidden: Annotated[
        bool, Query(description="Without a status filter, also list submitted and not-A1PI items.")
    ] = False,
) -> ItemFilter:
    statuses = [s.strip() for value in status or [] for s in value.split(",") if s.strip()]
    return ItemFilter(
        status=statuses or None,
        assignee_id=assignee_id,
        unassigned=unassigned,
        profile=profile or None,
        payer=payer or None,
        requirement_id=requirement_id or None,
        dos_from=dos_from,
        dos_to=dos_to,
        search=search or None,
        include_hidden=include_hidden,
    )


FilterDep = Annotated[ItemFilter, Depends(item_filter)]


def list_page(
    wl: Worklist, filters: ItemFilter, limit: int, offset: int, sort: str = "priority", order: str = "desc"
) -> Page:
    """One page, filtered, sorted and cut in SQL by the store."""
    return wl.run(usecases.list_items, filters, limit=limit, offset=offset, sort=sort, order=order)


@api_router.get("/me", response_model=Me, summary="The authenticated user")
def me(principal: PrincipalDep) -> Me:
    actor = principal.actor
    return Me(
        user_id=actor.user_id,
        username=actor.username,
        role=actor.role,
        organization_id=actor.organization_id,
        via=principal.via,  # type: ignore[arg-type]
        csrf_token=principal.csrf_token,
    )


@api_router.get("/items", response_model=Page, summary="List items (filtered, priority first)")
def list_items(
    wl: WorklistDep,
    filters: FilterDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=2_147_483_647)] = 0,
    sort: Annotated[SortKey, Query(description="priority (denial risk x amount at stake) by default.")] = (
        "priority"
    ),
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
) -> Page:
    """Items of your organization, highest priority first unless ``sort`` says otherwise."""
    return list_page(wl, filters, limit, offset, sort, order)


@api_router.get(
    "/items.csv",
    summary="Export the filtered list as CSV",
    response_class=Response,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}},
)
def export_csv(wl: WorklistDep, filters: FilterDep) -> Response:
    """Every item matching the filters (all pages, priority order): ids, dates, statuses, scores; no note
    text. The export is audited."""
    text = wl.run(usecases.export_csv, filters)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="worklist.csv"'},
    )


@api_router.get("/items/{item_id}", response_model=ItemView, summary="One item", responses=_errors(404))
def get_item(item_id: RowId, wl: WorklistDep, response: Response) -> ItemView:
    """The item's row (statuses, gaps, scores, allowed transitions); its ``version`` is also the ETag."""
    item = wl.run(usecases.get_item, item_id)
    response.headers["ETag"] = etag(item.version)
    return item


@api_router.get(
    "/charts/{chart_id}", response_model=ItemView, summary="The item of a chart id", responses=_errors(404)
)
def find_item(chart_id: str, wl: WorklistDep, response: Response) -> ItemView:
    item = wl.run(usecases.find_item, chart_id)
    response.headers["ETag"] = etag(item.version)
    return item


@api_router.get(
    "/items/{item_id}/versions",
    response_model=list[VersionInfo],
    summary="Report versions of an item",
    responses=_errors(404),
)
def report_versions(item_id: RowId, wl: WorklistDep) -> list[VersionInfo]:
    """Every report version, oldest first (metadata: hashes, gaps; not audited)."""
    return wl.run(usecases.report_versions, item_id)


@api_router.get(
    "/items/{item_id}/report",
    response_model=ReportView,
    summary="The gap report with evidence (audited)",
    responses=_errors(404),
)
def get_report(
    item_id: RowId,
    wl: WorklistDep,
    version: Annotated[
        int | None, Query(ge=1, le=2_147_483_647, description="A report version (default: the latest).")
    ] = None,
) -> ReportView:
    """The report with every requirement's evidence quotes; reading it is recorded in the audit trail."""
    return wl.run(usecases.get_report, item_id, version)


@api_router.get(
    "/items/{item_id}/audit",
    response_model=list[AuditView],
    summary="Audit trail of an item",
    responses=_errors(404),
)
def item_audit(
    item_id: RowId, wl: WorklistDep, limit: Annotated[int, Query(ge=1, le=5000)] = 500
) -> list[AuditView]:
    return wl.run(usecases.audit_trail, item_id, limit=limit)


@api_router.get(
    "/audit",
    response_model=list[AuditView],
    summary="Audit trail of the organization (reviewers, admins)",
    responses=_errors(403),
)
def organization_audit(wl: WorklistDep, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[AuditView]:
    return wl.run(usecases.audit_trail, None, limit=limit)


# --- workflow ----------------------------------------------------------------------------------------------


@api_router.post(
    "/items/{item_id}/transition",
    response_model=ItemView,
    summary="Change an item's status",
    responses=_errors(403, 404, 409),
)
def transition(
    item_id: RowId, body: TransitionRequest, wl: WorklistDep, response: Response, if_match: IfMatch = None
) -> ItemView:
    """Move the item to ``status``. Not allowed from its current status: 409 with ``allowed``."""
    item = wl.run(
        usecases.transition,
        item_id,
        body.status,
        expected_version=expected_version(body.expected_version, if_match),
        note=body.note,
        override_reason=body.override_reason,
    )
    response.headers["ETag"] = etag(item.version)
    return item


@api_router.post(
    "/items/{item_id}/assign",
    response_model=ItemView,
    summary="Assign an item (reviewers, admins)",
    responses=_errors(403, 404, 409),
)
def assign(
    item_id: RowId, body: AssignRequest, wl: WorklistDep, response: Response, if_match: IfMatch = None
) -> ItemView:
    item = wl.run(
        usecases.assign,
        item_id,
        body.assignee_id,
        expected_version=expected_version(body.expected_version, if_match),
    )
    response.headers["ETag"] = etag(item.version)
    return item


@api_router.post(
    "/items/{item_id}/query-draft",
    response_model=QueryDraft,
    summary="Compose the provider query (editable text)",
    responses=_errors(403, 404),
)
def compose_query(
    item_id: RowId, wl: WorklistDep, body: Annotated[ComposeRequest | None, Body()] = None
) -> QueryDraft:
    """Draft text for the item's open gaps (or the requirement ids given): message, evidence, request. Edit it
    and send it with ``POST /items/{id}/queries``. Reading the evidence is audited."""
    return wl.run(usecases.compose_queries, item_id, body.requirement_ids if body else None)


@api_router.post(
    "/items/{item_id}/queries",
    response_model=SentQuery,
    status_code=201,
    summary="Send a provider query",
    responses=_errors(403, 404, 409),
)
def send_query(
    item_id: RowId, body: SendQueryRequest, wl: WorklistDep, if_match: IfMatch = None
) -> SentQuery:
    """Record the (edited) query, move the item to query_sent; recorded in the audit trail."""
    return wl.run(
        usecases.send_query,
        item_id,
        body.text,
        body.requirement_ids,
        recipient=body.recipient,
        expected_version=expected_version(body.expected_version, if_match),
    )


@api_router.get(
    "/items/{item_id}/queries",
    response_model=list[SentQuery],
    summary="Queries sent for an item",
    responses=_errors(404),
)
def list_queries(item_id: RowId, wl: WorklistDep) -> list[SentQuery]:
    return wl.run(usecases.list_queries, item_id)


# --- loading -----------------------------------------------------------------------------------------------


def _load(store: Store, principal: Principal, chart: Chart, report: Any) -> LoadResult:
    for attempt in range(LOAD_RETRIES):
        try:
            with store.session() as session:
                return usecases.load_report(session, principal.actor, chart, report)
        except StaleUpdate:
            if attempt == LOAD_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


@api_router.post(
    "/charts",
    response_model=LoadResult,
    summary="Check a chart and load it into the worklist",
    responses={
        200: {"description": "The chart's item existed (a changed report adds a version)."},
        201: {"description": "A new item.", "model": LoadResult},
        **_errors(403),
    },
)
async def load_chart(
    chart: Chart,
    request: Request,
    response: Response,
    principal: PrincipalDep,
    store: StoreDep,
    checker: CheckerDep,
    profile: Annotated[str | None, Query(description="Override the chart's payer profile.")] = None,
) -> LoadResult:
    """Run the checker on a chart (contract format) and upsert its item, idempotent by chart id: the same
    report twice adds nothing; a changed one adds a report version."""
    # One validation path for every route that takes a chart: the limits of /v1/check apply here too.
    settings = getattr(request.app.state, "settings", None)
    chart = enforce_limits(chart, settings if settings is not None else Settings())
    report = await run_in_threadpool(checker.check, chart, profile)
    result = await run_in_threadpool(_load, store, principal, chart, report)
    response.status_code = 201 if result.created else 200
    return result


@api_router.post(
    "/rescore", response_model=Rescored, summary="Recompute scores (admins)", responses=_errors(403)
)
def rescore(wl: WorklistDep) -> Rescored:
    return Rescored(rescored=wl.run(usecases.rescore))


# --- sessions ----------------------------------------------------------------------------------------------


def set_session_cookie(request: Request, response: Response, token: str, expires_at: dt.datetime) -> None:
    """The session cookie: HttpOnly, SameSite=Lax, Secure on https, for the whole site (API and UI)."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        expires=expires_at,
        path="/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )


@api_router.post(
    "/session",
    response_model=SessionInfo,
    summary="Log in (sets the session cookie)",
    responses={
        401: {"model": WorklistErrorBody, "description": "Wrong user name or password."},
        429: {
            "model": WorklistErrorBody,
            "description": "Too many failed logins from this user or client, or too many at once: retry "
            "after the Retry-After seconds.",
        },
    },
)
def login(
    body: LoginRequest, request: Request, response: Response, store: StoreDep, csrf_secret: CsrfSecretDep
) -> SessionInfo:
    from nlp_checker_worklist.throttle import throttled_login

    client = request.client.host if request.client else None
    token = throttled_login(
        store,
        body.username,
        body.password,
        client,
        getattr(request.app.state, "login_throttle", None),
        organization=body.organization,
    )
    set_session_cookie(request, response, token.token, token.expires_at)
    return SessionInfo(
        user_id=token.actor_user_id,
        expires_at=token.expires_at,
        csrf_token=csrf_token_for(token.token, csrf_secret),
    )


@api_router.delete("/session", status_code=204, summary="Log out (ends the session)")
def logout(principal: PrincipalDep, store: StoreDep) -> Response:
    if principal.session_token:
        with store.session() as session:
            usecases.logout(session, principal.session_token)
    answer = Response(status_code=204)
    answer.delete_cookie(SESSION_COOKIE, path="/")
    return answer


# --- users and API keys ------------------------------------------------------------------------------------


@api_router.get("/users", response_model=list[UserView], summary="Users of your organization")
def list_users(wl: WorklistDep) -> list[UserView]:
    return wl.run(usecases.list_users)


@api_router.post(
    "/users",
    response_model=UserView,
    status_code=201,
    summary="Create a user (admins)",
    responses=_errors(403, 409),
)
def create_user(body: UserCreate, wl: WorklistDep) -> UserView:
    return wl.run(
        usecases.create_user, body.username, body.role, password=body.password, display_name=body.display_name
    )


@api_router.patch(
    "/users/{user_id}", response_model=UserView, summary="Change a user (admins)", responses=_errors(403, 404)
)
def update_user(user_id: RowId, body: UserUpdate, wl: WorklistDep) -> UserView:
    """Role, active flag, display name; deactivating a user ends their sessions."""
    return wl.run(
        usecases.update_user, user_id, role=body.role, active=body.active, display_name=body.display_name
    )


@api_router.put(
    "/users/{user_id}/password",
    status_code=204,
    summary="Set a password (your own; admins: anyone's)",
    responses=_errors(403, 404),
)
def set_password(user_id: RowId, body: PasswordSet, wl: WorklistDep) -> Response:
    wl.run(usecases.set_password, user_id, body.password)
    return Response(status_code=204)


@api_router.get(
    "/keys",
    response_model=list[ApiKeyView],
    summary="API keys (yours; admins: any user's)",
    responses=_errors(403, 404),
)
def list_keys(
    wl: WorklistDep,
    user_id: Annotated[
        int | None, Query(ge=1, le=2_147_483_647, description="Another user (admins).")
    ] = None,
) -> list[ApiKeyView]:
    return wl.run(usecases.list_api_keys, user_id)


@api_router.post(
    "/keys",
    response_model=ApiKeyCreated,
    status_code=201,
    summary="Create an API key (shown once)",
    responses=_errors(403, 404),
)
def create_key(wl: WorklistDep, body: Annotated[ApiKeyCreate | None, Body()] = None) -> ApiKeyCreated:
    body = body or ApiKeyCreate()
    key, token = wl.run(usecases.create_api_key, user_id=body.user_id, name=body.name)
    return ApiKeyCreated(key=key, token=token)


@api_router.delete(
    "/keys/{key_id}", status_code=204, summary="Revoke an API key", responses=_errors(403, 404)
)
def revoke_key(key_id: RowId, wl: WorklistDep) -> Response:
    wl.run(usecases.revoke_api_key, key_id)
    return Response(status_code=204)
