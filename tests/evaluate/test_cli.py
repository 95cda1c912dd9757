"""``detente eval`` on a tiny gold file and predictions written to tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from detente.cli import evaluate
from tests.evaluate.perfect import perfect_prediction
from tests.evaluate.tiny import tiny_gold

runner = CliRunner()


def flat(text: str) -> str:
    """Output with rich's line wrapping undone."""
    return " ".join(text.split())


def make_app() -> typer.Typer:
    app = typer.Typer()
    evaluate.register(app)

    @app.command("noop", hidden=True)
    def noop() -> None:  # a second command keeps "eval" a subcommand
        """Nothing."""

    return app


def write_inputs(tmp_path: Path, drop: str | None = None) -> tuple[Path, Path]:
    gold = tiny_gold()
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    lines = [json.dumps(perfect_prediction(d)) for d in gold["documents"] if d["file"] != drop]
    preds_path = tmp_path / "predictions.jsonl"
    preds_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold_path, preds_path


def test_json_output_of_perfect_predictions(tmp_path: Path) -> None:
    gold_path, preds_path = write_inputs(tmp_path)
    args = ["eval", "--gold", str(gold_path), "--predictions", str(preds_path), "--json"]
    result = runner.invoke(make_app(), args)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["totals"]["main_event"]["fully_right"] == {"value": 1.0, "hit": 2, "of": 2}
    assert scores["totals"]["quotes"]["recall"]["micro"] == 1.0
    assert [d["file"] for d in scores["documents"]] == ["a_first.txt", "b_second.txt"]


def test_table_and_summary_with_a_missing_prediction(tmp_path: Path) -> None:
    gold_path, preds_path = write_inputs(tmp_path, drop="b_second.txt")
    result = runner.invoke(
        make_app(), ["eval", "--gold", str(gold_path), "--predictions", str(preds_path)]
    )
    assert result.exit_code == 0, result.output
    assert "detente eval" in result.stdout  # the table title
    assert "main event: fully right 1/2" in flat(result.stdout)
    assert "b_second.txt: missing" in flat(result.output)


def test_errors_are_one_line_and_say_what_to_do(tmp_path: Path) -> None:
    gold_path, _ = write_inputs(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(
        make_app(), ["eval", "--gold", str(gold_path), "--predictions", str(bad)]
    )
    assert result.exit_code == 1
    assert "bad.jsonl:1 is not JSON" in flat(result.output)
    result = runner.invoke(make_app(), ["eval", "--gold", str(gold_path)])
    assert result.exit_code == 1
    assert "--corpus" in flat(result.output)
    not_gold = tmp_path / "other.json"
    not_gold.write_text("{}", encoding="utf-8")
    result = runner.invoke(make_app(), ["eval", "--gold", str(not_gold)])
    assert result.exit_code == 1
    assert "detente-gold/1" in flat(result.output)
