"""The relation and event rules of a set of languages, read from the rule files.

Rule files (format: ``healthkg/loaders/rules/README.md``) per language folder:

- ``role_titles.txt``, ``role_modifiers.txt``, ``role_inflections.tsv``: titles of roles;
- ``relation_words.tsv``: word classes (``of``, ``in``, ``with``, ``led_by``, ...);
- ``event_triggers.tsv``: event trigger classes (``agreement_verb``, ``meeting``, ...);
- ``common/relation_patterns.tsv``: pattern templates shared by every language.

A :class:`Lexicon` merges the files of several languages (the sentence's, the
document's and English, which machine-translated text mixes in) and turns phrases
and templates into regular expressions.

>>> lex = get_lexicon(("de",))
>>> bool(lex.search("agreement_verb", "Sie unterzeichneten ein Abkommen."))
True
>>> lex.base_title("Vorsitzenden")
'Vorsitzender'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from healthkg.loaders.extraction.rulefiles import RULES_DIR, language_row, load_lines

__all__ = ["Lexicon", "get_lexicon", "phrase_regex", "longest_first", "slot_regex", "SLOT_RE"]

#: A slot in a marked sentence: ``⟪O3⟫`` (P person, O organization, L place, then the slot index).
SLOT_RE = re.compile(r"⟪([POL])(\d+)⟫")
_SLOT_KINDS = {
    "PER": "P", "ORG": "O", "LOC": "L", "ORGLOC": "OL", "PERORG": "PO", "ENT": "POL",
}
_MACRO = re.compile(r"\{([A-Za-z_]+)(\?)?(?::([a-z0-9_]+))?\}( )?")
_FIXED = {
    "PAREN": r"(?:\s*\([^()⟪⟫]{0,40}\))?",
    "POSS": r"(?:'s|’s|:s|s'|s|')?",
    "LOWER": r"(?:[a-zß-ÿæøå][\w-]*\s){0,2}",
    # an optional short form in parentheses right after a name: "Technologiepark (TPR)", also when
    # no entity holds it ("Flanders Investment & Trade (FIT)")
    # an acronym or a term defined in brackets after a name: "(UZA)", "(⟪O1⟫)", "(« Laurentia » ou la « Société »)"
    "ALIAS": r"(?:\s*\((?:⟪[POL]\d+⟫|[A-ZÆØÅÄÖ][A-Za-z0-9ÆØÅÄÖæøåäö&-]{1,9}|(?:[a-z]{1,3} )?[«\"“„‘][^()]{1,80})\))?",
}


#: a capitalised word of a portfolio after a title ("Wethouder Economie", "Gedeputeerde Zorg")
PORTFOLIO_WORD = r"[A-ZÄÖÜÆØÅ][a-zäöüßæøåéèó]{2,}"

def _extra_case_letters() -> frozenset[str] | None:
    """The letters beyond ASCII that a case-insensitive regular expression matches with
    another lower-case letter (dotless "ı" and "i", long "ſ" and "s", Greek and Cyrillic
    variants), from the engine's own table; None where it cannot be read."""
    try:
        from re._casefix import _EXTRA_CASES as fixes  # Python 3.11 on
    except ImportError:
        try:
            from sre_compile import _ignorecase_fixes as fixes  # Python 3.10
        except ImportError:
            return None
    return frozenset(chr(c) for key, others in fixes.items() for c in (key,) + tuple(others) if c > 127)


#: lower-case letters that ``str.lower`` does not write as the regex engine folds them
_EXTRA_CASE_LETTERS = _extra_case_letters()
_EXTRA_CASE_RE = re.compile("[" + re.escape("".join(sorted(_EXTRA_CASE_LETTERS))) + "]") \
    if _EXTRA_CASE_LETTERS else None


def _needles(phrases) -> tuple[str, ...] | None:
    """The longest word of each phrase in lower case (as :func:`phrase_regex` reads the
    phrase, without ``-`` word parts), one of which every case-insensitive match of the
    phrases holds; None where a word has a letter that ``str.lower`` does not write as the
    regex engine folds it. A word that holds another is left out: it is found where the
    other is.

    >>> _needles(["trip", "journey", "tour", "visit", "-reise", "tours", "CEO"])
    ('trip', 'journey', 'tour', 'visit', 'reise', 'ceo')
    >>> _needles(["ıstanbul"]) is None
    True
    """
    found: list[str] = []
    for phrase in phrases:
        if len(phrase) > 1 and phrase.startswith("-"):
            phrase = phrase[1:]
        if len(phrase) > 1 and phrase.endswith("-") and not phrase.endswith("--"):
            phrase = phrase[:-1]
        words = phrase.split()
        word = max(words, key=len) if words else ""
        needle = word.lower()
        if not needle or len(needle) != len(word) or needle.lower() != needle or _EXTRA_CASE_LETTERS is None \
                or any(c in _EXTRA_CASE_LETTERS for c in needle):
            return None
        found.append(needle)
    return tuple(dict.fromkeys(n for n in found if not any(o != n and o in n for o in found)))


def phrase_regex(phrase: str) -> str:
    """A regular expression for one rule phrase (words separated by any white space).

    A leading ``-`` makes the phrase a word ending, a trailing ``-`` a word beginning.

    >>> re.fullmatch(phrase_regex("-sekretär"), "Parteisekretär") is not None
    True
    >>> re.fullmatch(phrase_regex("led by"), "led  by") is not None
    True
    """
    prefix = suffix = ""
    if len(phrase) > 1 and phrase.startswith("-"):
        phrase, prefix = phrase[1:], r"\w*"
    if len(phrase) > 1 and phrase.endswith("-") and not phrase.endswith("--"):
        phrase, suffix = phrase[:-1], r"\w*"
    words = phrase.split()
    body = r"\s+".join(re.escape(w) for w in words)
    start = r"(?<![^\W\d_])" if re.match(r"\w", phrase) or prefix else ""
    end = r"(?![\w])" if re.search(r"\w$", phrase) or suffix else ""
    return f"{start}{prefix}{body}{suffix}{end}"


def _trie_regex(words: list[str]) -> str:
    """A prefix-factored regex matching exactly ``words`` (longest first at each branch).

    >>> re.fullmatch(_trie_regex(["direktor", "direktoren", "dekan"]), "direktoren") is not None
    True
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if c == " " else re.escape(c)) + emit(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(trie)


def _alternation(phrases) -> str:
    """An alternation of rule phrases; plain word phrases share one prefix-factored group, a
    phrase ``-x`` is a word ending and ``x-`` a word beginning.

    >>> re.findall("(?i:" + _alternation(["partner-", "-klinik"]) + ")", "Partnerkrankenhaus, Uniklinik, Partner")
    ['Partnerkrankenhaus', 'Uniklinik', 'Partner']
    """
    phrases = set(phrases)
    plain = sorted(p for p in phrases if re.fullmatch(r"\w[\w' -]*\w|\w", p)
                   and "  " not in p and "'" not in p)
    other = sorted(phrases - set(plain), key=lambda p: (-len(p.lstrip("-")), p))
    parts, endings = [], []
    beginnings = sorted(p[:-1] for p in other if re.fullmatch(r"\w+-", p))
    if beginnings:  # word beginnings ("partner-"): the word and any compound it opens
        parts.append(rf"(?<![^\W\d_])(?:{_trie_regex(beginnings)})\w*(?![\w])")
    for phrase in other + [""]:
        if re.fullmatch(r"-\w+", phrase):
            endings.append(phrase[1:])
            continue
        if re.fullmatch(r"\w+-", phrase):
            continue
        if endings:  # word endings in a row ("-sekretær", "-leder") match the same whole word:
            # one pass over the word instead of one per ending
            parts.append(rf"(?<![^\W\d_])\w*(?:{_trie_regex(endings)})(?![\w])")
            endings = []
        if phrase:
            parts.append(phrase_regex(phrase))
    if plain:
        parts.append(rf"(?<![^\W\d_])(?:{_trie_regex(plain)})(?![\w])")
    return "|".join(parts) or r"(?!x)x"


def _confusable(a: str, b: str) -> bool:
    """Whether two different characters may match one character of a text case-insensitively."""
    return a != b and (a.upper() == b.upper() or a.lower() == b.lower() or a.casefold() == b.casefold()
                       or re.fullmatch("(?i)" + re.escape(a), b) is not None
                       or re.fullmatch("(?i)" + re.escape(b), a) is not None)


def longest_first(phrases, words: bool = True) -> str:
    """The alternation of :func:`phrase_regex` of ``phrases`` (of ``re.escape`` of them
    when not ``words``), longest phrase first, as one prefix tree.

    It matches exactly what ``"|".join(phrase_regex(p) for p in sorted(phrases, key=len,
    reverse=True))`` matches, with the same choice between phrases, inside and outside
    ``(?i:...)``: of the phrases that match at one position the longest is tried first, and
    on the text a longer phrase always ends later. A regular expression engine tries every
    branch of a flat alternation at every position of the text; the tree tries only the
    branches of the character it reads (hundreds of currency names: about 50 times faster).
    Phrases the tree cannot represent (``-`` word parts, runs of white space, characters
    that one letter of the text could match case-insensitively at the same place of two
    phrases) give the flat alternation.

    >>> names = ["usd", "$", "us dollar", "us$"]
    >>> flat = "|".join(phrase_regex(p) for p in sorted(names, key=len, reverse=True))
    >>> text = "5 US  dollar, US$ 7, usd 8, 9 $"
    >>> [m.group() for m in re.finditer(f"(?i:{longest_first(names)})", text)]
    ['US  dollar', 'US$', 'usd', '$']
    >>> [m.group() for m in re.finditer(f"(?i:{flat})", text)]
    ['US  dollar', 'US$', 'usd', '$']
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    flat = "|".join((phrase_regex if words else re.escape)(p) for p in ordered)
    if not ordered:
        return flat
    trie: dict = {}
    for phrase in ordered:
        spaced = " ".join(phrase.split()) if words else phrase
        if not phrase or len(spaced) != len(phrase) or words and (
                len(phrase) > 1 and (phrase.startswith("-") or phrase.endswith("-"))):
            return flat
        node = trie
        for char in spaced:
            node = node.setdefault(char, {})
        node[""] = {}

    def unambiguous(node: dict) -> bool:
        chars = [c for c in node if c]
        return not any(_confusable(a, b) for i, a in enumerate(chars) for b in chars[i + 1:]) \
            and all(unambiguous(node[c]) for c in chars)

    if not unambiguous(trie):
        return flat

    def emit(node: dict, last: str) -> str:
        branches = [(r"\s+" if c == " " and words else re.escape(c)) + emit(child, c)
                    for c, child in sorted(node.items()) if c]
        if "" in node:  # a phrase ends here: tried after the longer ones
            branches.append(r"(?![\w])" if words and re.match(r"\w", last) else "")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    if not words:
        return emit(trie, "")
    word = {c: child for c, child in trie.items() if re.match(r"\w", c)}
    other = {c: child for c, child in trie.items() if not re.match(r"\w", c)}
    parts = ([r"(?<![^\W\d_])" + emit(word, "")] if word else []) + ([emit(other, "")] if other else [])
    return "|".join(parts) or r"(?!x)x"


def slot_regex(kinds: str, name: str | None = None) -> str:
    """The regular expression of a slot of some kinds (``"PO"``), as a named group if named.

    >>> re.fullmatch(slot_regex("PO", "subj"), "⟪P2⟫").group("subj")
    '⟪P2⟫'
    """
    body = f"⟪[{kinds}]\\d+⟫"
    return f"(?P<{name}>{body})" if name else body


@dataclass
class Lexicon:
    """Word classes, titles and patterns of a set of languages."""

    languages: tuple[str, ...]
    words: dict[str, list[str]] = field(default_factory=dict)
    extras: dict[str, dict[str, str]] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)
    inflected: dict[str, str] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    patterns: list[tuple[str, re.Pattern, tuple[str, ...]]] = field(default_factory=list)  # compiled on first use; checks split
    #: ids of the patterns whose template opens with ``{TITLE...}`` (ids: a compiled
    #: pattern hashes its whole code on every look-up)
    title_first: set[int] = field(default_factory=set, repr=False)
    _compiled: dict[str, re.Pattern] = field(default_factory=dict, repr=False)
    _alternations: dict[str, str] = field(default_factory=dict, repr=False)
    _title_starts: tuple[str, list[int]] = field(default=("", []), repr=False)
    #: per relation: its patterns and the word classes each of them requires
    _by_relation: dict[object, tuple[list, list[tuple[str, ...]]]] = field(default_factory=dict, repr=False)
    _structural: dict[tuple[tuple[str, ...], frozenset[str]], tuple[list[StructuralPattern], list[tuple[str, ...]]]] = \
        field(default_factory=dict, repr=False)
    _endings: list[tuple[str, str]] | None = field(default=None, repr=False)
    _title: str = field(default="", repr=False)
    #: text -> its state (see :meth:`_text_state`), for the last few texts
    _states: dict[str, tuple[str, str | None, dict[str, bool], set[str]]] = field(default_factory=dict, repr=False)
    #: needle -> the classes that have it, the longest needle and the classes without
    #: needles (built on first use)
    _needle_index: tuple[dict[str, frozenset[str]], int, frozenset[str]] | None = field(default=None, repr=False)
    #: a white-space-separated piece of a text in lower case -> the classes with a needle in it
    _piece_classes: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    # -- word classes -------------------------------------------------------------------
    def alternation(self, cls: str) -> str:
        """The regex alternation of a word class (case-insensitive), built once per class."""
        if cls not in self._alternations:
            self._alternations[cls] = f"(?i:{_alternation(self.words.get(cls, []))})"
        return self._alternations[cls]

    def regex(self, cls: str) -> re.Pattern:
        """The compiled regex of a word class."""
        if cls not in self._compiled:
            self._compiled[cls] = re.compile(self.alternation(cls))
        return self._compiled[cls]

    def search(self, cls: str, text: str, pos: int = 0):
        """The first occurrence of a word of a class in ``text`` from ``pos``, or ``None``."""
        if not self.has_all((cls,), text):  # (the cheap test first: most texts have no word of most classes)
            return None
        return self.regex(cls).search(text, pos)

    def finditer(self, cls: str, text: str):
        return self.regex(cls).finditer(text)

    def has_all(self, classes: tuple[str, ...], text: str) -> bool:
        """Whether a word of each class (or a title, ``"TITLE"``) may occur in ``text``:
        False only where one of them does not.

        A class is looked for as the plain lower-case words of its phrases in the text in
        lower case (a phrase's word is in every match of it), far faster than its regular
        expression; a text or a class with letters that ``str.lower`` does not fold as the
        regex engine does is searched with the regular expression. The answers are kept
        for the last few texts: the patterns of a sentence ask them again and again of the
        same marked sentence.

        >>> lex = get_lexicon(("en",))
        >>> lex.has_all(("delegation", "TITLE"), "The director met a DELEGATION."), lex.has_all(("trip",), "No.")
        (True, False)
        """
        _text, lowered, present, found = self._text_state(text)
        if lowered is not None and not self._needles_of_classes()[2]:
            return found.issuperset(classes)  # (every class has needles: the text's classes tell)
        return self._all_occur(classes, text, lowered, present, found)

    def _all_occur(self, classes: tuple[str, ...], text: str, lowered: str | None,
                   present: dict[str, bool], found) -> bool:
        """Whether a word of each class may occur in ``text``, the answers kept in ``present``
        (the slow way of :meth:`has_all`, for texts and classes the needles cannot tell)."""
        for cls in classes:
            answer = present.get(cls)
            if answer is None:
                answer = present[cls] = self._occurs(cls, text, lowered, found)
            if not answer:
                return False
        return True

    def _text_state(self, text: str) -> tuple[str, str | None, dict[str, bool], set[str]]:
        """The text, its lower case (None where only the regular expressions can tell), the
        answers of :meth:`has_all` so far and the classes with a needle in the text, kept
        for the last four texts (a sentence asks of its marked text, of its plain text and
        of a title in turn)."""
        state = self._states.get(text)
        if state is None:
            lowered = text.lower()
            if _EXTRA_CASE_RE is None or "\u0130" in text or _EXTRA_CASE_RE.search(lowered):
                lowered = None  # ("İ" is two characters in lower case)
            state = (text, lowered, {}, set() if lowered is None else self._classes_in(lowered))
            if len(self._states) >= 4:
                del self._states[next(iter(self._states))]  # (the oldest)
            self._states[text] = state
        return state

    def _classes_in(self, lowered: str) -> set[str]:
        """The classes (and ``"TITLE"``) one of whose needles (:func:`_needles`) occurs in a
        text in lower case. A needle holds no white space, so it occurs in the text where it
        occurs in one of its white-space-separated pieces; the classes of a piece are
        kept (sentences repeat most of their words)."""
        cache = self._piece_classes
        if len(cache) > 100_000:
            cache.clear()
        found: set[str] = set()
        for piece in lowered.split():
            classes = cache.get(piece)
            if classes is None:
                classes = cache[piece] = self._classes_of_piece(piece)
            if classes:
                found |= classes
        return found

    def _classes_of_piece(self, piece: str) -> frozenset[str]:
        """The classes with a needle in one piece of text: each of its substrings no longer
        than the longest needle looked up.

        >>> classes = get_lexicon(("en",))._classes_of_piece("delegations")
        >>> "delegation" in classes, "trip" in classes
        (True, False)
        """
        index, longest, _regex_only = self._needles_of_classes()
        found: set[str] = set()
        length = len(piece)
        for start in range(length):
            for end in range(start + 1, min(length, start + longest) + 1):
                classes = index.get(piece[start:end])
                if classes is not None:
                    found |= classes
        return frozenset(found)

    def _needles_of_classes(self) -> tuple[dict[str, frozenset[str]], int, frozenset[str]]:
        """needle -> the classes (and ``"TITLE"``) that have it (:func:`_needles`), the
        length of the longest needle and the classes whose phrases give no needles (only
        their regular expressions can tell); built once."""
        if self._needle_index is None:
            index: dict[str, set[str]] = {}
            regex_only = set()
            for cls in [*self.words, "TITLE"]:
                phrases = list(self.titles) + list(self.inflected) if cls == "TITLE" else self.words[cls]
                needles = _needles(phrases)  # (a title holds one of the title words)
                if needles is None:
                    regex_only.add(cls)
                for needle in needles or ():
                    index.setdefault(needle, set()).add(cls)
            self._needle_index = ({n: frozenset(c) for n, c in index.items()}, max(map(len, index), default=0),
                                  frozenset(regex_only))
        return self._needle_index

    def _may_match(self, items: list, required: list[tuple[str, ...]], text: str) -> list:
        """The items whose pattern may match ``text``: :meth:`has_all` of each item's
        ``required`` classes (its pattern's), in one loop for the whole list (a sentence
        asks it of a hundred patterns, and calls cost more than the tests)."""
        _text, lowered, present, found = self._text_state(text)
        if lowered is not None and not self._needles_of_classes()[2]:  # (as in has_all)
            return [item for item, classes in zip(items, required) if found.issuperset(classes)]
        return [item for item, classes in zip(items, required)
                if self._all_occur(classes, text, lowered, present, found)]

    def _occurs(self, cls: str, text: str, lowered: str | None, found) -> bool:
        """Whether a word of a class (or a title) may occur in ``text`` (``lowered``: the
        text in lower case, or None where only the regular expression can tell; ``found``:
        the classes with a needle in it)."""
        if cls in found:
            return True
        if lowered is None or cls in self._needles_of_classes()[2]:
            return self._title_search(text) if cls == "TITLE" else self.regex(cls).search(text) is not None
        return False  # (a class of no phrases has no needles: it never occurs)

    # -- patterns -----------------------------------------------------------------------
    def patterns_of(self, relation: str, text: str | None = None) -> list[re.Pattern]:
        """The patterns of one relation (``"visit"``), in file order; with ``text``, only
        those that may match it (see :class:`_LazyPattern`)."""
        if relation not in self._by_relation:
            patterns = [p for rel, p, _ in self.patterns if rel == relation]
            self._by_relation[relation] = (patterns, [p._required for p in patterns])
        patterns, required = self._by_relation[relation]
        return patterns if text is None else self._may_match(patterns, required, text)

    def checked_patterns_of(self, relation: str, text: str | None = None) -> list[tuple[re.Pattern, tuple[str, ...]]]:
        """The patterns of one relation with the checks of their third column, in file order;
        with ``text``, only those that may match it."""
        key = ("checked", relation)
        if key not in self._by_relation:
            pairs = [(p, checks) for rel, p, checks in self.patterns if rel == relation]
            self._by_relation[key] = (pairs, [p._required for p, _checks in pairs])
        pairs, required = self._by_relation[key]
        return pairs if text is None else self._may_match(pairs, required, text)

    def structural_patterns(self, relations: tuple[str, ...], letters: frozenset[str],
                            text: str | None = None) -> list[StructuralPattern]:
        """The patterns of some relations that a sentence with slots of these kind letters
        may match (a subject and an object slot of their kinds), with their checks split, in
        file order; one list per set of letters, built once per lexicon. With ``text``, only
        those that may match it.

        >>> lex = get_lexicon(("en",))
        >>> [p.relation for p in lex.structural_patterns(("located_in",), frozenset("OL"))][:1]
        ['located_in']
        >>> lex.structural_patterns(("located_in",), frozenset("PL"))
        []
        >>> kept = lex.structural_patterns(("visit",), frozenset("POL"), "⟪P0⟫ visited ⟪L1⟫.")
        >>> 0 < len(kept) < len(lex.structural_patterns(("visit",), frozenset("POL")))
        True
        """
        key = (relations, letters)
        if key not in self._structural:
            structurals = [
                StructuralPattern(rel, pattern, checks)
                for rel, pattern, checks in self.patterns if rel in relations
                and all(any(k in letters for k in kinds) for kinds in _slot_kinds(pattern.template))]
            self._structural[key] = (structurals, [s.pattern._required for s in structurals])
        structurals, required = self._structural[key]
        return structurals if text is None else self._may_match(structurals, required, text)

    def matches(self, pattern: re.Pattern, text: str):
        """``pattern.finditer(text)`` for one of :attr:`patterns`, compiled now if it is not
        yet (pick the patterns that may match the text first: see :meth:`checked_patterns_of`).

        A pattern that opens with a title is tried only where a title starts, found once
        per text for all of them: a scan of the text tries the title words at every
        position, and there are several such patterns.

        >>> lex = get_lexicon(("en",))
        >>> role = next(p for _rel, p, _check in lex.patterns if id(p) in lex.title_first
        ...             and "obj" not in p.groupindex)
        >>> text = "Deputy director ⟪P0⟫ and CEO ⟪P1⟫ met."
        >>> [m.span() for m in lex.matches(role, text)] == [m.span() for m in role.finditer(text)]
        True
        """
        if id(pattern) not in self.title_first:  # (no test of its word classes: the patterns
            return pattern.compiled().finditer(text)  # come from checked_patterns_of(..., text))
        return _matches_at(pattern.compiled(), text, self._title_start_list(text))

    def _title_search(self, text: str) -> bool:
        """Whether a title occurs in ``text`` (one search: cheaper than every start of one)."""
        if self._title_starts[0] == text:
            return bool(self._title_starts[1])
        if "__title__" not in self._compiled:
            self._compiled["__title__"] = re.compile(self.title_regex())
        return self._compiled["__title__"].search(text) is not None

    def _title_start_list(self, text: str) -> list[int]:
        """Where a title starts in ``text`` (kept for the last text)."""
        if self._title_starts[0] != text:
            if "__title_start__" not in self._compiled:
                self._compiled["__title_start__"] = re.compile(f"(?={self.title_regex()})")
            self._title_starts = (text, [m.start() for m in self._compiled["__title_start__"].finditer(text)])
        return self._title_starts[1]

    # -- titles -------------------------------------------------------------------------
    def title_regex(self) -> str:
        """A title: modifiers, a base title, ``and``-compounds, an ``of ...`` specifier."""
        if not self._title:  # a string: the patterns that hold it are compiled, not it alone
            forms = list(self.titles) + list(self.inflected)
            mods = _alternation(self.modifiers)
            # a Romance adjective after the title ("vicepresidente ejecutivo", "consigliere delegato")
            after = self.words.get("title_after", [])
            post = rf"(?:[\s-]+(?:{_alternation(after)})(?![\w-]))?" if after else ""
            core = rf"(?:(?:{mods})[\s-]+){{0,3}}(?:{_alternation(forms)}){post}"
            and_ = _alternation(self.words.get("and", []))
            # the portfolio after a title: "of ..." or a word of class title_spec ("assessore alla Sanità")
            of = _alternation(self.words.get("of", []) + self.words.get("title_spec", []))
            art = _alternation(self.words.get("art", []))
            word = rf"(?!(?:{and_}|{art})(?![\w'’]))[^\W\d_][\w'-]*"  # (no article: "Ambassador of the | X")
            # (two adjectives joined by "and": "assessora alle politiche sociali e sanitarie", not "... e direttore")
            spec = rf"(?:\s+(?:{of})\s+(?:(?:{art})\s+)?{word}(?:\s(?:(?:{and_})\s(?!(?:{core})(?![\w-])))?{word}){{0,3}})?"
            # every title and modifier opens a word: say so first, and the search skips
            # the inside of words at once
            opens = r"(?<![^\W\d_])" if all(re.match(r"\w", p) or (len(p) > 1 and p[0] == "-")
                                              for p in forms + list(self.modifiers)) else ""
            # a capitalised portfolio between the title and its "of" ("gedeputeerde Economie van de provincie X"; a
            # name there is a slot already: "Mayor ⟪P1⟫ of X"), or in brackets ("Deputy Vice-Chancellor (Research) of X"),
            # or before the person's name ("Gedeputeerde Economie ⟪P1⟫ van de provincie X")
            portfolio = rf"(?:(?-i:\s+(?:{PORTFOLIO_WORD}|\([A-ZÄÖÜÆØÅ][^()⟪⟫]{{2,30}}\)))(?=\s+(?:{of})\s|\s+⟪P\d))?"
            self._title = rf"(?i:{opens}{core}(?:\s+(?:{and_})\s+{core})*{portfolio}{spec})"
        return self._title

    def base_title(self, title: str) -> str:
        """The title with plainly inflected words written in their base form.

        >>> get_lexicon(("da",)).base_title("direktøren")
        'direktør'
        """
        out = []
        for word in title.split(" "):
            base = self.inflected.get(word.lower())
            if base is None:
                for ending, ending_base in self._ending_forms():
                    if word.lower().endswith(ending) and len(word) > len(ending):
                        base = word[: len(word) - len(ending)].lower() + ending_base
                        break
            if base is not None and base.lower() != word.lower():
                word = (word[0] + base[1:]) if word[:1].isupper() else base
            out.append(word)
        return " ".join(out)

    def sentence_case(self, title: str) -> str:
        """A title that opens a sentence with its first word in the case of the rule file.

        >>> get_lexicon(("da",)).sentence_case("Direktør for")
        'direktør for'
        >>> get_lexicon(("de",)).sentence_case("Geschäftsführer")
        'Geschäftsführer'
        >>> get_lexicon(("en",)).sentence_case("Vice President")
        'Vice President'
        """
        first, _, rest = title.partition(" ")
        written = self.written.get(first.lower())
        if written is None or any(w[:1].isupper() for w in rest.split()):
            return title
        return written + (" " + rest if rest else "")

    def _ending_forms(self) -> list[tuple[str, str]]:
        if self._endings is None:  # built once: read for every word of every title
            self._endings = [(form[1:], base[1:]) for form, base in self.inflected.items()
                             if form.startswith("-")]
        return self._endings

    # -- patterns -----------------------------------------------------------------------
    def expand(self, template: str) -> str:
        """A pattern template with its macros replaced by regular expressions."""

        def replace(match: re.Match) -> str:
            name, optional, group = match.group(1), match.group(2), match.group(3)
            space = match.group(4) or ""
            if name in _SLOT_KINDS:
                return slot_regex(_SLOT_KINDS[name], group) + space
            if name == "TITLE":
                body = self.title_regex()
                return (f"(?P<{group}>{body})" if group else f"(?:{body})") + space
            if name == "SEAT":  # an optional seat after a name: ", based in Y," " in Y" " aus Y"
                seat = "|".join(self.alternation(c) for c in ("seated", "in", "from"))
                return rf"(?:,?\s(?:{seat})\s(?:{self.alternation('art')}\s)?⟪L\d+⟫(?:,\s⟪L\d+⟫)?,?)?" + space
            if name == "FILLER":  # "the new ", "the Macau-based company " before a name
                and_, based = self.alternation("and"), self.alternation("based")
                # (it may end in an elided article: "primario di cardiologia all'|Ospedale X")
                return (rf"(?:⟪L\d+⟫-{based}\s)?"
                        rf"(?:(?:(?!(?<!-)\s{and_}\s)[^⟪⟫,.;:()]){{0,60}}?(?:\s|(?<=\w['’])))?" + space)
            if name in _FIXED:
                return _FIXED[name] + space
            alts = self.alternation(name)
            if optional:
                return rf"(?:(?:{alts})(?:\s+|(?<=')))?" + space
            if space:  # an elided word ("dell'", "l'") needs no space after it
                return rf"(?:{alts})(?:\s+|(?<='))"
            return f"(?:{alts})"

        return _MACRO.sub(replace, template)


def _available(language: str | None) -> bool:
    return bool(language) and (RULES_DIR / language).is_dir()


def _inflections(language: str, titles: list[str]) -> dict[str, str]:
    rules = [(row[0] if row else "", row[1] if len(row) > 1 else "")
             for row in load_lines(language, "role_inflections.tsv", with_common=False)]
    forms: dict[str, str] = {}
    for title in titles:
        if " " in title:
            continue
        for base_end, infl_end in rules:
            if title.lower().endswith(base_end.lower()):
                stem = title[: len(title) - len(base_end)] if base_end else title
                form = (stem + infl_end).lower()
                if form != title.lower():
                    forms.setdefault(form, title.lower())
    return forms


@dataclass(frozen=True)
class StructuralPattern:
    """A pattern of ``relation_patterns.tsv`` ready to run: its relation and its checks."""

    relation: str
    pattern: re.Pattern
    checks: tuple[str, ...]


def _slot_kinds(template: str) -> tuple[str, str]:
    """The kind letters of a template's ``subj`` and ``obj`` slots ("POL" where a template
    has none: it is never skipped).

    >>> _slot_kinds("{ORG:subj}{SEAT}, {PERORG:obj}")
    ('O', 'PO')
    """
    kinds = {"subj": "", "obj": ""}
    for match in _MACRO.finditer(template):
        if match.group(1) in _SLOT_KINDS and match.group(3) in kinds:
            kinds[match.group(3)] += _SLOT_KINDS[match.group(1)]
    return kinds["subj"] or "POL", kinds["obj"] or "POL"


@lru_cache(maxsize=None)
def definite_heads(language: str) -> tuple[tuple[str, str], ...]:
    """The definite forms of a language's compound organisation heads and their genitives, with
    the head they refer back to: pairs of one-word ``org_heads.tsv`` rows (heads and compound
    endings) that differ by an ending of ``common/definite_endings.tsv`` ("-afdeling" and
    "-afdelingen", "fakultet" and "fakulteten").

    >>> dict(definite_heads("da"))["afdelingens"], definite_heads("de")
    ('afdeling', ())
    """
    row = language_row("definite_endings.tsv", language)
    endings = tuple(row[0].split()) if row else ()
    if not endings:
        return ()
    heads = {row[0].lstrip("-").lower() for row in load_lines(language, "org_heads.tsv", with_common=False)
             if " " not in row[0]}
    found: list[tuple[str, str]] = []
    for head in sorted(heads):
        for ending in endings:
            if head + ending in heads:
                found += [(head + ending, head), (head + ending + "s", head)]
            elif ending == "n" and head.endswith("a") and head + "n" in heads:
                found += [(head + "n", head), (head + "ns", head)]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=64)
def get_lexicon(languages: tuple[str, ...]) -> Lexicon:
    """The merged rules of some languages (unknown codes are skipped; cached).

    >>> "mit" in get_lexicon(("de", "xx")).words["with"]
    True
    """
    langs = tuple(dict.fromkeys(lang for lang in languages if _available(lang)))
    lex = Lexicon(languages=langs)
    titles: set[str] = set()
    for lang in langs:
        for row in load_lines(lang, "relation_words.tsv", with_common=False) + \
                load_lines(lang, "event_triggers.tsv", with_common=False):
            if len(row) < 2:
                continue
            phrase, cls = row[0], row[1]
            lex.words.setdefault(cls, []).append(phrase.lower())
            if len(row) > 2 and row[2]:
                lex.extras.setdefault(cls, {})[phrase.lower()] = row[2].lower()
        anaphors = lex.extras.setdefault("anaphor", {})
        for phrase, head in definite_heads(lang):  # "afdelingen", "afdelingens" -> "afdeling"
            if phrase not in anaphors:
                lex.words.setdefault("anaphor", []).append(phrase)
                anaphors[phrase] = head
        lang_titles = [r[0] for r in load_lines(lang, "role_titles.txt", with_common=False)]
        for title in lang_titles + [r[0] for r in load_lines(lang, "role_modifiers.txt",
                                                              with_common=False)]:
            lex.written.setdefault(title.lower(), title)
        titles.update(t.lower() if not t.isupper() else t for t in lang_titles)
        lex.modifiers += [r[0].lower() for r in load_lines(lang, "role_modifiers.txt",
                                                           with_common=False)]
        for form, base in _inflections(lang, lang_titles).items():
            lex.inflected.setdefault(form, base)
    lex.titles = sorted(titles)
    for form in list(lex.inflected):
        if form in titles:  # a form that is itself a title stays as written
            del lex.inflected[form]
    for row in load_lines("common", "relation_patterns.tsv", with_common=False):
        if len(row) < 2:
            continue
        checks = tuple(c for c in (row[2] if len(row) > 2 else "").split(",") if c)
        pattern = _LazyPattern(lex, row[1])
        lex.patterns.append((row[0], pattern, checks))
        if _opens_with_title(row[1]):
            lex.title_first.add(id(pattern))
    return lex


_PATTERN_METHODS = ("finditer", "match", "search", "fullmatch", "findall")


class _LazyPattern:
    """A pattern template of a :class:`Lexicon`, expanded and compiled on first use.

    Compiling every pattern of a new set of languages takes a tenth of a second or more
    (most of them hold the title regex, thousands of characters to parse), and a document,
    or a sentence in a third language, usually needs only some of them. A text that lacks a
    word class every match holds (``{delegation}`` outside any group) is not searched, and
    the pattern is not compiled for it. Once compiled, the methods of a pattern without
    such classes are the compiled pattern's own, and other attributes (``groupindex``,
    ``pattern``) come from it.

    >>> p = _LazyPattern(get_lexicon(("en",)), "{PER:subj} {with} {ORG:obj}")
    >>> p.search("Then ⟪P0⟫ with ⟪O1⟫.").group("obj"), p.groupindex["subj"]
    ('⟪O1⟫', 1)
    """

    def __init__(self, lex: Lexicon, template: str):
        self._lex = lex
        self._template = template
        self._compiled: re.Pattern | None = None
        #: the word classes every match holds: a text without one of them is not searched
        self._required = _required_classes(template)

    @property
    def template(self) -> str:
        """The template the pattern is expanded from."""
        return self._template

    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled now if it is not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self._lex.expand(self._template))
            if not self._required:
                for name in _PATTERN_METHODS:  # the instance's own: later calls skip this class
                    setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def _absent(self, text: str) -> bool:
        """Whether ``text`` lacks a word class that every match holds."""
        return bool(self._required) and not self._lex.has_all(self._required, text)

    def finditer(self, text, *args):
        return iter(()) if self._absent(text) else self.compiled().finditer(text, *args)

    def match(self, text, *args):
        return None if self._absent(text) else self.compiled().match(text, *args)

    def search(self, text, *args):
        return None if self._absent(text) else self.compiled().search(text, *args)

    def fullmatch(self, text, *args):
        return None if self._absent(text) else self.compiled().fullmatch(text, *args)

    def findall(self, text, *args):
        return [] if self._absent(text) else self.compiled().findall(text, *args)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"_LazyPattern({self._template!r})"


def _opens_with_title(template: str) -> bool:
    """Whether every match of a pattern template starts with a title.

    >>> _opens_with_title("{TITLE:role} {PER:subj}"), _opens_with_title("{TITLE:role}? {PER:subj}")
    (True, False)
    >>> _opens_with_title("{TITLE:role} {PER:subj}|{PER:subj}")
    False
    """
    opening = re.match(r"\{TITLE(?::[a-z0-9_]+)?\}", template)
    if opening is None or template[opening.end():opening.end() + 1] in ("?", "*", "+", "{"):
        return False
    depth, i = 0, 0
    while i < len(template):  # no alternative at the top level
        char = template[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = template.find("]", i + 2)
            if i < 0:
                return False
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
        i += 1
    return True


def _required_classes(template: str) -> tuple[str, ...]:
    """The word classes (and ``"TITLE"``) that every match of a pattern template holds:
    its ``{class}`` macros outside any group, neither optional nor repeated from zero, in a
    template with no alternative at the top level.

    >>> _required_classes("{TITLE} {delegation} (?:{of}|{from}) {art?}{LOC:subj} {visit_verb}? {with}")
    ('delegation', 'with', 'TITLE')
    >>> _required_classes("{ORG:subj} {with} {ORG:obj}|{ORG:obj} {with}")
    ()
    """
    required: list[str] = []
    depth, i = 0, 0
    while i < len(template):
        char = template[i]
        macro = _MACRO.match(template, i) if char == "{" and depth == 0 else None
        if macro is not None:
            name, i = macro.group(1), macro.end()
            repeated = template[i:i + 1] in ("?", "*") or (template[i:i + 1] == "{" and not _MACRO.match(template, i))
            if macro.group(2) or repeated or name in _SLOT_KINDS or name in _FIXED or name in ("SEAT", "FILLER"):
                continue
            if name not in required:
                required.append(name)
            continue
        if char == "\\":
            i += 1
        elif char == "[":
            i = template.find("]", i + 2)
            if i < 0:
                return ()
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return ()
        i += 1
    return tuple(sorted(required, key=lambda name: name == "TITLE"))  # (the dearest to look for last)


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` for a pattern that can match only at one of ``starts``
    (sorted): the same matches, without trying the other positions."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        if match.end() == start:  # an empty match: finditer goes on from here
            yield from pattern.finditer(text, start)
            return
        yield match
        end = match.end()
