"""``detente clean``: prints what the cleaner keeps and removes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app


def test_clean_json_and_failure_exit(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Zur Suche springen\n\nDie Gespräche gehen weiter.\n\n(AFP)", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(app, ["clean", str(good), str(bad), "--json"])
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["body"] == "Die Gespräche gehen weiter."
    assert first["removed"] == ["Zur Suche springen", "(AFP)"]
    assert first["agencies"] == ["AFP"]
    assert second["error"].startswith("binary file")


def test_clean_prints_removed_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Artikel teilen\n\nDie Gespräche gehen weiter.", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(path), "--body"])
    assert result.exit_code == 0
    assert "Artikel teilen" in result.stdout
    assert "Die Gespräche gehen weiter." in result.stdout
