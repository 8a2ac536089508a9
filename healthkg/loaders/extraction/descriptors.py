"""Company names after a descriptor noun ("selskabet Coloplast", "het bedrijf Lumicks").

Machine-translated press releases name a company behind a common noun that says what it
is: Danish "medicinalvirksomheden Novo Nordisk", Swedish "företaget Elekta", Norwegian
"selskapet Photocure", Dutch "het bedrijf Philips Healthcare". The nouns are data
(``descriptor_nouns.txt`` of the language, ``-x`` for compounds). After one, a run of up
to four capitalised words is a ``Company`` unless it is one known place; it wins a tie
with a person ("virksomheden Novo Nordisk"), not with an organisation. A descriptor is never a name word itself:
the organisation recognizer stops growing a name to the left at one ("Selskabet | Coloplast
A/S").

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "Aftalen blev indgået med medicinalvirksomheden Novo Nordisk i går."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text, language="da"), "da"))[0]
>>> [(c.type, " ".join(w.text for w in sw.words[c.start:c.end])) for c in recognize_described_companies(sw, lexicon("da"))]
[('Company', 'Novo Nordisk')]
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.demonyms import city_of_adjective
from healthkg.loaders.extraction.rulefiles import load_words, normalize
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["is_descriptor", "recognize_described_companies"]

_MAX_RUN = 4


@lru_cache(maxsize=None)
def _descriptors(language: str | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, endings) of the descriptor nouns of a language."""
    words = load_words(language or "", "descriptor_nouns.txt", with_common=False)
    return (frozenset(w for w in words if not w.startswith("-")),
            tuple(sorted(w[1:] for w in words if w.startswith("-"))))


def is_descriptor(text: str, language: str | None) -> bool:
    """Whether a word is a descriptor noun of the language (compounds included).

    >>> is_descriptor("Medtech-virksomheden", "da"), is_descriptor("Virksomhedsråd", "da")
    (True, False)
    """
    whole, endings = _descriptors(language)
    lower = normalize(text)
    return lower in whole or any(lower.endswith(e) and len(lower) > len(e) for e in endings)


def _run_end(words, j, lex) -> int:
    """End of the run of capitalised name words from ``j`` (``j`` when there is none)."""
    end = j
    while end < len(words) and end - j < _MAX_RUN:
        word = words[end]
        if word.text == "&" and end > j and end + 1 < len(words) and words[end + 1].cap:
            end += 1  # "firmaet Hansen & Søn"
        elif word.cap and word.alpha and not lex.is_title(word.text) and not lex.is_stopword(word.text):
            end += 1
        else:
            break
    return end


def _company_run(words, j, end) -> bool:
    """A run that can name a company: not one known place ("selskabet Danmark")."""
    return gazetteer().get(" ".join(w.text for w in words[j:end])) is None


def _brand_compound(words, i: int, language: str | None) -> str | None:
    """The brand of a compound of a brand and a whole descriptor noun that is no place and
    comes before no name ("Lanxin-konsernet" -> "Lanxin"; not "Tromsø-selskapet Fjellbris AS").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "den kinesiske Lanxin-konsernet .".split()]
    >>> _brand_compound(ws, 2, "no"), _brand_compound([Word("Tromsø-selskapet", 0, 0)], 0, "no")
    ('Lanxin', None)
    """
    brand, _, noun = words[i].text.partition("-")
    if not noun or not brand[:1].isupper() or not brand.isalpha() or len(brand) < 3 \
            or normalize(noun) not in _descriptors(language)[0] or gazetteer().get(brand) is not None:
        return None
    if i + 1 < len(words) and words[i + 1].cap:
        return None
    return brand


@register_recognizer("described_companies")
def recognize_described_companies(sw, lex) -> list[Candidate]:
    """Companies named right after a descriptor noun of the sentence's language."""
    words = sw.words
    out: list[Candidate] = []
    if not _descriptors(sw.language)[0] and not _descriptors(sw.language)[1]:
        return out
    for i, word in enumerate(words):
        if word.cap and i > 0 and "-" not in word.text:
            continue  # a capitalised word mid-sentence is a name's own ("Dansk Firma ...")
        if not is_descriptor(word.text, sw.language):
            continue
        brand = _brand_compound(words, i, sw.language)
        if brand is not None:  # "den kinesiske Lanxin-konsernet": the compound names the company
            out.append(Candidate(i, i + 1, "Company", "described_companies", name=brand, priority=1))
            continue
        end = _run_end(words, i + 1, lex)
        if end > i + 1 and _company_run(words, i + 1, end):
            out.append(Candidate(i + 1, end, "Company", "described_companies", priority=1))
            city = city_of_adjective(words[i - 1], lex) if i > 0 else None
            if city is not None and (i == 1 or words[i - 2].lower in lex.articles):
                # "das Münchner Start-up Kelvato": the city's adjective is the seat
                out.append(Candidate(i - 1, i, "City", "described_companies", name=city[0], place=city[1],
                                     priority=0))
    return out
