"""Who is no target of an act although the parse puts them near it.

Four limits the argument finder (:mod:`pledgewatch.events.arguments`) applies after its
searches: a place *near* which a visit or a meeting happens is no party to it ("visited
front-line units near Baengnyeong Island" is no visit to South Korea; acts of force keep it:
"fired shells near the border with X"); the one an appeal or a demand asks to act is its target,
and the objects of what is asked are not ("urged the government to cut its military ties with
North Korea" is aimed at the government, not at North Korea), unless the one asked is the
source's own side ("ordered his rocket forces to strike U.S. targets"); and a party of a
"between" phrase of the source's own country is the source's own side ("We propose talks
between the authorities of the DPRK and the United States", said by the DPRK, is aimed at the
United States). And the one a sentence is attributed to ("..., according to the State
Department") is its source of news, no party to what it reports; and the places a pipeline,
road or cable runs through and to are no parties to an act about it, and nor is the author of a
message or letter the act hands over ("handed him a letter from the leader"). Kept apart from
the argument finder, which reads the roles themselves. The "with" phrase of a link the act cuts
names its other end before the link's owner ("cut the Red Cross hotline with South Korea" is
aimed at South Korea). And a partner's own ground is no target of a show
of force done with it ("flew bombers over South Korea in a drill with South Korean forces").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.actors.seen import is_state
from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.composition import FORCE_ROOTS
from pledgewatch.events.dependency_roles import OBJECT_CONTROL, OBJECT_DEPS, preps_of
from pledgewatch.nlp.prepositions import LOCATIVE_RELATIONS

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.lexicon import Lexicon

__all__ = [
    "asked_object",
    "attribution_of",
    "commanded_doers",
    "held_on_own_ground",
    "link_ends_first",
    "link_words",
    "not_a_theme_namer",
    "not_the_link_runner",
    "needs_a_party",
    "not_the_thing_moved",
    "other_side",
    "own_place",
    "partner_ground",
    "partner_phrases",
    "route_ends",
    "verbless_clause_subjects",
    "vicinity_of",
]

#: Codes of withdrawing or reducing (16x, 087x): what one pulls out of one's own is no target.
_WITHDRAWAL_PREFIXES = ("16", "087")


#: CAMEO roots whose target is a party (not the ground an act of force is aimed at): all but
#: the roots of force (15, 17-20, :data:`pledgewatch.events.composition.FORCE_ROOTS`).
_FORCE_ROOTS = FORCE_ROOTS


def other_side(targets: list[Argument], sources: list[Argument]) -> list[Argument]:
    """ "We propose talks between the authorities of the DPRK and the United States" (the DPRK
    speaking): a party of a "between" phrase of the source's own country is the source's side,
    no target, when the phrase names another."""
    own = {s.mention.code[:3] for s in sources if not s.mention.code.startswith("---")}
    if not own or not any(t.relation == "between" for t in targets):
        return targets
    others = [t for t in targets if not (t.relation == "between" and t.mention.code[:3] in own)]
    return others or targets


def not_the_thing_moved(
    action: Action,
    targets: list[Argument],
    sources: list[Argument],
    fired_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    own_possessives: frozenset[str] = frozenset(),
) -> list[Argument]:
    """Targets less what the act moves: the source's own people a withdrawal pulls out ("broke
    its agreements when it pulled out its workers": the North's workers are no target of the
    North's withdrawal; "expelled the Japanese diplomats" keeps them, the owner being another),
    the ordnance an act of force fires ("fired 110 rounds of coastal artillery": the artillery
    is the weapon, no one fired at). ``fired_words``: the ordnance nouns (``@ordnance``: rounds,
    a barrage) and the weapon words (``@weapon`` and kin) of the lexicon; ``own_possessives``
    its ``@own_possessive`` ("its workers")."""
    code = action.pattern.code or ""
    token = action.token
    own = {s.mention.code[:3] for s in sources if not s.mention.code.startswith("---")}
    kept = []
    for target in targets:
        head = target.head
        if (
            code.startswith(_WITHDRAWAL_PREFIXES)
            and target.mention.code[:3] in own
            and (
                _own_possession(head, own_possessives)
                # "withdraw all of its workers": the quantifier fills the role, its "of"
                # noun is what is owned
                or _own_possession(_quantified_noun(target), own_possessives)
            )
        ):
            continue
        if code[:2] in _FORCE_ROOTS and _fired_material(target, token, *fired_words):
            continue
        kept.append(target)
    return kept


def _fired_material(
    target: Argument, trigger: Any, ordnance: frozenset[str], weapons: frozenset[str]
) -> bool:
    """A country-less agent noun in the "of" phrase of what the trigger fires, when that is
    ordnance ("rounds of coastal artillery", "a barrage of rockets") or the noun is a weapon:
    the weapon, not a target. Not the people of any other "of" phrase ("killed dozens of
    police officers", "shot scores of soldiers": the victims)."""
    if not target.mention.code.startswith("---"):
        return False
    word = target.head.doc[target.mention.end - 1]
    fired = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else None
    return (
        fired is not None
        and fired.dep_ == "dobj"
        and fired.head == trigger
        and (fired.lemma_.lower() in ordnance or word.lemma_.lower() in weapons)
    )


def verbless_clause_subjects(verb: Any) -> list[Any]:
    """The subjects of a verb's verbless small-clause complements, which the parser hangs under
    the predicate ("found [Jang guilty]", "declared [him a traitor]"): the one the verb acts
    on. Not a finite clause ("found that Jang was guilty": a finding about Jang, with a verb)."""
    return [
        child
        for clause in verb.children
        if clause.dep_ in ("ccomp", "xcomp")
        and clause.pos_ in ("ADJ", "NOUN")
        and not any(c.dep_ in ("mark", "aux", "auxpass", "cop") for c in clause.children)
        for child in clause.children
        if child.dep_ == "nsubj"
    ]


def asked_object(
    action: Action,
    targets: list[Argument],
    sources: list[Argument],
    own_possessives: frozenset[str] = frozenset(),
) -> bool:
    """Is the target the one an appeal or demand asks to act ("urged the government to cut
    its ties with North Korea")? Then the complement's own objects are what is asked, no
    target, even when the one asked names no country. Not one's own side ("ordered his
    rocket forces to strike U.S. targets": the order is aimed at the targets)."""
    token = action.token
    own = {s.mention.code[:3] for s in sources if not s.mention.code.startswith("---")}
    return (
        action.pattern.kind == "verb"
        and token.lemma_.lower() in OBJECT_CONTROL
        and any(
            t.relation == "dobj"
            and t.mention.code[:3] not in own
            and not _own_possession(t.head, own_possessives)
            for t in targets
        )
        and any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    )


def _quantified_noun(target: Argument) -> Any:
    """The noun of a quantifier's "of" phrase that the target's mention ends in ("all of its
    workers": workers), or the role's own token when the mention is not in such a phrase."""
    word = target.head.doc[max(target.mention.end, 1) - 1]
    prep = word.head
    if word.dep_ == "pobj" and prep.lower_ == "of" and prep.head == target.head:
        return word
    return target.head


def _own_possession(noun: Any, own_possessives: frozenset[str]) -> bool:
    """ "his rocket forces", "their troops": the subject's own (``own_possessives``: the
    lexicon's ``@own_possessive``)."""
    return any(c.dep_ == "poss" and c.lower_ in own_possessives for c in noun.children)


def commanded_doers(verb: Any) -> frozenset[int]:
    """Tokens of the "by" phrase of a command's object noun ("ordered patrols by police and
    soldiers"): the ones ordered to act, who do the act, not whom it is done to."""
    return frozenset(
        t.i
        for noun in verb.children
        if noun.dep_ in OBJECT_DEPS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for t in prep.subtree
    )


def needs_a_party(action: Action) -> bool:
    """Is the act one whose target is a party (a visit, a meeting, a statement), not one of
    force, whose target may be the ground near which it happens?"""
    code = action.pattern.code
    return code is not None and code[:2] not in _FORCE_ROOTS


#: Prepositions of a place one is near.
_NEAR = ("near", "around", "off")


def vicinity_of(token: Any) -> frozenset[int]:
    """Tokens inside a "near" (or "around", "off") phrase of the trigger or of its objects
    ("visited units near the island", "met near the border with X"): a place one is near,
    where no one is visited."""
    return frozenset(t.i for prep in preps_of(token, _NEAR) for t in prep.subtree)


#: Prepositions that start a route ("through North Korea", "from Moscow") or end it ("to X").
_ROUTE_STARTS = ("through", "via", "from", "across")


def route_ends(token: Any, routes: frozenset[str]) -> frozenset[int]:
    """Tokens of the places a route runs through and to ("agreed to study a gas pipeline
    through North Korea to South Korea", "a railway from Moscow to Beijing"): where a pipeline,
    road or cable (word class ``@route``) goes is no party to the act. Only a route with both
    ends or a waypoint named: "a pipeline to China" may name its partner."""
    found: set[int] = set()
    for holder in token.subtree:
        objects = [holder, *(c for c in holder.children if c.dep_ in OBJECT_DEPS)]
        if not any(o.lemma_.lower() in routes for o in objects):
            continue
        # the parse hangs "from X" on the railway and "to Y" on the verb, or both on either
        preps = [c for o in objects for c in o.children if c.dep_ == "prep"]
        legs = [p for p in preps if p.lower_ in _ROUTE_STARTS or p.lower_ == "to"]
        if any(p.lower_ == "to" for p in legs) and any(p.lower_ != "to" for p in legs):
            found.update(t.i for p in legs for t in p.subtree)
    return frozenset(found)


def attribution_of(token: Any) -> frozenset[int]:
    """Tokens of an "according to" phrase on the trigger or on a verb above it ("Iran agreed to
    allow inspectors to return, according to the State Department"): who told it, no target."""
    holders = [token, *token.ancestors]
    return frozenset(
        t.i
        for holder in holders
        for prep in holder.children
        if prep.lower_ == "according"
        for t in prep.subtree
    )


#: Relations of a place where an act is done ("activities at Yongbyon", "in Kaesong").
_SITE_RELATIONS = LOCATIVE_RELATIONS | {"at"}
#: CAMEO roots of protest (14), aimed at the state of the place where it is held.
_PROTEST_ROOTS = frozenset({"14"})


def own_place(target: Argument, sources: list[Argument], code: str, drill: bool = False) -> bool:
    """A place in the source's own country is where the act starts or is done, not whom it is
    done to: "DPRK launched the satellite from the Sohae Space Center", "agreed to a moratorium
    on nuclear activities at Yongbyon" are no acts on PRK. Only a "from" phrase, or a place
    named "at" or "in" (a place, not its government: "at Pyongyang" is PRKGOV) on an act that
    is no force or protest: "Syrian forces fired at Homs" is aimed at the city, the state's
    own, and "Kurds demonstrated in Kirkuk" at the state that holds it. A ``drill`` (an
    exercise or manoeuvre, word class ``@exercise``) is a show of force but is held on one's own
    ground too: "South Korean marines held a live-fire drill on Yeonpyeong Island" is aimed at
    no one there, whatever the preposition of place ("on", "near", "off", "around", "in"); nor
    is the place that names its site or plant ("restart the Yongbyon reactor"), whoever acts."""
    mention = target.mention
    place = getattr(mention, "is_location", False) or getattr(mention, "kind", "") == "place"
    if drill and place and target.relation in _NAMED_THING_RELATIONS and target.via is not None:
        return True  # "restart the Yongbyon reactor": the place names the plant, no party
    country = target.mention.code[:3]
    if not any(s.mention.code[:3] == country for s in sources):
        return False
    if target.relation == "from":
        return True
    if not place or mention.code != country:
        return False
    if drill:
        return target.relation in _SITE_RELATIONS | _DRILL_GROUND_RELATIONS
    return target.relation in _SITE_RELATIONS and code[:2] not in FORCE_ROOTS | _PROTEST_ROOTS


def held_on_own_ground(action: Action, content: Action | None, lexicon: Lexicon) -> bool:
    """Is the act a drill, a weapons test or work at a weapons plant, held on one's own ground:
    its trigger, its content's or its object's word an exercise, a test or a plant ("held a
    live-fire drill", "the exercise was staged", "conducted a nuclear test at its site",
    "would restart the reactor at Yongbyon": word classes @exercise, @weapons_test and
    @weapons_plant)?"""
    exercise = (
        lexicon.words("@exercise")
        | lexicon.words("@weapons_test")
        | lexicon.words("@weapons_plant")
    )
    words = [action.token, *(c for c in action.token.children if c.dep_ in OBJECT_DEPS)]
    if content is not None:
        words.append(content.token)
    return any(w.lemma_.lower() in exercise or w.lower_ in exercise for w in words)


#: Relations of the thing an act is done to ("restart the Yongbyon reactor"), not its ground.
_NAMED_THING_RELATIONS = frozenset({"theme", "dobj"})


#: Prepositions of the ground a drill is held on, besides those of a site ("on the island",
#: "off the coast", "near the border island", "around Jeju").
_DRILL_GROUND_RELATIONS = frozenset({"on", "onto", *_NEAR})


#: Prepositions that name a partner of an act ("in a drill with X", "alongside X").
_PARTNER_PREPS = frozenset({"with", "alongside"})
#: Prepositions of the ground a show of force is done over or in.
_GROUND_RELATIONS = _SITE_RELATIONS | _DRILL_GROUND_RELATIONS | {"over", "above"}


def partner_phrases(token: Any) -> list[Any]:
    """The objects of the partner phrases of an act: on its trigger ("flew alongside Polish
    jets"), its objects, or the noun of an "in"/"during" phrase that sets the act in a joint
    undertaking ("flew bombers ... in a drill with South Korean forces")."""
    holders = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS)]
    holders += [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return [
        pobj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in _PARTNER_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def partner_ground(target: Argument, partners: set[str], code: str, drill: bool = False) -> bool:
    """Is ``target`` the own country of a partner of the act (``partners``: country codes of
    :func:`partner_phrases`), named as the ground over or in which a show of force or a drill
    is done? The partner is not aimed at: "The United States flew B-2 bombers over South Korea
    in a drill with South Korean forces" has no target there; "sent warships to the
    Philippines" keeps its destination."""
    if not (drill or code[:2] in _FORCE_ROOTS) or target.relation not in _GROUND_RELATIONS:
        return False
    # the bare country code: the country or a place in it, not its government or forces
    return target.mention.code in partners


def link_ends_first(
    ranked: list[tuple[Any, str, int]], links: frozenset[str]
) -> list[tuple[Any, str, int]]:
    """``ranked`` (:func:`pledgewatch.events.dependency_roles.object_tokens`) with the "with"
    objects first when the act's theme object is a link (``links``: word class
    ``@cooperation_link``): "cut the Red Cross hotline with South Korea" is aimed at the
    hotline's other end, whether the parse hangs "with" on the hotline or on the verb, not at
    the Red Cross that names the hotline."""
    themes = [t for t, relation, _ in ranked if relation == "theme" and t.lemma_.lower() in links]
    holders = {t.i for t in themes} | {t.head.i for t in themes}
    reranked = [
        (token, relation, -1)
        if relation == "with" and token.head.dep_ == "prep" and token.head.head.i in holders
        else (token, relation, rank)
        for token, relation, rank in ranked
    ]
    return sorted(reranked, key=lambda item: item[2])


def not_the_link_runner(targets: list[Argument], links: frozenset[str]) -> list[Argument]:
    """Targets less the body that runs a link the act is about (``links``: word class
    ``@cooperation_link``), named only as the link's modifier: "cut the Red Cross hotline" is no
    act on the Red Cross, which runs the hotline between two sides. A state named so is the
    link's other end and stays ("cut Iran trade links"), and so does a "with" phrase."""
    return [
        t
        for t in targets
        if not (
            t.relation == "theme"
            and {t.head.lemma_.lower(), t.head.lower_} & links
            and not t.mention.start <= t.head.i < t.mention.end
            and not is_state(t.mention.code)
        )
    ]


def link_words(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of links between two sides: ``@cooperation_link`` (hotlines, exchanges,
    channels) and ``@link_line`` (a line that a ``@line_kind`` word makes a link, "the Red
    Cross telephone line")."""
    return lexicon.words("@cooperation_link") | lexicon.words("@link_line")


def not_a_theme_namer(targets: list[Argument], lexicon: Lexicon) -> list[Argument]:
    """Targets less those the act's theme names but is not aimed at: the body running a link
    (:func:`not_the_link_runner`, :func:`link_words`) and the author of a message
    (word class ``@speech_noun``) named in its "from" or "by" phrase: "handed him a letter from
    the North Korean leader" is aimed at him, not at the leader who wrote it."""
    runners = not_the_link_runner(targets, link_words(lexicon))
    messages = lexicon.words("@speech_noun")
    return [t for t in runners if not _message_author(t, messages)]


def _message_author(target: Argument, messages: frozenset[str]) -> bool:
    theme = target.head
    if target.relation != "theme" or theme.lemma_.lower() not in messages:
        return False
    doc = theme.doc
    return any(
        doc[i].head.dep_ == "prep"
        and doc[i].head.lower_ in ("from", "by")
        and doc[i].head.head.i == theme.i
        for i in range(target.mention.start, target.mention.end)
    )
