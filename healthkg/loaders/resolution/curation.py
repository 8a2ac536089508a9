"""The curation file: decisions a person made about entity resolution.

Three lists, applied by every build (see ``healthkg/data/curation.yaml``)::

    merges:            # names or ids that are one entity, with an optional preferred name
      - names: [Fan Ruiping, Fan Ruping]
        preferred: Fan Ruiping
    splits:            # names or ids that must never be one entity
      - names: [Wang Lei, Wang Wei]
    preferred_names:   # id -> the name to show
      person/shi-jun: Shi Jun

Each decision remembers where it was written (``file:line``) so a merge it caused can be
traced back (``MergeDecision.curation``).

>>> cur = parse_curation("merges:\\n  - names: [A Corp, A Corporation]\\n", source="c.yaml")
>>> cur.merges[0].names, cur.merges[0].source
(['A Corp', 'A Corporation'], 'c.yaml:2')
>>> parse_curation("merges: [{names: [X]}]", source="c.yaml")
Traceback (most recent call last):
...
healthkg.loaders.resolution.curation.CurationError: c.yaml:1: merges[0]: a merge needs at least two names or ids
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from healthkg.errors import HealthKGError

__all__ = ["Curation", "CurationMerge", "CurationSplit", "CurationError", "load_curation",
           "parse_curation", "DEFAULT_CURATION_PATH"]

#: The project's curation file, applied when no other is given.
DEFAULT_CURATION_PATH = Path(__file__).resolve().parents[2] / "data" / "curation.yaml"


class CurationError(HealthKGError):
    """The curation file is malformed; names the file, the line and the entry."""

    def __init__(self, message: str, source: str | None = None, line: int | None = None,
                 entry: str | None = None):
        self.message, self.source, self.line, self.entry = message, source, line, entry
        where = source or "<curation>"
        if line is not None:
            where = f"{where}:{line}"
        text = f"{where}: {entry}: {message}" if entry else f"{where}: {message}"
        super().__init__(text)


@dataclass(frozen=True)
class CurationMerge:
    """Names or ids that are one entity; ``preferred`` becomes its name."""

    names: list[str]
    preferred: str | None = None
    source: str = ""


@dataclass(frozen=True)
class CurationSplit:
    """Names or ids that must never be merged with each other."""

    names: list[str]
    source: str = ""


@dataclass
class Curation:
    """All decisions of one curation file."""

    merges: list[CurationMerge] = field(default_factory=list)
    splits: list[CurationSplit] = field(default_factory=list)
    preferred_names: dict[str, str] = field(default_factory=dict)
    preferred_sources: dict[str, str] = field(default_factory=dict)
    path: str | None = None

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits or self.preferred_names)


_SECTIONS = ("merges", "splits", "preferred_names")


def _names(node: yaml.Node, entry: str, source: str) -> list[str]:
    """The list of strings under ``names`` (or a bare list) of one entry."""
    if isinstance(node, yaml.MappingNode):
        values = {k.value: v for k, v in node.value}
        unknown = set(values) - {"names", "preferred"}
        if unknown:
            raise CurationError(f"unknown key(s) {sorted(unknown)}; expected names, preferred",
                                source, node.start_mark.line + 1, entry)
        if "names" not in values:
            raise CurationError("missing 'names'", source, node.start_mark.line + 1, entry)
        node = values["names"]
    if not isinstance(node, yaml.SequenceNode) or not all(
            isinstance(item, yaml.ScalarNode) for item in node.value):
        raise CurationError("'names' must be a list of names or ids", source,
                            node.start_mark.line + 1, entry)
    names = [str(item.value).strip() for item in node.value if str(item.value).strip()]
    return names


def parse_curation(text: str, source: str = "<curation>") -> Curation:
    """Parse and validate the text of a curation file."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise CurationError(f"not valid YAML ({getattr(exc, 'problem', exc)})", source,
                            mark.line + 1 if mark else None) from None
    curation = Curation(path=source)
    if root is None or (isinstance(root, yaml.ScalarNode) and not root.value):
        return curation
    if not isinstance(root, yaml.MappingNode):
        raise CurationError("the file must be a mapping with merges, splits, preferred_names",
                            source, root.start_mark.line + 1)
    for key_node, value in root.value:
        section = key_node.value
        line = key_node.start_mark.line + 1
        if section not in _SECTIONS:
            raise CurationError(f"unknown section {section!r}; expected one of {', '.join(_SECTIONS)}",
                                source, line)
        if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
            continue
        if section == "preferred_names":
            if not isinstance(value, yaml.MappingNode):
                raise CurationError("preferred_names must map ids to names", source, line)
            for k, v in value.value:
                if not isinstance(v, yaml.ScalarNode) or not str(v.value).strip():
                    raise CurationError("a preferred name must be a non-empty string", source,
                                        k.start_mark.line + 1, f"preferred_names[{k.value}]")
                curation.preferred_names[str(k.value)] = str(v.value).strip()
                curation.preferred_sources[str(k.value)] = f"{source}:{k.start_mark.line + 1}"
            continue
        if not isinstance(value, yaml.SequenceNode):
            raise CurationError(f"{section} must be a list", source, line)
        for i, item in enumerate(value.value):
            entry = f"{section}[{i}]"
            item_line = item.start_mark.line + 1
            names = _names(item, entry, source)
            if len(names) < 2:
                kind = "merge" if section == "merges" else "split"
                raise CurationError(f"a {kind} needs at least two names or ids", source, item_line, entry)
            where = f"{source}:{item_line}"
            if section == "merges":
                preferred = None
                if isinstance(item, yaml.MappingNode):
                    pref = {k.value: v for k, v in item.value}.get("preferred")
                    if pref is not None:
                        if not isinstance(pref, yaml.ScalarNode):
                            raise CurationError("'preferred' must be a name", source, item_line, entry)
                        preferred = str(pref.value).strip() or None
                curation.merges.append(CurationMerge(names, preferred, where))
            else:
                curation.splits.append(CurationSplit(names, where))
    _check_conflicts(curation, source)
    return curation


def _check_conflicts(curation: Curation, source: str) -> None:
    """A merge may not force together two names that a split keeps apart."""
    for split in curation.splits:
        for merge in curation.merges:
            shared = {n.casefold() for n in split.names} & {n.casefold() for n in merge.names}
            if len(shared) >= 2:
                raise CurationError(
                    f"names {sorted(shared)} are both merged ({merge.source}) and split",
                    source, int(split.source.rsplit(":", 1)[1]), "splits")


def load_curation(path: str | Path | None = None) -> Curation:
    """Load a curation file (the project's ``healthkg/data/curation.yaml`` by default).

    >>> isinstance(load_curation(), Curation)
    True
    """
    path = Path(path) if path is not None else DEFAULT_CURATION_PATH
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CurationError(f"cannot read curation file ({exc.__class__.__name__}: {exc})",
                            str(path)) from None
    return parse_curation(text, source=str(path))
