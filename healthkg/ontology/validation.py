"""Checking a graph against the healthkg SHACL shapes.

:func:`validate_graph` runs pyshacl (no inference: emission states every class it
needs; SHACL-AF on, for the SPARQL targets and constraints in ``shapes.ttl``) and returns
``(conforms, report_graph, report_text)``. It never changes the data it checks, and a
:class:`rdflib.Dataset` is checked as the union of all its graphs.

>>> from rdflib import Graph
>>> conforms, report, text = validate_graph(Graph())
>>> conforms
True
>>> len(load_ontology()) > 300 and len(load_shapes()) > 100
True
"""
from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

import pyshacl
from rdflib import Dataset, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from healthkg.errors import HealthKGError

__all__ = ["validate_graph", "load_shapes", "load_ontology", "report_messages"]

log = logging.getLogger(__name__)

ONTOLOGY_FILE = "healthkg.ttl"
SHAPES_FILE = "shapes.ttl"


@lru_cache(maxsize=None)
def _package_text(name: str) -> str:
    return resources.files("healthkg.ontology").joinpath(name).read_text(encoding="utf-8")


def _parse_package_file(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=_package_text(name), format="turtle")
    return graph


def load_ontology() -> Graph:
    """A fresh graph of the healthkg ontology (``healthkg.ttl``)."""
    return _parse_package_file(ONTOLOGY_FILE)


def load_shapes() -> Graph:
    """A fresh graph of the healthkg SHACL shapes (``shapes.ttl``)."""
    return _parse_package_file(SHAPES_FILE)


def validate_graph(data: Graph | Dataset, *, shapes: Graph | None = None) -> tuple[bool, Graph, str]:
    """Validate *data* against *shapes* (the healthkg shapes by default).

    Returns ``(conforms, report_graph, report_text)``; a Dataset is validated as the
    union of its graphs. The data is left as it was.

    Raises :class:`healthkg.errors.HealthKGError` when validation cannot run at all
    (for example malformed shapes).
    """
    shapes_graph = load_shapes() if shapes is None else shapes
    # pyshacl copies the data in advanced mode, in case SHACL rules write to it; copying
    # costs half the time on a large Dataset. Without rules (the healthkg shapes have
    # none) nothing is written, so validate in place and restore the one flag pyshacl
    # sets on a Dataset (default_union).
    in_place = (None, SH.rule, None) not in shapes_graph
    union_flag = getattr(data, "default_union", None)
    try:
        conforms, report_graph, report_text = pyshacl.validate(
            data,
            shacl_graph=shapes_graph,
            inference="none",
            advanced=True,
            inplace=in_place,
            abort_on_first=False,
            allow_warnings=False,
            allow_infos=True,
        )
    except Exception as exc:  # pyshacl raises several unrelated exception types
        raise HealthKGError(f"SHACL validation could not run: {exc}") from exc
    finally:
        if union_flag is not None:
            data.default_union = union_flag
    if not isinstance(report_graph, Graph):  # pyshacl returns its ValidationFailure here
        raise HealthKGError(f"SHACL validation could not run: {report_text}")
    log.debug("SHACL validation: conforms=%s", conforms)
    return bool(conforms), report_graph, report_text


def report_messages(report_graph: Graph) -> list[str]:
    """One sorted line per validation result: ``focus node | path | message``.

    >>> report_messages(Graph())
    []
    """
    lines = []
    for result in report_graph.subjects(SH.resultSeverity, None):
        focus = _short(report_graph.value(result, SH.focusNode))
        path = _short(report_graph.value(result, SH.resultPath))
        messages = sorted(str(m) for m in report_graph.objects(result, SH.resultMessage))
        lines.append(f"{focus} | {path} | {'; '.join(messages)}")
    return sorted(lines)


def _short(node: Node | None) -> str:
    return "-" if node is None else node.n3()
