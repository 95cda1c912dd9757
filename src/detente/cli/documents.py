"""CLI commands on documents: ingest, extract, show, search, demo."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
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
from detente.document import Document, RawDocument

PATHS_ARGUMENT = typer.Argument(
    ..., help="Files or folders (searched recursively); '-' reads standard input."
)
DCT_OPTION = typer.Option(
    None, "--dct", help="Override the document date (YYYY-MM-DD) for every document."
)


def _check_paths(paths: list[str]) -> None:
    for path in paths:
        if path != "-" and not Path(path).exists():
            fail(f"{path}: no such file or folder; give a file, a folder or '-' for stdin")


JOBS_OPTION = typer.Option(
    1,
    "--jobs",
    "-j",
    min=1,
    help="Worker processes (stages are pure, so documents run in parallel).",
)
POS_OPTION = typer.Option(
    False, "--pos", help="Also tag every token with HanTa POS and lemma (slower on small batches)."
)


def _pipeline(dct: str | None = None, pos: bool = False) -> Any:
    from detente.pipeline import Pipeline

    check_date(dct, "--dct")
    return Pipeline(dct_override=dct, morphology=pos)


def _with_progress(
    items: Iterable[Document | RawDocument], quiet: bool
) -> Iterator[Document | RawDocument]:
    """Yield items while a progress line counts them on stderr."""
    if quiet:
        yield from items
        return
    columns = (
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("processing", total=None)
        for item in items:
            name = item.meta.file if isinstance(item, Document) else item.file
            progress.update(task, advance=1, description=escape(str(name or "")))
            yield item


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(extract)
    app.command()(show)
    app.command()(search)
    app.command()(demo)


def ingest(
    paths: list[str] = PATHS_ARGUMENT,
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
    max_size: float = typer.Option(10.0, "--max-size", help="Skip files larger than this (MB)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    pos: bool = POS_OPTION,
    jobs: int = JOBS_OPTION,
    no_link: bool = typer.Option(
        False,
        "--no-link",
        help="Don't merge reports into canonical events now (run 'detente link' later).",
    ),
) -> None:
    """Read articles, extract events and store them in the database.

    Re-ingesting is safe: an article already stored (same normalised text) is
    counted as a duplicate and its new source is remembered. A document that
    cannot be read or processed is recorded with a one-line reason and the
    batch goes on; the exit status is 1 when any document failed.

    Example: [bold]detente ingest articles/ --db news.db[/]
    """
    from detente.link import LinkReport, link_events
    from detente.sources import read_sources
    from detente.store import Store

    _check_paths(paths)
    pipeline = _pipeline(pos=pos)
    raws = read_sources(paths, max_bytes=int(max_size * 1_000_000))
    with Store(db) as store:
        report = store.ingest(_with_progress(pipeline.process(raws, jobs), quiet or as_json))
        linked = LinkReport() if no_link or not report.new else link_events(store)
    if as_json:
        print_json({"db": db, **report.as_dict(), "linked": linked.as_dict()})
    else:
        console.print(
            f"[green]{report.new} new[/], {report.duplicate} duplicate, "
            f"{report.near_duplicate} near-duplicate, "
            f"[{'red' if report.failed else 'green'}]{report.failed} failed[/] → {db}"
        )
        if linked.events:
            console.print(
                f"{linked.events} events linked: {linked.created} new canonical events, "
                f"{linked.joined} joined existing ones"
            )
        for source, error in report.failures:
            console.print(f"  [red]failed[/] {escape(source)}: {escape(error)}")
    if report.failed:
        raise typer.Exit(1)


def extract(
    paths: list[str] = PATHS_ARGUMENT,
    as_json: bool = JSON_OPTION,
    dct: str | None = DCT_OPTION,
    max_size: float = typer.Option(10.0, "--max-size", help="Skip files larger than this (MB)."),
    pos: bool = POS_OPTION,
    jobs: int = JOBS_OPTION,
) -> None:
    """Extract events, quotes, actors and dates without storing anything.

    With --json, prints the extraction JSON (one object per document per line;
    the format is documented in the README and is stable). A document that
    fails prints {"file": ..., "source": ..., "error": ...} instead.

    Example: [bold]detente extract article.txt --json --dct 2017-02-16[/]
    """
    from detente.extraction import to_extraction
    from detente.sources import read_sources

    _check_paths(paths)
    pipeline = _pipeline(dct, pos)
    failed = 0
    raws = read_sources(paths, max_bytes=int(max_size * 1_000_000))
    for item in pipeline.process(raws, jobs):
        if isinstance(item, RawDocument):
            failed += 1
            if as_json:
                print_json({"file": item.file, "source": item.source, "error": item.error})
            else:
                err_console.print(
                    f"[red]failed[/] {escape(item.source)}: {escape(item.error or '')}"
                )
            continue
        result = to_extraction(item)
        if as_json:
            print_json(result)
        else:
            _print_extraction(result)
    if failed:
        raise typer.Exit(1)


def _print_extraction(result: dict[str, Any]) -> None:
    date = (result.get("document_date") or {}).get("value")
    console.rule(f"[bold]{escape(str(result['file'] or result['id']))}[/]  {date or ''}")
    if result.get("title"):
        console.print(f"[bold]{escape(result['title'])}[/]")
    people = sorted({e["name"] for e in result["entities"] if e["kind"] == "person"})
    if people:
        console.print("[dim]persons:[/] " + escape(", ".join(people)))
    for event in result["events"]:
        console.print("  " + escape(event_line(event)))
    for quote in result["quotes"][:10]:
        speaker = (quote.get("speaker") or {}).get("name") or "?"
        console.print(f"  [cyan]{escape(speaker)}[/]: „{escape(_short(quote['text'], 90))}“")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _names(arguments: list[dict[str, Any]]) -> str:
    return ", ".join(a["name"] for a in arguments) or "?"


def event_line(event: dict[str, Any]) -> str:
    """One line: date, type, actors → recipients, place, occasion, topics, tone."""
    date = (event.get("date") or {}).get("value") or "????"
    where = (event.get("location") or {}).get("name")
    parts = [
        f"{'★ ' if event.get('main') else ''}{date} {event['type']}",
        f"{_names(event['actors'])} → {_names(event['recipients'])}",
    ]
    if event.get("aux"):
        parts.append(f"({event['aux']})")
    if where:
        parts.append(f"in {where}")
    if event.get("occasion"):
        parts.append(f"at {event['occasion']}")
    if event.get("topics"):
        parts.append("[" + ", ".join(event["topics"]) + "]")
    parts.append(f"tone {event.get('tone', 0):+.2f}")
    return " ".join(parts)


def show(
    doc: str = typer.Argument(..., help="Document id (or prefix), file name or source path."),
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Show one stored document: metadata, date, actors, events with evidence, quotes.

    Example: [bold]detente show 53dc7680[/]
    """
    from detente.store import Store

    with Store(db) as store:
        row = store.find_document(doc)
        if row is None:
            fail(
                f"no document {doc!r} in {db}; list documents with 'detente search' or ingest first"
            )
        result = store.extraction(row["id"])
        result["sources"] = store.sources_of(row["id"])
    if as_json:
        print_json(result)
        return
    _print_extraction(result)
    body = result["body"]
    for event in result["events"]:
        start, end = event["trigger"]
        sentence = next((s for s in event["evidence"] if s[0] <= start <= s[1]), [start, end])
        text = body[sentence[0] : start] + f"[bold]{body[start:end]}[/]" + body[end : sentence[1]]
        console.print(f"  [dim]{event['type']} evidence:[/] {text}")
    console.print(f"[dim]sources:[/] {escape(', '.join(result['sources']))}")


def search(
    query: str = typer.Argument(
        ..., help='Full-text query (SQLite FTS5 syntax: words, "phrases", OR, NOT).'
    ),
    db: str = DB_OPTION,
    limit: int = typer.Option(20, "--limit", "-n", help="At most this many results."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Full-text search over stored articles.

    Example: [bold]detente search 'Lawrow AND Sotschi'[/]
    """
    import sqlite3

    from detente.store import Store

    with Store(db) as store:
        try:
            hits = store.search(query, limit)
        except sqlite3.OperationalError as exc:
            fail(f"bad search query {query!r} ({exc}); quote phrases like '\"Weißes Haus\"'")
    if as_json:
        for hit in hits:
            print_json(hit)
        return
    table = Table("id", "file", "date", "snippet", box=None)
    for hit in hits:
        table.add_row(hit["id"][:8], hit["file"] or "", hit["dct_value"] or "", hit["snippet"])
    console.print(table if hits else f"no match for {query!r}")


def demo_paths() -> list[str]:
    folder = importlib_resources.files("detente").joinpath("demo")
    return sorted(str(p) for p in Path(str(folder)).glob("*.txt"))


def demo(
    db: str = typer.Option("detente-demo.db", "--db", help="Database for the demo."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest the bundled demo articles and print what detente found in them.

    The demo corpus is a handful of short German articles written for this
    project. Afterwards try: detente events --db detente-demo.db
    """
    from detente.extraction import to_extraction
    from detente.pipeline import Pipeline
    from detente.sources import read_sources
    from detente.store import Store

    paths = demo_paths()
    if not paths:
        fail("the demo corpus is missing from the installation; reinstall detente")
    docs = [d for d in Pipeline().process(read_sources(paths)) if isinstance(d, Document)]
    from detente.link import link_events

    with Store(db) as store:
        report = store.ingest(docs)
        link_events(store)
    results = [to_extraction(d) for d in docs]
    if as_json:
        for result in results:
            print_json(result)
        return
    for result in results:
        _print_extraction(result)
    console.print(
        f"\n[green]{report.new} new[/], {report.duplicate} already stored → {db}. "
        f"Next: [bold]detente events --db {db}[/]"
    )
