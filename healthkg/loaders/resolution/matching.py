"""Candidate generation (blocking keys) and merge rules, each decision with its reason.

A :class:`Record` is one entity as one document (or the store) saw it. :class:`Clusters`
is a union-find over records that refuses merges that contradict something (two GeoNames
ids, two different full names of a person, a curated split). The rule functions walk the
blocks and merge; each successful merge stores a human-readable reason.

>>> recs = [Record(0, "d1", "org", "Company", ["JustGood Health Industry Group"]),
...         Record(1, "d2", "org", "Company", ["Justgood Health Industry Group"])]
>>> clusters = Clusters(recs)
>>> merge_global(clusters, recs)
>>> clusters.find(0) == clusters.find(1), clusters.reasons(0)
(True, ["same name key 'justgood health industry group'"])
"""
from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from . import normalise as nz
from .countries import country_code, nationality_words, world_region_code

__all__ = ["Record", "Clusters", "merge_within_documents", "merge_global",
           "merge_person_variants", "FAMILIES"]

log = logging.getLogger(__name__)

#: Fine organisation types that may name the same body (fuzzy matches need one family).
FAMILIES = {
    "Hospital": "care", "University": "care", "ResearchInstitute": "care",
    "Company": "business", "MediaOrganization": "business",
    "GovernmentBody": "public", "Association": "association",
}
ORG_FUZZY_WITHIN = 92.0
ORG_FUZZY_ACROSS = 94.0
PERSON_VARIANT_MIN_LEN = 5


@dataclass
class Record:
    """One entity as seen by one document (``doc`` is ``None`` for a known store entity)."""

    index: int
    doc: str | None
    kind: str
    type: str
    names: list[str]
    links: dict[str, Any] = field(default_factory=dict)
    titles: frozenset[str] = frozenset()
    known_id: str | None = None
    original_id: str = ""

    @property
    def scope(self) -> str:
        """The document, or ``known:<id>`` for a store entity (its own scope)."""
        return self.doc if self.doc is not None else f"known:{self.known_id}"


def _name_variants(record: Record) -> list[tuple[list[str], list[str]]]:
    """(raw words, inflection-free words) of each distinct organisation/place name."""
    return _variants(tuple(record.names), record.kind)


@functools.lru_cache(maxsize=100_000)
def _variants(names: tuple[str, ...], kind: str) -> list[tuple[list[str], list[str]]]:
    seen, out = set(), []
    for name in names:
        raw = nz.strip_legal_forms(nz.tokens(name)) if kind == "org" else nz.tokens(name)
        raw = [w for w in raw if w != "&"]
        infl = [nz._inflect(w) for w in raw]
        if infl and tuple(infl) not in seen:
            seen.add(tuple(infl))
            out.append((raw, infl))
    return out


class Clusters:
    """Union-find over records with cannot-link checks and merge reasons."""

    def __init__(self, records: list[Record], split_tags: dict[int, set[tuple[int, int]]] | None = None):
        self.records = records
        self.parent = list(range(len(records)))
        self._reasons: dict[int, list[str]] = defaultdict(list)
        self.curated: dict[int, list[str]] = defaultdict(list)
        self._geonames = {r.index: {str(r.links["geonames"])} if r.links.get("geonames") else set()
                          for r in records}
        self._iso = {r.index: {_iso(r)} - {None} for r in records}
        self._persons = {r.index: {nz.person_key(n) for n in r.names if len(nz.person_tokens(n)) > 1}
                         if r.kind == "person" else set() for r in records}
        self._splits = {r.index: set((split_tags or {}).get(r.index, ())) for r in records}
        self._known = {r.index: {r.known_id} if r.known_id else set() for r in records}
        self._members = {r.index: [r.index] for r in records}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self, i: int) -> list[int]:
        return self._members[self.find(i)]

    def reasons(self, i: int) -> list[str]:
        return self._reasons[self.find(i)]

    def conflict(self, a: int, b: int) -> str | None:
        """Why clusters of ``a`` and ``b`` cannot be one entity, or ``None``."""
        ra, rb = self.find(a), self.find(b)
        if self.records[ra].kind != self.records[rb].kind:
            return "different kinds"
        ga, gb = self._geonames[ra], self._geonames[rb]
        if ga and gb and not ga & gb:
            return f"different GeoNames ids {sorted(ga)} / {sorted(gb)}"
        ia, ib = self._iso[ra], self._iso[rb]
        if ia and ib and not ia & ib:
            return f"different codes {sorted(ia)} / {sorted(ib)}"
        for pa in self._persons[ra]:
            for pb in self._persons[rb]:
                if pa != pb and not person_variant(pa, pb):
                    return f"different full names {pa!r} / {pb!r}"
        ka, kb = self._known[ra], self._known[rb]
        if ka and kb and ka != kb:
            return f"two entities already in the store {sorted(ka | kb)}"
        if self.records[ra].kind == "place" and self._city_and_region_of_one_document(ra, rb):
            return "a city and a region of one document"
        groups: dict[int, int] = {}
        for group, element in self._splits[ra] | self._splits[rb]:
            if groups.setdefault(group, element) != element:
                return "curation: forced split"
        return None

    def _city_and_region_of_one_document(self, ra: int, rb: int) -> bool:
        """Whether one document names a city and a region that the two clusters hold
        ("de Provincie Groningen" and "in Groningen"): the text tells them apart."""
        types_a = {(self.records[i].doc, self.records[i].type) for i in self._members[ra]}
        types_b = {(self.records[i].doc, self.records[i].type) for i in self._members[rb]}
        return any(doc is not None and {ta, tb} == {"City", "Region"}
                   for doc, ta in types_a for doc_b, tb in types_b if doc == doc_b)

    def union(self, a: int, b: int, reason: str, *, force: bool = False) -> bool:
        """Merge the clusters of ``a`` and ``b`` unless something contradicts (or ``force``)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        why_not = None if force else self.conflict(ra, rb)
        if why_not:
            log.debug("not merging %s and %s (%s): %s", self.records[ra].names[:1],
                      self.records[rb].names[:1], reason, why_not)
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self._reasons[keep] += [r for r in self._reasons.pop(gone, []) if r not in self._reasons[keep]]
        if reason not in self._reasons[keep]:
            self._reasons[keep].append(reason)
        self.curated[keep] += self.curated.pop(gone, [])
        for store in (self._geonames, self._iso, self._persons, self._splits, self._known):
            store[keep] |= store.pop(gone)
        self._members[keep] += self._members.pop(gone)
        return True

    def roots(self) -> list[int]:
        return sorted({self.find(i) for i in range(len(self.records))})


def _iso(record: Record) -> str | None:
    """A place's country, subdivision or world-region code, from links or (for countries and
    world regions) from its names."""
    if record.kind != "place":
        return None
    if record.links.get("iso3166") and record.type == "Country":
        return str(record.links["iso3166"]).upper()
    if record.type == "Country":
        for name in record.names:
            code = country_code(name)
            if code:
                return code
    if record.type == "Region" and "-" in str(record.links.get("iso3166", "")):
        return str(record.links["iso3166"]).upper()  # a subdivision: "Catalunya" and "Cataluña" are ES-CT
    if record.type == "Region":
        for name in record.names:
            code = world_region_code(name)
            if code:
                return code
    return None


def person_variant(key_a: str, key_b: str) -> bool:
    """Two person name keys that differ by one letter in one long given name, or by two
    letters swapped in one given name.

    >>> person_variant("fan ruiping", "fan ruping"), person_variant("lei wang", "wang wei")
    (True, False)
    >>> person_variant("lei wang", "lie wang"), person_variant("hua li", "hui li")
    (True, False)
    """
    ta, tb = key_a.split(), key_b.split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    shared = set(ta) & set(tb)
    if not shared:
        return False
    rest_a = sorted(set(ta) - shared)
    rest_b = sorted(set(tb) - shared)
    if len(rest_a) != 1 or len(rest_b) != 1:
        return False
    a, b = rest_a[0], rest_b[0]
    if len(a) == len(b) >= 3 and sorted(a) == sorted(b) and OSA.distance(a, b) == 1:
        return True  # two letters swapped: "lihua" / "lihau"
    return min(len(a), len(b)) >= PERSON_VARIANT_MIN_LEN and Levenshtein.distance(a, b) <= 1


# ---------------------------------------------------------------------------- blocks

def _blocks(records: Iterable[Record], key_fn) -> dict[str, list[Record]]:
    blocks: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        for key in {k for k in key_fn(record) if k}:
            blocks[key].append(record)
    return blocks


def _exact_keys(record: Record) -> list[str]:
    if record.kind == "person":
        return [nz.person_key(n) for n in record.names]
    if record.kind == "place":
        return [nz.place_key(n, record.type) for n in record.names]
    return [nz.org_key(n) for n in record.names]


def _exact_keys_within(record: Record) -> list[str]:
    """Name keys for merging inside a document; a generic mention ("the hospital") that is
    not the entity's own name does not count, so it cannot join two bodies."""
    keys = _exact_keys(record)
    if record.kind != "org":
        return keys
    return [k for n, k in enumerate(keys) if n == 0 or not nz.is_generic(k.split())]


def _merge_block(clusters: Clusters, block: list[Record], reason: str) -> None:
    first = block[0]
    for other in block[1:]:
        clusters.union(first.index, other.index, reason)


# ---------------------------------------------------------------------------- rules

def merge_within_documents(clusters: Clusters, records: list[Record], place_names: set[str],
                           texts: dict[str, str] | None = None) -> None:
    """The safety net inside one document: case, inflection, translation, abbreviations,
    short forms, spelling variants. ``texts`` (document id -> text) lets an abbreviation
    defined in the text ("Chongqing Medical University (CQMU)") count."""
    by_doc: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if r.doc is not None:
            by_doc[r.doc].append(r)
    for doc, recs in sorted(by_doc.items()):
        for kind in ("place", "org", "person"):
            group = [r for r in recs if r.kind == kind]
            if len(group) < 2:
                continue
            for key, block in sorted(_blocks(group, _exact_keys_within).items()):
                if len(block) > 1:
                    _merge_block(clusters, block, f"same name key {key!r} in document {doc}")
            if kind == "org":
                _merge_neutral(clusters, group, within=doc)
                _merge_acronyms(clusters, group, doc, (texts or {}).get(doc, ""))
                _merge_org_fuzzy(clusters, group, ORG_FUZZY_WITHIN, within=doc, place_names=place_names)
            if kind in ("org", "place"):
                _merge_qualified(clusters, group, place_names, within=doc)
            if kind == "person":
                _merge_person_short(clusters, group, doc)
                for a, b in combinations(group, 2):
                    _try_person_variant(clusters, a, b, f"in document {doc}")


def merge_global(clusters: Clusters, records: list[Record], place_names: set[str] | None = None) -> None:
    """Across documents (and against known entities): identifiers, name keys, translations."""
    places = [r for r in records if r.kind == "place"]
    for key, block in sorted(_blocks(places, lambda r: [f"geonames {r.links.get('geonames')}"]
                                     if r.links.get("geonames") else []).items()):
        _merge_block(clusters, block, f"same GeoNames id {key.split()[1]}")
    for key, block in sorted(_blocks(places, lambda r: [_iso(r)]).items()):
        _merge_block(clusters, block, f"same {'UN M49 region' if key.startswith('m49') else 'ISO 3166 code'} "
                                      f"{key.split(':')[-1]}")
    for key, block in sorted(_blocks(places, lambda r: [f"{r.type}|{k}" for k in _exact_keys(r)]).items()):
        _merge_block(clusters, block, f"same place name key {key.split('|', 1)[1]!r} ({key.split('|')[0]})")
    orgs = [r for r in records if r.kind == "org"]
    for key, block in sorted(_blocks(orgs, _spelled_out_keys).items()):
        if len(block) > 1 and not nz.is_generic(key.split()):
            _merge_block(clusters, block, f"same name key {key!r}")
    _merge_neutral(clusters, orgs, within=None)
    _merge_org_fuzzy(clusters, orgs, ORG_FUZZY_ACROSS, within=None, place_names=place_names or set())
    _merge_qualified(clusters, orgs, place_names or set(), within=None)
    _merge_acronyms_global(clusters, orgs)
    persons = [r for r in records if r.kind == "person"]
    for key, block in sorted(_blocks(persons, lambda r: [k for k in _exact_keys(r)
                                                         if len(k.split()) > 1]).items()):
        _merge_block(clusters, block, f"same person name key {key!r} (any word order)")


def _spelled_out_keys(record: Record) -> list[str]:
    """Organisation name keys of the names that are neither abbreviations nor short forms
    of a longer name of the same record.

    A document's short form ("Tianmu" for "Tianmu Medizintechnik GmbH") stands for the
    body that document means; as a key across documents it would join every body whose
    name holds the word (the parent and its subsidiary).

    >>> record = Record(0, "d", "org", "Company", ["Tianmu Medizintechnik GmbH", "Tianmu"])
    >>> _spelled_out_keys(record)
    ['tianmu medizintechnik']
    """
    keys = [nz.org_key(n) for n in record.names if not nz.is_acronym(n)]
    words = [set(k.split()) for k in keys]
    return [k for k, w in zip(keys, words) if not any(w < other for other in words)]


def _merge_acronyms_global(clusters: Clusters, orgs: list[Record]) -> None:
    """The same abbreviation in several documents: one entity when at most one of them
    spells it out (two different bodies may share an abbreviation)."""
    acronyms = _blocks(orgs, lambda r: [n.replace(".", "").upper() for n in r.names if nz.is_acronym(n)])
    for acronym, block in sorted(acronyms.items()):
        if len({clusters.find(r.index) for r in block}) < 2:
            continue
        spelled = sorted({clusters.find(r.index) for r in block
                          if any(not nz.is_acronym(n) for i in clusters.members(r.index)
                                 for n in clusters.records[i].names)})
        if len(spelled) > 1:
            log.debug("abbreviation %s spelled out by %d entities: not merged", acronym, len(spelled))
            continue
        target = spelled[0] if spelled else clusters.find(block[0].index)
        for r in block:
            clusters.union(target, r.index, f"same abbreviation {acronym!r}")


def _merge_neutral(clusters: Clusters, group: list[Record], within: str | None) -> None:
    def keys(r: Record) -> list[str]:
        out = []
        for name in r.names:
            key = nz.neutral_org_key(name)
            words = key.split()
            if len(words) >= 2 and (within or not nz.is_generic([w.lower() for w in words if w.islower()]
                                                                  or ["generic"])):
                out.append(key)
        return out
    where = f" in document {within}" if within else ""
    for key, block in sorted(_blocks(group, keys).items()):
        if len(block) > 1:
            names = sorted({b.names[0] for b in block})
            _merge_block(clusters, block, f"translated name: {' = '.join(repr(n) for n in names)} "
                                          f"(language-neutral key {key!r}){where}")


def _merge_acronyms(clusters: Clusters, group: list[Record], doc: str, text: str = "") -> None:
    """An all-capital short name joins the one longer name whose initials it is, or that
    the text defines it for ("Long Name (LN)")."""
    longs: dict[str, list[Record]] = defaultdict(list)
    for r in group:
        for name in r.names:
            if not nz.is_acronym(name) and len(nz.tokens(name)) >= 2:
                for skip in (True, False):
                    longs[nz.initials(name, skip_function_words=skip)].append(r)
    for r in group:
        for name in r.names:
            if nz.is_acronym(name):
                targets = {clusters.find(t.index) for t in longs.get(name.replace(".", "").upper(), [])}
                if text and (f"({name})" in text or f"（{name}）" in text):
                    targets |= {clusters.find(t.index) for t in group if t.index != r.index
                                and any(_defines(text, long, name) for long in t.names)}
                targets.discard(clusters.find(r.index))
                if len(targets) == 1:
                    clusters.union(r.index, targets.pop(), f"abbreviation {name!r} of a name in document {doc}")


def _defines(text: str, long: str, short: str) -> bool:
    """Whether the text writes ``long (short)``."""
    if nz.is_acronym(long) or long == short:
        return False
    return re.search(re.escape(long) + r"\s*[(（]\s*" + re.escape(short) + r"\s*[)）]", text) is not None


def _merge_org_fuzzy(clusters: Clusters, group: list[Record], threshold: float, within: str | None,
                     place_names: frozenset[str] | set[str] = frozenset()) -> None:
    by_token: dict[str, list[Record]] = defaultdict(list)
    for r in group:
        for _, infl in _name_variants(r):
            for w in set(infl):
                by_token[w].append(r)
    generic = nz.lexicon()["generic_words"]
    seen: set[tuple[int, int]] = set()
    for token, block in sorted(by_token.items()):
        if token in generic or len(block) < 2 or len(block) > 50:
            continue
        for a, b in combinations(block, 2):
            pair = (min(a.index, b.index), max(a.index, b.index))
            if pair in seen or clusters.find(a.index) == clusters.find(b.index):
                continue
            seen.add(pair)
            if within is None and a.scope == b.scope:
                continue
            if a.type != b.type and "Organization" not in (a.type, b.type) and \
                    FAMILIES.get(a.type) != FAMILIES.get(b.type):
                continue
            best, names = 0.0, ("", "")
            for ra, ia in _name_variants(a):
                for rb, ib in _name_variants(b):
                    if len(ia) < 2 or len(ib) < 2:
                        continue
                    score = fuzz.ratio(" ".join(ia), " ".join(ib))
                    if score <= best or score < threshold or _numbers_differ(ia, ib):
                        continue
                    if any(w in place_names for w in set(ra) ^ set(rb)):
                        continue  # "Chengdu X" and "Chengde X": two places, two bodies
                    if within is None and (nz.is_generic(ia) or nz.is_generic(ib)):
                        continue
                    if score > best:
                        best, names = score, (" ".join(ra), " ".join(rb))
            if best >= threshold:
                where = f" in document {within}" if within else ""
                clusters.union(a.index, b.index, f"spelling variant: {names[0]!r} ~ {names[1]!r} "
                                                 f"({best / 100:.2f}){where}")


def _numbers_differ(a: list[str], b: list[str]) -> bool:
    """Names that differ in a number or an ordinal word name different bodies."""
    ordinals = {"FIRST", "SECOND", "THIRD"}
    def marks(words: list[str]) -> set[str]:
        out = {w for w in words if any(c.isdigit() for c in w)}
        out |= {c for c in nz.neutral_org_key(" ".join(words)).split() if c in ordinals}
        return out
    return marks(a) != marks(b)


def _country_or_continent(words: list[str]) -> bool:
    phrase = " ".join(words)
    return country_code(phrase) is not None or world_region_code(phrase) is not None


def _is_place(words: list[str], place_names: set[str]) -> bool:
    phrase = " ".join(words)
    return bool(phrase) and (phrase in place_names or country_code(phrase) is not None)


def _qualifier(short: list[str], long_raw: list[str], long_infl: list[str],
               place_names: set[str], within: bool, company: bool = False) -> str | None:
    """How ``long`` extends ``short`` by a place, parent or nationality, or ``None``.

    A company's name that adds a country or a continent after the short form names a
    subsidiary, not the company ("Ganzo Medical Europe GmbH", "Ganzo Medical Deutschland").

    >>> _qualifier(["ALPHA", "MEDICAL"], ["ALPHA", "MEDICAL", "EUROPE"], ["ALPHA", "MEDICAL", "EUROPE"],
    ...            set(), False, company=True) is None
    True
    """
    n = len(short)
    if len(long_infl) <= n:
        return None
    connectors = nz.lexicon()["parent_connectors"]
    if long_infl[:n] == short:
        rest = long_raw[n:]
        for conn in sorted(connectors, key=len, reverse=True):
            if tuple(rest[:len(conn)]) == conn and len(rest) > len(conn):
                tail = rest[len(conn):]
                if _is_place(tail, place_names):
                    return f"with its place {' '.join(tail)!r}"
                if len(tail) >= 2 and len(conn) >= 2:  # "affiliated to <parent>"
                    return f"with its parent {' '.join(tail)!r}"
                return None
        if _is_place(rest, place_names) and not (company and _country_or_continent(rest)):
            return f"with its place {' '.join(rest)!r}"
        return None
    if long_infl[-n:] == short:
        head = long_raw[:-n]
        if _is_place(head, place_names):
            return f"with its place {' '.join(head)!r}"
        if within and all(nz._inflect(w) in nationality_words() for w in head):
            return f"with nationality {' '.join(head)!r}"
    return None


def _merge_qualified(clusters: Clusters, group: list[Record], place_names: set[str],
                     within: str | None) -> None:
    """Merge a name with its longer form that adds only a place, parent or nationality,
    when exactly one such longer entity exists."""
    by_part: dict[tuple[str, ...], list[Record]] = defaultdict(list)
    for r in group:
        for _, infl in _name_variants(r):
            for n in range(1, len(infl)):
                by_part[tuple(infl[:n])].append(r)
                by_part[tuple(infl[-n:])].append(r)
    for short_rec in group:
        matches: dict[int, str] = {}
        for _, short in _name_variants(short_rec):
            if within is None and (nz.is_generic(short) or len(short) < 2):
                continue
            if within is not None and short_rec.kind == "place" and len(short) < 2:
                continue
            for long_rec in {r.index: r for r in by_part.get(tuple(short), ())}.values():
                if long_rec.index == short_rec.index or (within is None and long_rec.scope == short_rec.scope):
                    continue
                if short_rec.kind == "place" and long_rec.type != short_rec.type:
                    continue
                for raw, infl in _name_variants(long_rec):
                    how = _qualifier(short, raw, infl, place_names, within is not None,
                                     company=long_rec.type == "Company")
                    if how:
                        root = clusters.find(long_rec.index)
                        if root != clusters.find(short_rec.index):
                            matches.setdefault(root, f"short form {' '.join(short)!r} = "
                                                     f"{' '.join(raw)!r} ({how})")
        if len(matches) == 1:
            root, why = matches.popitem()
            where = f" in document {within}" if within else ""
            clusters.union(short_rec.index, root, why + where)


def _merge_person_short(clusters: Clusters, group: list[Record], doc: str) -> None:
    """A bare surname or given name joins the one full name in the document that contains it."""
    full = [r for r in group if any(len(nz.person_tokens(n)) > 1 for n in r.names)]
    for r in group:
        singles = [nz.person_tokens(n)[0] for n in r.names if len(nz.person_tokens(n)) == 1]
        if not singles or r in full:
            continue
        word = singles[0]
        owners = {clusters.find(f.index) for f in full
                  if any(word in nz.person_tokens(n) for n in f.names)}
        if len(owners) == 1:
            clusters.union(r.index, owners.pop(), f"short name {word!r} of the only person in "
                                                  f"document {doc} with that name")


def _deletion_buckets(key: str) -> list[tuple[tuple[str, ...], str]]:
    """Blocking keys under which two names one letter apart in one given name meet."""
    words = key.split()
    if len(words) < 2:
        return []
    out = []
    for i, word in enumerate(words):
        if len(word) < PERSON_VARIANT_MIN_LEN - 1:
            continue
        others = tuple(sorted(words[:i] + words[i + 1:]))
        out.append((others, word))
        out.extend((others, word[:j] + word[j + 1:]) for j in range(len(word)))
    return out


def _try_person_variant(clusters: Clusters, a: Record, b: Record, context: str) -> bool:
    for na in a.names:
        for nb in b.names:
            ka, kb = nz.person_key(na), nz.person_key(nb)
            if ka != kb and person_variant(ka, kb):
                score = fuzz.ratio(ka, kb) / 100
                return clusters.union(a.index, b.index,
                                      f"person name variant: {na!r} ~ {nb!r} ({score:.2f}) {context}")
    return False


def merge_person_variants(clusters: Clusters, records: list[Record],
                          context_of: dict[int, set[str]]) -> None:
    """Across documents a spelling variant merges only with shared context.

    ``context_of`` maps a record index to what surrounds it (names of co-mentioned
    organisations and places, titles); the caller builds it from resolved clusters.
    """
    persons = [r for r in records if r.kind == "person"]
    buckets: dict[tuple, list[Record]] = defaultdict(list)
    for r in persons:
        for key in {nz.person_key(n) for n in r.names}:
            for bucket in _deletion_buckets(key):
                buckets[bucket].append(r)
    seen: set[tuple[int, int]] = set()
    for bucket, block in sorted(buckets.items()):
        for a, b in combinations({clusters.find(r.index): r for r in block}.values(), 2):
            pair = (min(a.index, b.index), max(a.index, b.index))
            if pair in seen or a.scope == b.scope or clusters.find(a.index) == clusters.find(b.index):
                continue
            seen.add(pair)
            ctx_a = set().union(*(context_of.get(i, set()) for i in clusters.members(a.index)))
            ctx_b = set().union(*(context_of.get(i, set()) for i in clusters.members(b.index)))
            shared = sorted(ctx_a & ctx_b)
            if shared:
                _try_person_variant(clusters, a, b, "with shared context " + ", ".join(shared[:3]))
