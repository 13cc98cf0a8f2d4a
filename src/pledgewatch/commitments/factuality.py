"""Hedges and factuality: is a sentence uncertain, how certain is an event, how committed a speaker.

Three readings built on the cue file ``hedge_cues.yaml``:

* :func:`uncertainty_cues` / :func:`is_uncertain`: the hedge cues of a sentence (epistemic
  modals, belief and appearance verbs, speculation adverbs, conditions, open questions);
* :func:`event_factuality`: the factuality of the event a word names, on the -3..+3 scale
  (+3 = presented as certainly happened, 0 = uncertain, -3 = certainly did not), from the
  modals, negation, conditions and embedding verbs around it;
* :func:`speaker_commitment`: how far the speaker stands behind the complement of a
  clause-embedding verb ("I don't think that ..." commits to its falsity, "he didn't notice
  that ..." still to its truth).

The commitment grader reads strength from its own cue files; these readings serve the
accuracy benchmarks (hedge, factuality and commitment corpora) and any caller that wants a
number for how certain a statement is.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from pledgewatch.commitments.lexicon import (
    CueLexicon,
    CueMatch,
    CuePhrase,
    data_path,
    load_yaml,
)

CLAUSE_MARKS_CONDITION = frozenset({"if", "unless"})
FIRST_PERSON = frozenset({"i", "we"})
MAX_HOPS = 4


@dataclass(frozen=True, slots=True)
class FactualityCues:
    """The compiled hedge and factuality lexicon."""

    uncertainty: CueLexicon
    context_modals: frozenset[str]
    values: dict[str, float]
    words: dict[str, frozenset[str]]
    commitment: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> FactualityCues:
        return _load(str(path))

    @classmethod
    def default(cls) -> FactualityCues:
        return cls.load(data_path("hedge_cues.yaml"))

    def value(self, name: str) -> float:
        return float(self.values[name])


@functools.lru_cache(maxsize=4)
def _load(path: str) -> FactualityCues:
    data = load_yaml(path)
    lists = {str(k): [str(p) for p in v or []] for k, v in (data.get("uncertainty") or {}).items()}
    word_lists = (
        "modal_weak", "modal_deontic", "future", "intention", "expectation", "belief",
        "speculation", "negators", "cancellers", "near_miss", "implicative", "change",
    )  # fmt: skip
    return FactualityCues(
        uncertainty=CueLexicon.from_lists(lists),
        context_modals=frozenset(str(m) for m in data.get("context_modals") or []),
        values={str(k): float(v) for k, v in (data.get("factuality") or {}).items()},
        words={k: frozenset(str(w).lower() for w in data.get(k) or []) for k in word_lists},
        commitment=dict(data.get("speaker_commitment") or {}),
    )


# -- sentence-level hedges ----------------------------------------------------------------


def uncertainty_cues(sent: Span, cues: FactualityCues) -> list[CueMatch]:
    """The hedge cues of a sentence.

    Condition words count when they open a clause; "would"/"could"/"should" count only in a
    sentence that has a condition or another hedge (not as past habit or ability).
    """
    found = []
    for match in cues.uncertainty.find(sent):
        first = match.tokens[0]
        opens_clause = first.dep_ in ("mark", "advmod", "prep", "csubj", "ROOT")
        if match.label == "condition" and not (opens_clause or first.lower_ == "if"):
            continue
        found.append(match)
    conditional_or_hedged = bool(found)
    for token in sent:
        in_context = token.tag_ == "MD" and token.lower_ in cues.context_modals
        covered = any(m.start <= token.i < m.end for m in found)
        if in_context and conditional_or_hedged and not covered:
            found.append(CueMatch(CuePhrase.parse(token.lower_, "modal"), (token,)))
    return sorted(found, key=lambda m: m.start)


def is_uncertain(sent: Span, cues: FactualityCues) -> bool:
    """True when a sentence has at least one hedge cue."""
    return bool(uncertainty_cues(sent, cues))


# -- event factuality -----------------------------------------------------------------------


@dataclass(slots=True)
class FactualityReading:
    """The factuality of an event word and the cues that set it."""

    score: float
    negated: bool = False
    cues: list[str] = field(default_factory=list)


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _base_lemma(token: Token) -> str:
    """The lemma of the last part of a hyphenated word ("now-cancelled" -> cancel)."""
    lemma = _lemma(token)
    if "-" not in lemma:
        return lemma
    last = lemma.rsplit("-", 1)[-1]
    for suffix in ("led", "ed", "d"):  # the tagger leaves hyphenated participles whole
        if last.endswith(suffix) and len(last) > len(suffix) + 2:
            return last[: -len(suffix)]
    return last


class _Reader:
    """Collects the cue values on the path from an event word up its governing words."""

    def __init__(self, cues: FactualityCues) -> None:
        self.cues = cues
        self.values: list[float] = []
        self.notes: list[str] = []
        self.negations = 0

    def add(self, name: str, why: str) -> None:
        self.values.append(self.cues.value(name))
        self.notes.append(f"{name}: {why}")

    def negate(self, why: str) -> None:
        self.negations += 1
        self.notes.append(f"negation: {why}")

    def words(self, name: str) -> frozenset[str]:
        return self.cues.words[name]

    def local(self, node: Token, *, own: bool) -> None:
        """Cues attached to one word: auxiliaries, negation, adverbs, condition marks.

        Negation counts only on the event word itself (``own``); on a word above it, it
        is read by :meth:`governor` according to the relation.
        """
        for child in node.children:
            lower, lemma = child.lower_, _lemma(child)
            if own and (child.dep_ == "neg" or (child.dep_ == "det" and lower == "no")):
                self.negate(child.text)
            elif own and child.dep_ == "advmod" and lower in self.words("near_miss"):
                self.negate(child.text)  # "nearly broke the record": it did not
            elif child.dep_ == "mark" and lower == "whether":
                self.add("speculation", child.text)
            elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                self._modal(lower, child.text)
            elif child.dep_ in ("advmod", "amod") and lemma in self.words("speculation"):
                self.add("speculation", child.text)
            elif child.dep_ in ("advmod", "amod") and lemma in self.words("belief"):
                self.add("belief", child.text)
            elif child.dep_ == "mark" and lower in CLAUSE_MARKS_CONDITION:
                self.add("conditional", child.text)
            elif child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS_CONDITION for m in child.children
            ):
                self.add("condition_result", f"result of a condition on {node.text}")

    def _modal(self, lower: str, text: str) -> None:
        if lower in self.words("modal_weak"):
            self.add("modal_weak", text)
        elif lower in self.words("modal_deontic"):
            self.add("modal_deontic", text)
        elif lower in self.words("future"):
            self.add("future", text)
        elif lower in ("would", "'d"):
            self.add("would", text)

    def governor(self, node: Token, parent: Token) -> None:
        """The cue of the word governing ``node`` through their relation."""
        dep, lemma = node.dep_, _lemma(parent)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if any(c.dep_ == "neg" for c in parent.children) and dep in ("xcomp", "ccomp", "dobj"):
            self.add("negated_governor", f"negated {parent.text}")
        if lemma in self.words("negators") and dep == "xcomp":
            self.negate(parent.text)
        elif lemma in self.words("cancellers") and dep in ("dobj", "nsubjpass", "xcomp"):
            self.add("cancelled", parent.text)  # "cancelled the deal", "the flight was delayed"
        elif lemma in self.words("intention") and dep in ("xcomp", "ccomp"):
            self.add("intention", parent.text)
        elif lemma in self.words("intention") and dep == "dobj" and node.pos_ == "NOUN":
            # an event noun as the object: "negotiated the purchase", "proposed a ban"
            self.add("intention_object", parent.text)
        elif lemma in self.words("expectation") and dep in ("xcomp", "ccomp", "nsubjpass"):
            self.add("expectation", parent.text)
        elif lemma in self.words("belief") and dep in ("ccomp", "xcomp"):
            self.add("belief", parent.text)
        elif lemma in self.words("speculation") and dep in ("ccomp", "xcomp", "pobj", "dobj"):
            self.add("speculation", parent.text)
        elif lemma in self.words("implicative") and dep in ("xcomp", "ccomp"):
            pass  # "began to fly", "managed to land", "committed to support": it happens
        elif (
            infinitive
            and dep == "advcl"
            and lemma in self.words("change")
            and parent.tag_ in ("VBD", "VBN", "VBZ")
        ):
            pass  # a result, not a purpose: "shares fell 5% to close at 310"
        elif infinitive and dep in ("xcomp", "advcl", "acl"):
            self.add("infinitive", f"to {node.text}")


#: Relations through which an event word inherits the modality of the word above it.
PASS_THROUGH = frozenset({"amod", "compound", "nmod", "poss", "prep", "nummod", "appos", "conj"})
#: Relations that end the climb after reading the governing word (a new clause above).
CLAUSE_TOP = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"})


def _cancels_noun(child: Token, cues: FactualityCues) -> bool:
    """A modifier that calls off the noun it modifies: "the now-cancelled deal", or a
    participle after it without an auxiliary ("test flight delayed after accident")."""
    if _base_lemma(child) not in cues.words["cancellers"]:
        return False
    if child.dep_ == "amod":
        return True
    participle = child.dep_ == "acl" and child.tag_ == "VBN" and child.i > child.head.i
    return participle and not any(c.dep_ in ("aux", "auxpass") for c in child.children)


def event_factuality(token: Token, cues: FactualityCues) -> FactualityReading:
    """The factuality (-3..+3) of the event that ``token`` names.

    The lowest value among the cues on the path from the word up its governing words wins
    (modals, intention and belief verbs, conditions, questions); a negation of the word
    itself, or a negating governor ("failed to", "refused to"), flips the sign.
    """
    reader = _Reader(cues)
    reader.local(token, own=True)
    for child in token.children:
        if _cancels_noun(child, cues):
            reader.add("cancelled", child.text)  # "the now-cancelled deal", "flight delayed"
    node = token
    for _ in range(MAX_HOPS):
        parent = node.head
        if parent.i == node.i:
            break
        if node.dep_ in ("pobj",) and parent.dep_ == "prep" and parent.head.i != parent.i:
            noun = parent.head
            for name in ("speculation", "intention"):
                if _lemma(noun) in cues.words[name]:
                    reader.add(name, noun.text)  # "fears of recession", "hopes of recovery"
            if _lemma(noun) in cues.words["cancellers"] and noun.pos_ in ("NOUN", "PROPN"):
                # "a delay in delivery"; not "delayed after the accident": the accident
                # happened
                reader.add("cancelled", noun.text)
            node = noun
            continue
        if (
            node.dep_ == "nsubj"
            and parent.tag_ == "VBN"
            and _lemma(parent) in cues.words["cancellers"]
            and not any(c.dep_ in ("aux", "auxpass") for c in parent.children)
        ):
            reader.add("cancelled", parent.text)  # headline passive: "test flight delayed"
            break
        if node.dep_ in ("nsubj", "expl"):
            break  # a subject's event does not take its verb's modality
        if node.dep_ == "amod" and _lemma(node) in cues.words["cancellers"]:
            break
        if node.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in node.children
        ):
            break  # a conjoined clause with its own subject or auxiliary
        if node.dep_ not in PASS_THROUGH:
            reader.governor(node, parent)
        if node.dep_ in ("relcl", "acl") and any(
            c.i != node.i and _cancels_noun(c, cues) for c in parent.children
        ):
            reader.add("cancelled", parent.text)  # "the cancelled deal to lease jets"
        if node.dep_ in ("advcl", "relcl", "acl", "parataxis", "nsubjpass"):
            break  # a clause of its own: the modality of the clause above is not its own
        reader.local(parent, own=node.dep_ in ("acomp", "attr"))
        if node.dep_ in CLAUSE_TOP:
            break
        node = parent
    if token.sent.text.rstrip().endswith("?"):
        reader.add("question", "question mark")
    score = min([cues.value("default"), *reader.values])
    negated = reader.negations % 2 == 1
    if negated:
        score = -score * cues.value("negation_scale")
    return FactualityReading(score=score, negated=negated, cues=reader.notes)


# -- speaker commitment ---------------------------------------------------------------------


def _operators(verb: Token) -> set[str]:
    ops: set[str] = set()
    heads = [verb]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        heads.append(verb.head)
    for head in heads:
        for child in head.children:
            if child.dep_ == "neg":
                ops.add("negation")
            elif child.tag_ == "MD" and child.lower_ not in ("will", "'ll", "wo", "shall"):
                ops.add("modal")
    node: Token | None = verb
    for _ in range(3):
        if node is None:
            break
        if any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS_CONDITION for c in node.children):
            ops.add("conditional")
        node = node.head if node.head.i != node.i else None
    if verb.sent.text.rstrip().endswith("?") or any(
        c.dep_ == "aux"
        and c.i < verb.i
        and any(s.dep_ == "nsubj" and s.i > c.i for s in verb.children)
        for c in verb.children
    ):
        ops.add("question")
    return ops


def speaker_commitment(sent: Span, verb_lemma: str, cues: FactualityCues) -> float:
    """How far the speaker is committed (-3..+3) to the complement of ``verb_lemma``.

    Args:
        sent: the sentence with the clause-embedding verb.
        verb_lemma: the embedding verb ("think", "know").
    """
    config = cues.commitment
    values = {str(k): float(v) for k, v in (config.get("values") or {}).items()}
    verb = next((t for t in sent if _lemma(t) == verb_lemma.lower()), None)
    if verb is None:
        return values["default"]
    ops = _operators(verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first_person = subject is not None and subject.lower_ in FIRST_PERSON
    present = verb.tag_ in ("VBP", "VBZ", "VB") or any(
        c.lower_ in ("do", "does") for c in verb.children
    )
    lemma = verb_lemma.lower()
    if lemma in config.get("counterfactive", []):
        return values["counterfactive"]
    if lemma in config.get("factive", []):
        return values["factive_negated"] if "negation" in ops else values["factive"]
    if "negation" in ops and lemma in config.get("neg_raising", []):
        if first_person and present:
            return values["neg_raising_negated_first_person"]
        return values["neg_raising_negated"]
    for op in ("negation", "conditional", "question", "modal"):
        if op in ops:
            return values["negated" if op == "negation" else op]
    return values["default"]
