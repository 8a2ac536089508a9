"""IRI minting: deterministic, safe for any input, distinct for distinct ids."""
from __future__ import annotations

import re

import pytest
from rdflib import URIRef

from healthkg.loaders.statements import Evidence, Relation
from healthkg.ontology import iris
from healthkg.ontology.namespace import GRAPH, ID

WEIRD_IDS = [
    "org/justgood-health-industry-group",
    "org/a b",
    'org/say "hi"',
    "org/<script>",
    "org/{x}|y\\z^`w",
    "org/成都市第一人民医院",
    "org/成都市第二人民医院",
    "person/Ærø Søren",
    "place/..",
    "org//double",
    "org/trailing/",
    "org/tab\tnewline\n",
    "org/emoji 🏥",
    "org/%41",
    "org/A",
    "org/a",
]
# What an IRI may contain: RFC 3986 unreserved, '/', ':', '#', '%' (and never '%' in our paths).
IRI_SAFE = re.compile(r"[A-Za-z0-9._~\-/:#]+")


@pytest.mark.parametrize("entity_id", WEIRD_IDS)
def test_entity_iris_are_safe(entity_id):
    iri = str(iris.entity_iri(entity_id))
    assert iri.startswith(str(ID))
    assert IRI_SAFE.fullmatch(iri), iri
    segments = iri[len(str(ID)):].split("/")
    assert all(segment and segment not in {".", ".."} for segment in segments), iri


def test_distinct_ids_give_distinct_iris():
    minted = [iris.entity_iri(i) for i in WEIRD_IDS]
    assert len(set(minted)) == len(WEIRD_IDS)


def test_minting_is_deterministic():
    relation = Relation("role", "person/a b", "org/成都", Evidence("x", 3, 9), role="总经理")
    first = [iris.entity_iri("org/成都"), iris.statement_iri("doc 1", relation),
             iris.membership_iri("doc 1", relation), iris.role_iri("总经理"),
             iris.document_graph_iri("doc 1"), iris.event_iri("event/doc 1/2")]
    second = [iris.entity_iri("org/成都"), iris.statement_iri("doc 1", relation),
              iris.membership_iri("doc 1", relation), iris.role_iri("总经理"),
              iris.document_graph_iri("doc 1"), iris.event_iri("event/doc 1/2")]
    assert first == second
    # pinned: a rebuild on another day, machine or Python gives the same IRIs
    assert first[0] == URIRef("https://w3id.org/healthkg/id/org/chengdou-d222587118")


def test_plain_contract_ids_map_one_to_one():
    assert iris.entity_iri("place/chengdu") == ID["place/chengdu"]
    assert iris.document_iri("000_40dd52778adfcd27") == ID["doc/000_40dd52778adfcd27"]
    assert iris.document_graph_iri("000_40dd52778adfcd27") == GRAPH["000_40dd52778adfcd27"]
    assert iris.event_iri("event/000_40dd52778adfcd27/3") == ID["event/000_40dd52778adfcd27/3"]
    assert iris.event_iri("7") == ID["event/7"]
    assert iris.amount_iri("event/d/1") == ID["event/d/1/amount"]
    assert iris.mention_iri("d", 10, 17) == ID["doc/d/mention/10-17"]
    assert iris.evidence_iri("d", 0, 210) == ID["doc/d/evidence/0-210"]


def test_document_id_is_one_segment_even_with_a_slash():
    doc_iri = str(iris.document_iri("feed/item 7"))
    assert doc_iri.count("/") == str(ID).count("/") + 1
    assert str(iris.evidence_iri("feed/item 7", 1, 2)).startswith(doc_iri + "/evidence/")
    assert "/item" not in str(iris.document_graph_iri("feed/item 7"))


def test_a_document_named_entities_does_not_take_the_entities_graph():
    assert iris.document_graph_iri("entities") != iris.entities_graph_iri() == GRAPH["entities"]
    assert str(iris.document_graph_iri("entities")).startswith(str(GRAPH["entities-"]))


def test_statement_hash_depends_on_every_part():
    base = Relation("role", "person/a", "org/b", Evidence("t", 0, 5), role="CEO")
    variants = [
        Relation("part_of", "person/a", "org/b", Evidence("t", 0, 5), role="CEO"),
        Relation("role", "person/x", "org/b", Evidence("t", 0, 5), role="CEO"),
        Relation("role", "person/a", "org/x", Evidence("t", 0, 5), role="CEO"),
        Relation("role", "person/a", "org/b", Evidence("t", 0, 5), role="CFO"),
        Relation("role", "person/a", "org/b", Evidence("t", 0, 5), role=None),
        Relation("role", "person/a", "org/b", Evidence("t", 1, 5), role="CEO"),
        Relation("role", "person/a", "org/b", Evidence("t", 0, 6), role="CEO"),
    ]
    keys = {iris.relation_key(r) for r in [base, *variants]}
    assert len(keys) == len(variants) + 1
    # the evidence text is not part of the key (offsets identify the sentence)
    same = Relation("role", "person/a", "org/b", Evidence("other text", 0, 5), role="CEO")
    assert iris.statement_iri("d", same) == iris.statement_iri("d", base)
    assert str(iris.membership_iri("d", base)).endswith(iris.relation_key(base))


@pytest.mark.parametrize("title, slug", [
    ("CEO", "ceo"), ("Deputy Director", "deputy-director"), ("Parteisekretär", "parteisekretar"),
    ("direktør", "direktor"), ('"Chief" <Officer>', "chief-officer"),
])
def test_role_iris_are_slugs(title, slug):
    assert iris.role_iri(title) == ID["role/" + slug]


def test_role_without_letters_or_very_long_gets_a_hash():
    assert IRI_SAFE.fullmatch(str(iris.role_iri("!!!")))
    long_a = iris.role_iri("Director " * 20 + "of A")
    long_b = iris.role_iri("Director " * 20 + "of B")
    assert long_a != long_b


@pytest.mark.parametrize("bad", ["", None, 7])
def test_bad_ids_raise_value_error(bad):
    with pytest.raises(ValueError):
        iris.entity_iri(bad)
    with pytest.raises(ValueError):
        iris.document_iri(bad)


def test_offsets_must_be_integers():
    with pytest.raises(ValueError):
        iris.evidence_iri("d", "0", 5)
    with pytest.raises(ValueError):
        iris.mention_iri("d", 0, True)


def test_web_iri_encodes_unsafe_characters_but_keeps_valid_urls():
    assert iris.web_iri("https://example.org/a?b=1&c=%20") == URIRef("https://example.org/a?b=1&c=%20")
    encoded = str(iris.web_iri('https://example.org/ä b<"x">{}|^`'))
    assert not any(c in encoded for c in ' <>"{}|\\^`ä'), encoded
