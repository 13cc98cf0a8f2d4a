"""Events from one parsed sentence: its actions with their actors, modality and role.

:mod:`pledgewatch.events.actions` finds the triggers, nests speech acts over their complements
and codes them; :mod:`pledgewatch.events.arguments` finds each action's source and target
actors; :mod:`pledgewatch.events.modality` reads how the event is put. This module puts them
together into :class:`RawEvent` records, one per (source, target) pair: each coordinated actor
its own event, symmetric actions (meet, negotiate, clash) both ways. It also gives each event its
role in the sentence: "main"; "frame" for a reporting verb whose content is coded; "allegation"
for the content of an accusation or denial; "mentioned" for a nominal event named in passing;
"background" for events in relative, temporal and causal clauses; "consequence" for a
trailing participle that tells a coded verb's outcome ("shelled the town, killing eight"). A
reporting verb whose content puts an obligation on another actor ("Moscow said Kiev must
withdraw") is a demand (100, "must") or an appeal (020, "should") to that actor; one whose
content is another actor's fate ('"Ukraine will pay a heavy price," X said') is a threat aimed
at it, and so is such a warning or vow (:mod:`pledgewatch.events.warnings`). A settlement that
talks are about ("talks on a ceasefire") is hypothetical.

The coder adds ids, dates and classes to the raw events.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from pledgewatch.actors.seen import is_state
from pledgewatch.events.accused_doers import accused_tokens, unmade_allegation
from pledgewatch.events.actions import Action, ActionFinder
from pledgewatch.events.actor_phrases import ActorIndex, Argument
from pledgewatch.events.adopted_texts import adopted_text_act
from pledgewatch.events.agentless_passives import generic_agent, unsaid_refusal
from pledgewatch.events.anaphoric_acts import awaits_earlier_doer
from pledgewatch.events.announced_acts import announced_own_act
from pledgewatch.events.announced_forces import lend_announcer_to_own_forces
from pledgewatch.events.arguments import ArgumentFinder
from pledgewatch.events.concurrent_killers import concurrent_killers, not_the_victims
from pledgewatch.events.condemned_attacks import aim_at_attackers
from pledgewatch.events.condemned_sanctioned import aim_sanctions_at_condemned
from pledgewatch.events.conditional_threats import threat_held_out
from pledgewatch.events.convened_bodies import convened_at_home
from pledgewatch.events.declared_ends import DeclaredEnds
from pledgewatch.events.dependency_roles import np_words, subject_tokens
from pledgewatch.events.doer_recoding import recoded_by_doers
from pledgewatch.events.doubled_rows import drop_doubled_rows
from pledgewatch.events.event_pairs import (
    a_venue,
    actor_pairs,
    one_sided_plan,
    own_place,
    shared_intent,
    venue_code,
)
from pledgewatch.events.expectations import (
    expected_of_others,
    expecting_verb,
    not_the_expecter,
    prepared_act,
)
from pledgewatch.events.failed_agreements import failed_agreement
from pledgewatch.events.frame_readings import FrameReadings
from pledgewatch.events.granted_permissions import granted_permission
from pledgewatch.events.idioms import apply_rejection_idioms
from pledgewatch.events.kind_clauses import describes_a_kind
from pledgewatch.events.labour_strikes import labour_strike
from pledgewatch.events.lexicon import CONSUMING_FAMILIES, KEEP, Lexicon
from pledgewatch.events.modality import ModalityReader, ModalityReading
from pledgewatch.events.named_targets import lend_named_targets
from pledgewatch.events.official_protests import official_protest
from pledgewatch.events.purpose_drills import join_purpose_drills
from pledgewatch.events.refusal_readings import refusal_reading
from pledgewatch.events.relative_doers import aim_at_condemned_doers, done_by_relative
from pledgewatch.events.reported_wishes import reported_wish, supposed_wish
from pledgewatch.events.repression import at_home, nearby_countries, repression_of_protesters
from pledgewatch.events.said_ends import said_end
from pledgewatch.events.self_bound import not_bound_to_its_target
from pledgewatch.events.sentence_roles import (
    claim_targets,
    claimed_own_act,
    in_background_clause,
    mark_allegations,
    mark_consequences,
    mark_permitted,
    same_actor,
    topic_of_statement,
    topic_of_talks,
)
from pledgewatch.events.speech_frames import speech_noun_clauses, speech_noun_participles
from pledgewatch.events.staff_departures import NO_WITHDRAWAL, staff_departure
from pledgewatch.events.state_aircraft import bombers_are_aircraft
from pledgewatch.events.stated_terms import stated_terms
from pledgewatch.events.talks_walkouts import talks_walkout
from pledgewatch.events.told_nouns import lend_told_modifiers
from pledgewatch.events.trip_arrivals import join_trip_arrivals
from pledgewatch.events.vessel_modifiers import vessel_modifiers
from pledgewatch.events.visiting_guests import visiting_guest
from pledgewatch.events.visits import no_visit, sent_at_home, venue_of_a_pair
from pledgewatch.events.warnings import PESSIMISM_CODE, THREAT_CODE, situation_warning


@dataclass(slots=True)
class RawEvent:
    """One event of a sentence before ids, dates and classes are attached."""

    action: Action
    code: str
    source: Argument | None
    target: Argument | None
    modality: ModalityReading
    role: str  # "main", "frame", "allegation", "mentioned", "background", "consequence" (above)
    why: str
    content: Action | None = None  # the complement event a speech act was combined with
    content_code: str | None = None
    frame: Action | None = None  # the reporting verb this event is the content of
    speaker: Argument | None = None
    tokens: list[Any] = field(default_factory=list)  # evidence tokens
    #: kept with no actor for the coder's anaphora step ("the test was carried out")
    awaiting_doer: bool = False

    @property
    def trigger(self) -> Any:
        return self.action.token


class SentenceExtractor(FrameReadings):
    """Finds the events of parsed sentences with one lexicon and one modality reader; what a
    reporting frame amounts to (a threat, a demand) is read by :class:`FrameReadings`."""

    def __init__(
        self, lexicon: Lexicon, modality: ModalityReader, *, require_actor: bool = True
    ) -> None:
        self.lexicon = lexicon
        self.modality = modality
        self.require_actor = require_actor
        self.finder = ActionFinder(lexicon)
        self._ends = DeclaredEnds(lexicon, modality.cues)  # "said the truce would be void"
        self._roles = ArgumentFinder(lexicon, ActorIndex(()))
        self._actors = ActorIndex(())

    def codes(self, action: Action) -> list[tuple[str, Action | None, str]]:
        return self.finder.codes(action)

    def extract(self, sent: Any, actors: ActorIndex) -> list[RawEvent]:
        """Every event of a parsed sentence span, in trigger order."""
        self._roles = ArgumentFinder(self.lexicon, actors)
        self._actors = actors
        # "halt the program": the programme named before, by this lexicon's @told_noun
        lend_told_modifiers(sent, self.lexicon.words("@told_noun"))
        kinds = self.modality.cues.open_determiners  # "any action that threatens X": no act
        actions = [
            a for a in self.finder.actions(sent, actors) if not describes_a_kind(a.token, kinds)
        ]
        if not actions:
            return []
        actions = apply_rejection_idioms(actions, sent, self.lexicon)
        self.finder.nest(actions)
        self.finder.attach_objects(actions)
        events: list[RawEvent] = []
        frames: list[Action] = []
        for action in actions:
            governor = action.governor
            if governor is not None and governor.family in CONSUMING_FAMILIES:
                continue  # part of its governor's event
            if action.pattern.topic_only or action.absorbed:
                continue
            if action.family == "say":
                frames.append(action)
                continue
            events.extend(self._events_of(action))
        for frame in frames:
            content_events = [e for e in events if e.frame is frame]
            said = self._events_of(frame, is_frame=bool(content_events))
            threat = (
                self._fate_threat(frame, said)
                or self._disparaging_verdict(frame, said)
                or self._court_finding(frame, said)
            )
            if threat is not None:
                # '"North Korea will pay a price," Lee said': Lee's threat, not the North's act
                fate_tokens, said = threat
                events = [
                    e for e in events if not (e.frame is frame and e.trigger.i in fate_tokens)
                ]
            elif not content_events:
                ended = said_end(frame, said, self._ends, self._actors)
                said = ended if ended is not None else self._as_obligation(frame, said)
            elif all(e.modality.modality == "recommended" for e in content_events):
                # "North Korea must give up its weapons, the minister said": a demand of the act
                said = self._as_obligation(frame, said, content_events)
            else:
                lend_announcer_to_own_forces(said, content_events, self.lexicon)  # "the carrier"
                said = claimed_own_act(frame, said, content_events)
                said = announced_own_act(said, content_events, self.lexicon)
            events.extend(said)
        wishes = self.lexicon.words("@wish")  # "analysts said the North wants to ...": no act
        supposing = self.lexicon.words("@supposing_mark")  # "if Tehran wants relief, ..."
        events = [
            e
            for e in events
            if not reported_wish(e, wishes) and not supposed_wish(e, wishes, supposing)
        ]
        # "condemned the attack on X": aimed at the attack's doer, not at X
        events = aim_at_attackers(
            events,
            self.lexicon.words("@home_kill_code"),
            self.lexicon.words("@own_side_harm_code"),
        )
        events = aim_at_condemned_doers(events)  # "condemned the test that X conducted": X
        events = aim_sanctions_at_condemned(events)  # "condemned X's test and expanded sanctions"
        events = join_trip_arrivals(events)  # "arrived in X on his trip to China": one visit
        events = join_purpose_drills(
            events, actions, self.lexicon, actors
        )  # "arrived for joint drills"
        mark_consequences(events)
        events = drop_doubled_rows(events)  # "summoned the ambassador to protest": one 114
        events = lend_named_targets(events, self._roles, self.lexicon)
        claim_targets(events)
        mark_permitted(events)
        mark_allegations(events, actions)
        events.sort(key=lambda e: (e.trigger.i, e.role != "main"))
        return events

    def _events_of(self, action: Action, *, is_frame: bool = False) -> list[RawEvent]:
        governor = action.governor
        frame = (
            governor
            if governor is not None and governor.family in ("say", "accuse", "deny")
            else None
        )
        role = "frame" if is_frame else "main"
        if frame is not None and frame.family in ("accuse", "deny"):
            role = "allegation"
        elif (
            action.object_of is not None
            or (action.pattern.kind == "noun" and governor is None)
            or topic_of_statement(action)
            # "apologize for the sinking of its ship", "in response to the sinking": the act a
            # redress is for or another answers, named (events51: any circumstance)
            or self.modality.circumstance(action.token) is not None
        ):
            # a nominal event named in passing, not the clause's own act -- unless it is the
            # subject of a verb that is no event itself: "Clashes erupted", "riots continued"
            subject_of_plain_verb = (
                action.token.dep_ in ("nsubj", "nsubjpass")
                and action.token.head.pos_ in ("VERB", "AUX")
                # a linking verb describes the noun ("the plans look weak"), it does not say
                # the event took place
                and not any(c.dep_ in ("acomp", "attr", "oprd") for c in action.token.head.children)
                and not any(
                    # a verb that codes something by itself; "continue" codes only with "talks"
                    p.code and not p.requires and not p.child
                    for p in self.lexicon.patterns("verb", action.token.head.lemma_.lower())
                )
            )
            role = "mentioned" if not subject_of_plain_verb else "main"
            if subject_of_plain_verb and in_background_clause(action.token.head):
                # "will keep its deterrent while the U.S. threat continues": a clause of
                # time or condition frames the act, its subject is told as no news
                role = "background"
        elif (
            in_background_clause(action.token)
            and not self._in_speech_noun(action, frame)
            # "adopted a resolution that condemned X": the text's acts are the adopter's news
            and not adopted_text_act(action.token, self.lexicon)
        ):
            role = "background"
        out: list[RawEvent] = []
        sufferers = self._sufferers(action)
        for code, content, why in (
            [(THREAT_CODE, None, f"pattern {action.label}; a fate of '{sufferers[0].head.text}'")]
            if sufferers
            else self.codes(action)
        ):
            if expected_of_others(action, content, self.lexicon):
                continue  # "told reporters to expect more sanctions": no one's sanction yet
            sources, targets = self._roles.arguments(action, content)
            guest = visiting_guest(action, self._roles)
            if guest is not None:  # "showed a visiting American scientist": a visit to the host
                sources, targets = guest
            if permitted := granted_permission(action, code, sources, targets, self.lexicon):
                # "firms will be allowed to invest in X": X lets them
                sources, targets = permitted
                why = f"{why}; let in the passive ⇒ the place lets the permitted"
            sources = [s for s in sources if not generic_agent(s, action.token)]
            sources, targets = vessel_modifiers(action, sources, targets, self._actors)
            departed = staff_departure(action, code, sources, targets, self.lexicon)
            if departed is NO_WITHDRAWAL:  # "Carter left Pyongyang": a trip, no withdrawal
                continue
            if departed is not None:  # "South Korean managers left Kaesong": KOR -> PRK 166
                code, why, targets = departed[0], f"{why} {departed[1]}", departed[2]
            sources = not_bound_to_its_target(sources, targets)  # "They [measures] hurt X"
            accused = accused_tokens(action, frame)
            if accused:  # "blamed North Korea for the attack": North Korea's attack
                sources = self._roles.resolve([(t, "accused") for t in accused]) or sources
            if not sources and (killers := concurrent_killers(action, code, self.lexicon)):
                # "was killed as rebels stormed the town": the stormers killed
                sources = not_the_victims(self._roles.resolve(killers), targets)
            expecting = expecting_verb(action, self.lexicon)
            if expecting is not None:  # "Israel anticipates an attack": Israel attacks no one
                sources = not_the_expecter(sources, expecting)
            if (
                not sources
                and frame is not None
                and (unsaid_refusal(action, code, frame) or stated_terms(action, code, frame))
            ):
                # "Talks have been ruled out, a South Korean official said" (a refusal in the
                # passive with no "by"), "She said talks would require X to ..." (terms): the
                # speaker's side's
                sources = self._roles.verb_sources(frame.token)
            situation = False
            if sufferers:
                # "warned that Russia would pay a heavy price": a threat aimed at Russia
                targets = [t for t in sufferers if not any(same_actor(t, s) for s in sources)]
            elif (
                code == action.pattern.code
                and content is None
                and situation_warning(action.token, self.lexicon, self._names_actor)
            ):
                # "warned that famine was spreading", "warned of famine in Gaza": pessimism
                # about a situation, whose place is what it is about
                code, why = PESSIMISM_CODE, f"{why}; a warning about a situation ⇒ 012"
                situation = True
                targets = targets or self._situation_places(action)
            if frame is not None and frame.family == "say" and sources:
                sources = self._obliged_pronoun(action, frame, sources)
            # "the test was carried out": the act told before, whose doer the coder's anaphora
            # step gives it (dropped there if it finds none)
            awaiting = not sources and not targets and awaits_earlier_doer(action)
            if not sources and not targets and self.require_actor and not awaiting:
                continue
            # "Kim returned to Pyongyang": he went home; "let inspectors return": no visitor
            if no_visit(code, sources, targets, verb=action.pattern.kind == "verb"):
                continue
            repressed = repression_of_protesters(code, sources, targets, self.lexicon)
            if repressed is not None:  # "police used weapons against protesters": 175
                code, why = repressed[0], f"{why} {repressed[1]}"
            targets = venue_of_a_pair(code, sources, targets)
            nearby = functools.partial(nearby_countries, action.token, self._actors)  # if needed
            targets = at_home(code, sources, targets, self.lexicon, nearby)
            targets = convened_at_home(action.token.lemma_, code, sources, targets, self.lexicon)
            code, why = self._unconventional(action, code, why, sources)
            sent = sent_at_home(code, why, action.pattern.child, sources, targets, self.lexicon)
            if sent is None:  # "a court sent three traffickers to prison": no extradition
                continue
            code, why = sent
            walkout = labour_strike(action, code, sources, targets, self.lexicon)
            if walkout is not None:  # "the union will strike": a labour strike, 143
                code, why = walkout[0], f"{why} {walkout[1]}"
            walked = talks_walkout(action, code, sources, targets, self.lexicon, self._actors)
            if walked is not None:  # "the delegation walked out": 164 on the talks' other party
                code, why, targets = walked[0], f"{why} {walked[1]}", walked[2]
            complaint = official_protest(action, code, sources, self.lexicon)
            if complaint is not None:  # "a protest from China": a state's complaint, 114
                code, why = complaint[0], f"{why} {complaint[1]}"
            code, why, targets = self._between_states(action, content, code, why, sources, targets)
            content_code = self._first_code(content)
            if (
                venue_code(code)
                and not situation
                and (content_code is None or venue_code(content_code))
            ):
                # "talks in Geneva", "agreed in Bangkok", "said in Beijing": the place is where
                # it was said or met, not a party to it (a visit's place is its host: 042, 043;
                # an intent's place is its act's: "ready to send troops to a force in Liberia")
                # ("told reporters at Beijing airport": a place named with "at" is one too)
                targets = [t for t in targets if not a_venue(t, code)]
                if not sources and not targets and self.require_actor:
                    continue
            elif code.startswith("03"):
                # "agreed in Lima to reopen the border": the verb's own place is where it was
                # agreed, even when the act agreed on may have a place of its own ("sought
                # refuge in Germany", an appeal, is addressed to its place)
                targets = [t for t in targets if not own_place(t, action.token)]
            # what a sent letter or issued statement does ("sent a letter threatening ...") is
            # the sender's own act, not reported content
            framed = (
                frame is not None
                and frame.family == "say"
                and action.token
                not in speech_noun_participles(frame.token, self.lexicon.words("@speech_noun"))
            )
            # a light verb's event is its complement's: "plans to launch" is a future launch
            anchor = (
                content.token if action.family == "light" and content is not None else action.token
            )
            reading = self.modality.read(anchor, framed=framed)
            reading = done_by_relative(self.lexicon, anchor, reading)  # "the promise X made"
            if frame is not None and frame.family == "deny":
                reading = ModalityReading("negated", frame.token.lower_)
            elif frame is not None and frame.family == "accuse" and reading.modality == "asserted":
                reading = ModalityReading("reported", frame.token.lower_)
            reading = unmade_allegation(frame, reading)
            reading = self._as_topic(action, code, reading)
            expecting = expecting or prepared_act(action, content, self.lexicon)
            if expecting is not None and reading.modality in ("asserted", "reported"):
                reading = ModalityReading("future", expecting.lower_)  # expected, not done
            if action.possible and reading.modality in ("asserted", "reported"):
                # "talks were not out of the question": possible, not held
                reading = ModalityReading("hypothetical", action.possible)
            if failed_agreement(code, reading):  # "failed to reach agreement": no one's deed
                continue
            declined = refusal_reading(action, content, code, reading, self.lexicon)
            if declined is not None:  # "did not accept China's proposal": a rejection
                code, reading, note = declined  # "never renounce force": a threat of force
                why = f"{why}; {note}"
            parties = functools.partial(self._roles.condition_subjects, anchor, "threaten", sources)
            held_out = threat_held_out(anchor, code, reading, self.lexicon, parties)
            if held_out is not None:
                # "will boycott the vote unless X ...": a threat, made now, on X
                (code, reading, note), conditioned = held_out
                why = f"{why}; {note}"
                targets = targets or conditioned
            speaker = None
            if frame is not None:
                speaker_args = self._roles.verb_sources(frame.token)
                speaker = speaker_args[0] if speaker_args else None
            # "will not negotiate with X": only the subject refuses, the act is not both ways;
            # "Iraq must cooperate with the inspectors": only the subject is obliged; "would no
            # longer talk to X" (a refusal reading): only the subject breaks off
            shared = shared_intent(action, content, sources, targets, reading.modality)
            joins = self.lexicon.words("@joining_verb")
            symmetric = (
                (action.pattern.symmetric or shared)
                and reading.modality not in ("negated", "recommended")
                and declined is None
                and (shared or not one_sided_plan(reading.modality, targets, action.token, joins))
            )
            for source, target in actor_pairs(sources, targets, symmetric):
                tokens = [action.token]
                if content is not None:
                    tokens.append(content.token)
                for argument in (source, target):
                    if argument is not None:
                        tokens.append(argument.head)
                detail = ", ".join(
                    part
                    for part in (
                        f"{_kind_word(action)} '{action.token.text}'",
                        source.describe() if source else None,
                        target.describe() if target else None,
                    )
                    if part
                )
                text = f"{why} ({detail})"
                if reading.cue and reading.modality != "asserted":
                    text += f"; {reading.modality} ('{reading.cue}')"
                out.append(
                    RawEvent(
                        action=action,
                        code=code,
                        source=source,
                        target=target,
                        modality=reading,
                        role=role,
                        why=text,
                        content=content,
                        content_code=self._first_code(content),
                        frame=frame,
                        speaker=speaker,
                        tokens=tokens,
                        awaiting_doer=awaiting,
                    )
                )
        return out

    def _in_speech_noun(self, action: Action, frame: Action | None) -> bool:
        """Is the action inside what a reporting frame's speech noun says ("issued a statement
        [that North Korea had fired missiles]", "sent a letter [threatening to ...]")? That is
        the statement's content, not a relative clause in the background."""
        if frame is None or frame.family != "say":
            return False
        nouns = self.lexicon.words("@speech_noun")
        contents = speech_noun_clauses(frame.token, nouns) + speech_noun_participles(
            frame.token, nouns
        )
        i = action.token.i
        return any(c.left_edge.i <= i <= c.right_edge.i for c in contents)

    def _as_topic(self, action: Action, code: str, reading: ModalityReading) -> ModalityReading:
        """A settlement that talks are about ("talks on a Sudan ceasefire", "discussed a prisoner
        swap") is under discussion (hypothetical), not done, unless it is dated in the past;
        an act of conflict talks are about ("consultations on the missile launch") is what
        they were called for, and keeps its reading."""
        if reading.modality not in ("asserted", "reported") or code[:2] not in SETTLEMENT_ROOTS:
            return reading
        talks = topic_of_talks(action, self.lexicon)
        if talks is None or self.modality.dated_in_past(action.token) is not None:
            return reading
        return ModalityReading("hypothetical", talks.lower_)

    def _unconventional(
        self, action: Action, code: str, why: str, sources: list[Argument]
    ) -> tuple[str, str]:
        """Force used by bombers, gunmen or with bombs is CAMEO's 18 ASSAULT, not 19 FIGHT;
        seizure, destruction or violence by protesters is 145 violent protest, their gathering
        (@assembling) a demonstration (141); peacekeepers arriving somewhere are deployed there
        (074), they do not visit; what weapons, hackers or armed forces target is attacked
        (190), not sanctioned (163: "Russian drones targeted energy companies")."""
        doers = recoded_by_doers(self.lexicon, action.token, code, why, sources)
        if doers is not None:
            return doers
        drill = self._exercise_of(action.token) if code[:2] in ("18", "19") else None
        if drill is not None:
            refined = self.lexicon.compose("in_exercise", code)
            if refined not in (None, KEEP) and refined != code:
                return refined, f"{why} ⇒ {refined} (in an exercise: '{drill}')"
        if not code.startswith("19"):
            return code, why
        agents = self.lexicon.words("@unconventional_agent")
        if bombers_are_aircraft(self.lexicon, code, action.token, sources):
            agents = agents - self.lexicon.words("@aircraft")
        means = self.lexicon.words("@unconventional_means")
        token = action.token
        subjects = [a.head for a in sources] or [t for t, _ in subject_tokens(token)]
        cue = next((w for s in subjects for w in sorted(np_words(s)) if w in agents), None)
        if cue is None:
            for child in token.children:
                if child.dep_ in ("prep", "agent") and child.lower_ in (
                    "in",
                    "with",
                    "by",
                    "using",
                ):
                    for pobj in child.children:
                        cue = cue or next((w for w in sorted(np_words(pobj)) if w in means), None)
        if cue is None:
            return code, why
        refined = self.lexicon.compose("unconventional", code)
        if refined in (None, KEEP) or refined == code:
            return code, why
        return refined, f"{why} ⇒ {refined} (unconventional: '{cue}')"

    def _between_states(
        self,
        action: Action,
        content: Action | None,
        code: str,
        why: str,
        sources: list[Argument],
        targets: list[Argument],
    ) -> tuple[str, str, list[Argument]]:
        """A pattern's code between states (flag ``states=CODE``) when its source is a state and
        its target, or the subject of an "if"/"unless" condition on it, another country's state
        ("Russia used force against Georgia", "could use force if Syria fails to comply": 190;
        "police used force against protesters" stays 175). A condition's state becomes the
        target when the event has none. A threat or intent of it ("warned it would use force
        against Taiwan": 138, not 137) composes the code between states."""
        states_code = action.pattern.between_states_code
        if states_code is None and content is not None and action.family:
            plain = content.pattern.code
            states_code = content.pattern.between_states_code
            if states_code is not None and plain is not None:
                if code != self.lexicon.compose(action.family, plain):
                    return code, why, targets
                states_code = self.lexicon.compose(action.family, states_code)
        elif code != action.pattern.code:
            return code, why, targets
        if states_code in (None, KEEP) or not sources:
            return code, why, targets
        own = {s.mention.code[:3] for s in sources if is_state(s.mention.code)}
        if not own:
            return code, why, targets
        others = [t for t in targets if is_state(t.mention.code) and t.mention.code[:3] not in own]
        if not others and not targets:
            conditions = self._roles.condition_subjects(action.token, "threaten", sources)
            others = [t for t in conditions if is_state(t.mention.code)]
            targets = others
        if not others or states_code is None:
            return code, why, targets
        return states_code, f"{why} ⇒ {states_code} (between states)", targets

    def _exercise_of(self, token: Any) -> str | None:
        """The exercise word when the act is done in a drill ("fired artillery during the
        drills", "dropped bombs in an exercise"): a show of force, not an attack."""
        exercises = self.lexicon.words("@exercise")
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "in", "for"):
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in exercises:
                    return pobj.text
        return None

    def _first_code(self, content: Action | None) -> str | None:
        if content is None:
            return None
        codes = self.codes(content)
        return codes[0][0] if codes else None


#: CAMEO roots of what talks settle (intents, consultation, cooperation, aid, yielding: "talks
#: on a ceasefire", "on a prisoner exchange", "on aid"): as the topic of talks, not yet done.
SETTLEMENT_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _kind_word(action: Action) -> str:
    return {"verb": "verb", "noun": "noun", "adj": "adjective"}[action.pattern.kind]
