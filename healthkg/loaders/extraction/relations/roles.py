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

from functools import lru_cache

from healthkg.loaders.extraction.relations.checks import SENTENCE_CHECKS
from healthkg.loaders.extraction.relations.lexicon import Lexicon
from healthkg.loaders.extraction.relations.slots import Slot, SlotSentence
from healthkg.loaders.extraction.rulefiles import load_lines

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
    >>> clean_title("chef de service est le Pr", get_lexicon(("fr",)))
    'chef de service'
    """
    title = re.sub(r"\s+", " ", title).strip(" ,;:")
    if "__copula__" not in lex._compiled:
        lex._compiled["__copula__"] = re.compile(r"\s(?:" + lex.alternation("be") + r")\s")
    copula = lex._compiled["__copula__"].search(title)
    if copula:  # "chef de service est le Pr": a title holds no verb; it ends before "est"
        title = title[:copula.start()]
    art = lex.regex("art")
    match = art.match(title)
    if match and match.end() < len(title) and title[match.end()] == " ":
        title = title[match.end() + 1:]
    return _nominative_adjectives(lex.base_title(title), lex.languages)


@lru_cache(maxsize=None)
def _adjective_rules(language: str) -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...], tuple[str, ...]]:
    """(endings, feminine title endings, modifiers) of ``role_adjectives.tsv`` and
    ``role_modifiers.txt`` of a language; empty for a language without adjective rules."""
    rows = load_lines(language, "role_adjectives.tsv", with_common=False)
    endings = tuple((r[0], r[1], r[2]) for r in rows if len(r) > 2 and not r[0].startswith("-"))
    feminine = tuple(r[0][1:] for r in rows if r[0].startswith("-") and r[1:2] == ("feminine",))
    if not endings:
        return (), (), ()
    modifiers = tuple(r[0].lower() for r in load_lines(language, "role_modifiers.txt", with_common=False))
    return tuple(sorted(endings, key=lambda e: -len(e[0]))), feminine, modifiers


def _is_modifier(word: str, modifiers: tuple[str, ...]) -> bool:
    low = word.lower()
    return any(low == m or (m.startswith("-") and low.endswith(m[1:]) and len(low) > len(m))
               for m in modifiers)


def _nominative_adjectives(title: str, languages: tuple[str, ...]) -> str:
    """A title whose opening adjectives are written in the strong nominative (German).

    >>> _nominative_adjectives("Ärztlichen Direktor", ("de", "en"))
    'Ärztlicher Direktor'
    >>> _nominative_adjectives("Ärztliche Direktorin", ("de",))
    'Ärztliche Direktorin'
    >>> _nominative_adjectives("executive director", ("en",))
    'executive director'
    """
    words = title.split(" ")
    for language in languages:
        endings, feminine, modifiers = _adjective_rules(language)
        if not endings:
            continue
        k = 0
        while k < len(words) - 1 and _is_modifier(words[k], modifiers):
            k += 1
        if k == 0:
            continue
        female = any(words[k].endswith(f) for f in feminine)
        for i in range(k):
            for ending, masculine, feminine_form in endings:
                if words[i].endswith(ending) and len(words[i]) > len(ending) + 3:
                    words[i] = words[i][: -len(ending)] + (feminine_form if female else masculine)
                    break
        return " ".join(words)
    return title


def _heading_title(phrase: str, lex: Lexicon) -> str | None:
    """The title a relative clause of leading states ("X, der leder Y"), from the third column
    of its ``heads_body`` row ("der leder" -> "leder", "who heads" -> "head"), or None when
    the phrase is no such clause (a title).

    >>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
    >>> _heading_title("who  heads", get_lexicon(("en",))), _heading_title("CEO", get_lexicon(("en",)))
    ('head', None)
    """
    return lex.extras.get("heads_body", {}).get(" ".join(phrase.lower().split()))


def find_roles(ss: SlotSentence, lex: Lexicon) -> list[RoleFinding]:
    """Every role the ``role`` patterns read in a sentence (with and without an object)."""
    found: list[RoleFinding] = []
    if not any(slot.letter == "P" for slot in ss.slots):
        return found  # every role has a person
    seen: set[tuple[int, int | None]] = set()
    for pattern, checks in lex.checked_patterns_of("role", ss.marked):
        if any(not SENTENCE_CHECKS[c](ss, lex) for c in checks):  # a role pattern checks its sentence
            continue
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
                title = _heading_title(groups[role_key], lex) or clean_title(groups[role_key], lex)
                opening = ss.marked[:match.start(role_key)]
                if not opening.strip() or lex.regex("art").fullmatch(opening.strip()):
                    title = lex.sentence_case(title)
                found.append(RoleFinding(subject, obj, title))
    # a role without object is dropped when the same person has one with an object, and one in a
    # place when the same title is held in a body ("WTP's director for Asia, X": WTP's, not Asia's)
    with_object = {f.subject.index for f in found if f.object is not None}
    in_body = {(f.subject.index, f.title) for f in found if f.object is not None and f.object.letter == "O"}
    return [f for f in found if (f.object is not None or f.subject.index not in with_object)
            and not (f.object is not None and f.object.letter == "L" and (f.subject.index, f.title) in in_body)]
