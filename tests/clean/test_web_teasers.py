"""Web exports with read-aloud players, gallery captions, video teasers, editors' picks and
kickers before coordinated, numbered or acronym subjects (invented German examples)."""

from __future__ import annotations

import pytest

from detente.clean import clean
from detente.document import RawDocument

PAGE = """Zur Startseite
Politik › Ausland
Hören Sie den Artikel
Artikel merken

Gespräche in Oslo Scholz und Støre einigen sich auf neuen Gaspakt

Bild 1 von 4
Die beiden Regierungschefs vor dem Schloss. © picture alliance / Erika Muster

OsloDrei Stunden lang haben die beiden Regierungschefs am Dienstag über Energie gesprochen. Am Ende stand ein neuer Vertrag über Lieferungen bis zum Jahr 2030.

Die Opposition in Oslo kritisierte die lange Laufzeit des Vertrags und verlangte eine Debatte im Parlament.

Video: Die Pressekonferenz in voller Länge
Kommentare
Empfehlungen der Redaktion
Norwegens Gas: Die wichtigsten Fragen
Quelle: beispiel.de, mit Material von dpa und Reuters
"""


@pytest.fixture(scope="module")
def page():
    return clean(RawDocument(source="page.txt", text=PAGE))


@pytest.mark.parametrize(
    "gone",
    [
        "Hören Sie den Artikel",
        "Bild 1 von 4",
        "vor dem Schloss",
        "picture alliance",
        "Video:",
        "Empfehlungen der Redaktion",
        "Die wichtigsten Fragen",
        "Quelle:",
    ],
)
def test_web_export_boilerplate_is_removed(page, gone: str) -> None:
    assert gone not in page.body


def test_title_above_a_gallery_is_kept_and_split_from_its_kicker(page) -> None:
    assert page.meta.title == "Scholz und Støre einigen sich auf neuen Gaspakt"
    assert page.meta.kicker == "Gespräche in Oslo"


def test_fused_dateline_before_a_numeral(page) -> None:
    assert page.meta.dateline == "Oslo"
    assert page.body.startswith("Drei Stunden lang")


def test_signature_after_editors_picks_is_read(page) -> None:
    assert page.meta.signature == "Quelle: beispiel.de, mit Material von dpa und Reuters"
    assert page.meta.agencies == ("dpa", "Reuters")
    assert page.body.rstrip().endswith("im Parlament.")


def test_short_caption_after_gallery_counter_goes_but_a_paragraph_stays() -> None:
    text = (
        "Bild 2 von 6\nDer Minister im Gespräch\n\n"
        "Der Außenminister reiste am Montag zu Gesprächen nach Rom. Dort traf er seinen "
        "Amtskollegen. Beide sprachen über Migration.\n"
    )
    doc = clean(RawDocument(source="g.txt", text=text))
    assert "Der Minister im Gespräch" not in doc.body
    text = (
        "Foto 1/3\n"
        "Der Außenminister reiste am Montag zu Gesprächen nach Rom. Dort traf er seinen "
        "Amtskollegen, mit dem er lange über Migration und die Lage im Mittelmeer sprach. "
        "Beide kündigten weitere Treffen an.\n"
    )
    doc = clean(RawDocument(source="g.txt", text=text))
    assert doc.body.startswith("Der Außenminister reiste")


@pytest.mark.parametrize(
    ("headline", "kicker", "title"),
    [
        (
            "Besuch in Japan Baerbock und Hayashi: Enge Partner im Pazifik",
            "Besuch in Japan",
            "Baerbock und Hayashi: Enge Partner im Pazifik",
        ),
        (
            "Sicherheitsrat 13 Staaten verurteilen den Angriff",
            "Sicherheitsrat",
            "13 Staaten verurteilen den Angriff",
        ),
        (
            "Fall Skripal EU verhängt neue Strafen gegen Moskau",
            "Fall Skripal",
            "EU verhängt neue Strafen gegen Moskau",
        ),
        ("Präsident Biden empfängt Scholz im Oval Office", None, None),
        ("Treffen von Macron und Sunak endet ohne Ergebnis", None, None),
    ],
)
def test_kicker_before_subject(headline: str, kicker: str | None, title: str | None) -> None:
    text = f"{headline}\n\nDie Gespräche dauerten bis in den Abend, wie beide Seiten mitteilten.\n"
    doc = clean(RawDocument(source="k.txt", text=text))
    assert (doc.meta.kicker, doc.meta.title) == (kicker, title or headline)


def test_unknown_place_fused_to_a_numeral_is_a_dateline() -> None:
    text = "Neue Gespräche\n\nKleindorfZwei Tage lang berieten die Minister über die Lage.\n"
    doc = clean(RawDocument(source="d.txt", text=text))
    assert (doc.meta.dateline, doc.body) == (
        "Kleindorf",
        "Zwei Tage lang berieten die Minister über die Lage.",
    )
