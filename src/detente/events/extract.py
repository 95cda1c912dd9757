"""The event stage: triggers -> drafts per clause -> arguments -> attributes -> main event."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from detente.document import Argument, Document, Event
from detente.events.arguments import (
    ARTICLES,
    Draft,
    Recent,
    article_sides,
    assign_arguments,
    clean_arguments,
    fallback_recipients,
    reporting_speaker,
)
from detente.events.attributes import (
    aux_cues,
    category_base,
    choose_aux,
    event_contexts,
    event_date,
    location,
    occasion,
    past_tense,
    tone_of,
)
from detente.events.context import DocContext, country_argument, mention_argument
from detente.events.lexicon import TriggerEntry, cues, plover, score_of, trigger_lexicon
from detente.events.main_event import choose_main
from detente.events.structure import (
    Clause,
    MentionInfo,
    SentenceView,
    coordinated,
    is_filler,
    sentence_views,
)
from detente.events.triggers import TriggerHit, find_triggers

if TYPE_CHECKING:
    from detente.pipeline import Resources

PP_HEADS = {
    "vom",
    "beim",
    "bei",
    "nach",
    "vor",
    "während",
    "zu",
    "zum",
    "zur",
    "seit",
    "am",
    "im",
    "auf",
    "über",
    "trotz",
}
CONTENT_HEADS = {
    "zu",
    "zum",
    "zur",
    "auf",
    "vor",
    "über",
    "gegen",
    "für",
}  # aufrufen zu, warnen vor ...
COMPLEMENT_OWNERS = {"REQUEST", "ACCUSE"}
NOT_DENIED = {"REJECT", "CONCEDE", "RETREAT"}
PLACE_RECEIVES = {"CONSULT", "ASSAULT"}
PRESENT_ACTS = {
    "THREATEN"
}  # always about the future, made when said  # without a named recipient, the place's country receives


def _pp_head(view: SentenceView, token: int) -> str | None:
    i = token - 1
    while i >= 0 and is_filler(view.tokens[i].text):
        i -= 1
    return view.lower[i] if i >= 0 and view.lower[i] in PP_HEADS else None


def _is_complement(view: SentenceView, clause: int, hit: TriggerHit) -> bool:
    c = view.clauses[clause]
    if c.opener in {"dass", "daß", "ob"}:
        return True
    words = view.lower[c.start : c.end]
    zu = any(
        w == "zu" and k + 1 < len(words) and words[k + 1][:1].islower() for k, w in enumerate(words)
    )
    return zu or "zu" in view.lower[hit.token][2:-2]


def _drafts_for_clause(view: SentenceView, clause: int, hits: list[TriggerHit]) -> list[Draft]:
    light = [h for h in hits if h.entry.light]
    heavy = [h for h in hits if not h.entry.light]
    verbs = [h for h in heavy if h.kind in ("verb", "mwe")]
    nouns = [h for h in heavy if h.kind == "noun"]
    pp_nouns = [n for n in nouns if _pp_head(view, n.token)]
    if verbs:  # a noun after aufrufen zu / warnen vor is the content, not an event of its own
        nouns = [
            n for n in nouns if n not in pp_nouns or _pp_head(view, n.token) not in CONTENT_HEADS
        ]
        pp_nouns = [n for n in pp_nouns if n in nouns]
    chosen: list[TriggerHit] = []
    if verbs:
        chosen.append(max(verbs, key=lambda h: (h.entry.priority, -h.token)))
    elif len(pp_nouns) < len(nouns):
        chosen.append(
            max((n for n in nouns if n not in pp_nouns), key=lambda h: (h.entry.priority, -h.token))
        )
    chosen += [n for n in pp_nouns if not light or n is not pp_nouns[0] or verbs]
    if light and nouns and not verbs and pp_nouns and pp_nouns[0] not in chosen:
        chosen.append(pp_nouns[0])
    drafts = []
    for hit in chosen:
        draft = Draft(hit, view, clause, hit.entry.type, hit.entry.mode)
        draft.in_pp = hit in pp_nouns
        draft.evidence.append(hit.span)
        if hit.extra:
            draft.evidence.append(hit.extra)
        if hit.entry.aux:
            draft.aux_cues.add(hit.entry.aux)
        same_type_nouns = [n for n in nouns if n.entry.type == hit.entry.type and n is not hit]
        if hit.kind != "noun" and same_type_nouns:
            draft.mode = same_type_nouns[0].entry.mode
        for lv in light:
            draft.aux_cues |= {lv.entry.aux} if lv.entry.aux else set()
            draft.evidence.append(lv.span)
            if lv.entry.type == draft.type and lv.entry.mode:
                draft.mode = lv.entry.mode
        drafts.append(draft)
    return drafts


def _reported_demands(view: SentenceView, drafts: list[Draft], ctx: DocContext) -> list[Draft]:
    """``X solle ...`` after a speaker (or after a sentence naming someone's demands:
    ``Castro stellte zwei Forderungen.``): the speaker demands it of X (REQUEST). The
    demanded deed is no event of its own; a coordinated clause is a further demand."""
    modals = set(cues()["speech_reported_demand"])
    speaker = ctx.speakers.get(view.index - 1) or _demander(view.index - 1, ctx)
    if speaker is None or ctx.speakers.get(view.index) is not None:
        return drafts
    out, demanded, subject = [], set(), None
    for c, clause in enumerate(view.clauses):
        if clause.finite is not None and view.lower[clause.finite] in modals and clause.subject:
            subject, token = clause.subject, view.tokens[clause.finite]
        elif not (subject and clause.coordinated and clause.finite is None):
            subject = None if clause.finite is not None else subject
            continue
        if subject is None:
            continue
        entry = next(e for e, _ in trigger_lexicon().verbs["fordern"] if e.type == "REQUEST")
        hit = TriggerHit(
            entry,
            clause.finite if clause.finite is not None else clause.start,
            (token.start, token.end),
        )
        draft = Draft(hit, view, c, "REQUEST", "demand", confidence=0.45)
        draft.evidence.append(hit.span)
        draft.evidence += [d.hit.span for d in drafts if d.clause == c]
        draft.actors = [_arg(speaker, ctx)]
        draft.recipients = [_arg(m, ctx) for m in subject]
        out.append(draft)
        demanded.add(c)
    return [d for d in drafts if d.clause not in demanded] + out


def _subjectless_demands(
    view: SentenceView, drafts: list[Draft], earlier: list[Draft], ctx: DocContext
) -> list[Draft]:
    """``X betonte, weiter müsse Gas durch Y fließen``, ``Zudem müsse es eine Waffenruhe
    geben`` after a demand, ``Die Regierung von Y muss ..., wie X erklärte``: a demand modal
    in reported speech is the speaker's demand (REQUEST) on whom the clause names, else
    aimed like any other; the demanded deed is no event."""
    if any(d.type == "REQUEST" for d in drafts):
        return drafts
    said_here = ctx.speakers.get(view.index) is not None
    modals = set(cues()["speech_reported_demand"])
    if said_here:  # ``muss ..., wie X erklärte``: the indicative is reported too
        modals |= set(cues()["speech_stated_demand"])
    for c, clause in enumerate(view.clauses):
        if clause.finite is None or view.lower[clause.finite] not in modals:
            continue
        if clause.subject and not said_here:
            continue  # ``Y solle ...`` after a speaker: ``_reported_demands``
        pronoun = None if clause.subject_pronoun is None else view.lower[clause.subject_pronoun]
        speaker = _demand_speaker(view, c, earlier, ctx)
        if pronoun not in {None, "es", "man"} or not speaker:
            continue
        entry = next(e for e, _ in trigger_lexicon().verbs["fordern"] if e.type == "REQUEST")
        token = view.tokens[clause.finite]
        hit = TriggerHit(entry, clause.finite, (token.start, token.end))
        draft = Draft(hit, view, c, "REQUEST", "demand", confidence=0.4)
        draft.evidence.append(hit.span)
        draft.actors = speaker
        draft.recipients = [
            _arg(m, ctx)
            for m in view.mentions_in(c)
            if m.actor and m.prep in (None, "von") and _arg(m, ctx) not in speaker
        ]
        stated = view.lower[clause.finite] in cues()["speech_stated_demand"]
        if stated and (view.in_quote[clause.finite] or not draft.recipients):
            continue  # ``„Manchmal muss man gehen“``: a maxim, no demand on anyone
        return [d for d in drafts if d.clause != c] + [draft]
    return drafts


def _demand_speaker(
    view: SentenceView, clause: int, earlier: list[Draft], ctx: DocContext
) -> list[Argument]:
    """Who is reported: the sentence's speaker, the subject of the clause the demand depends
    on (``X machte deutlich, dass ... müsse``), else the previous sentence's speaker or the
    one who demanded something there (``Sie verlangte, dass ...``)."""
    speaker = ctx.speakers.get(view.index)
    if speaker is not None:  # ``wie X und Y erklärten``: both
        return [_arg(m, ctx) for m in coordinated(view, speaker)]
    governing = [c.subject[0] for c in view.clauses[:clause] if c.subject]
    if speaker is None and governing:
        speaker = governing[-1]
    if speaker is None:
        speaker = ctx.speakers.get(view.index - 1) or _demander(view.index - 1, ctx)
    if speaker is not None:
        return [_arg(speaker, ctx)]
    asked = [
        d for d in earlier if d.view.index == view.index - 1 and d.type == "REQUEST" and d.actors
    ]
    return list(asked[-1].actors) if asked else []


def _demander(index: int, ctx: DocContext) -> MentionInfo | None:
    """The subject of a sentence that names demands (``... für zwei Forderungen``)."""
    if index < 0:
        return None
    view = ctx.views[index]
    nouns = trigger_lexicon().nouns
    if not any(e.type == "REQUEST" for w in view.lower for e in nouns.get(w, ())):
        return None
    subjects = [c.subject[0] for c in view.clauses if c.subject]
    bare = [  # no finite verb known (``Castro nutzte ...``): the first bare actor
        m
        for m in view.mentions
        if m.prep is None and m.mention.as_actor and m.mention.via not in {"adjective", "modifier"}
    ]
    return (subjects or bare or [None])[0]


def _arg(info: MentionInfo, ctx: DocContext) -> Argument:
    return mention_argument(info.mention, ctx.kb)


def _commits(view: SentenceView, clause: int) -> bool:
    c = view.clauses[clause]
    return any(w in cues()["commitments"] for w in view.lower[c.start : c.end])


def _reported_subjunctive(view: SentenceView, clause: int, ctx: DocContext) -> bool:
    """``X erklärte, solche Praktiken wären ein Vertrauensbruch``: Konjunktiv II that only
    reports what a speaker said (no conditional word in the sentence)."""
    if ctx.speakers.get(view.index) is None:
        return False
    c = view.clauses[clause]
    words = set(view.lower[c.start : c.end])
    return bool(words & set(cues()["reported_subjunctive"])) and not (
        set(view.lower) & set(cues()["conditionals"])
    )


def _one_verdict(drafts: list[Draft]) -> list[Draft]:
    """``sei unbegründet und unfreundlich``: coordinated verdict words are one verdict."""
    seen: set[TriggerEntry] = set()
    out = []
    for d in drafts:
        if d.hit.entry.subject_is_target:
            if d.hit.entry in seen:
                continue
            seen.add(d.hit.entry)
        out.append(d)
    return out


def _sentence_drafts(view: SentenceView, ctx: DocContext) -> list[Draft]:
    by_clause: dict[int, list[TriggerHit]] = {}
    for hit in find_triggers(view):
        by_clause.setdefault(view.clause_of[hit.token], []).append(hit)
    drafts = [d for c, hits in sorted(by_clause.items()) for d in _drafts_for_clause(view, c, hits)]
    drafts = _one_verdict(drafts)
    owners = {d.clause for d in drafts if d.type in COMPLEMENT_OWNERS and d.hit.kind != "noun"}
    drafts = [
        d for d in drafts
        if not ({d.clause - 1, d.clause + 1} & owners and _is_complement(view, d.clause, d.hit))
    ]  # fmt: skip
    for d in drafts:  # a zu-infinitive inherits the modality of its governing clause
        if d.clause > 0 and _is_complement(view, d.clause, d.hit):
            d.aux_cues |= aux_cues(view, d.clause - 1) & {"negation", "hypothetical"}
            if _commits(view, d.clause - 1):  # ``sieht vor, dass beide Seiten abziehen``
                d.aux_cues.add("future")
    return drafts


def _copy_draft(
    model: Draft, view: SentenceView, clause: int, actors: list[MentionInfo], ctx: DocContext
) -> Draft:
    """The event of ``model`` done again by ``actors`` (gapping, following suit)."""
    copy = Draft(model.hit, view, clause, model.type, model.mode, confidence=model.confidence - 0.1)
    copy.aux_cues = set(model.aux_cues)
    copy.repeats = model
    copy.evidence = [*model.evidence, *((m.mention.start, m.mention.end) for m in actors)]
    copy.actors = [_arg(m, ctx) for m in actors]
    countries = {a.country for a in copy.actors}
    copy.recipients = [r for r in model.recipients if r.country not in countries]
    return copy


def _gapped_drafts(view: SentenceView, drafts: list[Draft], ctx: DocContext) -> list[Draft]:
    """``X weist vier Diplomaten aus, Y und Z ebenfalls je zwei``: a verbless clause with bare
    actors and a gapping cue repeats the verb event before it, with them as actors."""
    out = []
    gap = set(cues()["gapping_cues"])
    for c, clause in enumerate(view.clauses):
        if c == 0 or clause.finite is not None or clause.coordinated:
            continue
        if not gap & set(view.lower[clause.start : clause.end]):
            continue
        subjects = [m for m in view.mentions_in(c) if m.actor and m.prep is None]
        models = [d for d in drafts if d.clause < c and d.hit.kind != "noun" and d.actors]
        if not subjects or not models:
            continue
        spans = {(m.mention.start, m.mention.end) for m in subjects}
        for d in drafts:  # the gapped subjects are no recipients of the earlier event
            d.recipients = [r for r in d.recipients if r.span not in spans]
            d.repeated_by |= spans
        out += [_copy_draft(models[-1], view, c, [m], ctx) for m in subjects]  # each did it
    return out


def _follows_suit(view: SentenceView, clause: Clause) -> bool:
    """``Auch Kanada schloss sich an``, ``Der Senat folgte am Dienstag``: a short clause whose
    verb says that its subject did the same (no object of its own)."""
    if clause.finite is None or not clause.subject:
        return False
    words = view.lower[clause.start : clause.end]
    rest = view.lower[clause.finite + 1 : clause.end]
    if len([w for w in rest if w.isalnum()]) > 4 or set(rest) & ARTICLES:
        return False
    for phrase in cues()["follow_suit"]:
        first, *others = phrase.split()
        if view.lower[clause.finite] == first and all(w in words for w in others):
            return True
    return False


def _follow_suit_drafts(view: SentenceView, drafts: list[Draft], ctx: DocContext) -> list[Draft]:
    """A sentence without events of its own whose clause follows suit repeats the last event
    of the last two sentences with its subject as actor."""
    models = [d for d in drafts if 0 < view.index - d.view.index <= 2]
    if not models:
        return []
    model = models[-1]
    out = []
    for c, clause in enumerate(view.clauses):
        if _follows_suit(view, clause):
            fresh = [m for m in clause.subject if _arg(m, ctx) not in model.actors]
            out += [_copy_draft(model, view, c, [m], ctx) for m in fresh]
    return out


def _person_subject(view: SentenceView, c: int) -> MentionInfo | None:
    """A clause's person subject; without a known finite verb, its first bare person."""
    clause = view.clauses[c]
    bare = [m for m in view.mentions_in(c) if m.prep is None] if clause.finite is None else []
    first = (clause.subject or bare or [None])[0]
    return first if first is not None and first.mention.kind == "person" else None


def _earlier_person_subject(ctx: DocContext, view: SentenceView, clause: int) -> MentionInfo | None:
    """The nearest person subject before a clause: earlier clauses, then up to two sentences."""
    for c in range(clause - 1, -1, -1):
        if found := _person_subject(view, c):
            return found
    for earlier in reversed(ctx.views[max(0, view.index - 2) : view.index]):
        for c in range(len(earlier.clauses) - 1, -1, -1):
            if found := _person_subject(earlier, c):
                return found
    return None


def _pronoun_speakers(ctx: DocContext) -> None:
    """``..., sagte er``: a pronoun speaker is the last person subject before it."""
    speech = set(cues()["speech_verbs"])
    for view in ctx.views:
        if ctx.speakers.get(view.index) is not None:
            continue
        for c, clause in enumerate(view.clauses):
            i = clause.subject_pronoun
            if i is None or clause.finite is None or view.lower[i] not in {"er", "sie"}:
                continue
            if view.lower[clause.finite] in speech and not view.in_quote[i]:
                ctx.speakers[view.index] = _earlier_person_subject(ctx, view, c)
                break


def _quoted_speech_act(draft: Draft, ctx: DocContext) -> list[Argument]:
    """``X sei „ein Stoß in den Rücken“, sagte Y``: a speech-act noun in a verbless quoted
    phrase is the act of the quoted speaker, whoever the clause before names."""
    view, c = draft.view, draft.view.clauses[draft.clause]
    speaker = ctx.speakers.get(view.index)
    if draft.type not in cues()["speech_act_types"] or c.subject or c.finite is not None:
        return []
    if c.coordinated or view.lower[c.start] in {"und", "oder", "aber"}:
        return []  # ``„..., und den Unmut deutlich gemacht“``: shares the quote's subject
    if not view.in_quote[draft.hit.token] or speaker is None:
        return []
    return [_arg(speaker, ctx)]


def _speaker_judges_subject(draft: Draft, ctx: DocContext) -> bool:
    """``Y sei unberechenbar, sagte X``, ``„Y hat den Vertrag gebrochen“, sagte X``: the
    speaker accuses the judged subject. False when no speaker reports it (narration)."""
    view = draft.view
    speaker = ctx.speakers.get(view.index) or reporting_speaker(
        view, view.clauses[draft.clause], ctx
    )
    if speaker is None:
        return False
    accuser = _arg(speaker, ctx)
    judged = [a for a in draft.actors if a != accuser]
    draft.actors = [accuser]
    draft.recipients = [*judged, *(r for r in draft.recipients if r not in judged)]
    return True


def _quoted(draft: Draft) -> list[Argument]:
    """Recipients named inside the quote: ``..., sagte er bei einem Treffen mit Y`` is where
    the speaker said it, not whom the words are aimed at."""
    view = draft.view
    quoted = [(t.start, t.end) for t, q in zip(view.tokens, view.in_quote, strict=True) if q]
    return [r for r in draft.recipients if any(a <= r.span[0] < b for a, b in quoted)]


def _reported_speaker(draft: Draft, ctx: DocContext) -> list[Argument]:
    """``Das werde ernste Folgen haben.`` after ``..., sagte X``: a Konjunktiv I clause with
    no actor of its own reports what the speaker said, so a speech act is the speaker's."""
    view, c = draft.view, draft.view.clauses[draft.clause]
    if draft.type not in cues()["speech_act_types"] or c.subject:
        return []
    speaker = ctx.speakers.get(view.index)
    if c.finite is None:
        return []
    if view.lower[c.finite] not in cues()["reported_speech_finites"]:
        return []
    named = set(cues()["reported_speech_subjects"])
    if c.subject_pronoun is not None and view.lower[c.subject_pronoun] not in named:
        return []
    if speaker is not None:  # ``..., sagte X``
        return [_arg(speaker, ctx)]
    vorfeld = view.lower[c.start : c.finite]
    if vorfeld and vorfeld[-1] not in named and c.subject_pronoun is None:
        return []  # a sentence of its own reports only with ``Das``/``Es`` as subject
    speaker = ctx.speakers.get(view.index - 1)
    return [_arg(speaker, ctx)] if speaker is not None else []


def _finish(draft: Draft, doc: Document, ctx: DocContext) -> Event:
    view = draft.view
    draft.aux_cues |= aux_cues(view, draft.clause)
    requires = draft.hit.entry.requires
    if requires is not None and any(n in requires.pattern for n in (r"\bnicht\b", r"\bkein")):
        draft.aux_cues.discard("negation")  # ``nicht ausgeschlossen``: the trigger means it
    if "hypothetical" in draft.aux_cues and _reported_subjunctive(view, draft.clause, ctx):
        draft.aux_cues.discard("hypothetical")
    if draft.type in PRESENT_ACTS:  # ``werde antworten``: the threat is made now
        draft.aux_cues.discard("future")
    future = "future" in draft.aux_cues
    date, date_span = event_date(doc, view, draft.clause, draft.hit.span, future)
    past = past_tense(view, draft.clause, draft.hit.token, draft.hit.kind == "verb")
    aux = choose_aux(draft.aux_cues, date, doc, past)
    event_type, mode = draft.type, draft.mode
    place = location(view, draft.clause, ctx, event_type == "CONSULT", draft.hit.token)
    if place and not _place_in_relative(view, draft.clause, place):
        place = None  # ``X, mit dem Y verhandelt hatte, reist nach Z``: Z is X's destination
    actor_countries = {a.country for a in draft.actors}
    if (
        event_type in PLACE_RECEIVES
        and not draft.recipients
        and place
        and place.country
        and len(actor_countries) == 1
    ) and place.country not in actor_countries:
        # a visit to a country meets it; an attack in a country hits it
        draft.recipients = [country_argument(place.country, place.span, ctx.kb)]
        draft.recipients += _coordinated_places(view, place, actor_countries, ctx)
    if event_type == "CONSULT" and aux == "future":
        rule = plover()["future_meeting"]
        visit = mode == "visit"  # a trip to several places keeps them as recipients
        event_type, mode = rule["type"], rule["mode"]
        if len(draft.recipients) >= 2 and not visit:
            draft.actors += draft.recipients
            draft.recipients = []
    occ, occ_span = occasion(view, draft.clause)
    found = ctx.topics[view.index]
    topic_slugs = tuple(found)
    score = score_of(event_type, mode)
    hits = ctx.polarity[view.index]
    return Event(
        type=event_type,
        mode=mode,
        trigger=draft.hit.span,
        sentence=view.index,
        actors=tuple(draft.actors),
        recipients=tuple(draft.recipients),
        aux=aux,
        location=place,
        occasion=occ,
        occasion_span=occ_span,
        date=date,
        date_span=date_span,
        topics=topic_slugs,
        topic_spans=tuple(found.values()),
        contexts=event_contexts(event_type, mode, topic_slugs),
        score=score,
        tone=tone_of(category_base(event_type, score), hits),
        tone_spans=tuple(span for _, span in hits),
        confidence=round(max(0.1, min(0.95, draft.confidence)), 2),
        evidence=(*sorted(set(draft.evidence)), (view.start, view.end)),
    )


def _place_in_relative(view: SentenceView, clause: int, place: Argument) -> bool:
    """A prepositional relative clause keeps only places named inside it."""
    c = view.clauses[clause]
    if c.opener_prep is None or place.span is None:
        return True
    return view.tokens[c.start].start <= place.span[0] < view.tokens[c.end - 1].end


def _coordinated_places(
    view: SentenceView, place: Argument, skip: set[str | None], ctx: DocContext
) -> list[Argument]:
    """``nach Kiew und Moskau``: the countries of places coordinated with the event's place."""
    infos = sorted(view.mentions, key=lambda m: m.first)
    out: list[Argument] = []
    seen = {place.country, *skip}
    anchor = next((m for m in infos if (m.mention.start, m.mention.end) == place.span), None)
    for m in infos:
        if anchor is None or m.first <= anchor.last:
            continue
        if m.first != anchor.last + 2 or view.lower[anchor.last + 1] not in ("und", "sowie"):
            break
        if m.mention.kind in ("place", "country") and m.mention.country not in seen:
            out.append(
                country_argument(m.mention.country, (m.mention.start, m.mention.end), ctx.kb)
            )
            seen.add(m.mention.country)
        anchor = m
    return out


def _denial(event: Event, ctx: DocContext) -> Event | None:
    """``Russland habe die Ukraine nicht angegriffen, sagte Lawrow``: a speaker who says that
    his side did not do something hostile denies it (REJECT, the speaker acts)."""
    speaker = ctx.speakers.get(event.sentence)
    if event.aux != "negation" or speaker is None or event.type in NOT_DENIED:
        return None
    if score_of(event.type, event.mode) >= 0:
        return None
    who = mention_argument(speaker.mention, ctx.kb)
    if who.country is None or who.country not in {a.country for a in event.actors}:
        return None
    score = score_of("REJECT", "deny")
    return dataclasses.replace(
        event,
        type="REJECT",
        mode="deny",
        actors=(who,),
        recipients=tuple(r for r in event.recipients if r.country != who.country),
        aux=None,
        score=score,
        tone=category_base("REJECT", score),
        contexts=event_contexts("REJECT", "deny", event.topics),
        evidence=tuple(sorted({*event.evidence, who.span})),
    )


CONDITIONAL = re.compile(r"\b(sollte|sollten|falls|wenn|im Falle)\b", re.IGNORECASE)


def _conditional_threat(event: Event, ctx: DocContext) -> Event | None:
    """``Sollte Russland einmarschieren, werde X ..., kündigte Biden an``: a speaker who names
    the consequences of another side's hostile act if it happens threatens that side."""
    speaker = ctx.speakers.get(event.sentence)
    if event.aux != "hypothetical" or speaker is None or event.score >= 0 or not event.actors:
        return None
    view = ctx.views[event.sentence]
    if not CONDITIONAL.search(ctx.doc.body[view.start : event.trigger[0]]):
        return None
    who = mention_argument(speaker.mention, ctx.kb)
    targets = tuple(a for a in event.actors if a.country != who.country)
    if who.country is None or not targets:
        return None
    score = score_of("THREATEN", "other")
    return dataclasses.replace(
        event,
        type="THREATEN",
        mode="other",
        actors=(who,),
        recipients=targets,
        aux=None,
        score=score,
        tone=category_base("THREATEN", score),
        contexts=event_contexts("THREATEN", "other", event.topics),
        evidence=tuple(sorted({*event.evidence, who.span})),
    )


def _remember_subjects(view: SentenceView, ctx: DocContext, drafts: list[Draft]) -> None:
    """Subjects for later pronouns: mention subjects, then the resolved actors of events."""
    for clause in view.clauses:
        if clause.subject and clause.kind in ("main", "infinitive"):  # not ``dass X ...``
            subject = [mention_argument(m.mention, ctx.kb) for m in clause.subject]
            ctx.history.append((view.index, subject))
    for draft in drafts:
        if draft.actors and draft.hit.kind != "noun":
            ctx.history.append((view.index, list(draft.actors)))


def extract_events(doc: Document, resources: Resources) -> Document:
    """PLOVER events of one document, each with evidence spans; exactly one is ``main``
    when any event is found. Pure: reads only the document, the KB and package data."""
    if not doc.sentences or not doc.tokens:
        return doc.with_(events=())
    kb = resources.kb if resources is not None else None
    views = sentence_views(doc)
    ctx = DocContext(doc, kb, views)
    _pronoun_speakers(ctx)
    drafts: list[Draft] = []
    recent: list[Recent] = []
    for view in views:
        sentence_drafts = _sentence_drafts(view, ctx)
        unsaid: list[Draft] = []  # verdicts nobody is reported to have given
        for draft in sentence_drafts:
            assign_arguments(draft, ctx)
            if quoted := _quoted_speech_act(draft, ctx):
                draft.actors = quoted
                draft.recipients = [r for r in _quoted(draft) if r not in quoted]
            elif not draft.actors:
                draft.actors = _reported_speaker(draft, ctx)
            if draft.hit.entry.subject_is_target and not _speaker_judges_subject(draft, ctx):
                unsaid.append(draft)
        sentence_drafts = [d for d in sentence_drafts if d not in unsaid]
        sentence_drafts += _gapped_drafts(view, sentence_drafts, ctx)
        if not sentence_drafts:
            sentence_drafts = _follow_suit_drafts(view, drafts, ctx)
        sentence_drafts = _reported_demands(view, sentence_drafts, ctx)
        sentence_drafts = _subjectless_demands(view, sentence_drafts, drafts, ctx)
        for draft in sentence_drafts:
            clean_arguments(draft)  # first: a recipient of the actor's own side is no recipient
            fallback_recipients(draft, ctx, recent)
            clean_arguments(draft)
            if draft.actors:
                drafts.append(draft)
                recent.append((view.index, draft.actors, draft.recipients, draft.type))
            elif article_sides(draft, ctx):
                drafts.append(draft)
        _remember_subjects(view, ctx, sentence_drafts)
    events: list[Event] = []
    anaphoric: set[int] = set()
    unnamed: set[int] = set()
    for draft in drafts:  # a reading derived from an event (denial, threat) follows it
        if draft.anaphoric:
            anaphoric.add(len(events))
        if draft.unnamed:
            unnamed.add(len(events))
        event = _finish(draft, doc, ctx)
        events.append(event)
        events += [e for e in (_denial(event, ctx), _conditional_threat(event, ctx)) if e]
    return doc.with_(events=tuple(choose_main(events, doc, ctx, anaphoric, unnamed)))
