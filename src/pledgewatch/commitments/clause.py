"""Find the clause that carries a commitment in a dependency parse.

The event coder points at one trigger token (the promise/offer/agree verb, or sometimes a
word inside the promised action). Grading needs more than that token: the *chain* of words
from the trigger up to the head of its clause ("would be ready to settle the question of
imposing ..."), the words that belong to that clause but not to nested clauses (where the
strength cues are read), and the clause's reach (where the topic is read). Reporting
clauses above the commitment ("a spokeswoman said that ...") are left to
:mod:`pledgewatch.commitments.attribution`; so is the noun or verb above a finite content
clause ("voiced confidence that the talks would resume"), which is a clause of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

#: Dependencies that start a clause of their own: climbing from the trigger stops there.
CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass", "acl:relcl"}
)
#: Children that are nested clauses, left out of the commitment's own words.
NESTED_DEPS = frozenset({"relcl", "advcl", "parataxis", "csubj", "csubjpass", "appos"})
#: Children that are the subject, left out of the words strength cues are read from.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
VERBAL_POS = frozenset({"VERB", "AUX"})
#: How a content clause hangs on the noun or preposition whose content it is: "confidence
#: that the talks would resume" (acl), "unsure about whether they would change" (pcomp).
CONTENT_CLAUSE_DEPS = frozenset({"acl", "pcomp"})
#: Tags of a finite verb (or of the auxiliary that makes a verb finite).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True, slots=True)
class CommitmentClause:
    """The parts of a sentence that carry one commitment.

    Attributes:
        trigger: the event's trigger token.
        head: the head of the commitment clause (its verb, usually).
        chain: tokens from the trigger up to ``head`` (both included).
        core: doc-level indices of the clause's own words: ``head`` and its descendants,
            without nested clauses and without the subject.
        scope: ``core`` plus the subject: where the topic is read.
        subject: the clause's subject token, if any.
        descended: the trigger is a reporting verb and the clause is what it reports
            ("said that North Korea would ..."); the trigger's subject is then the speaker,
            not the promisor.
    """

    trigger: Token
    head: Token
    chain: tuple[Token, ...]
    core: frozenset[int]
    scope: frozenset[int]
    subject: Token | None
    descended: bool = False

    @property
    def content_clause(self) -> bool:
        """The clause is the content of a noun or preposition ("confidence that X would
        ..."): its "would" is not the back-shifted "will" of reported speech."""
        return is_content_clause(self.head)

    @property
    def sent(self) -> Span:
        return self.trigger.sent

    def core_tokens(self) -> list[Token]:
        doc = self.trigger.doc
        return [doc[i] for i in sorted(self.core)]

    def scope_tokens(self) -> list[Token]:
        doc = self.trigger.doc
        return [doc[i] for i in sorted(self.scope)]


#: Prepositions of reason, time or manner whose gerund is an act of its own, outside the
#: clause it hangs on: "would not reward Pyongyang for returning to the table" (the return
#: is no refusal), "despite firing", "after meeting". Not "by" ("will show sincerity by
#: allowing inspectors": the means of the promise) nor "of"/"to" (complements).
ADJUNCT_PREPOSITIONS = frozenset({"for", "despite", "over", "since", "after", "before", "without"})


def is_clause_boundary(token: Token) -> bool:
    """True where a token heads a clause of its own (a verb conjoined to another counts)."""
    if token.dep_ in CLAUSE_DEPS or token.head.i == token.i:
        return True
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in ADJUNCT_PREPOSITIONS:
        return True
    if is_content_clause(token):
        return True
    return token.dep_ == "conj" and token.pos_ in VERBAL_POS and token.head.pos_ in VERBAL_POS


def is_content_clause(token: Token) -> bool:
    """True where ``token`` heads a finite clause with a subject of its own that is the
    content of a noun or a preposition ("voiced confidence that the talks would resume",
    "unsure about whether they would change course"): a clause of its own, whose speaker
    is the noun's or the verb's above it, not the promisor of the words around it.

    Infinitives ("a plan to build", "agreed to allow") and participles ("a bill designed
    to ...") have no subject or tense of their own and stay in the clause above them.
    """
    if token.dep_ not in CONTENT_CLAUSE_DEPS or token.pos_ not in VERBAL_POS:
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return False
    return _finite(token)


def own_conjunct_clauses(head: Token, keep: frozenset[int] = frozenset()) -> list[Token]:
    """Finite verbs conjoined to ``head`` that are clauses of their own ("should insist on the
    steps, but it should also be ready to offer aid if Pyongyang moves"), except one holding a
    token of ``keep``."""
    if head.pos_ not in VERBAL_POS:
        return []
    return [
        c
        for c in head.children
        if c.dep_ == "conj" and _finite(c) and not any(t.i in keep for t in c.subtree)
    ]


def _finite(token: Token) -> bool:
    """A verb with a tense of its own ("failed", "will allow"), not a participle or an
    infinitive sharing its head's ("testing and producing")."""
    if token.pos_ not in VERBAL_POS:
        return False
    return token.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in token.children
    )


def in_subject_complement(token: Token, head: Token) -> bool:
    """Whether ``token`` sits in (or heads) a complement clause below ``head`` with a subject
    of its own ("hoped [the death would not harm peace]", "hopes [the talks will resume]"):
    its cues are that clause's, not the commitment's."""
    node = token
    while node.i != head.i:
        if node.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def climb_to_clause_head(trigger: Token, raising: frozenset[str] = frozenset()) -> list[Token]:
    """The chain of tokens from ``trigger`` up to the head of its clause.

    Args:
        trigger: where to start.
        raising: lemmas of reporting verbs; the complement of a passive one ("North Korea
            is said to be ready") is a clause of its own, the report sits above it.
    """
    chain = [trigger]
    token = trigger
    while not is_clause_boundary(token) and not _raised(token, raising):
        token = token.head
        chain.append(token)
    return chain


def _raised(token: Token, raising: frozenset[str]) -> bool:
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_.lower() in raising
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def subject_of(head: Token) -> Token | None:
    """The subject of a clause head, looking through auxiliaries and copulas."""
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT":
        # headline grammar: "Pyongyang pledges to ..." parsed as a compound noun
        first = next(iter(head.children), None)
        if first is not None and first.dep_ == "compound" and first.i < head.i:
            return first
    # an xcomp/conj verb shares the subject of the verb above it
    if head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        return subject_of(head.head)
    return None


def clause_words(head: Token, *, keep: frozenset[int] = frozenset()) -> set[int]:
    """Doc indices of ``head`` and its descendants, without nested clauses.

    Nested clauses (relative, adverbial, parenthetical) are cut unless they contain a token
    in ``keep`` (the trigger chain).
    """
    words: set[int] = set()
    stack = [head]
    while stack:
        token = stack.pop()
        words.add(token.i)
        for child in token.children:
            nested = (
                (
                    child.dep_ in NESTED_DEPS
                    and _has_children(child)
                    and not _misparsed_complement(child, token)
                )
                # "met in emergency session but failed to agree": a finite verb conjoined
                # to the clause's verb is a clause of its own, with its own cues
                or (child.dep_ == "conj" and token.pos_ in VERBAL_POS and _finite(child))
                # "said the purchase aimed to ensure ...": a past participle modifying a
                # noun is that noun's own reduced clause, its words no cue of the verb above
                # ("launches using missile technology" keeps its words: what is launched)
                or (child.dep_ == "acl" and child.tag_ == "VBN" and _has_children(child))
            )
            if nested and not any(t.i in keep for t in child.subtree):
                continue
            stack.append(child)
    return words


#: Verbs of committing whose "to"-infinitive is what is committed to, however it is parsed.
COMMITTING_VERBS = frozenset({"commit", "pledge", "promise", "vow", "agree", "undertake"})


def committed_in_past(clause: CommitmentClause) -> bool:
    """ "Guyana and Venezuela agreed that they would not use force": a finite that-clause of a
    verb of committing told in the past, whose "would" is the back-shifted "will" of the
    commitment, as under a past verb of saying (stop 21)."""
    head = clause.head
    verb = head.head if head.dep_ == "ccomp" else head
    if verb.lemma_.lower() not in COMMITTING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    return any(
        c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children
    )


def _misparsed_complement(child: Token, head: Token) -> bool:
    """ "NATO allies committed at the Vilnius summit to spend 2 percent": the parser hangs the
    infinitive after a place as an adverbial clause (advcl); a subjectless "to"-infinitive of
    a verb of committing is its complement, the words of what is promised."""
    return (
        child.dep_ == "advcl"
        and child.i > head.i  # "To improve the atmosphere, the DPRK agreed to ...": a purpose
        and head.lemma_.lower() in COMMITTING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
    )


def _has_children(token: Token) -> bool:
    """A one-word "clause" is a misparse, not a clause: in the headline "agree to resume
    search for war remains" the parser makes "remains" a verb hung on "agree"."""
    return any(True for _ in token.children)


def result_small_clause(complement: Token) -> bool:
    """ "declared [the armistice void]", "pronounced [the deal dead]": a verbless complement
    with nothing verbal of its own below it says what the verb makes of its object, it reports
    no words. A copula-less headline's "[North Korea ready to consider ...]" keeps its
    infinitive and is reported speech."""
    if complement.pos_ in VERBAL_POS:
        return False
    deps = {c.dep_ for c in complement.children}
    # "that North Korea apologise" (a subjunctive misread as a noun) is a clause: its "that"
    return "nsubj" in deps and not deps & {"mark", "aux", "auxpass", "cop", "xcomp", "ccomp"}


def find_clause(
    trigger: Token,
    *,
    descend_reporting: frozenset[str] = frozenset(),
    raising: frozenset[str] = frozenset(),
) -> CommitmentClause:
    """Locate the commitment clause of an event's trigger.

    Args:
        trigger: the event's trigger token.
        descend_reporting: lemmas of reporting verbs; when the trigger is one of them and has
            a clausal complement ("said that it would ..."), the complement is the clause.
        raising: lemmas of reporting verbs whose passive raises the subject ("is said to").
    """
    start = trigger
    if trigger.lemma_.lower() in descend_reporting:
        complement = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
        if complement is not None and not result_small_clause(complement):
            start = complement
    chain = climb_to_clause_head(start, raising)
    head = chain[-1]
    if start.i != trigger.i:
        chain = [trigger, *chain]
    keep = frozenset(t.i for t in chain)
    words = clause_words(head, keep=keep)
    subject = subject_of(head)
    subject_words: set[int] = set()
    for child in head.children:
        if child.dep_ in SUBJECT_DEPS:
            subject_words |= {t.i for t in child.subtree}
    core = frozenset(words - (subject_words - keep))
    return CommitmentClause(
        trigger=trigger,
        head=head,
        chain=tuple(chain),
        core=core,
        scope=frozenset(words),
        subject=subject,
        descended=start.i != trigger.i,
    )


#: Marks of an indirect question ("see whether X was ready", "asked if Y would come").
QUESTION_MARKS = frozenset({"whether", "if"})


def inside_question(trigger: Token) -> bool:
    """The trigger is in (or heads) an indirect question: a complement clause opened by
    "whether" (or "if" as a complement, not an adverbial condition)."""
    for token in (trigger, *trigger.ancestors):
        if token.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in token.children
        ):
            return True
    return False


def has_future(clause: CommitmentClause) -> bool:
    """A statement's content speaks of the future (will/would/shall/going to/to-infinitive)
    of its own subject: "China hopes the consultations will help" speaks of the
    consultations' future, a clause with a subject of its own, and promises nothing."""
    return any(
        (token.tag_ == "MD" or (token.lower_ == "to" and token.dep_ == "aux"))
        and not in_subject_complement(token, clause.head)
        for token in clause.core_tokens()
    )
