"""Stage ``recognise_actors``: mentions of persons, countries, organisations and places.

One pass of the KB automaton finds every surface form on (sub-)token
boundaries; the longest non-overlapping matches are then read in context:

1. role phrases (``der russische Außenminister``, ``US-Außenminister John Kerry``,
   ``Nato-Generalsekretär``) become person mentions, linked where a name follows;
2. names, surnames, countries, organisations, places, adjectives and metonyms;
3. demonyms (``der Amerikaner`` -> the last US person mentioned);
4. persons missing from the KB (first-name gazetteer, names after role nouns)
   and their later surname mentions;
5. a country from the context for unknown persons without one.

The document date is not known yet: role-only mentions are resolved by
``resolve_roles`` after the date stage.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.actors.index import ROLE_RANK, ActorIndex, Key, actor_index
from detente.actors.lexicon import Lexicon, RoleWord, lexicon
from detente.document import Document, Mention, Token
from detente.kb.model import Entity
from detente.language.pos import is_common_word, looks_like_name
from detente.language.tokenise import tokenise_text

if TYPE_CHECKING:
    from detente.pipeline import Resources

NAME_TOKEN = re.compile(r"[A-ZÄÖÜ][\w'’.-]*")
NAME_PARTICLE = re.compile(
    r"(?:al|el|as|ad|bin|ibn|von|van|de|da|di|dos|du|la|le)(?:-[A-ZÄÖÜ][\w'’-]*)?"
)
MAX_NAME_TOKENS = 4
KIND_OF = {"summit_series": "organisation"}
APPOSITION_ROLES = {None, "delegation_head", "spokesperson"}


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    surface: str
    keys: tuple[Key, ...]
    token: int  # token holding the first character
    last_token: int  # token holding the last character

    def key(self, type_: str) -> Key | None:
        return next((k for k in self.keys if k.type == type_), None)


@dataclass
class Context:
    """Everything the readers below share for one document (never outlives the call)."""

    doc: Document
    index: ActorIndex
    lex: Lexicon
    tokens: tuple[Token, ...]
    starts: list[int]
    matches: list[Match]
    by_start: dict[int, int] = field(default_factory=dict)  # char offset -> match index
    consumed: set[int] = field(default_factory=set)
    full_names: dict[str, list[int]] = field(default_factory=dict)  # person id -> offsets
    countries: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.body

    def entity(self, entity_id: str) -> Entity | None:
        return self.index.kb.get(entity_id)

    def token_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def word(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def same_sentence(self, i: int, j: int) -> bool:
        n = len(self.tokens)
        return 0 <= i < n and 0 <= j < n and self.tokens[i].sentence == self.tokens[j].sentence

    def match_at_token(self, i: int) -> int | None:
        """The match starting exactly at token ``i``."""
        if not 0 <= i < len(self.tokens):
            return None
        return self.by_start.get(self.tokens[i].start)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)


# ---------------------------------------------------------------- matching


def _segment_bounds(tokens: tuple[Token, ...]) -> tuple[set[int], set[int]]:
    """Starts and ends of tokens and of the parts of hyphenated compounds."""
    starts: set[int] = set()
    ends: set[int] = set()
    for token in tokens:
        starts.add(token.start)
        ends.add(token.end)
        if "-" not in token.text:
            continue
        for i, char in enumerate(token.text):
            if char == "-":
                ends.add(token.start + i)
                starts.add(token.start + i + 1)
    return starts, ends


def find_matches(text: str, tokens: tuple[Token, ...], index: ActorIndex) -> list[Match]:
    """Longest non-overlapping automaton matches that sit on segment boundaries."""
    seg_starts, seg_ends = _segment_bounds(tokens)
    token_starts = [t.start for t in tokens]
    candidates = []
    for end_index, (surface, keys) in index.automaton.iter(text):
        start, end = end_index - len(surface) + 1, end_index + 1
        if start in seg_starts and end in seg_ends:
            candidates.append((start, end, surface, keys))
    candidates += _phrase_matches(text, index)
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for start, end, surface, keys in candidates:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        first = max(bisect.bisect_right(token_starts, start) - 1, 0)
        last = max(bisect.bisect_right(token_starts, end - 1) - 1, 0)
        chosen.append(Match(start, end, surface, keys, first, last))
    chosen.sort(key=lambda m: m.start)
    return chosen


def _phrase_matches(text: str, index: ActorIndex) -> list[tuple[int, int, str, tuple[Key, ...]]]:
    """Role phrases written as patterns (``Leiter der pakistanischen Delegation``)."""
    out = []
    for phrase in lexicon().role_phrases:
        for m in phrase.pattern.finditer(text):
            adjective = next(
                (k for k in index.keys.get(m.group("adj"), ()) if k.type == "adjective"), None
            )
            country = adjective.ids[0] if adjective else None
            role = RoleWord(phrase.role, country, feminine=False, plural_form=False)
            out.append((m.start(), m.end(), m.group(), (Key("role", role=role),)))
    return out


# ---------------------------------------------------------------- helpers


def _country_of_key(ctx: Context, key: Key) -> str | None:
    if key.type in ("adjective", "demonym", "metonym", "prefix"):
        return key.ids[0]
    entity = ctx.entity(key.ids[0])
    if entity is None:
        return None
    if entity.kind == "country":
        return entity.id
    return entity.country if entity.kind in ("organisation", "summit_series") else None


def _modifier_key(match: Match) -> Key | None:
    """A key that can name the country of a role noun (US-, russische, Russlands, Nato-)."""
    for type_ in ("prefix", "adjective", "name", "metonym"):
        key = match.key(type_)
        if key is not None:
            return key
    return None


def _is_country_or_body(ctx: Context, key: Key) -> bool:
    if key.type in ("prefix", "adjective", "metonym"):
        return True
    entity = ctx.entity(key.ids[0]) if key.type == "name" else None
    return entity is not None and entity.kind in ("country", "organisation", "summit_series")


def _person_ids(key: Key | None, ctx: Context) -> list[str]:
    if key is None:
        return []
    return [i for i in key.ids if (e := ctx.entity(i)) is not None and e.kind == "person"]


def _holds(entity: Entity, role: str | None, country: str | None) -> bool:
    return any(
        (role is None or r.role == role) and (country is None or r.country == country)
        for r in entity.roles
    )


def choose_person(
    ctx: Context,
    ids: list[str],
    role: str | None = None,
    country: str | None = None,
    tie_ok: bool = False,
) -> str | None:
    """The most plausible person among namesakes, or None when they stay tied (unless ``tie_ok``)."""
    if len(ids) == 1:
        return ids[0]
    scored = []
    for entity_id in ids:
        entity = ctx.entity(entity_id)
        if entity is None:
            continue
        score = 100 * (entity_id in ctx.full_names)
        score += 50 * (role is not None and _holds(entity, role, country))
        score += 20 * (entity.country in ctx.countries)
        score += max((ROLE_RANK.get(r.role, 1) for r in entity.roles), default=0)
        scored.append((score, entity_id))
    scored.sort(reverse=True)
    if not scored or (not tie_ok and len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _is_genitive(ctx: Context, match: Match) -> bool:
    return match.surface.endswith(("s", "'", "’")) and match.surface[:-1] in ctx.index.keys


def is_locative(ctx: Context, match: Match) -> bool:
    """``in Moskau``, ``nach Syrien``, ``in der russischen Hauptstadt``: a location, not an actor."""
    if _is_genitive(ctx, match):
        return False
    i = match.token - 1
    for _ in range(3):
        word = ctx.word(i)
        if not ctx.same_sentence(i, match.token):
            return False
        if word.lower() in ctx.lex.locative_prepositions and word not in ("Um", "Bis"):
            return True
        if word.lower() in ctx.lex.articles or (word.islower() and word.endswith(("e", "en"))):
            i -= 1
            continue
        return False
    return False


def _compound_head(ctx: Context, match: Match) -> str | None:
    """``Konflikt`` in ``Ukraine-Konflikt`` when the match is the first part of a compound."""
    token = ctx.tokens[match.last_token]
    if match.end < token.end and ctx.text[match.end] == "-":
        return ctx.text[match.end + 1 : token.end].split("-")[-1]
    return None


def _mention(match: Match, kind: str, **fields: object) -> Mention:
    return Mention(match.start, match.end, match.surface, kind, **fields)  # type: ignore[arg-type]


def _entity_mention(ctx: Context, match: Match, entity: Entity, **fields: object) -> Mention:
    kind = "group" if entity.extra.get("type") == "group" else KIND_OF.get(entity.kind, entity.kind)
    country = entity.id if entity.kind == "country" else entity.country
    values: dict[str, object] = {"entity_id": entity.id, "name": entity.name, "country": country}
    values.update(fields)
    return _mention(match, kind, **values)


# ---------------------------------------------------------------- role phrases


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


def _left_modifier(ctx: Context, i: int) -> int | None:
    role = ctx.matches[i]
    if i == 0:
        return None
    prev = ctx.matches[i - 1]
    key = _modifier_key(prev)
    if key is None or not _is_country_or_body(ctx, key):
        return None
    same_compound = prev.end == role.start - 1 and ctx.text[prev.end] == "-"
    token = ctx.tokens[prev.last_token]
    whole_token_before = (
        prev.last_token == role.token - 1
        and prev.start == ctx.tokens[prev.token].start
        and prev.end == token.end
        and ctx.same_sentence(prev.token, role.token)
        # "der russische Präsident", "Russlands Präsident"; not "im Weißen Haus Präsident Biden"
        and (key.type == "adjective" or _is_genitive(ctx, prev))
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
    if lower == "der" and not role.feminine and not surface.endswith("s"):
        before = ctx.word(det_token - 1)
        # "Treffen der Nato-Außenminister": genitive, so plural for masculine nouns
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
    if key is None or not _is_country_or_body(ctx, key):
        return None, role.last_token + 1, None
    if t == role.last_token + 1 and not _is_genitive(ctx, match):
        return None, role.last_token + 1, None
    return _country_of_key(ctx, key), match.last_token + 1, j


def _read_role(ctx: Context, i: int) -> RolePhrase | None:
    match = ctx.matches[i]
    key = match.key("role")
    assert key is not None and key.role is not None
    role = key.role
    modifier = _left_modifier(ctx, i)
    start_token = ctx.matches[modifier].token if modifier is not None else match.token
    det = start_token - 1
    country = None
    if modifier is not None:
        mod_key = _modifier_key(ctx.matches[modifier])
        country = _country_of_key(ctx, mod_key) if mod_key else None
    next_token = match.last_token + 1
    complement = False
    if country is None:
        right_country, after, right = _right_complement(ctx, i)
        if right is not None:
            country, next_token, complement = right_country, after, True
            ctx.consumed.add(right)
            ctx.add(_modifier_mention(ctx, ctx.matches[right]))
    country = country or role.country  # Kremlchef, Kanzlerin: a default country
    start = ctx.matches[modifier].start if modifier is not None else match.start
    return RolePhrase(
        start=start,
        role=role,
        country=country,
        possessive=ctx.word(det).lower() in ctx.lex.possessives,
        plural=_is_plural(ctx, role, match.surface, det),
        modifier=modifier,
        next_token=next_token,
        complement=complement,
    )


def _modifier_mention(ctx: Context, match: Match) -> Mention:
    key = _modifier_key(match)
    assert key is not None
    entity = ctx.entity(key.ids[0])
    if entity is not None and key.type in ("name", "prefix"):
        return unnamed_if_place(_entity_mention(ctx, match, entity, via="modifier"))
    return _mention(match, "country", entity_id=key.ids[0], country=key.ids[0], via="modifier")


def unnamed_if_place(mention: Mention) -> Mention:
    """A country or place that only modifies a word (``US-Außenminister``, ``Minsk-Abkommen``)
    keeps its id and country but no name, so it is not listed as a place of the article."""
    if mention.kind in ("country", "place"):
        return dataclasses.replace(mention, name=None)
    return mention


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
        ids = _person_ids(match.key("name"), ctx) or _person_ids(match.key("surname"), ctx)
        if ids:
            ctx.consumed.add(j)
            chosen = choose_person(ctx, ids, phrase.role.role, phrase.country, tie_ok=True)
            return match.start, match.end, chosen, "name"
        if not (_first_name_not_place(ctx, match) or _town_only(ctx, match)):
            return None
        ctx.consumed.add(j)
    return _unknown_name(ctx, t, phrase)


def _first_name_not_place(ctx: Context, match: Match) -> bool:
    """``Hassan Ruhani``: a first name that is also a town, followed by a capitalised word."""
    following = ctx.word(match.last_token + 1)
    return (
        match.surface in ctx.lex.first_names
        and ctx.same_sentence(match.token, match.last_token + 1)
        and bool(NAME_TOKEN.fullmatch(following))
    )


def _unknown_name(
    ctx: Context, t: int, phrase: RolePhrase
) -> tuple[int, int, str | None, str] | None:
    words = _name_tokens(ctx, t, first_may_match=True)
    if not words:
        return None
    first = ctx.word(t)
    start, end = ctx.tokens[t].start, ctx.tokens[t + len(words) - 1].end
    if phrase.role.role and first in ctx.index.first_names:
        holders = [
            i
            for i in ctx.index.first_names[first]
            if (e := ctx.entity(i)) is not None and _holds(e, phrase.role.role, phrase.country)
        ]
        if len(holders) == 1:  # "First Lady Melania"
            return start, ctx.tokens[t].end, holders[0], "name"
    known_first = first in ctx.lex.first_names
    if (known_first and len(words) >= 2) or all(looks_like_name(w) for w in words):
        return start, end, None, "ne"
    return None


def _name_tokens(ctx: Context, t: int, first_may_match: bool = False) -> list[str]:
    """Capitalised, unmatched tokens from ``t`` on: the words of a name (``Baschar al-Assad``)."""
    words: list[str] = []
    i = t
    while i < len(ctx.tokens) and len(words) < MAX_NAME_TOKENS and ctx.same_sentence(i, t):
        word = ctx.word(i)
        if not (NAME_TOKEN.fullmatch(word) or (words and NAME_PARTICLE.fullmatch(word))):
            break
        j = ctx.match_at_token(i)
        matched = (
            j is not None
            and j not in ctx.consumed
            and not (first_may_match and i == t)
            and not (words and _town_only(ctx, ctx.matches[j]))  # "Alan Jackson"
        )
        if word.lower() in ctx.lex.articles or matched:
            break
        lenient = bool(words) and words[0] in ctx.lex.first_names
        if words and not NAME_PARTICLE.fullmatch(word) and not looks_like_name(word, lenient):
            break  # "Donald Trumps Amtsantritt": a common noun ends the name
        words.append(word)
        i += 1
    while words and NAME_PARTICLE.fullmatch(words[-1]) and "-" not in words[-1]:
        words.pop()
    return words


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
    mention_role = role if role not in (None, "counterpart", "minister") else None
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


# ---------------------------------------------------------------- names and the rest


def read_names(ctx: Context) -> None:
    for i, match in enumerate(ctx.matches):
        if i in ctx.consumed:
            continue
        mention = _read_match(ctx, match)
        if mention is not None:
            ctx.consumed.add(i)
            ctx.add(mention)


def _read_match(ctx: Context, match: Match) -> Mention | None:
    head = _compound_head(ctx, match)
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
    full = _person_ids(match.key("name"), ctx)
    if full:
        chosen = choose_person(ctx, full, tie_ok=True)
        if chosen is None:
            return None
        entity = ctx.entity(chosen)
        assert entity is not None
        return _entity_mention(ctx, match, entity, via="name")
    surname_ids = _person_ids(match.key("surname"), ctx)
    if not surname_ids:
        return None
    antecedent = [i for i in surname_ids if i in ctx.full_names]
    if antecedent:
        chosen = choose_person(ctx, antecedent)
        entity = ctx.entity(chosen) if chosen else None
        return _entity_mention(ctx, match, entity, via="coref") if entity else None
    other_readings = any(k.type != "surname" for k in match.keys)
    surname = (
        match.surface if match.surface in ctx.index.surnames else _strip_genitive(match.surface)
    )
    if other_readings or surname in ctx.lex.ambiguous_aliases or is_common_word(surname):
        return None  # "Frieden", "Kurz": only after a full name or a role noun
    if surname in ctx.lex.first_names:
        return None  # "Richard", "Abdullah": a first name as often as a surname
    local = [i for i in surname_ids if (e := ctx.entity(i)) and e.country in ctx.countries]
    if not local:
        return None  # "Marcos" in a tennis report: nothing in the text points to the politician
    chosen = choose_person(ctx, local)
    if chosen is None:
        # namesakes (Kim, Bush): the date stage may tell them apart
        return _mention(match, "person", via="alias", confidence=0.5)
    entity = ctx.entity(chosen)
    assert entity is not None
    return _entity_mention(ctx, match, entity, via="alias", confidence=0.9)


def _town_only(ctx: Context, match: Match) -> bool:
    """A name that only names a town (not a capital): after a role noun it is a surname
    (``Präsident Kennedy``)."""
    key = match.key("name")
    if key is None or len(match.keys) > 1:
        return False
    entities = [ctx.entity(i) for i in key.ids]
    return all(
        e is not None and e.kind == "place" and e.id not in ctx.index.capital_of for e in entities
    )


def _after_first_name(ctx: Context, match: Match) -> bool:
    """``Michael Jackson``, ``John F. Kennedy``: a surname, not the town."""
    before = ctx.word(match.token - 1)
    if re.fullmatch(r"[A-Z]\.", before):
        before = ctx.word(match.token - 2)
    return before in ctx.lex.first_names and ctx.same_sentence(match.token - 1, match.token)


def _generated_common_word(ctx: Context, match: Match) -> bool:
    """``Maus`` is no genitive of the town Mau: inflections we generated must not be words."""
    return not ctx.index.kb.lookup(match.surface) and is_common_word(match.surface)


def _strip_genitive(word: str) -> str:
    return re.sub(r"(s|'|’)$", "", word)


def _read_name(ctx: Context, match: Match, key: Key) -> Mention | None:
    entities = [e for i in key.ids if (e := ctx.entity(i)) is not None and e.kind != "person"]
    if not entities:
        return None
    order = {"country": 0, "organisation": 1, "summit_series": 1, "place": 2}
    entities.sort(
        key=lambda e: (order.get(e.kind, 3), e.id not in ctx.index.capital_of, -(e.population or 0))
    )
    entity = entities[0]
    if entity.kind == "place":
        return _read_place(ctx, match, entity)
    if match.surface in ctx.lex.ambiguous_aliases:
        return None
    if entity.kind == "country":
        return _entity_mention(ctx, match, entity, as_actor=not is_locative(ctx, match))
    return _entity_mention(ctx, match, entity)


def _read_place(ctx: Context, match: Match, place: Entity) -> Mention | None:
    locative = is_locative(ctx, match)
    if not locative and (_first_name_not_place(ctx, match) or _after_first_name(ctx, match)):
        return None
    country = ctx.index.capital_of.get(place.id)
    if country is None:
        base = re.sub(r"(s|'|’)$", "", match.surface)
        if not locative and (
            base in ctx.lex.ambiguous_aliases or match.surface in ctx.lex.ambiguous_aliases
        ):
            return None
        return _entity_mention(ctx, match, place, as_actor=False)
    return _entity_mention(ctx, match, place, country=country, via="metonym", as_actor=not locative)


def _read_metonym(ctx: Context, match: Match, key: Key) -> Mention | None:
    country = key.ids[0]
    if key.place and (place := ctx.entity(key.place)) is not None:
        locative = is_locative(ctx, match)
        return _entity_mention(
            ctx, match, place, country=country, via="metonym", as_actor=not locative
        )
    entity = ctx.entity(country)
    return _mention(
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
        return _entity_mention(
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
        return _mention(match, "country", entity_id=country, country=country, via="modifier")
    return _mention(
        match, "country", entity_id=country, name=name, country=country, via="adjective"
    )


def _read_prefix(ctx: Context, match: Match, key: Key) -> Mention | None:
    if _compound_head(ctx, match) is None:
        return None
    entity = ctx.entity(key.ids[0])
    if entity is None:
        return None
    return _entity_mention(ctx, match, entity, via="modifier")


READERS = {
    "name": _read_name,
    "metonym": _read_metonym,
    "adjective": _read_adjective,
    "prefix": _read_prefix,
}


# ---------------------------------------------------------------- demonyms and coreference


def read_demonyms(ctx: Context) -> None:
    for i, match in enumerate(ctx.matches):
        key = match.key("demonym")
        if i in ctx.consumed or key is None:
            continue
        ctx.consumed.add(i)
        country = key.ids[0]
        antecedent = (
            _last_person(ctx, match.start, country) if _singular_demonym(ctx, match) else None
        )
        if antecedent is not None:
            ctx.add(
                Mention(
                    match.start,
                    match.end,
                    match.surface,
                    "person",
                    entity_id=antecedent.entity_id,
                    name=antecedent.name,
                    country=country,
                    role=antecedent.role,
                    via="coref",
                    confidence=0.8,
                )
            )
            continue
        entity = ctx.entity(country)
        ctx.add(
            _mention(
                match,
                "country",
                entity_id=country,
                name=entity.name if entity else None,
                country=country,
                via="demonym",
            )
        )


def _singular_demonym(ctx: Context, match: Match) -> bool:
    """``der Amerikaner`` as subject, not ``der Unmut der Amerikaner`` (genitive plural)."""
    det_token = match.token - 1
    det = ctx.word(det_token)
    if not ctx.same_sentence(det_token, match.token):
        return False
    if det.lower() in ("dem", "des"):
        return True
    if det.lower() != "der":
        return False
    before = det_token - 1
    sentence_start = not ctx.same_sentence(before, det_token)
    return sentence_start or not ctx.word(before)[:1].isupper()


def _last_person(ctx: Context, offset: int, country: str) -> Mention | None:
    persons = [
        m
        for m in ctx.mentions
        if m.kind == "person" and m.end <= offset and m.country == country and m.name
    ]
    return max(persons, key=lambda m: m.start) if persons else None


def read_unknown_persons(ctx: Context) -> None:
    """``Michael Flynn``: a first name and capitalised words nobody else claimed."""
    covered = bytearray(len(ctx.text) + 1)
    for m in ctx.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    t = 0
    while t < len(ctx.tokens):
        token = ctx.tokens[t]
        if token.text in ctx.lex.first_names and not covered[token.start]:
            words = _name_tokens(ctx, t, first_may_match=True)
            if len(words) >= 2 and not any(
                covered[ctx.tokens[t + k].start] for k in range(len(words))
            ):
                start, end = token.start, ctx.tokens[t + len(words) - 1].end
                ctx.add(
                    Mention(
                        start,
                        end,
                        ctx.text[start:end],
                        "person",
                        name=ctx.text[start:end],
                        via="ne",
                        confidence=0.7,
                        head=(start, end),
                    )
                )
                t += len(words)
                continue
        t += 1


def read_unknown_surnames(ctx: Context) -> None:
    """Later mentions of an unknown person by surname (``Baig`` after ``Mirza Asif Baig``)."""
    unknown = {}
    for m in ctx.mentions:
        if m.kind == "person" and m.entity_id is None and m.name and " " in m.name:
            unknown.setdefault(m.name.split()[-1], m)
    if not unknown:
        return
    towns = {
        (m.start, m.end)
        for m in ctx.mentions
        if m.kind == "place" and not m.as_actor and m.via == "name"
    }
    spans = [(m.start, m.end) for m in ctx.mentions if (m.start, m.end) not in towns]
    for token in ctx.tokens:
        antecedent = unknown.get(token.text) or unknown.get(token.text[:-1])
        if antecedent is None or token.start < antecedent.end:
            continue
        if token.text not in unknown and token.text[-1] not in "s'’":
            continue
        if any(s <= token.start < e for s, e in spans):
            continue
        if (token.start, token.end) in towns:  # "Jackson" after "Alan Jackson": the person
            ctx.mentions = [m for m in ctx.mentions if (m.start, m.end) != (token.start, token.end)]
        ctx.add(
            Mention(
                token.start,
                token.end,
                token.text,
                "person",
                name=antecedent.name,
                country=antecedent.country,
                role=antecedent.role,
                via="coref",
                confidence=0.7,
            )
        )


def infer_countries(ctx: Context) -> None:
    """Unknown persons take the country of their context: ``Sein Sprecher`` -> the speaker's."""
    result = []
    for m in ctx.mentions:
        in_phrase = m.head is not None and m.head != (m.start, m.end)  # "Sein Sprecher X"
        if m.kind == "person" and m.entity_id is None and m.country is None and in_phrase:
            country = _context_country(ctx, m)
            if country:
                m = dataclasses.replace(m, country=country)
        result.append(m)
    ctx.mentions = result


def _context_country(ctx: Context, mention: Mention) -> str | None:
    token = ctx.token_at(mention.start)
    possessive = (
        ctx.word(token).lower() in ctx.lex.possessives
        or ctx.word(token - 1).lower() in ctx.lex.possessives
    )
    sentence = ctx.tokens[token].sentence
    before = [
        m
        for m in ctx.mentions
        if m.end <= mention.start
        and m.country
        and ctx.tokens[ctx.token_at(m.start)].sentence >= sentence - 1
        and (m.kind == "person" or not possessive)
        and m.as_actor
    ]
    if not before:
        return None
    return max(before, key=lambda m: m.start).country


# ---------------------------------------------------------------- the stage


def _collect_context(ctx: Context) -> None:
    for match in ctx.matches:
        for key in match.keys:
            if key.type == "name":
                for entity_id in key.ids:
                    entity = ctx.entity(entity_id)
                    if entity is None:
                        continue
                    if entity.kind == "person":
                        ctx.full_names.setdefault(entity_id, []).append(match.start)
                        if entity.country:
                            ctx.countries.add(entity.country)
                    elif entity.kind == "country":
                        ctx.countries.add(entity.id)
                    elif entity.kind == "place" and entity.country:
                        ctx.countries.add(entity.country)
            elif key.type in ("adjective", "metonym", "demonym"):
                ctx.countries.add(key.ids[0])


def recognise(doc: Document, index: ActorIndex) -> tuple[Mention, ...]:
    if not doc.tokens:
        sentences, tokens = tokenise_text(doc.body)
        doc = doc.with_(sentences=sentences, tokens=tokens)
    tokens = doc.tokens
    matches = find_matches(doc.body, tokens, index)
    ctx = Context(doc, index, lexicon(), tokens, [t.start for t in tokens], matches)
    ctx.by_start = {m.start: i for i, m in enumerate(matches)}
    _collect_context(ctx)
    read_role_phrases(ctx)
    read_names(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, -m.end))
    read_unknown_persons(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, -m.end))
    read_unknown_surnames(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, -m.end))
    infer_countries(ctx)
    read_demonyms(ctx)
    return tuple(sorted(ctx.mentions, key=lambda m: (m.start, -m.end)))


def recognise_actors(doc: Document, resources: Resources) -> Document:
    """Fill ``doc.mentions`` with actor, organisation and place mentions linked to the KB."""
    if not doc.body:
        return doc
    return doc.with_(mentions=recognise(doc, actor_index(resources.kb)))
