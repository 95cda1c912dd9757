"""Totals of the gold scores: micro and macro aggregates and one summary line per section."""

from __future__ import annotations

from typing import Any

from detente.evaluate.matching import f1, is_ratio

Json = dict[str, Any]

# (label, measure) shown in each section's summary line, in this order.
SUMMARY_MEASURES: dict[str, list[tuple[str, str]]] = {
    "cleaning": [
        ("boilerplate removed", "boilerplate_removed"),
        ("body kept", "body_kept"),
        ("title", "title"),
        ("dateline", "dateline"),
        ("metadata date", "metadata_date"),
        ("plausibility", "plausible"),
        ("reason", "reason"),
    ],
    "document_date": [
        ("credit", "credit"),
        ("within tolerance", "within_tolerance"),
        ("in range", "in_range"),
    ],
    "persons": [("P", "precision"), ("R", "recall"), ("F1", "f1")],
    "organisations": [("P", "precision"), ("R", "recall"), ("F1", "f1")],
    "places": [("P", "precision"), ("R", "recall"), ("F1", "f1")],
    "main_event": [
        ("fully right", "fully_right"),
        ("type", "type"),
        ("participants", "participants"),
        ("countries", "countries"),
        ("location", "location"),
        ("date", "date"),
        ("occasion", "occasion"),
        ("topics R", "topics_required"),
        ("topics P", "topics_precision"),
        ("tone", "tone"),
    ],
    "other_events": [("recall", "recall"), ("aux", "aux"), ("date", "date")],
    "quotes": [
        ("recall", "recall"),
        ("with speaker", "recall_with_speaker"),
        ("precision (direct)", "precision"),
    ],
    "dyad_timeline": [("pairwise order", "order"), ("tone order", "tone_order")],
    "event_pairs": [("same", "same_event"), ("distinct", "distinct_event")],
}


def _ratio_total(values: list[Json]) -> Json:
    hit, of = sum(v["hit"] for v in values), sum(v["of"] for v in values)
    defined = [v["value"] for v in values if v["value"] is not None]
    return {
        "micro": hit / of if of else None,
        "macro": sum(defined) / len(defined) if defined else None,
        "hit": hit,
        "of": of,
    }


def _bool_total(values: list[bool | None]) -> Json:
    decided = [v for v in values if v is not None]
    hits = sum(bool(v) for v in decided)
    return {"value": hits / len(decided) if decided else None, "hit": hits, "of": len(decided)}


def aggregate(sections: list[Json | None]) -> Json:
    """Micro (summed counts) and macro (mean of per-document values) totals of a section.

    Ratios give ``{micro, macro, hit, of}``, booleans ``{value, hit, of}``;
    ``f1`` is recomputed from the micro precision and recall (micro) and
    averaged over documents where defined (macro).
    """
    present = [s for s in sections if s]
    keys = dict.fromkeys(k for s in present for k in s if k not in ("details", "f1"))
    totals: Json = {}
    for key in keys:
        values = [s[key] for s in present if key in s]
        ratios = any(is_ratio(v) for v in values)
        totals[key] = _ratio_total([v for v in values if v]) if ratios else _bool_total(values)
    if any("f1" in s for s in present):
        per_doc = [s["f1"] for s in present if s.get("f1") is not None]
        totals["f1"] = {
            "micro": f1(totals["precision"]["micro"], totals["recall"]["micro"]),
            "macro": sum(per_doc) / len(per_doc) if per_doc else None,
        }
    return totals


def _fmt(measure: Json | None) -> str:
    """A total as text: ratios by their micro value, booleans as hit/of, undefined as –."""
    if not measure:
        return "–"
    if "micro" in measure:
        return "–" if measure["micro"] is None else f"{measure['micro']:.2f}"
    return f"{measure['hit']}/{measure['of']}" if measure["of"] else "–"


def summaries(totals: Json) -> dict[str, str]:
    return {
        section: ", ".join(
            f"{label} {_fmt((totals.get(section) or {}).get(key))}" for label, key in measures
        )
        for section, measures in SUMMARY_MEASURES.items()
    }
