"""Compare actor mentions with the gold persons/organizations/places of ../shared/gold/seeds.json.

Development aid for the actor stages (not a test: it reads the shared gold).
    python bench/actors_seeds.py [--gold PATH] [--real-dct] [-v]
By default the document date is taken from the gold file, so only the actor
stages are measured; ``--real-dct`` runs the time stage instead.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

from detente.actors import recognise_actors, resolve_roles
from detente.clean import clean
from detente.document import DateRange, Document, DocumentDate, RawDocument
from detente.language import tokenise
from detente.pipeline import Resources

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.json"


def norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def predicted(doc, main_countries: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"persons": set(), "named": set(), "orgs": set(), "places": set()}
    for m in doc.mentions:
        if not m.name:
            continue
        if m.kind == "person":
            out["persons"].add(m.name)
            if m.via != "role":
                out["named"].add(m.name)
        elif m.kind == "organisation":
            out["orgs"].add(m.name)
        elif m.kind == "place" or (m.kind == "country" and m.entity_id not in main_countries):
            out["places"].add(m.name)
    return out


def score(gold: set[str], pred: set[str]) -> tuple[int, int, int]:
    g, p = {norm(x) for x in gold}, {norm(x) for x in pred}
    return len(g & p), len(p - g), len(g - p)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--real-dct", action="store_true")
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--overlay", help="a KB overlay JSONL file to add entities")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text())
    corpus = args.gold.parent.parent / gold.get("corpus", "corpus/seeds")
    resources = Resources(kb_overlay=args.overlay)
    totals: dict[str, list[int]] = {}
    for entry in gold["documents"]:
        path = corpus / entry["file"]
        text = path.read_text()
        try:
            doc = clean(RawDocument(source=str(path), text=text, file=entry["file"]))
        except Exception as exc:  # the cleaner is being worked on: fall back to the raw text
            print(f"  (clean failed: {exc!r}; using raw text)")
            doc = Document(id=entry["file"], original=text, body=text)
        doc = recognise_actors(tokenise(doc), resources)
        if args.real_dct:
            from detente.time import resolve_document_date

            doc = resolve_document_date(doc, resources)
        else:
            d = entry["document_date"]
            doc = doc.with_(
                dct=DocumentDate(
                    DateRange(d["value"], "day", d["value"], d["value"]), "gold", None, ""
                )
            )
        doc = resolve_roles(doc, resources)
        main_countries = set(entry["main_event"]["countries"])
        pred = predicted(doc, main_countries)
        golds = {
            "persons": {p["name"] for p in entry["persons"]},
            "named": {p["name"] for p in entry["persons"]},
            "orgs": set(entry["organizations"]),
            "places": set(entry["places"]),
        }
        print(entry["file"])
        for field, gset in golds.items():
            tp, fp, fn = score(gset, pred[field])
            t = totals.setdefault(field, [0, 0, 0])
            t[0] += tp
            t[1] += fp
            t[2] += fn
            extra = ""
            if fp or fn:
                extra = f"  FP={sorted(pred[field] - gset)} FN={sorted(gset - pred[field])}"
            print(f"  {field:8} tp={tp} fp={fp} fn={fn}{extra}")
        if args.v:
            for m in doc.mentions:
                print(
                    f"    {m.text!r:45} {m.kind:12} {m.name!s:22} {m.country!s:5} {m.role!s:18} {m.via:9} actor={m.as_actor}"
                )
    print("TOTAL")
    for field, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"  {field:8} P={p:.3f} R={r:.3f} (tp={tp} fp={fp} fn={fn})")


if __name__ == "__main__":
    main()
