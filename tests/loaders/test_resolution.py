"""Cross-document and cross-language entity resolution."""
from __future__ import annotations

import copy

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.resolution import (KnownEntity, known_entities_from_rows, parse_curation,
                                         resolve_entities)
from healthkg.loaders.statements import (DocumentExtraction, Entity, Event, Evidence, Mention,
                                         Relation)


def make_doc(doc_id: str, entities: list[tuple[str, str]], language: str = "en",
             relations: list[tuple[str, int, int, str | None]] = ()) -> DocumentExtraction:
    """A document whose text names each (name, type) once; ids are provisional and local."""
    text, ents = "", []
    for n, (name, etype) in enumerate(entities):
        start = len(text)
        text += name + ". "
        kind = {"Person": "person", "City": "place", "Region": "place", "Country": "place"}.get(etype, "org")
        ents.append(Entity(id=f"{kind}/{doc_id}-{n}", type=etype, name=name,
                           mentions=[Mention(name, start, start + len(name))]))
    rels = [Relation(rtype, ents[s].id, ents[o].id, Evidence(text, 0, len(text)), role=role)
            for rtype, s, o, role in relations]
    return DocumentExtraction(Document(id=doc_id, source=f"{doc_id}.txt", text=text, language=language),
                              entities=ents, relations=rels)


def ids_by_name(extractions) -> dict[str, str]:
    return {m.text: e.id for x in extractions for e in x.entities for m in e.mentions}


def test_case_variants_across_documents_share_one_id():
    docs = [make_doc("a", [("JustGood Health Industry Group", "Company")]),
            make_doc("b", [("Justgood Health Industry Group", "Company")], "de")]
    report = resolve_entities(docs)
    ids = ids_by_name(docs)
    assert ids["JustGood Health Industry Group"] == ids["Justgood Health Industry Group"] \
        == "org/justgood-health-industry-group"
    assert report.merges[0].reasons == ["same name key 'justgood health industry group'"]


def test_legal_form_is_ignored():
    docs = [make_doc("a", [("JustGood Health Industry Group Co., Ltd.", "Company")]),
            make_doc("b", [("JustGood Health Industry Group", "Company")])]
    resolve_entities(docs)
    assert docs[0].entities[0].id == docs[1].entities[0].id
    assert docs[0].entities[0].name == "JustGood Health Industry Group Co., Ltd."


def test_inflected_german_forms_collapse_inside_a_document():
    doc = make_doc("a", [("Deutschen Handelskammer", "Association"), ("Deutsche Handelskammer", "Association"),
                         ("Medizinischen Universität Chongqing", "University"),
                         ("Medizinische Universität Chongqing", "University")], "de",
                   relations=[("partner_of", 0, 2, None), ("partner_of", 1, 3, None)])
    resolve_entities([doc])
    assert len(doc.entities) == 2
    assert sorted(len(e.mentions) for e in doc.entities) == [2, 2]
    # the two relations became the same relation once ids were merged: stated once
    assert len(doc.relations) == 1


def test_translated_organisation_name_across_languages():
    docs = [make_doc("de1", [("Deutsche Handelskammer", "Association")], "de"),
            make_doc("en1", [("German Chamber of Commerce", "Association")], "en"),
            make_doc("en2", [("Chongqing Medical University", "University")], "en"),
            make_doc("de2", [("Medizinische Universität Chongqing", "University")], "de")]
    report = resolve_entities(docs)
    ids = ids_by_name(docs)
    assert ids["Deutsche Handelskammer"] == ids["German Chamber of Commerce"]
    assert ids["Chongqing Medical University"] == ids["Medizinische Universität Chongqing"]
    assert ids["Deutsche Handelskammer"] != ids["Chongqing Medical University"]
    assert any("translated name" in r for m in report.merges for r in m.reasons)


@pytest.mark.parametrize("names,expected", [
    (["Kina", "China", "Chinas"], "place/china"),
    (["Tyskland", "Deutschland", "Germany"], "place/germany"),
    (["Holland", "Nederlandene", "Niederlande", "Netherlands"], "place/netherlands"),
])
def test_translated_country_names_are_one_country(names, expected):
    docs = [make_doc(f"d{i}", [(n, "Country")], "da") for i, n in enumerate(names)]
    report = resolve_entities(docs)
    assert {x.entities[0].id for x in docs} == {expected}
    assert report.merges[0].reasons[0].startswith("same ISO 3166 code")
    # every other name is kept as an alternative name
    assert set(docs[0].entities[0].alt_names) >= set(names) - {docs[0].entities[0].name}


def test_a_state_named_in_two_languages_is_one_place():
    """Regions carry their ISO 3166-2 code from the gazetteer: "Bayern" and "la Bavière" are DE-BY."""
    from healthkg.loaders.extraction import extract_document

    docs = [extract_document(Document(id="de", source="de.txt", text="Die Delegation besuchte Bayern im Mai.")),
            extract_document(Document(id="fr", source="fr.txt", text="La délégation a visité la Bavière en mai."))]
    report = resolve_entities(docs)
    regions = {m.text: e.id for x in docs for e in x.entities if e.type == "Region" for m in e.mentions}
    assert set(regions) == {"Bayern", "Bavière"} and len(set(regions.values())) == 1
    assert any("ISO 3166 code DE-BY" in r for r in report.decision_for(regions["Bayern"]).reasons)


def test_city_suffix_and_accents():
    docs = [make_doc("a", [("Ibague City", "City")]), make_doc("b", [("Ibagué", "City")]),
            make_doc("c", [("Ibague", "City")])]
    resolve_entities(docs)
    assert len({x.entities[0].id for x in docs}) == 1


def test_geonames_ids_decide_for_places():
    a = make_doc("a", [("Limburg", "Region")])
    b = make_doc("b", [("Limburg", "Region")])
    c = make_doc("c", [("Provincie Limburg", "Region")])
    a.entities[0].links = {"geonames": "2751596"}
    b.entities[0].links = {"geonames": "2878074"}
    c.entities[0].links = {"geonames": "2751596"}
    report = resolve_entities([a, b, c])
    assert a.entities[0].id == c.entities[0].id != b.entities[0].id
    assert "same GeoNames id 2751596" in report.decision_for(a.entities[0].id).reasons
    # the colliding slug is broken by a hash of the entity's own content
    assert b.entities[0].id.startswith("place/limburg")


def test_abbreviation_defined_in_the_text_and_references_rewritten():
    doc = make_doc("a", [("China Radio International", "MediaOrganization"), ("CRI", "MediaOrganization"),
                         ("Wolfgang Pommer", "Person")],
                   relations=[("role", 2, 1, "reporter")])
    doc.events.append(Event("event/a/1", "Meeting", ["org/a-0", "org/a-1", "person/a-2"],
                            Evidence(doc.document.text, 0, 10)))
    resolve_entities([doc])
    assert len(doc.entities) == 2
    org = next(e for e in doc.entities if e.type == "MediaOrganization")
    assert org.id == "org/china-radio-international" and "CRI" in org.alt_names
    assert doc.relations[0].object == org.id and doc.relations[0].subject == "person/wolfgang-pommer"
    assert doc.events[0].participants == [org.id, "person/wolfgang-pommer"]


def test_chinese_name_order_and_case():
    docs = [make_doc("a", [("Shi Jun", "Person")]), make_doc("b", [("Jun Shi", "Person")]),
            make_doc("c", [("Shi jun", "Person")])]
    resolve_entities(docs)
    assert {x.entities[0].id for x in docs} == {"person/shi-jun"}
    assert docs[2].entities[0].name == "Shi Jun"


def test_people_sharing_a_surname_stay_apart():
    docs = [make_doc("a", [("Wang", "Person"), ("Wang Lei", "Person"), ("Wang Wei", "Person")]),
            make_doc("b", [("Wang", "Person"), ("Gustavo", "Person")]),
            make_doc("c", [("Wang Wei", "Person"), ("Gustavo", "Person")])]
    resolve_entities(docs)
    ids = [{m.text: e.id for e in x.entities for m in e.mentions} for x in docs]
    assert ids[0]["Wang Lei"] != ids[0]["Wang Wei"]
    # "Wang" is ambiguous inside document a (two Wangs): it joins neither
    assert ids[0]["Wang"] not in (ids[0]["Wang Lei"], ids[0]["Wang Wei"])
    # bare names never merge across documents
    assert ids[0]["Wang"] != ids[1]["Wang"]
    assert ids[1]["Gustavo"] != ids[2]["Gustavo"]
    # a full name does
    assert ids[0]["Wang Wei"] == ids[2]["Wang Wei"]


def test_bare_surname_joins_the_only_full_name_in_its_document():
    doc = make_doc("a", [("Wolfgang Pommer", "Person"), ("Pommer", "Person")])
    report = resolve_entities([doc])
    assert len(doc.entities) == 1 and len(doc.entities[0].mentions) == 2
    assert "short name 'pommer'" in report.merges[0].reasons[0]


def test_spelling_variant_needs_shared_context_across_documents():
    with_context = [make_doc("a", [("Fan Ruiping", "Person"), ("Justgood Health Industry Group", "Company")]),
                    make_doc("b", [("Fan Ruping", "Person"), ("JustGood Health Industry Group", "Company")])]
    report = resolve_entities(with_context)
    assert with_context[0].entities[0].id == with_context[1].entities[0].id
    reason = report.decision_for(with_context[0].entities[0].id).reasons[0]
    assert reason.startswith("person name variant: 'Fan Ruiping' ~ 'Fan Ruping' (0.") and "shared context" in reason

    without = [make_doc("a", [("Fan Ruiping", "Person")]), make_doc("b", [("Fan Ruping", "Person")])]
    resolve_entities(without)
    assert without[0].entities[0].id != without[1].entities[0].id


def test_spelling_variant_inside_one_document():
    doc = make_doc("a", [("Fan Ruiping", "Person"), ("Fan Ruping", "Person")])
    resolve_entities([doc])
    assert len(doc.entities) == 1 and doc.entities[0].id == "person/fan-ruiping"


def test_organisation_with_and_without_its_parent_or_place():
    doc = make_doc("a", [("Zhongshan Hospital", "Hospital"),
                         ("Zhongshan Hospital affiliated to Fudan University", "Hospital"),
                         ("Zhongshan Hospital's Sheshan Branch", "Hospital"),
                         ("UMass", "Hospital"), ("UMass Cardiovascular Center", "Hospital"),
                         ("Life Science Park", "ResearchInstitute"),
                         ("Life Science Park i Limburg", "ResearchInstitute"), ("Limburg", "Region")])
    resolve_entities([doc])
    ids = ids_by_name([doc])
    assert ids["Zhongshan Hospital"] == ids["Zhongshan Hospital affiliated to Fudan University"]
    assert ids["Zhongshan Hospital"] != ids["Zhongshan Hospital's Sheshan Branch"]
    assert ids["UMass"] != ids["UMass Cardiovascular Center"]
    assert ids["Life Science Park"] == ids["Life Science Park i Limburg"]
    assert ids["Zhongshan Hospital"] == "org/zhongshan-hospital-affiliated-to-fudan-university"


def test_generic_names_do_not_merge_across_documents():
    docs = [make_doc("a", [("Medical Association", "Association")]),
            make_doc("b", [("Medical Association", "Association")]),
            make_doc("c", [("Chengdu Medical Association", "Association")]),
            make_doc("d", [("Chongqing Medical Association", "Association")])]
    resolve_entities(docs)
    assert len({x.entities[0].id for x in docs}) == 4


def test_ids_do_not_change_when_an_unrelated_document_is_added():
    base = [make_doc("m", [("Wang", "Person"), ("Zhongshan Hospital", "Hospital"), ("Kina", "Country"),
                           ("Limburg", "Region")], "da"),
            make_doc("n", [("China", "Country"), ("Li Qian", "Person")])]
    first = copy.deepcopy(base)
    resolve_entities(first)
    unrelated = make_doc("a", [("Wang", "Person"), ("Limburg", "Region"), ("Ronderos & Cardenas", "Company")])
    unrelated.entities[1].links = {"geonames": "2878074"}
    second = copy.deepcopy(base) + [unrelated]
    resolve_entities(second)
    assert [e.id for x in first for e in x.entities] == [e.id for x in second[:2] for e in x.entities]
    assert second[2].entities[0].id != second[0].entities[0].id


def test_known_entities_keep_their_ids():
    known = [KnownEntity("place/cn", "Country", ["China"], {"iso3166": "CN"}),
             KnownEntity("org/justgood", "Company", ["JustGood Health Industry Group"], {})]
    doc = make_doc("a", [("Kina", "Country"), ("Justgood Health Industry Group", "Company"),
                         ("Chengdu", "City")], "da")
    report = resolve_entities([doc], known=known)
    ids = ids_by_name([doc])
    assert ids["Kina"] == "place/cn" and ids["Justgood Health Industry Group"] == "org/justgood"
    assert ids["Chengdu"] == "place/chengdu"
    assert doc.entities[0].name == "China"  # the store's label is kept
    member_docs = {m.document for m in report.decision_for("place/cn").members}
    assert member_docs == {None, "a"}


def test_new_entity_colliding_with_a_known_id_gets_its_own_id():
    known = [KnownEntity("place/limburg", "Region", ["Limburg"], {"geonames": "2751596"})]
    doc = make_doc("a", [("Limburg", "Region")])
    doc.entities[0].links = {"geonames": "2878074"}
    resolve_entities([doc], known=known)
    assert doc.entities[0].id.startswith("place/limburg-")


def test_curation_forces_merges_splits_and_preferred_names():
    curation = parse_curation(
        "merges:\n"
        "  - names: [Sichuan Health Commission, Sundheds- og familieplanlægningskommission]\n"
        "    preferred: Sichuan Health and Family Planning Commission\n"
        "splits:\n"
        "  - names: [Fan Ruiping, Fan Ruping]\n"
        "preferred_names:\n"
        "  person/shi-jun: SHI Jun (CEO)\n", source="cur.yaml")
    docs = [make_doc("a", [("Sichuan Health Commission", "GovernmentBody"), ("Fan Ruiping", "Person"),
                           ("Fan Ruping", "Person"), ("Shi Jun", "Person")]),
            make_doc("b", [("Sundheds- og familieplanlægningskommission", "GovernmentBody")], "da")]
    report = resolve_entities(docs, curation=curation)
    ids = ids_by_name(docs)
    merged = ids["Sichuan Health Commission"]
    assert merged == ids["Sundheds- og familieplanlægningskommission"]
    assert merged == "org/sichuan-health-and-family-planning-commission"
    decision = report.decision_for(merged)
    assert decision.curated and decision.curation == ["cur.yaml:2"]
    assert decision.reasons == ["curation: forced merge (cur.yaml:2)"]
    assert ids["Fan Ruiping"] != ids["Fan Ruping"]
    shi = next(e for e in docs[0].entities if e.id == "person/shi-jun")
    assert shi.name == "SHI Jun (CEO)" and report.preferred == {"person/shi-jun": "cur.yaml:7"}


def test_alt_names_carry_the_language_of_their_document():
    docs = [make_doc("a", [("Kina", "Country")], "da"), make_doc("b", [("China", "Country")], "en")]
    resolve_entities(docs)
    assert docs[0].entities[0].name == "China"
    assert docs[0].entities[0].alt_names == {"Kina": "da"}


def test_report_serialises():
    docs = [make_doc("a", [("Shi Jun", "Person")]), make_doc("b", [("Jun Shi", "Person")])]
    report = resolve_entities(docs)
    data = report.to_dict()
    assert data["merges"][0]["id"] == "person/shi-jun" and data["merges"][0]["curated"] is False
    assert data["id_map"] == {"a": {"person/a-0": "person/shi-jun"}, "b": {"person/b-0": "person/shi-jun"}}
    assert report.entity_count == 1
    import json
    assert json.loads(json.dumps(data)) == data


def test_known_entities_from_store_rows():
    rows = [{"id": "https://w3id.org/healthkg/id/org/justgood", "type": "Company", "name": "Justgood"},
            {"id": "https://w3id.org/healthkg/id/org/justgood", "type": "Company",
             "name": "JustGood Health Industry Group", "label": True},
            {"id": "place/chengdu", "type": "City", "name": "Chengdu", "geonames": "1815286"}]
    known = known_entities_from_rows(rows)
    assert [(k.id, k.names) for k in known] == [
        ("org/justgood", ["JustGood Health Industry Group", "Justgood"]), ("place/chengdu", ["Chengdu"])]
    assert known[1].links == {"geonames": "1815286"}


def test_fuzzy_organisation_match_needs_same_place():
    docs = [make_doc("a", [("Chengdu High-tech Medical Association", "Association"), ("Chengdu", "City")]),
            make_doc("b", [("Chengdu hi-tech Medical Association", "Association")]),
            make_doc("c", [("Chengde High-tech Medical Association", "Association"), ("Chengde", "City")]),
            make_doc("d", [("Chengdu Xinhua Medical Association", "Association"), ("Chengdu", "City")]),
            make_doc("e", [("Chengde Xinhua Medical Association", "Association"), ("Chengde", "City")])]
    report = resolve_entities(docs)
    ids = ids_by_name(docs)
    assert ids["Chengdu High-tech Medical Association"] == ids["Chengdu hi-tech Medical Association"]
    assert ids["Chengde High-tech Medical Association"] != ids["Chengdu High-tech Medical Association"]
    assert ids["Chengde Xinhua Medical Association"] != ids["Chengdu Xinhua Medical Association"]
    reason = report.decision_for(ids["Chengdu hi-tech Medical Association"]).reasons[0]
    assert reason.startswith("spelling variant: ")


def test_two_store_entities_are_not_merged_by_rules_but_curation_can_name_ids():
    known = [KnownEntity("person/wang-lei", "Person", ["Wang Lei"]),
             KnownEntity("person/lei-wang", "Person", ["Lei Wang"])]
    doc = make_doc("a", [("Wang Lei", "Person"), ("Medical Association of Shenzhen", "Association"),
                         ("Shenzhen Medical Association", "Association")])
    resolve_entities([doc], known=known)
    assert doc.entities[0].id == "person/wang-lei"
    curation = parse_curation("merges:\n  - names: [org/medical-association-of-shenzhen, "
                              "org/shenzhen-medical-association]\n", source="c.yaml")
    doc = make_doc("a", [("Medical Association of Shenzhen", "Association"), ("X", "Person"),
                         ("Shenzhen Medical Association", "Association")])
    report = resolve_entities([doc], curation=curation)
    assert len({e.id for e in doc.entities if e.type == "Association"}) == 1
    assert report.merges[0].curation == ["c.yaml:2"]


def test_abbreviation_defined_in_parentheses():
    text = ("Chongqing Medical University (CQMU) and Chongqing University signed. "
            "CQMU will send doctors. CU agreed.")
    import re

    def spans(name):
        return [Mention(name, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    ents = [Entity(f"org/{n}", "University", name, spans(name)) for n, name in
            enumerate(["Chongqing Medical University", "CQMU", "Chongqing University", "CU"])]
    doc = DocumentExtraction(Document(id="a", source="a", text=text, language="en"), entities=ents)
    assert [len(e.mentions) for e in ents] == [1, 2, 1, 1]
    report = resolve_entities([doc])
    ids = ids_by_name([doc])
    assert ids["CQMU"] == ids["Chongqing Medical University"] != ids["Chongqing University"]
    assert ids["CU"] == ids["Chongqing University"]  # initials
    assert any("abbreviation 'CQMU'" in r for m in report.merges for r in m.reasons)


@pytest.mark.parametrize("names,etype", [
    (["City of Chengdu", "Chengdu City", "Chengdu"], "City"),
    (["Sichuan Province", "Sichuan", "Provinz Sichuan"], "Region"),
])
def test_administrative_words_around_place_names(names, etype):
    docs = [make_doc(f"d{i}", [(n, etype)]) for i, n in enumerate(names)]
    resolve_entities(docs)
    assert len({x.entities[0].id for x in docs}) == 1


def test_same_place_name_of_another_type_stays_apart():
    docs = [make_doc("a", [("Limburg", "Region")]), make_doc("b", [("Limburg", "City")])]
    resolve_entities(docs)
    assert docs[0].entities[0].id != docs[1].entities[0].id


def test_shared_abbreviation_of_two_different_bodies_does_not_merge_them():
    docs = [make_doc("a", [("Chinese Medical Association", "Association"), ("CMA", "Association")]),
            make_doc("b", [("Canadian Medical Association", "Association"), ("CMA", "Association")]),
            make_doc("c", [("CRI", "MediaOrganization")]),
            make_doc("d", [("China Radio International", "MediaOrganization"), ("CRI", "MediaOrganization")]),
            make_doc("e", [("CRI", "MediaOrganization")])]
    resolve_entities(docs)
    ids = [ids_by_name([x]) for x in docs]
    assert ids[0]["CMA"] == ids[0]["Chinese Medical Association"]
    assert ids[1]["CMA"] == ids[1]["Canadian Medical Association"] != ids[0]["CMA"]
    assert ids[2]["CRI"] == ids[3]["China Radio International"] == ids[4]["CRI"]


def test_generic_mention_does_not_join_two_bodies_in_one_document():
    doc = make_doc("a", [("Zhongshan Hospital", "Hospital"), ("Ruijin Hospital", "Hospital")])
    for entity in doc.entities:  # a recognizer that attached "the hospital" to both
        entity.mentions.append(Mention("the hospital", 0, 12))
    resolve_entities([doc])
    assert len(doc.entities) == 2


def test_degenerate_input():
    assert resolve_entities([]).entity_count == 0
    doc = make_doc("a", [("Wang Lei", "Person")])
    doc.entities.append(Entity("person/x", "Person", "", []))
    doc.entities.append(Entity("org/y", "NotAType", "  ", []))
    report = resolve_entities([doc])
    assert report.entity_count == 3 and len({e.id for e in doc.entities}) == 3


def test_a_province_and_its_capital_named_in_one_document_stay_apart():
    doc = make_doc("a", [("Provincie Groningen", "Region"), ("Groningen", "City")], "nl")
    resolve_entities([doc])
    assert len({e.id for e in doc.entities}) == 2


def test_a_region_word_still_joins_the_region_across_documents():
    docs = [make_doc("a", [("Hubei Province", "Region")]), make_doc("b", [("Hubei", "Region")])]
    resolve_entities(docs)
    assert docs[0].entities[0].id == docs[1].entities[0].id


def test_company_with_a_country_or_continent_after_its_name_is_a_subsidiary():
    docs = [make_doc("a", [("Tarvo Medical", "Company")]),
            make_doc("b", [("Tarvo Medical Europe GmbH", "Company")], language="de"),
            make_doc("c", [("Tarvo Medical Deutschland", "Company")], language="de")]
    resolve_entities(docs)
    ids = ids_by_name(docs)
    assert ids["Tarvo Medical"] != ids["Tarvo Medical Europe GmbH"]
    assert ids["Tarvo Medical"] != ids["Tarvo Medical Deutschland"]
    # a company with its city after the name is the same company
    docs = [make_doc("a", [("Tarvo Medical", "Company")]),
            make_doc("b", [("Tarvo Medical Shanghai", "Company"), ("Shanghai", "City")])]
    resolve_entities(docs)
    ids = ids_by_name(docs)
    assert ids["Tarvo Medical"] == ids["Tarvo Medical Shanghai"]
