"""Group the mentions of one document into entities.

- places: one entity per gazetteer entry ("Chinas" and "China", "Shenzhen City" and
  "Shenzhen"), else per folded name;
- organisations: one per key (folded name; in German, Dutch and the Scandinavian
  languages adjective endings -en/-es are levelled so that "Deutschen Handelskammer" and
  "Deutsche Handelskammer" meet); then keys that differ by a spelling variant
  (rapidfuzz ratio >= 92, same number of words) or only by leading adjectives
  ("Chinesisch-Deutsche Internationale X" and "Internationale X") are merged; acronyms
  join the name they abbreviate;
- people: same surname (first word) and similar given names ("Fan Ruiping" and
  "Fan Ruping", "Shi Jun" and "Shi jun"); a first name alone joins the full name it opens,
  a surname with its particle ("De Tullio") the one full name it ends, and two surnames the
  one full name that ends with them, one of them perhaps misspelt ("Villalobos Areola").

The entity name is the most complete form: the longest for organisations, the most
frequent well-capitalised one for people and places.

>>> from healthkg.loaders.extraction.entities import FoundMention
>>> ms = [FoundMention("Fan Ruiping", 0, 11, "Person", "Fan Ruiping", "de", "t"),
...       FoundMention("Fan Ruping", 20, 30, "Person", "Fan Ruping", "de", "t")]
>>> [(e.id, e.name, len(e.mentions)) for e in group_mentions(ms, "de")]
[('person/fan-ruiping', 'Fan Ruiping', 2)]
"""
from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter

from anyascii import anyascii
from rapidfuzz import fuzz

from healthkg.loaders.extraction.rulefiles import load_words
from healthkg.loaders.gazetteer import _cached_fold as fold
from healthkg.loaders.statements import Entity, Mention, coarse_kind

__all__ = ["group_mentions", "slug", "org_key"]

_LEVELLED = {"de", "nl", "da", "sv", "no"}
_PREFIX = {"person": "person", "organization": "org", "place": "place"}
_ALNUM_RUN = re.compile(r"[^\W_]+")  # letters and digits (str.isalnum)
_SPAN = attrgetter("start", "end")
#: how alike (rapidfuzz ratio) a second surname must be to a full name's to be a misspelling of it
SURNAME_SIMILARITY = 85


def slug(name: str) -> str:
    """Lower-case ASCII with hyphens.

    >>> slug("Zweites Krankenhaus der Medizinischen Universität Chongqing")
    'zweites-krankenhaus-der-medizinischen-universitat-chongqing'
    """
    return "-".join(_ALNUM_RUN.findall(anyascii(name).lower())) or "unnamed"


def org_key(name: str, language: str | None) -> str:
    """The grouping key of an organisation name.

    >>> org_key("Zweiten Krankenhaus", "de") == org_key("Zweites Krankenhaus", "de")
    True
    """
    words = fold(name.replace("(", " ").replace(")", " ")).split()
    if language in _LEVELLED:
        words = [w[:-1] if len(w) > 4 and w.endswith(("en", "es")) else w for w in words]
    return " ".join(words)


def _well_capitalised(text: str) -> bool:
    return all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in text.split())


class _Group:
    def __init__(self, kind: str):
        self.kind = kind
        self.mentions = []

    def add(self, mention):
        self.mentions.append(mention)


def _transposed(a: str, b: str) -> bool:
    """Two adjacent letters swapped, a common typo in names ("Lihua"/"Lihau", "Zhou"/"Zhuo").

    >>> _transposed("lei", "lie"), _transposed("hua", "hui")
    (True, False)
    """
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _chinese_pair(words: list[str]) -> bool:
    """Whether two name words are a Chinese surname and a given name in some order.

    >>> _chinese_pair(["zhenmin", "hu"]), _chinese_pair(["anna", "berg"])
    (True, False)
    """
    from healthkg.loaders.extraction.lexicon import chinese_surnames, is_pinyin_given

    surnames = chinese_surnames()
    return any(a in surnames and is_pinyin_given(b) for a, b in (words, words[::-1]))


def _person_groups(mentions) -> list[_Group]:
    groups: list[tuple[list[str], _Group]] = []
    for m in mentions:
        words = fold(m.name).split()
        target = None
        for key, group in groups:
            if key == words or (len(words) == 2 and key == words[::-1] and _chinese_pair(words)):
                target = group  # "Zhenmin Hu" and "Hu Zhenmin": one name in both orders
                break
            if len(words) >= 2 and len(key) >= 2 and key[0] == words[0] and (
                    fuzz.ratio(" ".join(key[1:]), " ".join(words[1:])) >= 80
                    or _transposed(" ".join(key[1:]), " ".join(words[1:]))):
                target = group
                break
        if target is None:
            target = _Group("person")
            groups.append((words, target))
        target.add(m)
    # a first name alone joins the one full name it opens; a surname alone the one it ends,
    # also a surname with its particle ("De Tullio" after "Rosaria De Tullio")
    merged: list[_Group] = []
    particles = load_words("", "surname_particles.txt")  # "de", "van", "von"
    singles = [(k, g) for k, g in groups if len(k) == 1]
    for key, group in [(k, g) for k, g in groups if len(k) > 1 and k[0] in particles]:
        _join_only_owner(group, [g for k, g in groups if len(k) > len(key) and k[-len(key):] == key])
    for key, group in [(k, g) for k, g in groups if len(k) == 2 and g.mentions]:
        # "Villalobos Areola" after "Ernesto Villalobos Arreola", "Merelles Antunes" after "Ana Mereles
        # Antunes": both surnames, one misspelt
        _join_only_owner(group, [g for k, g in groups if len(k) > 2 and g is not group and g.mentions
                                 and (k[-2] == key[0] and fuzz.ratio(k[-1], key[1]) >= SURNAME_SIMILARITY
                                      or k[-1] == key[1] and fuzz.ratio(k[-2], key[0]) >= SURNAME_SIMILARITY)])
    fulls = [(k, g) for k, g in groups if len(k) > 1 and g.mentions]
    for key, group in singles:
        owners = [g for k, g in fulls if k[0] == key[0]] or [g for k, g in fulls if k[-1] == key[0]]
        if not _join_only_owner(group, owners):
            merged.append(group)
    return [g for _k, g in fulls] + merged


def _join_only_owner(group: _Group, owners: list[_Group]) -> bool:
    """Move a group's mentions to its owner when exactly one group owns it; whether it did."""
    if len(owners) != 1:
        return False
    owners[0].mentions.extend(group.mentions)
    group.mentions = []
    return True


def _org_groups(mentions, language) -> list[_Group]:
    by_key: dict[str, _Group] = {}
    for m in mentions:
        if m.acronym_of:
            continue
        key = org_key(m.name, m.language or language)
        by_key.setdefault(key, _Group("organization")).add(m)
    keys = sorted(by_key, key=len, reverse=True)
    alias: dict[str, str] = {}
    for i, longer in enumerate(keys):
        for shorter in keys[i + 1:]:
            if shorter in alias or longer in alias:
                continue
            lw, sw = longer.split(), shorter.split()
            same_size = len(lw) == len(sw) and fuzz.ratio(longer, shorter) >= 92
            reordered = _reordering(by_key[longer], by_key[shorter])
            prefix_only = len(sw) >= 2 and lw[-len(sw):] == sw and _adjectives_only(
                by_key[longer], len(lw) - len(sw))
            person_tail = len(sw) >= 2 and lw[:len(sw)] == sw and _person_named_tail(by_key[longer], len(lw) - len(sw))
            if same_size or prefix_only or reordered or person_tail:
                alias[shorter] = longer
    for shorter, longer in _short_forms(by_key, keys, alias).items():
        alias.setdefault(shorter, longer)
    for shorter, longer in _named_head_forms(by_key, keys, alias).items():
        alias.setdefault(shorter, longer)
    for shorter in keys:  # "promosso da Provincia, APSS e FBK": the bare head word of one body named in full
        if len(shorter.split()) == 1 and shorter not in alias \
                and all(m.source == "organizers" for m in by_key[shorter].mentions):
            opened = [k for k in keys if k != shorter and k not in alias and (
                k.split()[0] == shorter  # "Provincia" for "Provincia autonoma di Trento"
                or any((m.acronym or "").casefold() == shorter for m in by_key[k].mentions))]  # "FBK"
            if len(opened) == 1:
                alias[shorter] = opened[0]
    for shorter, longer in alias.items():
        while longer in alias:
            longer = alias[longer]
        by_key[longer].mentions.extend(by_key.pop(shorter).mentions)
    for m in mentions:
        if m.acronym_of:
            key = org_key(m.acronym_of, m.language or language)
            while key in alias:
                key = alias[key]
            by_key.setdefault(key, _Group("organization")).add(m)
    return list(by_key.values())


def _short_forms(by_key: dict[str, _Group], keys: list[str], alias: dict[str, str]) -> dict[str, str]:
    """Names of two words or more, with a head noun, that shorten exactly one longer name of
    the text: its tail after words that hold no connector or abbreviation ("Policlinico di Foggia" for "Azienda
    Ospedaliero-Universitaria Consorziale Policlinico di Foggia"), or its opening before a
    connector and the body it belongs to ("Fourth Affiliated Hospital" for "Fourth Affiliated
    Hospital of Jilin Medical University", when "Jilin Medical University" is named too).

    >>> from types import SimpleNamespace as M
    >>> def group(name):
    ...     g = _Group("organization"); g.add(M(name=name, language="en")); return g
    >>> names = ["Fourth Affiliated Hospital of Jilin Medical University", "Jilin Medical University",
    ...          "Fourth Affiliated Hospital", "Medical University"]
    >>> by_key = {org_key(n, "en"): group(n) for n in names}
    >>> _short_forms(by_key, sorted(by_key, key=len, reverse=True), {})
    {'fourth affiliated hospital': 'fourth affiliated hospital of jilin medical university'}
    """
    from healthkg.loaders.extraction.lexicon import lexicon

    found: dict[str, str] = {}
    for shorter in keys:
        sw = shorter.split()
        if shorter in alias or len(sw) < 2:
            continue
        lex = lexicon(by_key[shorter].mentions[0].language)
        if not any(lex.head_of(w) for w in sw):
            continue
        owners = []
        for longer in keys:
            lw = longer.split()
            if longer == shorter or longer in alias or len(lw) <= len(sw):
                continue
            if lw[-len(sw):] == sw and not _connective(lw[-len(sw) - 1], lex) \
                    and not any(w.endswith(".") for w in lw[:-len(sw)]):
                owners.append(longer)  # the tail, after modifiers and heads
            elif lw[:len(sw)] == sw and _connective(lw[len(sw)], lex) and " ".join(lw[len(sw) + 1:]) in by_key:
                owners.append(longer)  # the opening, before "of" and a body of the text
            elif _inner_opening(sw, lw, lex):
                owners.append(longer)  # "Hospital Civil" in "Organismo Público Descentralizado Hospital Civil de X"
        if len(owners) == 1:
            found[shorter] = owners[0]
    return found


def _named_head_forms(by_key: dict[str, _Group], keys: list[str], alias: dict[str, str]) -> dict[str, str]:
    """A name word joined by a hyphen to a lower-case head ("Hubei-hospitalet", "Hubei-sykehuset") for
    the one other body of the same type, named before it, whose name holds that word ("Hubei Provincial
    Hospital of Integrated Medicine").

    >>> from types import SimpleNamespace as M
    >>> def group(name, start):
    ...     g = _Group("organization"); g.add(M(name=name, language="da", type="Hospital", start=start)); return g
    >>> names = ["Hubei Provincial Hospital", "Hubei-hospitalet", "Hubei Klinik", "Aarhus Universitetshospital"]
    >>> by_key = {org_key(n, "da"): group(n, start) for start, n in enumerate(names)}
    >>> _named_head_forms(by_key, sorted(by_key, key=len, reverse=True), {})
    {'hubei hospitalet': 'hubei provincial hospital'}
    """
    found: dict[str, str] = {}
    for shorter in keys:
        first = by_key[shorter].mentions[0]
        name, _, head = first.name.partition("-")
        if shorter in alias or " " in first.name or not head.islower() or not name[:1].isupper():
            continue
        word = fold(name)
        owners = [k for k in keys if k != shorter and k not in alias and word in k.split()
                  and by_key[k].mentions[0].type == first.type
                  and min(m.start for m in by_key[k].mentions) < first.start]
        if len(owners) == 1:
            found[shorter] = owners[0]
    return found


def _inner_opening(sw: list[str], lw: list[str], lex) -> bool:
    """Whether the words ``sw`` stand inside the longer name ``lw`` after words with no connector
    and before a connector: the body's own name without its legal status in front and its
    place behind ("Hospital Civil" in "Organismo Público Descentralizado Hospital Civil de
    Guadalajara").

    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> lw = "organismo publico descentralizado hospital civil de guadalajara".split()
    >>> _inner_opening(["hospital", "civil"], lw, lexicon("es")), _inner_opening(["publico", "descentralizado"], lw, lexicon("es"))
    (True, False)
    """
    n = len(sw)
    for i in range(1, len(lw) - n):
        if lw[i:i + n] == sw:
            return _connective(lw[i + n], lex) and not any(_connective(w, lex) for w in lw[:i]) \
                and lex.head_of(sw[0]) is not None
    return False


def _connective(word: str, lex) -> bool:
    """A word that links two parts of a name ("of", "der", "de", "di") or an article."""
    return word in lex.connectors or word in lex.articles or lex.is_stopword(word)


def _content_words(group: _Group) -> tuple[set[str], str]:
    from healthkg.loaders.extraction.lexicon import lexicon

    m = group.mentions[0]
    lex = lexicon(m.language)
    words = fold(m.name.replace("(", " ").replace(")", " ")).split()
    return {w for w in words if w not in lex.connectors and w not in lex.stopwords}, m.type


def _reordering(longer: _Group, shorter: _Group) -> bool:
    """Same name with words reordered or a place added ("Health Bureau of X District" and
    "Y X District Health Bureau"): same type, the shorter's content words all in the
    longer's, and none of the extra words is an organisation head or a possessive."""
    from healthkg.loaders.extraction.lexicon import lexicon
    from healthkg.loaders.gazetteer import lookup

    long_words, long_type = _content_words(longer)
    short_words, short_type = _content_words(shorter)
    if long_type != short_type or len(short_words) < 2 or not short_words <= long_words:
        return False
    if any("'s" in m.name or "’s" in m.name for m in longer.mentions):
        return False
    lex = lexicon(longer.mentions[0].language)
    extra = long_words - short_words
    return all(lex.head_of(w) is None and (lookup(w) is not None or w in lex.place_after or
                                           (w,) in lex.place_after) for w in extra)


def _person_named_tail(group: _Group, count: int) -> bool:
    """Whether the last ``count`` words of the group's first name are a person's name the
    body is named after ("Hospital de Ojos | José Martí"): the shorter name without them is
    the same body.

    >>> g = _Group("organization"); g.mentions.append(type("M", (), {"name": "Hospital de Ojos José Martí"})())
    >>> _person_named_tail(g, 2), _person_named_tail(g, 1)
    (True, False)
    """
    from healthkg.loaders.extraction.lexicon import first_names

    words = group.mentions[0].name.split()
    tail = words[-count:] if 2 <= count <= 3 and len(words) > count else []
    return bool(tail) and tail[0] in first_names() and all(w[:1].isupper() and w.isalpha() for w in tail)


def _adjectives_only(group: _Group, count: int) -> bool:
    """Whether the first ``count`` words of the group's names are capitalised modifiers."""
    from healthkg.loaders.extraction.lexicon import lexicon

    for m in group.mentions:
        words = m.name.split()[:count]
        lex = lexicon(m.language)
        if any(lex.head_of(w) or not w[:1].isupper() or lex.is_stopword(w) for w in words):
            return False
    return True


def _place_groups(mentions) -> list[_Group]:
    """Groups of place mentions: one per gazetteer place (or name); a city named by the first
    words of another city of the text is that city ("Caxias" after "Caxias do Sul").

    >>> from healthkg.loaders.gazetteer import lookup
    >>> from types import SimpleNamespace as M
    >>> ms = [M(name="Caxias do Sul", place=lookup("Caxias do Sul"), type="City"),
    ...       M(name="Caxias", place=lookup("Caxias"), type="City")]
    >>> len(_place_groups(ms))
    1
    """
    def key_of(m) -> tuple:
        if m.place is not None:
            return ("gaz", m.place.name, m.place.type)
        return ("name", fold(m.name))

    # cities of several words, by name: the key of their group
    longer = {m.name: key_of(m) for m in mentions if m.type == "City" and " " in m.name}
    longer_names = sorted(longer)
    districts = _named_districts(mentions, key_of, load_words("", "district_words.txt"))
    by_key: dict[tuple, _Group] = {}
    for m in mentions:
        key = key_of(m)
        if m.type == "City" and " " not in m.name:
            whole = next((n for n in longer_names if n.startswith(m.name + " ")), None)
            key = longer[whole] if whole is not None else key
            text = getattr(m, "text", m.name)
            if m.place is not None and fold(m.place.name) != fold(text) and text in districts:
                key = districts[text]  # "Baoan District" ... "in Baoan": the district, not Shenzhen
        by_key.setdefault(key, _Group("place")).add(m)
    return list(by_key.values())


def _named_districts(mentions, key_of, division_words) -> dict[str, tuple]:
    """The group keys of the regions the text names by one name and words of a district below a
    city (``division_words``: ``common/district_words.txt``) that the gazetteer does not know
    ("Baoan District", "distrito de Baoan"), by that name: a bare "Baoan" that the gazetteer
    reads as another city's former name is the district.

    >>> from types import SimpleNamespace as M
    >>> district = M(name="Baoan District", place=None, type="Region")
    >>> _named_districts([district], lambda m: ("name", m.name), frozenset({"district"}))
    {'Baoan': ('name', 'Baoan District')}
    >>> area = M(name="Lingang New Area", place=None, type="Region")
    >>> _named_districts([area], lambda m: ("name", m.name), frozenset({"new area"}))
    {'Lingang': ('name', 'Lingang New Area')}
    """
    phrases = sorted((tuple(p.split()) for p in division_words), key=len, reverse=True)
    out: dict[str, tuple] = {}
    for m in mentions:
        words = m.name.split()
        if m.type != "Region" or m.place is not None or len(words) < 2:
            continue
        lower, names, k, divided = [w.lower() for w in words], [], 0, False
        while k < len(words):  # the words of division ("New Area" too), and the name words left
            size = next((len(p) for p in phrases if tuple(lower[k:k + len(p)]) == p), 0)
            if size:
                divided, k = True, k + size
                continue
            if words[k][:1].isupper():
                names.append(words[k])
            k += 1
        if divided and len(names) == 1:
            out.setdefault(names[0], key_of(m))
    return out


def _entity(group: _Group, used_ids: set[str]) -> Entity:
    ms = group.mentions
    in_order = sorted(ms, key=_SPAN)
    if group.kind == "organization":
        best = max(ms, key=lambda m: (m.acronym_of is None, len(m.name), -m.start))
        name = best.name
        type_ = best.type
    else:
        names = Counter(m.name for m in ms)
        first_seen: dict[str, int] = {}
        for m in in_order:
            first_seen.setdefault(m.name, -m.start)
        # a person's full name before a bare surname ("SHANGGUAN Lihua" ... "Shangguan")
        full = (lambda n: " " in n) if group.kind == "person" else (lambda n: True)
        name = max(names, key=lambda n: (full(n), _well_capitalised(n), names[n], first_seen[n]))
        type_ = Counter(m.type for m in ms).most_common(1)[0][0]
    base = f"{_PREFIX[group.kind]}/{slug(name)}"
    entity_id, n = base, 2
    while entity_id in used_ids:
        entity_id, n = f"{base}-{n}", n + 1
    used_ids.add(entity_id)
    mentions, seen = [], set()
    for m in in_order:
        span = (m.start, m.end)
        if span not in seen:
            seen.add(span)
            mentions.append(Mention(m.text, m.start, m.end, m.language))
    alt_names = {m.text: m.language for m in ms if m.text != name}
    alt_names.update({m.name: m.language for m in ms if m.name != name})
    links = {}
    for m in ms:
        if m.place is not None and getattr(m.place, "links", None):
            links = dict(m.place.links)
            break
    return Entity(id=entity_id, type=type_, name=name, mentions=mentions, links=links,
                  alt_names=alt_names, attributes={"recognizers": sorted({m.source for m in ms})})


def group_mentions(mentions, language: str | None) -> list[Entity]:
    """Entities from resolved mentions, in order of first mention."""
    by_kind: dict[str, list] = {"person": [], "organization": [], "place": []}
    for m in mentions:
        by_kind[coarse_kind(m.type)].append(m)
    groups = (_person_groups(by_kind["person"]) + _org_groups(by_kind["organization"], language)
              + _place_groups(by_kind["place"]))
    groups = [g for g in groups if g.mentions]
    groups.sort(key=lambda g: min(m.start for m in g.mentions))
    used: set[str] = set()
    return [_entity(g, used) for g in groups]
