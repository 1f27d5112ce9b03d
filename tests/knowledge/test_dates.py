"""Time expressions: a table of the forms news writing uses, resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.dates import _VAGUE, DISTANT_PAST, FUTURE, NOW, RECENT_PAST, find_times, sort_day, tense

THURSDAY = dt.date(2023, 8, 10)


def times(sentence: str, published: dt.date | None = THURSDAY) -> list[tuple]:
    out = []
    for t in find_times(sentence, published):
        row = (t.text, t.date)
        if t.approximate:
            row += ("approximate",)
        if t.end_date:
            row += ("end " + t.end_date,)
        if t.period:
            row += (t.period,)
        out.append(row)
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # absolute
        ("The vote was first proposed in 2014.", [("in 2014", "2014")]),
        ("The plan was drafted in August 2019.", [("August 2019", "2019-08")]),
        ("The meeting is on 5 September 2024.", [("5 September 2024", "2024-09-05")]),
        ("It opened on July 4, 1999, to crowds.", [("July 4, 1999", "1999-07-04")]),
        ("The filing is dated 2023-07-04.", [("2023-07-04", "2023-07-04")]),
        ("The park was built in the 1990s.", [("the 1990s", "1990", "approximate")]),
        (
            "Units sold between March 2023 and January 2025 are affected.",
            [("between March 2023 and January 2025", "2023-03", "end 2025-01")],
        ),
        # a year far ahead; a business's quarter, with its year or ahead of publication (a game's
        # *fourth quarter*, told in the past, is no date)
        ("The comet will not return until 2126.", [("until 2126", "2126")]),
        ("Sales fell in the fourth quarter of 2022.", [("the fourth quarter of 2022", "2022-10", "end 2022-12")]),
        ("Sales rose in Q2 2023.", [("Q2 2023", "2023-04", "end 2023-06")]),
        ("The deal is expected to close in the third quarter.", [("the third quarter", "2023-07", "end 2023-09")]),
        ("The deal will close in the first quarter.", [("the first quarter", "2024-01", "end 2024-03")]),
        ("She scored 12 points in the fourth quarter.", []),
        # a scene's day (*on a gray Tuesday*) and a rate (*30 times in a month*) are no dates
        ("At 6 a.m. on a gray Tuesday, she is already in the kitchen.", [("At 6 a.m.", None, "clock")]),
        ("Drivers who cross more than 30 times in a month get a discount.", []),
        ("The results will be known in a month.", [("in a month", "2023-09", "approximate")]),
        # a participle after a present verb of scope names what a rule takes in: no past
        ("The new fees apply to tickets bought on or after August 14.", [("August 14", "2023-08-14")]),
        ("The fees applied to tickets bought before August 14.", [("August 14", "2022-08-14")]),
        # an age of the universe after an event is no day of the news (the time after it is its own)
        (
            "Its light left it 290 million years after the Big Bang, a study published on Tuesday found.",
            [("on Tuesday", "2023-08-08")],
        ),
        # a month or day without a year: the tense decides
        ("Complaints were posted in October.", [("in October", "2022-10")]),
        ("Construction will begin in September.", [("in September", "2023-09")]),
        ("The rule takes effect on September 5.", [("on September 5", "2023-09-05")]),
        ("The rule took effect on August 1.", [("on August 1", "2023-08-01")]),
        ("The law passed in May.", [("in May", "2023-05")]),
        ("The store opened last March.", [("last March", "2023-03")]),
        ("It will reopen next June.", [("next June", "2024-06")]),
        # the middle of a month or year, with a hyphen or without
        ("Members will vote on the agreement in mid-May.", [("mid-May", "2024-05")]),
        ("Members will vote in mid October.", [("mid October", "2023-10")]),
        ("The plant will open in mid-2025.", [("2025", "2025")]),
        ("The report arrives this fall.", [("this fall", "2023-09", "approximate")]),
        # "last summer", written in August, is the summer before this one; "in the autumn" takes
        # the clause's tense, and with none is a habit, not a date
        ("Last summer, the city handed out masks.", [("Last summer", "2022-06", "approximate")]),
        ("Work is due to start in the autumn.", [("in the autumn", "2023-09", "approximate")]),
        ("The bill passed in the winter.", [("in the winter", "2022-12", "approximate")]),
        ("Warmer winters push vines to bud earlier in the spring.", []),
        # weekdays and relative days
        ("The board voted on Monday.", [("on Monday", "2023-08-07")]),
        ("BrightHome said on Tuesday that it would recall the units.", [("on Tuesday", "2023-08-08")]),
        ("The club will hold a parade on Wednesday.", [("on Wednesday", "2023-08-16")]),
        ("A fire early Sunday destroyed the mill.", [("early Sunday", "2023-08-06")]),
        ("It rained yesterday.", [("yesterday", "2023-08-09")]),
        ("It opens tomorrow.", [("tomorrow", "2023-08-11")]),
        ("It was announced last week.", [("last week", "2023-08-03", "approximate")]),
        ("The report came out two weeks ago.", [("two weeks ago", "2023-07-27", "approximate")]),
        ("It closed three days ago.", [("three days ago", "2023-08-07")]),
        ("Prices rose last month.", [("last month", "2023-07")]),
        ("The team will travel next month.", [("next month", "2023-09")]),
        ("Profits fell last year.", [("last year", "2022")]),
        # two times in one sentence, and one stated through another
        (
            "The board voted on Tuesday, nine years after the idea was first proposed in 2014.",
            [("on Tuesday", "2023-08-08"), ("in 2014", "2014")],
        ),
        (
            "The team rallied two days after the loss on Monday.",
            [("two days after the loss on Monday", "2023-08-09"), ("on Monday", "2023-08-07")],
        ),
        # vague times keep their wording and get a period
        ("He was recently promoted.", [("recently", None, RECENT_PAST)]),
        ("At the time, nobody knew.", [("At the time", None, DISTANT_PAST)]),
        ("Our job now is to fix it.", [("now", None, NOW)]),
        ("Until now, only poor families qualified.", []),  # what was so until now is not now
        ("Going forward, it will be different.", [("Going forward", None, FUTURE)]),
        ("It will now finish in November.", [("in November", "2023-11")]),  # the vague word adds nothing
        # not times
        ("That data may have been used.", []),
        ("About 2000 students attended.", []),
        ("The team won 2-1 before 18,000 fans.", []),
        ("We will meet them.", []),
        ("The march began at noon.", [("at noon", None, "clock")]),  # dated by the timeline
        ("It lost steering at around 5.40am.", [("at around 5.40am", None, "clock")]),  # British style
        # a span of weekdays lies in one week, whichever end the tense reads first
        (
            "The agency issued a warning from 6pm on Saturday until midday on Sunday.",
            [("on Saturday", "2023-08-12"), ("on Sunday", "2023-08-13")],
        ),
        ("Roads were closed from Monday to Wednesday.", [("Monday", "2023-08-07"), ("Wednesday", "2023-08-09")]),
        ("Pupils will attend school Tuesday through Friday.", [("Tuesday", "2023-08-15"), ("Friday", "2023-08-18")]),
        ("It will be open from 10 a.m. to 6 p.m. Tuesday through Sunday.", []),  # a week's hours, no event
        # a participle is no past tense where the sentence looks ahead
        ("Stores will honor the price for orders placed before August 15.", [("August 15", "2023-08-15")]),
        ("Companies have until February 9 to comply.", [("February 9", "2024-02-09")]),  # a deadline
        # what was decided to be done *this winter* is done the winter to come
        ("It voted to hire a company to clear snow this winter.", [("this winter", "2023-12", "approximate")]),
        # the span up to publication, not the distant past; not the last months of a year it names
        ("It got 27 challenges in the past two years.", [("in the past two years", "2021", "approximate", "end 2023")]),
        ("Profit fell in the last three months of 2022.", [("2022", "2022")]),
        # a past verb before *until* a month does not end the span in the past
        ("Her crews were already booked until September.", [("until September", "2023-09")]),
        # *may* in lower case looks ahead, unless it *may have* done something
        ("It may have to cut service by January.", [("by January", "2024-01")]),
        ("The fire may have started on Monday.", [("on Monday", "2023-08-07")]),
        # a passive future, a date with no tense, a scheduled date, a change "by" a length of time
        ("Public fountains will be switched off on Friday.", [("on Friday", "2023-08-11")]),
        ("We need rain to get through September without trucks.", [("through September", "2023-09")]),
        ("The launch, planned for August 25, would have carried three people.", [("August 25", "2023-08-25")]),
        ("The vote, planned for August 2, was delayed.", [("August 2", "2023-08-02")]),
        ("It was put off by at least six weeks after a valve failed on Tuesday.", [("on Tuesday", "2023-08-08")]),
        # a participle after a linking verb, a future of two words, the future of a past
        ("The road is closed until Friday.", [("until Friday", "2023-08-11")]),
        ("The museum will stay closed until Thursday.", [("until Thursday", "2023-08-17")]),
        # the publication's own weekday is that day, however the verb looks ahead; "next" is a week on
        ("Preorders open Thursday on its website.", [("Thursday", "2023-08-10")]),
        ("A rescue team was expected to arrive on Thursday.", [("on Thursday", "2023-08-10")]),
        ("The board will vote next Thursday.", [("next Thursday", "2023-08-17")]),
        ("A mediator is expected to meet both sides on Monday.", [("on Monday", "2023-08-14")]),
        ("The review is expected to report by the end of April.", [("the end of April", "2024-04")]),
        ("The sensors were due to be replaced on Monday.", [("on Monday", "2023-08-07")]),
        # scheduled weekdays are the nearest ones; a date in a sentence that names its year
        (
            "About 70 surgeries scheduled for Wednesday and Thursday were postponed.",
            [("Wednesday", "2023-08-09"), ("Thursday", "2023-08-10")],
        ),
        ("Next year's marathon is set for October 18.", [("Next year", "2024"), ("October 18", "2024-10-18")]),
        ("Forecasters expect it to stay high through Saturday.", [("Saturday", "2023-08-12")]),
        ("The panda house will stay closed until at least October.", [("until at least October", "2023-10")]),
        ("Last year's race was held on October 20.", [("Last year", "2022"), ("on October 20", "2022-10-20")]),
        (
            "The firm, which lost money last year, will open a plant on March 3.",
            [("last year", "2022"), ("on March 3", "2024-03-03")],
        ),
        # a capitalised word is part of a name, not a verb: "Open" in a championship's name
        ("Mehta won the National Open Chess Championship on Sunday.", [("on Sunday", "2023-08-06")]),
        # a schedule that stands now lies ahead: "is scheduled for Monday"
        ("Their first court appearance is scheduled for Monday.", [("Monday", "2023-08-14")]),
        # the end of a span may lie ahead of a past verb; a past date ahead of today is last year's
        ("The airline offered free rebooking through August 25.", [("August 25", "2023-08-25")]),
        ("The airline sold the tickets on August 25.", [("on August 25", "2022-08-25")]),
        # "can", "could" and "might" look ahead, as "would" does
        ("Airlines said it could take until Sunday to clear the backlog.", [("until Sunday", "2023-08-13")]),
        ("Tenants whose rent was raised can file complaints starting in February.", [("in February", "2024-02")]),
        # "should" looks ahead ("should have" does not), and so does what forecasters expect
        ("People should finish their preparations by Friday night.", [("by Friday night", "2023-08-11")]),
        # "by" today's weekday is a week on, but not with a part of the day: tonight
        ("Crews expect to finish by Thursday night.", [("by Thursday night", "2023-08-10")]),
        ("Some homes may not have power until Thursday morning.", [("until Thursday morning", "2023-08-10")]),
        ("Applications must arrive by Thursday.", [("by Thursday", "2023-08-17")]),
        ("They should have left on Monday.", [("on Monday", "2023-08-07")]),
        ("Forecasters expect heavy rain in some areas through Monday.", [("Monday", "2023-08-14")]),
        # a weekday before its date is one time, the date's
        ("The vote was held on Friday, August 4.", [("August 4", "2023-08-04")]),
        ("Drivers will walk out from Tuesday 22 August.", [("22 August", "2023-08-22")]),
        # after an ordinal or a superlative, "in four years" is the span just past, not a date
        ("It is the third rise in four years.", []),
        ("The union called its first strike in 20 years.", []),
        ("It is the second derailment in Harlow in five years.", []),
        ("The second phase in Harlow will open in two years.", [("in two years", "2025", "approximate")]),
        ("The plant will reopen in two years.", [("in two years", "2025", "approximate")]),
        # a span counted from another event is no time of its own
        ("Ministers must declare shares within 30 days of taking office.", []),
        ("The results will come within two weeks after the vote.", []),
        # a participle after "the" describes a noun and has no tense: the nearest August 20
        (
            "The recalled bags carry dates from August 2 to August 20.",
            [("from August 2 to August 20", "2023-08-02", "end 2023-08-20")],
        ),
        # a span of days is one event with its end, into the next year when it must
        (
            "Hackers took card data from shoppers between March 2 and May 28.",
            [("between March 2 and May 28", "2023-03-02", "end 2023-05-28")],
        ),
        (
            "Sales ran from Dec. 28 through January 3.",
            [("from Dec. 28 through January 3", "2022-12-28", "end 2023-01-03")],
        ),
        # a past "within" counts from another event, not from the day of publication
        ("The company removed the software within two days.", []),
        ("Crews will remove the software within two days.", [("within two days", "2023-08-12", "approximate")]),
        # the event that "until" waits for is after the clause's past: the nearest Friday
        ("He was ordered held until a bail hearing on Friday.", [("on Friday", "2023-08-11")]),
        ("He was questioned on Friday.", [("on Friday", "2023-08-04")]),
        # a time that opens the sentence, capitalised, with the tense of the clause after its comma
        ("In January, about 90 people fell ill.", [("In January", "2023-01")]),
        ("Last March, it rained.", [("Last March", "2023-03")]),
        (
            "Between March 2 and May 28, hackers took card data.",
            [("Between March 2 and May 28", "2023-03-02", "end 2023-05-28")],
        ),
        ("On September 3, it opened.", [("On September 3", "2022-09-03")]),
        ("On September 3, it will open.", [("On September 3", "2023-09-03")]),
        # the end of the year or the month: this one's, unless the sentence names its year
        ("They expect a deal by the end of the year.", [("the end of the year", "2023-12", "approximate")]),
        ("It was founded in 2014 and listed at the end of the year.", [("in 2014", "2014")]),
        (
            "They stay until the end of the year, then move to a museum due to open in 2028.",
            [("the end of the year", "2023-12", "approximate"), ("in 2028", "2028")],
        ),
        # a span that starts on a date may start after today, whatever the verb's tense
        ("The council voted to make the change permanent from 1 September.", [("1 September", "2023-09-01")]),
        # *for* a day of a month: the day something is set for, which a past verb may set ahead
        ("The unions have called a strike for September 23.", [("September 23", "2023-09-23")]),
        ("The court set a hearing for 4 September.", [("4 September", "2023-09-04")]),
        # *as soon as* ties one event to another; *for N weeks after* is how long, not when
        ("Students can return as soon as they get a first dose.", []),
        (
            "Students must stay home for three weeks after the last case, officials said on Monday.",
            [("on Monday", "2023-08-07")],
        ),
        # a weekday that recurs is no date
        ("Now we go every Saturday.", [("Now", None, "now")]),
        ("We meet each Monday.", []),
        # "N days earlier than" a clause compares two times; only right before a date it dates one
        ("Budbreak now comes about 10 days earlier than it did in the 1980s.", [("the 1980s", "1980", "approximate")]),
        # a number with a thousands separator is one number, not its last group
        ("The pot was buried about 1,750 years ago.", [("1,750 years ago", "0273")]),
        ("It was 2.5 years ago.", [("years ago", None, "distant past")]),
        ("The animal lived about 67 million years ago.", [("67 million years ago", None, "distant past")]),
        # *in the past year* is the last twelve months; *this winter* in a past clause is the last one
        ("It spent $2 million on repairs in the past year.", [("in the past year", None, "recent past")]),
        ("The heating failed repeatedly this winter.", [("this winter", "2022-12", "approximate")]),
        # a year of the era; before it, no date the calendar holds
        ("The hoard was hidden around AD 260, in a time of war.", [("AD 260", "0260")]),
        ("Vesuvius buried Pompeii in 79 AD.", [("79 AD", "0079")]),
        ("The temple was built in 500 BC.", [("500 BC", None, "distant past")]),
        ("The 4 CEOs met.", []),
        # an infinitive (or *open water*) has no tense: the clause's verb dates the weekday
        ("The whale was guided back to open water on Monday evening.", [("on Monday evening", "2023-08-07")]),
        ("The museum plans to open on Monday.", [("on Monday", "2023-08-14")]),
        # a weekday's event (possessive), with no tense of its own, is past
        ("Holders get $41 a share, a premium over Friday's closing price.", [("Friday", "2023-08-04")]),
        # a day and month of last, this or next year: one date
        ("He poured petrol in the early hours of 3 November last year.", [("3 November last year", "2022-11-03")]),
        ("It is due on June 1 next year.", [("June 1 next year", "2024-06-01")]),
        # a weekend is its Saturday: the coming one unless the clause is past (published on a Thursday)
        ("Extra patrols will be out this weekend.", [("this weekend", "2023-08-12", "approximate")]),
        ("The festival takes place this weekend.", [("this weekend", "2023-08-12", "approximate")]),
        ("Crowds packed the beach this weekend.", [("this weekend", "2023-08-05", "approximate")]),
        ("It happened last weekend.", [("last weekend", "2023-08-05", "approximate")]),
        # days of one month in a list or a span: the first, to the last
        ("Inspectors visited on 23 and 24 September.", [("23 and 24 September", "2022-09-23", "end 2022-09-24")]),
        ("Strikes were planned for March 24, 25 and 26.", [("March 24, 25 and 26", "2023-03-24", "end 2023-03-26")]),
        ("It ran on 4-6 May 2021.", [("4-6 May 2021", "2021-05-04", "end 2021-05-06")]),
        ("It rose to 23 and 24 percent in March.", [("in March", "2023-03")]),
        # a span that starts on a date, with no tense around it, starts ahead
        ("The researchers plan a follow-up study starting in February.", [("in February", "2024-02")]),
    ],
)
def test_time_expressions(sentence: str, expected: list[tuple]) -> None:
    assert times(sentence) == expected


def test_without_a_publication_date_relative_times_stay_as_written() -> None:
    assert times("The board voted on Tuesday, after a plan first made in 2014.", None) == [
        ("on Tuesday", None, RECENT_PAST),
        ("in 2014", "2014"),
    ]
    assert times("It will reopen next June.", None) == [("next June", None, FUTURE)]
    assert times("It rained yesterday.", None) == [("yesterday", None, RECENT_PAST)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [("construction will begin", "future"), ("complaints were posted", "past"), ("it takes effect", "present")],
)
def test_tense(clause: str, expected: str) -> None:
    assert tense(clause) == expected


@pytest.mark.parametrize("phrase", sorted(_VAGUE))
def test_every_vague_time_the_pattern_finds_has_a_period(phrase: str) -> None:
    """*in the coming weeks* was found but had no period, and the timeline failed on it."""
    for written in (phrase, phrase.capitalize(), phrase.upper()):
        found = find_times(f"Growers said vines would grow {written} again.", dt.date(2026, 5, 6))
        assert [(t.text, t.period) for t in found] == [(written, _VAGUE[phrase])]


@pytest.mark.parametrize(
    ("date", "when", "day"),
    [
        ("2023-10", "in October", dt.date(2023, 10, 1)),
        ("2023-10", "late October", dt.date(2023, 10, 31)),
        ("2024-02", "by the end of the month", dt.date(2024, 2, 29)),
        ("2023-12", "the end of the year", dt.date(2023, 12, 31)),
        ("2023", "late 2023", dt.date(2023, 12, 31)),
        ("2023", "in 2023", dt.date(2023, 1, 1)),
        ("2023-08", "later this month", dt.date(2023, 8, 31)),
        ("2023-10-04", "late Sunday", dt.date(2023, 10, 4)),
    ],
)
def test_a_late_time_sorts_at_the_end_of_its_span(date: str, when: str, day: dt.date) -> None:
    assert sort_day(date, when) == day
