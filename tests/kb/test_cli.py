"""The `detente kb` commands, run through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from detente.cli import kb as kb_cli

runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    app.command("noop")(lambda: None)  # a second command keeps `kb` a sub-command
    kb_cli.register(app)
    return app


def run(app: typer.Typer, *args: str) -> list[dict]:
    result = runner.invoke(app, ["kb", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_search_finds_places_by_german_name(app: typer.Typer) -> None:
    rows = run(app, "search", "moskau", "--json")
    assert rows[0]["name"] == "Moscow" and rows[0]["kind"] == "place"


def test_search_filters_by_kind_and_tolerates_typos(app: typer.Typer) -> None:
    rows = run(app, "search", "Russlnd", "--kind", "country", "--json")
    assert rows and rows[0]["id"] == "RUS"


def test_search_rejects_an_unknown_kind(app: typer.Typer) -> None:
    result = runner.invoke(app, ["kb", "search", "Moskau", "--kind", "planet"])
    assert result.exit_code == 1 and "country" in result.output


def test_show_by_id_and_by_name(app: typer.Typer) -> None:
    assert run(app, "show", "RUS", "--json")[0]["name"] == "Russia"
    assert run(app, "show", "Nordkorea", "--json")[0]["id"] == "PRK"
    table = runner.invoke(app, ["kb", "show", "G20"])
    assert table.exit_code == 0 and "summit_series" in table.stdout


def test_show_unknown_fails_with_a_hint(app: typer.Typer) -> None:
    result = runner.invoke(app, ["kb", "show", "Nirgendwo-Land"])
    assert result.exit_code == 1
    assert "detente kb search" in " ".join(result.output.split())


def test_stats_counts_kinds_and_load_time(app: typer.Typer) -> None:
    stats = run(app, "stats", "--json")[0]
    assert stats["kinds"]["country"] >= 249
    assert stats["kinds"]["summit"] > 100
    assert stats["load_seconds"] >= 0
    text = runner.invoke(app, ["kb", "stats"]).stdout
    assert "loaded in" in text


def test_update_from_recorded_response(
    app: typer.Typer, wikidata_response: Path, tmp_path: Path
) -> None:
    out = tmp_path / "overlay.jsonl"
    args = ["update", "--from-wikidata", "--response", str(wikidata_response), "--out", str(out)]
    assert run(app, *args, "--json") == [{"persons": 4, "overlay": str(out)}]
    shown = run(app, "show", "Q990001", "--json", "--overlay", str(out))[0]
    assert shown["name"] == "Erika Musterfrau"
    assert shown["roles"] == [
        {"role": "foreign_minister", "country": "AUT", "start": "2001-02-03", "end": "2004-05-06"}
    ]
    putin = run(app, "show", "Q7747", "--json", "--overlay", str(out))[0]
    assert {"role": "head_of_state", "country": "RUS", "start": "2012-05-07", "end": None} in putin[
        "roles"
    ]


def test_update_needs_a_source(app: typer.Typer) -> None:
    result = runner.invoke(app, ["kb", "update"])
    assert result.exit_code == 1 and "--from-wikidata" in " ".join(result.output.split())


def test_update_prints_the_query(app: typer.Typer) -> None:
    result = runner.invoke(app, ["kb", "update", "--print-query"])
    assert result.exit_code == 0 and "wdt:P1906" in result.stdout


def test_update_rejects_a_broken_response(app: typer.Typer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = runner.invoke(
        app,
        ["kb", "update", "--from-wikidata", "--response", str(bad), "--out", str(tmp_path / "o")],
    )
    assert result.exit_code == 1 and "SPARQL" in result.output
