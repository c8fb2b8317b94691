"""A `Brief` as Markdown or as one self-contained HTML file (inline CSS and SVG, prints cleanly)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from frontwire.brief import wording
from frontwire.brief.svg import map_svg, timeline_svg
from frontwire.records import Brief, BriefLine, BriefRef

NONE = "None reported in this period."
SECTIONS = ("Changes of control", "Other events", "Imminent or threatened", "Notable quotes")


def title(brief: Brief) -> str:
    """``Situation brief: 8 Aug 2021`` (with the country or place it is limited to)."""
    text = "Situation brief: " + wording.period(
        date.fromisoformat(brief.since), date.fromisoformat(brief.until)
    )
    scope = [s for s in (brief.place, brief.country) if s]
    return text + (f" ({', '.join(scope)})" if scope else "")


def _summary(brief: Brief) -> str:
    events = sum(g.events for g in brief.groups)
    parts = [
        wording.plural(len(brief.changes), "change") + " of control",
        wording.plural(events, "other event"),
        wording.plural(len(brief.imminent), "expected development"),
        f"from {wording.plural(brief.articles, 'article')}",
    ]
    text = ", ".join(parts[:3]) + " " + parts[3] + "."
    if brief.loosely_dated:
        text += (
            f" {wording.plural(brief.loosely_dated, 'more event')} dated too loosely to place in this "
            "period (a month, a year, “recent months”) "
            + ("is" if brief.loosely_dated == 1 else "are")
            + " left out."
        )
    return text


# --------------------------------------------------------------------------- Markdown


def _md_line(line: BriefLine) -> str:
    refs = "".join(f"[{n}]" for n in line.refs)
    return f"- {line.text} {refs}".rstrip()


def _md_ref(ref: BriefRef) -> str:
    where = ", ".join(x for x in (f"*{ref.title}*" if ref.title else None, ref.outlet, ref.date) if x)
    text = _quoted(" ".join(ref.text.split()))
    link = f" <{ref.url}>" if ref.url else ""
    return f"{ref.number}. {text} — {where or 'untitled'} (article `{ref.article}`, characters " \
           f"{ref.start}–{ref.end}){link}"  # fmt: skip


def _quoted(text: str) -> str:
    # a sentence that is itself a quotation keeps its own marks rather than gaining a second pair
    return text if text[:1] in "“\"‘'" else f"“{text}”"


def to_markdown(brief: Brief) -> str:
    """The brief as Markdown: the sections, a per-day count and the numbered sources."""
    out = [f"# {title(brief)}", "", _summary(brief), ""]
    out += ["## Changes of control", ""]
    out += [_md_line(line) for line in brief.changes] or [NONE]
    out += ["", "## Other events", ""]
    if not brief.groups:
        out.append(NONE)
    for group in brief.groups:
        out += [f"### {wording.group_heading(group.event_type, group.events, group.fatalities)}", ""]
        out += [_md_line(line) for line in group.lines] + [""]
    out += ["", "## Imminent or threatened", ""]
    out += [_md_line(line) for line in brief.imminent] or [NONE]
    out += ["", "## Notable quotes", ""]
    out += [_md_line(line) for line in brief.quotes] or ["No attributed quotation in this period."]
    out += ["", "## Events per day", ""]
    for d in brief.days:
        total = sum(d.counts.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(d.counts.items()))
        mark = "" if d.in_period else " (before the period)"
        out.append(f"- {d.date}{mark}: {total}" + (f" ({detail})" if detail else ""))
    out += ["", "## Sources", ""]
    out += [_md_ref(ref) for ref in brief.references] or ["No sources."]
    return "\n".join(line for line in _squeeze(out)) + "\n"


def _squeeze(lines: Sequence[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return out


# --------------------------------------------------------------------------- HTML

CSS = """
:root{--ink:#1d1d1f;--muted:#5f5f66;--rule:#dcd7cc;--accent:#7a2e1f}
*{box-sizing:border-box}
body{margin:0 auto;max-width:860px;padding:28px 24px 48px;color:var(--ink);
 font:15px/1.5 Georgia,"DejaVu Serif",serif;background:#fff}
header{border-bottom:3px double var(--rule);margin-bottom:18px}
h1{font:700 26px/1.2 "Helvetica Neue",Arial,"DejaVu Sans",sans-serif;margin:0 0 6px}
h2{font:700 15px/1.3 "Helvetica Neue",Arial,"DejaVu Sans",sans-serif;text-transform:uppercase;
 letter-spacing:.06em;color:var(--accent);border-bottom:1px solid var(--rule);padding-bottom:3px;
 margin:26px 0 8px}
h3{font:600 14px/1.3 "Helvetica Neue",Arial,"DejaVu Sans",sans-serif;margin:14px 0 4px}
.summary,.meta{color:var(--muted);margin:4px 0 12px}
ul{padding-left:20px;margin:4px 0} li{margin:3px 0}
li.contested::marker,li.claimed::marker{content:"◆ ";color:#ff7f0e}
.tag{font:600 11px sans-serif;color:#fff;background:#ff7f0e;border-radius:3px;padding:0 4px;margin-right:4px}
sup.refs{font-size:10px;line-height:0} sup.refs a{color:var(--accent);text-decoration:none;margin-left:1px}
.figures{display:grid;grid-template-columns:1fr;gap:10px;margin:8px 0}
figure{margin:0} figcaption{font:12px sans-serif;color:var(--muted)}
svg{width:100%;height:auto;display:block;border:1px solid var(--rule)}
.none{color:var(--muted);font-style:italic}
ol.sources{font-size:13px;padding-left:28px} ol.sources li{margin:5px 0}
ol.sources .where{color:var(--muted)} ol.sources q{quotes:"“" "”"}
a.event{font:11px sans-serif;color:var(--muted)}
footer{margin-top:28px;font-size:12px;color:var(--muted);border-top:1px solid var(--rule);padding-top:6px}
@media print{
 body{max-width:none;padding:0;font-size:10.5pt}
 a{color:inherit;text-decoration:none}
 h2{break-after:avoid} li,figure{break-inside:avoid}
 svg{border:none}
 figure{text-align:center} figcaption{text-align:left}
 svg.map{height:88mm;width:auto;max-width:100%;margin:0 auto}
 svg.timeline{height:36mm;width:auto;max-width:100%;margin:0 auto}
 .tag{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 @page{margin:16mm 14mm}
}
"""


def _refs_html(numbers: Sequence[int]) -> str:
    if not numbers:
        return ""
    links = ",".join(f'<a href="#ref-{n}">{n}</a>' for n in numbers)
    return f'<sup class="refs">{links}</sup>'


def _html_line(line: BriefLine, event_link: str | None) -> str:
    tag = ""
    if line.kind in ("contested", "claimed"):
        tag = f'<span class="tag">{line.kind}</span>'
    links = ""
    if event_link and line.events:
        links = " " + " ".join(
            f'<a class="event" href="{escape(event_link.format(id=e))}">{escape(e)}</a>' for e in line.events
        )
    return f'<li class="{line.kind}">{tag}{escape(line.text)}{_refs_html(line.refs)}{links}</li>'


def _html_list(lines: Sequence[BriefLine], event_link: str | None, empty: str = NONE) -> str:
    if not lines:
        return f'<p class="none">{escape(empty)}</p>'
    return "<ul>" + "".join(_html_line(line, event_link) for line in lines) + "</ul>"


def _html_ref(ref: BriefRef, event_link: str | None) -> str:
    where = ", ".join(
        x for x in (f"<cite>{escape(ref.title)}</cite>" if ref.title else None,
                    escape(ref.outlet) if ref.outlet else None, escape(ref.date) if ref.date else None) if x
    )  # fmt: skip
    text = escape(_quoted(" ".join(ref.text.split())))
    article = escape(ref.article)
    if ref.url:
        article = f'<a href="{escape(ref.url)}">{article}</a>'
    event = ""
    if event_link and ref.event:
        event = (
            f' · <a class="event" href="{escape(event_link.format(id=ref.event))}">{escape(ref.event)}</a>'
        )
    return (
        f'<li id="ref-{ref.number}"><span class="text">{text}</span> '
        f'<span class="where">— {where or "untitled"} '
        f"(article {article}, characters {ref.start}–{ref.end}){event}</span></li>"
    )


def to_html(brief: Brief, event_link: str | None = None) -> str:
    """The brief as one self-contained HTML page: inline CSS, inline SVG map and timeline.

    ``event_link`` (such as ``/#event={id}``) turns event ids into links to the web page's event
    panel when the brief is served; without it the page has no link outside itself.
    """
    body = [
        f"<header><h1>{escape(title(brief))}</h1>",
        f'<p class="summary">{escape(_summary(brief))}</p></header>',
        '<div class="figures">',
        f"<figure>{map_svg(brief.points)}<figcaption>Located events of the period, coloured by kind; "
        "shaded countries hold at least one.</figcaption></figure>",
        f"<figure>{timeline_svg(brief.days)}<figcaption>Events per day; the period is shaded"
        + (", earlier days are shown faded for context" if any(not d.in_period for d in brief.days) else "")
        + ".</figcaption></figure>",
        "</div>",
        "<section><h2>Changes of control</h2>",
        _html_list(brief.changes, event_link),
        "</section><section><h2>Other events</h2>",
    ]
    if not brief.groups:
        body.append(f'<p class="none">{NONE}</p>')
    for group in brief.groups:
        heading = wording.group_heading(group.event_type, group.events, group.fatalities)
        body += [f"<h3>{escape(heading)}</h3>", _html_list(group.lines, event_link)]
    body += [
        "</section><section><h2>Imminent or threatened</h2>",
        _html_list(brief.imminent, event_link),
        "</section><section><h2>Notable quotes</h2>",
        _html_list(brief.quotes, event_link, "No attributed quotation in this period."),
        "</section><section><h2>Sources</h2>",
        '<ol class="sources">' + "".join(_html_ref(r, event_link) for r in brief.references) + "</ol>"
        if brief.references
        else '<p class="none">No sources.</p>',
        "</section>",
        "<footer>Written by Frontwire from its store, in template English; every line's numbers lead "
        "to the sentences it was read from. Map outlines: Natural Earth (public domain) via "
        "world-atlas.</footer>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title(brief))}</title><style>{CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
