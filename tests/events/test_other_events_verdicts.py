"""Reported verdicts, expectations and backing: our own German sentences."""

from __future__ import annotations

from detente.document import Event
from tests.events.helpers import m
from tests.events.test_other_events_dev3 import BILATERAL, SIDES, countries, of_type, run

HALL = m("Tom Hall", "person", "CAN")


def after_meeting(sentence: str, specs: list[dict]) -> list[Event]:
    return [e for e in run(BILATERAL + sentence, [*SIDES, *specs]) if not e.main]


def test_a_reported_verdict_with_sein_is_the_speakers_accusation() -> None:
    events = after_meeting(
        "Der Schritt sei unbegründet und unfreundlich, erklärte Tom Hall.", [HALL]
    )
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 1  # two verdict words, one verdict
    assert [a.name for a in accusations[0].actors] == ["Tom Hall"]


def test_a_judged_subject_is_the_one_accused() -> None:
    events = after_meeting(
        "Li Wei sei unverantwortlich, sagte Tom Hall.", [m("Li Wei", "person", "CHN"), HALL]
    )
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 1
    assert [a.name for a in accusations[0].actors] == ["Tom Hall"]
    assert [a.name for a in accusations[0].recipients] == ["Li Wei"]


def test_man_in_reported_speech_is_the_speaker() -> None:
    text = "Tom Hall sagte, die Lage sei ernst. Man erwarte, dass China seine Zölle senke."
    events = after_meeting(text, [HALL, m("China", "country", "CHN")])
    demands = of_type(events, "REQUEST")
    assert len(demands) == 1
    assert [a.name for a in demands[0].actors] == ["Tom Hall"]
    assert countries(demands[0].recipients) == {"CHN"}


def test_man_in_the_indicative_is_not_the_speaker() -> None:
    text = "Tom Hall sagte, die Lage sei ernst. Man erwartet, dass China seine Zölle senkt."
    events = after_meeting(text, [HALL, m("China", "country", "CHN")])
    assert of_type(events, "REQUEST")
    assert all(a.name != "Tom Hall" for e in of_type(events, "REQUEST") for a in e.actors)


def test_standing_behind_someone_supports_them() -> None:
    events = after_meeting(
        "Japan stellte sich geschlossen hinter Kanada.",
        [m("Japan", "country", "JPN"), m("Kanada", "country", "CAN")],
    )
    support = of_type(events, "SUPPORT")
    assert len(support) == 1
    assert countries(support[0].actors) == {"JPN"} and countries(support[0].recipients) == {"CAN"}
