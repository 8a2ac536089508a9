"""A sentence with its entity mentions replaced by typed slots.

Each mention inside the sentence becomes one slot ``⟪P0⟫`` (person), ``⟪O1⟫``
(organization) or ``⟪L2⟫`` (place), so rules match argument positions and trigger words
without caring how long a name is. Overlapping mentions keep the longest. A short
reference ("the hospital", "hospitalet") becomes a slot too when exactly one
organization named earlier in the document ends in its head noun.

>>> from healthkg.loaders.document import Sentence
>>> from healthkg.loaders.statements import Entity, Mention
>>> text = "Li Qian visited Chengdu."
>>> li = Entity("person/li-qian", "Person", "Li Qian", [Mention("Li Qian", 0, 7)])
>>> cd = Entity("place/chengdu", "City", "Chengdu", [Mention("Chengdu", 16, 23)])
>>> ss = SlotSentence.build(Sentence(0, len(text), text), text, [li, cd])
>>> ss.marked
'⟪P0⟫ visited ⟪L1⟫.'
>>> ss.slots[1].entity.id
'place/chengdu'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthkg.loaders.document import Sentence
from healthkg.loaders.statements import Entity, Evidence

__all__ = ["Slot", "SlotSentence", "KIND_LETTER"]

KIND_LETTER = {"person": "P", "organization": "O", "place": "L"}


@dataclass
class Slot:
    """One entity mention in a sentence: its entity, its kind letter and offsets."""

    index: int
    entity: Entity
    letter: str
    start: int  # document offsets
    end: int
    marked_start: int = 0  # offsets in the marked text
    marked_end: int = 0
    anaphor: bool = False

    @property
    def token(self) -> str:
        return f"⟪{self.letter}{self.index}⟫"


@dataclass
class SlotSentence:
    """A sentence, its slots and the marked text."""

    sentence: Sentence
    slots: list[Slot] = field(default_factory=list)
    marked: str = ""

    @classmethod
    def build(cls, sentence: Sentence, text: str, entities: list[Entity],
              extra: list[tuple[Entity, int, int]] | None = None) -> "SlotSentence":
        """Mark the mentions of ``entities`` (plus ``extra`` spans) inside ``sentence``."""
        spans = [(m.start, m.end, entity) for entity in entities for m in entity.mentions]
        return cls.from_spans(sentence, text, spans, extra)

    @classmethod
    def from_spans(cls, sentence: Sentence, text: str, spans: list[tuple[int, int, Entity]],
                   extra: list[tuple[Entity, int, int]] | None = None) -> "SlotSentence":
        """Like :meth:`build`, from ``(start, end, entity)`` mention spans (any order)."""
        spans = [(start, end, entity, False) for start, end, entity in spans
                 if sentence.start <= start and end <= sentence.end and end > start]
        named = list(spans)
        for entity, start, end in extra or []:  # a short reference never cuts into a name
            if not any(s < end and start < e for s, e, _entity, _anaphor in named):
                # the slot is its head noun: "del grupo" reads "del ⟪O1⟫", as a name would; with a
                # modifier the slot takes it too: "el propio hospital" reads "el ⟪O1⟫"
                words = list(re.finditer(r"\S+", text[start:end]))
                head = words[1] if len(words) >= 3 else (words[-1] if words else None)
                spans.append((start + head.start() if head else start, end, entity, True))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        chosen: list[tuple[int, int, Entity, bool]] = []
        for span in spans:
            if chosen and span[0] < chosen[-1][1]:
                continue
            chosen.append(span)
        out = cls(sentence=sentence)
        pieces, cursor, pos = [], sentence.start, 0
        for i, (start, end, entity, anaphor) in enumerate(chosen):
            before = text[cursor:start]
            pieces.append(before)
            pos += len(before)
            slot = Slot(i, entity, KIND_LETTER[entity.coarse_kind], start, end, anaphor=anaphor)
            slot.marked_start = pos
            pieces.append(slot.token)
            pos += len(slot.token)
            slot.marked_end = pos
            out.slots.append(slot)
            cursor = end
        pieces.append(text[cursor:sentence.end])
        out.marked = "".join(pieces).replace("\n", " ")
        return out

    def slot(self, token: str | None) -> Slot | None:
        """The slot of a token such as ``⟪O3⟫`` (``None`` for ``None``)."""
        if not token:
            return None
        match = re.fullmatch(r"⟪[POL](\d+)⟫", token)
        return self.slots[int(match.group(1))] if match else None

    def slot_at(self, marked_pos: int) -> Slot | None:
        """The slot starting at an offset of the marked text."""
        for slot in self.slots:
            if slot.marked_start == marked_pos:
                return slot
        return None

    def doc_offset(self, marked_pos: int) -> int:
        """The document offset of a position in the marked text."""
        shift = self.sentence.start
        for slot in self.slots:
            if slot.marked_end <= marked_pos:
                shift = slot.end - slot.marked_end
            elif slot.marked_start <= marked_pos:
                return slot.start
        return marked_pos + shift

    @property
    def evidence(self) -> Evidence:
        return Evidence(text=self.sentence.text, start=self.sentence.start, end=self.sentence.end)

    def of_kind(self, letters: str) -> list[Slot]:
        return [s for s in self.slots if s.letter in letters]
