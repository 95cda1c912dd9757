"""Event attributes: auxiliary mode, date, location, occasion, topics, contexts, tone."""

from __future__ import annotations

import itertools
import math
import re
from datetime import date, timedelta
from functools import cache, lru_cache

from detente.document import Argument, DateRange, Document, Timex, Token
from detente.events.context import DocContext, place_argument
from detente.events.lexicon import (
    contexts,
    cues,
    occasions,
    plover,
    polarity,
    topics,
    trigger_lexicon,
)
from detente.events.structure import Clause, MentionInfo, SentenceView, is_filler

Span = tuple[int, int]


# ---- auxiliary mode -----------------------------------------------------------


def _words(view: SentenceView, clause: int) -> list[str]:
    c = view.clauses[clause]
    return view.lower[c.start : c.end]


def aux_cues(view: SentenceView, clause: int) -> set[str]:
    """Which of future / hypothetical / negation the clause's words signal."""
    aux = cues()["aux"]
    words = _words(view, clause)
    text = " ".join(words)
    found: set[str] = set()
    negators = set(aux["negation"])
    if any(w in negators for w in words) and not any(x in text for x in aux["negation_exclusions"]):
        found.add("negation")
    if any(w in aux["hypothetical"] for w in words):
        found.add("hypothetical")
    future = {w for w in words if w in aux["future"]}
    passive = future <= PASSIVE_OR_FUTURE and _ends_in_participle(words)
    if future and not passive and not any(w in aux["future_exclusions"] for w in words):
        found.add("future")  # "wird ... treffen", not the passive "wird ... vorgeworfen"
    return found


PASSIVE_OR_FUTURE = {"wird", "werden", "werde"}


def _ends_in_participle(words: list[str]) -> bool:
    verbs = [w for w in words if w.isalpha()]
    last = verbs[-1] if verbs else ""
    return last in trigger_lexicon().participles or re.fullmatch(r"ge\w+(t|en)", last) is not None


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


PAST_AUXILIARIES = {"hatte", "hatten", "hattest", "war", "waren", "wurde", "wurden"}
PERFECT_AUXILIARIES = {"hat", "haben", "habe", "ist", "sind", "sei", "seien"}


def past_tense(view: SentenceView, clause: int, token: int, verb: bool) -> bool:
    """The trigger's clause is in a past tense: a preterite trigger verb (``unterzeichneten``),
    a pluperfect or preterite auxiliary, or a perfect with the trigger as participle."""
    words = set(_words(view, clause))
    low = view.lower[token]
    if words & PAST_AUXILIARIES:
        return True
    participle = low in trigger_lexicon().participles
    if participle and words & PERFECT_AUXILIARIES:
        return True
    return verb and not participle and re.search(r"(te|ten|tet|test)$", low) is not None


def choose_aux(
    found: set[str], event_date: DateRange | None, doc: Document, past: bool = False
) -> str | None:
    """The auxiliary mode from the clause's cues, else from the event's date against the
    document date (a clause in a past tense is never future: ``unterzeichneten einen Plan
    bis 2030``)."""
    for mode in ("negation", "hypothetical", "future"):
        if mode in found:
            return mode
    dct = doc.dct.date if doc.dct else None
    start, end = _iso(dct.earliest if dct else None), _iso(dct.latest if dct else None)
    if event_date is None or start is None or end is None:
        return None
    if (e := _iso(event_date.earliest)) and e > end:
        return None if past else "future"
    days = cues()["aux"]["historical_days"]
    if start <= date.min + timedelta(days=days):
        return None
    if (latest := _iso(event_date.latest)) and latest < start - timedelta(days=days):
        return "historical"
    return None


# ---- date ---------------------------------------------------------------------


def event_date(
    doc: Document, view: SentenceView, clause: int, trigger: Span, future: bool
) -> tuple[DateRange | None, Span | None]:
    """The date of an event: the time stage's ``date_event`` when present, else the
    nearest timex of the clause (then the sentence), else the document date."""
    try:
        from detente.time import date_event  # type: ignore[attr-defined]
    except ImportError:
        date_event = None
    c = view.clauses[clause]
    if date_event is not None:
        try:
            result = date_event(doc, view.index, trigger, future)
        except (TypeError, ValueError, IndexError):
            result = None
        if result and result[0] is not None and result[1] is not None:
            return result[0], result[1]
        if result and result[0] is not None and not _clause_timexes(doc, view, c):
            return result[0], result[1]
        # the time stage found no fitting date, yet the clause names one: trust the clause
    dated = [t for t in doc.timexes if t.date is not None and t.type in ("DATE", "TIME")]
    in_clause = _clause_timexes(doc, view, c)
    in_sentence = [t for t in dated if view.start <= t.start and t.end <= view.end]
    for pool in (in_clause, in_sentence if len(view.clauses) == 1 else []):
        if pool:
            best = min(pool, key=lambda t: abs(t.start - trigger[0]))
            return best.date, (best.start, best.end)
    return (doc.dct.date if doc.dct else None), None


def _clause_timexes(doc: Document, view: SentenceView, clause: Clause) -> list[Timex]:
    a, b = view.tokens[clause.start].start, view.tokens[clause.end - 1].end
    return [
        t
        for t in doc.timexes
        if t.date is not None and t.type in ("DATE", "TIME") and a <= t.start and t.end <= b
    ]


# ---- location and occasion ----------------------------------------------------------


def _modifies_other_noun(view: SentenceView, m: MentionInfo, trigger: int, ctx: DocContext) -> bool:
    """``die Krise in Nordkorea``: a place right after another noun belongs to that noun
    (summit words, venues and the trigger itself excepted: ``G20-Gipfels in Bonn``,
    ``Treffen in Rom``, ``im Hotel in Genf``; a time is no noun: ``am Mittwoch in Sotschi``)."""
    i = m.first - 1
    while i >= 0 and is_filler(view.tokens[i].text):
        i -= 1
    if i < 1 or view.lower[i] not in {"in", "im", "nach"}:
        return False
    head = view.tokens[i - 1]
    in_mention = any(x.first <= i - 1 <= x.last for x in view.mentions)
    if i - 1 == trigger or not head.text[:1].isupper() or in_mention or _in_timex(head, ctx):
        return False
    _, heads = _occasion_tables()
    last = head.text.lower().rpartition("-")[2]
    venue = _is_venue(last) or (i >= 2 and _is_venue(view.lower[i - 2]))  # Insel Sentosa in X
    return not venue and last not in heads and not last.endswith(("gipfel", "gipfels"))


def _in_timex(token: Token, ctx: DocContext) -> bool:
    return any(t.start <= token.start and token.end <= t.end for t in ctx.doc.timexes)


@cache
def _venue_heads() -> tuple[str, ...]:
    return tuple(cues()["venue_heads"])


def _is_venue(word: str) -> bool:
    stem = word.rstrip("s") if word.endswith(("es", "s")) else word
    return word.endswith(_venue_heads()) or stem.endswith(_venue_heads())


def location(
    view: SentenceView,
    clause: int,
    ctx: DocContext,
    widen: bool,
    trigger: int = -1,
    locative_only: bool = False,
) -> Argument | None:
    """A place in the clause (``in Bonn``, ``im russischen Sotschi``, ``im Kreml`` -> Moscow);
    cities before countries."""
    locative = set(cues()["locative_prepositions"])
    topical = set(cues()["place_topic_prepositions"])
    pool = [m for m in view.mentions if m.clause == clause and m.prep not in topical]
    if widen:
        pool += [m for m in view.mentions if m.clause != clause and m.prep not in topical]
    places = [
        m for m in pool
        if m.mention.via not in {"adjective", "modifier"}
        and not _modifies_other_noun(view, m, trigger, ctx)
        and (
            (m.mention.kind == "place" and (m.prep in locative or not (m.mention.as_actor or locative_only)))
            or (m.mention.kind == "country" and m.prep in {"in", "im", "nach"})
        )
    ]  # fmt: skip
    if not places:
        return None
    found = [(place_argument(m.mention, ctx.kb), m.clause != clause) for m in places]
    found.sort(key=lambda p: (p[0].kind != "place", p[1]))
    return found[0][0]


@cache
def _occasion_tables() -> tuple[dict[str, str], frozenset[str]]:
    data = occasions()
    names = {name.lower(): s["code"] for s in data["series"] for name in s["names"]}
    return names, frozenset(w.lower() for w in data["meeting_words"])


def occasion(view: SentenceView, clause: int) -> tuple[str | None, Span | None]:
    """Summit series the clause names (``am Rande des G20-Gipfels`` -> G20)."""
    names, heads = _occasion_tables()
    c = view.clauses[clause]
    for i in range(c.start, c.end):
        low = view.lower[i]
        prefix, _, head = low.rpartition("-")
        code = None
        if prefix and prefix in names and head in heads:
            code = names[prefix]
        elif (low in names and len(low) > 5) or (
            low in names and i + 1 < c.end and view.lower[i + 1] in heads
        ):
            code = names[low]
        if code:
            return code, (view.tokens[i].start, view.tokens[i].end)
    return None, None


# ---- topics and contexts ------------------------------------------------------------


def literal_key(pattern: str) -> str:
    """The longest run of plain letters a regular expression requires (lower case), for a
    cheap substring test before the regex runs; "" when there is none worth testing."""
    plain = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\(\?[^)]*\)|[?*+{}()|^$.]\S?", " ", pattern)
    runs = re.findall(r"[^\W\d_]{3,}", plain)
    return max(runs, key=len).lower() if runs else ""


@cache
def _topic_patterns() -> tuple[
    list[tuple[str, str, re.Pattern[str]]], list[tuple[str, list[re.Pattern[str]]]]
]:
    single = [
        (t["slug"], literal_key(p), re.compile(p)) for t in topics() for p in t.get("cues", [])
    ]
    groups = [(t["slug"], [re.compile(p) for p in g]) for t in topics() for g in t.get("all", [])]
    return single, groups


def topic_cues_in(text: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """The single cues whose literal key occurs in ``text`` (a whole body: test keys once)."""
    lower = text.lower()
    return [cue for cue in _topic_patterns()[0] if not cue[1] or cue[1] in lower]


def sentence_topics(
    text: str, offset: int, candidates: list[tuple[str, str, re.Pattern[str]]] | None = None
) -> dict[str, Span]:
    """Topic slugs a sentence speaks about, each with the span of its first cue."""
    single, groups = _topic_patterns()
    lower = text.lower()
    found: dict[str, Span] = {}
    for slug, key, pattern in single if candidates is None else candidates:
        if slug in found or (key and key not in lower):
            continue
        m = next((m for m in pattern.finditer(text) if not _in_enumeration(text, m)), None)
        if m:
            found[slug] = (offset + m.start(), offset + m.end())
    for slug, group in groups:
        if slug in found:
            continue
        matches = [p.search(text) for p in group]
        if all(matches):
            first = matches[0]
            assert first is not None
            found[slug] = (offset + first.start(), offset + first.end())
    return found


# Four or more capitalised names in a row, joined by commas and a final ``und``/``oder``:
# the members of a vote or a group (``Russland, Belarus, Nordkorea, Eritrea und Syrien``).
NAME = r"[A-ZÄÖÜ][\w-]+"
ENUMERATION = re.compile(rf"{NAME}(?:, {NAME}){{2,}},? (?:und|oder|sowie) {NAME}")


def _in_enumeration(text: str, m: re.Match[str]) -> bool:
    """A cue inside a long list of names names one member, not a topic."""
    return any(e.start() <= m.start() and m.end() <= e.end() for e in ENUMERATION.finditer(text))


def event_contexts(
    event_type: str, mode: str | None, topic_slugs: tuple[str, ...]
) -> tuple[str, ...]:
    out = []
    for name, rule in contexts().items():
        if (
            event_type in rule.get("types", ())
            or (mode and mode in rule.get("modes", ()))
            or set(topic_slugs) & set(rule.get("topics", ()))
        ):
            out.append(name)
    return tuple(out)


# ---- tone ---------------------------------------------------------------------------


WORD_RE = re.compile(r"\w+")
# Positive terms that name an improvement which has not happened: after a hope or an
# offer it counts half, after a demand not at all. Speech acts (``forderte``, ``hofft``)
# scope over the whole sentence they report; modals and conditionals (``müsse``,
# ``könnte``, ``bereit``) over their clause and the clauses after it.
HOPE_ACT = re.compile(r"(hoff\w*|erhofft\w*|wünsch\w*|erwägen|erwäge|erwägt|regt|angeregt)$")
DEMAND_ACT = re.compile(
    r"(erwartet\w*|\w*forder\w*|verlang\w*|appell\w*|mahnt\w*|dräng\w*|aufgerufen|aufrufen"
    r"|rief)$"
)
HOPE_MODAL = re.compile(r"(würden?|könnten?|bereit|möglich|wenn|falls|sofern)$")
DEMAND_MODAL = re.compile(r"(müssen?|müssten|sollen?|sollten?|nötig|notwendig|erforderlich)$")


@cache
def _phrases() -> dict[str, list[tuple[tuple[str, ...], float]]]:
    """Polarity terms by first word, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for term, weight in polarity().items():
        words = tuple(term.split())
        table.setdefault(words[0], []).append((words, weight))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


INFLECTIONS = ("es", "en", "em", "er", "e", "s", "n")


@cache
def _polarity_cues() -> dict[str, frozenset[str]]:
    """Intensifiers and negators around tone words (``cues_de.json`` ``polarity``)."""
    return {k: frozenset(v) for k, v in cues()["polarity"].items() if not k.startswith("_")}


PUNCTUATION = re.compile(r"[.,;:!?\"„“”»«()–-]")
CLAUSE_END = re.compile(r"\s*([.,;:!?\"„“”»«)–-]|$)")


@lru_cache(maxsize=65536)
def _entries(word: str) -> tuple[tuple[tuple[str, ...], float], ...]:
    """Polarity entries starting with ``word``, or single-word entries of its base form
    (konstruktives -> konstruktiv) when the word itself is no single-word term
    (``gutes`` starts the phrase ``gutes gespräch`` and is still ``gut``)."""
    table = _phrases()
    entries = table.get(word, [])
    if any(len(terms) == 1 for terms, _ in entries):
        return tuple(entries)
    return (*entries, *_inflected(table, word))


@lru_cache(maxsize=65536)
def _wishful(word: str) -> tuple[float, bool]:
    """How much a positive term in this word's scope counts (0 after a demand, 0.5 after a
    hope, offer or condition, else 1), and whether its scope is the whole sentence."""
    if DEMAND_ACT.match(word):
        return 0.0, True
    if HOPE_ACT.match(word):
        return 0.5, True
    if DEMAND_MODAL.match(word):
        return 0.0, False
    if HOPE_MODAL.match(word):
        return 0.5, False
    return 1.0, False


def _inflected(
    table: dict[str, list[tuple[tuple[str, ...], float]]], word: str
) -> list[tuple[tuple[str, ...], float]]:
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            entries = [e for e in table.get(word[: -len(ending)], ()) if len(e[0]) == 1]
            if entries:
                return entries
    return []


def polarity_hits(text: str, offset: int) -> list[tuple[float, Span]]:
    """Weighted evaluative terms in a text (longest phrase wins), read in context (see
    ``cues_de.json`` ``polarity``): an intensifier before a term scales it by 1.5 (``sehr
    konstruktiv``); a negator among the two words before a single-word term (``kein
    Durchbruch``, ``nicht besser``) or a clause-final one within four words after it (``vertrauen ihm
    nicht.``) flips and halves it; a conceded term (``zwar ... aber``) and a hoped-for
    improvement count half, a demanded one not at all."""
    words = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text.lower())]
    wishful = _wishful_scope(text, words)
    conceded = _conceded(words)
    hits = []
    i = 0
    while i < len(words):
        for terms, weight in _entries(words[i][0]):
            n = len(terms)
            if n > 1 and tuple(w for w, _, _ in words[i : i + n]) != terms:
                continue
            weight *= _context_factor(text, words, i, n) * (0.5 if i in conceded else 1.0)
            if weight > 0:
                weight *= wishful[i]  # a hoped-for or demanded improvement is not yet one
            if weight:
                hits.append((weight, (offset + words[i][1], offset + words[i + n - 1][2])))
            i += n - 1
            break
        i += 1
    return hits


def _wishful_scope(text: str, words: list[tuple[str, int, int]]) -> list[float]:
    """Per word, how much a positive term there counts (see ``HOPE_ACT`` and the others):
    ``forderte, dass ...`` covers the sentence; ``seien sich einig, dass Nordkorea ...
    aufgeben müsse`` only the clause of ``müsse`` and those after it."""
    whole = 1.0
    starts: dict[int, float] = {}  # clause start -> factor of a modal in that clause
    clause_start = 0
    for j, (w, _, _) in enumerate(words):
        if j and PUNCTUATION.search(text, words[j - 1][2], words[j][1]):
            clause_start = j
        factor, sentence_wide = _wishful(w)
        if factor < 1.0 and sentence_wide:
            whole = min(whole, factor)
        elif factor < 1.0:
            starts[clause_start] = min(starts.get(clause_start, 1.0), factor)
    factors = []
    running = whole
    for j in range(len(words)):
        running = min(running, starts.get(j, 1.0))
        factors.append(running)
    return factors


def _conceded(words: list[tuple[str, int, int]]) -> range:
    """Word positions between ``zwar`` and the contrast that follows it (``zwar Differenzen,
    aber eine gemeinsame Linie``): what the speaker concedes weighs half."""
    pc = _polarity_cues()
    lows = [w for w, _, _ in words]
    start = next((i for i, w in enumerate(lows) if w in pc["concessive"]), None)
    if start is None:  # ``Die Differenzen bleiben, aber ...``: what comes before weighs half
        return range(_comma_contrast(words) or 0)
    end = next((j for j in range(start + 1, len(lows)) if lows[j] in pc["contrast"]), None)
    return range(start + 1, end) if end is not None else range(0)


def _comma_contrast(words: list[tuple[str, int, int]]) -> int | None:
    """Position of a contrast word right after a comma (``..., aber``), if any."""
    contrast = _polarity_cues()["contrast"]
    after_comma = (j for j in range(1, len(words)) if words[j][1] - words[j - 1][2] == 2)
    return next((j for j in after_comma if words[j][0] in contrast), None)  # ", " before it


def _context_factor(text: str, words: list[tuple[str, int, int]], i: int, n: int) -> float:
    """1.5 after an intensifier, -0.5 when negated, else 1."""
    pc = _polarity_cues()
    before = [w for w, _, _ in words[max(0, i - 2) : i]]
    factor = 1.5 if before and before[-1] in pc["intensifiers"] else 1.0
    if set(before) & pc["not_negating"]:
        return factor
    bridged = (  # ``kein Grund zur Sorge``, ``nicht mit einem Durchbruch``
        i >= 3 and words[i - 1][0] in pc["negation_bridges"] and words[i - 3][0] in pc["negators"]
    ) or (
        i >= 3
        and words[i - 1][0] in pc["articles"]
        and words[i - 2][0] in pc["negation_bridges"]
        and words[i - 3][0] in pc["negators"]
    )
    if n == 1 and (
        any(w in pc["negators"] for w in before) or bridged or _negated_after(text, words, i)
    ):
        return -0.5 * factor
    if _reversed(text, words, i, n):
        return -0.5 * factor
    return factor


def _reversed(text: str, words: list[tuple[str, int, int]], i: int, n: int) -> bool:
    """A term whose clause reverses it: a remedy for a negative one (``die Spannungen
    abbauen``, ``zum Abbau der Spannungen``), a rejection of a positive one (``der
    Kooperation eine Absage erteilen``), within three words before it or later in its clause."""
    weights = [w for terms, w in _entries(words[i][0]) if len(terms) == n]
    if not weights:
        return False
    reversers = _polarity_cues()["remedies" if weights[0] < 0 else "rejections"]
    if any(w in reversers for w, _, _ in words[max(0, i - 3) : i]):
        return True
    for j in range(i + n, len(words)):
        if PUNCTUATION.search(text, words[j - 1][2], words[j][1]):
            return False
        if words[j][0] in reversers:
            return True
    return False


def _negated_after(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """``Wir vertrauen ihm nicht.``: a negator closing the clause within four words (or
    followed only by ``geben``); after an existential (``Eine Einigung ... gab es nicht.``)
    anywhere in the clause the term opens."""
    pc = _polarity_cues()
    finals, existentials = pc["clause_final_negators"], pc["existentials"]
    end = next(
        (
            j
            for j in range(i + 1, len(words))
            if PUNCTUATION.search(text, words[j - 1][2], words[j][1])
        ),
        len(words),
    )  # the term's clause ends before ``end``
    clause = [w for w, _, _ in words[i + 1 : end]]
    existential = any(a in existentials and b == "es" for a, b in itertools.pairwise(clause))
    reach = end if existential and i == _clause_start(text, words, i) else min(end, i + 5)
    for j in range(i + 1, reach):
        if words[j][0] not in finals:
            continue
        rest = (
            words[j][2]
            if j + 1 >= end or words[j + 1][0] not in pc["existential_infinitives"]
            else words[j + 1][2]
        )
        if CLAUSE_END.match(text, rest):
            return True
    return False


def _clause_start(text: str, words: list[tuple[str, int, int]], i: int) -> int:
    """The first content word of the term's clause, skipping an article (``Eine Einigung``)."""
    j = i
    while j > 0 and not PUNCTUATION.search(text, words[j - 1][2], words[j][1]):
        j -= 1
    return j + 1 if j < i and words[j][0] in ARTICLES else j


ARTICLES = {"ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den", "dem"}


def category_base(event_type: str, score: float) -> float:
    """The tone an event type carries before any evaluative words: its score scaled to [-1, 1]."""
    quad = plover()["categories"].get(event_type, {}).get("quad", "")
    return score / 10.0 * (0.5 if quad.startswith("verbal") else 0.7)


def tone_of(
    base: float, hits: list[tuple[float, Span]], weights: list[float] | None = None
) -> float:
    """Base tone moved by the evaluative language around the event; in [-1, 1]."""
    if not hits:
        return round(max(-1.0, min(1.0, base)), 3)
    weights = weights or [1.0] * len(hits)
    total = sum(w * h[0] for w, h in zip(weights, hits, strict=True))
    mass = sum(weights)
    value = base + 0.8 * math.tanh(1.5 * total / math.sqrt(mass + 1.0))
    return round(max(-1.0, min(1.0, value)), 3)
