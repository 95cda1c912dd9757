"""Cross-document event coreference on hand-made event records."""

from __future__ import annotations

from datetime import date

from detente.link.events import (
    Cluster,
    EventRecord,
    assign,
    consensus_dates,
    consensus_type,
    pair_similarity,
)


def record(
    id: str,
    day: str,
    sides: set[str],
    persons: set[str] = frozenset(),
    type: str = "CONSULT",
    location: str | None = None,
    days: int = 0,
    aux: str | None = None,
    document: str | None = None,
) -> EventRecord:
    start = date.fromisoformat(day)
    end = date.fromordinal(start.toordinal() + days)
    return EventRecord(
        id=id, document_id=document or id, type=type, aux=aux, main=True,
        persons=frozenset(persons), sides=frozenset(sides), earliest=start, latest=end,
        location=location, occasion=None, text="",
    )  # fmt: skip


def test_reports_of_one_meeting_are_similar():
    a = record("a", "2018-07-16", {"USA", "RUS"}, {"trump", "putin"}, location="Helsinki")
    b = record("b", "2018-07-16", {"USA", "RUS"}, {"putin"}, location=None)
    assert pair_similarity(a, b) > 0.62


def test_same_people_meeting_elsewhere_or_later_are_different_events():
    a = record("a", "2018-07-16", {"USA", "RUS"}, {"trump", "putin"}, location="Helsinki")
    elsewhere = record("b", "2018-07-16", {"USA", "RUS"}, {"trump", "putin"}, location="Osaka")
    later = record("c", "2019-06-28", {"USA", "RUS"}, {"trump", "putin"})
    assert pair_similarity(a, elsewhere) == 0.0
    assert pair_similarity(a, later) == 0.0


def test_announced_meeting_is_not_the_meeting_and_types_must_fit():
    a = record("a", "2018-07-16", {"USA", "RUS"})
    announced = record("b", "2018-07-16", {"USA", "RUS"}, aux="future")
    attack = record("c", "2018-07-16", {"USA", "RUS"}, type="ASSAULT")
    assert pair_similarity(a, announced) == 0.0
    assert pair_similarity(a, attack) == 0.0


def test_relative_date_range_overlapping_the_day_matches():
    exact = record("a", "2021-06-16", {"USA", "RUS"}, {"biden", "putin"}, location="Geneva")
    vague = record("b", "2021-06-14", {"USA", "RUS"}, {"biden"}, days=6, location="Geneva")
    assert pair_similarity(exact, vague) > 0.62


def test_assign_groups_reports_and_keeps_distractors_apart():
    events = [
        record("a1", "2018-06-12", {"USA", "PRK"}, {"trump", "kim"}, location="Singapore"),
        record("a2", "2018-06-12", {"USA", "PRK"}, {"kim"}),
        record("a3", "2018-06-13", {"USA", "PRK"}, {"trump"}, location="Singapore", days=1),
        record("b1", "2019-02-28", {"USA", "PRK"}, {"trump", "kim"}, location="Hanoi"),
    ]
    clusters = assign(events, [])
    groups = sorted(sorted(m.id for m in c.members) for c in clusters)
    assert groups == [["a1", "a2", "a3"], ["b1"]]


def test_one_document_never_contributes_two_events_to_one_cluster():
    events = [
        record("a", "2018-06-12", {"USA", "PRK"}, document="d"),
        record("b", "2018-06-12", {"USA", "PRK"}, document="d"),
    ]
    assert len(assign(events, [])) == 2


def test_new_reports_join_existing_clusters_incrementally():
    existing = [Cluster(7, [record("a", "2020-01-11", {"DEU", "RUS"}, location="Moscow")])]
    changed = assign([record("b", "2020-01-11", {"DEU", "RUS"}, location="Moscow")], existing)
    assert [c.id for c in changed] == [7]
    assert len(existing[0].members) == 2


def test_consensus_prefers_main_type_and_narrowest_date():
    cluster = Cluster(None, [
        record("a", "2018-07-16", {"USA", "RUS"}),
        record("b", "2018-07-14", {"USA", "RUS"}, type="AGREE", days=6),
    ])  # fmt: skip
    assert consensus_type(cluster) == "CONSULT"
    value, earliest, latest = consensus_dates(cluster)
    assert value == date(2018, 7, 16) and earliest == latest == date(2018, 7, 16)


def test_a_lake_named_after_its_city_is_the_same_place_for_a_meeting():
    a = record("a", "2021-06-16", {"USA", "RUS"}, {"biden", "putin"}, location="geneva")
    b = record("b", "2021-06-16", {"USA", "RUS"}, {"biden", "putin"}, location="lake geneva")
    c = record("c", "2021-06-16", {"USA", "RUS"}, {"biden", "putin"}, location="vienna")
    assert pair_similarity(a, b) > 0.62
    assert pair_similarity(a, c) == 0.0  # two cities: two meetings


def test_an_expulsion_reported_from_two_capitals_is_one_event():
    a = record("a", "2018-03-26", {"DEU", "RUS"}, {"maas"}, type="SANCTION", location="berlin")
    b = record("b", "2018-03-26", {"DEU", "FRA"}, {"maas"}, type="SANCTION", location="brussels")
    later = record("c", "2018-04-20", {"DEU", "RUS"}, {"maas"}, type="SANCTION")
    assert pair_similarity(a, b) > 0.62
    assert pair_similarity(a, later) == 0.0  # weeks apart: another expulsion


def test_expelling_diplomats_coded_sanction_or_coerce_may_be_one_event():
    a = record("a", "2018-03-26", {"DEU", "RUS"}, {"maas"}, type="SANCTION")
    b = record("b", "2018-03-26", {"DEU", "RUS"}, {"maas"}, type="COERCE")
    assert pair_similarity(a, b) > 0.62
