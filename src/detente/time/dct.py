"""Document creation time: from metadata, a date line, the text and the knowledge base.

Evidence, strongest first:

1. a date printed in the page (``doc.meta.published``) or a date line of its own near the top;
2. a summit or ministerial meeting of the knowledge base named in the text
   (``am Rande des G20-Gipfels in Bonn``): the article is from its first day, or from the
   day before when the text speaks of it in the future (``dürften ... beherrschen``);
3. terms of office: ``US-Außenminister John Kerry`` bounds the date to Kerry's term;
4. absolute dates in reported (non-future) context bound it from below (``seit ... 2013``);
5. the metadata date (``doc.meta.metadata_date``), kept when it fits the bounds above.

``plausible`` says whether the metadata date fits; ``reason`` says why in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from detente.document import DateRange, Document, DocumentDate, Timex
from detente.time.dates import date_range, parse_iso, range_of
from detente.time.lexicon import alt, load
from detente.time.tagger import tag_text
from detente.time.tense import direction_at

if TYPE_CHECKING:
    from detente.pipeline import Resources

NAME = r"[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:al-|bin\s+|von\s+|de\s+)?[A-ZÄÖÜ][\w'’-]+){0,2}"
GRACE = timedelta(days=30)
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
    summit = _summit_bound(doc.body, kb, lo, hi, metadata)
    meta_range = date_range(metadata) if metadata else None
    plausible = None if meta_range is None else _fits(meta_range, lo, hi, summit)
    why_not = "" if plausible is not False else _conflict(metadata or "", meta_range, used, summit)

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
    text: str, kb: Any, lo: date | None, hi: date | None, metadata: str | None
) -> Bound | None:
    """The KB meeting the text names, consistent with the other bounds."""
    if kb is None or not hasattr(kb, "summits_matching"):
        return None
    meetings = load("summit_cues_de.json")["meetings"]
    for match in _summit_pattern().finditer(text):
        series = (match.group("series") or match.group("series2") or "").replace("-", "")
        word = (
            match.group("meeting") or match.group("meeting3") or match.group("meeting2") or ""
        ).lower()
        level = meetings.get(word)
        place = match.group("place")
        options = _meetings(kb, series, level, place)
        future = direction_at(text, match.start(), match.end()) == "future"
        fitting = [s for s in options if _window_fits(s, future, lo, hi)]
        if metadata:
            fitting = [
                s for s in fitting if str(s.extra.get("start", "")).startswith(metadata[:4])
            ] or fitting
        if len(fitting) == 1:
            return _bound_for(fitting[0], future)
    return None


def _meetings(kb: Any, series: str, level: str | None, place: str | None) -> list[Any]:
    for wanted in dict.fromkeys((level, None)):  # "G20-Gipfel" also names its ministers' meeting
        found = kb.summits_matching(series, place=place, level=wanted) if place else []
        if not found and place:  # "in Japan": the venue's country
            countries = {e.id for e in kb.lookup(place) if e.kind == "country"}
            found = [
                s
                for s in kb.summits_matching(series, level=wanted)
                if s.extra.get("country") in countries
            ]
        if found:
            return found
    return []


def _window(summit: Any, future: bool) -> tuple[date, date, date]:
    start = parse_iso(str(summit.extra.get("start"))) or date.min
    end = parse_iso(str(summit.extra.get("end") or summit.extra.get("start"))) or start
    if future:
        return start - timedelta(days=14), start - timedelta(days=1), start - timedelta(days=1)
    return start, end + timedelta(days=3), start


def _window_fits(summit: Any, future: bool, lo: date | None, hi: date | None) -> bool:
    first, last, _ = _window(summit, future)
    return (lo is None or last >= lo) and (hi is None or first <= hi)


def _bound_for(summit: Any, future: bool) -> Bound:
    first, last, point = _window(summit, future)
    start, end = summit.extra.get("start"), summit.extra.get("end")
    days = f"{start}/{str(end)[-2:]}" if end and end != start else str(start)
    when = "before " if future else ""
    return Bound(first, last, f"{when}the {summit.name.rsplit(' ', 1)[0]} {days}", point)


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
