"""detente: German news articles -> an evidence-backed database of diplomatic events.

>>> import detente
>>> result = detente.extract("US-Außenminister John Kerry traf am Dienstag in Sotschi Sergej Lawrow.", date="2015-05-12")
>>> result["events"][0]["type"]  # doctest: +SKIP
'CONSULT'
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "open"]


def extract(text: str, date: str | None = None, **meta: Any) -> dict[str, Any]:
    """Run the whole pipeline on one text and return the extraction JSON (SPEC §8) as a dict."""
    from detente.document import RawDocument
    from detente.extraction import to_extraction
    from detente.pipeline import default_pipeline

    doc = default_pipeline()(RawDocument(source="<text>", text=text, date=date, **meta))
    return to_extraction(doc)


def open(db: str = "detente.db") -> Any:
    """Open (or create) a detente database for queries."""
    from detente.store import Store

    return Store(db)
