"""Time: the article's date and every date expression in its text, resolved to calendar dates.

Three things live here:

* `find_dateline` / `parse_date_string`: the publication date, from a dateline at the top of the
  text ("KABUL, Afghanistan (Jan. 25, 2013) —", "NAIROBI, March 3, 2025 (Reuters) -") or from a
  metadata value ("2021-08-08T10:00:00Z", "Sun, 08 Aug 2021 10:00:00 +0000", "8 August 2021");
* `find_time_expressions`: every date expression in a parsed Doc, with its character offsets,
  resolved against the article date (the reference date, ``ref``) to an inclusive date range and
  a precision; and the spaCy component ``frontwire_dates`` that runs both on each Doc;
* `governing_expression` / `coordinated_expressions`: which expression dates an event trigger,
  and which expressions are coordinated with it ("in 2015 and again in 2016").

How expressions are read (``TimeExpression.kind``), and the choices behind them. News is written
in the past tense about the days just before publication, so a date without a year or a bare weekday
is the most recent one on or before ``ref``; the only exception is a clause in the future tense
("talks will resume on Friday"), where it is the next one on or after ``ref``.

``absolute``  a full calendar date: "8 August 2021", "August 8, 2021", "2021-08-08", "08/08/2021"
              (numeric dates are read month first, as in US English, unless that is impossible).
``partial``   a day without a year, "Aug. 8", "on Jan. 5": the year comes from ``ref``.
``weekday``   "on Sunday", "Sunday night", "late Friday": the most recent such day on or before ``ref``;
              "last Sunday"/"this past Sunday" strictly before ``ref``; "next Sunday"/"this coming
              Sunday" strictly after; "this Sunday" the one in ``ref``'s Monday-Sunday week.
``relative``  "today", "tonight", "this morning" (``ref``); "yesterday" (ref-1); "last night" and
              "overnight" (ref-1, day precision: a night is dated by the evening it began, as event
              coders do); "this/last/next week" (Monday-Sunday weeks, precision week); "this/last/next
              month", "this/last/next year"; "the weekend"/"over the weekend" (the Saturday-Sunday that
              began on or before ``ref``, precision range); "earlier this week/month/year" (from the
              start of that period to ``ref``, range); "two days ago" (day), "three weeks ago" (the
              week, precision week), "two months ago" (month), "five years ago" (year).
``recent``    a stretch ending at ``ref``, precision range: "in recent days" (7 days), "in recent
              weeks" (4 weeks), "in recent months" (4 months), "in recent years" (5 years), "the past
              three days" (3 days), "the past few weeks" (4 weeks), "the past week" (7 days).
``month``     "in May", "last May": the most recent May on or before ``ref`` (this May if ``ref`` is in
              May); "May 2021" needs no ``ref``.
``year``      "in 2015", "the 2015 elections" (year).
``decade``    "the 1990s", "the '90s", "the late 1990s" (range 1990-01-01..1999-12-31, or its part).
``part``      "early May" (1-10), "mid-August" (11-20), "late May"/"the end of May" (21-end), "early
              2020" (Jan-Apr), "mid-2020" (May-Aug), "late 2020" (Sep-Dec), "the first half of 2020"
              (precision range).
``season``    "last summer", "the spring of 2020" (northern seasons: spring Mar-May, summer Jun-Aug,
              autumn Sep-Nov, winter Dec-Feb; "winter 2021" is Dec 2020-Feb 2021).
``since``     "since Friday", "since May", "since 2015": from the start of that date to ``ref`` (range).
``range``     "between 3 and 5 May", "from Friday to Sunday", "May 3-5", "3-5 May", "2015-2016".
``vague``     "a few days ago", "several weeks ago" (a range: 2 to 6 units before ``ref``).

Expression spans leave out plain prepositions ("in May" gives "May", "over the weekend" gives "the
weekend") but keep the words that change the reading ("since Friday", "last May", "early May",
"between 3 and 5 May", "three weeks ago"). Overlapping readings keep the longest. A future clause is
one with "will"/"shall", "going to", a modal without "have" ("could attack on Friday"), or
"due"/"scheduled"/"expected"/"plans to" in the present tense.

With ``ref`` None, absolute expressions ("8 August 2021", "in 2015", "the 1990s") still resolve;
everything that needs the article date gets ``start_date``/``end_date`` None and precision
``unknown``.

Durations that are not dates ("for three days", "a 20-year war", "within hours"), ages ("a
25-year-old"), counts ("2,000 people", "1500 fighters"), times of day on their own ("at 3 pm"),
"may" the verb, "March" the noun or verb, and names with a weekday or month in them ("the Sunday
Times", "Theresa May", "Bloody Sunday") are not returned at all: every returned expression is a
date, which is what the event component needs.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontwire.nlp.attribution import SPEECH_VERBS
from frontwire.nlp.extensions import FrontwireComponent, char_span, doc_text
from frontwire.records import Precision, TimeExpression

# --------------------------------------------------------------------------- vocabulary

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a couple of": 2,
    "couple of": 2,
}
#: vague quantities ("a few days ago") become a range of this many units before the reference
VAGUE_UNITS = (2, 6)
#: how far back "recent" reaches, per unit ("in recent months" = the 4 months before the article)
RECENT_SPAN: dict[str, int] = {"hour": 1, "day": 7, "week": 4, "month": 4, "year": 5, "decade": 2}
#: "the past few weeks" and friends, when no number is given
FEW = 4


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that, right before a bare month name or year, make it a date ("in May", "since 2015").
_CUES = _words(
    "in since by until till from during of before after through throughout to and or between around "
    "early late mid last next this that end beginning start middle spring summer autumn winter fall "
    "year circa than"
)
# Cues that also come before counts ("rose to 2000"): there, spaCy's entity label decides.
_WEAK_CUES = _words("to of and or that than between around")
_COUNT_LABELS = _words("CARDINAL QUANTITY MONEY PERCENT ORDINAL")
# Words whose number is a count, not a year ("rose to 2000", "a total of 1999", "nearly 2000").
_COUNT_HEADS = _words(
    "rise climb increase grow jump reach fall drop decline swell double triple soar mount total "
    "number toll figure count tally sum maximum minimum estimate exceed top kill"
)
_APPROX = _words("than least nearly some about approximately almost roughly estimated")
# Possessive or article words that make "the 2015 elections" a date even when a noun follows.
_YEAR_DETS = _words("the its their his her our a an")
# Entity labels that mean a weekday or month word is part of a name ("the Sunday Times", "Theresa May").
_NAME_LABELS = _words("PERSON ORG WORK_OF_ART EVENT FAC NORP PRODUCT LAW GPE LOC")
# Heads of newspaper names that follow a weekday ("Sunday Telegraph", "Sunday Mail").
_PRESS_HEADS = _words(
    "times telegraph express mirror post herald tribune independent observer star mail sport world "
    "nation standard guardian people sun record review magazine edition"
)
# Capitalised words that make a weekday a named day ("Bloody Sunday", "Good Friday", "Super Tuesday").
_NAMED_DAY_MODS = _words(
    "bloody black good holy easter palm ash super cyber maundy shrove great red white orthodox"
)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "ll", "wo"})
_MODALS = frozenset({"may", "might", "could", "can"})
_PERCEPTION_VERBS = frozenset({"hear", "see", "feel", "smell", "observe"})
# Heads that put an xcomp in the future ("plans to meet in May"), and words that do so alone ("due").
_FUTURE_HEADS = _words(
    "plan intend aim expect schedule slate set prepare promise pledge vow threaten hope want"
)
_FUTURE_WORDS = _words("due scheduled slated planned set expected poised upcoming")

# --------------------------------------------------------------------------- regex pieces

_WD = r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![A-Za-z])"
_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR})(?![A-Za-z])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?:1[6-9]\d{2}|20\d{2})(?![\d])"
_LB = r"(?<![\w-])"  # left boundary: not inside a word or a hyphenated compound

# Numbers as words or digits, and units, for "three weeks ago", "the past 24 hours".
_NUM = (
    r"(?:\d{1,3}|(?i:a couple of|couple of|a few|few|several|some|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty))"
)
_UNIT = r"(?P<units>(?i:(?P<unit>hour|day|week|month|year|decade)s?))"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Each point pattern names its groups; `_resolve_point` reads them by name.
POINT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _p(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")),
    (
        "numeric",
        # two-digit years only with slashes: "1.2.20" is more likely a version or a score
        _p(
            r"(?<![\d/.])(?P<a>\d{1,2})(?:(?P<sep>/)(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"
            r"|(?P<sep2>\.)(?P<b2>\d{1,2})\.(?P<y2>\d{4}))(?![\d/]|\.\d)"
        ),
    ),
    (
        "month_day",
        _p(
            rf"{_LB}(?:{_WD},?\s+)?(?:the\s+)?(?P<mon>{_MON})\s+(?:the\s+)?(?P<d>{_DAY})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "day_month",
        _p(
            rf"{_LB}(?:{_WD},?\s+)?(?:(?i:the)\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    ("month_year", _p(rf"{_LB}(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<y>{_YEAR})")),
    # "October last year", "March of this year", "in May next year": a month of a year told
    # by its distance from the article's
    (
        "month_relyear",
        _p(rf"{_LB}(?P<mon>{_MON_FULL})\s+(?:of\s+)?(?P<ymod>(?i:last|this|next))\s+(?i:year)(?![\w])"),
    ),
    (
        "part",
        _p(
            rf"{_LB}(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
            rf"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of))(?:\s*-\s*|\s+)"
            # "end-May", "start-2020" only with the hyphen: "could end May 3" is a verb and a date
            rf"|(?P<part2>(?i:end|start))-)(?P<target>(?:{_MON_FULL}|{_MON_ABBR})(?![A-Za-z])(?:,?\s+{_YEAR})?|{_YEAR}|"
            rf"(?i:this|last|next|the)\s+(?i:year|month))"
        ),
    ),
    (
        "decade",
        _p(
            rf"{_LB}(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))(?:\s*-\s*|\s+))?"
            r"(?:(?P<dec4>1[6-9]\d0|20\d0)|(?<=the )'?(?P<dec2>\d0)|(?<=the )’(?P<dec2b>\d0)"
            r"|'(?P<dec2c>\d0))"
            rf"(?:'s|’s|s)(?![\w])"
        ),
    ),
    (
        "season",
        _p(
            rf"{_LB}(?:(?P<smod>(?i:this\s+past|this\s+coming|this|last|next|past|coming|the|early|late))\s+)?"
            rf"(?P<season>(?i:spring|summer|autumn|winter|fall))(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w])"
        ),
    ),
    (
        "reldays",
        _p(
            rf"{_LB}(?P<rel>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            rf"(?:earlier|later)\s+today|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|"
            rf"today|tonight|last\s+night|overnight|this\s+(?:morning|afternoon|evening)))(?![\w])"
        ),
    ),
    (
        "period",
        _p(
            rf"{_LB}(?:(?P<pre>(?i:earlier|later))\s+(?:(?i:this)|(?i:in\s+the))\s+|"
            rf"(?P<mod>(?i:this\s+past|this\s+coming|this|last|next|past|previous|coming|current|the))\s+)"
            rf"(?P<per>(?i:week|month|year|weekend))(?!\w)(?!\s+of\s)"
        ),
    ),
    (
        "recent",
        _p(
            rf"{_LB}(?:(?i:recent)|(?i:the)\s+(?P<past>(?i:past|last|previous))(?:\s+(?P<n>{_NUM}))?)\s+"
            rf"{_UNIT}(?![\w-])(?!\s+of\s)"
        ),
    ),
    ("ago", _p(rf"{_LB}(?P<n>{_NUM})\s+{_UNIT}\s+(?i:ago|earlier)(?![\w])")),
    (
        "weekday",
        _p(
            rf"{_LB}(?:(?P<mod>(?i:this\s+past|this\s+coming|last|next|this|past|coming|early|late))\s+)?"
            rf"{_WD}(?:\s+(?i:morning|afternoon|evening|night))?"
        ),
    ),
    (
        "month",
        _p(
            rf"{_LB}(?:(?P<mod>(?i:last|next|this|this\s+past|this\s+coming))\s+)?(?P<mon>{_MON_FULL})(?![\w])"
        ),
    ),
    ("year", _p(r"(?<![\w,.$£€'’-])(?:(?i:the\s+year)\s+)?(?P<y>(?:18|19|20)\d{2})(?![\w-]|[.,]\d|%)")),
]

# Pieces that may stand on either side of a range ("between 3 and 5 May", "from Friday to Sunday").
_WD_PLAIN = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![A-Za-z])"
_RANGE_ITEM = (
    rf"(?:(?:{_WD_PLAIN},?\s+)?(?:{_MON})\s+{_DAY}(?:,?\s+{_YEAR})?|(?:{_WD_PLAIN},?\s+)?{_DAY}(?:\s+of)?\s+{_MON}"
    rf"(?:,?\s+{_YEAR})?|{_MON_FULL}(?:,?\s+{_YEAR})?|{_MON_ABBR}\s+{_YEAR}|{_YEAR}|"
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?i:morning|afternoon|evening|night))?|{_DAY})"
)
RANGE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "between",
        _p(
            rf"{_LB}(?P<kw>(?i:between|from))\s+(?P<a>{_RANGE_ITEM})\s+(?:and|to|until|till|through|"
            rf"-|–|—)\s+(?P<b>{_RANGE_ITEM})(?![\w])"
        ),
    ),
    (
        "compact_dm",
        _p(rf"{_LB}(?P<a>{_DAY})\s*[-–]\s*(?P<b>{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?)"),
    ),
    (
        "compact_md",
        _p(
            rf"{_LB}(?P<mon>{_MON})\s+(?P<a>{_DAY})\s*(?:[-–]|\s+to\s+)\s*(?P<b>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    ("years", _p(rf"{_LB}(?P<a>{_YEAR})\s*[-–]\s*(?P<b>{_YEAR}|\d{{2}}(?!\d))(?![\w-])")),
]

# --------------------------------------------------------------------------- calendar helpers


@dataclass(slots=True, frozen=True)
class Resolved:
    """A reading of an expression: inclusive dates, precision and kind."""

    start: date | None
    end: date | None
    precision: Precision
    kind: str
    #: for a "since" range, the end and precision of the date it runs from
    since_end: date | None = None
    since_precision: Precision | None = None


def _unknown(kind: str) -> Resolved:
    return Resolved(None, None, "unknown", kind)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), _month_end(y, m)


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _add_years(d: date, n: int) -> date:
    return _add_months(d, 12 * n)


def _week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _weekday_before(wd: int, ref: date, strict: bool = False) -> date:
    delta = (ref.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


def _weekday_after(wd: int, ref: date, strict: bool = False) -> date:
    delta = (wd - ref.weekday()) % 7
    if strict and delta == 0:
        delta = 7
    return ref + timedelta(days=delta)


def _year_for_month(m: int, ref: date, forward: bool) -> int:
    if forward:
        return ref.year if m >= ref.month else ref.year + 1
    return ref.year if m <= ref.month else ref.year - 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_without_year(m: int, d: int, ref: date, forward: bool) -> date | None:
    """The most recent (or, looking forward, the next) m/d around ``ref``; skips impossible Feb 29."""
    years = [ref.year, ref.year + 1, ref.year + 2] if forward else [ref.year, ref.year - 1, ref.year - 2]
    for y in years:
        cand = _safe_date(y, m, d)
        if cand is None:
            continue
        if (forward and cand >= ref) or (not forward and cand <= ref):
            return cand
    return None


def _day_with_weekday(m: int, d: int, wd: int, ref: date) -> date | None:
    """ "Tuesday, March 4": the year, next to ``ref``'s, in which that day is that weekday."""
    fits = [
        c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := _safe_date(y, m, d)) and c.weekday() == wd
    ]
    return min(fits, key=lambda c: abs((c - ref).days)) if fits else None


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_num(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _number(word: str | None) -> int | None:
    """A count written as digits or words; None for vague ones ("a few", "several")."""
    if word is None:
        return None
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _season_bounds(season: str, y: int) -> tuple[date, date]:
    """Northern-hemisphere meteorological seasons; winter ``y`` is December y-1 to February y."""
    s = season.lower()
    if s == "spring":
        return date(y, 3, 1), date(y, 5, 31)
    if s == "summer":
        return date(y, 6, 1), date(y, 8, 31)
    if s in ("autumn", "fall"):
        return date(y, 9, 1), date(y, 11, 30)
    return date(y - 1, 12, 1), _month_end(y, 2)


# --------------------------------------------------------------------------- point resolution


def _resolve_point(kind: str, m: re.Match[str], ref: date | None, forward: bool) -> Resolved | None:
    """Resolve one point pattern's match; None when the match is not a valid date after all."""
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved(d, d, "day", "absolute") if d else None
    if kind == "numeric":
        return _resolve_numeric(g)
    if kind in ("month_day", "day_month"):
        mon, day = _month_num(g["mon"]), _day_num(g["d"])
        if g.get("y"):
            d = _safe_date(int(g["y"]), mon, day)
            return Resolved(d, d, "day", "absolute") if d else None
        if _safe_date(2000, mon, day) is None:  # 2000 is a leap year: only truly impossible days fail
            return None
        if ref is None:
            return _unknown("partial")
        d = _day_with_weekday(mon, day, WEEKDAYS[g["wd"].lower()], ref) if g.get("wd") else None
        d = d or _day_without_year(mon, day, ref, forward)
        return Resolved(d, d, "day", "partial") if d else None
    if kind == "month_year":
        a, b = _month_bounds(int(g["y"]), _month_num(g["mon"]))
        return Resolved(a, b, "month", "month")
    if kind == "month_relyear":
        if ref is None:
            return _unknown("month")
        y = ref.year + {"last": -1, "this": 0, "next": 1}[g["ymod"].lower()]
        a, b = _month_bounds(y, _month_num(g["mon"]))
        return Resolved(a, b, "month", "month")
    if kind == "month":
        return _resolve_month(_month_num(g["mon"]), g.get("mod"), ref, forward)
    if kind == "year":
        y = int(g["y"])
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year", "year")
    if kind == "decade":
        return _resolve_decade(g, ref)
    if kind == "part":
        return _resolve_part(g.get("part") or g["part2"], g["target"], ref, forward)
    if kind == "season":
        return _resolve_season(g, ref, forward)
    if kind == "reldays":
        return _resolve_reldays(g["rel"], ref)
    if kind == "period":
        return _resolve_period(g, ref, forward)
    if kind == "recent":
        return _resolve_recent(g, ref)
    if kind == "ago":
        return _resolve_ago(g, ref)
    if kind == "weekday":
        return _resolve_weekday(WEEKDAYS[g["wd"].lower()], g.get("mod"), ref, forward)
    raise ValueError(f"unknown point kind {kind}")


def _resolve_numeric(g: dict[str, Any]) -> Resolved | None:
    if g.get("sep2"):
        g = {"a": g["a"], "b": g["b2"], "y": g["y2"], "sep": "."}
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    if len(g["y"]) == 2:
        y += 2000 if y < 70 else 1900
    # slashes are read month first (US English), dots day first (European); either flips when the
    # first reading is impossible ("25/12/2020")
    order = [(a, b), (b, a)] if g["sep"] == "/" else [(b, a), (a, b)]
    for mon, day in order:
        d = _safe_date(y, mon, day)
        if d is not None:
            return Resolved(d, d, "day", "absolute")
    return None


def _resolve_month(mon: int, mod: str | None, ref: date | None, forward: bool) -> Resolved:
    if ref is None:
        return _unknown("month")
    mod = " ".join(mod.lower().split()) if mod else ""
    if mod in ("last", "this past"):
        y = ref.year if mon < ref.month else ref.year - 1
    elif mod in ("next", "this coming"):
        y = ref.year if mon > ref.month else ref.year + 1
    elif mod == "this":
        y = ref.year
    else:
        y = _year_for_month(mon, ref, forward)
    a, b = _month_bounds(y, mon)
    return Resolved(a, b, "month", "month")


def _resolve_decade(g: dict[str, Any], ref: date | None) -> Resolved | None:
    if g.get("dec4"):
        start = int(g["dec4"])
    else:
        two = int(g.get("dec2") or g.get("dec2b") or g.get("dec2c") or 0)
        # "the '90s": the most recent such decade that had begun by the reference date
        pivot = ref.year if ref else 2029
        start = (pivot // 100) * 100 + two
        if start > pivot:
            start -= 100
    lo, hi = 0, 9
    part = (g.get("part") or "").lower()
    if part == "early":
        lo, hi = 0, 3
    elif part == "mid":
        lo, hi = 4, 6
    elif part == "late":
        lo, hi = 7, 9
    return Resolved(date(start + lo, 1, 1), date(start + hi, 12, 31), "range", "decade")


def _resolve_part(part: str, target: str, ref: date | None, forward: bool) -> Resolved | None:
    part = " ".join(part.lower().split()).removeprefix("the ")
    which = {
        "early": "early",
        "beginning of": "early",
        "start of": "early",
        "start": "early",
        "mid": "mid",
        "middle of": "mid",
        "late": "late",
        "end of": "late",
        "end": "late",
        "first half of": "first half",
        "second half of": "second half",
    }[part]
    t = " ".join(target.split())
    tl = t.lower()
    year_m = re.search(r"\d{4}", t)
    month_m = re.match(rf"({_MON_FULL}|{_MON_ABBR})", t)
    if month_m:
        mon = _month_num(month_m.group(1))
        if year_m:
            y = int(year_m.group(0))
        elif ref is None:
            return _unknown("part")
        else:
            y = _year_for_month(mon, ref, forward)
        return _month_part(y, mon, which)
    if tl.endswith("month"):
        if ref is None:
            return _unknown("part")
        base = {"this": ref, "the": ref, "last": _add_months(ref, -1), "next": _add_months(ref, 1)}[
            tl.split()[0]
        ]
        return _month_part(base.year, base.month, which)
    if tl.endswith("year"):
        if ref is None:
            return _unknown("part")
        y = {"this": ref.year, "the": ref.year, "last": ref.year - 1, "next": ref.year + 1}[tl.split()[0]]
        return _year_part(y, which)
    if year_m:
        return _year_part(int(year_m.group(0)), which)
    return None


def _month_part(y: int, mon: int, which: str) -> Resolved:
    last = _month_end(y, mon)
    spans = {
        "early": (1, 10),
        "mid": (11, 20),
        "late": (21, last.day),
        "first half": (1, 15),
        "second half": (16, last.day),
    }
    a, b = spans[which]
    return Resolved(date(y, mon, a), date(y, mon, b), "range", "part")


def _year_part(y: int, which: str) -> Resolved:
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "first half": (1, 6), "second half": (7, 12)}
    a, b = months[which]
    return Resolved(date(y, a, 1), _month_end(y, b), "range", "part")


def _resolve_season(g: dict[str, Any], ref: date | None, forward: bool) -> Resolved | None:
    season = g["season"].lower()
    mod = " ".join((g.get("smod") or "").lower().split())
    if mod in ("early", "late") and not g.get("y"):
        mod = ""
    if g.get("y"):
        a, b = _season_bounds(season, int(g["y"]))
        return Resolved(a, b, "range", "season")
    if ref is None:
        return _unknown("season")
    # candidate seasons around the reference date, oldest first
    cands = [_season_bounds(season, y) for y in range(ref.year - 2, ref.year + 3)]
    if mod in ("next", "this coming", "coming") or (forward and mod in ("this", "the", "")):
        a, b = next(c for c in cands if (c[0] > ref if mod != "this" else c[1] >= ref))
    elif mod in ("last", "past", "this past"):
        a, b = [c for c in cands if c[1] < ref][-1]
    elif mod == "this":  # the season of the reference year, under way, past or to come
        a, b = _season_bounds(season, ref.year + 1 if season == "winter" and ref.month == 12 else ref.year)
    else:  # "the summer": the one under way or most recently begun
        a, b = [c for c in cands if c[0] <= ref][-1]
    return Resolved(a, b, "range", "season")


def _resolve_reldays(rel: str, ref: date | None) -> Resolved:
    if ref is None:
        return _unknown("relative")
    r = " ".join(rel.lower().split())
    if r == "the day before yesterday":
        off = -2
    elif r == "the day after tomorrow":
        off = 2
    elif r.startswith("yesterday") or r in ("last night", "overnight"):
        off = -1
    elif r.startswith("tomorrow"):
        off = 1
    else:
        off = 0
    d = ref + timedelta(days=off)
    return Resolved(d, d, "day", "relative")


def _resolve_period(g: dict[str, Any], ref: date | None, forward: bool) -> Resolved:
    if ref is None:
        return _unknown("relative")
    per = g["per"].lower()
    pre = (g.get("pre") or "").lower()
    mod = " ".join((g.get("mod") or "").lower().split())
    if per == "weekend":
        return _resolve_weekend(mod, ref, forward)
    if pre:  # "earlier this week": from the period's start to ref; "later this year": ref to its end
        if per == "week":
            a, b = _week_bounds(ref)
        elif per == "month":
            a, b = _month_bounds(ref.year, ref.month)
        else:
            a, b = date(ref.year, 1, 1), date(ref.year, 12, 31)
        return (
            Resolved(a, ref, "range", "relative")
            if pre == "earlier"
            else Resolved(ref, b, "range", "relative")
        )
    if mod == "past":  # "the past week": the rolling stretch that ends at ref
        start = {
            "week": ref - timedelta(days=7),
            "month": _add_months(ref, -1),
            "year": _add_years(ref, -1),
        }[per]
        return Resolved(start, ref, "range", "recent")
    step = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(mod, 0)
    if mod == "the":  # "the week"/"the month" alone are anaphoric, but callers only reach here via cues
        step = 0
    if per == "week":
        a, b = _week_bounds(ref + timedelta(days=7 * step))
        return Resolved(a, b, "week", "relative")
    if per == "month":
        base = _add_months(ref, step)
        a, b = _month_bounds(base.year, base.month)
        return Resolved(a, b, "month", "relative")
    y = ref.year + step
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year", "relative")


def _resolve_weekend(mod: str, ref: date, forward: bool) -> Resolved:
    if mod in ("next", "coming", "this coming") or (forward and mod == "this"):
        sat = _weekday_after(5, ref, strict=mod == "next")
    elif mod in ("last", "past", "this past", "previous"):
        # on a weekend day, "last weekend" is the one before this one
        sat = _weekday_before(5, ref, strict=True)
        if ref.weekday() == 6:
            sat -= timedelta(days=7)
    else:  # "the weekend", "this weekend": the Saturday-Sunday begun on or before ref
        sat = _weekday_before(5, ref)
    return Resolved(sat, sat + timedelta(days=1), "range", "relative")


def _plural(g: dict[str, Any]) -> bool:
    """Whether the unit of a "recent"/"ago" match was plural ("weeks" rather than "week")."""
    return str(g.get("units") or "").lower().endswith("s")


def _resolve_recent(g: dict[str, Any], ref: date | None) -> Resolved:
    if ref is None:
        return _unknown("recent")
    unit = g["unit"].lower()
    plural = _plural(g)
    n = _number(g.get("n")) if g.get("n") else None
    if n is None:
        if g.get("n"):  # "the past few weeks"
            n = FEW
        elif g.get("past") and not plural:  # "the past week" is one week
            n = 1
        else:  # "in recent months", "the past months"
            n = RECENT_SPAN[unit]
    if unit == "hour":
        start = ref - timedelta(days=max(1, (n + 23) // 24))
    elif unit == "day":
        start = ref - timedelta(days=n)
    elif unit == "week":
        start = ref - timedelta(days=7 * n)
    elif unit == "month":
        start = _add_months(ref, -n)
    elif unit == "year":
        start = _add_years(ref, -n)
    else:
        start = _add_years(ref, -10 * n)
    return Resolved(start, ref, "range", "recent")


def _shift(ref: date, unit: str, n: int) -> date:
    if unit == "hour":
        return ref
    if unit == "day":
        return ref - timedelta(days=n)
    if unit == "week":
        return ref - timedelta(days=7 * n)
    if unit == "month":
        return _add_months(ref, -n)
    if unit == "year":
        return _add_years(ref, -n)
    return _add_years(ref, -10 * n)


def _resolve_ago(g: dict[str, Any], ref: date | None) -> Resolved:
    if ref is None:
        return _unknown("relative")
    unit = g["unit"].lower()
    n = _number(g["n"])
    if n is None:  # "a few days ago", "several weeks ago"
        lo, hi = VAGUE_UNITS
        return Resolved(_shift(ref, unit, hi), _shift(ref, unit, lo), "range", "vague")
    d = _shift(ref, unit, n)
    if unit in ("hour", "day"):
        return Resolved(d, d, "day", "relative")
    if unit == "week":
        a, b = _week_bounds(d)
        return Resolved(a, b, "week", "relative")
    if unit == "month":
        a, b = _month_bounds(d.year, d.month)
        return Resolved(a, b, "month", "relative")
    return Resolved(date(d.year, 1, 1), date(d.year, 12, 31), "year", "relative")


def _resolve_weekday(wd: int, mod: str | None, ref: date | None, forward: bool) -> Resolved:
    if ref is None:
        return _unknown("weekday")
    mod = " ".join((mod or "").lower().split())
    if mod in ("last", "past", "this past"):
        d = _weekday_before(wd, ref, strict=True)
    elif mod in ("next", "coming", "this coming"):
        d = _weekday_after(wd, ref, strict=True)
    elif mod == "this":
        d = _week_bounds(ref)[0] + timedelta(days=wd)
    elif forward:
        d = _weekday_after(wd, ref)
    else:
        d = _weekday_before(wd, ref)
    return Resolved(d, d, "day", "weekday")


# --------------------------------------------------------------------------- ranges


def _parse_item(text: str, ref: date | None, forward: bool) -> tuple[Resolved, str] | None:
    """Resolve one side of a range; returns the reading and the point kind that matched."""
    text = text.strip()
    for kind, pat in POINT_PATTERNS:
        m = pat.fullmatch(text)
        if m is None:
            continue
        res = _resolve_point(kind, m, ref, forward)
        if res is not None:
            return res, kind
    return None


def _resolve_range(kind: str, m: re.Match[str], ref: date | None, forward: bool) -> Resolved | None:
    g = m.groupdict()
    if kind == "years":
        a = int(g["a"])
        b_txt = g["b"]
        b = int(b_txt) if len(b_txt) == 4 else (a // 100) * 100 + int(b_txt)
        if not a < b <= a + 50:  # "2015-16" and "1990-1995", never "2020-2010" or a phone number
            return None
        return Resolved(date(a, 1, 1), date(b, 12, 31), "range", "range")
    if kind == "compact_md":
        mon = _month_num(g["mon"])
        da, db = _day_num(g["a"]), _day_num(g["b"])
        if da >= db:
            return None
        if g.get("y"):
            y = int(g["y"])
        elif ref is None:
            return _unknown("range")
        else:
            end = _day_without_year(mon, db, ref, forward)
            if end is None:
                return None
            y = end.year
        a_d, b_d = _safe_date(y, mon, da), _safe_date(y, mon, db)
        if a_d is None or b_d is None:
            return None
        return Resolved(a_d, b_d, "range", "range")
    # "between A and B", "from A to B", "3-5 May": B first, then A read backwards from B
    b_item = _parse_item(g["b"], ref, forward)
    if b_item is None:
        return None
    b_res, b_kind = b_item
    a_txt = g["a"].strip()
    if re.fullmatch(_DAY, a_txt):  # a bare day borrows its month and year from B
        if b_kind not in ("month_day", "day_month", "iso", "numeric") or b_res.start is None:
            return _unknown("range") if b_res.start is None and b_kind in ("month_day", "day_month") else None
        a_d = _safe_date(b_res.start.year, b_res.start.month, _day_num(a_txt))
        if a_d is None or a_d > b_res.start:
            return None
        return Resolved(a_d, b_res.end, "range", "range")
    if b_res.start is None:
        # B needs a ref we lack; A might still be absolute but the range is not
        return _unknown("range")
    a_item = _parse_item(a_txt, b_res.start, False)
    if a_item is None:
        return None
    # A is read backwards from B, so "from May 3 to June 5, 2020" gives A the year of B
    a_res = a_item[0]
    if a_res.start is None or a_res.start > (b_res.end or b_res.start):
        return None
    return Resolved(a_res.start, b_res.end, "range", "range")


# --------------------------------------------------------------------------- context checks


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _tokens(doc: Doc, start: int, end: int) -> Span:
    return char_span(doc, start, end)


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = _tokens(doc, start, end)
    return span[0] if span is not None and len(span) else None


def _future_context(doc: Doc, start: int, end: int) -> bool:
    """True when the clause holding the span speaks of the future ("will resume on Friday",
    "elections are due in June", "plans to meet in May", "is scheduled for April")."""
    span = _tokens(doc, start, end)
    if span is None or not len(span):
        return False
    tok: Token = span.root
    prep = tok.head
    if (
        tok.dep_ == "pobj"
        and prep.lower_ in ("by", "before", "until")
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in _DEADLINE_NOUNS
    ):
        return True  # "committing to talks on a final peace deal by Aug. 18": a deadline ahead
    path: list[Token] = []
    # climb to the nearest verb, then on through xcomp/acomp links ("is due to resume")
    while len(path) < 20:
        path.append(tok)
        if tok.head.i == tok.i:
            break
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "acomp", "auxpass", "aux"):
            break
        tok = tok.head
    for t in path:
        auxes = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a in _FUTURE_AUX for a in auxes):
            return True
        # "could resume on Friday" looks ahead, "may have attacked on Friday" looks back, and
        # "explosions could be heard on Monday" tells what was perceived then
        if (
            any(a in _MODALS for a in auxes)
            and "have" not in auxes
            and not ("could" in auxes and t.lemma_.lower() in _PERCEPTION_VERBS)
        ):
            return True
        if t.lower_ == "going" and any(c.dep_ == "xcomp" for c in t.children):
            return True
        if "would" in auxes and "have" not in auxes and future_told_in_the_past(t):
            return True  # "organisers said they would march on Thursday": "will", told in the past
        # "is due", "are scheduled", "plans to": only in the present; "was expected to" looks back
        if _past_tense(t):
            continue
        if t.lower_ in _FUTURE_WORDS and t.tag_ in ("VBN", "JJ"):
            return True
        if any(c.dep_ in ("acomp", "oprd") and c.lower_ in _FUTURE_WORDS for c in t.children):
            return True
        if t.lemma_.lower() in _FUTURE_HEADS and any(c.dep_ == "xcomp" for c in t.children):
            return True
    return False


#: what a date after "by" or "until" sets a deadline for, when it hangs on the noun itself
_DEADLINE_NOUNS = frozenset(
    {"talk", "deal", "agreement", "withdrawal", "election", "vote", "pullout", "handover", "deadline",
     "ceasefire", "truce", "accord", "settlement", "transfer", "exchange", "release", "referendum"}
)  # fmt: skip


def future_told_in_the_past(clause: Token) -> bool:
    """Whether a clause is what someone said, in the past, they will do ("said they would hold
    another march"): its "would" is the "will" of reported speech, not a condition."""
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in ("say", "announce", "tell", "confirm", "state")
        and clause.head.tag_ == "VBD"
        and not any(c.dep_ == "neg" for c in clause.children)
    )


def _past_tense(t: Token) -> bool:
    """Whether ``t`` or a verb or auxiliary it hangs from or on is in the past tense."""
    if t.tag_ == "VBD":
        return True
    near = [*t.children, t.head]
    return any(x.tag_ == "VBD" and (x.dep_ in ("aux", "auxpass") or x.i == t.head.i) for x in near)


def _weekday_ok(doc: Doc, text: str, m: re.Match[str]) -> bool:
    """A weekday is a date unless it is part of a name ("the Sunday Times", "Bloody Sunday")."""
    if m.group("mod"):
        return True
    s = m.start("wd")
    e = m.end("wd")
    prev = _prev_word(text, s)
    if prev in ("every", "each"):  # "every Friday" is a habit, not a date
        return False
    if prev in _CUES or prev in ("on", "at", "late", "early"):
        return True
    nxt = re.match(r"\s+([A-Za-z]+)", text[e : e + 30])
    if nxt and nxt.group(1).lower() in _PRESS_HEADS and nxt.group(1)[0].isupper():
        return False
    tok = _token_at(doc, s, e)
    if tok is not None and tok.ent_type_ in _NAME_LABELS - {"GPE", "LOC", "NORP"}:
        # a name that goes on after the weekday ("Sunday Express") is not a date; one that ends with it
        # may be a mis-tagged "Kabul Sunday" (AP style: "attacked Kabul Sunday")
        ent = next((x for x in doc.ents if x.start <= tok.i < x.end), None)
        if ent is not None and ent.end - 1 > tok.i:
            return False
    # "Bloody Sunday", "Good Friday": a named day, an event or a holiday rather than a date
    pm = re.search(r"([A-Za-z]+)\s+$", text[max(0, s - 30) : s])
    return not (pm and pm.group(1)[0].isupper() and pm.group(1).lower() in _NAMED_DAY_MODS)


# "March on Washington", "March to Dhaka": what follows a march that is no month
_A_MARCH_TO = re.compile(
    r"\s+(?:to|on|against|towards|for)\s+(?!(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)"
    r"(?:the\s+)?[A-Z]"
)


def _month_ok(doc: Doc, text: str, m: re.Match[str]) -> bool:
    """A bare month name is a date only after a cue ("in May") or when spaCy calls it a DATE."""
    if m.group("mod"):
        return True
    s, e = m.start("mon"), m.end("mon")
    tok = _token_at(doc, s, e)
    if tok is not None and (tok.tag_ == "MD" or tok.ent_type_ in _NAME_LABELS):
        return False
    if _A_MARCH_TO.match(text, e) and text[s:e].lower() == "march":
        return False  # "the 'March to Dhaka' programme": a march, not the month ("March to May" is)
    if _prev_word(text, s) in _CUES:
        return True
    return tok is not None and tok.ent_type_ == "DATE" and tok.pos_ != "VERB"


def _year_ok(doc: Doc, text: str, m: re.Match[str]) -> bool:
    """A bare four-digit number is a year after a cue ("in 2015") or as spaCy's DATE, never a count."""
    s, e = m.start("y"), m.end("y")
    if m.group(0).lower().startswith("the year"):
        return True
    tok = _token_at(doc, s, e)
    prev = _prev_word(text, s)
    if tok is not None and tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        # "2000 people", "1800 fighters": a number counting the noun after it
        if nxt.pos_ == "NOUN" and prev not in _CUES | _YEAR_DETS and nxt.ent_type_ != "DATE":
            return False
        if nxt.pos_ == "NOUN" and tok.ent_type_ == "CARDINAL" and prev not in _YEAR_DETS:
            return False
    if prev in _WEAK_CUES and tok is not None and tok.ent_type_ in _COUNT_LABELS:
        return False
    if _beside_a_count(text, s, e):
        return False  # "between 1500 and 2000 fighters", "2000 to 3000 people"
    if prev in _APPROX or (tok is not None and _counted(tok)):
        return False  # "the toll rose to 2000", "a total of 1999", "nearly 2000"
    if prev in _CUES:
        return True
    return tok is not None and tok.ent_type_ == "DATE"


def _is_year_number(num: str) -> bool:
    return re.fullmatch(r"(?:1[6-9]|20)\d{2}", num) is not None


def _beside_a_count(text: str, s: int, e: int) -> bool:
    """Whether a number is joined to another number that cannot be a year ("1500 and 2000")."""
    after = re.match(r"\s*(?:and|to|or|-|–)\s*(\d[\d,.]*)", text[e : e + 20])
    if after and not _is_year_number(after.group(1)) and not re.fullmatch(r"\d{2}", after.group(1)):
        return True
    before = re.search(r"(\d[\d,.]*)\s*(?:and|to|or|-|–)\s*$", text[max(0, s - 20) : s])
    return before is not None and not _is_year_number(before.group(1))


def _counted(tok: Token) -> bool:
    """Whether a number is what something amounts to ("rose to 2000", "reached 1999", "a total of 2000")."""
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _COUNT_HEADS
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("to", "of")
        and tok.head.head.lemma_.lower() in _COUNT_HEADS
    )


def _season_ok(text: str, m: re.Match[str]) -> bool:
    mod = (m.group("smod") or "").lower()
    season = m.group("season").lower()
    if m.group("y"):
        # "the fall of 2020" is a date, "the fall of Kabul" is not (no year: rejected below)
        return True
    if season == "fall":
        return mod in ("last", "this", "next", "this past", "this coming", "past", "coming")
    if mod == "the":
        return _prev_word(text, m.start()) in _CUES
    return bool(mod) and mod not in ("early", "late")


def _reldays_ok(doc: Doc, m: re.Match[str]) -> bool:
    rel = m.group("rel").lower()
    if rel == "overnight":  # the adjective ("an overnight curfew") is no date
        tok = _token_at(doc, m.start(), m.end())
        return tok is not None and tok.pos_ == "ADV"
    return True


def _period_ok(text: str, m: re.Match[str]) -> bool:
    mod = (m.group("mod") or "").lower()
    if mod == "the":
        # "the week"/"the year" alone refer back to something; only "(over|at|during) the weekend" is ours
        return m.group("per").lower() == "weekend" and _prev_word(text, m.start()) in (
            "over",
            "at",
            "during",
            "on",
            "this",
            "for",
            "since",
        )
    return True


def _ago_ok(m: re.Match[str]) -> bool:
    word = m.group(0).split()[-1].lower()
    if word == "earlier":  # "three days earlier" counts from another event, not from the article date
        return False
    n = m.group("n").lower()
    return n not in ("some",)


# --------------------------------------------------------------------------- finding expressions


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    res: Resolved
    priority: int


def _collect(doc: Doc, ref: date | None) -> list[_Candidate]:
    text = doc_text(doc)
    cands: list[_Candidate] = []
    blocked: list[tuple[int, int]] = []

    def forward_at(s: int, e: int) -> bool:
        return ref is not None and _future_context(doc, s, e)

    for prio, (kind, pat) in enumerate(RANGE_PATTERNS):
        for m in pat.finditer(text):
            if kind == "years" and not _years_range_ok(doc, text, m):
                continue
            res = _resolve_range(kind, m, ref, forward_at(m.start(), m.end()))
            if res is not None:
                cands.append(_Candidate(m.start(), m.end(), res, prio))
    for prio, (kind, pat) in enumerate(POINT_PATTERNS, start=len(RANGE_PATTERNS)):
        for m in pat.finditer(text):
            if kind == "weekday" and not _weekday_ok(doc, text, m):
                continue
            if kind == "month" and not _month_ok(doc, text, m):
                continue
            if kind == "year" and not _year_ok(doc, text, m):
                continue
            if kind == "season" and not _season_ok(text, m):
                continue
            if kind == "reldays" and not _reldays_ok(doc, m):
                continue
            if kind == "period" and not _period_ok(text, m):
                continue
            if kind == "ago" and not _ago_ok(m):
                continue
            s, e = m.start(), m.end()
            needs_direction = kind in (
                "weekday",
                "month",
                "month_day",
                "day_month",
                "season",
                "part",
                "period",
            )
            res = _resolve_point(kind, m, ref, forward_at(s, e) if needs_direction else False)
            if res is not None:
                cands.append(_Candidate(s, e, res, prio))
            elif kind in ("iso", "numeric", "month_day", "day_month"):
                # an impossible date ("February 30, 2021") is a typo, not a month and a year
                blocked.append((s, e))
    cands = [c for c in cands if not any(a <= c.start and c.end <= b for a, b in blocked)]
    cands.extend(
        _entity_candidates(doc, ref, [*cands, *(_Candidate(a, b, _unknown(""), 0) for a, b in blocked)])
    )
    return cands


def _years_range_ok(doc: Doc, text: str, m: re.Match[str]) -> bool:
    prev = _prev_word(text, m.start())
    if prev in _CUES or prev in _YEAR_DETS:
        return True
    tok = _token_at(doc, m.start(), m.end())
    return tok is not None and tok.ent_type_ == "DATE"


_DURATION = re.compile(
    r"(?i)^(?:for\s+|within\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|"
    r"up\s+to\s+|at\s+least\s+)?(?:the\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|few|many|a\s+few|some|hundreds\s+of|thousands\s+of)?[\s-]*(?:hours?|days?|weeks?|months?|"
    r"years?|decades?|centuries|century)(?:[\s-]+old|[\s-]+long)?$"
)


def _entity_candidates(doc: Doc, ref: date | None, found: Iterable[_Candidate]) -> list[_Candidate]:
    """spaCy DATE entities that no pattern read, parsed by dateparser when they are absolute dates."""
    taken = [(c.start, c.end) for c in found]
    out: list[_Candidate] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        s, e = ent.start_char, ent.end_char
        if any(a < e and s < b for a, b in taken):
            continue
        txt = ent.text
        if _DURATION.match(txt) or re.search(r"(?i)year[\s-]*old|years?\s+old|aged", txt):
            continue
        has_month = re.search(rf"{_MON}", txt) is not None
        has_year = re.search(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)", txt) is not None
        if not has_month or not re.search(r"\d", txt):
            # a bare month, number or vague phrase: the patterns (and their checks) already had their say
            continue
        res = _dateparser_read(txt, ref)
        if res is not None and (has_year or ref is not None):
            out.append(_Candidate(s, e, res, 100))
    return out


@lru_cache(maxsize=1)
def _date_data_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)


_DATEPARSER_SETTINGS: dict[str, Any] = {
    # absolute forms only: relative words ("yesterday") are read by our own rules against the
    # article date, never against the clock
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "MDY",
    "STRICT_PARSING": False,
}


def _dateparser_read(txt: str, ref: date | None) -> Resolved | None:
    """A dateparser reading of an absolute date phrase; a missing year is taken from ``ref``."""
    try:
        data = _date_data_parser().get_date_data(txt)
    except Exception:  # dateparser can raise on odd input; such a phrase is simply not a date
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    has_year = re.search(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)", txt) is not None
    if period == "year":
        return Resolved(date(d.year, 1, 1), date(d.year, 12, 31), "year", "year") if has_year else None
    if period == "month":
        y = d.year if has_year else (_year_for_month(d.month, ref, False) if ref else None)
        if y is None:
            return None
        a, b = _month_bounds(y, d.month)
        return Resolved(a, b, "month", "month")
    if not has_year:
        if ref is None:
            return None
        d2 = _day_without_year(d.month, d.day, ref, False)
        return Resolved(d2, d2, "day", "partial") if d2 else None
    return Resolved(d, d, "day", "absolute")


def _apply_since(text: str, c: _Candidate, ref: date | None) -> _Candidate:
    """ "since Friday", "since 2015": widen the expression to a range from that date to ``ref``."""
    m = re.search(r"(?i:since)\s+$", text[max(0, c.start - 12) : c.start])
    if m is None or c.res.kind in ("recent", "range"):
        return c
    start = c.start - (len(text[max(0, c.start - 12) : c.start]) - m.start())
    if ref is None or c.res.start is None:
        return _Candidate(start, c.end, _unknown("since"), c.priority)
    if c.res.start > ref:
        return c
    return _Candidate(
        start,
        c.end,
        Resolved(c.res.start, ref, "range", "since", c.res.end, c.res.precision),
        c.priority,
    )


_ANAPHORIC_DAY = re.compile(
    rf"{_LB}(?:(?P<n>{_NUM})\s+(?P<unit>(?i:days?|weeks?))\s+(?P<dir>(?i:earlier|later|before|after))"
    r"(?=\s*[,.;]|\s+(?:in|on|at|when|as)\b)"
    r"|(?P<hours>(?i:(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|minutes)\s+later))"
    r"|(?i:the)\s+(?P<adj>(?i:previous|next|following))\s+(?i:day|night|morning|evening|afternoon)"
    r"|(?i:the)\s+(?i:day|night)\s+(?P<rel>(?i:before|after))(?=\s*[,.;]))"
)


def _with_anaphoric_days(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Add the dates told relative to the last day the story named: "Five were killed on
    Saturday. A day earlier, a man was killed" (Friday), "three days later", "the following day",
    "hours later". Such a phrase counts from the event told before it, not from the article date;
    with no day named before it, it stays unread."""
    out = list(chosen)
    for m in _ANAPHORIC_DAY.finditer(text):
        s, e = m.start(), m.end()
        if any(c.start < e and s < c.end for c in out):
            continue
        anchor = max(
            (c for c in out if c.end <= s and c.res.precision == "day"), key=lambda c: c.start, default=None
        )
        if anchor is None or anchor.res.start is None:
            continue
        if m.group("hours"):
            days, unit = 0, "day"
        elif m.group("adj"):
            days, unit = (-1 if m.group("adj").lower() == "previous" else 1), "day"
        elif m.group("rel"):
            days, unit = (-1 if m.group("rel").lower() == "before" else 1), "day"
        else:
            n = _number(m.group("n"))
            if n is None:
                continue
            unit = m.group("unit").lower().rstrip("s")
            sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
            days = sign * n * (7 if unit == "week" else 1)
        d = anchor.res.start + timedelta(days=days)
        res = (
            Resolved(*_week_bounds(d), "week", "anaphoric")
            if unit == "week"
            else Resolved(d, d, "day", "anaphoric")
        )
        out.append(_Candidate(s, e, res, anchor.priority))
    out.sort(key=lambda c: c.start)
    return out


def find_time_expressions(doc: Doc, ref: date | None) -> list[TimeExpression]:
    """Every date expression in ``doc`` with its character offsets, resolved against ``ref``.

    ``ref`` is the article date; with None, only expressions that carry their own year resolve.
    Overlapping readings keep the longest ("Sunday, Aug. 8, 2021" over "Sunday"); see the module
    docstring for each form and how it is read.
    """
    text = doc_text(doc)
    cands = _collect(doc, ref)
    cands.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    chosen: list[_Candidate] = []
    for c in cands:
        if any(c.start < o.end and o.start < c.end for o in chosen):
            continue
        chosen.append(c)
    chosen = [_apply_since(text, c, ref) for c in chosen]
    chosen.sort(key=lambda c: c.start)
    chosen = _with_anaphoric_days(text, chosen)
    return [
        TimeExpression(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            start_date=c.res.start,
            end_date=c.res.end,
            precision=c.res.precision,
            kind=c.res.kind,
            since_end=c.res.since_end,
            since_precision=c.res.since_precision,
        )
        for c in chosen
    ]


# --------------------------------------------------------------------------- article dates

_DL_MON = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![A-Za-z])"
)
_DL_WD = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
_DL_CORE = (
    rf"(?:(?P<mon1>{_DL_MON})\s*(?P<d1>{_DAY})(?:,?\s*(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})(?:\s+of)?\s+(?P<mon2>{_DL_MON})(?:,?\s*(?P<y2>{_YEAR}))?"
    rf"|(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|(?P<na>\d{{1,2}})(?P<nsep>[/.])(?P<nb>\d{{1,2}})(?P=nsep)(?P<ny>\d{{4}}))"
)
# A dateline's place: capitalised words ("KABUL", "Rio de Janeiro", "WASHINGTON, DC")
_PLACE_WORD = r"[A-Z][\w.'’\-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:(?:de|da|do|del|du|la|le|el|al|of|upon|on|sur)\s+)?{_PLACE_WORD}){{0,3}}"
_DATELINE = re.compile(
    r"^[\s*_>#]*"
    r"(?:(?i:published|posted|updated|last\s+updated|dated?|first\s+published)(?:\s+(?i:on|at))?\s*:?\s*)?"
    rf"(?:{_PLACE}(?:\s*,\s*{_PLACE}){{0,2}}\s*(?:,|\(|—|–|-{{1,2}})\s*)?"
    r"\(?\s*"
    rf"(?:{_DL_WD},?\s+)?"
    rf"{_DL_CORE}"
    r"(?:\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?"
    r"\s*\)?"
    r"(?:\s*\([A-Za-z][A-Za-z .&/-]{1,30}\))?"
    r"(?:\s*/\s*[A-Za-z][\w ]{1,30}\s*/)?"
    r"\s*(?:[—–:|/]|-{1,3}|$)",
    re.MULTILINE,
)


def find_dateline(text: str, today: date | None = None) -> date | None:
    """The publication date stated at the top of ``text`` as a dateline, or None.

    Reads the usual wire and press-release forms: "KABUL, Afghanistan (Jan. 25, 2013) —",
    "NAIROBI, March 3, 2025 (Reuters) -", "Aug 8 (AFP) -", "Sunday, 8 August 2021" or
    "2021-08-08" on a line of its own, "Published: 08/08/2021". Only the first lines (the first
    200 characters) are read, and the date must be set off as a dateline (followed by a dash, a
    colon, an agency name or the end of the line), so a first sentence that merely starts with a
    date is not taken. A dateline without a year ("Aug 8 (AFP) -") is taken to be the most recent
    such day on or before ``today`` (the clock's date by default).
    """
    found = _dateline_at_top(text, today)
    return found[0] if found else None


def dateline_end(text: str) -> int:
    """Where the dateline at the top of ``text`` ends ("GUSAU, Nigeria, Nov 24 (Reuters) -"), or 0
    when there is none: its date is the article's, and dates no event told after it."""
    found = _dateline_at_top(text, None)
    return found[1] if found else 0


def _dateline_at_top(text: str, today: date | None) -> tuple[date, int] | None:
    """The date of the dateline among the first three lines with text (in the first 200
    characters), and where in ``text`` the dateline ends."""
    offset = len(text) - len(text.lstrip("\ufeff"))
    seen = 0
    for line in text[offset : offset + 200].splitlines(keepends=True):
        if line.strip():
            m = _DATELINE.match(line)
            d = _dateline_date(m, today) if m is not None else None
            if m is not None and d is not None:
                return d, offset + m.end()
            seen += 1
            if seen == 3:
                break
        offset += len(line)
    return None


def _dateline_date(m: re.Match[str], today: date | None) -> date | None:
    g = m.groupdict()
    if g.get("iy"):
        return _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("na"):
        res = _resolve_numeric({"a": g["na"], "b": g["nb"], "y": g["ny"], "sep": g["nsep"]})
        return res.start if res else None
    mon_txt = g.get("mon1") or g.get("mon2")
    day_txt = g.get("d1") or g.get("d2")
    year_txt = g.get("y1") or g.get("y2")
    if not mon_txt or not day_txt:
        return None
    mon, day = _month_num(mon_txt), _day_num(day_txt)
    if year_txt:
        return _safe_date(int(year_txt), mon, day)
    return _day_without_year(mon, day, today or date.today(), False)


def parse_date_string(s: str) -> date | None:
    """A date from a metadata value ("2021-08-08", "2021-08-08T10:00:00+04:30", RFC 2822, "8 August 2021").

    The date is the calendar date as written (a time zone offset does not move it). Relative words
    ("yesterday", "2 days ago") are refused, since nothing here knows when they were written, and
    a value must name a day, a month and a year.
    """
    s = s.strip()
    if not s:
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"\d", s):
        return None
    import dateparser

    settings = {**_DATEPARSER_SETTINGS, "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        dt = dateparser.parse(s, languages=["en"], settings=settings)
    except Exception:  # malformed metadata must not fail an article
        return None
    return dt.date() if dt is not None else None


# --------------------------------------------------------------------------- event helpers

# Dependencies that start a clause of their own below a head; an expression inside such a clause
# (relative clause, adverbial clause, complement clause) dates that clause's event, not the head's.
_BLOCKING = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "csubjpass", "parataxis", "pcomp"})
# Dependencies whose crossing, going up from a trigger, leaves the trigger's own clause.
_CLAUSAL = _BLOCKING | {"conj", "xcomp"}


def _expr_span(doc: Doc, expr: TimeExpression) -> Span | None:
    if expr.start < 0 or expr.end > len(doc_text(doc)) or expr.start >= expr.end:
        return None
    span = char_span(doc, expr.start, expr.end)
    return span if span is not None and len(span) else None


def _ancestors(tok: Token) -> list[Token]:
    """``tok`` and its heads up to the root, in order."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 200:
        chain.append(chain[-1].head)
    return chain


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token]] | None:
    """The two legs from ``a`` and ``b`` up to their lowest common ancestor (LCA excluded)."""
    up_a = _ancestors(a)
    up_b = _ancestors(b)
    idx_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in idx_b:
            return up_a[:k], up_b[: idx_b[t.i]]
    return None


# nouns of time an "of" phrase dates as a part of the day or the calendar ("the night of 12 May",
# "the end of March"): the date is the event's, not the noun's
_TIME_PART_NOUNS = frozenset(
    {"night", "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year", "dawn",
     "dusk", "eve", "end", "start", "beginning", "middle", "half", "part", "course", "rest", "hour",
     "period", "time", "anniversary", "early", "late", "first", "second", "third", "last"}
)  # fmt: skip


def _dates_a_noun(expr_leg: list[Token]) -> bool:
    """Whether the expression is an "of" phrase of a noun below the trigger: "called on all parties
    to preserve the gains of the past years", "demanded justice for the killings of last week" date
    the gains and the killings, not the call or the demand. An "of" above a clause the
    expression lies in is not its own ("fired on a group of men playing football late Saturday":
    the day is the playing's)."""
    own_phrase = list(itertools.takewhile(lambda t: t.dep_ not in _BLOCKING, expr_leg))
    return any(
        t.dep_ == "prep"
        and t.lower_ == "of"
        and t.head in own_phrase
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.lemma_.lower() not in _TIME_PART_NOUNS
        and t.head.ent_type_ not in ("DATE", "TIME")
        for t in own_phrase
    )


#: words that place a time by an event: "ahead of the August elections", "since the 2015 war"
_TIME_PREPOSITIONS = frozenset(
    {"in", "during", "amid", "on", "at", "before", "after", "since", "until", "till", "following", "ahead",
     "prior", "by", "through", "throughout"}
)  # fmt: skip


def _names_a_dated_thing(root: Token, trig: Token) -> bool:
    """Whether the expression only says which thing a noun is: "a threat to a 2018 peace deal",
    "opposed the 2020 constitution" (not "rebels took the town in a May 2019 offensive", the time
    the taking happened in, nor "ahead of the August elections", a time told by what happens
    then, nor "the 2015 attack" when the attack is the event dated)."""
    noun = root.head
    prep = noun.head.head if noun.head.lower_ == "of" and noun.dep_ == "pobj" else noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in _TIME_PREPOSITIONS
        and not (
            # ("denied any role in the April 22 attack and vowed to retaliate": the attack's date is
            # not the vow's, a verb joined to the one the phrase hangs on)
            trig.dep_ == "conj" and prep.head == trig.head
        )
    ):
        return False
    return (
        root.dep_ in ("nummod", "compound", "amod", "nmod")
        and noun.i != trig.i
        and noun.i > root.i
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.lemma_.lower() not in _TIME_PART_NOUNS
        and noun.ent_type_ not in ("DATE", "TIME")
    )


def _simultaneous(t: Token) -> bool:
    """An adverbial clause of the same time ("When they took Kunduz on Sunday, thousands fled")."""
    return t.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while", "whilst") for c in t.children
    )


def _clauses_crossed(leg: list[Token]) -> int:
    return sum(
        1 for t in leg if t.dep_ in _CLAUSAL and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "ADP")
    )


def _stative_participle(t: Token, tells_event: Callable[[Token], bool] | None) -> bool:
    """A participle describing a noun, with no subject nor event of its own ("engineers working on
    a road", "a truck packed with explosives"): the small parser hangs a sentence-final "on Monday"
    on it, though such a clause is seldom dated apart from the verb it hangs under."""
    if tells_event is None or tells_event(t) or t.tag_ not in ("VBG", "VBN"):
        return False
    if t.dep_ == "ccomp" and t.tag_ == "VBG" and t.head.pos_ == "VERB" and t.head.lemma_ not in SPEECH_VERBS:
        # "destroyed RSF vehicles massing west of the city on Thursday": the parser's small clause
        # of an object and its participle (no auxiliary, no marker) is the same description
        return not any(c.dep_ in ("aux", "auxpass", "mark") for c in t.children)
    return t.dep_ in ("acl", "advcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children
    )


# verbs that say when a thing happened: a relative clause of one on an event noun dates the event
# ("the talks, which began in Caracas in November 2022", "the protest, which took place on Friday")
_OCCURRENCE_VERBS = frozenset(
    {"begin", "start", "open", "take", "hold", "break", "erupt", "resume", "happen", "occur", "end", "launch",
     # what the event did, told with its day: "a drone attack that killed three soldiers last month"
     "kill", "wound", "injure", "leave", "claim", "destroy", "damage"}
)  # fmt: skip


def _occurrence_of(t: Token, trig: Token) -> bool:
    """A relative clause on the trigger noun that tells when it happened."""
    return (
        t.dep_ in ("relcl", "acl")
        and t.head.i == trig.i
        and trig.pos_ in ("NOUN", "PROPN")
        and t.lemma_.lower() in _OCCURRENCE_VERBS
        and (t.lemma_.lower() != "take" or any(c.lower_ == "place" for c in t.children))
    )


def _of_another_time(token: Token) -> bool:
    """Whether a clause or phrase is set before or after the one it hangs on: "after the rebels
    launched an offensive", "before troops arrived", "in retaliation for a rocket attack"."""
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in ("for", "to")
        and token.head.head.lemma_.lower() in ("retaliation", "response", "revenge", "reprisal")
    ):
        return True  # "struck Beirut on Tuesday in retaliation for a rocket attack": what came before
    # ("two weeks after militants killed 26 men": a measured span dates the clause from the day)
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "until", "till") for c in token.children)
        and not any(c.dep_ == "npadvmod" for c in token.children)
    )


def dates_the_saying_before_its_clause(span: Span, trig: Token) -> bool:
    """Whether a date stands between a verb of saying and the subject of the clause it reports,
    which the parser may hang on the reported verb: "rebels said on Monday they had killed dozens
    ... over the weekend" (Monday is the saying's day)."""
    clause = trig
    while clause.dep_ not in ("ccomp",) and clause.head.i != clause.i:
        if clause.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "acl", "advcl"):
            return False
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS:
        return False
    saying = clause.head
    opening = [c.left_edge.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "mark")]
    return bool(opening) and saying.i < span.start and span.end <= min(opening)


def governing_expression(
    doc: Doc,
    token_index: int,
    expressions: Iterable[TimeExpression],
    tells_event: Callable[[Token], bool] | None = None,
) -> TimeExpression | None:
    """The date expression that dates the event whose trigger is ``doc[token_index]``.

    Candidates are the expressions in the trigger's sentence. One that sits inside another clause
    hanging below the point where it meets the trigger (a relative, adverbial or complement clause:
    "the city, which they had taken in 2015") dates that clause, not the trigger, and is left out,
    except in a clause of the same time ("when they took Kunduz on Sunday, thousands fled").
    Of the rest, the one in the trigger's own clause wins, then the one that needs the fewest
    clause boundaries to reach ("withdraw" in "an attack in May, when forces began to withdraw"
    reaches "May" through its clause's head), then the one closest along the dependency tree, then
    the one closest in the text. None when no expression qualifies.

    With ``tells_event`` (whether a word is an event's trigger), a weekday or a day named relative
    to the article ("on Monday", "yesterday") inside a participle that tells no event of its own
    dates the trigger above it, after any expression of the trigger's own clause and before any
    of a clause above the trigger's (the day of the saying).
    """
    if not 0 <= token_index < len(doc):
        return None
    trig = doc[token_index]
    sent = trig.sent
    best: tuple[tuple[float, bool, int, int, int], TimeExpression] | None = None
    for expr in expressions:
        span = _expr_span(doc, expr)
        if span is None or span.start < sent.start or span.end > sent.end:
            continue
        if span.start <= trig.i < span.end:
            continue  # a trigger inside the expression itself ("the weekend") is not dated by it
        # ("the April 22 attack": the article belongs to the noun the date stands before)
        root = (
            span[1:] if len(span) > 1 and span[0].dep_ == "det" and span[0].head.i >= span.end else span
        ).root
        legs = _path(root, trig)
        if legs is None:
            continue
        expr_leg, trig_leg = legs
        blocking = [
            t
            for t in expr_leg
            if t.dep_ in _BLOCKING and not _simultaneous(t) and not _occurrence_of(t, trig)
        ]
        lifted = (
            expr.kind in ("weekday", "relative")
            and bool(blocking)
            and all(_stative_participle(t, tells_event) for t in blocking)
        )
        if blocking and not lifted:
            continue
        if any(_of_another_time(t) for t in trig_leg):
            # "suspended talks on Friday after the rebels launched an offensive": the day dates the
            # suspension; the offensive came before it
            continue
        if _dates_a_noun(expr_leg) or _names_a_dated_thing(root, trig):
            continue
        # ("rebels said on Monday they had killed dozens ... over the weekend": the day of the
        # saying, which the parser hung on the reported verb, dates it only as a clause above would)
        said_before = dates_the_saying_before_its_clause(span, trig)
        # (a day lifted from a participle of the trigger's clause beats one of a clause above it:
        # "opened fire on men playing football late Saturday, ..., police said Sunday")
        crossed = _clauses_crossed(trig_leg) + (0.5 if lifted else len(blocking)) + (1 if said_before else 0)
        dist = len(expr_leg) + len(trig_leg)
        chars = min(abs(expr.start - trig.idx), abs(expr.end - (trig.idx + len(trig))))
        # an expression further along a coordination ("in 2015 and again in 2016") yields to its first
        conj_penalty = sum(1 for t in expr_leg if t.dep_ == "conj")
        # an event noun's own phrase dates it before its clause does: "stepped up attacks this year,
        # including a suicide bombing at the station in November" (the bombing was in November)
        outside = not (trig.pos_ == "NOUN" and trig in root.ancestors)
        key = (crossed, outside, conj_penalty, dist, chars)
        if best is None or key < best[0]:
            best = (key, expr)
    return best[1] if best else None


_COORD_GAP = re.compile(
    r"^\s*,?\s*(?:(?:and|but|then|as\s+well\s+as)\s+)?(?:,\s*)?(?:(?:again|later|once\s+more|also|then|"
    r"finally|even)\s+)?(?:,\s*)?(?:(?:in|on|during|by|at|over)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _conj_group(tok: Token) -> set[int]:
    """Token indices joined to ``tok`` (or its preposition) by coordination."""
    seeds = [tok]
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "conj"):
        seeds.append(tok.head)
    group: set[int] = set()
    stack = list(seeds)
    while stack:
        t = stack.pop()
        if t.i in group:
            continue
        group.add(t.i)
        alternative = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in t.children)
        for c in t.children:
            if c.dep_ == "conj" and not alternative:  # "on Friday or Saturday" is one uncertain date
                stack.append(c)
                stack.extend(x for x in c.children if x.dep_ == "pobj")
        if t.dep_ == "conj" and not any(
            c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in t.head.children
        ):
            stack.append(t.head)
        if t.dep_ == "pobj" and t.head.dep_ == "conj":
            stack.append(t.head)
    return group


def coordinated_expressions(
    doc: Doc, expr: TimeExpression, expressions: Iterable[TimeExpression]
) -> list[TimeExpression]:
    """Expressions coordinated with ``expr`` in its sentence ("in 2015 and again in 2016", "on Friday
    and Saturday, then on Monday"), so an event can be counted once per date.

    Two expressions are joined when the parser links them (or their prepositions) by ``conj``, or
    when only coordination words stand between them ("and again in", ", then on", "and"); joins are
    followed transitively. ``expr`` itself is not returned; the result is in text order.
    """
    span = _expr_span(doc, expr)
    if span is None:
        return []
    sent = span.sent
    same: list[tuple[TimeExpression, Span]] = []
    for e in sorted(expressions, key=lambda x: x.start):
        sp = _expr_span(doc, e)
        if sp is not None and sp.start >= sent.start and sp.end <= sent.end:
            same.append((e, sp))
    if not any(e.start == expr.start and e.end == expr.end for e, _ in same):
        same.append((expr, span))
        same.sort(key=lambda x: x[0].start)
    groups = [_conj_group(sp.root) for _, sp in same]

    def joined(i: int, j: int) -> bool:
        if same[j][1].root.i in groups[i] or same[i][1].root.i in groups[j]:
            return True
        lo, hi = (i, j) if i < j else (j, i)
        # only neighbours join through the text, so a gap never hides another expression
        if hi != lo + 1 or same[hi][0].start < same[lo][0].end:
            return False
        return _COORD_GAP.match(doc_text(doc)[same[lo][0].end : same[hi][0].start]) is not None

    start = next(k for k, (e, _) in enumerate(same) if e.start == expr.start and e.end == expr.end)
    seen = {start}
    stack = [start]
    while stack:
        i = stack.pop()
        for j in range(len(same)):
            if j not in seen and joined(i, j):
                seen.add(j)
                stack.append(j)
    return [same[k][0] for k in sorted(seen) if k != start]


# --------------------------------------------------------------------------- the component


class DatesComponent(FrontwireComponent):
    """Sets ``doc._.fw_date`` (the given date, else a dateline) and ``doc._.fw_dates``."""

    name = "frontwire_dates"

    def __init__(self, today: Callable[[], date] | None = None) -> None:
        self._today = today

    def process(self, doc: Doc) -> None:
        """Find the reference date and resolve every expression against it."""
        inp = doc._.fw_input
        given = getattr(inp, "date", None) if inp is not None else None
        if isinstance(given, datetime):
            given = given.date()
        ref = given if isinstance(given, date) else None
        if ref is None:
            ref = find_dateline(doc_text(doc), self._today() if self._today else None)
        doc._.fw_date = ref
        doc._.fw_dates = find_time_expressions(doc, ref)


@Language.factory(
    "frontwire_dates",
    assigns=["doc._.fw_date", "doc._.fw_dates"],
    requires=["token.dep", "token.tag", "token.pos", "doc.ents"],
)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """spaCy factory for `DatesComponent`."""
    comp = DatesComponent()
    comp.name = name
    return comp
