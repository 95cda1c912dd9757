"""Which clause a cue speaks for: coordinated main clauses, fronted objects of ``nennen``,
source phrases (``nach Angaben``, ``laut``) inside a speech verb's clause (hand-written
sentences, invented names)."""

from __future__ import annotations

from tests.quotes.helpers import quotes_of, show

ACTORS = {
    "Anna Berg": ("Anna Berg", "DEU", "person", "name"),
    "Berg": ("Anna Berg", "DEU", "person", "name"),
    "Paul Kern": ("Paul Kern", "USA", "person", "name"),
    "Kern": ("Paul Kern", "USA", "person", "name"),
    "Lena Vogt": ("Lena Vogt", "DEU", "person", "name"),
    "Vogt": ("Lena Vogt", "DEU", "person", "name"),
    "französischen": ("France", "FRA", "country", "adjective"),
}


def test_a_partial_quote_belongs_to_its_own_main_clause() -> None:
    body = (
        "Im Frühjahr hatte Paul Kern die Ministerin als „eiserne Lady“ verhöhnt, "
        "und Anna Berg nannte den Amerikaner einen Träumer."
    )
    quotes = show(quotes_of(body, actors=ACTORS))
    assert ("eiserne Lady", "Paul Kern", True) in quotes
    assert ("den Amerikaner einen Träumer", "Anna Berg", False) in quotes


def test_a_coordinated_main_clause_is_no_message() -> None:
    body = "Vor einem Jahr hatte Kern den Plan als „teuren Unsinn“ kritisiert, doch Berg hielt dagegen."
    assert show(quotes_of(body, actors=ACTORS)) == [("teuren Unsinn", "Paul Kern", True)]
    # with Konjunktiv I after the conjunction it is still reported speech
    body = "Kern kritisierte den Plan, aber der sei nun einmal beschlossen."
    assert [q.text for q in quotes_of(body, actors=ACTORS)] == [
        "aber der sei nun einmal beschlossen"
    ]


def test_a_fronted_object_of_nennen_leaves_the_predicate_as_message() -> None:
    body = "Kern kam nach Paris. Die neue Bahnstrecke nannte er ein rein wirtschaftliches Vorhaben."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("ein rein wirtschaftliches Vorhaben", "Paul Kern", False)
    ]
    body = "Berg sprach über den Handel. Den neuen Hafen nannte sie ein reines Prestigeprojekt."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("ein reines Prestigeprojekt", "Anna Berg", False)
    ]


def test_nennen_after_an_adverbial_or_its_subject_keeps_object_and_predicate() -> None:
    body = "Berg kam. Am Montag nannte sie den Plan einen Fehler."
    assert show(quotes_of(body, actors=ACTORS)) == [("den Plan einen Fehler", "Anna Berg", False)]
    body = "Berg kam. Die Ministerin nannte sie eine Lügnerin."
    assert [q.text for q in quotes_of(body, actors=ACTORS)] == ["sie eine Lügnerin"]
    assert quotes_of("Kern kam. Als Grund nannte er einen Streit um Geld.", actors=ACTORS) == []
    assert quotes_of("Kern kam. Den Namen nannte er nicht.", actors=ACTORS) == []


def test_an_article_before_the_cue_does_not_make_the_previous_sentence_a_message() -> None:
    body = "Kern kam. Das Treffen nannte Vogt einen Erfolg, und Berg stimmte zu."
    assert all("Kern kam" not in q.text for q in quotes_of(body, actors=ACTORS))


def test_a_source_phrase_in_a_speech_verb_clause_keeps_the_speaker_of_the_verb() -> None:
    body = "Vogt sagte nach französischen Angaben, beide Seiten wollten weiter verhandeln."
    quotes = show(quotes_of(body, actors=ACTORS))
    assert ("beide Seiten wollten weiter verhandeln", "Lena Vogt", False) in quotes
    body = "Laut Protokoll hat Kern angekündigt, die Gespräche fortzusetzen. Er sei zuversichtlich."
    quotes = show(quotes_of(body, actors=ACTORS))
    assert ("die Gespräche fortzusetzen", "Paul Kern", False) in quotes
    assert ("Er sei zuversichtlich", "Paul Kern", False) in quotes  # continued by the person
    # without a speech verb the source phrase stays the speaker
    body = "Die Gespräche seien nach französischen Angaben gut verlaufen."
    assert [q.speaker.name for q in quotes_of(body, actors=ACTORS) if q.speaker] == ["France"]


def test_mocking_someone_as_something_is_a_speech_cue() -> None:
    body = "Kern verspottete die Ministerin als „Königin der Akten“."
    quotes = quotes_of(body, actors=ACTORS)
    assert [(q.text, q.cue) for q in quotes] == [("Königin der Akten", "verspottete")]
    assert quotes_of("Die Zuschauer verspotteten den Torwart.", actors=ACTORS) == []
