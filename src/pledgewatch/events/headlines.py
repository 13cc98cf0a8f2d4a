"""Headlines the small parser reads as one noun phrase get their verb back.

News headlines drop articles and use the present tense, so a verb that is also a plural noun
("fires", "attacks", "sanctions", "protests") is often tagged as a noun: "North Korea fires
artillery" comes out as a compound noun phrase with no verb, and no event. The same words in
the past tense are unambiguous ("North Korea fired artillery"). So for a parsed sentence with no
verb at its root, :func:`restore_headline_verb` finds the first "-s" word after the sentence's first
word whose stem is a lexicon verb, parses the sentence again with that word put in the past
tense, and copies the new parse (heads, dependencies, tags) onto the original tokens, the
candidate word tagged as a present-tense verb (VBZ) with its lemma. The text, token boundaries
and character offsets stay those of the original, so evidence spans are unchanged.

A headline that characterises ("U.S. calls plan provocative", "Seoul calls offer too
vague") drops the article the small parser needs to see "calls" as the verb: it reads "calls
plan" as a noun compound with "plan" as the verb, or "calls" as an auxiliary of "offer".
:func:`restore_characterisation` parses such a sentence again with "the" put back after the
verb of characterisation (a verb with an object-predicate pattern in ``verbs.tsv``: call,
brand, label, dub, term, describe, ...) and, when the verb then has an object and an object
predicate, copies that parse onto the original tokens (the article is left out).

A related misreading has the verb but hangs it in the wrong place: "A newspaper called Monday
on China to ..." is parsed as a noun phrase with "called" as a participle modifier ("a
newspaper [that was] called"). :func:`restore_reduced_relative_verb` makes such a verb the root
and the noun its subject; it is tried first, since it needs no second parse.

A headline lists its subjects with commas ("U.S., North Korea agree to resume search"): the
parser reads the second as an apposition of the first. :func:`restore_subject_list` makes it a
conjunct when the verb agrees with a plural subject (present tense without "-s") while the
first subject is a singular name: a singular name with an apposition would take "agrees". When
the parser instead hangs the first name on the verb as a loose modifier or a second subject
("South Korea, U.S. begin exercise": "Korea" an npadvmod or nsubj), the first name becomes the
subject and the second its conjunct, so both are the doers, as in "South Korea and the United
States began".

A headline drops its copula too: "Iran willing to resume talks" is "Iran is willing to ...", but
the parser reads the adjective as a modifier of the name, the whole headline a noun phrase.
:func:`restore_copula_less_predicate` makes such an adjective of readiness (a lexicon adjective
of a speech-act family, with an infinitive of its own) the predicate and the name its subject;
"Kremlin says North Korea ready to ..." the parser already reads as a clause headed by the
adjective, and the coder takes it as such (``actions``, ``dependency_roles``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pledgewatch.events.actions import PREDICATE_CHILD
from pledgewatch.events.dependency_roles import object_predicate
from pledgewatch.events.lexicon import Lexicon

#: The Doc's ``user_data`` key of the character offset where the story's headline ends.
HEADLINE_END_KEY = "pledgewatch.headline_end"


def mark_headline(doc: Any, headline_end: int) -> None:
    """Record on ``doc`` where its text's headline ends (``DocContext.headline_end``)."""
    doc.user_data[HEADLINE_END_KEY] = headline_end


def in_headline(token: Any) -> bool:
    """Is ``token`` in the headline of its Doc (as :func:`mark_headline` recorded it)?"""
    return bool(token.idx < token.doc.user_data.get(HEADLINE_END_KEY, 0))


#: Tags the parser gives a present-tense verb it mistook for a noun.
NOUN_READINGS = frozenset({"NNS", "NNPS", "NN", "VBZ"})


def restore_headline_verb(
    span: Any, nlp: Any, lexicon: Lexicon, disabled: Iterable[str] = ()
) -> bool:
    """Re-parse ``span`` (a parsed sentence of its Doc) with its likely verb in the past tense
    when its root is no verb; True when the span's parse was replaced."""
    if any(t.dep_ == "ROOT" and (t.pos_ in ("VERB", "AUX") or t.tag_[:2] == "VB") for t in span):
        return False
    if any(t.dep_ == "ROOT" and _copula_less_predicate(t) for t in span):
        return False  # "Seoul ready to resume talks": the adjective is the predicate
    candidate = _verb_candidate(span, lexicon)
    if candidate is None:
        return False
    token, lemma = candidate
    return _reparsed_in_past(span, nlp, lexicon, disabled, token, lemma)


#: Lemmas of auxiliaries that are no modal (the modals are the modality cues' auxiliaries);
#: another verb the parser labels "aux" before a participle is the clause's own verb, misread
#: ("Carter brings freed American home").
_PLAIN_AUXILIARIES = frozenset({"be", "have", "do", "to", "get", "dare", "used"})


def restore_misread_auxiliary(
    span: Any, nlp: Any, lexicon: Lexicon, modals: frozenset[str], disabled: Iterable[str] = ()
) -> bool:
    """Re-parse ``span`` with the past tense of a verb the parser read as the auxiliary of a
    participle after it ("Carter brings freed American home from North Korea" had "freed" as
    its root and "brings" as its auxiliary, so the freeing took "from North Korea" as its
    target); True when the span's parse was replaced. ``modals``: the modal auxiliaries'
    lemmas (modality.yaml's future, hypothetical and recommended auxiliaries)."""
    auxiliaries = _PLAIN_AUXILIARIES | modals
    token = next(
        (
            t
            for t in span
            if t.dep_ == "aux"
            and t.tag_ == "VBZ"
            and t.lemma_.lower() not in auxiliaries
            and t.head.tag_ == "VBN"
        ),
        None,
    )
    if token is None:
        return False
    return _reparsed_in_past(span, nlp, lexicon, disabled, token, token.lemma_.lower())


def _reparsed_in_past(
    span: Any, nlp: Any, lexicon: Lexicon, disabled: Iterable[str], token: Any, lemma: str
) -> bool:
    """Re-parse ``span`` with ``token`` in the past tense; True when it then is the root verb
    and the new parse replaced the span's."""
    words = [t.text for t in span]
    words[token.i - span.start] = _past_tense(lemma, lexicon)
    spaces = [bool(t.whitespace_) for t in span]
    from spacy.tokens import Doc

    reparsed = Doc(nlp.vocab, words=words, spaces=spaces)
    skip = set(disabled)
    for name, component in nlp.pipeline:
        if name not in skip:
            reparsed = component(reparsed)
    verb = reparsed[token.i - span.start]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return False  # the past tense did not help either: keep the first reading
    _copy_parse(span, reparsed)
    token.tag_ = "VBZ"
    token.pos_ = "VERB"
    token.lemma_ = lemma
    return True


def restore_characterisation(
    span: Any, nlp: Any, lexicon: Lexicon, disabled: Iterable[str] = ()
) -> bool:
    """Re-parse a headline of characterisation ("U.S. calls plan provocative") with the article
    its object lacks; True when the span's parse was replaced (see the module docstring)."""
    tokens = list(span)
    for k, token in enumerate(tokens[1:-2], start=1):
        lemma = _characterising_lemma(token, lexicon)
        if lemma is None or tokens[k + 1].pos_ in ("DET", "PRON") or tokens[k + 1].tag_ == "PRP$":
            continue
        if token.pos_ == "VERB" and object_predicate(token) is not None:
            return False  # already read as a characterisation
        words = [t.text for t in tokens]
        spaces = [bool(t.whitespace_) for t in tokens]
        words.insert(k + 1, "the")
        spaces.insert(k + 1, True)
        spaces[k] = True
        from spacy.tokens import Doc

        reparsed = Doc(nlp.vocab, words=words, spaces=spaces)
        skip = set(disabled)
        for name, component in nlp.pipeline:
            if name not in skip:
                reparsed = component(reparsed)
        verb = reparsed[k]
        if not (verb.pos_ == "VERB" and verb.dep_ == "ROOT" and object_predicate(verb) is not None):
            return False
        _copy_parse_without(span, reparsed, k + 1)
        token.lemma_ = lemma
        predicate = object_predicate(token)
        for child in token.children:
            # "calls [Philippine move] illegal": the object, read as a clause or predicate
            if (
                child.dep_ in ("ccomp", "oprd")
                and child.pos_ in ("NOUN", "PROPN")
                and child.i < predicate.i
            ):
                child.dep_ = "dobj"
        return True
    return False


def _characterising_lemma(token: Any, lexicon: Lexicon) -> str | None:
    """The lemma of a present-tense verb of characterisation ("calls", "brands"), or None."""
    lower = token.lower_
    for stem in (lower[:-1] if lower.endswith("s") else "", lower[:-2], lower):
        if stem and any(
            p.child == PREDICATE_CHILD for p in lexicon.patterns("verb", stem) if p.kind == "verb"
        ):
            return stem
    return None


def _copy_parse_without(span: Any, reparsed: Any, inserted: int) -> None:
    """The parse of ``reparsed`` onto ``span``, whose tokens are those of ``reparsed`` less the
    token at (span-relative) position ``inserted``."""
    offset = span.start
    doc = span.doc

    def original(j: int) -> int:
        if j == inserted:  # nothing should hang on the article; if so, on the article's head
            j = reparsed[j].head.i
        return j if j < inserted else j - 1

    for j, new in enumerate(reparsed):
        if j == inserted:
            continue
        token = doc[offset + original(j)]
        token.tag_ = new.tag_
        token.pos_ = new.pos_
        token.lemma_ = new.lemma_
        token.dep_ = new.dep_
        token.head = doc[offset + original(new.head.i)]


def restore_reduced_relative_verb(span: Any, lexicon: Lexicon) -> bool:
    """Make the main verb of a sentence the parser read as a reduced relative clause its root.

    "An official newspaper called on Arabs to unite", "Doctors from two aid groups donated
    goods": with no verb at the root, the small parser often attaches the past-tense main verb
    to the subject noun as a participle modifier ("a newspaper [that was] called ..."), which
    turns its subject into a patient and the whole act into background. When the root is a
    noun and a lexicon verb hangs from its phrase as such a participle with no subject, auxiliary,
    "by" agent or subordinator of its own, the verb becomes the root and the noun its subject.
    True when the parse was changed.
    """
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    for token in span:
        if token.i <= root.i or token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD"):
            continue
        if not any(lexicon.has("verb", lemma) for lemma in (token.lemma_.lower(), token.lower_)):
            continue
        if any(c.dep_ in _OWN_CLAUSE_DEPS for c in token.children):
            continue
        if not _within_noun_phrase(token.head, root):
            continue
        root.head = token
        root.dep_ = "nsubj"
        token.head = token
        token.dep_ = "ROOT"
        token.tag_ = "VBD"
        token.pos_ = "VERB"
        return True
    return False


#: Dependents that make a participle a clause of its own, not a misread main verb.
_OWN_CLAUSE_DEPS = frozenset({"auxpass", "aux", "agent", "nsubj", "nsubjpass", "mark"})


def _within_noun_phrase(token: Any, root: Any) -> bool:
    """Is ``token`` the root noun or inside its phrase through nominal links only?"""
    for _ in range(8):
        if token.i == root.i:
            return True
        if token.dep_ not in ("pobj", "prep", "appos", "conj", "compound", "nmod", "poss"):
            return False
        token = token.head
    return False


def _verb_candidate(span: Any, lexicon: Lexicon) -> tuple[Any, str] | None:
    """The first "-s" word after the first word whose stem is a lexicon verb, with that stem."""
    for token in list(span)[1:]:
        lower = token.lower_
        if token.tag_ not in NOUN_READINGS or not lower.endswith("s") or len(lower) < 4:
            continue
        for stem in (lower[:-1], lower[:-2], lower[:-3] + "y" if lower.endswith("ies") else ""):
            if stem and lexicon.has("verb", stem):
                return token, stem
    return None


def _past_tense(lemma: str, lexicon: Lexicon) -> str:
    irregular = lexicon.irregular.get(lemma)
    if irregular:
        return irregular[0]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _copy_parse(span: Any, reparsed: Any) -> None:
    """Heads, dependency labels, tags and lemmas of ``reparsed`` onto the tokens of ``span``."""
    offset = span.start
    doc = span.doc
    for token, new in zip(span, reparsed, strict=True):
        token.tag_ = new.tag_
        token.pos_ = new.pos_
        token.lemma_ = new.lemma_
        token.dep_ = new.dep_
        token.head = doc[offset + new.head.i]


def restore_subject_list(span: Any) -> bool:
    """Make a comma-joined name after a singular name subject its conjunct when the verb is
    plural ("U.S., North Korea agree"); True when the parse was changed."""
    changed = False
    for subject in span:
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.tag_ != "VBP" or subject.tag_ != "NNP":
            continue
        for appos in [c for c in subject.children if c.dep_ == "appos"]:
            comma = subject.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
            if appos.tag_ != "NNP" or comma is None or comma.text != ",":
                continue
            appos.dep_ = "conj"
            changed = True
        changed = _restore_fronted_name(subject, verb) or changed
    return changed


def _restore_fronted_name(subject: Any, verb: Any) -> bool:
    """ "South Korea, U.S. begin exercise": the parser hangs the first name on the verb as a
    loose modifier (npadvmod), or as a second subject, and the coder takes only one; the two, a
    comma between them and nothing else, are the plural verb's joint subject, as "South Korea and
    the U.S."."""
    doc = subject.doc
    first = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "nsubj")
            and c is not subject
            and c.tag_ in ("NNP", "NNPS")
            and c.ent_type_ not in ("DATE", "TIME")
            and c.right_edge.i + 2 == subject.left_edge.i
            and doc[c.right_edge.i + 1].text == ","
        ),
        None,
    )
    if first is None:
        return False
    first.dep_ = "nsubj"
    subject.dep_ = "conj"
    subject.head = first
    return True


def _copula_less_predicate(token: Any) -> bool:
    """Is ``token`` an adjective heading a clause with no copula ("Seoul ready to ...")?"""
    return (
        token.pos_ == "ADJ"
        and any(c.dep_ == "nsubj" for c in token.children)
        and _readiness_complement(token)
    )


def _readiness_complement(adjective: Any) -> bool:
    """Does the adjective say what one is ready for: an infinitive ("ready to talk") or a "for"
    phrase ("ready for talks")?"""
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for" and list(c.children))
        for c in adjective.children
    )


def restore_copula_less_predicate(span: Any, lexicon: Lexicon) -> bool:
    """Make a readiness adjective after a name its predicate when the copula is elided ("Iran
    willing to resume talks", "Seoul ready to send aid"): the parser's modifier of the root
    noun becomes the root (or takes the noun's place as a clause), the noun its subject. True
    when the parse was changed."""
    for adjective in span:
        noun = adjective.head
        if (
            adjective.dep_ != "amod"
            or adjective.pos_ != "ADJ"
            or noun.pos_ not in ("NOUN", "PROPN")
            or noun.i > adjective.i
            or noun.dep_ not in ("ROOT", "ccomp")
            or not _readiness_complement(adjective)
            or not any(p.family for p in lexicon.patterns("adj", adjective.lemma_.lower()))
        ):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ == noun.dep_ for t in span):
            continue  # a clause with its verb: the adjective is a real modifier
        if noun.dep_ == "ROOT":
            adjective.head = adjective
        else:
            adjective.head = noun.head
        adjective.dep_ = noun.dep_
        noun.head = adjective
        noun.dep_ = "nsubj"
        return True
    return False
