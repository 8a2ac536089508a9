"""Terms a filing defines for a body in brackets and quotes, and where the text uses them.

Stock-exchange announcements and contracts name a body once in full and define the word
they use for it afterwards: `Changchun Lanxin Biotechnology Co., Ltd. (the "Company")`,
`Kainach Medtech GmbH ("Kainach")`, `Lanxin Kainach Cardio (Changchun) Co., Ltd. (the "JV
Company")`. Every later use of the term ("the Company has entered into ...", "the JV Company
will ...") is a mention of that body.

>>> text = 'Alpha Medical Co., Ltd. (the "Company") and Beta GmbH ("Beta") signed. The Company will pay Beta.'
>>> defined_term_after(text, text.index(" (the"))[0], defined_term_after(text, text.index(' ("Beta'))[0]
('Company', 'Beta')
>>> [(s, text[s:e]) for s, e in term_uses(text, "Company")]  # not the definition in quotes
[(75, 'Company')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from healthkg.loaders.extraction.rulefiles import load_words

__all__ = ["defined_term_after", "term_uses"]

@lru_cache(maxsize=1)
def _articles() -> str:
    """The articles a defined term may take, of every language (``<lang>/articles.txt``: "the",
    "la", "die" ...), as an alternation."""
    from healthkg.loaders.language import SUPPORTED_LANGUAGES

    words = {w for code in SUPPORTED_LANGUAGES for w in load_words(code, "articles.txt", with_common=False)
             if " " not in w}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _definition() -> re.Pattern:
    """Right after a name: an opener of ``common/definition_openers.txt`` ("hereinafter referred
    to as", "ci-après"), an article, a capitalised term of up to four words in quotes of any
    kind, then the bracket's end, a comma or a second term after a short word or two ("(« Laurentia »
    ou la « Société »)")."""
    openers = sorted(load_words("", "definition_openers.txt"), key=len, reverse=True)
    opener = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers)
    return re.compile(rf"\s*\((?:(?i:{opener})\s*:?\s*,?\s*)?(?:(?i:{_articles()})\s+)?[\"“«„‘]\s?"
                      r"([A-ZÀ-ÞĀ-Ž][\w&.-]*(?: [A-ZÀ-ÞĀ-Ž][\w&.-]*){0,3})"
                      r"\s?[\"”»“’](?=[,)]|(?:\s+[^\W\d_]{1,5}){1,2}\s+[\"“«„‘])")  # or another term: "ou la « Société »"


def defined_term_after(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The term defined in brackets right after offset ``end`` of ``text`` and the span of
    the term inside the quotes, or None.

    >>> t = 'the Lake Hospital (hereinafter referred to as "GXPH") for'
    >>> defined_term_after(t, t.index(" ("))[0]
    'GXPH'
    >>> t = 'Laurentia inc. (« Laurentia » ou la « Société »), une société'
    >>> defined_term_after(t, t.index(" ("))[0]
    'Laurentia'
    """
    match = _definition().match(text, end)
    return (match.group(1), match.span(1)) if match else None


@lru_cache(maxsize=256)
def _use_pattern(term: str) -> re.Pattern:
    return re.compile(rf"(?<![\w\"“]){re.escape(term)}(?![\w\"”])")


def term_uses(text: str, term: str) -> list[tuple[int, int]]:
    """Spans of the uses of a defined term in ``text`` (not the definition in quotes)."""
    return [m.span() for m in _use_pattern(term).finditer(text)]
