"""The real seed gold file: perfect predictions built from it score 1.0 everywhere."""

from __future__ import annotations

from pathlib import Path

from detente.evaluate.gold import load_gold, resolve_corpus, score_gold
from tests.evaluate.perfect import perfect_prediction
from tests.evaluate.test_gold import assert_perfect


def test_perfect_predictions_for_the_seeds_score_one(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    scores = score_gold(gold, {d["file"]: perfect_prediction(d) for d in gold["documents"]})
    assert_perfect(scores)
    assert scores["totals"]["main_event"]["fully_right"]["hit"] == len(gold["documents"])
    assert scores["totals"]["other_events"]["recall"]["of"] > 0
    assert scores["totals"]["dyad_timeline"]["tone_order"]["of"] > 0


def test_seed_corpus_is_found_from_the_gold_file(gold_file: Path, seeds_dir: Path) -> None:
    assert resolve_corpus(gold_file, load_gold(gold_file)["corpus"]) == seeds_dir.resolve()
