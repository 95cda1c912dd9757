"""The SpkAtt scorer on a tiny file in the SpkAtt-2023 format (sentences written for the test)."""

from __future__ import annotations

import json
from pathlib import Path

from detente.document import Argument, Document, Quote
from detente.evaluate.spkatt import (
    Counts,
    as_document,
    evaluate_spkatt,
    read_spkatt,
    score_document,
)

SENTENCES = [
    ["„", "Wir", "bleiben", "dran", "“", ",", "sagte", "Anna", "Berg", "."],
    ["Kern", "sagte", ",", "die", "Lage", "sei", "ernst", "."],
    ["Das", "Wetter", "war", "gut", "."],
]
ANNOTATIONS = [
    {"Form": "Direct", "Message": ["0:1", "0:2", "0:3"], "Source": ["0:7", "0:8"],
     "Cue": ["0:6"], "IsNested": False},
    {"Form": "Indirect", "Message": ["1:3", "1:4", "1:5", "1:6"], "Source": ["1:0"],
     "Cue": ["1:1"], "IsNested": False},
]  # fmt: skip


def write_file(folder: Path) -> Path:
    path = folder / "1 - Ein Test (2020-05-04).json"
    data = {
        "DocumentName": "Ein Test (2020-05-04)",
        "Sentences": [{"SentenceId": i, "Tokens": t} for i, t in enumerate(SENTENCES)],
        "Annotations": ANNOTATIONS,
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_text_is_rebuilt_with_token_spans(tmp_path: Path) -> None:
    gold = read_spkatt(write_file(tmp_path))
    assert gold.text.startswith("„Wir bleiben dran“, sagte Anna Berg. Kern sagte, die Lage")
    assert gold.date == "2020-05-04"
    for i, token in enumerate(t for s in SENTENCES for t in s):
        start, end = gold.spans[i]
        assert gold.text[start:end] == token
    assert [r.form for r in gold.reports] == ["Direct", "Indirect"]
    assert gold.reports[0].source_head == "Berg"
    assert as_document(gold).body == gold.text


def test_scoring_counts_recall_precision_and_speakers(tmp_path: Path) -> None:
    gold = read_spkatt(write_file(tmp_path))
    text = gold.text
    direct_start = text.index("Wir")
    berg = text.index("Anna Berg")
    kern = text.index("Kern")
    quotes = [
        Quote(direct_start, direct_start + 16, "Wir bleiben dran", True,
              Argument("Anna Berg", None, None, "person", (berg, berg + 9)), "sagte"),
        Quote(text.index("die Lage"), text.index("ernst") + 5, "die Lage sei ernst", False,
              Argument("Igor Volkov", None, None, "person", (0, 2)), "sagte"),
        Quote(text.index("Das Wetter"), len(text) - 1, "Das Wetter war gut", False,
              Argument("Paul Kern", None, None, "person", (kern, kern + 4)), None),
    ]  # fmt: skip
    counts = Counts()
    score_document(gold, quotes, counts)
    result = counts.as_dict()
    assert result["recall"]["Direct"] == 1.0
    assert result["recall"]["Indirect"] == 1.0
    assert result["precision"]["direct"] == 1.0
    assert result["precision"]["indirect"] == 0.5  # the weather report is no speech
    assert result["speaker_accuracy"] == 0.5  # Volkov is not the source of the second one


def test_evaluate_runs_a_stage_over_files(tmp_path: Path) -> None:
    path = write_file(tmp_path)

    def nothing(doc: Document) -> Document:
        return doc

    counts = evaluate_spkatt([path], run=nothing)
    assert counts.documents == 1
    assert counts.as_dict()["recall"]["all"] == 0.0
    assert counts.gold == {"Direct": 1, "Indirect": 1, "Other": 0}


def test_evaluate_with_the_quote_stage(tmp_path: Path) -> None:
    from detente.language import tokenise
    from detente.quotes import extract_quotes

    def stages(doc: Document) -> Document:
        return extract_quotes(tokenise(doc), None)  # type: ignore[arg-type]

    result = evaluate_spkatt([write_file(tmp_path)], run=stages).as_dict()
    assert result["recall"]["Direct"] == 1.0
    assert result["recall"]["Indirect"] == 1.0
    assert result["precision"]["all"] == 1.0
    assert result["speaker_accuracy"] == 1.0


def test_a_failing_document_is_scored_as_empty(tmp_path: Path) -> None:
    def broken(doc: Document) -> Document:
        raise ValueError("stage failed")

    counts = evaluate_spkatt([write_file(tmp_path)], run=broken)
    assert counts.documents == 1
    assert counts.errors and "stage failed" in counts.errors[0]
    assert counts.as_dict()["recall"]["all"] == 0.0


def test_files_split_by_the_parity_of_their_number(tmp_path: Path) -> None:
    from detente.evaluate.spkatt import spkatt_files

    for name in ("10 - a.json", "11 - b.json", "7 - c.json", "notes.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in spkatt_files(tmp_path, split="even")] == ["10 - a.json", "notes.json"]
    assert [p.name for p in spkatt_files(tmp_path, split="odd")] == ["11 - b.json", "7 - c.json"]
    assert len(spkatt_files(tmp_path)) == 4


def test_quotation_marks_do_not_count_in_a_message(tmp_path: Path) -> None:
    path = tmp_path / "2 - Zeichen (2020-05-04).json"
    sentences = [["Berg", "nannte", "das", "„", "fahrlässig", "“", "."]]
    annotations = [
        {"Form": "Direct", "Message": ["0:3", "0:4", "0:5"], "Source": ["0:0"], "IsNested": False}
    ]
    data = {
        "DocumentName": "Zeichen (2020-05-04)",
        "Sentences": [{"SentenceId": 0, "Tokens": sentences[0]}],
        "Annotations": annotations,
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    gold = read_spkatt(path)
    assert len(gold.reports[0].message) == 1  # the word, not its marks
    start = gold.text.index("fahrlässig")
    speaker = Argument("Anna Berg", None, None, "person", (0, 4))
    counts = Counts()
    score_document(gold, [Quote(start, start + 10, "fahrlässig", True, speaker, "nannte")], counts)
    assert counts.as_dict()["recall"]["Direct"] == 1.0
    assert counts.as_dict()["precision"]["direct"] == 1.0
