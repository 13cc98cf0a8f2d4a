"""The key words of a promise on no taxonomy topic: its act and the act's object.

A commitment whose words match no topic falls back to ``other`` with the promised action's
words as its ``topic_text`` (what users read). The ledger keyed such a promise by a slug of
those words, so one promise told in different words split ("we not reward north korea",
"washington not reward pyongyang") and a slug could lose the act ("it would keep supporting
North Korea" kept "north korea"). :func:`generic_key` reads the key from the parse instead: the
lemma of the promised verb (with its particle) and its object, the object as the code of the
actor it names (``@PRKGOV``: the ledger drops the promisor's own and writes the others as
their country, :func:`pledgewatch.ledger.generic_slugs.generic_slug`); a pronoun object is left
out, and so are time words, hedges, negation and fillers, which are no part of the act (the
status carries a refusal). The words that find the act are in
``data/commitments/generic_keys.yaml``. A promise named as a noun and retold with nothing said
of its content ("the commitments that North Korea made") is :data:`UNSPECIFIED`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.model import ActorMention
from pledgewatch.nlp.pipeline import DEFAULT_MODEL, load_pipeline
from pledgewatch.yaml_lists import word_sets

GENERIC_KEYS_FILE = "generic_keys.yaml"
#: The key of a retold promise that says nothing of what was promised.
UNSPECIFIED = "unspecified"
#: Marks an actor code among the key words (the ledger resolves it against the promisor).
ACTOR_MARK = "@"
_OBJECT_DEPS = ("dobj", "attr", "oprd", "nsubjpass")
_INFINITIVE_DEPS = ("xcomp", "ccomp", "acl", "relcl", "advcl")
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class KeyWords:
    """The lists of ``generic_keys.yaml`` (lemmas, lower case)."""

    promise_verbs: frozenset[str]
    aspect_verbs: frozenset[str]
    means_nouns: frozenset[str]
    retold_nouns: frozenset[str]
    empty_verbs: frozenset[str]
    time_words: frozenset[str]
    circumstance_phrases: frozenset[str]


@functools.lru_cache(maxsize=1)
def key_words() -> KeyWords:
    """The shipped lists, read once; a missing or malformed list is a :class:`ConfigError`."""
    return word_sets(KeyWords, data_path(GENERIC_KEYS_FILE))


def _lemma(token: Token) -> str:
    """The act's word: a verb's lemma; a nominal act in "-ing" ("trust-building") as its verb
    ("build"), so that it keys with the verb's own telling."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN") and lemma.endswith("ing") and len(lemma) >= 6:
        stem = lemma[:-3]
        # the verb the model knows: "stopping" -> stop, "making" -> make, "visiting" -> visit
        undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
        known = _verb_lemmas()
        for verb in (undoubled, stem, stem + "e"):
            if verb in known:
                return verb
        return undoubled
    return lemma


@functools.lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The verbs of the English model's lemmatizer index (the default English pipeline,
    shared through load_pipeline's cache with the coder, which loads the same model);
    empty where the model has none, which leaves "-ing" nouns merely stripped."""
    try:
        lemmatizer = load_pipeline(DEFAULT_MODEL).get_pipe("lemmatizer")
        return frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError):
        return frozenset()


def _infinitive(token: Token) -> Token | None:
    """The to-infinitive (or bare complement) a word governs: "agreed [to study]"."""
    for child in token.children:
        if (
            child.dep_ in _INFINITIVE_DEPS
            and child.pos_ in ("VERB", "AUX")
            and (
                child.dep_ == "xcomp"
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            )
        ):
            return child
    return None


def _of_phrase(token: Token) -> Token | None:
    """The object of a noun's "of" phrase: "a policy of [trust-building]"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _object(act: Token) -> Token | None:
    """The act's object: its direct object, else the object of its first preposition that
    names no time ("agreed on Friday on a plan": the plan)."""
    found = next((c for c in act.children if c.dep_ in ("dobj", "attr", "oprd")), None)
    if found is not None and _twice_told(found):
        # "build trust step by step", parsed with "step" as the object: the way, not the
        # object; the object is the word it took for its compound ("trust")
        found = next((c for c in found.children if c.dep_ == "compound"), None)
    if found is not None:
        return found
    for child in act.children:
        if child.dep_ == "prep":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and not _names_time(pobj) and not _circumstance(pobj):
                return pobj
    return None


def _circumstance(token: Token) -> bool:
    """ "at the [request] of Chile", "in [exchange] for aid": why or how, no object of the act."""
    phrase = f"{token.head.lower_} {token.lemma_.lower()}"
    return token.dep_ == "pobj" and phrase in key_words().circumstance_phrases


def _hung_on_circumstance(act: Token) -> Token | None:
    """The to-infinitive the parse hung on a circumstance of ``act`` ("agreed at the request of
    Chile [to reopen] the border"): the promised act."""
    for child in act.children:
        if child.dep_ != "prep":
            continue
        for pobj in child.children:
            if pobj.dep_ == "pobj" and _circumstance(pobj):
                inner = _infinitive(pobj)
                if inner is not None:
                    return inner
    return None


def _twice_told(token: Token) -> bool:
    """ "step by step", "day by day": a noun followed by "by" and itself is a way of acting."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].lower_ == "by"
        and doc[token.i + 2].lower_ == token.lower_
    )


def _names_time(token: Token) -> bool:
    """ "Friday", "the middle of next year": a time, no object of the act."""
    return token.ent_type_ in _TIME_ENTITIES or token.lemma_.lower() in key_words().time_words


def _object_actors(obj: Token, mentions: Sequence[ActorMention]) -> list[str]:
    """The actors the object's own phrase names, as key words: "relations [with Peru]",
    "[Syria's] chemical weapons"; not a name that only qualifies the object's noun ("the
    [U.N. Security Council] resolution": a compound)."""
    found: list[str] = []
    for child in obj.children:
        if child.dep_ not in ("poss", "prep"):
            continue
        for token in child.subtree:
            word = _word(token, mentions) if code_at(token, mentions) else None
            if word is not None and word.startswith(ACTOR_MARK) and word not in found:
                found.append(word)
    return found


def _act(start: Token, mentions: Sequence[ActorMention]) -> Token | None:
    """The promised act from the commitment's trigger; None for a retold promise that names
    no content."""
    words = key_words()
    act = start
    if start.dep_ == "relcl" and start.head.lemma_.lower() in words.retold_nouns:
        act = start.head  # "the promise [that Pyongyang made]": the promise is what is told
    for _ in range(8):  # a chain of promising, trying, means: "agreed to try to set up ..."
        lemma = act.lemma_.lower()
        if lemma in words.empty_verbs:
            attr = next((c for c in act.children if c.dep_ in ("attr", "acomp")), None)
            if attr is None:
                return act
            act = attr
            continue
        if lemma in words.aspect_verbs or lemma in words.promise_verbs:
            inner = _infinitive(act)
            if inner is None and lemma in words.promise_verbs and act.pos_ in ("VERB", "AUX"):
                # "promised a policy of ...", "agreed on a plan": the object is what is promised
                inner = _object(act)
                if inner is not None and code_at(inner, mentions) is not None:
                    inner = None  # "agreed with Peru": a party, not the act
                if inner is None:
                    inner = _hung_on_circumstance(act)
                if inner is None and not any(
                    c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") for c in act.children
                ):
                    return None  # "agreed, at Chile's request": no content told
            if inner is not None:
                act = inner
                continue
        if lemma in words.means_nouns and act.pos_ == "NOUN":
            inner = _infinitive(act) or _of_phrase(act)
            if inner is not None:
                act = inner
                continue
        if lemma in words.retold_nouns and act.pos_ == "NOUN":
            inner = _infinitive(act) or _of_phrase(act)
            if inner is None:
                return None
            act = inner
            continue
        obj = _object(act) if act.pos_ in ("VERB", "AUX") else None
        if obj is not None and obj.lemma_.lower() in words.means_nouns:
            # "set up a commission to study", "take steps to improve": the purpose is the act
            inner = _infinitive(obj) or _infinitive(act)
            if inner is not None:
                act = inner
                continue
        return act
    return act


def _word(token: Token, mentions: Sequence[ActorMention]) -> str | None:
    """A key word for one token: an actor as its marked code, a pronoun as nothing."""
    code = code_at(token, mentions)
    if code is not None and not code.startswith("---"):
        return ACTOR_MARK + code
    if token.pos_ == "PRON" or token.lower_ in ("that", "which", "who"):
        return None
    return token.lemma_.lower()


def generic_key(start: Token, mentions: Sequence[ActorMention]) -> str:
    """The key words of the promise whose act ``start`` (the trigger, or the clause's head)
    is or leads to: "reward @PRKGOV", "build trust", :data:`UNSPECIFIED` for a retold promise
    that names no content. Words are separated by spaces; ``@`` marks an actor's code."""
    act = _act(start, mentions)
    if act is None:
        return UNSPECIFIED
    found: list[str] = []
    if code_at(act, mentions) is not None:
        # a trigger on a name (an object the coder took for the event's word): the word
        # that governs the name is the act
        act = act.head
    found.append(_lemma(act))
    particle = next((c for c in act.children if c.dep_ == "prt"), None)
    if particle is not None:
        found.append(particle.lower_)
    obj = _object(act) if act.pos_ in ("VERB", "AUX", "ADJ") else None
    if obj is None and act.pos_ == "VERB":
        # "remove or destroy Syria's weapons": the object the coordinated verbs share
        shared = next((c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        obj = _object(shared) if shared is not None else None
    if obj is None and act.pos_ in ("NOUN", "PROPN"):
        # a nominal act's object is its compound or its "of" phrase ("trust-building")
        obj = next((c for c in act.children if c.dep_ == "compound"), None) or _of_phrase(act)
    if obj is not None:
        word = _word(obj, mentions)
        if word is not None:
            found.append(word)
        found.extend(w for w in _object_actors(obj, mentions) if w not in found)
    return " ".join(found)
