"""Stage protocol and runner.

A stage is a pure function ``(Document, Resources) -> Document``. Resources
(knowledge base, lexicons) are loaded once, read-only, and passed in, so the
same stages run in the CLI, the API and on Spark executors.
"""

from __future__ import annotations

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

    def process(self, raws: Iterable[RawDocument]) -> Iterator[Document | RawDocument]:
        """Run every document; a failing one comes back as a RawDocument with ``error`` set."""
        for raw in raws:
            if raw.error:
                yield raw
                continue
            try:
                yield self(raw)
            except Exception as exc:  # one bad document never stops a batch
                yield RawDocument(
                    source=raw.source,
                    file=raw.file,
                    text=raw.text,
                    html=raw.html,
                    url=raw.url,
                    error=f"{type(exc).__name__}: {exc}",
                )


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A process-wide pipeline so resources load once (the KB takes a moment)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
