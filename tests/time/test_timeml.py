"""TimeML reading, writing and the eval-timeml scorer on tiny hand-made files."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app
from detente.evaluate.timeml import read_timeml, score_folders

HEAD = '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2017-02-16">2017-02-16</TIMEX3></DCT>\n<TEXT>\n'
TAIL = "\n</TEXT>\n</TimeML>\n"


def write(folder: Path, body: str, name: str = "a.tml") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(HEAD + body + TAIL, encoding="utf-8")


GOLD = (
    'Am <TIMEX3 tid="t1" type="DATE" value="2017-02-13">Montag</TIMEX3> kam er, '
    '<TIMEX3 tid="t2" type="DATE" value="2016">vergangenen Jahr</TIMEX3> nicht &amp; um '
    '<TIMEX3 tid="t3" type="TIME" value="2017-02-16T20.30">20.30 Uhr</TIMEX3> ging er.'
)


def test_read_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    write(tmp_path, GOLD)
    doc = read_timeml(tmp_path / "a.tml")
    assert doc.dct == "2017-02-16"
    assert [doc.text[t.start : t.end] for t in doc.timexes] == [
        "Montag",
        "vergangenen Jahr",
        "20.30 Uhr",
    ]
    assert "&" in doc.text and "<" not in doc.text


def test_scorer_strict_relaxed_and_value(tmp_path: Path) -> None:
    write(tmp_path / "gold", GOLD)
    system = (
        'Am <TIMEX3 tid="t1" type="DATE" value="2017-02-13">Montag</TIMEX3> kam er, vergangenen '
        '<TIMEX3 tid="t2" type="DATE" value="2015">Jahr</TIMEX3> nicht &amp; um '
        '<TIMEX3 tid="t3" type="TIME" value="2017-02-16T20:30">20.30 Uhr</TIMEX3> '
        '<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">ging</TIMEX3> er.'
    )
    write(tmp_path / "sys", system)
    result = score_folders(tmp_path / "gold", tmp_path / "sys")
    assert result["relaxed"] == {"precision": 0.75, "recall": 1.0, "f1": 0.8571}
    assert result["strict"]["recall"] == round(2 / 3, 4)
    assert result["value"]["recall"] == round(2 / 3, 4)  # 2016 vs 2015 is wrong; T20.30 == T20:30
    assert result["type_accuracy"] == 1.0


def test_cli_tags_timeml_and_scores_it(tmp_path: Path) -> None:
    write(tmp_path / "gold", GOLD)
    runner = CliRunner()
    tagged = runner.invoke(
        app, ["timex", "--timeml", str(tmp_path / "gold"), "--out", str(tmp_path / "ours")]
    )
    assert tagged.exit_code == 0, tagged.output
    ours = read_timeml(tmp_path / "ours" / "a.tml")
    assert ours.text == read_timeml(tmp_path / "gold" / "a.tml").text
    assert {t.value for t in ours.timexes} >= {"2017-02-13", "2016"}
    scored = runner.invoke(
        app, ["eval-timeml", str(tmp_path / "gold"), str(tmp_path / "ours"), "--json"]
    )
    assert scored.exit_code == 0, scored.output
    assert '"relaxed": {"precision": 1.0, "recall": 1.0, "f1": 1.0}' in scored.output
