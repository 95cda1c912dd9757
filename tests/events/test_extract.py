"""The event stage on our own German sentences with hand-placed actor mentions."""

from __future__ import annotations

from detente.document import Event
from detente.events import extract_events
from tests.events.helpers import document, m, resources


def events_of(text: str, specs: list[dict], dct: str = "2021-03-10") -> list[Event]:
    return list(extract_events(document(text, specs, dct), resources()).events)


def only(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.actors) for e in events]
    return found[0]


def names(args: tuple) -> list[str]:
    return [a.name for a in args]


def test_meeting_with_partner_and_place_is_the_main_event() -> None:
    text = "Die deutsche Außenministerin Anna Weber hat in Rom ihren italienischen Amtskollegen Marco Bruni getroffen."
    events = events_of(text, [
        m("Außenministerin Anna Weber", "person", "DEU", "Anna Weber"),
        m("Rom", "place", "ITA", "Rome", as_actor=False),
        m("italienischen Amtskollegen Marco Bruni", "person", "ITA", "Marco Bruni"),
    ])  # fmt: skip
    event = only(events, "CONSULT")
    assert event.main and sum(e.main for e in events) == 1
    assert names(event.actors) == ["Anna Weber"]
    assert names(event.recipients) == ["Marco Bruni"]
    assert event.location is not None and event.location.name == "Rome"
    assert text[event.trigger[0] : event.trigger[1]] == "getroffen"
    assert event.actors[0].span == (text.index("Außenministerin"), text.index(" hat"))


def test_demand_subject_acts_object_receives() -> None:
    text = "Frankreich hat China aufgefordert, die Exportbeschränkungen aufzuheben."
    event = only(
        events_of(text, [m("Frankreich", "country", "FRA"), m("China", "country", "CHN")]),
        "REQUEST",
    )
    assert [a.country for a in event.actors] == ["FRA"]
    assert [a.country for a in event.recipients] == ["CHN"]
    assert event.score < 0


def test_passive_with_agent_phrase() -> None:
    text = "Die Forderung Japans wurde von Peking umgehend zurückgewiesen."
    specs = [m("Japans", "country", "JPN"), m("Peking", "place", "CHN", "Beijing", via="metonym")]
    event = only(events_of(text, specs), "REJECT")
    assert [a.country for a in event.actors] == ["CHN"]
    assert event.actors[0].kind == "country" and event.actors[0].name == "China"
    assert [a.country for a in event.recipients] == ["JPN"]


def test_separable_verb_in_second_position() -> None:
    text = "Indien weist die Vorwürfe aus Brasilien entschieden zurück."
    specs = [m("Indien", "country", "IND"), m("Brasilien", "country", "BRA")]
    event = only(events_of(text, specs), "REJECT")
    assert [a.country for a in event.actors] == ["IND"]
    assert all(e.type != "ACCUSE" for e in events_of(text, specs))  # the noun is the object here


def test_planned_meeting_is_agree_with_future_aux() -> None:
    text = "Kanzler Paul Berger will sich kommende Woche mit dem türkischen Präsidenten Ali Demir treffen."
    specs = [
        m("Kanzler Paul Berger", "person", "DEU", "Paul Berger"),
        m("türkischen Präsidenten Ali Demir", "person", "TUR", "Ali Demir"),
    ]
    event = events_of(text, specs)[0]
    assert (event.type, event.aux) == ("AGREE", "future")
    assert names(event.actors) == ["Paul Berger"] and names(event.recipients) == ["Ali Demir"]


def test_negated_agreement() -> None:
    text = "Frankreich und Italien haben sich nicht auf eine gemeinsame Linie geeinigt."
    specs = [m("Frankreich", "country", "FRA"), m("Italien", "country", "ITA")]
    event = only(events_of(text, specs), "AGREE")
    assert event.aux == "negation"
    assert sorted(a.country for a in event.actors) == ["FRA", "ITA"]


def test_occasion_and_location_from_summit_phrase() -> None:
    text = "Am Rande des G7-Gipfels in Elmau traf Präsident Tom Harris den kanadischen Premier Luc Martin."
    specs = [
        m("Elmau", "place", "DEU", as_actor=False),
        m("Präsident Tom Harris", "person", "USA", "Tom Harris"),
        m("kanadischen Premier Luc Martin", "person", "CAN", "Luc Martin"),
    ]
    event = only(events_of(text, specs), "CONSULT")
    assert event.occasion == "G7" and event.occasion_span is not None
    assert text[event.occasion_span[0] : event.occasion_span[1]] == "G7-Gipfels"
    assert event.location is not None and event.location.name == "Elmau"
    assert names(event.actors) == ["Tom Harris"] and names(event.recipients) == ["Luc Martin"]


def test_sanctions_against_recipient() -> None:
    text = "Die EU verhängte am Montag neue Sanktionen gegen Belarus."
    specs = [m("EU", "organisation", "EU", "European Union"), m("Belarus", "country", "BLR")]
    event = only(events_of(text, specs), "SANCTION")
    assert names(event.actors) == ["European Union"] and [a.country for a in event.recipients] == [
        "BLR"
    ]
    assert "sanctions" in event.topics


def test_wir_in_a_quote_is_the_speaker() -> None:
    text = "„Wir haben mit Kanada einen Waffenstillstand vereinbart“, sagte Präsident Tom Harris."
    specs = [
        m("Kanada", "country", "CAN"),
        m("Präsident Tom Harris", "person", "USA", "Tom Harris"),
    ]
    event = only(events_of(text, specs), "AGREE")
    assert {a.name for a in event.actors} == {"Tom Harris", "Canada"}
    assert event.mode == "ceasefire"


def test_criticism_then_denial_targets_the_critic() -> None:
    text = "Italien kritisierte die Türkei scharf. Ankara bestreitet das."
    specs = [
        m("Italien", "country", "ITA"),
        m("Türkei", "country", "TUR"),
        m("Ankara", "place", "TUR", via="metonym"),
    ]
    events = events_of(text, specs)
    accuse, reject = only(events, "ACCUSE"), only(events, "REJECT")
    assert [a.country for a in accuse.recipients] == ["TUR"]
    assert [a.country for a in reject.actors] == ["TUR"]
    assert [a.country for a in reject.recipients] == ["ITA"]


def test_main_event_tone_follows_evaluative_language() -> None:
    specs = [m("Anna Weber", "person", "DEU"), m("Marco Bruni", "person", "ITA")]
    warm = "Anna Weber traf Marco Bruni. Das Treffen war sehr konstruktiv und herzlich, beide sprachen von Vertrauen."
    cold = "Anna Weber traf Marco Bruni. Das Treffen war frostig, es gab scharfe Meinungsverschiedenheiten und Streit."
    tone = {}
    for label, text in (("warm", warm), ("cold", cold)):
        main = next(e for e in events_of(text, specs) if e.main)
        assert main.tone_spans
        tone[label] = main.tone
    assert tone["warm"] >= 0.15 and tone["cold"] <= -0.15


def test_every_argument_and_field_has_a_span_into_the_body() -> None:
    text = "Frankreich hat China aufgefordert, die Menschenrechte zu achten."
    doc = document(text, [m("Frankreich", "country", "FRA"), m("China", "country", "CHN")])
    for event in extract_events(doc, resources()).events:
        for arg in (*event.actors, *event.recipients):
            assert text[arg.span[0] : arg.span[1]] in {"Frankreich", "China"}
        assert event.evidence and all(0 <= s < e <= len(text) for s, e in event.evidence)
        for slug_span in event.topic_spans:
            assert 0 <= slug_span[0] < slug_span[1] <= len(text)


def test_no_events_without_triggers_or_actors() -> None:
    assert (
        events_of("Das Wetter in Rom war schön.", [m("Rom", "place", "ITA", as_actor=False)]) == []
    )
    assert events_of("Die Gespräche gehen weiter.", []) == []


def test_coordinated_verb_phrase_shares_the_subject() -> None:
    text = "Er traf Präsident Ali Demir und rief die Türkei auf, die Grenze zu öffnen."
    specs = [
        m("Präsident Ali Demir", "person", "TUR", "Ali Demir"),
        m("Türkei", "country", "TUR"),
    ]
    lead = "Kanzler Paul Berger reiste nach Ankara. "
    events = events_of(
        lead + text, [m("Kanzler Paul Berger", "person", "DEU", "Paul Berger"), *specs]
    )
    request = only(events, "REQUEST")
    assert names(request.actors) == ["Paul Berger"]
    meeting = [e for e in events if e.type == "CONSULT" and e.sentence == 1]
    assert names(meeting[0].actors) == ["Paul Berger"]
    assert names(meeting[0].recipients) == ["Ali Demir"]


def test_finite_past_verb_is_not_read_as_an_attributive_participle() -> None:
    text = "Harris warnte Japan vor neuen Strafzöllen."
    specs = [m("Harris", "person", "USA"), m("Japan", "country", "JPN")]
    event = only(events_of(text, specs), "ACCUSE")
    assert names(event.actors) == ["Harris"] and [a.country for a in event.recipients] == ["JPN"]
