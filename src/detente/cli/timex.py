"""CLI commands: ``timex`` (tag temporal expressions) and ``eval-timeml`` (score TimeML)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.progress import track
from rich.table import Table

from detente.cli.common import JSON_OPTION, console, fail, print_json
from detente.extraction import timex_json


def _dct_for(text: str, dct: str | None) -> str | None:
    """``--dct`` if given, else the date the time stage infers from the text (KB checked)."""
    from detente.document import Document
    from detente.pipeline import Resources
    from detente.time import dct_day, resolve_document_date

    if dct:
        return dct
    doc = resolve_document_date(Document(id="-", original=text, body=text), Resources())
    day = dct_day(doc)
    return day.isoformat() if day else None


def _tag_files(files: list[Path], dct: str | None, as_json: bool) -> None:
    from detente.time import tag_text

    for path in files:
        if not path.is_file():
            fail(f"{path}: no such file; give text files to tag (or --timeml IN_DIR --out OUT_DIR)")
        text = path.read_text(encoding="utf-8", errors="replace")
        day = _dct_for(text, dct)
        timexes = tag_text(text, day)
        if as_json:
            print_json({"file": str(path), "dct": day, "timexes": [timex_json(t) for t in timexes]})
            continue
        table = Table(title=f"{path.name}  (DCT {day or 'unknown'})")
        for column in ("span", "text", "type", "value", "mod"):
            table.add_column(column)
        for tx in timexes:
            table.add_row(f"{tx.start}-{tx.end}", tx.text, tx.type, tx.value, tx.mod or "")
        console.print(table)


def _tag_timeml(in_dir: Path, out_dir: Path) -> None:
    from detente.evaluate.timeml import GoldTimex, read_timeml, write_timeml
    from detente.time import tag_text

    files = sorted(in_dir.glob("*.tml")) or sorted(in_dir.glob("*.xml"))
    if not files:
        fail(f"{in_dir}: no .tml or .xml TimeML files; point --timeml at a folder of them")
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in track(files, description="Tagging TimeML", console=console):
        doc = read_timeml(path)
        tags = [
            GoldTimex(t.start, t.end, t.text, t.type, t.value, t.mod)
            for t in tag_text(doc.text, doc.dct)
        ]
        (out_dir / path.name).write_text(write_timeml(doc, tags), encoding="utf-8")
        count += len(tags)
    console.print(f"{len(files)} files, {count} TIMEX3 tags written to {out_dir}")


def timex(
    files: list[Path] = typer.Argument(None, help="Text files to tag (UTF-8)."),
    dct: str = typer.Option(None, "--dct", help="Document date YYYY-MM-DD (default: inferred)."),
    timeml: Path = typer.Option(None, "--timeml", help="Folder of TimeML files to tag."),
    out: Path = typer.Option(None, "--out", help="Output folder for --timeml."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Find and normalise German temporal expressions (TIMEX3).

    Spans index into each file's text as given. Relative expressions (gestern,
    am Freitag, vergangenes Jahr) are resolved against --dct, or the date the
    text itself implies.

    Examples:
        detente timex article.txt --dct 2017-02-16
        detente timex article.txt --json
        detente timex --timeml corpus/ --out tagged/
    """
    if timeml is not None:
        if out is None:
            fail("--timeml needs --out OUT_DIR for the tagged files")
        if not timeml.is_dir():
            fail(f"{timeml}: not a folder; --timeml takes a folder of TimeML files")
        _tag_timeml(timeml, out)
        return
    if not files:
        fail("give text files to tag, or --timeml IN_DIR --out OUT_DIR (see --help)")
    if dct is not None and len(dct) != 10:
        fail(f"--dct {dct}: write the document date as YYYY-MM-DD")
    _tag_files(files, dct, as_json)


def eval_timeml(
    gold_dir: Path = typer.Argument(..., help="Folder of gold TimeML files."),
    system_dirs: list[Path] = typer.Argument(..., help="One or more folders of system output."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Score temporal taggers against gold TimeML, side by side.

    Files are matched by name, texts aligned by stripping tags. Prints strict
    and relaxed span precision/recall/F1, type accuracy and value F1.

    Example:
        detente eval-timeml KRAUTS/gold ours/ heideltime/
    """
    from detente.evaluate.timeml import score_folders

    for folder in (gold_dir, *system_dirs):
        if not folder.is_dir():
            fail(f"{folder}: not a folder of TimeML files")
    results = [score_folders(gold_dir, folder) for folder in system_dirs]
    if as_json:
        for result in results:
            print_json(result)
        return
    table = Table(title=f"TIMEX3 scores against {gold_dir}")
    table.add_column("measure")
    for result in results:
        table.add_column(Path(str(result["system"])).name, justify="right")
    rows: list[tuple[str, Any]] = [
        ("documents", lambda r: r["documents"]),
        ("gold / predicted", lambda r: f"{r['gold']} / {r['predicted']}"),
    ]
    for kind in ("strict", "relaxed", "value"):
        for measure in ("precision", "recall", "f1"):
            rows.append((f"{kind} {measure}", lambda r, k=kind, m=measure: f"{r[k][m]:.3f}"))
    rows.insert(8, ("type accuracy", lambda r: f"{r['type_accuracy']:.3f}"))
    for label, get in rows:
        table.add_row(label, *(str(get(r)) for r in results))
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add this group's commands to the app."""
    app.command("timex")(timex)
    app.command("eval-timeml")(eval_timeml)
