"""Regression floors of the tagger on our own TimeML development set (tests/data/timeml_dev)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluate.timeml import Counts, GoldTimex, read_timeml, score_document, summarise
from detente.time import tag_text

DEV = Path(__file__).resolve().parents[1] / "data" / "timeml_dev"


def score_folder(folder: Path) -> dict[str, object]:
    total = Counts()
    files = sorted(folder.glob("*.tml"))
    for path in files:
        doc = read_timeml(path)
        ours = [
            GoldTimex(t.start, t.end, t.text, t.type, t.value or "", t.mod)
            for t in tag_text(doc.text, doc.dct)
        ]
        total.add(score_document(doc.timexes, ours))
    return summarise(total, len(files), folder.name)


@pytest.mark.parametrize(
    ("folder", "documents"), [(DEV, 20), (DEV / "heldout", 10)], ids=["dev", "heldout"]
)
def test_dev_set_floors(folder: Path, documents: int) -> None:
    scores = score_folder(folder)
    relaxed = scores["relaxed"]["f1"]  # type: ignore[index]
    value = scores["value"]["f1"]  # type: ignore[index]
    print(f"{folder.name}: relaxed F1 {relaxed}, value F1 {value}")
    assert scores["documents"] == documents
    assert relaxed >= 0.85
    assert value >= 0.75
