"""Agreements, visits and joint initiatives in one sentence.

- An agreement needs an ``agreement_verb`` and an ``agreement_noun`` in the sentence. Its
  parties are "between A and B", else "<...> with B" (B the first party after the
  preposition, A the parties before it), else every party in the sentence. A person
  who signs for a body (a role read in the same sentence or earlier) is replaced by it,
  and when people sign, only their bodies are parties (not every body the sentence names).
  A signer whose body the text does not say takes part in the event, but the reader makes
  no ``agreement`` between it and a body (the guidelines make bodies the parties).
- A visit is "<visitor> ... visited <org or place>", "<trip> to <place>" or "<host>
  received a delegation from <visitor>"; the visitor is
  the person after "led by" in the sentence, else the first person or organization
  before the verb, else the delegation leader named earlier in the document.
- A joint initiative ("A, B and C jointly initiated ...") makes every pair of the
  coordinated organizations partners.

>>> from healthkg.loaders.document import Sentence
>>> from healthkg.loaders.statements import Entity, Mention
>>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
>>> from healthkg.loaders.extraction.relations.slots import SlotSentence
>>> text = "Alpha Health signed an agreement with Beta Clinic."
>>> ents = [Entity("org/a", "Company", "Alpha Health", [Mention("Alpha Health", 0, 12)]),
...         Entity("org/b", "Hospital", "Beta Clinic", [Mention("Beta Clinic", 38, 49)])]
>>> ss = SlotSentence.build(Sentence(0, len(text), text), text, ents)
>>> find_agreement(ss, get_lexicon(("en",)), lambda slot: slot.entity.id)
(['org/a'], ['org/b'])
"""
from __future__ import annotations

import re
from typing import Callable

from healthkg.loaders.extraction.relations.lexicon import Lexicon, slot_regex
from healthkg.loaders.extraction.relations.slots import Slot, SlotSentence
from healthkg.loaders.statements import Entity

__all__ = ["find_agreement", "find_visit", "find_leader", "coordinated", "find_joint", "delegation_origin"]

PartyOf = Callable[[Slot], str]


def _too_large_to_sign(entity) -> bool:
    """A country or a world region ("Europe": a region the gazetteer links to CLDR): "an
    agreement to deepen ties between Denmark and China" names no parties."""
    return entity.type == "Country" or "cldr" in entity.links


def _pattern(lex: Lexicon, name: str, text: str | None = None) -> list[re.Pattern]:
    """The patterns of one relation, only those that may match ``text`` when it is given."""
    return lex.patterns_of(name, text)


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def find_agreement(ss: SlotSentence, lex: Lexicon, party_of: PartyOf,
                   bound: frozenset[str] = frozenset()):
    """``(side_a, side_b)`` entity ids of an agreement signed in the sentence, or ``None``.

    ``side_b`` is empty when the sentence does not say who signed with whom; then every
    pair of ``side_a`` is a pair of parties (a single party still makes an event).
    ``bound`` holds the bodies some person of the sentence holds a title in.
    """
    verb = lex.search("agreement_verb", ss.marked)
    noun = lex.search("agreement_noun", ss.marked)
    if not verb or not noun or lex.search("agreement_negation", ss.marked):
        return None  # "No agreement was signed", "Ingen avtale ble signert": none to record
    for pattern in _pattern(lex, "between"):
        match = pattern.search(ss.marked)
        if match and not any(_too_large_to_sign(ss.slot(match.group(side)).entity) for side in "ab"):
            a, b = party_of(ss.slot(match.group("a"))), party_of(ss.slot(match.group("b")))
            if a != b:
                return [a], [b]
    trigger = min(verb.start(), noun.start())
    for pattern in _pattern(lex, "with"):
        match = pattern.search(ss.marked, trigger)
        if not match:
            continue
        b_slot = ss.slot(match.group("b"))
        b = party_of(b_slot)
        side_a = _parties([s for s in ss.of_kind("PO") if s.marked_start < match.start()
                           and not _named_as_parent(ss, lex, s) and not _at_venue(ss, lex, s)], party_of, bound)
        side_a = [a for a in side_a if a != b]
        if side_a:  # "with A, B and C": every body of the list is a party
            more = [party_of(s) for s in _coordinated_after(ss, lex, b_slot.marked_end, None)
                    if s.letter in "PO"]
            return side_a, list(dict.fromkeys([b] + [m for m in more if m not in side_a]))
    # the mentions in an apposition (with its "(ABC)"), not their bodies' other mentions: "X (ASSE) y Y firmaron
    # ... al Hospital Z, que depende de ASSE" (ASSE signed)
    apposed = {s.marked_start for s in ss.of_kind("PO") if _apposed_parent(ss, lex, s)}
    apposed_ids = {s.entity.id for s in ss.of_kind("PO") if s.marked_start in apposed}
    signing = {s.entity.id for s in ss.of_kind("PO") if s.marked_start not in apposed and s.marked_end <= trigger
               and not ss.marked[:s.marked_start].rstrip().endswith("⟫ (")}  # (not its "(UNR)" after it)
    apposed = {s.marked_start for s in ss.of_kind("PO") if s.entity.id in apposed_ids - signing}
    where = _where_clause(ss, lex, trigger)
    venues = {s.entity.id for s in ss.of_kind("PO") if _at_venue(ss, lex, s, after=trigger)}
    parties = _parties([s for s in ss.of_kind("PO") if s.marked_start not in apposed
                        and s.entity.id not in venues and s.marked_start < where], party_of, bound)
    parties = [p for p in parties if p not in venues]  # "i närvaro av en delegation från X ledd av Y": Y is X's
    founded = lex.search("project", ss.marked, trigger)  # "en aftale med X om at etablere et fælles selskab, Y": Y is founded
    if founded is not None:
        named_before = [p for p in parties
                        if any(s.entity.id == p and s.marked_start < founded.start() for s in ss.of_kind("PO"))]
        if named_before:  # (the parties are named before it; else the bodies after it are the ones that sign)
            parties = named_before
    signers = _parties([s for s in ss.of_kind("PO") if s.marked_start not in apposed and s.entity.id not in venues
                        and s.marked_end <= trigger], party_of, bound)
    if len(set(signers)) >= 2:  # "X y Y firmaron un contrato para el suministro ... al Hospital Z": X and Y sign
        parties = [p for p in parties if p in signers]
    if parties:  # one party when the other is not recognised: an event, no relation
        return _unique(parties + _joined_cities(ss, lex, trigger)), []
    return _place_parties(ss, lex, trigger)


def _joined_cities(ss: SlotSentence, lex: Lexicon, trigger: int) -> list[str]:
    """Places named with their city word after a body and "and", before the signing: parties
    beside it ("Il Comune di Bergamo e la città di Wuhan hanno firmato un accordo", an
    adjective may stand before the word: "og den kinesiske by Lanzhou har indgået en aftale").

    >>> from healthkg.loaders.document import Sentence
    >>> from healthkg.loaders.statements import Entity, Mention
    >>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
    >>> text = "Il Comune di Bergamo e la città di Wuhan hanno firmato un accordo."
    >>> ents = [Entity("org/b", "GovernmentBody", "Comune di Bergamo", [Mention("Comune di Bergamo", 3, 20)]),
    ...         Entity("city/w", "City", "Wuhan", [Mention("Wuhan", 35, 40)])]
    >>> ss = SlotSentence.build(Sentence(0, len(text), text), text, ents)
    >>> _joined_cities(ss, get_lexicon(("it",)), len(ss.marked))
    ['city/w']
    """
    if "__joined_city__" not in lex._compiled:
        lex._compiled["__joined_city__"] = re.compile(lex.expand(r"⟪[PO]\d+⟫ {and} {art?}(?:[^\W\d_]+ )?{city_word} ") + "$")
        lex._compiled["__joined_place__"] = re.compile(lex.expand(r"⟪[PO]\d+⟫ {and} {art?}") + "$")
        lex._compiled["__city_word_opens__"] = re.compile(lex.expand(r"{city_word} "))
    joined, joined_place = lex._compiled["__joined_city__"], lex._compiled["__joined_place__"]
    opens = lex._compiled["__city_word_opens__"]

    def named_by_its_word(slot: Slot) -> bool:  # "la province du Shandong" as one mention
        text = ss.sentence.text[slot.start - ss.sentence.start:slot.end - ss.sentence.start]
        return opens.match(text) is not None

    return [s.entity.id for s in ss.of_kind("L")
            if s.marked_start < trigger and (joined.search(ss.marked, 0, s.marked_start) or (
                named_by_its_word(s) and joined_place.search(ss.marked, 0, s.marked_start)))]


def _place_parties(ss: SlotSentence, lex: Lexicon, trigger: int):
    """Cities that sign with each other, when no person or body is named: "Chengdu and
    Maastricht signed a memorandum", "The city of X signed a memorandum with Y". A place
    after an "in" word is where the signing took place, and a place right after another
    and a comma says where that one lies ("Maastricht, the Netherlands")."""
    if "__in_before__" not in lex._compiled:
        lex._compiled["__in_before__"] = re.compile(lex.expand(r"{in} {art?}(?:{city_word} )?") + r"$")
    in_before = lex._compiled["__in_before__"]
    places = [s for s in ss.of_kind("L")
              if not in_before.search(ss.marked, 0, s.marked_start)
              and not re.search(r"⟪L\d+⟫,\s*(?:\w+\s)?$", ss.marked[:s.marked_start])]
    before = [s.entity.id for s in places if s.marked_start < trigger]
    after = [s.entity.id for s in places if s.marked_start > trigger]
    allowed = {s.entity.id for s in places}
    for chain in coordinated(ss, lex, "L"):  # "A and B signed": the two are coordinated
        ids = [s.entity.id for s in chain]
        if all(s.marked_start < trigger for s in chain) and set(ids) <= allowed:
            return list(dict.fromkeys(ids)), []
    if len(before) == 1 and len(after) >= 1 and lex.search("with", ss.marked, trigger):
        return before, after[:1]
    return None



def _named_as_parent(ss: SlotSentence, lex: Lexicon, slot: Slot) -> bool:
    """Whether a slot is the parent named in an apposition ("B, a subsidiary of <slot>,
    signed"): it describes a party and is not one."""
    if "__parent__" not in lex._compiled:
        lex._compiled["__parent__"] = re.compile(lex.expand("{affiliated} {art?}{LOWER}") + r"$")
    return lex._compiled["__parent__"].search(ss.marked, 0, slot.marked_start) is not None


def _apposed_parent(ss: SlotSentence, lex: Lexicon, slot: Slot) -> bool:
    """Whether a slot is the parent in an apposition after a comma or a bracket ("A et
    l'Hôpital B, affilié à <slot>, ont signé"; "A y el Hospital B, hospital escuela de la
    <slot>, suscribieron"), or the part in one ("B, dont fait partie <slot>, a signé"): a
    description of B, not a party."""
    if "__apposed_parent__" not in lex._compiled:
        lex._compiled["__apposed_parent__"] = re.compile(
            r"(?:[,(]\s*(?:[^\W\d_]+\s)?" + lex.expand("(?:{affiliated} {art?}{LOWER}|{has_part} {art?})")
            + r"|⟫,\s*" + lex.expand("(?:{art} )?(?:[a-zß-ÿæøå][\\w-]* ){1,3}{of} {art?}") + r")$")
    return lex._compiled["__apposed_parent__"].search(ss.marked, 0, slot.marked_start) is not None


def _where_clause(ss: SlotSentence, lex: Lexicon, trigger: int) -> int:
    """Where a clause about the place of the signing opens after it (", hvor borgmester X
    var vært", ", where Mayor X was the host"): the people in it are no parties; the end of
    the sentence when there is none."""
    if "__where__" not in lex._compiled:
        lex._compiled["__where__"] = re.compile(r",\s" + lex.expand("{where}") + r"(?!\w)")
    match = lex._compiled["__where__"].search(ss.marked, trigger)
    return match.start() if match else len(ss.marked)


def _at_venue(ss: SlotSentence, lex: Lexicon, slot: Slot, after: int | None = None) -> bool:
    """Whether a slot names where the signing took place or who watched it ("signed at the
    headquarters of <slot>", "firmado en la sede del <slot>", "assinaram, no <slot>, o
    acordo", "i närvaro av en delegation från <slot>", "X, gevestigd op het <slot>, tekende"): a
    venue, a witness or a body's seat, not a party;
    after the signing (``after``, the trigger's offset) also any slot after "in" ("assinaram um
    memorando para ensaios no <slot>")."""
    if "__venue__" not in lex._compiled:
        lex._compiled["__venue__"] = re.compile(
            lex.expand("{venue} {art?}") + r"(?:(?:\w+\s)?" + lex.expand("{delegation} {from} {art?}") + r"|"
            + lex.expand("(?:{honorific} ){1,3}") + r")?$")  # "witnessed by Ms. <slot>"
        lex._compiled["__aside_venue__"] = re.compile(r",\s" + lex.expand("{in} {art?}") + r"$")
        lex._compiled["__in_venue__"] = re.compile(r"(?<!\w)" + lex.expand("{in} {art?}") + r"$")
        lex._compiled["__seat_aside__"] = re.compile(r"⟫,\s" + lex.expand("{seated} {art?}") + r"$")
    if lex._compiled["__venue__"].search(ss.marked, 0, slot.marked_start) is not None:
        return True
    if after is not None and slot.marked_start > after and lex._compiled["__in_venue__"].search(
            ss.marked, 0, slot.marked_start) is not None:
        return True  # after the signing: "assinaram um memorando ... no <slot>", where it will be carried out
    # a place in a comma aside: "assinaram, no Centro Administrativo Municipal, o acordo"; a body's
    # seat in one: "X B.V., gevestigd op het Leiden Bio Science Park, heeft ... getekend met Y"
    return ss.marked[slot.marked_end:slot.marked_end + 1] == "," and (
        lex._compiled["__aside_venue__"].search(ss.marked, 0, slot.marked_start) is not None
        or lex._compiled["__seat_aside__"].search(ss.marked, 0, slot.marked_start) is not None)


def _parties(slots: list[Slot], party_of: PartyOf, bound: frozenset[str]) -> list[str]:
    """The parties of some slots: people stand for their bodies; a body named only as a
    signer's employer is a party through the signer."""
    signers = [s for s in slots if s.letter == "P" and party_of(s) != s.entity.id]
    if not signers:
        return _unique([party_of(s) for s in slots])
    # a signer whose body the text does not name stands for it
    free = [s for s in slots if s.entity.id not in bound and s not in signers]
    return _unique([party_of(s) for s in signers + free])


def find_leader(ss: SlotSentence, lex: Lexicon) -> Slot | None:
    """The person after "led by" ("angeführt von", "ledet af") in the sentence."""
    for pattern in _pattern(lex, "leader", ss.marked):
        match = pattern.search(ss.marked)
        if match:
            return ss.slot(match.group("subj"))
    return None


def find_visit(ss: SlotSentence, lex: Lexicon, leader: Slot | None,
               earlier_leader: str | None, party_of: PartyOf):
    """``(visitor id or None, visited slots, trigger start)`` of a visit in the sentence, or
    ``None``; the first visited slot is the one after the trigger, the others are coordinated
    with it."""
    for pattern in _pattern(lex, "visit", ss.marked):
        match = pattern.compiled().search(ss.marked)  # (its word classes were looked for when picked)
        if not match:
            continue
        visited = ss.slot(match.group("obj"))
        host = match.groupdict().get("subj")
        if host:  # "<host> received a delegation from <visitor>"
            visitor = (leader or ss.slot(host)).entity.id
        elif leader is not None:
            visitor = leader.entity.id
        else:
            delegation = lex.search("delegation", ss.marked)
            before = _without_escorts([s for s in ss.of_kind("PO") if s.marked_end <= match.start()],
                                      ss, lex, delegation, match.start())
            if delegation is not None and _indefinite_before(ss.marked, delegation.start(), ss.sentence.language):
                earlier_leader = None  # "En gruppe sykepleiere fra X skal reise til Y": another group
            inverted = delegation is None and _delegation_after_verb(ss, lex, match.start(), visited.marked_start)
            # (or the pattern opens with the delegation, which names no origin: "La delegazione è stata
            # accolta dal sindaco di Y")
            opens = delegation is not None and delegation.start() == match.start() and not before \
                and not _delegation_origin(ss, lex, visited.marked_start) \
                and not lex.search("delegation", ss.marked[:match.start()])
            if earlier_leader and ((delegation and delegation.start() < match.start()
                                    and (not before or delegation.start() < before[0].marked_start)
                                    and not _delegation_origin(ss, lex, match.start())) or inverted or opens):
                visitor = earlier_leader  # "In Budapest, the delegation met Dr. X and visited Y"
                # (or the group after the verb: "Vom 23. bis 28. März besuchten 16 Vertreter ... die Provinz Y")
            elif any(s.letter == "P" for s in before) and _after_relative_pronoun(ss, lex, match.start()):
                people = [s for s in before if s.letter == "P"]
                visitor = people[-1].entity.id  # "..., Ms. Ren, deputy director of X, who led a delegation to Y"
            elif before:
                visitor = before[0].entity.id
            else:  # (the pattern may open with the delegation: "En delegation fra X var i Y på besøg")
                origin = _delegation_origin(ss, lex, visited.marked_start)
                if origin is None and delegation is not None and match.start() < delegation.start() < visited.marked_start \
                        and not _indefinite_before(ss.marked, delegation.start(), ss.sentence.language):
                    # or the delegation named before follows an auxiliary: "Am Dienstag hatte die Delegation aus X das
                    # Klinikum Y besucht" (not "besuchte eine Delegation aus X die Universität Y": where it came from)
                    inner = _origin_regex(lex, opening=False).search(ss.marked, match.start(), visited.marked_start)
                    origin = ss.slot(inner.group("subj")) if inner else None
                visitor = origin.entity.id if origin is not None else None
        if visitor is None:  # "Gestern hat Anna Weber das Klinikum Passau besucht": the subject inside the clause
            inside = [s for s in ss.of_kind("PO") if match.start() <= s.marked_start < visited.marked_start]
            visitor = inside[0].entity.id if inside and (not lex.search("delegation", ss.marked)
                                                         or _with_delegation(ss, lex, inside[0])) else None
        others = _coordinated_after(ss, lex, match.end(), visitor)
        if visitor is None:  # "During a visit to X, Anna Lind said ...": the subject after the comma
            delegation = lex.search("delegation", ss.marked)
            after = None if delegation and delegation.start() < match.start() else \
                _subject_after(ss, lex, others[-1].marked_end if others else match.end())
            # (but "A missão, chefiada por ..., visitou X, onde foi recebida pelo presidente, Y": Y is the host)
            visitor = after.entity.id if after is not None else earlier_leader
        if visitor == visited.entity.id or _country_of(visited.entity, ss, visitor) \
                or (host and _country_of(visited.entity, ss, ss.slot(host).entity.id)):
            continue  # "A delegation from Gansu in western China visited X": China is no place visited
            # (nor when a leader stands for the delegation: "X ledet en delegasjon fra Baotou i Kina på besøk i Larvik")
        return visitor, [visited] + [s for s in others if s.entity.id != visitor], match.start()
    return None


def _with_delegation(ss: SlotSentence, lex: Lexicon, slot: Slot) -> bool:
    """Whether a delegation goes with the person or body in ``slot`` ("hatte X mit einer
    sechsköpfigen Delegation die Klinik Y besichtigt": X visited, the delegation came along)."""
    if "__with_delegation__" not in lex._compiled:
        lex._compiled["__with_delegation__"] = re.compile(
            lex.expand(r" {with} {art?}(?:[^\W\d_][\w-]* )?{delegation}(?!\w)"))
    return lex._compiled["__with_delegation__"].match(ss.marked, slot.marked_end) is not None


def _country_of(place: Entity, ss: SlotSentence, visitor: str | None) -> bool:
    """Whether ``place`` is the country of the place the visitor stands for (its ISO 3166 code
    opens the visitor's: "CN" of "CN-GS").

    >>> from healthkg.loaders.document import Sentence
    >>> from healthkg.loaders.statements import Mention
    >>> text = "A delegation from Gansu in China visited Oslo."
    >>> ents = [Entity("place/gs", "Region", "Gansu", [Mention("Gansu", 18, 23)], links={"iso3166": "CN-GS"}),
    ...         Entity("place/cn", "Country", "China", [Mention("China", 27, 32)], links={"iso3166": "CN"})]
    >>> ss = SlotSentence.build(Sentence(0, len(text), text), text, ents)
    >>> _country_of(ents[1], ss, "place/gs"), _country_of(ents[0], ss, "place/cn")
    (True, False)
    """
    if place.type != "Country" or visitor is None or not place.links.get("iso3166"):
        return False
    origin = next((s.entity for s in ss.slots if s.entity.id == visitor), None)
    code = str(origin.links.get("iso3166", "")) if origin is not None else ""
    return origin is not None and origin.type in ("City", "Region") \
        and code.split("-")[0] == str(place.links["iso3166"])


def _delegation_after_verb(ss: SlotSentence, lex: Lexicon, trigger: int, visited: int) -> bool:
    """Whether the group that visits stands after the verb, before the place it visits, with no
    person or body between (Germanic inversion: "Vom 23. bis 28. März besuchten 16 Vertreterinnen
    und Vertreter aus Unternehmen die Provinz Y")."""
    found = lex.search("delegation", ss.marked, trigger)
    return found is not None and found.start() < visited \
        and not any(trigger <= s.marked_start < visited for s in ss.of_kind("PO"))


def _without_escorts(before: list[Slot], ss: SlotSentence, lex: Lexicon, delegation, trigger: int) -> list[Slot]:
    """The people and bodies named before a visit's trigger, without those between an escort
    phrase and the delegation after it ("accompanied by X, vice mayor of Y, the delegation
    visited Z": X is the host's escort, not the visitor)."""
    escort = lex.search("escort", ss.marked, 0)
    if escort is None or delegation is None or not escort.end() <= delegation.start() < trigger:
        return before
    return [s for s in before if not escort.end() <= s.marked_start < delegation.start()]


def _indefinite_before(marked: str, start: int, language: str | None) -> bool:
    """Whether an indefinite article stands right before the delegation word at ``start``,
    perhaps with a number or an adjective between ("a 9-member delegation", "una delegazione",
    "En gruppe"): a group the text names for the first time."""
    from healthkg.loaders.extraction.rulefiles import load_words

    articles = load_words(language, "indefinite_articles.txt", with_common=False) if language else frozenset()
    return any(w.lower() in articles for w in marked[max(0, start - 30):start].split()[-2:])


def _after_relative_pronoun(ss: SlotSentence, lex: Lexicon, start: int) -> bool:
    """Whether the visit's trigger at ``start`` opens a relative clause after a comma (", who
    led a delegation to Y"), or a participle right after a person's name ("la presidente, Y,
    arrivata a Z"): its subject is the last person named before the comma."""
    if "__relative_before__" not in lex._compiled:
        lex._compiled["__relative_before__"] = re.compile(r"(?:,\s" + lex.expand("{which}") + r"\s|⟪P\d+⟫,\s)$")
    return lex._compiled["__relative_before__"].search(ss.marked, 0, start) is not None


#: the size of a delegation between the word and its origin: "En delegation på tolv personer fra X",
#: "a delegation of 12 from X" (a word of class ``delegation_size`` or ``of``, then one or two words)
_SIZE = r"(?: (?:{of}|{delegation_size}) [^\W_]+(?: [^\W_]+)?(?= (?:{of}|{from}) ))?"


def _delegation_origin(ss: SlotSentence, lex: Lexicon, end: int) -> Slot | None:
    """The place a delegation came from, when the delegation opens the sentence and no
    person or body is named before the visit at ``end`` ("En delegation fra Shenzhen
    aflagde besøg hos X", "En delegation på tolv personer fra Y har besøgt X"; not "After
    meeting a delegation from Y, she visited X")."""
    match = _origin_regex(lex, opening=True).match(ss.marked, 0, end)
    return ss.slot(match.group("subj")) if match else None


def delegation_origin(ss: SlotSentence, lex: Lexicon) -> Slot | None:
    """The place or body a delegation of the sentence comes from, wherever it stands ("a
    delegation of twelve from Hubei Province", "une délégation de l'hôpital"), or ``None``."""
    match = _origin_regex(lex, opening=False).search(ss.marked)
    return ss.slot(match.group("subj")) if match else None


def _origin_regex(lex: Lexicon, opening: bool) -> re.Pattern:
    """"<delegation> (of its size) from <origin>", compiled once per lexicon: a place opening the
    sentence (``opening``: perhaps one word before the delegation), or a place or body anywhere."""
    key = f"__delegation_origin_{opening}__"
    if key not in lex._compiled:
        origin = r"(?P<subj>⟪L\d+⟫)" if opening else r"(?P<subj>⟪[LO]\d+⟫)"
        lex._compiled[key] = re.compile((r"\W*(?:[^\W\d_]+ )?" if opening else "")
                                        + lex.expand(r"{delegation}" + _SIZE + r" (?:{of}|{from}) {art?}{LOWER}")
                                        + origin)
    return lex._compiled[key]


def _subject_after(ss: SlotSentence, lex: Lexicon, pos: int) -> Slot | None:
    """The person or organization after a comma at ``pos`` (an article, a title or an
    honorific may stand before it): the subject of a sentence that opens with a visit phrase ("During a
    visit to X, CEO <subject> ...")."""
    if "__subject_after__" not in lex._compiled:
        lex._compiled["__subject_after__"] = re.compile(
            lex.expand(r"{ALIAS}\s*,\s*{art?}(?:{TITLE} )?(?:{honorific} ){0,3}") + r"(?P<subj>⟪[PO]\d+⟫)")
    match = lex._compiled["__subject_after__"].match(ss.marked, pos)
    return ss.slot(match.group("subj")) if match else None


def _coordinated_after(ss: SlotSentence, lex: Lexicon, pos: int, exclude: str | None) -> list[Slot]:
    """Organizations and places coordinated with the one ending at ``pos``: "visited A (B),
    C and D" gives C and D (a short form in parentheses is the same body). A place after
    a place and a bare comma places it ("Reutlingen, Germany") and is not counted; nor is
    what seats A ("een bezoek aan A op de B en aan het C") or runs it, in a clause between
    commas ("visitato l'A, gestito dall'B (BB), e C"), and "and" may repeat the preposition."""
    if "__coordinated__" not in lex._compiled:
        art, and_, lower = lex.expand("{art?}"), lex.expand("{and}"), lex.expand("{LOWER}")
        of, to = lex.expand("{of} "), lex.expand("{to}")
        alias = lex.expand("{ALIAS}")
        seat = rf"(?:\s(?!{and_}\s)[^\W\d_]{{1,4}}\s{art}⟪[OL]\d+⟫{alias})?"
        clause = rf"(?:,\s(?:[^\W\d_][\w-]*(?:\s|['’])){{1,3}}{art}⟪[OL]\d+⟫{alias}(?=,))?"
        # "A and the production site of B", "A und das Werk der B": a part of B's;
        # "l'Université ... Lyon 1 et le Centre ...": a number closing A's name
        lex._compiled["__coordinated__"] = re.compile(
            rf"{alias}(?:\s\d{{1,2}}(?!\d))?"
            rf"(?:(?P<comma>\s*,\s*)|{seat}{clause},?\s+{and_}\s+(?:{to}\s+)?{art}"
            rf"(?:{lower}(?:{of}{art})?|[^\W\d_][\w-]*\s{of}{art}))"
            rf"{art}(?P<next>⟪[OL]\d+⟫)")
    found: list[Slot] = []
    previous = next((s for s in ss.slots if s.marked_end == pos), None)
    while True:
        match = lex._compiled["__coordinated__"].match(ss.marked, pos)
        if match is None:
            return found
        slot = ss.slot(match.group("next"))
        apposition = bool(match.group("comma")) and previous is not None \
            and previous.letter == slot.letter == "L"
        if slot.entity.id != exclude and not apposition:
            found.append(slot)
        previous, pos = slot, match.end()


def coordinated(ss: SlotSentence, lex: Lexicon, letters: str = "O") -> list[list[Slot]]:
    """Lists of coordinated slots ("A, B and C") of some kinds, longest first.

    >>> from healthkg.loaders.document import Sentence
    >>> from healthkg.loaders.statements import Entity, Mention
    >>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
    >>> t = "X Corp, Y Labs and Z Clinic met."
    >>> es = [Entity(f"org/{n}", "Company", n, [Mention(n, t.index(n), t.index(n) + len(n))])
    ...       for n in ("X Corp", "Y Labs", "Z Clinic")]
    >>> ss = SlotSentence.build(Sentence(0, len(t), t), t, es)
    >>> [[s.entity.name for s in chain] for chain in coordinated(ss, get_lexicon(("en",)))]
    [['X Corp', 'Y Labs', 'Z Clinic']]
    """
    slot = slot_regex(letters)
    art = lex.expand("{art?}")
    and_ = lex.expand("{and}")
    word = r"(?:[^\W\d_][\w-]*\s)?"  # one adjective: "das Zweite <Krankenhaus ...>"
    # an apposition in lower case that names no body: "X, a start-up from Aberdeen, and Y"
    apposition = r"(?:,\s(?=[a-zß-ÿæøå])(?:[^⟪⟫,;.]|⟪L\d+⟫){1,50}?(?=,))?"
    alias = r"(?:\s*\(⟪[POL]\d+⟫\))?"  # a short name or a seat in brackets: "X SAS (Lyon) et Y SA (Strasbourg)"
    item = f"{art}{word}{slot}"
    chain = re.compile(rf"{item}{alias}{apposition}(?:\s*,\s*{item}{alias}{apposition})*,?\s+{and_}\s+{item}")
    chains = []
    for match in chain.finditer(ss.marked):
        slots = [ss.slot(tok.group(0)) for tok in re.finditer(rf"(?<!\(){slot}", match.group(0))]
        chains.append(slots)
    return sorted(chains, key=len, reverse=True)


def find_joint(ss: SlotSentence, lex: Lexicon) -> list[Slot] | None:
    """The coordinated organizations of a joint initiative in the sentence, or ``None``."""
    if not lex.search("jointly", ss.marked):
        return None
    chains = coordinated(ss, lex, "O")
    return chains[0] if chains else None
