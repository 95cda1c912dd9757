"""Other-event recall: gapping, following suit, reported speakers, body anaphors, reciprocal
objects and clause structure. Our own German sentences; mentions placed by hand."""

from __future__ import annotations

from detente.events.extract import extract_events
from tests.events.helpers import document, m, resources


def events_of(text: str, specs: list[dict]) -> list[tuple[str, list[str], list[str], str | None]]:
    doc = extract_events(document(text, specs), resources())
    return [
        (e.type, [a.name for a in e.actors], [a.name for a in e.recipients], e.aux)
        for e in doc.events
    ]


def test_gapped_clause_repeats_the_event_for_each_country() -> None:
    text = "Japan weist drei chinesische Diplomaten aus, Kanada und Indien ebenfalls je zwei."
    specs = [
        m("Japan", "country", "JPN"),
        m("chinesische", "country", "CHN", name="China", via="adjective"),
        m("Kanada", "country", "CAN"),
        m("Indien", "country", "IND"),
    ]
    found = events_of(text, specs)
    assert ("SANCTION", ["Japan"], ["China"], None) in found
    assert ("SANCTION", ["Canada"], ["China"], None) in found
    assert ("SANCTION", ["India"], ["China"], None) in found


def test_following_suit_repeats_the_last_event() -> None:
    text = "Frankreich verhängte Sanktionen gegen Belarus. Auch Italien schloss sich an."
    specs = [
        m("Frankreich", "country", "FRA"),
        m("Belarus", "country", "BLR"),
        m("Italien", "country", "ITA"),
    ]
    found = events_of(text, specs)
    assert ("SANCTION", ["Italy"], ["Belarus"], None) in found


def test_a_clause_with_an_object_of_its_own_does_not_follow_suit() -> None:
    text = (
        "Frankreich verhängte Sanktionen gegen Belarus. Italien folgte der Empfehlung der Experten."
    )
    specs = [
        m("Frankreich", "country", "FRA"),
        m("Belarus", "country", "BLR"),
        m("Italien", "country", "ITA"),
    ]
    assert all(actors != ["Italy"] for _, actors, _, _ in events_of(text, specs))


def test_konjunktiv_clause_after_a_pronoun_speaker_is_the_speakers_threat() -> None:
    text = (
        "Präsident Lu Wen reagierte scharf. Der Schritt sei ein Fehler, sagte er in Peking. "
        "Das werde ernste Folgen für die Beziehungen haben."
    )
    found = events_of(text, [m("Lu Wen", "person", "CHN")])
    assert [(t, a) for t, a, _, _ in found] == [("THREATEN", ["Lu Wen"])]


def test_reported_clause_without_demonstrative_is_not_taken_from_the_sentence_before() -> None:
    text = (
        "Präsident Lu Wen reagierte scharf. Der Schritt sei ein Fehler, sagte er in Peking. "
        "Die Regierung in Tokio werde ernste Folgen für die Beziehungen haben."
    )
    assert events_of(text, [m("Lu Wen", "person", "CHN")]) == []


def test_both_sides_after_the_verb_are_its_object() -> None:
    text = (
        "Japan warf Kanada eine Provokation vor. Kanada wies das zurück. "
        "Frankreich rief beide Seiten zur Zurückhaltung auf."
    )
    specs = [
        m("Japan", "country", "JPN"),
        m("Kanada", "country", "CAN"),
        m("Kanada", "country", "CAN"),
        m("Frankreich", "country", "FRA"),
    ]
    found = events_of(text, specs)
    appeal = [f for f in found if f[0] == "REQUEST"]
    assert appeal and appeal[0][1] == ["France"]
    assert sorted(appeal[0][2]) == ["Canada", "Japan"]


def test_both_sides_in_a_coordinated_clause_keep_the_shared_subject() -> None:
    text = (
        "Japan warf Kanada eine Provokation vor. Kanada wies das zurück. "
        "Die Ministerin Anna Berg lobte Italien und rief zugleich beide Seiten zur Mäßigung auf."
    )
    specs = [
        m("Japan", "country", "JPN"),
        m("Kanada", "country", "CAN"),
        m("Kanada", "country", "CAN"),
        m("Anna Berg", "person", "DEU"),
        m("Italien", "country", "ITA"),
    ]
    appeal = [f for f in events_of(text, specs) if f[0] == "REQUEST"]
    assert appeal and appeal[0][1] == ["Anna Berg"]
    assert sorted(appeal[0][2]) == ["Canada", "Japan"]


def test_ordered_to_leave_the_country_is_an_expulsion() -> None:
    text = "Rom hatte bereits zehn chinesische Diplomaten zum Verlassen des Landes aufgefordert."
    specs = [
        m("Rom", "country", "ITA", name="Italy"),
        m("chinesische", "country", "CHN", name="China", via="adjective"),
    ]
    assert [f[0] for f in events_of(text, specs)] == ["SANCTION"]


def test_the_alliance_is_the_body_named_before() -> None:
    text = "Die Nato beriet in Brüssel über Japan. Die Allianz lehnt die Forderungen Chinas ab."
    specs = [
        m("Nato", "organisation", "NATO", name="NATO", entity_id="NATO"),
        m("Brüssel", "place", "BEL", as_actor=False),
        m("Japan", "country", "JPN"),
        m("Chinas", "country", "CHN", name="China"),
    ]
    found = events_of(text, specs)
    assert ("REJECT", ["NATO"], ["China"], None) in found


def test_the_alliance_without_a_named_body_has_no_actor() -> None:
    text = "Die Allianz lehnt die Forderungen Chinas ab."
    specs = [m("Chinas", "country", "CHN", name="China")]
    assert all("NATO" not in actors for _, actors, _, _ in events_of(text, specs))


def test_lifting_the_sanctions_of_several_bodies_is_theirs() -> None:
    text = "Im Gegenzug sollen die Sanktionen der Vereinten Nationen, der EU und der USA aufgehoben werden."
    specs = [
        m("Vereinten Nationen", "organisation", "UN", name="United Nations"),
        m("EU", "organisation", "EU"),
        m("USA", "country", "USA"),
    ]
    found = events_of(text, specs)
    assert found and found[0][0] == "CONCEDE"
    assert found[0][1] == ["United Nations", "EU", "United States"]


def test_a_warning_with_a_condition_is_a_threat() -> None:
    text = "Kanada warnte: Sollte China die Grenze verletzen, werde es Folgen geben."
    specs = [m("Kanada", "country", "CAN"), m("China", "country", "CHN")]
    found = events_of(text, specs)
    assert found and found[0][:2] == ("THREATEN", ["Canada"])


def test_further_steps_not_ruled_out_is_a_threat_without_negation() -> None:
    text = "Die Ministerin Anna Berg sagte in Rom, weitere Schritte gegen Belarus seien nicht ausgeschlossen."
    specs = [
        m("Anna Berg", "person", "DEU"),
        m("Rom", "place", "ITA", as_actor=False),
        m("Belarus", "country", "BLR"),
    ]
    found = events_of(text, specs)
    assert ("THREATEN", ["Anna Berg"], ["Belarus"], None) in found
    assert all(t != "REJECT" for t, _, _, _ in found)


def test_a_meeting_of_named_presidents_is_theirs_not_the_speakers() -> None:
    text = "Lu Wen schloss ein Treffen der Präsidenten Anna Berg und Karl Moor nicht aus."
    specs = [
        m("Lu Wen", "person", "CHN"),
        m("Anna Berg", "person", "DEU"),
        m("Karl Moor", "person", "ITA"),
    ]
    found = events_of(text, specs)
    assert found and found[0][0] == "CONSULT"
    assert found[0][1] == ["Anna Berg", "Karl Moor"]


def test_circumventing_sanctions_rejects_them() -> None:
    text = "Belarus werde die Sanktionen Kanadas umgehen."
    specs = [m("Belarus", "country", "BLR"), m("Kanadas", "country", "CAN", name="Canada")]
    found = events_of(text, specs)
    assert found and found[0][:2] == ("REJECT", ["Belarus"])


def test_a_quoted_accusation_is_the_speakers() -> None:
    text = (
        "Präsident Lu Wen reagierte scharf auf Japan. Die Entscheidung sei „ein Stoß in den "
        "Rücken, geführt von Feinden des Landes“, sagte er in Peking."
    )
    specs = [
        m("Lu Wen", "person", "CHN"),
        m("Japan", "country", "JPN"),
        m("Peking", "place", "CHN", as_actor=False),
    ]
    found = events_of(text, specs)
    assert found and found[0][:2] == ("ACCUSE", ["Lu Wen"])


def test_an_announced_answer_belongs_to_its_genitive_owner() -> None:
    text = (
        "Kanada wies zwei Diplomaten aus. Die Botschaft sprach von einem Fehler "
        "und kündigte eine Antwort Chinas an."
    )
    specs = [m("Kanada", "country", "CAN"), m("Chinas", "country", "CHN", name="China")]
    found = events_of(text, specs)
    assert ("THREATEN", ["China"], ["Canada"], None) in found


def test_a_country_adjective_in_a_prepositional_phrase_receives_nothing() -> None:
    text = (
        "Japan warf Kanada eine Provokation vor. "
        "Kanada bestreitet das: Das Schiff sei stets in chinesischen Gewässern gewesen."
    )
    specs = [
        m("Japan", "country", "JPN"),
        m("Kanada", "country", "CAN"),
        m("Kanada", "country", "CAN"),
        m("chinesischen", "country", "CHN", name="China", via="adjective"),
    ]
    denial = [f for f in events_of(text, specs) if f[0] == "REJECT"]
    assert denial and "China" not in denial[0][2]


def test_a_measure_justified_by_anothers_failure_accuses_them() -> None:
    text = (
        "Die Ministerin Anna Berg begründete den Schritt mit der fehlenden Bereitschaft "
        "Chinas, bei der Aufklärung zu helfen."
    )
    specs = [m("Anna Berg", "person", "DEU"), m("Chinas", "country", "CHN", name="China")]
    assert events_of(text, specs) == [("ACCUSE", ["Anna Berg"], ["China"], None)]


def test_a_justification_without_a_failure_is_no_accusation() -> None:
    text = "Die Ministerin Anna Berg begründete den Schritt mit der Lage in China."
    specs = [m("Anna Berg", "person", "DEU"), m("China", "country", "CHN")]
    assert all(t != "ACCUSE" for t, _, _, _ in events_of(text, specs))
