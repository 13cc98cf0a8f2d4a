"""Modality of a coded event: asserted, reported, future, hypothetical, recommended or negated.

Whether an event *happened* is what separates an action from a promise or a threat, so every
event gets one modality, read from the parse: from the event's trigger the walk goes up the
dependency tree to the root of the sentence, and the cues met on the way (auxiliaries, negation,
governing verbs such as "plans to" or "urged ... to", "if" clauses, reporting verbs, "according
to") decide it. The cue lists are data (``data/lexicon/modality.yaml``).

Precedence when several cues apply: negated > hypothetical > recommended > future > reported >
asserted. "Seoul said Pyongyang did not fire" is negated; "Seoul said Pyongyang will fire" is
future; "Seoul said Pyongyang fired" is reported. Only asserted and reported events count as
happened (:data:`pledgewatch.model.FACTUAL_MODALITIES`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pledgewatch.errors import ConfigError
from pledgewatch.events.ceased_verbs import CEASING_ADVERBS
from pledgewatch.events.circumstance_acts import (
    answered_act,
    caused_by_act,
    circumstance_act,
    redressed_act,
)
from pledgewatch.events.clause_shapes import (
    adjunct_of_reason,
    parenthetical,
    subordinate_clause,
    that_clause,
)
from pledgewatch.events.headline_infinitives import headline_infinitive
from pledgewatch.events.schedules import ScheduleWords, scheduled
from pledgewatch.model import Modality
from pledgewatch.yaml_lists import refuse_unquoted_booleans, word_list

DEFAULT_CUES = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "modality.yaml"

#: Higher wins.
PRECEDENCE: dict[str, int] = {
    "asserted": 0,
    "reported": 1,
    "future": 2,
    "recommended": 3,
    "hypothetical": 4,
    "negated": 5,
}

_CUE_LISTS = (
    "future_aux",
    "hypothetical_aux",
    "recommended_aux",
    "future_governors",
    "hypothetical_governors",
    "recommended_governors",
    "negating_governors",
    "reporting_verbs",
    "reporting_preps",
    "reporting_adverbs",
    "hypothetical_marks",
    "hypothetical_adverbs",
    "negation_words",
)

_CLAUSE_LINKS = frozenset(
    {
        "acomp",  # "is not ready to talk", "if it is willing", "would be prepared": the copula
        "xcomp",
        "ccomp",
        "conj",
        "advcl",
        "relcl",
        "acl",
        "pcomp",
        "dobj",
        "pobj",
        "prep",
        "parataxis",
        "attr",  # "would have been the first meeting", "was not an attack": the copula's own
    }
)


#: What a noun modifier in the past does not take from the clause above: "will help
#: identify victims killed in the crash", "will meet families of soldiers who were killed",
#: "if they attack the town that was shelled": the past is its own; a report reaches it.
_PAST_BLOCKS = frozenset({"future", "negated", "recommended", "hypothetical"})
#: ... and one in the present: "a launch would violate resolutions that ban the North from
#: ...": the ban stands; but in an if-clause the present is the condition's ("if the North
#: fires a missile that crosses ..."): "condition" lets a conditional mark through.
_PRESENT_BLOCKS = frozenset({"future", "negated", "recommended", "hypothetical", "condition"})

#: What the act a verb answers does not take from it: "urged X not to retaliate against the
#: drill" neither denies nor asks for the drill.
_ANSWER_BLOCKS = frozenset({"negated", "recommended"})


def _tense_of_its_own(token: Any) -> frozenset[str]:
    """The modalities from above that ``token`` does not take because it is a noun modifier
    with a tense of its own: a reduced passive relative ("victims killed in the crash"), a
    relative clause in the past ("who were killed", "that had attacked") or in the present
    ("resolutions that ban")."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        own = not any(c.dep_ in ("aux", "auxpass") for c in token.children)
        return _PAST_BLOCKS if own else frozenset()
    if token.dep_ != "relcl":
        return frozenset()
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return frozenset()  # "sanctions that would be imposed": the modal is its own cue
    if token.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxiliaries):
        return _PAST_BLOCKS
    if token.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return _PRESENT_BLOCKS
    return frozenset()


#: Determiners of a noun phrase that names one known event ("the test", "this launch").
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Words that negate a verb or a predicate ("not", "never", "no longer"), shared by the rules
#: that read a negation off a clause (idioms.py, spoken_verdicts.py, negated_acceptance.py).
NEGATIONS = frozenset({"not", "n't", "never", "no"})
#: Verbs that link a subject to a predicate ("is provocative", "remains off the table",
#: "seemed reckless"), shared by idioms.py and spoken_verdicts.py.
LINKING_VERBS = frozenset({"be", "remain", "stay", "seem", "appear", "look", "become"})
#: Words that negate a clause from its subject ("neither X nor Y did", "no country did").
SUBJECT_NEGATIONS = frozenset({"neither", "nor", "no"})


@dataclass(frozen=True, slots=True)
class ModalityCues:
    """The cue word lists, as frozensets of lower-case words or lemmas."""

    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    recommended_aux: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    recommended_governors: frozenset[str]
    negating_governors: frozenset[str]
    reporting_verbs: frozenset[str]
    reporting_preps: frozenset[str]
    reporting_adverbs: frozenset[str]
    hypothetical_marks: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    negation_words: frozenset[str]
    #: optional: words dating a nominal event in the past ("the attack last month")
    past_time_words: frozenset[str] = frozenset()
    #: optional: prepositions naming an earlier act as another's circumstance ("after the
    #: shelling"), and modifiers saying an event noun has not happened ("the planned launch")
    circumstance_prepositions: frozenset[str] = frozenset()
    unmade_modifiers: frozenset[str] = frozenset()
    #: optional: phrases of cause or concession whose event noun was done ("in response to")
    cause_phrases: frozenset[str] = frozenset()
    #: ``cause_phrases`` split once when the cues load: (phrase, number of words)
    cause_phrase_sizes: tuple[tuple[str, int], ...] = ()
    open_determiners: frozenset[str] = frozenset()
    #: optional: modals that make a clause's event-noun subject a possibility ("a moratorium
    #: would be welcome"), and verdicts that do so even for a definite one ("the halt would be
    #: enough")
    subject_modals: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    pending_adverbs: frozenset[str] = frozenset()
    pending_verbs: frozenset[str] = frozenset()
    redress_prepositions: frozenset[str] = frozenset()
    redress_words: frozenset[str] = frozenset()
    verdict_predicates: frozenset[str] = frozenset()
    #: optional: verbs that forbid the act of their "from" gerund ("banned X from investing")
    prohibiting_governors: frozenset[str] = frozenset()
    #: optional: prepositions naming the act a verb answers ("retaliate against the drill")
    answered_prepositions: frozenset[str] = frozenset()
    #: optional: verbs whose "to" phrase is the act they answer ("would not react to the drill")
    answering_verbs: frozenset[str] = frozenset()
    #: optional: a present-tense act with such a time is a schedule ("arrives this week")
    schedule_time_words: frozenset[str] = frozenset()
    schedule_time_units: frozenset[str] = frozenset()
    schedule_time_prepositions: frozenset[str] = frozenset()
    schedule_weekdays: frozenset[str] = frozenset()
    schedule_weekday_markers: frozenset[str] = frozenset()
    schedule_weekday_verbs: frozenset[str] = frozenset()

    @property
    def schedule_words(self) -> ScheduleWords:
        """The word lists of :func:`pledgewatch.events.schedules.scheduled`."""
        return ScheduleWords(
            self.schedule_time_words,
            self.schedule_time_units,
            self.schedule_time_prepositions,
            self.schedule_weekdays,
            self.schedule_weekday_markers,
            self.schedule_weekday_verbs,
        )

    @classmethod
    def load(cls, path: str | Path = DEFAULT_CUES) -> ModalityCues:
        return _load_cues(str(path))


#: The optional lists of a present-tense schedule (``ModalityCues.schedule_words``).
_SCHEDULE_LISTS = (
    "schedule_time_words",
    "schedule_time_units",
    "schedule_time_prepositions",
    "schedule_weekdays",
    "schedule_weekday_markers",
    "schedule_weekday_verbs",
)

#: The other optional lists of ``modality.yaml`` (each a field of :class:`ModalityCues`).
_OPTIONAL_LISTS = (
    "past_time_words",
    "circumstance_prepositions",
    "unmade_modifiers",
    "cause_phrases",
    "open_determiners",
    "subject_modals",
    "question_marks",
    "pending_adverbs",
    "pending_verbs",
    "redress_prepositions",
    "redress_words",
    "verdict_predicates",
    "answered_prepositions",
    "answering_verbs",
    "prohibiting_governors",
)


@functools.lru_cache(maxsize=4)
def _load_cues(path: str) -> ModalityCues:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the modality cues: {exc}", path=path) from exc
    missing = [name for name in _CUE_LISTS if not isinstance(data.get(name), list)]
    if missing:
        raise ConfigError(f"modality cue lists missing or not lists: {missing}", path=path)
    refuse_unquoted_booleans(data, path)  # a bare "no" would be read as false
    optional = {name: _optional_words(data, name, path) for name in _OPTIONAL_LISTS}
    return ModalityCues(
        **{name: frozenset(word_list(data, name, path)) for name in _CUE_LISTS},
        **optional,
        **{name: _optional_words(data, name, path) for name in _SCHEDULE_LISTS},
        cause_phrase_sizes=tuple((p, len(p.split())) for p in optional["cause_phrases"]),
    )


def _optional_words(data: dict[str, Any], key: str, path: str) -> frozenset[str]:
    """The words of optional list ``key``: none when the key is absent; a bare string or
    anything but a list of words is a :class:`ConfigError` (it would iterate as letters)."""
    if data.get(key) is None:
        return frozenset()
    return frozenset(word_list(data, key, path))


def _forbidding_verb(prep: Any, forbidding: frozenset[str]) -> str | None:
    """The forbidding verb whose "from" (first or conjoined: "from investing and from
    importing") is ``prep``, or None."""
    while prep.dep_ == "conj" and prep.head is not prep:
        prep = prep.head
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    return prep.head.lower_ if prep.head.lemma_.lower() in forbidding else None


@dataclass(frozen=True, slots=True)
class ModalityReading:
    """The modality and the cue that decided it (for the event's "why")."""

    modality: Modality
    cue: str | None = None


class ModalityReader:
    """Reads an event's modality from the dependency path above its trigger."""

    def __init__(self, cues: ModalityCues | None = None) -> None:
        self.cues = cues or ModalityCues.load()

    def read(self, trigger: Any, *, stop_at: Any = None, framed: bool = False) -> ModalityReading:
        """Modality of the event whose trigger token is ``trigger``.

        ``stop_at``: a governing token whose cues must not leak into this event (a verb that
        consumed this event as its complement is read by itself). ``framed``: the event is the
        content of a reporting verb, so at least reported.
        """
        best = ModalityReading("reported", "said") if framed else ModalityReading("asserted")
        past = self._past_time(trigger)
        if past is not None:
            # "sanctions over the North's nuclear test last month", in a sentence about a vote
            # still to come: a nominal event dated in the past happened, whatever governs it
            negated = [r for r in self._local_cues(trigger, own=True) if r.modality == "negated"]
            return negated[0] if negated else ModalityReading(best.modality, past)
        earlier = self.circumstance(trigger)
        if earlier is not None:
            # "urged restraint after the shelling": the earlier act the appeal answers, done
            return ModalityReading(best.modality, earlier)

        # modalities from above that a noun modifier with a tense of its own does not take
        blocked: frozenset[str] = frozenset()

        def consider(readings: list[ModalityReading]) -> None:
            nonlocal best
            for found in readings:
                if found.modality in blocked and not (
                    found.modality == "hypothetical"
                    and "condition" in blocked
                    and found.cue in self.cues.hypothetical_marks | {"if-clause"}
                ):
                    continue
                if PRECEDENCE[found.modality] > PRECEDENCE[best.modality]:
                    best = found

        consider(self._local_cues(trigger, own=True))
        schedule = scheduled(trigger, self.cues.schedule_words)
        if schedule is not None:  # "arrives in New York this week": planned, not done
            consider([ModalityReading("future", schedule)])
        if best.modality == "negated" and self._condition(trigger):
            # "if China does not enforce the measures": the failure is the hypothesis, no fact
            best = ModalityReading("hypothetical", "if-clause")
        token = trigger
        while token.head is not token and token.dep_ in _CLAUSE_LINKS:
            head = token.head
            if stop_at is not None and head.i == stop_at.i:
                break
            blocked = blocked | _tense_of_its_own(token) | adjunct_of_reason(token)
            if token.dep_ == "prep" and token.lower_ in self.cues.answered_prepositions:
                blocked = blocked | _ANSWER_BLOCKS  # "urged X not to retaliate against the drill"
            governed = self._governor_cue(head, token)
            if (
                governed is not None
                and governed.modality == "reported"
                and best.cue in ("would", "'d")
            ):
                # "announced it would withdraw": the future of a past report, not a hypothesis
                best = ModalityReading("future", best.cue)
            consider([governed] if governed else [])
            inherited = self._local_cues(head, own=False)
            if token.dep_ == "conj" or subordinate_clause(token, self.cues.question_marks):
                # "did not seize assets but expelled workers": a negation stays with its verb;
                # so it does above a subordinate clause ("aid cannot go forward if Pyongyang
                # launches", "did not attend because the North fired": the launch is a
                # condition, the firing happened) or an embedded question ("did not say
                # whether Moscow would halt": the halt is asked about); not above an
                # infinitive ("is not in a position to discuss")
                inherited = [r for r in inherited if r.modality != "negated"]
            consider(inherited)
            if best.modality == "negated" and self._condition(head):
                best = ModalityReading("hypothetical", "if-clause")  # "if Iraq failed to comply"
            token = head
        supposed = self._supposed_subject(token)
        if supposed is not None:
            consider([supposed])
        consider(self._sentence_cues(trigger))
        return best

    def _condition(self, verb: Any) -> bool:
        """Is ``verb`` the verb of a clause opened by "if", "unless", ...?"""
        return any(
            c.dep_ == "mark" and c.lower_ in self.cues.hypothetical_marks for c in verb.children
        )

    def _supposed_subject(self, token: Any) -> ModalityReading | None:
        """Hypothetical when ``token`` is an event noun that is the subject of a clause with a
        modal of possibility: "a moratorium on testing would be welcome", "such a test could
        provoke sanctions", "the halt would not be enough" (a verdict on it); not "the test
        could be a prelude to more" (a definite event, judged: it happened) nor "the test was
        a provocation" (no modal)."""
        c = self.cues
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
            return None
        head = token.head
        modal = next(
            (
                a.lower_
                for a in head.children
                if a.dep_ in ("aux", "auxpass") and a.lower_ in c.subject_modals
            ),
            None,
        )
        if modal is None:
            return None
        definite = any(
            (d.dep_ == "det" and d.lower_ in _DEFINITE_DETERMINERS) or d.dep_ == "poss"
            for d in token.children
        )
        verdict = {head.lemma_.lower()} | {
            w.lemma_.lower()
            for p in head.children
            if p.dep_ in ("acomp", "attr", "oprd")
            for w in (p, *(g for g in p.children if g.dep_ in ("amod", "compound")))
        }
        if definite and not verdict & c.verdict_predicates:
            return None
        return ModalityReading("hypothetical", f"{modal} (subject)")

    def circumstance(self, trigger: Any) -> str | None:
        """The preposition naming ``trigger`` another act's earlier circumstance (or what a
        redress is for: "apologize for the sinking"), or None."""
        cues = self.cues
        return (
            caused_by_act(
                trigger, cues.cause_phrase_sizes, cues.open_determiners, cues.unmade_modifiers
            )
            or circumstance_act(trigger, cues.circumstance_prepositions, cues.unmade_modifiers)
            or self.redressed(trigger)
            or answered_act(trigger, cues.answering_verbs, cues.unmade_modifiers)
        )

    def redressed(self, trigger: Any) -> str | None:
        """The preposition naming ``trigger`` the act a redress is for, or None."""
        cues = self.cues
        return redressed_act(
            trigger, cues.redress_prepositions, cues.redress_words, cues.unmade_modifiers
        )

    def dated_in_past(self, trigger: Any) -> str | None:
        """The past time a nominal event is dated by ("the attack last month"), or None."""
        return self._past_time(trigger)

    def _past_time(self, trigger: Any) -> str | None:
        """The past time a noun trigger is dated by: "attack last month", "last year's
        attacks", "the test two weeks ago", "yesterday's launch"; None for verbs."""
        words = self.cues.past_time_words
        if trigger.pos_ not in ("NOUN", "PROPN") or not words:
            return None
        found = self._dated_by(trigger)
        if found is not None:
            return found
        # the small parser hangs "last month" on the nearest verb above the noun ("vote on
        # sanctions over the test last month"): there it can only date the noun when the verb
        # is no past act itself (a future or modal verb), so look only through objects
        token = trigger
        while token.dep_ in ("pobj", "prep", "dobj") and token.head is not token:
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                if token.tag_ in ("VBD", "VBN"):
                    return None  # "condemned the attack last month": the verb's own date
                return self._dated_by(token, npadvmod_only=True, right_after=trigger.i)
        return None

    def _dated_by(
        self, token: Any, npadvmod_only: bool = False, right_after: int | None = None
    ) -> str | None:
        """The past-time word dating ``token`` (only a time phrase that starts right after
        token ``right_after`` when given: the noun it follows is what it dates)."""
        words = self.cues.past_time_words
        deps = ("npadvmod",) if npadvmod_only else ("npadvmod", "poss", "nmod", "amod", "advmod")
        for child in token.children:
            if child.dep_ not in deps:
                continue
            if right_after is not None and child.left_edge.i != right_after + 1:
                continue
            if child.lower_ in words and not npadvmod_only:
                return child.lower_
            for grandchild in child.children:
                if grandchild.dep_ in ("amod", "advmod") and grandchild.lower_ in words:
                    return f"{grandchild.lower_} {child.lower_}"
        return None

    def _local_cues(self, token: Any, own: bool) -> list[ModalityReading]:
        """Cues attached to a verb or noun on the path: auxiliaries, negation, "if", adverbs."""
        c = self.cues
        found: list[ModalityReading] = []
        for child in token.children:
            word = child.lower_
            dep = child.dep_
            if dep == "neg" or (dep in ("det", "advmod", "preconj") and word in c.negation_words):
                if own or token.pos_ in ("VERB", "AUX"):
                    found.append(ModalityReading("negated", word))
            elif dep == "advmod" and word in CEASING_ADVERBS and token.pos_ in ("VERB", "AUX"):
                # "will no longer honor the armistice": "no" hangs on "longer", not on the verb
                if any(g.lower_ in c.negation_words for g in child.children):
                    found.append(ModalityReading("negated", f"no {word}"))
            elif dep in ("aux", "auxpass"):
                if word in c.hypothetical_aux:
                    found.append(ModalityReading("hypothetical", word))
                elif word in c.recommended_aux:
                    found.append(ModalityReading("recommended", word))
                elif word in c.future_aux or child.lemma_ in c.future_aux:
                    found.append(ModalityReading("future", word))
                elif word == "to" and own and headline_infinitive(token, c.reporting_verbs):
                    found.append(ModalityReading("future", word))  # "Mexico to deploy troops"
            elif (
                dep == "mark"
                and word in c.hypothetical_marks
                or dep == "advmod"
                and word in c.hypothetical_adverbs
            ):
                found.append(ModalityReading("hypothetical", word))
            elif dep == "advmod" and word in c.reporting_adverbs:
                found.append(ModalityReading("reported", word))
            elif own and dep == "amod" and word in c.unmade_modifiers and token.pos_ == "NOUN":
                # "denounced the planned drills", "Pyongyang's planned launch": still to come
                found.append(ModalityReading("future", word))
        if token.pos_ in ("VERB", "AUX"):
            # "Neither China nor Russia supported it", "no country voted for it": the subject
            # is negated, so the act is
            for subject in token.children:
                if subject.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                cue = next(
                    (
                        g.lower_
                        for g in subject.children
                        if g.dep_ in ("det", "preconj", "cc") and g.lower_ in SUBJECT_NEGATIONS
                    ),
                    None,
                )
                if cue is not None:
                    found.append(ModalityReading("negated", cue))
        if own and token.pos_ in ("VERB", "AUX"):
            # "issued no statement", "fired no shots": the object negates the act
            for obj in token.children:
                if obj.dep_ != "dobj":
                    continue
                if any(g.dep_ == "det" and g.lower_ in ("no", "neither") for g in obj.children):
                    found.append(ModalityReading("negated", "no"))
        # "going to attack": the aux chain sits on "going".
        if token.lower_ == "going" and any(ch.dep_ == "xcomp" for ch in token.children):
            found.append(ModalityReading("future", "going to"))
        return found

    def _governor_cue(self, head: Any, child: Any) -> ModalityReading | None:
        """What the word that governs ``child`` says about it ("plans to", "said that", ...)."""
        c = self.cues
        lemma = head.lemma_.lower()
        dep = child.dep_
        if dep == "xcomp":
            if lemma in c.pending_verbs and (
                pending := next((a for a in head.children if a.lower_ in c.pending_adverbs), None)
            ):
                return ModalityReading("negated", f"{pending.lower_} to")  # "is still to sign"
            if lemma in c.negating_governors:
                return ModalityReading("negated", head.lower_)
            if lemma in c.hypothetical_governors:
                return ModalityReading("hypothetical", head.lower_)
            if lemma in c.recommended_governors:
                return ModalityReading("recommended", head.lower_)
            if lemma in c.future_governors:
                return ModalityReading("future", f"{head.lower_} to")
        if dep in ("ccomp", "pcomp", "dobj") and lemma in c.negating_governors:
            return ModalityReading("negated", head.lower_)
        if dep == "pcomp" and (forbidding := _forbidding_verb(head, c.prohibiting_governors)):
            return ModalityReading("negated", f"{forbidding} from")  # a forbidden act
        if dep in ("ccomp", "xcomp", "dobj", "parataxis") and lemma in c.reporting_verbs:
            return ModalityReading("reported", head.lower_)
        if dep == "advcl" and lemma in c.reporting_verbs and that_clause(child):
            return ModalityReading("reported", head.lower_)  # "reported only that ..."
        if dep == "advcl" and any(
            ch.dep_ == "mark" and ch.lower_ in c.hypothetical_marks for ch in child.children
        ):
            return ModalityReading("hypothetical", "if-clause")
        return None

    def _sentence_cues(self, trigger: Any) -> list[ModalityReading]:
        """Cues anywhere in the sentence that frame its main clause: "according to", a
        parenthetical ", officials said" whose verb hangs below the event's verb."""
        c = self.cues
        found: list[ModalityReading] = []
        sent = trigger.sent
        root = sent.root
        clause_head = trigger
        while clause_head.head is not clause_head and clause_head.dep_ in (
            "conj",
            "xcomp",
            "dobj",
            "pobj",
            "prep",
            "pcomp",
            "acl",
        ):
            clause_head = clause_head.head
        for child in clause_head.children:
            if (
                child.dep_ in ("ccomp", "parataxis", "advcl")
                and child.lemma_.lower() in c.reporting_verbs
                and child.i > trigger.i
                # a parenthetical report's content is the clause it hangs on; a reporting verb
                # with a clause of its own is the content of the trigger ("Rice said the
                # resolution showed that ...": the saying is no report of "showed")
                and not any(g.dep_ in ("ccomp", "xcomp") for g in child.children)
                and parenthetical(child)
            ):
                found.append(ModalityReading("reported", child.lower_))
            if child.dep_ == "prep" and child.lower_ in c.reporting_preps:
                found.append(ModalityReading("reported", "according to"))
        if clause_head is not root:
            for child in root.children:
                if child.dep_ == "prep" and child.lower_ in c.reporting_preps:
                    found.append(ModalityReading("reported", "according to"))
        return found
