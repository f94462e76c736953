"""The tense of the verb a date hangs on, which places a weekday, month or season before or
after the reference date ("said Friday" is past, "will meet Friday" ahead).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import timex
from claimx.lines import in_nonbody
from claimx.patterns import (
    verb_above,
)

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_HEADS = {
    "plan", "expect", "schedule", "intend", "aim", "set", "due", "hope", "want",
    # what is foreseen: "is forecast to make landfall Friday", "is likely to vote Monday"
    "forecast", "predict", "project", "slate", "poise", "likely", "anticipate",
}  # fmt: skip
#: verbs whose past is spelled as their present: "hurt" after a singular subject is a past
#: the tagger may read as a present
SAME_PAST_VERBS = {
    "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast", "hit", "hurt",
    "let", "put", "quit", "read", "rid", "set", "shed", "shut", "split", "spread", "thrust",
    "upset", "beat",
}  # fmt: skip
# verbs whose simple present tells a timetable: what they date is ahead
SCHEDULE_VERBS = {
    "expire", "begin", "start", "open", "resume", "end", "close", "meet", "arrive", "depart",
    "leave", "visit", "vote", "play", "face", "host", "return", "reopen", "convene", "launch",
    "continue", "conclude", "finish", "air", "premiere", "debut",
}  # fmt: skip


def _foresees(verb: Token) -> bool:
    """A verb of planning or foreseeing, by its lemma or by its inflected form undone, where
    the lemmatizer misreads it ("slated" as "slat", "hopes" and "hoping" as "hop")."""
    return verb.lemma_ in FUTURE_HEADS or not FUTURE_HEADS.isdisjoint(_base_forms(verb.lower_))


def _base_forms(word: str) -> set[str]:
    """What a regular inflection of an English verb may stand for: "hopes", "hoped" and
    "hoping" for "hope"."""
    forms = {word, word.removesuffix("d"), word.removesuffix("s")}
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return forms


def _dates_the_saying(verb: Token, token: Token) -> bool:
    """Whether a date before a reported clause's subject dates the saying ("said Monday it
    would cut jobs"), not a date inside that subject ("said Monday's meeting would be")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        verb.dep_ == "ccomp"
        and verb.head.i < token.i
        and any(c.i > token.i for c in subjects)
        and not any(c.is_ancestor(token) for c in subjects)
    )


#: conjunctions opening a clause of time or condition, whose simple present tells what is
#: ahead when the clause it hangs on looks ahead ("could be overturned if a Republican is
#: elected in November", "will sign it when Congress returns in January")
AHEAD_IN_PRESENT_MARKS = {"if", "unless", "once", "when", "until", "till", "before", "after"}


def verb_tense(token: Token) -> str | None:
    """'past', 'present' or 'future' for the verb governing a token, None when unclear; a
    present in a clause of time or condition takes the future of the clause it hangs on."""
    tense = _clause_tense(token)
    if tense == "present" and _month_of_a_scheduled_event(token):
        return "future"
    if tense != "present":
        return tense
    verb = verb_above(token, 8)
    if verb is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return tense
    opener = (c for c in verb.children if c.dep_ in ("mark", "advmod"))
    if not any(c.lower_ in AHEAD_IN_PRESENT_MARKS for c in opener):
        return tense
    return "future" if _clause_tense(verb.head) == "future" else tense


def _month_of_a_scheduled_event(token: Token) -> bool:
    """Whether a month names when an event set ahead is held ("the November election", "the
    October deadline"): told in the present, the event is still to come. Not in a title or
    headline, whose present tells a past, nor before another noun ("the November election
    results")."""
    event = token.head
    return (
        token.lower_.rstrip(".") in timex.MONTHS
        and token.dep_ in ("compound", "nmod", "npadvmod", "amod")
        and event.i > token.i
        and event.lower_ in timex.SCHEDULED_EVENTS
        and event.dep_ != "compound"
        and not _in_headline(token)
    )


def _clause_tense(token: Token) -> str | None:
    """'past', 'present' or 'future' for the verb governing a token, None when unclear."""
    verb: Token | None = None
    t = token
    via: Token | None = None  # the verb's child on the way up from the token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            verb = t
            break
        if t.head.i == t.i:
            break
        via = t
        t = t.head
    if verb is None:
        return None
    if _dates_the_saying(verb, token):
        # "said Monday it would cut jobs": a date before the clause's subject dates the
        # saying, whichever verb the parser hangs it on
        verb = verb.head
    if verb.lemma_ in {"postpone", "delay", "defer", "reschedule"}:
        return "future"
    if _foreseen(verb, token, via):
        return "future"
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {a.lower_ for a in auxes}
        if lowers & FUTURE_AUX:
            return "future"
        if "going" in lowers and any(a.tag_ == "TO" for a in auxes):
            return "future"
        if any(a.tag_ == "TO" for a in auxes) and verb.head.i != verb.i:
            holders = [verb.head] + ([verb.head.head] if verb.head.dep_ == "acomp" else [])
            head_auxes = {
                c.lower_ for h in holders for c in h.children if c.dep_ in ("aux", "auxpass")
            }
            if _foresees(verb.head) and "had" not in head_auxes:
                # "is due to expire Friday" is ahead, "had been due to expire Friday" is not
                return "future"
            if verb.head.lemma_ == "be" and verb.dep_ == "xcomp":
                return "future"  # "is to resume trading Tuesday"
            verb = verb.head
            continue
        if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
            return "past"
        if verb.tag_ in ("VBN", "VBG") and any(a.lemma_ == "have" for a in auxes):
            return "past"  # "has closed", "have been searching": begun before now
        if lowers & {"would", "might", "should", "may", "can", "must"}:
            # an unrealized event: "he would travel Thursday"
            return "future"
        if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_ in SCHEDULE_VERBS:
            return "future"  # "the deal expires Friday", "talks resume Monday": a timetable
        if verb.tag_ in ("VBZ", "VBP") and not auxes and _sets_a_timetable(verb, token):
            # "the vote is Friday", "voters go to the polls Sunday": a present the day itself
            # modifies tells a timetable
            return "future"
        if verb.tag_ == "VBG" and _present_be(auxes) and _sets_a_timetable(verb, token):
            return "future"  # "the bank is raising rates Thursday": a present progressive
        if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl"):
            return "past"
        return None
    return None


def _foreseen(verb: Token, token: Token, via: Token | None) -> bool:
    """Whether the token dates what a verb of planning or foreseeing looks ahead to."""
    if via is not None and via.dep_ == "acomp" and _foresees(via) and verb.tag_ in ("VBZ", "VBP"):
        return True  # "is due in court Friday": a present whose predicate foresees
    if not _foresees(verb):
        return False
    # "plans a rally Saturday", "planned a rally on Saturday", "has scheduled a news
    # conference Thursday": the planned thing is ahead; "on Friday, it planned to pay"
    # dates the planning
    perfect = any(c.lower_ in ("has", "have") for c in verb.children if c.dep_ == "aux")
    # "is scheduled for Tuesday", "are slated for May": a present passive looks ahead
    present_passive = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    # the date follows the planned thing, whichever of the two the parser hangs it on
    after_object = any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)
    return (
        verb.tag_ not in ("VBD", "VBN")
        or perfect
        or present_passive
        or (via is not None and via.i != token.i and via.dep_ == "dobj")
        or after_object
    )


def _sets_a_timetable(verb: Token, token: Token) -> bool:
    """Whether a present dated by the token tells what is ahead: "is" placing its subject at
    any date ("the election is in November"), another verb only at a weekday; a month after
    another present is as often a headline's past ("retail sales rise in July"), and in a
    title or headline any present tells what has happened ("Stocks fall on Tuesday")."""
    if not _dates_the_verb(verb, token) or _in_headline(token):
        return False
    return verb.lemma_ == "be" or any(t.lower_ in timex.WEEKDAYS for t in (token, *token.children))


def _in_headline(token: Token) -> bool:
    """Whether the token stands in the title or a headline, whose present is a past."""
    kind = in_nonbody(token.doc, token.idx, token.idx + len(token.text))
    return kind in ("title", "headline")


def _dates_the_verb(verb: Token, token: Token) -> bool:
    """Whether the date hangs on the verb itself, directly or through one preposition ("go
    Sunday", "is on Saturday"), and not as a possessive ("follows Tuesday's vote")."""
    if token.dep_ == "poss" or verb.lower_ in SAME_PAST_VERBS:
        return False
    head = token.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _present_be(auxes: list[Token]) -> bool:
    """Whether the auxiliaries hold a present "is"/"are"."""
    return any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
