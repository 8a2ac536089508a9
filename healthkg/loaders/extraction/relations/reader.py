"""Read one document's relations and events, sentence by sentence, then across sentences.

Per sentence (rules of the sentence's language, the document's and English):
roles, located-in, part-of and partner patterns, agreements, visits, joint initiatives,
meetings and projects, each event with the sentence's date and amount. Across the
document: a role read without a body ("secretary-general Zeng Bin", in a sentence that
names no organization or place and with no "of ..." in the title) goes to the last
organization of the sentence just before, for people with no other role; an
organization named after a city or region it starts or ends with is located there; an
organization whose name contains another's plus a unit noun ("X Hospital's Y Branch")
is part of it; events of one occasion are merged; an agreement or project sentence
without an amount takes the one of the next sentence when that sentence has no event, or
of the sentence after it when that one names the event by its noun ("The agreement ... has a
volume of EUR 1.3 million"); a headline that restates an event of the text makes no event of its own.

>>> from healthkg.loaders.statements import Mention
>>> text = "Secretary-general Ann Wu welcomed them. Ann Wu said so."
>>> doc = Document(id="r", source="r.txt", text="Lake Labs hosted a visit. " + text,
...                sentences=[Sentence(0, 25, "Lake Labs hosted a visit."),
...                           Sentence(26, 65, "Secretary-general Ann Wu welcomed them.")])
>>> ents = [Entity("o/l", "Company", "Lake Labs", [Mention("Lake Labs", 0, 9)]),
...         Entity("p/a", "Person", "Ann Wu", [Mention("Ann Wu", 44, 50)])]
>>> relations, events = DocumentReader(doc, ents).run()
>>> [(r.type, r.subject, r.object, r.role) for r in relations]
[('role', 'p/a', 'o/l', 'secretary-general')]
"""
from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.extraction.demonyms import CITY_ADJECTIVE_ENDINGS
from healthkg.loaders.extraction.lexicon import is_chinese_name
from healthkg.loaders.extraction.organizations import is_legal_form
from healthkg.loaders.extraction.tokens import Word
from healthkg.loaders.extraction.relations.checks import SENTENCE_CHECKS
from healthkg.loaders.extraction.relations.cooperation import (
    delegation_origin, find_agreement, find_joint, find_leader, find_visit)
from healthkg.loaders.extraction.relations.dates import ends_dateline, find_dates, find_weekday, names_weekday
from healthkg.loaders.extraction.relations.lexicon import Lexicon, get_lexicon
from healthkg.loaders.extraction.relations.mayors import holds_public_office, is_mayor_title
from healthkg.loaders.extraction.relations.money import find_amounts, local_currency
from healthkg.loaders.extraction.relations.references import ShortReferences
from healthkg.loaders.extraction.relations.roles import find_roles
from healthkg.loaders.extraction.relations.slots import Slot, SlotSentence
from healthkg.loaders.extraction.relations.subsidiary_names import is_subsidiary_name
from healthkg.loaders.resolution.normalise import org_key
from healthkg.loaders.statements import (
    SYMMETRIC_RELATIONS, Amount, Entity, Event, Evidence, Relation)

__all__ = ["DocumentReader"]

logger = logging.getLogger(__name__)

#: How many sentences back a role without a body looks for an organization.
ROLE_LOOKBACK = 1
#: how far before a body's mention a word of class ``with`` makes it a companion, not the body a title belongs to
COMPANION_CHARS = 40
#: how many sentences back an amount paid or invested looks for its agreement or project
FUNDING_LOOKBACK = 6
#: how many sentences back the agreement of bodies lies that people sign or that a sentence restates
SIGNERS_LOOKBACK = 4
#: how far before an amount a word of a trade volume or market size makes it no event's amount
VOLUME_REACH = 100
#: word classes that give an amount after a volume word back to an event ("a sales agreement worth ...")
_AMOUNT_OWNERS = ("agreement_noun", "project_noun", "pays", "funding", "worth")
#: how many sentences before a department's own the body it belongs to may be named
UNIT_LOOKBACK = 0
#: how many characters after a department with no body before it the body it belongs to may begin ("... teknik vid | Linköpings universitet")
UNIT_OWNER_AFTER = 20
#: how many sentences before "both cities ..." the two cities may be named
BOTH_CITIES_LOOKBACK = 3
#: the bodies a department (recognizer ``units``) belongs to
_UNIT_OWNER_TYPES = ("Hospital", "University")
_MONEY_EVENTS = ("Agreement", "Project")
#: the word class of the nouns that name an event of a type ("Vereinbarung", "Projekt")
_EVENT_NOUNS = {"Agreement": "agreement_noun", "Project": "project_noun"}
#: the relations read by the templates of ``relation_patterns.tsv`` alone
_STRUCTURAL_RELATIONS = ("located_in", "part_of", "partner_of")
_DATELINE_CHARS = 200  # a dateline that dates weekdays stands within the first characters of the text


@dataclass
class _Draft:
    type: str
    participants: list[str]
    sentence: int
    evidence: Evidence
    date: str | None = None
    amount: Amount | None = None
    anchor: int = 0  # offset of the trigger in the sentence text
    headline: bool = False
    visited: tuple[str, ...] = ()  # of a visit: the bodies and places visited, and who visited
    visitor: str | None = None
    restates: bool = False  # an agreement sentence opening with "The agreement ..."
    context_date: str | None = None  # the day the text was at when the sentence came: the last date before it
    date_inferred: bool = False  # the date is the one the sentence before names, not one this sentence tells


@dataclass
class _Pending:
    person: str
    title: str
    sentence: int
    evidence: Evidence


def _board_title(title: str) -> bool:
    """Whether a title ends with the name of a governing board (``common/board_names.txt``):
    "Voorzitster van de raad van bestuur", "presidente do conselho de administração".

    >>> _board_title("Voorzitster van de raad van bestuur"), _board_title("directeur van het ziekenhuis")
    (True, False)
    """
    from healthkg.loaders.extraction.rulefiles import load_words

    lower = " ".join(title.lower().split())
    return any(lower.endswith(board) for board in load_words("", "board_names.txt"))


@dataclass
class DocumentReader(ShortReferences):
    """Collects relations and events of one document (see the module docstring)."""

    doc: Document
    entities: list[Entity]
    relations: list[Relation] = field(default_factory=list)
    drafts: list[_Draft] = field(default_factory=list)
    _seen: set = field(default_factory=set)
    _offices: set = field(default_factory=set)  # (body, place) of the offices a headline says a body opens
    _in_headline: bool = False
    _role_orgs: dict[str, str] = field(default_factory=dict)
    _pending: list[_Pending] = field(default_factory=list)
    _leader: str | None = None
    _referred: list = field(default_factory=list)  # (start, end, entity) of the short references read
    _untitled: list = field(default_factory=list)  # (person, title) of this sentence's titles without a body
    _origin: tuple[int, str] | None = None  # (sentence, entity) of the last delegation's origin
    _leader_roles: list = field(default_factory=list)  # (person, origin, title, evidence) of delegations' leaders
    _lone_signers: list = field(default_factory=list)  # ((person, title), parties, people, evidence) of agreements
    _amounts: dict[int, Amount] = field(default_factory=dict)
    _sentences: list[Sentence] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _body_started: bool = False
    _last_date: str | None = None  # of the last dated event of the text
    _last_mentioned: str | None = None  # the first day of the last date the text names
    _last_mentioned_at: int = -1  # the index of the sentence that names it
    _previous_parties: list[str] = field(default_factory=list)  # people and bodies of the last sentence with any

    def __post_init__(self):
        self.by_id = {e.id: e for e in self.entities}
        self._mentions = sorted(((m.start, m.end, e) for e in self.entities for m in e.mentions),
                                key=lambda span: (span[0], -span[1]))
        self._mention_starts = [span[0] for span in self._mentions]
        self.reference = self.doc.published or self._dateline()
        self._org_last_words: list[tuple[Entity, int, list[str]]] | None = None
        self._name_heads: frozenset[str] | None = None
        # the countries the document names (ISO 3166 codes): whose "pesos" a bare "pesos" are
        self._countries = frozenset(e.links["iso3166"] for e in self.entities
                                    if e.type == "Country" and (e.links or {}).get("iso3166"))

    def _dateline(self) -> str | None:
        """Without a publication date, the first full date of the text (a dateline) dates it."""
        found = find_dates(self.doc.text[:2000], self.doc.language, None)
        return found[0][2] if found else None

    # -- driver -------------------------------------------------------------------------
    def run(self) -> tuple[list[Relation], list[Event]]:
        text = self.doc.text
        self._sentences = list(self.doc.sentences) or [
            Sentence(0, len(text), text, self.doc.language)]
        self._sentence_starts = [sentence.start for sentence in self._sentences]
        for index, sentence in enumerate(self._sentences):
            self._read_sentence(index, sentence)
        self._delegation_leader_roles()  # (before the pending roles: the origin, not the body named last)
        self._resolve_pending_roles()
        self._lone_signer_roles()
        self._name_rules()
        self._attach_units()
        self._drop_place_visitors()
        self._drop_unit_agreements()
        self._drop_group_offices()
        return self.relations, self._events()

    def _drop_group_offices(self) -> None:
        """An office a headline says a group opens, where the text names its subsidiary, is the
        subsidiary's ("Tianmu eröffnet Europazentrale in Bremen" over "die Tianmu
        (Deutschland) GmbH, eine Tochtergesellschaft der Tianmu-Gruppe, hat ... eröffnet"): the
        group is not seated there. The body may still say the group settles there itself."""
        units = {e.id for e in self.entities if "units" in e.attributes.get("recognizers", ())}
        groups = {r.object for r in self.relations if r.type == "part_of" and r.subject not in units
                  and self._entity_type(r.subject) == "Company"}
        self.relations = [r for r in self.relations if not (
            r.type == "located_in" and r.subject in groups and (r.subject, r.object) in self._offices)]

    def _drop_unit_agreements(self) -> None:
        """No body agrees with the body it is part of. A department is no party of an agreement
        beside its own hospital or university ("the MoU was signed by the CEO of X and the head
        of Y's cardiology department": X and Y agreed); a subsidiary is, and its parent named
        beside it is not ("la convenzione tra A e la X B.V., filiale europea del gruppo Y": A and X)."""
        parent = {r.subject: r.object for r in self.relations if r.type == "part_of"}
        units = {e.id for e in self.entities if "units" in e.attributes.get("recognizers", ())}
        pairs = {frozenset((r.subject, r.object)) for r in self.relations if r.type == "agreement"}
        subsidiaries: dict[str, list[str]] = {}
        for child, owner in parent.items():
            if child not in units:
                subsidiaries.setdefault(owner, []).append(child)

        def redundant(rel: Relation) -> bool:
            for one, other in ((rel.subject, rel.object), (rel.object, rel.subject)):
                owner = parent.get(one)
                if owner is not None and owner == other:
                    return True
                if one in units and owner is not None and frozenset((owner, other)) in pairs:
                    return True
                if any(frozenset((child, other)) in pairs for child in subsidiaries.get(one, ())):
                    return True
            return False

        self.relations = [r for r in self.relations if not (r.type == "agreement" and redundant(r))]

    def _both_cities_partners(self, index: int, ss: SlotSentence, lex: Lexicon) -> None:
        """"Beide Städte pflegen seit 2019 eine Städtepartnerschaft", "Les deux villes sont liées
        par un accord d'amitié": the two cities are the last two the text named, up to the end
        of the sentence, within ``BOTH_CITIES_LOOKBACK`` sentences."""
        if not lex.search("both_cities", ss.marked) or not (
                lex.search("twinned", ss.marked) or lex.search("partner_city", ss.marked)):
            return
        window_start = self._sentences[max(0, index - BOTH_CITIES_LOOKBACK)].start
        cities: list[str] = []
        for start, _end, entity in reversed(self._mentions):
            if start >= ss.sentence.end or start < window_start or entity.type != "City":
                continue
            if entity.id not in cities:
                cities.append(entity.id)
            if len(cities) == 2:
                self._add("partner_of", cities[1], cities[0], ss.evidence)
                return

    def _attach_units(self) -> None:
        """A department (recognizer ``units``) that no pattern makes part of a body is part
        of the last hospital or university named before it in its sentence (``UNIT_LOOKBACK``
        sentences before it too), else of one named right after it (``UNIT_OWNER_AFTER``) ("Gjestene fikk omvisning ved Nidaros
        universitetssykehus, der ... ved Avdeling for medisinsk mikrobiologi"): a department
        belongs to some hospital or university, and the text names it first."""
        owned = {r.subject for r in self.relations if r.type == "part_of"}
        # (a body referred to counts: "Party Secretary of our hospital X, Director of the Department of ...")
        spans = sorted(self._mentions + self._referred, key=lambda span: span[:2])
        for unit in self.entities:
            if unit.id in owned or "units" not in unit.attributes.get("recognizers", ()) or not unit.mentions:
                continue
            first = min(m.start for m in unit.mentions)
            if self._names_owner_after(unit, first):
                best = self._owner_after(unit, first)  # "la UO Cardiologia degli Spedali Civili": its own owner
                if best is not None:
                    self._add("part_of", unit.id, best[1], self._sentence_of(first))
                continue
            window_start = self._sentences[max(0, self._sentence_index(first) - UNIT_LOOKBACK)].start
            best: tuple[int, str] | None = None
            best_end = -1
            for start, end, entity in spans:
                if start >= first:
                    break
                if start < window_start or start < best_end:
                    continue  # (not the university inside the hospital's name: "Primer Hospital de la | Universidad de X")
                if entity.type in _UNIT_OWNER_TYPES and entity.id != unit.id \
                        and "units" not in entity.attributes.get("recognizers", ()):
                    best, best_end = (start, entity.id), end
            if best is None:  # "Institutionen för medicinsk teknik vid Linköpings universitet": the body right after it
                best = self._owner_after(unit, first)
            if best is not None:
                self._add("part_of", unit.id, best[1], self._sentence_of(first))

    def _names_owner_after(self, unit: Entity, first: int) -> bool:
        """Whether a connector and a capitalised word follow a department's first mention: the
        text names the body it belongs to right there ("la UO Cardiologia degli | Spedali Civili"),
        so no body named before it is its owner."""
        end = min(m.end for m in unit.mentions if m.start == first)
        lex = self._lexicon(self._sentences[self._sentence_index(first)])
        # (an elided article may open the name: "École de science infirmière de | l'Université Laval")
        after = re.match(r"\s+(\S+)\s+(?:\w['’]|\S+\s+)?(\S)", self.doc.text[end:end + 60])
        return after is not None and after.group(2).isupper() \
            and re.fullmatch(lex.alternation("of"), after.group(1)) is not None \
            and re.fullmatch(lex.alternation("in"), after.group(1)) is None  # (a seat is no owner: "in Y")

    def _owner_after(self, unit: Entity, first: int) -> tuple[int, str] | None:
        """The hospital or university named right after a department's first mention, with
        only a connector (and the department's acronym) between ("... (DIMEAS) del | Politecnico
        di Torino"), not after a comma or a conjunction (a second body)."""
        end = min(m.end for m in unit.mentions if m.start == first)
        sentence = self._sentences[self._sentence_index(first)]
        lex = self._lexicon(sentence)
        for start, _end, entity in self._mentions:
            if start <= end:
                continue
            gap = self.doc.text[end:start]
            if start > min(end + UNIT_OWNER_AFTER, sentence.end) or "," in gap \
                    or re.search(rf"(?<!\w){lex.alternation('and')}(?!\w)", gap):
                return None
            if entity.type in _UNIT_OWNER_TYPES and entity.id != unit.id \
                    and "units" not in entity.attributes.get("recognizers", ()):
                return start, entity.id
        return None

    _PLACE_TYPES = ("City", "Region", "Country")

    def _drop_place_visitors(self) -> None:
        """A delegation's place of origin is the visitor only where no person or body is
        named for a visit to the same host ("delegation from Hangzhou visited X" in a
        headline, "... led by Sun Wei, visited X" in the text: Sun Wei's visit)."""
        def from_place(rel: Relation) -> bool:
            entity = self.by_id.get(rel.subject)
            return entity is not None and entity.type in self._PLACE_TYPES

        hosts = {r.object for r in self.relations if r.type == "visit" and not from_place(r)}
        self.relations = [r for r in self.relations
                          if not (r.type == "visit" and from_place(r) and r.object in hosts)]

    def _lexicon(self, sentence: Sentence) -> Lexicon:
        languages = {sentence.language or "", self.doc.language or "", "en"} - {""}
        return get_lexicon(tuple(sorted(languages)))

    def _add(self, rtype: str, subject: str, obj: str, evidence: Evidence,
             role: str | None = None, second_seat: bool = False) -> bool:
        if subject == obj:
            return False
        key = (rtype, frozenset((subject, obj))) if rtype in SYMMETRIC_RELATIONS \
            else (rtype, subject, obj)
        if key in self._seen:
            return False
        if rtype == "located_in" and obj in self.by_id and "cldr" in self.by_id[obj].links:
            return False  # a body works in a continent ("its second base in Latin America"), it is seated in a place
        # one place per organization: the first the text gives; an office it opens is one more
        seat = ("second_seat" if second_seat else "located_in", subject)
        if rtype == "located_in" and seat in self._seen and not self._city_in_named_region(subject, obj):
            return False
        self._seen.add(key)
        if rtype == "located_in":
            self._seen.add(seat)
            if second_seat and self._in_headline:
                self._offices.add((subject, obj))
        self.relations.append(Relation(rtype, subject, obj, evidence, role))
        return True

    def _city_in_named_region(self, subject: str, city: str) -> bool:
        """Whether a body's seat so far is a region or country its own name gives, and the
        text now names a city: the city replaces it ("People's Hospital of Guangxi Zhuang
        Autonomous Region ... is a tertiary hospital in Nanning")."""
        body, place = self.by_id.get(subject), self.by_id.get(city)
        if body is None or place is None or place.type != "City":
            return False
        for i, rel in enumerate(self.relations):
            if rel.type == "located_in" and rel.subject == subject:  # the first seat given
                region = self.by_id.get(rel.object)
                if region is not None and region.type in ("Region", "Country") and region.name in body.name:
                    del self.relations[i]
                    return True
                return False
        return False

    # -- one sentence -------------------------------------------------------------------
    def _read_sentence(self, index: int, sentence: Sentence) -> None:
        lex = self._lexicon(sentence)
        language = sentence.language or self.doc.language
        headline = self._in_headline = not self._body_started and not _ends_sentence(sentence.text)
        self._body_started = self._body_started or _ends_sentence(sentence.text)
        amount = _event_amount(sentence.text, lex, language)
        if amount:
            amount = self._amounts[index] = local_currency(amount, sentence.text, language, self._countries)
        first = bisect_left(self._mention_starts, sentence.start)
        last = bisect_left(self._mention_starts, sentence.end)
        anaphors = self._anaphors(sentence, lex)
        self._referred.extend((start, end, entity) for entity, start, end in anaphors)
        ss = SlotSentence.from_spans(sentence, self.doc.text, self._mentions[first:last], anaphors)
        dates = find_dates(sentence.text, language, self.reference) if self._has_digit(sentence.text) else []
        dates = [d for d in dates if not ends_dateline(sentence.text, d[0], d[1])]  # the page's day, not the event's
        if dates and not headline:  # "Vom 10. bis 12. Mai fand ein Forum statt. Am zweiten Tag ..."
            self._last_mentioned, self._last_mentioned_at = dates[0][2], index
        elif not headline and self._body_started:
            named = self._named_day(sentence.text, lex, language)
            if named:
                self._last_mentioned, self._last_mentioned_at = named, index
        self._both_cities_partners(index, ss, lex)
        if not ss.slots:
            drafts = self._both_sides_agreement(ss, lex, index) or self._both_sides_project(ss, lex, index)
            if not drafts:
                return
        else:
            party_of, bound = self._read_roles(ss, lex, index)
            self._pattern_relations(ss, lex)
            drafts = self._cooperation(ss, lex, index, party_of, bound)
            if not drafts:
                drafts = self._meeting_or_project(ss, lex, index)
            self._previous_parties = list(dict.fromkeys(s.entity.id for s in ss.of_kind("PO")))
        told = None if dates or not drafts else self._context_date(sentence.text, lex, language)
        # (a date the sentence before names is the day the text is at, not one this sentence tells)
        before = None if dates or told or not drafts else self._date_just_before(index, sentence.text, language)
        for draft in drafts:
            if dates:  # the date nearest the trigger, not a dateline's
                draft.date = min(dates, key=lambda d: abs(d[0] - draft.anchor))[2]
            else:
                draft.date = told or before
                draft.date_inferred = before is not None and told is None
            if draft.date and not headline:
                self._last_date = draft.date
            if not names_weekday(sentence.text, language):  # ("firmó el jueves": a day of its own, unknown)
                draft.context_date = self._last_date or self._last_mentioned or self._weekday_reference()
            if draft.type in _MONEY_EVENTS:
                draft.amount = amount
            draft.headline = headline
        self.drafts += drafts

    def _part_of_either(self, a: str, b: str) -> bool:
        """Whether one body is found part of the other (a faculty and its university sign as one side)."""
        return any(r.type == "part_of" and {r.subject, r.object} == {a, b} for r in self.relations)

    def _both_sides_agreement(self, ss: SlotSentence, lex: Lexicon, index: int) -> list[_Draft]:
        """"X and Y held talks. The two sides signed a memorandum": an agreement of the two
        parties the sentence before names, when it names exactly two."""
        parties = self._previous_parties
        if len(parties) != 2 or not lex.search("both_sides", ss.marked) \
                or not lex.search("agreement_verb", ss.marked) or not lex.search("agreement_noun", ss.marked):
            return []
        self._add("agreement", parties[0], parties[1], ss.evidence)
        return [_Draft("Agreement", list(parties), index, ss.evidence,
                       anchor=self._anchor(ss, lex, "agreement_verb"))]

    def _both_sides_project(self, ss: SlotSentence, lex: Lexicon, index: int) -> list[_Draft]:
        """"X and Y signed an agreement. The two sides will jointly build a centre in Z": a
        project of the two parties the sentence before names, when it names exactly two and
        this sentence names no person or body."""
        parties = self._previous_parties
        if len(parties) != 2 or not lex.search("both_sides", ss.marked) \
                or not lex.search("project", ss.marked):
            return []
        return [_Draft("Project", list(parties), index, ss.evidence,
                       anchor=self._anchor(ss, lex, "project"))]

    @staticmethod
    def _has_digit(text: str) -> bool:
        return _DIGIT.search(text) is not None

    def _context_date(self, text: str, lex: Lexicon, language: str | None) -> str | None:
        """The date of an event the sentence dates only by context: "yesterday" (the day before
        publication), "the same day", "during the visit", "in the afternoon" (the last event's
        date), "the next day" / "the day before" (the day after / before it) or a weekday ("on
        Thursday": the last one on or before publication)."""
        yesterday = self._before_publication(text, lex)  # ("nel pomeriggio di ieri": yesterday, not the last event's day)
        if yesterday:
            return yesterday
        if self._last_date and lex.search("same_day", text):
            return self._last_date
        last = self._last_date or self._last_mentioned
        if last and lex.search("next_day", text):
            return (date.fromisoformat(last) + timedelta(days=1)).isoformat()
        if last and lex.search("previous_day", text):
            return (date.fromisoformat(last) - timedelta(days=1)).isoformat()
        nth = lex.search("nth_day", text)
        first = self._last_mentioned or self._last_date  # a stretch that opened on a weekday
        if nth and first:
            days = int(lex.extras.get("nth_day", {}).get(re.sub(r"\s+", " ", nth.group(0).lower()), "0"))
            return (date.fromisoformat(first) + timedelta(days=days)).isoformat()
        return find_weekday(text, language, self._weekday_reference(), self._last_mentioned)

    def _before_publication(self, text: str, lex: Lexicon) -> str | None:
        """The day "i går", "gisteren", "am gestrigen Mittwoch" names: days before publication
        (or the dateline's day)."""
        before = lex.search("before_publication", text)
        published = self._weekday_reference() if before else None
        if not (before and published):
            return None
        days = int(lex.extras.get("before_publication", {}).get(re.sub(r"\s+", " ", before.group(0).lower()), "0"))
        try:
            return (date.fromisoformat(published) - timedelta(days=days)).isoformat()
        except ValueError:
            return None

    def _named_day(self, text: str, lex: Lexicon, language: str | None) -> str | None:
        """The day a sentence names without writing its date ("Am gestrigen Mittwoch war
        Richtfest", "Tirsdag var delegasjonen på X"): the text is at that day from then on."""
        return self._before_publication(text, lex) \
            or find_weekday(text, language, self._weekday_reference(), self._last_mentioned)

    def _date_just_before(self, index: int, text: str, language: str | None) -> str | None:
        """The date the sentence right before names, for an event its own sentence does not
        date ("Op 1 oktober vond het symposium plaats. Het werd georganiseerd door ..."); not
        when the sentence names a weekday of its own ("firmó el jueves": unsure which)."""
        if self._last_mentioned_at != index - 1 or names_weekday(text, language):
            return None
        return self._last_mentioned

    def _weekday_reference(self) -> str | None:
        """The day a weekday counts back from: the publication date, else a dateline near the
        top of the text ("Madrid, 14 de marzo de 2024" on a line of its own)."""
        if self.doc.published:
            return self.doc.published
        found = find_dates(self.doc.text[:_DATELINE_CHARS], self.doc.language, None)
        return found[0][2] if found else None

    def _read_roles(self, ss: SlotSentence, lex: Lexicon, index: int):
        """Record the sentence's roles; return ``party_of`` (a slot -> the party it stands
        for) and the bodies people of the sentence hold titles in."""
        sentence_orgs: dict[int, Slot] = {}
        bound: set[str] = set()
        self._untitled = []  # (person, title) of the sentence's titles that name no body
        findings = find_roles(ss, lex)
        # bodies some other person of the sentence holds a title in ("le Pr X, chef de ce service,
        # a signé avec le Dr Y, président de l'hôpital chinois": the hospital is Y's)
        titled_in = {f.object.entity.id for f in findings if f.object is not None}
        for finding in findings:
            person = finding.subject.entity.id
            if finding.object is None or finding.object.anaphor:
                body = self._body_in_title(finding.title, lex, ss.sentence.end) \
                    or self._portfolio_body(finding.title, ss.sentence.end)
                if body is not None:  # "regiondirektör X": the director of the region named before,
                    # also against a body only referred to ("regionrådet X, som visade hur sjukhuset ...")
                    self._add("role", person, body.id, ss.evidence, finding.title)
                    continue
            if finding.object is None:
                owner = self._possessive_owner(ss, lex, finding.subject)
                if owner is not None:  # "Así lo explicó su presidenta, X, durante el foro organizado por Y"
                    self._add("role", person, owner, ss.evidence, finding.title)
                    continue
                referred = {slot.entity.id for slot in ss.of_kind("OL") if slot.anaphor} - titled_in
                named = [slot for slot in ss.of_kind("O") if not slot.anaphor]  # (a country it exports to is none)
                if not named and len(referred) == 1 and not holds_public_office(finding.title, lex):
                    # "Direktør X fortalte, at virksomheden investerer ...": the officer of the body referred to
                    self._add("role", person, referred.pop(), ss.evidence, finding.title)
                elif not named and (not lex.search("of", finding.title) or _board_title(finding.title)) \
                        and not lex.search("regional", finding.title):
                    # ("Voorzitster van de raad van bestuur X": the board is the body's, named before)
                    # (a regional official's body is the home region: see mayors.home_region)
                    self._pending.append(_Pending(person, finding.title, index, ss.evidence))
                self._untitled.append((person, finding.title))
                continue
            self._add("role", person, finding.object.entity.id, ss.evidence, finding.title)
            # a mayor signs for the city: "the mayor of X, A, and the vice mayor of Y, B, signed"
            if finding.object.letter == "O" or is_mayor_title(finding.title, lex):
                bound.add(finding.object.entity.id)
                sentence_orgs.setdefault(finding.subject.index, finding.object)
                self._role_orgs.setdefault(person, finding.object.entity.id)

        def party_of(slot: Slot) -> str:
            if slot.letter != "P":
                return slot.entity.id
            if slot.index in sentence_orgs:
                return sentence_orgs[slot.index].entity.id
            return self._role_orgs.get(slot.entity.id, slot.entity.id)

        return party_of, frozenset(bound)

    def _cooperation(self, ss: SlotSentence, lex: Lexicon, index: int, party_of,
                     bound: frozenset[str]) -> list[_Draft]:
        """Agreements, visits and joint initiatives of a sentence: relations and drafts."""
        evidence, drafts = ss.evidence, []
        agreement = find_agreement(ss, lex, party_of, bound)
        if agreement:
            side_a, side_b = agreement
            pairs = [(a, b) for a in side_a for b in side_b] if side_b else \
                [(a, b) for i, a in enumerate(side_a) for b in side_a[i + 1:]
                 if not self._part_of_either(a, b)]  # not "la Facultad de Medicina de la UV" with the UV
            restates = _restates(ss.marked, lex)
            told = self._told_parties(index) if restates else []
            if not told and all(self._entity_type(p) == "Person" for p in side_a + side_b):
                # "Unterschrieben wurde der Vertrag von A und von B": people who sign after an
                # agreement of bodies was told sign it for those bodies, which are its parties
                told = self._told_parties(index, SIGNERS_LOOKBACK)
                restates = restates or len(told) >= 2
            for a, b in self._beside_bodies(pairs):
                if len(told) < 2:  # ("Aftalen blev underskrevet hos X af ..." adds no party to the two told)
                    self._add("agreement", a, b, evidence)
            if len(self._untitled) == 1:  # decided once every role of the text is read
                # "Avtalet undertecknades av prorektor X och Y:s rektor Z": the parties of the
                # agreement a sentence shortly before states count as well (its amount may come between)
                earlier = next((list(d.participants) for d in reversed(self.drafts)
                                if d.type == "Agreement" and index - SIGNERS_LOOKBACK <= d.sentence < index),
                               []) if restates else []
                self._lone_signers.append((self._untitled[0], earlier + side_a + side_b,
                                           {s.entity.id for s in ss.of_kind("P")}, evidence))
            drafts.append(_Draft("Agreement", side_a + side_b, index, evidence,
                                 anchor=self._anchor(ss, lex, "agreement_verb"), restates=restates))
        leader = find_leader(ss, lex)
        self._note_leader_role(ss, lex, index, leader)
        visit = find_visit(ss, lex, leader, self._leader, party_of)
        if visit:
            visitor, visited, position = visit
            visited_ids = list(dict.fromkeys(slot.entity.id for slot in visited))
            if visitor:
                for visited_id in visited_ids:
                    self._add("visit", visitor, visited_id, evidence)
            drafts.append(_Draft("Visit", [p for p in [visitor] + visited_ids if p],
                                 index, evidence,
                                 anchor=ss.doc_offset(position) - ss.sentence.start,
                                 visited=tuple(visited_ids), visitor=visitor))
        if leader is not None:
            self._leader = leader.entity.id
        joint = find_joint(ss, lex) if not agreement else None  # "signed jointly": the agreement
        if joint:
            ids = list(dict.fromkeys(s.entity.id for s in joint))
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    self._add("partner_of", a, b, evidence)
            others = [s.entity.id for s in ss.of_kind("O")]
            # "a forum co-organized by A and B" is a meeting, not a project, and so is "They were
            # co-organized by A and B" right after a sentence about the forum
            kind = "Meeting" if lex.search("meeting", ss.marked) or (
                not lex.search("project", ss.marked) and self._meeting_before(index, lex)) else "Project"
            drafts.append(_Draft(kind, list(dict.fromkeys(ids + others)), index, evidence,
                                 anchor=self._anchor(ss, lex, "jointly")))
        return drafts

    def _told_parties(self, index: int, lookback: int = 2) -> list[str]:
        """The bodies of the agreement one of the ``lookback`` sentences before ``index`` told of: a
        sentence that opens with that agreement ("The contract was signed at X by ...") tells how it
        was signed, and the bodies it names add no party."""
        draft = next((d for d in reversed(self.drafts)
                      if d.type == "Agreement" and index - lookback <= d.sentence < index), None)
        if draft is None:
            return []
        return [p for p in draft.participants if (self._entity_type(p) or "") not in ("Person", "City", "Region", "Country")]

    def _pattern_relations(self, ss: SlotSentence, lex: Lexicon) -> None:
        if len({slot.entity.id for slot in ss.slots}) < 2:
            return  # a relation joins two entities
        # only the patterns whose slots the sentence has: no "{ORG:subj} ... {LOC:obj}" without a place
        letters = frozenset(slot.letter for slot in ss.slots)
        for structural in lex.structural_patterns(_STRUCTURAL_RELATIONS, letters, ss.marked):
            # (compiled: the word classes it needs were looked for in this text when it was picked)
            rtype, pattern, checks = structural.relation, structural.pattern.compiled(), structural.checks
            for match in pattern.finditer(ss.marked):
                subject, obj = ss.slot(match.group("subj")), ss.slot(match.group("obj"))
                if subject is None or obj is None:
                    continue
                if any(c in PATTERN_CHECKS and not PATTERN_CHECKS[c](self, ss, lex, subject, obj)
                       for c in checks):
                    continue
                self._add(rtype, subject.entity.id, obj.entity.id, ss.evidence,
                          second_seat="second_seat" in checks)
                second = ss.slot(match.group("subj2")) if "subj2" in pattern.groupindex and match.group("subj2") else None
                if second is not None:  # "X and Y, both run by Z": the second subject too
                    self._add(rtype, second.entity.id, obj.entity.id, ss.evidence)
                third = ss.slot(match.group("obj2")) if "obj2" in pattern.groupindex and match.group("obj2") else None
                if third is not None and rtype == "partner_of":  # "X gemeinsam mit Y und Z": three partners
                    self._add(rtype, subject.entity.id, third.entity.id, ss.evidence)
                    self._add(rtype, obj.entity.id, third.entity.id, ss.evidence)

    def _possessive_owner(self, ss: SlotSentence, lex: Lexicon, person: Slot) -> str | None:
        """The body a possessive title refers to ("su presidenta, X", "its director, Y"): the
        first one its sentence names before the possessive, else the first of the sentence
        before (the subject the text speaks of; a body named after the title is another's)."""
        key = "__possessive_title__"
        if lex.search("poss_pron", ss.marked) is None:
            return None  # (the cheap test first: the pattern holds every title of the language)
        if key not in lex._compiled:
            lex._compiled[key] = re.compile(lex.expand(r"{poss_pron} {TITLE},? (?:{honorific} ){0,3}") + r"⟪P(\d+)⟫")
        match = next((m for m in lex._compiled[key].finditer(ss.marked) if int(m.group(1)) == person.index), None)
        if match is None:
            return None
        at = ss.doc_offset(match.start())
        here = self._sentence_index(at)
        spans = self._mentions + self._referred  # (a body referred to counts: "La société ... a signé")
        for sentence in (here, here - 1):  # the first body of its sentence before it, else of the one before
            named = sorted((start, e.id) for start, end, e in spans if e.coarse_kind == "organization"
                           and end <= at and self._sentence_index(start) == sentence)
            if named:
                return named[0][1]
        return None

    def _note_leader_role(self, ss: SlotSentence, lex: Lexicon, index: int, leader: Slot | None) -> None:
        """Keep where a delegation comes from, and the leader of it whose title names no body:
        "En delegation fra Hubei-provinsen har besøgt X. Delegationen blev ledet af vicegouvernør Y"."""
        origin = delegation_origin(ss, lex)
        if origin is not None:
            self._origin = (index, origin.entity.id)
        if leader is None or self._origin is None or self._origin[0] < index - 1:
            return
        title = next((t for person, t in self._untitled if person == leader.entity.id), None)
        if title and self._origin[1] != leader.entity.id:
            self._leader_roles.append((leader.entity.id, self._origin[1], title, ss.evidence))

    def _delegation_leader_roles(self) -> None:
        """A delegation's leader whose title names no body, and who holds no other title in the
        text, holds it in the place or body the delegation came from (a vice-governor of the
        province, a president of the hospital)."""
        titled = {r.subject for r in self.relations if r.type == "role"}
        for person, origin, title, evidence in self._leader_roles:
            if person not in titled and self._add("role", person, origin, evidence, title):
                titled.add(person)

    def _lone_signer_roles(self) -> None:
        """The one signer of an agreement whose title names no body holds it in the one party
        no other person of the sentence holds a title in ("signerte administrerende direktør X
        og Y en intensjonsavtale mellom A og B", Y being B's vice-president: X is A's director)."""
        if not self._lone_signers:
            return
        bodies: dict[str, set[str]] = {}  # person -> the bodies they hold a title in
        for r in self.relations:
            if r.type == "role":
                bodies.setdefault(r.subject, set()).add(r.object)
        for (person, title), parties, people, evidence in self._lone_signers:
            others = people - {person}
            if person in bodies or not others or any(o not in bodies for o in others):
                continue  # another signer's body is unknown ("På vegne af X underskrev A aftalen med direktør B")
            held = set().union(*(bodies[o] for o in others))
            free = [p for p in dict.fromkeys(parties) if p not in held and p not in people
                    and self.by_id.get(p) is not None and self.by_id[p].coarse_kind == "organization"]
            if len(free) == 1 and self._add("role", person, free[0], evidence, title):
                bodies[person] = {free[0]}

    def _beside_bodies(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The pairs of an agreement that join two bodies when any pair names a body: a signer
        whose body the text does not say is no party beside a body (the guidelines make bodies
        the parties; the event keeps the signer). Pairs of people alone stay."""
        people = {e.id for e in self.entities if e.type == "Person"}
        if all(a in people and b in people for a, b in pairs):
            return pairs
        return [(a, b) for a, b in pairs if a not in people and b not in people]

    def _meeting_before(self, index: int, lex: Lexicon) -> bool:
        """Whether the sentence before ``index`` names a meeting ("the forum brought together ...")."""
        return index > 0 and lex.search("meeting", self._sentences[index - 1].text) is not None

    def _meeting_or_project(self, ss: SlotSentence, lex: Lexicon, index: int) -> list[_Draft]:
        text = ss.marked
        # the cheap conditions first: the parties, then the trigger words
        people_orgs = list(dict.fromkeys(s.entity.id for s in ss.of_kind("PO")))
        if not people_orgs and lex.search("meeting", text):  # "the forum was held in Porto"
            people_orgs = list(dict.fromkeys(s.entity.id for s in ss.of_kind("L")))
        if len(people_orgs) >= 2 and self._meets_with(ss, lex):  # "X met with Y"
            return [_Draft("Meeting", people_orgs, index, ss.evidence,
                           anchor=self._anchor(ss, lex, "meets_with"))]
        if people_orgs and lex.search("meeting_verb", text):
            excluded = [m.span() for m in lex.finditer("not_meeting", text)]
            if any(not any(s <= m.start() < e for s, e in excluded)
                   for m in lex.finditer("meeting", text)):
                return [_Draft("Meeting", people_orgs, index, ss.evidence,
                               anchor=self._anchor(ss, lex, "meeting"))]
        orgs = list(dict.fromkeys(s.entity.id for s in ss.of_kind("O")))
        if not people_orgs:
            return self._both_sides_project(ss, lex, index)
        if orgs and (lex.search("project", text) or (lex.search("project_noun", text) and (
                lex.search("project_launch", text) or (lex.search("funding", text) and self._has_digit(text))))):
            # (a project noun with a launch, or with money granted: "har fått 3,2 millioner kroner i støtte")
            return [_Draft("Project", orgs, index, ss.evidence,
                           anchor=self._anchor(ss, lex, "project", "project_noun"))]
        return []

    @staticmethod
    def _meets_with(ss: SlotSentence, lex: Lexicon) -> bool:
        """Whether a verb of meeting has a person or body right after it ("met with Mayor X").

        A title may name its place or body first: "met with the mayor of Suzhou, Wang Lei",
        "s'est entretenu avec le président de l'Hôpital Renji"; a place's genitive may stand
        before the title ("møtte Kinas helseminister X"), and "a delegation from" or "representatives
        of" before the body ("träffade en delegation från X", "ha incontrato i vertici dell'X").
        """
        if "__meets_with__" not in lex._compiled:
            lex._compiled["__meets_with__"] = re.compile(
                lex.expand(r"{meets_with}\s+{art?}(?:(?:{delegation}|{representatives}) (?:{of} |{from} ){art?})?"
                           r"(?:⟪L\d+⟫{POSS} (?={TITLE} ))?"
                           r"(?:{TITLE}(?: {of} {art?}⟪L\d+⟫,)? |{TITLE} {of} {art?}(?=⟪O))?"
                           r"(?:{honorific} ){0,3}") + r"⟪[PO]\d+⟫")
        return lex._compiled["__meets_with__"].search(ss.marked) is not None

    @staticmethod
    def _anchor(ss: SlotSentence, lex: Lexicon, *classes: str) -> int:
        for cls in classes:
            match = lex.search(cls, ss.marked)
            if match:
                return ss.doc_offset(match.start()) - ss.sentence.start
        return 0

    # -- short references ---------------------------------------------------------------
    # -- across sentences ---------------------------------------------------------------
    def _resolve_pending_roles(self) -> None:
        has_role = {r.subject for r in self.relations if r.type == "role"}
        for pending in self._pending:
            if pending.person in has_role:
                continue
            org = self._recent_org(pending.sentence, self.by_id.get(pending.person))
            if org and holds_public_office(pending.title, self._lexicon(self._sentences[pending.sentence])) \
                    and self._entity_type(org) != "GovernmentBody":
                continue  # a mayor or a state's minister holds no office in the hospital or company named before
            if org and self._add("role", pending.person, org, pending.evidence, pending.title):
                has_role.add(pending.person)

    def _entity_type(self, entity_id: str) -> str | None:
        return next((e.type for e in self.entities if e.id == entity_id), None)

    def _recent_org(self, index: int, person: Entity | None = None) -> str | None:
        """The body named last before sentence ``index`` (in it or the one before), for a title
        that names none; of a Chinese and a foreign body, the one of the holder's side when the
        text places both ("Rektor Ulrika Lind" after "X universitet och Hunan University": the
        Swedish university; see :func:`is_chinese_name`)."""
        first = max(0, index - ROLE_LOOKBACK)
        start, end = self._sentences[first].start, self._sentences[index].start
        spans = [(m.start, m.end, e.id) for e in self.entities if e.coarse_kind == "organization"
                 for m in e.mentions if start <= m.start and m.end <= end]
        # not a body named inside another's name ("Første Hospital ved | Jilin Universitet")
        outer = [(s_, id_) for s_, e_, id_ in spans
                 if not any(o_s <= s_ and e_ <= o_e and (o_s, o_e) != (s_, e_) for o_s, o_e, _ in spans)]
        if not outer:
            return None
        # not a body brought in by "with" ("X will study it with researchers of Y. Surgeon Z leads
        # the study": Z works for X), unless every body is or only such a body is on the holder's side
        main = [span for span in outer if not self._companion(span[0])]
        if person is None or person.type != "Person":
            return max(main or outer)[1]
        chinese = is_chinese_name(person.name)

        def side(entity_id: str) -> bool | None:  # whether the body is in China (None: not known)
            codes = self._countries_of(self.by_id[entity_id])
            return None if not codes else "CN" in codes

        def choose(spans) -> str:
            latest = max(spans)[1]
            if side(latest) in (None, chinese):
                return latest
            # a body on the holder's side, else one the text places nowhere, before the other side's
            recent = [id_ for _s, id_ in sorted(spans, reverse=True)]
            return next((id_ for id_ in recent if side(id_) == chinese), None) \
                or next((id_ for id_ in recent if side(id_) is None), latest)

        chosen = choose(main) if main else None
        return chosen if chosen is not None and side(chosen) in (None, chinese) else choose(outer)

    def _companion(self, offset: int) -> bool:
        """Whether a body's mention at ``offset`` follows a word of class ``with`` within
        ``COMPANION_CHARS`` characters of its sentence ("samen met onderzoekers van | Y")."""
        sentence = self._sentences[self._sentence_index(offset)]
        before = self.doc.text[max(sentence.start, offset - COMPANION_CHARS):offset]
        return self._lexicon(sentence).search("with", before) is not None

    def _sentence_index(self, offset: int) -> int:
        """The index of the sentence that holds an offset (the first one for an offset before it)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def _sentence_of(self, offset: int) -> Evidence:
        sentence = self._sentences[self._sentence_index(offset)]
        if not sentence.start <= offset < sentence.end:
            sentence = self._sentences[0]
        return Evidence(sentence.text, sentence.start, sentence.end)

    def _subsidiaries_by_name(self, lex: Lexicon) -> None:
        """Companies named by a group's brand and a place are its subsidiaries where the text
        speaks of subsidiaries (``subsidiary_names``): "Lanxin Italia S.r.l." of "Changchun
        Lanxin Biotechnology", when a pattern has not placed them already."""
        if lex.search("subsidiary_cue", self.doc.text) is None:
            return
        companies = [e for e in self.entities if e.type == "Company" and e.mentions]
        placed = {r.subject for r in self.relations if r.type == "part_of"}
        for child in companies:
            if child.id in placed:
                continue
            parents = [p for p in companies if p is not child and is_subsidiary_name(child.name, p.name)]
            if len(parents) == 1 and not self._denied_together(child, parents[0], lex):
                self._add("part_of", child.id, parents[0].id, self._sentence_of(child.mentions[0].start))

    def _denied_together(self, a: Entity, b: Entity, lex: Lexicon) -> bool:
        """Whether a sentence that names both says that what joins them is past or not so
        ("a former subsidiary of", "not a subsidiary of": classes ``no_longer``, ``negation``)."""
        starts = {self._sentence_index(m.start) for m in a.mentions} & {self._sentence_index(m.start) for m in b.mentions}
        return any(lex.search("no_longer", self._sentences[i].text) or lex.search("negation", self._sentences[i].text)
                   for i in starts)

    def _name_rules(self) -> None:
        orgs = [e for e in self.entities if e.coarse_kind == "organization" and e.mentions]
        places = [e for e in self.entities if e.type in ("City", "Region")]
        lex = get_lexicon(tuple(sorted({self.doc.language or "en", "en"})))
        self._subsidiaries_by_name(lex)
        names_of = {id(e): _names(e) for e in orgs + places}
        # a body the text places under a parent in words is not also placed by its name
        # ("Corby Medical Centre, part of the Northern Corby Health Network": not Corby University's)
        placed = {r.subject for r in self.relations if r.type == "part_of"}
        for org in orgs:
            names = names_of[id(org)]
            evidence = self._sentence_of(org.mentions[0].start)
            parents = []
            for parent in orgs:
                if parent is org or org.id in placed:
                    continue
                if any(_contains(n, p) for n in names for p in names_of[id(parent)]) \
                        and self._has_unit(org, lex, exclude=parent) \
                        and not self._coordinates(org, parent, lex):
                    self._add("part_of", org.id, parent.id, evidence)
                    parents.append(parent)
            if org.type == "GovernmentBody":
                continue  # "Comune di Padova", "Region Uppsala" govern the place they name
            for place in places:
                place_names = names_of[id(place)]
                if any(_starts_or_ends_with(n, p) for n in names for p in place_names) \
                        and not any(_contains(n, p) for parent in parents
                                    for n in names_of[id(parent)] for p in place_names):
                    # a unit named after its parent ("Uppsala universitets institution")
                    # is placed by the parent, not by the parent's name
                    self._add("located_in", org.id, place.id, evidence)
                    break

    @staticmethod
    def _coordinates(entity: Entity, part: Entity, lex: Lexicon) -> bool:
        """Whether a name joins ``part`` to another name with "and" ("A and B" read as one)."""
        and_ = lex.alternation("and")
        for name in _names(entity):
            for other in _names(part):
                if other in name and re.search(
                        rf"{re.escape(other)}\s+{and_}\s|\s{and_}\s+{re.escape(other)}", name):
                    return True
        return False

    def _has_unit(self, entity: Entity, lex: Lexicon, exclude: Entity | None = None) -> bool:
        for name in _names(entity):
            if exclude is not None:
                for other in _names(exclude):
                    name = name.replace(other, " ")
            if lex.search("unit", name):
                return True
        return False

    # -- events -------------------------------------------------------------------------
    def _name_keys(self, ids: list[str]) -> set[str]:
        """The name keys of entities, without legal forms: a headline's "Nordvita
        Diagnostics" is the text's "Nordvita Diagnostics A/S"."""
        return {org_key(self.by_id[i].name) if i in self.by_id else i for i in ids}

    def _funding_amounts(self, with_event: set[int]) -> None:
        """The amount a later sentence says a body pays or invests ("Region X avsätter 2,4 miljoner
        kronor för utbytet", "Insgesamt investiert das Unternehmen 18 Mio. Euro"; classes ``pays``,
        ``funding`` and ``project``) is the amount of the last agreement or project before it, up to
        :data:`FUNDING_LOOKBACK` sentences back, when that sentence tells no event of its own and
        the event has no amount yet."""
        for index in sorted(self._amounts):
            sentence = self._sentences[index]
            lex = self._lexicon(sentence)
            if index in with_event or not any(lex.search(cls, sentence.text) for cls in ("pays", "funding", "project")):
                continue
            earlier = [d for d in self.drafts if d.type in _MONEY_EVENTS and not d.headline
                       and index - FUNDING_LOOKBACK <= d.sentence < index]
            if earlier:
                last = max(earlier, key=lambda d: d.sentence)
                if last.amount is None:
                    last.amount = self._amounts[index]

    def _names_event_noun(self, index: int, event_type: str) -> bool:
        """Whether sentence ``index`` names an event of ``event_type`` by its noun ("Die
        Vereinbarung", "the project")."""
        sentence = self._sentences[index]
        cls = _EVENT_NOUNS.get(event_type)
        return cls is not None and self._lexicon(sentence).search(cls, sentence.text) is not None

    def _events(self) -> list[Event]:
        with_event = {d.sentence for d in self.drafts}
        for draft in self.drafts:
            nxt, prev = draft.sentence + 1, draft.sentence - 1
            if draft.type in _MONEY_EVENTS and draft.amount is None \
                    and nxt in self._amounts and nxt not in with_event:
                draft.amount = self._amounts[nxt]
            elif draft.type in _MONEY_EVENTS and draft.amount is None and not draft.headline \
                    and prev in self._amounts and prev not in with_event:
                draft.amount = self._amounts[prev]  # "The deal is worth EUR 8 million. X and Y signed it on 11 April."
            elif draft.type in _MONEY_EVENTS and draft.amount is None and nxt + 1 in self._amounts \
                    and not {nxt, nxt + 1} & with_event and nxt not in self._amounts \
                    and self._names_event_noun(nxt + 1, draft.type):
                # "... signed a cooperation agreement. It provides for ... . The agreement runs for three
                # years and has a volume of EUR 1.3 million": one sentence between, the amount's own names the event
                draft.amount = self._amounts[nxt + 1]
        self._funding_amounts(with_event)
        body = [d for d in self.drafts if not d.headline]
        drafts = []
        for draft in self.drafts:  # a headline restates an event of the text
            if draft.headline and any(b.type == draft.type and self._name_keys(b.participants)
                                      & self._name_keys(draft.participants) for b in body):
                continue
            if draft.headline and draft.type == "Visit" and draft.visitor is None \
                    and any(b.type == "Visit" for b in body):
                continue  # "Chinese delegation visits Bavaria" over a text that tells the visit
            drafts.append(draft)
        for draft in drafts:  # a person's visit is the visit of the body they lead
            if draft.visitor is not None:
                draft.visitor = self._role_orgs.get(draft.visitor, draft.visitor)
        people = {e.id for e in self.entities if e.type == "Person"}
        merged: list[_Draft] = []
        for draft in drafts:
            target = next((m for m in merged if _same_occasion(m, draft)), None)
            if target is None and draft.type == "Agreement" and (set(draft.participants) <= people or draft.restates):
                # "Deputy Mayor X attended the signing ceremony": the agreement just told (so does
                # a sentence that opens with it: "L'accord a été signé par M. X et par le Pr Y, directeur de ...")
                target = next((m for m in reversed(merged) if m.type == "Agreement"
                               and 0 < draft.sentence - m.sentence <= 3), None)
            if target is None:
                merged.append(draft)
                continue
            target.participants = list(dict.fromkeys(target.participants + draft.participants))
            target.visited = tuple(dict.fromkeys(target.visited + draft.visited))
            if target.date is None and draft.date is not None:
                target.date, target.date_inferred = draft.date, draft.date_inferred
            target.amount = target.amount or draft.amount
        # an event the text does not date took place on the day the text was at: the last date it
        # named or gave an event before it, else the day of publication (set after the merging,
        # which compares the dates the text gives)
        return [Event(id=f"event/{self.doc.id}/{n}", type=d.type, participants=d.participants,
                      evidence=d.evidence, date=d.date or d.context_date, amount=d.amount,
                      date_inferred=d.date_inferred if d.date else d.context_date is not None)
                for n, d in enumerate(merged, start=1)]


_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


#: The checks a pattern of ``relation_patterns.tsv`` may name in its third column (several
#: separated by commas): each says whether a match may stand.
PATTERN_CHECKS = {
    # the subject's name holds a unit noun ("Department of X of Y")
    # ... and it does not name where a delegation comes from before the host ("I går besøgte
    # en delegation fra X Y": Y is another body, not a part of X)
    "subj_unit": lambda reader, ss, lex, subject, obj: (reader._has_unit(subject.entity, lex)
                                                        and not _inverted_visit(ss.marked, obj, lex)),
    # the sentence names no agreement, a signing or none, a meeting: ``checks.SENTENCE_CHECKS``
    **{name: (lambda check: lambda reader, ss, lex, subject, obj: check(ss, lex))(check)
       for name, check in SENTENCE_CHECKS.items()},
    # the subject does not follow a passive agent ("bought by X from Y")
    "not_after_agent": lambda reader, ss, lex, subject, obj: not _after_agent(ss.marked, subject.marked_start, lex),
    # the subject is not the owner in a part-of apposition the seat follows as main verb
    "not_apposed": lambda reader, ss, lex, subject, obj: not _apposed(ss.marked, subject, lex),
    # the object's mention does not end a sentence ("... with X Ltd. | CGH's director")
    "obj_open": lambda reader, ss, lex, subject, obj: not reader.doc.text[obj.end - 1:obj.end] == ".",
    # the object is a city written as its adjective ("die Leipziger X GmbH": Leipzig)
    "obj_adjective": lambda reader, ss, lex, subject, obj: (
        reader.doc.text[obj.start:obj.end] != obj.entity.name
        and reader.doc.text[obj.start:obj.end].endswith(tuple(CITY_ADJECTIVE_ENDINGS.values()))),
    # the subject does not close a person's apposition with a comma before "in" ("Y, president
    # of X, in London": where Y was, not X's seat)
    "not_apposition_end": lambda reader, ss, lex, subject, obj: not (
        ss.marked[subject.marked_end:subject.marked_end + 1] == ","
        and _APPOSITION_BEFORE.search(ss.marked, 0, subject.marked_start) is not None),
    # the object is a university or a hospital and the subject no company ("Hälsohögskolan vid Jönköping University")
    "obj_academic": lambda reader, ss, lex, subject, obj: (
        obj.entity.type in _UNIT_OWNER_TYPES and subject.entity.type != "Company"),
    # the object is named by more than the word after "together with" ("gemeinsam mit Ärzten": cue_lists reads any
    # capitalised word there as a name, German nouns included)
    "obj_named": lambda reader, ss, lex, subject, obj: set(obj.entity.attributes.get("recognizers", ())) - {"organizers"},
    # the object is a city or region, not a country ("X, da China,": the nation a body is from, no seat)
    "obj_below_country": lambda reader, ss, lex, subject, obj: obj.entity.type != "Country",
    # the subject's name closes with a legal form ("Kestrel Diagnostics Ltd of Leeds": the
    # company's town, not "the Hospital of X" read short)
    "subj_legal_form": lambda reader, ss, lex, subject, obj: _ends_with_legal_form(
        reader.doc.text[subject.start:subject.end]),
    # recorded as a second seat (an office opened), always allowed
    "second_seat": lambda reader, ss, lex, subject, obj: True,
    # not the parent named in a subsidiary's apposition ("X, a subsidiary of Y in Sweden": X is in Sweden)
    "not_parent_in_apposition": lambda reader, ss, lex, subject, obj: not _parent_in_apposition(
        ss.marked, subject.marked_start, lex),
}


def _ends_with_legal_form(name: str) -> bool:
    """Whether a name closes with a company's legal form.

    >>> _ends_with_legal_form("Kestrel Diagnostics Ltd"), _ends_with_legal_form("Royal Infirmary")
    (True, False)
    """
    words = name.split()
    return len(words) > 1 and is_legal_form(Word(words[-1], 0, len(words[-1])))


def _parent_in_apposition(marked: str, position: int, lex: Lexicon) -> bool:
    """Whether the slot at ``position`` is the parent after "<body>, a subsidiary of"."""
    if "__parent_in_apposition__" not in lex._compiled:
        lex._compiled["__parent_in_apposition__"] = re.compile(
            r"⟪O\d+⟫[^⟪⟫]{0,12}, [^⟪⟫.;,]{0,40}?" + lex.expand("(?:{subsidiary}|{affiliated}) (?:{of} )?{art?}") + r"$")
    return lex._compiled["__parent_in_apposition__"].search(marked, 0, position) is not None


#: a person's name and a comma-free apposition up to the slot ("⟪P0⟫, president of ")
_APPOSITION_BEFORE = re.compile(r"⟪P\d+⟫, [^⟪⟫,.;]{1,80}$")


def _after_agent(marked: str, position: int, lex: Lexicon) -> bool:
    """Whether the slot at ``position`` follows a passive agent word and an article
    ("bought by the X"): X is who acts, and what follows is not X's description."""
    if "__after_agent__" not in lex._compiled:
        lex._compiled["__after_agent__"] = re.compile(lex.expand("{agent} {art?}") + r"$")
    return lex._compiled["__after_agent__"].search(marked, 0, position) is not None


def _apposed(marked: str, slot, lex: Lexicon) -> bool:
    """Whether a slot is the owner named in a part-of apposition that a seat follows as
    the main verb ("X, a subsidiary of Y, is based in Z"): the seat is X's, not Y's (a
    relative clause, "Y, which is based in Z", stays Y's; so does a seat after a person's
    title: "P, vicepresidente del gruppo Y, con sede a Z")."""
    if "__apposed__" not in lex._compiled:
        lex._compiled["__apposed__"] = (
            re.compile(r"⟪O\d+⟫[^⟪⟫,]{0,20}" + lex.expand(r", {art?}(?:[^\W\d_][\w-]* ){0,2}?{affiliated} {art?}{LOWER}")
                       + r"$"),
            re.compile(lex.expand(r", (?:{be} )?{seated} ")))
    before, after = lex._compiled["__apposed__"]
    return before.search(marked, 0, slot.marked_start) is not None \
        and after.match(marked, slot.marked_end) is not None


def _event_amount(text: str, lex: Lexicon, language: str | None):
    """The first amount of a sentence that is no volume of trade or size of a market: an amount
    that a word of class ``volume`` ("exports", "Umsatz", "omsætning", "el mercado") stands before,
    up to :data:`VOLUME_REACH` characters back and after any amount before it, with no word of an
    agreement, a project, a payment or a worth between them, is skipped ("las exportaciones superaron
    los US$5.000 millones"; not "a sales agreement worth $5 million", "på det kinesiske marked og har
    en værdi af 12 mio. kr.").

    >>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
    >>> lex = get_lexicon(("en",))
    >>> _event_amount("Exports reached $7 billion, and X invested $20 million.", lex, "en").value
    20000000.0
    >>> _event_amount("A sales agreement worth $5 million was signed.", lex, "en").value
    5000000.0
    """
    before = 0
    for start, end, amount in find_amounts(text, language):
        window = text[max(before, start - VOLUME_REACH):start]
        volume = lex.search("volume", window)
        if volume is None or any(lex.search(cls, window, volume.end()) for cls in _AMOUNT_OWNERS):
            return amount
        before = end
    return None


def _restates(marked: str, lex: Lexicon) -> bool:
    """Whether a sentence opens with the agreement it is about ("The contract was signed by")."""
    if "__restates__" not in lex._compiled:
        lex._compiled["__restates__"] = re.compile(r"\W*" + lex.expand("{art?}{agreement_noun}"))
    return lex._compiled["__restates__"].match(marked) is not None


def _same_occasion(first: _Draft, second: _Draft) -> bool:
    if first.type != second.type:
        return False
    if first.type == "Visit" and first.visitor is not None and first.visitor == second.visitor:
        return True  # one delegation's trip, over several days, is one visit
    if first.date and second.date and first.date != second.date:
        return False
    a, b = set(first.participants), set(second.participants)
    if first.type == "Agreement":  # "X signed a contract with Y. The contract was signed by ..."
        # (a later signing with one party of an earlier one and no date of its own tells it again)
        return a == b or (second.restates and 0 < second.sentence - first.sentence <= SIGNERS_LOOKBACK) \
            or (len(b) == 1 and b <= a and len(a) > 1 and second.date in (None, first.date) and not second.amount)
    if first.type == "Visit":
        return first.visitor == second.visitor or bool(set(first.visited) & set(second.visited))
    if first.type == "Meeting":
        return True
    return bool(a & b)


def _names(entity: Entity) -> list[str]:
    names = {entity.name} | {m.text for m in entity.mentions}
    return [re.sub(r"(?:'s|’s)$", "", n.strip()) for n in names if n and n.strip()]


def _starts_or_ends_with(name: str, place: str) -> bool:
    if len(place) < 3 or name == place:
        return False
    return name.startswith(place + " ") or name.endswith(" " + place) \
        or name.endswith("(" + place + ")")


def _contains(name: str, other: str) -> bool:
    if len(other) < 3 or name == other or len(other) >= len(name) or other not in name:
        return False
    # a genitive counts: "AUHs Infektionsmedicinsk Afdeling", "Uppsala universitets institution"
    return re.search(rf"(?<!\w){re.escape(other)}(?:s|'s|’s)?(?!\w)", name) is not None


def _inverted_visit(marked: str, slot, lex: Lexicon) -> bool:
    """Whether a slot names where a delegation comes from after a verb of visiting that
    stands before it (Scandinavian word order: "I går besøgte en delegation fra X Y", Y the
    host), so the name after it is another body, not a part of it.

    >>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
    >>> marked = "I går besøgte en delegation fra ⟪O0⟫ ⟪O1⟫."
    >>> class S: marked_start = marked.index("⟪O0⟫")
    >>> _inverted_visit(marked, S, get_lexicon(("da",)))
    True
    """
    if "__inverted_visit__" not in lex._compiled:
        lex._compiled["__inverted_visit__"] = re.compile(
            lex.expand(r"{visit_verb} {art?}{LOWER}{delegation} (?:{of}|{from}) {art?}") + "$")
    return lex._compiled["__inverted_visit__"].search(marked[:slot.marked_start]) is not None

