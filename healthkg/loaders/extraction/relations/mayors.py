"""A mayor named without a city: the city or city government the sentence names.

News writes a mayor by title and name alone when the city is plain from the sentence:
"Borgmester X fremhævede, at Y Kommune ...", "Lord Mayor X said that Y welcomes ...",
"contou com a presença da vice-prefeita X" (at the seat of the "Prefeitura de Y").
A role read without a body whose title is a mayor's (class ``mayor`` of
``relation_words.tsv``) goes to the one city or government body of the sentence. Places
after an "in" word (where someone else sits), after "a delegation from" or held by another person's title
("the mayor A and the vice mayor of X, B") do not count, and neither do
sentences of a visit ("Vice Mayor X visited Y": Y is not X's city); a person who already
has a role keeps it.

A mayor or councillor whose sentence names no city of theirs ("Ordfører X åpnet
konferansen", "wethouder Economie X ontving de delegatie") holds the title in the city the
document reports from (:func:`home_city`), unless they are a visitor themselves; a regional
official named without a body (a title with a word of class ``regional``: "l'assessora
regionale alla salute, X") holds it in the region the document reports from
(:func:`home_region`), and so does a minister (class ``national``: "Le Ministre de la Santé, Dr X"),
or else in the ministry its title names (``references.portfolio_body``), or else in the country it reports from
(:func:`home_country`).

>>> from healthkg.loaders.document import Document, Sentence
>>> from healthkg.loaders.statements import Entity, Mention
>>> text = "Mayor Ann Berg said that Leiden welcomes the investors."
>>> doc = Document(id="m", source="m.txt", text=text, language="en",
...                sentences=[Sentence(0, len(text), text, "en")])
>>> ents = [Entity("p/a", "Person", "Ann Berg", [Mention("Ann Berg", 6, 14)]),
...         Entity("l/l", "City", "Leiden", [Mention("Leiden", 25, 31)])]
>>> [(r.subject, r.object, r.role) for r in mayor_roles(doc, ents, [])]
[('p/a', 'l/l', 'mayor')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from healthkg.loaders.document import Document
from healthkg.loaders.extraction.relations.lexicon import PORTFOLIO_WORD, get_lexicon
from healthkg.loaders.extraction.relations.references import portfolio_body
from healthkg.loaders.extraction.relations.roles import find_roles
from healthkg.loaders.extraction.relations.slots import SlotSentence
from healthkg.loaders.statements import Entity, Event, Relation

__all__ = ["mayor_roles", "is_mayor_title", "holds_public_office", "home_city", "home_region", "home_country", "signed_for_their_seat"]

_SEATS = ("City", "GovernmentBody")


def is_mayor_title(title: str, lex) -> bool:
    """Whether a title is a mayor's or a councillor's ("Oberbürgermeisterin", "vice-prefeita",
    "Deputy Mayor"), also with its portfolio ("assessora allo sviluppo economico", "secretária
    municipal da Saúde").

    >>> lex = get_lexicon(("en",))
    >>> is_mayor_title("Deputy Mayor", lex), is_mayor_title("president", lex)
    (True, False)
    >>> is_mayor_title("assessora allo sviluppo economico", get_lexicon(("it",)))
    True

    A capitalised portfolio may close it ("Wethouder Economie"):

    >>> is_mayor_title("Wethouder Economie", get_lexicon(("nl",)))
    True
    """
    for match in lex.finditer("mayor", title):
        rest = title[match.end():]
        if not rest or (rest[:1].isspace() and (lex.regex("title_spec").match(rest.lstrip())
                                                or lex.regex("of").match(rest.lstrip())
                                                or _PORTFOLIO.fullmatch(rest.lstrip()))):
            return True
    return False


#: a capitalised portfolio after a title ("Wethouder Economie", "Gedeputeerde Zorg")
_PORTFOLIO = re.compile(PORTFOLIO_WORD)


def holds_public_office(title: str, lex) -> bool:
    """Whether a title is a mayor's or councillor's (:func:`is_mayor_title`) or a regional
    official's (class ``regional``: "assessore regionale", "Landesrätin"): its holder holds no
    office in a hospital or company named nearby.

    >>> holds_public_office("Landesrätin", get_lexicon(("de",))), holds_public_office("Geschäftsführerin", get_lexicon(("de",)))
    (True, False)
    """
    return is_mayor_title(title, lex) or lex.search("regional", title) is not None


def mayor_roles(doc: Document, entities: list[Entity], relations: list[Relation]) -> list[Relation]:
    """Roles of mayors named without their city (see the module docstring)."""
    with_role = {r.subject for r in relations if r.type == "role"}
    found: list[Relation] = []
    unplaced: dict[str, tuple[str, object]] = {}  # person -> (title, evidence) of a mayor no sentence places
    regional: dict[str, tuple[str, object]] = {}  # ... of a regional official ("l'assessora regionale alla salute")
    national: dict[str, tuple[str, object]] = {}  # ... of a minister ("Le Ministre de la Santé, Dr X")
    for sentence in doc.sentences:
        languages = {sentence.language or "", doc.language or "", "en"} - {""}
        lex = get_lexicon(tuple(sorted(languages)))
        if not any(lex.search(cls, sentence.text) for cls in ("mayor", "regional", "national")):
            continue
        ss = SlotSentence.build(sentence, doc.text, entities)
        findings = find_roles(ss, lex)
        mayors = [f for f in findings if f.object is None and is_mayor_title(f.title, lex)]
        for finding in mayors:
            unplaced.setdefault(finding.subject.entity.id, (finding.title, ss.evidence))
        for finding in findings:
            if finding.object is None and lex.search("regional", finding.title):
                regional.setdefault(finding.subject.entity.id, (finding.title, ss.evidence))
            elif finding.object is None and lex.search("national", finding.title) \
                    and not _adjective_before(sentence.text, finding.title):
                national.setdefault(finding.subject.entity.id, (finding.title, ss.evidence))
        if not mayors or lex.search("visit_verb", sentence.text) or lex.search("trip", sentence.text):
            continue
        # the sentence's own "in" words: English "at" is Danish "that"
        own = get_lexicon((sentence.language or doc.language or "en",))
        placed_after = own.expand("{in} {art?}") + "$"
        # nor where a delegation comes from ("mottok en delegasjon fra Xi'an")
        origin = lex.expand("{delegation} (?:{of}|{from}) {art?}") + "$"
        seats = {slot.entity.id for slot in ss.slots if slot.entity.type in _SEATS
                 and not re.search(placed_after, ss.marked[:slot.marked_start])
                 and not re.search(origin, ss.marked[:slot.marked_start])}
        # not a seat someone else of the sentence holds a title in ("dal sindaco A e dal vicesindaco di X B")
        seats -= {f.object.entity.id for f in findings if f.object is not None}
        for finding, seat in _seats_of(mayors, seats, ss, lex):
            person = finding.subject.entity.id
            if person in with_role:
                continue
            found.append(Relation("role", person, seat, ss.evidence, finding.title))
            with_role.add(person)
    visitors = {r.subject for r in relations if r.type == "visit"}
    unplaced = {p: v for p, v in unplaced.items() if p not in with_role and p not in visitors}
    home = home_city(doc, entities, relations) if unplaced else None
    if home is not None:
        home = _government_of(home, entities)
        found += [Relation("role", person, home, evidence, title)
                  for person, (title, evidence) in unplaced.items()]
        with_role |= set(unplaced)
    regional = {p: v for p, v in regional.items() if p not in with_role and p not in visitors}
    region = home_region(doc, entities) if regional or national else None
    if region is not None:
        region = _government_of(region, entities)
        found += [Relation("role", person, region, evidence, title)
                  for person, (title, evidence) in regional.items()]
        with_role |= set(regional)
    national = {p: v for p, v in national.items() if p not in with_role and p not in visitors}
    seat = region or (home_country(doc, entities) if national else None)
    for person, (title, evidence) in national.items():
        ministry = None if region else portfolio_body(title, entities, len(doc.text), bare=True)
        if ministry or seat:
            found.append(Relation("role", person, ministry.id if ministry else seat, evidence, title))
    return found


def _adjective_before(text: str, title: str) -> bool:
    """Whether a capitalised word inside the sentence stands right before a title: a regional
    minister's region as an adjective ("Vlaams minister van Economie"), no country's minister.

    >>> _adjective_before("Er sprak Vlaams minister van Economie X.", "minister van Economie")
    True
    >>> _adjective_before("Minister van Economie X sprak.", "Minister van Economie")
    False
    """
    at = text.find(title)
    before = text[:at].split() if at > 0 else []
    return len(before) > 1 and before[-1][:1].isupper() and before[-1].isalpha()


def home_country(doc: Document, entities: list[Entity]) -> str | None:
    """The id of the country a document reports from, for a minister named without a body: the
    one country it names whose official language the document is written in.

    >>> from healthkg.loaders.statements import Mention
    >>> doc = Document(id="h", source="h.txt", text="", language="fr")
    >>> ents = [Entity("l/c", "Country", "Chine", [Mention("Chine", 0, 5)], links={"iso3166": "CN"}),
    ...         Entity("l/s", "Country", "Sénégal", [Mention("Sénégal", 9, 16)], links={"iso3166": "SN"})]
    >>> home_country(doc, ents)
    'l/s'
    """
    local = [e.id for e in entities if e.type == "Country" and _official_in(doc.language, e.links.get("iso3166"))]
    return local[0] if len(local) == 1 else None


def _government_of(place_id: str, entities: list[Entity]) -> str:
    """The government body the text names after a place ("Regione Liguria", "Malmö stad",
    "Prefeitura de Caxias do Sul"), else the place: the guidelines mark a role to the place
    only when the text names no body.

    >>> from healthkg.loaders.statements import Mention
    >>> ents = [Entity("l/l", "Region", "Liguria", [Mention("Liguria", 0, 7)]),
    ...         Entity("o/r", "GovernmentBody", "Regione Liguria", [Mention("Regione Liguria", 9, 24)])]
    >>> _government_of("l/l", ents), _government_of("l/x", ents)
    ('o/r', 'l/x')
    """
    place = next((e for e in entities if e.id == place_id), None)
    if place is None:
        return place_id
    named = [e.id for e in entities if e.type == "GovernmentBody"
             and re.search(rf"(?<!\w){re.escape(place.name)}(?!\w)", e.name)]
    return named[0] if len(named) == 1 else place_id


def home_region(doc: Document, entities: list[Entity]) -> str | None:
    """The id of the region a document reports from, for a regional official named without
    it ("L'assessora regionale alla salute, X"): the one region (a country's subdivision) it
    names in a country whose official language the document is written in, or of several the
    one named most often.

    >>> from healthkg.loaders.statements import Mention
    >>> doc = Document(id="h", source="h.txt", text="", language="it")
    >>> ents = [Entity("l/h", "Region", "Hebei", [Mention("Hebei", 0, 5)], links={"iso3166": "CN-HE"}),
    ...         Entity("l/u", "Region", "Umbria", [Mention("Umbria", 9, 15)], links={"iso3166": "IT-55"})]
    >>> home_region(doc, ents)
    'l/u'
    """
    local = [e for e in entities if e.type == "Region" and "-" in e.links.get("iso3166", "")
             and _official_in(doc.language, e.links["iso3166"].split("-")[0])]
    if not local:
        return None
    counts = sorted(((len(e.mentions), e.id) for e in local), reverse=True)
    return counts[0][1] if len(counts) == 1 or counts[0][0] > counts[1][0] else None


def signed_for_their_seat(roles: list[Relation], events: list[Event], relations: list[Relation],
                          entities: list[Entity]) -> list[Relation]:
    """Agreements a mayor signed for the seat this module gave them: "O prefeito A e a
    vice-prefeita de Y, B, assinaram um protocolo" is an agreement between A's city and Y
    (the agreement reader ran before A had a city and kept only the event).

    >>> from healthkg.loaders.statements import Evidence
    >>> ev = Evidence("...", 0, 3)
    >>> ents = [Entity("p/a", "Person", "A"), Entity("l/c", "City", "C"), Entity("l/y", "City", "Y")]
    >>> roles = [Relation("role", "p/a", "l/c", ev, "prefeito")]
    >>> events = [Event("e/1", "Agreement", ["l/y", "p/a"], ev)]
    >>> [(r.subject, r.object) for r in signed_for_their_seat(roles, events, [], ents)]
    [('l/c', 'l/y')]
    """
    people = {e.id for e in entities if e.type == "Person"}
    seat_of = {r.subject: r.object for r in roles if r.type == "role"}
    agreed = {frozenset((r.subject, r.object)) for r in relations if r.type == "agreement"}
    found: list[Relation] = []
    for event in events:
        if event.type != "Agreement":
            continue
        for person in [p for p in event.participants if p in seat_of]:
            seat = seat_of[person]
            for other in event.participants:
                if other in (person, seat) or other in people or frozenset((seat, other)) in agreed:
                    continue
                found.append(Relation("agreement", seat, other, event.evidence))
                agreed.add(frozenset((seat, other)))
    return found


def home_city(doc: Document, entities: list[Entity], relations: list[Relation]) -> str | None:
    """The id of the city a document reports from, or ``None`` when it is not plain: the one
    city it names in a country whose official language (CLDR, through babel) the document is
    written in; of several, the one visited, or else the one named most often. A visit to a
    city abroad leaves the home open (the mayor of the text may be that city's).

    >>> from healthkg.loaders.statements import Mention
    >>> doc = Document(id="h", source="h.txt", text="", language="no")
    >>> ents = [Entity("l/x", "City", "Xiamen", [Mention("Xiamen", 0, 6)], links={"iso3166": "CN"}),
    ...         Entity("l/t", "City", "Trondheim", [Mention("Trondheim", 9, 18)], links={"iso3166": "NO"})]
    >>> home_city(doc, ents, [])
    'l/t'
    """
    cities = {e.id: e for e in entities if e.type == "City"}
    local = [e for e in cities.values() if _official_in(doc.language, e.links.get("iso3166"))]
    visited = {r.object for r in relations if r.type == "visit" and r.object in cities}
    if not local or visited - {e.id for e in local}:
        return None
    if len(local) == 1:
        return local[0].id
    if len(visited) == 1:
        return next(iter(visited))
    counts = sorted(((len(e.mentions), e.id) for e in local), reverse=True)
    return counts[0][1] if counts[0][0] > counts[1][0] else None


@lru_cache(maxsize=512)
def _official_in(language: str | None, country: str | None) -> bool:
    """Whether ``language`` is an official language of ``country`` (ISO codes).

    >>> _official_in("es", "AR"), _official_in("de", "CN"), _official_in("no", "NO")
    (True, False, True)
    """
    if not language or not country:
        return False
    from babel.languages import get_official_languages

    try:
        return language in get_official_languages(country, de_facto=True)
    except Exception:  # noqa: BLE001 - a code CLDR does not know
        return False


def _seats_of(mayors, seats: set[str], ss: SlotSentence, lex) -> list:
    """(mayor, seat) pairs: every mayor to the one seat of the sentence; two mayors to two
    coordinated seats after them in the same order ("Mayor A and Vice Mayor B signed a
    twinning agreement between X and Y": A of X, B of Y)."""
    if len(seats) == 1:
        return [(finding, next(iter(seats))) for finding in mayors]
    if len(seats) != 2 or len(mayors) != 2:
        return []
    if "__seat_pair__" not in lex._compiled:
        lex._compiled["__seat_pair__"] = re.compile(r"(?P<a>⟪[OL]\d+⟫),? " + lex.expand("{and} {art?}") + r"(?P<b>⟪[OL]\d+⟫)")
    pair = lex._compiled["__seat_pair__"]
    last_mayor = max(f.subject.marked_end for f in mayors)
    for match in pair.finditer(ss.marked, last_mayor):
        first, second = ss.slot(match.group("a")).entity.id, ss.slot(match.group("b")).entity.id
        if {first, second} == seats:
            ordered = sorted(mayors, key=lambda f: f.subject.marked_start)
            return [(ordered[0], first), (ordered[1], second)]
    return []
