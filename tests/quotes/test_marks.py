from detente.quotes.marks import find_quote_marks


def quoted(text: str) -> list[str]:
    return [text[m.open : m.close + 1] for m in find_quote_marks(text)]


def test_german_swiss_french_and_straight_quotes() -> None:
    text = '„Eins“ und «zwei drei» und »vier« und "fünf sechs" und “sieben”.'
    assert quoted(text) == ["„Eins“", "«zwei drei»", "»vier«", '"fünf sechs"', "“sieben”"]


def test_single_quotes_but_not_apostrophes() -> None:
    text = "Sie nannte es 'gut gemacht', geht's noch? Chávez' Erbe, ‚klein‘."
    assert quoted(text) == ["'gut gemacht'", "‚klein‘"]


def test_nested_quote_stays_inside() -> None:
    assert quoted("„Er rief ‚Halt‘ und ging“, sagte sie.") == ["„Er rief ‚Halt‘ und ging“"]


def test_quote_over_several_paragraphs_and_stray_mark() -> None:
    text = "„Erster Absatz.\n\n„Zweiter Absatz.“ Ein „offenes Ende\n\nNeuer Absatz."
    found = quoted(text)
    assert found[0].startswith("„Erster Absatz.")
    assert found[1] == "„Zweiter Absatz.“"
    assert len(found) == 2
