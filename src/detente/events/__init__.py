"""Events: PLOVER-coded events with arguments, place, occasion, date, topics and tone.

``extract_events(doc, resources)`` is the pipeline stage; the German lexicons,
the PLOVER ontology, topics and the polarity lexicon live in ``events/data``.
"""

from __future__ import annotations

from detente.events.extract import extract_events

__all__ = ["extract_events"]
