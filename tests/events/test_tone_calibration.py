"""Tone calibration: the meeting as an act, the shares of the signals, negation over an
article. Our own sentences."""

from __future__ import annotations

from detente.events.attributes import polarity_hits
from detente.events.lexicon import plover
from detente.events.main_event import ACT_SHARE, VERDICT_SHARE, _meeting_act
from tests.events.test_main_event_general import PERSONS, main, run


def total(text: str) -> float:
    return sum(w for w, _ in polarity_hits(text, 0))


def test_the_meeting_counts_as_one_damped_act_of_talking() -> None:
    # the PLOVER score of CONSULT / 10, shrunk by one neutral pseudo-event
    assert _meeting_act() == plover()["categories"]["CONSULT"]["score"] / 10.0 / 2
    assert 0 < _meeting_act() < 0.15  # it never makes a meeting cooperative on its own


def test_the_climate_weighs_least() -> None:
    climate = 1 - ACT_SHARE - VERDICT_SHARE
    assert 0 < climate < min(ACT_SHARE, VERDICT_SHARE)


def test_a_negator_reaches_a_term_over_a_preposition_and_an_article() -> None:
    assert total("Er hatte nicht mit einem Durchbruch gerechnet.") < 0
    assert total("Sie rechnen mit einem Durchbruch.") > 0
    assert total("Es gibt keinen Grund zur Sorge.") > 0


def test_a_mixed_verdict_in_a_tense_relation_is_mixed_not_conflictual() -> None:
    text = (
        "Präsidentin Lena Hart hat Staatschef Oleg Marin in Genf getroffen. "
        "Das Gespräch sei konstruktiv gewesen, es gebe aber weiter tiefe Differenzen. "
        "Die Beziehungen gelten seit Jahren als angespannt."
    )
    event = main(run(text, PERSONS))
    assert -0.15 < event.tone < 0.15
    words = {text[s:e] for s, e in event.tone_spans}
    assert {"konstruktiv", "Differenzen", "angespannt"} <= words


def test_a_frosty_meeting_stays_conflictual_and_its_words_are_evidence() -> None:
    text = (
        "Präsidentin Lena Hart hat Staatschef Oleg Marin in Genf getroffen. "
        "Das Treffen verlief frostig und brachte keinen Durchbruch. "
        "Es gab scharfe Meinungsverschiedenheiten und kein Vertrauen."
    )
    event = main(run(text, PERSONS))
    assert event.tone <= -0.15
    words = {text[s:e].lower() for s, e in event.tone_spans}
    assert "frostig" in words
    assert event.trigger in event.tone_spans  # the meeting itself is one of the acts
