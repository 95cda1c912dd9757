"""Sentence splitting, tokenisation and language identification."""

from __future__ import annotations

from detente.document import Document
from detente.language import detect_language, split_sentences, tokenise_text


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_ordinals_and_initials_do_not_end_sentences():
    text = "Am 3. Oktober sprach Dr. Weber mit J. Smith u.a. über Zölle. Danach reiste er ab."
    assert sentences(text) == [
        "Am 3. Oktober sprach Dr. Weber mit J. Smith u.a. über Zölle.",
        "Danach reiste er ab.",
    ]


def test_closing_quote_stays_with_its_sentence():
    text = "„Wir bleiben im Gespräch.“ Das sagte die Ministerin am Abend."
    assert sentences(text)[0] == "„Wir bleiben im Gespräch.“"


def test_headline_lines_are_sentences_and_wrapped_lines_are_joined():
    text = "Treffen in Wien\n\nDie Delegationen kamen am Morgen\nzusammen und berieten lange."
    assert sentences(text) == [
        "Treffen in Wien",
        "Die Delegationen kamen am Morgen\nzusammen und berieten lange.",
    ]


def test_tokens_keep_compounds_dates_and_offsets():
    text = "Der US-Außenminister kam am 07.04.1995 nach Sotschi."
    _, tokens = tokenise_text(text)
    assert [t.text for t in tokens] == [
        "Der", "US-Außenminister", "kam", "am", "07.04.1995", "nach", "Sotschi", ".",
    ]  # fmt: skip
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_ordinal_before_month_is_one_token():
    _, tokens = tokenise_text("Bis zum 15. Mai 2019 bleibt es so.")
    assert "15." in [t.text for t in tokens]


def test_language_identification():
    german = Document(id="d", original="", body="Die Regierung hat am Montag beraten.")
    english = Document(id="e", original="", body="The government met on Monday to talk.")
    assert detect_language(german).language == "de"
    assert detect_language(english).language == "en"
    assert detect_language(Document(id="x", original="", body="  ")).language is None


def test_a_number_before_a_sentence_opener_ends_the_sentence():
    text = "Sie stoppten das Projekt Nord Stream 2. Auch Kanada zog nach. Am 2. Mai folgte Japan."
    assert sentences(text) == [
        "Sie stoppten das Projekt Nord Stream 2.",
        "Auch Kanada zog nach.",
        "Am 2. Mai folgte Japan.",
    ]
