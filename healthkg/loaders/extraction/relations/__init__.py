"""Relations and events: roles, located-in, part-of, agreements, visits, partnerships.

Rules are data (``healthkg/loaders/rules/<lang>/relation_*``, ``event_*``, ``role_*``,
``money_*`` and ``rules/common/relation_patterns.tsv``); the modules here read them:

- :mod:`.lexicon` loads the rule files of a set of languages and expands pattern templates;
- :mod:`.slots` turns a sentence into a string with one typed slot per entity mention;
- :mod:`.roles`, :mod:`.cooperation` read roles, agreements, visits and joint initiatives;
- :mod:`.money` and :mod:`.dates` read amounts and dates;
- :mod:`.adjective_seats` places an organization by the city adjective before its name;
- :mod:`.mayors` gives a mayor named without a city the city the sentence or the document names,
  and the agreements they signed to that city;
- :mod:`.visitors` keeps one visitor of a delegation's visit (its leader or its body);
- :mod:`.references` finds the body a short reference names ("the hospital", "l'hôpital chinois",
  "su presidenta", "regiondirektör");
- :mod:`.reader` runs them over a document and merges what belongs together.

>>> from healthkg.loaders.document import Document, Sentence
>>> from healthkg.loaders.statements import Entity, Mention
>>> text = "Alpha Health signed an agreement with Beta Clinic on 3 May 2021."
>>> doc = Document(id="d", source="d.txt", text=text, language="en", published="2021-05-10",
...                sentences=[Sentence(0, len(text), text, "en")])
>>> ents = [Entity("org/a", "Company", "Alpha Health", [Mention("Alpha Health", 0, 12)]),
...         Entity("org/b", "Hospital", "Beta Clinic", [Mention("Beta Clinic", 38, 49)])]
>>> relations, events = find_relations_and_events(doc, ents)
>>> [(r.type, r.subject, r.object) for r in relations]
[('agreement', 'org/a', 'org/b')]
>>> events[0].id, events[0].type, events[0].date, events[0].participants
('event/d/1', 'Agreement', '2021-05-03', ['org/a', 'org/b'])
"""
from __future__ import annotations

from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document
from healthkg.loaders.statements import Entity, Event, Relation

__all__ = ["find_relations_and_events"]


def find_relations_and_events(doc: Document, entities: list[Entity]) -> tuple[list[Relation], list[Event]]:
    """The relations and events of a document whose entities are recognised.

    ``doc.sentences`` should be filled (one sentence covering the whole text is used
    otherwise). Every relation and event carries the evidence of its sentence; event ids
    are ``event/<doc.id>/<n>`` in text order.
    """
    from healthkg.loaders.extraction.relations.adjective_seats import demonym_places
    from healthkg.loaders.extraction.relations.mayors import mayor_roles, signed_for_their_seat
    from healthkg.loaders.extraction.relations.reader import DocumentReader
    from healthkg.loaders.extraction.relations.visitors import one_visitor_per_visit

    if not isinstance(doc, Document):
        raise ExtractionError(f"not a Document: {type(doc).__name__}")
    try:
        relations, events = DocumentReader(doc, list(entities)).run()
        relations += demonym_places(doc, list(entities), relations)
        seated = mayor_roles(doc, list(entities), relations)
        relations = relations + seated + signed_for_their_seat(seated, events, relations, list(entities))
        return one_visitor_per_visit(relations), events
    except ExtractionError:
        raise
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractionError(f"{doc.source}: relation extraction failed ({exc})") from exc
