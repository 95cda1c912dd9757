"""CLI commands over canonical events: link, timeline, relations, export."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from detente.cli.common import DB_OPTION, JSON_OPTION, check_date, console, fail, print_json


def register(app: typer.Typer) -> None:
    app.command()(link)
    app.command()(timeline)
    app.command()(relations)
    app.command()(export)


def _store(db: str):  # type: ignore[no-untyped-def]
    from detente.store import Store

    if db != ":memory:" and not Path(db).exists():
        fail(f"no database {db}; run 'detente ingest PATH --db {db}' first")
    return Store(db)


def link(
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
    no_embeddings: bool = typer.Option(
        False, "--no-embeddings", help="Skip the sentence-embedding signal (faster)."
    ),
) -> None:
    """Merge reports of the same real-world event into canonical events.

    `detente ingest` does this after every run; use this command after
    changing the database by other means. Incremental: only events not yet
    linked are considered, and they may join existing canonical events.
    """
    from detente.link import link_events

    with _store(db) as store:
        report = link_events(store, use_embeddings=not no_embeddings)
    if as_json:
        print_json(report.as_dict())
    else:
        console.print(
            f"linked {report.events} events: {report.joined} joined existing canonical events, "
            f"{report.created} new canonical events"
        )


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _actor_names(actors: list[dict[str, str]]) -> str:
    names = [a["name"] for a in actors if a.get("kind") == "person"] or [a["name"] for a in actors]
    return ", ".join(names[:6]) or "?"


def timeline(
    db: str = DB_OPTION,
    actor: str | None = typer.Option(None, "--actor", help="Person name or country code."),
    dyad: tuple[str, str] | None = typer.Option(
        None, "--dyad", help="Two country codes, e.g. --dyad USA RUS."
    ),
    topic: str | None = typer.Option(None, "--topic", help="Topic slug, e.g. ukraine."),
    event_type: str | None = typer.Option(None, "--type", help="PLOVER category, e.g. CONSULT."),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Until this date (YYYY-MM-DD)."),
    main: bool = typer.Option(
        False, "--main", help="Only events that are the main event of some article."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Canonical events in time order: date, place, participants, summary, sources, tone.

    Each real-world event appears once, however many articles reported it.

    Example: [bold]detente timeline --dyad USA RUS --type CONSULT[/]
    """
    from detente.analysis.timeline import TimelineFilter, canonical_events

    check_date(since, "--since")
    check_date(until, "--until")
    where = TimelineFilter(actor, dyad, topic, event_type, since, until, main)
    with _store(db) as store:
        events = canonical_events(store, where)
    if as_json:
        for event in events:
            print_json(event)
        return
    table = Table(box=None)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("type", no_wrap=True, min_width=9)
    table.add_column("place", no_wrap=True, max_width=14)
    table.add_column("participants", max_width=30)
    table.add_column("summary", ratio=1, min_width=20)
    table.add_column("src", justify="right", min_width=3)
    table.add_column("tone", justify="right", min_width=5)
    for e in events:
        table.add_row(
            e["date_value"] or "?",
            e["type"],
            e["location_name"] or "",
            escape(_actor_names(e["actors"])),
            escape(_short(" ".join((e["summary"] or "").split()), 110)),
            str(e["n_sources"]),
            f"{e['tone']:+.2f}" if e["tone"] is not None else "",
        )
    console.print(table if events else "no canonical events match; ingest articles first")


def relations(
    a: str = typer.Argument(..., help="First country code, e.g. USA."),
    b: str = typer.Argument(..., help="Second country code, e.g. RUS."),
    by: str = typer.Option("month", "--by", help="Period: week, month or year."),
    db: str = DB_OPTION,
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Until this date (YYYY-MM-DD)."),
    chart: str | None = typer.Option(
        None, "--chart", help="Also draw the series to this .png or .svg file."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """How relations between two countries develop: events and PLOVER scores per period.

    Counts, sum and mean of PLOVER scores per quad class (verbal/material
    cooperation/conflict), from canonical events (each real-world event once).

    Example: [bold]detente relations USA RUS --by year --chart usa-rus.png[/]
    """
    from detente.analysis.relations import PERIODS, QUADS, draw_chart, relation_series

    check_date(since, "--since")
    check_date(until, "--until")
    if by not in PERIODS:
        fail(f"--by {by!r} is not a period; use one of {', '.join(PERIODS)}")
    if chart and Path(chart).suffix.lower() not in (".png", ".svg"):
        fail(f"--chart {chart}: give a file name ending in .png or .svg")
    with _store(db) as store:
        series = relation_series(store, a.upper(), b.upper(), by, since, until)
    if chart:
        draw_chart(series, f"{a.upper()}–{b.upper()} relations by {by}", chart)
    if as_json:
        print_json(
            {"dyad": [a.upper(), b.upper()], "by": by, "series": [s.as_dict() for s in series]}
        )
        return
    if not series:
        console.print(f"no dated events between {a.upper()} and {b.upper()}")
        return
    table = Table("period", *(q.replace("_", " ") for q in QUADS), "events", "mean", "", box=None)
    for s in series:
        bar = (
            "[green]"
            + "+" * max(0, round(s.score_mean))
            + "[/][red]"
            + "-" * max(0, -round(s.score_mean))
            + "[/]"
        )
        table.add_row(
            s.period, *(str(s.counts[q]) for q in QUADS), str(s.total), f"{s.score_mean:+.1f}", bar
        )
    console.print(table)
    if chart:
        console.print(f"chart written to {chart}")


def export(
    fmt: str = typer.Option(..., "--format", "-f", help="plover, csv, parquet or gdelt."),
    out: str | None = typer.Option(
        None, "--out", "-o", help="Output file (stdout for text formats if omitted)."
    ),
    canonical: bool = typer.Option(
        False, "--canonical", help="One row per real-world event instead of per report."
    ),
    db: str = DB_OPTION,
) -> None:
    """Export events: PLOVER JSONL, CSV, Parquet or GDELT-style TSV.

    Rows carry arguments, date range, location, topics, score, tone, the
    canonical event id and evidence spans. GDELT rows use CAMEO root codes,
    QuadClass 1-4 and the PLOVER score as GoldsteinScale.

    Example: [bold]detente export --format parquet --out events.parquet[/]
    """
    from detente.export.formats import (
        FORMATS,
        event_records,
        write_csv,
        write_gdelt,
        write_parquet,
        write_plover,
    )

    if fmt not in FORMATS:
        fail(f"--format {fmt!r} is unknown; use one of {', '.join(FORMATS)}")
    if fmt == "parquet" and not out:
        fail("--format parquet needs --out FILE.parquet")
    with _store(db) as store:
        records = event_records(store, canonical=canonical)
    if fmt == "parquet":
        write_parquet(records, str(out))
    else:
        stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout  # noqa: SIM115
        try:
            if fmt == "plover":
                write_plover(records, stream)
            elif fmt == "csv":
                write_csv(records, stream)
            else:
                write_gdelt(records, stream, _place_coordinates())
        finally:
            if out:
                stream.close()
    if out:
        console.print(f"{len(records)} events written to {out}", style="green")


def _place_coordinates() -> dict[str, tuple[float, float]]:
    from detente.kb import load_kb

    kb = load_kb()
    return {
        e.id: (e.lat, e.lon)
        for e in kb.entities.values()
        if e.lat is not None and e.lon is not None
    }
