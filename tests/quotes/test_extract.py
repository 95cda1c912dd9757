"""Quote extraction on hand-written German sentences (names are invented)."""

from __future__ import annotations

from detente.document import Argument
from detente.quotes import extract_quotes
from tests.quotes.helpers import make_doc, quotes_of, show


def test_direct_quote_after_and_before_the_cue() -> None:
    assert show(quotes_of("„Wir bleiben im Gespräch“, sagte Anna Berg.")) == [
        ("Wir bleiben im Gespräch", "Anna Berg", True)
    ]
    assert show(quotes_of("Kern sagte dazu: »Das ist ein guter Tag.«")) == [
        ("Das ist ein guter Tag.", "Paul Kern", True)
    ]


def test_every_quote_style() -> None:
    for opening, closing in ["„“", "“”", "«»", "»«", '""', "‚‘"]:
        body = f"{opening}Wir sehen das anders{closing}, erklärte Wolkow."
        assert show(quotes_of(body)) == [("Wir sehen das anders", "Igor Volkov", True)], opening


def test_quote_over_several_sentences() -> None:
    body = "„Das war schwierig. Wir haben aber viel erreicht“, so Berg."
    assert show(quotes_of(body)) == [
        ("Das war schwierig. Wir haben aber viel erreicht", "Anna Berg", True)
    ]


def test_interrupted_quote_is_one_quote_with_both_parts() -> None:
    quotes = quotes_of("„Es war ein gutes Gespräch“, sagte Anna Berg, „und wir machen weiter.“")
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text == "Es war ein gutes Gespräch […] und wir machen weiter."
    assert quote.speaker is not None and quote.speaker.name == "Anna Berg"
    assert quote.start < quote.end and quote.cue == "sagte"


def test_partial_quotes_after_a_cue_and_inside_reported_speech() -> None:
    assert show(quotes_of("Kern sprach von «tiefen Differenzen».")) == [
        ("tiefen Differenzen", "Paul Kern", True)
    ]
    quotes = show(quotes_of('Wolkow hatte zu einer "Rückkehr zur Vernunft" aufgerufen.'))
    assert ("Rückkehr zur Vernunft", "Igor Volkov", True) in quotes


def test_scare_quotes_and_titles_are_no_quotes() -> None:
    assert quotes_of("Die Zeitung „Neue Welt“ erscheint täglich.") == []
    assert quotes_of("Das Schiff hieß „Aurora“ und lag im Hafen.") == []
    assert quotes_of("Der „Gipfel der Hoffnung“ begann am Montag.") == []


def test_indirect_speech_with_konjunktiv_and_cue_before() -> None:
    assert show(quotes_of("Wolkow sagte, die USA würden die Gespräche fortsetzen.")) == [
        ("die USA würden die Gespräche fortsetzen", "Igor Volkov", False)
    ]


def test_indirect_speech_with_cue_after() -> None:
    assert show(
        quotes_of("Die Regierung erwarte ein Einlenken, erklärte Kern nach dem Treffen.")
    ) == [("Die Regierung erwarte ein Einlenken", "Paul Kern", False)]


def test_so_laut_zufolge_wie() -> None:
    assert show(quotes_of("Die Lage sei ernst, so Berg.")) == [
        ("Die Lage sei ernst", "Anna Berg", False)
    ]
    assert show(quotes_of("Laut Wolkow wird das Treffen im Mai stattfinden.")) == [
        ("wird das Treffen im Mai stattfinden", "Igor Volkov", False)
    ]
    assert show(quotes_of("Kern zufolge ist der Vertrag gescheitert.")) == [
        ("ist der Vertrag gescheitert", "Paul Kern", False)
    ]
    assert show(quotes_of("Russland werde nicht nachgeben, wie Wolkow bekräftigte.")) == [
        ("Russland werde nicht nachgeben", "Igor Volkov", False)
    ]


def test_separable_cue_verb() -> None:
    quotes = quotes_of("Die Gespräche seien offen gewesen, teilte Kern mit.")
    assert show(quotes) == [("Die Gespräche seien offen gewesen", "Paul Kern", False)]
    assert quotes[0].cue == "teilte mit"


def test_konjunktiv_continuation_keeps_the_speaker() -> None:
    body = (
        "Berg sprach von einem offenen Gespräch. Man habe sich auf weitere Treffen verständigt. "
        "Die Sanktionen seien kein Thema gewesen. Am Abend reiste sie ab."
    )
    quotes = show(quotes_of(body))
    assert ("Man habe sich auf weitere Treffen verständigt", "Anna Berg", False) in quotes
    assert ("Die Sanktionen seien kein Thema gewesen", "Anna Berg", False) in quotes
    assert all("reiste" not in text for text, _, _ in quotes)


def test_pronoun_speaker_refers_to_the_last_person_named() -> None:
    quotes = quotes_of("Kern traf Wolkow in Genf. „Wir haben viel erreicht“, sagte er.")
    assert show(quotes) == [("Wir haben viel erreicht", "Paul Kern", True)]
    speaker = quotes[0].speaker
    assert speaker is not None
    body = "Kern traf Wolkow in Genf. „Wir haben viel erreicht“, sagte er."
    assert body[speaker.span[0] : speaker.span[1]] == "er"


def test_role_and_coreference_mentions_name_the_speaker() -> None:
    body = (
        "„Das war ein Anfang“, sagte der US-Außenminister. "
        "„Wenn wir scheitern, wird es schwer“, warnte der Amerikaner."
    )
    quotes = quotes_of(body)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Paul Kern", "Paul Kern"]
    assert body[quotes[1].speaker.span[0] : quotes[1].speaker.span[1]] == "der Amerikaner"  # type: ignore[union-attr]


def test_role_noun_without_mention_refers_to_the_last_speaker() -> None:
    body = "„Wir sind bereit“, sagte Kern. Über Syrien sagte der Minister: „Wir warten ab.“"
    assert show(quotes_of(body))[-1] == ("Wir warten ab.", "Paul Kern", True)


def test_headline_quote_borrows_the_speaker_of_the_same_words() -> None:
    body = 'Kern "sehr enttäuscht" von Moskau\n\nKern sagte, er sei "sehr enttäuscht".'
    quotes = [q for q in quotes_of(body) if q.direct]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("sehr enttäuscht", "Paul Kern"),
        ("sehr enttäuscht", "Paul Kern"),
    ]


def test_unknown_speaker_without_mention_is_the_name_itself() -> None:
    body = "„Das reicht nicht“, sagte Maria Lindqvist."
    start = body.index("Maria")
    quotes = quotes_of(body, actors={})
    assert quotes[0].speaker == Argument(
        "Maria Lindqvist", None, None, "person", (start, start + 15)
    )


def test_spans_point_into_the_body_and_stage_is_pure() -> None:
    doc = make_doc("Wolkow sagte, die Lage sei ernst. „Wir warten“, so Berg.")
    result = extract_quotes(doc, None)  # type: ignore[arg-type]
    assert doc.quotes == ()
    for quote in result.quotes:
        assert result.body[quote.start : quote.end] == quote.text
        assert quote.cue_span is not None
        assert result.body[quote.cue_span[0] : quote.cue_span[1]] == quote.cue
    assert extract_quotes(doc, None) == result  # type: ignore[arg-type]


def test_no_text_no_quotes() -> None:
    assert quotes_of("") == []
    assert quotes_of("Das Wetter war gut. Die Sitzung begann pünktlich.") == []


def test_subject_before_the_verb_beats_an_object_after_it() -> None:
    moscow = {"Moskau": ("Russia", "RUS", "country", "metonym")}
    quotes = quotes_of(
        "Lindqvist warf Moskau vor, die Waffenruhe gebrochen zu haben.", actors=moscow
    )
    assert show(quotes) == [("die Waffenruhe gebrochen zu haben", "Lindqvist", False)]
    assert quotes[0].cue == "warf vor"


def test_apposition_between_speaker_and_cue() -> None:
    body = "Anna Berg, die Sprecherin der Regierung, sagte, man sei zu Gesprächen bereit."
    assert show(quotes_of(body)) == [("man sei zu Gesprächen bereit", "Anna Berg", False)]


def test_nach_angaben_variants() -> None:
    assert show(quotes_of("Nach Angaben von Wolkow wurden zwei Diplomaten ausgewiesen.")) == [
        ("wurden zwei Diplomaten ausgewiesen", "Igor Volkov", False)
    ]
    body = "Kern traf Wolkow. Nach seiner Einschätzung ist die Lage ernst."
    assert show(quotes_of(body))[-1] == ("ist die Lage ernst", "Paul Kern", False)
    quotes = quotes_of("Nach Polizeiangaben wurde niemand verletzt.", actors={})
    assert show(quotes) == [("wurde niemand verletzt", "Polizei", False)]


def test_colon_names_the_speaker_of_a_quote() -> None:
    body = "Die Regierung in Moskau sieht das anders: „Wir lassen uns nicht erpressen.“"
    quotes = quotes_of(body, actors={})
    assert show(quotes) == [("Wir lassen uns nicht erpressen.", "Regierung", True)]


def test_quote_continues_in_the_next_sentence_without_a_cue() -> None:
    body = "„Wir bleiben dran“, sagte Berg. „Das ist ein langer Weg. Aber er lohnt sich.“"
    assert [name for _, name, _ in show(quotes_of(body))] == ["Anna Berg", "Anna Berg"]


def test_impersonal_cue_names_the_source_after_it() -> None:
    actors = {"dem Außenministerium": ("Foreign Ministry", "RUS", "organisation", "name")}
    body = "Beide Seiten seien sich einig, hieß es aus dem Außenministerium."
    assert show(quotes_of(body, actors=actors)) == [
        ("Beide Seiten seien sich einig", "Foreign Ministry", False)
    ]


def test_laut_inside_a_quoted_report_is_no_second_quote() -> None:
    body = "Wolkow sagte laut der Agentur Nowosti: „Wir sind zu Gesprächen bereit.“"
    assert show(quotes_of(body)) == [("Wir sind zu Gesprächen bereit.", "Igor Volkov", True)]
