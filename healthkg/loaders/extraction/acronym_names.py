"""Bodies named by a run of capitalised words and the acronym they define, with no head noun:
"Aragón Exterior (AREX)", "Scottish Development International (SDI)".

A press release introduces a body it will abbreviate by its name and the acronym in brackets.
When no head noun ("Agency", "Cámara") says what the body is, the acronym itself does: the
run of capitalised words (connectors inside, at most five, not after "and" or a comma) right
before "(ABC)" is a name when the acronym opens with the run's first letter, every content
word's initial appears in it in order, and its letters are the run's letters in order. A run
that is one known place ("Hong Kong (HK)"), a title or a first name is none. The candidates
are typed ``Organization`` and lose to every other recognizer on a tie.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "El foro lo organizaron la Cámara y Aragón Exterior (AREX) en Zaragoza."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), "es"))[0]
>>> [(c.type, c.acronym) for c in recognize_acronym_names(sw, lexicon("es"))]
[('Organization', 'AREX')]
"""
from __future__ import annotations

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import first_names
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["recognize_acronym_names", "defines", "in_order", "name_start_before"]

MAX_NAME_WORDS = 5
#: loses to every other recognizer on a tie
PRIORITY = 6


def defines(acronym: str, words: list[str], skip) -> bool:
    """Whether ``acronym`` abbreviates the name of ``words`` (``skip``: function words).

    >>> defines("AREX", ["Aragón", "Exterior"], set()), defines("HK", ["Aragón", "Exterior"], set())
    (True, False)
    >>> defines("BfA", ["Bureau", "for", "Audits"], {"for"})
    True
    """
    content = [w for w in words if w.lower() not in skip]
    if not content:
        return False
    letters = "".join(words).upper()
    code = acronym.upper()
    initials = [w[0].upper() for w in content]
    return code[0] == initials[0] and in_order(initials, code) and in_order(list(code), letters)


def in_order(short, long) -> bool:
    """Whether the items of ``short`` appear in ``long`` in the same order.

    >>> in_order("AX", "AREX"), in_order("XA", "AREX")
    (True, False)
    """
    it = iter(long)
    return all(c in it for c in short)


def name_start_before(words, k, lex, limit: int = MAX_NAME_WORDS) -> int:
    """Start of the name that ends before word ``k``: capitalised words and connectors
    between them (not "and"), at most ``limit``, opening with a capitalised word
    ("a | Unidade Local de Saúde de Coimbra | (ULS ..."; a connector opening the run is left out:
    "de Zaragoza" is no name).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> ws = [Word(t, 0, 0) for t in "foi a Unidade Local de Saúde (".split()]
    >>> name_start_before(ws, 6, lexicon("pt"))
    2
    """
    start = k
    while start > 0 and k - start < limit and (
            words[start - 1].cap or (words[start - 1].lower in lex.connectors
                                     and words[start - 1].lower not in lex.conjunctions)):
        start -= 1
    while start < k and not words[start].cap:
        start += 1
    return start


@register_recognizer("acronym_names")
def recognize_acronym_names(sw, lex) -> list[Candidate]:
    """Names right before the acronym they define (see the module doc)."""
    words = sw.words
    skip = lex.connectors | lex.articles
    out: list[Candidate] = []
    for k in range(1, len(words) - 2):
        if words[k].text != "(" or words[k + 2].text != ")" or not _acronym(words[k + 1].text):
            continue
        start = name_start_before(words, k, lex)
        span = words[start:k]
        if len(span) < 2 or not defines(words[k + 1].text, [w.text for w in span], skip) or not _plausible(span, lex):
            continue
        out.append(Candidate(start, k, "Organization", "acronym_names", acronym=words[k + 1].text,
                             priority=PRIORITY))
    return out


def _acronym(text: str) -> bool:
    """Two to eight letters, mostly capitals ("AREX", "IiS")."""
    return 2 <= len(text) <= 8 and text.isalpha() and text[0].isupper() \
        and sum(c.isupper() for c in text) >= max(2, len(text) - 1)


def _plausible(span, lex) -> bool:
    """Not one known place, a first name or a title at its start."""
    if span[0].text in first_names() or lex.is_title(span[0].text) or lex.is_stopword(span[0].text):
        return False
    return gazetteer().get(" ".join(w.text for w in span)) is None
