"""Time expressions in a sentence, resolved to dates against the story's publication date.

Written by hand (no data download, no dateparser): the forms news writing uses, each a small
rule. ``find_times(sentence, published)`` returns every expression with its date, precision
(year, month or day) or, for a vague one (``recently``, ``going forward``), the period it
belongs to. A month or weekday without a year is placed in the past or the future by the tense
of its clause; a week-relative expression is marked approximate; a range keeps its end.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from knowledge.analysis import _IRREGULAR
from knowledge.people import DESCRIBING

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
#: A season is dated by the month it starts in (northern hemisphere) and marked approximate.
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
}  # fmt: skip

#: Periods of vague or undated times, earliest first.
DISTANT_PAST, RECENT_PAST, NOW, FUTURE = "distant past", "recent past", "now", "future"
#: The period of a clock time alone ("at about 2:40 a.m."): the day of the event before it.
CLOCK = "clock"

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
#: A month's name, full or cut (*Sept.*), without a group of its own: :data:`_MONTH`'s names.
_MONTH_NAME = _MONTH.replace("(?P<month>", "(?:", 1)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>1[6-9]\d\d|2[01]\d\d)"
_QUARTER = r"(?i:first|second|third|fourth)"
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_NUMBER = (
    r"(?<![\d.,])(?P<number>\d+(?:\.\d+)?\s+(?:million|billion)|\d{1,3}(?:,\d{3})+|\d+|"
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
)
_UNIT = r"(?P<unit>day|week|month|year)s?"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MODIFIER = (
    r"(?:(?P<mod>(?i:last|next|this|early|late|mid|the end of|the beginning of|the start of))(?:\s+|(?<=mid)-))?"
)


@dataclass(frozen=True)
class TimeExpression:
    """One time expression, as written, and what it resolves to.

    ``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (by ``precision``), or None when the
    expression is vague or there is no publication date to count from; then ``period`` says
    where it belongs (:data:`DISTANT_PAST` ... :data:`FUTURE`).
    """

    text: str
    start: int
    end: int
    date: str | None = None
    precision: str | None = None
    approximate: bool = False
    end_date: str | None = None
    period: str | None = None
    vague: bool = False  # a vague word or a clock time: says something only when nothing else does

    @property
    def first_day(self) -> dt.date | None:
        """The first day the date covers (1 January for a year)."""
        if self.date is None:
            return None
        parts = [int(p) for p in self.date.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


#: Words that put a time at the end of the span it names (*late October*, *by the end of the
#: year*, *later this month*: after the days of it that the story tells of).
_LATE_IN_SPAN = re.compile(r"\b(?:late|later|the end of)\b", re.IGNORECASE)


def sort_day(date: str, when: str | None) -> dt.date:
    """The day a dated event sorts on: the first day of its span, or the last for *late*,
    *later* or *the end of*.

    >>> sort_day("2026-10", "by the end of the month"), sort_day("2026-10", "in October")
    (datetime.date(2026, 10, 31), datetime.date(2026, 10, 1))
    """
    parts = [int(p) for p in date.split("-")]
    first = dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    if len(parts) == 3 or not (when and _LATE_IN_SPAN.search(when)):
        return first
    if len(parts) == 1:
        return dt.date(first.year, 12, 31)
    return _shift_months(first, 1) - dt.timedelta(days=1)


def _iso(day: dt.date, precision: str) -> str:
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}", "day": day.isoformat()}[precision]


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# -- tense ------------------------------------------------------------------------------------

#: Words that put a clause in the future (*will*, *is expected to*, *next*).
FUTURE_WORDS = (
    "will|won't|shall|'ll|going to|plans? to|planned to|expects? to|expected to|is to|are to|"
    "scheduled|set to|due to|aims? to|intends? to|would|could|might|can|should(?! have)|"
    "expects?|predicts?|forecasts?|next|upcoming|coming"
)
#: A verb's future, for a date's tense: also *may* in lower case (not the month), but not *may
#: have* done (*may have to* is still to come): *may have to cut service by January*.
_FUTURE = re.compile(rf"\b(?:{FUTURE_WORDS}|(?-i:may)(?!\s+have\s+(?!to\b))(?!\s+\d))\b", re.IGNORECASE)
_PRESENT_SCHEDULE = re.compile(
    r"\b(?:takes? effect|begins?|starts?|opens?|ends?|runs?|closes?|resumes?|is|are|arrives?|comes?)\b", re.IGNORECASE
)
_PAST_FORMS = frozenset(form for form in _IRREGULAR if form not in {"be", "born", "lain"}) | {"had", "did"}


def tense(clause: str) -> str:
    """``"future"``, ``"present"`` or ``"past"``: the tense of the verbs in ``clause``.

    >>> tense("construction will begin"), tense("complaints were posted"), tense("it takes effect")
    ('future', 'past', 'present')
    """
    return _stated_tense(clause) or "past"


def tense_at(sentence: str, start: int, end: int) -> str | None:
    """The tense that the verb phrase of ``sentence[start:end]`` shows (:func:`tense`), or
    None when no word of it shows one.

    >>> tense_at("Blake told supporters shortly after midnight.", 22, 44)
    'past'
    >>> print(tense_at("It will run daily, the first boat leaving at 6:30 a.m.", 46, 55))
    None
    """
    return _stated_tense(_clause(sentence, start, end))


def _weekend(published: dt.date, step: int, said_tense: str | None) -> dt.date:
    """The Saturday of the weekend *this* (``step`` 0), *last* (-1) or *next* (1) weekend names,
    for a story published on ``published``: *will patrol this weekend* on a Monday is the coming
    one, *was busy this weekend* the one just gone.

    >>> monday = dt.date(2026, 5, 11)
    >>> [_weekend(monday, 0, "future"), _weekend(monday, 0, "past"), _weekend(monday, -1, "past")]
    [datetime.date(2026, 5, 16), datetime.date(2026, 5, 9), datetime.date(2026, 5, 9)]
    """
    saturday = 5
    ahead = published + dt.timedelta(days=(saturday - published.weekday()) % 7)
    gone = published - dt.timedelta(days=(published.weekday() - saturday) % 7)
    on_it = published.weekday() >= saturday  # (published on the weekend itself)
    if step < 0:
        return gone - dt.timedelta(days=7) if on_it else gone
    if step > 0:
        return ahead + dt.timedelta(days=7) if on_it else ahead
    return gone if on_it or said_tense == "past" else ahead


def _stated_tense(clause: str) -> str | None:
    """The tense that a word of ``clause`` shows, or None when none does."""
    if _FUTURE.search(clause):
        return "future"
    words = re.findall(r"[a-z]+", clause.lower())
    if any(shows_past(w) and not (k and words[k - 1] in DESCRIBING) for k, w in enumerate(words)):
        return "past"  # not a participle that describes a noun: *The recalled bags carry*
    if _PRESENT_SCHEDULE.search(clause):
        return "present"
    return None


def _clause(sentence: str, start: int, end: int) -> str:
    """The verb phrase an expression belongs to, for its tense.

    The nearest word that shows a tense, looking left from the expression to the clause break
    (``said on Tuesday that it would recall`` is past), then right when the left has none.
    """
    left = max(sentence.rfind(c, 0, start) for c in ",;:—(")
    rights = [i for i in (sentence.find(c, end) for c in ",;:—)") if i >= 0]
    right = min(rights) if rights else len(sentence)
    before = _words_of(sentence, left + 1, start)
    after = _words_of(sentence, end, right)
    opening = left < 0 and not sentence[:start].strip()  # *On March 3, it opened*
    if not before and not after and (left >= 0 or opening) and right < len(sentence):
        # An aside (*The next drawing, on Saturday, has ...*) or an opening phrase: the clause around it
        before = _words_of(sentence, max(sentence.rfind(c, 0, left) for c in ",;:—(") + 1, left) if left >= 0 else []
        rights = [i for i in (sentence.find(c, right + 1) for c in ",;:—)") if i >= 0]
        after = _words_of(sentence, right + 1, min(rights) if rights else len(sentence))
    words = [*reversed(before), *after]
    for k, word in enumerate(words):
        reported = k + 1 < len(before) and shows_past(words[k + 1])  # "were due to": the past's future
        if 0 < k < len(before) and not reported and _FUTURE.fullmatch(f"{word} {words[k - 1]}"):
            return f"{word} {words[k - 1]}"  # "is expected to meet": not the past of "expected"
        # "will be switched off", "will stay closed": a participle after a linking verb has no
        # tense, nor one that describes a noun ("The recalled bags carry ... June 20")
        passive = k + 1 < len(before) and words[k + 1].lower() in _LINKING | DESCRIBING
        if k + 1 < len(before) and words[k + 1].lower() == "to" and not shows_past(word):
            continue  # an infinitive has no tense, nor *open water*: "was guided back to open water on Monday"
        if (tense(word) != "past" or shows_past(word)) and not (passive and shows_past(word)):
            return word
    return sentence[left + 1 : right]


def _words_of(sentence: str, start: int, end: int) -> list[str]:
    """The words of ``sentence[start:end]`` that can be verbs: a capitalised word inside the
    sentence is part of a name (*won the National Open Chess Championship*: not *opens*)."""
    first = re.search(r"\w", sentence)
    opening = first.start() if first else 0
    return [
        m.group()
        for m in re.finditer(r"[\w']+", sentence[start:end])
        if not m.group()[0].isupper() or start + m.start() == opening or m.group() == "I"
    ]


def shows_past(word: str) -> bool:
    """Whether ``word`` is a past form (*built*, *founded*)."""
    word = word.lower()
    return word in _PAST_FORMS or (word.endswith("ed") and len(word) > 4)


# -- the rules --------------------------------------------------------------------------------

#: A time zone after a 24-hour time (*14:32 UTC*): a time of day, though no *a.m.* says so.
_ZONE = r"\s*(?-i:UTC|GMT|BST|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT)\b"
_SPANS = ("days", "weeks", "months", "years")
#: Vague times and the period each belongs to (*in recent weeks*: the recent past).
_VAGUE = {
    **dict.fromkeys(
        ["at the time", "back then", "previously", "in the past", "years ago", "long ago", "originally"], DISTANT_PAST
    ),
    **dict.fromkeys(
        [
            "recently",
            "lately",
            *(f"in recent {span}" for span in _SPANS),
            *(f"{over} the past {span}" for over in ("in", "over") for span in ("year", "month", "week", "decade")),
        ],
        RECENT_PAST,
    ),
    **dict.fromkeys(["now", "currently", "nowadays", "at present"], NOW),
    **dict.fromkeys(
        [
            "going forward",
            "in the future",
            "soon",
            "from now on",
            "eventually",
            *(f"in the coming {span}" for span in _SPANS),
        ],
        FUTURE,
    ),
}
#: The pattern of :data:`_VAGUE`'s phrases, longest first; *now* not in *until now*, *up to now*;
#: *soon* not in *as soon as*, which ties one event to another.
_VAGUE_WORDS = "|".join(
    {"now": r"(?<!until )(?<!up to )now", "soon": r"(?<!as )soon(?! as\b)"}.get(
        phrase, re.escape(phrase).replace(r"\ ", " ")
    )
    for phrase in sorted(_VAGUE, key=len, reverse=True)
)


#: *last year*, *this year*, *next year* after a day and month.
_RELATIVE_YEAR = r"(?P<rel>(?i:last|this|next))\s+(?i:year)\b"

_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "range",
        re.compile(
            r"\b(?i:between|from)\s+(?P<a>(?:(?:January|February|March|April|May|June|July|August|September|"
            r"October|November|December)\s+)?(?:1[6-9]\d\d|20\d\d))\s+(?:and|to|through|until)\s+"
            r"(?P<b>(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            r"\s+)?(?:1[6-9]\d\d|20\d\d))\b"
        ),
    ),
    (
        "day_range",  # "between March 2 and May 28", "from June 3 to 9": one event with its end
        re.compile(
            rf"\b(?i:between|from)\s+{_MONTH}\s+{_DAY}\s+(?:and|to|through|until)\s+"
            rf"(?:(?P<month2>{_MONTH_NAME})\s+)?(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
            r"(?![:\d,]\d| percent|%|,?\s+\d{4})"
        ),
    ),
    (
        "day_range",  # a list or span of days of one month: "on 23 and 24 September", "12, 13 and 14 August"
        re.compile(
            rf"\b{_DAY}(?:,\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)*,?(?:\s+(?:and|to|through)\s+|\s*[-–]\s*)"
            rf"(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "day_range",  # "on September 23 and 24", "May 5-7"
        re.compile(
            rf"\b{_MONTH}\s+{_DAY}(?:,\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)*,?"
            rf"(?:\s+(?:and|to|through)\s+|\s*[-–]\s*)(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
            r"(?![:\d,]\d| percent|%|\s+[a-z])(?:,?\s+(?P<year>1[6-9]\d\d|2[01]\d\d)\b)?"
        ),
    ),
    (
        "relative_to",
        re.compile(rf"\b(?i:{_NUMBER})\s+{_UNIT}\s+(?P<direction>after|before|later than|earlier than)\s+"),
    ),
    ("iso", re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    # a day and month of the year before, this or the next: *3 November last year*
    ("day_relative_year", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(?:of\s+)?{_RELATIVE_YEAR}")),
    ("day_relative_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?:of\s+)?{_RELATIVE_YEAR}")),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("month_year", re.compile(rf"\b{_MODIFIER}{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("month_day", re.compile(rf"\b(?i:on\s+)?{_MONTH}\s+{_DAY}\b(?![:\d,]\d)")),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}")),
    # a business's quarter of a year: *the third quarter of 2025*, *Q3 2025*
    (
        "quarter_year",
        re.compile(
            rf"\b(?:(?:(?i:the)\s+)?(?P<quarter>{_QUARTER})\s+(?i:quarter)\s+(?i:of\s+)?(?:(?i:fiscal)\s+)?|"
            rf"Q(?P<qn>[1-4])\s+){_YEAR}\b"
        ),
    ),
    # *expected to close in the third quarter*: one ahead, dated by the clause's tense (a game's
    # *fourth quarter* is told in the past, and not dated)
    ("quarter", re.compile(rf"\b(?i:the)\s+(?P<quarter>{_QUARTER})\s+(?i:quarter)\b(?!\s+of\b|-)")),
    (
        "season_year",
        re.compile(rf"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}\b", re.I),
    ),
    (
        "season",
        re.compile(
            r"\b(?P<mod>this|next|last|early this|late this)\s+(?P<season>spring|summer|fall|autumn|winter)\b", re.I
        ),
    ),
    # "due to start in the autumn": the season the clause's tense points to
    (
        "season_the",
        re.compile(
            r"\b(?:in|during|over|by|until|through)\s+the\s+(?P<season>spring|summer|fall|autumn|winter)\b", re.I
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?i:in|on|since|until|by|from|through|during|before|after|of|early|late|mid|"
            rf"the end of|the beginning of|the start of)(?:\s+|(?<=mid)-)(?:at least\s+|as early as\s+|as late as\s+)?)"
            rf"{_MONTH}"
            r"(?!\s+\d)",
        ),
    ),
    ("month_modified", re.compile(rf"\b(?P<mod>(?i:last|next|this))\s+{_MONTH}\b")),
    (
        "weekday",
        re.compile(
            # not a weekday that recurs: "we go every Saturday"
            r"(?<!every )(?<!each )(?<!Every )(?<!Each )"
            rf"\b(?:(?P<mod>(?i:last|next|this|early|late|on|by|since|until))\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"
            # not before its date: "on Tuesday, June 2" is the date's
            rf"(?!,?\s+(?:{_MONTH_NAME}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}))"
        ),
    ),
    # "in the past two years": the span up to publication, not the distant past of "in the past"
    (
        "past_units",
        re.compile(
            rf"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+{_NUMBER}\s+{_UNIT}\b"
            r"(?!\s+of\b)",  # (not *the last three months of 2025*)
            re.I,
        ),
    ),
    ("ago", re.compile(rf"\b{_NUMBER}\s+{_UNIT}\s+ago\b", re.I)),
    # not counted from another event: "within 30 days of taking office", "within a week after the vote"
    (
        "in_units",
        # (nor a rate: *cross more than 30 times in a month*)
        re.compile(
            rf"(?<!times )(?<!once )(?<!twice )\b(?P<prep>in|within)\s+(?:the\s+next\s+)?{_NUMBER}\s+{_UNIT}\b"
            r"(?!\s+(?:of|after)\b)",
            re.I,
        ),
    ),
    # "by the end of the year": this year's end, when the sentence names no year of its own
    (
        "unit_edge",
        re.compile(r"\bthe\s+(?P<edge>end|start|beginning|middle)\s+of\s+the\s+(?P<unit>year|month)\b", re.I),
    ),
    (
        "relative_unit",
        re.compile(r"\b(?P<mod>last|next|this|earlier this|later this)\s+(?P<unit>week|month|year|weekend)\b", re.I),
    ),
    ("relative_day", re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b", re.I)),
    # "around AD 260", "in 79 AD", "500 BC": a year of the era, before the calendar's when BC
    (
        "era_year",
        re.compile(
            r"\b(?:(?:AD|A\.D\.)\s+(?P<ad>\d{1,4})\b|"
            r"(?P<year>\d{1,4})\s+(?P<era>AD|A\.D\.|CE|C\.E\.|BC|B\.C\.|BCE|B\.C\.E\.)(?!\w))"
        ),
    ),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<decade>1[6-9]\d0|20\d0)s\b")),
    ("year", re.compile(rf"(?:(?<![\d$€£.,:/-])|(?<=mid-)){_YEAR}(?![\d,]\d|-\d|\d|%| percent)")),
    (
        "clock",
        re.compile(
            r"\b(?:(?:shortly|just|soon)\s+)?(?:at|before|after|by)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?"
            rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|(?:am|pm)\b)|noon|midnight|(?:0\d|1[3-9]|2[0-3]):[0-5]\d\b(?:{_ZONE})?)"
            # a 24-hour time with its zone, as an incident report gives it (*14:32 UTC*)
            rf"|\b(?:[01]?\d|2[0-3]):[0-5]\d{_ZONE}",
            re.I,
        ),
    ),
    (
        "vague",
        re.compile(
            rf"\b(?P<vague>{_VAGUE_WORDS})\b",
            re.I,
        ),
    ),
]
#: A year stands alone only after one of these words, or when no lower-case word follows it
#: (``in 2019``, ``the 2019 season``, ``until 2025.``; not ``2000 students``).
_YEAR_BEFORE = frozenset(
    """in since until by from of before after during through early late mid the and or to between least
    around circa""".split()
)


def find_times(sentence: str, published: dt.date | None) -> list[TimeExpression]:
    """Every time expression of ``sentence``, resolved against ``published`` where needed.

    >>> [(t.text, t.date) for t in find_times("The board voted on Monday.", dt.date(2023, 8, 10))]
    [('on Monday', '2023-08-07')]
    """
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for kind, pattern in _RULES:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            try:
                expression = _resolve(kind, match, sentence, published, found)
            except (ValueError, OverflowError):  # off the calendar (years 1 to 9999): no date to give
                expression = None
            if expression is not None:
                taken.append((expression.start, expression.end))
                found.append(expression)
    found = _relative_to_events(sentence, found)
    if any(not t.vague for t in found):  # a vague word or a clock time beside a real time says no more
        found = [t for t in found if not t.vague]
    return _weekday_spans(sentence, sorted(found, key=lambda t: t.start))


#: What joins the start of a span of days to its end (*from 6pm on Saturday until midday on
#: Sunday*, *from Monday to Wednesday*, *Tuesday through Friday*).
_SPAN_JOIN = re.compile(r"^\W*(?:[\w:.]+\s+){0,2}?(?:until|till|to|through|[-–])\s+(?:[\w:.]+\s+){0,2}$", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(rf"\b{_WEEKDAY}\b")
#: Hours of the day right before a span of weekdays: opening hours, which come round every week.
_HOURS_BEFORE = re.compile(
    r"\d\s*(?:[ap]\.m\.|[ap]m)?\s*(?:to|until|till|-|–)\s*\d[\d:.]*\s*(?:[ap]\.m\.|[ap]m)\s*,?\s*$", re.IGNORECASE
)


def _weekday_spans(sentence: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """``found`` with the two ends of a span of weekdays in one week: the first moved into the
    week the last ends (*from 6pm on Saturday until midday on Sunday*, written on a Friday in a
    past-tense sentence, is tomorrow and the day after, not last Saturday), or in a sentence
    about the future the last into the week the first begins (*will attend Tuesday through
    Friday*). A span right after a time of day is a week's hours, no event: it is dropped."""
    out = list(found)
    hours: set[int] = set()
    for k in range(len(out) - 1):
        first, last = out[k], out[k + 1]
        weekdays = all(t.precision == "day" and t.date and _WEEKDAY_NAME.search(t.text) for t in (first, last))
        if not weekdays or not _SPAN_JOIN.match(sentence[first.end : last.start]):
            continue
        if _HOURS_BEFORE.search(sentence[: first.start]):
            hours |= {k, k + 1}  # (*open from 10 a.m. to 6 p.m. Tuesday through Sunday*: every week)
            continue
        begin, finish = dt.date.fromisoformat(first.date or ""), dt.date.fromisoformat(last.date or "")
        if 0 <= (finish - begin).days <= 6:
            continue
        days = dt.timedelta(days=(finish.weekday() - begin.weekday()) % 7)
        if tense(sentence) == "future":  # (read only for a span that needs it: find_times runs often)
            out[k + 1] = TimeExpression(last.text, last.start, last.end, (begin + days).isoformat(), "day")
        else:
            out[k] = TimeExpression(first.text, first.start, first.end, (finish - days).isoformat(), "day")
    return [t for k, t in enumerate(out) if k not in hours]


#: An article before a weekday: any such day, not one date (*on a gray Tuesday*).
_SOME_DAY = re.compile(r"\b(?:a|an|one)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _resolve(
    kind: str, match: re.Match[str], sentence: str, published: dt.date | None, found: list[TimeExpression]
) -> TimeExpression | None:
    start, end = match.span()
    text = match.group()
    g = match.groupdict()
    when = _clause(sentence, start, end)
    expression = TimeExpression(text, start, end)

    def dated(day: dt.date, precision: str, approximate: bool = False, end_date: str | None = None) -> TimeExpression:
        return TimeExpression(text, start, end, _iso(day, precision), precision, approximate, end_date)

    def unresolved(period: str) -> TimeExpression:
        return TimeExpression(text, start, end, period=period)

    if kind == "range":
        first, last = _absolute(g["a"]), _absolute(g["b"])
        return dated(first[0], first[1], end_date=_iso(*last))
    if kind == "day_range" and g.get("year"):  # "on 23 and 24 September 2025"
        month = _month(g["month"])
        try:
            first_day, last_day = (dt.date(int(g["year"]), month, int(g[k])) for k in ("day", "day2"))
        except ValueError:
            return None
        return dated(first_day, "day", end_date=last_day.isoformat()) if first_day <= last_day else None
    if kind == "day_range":
        if published is None:
            return unresolved(_period_of(tense(when)))
        direction = _direction(when, sentence, start)
        first = _in_year(text, start, end, published, _month(g["month"]), int(g["day"]), direction)
        last = _in_year(text, start, end, published, _month(g.get("month2") or g["month"]), int(g["day2"]), direction)
        if first is None or last is None or first.date is None or last.date is None:
            return None
        if last.date < first.date:  # "from December 28 to January 3": the end is in the next year
            last = _in_year(
                text,
                start,
                end,
                dt.date.fromisoformat(first.date),
                _month(g.get("month2") or g["month"]),
                int(g["day2"]),
                "future",
            )
        return dated(dt.date.fromisoformat(first.date), "day", end_date=last.date if last else None)
    if kind == "relative_to":
        return expression  # resolved through the event it names, in _relative_to_events
    if kind == "iso":
        try:
            return dated(dt.date.fromisoformat(g["iso"]), "day")
        except ValueError:
            return None
    if kind == "day_relative_year":
        if published is None:
            return unresolved({"last": RECENT_PAST, "next": FUTURE}.get(g["rel"].lower(), NOW))
        year = published.year + {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
        try:
            return dated(dt.date(year, _month(g["month"]), int(g["day"])), "day")
        except ValueError:
            return None
    if kind in ("month_day_year", "day_month_year"):
        try:
            return dated(dt.date(int(g["year"]), _month(g["month"]), int(g["day"])), "day")
        except ValueError:
            return None
    if kind == "month_year":
        return dated(dt.date(int(g["year"]), _month(g["month"]), 1), "month")
    if kind in ("month_day", "day_month"):
        if published is None:
            return unresolved(_period_of(tense(when)))
        month, day = _month(g["month"]), int(g["day"])
        shift = _year_named(sentence, start)
        if shift is not None:  # "Next year's marathon is set for October 18"
            try:
                return dated(dt.date(published.year + shift, month, day), "day")
            except ValueError:
                return None
        return _in_year(text, start, end, published, month, day, _direction(when, sentence, start))
    if kind in ("quarter_year", "quarter"):
        number = int(g["qn"]) if g.get("qn") else _QUARTERS[g["quarter"].lower()]
        if kind == "quarter_year":
            year = int(g["year"])
        elif published is None or _direction(when, sentence, start) not in ("future", "present"):
            return None
        else:  # the next one of that number not yet over: *the third quarter*, written in June, is July to September
            year = published.year + (_shift_months(dt.date(published.year, 3 * number - 2, 1), 3) <= published)
        first = dt.date(year, 3 * number - 2, 1)
        return dated(first, "month", end_date=_iso(_shift_months(first, 2), "month"))
    if kind == "season_year":
        return dated(dt.date(int(g["year"]), SEASONS[g["season"].lower()], 1), "month", approximate=True)
    if kind in ("season", "season_the"):
        if published is None:
            return unresolved(_period_of(tense(when)))
        mod = (g.get("mod") or "").lower()
        if kind == "season_the":  # with no tense around it, a habit: *vines bud earlier in the spring*
            mod = {"future": "next", "present": "next", "past": "last"}.get(_direction(when, sentence, start), "")
            if not mod:
                return None
        elif mod == "this" and _direction(when, sentence, start) == "past" and not _TO_DO.search(sentence[:start]):
            mod = "this past"  # (not *voted to hire a company to clear snow from streets this winter*)
        return dated(_season_start(published, SEASONS[g["season"].lower()], mod), "month", approximate=True)
    if kind in ("month", "month_modified"):
        month = _month(g["month"])
        mod = (g.get("mod") or "").lower()
        if published is None:
            return unresolved(FUTURE if mod == "next" else RECENT_PAST if mod == "last" else _period_of(tense(when)))
        if mod == "next":
            direction = "future"
        elif mod == "last":
            direction = "past"
        elif mod == "this":
            return dated(dt.date(published.year, month, 1), "month")
        else:
            direction = _direction(when, sentence, start)
            if direction == "past" and _SPAN_END.search(sentence[:start] + text[: -len(g["month"])]):
                direction = "nearest"  # *were already booked until April*: the span may run on past today
        return _month_in_year(text, start, end, published, month, direction)
    if kind == "weekday":
        if not g["mod"] and _SOME_DAY.search(sentence[:start]):
            return None  # "on a gray Tuesday": a scene's day, not a date
        if published is None:
            mod = (g["mod"] or "").lower()
            return unresolved(FUTURE if mod == "next" else RECENT_PAST if mod == "last" else _period_of(tense(when)))
        mod = (g["mod"] or "").lower() or ("nearest" if _direction(when, sentence, start) == "nearest" else "")
        if mod == "on" and _UNTIL_EVENT.search(sentence[:start]):
            mod = "nearest"  # "was ordered held until a bail hearing on Thursday": not the past Thursday
        if mod == "nearest" and sentence[end : end + 2] in ("'s", "’s") and _stated_tense(when) is None:
            mod = ""  # "a premium of 32pc to Friday's closing price": a day's event, told of, is past
        return _weekday(text, start, end, published, WEEKDAYS[g["weekday"].lower()], mod, when)
    if kind == "past_units":
        count, unit = _count(g["number"]), g["unit"].lower()
        if published is None:
            return unresolved(RECENT_PAST)
        began = _offset(text, start, end, published, -count, unit, approximate=True)
        if began.date is None:
            return began
        return TimeExpression(text, start, end, began.date, began.precision, True, _iso(published, began.precision))
    if kind == "ago":
        count, unit = _count(g["number"]), g["unit"].lower()
        if published is None:
            return unresolved(RECENT_PAST)
        return _offset(text, start, end, published, -count, unit)
    if kind == "in_units":
        count, unit = _count(g["number"]), g["unit"].lower()
        within = g["prep"].lower() == "within"
        if (_stated_tense(when) if within else tense(when)) == "past":
            return None  # "in two years", "removed it within two days" of a past event: a duration
        if _RANKED.search(sentence[:start]):
            return None  # "the third rise in four years", "the largest in a decade": the span just past
        if published is None:
            return unresolved(FUTURE)
        return _offset(text, start, end, published, count, unit, approximate=True)
    if kind == "unit_edge":
        if _A_YEAR.search(sentence[:start]):
            return None  # "founded in 2014 and listed at the end of the year": 2014's end
        if published is None:
            return unresolved(_period_of(tense(when)))
        if g["unit"].lower() == "month":
            return dated(published.replace(day=1), "month", approximate=True)
        month = {"end": 12, "middle": 6}.get(g["edge"].lower(), 1)
        return dated(dt.date(published.year, month, 1), "month", approximate=True)
    if kind == "relative_unit":
        mod, unit = g["mod"].lower(), g["unit"].lower()
        if published is None:
            return unresolved(FUTURE if mod in ("next", "later this") else RECENT_PAST if mod != "this" else NOW)
        step = {"last": -1, "next": 1}.get(mod, 0)
        if unit == "weekend":
            return dated(_weekend(published, step, _stated_tense(when)), "day", approximate=True)
        if unit == "week":
            return dated(published + dt.timedelta(days=7 * step), "day", approximate=True)
        if unit == "month":
            return dated(_shift_months(published, step), "month")
        return dated(dt.date(published.year + step, 1, 1), "year")
    if kind == "relative_day":
        step = {"yesterday": -1, "tomorrow": 1}.get(g["word"].lower(), 0)
        if published is None:
            return unresolved({-1: RECENT_PAST, 0: NOW, 1: FUTURE}[step])
        return dated(published + dt.timedelta(days=step), "day")
    if kind == "era_year":
        if (g["era"] or "").startswith("B"):
            return unresolved(DISTANT_PAST)
        return dated(dt.date(int(g["ad"] or g["year"]), 1, 1), "year")
    if kind == "decade":
        return dated(dt.date(int(g["decade"]), 1, 1), "year", approximate=True)
    if kind == "year":
        before = re.findall(r"[A-Za-z'-]+", sentence[:start])
        after = re.match(r"\s+([a-z]+)", sentence[end:])
        if (before and before[-1].lower() in _YEAR_BEFORE) or not after:
            preposition = re.search(
                r"\b(?:in|since|until|by|from|before|after|during|through)\s+$", sentence[:start], re.I
            )
            if preposition:  # "in 2019" reads better than "2019"
                text, start = sentence[preposition.start() : end], preposition.start()
            return dated(dt.date(int(g["year"]), 1, 1), "year")
        return None
    if kind == "clock":  # dated by the day of the story's previous event (see knowledge.timeline)
        return TimeExpression(text, start, end, period=CLOCK, vague=True)
    if kind == "vague":
        return TimeExpression(text, start, end, period=_VAGUE[g["vague"].lower()], vague=True)
    return None


#: A part of the day after a weekday (*Thursday night*): a deadline today, not in a week.
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night)\b", re.IGNORECASE)
#: "by" before a length of time makes it an amount of change (*delayed by six weeks*), "for" a
#: span (*stay home for three weeks*).
_BY_AMOUNT = re.compile(
    r"\b(?:by|for)\s+(?:at\s+least\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$", re.I
)


def _relative_to_events(sentence: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Resolve ``two days after ... on Friday`` through the time that follows it in the sentence."""
    out = []
    for expression in found:
        if expression.date is not None or expression.period is not None:
            out.append(expression)
            continue
        before = [t for t in found if t.end <= expression.start]
        if any(re.fullmatch(r",?\s*", sentence[t.end : expression.start]) for t in before):
            continue  # "on Tuesday, nine years after ... 2014": it restates the time before it
        if _BY_AMOUNT.search(sentence[max(0, expression.start - 30) : expression.start]):
            continue  # "postponed by at least six weeks after a valve failed", "home for three weeks
            # after ...": how much or how long, not when
        match = re.match(rf"{_NUMBER}\s+{_UNIT}\s+(?P<direction>after|before|later than|earlier than)", expression.text)
        anchor = next(
            (t for t in found if t.start >= expression.end and t.date and t.precision and t.period is None), None
        )
        if match is None or anchor is None or anchor.start - expression.end > 120:
            continue
        if re.search(r"million|billion", match.group("number"), re.IGNORECASE):
            continue  # "290 million years after the Big Bang": no day of the news is that far
        if match.group("direction").endswith("than") and sentence[expression.end : anchor.start].strip():
            continue  # "comes 10 days earlier than it did in the 1980s": a comparison, not a date
        count = _count(match.group("number")) * (1 if match.group("direction") in ("after", "later than") else -1)
        moved = _offset("", 0, 0, anchor.first_day, count, match.group("unit").lower(), anchor.approximate)
        if moved.precision and anchor.precision and _rank(anchor.precision) < _rank(moved.precision):
            moved = TimeExpression("", 0, 0, moved.date[: len(anchor.date)], anchor.precision, moved.approximate)
        out.append(
            TimeExpression(
                sentence[expression.start : anchor.end],
                expression.start,
                anchor.end,
                moved.date,
                moved.precision,
                moved.approximate,
            )
        )
    return out


def _rank(precision: str) -> int:
    return {"year": 0, "month": 1, "day": 2}[precision]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _count(word: str) -> int:
    digits, *scale = word.replace(",", "").split()
    if scale:  # *4.6 billion*
        return int(float(digits) * {"million": 10**6, "billion": 10**9}[scale[0].lower()])
    return int(digits) if digits.isdigit() else NUMBERS[word.lower()]


def _absolute(text: str) -> tuple[dt.date, str]:
    parts = text.split()
    if len(parts) == 2:
        return dt.date(int(parts[1]), _month(parts[0]), 1), "month"
    return dt.date(int(parts[0]), 1, 1), "year"


def _period_of(verb_tense: str) -> str:
    return FUTURE if verb_tense in ("future", "present") else RECENT_PAST


#: Words that make a scheduled date of the one after them (``planned for March 28``): no tense.
_SCHEDULED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|slated|due)\s+(?:for|on)\s+(?:[A-Z]\w+\s+(?:and|or)\s+)?$", re.IGNORECASE
)
#: Verbs that a participle can follow as an adjective: its tense is theirs (*is closed*, *will
#: stay closed*, *remained shut*).
_LINKING = frozenset(
    "be been being is are was were am stay stays stayed remain remains remained become becomes became "
    "get gets got".split()
)


def _direction(clause: str, sentence: str, start: int) -> str:
    """Which way a date without a year lies: the clause's tense, or ``"nearest"`` to publication
    when the clause shows none or the date is a scheduled one (*planned for March 28*)."""
    stated = _stated_tense(clause)
    if stated is None and _SPAN_START.search(sentence[:start]):
        return "future"  # "a year-long follow-up study starting in September": it starts ahead
    if _DEADLINE.search(sentence[:start]):
        return "future"  # "Companies have until November 20 to put age checks in place"
    if stated is None or _scheduled(sentence, start):
        return "nearest"
    if stated == "past" and (_SPAN_END.search(sentence[:start]) or _SPAN_START.search(sentence[:start])):
        # "offered free rebooking through June 25": the span may run on past today; "voted to make
        # the change permanent from 1 June": a span that starts then may start after today
        return "nearest"
    if stated == "past" and _FOR_DAY.search(sentence[:start]) and _A_DAY_OF_MONTH.match(sentence, start):
        return "nearest"  # "have called a sixth day of strikes for March 23": a day set, maybe ahead
    if stated == "past" and _A_DAY_OF_MONTH.match(sentence, start) and _WILL.search(sentence):
        return "nearest"  # "they will honor the price for orders placed before July 15": no past tense
    if stated == "past" and _A_DAY_OF_MONTH.match(sentence, start) and _SCOPE.search(sentence[:start]):
        return "nearest"  # "The new fees apply to tickets bought on or after July 1": the present's rule
    return stated


#: An ordinal or a superlative just before *in N years*, or before the place it ranks in: the
#: span counted back from now (*the third in four years*, *its first strike in 20 years*, *the
#: highest in a decade*, *the second derailment in Harlow in five years*).
_RANKED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|only|most|fewest|\w{3,}est)\s+(?:[a-z]+\s+){0,2}"
    r"(?:(?:in|at|on|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?)?$",
    re.IGNORECASE,
)


#: *until* or *through* before a date: the end of a span that began in the clause's tense.
_SPAN_END = re.compile(r"\b(?:until|through|till)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
#: *from* or *starting* before a date that no range follows: the start of a span.
_SPAN_START = re.compile(r"\b(?:from|starting|effective)\s+(?:on\s+)?$", re.IGNORECASE)
#: *have until* a date: a deadline still to come.
_DEADLINE = re.compile(r"\b(?:has|have)\s+(?:only\s+|just\s+)?until\s+$", re.IGNORECASE)
#: An infinitive a few words before a time: what was decided is to be done then.
_TO_DO = re.compile(r"\bto\s+(?!be\b|have\b)[a-z]+\b(?:\s+[\w'’-]+){0,6}\s+$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|won't)\b", re.IGNORECASE)
#: A present verb of what a rule takes in: the participle after it names what it covers, no past.
_SCOPE = re.compile(r"\b(?:apply|applies|cover|covers|affect|affects)\b", re.IGNORECASE)
#: *for* just before a day of a month (*called a strike for March 23*): the day something is set for.
_FOR_DAY = re.compile(r"\bfor\s+$", re.IGNORECASE)
_A_DAY_OF_MONTH = re.compile(rf"{_MONTH_NAME}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}")
#: *until* and the event a weekday dates (*was ordered held until a bail hearing on Thursday*):
#: that day is after the clause's past, so the nearest one, not the last.
_UNTIL_EVENT = re.compile(r"\b(?:until|till)\s+(?:[a-z-]+\s+){1,4}$", re.IGNORECASE)


#: A year written before in the sentence (*in 2014*), which *the end of the year* then means.
_A_YEAR = re.compile(rf"\b{_YEAR}\b")
_NEXT_OR_LAST_YEAR = re.compile(r"\b(next|last) year\b", re.IGNORECASE)


def _year_named(sentence: str, start: int) -> int | None:
    """+1 or -1 when the clause of the date at ``start`` says *next year* or *last year*: the
    year of a date without one (*Next year's marathon is set for October 18*; not *which lost
    money last year, will open on March 3*)."""
    left = max(sentence.rfind(c, 0, start) for c in ",;:—(")
    rights = [i for i in (sentence.find(c, start) for c in ",;:—)") if i >= 0]
    found = _NEXT_OR_LAST_YEAR.search(sentence[left + 1 : min(rights) if rights else len(sentence)])
    return None if found is None else 1 if found.group(1).lower() == "next" else -1


def _scheduled(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` is a scheduled one (*surgeries scheduled for Wednesday and
    Thursday*) whose tense the sentence does not settle. A schedule that stands now (*is
    scheduled for Monday*, *are set for May*) is not: it lies ahead, as its tense says."""
    before = sentence[max(0, start - 40) : start]
    found = _SCHEDULED_FOR.search(before)
    return bool(found) and not _STANDING.search(before[: found.start()])


#: The verb before a schedule that makes it stand now: *is scheduled for*, *will be set for*.
_STANDING = re.compile(r"\b(?:is|are|am|remains?|will be|'s)\s+$", re.IGNORECASE)


def _nearest_year(published: dt.date, month: int, day: int) -> int:
    """The year that puts ``month``/``day`` nearest to ``published``."""
    return min(
        (published.year - 1, published.year, published.year + 1),
        key=lambda y: abs((dt.date(y, month, min(day, 28)) - published).days),
    )


def _in_year(
    text: str, start: int, end: int, published: dt.date, month: int, day: int, verb_tense: str
) -> TimeExpression | None:
    """``September 5``: this year's, or the nearest one in the direction the tense says."""
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return None
    if verb_tense == "nearest":
        candidate = candidate.replace(year=_nearest_year(published, month, min(day, 28)))
    elif verb_tense in ("future", "present") and candidate < published:
        candidate = candidate.replace(year=published.year + 1)
    elif verb_tense == "past" and candidate > published:
        candidate = candidate.replace(year=published.year - 1)
    return TimeExpression(text, start, end, candidate.isoformat(), "day")


def _season_start(published: dt.date, month: int, mod: str) -> dt.date:
    """The first day of the season that starts in ``month``: for *last*, the latest that has
    ended (*last summer*, written in July, is the year before's); for *next*, the first still to
    start; for *this past* (*this* in a past clause), the latest that has begun; otherwise the
    one under way, or this year's (*this winter*, written in January, began in December).

    >>> _season_start(dt.date(2026, 7, 21), 6, "last"), _season_start(dt.date(2026, 3, 5), 9, "next")
    (datetime.date(2025, 6, 1), datetime.date(2026, 9, 1))
    """
    season = dt.date(published.year, month, 1)
    if mod == "last":
        while _shift_months(season, 3) > published:
            season = _shift_months(season, -12)
    elif mod == "next":
        while season <= published:  # (*next summer*, written in July, is the year after's)
            season = _shift_months(season, 12)
    elif mod == "this past":  # *failed repeatedly this winter*, written in March: the one just gone
        while season > published:
            season = _shift_months(season, -12)
    elif _shift_months(season, -12) <= published < _shift_months(season, -9):
        season = _shift_months(season, -12)  # *this winter*, in January: the one under way
    return season


def _month_in_year(text: str, start: int, end: int, published: dt.date, month: int, direction: str) -> TimeExpression:
    """A month without a year: the last one for the past, the next one for the future."""
    year = published.year
    if direction == "nearest":
        year = _nearest_year(published, month, 15)
    elif direction in ("future", "present"):
        if month < published.month or (month == published.month and direction == "future" and "next" in text.lower()):
            year += 1
    elif month > published.month or (month == published.month and "last" in text.lower()):
        year -= 1
    return TimeExpression(text, start, end, f"{year:04d}-{month:02d}", "month")


def _weekday(
    text: str, start: int, end: int, published: dt.date, weekday: int, mod: str, clause: str
) -> TimeExpression:
    """A weekday: the last one (on or before publication) for the past, the next one for the
    future, the nearest one (``mod`` ``"nearest"``) for a scheduled one or one with no tense
    around it: *surgeries scheduled for Wednesday and Thursday were postponed*, written on a
    Thursday, are that week's; *expect it to stay above flood stage through Thursday*, written
    on a Tuesday, is two days on."""
    back = (published.weekday() - weekday) % 7
    verb_tense = tense(clause)
    if mod == "nearest":
        day = published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=7 - back)
    elif mod == "last":
        day = published - dt.timedelta(days=back or 7)
    elif mod == "next" or verb_tense in ("future", "present"):
        # The publication's own weekday is that day (*Preorders open Tuesday*, written on a
        # Tuesday): news names today by its weekday; only *next*, *until* and *by* look a week on,
        # *until* and *by* not with a part of the day (*finish by Thursday night*, *no power until
        # Tuesday morning*, written on that day: a story written the evening before).
        ahead = (weekday - published.weekday()) % 7
        later = mod == "next" or (mod in ("until", "by") and not _PART_OF_DAY.search(text))
        day = published + dt.timedelta(days=ahead or (7 if later else 0))
    else:
        day = published - dt.timedelta(days=back)
    return TimeExpression(text, start, end, day.isoformat(), "day")


def _offset(
    text: str, start: int, end: int, base: dt.date, count: int, unit: str, approximate: bool = False
) -> TimeExpression:
    """``base`` moved by ``count`` units; weeks land on the day they count to, marked approximate.
    Beyond the calendar's years 1 to 9999 (*12000 years ago*), only the period: past or future."""
    days = {"day": 1, "week": 7, "month": 31, "year": 366}[unit]
    if not 0 < base.year + count * days / 365 < 9999:
        return TimeExpression(text, start, end, period=DISTANT_PAST if count < 0 else FUTURE, vague=True)
    if unit == "day":
        return TimeExpression(text, start, end, (base + dt.timedelta(days=count)).isoformat(), "day", approximate)
    if unit == "week":
        return TimeExpression(text, start, end, (base + dt.timedelta(weeks=count)).isoformat(), "day", True)
    if unit == "month":
        return TimeExpression(text, start, end, _iso(_shift_months(base, count), "month"), "month", approximate)
    return TimeExpression(text, start, end, f"{base.year + count:04d}", "year", approximate)
