"""The HTTP API and the web page: a FastAPI app over a `Store`.

The page under ``/`` reads nothing but the public JSON API below ``/api``, so the API is the
contract and the page cannot drift from it. Every error is JSON: ``{"message": ..., "status": ...}``,
an unexpected one too (a 500 that names no internals: the traceback goes to the server's log).
"""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import io
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from frontwire import __version__
from frontwire.records import PLOVER_TYPES, ArticleRecord, MergedEvent
from frontwire.store import Store
from frontwire.store.models import ActorRow, ArticleRow, MergedEventRow, PlaceRow, QuoteRow
from frontwire.store.views import write_events
from frontwire.web.queries import POINT_FIELDS, EventQuery, features, page_events, points, select_events

#: where the page and its vendored JavaScript and CSS live (``make`` copies the npm packages there)
STATIC = Path(__file__).resolve().parent / "static"
#: the environment variable holding the bearer token that ``POST /api/articles`` requires
TOKEN_ENV = "FRONTWIRE_TOKEN"
#: the largest request body accepted (bytes); an article is text, a few hundred kB at most
MAX_BODY = 2_000_000
#: the largest page of a list endpoint
MAX_LIMIT = 20_000
STATUSES = ("occurred", "claimed", "denied", "threatened", "planned", "reported")

log = logging.getLogger("frontwire.web")

# the page is served from this origin only: no inline scripts, nothing fetched from elsewhere
_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


class ArticleIn(BaseModel):
    """An article posted to ``/api/extract`` or ``/api/articles``."""

    text: str = Field(min_length=1, description="The article's body text.")
    date: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    id: str | None = Field(None, max_length=200)


class Points(BaseModel):
    """Located merged events for a map: each item is a row of ``fields``
    (``id, lon, lat, plover_type, date_start, reports, place``)."""

    fields: list[str]
    limit: int
    offset: int
    items: list[list[Any]]


class Page(BaseModel):
    """How a list was cut: ``total`` items matched, ``items`` holds ``limit`` from ``offset``."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
    #: False when counting stopped early: at least ``total`` matched (``/api/events`` counts at most
    #: 1,000 matches past the page, so a broad filter on a big store costs no more than a page)
    total_exact: bool = True


class ErrorBody(BaseModel):
    """Every error: its HTTP status, a message for people and, for invalid requests, each problem."""

    status: int
    message: str
    detail: list[dict[str, Any]] | None = Field(None, description="Each invalid part of a request (422).")


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI description of these error responses (all ``ErrorBody``)."""
    what = {
        400: "A parameter is malformed (a date, a box, a status)",
        401: "The bearer token is missing or wrong",
        403: "Ingesting over HTTP is off (no token set)",
        404: "No such article or event",
        413: "The request body is over the limit",
        422: "The request does not match this document",
        500: "An unexpected error (the server's log has the details)",
    }
    # JSON whatever the operation's own media type (CSV, GeoJSON, HTML)
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    return {code: {"model": ErrorBody, "description": what[code], "content": content} for code in codes}


class CSVResponse(Response):
    """A CSV document."""

    media_type = "text/csv"


class GeoJSONResponse(JSONResponse):
    """A GeoJSON document."""

    media_type = "application/geo+json"


def _error(status: int, message: str, detail: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status)


def _too_large() -> str:
    return f"request body too large (limit {MAX_BODY:,} bytes)"


class Guard:
    """Refuse request bodies over ``limit`` bytes with a JSON 413, however they are sent, and add
    ``headers`` (the security headers) to every response.

    A declared Content-Length over the limit is refused before anything is read. A body sent in
    chunks (no Content-Length), or longer than its Content-Length says, is counted as the endpoint
    reads it, and reading stops with a 413 at the first byte past the limit: the body is never held
    whole. (A raw ASGI middleware: Starlette's ``@app.middleware`` runs the app in a task group,
    which turns the 413 raised while reading into an exception group the app cannot answer.)
    """

    def __init__(self, app: ASGIApp, limit: int, headers: dict[str, str]) -> None:
        """Wrap ``app``."""
        self.app = app
        self.limit = limit
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request, counting the bytes of its body."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        target = scope.get("raw_path", b"") + b"?" + scope.get("query_string", b"")
        if b"%00" in target or b"\x00" in target:
            # PostgreSQL refuses NUL in text and SQLite cuts strings at it: neither names anything
            await _error(400, "NUL characters are not allowed in a path or query")(
                scope, receive, send_with_headers
            )
            return
        lengths = [v for k, v in scope.get("headers", []) if k.lower() == b"content-length"]
        if lengths:
            if len(set(lengths)) > 1 or not lengths[0].isdigit():
                await _error(400, "bad Content-Length")(scope, receive, send_with_headers)
                return
            if int(lengths[0]) > self.limit:
                await _error(413, _too_large())(scope, receive, send_with_headers)
                return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # raised into the endpoint's body reading: the app answers it as any HTTP error
                    raise HTTPException(413, _too_large())
            return message

        await self.app(scope, counted, send_with_headers)


def _day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a YYYY-MM-DD date, got {value!r}") from None


def _geonameid(value: str) -> int | None:
    """``value`` as a GeoNames id: ASCII digits, below 2**31 (``int`` reads other digits too)."""
    value = value.strip()
    if value.isascii() and value.isdigit() and int(value) < 2**31:
        return int(value)
    return None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees."""
    if not value:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise HTTPException(400, "bbox must be west,south,east,north (four numbers)") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(400, "bbox out of range: west,south,east,north in degrees, south <= north")
    return west, south, east, north


class EventFilter:
    """The query parameters every event list shares."""

    def __init__(
        self,
        place: Annotated[str | None, Query(description="Place name, admin1 or GeoNames id.")] = None,
        actor: Annotated[str | None, Query(description="Part of either actor's name.")] = None,
        type: Annotated[
            str | None, Query(description="A PLOVER type, ACLED event type or sub-event type.")
        ] = None,
        status: Annotated[str | None, Query(description="occurred, claimed, denied, ...")] = None,
        since: Annotated[str | None, Query(description="Events on or after YYYY-MM-DD.")] = None,
        until: Annotated[str | None, Query(description="Events on or before YYYY-MM-DD.")] = None,
        bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    ) -> None:
        if place is not None and place.strip().isdigit() and _geonameid(place) is None:
            raise HTTPException(400, f"a GeoNames id is a number below 2**31 in ASCII digits, got {place!r}")
        self.place, self.actor, self.type = place, actor, type
        if status is not None and status not in STATUSES:
            raise HTTPException(400, f"status must be one of {', '.join(STATUSES)}, got {status!r}")
        self.status = status
        self.since, self.until = _day(since, "since"), _day(until, "until")
        if self.since and self.until and self.since > self.until:
            raise HTTPException(400, "since is after until")
        self.bbox = _bbox(bbox)

    def run(self, store: Store, limit: int | None = None, offset: int = 0) -> tuple[int, list[MergedEvent]]:
        """How many merged events match every filter, and the page asked for (oldest first)."""
        return select_events(store, self.query(), limit, offset)

    def query(self) -> EventQuery:
        """The filters as a query."""
        return EventQuery(self.place, self.actor, self.type, self.status, self.since, self.until, self.bbox)


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
#: the largest offset (SQLite fails on integers past 2**63; no store holds a billion items)
MAX_OFFSET = 1_000_000_000
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]


def _event_json(event: MergedEvent) -> dict[str, Any]:
    return event.to_dict()


def _event_detail(event: MergedEvent) -> dict[str, Any]:
    out = event.to_dict()
    out["members"] = [
        {
            "article": m.report.article,
            "event": m.report.event,
            "reason": m.reason,
            "title": m.report.article_title,
            "outlet": m.report.article_outlet,
            "seen": m.report.seen.isoformat() if m.report.seen else None,
            "status": m.report.status,
            "sources": [asdict(s) for s in m.report.sources],
            "evidence": [asdict(v) for v in m.report.evidence],
        }
        for m in event.members
    ]
    return out


def _spans(record: ArticleRecord) -> list[dict[str, Any]]:
    """Every annotated stretch of an article, in text order: places, actors, quotes, evidence."""
    spans: list[dict[str, Any]] = []
    for p in record.places:
        spans += [
            {"kind": "place", "start": m.start, "end": m.end, "ref": p.id, "label": p.name}
            for m in p.mentions
        ]
    for a in record.actors:
        spans += [
            {"kind": "actor", "start": m.start, "end": m.end, "ref": a.id, "label": a.name}
            for m in a.mentions
        ]
    for i, q in enumerate(record.quotes):
        spans.append({"kind": "quote", "start": q.start, "end": q.end, "ref": f"q{i}", "label": q.speaker})
    for e in record.events:
        spans += [
            {"kind": "evidence", "start": s.start, "end": s.end, "ref": e.id, "label": e.plover.type}
            for s in e.evidence
        ]
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return spans


def _csv_safe(events: list[MergedEvent]) -> str:
    buffer = io.StringIO()
    write_events(events, buffer, "csv")
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        # a cell starting with = + @ would run as a formula in a spreadsheet (numbers may start with -)
        writer.writerow(["'" + c if c[:1] in ("=", "+", "@", "\t", "\r") else c for c in row])
    return out.getvalue()


def create_app(
    store_url: str | None = None,
    token: str | None = None,
    tiles: str | None = None,
    cors_origins: Sequence[str] = (),
) -> FastAPI:
    """The FastAPI app serving the store at ``store_url`` (see `frontwire.store.resolve_url`).

    ``token`` (else ``FRONTWIRE_TOKEN``) is the bearer token ``POST /api/articles`` requires; with
    none, ingesting over HTTP is refused. ``tiles`` is an optional online tile URL template
    (``https://host/{z}/{x}/{y}.png``) drawn over the offline country outlines. ``cors_origins``
    are the other origins (``https://host[:port]``) whose pages may call the API; by default none.
    """
    for origin in cors_origins:
        if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(:\d+)?", origin):
            raise ValueError(f"a CORS origin is scheme://host[:port], got {origin!r}")
    if tiles is not None and not re.fullmatch(r"https://[A-Za-z0-9.-]+(:\d+)?/\S*", tiles):
        raise ValueError(f"tiles must be an https:// URL template, got {tiles!r}")
    csp = _CSP.replace("img-src 'self' data:", f"img-src 'self' data: {_origin(tiles)}") if tiles else _CSP
    store = Store(store_url)
    secret = token if token is not None else os.environ.get(TOKEN_ENV) or None
    app = FastAPI(
        # the interactive docs pages load their scripts from a CDN: /openapi.json is the document
        docs_url=None,
        redoc_url=None,
        title="Frontwire",
        version=__version__,
        description="Sourced, geocoded, dated conflict events read from news articles (frontwire/1).",
        # every operation may answer these (the errors are JSON, never FastAPI's own shape)
        responses=_errors(400, 404, 413, 422, 500),
    )
    app.state.store = store

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(
            422,
            f"{where}: {first.get('msg', 'invalid request')}",
            [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in errors],
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # the traceback is logged for whoever runs the server, never sent to whoever asked
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal server error")

    security = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Content-Security-Policy": csp,
    }
    app.add_middleware(Guard, limit=MAX_BODY, headers=security)
    if cors_origins:
        # opt-in: only these origins, only reading and the token-guarded write, no cookies
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            allow_credentials=False,
        )

    def authorised(authorization: Annotated[str | None, Header()] = None) -> None:
        if secret is None:
            raise HTTPException(403, f"ingesting over HTTP is off: start the server with {TOKEN_ENV} set")
        scheme, _, given = (authorization or "").partition(" ")
        # compare in constant time, so response timing says nothing about the token
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), secret.encode()):
            raise HTTPException(401, "a valid bearer token is required")

    # ------------------------------------------------------------------ articles

    @app.get("/api/articles", summary="Stored articles, oldest first")
    def list_articles(limit: Limit = 100, offset: Offset = 0) -> Page:
        found = store.articles()
        return Page(
            total=len(found),
            limit=limit,
            offset=offset,
            items=[asdict(a) for a in found[offset : offset + limit]],
        )

    @app.get("/api/articles/{article_id}", summary="An article's record, text and annotated spans")
    def get_article(article_id: str) -> dict[str, Any]:
        record = store.record(article_id)
        if record is None:
            raise HTTPException(404, f"no article {article_id!r}")
        out = record.to_dict()
        out["spans"] = _spans(record)
        return out

    @app.post(
        "/api/articles",
        status_code=201,
        summary="Extract and store an article (bearer token)",
        responses={
            200: {"description": "The article was stored already, with the same text"},
            **_errors(401, 403),
        },
    )
    def post_article(article: ArticleIn, response: Response, _: None = Depends(authorised)) -> dict[str, Any]:
        record = _extract(article)
        outcome = store.ingest(record)
        if outcome == "unchanged":
            response.status_code = 200
        return {"id": record.article.id, "outcome": outcome, "events": len(record.events)}

    @app.post("/api/extract", summary="An article in, its frontwire/1 record out; nothing stored")
    def post_extract(article: ArticleIn) -> dict[str, Any]:
        return _extract(article).to_dict()

    # ------------------------------------------------------------------ events

    @app.get("/api/events", response_model=Page, summary="Merged events, oldest first")
    def list_events(
        filters: Annotated[EventFilter, Depends()], limit: Limit = 100, offset: Offset = 0
    ) -> JSONResponse:
        page = page_events(store, filters.query(), limit, offset)
        # the body as ``Page`` lays it out, sent as is: validating and encoding 100 whole events
        # through the response model cost more than the query that found them
        return JSONResponse(
            {
                "total": page.total,
                "limit": limit,
                "offset": offset,
                "items": [_event_json(e) for e in page.events],
                "total_exact": page.total_exact,
            }
        )

    @app.get(
        "/api/events.geojson",
        summary="Merged events with a location, as GeoJSON",
        response_class=GeoJSONResponse,
        responses={200: {"content": {"application/geo+json": {"schema": {"type": "object"}}}}},
    )
    def events_geojson(
        filters: Annotated[EventFilter, Depends()], limit: Limit = MAX_LIMIT, offset: Offset = 0
    ) -> GeoJSONResponse:
        return GeoJSONResponse(
            {"type": "FeatureCollection", "features": features(store, filters.query(), limit, offset)}
        )

    @app.get(
        "/api/points",
        response_model=Points,
        summary="Merged events with a location as compact rows, for drawing a map",
    )
    def events_points(
        filters: Annotated[EventFilter, Depends()], limit: Limit = MAX_LIMIT, offset: Offset = 0
    ) -> JSONResponse:
        """The events of ``/api/events.geojson`` (same filters, page and order), each a row of
        ``fields``: what the page's map draws, about a tenth of the GeoJSON's size. The rest of an
        event is at ``/api/events/{id}``."""
        rows = points(store, filters.query(), limit, offset)
        # a JSONResponse: ten thousand rows need no validation on their way out
        return JSONResponse({"fields": list(POINT_FIELDS), "limit": limit, "offset": offset, "items": rows})

    @app.get(
        "/api/events.csv",
        summary="Merged events as CSV, one row per event",
        response_class=CSVResponse,
        responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
    )
    def events_csv(
        filters: Annotated[EventFilter, Depends()], limit: Limit = MAX_LIMIT, offset: Offset = 0
    ) -> Response:
        _, found = filters.run(store, limit, offset)
        return Response(
            _csv_safe(found),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.csv"'},
        )

    @app.get("/api/events/{event_id}", summary="One merged event, its reports and why each was merged")
    def get_event(event_id: str) -> dict[str, Any]:
        event = store.merged(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return _event_detail(event)

    # ------------------------------------------------------------------ places, actors, control, quotes

    @app.get("/api/places", summary="Places with merged events, most events first")
    def list_places(
        q: Annotated[str | None, Query(description="Part of the place's name.")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Page:
        n = func.count(MergedEventRow.pk).label("events")
        query = select(PlaceRow, n).join(MergedEventRow, MergedEventRow.place_pk == PlaceRow.pk)
        if q:
            # autoescape: a % or _ typed in the box is that character, not a wildcard
            query = query.where(func.lower(PlaceRow.name).contains(q.strip().casefold(), autoescape=True))
        query = query.group_by(PlaceRow.pk).order_by(n.desc(), PlaceRow.name)
        with store.sessions() as session:
            rows = session.execute(query).all()
        items = [
            {
                "name": p.name,
                "geonameid": p.geonameid,
                "country": p.country,
                "admin1": p.admin1,
                "lat": p.lat,
                "lon": p.lon,
                "feature": p.feature,
                "events": count,
            }
            for p, count in rows
        ]
        return Page(total=len(items), limit=limit, offset=offset, items=items[offset : offset + limit])

    @app.get("/api/actors", summary="Actors of merged events, most events first")
    def list_actors(
        q: Annotated[str | None, Query(description="Part of the actor's name.")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Page:
        counts: dict[int, int] = {}
        with store.sessions() as session:
            for column in (MergedEventRow.actor1_pk, MergedEventRow.actor2_pk):
                for pk, count in session.execute(
                    select(column, func.count()).where(column.is_not(None)).group_by(column)
                ):
                    if pk is not None:
                        counts[pk] = counts.get(pk, 0) + count
            query = select(ActorRow).where(ActorRow.pk.in_(counts))
            if q:
                query = query.where(func.lower(ActorRow.name).contains(q.strip().casefold(), autoescape=True))
            actors = session.scalars(query).all()
        ranked = sorted(actors, key=lambda a: (-counts[a.pk], a.name))
        items = [
            {"name": a.name, "type": a.type, "country": a.country, "events": counts[a.pk]} for a in ranked
        ]
        return Page(total=len(items), limit=limit, offset=offset, items=items[offset : offset + limit])

    @app.get("/api/control", summary="Territorial-control timelines, per place")
    def list_control(
        place: Annotated[str | None, Query(description="Place name, admin1 or GeoNames id.")] = None,
    ) -> list[dict[str, Any]]:
        return [t.to_dict() for t in store.control(place)]

    @app.get("/api/quotes", summary="Direct quotations across articles")
    def list_quotes(
        article: Annotated[str | None, Query(description="Only this article's quotes.")] = None,
        speaker: Annotated[str | None, Query(description="Part of the speaker's name.")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Page:
        query = select(QuoteRow, ArticleRow.id).join(ArticleRow, QuoteRow.article_pk == ArticleRow.pk)
        if article:
            query = query.where(ArticleRow.id == article)
        if speaker:
            query = query.where(
                func.lower(QuoteRow.speaker).contains(speaker.strip().casefold(), autoescape=True)
            )
        query = query.order_by(ArticleRow.date, ArticleRow.id, QuoteRow.position)
        with store.sessions() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = session.execute(query.limit(limit).offset(offset)).all()
        items = [
            {
                "article": article_id,
                "text": r.text,
                "start": r.start,
                "end": r.end,
                "speaker": r.speaker,
                "role": r.role,
            }
            for r, article_id in rows
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    @app.get(
        "/api/brief",
        summary="The situation brief of a period, as HTML or Markdown",
        response_class=HTMLResponse,
        responses={
            200: {
                "content": {
                    "text/html": {"schema": {"type": "string"}},
                    "text/markdown": {"schema": {"type": "string"}},
                }
            }
        },
    )
    def brief(
        since: Annotated[str | None, Query(description="First day, YYYY-MM-DD.")] = None,
        until: Annotated[str | None, Query(description="Last day, YYYY-MM-DD (default: the latest).")] = None,
        country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code.")] = None,
        place: Annotated[str | None, Query(description="Place name, admin1 or GeoNames id.")] = None,
        format: Annotated[str, Query(pattern="^(html|md)$", description="html or md.")] = "html",
    ) -> Response:
        from frontwire.brief import render_brief

        try:
            text = render_brief(store, since, until, country, place, format, event_link="/#event={id}")
        except ValueError as exc:
            return _error(400, str(exc))
        media = "text/html; charset=utf-8" if format == "html" else "text/markdown; charset=utf-8"
        return Response(text, media_type=media)

    @app.get("/api/meta", summary="What the page needs to draw its filters")
    def meta() -> dict[str, Any]:
        return {
            "version": __version__,
            "plover_types": sorted(PLOVER_TYPES),
            "statuses": list(STATUSES),
            "tiles": tiles,
        }

    # ------------------------------------------------------------------ the page

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    return app


def _origin(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}"


def _extract(article: ArticleIn) -> ArticleRecord:
    from frontwire.api import ExtractionError, extract

    try:
        return extract(
            article.text,
            date=article.date,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            id=article.id,
        )
    except ExtractionError as exc:
        raise HTTPException(422, f"the article could not be read: {exc}") from None
