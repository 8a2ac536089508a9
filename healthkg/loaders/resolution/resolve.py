"""Resolution of a whole run: cluster records, choose names and ids, rewrite extractions.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.statements import DocumentExtraction, Entity, Mention
>>> def doc(i, name):
...     text = f"{name} signed."
...     return DocumentExtraction(Document(id=i, source=i, text=text, language="en"),
...         entities=[Entity(f"org/{i}", "Company", name, [Mention(name, 0, len(name))])])
>>> runs = [doc("a", "JustGood Health Industry Group"), doc("b", "Justgood Health Industry Group")]
>>> report = resolve_entities(runs)
>>> runs[0].entities[0].id == runs[1].entities[0].id == "org/justgood-health-industry-group"
True
>>> report.merges[0].reasons
["same name key 'justgood health industry group'"]
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from healthkg.loaders.statements import DocumentExtraction, Entity, coarse_kind

from . import normalise as nz
from .countries import country_name
from .curation import Curation
from .matching import (Clusters, Record, _iso, merge_global, merge_person_variants,
                       merge_within_documents)

__all__ = ["KnownEntity", "MergedMember", "MergeDecision", "ResolutionReport", "resolve_entities",
           "known_entities_from_rows"]

log = logging.getLogger(__name__)

_POSSESSIVE_END = re.compile(r"['’]s?$")
_PREFIX = {"person": "person", "org": "org", "place": "place"}


def _kind(entity_type: str) -> str:
    """``person``, ``org`` or ``place`` (the id prefixes) for a fine type."""
    kind = coarse_kind(entity_type)
    return "org" if kind == "organization" else kind


@dataclass
class KnownEntity:
    """An entity already in a store: its id is kept when new mentions resolve to it."""

    id: str
    type: str
    names: list[str]
    links: dict[str, Any] = field(default_factory=dict)


@dataclass
class MergedMember:
    """One input entity that went into a merged entity."""

    document: str | None  # None for a known (store) entity
    original_id: str
    name: str


@dataclass
class MergeDecision:
    """One resolved entity made of more than one input entity, and why.

    ``curation`` holds the sources (``file:line``) of curation decisions that forced
    (part of) the merge; empty when the rules alone decided.
    """

    id: str
    name: str
    type: str
    members: list[MergedMember]
    reasons: list[str]
    curation: list[str] = field(default_factory=list)

    @property
    def curated(self) -> bool:
        return bool(self.curation)


@dataclass
class ResolutionReport:
    """What resolution did: merges with reasons, the id map, preferred names applied."""

    merges: list[MergeDecision] = field(default_factory=list)
    id_map: dict[str, dict[str, str]] = field(default_factory=dict)  # doc id -> old id -> new id
    preferred: dict[str, str] = field(default_factory=dict)  # id -> curation source
    entity_count: int = 0

    def decision_for(self, entity_id: str) -> MergeDecision | None:
        """The merge decision that produced ``entity_id``, if it was a merge."""
        return next((m for m in self.merges if m.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for merge, decision in zip(out["merges"], self.merges):
            merge["curated"] = decision.curated
        return out


# ---------------------------------------------------------------------------- records

def _mention_language(extraction: DocumentExtraction, start: int, given: str | None) -> str | None:
    if given:
        return given
    for sentence in extraction.document.sentences:
        if sentence.start <= start < sentence.end and sentence.language:
            return sentence.language
    return extraction.document.language


def _entity_names(entity: Entity) -> list[str]:
    names = [entity.name] + [m.text for m in entity.mentions] + list(entity.alt_names)
    seen, out = set(), []
    for name in names:
        name = (name or "").strip()
        if name and nz.fold(name) and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _titles(extraction: DocumentExtraction, entity: Entity) -> frozenset[str]:
    titles = {nz.fold(r.role) for r in extraction.relations
              if r.type == "role" and r.subject == entity.id and r.role}
    attr = entity.attributes.get("titles") or entity.attributes.get("title") or []
    titles |= {nz.fold(t) for t in ([attr] if isinstance(attr, str) else attr)}
    return frozenset(t for t in titles if t)


def _build_records(extractions, known) -> tuple[list[Record], list[tuple[int, Entity] | None]]:
    records: list[Record] = []
    owners: list[tuple[int, Entity] | None] = []
    for k in known:
        records.append(Record(len(records), None, _kind(k.type), k.type,
                              [n for n in k.names if n and n.strip()] or [k.id],
                              dict(k.links or {}), known_id=k.id, original_id=k.id))
        owners.append(None)
    for pos, extraction in enumerate(extractions):
        for entity in extraction.entities:
            records.append(Record(len(records), extraction.document.id, _kind(entity.type),
                                  entity.type, _entity_names(entity) or [entity.id], dict(entity.links),
                                  _titles(extraction, entity), original_id=entity.id))
            owners.append((pos, entity))
    return records, owners


def _split_tags(records: list[Record], curation: Curation | None) -> dict[int, set[tuple[int, int]]]:
    tags: dict[int, set[tuple[int, int]]] = defaultdict(set)
    if not curation:
        return tags
    for g, split in enumerate(curation.splits):
        for e, name in enumerate(split.names):
            for r in _matching(records, name):
                tags[r.index].add((g, e))
    return tags


def _matching(records: list[Record], name_or_id: str) -> list[Record]:
    """Records a curation entry names: by name (folded), by id, or by the id a name gives."""
    folded = nz.fold(name_or_id)
    return [r for r in records
            if name_or_id in (r.original_id, r.known_id)
            or any(nz.fold(n) == folded or f"{r.kind}/{nz.slugify(n)}" == name_or_id for n in r.names)]


# ---------------------------------------------------------------------------- naming

def _canonical_name(records: list[Record], owners, preferred: str | None) -> str:
    if preferred:
        return preferred
    known = [r for r in records if r.known_id]
    if known:
        return known[0].names[0]
    kinds = {r.kind for r in records}
    codes = sorted({code for r in records for code in [_iso(r)] if code})
    if kinds == {"place"} and len(codes) == 1:
        english = country_name(codes[0]) if ":" not in codes[0] else _region_name(codes[0])
        if english:
            return english
    freq: Counter[str] = Counter()
    candidates: set[str] = set()
    first = _earliest_document(records)
    for r in records:
        owner = owners[r.index]
        if owner is None or r.doc != first:  # the earliest document names it (stable ids)
            continue
        entity = owner[1]
        candidates.add(entity.name)
        freq.update(m.text for m in entity.mentions)
        freq[entity.name] += 1

    def score(name: str):
        words = nz.person_tokens(name) if "person" in kinds else nz.tokens(name)
        capitals = sum(1 for w in name.split() if w[:1].isupper())
        possessive = bool(_POSSESSIVE_END.search(name))
        return (not nz.is_acronym(name), not possessive, len(words), capitals, freq[name],
                len(name), name)
    return max(candidates, key=score) if candidates else records[0].names[0]


def _region_name(code: str) -> str | None:
    """The English CLDR name of a ``m49:NNN`` world region."""
    from babel import Locale

    return Locale("en").territories.get(code.split(":", 1)[1])


def _earliest_document(records: list[Record]) -> str | None:
    """The smallest document id among *records*: the document whose names and types decide an
    entity's id, name and type, so that building documents one at a time (in id order) into a
    store gives the same graph as building them together."""
    return min((r.doc for r in records if r.doc is not None), default=None)


def _cluster_type(records: list[Record], owners) -> str:
    known = sorted((r for r in records if r.known_id), key=lambda r: r.known_id or "")
    if known:
        return known[0].type
    first = _earliest_document(records)
    records = [r for r in records if r.doc == first] or records
    votes: Counter[str] = Counter()
    for r in records:
        owner = owners[r.index]
        weight = 1 + (len(owner[1].mentions) if owner else 0)
        votes[r.type] += weight
    return max(votes, key=lambda t: (t != "Organization", votes[t], t)) if len(votes) > 1 else \
        next(iter(votes))


def _identity(records: list[Record], kind: str, name: str) -> str:
    """Content that identifies a cluster independently of other documents (for hashes)."""
    geonames = sorted({str(r.links["geonames"]) for r in records if r.links.get("geonames")})
    if geonames:
        return f"geonames:{geonames[0]}"
    words = nz.person_tokens(name) if kind == "person" else nz.tokens(name)
    key = nz.person_key(name) if kind == "person" else nz.fold(name)
    if kind == "person" and len(words) < 2:
        # a bare given name or surname never leaves its document: the document is part of it
        key += "@" + min(r.scope for r in records)
    return f"{kind}:{key}"


def _assign_ids(clusters, roots, owners, curation, known_ids) -> dict[int, tuple[str, str, str]]:
    """root -> (id, name, type); ids from names, collisions broken by a content hash."""
    proposals: dict[int, tuple[str, str, str, str]] = {}
    for root in roots:
        recs = [clusters.records[i] for i in clusters.members(root)]
        kind = recs[0].kind
        preferred = None
        for decision in clusters.curated.get(root, []):
            preferred = decision[1] or preferred
        name = _canonical_name(recs, owners, preferred)
        etype = _cluster_type(recs, owners)
        known = sorted(r.known_id for r in recs if r.known_id)
        if known:
            proposals[root] = (known[0], name, etype, "")
            continue
        proposals[root] = (f"{_PREFIX[kind]}/{nz.slugify(name)}", name, etype, _identity(recs, kind, name))
    first_docs = {root: _earliest_document([clusters.records[i] for i in clusters.members(root)]) or ""
                  for root in proposals}
    by_id: dict[str, list[int]] = defaultdict(list)
    for root, (eid, *_rest) in proposals.items():
        by_id[eid].append(root)
    final: dict[int, tuple[str, str, str]] = {}
    for eid, group in by_id.items():
        ordered = sorted(group, key=lambda r: (proposals[r][3] != "", first_docs[r], proposals[r][3]))
        for n, root in enumerate(ordered):
            _, name, etype, identity = proposals[root]
            scoped = "@" in identity  # always suffixed, so other documents cannot shift it
            if (n == 0 and not scoped and not (identity and eid in known_ids)) or not identity:
                final[root] = (eid, name, etype)
            else:
                digest = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:6]
                final[root] = (f"{eid}-{digest}", name, etype)
    if curation:
        for root, (eid, name, etype) in list(final.items()):
            if eid in curation.preferred_names:
                final[root] = (eid, curation.preferred_names[eid], etype)
    return final


# ---------------------------------------------------------------------------- rewriting

def _rewrite(extractions, owners, clusters, final) -> dict[str, dict[str, str]]:
    id_map: dict[str, dict[str, str]] = defaultdict(dict)
    alt_names: dict[int, dict[str, str | None]] = defaultdict(dict)
    for i, owner in enumerate(owners):
        root = clusters.find(i)
        if owner is None:
            for name in clusters.records[i].names:
                alt_names[root].setdefault(name, None)
            continue
        pos, entity = owner
        extraction = extractions[pos]
        alt_names[root].setdefault(entity.name, extraction.document.language)
        for m in entity.mentions:
            alt_names[root].setdefault(m.text, _mention_language(extraction, m.start, m.language))
        for name, lang in entity.alt_names.items():
            if lang or name not in alt_names[root]:
                alt_names[root][name] = lang
    index_of = {id(o[1]): k for k, o in enumerate(owners) if o is not None}
    for pos, extraction in enumerate(extractions):
        merged: dict[str, Entity] = {}
        mapping = id_map[extraction.document.id]
        for entity in extraction.entities:
            i = index_of[id(entity)]
            root = clusters.find(i)
            new_id, name, etype = final[root]
            mapping[entity.id] = new_id
            if new_id in merged:
                target = merged[new_id]
                spans = {(m.start, m.end) for m in target.mentions}
                target.mentions += [m for m in entity.mentions if (m.start, m.end) not in spans]
                target.mentions.sort(key=lambda m: (m.start, m.end))
                for k, v in entity.links.items():
                    target.links.setdefault(k, v)
                for k, v in entity.attributes.items():
                    target.attributes.setdefault(k, v)
                continue
            entity.id, entity.name, entity.type = new_id, name, etype
            entity.alt_names = {n: lang for n, lang in sorted(alt_names[root].items()) if n != name}
            merged[new_id] = entity
        extraction.entities = list(merged.values())
        seen_relations = set()
        relations = []
        for rel in extraction.relations:
            rel.subject = mapping.get(rel.subject, rel.subject)
            rel.object = mapping.get(rel.object, rel.object)
            key = (rel.type, rel.subject, rel.object, rel.role, rel.evidence.start, rel.evidence.end)
            if rel.subject == rel.object or key in seen_relations:
                continue
            seen_relations.add(key)
            relations.append(rel)
        extraction.relations = relations
        for event in extraction.events:
            event.participants = list(dict.fromkeys(mapping.get(p, p) for p in event.participants))
    return dict(id_map)


def _context(records: list[Record], owners, extractions, clusters) -> dict[int, set[str]]:
    """Per person record: the resolved organisations, sub-national places, people and titles
    around it in its document (countries and world regions are too common to count)."""
    by_doc: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if r.doc is not None:
            by_doc[r.doc].append(r)
    context: dict[int, set[str]] = {}
    for r in records:
        if r.kind != "person" or r.doc is None:
            continue
        # use cluster roots, so a translated name in the other document still counts
        around = {f"{clusters.records[clusters.find(o.index)].names[0]!r}" for o in by_doc[r.doc]
                  if o.index != r.index and (
                      o.kind == "org"
                      or (o.kind == "place" and o.type != "Country" and not _iso(o))
                      or (o.kind == "person" and len(nz.person_tokens(o.names[0])) > 1))}
        around |= {f"title {t!r}" for t in r.titles}
        context[r.index] = around
    return context


def resolve_entities(extractions: list[DocumentExtraction], *, known: list[KnownEntity] | None = None,
                     curation: Curation | None = None) -> ResolutionReport:
    """Give one id to each real-world entity across ``extractions`` (rewritten in place).

    Entity ids, relation subjects/objects and event participants are rewritten; entities
    of one document that turn out to be the same are collapsed into one (mentions
    combined). ``known`` entities (from a store) keep their ids. ``curation`` decisions
    (forced merges, splits, preferred names) are applied first and recorded.
    """
    known = list(known or [])
    records, owners = _build_records(extractions, known)
    clusters = Clusters(records, _split_tags(records, curation))
    if curation:
        for merge in curation.merges:
            matched = {r.index for name in merge.names for r in _matching(records, name)}
            matched = sorted(matched)
            for other in matched[1:]:
                clusters.union(matched[0], other, f"curation: forced merge ({merge.source})", force=True)
            if matched:
                clusters.curated[clusters.find(matched[0])].append((merge.source, merge.preferred))
    place_names = {nz.place_key(n, r.type) for r in records if r.kind == "place" for n in r.names}
    place_names |= {nz.fold(n) for r in records if r.kind == "place" for n in r.names}
    texts = {x.document.id: x.document.text for x in extractions}
    merge_within_documents(clusters, records, place_names, texts)
    merge_global(clusters, records, place_names)
    merge_person_variants(clusters, records, _context(records, owners, extractions, clusters))
    roots = clusters.roots()
    known_ids = {k.id for k in known}
    final = _assign_ids(clusters, roots, owners, curation, known_ids)
    report = ResolutionReport(entity_count=len(roots))
    for root in roots:
        members = clusters.members(root)
        eid, name, etype = final[root]
        if curation and eid in curation.preferred_names:
            report.preferred[eid] = curation.preferred_sources.get(eid, "")
        if len(members) < 2:
            continue
        report.merges.append(MergeDecision(
            id=eid, name=name, type=etype,
            members=[MergedMember(clusters.records[i].doc, clusters.records[i].original_id,
                                  clusters.records[i].names[0]) for i in sorted(members)],
            reasons=list(clusters.reasons(root)),
            curation=[source for source, _ in clusters.curated.get(root, [])]))
    report.id_map = _rewrite(extractions, owners, clusters, final)
    report.merges.sort(key=lambda m: m.id)
    return report


def known_entities_from_rows(rows: list[dict[str, Any]]) -> list[KnownEntity]:
    """Known entities from plain SPARQL result rows (one row per entity and name).

    Expected keys: ``id`` (the entity IRI or the contract id), ``type`` (the
    ``hkg:entityType`` literal), ``name`` (``rdfs:label``/``skos:altLabel``), optional
    ``geonames`` and ``iso3166``. Rows of one id are combined; the ``rdfs:label`` row should
    come first (or carry ``"label": True``).

    >>> rows = [{"id": "https://w3id.org/healthkg/id/place/china", "type": "Country", "name": "Kina"},
    ...         {"id": "https://w3id.org/healthkg/id/place/china", "type": "Country", "name": "China",
    ...          "label": True, "iso3166": "CN"}]
    >>> k = known_entities_from_rows(rows)[0]
    >>> k.id, k.names, k.links
    ('place/china', ['China', 'Kina'], {'iso3166': 'CN'})
    """
    prefix = "https://w3id.org/healthkg/id/"
    entities: dict[str, KnownEntity] = {}
    for row in rows:
        raw_id = str(row.get("id") or "").strip()
        if not raw_id:
            continue
        eid = raw_id[len(prefix):] if raw_id.startswith(prefix) else raw_id
        entity = entities.setdefault(eid, KnownEntity(eid, str(row.get("type") or "Organization"), []))
        name = str(row.get("name") or "").strip()
        if name and name not in entity.names:
            if row.get("label"):
                entity.names.insert(0, name)
            else:
                entity.names.append(name)
        for link in ("geonames", "iso3166", "lat", "lon"):
            if row.get(link) not in (None, ""):
                entity.links[link] = str(row[link])
    return list(entities.values())
