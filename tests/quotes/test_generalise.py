"""Report patterns beyond ``X sagte``: clause verbs, report nouns, passives, ``Dies teilte X
mit``, sources without names, partial quotes without a cue, Konjunktiv I generated from the
verb lexicon, and speaker choice (hand-written sentences, invented names)."""

from __future__ import annotations

from detente.quotes.lexicon import lexicon
from tests.quotes.helpers import quotes_of, show

ACTORS = {
    "Anna Berg": ("Anna Berg", "DEU", "person", "name"),
    "Berg": ("Anna Berg", "DEU", "person", "name"),
    "Paul Kern": ("Paul Kern", "USA", "person", "name"),
    "Kern": ("Paul Kern", "USA", "person", "name"),
    "Lena Vogt": ("Lena Vogt", "DEU", "person", "name"),
    "Vogt": ("Lena Vogt", "DEU", "person", "name"),
    "Bergs": ("Anna Berg", "DEU", "person", "name"),
    "die Polizei": ("Polizei", None, "organisation", "name"),
    "der Polizei": ("Polizei", None, "organisation", "name"),
}


def test_konjunktiv_i_is_generated_from_the_verb_lexicon() -> None:
    k1 = lexicon().konjunktiv1
    assert {"bezweifle", "bezweifele", "verhandele", "mitteile", "teile", "stattfinde"} & k1
    assert "verhandele" in k1 and "mitteile" in k1 and "stattfinde" in k1
    assert "eine" not in k1 and "lange" not in k1  # stop list: not verbs here


def test_clause_verbs_report_only_with_a_dass_or_zu_clause() -> None:
    quotes = show(quotes_of("Berg bezweifelte, dass die Gespräche bald beginnen.", actors=ACTORS))
    assert quotes == [("dass die Gespräche bald beginnen", "Anna Berg", False)]
    quotes = show(quotes_of("Kern hatte angeboten, die Kosten zu übernehmen.", actors=ACTORS))
    assert quotes == [("die Kosten zu übernehmen", "Paul Kern", False)]
    assert quotes_of("Berg plante, weil es regnete, nichts.", actors=ACTORS) == []


def test_a_purpose_clause_is_no_message() -> None:
    body = "Kern bot den Bürgern neue Kurse an, um die Wartezeit zu verkürzen."
    assert quotes_of(body, actors=ACTORS) == []


def test_report_nouns_with_clause_and_their_owner() -> None:
    body = "Die Forderung der Polizei, die Straße zu räumen, blieb ohne Folgen."
    assert show(quotes_of(body, actors=ACTORS)) == [("die Straße zu räumen", "Polizei", False)]
    body = "Vogt wies die Behauptung zurück, dass ihr Amt Akten vernichtet habe."
    quotes = show(quotes_of(body, actors=ACTORS))
    assert ("dass ihr Amt Akten vernichtet habe", "Lena Vogt", False) in quotes
    assert quotes_of("Die Forderung wurde am Montag abgelehnt.", actors=ACTORS) == []


def test_adjective_after_zeigte_sich() -> None:
    body = "Berg zeigte sich zuversichtlich, dass eine Einigung gelingt."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("dass eine Einigung gelingt", "Anna Berg", False)
    ]


def test_passive_report_names_the_agent_or_nobody() -> None:
    body = "Von der Polizei wurde angenommen, dass der Brand gelegt worden war."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("dass der Brand gelegt worden war", "Polizei", False)
    ]
    quotes = quotes_of("Es wird befürchtet, dass die Zahl der Opfer steigt.", actors=ACTORS)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("dass die Zahl der Opfer steigt", None, "befürchtet")
    ]


def test_dies_teilte_x_mit_takes_the_sentence_before() -> None:
    body = "Der Hafen bleibt bis Freitag gesperrt. Dies teilte Vogt am Abend mit."
    quotes = quotes_of(body, actors=ACTORS)
    assert len(quotes) == 1 and not quotes[0].direct
    assert quotes[0].text.startswith("Der Hafen bleibt") and quotes[0].text.endswith("Dies")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Lena Vogt"


def test_unnamed_sources_are_the_phrase_itself() -> None:
    body = "Nach offiziellen Angaben wurden zwölf Menschen verletzt."
    quotes = quotes_of(body, actors=ACTORS)
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["offiziellen Angaben"]


def test_partial_quote_without_cue_goes_to_the_clause_subject() -> None:
    body = "In dem Urteil sieht Berg einen „Angriff auf die Pressefreiheit“."
    assert show(quotes_of(body, actors=ACTORS)) == [
        ("Angriff auf die Pressefreiheit", "Anna Berg", True)
    ]
    body = "Für Kern ist die Lage „sehr ernst“."
    assert show(quotes_of(body, actors=ACTORS)) == [("sehr ernst", "Paul Kern", True)]
    # a name after a definite article stays out
    assert quotes_of("Berg besuchte die „Woche der offenen Tür“.", actors=ACTORS) == []


def test_konjunktiv_continues_after_an_unnamed_report_and_reportative_soll() -> None:
    body = (
        "Nach Angaben der Polizei brach das Feuer am Morgen aus. "
        "Die Bewohner seien rechtzeitig gewarnt worden."
    )
    quotes = quotes_of(body, actors=ACTORS)
    assert [q.text for q in quotes][-1] == "Die Bewohner seien rechtzeitig gewarnt worden"
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Polizei"
    body = "Kern sagte, es gebe Fortschritte. Der Täter soll das Haus angezündet haben."
    assert [q.text for q in quotes_of(body, actors=ACTORS)][-1].startswith("Der Täter soll")


def test_noun_in_reported_speech_does_not_break_the_chain() -> None:
    body = "Berg sagte, man habe viel erreicht. Das Land sei bereit, weiter zu verhandeln."
    quotes = show(quotes_of(body, actors=ACTORS))
    assert quotes[-1] == (
        "Das Land sei bereit, weiter zu verhandeln",
        "Anna Berg",
        False,
    )


def test_speaker_choice() -> None:
    # the head of "Bergs Beraterin Lena Vogt" is the last person
    body = "„Wir sind zufrieden“, sagte Bergs Beraterin Lena Vogt."
    assert show(quotes_of(body, actors=ACTORS)) == [("Wir sind zufrieden", "Lena Vogt", True)]
    # a fronted prepositional phrase is no subject; the pronoun after the verb is
    body = "Kern kam spät. Nach der Sitzung erklärte er, man sei sich einig."
    assert show(quotes_of(body, actors=ACTORS)) == [("man sei sich einig", "Paul Kern", False)]
    # a role noun refers to the person the sentence before is about
    body = (
        "Berg sagte, es gehe voran. Vogt dämpfte die Erwartungen. "
        "„Wunder gibt es nicht“, sagte die Ministerin."
    )
    assert show(quotes_of(body, actors=ACTORS))[-1] == ("Wunder gibt es nicht", "Lena Vogt", True)
    # "man" is nobody
    body = "Vogt sprach lange. Man habe gewusst, dass es schwer werde. Es gebe Gründe, sagte sie."
    assert all(
        q.speaker is None or q.speaker.name == "Lena Vogt" for q in quotes_of(body, actors=ACTORS)
    )


def test_an_unnamed_spokesperson_speaks_for_the_organisation() -> None:
    from dataclasses import replace

    from detente.document import Mention
    from detente.quotes import extract_quotes
    from tests.quotes.helpers import make_doc

    body = "Ein Sprecher des Finanzamtes Nord sagte, die Frist gelte weiter."
    role = Mention(4, 12, "Sprecher", "person", None, None, None, via="role")
    owner_start = body.index("Finanzamtes")
    owner = Mention(
        owner_start, owner_start + len("Finanzamtes Nord"), "Finanzamtes Nord",
        "organisation", "kb:finanzamt-nord", "Finanzamt Nord", "DEU", via="name",
    )  # fmt: skip
    doc = replace(make_doc(body, actors={}), mentions=(role, owner))
    (quote,) = extract_quotes(doc, None).quotes  # type: ignore[arg-type]
    assert quote.speaker is not None and quote.speaker.name == "Finanzamt Nord"
    assert body[quote.speaker.span[0] : quote.speaker.span[1]] == "Sprecher des Finanzamtes Nord"


def test_wie_clause_with_a_quoted_source_and_zufolge() -> None:
    quotes = quotes_of("Wie „Der Kurier“ berichtet, wurde die Brücke gesperrt.", actors=ACTORS)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("wurde die Brücke gesperrt", "Der Kurier")
    ]
    quotes = show(quotes_of("Der Polizei zufolge wurde die Brücke gesperrt.", actors=ACTORS))
    assert quotes == [("wurde die Brücke gesperrt", "Polizei", False)]


def test_mit_den_worten_and_reported_speech_over_several_sentences() -> None:
    body = "Berg eröffnete die Sitzung mit den Worten, man habe viel vor."
    assert show(quotes_of(body, actors=ACTORS)) == [("man habe viel vor", "Anna Berg", False)]
    body = "Berg schrieb, die Lage sei ernst. Man müsse schnell handeln. Die Kosten seien hoch."
    assert [q[1] for q in show(quotes_of(body, actors=ACTORS))] == ["Anna Berg"] * 3
