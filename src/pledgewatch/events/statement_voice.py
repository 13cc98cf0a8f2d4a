"""A statement's text speaks with its author's voice, even where a sentence names no speaker.

A document that prints a statement ("A spokesman for the DPRK Foreign Ministry issued the
following statement on Tuesday:") goes on in the author's words: "The United States would be
well advised to choose between ..." is the author's advice to the United States, coded 020
with no source because the passive "would be well advised" names no adviser. Here an event of
an agentless passive verb of speech (a statement, appeal, demand, criticism or threat: CAMEO
roots in ``SPEECH_ROOTS``) with no source, in a sentence after such a header, takes the
header's speaker as its source. :class:`StatementVoice` keeps the author of one document (one
instance per document).

Limits: the header must introduce the text ("the following statement", "following" a modifier
of a noun of ``@printed_text``, or a colon closing the sentence after a speech verb's subject;
"Following the statement, Japan said" is none); the text runs on until a sentence where one of
another country speaks ("Japan said ...": the story's voice again), and for at most
``REACH_SENTENCES`` sentences; an act that is no speech ("Any such launch would violate ...")
keeps no source, the launch's doer being no business of the statement's author;
an active sentence names its own doer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pledgewatch.events.dependency_roles import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Span

    from pledgewatch.events.actor_phrases import Argument
    from pledgewatch.events.extract import RawEvent

#: CAMEO roots of speech acts: a statement, appeal, demand, disapproval, rejection, threat.
SPEECH_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
#: How many sentences after its header a printed text may run on in its author's voice.
REACH_SENTENCES = 20


@dataclass
class StatementVoice:
    """The author of the statement a document prints, once its header is read; ``texts``: the
    nouns of a printed text (the lexicon's ``@printed_text``)."""

    texts: frozenset[str] = frozenset()
    author: Argument | None = None
    #: sentences read since the header
    _since: int = field(default=0, init=False, repr=False)

    def fill(self, raws: list[RawEvent], sentence: Span) -> None:
        """Give each agentless passive speech event of ``sentence`` with no source the
        statement's author; then note the author when ``sentence`` is the header. The
        author's reach ends at a sentence where one of another country speaks (the story's
        voice again), or after ``REACH_SENTENCES`` sentences."""
        if self.author is not None:
            self._since += 1
            own = self.author.mention.code[:3]
            if self._since > REACH_SENTENCES or _another_speaks(raws, own):
                self.author = None
        if self.author is not None:
            for raw in raws:
                if raw.source is None and _agentless_speech(raw):
                    raw.source = self.author
                    raw.why += (
                        f"; the words of the statement of {self.author.mention.code} "
                        "printed by the document"
                    )
        if self.author is None and _introduces_a_text(sentence, self.texts):
            self.author = next((raw.source for raw in raws if raw.source is not None), None)
            self._since = 0


def _another_speaks(raws: list[RawEvent], own: str) -> bool:
    """Does one of another country than ``own`` (the author's) speak in these events (a
    statement, appeal, demand, criticism, rejection or threat with a source of its own)? Acts
    of others the text tells ("The U.S. staged drills") do not end it."""
    return any(
        raw.source is not None
        and raw.code[:2] in SPEECH_ROOTS
        and raw.source.mention.code[:3] != own
        for raw in raws
    )


def _introduces_a_text(sentence: Span, texts: frozenset[str]) -> bool:
    """ "issued the following statement", or a sentence that ends with a colon. Not "following"
    as a preposition ("Following the statement, Japan said ...")."""
    if any(
        token.lower_ == "following" and token.dep_ == "amod" and token.head.lemma_.lower() in texts
        for token in sentence
    ):
        return True
    words = [token.lower_ for token in sentence]
    return bool(words) and words[-1] == ":"


def _agentless_speech(raw: RawEvent) -> bool:
    verb = raw.trigger
    return (
        raw.action.pattern.kind == "verb"
        and raw.code[:2] in SPEECH_ROOTS
        and is_passive(verb)
        and not any(child.dep_ == "agent" for child in verb.children)
    )
