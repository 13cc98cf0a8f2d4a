"""Rejection by idiom: "talks were out of the question", "the offer is a non-starter".

A reporting verb whose content is a linking verb with a rejecting predicate ("Seoul said talks
with Pyongyang were out of the question", "Resuming aid is off the table, an official said")
is the speaker refusing the subject's event, as "Seoul ruled out talks" is: the reporting verb
becomes a rejection (family reject) whose complement is that event, so composing gives 125
for talks, 122 for aid, 127 for an offer, and the talks are not coded as held. A verb of
characterising does the same with its object predicate ("Tokyo called the proposal
unacceptable"). With no speaker, the linking verb itself carries the rejection, sourceless
("Talks are out of the question"). The idioms and their polarity live in
``data/lexicon/rejection_idioms.tsv``: "not out of the question", "still an option" leave the
thing possible (its event is coded hypothetical, nothing is rejected); "not an option", "no
longer on the table" reject.

Some idioms declare an end rather than a refusal (family ``halt`` in the file): "Pyongyang said
the talks on denuclearization were over" is the speaker breaking off negotiations, composed as
"halted talks" is (164). They need a speaker: "the talks were over by noon" is the end of a
round, told by the reporter, and no act; nor does an onlooker's verdict ("analysts said the
talks were dead", word class ``@onlooker``). A statement's own words have one with no verb of
saying: "The talks are over.", printed by a ministry, is the ministry's; those are read by
:mod:`pledgewatch.events.declared_ends` (with the halt rows as verdicts), which knows the
document's voice, not here.

This is its own module because it rewrites the nesting of actions that
:mod:`pledgewatch.events.actions` found, before they are nested the ordinary way.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from pledgewatch.events.modality import LINKING_VERBS, NEGATIONS

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.lexicon import Lexicon, Pattern, RejectionIdiom

#: Predicate dependents of a linking verb.
_PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "oprd", "advmod"})
# Words before an idiom that negate it ("not", "no longer") are modality.NEGATIONS; those that
# do not change it ("simply", "a") are the word class ``@idiom_filler`` (word_classes.tsv).
#: The code of a rejection whose refused thing codes nothing ("said sanctions relief was not
#: an option"): CAMEO 120, reject, not specified; a declared end of talks (family halt) whose
#: talks code nothing is still a halt of negotiations, 164.
_REJECT_CODE = "120"
_FAMILY_CODES = {"reject": _REJECT_CODE, "halt": "164"}


def apply_rejection_idioms(actions: list[Action], sent: Any, lexicon: Lexicon) -> list[Action]:
    """Rewrite ``actions`` for the sentence's rejection idioms; returns the (possibly longer)
    list. Must run before :meth:`ActionFinder.nest`, which leaves the nesting made here."""
    if not lexicon.rejection_idioms:
        return actions
    from pledgewatch.events.actions import Action

    by_token = {a.token.i: a for a in actions}
    added: list[Action] = []
    for token in sent:
        if token.lemma_.lower() in LINKING_VERBS and token.pos_ in ("AUX", "VERB"):
            predicate = [c for c in token.children if c.dep_ in _PREDICATE_DEPS and c.i > token.i]
            if not predicate:
                continue
            subject = next(
                (c for c in token.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")), None
            )
            if subject is None:
                continue
            negated = any(c.dep_ == "neg" for c in token.children)
            words = [w for c in predicate for w in c.subtree]
            reading = _reading(words, negated, subject, lexicon)
            if reading is None:
                continue
            idiom, rejects = reading
            refused = _event_of(subject, by_token)
            if not rejects:
                if refused is not None:
                    refused.possible = idiom.phrase
                continue
            speaker = by_token.get(token.head.i) if token.dep_ == "ccomp" else None
            if idiom.family == "halt" and speaker is not None and _observed(speaker, lexicon):
                continue  # "analysts said the talks were dead": an onlooker ends no talks
            if speaker is not None and speaker.family == "say" and not speaker.contents:
                _make_rejection(speaker, refused, idiom)
            elif idiom.family == "halt":
                continue  # "the talks were over by noon": with no one declaring it, no act
            elif token.dep_ in ("ROOT", "conj") and refused is not None and token.i not in by_token:
                rejection = Action(token, _rejection_pattern(None, idiom, "verb"))
                _refuse(rejection, refused)
                added.append(rejection)
        action = by_token.get(token.i)
        if (
            action is not None
            and action.family in (None, "say")
            and not action.contents
            and token.lemma_.lower() in lexicon.words("@characterising")
        ):
            # "called the proposal unacceptable", "described the offer as a non-starter"
            objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
            refused = _event_of(objects[0], by_token) if objects else None
            if refused is None:
                continue
            reading = _reading(_after_object(objects[0]), False, objects[0], lexicon)
            if reading is not None and reading[1]:
                _make_rejection(action, refused, reading[0])
    if not added:
        return actions
    return sorted(actions + added, key=lambda a: a.token.i)


def _reading(
    words: list[Any], negated: bool, subject: Any, lexicon: Lexicon
) -> tuple[RejectionIdiom, bool] | None:
    """(idiom, whether it rejects) for a predicate's words, or None when no idiom fits."""
    texts: list[str] = []
    for word in sorted(words, key=lambda w: w.i):
        if word.is_punct and word.text != "-":
            break
        texts.append(word.lower_)
    fillers = lexicon.words("@idiom_filler")
    while texts and (texts[0] in NEGATIONS or texts[0] in fillers):
        negated = negated or texts[0] in NEGATIONS
        texts.pop(0)
    phrase = " ".join(texts).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    for idiom in lexicon.rejection_idioms:
        if phrase != idiom.phrase and not phrase.startswith(idiom.phrase + " "):
            continue
        if idiom.subject_class is not None and not (
            {subject.lower_, subject.lemma_.lower()} & lexicon.words(idiom.subject_class)
        ):
            return None
        return idiom, idiom.rejects != negated
    return None


def _observed(speaker: Action, lexicon: Lexicon) -> bool:
    """Is the speaker's subject an onlooker (word class ``@onlooker``: analysts, experts), who
    can declare no end of talks it is no party to?"""
    onlookers = lexicon.words("@onlooker")
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in onlookers
        for c in speaker.token.children
    )


def _after_object(obj: Any) -> list[Any]:
    """The words after a verb's object, where its predicate is ("called [the offer] a
    non-starter", "described [the talks with X] as ..."): past the object's own prepositional
    phrases but "as", to the end of the sentence (the small parser hangs the predicate on the
    verb, on the object or inside it)."""
    start = obj.i + 1
    doc = obj.doc
    while start < len(doc) and doc[start].head.i == obj.i and doc[start].dep_ == "prep":
        if doc[start].lower_ == "as":
            start += 1
            break
        start = doc[start].right_edge.i + 1
    end = obj.sent.end if obj.sent is not None else len(doc)
    return [doc[i] for i in range(start, end)]


def _event_of(subject: Any, by_token: dict[int, Action]) -> Action | None:
    """The action a subject names: itself ("talks"), or a noun modifier ("sanctions relief"
    has none; "the aid offer" is the offer)."""
    found = by_token.get(subject.i)
    if found is not None:
        return found
    return next(
        (by_token[c.i] for c in subject.children if c.dep_ == "compound" and c.i in by_token),
        None,
    )


def _rejection_pattern(base: Pattern | None, idiom: RejectionIdiom, kind: str) -> Pattern:
    from pledgewatch.events.lexicon import Pattern

    label = "idiom:" + idiom.phrase.replace(" ", "_")
    code = _FAMILY_CODES[idiom.family]
    if base is None:
        return Pattern(
            id=label,
            kind=kind,  # type: ignore[arg-type]
            lemma="be",
            child=None,
            requires=(),
            code=code,
            family=idiom.family,
            flags=frozenset(),
        )
    return dataclasses.replace(
        base, id=f"{base.id}+{label}", code=code, family=idiom.family, flags=frozenset()
    )


def _make_rejection(action: Action, refused: Action | None, idiom: RejectionIdiom) -> None:
    action.pattern = _rejection_pattern(action.pattern, idiom, action.pattern.kind)
    if refused is not None:
        _refuse(action, refused)


def _refuse(action: Action, refused: Action) -> None:
    if refused.governor is None and refused.token.i != action.token.i:
        refused.governor = action
        action.contents.append(refused)
