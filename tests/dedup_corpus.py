"""A made-up corpus for measuring near-duplicate detection: stories, rewrites and same-topic others.

``build_corpus()`` writes 50 conflict stories, one rewrite of each (sentences reordered, words
swapped for synonyms, a sentence dropped and one added, a different headline and signature) and
100 unrelated stories on the same topic from the same templates, 30 of them "siblings" that share
a story's country, region and actor but report another incident. Every text comes from the templates
below and a seeded random generator: nothing is taken from any data set.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import partial

PLACES = [
    ("Sake", "North Kivu", "Congo"),
    ("Bunia", "Ituri", "Congo"),
    ("Kidal", "the Kidal region", "Mali"),
    ("Mopti", "central Mali", "Mali"),
    ("Djibo", "the Sahel region", "Burkina Faso"),
    ("Maiduguri", "Borno state", "Nigeria"),
    ("Gusau", "Zamfara state", "Nigeria"),
    ("Beledweyne", "Hiran", "Somalia"),
    ("Kismayo", "Lower Juba", "Somalia"),
    ("El Fasher", "North Darfur", "Sudan"),
    ("Wad Madani", "Gezira state", "Sudan"),
    ("Marib", "Marib province", "Yemen"),
    ("Taiz", "Taiz province", "Yemen"),
    ("Pemba", "Cabo Delgado", "Mozambique"),
    ("Diffa", "the Diffa region", "Niger"),
    ("Tillaberi", "the Tillaberi region", "Niger"),
    ("Kherson", "the Kherson region", "Ukraine"),
    ("Avdiivka", "the Donetsk region", "Ukraine"),
    ("Khan Younis", "southern Gaza", "the Palestinian territories"),
    ("Deir ez-Zor", "eastern Syria", "Syria"),
    ("Idlib", "northwestern Syria", "Syria"),
    ("Quetta", "Balochistan", "Pakistan"),
    ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Bambari", "Ouaka prefecture", "the Central African Republic"),
    ("Bor", "Jonglei state", "South Sudan"),
    ("Lashio", "northern Shan state", "Myanmar"),
    ("Myawaddy", "Kayin state", "Myanmar"),
    ("Bamenda", "the North-West region", "Cameroon"),
    ("Mogadishu", "Banadir", "Somalia"),
    ("Tripoli", "western Libya", "Libya"),
]
ACTORS = [
    "M23 rebels",
    "Islamic State fighters",
    "al-Shabaab militants",
    "suspected jihadists",
    "unidentified gunmen",
    "armed bandits",
    "Houthi forces",
    "Rapid Support Forces paramilitaries",
    "separatist fighters",
    "ethnic militia members",
    "government troops",
    "JNIM fighters",
    "Boko Haram insurgents",
    "ADF rebels",
    "anti-balaka militiamen",
]
TARGETS = [
    "a police post",
    "an army base",
    "a crowded market",
    "a village on the outskirts of the town",
    "a convoy carrying food aid",
    "a church during Sunday service",
    "a camp for displaced people",
    "a checkpoint on the main road",
    "the town's main hospital",
    "a gold mining site",
    "a school compound",
    "a cattle market",
]
VERBS = ["attacked", "stormed", "raided", "shelled", "ambushed", "overran"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SPEAKERS = [
    "a local official",
    "the provincial governor",
    "a police spokesman",
    "a military source",
    "the interior ministry",
    "a hospital director",
    "a community leader",
    "a humanitarian worker",
    "the mayor",
    "an army spokesman",
]
# a quote is two halves, so unrelated stories rarely quote the same words, as in real reporting
QUOTE_OPENINGS = [
    "We heard gunfire in {place} for more than three hours",
    "Our forces are pursuing the attackers towards {region}",
    "Many of the wounded are women and children",
    "They burned the houses on the {day} market road",
    "This cowardly act in {place} will not go unpunished",
    "People from {place} are sleeping in the bush",
    "We buried {killed} of the dead this morning",
    "Our teams cannot reach {place}",
    "The attackers came on motorbikes from the direction of {region}",
    "We are asking {country}'s government to send more troops",
    "The toll in {place} could rise",
    "Everyone in {place} knows someone who was killed",
]
QUOTE_CLOSINGS = [
    "and nobody came to help us",
    "and we are running out of blood and medicine",
    "because the roads are not safe",
    "because several people are still missing",
    "before anyone could raise the alarm",
    "and the whole town is in mourning",
    "even though the army was warned two days ago",
    "and we do not know who will protect us tomorrow",
]
BACKGROUND = [
    "The conflict has killed thousands of people and displaced millions since it began.",
    "Attacks on civilians have increased sharply in the region over the past year.",
    "The United Nations has repeatedly warned of a humanitarian catastrophe in the area.",
    "Peace talks mediated by regional leaders collapsed earlier this year.",
    "Armed groups have exploited the absence of the state in large parts of the countryside.",
    "Aid agencies say more than a million people in the region need food assistance.",
    "The government declared a state of emergency in the province last year.",
    "Rights groups have accused all sides of abuses against civilians.",
]
CONTEXT = [
    "{place} lies about {km} kilometres from the regional capital.",
    "The road linking {place} to the rest of {region} has been cut for weeks.",
    "{place} had been relatively calm until last month.",
    "Thousands of people had fled to {place} to escape earlier fighting in {region}.",
    "{actor} have been fighting for control of {region} since {year}.",
    "It was the deadliest attack in {region} since {year}.",
]
LEADS = [
    "{actor} {verb} {target} in {place} in {country}'s {region} on {day}, killing at least {killed} people, "
    "{source} said.",
    "At least {killed} people were killed on {day} when {actor} {verb} {target} in {place}, {region}, "
    "{source} said.",
    "{actor} killed at least {killed} people on {day} after they {verb} {target} in the {country} town of "
    "{place}, according to {source}.",
]
CASUALTIES = [
    "Another {wounded} people were wounded and taken to hospital.",
    "{wounded} others were wounded in the attack, some of them seriously.",
    "The wounded, {wounded} in total, were evacuated by road.",
]
DETAILS = [
    "The attackers arrived in {place} at dawn and opened fire on residents before setting fire to homes.",
    "Soldiers from the nearest garrison reached {place} several hours later and exchanged fire with the "
    "attackers, who then fled towards {region}'s border.",
    "Residents of {place} said the gunmen looted shops and stole livestock before withdrawing into the "
    "forest.",
    "Security forces said they had killed {n} of the attackers and arrested {m} suspects after the {day} "
    "raid.",
    "The fighting in {place} lasted about two hours, witnesses said, and hundreds of families fled.",
    "No group immediately claimed responsibility for the {day} attack on {place}.",
    "The army said it had launched an operation across {region} to track down the attackers.",
    "Telephone networks around {place} were cut, making it hard to confirm the toll.",
    "A nurse at the health centre in {place} said {m} of the wounded were children.",
    "Local leaders in {place} said the attackers had sent threats to the community in recent weeks.",
    "The bodies of {n} victims were found on {day} evening along the road out of {place}.",
    "Aid workers said about {km} families had arrived in neighbouring villages by nightfall.",
]
REACTIONS = [
    "The president condemned the attack and ordered an investigation.",
    "The African Union called for restraint and urged the protection of civilians.",
    "The United Nations mission said it was deeply concerned by the violence.",
    "The government announced three days of national mourning.",
]
HEADLINES = [
    "{actor} kill {killed} in attack on {place}",
    "Dozens dead as {actor} strike {place}",
    "Attack in {country}'s {region} leaves {killed} dead",
    "{place}: {killed} killed in {day} assault",
    "{killed} dead after {place} attack, officials say",
    "Gunfire, then silence: survivors recount {place} attack",
]
SIGNATURES = [
    "Reporting by Lakeside Courier.",
    "This article first appeared on Sahel Monitor.",
    "Brief News from Horn Dispatch.",
    "© 2024 Continental Wire",
    "Source: Frontline Daily",
    "Reporting by Great Lakes Herald.",
]
EXTRA = [
    "Our correspondent in the region said the situation remained tense on Monday evening.",
    "Local radio stations broadcast appeals for calm throughout the day.",
    "Markets in the town stayed closed and schools sent pupils home early.",
    "It was not possible to verify the figures independently.",
]
# word-for-word swaps a sub-editor makes when rewriting agency copy
SYNONYMS = {
    "attacked": "assaulted",
    "stormed": "overran",
    "raided": "attacked",
    "killed": "left dead",
    "killing": "leaving dead",
    "people": "civilians",
    "wounded": "injured",
    "residents": "locals",
    "soldiers": "troops",
    "gunmen": "armed men",
    "attackers": "assailants",
    "attack": "assault",
    "fled": "escaped",
    "said": "stated",
    "hospital": "clinic",
    "town": "locality",
    "homes": "houses",
    "area": "zone",
    "arrested": "detained",
    "suspects": "suspected accomplices",
    "launched": "began",
    "condemned": "denounced",
    "violence": "bloodshed",
    "immediately": "yet",
    "fighting": "clashes",
    "According to": "Citing",
    "at least": "no fewer than",
    "several hours": "some hours",
    "opened fire": "fired",
    "setting fire to": "torching",
}


@dataclass(slots=True)
class Story:
    """One article of the corpus; ``group`` is shared by a story and its rewrite only."""

    id: str
    text: str
    title: str
    group: int


def _slots(rng: random.Random) -> dict[str, str]:
    place, region, country = rng.choice(PLACES)
    return {
        "place": place,
        "region": region,
        "country": country,
        "actor": rng.choice(ACTORS),
        "verb": rng.choice(VERBS),
        "target": rng.choice(TARGETS),
        "day": rng.choice(DAYS),
        "killed": str(rng.randint(3, 80)),
        "wounded": str(rng.randint(2, 60)),
        "source": rng.choice(SPEAKERS),
        "km": str(rng.randint(10, 200)),
        "year": str(rng.randint(2012, 2023)),
        "n": str(rng.randint(2, 15)),
        "m": str(rng.randint(1, 9)),
    }


def _sentences(rng: random.Random, slots: dict[str, str]) -> list[str]:
    lead = rng.choice(LEADS).format(**slots)
    out = [lead[0].upper() + lead[1:], rng.choice(CASUALTIES).format(**slots)]
    out += [d.format(**slots) for d in rng.sample(DETAILS, rng.randint(1, 3))]
    for _ in range(rng.randint(1, 2)):
        quote = f"{rng.choice(QUOTE_OPENINGS)} {rng.choice(QUOTE_CLOSINGS)}".format(**slots)
        out.append(f"“{quote},” {rng.choice(SPEAKERS)} said.")
    out += [c.format(**slots) for c in rng.sample(CONTEXT, rng.randint(1, 2))]
    # wire services repeat one background paragraph across their stories on a conflict
    out.append(rng.choice(BACKGROUND))
    if rng.random() < 0.6:
        out.append(rng.choice(REACTIONS))
    return out


def _story(rng: random.Random, slots: dict[str, str], sentences: list[str], id_: str, group: int) -> Story:
    title = rng.choice(HEADLINES).format(**slots).replace("'s the ", "'s ")
    body = "\n\n".join(sentences) + "\n\n" + rng.choice(SIGNATURES)
    return Story(id_, body, title, group)


def _maybe(synonym: str, rng: random.Random, rate: float, match: re.Match[str]) -> str:
    return synonym if rng.random() < rate else match.group(0)


def _swap(sentence: str, rng: random.Random, rate: float) -> str:
    for word, synonym in SYNONYMS.items():
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        sentence = pattern.sub(partial(_maybe, synonym, rng, rate), sentence)
    return sentence


def rewrite(rng: random.Random, sentences: list[str], rate: float = 0.7) -> list[str]:
    """Another outlet's version: lead kept first, the rest reordered, synonyms, one cut, one added."""
    lead, rest = sentences[0], sentences[1:]
    rng.shuffle(rest)
    if len(rest) > 3:
        rest.pop(rng.randrange(len(rest)))
    rest.insert(rng.randrange(len(rest) + 1), rng.choice(EXTRA))
    return [_swap(s, rng, rate) for s in [lead, *rest]]


def build_corpus(seed: int = 8, stories: int = 50, others: int = 100, siblings: int = 30) -> list[Story]:
    """The measurement set: ``stories`` stories, a rewrite of each, and ``others`` unrelated stories."""
    rng = random.Random(seed)
    corpus: list[Story] = []
    bases: list[dict[str, str]] = []
    for i in range(stories):
        slots = _slots(rng)
        bases.append(slots)
        sentences = _sentences(rng, slots)
        corpus.append(_story(rng, slots, sentences, f"story-{i}", i))
        changed = dict(slots, actor=slots["actor"])  # same facts, other words
        corpus.append(_story(rng, changed, rewrite(rng, list(sentences)), f"rewrite-{i}", i))
    for j in range(others):
        slots = _slots(rng)
        if j < siblings:
            # same country, region and actor as a story, but another incident
            base = bases[j % len(bases)]
            slots.update(place=base["place"], region=base["region"], country=base["country"])
            slots["actor"] = base["actor"]
        corpus.append(_story(rng, slots, _sentences(rng, slots), f"other-{j}", stories + j))
    rng.shuffle(corpus)
    return corpus
