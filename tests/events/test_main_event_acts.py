"""Main events that are not meetings: the headline and lead decide, not the presence of a
meeting somewhere in the text. New triggers for expulsions, summons, shoot-downs and aid.
Our own German sentences."""

from __future__ import annotations

from detente.document import Event, Metadata
from detente.events import extract_events
from detente.events.triggers import title_types
from detente.time import tag_timexes
from tests.events.helpers import document, m
from tests.events.test_main_event_general import kb_resources, main, names

MINISTER = m("Außenministerin Clara Berg", "person", "DEU", "Clara Berg")


def run(text: str, specs: list[dict], title: str | None = None) -> list[Event]:
    doc = document(text, specs)
    doc = doc.with_(meta=Metadata(title=title))
    res = kb_resources()
    doc = tag_timexes(doc, res)  # type: ignore[arg-type]
    return list(extract_events(doc, res).events)  # type: ignore[arg-type]


def only(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.mode) for e in events]
    return found[0]


def test_title_names_the_kind_of_event() -> None:
    assert title_types("Italien schickt chinesische Diplomaten nach Hause") == {"SANCTION"}
    assert title_types("Japan verhängt neue Sanktionen gegen Belarus") == {"SANCTION"}
    assert "AID" in title_types("Kanada unterzeichnet Hilfspaket für Brasilien")
    assert title_types("Zwei Tage in Rom, aber keine Bewegung") == set()


def test_expulsion_in_the_lead_beats_a_later_visit() -> None:
    text = (
        "Deutschland weist zwölf chinesische Diplomaten aus. "
        "Das teilte Außenministerin Clara Berg am Montag in Berlin mit. "
        "Peking kündigte eine Antwort an. "
        "Am Abend besuchte der Präsident Marco Neri die Hauptstadt."
    )
    events = run(text, [
        m("Deutschland", "country", "DEU", "Germany"),
        m("chinesische", "country", "CHN", "China", via="adjective"),
        MINISTER,
        m("Berlin", "place", "DEU", "Berlin", as_actor=False),
        m("Peking", "country", "CHN", "China", via="metonym"),
        m("Präsident Marco Neri", "person", "ITA", "Marco Neri"),
    ], title="Berlin weist Diplomaten aus")  # fmt: skip
    event = main(events)
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert "Clara Berg" in names(event)  # the announcer stands for her country
    assert event.location is not None and event.location.name == "Berlin"
    assert event.tone is not None and event.tone < 0


def test_a_demand_in_the_lead_of_a_meeting_was_made_at_the_meeting() -> None:
    text = (
        "Die Außenministerin Clara Berg hat Japan zu mehr Klimaschutz aufgefordert. "
        "Bei ihrem Treffen mit dem Außenminister Ken Sato in Tokio ging es um den Handel."
    )
    events = run(text, [
        MINISTER,
        m("Japan", "country", "JPN", "Japan"),
        m("Außenminister Ken Sato", "person", "JPN", "Ken Sato"),
        m("Tokio", "place", "JPN", "Tokyo", as_actor=False),
    ])  # fmt: skip
    assert main(events).type == "CONSULT"


def test_persona_non_grata_and_nach_hause_schicken_are_expulsions() -> None:
    text = (
        "Italien hat drei chinesische Diplomaten zu unerwünschten Personen erklärt. "
        "Frankreich schickt zwei Diplomaten nach Hause."
    )
    events = run(text, [
        m("Italien", "country", "ITA", "Italy"),
        m("chinesische", "country", "CHN", "China", via="adjective"),
        m("Frankreich", "country", "FRA", "France"),
    ])  # fmt: skip
    expulsions = [e for e in events if (e.type, e.mode) == ("SANCTION", "expel")]
    assert {a.country for e in expulsions for a in e.actors} == {"ITA", "FRA"}


def test_summoning_an_ambassador_is_a_protest() -> None:
    text = "Die Außenministerin Clara Berg bestellte am Dienstag den japanischen Botschafter ein."
    events = run(text, [MINISTER, m("japanischen", "country", "JPN", "Japan", via="adjective")])
    event = only(events, "PROTEST")
    assert event.mode == "summon"
    assert {a.country for a in event.recipients} == {"JPN"}


def test_a_jet_shot_down_is_an_assault_and_a_rocket_launch_is_not() -> None:
    text = (
        "Die Türkei hat einen indischen Kampfjet abgeschossen. Japan hat eine Rakete abgeschossen."
    )
    events = run(text, [
        m("Türkei", "country", "TUR", "Turkey"),
        m("indischen", "country", "IND", "India", via="adjective"),
        m("Japan", "country", "JPN", "Japan"),
    ])  # fmt: skip
    assault = only(events, "ASSAULT")
    assert {a.country for a in assault.actors} == {"TUR"}
    assert main(events) is assault


def test_signing_an_aid_package_is_aid() -> None:
    text = "Präsident Marco Neri hat am Mittwoch das Hilfspaket für Brasilien unterzeichnet."
    events = run(text, [
        m("Präsident Marco Neri", "person", "ITA", "Marco Neri"),
        m("Brasilien", "country", "BRA", "Brazil"),
    ])  # fmt: skip
    event = main(events)
    assert event.type == "AID"
    assert {a.country for a in event.recipients} == {"BRA"}


def test_a_dass_clause_of_a_commitment_is_future() -> None:
    text = "Der Vertrag sieht vor, dass Japan seine Truppen aus Belarus abzieht."
    events = run(text, [
        m("Japan", "country", "JPN", "Japan"),
        m("Belarus", "country", "BLR", "Belarus"),
    ])  # fmt: skip
    assert only(events, "RETREAT").aux == "future"


def test_verdicts_and_announced_retaliation_are_accusations_and_threats() -> None:
    text = (
        "Die chinesische Regierung nannte die Ausweisung eine Provokation. "
        "China kündigte eine Reaktion an. "
        "Kanada sagte Brasilien weitere Militärhilfe zu."
    )
    events = run(text, [
        m("chinesische Regierung", "country", "CHN", "China"),
        m("China", "country", "CHN", "China"),
        m("Kanada", "country", "CAN", "Canada"),
        m("Brasilien", "country", "BRA", "Brazil"),
    ])  # fmt: skip
    assert {a.country for a in only(events, "ACCUSE").actors} == {"CHN"}
    assert {a.country for a in only(events, "THREATEN").actors} == {"CHN"}
    assert {a.country for a in only(events, "AID").actors} == {"CAN"}


def test_konjunktiv_ii_after_a_speaker_reports_and_after_wenn_supposes() -> None:
    speaker = m("Regierungssprecher Tom Weber", "person", "DEU", "Tom Weber")
    reported = run(
        "Regierungssprecher Tom Weber erklärte, die Spionage Japans wäre ein Vertrauensbruch.",
        [speaker, m("Japans", "country", "JPN", "Japan")],
    )
    supposed = run(
        "Regierungssprecher Tom Weber erklärte, wenn Japan spionierte, wäre das ein Vertrauensbruch.",
        [speaker, m("Japan", "country", "JPN", "Japan")],
    )
    assert only(reported, "ACCUSE").aux is None
    assert only(supposed, "ACCUSE").aux == "hypothetical"


def test_an_institution_named_by_its_seat_acts_for_its_country() -> None:
    events = run(
        "Die Regierung in Peking nannte die Ausweisung eine Provokation.",
        [m("Peking", "place", "CHN", "Beijing", as_actor=False)],
    )
    assert {a.country for a in only(events, "ACCUSE").actors} == {"CHN"}


def test_an_announced_response_is_a_threat_made_now_by_the_seat_of_the_first_verb() -> None:
    events = run(
        "Die Regierung in Peking nannte die Ausweisung eine Provokation und kündigte eine "
        "Reaktion an.",
        [m("Peking", "place", "CHN", "Beijing", as_actor=False)],
    )
    threat = only(events, "THREATEN")
    assert {a.country for a in threat.actors} == {"CHN"}
    assert threat.aux is None


def test_standing_at_a_countrys_side_supports_it() -> None:
    events = run(
        "Kanada stehe fest an der Seite Japans.",
        [m("Kanada", "country", "CAN", "Canada"), m("Japans", "country", "JPN", "Japan")],
    )
    support = only(events, "SUPPORT")
    assert {a.country for a in support.actors} == {"CAN"}
    assert {a.country for a in support.recipients} == {"JPN"}


def test_a_government_named_by_seat_or_adjective_is_its_country() -> None:
    events = run(
        "Kanada hatte der Regierung in Tokio weitere Militärhilfe zugesagt. "
        "Eine Beteiligung weist die japanische Regierung zurück.",
        [
            m("Kanada", "country", "CAN", "Canada"),
            m("Tokio", "place", "JPN", "Tokyo", as_actor=False),
            m("japanische", "country", "JPN", "Japan", via="adjective"),
        ],
    )
    assert {a.country for a in only(events, "AID").recipients} == {"JPN"}
    assert {a.country for a in only(events, "REJECT").actors} == {"JPN"}


def test_a_short_quoted_phrase_stays_in_its_clause() -> None:
    events = run(
        "Peking werde „nach dem Prinzip der Gegenseitigkeit“ antworten, meldeten Agenturen. "
        "Der Präsident Marco Neri bedankte sich bei Japan.",
        [
            m("Peking", "country", "CHN", "China", via="metonym"),
            m("Präsident Marco Neri", "person", "ITA", "Marco Neri"),
            m("Japan", "country", "JPN", "Japan"),
        ],
    )
    assert {a.country for a in only(events, "THREATEN").actors} == {"CHN"}
    assert {a.country for a in only(events, "SUPPORT").recipients} == {"JPN"}


def test_troops_massed_at_a_border_aim_at_its_country() -> None:
    events = run(
        "China hat rund 50.000 Soldaten an der indischen Grenze zusammengezogen.",
        [
            m("China", "country", "CHN", "China"),
            m("indischen", "country", "IND", "India", via="adjective"),
        ],
    )
    assert {a.country for a in only(events, "MOBILIZE").recipients} == {"IND"}


def test_an_apposition_between_subject_and_verb_keeps_the_subject() -> None:
    events = run(
        "Der Chef der Regierungspartei, Marco Neri, lehnte den Plan Japans ab.",
        [m("Marco Neri", "person", "ITA", "Marco Neri"), m("Japans", "country", "JPN", "Japan")],
    )
    assert {a.name for a in only(events, "REJECT").actors} == {"Marco Neri"}
