"""Direct quotations and their speakers: the ``frontwire_quotes`` component.

Quotations are found on the characters (quote marks are typography, not syntax): straight and
curly double quotes, and single quotes when they clearly open and close a quotation rather than
mark a possessive or an elision ("the city’s", "’90s"). Offsets are those of the words, without
the marks; the text is kept exactly as written between them, trailing punctuation included.

Paragraphs are lines. By press convention a quotation that goes on into the next paragraph has no
closing mark at the end of the first one, so a quotation still open at a paragraph's end stops
there, and the next paragraph's opening quotation continues it (same speaker).

Speakers come from the dependency parse (see :mod:`frontwire.nlp.attribution`), in this order:
a verb of saying or "according to" in the quotation's own sentence(s), outside any quotation
("..., the Taliban claimed", "said X", "X described the city as “...”"); the speaker of the
quotation it continues; an attribution in the sentence just before, then just after. Pronoun
speakers ("they said") become the latest fitting earlier speaker or actor mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontwire.nlp.attribution import SpeechAct, attribution_for, sentence_attributions, speech_acts
from frontwire.nlp.extensions import FrontwireComponent, doc_text
from frontwire.records import ActorMention, Attribution, QuoteSpan
from frontwire.records import Span as TextSpan

#: opening double mark -> the marks that may close it (mixed typography is common in wire copy)
DOUBLE_CLOSERS: dict[str, str] = {"“": '”"', '"': '"”', "„": "“”", "«": "»", "”": '”"'}
#: opening single mark -> the marks that may close it
SINGLE_CLOSERS: dict[str, str] = {"‘": "’'", "'": "'"}
#: characters before which an opening mark may stand
_OPEN_BEFORE = " \t([{—–-/"
_CLOSE_PUNCT = ",.;:!?…"

# An unclosed quotation ending in ", according to X." or ", X said." most probably lost its
# closing mark before that attribution (a speaker is not named inside their own words).
_SAY = (
    r"(?:said|says|added|adds|claimed|claims|stated|states|reported|reports|noted|notes|explained|"
    r"explains|insisted|insists|warned|warns|wrote|writes|announced|announces|told\s+[A-Z][\w.]*)"
)
_NP = r"[^,;:.!?“”\"]{1,60}?"
_APPOS = r"(?:,\s+[^,;:.!?“”\"]{1,80}?)?"
_TAIL = re.compile(
    rf",\s+(?:according\s+to\s+{_NP}{_APPOS}"
    rf"|{_SAY}\s+(?!that\b){_NP}{_APPOS}"
    rf"|(?!(?:and|but|or|so|because|then|when|if|while|as|which|who|that|we|i|you)\b){_NP}\s+{_SAY}"
    rf"(?:\s+(?:in|on|at|during|after|from|to)\s+{_NP})?)"
    r"\s*[.!?]?\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class RawQuote:
    """A quotation found on the characters, before its speaker is known."""

    open: int  # offset of the opening mark
    start: int  # first character of the words
    end: int  # just past the last character of the words
    close: int  # just past the closing mark; the paragraph's end when unclosed
    closed: bool
    paragraph: tuple[int, int]
    tail_trimmed: bool = False  # an attribution after a lost closing mark was cut off


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Char ranges of the paragraphs (non-empty lines) of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _single_opens(text: str, i: int, para_start: int) -> bool:
    """Whether the single mark at ``i`` opens a quotation rather than an elision ("’90s", "’em")."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1 : i + 4]
    if before not in _OPEN_BEFORE and before not in '“"':
        return False
    if not after[:1].isalpha():
        return False  # "’90s", a stray mark
    return after[:2].lower() not in ("em", "ti", "n'", "n’") or after[:3].isalpha()


def _single_close(text: str, i: int, para_end: int) -> int | None:
    """The closing mark of the single quotation opened at ``i``, or None when there is none."""
    closers = SINGLE_CLOSERS[text[i]]
    strong: int | None = None
    weak: list[int] = []
    for j in range(i + 2, para_end):
        if text[j] not in closers:
            continue
        before = text[j - 1]
        after = text[j + 1] if j + 1 < para_end else ""
        if before.isspace() or after.isalnum():
            continue  # "city’s", "don’t": an apostrophe inside a word
        if before in _CLOSE_PUNCT or after == "" or (after in _CLOSE_PUNCT + ")]—–"):
            strong = j
            break
        rest = text[j + 1 : j + 3]
        if before == "s" and rest[:1] == " " and rest[1:2].islower():
            continue  # "the soldiers’ families": a plural possessive
        weak.append(j)
    if strong is not None and (not weak or weak[0] > strong):
        return strong
    return weak[0] if weak else strong


def find_quotes(text: str) -> list[RawQuote]:
    """Every direct quotation in ``text``, paragraph by paragraph, in text order."""
    out: list[RawQuote] = []
    for p_start, p_end in paragraphs(text):
        i = p_start
        open_at: int | None = None
        closers = ""
        while i < p_end:
            ch = text[i]
            if open_at is not None:
                if ch in closers:
                    s, e = _trim(text, open_at + 1, i)
                    if e > s:
                        out.append(RawQuote(open_at, s, e, i + 1, True, (p_start, p_end)))
                    open_at = None
                elif ch == "“" and closers != "»":
                    # a new opening mark while one is open: the first quotation lost its close
                    s, e = _trim(text, open_at + 1, i)
                    if e > s:
                        out.append(RawQuote(open_at, s, e, i, False, (p_start, p_end)))
                    open_at, closers = i, DOUBLE_CLOSERS[ch]
                i += 1
                continue
            nxt = text[i + 1] if i + 1 < p_end else ""
            if ch in ("“", "„", "«") or (ch in ('"', "”") and nxt and not nxt.isspace()):
                before = text[i - 1] if i > p_start else " "
                if ch == "”" and before not in _OPEN_BEFORE:
                    i += 1  # a stray closing mark
                    continue
                open_at, closers = i, DOUBLE_CLOSERS[ch]
            elif ch in SINGLE_CLOSERS and _single_opens(text, i, p_start):
                j = _single_close(text, i, p_end)
                if j is not None:
                    s, e = _trim(text, i + 1, j)
                    if e > s:
                        out.append(RawQuote(i, s, e, j + 1, True, (p_start, p_end)))
                    i = j
            i += 1
        if open_at is not None:
            s, e = _trim(text, open_at + 1, p_end)
            if e > s:
                out.append(_trim_tail(text, RawQuote(open_at, s, e, p_end, False, (p_start, p_end))))
    return out


def _trim_tail(text: str, quote: RawQuote) -> RawQuote:
    """Cut an attribution ("..., according to the report.") off the end of an unclosed quotation."""
    words = text[quote.start : quote.end]
    m = _TAIL.search(words)
    if m is None or m.start() == 0:
        return quote
    end = quote.start + m.start() + 1  # keep the comma, as a closing mark after it would
    return replace(quote, end=end, close=end, tail_trimmed=True)


# --------------------------------------------------------------------------- speakers


def _distance(act: SpeechAct, quote: RawQuote) -> int:
    pos = act.cue.idx
    return quote.open - pos if pos < quote.open else max(0, pos - quote.close)


def _sentences_overlapping(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.sents if s.start_char < end and s.end_char > start]


def _continues(prev: RawQuote, quote: RawQuote, text: str) -> bool:
    """Whether ``quote`` goes on with ``prev``: ``prev`` ran open to its paragraph's end and
    ``quote`` opens the next paragraph (the press convention for a quotation over paragraphs)."""
    return (
        not prev.closed
        and not prev.tail_trimmed
        and prev.paragraph[1] <= quote.paragraph[0]
        and text[prev.paragraph[1] : quote.open].strip() == ""
    )


class QuotesComponent(FrontwireComponent):
    """Sets ``doc._.fw_quotes`` (quotations with speakers) and ``doc._.fw_attributions``."""

    name = "frontwire_quotes"

    def process(self, doc: Doc) -> None:
        """Find the quotations, their speakers and every attribution of the document."""
        actors: Sequence[ActorMention] = doc._.fw_actors or []
        text = doc_text(doc)
        raws = find_quotes(text)
        ranges = [(q.open, max(q.close, q.end)) for q in raws]

        def inside(pos: int) -> bool:
            return any(a <= pos < b for a, b in ranges)

        sentence_atts: list[Attribution] = []
        for sent in doc.sents:
            sentence_atts.extend(sentence_attributions(sent, actors, exclude=ranges, previous=sentence_atts))

        finder = _SpeakerFinder(doc, raws, inside, actors, sentence_atts)
        atts: list[Attribution | None] = [None] * len(raws)
        # 1. the quotation's own sentence names its speaker
        for k, raw in enumerate(raws):
            atts[k] = finder.own(raw, atts[:k])
        own_atts = list(atts)
        # 2. a quotation run over paragraphs takes the speaker named at its end
        for k in range(len(raws) - 2, -1, -1):
            nxt = atts[k + 1]
            if atts[k] is None and nxt is not None and _continues(raws[k], raws[k + 1], text):
                atts[k] = replace(nxt, scope=TextSpan(raws[k].start, raws[k].end))
        # 3. ... or the speaker of the quotation it continues; else the sentence before or after
        for k, raw in enumerate(raws):
            if atts[k] is not None:
                continue
            prev = atts[k - 1] if k else None
            if prev is not None and _continues(raws[k - 1], raw, text):
                atts[k] = replace(prev, scope=TextSpan(raw.start, raw.end))
            else:
                atts[k] = finder.around(raw, atts[:k])

        kept = [
            (raw, att)
            for raw, att, own in zip(raws, atts, own_atts, strict=True)
            if not _not_speech(doc, raw, own)
        ]
        raws = [raw for raw, _ in kept]
        atts = [att for _, att in kept]
        doc._.fw_quotes = [
            QuoteSpan(
                start=raw.start,
                end=raw.end,
                text=text[raw.start : raw.end],
                speaker=att.name if att else None,
                speaker_start=att.start if att else None,
                speaker_end=att.end if att else None,
                role=att.role if att else None,
                speaker_actor=att.actor if att else None,
            )
            for raw, att in zip(raws, atts, strict=True)
        ]
        doc._.fw_attributions = _merge(sentence_atts, atts, raws)


#: words that announce a name or a title in quotation marks rather than speech
TITLE_CUES = frozenset(
    {"film", "movie", "book", "novel", "song", "album", "documentary", "series", "programme", "program",
     "campaign", "operation", "newspaper", "magazine", "column", "poem", "slogan", "hashtag", "titled",
     "entitled", "so-called", "known"}
)  # fmt: skip
#: a quotation this short with no one saying it is a scare quote ("the so-called “green zone”")
SCARE_QUOTE_WORDS = 4


def _not_speech(doc: Doc, raw: RawQuote, own: Attribution | None) -> bool:
    """Quotation marks around a title, a name or a scare word are not speech.

    A quotation is a title or name when a cue word ("the film", "titled", "so-called") comes just before
    it; a short quotation inside a sentence that names no speaker for it (``own`` is the attribution
    found in its own sentence) is a scare quote.
    """
    text = doc_text(doc)
    before = text[max(0, raw.open - 30) : raw.open].lower().replace("-", " ")
    cue_words = before.split()[-2:]
    if any(w.strip(",:;") in TITLE_CUES or w == "so" for w in cue_words):
        return True
    att = own
    words = text[raw.start : raw.end].split()
    mid_sentence = raw.open > raw.paragraph[0] and text[raw.open - 2 : raw.open].strip() not in (
        "",
        ".",
        ":",
    )
    return att is None and len(words) <= SCARE_QUOTE_WORDS and mid_sentence


class _SpeakerFinder:
    """Reads a quotation's speaker from the attributions around it."""

    def __init__(
        self,
        doc: Doc,
        raws: list[RawQuote],
        inside: Callable[[int], bool],
        actors: Sequence[ActorMention],
        sentence_atts: list[Attribution],
    ) -> None:
        self.doc = doc
        self.raws = raws
        self.inside = inside
        self.actors = actors
        self.sentence_atts = sentence_atts
        self.sents = list(doc.sents)
        self.text = doc_text(doc)

    def _previous(self, raw: RawQuote, quote_atts: list[Attribution | None]) -> list[Attribution]:
        """Attributions before ``raw``: the antecedents a pronoun speaker may take."""
        previous = [a for a in self.sentence_atts if a.start is not None and a.start < raw.open]
        previous += [a for a in quote_atts if a is not None and a.start is not None and a.start < raw.open]
        return sorted(previous, key=lambda a: a.start or 0)

    def _acts(self, sents: list[Span], raw: RawQuote) -> list[SpeechAct]:
        p_start, p_end = raw.paragraph
        found: list[SpeechAct] = []
        for sent in sents:
            tokens = [t for t in sent if p_start <= t.idx < p_end]
            found.extend(speech_acts(tokens, self.inside, sent, framing=True))
        return found

    def _from_act(
        self, act: SpeechAct, raw: RawQuote, quote_atts: list[Attribution | None]
    ) -> Attribution | None:
        scope = (raw.start, raw.end)
        previous = self._previous(raw, quote_atts)
        heads: list[Token] = act.sources
        att = attribution_for(heads[0], scope, self.actors, previous)
        if att is not None and len(heads) > 1 and heads[0].pos_ != "PRON":
            # "residents and officials said": the speaker is the whole coordination
            last = attribution_for(heads[-1], scope, self.actors, previous, act.extent(heads[-1]))
            if last is not None and att.start is not None and last.end is not None:
                att = replace(att, name=self.text[att.start : last.end], end=last.end)
        return att

    def _own_sents(self, raw: RawQuote) -> list[Span]:
        end = max(raw.close, raw.end)
        return [s for s in self.sents if s.start_char < end and s.end_char > raw.open]

    def own(self, raw: RawQuote, quote_atts: list[Attribution | None]) -> Attribution | None:
        """The speaker named in the quotation's own sentence(s), the nearest cue winning."""
        acts = self._acts(self._own_sents(raw), raw)
        if not acts:
            return None
        return self._from_act(min(acts, key=lambda a: _distance(a, raw)), raw, quote_atts)

    def around(self, raw: RawQuote, quote_atts: list[Attribution | None]) -> Attribution | None:
        """The speaker named in the sentence just before the quotation or just after it.

        In the quotation's own paragraph the sentence before wins over the one after; the previous
        paragraph's last sentence comes last (a paragraph usually opens with its own speaker).
        """
        doc = self.doc
        own = self._own_sents(raw)
        if not own:
            return None
        first, last = own[0], own[-1]
        p_start, p_end = raw.paragraph
        prev_acts: list[SpeechAct] = []
        outer_acts: list[SpeechAct] = []
        if first.start > 0:
            prev_sent = doc[first.start - 1].sent
            acts = speech_acts(prev_sent, self.inside, prev_sent)
            prev_acts = [a for a in acts if p_start <= a.cue.idx < raw.open]
            # the previous paragraph's last sentence, and none further back
            if self.text[prev_sent.end_char : p_start].strip() == "":
                outer_acts = [a for a in acts if a.cue.idx < p_start]
        if prev_acts:
            return self._from_act(max(prev_acts, key=lambda a: a.cue.idx), raw, quote_atts)
        if last.end < len(doc):
            next_sent = doc[last.end].sent
            if next_sent.start_char < p_end:
                acts = self._acts([next_sent], raw)
                if acts:
                    return self._from_act(min(acts, key=lambda a: a.cue.idx), raw, quote_atts)
        if outer_acts:
            return self._from_act(max(outer_acts, key=lambda a: a.cue.idx), raw, quote_atts)
        return None


def _merge(
    sentence_atts: list[Attribution], quote_atts: list[Attribution | None], raws: list[RawQuote]
) -> list[Attribution]:
    """All attributions in text order, without a sentence attribution that repeats a quote's."""
    out = [a for a in quote_atts if a is not None]
    for att in sentence_atts:
        repeated = any(
            q is not None
            and (q.start, q.end) == (att.start, att.end)
            and raw.open <= att.scope.start + 1
            and att.scope.end <= max(raw.close, raw.end) + 1
            for q, raw in zip(quote_atts, raws, strict=True)
        )
        if not repeated:
            out.append(att)
    return sorted(out, key=lambda a: (a.scope.start, a.start or 0))


@Language.factory(
    "frontwire_quotes",
    assigns=["doc._.fw_quotes", "doc._.fw_attributions"],
    requires=["token.dep", "token.lemma"],
)
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """The spaCy factory of `QuotesComponent`."""
    return QuotesComponent()
