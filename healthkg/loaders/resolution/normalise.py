"""Name keys for entity resolution: folding, legal forms, German inflection, word order.

Every function here is pure: a name in, a key out. Word lists live in ``names.yaml`` and
``translations.yaml`` beside this module, legal forms come from the ``cleanco`` package.

>>> org_key("JustGood Health Industry Group Co., Ltd.")
'justgood health industry group'
>>> org_key("Deutschen Handelskammer") == org_key("Deutsche Handelskammer")
True
>>> neutral_org_key("German Chamber of Commerce") == neutral_org_key("Deutsche Handelskammer")
True
>>> person_key("Shi Jun") == person_key("Jun shi")
True
>>> place_key("Ibague City", "City") == place_key("Ibagué", "City")
True
>>> slugify("Sichuan Provincial People's Hospital")
'sichuan-provincial-peoples-hospital'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import yaml
from anyascii import anyascii

__all__ = [
    "fold", "tokens", "slugify", "org_tokens", "org_key", "neutral_org_key", "person_tokens",
    "person_key", "place_key", "is_acronym", "initials", "is_generic", "lexicon",
]

_HERE = Path(__file__).parent
_POSSESSIVE = re.compile(r"(?<=\w)['’`´]s\b", re.IGNORECASE)
_APOSTROPHE = re.compile(r"['’`´]")
_NON_WORD = re.compile(r"[^a-z0-9&]+")


@functools.lru_cache(maxsize=None)
def lexicon() -> dict:
    """The word lists of ``names.yaml`` and ``translations.yaml``, folded, loaded once.

    >>> "city" in lexicon()["city_suffixes"]
    True
    """
    names = yaml.safe_load((_HERE / "names.yaml").read_text(encoding="utf-8"))
    trans = yaml.safe_load((_HERE / "translations.yaml").read_text(encoding="utf-8"))
    out: dict = {}
    for key, words in names.items():
        if key == "country_name_languages":
            out[key] = list(words)
        elif key in ("parent_connectors", "place_prefixes"):
            out[key] = [tuple(tokens(w)) for w in words]
        else:
            out[key] = frozenset(fold(w) for w in words)
    phrases: dict[tuple[str, ...], str] = {}
    for concept, forms in trans["concepts"].items():
        for form in forms:
            phrase = tuple(_inflect(t) for t in tokens(form))
            if phrase:
                phrases[phrase] = concept
    out["phrases"] = phrases
    out["max_phrase"] = max(len(p) for p in phrases)
    out["function_words"] = frozenset(fold(w) for w in trans["function_words"])
    return out


@functools.lru_cache(maxsize=200_000)
def fold(text: str, *, possessive: bool = True) -> str:
    """Case, accents, scripts and punctuation folded away; words separated by one space.

    >>> fold("Zhongshan Hospital's  Sheshan-Branch")
    'zhongshan hospital sheshan branch'
    >>> fold("Ärztevereinigung")
    'arztevereinigung'
    """
    text = unicodedata.normalize("NFKC", text or "")
    if possessive:
        text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHE.sub("", text)
    text = anyascii(text).casefold()
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=200_000)
def tokens(text: str) -> list[str]:
    """The folded words of a name.

    >>> tokens("Ronderos & Cárdenas")
    ['ronderos', '&', 'cardenas']
    """
    return fold(text.replace("&", " & ")).split()


def slugify(text: str) -> str:
    """A lowercase ASCII slug with hyphens (for ids).

    >>> slugify("Popayán City")
    'popayan-city'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text, possessive=False).replace("&", "and"))
    return slug.strip("-") or "unnamed"


@functools.lru_cache(maxsize=200_000)
def _inflect(word: str) -> str:
    """Drop German (and plural/genitive) inflection endings so declined forms share a key.

    >>> [_inflect(w) for w in ("deutschen", "deutsche", "medizinischen", "zentrums", "zweites")]
    ['deutsch', 'deutsch', 'medizinisch', 'zentrum', 'zweit']
    """
    if len(word) < 6 or not word.isalpha():
        return word
    for ending in ("en", "es", "em", "er"):
        if word.endswith(ending) and len(word) - 2 >= 4:
            return word[:-2]
    if word.endswith("e") or (word.endswith("s") and not word.endswith("ss")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=1)
def _legal_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Legal-form suffixes (``ltd``, ``gmbh``, ``co ltd``...) from cleanco, by last word,
    longest first."""
    from cleanco.termdata import terms_by_country, terms_by_type

    groups = list(terms_by_type.values()) + list(terms_by_country.values())
    forms = {tuple(tokens(term)) for terms in groups for term in terms}
    forms.discard(())
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        by_last.setdefault(form[-1], []).append(form)
    return {last: tuple(group) for last, group in by_last.items()}


def strip_legal_forms(words: list[str]) -> list[str]:
    """Remove legal forms from the end of a tokenised company name (repeatedly).

    >>> strip_legal_forms(tokens("Vision de Valores SAS Company"))
    ['vision', 'de', 'valores']
    >>> strip_legal_forms(["co"])
    ['co']
    """
    words = list(words)
    forms = _legal_forms()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for form in forms.get(words[-1], ()):
            n = len(form)
            if len(words) > n and tuple(words[-n:]) == form:
                words = words[:-n]
                changed = True
                break
    return words


@functools.lru_cache(maxsize=200_000)
def org_tokens(name: str) -> list[str]:
    """Folded, inflection-free words of an organisation name without its legal form."""
    return [_inflect(w) for w in strip_legal_forms(tokens(name))]


@functools.lru_cache(maxsize=200_000)
def org_key(name: str) -> str:
    """The name key of an organisation (word order kept).

    >>> org_key("Medizinischen Universität Chongqing")
    'medizinisch universitat chongqing'
    """
    return " ".join(org_tokens(name))


@functools.lru_cache(maxsize=200_000)
def neutral_org_key(name: str) -> str:
    """A language-neutral key: lexicon words replaced by concepts, small words dropped, sorted.

    >>> neutral_org_key("Chongqing Medical University")
    'MEDICAL UNIVERSITY chongqing'
    >>> neutral_org_key("Medizinische Universität Chongqing")
    'MEDICAL UNIVERSITY chongqing'

    A country is named by its code in any language ("Innovasjon Danmark", "Innovation Denmark"):

    >>> neutral_org_key("Innovasjon Danmark") == neutral_org_key("Innovation Denmark")
    True
    """
    from healthkg.loaders.resolution.countries import country_code  # (here: countries imports this module)

    lex = lexicon()
    words = [w for w in org_tokens(name) if w != "&"]
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(lex["max_phrase"], len(words) - i), 0, -1):
            concept = lex["phrases"].get(tuple(words[i:i + n]))
            if concept:
                out.append(concept)
                i += n
                break
        else:
            if words[i] not in lex["function_words"]:
                code = country_code(words[i])
                out.append(f"COUNTRY_{code}" if code is not None else words[i])
            i += 1
    return " ".join(sorted(out))


_HYPHENATED_GIVEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


@functools.lru_cache(maxsize=200_000)
def person_tokens(name: str) -> list[str]:
    """Folded words of a person's name without honorifics; hyphens inside a name go.

    >>> person_tokens("Prof. Dr. Wolfgang Pommer"), person_tokens("Zhou Ming-hui")
    (['wolfgang', 'pommer'], ['zhou', 'minghui'])
    """
    titles = lexicon()["person_titles"]
    name = _HYPHENATED_GIVEN.sub("", name)  # "Ming-hui" is written "Minghui" too
    words = [w for w in tokens(name) if w != "&"]
    kept = [w for w in words if w not in titles]
    return kept or words


@functools.lru_cache(maxsize=200_000)
def person_key(name: str) -> str:
    """A person's name key in any word order (Chinese names are written both ways).

    >>> person_key("Fan Ruiping")
    'fan ruiping'
    """
    return " ".join(sorted(person_tokens(name)))


@functools.lru_cache(maxsize=200_000)
def place_key(name: str, entity_type: str | None = None) -> str:
    """A place name key; a trailing "City" (or "District" for regions) is dropped.

    >>> place_key("Songjiang District", "Region")
    'songjiang'
    >>> place_key("Kansas City", "City")
    'kansas'
    >>> place_key("City of Chengdu", "City"), place_key("Sichuan Province", "Region")
    ('chengdu', 'sichuan')
    """
    lex = lexicon()
    words = tokens(name)
    if entity_type in ("City", "Region"):
        for prefix in lex["place_prefixes"]:
            if len(words) > len(prefix) and tuple(words[:len(prefix)]) == prefix:
                words = words[len(prefix):]
                break
    suffixes = lex["city_suffixes"] if entity_type == "City" else (
        lex["district_suffixes"] if entity_type == "Region" else frozenset())
    if len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    return " ".join(words)


def is_acronym(name: str) -> bool:
    """True for short all-capital names such as ``CRI`` or ``UMCG``.

    >>> is_acronym("CRI"), is_acronym("Cri"), is_acronym("China")
    (True, False, False)
    """
    letters = re.sub(r"[^\w]", "", name)
    return 2 <= len(letters) <= 8 and letters.isupper() and " " not in name.strip()


@functools.lru_cache(maxsize=200_000)
def initials(name: str, *, skip_function_words: bool = True) -> str:
    """Upper-case initials of a name's words (hyphenated parts count as words).

    >>> initials("China Radio International")
    'CRI'
    >>> initials("Deutsch-Chinesische Ärztevereinigung")
    'DCA'
    """
    small = lexicon()["function_words"] if skip_function_words else frozenset()
    words = [w for w in tokens(name) if w not in small and w != "&"]
    return "".join(w[0] for w in words).upper()


def is_generic(words: list[str]) -> bool:
    """True when every word of a (folded) name is a generic word ("Medical Association").

    >>> is_generic(["medical", "association"]), is_generic(["zhongshan", "hospital"])
    (True, False)
    """
    lex = lexicon()
    generic = lex["generic_words"] | lex["function_words"]
    return all(w in generic or _inflect(w) in generic or w.isdigit() for w in words)
