"""Event triggers in a parsed sentence, how they nest, and the CAMEO code each stands for.

1. **Triggers.** Every verb, noun and predicative adjective whose lemma is in the lexicon is
   matched against its patterns with the words around it (particles, prepositions, object
   words); the most specific pattern wins (``seize.v+asset`` -> 1711 over ``seize.v`` -> 171).
2. **Nesting.** A speech-act verb takes the event in its complement: "agreed to resume talks"
   is one event, intent + talks -> 036; "demanded the release of prisoners" is demand + 0841 ->
   1053. Light verbs hand their object's code to their subject ("staged a protest" -> 140). A
   reporting verb keeps its complement as an event of its own; so does an accusation.
3. **Codes.** :meth:`ActionFinder.codes` composes a governing action's code with its
   complements' through the lexicon's composition table (``compose.tsv``); that stage lives in
   :mod:`pledgewatch.events.composition`, and rejection idioms ("talks are out of the
   question"), which rewrite the nesting, in :mod:`pledgewatch.events.idioms`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pledgewatch.events.actor_phrases import ActorIndex
from pledgewatch.events.adjective_patterns import adjective_pattern, stative_participle_pattern
from pledgewatch.events.amounts import governor_through_amount, is_amount, measured_nouns
from pledgewatch.events.ceased_verbs import only_handling
from pledgewatch.events.codetable import ARMED_FORCE_ROOTS
from pledgewatch.events.composition import Composer
from pledgewatch.events.conjoined_objects import nominal_trigger, object_slot, shared_patient
from pledgewatch.events.decrees import ordered_acts
from pledgewatch.events.dependency_roles import (
    NP_WORD_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    conjuncts,
    has_object,
    infinitival,
    ing_stems,
    is_passive,
    np_words,
    object_of_infinitive,
    object_predicate,
    of_chain_words,
    prep_objects,
    present_passive,
    small_clause_subject,
    time_only_preps,
    time_phrase,
)
from pledgewatch.events.lexicon import SPEECH_ACT_FAMILIES, Lexicon, Pattern, actor_mark
from pledgewatch.events.named_wars import named_war
from pledgewatch.events.noun_owners import lasting_subject
from pledgewatch.events.own_measures import not_an_act
from pledgewatch.events.own_people import own_people_pattern
from pledgewatch.events.parted_infinitives import parted_infinitives
from pledgewatch.events.people_or_state import a_people, a_state
from pledgewatch.events.sought_objects import sought_words
from pledgewatch.events.speech_frames import (
    best_pattern_but_speech,
    clause_to_speech_noun,
    finite_clause,
    noun_clauses,
    speech_noun_of_something,
    speech_noun_participles,
)

#: Dependents whose words may satisfy a pattern's "child" column.
_CHILD_DEPS = frozenset(
    {"prt", "prep", "advmod", "agent", "npadvmod", "compound", "amod", "dative", "aux", "mark"}
)
#: Pseudo-dependent of a verb with an object and an object predicate ("called X an act of
#: aggression"); verbs.tsv patterns name it in their child column.
PREDICATE_CHILD = "=predicate"
#: Pseudo-dependent of a verb with a finite content clause ("concluded that the US must ...",
#: "found that North Korea was responsible"); verbs.tsv patterns name it in their child
#: column, so that a verb of judgement reports a clause but keeps its own senses without one.
CLAUSE_CHILD = "=clause"
#: Pseudo-dependent of a verb with a direct object and a to-infinitive that object is to do
#: ("told the troops to be ready"): verbs.tsv patterns name it in their child column.
INFINITIVE_CHILD = "=infinitive"
#: Where a speech-act verb or noun finds the event it is about ("called for talks").
_CONTENT_PREPS = frozenset(
    {"to", "for", "of", "on", "with", "about", "over", "from", "against", "into", "in"}
)
#: Pronouns of a free relative or question as a verb's object ("What Seoul wants"): an
#: intent whose object is one of them states nothing that is wanted.
_FREE_RELATIVES = frozenset({"what", "whatever"})
SANCTION_CODE = "163"  # impose embargo, boycott or sanctions
CRITICISM_CODE = "111"  # criticize or denounce
# "ends with food aid", "began with a speech", "replied with a statement": a "with" phrase
# names an order, a means or company, never what the verb acts on; its words fill a verb's
# object only where a pattern names "with" as its child ("hit X with sanctions")
_ACCOMPANYING_PREPS = frozenset({"with"})
# "the armistice that ended the war from next week in protest against the drills", "suspended
# the talks in 2008": a halt verb with an object of its own halts that object; its "in" phrase
# sets a scene, a time or a reason (sample16). Without one the phrase may name what stops ("a
# halt in the fighting" is the noun's, not the verb's)
_SCENE_PREPS = frozenset({"in"})
#: The preposition of what a light verb of going on ("press ahead", "forge ahead") goes on with.
_GONE_ON = "with"
#: Nouns that only frame an event noun before them: "a mediation effort", "the peace process".
_GENERIC_HEADS = frozenset(
    {"effort", "efforts", "mission", "campaign", "operation", "operations", "process",
     "initiative", "bid", "attempt", "programme", "program", "drive", "plan", "push", "move",
     "round", "deal", "action"}
)  # fmt: skip


@dataclass(slots=True)
class Action:
    """A trigger word with the pattern it matched, and the actions nested under it."""

    token: Any
    pattern: Pattern
    contents: list[Action] = field(default_factory=list)
    governor: Action | None = None
    #: the verb this noun is the object of: "absorbed" when the verb's pattern was matched on
    #: it ("imposed sanctions"), "mentioned" otherwise ("condemned the attack")
    object_of: Action | None = None
    absorbed: bool = False
    #: the idiom that leaves this event possible, not done ("talks are not out of the
    #: question", "an option"; :mod:`pledgewatch.events.idioms`): coded hypothetical
    possible: str | None = None

    @property
    def family(self) -> str | None:
        return self.pattern.family

    @property
    def label(self) -> str:
        return f"{self.pattern.id}→{self.pattern.code or '-'}"


class ActionFinder(Composer):
    """Finds a sentence's actions, nests them and codes them (:class:`Composer`), with one
    lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        #: irregular form -> lemmas ("forgave" -> forgive), for spaCy's lemmatiser misses
        self._irregular_lemmas: dict[str, list[str]] = {}
        for lemma, forms in lexicon.irregular.items():
            for form in forms:
                self._irregular_lemmas.setdefault(form, []).append(lemma)

    # -- 1. triggers -----------------------------------------------------------------------

    def actions(self, sent: Any, actors: ActorIndex) -> list[Action]:
        found = []
        for token in sent:
            pattern = self._pattern_for(token, actors)
            # "left it open to attack": a vulnerability; "drills surrounding Taiwan": a place;
            # "cut its greenhouse gas emissions": no sanction (events/own_measures.py)
            if pattern is not None and not not_an_act(token, pattern, self.lexicon):
                found.append(Action(token, pattern))
        return found

    def _pattern_for(self, token: Any, actors: ActorIndex) -> Pattern | None:
        pos = token.pos_
        lemma = token.lemma_.lower()
        lower = token.lower_
        if pos in ("VERB", "AUX") or token.tag_.startswith("VB"):
            if _hyphenated_modifier(token):
                return None
            if (stative := stative_participle_pattern(self.lexicon, token)) is not None:
                return stative  # "is no longer bound by the accord": a state, no passive act
            guesses = _verb_lemmas(token) + self._irregular_lemmas.get(lower, [])
            lemmas = [x for x in guesses if self.lexicon.has("verb", x)]
            if not lemmas:
                return None
            children, words, is_actor = self._verb_context(token, actors)
            pattern = self.lexicon.best_pattern("verb", lemmas, children, words, is_actor)
            pattern = own_people_pattern(
                self.lexicon, token, pattern, lemmas, children, words, is_actor
            )
            if pattern is not None and speech_noun_of_something(
                token, pattern, self.lexicon.words("@speech_noun")
            ):
                # "sent a letter of protest", "made a declaration of war": the "of" phrase
                # says what the letter is (a protest), not a statement with a content clause
                pattern = best_pattern_but_speech(self.lexicon, lemmas, children, words, is_actor)
            if pattern is not None and pattern.child and pattern.requires:
                # "fired two missiles on Monday": a time phrase is no particle of a pattern
                # matched on its object ("fire on" + missiles, an aerial attack on someone)
                times = time_only_preps(token, self.lexicon.words("@time"))
                if pattern.child in times:
                    pattern = self.lexicon.best_pattern(
                        "verb", lemmas, children - times, words, is_actor
                    )
            if (
                pattern is not None
                and PREDICATE_CHILD in children
                and pattern.child != PREDICATE_CHILD
                and pattern.requires
            ):
                # "called the summit a success": with an object predicate the verb characterises
                # its object; a pattern on the object alone ("called a meeting") is not it
                characterising = self.lexicon.best_pattern(
                    "verb",
                    lemmas,
                    children,
                    words,
                    is_actor,
                    accept=lambda p: p.child == PREDICATE_CHILD,
                )
                if characterising is not None:
                    pattern = characterising
            if pattern is not None and "transitive" in pattern.flags and not has_object(token):
                return None  # "the corvette sank": what sank is no actor sinking something
            if pattern is not None and "intransitive" in pattern.flags and has_object(token):
                return None  # "gathered information": no one met
            direct = self.lexicon.words("@direct_dealing")
            if pattern is not None and only_handling(pattern.flags, token, direct):
                return None  # "deal harshly with separatists": handling, no relation
            if pattern is not None and "stative" in pattern.flags and present_passive(token):
                return None  # "28,500 troops are stationed in South Korea": a standing state
            if (
                pattern is not None
                and pattern.family == "intent"
                and any(
                    c.dep_ in OBJECT_DEPS and c.lower_ in _FREE_RELATIVES for c in token.children
                )
            ):
                return None  # "What Washington wants", "got what it wanted": no intent stated
            if pattern is not None and (pattern.code or "")[:2] in ARMED_FORCE_ROOTS:
                return self._force_of_a_text(token, pattern)
            return pattern
        if pos in ("NOUN", "PROPN"):
            if pos == "PROPN" and actors.at(token) is not None:
                return None  # a name, not an act: "Ban" of "Ban Ki-moon" bans nothing
            if named_war(token, self.lexicon.words("@named_war")):
                return None  # "families separated by the Korean War": a past war's name
            lemmas = [lower, lemma] if lower != lemma else [lower]
            words = self._noun_words(token)
            children = {c.lower_ for c in token.children}
            if any(self.lexicon.has("noun", x) for x in lemmas):
                pattern = self.lexicon.best_pattern("noun", lemmas, children, words)
                if pattern is not None and not pattern.family and _asks_for_something(token):
                    # "the call from Washington to halt the tests", "a call to Seoul for
                    # restraint": with an infinitive or a "for" of what is asked, "call" is the
                    # appeal, not the telephone call its "from" or "to" alone would make it
                    pattern = self._family_pattern(lemmas, children, words) or pattern
                return pattern
            stems = ing_stems(lower)
            if stems and any(self.lexicon.has("verb", s) for s in stems):
                pattern = self.lexicon.best_pattern("verb", stems, children, words)
                if pattern is not None and pattern.code is not None and not pattern.family:
                    return pattern
            return None
        if pos == "ADJ":
            return adjective_pattern(self.lexicon, token)
        return None

    def _force_of_a_text(self, verb: Any, pattern: Pattern) -> Pattern:
        """An act of force whose subject is a sanction or a resolution is a sanction ("Resolution
        2094 targets North Korea's banking", "the new measures hit Iran's exports": 163); one
        whose subject is a text is criticism ("the editorial attacked Seoul": 111)."""
        subjects = {
            c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
        }
        # texts that impose sanctions ("Resolution 2094 targets ..."), besides @sanction words
        if subjects & (self.lexicon.words("@sanction") | self.lexicon.words("@sanctioning_text")):
            return replace(pattern, id=f"{pattern.id}(by sanction)", code=SANCTION_CODE)
        if subjects & self.lexicon.words("@document"):
            return replace(pattern, id=f"{pattern.id}(by a text)", code=CRITICISM_CODE)
        return pattern

    def _family_pattern(
        self, lemmas: list[str], children: set[str], words: set[str]
    ) -> Pattern | None:
        """The most specific noun pattern of a speech-act family that fits."""
        return self.lexicon.best_pattern(
            "noun", lemmas, children, words, accept=lambda p: bool(p.family)
        )

    def _verb_context(self, verb: Any, actors: ActorIndex) -> tuple[set[str], set[str], bool]:
        """(dependent words, object words, object is an actor) for matching verb patterns.

        Object words come from the direct object (or passive subject), complements, and the
        object of a preposition that a pattern can require as its child ("withdraw from
        talks"); prepositional objects count for every pattern only when there is no direct
        object ("walked out of the talks").
        """
        children: set[str] = set()
        words: set[str] = set()
        prep_words: set[str] = set()
        has_object = False
        is_actor = False
        passive = is_passive(verb)
        times = self.lexicon.words("@time")
        whens = self.lexicon.words("@temporal_preposition") | _ACCOMPANYING_PREPS
        time_preps: set[str] = set()
        for child in verb.children:
            dep = child.dep_
            if dep in _CHILD_DEPS:
                if dep == "aux" and child.lower_ == "to":
                    pass  # the infinitive's "to" is no preposition ("to protest" ≠ "protest to")
                elif dep == "prep" and time_phrase(child, times):
                    time_preps.add(child.lower_)
                else:
                    children.add(child.lower_)
            if dep in OBJECT_DEPS or (passive and dep in PASSIVE_SUBJECT_DEPS):
                has_object = True
                words |= np_words(child) | sought_words(child, self.lexicon.words("@remains_work"))
                mention = actors.at(child)
                is_actor = is_actor or mention is not None
                if a_people(mention):  # "defending Serbs": a people, as "defending civilians"
                    words.add("people")
                elif a_state(mention):  # "the AU suspended Niger": a state, as a member
                    words.add("state")
            elif dep == "prep" or (dep == "dative" and child.pos_ == "ADP"):
                # ("sent tanks to the border": the parser's "dative" "to" is a preposition)
                for pobj in prep_objects(child):
                    if child.lower_ not in whens:  # "after the talks": when, no object
                        prep_words |= np_words(pobj)
                    if child.lower_ in self._child_preps(verb):  # "returned to [Yongbyon]"
                        words |= np_words(pobj) | actor_mark(actors.at(pobj))
            elif dep in ("oprd", "acomp", "attr", "dative"):
                words |= np_words(child)
            elif dep in ("xcomp", "ccomp") and small_clause_subject(child) is not None:
                # "declared the armistice void", "... null and void", "... nullified": the
                # predicate of a small clause says what the verb makes of its object
                words |= _predicate_words(child)
                if child.pos_ in ("VERB", "AUX"):
                    words.add(child.lemma_.lower())
            elif dep in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
                words.add(child.lemma_.lower())
                if infinitival(child) or child.tag_ == "VB":  # "allow X to return", "let X return"
                    for grand in child.children:
                        if grand.dep_ == "nsubj":
                            words |= np_words(grand)
                            is_actor = is_actor or actors.at(grand) is not None
        if not (is_actor and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)):
            children |= time_preps
        # else "called Putin on Tuesday": with an actor object and no complement clause, a
        # time phrase's preposition is no particle ("call on" = appeal)
        if passive and verb.dep_ == "acl":
            has_object = True
            words |= np_words(verb.head)
            is_actor = is_actor or actors.at(verb.head) is not None
        if passive and (patient := shared_patient(verb)) is not None:
            has_object = True  # "were obsolete and were being sent": the first clause's subject
            words |= np_words(patient)
            is_actor = is_actor or actors.at(patient) is not None
        if not has_object:
            words |= prep_words
        if any(finite_clause(c) for c in verb.children if c.dep_ == "ccomp"):
            children.add(CLAUSE_CHILD)
        if _object_infinitive(verb):
            children.add(INFINITIVE_CHILD)
        predicate = object_predicate(verb)
        if predicate is not None:
            # "called the test a provocative act", "branded X a crime", "described X as a
            # provocation": the verb characterises its object (pseudo-child PREDICATE_CHILD)
            children.add(PREDICATE_CHILD)
            words |= np_words(predicate) | of_chain_words(predicate)  # "a sign of terror"
            # "called the offer too vague": the degree word counts ("too" is critical)
            words |= {c.lower_ for c in predicate.children if c.dep_ == "advmod"}
        # "test-fired": the hyphenated prefix is a separate token before the hyphen
        left = verb.i - 2
        if left >= verb.sent.start and verb.doc[verb.i - 1].text == "-":
            children.add(verb.doc[left].lower_)
        return children, words, is_actor

    def _child_preps(self, verb: Any) -> set[str]:
        """Prepositions that some pattern of this verb names as its child."""
        return {
            p.child
            for lemma in _verb_lemmas(verb)
            for p in self.lexicon.patterns("verb", lemma)
            if p.child
        }

    def _noun_words(self, noun: Any) -> set[str]:
        words: set[str] = set()
        for child in noun.children:
            if child.dep_ in NP_WORD_DEPS:
                words.add(child.lower_)
                words.add(child.lemma_.lower())
            elif child.dep_ == "prep":
                words.add(child.lower_)
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        words |= np_words(pobj)
        return words

    # -- 2. nesting ------------------------------------------------------------------------

    def nest(self, actions: list[Action]) -> None:
        """Attach each action to the speech-act, light or reporting action governing it."""
        by_token = {a.token.i: a for a in actions}
        for action in actions:
            if not action.family:
                continue
            for token in self._content_tokens(action):
                if token.i not in by_token and token.lemma_ == "be":
                    # "says it is willing to withdraw": the predicate carries the event
                    token = next(
                        (
                            c
                            for c in token.children
                            if c.dep_ in ("acomp", "attr") and c.i in by_token
                        ),
                        token,
                    )
                if token.i not in by_token and action.family == "say":
                    # "said its moratorium would last": the act said to go on (events53)
                    token = lasting_subject(token, by_token, self.lexicon) or token
                if token.i not in by_token and token.lower_ in _GENERIC_HEADS:
                    token = next(
                        (
                            c
                            for c in token.children
                            if c.dep_ in ("compound", "amod") and c.i in by_token
                        ),
                        token,
                    )
                predicate = by_token.get(token.i)
                if action.family == "reject" and (predicate is None or not predicate.pattern.code):
                    # "declared the armistice void" / "... nullified": what is rejected is the
                    # small clause's subject, the agreement the clause annuls
                    subject = small_clause_subject(token)
                    if subject is None and token.pos_ == "NOUN":
                        # "declared the treaty void" read as one noun phrase, "treaty void"
                        subject = next(
                            (c for c in token.children if c.dep_ == "compound" and c.i in by_token),
                            None,
                        )
                    token = subject if subject is not None else token
                inner = by_token.get(token.i)
                if inner is not None and inner is not action and inner.governor is None:
                    inner.governor = action
                    action.contents.append(inner)
                # coordinated complements: "accused X of violating ..., ignoring the law and
                # ...", "launched artillery, mortar and rocket fire" (a chain of conjuncts)
                for conj in conjuncts(token):
                    twin = by_token.get(conj.i)
                    if twin is not None and twin.governor is None:
                        twin.governor = action
                        action.contents.append(twin)

        for action in actions:
            clause_to_speech_noun(action)

    def attach_objects(self, actions: list[Action]) -> None:
        """Tie nominal events to the event verb whose object they are."""
        # here, not at the top: relative_doers reads modality, which imports this module's kin
        from pledgewatch.events.relative_doers import told_by_relative

        by_token = {a.token.i: a for a in actions}
        for action in actions:
            if not nominal_trigger(action) or action.governor is not None:
                continue
            # "condemned the attack on X and the sinking of Y": the chain shares the slot
            token = object_slot(action.token)
            verb = token.head
            if token.dep_ == "pobj" and verb.dep_ == "prep":
                verb = governor_through_amount(verb)  # "provided 240,000 tons of aid"
            elif token.dep_ not in OBJECT_DEPS and token.dep_ not in PASSIVE_SUBJECT_DEPS:
                continue
            governor = by_token.get(verb.i)
            if governor is None or governor is action or governor.family:
                continue
            action.object_of = governor
            # a later conjunct, or a gerund coded through its verb, is not the word the verb's
            # pattern was matched on ("pay compensation for the sinking": the sinking is named)
            action.absorbed = (
                bool(governor.pattern.requires)
                and token is action.token
                and action.pattern.kind == "noun"
                and not told_by_relative(self.lexicon, token)  # "the promise that X made"
            )

    def _content_tokens(self, action: Action) -> list[Any]:
        token = action.token
        family = action.family
        out: list[Any] = []
        for child in token.children:
            dep = child.dep_
            if dep in OBJECT_DEPS and object_of_infinitive(token, child):
                continue
            if (
                dep in ("xcomp", "ccomp")
                or (dep == "acl" and action.pattern.kind == "noun")
                or dep in OBJECT_DEPS
                or (dep in PASSIVE_SUBJECT_DEPS and family != "say")
            ):
                out.extend([child, *ordered_acts(child, family, self.lexicon)])
                if dep in OBJECT_DEPS and family == "say":
                    # "issued a reminder to Iraq that it must cooperate": the speech noun's
                    # clause is what is said
                    out.extend(noun_clauses(child))
                if dep in OBJECT_DEPS and family in SPEECH_ACT_FAMILIES and is_amount(child):
                    # "pledged 500 million euros in military aid": what the amount is of
                    out.extend(
                        p
                        for prep in child.children
                        if prep.dep_ == "prep" and prep.lower_ == "in"
                        for p in prep.children
                        if p.dep_ == "pobj"
                    )
            elif dep == "prep" and child.lower_ in _CONTENT_PREPS and child.i > token.i:
                # a fronted phrase sets the scene ("In a call with Hu, Obama urged ..."), it is
                # not what the verb is about
                # "renewed talks on a pullback": the pullback is not what was renewed; but
                # "pressed ahead with the launch": what one goes on with is the act
                gone_on = action.pattern.child == "ahead" and child.lower_ == _GONE_ON
                if family == "light" and child.lower_ != action.pattern.child and not gone_on:
                    continue
                if family == "halt" and child.lower_ in _ACCOMPANYING_PREPS:
                    continue  # "the text ends with food aid": an order, no aid stopped
                if family == "halt" and child.lower_ in _SCENE_PREPS and _has_object(token):
                    continue  # "ended the war in protest against drills": no protest ended
                for grand in child.children:
                    if grand.dep_ in ("pobj", "pcomp"):
                        out.append(grand)
                        out.extend(measured_nouns(grand))  # "with 240,000 tons of aid"
            elif dep in ("attr", "oprd") and family in ("light",):
                out.append(child)
        out.extend(parted_infinitives(token, family))  # "vowed on Monday to destroy X"
        if family == "say":
            # "sent a letter (to the WHO) threatening to pull funding", "issued a statement
            # condemning the test": what the speech noun does is what is said
            out.extend(speech_noun_participles(token, self.lexicon.words("@speech_noun")))
        return out


def _has_object(verb: Any) -> bool:
    """Has the verb a direct object of its own?"""
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _object_infinitive(verb: Any) -> bool:
    """Has the verb a direct object and, after it, a to-infinitive the object is to do ("told
    Iran to stop", "told troops to be ready")?"""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and any(
        c.dep_ in ("xcomp", "ccomp")
        and c.i > objects[0].i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )


def _asks_for_something(noun: Any) -> bool:
    """Does a noun name what is asked: an infinitive ("a call to halt the tests") or a "for"
    phrase ("a call for restraint")?"""
    return any(
        (c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in noun.children
    )


def _predicate_words(predicate: Any) -> set[str]:
    """Words of a small clause's predicate and its conjuncts ("null and void"), through "be"."""
    heads = [predicate]
    if predicate.lemma_ == "be":
        heads = [c for c in predicate.children if c.dep_ in ("acomp", "attr")]
    words: set[str] = set()
    for head in heads:
        for word in (head, *(c for c in head.children if c.dep_ == "conj")):
            words.add(word.lower_)
            words.add(word.lemma_.lower())
    return words


def _hyphenated_modifier(token: Any) -> bool:
    """A participle in a hyphenated compound that modifies a noun ("flood-hit villages", "an
    Iran-backed militia", "the US-led coalition", "state-run media") describes the noun; it is
    no event of the sentence. A hyphenated verb that is the clause's predicate ("North Korea
    test-fired a missile") still is."""
    return (
        token.dep_ in ("amod", "compound", "nmod")
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.i > 0
        and token.doc[token.i - 1].text == "-"
        and not token.doc[token.i - 1].whitespace_
    )


def _verb_lemmas(token: Any) -> list[str]:
    """spaCy's lemma, then guesses from the inflection for its misses ("staged" -> "stag")."""
    lemma = token.lemma_.lower()
    lower = token.lower_
    out = [lemma]
    if lower.endswith("ed"):
        out += [lower[:-1], lower[:-2], lower[:-3]]
    elif lower.endswith("ing"):
        out += ing_stems(lower) or [lower[:-3] + "e", lower[:-3], lower[:-4]]
    elif lower.endswith("s"):
        out += [lower[:-1], lower[:-2]]
    return [x for i, x in enumerate(out) if x and x not in out[:i]]
