"""German temporal tagger: recognition (DCT-free, cached) and normalisation (needs the DCT).

``recognise(text)`` finds candidate expressions with the patterns of
``lexicon.patterns()``; it depends on the text only, so the DCT stage and the
timex stage share one (cached) run. ``tag_text(text, dct)`` resolves them to
``Timex`` records with TIMEX3 values. Extents follow the KRAUTS/TimeML
conventions: prepositions (``am``, ``im``, ``vor``, ``seit``) are outside the
expression, determiners and modifiers (``der kommenden Woche``,
``Anfang Juni``) inside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from detente.document import DateRange, Timex
from detente.time import lexicon as lx
from detente.time.dates import add_months, date_range, easter, parse_iso, week_value
from detente.time.tense import Direction, direction_at

# Words after a 4-digit number that make it a quantity, not a year.
QUANTITY_WORDS = re.compile(
    r"\s*(?:Euro|EUR|Dollar|Franken|Pfund|Rubel|Meter|m\b|km|Kilo|Tonnen|Stück|Menschen|Personen|"
    r"Einwohner|Mitglieder|Teilnehmer|Besucher|Soldaten|Mal|mal|Prozent|%|Seiten|Stimmen|Punkte)"
)
SEASON_ORDER = ("WI", "SP", "SU", "FA")
# Kinds that name a day explicitly; a clock time in the next sentence still belongs to it.
EXPLICIT_DAYS = frozenset(
    {"date_full", "date_numeric", "date_iso", "day_range", "weekday", "night"}
)
# A weekday in a sentence without any past cue (preterite, perfect) is announced, not reported:
# "Am Dienstag spielen die Münchner in Belgrad."
WEEKDAY_DEFAULT = "future"
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ\"„])|\n")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    groups: tuple[tuple[str, str, int, int], ...]  # matched named groups: name, text, span
    match_start: int  # start of the whole match (context words before the extent)

    def get(self, name: str) -> str | None:
        for key, value, _, _ in self.groups:
            if key == name:
                return value
        return None

    def span(self, name: str) -> tuple[int, int]:
        for key, _, start, end in self.groups:
            if key == name:
                return start, end
        raise KeyError(name)


def _candidate(kind: str, match: re.Match[str]) -> Candidate:
    start, end = (
        match.span("t") if "t" in match.re.groupindex and match.group("t") else match.span()
    )
    groups = tuple((k, v, *match.span(k)) for k, v in match.groupdict().items() if v is not None)
    return Candidate(start, end, kind, groups, match.start())


@lru_cache(maxsize=256)
def recognise(text: str) -> tuple[Candidate, ...]:
    """Non-overlapping candidate expressions, longest first; independent of the DCT."""
    found: list[tuple[int, int, Candidate]] = []
    windows = _windows(text)
    for priority, (kind, pattern) in enumerate(lx.patterns()):
        for start, end in windows:
            for match in pattern.finditer(text, start, end):
                cand = _trim(_candidate(kind, match), text)
                if cand.end > cand.start and _plausible(cand, text):
                    found.append((-(cand.end - cand.start), priority, cand))
    found.sort(key=lambda item: (item[0], item[1]))
    taken: list[Candidate] = []
    for _, _, cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return tuple(sorted(taken, key=lambda c: c.start))


WINDOW_BEFORE, WINDOW_AFTER = 60, 80  # longer than any prefix/suffix of an expression


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around anchor words; the only places patterns can match."""
    windows: list[tuple[int, int]] = []
    for match in lx.anchors().finditer(text):
        start = max(match.start() - WINDOW_BEFORE, 0)
        end = min(match.end() + WINDOW_AFTER, len(text))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _trim(cand: Candidate, text: str) -> Candidate:
    """``die 14-Tage-Frist``: the article belongs to the compound, not to the duration;
    ``zog sich über sechs Monate hin``: that ``über`` is a preposition, no approximation."""
    if cand.get("approx") == "über" and re.search(r"\bsich\s+$", text[: cand.start]):
        groups = tuple(g for g in cand.groups if g[0] != "approx")
        start = cand.span("n")[0]
        return Candidate(start, cand.end, cand.kind, groups, cand.match_start)
    if text[cand.end : cand.end + 1] == "-" and cand.kind == "duration":
        det = re.match(
            r"(?:der|die|das|den|dem|des)\s+", text[cand.start : cand.end], re.IGNORECASE
        )
        if det:
            return Candidate(
                cand.start + det.end(), cand.end, cand.kind, cand.groups, cand.match_start
            )
    return cand


def _plausible(cand: Candidate, text: str) -> bool:
    """Reject matches that are words of another kind (the noun Morgen, a surname Sommer, ...)."""
    surface = text[cand.start : cand.end]
    before = text[max(cand.start - 12, 0) : cand.start]
    after = text[cand.end : cand.end + 30]
    kind = cand.kind
    if kind == "year":
        return not _quantity(text, cand, before, after)
    if kind == "duration" and (cand.get("unit") or "").lower().startswith("jahr"):
        return not (
            re.search(r"\b(?:ab|mit)\s+$", before) or re.match(r"\s+alt(?:e[nmrs]?)?\b", after)
        )
    if kind == "rel_day" and (cand.get("rd") or "").startswith("M"):
        return _sentence_initial(text, cand.start) and not re.match(r"\s+(?:an|des|früh)\b", after)
    if (
        kind == "month"
        and surface in ("August", "Mai")
        and not cand.get("y")
        and not cand.get("pos")
    ):
        return not re.match(r"\s+[A-ZÄÖÜ][a-zäöü]", after) and not re.search(
            r"[A-ZÄÖÜ][a-zäöü]+\s+$", before
        )
    if kind == "season" and not (cand.get("y") or cand.get("rel") or cand.get("pos")):
        with_article = re.match(r"(?:der|den|dem|des)\s", surface, re.IGNORECASE)
        return bool(
            with_article
            or re.search(r"\b(?:im|in|den|dem|diesen|seit|bis|zum|vom|Im|Seit)\s+$", before)
        )
    if kind == "duration_adj" and (cand.get("adj") or "").startswith("jähr"):
        number = cand.get("n") or ""
        return not (number.isdigit() and int(number) < 100 and not cand.get("approx"))
    if kind == "date_numeric":
        return 1 <= int(cand.get("d") or 0) <= 31 and 1 <= int(cand.get("m") or 0) <= 12
    if kind == "ref" and surface.lower() == "bald":
        return not re.match(r"\s*(?:darauf|danach)\b", after)
    return True


def _quantity(text: str, cand: Candidate, before: str, after: str) -> bool:
    """A four-digit number that counts things (``1500 Grenzschützer``, ``2000 im Jahr``)."""
    if QUANTITY_WORDS.match(after) or re.search(r"(?:Nr\.|Nummer|Tel\.)\s*$", before):
        return True
    if cand.get("jahr"):
        return False
    if re.match(r"\s+(?:im|pro)\s+(?:\w+\s+)?Jahr\b", after):
        return True
    if re.search(r"\b(?:mindestens|rund|etwa|knapp|insgesamt|davon|bis zu|über|fast)\s+$", before):
        return True
    temporal_before = re.search(
        r"\b(?:im|seit|bis|ab|vor|nach|von|vom|zwischen|um|Ende|Anfang|Mitte|Jahr)\s+$", before
    )
    noun_after = re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]+", after)
    return bool(noun_after and not temporal_before and not _sentence_initial(text, cand.start))


def _sentence_initial(text: str, offset: int) -> bool:
    head = text[max(offset - 3, 0) : offset].strip()
    return not head or head[-1] in '.!?:"„“«»'


# --------------------------------------------------------------------------- normalisation


@dataclass
class Context:
    """What resolution needs: the text, its DCT and the last day the text spoke about."""

    text: str
    dct: date | None
    reference: date | None = None  # the last day-level date the text named
    reference_at: int = -1  # where it was named
    reference_absolute: bool = False  # it was named with its year
    reference_explicit: bool = False  # it was named by a date or weekday (not heute/morgen)
    reference_night: bool = False  # it was a night ("in der Nacht zum Montag")
    recent: date | None = None  # the last day named within a week of the DCT
    reference_year: int | None = None  # the last year the text named (for "im selben Jahr")
    reference_year_at: int = -1  # where it was named
    reference_month: date | None = None  # the last month the text named (for "Vorjahresmonat")
    reference_month_at: int = -1

    def note(
        self,
        cand_kind: str,
        kind: str,
        value: str,
        anchor: str | None,
        rng: DateRange | None,
        end: int,
    ) -> None:
        """Remember what a resolved expression named, for the expressions after it."""
        if rng is None or not rng.value:
            return
        if kind == "DATE" and rng.value[:4].isdigit():
            self.reference_year, self.reference_year_at = int(rng.value[:4]), end
            if re.match(r"\d{4}-\d{2}(?:$|-\d{2})", rng.value):
                self.reference_month, self.reference_month_at = parse_iso(rng.value[:7]), end
        if anchor == "reference" and parse_iso(rng.earliest) == self.reference:
            self.reference_at = end  # "um 18.53 Uhr" carries the day on to the next sentence
        if rng.granularity == "day" and anchor in ("absolute", "dct", "past", "future"):
            self.reference, self.reference_at = parse_iso(rng.earliest), end
            self.reference_absolute = anchor == "absolute"
            self.reference_explicit = anchor == "absolute" or cand_kind in EXPLICIT_DAYS
            self.reference_night = value.endswith("TNI")
            if self.dct and self.reference and abs((self.reference - self.dct).days) <= 7:
                self.recent = self.reference

    def _in_sentence(self, at: int, offset: int) -> bool:
        return at >= 0 and not SENTENCE_END.search(self.text, at, offset)

    def year_for(self, offset: int) -> int:
        """The year "Vorjahr" counts from: one named earlier in the sentence, else the DCT's."""
        if self._in_sentence(self.reference_year_at, offset) and self.reference_year is not None:
            return self.reference_year
        return self.dct.year if self.dct else 0

    def month_for(self, offset: int) -> date | None:
        """The month "Vormonat" counts from: one named earlier in the sentence, else the DCT's."""
        if self._in_sentence(self.reference_month_at, offset) and self.reference_month:
            return self.reference_month
        return self.dct

    def nearby_day(self, cand: Candidate) -> date | None:
        """The day named earlier in the sentence of ``cand``, or in the sentence before if it
        was named by its date or weekday and lies on the side of the DCT the sentence speaks of
        (historical dates, with a year, on either side)."""
        if self.reference_at < 0 or self.reference is None:
            return None
        breaks = len(SENTENCE_END.findall(self.text, self.reference_at, cand.start))
        if breaks == 0:
            return self.reference
        if breaks > 1 or not self.reference_explicit:
            return None
        if self.reference_absolute or self.dct is None:
            return self.reference
        side = (
            "past" if self.reference < self.dct else "future" if self.reference > self.dct else ""
        )
        return self.reference if side and self.direction(cand) == side else None

    def day_for(self, cand: Candidate) -> date | None:
        """The day a clock time at ``cand`` belongs to: a day named nearby, else the DCT."""
        return self.nearby_day(cand) or self.dct or self.reference

    def direction(self, cand: Candidate, sentence: bool = True) -> Direction:
        return direction_at(self.text, cand.match_start, cand.end, sentence)


Resolved = tuple[int, int, str, str, str | None, str | None, DateRange | None]


def tag_text(text: str, dct: str | date | None = None) -> tuple[Timex, ...]:
    """All temporal expressions in ``text``, normalised against ``dct`` (ISO day or date).

    >>> [t.value for t in tag_text("Am Montag trafen sie sich.", "2017-02-16")]
    ['2017-02-13']
    """
    day = parse_iso(dct) if isinstance(dct, str) else dct
    ctx = Context(text, day, day)
    timexes: list[Timex] = []
    for cand in recognise(text):
        for start, end, kind, value, mod, anchor, rng in _resolve(cand, ctx):
            timexes.append(Timex(start, end, text[start:end], kind, value, rng, anchor, mod))
            ctx.note(cand.kind, kind, value, anchor, rng, end)
    return tuple(timexes)


def _resolve(cand: Candidate, ctx: Context) -> list[Resolved]:
    handler = HANDLERS[cand.kind]
    try:
        return handler(cand, ctx)
    except (ValueError, OverflowError):  # 31. Februar and friends
        return []


def _date(
    cand: Candidate,
    ctx: Context,
    value: str,
    anchor: str,
    mod: str | None = None,
    kind: str = "DATE",
    span: tuple[int, int] | None = None,
) -> Resolved:
    start, end = span or (cand.start, cand.end)
    return (start, end, kind, value, mod, anchor, date_range(value, mod, ctx.dct))


def _unknown_day(part: str = "") -> str:
    return "XXXX-XX-XX" + part


def _year_for(month: int, day: int | None, ctx: Context, cand: Candidate) -> int | None:
    """The year of a day/month without one: nearest to the DCT, biased by tense."""
    if ctx.dct is None:
        return None
    direction = ctx.direction(cand)
    best: tuple[float, int] | None = None
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        target = date(year, month, day or 15)
        delta = (target - ctx.dct).days
        cost = abs(delta) - (15 if day is None else 0)
        if (direction == "future" and delta < -3) or (direction == "past" and delta > 3):
            cost += 60
        if day is None and (year, month) != (ctx.dct.year, ctx.dct.month):
            # a whole month after this one cannot be reported in its own clause (nor one
            # before it announced); another clause's tense is weaker evidence
            clause = ctx.direction(cand, sentence=False)
            cost += 400 if clause != "none" and (clause == "past") == (delta > 0) else 0
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def _month_number(name: str) -> int:
    return int(lx.lexicon()["months"][name.lower().replace(" ", "")])


def _weekday_number(name: str) -> int:
    return int(lx.lexicon()["weekdays"][name.lower()])


def h_date_full(cand: Candidate, ctx: Context) -> list[Resolved]:
    month = _month_number(cand.get("mon") or "")
    day = int(cand.get("d") or 0)
    if cand.get("y"):
        return [_date(cand, ctx, date(int(cand.get("y") or 0), month, day).isoformat(), "absolute")]
    year = _year_for(month, day, ctx, cand)
    if year is None:
        return [_date(cand, ctx, f"XXXX-{month:02d}-{day:02d}", "dct")]
    return [_date(cand, ctx, date(year, month, day).isoformat(), "dct")]


def h_day_range(cand: Candidate, ctx: Context) -> list[Resolved]:
    month = _month_number(cand.get("mon") or "")
    d1, d2 = int(cand.get("d1") or 0), int(cand.get("d2") or 0)
    year = int(cand.get("y") or 0) or _year_for(month, d1, ctx, cand)
    first_end = cand.span("d1")[1]
    if ctx.text[first_end : first_end + 1] == ".":
        first_end += 1
    anchor = "absolute" if cand.get("y") else "dct"
    values = [f"{year or 'XXXX'}-{month:02d}-{d:02d}" for d in (d1, d2)]
    date(year or 2000, month, d1), date(year or 2000, month, d2)  # raises on 31. Juni
    return [
        _date(cand, ctx, values[0], anchor, span=(cand.start, first_end)),
        _date(cand, ctx, values[1], anchor, span=(cand.span("d2")[0], cand.end)),
    ]


def h_date_numeric(cand: Candidate, ctx: Context) -> list[Resolved]:
    day, month = int(cand.get("d") or 0), int(cand.get("m") or 0)
    raw_year = cand.get("y")
    if raw_year:
        year = int(raw_year)
        if year < 100:
            year += 2000 if year <= (ctx.dct.year % 100 + 5 if ctx.dct else 30) else 1900
        return [_date(cand, ctx, date(year, month, day).isoformat(), "absolute")]
    found = _year_for(month, day, ctx, cand)
    value = date(found, month, day).isoformat() if found else f"XXXX-{month:02d}-{day:02d}"
    return [_date(cand, ctx, value, "dct")]


def h_date_iso(cand: Candidate, ctx: Context) -> list[Resolved]:
    value = date(int(cand.get("y") or 0), int(cand.get("m") or 0), int(cand.get("d") or 0))
    return [_date(cand, ctx, value.isoformat(), "absolute")]


def _position_mod(cand: Candidate) -> str | None:
    pos = cand.get("pos")
    return lx.lexicon()["positions"][pos.lower()] if pos else None


def _relative_offset(word: str | None) -> int | None:
    """-1, 0 or +1 for vergangen/dies/nächst and their inflections."""
    if not word:
        return None
    stem = re.sub(r"(?:e|er|es|en|em)$", "", word.lower().split()[-1])
    table = lx.lexicon()["relative_adjectives"]
    for key, value in table.items():
        if stem == key or stem == key.rstrip("e"):
            return int(value)
    return None


def h_month(cand: Candidate, ctx: Context) -> list[Resolved]:
    month = _month_number(cand.get("mon") or "")
    mod = _position_mod(cand)
    if cand.get("y"):
        return [_date(cand, ctx, f"{cand.get('y')}-{month:02d}", "absolute", mod)]
    offset = _relative_offset(cand.get("ry"))
    if ctx.dct is None:
        return [_date(cand, ctx, f"XXXX-{month:02d}", "dct", mod)]
    named = _relative_offset(cand.get("rm"))
    if named is not None:  # "im vergangenen Dezember": the last December before this month
        year = ctx.dct.year + (
            0 if named == 0 else named if (month - ctx.dct.month) * named <= 0 else 0
        )
    elif offset is not None:
        year = ctx.dct.year + offset
    else:
        year = _year_for(month, None, ctx, cand) or ctx.dct.year
    return [_date(cand, ctx, f"{year}-{month:02d}", "dct", mod)]


def h_position(cand: Candidate, ctx: Context) -> list[Resolved]:
    mod = _position_mod(cand)
    if cand.get("y"):
        return [_date(cand, ctx, cand.get("y") or "", "absolute", mod)]
    if ctx.dct is None:
        return [_date(cand, ctx, "XXXX", "dct", mod)]
    unit = (cand.get("unit") or "Woche").lower()
    offset = _relative_offset(cand.get("ry") or cand.get("rw") or cand.get("rw2")) or 0
    if unit.startswith("monat"):
        year, month = add_months(ctx.dct, offset)
        return [_date(cand, ctx, f"{year}-{month:02d}", "dct", mod)]
    if unit.startswith("woche"):
        return [_date(cand, ctx, week_value(ctx.dct + timedelta(weeks=offset)), "dct", mod)]
    if unit.startswith("jahrzehnt"):
        return [_date(cand, ctx, str(ctx.dct.year // 10 + offset), "dct", mod)]
    if unit.startswith("jahrhundert"):
        return [_date(cand, ctx, str(ctx.dct.year // 100 + offset), "dct", mod)]
    return [_date(cand, ctx, str(ctx.dct.year + offset), "dct", mod)]


def h_year(cand: Candidate, ctx: Context) -> list[Resolved]:
    return [_date(cand, ctx, cand.get("y") or "", "absolute")]


def h_decade(cand: Candidate, ctx: Context) -> list[Resolved]:
    dec = cand.get("dec") or ""
    if len(dec) == 1:
        century = (
            "19"
            if ctx.dct is None or int(dec) * 10 > ctx.dct.year % 100
            else str(ctx.dct.year // 100)
        )
        dec = century + dec
    return [_date(cand, ctx, dec, "absolute", _position_mod(cand))]


def h_decade_word(cand: Candidate, ctx: Context) -> list[Resolved]:
    digit = lx.lexicon()["decade_words"][(cand.get("dw") or "").lower()]
    recent = ctx.dct is not None and 2000 + 10 * digit <= ctx.dct.year - 5
    return [_date(cand, ctx, f"{20 if recent else 19}{digit}", "absolute", _position_mod(cand))]


def h_compound(cand: Candidate, ctx: Context) -> list[Resolved]:
    unit, mod = lx.lexicon()["period_compounds"][(cand.get("pc") or "").lower()]  # mod may be null
    if cand.get("y"):
        return [_date(cand, ctx, cand.get("y") or "", "absolute", mod)]
    if ctx.dct is None:
        return [_date(cand, ctx, "XXXX", "dct", mod)]
    quarter = f"{ctx.dct.year}-Q{(ctx.dct.month - 1) // 3 + 1}"
    value = {
        "Y": str(ctx.dct.year),
        "Q": quarter,
        "M": ctx.dct.isoformat()[:7],
        "W": week_value(ctx.dct),
    }[unit]
    return [_date(cand, ctx, value, "dct", mod)]


def h_half_year(cand: Candidate, ctx: Context) -> list[Resolved]:
    value = lx.lexicon()["half_units"][(cand.get("unit") or "").lower()]
    return [(cand.start, cand.end, "DURATION", value, None, None, None)]


def h_same_year(cand: Candidate, ctx: Context) -> list[Resolved]:
    if ctx.reference_year is None:
        return [_date(cand, ctx, "XXXX", "reference")]
    return [_date(cand, ctx, str(ctx.reference_year), "reference")]


def h_century(cand: Candidate, ctx: Context) -> list[Resolved]:
    number = int(cand.get("c") or 0)
    return [_date(cand, ctx, f"{number - 1:02d}", "absolute", _position_mod(cand))]


def h_season(cand: Candidate, ctx: Context) -> list[Resolved]:
    code = lx.lexicon()["seasons"][(cand.get("season") or "").lower()]
    mod = _position_mod(cand)
    if cand.get("y"):
        return [_date(cand, ctx, f"{cand.get('y')}-{code}", "absolute", mod)]
    if ctx.dct is None:
        return [_date(cand, ctx, f"XXXX-{code}", "dct", mod)]
    of_year = _relative_offset(cand.get("ry"))
    if of_year is not None:  # "Herbst vergangenen Jahres"
        return [_date(cand, ctx, f"{ctx.dct.year + of_year}-{code}", "dct", mod)]
    offset = _relative_offset(cand.get("rel"))
    if offset is None:
        offset = {"past": -1, "future": 1}.get(ctx.direction(cand), 0)
        year = _season_year(code, ctx.dct, offset, lenient=True)
    else:
        year = _season_year(code, ctx.dct, offset, lenient=False)
    return [_date(cand, ctx, f"{year}-{code}", "dct", mod)]


def _season_year(code: str, dct: date, offset: int, lenient: bool) -> int:
    """The year of a season named without one: the current, last or next such season.

    ``lenient``: a tense (not an explicit ``vergangenen``) also accepts the season in progress.
    """
    spans = []
    for year in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1):
        rng = date_range(f"{year}-{code}")
        spans.append((year, parse_iso(rng.earliest) or dct, parse_iso(rng.latest) or dct))
    current = [y for y, first, last in spans if first <= dct <= last]
    if offset == 0 or (lenient and current):
        return current[0] if current else dct.year  # "diesen Herbst" in spring: the coming one
    if offset < 0:
        return max(y for y, _, last in spans if last < dct)
    return min(y for y, first, _ in spans if first > dct)


def _season_of(day: date) -> str:
    return SEASON_ORDER[(day.month % 12) // 3]


def h_quarter(cand: Candidate, ctx: Context) -> list[Resolved]:
    if cand.get("qn"):  # "Q3 2023"
        return [_date(cand, ctx, f"{cand.get('y')}-Q{cand.get('qn')}", "absolute")]
    ordinal = lx.lexicon()["ordinals"].get((cand.get("ord") or "").lower(), 1)
    kind = "Q" if (cand.get("q") or "").lower().startswith("quartal") else "H"
    if ordinal == -1:
        ordinal = 4 if kind == "Q" else 2
    year = cand.get("y") or (str(ctx.dct.year) if ctx.dct else "XXXX")
    return [_date(cand, ctx, f"{year}-{kind}{ordinal}", "absolute" if cand.get("y") else "dct")]


def h_rel_unit(cand: Candidate, ctx: Context) -> list[Resolved]:
    unit = (cand.get("unit") or "").lower()
    offset = _relative_offset(cand.get("rel"))
    plural = unit in (
        "jahre",
        "jahren",
        "monate",
        "monaten",
        "wochen",
        "tage",
        "tagen",
        "stunden",
        "jahrzehnten",
    )
    if plural or offset is None:
        code = lx.lexicon()["units"][unit]
        return [(cand.start, cand.end, "DURATION", _duration_value("X", code), None, "dct", None)]
    if ctx.dct is None:
        return [_date(cand, ctx, "XXXX", "dct")]
    if unit.startswith("jahrzehnt"):
        return [_date(cand, ctx, str(ctx.dct.year // 10 + offset), "dct")]
    if unit.startswith("jahr"):
        return [_date(cand, ctx, str(ctx.dct.year + offset), "dct")]
    if unit.startswith("monat"):
        year, month = add_months(ctx.dct, offset)
        return [_date(cand, ctx, f"{year}-{month:02d}", "dct")]
    week = week_value(ctx.dct + timedelta(weeks=offset))
    if unit == "wochenende":
        saturday = ctx.dct + timedelta(days=5 - ctx.dct.weekday() + 7 * offset)
        return [_date(cand, ctx, week_value(saturday) + "-WE", "dct")]
    return [_date(cand, ctx, week, "dct")]


def _day_part(word: str | None) -> str:
    if not word:
        return ""
    return "T" + lx.lexicon()["day_parts"][word.lower()]


def h_rel_day(cand: Candidate, ctx: Context) -> list[Resolved]:
    offset = lx.lexicon()["relative_days"][(cand.get("rd") or "").lower()]
    part = _day_part(cand.get("dp"))
    kind = "TIME" if part else "DATE"
    if ctx.dct is None:
        return [_date(cand, ctx, _unknown_day(part), "dct", kind=kind)]
    value = (ctx.dct + timedelta(days=offset)).isoformat() + part
    return [_date(cand, ctx, value, "dct", kind=kind)]


def h_rel_day_wd(cand: Candidate, ctx: Context) -> list[Resolved]:
    offset = lx.lexicon()["relative_day_adjectives"][(cand.get("rda") or "").lower()]
    if ctx.dct is None:
        return [_date(cand, ctx, _unknown_day(), "dct")]
    return [_date(cand, ctx, (ctx.dct + timedelta(days=offset)).isoformat(), "dct")]


def _weekday_date(weekday: int, ctx: Context, cand: Candidate, offset: int | None) -> date | None:
    """The weekday nearest the DCT in the direction of the sentence (or of kommend/vergangen)."""
    if ctx.dct is None:
        return None
    delta = weekday - 1 - ctx.dct.weekday()
    direction = ctx.direction(cand) if offset is None else ("future" if offset > 0 else "past")
    if offset == 0:  # "diesen Freitag": this week's
        return ctx.dct + timedelta(days=delta)
    if direction == "future" or (direction == "none" and WEEKDAY_DEFAULT == "future"):
        return ctx.dct + timedelta(days=delta % 7 or (7 if offset else 0))
    return ctx.dct - timedelta(days=(-delta) % 7 or (7 if offset else 0))


def h_weekday(cand: Candidate, ctx: Context) -> list[Resolved]:
    weekday = _weekday_number(cand.get("wd") or "")
    part = _day_part(cand.get("dp"))
    surface = ctx.text[cand.start : cand.end]
    if cand.get("s") and (surface[:1].islower() or not re.match(r"de[rmns]\s", surface)):
        return [(cand.start, cand.end, "SET", f"XXXX-WXX-{weekday}{part}", None, None, None)]
    if cand.get("s") and not part:  # genitive "des Montags": not a date
        return []
    week = _relative_offset(cand.get("wrel"))
    if week is not None and ctx.dct is not None:  # "Mittwoch kommender Woche"
        monday = ctx.dct - timedelta(days=ctx.dct.weekday()) + timedelta(weeks=week)
        day: date | None = monday + timedelta(days=weekday - 1)
    else:
        day = _weekday_date(weekday, ctx, cand, _relative_offset(cand.get("rel")))
    kind = "TIME" if part else "DATE"
    if day is None:
        return [_date(cand, ctx, _unknown_day(part), "dct", kind=kind)]
    anchor = "future" if day > (ctx.dct or day) else "past" if day < (ctx.dct or day) else "dct"
    return [_date(cand, ctx, day.isoformat() + part, anchor, kind=kind)]


def h_night(cand: Candidate, ctx: Context) -> list[Resolved]:
    weekday = _weekday_number(cand.get("wd") or "")
    day = _weekday_date(weekday, ctx, cand, None)
    # "die Nacht zum Montag" begins on Sunday evening: TNI of the day before
    value = ((day - timedelta(days=1)).isoformat() if day else _unknown_day()) + "TNI"
    return [_date(cand, ctx, value, "dct", kind="TIME")]


def _clock_value(hour: str, minute: str | None, ctx: Context, cand: Candidate) -> str:
    found = ctx.day_for(cand)
    if found and found == ctx.reference and ctx.reference_night and int(hour) < 6:
        found += timedelta(days=1)  # "in der Nacht zum Donnerstag um 2 Uhr": Thursday
    day = found.isoformat() if found else _unknown_day()
    return f"{day}T{int(hour):02d}:{int(minute or 0):02d}"


def h_clock(cand: Candidate, ctx: Context) -> list[Resolved]:
    value = _clock_value(cand.get("h") or "0", cand.get("mi"), ctx, cand)
    return [(cand.start, cand.end, "TIME", value, None, "reference", date_range(value))]


def h_clock_range(cand: Candidate, ctx: Context) -> list[Resolved]:
    first_end = cand.span("m1")[1] if cand.get("m1") else cand.span("h1")[1]
    v1 = _clock_value(cand.get("h1") or "0", cand.get("m1"), ctx, cand)
    v2 = _clock_value(cand.get("h2") or "0", cand.get("m2"), ctx, cand)
    return [
        (cand.start, first_end, "TIME", v1, None, "reference", date_range(v1)),
        (cand.span("h2")[0], cand.end, "TIME", v2, None, "reference", date_range(v2)),
    ]


def h_daypart(cand: Candidate, ctx: Context) -> list[Resolved]:
    # narrative: "am Nachmittag" continues the day last named near the DCT (not a historical
    # date in between), unless that day is still to come and the sentence reports
    found = ctx.nearby_day(cand) or ctx.recent or ctx.dct
    if found and ctx.dct and found > ctx.dct and ctx.direction(cand) == "past":
        found = ctx.dct
    day = found.isoformat() if found else _unknown_day()
    value = day + _day_part(cand.get("dp"))
    return [(cand.start, cand.end, "TIME", value, None, "reference", date_range(value))]


def h_weekend(cand: Candidate, ctx: Context) -> list[Resolved]:
    if ctx.dct is None:
        return [_date(cand, ctx, "XXXX-WXX-WE", "dct")]
    direction = ctx.direction(cand)
    saturday = ctx.dct + timedelta(days=5 - ctx.dct.weekday())
    if direction != "future" and saturday > ctx.dct:
        saturday -= timedelta(days=7)
    return [_date(cand, ctx, week_value(saturday) + "-WE", "dct")]


def h_next_day(cand: Candidate, ctx: Context) -> list[Resolved]:
    """``am nächsten Tag``, ``tags darauf``, ``am Vortag``, ``am Vorabend``: from the last day named."""
    named = " ".join((cand.get("vortag") or "").lower().split())
    if named:
        offset, part = lx.lexicon()["reference_days"][named]
    else:
        offset, part = (
            (-1 if (cand.get("dir2") or cand.get("dir3")) in ("zuvor", "davor") else 1),
            None,
        )
    kind, suffix = ("TIME", "T" + part) if part else ("DATE", "")
    if ctx.reference is None:
        return [_date(cand, ctx, _unknown_day(suffix), "reference", kind=kind)]
    day = ctx.reference + timedelta(days=offset)
    return [_date(cand, ctx, day.isoformat() + suffix, "reference", kind=kind)]


def _number(word: str | None) -> float | str | None:
    if word is None:
        return None
    word = word.lower().replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    numbers = lx.lexicon()["numbers"]
    if word in numbers:
        return float(numbers[word])
    if word in lx.lexicon()["vague_quantities"] or word.split()[-1] in ("paar",):
        return "X"
    return None


def _duration_value(amount: float | str, unit: str) -> str:
    time_unit = unit in ("H", "MIN", "S")
    code = "M" if unit == "MIN" else unit
    if isinstance(amount, float):
        text = f"{amount:g}" if amount != int(amount) else str(int(amount))
    else:
        text = amount
    return f"PT{text}{code}" if time_unit else f"P{text}{code}"


def h_duration(cand: Candidate, ctx: Context) -> list[Resolved]:
    units = lx.lexicon()["units"]
    amount = _number(cand.get("n"))
    if amount is None:
        return []
    unit = units[(cand.get("unit") or "").lower()]
    value = _duration_value(amount, unit)
    if cand.get("unit2") and cand.get("n2"):
        second = _duration_value(
            _number(cand.get("n2")) or "X",
            units[
                cand.get(
                    "unit2",
                ).lower()
            ],
        )  # type: ignore[union-attr]
        value = value + second.split("T")[-1] if "T" in value else value + second[1:]
    mod = lx.lexicon()["approximators"].get((cand.get("approx") or "").lower())
    return [
        (
            cand.start,
            cand.end,
            "DURATION",
            value,
            mod,
            None,
            _anchored_range(cand, ctx, amount, unit),
        )
    ]


def _anchored_range(
    cand: Candidate, ctx: Context, amount: float | str, unit: str
) -> DateRange | None:
    """``vor drei Jahren`` / ``in zwei Wochen``: the date a duration points to from the DCT."""
    before = ctx.text[max(cand.start - 5, 0) : cand.start].lower()
    sign = -1 if re.search(r"\bvor\s+$", before) else 1 if re.search(r"\bin\s+$", before) else 0
    if not sign or ctx.dct is None or not isinstance(amount, float):
        return None
    n = int(amount) * sign
    days = {"D": 1, "W": 7}.get(unit)
    if days:
        return _days_away(ctx.dct, amount * days * sign)
    if unit == "Y" and amount != int(amount) and (amount * 12).is_integer():
        unit, n = "M", int(amount * 12) * sign  # "vor eineinhalb Jahren": 18 months
    if unit == "M":
        year, month = add_months(ctx.dct, n)
        return date_range(f"{year}-{month:02d}")
    if unit == "Y":
        return date_range(str(ctx.dct.year + n))
    if unit == "DE":
        return date_range(str((ctx.dct.year + 10 * n) // 10))
    return None


def _days_away(dct: date, days: float) -> DateRange:
    """The day ``days`` from the DCT; a fractional count (``vor anderthalb Wochen``, 10.5
    days) allows the two days around it."""
    near = dct + timedelta(days=int(days))  # int() rounds towards the DCT
    if days.is_integer():
        return date_range(near.isoformat())
    far = near + timedelta(days=1 if days > 0 else -1)
    first, last = min(near, far), max(near, far)
    return DateRange(near.isoformat(), "day", first.isoformat(), last.isoformat())


def h_duration_adj(cand: Candidate, ctx: Context) -> list[Resolved]:
    lex = lx.lexicon()
    raw = (cand.get("n") or "").lower()
    amount: float | str = float(raw) if raw.isdigit() else lex["number_prefixes"].get(raw, "X")
    if not isinstance(amount, str):
        amount = float(amount)
    unit = lex["unit_adjectives"][(cand.get("adj") or "").lower()]
    mod = lex["approximators"].get((cand.get("approx") or "").lower())
    return [(cand.start, cand.end, "DURATION", _duration_value(amount, unit), mod, None, None)]


def h_duration_adv(cand: Candidate, ctx: Context) -> list[Resolved]:
    unit = lx.lexicon()["unit_adverbs"][(cand.get("adv") or "").lower()]
    return [(cand.start, cand.end, "DURATION", _duration_value("X", unit), None, None, None)]


def h_duration_bare(cand: Candidate, ctx: Context) -> list[Resolved]:
    unit = lx.lexicon()["units"][(cand.get("unit") or "").lower()]
    return [(cand.start, cand.end, "DURATION", _duration_value("X", unit), None, None, None)]


def h_set_adverb(cand: Candidate, ctx: Context) -> list[Resolved]:
    value = lx.lexicon()["set_adverbs"][(cand.get("adv") or "").lower()]
    return [(cand.start, cand.end, "SET", value, None, None, None)]


def h_set_every(cand: Candidate, ctx: Context) -> list[Resolved]:
    lex = lx.lexicon()
    what = (cand.get("what") or "").lower()
    if cand.get("per"):
        per = (cand.get("per") or "").lower()
        unit = "M" if per.startswith("monat") else "W" if per.startswith("woche") else "Y"
        return [(cand.start, cand.end, "SET", f"P1{unit}", None, None, None)]
    if what in lex["weekdays"]:
        return [
            (cand.start, cand.end, "SET", f"XXXX-WXX-{lex['weekdays'][what]}", None, None, None)
        ]
    if what in lex["seasons"]:
        return [(cand.start, cand.end, "SET", f"XXXX-{lex['seasons'][what]}", None, None, None)]
    amount = _number(cand.get("n")) or 1.0
    return [
        (cand.start, cand.end, "SET", _duration_value(amount, lex["units"][what]), None, None, None)
    ]


def h_set_times(cand: Candidate, ctx: Context) -> list[Resolved]:
    per = (cand.get("per") or "").lower()
    unit = {"jahr": "1Y", "monat": "1M", "woche": "1W", "tag": "1D", "quartal": "3M"}[per]
    return [(cand.start, cand.end, "SET", f"P{unit}", None, None, None)]


def _holiday_date(name: str, year: int) -> date:
    lex = lx.lexicon()
    if name in lex["holidays_fixed"]:
        return parse_iso(f"{year}-{lex['holidays_fixed'][name]}") or date(year, 1, 1)
    return easter(year) + timedelta(days=lex["holidays_easter"][name])


def h_holiday(cand: Candidate, ctx: Context) -> list[Resolved]:
    name = " ".join((cand.get("hol") or "").lower().split())
    if cand.get("y"):
        return [
            _date(cand, ctx, _holiday_date(name, int(cand.get("y") or 0)).isoformat(), "absolute")
        ]
    if ctx.dct is None:
        return [_date(cand, ctx, _unknown_day(), "dct")]
    day = _holiday_date(name, ctx.dct.year)
    year = _year_for(day.month, day.day, ctx, cand) or ctx.dct.year  # Weihnachten, said in January
    return [_date(cand, ctx, _holiday_date(name, year).isoformat(), "dct")]


def h_previous(cand: Candidate, ctx: Context) -> list[Resolved]:
    """``im Vorjahr``, ``der Vorwoche``, ``im Vorjahresmonat``: the period before the DCT's (or
    before the year named earlier in the same sentence)."""
    unit, offset = lx.lexicon()["previous_periods"][(cand.get("pp") or "").lower()]
    if ctx.dct is None:
        return [_date(cand, ctx, "XXXX", "dct")]
    if unit == "Y":
        year = ctx.year_for(cand.start)
        return [_date(cand, ctx, str(year + offset), "dct")]
    if unit == "M":
        year, month = add_months(ctx.month_for(cand.start) or ctx.dct, offset)
        return [_date(cand, ctx, f"{year}-{month:02d}", "dct")]
    if unit == "Q":
        index = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 + offset
        return [_date(cand, ctx, f"{index // 4}-Q{index % 4 + 1}", "dct")]
    return [_date(cand, ctx, week_value(ctx.dct + timedelta(weeks=offset)), "dct")]


def h_clock_word(cand: Candidate, ctx: Context) -> list[Resolved]:
    """``gegen Mitternacht``: a clock time on the day the sentence speaks about."""
    hour, minute = lx.lexicon()["clock_words"][(cand.get("cw") or "").lower()].split(":")
    value = _clock_value(hour, minute, ctx, cand)
    return [(cand.start, cand.end, "TIME", value, None, "reference", date_range(value))]


def h_whole(cand: Candidate, ctx: Context) -> list[Resolved]:
    """``die ganze Woche``, ``den ganzen Tag``: a duration of one unit."""
    unit = lx.lexicon()["whole_units"][(cand.get("unit") or "").lower()]
    return [(cand.start, cand.end, "DURATION", _duration_value(1.0, unit), None, None, None)]


def h_ref(cand: Candidate, ctx: Context) -> list[Resolved]:
    value = lx.lexicon()["references"][(cand.get("ref") or "").lower()]
    if value == "THIS_YEAR":
        return [_date(cand, ctx, str(ctx.dct.year) if ctx.dct else "XXXX", "dct")]
    return [_date(cand, ctx, value, "dct")]


def h_former(cand: Candidate, ctx: Context) -> list[Resolved]:
    return [_date(cand, ctx, "PAST_REF", "dct")]


HANDLERS: dict[str, Any] = {
    "day_range": h_day_range,
    "date_full": h_date_full,
    "date_numeric": h_date_numeric,
    "date_iso": h_date_iso,
    "month": h_month,
    "position": h_position,
    "decade": h_decade,
    "century": h_century,
    "decade_word": h_decade_word,
    "compound": h_compound,
    "half_year": h_half_year,
    "same_year": h_same_year,
    "season": h_season,
    "quarter": h_quarter,
    "year": h_year,
    "night": h_night,
    "rel_day_wd": h_rel_day_wd,
    "rel_day": h_rel_day,
    "clock_range": h_clock_range,
    "clock": h_clock,
    "weekday": h_weekday,
    "next_day": h_next_day,
    "weekend": h_weekend,
    "set_every": h_set_every,
    "set_times": h_set_times,
    "set_adverb": h_set_adverb,
    "rel_unit": h_rel_unit,
    "duration": h_duration,
    "duration_adj": h_duration_adj,
    "duration_adv": h_duration_adv,
    "duration_bare": h_duration_bare,
    "holiday": h_holiday,
    "ref": h_ref,
    "former": h_former,
    "previous": h_previous,
    "clock_word": h_clock_word,
    "whole": h_whole,
    "daypart": h_daypart,
}
