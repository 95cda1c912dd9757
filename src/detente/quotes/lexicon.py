"""The cue lexicon (data/cues_de.json, data/konjunktiv_de.txt, data/verbs_de.txt), loaded once.

Konjunktiv I (3rd person singular: ``sage``, ``teile ... mit``, ``mitteile``) is generated for
every cue verb and every verb of data/verbs_de.txt, on top of the irregular forms listed in
data/konjunktiv_de.txt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from detente.data import read_text


@dataclass(frozen=True, slots=True)
class VerbCue:
    lemma: str
    particle: str | None = None  # separable particle expected at the clause end
    needs: str | None = None  # preposition without which the verb is no speech cue
    prep: str | None = None  # optional preposition whose phrase is the message
    impersonal: bool = False  # "heißt es": no speaker in the clause
    clause: bool = False  # a cue only with a dass/ob clause or zu-infinitive after it
    predicate: bool = False  # "nannte den Tag historisch": object and predicate are the message
    object_speaker: bool = False  # "zitierte die Agentur den Minister": the object speaks


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[VerbCue, ...]]  # lower-cased form -> cues it may be
    prepositions: dict[str, str]  # laut -> before (speaker follows), zufolge -> after
    nach_nouns: frozenset[str]
    nach_suffixes: tuple[str, ...]  # the same nouns, longest first
    not_verbs_after_pronoun: frozenset[str]
    nach_sourced: frozenset[str]  # nach einem Bericht der X: only with a source after the noun
    skip_after_cue: frozenset[str]
    skip_after_cue_capital: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    definite: frozenset[str]
    indefinite: frozenset[str]
    possessives: frozenset[str]
    relatives: frozenset[str]
    title_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    case_prepositions: frozenset[str]
    conjunctions: frozenset[str]
    subordinators: frozenset[str]
    konjunktiv1: frozenset[str]
    konjunktiv2: frozenset[str]
    konjunktiv: frozenset[str]  # both
    reported_mood: frozenset[str]  # Konjunktiv I and the strong Konjunktiv II standing for it
    report_nouns: frozenset[str]  # lower-cased
    report_compounds: tuple[str, ...]  # the long ones, also matched as word ends
    report_adjectives: frozenset[str]
    clause_openers: frozenset[str]

    def is_role_noun(self, word: str) -> bool:
        return word.casefold().endswith(self.role_suffixes)

    def is_report_noun(self, word: str) -> bool:
        """Forderung, Rücktrittsforderung, Forderungen: a noun that may introduce a report."""
        if not word[:1].isupper():
            return False
        low = word.casefold()
        for ending in ("", "en", "n", "e"):
            if ending and not low.endswith(ending):
                continue
            stem = low[: len(low) - len(ending)]
            if stem in self.report_nouns:
                return True
            # compounds only of longer nouns: Rücktrittsforderung, not Normenkontrollklage
            if stem.endswith(self.report_compounds):
                return True
        return False


def _read(name: str) -> str:
    return read_text("detente.quotes", f"data/{name}")


INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "hinter")


def _weak_forms(base: str) -> list[str]:
    """3rd person present and past, plural past, participle of a regular verb (bezweifeln)."""
    stem = base[:-1] if base.endswith(("eln", "ern")) else base[:-2]
    e = "e" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else ""
    participle = stem + e + "t"
    if not (base.startswith(INSEPARABLE) or base.endswith("ieren")):
        participle = "ge" + participle
    return list(dict.fromkeys([stem + e + "t", stem + e + "te", stem + e + "ten", participle]))


def _generated(lemma: str, entry: dict[str, object]) -> dict[str, object]:
    """An entry without forms is a regular verb: generate them (separable ones split too)."""
    if any(key in entry for key in ("forms", "finite", "joined")):
        return entry
    particle = str(entry.get("particle") or "")
    if not particle:
        return {**entry, "forms": " ".join(_weak_forms(lemma))}
    finite = _weak_forms(lemma[len(particle) :])[:3]
    participle = particle + "ge" + finite[0]
    joined = [particle + f for f in finite] + [participle]
    return {**entry, "finite": " ".join(finite), "joined": " ".join(joined)}


def _verbs(entries: dict[str, dict[str, object]]) -> dict[str, tuple[VerbCue, ...]]:
    verbs: dict[str, list[VerbCue]] = {}
    for lemma, raw in entries.items():
        entry = _generated(lemma, raw)
        needs = entry.get("needs")
        prep = entry.get("prep")
        impersonal = bool(entry.get("impersonal", False))
        clause = bool(entry.get("clause", False))
        predicate = bool(entry.get("predicate", False))
        by_object = bool(entry.get("object_speaker", False))
        plain = VerbCue(lemma, None, needs, prep, impersonal, clause, predicate, by_object)  # type: ignore[arg-type]
        forms = str(entry.get("forms", "")).split() + str(entry.get("joined", "")).split()
        if "_" not in lemma and not entry.get("impersonal"):
            forms.append(lemma)  # plural present: "Beobachter befürchten, dass ..."
        for form in dict.fromkeys(forms):
            verbs.setdefault(form, []).append(plain)
        particle = entry.get("particle")
        split = VerbCue(lemma, particle, needs, prep, impersonal, clause, predicate, by_object)  # type: ignore[arg-type]
        for form in str(entry.get("finite", "")).split():
            verbs.setdefault(form, []).append(split)
    # Plain readings first: "sagte" is sagen before it is "sagte ... zu".
    return {f: tuple(sorted(c, key=lambda v: v.particle is not None)) for f, c in verbs.items()}


def _words(value: str) -> frozenset[str]:
    return frozenset(value.split())


def _lines(name: str) -> list[str]:
    lines = (line.strip() for line in _read(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _konjunktiv1_generated(verbs: dict[str, dict[str, object]]) -> set[str]:
    """``er sage``, ``teile (mit)``, ``mitteile``: the infinitive without its final n."""
    lemmas = {lemma: str(e.get("particle") or "") for lemma, e in verbs.items() if "_" not in lemma}
    stop: set[str] = set()
    for line in _lines("verbs_de.txt"):
        if line.startswith("-"):
            stop.add(line[1:])
        else:
            particle, _, base = line.rpartition("|")
            lemmas.setdefault(particle + base, particle)
    forms = set()
    for lemma, particle in lemmas.items():
        if not lemma.endswith("n"):
            continue
        form = lemma[:-1] + "e" if lemma.endswith(("eln", "ern")) else lemma[:-1]
        forms.add(form)
        if particle and form.startswith(particle):
            forms.add(form[len(particle) :])
    return forms - stop


@cache
def lexicon() -> Lexicon:
    data = json.loads(_read("cues_de.json"))
    konjunktiv: dict[str, set[str]] = {"I": set(), "II": set(), "II-reported": set()}
    section = "I"
    for line in _read("konjunktiv_de.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        konjunktiv[section].add(line)
    konjunktiv["I"] |= _konjunktiv1_generated(data["verbs"])
    return Lexicon(
        verbs=_verbs(data["verbs"]),
        prepositions=dict(data["prepositions"]),
        nach_nouns=_words(data["nach_nouns"]),
        nach_sourced=_words(data["nach_nouns_sourced"]),
        not_verbs_after_pronoun=_words(data["not_verbs_after_pronoun"]),
        nach_suffixes=tuple(sorted(set(data["nach_nouns"].split()), key=lambda n: (-len(n), n))),
        skip_after_cue=_words(data["skip_after_cue"]),
        skip_after_cue_capital=_words(data["skip_after_cue_capital"]),
        pronouns=_words(data["pronouns"]),
        determiners=_words(data["determiners"]),
        definite=_words(data["definite"]),
        indefinite=_words(data["indefinite"]),
        possessives=_words(data["possessives"]),
        relatives=_words(data["relatives"]),
        title_nouns=_words(data["title_nouns"]),
        role_suffixes=tuple(data["role_suffixes"].split()),
        case_prepositions=_words(data["case_prepositions"]),
        conjunctions=_words(data["conjunctions"]),
        subordinators=_words(data["subordinators"]),
        konjunktiv1=frozenset(konjunktiv["I"]),
        konjunktiv2=frozenset(konjunktiv["II"]),
        konjunktiv=frozenset(konjunktiv["I"] | konjunktiv["II"] | konjunktiv["II-reported"]),
        reported_mood=frozenset(konjunktiv["I"] | konjunktiv["II-reported"]),
        report_nouns=frozenset(n.casefold() for n in data["report_nouns"].split()),
        report_compounds=tuple(
            sorted({n.casefold() for n in data["report_nouns"].split() if len(n) >= 7})
        ),
        report_adjectives=_words(data["report_adjectives"]),
        clause_openers=_words(data["clause_openers"]),
    )
