"""Sentence splitting with per-sentence language.

:func:`prepare_document` sets ``doc.language`` (detected when ``None``) and fills
``doc.sentences``. The text is first cut at line breaks (news pages put headlines,
datelines and captions on lines of their own), then each line goes through a spaCy
blank pipeline of the document language with the rule-based ``sentencizer``
(``xx`` for languages spaCy has no blank pipeline for). Lines longer than spaCy's
limit are cut into chunks at white space. Pipelines are built on first use and kept.

The tokenized lines are kept for the last few documents so that entity recognition
(:func:`token_chunks`) does not tokenize the same text twice.

>>> from healthkg.loaders.document import Document
>>> doc = Document(id="t", source="t.txt", text="Home\\nDr. Li visited Berlin. He met Anna.")
>>> _ = prepare_document(doc, language="en")
>>> [(s.start, s.end, s.text) for s in doc.sentences]
[(0, 4, 'Home'), (5, 27, 'Dr. Li visited Berlin.'), (28, 40, 'He met Anna.')]
"""
from __future__ import annotations

import logging
import re
from collections import OrderedDict
from functools import lru_cache

from healthkg.errors import LoaderError
from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.language import document_language, sentence_language, spacy_code

__all__ = ["prepare_document", "split_sentences", "token_chunks", "sentence_bounds", "pipeline", "MAX_CHUNK"]

logger = logging.getLogger(__name__)

#: Longest text handed to spaCy at once (its own limit is 1,000,000 characters).
MAX_CHUNK = 900_000
_LINE = re.compile(r"[^\n\r]+")
_CACHE_SIZE = 4
_token_cache: "OrderedDict[int, tuple[str, str, list]]" = OrderedDict()


@lru_cache(maxsize=None)
def pipeline(language: str | None):
    """A blank spaCy pipeline with a sentencizer for an ISO 639-1 code (cached).

    >>> pipeline("no").lang, pipeline("zz").lang
    ('nb', 'xx')
    """
    import spacy

    code = spacy_code(language)
    try:
        nlp = spacy.blank(code)
    except Exception:  # noqa: BLE001 - a language spaCy cannot build
        logger.warning("no spaCy blank pipeline for %r, using 'xx'", code)
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def _chunks(text: str, start: int, end: int, limit: int = MAX_CHUNK):
    """(start, end) pieces of ``text[start:end]`` no longer than ``limit``, cut after a
    sentence end when there is one in the second half, else at a space.

    >>> list(_chunks("Aa bb. Cc dd ee", 0, 15, limit=10))
    [(0, 7), (7, 15)]
    """
    while end - start > limit:
        cut = text.rfind(". ", start + limit // 2, start + limit - 1)
        cut = cut + 2 if cut > start else text.rfind(" ", start + limit // 2, start + limit)
        if cut <= start:
            cut = start + limit
        yield start, cut
        start = cut
    yield start, end


def _line_spans(text: str):
    for match in _LINE.finditer(text):
        line = match.group()
        left = len(line) - len(line.lstrip())
        right = len(line.rstrip())
        if right > left:
            yield from _chunks(text, match.start() + left, match.start() + right, MAX_CHUNK)


def _token_table(parsed, offset: int) -> list[tuple[int, int, bool, bool]]:
    """(start, end, followed by a space, starts a sentence) per token, in document offsets."""
    from spacy.attrs import IDX, LENGTH, SENT_START, SPACY

    rows = parsed.to_array([IDX, LENGTH, SPACY, SENT_START]).tolist()
    return [(offset + idx, offset + idx + length, bool(space), sent == 1 or i == 0)
            for i, (idx, length, space, sent) in enumerate(rows)]


def _keep_numbered_names(table, text: str):
    """The table without the sentence starts the sentencizer puts after a number sign
    ("Ningbo No. | 2 Hospital", "Krankenhaus Nr. | 3"): a number follows, not a sentence.

    >>> doc = Document(id="t", source="t", text="Ningbo No. 2 Hospital", language="en")
    >>> [row[3] for row in token_chunks(doc)[0]]
    [True, False, False, False, False]
    """
    from healthkg.loaders.extraction.rulefiles import load_words

    signs = None
    for i in range(2, len(table)):
        start, _end, _space, sent_start = table[i]
        if not sent_start or not text[start:start + 1].isdigit():
            continue
        dot, sign = table[i - 1], table[i - 2]
        if text[dot[0]:dot[1]] != "." or sign[1] != dot[0]:
            continue
        signs = signs if signs is not None else load_words("", "number_signs.txt")
        if (text[sign[0]:sign[1]] + ".").casefold() in signs:
            table[i] = (start, _end, _space, False)
    return table


def _keep_lowercase_continuations(table, text: str):
    """The table without the sentence starts the sentencizer puts after a full stop when a
    lower-case word follows: the stop closed an abbreviation or a legal form the tokenizer
    did not know ("a Varn Médica Lda. | assinaram um acordo"), not a sentence.

    >>> doc = Document(id="t", source="t", text="O Hospital e a Varn Lda. assinaram.", language="pt")
    >>> [row[3] for row in token_chunks(doc)[0]].count(True)
    1
    """
    for i in range(1, len(table)):
        start, end, space, sent_start = table[i]
        if sent_start and text[start:start + 1].isalpha() and text[start:start + 1].islower() \
                and text[table[i - 1][0]:table[i - 1][1]].endswith("."):
            table[i] = (start, end, space, False)
    return table


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """Titles written with a full stop before a name, in every language ("ing.", "Dott.ssa",
    "Profa.", "drs."): the stop closes the title, not a sentence."""
    from healthkg.loaders.extraction.rulefiles import load_words
    from healthkg.loaders.language import SUPPORTED_LANGUAGES

    return frozenset(t for code in SUPPORTED_LANGUAGES for t in load_words(code, "person_titles.txt")
                     if t.endswith(".") and " " not in t)


def _keep_title_continuations(table, text: str):
    """The table without the sentence starts the sentencizer puts after a title's abbreviation
    when a capitalised word follows ("di Dora Robotica, ing. | Federica Bossolasco"): a name
    follows its title.

    >>> doc = Document(id="t", source="t", text="Firmato dall'ing. Federica Rossi e dal dott. Luca Neri.", language="it")
    >>> [row[3] for row in token_chunks(doc)[0]].count(True)
    1
    """
    for i in range(2, len(table)):
        start, end, space, sent_start = table[i]
        dot, word = table[i - 1], table[i - 2]
        if sent_start and text[start:start + 1].isupper() and text[dot[0]:dot[1]] == "." \
                and word[1] == dot[0] and (text[word[0]:word[1]] + ".").casefold() in _title_abbreviations():
            table[i] = (start, end, space, False)
    return table


_OPENING = frozenset("(«“\"„‘[")


def _keep_bracket_continuations(table, text: str):
    """The table without the sentence starts the sentencizer puts inside or after an opening
    bracket that follows a full stop: the stop closed an abbreviation ("Biotechnologies Laurentia
    inc. | (« Laurentia » ou la « Société »)"), and a bracket opened right after a sentence's end
    would stand on its own.

    >>> doc = Document(id="t", source="t", text="Biotech Sorelle inc. (« Sorelle ») annonce une entente.", language="fr")
    >>> [row[3] for row in token_chunks(doc)[0]].count(True)
    1
    """
    for i in range(1, len(table)):
        start, end, space, sent_start = table[i]
        if not sent_start:
            continue
        k = i
        while k > 0 and text[table[k - 1][0]:table[k - 1][1]] and set(text[table[k - 1][0]:table[k - 1][1]]) <= _OPENING:
            k -= 1
        opened = k < i or (text[start:end] and set(text[start:end]) <= _OPENING)
        if not (opened and k > 0 and "(" in text[table[k][0]:table[i][1]]
                and text[table[k - 1][0]:table[k - 1][1]].endswith(".")):
            continue
        close = text.find(")", table[k][0], table[k][0] + 80)
        after = text[close + 1:close + 40].lstrip() if close >= 0 else ""
        if after[:1] == "," or after[:1].islower():  # the sentence goes on after the bracket
            table[i] = (start, end, space, False)
    return table


def _keep_comma_continuations(table, text: str):
    """The table without the sentence starts the sentencizer puts after a full stop and a
    comma: the stop closed a legal form or an abbreviation ("O presidente da Medisol Lda., |
    Pedro Alves, visitou ..."), and a comma never ends a sentence.

    >>> doc = Document(id="t", source="t", text="O presidente da Medisol Lda., Pedro Alves, falou.", language="pt")
    >>> [row[3] for row in token_chunks(doc)[0]].count(True)
    1
    """
    for i in range(2, len(table)):
        start, end, space, sent_start = table[i]
        if sent_start and text[table[i - 1][0]:table[i - 1][1]] in (",", ";") \
                and text[table[i - 2][0]:table[i - 2][1]].endswith("."):
            table[i] = (start, end, space, False)
    return table


def _join_slashed_legal_forms(table, text: str):
    """The table with a legal form that holds a slash and ends a sentence ("Coloplast A/S.")
    as one token and a full stop: the tokenizer cuts it into "A", "/", "S." and the
    sentence goes on into the next one.

    >>> doc = Document(id="t", source="t", text="Med Coloplast A/S. Og Ambu A/S i dag.", language="da")
    >>> [(doc.text[a:b], start) for a, b, _space, start in token_chunks(doc)[0]][2:5]
    [('A/S', False), ('.', False), ('Og', True)]
    """
    from healthkg.loaders.extraction.lexicon import legal_forms

    out = []
    i = 0
    while i < len(table):
        row = table[i]
        if i + 2 < len(table) and text[table[i + 1][0]:table[i + 1][1]] == "/" \
                and row[1] == table[i + 1][0] and table[i + 1][1] == table[i + 2][0]:
            last = table[i + 2]
            word = text[row[0]:last[1]]
            if word.endswith(".") and word[:-1].casefold() in legal_forms():
                out.append((row[0], last[1] - 1, False, row[3]))
                out.append((last[1] - 1, last[1], last[2], False))
                if i + 3 < len(table) and text[table[i + 3][0]:table[i + 3][0] + 1].isupper():
                    table[i + 3] = table[i + 3][:3] + (True,)
                i += 3
                continue
        out.append(row)
        i += 1
    return out


def _split_legal_form_stops(table, text: str):
    """The table with a legal form written without a dot that ends a sentence ("Fyrtårn
    Medico ApS. Fisker sagde ...") cut into the form and a full stop, and the next capitalised
    word opening a sentence: the tokenizer takes the mixed-case "ApS." for an abbreviation and
    the sentence runs on. Forms written with a dot ("Ltd.", "Inc.") stay as they are.

    >>> doc = Document(id="t", source="t", text="Med Medico ApS. Fisker sagde det.", language="da")
    >>> [(doc.text[a:b], start) for a, b, _space, start in token_chunks(doc)[0]][2:5]
    [('ApS', False), ('.', False), ('Fisker', True)]
    """
    from healthkg.loaders.extraction.lexicon import legal_forms

    out = []
    for i, row in enumerate(table):
        word = text[row[0]:row[1]]
        if len(word) > 2 and word.endswith(".") and i + 1 < len(table) and word[:1].isupper() \
                and word[:-1].casefold() in legal_forms() and word.casefold() not in legal_forms() \
                and text[table[i + 1][0]:table[i + 1][0] + 1].isupper():
            out.append((row[0], row[1] - 1, False, row[3]))
            out.append((row[1] - 1, row[1], row[2], False))
            table[i + 1] = table[i + 1][:3] + (True,)
            continue
        out.append(row)
    return out


def _split_after_dotted_legal_forms(table, text: str, language: str | None):
    """The table with a sentence opening after a legal form written with its dot ("Co., Ltd.",
    "Inc.", "GmbH.") when the next word is a capitalised function word ("... Medical Co., Ltd.
    The agreement ...", "... Co., Ltd. Der Vertrag ..."): the dot closed both the form and the
    sentence. A name or a title after the form ("Ltd. CEO Anna Berg") runs on as before.

    >>> doc = Document(id="t", source="t", text="Signed with Lumen Co., Ltd. The deal is done.", language="en")
    >>> [(doc.text[a:b], start) for a, b, _space, start in token_chunks(doc)[0]][5:7]
    [('Ltd.', False), ('The', True)]
    """
    from healthkg.loaders.extraction.lexicon import legal_forms
    from healthkg.loaders.language import stopwords

    words = stopwords(language) if language else frozenset()
    for i, row in enumerate(table[:-1]):
        word, following = text[row[0]:row[1]], table[i + 1]
        nxt = text[following[0]:following[1]]
        if word.endswith(".") and word.casefold() in legal_forms() and nxt[:1].isupper() and nxt[1:].islower() \
                and nxt.casefold() in words:
            table[i + 1] = following[:3] + (True,)
    return table


def token_chunks(doc: Document) -> list[list[tuple[int, int, bool, bool]]]:
    """The tokens of each line chunk of the document, as :func:`_token_table` rows.

    Offsets are positions in ``doc.text``. Reuses the tokenization done by
    :func:`prepare_document` when the text has not changed.

    >>> doc = Document(id="t", source="t", text="Hi there. Bye", language="en")
    >>> token_chunks(doc)
    [[(0, 2, True, True), (3, 8, False, False), (8, 9, True, False), (10, 13, False, True)]]
    """
    cached = _token_cache.get(id(doc))
    if cached is not None and cached[0] is doc.text and cached[1] == doc.language:
        return cached[2]
    nlp = pipeline(doc.language)
    spans = list(_line_spans(doc.text))
    chunks = [_split_after_dotted_legal_forms(_split_legal_form_stops(_join_slashed_legal_forms(_keep_bracket_continuations(_keep_comma_continuations(_keep_title_continuations(_keep_lowercase_continuations(
        _keep_numbered_names(_token_table(parsed, s), doc.text), doc.text), doc.text), doc.text), doc.text), doc.text),
        doc.text), doc.text, doc.language)
        for (s, _e), parsed in zip(spans, nlp.pipe(doc.text[s:e] for s, e in spans))]
    _token_cache[id(doc)] = (doc.text, doc.language, chunks)
    _token_cache.move_to_end(id(doc))
    while len(_token_cache) > _CACHE_SIZE:
        _token_cache.popitem(last=False)
    return chunks


def split_sentences(doc: Document) -> list[Sentence]:
    """The sentences of a document whose ``language`` is set, each with its language."""
    sentences = []
    for table in token_chunks(doc):
        for first, last in sentence_bounds(table):
            start, end = table[first][0], table[last - 1][1]
            text = doc.text[start:end]
            sentences.append(Sentence(start, end, text, sentence_language(text, doc.language)))
    return sentences


def sentence_bounds(table) -> list[tuple[int, int]]:
    """(first, last) token index ranges of the sentences of a token table."""
    starts = [i for i, row in enumerate(table) if row[3]]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(table)]) if b > a]


def prepare_document(doc: Document, language: str | None = None) -> Document:
    """Set the document language (detected when unknown) and its sentences.

    ``language`` overrides the document's own. Returns the same document.
    """
    if not isinstance(doc.text, str):
        raise LoaderError("document text is not a string", source=doc.source)
    if language is not None:
        doc.language = language
    if doc.language is None:
        doc.language = document_language(doc.text)
    doc.sentences = split_sentences(doc)
    return doc
