"""Helpers shared by the command modules: console, errors, JSON output."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)

DB_OPTION = typer.Option("detente.db", "--db", help="SQLite database file.", envvar="DETENTE_DB")
JSON_OPTION = typer.Option(False, "--json", help="Print machine-readable JSON lines.")


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error that says what to do, then exit."""
    err_console.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(code)


def check_date(value: str | None, option: str) -> None:
    """Fail with a one-line error unless ``value`` is YYYY, YYYY-MM or YYYY-MM-DD (or None)."""
    from detente.document import date_range_of

    if value is not None and date_range_of(value) is None:
        fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY")


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
