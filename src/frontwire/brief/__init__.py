"""Situation briefs: a period's changes of control, events, expectations and quotes, from the store.

``render_brief(store, since, until, country, place, fmt)`` is what ``frontwire brief`` and the web
server's ``GET /api/brief`` call; `gather` builds the `Brief` record, `to_markdown` and `to_html`
write it. The English comes from templates (`frontwire.brief.wording`), never from a model.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from frontwire.brief.gather import gather, resolve_period
from frontwire.brief.render import to_html, to_markdown

if TYPE_CHECKING:
    from frontwire.store import Store

__all__ = ["gather", "render_brief", "resolve_period", "to_html", "to_markdown"]


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value) if value.strip() else None


def render_brief(
    store: Store,
    since: date | str | None = None,
    until: date | str | None = None,
    country: str | None = None,
    place: str | None = None,
    fmt: Literal["md", "html"] | str = "md",
    event_link: str | None = None,
) -> str:
    """The brief of ``since``–``until`` as Markdown (``fmt="md"``) or self-contained HTML (``"html"``).

    Dates are ``date``s or ISO strings; a missing end is the latest publication day in the store
    (see `resolve_period`). ``country`` is an ISO alpha-2 code, ``place`` a name, admin1 or GeoNames
    id. ``event_link`` (HTML only), e.g. ``"/#event={id}"``, links event ids to a served page.
    Raises ``ValueError`` for an unreadable date or an unknown format.
    """
    if fmt not in ("md", "html"):
        raise ValueError(f"unknown brief format {fmt!r}: md or html")
    start, end = resolve_period(store, None, _as_date(since), _as_date(until))
    brief = gather(store, start, end, country or None, place or None)
    return to_html(brief, event_link) if fmt == "html" else to_markdown(brief)
