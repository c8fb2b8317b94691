"""The web page in a real browser: Playwright drives Debian's chromium (/usr/bin/chromium; nothing is
downloaded) against a server this module starts on a free port, over a store holding articles
written for the tests (and the seed story when it sits beside the checkout).

Click an event on the map and see its sentence highlighted; brush the timeline and see the map
filter; markup in an article shows as text. The last test saves docs/screenshot.png for the README.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import require
from frontwire.api import extract
from frontwire.store import Store

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
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a live server over a store holding ARTICLES (and the seed story, if present)."""
    require(CHROMIUM.exists(), f"no chromium at {CHROMIUM} (apt-get install chromium)")
    require(VENDOR.exists(), "the page's JavaScript is not installed: run `make web`")
    import uvicorn

    from frontwire.web import create_app

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
    opened.goto(server + "/")
    opened.wait_for_selector("body[data-ready='1']", timeout=20_000)
    yield opened
    context.close()


def _events(server: str, **params: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = httpx.get(server + "/api/events", params=params).json()["items"]
    return items


def _click_event(page: Any, event_id: str) -> None:
    point = page.evaluate("id => window.frontwire.pointOf(id)", event_id)
    assert point is not None, f"{event_id} is not on the map"
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#event-title")
    page.wait_for_selector("#article mark.evidence")


def test_clicking_an_event_highlights_its_sentence(page: Any, server: str) -> None:
    [protest] = _events(server, place="Kharkiv")
    _click_event(page, protest["id"])
    assert page.get_attribute("#event-title", "data-event") == protest["id"]
    detail = httpx.get(f"{server}/api/events/{protest['id']}").json()
    evidence = detail["members"][0]["evidence"][0]["text"]
    assert page.inner_text("#article mark.evidence") == evidence
    assert "Steppe Wire" in page.inner_text("#panel")


def test_markup_in_an_article_shows_as_text(page: Any, server: str) -> None:
    [protest] = _events(server, place="Kharkiv")
    _click_event(page, protest["id"])
    assert "<script>alert(1)</script>" in page.inner_text("#article .article-text")
    assert page.inner_text("#article .article-title") == "Protest in <b>Kharkiv</b>"
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
    shown = page.evaluate("window.frontwire.shown()")
    assert 0 < len(shown) < len(everything)
    assert all(dated[i] >= "2024-01-01" for i in shown)
    assert any(dated[i] >= "2025-01-01" for i in shown)
    assert page.get_attribute("#count", "data-shown") == str(len(shown))
    assert "of" in page.inner_text("#count")
    page.click("#clear-brush")
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
    _click_event(page, goma["id"])
    target = ROOT / "docs" / "screenshot.png"
    shot = target.with_suffix(".tmp.png")
    page.screenshot(path=str(shot), full_page=True)
    shutil.move(shot, target)
    assert target.stat().st_size > 10_000
