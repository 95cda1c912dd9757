"""CLI commands: quotes (list stored quotations) and eval-spkatt (score on SpkAtt-2023)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from detente.cli.common import (
    DB_OPTION,
    JSON_OPTION,
    check_date,
    console,
    err_console,
    fail,
    print_json,
)


def register(app: typer.Typer) -> None:
    """Add this group's commands to the app."""
    app.command("quotes")(quotes)
    app.command("eval-spkatt")(eval_spkatt)


def quotes(
    speaker: str | None = typer.Option(
        None,
        "--speaker",
        "--actor",
        "-s",
        help="Part of the speaker's name, any case (e.g. Lavrov).",
    ),
    country: str | None = typer.Option(
        None, "--country", "-c", help="Speaker's country, ISO alpha-3 (e.g. RUS) or EU, NATO, UN."
    ),
    direct: bool | None = typer.Option(
        None, "--direct/--indirect", help="Only direct („…“) or only indirect (Konjunktiv) quotes."
    ),
    since: str | None = typer.Option(
        None, "--since", help="Documents dated on or after (YYYY[-MM[-DD]])."
    ),
    until: str | None = typer.Option(
        None, "--until", help="Documents dated on or before (YYYY[-MM[-DD]])."
    ),
    topic: str | None = typer.Option(
        None, "--topic", help="Only articles whose main event has this topic (e.g. syria)."
    ),
    limit: int = typer.Option(100, "--limit", "-n", help="At most this many quotes (0: all)."),
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """List quotations from stored articles: who said what, when, direct or indirect.

    Example: [bold]detente quotes --speaker Lavrov --direct --since 2017-01[/]
    """
    from detente.quotes.query import list_quotes
    from detente.store import Store

    check_date(since, "--since")
    check_date(until, "--until")
    if not Path(db).exists():
        fail(f"no database at {db}; run 'detente ingest PATH' first or pass --db")
    with Store(db) as store:
        rows = list_quotes(
            store.db, speaker, country, direct, since, until, limit or None, topic=topic
        )
    if as_json:
        for row in rows:
            print_json(row)
        return
    if not rows:
        console.print("no quotes match; try fewer filters")
        return
    table = Table("date", "speaker", "", "quote", "cue", box=None)
    for row in rows:
        who = row["speaker"]
        name = f"{who['name']} ({who['country'] or '?'})" if who else "[dim]unknown[/]"
        table.add_row(
            row["date"] or "",
            escape(name) if who else name,
            "„“" if row["direct"] else "~",
            escape(row["text"]),
            escape(row["cue"] or ""),
        )
    console.print(table)


def eval_spkatt(
    directory: Path = typer.Argument(
        ..., help="Folder of SpkAtt-2023 JSON files (e.g. ../shared/data/spkatt/train)."
    ),
    limit: int = typer.Option(0, "--limit", "-n", help="Only the first N files (0: all)."),
    split: str = typer.Option(
        "all",
        "--split",
        help="even | odd | all: files whose numeric prefix is even (dev) or odd (held out).",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score quotation detection and speakers on SpkAtt-2023 (German Wikinews).

    Recall per form (Direct, Indirect, Other), precision of predicted direct
    and indirect quotes, and speaker accuracy over the reports found.

    Example: [bold]detente eval-spkatt ../shared/data/spkatt/train --split even[/]
    """
    from detente.evaluate.spkatt import evaluate_spkatt, spkatt_files

    if split not in ("even", "odd", "all"):
        fail(f"--split {split}: use even, odd or all")
    if not directory.is_dir():
        fail(f"{directory}: no such folder; give the folder holding the SpkAtt *.json files")
    files = spkatt_files(directory, limit or None, split)
    if not files:
        fail(f"no *.json files in {directory}; give the SpkAtt train or dev folder")
    columns = (BarColumn(bar_width=None), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("scoring", total=len(files))
        counts = evaluate_spkatt(files, progress=lambda: progress.advance(task))
    result = counts.as_dict()
    if as_json:
        print_json(result)
        return
    _print_scores(result)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _print_scores(result: dict[str, Any]) -> None:
    table = Table("form", "gold", "found", "recall", box=None, title="SpkAtt reports found")
    for form in ("Direct", "Indirect", "Other"):
        table.add_row(
            form,
            str(result["gold"][form]),
            str(result["found"][form]),
            _fmt(result["recall"][form]),
        )
    table.add_row("all", "", "", _fmt(result["recall"]["all"]))
    console.print(table)
    kinds = Table("predicted", "count", "correct", "precision", box=None)
    for kind in ("direct", "indirect"):
        kinds.add_row(
            kind,
            str(result["predicted"][kind]),
            str(result["correct"][kind]),
            _fmt(result["precision"][kind]),
        )
    console.print(kinds)
    if result["errors"]:
        err_console.print(
            f"[yellow]{len(result['errors'])} documents failed (scored as empty);"
            f" first: {escape(result['errors'][0])}[/]"
        )
    speed = result["documents"] / result["seconds"] if result["seconds"] else 0.0
    console.print(
        f"speaker accuracy {_fmt(result['speaker_accuracy'])} over {result['speaker_checked']}"
        f" found reports with a source; {result['documents']} documents in"
        f" {result['seconds']:.1f}s ({speed:.0f}/s)"
    )
