"""One exception tree for the whole library.

The library raises these; only :mod:`healthkg.cli` turns them into messages and
exit codes.

>>> err = LoaderError("not a text file (binary content)", source="x.bin")
>>> str(err)
'x.bin: not a text file (binary content)'
>>> isinstance(err, HealthKGError)
True
"""
from __future__ import annotations


class HealthKGError(Exception):
    """Base class of every error healthkg raises on purpose."""


class LoaderError(HealthKGError):
    """A source could not be read; names the source and, when known, the position."""

    def __init__(self, message: str, source: str | None = None, position: str | int | None = None):
        self.message = message
        self.source = source
        self.position = position
        super().__init__(message)

    def __str__(self) -> str:
        where = self.source or "<input>"
        if self.position is not None:
            where = f"{where}:{self.position}"
        return f"{where}: {self.message}"


class ExtractionError(HealthKGError):
    """Extraction failed for one document."""


class StoreError(HealthKGError):
    """A graph store could not be opened, read or written."""


class QueryError(HealthKGError):
    """A SPARQL query is unknown, malformed or failed."""


class EntityNotFound(HealthKGError):
    """An entity named on the command line is unknown or ambiguous; lists near matches."""

    def __init__(self, name: str, candidates: list[str] | None = None, ambiguous: bool = False):
        self.name = name
        self.candidates = list(candidates or [])
        self.ambiguous = ambiguous
        kind = "ambiguous" if ambiguous else "unknown"
        message = f"{kind} entity {name!r}"
        if self.candidates:
            message += "; did you mean: " + ", ".join(self.candidates[:8])
        super().__init__(message)


class ValidationFailed(HealthKGError):
    """A graph does not conform to the SHACL shapes; carries the report."""

    def __init__(self, report_text: str, report_graph=None, source: str | None = None):
        self.report_text = report_text
        self.report_graph = report_graph
        self.source = source
        first = f"{source}: " if source else ""
        super().__init__(f"{first}graph does not conform to the healthkg shapes")
