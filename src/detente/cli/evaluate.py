"""CLI commands: evaluate (``detente eval``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import track
from rich.table import Table

from detente.cli.common import console, err_console, fail, print_json

SECTION_TITLES = {
    "cleaning": "cleaning",
    "document_date": "document date",
    "persons": "persons",
    "organisations": "organisations",
    "places": "places",
    "main_event": "main event",
    "other_events": "other events",
    "quotes": "quotes",
    "dyad_timeline": "dyad timeline",
    "event_pairs": "event pairs",
}


def eval_command(
    gold: Annotated[
        Path,
        typer.Option("--gold", help="Gold file in the detente-gold/1 format (gold/README.md)."),
    ],
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="Folder with the gold's articles (default: the gold's 'corpus' field, "
            "looked up beside the gold file and in its parents).",
        ),
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            help="Score these extraction JSON lines (detente extract --json) instead of "
            "running the pipeline; matched to the gold by 'file'.",
        ),
    ] = None,
    save_predictions: Annotated[
        Path | None,
        typer.Option(
            "--save-predictions",
            help="Also write the pipeline's extraction JSON lines here, to rescore or inspect.",
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print every score and detail as one JSON object.")
    ] = False,
) -> None:
    """Score the pipeline against a gold file: cleaning, dates, actors, events, quotes.

    Runs the full pipeline on every article the gold describes (or reads
    --predictions) and prints a table per document with micro and macro totals,
    then one summary line per section.

    Example:

        detente eval --gold ../shared/gold/seeds.json

        detente eval --gold seeds.json --predictions out.jsonl --json > scores.json
    """
    from detente.evaluate.gold import GoldError, load_gold, score_gold
    from detente.evaluate.predict import PredictionsError, read_predictions

    try:
        gold_data = load_gold(gold)
        if predictions is not None:
            predicted = read_predictions(predictions)
        else:
            predicted = _run_pipeline(gold, gold_data, corpus, save_predictions)
    except (GoldError, PredictionsError) as exc:
        fail(str(exc))
    scores = score_gold(gold_data, predicted)
    scores["gold"] = str(gold)
    if json_output:
        print_json(scores)
        return
    for doc in scores["documents"]:
        if doc["prediction"] != "ok":
            err_console.print(f"[yellow]warning:[/] {doc['file']}: {doc['prediction']}")
    console.print(score_table(scores))
    for section, line in scores["summary"].items():
        console.print(f"[bold]{SECTION_TITLES[section]}[/]: {line}")


def _run_pipeline(
    gold: Path, gold_data: dict[str, Any], corpus: Path | None, save: Path | None
) -> dict[str, dict[str, Any]]:
    from detente.evaluate.gold import resolve_corpus
    from detente.evaluate.predict import predict_files
    from detente.pipeline import Pipeline

    folder = corpus or resolve_corpus(gold, gold_data.get("corpus") or ".")
    if folder is None or not folder.is_dir():
        fail(
            f"corpus folder {corpus or gold_data.get('corpus')!r} not found near {gold}; "
            "pass --corpus DIR or --predictions FILE"
        )
    try:
        pipeline = Pipeline()
    except Exception as exc:  # a broken stage import should say so, not dump a traceback
        fail(f"the pipeline cannot start ({exc}); score saved output with --predictions FILE")
    files = [d["file"] for d in gold_data.get("documents") or []]
    results = dict(
        track(
            predict_files(folder, files, pipeline),
            total=len(files),
            description="extracting",
            console=err_console,
            transient=True,
        )
    )
    if save is not None:
        save.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results.values()),
            encoding="utf-8",
        )
    return results


def _cell(value: Any) -> str:
    """A per-document measure as text."""
    if value is None:
        return "[dim]–[/]"
    if isinstance(value, bool):
        return "[green]✓[/]" if value else "[red]✗[/]"
    if isinstance(value, dict):
        return _cell(value.get("value"))
    return f"{value:.2f}"


def _total_cells(total: dict[str, Any] | None) -> tuple[str, str]:
    """(micro, macro) text of a total; booleans show hit/of under micro."""
    if not total or not total.get("of", 1):
        return "[dim]–[/]", ""
    if "micro" not in total:
        return f"{total['hit']}/{total['of']}", _cell(total["value"])
    return _cell(total["micro"]), _cell(total["macro"])


def _short_names(files: list[str]) -> list[str]:
    """Column headers: the leading number of seed-style names where that is unique."""
    short = [Path(f).stem.split("_")[0] for f in files]
    return short if len(set(short)) == len(short) else [Path(f).stem for f in files]


def score_table(scores: dict[str, Any]) -> Table:
    documents = scores["documents"]
    table = Table(title=f"detente eval — {scores.get('gold', '')}", show_lines=False)
    table.add_column("section", style="bold")
    table.add_column("measure")
    for name in _short_names([d["file"] for d in documents]):
        table.add_column(name, justify="right")
    table.add_column("micro", justify="right", style="bold")
    table.add_column("macro", justify="right")
    for section, title in SECTION_TITLES.items():
        totals = scores["totals"].get(section) or {}
        for i, (measure, total) in enumerate(totals.items()):
            per_doc = [
                _cell((d.get(section) or {}).get(measure)) if section in d else ""
                for d in documents
            ]
            table.add_row(title if i == 0 else "", measure, *per_doc, *_total_cells(total))
        table.add_section()
    return table


def register(app: typer.Typer) -> None:
    """Add this group's commands to the app."""
    app.command("eval")(eval_command)
