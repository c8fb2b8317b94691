"""Reported speech: who vouches for which stretch of text.

News English attributes almost every claim: "according to X, ...", "..., X said", "X told Reuters
that ...", a quotation and its speaker. This module reads those constructions from spaCy's
dependency parse, sentence by sentence, and classifies each source into a `SourceKind`.

It is shared by the quotes component (which also gives quotations their speakers) and by the
event component (which turns the attributions covering an event's sentence into its sources).

Design choices, documented here because they shape the output:

* a source's ``name`` is the noun phrase as written, with its determiner ("the Ministry of
  Defense", "One inhabitant of Kunduz") but without appositions and relative clauses; a leading
  title before a proper name ("Taliban spokesman Zabihullah Mujahid") goes to ``role``;
* ``role`` is an apposition's noun phrase without its article and without place/time modifiers
  ("X, a women's rights activist in Y" -> "women's rights activist"), but keeping "of"/"for"
  complements that say what the role is ("member of the provincial council");
* "according to the report" is a ``media`` source: a "report" in news English is, unless its
  author is named ("a UN report"), a published news or agency report;
* a named person with no role and no actor behind the name is a ``witness``: officials, experts
  and party spokesmen are, by press convention, introduced with their title, ordinary people
  are not;
* an activist is a ``witness`` (a local civil-society voice reporting what they see), not an expert.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from frontwire.nlp.extensions import doc_text
from frontwire.records import ActorMention, Attribution, SourceKind
from frontwire.records import Span as TextSpan

# --------------------------------------------------------------------------- lexicons

#: lemmas of verbs that report speech or writing; their subject is the source
_SPEECH_VERB_LIST = """
    say tell claim state add describe announce report write insist warn deny confirm explain note
    declare assert argue allege acknowledge admit comment remark reply respond answer stress
    emphasise emphasize reiterate recall predict vow pledge promise threaten suggest tweet mention
    observe conclude recount shout cry scream exclaim whisper testify inform disclose reveal maintain
    contend lament complain boast concede caution estimate quote accuse blame criticise criticize
    condemn
"""
SPEECH_VERBS: frozenset[str] = frozenset(_SPEECH_VERB_LIST.split())

#: verbs that name a speaker only for the quotation they frame ("he called the attack “barbaric”"):
#: without one, "called for talks" or "branded a traitor" attribute nothing
QUOTE_FRAME_VERBS: frozenset[str] = frozenset({"call", "term", "dub", "brand", "label", "hail"})

#: verbs that attribute only when their subject is a document, a medium or footage
#: ("the report shows", "footage posted online showed"), not a person doing something
EVIDENCE_VERBS: frozenset[str] = frozenset(
    {"show", "indicate", "suggest", "depict", "reveal", "document", "post", "share"}
)

#: pronouns a speaker may be named by, and what their antecedent must be
PRONOUNS: dict[str, str] = {"he": "person", "she": "person", "they": "group", "it": "group"}

# Source kinds are read from the head noun of the source phrase (and of its role), then from
# modifiers anywhere in it. Words are lower case and singular; plurals are reduced before lookup.
UNNAMED_MARKERS: tuple[str, ...] = (
    "anonymity",
    "anonymous",
    "unnamed",
    "unidentified",
    "not authorised",
    "not authorized",
    "declined to be named",
    "declined to be identified",
    "asked not to be named",
    "asked not to be identified",
    "familiar with",
    "requested anonymity",
)
UNNAMED_HEADS: frozenset[str] = frozenset({"source", "insider", "someone"})

SOCIAL_MARKERS: tuple[str, ...] = (
    "social media",
    "social-media",
    "twitter",
    "telegram",
    "facebook",
    "youtube",
    "tiktok",
    "instagram",
    "whatsapp",
    "online",
    "tweet",
    "on x",
    "blogger",
    "influencer",
)
SOCIAL_HEADS: frozenset[str] = frozenset({"footage", "video", "post", "tweet", "user", "account", "blogger"})

#: head nouns of the source phrase -> kind; None marks a generic head decided by its modifiers
HEAD_KIND: dict[str, SourceKind | None] = {
    # party: the armed sides and their spokesmen
    "army": "party",
    "military": "party",
    "force": "party",
    "troop": "party",
    "soldier": "party",
    "commander": "party",
    "commando": "party",
    "fighter": "party",
    "militant": "party",
    "rebel": "party",
    "insurgent": "party",
    "militia": "party",
    "militiaman": "party",
    "mujahideen": "party",
    "jihadist": "party",
    "taliban": "party",
    "police": "party",
    "policeman": "party",
    "officer": "party",
    # official: government and international officials
    "official": "official",
    "minister": "official",
    "governor": "official",
    "mayor": "official",
    "lawmaker": "official",
    "legislator": "official",
    "parliamentarian": "official",
    "mp": "official",
    "senator": "official",
    "deputy": "official",
    "councillor": "official",
    "councilor": "official",
    "president": "official",
    "premier": "official",
    "government": "official",
    "administration": "official",
    "authority": "official",
    "envoy": "official",
    "ambassador": "official",
    "diplomat": "official",
    "secretary-general": "official",
    "prosecutor": "official",
    "judge": "official",
    "court": "official",
    "embassy": "official",
    "un": "official",
    "unama": "official",
    # media
    "agency": "media",
    "newspaper": "media",
    "daily": "media",
    "broadcaster": "media",
    "television": "media",
    "tv": "media",
    "radio": "media",
    "channel": "media",
    "outlet": "media",
    "reporter": "media",
    "journalist": "media",
    "correspondent": "media",
    "report": "media",
    "medium": "media",
    "media": "media",
    "press": "media",
    "magazine": "media",
    "website": "media",
    "news": "media",
    "reuters": "media",
    "afp": "media",
    "ap": "media",
    # witness: ordinary people on the ground
    "resident": "witness",
    "inhabitant": "witness",
    "witness": "witness",
    "eyewitness": "witness",
    "local": "witness",
    "villager": "witness",
    "farmer": "witness",
    "shopkeeper": "witness",
    "trader": "witness",
    "merchant": "witness",
    "people": "witness",
    "person": "witness",
    "man": "witness",
    "woman": "witness",
    "men": "witness",
    "women": "witness",
    "mother": "witness",
    "father": "witness",
    "survivor": "witness",
    "refugee": "witness",
    "student": "witness",
    "teacher": "witness",
    "driver": "witness",
    "doctor": "witness",
    "nurse": "witness",
    "relative": "witness",
    "neighbour": "witness",
    "neighbor": "witness",
    "citizen": "witness",
    "activist": "witness",
    "elder": "witness",
    # expert
    "analyst": "expert",
    "expert": "expert",
    "researcher": "expert",
    "scholar": "expert",
    "professor": "expert",
    "academic": "expert",
    "consultant": "expert",
    "fellow": "expert",
    "economist": "expert",
    "historian": "expert",
    "observer": "expert",
    "monitor": "expert",
    "think-tank": "expert",
    "institute": "expert",
    # generic heads: the modifiers decide ("a Taliban spokesman", "a member of the council")
    "spokesman": None,
    "spokeswoman": None,
    "spokesperson": None,
    "representative": None,
    "member": None,
    "head": None,
    "chief": None,
    "leader": None,
    "statement": None,
    "ministry": None,
    "department": None,
    "office": None,
    "group": None,
    "source": None,
}

#: modifiers (phrases) anywhere in the source phrase, tried in this order when the head is generic
MODIFIER_KIND: tuple[tuple[SourceKind, tuple[str, ...]], ...] = (
    # a rights group that monitors a war is no side of it, whatever defence its name speaks of
    # ("the National Human Rights Defense Network")
    ("expert", ("human rights", "rights group", "rights network", "rights defenders")),
    (
        "party",
        (
            "defence",
            "defense",
            "army",
            "military",
            "armed forces",
            "taliban",
            "rebel",
            "militant",
            "insurgent",
            "militia",
            "jihadist",
            "mujahideen",
            "police",
            "security forces",
            "islamic state",
            # military ranks before a name ("Colonel Ivan Petrov", "Brig. Gen. X")
            "colonel",
            "col",
            "brigadier",
            "brig",
            "lieutenant",
            "lt",
            "sergeant",
            "sgt",
            "major general",
            "gen",
        ),
    ),
    (
        "expert",
        (
            "crisis group",
            "think tank",
            "think-tank",
            "institute",
            "university",
            "research",
            "human rights watch",
            "amnesty",
            "foundation",
        ),
    ),
    (
        "official",
        (
            "government",
            "ministry",
            "council",
            "parliament",
            "provincial",
            "district",
            "municipal",
            "united nations",
            "un",
            "unama",
            "nato",
            "state department",
            "white house",
            "embassy",
            "president",
            # civil titles before a name ("Attorney General Tarek Saab", "Governor Babagana Zulum")
            "attorney general",
            "attorney-general",
            "minister",
            "governor",
            "mayor",
            "senator",
            "prosecutor",
            "ambassador",
            "envoy",
        ),
    ),
    (
        "media",
        (
            "news",
            "reuters",
            "afp",
            "associated press",
            "bbc",
            "cnn",
            "al jazeera",
            "television",
            "tv",
            "radio",
            "newspaper",
            "agency",
            "media",
        ),
    ),
    ("witness", ("resident", "local", "villager", "eyewitness", "witness")),
)

#: actor types of the actors component -> source kind when the lexicons say nothing
ACTOR_TYPE_KIND: dict[str, SourceKind] = {
    "state-military": "party",
    "police": "party",
    "rebel": "party",
    "militia": "party",
    "government": "official",
    "political-party": "official",
    "international": "official",
    "media": "media",
    "civilians": "witness",
    "protesters": "witness",
}

#: words after which a noun phrase's head is over ("the Ministry of Defense" -> "ministry")
_HEAD_STOP = frozenset({"of", "for", "in", "at", "from", "with", "who", "which", "that", "on", "to", "near"})
_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")
_DETERMINERS = frozenset({"a", "an", "the"})


def _singular(word: str) -> str:
    """The lexicon form of ``word`` (plural nouns reduced to singular)."""
    known = HEAD_KIND.keys() | UNNAMED_HEADS | SOCIAL_HEADS
    if word in known or len(word) <= 3:
        return word
    for suffix, repl in (("ies", "y"), ("men", "man"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in known:
            return word[: -len(suffix)] + repl
    return word


def _has(text: str, phrase: str) -> bool:
    """Whether ``phrase`` (or its plural) occurs in ``text`` as whole words."""
    # most phrases do not occur at all: a substring test rules them out without a regex
    return phrase in text and _phrase_pattern(phrase).search(text) is not None


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(phrase)}(?:e?s)?(?![a-z0-9])")


def _head_word(phrase: str) -> str | None:
    """The head noun of a noun phrase as plain text: the last word before a complement starts."""
    words = _WORD.findall(phrase.lower())
    head = None
    for w in words:
        if w in _HEAD_STOP and head is not None:
            break
        head = w
    return _singular(head) if head else None


def _modifier_kind(text: str) -> SourceKind | None:
    for kind, phrases in MODIFIER_KIND:
        if any(_has(text, p) for p in phrases):
            return kind
    return None


def source_kind(
    name: str, actor_type: str | None = None, role: str | None = None, *, context: str = ""
) -> SourceKind:
    """What kind of source ``name`` (with its ``role`` and the ``actor_type`` behind it) is.

    Anonymity and social media are recognised first, wherever they are said (``context`` may add
    the words around the name, e.g. "who spoke on condition of anonymity"); then the head noun of
    the role and of the name; then modifiers ("a Taliban spokesman", "a member of the provincial
    council"); then the actor type; an institutional head without qualifier ("the spokeswoman",
    "the ministry") is ``official``; a name nothing identifies is a ``witness``.
    """
    text = f"{name} {role or ''} {context}".lower()
    heads = [h for h in (_head_word(role or ""), _head_word(name)) if h]
    # "sources close to the army", "military sources": a source word anywhere in the name
    name_words = {_singular(w) for w in _WORD.findall(name.lower())}
    if any(_has(text, m) for m in UNNAMED_MARKERS) or name_words & UNNAMED_HEADS:
        return "unnamed"
    if any(_has(text, m) for m in SOCIAL_MARKERS) or any(h in SOCIAL_HEADS for h in heads):
        return "social-media"
    generic = False
    for head in heads:
        if head in HEAD_KIND:
            kind = HEAD_KIND[head]
            if kind is None:
                generic = True
                kind = _modifier_kind(text)
            if kind is not None:
                return kind
    kind = _modifier_kind(text)
    if kind is not None:
        return kind
    if actor_type in ACTOR_TYPE_KIND:
        return ACTOR_TYPE_KIND[actor_type]
    # "the spokeswoman", "the ministry", "a statement": institutional voices are, unqualified, official
    return "official" if generic else "witness"


# --------------------------------------------------------------------------- noun phrases

_NAME_DROP_DEPS = frozenset({"appos", "relcl", "acl", "punct", "conj", "cc", "advcl", "parataxis"})
_ROLE_DROP_DEPS = frozenset({"relcl", "acl", "punct", "conj", "cc", "advcl", "parataxis", "appos"})
_ROLE_KEEP_PREPS = frozenset({"of", "for", "with"})


def _contiguous(head: Token, keep: set[int]) -> tuple[int, int]:
    """Token indices [lo, hi] of the contiguous run of ``keep`` around ``head``, trimmed of punctuation."""
    doc = head.doc
    lo = hi = head.i
    # a name never runs over a line break (a paragraph boundary the parser may ignore)
    while lo - 1 in keep and "\n" not in doc[lo - 1].text_with_ws:
        lo -= 1
    while hi + 1 in keep and "\n" not in doc[hi].text_with_ws:
        hi += 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return lo, hi


#: objects of a prepositional phrase that tell the occasion of speaking, not who speaks
#: ("... at a news conference", "in a statement on Sunday")
_OCCASION_WORDS = "conference briefing statement interview meeting video speech post message tweet call phone"
_OCCASIONS = frozenset(_OCCASION_WORDS.split())


def _occasion(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.lemma_.lower() in _OCCASIONS or pobj.ent_type_ in ("DATE", "TIME"))


def _phrase(head: Token, drop: frozenset[str], drop_preps: bool = False) -> tuple[int, int]:
    keep = {head.i}
    for child in head.children:
        if child.dep_ in drop and not _inside_a_word(child):
            continue
        if child.dep_ == "prep":
            if drop_preps and child.lower_ not in _ROLE_KEEP_PREPS:
                continue
            # "Jeffrey Scott with the Commission": a name is complete; "the Ministry of Defense" is not
            if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and child.lower_ != "of":
                continue
            if _occasion(child):
                continue
        # ("Residents of Kherson, which Ukrainian forces recaptured in 2022": the name ends before
        # what a relative clause says of a place in it)
        described = {t.i for d in child.subtree if d.dep_ == "relcl" and d != child for t in d.subtree}
        keep.update(t.i for t in child.subtree if t.i not in described)
    return _contiguous(head, keep)


def _inside_a_word(token: Token) -> bool:
    """Whether a hyphen joins two halves of one word: "Fils-Aimé", "Al-Burhan"."""
    return (
        token.tag_ == "HYPH"
        and 0 < token.i < len(token.doc) - 1
        and not token.whitespace_
        and not token.doc[token.i - 1].whitespace_
    )


@dataclass(slots=True)
class SourcePhrase:
    """A source read from the parse: its name as written, offsets, role and the whole phrase."""

    name: str
    start: int
    end: int
    role: str | None
    context: str  # the whole phrase, e.g. with "who spoke on condition of anonymity"
    head: Token


def _role(head: Token) -> str | None:
    for child in head.children:
        # "Maria Lopez, 34, a nurse": an age is not a role
        if child.dep_ == "appos" and not child.like_num:
            lo, hi = _phrase(child, _ROLE_DROP_DEPS, drop_preps=True)
            doc = head.doc
            while lo < hi and doc[lo].lower_ in _DETERMINERS:
                lo += 1
            text = doc[lo : hi + 1].text.strip()
            return text or None
    return None


def source_phrase(head: Token, extend_to: int | None = None) -> SourcePhrase:
    """The source named by the noun ``head``: its name span, role and the whole phrase.

    A leading common-noun title before a proper name ("Taliban spokesman Zabihullah Mujahid",
    "Kunduz resident Ahmad Shah") is split off as the role. ``extend_to`` (a token index) stretches
    the name over a modifier the coordination shares ("... and people *in the cities*").
    """
    doc = head.doc
    # "the station's owner, Ameer Karass, said": the apposed proper name is the name, the noun its role
    appos = next((c for c in head.children if c.dep_ == "appos" and not c.like_num), None)
    if head.pos_ == "NOUN" and appos is not None and appos.pos_ == "PROPN" and appos.ent_type_ == "PERSON":
        lo, hi = _phrase(appos, _NAME_DROP_DEPS)
        span = doc[lo : hi + 1]
        r_lo, r_hi = _phrase(head, _ROLE_DROP_DEPS, drop_preps=True)
        while r_lo < r_hi and doc[r_lo].lower_ in _DETERMINERS:
            r_lo += 1
        role_text = doc[r_lo : r_hi + 1].text.strip() or None
        context = doc[min(t.i for t in head.subtree) : max(t.i for t in head.subtree) + 1].text
        return SourcePhrase(span.text, span.start_char, span.end_char, role_text, context, appos)
    lo, hi = _phrase(head, _NAME_DROP_DEPS)
    if extend_to is not None and extend_to > hi:
        hi = extend_to
    named_as = next((e for e in doc.ents if e.start <= head.i < e.end and e.label_ == "ORG"), None)
    if named_as is not None and named_as.end - 1 > hi:
        hi = named_as.end - 1  # "the Armed Conflict Location and Event Data Project": one name
    role = _role(head)
    if head.pos_ == "PROPN":
        first = head.i
        while first - 1 >= lo and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1
        title = [t for t in doc[lo:first] if t.lower_ not in _DETERMINERS]
        named = head.text[:1].isupper()  # the tagger calls some common nouns PROPN ("defence ministry")
        if named and title and any(t.pos_ == "NOUN" for t in title) and doc[first - 1].pos_ == "NOUN":
            title_text = doc[title[0].i : first].text.strip()
            role = f"{title_text}; {role}" if role else title_text
            lo = first
    span = doc[lo : hi + 1]
    context = doc[min(t.i for t in head.subtree) : max(t.i for t in head.subtree) + 1].text
    return SourcePhrase(span.text, span.start_char, span.end_char, role, context, head)


def _conjuncts(head: Token) -> list[Token]:
    """``head`` and the nouns coordinated with it ("parliamentarians and people in the cities")."""
    out = [] if _part_of_the_counted(head) or _no_one_who_speaks(head) else [head]
    for t in head.conjuncts:
        if t.i > head.i and t.pos_ in ("NOUN", "PROPN", "PRON") and not _one_name(head, t):
            out.append(t)
    return out or [head]


def _no_one_who_speaks(noun: Token) -> bool:
    """Whether a subject the parser gave a verb of saying is a bare singular common noun, which no
    speaker is ("a spokesman", "the minister"; "vowed revenge and officials declared a day of
    mourning": the revenge vowed, read as a second speaker)."""
    return (
        noun.tag_ == "NN"
        and noun.is_lower
        and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in noun.children)
    )


def _one_name(first: Token, second: Token) -> bool:
    """Whether two coordinated nouns are words of one name ("the Armed Conflict Location and Event
    Data Project"): the tagger's entity spans them both."""
    return any(ent.start <= first.i and second.i < ent.end for ent in first.doc.ents)


def _part_of_the_counted(head: Token) -> bool:
    """Whether a noun says who some of the people just counted were: "killing 42 people, most of
    them Shi'ite Muslims, police said" (the Muslims were killed; the police speak)."""
    return any(
        c.lower_ in ("most", "many", "all", "some", "several", "half", "none")
        and any(
            p.lower_ == "of" and any(o.lower_ in ("them", "whom") for o in p.children) for p in c.children
        )
        for c in head.children
    )


def _shared_tail(first: Token, last: Token) -> int | None:
    """The last token of a modifier the parser hung on the first conjunct after the last one.

    spaCy attaches a modifier of a whole coordination to its first conjunct: in "parliamentarians
    and people in the cities", "in the cities" hangs on "parliamentarians" but is written after
    "people", whose name it completes.
    """
    ends = [max(t.i for t in c.subtree) for c in first.children if c.dep_ in ("prep", "acl") and c.i > last.i]
    return max(ends) if ends else None


# --------------------------------------------------------------------------- finding sources


@dataclass(slots=True)
class SpeechAct:
    """A construction that attributes: its cue (the verb, or "according"), its sources, its scope."""

    cue: Token
    sources: list[Token]
    scope: tuple[int, int]  # char offsets of what the sources vouch for

    def extent(self, head: Token) -> int | None:
        """How far the name of the source ``head`` reaches beyond its own subtree (see `_shared_tail`)."""
        if len(self.sources) > 1 and head is self.sources[-1]:
            return _shared_tail(self.sources[0], head)
        return None


def _subject(verb: Token) -> Token | None:
    # "X said to be recruiting" (a headline's "X is said to be"): X is what is said of, no speaker;
    # "rebels claimed to have killed": whoever claims a deed of their own speaks for it
    if verb.lemma_ != "claim" and any(
        c.dep_ == "xcomp" and any(a.lemma_ in ("be", "have") and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    ):
        return None
    # "X was quoted as saying": the passive subject of "quote" is the speaker
    subject_deps = ("nsubj", "nsubjpass") if verb.lemma_ == "quote" else ("nsubj",)
    seen = 0
    while seen < 4:
        # several subjects are a misparse of a long name ("Al Qaeda-linked Jama'at Nusrat
        # al-Islam claimed"): the one next to the verb is the clause's
        subjects = [c for c in verb.children if c.dep_ in subject_deps]
        if subjects:
            subject = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=subjects[0])
            return _speaker_after_a_victim(verb, subject) or subject
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        # "X paused and added: ..." -- a coordinated verb shares its subject (not a passive with
        # its own subject: "its forces had entered the city, and a ceasefire was announced")
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            if not _coordinated(verb) and (stranded := _stranded_subject(verb)) is not None:
                return stranded
            verb = reporter_of_misplaced_conjunct(verb) or verb.head
            seen += 1
            continue
        return None
    return None


_REPORTING_LEMMAS = frozenset({"say", "add", "tell", "state"})
#: statements that charge or answer someone, which a reporter goes on to make: "the government
#: said the city was under occupation and accused Rwanda of ..." (the government accused)
_CHARGING_LEMMAS = frozenset({"accuse", "blame", "deny", "condemn", "vow", "warn", "urge", "reject"})


def reporter_of_misplaced_conjunct(verb: Token) -> Token | None:
    """The reporting verb a coordinated "said" belongs to when the parser hung it inside the
    clause reported before it: in "the army acknowledged that insurgents had entered the city and
    said it had redeployed", "said" is the army's second report, not the insurgents' act. A
    report of someone else's saying would be written with its own subject ("... and that they
    said"), so a subjectless "said" with a clause of its own goes back to the reporter, and so
    does a subjectless charge: "said the city was under occupation and accused Rwanda"."""
    clause = verb.head
    charging = (
        verb.lemma_ in _CHARGING_LEMMAS
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
    if (
        ((verb.lemma_ in _REPORTING_LEMMAS and any(c.dep_ == "ccomp" for c in verb.children)) or charging)
        and clause.dep_ == "ccomp"
        and clause.head.lemma_ in SPEECH_VERBS
        and clause.head.i < clause.i
    ):
        return clause.head
    return None


def _speaker_after_a_victim(verb: Token, subject: Token) -> Token | None:
    """The speaker of "X killed at least 12 farmers ..., a local official and a militia leader
    said" when the parser made the victims the verb's subject, with the speakers as conjuncts of
    theirs: a closing report's speaker is the phrase after the last comma, and a subject that stands
    before that comma, after the reported clause, is the clause's own noun."""
    # ("Fighting between the army and M23 rebels flared on Thursday ..., residents and a U.N.
    # source said": a whole reported clause the parser made into the subject, a deed with its verb)
    clause_as_subject = any(t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") for t in subject.subtree)
    if not clause_as_subject and not any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children):
        return None
    if not any(t.text == "," for t in verb.doc[subject.i + 1 : verb.i]):
        return None
    speaker = _stranded_subject(verb, has_subject=True)
    return speaker if speaker is not None and speaker.i > subject.i else None


def _stranded_subject(verb: Token, has_subject: bool = False) -> Token | None:
    """The speaker of a closing "..., residents and an activist group said." that the parser
    attached to the clause before it ("killing 40 civilians, residents and a group": a list).

    The reporting verb ends its sentence (what follows it is its own: "in a statement") and has
    no subject; the noun phrase between the last comma and the verb is the speaker.
    """
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if not has_subject and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    sent = verb.sent
    own = {t.i for c in verb.children if c.i > verb.i and c.dep_ != "conj" for t in c.subtree}
    if any(t.i not in own and not (t.is_punct or t.is_space) for t in sent[verb.i - sent.start + 1 :]):
        return None
    # the widest run back to a comma that is one noun phrase: "..., a military officer, Captain
    # Abdullahi Hassan, told the Wire" has its speaker's name set off by commas of its own
    speaker = None
    for comma in (t.i for t in reversed(sent.doc[max(sent.start, verb.i - 12) : verb.i]) if t.text == ","):
        phrase = [t for t in sent.doc[comma + 1 : verb.i] if not t.is_punct]
        if not phrase:
            continue
        heads = [t for t in phrase if not (comma < t.head.i < verb.i) or t.head.i == t.i]
        if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
            break
        speaker = heads[0]
    return speaker


def _coordinated(verb: Token) -> bool:
    """Whether a conjunct verb is joined to its head by a coordinator ("and", "but", "then"): a
    subjectless "told" after a comma alone ("The fighters drove in car bombs, an officer told the
    Wire") is a closing report the parser joined to the clause it reports."""
    low, high = sorted((verb.i, verb.head.i))
    # the coordinator hangs on the first conjunct or the second ("and" of "drove a car bomb and
    # trucks" is the nouns', not the verbs')
    return any(
        low < t.i < high and (t.dep_ in ("cc", "preconj") or t.lower_ == "then")
        for t in (*verb.head.children, *verb.children)
    )


_SCOPE_EDGE = " \t\n\r\"“”‘’'"


def _clip(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """``start:end`` kept inside the paragraph (line) of ``anchor``, without edge marks and spaces.

    The parser's sentences and subtrees may run over a line break or take in a quotation mark;
    what a source vouches for stays in its own paragraph.
    """
    p_start = text.rfind("\n", 0, anchor) + 1
    p_end = text.find("\n", anchor)
    if p_end < 0:
        p_end = len(text)
    start, end = max(start, p_start), min(end, p_end)
    while start < end and text[start] in _SCOPE_EDGE:
        start += 1
    while end > start and text[end - 1] in _SCOPE_EDGE:
        end -= 1
    return start, end


#: verbs of saying that also answer in deeds ("responded with air strikes")
_DEED_OR_WORD_VERBS = frozenset({"respond", "reply", "answer"})
#: what an answer in words is given with ("responded with a statement")
_WORD_NOUNS = frozenset(
    {"statement", "word", "remark", "comment", "message", "letter", "post", "note", "speech"}
)


#: what people are reported as, not what they report: "51 reported missing"
_REPORTED_STATES = frozenset({"missing", "dead", "killed", "injured", "wounded", "disappeared", "kidnapped"})


def _answered_in_deeds(verb: Token) -> bool:
    """ "responded with air strikes", "retaliated by shelling the town", "responded and killed
    three": no statement is reported (but "responded with a statement saying ..." is one)."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_ not in SPEECH_VERBS for c in verb.children):
        return True  # "Troops responded and killed three of the attackers": an answer in deeds
    # (the parser may hang the "with" lower: "responded to battlefield losses with air strikes")
    near = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "dobj", "prep"))]
    near += [g for c in near[1:] for g in c.children if g.dep_ in ("dobj", "pobj")]
    for prep in (c for n in near for c in n.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "by"):
            continue
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if objects and not any(o.lemma_.lower() in _WORD_NOUNS for o in objects):
            return True
    return False


def speech_acts(
    tokens: Iterable[Token], inside_quote: Callable[[int], bool], sent: Span, *, framing: bool = False
) -> list[SpeechAct]:
    """Every attributing construction among ``tokens`` whose cue and source lie outside quotations.

    ``framing`` also admits the verbs that only frame a quotation (`QUOTE_FRAME_VERBS`).
    """
    acts: list[SpeechAct] = []

    def text() -> str:
        return doc_text(sent.doc)

    for tok in tokens:
        # the cheap word tests come first: most tokens are no cue, and `inside_quote` is a scan
        if tok.lower_ == "according":
            if inside_quote(tok.idx):
                continue
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
                to = tok.nbor()
            if to is None:
                continue
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None and to.i + 1 < len(tok.doc):
                # the parser sometimes leaves the object unattached; take the next noun
                pobj = next((t for t in tok.doc[to.i + 1 : to.i + 6] if t.pos_ in ("NOUN", "PROPN")), None)
            if pobj is None or inside_quote(pobj.idx):
                continue
            acts.append(
                SpeechAct(tok, _conjuncts(pobj), _clip(text(), sent.start_char, sent.end_char, tok.idx))
            )
            continue
        if tok.pos_ not in ("VERB", "AUX") and tok.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        lemma = tok.lemma_
        known = lemma in SPEECH_VERBS or lemma in EVIDENCE_VERBS
        if not known and not (framing and lemma in QUOTE_FRAME_VERBS):
            continue
        if inside_quote(tok.idx):
            continue
        subj = _subject(tok)
        if subj is None and lemma in SPEECH_VERBS and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            # "Petro suspended the talks, saying the attack closed the door": who did the one said
            # it; "a strike killed eight, a monitoring group said, blaming the RSF": who said the
            # sentence did
            subj = _subject(_inserted_speech(tok.head) or tok.head)
        closing = False
        if subj is None and lemma in SPEECH_VERBS:
            subj = _stranded_subject(tok)
            # "..., killing at least eight civilians, two residents and a health worker told the
            # AP": a finite closing report the parser hung under a noun tells the whole sentence
            closing = subj is not None and tok.tag_ == "VBD" and tok.dep_ in ("acl", "advcl", "relcl")
        if subj is None or inside_quote(subj.idx) or names_no_one(subj):
            continue  # ("No one claimed responsibility": no one vouches for anything)
        if subj.like_num or (
            lemma == "report"
            and any(
                c.lower_ in _REPORTED_STATES for c in tok.children if c.dep_ in ("xcomp", "acomp", "oprd")
            )
        ):
            continue  # "53 people have been killed and 51 reported missing": the missing say nothing
        if lemma in _DEED_OR_WORD_VERBS and _answered_in_deeds(tok):
            continue  # "the military responded with air strikes": an answer in deeds, no statement
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "the group did not claim responsibility": a statement not made vouches for nothing
        if tok.lemma_ in EVIDENCE_VERBS and tok.lemma_ not in SPEECH_VERBS:
            phrase = source_phrase(subj)
            kind = source_kind(phrase.name, None, phrase.role, context=phrase.context)
            if kind not in ("media", "social-media"):
                continue
        sent_bounds = _clip(text(), sent.start_char, sent.end_char, tok.idx)
        clause = next(
            (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and not _contact_saying(c)), None
        )
        if _contact_clause(tok, subj):
            # "pressed on with an operation it said targeted militants": the speaker vouches for
            # what it says of the noun, the words after its verb, not for the sentence around it
            scope = _clip(text(), tok.idx + len(tok.text), sent.end_char, tok.idx)
        elif clause is None and tok.dep_ == "ROOT":
            scope = sent_bounds
            other = next((c for c in tok.children if c.dep_ == "conj" and _subject(c) is not None), None)
            if other is not None:
                # "X claimed the attack, but the army blamed Y": the clause of another speaker is
                # not X's
                scope = _clip(text(), sent.start_char, other.left_edge.idx, tok.idx)
        elif (
            clause is None
            and tok.dep_ == "conj"
            and _subject(tok) is not None
            and any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children)
            # (", a war monitor and residents said, ..." that the parser joins to the clause it
            # reports says nothing of its own: it tells who says the sentence)
            and any(c.dep_ in ("dobj", "xcomp", "attr", "prep") for c in tok.children)
        ):
            # "..., but the police blamed a rival clan": the second speaker's own clause only
            scope = _clip(text(), tok.left_edge.idx, sent.end_char, tok.idx)
        elif closing and clause is None:
            scope = sent_bounds
        elif clause is not None or tok.dep_ in ("advcl", "relcl", "acl"):
            # what is said is the clause, or with none, the words of a participle told beside a
            # deed ("imposed a curfew, threatening to kill anyone who defies it") or of a clause
            # that describes a noun ("attacked schools they accuse of teaching in French"): not
            # the deed
            sub = list((clause or tok).subtree)
            scope = _clip(text(), sub[0].idx, sub[-1].idx + len(sub[-1].text), tok.idx)
        else:
            scope = sent_bounds
        acts.append(SpeechAct(tok, _conjuncts(subj), scope))
    return acts


def _contact_saying(verb: Token) -> bool:
    """Whether ``verb`` is a saying in a relative clause without "that" (see `_contact_clause`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in SPEECH_VERBS and subject is not None and _contact_clause(verb, subject)


def _contact_clause(verb: Token, subject: Token) -> bool:
    """Whether a saying is a relative clause without "that" on the noun before it: "an operation
    it said targeted militants", "the men police say carried out the attack"."""
    first = subject.left_edge.i
    if subject.i != verb.i - 1 or first == 0 or verb.dep_ == "ROOT":
        return False
    before = verb.doc[first - 1]
    return (
        before.pos_ in ("NOUN", "PROPN")
        and before.i != subject.head.i
        and subject.pos_ in ("PRON", "NOUN", "PROPN")
        and not any(c.dep_ in ("compound", "amod") for c in subject.children)
    )


# --------------------------------------------------------------------------- actors, pronouns


def actor_at(start: int, end: int, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The actor mention overlapping characters ``start:end`` (the longest overlap), if any."""
    best, best_overlap = None, 0
    for m in actors:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best


def _group_like(doc: Doc, start: int, end: int, actors: Sequence[ActorMention]) -> str | None:
    """Whether the name at ``start:end`` can be the antecedent of "he/she" (person) or "they/it" (group)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    if actor_at(start, end, actors) is not None and head.ent_type_ != "PERSON":
        # "a rebel commander" stands for his group as an actor, but "he" can point to him
        return "person" if head.tag_ == "NN" and head.lower_ in _ONE_PERSON_ROLES else "group"
    if head.ent_type_ == "PERSON":
        return "person"
    if head.pos_ == "PROPN" and any(t.lower_ in _ONE_PERSON_ROLES for t in span if t.i < head.i):
        return "person"  # "police commander Moses Murithi", whatever the NER called the name
    if head.tag_ in ("NNS", "NNPS") or head.ent_type_ in ("ORG", "NORP", "GPE"):
        return "group"
    word = _singular(head.lower_)
    if word in (
        "ministry", "government", "army", "military", "police", "group", "office", "taliban", "department",
        "agency", "authority", "administration", "presidency", "mission", "command", "monitor", "union",
        "committee", "council", "commission", "observatory", "organisation", "organization", "movement",
    ):  # fmt: skip
        return "group"
    if head.tag_ == "NN":
        return "person"
    if head.pos_ == "PROPN":
        return "person"
    return None


#: nouns for one person acting for a group ("a rebel commander", "an army spokesman")
_ONE_PERSON_ROLES = frozenset(
    {"commander", "spokesman", "spokeswoman", "spokesperson", "official", "leader", "officer", "soldier",
     "fighter", "member", "minister", "chief", "general", "governor", "envoy", "diplomat", "militant"}
)  # fmt: skip

#: how far back (characters before the pronoun's sentence) a subject may be its antecedent
_SUBJECT_WINDOW = 400


def resolve_pronoun(
    pronoun: Token, actors: Sequence[ActorMention], previous: Sequence[Attribution]
) -> tuple[str, int, int] | None:
    """The antecedent of a speaker pronoun: the latest fitting earlier speaker, actor or person.

    "he"/"she" take the latest person (an earlier source, a PERSON entity, a singular subject);
    "they"/"it" the latest group (an earlier source that is plural or an organisation, an actor
    mention, a plural subject of a sentence just before).
    Returns the antecedent's name as written and its offsets.
    """
    want = PRONOUNS.get(pronoun.lower_)
    if want is None:
        return None
    doc = pronoun.doc
    pos = pronoun.idx
    clause = next((a for a in (pronoun.head, *pronoun.head.ancestors) if a.dep_ == "relcl"), None)
    if clause is not None:
        # "blamed the attack on fighters of the Islamic State, who it said had surrounded the
        # mosque": the speaker inside a relative clause is the sentence's subject, not what the
        # clause describes
        root = pronoun.sent.root
        teller = next((c for c in root.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if teller is not None:
            phrase = source_phrase(teller)
            if _group_like(doc, phrase.start, phrase.end, actors) == want:
                return phrase.name, phrase.start, phrase.end
    candidates: list[tuple[int, str, int, int]] = []
    for a in previous:
        if a.start is None or a.end is None or a.end > pos:
            continue
        if _group_like(doc, a.start, a.end, actors) == want:
            candidates.append((a.end, a.name, a.start, a.end))
    # what the pronoun's speaker reports cannot hold the speaker by name: in "One man was shot
    # dead, he said" the man is not "he" (a name within the reach of the pronoun's verb is another)
    reported = {t.i for t in pronoun.head.subtree} if pronoun.dep_ == "nsubj" else set()
    if want == "group":
        for m in actors:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.end > pos or (span is not None and span.root.i in reported):
                continue  # "Troops seized 15 rifles, it said": who is reported on does not speak
            if pronoun.lower_ == "it" and span is not None and span.root.tag_ in ("NNS", "NNPS"):
                continue  # "it" is no "troops"
            candidates.append((m.end, m.text, m.start, m.end))
    # the subjects of the sentences just before: "The rebels shelled the port. ... they said"
    window = pronoun.sent.start_char - _SUBJECT_WINDOW
    for tok in doc[: pronoun.i]:
        if tok.idx < window or tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if _quoted(tok) or tok.i in reported:
            continue  # "'Our goal is to reach Hama,' he said": the speaker's words name no speaker
        if pronoun.lower_ == "it" and tok.tag_ in ("NNS", "NNPS"):
            continue  # "Two soldiers were wounded, the department said. ..., it said": not the soldiers
        phrase = source_phrase(tok)
        if phrase.end <= pos and _group_like(doc, phrase.start, phrase.end, actors) == want:
            candidates.append((phrase.end, phrase.name, phrase.start, phrase.end))
    else:
        places = [(t.start, t.end) for t in doc._.fw_toponyms or ()]
        for ent in doc.ents:
            if any(a < ent.end_char and ent.start_char < b for a, b in places):
                continue  # "the town of Maarat al-Numan" the NER took for a person
            if _quoted(doc[ent.start]):
                continue  # "'... fled into the Boni forest,' he said": a name in the words is no speaker
            if ent.label_ == "PERSON" and ent.end_char <= pos and ent.start not in reported:
                candidates.append((ent.end_char, ent.text, ent.start_char, ent.end_char))
    if not candidates:
        return None
    latest = max(candidates, key=lambda c: (c[0], c[3] - c[2]))
    if latest[0] <= pronoun.sent.start_char:
        # centering: a pronoun opening a new sentence takes the subject of the sentence before
        # over a later name in it ("Cherizier ... said the gangs wanted to force Henry out.
        # 'We will keep fighting,' he said." is Cherizier)
        subject = _main_subject(pronoun.sent)
        if (
            subject is not None
            and subject[1] <= pos
            and _group_like(doc, subject[0], subject[1], actors) == want
        ):
            return doc.text[subject[0] : subject[1]], subject[0], subject[1]
    _, name, start, end = latest
    return name, start, end


_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


def _quoted(token: Token) -> bool:
    """Whether ``token`` lies inside a quotation: an odd number of quotation marks before it in its
    sentence, or none before it and an odd number after it (a quotation opened sentences before)."""
    sent = token.sent
    before = sum(1 for t in sent.doc[sent.start : token.i] if t.text in _QUOTE_MARKS)
    if before:
        return before % 2 == 1
    after = sum(1 for t in sent.doc[token.i + 1 : sent.end] if t.text in _QUOTE_MARKS)
    return after % 2 == 1


def _main_subject(sent: Span) -> tuple[int, int] | None:
    """Offsets of the main-clause subject of the sentence before ``sent``, if it has one."""
    i = sent.start - 1
    while i >= 0 and sent.doc[i].is_space:  # a paragraph break between the two
        i -= 1
    if i < 0:
        return None
    subject = next((t for t in sent.doc[i].sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = source_phrase(subject)
    return phrase.start, phrase.end


def attribution_for(
    head: Token,
    scope: tuple[int, int],
    actors: Sequence[ActorMention],
    previous: Sequence[Attribution],
    extend_to: int | None = None,
) -> Attribution | None:
    """The `Attribution` of the source whose noun is ``head`` for the text at ``scope``."""
    if head.pos_ == "PRON":
        if head.lower_ not in PRONOUNS:
            return None
        found = resolve_pronoun(head, actors, previous)
        if found is None:
            return None
        name, start, end = found
        earlier = next((a for a in reversed(previous) if (a.start, a.end) == (start, end)), None)
        actor = actor_at(start, end, actors)
        role = earlier.role if earlier else None
        kind = earlier.kind if earlier else source_kind(name, actor.type if actor else None, role)
        return Attribution(
            name=name,
            kind=kind,
            scope=TextSpan(*scope),
            start=start,
            end=end,
            role=role,
            actor=actor.name if actor else earlier.actor if earlier else None,
        )
    phrase = source_phrase(head, extend_to)
    # "a military officer, Captain Abdullahi Hassan": the person speaks for the role's actor
    actor = (
        actor_at(phrase.start, phrase.end, actors)
        or actor_at(head.idx, head.idx + len(head), actors)
        # "army spokesman Lul Ruai Koang", "a spokesman for the group, Sebby Sambom": the office
        # the role names
        or _actor_in_role(head, actors)
        or _speaking_country(head, phrase)
    )
    if actor is not None and actor.start <= phrase.start and phrase.end <= actor.end:
        # "Jama'at Nusrat al-Islam wal-Muslimin claimed": the parser took a piece of a long name
        # for the subject; the actor's whole name is who speaks
        phrase = dataclasses.replace(phrase, name=actor.text, start=actor.start, end=actor.end)
    role = phrase.role
    if role is None:
        role = _earlier_role(phrase.name, previous)
    kind = source_kind(phrase.name, actor.type if actor else None, role, context=phrase.context)
    if kind == "media" and actor is not None and actor.type in ("rebel", "militia"):
        kind = "party"  # "the group's radio station", "its Amaq news agency": an armed group's own voice
    return Attribution(
        name=phrase.name,
        kind=kind,
        scope=TextSpan(*scope),
        start=phrase.start,
        end=phrase.end,
        role=role,
        actor=actor.name if actor else None,
    )


def _speaking_country(head: Token, phrase: SourcePhrase) -> ActorMention | None:
    """The government of a country named as who says something: "Russia says it has driven
    Ukrainian troops out of Sudzha" (Russia's government speaks, a party to its forces' deed)."""
    from frontwire.nlp.actors import ROLE_TYPES, role_actor_name

    if head.pos_ != "PROPN":
        return None
    for toponym in head.doc._.fw_toponyms or ():
        entry = toponym.entry
        if (
            entry is not None
            and entry.feature == "country"
            and entry.country
            and (toponym.start, toponym.end) == (phrase.start, phrase.end)
        ):
            name = role_actor_name("government", entry.country)
            return ActorMention(
                phrase.start, phrase.end, phrase.name, name, ROLE_TYPES["government"], entry.country
            )
    return None


def _actor_in_role(head: Token, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The actor named in the words around a source's name that give its office: "army" of
    "army spokesman X", "the group" of "a spokesman for the group, X"; a role noun only
    ("spokesman", "official", "commander"), not a witness of a place ("a resident of X")."""
    words = [t for t in head.subtree if t.lemma_.lower() in SPEAKING_ROLE_NOUNS]
    if not words:
        return None
    role = words[0]
    # the office's own words, not a clause about it ("an official who said the rebels had fled")
    own = [role, *(t for c in role.children if c.dep_ not in _CLAUSE_DEPS for t in c.subtree)]
    lo = min(t.idx for t in own)
    hi = max(t.idx + len(t) for t in own)
    return actor_at(lo, hi, actors)


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "appos"})


#: nouns of an office that speaks for a body: the body named with them is who speaks
SPEAKING_ROLE_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "commander", "officer", "representative",
     "envoy", "minister", "secretary", "chief", "head", "leader", "general", "colonel", "captain",
     "major", "lieutenant", "sergeant", "governor", "ambassador", "negotiator", "adviser", "advisor"}
)  # fmt: skip


def _earlier_role(name: str, previous: Sequence[Attribution]) -> str | None:
    """A role given at an earlier, fuller mention of the same person ("Azimi" after "Parwina Azimi")."""
    words = name.split()
    if not words or not words[-1][:1].isupper():
        return None
    for a in reversed(previous):
        if a.role and a.name.split() and a.name.split()[-1] == words[-1]:
            return a.role
    return None


def _quote_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Char ranges of the document's quotations, marks included (empty before quotes ran)."""
    quotes = doc._.fw_quotes or []
    return [(max(0, q.start - 1), q.end + 1) for q in quotes]


def sentence_attributions(
    sent: Span,
    actors: Sequence[ActorMention] | None,
    *,
    exclude: Sequence[tuple[int, int]] | None = None,
    previous: Sequence[Attribution] = (),
) -> list[Attribution]:
    """Reported speech in one sentence: one `Attribution` per source.

    "According to X, ..." and "..., according to X" vouch for the sentence; "X said (that) ...",
    "X claimed ...", "X told ..." vouch for the reported clause when the parse finds one, else for
    the sentence. Coordinated sources ("according to parliamentarians and people in the cities")
    give one attribution each. Cues and sources inside quotations (``exclude``, by default the
    document's quotes) are the quoted speaker's words, not the article's attributions. Pronoun
    sources are resolved against ``previous`` attributions and the actor mentions.
    """
    actors = actors or []
    ranges = list(exclude) if exclude is not None else _quote_ranges(sent.doc)

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in ranges)

    out: list[Attribution] = []
    seen: set[tuple[int | None, int | None, int, int]] = set()
    for act in speech_acts(sent, inside, sent):
        for head in act.sources:
            att = attribution_for(head, act.scope, actors, [*previous, *out], act.extent(head))
            if att is None:
                continue
            key = (att.start, att.end, att.scope.start, att.scope.end)
            if key in seen:
                continue
            seen.add(key)
            out.append(att)
    return out


def names_no_one(noun: Token) -> bool:
    """Whether a subject counts no one: "no one", "nobody", "no group", "none (of the crew)"."""
    if noun.lower_ in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _inserted_speech(clause: Token) -> Token | None:
    """The verb of a speaker's tag set into ``clause`` ("..., a monitoring group said, ..."): a
    speech verb hung on it as parataxis, with a subject of its own."""
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "parataxis" and c.lemma_ in SPEECH_VERBS and _subject(c) is not None
        ),
        None,
    )
