"""Claims: the seed article's acceptance points and one line per construction."""

from __future__ import annotations

import pytest

from claimx.components.claims import find_quotations


def claims_of(extract, text: str) -> list[dict]:
    return extract(text, date="2024-03-01")["claims"]


def attributed(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["kind"] in ("quote", "reported")]


# ------------------------------------------------------------------ seed


def _claim(record: dict, fragment: str) -> dict:
    found = [c for c in record["claims"] if fragment in c["text"]]
    assert found, f"no claim with {fragment!r}"
    return found[0]


def _actor(record: dict, actor_id: str | None) -> dict:
    return next(a for a in record["actors"] if a["id"] == actor_id)


def _place_name(record: dict, place_id: str | None) -> str | None:
    return next((p["name"] for p in record["places"] if p["id"] == place_id), None)


@pytest.mark.parametrize(
    ("fragment", "kind", "cue", "speaker_has"),
    [
        pytest.param(
            "More than 100,000 ethnic Armenians",
            "reported",
            "say",
            "Armenian government",
            id="1-government",
        ),
        pytest.param(
            "100,417 people had arrived in Armenia from Nagorno-Karabakh",
            "reported",
            "say",
            "spokesperson",
            id="2-spokesperson",
        ),
        pytest.param(
            "More than 20,000 vehicles have crossed the Hakari Bridge",
            "reported",
            "say",
            "spokesperson",
            id="3-same-spokesperson",
        ),
        pytest.param(
            "At most a few hundred persons remain",
            "quote",
            "write",
            "Artak Beglaryan",
            id="4-beglaryan-quote",
        ),
        pytest.param("ethnic cleansing", "reported", "accuse", "Yerevan", id="5-yerevan-accuses"),
        pytest.param("the claim", "reported", "deny", "Baku", id="6-baku-denies"),
        pytest.param(
            "nothing to do with forced relocation",
            "reported",
            "say",
            "foreign ministry",
            id="7-foreign-ministry",
        ),
        pytest.param(
            "temporary shelters and medical supplies",
            "reported",
            "say",
            "prime minister's office",
            id="8-italian-office",
        ),
        pytest.param(
            "send a mission to Nagorno-Karabakh", "reported", "say", "United Nations", id="9-un"
        ),
        pytest.param(
            "only allowing the mission in", "reported", "criticise", "France", id="10-france"
        ),
    ],
)
def test_seed_claims(seed_record, fragment, kind, cue, speaker_has):
    claim = _claim(seed_record, fragment)
    assert (claim["kind"], claim["cue"]) == (kind, cue)
    assert claim["speaker"] is not None and claim["speaker"]["actor"] is not None
    actor = _actor(seed_record, claim["speaker"]["actor"])
    assert speaker_has in actor["name"] or speaker_has in claim["speaker"]["text"]
    s, e = claim["speaker"]["start"], claim["speaker"]["end"]
    assert claim["sentence"]["start"] <= s < e <= claim["sentence"]["end"]


def test_seed_claim_links(seed_record):
    first = _claim(seed_record, "More than 100,000 ethnic Armenians")
    assert (
        _place_name(seed_record, _actor(seed_record, first["speaker"]["actor"])["affiliation"])
        == "Armenia"
    )
    assert first["quantities"] and first["dates"]
    second = _claim(seed_record, "100,417 people had arrived")
    assert {_place_name(seed_record, p) for p in second["places"]} >= {
        "Armenia",
        "Nagorno-Karabakh",
    }
    assert any(
        q
        for q in seed_record["quantities"]
        if q["id"] in second["quantities"] and q["value"] == 100417
    )
    third = _claim(seed_record, "More than 20,000 vehicles")
    assert third["speaker"]["actor"] == second["speaker"]["actor"]
    assert _actor(seed_record, second["speaker"]["actor"])["kind"] == "role"
    ministry = _claim(seed_record, "nothing to do with forced relocation")
    assert (
        _place_name(seed_record, _actor(seed_record, ministry["speaker"]["actor"])["affiliation"])
        == "Azerbaijan"
    )


@pytest.mark.parametrize(
    "line",
    [
        "This article was added by the user",
        "Spectre of 1915 Armenian genocide",
        "Azerbaijan slams French",
        "International assistance",
        "(with newswires)",
        "Nagorno-Karabakh almost empty",
    ],
)
def test_seed_non_body_lines_make_no_claims(seed_record, seed_text, line):
    start = seed_text.index(line)
    end = seed_text.find("\n", start) % (len(seed_text) + 1)
    assert not [c for c in seed_record["claims"] if c["start"] < end and start < c["end"]]


# ------------------------------------------------------------------ constructions


@pytest.mark.parametrize(
    ("text", "kind", "cue", "speaker", "content"),
    [
        pytest.param(
            "The minister said the talks had failed.",
            "reported",
            "say",
            "The minister",
            "the talks had failed",
            id="said-that-clause",
        ),
        pytest.param(
            "The talks had failed, the minister said.",
            "reported",
            "say",
            "the minister",
            "The talks had failed",
            id="clause-then-said",
        ),
        pytest.param(
            "The talks, the minister said, had failed badly.",
            "reported",
            "say",
            "the minister",
            "had failed badly",
            id="said-in-the-middle",
        ),
        pytest.param(
            "John Smith told reporters that the plant would close.",
            "reported",
            "tell",
            "John Smith",
            "the plant would close",
            id="told",
        ),
        pytest.param(
            "According to the police, the driver fled the scene.",
            "reported",
            "according to",
            "the police",
            "the driver fled the scene",
            id="according-to",
        ),
        pytest.param(
            "The union accused the company of breaking the law.",
            "reported",
            "accuse",
            "The union",
            "of breaking the law",
            id="accused-of",
        ),
        pytest.param(
            "The company denied the allegations on Monday.",
            "reported",
            "deny",
            "The company",
            "the allegations",
            id="denied",
        ),
        pytest.param(
            '"We will not leave our homes," said Maria Lopez.',
            "quote",
            "say",
            "Maria Lopez",
            "We will not leave our homes",
            id="quote-speaker-after",
        ),
        pytest.param(
            'Maria Lopez said: "We will not leave our homes."',
            "quote",
            "say",
            "Maria Lopez",
            "We will not leave our homes",
            id="quote-speaker-before",
        ),
        pytest.param(
            "\u201cWe will stay,\u201d she said, \u201cuntil the water goes down.\u201d",
            "quote",
            "say",
            "she",
            "We will stay",
            id="curly-quote-split",
        ),
        pytest.param(
            "The mayor wrote on social media that the bridge was safe.",
            "reported",
            "write",
            "The mayor",
            "the bridge was safe",
            id="wrote-on-social-media",
        ),
        pytest.param(
            "The council called on residents to stay indoors.",
            "reported",
            "call",
            "The council",
            "residents to stay indoors",
            id="called-on",
        ),
        pytest.param(
            "WALLACE: Governor, will she be there tonight?",
            "quote",
            ":",
            "WALLACE",
            "Governor, will she be there",
            id="transcript-turn",
        ),
    ],
)
def test_claim_constructions(extract, text, kind, cue, speaker, content):
    found = attributed(claims_of(extract, text))
    assert found, "no claim"
    claim = found[0]
    assert (claim["kind"], claim["cue"]) == (kind, cue)
    assert claim["speaker"]["text"] == speaker
    assert content in claim["text"]


def test_speaker_resolved_across_sentences(extract):
    text = "Jane Doe arrived in the city on Monday. The river will crest on Friday, she said."
    record = extract(text, date="2024-03-04")
    claim = attributed(record["claims"])[0]
    actor = next(a for a in record["actors"] if a["id"] == claim["speaker"]["actor"])
    assert actor["name"] == "Jane Doe"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("OSLO (Reuters) - Fuel prices will rise in May, the ministry said.", "Fuel prices will rise in May", id="agency-dateline"),
        pytest.param("DENVER, Colo. (AP) — The fire has burned 400 homes, officials said.", "The fire has burned 400 homes", id="state-and-em-dash"),
        pytest.param("LAGOS, May 2 (Reuters) - The port will reopen on Friday, the agency said.", "The port will reopen on Friday", id="dated-dateline"),
        pytest.param("Flood Warning\n\nLIMA -- The toll has risen to 12, the police said.", "The toll has risen to 12", id="double-dash-after-a-headline"),
    ],
)  # fmt: skip
def test_content_starts_after_the_dateline(extract, text, content):
    record = extract(text, date="2024-03-04")
    [claim] = attributed(record["claims"])
    assert claim["text"] == content
    dateline_places = {
        p["id"] for p in record["places"] if p["mentions"][0]["end"] <= claim["start"]
    }
    assert dateline_places and not dateline_places & set(claim["places"])


def test_statement_with_a_quantity(extract):
    claims = claims_of(extract, "Last year 4,000 people left the island.")
    assert [c["kind"] for c in claims] == ["statement"]
    assert claims[0]["speaker"] is None and claims[0]["quantities"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Minister Says Talks Failed\n\nThe weather was mild.", id="said-in-a-headline"
        ),
        pytest.param("The so-called experts arrived late.", id="so-called"),
        pytest.param("Did the minister say the talks had failed?", id="question"),
        pytest.param("I think the talks will fail.", id="first-person-opinion"),
        pytest.param("The weather was mild and the streets were quiet.", id="no-attribution"),
        pytest.param("The mayor was criticized for the delay.", id="passive-without-agent"),
        pytest.param("The plan adds $84 billion over ten years.", id="add-as-arithmetic"),
    ],
)
def test_no_attributed_claim(extract, text):
    assert attributed(claims_of(extract, text)) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        pytest.param('He said "yes" twice.', ['"yes"'], id="straight"),
        pytest.param(
            "\u201cOne.\u201d And \u201cTwo.\u201d",
            ["\u201cOne.\u201d", "\u201cTwo.\u201d"],
            id="curly",
        ),
        pytest.param(
            '"Never closed and it goes on\n\nNext paragraph.',
            ['"Never closed and it goes on'],
            id="unclosed-stays-in-paragraph",
        ),
        pytest.param(
            '"Never closed\nNext line "here" too.',
            ['"Never closed', '"here"'],
            id="unclosed-ends-at-its-line",
        ),
        pytest.param(
            "\u201dWrong mark first.\u201d \u2015 Ana Ruiz",
            ["\u201dWrong mark first.\u201d"],
            id="closing-mark-used-to-open",
        ),
        pytest.param('It is 5" wide.', [], id="inch-mark"),
    ],
)
def test_find_quotations(text, spans):
    paragraphs = (
        [(0, text.index("\n\n"))] + [(text.index("\n\n") + 2, len(text))]
        if "\n\n" in text
        else [(0, len(text))]
    )
    assert [text[s:e] for s, e in find_quotations(text, paragraphs)] == spans
