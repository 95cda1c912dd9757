"""Side events around a meeting: trips to several places, conditional threats, the guest as
recipient, sanctioned goods, invitations, past-tense plans. Our own German sentences."""

from __future__ import annotations

from tests.events.test_other_events_general import names, of_type, run


def test_a_trip_to_two_capitals_visits_both_countries() -> None:
    text = "Kanzler Paul Berg will in der kommenden Woche nach Peking und Tokio reisen."
    events = run(text, [
        m_person("Kanzler Paul Berg", "DEU", "Paul Berg"),
        m_place("Peking", "CHN", "Beijing"),
        m_place("Tokio", "JPN", "Tokyo"),
    ])  # fmt: skip
    trips = of_type(events, "AGREE")
    assert trips and trips[0].aux == "future"
    assert {a.country for a in trips[0].recipients} == {"CHN", "JPN"}
    assert names(trips[0].actors) == {"Paul Berg"}


def test_naming_the_price_of_an_attack_threatens_the_attacker() -> None:
    text = (
        "Sollte China Japan angreifen, werde der Handel sofort enden, "
        "kündigte Präsidentin Lena Hart an."
    )
    events = run(text, [
        m_country("China", "CHN"),
        m_country("Japan", "JPN"),
        m_person("Präsidentin Lena Hart", "USA", "Lena Hart"),
    ])  # fmt: skip
    threats = of_type(events, "THREATEN")
    assert len(threats) == 1 and names(threats[0].actors) == {"Lena Hart"}
    assert {a.country for a in threats[0].recipients} == {"CHN"}
    assert threats[0].aux is None


def test_standing_behind_the_guest_supports_the_other_side() -> None:
    text = (
        "Präsidentin Lena Hart hat Kanzler Paul Berg in Washington empfangen. "
        "Hart stellte sich ausdrücklich hinter ihren Gast."
    )
    events = run(text, [
        m_person("Präsidentin Lena Hart", "USA", "Lena Hart"),
        m_person("Kanzler Paul Berg", "DEU", "Paul Berg"),
        m_place("Washington", "USA", "Washington"),
        m_person("Hart", "USA", "Lena Hart"),
    ])  # fmt: skip
    support = of_type(events, "SUPPORT")
    assert support and names(support[0].actors) == {"Lena Hart"}
    assert {a.country for a in support[0].recipients} == {"DEU"}


def test_banning_imports_of_a_countrys_goods_sanctions_that_country() -> None:
    text = "Die EU-Staaten wollen den Import von chinesischem Stahl verbieten."
    events = run(text, [
        {**m_country("EU", "EU"), "kind": "organisation"},
        {**m_country("chinesischem", "CHN"), "via": "adjective"},
    ])  # fmt: skip
    sanctions = of_type(events, "SANCTION")
    assert sanctions and {a.country for a in sanctions[0].actors} == {"EU"}
    assert {a.country for a in sanctions[0].recipients} == {"CHN"}
    assert sanctions[0].aux == "future"


def test_an_invitation_is_a_future_meeting_with_the_other_side() -> None:
    text = (
        "Präsidentin Lena Hart traf Kanzler Paul Berg in Genf. "
        "Hart lud ihn ein, im Herbst nach Washington zu kommen."
    )
    events = run(text, [
        m_person("Präsidentin Lena Hart", "USA", "Lena Hart"),
        m_person("Kanzler Paul Berg", "DEU", "Paul Berg"),
        m_place("Genf", "CHE", "Geneva"),
        m_person("Hart", "USA", "Lena Hart"),
        m_place("Washington", "USA", "Washington"),
    ])  # fmt: skip
    invitations = [e for e in of_type(events, "AGREE") if e.mode == "meet"]
    assert invitations and invitations[0].aux == "future"
    assert {a.country for a in invitations[0].recipients} == {"DEU"}


def test_a_plan_signed_in_the_past_is_not_future_because_it_runs_to_a_later_year() -> None:
    text = "Präsidentin Lena Hart und Kanzler Paul Berg unterzeichneten einen Plan bis 2030."
    events = run(text, [
        m_person("Präsidentin Lena Hart", "USA", "Lena Hart"),
        m_person("Kanzler Paul Berg", "DEU", "Paul Berg"),
    ])  # fmt: skip
    signed = of_type(events, "AGREE")
    assert signed and signed[0].aux is None


def m_person(surface: str, country: str, name: str) -> dict:
    return {"surface": surface, "kind": "person", "country": country, "name": name}


def m_country(surface: str, code: str) -> dict:
    return {"surface": surface, "kind": "country", "country": code, "name": surface}


def m_place(surface: str, country: str, name: str) -> dict:
    return {
        "surface": surface, "kind": "place", "country": country, "name": name, "as_actor": False,
    }  # fmt: skip
