"""Cleaning rules added for unseen layouts: HTML teasers, live-blog controls, kickers."""

from __future__ import annotations

import pytest

from detente.clean import clean
from detente.clean.html import extract_html, with_teaser
from detente.document import RawDocument

BODY = (
    "\n\nDie Gespräche dauerten bis in den späten Abend, beide Seiten sprachen von Fortschritten."
    "\n\nEin weiteres Treffen soll im Frühjahr stattfinden, teilte das Ministerium am Freitag mit."
)

PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Annäherung im Norden | Beispielzeitung</title></head><body>
<nav><a href="/">Startseite</a></nav>
<main><article>
<header>
<h1>Annäherung im Norden</h1>
<p class="article-lead">Nach Jahren des Schweigens sitzen die Nachbarn wieder an einem Tisch. Der Ton bleibt vorsichtig.</p>
</header>
<p>Die Außenminister beider Länder trafen sich am Dienstag in einem Hotel am Hafen zu ihrem ersten Gespräch seit Jahren.</p>
<p>Themen waren die Fischerei, der Grenzverkehr und der Bau einer neuen Brücke über den Fluss zwischen beiden Ländern.</p>
<p>Ein Folgetreffen ist für den Herbst geplant, sagte eine Sprecherin nach dem Ende der Gespräche.</p>
</article></main></body></html>"""


def test_teaser_in_article_header_is_kept() -> None:
    doc = clean(RawDocument(source="page.html", html=PAGE))
    assert doc.body.startswith("Nach Jahren des Schweigens sitzen die Nachbarn wieder")
    assert "Die Außenminister beider Länder trafen sich" in doc.body
    start = doc.body.index("Der Ton bleibt")
    original = doc.offsets.to_original(start)
    assert doc.original[original : original + 14] == "Der Ton bleibt"


def test_teaser_not_duplicated_when_extracted() -> None:
    text = "Titel\nEin Teaser, der schon im Text steht und lang genug für einen Absatz ist.\nMehr."
    teaser = "Ein Teaser, der schon im Text steht und lang genug für einen Absatz ist."
    assert with_teaser(text, [teaser]) == text


def test_missing_teaser_goes_before_first_paragraph() -> None:
    text = "Kurzer Titel\nDer erste lange Absatz des Artikels, mit einem Punkt am Ende des Satzes."
    teaser = "Der Vorspann fasst zusammen, worum es geht, und endet wie ein Satz mit Punkt."
    lines = with_teaser(text, [teaser]).split("\n")
    assert lines == ["Kurzer Titel", teaser, text.split("\n")[1]]


def test_extract_html_finds_teaser_by_class() -> None:
    page = PAGE.replace("article-lead", "intro").replace("<header>", "<div>")
    page = page.replace("</header>", "</div>")
    assert "Nach Jahren des Schweigens" in extract_html(page).text


@pytest.mark.parametrize(
    "control",
    [
        "Liveblog aktualisieren",
        "Ticker neu laden",
        "Neue Einträge laden",
        "3 neue Beiträge",
        "Automatisch aktualisieren: an",
        "Zum neuesten Eintrag",
        "Nur Highlights anzeigen",
        "Live",
    ],
)
def test_live_blog_controls_are_removed(control: str) -> None:
    text = f"Liveblog\n\nMinister beraten über Waffenruhe\n\n{control}{BODY}"
    doc = clean(RawDocument(source="live.txt", text=text))
    assert control not in doc.body
    assert "Die Gespräche dauerten" in doc.body


def title_of(line: str) -> str | None:
    return clean(RawDocument(source="t.txt", text=line + BODY)).meta.title


def test_kicker_before_noun_subject_is_split() -> None:
    assert title_of("Besuch im Kanzleramt Präsidentin wirbt für neue Hilfen") == (
        "Präsidentin wirbt für neue Hilfen"
    )
    assert title_of("Streit um Gasleitung Minister warnt vor Engpässen") == (
        "Minister warnt vor Engpässen"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Nach dem Besuch des Präsidenten Macron sorgt die Reform für Streit",
        "Gipfel in Brüssel: Große Pläne, wenig Geld",
        "US-Präsident Joe Biden warnt vor Eskalation",
        "Wie Präsident Macron Europa einen will",
    ],
)
def test_one_phrase_headlines_stay_whole(headline: str) -> None:
    assert title_of(headline) == headline
