"""The main event of an article and its aggregation over the whole text.

The main event is what the headline and lead report: usually the meeting (CONSULT
that happened) between the article's two leading sides, whose every other mention
(same occasion, no other parties, not a phone call) adds its participants, place,
occasion and date. An act the headline and lead give more weight than any meeting
(an expulsion, sanctions, a shoot-down, a threat, an agreement) is the main event
instead: an article about expelled diplomats that mentions a visit is about the
expulsion. Topics and tone come from the whole article, as it is about this event.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date, timedelta

from detente.document import Argument, DateRange, Document, Event, Timex
from detente.events.attributes import event_contexts, location
from detente.events.context import DocContext
from detente.events.lexicon import cues, plover
from detente.events.triggers import title_types

LEAD_SENTENCES = 3
# Tone of the main event: a weighted mean of three signals in [-1, 1],
#   tone = ACT_SHARE * A + VERDICT_SHARE * V + (1 - ACT_SHARE - VERDICT_SHARE) * C (+ M),
# over the signals the article gives evidence for (weights renormalised: no words is no
# verdict, not a neutral one)
# A = what the sides did to each other besides meeting (``_acts``): the mean PLOVER score / 10
#     of those events, with one neutral pseudo-event so that a single event is damped;
# V = the verdict on the meeting: squashed evaluative words (``_squash``) in its own sentences
#     and in the quotes of its participants next to them (``konstruktiv``, ``kein Durchbruch``);
# C = the climate: evaluative words in the rest of the article;
# M = the meeting itself (``_meeting_act``): that the sides talked is an act of cooperation
#     (PLOVER CONSULT), damped like any single act: a tense meeting is mixed, not conflictual.
# Words that are the triggers of events between third parties (``Sanktionen gegen X`` at an
# allies' summit) are left out. The two shares were calibrated on all 47 development articles
# (seeds, dev, dev2, dev3; leave-one-set-out: fit on three sets, test on the fourth); see
# data/README.md. The climate weighs least: it describes the relation, not this event.
ACT_SHARE = 0.4
VERDICT_SHARE = 0.4
VERDICT_COUNT = 2
# cooperation promised at the meeting counts, as does agreed future cooperation
COOPERATIVE_AUX = {None, "future"}


def _countries(event: Event) -> set[str]:
    return {a.country for a in (*event.actors, *event.recipients) if a.country}


def _prominence(event: Event, ctx: DocContext, same: int) -> float:
    countries = _countries(event)
    both = len(countries & set(ctx.dyad))
    persons = sum(1 for a in (*event.actors, *event.recipients) if a.kind == "person")
    score = {2: 3.0, 1: 1.0}.get(both, 0.0) + min(persons, 3)
    score += 2.0 if event.sentence < LEAD_SENTENCES else 1.0 if event.sentence < 6 else 0.0
    score += 0.5 * same + (1.0 if event.location or event.occasion else 0.0)
    return score


# Headline prominence: the title names the event's kind, the event opens the lead.
TITLE_WEIGHT = 3.0
LEAD_WEIGHTS = (2.0, 1.0, 1.0)  # per lead sentence
# the title repeats the act's own word (``erlässt Haftbefehl``): outweighs a lead sentence
TITLE_WORD_WEIGHT = 1.5
MEETING_OUTCOMES = {"AGREE"}  # what a meeting reached may be the news itself


def _headline(event: Event, named: set[str]) -> float:
    lead = LEAD_WEIGHTS[event.sentence] if event.sentence < len(LEAD_WEIGHTS) else 0.0
    return (TITLE_WEIGHT if event.type in named else 0.0) + lead


def _headline_act(
    events: list[Event],
    meetings: list[Event],
    anaphoric: set[int],
    named: set[str],
    doc: Document,
) -> Event | None:
    """The act (not a meeting) the headline and lead put above every meeting: it opens the
    lead, or the title names its kind and no meeting is in the lead; None when a meeting
    weighs as much (ties keep the meeting)."""
    acts = [
        e
        for i, e in enumerate(events)
        if e.type != "CONSULT" and e.aux is None and e.actors and i not in anaphoric
    ]
    meeting_weight = max((_headline(m, named) for m in meetings), default=0.0)
    lead_meeting = any(m.sentence < len(LEAD_WEIGHTS) for m in meetings)
    title = {w.lower() for w in re.findall(r"\w+", doc.meta.title or "")}

    def in_title(e: Event) -> bool:
        return doc.body[slice(*e.trigger)].lower() in title

    # words (a demand, a threat) of an article with a meeting were said at it, unless the
    # title repeats their word and no meeting is in the headline or lead (``Haftbefehl``)
    if meetings:
        own_news = not lead_meeting and "CONSULT" not in named
        acts = [e for e in acts if not _said(e) or (own_news and in_title(e))]
    candidates = [
        e
        for e in acts
        if e.sentence < len(LEAD_WEIGHTS)
        or (e.type in named and not lead_meeting and e is _first_of_type(acts, e.type))
    ]

    def rank(e: Event) -> tuple[float, int]:  # the act whose own word the title uses, first
        own_word = TITLE_WORD_WEIGHT if in_title(e) else 0.0
        return _headline(e, named) + own_word, -e.sentence

    best = max(candidates, key=rank, default=None)
    if best is None or _headline(best, named) <= meeting_weight:
        return None
    return best


def _talks_behind(act: Event, meetings: list[Event]) -> list[Event]:
    """The talks that reached an agreement: meetings that share a person or a side with it
    (a group such as the UN veto powers leaves some sides unnamed); they add participants
    and place."""
    if act.type not in MEETING_OUTCOMES:
        return []
    return [m for m in meetings if _people(m) & _people(act) or _countries(m) & _countries(act)]


def _signing(act: Event, events: list[Event]) -> list[Event]:
    """The same agreement told again in the next sentence by who signed it (``Eine
    entsprechende Erklärung unterzeichneten A, B und C``): it adds its signatories."""
    return [
        e
        for e in events
        if e is not act
        and e.type == act.type
        and e.aux is None
        and e.sentence == act.sentence + 1
        and _countries(e) & _countries(act)
    ]


def _place_order(main: Event, merged: list[Event]) -> tuple[Event, list[Event]]:
    """Where an agreement was reached is where its talks took place: they come first."""
    if main.type in MEETING_OUTCOMES and merged:
        return merged[0], [*merged[1:], main]
    return main, merged


def _said(event: Event) -> bool:
    """A verbal act (PLOVER quad verbal_*) other than an agreement, a meeting's outcome."""
    quad = plover()["categories"].get(event.type, {}).get("quad", "")
    return quad.startswith("verbal") and event.type not in MEETING_OUTCOMES


def _first_of_type(events: list[Event], kind: str) -> Event | None:
    return next((e for e in events if e.type == kind), None)


def _quote_neighbours(group: list[Event], ctx: DocContext) -> set[int]:
    """Sentences right after a meeting sentence whose speaker took part: their verdict on it."""
    people = {a.entity_id or a.name for e in group for a in (*e.actors, *e.recipients)}
    out = set()
    for e in group:
        for s in (e.sentence - 1, e.sentence + 1, e.sentence + 2):
            speaker = ctx.speakers.get(s)
            if speaker and (speaker.mention.entity_id or speaker.mention.name) in people:
                out.add(s)
    return out


def _compatible(main: Event, other: Event, ctx: DocContext) -> bool:
    if other.type != "CONSULT" or other.aux is not None:
        return False
    if _other_day(main, other) or _other_place(main, other, ctx):
        return False  # ``X, mit dem Y am Sonntag verhandelt hatte``: an earlier meeting
    if (main.mode == "phone") != (other.mode == "phone"):
        return False
    if main.occasion and other.occasion and main.occasion != other.occasion:
        return False
    if main.location and other.location and main.location.country != other.location.country:
        return False
    shared = bool(_people(main) & _people(other))
    same_place = bool(
        main.location and other.location and main.location.name == other.location.name
    )
    same_occasion = bool(main.occasion and main.occasion == other.occasion)
    return _countries(other) <= _countries(main) | {None} and (
        shared or same_place or same_occasion
    )


def _other_day(main: Event, other: Event) -> bool:
    """Both reports name their own day, and the days differ."""
    days = [
        e.date.earliest
        for e in (main, other)
        if e.date_span and e.date and e.date.granularity == "day"
    ]
    return len(days) == 2 and days[0] != days[1]


def _other_place(main: Event, other: Event, ctx: DocContext) -> bool:
    """Both reports name a place, and the places lie further apart than a town and its
    venues (``Sentosa`` is in ``Singapur``)."""
    if not (main.location and other.location) or main.location.name == other.location.name:
        return False
    a, b = _coords(main.location, ctx), _coords(other.location, ctx)
    return bool(a and b and _km(*a, *b) > TOWN_RADIUS_KM)


def _people(event: Event) -> set[str]:
    return {a.entity_id or a.name for a in (*event.actors, *event.recipients) if a.kind == "person"}


def _participants(events: list[Event]) -> list[Argument]:
    """Persons of the merged events; a country only where none of its people take part."""
    seen: dict[str, Argument] = {}
    for e in events:
        for a in (*e.actors, *e.recipients):
            seen.setdefault(a.entity_id or a.name, a)
    persons = [a for a in seen.values() if a.kind == "person"]
    covered = {a.country for a in persons}
    return persons + [a for a in seen.values() if a.kind != "person" and a.country not in covered]


def _best_location(
    main: Event, merged: list[Event], sentences: list[int], ctx: DocContext, act: bool = False
) -> Argument | None:
    """Where the meeting took place: a city named by its reports, else one named in its
    sentences (``Gespräche in einem Hotel in X``), the dateline's city, the first city the
    lead, then the dateline, then the article places anything in (within the country the
    reports name, if they name one); a country only when no city is named. An ``act`` (a
    warrant, sanctions) takes place where its sentences say ``in``, not where they point to
    (``Deportation nach Russland``)."""
    places = [e.location for e in [main, *merged] if e.location]
    found = [
        p
        for s in sentences
        if s < len(ctx.views)
        and (p := location(ctx.views[s], 0, ctx, True, locative_only=act))
        and not (act and _direction(p, ctx))
    ]
    places = [_city_state(p, ctx) for p in [*places, *found] if p]
    cities = [p for p in places if p.kind == "place"]
    if cities:
        return _town_of(cities[0], ctx)
    countries = {p.country for p in places}
    later = [
        _dateline_place(ctx),
        *(location(v, 0, ctx, True, locative_only=True) for v in ctx.views[:LEAD_SENTENCES]),
        _header_dateline_place(ctx),  # no span in the body: after the lead's places
        *(location(v, 0, ctx, True, locative_only=True) for v in ctx.views[LEAD_SENTENCES:]),
    ]
    later = [_city_state(p, ctx) for p in later if p]
    cities = [p for p in later if p.kind == "place" and (not countries or p.country in countries)]
    return (cities or places or [None])[0]


DIRECTION = re.compile(r"\b(nach|zu|zum|zur)\s+$", re.IGNORECASE)


def _direction(place: Argument, ctx: DocContext) -> bool:
    """A place named as a direction (``nach Russland``): where something goes, not happens."""
    start = place.span[0] if place.span else 0
    return bool(DIRECTION.search(ctx.doc.body[max(0, start - 6) : start]))


# A venue (``Insel Sentosa``, ``Weißes Haus``) lies in a town the article names within this
# distance: the town is the meeting's place (reports of one meeting name one or the other).
# A region's point (``entmilitarisierte Zone``) gives way to a named place near it
# (``Grenzort Panmunjom``).
TOWN_RADIUS_KM = 30.0


def _place_type(place: Argument, ctx: DocContext) -> str | None:
    """The KB's type of a place (``venue``, ``seat``, ``region``); None for a town."""
    entity = ctx.kb.entities.get(place.entity_id) if ctx.kb and place.entity_id else None
    return entity.extra.get("type") if entity else None  # type: ignore[return-value]


def _coords(place: Argument, ctx: DocContext) -> tuple[float, float] | None:
    """A place's coordinates; a country's are its capital's (the city-state ``Singapur``)."""
    if ctx.kb is None or not place.entity_id:
        return None
    entity = ctx.kb.entities.get(place.entity_id)
    if entity is not None and entity.kind == "country" and place.country:
        entity = ctx.kb.capital(place.country)
    if entity is None or entity.lat is None or entity.lon is None:
        return None
    return entity.lat, entity.lon


def _named_places(ctx: DocContext) -> list[tuple[Argument, str | None, tuple[float, float]]]:
    """Every place the article names (a country as its capital), with KB type and point."""
    out = []
    for view in ctx.views:
        for info in view.mentions:
            m = info.mention
            if (
                m.kind not in ("place", "country")
                or not m.entity_id
                or info.mention.via == "adjective"
            ):
                continue
            entity = ctx.kb.entities.get(m.entity_id)
            if entity is not None and entity.kind == "country":
                entity = ctx.kb.capital(m.country) if m.country else None
            if entity is None or entity.lat is None or entity.lon is None:
                continue
            arg = Argument(entity.name, entity.country, entity.id, "place", (m.start, m.end))
            out.append((arg, entity.extra.get("type"), (entity.lat, entity.lon)))
    return out


def _town_of(place: Argument, ctx: DocContext) -> Argument:
    """A region's named place, a venue's town, when the article names them nearby."""
    kind = _place_type(place, ctx)
    point = _coords(place, ctx)
    if kind not in {"venue", "seat", "region"} or point is None:
        return place
    wanted = {None} if kind != "region" else {None, "venue", "seat"}
    for arg, other_kind, other in _named_places(ctx):
        if (
            other_kind in wanted
            and arg.entity_id != place.entity_id
            and _km(*point, *other) <= TOWN_RADIUS_KM
        ):
            return _town_of(arg, ctx) if other_kind else arg
    return place


def _elsewhere(event: Event, main: Event, ctx: DocContext) -> bool:
    """A meeting report dated apart from the main meeting: another meeting (``seit dem
    gescheiterten Gipfel in Hanoi im Februar``). Its place alone says little: ``In Kiew
    wurde das Treffen mit Sorge verfolgt``."""
    a, b = main.date, event.date
    if not (a and b and event.date_span and a.earliest and a.latest and b.earliest and b.latest):
        return False
    return b.latest < a.earliest or a.latest < b.earliest


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


def _dateline_place(ctx: DocContext) -> Argument | None:
    """The dateline's place (``Sotschi (dpa) -``) where the body names it too (provenance)."""
    dateline = (ctx.doc.meta.dateline or "").strip().lower()
    if not dateline:
        return None
    for view in ctx.views:
        for info in view.mentions:
            m = info.mention
            if m.kind == "place" and m.text.lower() == dateline:
                return Argument(m.name or m.text, m.country, m.entity_id, "place", (m.start, m.end))
    return None


def _city_state(place: Argument, ctx: DocContext) -> Argument:
    """A country that is one city (``in Singapur``) as that city: a meeting's place."""
    country = place.country if place.kind == "country" and ctx.kb is not None else None
    capital = ctx.kb.capital(country) if country else None
    if capital is None or capital.name != place.name:
        return place
    return Argument(capital.name, place.country, capital.id, "place", place.span)


def _header_dateline_place(ctx: DocContext) -> Argument | None:
    """The town of the dateline when the body does not name it."""
    town = next(
        (p for p in ctx.doc.header_places if p.field == "dateline" and p.kind == "place"), None
    )
    if town is None:
        return None
    # The dateline (``Brüssel (dpa) -``) is not part of the body: the span points into it.
    dateline = ctx.doc.meta.dateline or ""
    return Argument(
        town.name, town.country, town.entity_id, "place", (0, len(dateline)), source="dateline"
    )


def _with_persons(
    args: tuple[Argument, ...], sentences: list[int], ctx: DocContext
) -> list[Argument]:
    """A country among the participants stands for its person at the meeting: the first
    person of that country named in the meeting's sentences, else its most mentioned one."""
    named: dict[str, Argument] = {}
    for s in sentences:
        for info in ctx.views[s].mentions if s < len(ctx.views) else ():
            m = info.mention
            if m.kind == "person" and m.country and m.as_actor:
                named.setdefault(
                    m.country,
                    Argument(m.name or m.text, m.country, m.entity_id, "person", (m.start, m.end)),
                )
    for code, m in ctx.top_person.items():
        named.setdefault(
            code, Argument(m.name or m.text, m.country, m.entity_id, "person", (m.start, m.end))
        )
    have = {a.country for a in args if a.kind == "person"}
    out: dict[str, Argument] = {}
    for a in args:
        if a.kind == "country" and a.country not in have and a.country in named:
            a = named[a.country]
            have.add(a.country)
        out.setdefault(a.entity_id or a.name, a)
    return list(out.values())


def _meeting_date(
    main: Event, group: list[Event], sentences: list[int], ctx: DocContext
) -> tuple[DateRange | None, tuple[int, int] | None]:
    """The day of the meeting: a report's own day timex, else a past day (then week) named in
    the meeting's sentences (``am vergangenen Samstag``, ``vergangene Woche``), else the
    time elapsed since it (``vier Tage nach dem Treffen``), else the main report's date."""
    dated = sorted(
        (e for e in group if e.date_span and e.date and e.date.granularity == "day"),
        key=lambda e: e is not main,
    )
    if dated:
        return dated[0].date, dated[0].date_span
    past = _past_timexes(ctx.doc)
    for granularity in ("day", "week"):
        for s in sentences:
            view = ctx.views[s]
            for t in past:
                if (
                    view.start <= t.start < view.end
                    and t.date
                    and t.date.granularity == granularity
                ):
                    return t.date, (t.start, t.end)
    return _elapsed_date(ctx.doc, group) or (main.date, main.date_span)


def _past_timexes(doc: Document) -> list[Timex]:
    """Dated expressions that do not lie after the document date (a meeting that took place)."""
    latest = doc.dct.date.latest if doc.dct and doc.dct.date else None
    return [
        t
        for t in doc.timexes
        if t.type in ("DATE", "TIME")
        and t.date is not None
        and t.date.earliest
        and (latest is None or t.date.earliest <= latest)
    ]


ELAPSED = re.compile(r"P(\d+)D")
AFTER = re.compile(r"\s+nach\s+(dem|der|den)\s+\S+$")


def _elapsed_date(doc: Document, group: list[Event]) -> tuple[DateRange, tuple[int, int]] | None:
    """``Vier Tage nach dem Treffen``: the document date minus the days elapsed."""
    dct = doc.dct.date.earliest if doc.dct and doc.dct.date else None
    if not dct or doc.dct is None or doc.dct.date.granularity != "day":
        return None
    for t in doc.timexes:
        m = ELAPSED.fullmatch(t.value or "")
        trigger = next((e.trigger for e in group if 0 <= e.trigger[0] - t.end <= 40), None)
        if not m or trigger is None or not AFTER.search(doc.body[t.end : trigger[1]]):
            continue
        day = (date.fromisoformat(dct) - timedelta(days=int(m.group(1)))).isoformat()
        return DateRange(day, "day", day, day), (t.start, trigger[1])
    return None


def _article_topics(ctx: DocContext) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for sentence in ctx.topics:
        for slug, span in sentence.items():
            found.setdefault(slug, span)
    return found


def _sides(main: Event, ctx: DocContext) -> set[str]:
    """The meeting's sides: its participants' countries; the article's dyad fills in when the
    participants name fewer than two (``die G7``)."""
    sides = _countries(main)
    return sides if len(sides) >= 2 else sides | set(ctx.dyad)


def _between(event: Event, sides: set[str]) -> bool | None:
    """True: an act of the sides towards each other (cooperation a side offers or agrees
    with anyone, conflict among the sides); False: conflict that does not concern the
    sides' relation (with or among third parties); None: not to count (a meeting, an act
    that did not happen, cooperation among third parties)."""
    actors = {a.country for a in event.actors}
    recipients = {a.country for a in event.recipients}
    if event.type == "CONSULT":
        return None
    if event.score > 0:  # a side's cooperation, also together with third parties
        return True if actors & sides and event.aux in COOPERATIVE_AUX else None
    if not (actors | recipients) & sides or not (actors | recipients) <= sides | {None}:
        return False
    return True if event.aux is None else None


def _acts(events: list[Event], sides: set[str]) -> float | None:
    """Mean score of the acts between the sides, shrunk by one neutral pseudo-event;
    None when there are none."""
    scores = [e.score / 10.0 for e in events if _between(e, sides)]
    return sum(scores) / (len(scores) + 1) if scores else None


def _talk_reports(
    events: list[Event], participants: list[Argument], sides: set[str]
) -> list[Event]:
    """Further reports of the talks (``nach dem Treffen enttäuscht``): real or denied meetings
    among the sides with one of the participants or no person named."""
    people = {a.entity_id or a.name for a in participants if a.kind == "person"}
    return [
        e
        for e in events
        if e.type == "CONSULT"
        and e.aux in (None, "negation")
        and _countries(e) <= sides
        and (not _people(e) or _people(e) & people)
    ]


def _article_tone(
    events: list[Event],
    ctx: DocContext,
    meeting_sentences: dict[int, int],
    sides: set[str],
    own: float | None = None,
    other_meetings: frozenset[int] | set[int] = frozenset(),
) -> tuple[float, tuple[tuple[int, int], ...]]:
    """Tone of the article's meeting: how it is characterised, what the sides did to each
    other and the article's climate; see the formula at the top of the module. Each word
    counts once: the trigger of an act is counted as that act, the trigger of a conflict
    among third parties not at all; the sentences of other meetings and of what followed
    (``other_meetings``) judge those, not this one."""
    triggers = [e.trigger for e in events if _between(e, sides) is not None]

    def is_word(hit: tuple[float, tuple[int, int]]) -> bool:
        start, end = hit[1]
        return not any(s < end and start < e for s, e in triggers)

    verdict = [
        h
        for s, count in sorted(meeting_sentences.items())
        if s < len(ctx.polarity)
        for h in ctx.polarity[s] * count
        if is_word(h)
    ]
    climate = [
        h
        for i, s in enumerate(ctx.polarity)
        if i not in meeting_sentences and i not in other_meetings
        for h in s
        if is_word(h)
    ]
    judged = _squash(verdict)
    if own is not None:  # a main act (sanctions, aid) characterises itself
        judged = own if judged is None else (own + judged) / 2
    signals = [
        (ACT_SHARE, _acts(events, sides)),
        (VERDICT_SHARE, judged),
        (1 - ACT_SHARE - VERDICT_SHARE, _squash(climate)),
    ]
    present = [(w, s) for w, s in signals if s is not None]
    weight = sum(w for w, _ in present)
    tone = sum(w * s for w, s in present) / weight if present else 0.0
    if own is None:  # the main event is the meeting: talking is itself cooperation
        tone += _meeting_act()
    acts = [e.trigger for e in events if _between(e, sides)]
    spans = tuple(dict.fromkeys([*(span for _, span in verdict + climate), *acts]))
    return round(max(-1.0, min(1.0, tone)), 3), spans  # provenance: words and acts


def _meeting_act() -> float:
    """The meeting as one act between the sides: the PLOVER score of CONSULT / 10, shrunk by
    one neutral pseudo-event like any single act (``_acts``)."""
    return plover()["categories"]["CONSULT"]["score"] / 10.0 / 2


def _looks_later(sentence: int, ctx: DocContext) -> bool:
    """A sentence that opens with ``Seitdem``/``Inzwischen``: about what followed the meeting."""
    if sentence >= len(ctx.views):
        return False
    view = ctx.views[sentence]
    first = next((w for w in view.lower if w.isalpha()), "")
    return first in cues()["polarity"]["later_openers"]


def _squash(hits: list[tuple[float, tuple[int, int]]]) -> float | None:
    """Sum of weights normalised by the square root of their number, squashed to (-1, 1);
    None without any word."""
    return math.tanh(sum(w for w, _ in hits) / math.sqrt(len(hits) + 1)) if hits else None


def choose_main(
    events: list[Event],
    doc: Document,
    ctx: DocContext,
    anaphoric: set[int],
    unnamed: set[int] | frozenset[int] = frozenset(),
) -> list[Event]:
    """The events with exactly one marked ``main`` (aggregated), or none when there are none.
    ``anaphoric``: indices of meeting nouns without named parties (``das Treffen``), which
    add their sentences (evidence, tone) to the main meeting but no participants.
    ``unnamed``: those among them given the article's sides; kept only as the main event."""
    if not events:
        return events
    references = [e for i, e in enumerate(events) if i in anaphoric and e.aux is None]
    meetings = [
        e
        for i, e in enumerate(events)
        if e.type == "CONSULT" and e.aux is None and i not in anaphoric
    ]
    if not meetings:
        meetings = references
    pool = meetings or [e for e in events if e.aux is None] or events
    ranked = sorted(
        pool,
        key=lambda e: (
            -_prominence(e, ctx, sum(_compatible(e, o, ctx) for o in meetings if o is not e))
        ),
    )
    act = _headline_act(events, meetings, anaphoric, title_types(doc.meta.title), doc)
    main = act or ranked[0]
    # a further meeting named without parties is not this one when far or dated apart
    references = [e for e in references if e is main or not _elsewhere(e, main, ctx)]
    if act is not None and act.type not in MEETING_OUTCOMES:
        merged, references = [], []  # its own sentence and the next (``Das teilte X mit``)
        sentences = [s for s in (main.sentence, main.sentence + 1) if s < len(ctx.views)]
    else:  # a meeting, or an agreement with the talks that reached it
        merged = (
            [*_talks_behind(main, meetings), *_signing(main, events)]
            if act is not None
            else [o for o in meetings if o is not main and _compatible(main, o, ctx)]
        )
        sentences = [
            main.sentence,
            *sorted({e.sentence for e in (main, *merged, *references)} - {main.sentence}),
        ]
    group = [main, *merged]
    participants = _with_persons(tuple(_participants(group)), sentences, ctx)
    side = {a.country for a in main.actors}
    actors = tuple(a for a in participants if a.country in side) or main.actors
    recipients = tuple(a for a in participants if a not in actors)
    date_range, date_span = _meeting_date(main, [*group, *references], sentences, ctx)
    topics = _article_topics(ctx)
    topic_slugs = tuple(topics)
    # what is said about the meeting: its sentences, the one after the main report, and
    # verdicts by participants next to them
    others = [e for e in events if e is not main]
    sides = _sides(dataclasses.replace(main, actors=actors, recipients=recipients), ctx)
    reports = [
        e for e in _talk_reports(others, participants, sides) if not _elsewhere(e, main, ctx)
    ]
    talks = [*group, *references, *reports]
    # the sentences that name the meeting count twice, their neighbours (the verdicts of its
    # participants, the sentence after the main report) once
    meeting_sentences = dict.fromkeys([main.sentence + 1, *_quote_neighbours(talks, ctx)], 1)
    meeting_sentences |= dict.fromkeys((e.sentence for e in talks), VERDICT_COUNT)
    later = set() if act is not None else {s for s in meeting_sentences if _looks_later(s, ctx)}
    meeting_sentences = {s: n for s, n in meeting_sentences.items() if s not in later}
    acts = others if act is None else [main, *others]  # the main act is an act between the sides
    own = main.score / 10.0 if act is not None else None
    elsewhere = {
        e.sentence
        for e in others
        if e.type == "CONSULT" and e.aux is None and e.sentence not in meeting_sentences
        and _elsewhere(e, main, ctx)
    }  # fmt: skip
    if act is None:  # what followed the meeting (``Seitdem wird gestritten``) does not judge it
        elsewhere |= {i for i in range(len(ctx.views)) if _looks_later(i, ctx)}
    tone, tone_spans = _article_tone(acts, ctx, meeting_sentences, sides, own, elsewhere)
    if act is None:  # the meeting itself is one of the acts that set the tone
        tone_spans = tuple(dict.fromkeys([*tone_spans, main.trigger]))
    occasion_event = next((e for e in group if e.occasion), None)
    evidence = sorted({span for e in (*group, *references) for span in e.evidence})
    aggregated = dataclasses.replace(
        main,
        actors=actors,
        recipients=recipients,
        location=_best_location(
            *_place_order(main, merged), sentences, ctx, act is not None and not merged
        ),
        occasion=occasion_event.occasion if occasion_event else None,
        occasion_span=occasion_event.occasion_span if occasion_event else None,
        date=date_range,
        date_span=date_span,
        topics=topic_slugs,
        topic_spans=tuple(topics.values()),
        contexts=event_contexts(main.type, main.mode, topic_slugs),
        tone=tone,
        tone_spans=tone_spans,
        confidence=round(min(0.95, main.confidence + 0.1 * len(merged)), 2),
        main=True,
        evidence=tuple(evidence),
    )
    return [
        aggregated if e is main else e
        for i, e in enumerate(events)
        if e is main or i not in unnamed
    ]
