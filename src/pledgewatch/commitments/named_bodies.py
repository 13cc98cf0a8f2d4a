"""The body whose text a pledge refuses or keeps, named only as a modifier of the text.

"The U.N. Security Council condemned Bolivia's launch ... Bolivia has rejected all council
resolutions": the resolutions refused are the Council's, so the refusal's promisee is the
Council, as it is for "the council's resolutions" or "the resolutions of the council", which the
actor matcher reads as a mention. A bare common noun used as a modifier ("council resolutions")
is no mention: :func:`body_of_the_text` reads it as the body the story named before with the
same head word ("the U.N. Security Council": "Council"), when the noun it modifies names a text
of a body (``data/commitments/named_bodies.yaml``; grader38, seed 63 #17).

So too a speaker named by such a noun ("According to the commission", after "the North's
National Defence Commission"): :func:`speaker_named_before`; and a pronoun speaker the actor
matcher gave no country ("He said Seoul still wanted dialogue", after "... ministry spokesman
Kim Hyung-suk said"): the person named just before, of the same sector with a country
(:func:`pronoun_speaker_named_before`, grader44).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Span, Token

from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import second_readings_words
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.model import ActorMention
from pledgewatch.yaml_lists import read_word_yaml, word_list

NAMED_BODIES_FILE = "named_bodies.yaml"
#: Where the text stands to the pledge's act: its object ("rejected all council resolutions"),
#: or the object of the act's preposition ("comply with council resolutions").
_TEXT_DEPS = frozenset({"dobj", "pobj"})


@functools.lru_cache(maxsize=1)
def text_nouns() -> frozenset[str]:
    """``text_nouns`` of ``named_bodies.yaml``: nouns (lemmas) of a body's texts."""
    path = data_path(NAMED_BODIES_FILE)
    return frozenset(w.lower() for w in word_list(read_word_yaml(path), "text_nouns", str(path)))


def body_of_the_text(
    trigger: Token, mentions: Sequence[ActorMention], promisor: str | None
) -> str | None:
    """The code of the body the story named before whose head word modifies the text the act
    at ``trigger`` acts on ("rejected all council resolutions" -> the Security Council named
    before), when it is no state of the promisor's own; else None."""
    texts = [c for c in trigger.children if c.dep_ == "dobj"]
    texts += [g for c in trigger.children if c.dep_ == "prep" for g in c.children]
    for text in texts:
        if text.dep_ not in _TEXT_DEPS or text.lemma_.lower() not in text_nouns():
            continue
        for modifier in text.children:
            if modifier.dep_ != "compound" or modifier.pos_ != "NOUN":
                continue
            code = _named_before(modifier, mentions)
            if code and country_of(code) != country_of(promisor):
                return code
    return None


def speaker_named_before(speaker: Token | None, mentions: Sequence[ActorMention]) -> str | None:
    """The code of the body the story named before that a speaker names again by a definite
    common noun with its head word ("According to the commission", after "the North's National
    Defence Commission"; grader40, seed 64 #5); None when it is no such noun."""
    if speaker is None or speaker.pos_ != "NOUN":
        return None
    marks = second_readings_words("told_before_determiners")
    if not any(c.dep_ == "det" and c.lower_ in marks for c in speaker.children):
        return None
    return _named_before(speaker, mentions)


def _named_before(noun: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The code of the nearest mention before ``noun`` whose head word is ``noun``'s, when
    ``noun`` is no mention of its own."""
    if any(m.start <= noun.i < m.end for m in mentions):
        return None
    earlier = [m for m in mentions if m.end <= noun.i and m.code]
    for mention in sorted(earlier, key=lambda m: m.start, reverse=True):
        head = getattr(mention, "head", mention.end - 1)
        if noun.doc[head].lemma_.lower() == noun.lemma_.lower():
            return mention.code
    return None


#: How many sentences before a pronoun speaker its antecedent is looked for: a pronoun
#: speaker stands for the person the sentence before named.
_PRONOUN_REACH = 1


def pronoun_speaker_named_before(
    speaker: Token | None, code: str | None, mentions: Sequence[ActorMention]
) -> str | None:
    """The code of the person named just before a pronoun speaker whose own code (if any)
    has no country ("He" as ---GOV after "ministry spokesman Kim Hyung-suk", KORGOV): the
    nearest earlier mention, in the pronoun's sentence or the one before, that holds a
    person's name, when its code has a country (and the pronoun's sector, when it has one);
    else None (grader44)."""
    if speaker is None or speaker.tag_ != "PRP" or country_of(code) is not None:
        return None
    doc = speaker.doc
    sentences = [s for s in doc.sents if s.start <= speaker.i]
    start = sentences[-(_PRONOUN_REACH + 1) :][0].start
    earlier = [m for m in mentions if start <= m.start and m.end <= speaker.i and m.code]
    for mention in sorted(earlier, key=lambda m: m.start, reverse=True):
        if not _named_subject(doc[mention.start : mention.end]):
            continue
        # the nearest named subject is the pronoun's: another sector, or a bare state ("The
        # North postponed the talks"), or no country tells nothing
        if (
            country_of(mention.code) is None
            or len(mention.code) <= len(country_of(mention.code) or "")
            or (code and mention.code[3:] != code[3:])
        ):
            return None
        return mention.code
    return None


def _named_subject(span: Span) -> bool:
    """A subject named with a proper name ("ministry spokesman Juan Perez said"), no pronoun."""
    root = span.root
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and root.pos_ != "PRON"
        and any(t.pos_ == "PROPN" for t in span)
    )
