"""Calendar helpers: TIMEX3 values to date ranges, relative arithmetic, Easter."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from detente.document import DateRange

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
MOD_THIRDS = {"START": 0, "MID": 1, "END": 2}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def parse_iso(value: str | None) -> date | None:
    """A ``date`` from an ISO day (or the first day of a month/year prefix)."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return None
    while len(numbers) < 3:
        numbers.append(1)
    try:
        return date(*numbers[:3])
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return date(year, month, (h + ell - 7 * m + 114) % 31 + 1)


def _narrow(first: date, last: date, mod: str | None) -> tuple[date, date]:
    """START/MID/END take the first, middle or last third of a range."""
    if mod not in MOD_THIRDS:
        return first, last
    span = (last - first).days + 1
    third = MOD_THIRDS[mod]
    lo = first + timedelta(days=span * third // 3)
    hi = first + timedelta(days=span * (third + 1) // 3 - 1)
    return lo, hi


def _bounds(value: str) -> tuple[str, date, date] | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return "day", day, day
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return "week", monday + timedelta(days=5), monday + timedelta(days=6)
        return "week", monday, monday + timedelta(days=6)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return "month", date(year, month, 1), month_end(year, month)
    if m := _PART.match(value):
        year, part = int(m[1]), m[2]
        if part in SEASON_MONTHS:
            lo, hi = SEASON_MONTHS[part]
            end_year, end_month = year + (hi - 1) // 12, (hi - 1) % 12 + 1
            return "season", date(year, lo, 1), month_end(end_year, end_month)
        if part[0] == "Q":
            q = int(part[1])
            return "quarter", date(year, 3 * q - 2, 1), month_end(year, 3 * q)
        h = int(part[1])
        return "half", date(year, 6 * h - 5, 1), month_end(year, 6 * h)
    if m := _YEAR.match(value):
        year = int(m[1])
        return "year", date(year, 1, 1), date(year, 12, 31)
    if m := _DECADE.match(value):
        year = int(m[1]) * 10
        return "decade", date(year, 1, 1), date(year + 9, 12, 31)
    if m := _CENTURY.match(value):
        year = int(m[1]) * 100
        return "century", date(max(year, 1), 1, 1), date(year + 99, 12, 31)
    return None


def date_range(value: str | None, mod: str | None = None, dct: date | None = None) -> DateRange:
    """The granularity and earliest/latest ISO day a TIMEX3 value allows.

    ``PAST_REF``/``FUTURE_REF`` become open ranges ending/starting at the DCT;
    unresolved ``XXXX`` values and durations give an ``unknown`` range.
    """
    if value == "PRESENT_REF" and dct:
        return DateRange(value, "day", dct.isoformat(), dct.isoformat())
    if value == "PAST_REF":
        return DateRange(value, "unknown", None, dct.isoformat() if dct else None)
    if value == "FUTURE_REF":
        return DateRange(value, "unknown", dct.isoformat() if dct else None, None)
    bounds = _bounds(value or "")
    if bounds is None:
        return DateRange(value, "unknown", None, None)
    granularity, first, last = bounds
    first, last = _narrow(first, last, mod)
    return DateRange(value, granularity, first.isoformat(), last.isoformat())


def range_of(first: date, last: date) -> DateRange:
    """The tightest TIMEX3 value (day, month, year) covering ``first``..``last``."""
    if first == last:
        value, granularity = first.isoformat(), "day"
    elif (first.year, first.month) == (last.year, last.month):
        value, granularity = first.isoformat()[:7], "month"
    elif first.year == last.year:
        value, granularity = str(first.year), "year"
    else:
        value, granularity = None, "unknown"
    return DateRange(value, granularity, first.isoformat(), last.isoformat())
