"""Whose voice a bare "state media" is: the state its report tells of, or the story's own.

"State media said ...", "state television reported ...", "the official news agency said ..."
name a state's voice without its state (the matcher codes them ---GOV). Taking the country from
the dateline is wrong as often as right: a Seoul dispatch quoting the North's media is not
Seoul's voice. So a country-less state medium (its last words one of ``state_media_nouns``,
agents.yaml) that is the subject of a verb takes, in this order:

1. **the doer of its reported clause** (a reporting verb's): the state of the subject (or the
   subject's owner) of the clause it reports, when that is a state's own actor (the country,
   its government, forces or leaders, former ones too) and a state that runs what the news
   calls state media (``state_media_states``, agents.yaml): "North Korean leader Kim Jong Il
   has died, state media said" -> PRKGOV, "Iran test-fired a missile, state television
   reported" -> IRNGOV. North Korea's media telling what American warplanes or South Korean
   warships did are not American or South Korean media;
2. **the story's state, when its voice was heard before** (with any verb: "State television
   called his son the great successor"): the state of the story's lead actor (the first
   state's actor of the headline or first sentence, no dateline, no news agency), when the
   document already named that state's government or media as the subject of a reporting verb
   ("North Korea said on Thursday ... State media said the United States was plotting war")
   -> PRKGOV.

3. **the one state with state media that acts**: the state of the doers (subjects, or their
   owners) of the sentence, else of the document so far, when exactly one state of
   ``state_media_states`` is among them ("Hours after North Korea's rocket broke apart, state
   television admitted the satellite had failed" -> PRKGOV); with two such states, none.

When none decides the medium stays ---GOV: no guess, and never the dateline's country alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from pledgewatch.actors.datelines import is_dateline
from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import SUBJECT_DEPS, Seen, anaphor, is_state, really_parsed

__all__ = ["StateMedia", "is_state_medium"]

#: Labels that tie a reporting verb to the clause it reports: "said [that X ...]" (ccomp), "X
#: ..., state media said" (the verb hangs on the clause as parataxis or ccomp).
_REPORTED = frozenset({"ccomp", "parataxis"})
_VOICE_SECTORS = frozenset({"", "GOV"})


def is_state_medium(mention: ActorMatch, doc: Doc, nouns: frozenset[str]) -> bool:
    """Is the mention a state medium named with no country ("state media", "the official news
    agency", "state-run newspapers"): a country-less GOV agent whose last words are in
    ``nouns``?"""
    if mention.kind != "agent" or mention.country != "---" or mention.sector != "GOV":
        return False
    words = [t.lower_ for t in doc[mention.start : mention.end]]
    return any(" ".join(words).endswith(noun) for noun in nouns)


class StateMedia:
    """The state-media rule of :class:`~pledgewatch.actors.salience.Salience` (a mixin: it reads
    the salience state below)."""

    dictionary: ActorDictionary
    history: list[Seen]
    _current: list[Seen]
    _sentence: int
    _parsed: bool
    _spans: dict[int, Span]
    _sentence_mentions: list[ActorMatch]

    def _state_media(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """A country-less state medium that reports: the state of its reported clause's doer,
        else the story's state when that state's voice was heard before; None otherwise."""
        if not self._parsed or not 0 <= mention.head < len(doc):
            return None
        if not is_state_medium(mention, doc, self.dictionary.state_media_nouns):
            return None
        verb = doc[mention.head].head
        if doc[mention.head].dep_ not in SUBJECT_DEPS:
            return None
        found = self._reported_doer(verb) if _reports(verb, self.dictionary) else None
        if found is not None and found[0].country in self.dictionary.state_media_states:
            doer, clause = found
            why = f"state medium '{mention.text}' reports what '{doer.text}' did ('{clause}')"
            return _voice(doc, mention, doer.country or "---", why)
        voice = self._story_voice(mention.start)
        if voice is not None:
            why = (
                f"state medium '{mention.text}' of the story's state: '{voice.mention.text}' "
                f"spoke in sentence {voice.sentence}"
            )
            return _voice(doc, mention, voice.mention.country or "---", why)
        sole = self._sole_media_state(mention, doc)
        if sole is not None:
            why = (
                f"state medium '{mention.text}' of the one state with state media that acts in "
                f"the story: '{sole.text}'"
            )
            return _voice(doc, mention, sole.country or "---", why)
        return None

    def _sole_media_state(self, medium: ActorMatch, doc: Doc) -> ActorMatch | None:
        """The doer (a subject, or a subject's owner: "North Korea's rocket broke apart") of
        this sentence, else of the document so far, that is a state's own actor of the one
        state of ``state_media_states`` among such doers; None when there are none or several."""
        states = self.dictionary.state_media_states
        here = [
            m
            for m in self._mentions_here()
            if m.start != medium.start and _of_the_state(m) and _is_doer(doc, m.head)
        ]
        earlier = [
            seen.mention
            for seen in self.history
            if _of_the_state(seen.mention)
            and not self._in_dateline(seen)
            and (span := self._spans.get(seen.sentence)) is not None
            and really_parsed(span)
            and _is_doer(span.doc, seen.mention.head)
        ]
        for doers in (here, earlier):
            found = [m for m in doers if m.country in states]
            if len({m.country for m in found}) == 1:
                return found[0]
            if found:
                return None  # several states with state media act here: no guess
        return None

    def _reported_doer(self, verb: Token) -> tuple[ActorMatch, str] | None:
        """The state's own actor that is the subject (or the subject's owner) of the clause
        ``verb`` reports, with that clause's verb; None when it has none or several states."""
        clauses = [c for c in verb.children if c.dep_ in _REPORTED]
        if verb.dep_ in _REPORTED and verb.head.i < verb.i:
            clauses.append(verb.head)  # "Kim Jong Il has died ..., state media said"
        subjects = {
            word.i: clause.text
            for clause in clauses
            for subject in clause.children
            if subject.dep_ in SUBJECT_DEPS
            for word in (subject, *(c for c in subject.children if c.dep_ == "poss"))
        }
        if not subjects:
            return None
        doers = [
            mention
            for mention in self._mentions_here()
            if mention.head in subjects and _of_the_state(mention)
        ]
        states = {mention.country for mention in doers}
        if len(states) != 1:
            return None
        doer = doers[0]
        return doer, subjects[doer.head]

    def _mentions_here(self) -> Iterable[ActorMatch]:
        """This sentence's mentions: those resolved so far, then the rest as matched."""
        seen = [s.mention for s in self._current]
        spans = {(m.start, m.end) for m in seen}
        rest = [m for m in self._sentence_mentions if (m.start, m.end) not in spans]
        return [*seen, *rest]

    def _story_voice(self, position: int) -> Seen | None:
        """The latest mention before ``position`` of the story's state (its lead actor's
        country) as its government or media, the subject of a reporting verb."""
        lead = next(
            (
                seen
                for number in (1, 2)
                for seen in self.history
                if seen.sentence == number
                and is_state(seen.mention.code)
                and not seen.mention.is_location
                and not self._in_dateline(seen)
            ),
            None,
        )
        if lead is None:
            return None
        country = lead.mention.country
        earlier = [s for s in self.history if s.sentence < self._sentence]
        here = [s for s in self._current if s.mention.end <= position]
        for seen in reversed(earlier + here):
            found = seen.mention
            span = self._spans.get(seen.sentence)
            if (
                found.country != country
                or (found.sector or "") not in _VOICE_SECTORS
                or found.is_location
                or self._in_dateline(seen)
                or span is None
                or not really_parsed(span)
                or not 0 <= found.head < len(span.doc)
            ):
                continue
            head = span.doc[found.head]
            if head.dep_ in SUBJECT_DEPS and _reports(head.head, self.dictionary):
                return seen
        return None

    def _in_dateline(self, seen: Seen) -> bool:
        span = self._spans.get(seen.sentence)
        return span is not None and is_dateline(seen.mention, span.doc, span.start)


def _of_the_state(mention: ActorMatch) -> bool:
    """A state's own actor: the country, its government or forces, or its (former) leaders
    ("North Korean leader Kim Jong Il has died", PRKELI after his death)."""
    return not mention.is_location and (is_state(mention.code) or _elite(mention.code))


def _elite(code: str) -> bool:
    return not code.startswith("---") and code[3:6] == "ELI"


def _is_doer(doc: Doc, head: int) -> bool:
    """Is the token at ``head`` a clause's subject (or one of coordinated subjects: "China and
    Russia blocked") or a subject's owner?"""
    if not 0 <= head < len(doc):
        return False
    token = doc[head]
    if token.dep_ == "poss":
        token = token.head
    for _ in range(4):
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _reports(verb: Token, dictionary: ActorDictionary) -> bool:
    return verb.lemma_.lower() in dictionary.reporting_lemmas


def _voice(doc: Doc, mention: ActorMatch, country: str, why: str) -> ActorMatch:
    code = country + "GOV"
    return anaphor(
        doc, code, mention.start, mention.end, f"resolved to {code} ({why})", mention.plural
    )
