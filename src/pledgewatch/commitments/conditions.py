"""Where a commitment's explicit conditions and deadline are, as text.

The condition cues (``data/commitments/condition_cues.yaml``: "if", "provided that", "once",
"in return for", "while dialogue continues", "in the course of the talks") open a clause or a
phrase attached to the commitment clause; its words, cut at the cue and at the first comma of
a clause, are the condition (:func:`find_conditions`). A clause in the past under "after",
"when" or "until" tells what happened and is no condition; a finite conjunct keeps its own
conditions; a condition the parser made the root of the sentence ("They are ready to meet
anyone, if they have a genuine desire") is still found, and one placed before conjuncts that
share a subject ("If X, it should announce a freeze and invite monitors") is each conjunct's.
:mod:`.strength` grades with them.

The deadline (:func:`find_deadline`) is a "by"/"before"/"within" phrase or a phrase of the shared
deadline words on the promised verbs, else the day of an act to come ("will attend a dinner on
Saturday", "will stay until Saturday": grader41); a past act's day is no deadline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pledgewatch.commitments.clause import CommitmentClause, own_conjunct_clauses
from pledgewatch.commitments.deadline_phrases import DeadlineWords, load_deadline_words
from pledgewatch.nlp.date_words import YEAR, month_pattern, weekday_pattern

if TYPE_CHECKING:
    from pledgewatch.commitments.strength import StrengthCues


def find_conditions(clause: CommitmentClause, cues: StrengthCues) -> list[tuple[str, set[int]]]:
    """Explicit conditions attached to the commitment clause: (text, token indices)."""
    sent = clause.sent
    reach = {t.i for t in clause.head.subtree}
    conjuncts = own_conjunct_clauses(clause.head, frozenset(t.i for t in clause.chain))
    for conjunct in conjuncts:
        # the condition inside a conjoined clause of its own is that clause's ("should insist
        # ..., but it should be ready to offer aid if Pyongyang moves"); a conjunct that IS
        # the condition stays ("agreed to a moratorium, but only while dialogues continue")
        reach -= {t.i for t in conjunct.subtree}
    reach |= {c.i for conjunct in conjuncts for c in conjunct.children if c.dep_ == "mark"}
    found: list[tuple[str, set[int]]] = []
    taken: set[int] = set()
    by_phrase = {c.phrase: c for c in cues.conditions}
    for match in cues.condition_lexicon.find(sent):
        first = match.tokens[0]
        if first.i not in reach or first.i in taken:
            continue
        cue = by_phrase[match.phrase]
        if cue.clausal and not (
            first.dep_ in ("mark", "advmod") and first.head.pos_ in ("VERB", "AUX")
        ):
            continue
        if cue.not_past and _past_tense(first.head):
            continue  # "four months after the North pulled out its workers": a fact
        extent = _condition_extent(first, clause)
        if not extent:
            continue
        words = {t.lemma_.lower() for t in extent} | {t.lower_ for t in extent}
        if cue.requires and not any(w.startswith(r) for w in words for r in cue.requires):
            continue
        if words & cue.not_with:
            continue  # "return to the talks as soon as possible": urgency, no condition
        indices = {t.i for t in extent}
        taken |= indices
        found.append((_span_text(extent), indices))
    return found or _condition_above(clause, cues) or _condition_before_conjuncts(clause, cues)


def _condition_before_conjuncts(
    clause: CommitmentClause, cues: StrengthCues
) -> list[tuple[str, set[int]]]:
    """The condition placed before conjuncts that share one subject: in "If the North wants
    credit, it should announce a freeze and invite monitors" the if-clause hangs on
    "announce" but conditions "invite" too. Only a conjunct with no subject of its own (it
    shares its first conjunct's) takes it, and only a condition standing before the first
    conjunct ("..., and invite monitors if it wants" is the last conjunct's own)."""
    head = clause.head
    if head.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return []
    first_conjunct = head
    while first_conjunct.dep_ == "conj" and first_conjunct.head.i != first_conjunct.i:
        first_conjunct = first_conjunct.head
    by_phrase = {c.phrase: c for c in cues.conditions}
    for match in cues.condition_lexicon.find(clause.sent):
        cue_token = match.tokens[0]
        cue = by_phrase[match.phrase]
        if cue_token.dep_ != "mark" or cue_token.i > first_conjunct.i:
            continue
        condition = cue_token.head
        if condition.head.i != first_conjunct.i or condition.dep_ != "advcl":
            continue
        if cue.not_past and _past_tense(condition):
            continue
        extent = [t for t in sorted(condition.subtree, key=lambda t: t.i) if t.i >= cue_token.i]
        while extent and extent[-1].is_punct:
            extent.pop()
        words = {t.lemma_.lower() for t in extent} | {t.lower_ for t in extent}
        if len(extent) < 3 or (
            cue.requires and not any(w.startswith(r) for w in words for r in cue.requires)
        ):
            continue
        if words & cue.not_with:
            continue
        return [(_span_text(extent), {t.i for t in extent})]
    return []


def _condition_above(clause: CommitmentClause, cues: StrengthCues) -> list[tuple[str, set[int]]]:
    """The condition the parser made the head of the sentence: in "They are ready to meet
    anyone, anytime, if they have a genuine desire" the promise hangs as a ccomp on "have",
    whose "if" marks the condition. The condition is the governor's words after its cue."""
    head = clause.head
    governor = head.head
    if head.dep_ != "ccomp" or governor.i < head.i:
        return []
    by_phrase = {c.phrase: c for c in cues.conditions}
    inside = {t.i for t in head.subtree}
    for match in cues.condition_lexicon.find(clause.sent):
        first = match.tokens[0]
        if first.dep_ != "mark" or first.head.i != governor.i or first.i < head.i:
            continue
        extent = [t for t in governor.subtree if t.i >= first.i and t.i not in inside]
        while extent and extent[-1].is_punct:
            extent.pop()
        words = {t.lemma_.lower() for t in extent} | {t.lower_ for t in extent}
        cue = by_phrase[match.phrase]
        if len(extent) < 3 or (
            cue.requires and not any(w.startswith(r) for w in words for r in cue.requires)
        ):
            continue
        return [(_span_text(extent), {t.i for t in extent})]
    return []


def _past_tense(verb: Token) -> bool:
    """A clause in the past ("pulled out", "had withdrawn", "was lifted"), which tells a
    fact rather than sets a condition."""
    if verb.tag_ == "VBD":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_ in ("have", "be")
        for c in verb.children
    )


def _condition_extent(first: Token, clause: CommitmentClause) -> list[Token]:
    node = first
    while node.head.i not in clause.core and node.head.i != node.i:
        node = node.head
    if node.head.i == node.i and node.i not in clause.core:
        return []
    if first.dep_ == "prep" and node is not first:
        # a prepositional condition is its own phrase, wherever it hangs: "a deal to curb the
        # program in return for sanctions relief" is conditional on the relief, not the curb
        node = first
    extent = sorted(node.subtree, key=lambda t: t.i)
    if node.pos_ in ("VERB", "AUX"):
        # a clause ends at its first comma after the verb: "while talks continue, upon
        # request by the U.S." is a condition and then something else
        comma = next((t.i for t in extent if t.i > node.i and t.text in (",", ";")), None)
        if comma is not None:
            extent = [t for t in extent if t.i < comma]
    if len(extent) < 3:  # the cue hangs alone on the verb: read to the next comma
        extent = []
        for token in first.sent[first.i - first.sent.start :]:
            if token.is_punct and extent:
                break
            extent.append(token)
    if first.dep_ == "mark" and first.head.i == node.i:
        # a condition starts at its cue: in ", anytime and anywhere, if they have a genuine
        # desire" the adverbs hang on the if-clause's verb but are the promise's
        extent = [t for t in extent if t.i >= first.i]
    while extent and extent[-1].is_punct:
        extent.pop()
    return extent


def _span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def find_deadline(clause: CommitmentClause) -> str | None:
    """A deadline attached to the chain: "by the end of the year", "within 72 hours" (a
    preposition's phrase holding a date or time noun), else a deadline phrase of the shared
    reader standing in the promise's clause ("will hold talks later this month", "next week"),
    so the commitment keeps the phrase the ledger resolves to its lapse date."""
    words = load_deadline_words()
    for token in _promised_verbs(clause):
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in words.prepositions:
                continue
            sub = list(child.subtree)
            if any(
                t.ent_type_ in ("DATE", "TIME")
                or t.lower_ in words.time_nouns
                or t.lemma_.lower() in words.time_nouns
                for t in sub
            ):
                return _span_text(sorted(sub, key=lambda t: t.i))
    return _deadline_phrase_on_chain(clause) or _day_of_an_act_to_come(clause)


def _promised_verbs(clause: CommitmentClause) -> list[Token]:
    """The chain and the infinitives it governs: the deadline of "promised to free the
    fishermen within 30 days" hangs on "free", the promised act, not on "promised"; so too the
    infinitive of a plan the chain acts on ("agreed on a plan to clear the mines by ..."), and
    an infinitive's conjunct that shares its object ("to remove or destroy them by ...")."""
    verbs = list(clause.chain)
    plan_nouns = load_deadline_words().plan_nouns
    chain = set(verbs)
    for token in verbs:
        verbs.extend(c for c in token.children if c.dep_ == "xcomp" and c not in verbs)
        verbs.extend(v for v in _plan_infinitives(token, plan_nouns) if v not in verbs)
        if token not in chain:
            verbs.extend(v for v in _sharing_conjuncts(token) if v not in verbs)
    return verbs


def _sharing_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated with an infinitive that share its object: "to remove or destroy
    the weapons by June" hangs the object and the deadline on "destroy" (grader34)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


def _plan_infinitives(verb: Token, plan_nouns: frozenset[str]) -> list[Token]:
    """The infinitives on the plan nouns ``verb`` acts on: its object ("approved a timetable
    to withdraw") or its preposition's ("agreed on a plan to remove")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return [
        act
        for noun in objects
        if noun.lemma_.lower() in plan_nouns or noun.lower_ in plan_nouns
        for act in noun.children
        if act.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children)
    ]


def _deadline_phrase_on_chain(clause: CommitmentClause) -> str | None:
    """The first deadline phrase of the sentence that hangs on the chain's verbs: one of its
    words is a dependent of a chain token ("hold" <- "month" in "will hold talks later this
    month"). A phrase of another clause ("..., while the South drills later this year") or of a
    noun ("the talks next week were") is not the promise's."""
    sent = clause.sent
    chain = {t.i for t in _promised_verbs(clause)}
    words = load_deadline_words()
    for phrase in words.phrases(sent.text, looking_ahead=True):
        span = sent.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None:
            continue
        inside = {t.i for t in span}
        heads = [t.head for t in span if t.head.i in chain and t.head.i not in inside]
        # a bare "this week" is the pledge's only on a verb that looks ahead: "will hold talks
        # this week", not "agreed this week to ..." (grader37)
        if phrase.ahead_only:
            heads = [h for h in heads if looks_ahead(h, words)]
        if heads:
            return phrase.text
    return None


#: A day named by its words (the pipeline's actor matcher may leave spaCy's DATE entities
#: unset): a weekday, a month name, a year ("on Saturday", "on March 3", "until 2015").
_NAMED_DAY = re.compile(rf"\b(?:{weekday_pattern()}|{month_pattern()}|{YEAR})")


def _day_of_an_act_to_come(clause: CommitmentClause) -> str | None:
    """The day of a promised act to come, as its deadline: "will attend a forum dinner on
    Saturday", "will stay until Saturday", "would hold talks on March 3" (an "on" / "until"
    phrase holding a date, on a verb that looks ahead or on its object). A past or present act
    ("met on Monday") names the day it was done, no deadline (grader41, seed 65 #7)."""
    words = load_deadline_words()
    for verb in _promised_verbs(clause):
        if not looks_ahead(verb, words, infinitive=False):
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for head in heads:
            for child in head.children:
                if child.dep_ != "prep" or child.lower_ not in words.day_prepositions:
                    continue
                sub = _without_appositions(child)
                if any(t.ent_type_ == "DATE" for t in sub[1:]) or _NAMED_DAY.search(
                    _span_text(sub[1:])
                ):
                    return _span_text(sub)
    return None


def _without_appositions(prep: Token) -> list[Token]:
    """The words of a preposition's phrase up to an apposition ("on March 11, the day the
    drills begin" -> "on March 11"), no trailing punctuation."""
    left_out = {t.i for a in prep.subtree if a.dep_ == "appos" for t in a.subtree}
    words = sorted((t for t in prep.subtree if t.i not in left_out), key=lambda t: t.i)
    while words and words[-1].is_punct:
        words.pop()
    return words


def looks_ahead(verb: Token, words: DeadlineWords, *, infinitive: bool = True) -> bool:
    """A verb with an auxiliary of time to come ("will hold", "would meet", "to reopen"), not
    a perfect ("appears to have promised this week", "would have worked": done, mend22b).
    Without ``infinitive`` the bare infinitive's "to" does not count ("called on the president
    to resign on Thursday": the day is as often the calling's; grader41)."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lemma_.lower() in words.perfect_auxiliaries for a in auxiliaries):
        return False
    if not infinitive:  # the infinitive marker (tag TO) is no future of the verb's own
        auxiliaries = [a for a in auxiliaries if a.tag_ != "TO"]
    return any(a.lower_ in words.ahead_auxiliaries for a in auxiliaries)
