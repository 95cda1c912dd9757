"""The document commands end to end: ingest, extract, show, search, demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store

runner = CliRunner()
SPEC_KEYS = {
    "file", "id", "language", "title", "dateline", "metadata_date", "document_date", "body",
    "entities", "events", "quotes", "timexes",
}  # fmt: skip
GERMAN = (
    "Der italienische Außenminister hat am Montag in Rom seinen spanischen Amtskollegen "
    "empfangen. Beide Politiker sprachen über die Migrationspolitik der Europäischen Union "
    "und vereinbarten engere Zusammenarbeit bei der Seenotrettung im Mittelmeer.\n"
)
HTML_ARTICLE = (
    "Die Regierungen Kanadas und Mexikos haben in Ottawa ein Abkommen über den Handel mit "
    "Agrarprodukten unterzeichnet. Der kanadische Premierminister sprach von einem guten Tag "
    "für die Landwirte beider Länder, Kritiker warnten vor steigenden Preisen."
)
ENGLISH = (
    "The foreign ministers of Italy and Spain met in Rome on Monday to discuss migration "
    "policy and agreed to cooperate more closely on rescue missions in the Mediterranean.\n"
)


def test_ingest_seeds_is_idempotent(seeds_dir, tmp_path):
    db = str(tmp_path / "seeds.db")
    first = runner.invoke(app, ["ingest", str(seeds_dir), "--db", db, "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout.splitlines()[-1])["new"] == 5
    second = runner.invoke(app, ["ingest", str(seeds_dir), "--db", db, "--json"])
    report = json.loads(second.stdout.splitlines()[-1])
    assert (report["new"], report["duplicate"], report["failed"]) == (0, 5, 0)
    with Store(db) as store:
        assert store.counts()["documents"] == 5


@pytest.fixture()
def messy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "messy"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "windows.txt").write_bytes(GERMAN.replace("Außen", "Außen").encode("cp1252"))
    (folder / "huge.txt").write_bytes((GERMAN * 90_000).encode("utf-8"))  # about 20 MB
    html = f"<html><head><title>Handel</title></head><body><article><p>{HTML_ARTICLE}</p><p>{HTML_ARTICLE}"
    (folder / "truncated.html").write_text(html[: len(html) - 40], encoding="utf-8")
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def test_bad_documents_are_recorded_and_the_batch_goes_on(messy_folder, tmp_path):
    db = str(tmp_path / "messy.db")
    result = runner.invoke(app, ["ingest", str(messy_folder), "--db", db, "--json"])
    assert result.exit_code == 1  # some documents failed, and the exit status says so
    report = json.loads(result.stdout.splitlines()[-1])
    failed = {Path(f["source"]).name: f["error"] for f in report["failures"]}
    assert set(failed) == {"binary.txt", "empty.txt", "huge.txt"}
    assert all("\n" not in reason and reason for reason in failed.values())
    assert report["new"] == 3, report
    with Store(db) as store:
        stored = {d["file"]: d for d in store.documents()}
        assert set(stored) == {"windows.txt", "truncated.html", "english.txt"}
        assert stored["english.txt"]["language"] == "en"
        assert "Außenminister" in store.extraction(stored["windows.txt"]["id"])["body"]
        assert {e["source"].rsplit("/", 1)[-1] for e in store.errors()} == set(failed)


def test_ingest_summary_for_people(messy_folder, tmp_path):
    result = runner.invoke(app, ["ingest", str(messy_folder), "--db", str(tmp_path / "m.db"), "-q"])
    assert "3 new" in result.stdout and "3 failed" in result.stdout
    assert "empty.txt" in result.stdout


def test_extract_prints_the_extraction_json(seeds_dir):
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    result = runner.invoke(app, ["extract", *files, "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5
    for line in lines:
        assert line.keys() >= SPEC_KEYS
        for event in line["events"]:
            assert {"type", "actors", "recipients", "date", "evidence", "main"} <= event.keys()


def test_extract_dct_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GERMAN, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--json", "--dct", "2016-03-07"])
    data = json.loads(result.stdout)
    assert data["document_date"]["value"] == "2016-03-07"
    assert data["document_date"]["source"] == "override"
    bad = runner.invoke(app, ["extract", str(path), "--dct", "gestern"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output


def test_missing_path_gives_a_one_line_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "no such file or folder" in result.output


def test_show_and_search(tmp_path):
    path = tmp_path / "rom.txt"
    path.write_text(GERMAN, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
    hits = runner.invoke(app, ["search", "Seenotrettung", "--db", db, "--json"])
    (hit,) = [json.loads(line) for line in hits.stdout.splitlines()]
    assert hit["file"] == "rom.txt"
    shown = runner.invoke(app, ["show", hit["id"][:8], "--db", db, "--json"])
    assert json.loads(shown.stdout)["sources"] == [str(path)]
    missing = runner.invoke(app, ["show", "zzzz", "--db", db])
    assert missing.exit_code == 1 and "no document" in missing.output


def test_demo_ingests_and_prints_what_it_found(tmp_path):
    db = str(tmp_path / "demo.db")
    result = runner.invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.counts()["documents"] >= 5
        assert store.counts()["events"] > 0
    assert "Blinken" in result.stdout or "Antony Blinken" in result.stdout
