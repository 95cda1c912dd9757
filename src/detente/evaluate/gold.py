"""Score extraction JSON (SPEC §8) against a ``detente-gold/1`` file (gold/README.md).

``score_gold(gold, predictions)`` returns one JSON-ready dict: per document
and per section the measures, ``totals`` (micro and macro) and a one-line
``summary`` per section. Comparison conventions (names, texts, dates, tone,
ratios) are documented in ``detente.evaluate.matching``. Further decisions:

- A gold document without a prediction is scored as an empty prediction.
  Empty predictions score 0 on every recall and credit, and null (undefined)
  on precision, since nothing was predicted. Document fields where the gold
  says ``null`` (title, dateline, metadata date) still match an empty
  prediction: null ≡ null; event fields (occasion, location) only match when
  an event was predicted. An empty body counts as not cleaned (every
  boilerplate string scores as left in).
- Persons are entities of kind ``person`` that the text names (an entity with
  ``named: false`` was only inferred from an office, e.g. "seinem syrischen
  Amtskollegen", and is not scored); organisations of kind
  ``organisation``/``organization``/``summit_series``; places of kind
  ``place`` or ``country``, except countries that are sides of the gold main
  event (the gold lists those as actors, not places). A country entity is
  known by its ``country`` code (or its ``id``, which is the ISO code for
  countries in the knowledge base).
- Main event: the predicted event with ``main: true``, else the first one.
  ``location`` is right when the name matches or, where the names differ,
  the predicted location lies in the gold ``location_country``
  (``location_name`` reports the strict name match alone).
- Other events: a gold event is found by a predicted event (main included)
  of an accepted type whose arguments cover the gold actors and recipients.
  A gold code (``RUS``, ``EU``) matches any argument whose ``country`` is that
  code; a gold person matches by name or an argument that is the person's
  country (kind ``country``/``group``). When the gold has no recipients the
  actors act jointly (``AGREE`` of ``USA`` and ``RUS``), so the gold actors
  may be found among predicted actors and recipients alike. Each predicted
  event finds at most one gold event, assigned greedily best match first.
- Same/distinct event pairs: the predicted main events are linked across
  files by ``detente.evaluate.linking`` (the project's linker); a pair is
  right when both files have a main event and their canonical ids agree
  (same) or differ (distinct).
- Quotes: recall over gold quotes (any predicted quote, direct or not);
  precision over predicted direct quotes only, as the gold lists every direct
  quotation but not every indirect one.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from detente.evaluate.linking import canonical_ids
from detente.evaluate.matching import (
    date_credit,
    date_measures,
    interval,
    is_code,
    midpoint,
    norm_name,
    norm_text,
    ratio,
    same_name,
    set_scores,
    text_matches,
    tone_category,
)
from detente.evaluate.totals import aggregate, summaries

GOLD_SCHEMA = "detente-gold/1"
SECTIONS = (
    "cleaning",
    "document_date",
    "persons",
    "organisations",
    "places",
    "main_event",
    "other_events",
    "quotes",
)
ORGANISATION_KINDS = {"organisation", "organization", "summit_series"}
PLACE_KINDS = {"place", "country"}
COUNTRY_LIKE_KINDS = {"country", "group"}  # arguments that stand for a country as a whole

Json = dict[str, Any]


class GoldError(ValueError):
    """The gold file cannot be read or is not ``detente-gold/1``."""


def load_gold(path: Path) -> Json:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(gold, dict) or gold.get("schema") != GOLD_SCHEMA:
        raise GoldError(f"{path} is not a {GOLD_SCHEMA} file (see gold/README.md)")
    return gold


def resolve_corpus(gold_path: Path, corpus: str) -> Path | None:
    """The gold's ``corpus`` folder, looked up beside the gold file and in its parents."""
    for folder in (gold_path.resolve().parent, *gold_path.resolve().parents):
        if (folder / corpus).is_dir():
            return folder / corpus
    return None


def find_prediction(predictions: Mapping[str, Json], file: str) -> Json | None:
    """The prediction for a gold ``file``: same path, else same base name."""
    if file in predictions:
        return predictions[file]
    name = Path(file).name
    return next((p for f, p in predictions.items() if Path(f).name == name), None)


# --- sections ------------------------------------------------------------------------


def score_cleaning(gold: Json, pred: Json) -> Json:
    body = norm_text(pred.get("body"))
    boilerplate = gold.get("boilerplate") or []
    left = [s for s in boilerplate if not body or norm_text(s) in body]
    must = gold.get("body_must_contain") or []
    lost = [s for s in must if norm_text(s) not in body]
    has_metadata_date = gold.get("metadata_date") is not None
    dct = pred.get("document_date") or {}
    return {
        "boilerplate_removed": ratio(len(boilerplate) - len(left), len(boilerplate)),
        "body_kept": ratio(len(must) - len(lost), len(must)),
        "title": norm_text(pred.get("title")) == norm_text(gold.get("title")),
        "dateline": norm_name(pred.get("dateline")) == norm_name(gold.get("dateline")),
        "metadata_date": (pred.get("metadata_date") or None) == gold.get("metadata_date"),
        "plausible": (
            dct.get("plausible") == gold.get("metadata_date_plausible")
            if has_metadata_date and gold.get("metadata_date_plausible") is not None
            else None
        ),
        "reason": bool(dct.get("reason")) if gold.get("metadata_date_reason") else None,
        "details": {
            "boilerplate_left": left,
            "body_lost": lost,
            "title": pred.get("title"),
            "dateline": pred.get("dateline"),
            "metadata_date": pred.get("metadata_date"),
        },
    }


def score_document_date(gold: Json, pred: Json) -> Json:
    predicted = pred.get("document_date")
    return {
        **date_measures(predicted, gold["document_date"]),
        "details": {"predicted": (predicted or {}).get("value")},
    }


def _arg_country(arg: Json) -> str | None:
    """An argument's country code; KB countries carry their ISO code as ``id``."""
    return arg.get("country") or (arg.get("id") if arg.get("kind") == "country" else None)


def _entity_names(pred: Json, kinds: set[str], excluded_countries: set[str]) -> list[str]:
    return [
        e["name"]
        for e in pred.get("entities") or []
        if e.get("name")
        and e.get("kind") in kinds
        and e.get("named", True)  # the gold lists persons *named*; office-only inferences aren't
        and not (e.get("kind") == "country" and _arg_country(e) in excluded_countries)
    ]


def score_entities(gold: Json, pred: Json) -> dict[str, Json]:
    sides = set((gold.get("main_event") or {}).get("countries") or [])
    persons = [p["name"] for p in gold.get("persons") or []]
    return {
        "persons": set_scores(_entity_names(pred, {"person"}, set()), persons),
        "organisations": set_scores(
            _entity_names(pred, ORGANISATION_KINDS, set()), gold.get("organizations") or []
        ),
        "places": set_scores(_entity_names(pred, PLACE_KINDS, sides), gold.get("places") or []),
    }


def main_event_of(pred: Json) -> Json | None:
    events = pred.get("events") or []
    return next((e for e in events if e.get("main")), events[0] if events else None)


def _arguments(event: Json) -> list[Json]:
    return [a for a in [*(event.get("actors") or []), *(event.get("recipients") or [])] if a]


def _accepted_types(gold_event: Json) -> set[str]:
    return {gold_event["type"], *(gold_event.get("accept_types") or [])}


def _location_measures(gold: Json, location: Json | None) -> tuple[bool, bool]:
    """(name match, name or country match) of the predicted location."""
    if not gold.get("location"):
        return location is None, location is None
    location = location or {}
    by_name = same_name(location.get("name"), gold["location"])
    in_country = bool(gold.get("location_country")) and (
        _arg_country(location) == gold.get("location_country")
    )
    return by_name, by_name or in_country


def _topic_measures(gold: Json, topics: list[str]) -> Json:
    required = set(gold.get("topics_required") or [])
    accepted = required | set(gold.get("topics_allowed") or [])
    predicted = set(topics)
    return {
        "topics_required": ratio(len(required & predicted), len(required)),
        "topics_precision": ratio(len(predicted & accepted), len(predicted)),
    }


def score_main_event(gold: Json, pred: Json) -> Json | None:
    want = gold.get("main_event")
    if not want:
        return None
    event = main_event_of(pred) or {}
    names = {norm_name(a.get("name")) for a in _arguments(event)}
    countries = {_arg_country(a) for a in _arguments(event)}
    participants = want.get("participants") or []
    found = [p for p in participants if norm_name(p) in names]
    sides = want.get("countries") or []
    # without a predicted event, null gold fields (location, occasion) are not "matched"
    location_name, location = (
        _location_measures(want, event.get("location")) if event else (False, False)
    )
    date = date_measures(event.get("date"), want["date"])
    tone = tone_category(event.get("tone")) if event else None
    type_ok = event.get("type") in _accepted_types(want)
    return {
        "type": type_ok,
        "participants": ratio(len(found), len(participants)),
        "all_participants": len(found) == len(participants),
        "countries": ratio(len([c for c in sides if c in countries]), len(sides)),
        "location": location,
        "location_name": location_name,
        "date": date["credit"],
        "date_within_tolerance": date["within_tolerance"],
        "date_in_range": date["in_range"],
        "occasion": bool(event)
        and norm_name(event.get("occasion")) == norm_name(want.get("occasion")),
        **_topic_measures(want, event.get("topics") or []),
        "tone": tone == want["tone"] if want.get("tone") else None,
        "fully_right": bool(
            type_ok and len(found) == len(participants) and location and date["within_tolerance"]
        ),
        "details": {
            "type": event.get("type"),
            "arguments": [a.get("name") for a in _arguments(event)],
            "missing_participants": [p for p in participants if p not in found],
            "location": (event.get("location") or {}).get("name"),
            "date": (event.get("date") or {}).get("value"),
            "occasion": event.get("occasion"),
            "topics": event.get("topics") or [],
            "tone": event.get("tone"),
            "tone_category": tone,
        },
    }


# --- other events --------------------------------------------------------------------


def _entry_matches(entry: str, arg: Json, person_country: Mapping[str, str]) -> bool:
    """A gold actor entry (person name, body name or code) against a predicted argument."""
    if same_name(entry, arg.get("name")):
        return True
    if is_code(entry):
        return _arg_country(arg) == entry
    country = person_country.get(norm_name(entry))
    return bool(country) and arg.get("kind") in COUNTRY_LIKE_KINDS and _arg_country(arg) == country


def _covers(entries: list[str], args: list[Json], person_country: Mapping[str, str]) -> bool:
    return all(any(_entry_matches(e, a, person_country) for a in args) for e in entries)


def event_matches(gold_event: Json, event: Json, person_country: Mapping[str, str]) -> bool:
    if event.get("type") not in _accepted_types(gold_event):
        return False
    actors = [a for a in event.get("actors") or [] if a]
    recipients = [a for a in event.get("recipients") or [] if a]
    gold_recipients = gold_event.get("recipient") or []
    actor_pool = actors if gold_recipients else actors + recipients  # joint event: any side
    return _covers(gold_event.get("actor") or [], actor_pool, person_country) and _covers(
        gold_recipients, recipients, person_country
    )


def _match_quality(gold_event: Json, event: Json) -> float:
    """How well a matching predicted event fits: exact type, aux, date."""
    quality = float(event.get("type") == gold_event["type"])
    quality += float(event.get("aux") == gold_event.get("aux"))
    if gold_event.get("date"):
        quality += date_credit(event.get("date"), gold_event["date"])
    return quality


def assign_events(
    gold_events: list[Json], events: list[Json], person_country: Mapping[str, str]
) -> dict[int, int]:
    """Gold index -> predicted index, one to one, as many gold events found as possible.

    A maximum bipartite matching (augmenting paths), trying each gold event's
    candidates best first: a greedy pass could let one broad gold event take the
    only prediction another gold event could use.
    """
    ranked = {
        gi: sorted(
            (-_match_quality(g, e), ei)
            for ei, e in enumerate(events)
            if event_matches(g, e, person_country)
        )
        for gi, g in enumerate(gold_events)
    }
    candidates = {gi: [ei for _, ei in pairs] for gi, pairs in ranked.items()}
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for ei in candidates[gi]:
            if ei in seen:
                continue
            seen.add(ei)
            if ei not in owner or augment(owner[ei], seen):
                owner[ei] = gi
                return True
        return False

    # Gold events with the best-fitting candidates claim first, so among equally large
    # matchings the better fits win.
    for gi in sorted(ranked, key=lambda gi: (ranked[gi][0][0] if ranked[gi] else 0, gi)):
        augment(gi, set())
    return _improve({gi: ei for ei, gi in owner.items()}, ranked)


def _improve(
    assigned: dict[int, int], ranked: dict[int, list[tuple[float, int]]]
) -> dict[int, int]:
    """Swap partners (or move to a free prediction) while the summed fit improves."""
    fit = {(gi, ei): -q for gi, pairs in ranked.items() for q, ei in pairs}
    changed = True
    while changed:
        changed = False
        used = set(assigned.values())
        for a, x in list(assigned.items()):
            for q, e in ranked[a]:
                if e not in used and -q > fit[(a, x)]:
                    assigned[a], changed = e, True
                    break
            if changed:
                break
            for b, y in assigned.items():
                gain = fit.get((a, y), -1) + fit.get((b, x), -1) - fit[(a, x)] - fit[(b, y)]
                if b != a and (a, y) in fit and (b, x) in fit and gain > 0:
                    assigned[a], assigned[b], changed = y, x, True
                    break
            if changed:
                break
    return assigned


def score_other_events(gold: Json, pred: Json) -> Json:
    gold_events = gold.get("other_events") or []
    events = pred.get("events") or []
    person_country = {norm_name(p["name"]): p.get("country") for p in gold.get("persons") or []}
    assigned = assign_events(gold_events, events, person_country)
    found = [(gold_events[gi], events[ei]) for gi, ei in assigned.items()]
    dated = [(gi, g) for gi, g in enumerate(gold_events) if g.get("date")]
    credits = [
        date_credit(events[assigned[gi]].get("date"), g["date"]) if gi in assigned else 0.0
        for gi, g in dated
    ]
    return {
        "recall": ratio(len(found), len(gold_events)),
        "aux": ratio(sum(g.get("aux") == e.get("aux") for g, e in found), len(found)),
        "date": ratio(sum(credits), len(dated)),
        "details": {
            "events": [
                {
                    "about": g.get("about"),
                    "type": g["type"],
                    "found": gi in assigned,
                    "predicted": _event_summary(events[assigned[gi]]) if gi in assigned else None,
                }
                for gi, g in enumerate(gold_events)
            ]
        },
    }


def _event_summary(event: Json) -> str:
    def names(args: list[Json] | None) -> str:
        return ",".join(a.get("name") or "?" for a in args or [] if a)

    aux = f" [{event['aux']}]" if event.get("aux") else ""
    return (
        f"{event.get('type')} {names(event.get('actors'))} -> {names(event.get('recipients'))}{aux}"
    )


# --- quotes --------------------------------------------------------------------------


def _speaker_name(quote: Json) -> str | None:
    return (quote.get("speaker") or {}).get("name")


def score_quotes(gold: Json, pred: Json) -> Json:
    gold_quotes = gold.get("quotes") or []
    quotes = pred.get("quotes") or []
    found, with_speaker, missed = 0, 0, []
    for want in gold_quotes:
        matching = [q for q in quotes if text_matches(q.get("text"), want["contains"])]
        found += bool(matching)
        with_speaker += any(same_name(_speaker_name(q), want["speaker"]) for q in matching)
        if not matching:
            missed.append(want["contains"])
    direct = [q for q in quotes if q.get("direct")]
    unmatched = [
        q.get("text")
        for q in direct
        if not any(text_matches(q.get("text"), g["contains"]) for g in gold_quotes)
    ]
    return {
        "recall": ratio(found, len(gold_quotes)),
        "recall_with_speaker": ratio(with_speaker, len(gold_quotes)),
        "precision": ratio(len(direct) - len(unmatched), len(direct)),
        "details": {"missed": missed, "unmatched_direct": unmatched},
    }


# --- across documents ----------------------------------------------------------------

_TONE_COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    "=": lambda a, b: tone_category(a) == tone_category(b),
    "==": lambda a, b: tone_category(a) == tone_category(b),
}


def score_dyad_timeline(timeline: Json | None, mains: Mapping[str, Json | None]) -> Json | None:
    """Pairwise order of the main events' dates, and the stated tone comparisons."""
    if not timeline:
        return None
    files = timeline.get("meetings_in_order") or []
    spans = {f: interval((mains.get(f) or {}).get("date")) for f in files}
    points = {f: midpoint(s) if s else None for f, s in spans.items()}
    pairs = list(itertools.combinations(files, 2))
    in_order = sum(1 for a, b in pairs if points[a] and points[b] and points[a] < points[b])
    tones = {f: (m or {}).get("tone") for f, m in mains.items()}
    stated = timeline.get("tone_order") or []
    tone_ok = [
        tones.get(a) is not None
        and tones.get(b) is not None
        and _TONE_COMPARISONS[op](tones[a], tones[b])
        for a, op, b in stated
    ]
    return {
        "order": ratio(in_order, len(pairs)),
        "order_exact": bool(pairs) and in_order == len(pairs),
        "tone_order": ratio(sum(tone_ok), len(stated)),
        "details": {
            "dates": {f: p.isoformat() if p else None for f, p in points.items()},
            "tones": {f: tones.get(f) for f in files},
        },
    }


def score_event_pairs(gold: Json, canonical: Mapping[str, str] | None = None) -> Json:
    """Same/distinct event pairs, from each file's canonical main-event id.

    ``canonical`` maps a gold file to the canonical event its main event was
    linked to (``detente.evaluate.linking.canonical_ids``). Without links
    (None: no main events at all) both measures are null. A pair is judged only
    when both files have a main event; otherwise it counts as wrong.
    """
    files = [d["file"] for d in gold.get("documents") or []]
    same = [tuple(p) for p in gold.get("same_event_pairs") or []]
    distinct_field = gold.get("distinct_event_pairs") or []
    if distinct_field == "all":
        same_set = {frozenset(p) for p in same}
        distinct = [p for p in itertools.combinations(files, 2) if frozenset(p) not in same_set]
    else:
        distinct = [tuple(p) for p in distinct_field]
    if canonical is None:
        return {"same_event": None, "distinct_event": None, "details": {"canonical": None}}

    def judged(a: str, b: str, together: bool) -> bool:
        ids = canonical.get(a), canonical.get(b)
        return None not in ids and (ids[0] == ids[1]) == together

    return {
        "same_event": ratio(sum(judged(a, b, True) for a, b in same), len(same)),
        "distinct_event": ratio(sum(judged(a, b, False) for a, b in distinct), len(distinct)),
        "details": {"canonical": dict(canonical)},
    }


# --- entry point ---------------------------------------------------------------------


def score_document(gold: Json, pred: Json) -> Json:
    return {
        "cleaning": score_cleaning(gold, pred),
        "document_date": score_document_date(gold, pred),
        **score_entities(gold, pred),
        "main_event": score_main_event(gold, pred),
        "other_events": score_other_events(gold, pred),
        "quotes": score_quotes(gold, pred),
    }


def _status(pred: Json | None) -> str:
    if pred is None:
        return "missing"
    errors = pred.get("errors") or []
    return f"error: {errors[0]}" if errors and not pred.get("body") else "ok"


def score_gold(gold: Json, predictions: Mapping[str, Json]) -> Json:
    """Score predictions (extraction dicts by file) against a loaded gold file."""
    documents, by_file = [], {}
    for want in gold.get("documents") or []:
        pred = find_prediction(predictions, want["file"])
        by_file[want["file"]] = pred
        documents.append(
            {"file": want["file"], "prediction": _status(pred), **score_document(want, pred or {})}
        )
    mains = {f: main_event_of(p) if p else None for f, p in by_file.items()}
    dyad = score_dyad_timeline(gold.get("dyad_timeline"), mains)
    pairs = score_event_pairs(gold, canonical_ids(mains))
    totals = {section: aggregate([d[section] for d in documents]) for section in SECTIONS}
    totals["dyad_timeline"] = aggregate([dyad])
    totals["event_pairs"] = aggregate([pairs])
    return {
        "schema": gold.get("schema"),
        "documents": documents,
        "dyad_timeline": dyad,
        "event_pairs": pairs,
        "totals": totals,
        "summary": summaries(totals),
    }
