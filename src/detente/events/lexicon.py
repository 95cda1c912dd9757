"""Event data files: the PLOVER ontology, German triggers, cues, topics, occasions, polarity.

Everything is read once (``functools.cache``) from ``events/data``. The trigger
lexicon lists infinitives and noun bases; German verb forms are generated
here so one line (``zurück|weisen``) covers ``weist ... zurück``,
``zurückgewiesen``, ``zurückzuweisen`` and ``wies ... zurück``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from detente.data import read_text

INSEPARABLE = (
    "be",
    "emp",
    "ent",
    "er",
    "ge",
    "miss",
    "ver",
    "zer",
    "über",
    "unter",
    "wider",
    "hinter",
)
NOUN_ENDINGS = ("", "s", "es", "e", "en", "n", "er", "ern", "ns")
KIND_PRIORITY = {"verb": 3, "mwe": 4, "noun": 2}


def _read(name: str) -> str:
    return read_text("detente.events", f"data/{name}")


def _data_lines(name: str) -> list[list[str]]:
    return [
        line.split("\t")
        for line in _read(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]


@cache
def plover() -> dict[str, Any]:
    return json.loads(_read("plover.json"))


@cache
def cues() -> dict[str, Any]:
    return json.loads(_read("cues_de.json"))


@cache
def contexts() -> dict[str, Any]:
    return json.loads(_read("contexts.json"))["contexts"]


@cache
def occasions() -> dict[str, Any]:
    return json.loads(_read("occasions.json"))


@cache
def topics() -> list[dict[str, Any]]:
    return json.loads(_read("topics.json"))["topics"]


@cache
def polarity() -> dict[str, float]:
    return {row[0].strip(): float(row[1]) for row in _data_lines("polarity_de.tsv")}


def score_of(event_type: str, mode: str | None) -> float:
    """The Goldstein-like score of a category, refined by its mode where the ontology has one."""
    category = plover()["categories"].get(event_type, {})
    return float(category.get("modes", {}).get(mode, category.get("score", 0.0)))


# ---- verb forms -------------------------------------------------------------


@cache
def strong_verbs() -> dict[str, tuple[str, str, str]]:
    return {row[0]: (row[1], row[2], row[3]) for row in _data_lines("verbforms_de.tsv")}


def _stem(infinitive: str) -> str:
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def _split_base(verb: str) -> tuple[str, str]:
    """(inseparable prefix, base) with the longest known strong base, else ('', verb)."""
    table = strong_verbs()
    for i in range(len(verb)):
        if verb[i:] in table:
            return verb[:i], verb[i:]
    for prefix in INSEPARABLE:
        if verb.startswith(prefix) and len(verb) > len(prefix) + 3:
            return prefix, verb[len(prefix) :]
    return "", verb


def _weak_forms(verb: str, inseparable: bool) -> tuple[set[str], str]:
    stem = _stem(verb)
    e = "e" if re.search(r"(t|d|chn|gn|ffn|dm|tm)$", stem) else ""
    finite = {stem + "e", stem + e + "st", stem + e + "t", verb, stem + "est", stem + "en"}
    finite |= {stem + e + "te", stem + e + "ten", stem + e + "test"}
    no_ge = inseparable or verb.endswith("ieren")
    participle = (stem if no_ge else "ge" + stem) + e + "t"
    return finite, participle


def _strong_forms(prefix: str, base: str) -> tuple[set[str], str]:
    past, participle, present3 = strong_verbs()[base]
    stem = _stem(base)
    finite = {stem + "e", base, stem + "en", stem + "est", stem + "et", present3}
    finite |= {present3[:-1] + "st" if present3.endswith("t") else present3 + "st"}
    finite |= {past, past + "en", past + "st", past + "t", past + "e"}
    if prefix:
        finite = {prefix + f for f in finite}
        participle = prefix + participle[2:] if participle.startswith("ge") else prefix + participle
    return finite, participle


@dataclass(frozen=True, slots=True)
class VerbForms:
    finite: frozenset[str]  # forms that stand alone (joined in subordinate clauses)
    split: frozenset[str]  # finite forms that need the separable particle later in the clause
    particle: str  # separable prefix, "" if none
    nonfinite: frozenset[str]  # participle, infinitive, zu-infinitive
    participle: str = ""


def verb_forms(lemma: str) -> VerbForms:
    """All forms of a verb given as infinitive with '|' marking a separable prefix."""
    particle, _, verb = lemma.rpartition("|")
    prefix, base = _split_base(verb)
    if base in strong_verbs():
        finite, participle = _strong_forms(prefix, base)
    else:
        finite, participle = _weak_forms(verb, inseparable=bool(prefix))
    nonfinite = {participle, verb}
    if not particle:
        return VerbForms(frozenset(finite), frozenset(), "", frozenset(nonfinite), participle)
    joined = {particle + f for f in finite}
    nonfinite = {particle + f for f in nonfinite} | {particle + "zu" + verb}
    return VerbForms(
        frozenset(joined), frozenset(finite), particle, frozenset(nonfinite), particle + participle
    )


# ---- triggers -------------------------------------------------------------


@dataclass(frozen=True)
class TriggerEntry:
    kind: str  # verb | noun | mwe
    lemma: str
    type: str
    mode: str | None
    priority: int
    light: bool = False
    aux: str | None = None
    preps: tuple[str, ...] | None = None
    partners_are_actors: bool = False
    requires: re.Pattern[str] | None = None
    excludes: re.Pattern[str] | None = None
    suffix: bool = False
    anchors: frozenset[str] = field(default_factory=frozenset)  # mwe: anchor words (lower case)
    subject_is_target: bool = False  # a verdict (``X sei unverantwortlich``) judges its subject


def _parse_flags(text: str) -> dict[str, str]:
    flags: dict[str, str] = {}
    for part in re.split(r",(?=[a-z]+(?:=|,|$))", text.strip()) if text.strip() else []:
        key, _, value = part.partition("=")
        flags[key.strip()] = value.strip()
    return flags


def _entry(row: list[str]) -> TriggerEntry:
    kind, lemma, event_type, mode = (c.strip() for c in row[:4])
    flags = _parse_flags(row[4] if len(row) > 4 else "")
    anchors: frozenset[str] = frozenset()
    if kind == "mwe":
        words, _, lemma = (p.strip() for p in lemma.partition("~"))
        anchors = frozenset(w.strip().lower() for w in words.split(","))
    return TriggerEntry(
        kind=kind,
        lemma=lemma,
        type=event_type,
        mode=mode or None,
        priority=int(flags.get("prio", KIND_PRIORITY[kind])),
        light="light" in flags,
        aux=flags.get("aux") or None,
        preps=tuple(flags["prep"].split("+")) if "prep" in flags else None,
        partners_are_actors=flags.get("partners") == "actors",
        requires=re.compile(flags["requires"], re.I) if "requires" in flags else None,
        excludes=re.compile(flags["excludes"], re.I) if "excludes" in flags else None,
        suffix="suffix" in flags,
        anchors=anchors,
        subject_is_target=flags.get("subject") == "target",
    )


@dataclass
class TriggerLexicon:
    """Lookup tables from lower-cased token forms to trigger entries."""

    verbs: dict[str, list[tuple[TriggerEntry, str]]]  # form -> (entry, particle needed or "")
    nouns: dict[str, list[TriggerEntry]]
    suffixes: dict[str, list[TriggerEntry]]
    mwes: dict[str, list[TriggerEntry]]  # anchor -> entries
    mwe_verbs: dict[TriggerEntry, VerbForms]
    suffix_lengths: tuple[int, ...]
    participles: frozenset[str]  # past participles of every trigger verb (passive test)


def _add_verb(table: dict[str, list[tuple[TriggerEntry, str]]], entry: TriggerEntry) -> str:
    forms = verb_forms(entry.lemma)
    for form in forms.finite | forms.nonfinite:
        table.setdefault(form, []).append((entry, ""))
    for form in forms.split:
        table.setdefault(form, []).append((entry, forms.particle))
    return forms.participle


@cache
def trigger_lexicon() -> TriggerLexicon:
    verbs: dict[str, list[tuple[TriggerEntry, str]]] = {}
    nouns: dict[str, list[TriggerEntry]] = {}
    suffixes: dict[str, list[TriggerEntry]] = {}
    mwes: dict[str, list[TriggerEntry]] = {}
    mwe_verbs: dict[TriggerEntry, VerbForms] = {}
    participles: set[str] = set()
    for row in _data_lines("triggers_de.tsv"):
        entry = _entry(row)
        if entry.kind == "verb":
            participles.add(_add_verb(verbs, entry))
        elif entry.kind == "noun":
            for base in entry.lemma.split(","):
                for ending in NOUN_ENDINGS:
                    entries = nouns.setdefault((base.strip() + ending).lower(), [])
                    if entry not in entries:
                        entries.append(entry)
                if entry.suffix:
                    suffixes.setdefault(base.strip().lower(), []).append(entry)
        else:
            mwe_verbs[entry] = verb_forms(entry.lemma)
            for anchor in entry.anchors:
                mwes.setdefault(anchor, []).append(entry)
    lengths = tuple(sorted({len(s) for s in suffixes}, reverse=True))
    return TriggerLexicon(verbs, nouns, suffixes, mwes, mwe_verbs, lengths, frozenset(participles))
