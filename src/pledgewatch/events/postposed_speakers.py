"""A speaker named after the quote, with a verb the parser reads as a participle, speaks.

"The police are abusing detainees, a rights group protested on Monday": a news report names its
speaker after what was said. With "said" or "complained" the small parser reads the speaker as
the subject of the reporting verb; with a verb whose past participle is also a passive one
("protested", "charged", "alleged"), it reads "a rights group protested" as a noun with a
reduced relative clause ("a group [that was] protested"), hung as an apposition to the last
noun of the quote. The speaker then becomes the patient of a protest and the quote loses its
speaker.

:func:`restore_postposed_speaker` re-hangs such a parse as the parser does for "said": the
participle becomes the root, the noun its subject, and the quote's clause its content. Only a
participle of a verb of complaint (word class ``@complaint_speech``) with nothing of its own but
adverbs and prepositional phrases (no object, no "by" agent), set off by a comma after a quote
that has its own subject and verb, and ending the sentence. Reporting verbs of accusation
("charged", "alleged", "suspected") are left out: after a noun they are mostly true participles
("an activist suspected of spying", "a man charged with murder"). The noun must be one that
can speak: a name the parser tags as a person, a body, a people or a place (PERSON, ORG, NORP,
GPE: "Cairo protested"), or a noun of people or a group (word class ``@speaking_noun``: group,
ministry, activists). "Egypt raised fuel prices, a step bitterly protested in Cairo" is a step
protested, a true participle, and stays one.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["restore_postposed_speaker"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# what a speaking verb after its speaker may carry: "protested here on Wednesday"
_SPEECH_ADJUNCTS = frozenset({"advmod", "npadvmod", "prep", "punct"})
# named-entity types of a name that can speak (a person, a body, a people, a state by its place)
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def restore_postposed_speaker(
    span: Any, complaint_verbs: Collection[str], speaking_nouns: Collection[str]
) -> bool:
    """Make "<clause>, a rights group protested on Monday" a report of its speaker; True when the
    parse changed. ``speaking_nouns``: lemmas of nouns of people or groups (``@speaking_noun``)."""
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in _SUBJECTS for c in root.children):
        return False  # the quote is a clause of its own
    for verb in span:
        if _is_postposed_speech(verb, root, span, complaint_verbs) and _can_speak(
            verb.head, speaking_nouns
        ):
            _rehang(verb, root, span)
            return True
    return False


def _is_postposed_speech(verb: Any, root: Any, span: Any, complaint_verbs: Collection[str]) -> bool:
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i <= root.i:
        return False
    if verb.lemma_.lower() not in complaint_verbs:
        return False
    speaker = verb.head
    if speaker.pos_ not in ("NOUN", "PROPN") or speaker.i > verb.i:
        return False
    if any(c.dep_ not in _SPEECH_ADJUNCTS for c in verb.children):
        return False  # an object or agent: a participle ("a man charged with murder")
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        return False  # "a group protested by students" is a passive
    start = speaker.left_edge.i
    if start <= span.start or verb.doc[start - 1].text != ",":
        return False  # the speaker comes after the quote, set off by a comma
    if not root.is_ancestor(speaker):
        return False
    last_word = max(t.i for t in span if not t.is_punct)
    return verb.right_edge.i >= last_word


def _can_speak(noun: Any, speaking_nouns: Collection[str]) -> bool:
    """A name of a person, body, people or place, or a noun of people or a group: not "a step"
    (events/postposed_speakers.py's docstring)."""
    return noun.ent_type_ in _SPEAKING_ENTITIES or noun.lemma_.lower() in speaking_nouns


def _rehang(verb: Any, root: Any, span: Any) -> None:
    speaker = verb.head
    comma = verb.doc[speaker.left_edge.i - 1]
    trailing = [t for t in span if t.is_punct and t.i > verb.right_edge.i and t.head == root]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    verb.pos_ = "VERB"
    speaker.head = verb
    speaker.dep_ = "nsubj"
    root.head = verb
    root.dep_ = "ccomp"
    comma.head = verb
    comma.dep_ = "punct"
    for mark in trailing:
        mark.head = verb
