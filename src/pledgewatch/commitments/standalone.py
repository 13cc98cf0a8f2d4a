"""Commitments without the event coder: find promise triggers in a parse, build findings.

The grader works on :class:`EventFinding` records from the event coder. Tests, the
benchmarks (promise detection in reports that name no state actors) and quick looks at a
sentence need the same input without running the coder: :func:`commitment_triggers` finds
the words that carry a commitment (a promise/offer/agree/refuse verb, or a verb under
"will"/"shall"), and :func:`finding_for` wraps one of them into an ``EventFinding``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.clause import find_clause
from pledgewatch.commitments.lexicon import CueLexicon, data_path, load_yaml
from pledgewatch.errors import InputError
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Event, Modality

#: Auxiliaries that put a verb in the future or the possible: a commitment, firm or hedged.
MODAL_AUX = frozenset({"will", "shall", "'ll", "wo", "sha", "would", "'d", "could", "may", "might"})


def commitment_verbs() -> dict[str, str]:
    """Verbs that carry a commitment of their own (lemma -> CAMEO code), from the data file."""
    return _commitment_verbs(str(data_path("strength_cues.yaml")))


@functools.lru_cache(maxsize=4)
def _commitment_verbs(path: str) -> dict[str, str]:
    return {str(k): str(v) for k, v in (load_yaml(path).get("commitment_verbs") or {}).items()}


def commitment_triggers(sent: Span) -> list[Token]:
    """Words of a sentence that carry a commitment, outermost first.

    A verb of promising (:func:`commitment_verbs`) or a verb with a future or modal
    auxiliary ("will", "would", "could", "may", "might"); a verb
    whose own head is already a trigger ("agreed to halt") is not repeated.
    """
    verbs = commitment_verbs()
    found: list[Token] = []
    for token in sent:
        lemma = token.lemma_.lower()
        # headline grammar: "Pyongyang pledges to return ..." is parsed as a plural noun
        headline_verb = token.dep_ == "ROOT" and token.tag_ == "NNS" and lemma in verbs
        if token.pos_ not in ("VERB", "AUX") and not headline_verb:
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in token.children)
        if lemma in verbs or modal:
            found.append(token)
    kept = []
    for token in found:
        ancestors = set(token.ancestors)
        if any(other in ancestors and token.dep_ in ("xcomp", "conj", "pcomp") for other in found):
            continue
        kept.append(token)
    return kept


def finding_for(
    sent: Span,
    trigger: Token | str | int,
    *,
    source: ActorMention | None = None,
    target: ActorMention | None = None,
    cameo: str | None = None,
    modality: Modality = "asserted",
    doc_id: str = "doc",
    sentence_index: int = 0,
    n: int = 0,
    date: dt.date | None = None,
) -> EventFinding:
    """Wrap a trigger of a parsed sentence into an :class:`EventFinding`.

    Args:
        sent: the sentence (a span of a parsed Doc).
        trigger: the trigger token, its doc index, or the first word of the sentence
            with this text (case-insensitive) or lemma.
        source, target: actor mentions (doc-level token indices).
        cameo: the event's CAMEO code (default: from the trigger verb, else "030").
    """
    token = _resolve_trigger(sent, trigger)
    code = cameo or commitment_verbs().get(token.lemma_.lower(), "030")
    sentence_id = f"{doc_id}:{sentence_index}"
    event = Event(
        id=f"{sentence_id}:{n}",
        doc_id=doc_id,
        sentence_id=sentence_id,
        date=date,
        date_precision="day" if date else "unknown",
        source=source.code if source else None,
        target=target.code if target else None,
        cameo=code,
        modality=modality,
        source_text=source.text if source else None,
        target_text=target.text if target else None,
        action_text=token.text,
        evidence=sent.text,
        evidence_start=sent.start_char,
        evidence_end=sent.end_char,
        why="standalone: commitment trigger",
    )
    return EventFinding(event=event, sent=sent, trigger=token, source=source, target=target)


def _resolve_trigger(sent: Span, trigger: Token | str | int) -> Token:
    if isinstance(trigger, Token):
        return trigger
    if isinstance(trigger, int):
        return sent.doc[trigger]
    wanted = trigger.lower()
    for token in sent:
        if token.lower_ == wanted or token.lemma_.lower() == wanted:
            return token
    raise InputError(f"no word {trigger!r} in sentence {sent.text!r}; name a word of the sentence")


def parse_with_headline(nlp: Language, body: str, title: str | None = None) -> Doc:
    """Parse ``title`` and ``body`` as :attr:`Document.coding_text` ("title\\n\\nbody").

    The headline is parsed on its own, so it is always a sentence of its own (a headline
    has no final full stop for the sentence splitter to see); character offsets match
    ``coding_text``, so the headline ends at ``len(title)``.
    """
    if not title:
        return nlp(body)
    return Doc.from_docs([nlp(f"{title}\n\n"), nlp(body)], ensure_whitespace=False)


def mentions_for_names(doc: Doc, names: Iterable[tuple[str, str]]) -> list[ActorMention]:
    """Actor mentions for every occurrence of the given (code, words) pairs in ``doc``.

    A stand-in for the actor matcher where a sentence's actors are known (tests, quick
    looks); longer names win where two overlap ("North Korea's Foreign Ministry" over
    "North Korea").
    """
    found: list[ActorMention] = []
    taken: set[int] = set()
    for code, words in sorted(names, key=lambda pair: -len(pair[1])):
        for match in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken |= set(range(span.start, span.end))
            found.append(ActorMention(code, span.text, span.start, span.end, f"name {words!r}"))
    return sorted(found, key=lambda m: m.start)


def standalone_findings(
    doc: Doc,
    mentions: Sequence[ActorMention] = (),
    *,
    doc_id: str = "doc",
    date: dt.date | None = None,
) -> list[EventFinding]:
    """Findings for every commitment trigger of ``doc``; the source is the clause subject."""
    findings = []
    for index, sent in enumerate(doc.sents):
        for n, trigger in enumerate(commitment_triggers(sent)):
            subject = find_clause(trigger).subject
            source = mention_for(subject, mentions) if subject is not None else None
            findings.append(
                finding_for(
                    sent,
                    trigger,
                    source=source,
                    doc_id=doc_id,
                    sentence_index=index,
                    n=n,
                    date=date,
                )
            )
    return findings


@functools.lru_cache(maxsize=4)
def _statement_lexicon(path: str) -> CueLexicon:
    items = load_yaml(path).get("commitment_statements") or []
    return CueLexicon.from_lists({"commitment": [str(i) for i in items]})


@functools.lru_cache(maxsize=4)
def _self_report_subjects(path: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml(path).get("self_report_subjects") or [])


#: Auxiliaries of the present and the perfect ("we are expanding", "we have built").
PRESENT_AUXILIARIES = frozenset({"have", "are", "'ve", "'re", "do"})


def reports_own_practice(sent: Span, subjects: frozenset[str]) -> bool:
    """True when an organisation speaks for itself about what it does or has done: a
    self-report subject ("we") of a verb in the present or the perfect ("we track our
    water use", "we have built a programme"), not a past narrative ("we launched it")."""
    for token in sent:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in subjects:
            continue
        verb = token.head
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBP", "VB") or any(a.lower_ in PRESENT_AUXILIARIES for a in auxiliaries):
            return True
    return False


def contains_commitment(doc: Doc | Span) -> bool:
    """True when a passage states a commitment: a commitment trigger ("will", "agreed to",
    "pledged"), a commitment phrase of organisational prose ("we aim to", "our target"),
    or an organisation reporting its own practice (:func:`reports_own_practice`).
    """
    path = str(data_path("strength_cues.yaml"))
    lexicon = _statement_lexicon(path)
    subjects = _self_report_subjects(path)
    sents = list(doc.sents) if isinstance(doc, Doc) else [doc]
    return any(
        commitment_triggers(sent) or lexicon.find(sent) or reports_own_practice(sent, subjects)
        for sent in sents
    )
