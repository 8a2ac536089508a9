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

from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.sentences import token_chunks

__all__ = ["Word", "SentenceWords", "document_sentences"]

_POSSESSIVES = ("'s", "’s")


@dataclass(slots=True)
class Word:
    """A word: text and offsets in the document; ``cap`` if it starts with a capital."""

    text: str
    start: int
    end: int
    lower: str = ""
    cap: bool = False
    upper: bool = False
    alpha: bool = False

    def __post_init__(self):
        self.lower = self.text.casefold()
        first = self.text[:1]
        self.cap = first.isupper()
        letters = self.text.replace("-", "").replace(".", "").replace("&", "")
        self.alpha = letters.isalpha()
        self.upper = self.alpha and self.text.isupper() and len(letters) > 1


@dataclass
class SentenceWords:
    """A sentence with its words and language."""

    sentence: Sentence
    words: list[Word] = field(default_factory=list)

    @property
    def language(self) -> str | None:
        return self.sentence.language

    @property
    def title_case(self) -> bool:
        """Whether nearly every longer word is capitalised (an English-style headline)."""
        long_words = [w for w in self.words if w.alpha and len(w.text) > 3]
        if len(long_words) < 4 or self.language == "de":
            return False
        return sum(1 for w in long_words if w.cap) >= 0.8 * len(long_words)


def _merge(tokens, offset: int) -> list[Word]:
    words: list[Word] = []
    glue = False
    for token in tokens:
        text = token.text
        start = offset + token.idx
        if words and glue and text != "-" and words[-1].text.endswith("-"):
            prev = words[-1]
            words[-1] = Word(prev.text + text, prev.start, start + len(text))
        elif (text == "-" and words and glue and words[-1].text[-1:].isalnum()
              and token.whitespace_ == "" and token.i + 1 < len(token.doc)
              and token.doc[token.i + 1].text[:1].isalnum()):
            prev = words[-1]
            words[-1] = Word(prev.text + "-", prev.start, start + 1)
        elif len(text) > 2 and text[-2:] in _POSSESSIVES and text[-3].isalpha():
            words.append(Word(text[:-2], start, start + len(text) - 2))
            words.append(Word(text[-2:], start + len(text) - 2, start + len(text)))
        elif text.strip():
            words.append(Word(text, start, start + len(text)))
        glue = token.whitespace_ == ""
    return words


def document_sentences(doc: Document) -> list[SentenceWords]:
    """Every sentence of a prepared document with its words."""
    by_start = {s.start: s for s in doc.sentences}
    out: list[SentenceWords] = []
    for offset, parsed in token_chunks(doc):
        for sent in parsed.sents:
            words = _merge(sent, offset)
            if not words:
                continue
            sentence = by_start.get(words[0].start)
            if sentence is None:
                text = doc.text[words[0].start:words[-1].end]
                sentence = Sentence(words[0].start, words[-1].end, text, doc.language)
            out.append(SentenceWords(sentence, words))
    return out
