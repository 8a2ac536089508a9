"""One visitor per visit: a delegation's leader and the body they lead are the same visitor.

A delegation's visit is read once from the body it comes from ("a delegation of X paid a
visit to Y") and once from its leader ("headed by Ms. Z, Director of X"). Both name the same
visit, which the evaluation contract credits to either (a visit's subject "may be credited to
its leader or to the body it came from"); stating it twice adds a second statement of one
fact. Of a person and a body they hold a role in, both visiting the same place, the visit is
kept for the person, whom the text names as the visitor; the body stays known through the
person's role.

>>> from healthkg.loaders.statements import Relation
>>> rels = [Relation("visit", "org/x", "place/y", None), Relation("visit", "p/z", "place/y", None),
...         Relation("role", "p/z", "org/x", None, "Director")]
>>> [(r.type, r.subject) for r in one_visitor_per_visit(rels)]
[('visit', 'p/z'), ('role', 'p/z')]
"""
from __future__ import annotations

from healthkg.loaders.statements import Relation

__all__ = ["one_visitor_per_visit"]


def one_visitor_per_visit(relations: list[Relation]) -> list[Relation]:
    """The relations without the second statement of a visit (see the module docstring)."""
    roles = {(r.subject, r.object) for r in relations if r.type == "role"}
    visitors: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "visit":
            visitors.setdefault(r.object, set()).add(r.subject)
    dropped: set[tuple[str, str]] = set()
    for place, subjects in visitors.items():
        for person, body in roles:
            if person in subjects and body in subjects:
                dropped.add((body, place))
    return [r for r in relations if not (r.type == "visit" and (r.subject, r.object) in dropped)]
