"""Document date from known bilateral meetings, and from days announced without a year."""

from __future__ import annotations

import re

import pytest

from detente.document import Document, Mention, Metadata, RawDocument, Sentence
from detente.kb.model import Entity, KnowledgeBase, Role
from detente.language import split_sentences
from detente.time import document_date

BEISPIEL = Entity(
    id="kb:anna-beispiel",
    name="Anna Beispiel",
    kind="person",
    country="AUT",
    names={"de": ("Anna Beispiel",)},
    roles=(Role("foreign_minister", "AUT", "2013-02-01", "2017-02-01"),),
)
MUSTER = Entity(id="kb:karl-muster", name="Karl Muster", kind="person", country="CHE")
HOST = Entity(id="kb:eva-gastgeb", name="Eva Gastgeb", kind="person", country="CHE")
PLACES = [
    Entity(id="kb:wien", name="Vienna", kind="place", country="AUT", names={"de": ("Wien",)}),
    Entity(id="kb:bern", name="Bern", kind="place", country="CHE", names={"de": ("Bern",)}),
]


def meeting(start: str, place: str, country: str, *names: str) -> Entity:
    return Entity(
        id=f"kb:meeting-{start}-{place.lower()}",
        name=f"Meeting in {place}, {start}",
        kind="meeting",
        country=country,
        extra={"start": start, "end": start, "place": place, "participants": list(names)},
    )


MEETINGS = [
    meeting("2014-03-02", "Vienna", "AUT", "Anna Beispiel", "Karl Muster"),  # a Sunday
    meeting("2015-06-10", "Bern", "CHE", "Anna Beispiel", "Karl Muster", "Eva Gastgeb"),
    meeting("2019-05-05", "Bern", "CHE", "Anna Beispiel", "Karl Muster"),  # after her term
]


def small_kb(*meetings: Entity) -> KnowledgeBase:
    return KnowledgeBase([BEISPIEL, MUSTER, HOST, *PLACES, *meetings])


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return small_kb(*MEETINGS)


NAMES = {
    "Außenministerin Anna Beispiel": ("person", "kb:anna-beispiel", "foreign_minister"),
    "Anna Beispiel": ("person", "kb:anna-beispiel", None),
    "Karl Muster": ("person", "kb:karl-muster", None),
    "Eva Gastgeb": ("person", "kb:eva-gastgeb", None),
    "Bern": ("place", "kb:bern", None),
    "Wien": ("place", "kb:wien", None),
}


def article(text: str, metadata_date: str | None = None) -> Document:
    """A document with the mentions and sentences the actor and language stages would add."""
    mentions, taken = [], set()
    for surface, (kind, entity_id, role) in NAMES.items():
        for match in re.finditer(re.escape(surface), text):
            if match.start() in taken:
                continue
            taken.update(range(match.start(), match.end()))
            head = (match.end() - len("Anna Beispiel"), match.end()) if role else None
            as_actor = kind != "place"
            mentions.append(
                Mention(
                    match.start(),
                    match.end(),
                    surface,
                    kind,
                    entity_id,
                    role=role,
                    head=head,
                    as_actor=as_actor,
                )
            )
    sentences = tuple(Sentence(start, end) for start, end in split_sentences(text))
    return Document(
        id="t",
        original=text,
        body=text,
        meta=Metadata(metadata_date=metadata_date),
        sentences=sentences,
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
    )


def test_visit_without_any_date_gets_the_meeting_day(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel hat in Bern ihren Amtskollegen Karl Muster getroffen."
    result = document_date(article(text), kb)
    assert (result.date.value, result.date.granularity) == ("2015-06-10", "day")
    assert result.source == "inferred"
    assert "known meeting of Anna Beispiel and Karl Muster in Bern on 2015-06-10" in result.reason


def test_one_visitor_and_the_venue_are_enough(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel ist zu Gesprächen in Bern eingetroffen."
    assert document_date(article(text), kb).date.value == "2015-06-10"


def test_a_host_at_home_names_nobody_she_met(kb: KnowledgeBase) -> None:
    text = "Eva Gastgeb hat in Bern eine Rede gehalten."
    result = document_date(article(text), kb)
    assert result.date.value != "2015-06-10" and "known meeting" not in result.reason


def test_meeting_outside_the_term_of_office_is_not_used() -> None:
    only_later = small_kb(MEETINGS[2])
    text = "Außenministerin Anna Beispiel hat in Bern ihren Amtskollegen Karl Muster getroffen."
    result = document_date(article(text), only_later)
    assert "known meeting" not in result.reason
    assert result.date.latest is not None and result.date.latest < "2019-05-05"
    assert result.date.earliest == "2013-02-01"


def test_two_meetings_of_the_pair_without_a_venue_date_nothing(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel hat ihren Amtskollegen Karl Muster getroffen."
    result = document_date(article(text), kb)
    assert "known meeting" not in result.reason
    assert result.date.value not in ("2014-03-02", "2015-06-10")
    assert result.date.granularity != "day"


def test_a_reported_weekday_tells_the_meetings_of_a_pair_apart(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel hat am Sonntag ihren Amtskollegen Karl Muster getroffen."
    assert document_date(article(text), kb).date.value == "2014-03-02"


def test_a_weekday_alone_narrows_nothing(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel hat am Sonntag eine Rede gehalten."
    result = document_date(article(text), kb)
    assert (result.date.earliest, result.date.latest) == ("2013-02-01", "2017-03-03")


def test_a_meeting_announced_in_the_future_dates_the_day_before(kb: KnowledgeBase) -> None:
    text = (
        "Außenministerin Anna Beispiel wird morgen in Bern ihren Amtskollegen Karl Muster treffen."
    )
    result = document_date(article(text), kb)
    assert result.date.value == "2015-06-09"
    assert "before the known meeting" in result.reason


def test_a_day_announced_without_a_year_rules_out_later_meetings(kb: KnowledgeBase) -> None:
    text = (
        "Außenministerin Anna Beispiel hat ihren Amtskollegen Karl Muster getroffen. "
        "Am 20. Juni wird sie in Wien erwartet."
    )
    assert document_date(article(text), kb).date.value == "2015-06-10"


def test_a_day_announced_without_a_year_bounds_the_date_where_one_year_fits() -> None:
    minister = Entity(
        id="kb:anna-beispiel",
        name="Anna Beispiel",
        kind="person",
        country="AUT",
        roles=(Role("foreign_minister", "AUT", "2016-01-01", "2016-11-30"),),
    )
    text = "Außenministerin Anna Beispiel wird am 24. April in Wien erwartet."
    result = document_date(article(text), KnowledgeBase([minister, *PLACES]))
    assert result.date.earliest is not None and result.date.earliest >= "2016-02-23"
    assert result.date.latest == "2016-04-23"
    assert "announces" in result.reason


def test_a_day_metadata_date_wins_over_a_meeting(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel hat in Bern ihren Amtskollegen Karl Muster getroffen."
    result = document_date(article(text, "2015-06-12"), kb)
    assert (result.source, result.date.value) == ("metadata", "2015-06-12")


def test_a_month_metadata_date_picks_the_meeting_inside_it(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel hat ihren Amtskollegen Karl Muster getroffen."
    assert document_date(article(text, "2014-03"), kb).date.value == "2014-03-02"


def test_german_visit_article_through_the_pipeline_gets_the_meeting_day() -> None:
    """The real KB and actor stage: the office term alone would leave a range of years."""
    from detente.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.stages = [
        s for s in pipeline.stages if s[0] in ("language", "tokens", "actors", "dct")
    ]
    text = (
        "US-Außenminister Mike Pompeo ist in Sotschi mit seinem russischen Amtskollegen "
        "Sergej Lawrow zusammengekommen. Beide Seiten wollen im Gespräch bleiben."
    )
    dated = pipeline(RawDocument(source="test", text=text))
    assert dated.dct is not None
    assert dated.dct.date.value == "2019-05-14", dated.dct.reason
    assert "Mike Pompeo" in dated.dct.reason and "Sochi" in dated.dct.reason


def test_a_visit_announced_for_a_day_dates_the_day_before(kb: KnowledgeBase) -> None:
    text = "Außenministerin Anna Beispiel wird am 10. Juni zu Gesprächen in Bern erwartet."
    result = document_date(article(text), kb)
    assert result.date.value == "2015-06-09"
    assert "before the known meeting" in result.reason


def test_seed_dates_are_within_their_gold_tolerance(seeds_dir, gold_file) -> None:  # type: ignore[no-untyped-def]
    """Reads ../shared in place: the document date of every seed is within tolerance."""
    import json
    from datetime import date

    from detente.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.stages = [
        s for s in pipeline.stages if s[0] in ("language", "tokens", "actors", "dct")
    ]
    for entry in json.loads(gold_file.read_text(encoding="utf-8"))["documents"]:
        path = seeds_dir / entry["file"]
        raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), file=path.name)
        dct = pipeline(raw).dct
        assert dct is not None and dct.date.value is not None, entry["file"]
        gold = entry["document_date"]
        off = abs(date.fromisoformat(dct.date.value[:10]) - date.fromisoformat(gold["value"]))
        assert off.days <= gold["tolerance_days"], (entry["file"], dct.reason)
