"""Situation briefs: template wording, what a brief lists from a store, and the HTML in a real browser.

The stories are written for these tests, about days around the seed story (which is added when it
sits beside the checkout). The browser test drives Debian's chromium through Playwright (nothing is
downloaded) and saves docs/brief.png for the README.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import require
from frontwire.api import extract
from frontwire.brief import gather, render_brief, resolve_period, to_html, to_markdown, wording
from frontwire.brief.outlines import load_outlines
from frontwire.brief.svg import map_svg, timeline_svg
from frontwire.cli import app
from frontwire.records import ArticleRecord, Brief, BriefDay, BriefPoint, Source
from frontwire.store import Store
from test_store import TALOQAN_FALLS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "kunduz-2021-08-08.txt"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "brief.png"

BEFORE = [
    dict(id="sheberghan-falls", date="2021-08-07", outlet="Steppe Wire", title="Sheberghan falls",
         text="The Taliban captured Sheberghan, the capital of Jowzjan province, on Saturday, local "
              "officials said.\n\nGovernment troops retreated to the airport, residents said."),
    dict(id="aibak-claim", date="2021-08-10", outlet="Valley Times", title="Taliban claim Aibak",
         text="The Taliban said on Tuesday that they had captured Aibak, the capital of Samangan "
              "province.\n\n\"Our forces are still in control of the city,\" a ministry spokesman said."),
]  # fmt: skip
KAYA_VERGE = dict(
    id="kaya-verge", date="2023-04-02", outlet="Sahel Monitor", title="Kaya under threat",
    text="JNIM militants were on the verge of capturing the town of Kaya on Sunday, residents said.",
)  # fmt: skip
KAYA_FALLS = dict(
    id="kaya-falls", date="2023-04-04", outlet="Sahel Monitor", title="Kaya falls",
    text="JNIM militants captured the town of Kaya on Tuesday, residents said.\n\nAt least 12 soldiers "
         "were killed in the fighting, a security source said.\n\n\"We could not hold the town any "
         "longer against so many fighters,\" said Adama Ouedraogo, a local official.",
)  # fmt: skip


def _read(article: dict[str, str]) -> ArticleRecord:
    return extract(article["text"], **{k: v for k, v in article.items() if k != "text"})


@pytest.fixture(scope="module")
def records() -> dict[str, ArticleRecord]:
    """Every story read once for the module (the seed too, when present)."""
    out = {a["id"]: _read(a) for a in [*BEFORE, TALOQAN_FALLS, KAYA_VERGE, KAYA_FALLS]}
    if SEED.exists():
        from frontwire.api import process
        from frontwire.ingest import read_paths

        [item] = list(read_paths([str(SEED)]))
        assert item.article is not None
        [outcome] = list(process([item.article]))
        assert outcome.record is not None
        out["seed"] = outcome.record
    return out


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'brief.db'}") as opened:
        yield opened


def _all_refs_resolve(store: Store, brief: Brief) -> None:
    numbers = {r.number for r in brief.references}
    assert [r.number for r in brief.references] == list(range(1, len(numbers) + 1))
    lines = [*brief.changes, *brief.imminent, *brief.quotes, *(x for g in brief.groups for x in g.lines)]
    for line in lines:
        assert line.refs, line.text
        assert set(line.refs) <= numbers
    for ref in brief.references:
        record = store.record(ref.article)
        assert record is not None
        assert record.article.text[ref.start : ref.end] == ref.text
        assert ref.text.strip()


# --------------------------------------------------------------------------- wording


def test_plural_and_lists() -> None:
    assert wording.plural(1, "event") == "1 event"
    assert wording.plural(0, "event") == "0 events"
    assert wording.plural(3, "fatality", "fatalities") == "3 fatalities"
    assert wording.join([]) == "" and wording.join(["a"]) == "a"
    assert wording.join(["a", "b"]) == "a and b" and wording.join(["a", "b", "c"]) == "a, b and c"
    assert wording.group_heading("Battles", 1, 1) == "Battles: 1 event, 1 fatality"
    assert wording.group_heading("Battles", 2, None) == "Battles: 2 events, fatalities unknown"
    assert wording.attribution(["residents"], 1) == "1 source: residents; 1 article"
    assert wording.attribution(["a", "b"], 2) == "2 sources: a and b; 2 articles"
    assert wording.attribution([], 1) == "1 article"


def test_dates_including_an_unknown_one() -> None:
    aug8 = date(2021, 8, 8)
    assert wording.when(aug8) == "on 8 Aug 2021"
    assert wording.when(None) == "on an unknown date"
    assert wording.when(date(2021, 8, 6), aug8, "range") == "between 6 and 8 Aug 2021"
    assert wording.when(date(2021, 7, 30), aug8, "range") == "between 30 Jul and 8 Aug 2021"
    assert wording.when(date(2015, 1, 1), date(2015, 12, 31), "year") == "in 2015"
    assert wording.when(date(2021, 5, 1), date(2021, 5, 31), "month") == "in May 2021"
    assert wording.period(aug8, aug8) == "8 Aug 2021"
    assert wording.period(date(2021, 8, 6), aug8) == "6–8 Aug 2021"
    line = wording.event_line("Armed clash", "ASSAULT", "Taliban", None, "Kunduz", None)
    assert line == "Taliban fought in Kunduz on an unknown date"


def test_change_of_control_wording() -> None:
    aug8 = date(2021, 8, 8)
    line = wording.change_line("Taliban", "Sar-e Pul", aug8, province="Sar-e Pul", feature="city")
    assert line == "Taliban took Sar-e Pul (Sar-e Pul province) on 8 Aug 2021"
    assert wording.change_line("Taliban", "Kunduz", aug8, previous="Government of Afghanistan") == (
        "Taliban took Kunduz from Government of Afghanistan on 8 Aug 2021"
    )
    assert wording.change_line("Taliban", "Aibak", aug8, claimed=True) == (
        "Taliban claimed to have taken Aibak on 8 Aug 2021"
    )
    # missing actor, missing place
    assert wording.change_line(None, "Kaya", aug8) == "Kaya changed hands on 8 Aug 2021"
    assert wording.change_line("JNIM", None, aug8) == "JNIM took an unnamed place on 8 Aug 2021"
    contested = wording.contested_line(
        "Kunduz",
        aug8,
        [("Taliban", ["the Taliban"], "claimed"), ("Army", ["the defence ministry"], "occurred")],
    )
    assert contested == (
        "Control of Kunduz contested on 8 Aug 2021: Taliban claimed it, per the Taliban; "
        "Army took it, per the defence ministry"
    )


def test_event_wording_with_missing_actor_and_place() -> None:
    aug8 = date(2021, 8, 8)
    assert wording.event_line("Armed clash", "ASSAULT", "Taliban", "Army", "Kunduz", aug8) == (
        "Taliban clashed with Army in Kunduz on 8 Aug 2021"
    )
    assert wording.event_line("Attack", "ASSAULT", None, "civilians", None, aug8, fatalities=3) == (
        "Unidentified forces attacked civilians at an unnamed place on 8 Aug 2021; 3 killed"
    )
    assert wording.event_line(None, "PROTEST", "Protesters", None, "Kharkiv", aug8, status="claimed") == (
        "Protesters protested in Kharkiv on 8 Aug 2021 (claimed)"
    )
    assert wording.event_line(
        "Non-state actor overtakes territory", "ASSAULT", "Taliban", None, "Afghanistan", aug8, count=2
    ) == ("Taliban took ground in 2 places in Afghanistan on 8 Aug 2021")
    assert wording.expected_line(
        "Non-state actor overtakes territory", "ASSAULT", "Taliban", "Taloqan", "imminent",
        ["pro-Taliban social media sites"], territory=True,
    ) == "Taloqan: Taliban on the verge of capture, per pro-Taliban social media sites"  # fmt: skip
    assert wording.expected_line(None, "THREATEN", None, None, "occurred", []) == (
        "Place unknown: unidentified forces threatening an attack"
    )
    assert wording.quote_line("We will hold the town,", None) == "“We will hold the town” — unnamed speaker"
    assert wording.quote_line("Hold,", "Ali", "a commander") == "“Hold” — Ali, a commander"


def test_source_names_put_relaying_outlets_last() -> None:
    sources = [Source("Steppe Wire", "media"), Source("residents", "witness"), Source("Residents", "witness")]
    assert wording.source_names(sources) == ["residents", "Steppe Wire"]


# --------------------------------------------------------------------------- from a store


def test_imminent_until_the_place_falls(store: Store, records: dict[str, ArticleRecord]) -> None:
    store.ingest(records["kaya-verge"])
    brief = gather(store, date(2023, 4, 1), date(2023, 4, 5))
    assert any(
        line.text.startswith("Kaya: ") and "on the verge of capture" in line.text for line in brief.imminent
    )
    assert not brief.changes
    _all_refs_resolve(store, brief)

    store.ingest(records["kaya-falls"])
    brief = gather(store, date(2023, 4, 1), date(2023, 4, 5))
    assert not [line for line in brief.imminent if "Kaya" in line.text]
    [change] = brief.changes
    assert "took Kaya" in change.text and "on 4 Apr 2023" in change.text and "residents" in change.text
    battles = {g.event_type: g for g in brief.groups}["Battles"]
    assert battles.fatalities == 12 and "12 fatalities" in to_markdown(brief)
    assert any("Adama Ouedraogo" in q.text for q in brief.quotes)
    _all_refs_resolve(store, brief)


def test_changes_in_date_order_with_sources(store: Store, records: dict[str, ArticleRecord]) -> None:
    for key in ("aibak-claim", "taloqan-falls", "sheberghan-falls", *(["seed"] if "seed" in records else [])):
        store.ingest(records[key])
    brief = gather(store, date(2021, 8, 6), date(2021, 8, 10))
    dates = [line.date for line in brief.changes]
    assert dates == sorted(dates)  # type: ignore[type-var]
    texts = [line.text for line in brief.changes]
    assert any("took Sheberghan" in t or "took Shibirghān" in t for t in texts)
    assert any("took Taloqan" in t and "9 Aug 2021" in t for t in texts)
    assert any("claimed" in line.kind for line in brief.changes)  # Aibak: the Taliban's word only
    for line in brief.changes:
        assert re.search(r"\d sources?: ", line.text), line.text
    if "seed" in records:
        assert any("took Kunduz" in t for t in texts) and any("took Sar-e Pul" in t for t in texts)
    _all_refs_resolve(store, brief)


def test_seed_puts_taloqan_under_imminent_then_under_changes(
    store: Store, records: dict[str, ArticleRecord]
) -> None:
    if "seed" not in records:
        pytest.skip("the seed story is not beside this checkout")
    store.ingest(records["seed"])
    assert resolve_period(store) == (date(2021, 8, 8), date(2021, 8, 8))
    brief = gather(store, date(2021, 8, 8), date(2021, 8, 10))
    [taloqan] = [line for line in brief.imminent if "Taloqan" in line.text]
    assert "on the verge of capture" in taloqan.text and "pro-Taliban social media" in taloqan.text
    assert [line.text[:20] for line in brief.changes if "Taloqan" in line.text] == []
    _all_refs_resolve(store, brief)

    store.ingest(records["taloqan-falls"])
    brief = gather(store, date(2021, 8, 8), date(2021, 8, 10))
    assert not [line for line in brief.imminent if "Taloqan" in line.text]
    changes = [line.text for line in brief.changes]
    assert [t.split(" on ")[0] for t in changes] == [
        "Taliban took Kunduz (Kunduz province)",
        "Taliban took Sar-e Pul (Sar-e Pol province)",
        "Taliban took Taloqan (Takhar province)",
    ]
    _all_refs_resolve(store, brief)


def test_country_and_place_filters(store: Store, records: dict[str, ArticleRecord]) -> None:
    store.ingest(records["kaya-falls"])
    store.ingest(records["taloqan-falls"])
    every = gather(store, date(2021, 8, 1), date(2023, 4, 30))
    assert len(every.changes) == 2
    only_bf = gather(store, date(2021, 8, 1), date(2023, 4, 30), country="bf")
    [kaya] = only_bf.changes
    assert "took Kaya" in kaya.text
    only_taloqan = gather(store, date(2021, 8, 1), date(2023, 4, 30), place="Taloqan")
    assert all("Taloqan" in line.text for line in only_taloqan.changes) and only_taloqan.changes
    empty = gather(store, date(2020, 1, 1), date(2020, 1, 2))
    markdown = to_markdown(empty)
    assert "None reported in this period." in markdown and "0 changes of control" in markdown


def test_render_brief_and_command(store: Store, records: dict[str, ArticleRecord], tmp_path: Path) -> None:
    store.ingest(records["kaya-verge"])
    store.ingest(records["kaya-falls"])
    page = render_brief(store, "2023-04-01", "2023-04-05", None, None, "html", event_link="/#event={id}")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "@media print" in page
    assert 'href="/#event=m' in page
    # self-contained: nothing is loaded from anywhere
    assert not re.search(r"<(script|link|img|iframe)\b", page) and "url(" not in page
    with pytest.raises(ValueError):
        render_brief(store, "2023-04-01", "2023-04-05", fmt="pdf")

    out = tmp_path / "brief.html"
    db = str(store.engine.url.database)
    result = CliRunner().invoke(
        app, ["brief", "--date", "2023-04-04", "--db", db, "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "took Kaya" in out.read_text(encoding="utf-8")
    markdown = CliRunner().invoke(
        app, ["brief", "--since", "2023-04-01", "--until", "2023-04-05", "--db", db]
    )
    assert markdown.exit_code == 0 and markdown.output.startswith("# Situation brief: 1–5 Apr 2023")
    assert "## Sources" in markdown.output
    bad = CliRunner().invoke(app, ["brief", "--date", "2023-04-04", "--since", "2023-04-01", "--db", db])
    assert bad.exit_code == 2


# --------------------------------------------------------------------------- pictures


def test_outlines_and_svg() -> None:
    outlines = load_outlines()
    assert {"AF", "BF", "CD", "UA", "MM", "HU"} <= set(outlines) and len(outlines) > 200
    svg = map_svg([BriefPoint(36.7, 68.9, "Kunduz", "Change of control", "m1")])
    assert svg.count("<path") > 5 and "AFGHANISTAN" in svg and ">Kunduz<" in svg
    assert "No located events" in map_svg([])
    days = [BriefDay("2021-08-07", {}, False), BriefDay("2021-08-08", {"Battles": 2}, True)]
    chart = timeline_svg(days)
    assert "2021-08-08: 2 Battles" in chart and ">08-08<" in chart


def test_html_brief_in_chromium(store: Store, records: dict[str, ArticleRecord], tmp_path: Path) -> None:
    require(CHROMIUM.exists(), f"no chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - a dev dependency
        require(False, "playwright is not installed (pip install -e '.[dev]')")
    for key in ("sheberghan-falls", "taloqan-falls", "aibak-claim", *(["seed"] if "seed" in records else [])):
        store.ingest(records[key])
    brief = gather(store, date(2021, 8, 7), date(2021, 8, 10))
    page_file = tmp_path / "brief.html"
    page_file.write_text(to_html(brief), encoding="utf-8")

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1300})
            requested: list[str] = []
            page.on("request", lambda r: requested.append(r.url))
            page.goto(page_file.as_uri())
            assert all(u.startswith(("file:", "data:")) for u in requested), requested
            assert page.locator("svg.map path.land").count() > 5
            assert page.locator("svg.map circle.dot").count() >= 2
            assert page.locator("svg.timeline rect").count() >= 2
            # a reference number leads to its source sentence
            first = page.locator("sup.refs a").first
            target = first.get_attribute("href")
            assert target is not None and page.locator(target).count() == 1
            first.click()
            assert page.evaluate("location.hash") == target
            # nothing wider than the page, on screen and in print
            for media in ("screen", "print"):
                page.emulate_media(media=media)
                assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), media
            pdf = page.pdf(format="A4")
            assert pdf.startswith(b"%PDF")
            page.emulate_media(media="screen")
            page.evaluate("window.scrollTo(0, 0)")
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), clip={"x": 0, "y": 0, "width": 900, "height": 1300})
        finally:
            browser.close()
    assert SCREENSHOT.stat().st_size > 10_000
