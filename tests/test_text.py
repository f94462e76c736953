"""Title, non-body lines and paragraph structure (rules only, no model)."""

from __future__ import annotations

import pytest

from claimx.components.text import find_structure, line_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param(
            "This article was added by the user . X is not responsible for it.",
            "boilerplate",
            id="aggregator-note",
        ),
        pytest.param("All rights reserved.", "boilerplate", id="rights"),
        pytest.param("Advertisement", "boilerplate", id="advertisement-line"),
        pytest.param(
            "Click here to sign up for our newsletter.", "boilerplate", id="call-to-action"
        ),
        pytest.param("Read more: Spectre of 1915 looms", "boilerplate", id="read-more"),
        pytest.param(
            "The campaign aired an advertisement attacking the senator.",
            None,
            id="advertisement-in-body",
        ),
        pytest.param(
            "Officials urged residents to sign up for alerts on Monday.", None, id="sign-up-in-body"
        ),
        pytest.param("(with newswires)", "credit", id="with-newswires"),
        pytest.param("(Reuters)", "credit", id="agency-in-parens"),
        pytest.param("Reporting by Jane Doe; Editing by John Roe", "credit", id="reporting-by"),
        pytest.param("By John Smith", "byline", id="byline"),
        pytest.param("NAIROBI, Kenya (AP) _", "dateline", id="dateline-ap"),
        pytest.param("LONDON 1996-08-30", "dateline", id="dateline-date"),
        pytest.param("International assistance", "headline", id="subheading"),
        pytest.param("Spectre of 1915 genocide looms over the region", "headline", id="cross-link"),
        pytest.param("France criticised Azerbaijan for the delay.", None, id="body-sentence"),
        pytest.param('"We will stay," she said.', None, id="body-quote"),
        pytest.param("The minister said: \u201cWe will stay.\u201d", None, id="body-curly-quote"),
    ],
)
def test_line_kind(line, kind):
    assert line_kind(line) == kind


def test_title_skips_leading_boilerplate():
    text = "This article was added by the user . Site is not responsible.\n\nRiver floods town\n\nThe river rose overnight."
    title, nonbody, _ = find_structure(text)
    assert text[title[0] : title[1]] == "River floods town"
    assert [k for _, _, k in nonbody] == ["boilerplate", "title"]


def test_single_sentence_has_no_title():
    title, nonbody, _ = find_structure("Prices rose 5% in May.")
    assert title is None and nonbody == []


def test_title_ending_in_full_stop_is_found_when_capitalised():
    text = "Stealth Over Health: Candidate Was Headed to Hospital.\n\nThe Post reports that she was ill."
    title, _, _ = find_structure(text)
    assert text[title[0] : title[1]].startswith("Stealth Over Health")


def test_first_body_sentence_is_not_a_title():
    text = "The river rose two metres overnight, officials said.\n\nResidents were evacuated."
    title, _, _ = find_structure(text)
    assert title is None


def test_paragraph_offsets_index_the_text():
    text = "  First para.\nstill first.\n\n\nSecond para.  \n"
    _, _, paragraphs = find_structure(text)
    assert [text[s:e] for s, e in paragraphs] == ["First para.\nstill first.", "Second para."]
