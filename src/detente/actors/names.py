"""Names, surnames, countries, organisations, places, adjectives, prefixes and metonyms in context."""

from __future__ import annotations

import dataclasses
from difflib import SequenceMatcher

from detente.actors.context import (
    NAME_TOKEN,
    Context,
    Match,
    after_first_name,
    before_place_noun,
    choose_person,
    compound_head,
    entity_mention,
    first_name_not_place,
    is_genitive,
    is_locative,
    mention,
    person_ids,
    prominent,
    strip_genitive,
    unnamed_if_place,
)
from detente.actors.index import Key
from detente.document import Mention
from detente.kb.model import Entity
from detente.language.pos import is_common_word, looks_like_name


def read_names(ctx: Context) -> None:
    for i, match in enumerate(ctx.matches):
        if i in ctx.consumed:
            continue
        mention = _read_match(ctx, match)
        if mention is not None:
            ctx.consumed.add(i)
            ctx.add(mention)
            group = _member_group(ctx, match, mention)
            if group is not None:
                ctx.add(group)


def _member_group(ctx: Context, match: Match, mention: Mention) -> Mention | None:
    """``die G7-Staaten``, ``die EU-Länder``: the members of a body act on its side."""
    head = compound_head(ctx, match)
    if head not in ctx.lex.group_nouns or not mention.country:
        return None
    if mention.kind not in ("organisation", "country"):
        return None
    end = ctx.tokens[match.last_token].end
    return Mention(
        match.start, end, ctx.text[match.start : end], "group", country=mention.country, via="name"
    )


def _read_match(ctx: Context, match: Match) -> Mention | None:
    head = compound_head(ctx, match)
    if match.surface in ctx.lex.blocked_aliases and head is None:
        return None
    if match.key("name") and not match.key("role") and _generated_common_word(ctx, match):
        return None
    person = _read_person(ctx, match)
    if person is not None:
        return _as_modifier(ctx, person, head)
    for type_ in ("name", "metonym", "adjective", "prefix"):
        key = match.key(type_)
        if key is None:
            continue
        mention = READERS[type_](ctx, match, key)
        if mention is not None:
            return _as_modifier(ctx, mention, head)
    return None


def _as_modifier(ctx: Context, mention: Mention, head: str | None) -> Mention:
    """``Ukraine-Konflikt``: the entity modifies a noun; ``US-Regierung`` stays an actor."""
    if head is not None:  # a preposition before a compound governs its head, not the prefix
        mention = dataclasses.replace(mention, as_actor=True)
    if head is None or head in ctx.lex.government_nouns or head[:1].islower():
        return mention
    return unnamed_if_place(dataclasses.replace(mention, via="modifier", as_actor=True))


def _read_person(ctx: Context, match: Match) -> Mention | None:
    full = person_ids(match.key("name"), ctx)
    if full:
        chosen = choose_person(ctx, full, tie_ok=True)
        if chosen is None:
            return None
        entity = ctx.entity(chosen)
        assert entity is not None
        return entity_mention(ctx, match, entity, via="name")
    surname_ids = person_ids(match.key("surname"), ctx)
    if not surname_ids:
        return None
    antecedent = [i for i in surname_ids if i in ctx.full_names]
    if antecedent:
        chosen = choose_person(ctx, antecedent)
        entity = ctx.entity(chosen) if chosen else None
        return entity_mention(ctx, match, entity, via="coref") if entity else None
    other_readings = any(k.type != "surname" for k in match.keys)
    surname = (
        match.surface if match.surface in ctx.index.surnames else strip_genitive(match.surface)
    )
    if other_readings or surname in ctx.lex.ambiguous_aliases or is_common_word(surname):
        return None  # "Frieden", "Kurz": only after a full name or a role noun
    if surname in ctx.lex.first_names:
        return None  # "Richard", "Abdullah": a first name as often as a surname
    if ctx.word(match.token - 1).lower() in ctx.lex.articles and not compound_head(ctx, match):
        return None  # "der Herzog", "an der Saar": a name takes no article
    if _inside_longer_name(ctx, match, surname_ids):
        return None  # "Kim Kulig", "Eurico Guterres", "Trump Tower": someone or something else
    local = [i for i in surname_ids if (e := ctx.entity(i)) and e.country in ctx.countries]
    if not local:
        return _prominent_surname(ctx, match, surname, surname_ids)
    chosen = choose_person(ctx, local)
    if chosen is None:
        # namesakes (Kim, Bush): the date stage may tell them apart
        return mention(match, "person", via="alias", confidence=0.5)
    entity = ctx.entity(chosen)
    assert entity is not None
    return entity_mention(ctx, match, entity, via="alias", confidence=0.9)


def _inside_longer_name(ctx: Context, match: Match, ids: list[str]) -> bool:
    """``Rick Perry``, ``Kim Kulig``, ``Trump Tower``: a name-like word before the surname that
    is no spelling of the person's first name (``Giorgos`` for George passes), or one after it
    (a genitive is followed by its noun: ``Trumps Angriffsbefehl``)."""
    before = match.token - 1
    if _unclaimed_name(ctx, before, match.token):
        firsts = {f for i in ids if (e := ctx.entity(i)) for f in first_names_of(e)}
        word = ctx.word(before)
        if not any(SequenceMatcher(None, word, f).ratio() >= 0.5 for f in firsts):
            return True
    genitive = match.surface not in ctx.index.surnames
    return not genitive and _unclaimed_name(ctx, match.last_token + 1, match.token)


def _unclaimed_name(ctx: Context, i: int, token: int) -> bool:
    word = ctx.word(i)
    return (
        ctx.same_sentence(i, token)
        and bool(NAME_TOKEN.fullmatch(word))
        and ctx.match_at_token(i) is None
        and looks_like_name(word)
    )


def first_names_of(entity: Entity) -> set[str]:
    names = {entity.name, *(n for ns in entity.names.values() for n in ns)}
    return {n.split()[0] for n in names if " " in n}


def _prominent_surname(
    ctx: Context, match: Match, surname: str, surname_ids: list[str]
) -> Mention | None:
    """``Das Treffen von Trump mit Kim``: the bare surname of a head of state or government
    (``data/prominence.json``) needs no country in the text; ``resolve_roles`` keeps it only
    when the person held that office on the document date."""
    ids = [i for i in surname_ids if (e := ctx.entity(i)) and prominent(e, ctx.lex)]
    if not ids or not _political_context(ctx) or not _bare_name_use(ctx, match, surname):
        return None  # "Pompeo gewann das Tennisturnier", "der Herzog", "an der Saar"
    chosen = choose_person(ctx, ids) if len(ids) == 1 else None
    entity = ctx.entity(chosen) if chosen else None
    if entity is None:  # namesakes (Kim Jong-un, Kim Jong-il): the date decides
        return mention(match, "person", via="alias", confidence=0.5)
    return entity_mention(ctx, match, entity, via="alias", confidence=0.7)


def _political_context(ctx: Context) -> bool:
    """A country, a place of a country, a full name or a role noun anywhere in the text."""
    return bool(ctx.countries) or any(m.key("role") for m in ctx.matches)


def _bare_name_use(ctx: Context, match: Match, surname: str) -> bool:
    """Not too common a surname (``Smith``) and not beside ``&`` (``Johnson & Johnson``)."""
    before, after = ctx.word(match.token - 1), ctx.word(match.last_token + 1)
    return surname not in ctx.lex.prominent_not_bare and "&" not in (before, after)


def _generated_common_word(ctx: Context, match: Match) -> bool:
    """``Maus`` is no genitive of the town Mau: inflections we generated must not be words."""
    if ctx.index.kb.lookup(match.surface) or match.surface in ctx.index.context_only:
        return False  # a name or alias written in the KB, not one we generated
    return is_common_word(match.surface)


def _read_name(ctx: Context, match: Match, key: Key) -> Mention | None:
    entities = [
        e
        for i in key.ids
        if (e := ctx.entity(i)) is not None and e.kind != "person" and _in_context(ctx, match, e)
    ]
    if not entities:
        return None
    order = {"country": 0, "organisation": 1, "summit_series": 1, "place": 2}
    entities.sort(
        key=lambda e: (
            order.get(e.kind, 3),
            e.id not in ctx.index.capital_of,
            "type" not in e.extra,  # a curated place or site outranks a GeoNames namesake
            e.country not in ctx.countries,  # namesake bodies: the one of a country in the text
            -(e.population or 0),
        )
    )
    entity = entities[0]
    if entity.kind == "place":
        return _read_place(ctx, match, entity)
    if match.surface in ctx.lex.ambiguous_aliases:
        return None
    if entity.kind == "country":
        place_modifier = is_genitive(ctx, match) and before_place_noun(ctx, match)
        locative = place_modifier or is_locative(ctx, match)
        return entity_mention(ctx, match, entity, as_actor=not locative)
    return entity_mention(ctx, match, entity)


def _in_context(ctx: Context, match: Match, entity: Entity) -> bool:
    """A context-only alias (``Kongress``) names its entity only where the entity's country
    is one the article is about."""
    if entity.id not in ctx.index.context_only.get(match.surface, ()):
        return True
    if ctx.word(match.last_token + 1) in ("der", "des"):
        return False  # "Kongress der Ärzte": some other congress
    j = ctx.match_at_token(match.token - 1)
    before = ctx.matches[j] if j is not None else None
    key = before and (before.key("adjective") or before.key("demonym"))
    if key and entity.country not in key.ids:
        return False  # "der Schweizer Bundesrat", "der kubanische Kongress"
    return ctx.is_main_country(entity.country)


def _place_use(ctx: Context, match: Match) -> bool:
    """``in Essen``, ``im westfälischen Essen``; not ``beim Essen``: a town takes no article,
    so a word that is also a noun is a place only without one right before it."""
    before = ctx.word(match.token - 1).lower()
    return before not in ctx.lex.articles and before not in ctx.lex.fused_articles


def _read_place(ctx: Context, match: Match, place: Entity) -> Mention | None:
    locative = is_locative(ctx, match)
    seat_of = _seat_of(place)
    if seat_of and not (locative or _after_source_preposition(ctx, match)):
        return _country_metonym(ctx, match, seat_of)  # "Der Kreml sprach": the government
    if not locative and (first_name_not_place(ctx, match) or after_first_name(ctx, match)):
        return None
    country = ctx.index.capital_of.get(place.id) or seat_of  # capitals and seats: metonyms
    if country is None:
        base = strip_genitive(match.surface)
        ambiguous = (
            bool(place.extra.get("ambiguous"))
            or base in ctx.lex.ambiguous_aliases
            or match.surface in ctx.lex.ambiguous_aliases
        )
        if ambiguous and not (locative and _place_use(ctx, match)):
            return None
        return entity_mention(ctx, match, place, as_actor=False)
    return entity_mention(ctx, match, place, country=country, via="metonym", as_actor=not locative)


def _after_source_preposition(ctx: Context, match: Match) -> bool:
    """``aus dem Weißen Haus hieß es``: the seat is named as the place words came from."""
    i = match.token - 1
    while ctx.word(i).lower() in ctx.lex.articles:
        i -= 1
    return ctx.same_sentence(i, match.token) and ctx.word(i).lower() in ctx.lex.source_prepositions


def _seat_of(place: Entity) -> str | None:
    """The country a seat of government stands for (``Weißes Haus``, ``Kanzleramt``)."""
    seat_of = place.extra.get("seat_of")
    return seat_of if isinstance(seat_of, str) else None


def _read_metonym(ctx: Context, match: Match, key: Key) -> Mention | None:
    country = key.ids[0]
    if key.place and (place := ctx.entity(key.place)) is not None:
        locative = is_locative(ctx, match)
        if not (_seat_of(place) and not locative):  # a seat named as actor: the country
            return entity_mention(
                ctx, match, place, country=country, via="metonym", as_actor=not locative
            )
    return _country_metonym(ctx, match, country)


def _country_metonym(ctx: Context, match: Match, country: str) -> Mention:
    """``Washington``, ``der Kreml`` standing for a country's government."""
    entity = ctx.entity(country)
    return mention(
        match,
        "country",
        entity_id=country,
        name=entity.name if entity else None,
        country=country,
        via="metonym",
        as_actor=not is_locative(ctx, match),
    )


def _read_adjective(ctx: Context, match: Match, key: Key) -> Mention | None:
    country = key.ids[0]
    entity = ctx.entity(country)
    name = entity.name if entity else None
    following = ctx.word(match.last_token + 1)
    capital = ctx.index.capital.get(country)
    if following in ctx.lex.capital_nouns and capital and (place := ctx.entity(capital)):
        # "in der russischen Hauptstadt" names Moscow
        end = ctx.tokens[match.last_token + 1].end
        span = Match(
            match.start,
            end,
            ctx.text[match.start : end],
            match.keys,
            match.token,
            match.last_token + 1,
        )
        return entity_mention(
            ctx, span, place, country=country, via="metonym", as_actor=not is_locative(ctx, span)
        )
    j = ctx.match_at_token(match.last_token + 1)
    modifies_place = j is not None and any(
        (e := ctx.entity(i)) is not None and e.kind == "place"
        for k in ctx.matches[j].keys
        for i in k.ids
        if k.type == "name"
    )
    if modifies_place:  # "im türkischen Antalya"
        return mention(match, "country", entity_id=country, country=country, via="modifier")
    return mention(match, "country", entity_id=country, name=name, country=country, via="adjective")


def _read_prefix(ctx: Context, match: Match, key: Key) -> Mention | None:
    if compound_head(ctx, match) is None:
        return None
    entity = ctx.entity(key.ids[0])
    if entity is None:
        return None
    return entity_mention(ctx, match, entity, via="modifier")


READERS = {
    "name": _read_name,
    "metonym": _read_metonym,
    "adjective": _read_adjective,
    "prefix": _read_prefix,
}
