#!/usr/bin/env python3
"""Check the held-out gold for well-formedness and consistency with its articles.

Usage (from /work/main):

    python3 tests/eval/heldout/check_gold.py                 # check, print a summary
    python3 tests/eval/heldout/check_gold.py --perfect /tmp/perfect.json
        # also write a "perfect" prediction built from the gold, in the shape of
        # /work/shared/eval/CONTRACT.md, to confirm that score.py scores it 1.0

Checks, per gold file:
- the id matches the file name, the article exists, the language matches the
  file-name prefix, ``published`` is an ISO date;
- every entity key is unique in the file, every type is a known fine type;
- every entity ``name`` and every alias occurs verbatim in the article text;
- no two entities of the same coarse kind share a folded name (the scorer would
  not know which one a prediction means);
- every relation and event refers only to keys defined in the file (required or
  optional entities), relation types are the scored ones, ``role`` relations have
  a Person subject and a title, ``located_in``/``part_of`` subjects are organizations;
- event types, ISO dates and ``{"value", "currency"}`` amounts are well formed;
- across files: a key always names the same coarse kind (person / organization /
  place); differing fine types are reported as notes.
- each article has 200-450 words.

Standard library only; nothing runs at import time.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KIND = {
    "Person": "person",
    "Hospital": "org", "Company": "org", "GovernmentBody": "org", "Association": "org",
    "University": "org", "ResearchInstitute": "org", "MediaOrganization": "org",
    "Organization": "org",
    "City": "place", "Region": "place", "Country": "place",
}
RELATION_TYPES = ("role", "located_in", "part_of", "agreement", "visit", "partner_of")
EVENT_TYPES = ("Agreement", "Visit", "Meeting", "Project")
LANGUAGES = ("en", "de", "da", "sv", "no", "nl", "fr", "es", "it", "pt")
CURRENCY = re.compile(r"^[A-Z]{3}$")


def as_list(value) -> list:
    """Return ``value`` as a list (``None`` -> ``[]``).

    >>> as_list("a"), as_list(["a", "b"]), as_list(None)
    (['a'], ['a', 'b'], [])
    """
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def fold(text: str) -> str:
    """Fold case, accents and punctuation the way score.py does.

    >>> fold("Hôpital  populaire-de Wuxi")
    'hopital populaire de wuxi'
    """
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("ß", "ss")
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def kinds(types) -> set[str]:
    return {KIND.get(t, "?") for t in as_list(types)}


def is_iso_date(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


def gold_names(ent: dict) -> list[str]:
    return [ent.get("name", "")] + list(ent.get("aliases", []))


def check_document(gold: dict, path: Path, text: str | None) -> tuple[list[str], list[str]]:
    """Return (errors, notes) for one gold file."""
    errors: list[str] = []
    notes: list[str] = []
    stem = path.stem
    if gold.get("id") != stem:
        errors.append(f"id {gold.get('id')!r} does not match file name {stem!r}")
    if text is None:
        errors.append("article text not found")
        text = ""
    lang = gold.get("language")
    if lang not in LANGUAGES or not stem.startswith(f"{lang}_"):
        errors.append(f"language {lang!r} does not match file name {stem!r}")
    if gold.get("published") is not None and not is_iso_date(gold.get("published")):
        errors.append(f"published {gold.get('published')!r} is not an ISO date")
    words = len(text.split())
    if text and not 200 <= words <= 450:
        errors.append(f"article has {words} words (expected 200-450)")

    ents = list(gold.get("entities", []))
    optional = list(gold.get("optional_entities", []))
    defined: dict[str, dict] = {}
    for ent in ents + optional:
        key = ent.get("key")
        if not key:
            errors.append(f"entity without key: {ent}")
            continue
        if key in defined:
            errors.append(f"entity key {key!r} defined twice")
        defined[key] = ent
        for t in as_list(ent.get("type")):
            if t not in KIND:
                errors.append(f"{key}: unknown type {t!r}")
        if not ent.get("name"):
            errors.append(f"{key}: empty name")
        if "aliases" in ent and not isinstance(ent["aliases"], list):
            errors.append(f"{key}: aliases must be a list")
        for name in gold_names(ent):
            if name and name not in text:
                hint = " (occurs only with different case)" if name.casefold() in text.casefold() else ""
                errors.append(f"{key}: name/alias {name!r} does not occur in the text{hint}")

    # names that the scorer could not tell apart (same coarse kind, same folded form)
    seen: dict[tuple[str, str], str] = {}
    for ent in ents + optional:
        for kind in kinds(ent.get("type")):
            for name in {fold(n) for n in gold_names(ent) if n}:
                other = seen.get((kind, name))
                if other and other != ent["key"]:
                    errors.append(f"{ent['key']} and {other} share the {kind} name {name!r}")
                seen[(kind, name)] = ent["key"]

    def check_keys(where: str, value) -> None:
        for key in as_list(value):
            if key not in defined:
                errors.append(f"{where}: undefined key {key!r}")

    for field in ("relations", "optional_relations"):
        for i, rel in enumerate(gold.get(field, [])):
            where = f"{field}[{i}] {rel.get('type')}"
            if rel.get("type") not in RELATION_TYPES:
                errors.append(f"{where}: unknown relation type")
            check_keys(where + " subject", rel.get("subject"))
            check_keys(where + " object", rel.get("object"))
            subj = [defined[k] for k in as_list(rel.get("subject")) if k in defined]
            obj = [defined[k] for k in as_list(rel.get("object")) if k in defined]
            if not as_list(rel.get("subject")) or not as_list(rel.get("object")):
                errors.append(f"{where}: empty subject or object")
            if set(as_list(rel.get("subject"))) & set(as_list(rel.get("object"))):
                errors.append(f"{where}: subject and object overlap")
            if rel.get("type") == "role":
                if "role" not in rel:
                    errors.append(f"{where}: role relation without a role title")
                if any("person" not in kinds(e["type"]) for e in subj):
                    errors.append(f"{where}: role subject is not a Person")
                if field == "relations" and rel.get("role") and fold(rel["role"]) not in fold(text):
                    notes.append(f"{where}: role title {rel['role']!r} not found verbatim (folded) in text")
            if rel.get("type") in ("located_in", "part_of"):
                if any("org" not in kinds(e["type"]) for e in subj):
                    errors.append(f"{where}: subject is not an organization")
            if rel.get("type") == "part_of" and any("org" not in kinds(e["type"]) for e in obj):
                errors.append(f"{where}: part_of object is not an organization")

    for field in ("events", "optional_events"):
        for i, ev in enumerate(gold.get(field, [])):
            where = f"{field}[{i}] {ev.get('type')}"
            if ev.get("type") not in EVENT_TYPES:
                errors.append(f"{where}: unknown event type")
            parts = ev.get("participants")
            if not isinstance(parts, list) or not parts:
                errors.append(f"{where}: participants must be a non-empty list")
                parts = []
            for group in parts:
                check_keys(where + " participants", group)
            if ev.get("date") is not None and not is_iso_date(ev.get("date")):
                errors.append(f"{where}: date {ev.get('date')!r} is not ISO")
            amount = ev.get("amount")
            if amount is not None:
                if (not isinstance(amount, dict) or not isinstance(amount.get("value"), (int, float))
                        or not CURRENCY.match(str(amount.get("currency", "")))):
                    errors.append(f"{where}: malformed amount {amount!r}")
    return errors, notes


def load(gold_dir: Path, docs_dir: Path):
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = docs_dir / f"{path.stem}.txt"
        text = doc.read_text(encoding="utf-8") if doc.exists() else None
        out.append((path, gold, text))
    return out


def check_all(gold_dir: Path, docs_dir: Path) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    notes: list[str] = []
    loaded = load(gold_dir, docs_dir)
    gold_ids = {p.stem for p, _, _ in loaded}
    for doc in sorted(docs_dir.glob("*.txt")):
        if doc.stem not in gold_ids:
            errors.append(f"{doc.name}: no gold file")
    key_kinds: dict[str, dict[frozenset, list[str]]] = defaultdict(lambda: defaultdict(list))
    key_types: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path, gold, text in loaded:
        errs, nts = check_document(gold, path, text)
        errors += [f"{path.stem}: {e}" for e in errs]
        notes += [f"{path.stem}: {n}" for n in nts]
        for ent in gold.get("entities", []) + gold.get("optional_entities", []):
            key_kinds[ent["key"]][frozenset(kinds(ent["type"]))].append(path.stem)
            key_types[ent["key"]][json.dumps(ent["type"])].append(path.stem)
    for key, by_kind in key_kinds.items():
        all_kinds = [set(k) for k in by_kind]
        common = set.intersection(*all_kinds)
        if not common:
            errors.append(f"key {key!r} has incompatible kinds across files: "
                          + "; ".join(f"{sorted(k)} in {v}" for k, v in by_kind.items()))
    for key, by_type in key_types.items():
        if len(by_type) > 1:
            notes.append(f"key {key!r} has different fine types across files: "
                         + "; ".join(f"{k} in {v}" for k, v in by_type.items()))
    return errors, notes


def summary(gold_dir: Path, docs_dir: Path) -> str:
    """Per-language counts of required/optional entities, relations and events."""
    rows = defaultdict(lambda: defaultdict(int))
    keys_docs = defaultdict(set)
    for path, gold, _ in load(gold_dir, docs_dir):
        r = rows[gold["language"]]
        r["docs"] += 1
        r["entities"] += len(gold.get("entities", []))
        r["opt_entities"] += len(gold.get("optional_entities", []))
        r["relations"] += len(gold.get("relations", []))
        r["opt_relations"] += len(gold.get("optional_relations", []))
        r["events"] += len(gold.get("events", []))
        r["opt_events"] += len(gold.get("optional_events", []))
        for ent in gold.get("entities", []):
            keys_docs[ent["key"]].add(path.stem)
    cols = ("docs", "entities", "opt_entities", "relations", "opt_relations", "events", "opt_events")
    lines = ["lang  " + "  ".join(f"{c:>13}" for c in cols)]
    total = defaultdict(int)
    for lang in LANGUAGES:
        if lang not in rows:
            continue
        lines.append(f"{lang:<5} " + "  ".join(f"{rows[lang][c]:>13}" for c in cols))
        for c in cols:
            total[c] += rows[lang][c]
    lines.append("all   " + "  ".join(f"{total[c]:>13}" for c in cols))
    shared = {k: sorted(v) for k, v in keys_docs.items() if len(v) > 1}
    lines.append(f"\nentities (required) found in more than one document: {len(shared)}")
    for key, docs in sorted(shared.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"  {key:<28} {', '.join(docs)}")
    return "\n".join(lines)


def _mentions(text: str, names: list[str]) -> list[dict]:
    spans = set()
    for name in names:
        if not name:
            continue
        start = text.find(name)
        while start != -1:
            spans.add((start, start + len(name)))
            start = text.find(name, start + 1)
    return [{"text": text[s:e], "start": s, "end": e} for s, e in sorted(spans)]


def perfect_prediction(gold_dir: Path, docs_dir: Path, root: Path) -> dict:
    """A prediction in the CONTRACT shape that restates the gold exactly."""
    documents = []
    for path, gold, text in load(gold_dir, docs_dir):
        text = text or ""
        required = {e["key"] for e in gold.get("entities", [])}
        entities = []
        first = {}
        for ent in gold.get("entities", []) + gold.get("optional_entities", []):
            mentions = _mentions(text, gold_names(ent))
            if mentions:
                first[ent["key"]] = mentions[0]
            entities.append({"id": ent["key"], "type": as_list(ent["type"])[0],
                             "name": ent["name"], "mentions": mentions})

        def pick(value):
            options = as_list(value)
            return next((k for k in options if k in required), options[0])

        def evidence(keys):
            spans = [first[k] for k in keys if k in first]
            if not spans:
                return {"text": "", "start": 0, "end": 0}
            s = min(m["start"] for m in spans)
            e = max(m["end"] for m in spans)
            return {"text": text[s:e], "start": s, "end": e}

        relations = []
        for rel in gold.get("relations", []):
            s, o = pick(rel["subject"]), pick(rel["object"])
            out = {"type": rel["type"], "subject": s, "object": o, "evidence": evidence([s, o])}
            if rel["type"] == "role":
                out["role"] = rel.get("role", "")
            relations.append(out)
        events = []
        for i, ev in enumerate(gold.get("events", []), 1):
            parts = []
            for group in ev.get("participants", []):
                for key in as_list(group):
                    if key not in parts:
                        parts.append(key)
            events.append({"id": f"event/{gold['id']}/{i}", "type": ev["type"], "date": ev.get("date"),
                           "participants": parts, "amount": ev.get("amount"),
                           "evidence": evidence(parts)})
        doc_path = docs_dir / f"{path.stem}.txt"
        try:
            source = str(doc_path.resolve().relative_to(root))
        except ValueError:
            source = str(doc_path)
        documents.append({"id": gold["id"], "source": source, "language": gold.get("language"),
                          "published": gold.get("published"), "entities": entities,
                          "relations": relations, "events": events})
    return {"documents": documents}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=HERE / "gold")
    ap.add_argument("--docs", type=Path, default=HERE / "docs")
    ap.add_argument("--perfect", type=Path, help="write a perfect prediction built from the gold here")
    ap.add_argument("--quiet", action="store_true", help="do not print notes and the summary")
    args = ap.parse_args(argv)

    errors, notes = check_all(args.gold, args.docs)
    if not args.quiet:
        for n in notes:
            print(f"note: {n}")
        print(summary(args.gold, args.docs))
    for e in errors:
        print(f"ERROR: {e}", file=sys.stderr)
    if args.perfect:
        pred = perfect_prediction(args.gold, args.docs, HERE.parents[2])
        args.perfect.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"perfect prediction written to {args.perfect}")
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
