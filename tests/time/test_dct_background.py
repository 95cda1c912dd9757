"""Document date: headers contradicted by terms of office, events told as background,
participants in a past clause, fractional durations."""

from __future__ import annotations

from detente.kb.model import KnowledgeBase
from detente.time import document_date, tag_text
from tests.time.test_dct_events import EXPULSION, kb_with
from tests.time.test_dct_meetings import MEETINGS, article, small_kb

# MEETINGS[0]: Anna Beispiel (foreign minister 2013-02 to 2017-02) and Karl Muster in
# Vienna on Sunday 2014-03-02.
SUNDAY_VISIT = "Anna Beispiel hat am Sonntag in Wien Karl Muster empfangen."


def only_vienna() -> KnowledgeBase:
    return small_kb(MEETINGS[0])


def test_a_header_when_a_participant_held_no_office_is_implausible() -> None:
    result = document_date(article(SUNDAY_VISIT, "2019-04"), only_vienna())
    assert result.plausible is False
    assert result.date.value == "2014-03-02"
    assert "Anna Beispiel held no office then" in result.reason


def test_a_header_inside_the_term_of_office_stays() -> None:
    result = document_date(article(SUNDAY_VISIT, "2014-05"), only_vienna())
    assert result.plausible is True
    assert (result.date.value or "").startswith("2014-05")


def test_without_a_reported_weekday_the_header_stays() -> None:
    text = "Anna Beispiel hat in Wien Karl Muster empfangen."
    result = document_date(article(text, "2019-04"), only_vienna())
    assert result.plausible is True
    assert result.date.value == "2019-04"


def test_a_participant_in_a_past_clause_vetoes_an_announcement() -> None:
    # "zu überzeugen" alone reads as an intention; the attempt itself was reported
    text = "Anna Beispiel hat am Sonntag vergeblich versucht, Karl Muster zu überzeugen."
    assert document_date(article(text), only_vienna()).date.value == "2014-03-02"


def test_an_announced_meeting_still_dates_the_day_before() -> None:
    text = "Anna Beispiel will am Sonntag Karl Muster treffen."
    assert document_date(article(text), only_vienna()).date.value == "2014-03-01"


BACKGROUND = (
    "Österreich weist wegen der Käseaffäre drei Schweizer Diplomaten aus, hatte "
    "Außenministerin Anna Beispiel {when} mitgeteilt. Nun verhängt Wien auch Zölle."
)


def test_an_event_named_by_its_month_as_past_does_not_date_the_article() -> None:
    text = BACKGROUND.format(when="schon im März")
    assert "known event" not in document_date(article(text), kb_with(EXPULSION)).reason


def test_a_month_part_that_misses_the_event_day_keeps_it() -> None:
    text = BACKGROUND.format(when="schon Ende März")  # the event was on 15 March
    assert document_date(article(text), kb_with(EXPULSION)).date.value == "2016-03-15"


def test_an_event_without_a_month_dates_the_article() -> None:
    text = BACKGROUND.format(when="in Wien")
    assert document_date(article(text), kb_with(EXPULSION)).date.value == "2016-03-15"


def test_half_weeks_allow_the_two_days_around() -> None:
    (tx,) = tag_text("Vor anderthalb Wochen hatten sie verhandelt.", "2020-05-20")
    assert tx.date is not None
    assert (tx.date.earliest, tx.date.latest) == ("2020-05-09", "2020-05-10")


def test_half_years_count_as_months() -> None:
    (tx,) = tag_text("Vor eineinhalb Jahren hatten sie verhandelt.", "2020-05-20")
    assert tx.date is not None and tx.date.value == "2018-11"


def test_a_participant_named_as_former_office_holder_keeps_the_header() -> None:
    text = "Die frühere Ministerin Anna Beispiel hat am Sonntag in Wien Karl Muster empfangen."
    result = document_date(article(text, "2019-04"), only_vienna())
    assert result.plausible is True and result.date.value == "2019-04"


def test_a_pluperfect_clause_is_told_as_before() -> None:
    from detente.time.tense import is_pluperfect

    past = "Beim Gipfel in Rom hatten beide bereits über Zölle gesprochen."
    perfect = "Beim Gipfel in Rom haben beide über Zölle gesprochen."
    noun = "Beim Gipfel in Rom hatten sie lange Gesprächen zugehört."
    assert is_pluperfect(past, 4, 10)
    assert not is_pluperfect(perfect, 4, 10)
    assert is_pluperfect(noun, 4, 10)  # "zugehört" is the participle, not "Gesprächen"
    assert not is_pluperfect("Beim Gipfel in Rom hatten sie Gespräche.", 4, 10)


def test_a_summit_told_in_the_pluperfect_does_not_date_the_article() -> None:
    """The real KB: a G20 summit in Osaka (2019) named as what came before."""
    from detente.document import RawDocument
    from detente.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.stages = [s for s in pipeline.stages if s[0] in ("language", "tokens", "dct")]
    told = "Die Kanzlerin empfing den Premier. Beim G20-Gipfel in Osaka {} über Zölle {}."
    before = pipeline(RawDocument(source="t", text=told.format("hatten beide", "gesprochen")))
    there = pipeline(RawDocument(source="t", text=told.format("haben beide", "gesprochen")))
    assert before.dct is not None and there.dct is not None
    assert there.dct.date.value == "2019-06-28", there.dct.reason
    assert before.dct.date.value != "2019-06-28", before.dct.reason
