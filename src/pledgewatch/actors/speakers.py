"""Who "we" is: the speaker a quote names, the statement's issuer, else the story's lead actor.

'"We want talks," Hague told reporters': "we" is the speaker named after the quote (or before
it: '"...," said Caitlin Hayden'); a bare agent speaker ("a Defense Ministry spokesman said") is
the body it speaks for, in the dispatch's country; failing a speaker in the sentence, "we" is the
speaker it was earlier in the same statement, else whoever issued the statement the document
carries, else the story's lead actor. "We urge North Korea to ..." is never North Korea. Split
out of :mod:`pledgewatch.actors.salience` (a mixin of
:class:`~pledgewatch.actors.salience.Salience`, reading the salience state it sets).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import SUBJECT_DEPS, Seen

__all__ = ["REPORTING_FORMS", "SpeakerReferences"]

#: Reporting verb forms that name the speaker of a quote ("..., Hague told reporters").
REPORTING_FORMS = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared",
     "announced", "insisted", "warned", "wrote", "noted", "stressed", "explained"}
)  # fmt: skip


class SpeakerReferences:
    """The "we" rules of :class:`~pledgewatch.actors.salience.Salience` (a mixin)."""

    _sentence: int
    _parsed: bool
    _spans: dict[int, Span]
    _last_speaker: Seen | None
    _issuer: Seen | None
    _antecedent: Callable[[str, int], Seen | None]
    _bare_body: Callable[[ActorMatch, Doc], ActorMatch | None]
    _national_body: Callable[[ActorMatch, Doc], ActorMatch | None]
    _lead_actor: Callable[[], Seen | None]

    def _speaker(self, token: Token, pending: list[ActorMatch], position: int) -> Seen | None:
        """Who "we" is: the speaker the sentence names after the quote ("We want talks,"
        Hague told reporters; "..., he said"), else the speaker "we" was in an earlier sentence
        of the same statement, else the story's lead actor ("The North's statement said ... We
        propose talks")."""
        doc = token.doc
        span = self._spans.get(self._sentence)
        end = span.end if span is not None else len(doc)
        for mention in pending[position:]:
            after = doc[mention.end] if mention.end < end else None
            before = doc[mention.start - 1] if mention.start > token.i + 1 else None
            if (after is not None and after.lower_ in REPORTING_FORMS) or (
                # '"...," said Caitlin Hayden' (not '..., Park told reporters')
                before is not None and before.lower_ in ("said", "says")
            ):
                if mention.country == "---" and mention.kind == "agent":
                    # '"We ...," a Defense Ministry spokesman said' in a Seoul dispatch
                    # (or '"We ...," a ministry spokeswoman said' after the ministry is named)
                    mention = (
                        self._bare_body(mention, doc)
                        or self._national_body(mention, doc)
                        or mention
                    )
                if mention.country == "---" and self._last_speaker is not None:
                    break  # "a ministry spokesman said": keep the statement's speaker
                self._last_speaker = Seen(self._sentence, mention, True)
                return self._last_speaker
        for word in doc[token.i + 1 : end - 1]:
            if word.lower_ in ("he", "she") and doc[word.i + 1].lower_ in REPORTING_FORMS:
                found = self._antecedent(word.lower_, word.i)
                if found is not None:
                    self._last_speaker = found
                    return found
        if self._last_speaker is None:
            # a statement's "we" is whoever issued it ("The following statement was issued
            # by ... Nuland: ... We are consulting closely with our partners"), else the lead
            self._last_speaker = self._issuer or self._lead_actor()
        speaker = self._last_speaker
        addressee = pending[position] if position < len(pending) else None
        if (
            speaker is not None
            and addressee is not None
            and (addressee.country == speaker.mention.country)
            and self._addressed(token, addressee)
        ):
            return None  # "We urge North Korea to ...": not North Korea, whoever it is
        return speaker

    def _addressed(self, we: Token, mention: ActorMatch) -> bool:
        """Is ``mention`` the one "we" address ("We urge North Korea to ...": the object of
        the verb, or the subject of its clause), not a party named deeper ("We propose talks
        between the authorities of the DPRK and the United States")? Without a parse, yes."""
        doc = we.doc
        if not self._parsed or not 0 <= mention.head < len(doc):
            return True
        head = doc[mention.head]
        verb = we.head
        if head.dep_ in ("dobj", "dative", "iobj"):
            return head.head == verb
        return head.dep_ in SUBJECT_DEPS and head.head.head == verb and head.head != verb
