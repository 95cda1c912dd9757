"""The cue lexicon (data/cues_de.json, data/konjunktiv_de.txt), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources


@dataclass(frozen=True, slots=True)
class VerbCue:
    lemma: str
    particle: str | None = None  # separable particle expected at the clause end
    needs: str | None = None  # preposition without which the verb is no speech cue
    prep: str | None = None  # optional preposition whose phrase is the message
    impersonal: bool = False  # "heißt es": no speaker in the clause


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[VerbCue, ...]]  # lower-cased form -> cues it may be
    prepositions: dict[str, str]  # laut -> before (speaker follows), zufolge -> after
    nach_nouns: frozenset[str]
    nach_suffixes: tuple[str, ...]  # the same nouns, longest first
    skip_after_cue: frozenset[str]
    skip_after_cue_capital: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    definite: frozenset[str]
    possessives: frozenset[str]
    relatives: frozenset[str]
    title_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    case_prepositions: frozenset[str]
    conjunctions: frozenset[str]
    subordinators: frozenset[str]
    konjunktiv1: frozenset[str]
    konjunktiv2: frozenset[str]

    def is_role_noun(self, word: str) -> bool:
        return word.casefold().endswith(self.role_suffixes)


def _read(name: str) -> str:
    return importlib_resources.files("detente.quotes").joinpath(f"data/{name}").read_text("utf-8")


def _verbs(entries: dict[str, dict[str, object]]) -> dict[str, tuple[VerbCue, ...]]:
    verbs: dict[str, list[VerbCue]] = {}
    for lemma, entry in entries.items():
        needs = entry.get("needs")
        prep = entry.get("prep")
        impersonal = bool(entry.get("impersonal", False))
        plain = VerbCue(lemma, None, needs, prep, impersonal)  # type: ignore[arg-type]
        for form in str(entry.get("forms", "")).split() + str(entry.get("joined", "")).split():
            verbs.setdefault(form, []).append(plain)
        particle = entry.get("particle")
        split = VerbCue(lemma, particle, needs, prep, impersonal)  # type: ignore[arg-type]
        for form in str(entry.get("finite", "")).split():
            verbs.setdefault(form, []).append(split)
    # Plain readings first: "sagte" is sagen before it is "sagte ... zu".
    return {f: tuple(sorted(c, key=lambda v: v.particle is not None)) for f, c in verbs.items()}


def _words(value: str) -> frozenset[str]:
    return frozenset(value.split())


@cache
def lexicon() -> Lexicon:
    data = json.loads(_read("cues_de.json"))
    konjunktiv: dict[str, set[str]] = {"I": set(), "II": set()}
    section = "I"
    for line in _read("konjunktiv_de.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        konjunktiv[section].add(line)
    return Lexicon(
        verbs=_verbs(data["verbs"]),
        prepositions=dict(data["prepositions"]),
        nach_nouns=_words(data["nach_nouns"]),
        nach_suffixes=tuple(sorted(set(data["nach_nouns"].split()), key=lambda n: (-len(n), n))),
        skip_after_cue=_words(data["skip_after_cue"]),
        skip_after_cue_capital=_words(data["skip_after_cue_capital"]),
        pronouns=_words(data["pronouns"]),
        determiners=_words(data["determiners"]),
        definite=_words(data["definite"]),
        possessives=_words(data["possessives"]),
        relatives=_words(data["relatives"]),
        title_nouns=_words(data["title_nouns"]),
        role_suffixes=tuple(data["role_suffixes"].split()),
        case_prepositions=_words(data["case_prepositions"]),
        conjunctions=_words(data["conjunctions"]),
        subordinators=_words(data["subordinators"]),
        konjunktiv1=frozenset(konjunktiv["I"]),
        konjunktiv2=frozenset(konjunktiv["II"]),
    )
