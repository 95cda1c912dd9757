"""Stage protocol and runner.

A stage is a pure function ``(Document, Resources) -> Document``. Resources
(knowledge base, lexicons) are loaded once, read-only, and passed in, so the
same stages run in the CLI, the API and on Spark executors.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from detente.document import Document, DocumentDate, RawDocument, date_range_of

Stage = Callable[[Document, "Resources"], Document]


class Resources:
    """Read-only data the stages need, each part loaded on first use."""

    def __init__(self, kb_overlay: str | None = None) -> None:
        self.kb_overlay = kb_overlay

    @cached_property
    def kb(self) -> Any:
        from detente.kb import load_kb

        return load_kb(overlay=self.kb_overlay)


@dataclass
class StageTimes:
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, dt: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + dt


def default_stages(morphology: bool = False) -> list[tuple[str, Stage]]:
    """The full pipeline after cleaning, in order.

    ``morphology`` adds HanTa POS tags and lemmas to every token. No later stage
    needs them (the actor stage looks words up itself), and a cold run tags
    about 36 articles/s instead of 115, so it is opt-in (``--pos``).
    """
    from detente.actors import recognise_actors, resolve_roles
    from detente.events import extract_events
    from detente.language import detect_language, tokenise
    from detente.language.morphology import tag_morphology
    from detente.quotes import extract_quotes
    from detente.time import resolve_document_date, tag_timexes

    linguistics: list[tuple[str, Stage]] = [
        ("language", detect_language),
        ("tokens", tokenise),
    ]
    if morphology:
        linguistics.append(("morphology", tag_morphology))
    return [
        *linguistics,
        ("actors", recognise_actors),
        ("dct", resolve_document_date),
        ("roles", resolve_roles),
        ("timex", tag_timexes),
        ("events", extract_events),
        ("quotes", extract_quotes),
    ]


def override_date(value: str) -> DocumentDate:
    date = date_range_of(value)
    if date is None:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return DocumentDate(date, "override", None, f"document date {value} given by the user")


class Pipeline:
    def __init__(
        self,
        resources: Resources | None = None,
        stages: list[tuple[str, Stage]] | None = None,
        dct_override: str | None = None,
        morphology: bool = False,
    ) -> None:
        self.resources = resources or Resources()
        self.dct_override = dct_override
        self.stages = stages if stages is not None else default_stages(morphology)
        self.times = StageTimes()

    def make_document(self, raw: RawDocument) -> Document:
        from detente.clean import clean

        t0 = time.perf_counter()
        doc = clean(raw)
        self.times.add("clean", time.perf_counter() - t0)
        return doc

    def run_document(self, doc: Document) -> Document:
        for name, stage in self.stages:
            t0 = time.perf_counter()
            doc = stage(doc, self.resources)
            if name == "dct" and self.dct_override:
                doc = doc.with_(dct=override_date(self.dct_override))
            self.times.add(name, time.perf_counter() - t0)
        return doc

    def __call__(self, raw: RawDocument) -> Document:
        return self.run_document(self.make_document(raw))

    def run_safely(self, raw: RawDocument) -> Document | RawDocument:
        """One document through the pipeline; a failure comes back as a RawDocument with ``error``."""
        if raw.error:
            return raw
        try:
            return self(raw)
        except Exception as exc:  # one bad document never stops a batch
            first_line = (str(exc).splitlines() or [""])[0]
            return RawDocument(
                source=raw.source, file=raw.file, url=raw.url,
                error=f"{type(exc).__name__}: {first_line}",
            )  # fmt: skip

    def process(
        self, raws: Iterable[RawDocument], jobs: int = 1
    ) -> Iterator[Document | RawDocument]:
        """Run every document, in order; ``jobs`` > 1 spreads them over worker processes."""
        if jobs <= 1:
            yield from map(self.run_safely, raws)
            return
        _ = self.resources.kb  # load once before forking: workers share it copy-on-write
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, initializer=_start_worker, initargs=(self,)) as pool:
            yield from pool.imap(_run_in_worker, raws, chunksize=4)


_WORKER: Pipeline | None = None


def _start_worker(pipeline: Pipeline) -> None:
    global _WORKER
    _WORKER = pipeline


def _run_in_worker(raw: RawDocument) -> Document | RawDocument:
    assert _WORKER is not None
    return _WORKER.run_safely(raw)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A process-wide pipeline so resources load once (the KB takes a moment)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
