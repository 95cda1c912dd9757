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
    for sentence in ("Einig waren sich beide im Vorgehen gegen Japan.", "Beide sind sich einig."):
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


def test_talks_in_a_prepositional_relative_clause_have_the_antecedent_as_partner() -> None:
    text = BILATERAL + (
        "Außenminister Bo Lin, mit dem Kai Ruf bereits am Sonntag verhandelt hatte, "
        "soll nach Rom reisen."
    )
    events = run(text, PEOPLE)
    talks = [e for e in of_type(events, "CONSULT") if e.actors[0].name == "Kai Ruf"]
    assert len(talks) == 1 and [r.name for r in talks[0].recipients] == ["Bo Lin"]
    assert talks[0].date is not None and talks[0].date.value == "2021-03-07"
    trips = [e for e in events if e.actors and e.actors[0].name == "Bo Lin"]
    assert len(trips) == 1 and trips[0].aux == "future"  # the main clause resumes after it
