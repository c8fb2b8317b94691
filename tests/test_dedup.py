"""Near-duplicates: rewrites of one wire story are caught, other stories on the same topic are not."""

from __future__ import annotations

import itertools

from dedup_corpus import build_corpus
from frontwire.ingest.dedup import NearDuplicateIndex, content_words, duplicate_pairs, similarity
from frontwire.records import ArticleInput

AGENCY = (
    "Gunmen killed at least 14 people in an attack on a market in Gusau, in Nigeria's Zamfara state, "
    "on Tuesday, police said. Another nine people were wounded. The attackers arrived on motorbikes "
    "and fired at traders before stealing cattle, residents said. “We buried the dead this morning,” "
    "a community leader told reporters. Zamfara has been hit by a wave of kidnappings since 2020."
)
REWRITE = (
    "Armed men left no fewer than 14 civilians dead when they stormed a market in Gusau in northwestern "
    "Nigeria's Zamfara state on Tuesday, according to police. “We buried the dead this morning,” a "
    "community leader said. Zamfara has suffered a wave of kidnappings since 2020. Nine others were "
    "injured, and residents said the attackers came on motorbikes, fired at traders and stole cattle."
)
OTHER = (
    "Gunmen kidnapped 30 students from a school in Kaura Namoda, in Nigeria's Zamfara state, on "
    "Friday, police said. Troops were deployed to the forest where the abductors were believed to be "
    "hiding. Parents gathered outside the school demanding news. Zamfara has been hit by a wave of "
    "kidnappings since 2020."
)


def test_rewrite_is_a_duplicate_and_a_same_topic_story_is_not() -> None:
    index = NearDuplicateIndex()
    assert index.add(ArticleInput(text=AGENCY, id="agency")) is None
    assert index.add(ArticleInput(text=REWRITE, id="outlet")) == "agency"
    assert index.add(ArticleInput(text=OTHER, id="other")) is None
    assert index.copies("agency") == ["outlet"]
    assert index.canonical("outlet") == "agency" and index.canonical("other") is None
    # adding the same key again indexes nothing new
    assert index.add(ArticleInput(text=REWRITE, id="outlet")) == "agency"
    assert len(index) == 3


def test_copies_of_copies_point_to_the_first_seen() -> None:
    third = REWRITE.replace("Armed men", "Bandits")
    pairs = duplicate_pairs(
        [ArticleInput(text=t, url=f"https://x.example/{i}") for i, t in enumerate((AGENCY, REWRITE, third))]
    )
    assert pairs == [
        ("https://x.example/1", "https://x.example/0"),
        ("https://x.example/2", "https://x.example/0"),
    ]


def test_content_words_drop_function_words() -> None:
    assert content_words("The rebels said they had taken 3 towns.") == {"rebels", "taken", "3", "towns"}
    assert similarity(AGENCY, AGENCY) == 1.0
    assert similarity(AGENCY, REWRITE) > similarity(AGENCY, OTHER)


def test_precision_and_recall_on_the_made_up_set() -> None:
    """50 stories, 50 rewrites, 100 same-topic others (see benchmarks/dedup.py for more seeds)."""
    corpus = build_corpus(seed=8)
    assert len(corpus) == 200
    group = {s.id: s.group for s in corpus}
    index = NearDuplicateIndex()
    found = [(s.id, index.add(ArticleInput(text=s.text, id=s.id))) for s in corpus]
    found = [(a, b) for a, b in found if b is not None]
    right = sum(1 for a, b in found if group[a] == group[b])
    positives = sum(1 for a, b in itertools.combinations(corpus, 2) if a.group == b.group)
    assert positives == 50
    assert right / len(found) >= 0.95
    assert right / positives >= 0.9
