"""Predictions for the gold scorer: run the pipeline on the gold's files, or read JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from detente.document import Document, RawDocument
from detente.extraction import to_extraction
from detente.pipeline import Pipeline
from detente.sources import read_sources

Json = dict[str, Any]


class PredictionsError(ValueError):
    """A predictions file cannot be read."""


def predict_files(corpus: Path, files: list[str], pipeline: Pipeline) -> Iterator[tuple[str, Json]]:
    """(gold file, extraction dict) for every file; a failure becomes ``{"errors": [...]}``."""
    for file in files:
        path = corpus / file
        if not path.is_file():
            yield file, {"file": file, "errors": [f"not found: {path}"]}
            continue
        try:
            results = list(pipeline.process(read_sources([str(path)])))
        except Exception as exc:  # a reader failure costs one document, not the run
            results = [
                RawDocument(source=str(path), file=file, error=f"{type(exc).__name__}: {exc}")
            ]
        first = results[0] if results else None
        if isinstance(first, Document):
            yield file, to_extraction(first)
        else:
            error = getattr(first, "error", None) or "no document read"
            yield file, {"file": file, "errors": [error]}


def read_predictions(path: Path) -> dict[str, Json]:
    """Extraction JSON lines (SPEC §8) by their ``file`` field; the first line per file wins."""
    predictions: dict[str, Json] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PredictionsError(f"cannot read predictions {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise PredictionsError(f"{path}:{number} is not JSON ({exc})") from exc
        if not isinstance(obj, dict) or not obj.get("file"):
            raise PredictionsError(f"{path}:{number} has no 'file' key (extraction JSON, SPEC §8)")
        predictions.setdefault(obj["file"], obj)
    return predictions
