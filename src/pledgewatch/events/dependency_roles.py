"""Grammatical roles of an event trigger in spaCy's dependency parse, before any actor lookup.

A verb's source is its subject (or the "by" phrase of a passive), its target the direct object
(or a passive subject), a dative, or the object of a preposition such as "against", "on",
"with", "to"; a location ("in Beijing") is the last resort (:data:`TARGET_PREPS` ranks them).
A noun's source is its possessive ("North Korea's seizure"), an actor adjective ("Israeli air
strikes") or its "by" phrase; its target the "of" phrase ("the seizure of South Korean assets")
or "on"/"against"/"with"/"to". A missing subject is inherited the way English shares it: from
the verb a to-complement hangs on ("agreed to resume talks"), the first of coordinated verbs,
the noun a participle or relative clause modifies. These functions return tokens with their
relation; :mod:`pledgewatch.events.actor_phrases` turns the tokens into actors.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from pledgewatch.events.conjoined_objects import shared_patient
from pledgewatch.events.contact_clauses import contact_clause_object, contact_clause_subject
from pledgewatch.events.participial_prepositions import as_preposition, participle_objects
from pledgewatch.events.told_nouns import told_modifiers

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
DATIVE_DEPS = frozenset({"dative", "iobj"})
#: Adverbs of direction on which the parser hangs a verb's destination ("back to X").
DIRECTION_ADVERBS = frozenset({"back", "home", "away", "over", "out"})
#: Prepositions whose object is a target, best first; locations come last.
TARGET_PREPS: dict[str, int] = {
    "against": 0,
    "on": 1,
    "upon": 1,
    "at": 2,
    "with": 2,
    "to": 2,
    "toward": 2,
    "towards": 2,
    "into": 3,
    "onto": 3,
    "over": 4,
    "about": 4,  # "expressed concern about North Korea's launches", as "over" them
    "between": 4,
    "among": 4,
    "amongst": 4,
    "from": 5,
    "for": 6,
    "in": 8,
    "inside": 8,
    "outside": 8,  # "protested outside the Turkish embassy"
    "near": 9,
    "around": 9,  # "drills around Taiwan", as "near" it
    "off": 9,  # "drills off Taiwan", "off the coast of X"
}
LOCATION_RANK = 8
#: Noun-phrase modifiers whose words count as object words ("nuclear" in "a nuclear test").
NP_WORD_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "poss"})
#: A determiner of any instance ("respond to any provocation": a warning of what would follow
#: one, not a reply to one that happened); an object word for the lexicon's patterns.
FREE_CHOICE = frozenset({"any"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def ing_stems(word: str) -> list[str]:
    """The verbs an "-ing" form may come from, for spaCy's misses: "firing" -> "fire",
    "shelling" -> "shell", "shipping" -> "ship" (e-restored first, then the bare stem, then
    the stem without a doubled consonant); [] for a word that is no "-ing" form."""
    lower = word.lower()
    if not lower.endswith("ing") or len(lower) < 6:
        return []
    stem = lower[:-3]
    return [stem + "e", stem, stem[:-1]]


#: Verbs whose object is the subject of their to-complement ("urged Pyongyang to return");
#: causatives too ("shelled the island, prompting Seoul to cancel talks": Seoul cancels).
OBJECT_CONTROL = frozenset(
    {
        "urge", "ask", "call", "force", "order", "allow", "permit", "help", "want", "invite",
        "encourage", "press", "persuade", "require", "tell", "pressure", "compel", "advise",
        "instruct", "warn", "expect", "request", "lead", "let", "enable", "push",
        "prompt", "cause", "spur", "provoke",
    }
)  # fmt: skip


def infinitival_relative(verb: Any) -> bool:
    """ "took measures to protect", "steps to curb": a to-infinitive (no subject, no relative
    pronoun) on the direct object of a verb, whose noun is its subject only if it is an actor;
    or on a predicate noun ("Russia became the first country to recognise ...")."""
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS or c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
        and (head.dep_ in OBJECT_DEPS or head.dep_ == "attr")
        and head.head is not head
        and head.head.pos_ in ("VERB", "AUX")
    )


def time_taken(verb: Any, spans: Collection[str]) -> bool:
    """ "It could take months to ...", "it takes time to ...": "it" is a dummy and the time
    (``spans``, the lexicon's ``@time_taken``) no doer, so an infinitive hung on ``verb`` has
    no subject to inherit."""
    if verb.lemma_.lower() != "take":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in spans for c in verb.children)


def is_passive(verb: Any) -> bool:
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return True
    # "assets seized by North Korea": a past participle modifying a noun (not a noun's content
    # clause with a subject of its own: "a statement that North Korea had fired missiles")
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


#: Object pronouns that, in a clause hung on another verb, stand for that verb's object.
ECHO_PRONOUNS = frozenset({"them", "him", "her"})


def echoed_object(pronoun: Any) -> Any:
    """The noun an object pronoun stands for when its verb hangs on (or is joined to) a verb
    with a direct object of its own: "expelled two diplomats, accusing them of spying",
    "arrested two agents and charged them" (the fifteenth sample); a relative pronoun object
    stands for its clause's head noun ("the drill, which it called a provocation"); else the
    token itself."""
    verb = pronoun.head
    if pronoun.lower_ in RELATIVE_PRONOUNS and pronoun.dep_ in OBJECT_DEPS and verb.dep_ == "relcl":
        return verb.head
    if pronoun.lower_ not in ECHO_PRONOUNS or pronoun.dep_ not in OBJECT_DEPS:
        return pronoun
    if verb.dep_ not in ("advcl", "conj") or verb.head is verb:
        return pronoun
    objects = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS and c.pos_ != "PRON"]
    return objects[0] if objects else pronoun


def subject_tokens(verb: Any, depth: int = 0) -> list[tuple[Any, str]]:
    """The tokens that fill the verb's subject role, inheriting a missing one."""
    if depth > 5:
        return []
    if verb.pos_ == "ADJ" and (held := [c for c in verb.children if c.dep_ == "nsubjpass"]):
        return [(held[0], "subj")]  # "Kim was prepared to meet": no passive, Kim is prepared
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                return [(p, "agent") for p in child.children if p.dep_ == "pobj"]
        # "was threatened with sanctions by the US": the parser hangs the agent on the noun
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                for noun in child.children:
                    for by in noun.children:
                        if by.dep_ in ("agent", "prep") and by.lower_ == "by":
                            return [(p, "agent") for p in by.children if p.dep_ == "pobj"]
        if verb.dep_ in ("acl", "relcl"):
            # "assets seized in 2010", "an American who had been detained": the noun is what
            # the act was done to, not its doer
            return []
    else:
        if (real := contact_clause_subject(verb)) is not None:
            return [(real, "subj")]  # "an American the North had jailed": the North jailed
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.dep_ != "expl":
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return [(verb.head, "subj")]
                return [(child, "subj")]
    head = verb.head
    if head is verb:
        return []
    dep = verb.dep_
    if dep == "xcomp" or (dep == "ccomp" and verb.tag_ in ("VB", "VBG")):
        if head.lemma_.lower() in OBJECT_CONTROL:
            objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return [(objects[0], "subj")]
        if head.pos_ == "ADJ":  # "is ready to resume talks"
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                # a headline's "Kremlin says North Korea ready to ...", or "X was prepared to"
                return subject_tokens(head, depth + 1)
            return subject_tokens(head.head, depth + 1) if head.head is not head else []
        return subject_tokens(head, depth + 1)
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        if shared_patient(verb) is not None and not is_passive(head):
            return []  # "were obsolete and were being sent": the weapons are sent, not senders
        return subject_tokens(head, depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG":
        return subject_tokens(head, depth + 1)
    if dep == "advcl" and is_to_complement(verb):
        # "sent a team to help the victims": a purpose clause's doer is the main clause's;
        # after "urged"/"called on" the parser's advcl is the addressee's act, not the caller's
        if head.lemma_.lower() in OBJECT_CONTROL:
            objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
            return [(objects[0], "subj")] if objects else []
        return subject_tokens(head, depth + 1)
    if dep == "relcl":
        return [(head, "subj")]
    if dep == "acl" and verb.tag_ == "VBG":
        return [(head, "subj")]
    if dep == "pcomp" or (dep == "pobj" and head.lower_ in ("of", "for") and _bare_gerund(verb)):
        # an object-less gerund is often parsed as the preposition's object ("for mediating")
        governing = head.head
        if head.lower_ in ("of", "for"):  # "accused X of attacking", "jailed X for helping"
            objects = [c for c in governing.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return [(echoed_object(objects[0]), "subj")]
        if governing.pos_ in ("VERB", "AUX") and is_passive(governing):
            # "X was accused of attacking", "would be justified in striking": the passive
            # subject is the gerund's doer (the nearest, should a misparse give two)
            patients = [c for c in governing.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if patients:
                return [(patients[-1], "subj")]
        if governing.pos_ in ("VERB", "AUX"):
            return subject_tokens(governing, depth + 1)
    return []


def object_tokens(verb: Any, theme: frozenset[int] = frozenset()) -> list[tuple[Any, str, int]]:
    """Tokens that may fill the target role, with their relation and a rank (lower is better).

    ``theme``: token indices of objects that are what the action uses or moves, not whom it
    is done to ("fired *artillery* at the island"); they are skipped, their prepositions kept.
    """
    found: list[tuple[Any, str, int]] = []
    passive = is_passive(verb)
    for child in verb.children:
        dep = child.dep_
        if child.i in theme and dep in (OBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            found.append((child, "theme", 0))
        elif passive and dep in PASSIVE_SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "two Britons who were arrested": the relative pronoun is the noun
                found.append((verb.head, "patient", 0))
            else:
                found.append((child, "subj-passive", 0))
        elif not passive and dep in OBJECT_DEPS:
            found.append((echoed_object(child), "dobj", 0))
        elif dep in DATIVE_DEPS:
            if child.pos_ == "ADP":  # "gave aid to Haiti" parsed with "to" as the dative
                found.extend((p, child.lower_, 1) for p in child.children if p.dep_ == "pobj")
            else:
                found.append((child, "dative", 1))
        elif dep == "prep" and child.lower_ in TARGET_PREPS:
            rank = 2 + TARGET_PREPS[child.lower_]
            found.extend((p, child.lower_, rank) for p in child.children if p.dep_ == "pobj")
        elif dep == "advmod" and child.lower_ in DIRECTION_ADVERBS:
            # "send inspectors back to North Korea": the parser hangs "to" on "back"
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
                    rank = 2 + TARGET_PREPS[prep.lower_]
                    found.extend((p, prep.lower_, rank) for p in prep.children if p.dep_ == "pobj")
        elif dep == "npadvmod" and child.pos_ == "PROPN":
            found.append((child, "npadvmod", 2 + LOCATION_RANK))
        elif dep == "ccomp" and child.i > verb.i and infinitival(child):
            # "urged Pyongyang to stop"; not a headline's "X to V, Y says" (no one told X)
            found.extend((g, "dobj", 0) for g in child.children if g.dep_ == "nsubj")
    if passive and verb.dep_ == "acl":
        found.append((verb.head, "patient", 0))
    if not passive and (patient := contact_clause_object(verb)) is not None:
        found.append((patient, "patient", 0))  # "the ship the North Koreans had chartered"
    if passive and (patient := shared_patient(verb)) is not None:
        found.append((patient, "subj-passive", 0))  # "X were obsolete and were being sent"
    for obj in [t for t, rel, _ in found if rel in ("dobj", "theme")]:
        # "fired artillery at the island": preposition attached to the object; its party
        for child in obj.children:  # ("signed agreements with Israel") beats the verb's place
            if (
                child.dep_ == "prep"
                and child.lower_ in TARGET_PREPS
                and child.lower_ not in ("of", "from")
            ):
                rank = TARGET_PREPS[child.lower_] + (1 if child.lower_ == "with" else 3)
                found.extend((p, child.lower_, rank) for p in child.children if p.dep_ == "pobj")
        # "drills surrounding Taiwan": a participle standing for "around"
        found.extend((p, word, 3 + TARGET_PREPS[word]) for p, word in participle_objects(obj))
    return sorted(found, key=lambda item: item[2])


def noun_roles(noun: Any, of_role: str) -> tuple[list[tuple[Any, str]], list[tuple[Any, str, int]]]:
    """(source tokens, target tokens with rank) of a nominal event."""
    sources: list[tuple[Any, str]] = []
    late_sources: list[tuple[Any, str]] = []  # "aid from Japan", only when nothing better
    targets: list[tuple[Any, str, int]] = []
    for child in noun.children:
        dep = child.dep_
        if dep == "poss":
            sources.append((child, "poss"))
        elif dep in ("amod", "compound", "nmod"):
            sources.append((child, "modifier"))
            sources.extend((partner, "modifier") for partner in hyphen_partners(child))
        elif dep == "prep":
            word = child.lower_
            objects = [p for p in child.children if p.dep_ == "pobj"]
            if word == "by":
                sources.extend((p, "by") for p in objects)
            elif word == "of":
                if of_role == "source":
                    sources.extend((p, "of") for p in objects)
                else:
                    targets.extend((p, "of", 1) for p in objects)
                    # "the suspension of air links with Serbia", "the lifting of sanctions on
                    # Iran": the "of" object's own preposition names whom the act concerns
                    targets.extend(
                        (g, inner.lower_, 3 + TARGET_PREPS[inner.lower_])
                        for p in objects
                        for inner in p.children
                        if inner.dep_ == "prep"
                        and inner.lower_ in TARGET_PREPS
                        and inner.lower_ not in ("in", "inside", "near", "from", "for")
                        for g in inner.children
                        if g.dep_ == "pobj"
                    )
            elif word == "from":
                late_sources.extend((p, "from") for p in objects)
            elif word in TARGET_PREPS:
                targets.extend((p, word, 2 + TARGET_PREPS[word]) for p in objects)
        elif as_preposition(child):  # "drills surrounding Taiwan", as "around" it
            targets.extend((p, w, 2 + TARGET_PREPS[w]) for p, w in participle_objects(noun))
        elif dep == "acl" and child.tag_ == "VBN":
            # "the attack carried out by rebels"
            for agent in child.children:
                if agent.dep_ == "agent":
                    sources.extend((p, "by") for p in agent.children if p.dep_ == "pobj")
    return sources or late_sources, sorted(targets, key=lambda item: item[2])


#: Heads of an amount whose "in" phrase says what the amount is of ("$2 million in bribes").
AMOUNT_WORDS = frozenset({"$", "worth", "amount", "sum", "total", "million", "billion"})


def hyphen_partners(word: Any) -> list[Any]:
    """The first of two names joined by a hyphen the tokenizer split off ("Russia-Ukraine
    talks", "the China-U.S. summit", "DPRK-U.S. talks"): the parser hangs it on the second,
    but both modify the noun. A hyphen with spaces ("Kabul - Rebels attacked") is a dash.
    The second may be a name of two words ("Indian-Sri Lankan exercises"), and the tokenizer
    may keep the hyphen inside the first with the second's first word ("U.S.-South Korean
    drills": "U.S.-South" hung on "Korean", events45)."""
    return [
        child
        for child in word.children
        if child.dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod")
        and child.i < word.i
        and (_split_hyphen(child, word) or _glued_hyphen(child, word))
    ]


def _split_hyphen(first: Any, word: Any) -> bool:
    """ "Russia - Ukraine", "Indian - Sri Lankan" with no spaces: a hyphen token after
    ``first``, then ``word`` or a compound word of its name and ``word``."""
    doc = first.doc
    hyphen = doc[first.i + 1]
    if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_:
        return False
    if first.dep_ not in ("amod", "compound", "nmod"):
        return False
    between = doc[first.i + 2 : word.i]
    return len(between) <= 1 and all(
        t.head.i == word.i and t.dep_ in ("compound", "amod", "npadvmod") for t in between
    )


def _glued_hyphen(first: Any, word: Any) -> bool:
    """ "U.S.-South Korean": one token with an inner hyphen right before ``word``, whose part
    after the hyphen is capitalised, the first word of ``word``'s name ("U.S.-led coalition"
    is no pair)."""
    text = first.text
    tail = text.rsplit("-", 1)[1] if "-" in text else ""
    return first.i + 1 == word.i and tail[:1].isupper() and bool(first.whitespace_)


def np_words(head: Any) -> set[str]:
    """Lemmas and forms of a noun phrase's head, its modifiers and its "of" object (or the "in"
    object of an amount: "$2 million in bribes" is about bribes)."""
    words = {head.lower_, head.lemma_.lower()}
    amount = head.tag_ in ("CD", "$") or head.lower_ in AMOUNT_WORDS
    for child in head.children:
        if child.dep_ in NP_WORD_DEPS or (child.dep_ == "det" and child.lower_ in FREE_CHOICE):
            words.add(child.lower_)
            words.add(child.lemma_.lower())
        elif child.dep_ == "prep" and (child.lower_ == "of" or (amount and child.lower_ == "in")):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words.add(pobj.lower_)
                    words.add(pobj.lemma_.lower())
                    for grand in pobj.children:
                        if grand.dep_ in NP_WORD_DEPS:
                            words.add(grand.lower_)
    return words | told_modifiers(head)  # "halt the program": the enrichment programme named


def of_chain_words(head: Any) -> set[str]:
    """Words of the "of" phrases below a noun's own "of" object ("a sign of a reign of
    terror": "terror"), which :func:`np_words` stops short of: what a characterising predicate
    says its object is a sign, an example or a case of."""
    words: set[str] = set()
    frontier = [head]
    for _ in range(3):
        frontier = [
            pobj
            for noun in frontier
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        words |= {w for noun in frontier for w in np_words(noun)}
    return words


def is_to_complement(verb: Any) -> bool:
    """An infinitive complement ("ready to send") or purpose clause ("send troops to help")."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def purpose_head(verb: Any) -> Any | None:
    """The verb a to-infinitive clause serves ("telephoned X to discuss ...": "telephoned")."""
    head = verb.head
    if is_to_complement(verb) and head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        return head
    return None


def prep_objects(prep: Any) -> list[Any]:
    """The objects of a preposition, through a complex preposition parsed as two ("walked out
    of the talks", "pulled away from the border": "out" -> "of" -> "talks")."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if objects:
        return objects
    return [
        g
        for inner in prep.children
        if inner.dep_ == "prep"
        for g in inner.children
        if g.dep_ in ("pobj", "pcomp")
    ]


def object_predicate(verb: Any) -> Any:
    """The object predicate of a verb that characterises its object, or None: the ``oprd`` of
    "called the test [a provocative act]", a second noun object ("branded the embargo [a
    crime]", as the small parser reads it) or the "as" object ("described the drills as [a
    provocation]"); only when the verb has a direct object, or the predicate holds it
    ("called [the step unjustifiable]", as the small parser reads it)."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not objects:
        # "called [the rebel offer] [too vague]", "calls [the Philippine move] [illegal]": the
        # small parser may take the object for a first predicate or a clause of its own
        objects = [
            c
            for c in verb.children
            if c.dep_ in ("oprd", "ccomp") and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i
        ]
        predicates = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
        if objects and predicates and predicates[-1].i > objects[0].i:
            return predicates[-1]
        objects = []
    for child in verb.children:
        if child.dep_ == "oprd" and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            # "called the step unjustifiable" may come with the object inside the predicate
            inside = any(
                g.dep_ in ("nsubj", "npadvmod") and g.pos_ in ("NOUN", "PROPN") and g.i < child.i
                for g in child.children
            )
            if objects or inside:
                return child
    if not objects:
        return None
    if len(objects) > 1 and objects[1].pos_ == "NOUN":
        return objects[1]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > objects[0].i:
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


def _bare_gerund(token: Any) -> bool:
    """An "-ing" word with no determiner or owner of its own: a gerund even when tagged as a
    noun ("praised Qatar for mediating"), not "for the shelling" or "for its mediating"."""
    if token.tag_ == "VBG":
        return True
    return (
        token.lower_.endswith("ing")
        and token.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children)
    )


def time_phrase(prep: Any, times: frozenset[str]) -> bool:
    """Is the preposition's object a time ("on Tuesday", "on the anniversary")?"""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in times or o.lower_ in times for o in objects)


def time_only_preps(verb: Any, times: frozenset[str]) -> set[str]:
    """Prepositions on the verb that head only time phrases ("fired missiles on Monday"): no
    particle of a pattern matched on the verb's object ("fire on" + missiles, an air attack)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    timed = {p.lower_ for p in preps if time_phrase(p, times)}
    return {w for w in timed if not any(p.lower_ == w and not time_phrase(p, times) for p in preps)}


def present_passive(verb: Any) -> bool:
    """Is the verb a present passive without progressive or modal ("are stationed", "is
    deployed"; not "are being deployed", "will be deployed", "were deployed")?"""
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries) and not any(
        a.lower_ == "being" or a.tag_ == "MD" for a in auxiliaries
    )


def conjuncts(token: Any, limit: int = 6) -> list[Any]:
    """The conjuncts coordinated with ``token``: its "conj" children and theirs, in order."""
    out: list[Any] = []
    frontier = [token]
    while frontier and len(out) < limit:
        following = [c for t in frontier for c in t.children if c.dep_ == "conj"]
        out.extend(following)
        frontier = following
    return out[:limit]


def has_object(verb: Any) -> bool:
    """Does the verb have a direct object or a passive subject ("sank the ship", "the ship
    was sunk", "the ship sunk by a torpedo")?"""
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return True
    return is_passive(verb) and verb.dep_ == "acl"


def small_clause_subject(predicate: Any) -> Any:
    """The subject of a verbless or participial small clause complement ("declared [the
    armistice void]", "[the truce nullified]", "declares [armistice void]" in a headline, or
    "declared that [the pact was void]"), or None when ``predicate`` heads no such clause."""
    if predicate.dep_ not in ("ccomp", "xcomp"):
        return None
    be_clause = predicate.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") for c in predicate.children
    )
    if predicate.pos_ not in ("ADJ", "NOUN") and predicate.tag_ != "VBN" and not be_clause:
        return None
    for child in predicate.children:
        if child.dep_ in ("nsubj", "nsubjpass") or (
            child.dep_ == "compound" and predicate.pos_ in ("NOUN", "ADJ")
        ):  # "declared [the 1953 armistice invalid]" parsed with the noun a compound of "invalid"
            return child
    return None


def object_of_infinitive(verb: Any, obj: Any) -> bool:
    """Is ``obj``, parsed as the verb's object, really a coordinated object of the verb's
    to-infinitive before it ("agreed to suspend nuclear tests, missile launches and ...":
    the launches are suspended, not agreed on)?"""
    return any(
        x.dep_ == "xcomp" and x.i < obj.i and any(g.dep_ in OBJECT_DEPS for g in x.children)
        for x in verb.children
    )


def infinitival(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def exposed_to(token: Any, exposure: frozenset[str]) -> bool:
    """Is the token what something is exposed to ("left it open to attack", "vulnerable to
    sanctions", "exposed to retaliation"): an adjective of exposure governs it through "to"
    (as its object, or as an infinitive)?"""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif token.dep_ in ("xcomp", "acl", "advcl") and infinitival(token):
        # "left it open to attack": the parser may hang the infinitive on the verb beside
        # the adjective rather than on the adjective
        beside = [c for c in head.children if c.dep_ in ("oprd", "acomp") and c.i == token.i - 2]
        head = beside[0] if beside else head
    else:
        return False
    return head.pos_ == "ADJ" and head.lemma_.lower() in exposure


def preps_of(token: Any, preps: Collection[str], extra: Iterable[Any] = ()) -> list[Any]:
    """The prepositions of ``preps`` on ``token``, on its objects ("held a meeting on X") and
    on ``extra`` tokens: the phrases what an act is about, or near, hangs on."""
    holders = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS), *extra]
    return [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in preps]
