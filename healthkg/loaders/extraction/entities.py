"""Entity recognition: people, organisations and places, with every mention.

No statistical NER model can be downloaded here, so recognition is rule- and
gazetteer-based, on spaCy's blank tokenizer:

1. each sentence is read with the rules of its own language
   (:mod:`~healthkg.loaders.extraction.lexicon`, data in ``healthkg/loaders/rules``);
2. every recognizer of the registry (:mod:`~healthkg.loaders.extraction.candidates`:
   ``places``, ``place_patterns``, ``organizations``, ``chinese_names``, ``western_names``,
   ``titled_names``, ``cantonese_names``, ``organizers``; a spaCy model's NER can be registered as one more) proposes spans;
3. overlapping spans are resolved longest first (places before organisations before
   people on ties); entities named inside the part of an organisation's name after a
   connector ("Krankenhaus der | Medizinischen Universität Chongqing", "Life Science Park
   i | Limburg") are kept as nested entities;
4. acronyms defined in the text ("... (CRI)") and camel-case or all-caps words that open an
   organisation's name ("UMass") are found where they stand alone;
5. mentions are grouped into entities (:mod:`~healthkg.loaders.extraction.grouping`):
   places by gazetteer entry, organisations by a case-normalised key plus fuzzy matching,
   people by surname and given-name similarity (rapidfuzz).

Ids are provisional: ``person/<slug>``, ``org/<slug>``, ``place/<slug>``.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> text = ("Dr. Maria Keller, director of Zurich Heart Hospital, met Zhang Wei in Kina. "
...         "Zhang wei praised Zurich Heart Hospital.")
>>> doc = prepare_document(Document(id="t", source="t", text=text), "en")
>>> [(e.type, e.name, len(e.mentions)) for e in recognize_entities(doc)]
[('Person', 'Maria Keller', 1), ('Hospital', 'Zurich Heart Hospital', 2), ('Person', 'Zhang Wei', 2), ('Country', 'Kina', 1)]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.extraction.candidates import Candidate, recognizers
from healthkg.loaders.extraction.defined_terms import defined_term_after, term_uses
from healthkg.loaders.extraction.event_names import event_name_words
from healthkg.loaders.extraction.grouping import group_mentions
from healthkg.loaders.extraction.lexicon import generic_compound, lexicon
from healthkg.loaders.extraction.organizations import bracketed_acronym, is_bare_head, is_legal_form
from healthkg.loaders.extraction.places import IN_WORDS
from healthkg.loaders.extraction.rulefiles import load_words
from healthkg.loaders.extraction.seat_towns import seat_town_spans
from healthkg.loaders.extraction.tokens import SentenceWords, Word, document_sentences
from healthkg.loaders.extraction.time_zones import time_zone_words
from healthkg.loaders.statements import Entity

__all__ = ["recognize_entities", "FoundMention", "resolve_overlaps"]

logger = logging.getLogger(__name__)


@dataclass
class FoundMention:
    """A resolved span: what grouping needs to build entities."""

    text: str
    start: int
    end: int
    type: str
    name: str
    language: str | None
    source: str
    place: object | None = None
    acronym: str | None = None
    acronym_of: str | None = None  # the acronym this mention stands for
    headline: bool = False  # read in a title-case line, where capitals prove little


def _saint_of_hospital(outer: Candidate, cand: Candidate, words) -> bool:
    """Whether ``cand`` is a saint's name inside a hospital's name, not a town: a place
    opening with a name prefix ("Hospital de Santo António", "Hospital de São João") below
    a big city's population ("Hospital de São Paulo" stays in São Paulo)."""
    from healthkg.loaders.extraction.rulefiles import load_words
    from healthkg.loaders.gazetteer import BIG_CITY

    if words is None or outer.type != "Hospital" or cand.type != "City":
        return False
    return (words[cand.start].lower in load_words("", "name_prefixes.txt")
            and getattr(cand.place, "population", 0) < BIG_CITY)


def _surname_in_name(outer: Candidate, cand: Candidate, words) -> bool:
    """Whether a place inside a body's name follows a first name there: the surname of the
    person the body is named after ("Università degli Studi di Lecce Aldo | Moro"), not a town.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> words = [Word(t, 0, len(t)) for t in "Università di Lecce Aldo Moro".split()]
    >>> _surname_in_name(Candidate(0, 5, "University", "o", inner_start=2), Candidate(4, 5, "City", "p"), words)
    True
    """
    from healthkg.loaders.extraction.lexicon import first_names

    return words is not None and cand.type == "City" and cand.start - 1 > outer.start \
        and words[cand.start - 1].cap and words[cand.start - 1].text in first_names()


def _shares_legal_form(outer: Candidate, cand: Candidate, words) -> bool:
    """Whether a span inside a name ends with the legal form that closes the name: "Buskerud HF"
    in "Sykehuset i Buskerud HF" is no body of its own."""
    return words is not None and cand.end == outer.end and cand.start > outer.start \
        and is_legal_form(words[outer.end - 1])


def resolve_overlaps(candidates: list[Candidate], words=None) -> list[Candidate]:
    """Longest spans first, ties by priority; plus entities nested after a connector
    (not a saint's name inside a hospital's name when the sentence's ``words`` are given).
    A candidate with a negative priority claims its words before any longer span (a
    department's name: "Klinik für Kardiologie | des Klinikums").

    >>> a = Candidate(0, 3, "Hospital", "o", inner_start=2)
    >>> b = Candidate(2, 3, "City", "p", priority=0)
    >>> c = Candidate(0, 2, "Person", "q", priority=2)
    >>> [(x.start, x.end, x.type) for x in resolve_overlaps([c, b, a])]
    [(0, 3, 'Hospital'), (2, 3, 'City')]
    """
    ordered = sorted(candidates, key=lambda c: (c.priority >= 0, -c.length, c.priority, c.start))
    taken: set[int] = set()
    selected: list[Candidate] = []
    for cand in ordered:
        span = range(cand.start, cand.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        selected.append(cand)
    nested: list[Candidate] = []
    for outer in [c for c in selected if c.inner_start is not None]:
        inner_taken: set[int] = set()
        for cand in ordered:
            if cand is outer or cand.type == "Person" or cand in selected:
                continue
            if cand.start >= outer.inner_start and cand.end <= outer.end \
                    and not _saint_of_hospital(outer, cand, words) and not _surname_in_name(outer, cand, words) \
                    and not _shares_legal_form(outer, cand, words):
                span = range(cand.start, cand.end)
                if not any(i in inner_taken for i in span):
                    inner_taken.update(span)
                    nested.append(cand)
    return sorted(selected + nested, key=lambda c: (c.start, -c.length))


_SENTENCE_ENDS = {".", "!", "?", "…", ":", "»", "«", '"', "”", "“", "'", "’", ")"}
_MAX_GLUE = 5


def _glue_words(words: list[Word]) -> list[Word]:
    """Words written without spaces that together form a legal form ("A/S", "S.p.A.")."""
    from healthkg.loaders.extraction.lexicon import legal_forms
    from healthkg.loaders.extraction.rulefiles import normalize

    forms = legal_forms()
    out: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        if i + 1 < len(words) and word.text[-1:] in ("'", "’") and len(word.text) > 2 and word.text[0].isupper() \
                and words[i + 1].text == "s" and words[i + 1].start == word.end:
            # "People'" + "s" (a French or Italian tokenizer reads an elision): "People" + "'s"
            out.append(Word(word.text[:-1], word.start, word.end - 1))
            out.append(Word(word.text[-1] + "s", word.end - 1, words[i + 1].end))
            i += 2
            continue
        best, owner = None, False
        if words[i].text[:1].isupper() or not words[i].text:  # a legal form opens with a capital
            adjacent = 1  # how many words from i follow each other without a space
            while adjacent < min(_MAX_GLUE, len(words) - i) and \
                    words[i + adjacent].start == words[i + adjacent - 1].end:
                adjacent += 1
            for k in range(adjacent, 0, -1):
                text = "".join(w.text for w in words[i:i + k])
                if k > 1 and i + k == len(words) and words[i + k - 1].text == "." and text[:-1].isalpha() \
                        and text[:-1].isupper():
                    continue  # "Sykehuset Telemark HF.": the full stop closes the sentence, not "HF"
                if k > 1 and normalize(text) in forms and text[:1].isupper():
                    best = k
                    break
                if text[-1:] in ("'", "’") and normalize(text[:-1]) in forms and text[:1].isupper():
                    best, owner = k, True  # "A/S'", "AS'": a legal form with the genitive apostrophe
                    break
        if best:
            run = words[i:i + best]
            text = "".join(w.text for w in run)
            if owner:
                out.append(Word(text[:-1], run[0].start, run[-1].end - 1))
                out.append(Word(text[-1], run[-1].end - 1, run[-1].end))
            else:
                out.append(Word(text, run[0].start, run[-1].end))
            i += best
        else:
            out.append(words[i])
            i += 1
    return out


def _rejoin(sentences: list[SentenceWords], text: str) -> list[SentenceWords]:
    """Undo sentence breaks inside a name and glue legal forms ("A/S") into one word.

    The tokenizer of a language does not know every abbreviation ("Co., Ltd. öppnar",
    "Venetomed S.p.A. hanno"); a break is false when the sentences are on one line, at
    most one space apart, and no space separates them, or the first does not end with
    sentence punctuation, or the next opens in lower case or with a comma.
    """
    out: list[SentenceWords] = []
    for sw in sentences:
        if out:
            prev = out[-1]
            last, first = prev.words[-1], sw.words[0]
            between = text[last.end:first.start]
            if between in ("", " ") and (
                    not between or last.text not in _SENTENCE_ENDS or first.text[:1].islower()
                    or first.text in (",", ";")):
                sentence = Sentence(prev.sentence.start, sw.sentence.end,
                                    text[prev.sentence.start:sw.sentence.end], prev.sentence.language)
                out[-1] = SentenceWords(sentence, prev.words + sw.words)
                continue
        out.append(sw)
    result = []
    for sw in out:
        glued = _glue_words(sw.words)
        result.append(sw if glued == sw.words else SentenceWords(sw.sentence, glued))
    return result


def _page_label(sw: SentenceWords) -> bool:
    """Whether the sentence is a byline or credit ("Source: ...", "Quelle: ...", and a newswire's
    "SOURCE Company inc." written in capitals without a colon)."""
    from healthkg.loaders.extraction.rulefiles import load_words

    words = sw.words
    return len(words) >= 2 and (words[1].text == ":" or (words[0].upper and len(words[0].text) > 3)) \
        and words[0].lower in load_words("common", "page_labels.txt")


def _sentence_mentions(sw: SentenceWords, chosen, language) -> tuple[list[FoundMention], set[int]]:
    lex = lexicon(sw.language or language)
    if _page_label(sw):
        return [], set()
    candidates: list[Candidate] = []
    for _name, recognizer in chosen:
        candidates.extend(recognizer(sw, lex))
    in_time_zones = time_zone_words(sw.words, sw.language or language)
    if in_time_zones:
        candidates = [c for c in candidates if in_time_zones.isdisjoint(range(c.start, c.end))]
    in_meeting_names = event_name_words(sw.words, sw.language or language)
    if in_meeting_names:  # "the Wuhan Medical Technology | Matchmaking Meeting": no company before the noun
        candidates = [c for c in candidates if c.type in _ORG_KINDS or c.end not in in_meeting_names
                      or not in_meeting_names.issuperset(range(c.start, c.end))]
    mentions = []
    covered: set[int] = set()
    for cand in resolve_overlaps(candidates, sw.words):
        first, last = sw.words[cand.start], sw.words[cand.end - 1]
        text = sw.sentence.text[first.start - sw.sentence.start:last.end - sw.sentence.start]
        covered.update(range(first.start, last.end))
        acronym = cand.acronym
        if acronym is None and cand.type not in _ORG_KINDS:
            # "(CCCS)" after any organization's name defines its acronym, whichever recognizer
            # found the name ("Kinesiska handelskammaren i Sverige (CCCS)": an English acronym)
            _end, acronym = bracketed_acronym(sw.words, cand.end, lex)
        mentions.append(FoundMention(text, first.start, last.end, cand.type, cand.name or text,
                                     sw.language or language, cand.source, cand.place, acronym,
                                     headline=sw.title_case))
    _parenthesised_names(sw, mentions)
    return mentions, covered


_ORG_KINDS = ("City", "Region", "Country", "Person")


#: what may close the brackets of a name given again: its acronym (", JMU)") or nothing
_BRACKET_CLOSE = re.compile(r"(?:,\s*(?P<acronym>[A-Z][A-Za-z0-9&]{1,7}))?\)")


def _parenthesised_names(sw: SentenceWords, mentions: list[FoundMention]) -> None:
    """An organisation named again in brackets right after its name is the same body in
    another language: "Hôpital populaire de Wuxi (Wuxi People's Hospital)"; an acronym after
    it in the brackets is the body's ("(Jilin Medical University, JMU)")."""
    text, offset = sw.sentence.text, sw.sentence.start
    orgs = [m for m in mentions if m.type not in _ORG_KINDS]
    for a in orgs:
        for b in orgs:
            if b.start <= a.end or text[a.end - offset:b.start - offset].strip() != "(":
                continue
            close = _BRACKET_CLOSE.match(text, b.end - offset)
            if close is None or (close.group("acronym") and not _is_name_opener(close.group("acronym"))):
                continue
            b.name = a.name
            b.type = a.type
            if close.group("acronym") and a.acronym is None:
                a.acronym = b.acronym = close.group("acronym")


def _is_name_opener(text: str) -> bool:
    """Camel case ("UMass") or all caps of 2-6 letters ("CRI")."""
    if not text.isalpha():
        return False
    if text.isupper():
        return 2 <= len(text) <= 6
    return text[0].isupper() and any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)


def _short_name_end(sw: SentenceWords, word: Word, short_name: str) -> int:
    """End offset of a short name of several words defined in brackets where its acronym is
    used with the rest of it ("(ULS Coimbra)" ... "da ULS Coimbra,"), else of the acronym."""
    if " " in short_name and short_name.startswith(word.text + " "):
        at = word.start - sw.sentence.start
        if sw.sentence.text.startswith(short_name, at):
            after = sw.sentence.text[at + len(short_name):at + len(short_name) + 1]
            if not after.isalnum():
                return word.start + len(short_name)
    return word.end


def _defined_term_mentions(text: str, sentences, mentions) -> list[FoundMention]:
    """Uses of the terms a text defines for a body (``(the "Company")``, see
    :mod:`defined_terms`) as mentions of that body, longest term first; a mention read at
    the same words by a recognizer ("JV Company") gives way.

    >>> doc = 'Alpha Medical Co., Ltd. (the "Company") signed. The Company will pay.'
    >>> m = FoundMention("Alpha Medical Co., Ltd.", 0, 23, "Company", "Alpha Medical Co., Ltd.", "en", "organizations")
    >>> [(f.text, f.name) for f in _defined_term_mentions(doc, [], [m]) if f.source == "defined_terms"]
    [('Company', 'Alpha Medical Co., Ltd.')]
    """
    terms: dict[str, FoundMention] = {}
    definitions: list[tuple[int, int]] = []
    for m in mentions:
        if m.type not in _ORG_KINDS:
            defined = defined_term_after(text, m.end)
            if defined is not None:
                terms.setdefault(defined[0], m)
                definitions.append(defined[1])
    if not terms:
        return mentions
    found: list[FoundMention] = []
    taken: list[tuple[int, int]] = list(definitions)  # nothing is read inside the quotes
    for term in sorted(terms, key=len, reverse=True):
        org = terms[term]
        for start, end in term_uses(text, term):
            if start < org.end or any(start < e and s_ < end for s_, e in taken):
                continue
            taken.append((start, end))
            found.append(FoundMention(term, start, end, org.type, org.name, org.language, "defined_terms"))
    kept = [m for m in mentions if not any(s_ <= m.start and m.end <= e for s_, e in taken)]
    return kept + found


def _drop_places_in_acronyms(mentions) -> list[FoundMention]:
    """Without the places read inside a short name used with its acronym ("ULS | Coimbra")."""
    spans = [(m.start, m.end) for m in mentions if m.source == "acronyms" and " " in m.text]
    if not spans:
        return mentions
    return [m for m in mentions if not (m.type in ("City", "Region", "Country")
                                        and any(s <= m.start and m.end <= e for s, e in spans))]


def _acronym_mentions(sentences, mentions, covered) -> list[FoundMention]:
    """Stand-alone uses of defined acronyms and of camel-case name openers."""
    defined: dict[str, FoundMention] = {}
    openers: dict[str, FoundMention] = {}
    for m in mentions:
        if m.type in ("Person", "City", "Region", "Country"):
            continue
        if m.acronym:
            defined.setdefault(m.acronym.split()[0], m)  # "ULS" of "(ULS Coimbra)" too
        first = m.text.split()[0] if " " in m.text else ""
        if first and _is_name_opener(first) and not first.isupper():
            openers.setdefault(first, m)
    if not defined and not openers:
        return []
    found = []
    for sw in sentences:
        for word in sw.words:
            prefix = word.text.split("-", 1)[0]
            if word.start not in covered and prefix != word.text and prefix in defined:
                # an acronym opening a hyphenated compound: "IHK-Hauptgeschäftsführer"
                org = defined[prefix]
                found.append(FoundMention(prefix, word.start, word.start + len(prefix), org.type,
                                          org.name, sw.language, "acronyms", acronym_of=org.name))
                continue
            genitive = word.text[:-1] if word.text.endswith("s") and word.text[:-1] in defined \
                and (sw.language or "") in _GENITIVE_LANGUAGES else None  # (mixed case too: "SiBs")
            if genitive in defined and word.start not in covered:
                org = defined[genitive]  # "NCHCs generalsekretær": the acronym in the genitive
                found.append(FoundMention(word.text, word.start, word.end, org.type, org.name,
                                          sw.language, "acronyms", acronym_of=org.name))
                continue
            if word.start in covered or (word.text not in defined and word.text not in openers):
                continue
            if word.text in defined:
                org = defined[word.text]
                end = _short_name_end(sw, word, org.acronym)
                found.append(FoundMention(sw.sentence.text[word.start - sw.sentence.start:end - sw.sentence.start],
                                          word.start, end, org.type, org.name,
                                          sw.language, "acronyms", acronym_of=org.name))
            else:
                org = openers[word.text]
                type_ = org.type if org.type in ("Hospital", "University", "Company") else "Organization"
                found.append(FoundMention(word.text, word.start, word.end, type_, word.text,
                                          sw.language, "acronyms"))
    return found


_GENITIVE_LANGUAGES = {"de", "nl", "da", "sv", "no"}
_MIN_BRAND = 4
#: a town smaller than this may share its name with a company's brand after the company's city
_SMALL_PLACE = 100_000


def _based_compound_places(sentences, covered, language) -> list[FoundMention]:
    """The known place opening a seat word ("Munich-based", "Odense-baserede",
    "Göteborgsbaserade") or a delegation word ("Tianjin-delegation") no other mention covers:
    "the Munich-based X" names Munich (the relation patterns read "<place>-based X")."""
    from healthkg.loaders.extraction.demonyms import PLACE_COMPOUND_CLASSES, based_place

    found = []
    for sw in sentences:
        for word in sw.words:
            if not word.cap or word.start in covered:
                continue
            based = based_place(word.text, sw.language or language, PLACE_COMPOUND_CLASSES)
            if based is None:
                continue
            written, place = based
            found.append(FoundMention(written, word.start, word.start + len(written), place.type,
                                      place.name, sw.language or language, "based_places", place))
    return found


def _group_of_brand(companies: dict[str, FoundMention]) -> FoundMention | None:
    """The company a short form shared by several companies names: the group, not its
    subsidiaries. A subsidiary names its market or seat after the brand ("Tianmu Europe
    GmbH", "Skarvik (Harbin) Medical Equipment", "Lanbo Italia S.r.l."); of the names left,
    the group's opens with the place it is from ("Anhui Tianmu Medical Co., Ltd."
    beside "Tianmu Medizintechnik GmbH"). ``None`` when that leaves no single company.

    >>> found = lambda name: FoundMention(name, 0, len(name), "Company", name, "en", "test")
    >>> names = ["Tianmu Medizintechnik GmbH", "Anhui Tianmu Medical Co., Ltd."]
    >>> _group_of_brand({n: found(n) for n in names}).name
    'Anhui Tianmu Medical Co., Ltd.'
    >>> _group_of_brand({n: found(n) for n in ["Tianmu Medical Co., Ltd.", "Tianmu Europe GmbH"]}).name
    'Tianmu Medical Co., Ltd.'
    >>> _group_of_brand({n: found(n) for n in ["Inner Mongolia Tianmu Co., Ltd.", "Tianmu Italia S.r.l."]}).name
    'Inner Mongolia Tianmu Co., Ltd.'
    """
    from healthkg.loaders.gazetteer import gazetteer

    def names_market(name: str) -> bool:
        words = name.split()
        later = words[_opening_place_size(words) + 1:]  # after the place it is from and the brand
        return any((place := gazetteer().get(w.strip("(),"))) is not None
                   and (place.type in ("Country", "Region") or w.startswith("(")) for w in later)

    candidates = [m for name, m in companies.items() if not names_market(name)]
    if len(candidates) > 1:
        candidates = [m for m in candidates if _opening_place_size(m.name.split()) > 0]
    return candidates[0] if len(candidates) == 1 else None


def _opening_place_size(words: list[str]) -> int:
    """How many of a company name's first words (three at most, and never all) name the place
    it is from, or 0 ("Hong Kong Lanbo Medical" -> 2, "Lanbo Medical" -> 0).

    >>> _opening_place_size("Hong Kong Lanbo Medical".split()), _opening_place_size(["Lanbo", "Medical"])
    (2, 0)
    """
    from healthkg.loaders.gazetteer import gazetteer

    return next((k for k in (3, 2, 1) if len(words) > k and gazetteer().get(" ".join(words[:k]))), 0)


def _without_legal_form(name: str) -> str | None:
    """A body's name without the legal form that closes it, when one word or more of its own
    name is left ("Vardøsykehuset HF" -> "Vardøsykehuset").

    >>> _without_legal_form("Vardøsykehuset HF"), _without_legal_form("Region Skåne")
    ('Vardøsykehuset', None)
    """
    words = name.split()
    if len(words) < 2 or not is_legal_form(Word(words[-1], 0, len(words[-1]))):
        return None
    return " ".join(words[:-1])


def _short_forms(name: str, lex) -> list[str]:
    """Shorter names a company goes by after its full name: without the legal form
    ("Medivio GmbH" -> "Medivio"), its first words ("Saúde Paulista Distribuidora Ltda." ->
    "Saúde Paulista"), without the city it is from ("Wuxi Tianmu Medical Technology Co.,
    Ltd." -> "Tianmu Medical Technology", "Tianmu Medical", "Tianmu"; the brand may be a
    small town's name too: "Xiamen Lianhua Biotech" -> "Lianhua"), its brand before words of
    its trade (``common/sector_words.txt``: "Noordkant Diagnostics B.V." -> "Noordkant"), its
    brand after a head word that opens it ("Laboratorios Biolitoral S.A." -> "Biolitoral"), a
    coined brand before any words but a market's (:func:`~.word_frequency.is_coined`: "Kavrion
    Helse AS" -> "Kavrion"; a subsidiary's "Kavrion Nordic AB" leaves the brand alone to
    its group).

    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _short_forms("Noordkant Diagnostics B.V.", lexicon("nl"))
    ['Noordkant Diagnostics', 'Noordkant']

    A name of brand and trade alone goes by its brand ("Skarvik Diagnostics" -> "Skarvik"), a
    group by its brand and ``common/group_words.txt`` ("Lanshan Group"):

    >>> _short_forms("Skarvik Diagnostics", lexicon("sv"))
    ['Skarvik']
    >>> _short_forms("Kavrion Helse AS", lexicon("no")), _short_forms("Nordic Lysverk AS", lexicon("no"))
    (['Kavrion Helse', 'Kavrion'], ['Nordic Lysverk'])
    >>> _short_forms("Kavrion Nordic AB", lexicon("sv"))
    ['Kavrion Nordic']
    >>> _short_forms("Xiamen Lintel Medical Instruments", lexicon("sv"))
    ['Lintel Medical Instruments', 'Lintel']
    >>> "Lanshan Group" in _short_forms("Kunming Lanshan Pharmaceutical Group Co., Ltd.", lexicon("en"))
    True
    """
    from healthkg.loaders.extraction.lexicon import is_pinyin_given, legal_forms
    from healthkg.loaders.extraction.rulefiles import load_words, normalize
    from healthkg.loaders.extraction.relations.subsidiary_names import is_geographic
    from healthkg.loaders.extraction.word_frequency import is_coined
    from healthkg.loaders.gazetteer import gazetteer

    words = name.split()
    stripped = False
    while words and normalize(words[-1].rstrip(",")) in legal_forms():
        words.pop()
        stripped = True
    sector = _TradeWords(load_words("", "sector_words.txt"))
    if not stripped and len(words) >= 2 and all(normalize(w) in sector for w in words[1:]) \
            and _brand(words[0], lex):
        return [words[0]]  # "Skarvik Diagnostics" -> "Skarviks administrerende direktør"
    if not stripped and len(words) >= 3 and gazetteer().get(words[0]) is not None \
            and all(normalize(w) in sector for w in words[2:]) and _brand(words[1], lex, small_place=True):
        return [" ".join(words[1:]), words[1]]  # "Nanchang Lintel Medical Instruments" -> "Lintels vice vd"
    if not stripped or not words:
        return []
    cores = [words]
    place_size = _opening_place_size(words)
    if place_size:  # the place it is from may take two words or three: "Hong Kong Lanxin ..."
        cores.append(words[place_size:])
    forms: list[str] = []
    groups = load_words("", "group_words.txt")
    for core in cores:
        if len(core) >= 3 and normalize(core[-1]) in groups and _brand(core[0], lex, small_place=core is not words):
            forms.append(f"{core[0]} {core[-1]}")  # "Lanshan Pharmaceutical Group" -> "Lanshan Group"
        for size in range(len(core), 1, -1):
            if core is not words or size > place_size:  # the place alone is the place
                forms.append(" ".join(core[:size]))
        single = core[0]
        if (len(core) == 1 or (core is not words and is_pinyin_given(single))
                or all(normalize(w) in sector for w in core[1:])
                or (is_coined(single, lex.language) and not any(is_geographic(w) for w in core[1:]))) \
                and _brand(single, lex, small_place=core is not words):
            forms.append(single)
        if len(core) == 2 and lex.head_of(core[0]) is not None and _brand(core[1], lex):
            forms.append(core[1])  # "Laboratorios Biolitoral S.A." -> "Biolitoral", "Grupo Vithas SL" -> "Vithas"
        if len(core) == 2 and core is words and _named_compound(core[0], lex):
            forms.append(core[0])  # "Synscentret Vestby ApS" -> "Synscentret", "Synscentrets direktør"
        if core is not words and len(core) >= 3 and _brand(core[0], lex, any_place=True):
            # the brand and one later word of its trade: "Ningbo Lanhe Tea Health Technology" ->
            # "Lanhe Health" (two words name no place, so the brand may be a town's name too)
            forms += [f"{core[0]} {w}" for w in core[2:] if normalize(w) in sector]
    forms += _clipped_trade_forms(forms, sector)
    return [f for f in dict.fromkeys(forms) if f != name]


def _named_compound(word: str, lex) -> bool:
    """Whether a word is a compound of a name part and a head noun ("Synscentret", "Tandhuset"),
    not a bare head ("Centret") or a generic compound ("Universitetshospitalet"): it opens a
    company's name of two words and names it alone.

    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _named_compound("Synscentret", lexicon("da")), _named_compound("Centret", lexicon("da"))
    (True, False)
    """
    return word.isalpha() and word[:1].isupper() and lex.head_of(word) is not None \
        and not is_bare_head(word, lex) and not generic_compound(word)


def _clipped_trade_forms(forms: list[str], sector) -> list[str]:
    """Short forms whose last trade word is clipped to a shorter trade word it begins with
    ("Taihang Pharmaceutical" -> "Taihang Pharma", "Lianhua Technology" -> "Lianhua Tech").

    >>> _clipped_trade_forms(["Taihang Pharmaceutical", "Taihang"], _TradeWords({"pharma", "pharmaceutical"}))
    ['Taihang Pharma']
    """
    from healthkg.loaders.extraction.rulefiles import normalize

    clipped = []
    for form in forms:
        words = form.split()
        if len(words) < 2:
            continue
        last = normalize(words[-1])
        clipped += [" ".join(words[:-1] + [short.capitalize()]) for short in sorted(sector.words)
                    if len(short) >= 3 and short != last and last.startswith(short) and short.isalpha()]
    return clipped


class _TradeWords:
    """Words of a trade (``common/sector_words.txt``), also joined by hyphens
    ("Arzneimittel-Großhandel").

    >>> "arzneimittel-großhandel" in _TradeWords({"arzneimittel", "großhandel"})
    True
    """

    def __init__(self, words):
        self.words = words

    def __contains__(self, word: str) -> bool:
        return word in self.words or ("-" in word and all(p in self.words for p in word.split("-")))


def _seat_short_forms(name: str, lex) -> list[str]:
    """The name of a body without the city that closes it, when what is left is one word that
    names it alone, a compound of a name and a head ("Donauklinikum Regensburg" ->
    "Donauklinikum", "des Donauklinikums"), not a bare head ("Universitätsklinikum Düsseldorf").

    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _seat_short_forms("Donauklinikum Regensburg", lexicon("de")), _seat_short_forms("Universitätsklinikum Düsseldorf", lexicon("de"))
    (['Donauklinikum'], [])
    """
    from healthkg.loaders.gazetteer import gazetteer

    words = name.split()
    if len(words) != 2 or not words[0].isalpha() or not words[0][:1].isupper():
        return []
    place = gazetteer().get(words[1])
    if place is None or place.type != "City" or lex.head_of(words[0]) is None \
            or lex.heads.get((words[0].lower(),)) is not None or generic_compound(words[0]):
        return []
    return [words[0]]


def _headed_short_form(name: str, lex) -> str | None:
    """The name beside a bare head in a body's name of two words, when it can name the body
    alone ("Hogeschool Windesheim" -> "Windesheim", "Kirkbride Hospital" -> "Kirkbride"; not
    "Klinikum Passau"), or the saint's name that closes a longer one (:func:`_saint_tail`). Such a name
    may be a region's as well ("Universiteit Twente"), so it is not read after a word of place.

    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _headed_short_form("Hogeschool Windesheim", lexicon("nl")), _headed_short_form("Klinikum Passau", lexicon("de"))
    ('Windesheim', None)
    >>> _headed_short_form("Kirkbride Hospital", lexicon("en")), _headed_short_form("Aarhus Universitetshospital", lexicon("da"))
    ('Kirkbride', None)
    """
    words = name.split()
    saint = _saint_tail(words, lex)
    if saint is not None:
        return saint
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return None
    if is_bare_head(words[1], lex) and not is_bare_head(words[0], lex):
        return words[0] if _brand(words[0], lex) else None  # "Kirkbride Hospital" -> "Kirkbride"
    if not is_bare_head(words[0], lex) and not generic_compound(words[0]):
        return None
    return words[1] if _brand(words[1], lex) else None


def _saint_tail(words: list[str], lex) -> str | None:
    """The saint's name that closes a body's name after its heads and acronyms, which names
    the body alone ("IRCCS Ospedale Policlinico San Matteo" -> "San Matteo", "il San Matteo").

    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _saint_tail("IRCCS Ospedale Policlinico San Matteo".split(), lexicon("it")), _saint_tail(["San", "Matteo"], lexicon("it"))
    ('San Matteo', None)
    >>> _saint_tail("Ospedale San Matteo di Pavia".split(), lexicon("it"))
    'San Matteo'

    """
    from healthkg.loaders.gazetteer import gazetteer

    if len(words) > 4 and words[-2].lower() in lex.connectors and gazetteer().get(words[-1]) is not None:
        words = words[:-2]  # "... San Matteo di Pavia"
    if len(words) < 3 or words[-2].lower() not in load_words("", "name_prefixes.txt") \
            or not (words[-1].isalpha() and words[-1][:1].isupper()) or lex.is_stopword(words[-1]):
        return None
    before = words[:-2]
    if all(is_bare_head(w, lex) or (w.isupper() and w.isalpha()) for w in before) and any(is_bare_head(w, lex) for w in before):
        return " ".join(words[-2:])
    return None


def _brand(word: str, lex, small_place: bool = False, any_place: bool = False) -> bool:
    """Whether one word of a company's name can name it alone: capitalised letters, no stop
    word, first name, head noun or known place (when ``small_place``, a town smaller than
    ``_SMALL_PLACE`` or one news hardly writes of (:func:`~.word_frequency.is_coined`):
    "Lianhua" after the company's city; any place when ``any_place``, for a brand that opens a
    short form of two words).

    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _brand("Biolitoral", lexicon("es")), _brand("Hospital", lexicon("es")), _brand("Madrid", lexicon("es"))
    (True, False, False)
    """
    from healthkg.loaders.extraction.lexicon import first_names
    from healthkg.loaders.extraction.word_frequency import is_coined
    from healthkg.loaders.gazetteer import gazetteer

    if len(word) < _MIN_BRAND or not word.isalpha() or not word[:1].isupper() or lex.is_stopword(word) \
            or word in first_names() or lex.head_of(word) is not None:
        return False
    place = gazetteer().get(word)
    return place is None or any_place or (small_place and (place.population < _SMALL_PLACE
                                                           or is_coined(word, lex.language)))


#: kinds of bodies named "<compound> <city>" that go by the compound alone
_SEATED_KINDS = ("Hospital", "University", "ResearchInstitute")


def _short_name_mentions(sentences, mentions, language) -> list[FoundMention]:
    """Mentions of companies by a short name (see :func:`_short_forms`); such a mention
    wins over a place read inside it ("Saúde Paulista" is not the city of Paulista)."""
    companies = [m for m in mentions if m.type == "Company" and m.acronym_of is None]
    lex = lexicon(language)
    forms: dict[tuple[str, ...], FoundMention] = {}
    # short forms once per name (a name has many mentions): companies', and a hospital's,
    # university's or institute's without the city that closes it ("Donauklinikum Regensburg")
    short_of = {name: set(_short_forms(name, lex)) for name in {m.name for m in companies}}
    not_after_place_word: set[tuple[str, ...]] = set()
    for name in {m.name for m in mentions if m.type in _SEATED_KINDS and m.acronym_of is None}:
        forms_of_name = _seat_short_forms(name, lex)
        headed = _headed_short_form(name, lex)
        if headed is not None:
            forms_of_name.append(headed)
            not_after_place_word.add(tuple(headed.split()))
        if forms_of_name:
            short_of[name] = set(forms_of_name)
    # any other body's name without the legal form that closes it ("Vardøsykehuset HF")
    for name in {m.name for m in mentions if m.type not in _ORG_KINDS and m.type != "Company"
                 and m.acronym_of is None}:
        bare = _without_legal_form(name)
        if bare is not None:
            short_of.setdefault(name, set()).add(bare)
    bodies = [m for m in mentions if m.name in short_of and m.acronym_of is None and m.type not in _ORG_KINDS]
    # a company named by another's short form is that company ("Qihang Medical Technology Co.,
    # Ltd." ... "Chairman of Qihang Medical Technology"): its own short forms are the other's
    retold_names = {name for name in short_of for forms_of_other in short_of.values() if name in forms_of_other}
    owners: dict[tuple[str, ...], dict[str, FoundMention]] = {}
    for m in bodies:
        if m.name in retold_names:
            continue
        for form in short_of[m.name]:
            owners.setdefault(tuple(form.split()), {}).setdefault(m.name, m)
    # "Tianmu": the group or its German subsidiary; the brand alone names the group
    for key, by_name in owners.items():
        owner = by_name[next(iter(by_name))] if len(by_name) == 1 else _group_of_brand(by_name)
        if owner is not None:
            forms[key] = owner
    if not forms:
        return mentions
    # a company read on its own whose name is another's short form is that company ("Kunming
    # Lanshan Pharmaceutical Group Co., Ltd." ... "chairman of Lanshan Group")
    # (so is a bare name read after a title: "voorzitter van Meilin")
    retold = {(m.start, m.end) for m in mentions if (m.type == "Company" and m.source != "short_names"
                                                    or m.source == "titled_bodies")
              and tuple(m.text.split()) in forms and forms[tuple(m.text.split())].name != m.name}
    org_spans = [(m.start, m.end) for m in mentions if m.type not in ("City", "Region", "Country")
                 and (m.start, m.end) not in retold]
    # a "person" that is exactly a company's short name is the company ("Dora Robotica S.r.l."
    # ... "di Dora Robotica, ing. Federica Rossi"): a company's name is no one's name
    persons = {(m.start, m.end) for m in mentions if m.type == "Person"}
    org_spans = [span for span in org_spans if span not in persons]

    # a bare name read after a title, or a term the text defined, is read again inside a longer
    # short form ("Daglig leder i Fjordlys Marin": the company, misspelt, not a body
    # "Fjordlys" and the town Marín; "Lanmei" defined for the group, inside "Lanmei
    # Diagnostics Europe", its subsidiary's name without the legal form)
    after_titles = {(m.start, m.end) for m in mentions if m.source in ("titled_bodies", "defined_terms")}

    def blocked(start: int, end: int) -> bool:
        return any(start < e and s_ < end and not ((s_, e) in after_titles and start <= s_ and e <= end)
                   for s_, e in org_spans) or any(
            start < e and s_ < end and (s_, e) != (start, end) for s_, e in persons)

    found: list[FoundMention] = []
    for sw in sentences:
        words = sw.words
        # a sentence quoting English in a Danish text still writes "Meilins bestyrelsesformand"
        genitive = (sw.language or language) in _GENITIVE_LANGUAGES or language in _GENITIVE_LANGUAGES
        k = 0
        while k < len(words):
            compound = _compound_with_short_name(words[k], forms, lex)
            if compound is not None:
                org, end = compound
                start = words[k].start
                if not blocked(start, end):
                    found.append(FoundMention(sw.sentence.text[start - sw.sentence.start:end - sw.sentence.start],
                                              start, end, org.type, org.name, sw.language or language,
                                              "short_names"))
                k += 1
                continue
            hit = None
            for key, org in sorted(forms.items(), key=lambda kv: -len(kv[0])):
                size = len(key)
                run = [w.text for w in words[k:k + size]]
                if len(run) < size:
                    continue
                owner = genitive and run[:-1] == list(key[:-1]) and run[-1] == key[-1] + "s"
                if not owner and run[0][:1] == key[0][:1] and run != list(key) \
                        and _misspelt_form(run, key, words[k:k + size], lex):
                    run = list(key)  # "Quingxiu" for "Qingxiu", "Ganjian Medical" for "Ganjiang Medical"
                if run[:-1] != list(key[:-1]):
                    continue
                if run[-1] == key[-1] or owner:
                    if k + size < len(words) and words[k + size].cap and words[k + size].alpha and not owner:
                        continue  # part of a longer name (not after a genitive: German "Lanbos Umsatz")
                    if key in not_after_place_word and k > 0 and words[k - 1].lower in IN_WORDS:
                        continue  # "productie in Twente": the region, not "Universiteit Twente"
                    hit = (size, org)
                    break
            if hit is None:
                k += 1
                continue
            size, org = hit
            start, end = words[k].start, words[k + size - 1].end
            if not blocked(start, end):
                found.append(FoundMention(sw.sentence.text[start - sw.sentence.start:end - sw.sentence.start],
                                          start, end, org.type, org.name, sw.language or language,
                                          "short_names"))
            k += size
    if not found:
        return mentions
    spans = [(f.start, f.end) for f in found]
    # a company read on its own inside a longer short form gives way too ("Lanmei Diagnostics"
    # in "Lanmei Diagnostics Europe", the subsidiary's name without its legal form)
    kept = [m for m in mentions if (m.type not in ("City", "Region", "Country")
            or not any(m.start < e and s_ < m.end for s_, e in spans))
            and not ((m.type in ("Person", "Company") or m.source == "titled_bodies") and (m.start, m.end) in spans
                     and (m.type == "Person" or (m.start, m.end) in retold))
            and not (((m.start, m.end) in retold or (m.start, m.end) in after_titles)
                     and any(s_ <= m.start and m.end <= e for s_, e in spans))]
    return kept + found


#: the shortest brand word whose misspelling (one letter added, dropped, changed or two swapped) is read
MIN_MISSPELT_BRAND = 5


def _one_edit(written: str, known: str) -> bool:
    """Whether ``written`` misspells ``known`` by one edit (rapidfuzz's optimal string alignment:
    a letter added, dropped, changed or two swapped) and keeps its first letter.

    >>> _one_edit("Quingxiu", "Qingxiu"), _one_edit("Brinckhaus", "Brinkhaus"), _one_edit("Qing", "Qingxiu")
    (True, True, False)
    """
    from rapidfuzz.distance import OSA

    return written[:1] == known[:1] and abs(len(written) - len(known)) <= 1 and OSA.distance(written, known) == 1


def _word_of_its_own(text: str, lex, places: bool = True) -> bool:
    """Whether a capitalised word is a stop word, a head noun or (with ``places``) a first name or
    a known place: then it misspells no name."""
    from healthkg.loaders.extraction.lexicon import first_names
    from healthkg.loaders.gazetteer import gazetteer

    return bool(lex.is_stopword(text) or lex.head_of(text)) or places and (
        text in first_names() or gazetteer().get(text) is not None)


def _misspelt_form(run: list[str], key: tuple[str, ...], words, lex) -> bool:
    """Whether the words of ``run`` are a company's short form ``key`` with one word misspelt, as
    machine-translated news writes a brand again ("Quingxiu", "Qianyaun", "Ganjian Medical"): one
    edit (rapidfuzz's optimal string alignment), same first letter, capitalised, and no word of its
    own (no place, first name, stop word or head).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word("Quingxiu", 0, 8)]
    >>> _misspelt_form(["Quingxiu"], ("Qingxiu",), ws, lexicon("nl")), _misspelt_form(["Qing"], ("Qingxiu",), ws, lexicon("nl"))
    (True, False)
    """
    differing = [(a, b, w) for a, b, w in zip(run, key, words) if a != b]
    if len(differing) != 1:
        return False
    written, brand, word = differing[0]
    if len(brand) < MIN_MISSPELT_BRAND or not word.cap or not word.alpha or not _one_edit(written, brand):
        return False
    # after the brand written right, a later word may be misspelt into a place's name
    # ("Fjordlys Marin" for "Fjordlys Marine")
    return not _word_of_its_own(written, lex, places=run[0] != key[0])


def _compound_with_short_name(word, forms, lex):
    """``(company, end offset)`` of a hyphenated compound opening with a company's one-word
    short name: the whole word for the group itself ("Tianmu-Gruppe"), only the name before
    a title ("Tianmu-Chefin"); ``None`` otherwise."""
    prefix, _, suffix = word.text.partition("-")
    if not suffix or not suffix[:1].isupper() or not suffix.isalpha():
        return None
    org = forms.get((prefix,))
    if org is None:
        return None
    if lex.is_title(suffix):
        return org, word.start + len(prefix)
    return org, word.end


#: recognizers of bare names (no head noun) whose names are looked for again in the document
_BARE_NAME_SOURCES = ("organizers", "typed_names")


def _repeated_organizer_mentions(sentences, mentions) -> list[FoundMention]:
    """Every other place a bare name read as an organizer stands ("s'est tenu au siège de
    Lyonbiopôle, ..." when "co-organisé par Lyonbiopôle" names it): the words of the name,
    not inside another mention and not followed by a capitalised word."""
    names = {tuple(m.text.split()): m for m in mentions if m.source in _BARE_NAME_SOURCES}
    if not names:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    found: list[FoundMention] = []
    for sw in sentences:
        words = sw.words
        for k in range(len(words)):
            for key, org in names.items():
                size = len(key)
                if tuple(w.text for w in words[k:k + size]) != key:
                    continue
                if k + size < len(words) and words[k + size].cap and words[k + size].alpha:
                    continue  # part of a longer name
                start, end = words[k].start, words[k + size - 1].end
                if any(start < e and s_ < end for s_, e in taken):
                    continue
                found.append(FoundMention(org.text, start, end, org.type, org.name,
                                          sw.language or org.language, "organizers"))
                taken.append((start, end))
    return mentions + found


def _sentence_initial_mentions(sentences, mentions) -> list[FoundMention]:
    """A one-word body or place the document names elsewhere, written again as the first word
    of a sentence, where a capital proves nothing and the recognizers leave one word alone
    ("Prosjektet ledes fra Helgelandssykehuset. Helgelandssykehuset, UiT og X skal ..."): the
    same body or place, unless a capitalised word follows (a longer name) or a mention covers it.

    >>> from types import SimpleNamespace as Ns
    >>> from healthkg.loaders.extraction.tokens import Word
    >>> known = FoundMention("Holbæksygehuset", 10, 24, "Hospital", "Holbæksygehuset", "da", "organizations")
    >>> sw = Ns(words=[Word("Holbæksygehuset", 30, 44), Word("er", 45, 47)], language="da")
    >>> [(m.text, m.start) for m in _sentence_initial_mentions([sw], [known])]
    [('Holbæksygehuset', 10), ('Holbæksygehuset', 30)]
    """
    names = {m.text: m for m in mentions if " " not in m.text and not m.headline and m.acronym_of is None
             and m.type != "Person"}
    if not names:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    found: list[FoundMention] = []
    for sw in sentences:
        words = sw.words
        k = next((i for i, w in enumerate(words) if w.alpha), None)
        if k is None or words[k].text not in names:
            continue
        if k + 1 < len(words) and words[k + 1].cap and words[k + 1].alpha:
            continue  # the first word of a longer name
        start, end = words[k].start, words[k].end
        if any(start < e and s_ < end for s_, e in taken):
            continue
        known = names[words[k].text]
        found.append(FoundMention(known.text, start, end, known.type, known.name, sw.language or known.language,
                                  known.source, place=known.place))
        taken.append((start, end))
    return mentions + found


def _titled_bodies_named_before(mentions) -> None:
    """A bare name read after a title that opens the name of exactly one body of the
    document is that body ("Lyngvær Helseteknologi AS" ... "Daglig leder i Lyngvær").

    >>> a = FoundMention("Lyngvær Helseteknologi AS", 0, 25, "Company", "Lyngvær Helseteknologi AS", "no", "organizations")
    >>> b = FoundMention("Lyngvær", 40, 47, "Organization", "Lyngvær", "no", "titled_bodies")
    >>> _titled_bodies_named_before([a, b]); (b.name, b.type)
    ('Lyngvær Helseteknologi AS', 'Company')
    """
    bodies = [m for m in mentions if m.type not in _ORG_KINDS and m.source != "titled_bodies"]
    for m in mentions:
        if m.source != "titled_bodies":
            continue
        words = m.text.split()
        owners = {b.name: b for b in bodies if b.name.split()[:len(words)] == words and len(b.name.split()) > len(words)}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            m.name, m.type = owner.name, owner.type


def _case_variant_mentions(sentences, mentions) -> list[FoundMention]:
    """An organization named again with its head in lower case ("het Catharina ziekenhuis"
    after "het Catharina Ziekenhuis"): the same words, the first written the same, the
    others in any case, not inside another mention."""
    names = {}
    for m in mentions:
        words = m.text.split()
        if m.type not in _ORG_KINDS and len(words) > 1 and m.acronym_of is None:
            names.setdefault(tuple(w.casefold() for w in words), m)
    if not names:
        return mentions
    longest = max(len(key) for key in names)
    # a place read inside the name gives way ("Delta" in "het Delta ziekenhuis")
    taken = [(m.start, m.end) for m in mentions if m.type not in ("City", "Region", "Country")]
    first_words = {org.text.split()[0] for org in names.values()}
    found: list[FoundMention] = []
    for sw in sentences:
        words = sw.words
        for k in range(len(words)):
            if words[k].text not in first_words:  # the first word is written the same
                continue
            for size in range(min(longest, len(words) - k), 1, -1):
                org = names.get(tuple(w.lower for w in words[k:k + size]))
                if org is None or words[k].text != org.text.split()[0]:
                    continue
                start, end = words[k].start, words[k + size - 1].end
                if any(start < e and s_ < end for s_, e in taken):
                    break
                text = sw.sentence.text[start - sw.sentence.start:end - sw.sentence.start]
                found.append(FoundMention(text, start, end, org.type, org.name,
                                          sw.language or org.language, "case_variants"))
                taken.append((start, end))
                break
    kept = [m for m in mentions if not any(s_ <= m.start and m.end <= e for s_, e in
                                           ((f.start, f.end) for f in found))]
    return kept + found


def _opens_with_surname(words, lex) -> bool:
    """Whether the sentence's first word can be a surname alone: a comma or a lower-case
    word follows, and it is no place or stop word ("Marchal, directrice ...", not "France, ...")."""
    from healthkg.loaders.gazetteer import gazetteer

    if len(words) < 2 or lex.is_stopword(words[0].text) or gazetteer().get(words[0].text) is not None:
        return False
    follower = words[1].text
    return follower == "," or (follower[:1].isalpha() and follower[:1].islower())


def _surname_mentions(sentences, mentions, language) -> list[FoundMention]:
    """A person's surname alone after a title ("a déclaré Mme Dumont"), for people the
    document names in full; it wins over a place of the same spelling. A surname alone is
    one too as the subject before a lower-case verb, of someone named before that no other
    mention covers ("Doyle visited Nanning", "Dörr besuchte Nanning"), or opening a sentence
    before a comma or a lower-case word when it names no place ("Marchal, directrice générale
    du CHU de Nantes, ...", "Molina firmó ...")."""
    surnames: set[str] = set()
    for m in mentions:
        if m.type == "Person" and len(m.name.split()) >= 2:
            surnames.update(_surnames_of(m.name))  # "SHANGGUAN Lihua" ... "guidata da Shangguan"
    if not surnames:
        return mentions
    taken = {(m.start, m.end) for m in mentions if m.type == "Person"}
    found: list[FoundMention] = []
    for sw in sentences:
        lex = lexicon(sw.language or language)
        words = sw.words
        for k, word in enumerate(words):
            if (word.start, word.end) in taken:
                continue
            surname = word.text if word.text in surnames else _misspelt_surname(word, surnames, lex)
            if surname is None:
                continue
            if k == 0:
                if _bare_subject(words, k, mentions, surname) or _opens_with_surname(words, lex):
                    found.append(FoundMention(word.text, word.start, word.end, "Person", surname,
                                              sw.language or language, "surnames"))
                continue
            if not lex.is_title(words[k - 1].text) or (k + 1 < len(words) and words[k + 1].cap):
                if not _bare_subject(words, k, mentions, surname) and not _surname_in_running_text(words, k):
                    continue
            found.append(FoundMention(word.text, word.start, word.end, "Person", surname,
                                      sw.language or language, "surnames"))
    if not found:
        return mentions
    spans = [(f.start, f.end) for f in found]
    kept = [m for m in mentions if m.type == "Person" or m.type not in ("City", "Region", "Country")
            or not any(m.start < e and s < m.end for s, e in spans)]
    covered = [(m.start, m.end) for m in kept]
    return kept + [f for f in found if not any(f.start < e and s < f.end for s, e in covered)]


#: the shortest surname whose misspelling alone (one letter added, dropped, changed or two swapped) is read
MIN_MISSPELT_SURNAME = 6


def _misspelt_surname(word, surnames: set[str], lex) -> str | None:
    """The known surname a capitalised word misspells by one edit, as machine-translated news
    writes a name again ("Brinckhaus" after "Malte Brinkhaus"): the same first letter, a surname
    of :data:`MIN_MISSPELT_SURNAME` letters or more, only one such surname, and no word of its own
    (no place, first name, stop word or head).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> _misspelt_surname(Word("Brinckhaus", 0, 10), {"Brinkhaus"}, lexicon("pt"))
    'Brinkhaus'
    >>> _misspelt_surname(Word("Berg", 0, 4), {"Borg"}, lexicon("sv")) is None
    True
    """
    text = word.text
    if not word.cap or not word.alpha or len(text) < MIN_MISSPELT_SURNAME - 1:
        return None
    close = [s for s in surnames if len(s) >= MIN_MISSPELT_SURNAME and _one_edit(text, s)]
    return close[0] if len(close) == 1 and not _word_of_its_own(text, lex) else None


def _surname_in_running_text(words, k) -> bool:
    """Whether a known surname stands between a lower-case word and a comma, a stop or a
    lower-case word, and names no place by its own name ("chefiada por Cavalcanti, visitou",
    "guidata da Qu e"): the person named before in full. A place's other name is no match for
    a Chinese surname of one pinyin syllable ("sagte Chen.": GeoNames lists Chen among the names
    of Chenzhou), but is for any other ("seguiu para Lisboa", the city of Lisbon).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "chefiada por Cavalcanti , visitou".split()]
    >>> _surname_in_running_text(ws, 2), _surname_in_running_text([Word(t, 0, 0) for t in "por Paris ,".split()], 1)
    (True, False)
    >>> _surname_in_running_text([Word(t, 0, 0) for t in "sagte Chen .".split()], 1)
    True
    >>> _surname_in_running_text([Word(t, 0, 0) for t in "para Lisboa ,".split()], 1)
    False
    """
    from healthkg.loaders.extraction.lexicon import is_pinyin_given
    from healthkg.loaders.gazetteer import fold, gazetteer

    after = words[k + 1] if k + 1 < len(words) else None
    place = gazetteer().get(words[k].text)
    return k > 0 and words[k].cap and words[k - 1].text.isalpha() and words[k - 1].text.islower() \
        and (after is None or after.text in (",", ".", ";") or after.text.islower()) \
        and (place is None or (fold(place.name) != fold(words[k].text) and is_pinyin_given(words[k].text, 1)))


def _surnames_of(name: str) -> tuple[str, ...]:
    """How a person's surname is written alone: the last word, and a Chinese surname that
    opens the name as it is written in running text ("OUYANG Wei" ... "Ouyang").

    >>> _surnames_of("OUYANG Wei"), _surnames_of("Anna Berg")
    (('Wei', 'OUYANG', 'Ouyang'), ('Berg',))
    """
    from healthkg.loaders.extraction.lexicon import chinese_surnames

    parts = name.split()
    if len(parts) >= 2 and parts[0].lower() in chinese_surnames():
        return parts[-1], parts[0], parts[0].capitalize()
    return (parts[-1],) if parts else ()


def _bare_subject(words, k, mentions, surname: str | None = None) -> bool:
    """Whether the word ``k`` stands alone before a lower-case word (a verb), opening the
    sentence or after a lower-case word or a comma, the surname of a person named in full
    before it, and no mention but a place's covers it.

    "Doyle visited Nanning": yes; "Doyle Street", "Mount Doyle visited": no.
    """
    if k + 1 >= len(words) or not words[k + 1].text.isalpha() or not words[k + 1].text.islower():
        return False
    if k > 0 and words[k - 1].text[:1].isupper():
        return False
    start, end = words[k].start, words[k].end
    surname = surname or words[k].text  # (the surname a misspelling stands for)
    named_before = any(m.type == "Person" and m.end <= start and surname in _surnames_of(m.name)
                       for m in mentions)
    return named_before and not any(m.start < end and start < m.end for m in mentions
                                    if m.type not in ("City", "Region", "Country"))


def _confirm_headline_mentions(mentions, language) -> list[FoundMention]:
    """Drop people and organisations seen only in title-case lines ("Deal With Local Clinic")."""
    from healthkg.loaders.extraction.grouping import org_key
    from healthkg.loaders.gazetteer import _cached_fold as fold

    def key(m):
        return org_key(m.name, m.language or language) if m.type != "Person" else fold(m.name)

    confirmed = {key(m) for m in mentions if not m.headline and m.place is None}
    return [m for m in mentions if not m.headline or m.place is not None
            or m.type in ("City", "Region", "Country") or key(m) in confirmed]


def recognize_entities(doc: Document, recognizer_names=None) -> list[Entity]:
    """The people, organisations and places of a prepared document (see the module doc).

    ``recognizer_names`` chooses recognizers from the registry (default: all rule-based).
    The document must have gone through
    :func:`healthkg.loaders.sentences.prepare_document`; it is prepared here otherwise.
    """
    if not doc.sentences and doc.text.strip():
        from healthkg.loaders.sentences import prepare_document

        prepare_document(doc)
    chosen = recognizers(recognizer_names)
    sentences = _rejoin(document_sentences(doc), doc.text)
    mentions: list[FoundMention] = []
    covered: set[int] = set()
    for sw in sentences:
        try:
            found, cov = _sentence_mentions(sw, chosen, doc.language)
        except ExtractionError:
            raise
        except Exception as exc:  # a recognizer failed: name the document and the place
            raise ExtractionError(f"{doc.source}:{sw.sentence.start}: entity recognition failed: "
                                  f"{type(exc).__name__}: {exc}") from exc
        mentions.extend(found)
        covered |= cov
    mentions.extend(_acronym_mentions(sentences, mentions, covered))
    mentions = _drop_places_in_acronyms(mentions)
    mentions = _defined_term_mentions(doc.text, sentences, mentions)
    mentions.extend(_based_compound_places(sentences, covered, doc.language))
    mentions = _surname_mentions(sentences, mentions, doc.language)
    mentions = _short_name_mentions(sentences, mentions, doc.language)
    mentions = _repeated_organizer_mentions(sentences, mentions)
    mentions = _sentence_initial_mentions(sentences, mentions)
    mentions += [FoundMention(town, start, end, "City", town, language, "seat_towns")
                 for town, start, end, language in seat_town_spans(sentences, mentions, doc.language)]
    _titled_bodies_named_before(mentions)
    mentions = _case_variant_mentions(sentences, mentions)
    mentions = _confirm_headline_mentions(mentions, doc.language)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return group_mentions(mentions, doc.language)
