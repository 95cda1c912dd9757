"""A light reading of German clause structure over the regex tokens.

No parser: clauses are cut at punctuation, quotes and verb coordination; the
finite verb is found from a list of auxiliaries, speech verbs and trigger
forms; the subject is the actor mention in the Vorfeld (before the finite
verb) or else the first one after it (V2 inversion); mentions after a
preposition are marked with it (``mit Lawrow``, ``gegen Moskau``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from detente.document import Document, Mention, Token
from detente.events.lexicon import cues, trigger_lexicon

QUOTE_RE = re.compile(
    r"„[^“”\"„]{1,1500}[“”\"]|«[^»]{1,1500}»|»[^«]{1,1500}«|\"[^\"]{1,1500}\"|“[^”“]{1,1500}”"
)
SUMMIT_TAIL = re.compile(r"-?(Gipfel|Gipfels|Gipfeltreffen|Gipfeltreffens|Gipfelkonferenz)\b")
ACTOR_KINDS = {"person", "country", "organisation", "place", "group"}


@cache
def finite_forms() -> frozenset[str]:
    c = cues()
    lexicon = trigger_lexicon()
    speech = set(c["speech_verbs"]) - {"so", "laut", "gesagt", "zitiert"}
    verbs = {
        form for form, entries in lexicon.verbs.items() if any(e.kind == "verb" for e, _ in entries)
    }
    mwe_verbs = {form for forms in lexicon.mwe_verbs.values() for form in forms.finite}
    other = set(c["other_finite_verbs"])
    return frozenset(set(c["finite_auxiliaries"]) | speech | verbs | mwe_verbs | other)


@cache
def _set(key: str) -> frozenset[str]:
    return frozenset(cues()[key])


@lru_cache(maxsize=65536)
def is_filler(word: str) -> bool:
    """Articles, possessives and inflected adjectives that can sit inside a noun phrase."""
    low = word.lower()
    if low in _set("np_fillers"):
        return True
    return (
        word[:1].islower()
        and re.fullmatch(r"[a-zäöüß-]+(e|en|em|er|es)", word) is not None
        and low not in finite_forms()
        and low not in _set("prepositions")
    )


@dataclass
class MentionInfo:
    mention: Mention
    first: int  # token index (sentence-local) of the first token
    last: int  # token index of the last token
    prep: str | None  # governing preposition, if any
    clause: int
    seat: bool = False  # names an institution by its seat or adjective: the country acts

    @property
    def actor(self) -> bool:
        return self.mention.as_actor or self.seat


@dataclass
class Clause:
    start: int  # sentence-local token index
    end: int  # exclusive
    kind: str  # main | sub | relative | infinitive
    finite: int | None
    opener: str | None  # subordinator or relative pronoun
    in_quote: bool
    passive: bool = False
    coordinated: bool = False  # begins with und/oder/aber: may share the subject before it
    subject: list[MentionInfo] = field(default_factory=list)
    subject_pronoun: int | None = None  # token index of a pronoun subject
    opener_prep: str | None = None  # ``, mit dem ...``: the preposition before the relative pronoun


@dataclass
class SentenceView:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token]
    lower: list[str]
    clauses: list[Clause]
    clause_of: list[int]
    mentions: list[MentionInfo]
    in_quote: list[bool]

    def token_at(self, offset: int) -> int:
        starts = [t.start for t in self.tokens]
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    def mentions_in(self, clause: int) -> list[MentionInfo]:
        return [m for m in self.mentions if m.clause == clause]


def quote_spans(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(body)]


def actor_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions usable as arguments: longest wins where they overlap (a person over its adjective)."""
    usable = [m for m in mentions if m.kind in ACTOR_KINDS]
    usable.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in usable:
        if kept and m.start < kept[-1].end:
            if (m.end - m.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def _split_clauses(
    tokens: list[Token], lower: list[str], mention_tokens: set[int]
) -> list[tuple[int, int]]:
    breaks = _set("clause_breaks")
    inline = _inline_quote_marks(lower, breaks)
    spans: list[tuple[int, int]] = []
    start = 0
    for i, low in enumerate(lower):
        cut = low in breaks and i not in inline and not _in_enumeration(lower, i, mention_tokens)
        if low in {"und", "oder", "sondern"} and 0 < i < len(lower) - 1:
            prev, nxt = tokens[i - 1].text, tokens[i + 1].text
            after_verb = (
                prev[:1].islower()
                and prev.isalpha()
                and not is_filler(prev)
                and i - 1 not in mention_tokens
            )
            cut = after_verb or (nxt[:1].islower() and lower[i + 1] in finite_forms())
        if cut:
            if i > start:
                spans.append((start, i))
            start = i if low in {"und", "oder", "sondern"} else i + 1  # keep "und" with its clause
    if start < len(tokens):
        spans.append((start, len(tokens)))
    return spans or [(0, len(tokens))]


QUOTE_OPEN = {"„", "«", "‚", "›", '"'}
QUOTE_CLOSE = {"“", "”", "»", "‘", "‹", '"'}
INLINE_QUOTE_TOKENS = 8


def _inline_quote_marks(lower: list[str], breaks: frozenset[str]) -> set[int]:
    """Quote marks around a short phrase inside a clause (``werde „nach dem Prinzip der
    Gegenseitigkeit“ antworten``): the phrase belongs to the clause, no break."""
    marks: set[int] = set()
    for i, low in enumerate(lower):
        if low not in QUOTE_OPEN or i == 0:
            continue
        for j in range(i + 1, min(len(lower) - 1, i + INLINE_QUOTE_TOKENS + 1)):
            if lower[j] in QUOTE_CLOSE:
                marks |= {i, j}
                break
            if lower[j] in breaks:
                break
    return marks


GENITIVE_ARTICLES = {"der", "des"}


def _in_enumeration(lower: list[str], i: int, mention_tokens: set[int]) -> bool:
    """``in Libyen, Syrien und im Iran``: a comma between two names that the list goes on
    after is no clause break (unlike ``sagte Lawrow, Moskau werde ...``)."""
    if lower[i] != "," or i - 1 not in mention_tokens:
        return False
    j = i + 1
    if j < len(lower) and lower[j] in GENITIVE_ARTICLES:  # ``der UN, der EU und der USA``
        j += 1
    if j not in mention_tokens:
        return False
    while j in mention_tokens:
        j += 1
    return j < len(lower) and lower[j] in {"und", "sowie", "oder", ","}


def _clause(
    view_tokens: list[Token], lower: list[str], span: tuple[int, int], in_quote: list[bool]
) -> Clause:
    start, end = span
    first = start
    while first < end and lower[first] in {"und", "oder", "aber", "doch", "denn", "sondern"}:
        first += 1
    opener = lower[first] if first < end else None
    kind = "main"
    if opener in _set("subordinators"):
        kind = "sub"
    elif opener in _set("relative_pronouns") and start > 0 and first == start:
        kind = "relative"
    opener_prep = _prepositional_relative(lower, span)
    if opener_prep:  # ``, mit dem X verhandelt hatte,``: the pronoun opens the clause
        kind, opener, first = "relative", lower[start + 1], start + 1
    finite = None
    forms = finite_forms()
    for i in range(first + (kind != "main"), end):
        word = view_tokens[i].text
        if lower[i] in forms and (word[:1].islower() or i == first):
            finite = i
            if kind == "main":
                break
    if any(lower[i] == "zu" for i in range(start, end)) and kind == "main" and finite is None:
        kind = "infinitive"
    passive = any(lower[i] in _set("passive_auxiliaries") for i in range(start, end))
    in_q = in_quote[first] if first < end else False
    clause = Clause(start, end, kind, finite, opener, in_q, passive, coordinated=first > start)
    clause.coordinated = clause.coordinated and not opener_prep
    clause.opener_prep = opener_prep
    return clause


def _prepositional_relative(lower: list[str], span: tuple[int, int]) -> str | None:
    """The preposition of a relative clause opened by ``mit dem`` / ``bei der`` (after a comma)."""
    start, end = span
    if start == 0 or end - start < 4 or lower[start - 1] != ",":
        return None
    prep, pronoun = lower[start], lower[start + 1]
    if prep not in _set("prepositions") or pronoun not in _set("relative_pronouns") - {
        "das",
        "was",
    }:
        return None
    last = end - 1 if lower[end - 1].isalpha() else end - 2
    return prep if lower[last] in finite_forms() else None  # the verb closes a relative clause


def relative_antecedent(view: SentenceView, index: int) -> list[MentionInfo]:
    """The name a prepositional relative clause (``, mit dem ...``) refers back to."""
    if index == 0 or view.clauses[index].opener_prep is None:
        return []
    before = view.clauses[index - 1]
    names = [m for m in view.mentions_in(index - 1) if m.actor and m.last >= before.end - 3]
    return names[-1:]


def _prep_of(
    tokens: list[Token], lower: list[str], first: int, floor: int, taken: set[int]
) -> tuple[str | None, int]:
    """The preposition governing a mention at token ``first`` (scanning back over its NP;
    ``taken``: tokens of other mentions and times, which end the NP: ``am Montag X``)."""
    preps = _set("prepositions")
    i = first - 1
    steps = 0
    while i >= floor and steps < 5 and i not in taken:
        low = lower[i]
        if low in preps:
            return low, i
        if low == "zufolge":
            return "laut", i
        word = tokens[i].text
        if not (is_filler(word) or (word[:1].isupper() and i != floor)):
            return None, i
        if low in {"der", "des"} and i > floor and lower[i - 1] in trigger_lexicon().nouns:
            return None, i  # "im Dezember Sanktionen der USA": the genitive of an event noun
        i -= 1
        steps += 1
    return None, i


def _after_adjective(view: SentenceView, previous: MentionInfo, info: MentionInfo) -> bool:
    """A name right after a country adjective of its own noun phrase (only title words
    between): ``dem jordanischen König X``, ``im bulgarischen Warna``."""
    if previous.mention.via not in {"adjective", "modifier"} or previous.clause != info.clause:
        return False
    between = view.tokens[previous.last + 1 : info.first]
    return all(t.text[:1].isupper() for t in between)


def _attach_preps(view: SentenceView, times: set[int] | frozenset[int] = frozenset()) -> None:
    previous: MentionInfo | None = None
    taken = {i for m in view.mentions for i in range(m.first, m.last + 1)} | set(times)
    for info in view.mentions:
        clause = view.clauses[info.clause]
        floor = clause.start + (2 if clause.opener_prep else 0)  # past ``mit dem``
        prep, stop = _prep_of(view.tokens, view.lower, info.first, floor, taken)
        if prep is None and previous and previous.clause == info.clause and stop >= 0:
            between = view.lower[previous.last + 1 : info.first]
            if (
                between
                and between[0] in {"und", "sowie", "oder", ","}
                and all(
                    w in {"und", "sowie", "oder", ","}
                    or is_filler(view.tokens[previous.last + 1 + k].text)
                    or view.tokens[previous.last + 1 + k].text[:1].isupper()
                    for k, w in enumerate(between)
                )
            ):
                prep = previous.prep
        if prep is None and previous and _after_adjective(view, previous, info):
            prep = previous.prep  # ``mit dem jordanischen König X``: the NP goes on
        info.prep = prep
        _mark_seat(view, info, clause.start, taken)
        previous = info


def _mark_seat(view: SentenceView, info: MentionInfo, floor: int, taken: set[int]) -> None:
    """``die Regierung in Kiew``, ``die russische Regierung``: the mention stands for the
    institution and takes its place in the clause (its preposition, its role)."""
    heads = _set("seat_institutions")
    after = info.last + 1
    if info.mention.via == "adjective" and after < len(view.lower) and view.lower[after] in heads:
        info.seat = True
        return
    head = info.first - 2
    if info.prep == "in" and head >= floor and view.lower[head] in heads:
        info.seat = True
        info.prep, _ = _prep_of(view.tokens, view.lower, head, floor, taken)


def coordinated(view: SentenceView, group_start: MentionInfo) -> list[MentionInfo]:
    """The mention plus those joined to it by und/sowie (``X und der Y``)."""
    group = [group_start]
    candidates = [
        m for m in view.mentions if m.clause == group_start.clause and m.first > group_start.last
    ]
    for m in candidates:
        last = group[-1]
        between = view.lower[last.last + 1 : m.first]
        if not between or between[0] not in {"und", "sowie", ","}:
            break
        if not all(
            w in {"und", "sowie", ","}
            or is_filler(view.tokens[last.last + 1 + k].text)
            or view.tokens[last.last + 1 + k].text[:1].isupper()
            for k, w in enumerate(between)
        ):
            break
        if m.prep and m.prep != group_start.prep:
            break
        group.append(m)
    return group


def _subject(view: SentenceView, index: int) -> None:
    clause = view.clauses[index]
    own = [
        m
        for m in view.mentions_in(index)
        if m.prep is None and (m.mention.via not in {"adjective", "modifier"} or m.seat) and m.actor
    ]
    pronouns = _set("pronouns_subject")
    if (
        clause.kind == "relative"
        and index > 0
        and clause.opener in {"der", "die", "welche", "welcher"}
    ):
        first_after = clause.start + 1
        starts_np = any(
            m.first == first_after and view.tokens[first_after].text[:1].islower() for m in own
        )
        if not starts_np:
            antecedent = [
                m
                for m in view.mentions_in(index - 1)
                if m.prep is None and m.last >= view.clauses[index - 1].end - 4
            ]
            if antecedent:
                clause.subject = [antecedent[-1]]
                return
    if clause.coordinated and clause.finite is not None and clause.finite <= clause.start + 1:
        return  # "... und rief X auf": the verb phrase shares the subject before it
    if clause.kind == "main" and clause.finite is not None:
        vorfeld = [m for m in own if m.last < clause.finite]
        if vorfeld:
            clause.subject = coordinated(view, vorfeld[0])
            return
        if clause.finite == clause.start and (resumed := _resumed_subject(view, index)):
            clause.subject = resumed  # ``Minister X, mit dem Y sprach, reist ...``
            return
        if clause.finite == clause.start and _apposition(view, index - 1):
            # ``Der Chef X, Salim Idris, lehnte ... ab``: the apposition names the subject
            clause.subject = coordinated(view, view.mentions_in(index - 1)[0])
            return
        for i in range(clause.start, min(clause.finite + 3, clause.end)):
            if view.lower[i] in pronouns and i != clause.finite:
                clause.subject_pronoun = i
                return
        after = [m for m in own if m.first > clause.finite]
        if after:
            clause.subject = coordinated(view, after[0])
        return
    for i in range(clause.start, min(clause.start + 3, clause.end)):
        if view.lower[i] in pronouns:
            clause.subject_pronoun = i
            break
    if clause.kind == "main" and clause.finite is None:
        return  # a coordinated verb phrase (``und ... gemacht``) shares the earlier subject
    if own and (clause.subject_pronoun is None or own[0].first < clause.subject_pronoun):
        clause.subject_pronoun = None
        clause.subject = coordinated(view, own[0])


def _resumed_subject(view: SentenceView, index: int) -> list[MentionInfo]:
    """A verb-first clause after a relative clause goes on with the verbless name before it."""
    if index < 2 or view.clauses[index - 1].kind != "relative":
        return []
    before = view.clauses[index - 2]
    names = view.mentions_in(index - 2)
    if before.finite is not None or not names or names[0].prep is not None:
        return []
    return coordinated(view, names[0])


def _apposition(view: SentenceView, index: int) -> bool:
    """The clause is only a name between commas (an apposition to the subject before it)."""
    if index <= 0:
        return False
    c = view.clauses[index]
    names = {i for m in view.mentions_in(index) for i in range(m.first, m.last + 1)}
    return bool(names) and all(
        i in names or is_filler(view.tokens[i].text) for i in range(c.start, c.end)
    )


def _time_tokens(doc: Document, tokens: list[Token]) -> set[int]:
    """Sentence-local indices of tokens inside a time expression (``am Montag``)."""
    if not tokens or not doc.timexes:
        return set()
    lo, hi = tokens[0].start, tokens[-1].end
    spans = [(t.start, t.end) for t in doc.timexes if t.start < hi and lo < t.end]
    return {
        i
        for i, tok in enumerate(tokens)
        if any(a <= tok.start and tok.end <= b for a, b in spans) and tok.text[:1].isupper()
    }


def sentence_views(doc: Document) -> list[SentenceView]:
    """One view per sentence: tokens, clauses, mentions with prepositions, subjects."""
    quotes = quote_spans(doc.body)
    quote_starts = [q[0] for q in quotes]
    mentions = [m for m in actor_mentions(doc.mentions) if not SUMMIT_TAIL.match(doc.body, m.end)]
    by_sentence: dict[int, list[Token]] = {}
    for token in doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    views: list[SentenceView] = []
    m_index = 0
    for s_index, sentence in enumerate(doc.sentences):
        tokens = by_sentence.get(s_index, [])
        lower = [t.text.lower() for t in tokens]
        in_quote = []
        for t in tokens:
            q = bisect.bisect_right(quote_starts, t.start) - 1
            in_quote.append(q >= 0 and quotes[q][0] < t.start < quotes[q][1] - 1)
        starts = [t.start for t in tokens]
        infos: list[MentionInfo] = []
        while m_index < len(mentions) and mentions[m_index].start < sentence.end:
            m = mentions[m_index]
            m_index += 1
            if m.start < sentence.start or not tokens:
                continue
            first = max(bisect.bisect_right(starts, m.start) - 1, 0)
            last = max(bisect.bisect_left(starts, m.end) - 1, first)
            infos.append(MentionInfo(m, first, last, None, 0))
        mention_tokens = {i for info in infos for i in range(info.first, info.last + 1)}
        spans = _split_clauses(tokens, lower, mention_tokens)
        clause_of = [0] * len(tokens)
        for c, (a, b) in enumerate(spans):
            for i in range(a, b):
                clause_of[i] = c
        covered = {i for a, b in spans for i in range(a, b)}
        for i in range(1, len(tokens)):  # breaks belong to the clause before them
            if i not in covered:
                clause_of[i] = clause_of[i - 1]
        for info in infos:
            info.clause = clause_of[info.first]
        clauses = [_clause(tokens, lower, span, in_quote) for span in spans]
        view = SentenceView(
            s_index, sentence.start, sentence.end, doc.body[sentence.start : sentence.end],
            tokens, lower, clauses, clause_of, infos, in_quote,
        )  # fmt: skip
        _attach_preps(view, _time_tokens(doc, tokens))
        for c in range(len(clauses)):
            _subject(view, c)
        views.append(view)
    return views
