"""What a reporting verb reports: the content of a cue the attribution finder found.

A verb's clause or infinitive ("said that ...", "wants to ..."), its object where the
stance takes a noun ("praised the plan") or the object is a quotation, a question that the
parser hung on a verb of asking as a condition ("asked if he would run"), the clause an
as-report vouches for ("As the mayor noted, ..."), and the quotation beside a bare
'"...," he said'. Split out of :mod:`.attribution_spans` (which re-exports
``_content_of`` for the learned cue detector) so that the span code stays readable.
"""

from __future__ import annotations

from spacy.tokens import Token

from pledgewatch.commitments.reporting_cues import ReportingCues


def has_clause(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or verb.dep_ == "parataxis"


def content_of(
    verb: Token, cues: ReportingCues, *, nominal: bool = False
) -> tuple[int, int] | None:
    # a clause before a phrase: "decided after a long inquiry [not to recommend charges]"
    children = sorted(verb.children, key=lambda c: c.dep_ not in ("ccomp", "xcomp"))
    for child in children:
        quoted = any(t.text in cues.quote_marks for t in child.subtree)
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "dobj" and (quoted or nominal)):
            words = [t.i for t in child.subtree]
            return (min(words), max(words) + 1)
        if nominal and child.dep_ == "prep":
            words = [t.i for t in child.subtree]
            return (min(words), max(words) + 1)
    question = _indirect_question(verb, cues)
    if question is not None:
        return question
    as_clause = as_report(verb)
    if as_clause is not None:
        return as_clause
    if verb.dep_ in ("parataxis",) or (verb.head.i == verb.i and verb.dep_ == "ROOT"):
        # '"...," he said': the quotation is a sibling of the verb
        sent = verb.sent
        marks = [t.i for t in sent if t.text in cues.quote_marks]
        if len(marks) >= 2:
            return (marks[0] + 1, marks[-1])
    if verb.dep_ == "parataxis":
        # "The talks, the minister noted, had failed because ...": the clause it hangs on
        inner = {t.i for t in verb.subtree}
        words = [t.i for t in verb.head.subtree if t.i not in inner and not t.is_punct]
        return (min(words), max(words) + 1) if words else None
    return None


def _indirect_question(verb: Token, cues: ReportingCues) -> tuple[int, int] | None:
    """The question a verb of asking reports when the parser reads it as a condition:
    "Asked if he would run, Smith said ...", "she wondered whether ..." (an "if" or
    "whether" clause hung on the verb as an adverbial clause)."""
    if cues.stance(verb) != "asking":
        return None
    for child in verb.children:
        if (
            child.dep_ == "advcl"
            and child.i > verb.i
            and any(
                c.dep_ == "mark" and c.lower_ in cues.question_subordinators for c in child.children
            )
        ):
            words = [t.i for t in child.subtree]
            return (min(words), max(words) + 1)
    return None


def as_report(verb: Token) -> tuple[int, int] | None:
    """The clause an "as"-report vouches for: "As the mayor noted, the tunnel is old",
    "the plan, as Smith put it, is dead" (the clause the as-clause hangs on, without it)."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    ):
        return None
    inner = {t.i for t in verb.subtree}
    words = [t.i for t in verb.head.subtree if t.i not in inner and not t.is_punct]
    return (min(words), max(words) + 1) if words else None
