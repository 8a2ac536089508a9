"""Roles: a person's title in an organization or a place, read from pattern rules.

The ``role`` rows of ``common/relation_patterns.tsv`` name the groups ``subj`` (the
person), ``obj`` (the body or place, absent for "<title> <Name>") and ``role`` (the
title); ``role2``/``obj2`` carry the second half of "<title> of A and <title> of B, <Name>".
Titles are written as in the text, with plainly inflected words in their base form.

>>> from healthkg.loaders.document import Sentence
>>> from healthkg.loaders.statements import Entity, Mention
>>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
>>> from healthkg.loaders.extraction.relations.slots import SlotSentence
>>> text = "Anna Berg, deputy director of Nordic Clinic, spoke."
>>> ents = [Entity("person/anna-berg", "Person", "Anna Berg", [Mention("Anna Berg", 0, 9)]),
...         Entity("org/nordic-clinic", "Hospital", "Nordic Clinic", [Mention("Nordic Clinic", 30, 43)])]
>>> ss = SlotSentence.build(Sentence(0, len(text), text), text, ents)
>>> [(r.subject.entity.id, r.object.entity.id, r.title) for r in find_roles(ss, get_lexicon(("en",)))]
[('person/anna-berg', 'org/nordic-clinic', 'deputy director')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from healthkg.loaders.extraction.relations.lexicon import Lexicon
from healthkg.loaders.extraction.relations.slots import Slot, SlotSentence

__all__ = ["RoleFinding", "find_roles", "clean_title"]


@dataclass
class RoleFinding:
    """A person, the body or place (``None`` when the sentence names none) and the title."""

    subject: Slot
    object: Slot | None
    title: str


def clean_title(title: str, lex: Lexicon) -> str:
    """The title with white space collapsed, an article dropped and inflection undone.

    >>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
    >>> clean_title("dem  Vorsitzenden", get_lexicon(("de",)))
    'Vorsitzender'
    """
    title = re.sub(r"\s+", " ", title).strip(" ,;:")
    art = lex.regex("art")
    match = art.match(title)
    if match and match.end() < len(title) and title[match.end()] == " ":
        title = title[match.end() + 1:]
    return lex.base_title(title)


def find_roles(ss: SlotSentence, lex: Lexicon) -> list[RoleFinding]:
    """Every role the ``role`` patterns read in a sentence (with and without an object)."""
    found: list[RoleFinding] = []
    if not any(slot.letter == "P" for slot in ss.slots):
        return found  # every role has a person
    seen: set[tuple[int, int | None]] = set()
    for pattern in lex.patterns_of("role"):
        for match in lex.matches(pattern, ss.marked):
            groups = match.groupdict()
            subject = ss.slot(groups.get("subj"))
            if subject is None or subject.letter != "P":
                continue
            for role_key, obj_key in (("role", "obj"), ("role2", "obj2")):
                if not groups.get(role_key):
                    continue
                obj = ss.slot(groups.get(obj_key))
                key = (subject.index, obj.index if obj else None)
                if key in seen or (obj is None and any(k[0] == subject.index for k in seen)):
                    continue
                seen.add(key)
                title = clean_title(groups[role_key], lex)
                opening = ss.marked[:match.start(role_key)]
                if not opening.strip() or lex.regex("art").fullmatch(opening.strip()):
                    title = lex.sentence_case(title)
                found.append(RoleFinding(subject, obj, title))
    # a role without object is dropped when the same person has one with an object
    with_object = {f.subject.index for f in found if f.object is not None}
    return [f for f in found if f.object is not None or f.subject.index not in with_object]
