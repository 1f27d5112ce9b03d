"""Questions analysed: terms, names, and the kind of answer they ask for."""

from __future__ import annotations

import re

import pytest

from knowledge.query import (
    AGE_PATTERN,
    DIMENSION_PATTERN,
    DURATION_PATTERN,
    FUTURE_PATTERN,
    MEASURE_PATTERN,
    NUMBER_PATTERN,
    PERSON_PATTERN,
    PLACE_PATTERN,
    QUANTITY_PATTERN,
    QUOTE_PATTERN,
    REASON_PATTERN,
    SIZE_PATTERN,
    TALLY_PATTERN,
    TIME_PATTERN,
    asks_future,
    asks_how_to,
    asks_measure,
    asks_money,
    expected_answer,
    names_the_thing,
    parse_query,
)


@pytest.mark.parametrize(
    ("question", "terms", "kind"),
    [
        ("How old is Darnell Hughes?", ["darnel", "hugh"], "number"),  # asks for a number, not about age
        ("How long did firefighters fight the blaze?", ["blaze", "fight", "firefight"], "number"),
        ("How tall is the tower?", ["tower"], "number"),
        ("How soon will units ship?", ["ship", "unit"], "time"),
        ("Is the mill old?", ["mill", "old"], None),  # "old" outside "how old" is a word of the question
        ("How many times has the capsule flown?", ["capsul", "fli"], "number"),  # how often, not about times
        ("What happened in May?", ["happen", "may"], None),  # the month, not the stop word
        ("May I ask who won?", ["ask", "win"], None),  # the verb, opening the question
        ("What is causing the melt?", ["caus", "melt"], "reason"),  # a cause, in any tense
        ("What's behind the rise?", ["rise"], "reason"),
        ("What may have caused the crash?", ["caus", "crash"], "reason"),  # a cause, with a modal
        ("What cause did she support?", ["caus", "support"], None),  # the noun, not the verb
        ("How complete is the skeleton?", ["complet", "skeleton"], "number"),  # a degree: "80 percent complete"
        ("How long will the strike last?", ["strike"], "number"),  # the verb says "how long" again
        ("How long was the last strike?", ["last", "strike"], "number"),  # which strike
    ],
)
def test_the_word_after_how_says_what_kind_of_answer(question: str, terms: list[str], kind: str | None) -> None:
    assert sorted(parse_query(question).counts) == terms
    assert expected_answer(question) == kind


def test_what_a_who_or_what_is_question_asks_about() -> None:
    """*Who is the police chief of Ashford?* asks about the police chief; *the new rate* is the
    rate (a story names it without *new*)."""
    assert parse_query("Who is the police chief of Ashford?").asked == {"polic", "chief"}
    assert parse_query("What is the new interest rate?").asked == {"interest", "rate"}
    # a past participle after the noun says what was done with it, not which thing is asked about
    assert parse_query("What is the money used for?").asked == {"money"}
    assert parse_query("What is the proposed budget?").asked == {"propos", "budget"}


def test_years_are_times_and_lengths_of_time_are_not() -> None:
    assert not NUMBER_PATTERN.search("the last wolf was shot in 1921, in the 1920s")
    assert NUMBER_PATTERN.search("about 1,800 students") and NUMBER_PATTERN.search("$1.2 million")
    for text in ("open from 9 a.m. to 4 p.m.", "resumed at 11:20", "sworn in on January 2", "on Jan. 15"):
        assert not NUMBER_PATTERN.search(text), text
    assert TIME_PATTERN.search("two weeks ago") and TIME_PATTERN.search("last year")
    assert not TIME_PATTERN.search("I gave that place eleven years")
    assert TIME_PATTERN.search("an agreement by the end of the year") and TIME_PATTERN.search("within two weeks")
    assert TIME_PATTERN.search("the winner coming in the 87th minute")
    for text in ("headed the winner with eight minutes left", "sent off just before half-time", "in stoppage time"):
        assert TIME_PATTERN.search(text), text


def test_a_place_is_named_after_a_preposition_or_an_organisation_s_of() -> None:
    assert PLACE_PATTERN.search("made by Corvan Therapeutics of San Diego, will be sold")
    assert PLACE_PATTERN.search("burst beneath Canal Street") and not PLACE_PATTERN.search("the price of Stedra")


def test_who_is_answered_by_a_name_or_an_acronym_not_a_place() -> None:
    assert PERSON_PATTERN.search("It was found by Daniel Okoro on Sunday.")
    assert PERSON_PATTERN.search("The FBI and the state's cybersecurity office are investigating.")
    assert not PERSON_PATTERN.search("A hiker missing for five nights on Mount Ashby was found alive.")
    assert not PERSON_PATTERN.search("Mercy Hospital said he was flown to Lake Tahoe.")  # opens its sentence; a place


def test_may_is_a_time_only_as_the_month() -> None:
    assert TIME_PATTERN.search("We asked people nicely in May") and TIME_PATTERN.search("on May 5, 2020")
    assert not TIME_PATTERN.search("The company may close the plant")
    assert NUMBER_PATTERN.search("It has flown the capsule twice")


def test_a_temperature_is_an_amount() -> None:
    from knowledge.query import SIZE_PATTERN

    assert SIZE_PATTERN.search("pushed temperatures to 41C") and SIZE_PATTERN.search("a high of 104°F")
    assert not SIZE_PATTERN.search("a 4K TV")


def test_how_many_names_what_it_counts() -> None:
    assert parse_query("How many astronauts will fly?").counted == "astronaut"
    assert parse_query("How much rain has fallen?").counted == "rain"
    assert parse_query("How much is the fine?").counted is None  # "is" is no thing to count
    assert parse_query("How many other councils are interested?").counted == "council"
    assert parse_query("How many extra staff were hired?").counted == "staff"
    assert parse_query("Who is the commander?").counted is None
    # a name before the noun says which ones: the noun is counted (*Spanish* stays a name asked)
    assert parse_query("How many Spanish provinces are on red alert?").counted == "provinc"
    assert parse_query("How many US troops died?").counted == "troop"
    assert parse_query("How many Americans have kidney disease?").counted == "american"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How big is the forest?", "size"),
        ("How far is the mine from the frogs?", "size"),
        ("how long will the restrictions last", "duration"),
        ("How much is the fine?", "measure"),
        ("How full is the reservoir?", "measure"),
        ("How old is the airline?", "age"),
        ("How loud is the dock?", "quantity"),  # a degree, not money: *82 decibels*, not *$1,099*
        ("How long is the bridge?", "length"),  # a length, or a length of time
        ("How long will the strike last?", "duration"),
        ("How expensive is the robot?", "measure"),
        ("How many pilots are on strike?", None),  # a count: the counted word decides
        ("When did it open?", None),
        ("What was the final score?", "tally"),
        ("What was the Senate vote?", "tally"),  # which vote
        ("What was the council's vote?", "tally"),
        ("What was the test result?", None),  # a result is a tally only when final
    ],
)
def test_how_much_big_long_and_old_ask_for_a_measure_or_an_age(question: str, kind: str | None) -> None:
    assert asks_measure(question) == kind


@pytest.mark.parametrize(
    ("pattern", "found", "not_found"),
    [
        # a score or a vote: two numbers joined by a dash, or by *to* after a vote
        (
            TALLY_PATTERN,
            [
                "beating the Mariners 2-1",
                "voted 31 to 9 on Tuesday",
                "a vote of 8 to 3, it",
                "by 71 per cent to 29%",
                "passed the state Senate 24 to 15 last month",
                "upheld the ruling 6 to 3.",
                "passed by 314 votes to 291, a majority of 23",
                "won 1,204 votes to 998",
            ],
            [
                "a 68-year-old",
                "rose from 86 per cent to 91 per cent",
                "ages 5 to 11",
                "sentences of 5 to 10 years",
                "approved for ages 5 to 12",
                "passed 3 to 5 years ago",
            ],
        ),
        # *How big is the forest?* wants *1.4 million acres*, not *in more than 100 years*
        (
            SIZE_PATTERN,
            [
                "1.4 million acres",
                "15 feet wide",
                "$9 million",
                "about 1.1 times as wide",
                "9 percent",
                "dug down about 40 centimetres",
                "a 12 mm crack",
                "gusts of 90 mph",
                "a 3-ounce bar",
                "a round, 9.8cm-tall disc",
                "lifts 12mm on carpet",
                "a 400MW wind farm",
                "reaches 82 decibels",
            ],
            ["in more than 100 years", "six weeks", "for 18 months", "150 residents", "its 5G network", "in 3D"],
        ),
        # *How long will it last?* wants an amount of time, not of money (*starting at $1,299*)
        (DURATION_PATTERN, ["up to 22 hours", "six weeks", "for 18 months"], ["starting at $1,299", "15 feet"]),
        # *How loud is the dock?* wants *82 decibels*, not *$1,099*
        (QUANTITY_PATTERN, ["82 decibels", "96 percent", "a 5kg bag"], ["at $1,099", "5 dollars", "£24"]),
        # a quotation opened, or one closed after the sentence's own words; not a word in scare quotes
        (
            QUOTE_PATTERN,
            ['"We will build it this year," she said.', 'I just wanted my name on my song," Bell told reporters.'],
            ['The device, known internally as "Crane", would cost roughly half as much.', 'the "fix" failed'],
        ),
        # *How big / tall / far?*: a measure written with the dimension it measures
        (
            DIMENSION_PATTERN,
            [
                "a round, 9.8cm-tall disc",
                "about 1,600 light-years across",
                "13.5 billion light-years away",
                "15 metres long",
                "a hole 40 feet deep",
            ],
            ["3,000 years old", "a 320-bed hospital", "15 metres from the shore", "twice as tall"],
        ),
    ],
)
def test_a_tally_and_a_size(pattern: re.Pattern[str], found: list[str], not_found: list[str]) -> None:
    for text in found:
        assert pattern.search(text), text
    for text in not_found:
        assert not pattern.search(text), text


def test_an_amount_has_a_unit_and_an_age_reads_as_one() -> None:
    for text in ("1.4 million acres", "$212 million", "at least six weeks", "38 percent", "up to a year", "4%"):
        assert MEASURE_PATTERN.search(text), text
    for text in ("150 residents lined up", "a 5-2 vote", "Model T2", "closed until Thursday"):
        assert not MEASURE_PATTERN.search(text), text
    for text in (
        "The 68-year-old bridge",
        "Darnell Hughes, 41, of Columbus",
        "since 1887",
        "homes built in the 1950s",
        "its 38-year history",
        "died on Thursday. She was 91.",  # an obituary's
        "at the age of six",
        "learned to play at age 5",
    ):
        assert AGE_PATTERN.search(text), text
    for text in (
        "a raise over three years",
        "on March 3, 2025",
        "Route 9, two miles south",
        "she was 3 points behind",
        "Nilsson, who is 1.96m tall, said",  # a height, not an age of 1
    ):
        assert not AGE_PATTERN.search(text), text
    # an age at another time says how old someone was then, not how old they are
    assert not AGE_PATTERN.search("first climbed Everest in 1994, when he was 22, carrying loads")


def test_a_time_to_come_is_told_from_a_past_one() -> None:
    assert asks_future("When will the museum reopen?") and asks_future("when is the launch expected to happen")
    assert not asks_future("When did the museum open?")
    assert FUTURE_PATTERN.search("The museum will stay closed until Thursday")
    assert not FUTURE_PATTERN.search("It is the first theft since it opened in 1931.")


def test_how_do_i_asks_how_to_do_something() -> None:
    assert asks_how_to("How do I bake a cake?") and asks_how_to("how can we apply for the grant")
    assert not asks_how_to("How did the fire start?") and not asks_how_to("How do the factories check devices?")


@pytest.mark.parametrize(
    ("question", "text", "named"),
    [
        ("What is the name of the ship?", "He boarded the cruise ship Coral Majesty.", True),
        ("what is the fire called", "The Cedar Fire has burned 18,500 acres.", True),  # the word in the name
        ("What is the name of the ship?", "The ship's owner, Halden Shipping of Norway, said so.", False),  # its owner
        ("What is the name of the ship?", "A container ship ran aground in the Kessel Canal.", False),  # a place
        ("What is her surgeon's name?", "Surgeons fitted a rod. She fell on Mount Pell.", False),
    ],
)
def test_a_name_beside_the_thing_names_it(question: str, text: str, named: bool) -> None:
    assert names_the_thing(parse_query(question), text) == named


def test_a_phrasal_verb_in_a_question_is_the_verb_it_stands_for() -> None:
    """*When will Keane step down?* asks when he resigns, as the index reads the story's *will
    step down*: the particle is read with its verb, not dropped as a stop word."""
    assert parse_query("When will Keane step down?").order == ("kean", "resign")
    assert parse_query("Why did fares go up?").order == ("fare", "rise")
    assert parse_query("Who set up the fund?").order == ("establish", "fund")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How much does a school lunch cost now?", {"lunch"}),
        ("How much is the museum ticket?", {"ticket"}),
        ("How much does the Lumen stylus cost on its own?", {"stylus"}),
        ("How much was the stolen jewelry worth?", {"jewelri"}),
        ("How much did Porto pay for Ruiz?", set()),  # a name: the names' rule looks for it
        ("How much did people pay before?", set()),  # anyone who paid: *Households ...*
        ("How much rain fell?", set()),  # what is counted, not what it is of
        ("How much is the government contributing?", {"govern"}),  # the *-ing* word is the verb
        ("How much is parking?", {"park"}),  # unless it is the thing
    ],
)
def test_how_much_asks_the_amount_of_a_thing(question: str, asked: set[str]) -> None:
    """*How much does X cost?*: X's head word is what the amount is of, and must be found."""
    assert parse_query(question).asked == asked


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("How much does the Aura cost?", True),
        ("How much is the prize?", True),  # money by its name
        ("How much are tickets at the stadium?", True),
        ("How much is the refund?", True),
        ("How much did shares fall?", False),  # by how much, not an amount of money
        ("How much rain fell?", False),
        ("How much data was stolen?", False),  # an amount of data, though *stolen* is money's verb elsewhere
        ("How much money was stolen?", True),
        ("How much tuition will students pay?", True),
    ],
)
def test_a_question_of_money(question: str, money: bool) -> None:
    assert asks_money(question) is money


def test_how_much_does_it_weigh_asks_its_weight() -> None:
    """*How much does the Aero 14 weigh?* asks what *How heavy is it?* does: its weight
    (*Weight: 1.19 kg*), which WordNet does not tie to the verb."""
    assert parse_query("How much does the Aero 14 weigh?").attribute == parse_query("How heavy is it?").attribute


def test_how_much_of_a_name_is_the_names_rules() -> None:
    """*How much is Northern Waters spending?*: with the stories' whole names, the name's term is
    *waters*, not the stem *water*; the names' rule looks for it, not the rule of what is asked."""
    assert parse_query("How much is Northern Waters spending?", frozenset({"northern", "waters"})).asked == set()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Tidewater has closed three other mills since 2019.", False),  # a time, not a reason
        ("The lorry was stuck for hours after 2pm on Friday.", False),
        ("Crowds gathered over the weekend.", False),
        ("It has struggled since the plant lost its biggest contract.", True),
        ("The mill closed after demand for paper collapsed.", True),
        ("Staff walked out over concerns about safety.", True),
        ("The company blamed rising energy bills.", True),
    ],
)
def test_a_reason_is_no_time(text: str, reason: bool) -> None:
    """*since*, *after* and *over* give a reason, unless a time follows them."""
    assert bool(REASON_PATTERN.search(text)) is reason
