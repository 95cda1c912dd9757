"""Placeholder source reader (replaced by the format-specific readers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from detente.document import RawDocument


def read_sources(paths: list[str]) -> Iterator[RawDocument]:
    for path in paths:
        for file in sorted(Path(path).rglob("*")) if Path(path).is_dir() else [Path(path)]:
            if file.is_file():
                yield RawDocument(source=str(file), file=file.name,
                                  text=file.read_text(encoding="utf-8", errors="replace"))
