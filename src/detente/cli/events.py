"""CLI commands: events (list stored PLOVER events with their evidence)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from detente.cli.common import DB_OPTION, JSON_OPTION, check_date, console, fail, print_json


def register(app: typer.Typer) -> None:
    """Add this group's commands to the app."""
    app.command("events")(events)


def _check_type(value: str | None) -> None:
    from detente.events.lexicon import plover

    if value and value.upper() not in plover()["categories"]:
        names = ", ".join(plover()["categories"])
        fail(f"--type {value!r} is not a PLOVER category; use one of {names}")


def _side(arguments: list[dict[str, Any]]) -> str:
    return ", ".join(f"{a['name']} ({a['country'] or '?'})" for a in arguments) or "–"


def _row(event: dict[str, Any]) -> list[str]:
    date = event["date"]["value"] or ""
    kind = event["type"] + (f"/{event['mode']}" if event["mode"] else "")
    if event["aux"]:
        kind += f" [{event['aux']}]"
    if event["main"]:
        kind = f"[bold]{kind}[/] ★"
    who = f"{escape(_side(event['actors']))} → {escape(_side(event['recipients']))}"
    place = event["location"]["name"] if event["location"] else ""
    if event["occasion"]:
        place = f"{place} ({event['occasion']})" if place else event["occasion"]
    sentence = " ".join((event["sentence"] or "").split())
    sentence = escape(sentence if len(sentence) <= 160 else sentence[:157] + "…")
    return [
        date,
        kind,
        who,
        escape(place),
        ", ".join(event["topics"]),
        f"{event['tone']:+.2f}",
        sentence,
    ]


def events(
    actor: str | None = typer.Option(
        None,
        "--actor",
        "-a",
        help="Part of an actor's or recipient's name, any case (e.g. Lavrov).",
    ),
    country: str | None = typer.Option(
        None, "--country", "-c", help="A side's country, ISO alpha-3 (e.g. RUS) or EU, NATO, UN."
    ),
    event_type: str | None = typer.Option(
        None,
        "--type",
        "-t",
        help="PLOVER category, e.g. CONSULT, AGREE, REQUEST, ACCUSE, SANCTION.",
    ),
    topic: str | None = typer.Option(
        None, "--topic", help="Topic slug, e.g. ukraine, syria, sanctions, north_korea."
    ),
    since: str | None = typer.Option(None, "--since", help="Events on or after (YYYY[-MM[-DD]])."),
    until: str | None = typer.Option(None, "--until", help="Events on or before (YYYY[-MM[-DD]])."),
    main: bool = typer.Option(False, "--main", help="Only the main event of each article."),
    limit: int = typer.Option(100, "--limit", "-n", help="At most this many events (0: all)."),
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """List diplomatic events from stored articles: date, PLOVER type, who → whom, where,
    on what occasion, topics, tone (-1 conflict … +1 cooperation) and the sentence that says so.

    Example: [bold]detente events --country RUS --type CONSULT --main --since 2017[/]
    """
    from detente.events.query import list_events
    from detente.store import Store

    check_date(since, "--since")
    check_date(until, "--until")
    _check_type(event_type)
    if not Path(db).exists():
        fail(f"no database at {db}; run 'detente ingest PATH' first or pass --db")
    with Store(db) as store:
        rows = list_events(
            store.db, actor, country, event_type, topic, since, until, main, limit or None
        )
    if as_json:
        for row in rows:
            print_json(row)
        return
    if not rows:
        console.print("no events match; try fewer filters")
        return
    table = Table(box=None, show_lines=False, expand=True, pad_edge=False)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("actors → recipients", ratio=3)
    table.add_column("place", ratio=1)
    table.add_column("topics", ratio=1)
    table.add_column("tone", justify="right", no_wrap=True)
    table.add_column("evidence", ratio=5)
    for row in rows:
        table.add_row(*_row(row))
    console.print(table)
    console.print(f"[dim]{len(rows)} event(s); ★ = main event of its article[/]")
