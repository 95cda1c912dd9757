"""CLI command ``clean``: what the cleaner keeps and removes, without the rest of the pipeline."""

from __future__ import annotations

from typing import Any

import typer
from rich.markup import escape

from detente.cli.common import JSON_OPTION, console, print_json


def register(app: typer.Typer) -> None:
    app.command("clean")(clean_command)


def clean_command(
    paths: list[str] = typer.Argument(
        ..., help="Files or folders (searched recursively); '-' reads standard input."
    ),
    as_json: bool = JSON_OPTION,
    body: bool = typer.Option(False, "--body", help="Print the cleaned body too."),
    max_size: float = typer.Option(10.0, "--max-size", help="Skip files larger than this (MB)."),
) -> None:
    """Clean articles and show title, dates, dateline, signature and the removed boilerplate.

    Use it to check the cleaning rules on a new outlet before ingesting. Rules
    live in src/detente/clean/data/ (boilerplate_de.txt explains the format).

    Example: [bold]detente clean articles/ --body[/]
    """
    from detente.sources import read_sources

    failed = False
    for raw in read_sources(paths, max_bytes=int(max_size * 1_000_000)):
        result, error = _clean_one(raw)
        failed = failed or error is not None
        if as_json:
            print_json(result or {"source": raw.source, "file": raw.file, "error": error})
        elif result is None:
            console.print(f"[red]failed[/] {escape(raw.source)}: {escape(error or '')}")
        else:
            _print(result, body)
    if failed:
        raise typer.Exit(1)


def _clean_one(raw: Any) -> tuple[dict[str, Any] | None, str | None]:
    from detente.clean import CleanError, clean

    if raw.error:
        return None, raw.error
    try:
        return _summary(clean(raw)), None
    except CleanError as exc:  # e.g. an HTML page without text
        return None, str(exc)


def _summary(doc: Any) -> dict[str, Any]:
    meta = doc.meta
    return {
        "source": meta.source,
        "file": meta.file,
        "id": doc.id,
        "title": meta.title,
        "kicker": meta.kicker,
        "lead": meta.lead,
        "dateline": meta.dateline,
        "published": meta.published,
        "metadata_date": meta.metadata_date,
        "signature": meta.signature,
        "agencies": list(meta.agencies),
        "removed": list(meta.removed),
        "body": doc.body,
        "errors": list(doc.errors),
    }


def _print(result: dict[str, Any], body: bool) -> None:
    console.rule(escape(result["source"]))
    for key in ("title", "dateline", "published", "metadata_date", "signature"):
        if result[key]:
            console.print(f"[bold]{key}[/]: {escape(str(result[key]))}")
    for line in result["removed"]:
        console.print(f"  [red]-[/] [dim]{escape(line)}[/]")
    console.print(f"[green]{len(result['body'])} characters kept[/]")
    if body:
        console.print(escape(result["body"]))
