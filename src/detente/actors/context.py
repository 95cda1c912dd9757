"""Shared state and small helpers of the actor recogniser (one ``Context`` per document)."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from detente.actors.index import ROLE_RANK, ActorIndex, Key
from detente.actors.lexicon import Lexicon
from detente.document import Document, Mention, Token
from detente.kb.model import Entity, Role
from detente.language.pos import looks_like_name

NAME_TOKEN = re.compile(r"[A-ZÄÖÜ][\w'’.-]*")  # a capitalised word that may be part of a name
# lower-case parts of names: "Baschar al-Assad", "Ursula von der Leyen"
NAME_PARTICLE = re.compile(
    r"(?:al|el|as|ad|bin|ibn|von|van|de|da|di|dos|du|la|le)(?:-[A-ZÄÖÜ][\w'’-]*)?"
)

MAX_NAME_TOKENS = 4
KIND_OF = {"summit_series": "organisation"}  # KB kind -> mention kind
# roles whose name may follow after a comma: "der Leiter der Delegation, Mirza Asif Baig,"
APPOSITION_ROLES = {None, "delegation_head", "spokesperson"}
NEWSWORTHY_BEFORE_OFFICE = timedelta(days=120)  # nominees are news a few months before
STILL_NEWS_AFTER_OFFICE = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    surface: str
    keys: tuple[Key, ...]
    token: int  # token holding the first character
    last_token: int  # token holding the last character
    by_type: dict[str, Key] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_type: dict[str, Key] = {}
        for key in self.keys:
            by_type.setdefault(key.type, key)
        object.__setattr__(self, "by_type", by_type)

    def key(self, type_: str) -> Key | None:
        return self.by_type.get(type_)


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
    country_counts: Counter[str] = field(default_factory=Counter)  # how often each is named
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

    def note_country(self, code: str) -> None:
        self.countries.add(code)
        self.country_counts[code] += 1

    def is_main_country(self, code: str | None) -> bool:
        """Named at least half as often as the most-named country: what the article is about."""
        top = max(self.country_counts.values(), default=0)
        return code is not None and top > 0 and 2 * self.country_counts[code] >= top


def country_of_key(ctx: Context, key: Key) -> str | None:
    if key.type in ("adjective", "demonym", "metonym", "prefix"):
        return key.ids[0]
    entity = ctx.entity(key.ids[0])
    if entity is None:
        return None
    if entity.kind == "country":
        return entity.id
    return entity.country if entity.kind in ("organisation", "summit_series") else None


def modifier_key(match: Match) -> Key | None:
    """A key that can name the country of a role noun (US-, russische, Russlands, Nato-)."""
    for type_ in ("prefix", "adjective", "name", "metonym"):
        key = match.key(type_)
        if key is not None:
            return key
    return None


def is_country_or_body(ctx: Context, key: Key) -> bool:
    if key.type in ("prefix", "adjective", "metonym"):
        return True
    entity = ctx.entity(key.ids[0]) if key.type == "name" else None
    return entity is not None and entity.kind in ("country", "organisation", "summit_series")


def person_ids(key: Key | None, ctx: Context) -> list[str]:
    if key is None:
        return []
    return [i for i in key.ids if (e := ctx.entity(i)) is not None and e.kind == "person"]


def holds(entity: Entity, role: str | None, country: str | None) -> bool:
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
        score += 50 * (role is not None and holds(entity, role, country))
        score += 20 * (entity.country in ctx.countries)
        score += max((ROLE_RANK.get(r.role, 1) for r in entity.roles), default=0)
        scored.append((score, entity_id))
    scored.sort(reverse=True)
    if not scored or (not tie_ok and len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def in_office_around(role: Role, day: str) -> bool:
    """Whether ``role`` was held on ``day``, began a few months after it (a nominee) or
    ended within a year before it (``Merkel`` is still news the year after)."""
    start = _shifted(role.start, -NEWSWORTHY_BEFORE_OFFICE)
    end = _shifted(role.end, STILL_NEWS_AFTER_OFFICE)
    return Role(role.role, role.country, start, end).active_on(day)


def _shifted(day: str | None, delta: timedelta) -> str | None:
    if day is None:
        return None
    return (date.fromisoformat((day + "-01-01")[:10]) + delta).isoformat()


def prominent(entity: Entity, lex: Lexicon, day: str | None = None) -> bool:
    """Whether ``entity`` holds (on ``day``; ever without one) an office whose holder the
    news names by bare surname (``Putin``, ``Biden``): ``data/prominence.json``."""
    return any(
        r.role in lex.prominent_roles
        and r.country in lex.prominent_countries
        and (day is None or in_office_around(r, day))
        for r in entity.roles
    )


def is_genitive(ctx: Context, match: Match) -> bool:
    return match.surface.endswith(("s", "'", "’")) and match.surface[:-1] in ctx.index.keys


def is_locative(ctx: Context, match: Match) -> bool:
    """``in Moskau``, ``nach Syrien``, ``in der russischen Hauptstadt``: a location, not an actor."""
    if is_genitive(ctx, match):
        return False
    if after_place_noun(ctx, match):
        return True
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


def after_place_noun(ctx: Context, match: Match) -> bool:
    """``Vietnams Hauptstadt Hanoi``, ``die Hafenstadt Odessa``: a name in apposition to a
    place noun names the place."""
    i = match.token - 1
    word = ctx.word(i)
    return ctx.same_sentence(i, match.token) and (
        word in ctx.lex.place_nouns or word.endswith(ctx.lex.place_noun_suffixes)
    )


def before_place_noun(ctx: Context, match: Match) -> bool:
    """``Vietnams Hauptstadt``: the country only locates the place noun after it."""
    i = match.last_token + 1
    word = ctx.word(i)
    return ctx.same_sentence(match.last_token, i) and (
        word in ctx.lex.place_nouns or word.endswith(ctx.lex.place_noun_suffixes)
    )


def compound_head(ctx: Context, match: Match) -> str | None:
    """``Konflikt`` in ``Ukraine-Konflikt`` when the match is the first part of a compound."""
    token = ctx.tokens[match.last_token]
    if match.end < token.end and ctx.text[match.end] == "-":
        return ctx.text[match.end + 1 : token.end].split("-")[-1]
    return None


def mention(match: Match, kind: str, **fields: object) -> Mention:
    return Mention(match.start, match.end, match.surface, kind, **fields)  # type: ignore[arg-type]


def entity_mention(ctx: Context, match: Match, entity: Entity, **fields: object) -> Mention:
    kind = "group" if entity.extra.get("type") == "group" else KIND_OF.get(entity.kind, entity.kind)
    country = entity.id if entity.kind == "country" else entity.country
    values: dict[str, object] = {"entity_id": entity.id, "name": entity.name, "country": country}
    values.update(fields)
    return mention(match, kind, **values)


def unnamed_if_place(mention: Mention) -> Mention:
    """A country or place that only modifies a word (``US-Außenminister``, ``Minsk-Abkommen``)
    keeps its id and country but no name, so it is not listed as a place of the article."""
    if mention.kind in ("country", "place"):
        return dataclasses.replace(mention, name=None)
    return mention


def name_tokens(ctx: Context, t: int, first_may_match: bool = False) -> list[str]:
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
            and not (words and town_only(ctx, ctx.matches[j]))  # "Alan Jackson"
            and not (words and surname_only(ctx.matches[j]))  # "Mike Johnson", not Boris's
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


def surname_only(match: Match) -> bool:
    """A KB surname and nothing else (``Johnson``): after a first name it is another person's."""
    return all(key.type == "surname" for key in match.keys)


def first_name_not_place(ctx: Context, match: Match) -> bool:
    """``Hassan Ruhani``: a first name that is also a town, followed by a capitalised word."""
    following = ctx.word(match.last_token + 1)
    return (
        match.surface in ctx.lex.first_names
        and ctx.same_sentence(match.token, match.last_token + 1)
        and bool(NAME_TOKEN.fullmatch(following))
    )


def town_only(ctx: Context, match: Match) -> bool:
    """A name that only names a town (not a capital): after a role noun it is a surname
    (``Präsident Kennedy``)."""
    key = match.key("name")
    if key is None or len(match.keys) > 1:
        return False
    entities = [ctx.entity(i) for i in key.ids]
    return all(
        e is not None and e.kind == "place" and e.id not in ctx.index.capital_of for e in entities
    )


def after_first_name(ctx: Context, match: Match) -> bool:
    """``Michael Jackson``, ``John F. Kennedy``: a surname, not the town."""
    before = ctx.word(match.token - 1)
    if re.fullmatch(r"[A-Z]\.", before):
        before = ctx.word(match.token - 2)
    return before in ctx.lex.first_names and ctx.same_sentence(match.token - 1, match.token)


def strip_genitive(word: str) -> str:
    return re.sub(r"(s|'|’)$", "", word)
