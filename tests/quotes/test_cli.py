"""The quotes and eval-spkatt commands, on a store built from hand-made documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from detente.cli import quotes as quotes_cli
from detente.document import DocumentDate, date_range_of, document_id
from detente.quotes import extract_quotes
from detente.store import Store
from tests.quotes.helpers import make_doc
from tests.quotes.test_spkatt import write_file

runner = CliRunner()
ARTICLES = [
    ("2017-02-16", "„Wir bleiben im Gespräch“, sagte Wolkow. Kern sagte, die Lage sei ernst."),
    ("2019-05-14", "„Das war ein guter Tag“, erklärte Anna Berg nach dem Treffen."),
]


def app() -> typer.Typer:
    application = typer.Typer()
    quotes_cli.register(application)
    return application


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "q.db")
    docs = []
    for day, body in ARTICLES:
        date = date_range_of(day)
        assert date is not None
        doc = make_doc(body).with_(
            id=document_id(body), dct=DocumentDate(date, "override", None, "test")
        )
        docs.append(extract_quotes(doc, None))  # type: ignore[arg-type]
    with Store(path) as store:
        store.ingest(docs)
    return path


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_quotes_lists_everything_as_json(db: str) -> None:
    result = runner.invoke(app(), ["quotes", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = lines(result.output)
    assert [r["speaker"]["name"] for r in rows] == ["Igor Volkov", "Paul Kern", "Anna Berg"]
    assert rows[0]["direct"] is True and rows[1]["direct"] is False
    assert rows[0]["date"] == "2017-02-16"


def test_quotes_filters(db: str) -> None:
    def names(*args: str) -> list[str]:
        result = runner.invoke(app(), ["quotes", "--db", db, "--json", *args])
        assert result.exit_code == 0, result.output
        return [r["speaker"]["name"] for r in lines(result.output)]

    assert names("--speaker", "volk") == ["Igor Volkov"]
    assert names("--country", "usa") == ["Paul Kern"]
    assert names("--indirect") == ["Paul Kern"]
    assert names("--direct", "--since", "2018") == ["Anna Berg"]
    assert names("--until", "2017-02") == ["Igor Volkov", "Paul Kern"]


def test_quotes_table_and_errors(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app(), ["quotes", "--db", db])
    assert result.exit_code == 0
    assert "Anna Berg" in result.output and "guter Tag" in result.output
    missing = runner.invoke(app(), ["quotes", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1
    assert "detente ingest" in missing.output
    bad = runner.invoke(app(), ["quotes", "--db", db, "--since", "letzte Woche"])
    assert bad.exit_code == 1 and "YYYY-MM-DD" in bad.output


def test_eval_spkatt_command(tmp_path: Path) -> None:
    write_file(tmp_path)
    result = runner.invoke(app(), ["eval-spkatt", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output.strip().splitlines()[-1])
    assert scores["documents"] == 1
    assert scores["gold"]["Direct"] == 1
    table = runner.invoke(app(), ["eval-spkatt", str(tmp_path)])
    assert table.exit_code == 0 and "speaker accuracy" in table.output
    empty = runner.invoke(app(), ["eval-spkatt", str(tmp_path / "nowhere")])
    assert empty.exit_code == 1


def test_quotes_by_actor_alias_and_main_event_topic(db: str) -> None:
    with Store(db) as store:
        (doc_id,) = [
            r[0] for r in store.db.execute("SELECT id FROM documents WHERE body LIKE '%guter Tag%'")
        ]
        with store.db:
            store.db.execute(
                "INSERT INTO events(id, document_id, type, main, topics) VALUES (?, ?, ?, 1, ?)",
                (f"{doc_id}:0", doc_id, "CONSULT", '["syria"]'),
            )

    def names(*args: str) -> list[str]:
        result = runner.invoke(app(), ["quotes", "--db", db, "--json", *args])
        assert result.exit_code == 0, result.output
        return [r["speaker"]["name"] for r in lines(result.output)]

    assert names("--actor", "berg") == ["Anna Berg"]
    assert names("--topic", "syria") == ["Anna Berg"]
    assert names("--topic", "ukraine") == []
