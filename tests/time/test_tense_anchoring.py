"""Tense anchoring of weekdays and months: perfect, passive, participle attributes, clauses."""

from __future__ import annotations

import pytest

from detente.time import tag_text
from detente.time.tense import direction_at

DCT = "2019-06-12"  # a Wednesday
LAST_MONDAY, NEXT_MONDAY = "2019-06-10", "2019-06-17"


def value_of(sentence: str, dct: str = DCT) -> str | None:
    found = tag_text(sentence, dct)
    assert found, sentence
    return found[0].value


@pytest.mark.parametrize(
    "sentence",
    [
        # perfect with the auxiliary in second position and the participle at the end
        "Der Präsident hat seinen Gast am Montag im Schloss mit allen Ehren empfangen.",
        "Die Ministerin hat am Montag Gespräche mit der Opposition begonnen.",
        "Die Botschafter haben am Montag in Bern über die kommenden Schritte beraten.",
        "Der Gesandte ist am Montag nach einer langen Reise in Lima angekommen.",
        # pluperfect, passive, a clause with nachdem
        "Die Regierung hatte am Montag den Entwurf gebilligt.",
        "Der Vertrag wurde am Montag in Quito von beiden Seiten unterzeichnet.",
        "Nachdem die Delegation am Montag in Oslo eingetroffen war, begannen die Gespräche.",
        # reported speech of a past event
        "Er soll am Montag den Botschafter getroffen haben.",
    ],
)
def test_perfect_passive_and_nachdem_point_back(sentence: str) -> None:
    assert value_of(sentence) == LAST_MONDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Die am Montag unterzeichnete Erklärung sieht eine engere Zusammenarbeit vor.",
        "Die am Montag in Oslo beschlossenen Sanktionen sollen im Herbst greifen.",
        "Der am Montag gewählte Vorsitzende reist nach Brüssel.",
        "Die vom Parlament am Montag verabschiedete Reform soll im Herbst greifen.",
        "Der am Montag in Kraft getretene Vertrag soll den Handel erleichtern.",
    ],
)
def test_a_past_participle_attribute_points_back(sentence: str) -> None:
    assert value_of(sentence) == LAST_MONDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Die am Montag beginnenden Gespräche sollen eine Woche dauern.",
        "Die am Montag geplante Konferenz fällt aus.",
        "Der Minister hat angekündigt, am Montag nach Lima zu reisen.",
        "Am Montag wird die Kommission den Gast empfangen.",
        "Die Konferenz wird am Montag eröffnet.",
    ],
)
def test_announcements_point_forward(sentence: str) -> None:
    assert value_of(sentence) == NEXT_MONDAY


def test_an_infinitive_with_sein_stays_past() -> None:
    assert value_of("Er bedauerte, am Montag nicht gekommen zu sein.") == LAST_MONDAY


def test_a_sentence_ends_after_a_closing_quote() -> None:
    text = "Er fragte: „Wer kam?“ Am Montag gibt es eine Antwort."
    start = text.index("Montag")
    assert direction_at(text, start, start + 6) == "none"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Das Land hatte im vergangenen Dezember neue Zölle verhängt.", "2020-12"),
        ("Im letzten Oktober trafen sich die Delegationen.", "2020-10"),
        ("Im kommenden März will die Kommission berichten.", "2022-03"),
        ("Im Dezember hatte die Kommission berichtet.", "2020-12"),
        ("Im Dezember wird die Kommission berichten.", "2021-12"),
    ],
)
def test_months_named_without_a_year_follow_the_tense(sentence: str, value: str) -> None:
    assert value_of(sentence, "2021-09-29") == value


def test_relative_month_extent_includes_the_adjective() -> None:
    found = tag_text("Im vergangenen Dezember wurde gewählt.", "2021-09-29")
    assert [t.text for t in found] == ["vergangenen Dezember"]


def test_another_clause_tense_does_not_push_a_month_into_last_year() -> None:
    sentence = "Der Minister hatte gesagt, er plane ein Treffen Ende Juni in Lima."
    assert value_of(sentence, "2019-05-15") == "2019-06"
