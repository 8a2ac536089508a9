"""A SPARQL 1.1 Protocol endpoint over a :class:`~healthkg.graph.store.GraphStore`.

``/sparql`` answers ``GET ?query=``, ``POST`` form-encoded (``query=`` or, with
``allow_update``, ``update=``) and ``POST`` bodies of type ``application/sparql-query``
(and ``application/sparql-update``). SELECT / ASK answers come as JSON, XML, CSV or TSV,
CONSTRUCT / DESCRIBE as Turtle, N-Triples or JSON-LD, chosen by the ``format=`` parameter
or the ``Accept`` header. Every answer carries CORS headers; ``OPTIONS`` answers the
preflight. ``/`` is a small HTML page explaining the endpoint. The server binds to
127.0.0.1 by default, is read-only unless ``allow_update``, stops a query after
``timeout`` seconds (503) and cuts answers at ``limit`` rows (header
``X-Result-Truncated: true``).

>>> from healthkg.graph.store import GraphStore
>>> server = make_server(GraphStore.in_memory(), port=0)
>>> server.server_address[0]
'127.0.0.1'
>>> server.server_close()
"""
from __future__ import annotations

import html
import logging
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from healthkg.errors import HealthKGError, QueryError, StoreError
from healthkg.graph.query import TURTLE_PREFIXES, with_prefixes
from healthkg.graph.results import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES, QueryResult

log = logging.getLogger(__name__)

#: Accept media type -> result format, for SELECT / ASK and for CONSTRUCT / DESCRIBE
RESULT_ACCEPT = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_ACCEPT = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
MAX_BODY = 10 * 1024 * 1024


@dataclass
class EndpointSettings:
    """How the endpoint behaves: updates allowed, query timeout (s), row limit."""

    allow_update: bool = False
    timeout: float | None = 30.0
    limit: int | None = 10000


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server holding the store and the endpoint settings."""

    daemon_threads = True

    def __init__(self, address, store, settings: EndpointSettings):
        self.store = store
        self.settings = settings
        self.update_lock = threading.Lock()
        super().__init__(address, SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


def make_server(store, host: str = "127.0.0.1", port: int = 7878, *, allow_update: bool = False,
                timeout: float | None = 30.0, limit: int | None = 10000) -> SparqlServer:
    """A server ready to ``serve_forever()`` (port 0 picks a free port)."""
    try:
        return SparqlServer((host, port), store, EndpointSettings(allow_update, timeout, limit))
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve(store, host: str = "127.0.0.1", port: int = 7878, **settings) -> None:
    """Serve *store* until interrupted."""
    server = make_server(store, host, port, **settings)
    log.info("SPARQL endpoint at %s", server.url)
    try:
        server.serve_forever()
    finally:
        server.server_close()


class SparqlHandler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol on ``/sparql`` and a help page on ``/``."""

    server: SparqlServer
    server_version = "healthkg-sparql/1"

    # ------------------------------------------------------------------ verbs
    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html") or (url.path == "/sparql" and "query" not in params):
            return self._send(HTTPStatus.OK, self._page().encode("utf-8"), "text/html; charset=utf-8")
        if url.path != "/sparql":
            return self._fail(HTTPStatus.NOT_FOUND, f"no such resource {url.path}; the endpoint is /sparql")
        if "update" in params:
            return self._fail(HTTPStatus.BAD_REQUEST, "updates must be sent with POST")
        self._answer(params["query"][0], params)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._fail(HTTPStatus.NOT_FOUND, f"no such resource {url.path}; the endpoint is /sparql")
        params = parse_qs(url.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._fail(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
        body = self.rfile.read(length).decode("utf-8", errors="replace") if length else ""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        elif content_type == "application/sparql-query":
            params["query"] = [body]
        elif content_type == "application/sparql-update":
            params["update"] = [body]
        else:
            return self._fail(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                              "send application/x-www-form-urlencoded, application/sparql-query "
                              "or application/sparql-update")
        if "update" in params:
            return self._update(params["update"][0])
        if "query" not in params:
            return self._fail(HTTPStatus.BAD_REQUEST, "missing 'query' (or 'update') parameter")
        self._answer(params["query"][0], params)

    # ------------------------------------------------------------------ work
    def _answer(self, sparql: str, params: dict[str, list[str]]) -> None:
        settings = self.server.settings
        try:
            result = self.server.store.query(with_prefixes(sparql), timeout=settings.timeout, limit=settings.limit)
        except QueryError as exc:
            status = HTTPStatus.SERVICE_UNAVAILABLE if "timed out" in str(exc) else HTTPStatus.BAD_REQUEST
            return self._fail(status, str(exc))
        except HealthKGError as exc:
            return self._fail(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
        fmt = self._negotiate(result, (params.get("format") or [None])[0])
        if fmt is None:
            return self._fail(HTTPStatus.NOT_ACCEPTABLE, "no acceptable result format; use format=json|xml|csv|tsv "
                                                         "(SELECT/ASK) or turtle|ntriples|jsonld (CONSTRUCT)")
        media = (GRAPH_MEDIA_TYPES if result.kind == "graph" else RESULT_MEDIA_TYPES)[fmt]
        try:
            body = result.serialize(fmt, prefixes=TURTLE_PREFIXES)
        except QueryError as exc:
            return self._fail(HTTPStatus.BAD_REQUEST, str(exc))
        extra = {"X-Result-Truncated": "true"} if result.truncated else {}
        self._send(HTTPStatus.OK, body, f"{media}; charset=utf-8", extra)

    def _update(self, sparql: str) -> None:
        if not self.server.settings.allow_update:
            return self._fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only (start it with --allow-update)")
        try:
            with self.server.update_lock:
                self.server.store.update(sparql)
        except QueryError as exc:
            return self._fail(HTTPStatus.BAD_REQUEST, str(exc))
        except HealthKGError as exc:
            return self._fail(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
        self._send(HTTPStatus.NO_CONTENT, b"", None)

    def _negotiate(self, result: QueryResult, requested: str | None) -> str | None:
        table = GRAPH_ACCEPT if result.kind == "graph" else RESULT_ACCEPT
        formats = GRAPH_MEDIA_TYPES if result.kind == "graph" else RESULT_MEDIA_TYPES
        if requested:
            requested = requested.lower()
            if requested in formats:
                return requested
            return table.get(requested)
        choices = []
        for position, item in enumerate((self.headers.get("Accept") or "*/*").split(",")):
            media, *options = [part.strip() for part in item.split(";")]
            quality = 1.0
            for option in options:
                if option.startswith("q="):
                    try:
                        quality = float(option[2:])
                    except ValueError:
                        quality = 0.0
            choices.append((-quality, position, media.lower()))
        for quality, _, media in sorted(choices):
            if quality == 0:
                continue
            if media in table:
                return table[media]
            if media in ("*/*", "application/*", "text/*"):
                return "turtle" if result.kind == "graph" else "json"
        return None

    # ------------------------------------------------------------------ output
    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Expose-Headers", "X-Result-Truncated")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str | None, extra: dict | None = None) -> None:
        self.send_response(status)
        self._cors()
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _fail(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _page(self) -> str:
        settings = self.server.settings
        host = html.escape(self.headers.get("Host") or "%s:%s" % self.server.server_address[:2])
        mode = "accepts SPARQL updates (POST update=...)" if settings.allow_update else "is read-only"
        return _PAGE.format(host=host, mode=mode, timeout=html.escape(str(settings.timeout)),
                            limit=html.escape(str(settings.limit)))

    def log_message(self, format: str, *args) -> None:  # route to logging, not stderr
        log.info("%s %s", self.address_string(), format % args)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>healthkg SPARQL endpoint</title>
<style>body{{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}}
textarea{{width:100%;height:10em;font-family:monospace}}code{{background:#eee}}</style></head>
<body><h1>healthkg SPARQL endpoint</h1>
<p>This server answers SPARQL 1.1 queries over the healthkg knowledge graph at
<code>http://{host}/sparql</code> (SPARQL 1.1 Protocol): <code>GET /sparql?query=...</code>,
<code>POST</code> form-encoded <code>query=...</code>, or a <code>POST</code> body of type
<code>application/sparql-query</code>. It {mode}.</p>
<p>Results: JSON, XML, CSV or TSV for SELECT and ASK; Turtle, N-Triples or JSON-LD for CONSTRUCT
and DESCRIBE; choose with the <code>Accept</code> header or <code>format=json|xml|csv|tsv|turtle|ntriples|jsonld</code>.
Queries run over the union of all named graphs (one per document plus <code>graph:entities</code>);
the prefixes <code>hkg: id: graph: schema: org: prov: skos: rdf: rdfs: xsd: owl:</code> are predeclared.
Queries stop after {timeout} s; answers are cut at {limit} rows.</p>
<form action="/sparql" method="get"><textarea name="query">SELECT ?entity ?type ?label WHERE {{
  ?entity hkg:entityType ?type ; rdfs:label ?label .
}} LIMIT 20</textarea><br>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option></select>
<button type="submit">Run</button></form>
<p>From the command line: <code>healthkg query --endpoint http://{host}/sparql partners-of --param entity=...</code></p>
</body></html>
"""

__all__ = ["EndpointSettings", "SparqlServer", "make_server", "serve"]
