"""A name index over the knowledge base: one Aho-Corasick automaton of every surface form.

Surface forms are generated once per knowledge base: names and aliases with
their German inflections (``Lawrows``, ``Russlands``, ``Europäischen Union``),
surnames, country adjectives in every ending, demonyms, seat-of-government
metonyms and the role nouns of ``data/roles_de.json``. Matching is
case-sensitive (German capitalisation separates ``Kurz`` from ``kurz``) with
generated case variants (``NATO``/``Nato``, sentence-initial ``Russische``).
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from detente.actors.lexicon import ADJECTIVE_ENDINGS, RoleWord, lexicon
from detente.kb.model import Entity, KnowledgeBase

# Role ranks decide between namesakes (Donald vs Melania Trump) when nothing else does.
ROLE_RANK = {
    "head_of_state": 10,
    "head_of_government": 9,
    "foreign_minister": 8,
    "secretary_general": 7,
    "defense_minister": 6,
    "supreme_leader": 6,
    "president_of_commission": 5,
    "president_of_european_council": 5,
}
ROMAN = re.compile(r"[IVX]+\.?")
SURNAME = re.compile(r"[A-ZÄÖÜ][a-z]|.{3,}(?<!\.)")  # two letters only as in "Xi", "Li"


@dataclass(frozen=True, slots=True)
class Key:
    """What a surface form can mean."""

    type: str  # name | surname | adjective | prefix | demonym | metonym | role
    ids: tuple[str, ...] = ()  # entity ids (countries for adjective/demonym/metonym)
    role: RoleWord | None = None
    place: str | None = None  # metonym: the city entity it names, if it is one


@dataclass
class ActorIndex:
    kb: KnowledgeBase
    automaton: Any = None
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    first_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    capital_of: dict[str, str] = field(default_factory=dict)  # place id -> country code
    capital: dict[str, str] = field(default_factory=dict)  # country code -> place id
    keys: dict[str, list[Key]] = field(default_factory=lambda: defaultdict(list))
    # surface form -> entities it names only when their country is in the text
    # ("Kongress" is the US Congress in an article about the USA)
    context_only: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, surface: str, key: Key) -> None:
        surface = surface.strip()
        if len(surface) < 2:
            return
        keys = self.keys[surface]
        for i, old in enumerate(keys):
            if (old.type, old.role, old.place) == (key.type, key.role, key.place):
                ids = old.ids + tuple(x for x in key.ids if x not in old.ids)
                keys[i] = Key(old.type, ids, old.role, old.place)
                return
        keys.append(key)


_INDEXES: weakref.WeakKeyDictionary[KnowledgeBase, ActorIndex] = weakref.WeakKeyDictionary()


def actor_index(kb: KnowledgeBase) -> ActorIndex:
    """The index for ``kb``, built on first use and kept as long as the KB lives."""
    index = _INDEXES.get(kb)
    if index is None:
        index = build_index(kb)
        _INDEXES[kb] = index
    return index


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple | set | frozenset):
        return [v for v in value if isinstance(v, str)]
    return []


def case_variants(name: str) -> set[str]:
    """``NATO`` -> ``Nato``; ``Kim Jong-un`` -> ``Kim Jong-Un``, ``Kim Jong Un``;
    ``Taiwanstraße`` -> ``Taiwanstrasse`` (Swiss spelling)."""
    variants = {name}
    if name.isupper() and len(name) >= 3 and name.isalpha():
        variants.add(name.capitalize())
    elif 3 <= len(name) <= 4 and name.isalpha() and name[0].isupper() and name[1:].islower():
        variants.add(name.upper())  # Nato -> NATO
    if re.search(r"-[a-z]", name):
        variants.add(re.sub(r"-([a-z])", lambda m: "-" + m.group(1).upper(), name))
        variants.add(re.sub(r"(?<=\w)-(?=[a-z])", " ", name))
    if re.search(r"\w-[A-Z]", name) and " " in name:
        variants.add(re.sub(r"(?<=\w)-(?=[A-Z])", " ", name))
    if "ß" in name:  # Swiss spelling: "Taiwanstrasse", "Grosse Halle"
        variants.update({v.replace("ß", "ss") for v in variants})
    return variants


def genitive_forms(name: str) -> list[str]:
    """``Lawrow`` -> ``Lawrows``; ``Mattis`` -> ``Mattis'``; ``Irans``/``Irans``."""
    if re.search(r"[sßxz]$", name):
        return [name, name + "'", name + "’"]
    return [name, name + "s"]


def name_forms(name: str) -> set[str]:
    """A name with genitive and adjective inflections (``Europäischen Union``, ``Islamischen Staates``)."""
    words = name.split(" ")
    heads = [name]
    if len(words) >= 2 and re.search(r"(ische|ischer|ische[ns]?|te|ter|tes|e|er)$", words[0]):
        stem = re.sub(r"(e|en|er|es|em)$", "", words[0])
        heads = [" ".join([stem + e, *words[1:]]) for e in ADJECTIVE_ENDINGS[1:]]
    forms: set[str] = set()
    for head in heads:
        forms.update(genitive_forms(head))
        if head.endswith(("t", "g", "d")) and " " in head:
            forms.add(head + "es")  # des Islamischen Staates
    return forms


def _add_names(index: ActorIndex, entity: Entity, names: set[str]) -> None:
    for name in names:
        for variant in case_variants(name):
            for form in name_forms(variant):
                index.add(form, Key("name", (entity.id,)))


def _person_surnames(entity: Entity) -> set[str]:
    surnames = set(_strings(entity.extra.get("surnames"))) | set(
        _strings(entity.names.get("surnames"))
    )
    if not surnames:
        for name in {entity.name, *entity.names.get("de", ()), *entity.names.get("en", ())}:
            parts = name.split()
            if len(parts) >= 2:
                surnames.add(parts[-1])
    for surname in list(surnames):
        stripped = re.sub(r"^(al|el|as|ar|ad|an)-", "", surname)
        if stripped != surname:
            surnames.add(stripped)  # al-Assad -> Assad
    return surnames


def _index_person(index: ActorIndex, entity: Entity) -> None:
    names = {entity.name, *entity.names.get("de", ()), *entity.names.get("en", ())}
    _add_names(index, entity, names)
    for name in names:
        parts = name.split()
        if len(parts) >= 2:
            index.first_names[parts[0]].add(entity.id)
    for surname in _person_surnames(entity):
        if not SURNAME.fullmatch(surname) or ROMAN.fullmatch(surname):
            continue  # "Elizabeth II." has no surname; "Xi", "Li" are surnames
        index.surnames[surname].add(entity.id)
        for variant in case_variants(surname):
            for form in genitive_forms(variant):
                index.add(form, Key("surname", (entity.id,)))


def adjective_inflections(forms: list[str]) -> set[str]:
    """Every ending of each -isch adjective, plus the forms as given, also capitalised."""
    out: set[str] = set()
    for form in forms:
        if form.endswith("-"):
            continue
        stem = re.sub(r"(?<=sch)(e|en|er|es|em)$", "", form)
        inflected = [stem + e for e in ADJECTIVE_ENDINGS] if stem.endswith("sch") else [form]
        for word in inflected:
            out.update((word, word[0].upper() + word[1:]))
    return out


def _index_country(index: ActorIndex, entity: Entity) -> None:
    lex = lexicon()
    names = set(entity.names.get("de", ()))
    if not names:
        names = {entity.name}
    _add_names(index, entity, names)
    extra = entity.extra
    adjectives = _strings(extra.get("adjectives_de")) + _strings(extra.get("adjectives"))
    for form in adjective_inflections(adjectives):
        index.add(form, Key("adjective", (entity.id,)))
    prefixes = [a for a in adjectives if a.endswith("-")] + _strings(extra.get("prefixes_de"))
    for prefix in prefixes:
        index.add(prefix.rstrip("-"), Key("prefix", (entity.id,)))
    for demonym in _strings(extra.get("demonyms_de")):
        demonym = re.sub(r"^(der|die|das)\s+", "", demonym)
        for form in {demonym, demonym + "n", demonym + "s", demonym + "nen"}:
            if not lex.role_words.get(form):
                index.add(form, Key("demonym", (entity.id,)))
    for metonym in _strings(extra.get("metonyms_de")):
        place = _city_named(index.kb, metonym, entity.id)
        for form in name_forms(metonym):
            index.add(form, Key("metonym", (entity.id,), place=place))
    capital = extra.get("capital_id") or extra.get("capital")
    if isinstance(capital, str):
        place = (
            capital if capital in index.kb.entities else _city_named(index.kb, capital, entity.id)
        )
        if place:
            index.capital_of[place] = entity.id
            index.capital[entity.id] = place


def _city_named(kb: KnowledgeBase, name: str, country: str) -> str | None:
    for entity in kb.lookup(name):
        if entity.kind == "place" and entity.country in (country, None):
            return entity.id
    return None


def _index_other(index: ActorIndex, entity: Entity) -> None:
    names = {entity.name, *entity.names.get("de", ()), *entity.names.get("en", ())}
    if entity.kind == "place":
        names = set(entity.names.get("de", ())) or {entity.name}
        capital_of = entity.extra.get("capital_of")
        if isinstance(capital_of, str):
            index.capital_of.setdefault(entity.id, capital_of)
            index.capital.setdefault(capital_of, entity.id)
    _add_names(index, entity, names)
    for name in _strings(entity.extra.get("context_aliases_de")):
        for form in name_forms(name):
            index.add(form, Key("name", (entity.id,)))
            index.context_only[form].add(entity.id)
    for prefix in _strings(entity.extra.get("prefixes_de")):
        index.add(prefix.rstrip("-"), Key("prefix", (entity.id,)))


def build_index(kb: KnowledgeBase) -> ActorIndex:
    index = ActorIndex(kb)
    for entity in kb.entities.values():
        if entity.kind == "person":
            _index_person(index, entity)
        elif entity.kind == "country":
            _index_country(index, entity)
        elif entity.kind in ("organisation", "summit_series", "place"):
            _index_other(index, entity)
    for word, role_word in lexicon().role_words.items():
        index.add(word, Key("role", role=role_word))
    automaton = ahocorasick.Automaton()
    for surface, keys in index.keys.items():
        automaton.add_word(surface, (surface, tuple(keys)))
    automaton.make_automaton()
    index.automaton = automaton
    return index
