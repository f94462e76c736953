"""Actors on hand-written sentences (full pipeline; one line per case)."""

from __future__ import annotations

import pytest


def actors(extract, text: str) -> list[dict]:
    return extract(text, date="2024-03-01")["actors"]


def find(items: list[dict], name: str) -> dict:
    found = [a for a in items if a["name"] == name]
    assert found, f"no actor {name!r} in {[(a['name'], a['kind']) for a in items]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("John Smith said the plan had failed.", "John Smith", "person", id="person"),
        pytest.param("The World Health Organization said cases rose.", "World Health Organization", "organization", id="org"),
        pytest.param("A spokesman for the ministry said talks would resume.", "spokesman for the ministry", "role", id="role-spokesman"),
        pytest.param("The French government said it would help.", "French government", "role", id="unnamed-institution-is-role"),
        pytest.param("Thousands of Syrian refugees crossed the border last week.", "Syrian refugees", "group", id="group-demonym"),
        pytest.param("The rebels said they had taken the town.", "rebels", "group", id="group-the"),
        pytest.param("Germany has denied the report.", "Germany", "organization", id="country-as-agent"),
        pytest.param("The wicket fell to A. Dale before lunch.", "A. Dale", "person", id="initial-and-surname"),
        pytest.param("Kent 210 ( D. Ward 77 not out , P. Fox 40 ) .", "D. Ward", "person", id="one-initial-whatever-the-label"),
        pytest.param("Hampshire 180 ( R. Lane 55 , D. Hill 31 ) .", "D. Hill", "person", id="one-initial-in-a-scorecard"),
        pytest.param("SCORES .\nAt Taunton : Somerset 310-6 ( J. Cox 80 ) .\n", "Somerset", "organization", id="side-after-the-ground"),
        pytest.param("RESULTS :\n1. Rui Sato ( Japan ) Yamaha 38:30.140\n2. Ben Ode ( Kenya ) Suzuki 38:31.100\n", "Yamaha", "organization", id="make-after-the-nationality"),
        pytest.param("RESULTS :\n1. Ivo Mares ( Italy ) Tecnica\n2. Jan Berg ( Sweden ) Lotto\n", "Tecnica", "organization", id="team-ending-a-results-row"),
        pytest.param("RESULTS :\n9. Ivo Mares ( Italy ) Minardi one lap\n10. Jan Berg ( Sweden ) Lotto two laps\n", "Minardi", "organization", id="team-before-laps-behind"),
        pytest.param("RESULTS :\nLakeside 2 ( Morvan 12 , Tesk 80 ) Riverton 1 ( Odell 55 )\n", "Tesk", "person", id="scorer-in-brackets"),
        pytest.param("RESULTS :\nLakeside 2 ( Morvan 12th , Tesk\n80th ) Riverton 1 ( Odell 55th )\n", "Odell", "person", id="scorer-over-a-line-break"),
        pytest.param("RESULTS :\nLakeside 2 ( Morvan 12 , Tesk 80 ) Riverton 1 ( Odell 55 )\n", "Riverton", "organization", id="side-before-its-scorers"),
        pytest.param("Sandra Kovic ( Croatia ) beat Lena Berg ( Sweden ) 6-4 6-2", "Lena Berg", "person", id="name-before-country-in-brackets"),
        pytest.param("Leaders :\n- 4 Greg Norman ( Australia ) through 8\n", "Greg Norman", "person", id="surname-a-town-before-country"),
        pytest.param("The envoy arrived. Fowler , a lawyer and former senator , met the king.", "Fowler", "person", id="role-in-apposition"),
        pytest.param("Nokia , a phone maker , said sales rose.", "Nokia", "organization", id="no-role-in-apposition"),
        pytest.param("Parliament voted against the plan on Tuesday.", "Parliament", "organization", id="body-word"),
        pytest.param("Leaders :\n- 3 Hal Sutton ( U.S. ) through 9\n", "Hal Sutton", "person", id="surname-a-borough-before-country"),
        pytest.param("Chilean Marcelo Rios won again on Friday.", "Marcelo Rios", "person", id="nationality-before-name"),
        pytest.param("The George W. Bush Presidential Center in Dallas runs a program.", "George W. Bush Presidential Center", "organization", id="institution-named-after-person"),
        pytest.param("Putin spokesman Dmitry Peskov said talks would go on. Putin agreed.", "Putin", "person", id="spokesman-of-a-person"),
    ],
)  # fmt: skip
def test_actor_found(extract, text, name, kind):
    assert find(actors(extract, text), name)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "name", "n_mentions"),
    [
        pytest.param("Angela Merkel arrived on Monday. Merkel said she was tired.", "Angela Merkel", 2, id="surname"),
        pytest.param("Mr. Boris Johnson spoke. Later Mr. Johnson left.", "Boris Johnson", 2, id="honorific"),
        pytest.param("The European Union will meet. The EU said it was ready.", "European Union", 2, id="acronym-after"),
        pytest.param("The United Nations sent aid. The United Nations said more was needed.", "United Nations", 2, id="repeated-org"),
        pytest.param("Velora Mining Corp raised its bid. Velora said the offer was final.", "Velora Mining Corp", 2, id="company-by-its-first-word"),
        pytest.param("Shares of Tarnex S.A. fell. Tarnex said it would recover.", "Tarnex S.A.", 2, id="company-legal-form-with-dots"),
        pytest.param("Kamloops Mining Ltd won the vote. Kamloops shareholders agreed. The mine lies near Kamloops.", "Kamloops Mining Ltd", 2, id="company-word-that-is-a-town"),
        pytest.param("Ohio Power Co raised rates. Ohio regulators agreed.", "Ohio Power Co", 1, id="company-word-that-is-a-state"),
        pytest.param("KOVAC WINS IN ZAGREB .\nIvan Kovac won the final on Sunday.", "Ivan Kovac", 2, id="surname-in-capitals-headline"),
        pytest.param('"Donald Trump’s not about that," she said. Donald Trump spoke later.', "Donald Trump", 2, id="clitic-curly-apostrophe"),
        pytest.param("President Bush said the U.S. would act. Mr. Bush left for Kuwait.", "Bush", 2, id="titled-surname-that-is-also-a-town"),
        pytest.param("The panel chose moderator Lester Holt. Lester Holt of NBC News will be fair, Holt said.", "Lester Holt", 3, id="org-tagged-name-after-role"),
        pytest.param("Keith Lamont Scott, 43, was killed by police. Scott was sitting in his car.", "Keith Lamont Scott", 2, id="org-tagged-name-with-age"),
    ],
)  # fmt: skip
def test_actor_mentions_merged(extract, text, name, n_mentions):
    items = actors(extract, text)
    actor = find(items, name)
    assert len(actor["mentions"]) == n_mentions
    assert len([a for a in items if a["kind"] == actor["kind"]]) == 1


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("German Chancellor Olaf Scholz said on Monday that talks would go on.", "Olaf Scholz", "Chancellor", id="title-before"),
        pytest.param("John Smith, a senior official, said the plan had failed.", "John Smith", "senior official", id="appositive-after"),
        pytest.param("A former army officer, Jane Doe, told reporters she had left.", "Jane Doe", "former army officer", id="appositive-before"),
    ],
)  # fmt: skip
def test_person_titles(extract, text, name, title):
    assert title in find(actors(extract, text), name)["titles"]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        pytest.param("German Chancellor Olaf Scholz said on Monday that talks would go on.", "Olaf Scholz", "Germany", id="demonym"),
        pytest.param("The French government said it would help.", "French government", "France", id="institution"),
        pytest.param("Germany has denied the report.", "Germany", "Germany", id="agent-place"),
    ],
)  # fmt: skip
def test_affiliation_points_to_place(extract, text, name, place):
    record = extract(text, date="2024-03-01")
    actor = find(record["actors"], name)
    places = {p["id"]: p["name"] for p in record["places"]}
    assert places.get(actor["affiliation"]) == place


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Armenia said it would accept the refugees.", id="country"),
        pytest.param("Yerevan has accused Baku of shelling villages.", id="cities"),
        pytest.param("Azerbaijani authorities said the road was open.", id="demonym"),
        pytest.param("Thousands of Armenians left Nagorno-Karabakh.", id="plural-demonym"),
        pytest.param("Madison will cut costs . DANIELSVILLE - Madison County commissioners voted Monday to cut costs.", id="dateline-in-capitals"),
        pytest.param("ST. JOHN'S, N.L. - The 17 victims of a crash were named.", id="dateline-pieces"),
        pytest.param("The service is at the funeral home, 618 E. Main Street, on Monday.", id="initial-street-address"),
        pytest.param("Exports to S. Korea rose in May.", id="abbreviated-compass-word"),
        pytest.param("Ships sailed from Port Said ( Egypt ) on Monday.", id="town-before-country-in-brackets"),
        pytest.param("TENNIS - OPEN RESULTS .\nMADRID 2001-05-14\nResults of the day.", id="dated-dateline"),
    ],
)  # fmt: skip
def test_places_and_demonyms_are_not_persons(extract, text):
    assert not [a for a in actors(extract, text) if a["kind"] == "person"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Canada beat Panama 3-1 in their qualifier on Sunday.", id="sports-result-is-no-government-act"),
        pytest.param("Wuhan consumes more than 200 million plastic bags a year.", id="city-as-mere-subject"),
    ],
)  # fmt: skip
def test_place_subjects_that_are_not_government_agents(extract, text):
    assert not [a for a in actors(extract, text) if a["kind"] == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Haitai 2 Samsung 0", "Haitai", id="number"),
        pytest.param("Hizbollah ( Party of God", "Hizbollah", id="bracket"),
        pytest.param("Romania - Cosmin Contra", "Romania", id="spaced-dash"),
        pytest.param("Rolls-Royce Motors", "Rolls-Royce Motors", id="hyphen-in-word-kept"),
    ],
)  # fmt: skip
def test_cut_at_break(text, expected):
    import spacy

    from claimx.lexicon import cut_at_break

    doc = spacy.blank("en")(text)
    assert cut_at_break(doc[:]).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Cofano S.A.", True, id="societe-anonyme"),
        pytest.param("Lemke AG", True, id="aktiengesellschaft"),
        pytest.param("Brill N.V.", True, id="naamloze-vennootschap"),
        pytest.param("Harlan Inc", True, id="inc"),
        pytest.param("Rosa Sa", False, id="a-name-word-not-a-legal-form"),
        pytest.param("Jorge Ab", False, id="title-case-ab"),
        pytest.param("Mary Jones", False, id="a-person"),
    ],
)  # fmt: skip
def test_person_entity_with_a_legal_form_is_a_company(text, expected):
    import spacy
    from spacy.tokens import Span

    from claimx.lexicon import is_org_named

    doc = spacy.blank("en")(text)
    assert is_org_named(Span(doc, 0, len(doc), label="PERSON")) is expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        pytest.param("the Hang Seng index fell", 3, True, id="index"),
        pytest.param("the TOPIX 500 index rose", 2, True, id="number-between"),
        pytest.param("the Dow Jones industrial average slid", 3, True, id="industrial-average"),
        pytest.param("the Nasdaq composite ended higher", 2, True, id="composite"),
        pytest.param("the Toronto Stock Exchange said", 4, False, id="a-body"),
        pytest.param("the Nasdaq 100 companies", 2, False, id="number-then-noun"),
    ],
)  # fmt: skip
def test_name_before_an_index_word_names_the_index(text, end, expected):
    import spacy

    from claimx.components.names.organizations import _names_an_index

    doc = spacy.blank("en")(text)
    assert _names_an_index(doc[1:end]) is expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Scorers : Norway - Sigurd Vatne ( 27th ) , Ola Brekke ( 64th )", ["Sigurd Vatne", "Ola Brekke"], id="scorers-line"),
        pytest.param("Chile - Tomas Arrau ( 5th minute , 71st penalty )", ["Tomas Arrau"], id="minute-word"),
        pytest.param("goals from Piet van Dalen (12th)", ["Piet van Dalen"], id="particle-no-spaces"),
        pytest.param("Spain ( 3rd ) and Peru ( 4th )", [], id="places-ranked"),
        pytest.param("Ola Brekke ( 27 ) and more", [], id="age-not-minute"),
    ],
)  # fmt: skip
def test_name_before_a_minute_in_brackets_is_a_scorer(text, names):
    import spacy

    from claimx.components.names.people import minute_names

    doc = spacy.blank("en")(text)
    assert [span.text for span in minute_names(doc)] == names


def test_org_mention_that_is_a_persons_surname_moves_to_the_person():
    from claimx.components.names.merging import absorb_person_names
    from claimx.items import ActorItem

    person = ActorItem(name="Jeff Tarango", kind="person")
    person.add_mention(("Jeff Tarango", 0, 12))
    org = ActorItem(name="Tarango", kind="organization")
    org.add_mention(("Tarango", 40, 47))
    assert absorb_person_names([org], [person]) == []
    assert [m.text for m in person.mentions] == ["Jeff Tarango", "Tarango"]


def test_the_spokesperson_resolves_to_the_earlier_one(extract):
    text = (
        "A spokesperson for the mayor said the road was closed. "
        "The bridge will reopen next week, the spokesperson said."
    )
    roles = [a for a in actors(extract, text) if a["kind"] == "role"]
    assert len(roles) == 1 and len(roles[0]["mentions"]) == 2


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param("Rates will rise, the Federal Reserve said on Friday.", "the Federal Reserve", id="article-kept"),
        pytest.param("The Federal Reserve said rates would rise.", "The Federal Reserve", id="sentence-initial-article-kept"),
        pytest.param("Interfax news agency reported the attack on Monday.", "Interfax", id="common-words-after-name"),
        pytest.param("Analysts at Sotheby 's said the prices were high .", "Sotheby 's", id="body-named-in-the-possessive-before-a-verb"),
        pytest.param("Bidders at Christie 's , the auction house , were pleased .", "Christie 's", id="body-named-in-the-possessive-before-a-comma"),
        pytest.param("Sainsbury 's chief executive said prices were high .", "Sainsbury", id="possessive-owning-a-noun"),
        pytest.param("Sotheby 's wholly owned unit said prices were high .", "Sotheby", id="possessive-owning-a-modified-noun"),
    ],
)  # fmt: skip
def test_organization_mention_is_the_name_as_written(extract, text, mention):
    orgs = [a for a in actors(extract, text) if a["kind"] == "organization"]
    assert mention in {m["text"] for a in orgs for m in a["mentions"]}
    assert all(not a["name"].lower().startswith("the ") for a in orgs)


@pytest.mark.parametrize(
    ("line", "teams"),
    [
        pytest.param("Riverton 3 Lakeside 2 ( halftime 1-0 )", ["Riverton", "Lakeside"], id="score-line"),
        pytest.param("Ashford 83 and 174 ( J. Doe 4-38 ) , Brampton 296 .", ["Ashford", "Brampton"], id="cricket-scores-not-bowler"),
        pytest.param("Brampton 22 points , Ashford 4 .", ["Brampton", "Ashford"], id="points-line"),
        pytest.param("Lakeside ( Italy ) 92 Riverton ( Spain ) 81 ( halftime 50-28 )", ["Lakeside", "Riverton"], id="club-country-in-brackets"),
        pytest.param("Port Ellis ( New Zealand ) 30 Brampton ( South Africa ) 12", ["Port Ellis", "Brampton"], id="two-word-country-in-brackets"),
        pytest.param("Ashford 259 and 207 ( J. Doe 69 ) , Brampton 114 ( T. Roe 4-28 ) and 81-3 .", ["Ashford", "Brampton"], id="second-innings-after-bowlers"),
        pytest.param("Hove : Brampton 300 ( T. Roe 5-40 ) and 12-1 , Ashford 250 .", ["Brampton", "Ashford"], id="venue-then-second-innings"),
        pytest.param("Queen of South 1 Port Ellis 0", ["Queen of South", "Port Ellis"], id="names-with-of"),
        pytest.param("Heart of the Glen 2 Ashford 1", ["Heart of the Glen", "Ashford"], id="names-with-of-the"),
        pytest.param("Ashford 0 Star of the North 3 ( J. Doe 12th , T. Roe 40th and", ["Ashford", "Star of the North"], id="names-with-of-the-before-scorers"),
        pytest.param("May 17 v Northfield", ["Northfield"], id="fixture-date-is-no-team"),
        pytest.param("RIVERTON AT LAKESIDE", ["RIVERTON"], id="schedule-home-team-only"),
        pytest.param("RIVERTON BEAT LAKESIDE IN CUP FINAL .", ["RIVERTON", "LAKESIDE"], id="caps-headline-stops-at-function-word"),
        pytest.param("Ashford 0 Port Ellis 3 ( J. Doe 12th , T. Roe 40th and", ["Ashford", "Port Ellis"], id="scoreless-side-before-scorers"),
        pytest.param("Lakeside 0 Riverton 1 ( Doe 51st ) .", ["Lakeside", "Riverton"], id="scoreless-side-whole-line"),
        pytest.param("Attendance 0 Riverton 1 (", [], id="no-scorers-no-sides"),
        pytest.param("NEW YORK 1996-08-30", [], id="dateline"),
        pytest.param("Net income 4,666 3,944", [], id="figures-with-commas"),
    ],
)  # fmt: skip
def test_team_candidates(line, teams):
    from claimx.components.names.standings import team_candidates

    found = [line[s:e] for s, e in team_candidates(line)]
    assert found == teams


@pytest.mark.parametrize(
    ("text", "club"),
    [
        pytest.param("Standings :\nAshford 3 2 0 1 5 2 6\nStar of South 3 2 0 1 5 4 6\nBrampton 3 1 2 0 3 2 5\n", "Star of South", id="of-a-compass-word-in-standings"),
        pytest.param("Scottish results :\nHeart of the Glen 2 Ashford 1\nBrampton 0 Kilvern 3\n", "Heart of the Glen", id="of-the-in-a-results-line"),
        pytest.param("Results :\nLakeside of Italy 92 Riverton of Spain 81\nAshford 70 Brampton 60\n", "Lakeside", id="of-a-country-is-the-clubs-country"),
    ],
)  # fmt: skip
def test_club_named_with_of(extract, text, club):
    """A club's name runs through "of"; a country after it is the club's country."""
    assert club in _mentions(actors(extract, text), "organization")


def test_club_in_results_lines_is_an_organization_not_a_place(extract):
    text = "Soccer results on Saturday :\nLeeds 2 Everton 1\nStoke 0 Fulham 3\nGermany 2 Wales 1"
    record = extract(text, date="2024-03-01")
    assert find(record["actors"], "Leeds")["kind"] == "organization"
    assert "Leeds" not in {p["name"] for p in record["places"]}
    assert "Germany" in {p["name"] for p in record["places"]}  # a national side is a place
    assert not [a for a in record["actors"] if a["name"] in {"Germany", "Wales"}]


_POLISH_TABLE = (
    "SOCCER - POLISH LEAGUE RESULTS .\nWARSAW 1997-03-02\nResults of first division matches :\n"
    "Stal Mielec 2 Pogon Szczecin 1\nWidzew Lodz 1 Hutnik Krakow 1\nOdra Opole 0 Gornik Zabrze 2\n"
    "Sokol Pniewy 3 Rakow Czestochowa 1\nStandings ( played , won , drawn , lost , points ) :\n"
    "Widzew Lodz 20 14 4 2 46\nGornik Zabrze 20 12 5 3 41\nStal Mielec 20 10 4 6 34\n"
)
_BELGIAN_TABLE = (
    "SOCCER - BELGIAN LEAGUE RESULTS .\nBRUSSELS 1997-03-02\nResults of first division matches :\n"
    "Eric Ghent 2 Jean Liege 1\nMarc Antwerp 1 Lokeren 1\nMechelen 0 Genk 2\nLierse 3 Aalst 1\n"
    "Standings ( played , won , drawn , lost , points ) :\nLierse 20 14 4 2 46\n"
    "Eric Ghent 20 12 5 3 41\nGenk 20 10 4 6 34\nJean Liege 20 8 5 7 29\n"
)
_RIDERS_TABLE = (
    "CYCLING - WORLD CUP STANDINGS .\nPARIS 1997-03-02\nStandings ( races , wins , points ) :\n"
    "Karl Berger 5 3 410\nJan Novak 5 1 380\nLuis Ortega 5 1 350\nPaul Dubois 5 0 300\n"
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(
            _POLISH_TABLE, "Gornik Zabrze", "organization", id="club-the-model-reads-as-a-person"
        ),
        pytest.param(
            _POLISH_TABLE, "Rakow Czestochowa", "organization", id="club-in-one-results-line"
        ),
        pytest.param(_BELGIAN_TABLE, "Eric Ghent", "organization", id="club-with-a-first-name"),
        pytest.param(_BELGIAN_TABLE, "Marc Antwerp", "organization", id="club-in-results-only"),
        pytest.param(_RIDERS_TABLE, "Karl Berger", "person", id="riders-table-keeps-people"),
    ],
)
def test_tables_of_clubs_outvote_person_readings(extract, text, name, kind):
    assert find(actors(extract, text), name)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "club", "short", "kept"),
    [
        pytest.param(
            "Belgian champions Vorwaerts Ghent beat Lierse 3-1 on Sunday . Vorwaerts scored twice .",
            "Vorwaerts Ghent",
            "Vorwaerts",
            True,
            id="short-name-of-a-club",
        ),
        pytest.param(
            "Results :\nKarpaty Lviv 2 Lierse 1\nGenk 0 Mechelen 1\nAalst 2 Lommel 2\nKarpaty had led at halftime .",
            "Karpaty Lviv",
            "Karpaty",
            True,
            id="short-name-after-a-results-line",
        ),
        pytest.param(
            "Results :\nLokomotiv Tula 2 Lokomotiv Omsk 1\nGenk 0 Mechelen 1\nLokomotiv fans cheered .",
            "Lokomotiv Tula",
            "Lokomotiv",
            False,
            id="short-name-two-clubs-share",
        ),
        pytest.param(
            "Results :\nUnited Lviv 2 Lierse 1\nGenk 0 Mechelen 1\nThe united front held .",
            "United Lviv",
            "United",
            False,
            id="short-name-written-in-lower-case",
        ),
    ],
)
def test_club_short_name(extract, text, club, short, kept):
    mentions = {m["text"] for m in find(actors(extract, text), club)["mentions"]}
    assert (short in mentions) is kept


_RACE = (
    "RESULTS :\n1. Ann Lee ( Britain ) Williams 1:20:11\n2. Rui Sato ( Brazil ) Jordan 1:20:15\n"
)


@pytest.mark.parametrize(
    ("text", "team", "place"),
    [
        pytest.param(_RACE, "Jordan", False, id="team-named-as-a-country"),
        pytest.param(
            _RACE + "Jordan 's king met him .",
            "Jordan",
            True,
            id="the-country-in-prose-stays-a-place",
        ),
        pytest.param(
            "RESULTS :\n1. Ann Lee ( Britain ) Chile 1:20:11\n", "Chile", False, id="one-row"
        ),
    ],
)
def test_team_after_a_competitors_nationality(extract, text, team, place):
    record = extract(text, date="2024-03-01")
    assert find(record["actors"], team)["kind"] == "organization"
    assert (team in {p["name"] for p in record["places"]}) is place


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        pytest.param(
            "Bond prices rose .\n-- Lisbon Newsroom +351 1 3538254\n",
            "Lisbon Newsroom",
            None,
            id="desk-named-as-a-body",
        ),
        pytest.param(
            "Bond prices rose .\n-- U.S. Municipal Desk 212-859-1650\n",
            "U.S. Municipal Desk",
            None,
            id="desk-of-a-country",
        ),
        pytest.param(
            "Bond prices rose .\n-- Ana Lopes , Lisbon Newsdesk +351 1 3538254\n",
            "Lisbon Newsdesk",
            None,
            id="desk-after-the-reporter",
        ),
        pytest.param(
            "Bond prices rose .\n-- Karachi newsroom 9221-5685192\n",
            None,
            "Karachi",
            id="desk-in-a-town",
        ),
        pytest.param(
            "Shares fell .\n-- Jo Ames , Oslo newsroom +47 22 93 69 00\n",
            None,
            "Oslo",
            id="town-desk-after-the-reporter",
        ),
    ],
)
def test_news_desk_contact_lines(extract, text, org, place):
    record = extract(text, date="2024-03-01")
    orgs = {a["name"] for a in record["actors"] if a["kind"] == "organization"}
    if org:
        assert org in orgs
    if place:
        assert place in {p["name"] for p in record["places"]} and place not in orgs


_DIGEST = (
    "PRESS DIGEST - Malta - Aug 30 .\nVALLETTA 1996-08-30\nThese are the leading stories .\n"
    "THE MORNING STAR\n- Minister says talks will resume .\n- Wheat harvest up 5 pct .\n"
    "AL NOOR\n- Parliament to meet on Sunday .\nMALTA\n- Strikes end .\n"
)


@pytest.mark.parametrize(
    ("text", "paper", "kept"),
    [
        pytest.param(_DIGEST, "THE MORNING STAR", True, id="paper-heading"),
        pytest.param(_DIGEST, "AL NOOR", True, id="paper-the-model-reads-as-a-person"),
        pytest.param(_DIGEST.replace("AL NOOR", "Notes"), "THE MORNING STAR", False, id="one-heading-is-no-digest"),
    ],
)  # fmt: skip
def test_press_digest_papers(extract, text, paper, kept):
    orgs = {a["name"] for a in actors(extract, text) if a["kind"] == "organization"}
    assert (paper in orgs) is kept


@pytest.mark.parametrize(
    ("text", "club", "nickname"),
    [
        pytest.param("BASEBALL - MARLINS EDGE CUBS .\nThe Florida Marlins beat the Chicago Cubs 4-3 on Sunday .", "Chicago Cubs", "CUBS", id="nickname-in-a-headline"),
        pytest.param("The Kansas City Royals lost again . Later the Royals fired their manager .", "Kansas City Royals", "Royals", id="after-a-two-word-town"),
        pytest.param("The Boston Red Sox won . The Red Sox have won seven straight .", "Boston Red Sox", "Red Sox", id="two-word-nickname"),
    ],
)  # fmt: skip
def test_club_nickname_is_the_club(extract, text, club, nickname):
    mentions = {m["text"] for m in find(actors(extract, text), club)["mentions"]}
    assert any(m.endswith(nickname) for m in mentions), mentions


@pytest.mark.parametrize(
    ("name", "nickname"),
    [
        pytest.param("Baltimore Orioles", "Orioles", id="one-word-town"),
        pytest.param("San Diego Padres", "Padres", id="longest-town"),
        pytest.param("New York Times", None, id="a-newspaper"),
        pytest.param("European Union", None, id="no-town"),
    ],
)  # fmt: skip
def test_club_nickname(name, nickname):
    from claimx.components.names.merging import club_nickname

    assert club_nickname(name) == nickname


@pytest.mark.parametrize(
    ("words", "short", "expected"),
    [
        pytest.param(["Kurdistan", "Democratic", "Party"], "KDP", True, id="initials"),
        pytest.param(["London", "International", "Financial", "Futures", "and", "Options", "Exchange"], "LIFFE", True, id="one-initial-left-out"),
        pytest.param(["National", "Bank", "of", "Romania"], "BNR", False, id="other-language-order"),
    ],
)  # fmt: skip
def test_initials_match(words, short, expected):
    from claimx.acronyms import initials_match

    assert initials_match(words, short) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("the Kurdistan Democratic Party ( KDP ) said", "Kurdistan Democratic Party", id="plain"),
        pytest.param("the Sudan People 's Liberation Army ( SPLA ) said", "Sudan People 's Liberation Army", id="possessive-inside"),
        pytest.param("the Bharat People ’s Party ( BPP ) said", "Bharat People ’s Party", id="curly-possessive"),
    ],
)  # fmt: skip
def test_defined_acronym_names(text, name):
    import spacy

    from claimx.acronyms import defined_acronyms

    doc = spacy.blank("en")(text)
    assert [n.text for n, _ in defined_acronyms(doc)] == [name]


def test_acronym_defined_in_brackets_is_one_organization(extract):
    text = (
        "Fighters of the Kurdistan Democratic Party ( KDP ) took the town. "
        "Later the KDP said it had withdrawn."
    )
    org = find(actors(extract, text), "Kurdistan Democratic Party")
    assert [m["text"] for m in org["mentions"]].count("KDP") == 2


@pytest.mark.parametrize(
    ("text", "n_actors"),
    [
        pytest.param("The office of Italy's prime minister said so. The Italian prime minister's office added more.", 1, id="office-same-country"),
        pytest.param("The French government said so. The German government disagreed.", 2, id="governments-of-two-countries"),
    ],
)  # fmt: skip
def test_unnamed_institutions_merge_by_country(extract, text, n_actors):
    institutions = [a for a in actors(extract, text) if a["kind"] == "role"]
    assert len(institutions) == n_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Surrey captain Tom Hale took four wickets on the second day of the match.", "Surrey", id="team-member-after-name"),
        pytest.param("Wanderers striker Tom Hale scored twice.", "Wanderers", id="named-team-member-after-name"),
        pytest.param("Kent all-rounder Tom Hale made his debut at the ground .", "Kent", id="member-noun-split-at-its-hyphen"),
        pytest.param("Wanderley 's Duncan Harper , who scored twice in the league match , was picked for the squad .", "Wanderley", id="club-owning-a-player-whatever-the-model-says"),
        pytest.param("Halmstad 's Jonas Berg headed the winner in the league match at halftime .", "Halmstad", id="town-club-owning-a-player"),
        pytest.param("Essex off-spinner Jo Marsh took four wickets before the close .", "Essex", id="off-spinner-after-county"),
        pytest.param("Hampshire wicketkeeper Raj Nair held five catches in the innings .", "Hampshire", id="wicketkeeper-after-county"),
        pytest.param("The Wolves rallied against Tacoma reliever Ron Dell in the ninth inning .", "Tacoma", id="reliever-after-town"),
        pytest.param("Omaha starter Jim Bell left the game in the fourth inning .", "Omaha", id="starter-after-town"),
        pytest.param("Fresno shortstop Al Ruiz made two errors .", "Fresno", id="shortstop-after-town"),
        pytest.param("The striker scored at halftime to move a point ahead of second-placed Tarnow in the league .", "Tarnow", id="second-placed-town"),
        pytest.param("The pitcher homered in the ninth inning as the Hawks closed on first-place Wichita .", "Wichita", id="first-place-town"),
        pytest.param("Rovers team-mate Jo Marsh was injured in training .", "Rovers", id="team-mate-after-name"),
        pytest.param("The midfielder has joined Italian club Atalanta on loan for the league season.", "Atalanta", id="club-noun-before-name"),
        pytest.param("Essex need another 148 runs with five wickets in hand in the county championship innings.", "Essex", id="subject-in-sports-story"),
        pytest.param("After the rain , Kent stepped up a gear and took five wickets before the close of the county championship innings .", "Kent", id="town-the-model-reads-as-a-person"),
        pytest.param("By stumps Durham had reached 108 for three in the county championship innings .", "Durham", id="town-subject-in-a-scoreline"),
        pytest.param("Brian Giles homered twice for Cleveland as the pitcher struck out ten in the league game.", "Cleveland", id="other-side-in-sports-story"),
        pytest.param("Shares of Norvale rose after the Oslo-based shipping firm Norvale reported record profits.", "Norvale", id="firm-noun-before-name"),
        pytest.param("Cofinec CEO Stephen Frater told reporters that Cofinec would recover.", "Cofinec", id="company-role-after-name"),
        pytest.param("The minister was quoted by the daily Zycie Warszawy on Saturday.", "Zycie Warszawy", id="newspaper-noun-before-name"),
    ],
)  # fmt: skip
def test_organization_shown_by_its_phrase(extract, text, name):
    assert find(actors(extract, text), name)["kind"] == "organization"


_CARD = "CRICKET - SCOREBOARD .\nFirst innings\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(_CARD + "Tom Hale c Brook b Durban 54\nJo Marsh c Durban b Brook 12", "Durban", id="bowler-named-as-a-city"),
        pytest.param(_CARD + "Tom Hale c Brook b Vaile 54\nJo Marsh c Vaile b Brook 12", "Brook", id="fielder"),
        pytest.param(_CARD + "Tom Hale st Pike b Vaile 54\nJo Marsh lbw b Pike 12", "Pike", id="stumped-and-lbw"),
        pytest.param(_CARD + "Tom Hale c Pike b Vaile 54\nJo Marsh not out 12", "Jo Marsh", id="batsman-not-out"),
        pytest.param(_CARD + "Tom Hale c Pike b Vaile 54\nJo Marsh b Pike 2\nBowling : Vaile 10-1-40-2 , Cardiff 8.3-0-33-1", "Cardiff", id="bowling-figures"),
        pytest.param(_CARD + "Tom Hale c van Dorp b Vaile 54\nJo Marsh c Vaile b Pike 12", "van Dorp", id="particle-opening-a-surname"),
        pytest.param(_CARD + "Raj Nair st Kasi Ram b Vaile 54\nJo Marsh b Vaile 12", "Raj Nair", id="batsman-before-a-dismissal"),
    ],
)  # fmt: skip
def test_scorecard_names_are_people(extract, text, name):
    record = extract(text, date="2024-03-01")
    assert find(record["actors"], name)["kind"] == "person"
    assert name not in {p["name"] for p in record["places"]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("The team flew to Durban on Monday and will play in Durban 12 days later .", "Durban", id="no-dismissals"),
        pytest.param("Section b Durban 12 of the plan covers the port of Durban .", "Durban", id="one-marker-is-no-scorecard"),
    ],
)  # fmt: skip
def test_town_outside_a_scorecard_stays_a_place(extract, text, place):
    assert place in {p["name"] for p in extract(text, date="2024-03-01")["places"]}


_LEAGUE = "SOCCER - LEAGUE RESULTS .\nResults of league matches on Saturday :\n"


@pytest.mark.parametrize(
    ("text", "name", "is_club"),
    [
        pytest.param(_LEAGUE + "Riverton 1 Lakeside 2\nGuingamp 2 Monaco 1", "Monaco", True, id="country-beside-a-club"),
        pytest.param(_LEAGUE + "Andorra 0 Riverton 3\nLakeside 1 Ashford 1", "Andorra", True, id="country-opening-a-club-line"),
        pytest.param(_LEAGUE + "Germany 2 Wales 1\nLakeside 1 Ashford 1", "Germany", False, id="country-beside-a-home-nation"),
        pytest.param(_LEAGUE + "Standings :\nRiverton 3 2 1 0 7\nLakeside 3 2 0 1 6\nMonaco 3 1 1 1 4\nAshford 3 1 0 2 3\nBrampton 3 0 1 2 1", "Monaco", True, id="country-in-a-table-of-clubs"),
        pytest.param(_LEAGUE + "Standings :\nItaly 3 2 1 0 7\nSpain 3 2 0 1 6\nPoland 3 1 1 1 4\nGreece 3 1 0 2 3\nCyprus 3 0 1 2 1", "Poland", False, id="table-of-national-sides"),
        pytest.param(_LEAGUE + "Standings :\nRiverton 3 2 1 0 7\nLakeside 3 2 0 1 6\nAshford 3 1 0 2 3\nBrampton 3 0 1 2 1\nMonaco beat the odds in 1990 .", "Monaco", False, id="country-outside-the-table"),
    ],
)  # fmt: skip
def test_country_named_side_beside_a_club_is_a_club(extract, text, name, is_club):
    record = extract(text, date="2024-03-01")
    orgs = {a["name"] for a in record["actors"] if a["kind"] == "organization"}
    assert (name in orgs) is is_club
    assert (name in {p["name"] for p in record["places"]}) is not is_club


_SCORERS = "SOCCER - LEAGUE TOP SCORERS .\nTop scorers in the league after the matches , the striker scored twice at halftime :\n"


@pytest.mark.parametrize(
    ("text", "club", "is_club"),
    [
        pytest.param(_SCORERS + "4 - Pavel Horak ( Nantes ) , Luis Ortega ( Toulouse )", "Nantes", True, id="town-after-a-player"),
        pytest.param(_SCORERS + "5 - Jan Vos ( Spain ) , Marco Rossi ( Brescia )", "Brescia", True, id="town-before-a-nationality"),
        pytest.param(_SCORERS + "3 - Ali Demir ( FCN ) , Ivo Sutra ( Lyon )", "FCN", True, id="acronym-after-a-player"),
        pytest.param(_SCORERS + "3 - Ali Demir ( Portugal ) , Ivo Sutra ( Sweden )", "Portugal", False, id="country-is-a-nationality"),
        pytest.param(_SCORERS + "3 - Ali Demir ( Scotland ) , Ivo Sutra ( Wales )", "Scotland", False, id="home-nation-is-a-nationality"),
        pytest.param("The mayor , Ali Demir ( Nantes ) , said the budget was balanced .", "Nantes", False, id="outside-sport-a-town"),
    ],
)  # fmt: skip
def test_town_in_brackets_after_a_player_is_the_club(extract, text, club, is_club):
    record = extract(text, date="2024-03-01")
    orgs = {a["name"] for a in record["actors"] if a["kind"] == "organization"}
    assert (club in orgs) is is_club
    assert (club in {p["name"] for p in record["places"]}) is not is_club


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("SOCCER - RIVERTON WIN AGAIN .\nRiverton won 2-0 on Saturday .", "SOCCER", id="headline-topic-in-capitals"),
        pytest.param("Trading in the contract ended at 1800 GMT on Friday.", "GMT", id="unit-after-number"),
        pytest.param("Education Minister Anna Ruud visited the school.", "Education", id="department-of-a-title"),
        pytest.param("The club won the UEFA Cup last year.", "UEFA Cup", id="event-name"),
        pytest.param("Thieves robbed an arms store in the southern Belgian town of Chatelet last night.", "Chatelet", id="town-after-place-noun"),
        pytest.param("AMSTERDAM 1996-08-30\nDutch bond futures rose on Friday.", "AMSTERDAM", id="dateline"),
        pytest.param("Women 's 100 metres\n1. Jane Doe ( Kenya ) 11.02\n2. Ann Roe ( Ghana ) 11.10", "Women", id="plural-noun-opening-a-line"),
        pytest.param("Results :\nWomen 's discus\n1. Ina Lund ( Norway ) 61.20 metres\nWomen 's shot\n1. Eva Berg ( Sweden ) 19.10 metres", "Women", id="irregular-plural-opening-lines"),
        pytest.param("Results :\nMen 's 400 metres\n1. Abel Tuva ( Kenya ) 44.90 seconds", "Men", id="irregular-plural-men"),
    ],
)  # fmt: skip
def test_no_organization_for(extract, text, absent):
    assert absent not in {a["name"] for a in actors(extract, text) if a["kind"] == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "n_mentions"),
    [
        pytest.param("Mayor Linda Washington said the city would help. Washington, who took office last year, visited the site.", "Linda Washington", 2, id="surname-that-is-a-place"),
        pytest.param('Boxing legend Roberto " Hands of Stone " Duran fights on Saturday. Duran , 45 , said he felt good.', 'Roberto " Hands of Stone " Duran', 2, id="nickname-in-quotes"),
        pytest.param("German Chancellor Olaf Scholz met Macron. Macron said Europe must act, while Scholz said Berlin would pay.", "Olaf Scholz", 2, id="surname-tagged-as-place"),
    ],
)  # fmt: skip
def test_person_surname_mentions(extract, text, name, n_mentions):
    assert len(find(actors(extract, text), name)["mentions"]) == n_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Wimbledon finalist MaliVai Washington lost in five sets.", "MaliVai Washington", id="role-noun-before-name"),
        pytest.param("Broker Khurshid Alam said the market would stay calm.", "Khurshid Alam", id="role-word-opening-sentence"),
        pytest.param("France - 1 - Bernard Lamy ; 2 - Lilian Thurot , 5 - Laurent Blancard , 8 - Marcel Dessaux", "Laurent Blancard", id="team-sheet"),
    ],
)  # fmt: skip
def test_person_found(extract, text, name):
    assert find(actors(extract, text), name)["kind"] == "person"


def test_officials_in_a_place_are_not_the_person_of_that_surname(extract):
    text = "Mayor Linda Washington spoke first. Officials in Washington said aid could follow."
    person = find(actors(extract, text), "Linda Washington")
    assert [m["text"] for m in person["mentions"]] == ["Linda Washington"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The striker scored twice before halftime in the league match.", True, id="sport"),
        pytest.param("The central bank held rates as the trade season began.", False, id="business"),
    ],
)  # fmt: skip
def test_is_sports_story(text, expected):
    import spacy

    from claimx.components.names.teams import is_sports_story

    assert is_sports_story(spacy.blank("en")(text)) is expected


def test_list_items_split_at_numbers_dashes_and_commas():
    import spacy

    from claimx.components.names.people import list_items

    doc = spacy.blank("en")("France - 1 - Bernard Lamy ; 2 - Anne-Marie Roe , Jo Ito and Al Bo")
    assert [s.text for s in list_items(doc, 0, len(doc))] == [
        "France", "Bernard Lamy", "Anne-Marie Roe", "Jo Ito", "Al Bo",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "kept"),
    [
        pytest.param("Riverton 3 Lakeside 2\nCoach Al Bo said the Lakeside had played well.", "the Lakeside", True, id="article-kept"),
        pytest.param("Riverton 3 Lakeside 2\nCoach Al Bo praised the Lakeside fans.", "the Lakeside", False, id="article-of-the-noun-after"),
    ],
)  # fmt: skip
def test_team_mention_article(extract, text, mention, kept):
    team = find(actors(extract, text), "Lakeside")
    assert (mention in {m["text"] for m in team["mentions"]}) is kept


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param(
            "Novak Ilic reached the final of the Canadian Open on Sunday.",
            "Canadian Open",
            id="open",
        ),
        pytest.param(
            "Brazil will defend the Confederations Cup in Doha next year.",
            "Confederations Cup",
            id="cup",
        ),
        pytest.param(
            "Sara Lind won gold at the Pacific Games in Suva.", "Pacific Games", id="games"
        ),
        pytest.param(
            "Tomas Berg crashed on the second lap of the Belgian Grand Prix.",
            "Belgian Grand Prix",
            id="grand-prix",
        ),
        pytest.param(
            "The striker scored twice as Rovers topped the Northern League after a halftime rally and three innings.",
            "Northern League",
            id="league-in-a-sports-story",
        ),
    ],
)
def test_event_names_are_no_actors_or_places(extract, text, event):
    record = extract(text, date="2024-03-01")
    mentions = [m["text"] for item in record["actors"] + record["places"] for m in item["mentions"]]
    assert not any(event in m for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Arab League said it would send envoys to the talks.", id="league-outside-sport"
        ),
        pytest.param(
            "Delegates of the Muslim League met in Lahore on Tuesday.", id="league-a-party"
        ),
    ],
)
def test_a_league_outside_sport_is_a_body(extract, text):
    assert any("League" in a["name"] for a in actors(extract, text))


CUP_TIES = "Cup ties played on Sunday :\nLakeside 1 ( Moro 77th ) Riverton 1 ( Kell 12th ) .\nHalftime 0-1 .\nAttendance 4,200 .\nWestbay 0 Dunmore 2 ( Aalto 30th , 61st ) .\nHalftime 0-1 .\nAttendance 7,150 .\n"
LEAGUE_DAY = "Results of league matches on Saturday :\nNorthfield 2 ( Brandt 14th ) Easton 0 .\nHalftime 1-0 .\nAttendance 9,300 .\n"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(CUP_TIES, "Attendance", id="attendance-lines"),
        pytest.param(LEAGUE_DAY, "Attendance", id="attendance-one-line"),
        pytest.param(CUP_TIES.replace("Attendance", "Crowd"), "Crowd", id="crowd"),
    ],
)
def test_results_line_labels_are_no_names(extract, text, label):
    record = extract(text, date="2024-03-01")
    mentions = [m["text"] for item in record["actors"] + record["places"] for m in item["mentions"]]
    assert not any(m.startswith(label) for m in mentions)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param(
            "Standings after Friday's games, with innings and pitchers :\nWESTERN DIVISION\nW L PCT GB\nDENVER 70 55 .560 -\n",
            "WESTERN",
            id="division-header",
        ),
        pytest.param(
            "Ana Ruiz lost in the first round of the Davis Cup tie in Seville.",
            "Davis",
            id="cup-after-a-name",
        ),
    ],
)
def test_a_name_opening_an_events_name_is_none(extract, text, word):
    record = extract(text, date="2024-03-01")
    mentions = [m["text"] for item in record["actors"] + record["places"] for m in item["mentions"]]
    assert word not in mentions


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "FORECASTS :\nWED Norvale YR EPS 41.20 40.0-43.5 38.1\nWED Norvale YR DIV 12.50 12.0-13.0 11.0\n",
            id="forecast-table",
        ),
        pytest.param(
            "Analysts see Brightmoor EPS at 2.10 rand and DIV at 0.80 rand.", id="in-a-sentence"
        ),
    ],
)
def test_earnings_field_abbreviations_are_no_names(extract, text):
    names = [a["name"] for a in actors(extract, text)]
    assert "EPS" not in names and "DIV" not in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Loretta Lynch spoke. Loretta E. Lynch said she would stay.", [["Loretta Lynch", "Loretta E. Lynch"]], id="middle-initial-after"),
        pytest.param("John Q. Adams won. John Adams said so.", [["John Q. Adams", "John Adams"]], id="middle-initial-before"),
        pytest.param("George H.W. Bush met George W. Bush.", [["George H.W. Bush"], ["George W. Bush"]], id="two-middles-two-people"),
        pytest.param("Mary Smith-Jones arrived. Smith-Jones said yes.", [["Mary Smith-Jones", "Smith-Jones"]], id="hyphenated-surname-later"),
        pytest.param("Jean-Claude Juncker met Merkel. Juncker said no.", [["Jean-Claude Juncker", "Juncker"], ["Merkel"]], id="full-name-read-as-a-body"),
    ],
)  # fmt: skip
def test_one_person_by_middle_or_hyphenated_name(extract, text, names):
    record = extract(text)
    people = [[m["text"] for m in a["mentions"]] for a in record["actors"] if a["kind"] == "person"]
    assert people == names


def _mentions(items: list[dict], kind: str) -> set[str]:
    return {m["text"] for a in items if a["kind"] == kind for m in a["mentions"]}


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        pytest.param("Shares of Tarnow Widget Co Ltd rose 5 percent on Monday .", "Tarnow Widget Co Ltd", "organization", id="legal-form-ends-a-company"),
        pytest.param("Mela Wah Bank raised its prime lending rate on Tuesday .", "Mela Wah Bank", "organization", id="body-noun-outweighs-a-person"),
        pytest.param("Brokers said the Karimpur Stock Exchange index fell , while Karimpur Stock Exchange officials said little .", "Karimpur Stock Exchange", "organization", id="exchange"),
        pytest.param("Arvo Petroleum Inc said it drilled a well . Arvo owns 16 percent of it .", "Arvo", "organization", id="short-name-of-a-company"),
        pytest.param("Arch Petroleum Inc said it drilled a well . Arch owns 16 percent of it , Arch said .", "Arch", "organization", id="short-name-an-adjective-used-alone"),
        pytest.param("Lloyd 's said on Monday it would appeal . Lloyd 's chairman declined to comment .", "Lloyd 's", "organization", id="possessive-name"),
        pytest.param("Tavola posted a 6.1 million markka profit in the first half , Tavola said .", "Tavola", "organization", id="subject-that-posts-a-profit"),
        pytest.param("Police in Warsaw were told by the PAP news agency on Friday .", "PAP", "organization", id="news-agency-acronym"),
        pytest.param("RTRS - Wool exports rise in July - board .\nPERTH 1996-08-22\nExports rose .", "RTRS", "organization", id="wire-code-opening-a-headline"),
        pytest.param("Reuters weekly shipping diary - June 3 .\nLONDON 1996-06-01\nPorts were quiet .", "Reuters", "organization", id="agency-opening-a-headline"),
        pytest.param("KYODO - Rice prices steady in Osaka .\nTOKYO 1996-08-22\nPrices held .", "KYODO", "organization", id="agency-in-capitals-opening-a-headline"),
        pytest.param('" The votes are a message to Voss , " he said . But Voss , 67 , has been accused of taking power .', "Voss", "person", id="one-word-name-with-an-age"),
        pytest.param("The fast-moving Olsza beat 12th seed Maleeva 6-4 6-2 . The 18-year-old Olsza was cool .", "Olsza", "person", id="one-word-name-with-an-age-before"),
        pytest.param("The Welsh National Farmers ' Union ( NFU ) met . The NFU said prices fell .", "NFU", "organization", id="acronym-of-a-plural-possessive"),
        pytest.param("The Harlow Congress cut the budget , and Congress adjourned on Friday .", "Congress", "organization", id="congress-ends-a-body-not-a-surname"),
        pytest.param("Leaders of the Velmar Alliance met in Kaduna on Friday .", "the Velmar Alliance", "organization", id="alliance-ends-a-body"),
        pytest.param("Ministers asked the Tamsin Monetary Fund for a loan .", "the Tamsin Monetary Fund", "organization", id="fund-ends-a-body"),
        pytest.param("Crowds backed the Ostrava League of Prime Minister Jan Kolar on Monday .", "the Ostrava League", "organization", id="of-a-leader-ends-the-name"),
        pytest.param("Crowds backed the Ostrava League of Prime Minister Jan Kolar on Monday .", "Jan Kolar", "person", id="leader-after-the-body-stays-a-person"),
        pytest.param("He was reprimanded by the Harlow Court of Appeals’ Board on Professional Conduct in 2003 .", "the Harlow Court of Appeals’ Board on Professional Conduct", "organization", id="body-through-a-possessive"),
    ],
)  # fmt: skip
def test_name_evidence(extract, text, mention, kind):
    """Issue 11: evidence that a capitalized name is a body's or a person's."""
    assert mention in _mentions(actors(extract, text), kind)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param("Exporters sold 16,300 tonnes of dark northern spring ( DNS ) wheat . DNS prices rose .", "DNS", id="acronym-of-a-term"),
        pytest.param("He wrote to U.N. Secretary-General Kofi Annan on Friday .", "U.N. Secretary", id="body-initials-before-a-title"),
        pytest.param("Summary of results :\nOperating Income $ 906 $ 962\nNet Income $ 821 $ 512\n", "Operating Income", id="label-of-a-row-of-figures"),
        pytest.param("Polls :\nPolvia Aug 25 41.0 34.0 7.0 10.0\nPolvia July 7 39.0 32.0 7.0 11.0\n", "Polvia Aug", id="month-of-a-dated-row"),
        pytest.param("Gunmen killed five people in the state of Morelia on Sunday .", "Morelia", id="place-noun-before-a-town"),
        pytest.param("The post lies just north of Welikanda , officials said .", "Welikanda", id="direction-from-a-town"),
        pytest.param("The sacking of Legal Affairs Minister Remy Moss was announced .", "Legal Affairs", id="portfolio-before-a-minister"),
        pytest.param("The 19-year-old Kovalska won again . Tennis rookie Marta Kovalska of Ukraine , ranked 98th , won 6-2 6-1 .", "Marta Kovalska of Ukraine", id="person-with-country-after-of"),
        pytest.param("Late goals by Jonas Reuter won the game for the hosts .", "Reuter", id="agency-word-inside-a-full-name"),
        pytest.param("Prices held .\n-- Reuters Perth Bureau 61 9 321 7007", "Reuters", id="agency-word-inside-a-bureau-name"),
    ],
)  # fmt: skip
def test_name_evidence_no_body(extract, text, mention):
    """Issue 11: names the words around them show to be no organization."""
    assert mention not in _mentions(actors(extract, text), "organization")
    assert mention not in _mentions(actors(extract, text), "person")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param("Divers searched the Vardar river for the bodies on Monday .", "Vardar", id="river-after-a-name"),
        pytest.param("Floods rose along the Sutlej and Ghaggar rivers on Monday .", "Ghaggar", id="rivers-after-names"),
        pytest.param("Two inmates escaped from a Galway jail on Sunday , police said .", "Galway", id="jail-after-a-town"),
        pytest.param("Fans packed the Cardiff stadium for the final on Saturday .", "Cardiff", id="stadium-after-a-town"),
    ],
)  # fmt: skip
def test_name_before_a_place_or_facility_noun_is_no_body(extract, text, mention):
    """A name before a place's noun, or a town's before a facility's, names the place."""
    assert mention not in _mentions(actors(extract, text), "organization")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Fans rioted at halftime after the striker was sent off .\nPolice fired tear gas , and police held 20 fans .", id="police-opening-a-sentence"),
        pytest.param("The goalkeeper and the striker were hurt at halftime .\nSecurity stopped the game , a security guard said .", id="security-opening-a-sentence"),
    ],
)  # fmt: skip
def test_word_written_in_lower_case_elsewhere_is_no_club(extract, text):
    """A sports story's capitalized word the story also writes in lower case is no club."""
    orgs = _mentions(actors(extract, text), "organization")
    assert not orgs & {"Police", "Security"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("The 19-year-old Kovalska won . Marta Kovalska of Ukraine won 6-2 .", "Marta Kovalska of Ukraine", True, id="shown-by-an-age"),
        pytest.param("Former champion Brandt lost . Lena Brandt of Austria lost 6-2 .", "Lena Brandt of Austria", True, id="shown-by-a-title"),
        pytest.param("Rates rose . The State Bank of Pakistan raised them .", "State Bank of Pakistan", False, id="body-of-a-country"),
        pytest.param("Rates rose . The Vardo Group of Norway raised them .", "Vardo Group of Norway", False, id="name-never-shown-a-persons"),
    ],
)  # fmt: skip
def test_person_of_country(text, name, expected):
    """A person the doc shows to be one, their country after "of", is no body."""
    from claimx.components.names.organizations import _person_of_country
    from claimx.pipeline import load_pipeline

    doc = load_pipeline()(text)
    start = text.index(name)
    assert _person_of_country(doc.char_span(start, start + len(name))) is expected


def test_press_digest_below_rules(extract):
    text = (
        "PRESS DIGEST - Sri Lanka - Aug 27 .\nThese are the main stories .\n---\nDAILY BEACON\n"
        "Bread prices rose .\n---\nMORNING STAR\nTalks resume on Monday .\n"
    )
    orgs = _mentions(actors(extract, text), "organization")
    assert {"DAILY BEACON", "MORNING STAR"} <= orgs


def test_police_opening_a_sentence_is_no_name(extract):
    text = "Students clashed with police on Monday . Police said ten people were hurt ."
    assert "Police" not in _mentions(actors(extract, text), "organization")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Fever grips the marathon .\nAnna Kessler\nBERLIN 1996-08-30\nRunners ran .\n", True, id="above-the-dateline"),
        pytest.param("Fever grips the marathon .\nAnna Kessler\nRunners ran on Friday .\n", False, id="no-dateline-below"),
        pytest.param("Kessler Group\nBERLIN 1996-08-30\nRunners ran on Friday .\n", False, id="a-body-s-name"),
    ],
)  # fmt: skip
def test_byline_is_a_person(text, expected):
    """The rule reads the lines, whatever the model labels the name."""
    from claimx.components.names.people import _byline
    from claimx.pipeline import load_pipeline

    doc = load_pipeline()(text)
    start = text.index("Kessler") - (5 if "Anna" in text else 0)
    end = text.index("\n", start)
    assert _byline(doc.char_span(start, end)) is expected


@pytest.mark.parametrize(
    ("text", "norp", "plural", "expected"),
    [
        pytest.param("Zorvan fighters held the pass . Zorvans said so", "Zorvan", "Zorvans", True, id="plural-of-a-nationality-the-doc-names"),
        pytest.param("Kelt elders met . The Kelts voted", "Kelt", "Kelts", True, id="plural-after-the-article"),
        pytest.param("Philippine troops landed . Philippines said so", "Philippine", "Philippines", False, id="a-country-named-so"),
        pytest.param("Zorvan fighters held the pass . Morvans said so", "Zorvan", "Morvans", False, id="no-singular-in-the-doc"),
        pytest.param("Evan left . Evans said so", None, "Evans", False, id="a-surname"),
    ],
)  # fmt: skip
def test_plural_of_people(text, norp, plural, expected):
    import spacy
    from spacy.tokens import Span

    from claimx.lexicon import plural_of_people

    doc = spacy.blank("en")(text)
    if norp is not None:
        doc.ents = [Span(doc, 0, 1, label="NORP")]
    assert plural_of_people(doc, plural) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Chechen elders met in Grozny . The Chechens demanded talks .", id="chechens"),
        pytest.param("Chechen fighters held the town . Chechens said Russian troops had left .", id="chechens-opening"),
    ],
)  # fmt: skip
def test_plural_of_a_people_is_no_body(extract, text):
    record = extract(text)
    assert not [a for a in record["actors"] if a["name"].endswith("Chechens")]
    assert "Chechens" not in {p["name"] for p in record["places"]}


def test_ranked_national_side_stays_a_place(extract):
    text = "The striker scored at halftime as Germany went top of the group , ahead of second-placed Wales ."
    record = extract(text)
    assert "Wales" in {p["name"] for p in record["places"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("SOCCER - CUP RESULTS .\nDinamo Brestov 2 Kalvik 1 ( Orlov 12th ) .\nHalftime 1-0 .\n", "Dinamo Brestov", id="form-before-town-in-a-results-line"),
        pytest.param("SOCCER - LEAGUE .\nThe striker scored twice against Harwick United at halftime on Saturday .", "Harwick United", id="form-after-town-after-against"),
        pytest.param("RUGBY - CUP .\nThe winger scored as Fenmoor Rovers beat Stanlow 3-1 before halftime .", "Fenmoor Rovers", id="rovers-as-the-subject"),
        pytest.param("SOCCER - CUP RESULTS .\nAtletico Varossa 3 Kalvik 0 .\nHalftime 2-0 .\n", "Atletico Varossa", id="atletico"),
    ],
)  # fmt: skip
def test_club_form_makes_a_club_whatever_the_model_reads(extract, text, name):
    assert find(actors(extract, text), name)["kind"] == "organization"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Dinamo Brestov", True, id="form-before"),
        pytest.param("Harwick United", True, id="form-after"),
        pytest.param("Stanlow Albion", True, id="albion"),
        pytest.param("United Nations", False, id="united-opening-a-name"),
        pytest.param("Sporting his", False, id="lower-case-word"),
        pytest.param("Rovers", False, id="one-word"),
    ],
)  # fmt: skip
def test_is_club_named(name, expected):
    from claimx.lexicon import is_club_named

    assert is_club_named(name) is expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("Queen Lirana opened the new bridge on Monday.", "Lirana", "Queen", id="queen-and-one-name"),
        pytest.param("King Odoric told reporters the talks would resume.", "Odoric", "King", id="king-and-one-name"),
        pytest.param("Sergeant Dave Pemberton and Inspector Lou Varga said the gunman was caught.", "Dave Pemberton", "Sergeant", id="sergeant-and-a-full-name"),
    ],
)  # fmt: skip
def test_title_the_model_runs_into_a_name_is_the_actors_title(extract, text, name, title):
    actor = find(actors(extract, text), name)
    assert title in actor["titles"] and [m["text"] for m in actor["mentions"]] == [name]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("Officials in King County said General Motors would hire.", "General Motors", "organization", id="title-opening-a-company"),
        pytest.param("Mother Teresa visited the mission in Calcutta.", "Mother Teresa", "person", id="family-noun-is-no-title"),
    ],
)  # fmt: skip
def test_title_word_opening_a_name_that_is_no_title(extract, text, name, kind):
    assert find(actors(extract, text), name)["kind"] == kind


def _unresolved_place_index(text: str, name: str) -> dict:
    """A place index with one place the gazetteer does not know over ``name``, and the
    countries in brackets read as the gazetteer's."""
    import re

    from claimx.mentions import place_index
    from claimx.records import Mention, Place

    def place(start: int, end: int, known: bool) -> Place:
        mention = Mention(text=text[start:end], start=start, end=end)
        kind = "country" if known else "unknown"
        return Place("", text[start:end], kind, None, 1 if known else None, None, None, [mention])

    start = text.index(name)
    countries = [place(*m.span(1), True) for m in re.finditer(r"\( (\w[\w ]*?) \)", text)]
    return place_index([place(start, start + len(name), False), *countries])


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        pytest.param("RESULTS :\n7. Oskari Rantala ( Finland ) Sauber 1:02.310\n", "Oskari Rantala", True, id="results-row-before-country"),
        pytest.param("Petra Lindqvist ( Sweden ) beat Aiko Tanabe ( Japan ) 6-3 6-4", "Aiko Tanabe", True, id="tennis-row-before-country"),
        pytest.param("Forwards - Tomas Brezik , Ruben Halvorsen , Lars Koppe , Mats Odegaard .", "Lars Koppe", True, id="team-sheet"),
        pytest.param("Repairs closed Joanne Lane ( Kansas ) on Monday .", "Joanne Lane", False, id="street-stays-a-place"),
        pytest.param("Trustees met at Marion County , W. Va ( US ) today .", "W. Va", False, id="abbreviation-stays-a-place"),
    ],
)  # fmt: skip
def test_person_over_a_place_only_the_model_reads(places_nlp, text, name, person):
    from claimx.components.names.people import find_persons

    people, _ = find_persons(places_nlp(text), _unresolved_place_index(text, name))
    assert any(m.text == name for a in people for m in a.mentions) is person


@pytest.fixture(scope="module")
def places_nlp():
    from claimx.pipeline import load_pipeline

    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("Analysts polled by LSEG had expected a loss.", "LSEG", id="data-firm"),
        pytest.param("Figures compiled by the ONS showed a rise.", "ONS", id="statistics-office"),
        pytest.param("The deal was reviewed by ACCC staff last year.", "ACCC", id="regulator"),
    ],
)
def test_a_word_in_capitals_in_prose_is_no_person(extract, text, word):
    record = extract(text, date="2024-03-04")
    assert word not in [a["name"] for a in record["actors"] if a["kind"] == "person"]
