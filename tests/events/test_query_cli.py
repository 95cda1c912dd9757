"""Stored events: the query function and the ``detente events`` command."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app
from detente.events import extract_events
from detente.events.query import list_events
from detente.store import Store
from tests.events.helpers import document, m, resources

TEXT = (
    "Die deutsche Außenministerin Anna Weber hat in Rom ihren italienischen Amtskollegen "
    "Marco Bruni getroffen. Weber hat Italien aufgefordert, mehr Flüchtlinge aufzunehmen."
)
SPECS = [
    m("Außenministerin Anna Weber", "person", "DEU", "Anna Weber"),
    m("Rom", "place", "ITA", "Rome", as_actor=False),
    m("italienischen Amtskollegen Marco Bruni", "person", "ITA", "Marco Bruni"),
    m("Weber", "person", "DEU", "Anna Weber", via="coref"),
    m("Italien", "country", "ITA"),
]


def _db(tmp_path: Path) -> str:
    path = str(tmp_path / "events.db")
    doc = extract_events(document(TEXT, SPECS), resources())
    with Store(path) as store:
        store.ingest([doc])
    return path


def test_list_events_filters(tmp_path: Path) -> None:
    path = _db(tmp_path)
    with Store(path) as store:
        everything = list_events(store.db)
        requests = list_events(store.db, event_type="request", country="ita")
        main = list_events(store.db, main=True, actor="weber")
        none = list_events(store.db, since="2022")
    assert {e["type"] for e in everything} == {"CONSULT", "REQUEST"}
    assert len(requests) == 1 and requests[0]["recipients"][0]["country"] == "ITA"
    assert "migration" in requests[0]["topics"]
    assert len(main) == 1 and main[0]["location"]["name"] == "Rome"
    assert any(ev["field"] == "trigger" for ev in main[0]["evidence"])
    assert none == []


def test_events_command_json_and_errors(tmp_path: Path) -> None:
    path = _db(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["events", "--db", path, "--json", "--type", "CONSULT"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["type"] for r in rows] == ["CONSULT"] and rows[0]["main"] is True
    table = runner.invoke(app, ["events", "--db", path, "--main"])
    assert table.exit_code == 0 and "Anna Weber" in table.stdout
    bad = runner.invoke(app, ["events", "--db", path, "--type", "HUG"])
    assert bad.exit_code == 1
    missing = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1
