"""The TF-IDF index's own rules, on small stories built for each."""

from __future__ import annotations

import warnings

import numpy as np

from knowledge.index import TfidfIndex, counts_in
from knowledge.story import build_story


def test_a_number_counts_only_within_its_clause() -> None:
    """*How many crew members died?*: *all 14 of its crew* counts the crew; *two days later,
    but none of the crew* does not (the number and the noun are in different clauses)."""
    text = (
        "T\n\nWreckage washed ashore two days later, but none of the crew was found.\n\n"
        "The steamer sank in a gale with all 14 of its crew. The 1,200 tons of coal were lost."
    )
    index = TfidfIndex().fit([build_story("wreck", text)])
    rows = np.arange(index.sentences_.shape[0])
    crew = rows[index._counts("crew", rows)]
    assert [index.rows_[index.sentence_paragraph_[r]][1] for r in crew] == [2]
    assert index._counts("ton", rows).sum() == 1  # the comma of 1,200 ends no clause


def test_a_count_may_look_like_a_year_or_be_joined_by_a_hyphen() -> None:
    """*about 1,900 pilots* counts pilots though 1900 could be a year (*in 1900* cannot count);
    *a 320-bed hospital* counts beds; *the seventh eruption* counts eruptions, *the first* none."""
    text = "T\n\nThe union has about 1,900 pilots. In 1900 pilots were rare.\n\nIt is a 320-bed hospital."
    index = TfidfIndex().fit([build_story("s", text)])
    rows = np.arange(index.sentences_.shape[0])
    assert index._counts("pilot", rows).tolist() == [True, False, False]
    assert index._counts("bed", rows).tolist() == [False, False, True]
    assert counts_in("It is the seventh eruption since 2021.", frozenset({"erupt"}))
    assert counts_in("Ilse is the ninth named storm of the season.", frozenset({"storm"}))
    assert not counts_in("It was the first eruption.", frozenset({"erupt"}))
    # what the next number counts is not this one's, and *one of its cars* is one car
    assert not counts_in("nine days after one of its cars struck a cyclist", frozenset({"car"}))
    assert counts_in("The company's 310 cars must stop.", frozenset({"car"}))
    # a number that opens a sentence is spelled out, teens and tens too
    assert counts_in("Fourteen pupils were taken to hospital.", frozenset({"pupil"}))
    assert counts_in("Seventy homes were flooded.", frozenset({"home"}))
    assert counts_in("Forty-one pupils passed.", frozenset({"pupil"}))
    # a share of them counts them too
    share = "the share of students getting at least eight hours of sleep on school nights rose from 27 percent"
    assert counts_in(share, frozenset({"student"}))
    # a gathering's number after a verb of being or of change counts it
    population = "Carra's population has fallen from 2,400 in 2001 to about 1,700."
    assert counts_in(population, frozenset({"popul"}))
    assert counts_in("Turnout was 61,000.", frozenset({"turnout"}))
    assert not counts_in("The population has fallen sharply since 2001.", frozenset({"popul"}))


def test_what_a_number_counts_ends_with_its_plural_noun() -> None:
    """*600,000 of the affected vaults still use* counts vaults, not users (*use*); *pounds of
    king crab* and *paintings by Vermeer* go on to what they are; *the number of cases ... rose
    to 14* counts cases."""
    vaults = "about 600,000 of the affected vaults still use the older setting"
    assert counts_in(vaults, frozenset({"vault"}))
    assert not counts_in(vaults, frozenset({"use"}))
    assert counts_in("It carried 60,000 pounds of king crab.", frozenset({"crab"}))
    assert counts_in("Only about 35 paintings by Vermeer survive.", frozenset({"vermeer"}))
    assert counts_in("after the number of cases in the county rose to 14, officials said", frozenset({"case"}))
    assert not counts_in("the number of cases in the county rose sharply", frozenset({"case"}))
    assert not counts_in("The victim, a 27-year-old man, was found.", frozenset({"man"}))  # an age
    assert counts_in("About 70% of Australian children have an account.", frozenset({"child"}))  # a share
    assert counts_in("Heat deaths in summer 2025 were estimated at more than 18,000.", frozenset({"death"}))
    assert counts_in("Workers at 23 Crumb & Co bakeries voted.", frozenset({"bakeri"}))  # a name with *&*


def test_an_amount_of_money_counts_no_thing() -> None:
    """*$3.2 million for the bikes and stations* counts dollars; *75 docking stations* counts them."""
    text = "T\n\nThe city paid $3.2 million for the bikes and stations.\n\nIt has 75 docking stations and €40 bikes."
    index = TfidfIndex().fit([build_story("bikes", text)])
    rows = np.arange(index.sentences_.shape[0])
    assert [index.rows_[index.sentence_paragraph_[r]][1] for r in rows[index._counts("station", rows)]] == [2]
    assert not index._counts("bike", rows).any()


def test_a_clipped_word_is_the_one_whole_word_it_starts() -> None:
    """*decaf* is no word of the story; *decaffeinated* is the one word it starts. A start that
    several words share, or a short one, finds nothing."""
    story = build_story(
        "coffee",
        "T\n\nDecaffeinated coffee showed a smaller benefit.\n\nThe memorandum and the memorial were read.",
    )
    index = TfidfIndex().fit([story])
    assert index._unclipped("decaf", "coffee") == "decaffein"
    assert index._unclipped("memo", "coffee") is None  # memorandum or memorial
    assert index._unclipped("dec", "coffee") is None  # too short to say
    assert index.search("Does decaf help?", story="coffee")[0].paragraph == 1
    assert not TfidfIndex(clipped_words=False, phrase_synonyms=False).fit([story]).search("Does decaf help?")
    # WordNet's synonym of two words, *decaffeinated coffee*, finds it too, at half credit
    assert TfidfIndex(clipped_words=False).fit([story]).search("Does decaf help?")[0].coverage == 0.25


def test_an_english_word_is_never_read_as_a_clipped_one() -> None:
    """*plan* is English (WordNet knows it): a story that lacks it but has *planetarium* does not
    answer *What was the plan?*, though *plan* starts no other word of the story."""
    index = TfidfIndex().fit([build_story("city", "T\n\nThe planetarium opened downtown.")])
    assert index._unclipped("plan", "city") == "planetarium"
    assert not index.search("What was the plan?", story="city")


def test_an_interview_question_is_answered_by_the_paragraph_after_it() -> None:
    """*Q: Why was this season so bad?* answers nothing itself; the *A:* after it does, and is
    found through the question's words."""
    text = (
        "Q&A With the Fire Chief\n\nDana Whitlock became chief of the county fire district in January.\n\n"
        "Q: Why was this season so bad?\n\nA: Three things. We had almost no rain, and record heat.\n\n"
        "Q: Did you have enough firefighters?\n\nA: No. We had 140 and we needed about 200."
    )
    index = TfidfIndex().fit([build_story("qa", text)])
    assert [h.paragraph for h in index.search("Why was this season so bad?")][:1] == [3]
    assert [h.paragraph for h in index.search("Did you have enough firefighters?")] == [5]
    assert not {h.paragraph for q in ("season bad", "enough firefighters") for h in index.search(q)} & {2, 4}


def test_a_subheading_is_answered_by_the_paragraph_after_it() -> None:
    """*Why it matters* after the lede introduces the paragraph after it, and is no answer."""
    text = (
        "New Library\n\nThe council approved a plan to build a new central library downtown.\n\n"
        "Why it matters\n\nThe old building closed twice last winter because of burst pipes."
    )
    index = TfidfIndex().fit([build_story("library", text)])
    assert [h.paragraph for h in index.search("Why does it matter?")] == [3]


def test_a_line_that_introduces_a_list_lends_it_its_words() -> None:
    """*The suspended routes are:* before a list of routes: the list answers *Which routes are
    suspended?*, though it says neither word; the line itself is no answer."""
    text = (
        "Bus Routes Cut\n\nThe district cannot find enough drivers for its buses.\n\n"
        "The suspended routes are:\n\n- Routes 4, 9 and 15 to Fenwick High School\n- Routes 21 and 22 to Millbrook"
    )
    index = TfidfIndex().fit([build_story("buses", text)])
    found = [h.paragraph for h in index.search("Which routes are suspended?")]
    assert found[:1] == [3] and 2 not in found


def test_a_line_that_hands_over_a_quotation_lends_it_its_words() -> None:
    """*In a letter to staff, Keane wrote:* before two paragraphs of his letter set apart (a
    block quote): the letter answers *What did Keane write to staff?* and *What will Keane do?*,
    though it names neither him nor the staff; the line itself is no answer."""
    text = (
        "President Resigns\n\nThe president of Halden University, Thomas Keane, resigned on Wednesday.\n\n"
        "In a letter to staff and students, Keane wrote:\n\n"
        '"I have made mistakes in my scholarship, and I take full responsibility for them."\n\n'
        '"I will spend the coming months correcting the record."\n\n'
        '"It was a good decision," said Elena Voss, the board\'s chair.'
    )
    index = TfidfIndex().fit([build_story("letter", text)])
    assert [h.paragraph for h in index.search("What did Keane write to staff?")][:2] == [3, 4]
    assert [h.paragraph for h in index.search("What will Keane spend the coming months on?")][:1] == [4]
    assert 5 not in [h.paragraph for h in index.search("What did Keane write?")]
    assert 2 not in [h.paragraph for h in index.search("letter to staff and students")]


def test_a_tables_rows_read_with_its_header() -> None:
    """A Markdown table (its rule line dropped as the reader sees it): the row *| Gordon Blake |
    13,896 |* holds the header's *Votes*, so it answers *How many votes did Blake get?* before
    a paragraph that names him and votes but counts none."""
    text = (
        "Mendez Wins\n\nDaniela Mendez won the race for mayor of Ashford on Tuesday.\n\n"
        "| Candidate | Votes | Share |\n| Daniela Mendez | 14,208 | 49.1% |\n| Gordon Blake | 13,896 | 48.0% |\n\n"
        "Gordon Blake, the two-term mayor, said he would decide on Friday whether to ask for the votes "
        "to be counted again."
    )
    index = TfidfIndex().fit([build_story("election", text)])
    best = index.search("How many votes did Blake get?")[0]
    assert (best.paragraph, best.sentence) == (2, 3)
    assert index.search("What share did Mendez win?")[0].sentence == 2


def test_a_measure_written_with_its_dimension_answers_how_big() -> None:
    """*How big was the whale?*: *about 11 metres long* says which size, before the lede's
    *$40,000*, a size too (an amount), but of the rescue's cost."""
    text = (
        "Whale Rescued\n\nA humpback whale that cost the town $40,000 to rescue swam free on Monday.\n\n"
        "Vets said the whale, a young male, is about 11 metres long."
    )
    index = TfidfIndex().fit([build_story("whale", text)])
    assert index.search("How big was the whale?")[0].paragraph == 2
    assert index.search("How much did the rescue cost?")[0].paragraph == 1


def test_a_name_the_story_lacks_finds_the_forms_made_from_it() -> None:
    """*What is the price in Europe?* finds *European buyers*; *Who won the Booker Prize?* does
    not find a *book* (a shorter form is only a people's place: *Americans*, *the US*)."""
    text = (
        "Phone Prices\n\nThe phone costs $999 in Canada, where it goes on sale first.\n\n"
        "European buyers will pay €1,099 for the phone.\n\nIts maker also sells a book of photos."
    )
    index = TfidfIndex().fit([build_story("phone", text)])
    assert index.search("What is the price in Europe?")[0].paragraph == 2
    assert all(h.paragraph != 3 for h in index.search("Who won the Booker Prize?"))
    found = [h.paragraph for h in index.search("How many Americans will buy one?")]
    assert found == [h.paragraph for h in index.search("How many will buy one?")]  # no US in it


def test_an_explainers_question_heading_is_its_paragraphs_not_the_ledes() -> None:
    """*What causes the Perseids?* as a subheading is wholly about the paragraph after it: the
    lede, which names the Perseids and the headline's words, does not outrank it."""
    text = (
        "The Perseids peak this week\n\nThe Perseid meteor shower, one of the brightest of the year, "
        "will peak on the night of Wednesday, August 12, astronomers say.\n\nUnder dark skies, watchers "
        "could see as many as 100 meteors an hour.\n\nWhat causes the Perseids?\n\nThe meteors are bits "
        "of dust shed by the comet Swift-Tuttle, which passes every 133 years."
    )
    index = TfidfIndex().fit([build_story("perseids", text)])
    assert [h.paragraph for h in index.search("What causes the Perseids?")][:1] == [4]
    half = TfidfIndex(question_context=0.5).fit([build_story("perseids", text)])
    assert [h.paragraph for h in half.search("What causes the Perseids?")][:1] == [1]  # (as it was)


def test_a_question_whose_only_word_is_an_unknown_name_finds_nothing() -> None:
    """*How fast can the Osprey go?* of a story without the Osprey: only the attribute *speed*
    is left to look for, which asks nothing on its own (no division by a zero weight)."""
    text = "T\n\nThe new bikes have a top speed of 20 miles per hour.\n\nRiders pay $1 to unlock one."
    index = TfidfIndex().fit([build_story("bikes", text)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert index.search("How fast can the Osprey go?") == []
        assert [h.paragraph for h in index.search("How fast are the bikes?")] == [1]


def test_an_adjective_of_measure_finds_the_attribute_it_names() -> None:
    """*How cold did it get?*: a paragraph telling the temperature answers, though it never says
    *cold*; a paragraph saying *cold* without a temperature comes after it."""
    text = (
        "T\n\nTemperatures fell to 24 degrees before dawn on April 28.\n\n"
        "The fans were no match for the cold on the hillsides, growers said."
    )
    index = TfidfIndex().fit([build_story("frost", text)])
    assert [h.paragraph for h in index.search("How cold did it get?", story="frost")] == [1, 2]
    without = TfidfIndex(attribute_weight=0.0).fit([build_story("frost", text)])
    assert [h.paragraph for h in without.search("How cold did it get?", story="frost")] == [2]


def test_ordinary_english_tells_a_common_word_from_a_rare_one_in_a_small_library() -> None:
    """In one story, *make* and *camera* are each in one sentence of three: alike to the library
    alone; with the prior (:attr:`TfidfIndex.prior_sentences`) *make*, common in English,
    weighs less. A word no story uses weighs the most either way."""
    story = build_story("s", "T\n\nThey make toys. A camera broke. Rain fell.")
    alone = TfidfIndex(prior_sentences=0.0).fit([story])
    assert alone.idf_[alone.vocabulary_["make"]] == alone.idf_[alone.vocabulary_["camera"]]
    primed = TfidfIndex().fit([story])
    assert primed.idf_[primed.vocabulary_["make"]] < primed.idf_[primed.vocabulary_["camera"]]
    assert primed.unseen_idf_ > primed.idf_.max()


def test_a_time_that_ranks_the_event_does_not_date_it() -> None:
    """*It is the first time the festival has been cancelled since it began in 1990* holds the
    question's words and a year, but does not say when it was cancelled; it does say when the
    festival began. The index without the distinction answers with it."""
    from pathlib import Path

    from knowledge.library import Library
    from knowledge.loader import load_story

    story = load_story(Path(__file__).parent.parent / "data" / "stories" / "music-festival-cancelled.md")
    library = Library([story])
    assert "on Friday, hours before" in library.ask("When was the festival cancelled?").passages[0].text
    library.index.holds_["dated"] = library.index.holds_["time"]
    assert "on Friday, hours before" not in library.ask("When was the festival cancelled?").passages[0].text
    # *When did Oxbridge last win?* asks for the earlier one: *their first win since 2019*
    race = Library([load_story(Path(__file__).parent.parent / "data" / "stories" / "rowing-race-upset.md")])
    assert "first win since 2019" in race.ask("When did Oxbridge last win?").passages[0].text
