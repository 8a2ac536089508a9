"""RDF emission: a hand-built extraction against a hand-written graph, shapes, round trips."""
from __future__ import annotations

import logging

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDFS, SDO, SKOS, XSD

from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.rdf import bind_prefixes, document_graph, entities_graph, extractions_to_dataset
from healthkg.loaders.statements import (
    Amount,
    DocumentExtraction,
    Entity,
    Event,
    Evidence,
    Mention,
    Relation,
)
from healthkg.ontology.namespace import GRAPH, HKG, ID
from healthkg.ontology.validation import report_messages, validate_graph

TEXT = (
    "Der CEO der Justgood Health Industry Group, Shi Jun, besuchte Chengdu. "
    "JustGood Health Industry Group signed an agreement with Life Science Park Limburg "
    "worth USD 10 million on 28 September 2022."
)
S1 = Evidence(TEXT[0:70], 0, 70)
S2 = Evidence(TEXT[71:195], 71, 195)


def make_extraction(doc_id: str = "doc-1") -> DocumentExtraction:
    document = Document(
        id=doc_id, source="corpus/doc-1.txt", text=TEXT, title="JustGood in Limburg",
        published="2022-11-03", language="de",
        sentences=[Sentence(0, 70, S1.text, "de"), Sentence(71, 195, S2.text, "en")],
    )
    shi_jun = Entity("person/shi-jun", "Person", "Shi Jun", mentions=[Mention("Shi Jun", 44, 51)])
    justgood = Entity(
        "org/justgood", "Company", "JustGood Health Industry Group",
        mentions=[Mention("Justgood Health Industry Group", 12, 42),
                  Mention("JustGood Health Industry Group", 71, 101)],
        alt_names={"JustGood Health Industry Group Co., Ltd.": None},
    )
    park = Entity("org/life-science-park-limburg", "ResearchInstitute", "Life Science Park Limburg",
                  mentions=[Mention("Life Science Park Limburg", 127, 152)])
    chengdu = Entity("place/chengdu", "City", "Chengdu", mentions=[Mention("Chengdu", 62, 69)],
                     links={"geonames": "1815286", "lat": 30.66667, "lon": 104.06667, "iso3166": "CN"})
    relations = [
        Relation("role", "person/shi-jun", "org/justgood", S1, role="CEO"),
        Relation("located_in", "org/justgood", "place/chengdu", S1),
        Relation("agreement", "org/justgood", "org/life-science-park-limburg", S2),
    ]
    events = [Event(f"event/{doc_id}/1", "Agreement", ["org/justgood", "org/life-science-park-limburg"],
                    S2, date="2022-09-28", amount=Amount(10000000, "USD"))]
    return DocumentExtraction(document, [shi_jun, justgood, park, chengdu], relations, events)


EXPECTED_TRIG = """
@prefix hkg: <https://w3id.org/healthkg/ontology#> .
@prefix id: <https://w3id.org/healthkg/id/> .
@prefix graph: <https://w3id.org/healthkg/graph/> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

graph:doc-1 {
    <https://w3id.org/healthkg/id/doc/doc-1> a schema:NewsArticle, prov:Entity ;
        schema:identifier "doc-1" ;
        schema:headline "JustGood in Limburg" ;
        schema:datePublished "2022-11-03"^^xsd:date ;
        schema:inLanguage "de" ;
        hkg:sourcePath "corpus/doc-1.txt" .

    <https://w3id.org/healthkg/id/person/shi-jun> a schema:Person, prov:Entity ;
        hkg:entityType "Person" ; rdfs:label "Shi Jun" .
    <https://w3id.org/healthkg/id/org/justgood> a schema:Corporation, org:Organization, prov:Entity ;
        hkg:entityType "Company" ; rdfs:label "JustGood Health Industry Group" ;
        skos:altLabel "Justgood Health Industry Group"@de, "JustGood Health Industry Group Co., Ltd." ;
        hkg:locatedIn <https://w3id.org/healthkg/id/place/chengdu> ;
        hkg:agreementWith <https://w3id.org/healthkg/id/org/life-science-park-limburg> .
    <https://w3id.org/healthkg/id/org/life-science-park-limburg> a schema:ResearchOrganization, org:Organization, prov:Entity ;
        hkg:entityType "ResearchInstitute" ; rdfs:label "Life Science Park Limburg" ;
        hkg:agreementWith <https://w3id.org/healthkg/id/org/justgood> .
    <https://w3id.org/healthkg/id/place/chengdu> a schema:City, prov:Entity ;
        hkg:entityType "City" ; rdfs:label "Chengdu" .
    <https://w3id.org/healthkg/id/person/shi-jun> hkg:hasRole <https://w3id.org/healthkg/id/org/justgood> .

    <https://w3id.org/healthkg/id/doc/doc-1/mention/44-51> a hkg:Mention ;
        hkg:mentionOf <https://w3id.org/healthkg/id/person/shi-jun> ; hkg:mentionText "Shi Jun" ;
        hkg:startOffset 44 ; hkg:endOffset 51 ; hkg:document <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/doc/doc-1/mention/12-42> a hkg:Mention ;
        hkg:mentionOf <https://w3id.org/healthkg/id/org/justgood> ; hkg:mentionText "Justgood Health Industry Group" ;
        hkg:startOffset 12 ; hkg:endOffset 42 ; hkg:document <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/doc/doc-1/mention/71-101> a hkg:Mention ;
        hkg:mentionOf <https://w3id.org/healthkg/id/org/justgood> ; hkg:mentionText "JustGood Health Industry Group" ;
        hkg:startOffset 71 ; hkg:endOffset 101 ; hkg:document <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/doc/doc-1/mention/127-152> a hkg:Mention ;
        hkg:mentionOf <https://w3id.org/healthkg/id/org/life-science-park-limburg> ; hkg:mentionText "Life Science Park Limburg" ;
        hkg:startOffset 127 ; hkg:endOffset 152 ; hkg:document <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/doc/doc-1/mention/62-69> a hkg:Mention ;
        hkg:mentionOf <https://w3id.org/healthkg/id/place/chengdu> ; hkg:mentionText "Chengdu" ;
        hkg:startOffset 62 ; hkg:endOffset 69 ; hkg:document <https://w3id.org/healthkg/id/doc/doc-1> .

    <https://w3id.org/healthkg/id/doc/doc-1/evidence/0-70> a hkg:Evidence, prov:Entity ;
        hkg:evidenceText "Der CEO der Justgood Health Industry Group, Shi Jun, besuchte Chengdu." ;
        hkg:startOffset 0 ; hkg:endOffset 70 ; hkg:sentenceLanguage "de" ;
        hkg:document <https://w3id.org/healthkg/id/doc/doc-1> ;
        prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/doc/doc-1/evidence/71-195> a hkg:Evidence, prov:Entity ;
        hkg:evidenceText "JustGood Health Industry Group signed an agreement with Life Science Park Limburg worth USD 10 million on 28 September 2022." ;
        hkg:startOffset 71 ; hkg:endOffset 195 ; hkg:sentenceLanguage "en" ;
        hkg:document <https://w3id.org/healthkg/id/doc/doc-1> ;
        prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/doc-1> .

    <https://w3id.org/healthkg/id/doc/doc-1/statement/747900b37fbc508d> a hkg:RelationStatement, rdf:Statement ;
        rdf:subject <https://w3id.org/healthkg/id/person/shi-jun> ; rdf:predicate hkg:hasRole ;
        rdf:object <https://w3id.org/healthkg/id/org/justgood> ; hkg:relationType "role" ; hkg:roleTitle "CEO" ;
        hkg:evidence <https://w3id.org/healthkg/id/doc/doc-1/evidence/0-70> ;
        prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/doc/doc-1/membership/747900b37fbc508d> a org:Membership ;
        org:member <https://w3id.org/healthkg/id/person/shi-jun> ;
        org:organization <https://w3id.org/healthkg/id/org/justgood> ;
        org:role <https://w3id.org/healthkg/id/role/ceo> ;
        hkg:roleTitle "CEO"@de ;
        hkg:evidence <https://w3id.org/healthkg/id/doc/doc-1/evidence/0-70> .
    <https://w3id.org/healthkg/id/role/ceo> a org:Role ; rdfs:label "CEO" .
    <https://w3id.org/healthkg/id/doc/doc-1/statement/5d3a37ddcd33e09a> a hkg:RelationStatement, rdf:Statement ;
        rdf:subject <https://w3id.org/healthkg/id/org/justgood> ; rdf:predicate hkg:locatedIn ;
        rdf:object <https://w3id.org/healthkg/id/place/chengdu> ; hkg:relationType "located_in" ;
        hkg:evidence <https://w3id.org/healthkg/id/doc/doc-1/evidence/0-70> ;
        prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/doc/doc-1/statement/ad0b823cf6b8db35> a hkg:RelationStatement, rdf:Statement ;
        rdf:subject <https://w3id.org/healthkg/id/org/justgood> ; rdf:predicate hkg:agreementWith ;
        rdf:object <https://w3id.org/healthkg/id/org/life-science-park-limburg> ; hkg:relationType "agreement" ;
        hkg:evidence <https://w3id.org/healthkg/id/doc/doc-1/evidence/71-195> ;
        prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/doc-1> .

    <https://w3id.org/healthkg/id/event/doc-1/1> a hkg:Agreement, hkg:CooperationEvent ;
        hkg:participant <https://w3id.org/healthkg/id/org/justgood>, <https://w3id.org/healthkg/id/org/life-science-park-limburg> ;
        schema:startDate "2022-09-28"^^xsd:date ;
        hkg:amount <https://w3id.org/healthkg/id/event/doc-1/1/amount> ;
        hkg:evidence <https://w3id.org/healthkg/id/doc/doc-1/evidence/71-195> ;
        hkg:document <https://w3id.org/healthkg/id/doc/doc-1> ;
        prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/doc-1> .
    <https://w3id.org/healthkg/id/event/doc-1/1/amount> a schema:MonetaryAmount ;
        schema:value 10000000.0 ; schema:currency "USD" .
}

graph:entities {
    <https://w3id.org/healthkg/id/person/shi-jun> skos:prefLabel "Shi Jun" .
    <https://w3id.org/healthkg/id/org/justgood> skos:prefLabel "JustGood Health Industry Group" .
    <https://w3id.org/healthkg/id/org/life-science-park-limburg> skos:prefLabel "Life Science Park Limburg" .
    <https://w3id.org/healthkg/id/place/chengdu> skos:prefLabel "Chengdu" ;
        owl:sameAs <https://sws.geonames.org/1815286/> ; hkg:geonamesId "1815286" ;
        schema:latitude 30.66667 ; schema:longitude 104.06667 ; hkg:countryCode "CN" .
}
"""


@pytest.fixture
def extraction() -> DocumentExtraction:
    return make_extraction()


@pytest.fixture
def expected() -> Dataset:
    dataset = Dataset()
    dataset.parse(data=EXPECTED_TRIG, format="trig")
    return dataset


def _explain(actual: Graph, wanted: Graph) -> str:
    _, only_actual, only_wanted = graph_diff(to_isomorphic(actual), to_isomorphic(wanted))
    return ("only emitted:\n" + "\n".join(sorted(str(t) for t in only_actual))
            + "\nonly expected:\n" + "\n".join(sorted(str(t) for t in only_wanted)))


def test_document_graph_matches_hand_written_graph(extraction, expected):
    graph = document_graph(extraction)
    assert graph.identifier == GRAPH["doc-1"]
    wanted = expected.graph(GRAPH["doc-1"])
    assert isomorphic(graph, wanted), _explain(graph, wanted)


def test_entities_graph_matches_hand_written_graph(extraction, expected):
    graph = entities_graph([extraction])
    assert graph.identifier == GRAPH["entities"]
    wanted = expected.graph(GRAPH["entities"])
    assert isomorphic(graph, wanted), _explain(graph, wanted)


def test_emitted_dataset_conforms_to_shapes(extraction):
    dataset = extractions_to_dataset([extraction, make_extraction("doc-2")])
    conforms, report, text = validate_graph(dataset)
    assert conforms, "\n".join(report_messages(report))


def test_dataset_has_one_graph_per_document_and_the_entities_graph(extraction):
    dataset = extractions_to_dataset([extraction, make_extraction("doc-2")])
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {GRAPH["doc-1"], GRAPH["doc-2"], GRAPH["entities"]}
    # the default graph is the union: an entity named in both documents appears once
    assert (ID["org/justgood"], RDFS.label, Literal("JustGood Health Industry Group")) in dataset
    assert len(set(dataset.subjects(HKG.entityType, None))) == 4


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_round_trip_is_isomorphic(extraction, fmt):
    dataset = extractions_to_dataset([extraction])
    text = dataset.serialize(format=fmt)
    again = Dataset()
    again.parse(data=text, format=fmt)
    for name in (GRAPH["doc-1"], GRAPH["entities"]):
        assert isomorphic(dataset.graph(name), again.graph(name)), name
    assert len(again) == len(dataset) > 100


def test_emission_is_deterministic(extraction):
    first = extractions_to_dataset([make_extraction("doc-2"), extraction]).serialize(format="trig")
    second = extractions_to_dataset([make_extraction("doc-2"), make_extraction()]).serialize(format="trig")
    assert first == second


def test_literals_are_typed(extraction):
    graph = document_graph(extraction)
    amount = ID["event/doc-1/1/amount"]
    assert graph.value(amount, SDO.value).datatype == XSD.decimal
    assert graph.value(ID["event/doc-1/1"], SDO.startDate).datatype == XSD.date
    assert graph.value(ID["doc/doc-1/mention/44-51"], HKG.startOffset).datatype == XSD.integer


def test_bad_dates_and_amounts_are_left_out_not_emitted_wrong(extraction, caplog):
    extraction.document.published = "3 November 2022"
    extraction.events[0].date = "2022-02-30"
    extraction.events[0].amount = Amount("lots", "USD")
    with caplog.at_level(logging.WARNING, logger="healthkg.loaders.rdf"):
        graph = document_graph(extraction)
    assert graph.value(ID["doc/doc-1"], SDO.datePublished) is None
    assert graph.value(ID["event/doc-1/1"], SDO.startDate) is None
    assert graph.value(ID["event/doc-1/1"], HKG.amount) is None
    assert "not an ISO date" in caplog.text and "not a number" in caplog.text


def test_unknown_relation_and_event_types_are_skipped(extraction, caplog):
    extraction.relations.append(Relation("founded", "person/shi-jun", "org/justgood", S1))
    extraction.events.append(Event("event/doc-1/2", "Party", ["org/justgood"], S2))
    with caplog.at_level(logging.WARNING, logger="healthkg.loaders.rdf"):
        graph = document_graph(extraction)
    assert "founded" in caplog.text and "Party" in caplog.text
    assert (None, HKG.relationType, Literal("founded")) not in graph
    assert (ID["event/doc-1/2"], None, None) not in graph


def test_unknown_entity_type_is_an_error_naming_document_and_entity(extraction):
    extraction.entities[0].type = "Wizard"
    with pytest.raises(ExtractionError, match=r"doc-1: entity 'person/shi-jun' has type 'Wizard'"):
        document_graph(extraction)


def test_weird_ids_give_safe_iris_that_conform(extraction):
    weird = 'org/成都 "Hospital" <1>'
    extraction.entities.append(Entity(weird, "Hospital", '成都 "Hospital"', mentions=[Mention("成都", 0, 2)]))
    extraction.relations.append(Relation("located_in", weird, "place/chengdu", S1))
    dataset = extractions_to_dataset([extraction])
    text = dataset.serialize(format="nquads")
    again = Dataset()
    again.parse(data=text, format="nquads")
    assert len(again) == len(dataset)
    for iri in {s for s in dataset.subjects() if isinstance(s, URIRef)}:
        assert not any(c in str(iri) for c in ' <>"{}|\\^`'), iri
        assert str(iri).isascii()
    conforms, report, _ = validate_graph(dataset)
    assert conforms, "\n".join(report_messages(report))


def test_mention_and_alt_name_languages(extraction):
    extraction.entities[1].alt_names["贾斯特古德"] = "zh"
    graph = document_graph(extraction)
    labels = set(graph.objects(ID["org/justgood"], SKOS.altLabel))
    assert Literal("贾斯特古德", lang="zh") in labels
    assert Literal("Justgood Health Industry Group", lang="de") in labels
    # the name itself is the rdfs:label, never also an altLabel
    assert not any(str(label) == "JustGood Health Industry Group" for label in labels)


def test_preferred_label_is_the_name_most_documents_use():
    first, second, third = make_extraction("a"), make_extraction("b"), make_extraction("c")
    third.entities[1].name = "JustGood Health Industry Group Co., Ltd."
    graph = entities_graph([first, second, third])
    assert list(graph.objects(ID["org/justgood"], SKOS.prefLabel)) == [Literal("JustGood Health Industry Group")]


def test_bind_prefixes_returns_its_argument():
    dataset = Dataset()
    assert bind_prefixes(dataset) is dataset
    assert dict(dataset.namespaces())["schema"] == URIRef("https://schema.org/")
    assert dict(dataset.namespaces())["hkg"] == URIRef(str(HKG._NS))


def test_role_without_title_gives_a_statement_but_no_membership(extraction):
    extraction.relations[0].role = None
    graph = document_graph(extraction)
    statements = list(graph.subjects(HKG.relationType, Literal("role")))
    assert len(statements) == 1 and graph.value(statements[0], HKG.roleTitle) is None
    assert not list(graph.subjects(URIRef("http://www.w3.org/ns/org#member"), None))
    assert validate_graph(graph)[0]


def test_visit_is_one_way_and_partner_of_both_ways(extraction):
    extraction.relations += [Relation("visit", "person/shi-jun", "place/chengdu", S1),
                             Relation("partner_of", "org/justgood", "place/chengdu", S2)]
    graph = document_graph(extraction)
    shi_jun, chengdu, justgood = ID["person/shi-jun"], ID["place/chengdu"], ID["org/justgood"]
    assert (shi_jun, HKG.visited, chengdu) in graph and (chengdu, HKG.visited, shi_jun) not in graph
    assert (justgood, HKG.partnerOf, chengdu) in graph and (chengdu, HKG.partnerOf, justgood) in graph


def test_evidence_language_falls_back_to_the_document_language(extraction):
    extraction.document.sentences = []
    graph = document_graph(extraction)
    assert graph.value(ID["doc/doc-1/evidence/71-195"], HKG.sentenceLanguage) == Literal("de")


def test_a_span_claimed_by_two_entities_is_kept_for_the_first(extraction, caplog):
    extraction.entities.append(Entity("place/shi", "City", "Shi", mentions=[Mention("Shi Jun", 44, 51)]))
    with caplog.at_level(logging.WARNING, logger="healthkg.loaders.rdf"):
        graph = document_graph(extraction)
    assert list(graph.objects(ID["doc/doc-1/mention/44-51"], HKG.mentionOf)) == [ID["person/shi-jun"]]
    assert "claimed by" in caplog.text


def test_one_entity_typed_differently_in_two_documents_is_reported():
    """Resolution must give one id one type: the union would hold two hkg:entityType values."""
    first, second = make_extraction("a"), make_extraction("b")
    second.entities[2].type = "Company"
    conforms, report, _ = validate_graph(extractions_to_dataset([first, second]))
    assert not conforms
    assert "org/life-science-park-limburg> | <https://w3id.org/healthkg/ontology#entityType>" in "\n".join(
        report_messages(report))


def test_merge_decisions_explain_resolution_and_conform(extraction):
    from rdflib.namespace import DCTERMS

    from healthkg.loaders.rdf import merge_decisions_graph
    from healthkg.loaders.resolution.resolve import MergeDecision, MergedMember, ResolutionReport

    members = [MergedMember("a", "org/justgood-1", "JustGood"), MergedMember("b", "org/justgood-2", "Justgood")]
    report = ResolutionReport(merges=[
        MergeDecision("org/justgood", "JustGood Health Industry Group", "Company", members,
                      reasons=["same name after folding case"], curation=["curation.yaml:4"]),
        MergeDecision("place/chengdu", "Chengdu", "City", members, reasons=[], curation=[]),
    ])
    dataset = extractions_to_dataset([extraction])
    dataset.graph(GRAPH["entities"]).__iadd__(merge_decisions_graph(report))
    decision = dataset.value(ID["org/justgood"], HKG.mergedBy)
    assert decision == ID["merge/org/justgood"]
    assert dataset.value(decision, HKG.mergeReason) == Literal("same name after folding case")
    assert dataset.value(decision, DCTERMS.source) == Literal("curation.yaml:4")
    assert dataset.value(ID["merge/place/chengdu"], HKG.mergeReason) == Literal("resolved as one entity")
    conforms, report_graph, _ = validate_graph(dataset)
    assert conforms, "\n".join(report_messages(report_graph))
    dataset.remove((decision, HKG.mergeReason, None))
    conforms, report_graph, _ = validate_graph(dataset)
    assert not conforms and "hkg:mergeReason" in "\n".join(report_messages(report_graph))


def test_an_inferred_event_date_is_marked_and_conforms(extraction):
    inferred = Event("event/doc-1/9", "Meeting", ["org/justgood"], S1, date="2022-11-03", date_inferred=True)
    extraction.events.append(inferred)
    try:
        graph = document_graph(extraction)
        node = ID["event/doc-1/9"]
        assert (node, HKG.dateInferred, Literal(True)) in graph
        assert (ID["event/doc-1/1"], HKG.dateInferred, None) not in graph  # a date the text states
        conforms, report, _text = validate_graph(extractions_to_dataset([extraction]))
        assert conforms, "\n".join(report_messages(report))
    finally:
        extraction.events.remove(inferred)


def test_shapes_reject_a_date_mark_that_is_no_boolean(extraction):
    dataset = extractions_to_dataset([extraction])
    dataset.graph(GRAPH["doc-1"]).add((ID["event/doc-1/1"], HKG.dateInferred, Literal("yes")))
    conforms, report, _text = validate_graph(dataset)
    assert not conforms
    assert any("dateInferred" in message for message in report_messages(report))
