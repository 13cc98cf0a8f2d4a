"""How firmly a commitment is made: firm, hedged, conditional or refused, with its conditions.

Reads the cue lexicons ``strength_cues.yaml`` and ``condition_cues.yaml`` over the words of
the commitment clause (see :mod:`pledgewatch.commitments.clause`). The documented rule: the
grade is the WEAKEST one whose cues are present, in the order of
:data:`pledgewatch.model.STRENGTH_ORDER` (refused < hedged < conditional < firm). A promise
that is both hedged and conditional is graded ``hedged``; its conditions are still listed
and the reading keeps both flags (``hedged`` and ``conditional``), so neither is lost.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

from spacy.tokens import Token

from pledgewatch.commitments.clause import CommitmentClause
from pledgewatch.commitments.conditions import find_conditions, find_deadline
from pledgewatch.commitments.lexicon import CueLexicon, CuePhrase, data_path, load_yaml
from pledgewatch.commitments.negation import read_negation
from pledgewatch.errors import ConfigError
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.warnings import suffers_fate
from pledgewatch.model import STRENGTH_ORDER, Commitment, Strength


@dataclass(frozen=True, slots=True)
class ConditionCue:
    phrase: CuePhrase
    requires: frozenset[str]
    clausal: bool
    not_past: bool = False  # "after the North pulled out its workers" is a fact, no condition
    #: words that make the cue's phrase no condition: "as soon as possible" is urgency
    not_with: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class StrengthCues:
    """The compiled strength and condition lexicons."""

    strength: CueLexicon  # labels: firm, hedged, refused, negation, backshifted
    restraint: CueLexicon
    silence: frozenset[str]  # lemmas whose negation is silence, not refusal ("did not mention")
    refused_when_negated_ahead: frozenset[str]  # "will not discuss the talks": a refusal
    warning_when_negated: frozenset[str]  # "will not tolerate provocations": a warning
    states: frozenset[str]  # lemmas whose negation describes ("does not have hostile intent")
    generic_quantifiers: frozenset[str]  # "made many offers": a generalisation
    aim_nouns: frozenset[str]  # "the purpose was to confirm": an aim told, no promise
    no_comment_verbs: frozenset[str]  # "declined to comment": no comment
    silence_objects: frozenset[str]  # "declined to give details": no comment
    emphatic_no_objects: frozenset[str]  # "verb noun" lemmas: "spare no effort" is emphasis
    past_fact_aux: frozenset[str]  # "did not meet": a past fact, not a refusal
    abandon_verbs: CueLexicon
    agreement_nouns: frozenset[str]
    kinds: CueLexicon  # labels: offer, demand
    undergone_without_object: frozenset[str]  # "we will see", "time will tell"
    failure_verbs: frozenset[str]  # "failed to agree": a past fact
    permission_verbs: frozenset[str]  # "will be allowed to invest": granted, not promised
    demand_needs_infinitive: frozenset[str]  # "warned X to stop" demands, "warned of" not
    desire_verbs: frozenset[str]  # "wants a peace treaty": asked of others
    claim_state_verbs: frozenset[str]  # "insists that its program is peaceful": a claim
    receiving_verbs: frozenset[str]  # "if it received fuel oil": a condition on others
    threat_words: frozenset[str]  # "would take retaliatory measures": a threat
    response_verbs: frozenset[str]  # "will respond sternly to provocation": a threat
    force_manners: frozenset[str]
    provocation_nouns: frozenset[str]
    force_nouns: frozenset[str]  # "answer with tough measures": a response in force
    speech_only_verbs: frozenset[str]  # "will mention North Korea": nothing promised
    view_agreement_verbs: frozenset[str]  # "agreed that the situation is grave": a view
    answer_verbs: frozenset[str]  # "accepted the offer": the acceptor offers nothing
    inspecting_bodies: frozenset[str]  # codes whose inspectors' access a host grants
    access_verbs: frozenset[str]  # "inspectors could visit Yongbyon": the host is bound
    interpreter_nouns: frozenset[str]  # "analysts said ... would not": a prediction
    evidential_verbs: frozenset[str]  # "it showed that Pyongyang will sign": an inference
    invitation_verbs: frozenset[str]  # "invited Kim to New York for talks": an offer
    contentless_intent_nouns: frozenset[str]  # "announced the decision": no content here
    light_intent_verbs: frozenset[str]  # "made the offer in private": the noun is the act
    aftermath_nouns: frozenset[str]  # "study the results of the summit": no summit topic
    reversal_verbs: frozenset[str]  # "would restart the reactor": undoing a freeze
    halting_verbs: frozenset[str]  # "would never stop enriching": refusing a freeze
    talk_nouns: frozenset[str]  # "resume the talks": no freeze undone
    reversed_topics: frozenset[str]  # topics that are freezes or moratoria
    speculation_modals: frozenset[str]  # "analysts said X could": speculation
    verdict_adjectives: frozenset[str]  # "it would be hard to": an extraposed verdict
    cameo_kinds: dict[str, str]
    promise_verbs: frozenset[str]
    conditions: tuple[ConditionCue, ...]
    condition_lexicon: CueLexicon
    permitting_verbs: frozenset[str] = frozenset()  # "allow women to study": their act
    inspector_nouns: frozenset[str] = frozenset()  # "let inspectors return": their body's
    access_particles: frozenset[str] = frozenset()  # "let the inspectors back": access

    @classmethod
    def load(cls, strength_path: Path, condition_path: Path) -> StrengthCues:
        return _load_cues(str(strength_path), str(condition_path))

    @classmethod
    def default(cls) -> StrengthCues:
        return cls.load(data_path("strength_cues.yaml"), data_path("condition_cues.yaml"))

    def kind_for_cameo(self, cameo: str | None) -> str | None:
        """The kind the data file gives a CAMEO code (longest prefix), or None."""
        if not cameo:
            return None
        for size in range(len(cameo), 0, -1):
            kind = self.cameo_kinds.get(cameo[:size])
            if kind is not None:
                return kind
        return None


@dataclass(frozen=True, slots=True)
class AdverbsReadThrough:
    """Which tokens a strength cue reads through between its words: an adverb ("was still
    open to"), unless it is a negation or another listed word (``adverbs_not_read_through``)
    or a one-word cue of its own ("possibly")."""

    kept: frozenset[str]

    def __call__(self, token: Token) -> bool:
        return token.pos_ == "ADV" and token.dep_ != "neg" and token.lower_ not in self.kept


def _adverbs_read_through(
    data: dict[str, Any], lists: dict[str, list[str]], path: str
) -> AdverbsReadThrough:
    one_word_cues = {p.lower() for items in lists.values() for p in items if " " not in p}
    return AdverbsReadThrough(_words(data, "adverbs_not_read_through", path) | one_word_cues)


def _words(data: dict[str, Any], key: str, path: str) -> frozenset[str]:
    """A list of single words, lower-cased, as a set."""
    return frozenset(word.lower() for word in _strings(data, key, path))


def _strings(data: dict[str, Any], key: str, path: str) -> list[str]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise ConfigError(f"'{key}' must be a list of phrases", path=path)
    return [str(i) for i in items]


@functools.lru_cache(maxsize=8)
def _load_cues(strength_path: str, condition_path: str) -> StrengthCues:
    data = load_yaml(strength_path)
    lists = {
        label: _strings(data, label, strength_path)
        for label in ("firm", "hedged", "refused", "negation", "backshifted")
    }
    abandon = data.get("refused_when_object") or {}
    conditions_data = load_yaml(condition_path).get("conditions") or []
    conditions = []
    for entry in conditions_data:
        if not isinstance(entry, dict) or "cue" not in entry:
            raise ConfigError("each condition needs a 'cue:' phrase", path=condition_path)
        conditions.append(
            ConditionCue(
                phrase=CuePhrase.parse(entry["cue"], "condition"),
                requires=frozenset(str(w).lower() for w in entry.get("requires") or []),
                clausal=bool(entry.get("clausal")),
                not_past=bool(entry.get("not_past")),
                not_with=frozenset(str(w).lower() for w in entry.get("not_with") or []),
            )
        )
    return StrengthCues(
        strength=CueLexicon.from_lists(
            lists, read_through=_adverbs_read_through(data, lists, strength_path)
        ),
        restraint=CueLexicon.from_lists(
            {"restraint": _strings(data, "restraint_when_negated", strength_path)}
        ),
        past_fact_aux=_words(data, "past_fact_auxiliaries", strength_path),
        silence=_words(data, "silence_when_negated", strength_path),
        refused_when_negated_ahead=_words(data, "refused_when_negated_ahead", strength_path),
        warning_when_negated=_words(data, "warning_when_negated", strength_path),
        states=_words(data, "state_when_negated", strength_path),
        generic_quantifiers=_words(data, "generic_quantifiers", strength_path),
        aim_nouns=_words(data, "aim_nouns", strength_path),
        no_comment_verbs=_words(data, "no_comment_verbs", strength_path),
        silence_objects=_words(data, "silence_objects", strength_path),
        emphatic_no_objects=_words(data, "emphatic_no_objects", strength_path),
        abandon_verbs=CueLexicon.from_lists(
            {"abandon": [str(v) for v in abandon.get("verbs", [])]}
        ),
        agreement_nouns=frozenset(str(o).lower() for o in abandon.get("objects", [])),
        kinds=CueLexicon.from_lists(
            {k: _strings(data, k, strength_path) for k in ("offer", "demand")}
        ),
        undergone_without_object=_words(data, "undergone_without_object", strength_path),
        speculation_modals=_words(data, "speculation_modals", strength_path),
        verdict_adjectives=_words(data, "verdict_adjectives", strength_path),
        threat_words=_words(data, "threat_words", strength_path),
        response_verbs=_words(data, "response_verbs", strength_path),
        force_manners=_words(data, "force_manners", strength_path),
        provocation_nouns=_words(data, "provocation_nouns", strength_path),
        force_nouns=_words(data, "force_nouns", strength_path),
        speech_only_verbs=_words(data, "speech_only_verbs", strength_path),
        view_agreement_verbs=_words(data, "view_agreement_verbs", strength_path),
        answer_verbs=_words(data, "answer_verbs", strength_path),
        inspecting_bodies=frozenset(_strings(data, "inspecting_bodies", strength_path)),
        access_verbs=_words(data, "access_verbs", strength_path),
        interpreter_nouns=_words(data, "interpreter_nouns", strength_path),
        evidential_verbs=_words(data, "evidential_verbs", strength_path),
        invitation_verbs=_words(data, "invitation_verbs", strength_path),
        contentless_intent_nouns=_words(data, "contentless_intent_nouns", strength_path),
        light_intent_verbs=_words(data, "light_intent_verbs", strength_path),
        aftermath_nouns=_words(data, "aftermath_nouns", strength_path),
        reversal_verbs=_words(data, "reversal_verbs", strength_path),
        halting_verbs=_words(data, "halting_verbs", strength_path),
        talk_nouns=_words(data, "talk_nouns", strength_path),
        reversed_topics=_words(data, "reversed_topics", strength_path),
        receiving_verbs=_words(data, "receiving_verbs", strength_path),
        desire_verbs=_words(data, "desire_verbs", strength_path),
        claim_state_verbs=_words(data, "claim_state_verbs", strength_path),
        failure_verbs=_words(data, "failure_verbs", strength_path),
        permission_verbs=_words(data, "permission_verbs", strength_path),
        demand_needs_infinitive=_words(data, "demand_needs_infinitive", strength_path),
        cameo_kinds={str(k): str(v) for k, v in (data.get("cameo_kinds") or {}).items()},
        promise_verbs=frozenset(_strings(data, "promise_verbs", strength_path)),
        permitting_verbs=_words(data, "permitting_verbs", strength_path),
        inspector_nouns=_words(data, "inspector_nouns", strength_path),
        access_particles=_words(data, "access_particles", strength_path),
        conditions=tuple(conditions),
        condition_lexicon=CueLexicon(c.phrase for c in conditions),
    )


@dataclass(slots=True)
class StrengthReading:
    """What the strength cues say about one commitment clause."""

    strength: str = "firm"
    hedges: list[str] = field(default_factory=list)
    firm_cues: list[str] = field(default_factory=list)
    refusal_cues: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    condition_tokens: set[int] = field(default_factory=set)
    negated: bool = False
    past_fact: bool = False  # the negation tells what did not happen ("never made a pledge")
    restraint: bool = False
    kind_cue: str | None = None
    #: "warned the South to stop the drill": a warning with an act to do, a demand even when
    #: coded a threat (13x)
    warned_to: bool = False
    #: what the subject undergoes rather than does ("will pay a price", "we will see"): no
    #: promise of the subject's
    undergone: str | None = None
    #: "will not tolerate any provocation": a warning to others, no refusal of a pledge
    warning: str | None = None
    deadline: str | None = None
    why: list[str] = field(default_factory=list)

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)

    @property
    def conditional(self) -> bool:
        return bool(self.conditions)

    @property
    def refused(self) -> bool:
        return bool(self.refusal_cues)


def read_strength(
    clause: CommitmentClause,
    cues: StrengthCues,
    *,
    reported_in_past: bool = False,
    kind: str | None = None,
) -> StrengthReading:
    """Grade a commitment clause.

    Args:
        clause: the commitment clause.
        cues: the compiled lexicons.
        reported_in_past: a past-tense reporting verb governs the clause, so "would" is the
            back-shifted "will" of the original words.
        kind: the commitment kind if already known ("demand" content negation is not a
            refusal: "demanded that it not test").
    """
    reading = StrengthReading()
    sent = clause.sent
    for text, indices in find_conditions(clause, cues):
        reading.conditions.append(text)
        reading.condition_tokens |= indices
        reading.why.append(f"condition: {text!r}")
    own = set(clause.core) - reading.condition_tokens
    chain = {t.i for t in clause.chain}

    for match in cues.kinds.find(sent, allowed=chain):
        verb = match.tokens[0]
        if (
            match.label == "demand"
            and verb.lemma_.lower() in cues.demand_needs_infinitive
            and not any(c.dep_ == "xcomp" for c in verb.children)
        ):
            continue  # "warned the North about the consequences": a warning, no demand
        claim = _asserted_content(verb, cues) if match.label == "demand" else None
        if claim is not None:
            # "insisted that the warship sank by accident": a claim, no demand
            reading.why.append(f"claim: {match.text!r} that {claim!r} tells what is so")
            continue
        reading.kind_cue = match.label
        reading.why.append(f"{match.label} verb {match.text!r}")
        if match.label == "demand" and verb.lemma_.lower() in cues.demand_needs_infinitive:
            # "warned Pyongyang not to launch": coded a threat (13x), a demand all the same,
            # and what it says not to do is the demand's content, no restraint promised
            kind = "demand"
            reading.warned_to = True
        break

    reading.undergone = _undergone(clause, cues)
    failed = next((t for t in clause.chain if _past_failure(t, cues)), None)
    if failed is not None:
        reading.past_fact = True
        reading.why.append(f"past fact: {failed.text!r} tells the act did not happen")

    phrase_tokens: set[int] = set()
    for match in cues.strength.find(sent, allowed=own | chain):
        label = match.label
        if label in ("hedged", "refused") and len(match.tokens) > 1:
            phrase_tokens |= {t.i for t in match.tokens}
        if label == "hedged" and _done_by_another(match.tokens[0], cues):
            continue  # "will allow women to work and study": the women's study, no hedge
        if label == "hedged" and match.phrase.text in _backshifted(cues) and reported_in_past:
            reading.firm_cues.append(match.text)
            reading.why.append(f"firm: {match.text!r} (back-shifted 'will' in reported speech)")
        elif label == "hedged":
            reading.hedges.append(match.text)
            reading.why.append(f"hedge: {match.text!r}")
        elif label == "firm":
            reading.firm_cues.append(match.text)
        elif label == "refused":
            reading.refusal_cues.append(match.text)
            reading.why.append(f"refusal: {match.text!r}")

    read_negation(clause, cues, (own | chain) - phrase_tokens, reading, kind)
    _read_existential_denial(clause, reading)
    _read_abandonment(clause, cues, own, reading)
    reading.deadline = find_deadline(clause)

    grades = ["firm"]
    if reading.refused:
        grades.append("refused")
    if reading.hedged:
        grades.append("hedged")
    if reading.conditional:
        grades.append("conditional")
    reading.strength = weakest_strength(*grades)
    if reading.firm_cues and reading.strength == "firm":
        reading.why.append("firm: " + ", ".join(repr(c) for c in reading.firm_cues))
    return reading


def _undergone(clause: CommitmentClause, cues: StrengthCues) -> str | None:
    """The words by which the clause's subject undergoes rather than does something ("will
    pay a heavy price", "will face consequences", "will be responsible for the
    consequences": the event coder's reading of a fate, :func:`pledgewatch.events.warnings.
    suffers_fate`, from ``word_classes.tsv``), or its verb of waiting to learn with no object
    ("we will see", "time will tell"); None otherwise. Only the clause's own verb counts."""
    head = clause.head
    if suffers_fate(head, Lexicon.default()):
        end = max(
            (c.right_edge.i for c in head.children if c.dep_ not in ("nsubj", "punct")),
            default=head.i,
        )
        return clause.sent.doc[head.i : end + 1].text
    if head.lemma_.lower() in cues.undergone_without_object and not any(
        c.dep_ in ("dobj", "dative", "prep") for c in head.children
    ):
        return head.text
    return None


def _past_failure(token: Token, cues: StrengthCues) -> bool:
    """ "failed", "has failed" (not "will fail", "would fail")."""
    if token.lemma_.lower() not in cues.failure_verbs:
        return False
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return token.tag_ == "VBD" or any(a.lower_ in cues.past_fact_aux for a in auxiliaries)


def _backshifted(cues: StrengthCues) -> set[str]:
    return {p.text for p in cues.strength.phrases if p.label == "backshifted"}


#: Auxiliaries that make "there ... be no X" a statement about what is to come.
_FORWARD_AUXILIARIES = frozenset({"will", "would", "shall", "can", "could", "'ll"})


def _read_existential_denial(clause: CommitmentClause, reading: StrengthReading) -> None:
    """ "There will be no rewards for provocations", "there would be no talks until ...": what
    the speaker says will not exist is refused, though no verb is negated. "There was no
    agreement" tells a past fact and stays none."""
    if reading.refused or reading.past_fact:
        return
    for verb in clause.chain:
        if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _FORWARD_AUXILIARIES for c in verb.children):
            continue
        for noun in verb.children:
            if noun.dep_ in ("attr", "nsubj") and _denied(noun):
                reading.negated = True
                reading.refusal_cues.append(f"no {noun.text}")
                reading.why.append(f"refusal: 'there {verb.text} no {noun.text}'")
                return


def _denied(noun: Token) -> bool:
    """ "no talks", and "no more talks" / "no further talks", whose "no" the parser hangs on the
    adjective (grader42)."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "amod")]
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for h in heads for c in h.children)


def _read_abandonment(
    clause: CommitmentClause, cues: StrengthCues, allowed: set[int], reading: StrengthReading
) -> None:
    for match in cues.abandon_verbs.find(clause.sent, allowed=allowed):
        verb = match.tokens[0]
        objects = [t for t in _own_phrases(verb) if t.i in allowed]
        hit = next(
            (t for t in objects if {t.lemma_.lower(), t.lower_} & cues.agreement_nouns), None
        )
        if hit is not None:
            reading.refusal_cues.append(f"{match.text} {hit.text}")
            reading.why.append(f"refusal: abandoning {hit.text!r} ({match.text!r})")
            return


#: Children of a verb that start another clause: what they hold is not the verb's object
#: ("agreed to suspend enrichment and to let inspectors monitor the moratorium" suspends no
#: moratorium).
_OTHER_CLAUSES = frozenset({"conj", "cc", "advcl", "xcomp", "ccomp", "parataxis", "relcl"})


def _own_phrases(verb: Token) -> list[Token]:
    """The words of ``verb``'s own phrases (objects and their modifiers), not of the clauses
    joined to it or hanging from it."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in _OTHER_CLAUSES]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(
            c
            for c in token.children
            if not (c.pos_ in ("VERB", "AUX") and c.dep_ in _OTHER_CLAUSES)
        )
    return sorted(found, key=lambda t: t.i)


def _asserted_content(verb: Token, cues: StrengthCues) -> str | None:
    """The that-clause of a demand verb when it tells a past or a present state ("It insisted
    that the warship sank by accident", "Tehran insists that its nuclear program is
    peaceful"): what is insisted on is a claim about what is so, nothing asked of anyone; None
    otherwise. A demand's content is unreal: a bare verb ("demanded that he resign"), a modal
    ("insisted that talks must resume"), an infinitive, or a mandative "-s" on a verb of doing
    ("insisted that North Korea returns to the talks", review 17)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
        if all(_past_tense(v) or _present_indicative(v, cues) for v in verbs):
            return clause.text
        return None
    return None


def _present_indicative(verb: Token, cues: StrengthCues) -> bool:
    """ "is", "are", "has", "remains", or an auxiliary "has"/"is" ("has sunk", "is building"):
    a present told as so. A "-s" on a verb of doing ("that he returns") is the writer's
    mandative, as the bare subjunctive ("that he resign") is; nor is a finite "be" ("that it be
    allowed") a present. The verbs of state are ``claim_state_verbs``."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if any(a.tag_ == "VBZ" for a in auxes):
        return True
    if verb.tag_ == "VBZ":
        return verb.lemma_.lower() in cues.claim_state_verbs
    return verb.lemma_ == "be" and verb.tag_ == "VBP" and verb.lower_ != "be"


def _past_tense(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


class _Graded(Protocol):
    @property
    def hedged(self) -> bool: ...

    @property
    def conditional(self) -> bool: ...


def weakest_strength(*grades: str) -> Strength:
    """The weakest of the grades a clause's cues give (refused < hedged < conditional < firm):
    the one rule by which cues combine, for a reading here and for a later pass that finds
    a further cue (a relayed demand taking its asker's hedge)."""
    return cast(Strength, min(grades, key=STRENGTH_ORDER.__getitem__))


def strength_without_refusal(graded: _Graded) -> Strength:
    """The strength left once a refusal is taken away ("threatens to scrap the armistice" is no
    scrapping; "Washington should not return to the talks" demands the "not"): the weakest of
    hedged and conditional that the words still carry, else firm. The ledger reads a "refused"
    strength as a retraction, so whatever is no refusal must not keep it."""
    return "hedged" if graded.hedged else "conditional" if graded.conditional else "firm"


def drop_hedges(commitment: Commitment, words: Collection[str], why: str) -> None:
    """Take from ``commitment`` the hedges that are among ``words`` (a later reading found them
    to be no hedge of the promise: a purpose, another verb's modal), saying ``why``; with no
    hedge left its strength is what the other cues still carry."""
    kept = [h for h in commitment.hedges if h.lower() not in words]
    if len(kept) == len(commitment.hedges):
        return
    commitment.why.append(why)
    commitment.hedges = kept
    if not kept:
        commitment.hedged = False
        if commitment.strength == "hedged":
            commitment.strength = strength_without_refusal(commitment)


def _done_by_another(verb: Token, cues: StrengthCues) -> bool:
    """A verb of deliberation whose doer is another the promise lets act ("will allow women
    to work and study", "will let experts examine the site", "will help farmers explore new
    markets"): not the promisor weighing its own act. "agreed to study the proposal",
    "promised Seoul to study the plan" and "will consider" hedge."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in cues.permitting_verbs:
        return False
    doers = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(doers)
