"""Checks on a whole sentence that a pattern of ``relation_patterns.tsv`` may name in its
third column: whether the sentence names an agreement, a signing or a meeting. The role
patterns read them (``roles.find_roles``) and so do the structural templates, through
``reader.PATTERN_CHECKS``, which adds the checks on a match's subject and object.

>>> from healthkg.loaders.document import Sentence
>>> from healthkg.loaders.extraction.relations.lexicon import get_lexicon
>>> from healthkg.loaders.extraction.relations.slots import SlotSentence
>>> text = "The parties signed the agreement."
>>> ss = SlotSentence.build(Sentence(0, len(text), text), text, [])
>>> SENTENCE_CHECKS["signed"](ss, get_lexicon(("en",))), SENTENCE_CHECKS["meeting"](ss, get_lexicon(("en",)))
(True, False)
"""
from __future__ import annotations

__all__ = ["SENTENCE_CHECKS"]

SENTENCE_CHECKS = {
    # the sentence names no agreement
    "not_agreement": lambda ss, lex: not lex.search("agreement_noun", ss.marked),
    # a verb of signing in the sentence ("skrev under for universitetet"), or none
    "signed": lambda ss, lex: lex.search("agreement_verb", ss.marked) is not None,
    "not_signed": lambda ss, lex: not lex.search("agreement_verb", ss.marked),
    # the sentence names a meeting (co-organizers of one are partners)
    "meeting": lambda ss, lex: lex.search("meeting", ss.marked) is not None,
    # the sentence names no meeting and no visit (taking part in one together is no cooperation of its own)
    "not_event": lambda ss, lex: not any(lex.search(cls, ss.marked) is not None
                                         for cls in ("meeting", "trip", "visit_verb")),
    # the sentence names a study or trial (bodies that carry one out together are partners)
    "study": lambda ss, lex: lex.search("study", ss.marked) is not None,
    # the sentence names a project (bodies that run one together are partners)
    "project": lambda ss, lex: any(lex.search(cls, ss.marked) is not None
                                   for cls in ("project_noun", "project", "project_launch")),
}
