"""Document date: far-off summits, deadlines and weekday compounds next to known meetings."""

from __future__ import annotations

import re

from detente.document import Document, Mention, Metadata, Sentence
from detente.kb.model import Entity, KnowledgeBase, Role
from detente.language import split_sentences
from detente.time import document_date

PERSONS = [
    Entity(
        id="kb:anna-beispiel",
        name="Anna Beispiel",
        kind="person",
        country="AUT",
        names={"de": ("Anna Beispiel",)},
        roles=(Role("foreign_minister", "AUT", "2013-02-01", "2019-02-01"),),
    ),
    Entity(id="kb:karl-muster", name="Karl Muster", kind="person", country="CHE"),
]
PLACES = [
    Entity(id="kb:bern", name="Bern", kind="place", country="CHE", names={"de": ("Bern",)}),
    Entity(id="kb:lima", name="Lima", kind="place", country="PER", names={"de": ("Lima",)}),
]
SUMMIT = Entity(
    id="kb:osze-2016-lima",
    name="OSCE summit Lima 2016",
    kind="summit",
    extra={
        "series": "OSZE",
        "level": "summit",
        "start": "2016-07-07",
        "end": "2016-07-08",
        "place": "Lima",
    },
)


def meeting(start: str, place: str, country: str, *names: str) -> Entity:
    return Entity(
        id=f"kb:meeting-{start}-{place.lower()}",
        name=f"Meeting in {place}, {start}",
        kind="meeting",
        country=country,
        extra={"start": start, "end": start, "place": place, "participants": list(names)},
    )


def make_kb(*extra: Entity) -> KnowledgeBase:
    return KnowledgeBase([*PERSONS, *PLACES, *extra])


NAMES = {
    "Anna Beispiel": ("person", "kb:anna-beispiel"),
    "Karl Muster": ("person", "kb:karl-muster"),
    "Bern": ("place", "kb:bern"),
    "Lima": ("place", "kb:lima"),
}


def article(text: str, metadata_date: str | None = None) -> Document:
    """A document with the mentions and sentences the actor and language stages would add."""
    mentions = [
        Mention(m.start(), m.end(), surface, kind, entity_id, as_actor=kind != "place")
        for surface, (kind, entity_id) in NAMES.items()
        for m in re.finditer(surface, text)
    ]
    return Document(
        id="t",
        original=text,
        body=text,
        meta=Metadata(metadata_date=metadata_date),
        sentences=tuple(Sentence(s, e) for s, e in split_sentences(text)),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
    )


def test_a_summit_announced_by_its_month_leaves_the_day_to_a_known_meeting() -> None:
    kb = make_kb(SUMMIT, meeting("2016-05-03", "Bern", "CHE", "Anna Beispiel", "Karl Muster"))
    text = (
        "Anna Beispiel hat am Dienstag in Bern mit Karl Muster über die Krise gesprochen. "
        "Anfang Juli wird Karl Muster zum OSZE-Gipfel in Lima erwartet."
    )
    result = document_date(article(text), kb)
    assert result.date.value == "2016-05-03"
    assert "known meeting" in result.reason


def test_a_summit_announced_without_a_month_still_dates_the_day_before() -> None:
    text = "Das Thema dürfte auch den OSZE-Gipfel in Lima beherrschen."
    assert document_date(article(text), make_kb(SUMMIT)).date.value == "2016-07-06"


def test_a_far_summit_alone_bounds_the_date_from_above() -> None:
    text = "Im Juli wird Karl Muster zum OSZE-Gipfel in Lima erwartet."
    result = document_date(article(text), make_kb(SUMMIT))
    assert result.date.latest is not None and result.date.latest <= "2016-07-06"
    assert result.date.earliest is not None and result.date.earliest >= "2016-03-01"


def test_a_deadline_months_ahead_does_not_rule_out_the_meeting() -> None:
    kb = make_kb(
        meeting("2015-03-12", "Bern", "CHE", "Anna Beispiel", "Karl Muster"),
        meeting("2016-09-20", "Lima", "PER", "Anna Beispiel", "Karl Muster"),
    )
    text = (
        "Außenministerin Anna Beispiel und Karl Muster präsentierten am Donnerstag in Bern "
        "einen Kompromiss. Bis zum 31. Juli soll ein Abkommen vorliegen."
    )
    result = document_date(article(text, "2021-03"), kb)  # an implausible month header
    assert result.plausible is False
    assert result.date.value == "2015-03-12"


def test_a_weekday_with_a_day_part_tells_two_meetings_apart() -> None:
    kb = make_kb(
        meeting("2015-03-12", "Bern", "CHE", "Anna Beispiel", "Karl Muster"),  # a Thursday
        meeting("2015-03-14", "Bern", "CHE", "Anna Beispiel", "Karl Muster"),  # a Saturday
        meeting("2016-03-15", "Bern", "CHE", "Anna Beispiel", "Karl Muster"),  # a Tuesday
    )
    text = "Anna Beispiel traf Karl Muster am Dienstagabend in Bern."
    assert document_date(article(text), kb).date.value == "2016-03-15"


def test_a_month_header_and_a_reported_day_give_that_day() -> None:
    text = "Die Delegationen trafen sich am 7. Juni in Bern. Am 8. Juni reisten sie ab."
    result = document_date(article(text, "2016-06"), None)
    assert (result.date.value, result.date.granularity) == ("2016-06-08", "day")
    assert result.plausible is True and "8. Juni" in result.reason


def test_a_month_header_and_an_announced_day_keep_the_month() -> None:
    text = "Die Delegationen wollen sich am 27. Juni in Bern treffen."
    assert document_date(article(text, "2016-06"), None).date.value == "2016-06"
