"""Event dating from the timexes of the clause and sentence, falling back to the DCT."""

from __future__ import annotations

from detente.document import Document, DocumentDate
from detente.language import tokenise
from detente.time import date_event, tag_timexes
from detente.time.dates import date_range


def prepared(text: str, dct: str = "2017-02-16") -> Document:
    doc = Document(id="e", original=text, body=text)
    doc = tokenise(doc).with_(dct=DocumentDate(date_range(dct), "override", None, "test"))
    return tag_timexes(doc)


def test_event_takes_the_date_of_its_clause() -> None:
    text = "Am Montag trafen sich die Minister in Wien."
    doc = prepared(text)
    start = text.index("trafen")
    rng, span = date_event(doc, 0, (start, start + 6), future=False)
    assert rng.value == "2017-02-13" and span == (3, 9)


def test_future_event_skips_past_dates_and_periods() -> None:
    text = "Seit 2014 streiten die Staaten, am Freitag wollen sie verhandeln."
    doc = prepared(text)
    start = text.index("verhandeln")
    rng, span = date_event(doc, 0, (start, start + 10), future=True)
    assert rng.value == "2017-02-17" and span is not None


def test_event_without_a_date_falls_back_to_the_dct() -> None:
    text = "Die Minister trafen sich in Wien."
    doc = prepared(text)
    rng, span = date_event(doc, 0, (13, 19), future=False)
    assert rng.value == "2017-02-16" and span is None
    future, _ = date_event(doc, 0, (13, 19), future=True)
    assert future.earliest == "2017-02-16" and future.latest is None
