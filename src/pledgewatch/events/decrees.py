"""What a signed decree, law or order orders is its signer's act, not an agreement.

"Kim Jong Un signed the order to launch the satellite" was coded 057, a formal agreement, as
any "signed" is: but a decree, a law, a bill or an order is one party's act of government, not
an accord between parties. ``sign.v+decree`` (verbs.tsv) is a light verb, so the act the text
orders is coded with the signer as its doer ("Putin signed a decree banning imports from
Turkey": RUSGOV → TUR 163; "signed the law imposing sanctions on Iran": 163), and a bare
"signed a bill" codes nothing. The ordered act is the infinitive or participle hanging on the
decree noun (word class ``@decree`` in word_classes.tsv), which a light verb does not reach by
itself: its content is its object, not what the object's own modifiers say.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon

#: A decree noun's modifiers that say what it orders: "the order to launch", "a decree banning
#: imports", "a law that bans imports".
_ORDERING_DEPS = frozenset({"acl", "relcl"})


def ordered_acts(noun: Any, family: str | None, lexicon: Lexicon) -> list[Any]:
    """The verbs a light verb's decree object orders ("signed a decree [banning] imports")."""
    if family != "light" or noun.lemma_.lower() not in lexicon.words("@decree"):
        return []
    return [c for c in noun.children if c.dep_ in _ORDERING_DEPS and c.pos_ in ("VERB", "AUX")]
