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

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import first_names, legal_forms
from healthkg.loaders.extraction.rulefiles import normalize
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["recognize_organizations", "nominative"]

_POSSESSIVE = {"'s", "’s"}
_COMPOUND_NAME_LANGUAGES = {"da", "sv", "no", "nl"}
_MAX_LEFT = 8
_HEAD_ONLY_ORDERS = {"final"}


def _name_word(word, lex) -> bool:
    if word.upper:
        return True
    if not word.cap or not (word.alpha or word.text.endswith(".")):
        return False
    return not lex.is_stopword(word.text) and not lex.is_title(word.text) \
        and word.lower not in lex.never_names


def _head_at(words, i, lex):
    """(length, type, order) of a head starting at word ``i``."""
    word = words[i]
    if not (word.cap or word.upper or word.text[:1].isupper()):
        return None
    if word.lower in lex.multiword_head_starts:
        for m in (3, 2):
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
    lower = normalize(word.text)
    if (lower,) in lex.heads:
        return True
    return any(lower == suffix or lower == suffix + "s" for suffix, *_rest in lex.head_suffixes)


def _grow_left(words, h, lex) -> int:
    s = h
    while s > 0 and h - s < _MAX_LEFT:
        prev = words[s - 1]
        if prev.lower in _POSSESSIVE and s >= 2 and _name_word(words[s - 2], lex):
            s -= 1
        elif prev.lower in lex.conjunctions and s >= 2 and _name_word(words[s - 2], lex) and s < h \
                and gazetteer().get(words[s - 2].text) is None and lex.head_of(words[s - 2].text) is None:
            s -= 1  # "Finance and Economics ... Group", not "Region Stockholm och Karolinska ..."
        elif _name_word(prev, lex):
            s -= 1
        elif prev.cap and s >= 2 and words[s - 2].lower in lex.articles and prev.lower not in lex.articles:
            s -= 1  # "das Zweite Krankenhaus", "the First Affiliated Hospital"
            break
        elif "-" in prev.text and prev.text.islower() and s >= 2 and words[s - 2].cap \
                and not lex.is_stopword(words[s - 2].text):
            s -= 1
        else:
            break
    while s < h and (words[s].lower in lex.conjunctions or words[s].lower in _POSSESSIVE):
        s += 1
    return s


def _place_run(words, j, lex) -> int:
    """End of a gazetteer place starting at ``j`` (``j`` when there is none)."""
    gaz = gazetteer()
    for k in (3, 2, 1):
        if j + k <= len(words) and all(w.cap for w in words[j:j + k]):
            if gaz.get(" ".join(w.text for w in words[j:j + k])) is not None:
                return j + k
    return j


def _name_run(words, j, lex) -> int:
    k = j
    while k < len(words) and k - j < _MAX_LEFT:
        word = words[k]
        if _name_word(word, lex):
            k += 1
        elif word.lower in lex.conjunctions and k + 1 < len(words) and k > j and _name_word(words[k + 1], lex):
            k += 1
        elif word.lower in _POSSESSIVE and k > j:
            k += 1
        else:
            break
    while k > j and (words[k - 1].lower in lex.conjunctions or words[k - 1].lower in _POSSESSIVE):
        k -= 1
    return k


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


def _parenthesis(words, j) -> tuple[int, str | None]:
    """End of "(...)" at ``j`` with capitalised content, and an acronym it defines."""
    if j < len(words) and words[j].text == "(":
        for k in range(j + 1, min(j + 6, len(words))):
            if words[k].text == ")":
                inner = words[j + 1:k]
                if inner and all(w.cap or w.upper for w in inner):
                    if len(inner) == 1 and inner[0].alpha and gazetteer().get(inner[0].text) is None:
                        return j, inner[0].text  # "(KIZ)", "(Fiocruz)": a short name defined
                    return k + 1, None
                break
    return j, None


def _is_legal_form(word) -> bool:
    return word.text[:1].isupper() and word.lower in legal_forms() and (
        len(word.text) > 3 or word.upper or "." in word.text)


def _grow_right(words, e, order, lex):
    """(end, inner_start, acronym) of the part of a name after its head."""
    inner_start = None
    j = e
    if order == "initial":
        # "Centre hospitalier universitaire de Montpellier": lower-case adjectives, then a name
        k = j
        while k < len(words) and k - j < 3 and words[k].text.isalpha() and words[k].text.islower() \
                and not lex.is_stopword(words[k].text) and words[k].lower not in lex.connectors:
            k += 1
        if k > j and k + 1 < len(words) and words[k].lower in lex.connectors and words[k + 1].cap:
            j = k
    if order not in _HEAD_ONLY_ORDERS:
        k = _place_run(words, j, lex)
        if order == "initial" or (j < len(words) and words[j].text in first_names()):
            # "Hospital San Ignacio", "Universitätsklinikum Carl Gustav Carus"
            k = max(k, _name_run(words, j, lex))
        j = k
        for _hop in range(2):
            if j + 1 < len(words) and words[j].lower in lex.connectors and words[j].lower not in lex.conjunctions \
                    and words[j].lower not in _POSSESSIVE and not words[j].cap:
                k = max(_name_run(words, j + 1, lex), _place_run(words, j + 1, lex))
                if k > j + 1 and lex.language == "de" and words[j].lower in _GERMAN_ARTICLES \
                        and not _proper_run(words, j + 1, k, lex):
                    break  # "im Zentrum der Stadt": every German noun is capitalised
                if k > j + 1:
                    inner_start = inner_start if inner_start is not None else j + 1
                    j = k
                    continue
            break
    k, acronym = _parenthesis(words, j)
    j = k
    if acronym is None:
        _k, acronym = _parenthesis(words, j)
    # trailing legal forms: "Co., Ltd."
    while j < len(words):
        nxt = j + 1 if words[j].text == "," and j + 1 < len(words) else j
        if _is_legal_form(words[nxt]):
            j = nxt + 1
        else:
            break
    return j, inner_start, acronym


_ADJECTIVE_BASES = ("sch", "al", "ell", "ig", "lich", "iv", "är", "ar", "t", "neu", "ös", "ent")
_STRONG_ENDINGS = {"m": "er", "f": "e", "n": "es"}


def nominative(words, head_index: int, language: str | None, lex) -> str:
    """The name in the nominative (German), from an inflected mention.

    The genitive -s/-es of the head goes; adjectives before the head take the strong
    nominative ending of the head's gender ("des Medizinischen Zentrums Berlin" ->
    "Medizinisches Zentrum Berlin"). The part after a connector keeps its case.
    """
    texts = [w.text for w in words]
    if language != "de":
        return _join(words, texts)
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
            for ending in ("en", "em", "er", "es", "e"):
                base = word.text[: -len(ending)]
                if word.text.endswith(ending) and base.lower().endswith(_ADJECTIVE_BASES) and len(base) > 2:
                    texts[i] = base + _STRONG_ENDINGS[gender]
                    break
    return _join(words, texts)


def _join(words, texts) -> str:
    out = texts[0]
    for prev, word, text in zip(words, words[1:], texts[1:]):
        out += (" " if word.start > prev.end else "") + text
    return out


@register_recognizer("organizations")
def recognize_organizations(sw, lex) -> list[Candidate]:
    """Organisation names of a sentence."""
    words = sw.words
    out: list[Candidate] = []
    free = 0
    for i in sw.caps:
        if i < free:
            continue
        head = _head_at(words, i, lex)
        if head is None:
            continue
        m, type_, order = head
        start = _grow_left(words, i, lex)
        end, inner_start, acronym = _grow_right(words, i + m, order, lex)
        alone = start == i and end == i + m
        if start == i == 0 and order != "initial" and m == 1 and _bare_head(words[i], lex):
            continue  # "Hospitalet i Odense": a common noun opening the sentence
        if alone and not (m == 1 and i > 0 and words[i].cap and lex.language in _COMPOUND_NAME_LANGUAGES
                          and lex.head_of(words[i].text) and lex.heads.get((words[i].lower,)) is None):
            continue
        if type_ == "Branch":
            inner = [_head_at(words, k, lex) for k in range(start, i)]
            inner_types = [h[1] for h in inner if h and h[1] != "Branch"]
            if not inner_types:
                continue
            type_ = inner_types[-1]
        if type_ == "Company" and m == 1 and start == i:
            continue
        span = words[start:end]
        name = nominative(span, i - start, sw.language, lex)
        out.append(Candidate(start, end, type_, "organizations", name=name,
                             inner_start=inner_start, acronym=acronym, priority=1))
        free = i + m
    return out
