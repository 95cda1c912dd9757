"""The ``detente`` command line: one module per command group, each with ``register(app)``."""

from __future__ import annotations

import typer

from detente.cli import analysis, clean, documents, evaluate, events, kb, quotes, timex

app = typer.Typer(
    name="detente",
    help="Turn news articles into an evidence-backed database of diplomatic events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

for module in (documents, clean, kb, timex, events, quotes, evaluate, analysis):
    module.register(app)


def main() -> None:
    app()
