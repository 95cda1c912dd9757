"""Cleaning rules on invented German examples."""

from __future__ import annotations

import random

import pytest

from detente.clean import clean
from detente.document import RawDocument, document_id

ARTICLE = """1. Direkt zum Inhalt springen
2. Zur Suche springen
Ausland

Kanzlerin reist nach Warschau

3. März 2021

Die Regierungschefin will bei ihrem Besuch über die Energiepolitik sprechen. Auch die Lage an der Grenze steht auf dem Programm.

Die Delegation beim Abflug in Berlin
Foto: Beispielagentur/A. Muster

WarschauIm Mittelpunkt der Gespräche steht die gemeinsame Energieversorgung beider Länder in den kommenden Jahren.

02:41

Video abspielen

Der Premierminister empfing seinen Gast vor dem Amtssitz.\u00a0Beide gaben sich zuversichtlich.

Die Minister nach dem TreffenBild: Beispielfoto/B. Beispiel

Lesen Sie auch: Streit um neue Pipeline

Artikel teilen

Ein weiteres Treffen ist für den Herbst geplant.

ab/cd (dpa, Reuters)
"""


def cleaned(text: str, **meta):
    return clean(RawDocument(source="test.txt", text=text, **meta))


def test_boilerplate_lines_are_removed() -> None:
    doc = cleaned(ARTICLE)
    for gone in (
        "springen",
        "Ausland\n",
        "02:41",
        "Video abspielen",
        "Foto:",
        "Bild:",
        "Lesen Sie",
        "teilen",
    ):
        assert gone not in doc.body
    assert "Die Delegation beim Abflug" not in doc.body  # the caption above a credit
    assert "Die Minister nach dem Treffen" not in doc.body  # a caption fused with its credit
    assert "Ein weiteres Treffen ist für den Herbst geplant." in doc.body


def test_metadata_from_the_text() -> None:
    meta = cleaned(ARTICLE).meta
    assert meta.title == "Kanzlerin reist nach Warschau"
    assert meta.published == "2021-03-03"
    assert meta.dateline == "Warschau"
    assert meta.signature == "ab/cd (dpa, Reuters)"
    assert meta.agencies == ("dpa", "Reuters")
    assert meta.lead is not None and meta.lead.startswith("Die Regierungschefin will")
    assert "Video abspielen" in meta.removed


def test_body_starts_after_dateline_and_keeps_paragraphs() -> None:
    doc = cleaned(ARTICLE)
    assert doc.body.startswith("Die Regierungschefin will")
    assert "\n\nIm Mittelpunkt der Gespräche" in doc.body
    assert "Amtssitz. Beide" in doc.body  # no-break space normalised
    assert doc.id == document_id(doc.body)


def test_offsets_map_every_segment_and_random_spans() -> None:
    doc = cleaned(ARTICLE)
    rng = random.Random(7)
    segments = doc.offsets.segments
    checked = 0
    for _ in range(300):
        body_start, _, length = rng.choice(segments)
        start = body_start + rng.randrange(length)
        end = rng.randint(start, body_start + length)
        lo, hi = doc.offsets.span_to_original(start, end)
        assert doc.original[lo:hi] == doc.body[start:end]
        checked += 1
    assert checked == 300


def test_seed_header_date_is_cut_and_offsets_still_map() -> None:
    text = " date 2016-11 Artikel merken\n\nDer Gipfel in Lima endete am Sonntag ohne gemeinsame Erklärung der Teilnehmer."
    doc = cleaned(text)
    assert doc.meta.metadata_date == "2016-11"
    assert doc.body.startswith("Der Gipfel in Lima")
    start = doc.body.index("Lima")
    lo, hi = doc.offsets.span_to_original(start, start + 4)
    assert doc.original[lo:hi] == "Lima"


def test_kicker_fused_with_headline_is_split() -> None:
    text = "Gipfel in Genf Schwierige Gespräche über Abrüstung\n\nDie Delegationen trafen sich am Montag zu ersten Gesprächen über die Zukunft der Rüstungskontrolle.\n\nEin Ergebnis gab es nicht."
    doc = cleaned(text)
    assert doc.meta.title == "Schwierige Gespräche über Abrüstung"
    assert "Gipfel in Genf" in doc.meta.removed


def test_plain_headline_is_not_split() -> None:
    text = "Russland und China vereinbaren engere Zusammenarbeit\n\nDie beiden Staaten wollen ihre Kooperation in mehreren Bereichen ausbauen, teilten die Regierungen mit.\n\nDetails blieben offen."
    assert cleaned(text).meta.title == "Russland und China vereinbaren engere Zusammenarbeit"


def test_body_without_headline_has_no_title() -> None:
    text = "Die Außenminister beider Länder haben sich am Dienstag in Wien zu Gesprächen getroffen.\n\nKurze Zwischenzeile\n\nEs war das erste Treffen seit Monaten."
    doc = cleaned(text)
    assert doc.meta.title is None
    assert doc.body.startswith("Die Außenminister")


def test_dateline_forms() -> None:
    rest = "Die Regierung hat am Morgen neue Gespräche angekündigt, wie ein Sprecher mitteilte."
    cases = [
        (f"Moskau (dpa) - {rest}", "Moskau", ("dpa",), rest),
        (f"Kairo, 3. Mai (AFP) - {rest}", "Kairo", ("AFP",), rest),
        (f"BERLIN. {rest}", "BERLIN", (), rest),
        (f"Washington/Moskau – {rest}", "Washington/Moskau", (), rest),
        ("KairoNach langen Verhandlungen gibt es eine Einigung.", "Kairo", (), "Nach langen"),
        ("LimaDie Gespräche enden ohne Ergebnis.", "Lima", (), "Die Gespräche"),
    ]
    for text, place, agencies, body_start in cases:
        doc = cleaned(text + "\n\nZweiter Absatz mit weiteren Einzelheiten.")
        assert doc.meta.dateline == place, text
        assert doc.meta.agencies == agencies, text
        assert doc.body.startswith(body_start), text


def test_no_dateline_in_ordinary_sentences() -> None:
    for text in (
        "Merkel – so heißt es – will verhandeln.",
        "McCain sagte am Montag, er sei zufrieden.",
    ):
        assert cleaned(text).meta.dateline is None


def test_signature_variants() -> None:
    body = "Die Gespräche sollen im kommenden Monat in Brüssel fortgesetzt werden, hieß es."
    for signature, agencies in {
        "(AFP)": ("AFP",),
        "xy/uv (AFP, Reuters)": ("AFP", "Reuters"),
        "sev/dpa/AFP": ("dpa", "AFP"),
        "Mit Material von dpa und Reuters": ("dpa", "Reuters"),
        "(dpa/AFP/xy)": ("dpa", "AFP"),
        "Quelle: example.de, ab/dpa/AFP": ("dpa", "AFP"),
        "red, example.at/Agenturen": (),
    }.items():
        doc = cleaned(f"{body}\n\n{signature}")
        assert doc.meta.signature == signature
        assert doc.meta.agencies == agencies
        assert doc.body == body


def test_signature_fused_to_last_sentence() -> None:
    doc = cleaned("Erster Absatz über die Gespräche.\n\nDie Gespräche enden am Freitag. (dpa)")
    assert doc.meta.signature == "(dpa)"
    assert doc.body.endswith("am Freitag.")


def test_date_line_variants() -> None:
    for line, iso in {
        "Stand: 07.11.2022 09:15 Uhr": "2022-11-07",
        "Mittwoch, 2. Februar 2022": "2022-02-02",
        "2023-06-30": "2023-06-30",
    }.items():
        text = f"Neue Sanktionen gegen Minsk\n\n{line}\n\nDie EU hat am Montag weitere Sanktionen beschlossen, die ab sofort gelten.\n\nMehr folgt."
        doc = cleaned(text)
        assert doc.meta.published == iso, line
        assert line not in doc.body


def test_summary_box_label_goes_bullets_stay() -> None:
    text = "Das Wichtigste im Überblick\n\n• Erster Punkt der Meldung.\n• Zweiter Punkt der Meldung.\n\nDer eigentliche Text beginnt hier und ist lang genug, um als Absatz zu gelten."
    doc = cleaned(text)
    assert "Überblick" not in doc.body
    assert doc.body.startswith("• Erster Punkt der Meldung.\n• Zweiter Punkt")


def test_related_links_after_header_are_removed() -> None:
    text = "Der Text des Artikels beginnt mit einem vollständigen Satz über die Lage in der Region.\n\nMeistgelesen\n\nStreit um Zölle\nNeue Regierung in Rom\n\nSchluss des Artikels mit einem weiteren vollständigen Satz über die Gespräche."
    doc = cleaned(text)
    assert "Streit um Zölle" not in doc.body
    assert "Neue Regierung in Rom" not in doc.body
    assert doc.body.endswith("über die Gespräche.")


def test_title_from_metadata_is_cut_once() -> None:
    text = "Neue Gespräche in Genf\n\nDie Minister trafen sich am Mittwoch zu einem langen Gespräch über die Lage.\n\nWeitere Treffen sind geplant."
    doc = cleaned(text, title="Neue Gespräche in Genf")
    assert doc.meta.title == "Neue Gespräche in Genf"
    assert doc.body.startswith("Die Minister trafen sich")


def test_empty_text_gives_empty_body_and_an_error() -> None:
    doc = cleaned("")
    assert doc.body == ""
    assert doc.meta.title is None
    assert doc.errors and "no article text" in doc.errors[0]
    assert not cleaned("Ein ganz normaler Satz.").errors


def test_byline_after_teaser_and_broadcast_note_are_removed() -> None:
    text = (
        "Die Regierungen beider Länder haben sich auf einen Fahrplan geeinigt. Details folgen.\n\n"
        "Von Jana Beispiel und Tom Muster, Brüssel\n\n"
        "Die Einigung kam nach langen Gesprächen zustande, wie Diplomaten berichteten.\n\n"
        "Über dieses Thema berichtete das Beispielradio am 4. Mai 2021 um 18:00 Uhr."
    )
    doc = cleaned(text)
    assert "Jana Beispiel" not in doc.body
    assert "Über dieses Thema" not in doc.body
    assert doc.body.endswith("wie Diplomaten berichteten.")
    assert doc.meta.removed[0].startswith("Von Jana Beispiel")  # in reading order


def test_topic_label_and_video_title_are_removed() -> None:
    text = (
        "Nahost-Konflikt\n\nNeue Gespräche über eine Waffenruhe\n\n"
        "Die Vermittler legten am Sonntag einen neuen Vorschlag vor, den beide Seiten prüfen wollen.\n\n"
        "Was der Vorschlag vorsieht\n\n01:45\n\n"
        "Die Gespräche sollen in der kommenden Woche fortgesetzt werden, hieß es."
    )
    doc = cleaned(text)
    assert doc.meta.title == "Neue Gespräche über eine Waffenruhe"
    assert "Nahost-Konflikt" in doc.meta.removed
    assert "Was der Vorschlag vorsieht" not in doc.body
    assert doc.body.startswith("Die Vermittler legten")


def test_line_endings_and_decomposed_umlauts() -> None:
    import unicodedata

    text = "Erster Absatz über die Gespräche in Köln.\r\n\r\nZweiter Absatz mit mehr Text."
    doc = cleaned(unicodedata.normalize("NFD", text))
    assert doc.body == "Erster Absatz über die Gespräche in Köln.\n\nZweiter Absatz mit mehr Text."
    assert cleaned(text.replace("\r\n", "\r")).body == doc.body


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Nach dem Gipfel Die Stimmung bleibt eisig", "Die Stimmung bleibt eisig"),
        ("Gespräche mit Iran Keine Einigung in Sicht", "Keine Einigung in Sicht"),
        ("USA Neue Sanktionen gegen Russland", "Neue Sanktionen gegen Russland"),
        ("Kritik aus dem Weißen Haus", "Kritik aus dem Weißen Haus"),
        ("Verhandlungen in Den Haag", "Verhandlungen in Den Haag"),
        ("Putin empfängt Kerry in Sotschi", "Putin empfängt Kerry in Sotschi"),
    ],
)
def test_kicker_split_cases(line: str, title: str) -> None:
    from detente.clean.cleaner import _split_kicker
    from detente.clean.rules import rules

    assert _split_kicker(line, rules())[1] == title


@pytest.mark.parametrize(
    "text",
    [
        "Es geht um das Copyright für Software.",
        "Punkt (c) der Vereinbarung wurde gestrichen.",
        "Die Zeitung Bild: Sie berichtete zuerst darüber.",
        "Politik der kleinen Schritte\n\nDie Regierung setzt auf Gespräche mit allen Seiten, sagte ein Sprecher.",
    ],
)
def test_ordinary_text_is_not_boilerplate(text: str) -> None:
    doc = cleaned(text)
    assert doc.body.endswith(text.split("\n")[-1])
    assert not [r for r in doc.meta.removed if r != doc.meta.title]


def test_copyright_notice_is_cut_from_the_last_paragraph() -> None:
    doc = cleaned("Ein Satz über die Gespräche. © Beispielverlag 2020")
    assert doc.body == "Ein Satz über die Gespräche."
    assert doc.meta.removed == ("© Beispielverlag 2020",)


def test_date_line_after_teaser_or_at_the_end() -> None:
    teaser = "Die Gespräche in Genf sind ohne Ergebnis zu Ende gegangen, beide Seiten wollen weiter reden."
    body = "Ein neuer Termin steht noch nicht fest, hieß es am Abend aus Delegationskreisen."
    after_teaser = cleaned(f"{teaser}\n\nStand: 04.05.2021 18:00 Uhr\n\n{body}")
    at_end = cleaned(f"{teaser}\n\n{body}\n\nVeröffentlicht am 4. Mai 2021")
    for doc in (after_teaser, at_end):
        assert doc.meta.published == "2021-05-04"
        assert doc.body == f"{teaser}\n\n{body}"


def test_genre_label_is_not_a_title() -> None:
    doc = cleaned(
        "Ein Kommentar\n\nDie Regierung hat sich verrechnet, und zwar gründlich, wie sich nun zeigt.\n\nMehr Text."
    )
    assert doc.meta.title is None
    assert doc.body.startswith("Die Regierung")


def test_one_paragraph_article_with_dateline_and_signature() -> None:
    doc = cleaned("Rom (dpa) - Die Regierung ist am Abend zurückgetreten. (dpa)")
    assert doc.body == "Die Regierung ist am Abend zurückgetreten."
    assert doc.meta.dateline == "Rom"
    assert doc.meta.signature == "(dpa)"
