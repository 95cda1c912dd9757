"""Patterns found while generalising to a second development set: Konjunktiv II standing for
Konjunktiv I, judgements with ``nennen``, relative clauses on a message noun, role compounds,
possessive names, bare surnames, stances and ``zitieren`` (hand-written sentences, invented
names)."""

from __future__ import annotations

from detente.quotes.lexicon import lexicon
from tests.quotes.helpers import quotes_of, show

ACTORS = {
    "Anna Berg": ("Anna Berg", "DEU", "person", "name"),
    "Berg": ("Anna Berg", "DEU", "person", "name"),
    "Bergs": ("Anna Berg", "DEU", "person", "name"),
    "Paul Kern": ("Paul Kern", "USA", "person", "name"),
    "Kern": ("Paul Kern", "USA", "person", "name"),
    "Lena Vogt": ("Lena Vogt", "DEU", "person", "name"),
    "Vogt": ("Lena Vogt", "DEU", "person", "name"),
    "CDU": ("Christian Democratic Union", "DEU", "organisation", "modifier"),
    "Kreml": ("Moscow Kremlin", "RUS", "organisation", "modifier"),
}


def test_strong_konjunktiv_ii_continues_reported_speech() -> None:
    assert {"lägen", "befände", "kämen"} <= lexicon().reported_mood
    assert "wären" not in lexicon().reported_mood  # conditionals stay out
    body = "Kern sagte, man habe viel erreicht. Die Gespräche lägen gut im Zeitplan."
    assert show(quotes_of(body, actors=ACTORS))[-1] == (
        "Die Gespräche lägen gut im Zeitplan",
        "Paul Kern",
        False,
    )
    body = "Kern sagte, man habe viel erreicht. Ohne Hilfe wären die Gespräche gescheitert."
    assert [q.text for q in quotes_of(body, actors=ACTORS)] == ["man habe viel erreicht"]


def test_possessive_source_of_heisst_es() -> None:
    body = (
        "Anna Berg und Paul Kern trafen sich in Genf. "
        "Man werde die Arbeit fortsetzen, hieß es in ihrer gemeinsamen Erklärung."
    )
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("Man werde die Arbeit fortsetzen", "Anna Berg", False)
    ]


def test_relative_clause_belongs_to_the_message_noun() -> None:
    body = "Kern sprach von einem Kompromiss, der beiden Seiten nütze."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("von einem Kompromiss, der beiden Seiten nütze", "Paul Kern", False)
    ]


def test_nennen_with_object_and_predicate_is_a_judgement() -> None:
    assert show(quotes_of("Berg nannte das Treffen konstruktiv.", actors=ACTORS)) == [
        ("das Treffen konstruktiv", "Anna Berg", False)
    ]
    assert show(quotes_of("Kern nannte den Vorschlag einen Fehler.", actors=ACTORS)) == [
        ("den Vorschlag einen Fehler", "Paul Kern", False)
    ]
    assert quotes_of("Berg nannte keine Einzelheiten.", actors=ACTORS) == []
    assert quotes_of("Kern nannte die Namen der Opfer nicht.", actors=ACTORS) == []


def test_party_role_compound_refers_back_but_a_spokesperson_speaks_for_the_body() -> None:
    body = "Vogt sagte, die Partei stehe geschlossen. „Wir geben nicht auf“, erklärte die CDU-Politikerin."
    assert show(quotes_of(body, actors=ACTORS))[-1] == ("Wir geben nicht auf", "Lena Vogt", True)
    body = "Vogt sagte, die Partei stehe geschlossen. „Das ist falsch“, sagte der Kreml-Sprecher."
    assert show(quotes_of(body, actors=ACTORS))[-1] == ("Das ist falsch", "Moscow Kremlin", True)


def test_possessive_name_before_the_speaker_is_not_the_speaker() -> None:
    body = "Bergs Sprecher Paul Kern sagte, die Reise finde wie geplant statt."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("die Reise finde wie geplant statt", "Paul Kern", False)
    ]


def test_bare_surname_is_the_first_person_with_that_name() -> None:
    actors = {
        "Paul Kern": ("Paul Kern", "USA", "person", "name"),
        "Max Kern": ("Max Kern", "USA", "person", "name"),
        "Igor Wolkow": ("Igor Volkov", "RUS", "person", "name"),
    }
    body = (
        "Paul Kern empfing Igor Wolkow in seinem Haus. Sein Vater Max Kern war auch dabei. "
        "„Wir kommen voran“, sagte Kern."
    )
    assert show(quotes_of(body, actors=actors)) == [("Wir kommen voran", "Paul Kern", True)]


def test_konjunktiv_after_a_stance_gives_the_stance_holder() -> None:
    body = "Lena Vogt lehnte den Vorschlag ab. Er gehe an der Sache vorbei."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("Er gehe an der Sache vorbei", "Lena Vogt", False)
    ]
    body = "Der Vorschlag wurde abgelehnt. Er gehe an der Sache vorbei."
    assert quotes_of(body, actors=ACTORS) == []


def test_zitieren_gives_the_object_as_speaker() -> None:
    body = "Man werde hart reagieren, zitierte die Agentur das Ministerium."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("Man werde hart reagieren", "Ministerium", False)
    ]
    body = "„Wir bleiben“, zitierte die Zeitung den Berater Paul Kern."
    assert show(quotes_of(body, actors=ACTORS)) == [("Wir bleiben", "Paul Kern", True)]


def test_nach_einem_bericht_needs_a_source() -> None:
    actors = {"Polizei": ("Polizei", None, "organisation", "name")}
    body = "Nach einem Bericht der Tagesschau ist der Hafen seit Montag gesperrt."
    assert show(quotes_of(body, actors=actors)) == [
        ("ist der Hafen seit Montag gesperrt", "Tagesschau", False)
    ]
    body = "Nach einem Bericht der Zeitung „Neue Welt“ ist der Hafen gesperrt."
    assert [q.text for q in quotes_of(body, actors=actors)] == ["ist der Hafen gesperrt"]
    assert quotes_of("Nach dem Bericht trat der Minister zurück.", actors=actors) == []


def test_nach_eigenen_angaben_before_the_verb_gives_the_subject_after_it() -> None:
    actors = {"die Polizei": ("Polizei", None, "organisation", "name")}
    body = "Nach eigenen Angaben erhielt die Polizei im Jahr mehr Geld."
    assert show(quotes_of(body, actors=actors)) == [
        ("erhielt die Polizei im Jahr mehr Geld", "Polizei", False)
    ]


def test_judgement_stops_at_a_second_verb_and_keeps_the_subject_before() -> None:
    actors = {"Moskau": ("Moscow", "RUS", "place", "name")}
    body = "Das Amt in Moskau nannte die Strafen einen Affront und kündigte Schritte an."
    assert show(quotes_of(body, actors=actors)) == [("die Strafen einen Affront", "Amt", False)]
    body = "Berg nannte die Lage ernst und gefährlich."
    assert [q.text for q in quotes_of(body, actors=ACTORS)] == ["die Lage ernst und gefährlich"]


def test_extraposed_relative_clause_after_a_final_participle() -> None:
    body = "Kern hatte am Abend von einem Fehler gesprochen, der behoben werden müsse."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("von einem Fehler gesprochen, der behoben werden müsse", "Paul Kern", False)
    ]


def test_quoted_name_after_an_article_is_the_subject() -> None:
    body = "Kurz zuvor hatte die „Neue Welt“ berichtet, der Hafen sei gesperrt."
    assert show(quotes_of(body, actors=ACTORS)) == [("der Hafen sei gesperrt", "Neue Welt", False)]


def test_nach_cues_adjective_source_and_news_about() -> None:
    actors = {"russischen": ("Russia", "RUS", "country", "adjective")}
    body = "Der Soldat wurde nach russischen Angaben von Rebellen getötet."
    assert [q.speaker.name for q in quotes_of(body, actors=actors) if q.speaker] == ["Russia"]
    body = "Nach russischen Angaben wurde der Soldat getötet."
    assert show(quotes_of(body, actors=actors)) == [("wurde der Soldat getötet", "Russia", False)]
    body = "Auch Berg hatte nach Berichten über die Abhöraktion den Botschafter einbestellt."
    assert quotes_of(body, actors=ACTORS) == []


def test_unknown_verb_in_konjunktiv_after_a_pronoun_and_an_apposition_name() -> None:
    body = "Der Chef der Freien Bauernpartei, Max Muster, lehnte den Plan ab. Er lenke nur ab."
    assert show(quotes_of(body, actors={})) == [("Er lenke nur ab", "Max Muster", False)]
    # past tense in -te and "wurde" are no Konjunktiv
    body = "Der Chef der Freien Bauernpartei, Max Muster, lehnte den Plan ab. Er dankte allen."
    assert quotes_of(body, actors={}) == []
    body = "Der Chef der Freien Bauernpartei, Max Muster, trat ab. Er wurde Botschafter."
    assert quotes_of(body, actors={}) == []
    # no role noun before the commas: no apposition name
    body = "Die Stadt Bonn, Alte Hauptstadt, lehnte den Plan ab. Er lenke nur ab."
    assert quotes_of(body, actors={}) == []


def test_source_of_heisst_es_before_or_after_the_verb() -> None:
    actors = {"Paris": ("France", "FRA", "country", "metonym")}
    body = "Aus Paris hieß es, das Vorgehen sei eine Verletzung des Abkommens."
    assert [q.speaker.name for q in quotes_of(body, actors=actors) if q.speaker] == ["France"]
    body = "Auf der Webseite der Stiftung heißt es: „Wir danken allen Spendern.“"
    assert show(quotes_of(body, actors=actors)) == [
        ("Wir danken allen Spendern.", "Webseite der Stiftung", True)
    ]
    body = "Man sei besorgt, hieß es vom Abgeordneten Paul Kern."
    assert show(quotes_of(body, actors=ACTORS)) == [("Man sei besorgt", "Paul Kern", False)]


def test_sentence_adverbs_are_no_speakers() -> None:
    body = "Berg sprach lange. Abschließend fügte sie hinzu, man sei besorgt."
    assert show(quotes_of(body, actors=ACTORS)) == [("man sei besorgt", "Anna Berg", False)]
    body = "Insbesondere kritisiert wird, dass die Gespräche stocken."
    assert [(q.text, q.speaker) for q in quotes_of(body, actors=ACTORS)] == [
        ("dass die Gespräche stocken", None)
    ]


def test_naming_oneself_is_no_report_and_adverbs_open_no_speaker() -> None:
    body = "Der Rat, wie sich die Gruppe selbst nennt, tagte am Montag in der Hauptstadt."
    assert quotes_of(body, actors={}) == []
    body = "Danach erklärte der Rat, die Lage sei ruhig."
    assert show(quotes_of(body, actors={})) == [("die Lage sei ruhig", "Rat", False)]


def test_a_second_verb_after_the_comma_is_no_message_and_darauf_points_ahead() -> None:
    body = "Berg nannte die Ideen „sehr gut“, beharrte aber darauf, dass die Regeln gelten."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("sehr gut", "Anna Berg", True),
        ("dass die Regeln gelten", "Anna Berg", False),
    ]
    assert quotes_of("Berg beharrte darauf.", actors=ACTORS) == []
