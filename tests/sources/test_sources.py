"""Reading inputs: formats, encodings, bad input (never raises), registry."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from detente.clean import CleanError, clean
from detente.document import RawDocument
from detente.sources import DEFAULT_REGISTRY, Format, read_sources

TEXT = "Die Außenminister trafen sich am Montag in Wien zu Gesprächen über die Lage."
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gespräche in Wien | Beispielblatt</title>
<meta property="og:title" content="Gespräche in Wien"><meta property="article:published_time" content="2020-10-05T10:00:00+02:00">
</head><body><nav><a href="/">Startseite</a><a href="/politik">Politik</a></nav><article><h1>Gespräche in Wien</h1>
<p>Die Außenminister beider Staaten trafen sich am Montag in Wien zu mehrstündigen Gesprächen über die Lage in der Region.</p>
<p>Beide Seiten sprachen anschließend von einem offenen und konstruktiven Austausch, Ergebnisse wurden nicht bekannt.</p>
<p>Ein weiteres Treffen soll im Winter stattfinden, hieß es aus Delegationskreisen in der österreichischen Hauptstadt.</p>
</article><footer>Impressum</footer></body></html>"""


def read_one(path: Path, **options) -> RawDocument:
    docs = list(read_sources([path], **options))
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    raw = read_one(path)
    assert raw.error is None
    assert raw.text == TEXT
    assert raw.file == "a.txt"


def test_cp1252_quotes_decode(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_bytes("„Wir reden weiter“, sagte er – für heute.".encode("cp1252"))
    assert read_one(path).text == "„Wir reden weiter“, sagte er – für heute."


def test_seed_header_date(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text(f" date 2016-03-09 {TEXT}\n", encoding="utf-8")
    raw = read_one(path)
    assert raw.date == "2016-03-09"
    assert raw.text.startswith(" date 2016-03-09 ")  # kept as received; the cleaner cuts it
    assert clean(raw).body == TEXT


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01\x02binary" * 50, "binary file (NUL bytes): not text, HTML, JSONL or WARC"),
        (b"%PDF-1.7\n" + bytes(range(256)), "binary file (PDF): not text, HTML, JSONL or WARC"),
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
    ],
)
def test_bad_files_become_errors(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert read_one(path).error == expected


def test_control_characters_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "c.dat"
    path.write_bytes(bytes([0x01, 0x02, 0x03, 0x1B]) * 20 + b"text" * 10)
    error = read_one(path).error
    assert error is not None and error.startswith("binary file (") and "control characters" in error


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 100, encoding="utf-8")
    error = read_one(path, max_bytes=1000).error
    assert error is not None and "limit" in error and "--max-size" in error
    assert read_one(path).error is None


def test_missing_path(tmp_path: Path) -> None:
    assert "no such file" in (read_one(tmp_path / "nope.txt").error or "")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    assert "cannot read" in (read_one(path).error or "")


def test_folder_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(TEXT, encoding="utf-8")
    assert [raw.file for raw in read_sources([tmp_path])] == ["a.txt", "c.txt"]


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "text": TEXT,
                "url": "https://example.org/a",
                "date": "2020-01-02",
                "title": "T",
                "outlet": "O",
            }
        ),
        "{not json",
        json.dumps({"url": "https://example.org/c"}),
        "",
        json.dumps({"html": PAGE}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = list(read_sources([path]))
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:2", f"{path}:3", f"{path}:5"]
    first = docs[0]
    assert (first.text, first.url, first.date, first.title, first.outlet) == (
        TEXT,
        "https://example.org/a",
        "2020-01-02",
        "T",
        "O",
    )
    assert "invalid JSON" in (docs[1].error or "")
    assert '"text" or "html"' in (docs[2].error or "")
    assert docs[3].html == PAGE and docs[3].error is None


def test_html_file_is_kept_raw_and_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    raw = read_one(path)
    assert raw.html == PAGE and raw.text is None
    doc = clean(raw)
    assert doc.meta.title == "Gespräche in Wien"
    assert doc.meta.published == "2020-10-05"
    assert doc.body.startswith("Die Außenminister beider Staaten")
    assert "Impressum" not in doc.body
    assert doc.body.endswith("österreichischen Hauptstadt.")


def test_truncated_html_still_gives_text(tmp_path: Path) -> None:
    cut = PAGE[: PAGE.index("Beide Seiten")]
    doc = clean(RawDocument(source="cut.html", html=cut))
    assert "Die Außenminister beider Staaten trafen sich" in doc.body


def test_html_without_text_is_a_clear_error() -> None:
    with pytest.raises(CleanError, match="no text found"):
        clean(RawDocument(source="empty.html", html="<html><head></head><body></body></html>"))


def _warc_record(url: str, content_type: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n\r\n" + body
    headers = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2020-10-05T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return headers.encode() + http + b"\r\n\r\n"


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_records(tmp_path: Path, name: str) -> None:
    data = _warc_record(
        "https://example.org/a", "text/html; charset=utf-8", PAGE.encode()
    ) + _warc_record("https://example.org/b.png", "image/png", b"\x89PNG")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    docs = list(read_sources([path]))
    assert len(docs) == 1
    assert docs[0].url == "https://example.org/a"
    assert docs[0].html == PAGE
    assert docs[0].source == f"{path}#1"


def test_corrupt_warc_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b not really gzip")
    docs = list(read_sources([path]))
    assert docs and all(d.error for d in docs)


def test_stdin_text_and_jsonl() -> None:
    (raw,) = read_sources(["-"], stdin=io.BytesIO(TEXT.encode()))
    assert raw.source == "-" and raw.text == TEXT
    lines = "\n".join(json.dumps({"text": t}) for t in ("Erster Text.", "Zweiter Text."))
    docs = list(read_sources(["-"], stdin=io.BytesIO(lines.encode())))
    assert [d.text for d in docs] == ["Erster Text.", "Zweiter Text."]
    assert [d.source for d in docs] == ["-:1", "-:2"]


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.dat").write_text(TEXT, encoding="utf-8")
    page, notes = read_sources([tmp_path / "page", tmp_path / "notes.dat"])
    assert page.html == PAGE
    assert notes.text == TEXT


def test_urls_are_reported_not_fetched() -> None:
    (raw,) = read_sources(["https://example.org/artikel"])
    assert raw.error is not None and "not supported yet" in raw.error
    assert raw.url == "https://example.org/artikel"


def test_registry_accepts_new_formats(tmp_path: Path) -> None:
    def read_upper(data: bytes, origin, options):
        yield origin.document(text=data.decode().upper())

    registry = DEFAULT_REGISTRY.with_format(Format("upper", (".up",), read_upper))
    path = tmp_path / "x.up"
    path.write_text("abc", encoding="utf-8")
    assert [r.text for r in read_sources([path], registry=registry)] == ["ABC"]
    assert DEFAULT_REGISTRY.by_suffix("x.up") is None  # the default registry is unchanged


def test_single_path_string(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert [r.text for r in read_sources(str(path))] == [TEXT]


def test_jsonl_gz_streams_and_limits_each_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    long_text = "Wort " * 400
    lines = [
        json.dumps({"text": TEXT}),
        json.dumps({"text": long_text}),
        json.dumps({"text": "Kurz."}),
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    docs = list(read_sources([path], max_bytes=500))
    assert [d.text for d in docs] == [TEXT, None, "Kurz."]
    assert "limit" in (docs[1].error or "")
    assert docs[1].source == f"{path}:2"


def test_feed_files_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', encoding="utf-8"
    )
    (raw,) = read_sources([path])
    assert "feeds are not supported yet" in (raw.error or "")


def test_xhtml_with_xml_declaration_is_html(tmp_path: Path) -> None:
    path = tmp_path / "page.xhtml.bak"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + PAGE, encoding="utf-8")
    (raw,) = read_sources([path])
    assert raw.html is not None


def test_jsonl_scraper_field_names(tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    record = {
        "maintext": TEXT,
        "date_publish": "2020-10-05 10:00:00",
        "source_domain": "example.org",
        "headline": "Gespräche in Wien",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    raw = read_one(path)
    assert (raw.text, raw.date, raw.outlet, raw.title) == (
        TEXT,
        "2020-10-05",
        "example.org",
        "Gespräche in Wien",
    )
