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


def test_a_quoted_breach_is_the_speakers_accusation() -> None:
    events = after_meeting(
        "„China hat das Abkommen gebrochen“, sagte Tom Hall.",
        [m("China", "country", "CHN"), HALL],
    )
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 1
    assert [a.name for a in accusations[0].actors] == ["Tom Hall"]
    assert countries(accusations[0].recipients) == {"CHN"}


def test_a_narrated_breach_is_no_accusation() -> None:
    events = after_meeting("Im Jahr 1990 brach China das Abkommen.", [m("China", "country", "CHN")])
    assert not of_type(events, "ACCUSE")


def test_blame_reported_after_a_speaker_is_an_accusation() -> None:
    text = "Tom Hall sagte, die Lage sei ernst. Die Verantwortung trage allein China."
    events = after_meeting(text, [HALL, m("China", "country", "CHN")])
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 1
    assert [a.name for a in accusations[0].actors] == ["Tom Hall"]
    assert countries(accusations[0].recipients) == {"CHN"}


def test_where_a_quote_was_said_is_not_its_target() -> None:
    events = after_meeting(
        "Das sei „ein Verrat“, sagte Tom Hall bei einem Treffen mit dem japanischen Kaiser Aki.",
        [HALL, m("japanischen", "country", "JPN", "Japan", via="adjective", as_actor=False),
         m("Kaiser Aki", "person", "JPN", "Aki")],
    )  # fmt: skip
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 1
    assert "JPN" not in countries(accusations[0].recipients)


def test_speaking_out_against_something_rejects_it() -> None:
    events = after_meeting(
        "Tom Hall hatte sich zuvor gegen Waffenlieferungen an Japan ausgesprochen.",
        [HALL, m("Japan", "country", "JPN")],
    )
    assert [(e.type, e.actors[0].name) for e in events] == [("REJECT", "Tom Hall")]


def test_a_name_after_a_country_adjective_keeps_the_preposition() -> None:
    events = after_meeting(
        "Weitere Schritte seien nicht ausgeschlossen, sagte Tom Hall im japanischen Kioto.",
        [HALL, m("japanischen", "country", "JPN", "Japan", via="modifier", as_actor=False),
         m("Kioto", "place", "JPN")],
    )  # fmt: skip
    threats = of_type(events, "THREATEN")
    assert len(threats) == 1  # aimed at the other side, not at where it was said
    assert countries(threats[0].recipients) == {"CHN"}


def test_a_demand_modal_without_a_named_subject_is_the_speakers_demand() -> None:
    events = after_meeting(
        "Tom Hall betonte, auch künftig müsse Getreide durch den Hafen fließen.", [HALL]
    )
    demands = of_type(events, "REQUEST")
    assert len(demands) == 1
    assert [a.name for a in demands[0].actors] == ["Tom Hall"]
    assert countries(demands[0].recipients) == {"CHN"}  # the other side


def test_a_further_demand_after_a_demand_is_the_same_speakers() -> None:
    text = "Tom Hall verlangte, dass die Zölle fallen. Zudem müsse es endlich Frieden geben."
    events = after_meeting(text, [HALL])
    assert [a.name for e in of_type(events, "REQUEST") for a in e.actors] == ["Tom Hall"] * 2


def test_a_narrated_must_is_no_demand() -> None:
    events = after_meeting("Die Zölle müssen bis Mai sinken.", [])
    assert not of_type(events, "REQUEST")


def test_speaking_of_a_historic_agreement_is_praise() -> None:
    events = after_meeting("Tom Hall sprach von einer historischen Einigung.", [HALL])
    assert [(e.type, e.actors[0].name) for e in events] == [("SUPPORT", "Tom Hall")]


def test_a_reported_there_is_no_is_a_denial() -> None:
    events = after_meeting("Es gebe in China keine Zensur, sagte Li Wei.", [
        m("China", "country", "CHN"), m("Li Wei", "person", "CHN"),
    ])  # fmt: skip
    denials = of_type(events, "REJECT")
    assert len(denials) == 1 and denials[0].aux is None  # the "keine" is the denial itself
    assert [a.name for a in denials[0].actors] == ["Li Wei"]


def test_an_indicative_must_with_a_named_speaker_is_a_demand_on_the_subject() -> None:
    events = after_meeting(
        "Die Regierung von Japan muss binnen einer Woche eine Liste vorlegen, wie Tom Hall "
        "und Li Wei erklärten.",
        [m("Japan", "country", "JPN"), HALL, m("Li Wei", "person", "CHN")],
    )
    demands = of_type(events, "REQUEST")
    assert len(demands) == 1
    assert {a.name for a in demands[0].actors} == {"Tom Hall", "Li Wei"}
    assert countries(demands[0].recipients) == {"JPN"}


def test_a_quoted_maxim_with_must_is_no_demand() -> None:
    events = after_meeting("„Manchmal muss man einfach gehen“, sagte Tom Hall.", [HALL])
    assert not of_type(events, "REQUEST")


def test_the_subject_before_a_speech_verb_is_the_speaker() -> None:
    text = (
        "Li Wei forderte Kanada auf, nicht länger von einer Bedrohung zu sprechen. "
        "Es gebe für China keinen Raum für Kompromisse."
    )
    specs = [
        m("Li Wei", "person", "CHN"),
        m("Kanada", "country", "CAN"),
        m("China", "country", "CHN"),
    ]
    denials = of_type(after_meeting(text, specs), "REJECT")
    assert len(denials) == 1 and [a.name for a in denials[0].actors] == ["Li Wei"]
