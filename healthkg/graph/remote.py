"""Remote SPARQL stores: query any SPARQL 1.1 endpoint, push the graph into one.

:class:`RemoteEndpoint` speaks the SPARQL 1.1 Protocol (answers parsed with
pyoxigraph into the same :class:`~healthkg.graph.results.QueryResult` as the embedded
store). :func:`push` loads every named graph of a store into a server, either with the
SPARQL 1.1 Graph Store Protocol (``PUT ?graph=IRI`` per named graph, replacing it) or with
SPARQL Update (``DROP SILENT GRAPH`` then ``INSERT DATA`` in batches).

URLs: for Oxigraph (``oxigraph serve``) the query endpoint is ``/query``, the update
endpoint ``/update`` and the Graph Store endpoint ``/store``; for ``healthkg serve`` all
are ``/sparql``.

>>> RemoteEndpoint("ftp://example.org/sparql")
Traceback (most recent call last):
...
healthkg.errors.StoreError: ftp://example.org/sparql: not an http(s) URL
"""
from __future__ import annotations

import logging
import urllib.error
import urllib.request
from urllib.parse import quote, urlencode, urlsplit

import pyoxigraph as ox

from healthkg.errors import QueryError, StoreError
from healthkg.graph.results import QueryResult

log = logging.getLogger(__name__)

ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
          "application/sparql-results+xml;q=0.5")
PROTOCOLS = ("gsp", "update")
_RESULT_PARSERS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_PARSERS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
}


class RemoteEndpoint:
    """A SPARQL endpoint over HTTP, with the query interface of the embedded store."""

    def __init__(self, url: str, *, update_url: str | None = None, timeout: float = 60.0):
        for value in (url, update_url):
            if value and urlsplit(value).scheme not in ("http", "https"):
                raise StoreError(f"{value}: not an http(s) URL")
        self.url = url
        self.update_url = update_url or url
        self.timeout = timeout

    def query(self, sparql: str, *, timeout: float | None = None, limit: int | None = None) -> QueryResult:
        """POST *sparql* (form-encoded) and parse the answer."""
        body = urlencode({"query": sparql}).encode("utf-8")
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT})
        data, content_type = self._send(request, timeout, QueryError)
        try:
            if content_type in _RESULT_PARSERS:
                answer = ox.parse_query_results(data, format=_RESULT_PARSERS[content_type])
                return QueryResult.from_pyoxigraph(answer, limit=limit)
            if content_type in _GRAPH_PARSERS:
                triples = (ox.Triple(q.subject, q.predicate, q.object)
                           for q in ox.parse(data, format=_GRAPH_PARSERS[content_type]))
                return QueryResult.from_pyoxigraph(triples, limit=limit)
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"{self.url}: unreadable answer ({content_type}): {exc}") from exc
        raise QueryError(f"{self.url}: unexpected answer type {content_type or 'none'}")

    def update(self, sparql: str) -> None:
        """POST a SPARQL Update (``application/sparql-update``) to the update URL."""
        request = urllib.request.Request(self.update_url, data=sparql.encode("utf-8"), method="POST",
                                         headers={"Content-Type": "application/sparql-update"})
        self._send(request, None, StoreError)

    def put_graph(self, graph_iri: str, ntriples: bytes, *, store_url: str | None = None) -> None:
        """Replace one named graph with the Graph Store Protocol (``PUT url?graph=IRI``)."""
        base = store_url or self.url
        separator = "&" if "?" in base else "?"
        request = urllib.request.Request(f"{base}{separator}graph={quote(graph_iri, safe='')}", data=ntriples,
                                         method="PUT", headers={"Content-Type": "application/n-triples"})
        self._send(request, None, StoreError)

    def _send(self, request: urllib.request.Request, timeout: float | None, error):
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                return response.read(), content_type
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", errors="replace").strip().splitlines()
            message = detail[0] if detail else exc.reason
            raise error(f"{request.full_url}: HTTP {exc.code}: {message}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{self.url}: cannot reach the endpoint: {reason}") from exc

    def __repr__(self) -> str:
        return f"<RemoteEndpoint {self.url}>"


def push(store, endpoint: str, *, protocol: str = "gsp", batch_size: int = 5000,
         timeout: float = 120.0) -> dict[str, int]:
    """Load every named graph of *store* into the server at *endpoint*.

    ``gsp``: *endpoint* is the Graph Store endpoint; each graph is PUT (replacing it).
    ``update``: *endpoint* is the SPARQL Update endpoint; each graph is dropped, then
    inserted with ``INSERT DATA`` in batches of *batch_size* triples.
    Returns the number of triples sent per graph.
    """
    if protocol not in PROTOCOLS:
        raise StoreError(f"unknown protocol {protocol!r} (expected one of {', '.join(PROTOCOLS)})")
    remote = RemoteEndpoint(endpoint, timeout=timeout)
    sent: dict[str, int] = {}
    for graph_iri in store.graph_names():
        ntriples = store.dump_graph(graph_iri, "ntriples")
        lines = [line for line in ntriples.decode("utf-8").splitlines() if line.strip()]
        if protocol == "gsp":
            remote.put_graph(graph_iri, ntriples)
        else:
            graph = str(ox.NamedNode(graph_iri))
            remote.update(f"DROP SILENT GRAPH {graph}")
            for start in range(0, len(lines), batch_size):
                batch = "\n".join(lines[start:start + batch_size])
                remote.update(f"INSERT DATA {{ GRAPH {graph} {{\n{batch}\n}} }}")
        sent[graph_iri] = len(lines)
        log.debug("pushed %s (%d triples)", graph_iri, len(lines))
    return sent


__all__ = ["RemoteEndpoint", "push", "PROTOCOLS"]
