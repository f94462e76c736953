"""Scoring claimx records against gold JSONL, figure for figure as the reference scorer.

The reference scorer (``score.py`` beside the public evaluation data) defines
the metrics; this module computes the same figures (a test checks they agree)
and also lists the errors behind them, for ``claimx eval --errors``.

Gold files are matched to records by ``id``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

Item = dict[str, Any]


@dataclass
class ErrorCase:
    """A false positive or a miss, with where it is."""

    kind: str  # "false_positive", "miss", "wrong_value", …
    id: str
    start: int | None
    end: int | None
    text: str
    detail: str = ""


@dataclass
class Score:
    """Figures (as the reference scorer prints them) and the error cases behind them."""

    figures: dict[str, Any]
    errors: list[ErrorCase] = field(default_factory=list)


def by_id(records: Iterable[Item]) -> dict[str, Item]:
    """Records keyed by their id (as a string)."""
    return {str(r["id"]): r for r in records if "id" in r}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 rounded to 4 places."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def spans_of(items: Iterable[Item] | None) -> Iterator[tuple[Item, Item]]:
    """(item, mention) for items that are spans themselves or carry mentions."""
    for it in items or []:
        if "mentions" in it:
            for m in it["mentions"]:
                yield it, m
        elif "start" in it:
            yield it, it


def _case(
    kind: str, doc_id: str, text: str, s: int | None, e: int | None, detail: str = ""
) -> ErrorCase:
    surface = text[s:e] if text and s is not None and e is not None else ""
    return ErrorCase(kind=kind, id=doc_id, start=s, end=e, text=surface, detail=detail)


def _unmatched(
    gid: str, text: str, preds: list[Item], used: set[int], describe: Callable[[Item], str]
) -> list[ErrorCase]:
    """False positives: the predictions no gold item matched."""
    return [
        _case("false_positive", gid, text, y.get("start"), y.get("end"), describe(y))
        for j, y in enumerate(preds)
        if j not in used
    ]


# ---------------------------------------------------------------- dates


def norm_value(v: Any) -> str | None:
    """TIMEX3 values compare upper-cased."""
    return None if v is None else str(v).strip().upper()


def score_dates(gold: list[Item], pred: list[Item]) -> Score:
    """TempEval-3 style: strict/relaxed span F1, type and value F1."""
    preds = by_id(pred)
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = missing = 0
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    errors: list[ErrorCase] = []
    for g in gold:
        gid, text = str(g["id"]), g.get("text", "")
        p = preds.get(gid)
        if p is None:
            missing += 1
        gt = g["timexes"]
        pt = [d for d in (p or {}).get("dates", []) or [] if d.get("start") is not None]
        n_gold += len(gt)
        n_pred += len(pt)
        used: set[int] = set()
        for x in gt:
            by_type[x["type"]] += 1
            best = None
            for j, y in enumerate(pt):
                if j in used:
                    continue
                if (y["start"], y["end"]) == (x["start"], x["end"]):
                    best = j
                    break
                if best is None and overlap((x["start"], x["end"]), (y["start"], y["end"])):
                    best = j
            if best is None:
                errors.append(
                    _case("miss", gid, text, x["start"], x["end"], f"gold {x['type']} {x['value']}")
                )
                continue
            used.add(best)
            y = pt[best]
            relaxed += 1
            if (y["start"], y["end"]) == (x["start"], x["end"]):
                strict += 1
            if str(y.get("type", "")).upper() == x["type"].upper():
                type_ok += 1
            if norm_value(y.get("value")) == norm_value(x["value"]):
                value_ok += 1
                by_type_ok[x["type"]] += 1
            else:
                errors.append(
                    _case(
                        "wrong_value",
                        gid,
                        text,
                        x["start"],
                        x["end"],
                        f"gold {x['type']} {x['value']} | ours {y.get('type')} {y.get('value')}"
                        f" on {text[y['start'] : y['end']]!r}",
                    )
                )
        errors += _unmatched(
            gid, text, pt, used, lambda y: f"ours {y.get('type')} {y.get('value')}"
        )
    figures = {
        "docs": len(gold),
        "missing_records": missing,
        "gold": n_gold,
        "pred": n_pred,
        "strict": prf(strict, n_pred, n_gold),
        "relaxed": prf(relaxed, n_pred, n_gold),
        "type": prf(type_ok, n_pred, n_gold),
        "value": prf(value_ok, n_pred, n_gold),
        "value_recall_by_type": {t: round(by_type_ok[t] / by_type[t], 3) for t in sorted(by_type)},
    }
    return Score(figures, errors)


# ---------------------------------------------------------------- quantities

UNIT_ALIASES = {
    "$": "dollar",
    "usd": "dollar",
    "us dollar": "dollar",
    "united states dollar": "dollar",
    "dollars": "dollar",
    "€": "euro",
    "eur": "euro",
    "£": "pound sterling",
    "gbp": "pound sterling",
    "%": "percent",
    "percentage": "percent",
    "per cent": "percent",
    "pct": "percent",
    # ISO 4217 codes -> the currency names NewsQuant uses (same currency, another spelling)
    "jpy": "japanese yen",
    "cny": "chinese yuan",
    "rmb": "chinese yuan",
    "aud": "australian dollar",
    "cad": "canadian dollar",
    "hkd": "hong kong dollar",
    "nzd": "new zealand dollar",
    "sgd": "singapore dollar",
    "inr": "indian rupee",
    "myr": "malaysian ringgit",
    "ils": "shekel",
    "chf": "swiss franc",
    "krw": "south korean won",
    "zar": "south african rand",
    "rub": "russian ruble",
    "brl": "brazilian real",
    "mxn": "mexican peso",
    "sek": "swedish krona",
    "nok": "norwegian krone",
    "dkk": "danish krone",
    "try": "turkish lira",
    "php": "philippine peso",
    "idr": "indonesian rupiah",
    "thb": "thai baht",
    "pkr": "pakistani rupee",
    "ngn": "nigerian naira",
    "kes": "kenyan shilling",
    "egp": "egyptian pound",
    "twd": "new taiwan dollar",
    # one unit, two names
    "tonne": "metric ton",
    "pence": "penny",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
}


def _singular(w: str) -> str:
    """The singular of a plural English word, as the reference scorer forms it."""
    if len(w) <= 3 or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def norm_unit(u: Any) -> str:
    """Unit or counted noun, compared loosely: case, aliases, the plural of its last word."""
    if u is None:
        return ""
    u = " ".join(str(u).strip().lower().split())
    u = UNIT_ALIASES.get(u, u)
    words = u.split(" ")
    words[-1] = _singular(words[-1])
    u = " ".join(words)
    return UNIT_ALIASES.get(u, u)


def gold_values(v: Any) -> list[float]:
    """NewsQuant values are strings; ranges are written 'a-b'."""
    s = str(v)
    try:
        return [float(s)]
    except ValueError:
        pass
    if "-" in s[1:]:
        i = s.index("-", 1)
        try:
            return [float(s[:i]), float(s[i + 1 :])]
        except ValueError:
            return []
    return []


def pred_values(q: Item) -> list[float]:
    """The numbers a predicted quantity offers for matching: value, low, high."""
    vals = []
    for k in ("value", "low", "high"):
        v = q.get(k)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            vals.append(float(v))
    return vals


def close(a: float, b: float) -> bool:
    """Equal up to float noise."""
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


BOUND_OF_CHANGE: dict[str, set[str | None]] = {
    "=": {"exact", None},
    "~": {"approximately"},
    ">": {"more_than", "at_least"},
    "<": {"less_than", "at_most"},
    "up": {"up"},
    "down": {"down"},
}

DURATION_UNITS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "H": "hour",
    "TM": "minute",
    "S": "second",
}


def _duration_unit(body: str, time_part: bool) -> str | None:
    """The unit of a one-unit TIMEX3 duration body ("15Y", "2H"); M is minute after T."""
    if not body:
        return None
    if time_part and body[-1] == "M":
        return "minute"
    return DURATION_UNITS.get(body[-1])


def duration_quantities(record: Item) -> list[Item]:
    """A record's TIMEX3 durations of one unit (P30Y, PT2H) as quantities: NewsQuant counts them."""
    out: list[Item] = []
    for d in record.get("dates") or []:
        v = str(d.get("value") or "")
        if d.get("type") != "duration" or not v.startswith("P"):
            continue
        time_part = v.startswith("PT")
        body = v[2:] if time_part else v[1:]
        try:
            n = float(body[:-1])
        except ValueError:
            continue
        unit = _duration_unit(body, time_part)
        if unit:
            out.append(
                {
                    "value": n,
                    "low": None,
                    "high": None,
                    "unit": unit,
                    "counted": None,
                    "bound": d.get("bound") or "exact",
                    "change": None,
                    "start": d.get("start"),
                    "end": d.get("end"),
                    "text": d.get("text"),
                }
            )
    return out


def _units_offered(y: Item) -> set[str]:
    """Normalized units a predicted quantity can match: unit, counted, "year of age" for ages."""
    units = {norm_unit(y.get("unit")), norm_unit(y.get("counted"))}
    if y.get("kind") == "age":  # NewsQuant's units for ages: "year of age", "month of age"
        units.add(f"{norm_unit(y.get('unit')) or 'year'} of age")
    return units


def _bound_agrees(x: Item, y: Item, gv: list[float]) -> bool:
    """Whether a predicted quantity's bound (or change) agrees with the gold change mark."""
    change = x.get("change")
    pb = y.get("change") if change in ("up", "down") else y.get("bound")
    allowed = BOUND_OF_CHANGE.get(change, set())
    if change == "=" and len(gv) == 2:
        allowed = allowed | {"range"}  # a gold range marked '=' is an exact range
    return pb in allowed


def _first_match(gv: list[float], pq: list[Item], used: set[int]) -> int | None:
    """The first unused predicted quantity offering one of the gold values."""
    for j, y in enumerate(pq):
        if j not in used and any(close(a, b) for a in gv for b in pred_values(y)):
            return j
    return None


def _judge_quantity(gid: str, text: str, x: Item, y: Item, gv: list[float]) -> list[ErrorCase]:
    """The unit and bound errors of a value match (empty when both agree)."""
    errors = []
    gu = norm_unit(x.get("normalized_unit") or x.get("unit"))
    if not _unit_agrees(x, y):
        detail = f"gold unit {gu!r} | ours unit {y.get('unit')!r} counted {y.get('counted')!r}"
        errors.append(_case("wrong_unit", gid, text, y.get("start"), y.get("end"), detail))
    if not _bound_agrees(x, y, gv):
        detail = (
            f"gold change {x.get('change')!r} | ours bound {y.get('bound')!r} "
            f"change {y.get('change')!r}"
        )
        errors.append(_case("wrong_bound", gid, text, y.get("start"), y.get("end"), detail))
    return errors


def _unit_agrees(x: Item, y: Item) -> bool:
    """Whether a predicted quantity's unit or counted noun is the gold normalized unit."""
    gu = norm_unit(x.get("normalized_unit") or x.get("unit"))
    return gu in _units_offered(y) or (gu in ("", "-") and not y.get("unit"))


def score_quantities(gold: list[Item], pred: list[Item]) -> Score:
    """NewsQuant style, per sentence: value, value+unit, value+bound F1."""
    preds = by_id(pred)
    n_gold = n_pred = v_ok = vu_ok = vb_ok = missing = 0
    errors: list[ErrorCase] = []
    for g in gold:
        gid, text = str(g["id"]), g.get("text", "")
        p = preds.get(gid)
        missing += p is None
        gq = g["quantities"]
        pq = list((p or {}).get("quantities", []) or []) + duration_quantities(p or {})
        n_gold += len(gq)
        n_pred += len(pq)
        used: set[int] = set()
        for x in gq:
            gv = gold_values(x["value"])
            j = _first_match(gv, pq, used) if gv else None
            if j is None:
                detail = f"gold {x['value']} {x.get('unit')!r} {x.get('change')!r}"
                errors.append(_case("miss", gid, text, x.get("start"), x.get("end"), detail))
                continue
            used.add(j)
            v_ok += 1
            vu_ok += _unit_agrees(x, pq[j])
            vb_ok += _bound_agrees(x, pq[j], gv)
            errors += _judge_quantity(gid, text, x, pq[j], gv)
        errors += _unmatched(
            gid, text, pq, used, lambda y: f"ours {y.get('value')} {y.get('unit')!r}"
        )
    figures = {
        "sentences": len(gold),
        "missing_records": missing,
        "gold": n_gold,
        "pred": n_pred,
        "value": prf(v_ok, n_pred, n_gold),
        "value_unit": prf(vu_ok, n_pred, n_gold),
        "value_bound": prf(vb_ok, n_pred, n_gold),
    }
    return Score(figures, errors)


# ---------------------------------------------------------------- entities

ENTITY_LABELS = ("PER", "ORG", "LOC")


def _entity_spans(record: Item) -> set[tuple[int, int, str]]:
    spans: set[tuple[int, int, str]] = set()
    for it, m in spans_of(record.get("actors")):
        label = {"person": "PER", "organization": "ORG"}.get(it.get("kind"))
        if label:
            spans.add((m["start"], m["end"], label))
    for _, m in spans_of(record.get("places")):
        spans.add((m["start"], m["end"], "LOC"))
    return spans


def score_entities(gold: list[Item], pred: list[Item]) -> Score:
    """CoNLL-2003 PER/ORG/LOC exact-span F1 from actor and place mentions."""
    preds = by_id(pred)
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    missing = 0
    errors: list[ErrorCase] = []
    for g in gold:
        gid, text = str(g["id"]), g.get("text", "")
        p = preds.get(gid)
        if p is None:
            missing += 1
        gs = {
            (e["start"], e["end"], e["label"]) for e in g["entities"] if e["label"] in ENTITY_LABELS
        }
        ps = _entity_spans(p or {})
        for _, _, lab in gs:
            ngold[lab] += 1
        for _, _, lab in ps:
            npred[lab] += 1
        for t in gs & ps:
            tp[t[2]] += 1
        gold_at = {(s, e): lab for s, e, lab in gs}
        pred_at = {(s, e): lab for s, e, lab in ps}
        for s, e, lab in sorted(ps - gs):
            errors.append(
                _case(
                    "false_positive",
                    gid,
                    text,
                    s,
                    e,
                    f"ours {lab} | gold {gold_at.get((s, e), '-')}",
                )
            )
        for s, e, lab in sorted(gs - ps):
            errors.append(
                _case("miss", gid, text, s, e, f"gold {lab} | ours {pred_at.get((s, e), '-')}")
            )
    figures: dict[str, Any] = {"docs": len(gold), "missing_records": missing}
    for lab in ENTITY_LABELS:
        figures[lab] = prf(tp[lab], npred[lab], ngold[lab])
    figures["micro"] = prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    return Score(figures, errors)


# ---------------------------------------------------------------- places

LITERAL = {"Literal", "Mixed", "Literal_Modifier", "Embedded_Literal", "Coercion", "Metonymic"}


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in kilometres."""
    r = 6371.0
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def score_places(gold: list[Item], pred: list[Item]) -> Score:
    """LGL: mention overlap F1 over literal toponyms, and resolution within 161 km."""
    preds = by_id(pred)
    n_gold = n_pred = tp = resolvable = resolved_ok = exact_id = 0
    errors: list[ErrorCase] = []
    for g in gold:
        gid, text = str(g["id"]), g.get("text", "")
        p = preds.get(gid)
        gt = [
            t
            for t in g["toponyms"]
            if not t.get("non_locational") and (t.get("type") in LITERAL or "type" not in t)
        ]
        pm = list(spans_of((p or {}).get("places")))
        n_gold += len(gt)
        n_pred += len(pm)
        used: set[int] = set()
        for x in gt:
            matched = False
            for j, (it, m) in enumerate(pm):
                if j in used or not overlap((x["start"], x["end"]), (m["start"], m["end"])):
                    continue
                used.add(j)
                matched = True
                tp += 1
                if x.get("lat") is not None:
                    resolvable += 1
                    ok = (
                        it.get("lat") is not None
                        and km(x["lat"], x["lon"], it["lat"], it["lon"]) <= 161
                    )
                    if ok:
                        resolved_ok += 1
                    else:
                        errors.append(
                            _case(
                                "wrong_place",
                                gid,
                                text,
                                m["start"],
                                m["end"],
                                f"gold {x.get('geonames_id')} ({x['lat']}, {x['lon']}) | ours "
                                f"{it.get('name')} {it.get('country')} {it.get('geonames_id')}",
                            )
                        )
                    if x.get("geonames_id") and str(it.get("geonames_id")) == str(x["geonames_id"]):
                        exact_id += 1
                break
            if not matched:
                errors.append(
                    _case("miss", gid, text, x["start"], x["end"], f"gold {x.get('type', '')}")
                )
        errors += _unmatched(
            gid,
            text,
            [m | {"item": it} for it, m in pm],
            used,
            lambda m: f"ours {m['item'].get('kind')} {m['item'].get('name')}",
        )
    figures = {
        "docs": len(gold),
        "gold": n_gold,
        "pred": n_pred,
        "mentions": prf(tp, n_pred, n_gold),
        "matched_with_coords": resolvable,
        "within_161km": round(resolved_ok / resolvable, 4) if resolvable else None,
        "exact_geonames_id": round(exact_id / resolvable, 4) if resolvable else None,
    }
    return Score(figures, errors)


# ---------------------------------------------------------------- claims


def _content_chars(quotes: list[Item]) -> set[int]:
    """The character positions of the gold contents (discontinuous spans included)."""
    return {
        i
        for x in quotes
        for a, b in (x.get("content_spans") or [[x["start"], x["end"]]])
        for i in range(a, b)
    }


def _speaker_right(x: Item, y: Item) -> bool:
    """Whether a claim's speaker overlaps the gold source, or one text contains the other."""
    sp = y.get("speaker") or {}
    ss, se = sp.get("start"), sp.get("end")
    if ss is not None and any(overlap((a, b), (ss, se)) for a, b in x["speaker_spans"]):
        return True
    ours, theirs = (sp.get("text") or "").lower(), (x.get("speaker") or "").lower()
    return bool(ours and theirs and (ours in theirs or theirs in ours))


def _cue_right(x: Item, y: Item) -> bool:
    """Whether a claim's cue is the gold cue (contained in it, or sharing its first letters)."""
    cue, gold_cue = (y.get("cue") or "").lower(), (x.get("cue") or "").lower()
    return bool(cue and cue in gold_cue or gold_cue.startswith(cue[:3] or "\0"))


def _reported_claims(record: Item | None) -> list[Item]:
    """A record's claims that attribute speech (quote, reported) and have a content span."""
    return [
        c
        for c in (record or {}).get("claims", []) or []
        if c.get("kind") in ("quote", "reported") and c.get("start") is not None
    ]


def score_claims(gold: list[Item], pred: list[Item]) -> Score:
    """PolNeAR: attribution content overlap F1, speaker and cue accuracy on matched."""
    preds = by_id(pred)
    n = Counter[str]()
    errors: list[ErrorCase] = []
    for g in gold:
        gid, text = str(g["id"]), g.get("text", "")
        # an attribution with no content span can match nothing (the reference scorer
        # stops on the one in PolNeAR's training split): it is left out
        gq = [q for q in g["quotes"] if q.get("has_source") and q.get("start") is not None]
        pc = _reported_claims(preds.get(gid))
        n["gold"] += len(gq)
        n["pred"] += len(pc)
        gold_chars = _content_chars(gq)
        pred_chars = {i for y in pc for i in range(y["start"], y["end"])}
        n["chars_gold"] += len(gold_chars)
        n["chars_pred"] += len(pred_chars)
        n["chars_both"] += len(gold_chars & pred_chars)
        used: set[int] = set()
        for x in gq:
            j = next(
                (
                    j
                    for j, y in enumerate(pc)
                    if j not in used and overlap((x["start"], x["end"]), (y["start"], y["end"]))
                ),
                None,
            )
            if j is None:
                detail = f"gold speaker {x.get('speaker')!r} cue {x.get('cue')!r}"
                errors.append(_case("miss", gid, text, x["start"], x["end"], detail))
                continue
            used.add(j)
            y = pc[j]
            n["tp"] += 1
            n["cue_ok"] += _cue_right(x, y)
            if _speaker_right(x, y):
                n["speaker_ok"] += 1
            else:
                detail = (
                    f"gold {x.get('speaker')!r} | ours {(y.get('speaker') or {}).get('text')!r}"
                )
                errors.append(_case("wrong_speaker", gid, text, y["start"], y["end"], detail))
        errors += _unmatched(
            gid, text, pc, used, lambda y: f"ours {y.get('kind')} cue {y.get('cue')!r}"
        )
    tp = n["tp"]
    figures = {
        "docs": len(gold),
        "gold": n["gold"],
        "pred": n["pred"],
        "content_overlap": prf(tp, n["pred"], n["gold"]),
        "content_chars": prf(n["chars_both"], n["chars_pred"], n["chars_gold"]),
        "speaker_accuracy_on_matched": round(n["speaker_ok"] / tp, 4) if tp else None,
        "cue_accuracy_on_matched": round(n["cue_ok"] / tp, 4) if tp else None,
    }
    return Score(figures, errors)


SCORERS: dict[str, Callable[[list[Item], list[Item]], Score]] = {
    "dates": score_dates,
    "quantities": score_quantities,
    "entities": score_entities,
    "places": score_places,
    "claims": score_claims,
}
