"""Event dates: clauses about other events, month parts as ranges, summits named with a date."""

from __future__ import annotations

from detente.document import Document, DocumentDate
from detente.kb.model import Entity, KnowledgeBase
from detente.language import tokenise
from detente.pipeline import Resources
from detente.time import date_event, tag_timexes
from detente.time.dates import date_range


class SmallResources(Resources):
    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.__dict__["kb"] = kb  # shadows the cached property: no data files needed


def prepared(text: str, dct: str = "2019-06-12", kb: KnowledgeBase | None = None) -> Document:
    doc = Document(id="e", original=text, body=text)
    doc = tokenise(doc).with_(dct=DocumentDate(date_range(dct), "override", None, "test"))
    return tag_timexes(doc, SmallResources(kb) if kb is not None else None)


def test_a_date_in_a_seit_clause_does_not_date_the_meeting() -> None:
    text = "Es war das erste Treffen der beiden, seit die Ministerin im März ihr Amt antrat."
    doc = prepared(text)
    start = text.index("Treffen")
    rng, span = date_event(doc, 0, (start, start + 7))
    assert rng.value == "2019-06-12" and span is None  # the DCT, not March


def test_a_date_in_a_nachdem_clause_does_not_date_the_main_clause() -> None:
    text = "Nachdem er am Montag in Oslo gelandet war, traf er die Ministerin."
    doc = prepared(text)
    start = text.index("traf")
    rng, span = date_event(doc, 0, (start, start + 4))
    assert span is None and rng.value == "2019-06-12"


def test_a_date_in_an_als_clause_still_dates_the_event() -> None:
    text = "Die Erklärung wurde unterzeichnet, als sich die Minister am Montag in Oslo trafen."
    doc = prepared(text)
    start = text.index("Erklärung")
    rng, span = date_event(doc, 0, (start, start + 9))
    assert rng.value == "2019-06-10" and span is not None


def test_end_of_month_dates_an_event_to_its_last_third() -> None:
    text = "Ende Juni wollen die Staaten in Oslo ein Abkommen schließen."
    doc = prepared(text)
    start = text.index("schließen")
    rng, span = date_event(doc, 0, (start, start + 9), future=True)
    assert (rng.earliest, rng.latest) == ("2019-06-21", "2019-06-30")
    assert span == (0, 9)


def test_start_of_next_week_is_a_range_of_days() -> None:
    text = "Anfang nächster Woche reist die Ministerin nach Oslo."
    doc = prepared(text)
    start = text.index("reist")
    rng, _ = date_event(doc, 0, (start, start + 5), future=True)
    assert (rng.granularity, rng.earliest, rng.latest) == ("week", "2019-06-17", "2019-06-18")


SUMMIT = Entity(
    id="kb:osze-2019-test",
    name="OSCE summit Lima 2019",
    kind="summit",
    extra={
        "series": "OSZE",
        "level": "summit",
        "start": "2019-06-27",
        "end": "2019-06-28",
        "place": "Lima",
    },
)


def test_a_month_part_named_with_a_known_summit_takes_its_days() -> None:
    text = "Sie wollen sich auf dem OSZE-Gipfel Ende Juni in Lima treffen."
    doc = prepared(text, kb=KnowledgeBase([SUMMIT]))
    (timex,) = doc.timexes
    assert timex.value == "2019-06" and timex.mod == "END"  # the TIMEX3 value stays
    assert timex.date is not None
    assert (timex.date.earliest, timex.date.latest) == ("2019-06-27", "2019-06-28")
    start = text.index("treffen")
    rng, _ = date_event(doc, 0, (start, start + 7), future=True)
    assert rng.value == "2019-06-27"


def test_a_summit_outside_the_named_month_leaves_the_date_alone() -> None:
    text = "Sie wollen sich auf dem OSZE-Gipfel Anfang Juli in Lima treffen."
    doc = prepared(text, kb=KnowledgeBase([SUMMIT]))
    (timex,) = doc.timexes
    assert timex.date is not None and timex.date.earliest == "2019-07-01"


def sentences_of(doc: Document) -> Document:
    from detente.document import Sentence
    from detente.language import split_sentences

    return doc.with_(sentences=tuple(Sentence(s, e) for s, e in split_sentences(doc.body)))


def test_a_sentence_going_on_with_the_scene_takes_the_day_before() -> None:
    text = "Am Montag war die Ministerin in Oslo. Sie bat um mehr Hilfe."
    doc = sentences_of(prepared(text))
    start = text.index("bat")
    rng, span = date_event(doc, 1, (start, start + 3))
    assert rng.value == "2019-06-10" and span == (3, 9)


def test_a_new_paragraph_or_subject_does_not_take_the_day_before() -> None:
    for text in (
        "Am Montag war die Ministerin in Oslo.\n\nSie bat um mehr Hilfe.",
        "Am Montag war die Ministerin in Oslo. Die Regierung bat um mehr Hilfe.",
    ):
        doc = sentences_of(prepared(text))
        start = text.index("bat")
        rng, span = date_event(doc, 1, (start, start + 3))
        assert span is None and rng.value == "2019-06-12", text


def test_a_summit_named_by_its_host_country_narrows_the_date() -> None:
    peru = Entity(id="PER", name="Peru", kind="country", country="PER", names={"de": ("Peru",)})
    lima = Entity(id="kb:lima", name="Lima", kind="place", country="PER", names={"de": ("Lima",)})
    text = "Sie wollen sich auf dem OSZE-Gipfel Ende Juni in Peru treffen."
    doc = prepared(text, kb=KnowledgeBase([SUMMIT, peru, lima]))
    (timex,) = doc.timexes
    assert timex.date is not None and timex.date.earliest == "2019-06-27"


def test_a_date_in_a_relative_clause_dates_only_that_clause() -> None:
    text = (
        "Beide Länder vereinbarten weitere Gespräche; der Minister, mit dem sie schon am "
        "Montag verhandelt hatte, soll nach Oslo reisen."
    )
    doc = prepared(text)
    start = text.index("vereinbarten")
    rng, span = date_event(doc, 0, (start, start + 12))
    assert span is None and rng.value == "2019-06-12"  # the DCT, not Monday


def test_a_relative_pronoun_alone_opens_a_relative_clause() -> None:
    text = "Sie einigten sich auf einen Plan; die Ministerin, die am Montag eintraf, lobte ihn."
    doc = prepared(text)
    start = text.index("einigten")
    rng, span = date_event(doc, 0, (start, start + 8))
    assert span is None and rng.value == "2019-06-12"


def test_a_date_in_the_relative_clause_still_dates_its_own_verb() -> None:
    text = "Der Minister, mit dem sie schon am Montag verhandelt hatte, reist ab."
    doc = prepared(text)
    start = text.index("verhandelt")
    rng, span = date_event(doc, 0, (start, start + 10))
    assert rng.value == "2019-06-10" and span is not None
