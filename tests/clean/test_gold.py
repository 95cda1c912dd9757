"""The cleaner against the gold seeds (read in place from ../shared; skipped without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.clean import clean
from detente.sources import read_sources


@pytest.fixture(scope="module")
def cleaned(seeds_dir: Path, gold_file: Path) -> list[tuple[dict, object]]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    raws = {raw.file: raw for raw in read_sources([seeds_dir])}
    return [(entry, clean(raws[entry["file"]])) for entry in gold]


def test_boilerplate_removed_and_body_kept(cleaned) -> None:
    for entry, doc in cleaned:
        for text in entry["boilerplate"]:
            assert text not in doc.body, (entry["file"], text)
        for text in entry["body_must_contain"]:
            assert text in doc.body, (entry["file"], text)


def test_titles_datelines_and_metadata_dates(cleaned) -> None:
    for entry, doc in cleaned:
        assert doc.meta.title == entry["title"], entry["file"]
        assert doc.meta.dateline == entry.get("dateline"), entry["file"]
        assert doc.meta.metadata_date == entry["metadata_date"], entry["file"]


def test_page_date_and_signature(cleaned) -> None:
    entry, doc = next((e, d) for e, d in cleaned if e["file"].startswith("002"))
    assert doc.meta.published == entry["document_date"]["value"]  # the page's date line
    assert doc.meta.signature in entry["boilerplate"]  # the agency signature at the end
    assert doc.meta.agencies == ("dpa", "AFP", "Reuters")


def test_seed_offsets_map_back(cleaned) -> None:
    for _, doc in cleaned:
        for body_start, original_start, length in doc.offsets.segments:
            body_slice = doc.body[body_start : body_start + length]
            assert doc.original[original_start : original_start + length] == body_slice
