"""Score the quote stage on SpkAtt-2023 JSON (German Wikinews with speech reports).

Each file holds ``Sentences`` (tokens) and ``Annotations`` with ``Message``,
``Source`` and ``Cue`` as ``"sentence:token"`` ids and a ``Form`` (Direct,
Indirect, FreeIndirect, IndirectFreeIndirect, Reported). The text is rebuilt
from the tokens (with a character span per token), run through the pipeline
after cleaning, and compared token by token:

- a gold report (not nested) is *found* when one predicted quote covers at
  least half of its Message tokens (quotation marks do not count: a quote's
  span is its content, so ``„fahrlässig“`` is found by ``fahrlässig``; they
  do not count in predicted quotes either);
- a predicted quote is *correct* when at least half of its tokens lie inside
  one gold Message (of any form, nested ones included);
- the speaker of a found report is right when the predicted speaker span
  overlaps the gold Source, or the predicted speaker name contains the
  Source's head word (its last capitalised token).

The corpus is for evaluation only; nothing of it is stored in the project.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.document import Document, Metadata, Quote, document_id

STAGES = ("language", "tokens", "actors", "dct", "roles", "timex", "quotes")
NO_SPACE_BEFORE = frozenset(",.:;!?)]}“%")
NO_SPACE_AFTER = frozenset("([{„")
DATE_IN_NAME = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\s*$")
FORMS = ("Direct", "Indirect", "Other")
OVERLAP = 0.5
QUOTE_MARKS = frozenset(['"', "„", "“", "”", "«", "»", "‹", "›", "‚", "‘", "’", "''", "``"])


@dataclass(frozen=True, slots=True)
class GoldReport:
    form: str  # Direct | Indirect | FreeIndirect | IndirectFreeIndirect | Reported
    message: frozenset[int]  # token numbers in document order
    source: frozenset[int]
    source_head: str | None
    nested: bool

    @property
    def group(self) -> str:
        return self.form if self.form in ("Direct", "Indirect") else "Other"


@dataclass(frozen=True, slots=True)
class SpkAttDocument:
    name: str
    text: str
    spans: tuple[tuple[int, int], ...]  # character span of each token, in document order
    reports: tuple[GoldReport, ...]
    date: str | None


def _detokenise(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]], list[int]]:
    """Running text from tokens; returns text, token spans and the first token of each sentence."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    firsts: list[int] = []
    length = 0
    straight_open = False
    glue = True  # no space before the next token
    for tokens in sentences:
        firsts.append(len(spans))
        for token in tokens:
            closing = token in NO_SPACE_BEFORE or (token == '"' and straight_open)
            if parts and not glue and not closing:
                parts.append(" ")
                length += 1
            spans.append((length, length + len(token)))
            parts.append(token)
            length += len(token)
            opening = token in NO_SPACE_AFTER or (token == '"' and not straight_open)
            if token == '"':
                straight_open = not straight_open
            glue = opening  # kept across sentences: some files end a sentence with „
    return "".join(parts), spans, firsts


def _ids(refs: Iterable[str], firsts: list[int]) -> frozenset[int]:
    numbers = set()
    for ref in refs:
        sentence, token = ref.split(":")
        numbers.add(firsts[int(sentence)] + int(token))
    return frozenset(numbers)


def _without_marks(ids: frozenset[int], tokens: list[str]) -> frozenset[int]:
    """The message tokens that are not quotation marks (all of them if only marks)."""
    content = frozenset(i for i in ids if tokens[i] not in QUOTE_MARKS)
    return content or ids


def _head(tokens: list[str], ids: frozenset[int]) -> str | None:
    words = [tokens[i] for i in sorted(ids) if tokens[i][:1].isupper() and tokens[i].isalpha()]
    return words[-1] if words else None


def read_spkatt(path: Path) -> SpkAttDocument:
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = [s["Tokens"] for s in sorted(data["Sentences"], key=lambda s: s["SentenceId"])]
    text, spans, firsts = _detokenise(sentences)
    flat = [t for tokens in sentences for t in tokens]
    reports = []
    for a in data["Annotations"]:
        source = _ids(a.get("Source", []), firsts)
        reports.append(
            GoldReport(
                form=a.get("Form", ""),
                message=_without_marks(_ids(a.get("Message", []), firsts), flat),
                source=source,
                source_head=_head(flat, source),
                nested=bool(a.get("IsNested", False)),
            )
        )
    name = str(data.get("DocumentName", path.stem))
    found = DATE_IN_NAME.search(name) or DATE_IN_NAME.search(path.stem)
    return SpkAttDocument(
        name, text, tuple(spans), tuple(reports), found.group(1) if found else None
    )


def as_document(gold: SpkAttDocument) -> Document:
    """A document whose body is the rebuilt text (no cleaning: the text is already clean)."""
    return Document(
        id=document_id(gold.text),
        original=gold.text,
        body=gold.text,
        meta=Metadata(source=gold.name, file=gold.name, metadata_date=gold.date),
    )


@dataclass
class Counts:
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FORMS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FORMS, 0))
    predicted: dict[str, int] = field(default_factory=lambda: {"direct": 0, "indirect": 0})
    correct: dict[str, int] = field(default_factory=lambda: {"direct": 0, "indirect": 0})
    with_source: int = 0
    right_speaker: int = 0
    documents: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)  # "file: error" for documents that failed

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        recall = {f: ratio(self.found[f], self.gold[f]) for f in FORMS}
        recall["all"] = ratio(sum(self.found.values()), sum(self.gold.values()))
        precision = {k: ratio(self.correct[k], self.predicted[k]) for k in self.predicted}
        precision["all"] = ratio(sum(self.correct.values()), sum(self.predicted.values()))
        return {
            "documents": self.documents,
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "correct": self.correct,
            "recall": recall,
            "precision": precision,
            "speaker_accuracy": ratio(self.right_speaker, self.with_source),
            "speaker_checked": self.with_source,
            "seconds": round(self.seconds, 2),
            "errors": self.errors,
        }


def _quote_tokens(quote: Quote, spans: tuple[tuple[int, int], ...], starts: list[int]) -> set[int]:
    import bisect

    first = max(bisect.bisect_right(starts, quote.start) - 1, 0)
    ids = set()
    for i in range(first, len(spans)):
        start, end = spans[i]
        if start >= quote.end:
            break
        if end > quote.start:
            ids.add(i)
    return ids


def _speaker_right(quote: Quote, report: GoldReport, gold: SpkAttDocument) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    for i in report.source:
        start, end = gold.spans[i]
        if start < speaker.span[1] and speaker.span[0] < end:
            return True
    return bool(report.source_head) and report.source_head.casefold() in speaker.name.casefold()


def score_document(gold: SpkAttDocument, quotes: Iterable[Quote], counts: Counts) -> None:
    starts = [s for s, _ in gold.spans]
    tokens = [gold.text[start:end] for start, end in gold.spans]
    predicted = [
        (q, _without_marks(frozenset(_quote_tokens(q, gold.spans, starts)), tokens)) for q in quotes
    ]
    messages = [r.message for r in gold.reports if r.message]
    for quote, ids in predicted:
        kind = "direct" if quote.direct else "indirect"
        counts.predicted[kind] += 1
        if ids and any(len(ids & m) >= OVERLAP * len(ids) for m in messages):
            counts.correct[kind] += 1
    for report in gold.reports:
        if report.nested or not report.message:
            continue
        counts.gold[report.group] += 1
        best = max(predicted, key=lambda p: len(p[1] & report.message), default=None)
        if best is None or len(best[1] & report.message) < OVERLAP * len(report.message):
            continue
        counts.found[report.group] += 1
        if report.source:
            counts.with_source += 1
            counts.right_speaker += _speaker_right(best[0], report, gold)
    counts.documents += 1


def evaluate_spkatt(
    files: list[Path],
    run: Callable[[Document], Document] | None = None,
    progress: Callable[[], None] | None = None,
) -> Counts:
    """Run ``run`` (default: the pipeline stages up to quotes) on each file and count."""
    if run is None:
        run = spkatt_pipeline()
    counts = Counts()
    t0 = time.perf_counter()
    for path in files:
        gold = read_spkatt(path)
        try:
            quotes = run(as_document(gold)).quotes
        except Exception as exc:  # one failing document is scored as finding nothing
            counts.errors.append(f"{path.name}: {type(exc).__name__}: {exc}")
            quotes = ()
        score_document(gold, quotes, counts)
        if progress:
            progress()
    counts.seconds = time.perf_counter() - t0
    return counts


def spkatt_pipeline() -> Callable[[Document], Document]:
    from detente.pipeline import Pipeline, default_stages

    stages = [(name, stage) for name, stage in default_stages() if name in STAGES]
    return Pipeline(stages=stages).run_document


def spkatt_files(directory: Path, limit: int | None = None, split: str = "all") -> list[Path]:
    """The JSON files of a folder; ``split`` even/odd keeps files whose numeric prefix
    (``10022 - Titel.json``) is even or odd: a fixed dev/held-out split of one folder."""
    files = sorted(directory.glob("*.json"))
    if split != "all":
        parity = 0 if split == "even" else 1
        files = [f for f in files if _number(f) % 2 == parity]
    return files[:limit] if limit else files


def _number(path: Path) -> int:
    digits = re.match(r"\d+", path.name)
    return int(digits.group()) if digits else 0
