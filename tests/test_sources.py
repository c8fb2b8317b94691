"""According to whom: sources reach events in reported speech and quotes; claims, admissions, denials."""

from __future__ import annotations

from collections.abc import Callable

from frontwire.records import EventCandidate


def events(read: Callable[..., object], text: str) -> list[EventCandidate]:
    doc = read(text, "2025-03-02")
    assert not doc._.fw_errors  # type: ignore[attr-defined]
    return list(doc._.fw_events)  # type: ignore[attr-defined]


def test_reported_speech_gives_the_event_its_sources(read: Callable[..., object]) -> None:
    [event] = [
        e
        for e in events(read, "Residents and two aid workers said rebels seized Bunia on Sunday.")
        if e.has_territory
    ]
    names = {s.name for s in event.sources}
    assert "Residents" in names and any("aid workers" in n for n in names)
    assert event.status == "occurred"


def test_according_to_a_party_alone_is_a_claim(read: Callable[..., object]) -> None:
    text = (
        "The Islamic State group captured the town of Mocimboa da Praia, "
        "according to a statement by the group."
    )
    [event] = [e for e in events(read, text) if e.plover.type == "ASSAULT"]
    assert [s.kind for s in event.sources] == ["party"]
    assert event.status == "claimed"


def test_quoted_claim_confirmed_by_witnesses_is_occurred(read: Callable[..., object]) -> None:
    text = (
        "Residents said militants took the town of Palma on Friday.\n\n"
        "“Our fighters took Palma on Friday,” the militant group said in a statement."
    )
    taken = [e for e in events(read, text) if e.has_territory]
    assert len(taken) == 1, "the quoted claim and the residents' report are one event"
    kinds = {s.kind for s in taken[0].sources}
    assert {"witness", "party"} <= kinds
    assert taken[0].status == "occurred"


def test_a_source_that_denies_makes_the_event_denied(read: Callable[..., object]) -> None:
    [event] = events(read, "The army denied that its soldiers shelled the village of Kalma on Sunday.")
    assert event.status == "denied"
    assert event.sources and event.sources[0].name.lower() == "the army"


def test_unattributed_events_are_vouched_for_by_the_outlet(read: Callable[..., object]) -> None:
    doc = read("Police arrested four protesters in Dhaka on Monday.", "2025-03-04", outlet="Dhaka Herald")
    [event] = [e for e in doc._.fw_events if e.plover.type == "COERCE"]  # type: ignore[attr-defined]
    assert [(s.name, s.kind) for s in event.sources] == [("Dhaka Herald", "media")]


def test_the_speaker_of_he_is_neither_quoted_words_nor_a_town(read: Callable[..., object]) -> None:
    # "Our aim" is the speaker's own words, and the NER takes "Maarat al-Numan" for a person; "he"
    # is the commander, a person acting for his group
    doc = read(
        "A militia commander in Syria told reporters the town of Maarat al-Numan had fallen. "
        '"Our aim is to free the valley," he said.'
    )
    (quote,) = doc._.fw_quotes  # type: ignore[attr-defined]
    assert quote.speaker == "A militia commander in Syria"


def test_a_named_officer_speaks_for_the_force_of_his_role(read: Callable[..., object]) -> None:
    # "a police inspector, Musa Abdullahi": the name is the source, the role says whom he speaks
    # for, and the bandits' raid he reports is no claim of theirs
    text = (
        "Bandits stormed a police post in Zamfara state on Monday, a police inspector, "
        'Musa Abdullahi, told reporters. "We held the post until help came," he said.'
    )
    doc = read(text)
    [raid] = [e for e in doc._.fw_events if e.plover.type == "ASSAULT"]  # type: ignore[attr-defined]
    assert [s.name for s in raid.sources] == ["Musa Abdullahi"]
    assert raid.sources[0].actor is not None and raid.sources[0].actor.startswith("Police Forces")
    assert raid.status == "occurred"
    [quote] = doc._.fw_quotes  # type: ignore[attr-defined]
    assert quote.speaker == "Musa Abdullahi"
    assert quote.speaker_actor is not None and quote.speaker_actor.startswith("Police Forces")


def test_each_of_two_coordinated_speakers_vouches_for_its_own_clause(read: Callable[..., object]) -> None:
    found = events(
        read,
        "The Mai-Mai militia did not claim the ambush near Beni, but army officers accused the ADF of it.",
    )
    accusation = next(e for e in found if e.plover.type == "ACCUSE")
    # a statement not made ("did not claim") vouches for nothing
    assert [s.name for s in accusation.sources] == ["army officers"]
    found = events(read, "ISWAP claimed the raid on Monguno, but the police blamed bandits for the killings.")
    raid = next(e for e in found if e.trigger.text == "raid")
    assert [s.name for s in raid.sources] == ["ISWAP"]


def test_a_speaker_pronoun_is_not_someone_its_report_names(read: Callable[..., object]) -> None:
    # "he" reports the killing of "an elder": the elder is not "he"; the teacher before is
    text = (
        "Armed men raided the village of Dabanga on Tuesday night, said Ibrahim Moussa, a teacher "
        "who hid in a granary. An elder was shot dead as young men tried to stop them, he said."
    )
    # (the shooting told in the raid's course is the raid's: one event, told by one man)
    second = text.index("An elder")
    shot = next(e for e in events(read, text) if any(s.start <= second < s.end for s in e.evidence))
    assert [s.name for s in shot.sources] == ["Ibrahim Moussa"]


def test_a_spokesman_titled_by_his_force_quotes_for_it(read: Callable[..., object]) -> None:
    text = (
        '"Our positions were shelled overnight," army spokesman Sylvain Ekenge told reporters in '
        "Kinshasa on Monday."
    )
    doc = read(text)
    [quote] = doc._.fw_quotes  # type: ignore[attr-defined]
    assert quote.speaker == "Sylvain Ekenge"
    assert quote.speaker_actor is not None and quote.speaker_actor.startswith("Military Forces")
    [shelling] = [e for e in doc._.fw_events if e.plover.type == "ASSAULT"]  # type: ignore[attr-defined]
    # "our positions" are the speaker's army's; the shelling was not where he spoke
    assert shelling.actor2 is not None and shelling.actor2.startswith("Military Forces")
    assert shelling.place is None or shelling.place.name != "Kinshasa"


def test_a_clause_about_the_speaker_does_not_say_whom_he_speaks_for(read: Callable[..., object]) -> None:
    doc = read('"We are safe," said a spokesman who accused the rebels of spreading lies.')
    [quote] = doc._.fw_quotes  # type: ignore[attr-defined]
    assert quote.speaker_actor is None or "Armed Group" not in quote.speaker_actor
