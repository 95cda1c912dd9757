"""CLI commands: kb (search, show, stats, update)."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from detente.cli.common import JSON_OPTION, console, fail, print_json

kb_app = typer.Typer(
    name="kb",
    help="Look up and refresh the knowledge base of countries, organisations, places and persons.",
    no_args_is_help=True,
)

OVERLAY_OPTION = typer.Option(
    None,
    "--overlay",
    help="Extra KB records (JSONL) merged over the shipped data.",
    envvar="DETENTE_KB_OVERLAY",
)


def register(app: typer.Typer) -> None:
    """Add this group's commands to the app."""
    app.add_typer(kb_app, name="kb")


def open_kb(overlay: str | None) -> tuple[Any, float]:
    """The knowledge base and the seconds it took to load."""
    from detente.kb import load_kb

    started = time.perf_counter()
    try:
        kb = load_kb(overlay=overlay)
    except (FileNotFoundError, ValueError) as exc:
        fail(f"{exc}; fix the overlay file or unset DETENTE_KB_OVERLAY / --overlay")
    return kb, time.perf_counter() - started


def entity_json(entity: Any) -> dict[str, Any]:
    record = asdict(entity)
    record["names"] = {lang: list(names) for lang, names in entity.names.items()}
    return record


@kb_app.command()
def search(
    name: str = typer.Argument(..., help="A name, alias, prefix or misspelling."),
    kind: str | None = typer.Option(
        None, "--kind", help="person, country, organisation, summit_series, summit or place."
    ),
    limit: int = typer.Option(20, "--limit", "-n", help="Show at most this many matches."),
    as_json: bool = JSON_OPTION,
    overlay: str | None = OVERLAY_OPTION,
) -> None:
    """Find entities by any of their names (case- and accent-insensitive, prefix and fuzzy).

    Example: [bold]detente kb search Lawrow[/] or [bold]detente kb search kiew --kind place[/]
    """
    kb, _ = open_kb(overlay)
    if kind is not None and kind not in kb.kinds():
        fail(f"unknown kind {kind!r}; use one of: {', '.join(kb.kinds())}")
    matches = kb.search(name, kind=kind, limit=limit)
    if as_json:
        for entity, score in matches:
            print_json({**entity_json(entity), "score": score})
        return
    if not matches:
        fail(f"nothing in the KB matches {name!r}; try a shorter prefix or drop --kind")
    table = Table("id", "kind", "name", "German names", "country", "score")
    for entity, score in matches:
        german = ", ".join(entity.names.get("de", ())[:3])
        table.add_row(
            entity.id, entity.kind, entity.name, german, entity.country or "", f"{score:.2f}"
        )
    console.print(table)


@kb_app.command()
def show(
    entity_id: str = typer.Argument(
        ..., help="An entity id (RUS, G20, Q7747, geonames:524901) or exact name."
    ),
    as_json: bool = JSON_OPTION,
    overlay: str | None = OVERLAY_OPTION,
) -> None:
    """Show everything the KB knows about one entity.

    Example: [bold]detente kb show RUS[/] or [bold]detente kb show Kreml[/] (exact names work too)
    """
    kb, _ = open_kb(overlay)
    entity = kb.get(entity_id) or resolve_name(kb, entity_id)
    if as_json:
        print_json(entity_json(entity))
        return
    table = Table(show_header=False)
    for key, val in entity_json(entity).items():
        if val not in (None, "", [], {}, ()):
            table.add_row(key, val if isinstance(val, str) else json.dumps(val, ensure_ascii=False))
    console.print(table)


def resolve_name(kb: Any, name: str) -> Any:
    found = kb.lookup(name)
    if not found:
        metonym = kb.by_metonym(name)
        found = [metonym[0]] if metonym else []
    if len(found) == 1:
        return found[0]
    if not found:
        fail(f"no entity with id or name {name!r}; find it with `detente kb search {name}`")
    ids = ", ".join(e.id for e in found[:5])
    fail(f"{name!r} names {len(found)} entities ({ids}); pass one id to `detente kb show`")


@kb_app.command()
def stats(as_json: bool = JSON_OPTION, overlay: str | None = OVERLAY_OPTION) -> None:
    """Count entities per kind, persons with roles, roles per office and country, load time.

    Example: [bold]detente kb stats --json[/]
    """
    kb, seconds = open_kb(overlay)
    persons = kb.persons()
    roles = [role for person in persons for role in person.roles]
    summary = {
        "entities": len(kb),
        "kinds": kb.kinds(),
        "persons_with_roles": sum(1 for p in persons if p.roles),
        "roles": dict(Counter(r.role for r in roles).most_common()),
        "roles_per_country": dict(Counter(r.country for r in roles).most_common(15)),
        "summits_per_series": dict(
            Counter(str(s.extra.get("series")) for s in kb.summits()).most_common()
        ),
        "load_seconds": round(seconds, 3),
    }
    if as_json:
        print_json(summary)
        return
    table = Table("what", "count")
    table.add_row("entities", str(summary["entities"]))
    for group in ("kinds", "roles", "roles_per_country", "summits_per_series"):
        for key, count in summary[group].items():
            table.add_row(f"{group.replace('_', ' ')}: {key}", str(count))
    table.add_row("persons with roles", str(summary["persons_with_roles"]))
    console.print(table)
    console.print(f"loaded in {seconds:.3f} s")


@kb_app.command()
def update(
    from_wikidata: bool = typer.Option(
        False,
        "--from-wikidata",
        help="Fetch heads of state/government and ministers from Wikidata.",
    ),
    out: Path | None = typer.Option(
        None,
        "--out",
        help="Overlay file to write (default: $DETENTE_KB_OVERLAY or the user data dir).",
    ),
    response: Path | None = typer.Option(
        None, "--response", help="Use a saved SPARQL JSON response instead of the network."
    ),
    since: int = typer.Option(1990, "--since", help="Only terms that ended in or after this year."),
    print_query: bool = typer.Option(
        False, "--print-query", help="Print the SPARQL query and stop."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Refresh person records (offices with start and end dates) into the overlay file.

    Earlier Wikidata records in the overlay are replaced; your own records are kept.

    Example: [bold]detente kb update --from-wikidata --since 2000[/]
    """
    from detente.kb import load, wikidata

    query = wikidata.build_query(since)
    if print_query:
        typer.echo(query)
        return
    if not from_wikidata:
        fail("say where to update from: `detente kb update --from-wikidata`")
    results = read_results(response) if response else fetch_results(query)
    try:
        persons = wikidata.to_persons(results)
    except (KeyError, TypeError) as exc:
        fail(f"the response is not SPARQL JSON results ({exc}); check --response FILE")
    target = out or load.overlay_path() or load.default_overlay_path()
    written = wikidata.write_overlay(target, persons)
    if as_json:
        print_json({"persons": written, "overlay": str(target)})
    else:
        console.print(f"wrote {written} persons to {target}")


def read_results(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        fail(
            f"cannot read {path} as SPARQL JSON ({exc}); pass a file saved from query.wikidata.org"
        )


def fetch_results(query: str) -> dict[str, Any]:
    from detente.kb import wikidata

    with console.status("querying query.wikidata.org (this can take a minute)…"):
        try:
            return wikidata.fetch(query)
        except OSError as exc:
            fail(f"could not reach Wikidata ({exc}); retry later or pass --response FILE")
