"""Organisation recognizer: names grown around head nouns.

A head noun from ``org_heads.tsv`` ("Hospital", "-krankenhaus", "Chamber of Commerce",
a legal form such as "GmbH") gives the fine type. The name is grown

- to the left over capitalised words, all-caps words, lower-case hyphenated words between
  capitalised ones ("Chengdu high-tech Medical Association"), "&"/"and" between names and
  the possessive "'s" ("Sichuan Provincial People's Hospital"); stop words and titles stop it;
- to the right (heads that may open a name: ``initial`` or ``both``) over a place
  ("Universität Chongqing"), a parenthesis ("(Chongqing)"), and up to two connector hops
  ("Health Bureau of Guangming District", "Zweites Krankenhaus der Medizinischen
  Universität Chongqing"); entities inside that part are kept as nested entities;
- over trailing legal forms ("Co., Ltd.").

A head alone is not a name, except a capitalised compound in the middle of a Danish,
Swedish, Norwegian or Dutch sentence ("Rigshospitalet"). German names are given in the
nominative where the ending shows it (adjective -en -> -e, genitive head -s removed).
A "(ABC)" right after a name defines an acronym.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "Er ist Direktor des Medizinischen Zentrums Berlin."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), "de"))[0]
>>> [(c.type, c.name) for c in recognize_organizations(sw, lexicon("de"))]
[('Organization', 'Medizinisches Zentrum Berlin')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.demonyms import based_place, city_of_adjective, is_nationality
from healthkg.loaders.extraction.descriptors import is_descriptor
from healthkg.loaders.extraction.acronym_names import defines, in_order, name_start_before
from healthkg.loaders.extraction.lexicon import first_names, generic_compound, legal_forms, lexicon
from healthkg.loaders.extraction.missions import country_scope
from healthkg.loaders.extraction.places import IN_WORDS, place_run
from healthkg.loaders.extraction.rulefiles import language_row, load_table, load_words, normalize
from healthkg.loaders.extraction.tokens import Word, join_words
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["recognize_organizations", "is_legal_form", "nominative", "german_adjective_base", "is_bare_head"]

_POSSESSIVE = {"'s", "’s"}
_MAX_ACRONYM_RUN = 12
#: languages that write the head of a name in lower case after a place ("Oslo universitetssykehus")
_LOWER_HEAD_LANGUAGES = {"da", "sv", "no"}
_COMPOUND_NAME_LANGUAGES = {"da", "sv", "no", "nl"}
_MAX_LEFT = 8
_HEAD_ONLY_ORDERS = {"final"}
#: languages that put an article between a connector and a name ("de la Santé", "della Salute")
_ROMANCE = {"fr", "es", "it", "pt"}


def _name_word(word, lex) -> bool:
    if word.upper:
        return True
    if word.cap and "'" in word.text.strip("'") and gazetteer().get(word.text) is not None:
        return True  # a place written with an apostrophe: "Xi'an Jiaotong University", "Tai'an"
    if not word.cap or not (word.alpha or word.text.endswith(".")):
        return False
    return not lex.is_stopword(word.text) and not lex.is_title(word.text) \
        and word.lower not in lex.never_names


def _head_at(words, i, lex):
    """(length, type, order) of a head starting at word ``i``."""
    word = words[i]
    if not (word.cap or word.upper or word.text[:1].isupper()) and not _after_capital_ordinal(words, i, lex):
        if i > 0 and words[i - 1].cap and _lower_case_legal_form(word):
            return 1, "Company", "final"  # "Biotechnologies Laurentia inc.", "Ardent Holdings plc"
        return None  # (but "Premier hôpital affilié ...": a French name in sentence case after its ordinal)
    if word.lower in lex.multiword_head_starts:
        for m in (5, 4, 3, 2):  # "Chamber of Commerce and Industry"
            if i + m <= len(words):
                found = lex.heads.get(tuple(w.lower for w in words[i:i + m]))
                if found and (words[i + m - 1].text[:1].isupper() or found[1] == "initial"):
                    return m, found[0], found[1]
    found = lex.heads.get((word.lower,))
    if found and word.lower in legal_forms() and not _is_legal_form(word):
        return None
    if found is None:
        found = lex.head_of(word.text)
    if found is None:
        return None
    return 1, found[0], found[1]


def _bare_head(word, lex) -> bool:
    """Whether a word is a head noun itself, not a compound with a name in front."""
    return is_bare_head(word.text, lex)


def is_bare_head(text: str, lex) -> bool:
    """Whether a word's text is a head noun itself ("Hogeschool", "Klinikum"), not a compound
    with a name in front ("Donauklinikum").

    >>> is_bare_head("Hogeschool", lexicon("nl")), is_bare_head("Windesheim", lexicon("nl"))
    (True, False)
    """
    lower = normalize(text)
    if (lower,) in lex.heads:
        return True
    # (the suffix index holds every suffix: a look-up, not a scan of them all)
    return lower in lex._suffix_index or (lower.endswith("s") and lower[:-1] in lex._suffix_index)


@lru_cache(maxsize=None)
def _home_countries(language: str | None) -> frozenset[str]:
    return frozenset(language_row("language_countries.tsv", language))


def _foreign_body_city(words, end, type_, lex) -> bool:
    """Whether a one-word public body of a Danish, Swedish, Norwegian or Dutch text is
    followed by "i/in <city>" of a country where the language is not spoken
    (``common/language_countries.tsv``): the city or province is part of the name the text
    gives a foreign body ("Helsekommisjonen i Xiamen", "Handelsdepartementet i Jilin-provinsen").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Helsekommisjonen i Xiamen og".split()]
    >>> _foreign_body_city(ws, 1, "GovernmentBody", lexicon("no")), _foreign_body_city(ws, 1, "Hospital", lexicon("no"))
    (True, False)
    >>> ws = [Word(t, 0, 0) for t in "Handelsdepartementet i Jilin-provinsen ,".split()]
    >>> _foreign_body_city(ws, 1, "GovernmentBody", lexicon("no"))
    True
    """
    if type_ != "GovernmentBody" or end + 1 >= len(words) or words[end].lower not in IN_WORDS \
            or not _home_countries(lex.language):
        return False
    text = words[end + 1].text
    place = gazetteer().get(text)
    if place is None and "-" in text and text.partition("-")[2].islower():
        place = gazetteer().get(text.partition("-")[0])  # "Handelsdepartementet i Jilin-provinsen"
    return place is not None and place.type in ("City", "Region") \
        and place.links.get("iso3166") not in _home_countries(lex.language) \
        and (end + 2 >= len(words) or not words[end + 2].cap)


def _city_opens_company(word) -> bool:
    """Whether a word is a city's name, as it opens Chinese companies' names ("Hefei Tongxin
    Medical Equipment Co., Ltd.")."""
    place = gazetteer().get(word.text)
    return place is not None and place.type == "City" and place.name == word.text


def _region_after_bare_head(words, e, start, lex) -> bool:
    """Whether a capitalised bare head alone in a Danish, Swedish, Norwegian or Dutch name
    ("Sygehus", "Hospital") is followed by one capitalised word that closes the name: the
    region or town it serves ("Sygehus Lillebælt"), not a first name, a title or another head.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "besøgte Sygehus Lillebælt i går".split()]
    >>> _region_after_bare_head(ws, 2, 1, lexicon("da")), _region_after_bare_head(ws, 2, 1, lexicon("de"))
    (True, False)
    >>> ws = [Word(t, 0, 0) for t in "besökte Länssjukhuset Ryhov ,".split()]
    >>> _region_after_bare_head(ws, 2, 1, lexicon("sv"))
    True
    """
    if lex.language not in _COMPOUND_NAME_LANGUAGES or start is None or start != e - 1 or e >= len(words) \
            or not words[start].cap \
            or not (_bare_head(words[start], lex) or generic_compound(words[start].text)):
        return False  # a head alone ("Sygehus") or a compound of generic words ("Länssjukhuset Ryhov")
    word = words[e]
    return word.cap and word.alpha and word.text[1:].islower() and not lex.is_stopword(word.text) \
        and not lex.is_title(word.text) and lex.head_of(word.text) is None and word.text not in first_names() \
        and (e + 1 >= len(words) or not words[e + 1].cap)


def _generic_head(word, lex) -> bool:
    """A head noun alone or a compound of head nouns ("Universitetet",
    "Universitetssjukhuset"): a common noun that "i <place>" turns into a name
    ("Universitetet i Oslo"), unlike a name of its own ("Rigshospitalet i København").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> [_generic_head(Word(t, 0, len(t)), lexicon("sv")) for t in ("Universitetssjukhuset", "Karolinska",
    ...                                                              "Länssjukhuset")]
    [True, False, True]
    """
    if _bare_head(word, lex) or (generic_compound(word.text) and lex.head_of(word.text)):
        return True  # "Länssjukhuset i Växjö": a generic first part ("läns", "regions") before the head
    lower = normalize(word.text)
    suffixes = {suffix for suffix, *_rest in lex.head_suffixes}
    for suffix in suffixes:
        stem = lower[:-len(suffix)] if lower.endswith(suffix) and len(lower) > len(suffix) else ""
        if stem and (stem in suffixes or stem.endswith("s") and stem[:-1] in suffixes):
            return True
    return False


def _participle(word) -> bool:
    """A capitalised word with a lower-case participle after a hyphen ("Reutlingen-based")."""
    head, _, tail = word.text.rpartition("-")
    return bool(head) and tail.islower() and tail.endswith("ed") and len(tail) > 3


def _ends_head(words, end, lex) -> bool:
    """Whether the words before ``end`` close a head of several words ("Science Park")."""
    return any(tuple(w.lower for w in words[end - m:end]) in lex.heads for m in (2, 3) if end >= m)


def _compound_head(word, lex) -> bool:
    """A head written as a compound with a word in front ("Universitetshospital", not "Hospital")
    in a language that writes heads so."""
    return lex.language in _COMPOUND_NAME_LANGUAGES and word.lower not in lex.head_first_words \
        and lex.head_of(word.text) is not None and not _bare_head(word, lex)


def _place_opens_name(words, k, lex) -> bool:
    """Whether the word at ``k``, right after "and", is a place that opens a second name in a
    language that joins two bodies so ("Helse Vest og | Shandong Provincial Hospital");
    names written with "and" in their middle join no place there."""
    return lex.language in _COMPOUND_NAME_LANGUAGES and words[k].cap \
        and gazetteer().get(words[k].text) is not None


def _compound_descriptor_name(word, lex) -> bool:
    """A capitalised compound of a descriptor noun right before a legal form names the company
    ("Vårdbolaget AB", "Sundhedsfirmaet ApS"); the bare noun does not ("Bolaget AB").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> [_compound_descriptor_name(Word(t, 0, len(t)), lexicon("sv")) for t in ("Vårdbolaget", "Bolaget")]
    [True, False]
    """
    return word.alpha and "-" not in word.text \
        and normalize(word.text) not in load_words(lex.language, "descriptor_nouns.txt", with_common=False)


@lru_cache(maxsize=None)
def _between_words(language: str | None) -> frozenset[str]:
    """The one-word "between" of a language (class ``between`` of ``relation_words.tsv``): the
    name after it and "and" is the second of two parties, not the end of one name.

    >>> sorted(_between_words("no"))
    ['mellom']
    """
    if not language:
        return frozenset()
    return frozenset(row[0] for row in load_table(language, "relation_words.tsv", with_common=False)
                     if row[1:2] == ("between",) and " " not in row[0])


def _nationality_in_any_case(word) -> bool:
    """Whether a word is a nationality adjective, capitalised as Dutch and English write it
    ("Chinese") or not (:func:`~healthkg.loaders.extraction.demonyms.is_nationality` asks it lower case)."""
    return is_nationality(Word(word.lower, word.start, word.end))


def _grow_left(words, h, lex, company=False) -> int:
    s = h
    compound = _compound_head(words[h], lex)
    while s > 0 and h - s < _MAX_LEFT:
        prev = words[s - 1]
        if _participle(prev) or based_place(prev.text, lex.language) or ((prev.cap or "-" in prev.text) and is_descriptor(prev.text, lex.language)
                                 and not (company and s == h and _compound_descriptor_name(prev, lex))):
            break  # "Reutlingen-based | X", "Odense-baserede | X", "Selskabet | Coloplast A/S", "de Gentse start-up | Velora NV"
            # (but "Vårdbolaget AB" is a name)
        if (s == 1 or words[s - 2].lower in lex.articles) and city_of_adjective(prev, lex) is not None:
            break  # "die Leipziger | Brennwald Instruments GmbH": the adjective of a city is the seat
        if compound and prev.cap and _bare_head(prev, lex):
            break  # "en delegation fra Shanghai Kommune | Aarhus Universitetshospital": two names
        if s < h and _nationality_in_any_case(prev) and gazetteer().get(prev.text) is None \
                and gazetteer().get(words[s].text) is not None:
            break  # "het Chinese | Jiangsu Lanxin ... Co., Ltd.": the nation says where the place is
        if company and lex.language == "de" and s < h and prev.cap and (s == 1 or not words[s - 2].cap and words[s - 2].alpha) \
                and _city_opens_company(words[s]):
            break  # "Hersteller von Herzkathetern | Hefei Tongxin Medical ... Co., Ltd.": a German noun before the city that opens the name
        if company and prev.text == ")" and s >= 4 and words[s - 3].text == "(" and words[s - 2].cap \
                and _name_word(words[s - 4], lex):
            s -= 3  # "Huakang Medical Technology (Deutschland) GmbH"
            continue
        if prev.lower in lex.conjunctions and s >= 2 and words[s - 2].cap and words[s - 2].text.endswith("-") \
                and len(words[s - 2].text) > 3:
            s -= 2  # "Industrie- und Handelskammer": the first compound written short
            continue
        if company and lex.language in _ROMANCE and prev.lower in lex.connectors and not prev.cap \
                and prev.lower not in lex.conjunctions and s >= 2 and words[s - 2].cap and _name_word(words[s - 2], lex) \
                and s < h and (s == h - 1 or gazetteer().get(words[s].text) is not None):
            s -= 1  # "Lanshan Farmacêutica do | Brasil Ltda.": the country a subsidiary serves
        elif prev.lower in _POSSESSIVE and s >= 2 and _name_word(words[s - 2], lex):
            if s < h and _is_acronym_word(words[s - 2]):
                break  # "AUH's | Nyremedicinsk Afdeling": a body's acronym in the genitive owns the unit
            s -= 1
        elif prev.lower in lex.conjunctions and s >= 2 and _name_word(words[s - 2], lex) and s < h \
                and gazetteer().get(words[s - 2].text) is None and lex.head_of(words[s - 2].text) is None:
            if _ends_head(words, s - 1, lex):
                break  # "Oslo Science Park | og Oslo universitetssykehus"
            if _is_acronym_word(words[s - 2]):
                break  # "HMU and | Leeds Beckett University": an acronym names a body of its own
            if s >= 3 and words[s - 3].lower in IN_WORDS:
                break  # "i Brabrand | og Aarhus Kommune": after "in" comes a place
            if s >= 3 and words[s - 3].lower in _between_words(lex.language):
                break  # "et pilotprosjekt mellom Sårvev | og Sykehuset Telemark HF": two parties
            if lex.language in _LOWER_HEAD_LANGUAGES and s < h and _genitive_owner(words[s], lex):
                break  # "Danske Regioner og | Kinas Nationale Sundhedskommission": a genitive opens a name
            if _place_opens_name(words, s, lex):
                break  # "Helse Vest og | Shandong Provincial Hospital"
            if s >= 3 and words[s - 3].cap and words[s - 3].text in first_names() \
                    and lex.head_of(words[s - 3].text) is None:
                break  # "president Anna Berg and | Orvane Diagnostics Ltd": a person before "and"
            if _trade_closes_name(words, s, h):
                break  # "Shanxi Jinci Medical Devices og | Brosundet Helseteknikk AS": two companies
            s -= 1  # "Finance and Economics ... Group", not "Region Stockholm och Karolinska ..."
        elif _name_word(prev, lex):
            s -= 1
        elif prev.text.isalpha() and not prev.cap and s >= 2 and s < h and words[s - 2].cap \
                and gazetteer().get(f"{words[s - 2].text} {prev.text} {words[s].text}") is not None:
            s -= 2  # a place with a small word inside: "Kingston upon Hull | Teaching Hospitals NHS Trust"
        elif s == h and s >= 2 and prev.cap and lex.is_stopword(prev.text) and _head_at(words, s - 1, lex) \
                and not lex.is_title(prev.text) and _name_word(words[s - 2], lex):
            s -= 1  # a head that is a stop word right before the head: "Wuhan Union | Hospital"
        elif prev.cap and s >= 2 and words[s - 2].lower in lex.articles and prev.lower not in lex.articles:
            s -= 1  # "das Zweite Krankenhaus", "the First Affiliated Hospital"
            break
        elif "-" in prev.text and prev.text.islower() and s >= 2 and words[s - 2].cap \
                and not lex.is_stopword(words[s - 2].text):
            s -= 1
        elif prev.cap and prev.lower in load_words("", "ordinals.txt"):
            s -= 1  # "Wuxi First People's Hospital"
        elif prev.text.isdigit() and _number_sign_before(words, s - 1):
            s -= _number_sign_before(words, s - 1) + 1  # "Ningbo No. 2 Hospital"
        else:
            break
    while s < h and (words[s].lower in lex.conjunctions or words[s].lower in _POSSESSIVE):
        s += 1
    return s


def _is_acronym_word(word) -> bool:
    """A word of two to six capitals (and digits) that abbreviates a body ("AUH", "UCL", "JMU").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> [_is_acronym_word(Word(t, 0, len(t))) for t in ("AUH", "UX7SS", "People", "A")]
    [True, True, False, False]
    """
    text = word.text
    return 2 <= len(text) <= 6 and text[0].isupper() and text.isalnum() and text.upper() == text \
        and any(c.isalpha() for c in text[1:])


def _trade_closes_name(words, s, h) -> bool:
    """Whether the word before the conjunction at ``s - 1`` is a trade word in the plural that
    closes one company's name (``common/sector_words.txt``: "Devices", not "Medical") and a brand that is no trade word opens the
    next, with at least one more word before its head ("Shanxi Jinci Medical Devices og |
    Brosundet Helseteknikk AS"); "Health and Medical Technology Co." and "Medical and Surgical
    Supplies Ltd" stay one name.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Jinci Medical Devices og Brosundet Helseteknikk AS".split()]
    >>> _trade_closes_name(ws, 4, 6)
    True
    >>> ws = [Word(t, 0, 0) for t in "Huaxi Health and Medical Technology Co.".split()]
    >>> _trade_closes_name(ws, 3, 5)
    False
    """
    trades = load_words("", "sector_words.txt")
    before = words[s - 2].lower if s >= 2 else ""
    return h - s >= 2 and before in trades and before.endswith("s") and words[s].lower not in trades


def _number_sign_before(words, i) -> int:
    """How many words before word ``i`` write a number sign ("No." or "No" "."), or 0.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> _number_sign_before([Word("No", 0, 2), Word(".", 2, 3), Word("2", 4, 5)], 2)
    2
    """
    signs = load_words("", "number_signs.txt")
    if i >= 1 and words[i - 1].lower in signs:
        return 1
    if i >= 2 and words[i - 1].text == "." and words[i - 2].end == words[i - 1].start \
            and words[i - 2].lower + "." in signs:
        return 2
    return 0


def _name_run(words, j, lex, after_head=False) -> int:
    """End of the run of name words at ``j``; ``after_head``: right after a Romance head
    that opens the name, where "and" joins two bodies ("Instituto Butantan e Sinovac")
    unless a saint's or a first name follows ("Santi Giovanni e Paolo")."""
    k = j
    while k < len(words) and k - j < _MAX_LEFT:
        word = words[k]
        if "-" in word.text and lex.is_title(word.text.rpartition("-")[2]):
            break  # "KU Leuven-rector | Els Peeters": a title compounded with the name ends it
        if k > j and lex.language in _COMPOUND_NAME_LANGUAGES and word.text in first_names() \
                and k + 1 < len(words) and words[k + 1].cap and gazetteer().get(words[k - 1].text) is not None:
            break  # "Region Hovedstaden | Lars Holm": a person's name after the place that closes the body's
        if _name_word(word, lex):
            k += 1
        elif k > j and word.cap and word.alpha and lex.is_title(word.text) and words[k - 1].text in first_names() \
                and (k + 1 >= len(words) or not words[k + 1].cap):
            k += 1  # "Hospital Civil Fray Antonio Alcalde": a surname that is also a title
        elif word.lower in lex.conjunctions and k + 1 < len(words) and k > j and _name_word(words[k + 1], lex) \
                and not _is_legal_form(words[k - 1]) \
                and gazetteer().get(" ".join(w.text for w in words[j:k])) is None \
                and _head_at(words, k + 1, lex) is None and not _place_opens_name(words, k + 1, lex) \
                and not (after_head and lex.language in _ROMANCE and not _saint_or_given(words[k + 1])):
            k += 1  # not after a whole place: "Region Midtjylland | og Invest in Denmark",
            # nor before a head that opens the next name: "Helse Sør-Øst | og Helse Midt-Norge"
        elif word.lower in _POSSESSIVE and k > j:
            k += 1
        elif _romance_name_part(words, k, lex):
            k += 1  # "Hospital Universitario La Paz", "Hospital Vall d'Hebron"
        else:
            break
    while k > j and (words[k - 1].lower in lex.conjunctions or words[k - 1].lower in _POSSESSIVE):
        k -= 1
    return k


def _saint_or_given(word) -> bool:
    """A word opening a saint's or place name ("San", "Saint") or a first name ("Paolo")."""
    return word.lower in load_words("", "name_prefixes.txt") or word.text in first_names()


def _romance_name_part(words, k, lex) -> bool:
    """In a Romance name: a capitalised article before a name word that is no head noun
    ("La Paz", "Las Condes") or a word elided with a capital ("d'Hebron").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in ("Hospital", "La", "Fe", "d'Hebron", "d'accord")]
    >>> [_romance_name_part(ws, k, lexicon("es")) for k in (1, 3, 4)]
    [True, True, False]
    """
    if lex.language not in _ROMANCE:
        return False
    text = words[k].text
    if len(text) > 2 and text[1] in "'’" and text[0] in "dlDL" and text[2:3].isupper() and text[2:].isalpha():
        return True
    return words[k].cap and words[k].lower in lex.articles and k + 1 < len(words) \
        and words[k + 1].cap and words[k + 1].alpha and _name_word(words[k + 1], lex) \
        and lex.head_of(words[k + 1].text) is None  # not "Hospital Clínic | La Universidad de Lima"


_GERMAN_ARTICLES = {"der", "des", "dem", "den"}


def _proper_run(words, start: int, end: int, lex) -> bool:
    """Whether a run of capitalised German words is a name: it holds a place, an
    organisation head, an adjective ("Medizinischen") or a word that is not a noun."""
    for word in words[start:end]:
        if gazetteer().get(word.text) is not None or lex.head_of(word.text) is not None:
            return True
        if word.lower.endswith(("ische", "ischen", "ischer", "isches", "ale", "alen")):
            return True
        if word.upper:
            return True
    return False


def _name_goes_on(words, k) -> bool:
    """Whether a name goes on at ``k`` after a place in brackets: a capitalised word or a legal
    form follows ("Huawei Technologies (Shenzhen) Co., Ltd."), not "(Lyon) et ..."."""
    return k < len(words) and (words[k].cap or _is_legal_form(words[k]))


def _opening_acronym(inner, words, j, lex) -> str | None:
    """The acronym that opens a short name in brackets when it abbreviates the start of the
    name before them ("Unidade Local de Saúde de Coimbra | (ULS Coimbra)": "ULS"), else None.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "a Unidade Local de Saúde de Coimbra".split()]
    >>> _opening_acronym([Word("ULS", 0, 0), Word("Coimbra", 0, 0)], ws, len(ws), lexicon("pt"))
    'ULS'
    >>> _opening_acronym([Word("WKO", 0, 0), Word("Steiermark", 0, 0)], ws, len(ws), lexicon("pt")) is None
    True
    """
    code = inner[0].text
    if not (inner[0].upper and code.isalpha()):
        return None
    skip = lex.connectors | lex.articles
    texts = [w.text for w in words[name_start_before(words, j, lex, _MAX_LEFT):j]]
    fits = any(defines(code, texts[:end], skip) for end in range(1, len(texts) + 1)
               if texts[end - 1][:1].isupper())
    return code if fits else None


def _regional_adjective_after(words, k, lex) -> bool:
    """Whether word ``k`` is one lower-case Romance adjective closing a capitalised public
    head ("Région | wallonne dans ..."), not the start of a longer lower-case name.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Région wallonne dans le cadre".split()]
    >>> _regional_adjective_after(ws, 1, lexicon("fr")), _regional_adjective_after(ws, 1, lexicon("en"))
    (True, False)
    """
    from healthkg.loaders.extraction.typed_names import is_adjective

    if lex.language not in _ROMANCE or k >= len(words) or k == 0 or not words[k - 1].cap:
        return False
    word = words[k]
    if not (word.text.isalpha() and word.text.islower() and is_adjective(word, lex.language)):
        return False
    return k + 1 >= len(words) or words[k + 1].lower not in lex.connectors or words[k + 1].lower in lex.conjunctions


def _shortens(inner, before) -> bool:
    """Whether every word in brackets begins a word of the name before them, in order: a
    short name of the same body ("Medizinische Universität Graz | (Med Uni Graz)").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> name = [Word(t, 0, 0) for t in "Medizinischen Universität Graz".split()]
    >>> _shortens([Word(t, 0, 0) for t in "Med Uni Graz".split()], name)
    True
    >>> _shortens([Word(t, 0, 0) for t in "Bad Aibling".split()], name)
    False
    """
    k = 0
    for w in inner:
        while k < len(before) and not before[k].lower.startswith(w.lower):
            k += 1
        if k == len(before):
            return False
        k += 1
    return True


def bracketed_acronym(words, j, lex) -> tuple[int, str | None]:
    """End of "(...)" at ``j`` with capitalised content, and an acronym it defines."""
    if j < len(words) and words[j].text == "(":
        for k in range(j + 1, min(j + 6, len(words))):
            if words[k].text == ")":
                inner = words[j + 1:k]
                if inner and all(w.cap or w.upper for w in inner):
                    if len(inner) > 1 and (any(w.upper or lex.head_of(w.text) for w in inner)
                                           or _shortens(inner, words[max(0, j - _MAX_LEFT):j])):
                        # "(IHK Reutlingen)", "(Harbin Central Hospital)", "(Med Uni Graz)": another name of the same body
                        opening = _opening_acronym(inner, words, j, lex)  # "(ULS Coimbra)" is used as a name
                        return j, " ".join(w.text for w in inner) if opening else None
                    if len(inner) == 1 and inner[0].alpha and (gazetteer().get(inner[0].text) is None
                                                               or _spells_name_before(words, j, inner[0])):
                        return j, inner[0].text  # "(KIZ)", "(Fiocruz)": a short name defined, also one
                        # that is a town's name too ("(ASSE)" after "Administración de los Servicios de Salud del Estado")
                    if not _name_goes_on(words, k + 1):
                        return j, None  # "Medora SAS (Lyon) et ...": the seat after a whole name, or its
                        # short name ("Cooperativa Médica Serra Gaúcha (Coopermed Serra) firmou")
                    return k + 1, None
                break
    return j, None


def _spells_name_before(words, j, acronym) -> bool:
    """Whether an acronym in capitals is made of exactly the initials of the capitalised
    words right before ``j`` (lower-case connectors apart).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "La Administración de los Servicios de Salud del Estado".split()]
    >>> _spells_name_before(ws, len(ws), Word("ASSE", 0, 0)), _spells_name_before(ws, len(ws), Word("Asse", 0, 0))
    (True, False)
    """
    if not acronym.upper or len(acronym.text) < 2:
        return False
    initials = ""
    for k in range(j - 1, max(-1, j - 12), -1):
        if words[k].cap:
            initials = words[k].text[0].upper() + initials
            if initials == acronym.text:
                return True
            if len(initials) >= len(acronym.text):
                return False
        elif not words[k].alpha or words[k].text[:1].isupper():
            return False
    return False


def _is_legal_form(word) -> bool:
    """A company legal form as companies write it: "GmbH", "S.A.", "AS", "Ltd" (not "As").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> [_is_legal_form(Word(t, 0, len(t))) for t in ("GmbH", "Ltd", "AS", "As")]
    [True, True, True, False]
    """
    return word.text[:1].isupper() and word.lower in legal_forms() and (
        len(word.text) > 3 or word.upper or "." in word.text or "/" in word.text
        or word.lower in load_words("", "title_case_legal_forms.txt"))


#: the public name of :func:`_is_legal_form`, for the overlap resolution of ``entities``
is_legal_form = _is_legal_form


def _initials(words, skip) -> str:
    """Initials of the content words of a name, hyphenated parts apart ("Brasil-China" -> "BC")."""
    return "".join(part[0] for w in words if w.lower not in skip
                   for part in w.text.replace("'", "-").replace("’", "-").split("-") if part[:1].isalpha()).upper()


def _acronym_extension(words, start, j, lex) -> int:
    """End of a long name that runs on to the acronym defining it.

    "Cámara de Comercio de China para la Importación ... (CCCMHPIE)", "Chambre de commerce
    et d'industrie franco-chinoise (CCIFC)": the words up to "(ABC)" belong to the name when
    they are capitalised words and function words, or when the acronym's letters are the
    initials of the name's words.
    """
    skip = lex.connectors | lex.conjunctions | lex.articles | lexicon("en").connectors
    k = j
    while k < len(words) and k - j < _MAX_ACRONYM_RUN and words[k].text != "(":
        text = words[k].text.rstrip("'’")
        if not text or not (words[k].alpha or text.isalpha()):
            return j
        k += 1
    if k == j or k + 2 >= len(words) or words[k].text != "(" or words[k + 2].text != ")" \
            or not words[k + 1].upper:
        return j
    tail = words[j:k]
    if tail[-1].lower in skip or tail[-1].text.endswith(("'", "’")):
        return j
    if any(_is_legal_form(w) for w in tail[:-1]) or (tail[0].lower in lex.conjunctions and any(
            lex.head_of(w.text) is not None for w in tail[1:])):
        return j  # "X Ltd. | and the Y Alliance (YA)": a legal form closed the name, the acronym names a second body
    acronym = words[k + 1].text
    if any(w.lower in lex.conjunctions and defines(acronym, [v.text for v in tail[n + 1:]], skip)
           for n, w in enumerate(tail)):
        return j  # "Cámara de Comercio de Zaragoza | y Aragón Exterior (AREX)", "Life Sciences Hub | Wales and
        # the China-Britain Business Council (CBBC)": the acronym names a second body
    inner = next((n for n, w in enumerate(tail) if w.cap and lex.head_of(w.text) is not None), None)
    if inner is not None and defines(acronym, [w.text for w in tail[inner:]], skip):
        return j  # "TechMed Centre | van de Universiteit Twente (UT)": the acronym is the university's
    if all(w.cap or w.lower in skip for w in tail):
        return k
    initials = _initials(words[start:k], skip)
    if acronym[0] == initials[:1] and in_order(acronym, initials):
        return k
    return j


#: languages that write an article between "of" and the body that owns a hospital ("Ziekenhuis van de | X Universiteit")
_ARTICLE_BEFORE_OWNER_LANGUAGES = {"nl"}


def _owning_university(words, j, start, lex) -> int:
    """End of a Chinese-style hospital name numbered by an ordinal that goes on with the
    university owning it after an owner connector (``owner_connectors.txt``: Danish and
    Norwegian "ved", Swedish "vid"): "Det Første Hospital ved | Jilin Universitet"; else ``j``.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Første Hospital ved Jilin Universitet i Changchun".split()]
    >>> _owning_university(ws, 2, 0, lexicon("da")), _owning_university(ws[:4], 2, 0, lexicon("da"))
    (5, 2)
    """
    if start is None or j + 1 >= len(words) or words[start].lower not in load_words("", "ordinals.txt") \
            or words[j].lower not in load_words(lex.language or "", "owner_connectors.txt", with_common=False):
        return j
    return _body_run_end(words, j + 1, lex, "University") or j


def _body_run_end(words, j, lex, type_: str | None = None) -> int:
    """End of the run of name words at ``j`` when a head (of ``type_``) stands in it: a body's
    name ("Jilin Universitet", "Universiteit Twente"); 0 when there is none."""
    end = _name_run(words, j, lex)
    heads = [_head_at(words, k, lex) for k in range(j, end)]
    return end if any(h is not None and (type_ is None or h[1] == type_) for h in heads) else 0


def _article_before_body(words, j, lex) -> bool:
    """Whether word ``j`` is a lower-case article before a body's name that ends in its
    head ("het Eerste Ziekenhuis van | de | Tongji Universiteit", "van | de | Universiteit
    Twente"): the owner of the name before, as the English "of" without an article.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "van de Tongji Universiteit over".split()]
    >>> _article_before_body(ws, 1, lexicon("nl")), _article_before_body(ws[:3], 1, lexicon("nl"))
    (True, False)
    """
    if j + 1 >= len(words) or words[j].lower not in lex.articles or words[j].cap:
        return False
    return _body_run_end(words, j + 1, lex) > j + 1


def _after_article(words, j, lex) -> int:
    """``j + 1`` when word ``j`` is a lower-case article of a Romance language between a
    connector and a name ("Ministère de | la | Santé", "Chambre de | l' | Industrie"), else ``j``."""
    if lex.language in _ROMANCE and j + 1 < len(words) and words[j].lower in lex.articles and not words[j].cap:
        return j + 1
    return j


def _joined_part(words, j, lex) -> int:
    """End of "et d'Industrie", "y de la Recherche Médicale" at ``j`` (Romance languages): a
    conjunction, a connector (and an article), then capitalised words that hold no head
    noun and are not a known place, so that a second body is not read into the first
    ("... et de l'Université de Lyon"); a conjunction and one capitalised word only before
    a connector and a name or a hyphenated compound ("Comercio e Industria de Madrid",
    "Comércio e Indústria Brasil-China", not "Institut Pasteur et Sanofi"); 0 when there
    is none.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> text = "Chambre de Commerce et d' Industrie de Lyon".split()
    >>> ws = [Word(t, 0, 0) for t in text]
    >>> _joined_part(ws, 3, lexicon("fr")), _joined_part(ws, 3, lexicon("en"))
    (6, 0)
    >>> _joined_part([Word(t, 0, 0) for t in "Chambre de commerce et d' industrie de Lyon".split()], 3, lexicon("fr"))
    6
    """
    if lex.language not in _ROMANCE or j + 2 >= len(words) or words[j].lower not in lex.conjunctions:
        return 0
    bare = words[j + 1].cap  # "Comercio e Industria de Madrid": only before a connector and a name
    if not bare and (words[j + 1].lower not in lex.connectors or words[j + 1].lower in lex.conjunctions
                     or (words[j + 1].lower in lex.articles and not words[j + 1].lower.startswith("d"))):
        return 0  # "y la Comunidad de Madrid": an article that is no "of" ("del", "da") opens a second body
    first = j + 1 if bare else _after_article(words, j + 2, lex)
    k = _name_run(words, first, lex)
    if k == first and not bare and j > 0 and words[j - 1].text.islower() and first < len(words) \
            and words[first].text.isalpha() and words[first].text.islower() and not lex.is_stopword(words[first].text):
        k = first + 1  # "Chambre de commerce et d'industrie": a lower-case head joins a lower-case part
        if k < len(words) and words[k].cap:  # "... d'industrie Ille-et-Vilaine", "... d'industrie Bordeaux Gironde"
            k = max(k + 1 if "-" in words[k].text.strip("-") else k, _name_run(words, k, lex), place_run(words, k, lex))
    if k == first or place_run(words, first, lex) > first \
            or any(lex.head_of(w.text) is not None or w.text in first_names() for w in words[first:k]):
        return 0
    if bare and k - first == 2 and "-" in words[k - 1].text:
        return k  # "Câmara de Comércio e Indústria Brasil-China"
    if bare and not (k - first == 1 and k + 1 < len(words) and words[k].lower in lex.connectors
                     and words[k].lower not in lex.conjunctions and words[k + 1].cap):
        return 0
    return k


_MAX_TAIL_WORDS = 2


def _bilateral_adjective(words, j, lex) -> bool:
    """A lower-case adjective of two nations after a Romance head ("franco-chinoise",
    "sino-française", "italo-cinese", "hispano-china"): a combining form in -o, a hyphen and
    an adjective of ``type_nouns.tsv``.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> [_bilateral_adjective([Word(t, 0, 0)], 0, lexicon("fr")) for t in ("franco-chinoise", "anti-cancer")]
    [True, False]
    """
    from healthkg.loaders.extraction.tokens import Word
    from healthkg.loaders.extraction.typed_names import is_adjective

    if lex.language not in _ROMANCE or j >= len(words) or not words[j].text.islower():
        return False
    first, _, last = words[j].text.partition("-")
    return len(first) > 2 and first.isalpha() and first.endswith("o") \
        and is_adjective(Word(last, 0, len(last)), lex.language)


def _lower_tail(words, j, k, lex) -> int:
    """End of a Romance name written in lower case after its head ("Organisation mondiale
    de la santé", "Académie chinoise des sciences médicales", "Istituto superiore di sanità"):
    the words ``j:k`` are adjectives (``type_nouns.tsv``), then one or two connector hops,
    each with an article maybe and one or two lower-case words; ``j`` when there is none.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Académie chinoise des sciences a reçu".split()]
    >>> _lower_tail(ws, 1, 2, lexicon("fr")), _lower_tail(ws, 1, 2, lexicon("en"))
    (4, 1)
    >>> ws = [Word(t, 0, 0) for t in "Ospedale provinciale di medicina tradizionale cinese ha".split()]
    >>> _lower_tail(ws, 1, 2, lexicon("it"))
    6
    """
    from healthkg.loaders.extraction.typed_names import is_adjective

    if lex.language not in _ROMANCE or not all(is_adjective(w, lex.language) or _bilateral_adjective(words, i, lex)
                                               for i, w in enumerate(words[j:k], j)):
        return j  # "Associazione sino-europea per la sanità digitale": a bilateral adjective too
    end = j
    for _hop in range(2):
        if k + 1 >= len(words) or words[k].lower not in lex.connectors or words[k].lower in lex.conjunctions \
                or words[k].cap:
            break
        first = _after_article(words, k + 1, lex)
        m = first
        while m < len(words) and m - first < _MAX_TAIL_WORDS and words[m].text.isalpha() \
                and words[m].text.islower() and not lex.is_stopword(words[m].text) \
                and words[m].lower not in lex.connectors:
            m += 1
        if m - first == _MAX_TAIL_WORDS and m < len(words) and words[m].lower in lex.articles \
                and not is_adjective(words[m - 1], lex.language):
            m -= 1  # "Istituto superiore di sanità | ospita il convegno": a verb before its object
        while m > first and m < len(words) and m - first < _MAX_TAIL_WORDS + 2 and words[m].text.isalpha() \
                and words[m].text.islower() and is_adjective(words[m], lex.language) \
                and not lex.is_stopword(words[m].text) and words[m].lower not in lex.connectors:
            m += 1  # "di medicina tradizionale | cinese", "de médecine traditionnelle | chinoise"
        if m == first or any(w.lower in lex.place_pattern_words for w in words[first:m]):
            break  # not "Hôpital général de la ville"
        end = k = m
    return end


def _adjectives_before_name(words, j, k, lex) -> bool:
    """In a Romance name: lower-case adjectives after the head (``type_nouns.tsv``), then
    capitalised name words that are no place alone ("Chambre économique | Suisse-Chine
    Romandie", "Fondazione europea | Ricerca Riabilitativa"), not a sentence going on.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Chambre économique Suisse-Chine Romandie a".split()]
    >>> _adjectives_before_name(ws, 1, 2, lexicon("fr"))
    True
    >>> ws = [Word(t, 0, 0) for t in "Chambre économique a signé".split()]
    >>> _adjectives_before_name(ws, 1, 2, lexicon("fr"))
    False
    """
    from healthkg.loaders.extraction.typed_names import is_adjective

    if lex.language not in _ROMANCE or not 0 < k - j <= 2 or k >= len(words) or not words[k].cap \
            or not all(is_adjective(w, lex.language) for w in words[j:k]):
        return False
    end = _name_run(words, k, lex, after_head=True)
    return end > k and place_run(words, k, lex) < end and _head_at(words, k, lex) is None


def _listed_portfolio(words, e, k, lex) -> int:
    """End of a ministry's list of portfolios after its first one ("Ministerium für Soziales
    | , Gesundheit und Integration", "Ministerie van Volksgezondheid | , Welzijn en Sport"):
    single capitalised words after commas, closed by a conjunction and one more; only after
    a head of ``common/portfolio_heads.txt``; ``k`` when there is none.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Ministerium für Soziales , Gesundheit und Integration sprach".split()]
    >>> _listed_portfolio(ws, 1, 3, lexicon("de"))
    7
    >>> ws = [Word(t, 0, 0) for t in "des Departements für Wirtschaft , Soziales und Umwelt".split()]
    >>> _listed_portfolio(ws, 2, 4, lexicon("de"))
    8
    """
    head = words[e - 1].lower if e >= 1 else ""
    if not any(head.endswith(h) or head.endswith(h + "s") for h in load_words("", "portfolio_heads.txt")):
        return k  # "des Ministeriums für ...": a genitive keeps its list
    i = k
    while i + 1 < len(words) and words[i].text == "," and words[i + 1].cap and words[i + 1].alpha:
        i += 2
    if i > k and i + 1 < len(words) and words[i].lower in lex.conjunctions and words[i + 1].cap \
            and words[i + 1].alpha:
        return i + 2
    return k


def _worded_place_end(words, i, lex) -> int:
    """End of a place named with the word before it that says what it is (``place_patterns.tsv``,
    side ``before``: "Autonome Regio Guangxi", "provincie Hainan"); ``i`` when there is none.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Autonome Regio Guangxi tekende".split()]
    >>> _worded_place_end(ws, 0, lexicon("nl")), _worded_place_end(ws, 2, lexicon("nl"))
    (3, 2)
    """
    for m in (2, 1):
        if i + m < len(words) and tuple(w.lower for w in words[i:i + m]) in lex.place_before:
            end = place_run(words, i + m, lex)
            return end if end > i + m else i
    return i


def _hyphenated_name(text: str) -> bool:
    """Whether a head word is a name by itself: a compound of a capitalised name and a
    capitalised head joined by a hyphen ("Saale-Kurier", "Elbtal-Kurier"), which no common
    noun is written as.

    >>> _hyphenated_name("Saale-Kurier"), _hyphenated_name("Zeitungskurier"), _hyphenated_name("Medizintechnik-Forum")
    (True, False, True)
    """
    parts = text.split("-")
    return len(parts) == 2 and all(len(p) > 2 and p[:1].isupper() and p.isalpha() for p in parts)


def _grow_right(words, e, order, lex, start=None, named_left=False):
    """(end, inner_start, acronym) of the part of a name after its head; a name that has
    words before its head ("Københavns Universitet") does not run on over a person's first
    name after it ("... Universitet | Mads Berg")."""
    inner_start = None
    j = e
    if unit_designation(words, e, lex):
        return e + 1, None, None  # "Nyremedicinsk Afdeling Y", "Medizinische Klinik 2"
    if order == "initial":
        # "Centre hospitalier universitaire de Montpellier": lower-case adjectives, then a name
        k = j
        while k < len(words) and k - j < 3 and words[k].text.replace("-", "").isalpha() and words[k].text.islower() \
                and not lex.is_stopword(words[k].text) and words[k].lower not in lex.connectors:
            k += 1
        if k > j and k + 1 < len(words) and words[k].lower in lex.connectors and (
                words[k + 1].cap or _after_article(words, k + 1, lex) > k + 1 and words[k + 2].cap):
            j = k  # "Hôpital affilié de | l'Université de Nanchang"
        elif _adjectives_before_name(words, j, k, lex):
            j = k  # "Chambre économique | Suisse-Chine Romandie": the name after the adjectives
        elif k > j:
            tail = _lower_tail(words, j, k, lex)
            if tail == j and lex.language in _ROMANCE and _ends_head(words, j, lex) \
                    and is_nationality(words[j]):
                tail = j + 1  # "Chambre de commerce française | en Chine": the nation it serves
                # (after a head of several words only: "l'Université française" is no name)
            j = max(j, tail)
        elif _bilateral_adjective(words, j, lex):
            j += 1  # "Chambre de commerce franco-chinoise", "Camera di commercio italo-cinese"
    if order not in _HEAD_ONLY_ORDERS:
        k = place_run(words, j, lex)
        closers = load_words(lex.language or "", "place_closers.txt", with_common=False)
        if k == j and closers and j + 1 < len(words) and words[j + 1].lower in closers \
                and words[j].lower.endswith("s") and gazetteer().get(words[j].text[:-1]) is not None:
            k = j + 1  # "Region Jönköpings län": the place's genitive before the county word
        if j < k < len(words) and words[k].lower in closers:
            k += 1  # "Region Örebro län": the word for the county closes the place
        if j < k < len(words) and _compound_head(words[k], lex) and (
                words[k].cap or lex.language in _LOWER_HEAD_LANGUAGES):
            k = j  # "Shanghai Kommune | Aarhus Universitetshospital", "Fudan University | Oslo
            # universitetssykehus": the place opens the next name
        if order == "initial" or (j < len(words) and words[j].text in first_names() and not named_left):
            # "Hospital San Ignacio", "Universitätsklinikum Carl Gustav Carus"
            k = max(k, _name_run(words, j, lex, after_head=True))
        elif k == j and _region_after_bare_head(words, e, start, lex):
            k = j + 1  # "Sygehus Lillebælt", "Hospital Sønderjylland": a Nordic hospital named by its region
        j = k
        owned = _owning_university(words, j, start, lex)
        if owned > j:
            inner_start, j = j + 1, owned
        for _hop in range(3):
            joined = _joined_part(words, j, lex)
            if joined:
                j = joined  # "Chambre de Commerce | et d'Industrie", "de la Santé | et de la Recherche"
                continue
            if j + 1 < len(words) and words[j].lower in lex.connectors and words[j].lower not in lex.conjunctions \
                    and words[j].lower not in _POSSESSIVE and not words[j].cap:
                first = _after_article(words, j + 1, lex)
                k = max(_name_run(words, first, lex), place_run(words, first, lex))
                if k == first and first == j + 1 and lex.language in _ARTICLE_BEFORE_OWNER_LANGUAGES \
                        and _article_before_body(words, j + 1, lex):
                    first, k = j + 2, _name_run(words, j + 2, lex)  # "Eerste Ziekenhuis van de | Jilin Universiteit"
                elif k == first and first == j + 1 and j + 2 < len(words) and words[j + 1].lower in lex.articles \
                        and not words[j + 1].cap and place_run(words, j + 2, lex) > j + 2:
                    first, k = j + 2, place_run(words, j + 2, lex)  # "Embassy of the Netherlands"
                elif k == first and first == j + 1 and j + 2 < len(words) and words[j + 1].lower in lex.articles \
                        and not words[j + 1].cap and _worded_place_end(words, j + 2, lex) > j + 2:
                    # "Volksziekenhuis van de | Autonome Regio Guangxi": a place with its word
                    first, k = j + 2, _worded_place_end(words, j + 2, lex)
                if k > first and lex.language == "de" and (words[j].lower in _GERMAN_ARTICLES) \
                        and not _proper_run(words, first, k, lex):
                    break  # "im Zentrum der Stadt": every German noun is capitalised
                if words[j].lower in IN_WORDS and k - 1 > first and _is_legal_form(words[k - 1]) \
                        and place_run(words, first, lex) == k - 1:
                    k -= 1  # "Sykehuset i Buskerud HF": the legal form closes the name with its place
                if any(_is_legal_form(w) for w in words[first:k]):
                    break  # "Tochtergesellschaft der | Wuxi ... Co., Ltd.": a company of its own
                if k == first + 1 and j > e and _is_acronym_word(words[first]):
                    break  # "Institut für Klinische Pharmakologie | des UKK": the owner named by its acronym
                if words[j].lower in IN_WORDS and place_run(words, first, lex) != k:
                    break  # "Science Park i Skejby": only a known place is part of the name
                if words[j].lower in IN_WORDS and j > e and _is_legal_form(words[j - 1]):
                    break  # "Helse Stavanger HF | i Stavanger": a legal form closes the name
                if words[j].lower in IN_WORDS and lex.language in _COMPOUND_NAME_LANGUAGES and start is not None \
                        and not (j == e == start + 1 and _generic_head(words[start], lex)):
                    break  # "Fudan University | i København", "Rigshospitalet | i København": a seat
                if k > first:
                    inner_start = inner_start if inner_start is not None else j + 1
                    j = max(k, _listed_portfolio(words, e, k, lex))
                    continue
            break
    if inner_start is not None and j + 1 < len(words) and words[j].lower in lex.conjunctions:
        k = place_run(words, j + 1, lex)  # "Università di Modena e Reggio Emilia (Unimore)": two places, one name,
        if k > j + 1 and bracketed_acronym(words, k, lex)[1] is not None:  # when an acronym closes it
            j = k
    if start is not None:
        j = _acronym_extension(words, start, j, lex)
    k, acronym = bracketed_acronym(words, j, lex)
    j = k
    if acronym is None:
        _k, acronym = bracketed_acronym(words, j, lex)
    # trailing legal forms: "Co., Ltd."
    while j < len(words):
        nxt = j + 1 if words[j].text == "," and j + 1 < len(words) else j
        if _is_legal_form(words[nxt]) or (j > 0 and _lower_case_legal_form(words[nxt])):
            j = nxt + 1
        elif nxt == j and words[j].upper and j + 1 < len(words) and (
                _is_legal_form(words[j + 1]) or _lower_case_legal_form(words[j + 1])):
            j += 2  # "Medical Valley EMN e.V.", "Nordic Health NDX AB": an acronym of the name before its legal form
        else:
            break
    return j, inner_start, acronym


#: a department's number in Roman numerals ("II", "III", "IV")
_ROMAN_NUMERAL = re.compile(r"[IVX]{2,4}")


def unit_designation(words, e, lex) -> bool:
    """Whether the word after a department's head is its letter or number, which a hospital
    gives its departments ("Nyremedicinsk Afdeling Y har ...", "Medizinische Klinik 2 der ..."):
    one capital or a number of one or two digits, before a word in lower case or punctuation.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> def words(text): return [Word(t, 0, len(t)) for t in text.split()]
    >>> unit_designation(words("Nyremedicinsk Afdeling Y har testet"), 2, lexicon("da"))
    True
    >>> unit_designation(words("Nyremedicinsk Afdeling I København"), 2, lexicon("da"))
    False
    >>> unit_designation(words("Medizinische Klinik III der Charité"), 2, lexicon("de"))
    True
    """
    if e == 0 or e + 1 >= len(words) or (len(words[e].text) > 2 and not _ROMAN_NUMERAL.fullmatch(words[e].text)):
        return False
    head = lex.head_of(words[e - 1].text)
    if head is None or head[0] not in ("Organization", "Hospital"):
        return False
    mark, after = words[e].text, words[e + 1].text
    designation = (len(mark) == 1 and mark.isupper() and mark.isalpha()) or (mark.isdigit() and mark[0] != "0") \
        or _ROMAN_NUMERAL.fullmatch(mark) is not None  # "Medizinische Klinik und Poliklinik III"
    return designation and (after.islower() or not after[:1].isalnum())


def _region_closes(words, end: int, lex) -> bool:
    """Whether a region or country (not a city) right after a head of several words closes the
    name: what a bare head like "Life Sciences Hub" serves ("... Hub Wales and the ...").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> _region_closes([Word(t, 0, 0) for t in ("Hub", "Wales", "and")], 1, lexicon("en"))
    True
    >>> _region_closes([Word(t, 0, 0) for t in ("Hub", "Cardiff", "and")], 1, lexicon("en"))
    False
    """
    k = place_run(words, end, lex)
    if k <= end:
        return False
    place = gazetteer().get(" ".join(w.text for w in words[end:k]))
    return place is not None and place.type in ("Region", "Country") and (k >= len(words) or not words[k].cap)


def _opens_with_board(words, start: int) -> bool:
    """Whether the words at ``start`` name a governing board (``common/board_names.txt``).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> _opens_with_board([Word(t, 0, 0) for t in ("College", "van", "Bestuur", "van", "X")], 0)
    True
    """
    if start >= len(words) or words[start].lower.split(" ")[0] not in _board_first_words():
        return False  # (the cheap test first: most words open no board's name)
    for phrase in load_words("", "board_names.txt"):
        size = phrase.count(" ") + 1
        if " ".join(w.lower for w in words[start:start + size]) == phrase:
            return True
    return False


@lru_cache(maxsize=1)
def _board_first_words() -> frozenset[str]:
    """The first words of the names of governing boards."""
    return frozenset(phrase.split(" ")[0] for phrase in load_words("", "board_names.txt"))


def _company_legal_form(word) -> bool:
    """Whether a word is a company's legal form, not an association's ("mbH", not "e.V.").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> _company_legal_form(Word("mbH", 0, 3)), _company_legal_form(Word("e.V.", 0, 4))
    (True, False)
    """
    return word.lower in legal_forms() and word.lower not in load_words("", "association_legal_forms.txt")


def _lower_case_legal_form(word) -> bool:
    """A legal form written in lower case after a name ("plc", "e.V.")."""
    return word.lower in load_words("", "lower_case_legal_forms.txt") or _dotted_legal_form(word)


def _dotted_legal_form(word) -> bool:
    """A lower-case legal form that is an abbreviation with its dot, which the tokenizer
    splits off ("inc" and "." of "Laurentia inc.")."""
    return word.lower + "." in load_words("", "lower_case_legal_forms.txt")


_STRONG_ENDINGS = {"m": "er", "f": "e", "n": "es"}


@lru_cache(maxsize=None)
def adjective_endings(use: str) -> tuple[str, ...]:
    """The endings of ``common/adjective_endings.tsv`` for one use (``german_base``,
    ``name_adjective``, ``sentence_opening``).

    >>> "lich" in adjective_endings("german_base"), "lige" in adjective_endings("name_adjective")
    (True, True)
    """
    return tuple(row[0] for row in load_table("", "adjective_endings.tsv") if row[1:2] == (use,))


def nominative(words, head_index: int, language: str | None, lex) -> str:
    """The name in the nominative (German), from an inflected mention.

    The genitive -s/-es of the head goes; adjectives before the head take the strong
    nominative ending of the head's gender ("des Medizinischen Zentrums Berlin" ->
    "Medizinisches Zentrum Berlin"). The part after a connector keeps its case.
    """
    texts = [w.text for w in words]
    if language in _LOWER_HEAD_LANGUAGES:
        return join_words(words, texts[:-1] + [_without_genitive(texts[-1], lex)])
    if language != "de":
        return join_words(words, texts)
    head = words[head_index]
    gender = lex.gender_of(head.text)
    for ending in ("es", "s"):
        if head.text.endswith(ending) and len(head.text) > len(ending) + 3:
            base = head.text[: -len(ending)]
            if lex._head_of(normalize(base)) is not None:
                texts[head_index] = base
                break
    if gender in _STRONG_ENDINGS:
        for i in range(head_index):
            word = words[i]
            if not word.cap or word.upper:
                continue
            base = german_adjective_base(word.text)
            if base is not None:
                texts[i] = base + _STRONG_ENDINGS[gender]
    return join_words(words, texts)


def german_adjective_base(text: str) -> str | None:
    """The stem of an inflected German adjective ("Medizinischen" -> "Medizinisch"), or None:
    a stem of ``adjective_endings.tsv`` (use ``german_base``) and an inflection after it.

    >>> german_adjective_base("Klinischen"), german_adjective_base("Abteilung")
    ('Klinisch', None)
    """
    for ending in ("en", "em", "er", "es", "e"):
        base = text[: -len(ending)]
        if text.endswith(ending) and base.lower().endswith(adjective_endings("german_base")) and len(base) > 2:
            return base
    return None


def _without_genitive(text: str, lex) -> str:
    """A Scandinavian name's last word without the genitive -s, when the rest is an
    organisation head or a known place ("Region Midtjyllands" -> "Region Midtjylland",
    "Trondheim kommunes" -> "Trondheim kommune"); "Københavns Kommune" keeps its own.

    >>> lex = lexicon("da")
    >>> _without_genitive("Rigshospitalets", lex), _without_genitive("Midtjyllands", lex), _without_genitive("Aarhus", lex)
    ('Rigshospitalet', 'Midtjylland', 'Aarhus')
    """
    base = text[:-1]
    if not text.endswith("s") or len(base) < 4 or text.endswith("ss"):
        return text
    if lex._head_of(normalize(base)) is not None or gazetteer().get(base) is not None:
        return base
    return text


def _head_positions(sw, lex) -> list[int]:
    """Where a head may stand: every capitalised word, and in a Romance language the
    lower-case word after a capitalised ordinal ("Premier | hôpital affilié de ...").

    >>> from healthkg.loaders.document import Document
    >>> from healthkg.loaders.sentences import prepare_document
    >>> from healthkg.loaders.extraction.tokens import document_sentences
    >>> doc = prepare_document(Document(id="t", source="t", text="Le Premier hôpital affilié."), "fr")
    >>> _head_positions(document_sentences(doc)[0], lexicon("fr"))
    [0, 1, 2]
    """
    words = sw.words
    # a legal form in lower case after a name ("Laurentia inc.", "Ardent Holdings plc") is a head too
    legal = {i + 1 for i in sw.caps if i + 1 < len(words) and not words[i + 1].cap
             and _lower_case_legal_form(words[i + 1])}
    if lex.language not in _ROMANCE:
        return sorted(set(sw.caps) | legal) if legal else list(sw.caps)
    return sorted(set(sw.caps) | legal | {i + 1 for i in sw.caps if i + 1 < len(words) and words[i + 1].alpha
                                          and _after_capital_ordinal(words, i + 1, lex)})


def _after_capital_ordinal(words, i: int, lex) -> bool:
    """Whether word ``i`` is a lower-case word after a capitalised ordinal in a Romance text,
    where sentence-case names put their head ("Premier | hôpital affilié de ...")."""
    return lex.language in _ROMANCE and i > 0 and not words[i].cap and words[i - 1].cap \
        and words[i - 1].lower in load_words("", "ordinals.txt")


@register_recognizer("organizations")
def recognize_organizations(sw, lex) -> list[Candidate]:
    """Organisation names of a sentence."""
    words = sw.words
    out: list[Candidate] = []
    free = 0
    for i in _head_positions(sw, lex):
        if i < free:
            continue
        head = _head_at(words, i, lex)
        if head is None:
            continue
        m, type_, order = head
        if lex.language not in _ROMANCE and i + m < len(words) and words[i + m].cap:
            later = _head_at(words, i + m, lex)
            if later is not None and later[2] != "initial" and later[1] not in ("Company", "Branch"):
                continue  # "Antwerp University | Hospital": the last head names the body and its kind
        start = _grow_left(words, i, lex, company=type_ == "Company")
        if start < i and words[start].lower in load_words("", "room_words.txt"):
            continue  # "Sala Consiglio della Camera di Commercio": a room (the body inside is read on its own)
        if type_ == "MediaOrganization" and start == i > 0 and words[i - 1].cap \
                and city_of_adjective(words[i - 1], lex) is not None:
            start = i - 1  # "das Regensburger | Tagblatt": a newspaper is named after its city
        if type_ == "MediaOrganization" and lex.language in _ROMANCE and start > 0 and words[start - 1].cap \
                and words[start - 1].lower in lex.articles and words[start - 1].text[-1:] not in ("'", "’"):
            start -= 1  # "el diario | El Heraldo Paisa", "Le Courrier ...": the article is the paper's own (not "L'")
        end, inner_start, acronym = _grow_right(words, i + m, order, lex, start, named_left=start < i)
        if end < len(words) and words[end].text == "." and words[end].start == words[end - 1].end \
                and _dotted_legal_form(words[end - 1]):
            end += 1  # "Laurentia inc.": the abbreviation's dot
        if type_ == "Association" and end > i + m and _company_legal_form(words[end - 1]):
            type_ = "Company"  # "... Gesellschaft für Investitionsförderung und Stadtentwicklung mbH"
        if type_ == "Association" and m == 1 and end > i + 1 and words[i].lower in load_words("", "foundation_words.txt"):
            later = _head_at(words, i + 1, lex) if words[i + 1].cap else None
            if later is not None and later[1] not in ("Company", "Branch", "Association"):
                type_ = later[1]  # "Fondazione Istituto di Ricerca X": the foundation runs an institute
        if type_ == "Company" and m == 1 and end > i + 1 and order in _HEAD_ONLY_ORDERS:
            later = _head_at(words, i + 1, lex)
            if later is not None and later[1] not in ("Company", "Branch"):
                type_ = later[1]  # "European Medtech Association": the last head gives the kind
        scoped = country_scope(words, i, m, start, end, lex)
        if scoped > end and (start < i or end > i + m):  # not "the Chamber of Commerce in Germany"
            inner_start = inner_start if inner_start is not None else end + 1
            end = scoped
        if start == i and end == i + m and type_ in ("GovernmentBody", "Region") and order == "initial" \
                and _regional_adjective_after(words, end, lex):
            end += 1  # "la Région wallonne", "la Comunidad valenciana": a region named by its adjective
        alone = start == i and end == i + m
        if alone and order in _HEAD_ONLY_ORDERS and m > 1 and _region_closes(words, end, lex):
            end, alone = place_run(words, end, lex), False  # "Life Sciences Hub Wales", "Health Data Research UK"
        if start == i == 0 and order != "initial" and m == 1 and _bare_head(words[i], lex) \
                and not (type_ == "University" and end > i + m):
            continue  # "Hospitalet i Odense": a common noun opening the sentence (but universities
            # are named so: "Universitetet i Bergen")
        if alone and not (m == 1 and i > 0 and words[i].cap and lex.language in _COMPOUND_NAME_LANGUAGES
                          and lex.head_of(words[i].text) and lex.heads.get((words[i].lower,)) is None) \
                and not (m == 1 and _hyphenated_name(words[i].text)):
            continue
        if type_ == "Branch":
            inner = [_head_at(words, k, lex) for k in range(start, i)]
            inner_types = [h[1] for h in inner if h and h[1] != "Branch"]
            if not inner_types:
                continue
            type_ = inner_types[-1]
        if type_ == "Company" and m == 1 and start == i \
                and not (order == "initial" and end > i + m and not sw.title_case):
            continue  # a legal form or "Group" alone; but "Grupo Vithas", "Gruppo San Donato"
        if _runs_past_head(words, i, m, end, type_, order, lex) and not sw.title_case:
            continue  # "Guangzhou International Biotech | Island": the name goes on
        if _opens_with_board(words, start):
            continue  # "het College van Bestuur van X": X's board, part of a title
        if _after_indefinite_article(words, start, i, lex):
            continue  # "ein Servicezentrum für ...", "een Benelux-servicecentrum": a common noun
        if start == i and end == i + m and _foreign_body_city(words, end, type_, lex):
            end += 2  # "Helsekommisjonen i Xiamen": a Norwegian name for a Chinese body (but "Rigshospitalet i København": a seat)
        span = words[start:end]
        name = nominative(span, i - start, sw.language, lex)
        out.append(Candidate(start, end, type_, "organizations", name=name,
                             inner_start=inner_start, acronym=acronym, priority=1))
        seat = _seat(words, end, lex)
        if seat is not None:
            out.append(seat)
        city = city_of_adjective(words[start - 1], lex) if start > 0 else None
        if city is not None and (start == 1 or words[start - 2].lower in lex.articles):
            out.append(Candidate(start - 1, start, "City", "organizations", name=city[0], place=city[1], priority=0))
        free = i + m
    if lex.language in _LOWER_HEAD_LANGUAGES:
        out.extend(_lower_head_names(words, lex))
    return out


def _runs_past_head(words, i, m, end, type_, order, lex) -> bool:
    """Whether a company name closed by a one-word sector head ("Biotech", "Pharma")
    goes on with a capitalised word that is no head, legal form, place or first name
    ("Guangzhou International Biotech Island"): the head is not the end of the name.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Guangzhou International Biotech Island".split()]
    >>> _runs_past_head(ws, 2, 1, 3, "Company", "final", lexicon("en"))
    True
    >>> ws = [Word(t, 0, 0) for t in "Nordvita Biotech GmbH".split()]
    >>> _runs_past_head(ws, 1, 1, 2, "Company", "final", lexicon("en"))
    False
    """
    if type_ != "Company" or order not in _HEAD_ONLY_ORDERS or m != 1 or end != i + 1 or end >= len(words):
        return False
    after = words[end]
    place = gazetteer().get(after.text)  # "Roche Diagnostics Shanghai" (but "Island" is Iceland in Danish)
    return _name_word(after, lex) and after.alpha and not _is_legal_form(after) \
        and _head_at(words, end, lex) is None and (place is None or place.name != after.text) \
        and after.text not in first_names()


def _seat(words, end, lex) -> Candidate | None:
    """The place after "<organisation> i/in" when the gazetteer does not know it ("INCUBA
    Science Park i Skejby", "Maxima MC in Veldhoven"): one capitalised word closing the
    phrase. Only where month and language names are written in lower case."""
    if lex.language not in _COMPOUND_NAME_LANGUAGES or end + 1 >= len(words) or words[end].lower not in IN_WORDS:
        return None
    word = words[end + 1]
    if not (word.cap and word.text.isalpha() and word.text[1:].islower() and len(word.text) > 3):
        return None
    if end + 2 < len(words) and (words[end + 2].cap or words[end + 2].text in ("-", "(")):
        return None
    if lex.is_stopword(word.text) or lex.head_of(word.text) or lex.is_title(word.text) \
            or word.text in first_names() or gazetteer().get(word.text) is not None:
        return None
    return Candidate(end + 1, end + 2, "City", "organizations", priority=3)


def _after_indefinite_article(words, start, head, lex) -> bool:
    """Whether a name made of its head alone (or "Forschungs- und" + head) follows an
    indefinite article or a copula (``indefinite_articles.txt``), in German also with
    lower-case adjectives between ("ist akademisches Lehrkrankenhaus der Universität X")."""
    if any(not (w.text.endswith("-") or w.lower in lex.conjunctions) for w in words[start:head]):
        return False
    k = start
    while k > 0 and start - k < 2 and words[k - 1].text.isalpha() and words[k - 1].text.islower() \
            and lex.language == "de" and words[k - 1].lower not in lex.connectors \
            and words[k - 1].lower not in lex.articles:
        k -= 1  # German names write their adjectives capitalised: "ein akademisches | Lehrkrankenhaus"
    indefinite = load_words(lex.language, "indefinite_articles.txt", with_common=False)
    return any(j > 0 and (words[j - 1].lower in indefinite or j < start and words[j - 1].text == ",")
               for j in range(k, start + 1))  # ", akademisches Lehrkrankenhaus der ...,": an apposition


def _genitive_owner(word, lex) -> bool:
    """A capitalised genitive that owns a public body written with a lower-case head:
    a known place ("Göteborgs kommun", "Bergens kommune") or a word of
    ``genitive_owners.txt`` ("Statens legemiddelverk")."""
    if word.lower in load_words(lex.language, "genitive_owners.txt", with_common=False):
        return True
    return len(word.text) > 4 and word.lower.endswith("s") \
        and gazetteer().get(word.text[:-1]) is not None


def _name_adjective(word) -> bool:
    """A lower-case derived adjective that can stand inside a name (endings of
    ``common/adjective_endings.tsv``, use ``name_adjective``).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> [_name_adjective(Word(t, 0, len(t))) for t in ("kommunala", "nationale", "nationella", "største", "aktuella")]
    [True, True, True, False, False]
    >>> _name_adjective(Word("teknisk-naturvitenskapelige", 0, 27))  # a hyphenated compound of adjectives
    True
    """
    return word.text.replace("-", "").isalpha() and word.text.islower() and len(word.text) > 5 \
        and not word.text.startswith("-") and word.lower.endswith(adjective_endings("name_adjective"))


#: types of the bodies named after a local place the gazetteer may not know ("Haukeland universitetssjukehus")
_PLACE_NAMED_TYPES = {"Hospital", "University"}
#: types of bodies named by a city, a lower-case adjective and a lower-case head ("Dalian kommunale handelsbyrå")
_CITY_ADJECTIVE_TYPES = _PLACE_NAMED_TYPES | {"GovernmentBody"}


def _unknown_name_word(words, k, lex) -> bool:
    """A capitalised word that is no title, first name or stop word: before a lower-case head
    it names the body, as nouns are written in lower case ("Haukeland universitetssjukehus");
    a sentence's first word only when it does not end like an adjective (``adjective_endings.tsv``,
    use ``sentence_opening``: "Haukeland universitetssjukehus tok imot ...", not "Nye sykehus ...")."""
    word = words[k]
    opens = k == 0 or words[k - 1].text in {".", ":", "!", "?"}
    return word.cap and word.text.isalpha() and word.text[1:].islower() and len(word.text) > 2 \
        and not (opens and word.lower.endswith(adjective_endings("sentence_opening"))) and not lex.is_title(word.text) \
        and not lex.is_stopword(word.text) and word.text not in first_names() \
        and (k == 0 or words[k - 1].text not in first_names())  # "Per Olsson | sjukhuset": a surname


def _geonames_division_or_town(word: str) -> bool:
    """Whether GeoNames knows a town of 1,000 people or more, or a division, by this name.

    >>> _geonames_division_or_town("Troms"), _geonames_division_or_town("Medizintechnik")
    (True, False)
    """
    from healthkg.loaders.gazetteer import division_names, fold, town_names

    folded = fold(word)
    return folded in division_names() or folded in town_names()


def _site_city(words, k, lex) -> bool:
    """Whether word ``k`` is a city of the gazetteer closing a hospital's name as its site:
    no capitalised word or lower-case head after it ("Sörmlands sjukhus Eskilstuna,", not
    "... sjukhus Västerås kommun").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "Sörmlands sjukhus Eskilstuna , som".split()]
    >>> _site_city(ws, 2, lexicon("sv")), _site_city(ws[:2] + [Word("Region", 0, 0)], 2, lexicon("sv"))
    (True, False)
    """
    if k >= len(words) or not (words[k].cap and words[k].alpha) or getattr(gazetteer().get(words[k].text), "type", "") != "City":
        return False
    after = words[k + 1] if k + 1 < len(words) else None
    return after is None or not (after.cap or (after.alpha and lex.head_of(after.text) is not None))


def _lower_head_names(words, lex) -> list[Candidate]:
    """Scandinavian names whose head is written in lower case: after a place, a genitive
    owner ("Göteborgs kommun", "Statens legemiddelverk") or an adjective in -ska ("Oslo
    universitetssykehus", "Uppsala universitet", "Akademiska sjukhuset"), and embassies after a nationality ("den kinesiske ambassaden i Norge")."""
    out = []
    for i in range(1, len(words)):
        word, prev = words[i], words[i - 1]
        text = word.text
        if text[-1:] in ("'", "’") and text[-2:-1] in ("s", "x", "z"):
            text = text[:-1]  # "Oslo universitetssykehus' direktør": the genitive of a name ending in -s
        if word.cap or not text.isalpha() or len(text) < 4 or not (prev.alpha or "'" in prev.text) \
                or lex.is_stopword(text) or text.lower() in legal_forms():
            continue
        found = lex.head_of(text)
        if found is None or found[0] == "Branch":
            continue
        end = i + 1
        if prev.cap and (gazetteer().get(prev.text) is not None or prev.lower.endswith("ska")
                         or _genitive_owner(prev, lex)):
            start = i
            while start > 0 and i - start < 3 and _name_word(words[start - 1], lex) \
                    and lex.head_of(words[start - 1].text) is None:
                start -= 1  # not over another name's head: "Fudan University | Oslo universitetssykehus"
        elif found[0] in _PLACE_NAMED_TYPES and _unknown_name_word(words, i - 1, lex) \
                and not _nationality_in_any_case(prev):
            start = i - 1  # "Haukeland universitetssjukehus", "Førde sentralsjukehus" (not "Danish hospitals")
        elif found[0] == "GovernmentBody" and _unknown_name_word(words, i - 1, lex) \
                and _geonames_division_or_town(prev.text):
            start = i - 1  # "Troms fylkeskommune", "Vadsø kommune": a division or town the gazetteer lacks
        elif i >= 2 and _name_adjective(prev) and words[i - 2].cap and _genitive_owner(words[i - 2], lex):
            start = i - 2  # "Wuxis kommunala handelsbyrå", "Kinas nationale sundhedskommission"
        elif i >= 2 and _name_adjective(prev) and words[i - 2].cap and (
                gazetteer().get(words[i - 2].text) is not None and found[0] in _CITY_ADJECTIVE_TYPES
                or i >= 3 and words[i - 2].lower in lex.articles and words[i - 3].alpha):
            start = i - 2  # "Harbin medisinske universitet"; "som Det helsevitenskapelige fakultet": a capital
            # article inside a sentence opens a name
        elif found[0] == "GovernmentBody" and is_nationality(prev):
            start = i - 1
            if start > 0 and words[start - 1].cap and words[start - 1].lower in lex.articles:
                start -= 1
            if end + 1 < len(words) and words[end].lower in IN_WORDS:
                end = max(end, place_run(words, end + 1, lex))
                end = end if end > i + 2 else i + 1
        else:
            continue
        if start == i or any(lex.head_of(w.text) for w in words[start:i]):
            continue  # "Region Skånes | regionstyrelsens ordförande": the owner is a body itself
        if found[0] == "Hospital" and end == i + 1 and _site_city(words, end, lex):
            end += 1  # "Sörmlands sjukhus Eskilstuna": a county's hospital and its site
        name_end = end
        if end == i + 1 and end < len(words) and _is_legal_form(words[end]):
            end += 1  # "Fjordland sykehus HF (FSHF)": the legal form, then the acronym
        _after, acronym = bracketed_acronym(words, end, lex) if end > name_end else (end, None)
        out.append(Candidate(start, end, found[0], "organizations", acronym=acronym,
                             name=nominative(words[start:name_end], i - start, lex.language, lex).rstrip("'’")
                             + (" " + " ".join(w.text for w in words[name_end:end]) if end > name_end else ""),
                             priority=1))
    return out
