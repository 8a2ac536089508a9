"""Words of a sentence, as recognizers see them.

spaCy's blank tokenizer splits "Deutsch-Chinesische" into three tokens and
"Hospital's" into two; recognizers want the first as one word and the second as
two. :func:`sentence_words` merges tokens joined by a hyphen without spaces and
keeps offsets into the document text.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> doc = prepare_document(Document(id="t", source="t", text="Die Deutsch-Chinesische Vereinigung."), "de")
>>> [w.text for w in document_sentences(doc)[0].words]
['Die', 'Deutsch-Chinesische', 'Vereinigung', '.']
>>> doc = prepare_document(Document(id="t", source="t", text="Hjem til People's Hospital."), "da")
>>> [w.text for w in document_sentences(doc)[0].words]
['Hjem', 'til', 'People', "'s", 'Hospital', '.']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.sentences import sentence_bounds, token_chunks

__all__ = ["Word", "SentenceWords", "document_sentences", "join_words"]

_POSSESSIVES = ("'s", "’s", ":s")  # ":s": Swedish genitive of abbreviations ("AB:s", "KI:s")


class Word:
    """A word: text and offsets in the document; ``cap`` if it starts with a capital."""

    __slots__ = ("text", "start", "end", "lower", "cap", "_alpha")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.casefold()
        self.cap = text[:1].isupper()
        self._alpha = None

    @property
    def alpha(self) -> bool:
        """Letters only (hyphens, dots, "&" and an apostrophe allowed inside: "Sant'Agata")."""
        if self._alpha is None:
            text = self.text
            self._alpha = text.isalpha() or text.replace("-", "").replace(".", "").replace("&", "").isalpha() \
                or (text[-1:] not in ("'", "’") and text.replace("'", "").replace("’", "").isalpha())
        return self._alpha

    @property
    def upper(self) -> bool:
        """All capitals, two letters or more ("CRI", "VISION")."""
        text = self.text
        return len(text) > 1 and text.isupper() and self.alpha

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.start}, {self.end})"


@dataclass
class SentenceWords:
    """A sentence with its words and language."""

    sentence: Sentence
    words: list[Word] = field(default_factory=list)
    #: indices of the capitalised words (where most names start)
    caps: list[int] = field(default_factory=list)

    def __post_init__(self):
        self._title_case = None
        if not self.caps:
            self.caps = [i for i, w in enumerate(self.words) if w.cap] if self.words else []

    @property
    def language(self) -> str | None:
        return self.sentence.language

    @property
    def title_case(self) -> bool:
        """Whether every longer word is capitalised (an English-style headline)."""
        if self._title_case is None:
            long_words = [w for w in self.words if len(w.text) > 3 and w.text.isalpha()]
            self._title_case = len(long_words) >= 4 and self.language != "de" and \
                all(w.cap for w in long_words) and not self.sentence.text.rstrip().endswith(".")
            # (a headline ends without a full stop; "Mr. Tanaka Hiroshi met Ms. Priya Raman in Leeds." is a sentence)
        return self._title_case


@lru_cache(maxsize=1)
def _elided_name_openers() -> frozenset[str]:
    """The elided words of ``common/name_prefixes.txt`` as written ("Sant'", "Dell'"): a
    tokenizer cuts them off the name they open, and they are joined to it again ("Sant'Agata";
    not "dell'UCBM", an article)."""
    from healthkg.loaders.extraction.rulefiles import load_lines

    return frozenset(row[0] for row in load_lines("", "name_prefixes.txt") if row[0][-1:] in ("'", "’"))


def _pinyin_apostrophe(first: str, second: str) -> bool:
    """Whether two tokens are the halves of a pinyin name that a French or Italian tokenizer
    cut at its apostrophe as if it were an elision ("Xi'" + "an", "Ma'" + "anshan"): a
    capitalised syllable and a lower-case one or two. "L'" + "hôpital" and "Qu'" + "il" stay apart.

    >>> _pinyin_apostrophe("Xi'", "an"), _pinyin_apostrophe("Ma’", "anshan"), _pinyin_apostrophe("Qu'", "en")
    (True, True, False)
    >>> _pinyin_apostrophe("L'", "an"), _pinyin_apostrophe("Dell'", "ospedale")
    (False, False)
    """
    from healthkg.loaders.extraction.lexicon import is_pinyin_given, pinyin_syllables

    syllable = first[:-1].lower()
    return first[-1:] in ("'", "’") and len(syllable) > 1 and first[:1].isupper() \
        and syllable != "qu" and syllable in pinyin_syllables() \
        and second.islower() and is_pinyin_given(second)  # ("qu'": French, the one elision that is a syllable)


def _merge(text: str, table, first: int, last: int) -> list[Word]:
    """Words of the tokens ``table[first:last]`` of a document ``text``."""
    words: list[Word] = []
    glue = False
    for k in range(first, last):
        start, end, space, _sent = table[k]
        token = text[start:end]
        if glue and words:  # joined to the word before: a hyphenated word goes on
            prev = words[-1]
            if token != "-":
                if prev.text.endswith("-"):
                    words[-1] = Word(prev.text + token, prev.start, end)
                    glue = not space
                    continue
            elif not space and k + 1 < last and prev.text[-1:].isalnum() and text[end:end + 1].isalnum():
                words[-1] = Word(prev.text + "-", prev.start, end)
                glue = not space
                continue
        if words and words[-1].end == start and token[:1].isupper() and words[-1].text[:1].isupper() \
                and words[-1].text in _elided_name_openers():
            words[-1] = Word(words[-1].text + token, words[-1].start, end)  # "Sant'" + "Agata"
            glue = not space
            continue
        if words and words[-1].end == start and _pinyin_apostrophe(words[-1].text, token):
            words[-1] = Word(words[-1].text + token, words[-1].start, end)  # "Xi'" + "an"
            glue = not space
            continue
        if len(token) > 2 and token[-2:] in _POSSESSIVES and token[-3].isalpha():
            words.append(Word(token[:-2], start, end - 2))
            words.append(Word(token[-2:], end - 2, end))
        elif k == last - 1 and len(token) > 2 and token.endswith(".") and token.count(".") == 1:
            words.append(Word(token[:-1], start, end - 1))  # "GmbH." ending a sentence
            words.append(Word(".", end - 1, end))
        elif not token.isspace():
            words.append(Word(token, start, end))
        glue = not space
    return words


def document_sentences(doc: Document) -> list[SentenceWords]:
    """Every sentence of a prepared document with its words."""
    by_start = {s.start: s for s in doc.sentences}
    out: list[SentenceWords] = []
    for table in token_chunks(doc):
        for first, last in sentence_bounds(table):
            words = _merge(doc.text, table, first, last)
            if not words:
                continue
            sentence = by_start.get(words[0].start)
            if sentence is None:
                text = doc.text[words[0].start:words[-1].end]
                sentence = Sentence(words[0].start, words[-1].end, text, doc.language)
            out.append(SentenceWords(sentence, words))
    return out


def join_words(words, texts) -> str:
    """The texts of words joined as the words stand: a space only where the text had one.

    >>> join_words([Word("Dansk", 0, 5), Word("-", 5, 6), Word("Kinesisk", 6, 14)], ["Dansk", "-", "Kinesisk"])
    'Dansk-Kinesisk'
    """
    out = texts[0]
    for prev, word, text in zip(words, words[1:], texts[1:]):
        out += (" " if word.start > prev.end else "") + text
    return out
