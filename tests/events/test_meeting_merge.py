"""The main meeting does not absorb a meeting reported for another day or another place.
Our own German sentences."""

from __future__ import annotations

from detente.document import Event
from detente.events import extract_events
from detente.time import tag_timexes
from tests.events.helpers import document, m, resources


def run(text: str, specs: list[dict], dct: str = "2021-03-10") -> list[Event]:
    res = resources()
    doc = tag_timexes(document(text, specs, dct), res)  # type: ignore[arg-type]
    return list(extract_events(doc, res).events)  # type: ignore[arg-type]


SPECS = [
    m("Präsident Li Wei", "person", "CHN", "Li Wei"),
    m("Ottawa", "place", "CAN"),
    m("Premier Tom Hall", "person", "CAN", "Tom Hall"),
    m("Minister Bo Lin", "person", "CHN", "Bo Lin"),
    m("Kai Ruf", "person", "CAN"),
]
TEXT = (
    "Der Präsident Li Wei hat am Dienstag in Ottawa den Premier Tom Hall getroffen. "
    "Dabei war auch Minister Bo Lin, mit dem Kai Ruf bereits am Sonntag verhandelt hatte."
)


def meetings(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "CONSULT"]


def test_a_meeting_in_a_relative_clause_is_kept_with_its_own_day() -> None:
    found = meetings(run(TEXT, SPECS))
    earlier = [e for e in found if not e.main]
    assert len(earlier) == 1
    assert {a.name for a in (*earlier[0].actors, *earlier[0].recipients)} == {"Kai Ruf", "Bo Lin"}
    assert earlier[0].date is not None and earlier[0].date.earliest == "2021-03-07"


def test_the_main_meeting_keeps_its_own_day_and_people() -> None:
    main = next(e for e in run(TEXT, SPECS) if e.main)
    assert main.date is not None and main.date.earliest == "2021-03-09"
    names = {a.name for a in (*main.actors, *main.recipients)}
    assert "Kai Ruf" not in names and {"Li Wei", "Tom Hall"} <= names


def test_reports_of_the_same_day_still_merge() -> None:
    text = (
        "Der Präsident Li Wei hat am Dienstag in Ottawa den Premier Tom Hall getroffen. "
        "Am Dienstag sprach Li Wei mit Hall auch über Zölle."
    )
    specs = [*SPECS[:3], m("Li Wei", "person", "CHN"), m("Hall", "person", "CAN", "Tom Hall")]
    found = meetings(run(text, specs))
    assert [e.main for e in found].count(True) == 1
    main = next(e for e in found if e.main)
    second = text.index("Am Dienstag sprach")
    assert any(start >= second for start, _ in main.evidence)  # the second report merged
