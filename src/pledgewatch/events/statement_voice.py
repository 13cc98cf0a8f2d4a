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

The same voice declares things with no actor at all ("The talks are dead."): in a sentence in
the author's reach, or anywhere in a document whose kind is a statement (its publisher, resolved
through the actor dictionary: "DPRK Foreign Ministry" -> PRKGOV, is then the voice where no
header names one), :class:`~pledgewatch.events.declared_ends.DeclaredEnds` codes such a verdict
as the issuer's act. A news agency prints statements for other bodies of its state: where the
headline (or, with none, the first line) names a body of the publisher's country speaking ("KPA
mission at Panmunjom warns of merciless retaliation"), that body is the voice, not the agency.
:func:`voiced_sentences` tells the coder's pre-filter which sentences with no actor to parse
for it. A news report's own agentless sentence is in no one's voice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pledgewatch.actors.doc_words import doc_words
from pledgewatch.events.actor_phrases import ActorIndex, Argument
from pledgewatch.events.declared_ends import DeclaredEnds, in_issuers_voice
from pledgewatch.events.dependency_roles import is_passive
from pledgewatch.events.voiced_fates import voiced_fates
from pledgewatch.model import ActorMention, DateBasis, Event

if TYPE_CHECKING:
    from spacy.tokens import Span

    from pledgewatch.events.extract import RawEvent, SentenceExtractor
    from pledgewatch.events.lexicon import Lexicon
    from pledgewatch.events.modality import ModalityCues
    from pledgewatch.events.types import DocContext, EventFinding

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
    #: the verdicts read in the author's or the publisher's voice; None reads none
    declared: DeclaredEnds | None = None
    #: (code, name) of the publisher of a document whose kind is a statement, else None
    publisher: tuple[str, str] | None = None
    #: char offset where the document's headline ends (0: none, its first line is read)
    lead_end: int = 0
    #: the lexicon whose fates the voice threatens with; None reads none
    lexicon: Lexicon | None = None
    #: auxiliaries of a fate still to come ("will", "would")
    prospective: frozenset[str] = frozenset()
    #: sentences read since the header
    _since: int = field(default=0, init=False, repr=False)
    #: trigger index of each act read in the voice -> the header token of its author (its
    #: date is the header's), or None for the publisher's (dated by the report)
    _spoken: dict[int, Any] = field(default_factory=dict, init=False, repr=False)
    #: the lead is read (the headline, or the first line with none)
    _lead_read: bool = field(default=False, init=False, repr=False)

    def fill(self, raws: list[RawEvent], sentence: Span, actors: ActorIndex | None = None) -> None:
        """Give each agentless passive speech event of ``sentence`` with no source the
        statement's author; then note the author when ``sentence`` is the header. The
        author's reach ends at a sentence where one of another country speaks (the story's
        voice again), or after ``REACH_SENTENCES`` sentences. In the author's voice, or the
        publisher's in a statement, add the issuer's verdicts (:mod:`declared_ends`) and its
        threats by a fate foretold (:mod:`voiced_fates`, with ``actors``)."""
        self._read_lead(raws, sentence)
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
        issuer = self.author or self._publisher_voice(sentence)
        if issuer is not None:
            self._speak(sentence, issuer, raws, actors)
        if self.author is None and _introduces_a_text(sentence, self.texts):
            self.author = next((raw.source for raw in raws if raw.source is not None), None)
            self._since = 0
            text = _after_colon(sentence)
            if self.author is not None and text is not None:
                # "issued the following statement on Sunday: The agreement is void."
                self._speak(text, self.author, raws, actors)

    def _speak(
        self, sentence: Span, issuer: Argument, raws: list[RawEvent], actors: ActorIndex | None
    ) -> None:
        """Add the issuer's verdicts and threats by a fate in ``sentence`` to ``raws``."""
        spoken: list[RawEvent] = []
        if self.declared is not None:
            spoken.extend(self.declared.read(sentence, issuer, raws, actors))  # "Talks are dead."
        if self.lexicon is not None and actors is not None:
            # "The United States will bear the responsibility for all the consequences."
            spoken.extend(
                voiced_fates(sentence, issuer, raws, actors, self.lexicon, self.prospective)
            )
        for raw in spoken:
            self._spoken[raw.trigger.i] = issuer.head if issuer is self.author else None
        raws.extend(spoken)

    def date_acts(self, findings: list[EventFinding], report_date: dt.date | None) -> None:
        """Date each act read in the voice as the statement that speaks it (in place): a
        publisher's on the report's day, a printed text's as its header's own event ("issued
        the following statement on Wednesday"); never by a date in its words ("the Sept. 19
        Joint Statement are dead" names a text, the act is the statement's)."""
        for finding in findings:
            if finding.trigger.i not in self._spoken or not in_issuers_voice(finding.pattern_id):
                continue
            event, header = finding.event, self._spoken[finding.trigger.i]
            twin = _header_event(findings, header, event.source) if header is not None else None
            if twin is not None and twin.date is not None:
                event.date, event.date_precision = twin.date, twin.date_precision
                words = twin.date_basis.text if twin.date_basis is not None else None
                event.date_basis = DateBasis("twin", words, twin.id)
                event.why += f"; dated as the statement's header: {twin.date}"
            elif header is None and report_date is not None:
                event.date, event.date_precision = report_date, "day"
                event.date_basis = DateBasis("report")
                event.why += f"; dated as the statement: {report_date}"

    @classmethod
    def of(
        cls,
        extractor: SentenceExtractor,
        ctx: DocContext,
        matcher: Any,
        make_doc: Callable[[str], Any],
    ) -> StatementVoice:
        """The voice of one document: its printed texts' headers and, when its kind is a
        statement, its publisher as ``matcher`` resolves it (the first actor in the name)."""
        lexicon = extractor.lexicon
        declared = declared_ends_of(extractor)
        publisher = None
        if declared.is_statement(ctx.kind) and ctx.publisher:
            found = matcher.find_in_doc(make_doc(ctx.publisher), ctx.date)
            if found:
                publisher = (found[0].code, ctx.publisher)
        cues = extractor.modality.cues
        return cls(
            lexicon.words("@printed_text"),
            declared=declared,
            publisher=publisher,
            lead_end=ctx.headline_end,
            lexicon=lexicon,
            prospective=cues.future_aux | cues.hypothetical_aux,
        )

    def _read_lead(self, raws: list[RawEvent], sentence: Span) -> None:
        """In the lead of a statement, take as its voice the body of the publisher's country
        the lead names speaking ("KPA mission at Panmunjom warns ...": PRKMIL, not the agency
        that prints it); a lead naming none leaves the publisher."""
        if self.publisher is None or self._lead_read:
            return
        if sentence.start_char >= self.lead_end:
            # no headline: the first line is the lead; a headline read: the lead is over
            self._lead_read = True
            if self.lead_end > 0:
                return
        country = self.publisher[0][:3]
        speaker = next(
            (
                raw.source.mention
                for raw in raws
                if raw.source is not None
                and raw.code[:2] in SPEECH_ROOTS
                and raw.source.mention.code[:3] == country
            ),
            None,
        )
        if speaker is not None:
            self.publisher = (speaker.code, speaker.text)
            self._lead_read = True

    def _publisher_voice(self, sentence: Span) -> Argument | None:
        """The publisher as the voice of ``sentence``, anchored on its root (the name is in
        the document's front matter, not in its text)."""
        if self.publisher is None:
            return None
        root = sentence.root
        code, name = self.publisher
        why = f"the publisher of the statement: {name!r}"
        return Argument(ActorMention(code, name, root.i, root.i, why), root, "publisher")


def declared_ends_of(extractor: SentenceExtractor) -> DeclaredEnds:
    """The verdict reader of ``extractor``'s lexicon and cues, built once for them."""
    return _declared_ends(extractor.lexicon, extractor.modality.cues)


@lru_cache(maxsize=8)
def _declared_ends(lexicon: Lexicon, cues: ModalityCues) -> DeclaredEnds:
    return DeclaredEnds(lexicon, cues)


def voiced_sentences(
    doc: Any, bounds: list[tuple[int, int]], kind: str | None, extractor: SentenceExtractor
) -> list[bool]:
    """Which sentences (token ``bounds`` in the unparsed ``doc`` of a document of ``kind``) may
    hold a verdict in an issuer's voice, read with no parse: those with a cue word ("dead",
    "over", "no") and a noun of a thing that can be ended ("talks", "treaty"), in a statement
    or, in another document, within ``REACH_SENTENCES`` after a header with "following" before
    a printed text ("the following statement")."""
    declared = declared_ends_of(extractor)
    is_statement = declared.is_statement(kind)
    cues = declared.cue_words()
    texts = extractor.lexicon.words("@printed_text")
    lowers = doc_words(doc)[1]
    out: list[bool] = []
    reach = 0
    for start, end in bounds:
        words = lowers[start:end]
        out.append(
            (is_statement or reach > 0)
            and any(w in cues for w in words)
            and any(w in declared.ended_nouns for w in words)
        )
        reach = max(reach - 1, 0)
        if any(w == "following" and n in texts for w, n in zip(words, words[1:], strict=False)):
            reach = REACH_SENTENCES
    return out


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


def _header_event(findings: list[EventFinding], header: Any, source: str | None) -> Event | None:
    """The event of ``source`` in the header sentence (holding the token ``header``)."""
    for finding in findings:
        sent = finding.sent
        if sent.start <= header.i < sent.end and finding.event.source == source:
            return finding.event
    return None


def _after_colon(sentence: Span) -> Span | None:
    """The words after a header's colon inside its own sentence, when there are some."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or colon.i + 1 >= sentence.end:
        return None
    return sentence.doc[colon.i + 1 : sentence.end]


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
