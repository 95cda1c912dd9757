"""Event dating: a future event's start (``ab Sonntag``), a clause that puts its date
ahead, and a month narrowed by a well-known event its sentence names."""

from __future__ import annotations

from types import SimpleNamespace

from detente.document import Document, DocumentDate, Mention
from detente.kb.model import Entity, KnowledgeBase
from detente.language import tokenise
from detente.time import date_event, tag_timexes
from detente.time.dates import date_range


def prepared(text: str, dct: str = "2017-02-16", kb: KnowledgeBase | None = None) -> Document:
    mentions = tuple(
        Mention(i, i + len(word), word, "country", code, country=code)
        for word, code in (("Österreich", "AUT"), ("Schweiz", "CHE"))
        if (i := text.find(word)) >= 0
    )
    doc = Document(id="e", original=text, body=text, mentions=mentions)
    doc = tokenise(doc).with_(dct=DocumentDate(date_range(dct), "override", None, "test"))
    if kb is None:
        return tag_timexes(doc)
    return tag_timexes(doc, SimpleNamespace(kb=kb))  # type: ignore[arg-type]


def test_a_future_event_starts_on_its_ab_day() -> None:
    text = "Ab Sonntag soll an der Grenze eine Waffenruhe gelten."
    doc = prepared(text)
    start = text.index("gelten")
    rng, span = date_event(doc, 0, (start, start + 6), future=True)
    assert rng.value == "2017-02-19" and span == (3, 10)


def test_ab_still_opens_a_period_for_a_reported_event() -> None:
    text = "Ab Montag galt an der Grenze eine Waffenruhe."
    doc = prepared(text)
    start = text.index("galt")
    _, span = date_event(doc, 0, (start, start + 4), future=False)
    assert span is None


def test_a_date_its_clause_puts_ahead_dates_an_event_not_marked_future() -> None:
    text = "Der Minister sagte, man werde die Antwort in der kommenden Woche schicken."
    doc = prepared(text)
    start = text.index("schicken")
    rng, span = date_event(doc, 0, (start, start + 8), future=False)
    assert rng.value == "2017-W08" and span is not None


BAN = Entity(
    id="kb:event-2016-05-10",
    name="Austria bans Swiss cheese",
    kind="event",
    extra={
        "start": "2016-05-10",
        "end": "2016-05-10",
        "countries": ["AUT", "CHE"],
        "keywords_de": ["käse", "einfuhrverbot|importverbot"],
    },
)


def test_a_month_is_narrowed_to_the_known_event_its_sentence_names() -> None:
    text = "Österreich hatte im Mai ein Einfuhrverbot für Käse aus der Schweiz verhängt."
    doc = prepared(text, "2016-11-03", KnowledgeBase([BAN]))
    month = next(tx for tx in doc.timexes if tx.text == "Mai")
    assert month.value == "2016-05"
    assert month.date is not None and (month.date.earliest, month.date.latest) == (
        "2016-05-10",
        "2016-05-10",
    )


def test_a_month_without_the_event_keywords_stays_a_month() -> None:
    text = "Österreich hatte im Mai ein Abkommen mit der Schweiz geschlossen."
    doc = prepared(text, "2016-11-03", KnowledgeBase([BAN]))
    month = next(tx for tx in doc.timexes if tx.text == "Mai")
    assert month.date is not None and month.date.granularity == "month"
