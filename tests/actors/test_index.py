"""Surface forms generated for the automaton, and the shipped KB end to end."""

from __future__ import annotations

import pytest

from detente.actors import recognise_actors, resolve_roles
from detente.actors.index import adjective_inflections, case_variants, name_forms
from detente.actors.lexicon import lexicon, noun_forms

from .conftest import make_doc


def test_name_forms_inflect_adjectives_and_genitives():
    forms = name_forms("Europäische Union")
    assert {"Europäische Union", "Europäischen Union"} <= forms
    assert "Lawrows" in name_forms("Lawrow")
    assert "Mattis'" in name_forms("Mattis")


def test_case_variants():
    assert {"Kim Jong-Un", "Kim Jong un"} <= case_variants("Kim Jong-un")
    assert "Nato" in case_variants("NATO")


def test_adjective_inflections():
    forms = adjective_inflections(["russisch", "US-"])
    assert {"russische", "russischen", "Russischer"} <= forms
    assert "US-" not in forms


def test_role_noun_forms():
    assert {"Außenministers", "Außenministerin", "Außenministerinnen"} <= set(
        noun_forms("Außenminister")
    )
    assert {"Beauftragten", "Beauftragter"} <= set(noun_forms("Beauftragte"))
    role = lexicon().role_words["Kremlchefs"]
    assert (role.role, role.country) == ("head_of_state", "RUS")


@pytest.fixture(scope="module")
def shipped():
    from detente.pipeline import Resources

    resources = Resources()
    if not any(e.kind == "person" for e in resources.kb.entities.values()):
        pytest.skip("the shipped KB has no persons yet")
    return resources


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2015-05-12", "John Kerry"), ("2017-04-12", "Rex Tillerson"), ("2019-05-15", "Mike Pompeo")],
)
def test_shipped_kb_resolves_us_foreign_minister(shipped, day, expected):
    doc = recognise_actors(make_doc("Der US-Außenminister flog nach Peking.", day), shipped)
    persons = [m for m in resolve_roles(doc, shipped).mentions if m.kind == "person"]
    assert [m.name for m in persons] == [expected]


def test_shipped_kb_links_inflected_names(shipped):
    doc = recognise_actors(make_doc("Lawrows Reise nach Sotschi begann in Moskau."), shipped)
    names = {(m.text, m.name) for m in doc.mentions}
    assert {("Lawrows", "Sergey Lavrov"), ("Sotschi", "Sochi"), ("Moskau", "Moscow")} <= names
