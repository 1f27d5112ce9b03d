"""A question analysed for search: its terms, which of them are names, and what it asks for."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from knowledge.analysis import MONTH_MAY, PHRASAL, is_month_may, is_stop_word, stem, terms, titles_written_out, words
from knowledge.dates import FUTURE_WORDS
from knowledge.sentences import split_sentences
from knowledge.synonyms import common_verbs, related

#: A word written as a name: capitalised, not all capitals (``TV``, ``CEO`` are often common nouns).
#: A name as written: a capital and a lower-case letter (*Acton*, *McDonald*; not an acronym's
#: plural, *MPs*), or capitals and digits (*K2*, *the A38*, *G7*).
_NAME = re.compile(r"^(?![A-Z]{2,}s\b)[^\W\d_]*[A-Z][a-z]|^[A-Z]{1,3}\d{1,4}[A-Za-z]?(?:['’]s)?$")


def _names_a_kind(raw: str) -> bool:
    """Whether a question's word, as written, is a name (*Spanish*, *US*) that may say which of
    the things after it are meant: *How many Spanish provinces* counts provinces."""
    return bool(_NAME.match(raw)) or (len(raw) > 1 and raw.isupper())


_RAW_WORD = re.compile(r"[#@]?[^\W_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class Query:
    """The question's index terms with their counts, the subset written as names, and the
    terms in the order the question has them (for word pairs)."""

    text: str
    counts: Counter[str]
    names: frozenset[str]
    order: tuple[str, ...] = ()
    counted: str | None = None  # what "how many" counts: ``astronaut`` in *How many astronauts flew?*
    attribute: str | None = None  # what a question of measure asks: ``size`` for *How big is it?*
    #: The words of what *Who / What is the X (of ...)?* asks about: ``police``, ``chief`` in
    #: *Who is the police chief of Ashford?* (not *name* or *number*: the answer's form).
    asked: frozenset[str] = frozenset()
    #: The names that the stories also write as common words: ``dam`` in *Hoover Dam* (set by
    #: :meth:`knowledge.index.TfidfIndex.known_names`); the rest say which one is asked about.
    name_parts: frozenset[str] = frozenset()

    @property
    def common(self) -> frozenset[str]:
        """Terms that are not names: what the question asks about the story's people and things."""
        return frozenset(self.counts) - self.names


#: The word after "how" in a question of measure (``How old is she?``): it says what kind of
#: answer is wanted, a number or (``How soon``) a time, rather than what the answer is about.
_HOW_NUMBER = "many much long old far often big large tall high deep wide fast heavy close full".split()
_HOW_TIME = "soon late early quickly".split()
_MEASURE_WORDS = frozenset(_HOW_NUMBER + _HOW_TIME)


_HOW_MANY = frozenset({"how many", "how much"})
#: Words between *How many* and what it counts that only say which of them: *How many other councils*.
_HOW_MANY_MORE = frozenset({"other", "additional", "extra", "further"})
_HOW_LONG = re.compile(r"\s*how long\b", re.IGNORECASE)
#: *Who / What / Which is the X?*, X up to three words that end the question or stand before
#: *of*, *in*, *at*, *for*, *on*, *to* or *from* (not *What was the ship carrying when it
#: sank?*); not a possessive's (*the town's leader* is often a title the story gives a name).
_ASKS_WHAT_IS = re.compile(
    r"^\s*(?:who|what|which)\s+(?:is|was|are|were)\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s*(?:\b(?:of|in|at|for|on|to|from)\b|\?|$)",
    re.IGNORECASE,
)
#: *How much does X cost?*, *How much is X?*: the auxiliary, and the words after it.
_ASKS_HOW_MUCH = re.compile(r"^\s*how\s+much\s+(does|do|did|will|would|is|are|was|were)\s+([^?]+)", re.IGNORECASE)
#: Verbs of an amount that end what *How much does X ...?* asks about, beside English's common ones.
_AMOUNT_VERBS = frozenset(
    stem(w) for w in "cost earn weigh sell charge spend fetch lose save owe collect invest generate".split()
)
#: Words after *How much is X* that end X: *worth*, a preposition, *now*.
_AFTER_THING = frozenset("worth for in at of on to from now each per a an this that".split())


#: Words for anyone at all: *How much did people pay?* asks of whoever paid (*Households ...*).
_ANYONE_WORDS = frozenset({"peopl", "person"})


def _amount_of(question: str) -> list[str]:
    """The words of what *How much ...?* asks the amount of: *How much does a school lunch cost
    now?* asks about a *school lunch*; *How much is the museum ticket?* about a *museum ticket*.
    None when the question is of another form, or names no such thing (*How much did Porto pay
    for Ruiz?* asks about Porto: a name, which the names' rule looks for)."""
    found = _ASKS_HOW_MUCH.match(question)
    if found is None:
        return []
    said = words(found.group(2))
    while said and said[0] in ("the", "a", "an"):
        said = said[1:]
    verbs = common_verbs() | _AMOUNT_VERBS
    thing = []
    progressive = found.group(1).lower() in ("is", "are", "was", "were")
    for word in said:
        if word in _AFTER_THING or stem(word) in verbs:
            break
        if progressive and thing and word.endswith("ing"):
            break  # *How much is the government contributing?*: the government's amount
        thing.append(word)
    else:  # (no verb after it: the last word is the verb, unless *is* asked: *How much is the fine?*)
        if found.group(1).lower() not in ("is", "are", "was", "were"):
            thing = thing[:-1]
    return thing


#: Words that say what form the answer takes, not what it is about.
_ANSWER_FORMS = frozenset({"name", "names", "number", "numbers"})
#: Words that place what *Who / What is the X?* asks about in time (*the new rate*, *the
#: current chief*): a story names the thing without them.
_NOW_WORDS = frozenset({"new", "current", "latest", "present", "now"})
#: The verb of *How much does it weigh?*, which asks its weight as *How heavy* does.
_WEIGHS = frozenset({"weigh", "weighs", "weighed"})
#: *What was X's job?*, *What job did X have?*: what the story calls X, not the word.
_JOB_WORDS = frozenset({"job", "occupation", "profession"})
_ASKS_JOB = re.compile(
    r"^\s*what\s+(?:(?:is|was)\s+.+['’]s?\s+(?:job|occupation|profession)|(?:job|work)\s+(?:does|did))\b", re.I
)
_HOW_MUCH_START = re.compile(r"^\s*how\s+much\b", re.IGNORECASE)
#: *What is wrong with X?*: what has happened to X (*Carver has a knee problem*), not wrongdoing.
_WRONG_WITH = re.compile(r"^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were|\s+went)\s+wrong\s+with\b", re.IGNORECASE)
#: The noun naming what *how* and an adjective ask for: the adjective's attribute in WordNet
#: (*big* -> *size*): *How big is the frog?* is answered by *about the size of a paper clip*.
ATTRIBUTES = {
    **dict.fromkeys(["big", "large", "small", "little"], "size"),
    **dict.fromkeys(["tall", "high", "low"], "height"),
    **dict.fromkeys(["hot", "cold", "warm", "cool"], "temperature"),
    "deep": "depth",
    "wide": "width",
    "far": "distance",
    "fast": "speed",
    "heavy": "weight",
    "old": "age",
}


@cache
def attribute_words(attribute: str | None) -> frozenset[str]:
    """The terms of the adjectives that ask for ``attribute`` (a term: ``temperatur``), so that
    a question keeping one (*How cold did it get?*) finds the attribute named (*Temperatures fell*).

    >>> sorted(attribute_words("temperatur"))
    ['cold', 'cool', 'hot', 'warm']
    """
    return frozenset(stem(a) for a, named in ATTRIBUTES.items() if stem(named) == attribute)


def _noun_phrase(text: str) -> list[str]:
    """The words of ``text`` up to a past participle after its first word: in *What is the
    money used for?* the thing asked about is *money*; *used* says what was done with it (one
    before the noun describes it: *the proposed budget*)."""
    found = words(text)
    for k, word in enumerate(found[1:], 1):
        if len(word) > 3 and word.lower().endswith("ed"):
            return found[:k]
    return found


@cache
def phrasal_common_verbs() -> frozenset[str]:
    """The terms that phrasal verbs of English's common verbs stand for (*find out*:
    ``discov``, *go up*: ``rise``): a question that says *How can I find out ...?* asks as
    little with them as with *find* alone.

    >>> "discov" in phrasal_common_verbs(), "resign" in phrasal_common_verbs()
    (True, False)
    """
    return frozenset(stem(verb) for pair, verb in PHRASAL.items() if stem(pair.split()[0]) in common_verbs())


def parse_query(question: str, whole: frozenset[str] = frozenset()) -> Query:
    """Analyse ``question``.

    >>> q = parse_query("Who painted the Mona Lisa?")
    >>> sorted(q.counts), sorted(q.names)
    (['lisa', 'mona', 'paint'], ['lisa', 'mona'])
    >>> sorted(parse_query("How old is the mill?").counts)
    ['mill']
    >>> parse_query("How many astronauts will fly?").counted
    'astronaut'
    >>> parse_query("How big is the frog?").attribute
    'size'
    >>> sorted(parse_query("Who is the police chief of Ashford?").asked)
    ['chief', 'polic']
    >>> parse_query("Who is the town's leader?").asked, parse_query("What was the ship carrying when it sank?").asked
    (frozenset(), frozenset())

    A word in ``whole`` (:func:`knowledge.analysis.name_words`) written capitalised, or in a
    question all in lower case, is that name, not stemmed:

    >>> sorted(parse_query("When was Fitly founded?", frozenset({"fitly"})).names)
    ['fitly']

    A title's abbreviation before a name is the title, as the index reads it:

    >>> sorted(parse_query("What did Dr. Hannah Price say?").counts)
    ['doctor', 'hannah', 'price', 'say']
    """
    cased = any(c.isupper() for c in question[1:])
    names: set[str] = set()
    order: list[str] = []
    counted = attribute = None
    raws = _RAW_WORD.findall(titles_written_out(question))  # (*Dr. Hannah Price*: a doctor)
    # (*When will Keane step down?* asks when he resigns, as the story's *will step down* reads)
    pairs = (f"{first} {second}".lower() for first, second in itertools.pairwise(raws))
    phrasal = {p: PHRASAL[pair] for p, pair in enumerate(pairs) if pair in PHRASAL}
    for position, raw in enumerate(raws):
        if position - 1 in phrasal:
            continue  # (the particle, read with its verb)
        raw = phrasal.get(position, raw)
        before = position  # (*How many Spanish provinces*: the provinces are counted, not the name)
        while before > 2 and cased and _names_a_kind(raws[before - 1]):
            before -= 1
        after_how_many = before > 1 and " ".join(raws[before - 2 : before]).lower() in _HOW_MANY
        named_kind = (
            after_how_many
            and cased
            and _names_a_kind(raw)
            and position + 1 < len(raws)
            and raws[position + 1].islower()
            and not is_stop_word(raws[position + 1].lower())
        )
        if position > 2 and raws[position - 1].lower() in _HOW_MANY_MORE:  # *How many other councils*
            after_how_many = " ".join(raws[position - 3 : position - 1]).lower() in _HOW_MANY
        if position and raws[position - 1].lower() == "how" and raw.lower() in ATTRIBUTES:
            attribute = stem(ATTRIBUTES[raw.lower()])
        if raw.lower() in _WEIGHS and _HOW_MUCH_START.match(question):  # *How much does it weigh?*: its weight
            attribute = stem("weight")
        if position and raws[position - 1].lower() == "how" and raw.lower() in _MEASURE_WORDS:
            continue
        if position > 1 and " ".join(raws[position - 2 : position + 1]).lower() == "how many times":
            continue  # asks how often, not about times
        if position and raws[position - 1].lower() == "what" and raw.lower() == "time":
            continue  # *What time did it start?* asks for a time of day, not about *the time*
        if position and raws[position - 1].lower() == "what" and raw.lower() == "nationality":
            continue  # *What nationality is Silva?*: a people's adjective (*Brazilian*), not the word
        if raw.lower() in _JOB_WORDS and _ASKS_JOB.match(question):
            continue  # *What was Willett's job?*: *a builder, William Willett*, which never says *job*
        if position == len(raws) - 1 and raw.lower() in ("last", "lasted") and _HOW_LONG.match(question):
            continue  # *How long will the strike last?*: the verb says *how long* again
        if position <= 2 and raw.lower() == "wrong" and _WRONG_WITH.match(question):
            continue  # *What is wrong with Carver?* asks his trouble, as *What happened to him?* does
        is_name = position > 0 and bool(_NAME.match(raw.lstrip("#@")))
        if is_month_may(raw, position):
            order.append(MONTH_MAY)
            continue
        for word in words(raw):
            if is_stop_word(word):
                continue
            whole_name = word in whole and (raw[:1].isupper() or not cased)
            term = word if whole_name else stem(word)
            order.append(term)
            if after_how_many and counted is None and raw.lower() not in _HOW_MANY_MORE and not named_kind:
                counted = term
            if is_name or whole_name:
                names.add(term)
    asked: frozenset[str] = frozenset()
    found = _ASKS_WHAT_IS.match(question)
    tally = bool(_ASKS_TALLY.search(question))
    if tally:  # *What was the final score?*: *final* says which tally, not what it is about
        order = [t for t in order if t not in _TALLY_MODIFIERS]
    if found:
        said = [w for w in _noun_phrase(found.group(1)) if w not in _ANSWER_FORMS | _NOW_WORDS and not is_stop_word(w)]
        asked = frozenset(stem(w) for w in said) - names - (_TALLY_MODIFIERS if tally else frozenset())
    elif amount_of := _amount_of(question):  # (*How much does a school lunch cost?*: a lunch)
        head = stem(amount_of[-1])
        named = amount_of[-1] in names  # (*How much is Northern Waters spending?*: the names' rule's)
        asked = frozenset() if named or is_stop_word(amount_of[-1]) else frozenset({head} - names - _ANYONE_WORDS)
    return Query(question, Counter(order), frozenset(names), tuple(order), counted, attribute, asked)


_MONTHS = (
    "january|february|march|april|june|july|august|september|october|november|december|"
    r"jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\."
)
#: A year or a decade (``1921``, ``1920s``): a time, not a count.
YEAR = r"(?:1[5-9]|20)\d\ds?"
#: The month *May*, told from the verb by what stands beside it (``in May``, ``May 5``).
_MAY = r"(?<=in |by |of )may|(?<=since |until |early )may|(?<=mid-)may|(?<=through )may|may(?=\s+\d)"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: The months' and weekdays' names, capitalised in any sentence but no answer to *What is X called?*
_CALENDAR_WORDS = frozenset(w.replace("\\.", "").replace("?", "") for w in f"{_MONTHS}|may|{_WEEKDAYS}".split("|"))
_PERIOD = r"(?:day|week|month|year|decade|century|spring|summer|fall|autumn|winter|weekend|morning|evening|night)"
#: Words and forms that say when: dates, years, weekdays, clock times, relative days and
#: periods (``last year``, ``two weeks ago``); a bare length of time (``eleven years``) says how long.
TIME_PATTERN = re.compile(
    rf"\b(?:{_MONTHS}|{_MAY}|{_WEEKDAYS}|{YEAR}|yesterday|today|tomorrow|tonight|"
    rf"(?:last|next|this|that|previous|following|same|coming|past)\s+{_PERIOD}|"
    r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?)\s+(?:ago|later|earlier)|"
    rf"(?:end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?{_PERIOD}|"
    r"within\s+(?:a|an|the\s+next|\w+)\s+(?:hours?|days?|weeks?|months?|years?)|"
    r"\d+(?:st|nd|rd|th)\s+minute|with\s+\w+\s+(?:minutes?|seconds?|laps?|overs?)\s+(?:left|remaining|to\s+go|to\s+play)|"
    r"(?:before|after|at|by)\s+half-?\s?time|in\s+(?:stoppage|injury|extra|added)\s+time|in\s+the\s+(?:first|second)\s+half|"
    r"\d{1,2}:\d\d|[ap]\.m\.|\d{1,2}(?:\.\d\d)?\s*[ap]m)(?=\W|$)",
    re.IGNORECASE,
)
#: Digits or number words: what a "how many" or "how much" question wants. A year (``1921``,
#: ``1920s``), a clock time (``9 a.m.``, ``11:20``) or a day of a month (``January 2``) answers
#: "when", not "how many".
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion dozen dozens half percent twice thrice twin twins triplets"
).split()
_MONTH_FORMS = [*_MONTHS.replace(r"sept?\.", r"sep\.|sept\.").split("|"), "may"]  # lookbehinds: fixed widths
_NOT_AFTER_MONTH = "".join(f"(?<!{month} )" for month in _MONTH_FORMS)
NUMBER_PATTERN = re.compile(
    rf"(?<![\d.,:])(?=\d){_NOT_AFTER_MONTH}(?!{YEAR}\b)\d+(?![\d:]|\s?[ap]\.?m\b)|\b(?:{'|'.join(NUMBER_WORDS)})\b",
    re.IGNORECASE,
)
#: Units that a number measures in: money, shares, size, weight, distance and time.
_SIZE_UNITS = (
    "percent|per cent|percentage points?|acres?|hectares?|(?:square |cubic )?(?:miles?|km|feet|foot|"
    "(?:kilo|centi|milli)?met(?:er|re)s?|cm|mm|yards?|inch(?:es)?)|mph|knots|pounds?|ounces?|lbs?|tons?|tonnes?|"
    "kilo(?:gram)?s?|kg|grams?|gallons?|lit(?:er|re)s?|"
    "dollars?|euros?|cents?|degrees?|times|million|billion|trillion|thousand|hundred|"
    "decibels?|(?:kilo|mega|giga)?watts?"
)
#: A unit's abbreviation written onto its number (*9.8cm*, *12mm*, *5kg*, *400MW*, *£10m*).
_UNIT_ATTACHED = r"(?:cm|mm|km|m|kg|lbs?|mph|kph|km/h|db|kw|mw|gw|kwh|mwh|gwh)"
_TIME_UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)"
#: The units of a span of time.
TIME_UNITS = _TIME_UNITS
_UNITS = f"{_SIZE_UNITS}|{_TIME_UNITS}"


def _amount(units: str, money: bool = True) -> re.Pattern[str]:
    """An amount of money (unless not ``money``), a percentage, a temperature (*41C*, *104°F*),
    or a number and one of ``units``."""
    return re.compile(
        ("[$€£¥]\\s?\\d|" if money else "")
        + rf"\d\s?%|\d\s?°\s?[CF]?|\d[CF]\b|(?<![$€£¥\d.,])\d+(?:[.,]\d+)*{_UNIT_ATTACHED}\b|"
        rf"(?<![\w.,])(?:\d[\d,.]*|(?:{'|'.join(NUMBER_WORDS)}|an?|several|few)\b)[\s-]+(?:(?:more|less|fewer|extra|full|straight|additional|consecutive|long)\s+)?(?:{units})\b",
        re.IGNORECASE,
    )


#: An amount with its unit (*$212 million*, *1.4 million acres*, *six weeks*, *38 percent*,
#: *68-year-old*): what *how much* wants beyond a bare number.
MEASURE_PATTERN = _amount(_UNITS)
#: An amount that is not of time (*1.4 million acres*, *15 feet wide*, *$9 million*): what *how
#: big*, *how far* or *how heavy* wants; *more than 100 years* says how long, not how big.
SIZE_PATTERN = _amount(_SIZE_UNITS)
#: An amount of time (*up to 22 hours*, *six weeks*): what *How long?* wants, with *until*.
DURATION_PATTERN = re.compile(
    rf"(?<![\w.,])(?:\d[\d,.]*|(?:{'|'.join(NUMBER_WORDS)}|an?|several|few)\b)[\s-]+"
    rf"(?:(?:more|less|fewer|extra|full|straight|additional|consecutive|long)\s+)?(?:{_TIME_UNITS})\b",
    re.IGNORECASE,
)
#: A measure and the dimension it measures, written together (*a 9.8cm-tall disc*, *1,600
#: light-years across*, *15 metres long*, *40 feet deep*): what *How big / tall / far ...?* wants.
#: Not a speed (*limited to 20mph across the bridge*).
DIMENSION_PATTERN = re.compile(
    rf"(?:{MEASURE_PATTERN.pattern}|\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s*light-years?)"
    r"(?<!mph)(?<!kph)(?<!knots)(?<!km/h)[\s-]+(?:tall|high|deep|wide|long|thick|across|away|heavy|in diameter)\b",
    re.IGNORECASE,
)
#: An amount that is not money (*82 decibels*, *96 percent*): what a question of degree wants
#: unless it asks about money (*How loud is the dock?*; *How expensive is it?* is money's).
#: The units of an amount that is not money.
QUANTITY_UNITS = _SIZE_UNITS.replace("dollars?|euros?|cents?|", "")
QUANTITY_PATTERN = _amount(QUANTITY_UNITS, money=False)
#: A person's age (*68-year-old*, *Hughes, 41,*, *at the age of six*, *She was 91.*, *turned 80*):
#: what *How old is NAME?* wants.
#: An age in years spelled out (*two-year-old*, *twenty-one-year-old*), as style guides have
#: ages under ten written.
SPELLED_AGE = rf"\b(?i:(?:(?:{'|'.join(NUMBER_WORDS[19:27])})-)?(?:{'|'.join(NUMBER_WORDS[:27])})-year-old)"
_PERSON_AGE = (
    rf"\d(?:\d*-year-old|\d* years? old\b)|{SPELLED_AGE}|aged \d|, (?:both )?\d{{1,3}}[,.](?!\d)|"
    rf"\bage (?:of )?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)|"
    r"(?<!when )\b(?:he|she|who) (?:was|is) \d{1,3}(?=[.,;](?!\d))|"
    r"\b(?:turned|turns) \d{1,3}\b"
)
PERSON_AGE_PATTERN = re.compile(_PERSON_AGE, re.IGNORECASE)
#: An age: a person's, or a thing's (*since 1887*, *38-year history*): what *how old* wants.
AGE_PATTERN = re.compile(
    rf"{_PERSON_AGE}|\d\d*-year (?:history|life|career|run)\b|"
    rf"(?:since|founded in|built in|opened in|established in|formed in|born in) (?:the )?{YEAR}\b",
    re.IGNORECASE,
)
#: A score or a vote's tally, two numbers joined by a dash (*beating the Mariners 2-1*, *by a 5-2
#: vote*), or by *to* after a vote (*voted 31 to 9*, *a vote of 8 to 3*, *backed the offer by
#: 71 per cent to 29 per cent*): what *What was the score?* or *What was the vote?* wants. Not
#: a range of years or an age (*68-year-old*), nor a change (*rose from 86 per cent to 91*).
TALLY_PATTERN = re.compile(
    r"(?<![\w.,-])\d{1,3}[-–]\d{1,3}(?![\w-])|"
    # votes counted on each side: *by 314 votes to 291*, *1,204 votes to 998*
    r"(?<![\w.,])\d+(?:,\d{3})*\s+votes?\s+to\s+\d+(?:,\d{3})*(?![\w%]|[.,]\d)|"
    r"\b(?:vot(?:ed|ing|es?)|by)\s+\d{1,3}(?:\s?%|\s+per\s?cent)\s+to\s+\d{1,3}(?:\s?%|\s+per\s?cent)|"
    r"\b(?:(?:vot(?:ed|ing|es?)(?:\s+of)?|margin of)|"
    # a decision and its voters: *passed the state Senate 24 to 15*, *upheld it 6 to 3*
    r"(?:passed|approved|rejected|adopted|defeated|confirmed|ratified|upheld|overturned)"
    r"(?:\s+(?!(?:for|from|between|ages?|aged|in|of|at|after|within|by)\b)[\w'’]+){0,4}?"
    r"(?=\s+\d{1,3}\s+to\s+\d{1,3}\b(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b)))"
    r"\s+\d{1,3}\s+to\s+\d{1,3}(?![\w%-]|[.,]\d|\s+(?:per\s?cent|percent))",
    re.IGNORECASE,
)
#: *What was the score?*, *the final result?*, *the Senate vote?*, *the council's vote?*
_ASKS_TALLY = re.compile(
    r"\bwhat (?:was|is|were) the (?:(?:final |closing )?results?|(?:[\w'’-]+ ){0,2}?(?:score|vote|tally)s?)\b", re.I
)
#: The words that say which tally *What was the final score?* or *What was the result of the
#: vote?* asks for, not what it is about.
_TALLY_MODIFIERS = frozenset({"final", "close", "result"})
_ASKS_TIME = re.compile(
    rf"^\s*when\b|\bwhat (?:year|date|day|time|month)\b|\bhow long ago\b|\bhow (?:{'|'.join(_HOW_TIME)})\b",
    re.IGNORECASE,
)
#: What a question asks the share of (*What share of the vote?*): an amount, like *how much*.
_WHAT_SHARE = "percent|percentage|share|proportion|fraction"
_ASKS_NUMBER = re.compile(rf"\bhow (?:{'|'.join(_HOW_NUMBER)})\b|\bwhat (?:number|{_WHAT_SHARE})\b", re.IGNORECASE)


#: Words that make a capitalised pair a place, not someone who could answer *who* (*Mount Ashby*).
_PLACE_NAME = (
    r"(?!(?:Mount|Mt|Lake|River|Bay|Island|Street|Avenue|Road|Park|County|City|Airport|Hospital|Valley|Fort|Port)\b)"
)
#: A person or organisation named: two capitalised words in a row, not opening the sentence nor
#: naming a place, or an acronym anywhere (*The FBI and the state's cybersecurity office are
#: investigating*).
PERSON_PATTERN = re.compile(
    rf"(?<![.!?\"“]\s)(?<!^)\b{_PLACE_NAME}[A-Z][\w'’.-]+\s+(?:[A-Z]\.\s+)?{_PLACE_NAME}[A-Z][\w'’-]+|"
    r"\b[A-Z]{2,5}s?\b(?![\w'’-])"
)
#: A place: a capitalised name after a preposition of place, or a word for a place.
PLACE_PATTERN = re.compile(
    r"\b(?:in|at|near|from|outside|across|to|beneath|under|along|behind|below|beside|off|into|inside|through|"
    # (*across much of northern England*)
    r"toward|towards|past)\s+(?:(?:much|most|parts?|all|the\s+rest)\s+of\s+)?(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?"
    r"[A-Z][\w'’-]+|"
    r"\b(?:city|town|village|county|state|country|street|road|avenue|stadium|river|park|downtown|"
    r"headquarters|border|coast|island|region|district|neighborhood|neighbourhood)\b|"
    r"\b(?:north|south|east|west|(?:north|south)-?(?:east|west))\s+of\s+[A-Z]|"  # *forest north of Marseille*
    r"(?<=[a-z] )(?:[A-Z][\w'’-]+ )+of [A-Z][a-z]"  # an organisation and its town: *Corvan Therapeutics of San Diego*
)
#: A denial, which often answers a yes-or-no question (*No one was hurt*, *divers cannot remove
#: anything*, *not a smash-and-grab by amateurs*).
DENIAL_PATTERN = re.compile(r"\b(?:no|not|never|none|nobody|nothing|neither|nor|cannot|without)\b|n't\b", re.I)
#: Words that tell of what came before (*the third for the program*, *first in the airline's
#: 38-year history*, *tried to merge once before, in 2017*, *lost two earlier cases*): what
#: *Has it happened before?* wants.
PRECEDENT_PATTERN = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\b|"
    r"\b(?:ever|never|history|before|earlier|previous(?:ly)?|once|again|prior|record)\b|"
    rf"\b(?:in|since|of|from) (?:{_MONTHS}\.? )?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: What tells of the same kind of event earlier, not just of a first or of a time: a later
#: ordinal that counts events (*the third humpback to strand here*; not *the second floor*, *the
#: 17th century*), a similar or the same one (*A similar verdict against another singer in
#: 2015*, *The same stretch of highway was the scene of a 27-car crash*), *ever*, *again*,
#: *previously*, *once before*, a first or a superlative since (*the first theft since it opened
#: in 1931*, *the strongest tornado to hit the county since 1991*); not
#: *the night before*, *her record label* or a year alone. What *Has this happened before?* wants.
EARLIER_PATTERN = re.compile(
    r"(?:\bthe|'s)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b"
    r"(?![ -](?:floor|stor[e]?y|centur|quarter|half|round|place|largest|biggest|highest|lowest|most|day|week|"
    r"month|year|grade|period|leg|set|inning|game|match|stage))|"
    r"\b(?:ever|again|similar|same|previous(?:ly)?|prior|once before|before that|earlier (?:cases?|times?))\b|"
    r"\b(?:first|most|(?!(?:inter|for|prot|requ|sugg|harv|cont|arr|inv|t|w|r|gu|ch|qu|n|p|v|cr|dig|manif|mod|hon|earn)est\b)"
    r"\w+est)\b[^.;]{0,60}\bsince\b",
    re.IGNORECASE,
)
_ASKS_BEFORE = re.compile(r"\bbefore\W*$", re.IGNORECASE)


def asks_before(question: str) -> bool:
    """Whether ``question`` asks about what came before (*Has this happened before?*).

    >>> asks_before("Has the museum been robbed before?"), asks_before("What happened before the vote?")
    (True, False)
    """
    return bool(_ASKS_BEFORE.search(question))


#: Words that give a reason or a cause.
REASON_PATTERN = re.compile(
    r"\b(?:because|due to|caus\w*|blam\w*|reasons?|result\w*|led to|thanks to|owing to|in order to|"
    r"so that|amid|following|to protect|to prevent|to avoid)\b|"
    # (not a time: *since 2019*, *after 2pm*, *over the weekend*)
    r"\b(?:after|since)\b(?!\s+(?:\d|about\b|around\b|nearly\b|more\s+than\b|then\b|last\b|(?:the\s+)?(?:start|end|"
    r"beginning|middle)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:a|an|one|two|three|four|five|six|ten)\s+(?:\w+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b))|"
    r"\bover\s+(?:\w+\s+)?(?:concerns?|fears?|worries|claims?|allegations?|questions|complaints|disputes?|rows?)\b",
    re.IGNORECASE,
)
#: A quotation: an opening quote mark and at least a few words after it (alone, too: a
#: quotation that runs on into the next paragraph), or a sentence that closes one opened before
#: it; not a word in scare quotes (*the "fix"*), nor the words after one, whose closing mark
#: follows a word (*known internally as "Crane", would cost*).
QUOTE_PATTERN = re.compile(r"(?<![\w,.!?;:’'])[\"“‘][^\"”’\n]{12,}|^[^\"“”\n]{12,}(?<=[\w,.!?;:])[\"”]", re.MULTILINE)
#: What someone said, thought or how they took it: a quotation answers it.
_ASKS_QUOTE = re.compile(
    r"^\s*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\b[^?]*\b(?:say|tell|think|warn|react|respond|"
    r"reply|feel|describe|call)\b(?! (?:to|for)\b)|\bwhat (?:is|was) (?:the |an? )?(?:[\w'’]+ )?"
    r"(?:reaction|response|message|comment|view)\b",
    re.I,
)
#: The stems of the verbs by which *How did X react?* or *What did X think?* asks for X's
#: words: like *say*, they ask nothing that a quotation must repeat.
QUOTE_VERBS = frozenset({"react", "respond", "repli", "feel", "think", "describ"})
#: The stems of the verbs by which *Where is X based?* asks where X is: a place answers it.
PLACE_VERBS = frozenset({"base", "locat", "headquart"})
#: Per kind of answer, the verbs that only say the question's form: they ask nothing that the
#: passage must repeat (:func:`form_verbs`).
_FORM_VERBS = {"quote": QUOTE_VERBS, "place": PLACE_VERBS}


def form_verbs(kind: str | None) -> frozenset[str]:
    """The stems of the verbs that only say a question wants an answer of ``kind``
    (:func:`expected_answer`), as *say* does: *react* in *How did the mayor react?*, *based* in
    *Where is Corvan based?*.

    >>> sorted(form_verbs(expected_answer("Where is Corvan based?"))), form_verbs(expected_answer("Why?"))
    (['base', 'headquart', 'locat'], frozenset())
    """
    return _FORM_VERBS.get(kind or "", frozenset())


_ASKS_PERSON = re.compile(r"^\s*(?:who|whom|whose)\b|\bwhich (?:person|company|team|group|official)\b", re.I)
_ASKS_PLACE = re.compile(r"^\s*where\b|\bin which (?:city|town|country|state)\b|\bwhat (?:city|town|country)\b", re.I)
_ASKS_REASON = re.compile(
    r"^\s*why\b|\bwhat(?:'s| is| was| are| were| has| had)? (?:caused|causes|causing|led to|prompted|behind)\b|"
    r"\bwhat (?:may|might|could|would|will|can)(?: have)? (?:caused?|led to|lead to|prompted|prompt)\b|"
    r"\bhow come\b|\bfor what reason\b",
    re.I,
)


_ASKS_YES_OR_NO = re.compile(
    r"^\s*(?:is|isn't|was|wasn't|are|aren't|were|weren't|do|does|did|didn't|has|have|had|can|could|will|"
    r"would|should|may|might|must)\b",
    re.IGNORECASE,
)


#: *How* and any other adjective or adverb (*How complete is the skeleton?*, *How different is
#: its DNA?*): a degree, which news gives as an amount (*about 80 percent complete*). The
#: adjective is a word of the question, unlike *big* in *How big*.
_ASKS_DEGREE = re.compile(
    r"^\s*how\s+(?!(?:many|much|come|about|so|do|does|did|is|was|are|were|am|be|been|can|could|will|would|"
    r"shall|should|may|might|must|has|have|had|to|the|a|an|it|they|he|she|we|you|i)\b)[a-z]+\b",
    re.IGNORECASE,
)


#: A sentence or question about what is still to come: a future tense, or a time it lasts *until*.
FUTURE_PATTERN = re.compile(rf"\b(?:{FUTURE_WORDS}|until)\b", re.IGNORECASE)
_ASKS_MEASURE = re.compile(rf"\bhow (?!many\b)(?:{'|'.join(_HOW_NUMBER)})\b|\bwhat (?:{_WHAT_SHARE})\b", re.IGNORECASE)


_FINER_NUMBER = {
    "old": "age",
    "long": "duration",
    **dict.fromkeys("big large far tall high deep wide heavy".split(), "size"),
}
#: Adjectives of a question of degree that money answers (*How expensive is it?*).
_MONEY_DEGREES = frozenset(
    "expensive costly cheap pricey affordable rich wealthy valuable lucrative profitable".split()
)
#: A clock time: what *What time ...?* wants (*9:50 a.m.*, *at noon*).
CLOCK_PATTERN = re.compile(
    r"\d(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)|\b(?:noon|midnight)\b|"
    r"\b(?:[01]?\d|2[0-3]):[0-5]\d\s*(?-i:UTC|GMT|BST|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT)\b",
    re.IGNORECASE,
)
_ASKS_CLOCK = re.compile(r"\bwhat time\b", re.IGNORECASE)


_ASKS_DEFINITION = re.compile(
    r"^\s*what\s+(?:is|are|was|were)\s+(?:an?\s+)?"
    r"(?!(?-i:the|a|an|it|this|that|these|those|there|his|her|its|their|our|my|your)\b)"
    r"(?P<thing>(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?P<about>\s+about)?\s*\?*\s*$",
    re.IGNORECASE,
)


_ASKS_NAME = re.compile(
    r"\bwhat(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+)?names?\s+of\b|"
    r"\bwhat\s+(?:is|was|are|were)\s+.+\s+(?:called|named)\s*\??\s*$|"
    r"\bwhat(?:'s|\s+(?:is|was|are|were))\s+.+\s+names?\s*\??\s*$",
    re.IGNORECASE,
)
#: How many words from the thing asked the name of its name may stand (*a shell company he
#: controlled, Lakeside Consulting*).
NAME_WINDOW = 6
#: The words that ask for a name rather than say what is named.
_NAME_FORMS = frozenset({"name", "call"})


def asks_name(question: str) -> bool:
    """Whether ``question`` asks for a name (*What is the name of the ship?*, *What is the drug
    called?*): a passage that names nothing does not answer it.

    >>> asks_name("What is the name of the ship?"), asks_name("What is the drug called?"), asks_name("Who called?")
    (True, True, False)
    >>> asks_name("What is her surgeon's name?"), asks_name("What is the name?")
    (True, True)
    """
    return bool(_ASKS_NAME.search(question))


_POSSESSIVE = re.compile(r"['’]s?$")
#: *called* or *named* and the name after it (not *called for*, *named as the ...*).
_CALLED = re.compile(
    r"(?:called|named)\s+[\"“']?(?!(?:for|on|off|in|to|as|by|the|a|an|it|him|her|them|after|out|up)\b)[\w-]+[.,\"”']*",
    re.IGNORECASE,
)
#: Prepositions that lead from a thing to something else: a name after one is not the thing's.
_PLACE_WORDS = frozenset("in at on from to into onto across through near for with by of off".split())


#: *Which court heard the case?*, *In which river ...*: the kind of thing whose name is asked.
_WHICH_KIND = re.compile(r"^\s*(?:(?:in|at|on|from|for|to|of|by|with)\s+)?which\s+([a-z][\w-]*)\b", re.IGNORECASE)


def which_kind(question: str) -> str | None:
    """The kind of thing *Which X ...?* asks the name of (``court`` in *Which court heard the
    case?*), as written; None for another question, *Which is ...?* or *Which other X ...?*
    (not the X the story names).

    >>> which_kind("Which court heard the case?"), which_kind("In which river was it found?")
    ('court', 'river')
    >>> which_kind("Which is the cheapest model?"), which_kind("Who won?")
    (None, None)
    """
    found = _WHICH_KIND.match(question)
    if found is None or is_stop_word(found.group(1).lower()):
        return None
    return found.group(1).lower()


def names_a(kind: str, text: str) -> bool:
    """Whether ``text`` names a thing of ``kind`` (a word, as :func:`which_kind` gives it):
    a name right before or after the word, or the word inside a name (*Exeter County Court*,
    *the constellation Cetus*, *the River Tame*), not a name a few words off (*The court heard
    that Strand ...*).

    >>> names_a("court", "She was sent to Exeter County Court."), names_a("court", "The court heard that Strand lied.")
    (True, False)
    >>> names_a("constellation", "It lies in the constellation Cetus."), names_a("rivers", "It crosses the River Tame.")
    (True, True)
    >>> names_a("song", 'He wrote the song "Flying Home".'), names_a("song", 'I wanted my song," Bell said.')
    (True, False)
    >>> names_a("song", "She had never heard Bell's song.")  # (whose song, not which)
    False
    >>> names_a("village", "in a Devon village"), names_a("village", "the village of Upton Pyne")
    (False, True)
    """
    head = stem(kind)
    if head[:3].lower() not in text.lower():
        return False  # (most paragraphs: no word of the kind at all)
    found = list(re.finditer(r"[\w'’.-]+", text))
    words = [m.group().rstrip(".") for m in found]
    gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(found)]
    # (next to it: nothing but a space between, or a title's opening quotation mark after it)
    joined = [bool(re.fullmatch(r"\s+[\"“]?", gap)) for gap in gaps]
    # a sentence's first word is capitalised whatever it is (after a full stop, ! or ?)
    opens = [True] + [
        bool(re.search(r"[!?]", gap)) or m.group().endswith(".") for gap, m in zip(gaps, found, strict=False)
    ]
    named = [
        not opens[k] and w[:1].isupper() and w != "I" and w.lower() not in _CALENDAR_WORDS for k, w in enumerate(words)
    ]
    for k, word in enumerate(words):
        if stem(word.lower()) != head:
            continue
        before = k > 0 and joined[k - 1] and named[k - 1] and not _POSSESSIVE.search(words[k - 1])
        before = before and not (k > 1 and words[k - 2].lower() in ("a", "an"))  # (*a Devon village*)
        of = k + 2 < len(words) and words[k + 1] == "of" and named[k + 2]  # *the village of Upton Pyne*
        if before or of or (k + 1 < len(words) and joined[k] and named[k + 1]):
            return True
    return False


def names_the_thing(query: Query, text: str) -> bool:
    """Whether ``text`` writes a name for what ``query`` asks the name of: a capitalised word
    inside a sentence (not a month, a weekday or the question's own name) within
    :data:`NAME_WINDOW` words of the thing's head word, the question's last word but its
    names and *name* / *called* (*editor* in *the name of the journal's editor*): *the cruise
    ship Coral Majesty* names the ship; *Surgeons fitted a metal rod* names no surgeon, nor
    does *the storm cellar beneath the town's elementary school* after *reached Elk Ridge*.

    >>> names_the_thing(parse_query("What is the name of the ship?"), "He boarded the ship Coral Majesty.")
    True
    >>> names_the_thing(parse_query("What is her surgeon's name?"), "Surgeons fitted a rod. She fell on Mount Pell.")
    False
    >>> names_the_thing(parse_query("What is the satellite called?"), "It hit one of many satellites, ESA said.")
    False
    >>> names_the_thing(parse_query("What is the drug called?"), "The drug, called remternetug, was tested.")
    True
    """
    heads = [t for t in query.order if t not in _NAME_FORMS and t not in query.names]
    if not heads:
        return False
    head = heads[-1]
    asked = {w.lower().rstrip("s") for w in re.findall(r"[\w'’-]+", query.text) if head in terms(w, query.names)}
    single = {w.lower() for w in re.findall(r"[\w'’-]+", query.text) if head in terms(w, query.names)}
    single = {w for w in single if not w.endswith("s")}  # asked of in the singular: not *satellites*
    for sentence in split_sentences(text):
        words = re.findall(r"[\w'’.-]+", sentence)
        # The word itself: not *the ship's owner, Halden Shipping* (a name beside *ship's* is
        # what the ship has; *Shipping* names a company by another form of the word).
        near = [
            k
            for k, w in enumerate(words)
            if head in terms(w, query.names)
            and not _POSSESSIVE.search(w)
            and (k == 0 or not w[0].isupper() or w.lower().rstrip("s") in asked)
            and not (single and w.lower().rstrip(".").endswith("s") and w.lower().rstrip(".")[:-1] in single)
        ]
        called = [k for k in range(len(words)) if _CALLED.fullmatch(" ".join(words[k : k + 2]))]
        if any(0 < k - n <= NAME_WINDOW for k in called for n in near):
            return True  # *The drug, called remternetug*: a name in lower case, as a drug's is
        for k, word in enumerate(words):
            if not near or not word[0].isupper() or k == 0 or min(abs(k - n) for n in near) > NAME_WINDOW:
                continue
            n = min(near, key=lambda n: abs(k - n))
            if any(w.lower() in _PLACE_WORDS for w in words[min(k, n) + 1 : max(k, n)]):
                continue  # *a ship ran aground in the Kessel Canal*: a name past *in* is the place's
            word = word.rstrip(".")
            if word.lower() not in _CALENDAR_WORDS and word != "I" and not set(terms(word, query.names)) <= query.names:
                return True
    return False


def asks_definition(question: str) -> bool:
    """Whether ``question`` asks what something is or is about, naming it bare or with *a*
    (*What is phonics?*, *What is a heat pump?*, *What is The Salt Road about?*): a story says
    so where it first names it. Not
    *What is the fine?* (which asks for its amount) nor *What was stolen?* (a verb's form).

    >>> [asks_definition(q) for q in ("What is phonics?", "What is Black Lake about?", "What is the fine?")]
    [True, True, False]
    >>> asks_definition("What was stolen?"), asks_definition("What is a heat pump?")
    (False, True)
    """
    found = _ASKS_DEFINITION.match(question)
    if found is None:
        return False
    verb_forms = [w for w in found.group("thing").split() if w.islower() and w.endswith(("ing", "ed", "en"))]
    return bool(found.group("about")) or not verb_forms


#: What follows *is* / *are* when the sentence tells what was done to a thing or what it does,
#: not what it is: *Microplastics were found in all 45 rivers*, *is expected to*, *are still*.
_NOT_WHAT_IT_IS = r"(?:\w+ed|found|made|seen|known|built|taken|given|held|kept|being|been|not|still|also|now)\b"


def defines(question: str, text: str) -> bool:
    """Whether ``text`` says what the thing *What is X?* asks about is, in a sentence of its own:
    *A heat pump works like an air conditioner running in reverse*, *Veltrazine, a drug that
    ...*, *a method known as phonics*, not *replacing a furnace with an electric heat pump*.

    >>> defines("What is a heat pump?", "Rebates cover a heat pump. A heat pump works like a fridge.")
    True
    >>> defines("What is a heat pump?", "Rebates cover an electric heat pump.")
    False
    >>> defines("What are microplastics?", "Microplastics were found in all 45 rivers.")
    False
    """
    found = _ASKS_DEFINITION.match(question)
    if found is None:
        return False
    thing = r"\s+".join(re.escape(w) for w in found.group("thing").split())
    return bool(
        re.search(
            rf"(?:^|[.!?]\s+)(?:(?:an?|the)\s+)?{thing}(?:\s+(?:(?:is|are|was|were)(?!\s+{_NOT_WHAT_IT_IS})|works?|means?|refers?)\b"
            r"|,\s+(?:an?|the)\s)"
            rf"|\b(?:known as|called)\s+{thing}\b",
            text,
            re.IGNORECASE,
        )
    )


#: An amount of money: what *How much does it cost?* wants (*$249*, *€1.8 billion*, *30 million
#: euros*, *45 crowns*).
MONEY_PATTERN = re.compile(
    rf"[$€£¥]\s?\d|(?:\d[\d,.]*|\b(?:{'|'.join(NUMBER_WORDS)}))(?:\s+(?:million|billion|trillion|thousand))?"
    r"\s+(?:dollars?|euros?|cents?|pounds?|crowns?|yen|francs?|pesos?|rupees?)\b",
    re.IGNORECASE,
)
_ASKS_MONEY = re.compile(
    r"\bhow much\b(?=.*\b(?:cost|costs|costing|pay|pays|paid|paying|worth|spend|spent|spending|money|price|prices|"
    r"fine|fined|earn|earns|earned|earning|charge|charges|charged|charging|bail|fee|fees|salary|sell|sells|sold|"
    r"selling|buy|bought|steal|stole|stolen|prize|reward|jackpot|bonus|grant|settlement|wage|wages|pension|refund|"
    r"subsidy|loan|donation|budget|bill|fare|fares|toll|tolls|tuition|ticket|tickets)\b)|"
    # an amount of money by its name (*How much profit did it make?*; not *How much did profits rise?*)
    r"\bhow much (?:profit|revenue|income|ransom|debt|compensation|funding|tax|cash|rent|interest)\b|"
    # or by what it is the amount of (*What was the peak price?*)
    r"^\s*what\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:price|prices|cost|fee|fees|fine|salary|bail|fare|fares|rent|budget|bill)(?:\s*\?*$|\s+(?:of|for)\b)",
    re.IGNORECASE,
)


#: The verbs of *What happened?*: they name no event, so the question asks for the story's own.
EVENT_TERMS = frozenset({"happen", "occur"})
#: *something like this*, *anything like it*: the story's own event, as *this* is.
_LIKE_THIS = re.compile(r"\blike (?:this|that|it)\b", re.IGNORECASE)


def asks_the_story_itself(query: Query, headline: frozenset[str] = frozenset()) -> str | None:
    """For a question whose only words are :data:`EVENT_TERMS`, and maybe the words of the
    story's ``headline`` (terms) that name its event (*Where did the avalanche happen?*, under
    *Avalanche kills two skiers*), the kind of answer the story's
    first paragraph that answers it must hold (:func:`expected_answer`): ``"time"`` for *When
    did it happen?*, ``"place"`` for *Where*, ``""`` (anything: the lede, which tells the news)
    for *What happened?*; ``"precedent"`` for *Has this happened before?*, which asks about the
    story's event told of before. None for any other question.

    >>> asks_the_story_itself(parse_query("When did it happen?")), asks_the_story_itself(parse_query("What happened?"))
    ('time', '')
    >>> asks_the_story_itself(parse_query("Has anything like this happened before?"))
    'precedent'
    >>> asks_the_story_itself(parse_query("What happened in April?")) is None
    True
    >>> asks_the_story_itself(parse_query("Where did the avalanche happen?"), frozenset({"avalanch", "kill"}))
    'place'
    """
    words = set(query.counts) - ({"like"} if _LIKE_THIS.search(query.text) else set())
    if words and headline and expected_answer(query.text) == "place":
        words -= headline  # (the lede may tell of a later event's time: *arrested ... a day after*)
        if not words:  # *Where is the restaurant?* under *Restaurant review: Fennel & Fig*
            return "place"
    if not words or not words <= EVENT_TERMS:
        return None
    if asks_before(query.text):
        return "precedent"
    kind = expected_answer(query.text)
    return kind if kind in ("time", "place", "person") else "" if kind is None else None


def asks_money(question: str) -> bool:
    """Whether ``question`` asks for an amount of money (*How much does the Aura cost?*).

    >>> asks_money("How much does the Aura cost?"), asks_money("How much did shares fall?")
    (True, False)
    >>> asks_money("How much have production costs risen?"), asks_money("How much is Fieldnote paying?")
    (False, True)
    """
    return (
        bool(_ASKS_MONEY.search(question))
        and not _ASKS_CHANGE.search(question)
        and not _ASKS_OTHER_AMOUNT.search(question)
    )


#: *How much* and a noun that is not money, then its verb: *How much data was stolen?* asks for an
#: amount of data (*300 gigabytes*), not of money, though *stolen* is a verb of money elsewhere.
_ASKS_OTHER_AMOUNT = re.compile(
    r"\bhow much (?!(?:money|cash|profit|revenue|income|ransom|debt|compensation|funding|tax|taxes|rent|interest|"
    r"tuition|fee|fees|fine|salary|bail|fare|fares|bill|budget|price|cost|pay|prize|reward|funds?)\b)[a-z]+ "
    r"(?:was|were|is|are|has|have|had|did|do|does|will|would|could|can)\b",
    re.IGNORECASE,
)


#: A verb of change: *How much have prices fallen?* asks by how much (*by about half*, *25%*), not
#: for an amount of money.
_ASKS_CHANGE = re.compile(
    r"\b(?:rise|rises|rose|risen|fall|falls|fell|fallen|increase|increased|drop|dropped|grow|grew|grown|"
    r"climb|climbed|jump|jumped|decline|declined|soar|soared|surge|surged|(?:go|goes|going|gone|went) (?:up|down)|"
    r"(?:come|comes|coming|came) down)\b",
    re.IGNORECASE,
)
_ASKS_WILL = re.compile(r"^\s*(?:what|how)\s+(?:will|would)\b", re.IGNORECASE)


def asks_will(question: str) -> bool:
    """Whether ``question`` asks what is to come, not a time or a yes or no (*What will customers
    get?*, *How will the state pay for it?*): a sentence that looks ahead answers it.

    >>> asks_will("What will customers get?"), asks_will("What did customers get?")
    (True, False)
    """
    return bool(_ASKS_WILL.search(question))


#: *Who published the figures?*, *Who carried out the study?*: who the findings come from.
_ASKS_SOURCE = re.compile(
    r"^\s*who\s+(?:published|released|compiled|produced|collected|carried\s+out|conducted|commissioned)"
    r"\s+(?:the\s+|this\s+|these\s+)?(?:new\s+|latest\s+)?"
    r"(?:figures|data|statistics|stats|numbers|report|survey|research|study|findings|poll|analysis|review|census)\b",
    re.IGNORECASE,
)
#: Where a story's findings come from, named: *according to the property website Rightmove*,
#: *a survey by the Australian Institute of Marine Science*, *Researchers at the University of
#: Bristol*, *published by the charity Clean Rivers Trust*.
SOURCE_PATTERN = re.compile(
    r"\b(?:according\s+to|(?:survey|study|research|report|analysis|poll|review|figures|data|census)\s+(?:by|from)|"
    r"(?:researchers|scientists|academics|experts|economists|analysts|a\s+team)\s+(?:at|from|led\s+by)|"
    r"(?:published|released|compiled|carried\s+out|conducted|commissioned)(?:\s+[\w,]+){0,3}?\s+by)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}?[A-Z]"
)


def asks_source(question: str) -> bool:
    """Whether ``question`` asks who the story's findings come from (*Who published the
    figures?*, *Who carried out the survey?*), which the story tells as their source.

    >>> asks_source("Who published the figures?"), asks_source("Who carried out the study?")
    (True, True)
    >>> asks_source("Who published the book?"), asks_source("What did the study find?")
    (False, False)
    """
    return bool(_ASKS_SOURCE.search(question))


def asks_clock(question: str) -> bool:
    """Whether ``question`` asks for a time of day (*What time did it start?*).

    >>> asks_clock("What time did the robbery happen?"), asks_clock("When did it happen?")
    (True, False)
    """
    return bool(_ASKS_CLOCK.search(question))


def asks_measure(question: str) -> str | None:
    """What finer kind of number ``question`` asks for: ``"age"`` (*How old*), ``"duration"``
    (*How long*), ``"size"`` (an amount not of time: *How big*, *How far*), ``"measure"`` (an
    amount with its unit: *How much*, *How expensive*), ``"quantity"`` (one that is not money:
    *How loud*), ``"length"`` (a size or a time: *How long is the bridge?*), ``"tally"`` (*What
    was the score?*) or None (a count: *How many*).

    >>> asks_measure("How big is it?"), asks_measure("How old is she?"), asks_measure("How long?")
    ('size', 'age', 'duration')
    >>> asks_measure("How loud is the dock?"), asks_measure("How expensive is it?")
    ('quantity', 'measure')
    """
    if _ASKS_TALLY.search(question):
        return "tally"
    found = _ASKS_MEASURE.search(question)
    if found is None:
        degree = _ASKS_DEGREE.search(question)
        if degree is None:
            return None
        return "measure" if degree.group().split()[-1].lower() in _MONEY_DEGREES else "quantity"
    if _ASKS_LENGTH.match(question):
        return "length"
    return _FINER_NUMBER.get(found.group().split()[-1].lower(), "measure")


#: *How long is the bridge?*: a length or a length of time, which no verb tells apart (*How
#: long will the strike last?* asks the time).
_ASKS_LENGTH = re.compile(r"^\s*how\s+long\s+(?:is|are|was|were)\s+(?:the|a|an|its|their|his|her)\b[^?]*\??\s*$", re.I)


_HOW_MANY_WHAT = re.compile(
    r"\bhow many\s+((?:[\w'’-]+\s+){1,4}?)(?:do|does|did|is|are|was|were|will|would|can|could|have|has|had|"
    r"should|may|might|must)\b",
    re.IGNORECASE,
)


def counted_words(query: Query) -> frozenset[str]:
    """The terms of what *How many ...?* counts: :attr:`Query.counted`, the words between it and
    the verb (*How many parking spaces does ...*: ``park``, ``space``) and their related forms
    (*rescuers*: *rescue workers*), or none.

    >>> sorted(counted_words(parse_query("How many rescuers were sent?")))
    ['rescu', 'rescuer']
    """
    if query.counted is None:
        return frozenset()
    found = _HOW_MANY_WHAT.search(query.text)
    words = {query.counted, *(terms(found.group(1), query.names) if found else ())}
    return frozenset(words | {form for word in words for form in related(word)})


def asks_future(question: str) -> bool:
    """Whether ``question`` asks about what is still to come (*When will the museum reopen?*).

    >>> asks_future("When will it reopen?"), asks_future("When did it close?")
    (True, False)

    *should* asks for advice, which any tense gives (*It advised people to stay out of the sun
    between 11 a.m. and 3 p.m.*):

    >>> asks_future("When should people stay out of the sun?")
    False
    """
    return any(m.group().lower() != "should" for m in FUTURE_PATTERN.finditer(question))


_ASKS_AHEAD = re.compile(r"\b(?:will|won't|going to|in the future)\b", re.IGNORECASE)


def asks_ahead(question: str) -> bool:
    """Whether ``question`` asks what will be, not what can be (*How many jobs will it create?*,
    not *How many passengers can the ferry carry?*).

    >>> asks_ahead("Who will run the airline?"), asks_ahead("How far can a bike go?")
    (True, False)
    """
    return bool(_ASKS_AHEAD.search(question))


_ASKS_START = re.compile(r"^\s*when\b.*\b(?:start|starts|begin|begins|take effect|takes effect)\b", re.IGNORECASE)
#: The words that make a time the start of something: *frozen from 1 April*, *starting
#: Monday*, *began in June 2021*, *takes effect on May 1*; matched against the text just before a time.
START_BEFORE_TIME = re.compile(
    r"\b(?:(?:from|starting|beginning|as of|effective)\s+(?:on\s+|in\s+)?|"
    r"(?:start|starts|started|begin|begins|began|begun|take effect|takes effect|took effect)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:on|in|at)\s+)$",
    re.IGNORECASE,
)


def asks_start(question: str) -> bool:
    """Whether ``question`` asks when something starts (*When does the freeze start?*).

    >>> asks_start("When does the fare freeze start?"), asks_start("When did the fire end?")
    (True, False)
    """
    return bool(_ASKS_START.search(question))


def asks_how_to(question: str) -> bool:
    """Whether ``question`` asks how the one asking can do something (*How do I bake a cake?*,
    *How can we apply?*): what a news story answers only where it tells of that very thing.

    >>> asks_how_to("How do I bake a cake?"), asks_how_to("How did the fire start?")
    (True, False)
    """
    return bool(_ASKS_HOW_TO.search(question))


_ASKS_HOW_TO = re.compile(r"^\s*how\s+(?:do|can|could|should|would|may|might)\s+(?:i|we|you|one)\b", re.IGNORECASE)
_ASKS_MODAL = re.compile(r"^\s*(?:can|could|will|would|might|may|should)\b", re.IGNORECASE)


def asks_modal(question: str) -> bool:
    """Whether ``question`` asks yes or no with a modal verb, about what may or will be.

    >>> asks_modal("Could the fee go up?"), asks_modal("Did the fee go up?")
    (True, False)
    """
    return bool(_ASKS_MODAL.search(question))


def asks_yes_or_no(question: str) -> bool:
    """Whether ``question`` asks yes or no (it opens with an auxiliary verb), so that a passage
    saying the opposite answers it as well as one saying the same.

    >>> asks_yes_or_no("Is it legal to kill a wolf?"), asks_yes_or_no("Who hired him?")
    (True, False)
    """
    return bool(_ASKS_YES_OR_NO.search(question))


def expected_answer(question: str) -> str | None:
    """What kind of answer ``question`` asks for: ``"time"``, ``"number"``, ``"person"``,
    ``"place"``, ``"reason"``, ``"quote"`` (what someone said) or None.

    >>> [expected_answer(q) for q in ("When did it begin?", "How many users?", "Who led it?")]
    ['time', 'number', 'person']
    >>> expected_answer("Where is it based?"), expected_answer("What caused the fire?")
    ('place', 'reason')
    >>> expected_answer("What did the sheriff warn drivers?"), expected_answer("What is the union's response?")
    ('quote', 'quote')
    """
    if _ASKS_TIME.search(question):
        return "time"
    if _ASKS_TALLY.search(question):
        return "number"
    if _ASKS_NUMBER.search(question) or _ASKS_DEGREE.search(question):
        return "number"
    if _ASKS_REASON.search(question):
        return "reason"
    if _ASKS_PLACE.search(question):
        return "place"
    if _ASKS_PERSON.search(question):
        return "person"
    if _ASKS_QUOTE.search(question):
        return "quote"
    return None
