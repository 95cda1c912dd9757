"""Document date: metadata, printed date lines, terms of office and summits in the KB."""

from __future__ import annotations

import pytest

from detente.document import Document, DocumentDate, Metadata
from detente.kb.model import Entity, KnowledgeBase, Role
from detente.pipeline import Resources
from detente.time import dct_day, document_date, resolve_document_date


class SmallResources(Resources):
    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.__dict__["kb"] = kb  # shadows the cached property: no data files needed


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    minister = Entity(
        id="kb:anna-beispiel",
        name="Anna Beispiel",
        kind="person",
        country="AUT",
        names={"de": ("Anna Beispiel",)},
        roles=(Role("foreign_minister", "AUT", "2013-02-01", "2017-02-01"),),
    )
    return KnowledgeBase([minister])


def doc(text: str, metadata_date: str | None = None, published: str | None = None) -> Document:
    meta = Metadata(metadata_date=metadata_date, published=published)
    return Document(id="t", original=text, body=text, meta=meta)


TEXT = "Außenministerin Anna Beispiel hat in Wien über die Krise gesprochen."


def test_metadata_date_outside_a_term_of_office_is_implausible(kb: KnowledgeBase) -> None:
    result = document_date(doc(TEXT, "2018-06"), kb)
    assert result.plausible is False
    assert "Anna Beispiel" in result.reason and "2013-02-01" in result.reason
    assert result.date.earliest is not None and result.date.earliest >= "2013-02-01"
    assert result.date.latest is not None and result.date.latest <= "2017-03-03"  # 30 days' grace


def test_metadata_date_inside_the_term_is_kept(kb: KnowledgeBase) -> None:
    result = document_date(doc(TEXT, "2015-06"), kb)
    assert result.plausible is True
    assert result.source == "metadata"
    assert result.date.value == "2015-06"


def test_former_office_holder_does_not_bound_the_date(kb: KnowledgeBase) -> None:
    text = "Die frühere Außenministerin Anna Beispiel hat ein Buch geschrieben."
    assert document_date(doc(text, "2020-03"), kb).plausible is True


def test_printed_date_line_wins(kb: KnowledgeBase) -> None:
    text = "Neue Gespräche in Wien\n\n3. März 2016\n\nDie Delegationen trafen sich am Montag."
    result = document_date(doc(text), kb)
    assert (result.source, result.date.value) == ("dateline", "2016-03-03")


def test_no_evidence_gives_an_unknown_date() -> None:
    result = document_date(doc("Ein Text ohne Datum."), None)
    assert result.date.value is None and result.source == "none" and result.plausible is None


def test_stage_keeps_an_override_and_sets_a_date(kb: KnowledgeBase) -> None:
    fixed = doc(TEXT).with_(
        dct=DocumentDate(document_date(doc(TEXT, "2015-06"), kb).date, "override", None, "--dct")
    )
    assert resolve_document_date(fixed, SmallResources(kb)).dct == fixed.dct
    dated = resolve_document_date(doc(TEXT, "2015-06"), SmallResources(kb))
    assert dated.dct is not None and dct_day(dated) is not None


class SummitKB(KnowledgeBase):
    """A KB with one ministerial meeting, answering ``summits_matching`` like the real one."""

    def summits_matching(
        self, series: str, place: str | None = None, year=None, level=None, day=None
    ):  # type: ignore[no-untyped-def]
        return [
            s
            for s in self.entities.values()
            if s.kind == "summit"
            and s.extra["series"].casefold() == series.casefold()
            and (place is None or s.extra["place"] == place)
            and (level is None or s.extra["level"] == level)
        ]


@pytest.fixture(scope="module")
def summit_kb(kb: KnowledgeBase) -> SummitKB:
    meeting = Entity(
        id="kb:osze-test",
        name="OSCE ministerial council Wien 2014",
        kind="summit",
        extra={
            "series": "OSZE",
            "level": "foreign_ministers",
            "start": "2014-12-04",
            "end": "2014-12-05",
            "place": "Wien",
        },
    )
    return SummitKB([*kb.entities.values(), meeting])


def test_summit_in_the_text_dates_the_article(summit_kb: SummitKB) -> None:
    text = "Am Rande des OSZE-Treffens in Wien sprachen die Minister über die Krise."
    result = document_date(doc(text), summit_kb)
    assert result.date.value == "2014-12-04"
    assert "2014-12-04" in result.reason


def test_summit_spoken_of_in_the_future_dates_the_day_before(summit_kb: SummitKB) -> None:
    text = "Das Thema dürfte auch das Treffen der OSZE-Außenminister in Wien beherrschen."
    assert document_date(doc(text), summit_kb).date.value == "2014-12-03"


def test_seed_document_dates_fall_in_their_gold_ranges(seeds_dir, gold_file) -> None:  # type: ignore[no-untyped-def]
    """Reads ../shared in place: every seed's DCT lies in the gold range; metadata flags match."""
    import json

    from detente.clean import clean
    from detente.document import RawDocument

    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    resources = Resources()
    for entry in gold:
        path = seeds_dir / entry["file"]
        raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), file=path.name)
        dct = resolve_document_date(clean(raw), resources).dct
        assert dct is not None and dct.date.value is not None, entry["file"]
        expected = entry["document_date"]
        day = dct.date.value[:10]
        assert expected["earliest"] <= day <= expected["latest"], (entry["file"], dct)
        if entry.get("metadata_date_plausible") is False:
            assert dct.plausible is False, (entry["file"], dct)


def test_past_tense_dates_bound_the_date_but_forecasts_do_not() -> None:
    reported = document_date(doc("Im Herbst 2019 hatte die Krise begonnen.", "2018-06"), None)
    assert reported.plausible is False and "2019" in reported.reason
    forecast = document_date(
        doc("Im Jahr 2050 leben hier zehn Millionen Menschen.", "2018-06"), None
    )
    assert forecast.plausible is True
