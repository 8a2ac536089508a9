"""Short references to a body named before, resolved for the relation reader.

A text names a body once and then refers to it: by a head noun and an article ("the
hospital", "l'hôpital chinois", "sykehusets"), by a head written alone with its capital ("del
Policlinico"), by a possessive ("su presidenta"), by a title compound ("regiondirektör") or a
title of office that shares its stem and portfolio ("ministra da Saúde"). :class:`ShortReferences`
is the part of :class:`~healthkg.loaders.extraction.relations.reader.DocumentReader` that finds
the body each reference names; it reads the reader's entities, mentions and sentences.

>>> _head_words("Nyremedicinsk Afdeling Y")
['y', 'afdeling', 'nyremedicinsk']
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from healthkg.loaders.document import Sentence
from healthkg.loaders.extraction.demonyms import is_nationality
from healthkg.loaders.extraction.relations.lexicon import Lexicon
from healthkg.loaders.extraction.rulefiles import load_words
from healthkg.loaders.extraction.tokens import Word
from healthkg.loaders.resolution.countries import nationality_country
from healthkg.loaders.statements import Entity

__all__ = ["ShortReferences", "portfolio_body", "PORTFOLIO_STEM", "COMPOUND_STEM"]

#: the letters a title of office and its body's first word share ("minist|ra", "Minist|ério")
PORTFOLIO_STEM = 6
#: the letters a one-word title and a one-word body share ("Gesundheitsminist|er", "|erium")
COMPOUND_STEM = 10
#: how many letters a bare title may add to the stem it shares with a body's first word ("ministra", "ministério")
_BARE_ENDING = 3
#: a word written with a capital (a head noun that may name a body alone: "del Policlinico")
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?![\w-])")
#: what stands between a body and a reference in apposition to it: a comma or bracket, perhaps an article
_APPOSED = re.compile(r"[\s,(]*(?:[^\W\d_]+\s+)?")
#: the word right after a short reference
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?=[\s,.;:)]|$)")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """The words for a company group (``common/group_words.txt``: "koncern", "gruppe")."""
    return load_words("", "group_words.txt")


def _head_type(head: str, language: str | None) -> str | None:
    """The fine type an organization head noun gives ("unternehmen" -> "Company").

    >>> _head_type("unternehmen", "de"), _head_type("hospital", "en")
    ('Company', 'Hospital')
    """
    from healthkg.loaders.extraction.lexicon import lexicon

    found = lexicon(language or "en").head_of(head)
    return found[0] if found else None


def _last_word(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    words = name.lower().split()
    return words[-1] if words else ""


def _one_word_forms(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The one-word short references of each head noun ("afdelingen", "afdelingens" of
    "afdeling"), built once per lexicon: a name may end in them ("Medicinska fakulteten")."""
    if "__one_word_forms__" not in lex._compiled:
        forms: dict[str, list[str]] = {}
        for phrase, head in lex.extras.get("anaphor", {}).items():
            if " " not in phrase:
                forms.setdefault(head.partition("|")[0], []).append(phrase)
        lex._compiled["__one_word_forms__"] = {h: tuple(f) for h, f in forms.items()}
    return lex._compiled["__one_word_forms__"]


def _head_words(name: str) -> list[str]:
    """Where a name's head noun can stand: last ("Zhongshan Hospital"), before a department's
    letter or number ("Nyremedicinsk Afdeling Y") or first ("Grupo Hospitalario Occidente",
    "Hôpital Saint-Louis").

    >>> _head_words("Nyremedicinsk Afdeling Y")
    ['y', 'afdeling', 'nyremedicinsk']
    >>> _head_words("Fondazione Istituto Nazionale Tumori")
    ['tumori', 'fondazione', 'istituto']
    """
    words = name.lower().split()
    designated = words[-2:-1] if len(words) > 2 and len(words[-1]) <= 2 else []
    run = words[1:2] if words[:1] and words[0] in load_words("", "foundation_words.txt") else []
    return [_last_word(name)] + designated + words[:1] + run  # (the body a foundation runs: "Fondazione Istituto X")


def _word_before(text: str, start: int) -> str | None:
    """The word of letters right before ``start`` and one space, or None.

    >>> _word_before("det kinesiska sjukhusets", 14), _word_before("(X) sjukhusets", 4)
    ('kinesiska', None)
    """
    if start < 2 or text[start - 1] != " ":
        return None
    words = text[:start].split()
    return words[-1] if words and words[-1].isalpha() else None


def portfolio_body(title: str, entities: list[Entity], before: int, bare: bool = False) -> Entity | None:
    """The public body a title of office names by its stem and portfolio ("ministra da Saúde"
    and "Ministério da Saúde", "Minister of Health" and "Ministry of Health", "secretário
    estadual da Saúde" and "Secretaria de Estado da Saúde"): the only government body named
    before ``before`` whose first word shares the title's first ``PORTFOLIO_STEM`` letters or more and
    whose name holds every word of the title's portfolio (a one-word title and name share
    ``COMPOUND_STEM`` letters: "Gesundheitsminister", "Gesundheitsministerium"; with ``bare``, a
    title that is the stem and an ending of at most ``_BARE_ENDING`` letters names the body alone:
    "ministra" for the only "Ministério da X", not "Ministerpräsident"; the minister fallback of
    :mod:`.mayors` asks for that, while a mayor's "prefeito" is left to the mayors' own rules).

    >>> from healthkg.loaders.statements import Mention
    >>> ents = [Entity("o/m", "GovernmentBody", "Ministério da Saúde", [Mention("Ministério da Saúde", 0, 19)])]
    >>> titles = ("ministra da Saúde", "ministra da Educação", "ministra", "Ministerpräsidentin")
    >>> [e.id if e else None for e in (portfolio_body(t, ents, 99, bare=True) for t in titles)]
    ['o/m', None, 'o/m', None]
    >>> portfolio_body("ministra", ents, 99) is None
    True
    """
    words = title.lower().split()
    if not words or len(words[0]) < PORTFOLIO_STEM:
        return None
    portfolio = {w for w in words[1:] if len(w) > 3}
    found = []
    for entity in entities:
        if entity.type != "GovernmentBody" or not any(m.end <= before for m in entity.mentions):
            continue
        for name in [entity.name] + [m.text for m in entity.mentions]:
            name_words = name.lower().split()
            stem = len(os.path.commonprefix([words[0], name_words[0]])) if name_words else 0
            alone = bare and len(words) == 1 and len(words[0]) - stem <= _BARE_ENDING  # "ministra": "Ministério da X"
            if stem >= PORTFOLIO_STEM and (portfolio <= set(name_words[1:]) if portfolio
                                           else alone or stem >= COMPOUND_STEM and len(name_words) == 1):
                found.append(entity)
                break
    return found[0] if len(found) == 1 else None


class ShortReferences:
    """The reference resolution of the relation reader (a mixin of ``DocumentReader``)."""

    def _anaphors(self, sentence: Sentence, lex: Lexicon) -> list[tuple[Entity, int, int]]:
        heads = lex.extras.get("anaphor", {})
        found = []
        for match in lex.finditer("anaphor", sentence.text):
            phrase = re.sub(r"\s+", " ", match.group(0).lower())
            head, _, kind = heads.get(phrase, "").partition("|")
            start = sentence.start + match.start()
            entity = self._antecedent(head, start, kind or None, _one_word_forms(lex).get(head, ())) if head else None
            after = _NEXT_WORD.match(sentence.text, match.end())
            national = after is not None and is_nationality(Word(after.group(1), 0, 0))
            adjective = _word_before(sentence.text, match.start())  # "det kinesiska | sjukhusets direktör"
            adjective = adjective if adjective and is_nationality(Word(adjective, 0, 0)) else None
            if (national or adjective) and head:
                # "le président de l'hôpital chinois", "det kinesiska sjukhusets direktör": the hospital in China
                country = nationality_country(after.group(1) if national else adjective)
                entity = self._antecedent_in_country(head, start, kind or None, country) or (
                    entity if entity is None or not country or not self._countries_of(entity) - {country}
                    else None)  # (not a hospital the text places in another country)
            at = phrase.rfind(head) if head else -1
            if at > 0 and phrase[at - 1] in " '’" and len(phrase) == len(match.group(0)) \
                    and len(phrase[:at].split()) == 1:
                start += at  # the slot is the noun: "dell'|ospedale", "del |gruppo" keep their "of"
                # (not "el propio hospital": the slot takes the modifier, "el ⟪O1⟫")
            if entity is not None:
                end = after.end() if national else match.end()  # "l'hôpital chinois": one reference
                found.append((entity, start, sentence.start + end))
        return found + self._bare_head_references(sentence, found)

    def _bare_head_references(self, sentence: Sentence, found) -> list[tuple[Entity, int, int]]:
        """A head noun written alone with its capital inside a sentence ("il direttore generale del
        Policlinico", "le directeur du Centre") names the only body of the text whose name opens
        or ends with it, when no mention or short reference covers it."""
        from healthkg.loaders.extraction.lexicon import lexicon as entity_lexicon

        if self._name_heads is None:  # the words that open or end a body's name, once per document
            self._name_heads = frozenset(w for _e, _end, words in self._organization_words() for w in words)
        if not self._name_heads:
            return []
        heads = entity_lexicon(sentence.language or self.doc.language).heads
        out = []
        for match in _CAPITALISED_WORD.finditer(sentence.text):
            word = match.group(0).lower()
            if word not in self._name_heads or (word,) not in heads:
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            before = sentence.text[:match.start()]
            if not (before.rstrip()[-1:].isalpha() or before.endswith(("'", "’"))):  # "del |", "dell'|"
                continue
            if any(s < end and start < e for s, e, _ in self._mentions) or any(s < end and start < e for _, s, e in found):
                continue
            entity = self._antecedent(word, start)
            names = [entity.name] + [m.text for m in entity.mentions] if entity is not None else []
            if any(w == word for n in names for w in _head_words(n)):
                out.append((entity, start, end))
        return out

    def _organization_words(self) -> list[tuple[Entity, int, list[str]]]:
        """The organizations, the end of their first mention and the words their names can have
        their head noun in (:func:`_head_words`): once per document, not once per reference."""
        if self._org_last_words is None:
            self._org_last_words = [
                (e, min(m.end for m in e.mentions),
                 [w for n in [e.name] + [m.text for m in e.mentions] for w in _head_words(n)])
                for e in self.entities if e.coarse_kind == "organization" and e.mentions]
        return self._org_last_words

    def _antecedent(self, head: str, before: int, kind: str | None = None,
                    forms: tuple[str, ...] = ()) -> Entity | None:
        """The body a short reference before ``before`` names: the only one whose name ends
        in ``head`` (or in one of its definite ``forms``: "Fakultetens" after "Medicinska
        fakulteten"), else the only one of the head's type (``kind`` where the data gives the
        reference its own: "la société" is a company, though "Société ..." opens associations)."""
        candidates = [entity for entity, first_end, last_words in self._organization_words()
                      if first_end <= before and any(w.endswith((head,) + forms) for w in last_words)]
        head_kind = self._reference_kind(head, kind)
        here = self._sentence_index(before)
        own = None if self._name_follows(before) or any(self._named_since(e, before, here - 1) for e in candidates) \
            else self._only_in_sentence(head_kind, before)
        if own is not None and not any(c.name in own.name for c in candidates):
            # "En delegasjon fra Hubei Provincial Hospital, ledet av sykehusets president" (a body the
            # name fits, named in this sentence or the one before, still wins, and so does the body of a
            # branch named)
            return own
        kind = head_kind if not candidates else None
        if kind not in (None, "", "organization") and not self._name_follows(before):
            # "the company" after "Huber Medizintechnik GmbH", "het ziekenhuis" after "Reitdiep
            # Medisch Centrum": the only body of the head noun's type before it
            candidates = [entity for entity, first_end, _words in self._organization_words()
                          if first_end <= before and entity.type.lower() == kind]
            if len(candidates) > 1 and head in _group_words():
                # "koncernen" after a subsidiary and its group: the one the text names as a parent
                parents = {r.object for r in self.relations if r.type == "part_of"}
                groups = [entity for entity in candidates if entity.id in parents]
                if len(groups) == 1:
                    return groups[0]
            if len(candidates) > 1:
                return self._only_recent(candidates, before)
        if len(candidates) > 1:  # "en el Hospital de Ojos, organizada por el propio hospital": the one its sentence names
            candidates = [e for e in candidates if self._named_since(e, before, here)]
        return candidates[0] if len(candidates) == 1 else None

    def _only_in_sentence(self, kind: str, before: int) -> Entity | None:
        """The only body of a type that the sentence of ``before`` names before it (none for
        the generic type): a short reference's nearest antecedent, whatever its name ends in."""
        if kind in ("", "organization"):
            return None
        here = self._sentence_index(before)
        found = [entity for entity, _end, _words in self._organization_words() if entity.type.lower() == kind
                 and self._named_since(entity, before, here)]
        if len(found) != 1:
            return None
        last = max(m.end for m in found[0].mentions if m.end <= before)
        # (not the body the reference stands in apposition to: "Tarvik Europe GmbH, the group's subsidiary")
        return None if _APPOSED.fullmatch(self.doc.text, last, before) else found[0]

    def _antecedent_in_country(self, head: str, before: int, kind: str | None, country: str | None) -> Entity | None:
        """The only body of the head's type named before ``before`` that lies in ``country`` (its
        name holds a place of the country, or the text locates it there): "l'hôpital chinois"
        after "Premier hôpital de l'Université de Wuhan" and a hospital of Rennes."""
        kind = self._reference_kind(head, kind)
        if not country or kind in ("", "organization"):
            return None
        found = [entity for entity, first_end, _words in self._organization_words()
                 if first_end <= before and entity.type.lower() == kind and country in self._countries_of(entity)]
        return found[0] if len(found) == 1 else None

    def _countries_of(self, entity: Entity) -> set[str]:
        """The alpha-2 codes of the places an organization's mentions hold or the text locates it in."""
        from healthkg.loaders.gazetteer import gazetteer

        spans = [(m.start, m.end) for m in entity.mentions]
        codes = {other.links["iso3166"][:2] for start, end, other in self._mentions
                 if other.coarse_kind == "place" and other.links.get("iso3166")
                 and any(s <= start and end <= e for s, e in spans)}
        for word in entity.name.split():  # a place opening the name ("Ningbo No. 2 Hospital"), not an acronym
            place = gazetteer().get(word) if len(word) > 3 and word[:1].isupper() and not word.isupper() else None
            if place is not None and place.links.get("iso3166"):
                codes.add(place.links["iso3166"][:2])
        for r in self.relations:
            place = self.by_id.get(r.object) if r.type == "located_in" and r.subject == entity.id else None
            if place is not None and place.links.get("iso3166"):
                codes.add(place.links["iso3166"][:2])
        return codes

    def _only_recent(self, candidates: list[Entity], before: int) -> Entity | None:
        """Of several bodies of a reference's type, the one the sentence before (or its own
        sentence) names and no other does: "Også danske X markerte seg. Selskapets direktør
        ..." is X's director, though another company was named two sentences earlier."""
        recent = [e for e in candidates if self._named_since(e, before, self._sentence_index(before) - 1)]
        return recent[0] if len(recent) == 1 else None

    def _named_since(self, entity: Entity, before: int, sentence: int) -> bool:
        """Whether a mention of ``entity`` ends before ``before`` in sentence ``sentence`` or later."""
        return any(m.end <= before and self._sentence_index(m.start) >= sentence for m in entity.mentions)

    def _reference_kind(self, head: str, kind: str | None) -> str:
        """The fine type a reference names, lower case: the data's own (``kind``) or its head noun's."""
        return (kind or _head_type(head, self.doc.language) or "").lower()

    def _body_in_title(self, title: str, lex: Lexicon, before: int) -> Entity | None:
        """The body a Nordic title compound names by its first part ("regiondirektör",
        "kommunaldirektør": class ``title_body`` of ``relation_words.tsv``, the head of the
        body's name in the third column): the only one of that head named before."""
        parts = lex.extras.get("title_body")
        if not parts:
            return None
        lower = title.lower().split()[0] if title.strip() else ""  # "kommunstyrelsens ordförande": its first word
        if "__title_body_prefixes__" not in lex._compiled:  # longest first, once per lexicon
            lex._compiled["__title_body_prefixes__"] = sorted(parts, key=len, reverse=True)
        for prefix in lex._compiled["__title_body_prefixes__"]:
            if lower.startswith(prefix) and len(lower) >= len(prefix) + 3:  # "regionråd", not "regionen"
                return self._antecedent(parts[prefix], before)
        return None

    def _portfolio_body(self, title: str, before: int) -> Entity | None:
        """The public body a title of office names by its stem and portfolio (:func:`portfolio_body`)."""
        return portfolio_body(title, self.entities, before)

    def _name_follows(self, start: int, within: int = 40) -> bool:
        """Whether an organization's name follows soon after ``start`` ("la société
        lyonnaise Rhônemed SAS": the noun introduces that name, it refers to no other); a name
        after a stop word past the reference's first two words is another body's ("koncernen en
        hensigtserklæring med X")."""
        from healthkg.loaders.extraction.lexicon import lexicon

        lex = lexicon(self.doc.language or "en")
        return any(start < m.start <= start + within
                   and not any(lex.is_stopword(w) for w in self.doc.text[start:m.start].split()[2:])
                   for e in self.entities if e.coarse_kind == "organization" for m in e.mentions)
