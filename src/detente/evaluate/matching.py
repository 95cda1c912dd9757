"""Comparison helpers for the gold scorer: names, texts, dates, tone and ratios.

Conventions (documented once, used everywhere):

- Names compare casefolded and accent-insensitive, punctuation read as space
  (``Nicolás Maduro`` = ``nicolas maduro``, ``Kim Jong-un`` = ``Kim Jong Un``).
- Texts (quotes, body strings) compare with whitespace collapsed, quote marks
  dropped and case folded.
- A date object is read as a day interval: a ``day`` value is that day; a
  coarser value (month, year, week, season) is its ``earliest..latest`` range
  (or the range the value spells, ``2017-07`` = the whole of July). Against a
  gold date object the interval earns 1.0 when it lies entirely within
  ``value ± tolerance_days``, 0.5 when it lies entirely within the gold
  ``[earliest, latest]``, else 0. So ``2017-07`` earns 0.5 for a gold
  ``2017-07-07 ± 1`` inside July: the month is right, the day is not known.
- A ratio is ``{"value", "hit", "of"}``; ``value`` is null when ``of`` is 0
  (undefined, e.g. precision with nothing predicted), so totals can be summed
  (micro) or averaged (macro) without guessing.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta
from typing import Any

# Tone categories for an event tone in [-1, 1]: >= COOPERATIVE_MIN is cooperative,
# <= CONFLICTUAL_MAX is conflictual, anything between is mixed. Symmetric and wide
# enough that a neutral-ish report with one sharp word stays "mixed".
TONE_COOPERATIVE_MIN = 0.15
TONE_CONFLICTUAL_MAX = -0.15

FULL_CREDIT = 1.0
PARTIAL_CREDIT = 0.5

# A predicted quote shorter than the gold string still counts when it covers this share of it.
QUOTE_MIN_COVERAGE = 0.6

_QUOTE_MARKS = re.compile(r"[\"'„“”‟«»‹›‚‘’`´]")
_NON_WORD = re.compile(r"[\W_]+")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,4}$")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def norm_name(name: str | None) -> str:
    """Key for comparing canonical names: casefolded, accent- and punctuation-insensitive."""
    if not name:
        return ""
    return _NON_WORD.sub(" ", strip_accents(name).casefold()).strip()


def norm_text(text: str | None) -> str:
    """Key for comparing text passages: whitespace collapsed, quote marks dropped, casefolded."""
    if not text:
        return ""
    return " ".join(_QUOTE_MARKS.sub(" ", unicodedata.normalize("NFC", text)).casefold().split())


def is_code(entry: str) -> bool:
    """Whether a gold actor entry is a country or body code (``RUS``, ``EU``, ``NATO``, ``G20``)."""
    return bool(_CODE.match(entry))


def same_name(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and norm_name(a) == norm_name(b)


def text_matches(predicted: str | None, gold: str) -> bool:
    """Predicted passage contains the gold string, or is a large enough part of it."""
    pred, want = norm_text(predicted), norm_text(gold)
    if not pred or not want:
        return False
    return want in pred or (pred in want and len(pred) >= QUOTE_MIN_COVERAGE * len(want))


# --- dates ---------------------------------------------------------------------------


def parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def _spelled_range(value: str) -> tuple[date, date] | None:
    """The days a ``YYYY`` or ``YYYY-MM`` value covers."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", value)
    if not match:
        return None
    year = int(match.group(1))
    if match.group(2) is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def interval(obj: dict[str, Any] | None) -> tuple[date, date] | None:
    """The day interval a predicted date object stands for (see module docstring)."""
    if not obj:
        return None
    value = obj.get("value") or ""
    day = parse_day(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value) else None
    if day:
        return day, day
    earliest, latest = parse_day(obj.get("earliest")), parse_day(obj.get("latest"))
    if earliest and latest and earliest <= latest:
        return earliest, latest
    return _spelled_range(value)


def midpoint(span: tuple[date, date]) -> date:
    return span[0] + (span[1] - span[0]) / 2


def date_credit(predicted: dict[str, Any] | None, gold: dict[str, Any]) -> float:
    """1.0 within ``value ± tolerance_days``, 0.5 inside the gold range, else 0."""
    span = interval(predicted)
    value = parse_day(gold.get("value"))
    if span is None or value is None:
        return 0.0
    tolerance = timedelta(days=int(gold.get("tolerance_days") or 0))
    if value - tolerance <= span[0] and span[1] <= value + tolerance:
        return FULL_CREDIT
    earliest, latest = parse_day(gold.get("earliest")), parse_day(gold.get("latest"))
    if earliest and latest and earliest <= span[0] and span[1] <= latest:
        return PARTIAL_CREDIT
    return 0.0


def date_measures(predicted: dict[str, Any] | None, gold: dict[str, Any]) -> dict[str, Any]:
    """Credit plus the two counts the report shows: within tolerance, inside the gold range."""
    credit = date_credit(predicted, gold)
    return {
        "credit": ratio(credit, 1),
        "within_tolerance": credit == FULL_CREDIT,
        "in_range": credit >= PARTIAL_CREDIT,
    }


# --- tone ----------------------------------------------------------------------------


def tone_category(tone: float | None) -> str | None:
    if tone is None:
        return None
    if tone >= TONE_COOPERATIVE_MIN:
        return "cooperative"
    if tone <= TONE_CONFLICTUAL_MAX:
        return "conflictual"
    return "mixed"


# --- ratios --------------------------------------------------------------------------


def ratio(hit: float, of: float) -> dict[str, Any]:
    return {"value": hit / of if of else None, "hit": hit, "of": of}


def is_ratio(obj: Any) -> bool:
    return isinstance(obj, dict) and obj.keys() == {"value", "hit", "of"}


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None if precision is None and recall is None else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def set_scores(predicted: list[str], gold: list[str]) -> dict[str, Any]:
    """Precision, recall and F1 of two name lists (compared with ``norm_name``)."""
    pred = {norm_name(n): n for n in predicted if norm_name(n)}
    want = {norm_name(n): n for n in gold if norm_name(n)}
    tp = len(pred.keys() & want.keys())
    precision, recall = ratio(tp, len(pred)), ratio(tp, len(want))
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1(precision["value"], recall["value"]),
        "details": {
            "missing": sorted(want[k] for k in want.keys() - pred.keys()),
            "spurious": sorted(pred[k] for k in pred.keys() - want.keys()),
        },
    }
