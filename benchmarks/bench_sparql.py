"""Benchmark the SPARQL query library on the embedded Oxigraph store and on rdflib.

Generates a synthetic graph following docs/rdf-model.md (documents with their entities,
mentions, evidence, reified relations, memberships and events; a shared
``graph:entities``), writes it as N-Quads, loads it into an on-disk Oxigraph store and
into an rdflib in-memory Dataset, runs every library query on both and prints a table
(load time, per-query time, ratio, whether the row counts agree); writes the figures as
JSON.

rdflib queries run in a forked child process each (the dataset is shared copy-on-write)
so that a query slower than ``--rdflib-timeout`` can be stopped.

    python benchmarks/bench_sparql.py                      # about 1,000,000 triples
    python benchmarks/bench_sparql.py --triples 20000 --json out.json
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from healthkg.graph.query import list_queries, run_query
from healthkg.graph.results import QueryResult
from healthkg.graph.store import GraphStore

HKG = "https://w3id.org/healthkg/ontology#"
ID = "https://w3id.org/healthkg/id/"
GRAPH = "https://w3id.org/healthkg/graph/"
SDO = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"

TYPES = {  # contract type -> (id prefix, rdf types, share)
    "Person": ("person", [SDO + "Person"], 0.30),
    "Hospital": ("org", [SDO + "Hospital", ORG + "Organization"], 0.10),
    "Company": ("org", [SDO + "Corporation", ORG + "Organization"], 0.10),
    "GovernmentBody": ("org", [SDO + "GovernmentOrganization", ORG + "Organization"], 0.06),
    "Association": ("org", [HKG + "Association", ORG + "Organization"], 0.05),
    "University": ("org", [SDO + "CollegeOrUniversity", ORG + "Organization"], 0.05),
    "ResearchInstitute": ("org", [SDO + "ResearchOrganization", ORG + "Organization"], 0.04),
    "City": ("place", [SDO + "City"], 0.25),
    "Region": ("place", [HKG + "Region"], 0.05),
}
RELATIONS = {"agreement": HKG + "agreementWith", "partner_of": HKG + "partnerOf", "role": HKG + "hasRole",
             "located_in": HKG + "locatedIn", "visit": HKG + "visited"}
EVENTS = ["Agreement", "Visit", "Meeting", "Project"]
TRIPLES_PER_DOCUMENT = 230  # measured on the generator below, to size the corpus


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if lang:
        return f"{text}@{lang}"
    return f"{text}^^<{datatype}>" if datatype else text


def generate(path: Path, triples: int, seed: int = 7) -> dict:
    """Write a synthetic healthkg graph of about *triples* quads to *path* (N-Quads)."""
    rng = random.Random(seed)
    documents = max(3, triples // TRIPLES_PER_DOCUMENT)
    entity_count = max(30, documents * 2)
    countries = [f"{a}{b}" for a in "ABCDEFGH" for b in "ABCDE"]  # 40 synthetic ISO-like codes
    kinds = list(TYPES)
    weights = [TYPES[k][2] for k in kinds]
    entities = []
    for n in range(entity_count):
        kind = rng.choices(kinds, weights)[0]
        prefix = TYPES[kind][0]
        entities.append((f"{ID}{prefix}/e{n}", kind, f"{kind} {n}"))
    by_kind: dict[str, list] = {}
    for entity in entities:
        by_kind.setdefault(entity[1], []).append(entity)
    orgs = [e for e in entities if TYPES[e[1]][0] == "org"]
    cities = by_kind["City"]
    people = by_kind["Person"]
    country_of = {e[0]: rng.choice(countries) for e in cities + by_kind["Region"]}

    def popular(pool):  # a few entities appear in many documents
        return pool[min(len(pool) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.3 else rng.choice(pool)

    count = 0
    with path.open("w", encoding="utf-8") as out:
        def quad(s, p, o, g):
            nonlocal count
            out.write(f"{s} {p} {o} {g} .\n")
            count += 1

        for d in range(documents):
            doc_id = f"doc{d:06d}"
            g = iri(GRAPH + doc_id)
            doc = iri(f"{ID}doc/{doc_id}")
            date = f"{2015 + d % 10}-{1 + d % 12:02d}-{1 + d % 28:02d}"
            for p, o in ((RDF + "type", iri(SDO + "NewsArticle")), (RDF + "type", iri(PROV + "Entity")),
                         (SDO + "identifier", lit(doc_id)), (SDO + "headline", lit(f"Headline of {doc_id}")),
                         (SDO + "datePublished", lit(date, XSD + "date")), (SDO + "inLanguage", lit("en")),
                         (HKG + "sourcePath", lit(f"corpus/{doc_id}.txt"))):
                quad(doc, iri(p), o, g)
            chosen = {popular(orgs)[0]: None for _ in range(3)}
            chosen.update({popular(cities)[0]: None for _ in range(2)})
            chosen.update({rng.choice(people)[0]: None for _ in range(2)})
            chosen[rng.choice(entities)[0]] = None
            lookup = {e[0]: e for e in entities}
            named = [lookup[e] for e in chosen]
            offset = 0
            for entity_iri, kind, label in named:
                node = iri(entity_iri)
                for rdf_type in TYPES[kind][1] + [PROV + "Entity"]:
                    quad(node, iri(RDF + "type"), iri(rdf_type), g)
                quad(node, iri(HKG + "entityType"), lit(kind), g)
                quad(node, iri(RDFS + "label"), lit(label), g)
                quad(node, iri(SKOS + "altLabel"), lit(label.upper(), lang="en"), g)
                for _ in range(rng.randint(1, 2)):
                    start, end = offset, offset + len(label)
                    offset = end + rng.randint(5, 60)
                    mention = iri(f"{ID}doc/{doc_id}/mention/{start}-{end}")
                    quad(mention, iri(RDF + "type"), iri(HKG + "Mention"), g)
                    quad(mention, iri(HKG + "mentionOf"), node, g)
                    quad(mention, iri(HKG + "mentionText"), lit(label), g)
                    quad(mention, iri(HKG + "startOffset"), lit(str(start), XSD + "integer"), g)
                    quad(mention, iri(HKG + "endOffset"), lit(str(end), XSD + "integer"), g)
                    quad(mention, iri(HKG + "document"), doc, g)
            evidences = []
            for n in range(5):
                start, end = n * 200, n * 200 + 180
                ev = iri(f"{ID}doc/{doc_id}/evidence/{start}-{end}")
                evidences.append(ev)
                for p, o in ((RDF + "type", iri(HKG + "Evidence")), (RDF + "type", iri(PROV + "Entity")),
                             (HKG + "evidenceText", lit(f"Sentence {n} of {doc_id}.")),
                             (HKG + "startOffset", lit(str(start), XSD + "integer")),
                             (HKG + "endOffset", lit(str(end), XSD + "integer")),
                             (HKG + "document", doc), (HKG + "sentenceLanguage", lit("en")),
                             (PROV + "wasDerivedFrom", doc)):
                    quad(ev, iri(p), o, g)
            doc_orgs = [e for e in named if TYPES[e[1]][0] == "org"]
            doc_cities = [e for e in named if e[1] == "City"]
            doc_people = [e for e in named if e[1] == "Person"]
            relations = []
            if len(doc_orgs) >= 2:
                relations.append(("agreement", doc_orgs[0], doc_orgs[1]))
                relations.append(("partner_of", doc_orgs[-1], doc_orgs[0]))
            if len(doc_cities) >= 2:
                relations.append(("partner_of", doc_cities[0], doc_cities[1]))
            if doc_orgs and doc_cities:
                relations.append(("located_in", doc_orgs[0], doc_cities[0]))
            if doc_people and doc_orgs:
                relations.append(("role", doc_people[0], doc_orgs[-1]))
                relations.append(("visit", doc_people[-1], doc_orgs[0]))
            for n, (rtype, subject, obj) in enumerate(relations):
                predicate = RELATIONS[rtype]
                quad(iri(subject[0]), iri(predicate), iri(obj[0]), g)
                if rtype in ("agreement", "partner_of"):
                    quad(iri(obj[0]), iri(predicate), iri(subject[0]), g)
                st = iri(f"{ID}doc/{doc_id}/statement/{n}")
                ev = evidences[n % len(evidences)]
                for p, o in ((RDF + "type", iri(HKG + "RelationStatement")), (RDF + "type", iri(RDF + "Statement")),
                             (RDF + "subject", iri(subject[0])), (RDF + "predicate", iri(predicate)),
                             (RDF + "object", iri(obj[0])), (HKG + "relationType", lit(rtype)),
                             (HKG + "evidence", ev), (PROV + "wasDerivedFrom", doc)):
                    quad(st, iri(p), o, g)
                if rtype == "role":
                    title = rng.choice(["CEO", "director", "mayor", "president", "party secretary"])
                    quad(st, iri(HKG + "roleTitle"), lit(title), g)
                    m = iri(f"{ID}doc/{doc_id}/membership/{n}")
                    role = iri(f"{ID}role/{title.replace(' ', '-')}")
                    for p, o in ((RDF + "type", iri(ORG + "Membership")), (ORG + "member", iri(subject[0])),
                                 (ORG + "organization", iri(obj[0])), (ORG + "role", role),
                                 (HKG + "roleTitle", lit(title, lang="en")), (HKG + "evidence", ev)):
                        quad(m, iri(p), o, g)
                    quad(role, iri(RDF + "type"), iri(ORG + "Role"), g)
                    quad(role, iri(RDFS + "label"), lit(title), g)
            for n in range(2):
                etype = "Agreement" if n == 0 else rng.choice(EVENTS)
                ev_node = iri(f"{ID}event/{doc_id}/{n + 1}")
                for rdf_type in (HKG + etype, HKG + "CooperationEvent", SDO + "Event", PROV + "Activity"):
                    quad(ev_node, iri(RDF + "type"), iri(rdf_type), g)
                for participant in rng.sample(named, 2):
                    quad(ev_node, iri(HKG + "participant"), iri(participant[0]), g)
                if rng.random() < 0.5:
                    quad(ev_node, iri(SDO + "startDate"), lit(date, XSD + "date"), g)
                if rng.random() < 0.3:
                    amount = iri(f"{ID}event/{doc_id}/{n + 1}/amount")
                    quad(ev_node, iri(HKG + "amount"), amount, g)
                    quad(amount, iri(RDF + "type"), iri(SDO + "MonetaryAmount"), g)
                    quad(amount, iri(SDO + "value"), lit(str(rng.randint(1, 500) * 100000), XSD + "decimal"), g)
                    quad(amount, iri(SDO + "currency"), lit(rng.choice(["USD", "EUR", "CNY", "DKK"])), g)
                quad(ev_node, iri(HKG + "evidence"), evidences[n], g)
                quad(ev_node, iri(HKG + "document"), doc, g)
                quad(ev_node, iri(PROV + "wasDerivedFrom"), doc, g)
        g = iri(GRAPH + "entities")
        for entity_iri, kind, label in entities:
            node = iri(entity_iri)
            quad(node, iri(SKOS + "prefLabel"), lit(label), g)
            if entity_iri in country_of:
                quad(node, iri(HKG + "countryCode"), lit(country_of[entity_iri]), g)
                quad(node, iri(HKG + "geonamesId"), lit(str(1000000 + len(entity_iri))), g)
                quad(node, iri(SDO + "latitude"), lit(f"{rng.uniform(-60, 60):.5f}", XSD + "decimal"), g)
                quad(node, iri(SDO + "longitude"), lit(f"{rng.uniform(-180, 180):.5f}", XSD + "decimal"), g)
    busiest_org = orgs[0][0]
    busiest_city = cities[0][0]
    return {"quads": count, "documents": documents, "entities": entity_count,
            "params": {"partners-of": {"entity": busiest_org}, "foreign-partners": {"city": busiest_city},
                       "officials": {"organization": busiest_org}, "evidence": {"subject": busiest_city},
                       "document-statements": {"document": "doc000000"}, "agreements": {"year": "2019"},
                       "events": {"type": "Visit"}, "entities": {"type": "Hospital"}}}


class RdflibTarget:
    """rdflib's SPARQL engine behind the query-library interface."""

    def __init__(self, dataset):
        self.dataset = dataset

    def query(self, sparql, *, timeout=None, limit=None):
        data = self.dataset.query(sparql).serialize(format="json")
        return QueryResult.from_pyoxigraph(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))


def _rdflib_child(connection, dataset, name, params):
    start = time.perf_counter()
    try:
        rows = len(run_query(RdflibTarget(dataset), name, params))
        connection.send(("ok", time.perf_counter() - start, rows))
    except Exception as exc:  # report, do not hang the parent
        connection.send(("error", time.perf_counter() - start, f"{type(exc).__name__}: {exc}"))


def time_rdflib(dataset, name, params, timeout):
    """Run one query on rdflib in a forked child; (seconds or None on timeout, rows or error)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_rdflib_child, args=(child, dataset, name, params))
    process.start()
    if parent.poll(timeout):
        status, seconds, rows = parent.recv()
        process.join()
        return (seconds, rows) if status == "ok" else (None, rows)
    process.kill()
    process.join()
    return None, f"timeout > {timeout:g} s"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the generated graph")
    parser.add_argument("--json", default="benchmarks/bench_sparql.json", help="where to write the figures")
    parser.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds per rdflib query")
    parser.add_argument("--no-rdflib", action="store_true", help="only time Oxigraph")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-sparql-"))
    nquads = work / "graph.nq"
    t0 = time.perf_counter()
    info = generate(nquads, args.triples)
    generated = time.perf_counter() - t0
    print(f"generated {info['quads']:,} quads ({info['documents']:,} documents, {info['entities']:,} entities) "
          f"in {generated:.1f} s", file=sys.stderr)

    t0 = time.perf_counter()
    oxstore = ox.Store(str(work / "store"))
    oxstore.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    oxigraph_load = time.perf_counter() - t0
    store = GraphStore(oxstore, work / "store")
    print(f"oxigraph load {oxigraph_load:.1f} s ({len(store):,} quads)", file=sys.stderr)

    dataset, rdflib_load = None, None
    if not args.no_rdflib:
        import rdflib

        t0 = time.perf_counter()
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(nquads, format="nquads")
        rdflib_load = time.perf_counter() - t0
        print(f"rdflib load {rdflib_load:.1f} s", file=sys.stderr)

    rows = []
    for query in list_queries():
        params = info["params"].get(query.name, {})
        t0 = time.perf_counter()
        answer = run_query(store, query.name, params)
        ox_seconds = time.perf_counter() - t0
        row = {"query": query.name, "oxigraph_s": round(ox_seconds, 4), "oxigraph_rows": len(answer)}
        if dataset is not None:
            seconds, rdflib_rows = time_rdflib(dataset, query.name, params, args.rdflib_timeout)
            row.update(rdflib_s=None if seconds is None else round(seconds, 4), rdflib_rows=rdflib_rows,
                       ratio=None if seconds is None else round(seconds / max(ox_seconds, 1e-6), 1),
                       same_rows=rdflib_rows == len(answer))
        rows.append(row)
        print(f"  {query.name}: {row}", file=sys.stderr)

    report = {"quads": info["quads"], "documents": info["documents"], "entities": info["entities"],
              "generate_s": round(generated, 2), "oxigraph_load_s": round(oxigraph_load, 2),
              "rdflib_load_s": None if rdflib_load is None else round(rdflib_load, 2),
              "peak_memory_mb": round(peak_mb()), "queries": rows, "cpu_count": os.cpu_count()}
    print(f"\n{info['quads']:,} quads; load: Oxigraph {oxigraph_load:.1f} s"
          + (f", rdflib {rdflib_load:.1f} s" if rdflib_load is not None else ""))
    header = f"{'query':<26}{'oxigraph s':>12}{'rows':>8}{'rdflib s':>12}{'rows':>8}{'ratio':>8}"
    print(header + "\n" + "-" * len(header))
    for row in rows:
        rdflib_s, rdflib_rows = row.get("rdflib_s"), row.get("rdflib_rows", "")
        failed = isinstance(rdflib_rows, str) and rdflib_rows != ""
        print(f"{row['query']:<26}{row['oxigraph_s']:>12.3f}{row['oxigraph_rows']:>8}"
              f"{(f'{rdflib_s:.3f}' if rdflib_s is not None else '-'):>12}"
              f"{('-' if failed else str(rdflib_rows)):>8}{str(row.get('ratio') or ''):>8}"
              + (f"  ({rdflib_rows})" if failed else ""))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"wrote {args.json}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
