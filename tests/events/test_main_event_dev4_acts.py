"""Non-meeting main events of the kinds in dev4: a halted approval, a dropped veto, an arrest
warrant whose word the title repeats, an appeal in a speech. Our own German sentences."""

from __future__ import annotations

from detente.events.triggers import title_types
from tests.events.helpers import m
from tests.events.test_main_event_acts import only, run
from tests.events.test_main_event_general import main

KANZLERIN = m("Kanzlerin Eva Lind", "person", "DEU", "Eva Lind")


def test_titles_name_halting_a_project_and_dropping_a_veto() -> None:
    assert "SANCTION" in title_types("Berlin legt das Kraftwerk auf Eis")
    assert "SANCTION" in title_types("Regierung stoppt Zertifizierung der Pipeline")
    assert "AGREE" in title_types("Ankara gibt den Weg für den Beitritt frei")
    assert "AGREE" not in title_types("Der Weg nach Rom ist weit")


def test_halting_an_approval_is_a_sanction() -> None:
    text = (
        "Kanzlerin Eva Lind hat das Genehmigungsverfahren für die Pipeline gestoppt. "
        "Sie reagierte damit am Dienstag in Berlin auf den Einmarsch Chinas."
    )
    events = run(text, [
        KANZLERIN,
        m("Berlin", "place", "DEU", "Berlin", as_actor=False),
        m("Chinas", "country", "CHN", "China"),
    ], title="Lind legt die Pipeline auf Eis")  # fmt: skip
    event = main(events)
    assert (event.type, event.mode) == ("SANCTION", "suspend")
    assert event.location is not None and event.location.name == "Berlin"


def test_a_stopped_advance_is_not_a_sanction() -> None:
    text = "Die Truppen Chinas stoppten den Vormarsch am Fluss."
    events = run(text, [m("Chinas", "country", "CHN", "China")])
    assert not [e for e in events if e.type == "SANCTION"]


def test_giving_up_a_blockade_is_an_agreement_that_outranks_the_talks() -> None:
    text = (
        "Der türkische Präsident Ali Demir hat seine Blockade gegen den Beitritt Japans aufgegeben. "
        "Das teilte Kanzlerin Eva Lind nach einem Treffen mit Demir in Rom mit."
    )
    events = run(text, [
        m("Präsident Ali Demir", "person", "TUR", "Ali Demir"),
        m("Japans", "country", "JPN", "Japan"),
        KANZLERIN,
        m("Demir", "person", "TUR", "Ali Demir"),
        m("Rom", "place", "ITA", "Rome", as_actor=False),
    ], title="Demir gibt den Weg für Japan frei")  # fmt: skip
    event = main(events)
    assert event.type == "AGREE"
    assert event.location is not None and event.location.name == "Rome"


def test_a_warrant_the_title_names_beats_a_later_meeting_and_a_reproach() -> None:
    text = (
        "Die Richter werfen dem Präsidenten Kriegsverbrechen vor. "
        "Das Gericht hat am Freitag einen Haftbefehl gegen Präsident Ivo Kern erlassen. "
        "Kern hat keine Angst vor dem Urteil. "
        "Am Montag hatte Kern in Neu-Delhi den Premier Raj Mehta getroffen."
    )
    events = run(text, [
        m("Gericht", "organisation", None, "International Court"),
        m("Präsident Ivo Kern", "person", "BLR", "Ivo Kern"),
        m("Kern", "person", "BLR", "Ivo Kern"),
        m("Kern", "person", "BLR", "Ivo Kern"),
        m("Premier Raj Mehta", "person", "IND", "Raj Mehta"),
    ], title="Gericht erlässt Haftbefehl gegen Kern")  # fmt: skip
    event = main(events)
    assert event.type == "ACCUSE"
    assert event is only([e for e in events if e.main], "ACCUSE")
    assert "Haftbefehl" in text[event.trigger[0] : event.trigger[1]]


def test_invoking_someone_in_a_speech_is_no_phone_call() -> None:
    text = "Der Präsident rief Kanzlerin Eva Lind an: „Helfen Sie uns jetzt.“"
    events = run(text, [m("Präsident", "person", "TUR", "Ali Demir"), KANZLERIN])
    assert not [e for e in events if e.type == "CONSULT" and e.mode == "phone"]
    text = "Der Präsident rief Kanzlerin Eva Lind am Abend an."
    events = run(text, [m("Präsident", "person", "TUR", "Ali Demir"), KANZLERIN])
    assert [e for e in events if e.type == "CONSULT" and e.mode == "phone"]
