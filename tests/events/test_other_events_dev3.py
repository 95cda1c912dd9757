"""Other events found after studying the third development set: pledges, suspended
manoeuvres, meetings with a pronoun guest. Our own German sentences."""

from __future__ import annotations

from detente.document import Event
from detente.events import extract_events
from detente.time import tag_timexes
from tests.events.helpers import document, m, resources


def run(text: str, specs: list[dict], dct: str = "2021-03-10") -> list[Event]:
    res = resources()
    doc = tag_timexes(document(text, specs, dct), res)  # type: ignore[arg-type]
    return list(extract_events(doc, res).events)  # type: ignore[arg-type]


def of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.type == event_type]


def countries(args: tuple) -> set[str | None]:
    return {a.country for a in args}


BILATERAL = "Der Präsident Li Wei hat am Dienstag in Ottawa den Premier Tom Hall getroffen. "
SIDES = [
    m("Präsident Li Wei", "person", "CHN", "Li Wei"),
    m("Ottawa", "place", "CAN"),
    m("Premier Tom Hall", "person", "CAN", "Tom Hall"),
]


def test_committing_oneself_is_a_pledge_to_the_other_side() -> None:
    text = BILATERAL + "Darin verpflichtet sich China, seine Zölle schrittweise zu senken."
    events = run(text, [*SIDES, m("China", "country", "CHN")])
    pledges = [e for e in of_type(events, "AGREE") if e.mode == "promise"]
    assert len(pledges) == 1
    assert countries(pledges[0].actors) == {"CHN"} and countries(pledges[0].recipients) == {"CAN"}


def test_suspending_manoeuvres_with_an_ally_is_a_retreat_towards_the_other_side() -> None:
    text = BILATERAL + "Li Wei kündigte an, die gemeinsamen Manöver mit Japan auszusetzen."
    events = run(text, [*SIDES, m("Li Wei", "person", "CHN"), m("Japan", "country", "JPN")])
    retreats = of_type(events, "RETREAT")
    assert len(retreats) == 1
    assert countries(retreats[0].recipients) == {"CAN"}  # the ally only shares the deed


def test_host_with_a_pronoun_guest_receives_the_other_side() -> None:
    text = BILATERAL + "Am Abend empfing ihn auch der König Jan Berg im Palast."
    events = run(text, [*SIDES, m("König Jan Berg", "person", "CAN", "Jan Berg")])
    hosts = [e for e in of_type(events, "CONSULT") if e.mode == "host"]
    assert len(hosts) == 1 and countries(hosts[0].recipients) == {"CHN"}


def test_both_agreeing_with_a_form_of_sein_is_an_agreement() -> None:
    for sentence in (
        "Einig waren sich beide im Vorgehen gegen Japan.",
        "Beide Seiten sind sich einig über Japan.",
    ):
        events = run(BILATERAL + sentence, [*SIDES, m("Japan", "country", "JPN")])
        agreements = [e for e in of_type(events, "AGREE") if e.mode == "settle"]
        assert len(agreements) == 1, sentence
        assert countries(agreements[0].actors) == {"CHN", "CAN"}


PEOPLE = [
    *SIDES,
    m("Außenminister Bo Lin", "person", "CHN", "Bo Lin"),
    m("Kai Ruf", "person", "CAN"),
    m("Rom", "place", "ITA"),
]


def test_a_prepositional_relative_clause_does_not_break_the_main_clause() -> None:
    text = BILATERAL + (
        "Außenminister Bo Lin, mit dem Kai Ruf bereits am Sonntag verhandelt hatte, "
        "soll nach Rom reisen."
    )
    events = run(text, PEOPLE)
    trips = [e for e in events if e.actors and e.actors[0].name == "Bo Lin"]
    assert len(trips) == 1 and trips[0].aux == "future"  # the main clause resumes after it
    assert countries(trips[0].recipients) == {"ITA"}


def test_a_prepositional_relative_clause_has_the_antecedent_as_partner() -> None:
    text = (
        BILATERAL + "Minister Bo Lin, mit dem Kai Ruf einen Vertrag unterzeichnet hatte, reist ab."
    )
    events = run(
        text,
        [*SIDES, m("Minister Bo Lin", "person", "CHN", "Bo Lin"), m("Kai Ruf", "person", "CAN")],
    )
    signed = [e for e in of_type(events, "AGREE") if e.mode == "sign"]
    assert len(signed) == 1
    assert {a.name for a in (*signed[0].actors, *signed[0].recipients)} == {"Kai Ruf", "Bo Lin"}


def first_after_meeting(sentence: str, specs: list[dict]) -> list[Event]:
    return run(BILATERAL + sentence, [*SIDES, *specs])[1:]


def test_speaking_of_a_turning_point_is_praise() -> None:
    events = first_after_meeting("Der König Jan Berg sprach von einem Wendepunkt.", [
        m("König Jan Berg", "person", "CAN", "Jan Berg"),
    ])  # fmt: skip
    assert [(e.type, e.actors[0].name) for e in events] == [("SUPPORT", "Jan Berg")]


def test_speaking_of_a_capitulation_is_an_accusation() -> None:
    events = first_after_meeting("Li Wei sprach dagegen von einer Kapitulation.", [
        m("Li Wei", "person", "CHN"),
    ])  # fmt: skip
    assert [e.type for e in events] == ["ACCUSE"]


def test_calling_someone_a_friend_is_support_and_mocking_is_an_accusation() -> None:
    friend = first_after_meeting("Hall nannte Li Wei seinen Freund.", [
        m("Hall", "person", "CAN", "Tom Hall"), m("Li Wei", "person", "CHN"),
    ])  # fmt: skip
    assert [(e.type, e.recipients[0].name) for e in friend] == [("SUPPORT", "Li Wei")]
    mocked = first_after_meeting("Li Wei hatte Hall früher verspottet.", [
        m("Li Wei", "person", "CHN"), m("Hall", "person", "CAN", "Tom Hall"),
    ])  # fmt: skip
    assert [e.type for e in mocked] == ["ACCUSE"]


def test_raising_human_rights_accuses_the_other_side() -> None:
    events = first_after_meeting("Hall sprach auch die Lage der Uiguren an.", [
        m("Hall", "person", "CAN", "Tom Hall"),
    ])  # fmt: skip
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 1 and countries(accusations[0].recipients) == {"CHN"}


def test_contradicting_is_a_rejection_of_the_other_side() -> None:
    events = first_after_meeting("Li Wei widersprach am Abend.", [m("Li Wei", "person", "CHN")])
    rejections = of_type(events, "REJECT")
    assert len(rejections) == 1 and countries(rejections[0].recipients) == {"CAN"}


def test_pledging_support_is_support() -> None:
    events = first_after_meeting("Hall sicherte Li Wei seine Unterstützung zu.", [
        m("Hall", "person", "CAN", "Tom Hall"), m("Li Wei", "person", "CHN"),
    ])  # fmt: skip
    assert [e.type for e in events] == ["SUPPORT"]


def test_a_verb_phrase_after_a_speech_insert_shares_its_speaker() -> None:
    events = first_after_meeting("„Wir sind Partner“, sagte Hall und nannte Li Wei seinen Freund.", [
        m("Hall", "person", "CAN", "Tom Hall"), m("Li Wei", "person", "CHN"),
    ])  # fmt: skip
    support = of_type(events, "SUPPORT")
    assert len(support) == 1 and [a.name for a in support[0].actors] == ["Tom Hall"]


def test_a_common_verb_without_event_still_gives_its_clause_a_subject() -> None:
    text = "Der König Jan Berg begleitete Hall an die Grenze und sprach von einem Tag der Hoffnung."
    events = first_after_meeting(text, [
        m("König Jan Berg", "person", "CAN", "Jan Berg"), m("Hall", "person", "CAN", "Tom Hall"),
    ])  # fmt: skip
    assert [(e.type, e.actors[0].name) for e in events] == [("SUPPORT", "Jan Berg")]


def test_professing_a_goal_is_a_pledge_and_trusting_the_counterpart_is_support() -> None:
    events = first_after_meeting("China bekennt sich darin zur Abrüstung.", [
        m("China", "country", "CHN"),
    ])  # fmt: skip
    pledges = of_type(events, "AGREE")
    assert len(pledges) == 1 and countries(pledges[0].recipients) == {"CAN"}
    trust = first_after_meeting("Hall sagte, er vertraue seinem Gegenüber.", [
        m("Hall", "person", "CAN", "Tom Hall"),
    ])  # fmt: skip
    support = of_type(trust, "SUPPORT")
    assert len(support) == 1 and countries(support[0].recipients) == {"CHN"}
