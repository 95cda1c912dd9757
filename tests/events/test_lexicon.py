"""The data files: ontology, verb forms, triggers, topics, polarity."""

from __future__ import annotations

from detente.events.attributes import polarity_hits, sentence_topics
from detente.events.lexicon import plover, polarity, score_of, topics, trigger_lexicon, verb_forms

GOLD_TOPICS = {
    "bilateral_relations", "ukraine", "crimea", "syria", "north_korea", "iran_nuclear",
    "venezuela", "sanctions", "terrorism", "cyber_election_interference", "intelligence", "military",
}  # fmt: skip


def test_ontology_has_the_sixteen_plover_categories_with_quads_and_cameo() -> None:
    categories = plover()["categories"]
    assert len(categories) == 16
    assert {c["quad"] for c in categories.values()} == set(plover()["quad_classes"])
    assert all(c["cameo"] for c in categories.values())
    assert score_of("ASSAULT", "attack") < score_of("ACCUSE", None) < 0 < score_of("AGREE", None)
    assert score_of("CONSULT", "host") > score_of("CONSULT", "meet")


def test_separable_strong_verb_forms() -> None:
    forms = verb_forms("zurück|weisen")
    assert {"zurückgewiesen", "zurückzuweisen", "zurückweist"} <= forms.nonfinite | forms.finite
    assert {"wies", "weist"} <= forms.split and forms.particle == "zurück"


def test_inseparable_and_weak_verb_forms() -> None:
    assert "empfing" in verb_forms("empfangen").finite
    assert "empfangen" in verb_forms("empfangen").nonfinite
    assert "kritisiert" in verb_forms("kritisieren").nonfinite
    assert "aufgefordert" in verb_forms("auf|fordern").nonfinite
    assert "einberufen" in verb_forms("ein|berufen").nonfinite


def test_trigger_lexicon_is_large_and_maps_to_plover() -> None:
    lexicon = trigger_lexicon()
    assert len(lexicon.verbs) > 1000
    entries = {e.type for items in lexicon.verbs.values() for e, _ in items}
    entries |= {e.type for items in lexicon.nouns.values() for e in items}
    assert entries <= set(plover()["categories"])
    assert len(entries) == 16


def test_topics_contain_the_gold_slugs() -> None:
    assert {t["slug"] for t in topics()} >= GOLD_TOPICS


def test_sentence_topics_need_nuclear_words_for_iran() -> None:
    assert "iran_nuclear" not in sentence_topics("Der Iran schickte eine Delegation nach Oman.", 0)
    text = "Es ging um das Atomprogramm des Iran und den Krieg in Syrien."
    found = sentence_topics(text, 10)
    assert {"iran_nuclear", "syria"} <= set(found)
    assert found["syria"] == (10 + text.index("Syrien"), 10 + text.index("Syrien") + 6)


def test_polarity_lexicon_and_negation() -> None:
    assert len(polarity()) >= 300
    assert sum(w for w, _ in polarity_hits("Die Atmosphäre war frostig und angespannt.", 0)) < 0
    assert sum(w for w, _ in polarity_hits("Ein sehr konstruktives Gespräch.", 0)) > 0
    negated = polarity_hits("Das Gespräch war nicht konstruktiv.", 0)
    assert negated and negated[0][0] < 0
