"""What a reporting frame amounts to when its content is someone else's fate or duty.

A statement is coded as a frame over its reported content, except where the content makes the
statement an act of its own towards another actor:

* a fate ('"Ukraine will pay a heavy price," the minister said', "warned that India would pay"):
  the speaker's threat aimed at the one who will suffer (130; :mod:`pledgewatch.events.warnings`
  says what a fate is);
* an obligation ("Moscow said Kiev must withdraw", "told Iraq that it must cooperate"): a demand
  (100, "must") or an appeal (020, "should") to the obliged, composed with the demanded act
  when it is coded ("must give up its weapons" 1056);
* a warned situation ("warned that cholera was spreading across Yemen"): its places.

These readings are a mixin of :class:`~pledgewatch.events.extract.SentenceExtractor`, in a module
of their own because they decide what a statement is, a job apart from assembling events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.arguments import LOCATIVE_RELATIONS, ArgumentFinder
from pledgewatch.events.court_findings import COURT_SECTOR, LIABILITY_CODE, violation_clause
from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.modality import ModalityReader
from pledgewatch.events.sentence_roles import same_actor
from pledgewatch.events.speech_frames import noun_clauses, speech_noun_clauses
from pledgewatch.events.spoken_verdicts import ACCUSATION_CODE, CRITICISM_CODE, disparaged_clause
from pledgewatch.events.warnings import THREAT_CODE, fate_subjects, fate_verb, warned_clauses

#: How a spoken verdict's code is named in its explanation.
_VERDICT_NAMES = {CRITICISM_CODE: "criticism", ACCUSATION_CODE: "accusation"}

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.extract import RawEvent


class FrameReadings:
    """Threats and obligations read from a reporting frame's content (a mixin of
    ``SentenceExtractor``, which sets the lexicon, the modality reader and the argument
    finder)."""

    lexicon: Lexicon
    modality: ModalityReader
    _roles: ArgumentFinder

    def _sufferers(self, action: Action) -> list[Argument]:
        """The actors a threat, warning or vow says will suffer ("warned that Russia would pay
        a heavy price", "vowed that the attackers would regret it"), when it is addressed to
        no one else; [] when its content is no such fate."""
        if action.family not in ("threaten", "intent") or action.pattern.kind != "verb":
            return []
        verb = action.token
        # "issued a warning that India would pay": the warning noun is what is issued, its
        # clause what is warned
        nouns = self.lexicon.words("@speech_act_noun")
        issued = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_ in nouns]
        if any(c.dep_ in ("dobj", "dative", "iobj") and c not in issued for c in verb.children):
            return []  # "warned North Korea that it would pay": aimed at the one warned
        clauses = warned_clauses(verb) + [c for noun in issued for c in noun_clauses(noun)]
        for clause in clauses:
            fate = fate_verb(clause, self.lexicon, self._prospective())
            if fate is not None:
                found = self._roles.resolve([(t, "subj") for t in fate_subjects(fate)])
                speakers = self._roles.verb_sources(verb)
                found = [a for a in found if not any(same_actor(a, s) for s in speakers)]
                if found:
                    return found
        return []

    def _fate_threat(
        self, frame: Action, said: list[RawEvent]
    ) -> tuple[set[int], list[RawEvent]] | None:
        """A statement whose content is another actor's fate ('"Ukraine will pay a heavy price,"
        the minister said') is the speaker's threat aimed at that actor (130): (the token
        indices of the fate's clause and verb, the threat events), or None."""
        for clause in warned_clauses(frame.token):
            fate = fate_verb(clause, self.lexicon, self._prospective())
            if fate is None:
                continue
            speakers = self._roles.verb_sources(frame.token)
            sufferers = [
                a
                for a in self._roles.resolve([(t, "subj") for t in fate_subjects(fate)])
                if not any(same_actor(a, s) for s in speakers)
            ]
            if not sufferers:
                continue
            from pledgewatch.events.extract import RawEvent

            reading = self.modality.read(frame.token)
            role = "main" if not said or said[0].role == "frame" else said[0].role
            threats = [
                RawEvent(
                    action=frame,
                    code=THREAT_CODE,
                    source=speaker,
                    target=sufferer,
                    modality=reading,
                    role=role,
                    why=(
                        f"pattern {frame.label} of a fate ('{fate.text}' of "
                        f"'{sufferer.head.text}') ⇒ threat {THREAT_CODE}"
                    ),
                    tokens=[frame.token, clause, sufferer.head]
                    + ([speaker.head] if speaker is not None else []),
                )
                for speaker in ([*speakers] if speakers else [None])
                for sufferer in sufferers
            ]
            return {clause.i, fate.i}, threats
        return None

    def _disparaging_verdict(
        self, frame: Action, said: list[RawEvent]
    ) -> tuple[set[int], list[RawEvent]] | None:
        """ "Seoul said the North's launch was a reckless provocation": criticism (111) aimed at
        the one the verdict is on (:mod:`pledgewatch.events.spoken_verdicts`), in the shape of
        :meth:`_fate_threat` (no content token is dropped: "the threat" stays the North's)."""
        found = disparaged_clause(
            frame.token, self.lexicon.words("@disparaging"), self.lexicon.words("@breach_verdict")
        )
        if found is None or not said:
            return None
        predicate, candidates, code = found
        speakers = self._roles.verb_sources(frame.token)
        for candidate in candidates:
            judged = [
                a
                for a in self._roles.resolve([(candidate, "subj")])
                if not any(same_actor(a, s) for s in speakers)
            ]
            if not judged:
                continue
            from pledgewatch.events.extract import RawEvent

            reading = self.modality.read(frame.token)
            role = "main" if said[0].role == "frame" else said[0].role
            why = f"pattern {frame.label} of a verdict ('{predicate.text}' of '{candidate.text}')"
            return set(), [
                RawEvent(
                    action=frame,
                    code=code,
                    source=speaker,
                    target=one,
                    modality=reading,
                    role=role,
                    why=f"{why} ⇒ {_VERDICT_NAMES[code]} {code}",
                    tokens=[frame.token, predicate, one.head]
                    + ([speaker.head] if speaker is not None else []),
                )
                for speaker in ([*speakers] if speakers else [None])
                for one in judged
            ]
        return None

    def _court_finding(
        self, frame: Action, said: list[RawEvent]
    ) -> tuple[set[int], list[RawEvent]] | None:
        """ "The court ruled that Switzerland had violated ...": the court finds the party liable
        (116, :mod:`pledgewatch.events.court_findings`), in the shape of :meth:`_fate_threat`
        (the clause's own events, if any, are the court's finding, not the party's acts)."""
        found = violation_clause(frame, self.lexicon.words("@violating"))
        if found is None or not said:
            return None
        clause, subjects = found
        courts = [
            s for s in self._roles.verb_sources(frame.token) if s.mention.code[3:6] == COURT_SECTOR
        ]
        judged = [
            a
            for a in self._roles.resolve([(t, "subj") for t in subjects])
            if not any(same_actor(a, c) for c in courts)
        ]
        if not courts or not judged:
            return None
        from pledgewatch.events.extract import RawEvent

        reading = self.modality.read(frame.token)
        role = "main" if said[0].role == "frame" else said[0].role
        why = f"pattern {frame.label} of a violation ('{clause.text}')"
        return {clause.i}, [
            RawEvent(
                action=frame,
                code=LIABILITY_CODE,
                source=court,
                target=one,
                modality=reading,
                role=role,
                why=f"{why} ⇒ found liable {LIABILITY_CODE}",
                tokens=[frame.token, clause, one.head, court.head],
            )
            for court in courts
            for one in judged
        ]

    def _situation_places(self, action: Action) -> list[Argument]:
        """The places a warned situation is in ("cholera was spreading across Yemen")."""
        places = [
            (t, t.head.lower_)
            for clause in warned_clauses(action.token)
            for t in clause.subtree
            if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_RELATIONS
        ]
        return self._roles.resolve(places)

    def _prospective(self) -> frozenset[str]:
        cues = self.modality.cues
        return cues.future_aux | cues.hypothetical_aux

    def _names_actor(self, token: Any) -> bool:
        return bool(self._roles.resolve([(token, "subj")]))

    def _as_obligation(
        self, frame: Action, said: list[RawEvent], content: list[RawEvent] | None = None
    ) -> list[RawEvent]:
        """A statement that another actor must or should act is a demand or an appeal to it:
        "Moscow said Kiev must withdraw its troops" (100), "... said Tokyo should apologise"
        (020), even when the demanded act itself is no lexicon event. ``said``: the frame's own
        events, returned unchanged when its content clause is not such an obligation.
        ``content``: the coded acts of that clause, when there are any; the obliged must be
        their doers, and the demand or appeal is of that act ("must give up its weapons":
        a demand to de-escalate, 1056)."""
        if not said:
            return said
        demanded = self._obliged_actors(frame.token)
        if demanded is None:
            return said
        word, addressees = demanded
        family, code = ("demand", "100") if word == "must" else ("appeal", "020")
        if content:
            # "it must cooperate with UN inspectors": the obliged is the subject, not the other
            # party a symmetric act is also coded from
            doers = [
                e.source
                for e in content
                if not (
                    e.action.pattern.symmetric
                    and e.source is not None
                    and e.source.relation not in ("subj", "addressee", "agent")
                )
            ]
            if any(d is None or not any(same_actor(d, a) for a in addressees) for d in doers):
                return said
            combined = self.lexicon.compose(family, content[0].code)
            if combined is not None and combined != KEEP:
                code = combined
        from pledgewatch.events.extract import RawEvent

        out: list[RawEvent] = []
        for event in said:
            for addressee in addressees:
                if event.source is not None and (
                    same_actor(event.source, addressee)
                    or (
                        addressee.mention.code == event.source.mention.code[:3]
                        and not addressee.mention.code.startswith("---")
                    )
                ):
                    continue  # no demand of oneself, nor of one's own country ("Beijing": CHN)
                why = f"{event.why}; obligation ('{word}') of '{addressee.head.text}' ⇒ {code}"
                out.append(
                    RawEvent(
                        action=event.action,
                        code=code,
                        source=event.source,
                        target=addressee,
                        modality=event.modality,
                        # the demand is the statement's own act, not a frame of its content
                        role="main" if event.role == "frame" else event.role,
                        why=why,
                        speaker=event.speaker,
                        tokens=[*event.tokens, addressee.head],
                    )
                )
        return out or said

    def _obliged_actors(self, verb: Any) -> tuple[str, list[Argument]] | None:
        """(modal word, actors) when the verb's content clause puts an obligation on actors."""
        obligation = self.modality.cues.recommended_aux - {"need"}
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        # "issued a reminder to Iraq that it must cooperate": the speech noun's clause
        clauses += [
            c
            for c in speech_noun_clauses(verb, self.lexicon.words("@speech_noun"))
            if c not in clauses
        ]
        for clause in clauses:
            word = next(
                (c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in obligation),
                None,
            )
            if word is None:
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                return None  # "must not": a warning, not a demand
            subjects = [(c, "subj") for c in clause.children if c.dep_ == "nsubj"]
            actors = self._roles.resolve(subjects)
            if actors and all(t.pos_ == "PRON" for t, _ in subjects):
                actors = self._addressee_instead(verb, actors) or actors
            if actors:
                return word, actors
        return None

    def _obliged_pronoun(
        self, action: Action, frame: Action, sources: list[Argument]
    ) -> list[Argument]:
        """The sources of a reported act whose pronoun subject is under an obligation ("told
        Iraq that it must cooperate"): the one spoken to, not the speaker."""
        token = action.token
        obligation = self.modality.cues.recommended_aux - {"need"}
        if not any(c.dep_ == "aux" and c.lower_ in obligation for c in token.children):
            return sources
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects or not all(c.pos_ == "PRON" for c in subjects):
            return sources
        return self._addressee_instead(frame.token, sources) or sources

    def _addressee_instead(self, verb: Any, actors: list[Argument]) -> list[Argument]:
        """ "France told Iraq it must cooperate": a pronoun under an obligation, resolved to the
        speaker, is the one spoken to (the verb's object or "to" phrase), who is obliged."""
        speakers = self._roles.verb_sources(verb)
        if not speakers or not all(any(same_actor(a, s) for s in speakers) for a in actors):
            return []
        addressed = [
            (c, "addressee")
            for c in verb.children
            if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"
        ] + [
            (p, "addressee")
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        found = self._roles.resolve(addressed)
        return [a for a in found if not any(same_actor(a, s) for s in speakers)]
