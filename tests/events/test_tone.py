"""Tone: evaluative words in context and the main event's tone formula. Our own sentences."""

from __future__ import annotations

from detente.document import Argument, Event
from detente.events.attributes import past_tense, polarity_hits
from detente.events.lexicon import polarity
from detente.events.main_event import _acts, _between
from detente.events.structure import sentence_views
from tests.events.helpers import document, m
from tests.events.test_main_event_general import main, run


def total(text: str) -> float:
    return sum(w for w, _ in polarity_hits(text, 0))


def test_lexicon_has_general_diplomatic_vocabulary() -> None:
    lexicon = polarity()
    assert len(lexicon) >= 600
    assert lexicon["schulterschluss"] > 0 > lexicon["unterkühlt"]
    # the world's events weigh little; the acts are counted as events
    assert abs(lexicon["krieg"]) < abs(lexicon["misstrauen"])


def test_intensifier_and_negation_before_and_after() -> None:
    plain, strong = (
        total("Ein konstruktives Gespräch."),
        total("Ein äußerst konstruktives Gespräch."),
    )
    assert 0 < plain < strong
    assert total("Die Runde brachte keinen Durchbruch.") < 0
    assert total("Die Lage ist nicht besser geworden.") < 0
    assert total("Wir vertrauen dieser Regierung nicht.") < 0
    assert total("Ohne Zweifel war es ein Erfolg.") > 0


def test_concession_remedy_and_rejection_change_a_term() -> None:
    conceded = polarity_hits("Es gibt zwar Differenzen, aber eine gemeinsame Linie.", 0)
    assert conceded[0][0] == 0.5 * polarity()["differenzen"]
    assert total("Beide wollen die Spannungen abbauen.") > 0
    assert total("Dem Angebot einer Kooperation erteilte der Minister eine klare Absage.") < 0


def test_demands_and_hopes_do_not_count_as_achieved() -> None:
    assert total("Die Ministerin forderte, die Zusammenarbeit zu vertiefen.") == 0
    hoped = total("Man hofft auf eine Annäherung.")
    assert 0 < hoped < polarity()["annäherung"]
    # a modal in a later clause does not reach back to an agreement already reached
    assert total("Beide sind sich einig, dass die Gegenseite nachgeben müsse.") > 0


def test_past_tense_clause_is_never_future_by_its_date() -> None:
    doc = document("Die Präsidenten unterzeichneten einen Plan bis 2030.", [])
    view = sentence_views(doc)[0]
    assert past_tense(view, 0, 2, True)
    doc = document("Die Präsidenten unterzeichnen morgen einen Plan.", [])
    assert not past_tense(sentence_views(doc)[0], 0, 2, True)


def _event(kind: str, score: float, actors: list[str], recipients: list[str], aux=None) -> Event:
    def args(codes: list[str]) -> tuple[Argument, ...]:
        return tuple(Argument(c, c, c, "country", (0, 1)) for c in codes)

    return Event(
        type=kind, mode=None, trigger=(0, 1), sentence=0, actors=args(actors),
        recipients=args(recipients), aux=aux, score=score,
    )  # fmt: skip


def test_acts_between_the_sides_and_third_parties() -> None:
    sides = {"USA", "RUS"}
    assert _between(_event("ACCUSE", -2.0, ["USA"], ["RUS"]), sides) is True
    assert _between(_event("SANCTION", -5.0, ["USA"], ["IRN"]), sides) is False
    assert _between(_event("AGREE", 5.0, ["USA", "RUS", "JOR"], []), sides) is True
    assert _between(_event("AGREE", 4.0, ["USA"], [], aux="future"), sides) is True
    assert _between(_event("ASSAULT", -9.0, ["RUS"], ["USA"], aux="negation"), sides) is None
    assert _between(_event("CONSULT", 1.0, ["USA"], ["RUS"]), sides) is None
    # one conflict event is damped by the neutral pseudo-event
    single = _acts([_event("REJECT", -4.0, ["RUS"], ["USA"])], sides)
    assert single is not None and -0.4 < single < 0
    assert _acts([], sides) is None


PERSONS = [
    m("Präsidentin Lena Hart", "person", "USA", "Lena Hart"),
    m("Staatschef Oleg Marin", "person", "RUS", "Oleg Marin"),
]


def test_a_warm_meeting_is_cooperative_despite_a_rejected_accusation() -> None:
    text = (
        "Präsidentin Lena Hart hat Staatschef Oleg Marin in Genf getroffen. "
        "Es sei ein sehr konstruktives Treffen gewesen, die Atmosphäre sei herzlich. "
        "Man habe einen Waffenstillstand vereinbart. "
        "Marin habe Vorwürfe zurückgewiesen."
    )
    assert main(run(text, PERSONS)).tone >= 0.15


def test_a_frosty_meeting_without_result_is_conflictual() -> None:
    text = (
        "Präsidentin Lena Hart hat Staatschef Oleg Marin in Genf getroffen. "
        "Das Treffen verlief frostig und brachte keinen Durchbruch. "
        "Es gab scharfe Meinungsverschiedenheiten und kein Vertrauen."
    )
    assert main(run(text, PERSONS)).tone <= -0.15


def test_sanctions_against_a_third_party_do_not_sour_an_allies_meeting() -> None:
    persons = [
        m("Präsidentin Lena Hart", "person", "USA", "Lena Hart"),
        m("Kanzler Paul Berg", "person", "DEU", "Paul Berg"),
        m("Belarus", "country", "BLR", "Belarus"),
    ]
    text = (
        "Präsidentin Lena Hart hat Kanzler Paul Berg in Washington empfangen. "
        "Beide zeigten sich zufrieden und betonten den Schulterschluss. "
        "Sie verhängten neue Sanktionen gegen Belarus."
    )
    assert main(run(text, persons)).tone >= 0.15
