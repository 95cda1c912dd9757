"""Timelines, dyad relation series and exports over a small hand-made database."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from detente.analysis.relations import period_of, relation_series
from detente.analysis.timeline import TimelineFilter, canonical_events
from detente.cli import app
from detente.link import link_events
from detente.store import Store
from tests.factories import meeting

KERRY = ("Kerry", "John Kerry", "USA")
LAVROV = ("Lawrow", "Sergey Lavrov", "RUS")
MERKEL = ("Merkel", "Angela Merkel", "DEU")


@pytest.fixture()
def db_path(tmp_path):
    path = str(tmp_path / "t.db")
    docs = [
        meeting(
            "Kerry traf Lawrow in Sotschi zu Gesprächen.",
            "2015-05-12",
            [KERRY, LAVROV],
            ("Sotschi", "Sochi", "RUS"),
            source="a",
        ),
        meeting(
            "In Sotschi sprach Kerry lange mit Lawrow über die Ukraine.",
            "2015-05-12",
            [KERRY, LAVROV],
            ("Sotschi", "Sochi", "RUS"),
            source="b",
        ),
        meeting(
            "Kerry warf Lawrow in Genf Wortbruch vor.",
            "2015-09-30",
            [KERRY, LAVROV],
            ("Genf", "Geneva", "CHE"),
            event_type="ACCUSE",
            tone=-0.5,
            source="c",
        ),
        meeting(
            "Lawrow traf Merkel am Rande einer Konferenz in Berlin.",
            "2015-06-01",
            [LAVROV, MERKEL],
            ("Berlin", "Berlin", "DEU"),
            source="e",
            main=False,
        ),
        meeting(
            "Merkel empfing Lawrow in Berlin.",
            "2015-06-01",
            [MERKEL, LAVROV],
            ("Berlin", "Berlin", "DEU"),
            source="d",
        ),
    ]
    with Store(path) as store:
        store.ingest(docs)
        link_events(store, use_embeddings=False)
    return path


def test_same_meeting_reported_twice_is_one_canonical_event(db_path):
    with Store(db_path) as store:
        events = canonical_events(store, TimelineFilter(dyad=("USA", "RUS")))
    assert [e["date_value"] for e in events] == ["2015-05-12", "2015-09-30"]
    assert events[0]["n_sources"] == 2
    assert len(events[0]["sources"]) == 2
    assert events[0]["location_name"] == "Sochi"


def test_timeline_filters_by_actor_and_type(db_path):
    with Store(db_path) as store:
        merkel = canonical_events(store, TimelineFilter(actor="merkel"))
        accusations = canonical_events(store, TimelineFilter(event_type="ACCUSE"))
    assert [e["location_name"] for e in merkel] == ["Berlin"]
    assert [e["type"] for e in accusations] == ["ACCUSE"]


def test_timeline_of_main_events_only(db_path):
    with Store(db_path) as store:
        everything = canonical_events(store, TimelineFilter(actor="merkel"))
        main = canonical_events(store, TimelineFilter(actor="merkel", main_only=True))
    assert [e["n_sources"] for e in everything] == [2]  # the side mention joined the meeting
    assert [len(e["sources"]) for e in main] == [2]


def test_relation_series_counts_quad_classes_per_month(db_path):
    with Store(db_path) as store:
        series = relation_series(store, "USA", "RUS", by="month")
    assert [s.period for s in series] == ["2015-05", "2015-09"]
    assert series[0].counts["verbal_cooperation"] == 1  # two reports, one event
    assert series[1].counts["verbal_conflict"] == 1
    assert series[1].score_mean < 0 < series[0].score_mean


def test_period_keys():
    assert period_of("2017-02-16", "week") == "2017-W07"
    assert period_of("2017-02-16", "month") == "2017-02"
    assert period_of("2017-02-16", "year") == "2017"


def test_relations_command_draws_chart_and_json(db_path, tmp_path):
    chart = tmp_path / "chart.png"
    result = CliRunner().invoke(
        app,
        [
            "relations",
            "USA",
            "RUS",
            "--db",
            db_path,
            "--by",
            "year",
            "--chart",
            str(chart),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.splitlines()[0])
    assert data["series"][0]["events"] == 2
    assert chart.read_bytes()[:4] == b"\x89PNG"


def test_exports_validate(db_path, tmp_path):
    runner = CliRunner()
    out = {fmt: tmp_path / f"events.{fmt}" for fmt in ("plover", "csv", "parquet", "gdelt")}
    for fmt, path in out.items():
        result = runner.invoke(
            app, ["export", "--format", fmt, "--out", str(path), "--db", db_path]
        )
        assert result.exit_code == 0, result.output
    plover = [json.loads(line) for line in out["plover"].read_text().splitlines()]
    assert len(plover) == 5
    for record in plover:
        assert {"id", "date", "source", "target", "event", "mode", "context"} <= record.keys()
        assert record["event"] in {"CONSULT", "ACCUSE"}
    frame = pd.read_csv(out["csv"])
    assert set(frame["type"]) == {"CONSULT", "ACCUSE"} and len(frame) == 5
    table = pq.read_table(out["parquet"])
    assert table.num_rows == 5 and "canonical_id" in table.column_names
    gdelt = pd.read_csv(out["gdelt"], sep="\t")
    assert set(gdelt["EventRootCode"].astype(str).str.zfill(2)) == {"04", "11"}
    assert set(gdelt["QuadClass"]) == {1, 3}


def test_canonical_export_has_one_row_per_real_world_event(db_path, tmp_path):
    path = tmp_path / "c.csv"
    result = CliRunner().invoke(
        app, ["export", "-f", "csv", "--canonical", "-o", str(path), "--db", db_path]
    )
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(path)
    assert len(frame) == 3
    assert sorted(frame["n_sources"]) == [1, 2, 2]


def test_bad_dates_give_one_line_errors(db_path):
    for command in (["timeline"], ["relations", "USA", "RUS"]):
        result = CliRunner().invoke(app, [*command, "--db", db_path, "--since", "letzten Mai"])
        assert result.exit_code == 1 and "YYYY-MM-DD" in result.output
