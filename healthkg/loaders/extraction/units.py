"""Departments of hospitals and universities named by their field.

A department's name is a unit head with its linking word (``<lang>/unit_heads.txt``:
"service de", "avdeling for", "Klinik für", "afdeling") and the field it works in, whose
words are often written in lower case ("service d'oncologie thoracique", "Avdeling for
medisinsk mikrobiologi", "afdeling Medische Microbiologie"). The name closes with the last
word that ends like a field (``common/unit_words.tsv``: "-logie", "-medisin", "-kirurgi"),
followed at most by one Romance adjective ("thoracique"); a head without a field word after
it is left to the organisation recognizer ("Departamento de Comércio" is a ministry).

The candidates are typed ``Organization`` (a department of a hospital or of a university;
the relation reader makes one that no pattern places part of the hospital or university
named before it in its sentence), and claim their words before longer spans (``priority`` below zero), so the name does not
run on into the body it belongs to ("Klinik für Kardiologie | des Klinikums").

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> doc = prepare_document(Document(id="t", source="t", text="Hun leder Avdeling for medisinsk mikrobiologi ved sykehuset."), "no")
>>> [(c.type, c.name) for c in recognize_units(document_sentences(doc)[0], lexicon("no"))]
[('Organization', 'Avdeling for medisinsk mikrobiologi')]
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.organizations import german_adjective_base, nominative, unit_designation
from healthkg.loaders.extraction.rulefiles import language_row, load_lines, load_table, load_words, normalize
from healthkg.loaders.extraction.tokens import join_words

__all__ = ["recognize_units", "is_field_word", "CLAIMING_PRIORITY"]

#: the priority of a candidate that takes its words before longer spans
CLAIMING_PRIORITY = -1
#: how many words a field may run to after the head or a field word before ("klinisk og molekylær medisin")
_MAX_FIELD_WORDS = 5


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The unit heads of every language as word tuples by their first word, longest first
    ("service d'" is two words: the tokenizer cuts the elided article off the field). Every
    language's: a department keeps its own name inside a sentence in another ("after touring
    the Servicio de Neumonología")."""
    from healthkg.loaders.extraction.lexicon import SUPPORTED_LANGUAGES

    phrases = {p for language in SUPPORTED_LANGUAGES
               for p in load_words(language, "unit_heads.txt", with_common=False)}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(heads, key=len, reverse=True)) for first, heads in by_first.items()}


def _field_follows(words, k: int, lex) -> bool:
    """Whether a field word stands at ``k``, perhaps after its linking word ("de Pharmacie")."""
    if k < len(words) and words[k].lower in lex.connectors:
        k += 1
    return k < len(words) and is_field_word(words[k].text)


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(field endings, adjective endings) of ``common/unit_words.tsv``."""
    rows = load_table("", "unit_words.tsv")
    field = tuple(r[0].lstrip("-") for r in rows if r[1:2] == ("field",))
    adjective = tuple(r[0].lstrip("-") for r in rows if r[1:2] == ("adjective",))
    return field, adjective


def is_field_word(word: str) -> bool:
    """Whether a word names a medical or academic field by its ending.

    A hyphenated compound names one when one of its parts does ("néphrologie-hémodialyse").

    >>> is_field_word("Kardiologie"), is_field_word("mikrobiologi"), is_field_word("Comércio")
    (True, True, False)
    >>> is_field_word("néphrologie-hémodialyse"), is_field_word("Diálisis")
    (True, True)
    """
    low = word.casefold()
    return any(part.endswith(e) for part in low.split("-") if part for e in _endings()[0])


def _is_adjective(word: str) -> bool:
    low = word.casefold()
    return word.isalpha() and any(low.endswith(e) for e in _endings()[1])


@lru_cache(maxsize=None)
def _indefinite(language: str | None) -> frozenset[str]:
    return load_words(language or "", "indefinite_articles.txt", with_common=False) if language else frozenset()


@lru_cache(maxsize=1)
def _capitalised_heads() -> frozenset[tuple[str, ...]]:
    """The unit heads the data writes with a capital: a name only when the text does too
    ("School of Nursing", not "an impressive school of thoracic surgery")."""
    from healthkg.loaders.extraction.lexicon import SUPPORTED_LANGUAGES

    return frozenset(tuple(normalize(row[0]).split()) for language in SUPPORTED_LANGUAGES
                     for row in load_lines(language, "unit_heads.txt", with_common=False) if row[0][:1].isupper())


def _head_sizes(words, i: int, heads) -> list[int]:
    """How many words each unit head that starts at ``i`` takes, longest first (none: empty)."""
    sizes = []
    for head in heads.get(words[i].lower, ()):
        if not words[i].cap and head in _capitalised_heads():
            continue
        if i + len(head) <= len(words) and all(words[i + k].lower == head[k] for k in range(1, len(head))):
            sizes.append(len(head))
    return sizes


def _field_end(words, start: int, lex) -> int:
    """The end of the field after a head (``start`` when no field word follows)."""
    end = start
    for k in range(start, len(words)):
        if k >= max(start, end) + _MAX_FIELD_WORDS:
            break  # (counted from the last field word: a list of fields runs on)
        word = words[k]
        if word.text.endswith("-,") or (word.text == "," and k > start and words[k - 1].text.endswith("-")):
            continue  # "afdeling Maag-, Darm- en Leverziekten": compounds written short in a list
        if word.text == "," and k > start and is_field_word(words[k - 1].text) and _field_follows(words, k + 1, lex):
            continue  # "Klinik für Kardiologie, Pneumologie und Angiologie": a list of fields
        if word.lower in lex.connectors and k > start and (words[k - 1].text == "," or words[k - 1].lower in lex.conjunctions) \
                and any(is_field_word(w.text) for w in words[k + 1:k + 3]):
            continue  # "Faculté de Médecine, de Pharmacie et d'Odontologie", "et de soins intensifs": the linking word again
        if not word.text.replace("-", "").isalpha():
            break
        if is_field_word(word.text):
            end = k + 1
            continue
        if word.lower in lex.conjunctions or not lex.is_stopword(word.text):
            continue  # an adjective before the field word, or "og" between two fields
        break
    if end > start and end < len(words) and _is_adjective(words[end].text) \
            and not lex.is_stopword(words[end].text):
        end += 1  # "oncologie thoracique"
    while end > start and end + 1 < len(words) and words[end].lower in lex.conjunctions \
            and _is_adjective(words[end + 1].text) and words[end + 1].cap == words[end - 1].cap \
            and not lex.is_stopword(words[end + 1].text) and lex.head_of(words[end + 1].text) is None:
        end += 2  # "Ingegneria Meccanica e Aerospaziale", "Scienze Biomediche e Sperimentali" (not "e Ospedali")
    return end


def _inside_title(words, i: int, lex) -> bool:
    """Whether a lower-case unit head belongs to a title before it ("chef de | service de
    cardiologie", "jefe de | servicio"): a title and a bare connector right before it (after
    an article, "chef du | service de cardiologie", the head of the department is named).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> ws = [Word(t, 0, 0) for t in "chef de service de cardiologie".split()]
    >>> _inside_title(ws, 2, lexicon("fr")), _inside_title(ws[2:], 0, lexicon("fr"))
    (True, False)
    """
    return i >= 2 and not words[i].cap and words[i - 1].lower in lex.connectors \
        and words[i - 1].lower not in lex.articles and lex.is_title(words[i - 2].text) \
        and not _definite_head(words[i].lower, lex.language)


def _definite_head(word: str, language: str | None) -> bool:
    """Whether a unit head is written in its Nordic definite form, which names one department
    ("chef för avdelningen för lungmedicin"; a title's "chef for avdeling" is a kind of post):
    a head with an ending of ``common/definite_endings.tsv`` taken off.

    >>> _definite_head("avdelningen", "sv"), _definite_head("avdelning", "sv"), _definite_head("service", "fr")
    (True, False, False)
    """
    row = language_row("definite_endings.tsv", language)
    heads = _heads()
    return bool(row) and any(word.endswith(e) and word[:-len(e)] in heads for e in row[0].split())


def _german_adjective_before(words, i: int, lex) -> bool:
    """Whether a capitalised German adjective stands right before a capitalised unit head
    and belongs to the department's name ("der Klinischen | Abteilung für Kardiologie",
    "Universitäre Klinik für ...": stems of ``adjective_endings.tsv``, use ``german_base``).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> ws = [Word(t, 0, 0) for t in "der Klinischen Abteilung für Kardiologie".split()]
    >>> _german_adjective_before(ws, 2, lexicon("de")), _german_adjective_before(ws, 1, lexicon("de"))
    (True, False)
    """
    if lex.language != "de" or i == 0 or not words[i].cap or not words[i - 1].cap or not words[i - 1].alpha:
        return False
    return german_adjective_base(words[i - 1].text) is not None


@lru_cache(maxsize=None)
def _government_levels(language: str | None) -> frozenset[str]:
    """Adjectives of a level of government before a department's head (``<lang>/government_levels.txt``).

    >>> "provincial" in _government_levels("en")
    True
    """
    return load_words(language, "government_levels.txt", with_common=False) if language else frozenset()


@lru_cache(maxsize=None)
def _adjective_heads(language: str | None) -> frozenset[str]:
    return load_words(language, "adjective_unit_heads.txt", with_common=False) if language else frozenset()


@lru_cache(maxsize=1)
def _field_adjective_endings() -> tuple[str, ...]:
    return tuple(sorted((r[0].lstrip("-") for r in load_table("", "unit_words.tsv") if r[1:2] == ("field_adjective",)),
                        key=len, reverse=True))


def is_field_adjective(word: str) -> bool:
    """Whether a capitalised word is a Germanic adjective of a field: its stem, with "i", "ie"
    or as it is, is a field word ("Nevrologisk", "Dermatologischen", "Chirurgische",
    "Nyremedisinsk"; not "Dansk").

    >>> [is_field_adjective(w) for w in ("Nevrologisk", "Chirurgische", "Nyremedisinsk", "Dansk")]
    [True, True, True, False]
    """
    if not word[:1].isupper() or not word.isalpha():
        return False
    low = word.casefold()
    for ending in _field_adjective_endings():
        if low.endswith(ending) and len(low) > len(ending) + 3:
            stem = low[:-len(ending)]  # "nevrolog|isk" -> "nevrologi", "nyremedisin|sk" -> "nyremedisin"
            if is_field_word(stem + "i") or is_field_word(stem + "ie") or is_field_word(stem):
                return True
    return False


def _adjective_units(words, lex) -> list[Candidate]:
    """Departments named by a field adjective and a unit head ("Nevrologisk avdeling",
    "der Dermatologischen Klinik", "Neurologiska kliniken": ``adjective_unit_heads.txt``)."""
    heads = _adjective_heads(lex.language)
    if not heads:
        return []
    out = []
    for i in range(len(words) - 1):
        if words[i + 1].lower in heads and is_field_adjective(words[i].text) \
                and not (i > 0 and words[i - 1].cap and words[i - 1].text.endswith("s") and lex.language != "de"):
            # (a Nordic genitive before it names the department with its owner: "AUHs Kardiologisk Afdeling")
            end = i + 2
            if end + 1 < len(words) and words[end].lower in lex.conjunctions and words[end + 1].cap \
                    and any(words[end + 1].lower.endswith(head) for head in heads):
                end += 2  # two heads of one department: "Medizinische Klinik und Poliklinik II"
            end = end + 1 if unit_designation(words, end, lex) else end  # "Nyremedicinsk Afdeling Y"
            name = nominative(words[i:end], 1, lex.language, lex) if lex.language == "de" \
                else join_words(words[i:end], [w.text for w in words[i:end]])
            out.append(Candidate(i, end, "Organization", "units", name=name, priority=CLAIMING_PRIORITY))
    return out


@register_recognizer("units")
def recognize_units(sw, lex) -> list[Candidate]:
    """Department names: a unit head and a field after it, or a field adjective before it."""
    heads = _heads()
    words = sw.words
    out = _adjective_units(words, lex)
    for i in range(len(words)):
        sizes = _head_sizes(words, i, heads)
        if not sizes or _inside_title(words, i, lex) or (i > 0 and words[i - 1].lower in _indefinite(lex.language)):
            continue  # "una unidad de medicina integrativa": a kind of unit, not its name
        if i > 0 and words[i - 1].cap and words[i - 1].lower in _government_levels(lex.language):
            continue  # "Hunan Provincial | Department of Science and Technology": a government's department
        # the longest head a field follows ("Dipartimento di Scienze | della Salute", but
        # "Dipartimento di | Scienze Biologiche e Farmaceutiche")
        m, end = next(((m, e) for m in sizes if (e := _field_end(words, i + m, lex)) > i + m), (sizes[0], i))
        if end > i + m:
            start = i - 1 if _german_adjective_before(words, i, lex) else i
            acronym = words[end + 1].text if end + 2 < len(words) and words[end].text == "(" \
                and words[end + 1].upper and words[end + 2].text == ")" else None  # "... Aerospaziale (DIMEAS)"
            name = nominative(words[start:end], i - start, lex.language, lex) if start < i \
                else join_words(words[i:end], [w.text for w in words[i:end]])
            out.append(Candidate(start, end, "Organization", "units", name=name,
                                 acronym=acronym, priority=CLAIMING_PRIORITY))
    return out
