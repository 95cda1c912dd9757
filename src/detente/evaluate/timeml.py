"""TimeML files: read (DCT, text, TIMEX3 spans), write our tags inline, and score systems.

Scores per system against a gold folder (documents matched by file name, texts
aligned by stripping tags): strict span P/R/F1 (same extent), relaxed span
P/R/F1 (overlapping extents, one-to-one), type accuracy and value F1 over
relaxed matches (a value counts when it equals gold's). Values are compared
after a light canonical form that both sides get: clock times ``T20.30`` and
``T8:30`` read as ``T20:30`` and ``T08:30``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class TimeMLDocument:
    name: str
    dct: str | None
    text: str  # the TEXT element's content, tags stripped, entities decoded
    timexes: list[GoldTimex] = field(default_factory=list)
    head: str = ""  # raw markup before <TEXT> (kept when writing)
    tail: str = ""  # raw markup after </TEXT>


def read_timeml(path: Path) -> TimeMLDocument:
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    open_at = raw.find("<TEXT>")
    close_at = raw.rfind("</TEXT>")
    if open_at < 0 or close_at < 0:
        raise ValueError(f"{path.name}: no <TEXT> element")
    body = raw[open_at + len("<TEXT>") : close_at]
    text, timexes = _strip_tags(body)
    return TimeMLDocument(
        path.name,
        dct_match.group(1)[:10] if dct_match else None,
        text,
        timexes,
        raw[: open_at + len("<TEXT>")],
        raw[close_at:],
    )


def _strip_tags(markup: str) -> tuple[str, list[GoldTimex]]:
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    pos = 0
    for tag in TAG.finditer(markup):
        chunk = html.unescape(markup[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(tag.group(3))))
        elif open_timex:
            start, attrs = open_timex
            text = "".join(out)[start:length]
            timexes.append(
                GoldTimex(
                    start,
                    length,
                    text,
                    attrs.get("type", ""),
                    attrs.get("value", ""),
                    attrs.get("mod"),
                )
            )
            open_timex = None
    out.append(html.unescape(markup[pos:]))
    return "".join(out), timexes


def write_timeml(doc: TimeMLDocument, timexes: list[GoldTimex]) -> str:
    """The document with ``timexes`` as inline TIMEX3 tags (tid t1.., anchored to t0)."""
    parts: list[str] = []
    pos = 0
    for number, tx in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if tx.start < pos:
            continue
        parts.append(html.escape(doc.text[pos : tx.start], quote=False))
        mod = f' mod="{tx.mod}"' if tx.mod else ""
        parts.append(
            f'<TIMEX3 tid="t{number}" type="{tx.type}" value="{html.escape(tx.value)}"{mod}>'
            f"{html.escape(doc.text[tx.start : tx.end], quote=False)}</TIMEX3>"
        )
        pos = tx.end
    parts.append(html.escape(doc.text[pos:], quote=False))
    return doc.head + "".join(parts) + doc.tail


# --------------------------------------------------------------------------- scoring


def canonical_value(value: str) -> str:
    """Both sides' values in one form: T20.30 → T20:30, T8:30 → T08:30."""
    match = re.match(r"^(.*T)(\d{1,2})[.:](\d{2})$", value)
    if match:
        return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3)}"
    return value


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _prf(hits: int, system: int, gold: int) -> dict[str, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_document(gold: list[GoldTimex], system: list[GoldTimex]) -> Counts:
    counts = Counts(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        exact = next(
            (
                i
                for i, s in enumerate(system)
                if i not in used and (s.start, s.end) == (g.start, g.end)
            ),
            None,
        )
        overlap = (
            exact
            if exact is not None
            else next(
                (
                    i
                    for i, s in enumerate(system)
                    if i not in used and s.start < g.end and g.start < s.end
                ),
                None,
            )
        )
        if overlap is None:
            continue
        used.add(overlap)
        s = system[overlap]
        counts.relaxed += 1
        counts.strict += exact is not None
        counts.type_ok += s.type == g.type
        counts.value_ok += canonical_value(s.value) == canonical_value(g.value)
    return counts


def aligned(gold_doc: TimeMLDocument, system_doc: TimeMLDocument) -> list[GoldTimex]:
    """System spans mapped into the gold text (they can differ in whitespace only)."""
    if gold_doc.text == system_doc.text:
        return system_doc.timexes
    import difflib

    matcher = difflib.SequenceMatcher(None, system_doc.text, gold_doc.text, autojunk=False)
    mapping: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size + 1):
            mapping[a + k] = b + k
    out = []
    for tx in system_doc.timexes:
        if tx.start in mapping and tx.end in mapping:
            out.append(
                GoldTimex(mapping[tx.start], mapping[tx.end], tx.text, tx.type, tx.value, tx.mod)
            )
    return out


def score_folders(gold_dir: Path, system_dir: Path) -> dict[str, object]:
    """Scores of one system folder against the gold folder (files matched by name)."""
    total = Counts()
    documents = 0
    for gold_path in sorted(gold_dir.glob("*.tml")) or sorted(gold_dir.glob("*.xml")):
        system_path = system_dir / gold_path.name
        gold_doc = read_timeml(gold_path)
        if not system_path.exists():
            total.add(Counts(gold=len(gold_doc.timexes)))
            continue
        documents += 1
        total.add(score_document(gold_doc.timexes, aligned(gold_doc, read_timeml(system_path))))
    return summarise(total, documents, str(system_dir))


def summarise(total: Counts, documents: int, name: str) -> dict[str, object]:
    return {
        "system": name,
        "documents": documents,
        "gold": total.gold,
        "predicted": total.system,
        "strict": _prf(total.strict, total.system, total.gold),
        "relaxed": _prf(total.relaxed, total.system, total.gold),
        "type_accuracy": round(total.type_ok / total.relaxed, 4) if total.relaxed else 0.0,
        "value": _prf(total.value_ok, total.system, total.gold),
    }
