"""The SPARQL query library: named, documented, parameterised queries in ``queries/*.rq``.

Each file starts with a comment block::

    # description: Partners of an entity ...
    # param entity (entity): IRI, id (org/...) or name of the entity
    # param year (integer, optional): only this year
    # example: partners-of --param entity=Chengdu

A parameter is a variable of the query (``?entity``). Given a value, it is bound by a
``VALUES`` block put at the start of the query's outer ``WHERE`` group, with the value
written as a SPARQL term (an IRI checked by pyoxigraph, or an escaped literal), never
pasted as raw text. An optional parameter left out stays unbound (the queries test
``!BOUND(?year)``). A comment line ``#PARAMS`` moves the binding into a sub-select.
Parameter kinds: ``entity`` (an IRI, a contract id such as ``org/x`` or a name,
resolved against the graph), ``document`` (a document id or IRI),
``iri``, ``string``, ``integer``, ``date``.

>>> query = get_query("agreements")
>>> [p.name for p in query.parameters], query.parameters[0].optional
(['year'], True)
>>> "VALUES ?year { 2022 }" in query.render({"year": "2022"})
True
>>> sparql_term('say "hi"\\n', "string")
'"say \\\\"hi\\\\"\\\\n"'
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Mapping, Protocol

import pyoxigraph as ox

from healthkg.errors import EntityNotFound, QueryError
from healthkg.graph.results import QueryResult

log = logging.getLogger(__name__)

ID_BASE = "https://w3id.org/healthkg/id/"
#: Prefixes every library query may use; prepended to ad-hoc queries sent to a remote endpoint.
PREFIXES = {
    "hkg": "https://w3id.org/healthkg/ontology#",
    "id": ID_BASE,
    "graph": "https://w3id.org/healthkg/graph/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
#: The prefixes for Turtle / TriG output: ``id:`` and ``graph:`` names would need ``\/`` escapes.
TURTLE_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name not in ("id", "graph")}
ENTITY_ID_PREFIXES = ("person/", "org/", "place/")
_XSD = PREFIXES["xsd"]


class QueryTarget(Protocol):
    """Anything that answers SPARQL: :class:`~healthkg.graph.store.GraphStore` or
    :class:`~healthkg.graph.remote.RemoteEndpoint`."""

    def query(self, sparql: str, *, timeout: float | None = None, limit: int | None = None) -> QueryResult: ...


@dataclass(frozen=True)
class Parameter:
    """One parameter of a library query."""

    name: str
    kind: str = "string"
    description: str = ""
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: its name, description, parameters and SPARQL text."""

    name: str
    description: str
    text: str
    parameters: tuple[Parameter, ...] = ()
    examples: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")

    def render(self, params: Mapping[str, str] | None = None, *,
               resolve_entity: Callable[[str], str] | None = None) -> str:
        """The SPARQL text with *params* bound (entity names resolved by *resolve_entity*)."""
        params = dict(params or {})
        for name in params:
            self.parameter(name)
        bindings = {}
        for parameter in self.parameters:
            if parameter.name not in params:
                if not parameter.optional:
                    raise QueryError(f"query {self.name!r} needs --param {parameter.name}=... ({parameter.description})")
                continue
            value = params[parameter.name]
            if parameter.kind == "entity":
                iri = entity_iri(value)
                if iri is None:
                    if resolve_entity is None:
                        raise QueryError(f"{parameter.name}={value!r}: give an IRI or an id such as org/...")
                    iri = resolve_entity(value)
                bindings[parameter.name] = sparql_term(iri, "iri")
            elif parameter.kind == "document":
                bindings[parameter.name] = sparql_term(document_iri(value), "iri")
            else:
                bindings[parameter.name] = sparql_term(value, parameter.kind)
        return bind_values(self.text, bindings) if bindings else self.text


# ---------------------------------------------------------------------------- the library

_HEADER = re.compile(r"^#\s*(description|param|example)\s*:?\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$")
_KINDS = ("entity", "document", "iri", "string", "integer", "date")


def parse_query_file(path: str | Path) -> NamedQuery:
    """Read one ``.rq`` file with its header comment block."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query: {exc}") from exc
    return parse_query_text(text, name=path.stem, path=path)


def parse_query_text(text: str, *, name: str = "query", path: Path | None = None) -> NamedQuery:
    """Parse the header of a query text (``# description:``, ``# param``, ``# example:``).

    >>> q = parse_query_text("# description: all\\n# param t (string, optional): a type\\nSELECT * WHERE { ?s ?p ?o }")
    >>> q.description, q.parameters
    ('all', (Parameter(name='t', kind='string', description='a type', optional=True),))
    """
    description, parameters, examples = [], [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        match = _HEADER.match(stripped)
        if not match:
            continue
        key, value = match.groups()
        if key == "description":
            description.append(value)
        elif key == "example":
            examples.append(value)
        else:
            param = _PARAM.match(value)
            if not param:
                raise QueryError(f"{path or name}: malformed parameter line {stripped!r}")
            pname, options, pdescription = param.groups()
            options = [o.strip() for o in (options or "string").split(",")]
            kind = options[0] or "string"
            if kind not in _KINDS:
                raise QueryError(f"{path or name}: parameter {pname!r} has unknown kind {kind!r}")
            parameters.append(Parameter(pname, kind, pdescription.strip(), "optional" in options[1:]))
    return NamedQuery(name, " ".join(description).strip(), text, tuple(parameters), tuple(examples), path)


def queries_folder() -> Path:
    """The folder of the bundled ``.rq`` files."""
    return Path(str(resources.files("healthkg.graph") / "queries"))


_LIBRARY: dict[str, NamedQuery] | None = None


def library() -> dict[str, NamedQuery]:
    """Every bundled query by name (read on first use)."""
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = {q.name: q for q in map(parse_query_file, sorted(queries_folder().glob("*.rq")))}
    return _LIBRARY


def list_queries() -> list[NamedQuery]:
    """The bundled queries, sorted by name.

    >>> "partners-of" in [q.name for q in list_queries()]
    True
    """
    return list(library().values())


def get_query(name: str) -> NamedQuery:
    """One bundled query by name; :class:`QueryError` listing near names otherwise."""
    try:
        return library()[name]
    except KeyError:
        import difflib

        near = difflib.get_close_matches(name, library(), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(near)}?" if near else "; see 'healthkg query --list'"
        raise QueryError(f"unknown query {name!r}{hint}") from None


# ---------------------------------------------------------------------------- terms and binding

def sparql_term(value: str, kind: str = "string") -> str:
    """*value* written as a SPARQL term of *kind*, escaped (never raw text).

    >>> sparql_term("2022", "integer"), sparql_term("2022-09-28", "date")
    ('2022', '"2022-09-28"^^<http://www.w3.org/2001/XMLSchema#date>')
    >>> sparql_term("https://w3id.org/healthkg/id/place/x", "iri")
    '<https://w3id.org/healthkg/id/place/x>'
    >>> sparql_term("x> } DROP ALL #", "iri")
    Traceback (most recent call last):
    ...
    healthkg.errors.QueryError: not a valid IRI: 'x> } DROP ALL #'
    """
    value = str(value)
    if kind in ("iri", "entity", "document"):
        try:
            node = ox.NamedNode(value)
        except ValueError:
            raise QueryError(f"not a valid IRI: {value!r}") from None
        if ":" not in value:
            raise QueryError(f"not a valid IRI: {value!r}")
        return str(node)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"not an integer: {value!r}")
        return str(int(value))
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise QueryError(f"not a date (YYYY-MM-DD): {value!r}")
        return str(ox.Literal(value.strip(), datatype=ox.NamedNode(_XSD + "date")))
    return str(ox.Literal(value))


#: A comment line that marks where parameters are bound (e.g. inside a sub-select).
PARAMS_MARKER = "#PARAMS"


def bind_values(text: str, bindings: Mapping[str, str]) -> str:
    """Put ``VALUES ?name { term }`` for each binding at each line ``#PARAMS`` when the query
    has some (to bind inside sub-selects), else at the start of the outer WHERE group.

    *bindings* maps variable names to terms already written by :func:`sparql_term`.

    >>> bind_values("SELECT ?x WHERE { ?x ?p ?y }", {"y": '"a"'})
    'SELECT ?x WHERE { VALUES ?y { "a" }\\n ?x ?p ?y }'
    """
    values = "\n".join(f"VALUES ?{name} {{ {term} }}" for name, term in bindings.items())
    lines = text.splitlines(keepends=True)
    marked = False
    for index, line in enumerate(lines):
        if line.strip() == PARAMS_MARKER:
            indent = line[: len(line) - len(line.lstrip())]
            lines[index] = "".join(f"{indent}{v}\n" for v in values.splitlines())
            marked = True
    if marked:
        return "".join(lines)
    position = _outer_group_start(text)
    if position is None:
        raise QueryError("cannot bind parameters: the query has no 'WHERE {' group")
    return f"{text[:position]} {values}\n{text[position:]}"


def _outer_group_start(text: str) -> int | None:
    offset = 0
    for line in text.splitlines(keepends=True):
        if not line.lstrip().startswith("#"):
            match = re.search(r"\bWHERE\s*\{", line, flags=re.IGNORECASE)
            if match:
                return offset + match.end()
        offset += len(line)
    match = re.search(r"\bWHERE\s*\{", text, flags=re.IGNORECASE)  # WHERE and { on different lines
    return match.end() if match else None


def entity_iri(value: str) -> str | None:
    """The IRI of *value* when it is an IRI or a contract id (``org/x``); else ``None`` (a name).

    >>> entity_iri("org/west-china-hospital")
    'https://w3id.org/healthkg/id/org/west-china-hospital'
    >>> entity_iri("West China Hospital") is None
    True
    """
    value = value.strip()
    if re.match(r"^[a-z][a-z0-9+.-]*://", value, flags=re.IGNORECASE):
        return value
    if value.startswith("id:"):
        value = value[3:]
    if value.startswith(ENTITY_ID_PREFIXES) and " " not in value:
        return ID_BASE + value
    return None


def document_iri(value: str) -> str:
    """The IRI of a document given by id or IRI.

    >>> document_iri("000_40dd52778adfcd27")
    'https://w3id.org/healthkg/id/doc/000_40dd52778adfcd27'
    """
    value = value.strip()
    if re.match(r"^[a-z][a-z0-9+.-]*://", value, flags=re.IGNORECASE):
        return value
    if value.startswith("doc/"):
        value = value[4:]
    return ID_BASE + "doc/" + value


_FIND_ENTITY = """PREFIX hkg: <https://w3id.org/healthkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?entity WHERE {
  ?entity hkg:entityType ?type ; rdfs:label|skos:prefLabel|skos:altLabel ?label .
  FILTER(LCASE(STR(?label)) = LCASE(STR(?name)))
} ORDER BY ?entity"""

_ALL_LABELS = """PREFIX hkg: <https://w3id.org/healthkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?entity ?label WHERE {
  ?entity hkg:entityType ?type ; rdfs:label|skos:prefLabel|skos:altLabel ?label .
}"""


def resolve_entity(target: QueryTarget, name: str) -> str:
    """The IRI of the one entity labelled *name* (case-insensitive; any of its names).

    Raises :class:`~healthkg.errors.EntityNotFound` with near names when none or
    several match.
    """
    found = target.query(bind_values(_FIND_ENTITY, {"name": sparql_term(name)})).column("entity")
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise EntityNotFound(name, [iri[len(ID_BASE):] if iri.startswith(ID_BASE) else iri for iri in found],
                             ambiguous=True)
    from rapidfuzz import fuzz, process

    labels = {record["label"]: record["entity"] for record in target.query(_ALL_LABELS).records()}
    near = process.extract(name, list(labels), scorer=fuzz.WRatio, limit=5, score_cutoff=60)
    raise EntityNotFound(name, [match for match, _score, _index in near])


# ---------------------------------------------------------------------------- running

def with_prefixes(text: str) -> str:
    """*text* with the healthkg PREFIX declarations it uses but does not declare.

    >>> with_prefixes("SELECT * WHERE { ?s a schema:City }").splitlines()[0]
    'PREFIX schema: <https://schema.org/>'
    """
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", text, flags=re.IGNORECASE)}
    used = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w<#/]){p}:", text)]
    lines = [f"PREFIX {p}: <{PREFIXES[p]}>" for p in used]
    return "\n".join(lines + [text]) if lines else text


def is_query_text(value: str) -> bool:
    """True when *value* looks like SPARQL text rather than a query name.

    >>> is_query_text("partners-of"), is_query_text("SELECT * WHERE { ?s ?p ?o }")
    (False, True)
    """
    return bool(re.search(r"\s|\{", value.strip()))


def run_query(target: QueryTarget, query: str | NamedQuery, params: Mapping[str, str] | None = None, *,
              timeout: float | None = None, limit: int | None = None) -> QueryResult:
    """Run a library query (by name or :class:`NamedQuery`) or SPARQL text on *target*.

    >>> from healthkg.graph.store import GraphStore
    >>> run_query(GraphStore.in_memory(), "documents").rows
    []
    """
    if isinstance(query, str):
        query = parse_query_text(query) if is_query_text(query) else get_query(query)
    text = query.render(params, resolve_entity=lambda name: resolve_entity(target, name))
    log.debug("running %s", query.name)
    return target.query(with_prefixes(text), timeout=timeout, limit=limit)


__all__ = [
    "NamedQuery", "Parameter", "PREFIXES", "bind_values", "document_iri", "entity_iri", "get_query",
    "list_queries", "library", "parse_query_file", "parse_query_text", "resolve_entity", "run_query",
    "sparql_term", "with_prefixes",
]
