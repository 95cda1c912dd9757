"""The actor stage's own data files (role nouns, cue words, first names), read once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from detente.data import read_text

NOUN_SUFFIXES = ("", "s", "n", "en", "in", "innen", "es")
ADJECTIVAL_SUFFIXES = ("", "n", "r", "m", "s")  # die Beauftragte, der Beauftragten/-r
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")


@dataclass(frozen=True, slots=True)
class RoleWord:
    """A role noun as found in the text: ``Außenministers`` -> foreign_minister."""

    role: str | None  # None: a cue noun that only announces a name ("der Politiker")
    country: str | None  # fixed country (Kremlchef -> RUS)
    feminine: bool
    plural_form: bool  # a form that is only plural (…innen)


@dataclass(frozen=True, slots=True)
class RolePhrase:
    role: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    role_words: dict[str, RoleWord]
    role_phrases: tuple[RolePhrase, ...]
    locative_prepositions: frozenset[str]
    source_prepositions: frozenset[str]  # "aus dem Kreml hieß es": a seat named as a place
    kin_nouns: frozenset[str]  # "seine Tochter Julia": a relative named by first name
    articles: frozenset[str]
    possessives: frozenset[str]
    plural_determiners: frozenset[str]
    government_nouns: frozenset[str]
    capital_nouns: frozenset[str]
    group_nouns: frozenset[str]  # "die G7-Staaten": the members of a body as a group
    place_nouns: frozenset[str]  # "die Hauptstadt Hanoi": the name after one is a place
    place_noun_suffixes: tuple[str, ...]  # their compound heads ("Hafenstadt", "Kurort")
    ambiguous_aliases: frozenset[str]
    blocked_aliases: frozenset[str]
    fused_articles: frozenset[str]  # "beim", "zum": preposition + article
    first_names: frozenset[str]
    single_holder_roles: frozenset[str]
    prominent_roles: frozenset[str]  # offices whose holders are named by bare surname
    prominent_countries: frozenset[str]
    prominent_not_bare: frozenset[str]  # their surnames too common to stand alone (Smith)


def _read(name: str) -> str:
    return read_text("detente.actors", f"data/{name}")


def adjective_forms(word: str) -> list[str]:
    """``Nationale`` / ``Nationaler`` -> every adjective ending of the stem."""
    stem = re.sub(r"(e|en|er|es|em)$", "", word)
    return [stem + ending for ending in ADJECTIVE_ENDINGS if stem + ending != stem or stem == word]


def noun_forms(word: str) -> list[str]:
    """Inflected forms of a role noun (over-generation is harmless: forms never seen never match)."""
    *first, last = word.split(" ")
    if first and first[0][0].isupper() and re.search(r"(e|er)$", first[0]):
        heads = [" ".join([adj, *first[1:]]) for adj in adjective_forms(first[0])]
    else:
        heads = [" ".join(first)] if first else [""]
    suffixes = ADJECTIVAL_SUFFIXES if last.endswith("e") else NOUN_SUFFIXES
    forms = []
    for head in heads:
        for suffix in suffixes:
            forms.append(f"{head} {last}{suffix}".strip())
    return forms


def _role_words(groups: list[dict[str, Any]]) -> dict[str, RoleWord]:
    words: dict[str, RoleWord] = {}
    for group in groups:
        for word in group["words"]:
            for form in noun_forms(word):
                feminine = form.endswith("in") or (form == word and word.endswith("e"))
                words.setdefault(
                    form,
                    RoleWord(
                        role=group["role"],
                        country=group.get("country"),
                        feminine=feminine,
                        plural_form=form.endswith("innen"),
                    ),
                )
    return words


@cache
def lexicon() -> Lexicon:
    roles = json.loads(_read("roles_de.json"))
    words = json.loads(_read("lexicon_de.json"))
    names = _read("first_names.txt").splitlines()
    prominence = json.loads(_read("prominence.json"))
    return Lexicon(
        role_words=_role_words(roles["groups"]),
        role_phrases=tuple(
            RolePhrase(p["role"], re.compile(p["pattern"])) for p in roles.get("phrases", [])
        ),
        locative_prepositions=frozenset(words["locative_prepositions"]),
        source_prepositions=frozenset(words.get("source_prepositions", ())),
        kin_nouns=frozenset(words.get("kin_nouns", ())),
        articles=frozenset(words["articles"]),
        possessives=frozenset(words["possessives"]),
        plural_determiners=frozenset(words["plural_determiners"]),
        government_nouns=frozenset(words["government_nouns"]),
        capital_nouns=frozenset(words["capital_nouns"]),
        group_nouns=frozenset(words["group_nouns"]),
        place_nouns=frozenset(words["place_nouns"]),
        place_noun_suffixes=tuple(n.lower() for n in words["place_nouns"] if len(n) >= 5),
        ambiguous_aliases=frozenset(words["ambiguous_aliases"]),
        blocked_aliases=frozenset(words["blocked_aliases"]),
        fused_articles=frozenset(words.get("fused_articles", ())),
        first_names=frozenset(n.strip() for n in names if n.strip() and not n.startswith("#")),
        single_holder_roles=frozenset(roles["single_holder_roles"]),
        prominent_roles=frozenset(prominence["roles"]),
        prominent_countries=frozenset(prominence["countries"]),
        prominent_not_bare=frozenset(prominence["not_bare"]),
    )
