"""An organization placed by the city adjective before its name.

News in most of these languages writes a company's home city as a lower-case adjective
right before its name: "den århusianske virksomhed X", "la société lyonnaise X",
"la padovana X", "a distribuidora campineira X". Such an adjective is the stem of a city
the document names plus a short ending (``-ianske``, ``-naise``, ``-ana``, ``-eira``); the
organization is located in that city. Only lower-case words are read, except in German
and Dutch, which capitalise them ("die Münchner Firma", "het Eindhovense bedrijf"); only
cities the text names are considered, and an organization the relation rules already placed keeps
its place. A "<place>-based" word before the name places it too ("the Reutlingen-based
X", class ``based`` of ``relation_words.tsv``), as the tokenizer keeps the place inside it;
it states the seat, so it is read even beside a place the rules read otherwise.

>>> from healthkg.loaders.document import Document, Sentence
>>> from healthkg.loaders.statements import Entity, Mention
>>> text = "Lyon accueille le salon. La société lyonnaise Rhodex SAS a signé."
>>> doc = Document(id="d", source="d.txt", text=text, language="fr",
...                sentences=[Sentence(0, 24, text[:24]), Sentence(25, len(text), text[25:])])
>>> ents = [Entity("l/lyon", "City", "Lyon", [Mention("Lyon", 0, 4)]),
...         Entity("o/r", "Company", "Rhodex SAS", [Mention("Rhodex SAS", 46, 56)])]
>>> [(r.type, r.subject, r.object) for r in demonym_places(doc, ents, [])]
[('located_in', 'o/r', 'l/lyon')]
"""
from __future__ import annotations

import re

from healthkg.loaders.document import Document
from healthkg.loaders.extraction.demonyms import based_place, city_stems, fold_adjective as _fold
from healthkg.loaders.statements import Entity, Evidence, Relation

__all__ = ["demonym_places"]

#: the longest ending an adjective adds to a city's stem (stems: ``extraction/demonyms.city_stems``)
MAX_ENDING = 7
#: Languages that capitalise adjectives of cities ("das Eindhovense bedrijf", "die Münchner Firma").
CAPITALISED = frozenset({"de", "nl"})
_WORD_BEFORE = re.compile(r"(?:^|\s)(\S+)\s+$")
#: the one or two words before a name; the second may be a hyphenated noun ("de Gentse start-up X")
_WORDS_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+)(?:\s+([^\W\d_]+(?:-[^\W\d_]+)?))?\s+$")


def _city_of(word: str, stems: dict[str, Entity], language: str | None) -> Entity | None:
    if not (word.islower() or (language in CAPITALISED and word[:1].isupper() and word[1:].islower())):
        return None
    folded = _fold(word)
    found = {entity.id: entity for stem, entity in stems.items()
             if folded.startswith(stem) and 2 <= len(folded) - len(stem) <= MAX_ENDING}
    return next(iter(found.values())) if len(found) == 1 else None


def _based_place(text: str, start: int, end: int, places: dict[str, Entity],
                 language: str | None) -> Entity | None:
    """The place of a "<place>-based" word right before a name ("the Reutlingen-based X",
    "Göteborgsbaserade X"), read by :func:`~healthkg.loaders.extraction.demonyms.based_place`."""
    match = _WORD_BEFORE.search(text, start, end)
    based = based_place(match.group(1), language) if match else None
    return places.get(_fold(based[0])) if based else None


def demonym_places(doc: Document, entities: list[Entity],
                   relations: list[Relation]) -> list[Relation]:
    """``located_in`` relations read from city adjectives, for organizations not yet placed."""
    stems: dict[str, Entity] = {}
    for entity in entities:
        if entity.type == "City":
            for name in {entity.name} | {m.text for m in entity.mentions}:
                for stem in city_stems(name):
                    stems.setdefault(stem, entity)
    places = {_fold(name): entity for entity in entities if entity.coarse_kind == "place"
              for name in {entity.name} | {m.text for m in entity.mentions}}
    if not stems and not places:
        return []
    placed = {r.subject for r in relations if r.type == "located_in"}
    pairs = {(r.subject, r.object) for r in relations if r.type == "located_in"}
    based_placed: set[str] = set()
    found: list[Relation] = []
    for sentence in doc.sentences:
        for entity in entities:
            if entity.coarse_kind != "organization" or entity.id in based_placed:
                continue
            for mention in entity.mentions:
                if not sentence.start <= mention.start < sentence.end:
                    continue
                language = sentence.language or doc.language
                based = _based_place(doc.text, sentence.start, mention.start, places, language)
                if based is not None and (entity.id, based.id) not in pairs:
                    # "<place>-based" states the seat: it stands beside a place read otherwise
                    evidence = Evidence(sentence.text, sentence.start, sentence.end)
                    found.append(Relation("located_in", entity.id, based.id, evidence))
                    placed.add(entity.id)
                    based_placed.add(entity.id)
                    break
                if entity.id in placed:
                    continue
                match = _WORDS_BEFORE.search(doc.text, sentence.start, mention.start)
                words = [w for w in match.groups() if w] if match else []
                cities = {c.id: c for c in (_city_of(w, stems, language) for w in words
                                            if _fold(w) not in places) if c}  # a name is no adjective
                if len(cities) == 1:
                    city = next(iter(cities.values()))
                    evidence = Evidence(sentence.text, sentence.start, sentence.end)
                    found.append(Relation("located_in", entity.id, city.id, evidence))
                    placed.add(entity.id)
                    break
    return found
