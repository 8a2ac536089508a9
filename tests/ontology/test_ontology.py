"""The ontology file: parses, defines exactly the HKG namespace's terms, labelled in en/de/da."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO

from healthkg.ontology.namespace import HKG, ONTOLOGY_IRI
from healthkg.ontology.validation import load_ontology, load_shapes
from healthkg.ontology.vocabulary import ENTITY_TYPE_CLASSES, EVENT_TYPE_CLASSES, RELATION_PREDICATES

VANN = "http://purl.org/vocab/vann/"
TERM_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
NAMESPACE_TERMS = sorted(HKG.__annotations__)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def _defined_terms(ontology: Graph) -> set[str]:
    prefix = str(HKG._NS)
    return {
        str(s)[len(prefix):]
        for kind in TERM_KINDS
        for s in ontology.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(prefix)
    }


def test_namespace_and_ontology_define_the_same_terms(ontology):
    assert _defined_terms(ontology) == set(NAMESPACE_TERMS)


def test_no_undefined_hkg_term_is_used_anywhere_in_ontology_or_shapes(ontology):
    prefix = str(HKG._NS)
    for graph in (ontology, load_shapes()):
        used = {str(t)[len(prefix):] for triple in graph for t in triple
                if isinstance(t, URIRef) and str(t).startswith(prefix) and str(t) != prefix}
        assert used <= set(NAMESPACE_TERMS), used - set(NAMESPACE_TERMS)


def test_ontology_header(ontology):
    node = URIRef(ONTOLOGY_IRI)
    assert (node, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(node, OWL.versionInfo) is not None
    assert {t.language for t in ontology.objects(node, DCTERMS.title)} >= {"en", "de", "da"}
    assert ontology.value(node, DCTERMS.description) is not None
    assert ontology.value(node, URIRef(VANN + "preferredNamespacePrefix")) == Literal("hkg")
    assert ontology.value(node, URIRef(VANN + "preferredNamespaceUri")) == Literal(str(HKG._NS))


@pytest.mark.parametrize("term", NAMESPACE_TERMS)
def test_every_term_has_label_and_comment_in_three_languages(ontology, term):
    node = HKG[term]
    for predicate in (RDFS.label, RDFS.comment):
        by_language = {}
        for value in ontology.objects(node, predicate):
            assert value.language not in by_language, f"two {predicate} in {value.language}"
            by_language[value.language] = str(value)
        assert set(by_language) == {"en", "de", "da"}, (term, predicate, by_language)
        assert all(text.strip() for text in by_language.values())


def test_schema_org_is_always_https(ontology):
    for graph in (ontology, load_shapes()):
        assert not any(str(t).startswith("http://schema.org/") for triple in graph for t in triple)


@pytest.mark.parametrize("child, parents", [
    (HKG.Association, {SDO.Organization, ORG.FormalOrganization}),
    (HKG.Region, {SDO.AdministrativeArea}),
    (HKG.CooperationEvent, {SDO.Event, PROV.Activity}),
    (HKG.Agreement, {HKG.CooperationEvent}),
    (HKG.Visit, {HKG.CooperationEvent}),
    (HKG.Meeting, {HKG.CooperationEvent}),
    (HKG.Project, {HKG.CooperationEvent}),
    (HKG.Evidence, {PROV.Entity}),
    (HKG.RelationStatement, {RDF.Statement}),
    (HKG.CurationDecision, {PROV.Activity}),
])
def test_class_hierarchy(ontology, child, parents):
    assert set(ontology.objects(child, RDFS.subClassOf)) == parents


@pytest.mark.parametrize("prop, parent", [
    (HKG.locatedIn, SDO.location),
    (HKG.partOf, ORG.subOrganizationOf),
    (HKG.participant, PROV.wasAssociatedWith),
    (HKG.evidence, PROV.wasDerivedFrom),
])
def test_sub_properties_of_standard_terms(ontology, prop, parent):
    assert (prop, RDFS.subPropertyOf, parent) in ontology


def test_symmetric_properties_are_exactly_the_symmetric_relations(ontology):
    symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {HKG.agreementWith, HKG.partnerOf}


def test_every_property_has_a_range(ontology):
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            assert ontology.value(prop, RDFS.range) is not None, prop


def test_vocabulary_tables_use_defined_classes_and_properties(ontology):
    defined = {HKG[t] for t in _defined_terms(ontology)}
    hkg_terms = [c for classes in ENTITY_TYPE_CLASSES.values() for c in classes if c in HKG]
    hkg_terms += list(EVENT_TYPE_CLASSES.values()) + list(RELATION_PREDICATES.values())
    assert hkg_terms and set(hkg_terms) <= defined
