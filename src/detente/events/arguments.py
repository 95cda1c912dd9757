"""Actors and recipients of an event from clause structure and actor mentions.

Verbs: the subject (Vorfeld or first after the finite verb) acts, objects and
mentions after the type's recipient prepositions receive; in the passive the
``von``/``aus``/``durch`` phrase acts. Nouns: the genitive or ``von`` phrase,
a possessor (``Kerrys Besuch``) or the clause subject acts; ``mit`` partners
receive (or act jointly for agreements). Pronouns, ``wir`` in quotes and
``beide Seiten`` are resolved from the document context.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from detente.document import Argument, Mention
from detente.events.context import DocContext, country_argument, mention_argument
from detente.events.lexicon import cues, trigger_lexicon
from detente.events.structure import (
    Clause,
    MentionInfo,
    SentenceView,
    coordinated,
    is_filler,
    relative_antecedent,
)
from detente.events.triggers import TriggerHit
from detente.language.words import articles, possessive_determiners
from detente.quotes.lexicon import lexicon as quote_lexicon

# Nouns of force (Anschlag, Truppenaufmarsch): the subject of the clause is usually who
# condemns or warns about them, so only a genitive, possessor or adjective names their actor.
POSSESSIVES = possessive_determiners()
ARTICLES = articles()
OWNER_ONLY = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
# Material measures: a genitive owner takes them (``Sanktionen der USA``) whoever the subject
# is; for words (``den Unmut der Amerikaner deutlich machen``) the subject still speaks.
OWNER_ACTS = {"SANCTION", "AID"}
DEEDS = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}  # deeds others condemn
PERSON_GROUP_NOUNS = (
    "präsident",
    "staatenlenker",
    "außenminister",
    "aussenminister",
    "minister",
    "politiker",
    "chef",
)


@dataclass
class Draft:
    hit: TriggerHit
    view: SentenceView
    clause: int
    type: str
    mode: str | None
    aux_cues: set[str] = field(default_factory=set)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    actors: list[Argument] = field(default_factory=list)
    recipients: list[Argument] = field(default_factory=list)
    joint: bool = False  # mit-partners act jointly (agreements)
    in_pp: bool = False  # an event noun inside a prepositional phrase (beim Treffen mit ...)
    anaphoric: bool = False  # "das Treffen" without named parties: refers to a known meeting
    unnamed: bool = False  # a meeting noun whose parties are nowhere named: the article's sides
    passive: bool = False  # a participle in a passive clause: only a von/aus/durch phrase acts
    confidence: float = 0.6
    repeats: Draft | None = None  # gapping / following suit: the event done again by others
    repeated_by: set[tuple[int, int]] = field(default_factory=set)  # spans: never recipients


def recipient_preps(draft: Draft) -> set[str]:
    if draft.hit.entry.preps is not None:
        return set(draft.hit.entry.preps)
    return set(cues()["default_recipient_prepositions"].get(draft.type, []))


def _args(infos: list[MentionInfo], ctx: DocContext) -> list[Argument]:
    return [_argument(i, ctx) for i in infos]


def _argument(info: MentionInfo, ctx: DocContext) -> Argument:
    m = info.mention
    if info.seat and m.country:  # ``die Regierung in Kiew``: the country
        return country_argument(m.country, (m.start, m.end), ctx.kb)
    return mention_argument(m, ctx.kb)


def _noun_owner(
    view: SentenceView, token: int, infos: list[MentionInfo]
) -> tuple[list[MentionInfo], list[MentionInfo]]:
    """(owners, compound modifiers) of an event noun: genitive/von after it, possessor or compound before."""
    compound = [m for m in infos if m.first == token and m.last == token]
    before = [
        m
        for m in infos
        if m.last == token - 1
        and (m.mention.text.endswith(("s", "'")) or m.mention.via in {"adjective", "modifier"})
    ]
    after = []
    for m in infos:
        if token < m.first <= token + 5 and m.prep in (None, "von", "vom"):
            gap = view.tokens[token + 1 : m.first]
            if all(
                is_filler(t.text) or t.text[:1].isupper() or t.text.lower() in {"von", "vom"}
                for t in gap
            ):
                after = coordinated(view, m)
            break
    owners = after or before
    return owners, compound


def _genitive_owner(view: SentenceView, token: int, owners: list[MentionInfo]) -> bool:
    """The owner follows the noun with only articles between (``Sanktionen der USA``)."""
    first = owners[0].first if owners else -1
    return first > token and all(is_filler(t.text) for t in view.tokens[token + 1 : first])


def reporting_speaker(view: SentenceView, clause: Clause, ctx: DocContext) -> MentionInfo | None:
    """The speaker whose words a Konjunktiv I clause reports (``X sagte, ... Man erwarte``):
    the speaker of the sentence or of the one before it."""
    if clause.finite is None or view.lower[clause.finite] not in quote_lexicon().konjunktiv1:
        return None
    return ctx.speakers.get(view.index) or ctx.speakers.get(view.index - 1)


def _pronoun_subject(draft: Draft, clause: Clause, ctx: DocContext) -> list[Argument]:
    view = draft.view
    i = clause.subject_pronoun
    if i is None:
        return []
    word = view.lower[i]
    span = (view.tokens[i].start, view.tokens[i].end)
    speaker = ctx.speakers.get(view.index)
    p = cues()["pronouns"]
    if (
        view.in_quote[i]
        and speaker is not None
        and word in p["speaker_group"] + p["speaker_person"]
    ):
        return [mention_argument(speaker.mention, ctx.kb)]  # the speaker stands for "wir"
    if word == "man" and (reporter := reporting_speaker(view, clause, ctx)):
        return [mention_argument(reporter.mention, ctx.kb)]  # ``Man erwarte, dass ...``
    if word in {"beide", "beiden", "man"}:
        following = " ".join(view.lower[i : i + 3])
        return reciprocal(view, ctx, span, persons=any(n in following for n in PERSON_GROUP_NOUNS))
    person = True if word == "er" else None
    if word not in {"er", "sie"}:
        return []
    for c in range(draft.clause - 1, -1, -1):
        subject = view.clauses[c].subject
        if subject and (person is None or subject[0].mention.kind == "person"):
            return _args(subject if person is None else subject[:1], ctx)
    group = ctx.last_subject(view.index, person=person)
    return group[:1] if person else group


def reciprocal(
    view: SentenceView, ctx: DocContext, span: tuple[int, int], persons: bool
) -> list[Argument]:
    recent = ctx.last_subject(view.index)
    if len({a.country for a in recent}) >= 2:
        return recent
    return ctx.dyad_arguments(span, persons)


def _inherited_subject(draft: Draft) -> list[MentionInfo]:
    """Subject of the nearest earlier clause that is not a speech insert (``sagte X``)."""
    view = draft.view
    speech = set(cues()["speech_verbs"])
    for c in range(draft.clause - 1, -1, -1):
        clause = view.clauses[c]
        is_insert = clause.finite is not None and view.lower[clause.finite] in speech and c > 0
        own = view.clauses[draft.clause]
        goes_on = c == draft.clause - 1 and own.coordinated and not own.in_quote
        if clause.subject and (goes_on or not is_insert):  # ``, sagte X und nannte ...``
            return clause.subject
    return []


def _inherited_pronoun(draft: Draft, ctx: DocContext) -> list[Argument]:
    """The resolved pronoun subject of the clause before (``Er traf X und rief ...``)."""
    if draft.clause == 0:
        return []
    earlier = Draft(draft.hit, draft.view, draft.clause - 1, draft.type, draft.mode)
    return _pronoun_subject(earlier, draft.view.clauses[draft.clause - 1], ctx)


def _later_subject(draft: Draft) -> list[MentionInfo]:
    """Subject of a later clause of the sentence (``..., sagte Lawrow``)."""
    for clause in draft.view.clauses[draft.clause + 1 :]:
        if clause.subject:
            return clause.subject
    return []


def _reciprocal_token(view: SentenceView, clause: Clause) -> int | None:
    words = view.lower[clause.start : clause.end]
    text = " ".join(words)
    for phrase in cues()["reciprocal_phrases"]:
        if phrase in text:
            return clause.start + words.index(phrase.split()[0])
    return None


def _has_reciprocal(view: SentenceView, clause: Clause) -> tuple[int, int] | None:
    i = _reciprocal_token(view, clause)
    return None if i is None else (view.tokens[i].start, view.tokens[i].end)


def _reciprocal_object(draft: Draft, clause: Clause, ctx: DocContext) -> list[Argument]:
    """``X rief beide Seiten zur Ruhe auf``: ``beide Seiten`` after the finite verb of a
    clause with a subject of its own (or a shared one) is its object: the article's sides."""
    view = draft.view
    i = _reciprocal_token(view, clause)
    if i is None or clause.finite is None or i < clause.finite or clause.subject_pronoun == i:
        return []
    if any(m.first <= i <= m.last for m in clause.subject):
        return []
    span = (view.tokens[i].start, view.tokens[i].end)
    return ctx.dyad_arguments(span, persons=False)


def assign_arguments(draft: Draft, ctx: DocContext) -> None:
    """Fill ``draft.actors`` and ``draft.recipients``."""
    view = draft.view
    clause = view.clauses[draft.clause]
    infos = [m for m in view.mentions_in(draft.clause) if m.actor]  # not "in Bonn"
    preps = recipient_preps(draft)
    token = draft.hit.token
    actors: list[MentionInfo] = []
    recipients: list[MentionInfo] = []
    partners = [
        m for m in infos if m.prep == "mit" and (draft.hit.kind != "noun" or m.first > token)
    ]
    if clause.opener_prep == "mit":  # "Minister X, mit dem Y verhandelte": X is the partner
        partners += relative_antecedent(view, draft.clause)
    if draft.type in cues()["partner_not_recipient_types"]:  # "Manöver mit Südkorea aussetzen"
        partners = []
        infos = [m for m in infos if m.prep != "mit"]
    between = [m for m in infos if m.prep == "zwischen"]
    if draft.hit.kind == "noun":
        owners, compound = _noun_owner(view, token, infos)
        subject = [] if draft.in_pp or draft.type in OWNER_ONLY else list(clause.subject)
        if not subject and not draft.in_pp and clause.finite is None:
            subject = _inherited_subject(draft)
        in_vorfeld = clause.finite is not None and token < clause.finite
        if owners and in_vorfeld:  # "Das Treffen von X mit Y ... hat": the noun is the subject
            subject = []
        undergoer: list[MentionInfo] = []
        if subject and _genitive_owner(view, token, owners) and draft.type in OWNER_ACTS:
            undergoer, subject = subject, []  # "Die Türkei zog Sanktionen der USA auf sich"
        if draft.type == "CONSULT" and len(owners) >= 2 and owners[0].first > token:
            subject = []  # "X schloss ein Treffen der Präsidenten A und B nicht aus": A, B meet
        actors = subject or owners or between
        if compound:
            (recipients if draft.type == "CONSULT" else actors).extend(compound)
        recipients += [
            m
            for m in infos
            if m.first > token and m.prep in preps and m not in partners and m not in actors
        ]
        if not actors and draft.type not in OWNER_ONLY:
            actors = list(clause.subject)
        recipients += [m for m in undergoer if not recipients]
    elif draft.hit.kind == "verb" and _attributive(view, token):  # an MWE anchor is a noun
        agents = [m for m in infos if m.prep in ("von", "vom", "durch") and m.last < token]
        actors = agents[-1:]
        recipients = [m for m in infos if m.first == token + 1]
    else:
        agents = [m for m in infos if m.prep in cues()["agent_prepositions"]]
        if clause.passive and view.lower[token] in trigger_lexicon().participles:
            actors = agents  # "von Moskau zurückgewiesen"; without one the actor is unknown
            recipients = list(clause.subject)
            draft.passive = True
            if not actors and (owners := _measure_owners(view, clause, infos)):
                actors, recipients = owners, []  # "die Sanktionen der EU werden aufgehoben"
        else:
            actors = list(clause.subject)
            subject_ids = {id(m) for m in actors}
            objects = [m for m in infos if m.prep is None and id(m) not in subject_ids]
            if not actors and clause.subject_pronoun is None and clause.finite is not None:
                # "Die G7-Staaten wollen ...": a bare mention before the finite verb is its subject
                actors = [m for m in objects if m.last < clause.finite]
                objects = [m for m in objects if m not in actors]
            recipients = objects + [m for m in infos if m.prep in preps and m.prep != "mit"]
    recipients += partners
    if draft.hit.entry.partners_are_actors:
        draft.joint = True
    draft.actors = _args(actors, ctx)
    draft.recipients = _args([r for r in recipients if r not in actors], ctx)
    body = [] if draft.hit.kind == "noun" or draft.passive else _vorfeld_body(view, clause, ctx)
    if body:
        draft.recipients = [*draft.actors, *draft.recipients]
        draft.actors = body
    owner_only = draft.hit.kind == "noun" and draft.type in OWNER_ONLY
    if not draft.actors and not owner_only and not draft.passive:
        _fallback_actors(draft, clause, ctx)
    elif draft.actors and not draft.recipients and draft.hit.kind != "noun":
        draft.recipients = _reciprocal_object(draft, clause, ctx)  # ``X rief beide Seiten auf``
    if draft.joint and draft.recipients and partners:
        partner_args = _args(partners, ctx)
        draft.actors += [a for a in partner_args if a not in draft.actors]
        draft.recipients = [r for r in draft.recipients if r not in partner_args]


def _measure_owners(
    view: SentenceView, clause: Clause, infos: list[MentionInfo]
) -> list[MentionInfo]:
    """Genitive owners of a measure noun (``die Sanktionen der EU``) in a passive clause
    without agent: who imposed the measure is who lifts, extends or tightens it."""
    nouns = trigger_lexicon().nouns
    for i in range(clause.start, clause.end):
        if any(e.type in OWNER_ACTS for e in nouns.get(view.lower[i], ())):
            owners, _ = _noun_owner(view, i, infos)
            if owners and _genitive_owner(view, i, owners):
                return owners
    return []


def _attributive(view: SentenceView, token: int) -> bool:
    """A participle used as an adjective (``die annektierte Halbinsel``): inflected, before a noun."""
    word = view.lower[token]
    nxt = view.tokens[token + 1].text if token + 1 < len(view.tokens) else ""
    if token == view.clauses[view.clause_of[token]].finite or not nxt[:1].isupper():
        return False
    article = any(w in ARTICLES for w in view.lower[max(0, token - 5) : token])
    return article and word.endswith(("te", "ten", "tem", "tes", "ter", "ene", "enen"))


def _body_anaphor(draft: Draft, clause: Clause, ctx: DocContext) -> list[Argument]:
    """``Die Allianz lehnt das ab``: a subject noun for an alliance (before or just after the
    finite verb, no genitive owner after it) is the alliance the article named last."""
    view = draft.view
    if clause.finite is None or clause.subject or clause.subject_pronoun is not None:
        return []
    anaphors = cues()["body_anaphors"]
    named = {(m.first, m.last) for m in view.mentions}
    for i in range(clause.start, min(clause.end, clause.finite + 3)):
        ids = anaphors.get(view.lower[i])
        if not ids or view.in_quote[i] or any(a <= i + 1 <= b for a, b in named):
            continue
        antecedent = _last_body(ctx, view, view.tokens[i].start, set(ids))
        if antecedent is not None:
            span = (view.tokens[i].start, view.tokens[i].end)
            return [dataclasses.replace(mention_argument(antecedent, ctx.kb), span=span)]
    return []


def _vorfeld_body(view: SentenceView, clause: Clause, ctx: DocContext) -> list[Argument]:
    """``Die Allianz lehnt die Forderungen Chinas ab``: an alliance noun before the finite
    verb, with no name there, is the subject (a name after the verb is then an object)."""
    if clause.finite is None or any(clause.start <= m.first < clause.finite for m in view.mentions):
        return []
    anaphors = cues()["body_anaphors"]
    for i in range(clause.start, clause.finite):
        if (ids := anaphors.get(view.lower[i])) and not view.in_quote[i]:
            antecedent = _last_body(ctx, view, view.tokens[i].start, set(ids))
            if antecedent is not None:
                span = (view.tokens[i].start, view.tokens[i].end)
                return [dataclasses.replace(mention_argument(antecedent, ctx.kb), span=span)]
    return []


def _last_body(ctx: DocContext, view: SentenceView, before: int, ids: set[str]) -> Mention | None:
    for earlier in reversed(ctx.views[: view.index + 1]):
        for info in sorted(earlier.mentions, key=lambda m: -m.mention.start):
            if info.mention.start < before and info.mention.entity_id in ids:
                return info.mention
    return None


def _fallback_actors(draft: Draft, clause: Clause, ctx: DocContext) -> None:
    view = draft.view
    draft.anaphoric = (
        draft.hit.kind == "noun" and draft.type == "CONSULT" and not view.mentions_in(draft.clause)
    )
    actors = _pronoun_subject(draft, clause, ctx) or _body_anaphor(draft, clause, ctx)
    # no own subject: a clause without a finite verb, or one whose finite verb opens it after
    # an apposition (``Der Chef X, Salim Idris, lehnte ... ab``) shares the earlier subject
    verb_first = draft.clause > 0 and clause.finite == clause.start and clause.kind == "main"
    shares_subject = clause.finite is None or clause.coordinated or verb_first
    if not actors and shares_subject and (others := _reciprocal_object(draft, clause, ctx)):
        # ``... und rief beide Seiten zur Ruhe auf``: the shared subject asks both sides
        actors = _args(_inherited_subject(draft), ctx) or _inherited_pronoun(draft, ctx)
        if actors:
            draft.recipients += others
    if not actors:
        span = _has_reciprocal(view, clause)
        if span:
            following = " ".join(view.lower[clause.start : clause.end])
            actors = reciprocal(
                view, ctx, span, persons=any(n in following for n in PERSON_GROUP_NOUNS)
            )
    if not actors and (shares_subject or clause.kind == "infinitive"):
        actors = _args(_inherited_subject(draft), ctx) or _inherited_pronoun(draft, ctx)
    if not actors and draft.hit.kind == "noun":
        actors = _args(_inherited_subject(draft), ctx) or _args(_later_subject(draft), ctx)
    possessive = any(w in POSSESSIVES for w in view.lower[clause.start : clause.end])
    if not actors and draft.type == "CONSULT" and draft.hit.kind == "noun" and possessive:
        # "Beim Treffen mit seinem Amtskollegen X": "sein" is the previous sentence's subject
        actors = ctx.last_subject(view.index - 1, person=True)[:1]
        draft.confidence -= 0.2
    if not actors and draft.type in OWNER_ONLY:
        actors = _adjective_actor(draft, ctx)
    if not actors and draft.hit.kind == "mwe":  # ``kündigte eine Antwort Moskaus an``
        owners, _ = _noun_owner(view, draft.hit.token, view.mentions_in(draft.clause))
        actors = _args(owners, ctx) if owners and owners[0].first > draft.hit.token else []
    draft.actors = actors


def _adjective_actor(draft: Draft, ctx: DocContext) -> list[Argument]:
    """``Eine russische Rakete traf ...``: without a named subject, the country adjective of
    the clause's bare noun phrase acts (force only: weapons and troops belong to a state)."""
    bare = [
        m
        for m in draft.view.mentions_in(draft.clause)
        if m.prep is None and m.mention.via in {"adjective", "modifier"} and m.mention.country
    ]
    return _args(bare[:1], ctx)


Recent = tuple[int, list[Argument], list[Argument], str]  # sentence, actors, recipients, type


def _condemned_deed(draft: Draft, recent: list[Recent]) -> list[Argument]:
    """``Die G7 verurteilten den Angriff``: a hostile deed named by a noun in the clause is the
    latest such event of the last three sentences; its actors are the accused."""
    view, clause = draft.view, draft.view.clauses[draft.clause]
    nouns = trigger_lexicon().nouns
    deeds = {
        e.type
        for w in view.lower[clause.start : clause.end]
        for e in nouns.get(w, ())
        if e.type in DEEDS
    }
    for sentence, actors, _, kind in reversed(recent):
        if kind in deeds and 0 < view.index - sentence <= 3:
            return actors
    return []


def _meeting_partner(countries: set[str | None], recent: list[Recent]) -> Argument | None:
    """The other party of the latest meeting that the actor's side took part in."""
    for _, actors, recipients, kind in reversed(recent):
        parties = [*actors, *recipients]
        if kind == "CONSULT" and countries & {p.country for p in parties}:
            others = [p for p in parties if p.country not in countries]
            if others:
                return others[0]
    return None


def _adjective_targets(draft: Draft, countries: set[str | None], ctx: DocContext) -> list[Argument]:
    """Countries named as adjectives in the clause (``russisches Gold``): what is sanctioned."""
    return [
        mention_argument(m.mention, ctx.kb)
        for m in draft.view.mentions_in(draft.clause)
        if m.mention.via == "adjective" and m.mention.country not in countries
    ][:1]


FORCE = {"MOBILIZE", "COERCE", "ASSAULT", "THREATEN"}
BORDER_NOUNS = {"grenze", "grenzen"}


def _border_country(draft: Draft, countries: set[str | None], ctx: DocContext) -> list[Argument]:
    """Force massed at a country's border is aimed at it (``an der ukrainischen Grenze``,
    ``an der Grenze zu X``)."""
    view = draft.view
    for m in view.mentions_in(draft.clause):
        if m.mention.country in countries or not m.mention.country:
            continue
        after = view.lower[m.last + 1] if m.last + 1 < len(view.lower) else ""
        before = view.lower[max(0, m.first - 2) : m.first]
        if (m.mention.via == "adjective" and after in BORDER_NOUNS) or (
            before and before[0] in BORDER_NOUNS and before[-1] in {"zu", "zur", "zum"}
        ):
            return [_argument(m, ctx)]
    return []


def fallback_recipients(draft: Draft, ctx: DocContext, recent: list[Recent]) -> None:
    """Recipients from the rest of the sentence, a recent event aimed at the actor, or the dyad."""
    if draft.recipients or draft.joint or not draft.actors:
        return
    if draft.repeats is not None:  # ``Y ebenfalls``: whom the repeated event was aimed at
        countries = {a.country for a in draft.actors}
        draft.recipients = [r for r in draft.repeats.recipients if r.country not in countries]
        if draft.recipients:
            return
    countries = {a.country for a in draft.actors if a.country}
    clause = draft.view.clauses[draft.clause]
    if set(draft.view.lower[clause.start : clause.end]) & set(cues()["counterpart_nouns"]):
        # "stellte sich hinter seinen Gast": the other side of the article or of a recent meeting
        other = ctx.counterpart(countries) or _meeting_partner(countries, recent)
        if other:
            draft.recipients = [other]
            return
    if draft.type == "SANCTION" and (goods := _adjective_targets(draft, countries, ctx)):
        draft.recipients = goods  # "den Import von russischem Gold verbieten"
        return
    if draft.type in FORCE and (border := _border_country(draft, countries, ctx)):
        draft.recipients = border  # "Truppen an der ukrainischen Grenze zusammengezogen"
        return
    if draft.type in {"ACCUSE", "PROTEST"} and (done := _condemned_deed(draft, recent)):
        draft.recipients = [a for a in done if a.country not in countries]
        if draft.recipients:
            return
    if draft.type in {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}:
        others = [
            mention_argument(m.mention, ctx.kb)
            for m in draft.view.mentions
            if m.clause != draft.clause
            and m.mention.country not in countries
            and (m.mention.start, m.mention.end) not in draft.repeated_by
            and m.prep not in ("laut", "mit")  # ``sagte er bei einem Treffen mit X``
            and m.prep not in cues()["locative_prepositions"]  # ``sagte im bulgarischen Warna``
            and not (m.prep and m.mention.via == "adjective")  # ``über syrischem Gebiet``
        ]
        if others:
            draft.recipients = others[:2]
            return
        for sentence, actors, recipients, _ in reversed(recent):
            if draft.view.index - sentence <= 3 and countries & {r.country for r in recipients}:
                draft.recipients = [a for a in actors if a.country not in countries][:2]
                if draft.recipients:
                    draft.confidence -= 0.1
                    return
    counter_types = {
        "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CONCEDE", "RETREAT"
    }  # fmt: skip
    meeting = draft.type == "CONSULT" and (draft.hit.kind == "noun" or _object_pronoun(draft))
    invitation = draft.type == "AGREE" and draft.mode == "meet"  # "lud ihn ein": the other side
    pledge = draft.type == "AGREE" and draft.mode == "promise"  # "sagte Sicherheitsgarantien zu"
    if draft.type in counter_types or meeting or invitation or pledge:
        other = ctx.counterpart(countries)
        if other:
            draft.recipients = [other]
            draft.confidence -= 0.2


def _object_pronoun(draft: Draft) -> bool:
    """``empfing ihn``: a meeting verb whose other side is only a pronoun."""
    clause = draft.view.clauses[draft.clause]
    words = set(draft.view.lower[clause.start : clause.end])
    return bool(words & set(cues()["object_pronouns"]))


def article_sides(draft: Draft, ctx: DocContext) -> bool:
    """``Nach dem Gipfel in Helsinki ...``: a meeting noun with no party named anywhere near it
    is the meeting of the article's two sides (their most mentioned persons). Such a draft
    only stands for the main meeting; ``choose_main`` drops it otherwise."""
    if draft.type != "CONSULT" or draft.hit.kind != "noun" or draft.actors:
        return False
    sides = ctx.side_arguments()
    if len(sides) < 2:
        return False
    draft.actors, draft.recipients = sides, []
    draft.anaphoric = draft.unnamed = True
    draft.confidence -= 0.2
    return True


def clean_arguments(draft: Draft) -> None:
    """No one receives their own event; a country does not receive what its own people do."""

    def key(a: Argument) -> str:
        return a.entity_id or a.name

    actor_keys = {key(a) for a in draft.actors}
    actor_countries = {a.country for a in draft.actors}
    seen: set[str] = set()
    actors = []
    for a in draft.actors:
        if key(a) not in seen:
            seen.add(key(a))
            actors.append(a)
    recipients = []
    for r in draft.recipients:
        if key(r) in actor_keys or key(r) in seen:
            continue
        if r.kind != "person" and r.country in actor_countries:
            continue
        seen.add(key(r))
        recipients.append(r)
    draft.actors, draft.recipients = actors, recipients
