"""A learned attribution-cue detector that revises what the cue rules found in a sentence.

The rules of :mod:`.attribution_spans` reach about 0.7 recall on PolNeAR; what they miss is
a long tail of single words and constructions, each too rare or too ambiguous for a lexicon
entry. This module scores candidate tokens (verbs, nouns, adjectives, "according", colons)
with a logistic regression over cheap parse features: lemma, part of speech, dependency,
their combinations, which clause-like children the token has, its subject's kind, quotation
marks around it, the reporting lexicon's stance for it, and what the rules decided (a rule
cue, inside a rule's content or source, next to a rule cue).

Two decisions are made with the scores: a candidate the rules did not find becomes a new cue
when its probability reaches ``add_threshold`` (its source comes from the same span code as
the rules', so the output stays :class:`AttributionSpan` records), and a rule cue whose
probability falls below ``veto_threshold`` is dropped. The weights and both thresholds are
written by ``benchmarks/train_attribution.py`` (trained on PolNeAR's ``train`` articles only,
thresholds by cross-validation there) as plain JSON in
``data/commitments/attribution_cue_model.json``; scoring is a sum of weights, no
scikit-learn at run time.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from pledgewatch.commitments.attribution import object_of_cue, speaker_of
from pledgewatch.commitments.attribution_roles import (
    agent_of,
    noun_holder,
    object_experiencer,
    passive_participle,
)
from pledgewatch.commitments.attribution_spans import (
    RELATIVE_PRONOUNS,
    AttributionSpan,
    _content_of,
    _share_subject,
    find_attributions,
    inherited_source,
    left_to_outer,
    source_extent,
)
from pledgewatch.commitments.reporting_cues import ReportingCues
from pledgewatch.errors import ConfigError

MODEL_PATH = (
    Path(__file__).resolve().parents[1] / "data" / "commitments" / "attribution_cue_model.json"
)
#: parts of speech a cue can be headed by; "according" and ":" are candidates whatever
#: the tagger calls them
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
CANDIDATE_WORDS = frozenset({"according", ":"})
#: children whose presence (per lemma) says a word introduces a statement or a stance
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "parataxis", "mark", "agent", "acl", "relcl", "advcl"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "who", "which", "that"})
#: how a clause hangs on the word that may report it: a verb's clause or object ("voiced
#: hope [that ...]", "vowed [to ...]"), a noun's clause ("the assurance [that ...]"), a
#: preposition's object ("warned against [resuming ...]"). Not an adverbial clause: "press
#: its ally [because ...]", "should announce one [if the North wants ...]" report nothing.
GOVERNED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "acl", "pcomp", "pobj", "prep"})


@dataclass(frozen=True, slots=True)
class CueItem:
    """One token the detector decides about: a candidate the rules left alone (``rule`` is
    None) or the first token of a rule cue (``rule`` is that attribution)."""

    token: Token
    features: list[str]
    rule: AttributionSpan | None

    def choice(self) -> Choice:
        token = self.token
        return Choice(
            rule=self.rule is not None,
            at=token.i,
            neighbours=(token.head.i, *(c.i for c in token.children)),
            punct=token.is_punct,
        )


@dataclass(frozen=True, slots=True)
class Choice:
    """What :func:`decide` needs of one item: whether it is a rule cue, its token index,
    the indices of its head and children, whether it is punctuation. The trainer
    (``benchmarks/train_attribution.py``) keeps these in its cache and calls the same
    :func:`decide`, so the figure it chooses thresholds by is the benchmark's."""

    rule: bool
    at: int
    neighbours: tuple[int, ...]
    punct: bool


def decide(
    choices: Sequence[Choice],
    probs: Sequence[float],
    add: float,
    veto: float,
    quoted: Callable[[int], bool],
) -> list[int]:
    """The indices of the items a sentence's output is made of, in output order: the rule
    cues kept (in item order), then the new cues (by position).

    A rule cue stays when its probability reaches ``veto``, or when it is punctuation (a
    quotation signed "― Name", a "WALLACE:" label is no word the detector learned from:
    it has no say over it). A candidate becomes a new cue when its probability reaches
    ``add``, strongest first, so that of two words of one cue ("took aim") the surer one
    stands: a word whose own index, head or child is already taken is skipped. Last, a new
    cue for which ``quoted(index)`` holds is dropped: an outer report holds it (a word inside
    a quotation opened earlier in the paragraph is the quoted speaker's own, as the rules
    already judge theirs; the verb an "according to" hangs on is that account's:
    :func:`~.attribution_spans.left_to_outer`); it still took its place in the phrase.
    """
    kept = [
        k
        for k, (c, p) in enumerate(zip(choices, probs, strict=True))
        if c.rule and (p >= veto or c.punct)
    ]
    taken: set[int] = set()
    added: list[int] = []
    for k in sorted(range(len(choices)), key=lambda k: (-probs[k], choices[k].at)):
        c = choices[k]
        if c.rule or probs[k] < add:
            continue
        if c.at in taken or any(n in taken for n in c.neighbours):
            continue
        taken.add(c.at)
        added.append(k)
    added.sort(key=lambda k: choices[k].at)
    return kept + [k for k in added if not quoted(k)]


@dataclass(frozen=True, slots=True)
class _SentenceContext:
    """What the rules found in a sentence, as token index sets, and its quotation marks."""

    rule_cue: frozenset[int]
    rule_content: frozenset[int]
    rule_source: frozenset[int]
    quotes: tuple[int, ...]
    start: int
    end: int


def _context(sent: Span, found: Sequence[AttributionSpan], cues: ReportingCues) -> _SentenceContext:
    def indices(ranges: Iterable[tuple[int, int] | None]) -> frozenset[int]:
        return frozenset(i for r in ranges if r is not None for i in range(r[0], r[1]))

    return _SentenceContext(
        rule_cue=indices(a.cue for a in found),
        rule_content=indices(a.content for a in found),
        rule_source=indices(a.source for a in found),
        quotes=tuple(t.i for t in sent if t.text in cues.quote_marks),
        start=sent.start,
        end=sent.end,
    )


def _subject_kind(token: Token) -> str:
    if token.pos_ == "PRON":
        return token.lower_ if token.lower_ in PERSONAL_PRONOUNS else "pron"
    return token.pos_


def cue_features(
    token: Token, cues: ReportingCues, ctx: _SentenceContext, rule: AttributionSpan | None
) -> list[str]:
    """The binary features of one candidate token (strings; the model's vocabulary)."""
    lemma = token.lemma_.lower() or token.lower_
    pos, dep = token.pos_, token.dep_
    head = token.head
    features = [
        f"l:{lemma}",
        f"p:{pos}",
        f"d:{dep}",
        f"ld:{lemma}|{dep}",
        f"lp:{lemma}|{pos}",
        f"h:{head.lemma_.lower()}|{dep}",
        f"hp:{head.pos_}|{dep}",
        f"st:{cues.stance(token)}",
    ]
    subject = None
    for child in token.children:
        cdep = child.dep_
        if cdep in CLAUSE_DEPS:
            features.append(f"c:{pos}|{cdep}")
            features.append(f"lc:{lemma}|{cdep}")
        if cdep == "prep":
            features.append(f"pr:{lemma}|{child.lower_}")
        elif cdep in SUBJECT_DEPS and subject is None:
            subject = child
        elif cdep == "poss":
            features.append(f"poss:{lemma}|{_subject_kind(child)}")
    if subject is not None:
        kind = _subject_kind(subject)
        features += [f"s:{kind}", f"ls:{lemma}|{kind}"]
        if kind in ("NOUN", "PROPN"):
            features.append(f"sl:{subject.lemma_.lower()}")
    else:
        features.append(f"s:none|{pos}")
    doc = token.doc
    i = token.i
    prev = doc[i - 1].lower_ if i > ctx.start else "<s>"
    after = doc[i + 1].lower_ if i + 1 < ctx.end else "</s>"
    features += [f"pv:{prev}", f"nx:{after}", f"lnx:{lemma}|{after}"]
    if ctx.quotes:
        before = sum(1 for q in ctx.quotes if q < i)
        near = any(abs(q - i) <= 2 for q in ctx.quotes)
        features.append(f"q:{'in' if before % 2 else 'out'}|{'near' if near else 'far'}")
    else:
        features.append("q:none")
    if token.text[:1].isupper() and i != ctx.start:
        features.append(f"cap:{pos}")
    if rule is not None:
        features += [
            "r:cue",
            f"r:l:{lemma}",
            f"r:d:{dep}",
            f"r:len:{min(rule.cue[1] - rule.cue[0], 3)}",
            f"r:src:{rule.source is not None}",
        ]
    else:
        features.append("r:new")
        if i in ctx.rule_content:
            features.append("r:in_content")
        if i in ctx.rule_source:
            features.append("r:in_source")
        if head.i in ctx.rule_cue:
            features.append("r:head_cue")
        if any(c.i in ctx.rule_cue for c in token.children):
            features.append("r:child_cue")
    return features


def cue_items(sent: Span, found: Sequence[AttributionSpan], cues: ReportingCues) -> list[CueItem]:
    """The tokens of a sentence to decide about, with their features, given the rules'
    attributions ``found``: every rule cue, and every candidate token outside them."""
    ctx = _context(sent, found, cues)
    items = [
        CueItem(sent.doc[a.cue[0]], cue_features(sent.doc[a.cue[0]], cues, ctx, a), a)
        for a in found
    ]
    for token in sent:
        if token.i in ctx.rule_cue:
            continue
        if token.pos_ in CANDIDATE_POS or token.lower_ in CANDIDATE_WORDS:
            items.append(CueItem(token, cue_features(token, cues, ctx, None), None))
    return items


def proposal(token: Token, cues: ReportingCues) -> AttributionSpan:
    """A new cue at ``token`` with its source and content found by the rules' span code."""
    source = proposed_source(token, cues)
    content = _content_of(token, cues, nominal=True) if token.pos_ == "VERB" else None
    return AttributionSpan(
        cue=(token.i, token.i + 1),
        source=source_extent(source, token) if source is not None else None,
        content=content,
    )


def proposed_source(token: Token, cues: ReportingCues) -> Token | None:
    """Who holds the statement a new cue names: a verb's subject (or the one it inherits),
    a passive verb's "by" phrase only, as the rules read it; a noun's possessor, its own
    subject (a verb the tagger took for a noun: "The candidate plans to ...") or the
    subject of the verb it hangs on ("issued a statement", "in a statement"); a stance
    adjective's subject; the noun after "according to"."""
    if token.lower_ == "according":
        prep = next((c for c in token.children if c.dep_ == "prep"), None)
        return object_of_cue(prep) if prep is not None else None
    if token.text == ":":
        return None
    felt = object_experiencer(token, cues.experiencer_object_verbs)
    if felt is not None:
        return felt  # "That worries environmentalists": who feels it
    node = token
    if token.pos_ == "NOUN":
        holder = noun_holder(token)
        if holder is not None:
            return holder
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject  # "The candidate plans to ...": a verb the tagger took for a noun
        for _ in range(3):  # up to the verb the noun hangs on
            if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
                break
            node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return None
    elif token.pos_ == "ADJ" and token.dep_ in ("acomp", "amod"):
        node = token.head
    reporter = _coordinated_reporter(token, cues)
    if reporter is not None:
        node = reporter
    if node.pos_ == "VERB" and passive_participle(node):
        return agent_of(node)  # "was called a betrayal by X", as the rules read it
    source = (
        speaker_of(node, cues) or inherited_source(node, cues=cues) or _share_subject(node, cues)
    )
    if source is not None and source.lower_ in RELATIVE_PRONOUNS and source.head.dep_ == "relcl":
        source = source.head.head
    return source


def _coordinated_reporter(token: Token, cues: ReportingCues) -> Token | None:
    """The reporting verb a subjectless new cue is coordinated with in meaning though the
    parser hung it inside that verb's reported clause: "He said the plan works and
    [added] that ...", "Trump insisted that he won, [claiming] ...". The cue (a conjunct
    or participle without a subject of its own) hangs on the head of a that-clause whose
    governor is a reporting verb; the source is that verb's, not the reported clause's
    subject."""
    if token.pos_ != "VERB" or token.dep_ not in ("conj", "advcl"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    host = token.head
    governor = host.head
    if host.dep_ != "ccomp" or governor.pos_ not in ("VERB", "AUX"):
        return None
    return governor if cues.stance(governor) is not None else None


@dataclass(frozen=True, slots=True)
class CueDetector:
    """Weights over :func:`cue_features` and the two decision thresholds."""

    weights: dict[str, float]
    bias: float
    add_threshold: float
    veto_threshold: float
    meta: dict[str, Any] | None = None

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> CueDetector:
        return _load(str(path))

    def probability(self, features: Iterable[str]) -> float:
        weights = self.weights
        score = self.bias + sum(weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def revise(
        self, sent: Span, found: Sequence[AttributionSpan], cues: ReportingCues
    ) -> list[AttributionSpan]:
        """The rules' attributions of a sentence without the vetoed ones, plus new cues
        (:func:`decide`)."""
        items = cue_items(sent, found, cues)
        probs = [self.probability(item.features) for item in items]
        proposals: dict[int, AttributionSpan] = {}

        def quoted(k: int) -> bool:
            proposals[k] = proposal(items[k].token, cues)
            return left_to_outer(proposals[k], found, sent.doc, cues)

        order = decide(
            [item.choice() for item in items],
            probs,
            self.add_threshold,
            self.veto_threshold,
            quoted,
        )
        return [rule if (rule := items[k].rule) is not None else proposals[k] for k in order]

    def governing_cue(
        self, head: Token, cues: ReportingCues, *, max_steps: int = 3
    ) -> Token | None:
        """The word above a clause head that the detector takes for the cue reporting it.

        Walks up from ``head`` through clause and object relations (:data:`GOVERNED_DEPS`)
        to the nearest verb at most, scoring each candidate word on the way with the same
        features and thresholds as :meth:`revise`: a word in a cue the rules of
        :func:`~.attribution_spans.find_attributions` found ("voiced confidence that",
        "Smith's assurance that") gives that cue, which stands when its probability reaches
        ``veto_threshold``; any other word stands when it reaches ``add_threshold``. The
        rules of the sentence are run once per sentence (cached).
        """
        node = head
        for _ in range(max_steps):
            parent = node.head
            if parent.i == node.i or node.dep_ not in GOVERNED_DEPS:
                return None
            if parent.pos_ in CANDIDATE_POS or parent.lower_ in CANDIDATE_WORDS:
                found, ctx = _sentence_rules(parent.sent, cues)
                # a word inside a rule's cue ("voiced [confidence] that"): that cue decides
                rule = next((a for a in found if a.cue[0] <= parent.i < a.cue[1]), None)
                cue = parent.doc[rule.cue[0]] if rule is not None else parent
                p = self.probability(cue_features(cue, cues, ctx, rule))
                if p >= (self.veto_threshold if rule is not None else self.add_threshold):
                    return cue
            if parent.pos_ in ("VERB", "AUX"):
                return None
            node = parent
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "what": "pledgewatch attribution-cue detector (commitments/cue_detector.py)",
            "bias": round(self.bias, 5),
            "add_threshold": self.add_threshold,
            "veto_threshold": self.veto_threshold,
            "weights": {f: round(w, 5) for f, w in sorted(self.weights.items())},
            "meta": self.meta or {},
        }


#: the last sentence whose rules :meth:`CueDetector.governing_cue` ran: (its doc, span and
#: cues, the result); the doc is held, so its id is not reused. The grader asks once per
#: event, often several in a sentence. Replaced as one tuple, so threads sharing a process
#: never read one sentence's key with another's result.
_last_sentence: tuple[Any, int, int, ReportingCues, Any] | None = None


def _sentence_rules(
    sent: Span, cues: ReportingCues
) -> tuple[list[AttributionSpan], _SentenceContext]:
    global _last_sentence
    last = _last_sentence
    if (
        last is not None
        and last[0] is sent.doc
        and (last[1], last[2]) == (sent.start, sent.end)
        and last[3] is cues
    ):
        return last[4]
    found = find_attributions(sent, cues)
    value = (found, _context(sent, found, cues))
    _last_sentence = (sent.doc, sent.start, sent.end, cues, value)
    return value


@functools.lru_cache(maxsize=2)
def _load(path: str) -> CueDetector:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return CueDetector(
            weights={str(f): float(w) for f, w in data["weights"].items()},
            bias=float(data["bias"]),
            add_threshold=float(data["add_threshold"]),
            veto_threshold=float(data["veto_threshold"]),
            meta=data.get("meta"),
        )
    except (OSError, ValueError, KeyError, AttributeError) as exc:
        raise ConfigError(
            f"cannot read the attribution-cue model ({exc}); retrain it with "
            "benchmarks/train_attribution.py",
            path=path,
        ) from exc
