"""Other events beyond plain clauses: denials, condemned deeds, reported demands, genitive
owners of measures, weapons that hit, objects after a time. Our own German sentences."""

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


def names(args: tuple) -> set[str]:
    return {a.name for a in args}


def test_speaker_denying_his_side_attacked_is_a_reject() -> None:
    text = "China habe Japan nicht angegriffen, behauptete der Minister Wei Tan."
    events = run(text, [
        m("China", "country", "CHN", "China"),
        m("Japan", "country", "JPN", "Japan"),
        m("Minister Wei Tan", "person", "CHN", "Wei Tan"),
    ])  # fmt: skip
    rejects = of_type(events, "REJECT")
    assert len(rejects) == 1 and names(rejects[0].actors) == {"Wei Tan"}
    assert rejects[0].aux is None and rejects[0].mode == "deny"


def test_condemning_the_attack_accuses_the_attacker() -> None:
    text = (
        "Am Montag traf eine chinesische Rakete einen Hafen in der Stadt Osaka. "
        "Die kanadische Regierung verurteilte den Angriff scharf."
    )
    events = run(text, [
        m("chinesische", "country", "CHN", "China", via="adjective"),
        m("Osaka", "place", "JPN", "Osaka", as_actor=False),
        m("kanadische Regierung", "country", "CAN", "Canada"),
    ])  # fmt: skip
    attack = of_type(events, "ASSAULT")
    assert len(attack) == 1 and names(attack[0].actors) == {"China"}
    assert names(attack[0].recipients) == {"Japan"}  # the place's country is hit
    accuse = of_type(events, "ACCUSE")
    assert len(accuse) == 1 and names(accuse[0].recipients) == {"China"}


def test_demands_named_in_the_sentence_before_are_requests_of_its_subject() -> None:
    text = (
        "Der Präsident Luis Vega kam mit zwei Forderungen. "
        "Die USA müssten die Zölle senken und ihre Truppen abziehen."
    )
    events = run(text, [
        m("Präsident Luis Vega", "person", "BRA", "Luis Vega"),
        m("USA", "country", "USA", "United States"),
    ])  # fmt: skip
    requests = of_type(events, "REQUEST")
    assert len(requests) == 2
    assert all(names(r.actors) == {"Luis Vega"} for r in requests)
    assert all(names(r.recipients) == {"United States"} for r in requests)


def test_sanctions_of_a_genitive_owner_are_its_own() -> None:
    text = "Die Türkei hatte dafür im Mai Sanktionen der USA auf sich gezogen."
    events = run(text, [
        m("Türkei", "country", "TUR", "Turkey"),
        m("USA", "country", "USA", "United States"),
    ])  # fmt: skip
    sanction = of_type(events, "SANCTION")
    assert len(sanction) == 1
    assert names(sanction[0].actors) == {"United States"}
    assert names(sanction[0].recipients) == {"Turkey"}


def test_a_time_before_the_object_is_no_preposition_of_it() -> None:
    text = "In Rom hat Präsident Carlo Neri am Montag Kanzlerin Eva Roth mit Ehren empfangen."
    events = run(text, [
        m("Rom", "place", "ITA", "Rome", as_actor=False),
        m("Präsident Carlo Neri", "person", "ITA", "Carlo Neri"),
        m("Kanzlerin Eva Roth", "person", "DEU", "Eva Roth"),
    ])  # fmt: skip
    host = [
        e for e in events if e.type in {"CONSULT", "AGREE"}
    ]  # AGREE if the date is read as future
    assert len(host) == 1
    assert names(host[0].actors) == {"Carlo Neri"} and names(host[0].recipients) == {"Eva Roth"}
