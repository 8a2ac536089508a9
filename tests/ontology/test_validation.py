"""SHACL validation: a hand-written valid graph conforms, each kind of breakage is reported."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV, RDF, SDO

from healthkg.errors import HealthKGError
from healthkg.ontology.namespace import GRAPH, HKG, ID
from healthkg.ontology.validation import load_shapes, report_messages, validate_graph
from healthkg.ontology.vocabulary import ENTITY_TYPE_CLASSES, entity_classes

PREFIXES = """
@prefix hkg: <https://w3id.org/healthkg/ontology#> .
@prefix id: <https://w3id.org/healthkg/id/> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

VALID = PREFIXES + """
<https://w3id.org/healthkg/id/doc/d> a schema:NewsArticle, prov:Entity ;
    schema:identifier "d" ; schema:headline "A headline" ;
    schema:datePublished "2022-11-03"^^xsd:date ; schema:inLanguage "da" .

<https://w3id.org/healthkg/id/person/p> a schema:Person, prov:Entity ;
    hkg:entityType "Person" ; rdfs:label "Huang Keli" ;
    hkg:hasRole <https://w3id.org/healthkg/id/org/h> .
<https://w3id.org/healthkg/id/org/h> a schema:Hospital, org:Organization, prov:Entity ;
    hkg:entityType "Hospital" ; rdfs:label "Provincial Hospital" ; skos:altLabel "Provinshospitalet"@da ;
    hkg:locatedIn <https://w3id.org/healthkg/id/place/c> .
<https://w3id.org/healthkg/id/place/c> a schema:City, prov:Entity ;
    hkg:entityType "City" ; rdfs:label "Chengdu" ; skos:prefLabel "Chengdu" ;
    owl:sameAs <https://sws.geonames.org/1815286/> ; hkg:geonamesId "1815286" ;
    schema:latitude 30.66667 ; schema:longitude 104.06667 ; hkg:countryCode "CN" .

<https://w3id.org/healthkg/id/doc/d/mention/0-10> a hkg:Mention ;
    hkg:mentionOf <https://w3id.org/healthkg/id/person/p> ; hkg:mentionText "Huang Keli" ;
    hkg:startOffset 0 ; hkg:endOffset 10 ; hkg:document <https://w3id.org/healthkg/id/doc/d> .

<https://w3id.org/healthkg/id/doc/d/evidence/0-80> a hkg:Evidence, prov:Entity ;
    hkg:evidenceText "Huang Keli, director of the Provincial Hospital in Chengdu, signed an agreement." ;
    hkg:startOffset 0 ; hkg:endOffset 80 ; hkg:sentenceLanguage "en" ;
    hkg:document <https://w3id.org/healthkg/id/doc/d> ;
    prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/d> .

<https://w3id.org/healthkg/id/doc/d/statement/s1> a hkg:RelationStatement, rdf:Statement ;
    rdf:subject <https://w3id.org/healthkg/id/person/p> ; rdf:predicate hkg:hasRole ;
    rdf:object <https://w3id.org/healthkg/id/org/h> ; hkg:relationType "role" ; hkg:roleTitle "director" ;
    hkg:evidence <https://w3id.org/healthkg/id/doc/d/evidence/0-80> ;
    prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/d> .
<https://w3id.org/healthkg/id/doc/d/membership/s1> a org:Membership ;
    org:member <https://w3id.org/healthkg/id/person/p> ;
    org:organization <https://w3id.org/healthkg/id/org/h> ;
    org:role <https://w3id.org/healthkg/id/role/director> ;
    hkg:roleTitle "director"@en ;
    hkg:evidence <https://w3id.org/healthkg/id/doc/d/evidence/0-80> .
<https://w3id.org/healthkg/id/role/director> a org:Role ; rdfs:label "director" .

<https://w3id.org/healthkg/id/event/d/1> a hkg:Agreement, hkg:CooperationEvent ;
    hkg:participant <https://w3id.org/healthkg/id/org/h> ;
    schema:startDate "2022-09-28"^^xsd:date ;
    hkg:amount <https://w3id.org/healthkg/id/event/d/1/amount> ;
    hkg:evidence <https://w3id.org/healthkg/id/doc/d/evidence/0-80> ;
    hkg:document <https://w3id.org/healthkg/id/doc/d> ;
    prov:wasDerivedFrom <https://w3id.org/healthkg/id/doc/d> .
<https://w3id.org/healthkg/id/event/d/1/amount> a schema:MonetaryAmount ;
    schema:value 10000000.0 ; schema:currency "USD" .
"""

DOC = ID["doc/d"]
PERSON, HOSPITAL, CITY = ID["person/p"], ID["org/h"], ID["place/c"]
MENTION, EVIDENCE = ID["doc/d/mention/0-10"], ID["doc/d/evidence/0-80"]
STATEMENT, MEMBERSHIP = ID["doc/d/statement/s1"], ID["doc/d/membership/s1"]
EVENT, AMOUNT = ID["event/d/1"], ID["event/d/1/amount"]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture
def valid() -> Graph:
    graph = Graph()
    graph.parse(data=VALID, format="turtle")
    return graph


def _messages(graph, shapes) -> str:
    conforms, report, _ = validate_graph(graph, shapes=shapes)
    assert not conforms
    return "\n".join(report_messages(report))


def test_valid_graph_conforms(valid, shapes):
    conforms, report, text = validate_graph(valid, shapes=shapes)
    assert conforms, text


def test_default_shapes_are_the_package_shapes(valid):
    valid.remove((STATEMENT, HKG.evidence, None))
    assert validate_graph(valid)[0] is False


def _set(graph, s, p, o):
    graph.set((s, p, o))


def _remove(graph, s, p):
    graph.remove((s, p, None))


BREAKAGES = {
    "statement without evidence": (lambda g: _remove(g, STATEMENT, HKG.evidence), "hkg:evidence"),
    "event without evidence": (lambda g: _remove(g, EVENT, HKG.evidence), "an event needs hkg:evidence"),
    "membership without evidence": (lambda g: _remove(g, MEMBERSHIP, HKG.evidence), "a membership needs hkg:evidence"),
    "lower-case currency": (lambda g: _set(g, AMOUNT, SDO.currency, Literal("usd")), "ISO 4217"),
    "four-letter currency": (lambda g: _set(g, AMOUNT, SDO.currency, Literal("USDX")), "ISO 4217"),
    "amount as a string": (lambda g: _set(g, AMOUNT, SDO.value, Literal("10 million")), "xsd:decimal"),
    "entity without entityType": (lambda g: _remove(g, HOSPITAL, HKG.entityType), "exactly one hkg:entityType"),
    "entity type outside the contract": (lambda g: _set(g, HOSPITAL, HKG.entityType, Literal("Clinic")),
                                         "exactly one hkg:entityType"),
    "two entity types": (lambda g: g.add((HOSPITAL, HKG.entityType, Literal("University"))),
                         "exactly one hkg:entityType"),
    "entity without label": (lambda g: _remove(g, PERSON, RDFS_LABEL), "at least one rdfs:label"),
    "class disagrees with entity type": (lambda g: g.remove((HOSPITAL, RDF.type, SDO.Hospital)),
                                         "rdf:type classes do not match its hkg:entityType"),
    "mention end before start": (lambda g: _set(g, MENTION, HKG.endOffset, Literal(0)), "below its end offset"),
    "evidence end before start": (lambda g: (_set(g, EVIDENCE, HKG.startOffset, Literal(90))),
                                  "below its end offset"),
    "offset as a string": (lambda g: _set(g, MENTION, HKG.startOffset, Literal("0")), "xsd:integer"),
    "evidence without text": (lambda g: _remove(g, EVIDENCE, HKG.evidenceText), "hkg:evidenceText"),
    "evidence without document": (lambda g: _remove(g, EVIDENCE, HKG.document), "hkg:document"),
    "event without participant": (lambda g: _remove(g, EVENT, HKG.participant), "hkg:participant"),
    "event date not a date": (lambda g: _set(g, EVENT, SDO.startDate, Literal("28 September 2022")), "xsd:date"),
    "relation type outside the list": (lambda g: _set(g, STATEMENT, HKG.relationType, Literal("founded")),
                                       "hkg:relationType"),
    "relation type disagrees with predicate": (lambda g: _set(g, STATEMENT, RDF.predicate, HKG.locatedIn),
                                               "rdf:predicate does not match its hkg:relationType"),
    "direct triple missing": (lambda g: g.remove((PERSON, HKG.hasRole, HOSPITAL)), "of this relation statement is missing"),
    "membership member not a person": (lambda g: _set(g, MEMBERSHIP, ORG.member, HOSPITAL), "schema:Person"),
    "membership without title": (lambda g: _remove(g, MEMBERSHIP, HKG.roleTitle), "hkg:roleTitle"),
    "document without identifier": (lambda g: _remove(g, DOC, SDO.identifier), "schema:identifier"),
    "document date not a date": (lambda g: _set(g, DOC, SDO.datePublished, Literal("2022-11-03")), "xsd:date"),
    "sameAs not GeoNames": (lambda g: _set(g, CITY, OWL_SAMEAS, URIRef("http://www.geonames.org/1815286")),
                            "GeoNames feature IRI"),
    "geonamesId disagrees with sameAs": (lambda g: _set(g, CITY, HKG.geonamesId, Literal("1815285")),
                                         "no matching owl:sameAs"),
    "latitude out of range": (lambda g: _set(g, CITY, SDO.latitude, Literal("130.5", datatype=XSD_DECIMAL)),
                              "<https://schema.org/latitude> | Value is not <="),
    "bad country code": (lambda g: _set(g, CITY, HKG.countryCode, Literal("China")), "ISO 3166"),
}
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
OWL_SAMEAS = URIRef("http://www.w3.org/2002/07/owl#sameAs")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_broken_graph_does_not_conform_and_report_names_the_problem(name, valid, shapes):
    breakage, expected_text = BREAKAGES[name]
    breakage(valid)
    messages = _messages(valid, shapes)
    assert expected_text in messages, messages


@pytest.mark.parametrize("entity_type", sorted(ENTITY_TYPE_CLASSES))
def test_every_contract_type_requires_its_classes(entity_type, shapes):
    node = ID["x/entity"]
    graph = Graph()
    for cls in entity_classes(entity_type):
        graph.add((node, RDF.type, cls))
    graph.add((node, HKG.entityType, Literal(entity_type)))
    graph.add((node, RDFS_LABEL, Literal("X")))
    assert validate_graph(graph, shapes=shapes)[0], entity_type
    main_class = ENTITY_TYPE_CLASSES[entity_type][0]
    graph.remove((node, RDF.type, main_class))
    graph.add((node, RDF.type, PROV.Entity))
    messages = _messages(graph, shapes)
    assert "rdf:type classes do not match its hkg:entityType" in messages, messages


def test_validation_does_not_mutate_the_data(valid, shapes):
    valid.remove((EVENT, HKG.evidence, None))
    before = Graph()
    for triple in valid:
        before.add(triple)
    prefixes = sorted(valid.namespaces())
    validate_graph(valid, shapes=shapes)
    assert len(valid) == len(before) and isomorphic(valid, before)
    assert sorted(valid.namespaces()) == prefixes


def test_shapes_with_rules_do_not_write_into_the_data(valid):
    with_rule = load_shapes()
    with_rule.parse(data=PREFIXES + """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:rule-shape> a sh:NodeShape ; sh:targetClass schema:City ;
            sh:rule [ a sh:TripleRule ; sh:subject sh:this ; sh:predicate rdfs:comment ; sh:object "inferred" ] .
        """, format="turtle")
    size = len(valid)
    assert validate_graph(valid, shapes=with_rule)[0]
    assert len(valid) == size


def test_dataset_is_validated_as_union_of_its_graphs(valid, shapes):
    """The place's GeoNames facts live in graph:entities, its mentions in the document graph."""
    dataset = Dataset()
    doc_graph = dataset.graph(GRAPH["d"])
    entities = dataset.graph(GRAPH["entities"])
    for s, p, o in valid:
        (entities if p in (OWL_SAMEAS, HKG.geonamesId) else doc_graph).add((s, p, o))
    size = len(list(dataset.quads()))
    conforms, report, text = validate_graph(dataset, shapes=shapes)
    assert conforms, text
    assert len(list(dataset.quads())) == size
    assert dataset.default_union is False  # untouched

    # a fault split across graphs is still found: the geonamesId disagrees with sameAs
    entities.set((CITY, HKG.geonamesId, Literal("42")))
    assert not validate_graph(dataset, shapes=shapes)[0]


def test_unusable_shapes_raise_a_domain_error(valid):
    bad = Graph()
    bad.parse(data=PREFIXES + """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass schema:Person ;
            sh:sparql [ sh:select "SELECT $this WHERE { VALUES ?x { 1 } }" ] .""", format="turtle")
    with pytest.raises(HealthKGError, match="SHACL validation could not run"):
        validate_graph(valid, shapes=bad)
