"""Web pages of German-language outlets: logo lines, menu bars, read-aloud players,
author lines without "Von", unlabelled credits, link boxes with questions, paywall and
copyright footers (invented German examples)."""

from __future__ import annotations

import pytest

from detente.clean import clean
from detente.document import RawDocument

PAGE = """Der Tagesspiegel
Politik | Wirtschaft | Kultur | Sport
Ausland > Afrika
Reise nach Westafrika mit Folgen
Ministerin wirbt in Dakar um neue Partner
Eva Beispiel, Dakar
12.03.2024, 09.15 Uhr
Beitrag anhören | Audio: 03:20 min
12 Postings
Die Entwicklungsministerin hat am Montag in Dakar mit der senegalesischen Regierung über Energieprojekte gesprochen.
Ankunft am Flughafen der Hauptstadt. Jan Muster / AFP
Beide Seiten vereinbarten eine engere Zusammenarbeit beim Ausbau der Solarenergie und bei der Ausbildung von Fachkräften.
Die Gespräche sollen im Herbst in Berlin fortgesetzt werden, kündigte die Ministerin nach dem Treffen an.
Passend zum Thema
Wie viel Strom kann die Sahelzone künftig nach Europa liefern?
Exklusiv für Abonnenten
Dieser Artikel ist für Sie kostenlos. Unterstützen Sie unabhängigen Journalismus.
Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.
"""


@pytest.fixture(scope="module")
def doc():
    return clean(RawDocument(source="page.txt", text=PAGE))


def test_logo_and_menu_lines_are_not_the_title(doc) -> None:
    assert doc.meta.title == "Ministerin wirbt in Dakar um neue Partner"
    assert doc.meta.kicker == "Reise nach Westafrika mit Folgen"
    assert "Politik | Wirtschaft" not in doc.body


@pytest.mark.parametrize(
    "line",
    [
        "Eva Beispiel, Dakar",
        "Beitrag anhören | Audio: 03:20 min",
        "12 Postings",
        "Ankunft am Flughafen der Hauptstadt. Jan Muster / AFP",
        "Wie viel Strom kann die Sahelzone künftig nach Europa liefern?",
        "Exklusiv für Abonnenten",
        "Dieser Artikel ist für Sie kostenlos.",
        "Alle Rechte vorbehalten.",
    ],
)
def test_page_furniture_is_removed(doc, line: str) -> None:
    assert line not in doc.body


def test_article_text_is_kept(doc) -> None:
    assert doc.body.startswith("Die Entwicklungsministerin hat am Montag in Dakar")
    assert doc.body.endswith("kündigte die Ministerin nach dem Treffen an.")
    assert doc.meta.published == "2024-03-12"


def test_links_box_and_agency_signature_at_the_end() -> None:
    text = (
        "Grenzstreit beigelegt\n"
        "Die beiden Regierungen haben sich am Freitag in Genf auf einen neuen Grenzverlauf geeinigt.\n"
        "Die Einigung soll im Frühjahr von beiden Parlamenten bestätigt werden, hieß es in Genf.\n"
        "(red, APA, Reuters)\n"
        "Links:\n"
        "UNO\n"
        "Grenzkommission\n"
    )
    doc = clean(RawDocument(source="x.txt", text=text))
    assert doc.body.endswith("hieß es in Genf.")
    assert doc.meta.signature == "(red, APA, Reuters)"
    assert "Grenzkommission" not in doc.body


def test_bracketed_photo_source_ends_a_caption() -> None:
    text = (
        "Gipfel in Rom\n"
        "Die Regierungschefs haben sich am Dienstag in Rom auf ein gemeinsames Vorgehen geeinigt.\n"
        "Gruppenfoto vor dem Palast (Quelle: IMAGO/Anna Muster)\n"
        "Das Treffen dauerte länger als geplant, weil über die Finanzierung gestritten wurde.\n"
    )
    doc = clean(RawDocument(source="x.txt", text=text))
    assert "Gruppenfoto" not in doc.body
    assert "über die Finanzierung gestritten wurde." in doc.body


def test_two_pipe_items_and_a_sentence_with_a_pipe_stay() -> None:
    text = (
        "Streit um Zölle\n"
        "Die Regierung prüft neue Zölle auf Stahl | Aluminium, teilte das Ministerium am Montag mit.\n"
        "Die Industrie warnte vor höheren Preisen für Autos und Maschinen in ganz Europa.\n"
    )
    doc = clean(RawDocument(source="x.txt", text=text))
    assert "Stahl | Aluminium" in doc.body
