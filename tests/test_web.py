"""The web page in a real browser: Playwright drives Debian's chromium (/usr/bin/chromium; nothing is
downloaded) against a server this module starts on a free port, over a store holding articles
written for the tests (and the seed story when it sits beside the checkout).

Click an event on the map and see its sentence highlighted; brush the timeline and see the map
filter; markup in an article shows as text. The last test saves docs/screenshot.png for the README.
Clicks are real mouse clicks at a marker's pixel on the map's canvas, and every check after one
waits with Playwright's expectations (no sleeps): the page answers a click with a request.

The first tests check, through FastAPI's test client, ``/api/points``: the compact rows the map
draws, which must list exactly the events of ``/api/events.geojson``.
"""

from __future__ import annotations

import math
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import expect

from conftest import require
from frontwire.api import extract
from frontwire.store import Store
from frontwire.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "kunduz-2021-08-08.txt"
VENDOR = ROOT / "src" / "frontwire" / "web" / "static" / "vendor" / "leaflet.js"

ARTICLES = [
    dict(id="goma-web", date="2025-01-27", outlet="Lakes Daily", title="M23 seizes Goma",
         text="M23 rebels seized the city of Goma on Sunday after heavy fighting with the army, residents "
              "said.\n\n\"The town is in their hands now,\" said Jean Bosco, a shopkeeper."),
    dict(id="bukavu-web", date="2025-02-17", outlet="River Post", title="Rebels enter Bukavu",
         text="M23 fighters entered Bukavu on Sunday and took control of the city centre, witnesses "
              "said.\n\nThe army had withdrawn from the town the day before, officials said."),
    dict(id="kharkiv-web", date="2024-05-10", outlet="Steppe Wire", title="Protest in <b>Kharkiv</b>",
         text="Hundreds of people protested in Kharkiv on Friday against the closure of a hospital "
              "<script>alert(1)</script>, organisers said."),
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding ARTICLES (and the seed story, if present)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.db'}"
    with Store(url) as store:
        for a in ARTICLES:
            store.ingest(extract(a["text"], **{k: v for k, v in a.items() if k != "text"}))
        if SEED.exists():
            from frontwire.api import process
            from frontwire.ingest import read_paths

            [item] = list(read_paths([str(SEED)]))
            assert item.article is not None
            [outcome] = list(process([item.article]))
            assert outcome.record is not None
            store.ingest(outcome.record)
    return url


@pytest.fixture(scope="module")
def client(store_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_url)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def server(store_url: str) -> Iterator[str]:
    """The base URL of a live server over the store."""
    require(CHROMIUM.exists(), f"no chromium at {CHROMIUM} (apt-get install chromium)")
    require(VENDOR.exists(), "the page's JavaScript is not installed: run `make web`")
    import uvicorn

    url = store_url
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    opened = context.new_page()
    opened.dialogs: list[str] = []  # type: ignore[misc]
    opened.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(server + "/")
    # generous: the first page of a run loads the page's scripts on a machine that may be busy
    expect(opened.locator("body")).to_have_attribute("data-ready", "1", timeout=60_000)
    yield opened
    context.close()
    assert errors == [], f"the page raised: {errors}"


def _events(server: str, **params: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = httpx.get(server + "/api/events", params=params).json()["items"]
    return items


def _same_spot(server: str, event_id: str) -> set[str]:
    """The events drawn where ``event_id`` is (itself included)."""
    rows = httpx.get(server + "/api/points").json()["items"]
    where = {row[0]: (row[1], row[2]) for row in rows}
    return {i for i, spot in where.items() if spot == where[event_id]}


def _drawn_over(page: Any, event_id: str, reach: float = 12.0) -> set[str]:
    """The events drawn close enough to ``event_id``'s marker to take a click there (itself
    included): towns 100 km apart share a spot on a map of the world."""
    here = page.evaluate("id => window.frontwire.pointOf(id)", event_id)
    near = set()
    for other in page.evaluate("() => window.frontwire.shown()"):
        there = page.evaluate("id => window.frontwire.pointOf(id)", other)
        if there is not None and math.hypot(there["x"] - here["x"], there["y"] - here["y"]) <= reach:
            near.add(other)
    return near


def _click_event(page: Any, event_id: str, opens: set[str] | None = None) -> str:
    """Click the marker of ``event_id`` where it is drawn; the id of the event the panel shows.

    A real click on the markers' canvas at the marker's centre (the map's own latLngToContainerPoint
    through the page's small handle): Playwright waits until the map is there, stable and the
    point hit on it. ``opens``: the events the click may open, when others are drawn at that spot
    (the one drawn last, on top, takes the click).
    """
    point = page.evaluate("id => window.frontwire.pointOf(id)", event_id)
    assert point is not None, f"{event_id} is not on the map"
    page.locator("#map").click(position=point)
    title = page.locator("#event-title")
    expect(title).to_have_attribute("data-event", re.compile("|".join(map(re.escape, opens or {event_id}))))
    expect(page.locator("#article mark.evidence")).to_be_visible()
    shown: str = title.get_attribute("data-event")
    return shown


# ---------------------------------------------------------------------- /api/points, what the map draws


@pytest.mark.parametrize(
    "params",
    [{}, {"type": "PROTEST"}, {"type": "Armed clash"}, {"place": "Goma"}, {"since": "2025-01-01"},
     {"bbox": "20,40,40,55"}, {"limit": "2", "offset": "1"}],
)  # fmt: skip
def test_points_are_the_geojson_events_in_a_few_columns(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/api/points", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["fields"] == ["id", "lon", "lat", "plover_type", "date_start", "reports", "place"]
    rows = [dict(zip(body["fields"], row, strict=True)) for row in body["items"]]
    features = client.get("/api/events.geojson", params=params).json()["features"]
    assert [r["id"] for r in rows] == [f["id"] for f in features]
    for row, feature in zip(rows, features, strict=True):
        assert [row["lon"], row["lat"]] == feature["geometry"]["coordinates"]
        for name in ("plover_type", "date_start", "reports", "place"):
            assert row[name] == feature["properties"][name]
    if not params:
        assert len(rows) >= 3 and {"Goma", "Kharkiv"} <= {r["place"] for r in rows}


def test_points_errors_are_json_with_a_message(client: TestClient) -> None:
    for params, status in [({"since": "soon"}, 400), ({"bbox": "1,2,3"}, 400), ({"status": "rumoured"}, 400),
                           ({"limit": "0"}, 422), ({"offset": "-1"}, 422)]:  # fmt: skip
        response = client.get("/api/points", params=params)
        assert response.status_code == status, (params, response.text)
        assert response.json()["status"] == status and response.json()["message"]


def test_points_are_in_the_openapi_document(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    operation = document["paths"]["/api/points"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {
        "place",
        "type",
        "since",
        "bbox",
        "limit",
        "offset",
    }
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["$ref"].endswith("/Points")
    assert "fields" in document["components"]["schemas"]["Points"]["properties"]


# ---------------------------------------------------------------------- the page in chromium


def test_clicking_an_event_highlights_its_sentence(page: Any, server: str) -> None:
    [protest] = _events(server, place="Kharkiv")
    _click_event(page, protest["id"])
    detail = httpx.get(f"{server}/api/events/{protest['id']}").json()
    evidence = detail["members"][0]["evidence"][0]["text"]
    expect(page.locator("#article mark.evidence")).to_have_text(evidence)
    expect(page.locator("#panel")).to_contain_text("Steppe Wire")
    # the address names the event, so the view can be linked to
    assert page.evaluate("location.hash") == f"#event={protest['id']}"


def test_an_event_named_in_the_address_opens(browser: Any, server: str) -> None:
    [goma, *_] = _events(server, place="Goma")
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    try:
        opened = context.new_page()
        opened.goto(f"{server}/#event={goma['id']}")  # as the brief links to an event
        expect(opened.locator("#event-title")).to_have_attribute("data-event", goma["id"], timeout=60_000)
        expect(opened.locator("#article mark.evidence")).to_contain_text("Goma")
    finally:
        context.close()


def test_markup_in_an_article_shows_as_text(page: Any, server: str) -> None:
    [protest] = _events(server, place="Kharkiv")
    _click_event(page, protest["id"])
    expect(page.locator("#article .article-text")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("#article .article-title")).to_have_text("Protest in <b>Kharkiv</b>")
    assert page.locator("#panel script, #panel b").count() == 0
    assert page.dialogs == []


def test_brushing_the_timeline_filters_the_map(page: Any, server: str) -> None:
    everything = sorted(page.evaluate("window.frontwire.shown()"))
    dated = {e["id"]: e["date"]["start"] for e in _events(server, limit="1000")}
    assert len(everything) >= 3
    box = page.locator("#timeline").bounding_box()
    # drag over the last tenth of the timeline: the latest events, not the earliest
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.9, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.95, y, steps=4)
    page.mouse.move(box["x"] + box["width"] + 20, y, steps=4)  # past the end: clamped to the last day
    page.mouse.up()
    expect(page.locator("#clear-brush")).to_be_visible()  # the brush is applied
    shown = page.evaluate("window.frontwire.shown()")
    assert 0 < len(shown) < len(everything)
    assert all(dated[i] >= "2024-01-01" for i in shown)
    assert any(dated[i] >= "2025-01-01" for i in shown)
    assert page.get_attribute("#count", "data-shown") == str(len(shown))
    assert "of" in page.inner_text("#count")
    # an event brushed out is not drawn (the handle gives it no pixel); one still drawn takes a click
    hidden = sorted(set(everything) - set(shown))
    assert page.evaluate("id => window.frontwire.pointOf(id)", hidden[0]) is None
    latest = max(shown, key=lambda i: dated[i])
    _click_event(page, latest, opens=_same_spot(server, latest) & set(shown))
    page.click("#clear-brush")
    expect(page.locator("#clear-brush")).to_be_hidden()
    assert sorted(page.evaluate("window.frontwire.shown()")) == everything


def test_filters_reload_the_events_from_the_api(page: Any, server: str) -> None:
    page.select_option("#f-type", "PROTEST")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => window.frontwire.shown().length === 1")
    [only] = page.evaluate("window.frontwire.shown()")
    assert only == _events(server, type="PROTEST")[0]["id"]
    assert "type=PROTEST" in (page.get_attribute("#csv", "href") or "")


def test_control_view_and_screenshot(page: Any, server: str) -> None:
    assert page.locator("#control .place").count() >= 1
    assert page.locator("#control .span").count() >= 1
    assert "Goma" in page.inner_text("#control")
    [goma, *_] = _events(server, place="Goma")
    _click_event(page, goma["id"], opens=_same_spot(server, goma["id"]) | _drawn_over(page, goma["id"]))
    target = ROOT / "docs" / "screenshot.png"
    shot = target.with_suffix(".tmp.png")
    page.screenshot(path=str(shot), full_page=True)
    shutil.move(shot, target)
    assert target.stat().st_size > 10_000
