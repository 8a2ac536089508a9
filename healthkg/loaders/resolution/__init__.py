"""Cross-document and cross-language entity resolution.

One real-world entity gets one id across a run: ``person/<slug>``, ``org/<slug>``,
``place/<slug>``, derived from the entity's own canonical name (or kept from a store).
Every merge is explained (:class:`ResolutionReport`), and the curation file
(``healthkg/data/curation.yaml``) forces merges, splits and preferred names.

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
