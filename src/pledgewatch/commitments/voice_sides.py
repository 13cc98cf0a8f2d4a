"""Which side a voice is on, beyond its country: the opposition's, or the parties' joint text.

:func:`~pledgewatch.commitments.parties.is_first_party` counts a voice as the promisor's own
when it is of the promisor's country. Two readings of the audit "promises from everywhere, a
second set" (stop 21, benchmarks/RESULTS.md) need more than the country:

- *an opposed side of one country*: "Lukashenko will release more prisoners if ..., a
  Belarusian opposition leader said" is the opposition's account (BLROPP) of the government's
  (BLRGOV) intent, no statement of the government's own; a government voice telling what
  the rebels will do is no rebel statement either (:func:`opposed_sides`);
- *a joint text spoken by the parties*: "The United States and Britain will help Australia
  build submarines, the three leaders said in a joint statement" is the parties' own text,
  as "according to a joint statement" already is, though the voice ("the three leaders")
  has no country written (:func:`speaks_in_joint_text`); so is a text named by its place
  ("Guyana and Venezuela agreed that ..., according to the Argyle declaration",
  :func:`named_text_of_the_parties`).

The sectors are ``opposing_sectors`` in ``data/commitments/second_readings.yaml``; the joint
text's words are its ``joint_text_marks`` and ``joint_text_nouns``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.formality import country_of, sector_of
from pledgewatch.commitments.joint_parties import joint_words, second_readings_data
from pledgewatch.model import ActorMention


@functools.lru_cache(maxsize=1)
def opposing_sectors() -> frozenset[str]:
    """The shipped list (``second_readings.yaml``: ``opposing_sectors``)."""
    data = second_readings_data()
    return frozenset(str(w).upper() for w in data.get("opposing_sectors") or ())


def opposed_sides(speaker_code: str | None, promisor: str | None) -> bool:
    """Are a voice and a promisor of one country on opposed sides (one of them, not both, of
    an opposing sector: BLROPP telling BLRGOV's intent, COLGOV telling COLREB's)?"""
    if country_of(speaker_code) is None or country_of(speaker_code) != country_of(promisor):
        return False
    speaker_sector, promisor_sector = sector_of(speaker_code), sector_of(promisor)
    if speaker_sector == promisor_sector:
        return False
    opposing = opposing_sectors()
    return speaker_sector in opposing or promisor_sector in opposing


def speaks_in_joint_text(
    verb: Token | None,
    subject: Token | None,
    promisor_country: str,
    mentions: Sequence[ActorMention],
) -> bool:
    """Does the reporting verb say its words "in a joint statement" (declaration, communique
    ...) while the promised clause's subject names the promisor's country among the parties
    (two or more countries: "The United States and Britain will help ..., the three leaders
    said in a joint statement")? A joint text whose subject names one party, or not the
    promisor, stays unplaced."""
    if verb is None or subject is None:
        return False
    words = joint_words()
    in_joint_text = any(
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(
            {t.lower_ for t in pobj.subtree} & words.joint_text_marks
            and pobj.lemma_.lower() in words.joint_text_nouns
            for pobj in child.children
            if pobj.dep_ == "pobj"
        )
        for child in verb.children
    )
    return in_joint_text and _subject_names_the_parties(subject, promisor_country, mentions)


def named_text_of_the_parties(
    source: Token | None,
    subject: Token | None,
    promisor_country: str,
    mentions: Sequence[ActorMention],
) -> bool:
    """Is the source a text named by a proper name ("according to the Argyle declaration",
    "under the Pretoria communique") while the promised clause's subject names two or more
    countries, the promisor among them? The parties' own text, as a joint statement is."""
    if source is None or source.lemma_.lower() not in joint_words().joint_text_nouns:
        return False
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in source.children):
        return False
    return _subject_names_the_parties(subject, promisor_country, mentions)


def _subject_names_the_parties(
    subject: Token | None, promisor_country: str, mentions: Sequence[ActorMention]
) -> bool:
    """The subject names the parties, the promisor among them: "Spain will join ..., the
    French and German leaders said in a joint statement" is the others' text about Spain."""
    if subject is None:
        return False
    phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
    parties = {country_of(m.code) for m in mentions if m.start in phrase} - {None}
    return len(parties) >= 2 and promisor_country in parties
