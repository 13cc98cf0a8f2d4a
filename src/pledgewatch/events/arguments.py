"""Who did it and to whom: the source and target actors of an event trigger, from the parse.

:class:`ArgumentFinder` puts the grammatical roles (:mod:`pledgewatch.events.dependency_roles`)
and the actors of noun phrases (:mod:`pledgewatch.events.actor_phrases`) together for one
action, and applies the choices that need both: an argument naming a country other than the
source's beats a better-ranked one that does not; an intent or threat without a country-bearing
target takes its complement's ("ready to send troops to Liberia", "threatened to deliver blows
to the United States"); a country-less agent takes the country of the place it acts in
("students protested in Jakarta", with the other place rules in
:mod:`pledgewatch.events.places`); a receiving verb swaps its roles ("received aid from Japan");
coordinated verbs share an object ("donated and delivered aid to X"); an act on an "unless"
condition is aimed at the condition's subject; a symmetric act with no subject is between the
parties of its "between" phrase; an act with no one named is done to the object of its purpose
clause ("opened fire to disperse the protesters"); a document with no author speaks for the
country it was issued in ("a report released in Kigali alleged ..."); and an event noun that is
the subject of a purpose verb takes no target from what it was meant for ("the launch was
intended to mark the birthday of X"); who asked for an act ("met at the request of X") is no
target of it, and neither is the one a sourceless act honours ("the parade marked the
birthday of X"). A participle of aiming names the target ("sanctions aimed at X",
:mod:`pledgewatch.events.aim_phrases`), and the owner of broken rules is no one accused ("a
violation of U.N. resolutions", :mod:`pledgewatch.events.violated_rules`). What is no target
although near the act (a place visited near, the objects of what an appeal asks, one's own side
of talks, one's own ground a drill is held on) is read in
:mod:`pledgewatch.events.target_limits`; the parties of meetings and visits read off their own
phrases in :mod:`pledgewatch.events.scene_parties`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import (
    ActorIndex,
    Argument,
    unique_arguments,
)
from pledgewatch.events.aim_phrases import aimed_objects, meant_for_objects
from pledgewatch.events.casualty_acts import casualty_victims, casualty_words
from pledgewatch.events.composition import seen_doers
from pledgewatch.events.deep_targets import deep_target_tokens
from pledgewatch.events.demand_topics import own_topic_targets
from pledgewatch.events.dependency_roles import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    infinitival_relative,
    is_passive,
    is_to_complement,
    np_words,
    object_tokens,
    subject_tokens,
    time_taken,
)
from pledgewatch.events.far_targets import FarTargets, not_among, with_country
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.noun_owners import others_charge, saying_owner
from pledgewatch.events.places import (
    LOCATIVE_RELATIONS,
    PlaceWords,
    as_place,
    located,
    state_of_place,
)
from pledgewatch.events.promised_parties import promised_parties
from pledgewatch.events.relative_doers import doing_verb
from pledgewatch.events.release_demands import holders_of_released, released_own
from pledgewatch.events.scene_parties import SceneParties
from pledgewatch.events.speech_frames import speech_noun_participles
from pledgewatch.events.talk_topics import talk_topics, talks_about_talks
from pledgewatch.events.target_limits import (
    asked_object,
    attribution_of,
    commanded_doers,
    held_on_own_ground,
    link_ends_first,
    link_words,
    needs_a_party,
    not_a_theme_namer,
    not_the_thing_moved,
    other_side,
    own_place,
    partner_ground,
    partner_phrases,
    route_ends,
    verbless_clause_subjects,
    vicinity_of,
)
from pledgewatch.events.text_authors import text_sources
from pledgewatch.events.thanked_help import thanking_verb
from pledgewatch.events.violated_rules import accused_act_doers, owns_broken_rule
from pledgewatch.events.visits import VISIT_CODE
from pledgewatch.events.voiced_nouns import VoicedWords, voiced_noun_roles

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["LOCATIVE_RELATIONS", "ActorIndex", "Argument", "ArgumentFinder"]


#: The phrases that name the other party of a verb whose object is only its topic ("about").
PARTY_PREPS = frozenset({"with", "between"})


class ArgumentFinder(FarTargets, SceneParties):
    """Sources and targets of the actions of one sentence, with that Doc's actor index."""

    def __init__(self, lexicon: Lexicon, actors: ActorIndex) -> None:
        self.lexicon = lexicon
        self._actors = actors
        actors.venue_named = lexicon.words("@named_for_venue")
        actors.ally_nouns = lexicon.words("@ally")
        actors.no_country_seat = lexicon.words("@no_country_seat")
        actors.plural_pronouns = lexicon.words("@plural_pronoun")
        #: what an act of force fires: ordnance nouns ("rounds of"), weapon words ("artillery")
        self._fired_words = (
            lexicon.words("@ordnance"),
            lexicon.words("@weapon") | lexicon.words("@heavy_weapon") | lexicon.words("@missile"),
        )
        #: what talks a statement is about are called
        self._talk_nouns = lexicon.words("@deliberation") | lexicon.words("@round_of_talks")
        #: the word lists of :func:`located`
        self._place_words = PlaceWords.of(lexicon)
        #: participles of aiming: "sanctions aimed at X" (events/aim_phrases.py)
        self._aims = lexicon.words("@aim_participle")
        self._aim_nouns = lexicon.words("@aim_noun")  # "in a show of force against X"
        self._own_possessives = lexicon.words("@own_possessive")
        self._voiced = VoicedWords.load()  # "threats of X from Y", "despite warnings from Y"
        #: rule texts, violation nouns, verbs of violating (events/violated_rules.py)
        self._rule_words = (
            lexicon.words("@rule_text"),
            lexicon.words("@violation_noun"),
            lexicon.words("@violating"),
        )

    def arguments(
        self, action: Action, content: Action | None
    ) -> tuple[list[Argument], list[Argument]]:
        token = action.token
        kind = action.pattern.kind
        if kind == "noun":
            source_tokens, target_tokens = voiced_noun_roles(
                token, action.pattern.of_role, action.family, self._voiced
            )
            sources = [
                s
                for s in self.resolve(source_tokens)
                if not (s.relation == "modifier" and s.mention.code.startswith("---"))
                and not (
                    s.relation == "modifier" and self._actors.venue_of(s.head, s.mention, token)
                )
            ]  # "military occupation": a sector word, not who occupied; "Geneva talks": where
            targets = self.best_ranked(target_tokens, sources)
            governor = action.governor
            if (
                not sources
                and governor is not None
                and (governor.family != "say" or "declares" in governor.pattern.flags)
                and not others_charge(action, governor)
            ):
                # "called for talks", "announced a suspension of links": the caller's, the
                # announcer's; but "cited domestic opposition", "insisted the unrest ..."
                # name an event, they do not make the speaker its doer
                sources = self.verb_sources(governor.token)
            # "repeated its threats", "carried out the attack": the verb's subject did it, unless
            # the verb is an event of its own ("Seoul condemned the attack"; joined_acts.py)
            if not sources and (doer := doing_verb(self.lexicon, token)) is not None:
                sources = self.verb_sources(doer)  # "the test that X conducted": X (events51)
            if not sources and (said := saying_owner(token, self._own_possessives, self.lexicon)):
                sources = self.verb_sources(said)  # "X said its freeze would last": X's (events53)
            if not sources and (action.pattern.code or "").startswith("04"):
                # "In a call with Hu, Obama urged ...", "During talks with Seoul, Beijing
                # said ...": the subject of the clause a meeting sets the scene for took part
                sources = self._scene_sources(token, action.pattern.code == VISIT_CODE)
            sources = [s for s in sources if not any(s.mention is t.mention for t in targets)]
        elif kind == "adj":
            held = [c for c in token.children if c.dep_ == "nsubjpass"]
            if held and token.pos_ != "ADJ":
                # "it was no longer bound by the accord" (adjective_patterns.py): a state its
                # subject is in, not a passive whose "by" object is the doer
                sources = self.resolve([(held[0], "subj")])
            elif any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                # a headline's copula-less clause: "Kremlin says North Korea ready to ...";
                # "Kim was prepared to meet", with "was" misparsed as a passive auxiliary
                sources = self.verb_sources(token)
            else:
                sources = self.verb_sources(token.head) if token.head is not token else []
            targets = []
        else:
            sources = (
                located(self._actors, self.verb_sources(token), token, self._place_words)
                or text_sources(self._actors, self.lexicon, token)
                or self._sender(token)
            )
            requesters = self._requesters(token)
            about = "about" in action.pattern.flags  # "discussed X with Y": X is the topic
            targets = self.best_ranked(
                [
                    item
                    for item in link_ends_first(
                        object_tokens(token, self._theme_objects(action)),
                        link_words(self.lexicon),
                    )
                    if item[0].i not in requesters and not (about and item[1] not in PARTY_PREPS)
                ],
                sources,
            )
            if "recipient" in action.pattern.flags:
                holders = [token] + [c for c in token.children if c.dep_ in OBJECT_DEPS]
                givers = self.resolve(
                    [
                        (p, prep.lower_)
                        for holder in holders
                        for prep in holder.children
                        if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
                        for p in prep.children
                        if p.dep_ == "pobj"
                    ]
                    # "drew UN condemnation": the giver named on the received noun itself
                    + [(c, c.dep_) for h in holders[1:] for c in h.children if c.dep_ in GIVER_DEPS]
                )
                sources, targets = givers, sources
            elif (
                not sources
                and is_passive(token)
                and (
                    # "forces were engaged in fighting", "was involved in talks": a stative
                    # passive of a light verb; its subject did the act
                    action.family == "light"
                    # "Russian troops were deployed to Belarus": forces moved with no one
                    # named moving them are their own side's show of force (RUS -> BLR)
                    or (
                        (action.pattern.code or "").startswith("15")
                        and any(
                            c.dep_ in PASSIVE_SUBJECT_DEPS and c.i in self._theme_objects(action)
                            for c in token.children
                        )
                    )
                )
            ):
                doers = [(c, "subj") for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
                sources = self.resolve(doers)
                targets = not_among(targets, sources)
            elif (
                not sources
                and is_passive(token)
                and token.lemma_.lower() in self.lexicon.words("@state_act")
                and (state := state_of_place(self._actors, token, STATE_ACT_PREPS))
            ):
                # "a US missionary was arrested in North Korea", "was deported from China":
                # only a state arrests, tries or deports, so with no agent named it is the
                # government of the place (not "was killed in Iraq": anyone can kill)
                sources = state
                targets = [
                    t
                    for t in targets
                    if not (t.relation in STATE_ACT_PREPS and _place_of(t, token))
                ]
            elif not sources and is_passive(token) and (hosts := self._meeting_owners(token)):
                # "a plenary meeting of the Central Committee was held": the body whose
                # meeting it was held it
                sources = hosts
                targets = not_among(targets, sources)
            elif not sources and is_passive(token):
                # "a mortar bomb was fired at it from the Gaza Strip": no agent, so the origin
                origins = [
                    (p, "from")
                    for prep in token.children
                    if prep.dep_ == "prep" and prep.lower_ == "from"
                    for p in prep.children
                    if p.dep_ == "pobj"
                ]
                sources = self.resolve(origins) or self._agents_of_event_phrase(token)
                targets = not_among(targets, sources)
        aims = aimed_objects(token, kind == "noun", self._aims)
        aims += meant_for_objects(token, self._aim_nouns) if kind == "verb" else []
        aimed = self.best_ranked(aims, sources)
        if aimed and (with_country(aimed, sources) or not with_country(targets, sources)):
            # "sanctions aimed at North Korea's leadership", "measures targeting Iranian banks";
            # a country-less one ("targeting non-Muslims") never displaces a country's
            targets = not_among(aimed, sources) or targets
        if (
            kind == "verb"
            and (action.pattern.code or "").startswith("11")
            and not any(c.dep_ in OBJECT_DEPS for c in token.children)
        ):
            # "complained to the UN over Israeli raids": a complaint (CAMEO 11) is aimed at
            # whom it is about; "accused Israel of the killing of X" keeps its object
            grievances = self._grievance_targets(token, sources)
            if grievances:
                targets = grievances
        if (
            kind == "verb"
            and (action.pattern.code or "")[:2] == "16"
            and not with_country(targets, sources)
        ):
            # "adopts tougher sanctions after North Korea nuclear test": aimed at its doer
            causes = self._cause_doers(token, sources)
            if causes:
                targets = causes
        if kind == "verb" and not with_country(targets, sources):
            # "donated and delivered medicine to X", "established ties with and opened an
            # embassy in X": coordinated verbs share the object named after the last one
            shared = self._shared_object_targets(token, sources)
            if shared:
                targets = shared
        if not targets and action.family in ("appeal", "demand", "accuse"):
            # "demanded that the United States match ...": the one asked is the clause's subject;
            # "alleged that France helped ...": so is the one accused
            clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp", "acl")]
            if content is not None:
                clauses.append(content.token)
            subjects = [(g, "subj") for c in clauses for g in c.children if g.dep_ == "nsubj"]
            targets = not_among(self.resolve(subjects), sources)
        if not targets and action.family == "intent":
            # "want to see whether Iran is prepared to ...": the one wished to act is asked
            targets = not_among(self.resolve(seen_doers(token)), sources)
        if content is not None and not targets:
            _, content_targets = (
                self.arguments(content, None) if content.token is not token else ([], [])
            )
            targets = [
                t for t in content_targets if not any(t.mention is s.mention for s in sources)
            ]
        targets = not_among(targets, sources)
        if not sources and action.pattern.symmetric:
            # "talks were held between Israel and Egypt": the two named are the parties
            parties = self._between(token)
            if len(parties) > 1:
                return parties, []
        purpose = _purpose_of_event_noun(action, content)
        if purpose and content is not None:
            # "the launch was intended to mark the birthday of X": the complement is what the
            # launch was for; its objects are no one the launch was done to
            token = content.token
        asked = asked_object(action, targets, sources, self._own_possessives)
        if kind != "noun" and not purpose and not asked and not with_country(targets, sources):
            # "is ready to send troops to Liberia", "threatened to strike the United States":
            # the one the intent or threat is about is the target of the complement's verb
            deeper = self._complement_targets(token, sources)
            if deeper:
                targets = deeper
        if kind != "noun" and not purpose and not with_country(targets, sources):
            # "threatened to strike unless Israel withdrew": a threat (or a promise) made on a
            # condition is aimed at whoever must meet the condition
            conditioned = self.condition_subjects(token, action.family, sources)
            if conditioned:
                targets = conditioned
        avenged = self._avenged_doers(action, content, sources)
        if avenged:
            targets = avenged  # "vowed revenge for the killing of its leader by X": X
        deliberation = self.lexicon.words("@deliberation")
        topics = talk_topics(action, content, deliberation) | talks_about_talks(
            token, self._talk_nouns
        )
        vicinity = vicinity_of(token) if needs_a_party(action) else frozenset()
        vicinity |= route_ends(token, self.lexicon.words("@route"))  # "a pipeline through X to Y"
        if not asked and not with_country(targets, sources):
            # "fired shells at positions in X", "mobilized troops for a war against X": the
            # nearest other country named in the trigger's own phrases
            deepest = self._deep_targets(token, sources, topics | vicinity)
            if deepest:
                targets = deepest
        if vicinity:
            # "visited front-line units near Baengnyeong Island", "met near the border with
            # X": a place near which a visit or meeting happens is no party to it; where it had
            # displaced the verb's own object ("units": ---MIL), that object is the party
            near = [(c, "dobj") for c in token.children if c.dep_ in OBJECT_DEPS]
            targets = [t for t in targets if t.head.i not in vicinity] or not_among(
                self.resolve(near if targets and kind == "verb" else []), sources
            )
        if not targets and kind == "verb":
            # "reneged on its commitment to the Kenyan people": promised, of its own country too
            promised = promised_parties(token, self.lexicon.words("@pledge_noun"))
            targets = not_among(self.resolve(promised), sources)
        if not targets and kind == "verb":
            # "a tribunal found Jang guilty": the small clause's subject is the one found
            targets = not_among(
                self.resolve([(s, "dobj") for s in verbless_clause_subjects(token)]), sources
            )
        if not targets and kind == "verb" and sources:
            # "summoned the ambassador to complain", "called in the envoy to protest": a
            # verbal act in a purpose clause is addressed to the one its verb acted on
            targets = self._addressed_by_purpose(action, sources)
        if not targets and kind == "verb" and sources:
            # "opened fire to disperse demonstrators": with no one else named, the ones the
            # act's purpose clause is done to, even when they carry no country
            targets = self._purpose_targets(token, sources)
        if (
            not targets
            and kind == "verb"
            and (thanker := thanking_verb(token, self.lexicon.words("@thanking")))
        ):  # "thanked Greece for sending rescue teams": sent to the one who thanks
            targets = not_among(self.verb_sources(thanker), sources)
        visit_hosts = self._visit_hosts(action)
        if visit_hosts is not None:
            targets = visit_hosts  # "returned to Pyongyang from Beijing": Pyongyang's
        # "held a drill on Yeonpyeong Island", "restart the reactor at Yongbyon": own ground
        drill = held_on_own_ground(action, content, self.lexicon)
        targets = [
            t for t in targets if not own_place(t, sources, action.pattern.code or "", drill)
        ]
        partners = {  # "over South Korea in a drill with South Korean forces": not aimed at
            a.mention.code[:3]
            for p in partner_phrases(token)
            for a in self._actors.actors_of(p, "with")
        }
        targets = [
            t for t in targets if not partner_ground(t, partners, action.pattern.code or "", drill)
        ]
        if token.lemma_.lower() in self.lexicon.words("@command"):  # "ordered patrols by police"
            targets = [t for t in targets if t.mention.start not in commanded_doers(token)]
        targets = not_the_thing_moved(
            action,
            # "cut the Red Cross hotline", "a letter from the leader": named by the theme only
            other_side(not_a_theme_namer(targets, self.lexicon), sources),
            sources,
            self._fired_words,
            self._own_possessives,
        )
        if targets != (
            kept := released_own(
                action, content, targets, sources, self.lexicon.words("@own_possessive")
            )
        ):
            # "demanded the release of its sailors held by Iran": aimed at the holder
            targets = kept or not_among(self.resolve(holders_of_released(action, content)), sources)
        # "demanded an apology over the sinking of its warship": its own ship is not asked
        targets = own_topic_targets(action, targets, sources, self._actors.vessel_names)
        if topics:
            # "held consultations on the launch by North Korea", "talks on a Sudan ceasefire":
            # what talks are about is no party to them
            targets = [t for t in targets if t.head.i not in topics]
        if kind == "verb" and "about" in action.pattern.flags:
            # "met X to discuss the Syrian conflict": what is discussed is no party to it
            targets = [t for t in targets if t.relation in PARTY_PREPS]
        if (action.pattern.code or "").startswith("11") and targets != (
            kept := [t for t in targets if not owns_broken_rule(t, *self._rule_words)]
        ):
            # "called it a violation of U.N. resolutions": not the UN, the launch's doer
            targets = kept or not_among(self.resolve(accused_act_doers(token)), sources)
        victims = not_among(
            self.resolve(casualty_victims(token, *casualty_words(self.lexicon))), sources
        )
        if victims and (
            with_country(victims, sources) or all(t.relation in LOCATIVE_RELATIONS for t in targets)
        ):  # "sailors died in the sinking near Crete": the dead, not the place
            targets = victims
        if not sources:
            # "the parade marked the 100th birthday of Kim Il Sung": the one honoured is no
            # one the act is done to, and with no one doing it there is no event
            honoured = self.lexicon.words("@commemorated")
            targets = [
                t for t in targets if not (t.via is not None and t.head.lemma_.lower() in honoured)
            ]
        return sources, [as_place(t) for t in targets]

    def _requesters(self, verb: Any) -> frozenset[int]:
        """Tokens of the verb's circumstance phrases that name who asked for the act ("met at
        the request of the US", "came on the invitation of Japan", "upon the proposal of X"):
        a speech-act noun whose "of" actor is its source (``of=source`` in ``nouns.tsv``) and
        its "of" phrase. The one who asked is no one the act is done to; "decided on a request
        from X" has no "of" asker and keeps X."""
        out: set[int] = set()
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "upon"):
                continue
            for noun in prep.children:
                patterns = self.lexicon.patterns("noun", noun.lemma_.lower())
                if noun.dep_ != "pobj" or not any(
                    p.of_role == "source" and p.family for p in patterns
                ):
                    continue
                for of in noun.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        out.update(t.i for t in of.subtree)
                        out.add(noun.i)  # and the noun, whose owner is found through "of"
        return frozenset(out)

    def _deep_targets(
        self, token: Any, sources: list[Argument], topics: frozenset[int] = frozenset()
    ) -> list[Argument]:
        """Country-bearing actors below the trigger (:func:`deep_target_tokens`) at the nearest
        depth that has one naming a country other than the sources'; never inside a phrase
        naming who asked for the act (:meth:`_requesters`) or what talks are about
        (``topics``)."""
        skip = frozenset(i for s in sources for i in range(s.mention.start, s.mention.end))
        skip |= self._requesters(token) | topics | attribution_of(token)
        own = {s.mention.code[:3] for s in sources}
        best_depth = None
        chosen: list[Argument] = []
        for candidate, depth in deep_target_tokens(token, skip):
            if best_depth is not None and depth > best_depth:
                break
            # a place reached deep down is still a place ("talks in Geneva"), not a party
            place = candidate.dep_ == "pobj" and candidate.head.lower_ in LOCATIVE_RELATIONS
            relation = candidate.head.lower_ if place else "deep"
            for argument in self._actors.actors_of(candidate, relation):
                code = argument.mention.code
                if code.startswith("---") or code[:3] in own:
                    continue
                best_depth = depth
                chosen.append(argument)
        return unique_arguments(chosen)

    def _sender(self, verb: Any) -> list[Argument]:
        """Who sent or issued the speech noun a participle hangs on ("Trump sent a letter
        threatening to pull funding", "issued a statement condemning the test"): the
        participle's doer; [] for any other verb."""
        holder = verb.head.head if verb.dep_ == "acl" else verb.head
        if holder is verb or holder.pos_ not in ("VERB", "AUX"):
            return []
        if verb not in speech_noun_participles(holder, self.lexicon.words("@speech_noun")):
            return []
        return self.verb_sources(holder)

    def verb_sources(self, verb: Any) -> list[Argument]:
        if is_to_complement(verb) and time_taken(verb.head, self.lexicon.words("@time_taken")):
            return []  # "it could take months to restart the reactor": the doer is not named
        found = self.resolve(subject_tokens(verb))
        if not found and infinitival_relative(verb):
            # "will take all necessary measures to protect its people": no actor in the
            # measures, so the one who takes them does the protecting
            return self.verb_sources(verb.head.head)
        return found

    def _theme_objects(self, action: Action) -> frozenset[int]:
        """Objects the pattern was matched on ("artillery" in fire+artillery): not targets."""
        groups = [g for g in action.pattern.requires if "@ACTOR" not in g]
        if not groups:
            return frozenset()
        themes = set()
        for child in action.token.children:
            if child.dep_ in OBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
                words = np_words(child)
                if any(group & words for group in groups):
                    themes.add(child.i)
        return frozenset(themes)

    def best_ranked(
        self, ranked: list[tuple[Any, str, int]], sources: list[Argument] | None = None
    ) -> list[Argument]:
        """The actors of the best-ranked argument that has any; an argument naming a known
        country other than the source's beats a better-ranked one that does not ("offered its
        troops to Lebanon", "military aid to Mozambique")."""
        by_rank: list[tuple[int, list[Argument]]] = []
        for token, relation, rank in ranked:
            arguments = self._actors.actors_of(token, relation, owners_only=relation == "theme")
            if arguments:
                by_rank.append((rank, arguments))
        if not by_rank:
            return []
        source_countries = {a.mention.code[:3] for a in sources or []}

        def informative(arguments: list[Argument]) -> bool:
            return any(
                not a.mention.code.startswith("---") and a.mention.code[:3] not in source_countries
                for a in arguments
            )

        chosen = next((args for _, args in by_rank if informative(args)), None)
        if chosen is None:
            best = by_rank[0][0]
            chosen = [a for rank, args in by_rank if rank == best for a in args]
        return unique_arguments(chosen)

    def resolve(self, tokens: list[tuple[Any, str]]) -> list[Argument]:
        """The actors of each (token, relation) pair, each actor once, in order."""
        found: list[Argument] = []
        for token, relation in tokens:
            found.extend(self._actors.actors_of(token, relation))
        return unique_arguments(found)


GIVER_DEPS = ("compound", "amod", "poss")


def _purpose_of_event_noun(action: Action, content: Action | None) -> bool:
    """Is ``action`` a light or purpose verb whose subject is the event noun it codes ("the
    launch was intended to mark ...", "the drills are aimed at deterring ...")? Its complement
    then says what the event was for, not whom it was done to."""
    return (
        action.family == "light"
        and action.pattern.kind == "verb"
        and content is not None
        and content.pattern.kind == "noun"
        and content.token.head.i == action.token.i
        and content.token.dep_ in ("nsubj", "nsubjpass")
    )


#: Prepositions of the place where an agentless act of state happens ("arrested in", "deported
#: from"): its government did it.
STATE_ACT_PREPS = frozenset({"in", "from"})


def _place_of(argument: Argument, verb: Any) -> bool:
    """Is the argument a place phrase on the verb itself ("arrested [in Pyongyang]")?"""
    prep = argument.head.head
    return prep.dep_ == "prep" and prep.head.i == verb.i
