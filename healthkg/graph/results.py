"""The answer of a SPARQL query, whatever store or endpoint answered it.

A :class:`QueryResult` holds pyoxigraph terms, so the embedded store, a remote
endpoint (whose answer is parsed with pyoxigraph) and the HTTP endpoint all share one
shape and one set of serializers (SPARQL 1.1 results as JSON, CSV, TSV and XML; graphs
as Turtle, N-Triples and JSON-LD).

>>> import pyoxigraph as ox
>>> result = QueryResult.from_rows(["name", "n"], [(ox.Literal("Chengdu"), ox.Literal("3", datatype=ox.NamedNode(XSD + "integer")))])
>>> result.records()
[{'name': 'Chengdu', 'n': 3}]
>>> result.serialize("csv").decode().splitlines()
['name,n', 'Chengdu,3']
>>> QueryResult.from_boolean(True).serialize("json")
b'{"head":{},"boolean":true}'
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence
from xml.sax.saxutils import escape as xml_escape, quoteattr

import pyoxigraph as ox

from healthkg.errors import QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: result format name -> media type (SELECT / ASK answers)
RESULT_MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: graph format name -> media type (CONSTRUCT / DESCRIBE answers)
GRAPH_MEDIA_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}
_GRAPH_RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}

Term = Any  # a pyoxigraph NamedNode, BlankNode, Literal (or Triple) or None when unbound


@dataclass
class QueryResult:
    """The answer of one query: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE).

    ``kind`` is ``"select"``, ``"ask"`` or ``"graph"``; ``truncated`` is true when a row
    limit cut the answer.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_rows(cls, variables: Sequence[str], rows: Iterable[Sequence[Term]]) -> "QueryResult":
        return cls("select", list(variables), [tuple(row) for row in rows])

    @classmethod
    def from_boolean(cls, value: bool) -> "QueryResult":
        return cls("ask", boolean=bool(value))

    @classmethod
    def from_triples(cls, triples: Iterable[ox.Triple]) -> "QueryResult":
        return cls("graph", triples=list(triples))

    @classmethod
    def from_pyoxigraph(cls, answer, *, limit: int | None = None, cancelled=None) -> "QueryResult":
        """Materialize a pyoxigraph answer (QuerySolutions, QueryBoolean or QueryTriples).

        pyoxigraph evaluates lazily, row by row: *cancelled* (a ``threading.Event``) set by a
        caller that gave up stops the evaluation at the next row, instead of letting an
        abandoned query run on and fill memory (the answer is dropped in the thread that
        evaluated it, as pyoxigraph requires).
        """
        if isinstance(answer, ox.QueryBoolean):
            return cls.from_boolean(bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows, truncated = [], False
            for solution in answer:
                if limit is not None and len(rows) >= limit:
                    truncated = True
                    break
                if cancelled is not None and cancelled.is_set():
                    truncated = True  # nobody waits for the rest
                    break
                rows.append(tuple(solution[v] for v in variables))
            return cls("select", variables, rows, truncated=truncated)
        triples, truncated = [], False
        for triple in answer:
            if limit is not None and len(triples) >= limit:
                truncated = True
                break
            if cancelled is not None and cancelled.is_set():
                truncated = True
                break
            triples.append(triple)
        return cls("graph", triples=triples, truncated=truncated)

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts of Python values (IRIs as strings, typed literals converted)."""
        if self.kind == "ask":
            return [{"boolean": self.boolean}]
        if self.kind == "graph":
            return [{"subject": to_python(t.subject), "predicate": to_python(t.predicate),
                     "object": to_python(t.object)} for t in self.triples]
        return [{name: to_python(term) for name, term in zip(self.variables, row)} for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """The Python values of one variable, in row order."""
        index = self.variables.index(name)
        return [to_python(row[index]) for row in self.rows]

    def to_dataframe(self):
        """The records as a pandas DataFrame (pandas is an optional dependency)."""
        import pandas as pd

        columns = self.variables if self.kind == "select" else None
        return pd.DataFrame(self.records(), columns=columns)

    # ------------------------------------------------------------------ writing
    def serialize(self, format: str = "json", *, prefixes: dict[str, str] | None = None) -> bytes:
        """The answer in a SPARQL results format (json, xml, csv, tsv) or RDF format
        (turtle, ntriples, jsonld) for CONSTRUCT / DESCRIBE (*prefixes* used by Turtle)."""
        if self.kind == "graph":
            return _serialize_graph(self.triples, format, prefixes)
        writer = _RESULT_WRITERS.get(format)
        if writer is None:
            raise QueryError(f"unknown result format {format!r} (expected one of {', '.join(_RESULT_WRITERS)})")
        return writer(self)


def to_python(term: Term) -> Any:
    """A pyoxigraph term as a Python value (IRIs as strings, xsd numbers and booleans converted).

    >>> to_python(ox.Literal("2.5", datatype=ox.NamedNode(XSD + "decimal")))
    2.5
    >>> to_python(ox.NamedNode("https://w3id.org/healthkg/id/place/x"))
    'https://w3id.org/healthkg/id/place/x'
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
                return float(term.value)
            if datatype == XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    if isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return term.value
    return str(term)


_INTEGER_TYPES = {XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong")}


def _term_json(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _write_json(result: QueryResult) -> bytes:
    if result.kind == "ask":
        document: dict[str, Any] = {"head": {}, "boolean": result.boolean}
    else:
        bindings = [{name: _term_json(term) for name, term in zip(result.variables, row) if term is not None}
                    for row in result.rows]
        document = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _write_csv(result: QueryResult) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if term is None else (term.value if hasattr(term, "value") else str(term))
                             for term in row])
    return buffer.getvalue().encode("utf-8")


def _write_tsv(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return ("?boolean\n" + ("true" if result.boolean else "false") + "\n").encode("utf-8")
    lines = ["\t".join("?" + name for name in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if term is None else str(term) for term in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
        if term.datatype.value != XSD + "string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{xml_escape(term.value)}</literal>"
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _write_xml(result: QueryResult) -> bytes:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        parts.append(f"<head/><boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        parts.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
        parts.append("<results>")
        for row in result.rows:
            parts.append("<result>" + "".join(
                f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                for name, term in zip(result.variables, row) if term is not None) + "</result>")
        parts.append("</results>")
    parts.append("</sparql>\n")
    return "\n".join(parts).encode("utf-8")


_RESULT_WRITERS = {"json": _write_json, "xml": _write_xml, "csv": _write_csv, "tsv": _write_tsv}


def _serialize_graph(triples: list[ox.Triple], format: str, prefixes: dict[str, str] | None = None) -> bytes:
    if format == "turtle" and prefixes:
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    if format in _GRAPH_RDF_FORMATS:
        return ox.serialize(triples, format=_GRAPH_RDF_FORMATS[format]) or b""
    if format == "jsonld":
        import rdflib

        graph = rdflib.Graph()
        graph.parse(data=(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8"),
                    format="nt")
        return graph.serialize(format="json-ld").encode("utf-8")
    raise QueryError(f"unknown graph format {format!r} (expected one of turtle, ntriples, jsonld)")


__all__ = ["QueryResult", "RESULT_MEDIA_TYPES", "GRAPH_MEDIA_TYPES", "to_python"]
