"""The HTTP API (``frontwire serve``) through FastAPI's test client: every endpoint, its filters,
pagination, GeoJSON and CSV, the errors (JSON, with a message) and the token rule for ingesting.

Every article here is written for the tests.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from frontwire.api import extract
from frontwire.records import ActorRef
from frontwire.store import Store
from frontwire.web import app as web_app
from frontwire.web import create_app

ARTICLES = [
    dict(id="goma-1", date="2025-01-27", outlet="Lakes Daily", title="M23 seizes Goma",
         text="M23 rebels seized the city of Goma on Sunday after heavy fighting with the army, residents "
              "said.\n\n\"The town is in their hands now,\" said Jean Bosco, a shopkeeper."),
    dict(id="sake-1", date="2025-01-20", outlet="River Post", title="Shelling in Sake",
         text="Artillery shells hit the town of Sake on Monday, killing three civilians, local officials "
              "said.\n\nSoldiers fired back at the rebels from positions near the lake."),
    dict(id="kharkiv-1", date="2024-05-10", outlet="Steppe Wire", title="Protest in <b>Kharkiv</b>",
         text="Hundreds of people protested in Kharkiv on Friday against the closure of a hospital "
              "<script>alert(1)</script>, organisers said."),
]  # fmt: skip

TOKEN = "correct horse battery staple"


def _ingest(store: Store, articles: list[dict[str, str]]) -> None:
    for a in articles:
        store.ingest(extract(a["text"], **{k: v for k, v in a.items() if k != "text"}))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A read-mostly app over a store holding ARTICLES."""
    url = f"sqlite:///{tmp_path_factory.mktemp('server') / 'store.db'}"
    with Store(url) as store:
        _ingest(store, ARTICLES)
    with TestClient(create_app(url, token=TOKEN)) as test_client:
        yield test_client


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[TestClient]:
    """An app over an empty store, for tests that write."""
    with TestClient(create_app(f"sqlite:///{tmp_path / 'store.db'}", token=TOKEN)) as test_client:
        yield test_client


def _items(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status and isinstance(body["message"], str) and body["message"]
    message: str = body["message"]
    return message


# ---------------------------------------------------------------------- the OpenAPI document


def test_openapi_document_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/extract", "/api/events",
                 "/api/events.geojson", "/api/events.csv", "/api/events/{event_id}", "/api/places",
                 "/api/actors", "/api/control", "/api/quotes"):  # fmt: skip
        assert path in paths
    assert "post" in paths["/api/articles"] and "get" in paths["/api/articles"]


# ---------------------------------------------------------------------- articles


def test_articles_are_listed_oldest_first_and_paginated(client: TestClient) -> None:
    page = client.get("/api/articles").json()
    assert page["total"] == 3
    assert [a["id"] for a in page["items"]] == ["kharkiv-1", "sake-1", "goma-1"]
    assert [a["id"] for a in _items(client, "/api/articles", limit=2)] == ["kharkiv-1", "sake-1"]
    assert [a["id"] for a in _items(client, "/api/articles", limit=2, offset=2)] == ["goma-1"]
    assert _items(client, "/api/articles", offset=10) == []


def test_an_article_comes_with_its_text_and_annotated_spans(client: TestClient) -> None:
    body = client.get("/api/articles/goma-1").json()
    text = body["article"]["text"]
    assert text.startswith("M23 rebels seized")
    kinds = {s["kind"] for s in body["spans"]}
    assert {"place", "actor", "evidence", "quote"} <= kinds
    for span in body["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
    [place] = [s for s in body["spans"] if s["kind"] == "place" and s["label"] == "Goma"]
    assert text[place["start"] : place["end"]] == "Goma"
    assert [s["start"] for s in body["spans"]] == sorted(s["start"] for s in body["spans"])


def test_markup_in_an_article_is_data_not_html(client: TestClient) -> None:
    response = client.get("/api/articles/kharkiv-1")
    assert response.headers["content-type"].startswith("application/json")
    assert "<script>alert(1)</script>" in response.json()["article"]["text"]
    assert response.json()["article"]["title"] == "Protest in <b>Kharkiv</b>"
    # the page loads only its own scripts: no inline script can run even if some text slipped in
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"


def test_unknown_article_is_a_404_with_a_message(client: TestClient) -> None:
    assert "nowhere" in _error(client.get("/api/articles/nowhere"), 404)


# ---------------------------------------------------------------------- events


def test_events_filters(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    assert everything["total"] == len(everything["items"]) >= 3
    starts = [e["date"]["start"] for e in everything["items"]]
    assert starts == sorted(starts)
    assert {e["plover"]["type"] for e in _items(client, "/api/events", type="PROTEST")} == {"PROTEST"}
    assert _items(client, "/api/events", type="protest")  # case does not matter
    goma = _items(client, "/api/events", place="Goma")
    assert goma and all(e["place"]["name"] == "Goma" for e in goma)
    assert all(
        "M23" in ((e["actor1"] or {}).get("name", "") + (e["actor2"] or {}).get("name", ""))
        for e in _items(client, "/api/events", actor="m23")
    )
    assert _items(client, "/api/events", actor="m23")
    assert _items(client, "/api/events", status="denied") == []
    assert len(_items(client, "/api/events", status="occurred")) == everything["total"]
    assert {e["date"]["start"] for e in _items(client, "/api/events", since="2025-01-01")} >= {"2025-01-20"}
    assert all(e["date"]["start"] <= "2024-12-31" for e in _items(client, "/api/events", until="2024-12-31"))
    # an ACLED sub-event type
    protest = _items(client, "/api/events", type="Peaceful protest")
    assert protest and all(e["acled"]["sub_event_type"] == "Peaceful protest" for e in protest)


def test_events_bounding_box(client: TestClient) -> None:
    # around the Kivu lakes: Goma, not Kharkiv
    kivu = _items(client, "/api/events", bbox="28,-3,30,0")
    assert kivu and {e["place"]["name"] for e in kivu} == {"Goma"}
    # a box across the antimeridian holds neither
    assert _items(client, "/api/events", bbox="170,-10,-170,10") == []
    europe = _items(client, "/api/events", bbox="20,40,40,55")
    assert {e["place"]["name"] for e in europe} == {"Kharkiv"}


def test_events_pagination(client: TestClient) -> None:
    everything = _items(client, "/api/events")
    page = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == len(everything) and page["limit"] == 1 and page["offset"] == 1
    assert [e["id"] for e in page["items"]] == [everything[1]["id"]]


def test_one_event_with_its_reports_evidence_and_reasons(client: TestClient) -> None:
    [first, *_] = _items(client, "/api/events", place="Goma")
    body = client.get(f"/api/events/{first['id']}").json()
    assert body["id"] == first["id"]
    [member] = body["members"]
    assert member["article"] == "goma-1" and member["reason"] == "first report"
    assert member["title"] == "M23 seizes Goma" and member["outlet"] == "Lakes Daily"
    [evidence] = member["evidence"]
    text = client.get("/api/articles/goma-1").json()["article"]["text"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert "seized the city of Goma" in evidence["text"]


def test_event_errors(client: TestClient) -> None:
    assert "m999" in _error(client.get("/api/events/m999"), 404)
    _error(client.get("/api/events/not-an-id"), 404)
    assert "since" in _error(client.get("/api/events", params={"since": "last week"}), 400)
    assert "after" in _error(
        client.get("/api/events", params={"since": "2025-02-01", "until": "2025-01-01"}), 400
    )
    _error(client.get("/api/events", params={"bbox": "1,2,3"}), 400)
    _error(client.get("/api/events", params={"bbox": "0,80,10,20"}), 400)  # south above north
    _error(client.get("/api/events", params={"status": "rumoured"}), 400)
    assert "limit" in _error(client.get("/api/events", params={"limit": 0}), 422)
    _error(client.get("/api/events", params={"limit": "many"}), 422)
    _error(client.get("/api/events", params={"offset": -1}), 422)
    _error(client.get("/api/events.geojson", params={"until": "2025-13-01"}), 400)
    _error(client.get("/api/no-such-endpoint"), 404)


def test_events_as_geojson(client: TestClient) -> None:
    response = client.get("/api/events.geojson")
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    located = [e for e in _items(client, "/api/events") if e["place"] and e["place"]["lat"] is not None]
    assert len(body["features"]) == len(located)
    goma = next(f for f in body["features"] if f["properties"]["place"] == "Goma")
    lon, lat = goma["geometry"]["coordinates"]
    assert goma["geometry"]["type"] == "Point" and 29 < lon < 29.5 and -2 < lat < -1.5
    assert goma["id"] == goma["properties"]["id"]
    filtered = client.get("/api/events.geojson", params={"type": "PROTEST"}).json()
    assert {f["properties"]["plover_type"] for f in filtered["features"]} == {"PROTEST"}


def test_events_as_csv(client: TestClient) -> None:
    response = client.get("/api/events.csv", params={"place": "Goma"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and {r["place"] for r in rows} == {"Goma"}
    assert float(rows[0]["lon"]) > 29 and rows[0]["articles"] == "goma-1"
    assert len(list(csv.reader(io.StringIO(client.get("/api/events.csv", params={"limit": 1}).text)))) == 2


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client: TestClient) -> None:
    event = client.app.state.store.events(place="Goma")[0]  # type: ignore[attr-defined]
    event = dataclasses.replace(event, actor1=ActorRef('=HYPERLINK("http://x")', "rebel", None))
    [parsed] = list(csv.DictReader(io.StringIO(web_app._csv_safe([event]))))
    assert parsed["actor1"] == '\'=HYPERLINK("http://x")'
    assert parsed["lat"].startswith("-")  # negative numbers are left alone


# ---------------------------------------------------------------------- places, actors, control, quotes


def test_places_and_actors(client: TestClient) -> None:
    places = _items(client, "/api/places")
    goma = next(p for p in places if p["name"] == "Goma")
    assert goma["country"] == "CD" and goma["events"] >= 1 and goma["lat"] is not None
    assert [p["events"] for p in places] == sorted((p["events"] for p in places), reverse=True)
    assert [p["name"] for p in _items(client, "/api/places", q="khark")] == ["Kharkiv"]
    assert len(_items(client, "/api/places", limit=1)) == 1
    actors = _items(client, "/api/actors")
    assert any("M23" in a["name"] for a in actors)
    assert all("m23" in a["name"].casefold() for a in _items(client, "/api/actors", q="M23"))


def test_control_timelines(client: TestClient) -> None:
    [goma] = client.get("/api/control", params={"place": "goma"}).json()
    assert goma["place"]["name"] == "Goma"
    [span] = goma["spans"]
    assert "M23" in span["controller"] and span["start"] == "2025-01-26" and span["end"] is None
    assert client.get("/api/control", params={"place": "Atlantis"}).json() == []


def test_quotes(client: TestClient) -> None:
    page = client.get("/api/quotes").json()
    assert page["total"] >= 1
    [quote] = _items(client, "/api/quotes", article="goma-1")
    assert quote["text"].startswith("The town is in their hands") and quote["speaker"] == "Jean Bosco"
    assert _items(client, "/api/quotes", speaker="bosco") == [quote]
    assert _items(client, "/api/quotes", article="kharkiv-1") == []


# ---------------------------------------------------------------------- extract and ingest


def test_extract_returns_a_record_and_stores_nothing(client: TestClient) -> None:
    response = client.post(
        "/api/extract",
        json={"text": "Police fired tear gas at protesters in Nairobi on Tuesday.", "date": "2024-06-25"},
    )
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["schema"] == "frontwire/1"
    assert record["article"]["date"] == "2024-06-25"
    assert any(p["name"] == "Nairobi" for p in record["places"])
    assert client.get("/api/articles").json()["total"] == 3


def test_extract_errors(client: TestClient) -> None:
    assert "text" in _error(client.post("/api/extract", json={"title": "no text"}), 422)
    _error(client.post("/api/extract", json={"text": ""}), 422)
    _error(client.post("/api/extract", json={"text": "x", "date": "yesterday"}), 422)
    _error(
        client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}), 422
    )
    huge = {"text": "word " * (web_app.MAX_BODY // 5 + 10)}
    assert "too large" in _error(client.post("/api/extract", json=huge), 413)


def test_ingest_needs_the_bearer_token(fresh: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    article = {"id": "bunia-1", "date": "2024-05-12", "text": ARTICLES[0]["text"].replace("Goma", "Bunia")}
    _error(fresh.post("/api/articles", json=article), 401)
    _error(fresh.post("/api/articles", json=article, headers={"Authorization": "Bearer wrong"}), 401)
    _error(fresh.post("/api/articles", json=article, headers={"Authorization": TOKEN}), 401)
    assert fresh.get("/api/articles").json()["total"] == 0

    compared: list[tuple[bytes, bytes]] = []
    real = web_app.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(web_app.hmac, "compare_digest", spy)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = fresh.post("/api/articles", json=article, headers=auth)
    assert response.status_code == 201, response.text
    assert response.json()["outcome"] == "added" and response.json()["id"] == "bunia-1"
    assert compared  # the token is compared in constant time
    again = fresh.post("/api/articles", json=article, headers=auth)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    assert [a["id"] for a in _items(fresh, "/api/articles")] == ["bunia-1"]
    assert _items(fresh, "/api/events", place="Bunia")


def test_ingest_is_off_without_a_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRONTWIRE_TOKEN", raising=False)
    with TestClient(create_app(f"sqlite:///{tmp_path / 'a.db'}")) as off:
        message = _error(
            off.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer "}), 403
        )
        assert "FRONTWIRE_TOKEN" in message
    monkeypatch.setenv("FRONTWIRE_TOKEN", "from-the-environment")
    with TestClient(create_app(f"sqlite:///{tmp_path / 'b.db'}")) as on:
        _error(on.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer nope"}), 401)
        ok = on.post(
            "/api/articles",
            json={"text": "Protesters marched in Lagos on Monday.", "date": "2024-08-05"},
            headers={"Authorization": "Bearer from-the-environment"},
        )
        assert ok.status_code == 201, ok.text


def test_cross_origin_requests_get_no_cors_headers(client: TestClient) -> None:
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/api/articles",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers
    assert preflight.status_code == 405


@pytest.mark.parametrize(
    "filters",
    [{}, {"place": "goma"}, {"actor": "M23"}, {"type": "ASSAULT"}, {"type": "Peaceful protest"},
     {"type": "battles"}, {"since": "2025-01-01"}, {"until": "2024-12-31"}],
)  # fmt: skip
def test_the_api_lists_the_same_events_as_the_store(client: TestClient, filters: dict[str, str]) -> None:
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    days = {k: date.fromisoformat(v) for k, v in filters.items() if k in ("since", "until")}
    expected = store.events(filters.get("place"), filters.get("actor"), filters.get("type"), **days)
    assert _items(client, "/api/events", **filters) == [e.to_dict() for e in expected]


@pytest.mark.parametrize("filters", [{}, {"type": "ASSAULT"}, {"type": "Armed clash"}, {"place": "Goma"}])
def test_the_map_features_agree_with_the_whole_events(client: TestClient, filters: dict[str, str]) -> None:
    from frontwire.web.queries import feature

    store: Store = client.app.state.store  # type: ignore[attr-defined]
    expected = [feature(e) for e in store.events(filters.get("place"), None, filters.get("type"))]
    body = client.get("/api/events.geojson", params=filters).json()
    assert body["features"] == [f for f in expected if f is not None]


def test_serve_command_is_there() -> None:
    from typer.testing import CliRunner

    from frontwire.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--tiles"):
        assert option in result.output


def test_online_tiles_are_an_option_and_widen_only_images(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        create_app(f"sqlite:///{tmp_path / 'x.db'}", tiles="javascript:alert(1)")
    tiles = "https://tile.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(f"sqlite:///{tmp_path / 'y.db'}", tiles=tiles)) as online:
        assert online.get("/api/meta").json()["tiles"] == tiles
        csp = online.get("/").headers["content-security-policy"]
        assert "img-src 'self' data: https://tile.example.org;" in csp and "script-src 'self';" in csp


def test_brief_endpoint_serves_html_and_markdown(client: TestClient) -> None:
    html = client.get("/api/brief", params={"since": "2000-01-01", "until": "2100-12-31"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "<svg" in html.text
    md = client.get("/api/brief", params={"since": "2000-01-01", "until": "2100-12-31", "format": "md"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    bad = client.get("/api/brief", params={"since": "yesterday-ish"})
    assert bad.status_code == 400 and "message" in bad.json()


# ---------------------------------------------------------------------- hardening


def test_serve_listens_on_this_machine_only_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from frontwire.cli import app

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **options: calls.append({"app": web, **options}))
    db = str(tmp_path / "serve.db")
    result = CliRunner().invoke(app, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8000
    # another address only when asked, and CORS only for the origins named
    result = CliRunner().invoke(
        app, ["serve", "--db", db, "--host", "0.0.0.0", "--cors-origin", "https://desk.example"]
    )
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "0.0.0.0"
    with TestClient(calls[-1]["app"]) as served:
        headers = {"Origin": "https://desk.example"}
        assert (
            served.get("/api/meta", headers=headers).headers["access-control-allow-origin"]
            == headers["Origin"]
        )


def test_cors_is_opt_in_and_only_for_the_origins_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        create_app(f"sqlite:///{tmp_path / 'x.db'}", cors_origins=["*"])
    app = create_app(f"sqlite:///{tmp_path / 'c.db'}", token=TOKEN, cors_origins=["https://desk.example"])
    with TestClient(app) as shared:
        allowed = shared.get("/api/articles", headers={"Origin": "https://desk.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://desk.example"
        assert "access-control-allow-credentials" not in allowed.headers
        other = shared.get("/api/articles", headers={"Origin": "https://elsewhere.example"})
        assert other.status_code == 200 and "access-control-allow-origin" not in other.headers
        preflight = shared.options(
            "/api/articles",
            headers={
                "Origin": "https://desk.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert preflight.status_code == 200
        assert "POST" in preflight.headers["access-control-allow-methods"]


def test_a_streamed_body_over_the_limit_is_refused_with_413(client: TestClient) -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        # no Content-Length: sent chunked, as a client streaming an upload does
        yield b'{"text": "'
        for _ in range(web_app.MAX_BODY // 65_536 + 50):
            sent.append(1)
            yield b"x" * 65_536
        yield b'"}'

    response = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert "too large" in _error(response, 413)
    # a streamed body under the limit is read as usual
    small = client.post(
        "/api/extract",
        content=iter([b'{"text": "Protesters marched in Lagos on Monday.",', b' "date": "2024-08-05"}']),
        headers={"content-type": "application/json"},
    )
    assert small.status_code == 200, small.text


async def _call(
    app: Any, method: str, path: str, headers: list[tuple[bytes, bytes]], body: list[bytes]
) -> tuple[int, bytes, int]:
    """Call the ASGI app directly (a client cannot send a body longer than its Content-Length)."""
    pending = [
        {"type": "http.request", "body": b, "more_body": i < len(body) - 1} for i, b in enumerate(body)
    ]
    read = 0
    out: dict[str, Any] = {"body": b""}

    async def receive() -> dict[str, Any]:
        nonlocal read
        if pending:
            read += 1
            return pending.pop(0)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
             "root_path": "", "headers": headers, "client": ("127.0.0.1", 1),
             "server": ("testserver", 80)}  # fmt: skip
    await app(scope, receive, send)
    return out["status"], out["body"], read


def test_a_body_longer_than_its_content_length_is_cut_off_with_413(client: TestClient) -> None:
    import json as json_

    import anyio

    piece = b"x" * 1_000_000
    body = [b'{"text": "', *([piece] * 5), b'"}']
    headers = [(b"content-type", b"application/json"), (b"content-length", b"20")]
    status, payload, read = anyio.run(_call, client.app, "POST", "/api/extract", headers, body)
    assert status == 413 and "too large" in json_.loads(payload)["message"]
    assert read <= 4  # reading stopped at the limit, not at the end of the body
    # a Content-Length over the limit is refused before any of the body is read
    headers = [(b"content-type", b"application/json"), (b"content-length", str(10**9).encode())]
    status, payload, read = anyio.run(_call, client.app, "POST", "/api/extract", headers, body)
    assert status == 413 and read == 0
    # two different Content-Lengths, or one that is not a number, are a bad request
    headers = [(b"content-length", b"10"), (b"content-length", b"12")]
    assert anyio.run(_call, client.app, "POST", "/api/extract", headers, [b"{}"])[0] == 400
    assert (
        anyio.run(_call, client.app, "POST", "/api/extract", [(b"content-length", b"-1")], [b"{}"])[0] == 400
    )


def test_an_internal_error_is_json_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'e.db'}", token=TOKEN)
    secret = "/very/secret/path.py line 42 in _internal"

    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError(secret)

    monkeypatch.setattr(app.state.store, "articles", broken)
    monkeypatch.setattr(app.state.store, "record", broken)
    with TestClient(app, raise_server_exceptions=False) as failing:
        for path in ("/api/articles", "/api/articles/anything"):
            response = failing.get(path)
            assert _error(response, 500) == "internal server error"
            assert "Traceback" not in response.text and "secret" not in response.text
            assert "RuntimeError" not in response.text
        assert failing.get("/api/meta").status_code == 200  # the server goes on


INJECTIONS = [
    "' OR '1'='1",
    "Goma'; DROP TABLE articles; --",
    '" OR 1=1 --',
    "1) UNION SELECT name, sql FROM sqlite_master --",
    "%",
    "_",
    "\\",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_looking_filter_values_are_data(client: TestClient, value: str) -> None:
    for path, params in [
        ("/api/events", {"place": value}),
        ("/api/events", {"actor": value}),
        ("/api/events", {"type": value}),
        ("/api/events.geojson", {"place": value}),
        ("/api/places", {"q": value}),
        ("/api/actors", {"q": value}),
        ("/api/quotes", {"speaker": value}),
        ("/api/quotes", {"article": value}),
    ]:
        response = client.get(path, params=params)
        assert response.status_code == 200, (path, params, response.text)
        body = response.json()
        found = body["features"] if "features" in body else body["items"]
        assert found == [], (path, params)  # no value above names anything: nothing matches
    for path in ("/api/articles/", "/api/events/"):
        assert client.get(path + value.replace("/", " ")).status_code in (404, 400)
    assert client.get("/api/control", params={"place": value}).json() == []
    # and the store is as it was
    assert client.get("/api/articles").json()["total"] == 3
    assert _items(client, "/api/places", q="goma")[0]["name"] == "Goma"


def test_nul_characters_in_a_query_or_path_are_a_bad_request(client: TestClient) -> None:
    # PostgreSQL refuses NUL in text and SQLite would read "Goma\0" as "Goma": both are refused
    assert "NUL" in _error(client.get("/api/places", params={"q": "Goma\x00"}), 400)
    _error(client.get("/api/events", params={"place": "Goma\x00; DROP TABLE articles"}), 400)
    _error(client.get("/api/articles/goma-1%00"), 400)
    assert client.get("/api/articles").json()["total"] == 3


def test_numbers_past_what_the_database_holds_are_client_errors(client: TestClient) -> None:
    # found by schemathesis: these were 500s (SQLite cannot bind integers past 2**63; int("²") fails)
    assert "offset" in _error(client.get("/api/quotes", params={"offset": 2**63}), 422)
    _error(client.get("/api/events", params={"offset": 10**30}), 422)
    _error(client.get("/api/events/m99999999999999999999999"), 404)
    _error(client.get("/api/events/m١٢"), 404)
    assert "GeoNames" in _error(client.get("/api/events", params={"place": "99999999999999999999"}), 400)
    _error(client.get("/api/events.geojson", params={"place": "²"}), 400)
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    assert store.events(place="99999999999999999999") == [] and store.events(place="²") == []
    assert _items(client, "/api/events", place="216281")  # a GeoNames id still works (Goma)


def test_sql_looking_filter_values_are_data_in_postgresql() -> None:
    from conftest import empty_store_url

    url = empty_store_url("postgresql", Path("."))
    with Store(url) as store:
        _ingest(store, ARTICLES[:1])
    with TestClient(create_app(url, token=TOKEN)) as pg:
        for value in [*INJECTIONS, "99999999999999999999"]:
            for path, name in [("/api/events", "actor"), ("/api/places", "q"), ("/api/actors", "q"),
                               ("/api/quotes", "speaker"), ("/api/quotes", "article")]:  # fmt: skip
                response = pg.get(path, params={name: value})
                assert response.status_code == 200 and response.json()["items"] == [], (path, value)
            assert pg.get("/api/events/" + value.replace("/", " ")).status_code in (400, 404)
        _error(pg.get("/api/places", params={"q": "Goma\x00"}), 400)
        _error(pg.get("/api/quotes", params={"offset": 2**63}), 422)
        assert pg.get("/api/articles").json()["total"] == 1
        assert _items(pg, "/api/events", place="Goma")
