"""Claims: one line per attribution rule (PARC/PolNeAR conventions), made-up sentences."""

from __future__ import annotations

import pytest

from claimx.components.claims import find_quotations


def attributed(extract, text: str) -> list[dict]:
    claims = extract(text, date="2024-03-01")["claims"]
    return [c for c in claims if c["kind"] in ("quote", "reported")]


def assert_one_claim(extract, text: str, cue: str, speaker: str, content: str) -> None:
    """Exactly one attribution with this cue, and its speaker and content."""
    found = [c for c in attributed(extract, text) if c["cue"] == cue]
    assert len(found) == 1, found
    assert (found[0]["speaker"]["text"], found[0]["text"]) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "kind", "cue", "speaker", "content"),
    [
        pytest.param(
            "Critics called the plan a costly mistake.",
            "reported",
            "call",
            "Critics",
            "the plan a costly mistake",
            id="called-x-y-unresolved-speaker",
        ),
        pytest.param(
            "The senator complained about the new tax rules.",
            "reported",
            "complain",
            "The senator",
            "the new tax rules",
            id="prep-object-content",
        ),
        pytest.param(
            "The union responded to the offer on Monday.",
            "reported",
            "respond",
            "The union",
            "the offer",
            id="responded-to",
        ),
        pytest.param(
            "The governor spoke about the flooding.",
            "reported",
            "speak",
            "The governor",
            "the flooding",
            id="spoke-about-topic",
        ),
        pytest.param(
            "The proposal was endorsed by the teachers' union.",
            "reported",
            "endorse",
            "the teachers' union",
            "The proposal",
            id="passive-with-agent",
        ),
        pytest.param(
            "The vote is unlikely; the committee says it will meet on Friday.",
            "reported",
            "say",
            "the committee",
            "it will meet on Friday",
            id="clause-cut-off-by-semicolon",
        ),
        pytest.param(
            "The coach said after the game she would not accept the award if it were offered.",
            "reported",
            "say",
            "The coach",
            "after the game she would not accept the award if it were offered",
            id="clause-parsed-as-advcl",
        ),
        pytest.param(
            "She told a meeting of farmers that prices would rise.",
            "reported",
            "tell",
            "She",
            "that prices would rise",
            id="told-addressee-that-clause",
        ),
        pytest.param(
            "These are the cuts that the mayor says will save money.",
            "reported",
            "say",
            "the mayor",
            "will save money",
            id="relative-word-left-of-cue",
        ),
        pytest.param(
            "The minister's claim that taxes would fall proved wrong.",
            "reported",
            "claim",
            "The minister",
            "that taxes would fall",
            id="noun-claim-that",
        ),
        pytest.param(
            "The governor's comments about the budget angered lawmakers.",
            "reported",
            "comment",
            "The governor",
            "the budget",
            id="noun-comments-about",
        ),
        pytest.param(
            "The council issued a statement calling the decision a disgrace.",
            "reported",
            "call",
            "The council",
            "the decision a disgrace",
            id="statement-calling",
        ),
        pytest.param(
            "The group sent a letter opposing the new dam.",
            "reported",
            "oppose",
            "The group",
            "the new dam",
            id="letter-opposing",
        ),
        pytest.param(
            "The senator added:\n\nWe will not give up on this bill, not now and not ever.",
            "quote",
            "add",
            "The senator",
            "We will not give up on this bill, not now and not ever.",
            id="colon-then-paragraph",
        ),
        pytest.param(
            "\u201cThe road is closed,\u201d the sheriff said. \u201cNobody can get through tonight.\u201d",
            "quote",
            "say",
            "the sheriff",
            "\u201cThe road is closed,\u201d the sheriff said. \u201cNobody can get through tonight.\u201d",
            id="quote-continued-next-sentence",
        ),
        pytest.param(
            '"SMITH: We will hold the line on taxes this year.',
            "quote",
            ":",
            "SMITH",
            "We will hold the line on taxes this year.",
            id="transcript-turn-in-quotes",
        ),
        pytest.param(
            '"Mixed marks are common in copy,\u201d she said.',
            "quote",
            "say",
            "she",
            '"Mixed marks are common in copy,\u201d',
            id="mixed-quotation-marks",
        ),
        pytest.param(
            "''Two apostrophes open a quotation here,'' he said.",
            "quote",
            "say",
            "he",
            "''Two apostrophes open a quotation here,''",
            id="double-apostrophe-marks",
        ),
        pytest.param(
            "“We must stop this plan now.” ― Carla Sanchez.",
            "quote",
            "―",
            "Carla Sanchez",
            "“We must stop this plan now.”",
            id="dash-signature-full-stop",
        ),
        pytest.param(
            "“We will win this fight for sure.” ― John Smith Jr.",
            "quote",
            "―",
            "John Smith Jr.",
            "“We will win this fight for sure.”",
            id="dash-signature-abbreviation",
        ),
        pytest.param(
            "The senator learned that the bridge would close.",
            "reported",
            "learn",
            "The senator",
            "that the bridge would close",
            id="any-verb-with-a-that-clause",
        ),
        pytest.param(
            "Maria Lopez remembers that the river flooded twice.",
            "reported",
            "remember",
            "Maria Lopez",
            "that the river flooded twice",
            id="belief-verb-outside-the-lists",
        ),
        pytest.param(
            "Greenpeace is skeptical of the new contract.",
            "reported",
            "skeptical",
            "Greenpeace",
            "the new contract",
            id="stance-adjective-of",
        ),
        pytest.param(
            "Ms. Lee is confident that the vote will pass.",
            "reported",
            "confident",
            "Ms. Lee",
            "that the vote will pass",
            id="stance-adjective-clause",
        ),
        pytest.param(
            "In the mayor's view, the budget is too small.",
            "reported",
            "in",
            "the mayor",
            "the budget is too small",
            id="in-owners-view",
        ),
        pytest.param(
            "In the latest county poll, the mayor's lead grew to ten points.",
            "reported",
            "in",
            "the latest county poll",
            "the mayor's lead grew to ten points",
            id="in-a-poll",
        ),
        pytest.param(
            "The coach hoped the rain would stop before noon.",
            "reported",
            "hope",
            "The coach",
            "the rain would stop before noon",
            id="hoped-lemma-mended",
        ),
        pytest.param(
            "The senator sees the deal as a betrayal.",
            "reported",
            "see",
            "The senator",
            "the deal as a betrayal",
            id="sees-x-as-y",
        ),
        pytest.param(
            "Asked about the delay, Mayor Ruiz said the bridge would open in May.",
            "reported",
            "say",
            "Mayor Ruiz",
            "the bridge would open in May",
            id="reduced-passive-asks-nothing",
        ),
        pytest.param(
            "The school board voted on Monday to close two schools.",
            "reported",
            "vote",
            "The school board",
            "to close two schools",
            id="time-before-an-infinitive-is-no-content",
        ),
        pytest.param(
            "The mayor called on Friday for a review of the deal.",
            "reported",
            "call",
            "The mayor",
            "a review of the deal",
            id="time-before-called-for",
        ),
    ],
)
def test_attribution_rule(extract, text, kind, cue, speaker, content):
    found = attributed(extract, text)
    assert len(found) == 1, found
    claim = found[0]
    assert (claim["kind"], claim["cue"], claim["speaker"]["text"], claim["text"]) == (
        kind,
        cue,
        speaker,
        content,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The mayor said the union accused the company of lying.",
            "The mayor",
            id="nested-cue-is-content",
        ),
        pytest.param(
            '"The mayor said the bridge was safe," the engineer told reporters.',
            "the engineer",
            id="cue-inside-quotation",
        ),
    ],
)
def test_one_claim_per_reported_content(extract, text, speaker):
    assert [c["speaker"]["text"] for c in attributed(extract, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The governor spoke to reporters.", id="spoke-to-addressee-only"),
        pytest.param("A charity called Hope for All opened a shelter.", id="called-as-naming"),
        pytest.param(
            "The governor's remarks on Monday angered lawmakers.", id="noun-with-a-time-only"
        ),
        pytest.param("The son called 911 and police arrived.", id="called-a-number"),
        pytest.param("She declined an invitation to the gala.", id="declined-a-thing"),
        pytest.param("The mayor addressed the crowd.", id="addressed-an-audience"),
        pytest.param("He recognized the volunteers who helped.", id="recognized-people"),
        pytest.param("The bombings claimed at least 217 lives.", id="claimed-lives"),
        pytest.param("A jogger wrote down the license plate number.", id="wrote-down"),
        pytest.param("Has the council ever claimed the road was safe?", id="question-about-cue"),
        pytest.param("It seems that the road is closed again.", id="impersonal-that-clause"),
        pytest.param("The mayor did not respond to requests for comment.", id="negated-no-reply"),
        pytest.param("The council sees the river every day.", id="see-without-predicate"),
        pytest.param("The results mean that prices will rise.", id="not-a-cue-verb"),
        pytest.param("The storm left the town quiet and empty.", id="adjective-complement"),
    ],
)
def test_no_attribution(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        pytest.param(
            'She said "it is over\u201d and left.',
            ['"it is over\u201d'],
            id="straight-open-curly-close",
        ),
        pytest.param(
            'She said \u201cit is over" and left.',
            ['\u201cit is over"'],
            id="curly-open-straight-close",
        ),
        pytest.param(
            "He said ''it is over'' and left.", ["''it is over''"], id="double-apostrophes"
        ),
        pytest.param("The Smiths' dog and the Joneses' cat.", [], id="plural-possessives"),
    ],
)
def test_find_quotations_marks(text, spans):
    assert [text[s:e] for s, e in find_quotations(text, [(0, len(text))])] == spans


@pytest.mark.parametrize(
    ("text", "cue_text"),
    [
        pytest.param("The mayor said the bridge was safe.", "said", id="verb"),
        pytest.param(
            "According to the police, two men were arrested.", "According to", id="phrase"
        ),
        pytest.param("Her claim that the vote was rigged spread fast.", "claim", id="noun"),
        pytest.param('"The plan will fail for sure," the mayor warned.', "warned", id="quote"),
    ],
)
def test_cue_span(extract, text, cue_text):
    claim = attributed(extract, text)[0]
    assert text[claim["cue_start"] : claim["cue_end"]] == cue_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Governor Ann Marsh, who said the dam was safe, left early.",
            "Ann Marsh",
            id="relative-who",
        ),
        pytest.param(
            "Peter Olsen arrived in town on Monday. Later Olsen said the mill would close.",
            "Peter Olsen",
            id="surname-alone",
        ),
    ],
)
def test_speaker_actor_resolved(extract, text, name):
    record = extract(text, date="2024-03-01")
    claim = attributed(extract, text)[0]
    actor = next(a for a in record["actors"] if a["id"] == claim["speaker"]["actor"])
    assert actor["name"] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The chairman said the budget had grown and said that the plan would wait.",
            [
                ("say", "The chairman", "the budget had grown"),
                ("say", "The chairman", "that the plan would wait"),
            ],
            id="second-said-hung-off-the-first-clause",
        ),
        pytest.param(
            "Ms. Ortiz said the vote was close, adding that a recount was likely.",
            [
                ("say", "Ms. Ortiz", "the vote was close"),
                ("add", "Ms. Ortiz", "that a recount was likely"),
            ],
            id="participle-adding-after-comma",
        ),
        pytest.param(
            "The coach said the team “will be back by spring,” referring to the new season.",
            [
                ("say", "The coach", "the team “will be back by spring,”"),
                ("refer", "The coach", "the new season"),
            ],
            id="participle-referring-after-quotation",
        ),
    ],
)
def test_attributions_of_one_speaker(extract, text, expected):
    found = attributed(extract, text)
    assert [(c["cue"], c["speaker"]["text"], c["text"]) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "The union is calling for the city to raise the wage.",
            "call",
            "The union",
            "the city to raise the wage",
            id="called-for-x-to-y",
        ),
        pytest.param(
            "The mayor also called for higher fees on parking.",
            "call",
            "The mayor",
            "higher fees on parking",
            id="called-for-x",
        ),
        pytest.param(
            "The farmers voiced support for the new dam.",
            "support",
            "The farmers",
            "the new dam",
            id="noun-cue-object-of-a-verb",
        ),
        pytest.param(
            "Her critique of the tax plan was sharp.",
            "critique",
            "Her",
            "the tax plan",
            id="noun-cue-with-of",
        ),
        pytest.param(
            "LONDON (Reuters) — The bank said rates would stay low.",
            "say",
            "The bank",
            "rates would stay low",
            id="dateline-not-in-speaker",
        ),
        pytest.param(
            "The mayor read the comments that praised the new park.",
            "praise",
            "the comments",
            "the new park",
            id="relative-that-speaker-is-its-noun",
        ),
        pytest.param(
            "“The roof is safe, the walls too, all the old beams,” said an engineer on site.",
            "say",
            "an engineer on site",
            "“The roof is safe, the walls too, all the old beams,”",
            id="nearest-of-two-subjects",
        ),
    ],
)
def test_attribution_rule_more(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "The crowd cheered. “Never again,” she said.", "she", "“Never again,”", id="comma"
        ),
        pytest.param(
            "He paused. “Not this year!” the coach shouted.",
            "the coach",
            "“Not this year!”",
            id="exclamation",
        ),
        pytest.param(
            "Asked about a second term, the mayor shook her head and said, “No.”",
            "the mayor",
            "“No.”",
            id="right-after-said-comma",
        ),
    ],
)
def test_short_quotation_with_cue(extract, text, speaker, content):
    found = attributed(extract, text)
    assert [(c["speaker"]["text"], c["text"]) for c in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The senator leads in the polls in Ohio.", id="trailing-in-poll"),
        pytest.param("The mayor rose in the latest survey again.", id="trailing-in-survey"),
        pytest.param("The fund grew, he said, “exactly according to plan.”", id="according-quoted"),
        pytest.param("It’s clear that the road will close.", id="contracted-copula"),
        pytest.param("The strike pushed the vote to next week.", id="pushed-a-thing-somewhere"),
        pytest.param(
            "“We heard his concerns about the road and his claim that it was unsafe,” he said.",
            id="speech-noun-inside-quotation",
        ),
    ],
)
def test_no_attribution_more(extract, text):
    cues = [c["cue"] for c in attributed(extract, text)]
    assert cues in ([], ["say"]), cues


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "A new survey shows the mayor well ahead of her rivals.",
            "show",
            "A new survey",
            "the mayor well ahead of her rivals",
            id="survey-shows-object",
        ),
        pytest.param(
            "The governor left early, in the wake of a new poll showing her rival ahead.",
            "show",
            "a new poll",
            "her rival ahead",
            id="a-poll-showing-object",
        ),
        pytest.param(
            "Earlier studies found a sharp rise in rents across the region.",
            "find",
            "Earlier studies",
            "a sharp rise in rents across the region",
            id="studies-found-object",
        ),
        pytest.param(
            "Graham called both Trump and the governor “crazy”.",
            "call",
            "Graham",
            "both Trump and the governor “crazy”",
            id="called-two-objects-a-name",
        ),
        pytest.param(
            "On Friday, Rep. Ann Cole (D-Ore.) called on the governor to resign.",
            "call",
            "Rep. Ann Cole (D-Ore.)",
            "on the governor to resign",
            id="called-on-after-fronted-on",
        ),
    ],
)
def test_attribution_rule_evidence_and_calls(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


def test_quotation_resumes_in_the_next_paragraph(extract):
    text = (
        "The council met on Monday.\n\n"
        "“We will rebuild the bridge this year,” the mayor said.\n\n"
        "“The money is there and the plans are ready.”\n\n"
        "The vote is next week."
    )
    found = attributed(extract, text)
    assert len(found) == 1, found
    assert found[0]["speaker"]["text"] == "the mayor"
    assert found[0]["text"].endswith("the plans are ready.”")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "She said the nomination was “in sight.” Then she left.",
            "the nomination was “in sight.”",
            id="curly-stop-inside",
        ),
        pytest.param(
            'He said the plan was "dead on arrival." Nobody replied.',
            'the plan was "dead on arrival."',
            id="straight-stop-inside",
        ),
    ],
)
def test_content_keeps_its_closing_mark(extract, text, content):
    assert [c["text"] for c in attributed(extract, text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Senator Maria Lopez made it clear that she would oppose the budget.",
            "made it clear",
            "Senator Maria Lopez",
            "that she would oppose the budget",
            id="made-it-clear-that",
        ),
        pytest.param(
            "The mayor has made clear he will not run again.",
            "made clear",
            "The mayor",
            "he will not run again",
            id="made-clear-bare-clause",
        ),
        pytest.param(
            "Mayor Anna Berg made the point that the fund had lost money.",
            "made the point",
            "Mayor Anna Berg",
            "that the fund had lost money",
            id="made-the-point-that",
        ),
        pytest.param(
            "Governor Tom Reyes took issue with the court's ruling.",
            "took issue",
            "Governor Tom Reyes",
            "the court's ruling",
            id="took-issue-with",
        ),
    ],
)
def test_light_verb_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The new map made clear that the river had moved.", id="thing-makes-clear"),
        pytest.param("The storm made it plain that the dam was weak.", id="event-makes-plain"),
    ],
)
def test_light_verb_needs_a_speaker(extract, text):
    assert [c["cue"] for c in attributed(extract, text) if " " in c["cue"]] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Senator Maria Lopez thanked the volunteers for their work.",
            "thank",
            "Senator Maria Lopez",
            "the volunteers for their work",
            id="thanked-x-for-y",
        ),
        pytest.param(
            "The mayor credited the firefighters with saving the library.",
            "credit",
            "The mayor",
            "the firefighters with saving the library",
            id="credited-x-with-y",
        ),
        pytest.param(
            "Governor Reyes congratulated the team on its win.",
            "congratulate",
            "Governor Reyes",
            "the team on its win",
            id="congratulated-x-on-y",
        ),
        pytest.param(
            "The union chided the board for its silence.",
            "chide",
            "The union",
            "the board for its silence",
            id="chided-x-for-y",
        ),
        pytest.param(
            "Critics derided the proposal as a giveaway.",
            "deride",
            "Critics",
            "the proposal as a giveaway",
            id="derided-x-as-y",
        ),
    ],
)
def test_judgment_verb_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "The court's decision to block the law angered Republicans.",
            "decision",
            "The court",
            "to block the law",
            id="decision-to",
        ),
        pytest.param(
            "The union's proposal to raise wages was rejected.",
            "proposal",
            "The union",
            "to raise wages",
            id="proposal-to",
        ),
        pytest.param(
            "The ruling party's refusal to hold talks drew criticism.",
            "refusal",
            "The ruling party",
            "to hold talks",
            id="refusal-to",
        ),
        pytest.param(
            "The senator renewed her pledge to cut taxes.",
            "pledge",
            "The senator",
            "to cut taxes",
            id="own-pledge-to-subject",
        ),
        pytest.param(
            "The mayor's stance on the stadium surprised her allies.",
            "stance",
            "The mayor",
            "the stadium",
            id="stance-on",
        ),
    ],
)
def test_intention_noun_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "The governor is eager to sign the bill.",
            "eager",
            "The governor",
            "to sign the bill",
            id="eager-to",
        ),
        pytest.param(
            "Some activists are less confident in the nominee.",
            "confident",
            "Some activists",
            "the nominee",
            id="confident-in",
        ),
        pytest.param(
            "The senator was open to a compromise.",
            "open",
            "The senator",
            "a compromise",
            id="open-to",
        ),
        pytest.param(
            "The mayor was pleased with the outcome.",
            "pleased",
            "The mayor",
            "the outcome",
            id="pleased-with",
        ),
        pytest.param(
            "Senator Ann Lee is opposed to the new pipeline.",
            "oppose",
            "Senator Ann Lee",
            "the new pipeline",
            id="participle-opposed-to",
        ),
    ],
)
def test_stance_adjective_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The team is sure to win the title.", id="sure-to-is-likelihood"),
        pytest.param("The mayor is likely to close the bridge.", id="likely-to-is-likelihood"),
    ],
)
def test_adjective_of_likelihood_is_no_stance(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Governor Ann Reyes railed against the new tax.",
            "rail against",
            "Governor Ann Reyes",
            "the new tax",
            id="railed-against",
        ),
        pytest.param(
            "The senator lashed out at the press on Friday.",
            "lash out at",
            "The senator",
            "the press",
            id="lashed-out-at",
        ),
        pytest.param(
            "Mayor Tom Hill called out the council for its silence.",
            "call out",
            "Mayor Tom Hill",
            "the council for its silence",
            id="called-out-x-for-y",
        ),
        pytest.param(
            "Senator Lee distanced herself from the plan.",
            "distance from",
            "Senator Lee",
            "the plan",
            id="distanced-from",
        ),
        pytest.param(
            "Senator Ann Lee came out against the new tariffs.",
            "come out against",
            "Senator Ann Lee",
            "the new tariffs",
            id="came-out-against",
        ),
        pytest.param(
            "The committee laid out the rules for the vote.",
            "lay out",
            "The committee",
            "the rules for the vote",
            id="laid-out",
        ),
    ],
)
def test_phrasal_verb_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


def test_phrasal_verb_needs_a_speaker(extract):
    assert attributed(extract, "The storm railed against the coast all night.") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Senator Ann Lee added the Ohio primary to her string of wins.", id="added-to-increases"
        ),
        pytest.param("The mayor continued on her way to the hall.", id="continued-on-a-way"),
        pytest.param(
            "An aide to the governor spoke on condition of anonymity.", id="spoke-on-condition"
        ),
    ],
)
def test_preposition_phrase_that_is_no_topic(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "The governor ordered the agency to halt the sale.",
            "order",
            "The governor",
            "the agency to halt the sale",
            id="ordered-x-to-y",
        ),
        pytest.param(
            "The council persuaded the owner to sell the land.",
            "persuade",
            "The council",
            "the owner to sell the land",
            id="persuaded-x-to-y",
        ),
        pytest.param(
            "Senator Ann Lee aims to cut the deficit by half.",
            "aim",
            "Senator Ann Lee",
            "to cut the deficit by half",
            id="aims-to",
        ),
        pytest.param(
            "The mayor intends to run for a third term.",
            "intend",
            "The mayor",
            "to run for a third term",
            id="intends-to",
        ),
    ],
)
def test_volition_and_directive_verb_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


def test_infinitive_after_other_verbs_is_no_view(extract):
    assert attributed(extract, "The mayor tried to reach the hall before noon.") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "The crowd cheered. “Stay home and vote early,” the sign read.",
            "read",
            "the sign",
            "“Stay home and vote early,”",
            id="sign-read",
        ),
        pytest.param(
            "Donors got a letter on Friday. “We will win this race by a wide margin,” the letter read.",
            "read",
            "the letter",
            "“We will win this race by a wide margin,”",
            id="letter-read",
        ),
        pytest.param(
            "As one aide put it: “We have no plan at all.”",
            "put",
            "one aide",
            "“We have no plan at all.”",
            id="as-x-put-it",
        ),
        pytest.param(
            "The senator paused. “We will not give up on this bill,” she elaborated.",
            "elaborate",
            "she",
            "“We will not give up on this bill,”",
            id="she-elaborated",
        ),
    ],
)
def test_verb_that_reports_beside_a_quotation(extract, text, cue, speaker, content):
    found = [c for c in attributed(extract, text) if c["cue"] == cue]
    assert len(found) == 1, found
    assert (found[0]["kind"], found[0]["speaker"]["text"], found[0]["text"]) == (
        "quote",
        speaker,
        content,
    )


def test_quotation_verb_without_a_quotation_reports_nothing(extract):
    assert attributed(extract, "The senator read a novel on the train.") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Forbes put his net worth at $4.5 billion.",
            "put",
            "Forbes",
            "his net worth at $4.5 billion",
            id="put-x-at-a-sum",
        ),
        pytest.param(
            "Early estimates pegged turnout at 60 percent.",
            "peg",
            "Early estimates",
            "turnout at 60 percent",
            id="pegged-x-at-a-share",
        ),
    ],
)
def test_estimate_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The council put the plan on hold.", id="put-on-hold"),
        pytest.param("She put the book at the end of the shelf.", id="put-at-a-place"),
    ],
)
def test_placing_without_a_figure_is_no_estimate(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Many economists doubt that the plan will work.",
            "doubt",
            "Many economists",
            "that the plan will work",
            id="economists-doubt",
        ),
        pytest.param(
            "Local activists are wary of the new mine.",
            "wary",
            "Local activists",
            "the new mine",
            id="activists-are-wary",
        ),
        pytest.param(
            "Some voters think the race is over.",
            "think",
            "Some voters",
            "the race is over",
            id="voters-think",
        ),
        pytest.param(
            "The group recognizes that many families still struggle to pay rent.",
            "recognize",
            "The group",
            "that many families still struggle to pay rent",
            id="group-recognizes",
        ),
        pytest.param(
            "The group hopes to open a second clinic next year.",
            "hope",
            "The group",
            "to open a second clinic next year",
            id="group-hopes",
        ),
    ],
)
def test_people_named_by_a_common_noun_hold_views(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


def test_things_hold_no_views(extract):
    assert attributed(extract, "The new figures are wary of the old ones.") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "The governor drew criticism from Senator Ann Lee over the budget cuts.",
            "criticism",
            "Senator Ann Lee",
            "The governor",
            id="drew-criticism-from",
        ),
        pytest.param(
            "Mayor Tom Hill won support among local teachers.",
            "support",
            "local teachers",
            "Mayor Tom Hill",
            id="won-support-among",
        ),
        pytest.param(
            "The plan received praise from the union.",
            "praise",
            "the union",
            "The plan",
            id="received-praise-from",
        ),
    ],
)
def test_stance_received_from_a_source(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Senator Ann Lee disavowed the group's endorsement.",
            "disavow",
            "Senator Ann Lee",
            "the group's endorsement",
            id="disavowed-x",
        ),
        pytest.param(
            "The mayor deeply distrusts the state agency.",
            "distrust",
            "The mayor",
            "the state agency",
            id="distrusts-x",
        ),
        pytest.param(
            "Governor Tom Reyes downplayed the risk of a strike.",
            "downplay",
            "Governor Tom Reyes",
            "the risk of a strike",
            id="downplayed-x",
        ),
        pytest.param(
            "Many voters despise both parties.",
            "despise",
            "Many voters",
            "both parties",
            id="despise-x",
        ),
    ],
)
def test_attitude_verb_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Senator Ann Lee characterized the budget as a disaster.",
            "characterize",
            "Senator Ann Lee",
            "the budget as a disaster",
            id="characterized-x-as-y",
        ),
        pytest.param(
            "The mayor listed three reasons for the delay.",
            "list",
            "The mayor",
            "three reasons for the delay",
            id="listed-x",
        ),
        pytest.param(
            "Governor Tom Reyes quoted a line from the report.",
            "quote",
            "Governor Tom Reyes",
            "a line from the report",
            id="quoted-x",
        ),
    ],
)
def test_naming_and_citing_verb_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


def test_naming_verb_needs_what_it_names_something(extract):
    assert attributed(extract, "The council characterized the park.") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param(
            "Mayor Ann Lee anticipates a long fight over the budget.",
            "anticipate",
            "Mayor Ann Lee",
            "a long fight over the budget",
            id="anticipates-x",
        ),
        pytest.param(
            "The governor foresees a quick recovery.",
            "foresee",
            "The governor",
            "a quick recovery",
            id="foresees-x",
        ),
        pytest.param(
            "Senator Tom Reyes confessed his doubts about the deal.",
            "confess",
            "Senator Tom Reyes",
            "his doubts about the deal",
            id="confessed-x",
        ),
    ],
)
def test_expecting_and_disclosing_verb_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It is hard to imagine the council approving the budget.", id="hard-to-imagine"),
        pytest.param("It's safe to say that the mayor will run again.", id="safe-to-say"),
        pytest.param("It is fair to say that the senator has lost ground.", id="fair-to-say"),
        pytest.param("That is not to suggest that the plan has failed.", id="that-is-not-to-suggest"),
        pytest.param("The ministers were expected to discuss the trade deal.", id="expected-to-discuss"),
        pytest.param("When asked to condemn the attack, the senator declined.", id="when-asked-to-condemn"),
        pytest.param("The delegates are bound to back the winner of their state.", id="bound-to-back"),
    ],
)  # fmt: skip
def test_infinitive_cue_its_subject_does_not_perform(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The mayor plans to discuss the budget.", "plan", "The mayor", "to discuss the budget", id="plans-to-discuss"),
        pytest.param("The senator asked the mayor to condemn the attack.", "ask", "The senator", "the mayor to condemn the attack", id="asked-x-to-condemn"),
    ],
)  # fmt: skip
def test_infinitive_cue_of_its_subject_still_reports(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("Douglas Holtz-Eakin said the plan would add to the deficit.", "say", "Douglas Holtz-Eakin", "the plan would add to the deficit", id="hyphenated-surname"),
        pytest.param("Ms. Ruiz-Baker said the vote was fair.", "say", "Ms. Ruiz-Baker", "the vote was fair", id="hyphenated-surname-honorific"),
        pytest.param("The Democratic front-runner said she would debate.", "say", "The Democratic front-runner", "she would debate", id="hyphenated-noun"),
        pytest.param("The 57-year-old scientist said the data were sound.", "say", "The 57-year-old scientist", "the data were sound", id="hyphenated-age"),
        pytest.param("BERLIN - The minister said the talks had failed.", "say", "The minister", "the talks had failed", id="dateline-dash-still-cuts"),
    ],
)  # fmt: skip
def test_speaker_phrase_keeps_hyphenated_words(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We will win," said Ann Lee, a council member who supports the mayor.', id="said-x-a-member-who-supports-y"),
        pytest.param("Senator Tom Reyes, who has endorsed Smith, said the race was close.", id="x-who-endorsed-y-said"),
        pytest.param("Dr. Mia Chen, who backs the measure, told reporters the vote was near.", id="x-who-backs-y-told"),
    ],
)  # fmt: skip
def test_relative_clause_describing_the_speaker_is_no_claim(extract, text):
    assert len(attributed(extract, text)) == 1


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("Mr. Cole, who questioned whether the judge was fair, said the ruling was wrong.", "question", "who", "whether the judge was fair", id="x-who-questioned-whether-said"),
        pytest.param("The governor, who opposes the plan, vetoed the bill.", "oppose", "who", "the plan", id="relative-clause-beside-no-cue"),
    ],
)  # fmt: skip
def test_relative_clause_with_a_clause_or_beside_no_cue_reports(
    extract, text, cue, speaker, content
):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "name", "kind"),
    [
        pytest.param("Republicans said the bill would fail.", "Republicans", "Republicans", "group", id="party-plural"),
        pytest.param("Conservatives argued that the tax was unfair.", "Conservatives", "Conservatives", "group", id="political-plural"),
        pytest.param("Police said the suspect fled on foot.", "Police", "Police", "role", id="bare-police"),
        pytest.param("Authorities denied that the road was closed.", "Authorities", "Authorities", "role", id="bare-authorities"),
        pytest.param("The Democratic front-runner said she would debate.", "The Democratic front-runner", "Democratic front-runner", "role", id="front-runner"),
        pytest.param("The committee chairman said the hearing would go ahead.", "The committee chairman", "committee chairman", "role", id="chairman"),
    ],
)  # fmt: skip
def test_group_and_role_speakers_are_actors(extract, text, speaker, name, kind):
    record = extract(text, date="2024-03-01")
    claim = [c for c in record["claims"] if c["kind"] == "reported"][0]
    actor = next(a for a in record["actors"] if a["id"] == claim["speaker"]["actor"])
    assert (claim["speaker"]["text"], actor["name"], actor["kind"]) == (speaker, name, kind)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param("Trump called the system “rigged” in a tweet Tuesday.", "Trump", "the system “rigged”", id="called-x-quoted-participle"),
        pytest.param('The governor called her rival\'s plan "a disaster" on Monday.', "The governor", 'her rival\'s plan "a disaster"', id="called-x-quoted-noun"),
        pytest.param("The coach called the referees “cowards” after the game.", "The coach", "the referees “cowards”", id="called-plural-quoted"),
    ],
)  # fmt: skip
def test_naming_verb_with_a_quoted_predicate(extract, text, speaker, content):
    assert_one_claim(extract, text, "call", speaker, content)


def test_quotation_inside_a_preposition_phrase_is_no_predicate(extract):
    text = 'The senator declined an invitation to "the big party" last week.'
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("He was unable to find a single buyer, he said, on condition of anonymity.", "say", "he", "He was unable to find a single buyer", id="parenthetical-between-commas"),
        pytest.param("The economy will grow next year, the minister said.", "say", "the minister", "The economy will grow next year", id="parenthetical-after-comma"),
        pytest.param("The solution, the partner told them, was simple.", "tell", "the partner", "The solution, the partner told them, was simple", id="parenthetical-told-addressee"),
    ],
)  # fmt: skip
def test_parenthetical_reporting_clause(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I think the voters will respond to a change in tone.", id="i-think-they-will-respond"),
        pytest.param("We believe the council will welcome the new plan.", id="we-believe-they-will-welcome"),
    ],
)  # fmt: skip
def test_clause_after_a_verb_is_no_parenthetical(extract, text):
    claims = attributed(extract, text)
    assert all(not c["text"].lower().startswith(("i ", "we ")) for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor spoke on Monday.\n\nEditor’s note: The council has pledged to cut taxes and has said it will.", id="editors-note-curly"),
        pytest.param("The mayor spoke on Monday.\n\nEditor's Note: Officials said the count was later revised.", id="editors-note-straight"),
        pytest.param("The mayor spoke on Monday.\n\nEditors note: The senator told reporters the vote was delayed.", id="editors-note-no-apostrophe"),
    ],
)  # fmt: skip
def test_editors_note_makes_no_claims(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Clinton garnered most of the convention’s pledged delegates after winning primaries.", id="possessive-pledged-noun"),
        pytest.param("She has won her pledged delegates in every state.", id="her-pledged-noun"),
    ],
)  # fmt: skip
def test_participle_before_its_noun_is_no_cue(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Acme Corp. reported losses. It remains unclear whether the plan will survive.", id="it-remains-unclear-whether"),
        pytest.param("The Senate Finance Committee met on Monday. It became clear that the vote had failed.", id="it-became-clear-that"),
    ],
)  # fmt: skip
def test_extraposed_it_holds_no_view(extract, text):
    assert [c for c in attributed(extract, text) if c["cue"] not in ("report",)] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param("The mayor spoke on Monday.\n\nThe county board had one message: “Fix the bridge before winter comes.”", "The county board", "“Fix the bridge before winter comes.”", id="clause-with-subject"),
        pytest.param("The senator was angry.\n\nThe senator tweeted in response: “This budget is a disgrace to the state.”", "The senator", "“This budget is a disgrace to the state.”", id="speech-verb-with-prep"),
        pytest.param("The debate ran long.\n\nLisa Moreno: “Our goal is to fix the roads, not to study them.”", "Lisa Moreno", "“Our goal is to fix the roads, not to study them.”", id="name-alone"),
    ],
)  # fmt: skip
def test_quotation_after_a_colon_is_said_by_the_clause_before(extract, text, speaker, content):
    found = [c for c in attributed(extract, text) if c["text"] == content]
    assert len(found) == 1, attributed(extract, text)
    assert found[0]["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor spoke on Monday.\n\nWait, it gets better: “The bridge will close for another three years.”", id="empty-it"),
        pytest.param("The mayor spoke on Monday.\n\n“Bridge to close in May,” by Ann Lee: “The bridge will close for another three years.”", id="quoted-title-and-byline"),
    ],
)  # fmt: skip
def test_quotation_after_a_colon_without_a_speaker_is_no_claim(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("In Nevada, the senator reminded voters of his years in Las Vegas.", "remind", "the senator", "voters of his years in Las Vegas", id="reminded-x-of-y"),
        pytest.param("The governor remembers the flood as the worst week of his life.", "remember", "The governor", "the flood as the worst week of his life", id="remembers-x-as-y"),
        pytest.param("The candidate retweeted a post that mocked his rival.", "retweet", "The candidate", "a post that mocked his rival", id="retweeted-lemma"),
    ],
)  # fmt: skip
def test_verbs_of_reminding_remembering_and_sharing(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The vote ran late.\n\n“Is the bridge going to close for good?” Mr. Lee asked, looking at the engineers.", "ask", "Mr. Lee", "“Is the bridge going to close for good?”", id="question-then-asked"),
        pytest.param("The vote ran late.\n\n“We will fix every road in this county!” the mayor told a crowd of about 500 people.", "tell", "the mayor", "“We will fix every road in this county!”", id="exclamation-then-told"),
    ],
)  # fmt: skip
def test_cue_in_the_sentence_the_quotation_ends(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


def test_cue_with_its_own_quotation_after_a_quotation_is_not_its_cue(extract):
    text = "I said no.\n\n“Of course I was kidding about the money.” To which she said, “Thank God you were kidding.”"
    found = [c for c in attributed(extract, text) if c["cue"] == "say" and c["kind"] == "quote"]
    assert [c["text"] for c in found] == ["“Thank God you were kidding.”"], found


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The senator was quick to embrace the new budget plan.", "embrace", "The senator", "the new budget plan", id="quick-to-embrace"),
        pytest.param("The mayor is right to note that the bridge is older than the city.", "note", "The mayor", "that the bridge is older than the city", id="right-to-note"),
    ],
)  # fmt: skip
def test_adjective_with_an_infinitive_cue_lends_its_subject(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


def test_empty_it_before_an_adjective_lends_no_subject(extract):
    text = "It is worth noting that the bridge is older than the city."
    assert [c for c in attributed(extract, text) if c["cue"] == "note"] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Most students were too young to vote for the mayor.", "vote", id="too-young-to"),
        pytest.param("The governor is free to disclose his tax returns.", "disclose", id="free-to"),
        pytest.param("The council spokesman responded on Twitter.", "respond", id="medium-no-topic"),
        pytest.param("They could choose any religion they wanted to.", "want", id="stranded-to"),
    ],
)  # fmt: skip
def test_no_claim_without_an_act_or_a_topic(extract, text, cue):
    assert [c for c in attributed(extract, text) if c["cue"] == cue] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("On Monday morning Ms. Park made a second attempt to deflect Mr. Lee's criticism, writing on Facebook that the real issue in the race was the economy.", "write", "Ms. Park", "that the real issue in the race was the economy", id="attempt-writing"),
        pytest.param("On Saturday night Mr. Ortiz made a fresh attempt to counter Ms. Hale's attack, saying on the radio that the real problem in the city was crime.", "say", "Mr. Ortiz", "that the real problem in the city was crime", id="attempt-saying"),
        pytest.param("On Wednesday afternoon Ms. Gray made a final attempt to answer Mr. Cole's charges, arguing on television that the true danger to the county was debt.", "argue", "Ms. Gray", "that the true danger to the county was debt", id="attempt-arguing"),
        pytest.param("On Thursday evening Mr. Nash made a last attempt to blunt Ms. Reed's criticism, insisting on Facebook that the real threat to the state was fraud.", "insist", "Mr. Nash", "that the real threat to the state was fraud", id="attempt-insisting"),
    ],
)  # fmt: skip
def test_participle_set_off_after_an_object_is_the_subjects(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The governor did not seem impressed with the report on Friday, telling reporters, “A lot of people said the plan should be dropped.”", "tell", "The governor", "“A lot of people said the plan should be dropped.”", id="telling-reporters"),
        pytest.param("The coach did not sound happy with the referees after the game, telling fans, “Many people think the rules should change.”", "tell", "The coach", "“Many people think the rules should change.”", id="telling-fans"),
        pytest.param("Ms. Park was not pleased with the ruling on Tuesday, telling her staff, “Some lawyers said the judge should step aside.”", "tell", "Ms. Park", "“Some lawyers said the judge should step aside.”", id="telling-staff"),
        pytest.param("Mr. Cole seemed unmoved by the protest on Sunday, telling the crowd, “Most people know the tax must go up.”", "tell", "Mr. Cole", "“Most people know the tax must go up.”", id="telling-crowd"),
    ],
)  # fmt: skip
def test_quotation_cue_hung_inside_it_keeps_the_subject_before(
    extract, text, cue, speaker, content
):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("Ms. Lee leads the race with 41%, according to a poll released on Monday.", "Ms. Lee leads the race with 41%", id="according-to-percent"),
        pytest.param("Jobless claims fell to 5%, the ministry reported.", "Jobless claims fell to 5%", id="reported-percent"),
        pytest.param("The senator praised #MeToo activists in a speech.", "#MeToo activists in a speech", id="hashtag"),
    ],
)  # fmt: skip
def test_signs_glued_to_a_word_stay_in_the_content(extract, text, content):
    assert [c["text"] for c in attributed(extract, text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("That said, most parents say they expect the school to reopen in the fall.", "say", "most parents", "they expect the school to reopen in the fall", id="that-said-then-report"),
        pytest.param("That said, the mayor argues that the new tax will pay for the roads.", "argue", "the mayor", "that the new tax will pay for the roads", id="that-said-then-argue"),
    ],
)  # fmt: skip
def test_that_said_is_a_connective_not_a_report(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("That said, voters in the state remain divided on the plan.", id="that-said"),
        pytest.param("This said, the council still meets every Monday.", id="this-said"),
    ],
)  # fmt: skip
def test_that_said_alone_reports_nothing(extract, text):
    assert [c for c in attributed(extract, text) if c["cue"] == "say"] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The governor urged lawmakers to reject the budget.", "urge", "The governor", "lawmakers to reject the budget", id="urged-lawmakers"),
        pytest.param("She encouraged voters to stay home on Tuesday.", "encourage", "She", "voters to stay home on Tuesday", id="encouraged-voters"),
        pytest.param("The union urged its members to walk off the job.", "urge", "The union", "its members to walk off the job", id="urged-members"),
        pytest.param("The senator implored colleagues to pass the bill before the recess.", "implore", "The senator", "colleagues to pass the bill before the recess", id="implored-colleagues"),
    ],
)  # fmt: skip
def test_the_one_urged_to_act_belongs_to_the_content(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The senator implied the audit had been rushed.", "imply", "The senator", "the audit had been rushed", id="implied"),
        pytest.param("The coach assured fans that the team would recover.", "assure", "The coach", "that the team would recover", id="assured-that"),
        pytest.param("Ms. Ortiz touched on the housing shortage in her speech.", "touch on", "Ms. Ortiz", "the housing shortage", id="touched-on"),
        pytest.param("The governor scoffed at the rival proposal.", "scoff at", "The governor", "the rival proposal", id="scoffed-at"),
        pytest.param("The senator pounced on the gaffe within hours.", "pounce on", "The senator", "the gaffe", id="pounced-on"),
        pytest.param("The mayor bristled at questions about the budget.", "bristle at", "The mayor", "questions about the budget", id="bristled-at"),
    ],
)  # fmt: skip
def test_cues_of_insinuation_assurance_and_attitude(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ms. Diaz is doing what she can to win the county.", id="doing-what-she-can"),
    ],
)  # fmt: skip
def test_doing_reports_nothing(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("After the hearing, the reporter asked John Carver.", id="asked-a-name"),
        pytest.param("When the vote ended, a neighbor asked her.", id="asked-her"),
    ],
)  # fmt: skip
def test_the_one_asked_alone_is_no_content(extract, text):
    assert [c for c in attributed(extract, text) if c["cue"] == "ask"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param("The mayor asked John Carver to resign.", "The mayor", "John Carver to resign"),
        pytest.param("The committee asked the agency for its records.", "The committee", "the agency for its records"),
    ],
)  # fmt: skip
def test_the_one_asked_with_the_request_is_content(extract, text, speaker, content):
    assert_one_claim(extract, text, "ask", speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param("Asked if the plan would pass, most council members said yes.", "most council members", "yes", id="said-yes"),
        pytest.param("Asked about a deal, the senator said no.", "the senator", "no", id="said-no"),
        pytest.param("If the talks covered trade, neither minister would say so.", "neither minister", "so", id="say-so"),
    ],
)  # fmt: skip
def test_a_one_word_answer_is_what_is_said(extract, text, speaker, content):
    assert_one_claim(extract, text, "say", speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor has said so many times that the plan is dead.", id="said-so-many-times"),
        pytest.param("The clerk says no one came to the hearing.", id="says-no-one"),
    ],
)  # fmt: skip
def test_a_word_that_opens_more_is_no_answer(extract, text):
    assert all(c["text"] not in {"so", "no"} for c in attributed(extract, text))


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The mayor portrayed the new tolls as a tax on commuters.", "portray", "The mayor", "the new tolls as a tax on commuters", id="portray-x-as-y"),
        pytest.param("Analysts see the election held Sunday as a test of the coalition.", "see", "Analysts", "the election held Sunday as a test of the coalition", id="see-x-participle-as-y"),
        pytest.param("The union regards the contract offered on Friday as an insult.", "regard", "The union", "the contract offered on Friday as an insult", id="regard-x-participle-as-y"),
    ],
)  # fmt: skip
def test_naming_verb_with_as_inside_its_object(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("In an interview with radio hosts Ann Lee and Bob Roe, the county treasurer stated that the fund was solvent.", "state", "the county treasurer", "that the fund was solvent", id="appos-of-a-conjunct"),
        pytest.param("At a rally for his sister, the candidate Tom Ruiz, former mayor Dan Ruiz said his sister was the best choice.", "say", "former mayor Dan Ruiz", "his sister was the best choice", id="appos-of-an-appos"),
    ],
)  # fmt: skip
def test_subject_the_parse_left_unattached(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("Donald Trump spoke in Ohio on Monday. Trump claims he's worth $10 billion.", "claim", "Trump", "he's worth $10 billion", id="claims-tagged-noun"),
        pytest.param("Donald Trump spoke in Ohio on Monday. Trump estimates that he spent $5 million.", "estimate", "Trump", "that he spent $5 million", id="estimates-tagged-noun"),
        pytest.param("Many fear the new plant will pollute the river.", "fear", "Many", "the new plant will pollute the river", id="fear-tagged-noun"),
    ],
)  # fmt: skip
def test_reporting_verb_tagged_as_noun(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("Ruiz, a longtime ally of the mayor, tweeted on Friday that the plan had failed.", "tweet", "Ruiz, a longtime ally of the mayor", "that the plan had failed", id="tweeted-after-apposition"),
        pytest.param("Two economists, Ann Lee and Bob Roe, found in 2019 that the tax had raised prices.", "find", "Two economists, Ann Lee and Bob Roe", "that the tax had raised prices", id="found-after-apposition"),
    ],
)  # fmt: skip
def test_verb_of_a_sentence_parsed_as_a_reduced_relative(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A charity called Hope for All.", id="naming-participle-in-a-fragment"),
        pytest.param("Insurance claims rose sharply after the storm.", id="plural-noun-claims"),
    ],
)  # fmt: skip
def test_no_attribution_from_a_noun_or_participle(extract, text):
    assert attributed(extract, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The mayor continued to insist that the budget was balanced.", "insist", "The mayor", "that the budget was balanced", id="continued-to-insist"),
        pytest.param("Union leaders continue to warn that the plant will close.", "warn", "Union leaders", "that the plant will close", id="continue-to-warn"),
        pytest.param("The governor has continued to criticize the new pipeline.", "criticize", "The governor", "the new pipeline", id="continued-to-criticize"),
    ],
)  # fmt: skip
def test_verb_of_going_on_lends_its_infinitive_the_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The senator closed the town hall meeting criticizing the trade deal.", "criticize", "The senator", "the trade deal", id="closed-a-meeting-criticizing"),
        pytest.param("The mayor had a strong moment in the debate denouncing the new pipeline.", "denounce", "The mayor", "the new pipeline", id="a-moment-in-the-debate-denouncing"),
        pytest.param("The governor spent most of the hearing praising the new budget.", "praise", "The governor", "the new budget", id="most-of-the-hearing-praising"),
    ],
)  # fmt: skip
def test_participle_on_an_occasion_is_the_subjects(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param('"If she wants to lead, the mayor should come to the flooded towns," the editorial read.', "read", "the editorial", '"If she wants to lead, the mayor should come to the flooded towns,"', id="the-editorial-read"),
        pytest.param('"Our members were never consulted about the new contract terms," the union states.', "state", "the union", '"Our members were never consulted about the new contract terms,"', id="the-union-states"),
        pytest.param('"The plant will close in June and the jobs will move abroad," a voice-over in the ad states.', "state", "a voice-over in the ad", '"The plant will close in June and the jobs will move abroad,"', id="a-voice-over-in-the-ad-states"),
    ],
)  # fmt: skip
def test_verb_ending_a_quotations_sentence_is_its_cue(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param('"The race is far from over," added another Ohio Republican.', "add", "another Ohio Republican", '"The race is far from over,"', id="added-another-republican"),
        pytest.param('"Turnout will decide it," added one longtime donor.', "add", "one longtime donor", '"Turnout will decide it,"', id="added-one-donor"),
    ],
)  # fmt: skip
def test_subject_after_the_verb_after_a_quotation(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The slump in the polls led some allies to worry that the campaign was adrift.", "worry", "some allies", "that the campaign was adrift", id="led-allies-to-worry"),
        pytest.param("The report prompted many voters to wonder whether the mayor knew.", "wonder", "many voters", "whether the mayor knew", id="prompted-voters-to-wonder"),
        pytest.param("The ruling forced the senator to admit that the vote was flawed.", "admit", "the senator", "that the vote was flawed", id="forced-the-senator-to-admit"),
        pytest.param("The mayor used a crude term to describe the council.", "describe", "The mayor", "the council", id="used-a-term-to-describe"),
    ],
)  # fmt: skip
def test_infinitive_after_a_verb_of_causing_is_its_objects(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        pytest.param("The senator asked the governor if the state could afford the plan.", "ask", "The senator", "if the state could afford the plan", id="asked-the-governor-if"),
        pytest.param("The senator asked the police chief if the officers had been warned.", "ask", "The senator", "if the officers had been warned", id="asked-the-chief-if"),
        pytest.param("He would ask for a recount if the margin was small.", "ask", "He", "a recount if the margin was small", id="ask-for-if-is-a-condition"),
    ],
)  # fmt: skip
def test_question_after_a_verb_of_asking(extract, text, cue, speaker, content):
    assert_one_claim(extract, text, cue, speaker, content)
