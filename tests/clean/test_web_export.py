"""Web-export boilerplate: cookie and newsletter prompts, author boxes, account bars,
share bars, compound kickers and dated datelines (invented German examples)."""

from __future__ import annotations

import pytest

from detente.clean import clean
from detente.document import RawDocument

PAGE = """Datenschutz-Hinweis: Wir setzen Cookies ein. Wenn Sie weiterlesen, stimmen Sie dem zu. Verstanden
Login | E-Paper
Startseite › Politik › Welt

Gas-Streit Regierung kündigt Vertrag mit Lieferanten

Stand: 12.09.2023 08:15 Uhr

Der Schritt kommt nicht überraschend. Seit Wochen hatte sich der Konflikt um die Preise zugespitzt.

OsloDie norwegische Regierung hat den Liefervertrag mit sofortiger Wirkung gekündigt. Das teilte das Energieministerium am Dienstag mit.

Newsletter: Die wichtigsten Nachrichten des Tages kostenlos abonnieren

Die Opposition kritisierte das Vorgehen als überstürzt und verlangte eine Debatte im Parlament.

Teilen: Facebook | X | Threads | Link kopieren

Zur Autorin: Eva Beispiel schreibt seit Jahren über Energiepolitik im Norden Europas.
"""


def cleaned(text: str):
    return clean(RawDocument(source="test.txt", text=text))


@pytest.mark.parametrize(
    "gone",
    [
        "Cookies",
        "Login | E-Paper",
        "Newsletter",
        "Teilen:",
        "Zur Autorin",
        "Gas-Streit",
    ],
)
def test_web_prompts_are_removed(gone: str) -> None:
    assert gone not in cleaned(PAGE).body


def test_article_text_is_kept() -> None:
    body = cleaned(PAGE).body
    assert body.startswith("Der Schritt kommt nicht überraschend.")
    assert "Die Opposition kritisierte das Vorgehen" in body


def test_compound_kicker_is_cut_from_the_title() -> None:
    meta = cleaned(PAGE).meta
    assert meta.title == "Regierung kündigt Vertrag mit Lieferanten"
    assert meta.dateline == "Oslo"


@pytest.mark.parametrize(
    "headline",
    ["US-Präsident Biden empfängt Gäste aus Europa", "Kramp-Karrenbauer besucht die Truppe"],
)
def test_title_nouns_and_double_names_stay_in_the_title(headline: str) -> None:
    text = f"{headline}\n\nDer Besuch war lange geplant und soll zwei Tage dauern, hieß es am Morgen.\n"
    assert cleaned(text).meta.title == headline


def test_place_fused_with_an_acronym_prefix_is_a_dateline() -> None:
    text = (
        "Gipfel in Rom\n\nRomEU-Kommissarin Anna Beispiel hat am Montag neue Regeln vorgestellt.\n"
    )
    doc = cleaned(text)
    assert doc.meta.dateline == "Rom"
    assert doc.body.startswith("EU-Kommissarin Anna Beispiel")


def test_dated_dateline_gives_place_and_date() -> None:
    text = (
        "Kein Durchbruch am Genfersee\n\n"
        "Wien, 3. Mai 2019 – Die Gespräche über das Abkommen sind ohne Ergebnis zu Ende gegangen.\n"
    )
    doc = cleaned(text)
    assert doc.meta.dateline == "Wien"
    assert doc.meta.published == "2019-05-03"
    assert doc.body.startswith("Die Gespräche über das Abkommen")


def test_sentence_about_cookies_or_newsletters_in_a_paragraph_stays() -> None:
    text = (
        "Streit um Datenschutz\n\n"
        "Die Behörde prüft, ob Verlage ihre Leser beim Abonnieren eines Newsletters ausreichend "
        "über die Verwendung von Daten informieren, und will bis zum Sommer entscheiden.\n"
    )
    assert "Newsletters ausreichend" in cleaned(text).body


@pytest.mark.parametrize(
    "prompt",
    [
        "Diesen Artikel teilen",
        "Folgen Sie uns auf Instagram",
        "Abonnieren Sie unseren WhatsApp-Kanal",
        "Bild vergrößern",
        "Externer Inhalt: Hier steht ein Beitrag aus einem sozialen Netzwerk.",
        "Um diesen Inhalt zu sehen, müssen Sie die Anzeige externer Inhalte aktivieren.",
        "Sie sind hier: Startseite > Politik > Ausland",
        "dpa:230912-99-123456/2",
    ],
)
def test_more_web_prompts_are_removed(prompt: str) -> None:
    text = (
        "Neue Runde im Zollstreit\n\n"
        "Die Regierung will die Gespräche mit den Nachbarn in der kommenden Woche fortsetzen.\n\n"
        f"{prompt}\n\n"
        "Ein Sprecher sagte, man sei zuversichtlich, bald zu einer Einigung zu kommen.\n"
    )
    body = cleaned(text).body
    assert prompt not in body
    assert "Ein Sprecher sagte" in body and "Die Regierung will" in body
