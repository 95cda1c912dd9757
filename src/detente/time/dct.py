"""Document creation time: from metadata, a date line, the text and the knowledge base.

Evidence, strongest first:

1. a date printed in the page (``doc.meta.published``) or a date line of its own near the top;
2. a summit or ministerial meeting of the knowledge base named in the text
   (``am Rande des G20-Gipfels in Bonn``): the article is from its first day, or from the
   day before when the text speaks of it in the future (``dürften ... beherrschen``); a
   summit announced by its month (``Anfang Juli wird X zum Gipfel ... erwartet``) is weeks
   away and only bounds the date from above (a known meeting can then give the day);
3. a well-known event of the knowledge base (``events.jsonl``: an expulsion, a sanctions
   package, a shoot-down) whose keywords the lead uses and whose countries the text names,
   when one event clearly scores best: the article is from its day, or from the day after
   when the lead reports a reaction on the next weekday (``meldete am Mittwoch``); not when a
   sentence with its keywords names its month as past (``war im August ... vergiftet
   worden``): then it is background to a later article;
   else a known bilateral meeting of the knowledge base (``meetings.jsonl``) whose participants the
   text names (two of them, or one and the venue) and whose day fits the other evidence: the
   article is from that day (the day before when it speaks of the meeting in the future);
   used only where no day comes from metadata, a printed date or a summit, and only when one
   meeting is clearly the best (two equally good ones of the same pair date nothing);
4. terms of office: ``US-Außenminister John Kerry`` bounds the date to Kerry's term;
5. absolute dates in reported (non-future) context bound it from below (``seit ... 2013``);
   a day without a year announced in the future (``wird am 24. April erwartet``) bounds it to
   the weeks before that day (a deadline, ``bis zum 30. Juni``, to the year before it), where
   only one year fits the other bounds (and rules out meetings on or after that day in any
   case);
6. the metadata date (``doc.meta.metadata_date``), kept when it fits the bounds above and
   no known meeting the lead reports on its weekday shows it wrong (a participant named in
   the lead held none of his offices at the header's date); a month-only header narrows to
   the latest day of that month the lead reports (``am 7. Juni``).

``plausible`` says whether the metadata date fits; ``reason`` says why in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from detente.document import DateRange, Document, DocumentDate, Timex
from detente.time.dates import date_range, parse_iso, range_of
from detente.time.lexicon import alt, lexicon, load
from detente.time.tagger import tag_text
from detente.time.tense import direction_at, is_pluperfect

if TYPE_CHECKING:
    from detente.pipeline import Resources

NAME = r"[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:al-|bin\s+|von\s+|de\s+)?[A-ZÄÖÜ][\w'’-]+){0,2}"
GRACE = timedelta(days=30)
ANNOUNCED = timedelta(days=60)  # how far ahead a day announced without a year may lie
DEADLINE_AHEAD = timedelta(days=365)  # a deadline ("bis zum 30. Juni") may lie months ahead
FAR_AHEAD = timedelta(days=120)  # a summit announced by its month ("Anfang Juli") is weeks away
DEADLINE = re.compile(r"\b(?:bis|spätestens)(?:\s+(?:zum|spätestens))?\s+$", re.IGNORECASE)
COARSE_DATE = re.compile(r"(?:XXXX|\d{4})-(?:\d\d|SP|SU|FA|WI|Q[1-4]|H[12])")
LEAD = 600  # characters: persons named this early are what the article is about
SAME_VISIT = timedelta(days=3)  # meetings this close are stops of one trip, not rivals
CLEAR_MARGIN = 0.5  # how much better the best meeting must score than any rival
WEEKDAY_WEIGHT = CLEAR_MARGIN  # a reported weekday just breaks a tie between two meetings
VENUE_WEIGHT = 1.5  # the venue named counts more than one more participant
YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
COARSE_VALUE = re.compile(r"(?:XXXX|\d{4})(?:-(?:\d\d|SP|SU|FA|WI|Q[1-4]|H[12]))?")
COUNTRY_LABELS = {"USA": "US", "GBR": "British", "RUS": "Russian", "DEU": "German", "FRA": "French"}


@dataclass(frozen=True)
class Bound:
    """What one piece of evidence says about the document date."""

    earliest: date | None
    latest: date | None
    reason: str
    point: date | None = None  # the most likely day, where the evidence gives one


@cache
def _role_pattern() -> re.Pattern[str]:
    roles = load("roles_de.json")["roles"]
    return re.compile(
        rf"(?P<office>(?:[A-ZÄÖÜ][\w]*-)?{alt(roles)})\s+(?P<name>{NAME})", re.IGNORECASE
    )


@cache
def _summit_pattern() -> re.Pattern[str]:
    cues = load("summit_cues_de.json")
    series, meeting = alt(cues["series"]), alt(cues["meetings"])
    return re.compile(
        rf"(?<![\w-])(?:(?P<series>{series})-?(?P<meeting>{meeting})|(?P<meeting2>{meeting})\s+der\s+"
        rf"(?P<series2>{series})(?:-(?P<meeting3>{meeting}))?)(?![\w])"
        rf"(?:[^.]{{0,60}}?\b(?:in|im|von)\s+(?:der\s+|dem\s+)?(?-i:(?:[a-zäöü]\w+\s+)?(?P<place>[A-ZÄÖÜ][\w-]+)))?",
        re.IGNORECASE,
    )


def resolve_document_date(doc: Document, resources: Resources | None = None) -> Document:
    """Pipeline stage: set ``doc.dct`` (keeps a DCT that is already set, e.g. ``--dct``)."""
    if doc.dct is not None:
        return doc
    kb = resources.kb if resources is not None else None
    return doc.with_(dct=document_date(doc, kb))


def document_date(doc: Document, kb: Any = None) -> DocumentDate:
    metadata = doc.meta.metadata_date
    text_dates = tag_text(doc.body, None)
    printed = _printed_date(doc, text_dates)
    bounds = _role_bounds(doc, kb) + _text_bounds(doc.body, text_dates)
    lo, hi, used = _intersect(bounds)
    announced, announced_reason = _announced_windows(doc.body, text_dates, lo, hi)
    if len(announced) == 1:
        bounds.append(Bound(*announced[0], announced_reason))
        lo, hi, used = _intersect(bounds)
    summit = _summit_bound(doc.body, kb, lo, hi, metadata, text_dates)
    if summit is not None and summit.point is None:  # only "before the summit": a bound
        bounds.append(summit)
        lo, hi, used = _intersect(bounds)
    meta_range = date_range(metadata) if metadata else None
    plausible = None if meta_range is None else _fits(meta_range, lo, hi, summit)
    why_not = "" if plausible is not False else _conflict(metadata or "", meta_range, used, summit)
    if plausible and meta_range is not None and printed is None and kb is not None:
        clash = _out_of_office(doc, kb, lo, hi, announced, meta_range, text_dates)
        if clash is not None:
            plausible, why_not = False, f"metadata date {metadata} is implausible: {clash}"
    meeting = None
    day_known = printed is not None or (summit is not None and summit.point is not None)
    if not day_known and not (plausible and meta_range and meta_range.granularity == "day"):
        within = meta_range if plausible else None
        meeting = _meeting_bound(doc, kb, lo, hi, announced, within, text_dates)
        meeting = _notable_event_bound(doc, kb, lo, hi, within, text_dates, meeting) or meeting

    if printed is not None:
        result = DocumentDate(
            date_range(printed.isoformat()),
            "dateline",
            plausible,
            _join(f"printed date {printed.isoformat()}", why_not),
        )
    elif summit is not None and summit.point is not None:
        result = DocumentDate(
            date_range(summit.point.isoformat()),
            "inferred",
            plausible,
            _join(why_not, f"dated {summit.point.isoformat()} from {summit.reason}"),
        )
    elif meeting is not None and meeting.point is not None:
        result = DocumentDate(
            date_range(meeting.point.isoformat()),
            "inferred",
            plausible,
            _join(why_not, f"dated {meeting.point.isoformat()} from {meeting.reason}"),
        )
    elif (
        meta_range is not None and plausible and (day := _day_in_month(doc, meta_range, text_dates))
    ):
        result = DocumentDate(
            date_range(day[0].isoformat()),
            "inferred",
            True,
            f"metadata month {metadata} and the reported day '{day[1]}'",
        )
    elif meta_range is not None and plausible:
        result = DocumentDate(
            meta_range,
            "metadata",
            True,
            _join(f"metadata date {metadata} fits the text", _summary(used)),
        )
    elif lo is not None or hi is not None:
        estimate = _estimate(lo, hi)
        between = f"dated between {estimate.earliest} and {estimate.latest}: {_summary(used)}"
        result = DocumentDate(estimate, "inferred", plausible, _join(why_not, between))
    elif meta_range is not None:
        result = DocumentDate(meta_range, "metadata", plausible, f"metadata date {metadata}")
    else:
        result = DocumentDate(
            DateRange(None, "unknown", None, None),
            "none",
            None,
            "no metadata date and no dating evidence in the text",
        )
    return result


def _day_in_month(
    doc: Document, month: DateRange, timexes: tuple[Timex, ...]
) -> tuple[date, str] | None:
    """A month-only header and a day of that month the lead reports (``am 7. Juni``): the
    article is from that day (the latest such day when the lead names several)."""
    if month.granularity != "month" or not month.value:
        return None
    found: tuple[date, str] | None = None
    for tx in timexes:
        if tx.start >= LEAD or tx.type != "DATE":
            continue
        value = tx.value or ""
        day = YEARLESS_DAY.fullmatch(value)
        iso = f"{month.value}-{day[2]}" if day and day[1] == month.value[5:7] else value
        if not iso.startswith(month.value) or len(iso) != 10:
            continue
        when = parse_iso(iso)
        later = when is not None and (found is None or when > found[0])
        if later and when and direction_at(doc.body, tx.start, tx.end) != "future":
            found = (when, tx.text)
    return found


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _summary(bounds: list[Bound]) -> str:
    """The reasons of the bounds that decide the range (the tightest from each side)."""
    latest_lo = max((b.earliest for b in bounds if b.earliest), default=None)
    earliest_hi = min((b.latest for b in bounds if b.latest), default=None)
    binding = [
        b
        for b in bounds
        if (b.earliest and b.earliest == latest_lo) or (b.latest and b.latest == earliest_hi)
    ]
    return "; ".join(dict.fromkeys(b.reason for b in binding[:2]))


def _estimate(lo: date | None, hi: date | None) -> DateRange:
    """A range with a midpoint value where the evidence only bounds the date."""
    first = lo or (hi - timedelta(days=365) if hi else date.today())
    last = hi or first + timedelta(days=365)
    tight = range_of(first, last)
    if tight.value is not None:
        return tight
    middle = first + (last - first) / 2
    return DateRange(middle.isoformat(), "unknown", first.isoformat(), last.isoformat())


def _printed_date(doc: Document, timexes: tuple[Timex, ...]) -> date | None:
    """``meta.published`` or a full date standing on its own line near the top."""
    published = parse_iso(doc.meta.published) if doc.meta.published else None
    if published is not None and len(doc.meta.published or "") >= 10:
        return published
    for tx in timexes:
        if tx.start > 600:
            break
        if tx.anchor != "absolute" or not tx.date or tx.date.granularity != "day":
            continue
        line_start = doc.body.rfind("\n", 0, tx.start) + 1
        line_end = doc.body.find("\n", tx.end)
        line = doc.body[line_start : line_end if line_end >= 0 else len(doc.body)]
        if line.strip(" \t|·-–") == tx.text:
            return parse_iso(tx.date.earliest)
    return None


def _role_bounds(doc: Document, kb: Any) -> list[Bound]:
    """Terms of office of persons the text names with their office.

    An article may name someone by an office they just left (a resignation reported days
    later), so the bound ends ``GRACE`` after the term; the reason gives the true term.
    """
    if kb is None:
        return []
    claims = _claims_from_mentions(doc, kb) or _claims_from_text(doc.body, kb)
    bounds = []
    seen: set[tuple[str, str]] = set()
    for entity, role, country in claims:
        terms = [
            r for r in entity.roles if r.role == role and (country is None or r.country == country)
        ]
        if not terms or (entity.id, role) in seen:
            continue
        seen.add((entity.id, role))
        starts = [parse_iso(r.start) for r in terms]
        ends = [parse_iso(r.end) if r.end else None for r in terms]
        first = min((s for s in starts if s), default=None)
        last = None if any(e is None for e in ends) else max(e for e in ends if e)
        label = COUNTRY_LABELS.get(terms[0].country, terms[0].country)
        until = last.isoformat() if last else "today"
        since = first.isoformat() if first else "?"
        reason = f"{entity.name} was {label} {role.replace('_', ' ')} only from {since} to {until}"
        bounds.append(Bound(first, last + GRACE if last else None, reason))
    return bounds


def _claims_from_mentions(doc: Document, kb: Any) -> list[tuple[Any, str, str | None]]:
    claims = []
    for mention in doc.mentions:
        if mention.kind != "person" or not mention.entity_id or not mention.role:
            continue
        if mention.via in ("role", "coref") or mention.head is None:
            continue  # only "office + name" phrases state the office
        if _not_current(doc.body, mention.start):
            continue
        entity = kb.get(mention.entity_id)
        if entity is not None:
            claims.append((entity, mention.role, mention.country))
    return claims


def _claims_from_text(text: str, kb: Any) -> list[tuple[Any, str, str | None]]:
    """Fallback without actor mentions: ``Außenminister Sergej Lawrow`` looked up in the KB."""
    roles = load("roles_de.json")["roles"]
    claims = []
    for match in _role_pattern().finditer(text):
        if _not_current(text, match.start()):
            continue
        office = match.group("office").lower().split("-")[-1]
        role = roles.get(office)
        words = match.group("name").split()
        for size in range(len(words), 0, -1):
            persons = [e for e in kb.lookup(" ".join(words[:size])) if e.kind == "person"]
            if len(persons) == 1:
                claims.append((persons[0], role, None))
                break
    return claims


def _not_current(text: str, start: int) -> bool:
    before = re.findall(r"[\w]+", text[max(start - 25, 0) : start].lower())[-2:]
    words = set(load("roles_de.json")["not_current"])
    return any(w in words for w in before) or text[max(start - 3, 0) : start].lower().endswith(
        "ex-"
    )


def _text_bounds(text: str, timexes: tuple[Timex, ...]) -> list[Bound]:
    """Absolute dates reported in the past tense bound the date from below (latest one wins)."""
    best: Timex | None = None
    for tx in timexes:
        if tx.anchor != "absolute" or tx.date is None or tx.date.earliest is None:
            continue
        if tx.type not in ("DATE", "TIME") or direction_at(text, tx.start, tx.end) != "past":
            continue  # only dates the text reports in the past tense ("im Jahr 2050 leben ...")
        if best is None or (tx.date.earliest or "") > (best.date.earliest or ""):  # type: ignore[union-attr]
            best = tx
    if best is None or best.date is None:
        return []
    earliest = parse_iso(best.date.earliest)
    return [Bound(earliest, None, f"the text reports '{best.text}' ({best.value}) as past")]


def _intersect(bounds: list[Bound]) -> tuple[date | None, date | None, list[Bound]]:
    """The common range of all bounds; a bound that contradicts the others is dropped."""
    lo: date | None = None
    hi: date | None = None
    used: list[Bound] = []
    for bound in bounds:
        new_lo = max((d for d in (lo, bound.earliest) if d), default=None)
        new_hi = min((d for d in (hi, bound.latest) if d), default=None)
        if new_lo and new_hi and new_lo > new_hi:
            continue
        lo, hi = new_lo, new_hi
        used.append(bound)
    return lo, hi, used


def _summit_bound(
    text: str,
    kb: Any,
    lo: date | None,
    hi: date | None,
    metadata: str | None,
    timexes: tuple[Timex, ...] = (),
) -> Bound | None:
    """The KB meeting the text names, consistent with the other bounds.

    A summit announced by a month or season (``Anfang Juli wird Putin zum Gipfel ...
    erwartet``) is weeks away: it bounds the date from above but gives no day.
    """
    if kb is None or not hasattr(kb, "summits_matching"):
        return None
    for match, options in named_summits(text, kb):
        future = direction_at(text, match.start(), match.end()) == "future"
        if not future and is_pluperfect(text, match.start(), match.end()):
            continue  # "beim Gipfel in Osaka hatten sie gesprochen": before the news
        fitting = [s for s in options if _window_fits(s, future, lo, hi)]
        if metadata:
            fitting = [
                s for s in fitting if str(s.extra.get("start", "")).startswith(metadata[:4])
            ] or fitting
        if len(fitting) == 1:
            far = future and _coarse_date_near(text, match.start(), match.end(), timexes)
            return _bound_for(fitting[0], future, far)
    return None


def _coarse_date_near(text: str, start: int, end: int, timexes: tuple[Timex, ...]) -> bool:
    """A month, season or quarter named in the summit's sentence (``Anfang Juli``)."""
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    hi = min(stops, default=len(text))
    return any(
        lo <= tx.start and tx.end <= hi and COARSE_DATE.fullmatch(tx.value or "")
        for tx in timexes
        if tx.type == "DATE"
    )


def named_summits(text: str, kb: Any) -> Iterator[tuple[re.Match[str], list[Any]]]:
    """Each summit phrase of the text (``Nato-Gipfel Mitte Juli in Litauen``) with the KB summits
    it can mean (any year)."""
    if kb is None or not hasattr(kb, "summits_matching"):
        return
    meetings = load("summit_cues_de.json")["meetings"]
    for match in _summit_pattern().finditer(text):
        series = (match.group("series") or match.group("series2") or "").replace("-", "")
        word = (
            match.group("meeting") or match.group("meeting3") or match.group("meeting2") or ""
        ).lower()
        yield match, _meetings(kb, series, meetings.get(word), match.group("place"))


def _meetings(kb: Any, series: str, level: str | None, place: str | None) -> list[Any]:
    for wanted in dict.fromkeys((level, None)):  # "G20-Gipfel" also names its ministers' meeting
        found = kb.summits_matching(series, place=place, level=wanted) if place else []
        if not found and place:  # "in Litauen": the venue's country
            countries = {e.id for e in kb.lookup(place) if e.kind == "country"}
            found = [
                s
                for s in kb.summits_matching(series, level=wanted)
                if _summit_country(kb, s) in countries
            ]
        if found:
            return found
    return []


def _summit_country(kb: Any, summit: Any) -> str | None:
    """The country of a summit: its own record, else the country of its venue."""
    if summit.extra.get("country"):
        return str(summit.extra["country"])
    venues = [e for e in kb.lookup(str(summit.extra.get("place", ""))) if e.kind == "place"]
    return venues[0].country if venues else None


def _window(summit: Any, future: bool) -> tuple[date, date, date]:
    start = parse_iso(str(summit.extra.get("start"))) or date.min
    end = parse_iso(str(summit.extra.get("end") or summit.extra.get("start"))) or start
    if future:
        return start - timedelta(days=14), start - timedelta(days=1), start - timedelta(days=1)
    return start, end + timedelta(days=3), start


def _window_fits(summit: Any, future: bool, lo: date | None, hi: date | None) -> bool:
    first, last, _ = _window(summit, future)
    return (lo is None or last >= lo) and (hi is None or first <= hi)


def _bound_for(summit: Any, future: bool, far: bool = False) -> Bound:
    first, last, point = _window(summit, future)
    start, end = summit.extra.get("start"), summit.extra.get("end")
    days = f"{start}/{str(end)[-2:]}" if end and end != start else str(start)
    when = "before " if future else ""
    reason = f"{when}the {summit.name.rsplit(' ', 1)[0]} {days}"
    if far:
        return Bound(last + timedelta(days=1) - FAR_AHEAD, last, f"weeks {reason}")
    return Bound(first, last, reason, point)


def _fits(meta: DateRange, lo: date | None, hi: date | None, summit: Bound | None) -> bool:
    first, last = parse_iso(meta.earliest), parse_iso(meta.latest)
    if first is None or last is None:
        return True
    for a, b in ((lo, hi), (summit.earliest, summit.latest) if summit else (None, None)):
        if (a and last < a) or (b and first > b):
            return False
    return True


def _conflict(
    metadata: str, meta: DateRange | None, used: list[Bound], summit: Bound | None
) -> str:
    first, last = (parse_iso(meta.earliest), parse_iso(meta.latest)) if meta else (None, None)
    for bound in [*used, *([summit] if summit else [])]:
        if (
            first
            and last
            and (
                (bound.earliest and last < bound.earliest)
                or (bound.latest and first > bound.latest)
            )
        ):
            return f"metadata date {metadata} is implausible: {bound.reason}"
    return f"metadata date {metadata} is implausible"


# --- a day announced without a year -------------------------------------------------------


def _announced_windows(
    text: str, timexes: tuple[Timex, ...], lo: date | None, hi: date | None
) -> tuple[list[tuple[date, date]], str]:
    """Where the article can be from if it announces ``am 24. April`` as coming.

    Each year that fits ``lo``..``hi`` gives the ``ANNOUNCED`` days before that day; several
    such days must all lie ahead. Without both bounds the year is open and nothing follows.
    """
    if lo is None or hi is None:
        return [], ""
    windows: list[tuple[date, date]] | None = None
    reasons = []
    for tx in timexes:
        day = YEARLESS_DAY.fullmatch(tx.value or "")
        if day is None or direction_at(text, tx.start, tx.end) != "future":
            continue
        deadline = DEADLINE.search(text[max(tx.start - 20, 0) : tx.start]) is not None
        ahead = _windows_before(
            int(day[1]), int(day[2]), lo, hi, DEADLINE_AHEAD if deadline else ANNOUNCED
        )
        windows = ahead if windows is None else _overlap(windows, ahead)
        reasons.append(f"'{tx.text}'")
    if not windows:
        return [], ""
    return windows, f"the text announces {' and '.join(reasons)} as coming"


def _windows_before(
    month: int, day: int, lo: date, hi: date, ahead: timedelta = ANNOUNCED
) -> list[tuple[date, date]]:
    windows = []
    for year in range(lo.year, hi.year + 2):
        try:
            target = date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        first, last = max(target - ahead, lo), min(target - timedelta(days=1), hi)
        if first <= last:
            windows.append((first, last))
    return windows


def _overlap(a: list[tuple[date, date]], b: list[tuple[date, date]]) -> list[tuple[date, date]]:
    both = [(max(x[0], y[0]), min(x[1], y[1])) for x in a for y in b]
    return [(first, last) for first, last in both if first <= last]


# --- known bilateral meetings -------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    score: float
    meeting: Any
    shared: frozenset[str]  # entity ids of the participants the text names
    start: date
    future: bool  # the text announces the meeting rather than reports it

    @property
    def point(self) -> date:
        """The article's day: the meeting's first day, the day before for an announcement."""
        return self.start - timedelta(days=1) if self.future else self.start


def _meeting_bound(
    doc: Document,
    kb: Any,
    lo: date | None,
    hi: date | None,
    announced: list[tuple[date, date]],
    metadata: DateRange | None,
    timexes: tuple[Timex, ...],
) -> Bound | None:
    """The one known meeting the article reports, if one is clearly the best match."""
    first = max(
        (d for d in (lo, parse_iso(metadata.earliest) if metadata else None) if d), default=None
    )
    last = min(
        (d for d in (hi, parse_iso(metadata.latest) if metadata else None) if d), default=None
    )
    weekdays = _reported_weekdays(doc.body, timexes)
    best = _best_meeting(doc, kb, first, last, announced, weekdays)
    return None if best is None else _meeting_day(doc, kb, best, first, weekdays)


def _best_meeting(
    doc: Document,
    kb: Any,
    first: date | None,
    last: date | None,
    announced: list[tuple[date, date]],
    weekdays: set[int],
) -> _Candidate | None:
    """The known meeting from ``first`` to ``last`` that clearly scores best, if any."""
    if kb is None or not hasattr(kb, "meetings_matching"):
        return None
    persons = _named_persons(doc)
    if not persons:
        return None
    places = _named_places(doc, kb)
    found = kb.meetings_matching(
        set(persons),
        earliest=(first - SAME_VISIT).isoformat() if first else None,
        latest=last.isoformat() if last else None,
        min_shared=1,
    )
    scored = [
        c
        for m in found
        if (c := _score_meeting(doc, kb, m, persons, places, weekdays)) is not None
        and _fits_day(c.point, first, last, announced)
    ]
    best = max(scored, key=lambda c: c.score, default=None)
    if best is None or any(
        c.score > best.score - CLEAR_MARGIN and abs(c.start - best.start) > SAME_VISIT
        for c in scored
        if c is not best
    ):
        return None
    return best


def _out_of_office(
    doc: Document,
    kb: Any,
    lo: date | None,
    hi: date | None,
    announced: list[tuple[date, date]],
    header: DateRange,
    timexes: tuple[Timex, ...],
) -> str | None:
    """Why a header date that fits the bounds is still wrong, or ``None``.

    The lead reports a known meeting on its weekday (``Macron und Trump ... am Dienstag``),
    far from the header's date, and one of its participants named in the lead held none of
    his offices at the header's date but did at the meeting's: the header is wrong (a
    meeting reported as background names no weekday of its own).
    """
    first, last = parse_iso(header.earliest), parse_iso(header.latest)
    weekdays = _reported_weekdays(doc.body, timexes)
    if first is None or last is None or not weekdays:
        return None
    best = _best_meeting(doc, kb, lo, hi, announced, weekdays)
    if best is None or first - SAME_VISIT <= best.point <= last + SAME_VISIT:
        return None
    lead = {p for p, weight in _named_persons(doc).items() if weight == 1.0}
    for person in sorted(best.shared & lead):
        if _named_as_former(doc, person):
            continue  # "der frühere Präsident": the text knows he is out of office
        entity = kb.get(person)
        roles = entity.roles if entity is not None else ()
        out_then = not any(_held_between(r, first - GRACE, last) for r in roles)
        if out_then and any(r.active_on(best.start.isoformat()) for r in roles):
            return (
                f"{entity.name} held no office then, but the text reports the known "
                f"meeting in {best.meeting.extra.get('place')} on {best.start.isoformat()}"
            )
    return None


def _named_as_former(doc: Document, person: str) -> bool:
    """``Ex-Präsident X``, ``der frühere US-Präsident X``: a former-office word just before
    a mention of ``person`` (or inside it)."""
    former = set(load("roles_de.json")["not_current"])
    for mention in doc.mentions:
        if mention.entity_id == person:
            words = re.findall(r"\w+", doc.body[max(mention.start - 40, 0) : mention.end].lower())
            if former & set(words[-6:]):
                return True
    return False


def _held_between(role: Any, first: date, last: date) -> bool:
    start = parse_iso(role.start) if role.start else None
    end = parse_iso(role.end) if role.end else None
    return (start is None or start <= last) and (end is None or end >= first)


def _named_persons(doc: Document) -> dict[str, float]:
    """Linked persons of the text: weight 1 when named in the lead, else 0.5."""
    weights: dict[str, float] = {}
    for mention in doc.mentions:
        if mention.kind == "person" and mention.entity_id:
            weight = 1.0 if mention.start < LEAD else 0.5
            weights[mention.entity_id] = max(weights.get(mention.entity_id, 0.0), weight)
    return weights


def _named_places(doc: Document, kb: Any) -> set[str]:
    """Canonical names (case-folded) of places the text uses as a location (``in Moskau``)."""
    names = set()
    for mention in doc.mentions:
        if mention.kind == "place" and not mention.as_actor and mention.entity_id:
            entity = kb.get(mention.entity_id)
            if entity is not None:
                names.add(entity.name.casefold())
    return names


def _reported_weekdays(text: str, timexes: tuple[Timex, ...], reach: int = LEAD) -> set[int]:
    """ISO weekdays the lead reports (``am Dienstag``): alone they date nothing, but they
    can tell two meetings of the same persons apart."""
    days = lexicon()["weekdays"]
    found = set()
    for tx in timexes:
        if tx.start >= reach or direction_at(text, tx.start, tx.end) == "future":
            continue
        word = tx.text.lower().split()[-1]  # "Donnerstagabend": the weekday it starts with
        found |= {int(number) for name, number in days.items() if word.startswith(name)}
    return found


def _score_meeting(
    doc: Document,
    kb: Any,
    meeting: Any,
    persons: dict[str, float],
    places: set[str],
    weekdays: set[int],
) -> _Candidate | None:
    shared = frozenset(kb.meeting_participants(meeting) & persons.keys())
    place_hit = str(meeting.extra.get("place", "")).casefold() in places
    start = parse_iso(str(meeting.extra.get("start")))
    if start is None or not _both_sides(kb, meeting, shared, place_hit):
        return None
    end = parse_iso(str(meeting.extra.get("end") or "")) or start
    days = {(start + timedelta(days=i)).isoweekday() for i in range((end - start).days + 1)}
    if weekdays and not weekdays & (days | {end.isoweekday() % 7 + 1}):
        return None  # the lead reports its news on another weekday than the meeting's (or next)
    score = sum(persons[p] for p in shared) + (VENUE_WEIGHT if place_hit else 0.0)
    score += WEEKDAY_WEIGHT if weekdays & days else 0.0
    future = _speaks_of_future(doc, kb, meeting, shared)
    return _Candidate(score, meeting, shared, start, future)


def _both_sides(kb: Any, meeting: Any, shared: frozenset[str], place_hit: bool) -> bool:
    """Persons of two countries named, or a visitor named with the venue.

    Two persons of one side (``Putin`` and ``Lawrow``) or a host at home (``Putin`` in
    ``Moskau``) say nothing about whom they met.
    """
    countries = {kb.get(p).country for p in shared}
    visitors = countries - {meeting.country}
    return len(countries) >= 2 or (place_hit and bool(visitors))


def _fits_day(
    day: date, lo: date | None, hi: date | None, announced: list[tuple[date, date]]
) -> bool:
    if (lo and day < lo - SAME_VISIT) or (hi and day > hi):
        return False
    return not announced or any(first <= day <= last for first, last in announced)


def _meeting_day(
    doc: Document, kb: Any, best: _Candidate, first: date | None, weekdays: set[int]
) -> Bound:
    """The meeting's first day, or the day before when the text announces it.

    A report can only be from the earliest day the other evidence allows (a meeting on
    30 June in an article of July is reported on 1 July). A report of talks over several
    days is from the last of them whose weekday the lead names (``am Samstag``).
    """
    point = best.point
    if not best.future:
        end = parse_iso(str(best.meeting.extra.get("end") or "")) or best.start
        point = _reported_day(weekdays, point, end)
    if not best.future and first is not None and point < first:
        point = first
    names = [kb.get(p).name for p in sorted(best.shared, key=lambda p: _first_mention(doc, p))]
    who = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    place = best.meeting.extra.get("place")
    when = "before " if best.future else ""
    reason = f"{when}the known meeting of {who} in {place} on {best.start.isoformat()}"
    return Bound(point, point, reason, point)


def _first_mention(doc: Document, entity_id: str) -> int:
    return min((m.start for m in doc.mentions if m.entity_id == entity_id), default=len(doc.body))


def _speaks_of_future(doc: Document, kb: Any, meeting: Any, shared: frozenset[str]) -> bool:
    """Whether the first sentence naming two participants (or a visitor and the venue) is
    future: ``wird am Mittwoch in Bern erwartet``. A participant in a past clause vetoes it
    (``Macron hat versucht, Trump zu überzeugen``: the infinitive is no announcement)."""
    place = str(meeting.extra.get("place", "")).casefold()
    visitors = {p for p in shared if kb.get(p).country != meeting.country}
    for sentence in doc.sentences or ():
        inside = [m for m in doc.mentions if sentence.start <= m.start < sentence.end]
        people = [m for m in inside if m.entity_id in shared]
        venue = [
            m
            for m in inside
            if m.kind == "place"
            and not m.as_actor
            and m.entity_id
            and (e := kb.get(m.entity_id)) is not None
            and e.name.casefold() == place
        ]
        guests = [m for m in people if m.entity_id in visitors]
        if len({m.entity_id for m in people}) >= 2 or (guests and venue):
            anchor = (venue or people[1:])[0]
            if direction_at(doc.body, anchor.start, anchor.end) != "future":
                return False
            return all(
                direction_at(doc.body, m.start, m.end, sentence=False) != "past" for m in people
            )
    return False


def _reported_day(weekdays: set[int], first: date, last: date) -> date:
    """The latest day from ``first`` to ``last`` whose weekday the lead reports, else
    ``first``."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return max((d for d in days if d.isoweekday() in weekdays), default=first)


# --- well-known events that are not meetings ------------------------------------------------

EVENT_LEAD = 1000  # characters: keywords and weekdays this early say what the article reports
HEADLINE = 400  # characters: one keyword must stand in the headline or first sentence
AFTERMATH = 3  # days after an event on which reactions the lead reports may fall
MIN_KEYWORDS = 2.5  # keyword weight an event needs: 1.5 in the headline or first sentence,
# 1 in the lead, 0.5 later (the article is about what its beginning names)
EVENT_MARGIN = 1.0  # how much better the best event must score than any other
MIN_EVENT = 5.5  # the score an event needs to date an article (keywords and named sides)
STRONG_EVENT = 8.0  # the score an event needs to overrule a known meeting the text names
COUNTRY_WEIGHT = 1.0  # per side named, for at most MAX_SIDES sides
MAX_SIDES = 2  # an event of many countries is not likelier for naming them all
PERSON_WEIGHT = 1.0


def _notable_event_bound(
    doc: Document,
    kb: Any,
    lo: date | None,
    hi: date | None,
    metadata: DateRange | None,
    timexes: tuple[Timex, ...],
    meeting: Bound | None = None,
) -> Bound | None:
    """The one well-known event the article reports, if one clearly scores best.

    An event needs ``MIN_KEYWORDS`` of its German keywords and one of its countries or
    persons named, a score of ``MIN_EVENT`` (``STRONG_EVENT`` against a known ``meeting`` of
    other days the text names); it must fit the other bounds. The article is from the latest day from
    the event's first day to ``AFTERMATH`` days after its last whose weekday the lead
    reports (the event's first day when it names none).
    """
    if kb is None or not hasattr(kb, "notable_events_involving"):
        return None
    first = max(
        (d for d in (lo, parse_iso(metadata.earliest) if metadata else None) if d), default=None
    )
    last = min(
        (d for d in (hi, parse_iso(metadata.latest) if metadata else None) if d), default=None
    )
    body = doc.body.casefold()
    countries = named_countries(doc)
    persons = set(_named_persons(doc))
    scored = []
    for event in kb.notable_events_involving(countries | persons):
        start = parse_iso(str(event.extra.get("start")))
        end = parse_iso(str(event.extra.get("end") or "")) or start
        if start is None or end is None or (first and end < first) or (last and start > last):
            continue
        score = _event_score(kb, event, body, countries, persons)
        if score is not None:
            scored.append((score, event, start, end))
    scored.sort(key=lambda c: -c[0])
    if not scored or (len(scored) > 1 and scored[1][0] > scored[0][0] - EVENT_MARGIN):
        return None
    score, event, start, end = scored[0]
    other_days = (
        meeting is not None
        and meeting.point is not None
        and not (start - SAME_VISIT <= meeting.point <= end + SAME_VISIT)
    )
    if score < (STRONG_EVENT if other_days else MIN_EVENT):
        return None  # too weak, or weaker than a known meeting the text names clearly
    if _told_as_background(doc, event, start, timexes):
        return None
    weekdays = _reported_weekdays(doc.body, timexes, EVENT_LEAD)
    point = _reported_day(weekdays, start, end + timedelta(days=AFTERMATH))
    if first and point < first:
        point = first
    reason = f"the known event '{event.name}' of {start.isoformat()}"
    return Bound(point, point, reason, point)


def _told_as_background(doc: Document, event: Any, start: date, timexes: tuple[Timex, ...]) -> bool:
    """``Nawalny war im August ... zusammengebrochen``: a sentence with the event's keywords
    names its month (or season, year) as past. A report from the event's day names the day
    (``am Donnerstag``), so the article is from later."""
    keywords = [keyword_pattern(str(k)) for k in event.extra.get("keywords_de") or ()]
    for tx in timexes:
        if tx.type != "DATE" or not _coarse_and_covers(tx, start):
            continue
        if direction_at(doc.body, tx.start, tx.end) == "future":
            continue
        sentence = _sentence_around(doc, tx.start).casefold()
        if any(k.search(sentence) for k in keywords):
            return True
    return False


def _coarse_and_covers(tx: Timex, day: date) -> bool:
    """A month, season or year (``Mitte August``, ``2020-08``, ``Sommer 2020``) that holds
    ``day``; a yearless one is taken in the day's year."""
    value = tx.value or ""
    if not COARSE_VALUE.fullmatch(value):
        return False
    span = date_range(value.replace("XXXX", str(day.year), 1), tx.mod)
    first, last = parse_iso(span.earliest), parse_iso(span.latest)
    return first is not None and last is not None and first <= day <= last


def _sentence_around(doc: Document, at: int) -> str:
    for sentence in doc.sentences:
        if sentence.start <= at < sentence.end:
            return doc.body[sentence.start : sentence.end]
    return doc.body[max(at - 150, 0) : at + 150]


def _event_score(
    kb: Any, event: Any, body: str, countries: set[str], persons: set[str]
) -> float | None:
    """Keyword weight plus named sides; ``None`` when too few keywords or no side is named.

    A keyword is a lower-case word start; ``a|b`` lists alternatives that count once.
    The cheap tests run first (a side named, a keyword in the headline) because most
    events fail them and the keyword search over the whole body is the costly part."""
    sides = countries & set(event.extra.get("countries") or ())
    people = persons & {
        i for name in event.extra.get("participants") or () for i in kb.person_ids(str(name))
    }
    if not sides and not people:
        return None
    keywords_de = tuple(str(w) for w in event.extra.get("keywords_de") or ())
    if not keyword_pattern("|".join(keywords_de)).search(body, 0, HEADLINE):
        return None  # no keyword in the headline and first sentence
    words = [keyword_pattern(w) for w in keywords_de]
    keywords = 0.0
    for pattern in words:
        found = pattern.search(body)
        if found is not None:
            at = found.start()
            keywords += 1.5 if at < HEADLINE else 1.0 if at < EVENT_LEAD else 0.5
    if keywords < MIN_KEYWORDS:
        return None
    return keywords + COUNTRY_WEIGHT * min(len(sides), MAX_SIDES) + PERSON_WEIGHT * len(people)


@cache
def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """``a|b`` as alternatives that must start a word (``nsa`` is not in ``Einsatz``)."""
    forms = "|".join(re.escape(f) for f in keyword.casefold().split("|"))
    return re.compile(rf"(?<!\w)(?:{forms})")


def named_countries(doc: Document) -> set[str]:
    """Countries and bodies the text names, by name, adjective, capital or through a person."""
    found = {m.country for m in doc.mentions if m.country}
    return found | {m.entity_id for m in doc.mentions if m.kind == "country" and m.entity_id}
