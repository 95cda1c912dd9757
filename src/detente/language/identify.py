"""Language identification with py3langid (model ships inside the package)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.document import Document

if TYPE_CHECKING:
    from detente.pipeline import Resources


def language_of(text: str) -> str | None:
    sample = text[:1000].strip()  # 1,000 characters decide reliably and cost half of 2,000
    if not sample:
        return None
    import py3langid  # its model ships inside the package

    code, _ = py3langid.classify(sample)
    return str(code)


def detect_language(doc: Document, resources: Resources | None = None) -> Document:
    return doc.with_(language=language_of(doc.body))
