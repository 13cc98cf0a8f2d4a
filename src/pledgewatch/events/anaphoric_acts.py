"""An act named again by a definite or "such" noun is the act of whoever did it before.

"North Korea plans to launch a rocket next month. Any such launch would violate Security
Council resolutions": the subject of "violate" is the launch just told, and its doer (North
Korea) is the doer of the violation; the sentence alone names no one, so the event had no
source. Here an event with no source whose verb's subject is an event noun with "such", "the",
"this" or "that" before it ("any such launch", "the test", "this attack"), or a light verb's
passive subject ("the test was carried out", "the launch was conducted from the west coast":
the act itself), and with no actor of its own, takes the source of an event of the last few
sentences whose trigger, or the act it composes, has the noun's lemma ("launch" of "plans to
launch", "test" of "tested"), or is the verb a gerund noun is made from ("the shelling" of
"shelled"); an object of that event is no act of its doer ("Russia vetoed a resolution. The
resolution threatened ...").
What a speech act warns against, asks or criticises is its target's act, not the speaker's ("The
United States warned North Korea against a launch. Any such launch would ...": North Korea's),
unless it is the speaker's own infinitive ("threatened to launch").
The nearest such event wins; an act told with no doer leaves the noun none; "a launch" (a new
one) is left alone. A definite attack noun people died in ("sailors died in the sinking",
:mod:`pledgewatch.events.casualty_acts`) is named again too, from anywhere before in the story,
unless the dead are of the earlier doer's own country (its own soldiers killed "in the
shelling" are no target of its shelling).
Acts in general pointed back at ("these steps will target the United States", "such measures",
words of ``@effort_noun`` with a demonstrative) are the acts of the latest sentence before that
told any act (no speech act), within the last few sentences, when those acts have one country:
their doer is the source; an act of force such steps "will" do is a threat of it (138): the tests
and launches told are aimed at the target, no force is used. Two countries' acts there leave it.
A light verb's agentless passive with no actor at all ("the launch was conducted from the west
coast") is kept by the extractor for this step only (:func:`awaits_earlier_doer`); with no doer
told before, a state's own press reporting it ("KCNA said the test was carried out": a speaker
coded as a state's government whose words are of ``@state_press``) gives it that state, its own
act told in its own voice; otherwise it is dropped, as any event with no actor is.
:class:`AnaphoricActs` keeps the doers of one document (one instance per document).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pledgewatch.events.casualty_acts import (
    attack_died_in,
    casualty_act_named_again,
    casualty_words,
)
from pledgewatch.events.codetable import ARMED_FORCE_ROOTS
from pledgewatch.events.dependency_roles import ing_stems, is_passive
from pledgewatch.events.statement_voice import SPEECH_ROOTS

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.actor_phrases import Argument
    from pledgewatch.events.extract import RawEvent
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["AnaphoricActs", "awaits_earlier_doer"]

#: How many sentences back the act a noun names again may have been told.
LOOKBACK_SENTENCES = 2
#: Determiners that make an event noun the one told before ("such a launch", "the test").
_BACK_POINTING = frozenset({"such", "the", "this", "that"})
_EVENT_WORD_POS = frozenset({"VERB", "NOUN"})
FORCE_THREAT_CODE = "138"


@dataclass
class AnaphoricActs:
    """The doers of the acts coded so far in one document, by the lemmas of their words."""

    #: words of a state's own press (``@state_press``): a state speaking of its own act
    state_press: frozenset[str] = frozenset()
    #: verbs of dying or hurt (``@casualty_verb``): "died in the sinking" names the act told
    casualty_verbs: frozenset[str] = frozenset()
    #: of those, verbs of dying in any voice (``@dying_verb``: "died in the sinking")
    dying_verbs: frozenset[str] = frozenset()
    #: words of acts in general (``@effort_noun``: "these steps", "such measures")
    general_acts: frozenset[str] = frozenset()
    #: determiners that point them back at the acts told (``@pointing_determiner``: "these")
    pointing: frozenset[str] = frozenset()
    _doers: dict[str, tuple[int, Argument]] = field(default_factory=dict)
    #: (sentence, doer) of every main act told so far that is no speech act, in order
    _act_doers: list[tuple[int, Argument]] = field(default_factory=list)
    #: (sentence, doer) of every act of force told so far, in any role, in order
    _force_doers: list[tuple[int, Argument]] = field(default_factory=list)

    @classmethod
    def of(cls, lexicon: Lexicon) -> AnaphoricActs:
        """The document's doers, empty, with the lexicon's word classes it reads."""
        return cls(
            lexicon.words("@state_press"),
            *casualty_words(lexicon),
            general_acts=lexicon.words("@effort_noun"),
            pointing=lexicon.words("@pointing_determiner"),
        )

    def fill(self, raws: list[RawEvent], sentence: int) -> None:
        """Give each sourceless event whose subject names an earlier act that act's doer (or,
        kept with no actor, the state whose press reports it; else drop it, in place); then
        remember this sentence's doers."""
        for raw in raws:
            if raw.source is not None:
                continue
            noun = _named_again(raw.trigger, light=raw.action.family == "light")
            lookback = LOOKBACK_SENTENCES
            casualty = False
            if noun is None and casualty_act_named_again(
                raw.trigger, self.casualty_verbs, self.dying_verbs
            ):
                # "sailors died in the sinking": the story's sinking, however far back told
                noun, lookback, casualty = raw.trigger, sentence, True
            if noun is None:
                self._lend_latest_doer(raw, sentence)
                self._lend_attacker(raw)
                continue
            earlier = next(
                (self._doers[k] for k in _verb_keys(noun.lemma_.lower()) if k in self._doers),
                None,
            )
            if earlier is None or sentence - earlier[0] > lookback:
                continue
            if raw.target is not None and raw.target.mention.code == earlier[1].mention.code:
                continue
            if casualty and _own_victims(raw.target, earlier[1]):
                continue
            raw.source = earlier[1]
            raw.why += (
                f"; '{noun.text}' done by {earlier[1].mention.code} as told in sentence "
                f"{earlier[0] + 1}"
            )
        for raw in raws:
            if raw.awaiting_doer and raw.source is None and self._own_press(raw.speaker):
                raw.source = raw.speaker
                raw.why += "; its doer is the state whose press reports it"
        raws[:] = [r for r in raws if not (r.awaiting_doer and r.source is None)]
        for raw in raws:
            # the act's own words: its trigger and the act it composes ("plans to launch"),
            # not its objects ("vetoed a resolution": the resolution is no act of the vetoer);
            # what a speech act asks, warns against or criticises is its target's act
            doings: list[tuple[Any, Argument | None]] = [(raw.trigger, raw.source)]
            if raw.content is not None:
                doings.append((raw.content.token, _doer_of_content(raw)))
            for token, doer in doings:
                if doer is not None and token.pos_ in _EVENT_WORD_POS:
                    self._doers[token.lemma_.lower()] = (sentence, doer)
            if raw.source is not None and raw.role == "main" and raw.code[:2] not in SPEECH_ROOTS:
                self._act_doers.append((sentence, raw.source))
            if raw.source is not None and raw.code[:2] in ARMED_FORCE_ROOTS:
                self._force_doers.append((sentence, raw.source))

    def _lend_attacker(self, raw: RawEvent) -> None:
        """Give a killing with no killer named, in "the" attack ("two marines were killed in
        the barrage"), the doer of the latest act of force told before, when that sentence's
        acts of force have one country, not the dead's own."""
        if raw.source is not None or raw.code[:2] not in ARMED_FORCE_ROOTS:
            return
        if attack_died_in(raw.trigger, self.casualty_verbs, self.dying_verbs) is None:
            return
        if not self._force_doers:
            return
        last = self._force_doers[-1][0]
        latest = [d for i, d in self._force_doers if i == last]
        if len({d.mention.code[:3] for d in latest}) != 1 or _own_victims(raw.target, latest[-1]):
            return
        raw.source = latest[-1]
        raw.why += (
            f"; the attack died in done by {raw.source.mention.code} as told in sentence {last + 1}"
        )

    def _lend_latest_doer(self, raw: RawEvent, sentence: int) -> None:
        """Give ``raw``, whose subject is acts in general pointed back at ("these steps will
        target X", after the story told the tests and launches), the doer of the acts of the
        latest sentence before that told any, when they all have one country."""
        if _general_acts_named_again(raw.trigger, self.general_acts, self.pointing) is None:
            return
        earlier = [(i, d) for i, d in self._act_doers if i < sentence]
        if not earlier or sentence - earlier[-1][0] > LOOKBACK_SENTENCES:
            return
        latest = [d for i, d in earlier if i == earlier[-1][0]]
        countries = {d.mention.code[:3] for d in latest}
        if len(countries) != 1 or next(iter(countries)).startswith("-"):
            return
        if raw.target is not None and raw.target.mention.code[:3] in countries:
            return
        raw.source = latest[-1]
        raw.why += (
            f"; the acts named again done by {raw.source.mention.code} as told in sentence "
            f"{earlier[-1][0] + 1}"
        )
        if raw.code[:2] in ARMED_FORCE_ROOTS and raw.modality.modality == "future":
            # "these steps will target the United States": the tests and launches told are
            # aimed at it ahead, a threat of force (138), not force used
            raw.code = FORCE_THREAT_CODE
            raw.why += f" ⇒ aimed ahead: a threat {FORCE_THREAT_CODE}"

    @property
    def casualty(self) -> tuple[frozenset[str], frozenset[str]]:
        """The verbs of dying or hurt, and of dying in any voice, this reads."""
        return self.casualty_verbs, self.dying_verbs

    def _own_press(self, speaker: Argument | None) -> bool:
        """Is the speaker a state's own press: coded as a state's government ("KCNA",
        "the state news agency" once its state is known; not "---GOV") and named with a word
        of ``state_press``?"""
        if speaker is None:
            return False
        code = speaker.mention.code
        if code[3:6] != "GOV" or code.startswith("---"):
            return False
        mention = speaker.mention
        words = speaker.head.doc[mention.start : mention.end]
        return any(t.lower_ in self.state_press for t in words)


def awaits_earlier_doer(action: Action) -> bool:
    """Is the action a light verb's passive with no "by" agent whose subject names an act told
    before ("the test was carried out", "the launch was conducted")? With no actor of its own
    it waits for :meth:`AnaphoricActs.fill` to find its doer."""
    token = action.token
    return (
        action.family == "light"
        and is_passive(token)
        and not any(c.dep_ == "agent" for c in token.children)
        and _named_again(token, light=True) is not None
    )


def _doer_of_content(raw: RawEvent) -> Argument | None:
    """Who does the act a speech act composes: the speaker's own infinitive ("threatened to
    launch a missile") is the speaker's; otherwise the act a statement, appeal, demand,
    criticism, rejection or threat (``SPEECH_ROOTS``) is about is its target's ("warned North
    Korea against a launch": North Korea's launch), or no one's when it has no target. Any
    other act composes the source's own ("plans to launch")."""
    if raw.code[:2] not in SPEECH_ROOTS:
        return raw.source
    content = raw.content.token if raw.content is not None else None
    own_infinitive = (
        content is not None
        and content.dep_ == "xcomp"
        and content.head == raw.trigger
        and not any(c.dep_ in ("dobj", "obj") for c in raw.trigger.children)
    )
    return raw.source if own_infinitive else raw.target


def _own_victims(victims: Argument | None, doer: Argument) -> bool:
    """Are those who died of the earlier doer's own country ("Israel shelled Gaza. Ten Israeli
    soldiers were killed in the shelling": the shelling told is not the one they died in, or
    not an act on them)? A country's own dead are no target of its attack."""
    if victims is None:
        return False
    country = doer.mention.code[:3]
    return not country.startswith("-") and victims.mention.code[:3] == country


def _verb_keys(lemma: str) -> tuple[str, ...]:
    """The lemmas an event noun may share with the verb that told the act: itself, and for a
    gerund noun ("the shelling", "the firing", "the shipping") the verb it is made from
    ("shell", "fire", "ship")."""
    return (lemma, *ing_stems(lemma))


def _general_acts_named_again(
    verb: Any, general: frozenset[str], pointing: frozenset[str]
) -> Any | None:
    """The subject of ``verb`` that is acts in general pointed back at ("these steps", "such
    measures"), with nothing of its own that says whose or which, or None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ != "nsubj" or child.lemma_.lower() not in general:
            continue
        dets = {c.lower_ for c in child.children if c.dep_ in ("det", "amod", "predet")}
        if dets & pointing and not any(
            c.dep_ in ("poss", "compound", "prep", "relcl", "acl") for c in child.children
        ):
            return child
    return None


def _named_again(verb: Any, light: bool = False) -> Any | None:
    """The event noun subject of ``verb`` that points back ("any such launch"), or None; of a
    ``light`` verb, its passive subject too ("the test was carried out": the act itself, done
    by whoever did it before)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = ("nsubj", "nsubjpass") if light else ("nsubj",)
    for child in verb.children:
        if child.dep_ not in subjects or child.pos_ != "NOUN":
            continue
        dets = {c.lower_ for c in child.children if c.dep_ in ("det", "amod", "predet")}
        if dets & _BACK_POINTING and not any(
            c.dep_ in ("poss", "compound", "prep") for c in child.children
        ):
            return child
    return None
