"""Role phrases: ``der russische Außenminister``, ``US-Außenminister John Kerry``, ``Nato-Generalsekretär``."""

from __future__ import annotations

from dataclasses import dataclass

from detente.actors.context import (
    APPOSITION_ROLES,
    Context,
    Match,
    choose_person,
    country_of_key,
    entity_mention,
    first_name_not_place,
    holds,
    is_country_or_body,
    is_genitive,
    mention,
    modifier_key,
    name_tokens,
    person_ids,
    town_only,
    unnamed_if_place,
)
from detente.actors.lexicon import RoleWord
from detente.document import Mention
from detente.language.pos import looks_like_name

RELATIVE_ROLES = ("counterpart", "host", "guest")  # roles that say who someone is to another


@dataclass
class RolePhrase:
    start: int
    role: RoleWord
    country: str | None
    possessive: bool
    plural: bool
    modifier: int | None  # match index of the country/body modifier
    next_token: int  # where a name may start
    complement: bool = False  # a genitive complement followed ("Generalsekretär der Nato")
    complement_match: int | None = None  # its match index


def _truncated_conjunct(ctx: Context, t: int) -> int:
    """``Staats- und Regierungschefs``: the first token of the phrase ending in token ``t``."""
    if (
        ctx.word(t - 1) in ("und", "oder", "sowie")
        and ctx.word(t - 2) == "-"
        and ctx.word(t - 3)[:1].isupper()
        and ctx.same_sentence(t - 3, t)
    ):
        return t - 3
    return t


def _left_modifier(ctx: Context, i: int, first_token: int) -> int | None:
    role = ctx.matches[i]
    if i == 0:
        return None
    prev = ctx.matches[i - 1]
    key = modifier_key(prev)
    if key is None or not is_country_or_body(ctx, key):
        return None
    same_compound = prev.end == role.start - 1 and ctx.text[prev.end] == "-"
    token = ctx.tokens[prev.last_token]
    whole_token_before = (
        prev.last_token == first_token - 1
        and prev.start == ctx.tokens[prev.token].start
        and prev.end == token.end
        and ctx.same_sentence(prev.token, first_token)
        # "der russische Präsident", "Russlands Präsident"; not "im Weißen Haus Präsident Biden"
        and (key.type == "adjective" or is_genitive(ctx, prev))
    )
    return i - 1 if same_compound or whole_token_before else None


def _is_plural(ctx: Context, role: RoleWord, surface: str, det_token: int) -> bool:
    det = ctx.word(det_token)
    if role.plural_form:
        return True
    if not ctx.same_sentence(det_token, det_token + 1):
        return False
    lower = det.lower()
    if lower == "die" and not role.feminine:
        return True
    if lower in ctx.lex.plural_determiners - {"die", "ihre"}:
        return True
    if det == "der" and not role.feminine and not surface.endswith("s"):
        before = ctx.word(det_token - 1)
        # "Treffen der Nato-Außenminister": genitive, so plural for masculine nouns ("Der"
        # opens a sentence: a subject)
        return bool(before[:1].isupper()) and ctx.same_sentence(det_token - 1, det_token)
    return False


def _right_complement(ctx: Context, i: int) -> tuple[str | None, int, int | None]:
    """``Präsident Russlands`` / ``Generalsekretär der Nato``: (country, next token, match)."""
    role = ctx.matches[i]
    t = role.last_token + 1
    if ctx.word(t) in ("der", "des"):
        t += 1
    j = ctx.match_at_token(t)
    if j is None or j in ctx.consumed:
        return None, role.last_token + 1, None
    match = ctx.matches[j]
    key = match.key("name")
    if key is None or not is_country_or_body(ctx, key):
        return None, role.last_token + 1, None
    if t == role.last_token + 1 and not is_genitive(ctx, match):
        return None, role.last_token + 1, None
    return country_of_key(ctx, key), match.last_token + 1, j


def _read_role(ctx: Context, i: int) -> RolePhrase | None:
    match = ctx.matches[i]
    key = match.key("role")
    assert key is not None and key.role is not None
    role = key.role
    first_token = _truncated_conjunct(ctx, match.token)
    modifier = _left_modifier(ctx, i, first_token)
    start_token = ctx.matches[modifier].token if modifier is not None else first_token
    det = start_token - 1
    country = None
    if modifier is not None:
        mod_key = modifier_key(ctx.matches[modifier])
        country = country_of_key(ctx, mod_key) if mod_key else None
    next_token = match.last_token + 1
    complement = False
    right = None
    if country is None and role.role not in ("host", "guest"):  # "Gast des Kongresses"
        right_country, after, right = _right_complement(ctx, i)
        if right is not None:
            country, next_token, complement = right_country, after, True
            ctx.consumed.add(right)
            ctx.add(_modifier_mention(ctx, ctx.matches[right]))
    country = country or role.country  # Kremlchef, Kanzlerin: a default country
    if modifier is not None:
        start = ctx.matches[modifier].start
    else:
        start = ctx.tokens[first_token].start if first_token < match.token else match.start
    return RolePhrase(
        start=start,
        role=role,
        country=country,
        possessive=ctx.word(det).lower() in ctx.lex.possessives,
        plural=_is_plural(ctx, role, match.surface, det),
        modifier=modifier,
        next_token=next_token,
        complement=complement,
        complement_match=right,
    )


def _modifier_mention(ctx: Context, match: Match) -> Mention:
    key = modifier_key(match)
    assert key is not None
    entity = ctx.entity(key.ids[0])
    if entity is not None and key.type == "name" and is_genitive(ctx, match):
        return entity_mention(ctx, match, entity, via="modifier")  # "Japans Premier": a noun
    if entity is not None and key.type in ("name", "prefix"):
        return unnamed_if_place(entity_mention(ctx, match, entity, via="modifier"))
    return mention(match, "country", entity_id=key.ids[0], country=key.ids[0], via="modifier")


def _name_after(ctx: Context, phrase: RolePhrase) -> tuple[int, int, str | None, str] | None:
    """(start, end, entity id, via) of a name right after a role phrase."""
    t = phrase.next_token
    if ctx.word(t) == "," and (phrase.complement or phrase.role.role in APPOSITION_ROLES):
        # "Der Leiter der Delegation, Mirza Asif Baig, sagte": only a closed apposition
        name = _name_at(ctx, t + 1, phrase)
        return name if name is not None and _apposition_closes(ctx, name[1]) else None
    return _name_at(ctx, t, phrase)


def _apposition_closes(ctx: Context, end: int) -> bool:
    after = ctx.token_at(end - 1)
    return ctx.word(after + 1) in (",", "(", "") or not ctx.same_sentence(after, after + 1)


def _name_at(ctx: Context, t: int, phrase: RolePhrase) -> tuple[int, int, str | None, str] | None:
    if not ctx.same_sentence(t, t - 1):
        return None
    j = ctx.match_at_token(t)
    if j is not None and j not in ctx.consumed:
        match = ctx.matches[j]
        ids = person_ids(match.key("name"), ctx) or person_ids(match.key("surname"), ctx)
        if ids:
            ctx.consumed.add(j)
            chosen = choose_person(ctx, ids, phrase.role.role, phrase.country, tie_ok=True)
            return match.start, match.end, chosen, "name"
        if not (first_name_not_place(ctx, match) or town_only(ctx, match)):
            return None
        ctx.consumed.add(j)
    return _unknown_name(ctx, t, phrase)


def _unknown_name(
    ctx: Context, t: int, phrase: RolePhrase
) -> tuple[int, int, str | None, str] | None:
    words = name_tokens(ctx, t, first_may_match=True)
    if not words:
        return None
    first = ctx.word(t)
    start, end = ctx.tokens[t].start, ctx.tokens[t + len(words) - 1].end
    if phrase.role.role and first in ctx.index.first_names:
        holders = [
            i
            for i in ctx.index.first_names[first]
            if (e := ctx.entity(i)) is not None and holds(e, phrase.role.role, phrase.country)
        ]
        if len(holders) == 1:  # "First Lady Melania"
            return start, ctx.tokens[t].end, holders[0], "name"
    known_first = first in ctx.lex.first_names
    if (known_first and len(words) >= 2) or all(looks_like_name(w) for w in words):
        for k in range(t + 1, t + len(words)):  # "Mike Johnson": the surname is his, not Boris's
            if (j := ctx.match_at_token(k)) is not None:
                ctx.consumed.add(j)
        return start, end, None, "ne"
    return None


def read_role_phrases(ctx: Context) -> None:
    for i, match in enumerate(ctx.matches):
        if i in ctx.consumed or match.key("role") is None or match.key("name"):
            continue
        ctx.consumed.add(i)
        phrase = _read_role(ctx, i)
        if phrase is None:
            continue
        if phrase.modifier is not None:
            ctx.consumed.add(phrase.modifier)
            ctx.add(_modifier_mention(ctx, ctx.matches[phrase.modifier]))
        _add_role_person(ctx, i, phrase)


def _determined(ctx: Context, match: Match, phrase: RolePhrase) -> bool:
    """A role noun alone names a person only with an article, possessive or country
    (``der Minister``, ``seinem Kollegen``, ``US-Präsident``), not bare (``Sonderbeauftragte einsetzen``)."""
    if phrase.modifier is not None or phrase.role.country or phrase.country:
        return True
    if ctx.word(match.last_token + 1) in ("des", "der"):
        return False  # "der Sprecher des Ministeriums": someone new, not a known office holder
    det = ctx.word(match.token - 1).lower()
    return det in ctx.lex.articles or det in ctx.lex.possessives


def _add_role_person(ctx: Context, i: int, phrase: RolePhrase) -> None:
    match = ctx.matches[i]
    role = phrase.role.role
    mention_role = role if role not in (None, *RELATIVE_ROLES, "minister") else None
    name = _name_after(ctx, phrase)
    if name is not None:
        start, end, entity_id, via = name
        entity = ctx.entity(entity_id) if entity_id else None
        country = phrase.country or (entity.country if entity else None)
        ctx.add(
            Mention(
                phrase.start,
                end,
                ctx.text[phrase.start : end],
                "person",
                entity_id=entity_id,
                name=entity.name if entity else ctx.text[start:end],
                country=country,
                role=mention_role,
                via=via,
                confidence=1.0 if entity else 0.7,
                head=(start, end),
            )
        )
        return
    coordinated = phrase.plural and role is not None and phrase.complement_match is not None
    if coordinated and _add_coordinated(ctx, match, phrase):
        return
    if phrase.plural and role is not None and _names_one_side(ctx, phrase):
        _add_group(ctx, match, phrase)
        return
    if phrase.plural or role is None or not _determined(ctx, match, phrase):
        return
    ctx.add(
        Mention(
            phrase.start,
            match.end,
            ctx.text[phrase.start : match.end],
            "person",
            country=phrase.country,
            role=role,
            via="role",
            confidence=0.6,
        )
    )


def _names_one_side(ctx: Context, phrase: RolePhrase) -> bool:
    """A country or body named in the phrase (``EU-``, ``der G7``), not a list of them
    (``die Außenminister der USA, Frankreichs und Chinas``)."""
    if phrase.country is None or (phrase.modifier is None and phrase.complement_match is None):
        return False
    if phrase.complement_match is None:
        return True
    after = ctx.word(ctx.matches[phrase.complement_match].last_token + 1)
    return after not in (",", "und", "sowie", "oder")


def _add_group(ctx: Context, role_match: Match, phrase: RolePhrase) -> None:
    """``die EU-Außenminister``, ``die Staats- und Regierungschefs der G7``: office holders
    of one country or body act as a group on its side (country = the body code)."""
    end = role_match.end
    if phrase.complement_match is not None:
        end = ctx.matches[phrase.complement_match].end
    ctx.add(
        Mention(
            phrase.start,
            end,
            ctx.text[phrase.start : end],
            "group",
            country=phrase.country,
            role=phrase.role.role,
            via="role",
            confidence=0.6,
        )
    )


def _add_coordinated(ctx: Context, role_match: Match, phrase: RolePhrase) -> bool:
    """``die Außenminister Russlands und der Ukraine``: one office holder per country."""
    assert phrase.complement_match is not None and phrase.role.role is not None
    first = ctx.matches[phrase.complement_match]
    t = first.last_token + 1
    if ctx.word(t) not in ("und", "sowie") or not ctx.same_sentence(first.last_token, t + 1):
        return False
    article = ctx.word(t + 1) in ("der", "des")
    j = ctx.match_at_token(t + 1 + article)
    if j is None or j in ctx.consumed:
        return False
    second = ctx.matches[j]
    key = second.key("name")
    if key is None or not is_country_or_body(ctx, key) or not (article or is_genitive(ctx, second)):
        return False
    country = country_of_key(ctx, key)
    if country is None or country == phrase.country:
        return False
    ctx.consumed.add(j)
    ctx.add(_modifier_mention(ctx, second))
    for start, end, holder_country in (
        (phrase.start, first.end, phrase.country),
        (second.start, second.end, country),
    ):
        ctx.add(
            Mention(
                start,
                end,
                ctx.text[start:end],
                "person",
                country=holder_country,
                role=phrase.role.role,
                via="role",
                confidence=0.6,
            )
        )
    return True
