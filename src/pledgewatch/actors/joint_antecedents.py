"""Coordinated actors as the antecedent of "they": "Merkel and Sarkozy said they would ...".

A plural pronoun whose nearest fitting antecedent is a coordination of actors ("X and Y",
"X, Y and Z") stands for all of them. Two pieces, a mixin of
:class:`~pledgewatch.actors.salience.Salience`:

* persons may be "they" when coordinated with another actor: a lone person is "he" or "she",
  but "Merkel and Sarkozy" are a group, as "Brazil and Argentina" already were (the first
  conjunct is the subject the resolution finds);
* when the antecedent stands in an earlier sentence ("Putin and Erdogan met in Sochi. They
  agreed ..."), the other conjuncts wait in ``_twins`` as "they" too, and a later "they" that
  resolves to this one is the whole group again (``_groups``). In the pronoun's own sentence
  the coder already reads the conjoined subject whole (events/actor_phrases.py,
  ``_joint_antecedents``), so nothing is added there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import Seen, anaphor

__all__ = ["JointAntecedents"]


class JointAntecedents:
    """The coordination rule of :class:`~pledgewatch.actors.salience.Salience` (a mixin: it
    reads the salience state below)."""

    history: list[Seen]
    _current: list[Seen]
    _sentence: int
    _parsed: bool
    _groups: list[list[ActorMatch]]

    def _joint_person(self, mention: ActorMatch, doc: Doc) -> bool:
        """Is the mention a person coordinated with another actor ("Merkel and Sarkozy")?"""
        return mention.kind == "person" and bool(self._conjoined(mention, doc))

    def _conjoined(self, mention: ActorMatch, doc: Doc) -> list[Seen]:
        """The other actors coordinated with ``mention`` in its sentence, in order."""
        if not self._parsed or not 0 <= mention.head < len(doc):
            return []
        heads = {t.i for t in doc[mention.head].conjuncts}
        if not heads:
            return []
        return [
            seen
            for seen in self.history + self._current
            if seen.mention is not mention
            and seen.mention.start < len(doc)
            and any(seen.mention.start <= i < seen.mention.end for i in heads)
            and not seen.mention.is_location
            and seen.mention.code
            and not seen.mention.code.startswith("---")
        ]

    def _joint_others(
        self, antecedent: Seen | None, token: Token, they: ActorMatch
    ) -> list[ActorMatch]:
        """When "they" (``token``, resolved to ``they``) stands for the first of coordinated
        actors named in an earlier sentence, the others, as "they"."""
        if antecedent is None or antecedent.sentence >= self._sentence:
            return []
        others = [
            seen
            for seen in self._conjoined(antecedent.mention, token.doc)
            if seen.sentence == antecedent.sentence
        ]
        if not others:
            return []
        named = antecedent.mention.text
        matches = []
        for seen in others:
            code = seen.mention.code
            why = f"resolved '{token.text}' to {code} ('{seen.mention.text}', named with "
            why += f"'{named}' in sentence {seen.sentence})"
            matches.append(anaphor(token.doc, code, token.i, token.i + 1, why, True))
        self._groups.append([they, *matches])
        return matches
