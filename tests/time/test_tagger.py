"""Temporal tagger: recognition, normalisation, tense-aware anchoring (own example sentences)."""

from __future__ import annotations

import pytest

from detente.time import tag_text

DCT = "2017-02-16"  # a Thursday


def tags(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Vertrag wurde am 15. Mai 2019 unterzeichnet.",
            ("15. Mai 2019", "DATE", "2019-05-15"),
        ),
        ("Er wurde am 07.04.1995 geboren.", ("07.04.1995", "DATE", "1995-04-07")),
        ("Die Wahl fand im Mai 2019 statt.", ("Mai 2019", "DATE", "2019-05")),
        ("Das Gesetz stammt aus dem Jahr 1995.", ("Jahr 1995", "DATE", "1995")),
        ("Seit 2014 gilt die Regel.", ("2014", "DATE", "2014")),
        ("Das Konzert beginnt um 20.30 Uhr.", ("20.30 Uhr", "TIME", "2017-02-16T20:30")),
        ("Im Herbst 2013 begann die Krise.", ("Herbst 2013", "DATE", "2013-FA")),
        ("Das geschah Mitte der 90er Jahre.", ("Mitte der 90er Jahre", "DATE", "199")),
        ("Im 20. Jahrhundert war das anders.", ("20. Jahrhundert", "DATE", "19")),
        ("Im ersten Quartal 2019 sank der Umsatz.", ("ersten Quartal 2019", "DATE", "2019-Q1")),
    ],
)
def test_absolute_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tags(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gestern traf sich der Rat.", ("Gestern", "DATE", "2017-02-15")),
        ("Heute wird abgestimmt.", ("Heute", "DATE", "2017-02-16")),
        ("Das Ergebnis kommt morgen.", ("morgen", "DATE", "2017-02-17")),
        ("Die Firma wuchs vergangenes Jahr kräftig.", ("vergangenes Jahr", "DATE", "2016")),
        ("Im vergangenen Jahr sank die Zahl.", ("vergangenen Jahr", "DATE", "2016")),
        ("Nächstes Jahr wird gewählt.", ("Nächstes Jahr", "DATE", "2018")),
        ("Das Parlament tagte vergangene Woche.", ("vergangene Woche", "DATE", "2017-W06")),
        ("Der Gipfel ist für Ende Juni geplant.", ("Ende Juni", "DATE", "2017-06")),
        ("Anfang des Monats stiegen die Preise.", ("Anfang des Monats", "DATE", "2017-02")),
        (
            "Am heutigen Donnerstag beginnt die Messe.",
            ("heutigen Donnerstag", "DATE", "2017-02-16"),
        ),
        (
            "In der Nacht zum Samstag brannte es.",
            ("der Nacht zum Samstag", "TIME", "2017-02-10TNI"),
        ),
    ],
)
def test_relative_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tags(text)


def test_mod_and_range_of_end_of_month() -> None:
    (timex,) = tag_text("Der Gipfel ist für Ende Juni geplant.", DCT)
    assert timex.mod == "END"
    assert timex.date is not None
    assert (timex.date.earliest, timex.date.latest) == ("2017-06-21", "2017-06-30")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Regierung hat für Freitag eine Sondersitzung einberufen.", "2017-02-17"),
        ("Die Ministerin wird am Montag in Paris erwartet.", "2017-02-20"),
        ("Am Dienstag will der Ausschuss entscheiden.", "2017-02-21"),
        ("Am Montag war der Berater zurückgetreten.", "2017-02-13"),
        ("Die Minister trafen sich am Dienstag in Wien.", "2017-02-14"),
        ("Kommenden Mittwoch beginnt die Konferenz.", "2017-02-22"),
    ],
)
def test_weekdays_follow_tense(text: str, value: str) -> None:
    values = [v for _, kind, v in tags(text) if kind == "DATE"]
    assert values == [value]


def test_day_and_month_without_year_takes_nearest_year_in_tense() -> None:
    assert ("24. April", "DATE", "2017-04-24") in tags("Die Delegation wird am 24. April erwartet.")
    assert ("20. Dezember", "DATE", "2016-12-20") in tags("Am 20. Dezember hatte er das gesagt.")


def test_relative_expressions_without_dct_stay_unresolved() -> None:
    assert tags("Gestern war es kalt.", None) == [("Gestern", "DATE", "XXXX-XX-XX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Verfahren dauerte drei Jahre.", ("drei Jahre", "DURATION", "P3Y")),
        (
            "Sie sprachen zwei Stunden und 16 Minuten.",
            ("zwei Stunden und 16 Minuten", "DURATION", "PT2H16M"),
        ),
        ("Geplant waren 30 Minuten.", ("30 Minuten", "DURATION", "PT30M")),
        ("Das zweitägige Treffen endete.", ("zweitägige", "DURATION", "P2D")),
        ("Das Problem besteht seit Jahren.", ("Jahren", "DURATION", "PXY")),
        ("Vor drei Jahren begann der Streit.", ("drei Jahren", "DURATION", "P3Y")),
    ],
)
def test_durations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tags(text)


def test_duration_before_vor_carries_the_date_it_points_to() -> None:
    (timex,) = tag_text("Vor drei Jahren begann der Streit.", DCT)
    assert timex.date is not None and timex.date.value == "2014"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Fest findet jedes Jahr statt.", ("jedes Jahr", "SET", "P1Y")),
        ("Der Bus fährt täglich.", ("täglich", "SET", "P1D")),
        ("Die Gruppe trifft sich wöchentlich.", ("wöchentlich", "SET", "P1W")),
        ("Der Markt ist jeden Montag geöffnet.", ("jeden Montag", "SET", "XXXX-WXX-1")),
    ],
)
def test_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rund 1500 Polizisten waren im Einsatz.",
        "Der 44-Jährige wurde verhaftet.",
        "Am Morgen regnete es.",  # noun Morgen, not "tomorrow"
    ],
)
def test_numbers_and_nouns_that_are_not_dates(text: str) -> None:
    assert all(kind != "DATE" for _, kind, _ in tags(text))


def test_extents_leave_out_prepositions() -> None:
    assert [t for t, _, _ in tags("Am Montag und im Jahr 2011 und seit 2014.")] == [
        "Montag",
        "Jahr 2011",
        "2014",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ende der sechziger Jahre kam er.", ("Ende der sechziger Jahre", "DATE", "196")),
        ("Zum Jahresende 2015 sank der Kurs.", ("Jahresende 2015", "DATE", "2015")),
        ("Er blieb ein halbes Jahr.", ("ein halbes Jahr", "DURATION", "P6M")),
        ("Im Jahr 2009 kam er, im selben Jahr ging er.", ("selben Jahr", "DATE", "2009")),
        ("Am frühen Morgen brannte es.", ("frühen Morgen", "TIME", "2017-02-16TMO")),
        ("Ostern fällt auf einen Sonntag.", ("Ostern", "DATE", "2017-04-16")),
        ("Der Ex-Minister schwieg.", ("Ex", "DATE", "PAST_REF")),
    ],
)
def test_narrative_and_calendar_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tags(text)


def test_clock_time_takes_the_day_named_in_its_sentence() -> None:
    found = tags("Am Samstag, 18. Februar, beginnt die Feier um 20 Uhr. Sie endet um 23 Uhr.")
    assert ("20 Uhr", "TIME", "2017-02-18T20:00") in found
    assert ("23 Uhr", "TIME", "2017-02-16T23:00") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Umsatz lag über dem Vorjahr.", ("dem Vorjahr", "DATE", "2016")),
        ("2015 stieg er, im Vorjahr war er gefallen.", ("Vorjahr", "DATE", "2014")),
        (
            "Im Januar sank er gegenüber dem Vorjahresmonat.",
            ("dem Vorjahresmonat", "DATE", "2016-01"),
        ),
        ("Am Montag tagte man bis Mitternacht.", ("Mitternacht", "TIME", "2017-02-13T24:00")),
        (
            "Am 3. Mai 2015 kam er an, tags darauf reiste er ab.",
            ("tags darauf", "DATE", "2015-05-04"),
        ),
        ("Am 3. Mai 2015 war Wahl. Am Vorabend sprach er.", ("Vorabend", "TIME", "2015-05-02TEV")),
        (
            "Die Bahn fährt ab Mittwoch kommender Woche.",
            ("Mittwoch kommender Woche", "DATE", "2017-02-22"),
        ),
        ("Er musste binnen eines Monats zahlen.", ("eines Monats", "DURATION", "P1M")),
        ("Sie protestierten die ganze Woche.", ("die ganze Woche", "DURATION", "P1W")),
        ("Montags ist das Museum geschlossen.", ("Montags", "SET", "XXXX-WXX-1")),
        ("Der Gewinn stieg im Q3 2016.", ("Q3 2016", "DATE", "2016-Q3")),
        (
            "Das Werk ist ein halbes Jahrhundert alt.",
            ("ein halbes Jahrhundert", "DURATION", "P50Y"),
        ),
        ("Im Herbst vergangenen Jahres fiel er.", ("Herbst vergangenen Jahres", "DATE", "2016-FA")),
        ("Derzeit liegt der Wert bei zwei.", ("Derzeit", "DATE", "PRESENT_REF")),
        ("Am Gründonnerstag 2016 war es voll.", ("Gründonnerstag 2016", "DATE", "2016-03-24")),
        ("An Weihnachten war Ruhe.", ("Weihnachten", "DATE", "2016-12-25")),
        ("In der Vorwoche war es ruhig.", ("der Vorwoche", "DATE", "2017-W06")),
    ],
)
def test_generalised_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tags(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am Dienstag spielen die Münchner in Belgrad.", "2017-02-21"),  # no past cue: ahead
        ("Am Dienstag versprach der Minister Hilfe.", "2017-02-14"),  # strong preterite
        ("Am Dienstag holten die Kanuten zwei Titel.", "2017-02-14"),  # weak preterite
        ("Am Dienstag hat das Gericht ihn verurteilt.", "2017-02-14"),  # perfect without ge-
        ("Am Dienstag sind Gespräche in Bern geplant.", "2017-02-21"),  # geplant: no perfect
    ],
)
def test_weekday_direction_from_verb_forms(text: str, value: str) -> None:
    assert [t.value for t in tag_text(text, DCT)] == [value]


def test_clock_after_midnight_belongs_to_the_next_day() -> None:
    text = "In der Nacht zum Mittwoch kam die Wende. Gegen 2.30 Uhr sprach er."
    assert [t.value for t in tag_text(text, DCT)] == ["2017-02-14TNI", "2017-02-15T02:30"]
