"""Document-level context for argument resolution: dyad, speakers, subject history, names."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from detente.document import Argument, Document, Mention
from detente.events.lexicon import cues
from detente.events.structure import MentionInfo, SentenceView, is_filler


def country_argument(code: str, span: tuple[int, int], kb: Any) -> Argument:
    entity = kb.get(code) if kb is not None else None
    name = entity.name if entity is not None else code
    return Argument(name=name, country=code, entity_id=code, kind="country", span=span)


def mention_argument(m: Mention, kb: Any) -> Argument:
    """The argument a mention stands for; metonyms and adjectives become their country."""
    span = (m.start, m.end)
    if m.kind == "person":
        return Argument(m.name or m.text, m.country, m.entity_id, "person", span)
    if m.kind == "organisation" or (m.kind == "group" and not m.country):
        return Argument(m.name or m.text, m.country, m.entity_id, m.kind, span)
    if m.country and (
        m.kind in {"country", "group"} or m.via in {"metonym", "adjective"} or m.as_actor
    ):
        return country_argument(m.country, span, kb)
    return Argument(m.name or m.text, m.country, m.entity_id, m.kind, span)


def place_argument(m: Mention, kb: Any) -> Argument:
    """A mention as a location; a seat of government (``im Kreml``, ``im Weißen Haus``, a
    country metonym) is its country's capital."""
    span = (m.start, m.end)
    if m.kind == "country" and m.via == "metonym" and m.country and kb is not None:
        capital = kb.capital(m.country)
        if capital is not None:
            return Argument(capital.name, m.country, capital.id, "place", span)
    kind = "country" if m.kind == "country" else "place"
    return Argument(m.name or m.text, m.country, m.entity_id, kind, span)


def _outside_names(
    hits: list[tuple[float, tuple[int, int]]], view: SentenceView
) -> list[tuple[float, tuple[int, int]]]:
    """Evaluative words that are not part of a name (``Lena Hart``, ``Friedensrat``)."""
    names = [
        (m.mention.start, m.mention.end)
        for m in view.mentions
        if m.mention.kind in ("person", "organisation")
    ]
    return [h for h in hits if not any(s < h[1][1] and h[1][0] < e for s, e in names)]


@dataclass
class DocContext:
    doc: Document
    kb: Any
    views: list[SentenceView]
    dyad: list[str] = field(default_factory=list)
    first_span: dict[str, tuple[int, int]] = field(default_factory=dict)
    top_person: dict[str, Mention] = field(default_factory=dict)
    speakers: dict[int, MentionInfo | None] = field(default_factory=dict)
    history: list[tuple[int, list[Argument]]] = field(
        default_factory=list
    )  # (sentence, subject group)
    topics: list[dict[str, tuple[int, int]]] = field(default_factory=list)  # per sentence
    polarity: list[list[tuple[float, tuple[int, int]]]] = field(
        default_factory=list
    )  # per sentence

    def __post_init__(self) -> None:
        from detente.events.attributes import polarity_hits, sentence_topics, topic_cues_in

        body = self.doc.body
        cues_here = topic_cues_in(body)
        self.topics = [
            sentence_topics(body[v.start : v.end], v.start, cues_here) for v in self.views
        ]
        self.polarity = [
            _outside_names(polarity_hits(body[v.start : v.end], v.start), v) for v in self.views
        ]
        self._dyad()
        self.speakers = {v.index: self._speaker(v) for v in self.views}
        for v in self.views:
            if self.speakers[v.index] is None and any(v.in_quote):
                self.speakers[v.index] = self._neighbour_speaker(v.index)

    def _dyad(self) -> None:
        weights: Counter[str] = Counter()
        persons: dict[str, Counter[str]] = {}
        person_mention: dict[str, Mention] = {}
        for view in self.views:
            for info in view.mentions:
                m = info.mention
                if not m.country or (not m.as_actor and m.kind != "country"):
                    continue
                weights[m.country] += 0.5 if m.via == "adjective" else 1.0
                self.first_span.setdefault(m.country, (m.start, m.end))
                if m.kind == "person":
                    key = m.entity_id or m.name or m.text
                    persons.setdefault(m.country, Counter())[key] += 1
                    person_mention.setdefault(key, m)
        self.dyad = [c for c, _ in weights.most_common(2)]
        for country, counter in persons.items():
            self.top_person[country] = person_mention[counter.most_common(1)[0][0]]

    def _speaker(self, view: SentenceView) -> MentionInfo | None:
        speech = set(cues()["speech_verbs"]) - {"gesagt"}
        for i, low in enumerate(view.lower):
            if low not in speech or view.in_quote[i] or (i and view.lower[i - 1] == "zu"):
                continue  # ``forderte Y auf, nicht von X zu sprechen`` reports nothing
            clause = view.clauses[view.clause_of[i]]
            if clause.subject and clause.subject[0].first < i:
                return clause.subject[0]  # ``X forderte Y auf``: the subject before the verb
            after = [m for m in view.mentions if m.first > i and m.clause == view.clause_of[i]]
            if after and all(
                is_filler(t.text) or t.text[:1].isupper()
                for t in view.tokens[i + 1 : after[0].first]
            ):
                return after[0]
            if clause.subject:
                return clause.subject[0]
        return None

    def _neighbour_speaker(self, index: int) -> MentionInfo | None:
        for j in (index + 1, index - 1):
            if j in self.speakers and self.speakers[j] is not None:
                return self.speakers[j]
        return None

    def counterpart(self, countries: set[str]) -> Argument | None:
        """The other side of the article's main dyad, as a country argument."""
        if len(self.dyad) < 2 or not countries & set(self.dyad):
            return None
        others = [c for c in self.dyad if c not in countries]
        if not others:
            return None
        return country_argument(others[0], self.first_span[others[0]], self.kb)

    def dyad_arguments(self, span: tuple[int, int], persons: bool) -> list[Argument]:
        """``beide Seiten`` / ``die beiden Präsidenten``: the two sides (their top persons if asked)."""
        out = []
        for code in self.dyad:
            if persons and code in self.top_person:
                p = self.top_person[code]
                out.append(Argument(p.name or p.text, p.country, p.entity_id, "person", span))
            else:
                out.append(country_argument(code, span, self.kb))
        return out if len(out) == 2 else []

    def side_arguments(self) -> list[Argument]:
        """The article's two sides, each as its most mentioned person (else the country),
        with the span of that person's (country's) first mention as provenance."""
        out = []
        for code in self.dyad:
            p = self.top_person.get(code)
            if p is not None:
                out.append(
                    Argument(p.name or p.text, p.country, p.entity_id, "person", (p.start, p.end))
                )
            else:
                out.append(country_argument(code, self.first_span[code], self.kb))
        return out if len(out) == 2 else []

    def last_subject(self, before_sentence: int, person: bool | None = None) -> list[Argument]:
        for sentence, group in reversed(self.history):
            if sentence > before_sentence:
                continue
            if person is None or (group[0].kind == "person") == person:
                return group
        return []
