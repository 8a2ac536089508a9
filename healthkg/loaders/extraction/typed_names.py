"""Bare names after a lower-case noun of their kind: "la société Medivision", "l'azienda
farmaceutica Biocare", "la empresa española Grifols", "a startup Vitalis".

Romance news names a company by a word no head-noun rule knows, after the noun that says
what it is. ``type_nouns.tsv`` of the language gives those nouns with the type of the
body they name, and the endings of the adjectives that may stand between noun and name
("chinoise", "pharmaceutique", "-ique", "-aise"). The name is the run of capitalised words
right after them (at most four), unless it is one known place, opens with a first name,
a title or an article, or is a stop word. Candidates lose to every other recognizer on a
tie, so a person or a longer organisation name wins.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "La société chinoise Medivision a signé avec l'entreprise de Lyon."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), "fr"))[0]
>>> [(c.type, sw.words[c.start].text) for c in recognize_typed_names(sw, lexicon("fr"))]
[('Company', 'Medivision')]
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import first_names
from healthkg.loaders.extraction.rulefiles import load_table, load_words
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["recognize_typed_names", "is_adjective"]

RULE_FILE = "type_nouns.tsv"
#: the type column value of adjectives (and adjective endings) allowed between noun and name
ADJECTIVE = "adjective"
MAX_ADJECTIVES = 2
MAX_NAME_WORDS = 4


@lru_cache(maxsize=None)
def _openers(language: str | None) -> dict[str, str]:
    """Nouns that open the name they stand before (third column ``name``): "le ministère de
    la Santé", "l'hôpital Saint-Joseph", "il ministero della Salute".

    >>> _openers("fr")["ministère"]
    'GovernmentBody'
    """
    return {row[0]: row[1] for row in load_table(language or "en", RULE_FILE, with_common=False)
            if len(row) > 2 and row[2] == "name"}


@lru_cache(maxsize=None)
def _rules(language: str | None) -> tuple[dict[str, str], frozenset[str], tuple[str, ...]]:
    """``(noun -> type, adjectives, adjective endings)`` of a language.

    >>> nouns, adjectives, endings = _rules("fr")
    >>> nouns["société"], "suisse" in adjectives, "-oise" in endings
    ('Company', True, True)
    """
    nouns: dict[str, str] = {}
    adjectives, endings = set(), set()
    for row in load_table(language or "en", RULE_FILE, with_common=False):
        type_ = row[1] if len(row) > 1 else ""
        if type_ != ADJECTIVE:
            nouns[row[0]] = type_
        elif row[0].startswith("-"):
            endings.add(row[0])
        else:
            adjectives.add(row[0])
    return nouns, frozenset(adjectives), tuple(sorted(endings))


def is_adjective(word, language: str | None) -> bool:
    """Whether a lower-case word is an adjective of ``type_nouns.tsv`` ("chinoise", "mondiale").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> is_adjective(Word("mondiale", 0, 8), "fr"), is_adjective(Word("reçu", 0, 4), "fr")
    (True, False)
    """
    _nouns, adjectives, endings = _rules(language)
    return _adjective(word, adjectives, endings)


def _adjective(word, adjectives, endings) -> bool:
    """A lower-case adjective: listed, or ending in a listed ending with a stem of 3 letters;
    or a hyphenated compound of such ("européenne-chinoise", "sino-française" with "sino").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> _adjective(Word("européenne-chinoise", 0, 19), {"chinoise"}, ("-éenne",))
    True
    """
    if "-" in word.text and word.text.islower():
        parts = word.text.split("-")
        return len(parts) == 2 and all(p and _adjective_text(p, adjectives, endings) for p in parts)
    if not word.text.isalpha() or not word.text.islower():
        return False
    return _adjective_text(word.lower, adjectives, endings)


def _adjective_text(text: str, adjectives, endings) -> bool:
    return text.isalpha() and (text in adjectives
                               or any(text.endswith(e[1:]) and len(text) >= len(e) + 2 for e in endings))


def _name_end(words, j, lex) -> int:
    """The end of the run of capitalised name words at ``j`` (``j`` when there is none)."""
    end = j
    while end < len(words) and end - j < MAX_NAME_WORDS:
        word = words[end]
        if word.text == "&" and end > j and end + 1 < len(words) and words[end + 1].cap and words[end + 1].alpha:
            end += 1  # "het agentschap Flanders Investment & Trade"
        elif word.cap and word.alpha and not lex.is_title(word.text) and not lex.is_stopword(word.text) \
                and word.lower not in lex.articles:
            end += 1
        else:
            break
    return end


def _plausible(span, lex) -> bool:
    """Not one known place, not opening with a first name."""
    if span[0].text in first_names():
        return False
    return not (len(span) == 1 and gazetteer().get(span[0].text) is not None)


@register_recognizer("typed_names")
def recognize_typed_names(sw, lex) -> list[Candidate]:
    """Bare names after a lower-case noun of their kind (see the module doc)."""
    nouns, adjectives, endings = _rules(sw.language or lex.language)
    if not nouns:
        return []
    words = sw.words
    out: list[Candidate] = []
    for i, word in enumerate(words):
        if word.cap or word.lower not in nouns:
            continue
        j = i + 1
        while j < len(words) and j - i <= MAX_ADJECTIVES and _adjective(words[j], adjectives, endings):
            j += 1
        if word.lower in _openers(sw.language or lex.language):
            if i > 0 and words[i - 1].alpha and words[i - 1].text.islower() and words[i - 1].lower not in lex.articles \
                    and words[i - 1].lower not in lex.connectors:
                continue  # "l'étude | clinique de DermaLaur": an adjective after a noun, no body's name
            end = _opened_name_end(words, j, lex)
            if end > j:
                out.append(Candidate(i, end, nouns[word.lower], "typed_names", name=_capitalised(words[i:end]),
                                     priority=4))
            continue
        end = _name_end(words, j, lex)
        if end > j and _plausible(words[j:end], lex):
            out.append(Candidate(j, end, nouns[word.lower], "typed_names", priority=4))
        start, comma = _apposed_name(words, i, lex)
        if start < comma and _plausible(words[start:comma], lex):
            out.append(Candidate(start, comma, nouns[word.lower], "typed_names", priority=4))
    return out


def _capitalised(span) -> str:
    """The words of a name as written, its first letter in capitals ("Ministère de la Santé")."""
    text = span[0].text
    for prev, word in zip(span, span[1:]):
        text += (" " if word.start > prev.end else "") + word.text
    return text[:1].upper() + text[1:]


def _opened_name_end(words, j, lex) -> int:
    """End of the name a lower-case noun opens, from ``j`` after it and its adjectives:
    capitalised words ("hôpital Saint-Joseph") or a connector, maybe an article, and
    capitalised words that are not only a place ("ministère de la Santé", not "l'hôpital de
    Lyon"); ``j`` when there is none."""
    first = j
    if j + 1 < len(words) and not words[j].cap and words[j].lower in lex.connectors \
            and words[j].lower not in lex.conjunctions:
        first = j + 1
        if first + 1 < len(words) and not words[first].cap and words[first].lower in lex.articles:
            first += 1
    end = _name_end(words, first, lex)
    if end == first or (words[first].text in first_names()
                        and words[first].lower not in load_words("", "name_prefixes.txt")):
        return j  # (a saint's name is the name: "l'ospedale San Raffaele", though "San" is a first name)
    if first == j and words[first].lower.split("-")[0] in load_words("", "name_prefixes.txt"):
        # a saint's name is the name, though a place bears it too ("l'hôpital Saint-Joseph"), with what it
        # is of ("all'ospedale Santa Maria degli Angeli"; not the city after it: "San Raffaele di Milano")
        # (nor its owner after it: "l'ospedale San Carlo dell'ASL")
        after = _name_end(words, end + 1, lex) if end + 1 < len(words) else end + 1
        epithet = words[end + 1:after]
        if after > end + 1 and not words[end].cap and words[end].lower in lex.connectors \
                and words[end].lower not in lex.conjunctions and not any(w.upper or lex.head_of(w.text) for w in epithet) \
                and gazetteer().get(" ".join(w.text for w in epithet)) is None:
            end = after
        return end
    if gazetteer().get(" ".join(w.text for w in words[first:end])) is not None:
        return j
    return end


def _apposed_name(words, i, lex) -> tuple[int, int]:
    """``(start, end)`` of the name the noun at ``i`` stands in apposition to ("Pharmadis,
    filiale du groupe Y", "Medivision, une société basée à Lyon", "Isala, het ziekenhuis in
    Zwolle"): the capitalised run before a comma, itself right before the noun or an article
    and the noun; a capitalised article opening the sentence is no word of the name ("La
    Farmalis, subsidiária de Y")."""

    k = i - 1
    if k >= 0 and (words[k].lower in load_words(lex.language, "indefinite_articles.txt", with_common=False)
                   or words[k].lower in lex.articles):
        k -= 1  # (or the definite article: "Isala, het ziekenhuis in Zwolle")
    if k < 1 or words[k].text != ",":
        return i, i
    start = k
    while start > 0 and k - start < MAX_NAME_WORDS and words[start - 1].cap and words[start - 1].alpha \
            and not lex.is_title(words[start - 1].text) and not lex.is_stopword(words[start - 1].text):
        start -= 1
    if start == 0 < k - 1 and words[0].lower in lex.articles:  # "La Farmalis, subsidiária do grupo Y"
        start = 1
    opening_article = start == 1 and words[0].lower in lex.articles
    if start == k or (start > 0 and words[start - 1].alpha and words[start - 1].text[:1].isupper()
                      and not opening_article):
        return i, i
    if words[start].lower in lex.articles:
        return i, i
    return start, k
