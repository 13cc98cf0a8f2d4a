"""A text that acts speaks for whoever adopted, passed or issued it.

"The UN General Assembly adopted a resolution calling for a truce in Gaza" and "The IAEA board
passed a resolution criticising Iran" tell the call and the criticism through a participle on
the text: the parser makes "resolution" the participle's subject, and a resolution is no actor,
so the appeal (0256) and the criticism (111) had no source. The text's author is named by the
verb that made it: the subject of an adopting verb (word class ``@adopting``: adopt, pass,
issue, approve, release, publish, ...) whose object the text is, the "by" agent of such a verb
whose passive subject it is ("a resolution declaring ... was adopted by the Assembly"), or the
"by" agent of such a participle on the text ("a resolution, adopted by the Council, demands
..."). Texts are the lexicon's ``@document`` and ``@sanctioning_text`` words.

:func:`text_sources` is what the argument finder calls for a verb with no source of its own: a
document issued in a place speaks for its country (:func:`pledgewatch.events.places.issued_in`),
else a text speaks for its author. "The resolution" named before in the last
:data:`~pledgewatch.actors.seen.LOOKBACK_SENTENCES` sentences (:func:`named_before`) speaks for
the body named in front of it there ("Russia and China vetoed a U.N. Security Council resolution
on Syria. ... The resolution threatened sanctions" -> IGOUNO) or for the one that adopted it
there ("The Council adopted a resolution. The resolution demands ..."); not for those who vetoed
or backed it. A text named by its number ("Resolution 2094 targets ...") speaks for the body that
numbers such texts (``data/lexicon/numbered_texts.yaml``: a resolution, the UN Security Council)
when the story names that body before it (:func:`numbered_author`). A text with no author named
("The resolution threatened sanctions" alone) still has no source; one whose author is no actor
("the editors") neither.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledgewatch.actors.seen import LOOKBACK_SENTENCES
from pledgewatch.events.actor_phrases import ActorIndex, Argument, unique_arguments
from pledgewatch.events.dependency_roles import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    subject_tokens,
)
from pledgewatch.events.lexicon import LEXICON_DIR
from pledgewatch.events.places import issued_in
from pledgewatch.yaml_lists import read_code_lists

if TYPE_CHECKING:
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["adopted_by", "load_numbered_texts", "named_before", "numbered_author", "text_sources"]


def text_sources(actors: ActorIndex, lexicon: Lexicon, verb: Any) -> list[Argument]:
    """The source a text subject of ``verb`` stands for: where it was issued, or its author."""
    documents, texts, adopting = _text_words(lexicon)
    return (
        issued_in(actors, documents, verb)
        or adopted_by(actors, texts, adopting, verb)
        or named_before(actors, texts, adopting, verb)
        or numbered_author(actors, lexicon, verb)
    )


@lru_cache(maxsize=8)
def _text_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The lexicon's documents, its texts (documents and sanctioning texts) and its adopting
    verbs, built once per lexicon rather than per verb."""
    documents = lexicon.words("@document")
    texts = documents | lexicon.words("@sanctioning_text")
    return documents, texts, lexicon.words("@adopting")


def adopted_by(
    actors: ActorIndex, texts: frozenset[str], adopting: frozenset[str], verb: Any
) -> list[Argument]:
    """The author of a text that is ``verb``'s subject: the subject of the adopting verb the
    text is the object of, or the agent of an adopting participle on the text."""
    for subject, relation in subject_tokens(verb):
        if relation != "subj" or subject.lemma_.lower() not in texts:
            continue
        if actors.actors_of(subject, relation):
            continue  # a text that names an actor of its own ("the Chinese statement")
        makers = [
            participle
            for participle in subject.children
            if participle.dep_ == "acl"
            and participle.tag_ == "VBN"
            and participle.lemma_.lower() in adopting
        ]
        # "adopted a resolution declaring ...", "a resolution declaring ... was adopted by X"
        made = subject.dep_ in OBJECT_DEPS or subject.dep_ in PASSIVE_SUBJECT_DEPS
        if made and subject.head.lemma_.lower() in adopting:
            makers.insert(0, subject.head)
        for maker in makers:
            found: list[Argument] = []
            for token, role in subject_tokens(maker):
                found.extend(actors.actors_of(token, role))
            if found:
                return unique_arguments(found)
    return []


def named_before(
    actors: ActorIndex, texts: frozenset[str], adopting: frozenset[str], verb: Any
) -> list[Argument]:
    """The author of "the <text>" that is ``verb``'s subject, from where the same text was
    named before: an actor in front of that earlier noun ("a U.N. Security Council
    resolution"), else the subject of the adopting verb it was the object of. The actor
    resolver's counterpart for "it" after a text is
    :meth:`pledgewatch.actors.text_authors.TextAuthors._author_before` (inflected forms of
    ``authoring_verbs`` in ``data/actors/agents.yaml``, read without a parse, where this reads
    the lemmas of ``@adopting`` on the parse); both look back
    :data:`pledgewatch.actors.seen.LOOKBACK_SENTENCES` sentences."""
    for subject, relation in subject_tokens(verb):
        if relation != "subj" or subject.lemma_.lower() not in texts:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            continue  # "a resolution" is a new one
        if actors.actors_of(subject, relation):
            continue
        doc, sentence = subject.doc, subject.sent
        earliest = sentence.start
        for _ in range(LOOKBACK_SENTENCES):
            if earliest == 0:
                break
            earliest = doc[earliest - 1].sent.start
        for earlier in reversed(doc[earliest : sentence.start]):
            if earlier.lower_ != subject.lower_:
                continue  # a sentence with no trigger is not parsed: its words have no lemma
            start = earlier.left_edge.i if earlier.dep_ else earlier.i
            before = [
                m
                for m in actors.mentions
                if (start <= m.start and m.end <= earlier.i) or m.end == earlier.i
            ]
            if before:
                # "U.N. Security Council resolution"
                named = doc[before[-1].start : earlier.i + 1].text
                return [Argument(before[-1], subject, relation, named)]
            found = adopted_by(actors, texts, adopting, earlier) if earlier.dep_ == "nsubj" else []
            if earlier.dep_ in OBJECT_DEPS and earlier.head.lemma_.lower() in adopting:
                for token, role in subject_tokens(earlier.head):
                    found.extend(actors.actors_of(token, role))
            return unique_arguments(found)
    return []


def numbered_author(actors: ActorIndex, lexicon: Lexicon, verb: Any) -> list[Argument]:
    """The body that numbers the text that is ``verb``'s subject ("Resolution 2094 targets
    ..."): the last actor named before it in the document whose code starts with one of the
    text's numbering bodies. A text with an actor of its own, or none named before, gives none."""
    own = lexicon.folder / "numbered_texts.yaml" if lexicon.folder is not None else None
    bodies = load_numbered_texts(str(own) if own is not None and own.is_file() else None)
    for subject, relation in subject_tokens(verb):
        prefixes = bodies.get(subject.lemma_.lower()) if relation == "subj" else None
        numbers = [c for c in subject.children if c.dep_ == "nummod" and c.like_num]
        if not prefixes or not numbers or actors.actors_of(subject, relation):
            continue
        named = [
            m
            for m in actors.mentions
            if m.end <= subject.left_edge.i and m.code.startswith(prefixes)
        ]
        if named:
            return [Argument(named[-1], subject, relation, f"{subject.text} {numbers[0].text}")]
    return []


@lru_cache(maxsize=4)
def load_numbered_texts(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """The numbered texts (lemma -> code prefixes of their numbering bodies) of
    ``numbered_texts.yaml`` (cached per path)."""
    file = Path(path) if path else Path(LEXICON_DIR) / "numbered_texts.yaml"
    return read_code_lists(file, "numbered_texts", "text noun (actor code prefixes)")
