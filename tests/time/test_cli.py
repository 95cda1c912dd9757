"""The ``detente timex`` command on text files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()


def test_timex_json_with_dct(tmp_path: Path) -> None:
    text = "Die Regierung hat für Freitag eine Sitzung einberufen. Gestern war es ruhig."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["timex", str(path), "--dct", "2017-02-16", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.strip().splitlines()[-1])
    found = {(t["text"], t["value"]) for t in record["timexes"]}
    assert found == {("Freitag", "2017-02-17"), ("Gestern", "2017-02-15")}
    for t in record["timexes"]:
        start, end = t["span"]
        assert text[start:end] == t["text"]


def test_timex_table_output(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("Am 15. Mai 2019 trafen sie sich.", encoding="utf-8")
    result = runner.invoke(app, ["timex", str(path)])
    assert result.exit_code == 0, result.output
    assert "2019-05-15" in result.output


def test_timex_errors_say_what_to_do(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["timex", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1
    no_out = runner.invoke(app, ["timex", "--timeml", str(tmp_path)])
    assert no_out.exit_code == 1
