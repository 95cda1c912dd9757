"""The document model: one article, its cleaned body and typed span layers.

Every span indexes into ``Document.body`` (character offsets, end exclusive).
``OffsetMap`` maps body offsets back to offsets in ``Document.original`` so
evidence can always be shown in the text as it was received.

Stages never mutate a document: they return ``doc.with_(layer=...)``.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from typing import Any

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise-linear map from body offsets to original offsets.

    ``segments`` holds ``(body_start, original_start, length)`` triples in body
    order; the body is the concatenation of these original slices (plus any
    characters the cleaner inserted, which map to the nearest preceding slice).
    """

    segments: tuple[tuple[int, int, int], ...] = ()

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(((0, 0, length),))

    def to_original(self, offset: int) -> int:
        if not self.segments:
            return offset
        starts = [s[0] for s in self.segments]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        body_start, orig_start, length = self.segments[i]
        return orig_start + min(offset - body_start, length)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int  # index into Document.sentences
    pos: str | None = None  # STTS tag where tagged
    lemma: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that refers to an actor, organisation or place."""

    start: int
    end: int
    text: str
    kind: str  # person | country | organisation | place | group
    entity_id: str | None = None  # knowledge-base id (QID or kb:slug)
    name: str | None = None  # canonical English name
    country: str | None = None  # ISO alpha-3 or body code (EU, NATO, UN, ...)
    role: str | None = None  # e.g. foreign_minister
    as_actor: bool = True  # False where a place name is used as a location
    via: str = "name"  # name | alias | role | coref | adjective | demonym | metonym | modifier | ne
    confidence: float = 1.0
    head: tuple[int, int] | None = None  # span of the name inside a longer phrase


@dataclass(frozen=True, slots=True)
class DateRange:
    """A normalised date with granularity and the range it allows."""

    value: str | None  # TIMEX3-style: 2017-02-16, 2017-07, 2015, 2017-W07 ...
    granularity: str  # day | week | month | quarter | season | year | decade | century | unknown
    earliest: str | None  # ISO day
    latest: str | None  # ISO day

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class DocumentDate:
    date: DateRange
    source: str  # metadata | text | dateline | inferred | override | none
    plausible: bool | None  # plausibility of the metadata date (None: no metadata date)
    reason: str


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    date: DateRange | None = None  # for DATE/TIME: the resolved range
    anchor: str | None = None  # absolute | dct | future | past | ...
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX ...


@dataclass(frozen=True, slots=True)
class Argument:
    """An event participant: resolved actor plus the span that names it."""

    name: str
    country: str | None
    entity_id: str | None
    kind: str
    span: tuple[int, int]  # into the body; into ``meta.dateline`` / ``meta.title`` per ``source``
    source: str = "body"  # body | dateline | title: where ``span`` points


@dataclass(frozen=True, slots=True)
class Event:
    type: str  # PLOVER category
    mode: str | None
    trigger: tuple[int, int]
    sentence: int
    actors: tuple[Argument, ...] = ()
    recipients: tuple[Argument, ...] = ()
    aux: str | None = None  # future | hypothetical | negation | historical
    location: Argument | None = None
    occasion: str | None = None
    occasion_span: tuple[int, int] | None = None
    date: DateRange | None = None
    date_span: tuple[int, int] | None = None
    topics: tuple[str, ...] = ()
    topic_spans: Spans = ()
    contexts: tuple[str, ...] = ()
    score: float = 0.0
    tone: float = 0.0
    tone_spans: Spans = ()
    confidence: float = 0.5
    main: bool = False
    evidence: Spans = ()


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: Argument | None
    cue: str | None
    cue_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class HeaderPlace:
    """A place or country named in the title or dateline: not in ``body``, so no span."""

    name: str
    kind: str  # place | country
    entity_id: str | None
    country: str | None
    field: str  # title | dateline


@dataclass(frozen=True, slots=True)
class Metadata:
    source: str = ""  # path, URL or feed
    file: str | None = None  # file name (or name inside an archive)
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    kicker: str | None = None  # the topic phrase over or before the headline ("Gipfel in Hanoi")
    lead: str | None = None
    dateline: str | None = None
    signature: str | None = None  # agency / author signature, e.g. "hk/jj (dpa, afp, rtr)"
    agencies: tuple[str, ...] = ()
    metadata_date: str | None = (
        None  # from the source's metadata (seed header, JSONL field): 2017-07
    )
    published: str | None = (
        None  # a date printed in the page itself (date line, HTML meta): 2019-05-15
    )
    removed: tuple[str, ...] = ()  # boilerplate lines the cleaner dropped


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    original: str
    body: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    meta: Metadata = field(default_factory=Metadata)
    language: str | None = None
    dct: DocumentDate | None = None
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    errors: tuple[str, ...] = ()
    header_places: tuple[HeaderPlace, ...] = ()  # named in title/dateline (persons: title only)

    def with_(self, **changes: Any) -> Document:
        """A copy with some fields replaced; the way stages return results."""
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a source yields: decoded text or HTML plus whatever metadata came with it."""

    source: str  # path, URL or "-" for stdin
    text: str | None = None  # pre-extracted text
    html: str | None = None  # raw HTML (cleaned by trafilatura)
    file: str | None = None
    url: str | None = None
    date: str | None = None  # metadata date as given by the source
    title: str | None = None
    outlet: str | None = None
    error: str | None = None  # set where the source could not read it (binary, empty, ...)


def document_id(text: str) -> str:
    """Stable id: a hash of the whitespace-normalised NFC text, so re-ingest never duplicates."""
    import hashlib
    import unicodedata

    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def date_range_of(value: str) -> DateRange | None:
    """The range a plain ISO date (YYYY, YYYY-MM or YYYY-MM-DD) covers, or None if it isn't one."""
    import calendar
    import re
    from datetime import date

    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None and month is not None:
            iso = date(year, month, day).isoformat()
            return DateRange(iso, "day", iso, iso)
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            return DateRange(
                f"{year:04d}-{month:02d}",
                "month",
                date(year, month, 1).isoformat(),
                date(year, month, last).isoformat(),
            )
    except ValueError:
        return None
    return DateRange(f"{year:04d}", "year", f"{year:04d}-01-01", f"{year:04d}-12-31")
