"""Canonical events for the gold's same/distinct event pairs.

The predicted main events of all gold files go through the project's
cross-document linker (``detente.link.events.assign``), as one batch and
without sentence embeddings (the text signal stays neutral), so the scorer
needs no model and no database. Each file then has the id of the canonical
event its main event joined.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from detente.evaluate.matching import interval, norm_name

Json = dict[str, Any]


def _record(file: str, event: Json) -> Any:
    from detente.link.events import EventRecord

    args = [a for a in [*(event.get("actors") or []), *(event.get("recipients") or [])] if a]
    span = interval(event.get("date"))
    location = (event.get("location") or {}).get("name")
    return EventRecord(
        id=file,
        document_id=file,
        type=event["type"],
        aux=event.get("aux"),
        main=True,
        persons=frozenset(norm_name(a.get("name")) for a in args if a.get("kind") == "person"),
        sides=frozenset(a["country"] for a in args if a.get("country")),
        earliest=span[0] if span else None,
        latest=span[1] if span else None,
        location=norm_name(location) or None,
        occasion=norm_name(event.get("occasion")) or None,
        text="",
    )


def canonical_ids(mains: Mapping[str, Json | None]) -> dict[str, str] | None:
    """File -> canonical event id of its main event; None when no file has a main event."""
    from detente.link.events import assign

    records = [_record(f, e) for f, e in mains.items() if e and e.get("type")]
    if not records:
        return None
    clusters = assign(records, [])
    return {m.id: str(i) for i, cluster in enumerate(clusters) for m in cluster.members}
