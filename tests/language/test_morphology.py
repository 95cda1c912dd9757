"""POS tags and lemmas from HanTa, and the --pos switch of extract."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from detente.cli import app
from detente.document import Document
from detente.language import tokenise
from detente.language.morphology import tag_morphology

SENTENCE = "Die Ministerin hat die Forderungen Lettlands zurückgewiesen."


def test_every_token_gets_a_tag_and_a_lemma():
    doc = tokenise(Document(id="x", original=SENTENCE, body=SENTENCE))
    tagged = {t.text: (t.pos, t.lemma) for t in tag_morphology(doc).tokens}
    assert tagged["zurückgewiesen"] == ("VV(PP)", "zurückweisen")
    assert tagged["Forderungen"] == ("NN", "Forderung")
    assert tagged["Lettlands"][0] == "NE"
    assert tagged["hat"][1] == "haben"


def test_extract_pos_adds_tokens(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    plain = json.loads(CliRunner().invoke(app, ["extract", str(path), "--json"]).stdout)
    tagged = json.loads(CliRunner().invoke(app, ["extract", str(path), "--json", "--pos"]).stdout)
    assert plain["tokens"] == []
    start, end, tag, lemma = tagged["tokens"][-2]
    assert tagged["body"][start:end] == "zurückgewiesen" and (tag, lemma) == (
        "VV(PP)",
        "zurückweisen",
    )
