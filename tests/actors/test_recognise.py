"""Actor recognition on own German sentences with the small test KB (see conftest.py)."""

from __future__ import annotations

from detente.actors import recognise_actors, resolve_roles
from detente.document import Mention

from .conftest import make_doc


def mentions(resources, text: str, day: str | None = None) -> list[Mention]:
    doc = recognise_actors(make_doc(text, day), resources)
    if day:
        doc = resolve_roles(doc, resources)
    return list(doc.mentions)


def find(ms: list[Mention], text: str, kind: str | None = None) -> Mention:
    hits = [m for m in ms if m.text == text and (kind is None or m.kind == kind)]
    assert hits, f"no mention {text!r} in {[m.text for m in ms]}"
    return hits[0]


def test_inflected_names_and_countries(resources):
    ms = mentions(resources, "Lawrows Vorschlag stieß in Russlands Nachbarschaft auf Kritik.")
    assert find(ms, "Lawrows").name == "Sergey Lavrov"
    russia = find(ms, "Russlands")
    assert (russia.kind, russia.entity_id) == ("country", "RUS")


def test_adjective_gives_country_mention(resources):
    ms = mentions(resources, "Die russischen Truppen zogen sich zurück.")
    adjective = find(ms, "russischen")
    assert (adjective.kind, adjective.country, adjective.via) == ("country", "RUS", "adjective")


def test_role_prefix_and_name_make_one_person(resources):
    text = "US-Außenminister John Kerry landete am Abend."
    ms = mentions(resources, text)
    kerry = find(ms, "US-Außenminister John Kerry")
    assert (kerry.entity_id, kerry.country, kerry.role) == ("Q1", "USA", "foreign_minister")
    assert kerry.head is not None and text[kerry.head[0] : kerry.head[1]] == "John Kerry"


def test_role_with_adjective_before_name(resources):
    ms = mentions(resources, "Sie sprach mit dem russischen Außenminister Sergej Lawrow.")
    lavrov = next(m for m in ms if m.kind == "person")
    assert lavrov.name == "Sergey Lavrov"
    assert lavrov.text == "russischen Außenminister Sergej Lawrow"


def test_role_only_resolved_by_document_date(resources):
    text = "Der US-Außenminister reiste am Morgen nach Paris."
    for day, expected in [
        ("2015-05-12", "John Kerry"),
        ("2017-04-12", "Rex Tillerson"),
        ("2019-05-15", "Mike Pompeo"),
    ]:
        person = find(mentions(resources, text, day), "US-Außenminister", "person")
        assert (person.name, person.via, person.role) == (expected, "role", "foreign_minister")


def test_role_only_stays_open_without_date(resources):
    person = find(
        mentions(resources, "Der US-Außenminister reiste ab."), "US-Außenminister", "person"
    )
    assert (
        person.entity_id is None and person.role == "foreign_minister" and person.country == "USA"
    )


def test_fixed_role_words(resources):
    ms = mentions(resources, "Der Kremlchef schwieg dazu.", "2018-03-01")
    assert find(ms, "Kremlchef").name == "Vladimir Putin"


def test_role_prefers_person_named_in_text(resources):
    text = "Rex Tillerson kam nach Berlin. Später sagte der US-Außenminister, er sei zufrieden."
    doc = recognise_actors(make_doc(text), resources)
    person = find(list(resolve_roles(doc, resources).mentions), "US-Außenminister", "person")
    assert person.name == "Rex Tillerson"  # no date: the office holder named in the text


def test_role_not_linked_to_former_holder_named_in_text(resources):
    text = "John Kerry war lange im Amt. Der US-Außenminister reiste nach Bonn."
    person = find(mentions(resources, text, "2017-04-12"), "US-Außenminister", "person")
    assert person.name == "Rex Tillerson"


def test_counterpart_takes_role_of_the_other_party(resources):
    text = "Lawrow traf in Damaskus seinen syrischen Amtskollegen, um Russlands Rolle zu betonen."
    person = find(mentions(resources, text, "2017-04-12"), "syrischen Amtskollegen", "person")
    assert (person.name, person.role, person.country) == (
        "Walid Muallem",
        "foreign_minister",
        "SYR",
    )


def test_plural_role_is_no_person(resources):
    ms = mentions(
        resources,
        "Die beiden Außenminister trafen sich. Beim Treffen der Nato-Außenminister gab es Streit.",
    )
    assert not [m for m in ms if m.kind == "person"]
    assert find(ms, "Nato").kind == "organisation"


def test_capital_as_actor_and_as_location(resources):
    ms = mentions(
        resources, "Moskau wies die Vorwürfe zurück. Die Gespräche fanden in Moskau statt."
    )
    actor, location = [m for m in ms if m.text == "Moskau"]
    assert (actor.kind, actor.name, actor.country, actor.via) == (
        "place",
        "Moscow",
        "RUS",
        "metonym",
    )
    assert actor.as_actor is True
    assert location.as_actor is False and location.name == "Moscow"


def test_between_two_capitals_both_are_actors(resources):
    ms = mentions(resources, "Das Verhältnis zwischen Moskau und Washington ist angespannt.")
    capitals = [m for m in ms if m.kind == "place"]
    assert [(m.name, m.as_actor) for m in capitals] == [("Moscow", True), ("Washington", True)]


def test_capital_paraphrase(resources):
    ms = mentions(resources, "Sie reiste in die russische Hauptstadt.")
    place = find(ms, "russische Hauptstadt")
    assert (place.name, place.as_actor) == ("Moscow", False)


def test_seat_of_government_metonym_is_the_country(resources):
    ms = mentions(resources, "Der Kreml dementierte den Bericht umgehend.")
    kremlin = find(ms, "Kreml")
    assert (kremlin.kind, kremlin.entity_id, kremlin.via) == ("country", "RUS", "metonym")


def test_washington_person_only_with_full_name(resources):
    ms = mentions(resources, "George Washington war der erste Präsident. Washington starb 1799.")
    assert find(ms, "Washington", "person").name == "George Washington"
    ms = mentions(resources, "Washington reagierte gelassen auf die Drohung.")
    city = find(ms, "Washington")
    assert (city.kind, city.country, city.as_actor) == ("place", "USA", True)


def test_unknown_person_with_inferred_country(resources):
    text = "Der Leiter der pakistanischen Delegation, Tariq Mehmood Qureshi, lobte die Gespräche."
    person = next(m for m in mentions(resources, text) if m.kind == "person")
    assert person.entity_id is None
    assert (person.name, person.country, person.role) == (
        "Tariq Mehmood Qureshi",
        "PAK",
        "delegation_head",
    )


def test_unknown_person_after_first_name_and_later_surname(resources):
    text = "Der Berater Thomas Wendelstein war dabei. Wendelstein schwieg."
    persons = [m for m in mentions(resources, text) if m.kind == "person"]
    assert [m.name for m in persons] == ["Thomas Wendelstein", "Thomas Wendelstein"]
    assert persons[1].via == "coref"


def test_surname_coreference(resources):
    text = "Rex Tillerson landete in Bonn. Tillerson sagte, es gebe Fortschritte."
    persons = [m for m in mentions(resources, text) if m.kind == "person"]
    assert [m.name for m in persons] == ["Rex Tillerson", "Rex Tillerson"]


def test_demonym_refers_to_last_person_of_that_country(resources):
    text = (
        "Mike Pompeo sprach lange mit Sergej Lawrow. Danach warnte der Amerikaner vor Folgen. "
        "Der Unmut der Amerikaner war deutlich."
    )
    ms = mentions(resources, text)
    singular, plural = [m for m in ms if m.text == "Amerikaner"]
    assert (singular.kind, singular.name, singular.via) == ("person", "Mike Pompeo", "coref")
    assert (plural.kind, plural.country) == ("country", "USA")


def test_namesakes_told_apart_by_full_name(resources):
    text = "Donald Trump und Melania Trump reisten nach Tokio. Trump sprach zuerst."
    persons = [m for m in mentions(resources, text) if m.kind == "person"]
    assert persons[-1].name == "Donald Trump"


def test_first_name_after_role(resources):
    ms = mentions(resources, "Die First Lady Melania besuchte eine Schule.")
    assert [m.name for m in ms if m.kind == "person"] == ["Melania Trump"]


def test_kim_needs_north_korean_context_and_a_date(resources):
    ms = mentions(resources, "Kim kündigte in Pjöngjang einen neuen Test an.", "2017-07-07")
    assert find(ms, "Kim").name == "Kim Jong-un"
    ms = mentions(resources, "Kim kündigte in Pjöngjang einen neuen Test an.", "2005-01-01")
    assert find(ms, "Kim").name == "Kim Jong-il"


def test_compounds(resources):
    ms = mentions(
        resources,
        "Der Ukraine-Konflikt und der Russland-Besuch der Trump-Vertrauten aus den USA beim G20-Gipfel.",
    )
    assert find(ms, "Ukraine").entity_id == "UKR"
    assert find(ms, "Russland").via == "modifier"
    assert find(ms, "Trump").kind == "person"
    assert find(ms, "G20").kind == "organisation"


def test_ambiguous_place_name_needs_a_preposition(resources):
    assert not [m for m in mentions(resources, "Essen gab es reichlich.") if m.kind == "place"]
    assert find(mentions(resources, "Die Konferenz tagte in Essen."), "Essen").name == "Essen"


def test_resolve_roles_fills_role_and_country_at_date(resources):
    ms = mentions(resources, "Wladimir Putin empfing Gäste.", "2019-05-14")
    putin = find(ms, "Wladimir Putin")
    assert (putin.role, putin.country) == ("head_of_state", "RUS")


def test_apposition_after_role_with_complement(resources):
    text = "Der Generalsekretär der Nato, Jens Stoltenberg, mahnte zur Einigkeit."
    person = next(m for m in mentions(resources, text) if m.kind == "person")
    assert (person.name, person.role, person.country) == (
        "Jens Stoltenberg",
        "secretary_general",
        "NATO",
    )


def test_comma_after_role_does_not_attach_a_clause_subject(resources):
    text = "Danach sagte der Präsident, Putin sei für Russland ein schwieriger Partner."
    putin = find(mentions(resources, text), "Putin")
    assert putin.text == "Putin" and putin.role is None


def test_first_name_that_is_also_a_town(resources):
    ms = mentions(resources, "Irans Präsident Hassan Nurabadi sprach lange.")
    assert not [m for m in ms if m.kind == "place"]
    assert next(m for m in ms if m.kind == "person").name == "Hassan Nurabadi"


def test_location_before_role_is_no_modifier(resources):
    ms = mentions(resources, "Er traf im Weißen Haus Präsident Donald Trump.")
    trump = next(m for m in ms if m.kind == "person")
    assert trump.text == "Präsident Donald Trump"


def test_bare_plural_role_noun_is_no_person(resources):
    ms = mentions(resources, "Beide Seiten wollen Sonderbeauftragte einsetzen.")
    assert not [m for m in ms if m.kind == "person"]


def test_offices_with_many_holders_are_not_guessed(resources):
    ms = mentions(resources, "Der russische Botschafter wurde einbestellt.", "2019-01-10")
    envoy = find(ms, "russische Botschafter", "person")
    assert envoy.entity_id is None and envoy.role == "ambassador"


def test_surname_that_is_a_common_word_needs_context(resources):
    assert not [m for m in mentions(resources, "Der Frieden ist brüchig.") if m.kind == "person"]
    ms = mentions(resources, "Premierminister Frieden reiste nach Brüssel.")
    assert next(m for m in ms if m.kind == "person").name == "Luc Frieden"


def test_bare_surname_needs_the_persons_country_in_the_text(resources):
    assert not [
        m for m in mentions(resources, "Pompeo gewann das Tennisturnier.") if m.kind == "person"
    ]
    ms = mentions(resources, "Pompeo reiste in die USA zurück.")
    assert find(ms, "Pompeo").name == "Mike Pompeo"


def test_bare_surname_years_before_any_office_is_a_namesake(resources):
    ms = mentions(resources, "Pompeo reiste in die USA zurück.", "2010-05-01")
    assert not [m for m in ms if m.kind == "person"]
    ms = mentions(resources, "Pompeo reiste in die USA zurück.", "2018-03-01")
    assert find(ms, "Pompeo").name == "Mike Pompeo"  # the nominee, weeks before taking office
