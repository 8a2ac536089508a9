"""Cross-document and cross-language entity resolution.

One real-world entity gets one id across a run: ``person/<slug>``, ``org/<slug>``,
``place/<slug>``, derived from the entity's own canonical name (or kept from a store).
Every merge is explained (:class:`ResolutionReport`), and the curation file
(``healthkg/data/curation.yaml``) forces merges, splits and preferred names.

Modules: :mod:`.normalise` (name keys), :mod:`.countries` (country and world-region names
in many languages -> codes), :mod:`.matching` (blocking, rules, union-find with
contradiction checks), :mod:`.curation` (the curation file), :mod:`.resolve` (ids, names,
rewriting, the report). Word lists: ``names.yaml`` and ``translations.yaml`` beside them.

The report (:class:`ResolutionReport`):

- ``merges``: one :class:`MergeDecision` per entity made of two or more input entities:
  ``id``, ``name``, ``type``, ``members`` (``document`` — ``None`` for a store entity —,
  ``original_id``, ``name``), ``reasons`` (one sentence per rule that merged, e.g.
  ``"same GeoNames id 1815286"``), ``curation`` (``"file:line"`` of each curation merge that
  forced it; ``curated`` is ``bool(curation)``);
- ``id_map``: document id -> provisional id -> final id;
- ``preferred``: final id -> ``"file:line"`` of the preferred name applied to it;
- ``entity_count``; ``to_dict()`` gives all of it as plain JSON-ready data.

>>> from healthkg.loaders.resolution import resolve_entities, load_curation
>>> callable(resolve_entities) and load_curation().merges == []
True
"""
from __future__ import annotations

from .curation import (Curation, CurationError, CurationMerge, CurationSplit, load_curation,
                       parse_curation)
from .resolve import (KnownEntity, MergeDecision, MergedMember, ResolutionReport,
                      known_entities_from_rows, resolve_entities)

__all__ = [
    "resolve_entities", "KnownEntity", "ResolutionReport", "MergeDecision", "MergedMember",
    "Curation", "CurationMerge", "CurationSplit", "CurationError", "load_curation",
    "parse_curation", "known_entities_from_rows",
]
