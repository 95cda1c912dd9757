"""Near-duplicate (syndicated) articles are stored once, with every source kept."""

from __future__ import annotations

from detente.document import RawDocument
from detente.link.near_duplicates import NearDuplicateIndex, signature
from detente.pipeline import Pipeline
from detente.store import Store

ARTICLE = (
    "Die Außenminister Frankreichs und Polens haben am Dienstag in Warschau über die Lage "
    "an der Ostgrenze der Europäischen Union beraten. Beide Seiten kündigten an, die "
    "Zusammenarbeit beim Grenzschutz auszubauen und gemeinsame Patrouillen zu prüfen. "
    "Ein weiteres Treffen ist für den Herbst in Paris geplant, hieß es aus Diplomatenkreisen."
)


def test_index_finds_an_edited_copy_but_not_another_article():
    index = NearDuplicateIndex()
    index.add("a", signature(ARTICLE))
    copy = ARTICLE.replace("am Dienstag", "am Dienstagabend") + " (ag)"
    other = "Der Bundestag hat am Donnerstag über den Haushalt für das kommende Jahr debattiert."
    assert index.find(signature(copy)) == "a"
    assert index.find(signature(other)) is None


def test_store_keeps_one_document_and_all_sources(tmp_path):
    copy = "Warschau (ag) - " + ARTICLE.replace("hieß es", "verlautete")
    raws = [
        RawDocument(source="outlet-a/1.txt", text=ARTICLE, outlet="A"),
        RawDocument(source="outlet-b/7.txt", text=copy, outlet="B"),
        RawDocument(source="outlet-a/1-again.txt", text=ARTICLE, outlet="A"),
    ]
    with Store(str(tmp_path / "d.db")) as store:
        report = store.ingest(Pipeline().process(raws))
        assert (report.new, report.near_duplicate, report.duplicate) == (1, 1, 1)
        (doc,) = store.documents()
        assert set(store.sources_of(doc["id"])) == {raw.source for raw in raws}


def test_a_report_ingested_later_joins_the_stored_canonical_event(tmp_path):
    from detente.link import link_events
    from tests.factories import meeting

    people = [("Kerry", "John Kerry", "USA"), ("Lawrow", "Sergey Lavrov", "RUS")]
    place = ("Sotschi", "Sochi", "RUS")
    first = meeting("Kerry traf Lawrow in Sotschi.", "2015-05-12", people, place, source="a")
    later = meeting("In Sotschi sprach Kerry mit Lawrow.", "2015-05-12", people, place, source="b")
    with Store(str(tmp_path / "l.db")) as store:
        store.ingest([first])
        assert link_events(store, use_embeddings=False).created == 1
        store.ingest([later])
        report = link_events(store, use_embeddings=False)
        assert (report.joined, report.created) == (1, 0)
        (n_sources,) = store.db.execute("SELECT n_sources FROM canonical_events").fetchone()
        assert n_sources == 2
