"""Sentence breaks the splitter put inside a name or after an abbreviated title, undone.

The rule-based sentencizer ends a sentence at every full stop its tokenizer does not know
as part of an abbreviation, so a company form ("Co., Ltd.", "S.p.A.") or a title before
a name ("Prof.", "Dott.", "Dr. med.") cuts a sentence in two and the relation rules never
see the name and its verb together. Two neighbouring sentences of one line are joined
again when a recognised mention runs across the break, when the first ends with an
honorific of ``relation_words.tsv`` (class ``honorific``, any language), or when the
second starts with a lower-case letter (no sentence of these languages does: "... Co., Ltd.
ont conclu ...").

>>> from healthkg.loaders.document import Document, Sentence
>>> from healthkg.loaders.statements import Entity, Mention
>>> text = "Alpha Co., Ltd. signed with Dott. Rossi."
>>> doc = Document(id="b", source="b.txt", text=text, language="it",
...                sentences=[Sentence(0, 10, "Alpha Co.,"), Sentence(11, 33, "Ltd. signed with Dott."),
...                           Sentence(34, 40, "Rossi.")])
>>> alpha = Entity("org/a", "Company", "Alpha Co., Ltd.", [Mention("Alpha Co., Ltd.", 0, 15)])
>>> [s.text for s in join_broken_sentences(doc, [alpha])]
['Alpha Co., Ltd. signed with Dott. Rossi.']
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.extraction.rulefiles import RULES_DIR, load_lines, normalize
from healthkg.loaders.statements import Entity

__all__ = ["join_broken_sentences"]


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    """Honorifics ending in a full stop, of every language folder, longest first."""
    found = set()
    for folder in sorted(p.name for p in RULES_DIR.iterdir() if p.is_dir()):
        for row in load_lines(folder, "relation_words.tsv", with_common=False):
            if len(row) > 1 and row[1] == "honorific" and row[0].endswith("."):
                found.add(normalize(row[0]))
    return tuple(sorted(found, key=len, reverse=True))


def _ends_with_honorific(text: str) -> bool:
    tail = normalize(text.rstrip())
    if not tail.endswith(_honorifics()):  # (the cheap test first: one C call for them all)
        return False
    return any(tail == h or (tail.endswith(h) and tail[-len(h) - 1].isspace())
               for h in _honorifics())


def join_broken_sentences(doc: Document, entities: list[Entity]) -> list[Sentence]:
    """``doc.sentences`` with the breaks inside a mention or after an honorific removed."""
    sentences = list(doc.sentences)
    if len(sentences) < 2:
        return sentences
    join_after = [False] * len(sentences)  # join sentence i with sentence i + 1
    ends = [s.end for s in sentences]
    for i, sentence in enumerate(sentences[:-1]):
        following = sentences[i + 1].text.lstrip()
        join_after[i] = _ends_with_honorific(sentence.text) or following[:1].islower()
    for entity in entities:
        for mention in entity.mentions:
            i = _index_of(sentences, mention.start)
            while i is not None and i + 1 < len(sentences) and mention.end > ends[i]:
                join_after[i] = True
                i += 1
    for i in range(len(sentences) - 1):  # never across a line break
        if "\n" in doc.text[sentences[i].end:sentences[i + 1].start]:
            join_after[i] = False
    joined: list[Sentence] = []
    first = 0
    for i, sentence in enumerate(sentences):
        if join_after[i] and i + 1 < len(sentences):
            continue
        head = sentences[first]
        if first == i:
            joined.append(head)
        else:
            joined.append(Sentence(head.start, sentence.end, doc.text[head.start:sentence.end],
                                   head.language))
        first = i + 1
    return joined


def _index_of(sentences: list[Sentence], offset: int) -> int | None:
    i = bisect_right([s.start for s in sentences], offset) - 1
    return i if i >= 0 and offset < sentences[i].end else None
