"""Which of a sentence's coded events are its own news, and which accompany another.

:class:`~pledgewatch.events.extract.SentenceExtractor` codes every action it finds; these
functions then mark the events a reader should not count as separate news: a trailing
participle that tells a coded verb's outcome ("shelled the town, killing eight":
"consequence"), what a verb of letting lets happen ("allowed inspectors to visit":
"background"), the content of an accusation or denial ("allegation"), and an act of force
its doer claims, which makes the claim a claim of responsibility (015) and the act only
"mentioned". They change ``RawEvent.role`` (and a claim's code and target) in place. The
tests the extractor gives roles by also live here: an event in a relative, temporal or causal
clause is "background" (:func:`in_background_clause`); a nominal event a statement is about
(:func:`topic_of_statement`) or that talks are about (:func:`topic_of_talks`) is "mentioned".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.codetable import ARMED_FORCE_ROOTS
from pledgewatch.events.dependency_roles import purpose_head

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.extract import RawEvent
    from pledgewatch.events.lexicon import Lexicon

#: CAMEO roots of verbal acts (statements, appeals, intents, consultation, demands, criticism,
#: rejection, threats); the other roots are deeds.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})


def mark_consequences(events: list[RawEvent]) -> None:
    """A trailing participle clause of a verb that is itself coded tells that event's outcome or
    aim, not a second event ("insurgents shelled the town, killing eight": one 19, as PETRARCH
    codes one event per verb phrase; "marched through the capital, demanding reforms": one 14).
    Its events become "consequence" when they are the same kind of act as the verb's (same
    CAMEO root) or words accompanying an act (a verbal root under any coded act: "held talks
    with X, offering support"), and so do the events of what such a participle says ("staged
    rallies, saying the leader must resign"). A different deed stays an event of its own
    ("opened fire on the crowd, arresting twelve": 19 and 17); so does everything under a verb
    that codes nothing or only a statement ("declared a state of emergency, suspending the
    constitution")."""
    by_verb: dict[int, set[str]] = {}
    for event in events:
        if event.role == "main" and not event.code.startswith("01"):
            by_verb.setdefault(event.action.token.i, set()).add(_deed_root(event))
            if event.content is not None:
                # the act an intent, appeal or demand was combined with is that event's too:
                # "is willing to send troops to help defend X" is one intent, "help" its aim
                by_verb.setdefault(event.content.token.i, set()).add(_deed_root(event))
    for event in events:
        if event.role != "main":
            continue
        head = _consequence_participle(event.action.token)
        roots = by_verb.get(head.i, set()) if head is not None else set()
        root = _deed_root(event)
        purpose = purpose_head(event.action.token)
        if root in roots or (root in VERBAL_ROOTS and roots):
            event.role = "consequence"
        elif purpose is not None and (
            by_verb.get(purpose.i) or _aim_of_complement(purpose, by_verb)
        ):
            # "telephoned X to discuss ...": one consultation; "sent troops to disperse the
            # crowd": the sending is the event, the dispersal its aim
            event.role = "consequence"
        elif event.frame is not None and event.frame.family == "say":
            # "staged rallies against X, saying he must resign", "refused to meet X, saying
            # he would only see him at home": what the participle says accompanies the act
            head = _consequence_participle(event.frame.token)
            if head is not None and by_verb.get(head.i):
                event.role = "consequence"


def _aim_of_complement(verb: Any, by_verb: dict[int, set[str]]) -> bool:
    """``verb`` codes nothing itself and is the infinitive of a word with an event: what it
    serves is that event's aim ("is willing to send material to help defend X": the help is
    what the intent is for, no aid given)."""
    return verb.dep_ == "xcomp" and verb.i not in by_verb and bool(by_verb.get(verb.head.i))


def _deed_root(event: RawEvent) -> str:
    """The root of the deed an event names: its code's, but force its pattern coded as a fight
    and recoded as repression of protesters (events/repression.py) is still firing, so that
    "opened fire on the demonstrators, killing one and arresting twelve" keeps the arrests."""
    pattern_code = event.action.pattern.code or ""
    if event.code.startswith("17") and pattern_code.startswith("19"):
        return "19"
    return event.code[:2]


def claimed_own_act(
    frame: Action, said: list[RawEvent], content_events: list[RawEvent]
) -> list[RawEvent]:
    """A speaker's claim that it did an act of force claims responsibility for it ("the rebels
    claimed that they had attacked the base": 015 toward the base, flag ``own=015``), as
    "claimed responsibility for the attack" does, and the act is named in the claim
    ("mentioned"). Another doer's act, or one still to come ("will attack"), stays content."""
    code = frame.pattern.own_act_code
    owned = [
        e
        for e in content_events
        if e.role == "main"
        and e.code[:2] in ARMED_FORCE_ROOTS
        and e.modality.modality in ("asserted", "reported")
        and e.source is not None
        and any(s.source is not None and same_speaker_and_doer(s.source, e.source) for s in said)
    ]
    if code is None or not owned:
        return said
    targets: list[Argument | None] = [e.target for e in owned if e.target is not None] or [None]
    why = f"; claims its own act '{owned[0].trigger.text}' ⇒ {code}"
    acts = [e.trigger for e in owned]  # the claimed act is evidence of the claim
    out = [
        replace(event, code=code, target=target, role="main", why=event.why + why)
        for event in said
        for target in targets
    ]
    for event in out:
        event.tokens = [*event.tokens, *acts]
    for event in owned:
        event.role = "mentioned"
    return out


def same_speaker_and_doer(speaker: Argument, doer: Argument) -> bool:
    """The same actor, or a pronoun for it given a country ("the army ... it": ---MIL, MLIMIL)."""
    a, b = speaker.mention.code, doer.mention.code
    return same_actor(speaker, doer) or (doer.head.pos_ == "PRON" and a == "---" + b[3:])


def claim_targets(events: list[RawEvent]) -> None:
    """A claim (015) or denial (016) of responsibility with no one named ("claimed responsibility
    for an attack at a mall in Kenya's capital", "denied that it had attacked X") is aimed at
    the target of the act it names, when that act is its own; a country first."""
    for event in events:
        if event.code not in ("015", "016") or event.target is not None or event.source is None:
            continue
        span = {t.i for t in event.trigger.subtree}
        found = [
            other.target
            for other in events
            if other.role in ("mentioned", "background", "allegation")
            and other.trigger.i in span
            and other.target is not None
            and not same_actor(event.source, other.target)
            and (other.source is None or same_speaker_and_doer(event.source, other.source))
        ]
        found.sort(key=lambda t: t.mention.code.startswith("---"))
        if found:
            event.target = found[0]
            event.why += f"; aimed at the claimed act's target '{found[0].head.text}'"


#: Verbs of letting: what they let happen is not done ("allowed inspectors to visit": 0862 only).
PERMISSION_VERBS = frozenset({"allow", "permit", "let", "enable"})


def mark_permitted(events: list[RawEvent]) -> None:
    """The events of a complement clause of a coded verb of letting become "background"."""
    coded = {e.action.token.i for e in events if e.role == "main" and not e.code.startswith("01")}
    # "agreed to let inspectors return": the letting is coded as the agreement's content
    coded |= {
        e.content.token.i
        for e in events
        if e.role == "main" and e.content is not None and not e.code.startswith("01")
    }
    for event in events:
        token = event.action.token
        head = token.head
        if (
            event.role == "main"
            and token.dep_ in ("xcomp", "ccomp")
            and head.i in coded
            and head.lemma_.lower() in PERMISSION_VERBS
        ):
            event.role = "background"


def _consequence_participle(token: Any) -> Any:
    """The verb a trailing participle clause elaborates ("shelled the city, killing 20 people",
    "opened fire, killing one and arresting 12"), or None: an adverbial -ing clause after its
    verb with no subject or subordinator of its own."""
    while token.dep_ == "conj" and token.head.tag_ == "VBG" and token.tag_ == "VBG":
        token = token.head  # "killing one and arresting 12": the first participle decides
    head = token.head
    if (
        token.dep_ != "advcl"
        or token.tag_ != "VBG"
        or head is token
        or token.i < head.i
        or head.pos_ not in ("VERB", "AUX")
    ):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in token.children):
        return None
    return head


def mark_allegations(events: list[RawEvent], actions: list[Action]) -> None:
    """An event anywhere inside what an accusation or denial is about is alleged, not done:
    "alleged that the army helped to carry out killings" -- the killings are as alleged as the
    help, though "carry out" hangs from "helped", not from "alleged". A verb coordinated with
    the accusing verb itself ("alleged ... and attacked") is its own event."""
    accusers = {a.token.i for a in actions if a.family in ("accuse", "deny")}
    if not accusers:
        return
    for event in events:
        if event.role != "main":
            continue
        token = event.action.token
        for _ in range(10):
            dep = token.dep_
            head = token.head
            # up through complement clauses, coordination and a preposition's clausal object
            # ("alleged that the army contributed to planning massacres")
            if head is token or dep not in ("ccomp", "xcomp", "conj", "pcomp", "prep"):
                break
            if head.i in accusers:
                if dep != "conj":
                    event.role = "allegation"
                break
            token = head


def same_actor(a: Argument, b: Argument) -> bool:
    return a.mention.start == b.mention.start or a.mention.code == b.mention.code


#: Subordinators of clauses that give background (usually earlier events) rather than news.
_BACKGROUND_MARKS = frozenset(
    {
        "when",
        "after",
        "before",
        "since",
        "as",
        "while",
        "because",
        "until",
        "once",
        "although",
        "though",
        "whereas",
    }
)


#: Parts of speech of a noun phrase's head that a participle clause can modify.
NOMINALS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
#: Prepositions that make a statement's noun its topic: "commented on the proposal".
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_of_statement(action: Action) -> bool:
    """A nominal event a reporting verb speaks about ("will comment on the Chinese proposal",
    "spoke about the attack") is named as a topic, not reported as news of its own."""
    governor = action.governor
    token = action.token
    return (
        action.pattern.kind == "noun"
        and governor is not None
        and governor.family == "say"
        and token.dep_ == "pobj"
        and token.head.lower_ in TOPIC_PREPS
        and token.head.head.i == governor.token.i
    )


def in_background_clause(token: Any) -> bool:
    """Is the trigger inside a relative clause, a participle modifying a noun, or a temporal or
    causal clause ("where 28 people have been killed", "after rebels kidnapped peacekeepers")?"""
    steps = 0
    while token.head is not token and steps < 30:
        dep = token.dep_
        if dep == "relcl":
            return True
        if dep == "acl" and token.pos_ in ("VERB", "AUX") and token.head.pos_ in NOMINALS:
            return True  # "the channel, disputed by ...", "one of them, disputed by ..."
        if dep == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in token.children
        ):
            return True
        if dep == "pcomp" and token.head.lower_ in (
            "for",
            "after",
            "before",
            "since",
            "despite",
            "against",
            "because",
        ):
            # "jailed for helping militants", "after attacking the town"; what one warns or
            # argues against has not happened ("warned against travelling to Iran")
            return True
        if dep in ("ccomp", "xcomp") and token.head.lemma_.lower() in (
            "say",
            "tell",
            "report",
            "announce",
        ):
            return False  # reported content is news, whatever clause the report sits in
        token = token.head
        steps += 1
    return False


def topic_of_talks(action: Action, lexicon: Lexicon) -> Any:
    """The talks, meeting or discussion a nominal event is the topic of, or None: "talks on a
    Sudan ceasefire", "a meeting about the withdrawal", "negotiations over a prisoner swap"
    (nouns and verbs of ``@deliberation`` in ``word_classes.tsv``), "discussed a ceasefire" (a
    verb whose object is its topic: flag ``about`` in ``verbs.tsv``). What talks are about is
    named, not reported as done."""
    token = action.token
    if action.pattern.kind != "noun":
        return None
    deliberation = lexicon.words("@deliberation")
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in TOPIC_PREPS:
        head = token.head.head
        if head.lemma_.lower() in deliberation:
            return head
        # "renewed negotiations today on a pullback": the phrase hangs on the verb of the talks
        return next(
            (c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in deliberation),
            None,
        )
    if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        head = token.head
        patterns = lexicon.patterns("verb", head.lemma_.lower())
        return head if any("about" in p.flags for p in patterns) else None
    return None
