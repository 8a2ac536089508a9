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

__all__ = ["defined_term_after", "term_uses"]

#: right after a name: an optional "the", a capitalised term of up to four words in quotes
_DEFINITION = re.compile(r"\s*\((?:the\s+)?[\"“]([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})[\"”][,)]")


def defined_term_after(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The term defined in brackets right after offset ``end`` of ``text`` and the span of
    the term inside the quotes, or None."""
    match = _DEFINITION.match(text, end)
    return (match.group(1), match.span(1)) if match else None


@lru_cache(maxsize=256)
def _use_pattern(term: str) -> re.Pattern:
    return re.compile(rf"(?<![\w\"“]){re.escape(term)}(?![\w\"”])")


def term_uses(text: str, term: str) -> list[tuple[int, int]]:
    """Spans of the uses of a defined term in ``text`` (not the definition in quotes)."""
    return [m.span() for m in _use_pattern(term).finditer(text)]
