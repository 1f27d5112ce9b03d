"""Answering: retrieval on real articles, the no-answer decision, several stories."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

import pytest

from knowledge import Library, StoryNotFound, StoryRequired
from knowledge.decision import AnswerRule
from knowledge.evaluate import evaluate, evaluate_one_story, load_question_file
from knowledge.index import TfidfIndex
from knowledge.loader import load_folder
from knowledge.query import parse_query
from knowledge.story import Story, build_story
from tests.conftest import DATA, DEV_SET, EVAL_STORIES, KNOWLEDGE, needs_shared


@pytest.mark.parametrize(
    ("question", "paragraph", "sentence_part"),
    [
        ("Who is Brian Acton?", 2, "WhatsApp co-founder"),
        ("How many people installed the quiz app?", 7, "300,000"),
        ("Who is Aleksandr Kogan?", 7, "Aleksandr Kogan"),
        ("Which TV network interviewed Zuckerberg?", 3, "CNN"),
    ],
)
def test_bundled_story_answers(bundled: Library, question: str, paragraph: int, sentence_part: str) -> None:
    answer = bundled.ask(question)
    assert answer.answered and answer.story == "zuckerberg-apology"
    best = answer.passages[0]
    assert best.paragraph == paragraph
    assert sentence_part in best.sentence
    # Verbatim: the passage is the paragraph's text and the sentence is inside it.
    assert best.text == bundled.story(best.story).paragraph(best.paragraph).text
    assert best.sentence in best.text


def test_stemming_finds_other_forms_of_a_word(bundled: Library) -> None:
    answer = bundled.ask("Did Zuckerberg apologize?")
    assert answer.answered
    assert "apology" in answer.passages[0].sentence


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",
        "How do I make pancakes? Give me a recipe.",
        "asdf qwerty zxcv",
        "",
        "   ",
        "What is it?",
        "What did Zuckerberg eat for breakfast?",
        "Did Zuckerberg testify before Congress?",
        "When was Facebook founded?",  # founding lists creation, and its verb "created" is Kogan's app
        "Does decaf matter?",  # a half-credit synonym (importance) of one of two words: exactly a quarter
        "What was the final score?",  # no tally in the story
    ],
)
def test_questions_the_story_does_not_answer(bundled: Library, question: str) -> None:
    answer = bundled.ask(question)
    assert not answer.answered
    assert answer.to_dict() == {
        "question": question,
        "answered": False,
        "story": None,
        "passages": [],
        "quotes": [],
        "spelled": [],
        "other_stories": [],
    }


def test_passages_are_best_first_and_limited(bundled: Library) -> None:
    answer = bundled.ask("What did Zuckerberg say about data and responsibility?", top=2)
    scores = [p.score for p in answer.passages]
    assert 1 <= len(scores) <= 2 and scores == sorted(scores, reverse=True)
    assert answer.to_dict()["passages"][0].keys() == {"story", "paragraph", "text", "sentence", "score"}


@needs_shared
def test_several_stories_answer_from_the_best_and_a_named_story_restricts() -> None:
    stories = load_folder(KNOWLEDGE)[0] + load_folder(EVAL_STORIES)[0]
    library = Library(stories)
    assert library.ask("How many students are affected?").story == "northfield-start-times"
    assert library.ask("Who is Brian Acton?").story == "zuckerberg-apology"
    restricted = library.ask("Who is Brian Acton?", story="northfield-start-times")
    assert not restricted.answered
    with pytest.raises(StoryNotFound, match="northfield-start-times, zuckerberg-apology"):
        library.ask("x", story="nope")
    with pytest.raises(StoryRequired):
        library.only_story()
    assert library.only_story("northfield-start-times").id == "northfield-start-times"


@needs_shared
@pytest.mark.parametrize("lower_case", [False, True])
def test_dev_set_floor(lower_case: bool) -> None:
    """The numbers reached on ../shared/eval (bundled and shared story) may not fall, nor when
    every question is typed in lower case."""
    data, library = load_question_file(DEV_SET, lower_case)
    score = evaluate(data, library)["all"].row()
    assert score["top1"] >= 94.4, score
    assert score["top3"] >= 100.0, score
    assert score["declined"] >= 100.0, score


def test_test_articles_floor() -> None:
    """The numbers reached on the test articles' questions (tests/data/questions.yaml) may not fall."""
    data, library = load_question_file(DATA / "questions.yaml")
    score = evaluate(data, library)["all"].row()
    assert score["questions"] >= 6231 and score["paraphrased"] >= 1369 and score["out_of_scope"] >= 1644
    assert score["top1"] >= 81.1, score
    assert score["top3"] >= 89.0, score
    assert score["paraphrased_top1"] >= 57.9, score
    assert score["decisions"] >= 85.7, score


def test_the_whole_library_floor() -> None:
    """Asked of all the test stories at once, as a Discord user does without picking a story, the
    questions keep their numbers; a passage from another story counts as wrong."""
    data, library = load_question_file(DATA / "questions.yaml")
    score = evaluate(data, library, named=False)["all"].row()
    assert score["top1"] >= 55.2, score
    assert score["top3"] >= 59.3, score
    assert score["decisions"] >= 87.0, score


def test_each_story_alone_floor() -> None:
    """Each test story in a library of its own, as when an admin drops one article: its
    questions keep their numbers, and every out-of-scope question asked of each story is
    declined as often (a small library's words weigh more alike)."""
    data, library = load_question_file(DATA / "questions.yaml")
    score = evaluate_one_story(data, library)["all"].row()
    assert score["questions"] >= 6231 and score["out_of_scope"] >= 1644 * len(library.stories)
    assert score["top1"] >= 81.4, score
    assert score["top3"] >= 89.4, score
    assert score["declined"] >= 94.4, score


def test_a_story_answers_alike_whether_or_not_it_is_named() -> None:
    """Which other words a question word finds depends on the story (a story without *owns*
    finds *owner*), so asked of the whole library each candidate story is searched on its own."""
    data, library = load_question_file(DATA / "questions.yaml")
    checked = 0
    for item in data["questions"]:
        anywhere = library.ask(item["q"])
        if anywhere.answered and anywhere.story == item["story"]:
            assert library.ask(item["q"], story=item["story"]) == replace(anywhere, others=()), item["q"]
            checked += 1
    assert checked >= 150


def test_what_kind_of_measure_a_question_asks_chooses_within_the_story_not_the_story() -> None:
    """*How high* asks for a height; the river's story answers, not the riverside fire's "at its
    height". (Of all 322 test stories, *the river* alone no longer finds the flood among the
    first stories searched: a dozen others have a river.)"""
    stories = {s.id: s for s in load_folder(DATA / "stories")[0]}
    library = Library([stories["riverside-mill-fire"], stories["valley-floods"], stories["plastic-rivers-report"]])
    answer = library.ask("How high did the river get?")
    assert answer.answered and answer.story == "valley-floods"


def test_where_is_x_based_is_answered_by_a_place_though_no_passage_says_based(articles: list[Story]) -> None:
    """*based* only says the question's form; *Corvan Therapeutics of San Diego* names a place."""
    answer = Library(articles).ask("Where is Corvan based?", story="drug-approval")
    assert answer.answered and "Corvan Therapeutics of San Diego" in answer.passages[0].text


def test_how_big_wants_a_size_not_a_length_of_time(articles: list[Story]) -> None:
    """*The forest covers about 1.4 million acres*, not the lede's *in more than 100 years*."""
    answer = Library(articles).ask("How big is the forest?", story="pine-ridge-wolves")
    assert "1.4 million acres" in answer.passages[0].text


def test_other_stories_that_answer_too_are_named(stories: dict[str, Story]) -> None:
    """With no story named, stories that answer nearly as well are named beside the answer:
    each answers the question when named; a named story's answer names none."""
    library = Library([stories["tram-strike-vote"], stories["pilots-strike"]])
    answer = library.ask("Why did the strike start?")
    assert answer.answered and set(answer.others) == {"tram-strike-vote", "pilots-strike"} - {answer.story}
    assert answer.to_dict()["other_stories"] == list(answer.others)
    for other in answer.others:
        assert library.ask("Why did the strike start?", story=other).answered
    assert library.ask("Why did the strike start?", story=answer.story).others == ()
    assert library.ask("How many riders use the trams on a weekday?").others == ()  # only the tram story


@pytest.mark.parametrize(
    ("story", "question", "paragraph"),
    [
        ("brighthome-recall", "Was anyone injured?", 3),  # a synonym: "Nobody was hurt"
        ("harbor-lions-final", "Who owns the club?", 7),  # a related form: "The club's owner"
        ("coffee-heart-study", "Does decaf have the same effect?", 5),  # a clipped word: "Decaffeinated"
    ],
)
def test_wordnet_finds_other_words_for_the_question(story: str, question: str, paragraph: int) -> None:
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask(question, story=story)
    assert answer.answered and answer.passages[0].paragraph == paragraph


@pytest.mark.parametrize(
    ("story", "question", "paragraph"),
    [
        ("orbital-launch-delay", "Why was the launch postponed?", 1),  # the headline says "Delays ... Launch"
        ("hospital-cyberattack", "Who is investigating the attack?", 5),  # the lede's attack: "are investigating"
        ("brighthome-recall", "When did BrightHome announce the recall?", 1),  # "said on Tuesday": saying
        ("zoo-panda-cub", "How many cubs were born?", 1),  # "twin cubs": twins are a count
        ("orbis-eu-fine", "where will the appeal be heard", 8),  # "in Luxembourg", not "would appeal."
        ("elmwood-budget-vote", "What was the vote?", 1),  # "by a 5-2 vote": a tally, not "who voted for"
        ("court-ruling", "What was the vote?", 1),  # "ruling 5-2": the story never says "vote"
        ("tuition-protest", "What was the result of the vote?", 2),  # "a vote of 8 to 3": "result" is the form
        ("library-fines-abolished", "What was the vote?", 2),  # "voted 31 to 9"
        ("harbor-lions-final", "What was the final score?", 1),  # "beating the Mariners 2-1", not "scored"
        ("boil-water-notice", "Where did the main burst?", 2),  # "beneath Canal Street" names a place
        ("tennis-final", "What was the score?", 1),  # "6-4, 3-6, 7-6, 4-6, 6-3": the story never says "score"
        ("tennis-final", "What will her new ranking be?", 6),  # "will lift her to 12th", not "was ranked 41st"
        ("tram-strike-vote", "When will the tram strike start?", 1),  # not "would be the first ... since 2011"
        ("brighthome-recall", "Where does Marcus Bell live?", 7),  # names suffice with a common verb
        ("warehouse-verdict", "How old is Darnell Hughes?", 2),  # "old" is how the question asks
        ("pine-ridge-wolves", "Is it legal to kill a wolf?", 7),  # "killing a wolf": the pair in a row
        ("riverside-mill-fire", "When did the fire happen?", 1),  # the lede, not "an earlier fire in 1923"
        ("orbital-launch-delay", "How many astronauts will fly?", 2),  # "three astronauts": it counts them
        ("vaccine-drive", "How many clinics will open?", 1),  # "six free vaccination clinics"
        ("orbital-launch-delay", "How many times has the capsule flown?", 5),  # "twice"; not "at the time"
        ("carrow-water-limits", "How much did water use fall after the May request?", 4),  # May, the month
        ("elmwood-budget-vote", "Who voted against the budget?", 5),  # "against" is a word of the question
        ("elmwood-budget-vote", "How big is the budget?", 1),  # "a $212 million budget", not "150 residents"
        ("carrow-water-limits", "How long will the restrictions last?", 9),  # "until the reservoir rises"
        ("pilots-strike", "How old is the airline?", 2),  # "38-year history", not "over three years"
        ("museum-painting-theft", "When will the museum reopen?", 7),  # "will stay closed until Thursday"
        ("granite-falls-election", "What share of the vote did Ferreira get?", 2),  # "50.7 percent"
        ("pine-ridge-wolves", "When were the wolves photographed?", 2),  # "wolves": in most of its paragraphs
        ("hospital-cyberattack", "When did the attack happen?", 1),  # not "the attackers", with no date
        ("glass-frog-species", "Where was the frog found?", 1),  # "in northern Ecuador" names a place
        ("glass-frog-species", "How far away is the mine?", 5),  # "mine" is a word here, not "my"
        ("glass-frog-species", "How big is the frog?", 1),  # big asks a size: "the size of a paper clip"
        ("heat-wave", "How hot did it get?", 1),  # hot asks a temperature: "The temperature ... reached"
        ("bank-robbery-arrest", "Was anybody injured?", 3),  # "anybody" asks nothing, as "anyone": "No one was hurt"
        ("lake-shipwreck", "Can divers take things from the wreck?", 7),  # a denial answers: "cannot remove"
        ("interest-rate-hike", "When were rates last this high?", 1),  # "the highest level since 2011"
        ("bank-robbery-arrest", "What time did the robbery happen?", 2),  # "at 9:50 a.m.", not "at the time"
        ("film-festival-award", "What is The Salt Road about?", 1),  # where the film is first named
        ("museum-painting-theft", "Was anybody hurt in the raid?", 3),  # hurt lists injury: "No one was injured"
    ],
)
def test_news_structure_and_question_form(story: str, question: str, paragraph: int) -> None:
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask(question, story=story)
    assert answer.answered and answer.passages[0].paragraph == paragraph


def test_a_synonym_counts_though_the_story_uses_the_word() -> None:
    """*When was Hughes injured?*: the paragraph that dates it says *hurt*; another says *injured*
    but gives no date. The synonym earns the first paragraph its place among the first two."""
    library = Library(load_folder(DATA / "stories")[0])
    hits = library.index.search("When was Hughes injured?", story="warehouse-verdict", top=2)
    dated = [h for h in hits if h.paragraph == 3]
    assert dated and "injur" in dated[0].matched


def test_a_word_found_no_other_way_is_looked_for_in_the_story_searched() -> None:
    """The bundled story says *CEO*, the earnings report *chief executive*; two test stories say
    *crimes*, the charity's *fraud* (a kind of crime). Each is found in the story searched."""
    library = Library(load_folder(DATA / "stories")[0] + load_folder(KNOWLEDGE)[0])
    answer = library.ask("What did the CEO blame?", story="earnings-report")
    assert answer.answered and answer.passages[0].paragraph == 4
    answer = library.ask("What crimes did Pratt admit?", story="charity-fraud-sentencing")
    assert answer.answered and "wire fraud" in answer.passages[0].text


def test_a_question_of_money_is_answered_by_an_amount_of_money() -> None:
    """The paragraph about the trial names Stedra; the price's paragraph does not, and answers.
    No paragraph gives what the trial cost: the story does not say."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("How much does Stedra cost?", story="drug-approval")
    assert answer.answered and "$2,900 a month" in answer.passages[0].text
    assert not library.ask("How much did the trial cost?", story="drug-approval").answered


def test_what_happened_is_answered_by_the_lede() -> None:
    """*What happened?* names no event: the story's own, which its lede tells, not the paragraph
    that says *happened*; *When did it happen?* the first paragraph that states a time."""
    library = Library(load_folder(DATA / "stories")[0])
    pileup = library.story("highway-pileup")
    assert "The first collision happened" in pileup.paragraph(2).text
    for question in ("What happened?", "When did it happen?", "what occurred"):
        answer = library.ask(question, story="highway-pileup")
        assert answer.answered and [p.paragraph for p in answer.passages] == [1], question
    assert library.ask("What happened in April?", story="emergency-landing").passages[0].paragraph != 1
    two = Library([pileup, library.story("cruise-norovirus-outbreak")])
    assert two.ask("What happened?").passages[0].paragraph != 1  # which story's? the words decide


def test_how_many_is_answered_by_a_number_that_counts_the_thing() -> None:
    """*Of the 1,140 drivers who cast ballots* answers, not the lede's *voted to strike*; a
    paragraph that names Gull Island's people but counts none does not say how many live there."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("How many drivers voted?", story="tram-strike-vote")
    assert answer.answered and "Of the 1,140 drivers" in answer.passages[0].text
    assert not library.ask("How many people live on Gull Island?", story="ferry-service").answered
    unruled = Library(list(library.stories.values()), index=library.index, rule=AnswerRule(count_stated=False))
    assert (
        "Of the 1,140 drivers" not in unruled.ask("How many drivers voted?", story="tram-strike-vote").passages[0].text
    )
    assert unruled.ask("How many people live on Gull Island?", story="ferry-service").answered


@pytest.mark.parametrize(
    ("story", "part"),
    [
        ("highway-pileup", "a 27-car crash in fog in 2019"),  # not *The first collision happened*
        ("orbital-launch-delay", "The delay is the third for the program."),
        ("cloud-outage", "third major outage since 2023"),
        ("grocery-merger", "tried to merge once before, in 2017"),
        ("zoo-panda-cub", "the first pandas ever born in the state"),
        ("museum-painting-theft", "the first theft from the museum since it opened"),  # not "the second floor"
        ("turkey-earthquake", "in the same province killed 41 people"),
        ("tornado-strike", "the strongest tornado to hit the county since 1991"),
    ],
)
def test_has_this_happened_before_finds_the_story_told_of_earlier(story: str, part: str) -> None:
    """*Has this happened before?* asks about the story's own event (its headline's words), told
    of before: not the lede, nor *the night before* or *the second floor*."""
    library = Library(load_folder(DATA / "stories")[0])
    for question in ("Has this happened before?", "has it happened before", "Has anything like this happened before?"):
        answer = library.ask(question, story=story)
        assert answer.answered and part in answer.passages[0].sentence, question


def test_a_number_alone_does_not_answer() -> None:
    """*two* in *Who owns the other two farms?* says which farms; the drone story's *two hours*
    and *fields* (a synonym of *farms*, at half credit) do not answer it, though without the
    rule they hold enough of the question's weight in a library of that story alone."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "airport-drone-shutdown")
    library = Library([story])
    assert not library.ask("Who owns the other two farms?").answered
    unruled = Library([story], index=library.index, rule=AnswerRule(numbers_say_which=False))
    assert unruled.ask("Who owns the other two farms?").answered
    assert library.ask("How many airports took the two diverted flights?").answered  # other words


def test_a_sentence_opening_with_a_pronoun_holds_the_names_before_it() -> None:
    """*Its coach, Paul Lindgren, said* is Kingsbridge's coach, named in the sentence before; not
    *Harbor State coach Denise Ortega ... to coach a team*, which writes *coach* twice."""
    from knowledge.index import TfidfIndex

    game = [s for s in load_folder(DATA / "stories")[0] if s.id == "basketball-title-game"]
    assert "Paul Lindgren" in Library(game).ask("Who coaches Kingsbridge?").passages[0].text
    unread = Library(game, index=TfidfIndex(pronoun_names=0.0).fit(game))
    assert "Denise Ortega" in unread.ask("Who coaches Kingsbridge?").passages[0].text


def test_a_lede_about_someone_described_holds_the_names_after_it() -> None:
    """*A British climber who spent three nights stranded on a ledge high on K2 has been rescued
    by a Pakistani army helicopter*: the climber is *Daniel Marsh, 34*, named in the paragraph
    after, so the lede answers *Who rescued Marsh?*, not his sister's thanks to *the pilots*."""
    from knowledge.index import TfidfIndex

    rescue = [s for s in load_folder(DATA / "stories")[0] if s.id == "climber-rescue-k2"]
    answer = Library(rescue).ask("Who rescued Marsh?")
    assert "Pakistani army helicopter" in answer.passages[0].text
    unread = Library(rescue, index=TfidfIndex(lede_names=0.0).fit(rescue)).ask("Who rescued Marsh?")
    assert "Pakistani army helicopter" not in unread.passages[0].text


def test_how_many_x_does_y_have_is_a_count_of_what_there_is() -> None:
    """*The company now has 212 million subscribers*, not the lede's *added 4.1 million paying
    subscribers*, answers *How many subscribers does Reelbox have?*."""
    earnings = [s for s in load_folder(DATA / "stories")[0] if s.id == "streaming-earnings"]
    question = "How many subscribers does Reelbox have?"
    assert "212 million" in Library(earnings).ask(question).passages[0].text
    unruled = Library(earnings, rule=AnswerRule(stock_first=0.0)).ask(question)
    assert "added 4.1 million" in unruled.passages[0].text
    assert "added 4.1 million" in Library(earnings).ask("How many subscribers did Reelbox add?").passages[0].text


def test_a_price_told_by_another_answers_how_much() -> None:
    """*Motorcycles will pay half the car rate* says how much motorcycles pay, though it gives no
    amount of money; a paragraph that gives one about trucks does not."""
    toll = Library([s for s in load_folder(DATA / "stories")[0] if s.id == "bridge-toll-explainer"])
    assert "half the car rate" in toll.ask("How much do motorcycles pay?").passages[0].text


def test_the_whole_question_held_answers_though_the_name_weighs_elsewhere() -> None:
    """*The city's population reached 212,400* holds *population* and, as the story's subject,
    *Marlow Springs*: it answers *What is the population of Marlow Springs?* though paragraphs
    that write the name score higher; without the rule of the thing asked, nothing does."""
    census = [s for s in load_folder(DATA / "stories")[0] if s.id == "census-city-growth"]
    answer = Library(census).ask("What is the population of Marlow Springs?")
    assert answer.answered and "212,400" in answer.passages[0].text
    assert (
        not Library(census, rule=AnswerRule(asked_first=0.0)).ask("What is the population of Marlow Springs?").answered
    )


def test_a_crowd_counts_people() -> None:
    """*A crowd of 18,412 packed Rocket Arena for the final* says how many people attended it."""
    game = [s for s in load_folder(DATA / "stories")[0] if s.id == "basketball-title-game"]
    answer = Library(game).ask("How many people attended the final?")
    assert answer.answered and "A crowd of 18,412" in answer.passages[0].text


def test_a_peoples_name_is_their_country_and_counts_people() -> None:
    """*How many Americans have chronic kidney disease?*: *About 37 million adults in the US have
    chronic kidney disease* names no American, but *the US* is their country (WordNet: *American*,
    *America*, *USA*), and *adults* are the people counted."""
    release = [s for s in load_folder(DATA / "stories")[0] if s.id == "lumina-press-release"]
    answer = Library(release).ask("How many Americans have chronic kidney disease?")
    assert answer.answered and "About 37 million adults in the US" in answer.passages[0].text
    # and a people counts people: *About 1,600 Americans get listeriosis each year*
    recall = [s for s in load_folder(DATA / "stories")[0] if s.id == "cheese-recall"]
    answer = Library(recall).ask("How many people die of listeriosis each year?")
    assert "About 1,600 Americans" in answer.passages[0].text


def test_when_was_x_done_asks_when_the_deed_was_done(stories: dict[str, Story]) -> None:
    """*When was the Polyform plant built?*: the paragraph that names the plant says when it
    blew up, not when it was built; *When was BrightHome founded?* finds *since it was founded
    in 2016*."""
    plant = [stories["factory-explosion"]]
    assert not Library(plant).ask("When was the Polyform plant built?").answered
    assert Library(plant, rule=AnswerRule(deed_asked=False)).ask("When was the Polyform plant built?").answered
    assert Library([stories["brighthome-recall"]]).ask("When was BrightHome founded?").answered
    # a participle that only says it took place asks nothing more: the survey's weekend dates it
    answer = Library([stories["bird-count-decline"]]).ask("When was the survey held?")
    assert answer.answered and "the last weekend of January" in answer.passages[0].text
    assert not Library([stories["appeal-court-ruling"]]).ask("When was the Harbourside festival first held?").answered


def test_who_was_x_before_a_name_wants_a_succession() -> None:
    """*Who was mayor before Gordon Pike?*: *defeating two-term incumbent Gordon Pike* says who
    came after him; *Pike, who succeeded Ann Holt as mayor in 2017* says who came before."""
    election = [s for s in load_folder(DATA / "stories")[0] if s.id == "granite-falls-election"]
    question = "Who was mayor before Gordon Pike?"
    assert not Library(election).ask(question).answered
    assert Library(election, rule=AnswerRule(predecessor_stated=False)).ask(question).answered
    text = (
        "Pike Wins Again\n\nGordon Pike won a second term as mayor of Granite Falls on Tuesday.\n\n"
        "Pike, who succeeded Ann Holt as mayor in 2017, took 61 percent of the vote."
    )
    answer = Library([build_story("pike", text)]).ask(question)
    assert answer.answered and answer.passages[0].paragraph == 2


def test_how_much_does_x_cost_asks_about_x(stories: dict[str, Story]) -> None:
    """*How much does the Roomba j9+ cost?* of a review that prices the Orbit S9 at $1,099 *nearly
    twice as much as the Roomba*: the price is the S9's, and *Roomba* alone is not the thing
    asked about, a *library card*'s price is not a library's e-book costs."""
    library = Library([stories["library-ebook-costs"]])
    assert not library.ask("How much does a library card cost?").answered
    assert library.ask("How much does a library pay for an e-book license?").answered
    loose = Library([stories["library-ebook-costs"]], rule=AnswerRule(whole_thing_asked=False))
    assert loose.ask("How much does a library card cost?").answered


def test_how_old_is_a_name_wants_an_age(stories: dict[str, Story]) -> None:
    """*founded in 2024 by Hana Okafor* names her and a year, and says nothing of her age; a
    paragraph that gives one still answers (*Pruitt, 71,*, *She was 91*)."""
    deal = [stories["startup-acquisition"]]
    assert not Library(deal).ask("How old is Hana Okafor?").answered
    assert Library(deal, rule=AnswerRule(age_stated=False)).ask("How old is Hana Okafor?").answered
    lobster = Library([stories["lobster-fisherman-feature"]]).ask("How old is Walt Pruitt?")
    assert "Pruitt, 71" in lobster.passages[0].text
    obituary = Library([stories["jazz-pianist-obituary"]]).ask("How old was Calloway?")
    assert obituary.answered


def test_who_is_the_x_wants_a_person(stories: dict[str, Story]) -> None:
    """*the Dutch government* shares a root with *governor* but names no governor; a story that
    has Governor Elena Ruiz still answers."""
    from knowledge.index import TfidfIndex

    auction = [stories["art-auction"]]
    assert not Library(auction).ask("Who is the governor of the state?").answered
    loose = Library(auction, index=TfidfIndex(people_asked_as_people=False).fit(auction))
    assert "Dutch government" in loose.ask("Who is the governor of the state?").passages[0].text
    lunch = Library([stories["school-lunch-program"]]).ask("Who is the governor?")
    assert "Governor Elena Ruiz" in lunch.passages[0].text


def test_has_this_happened_before_is_declined_when_nothing_came_before() -> None:
    story = build_story("s", "T\n\nA whale stranded on the beach on Monday.\n\nVolunteers refloated it the day before.")
    assert not Library([story]).ask("Has this happened before?").answered


def test_a_number_the_headline_counts_with_counts_the_same_thing_in_the_lede() -> None:
    """*Hoard of 2,300 Roman Coins*: the lede's *2,300 silver and bronze pieces* says how many
    coins were found, not a later paragraph's *14 coins of Postumus*; *two* is too common a
    number to carry over."""
    story = build_story(
        "hoard",
        "A retired postman has found one of the largest hoards of Roman coins ever found in the county: "
        "2,300 silver and bronze pieces in a clay pot.\n\nThe hoard also holds 14 coins of the emperor Postumus.\n\n"
        "Two experts found the pot after two days of digging.",
        title="Detectorist Finds Hoard of 2,300 Roman Coins and Two Rings",
    )
    library = Library([story])
    assert "2,300" in library.ask("How many coins were found?").passages[0].text
    assert not library.ask("How many rings were found?").answered
    unruled = Library([story], index=library.index, rule=AnswerRule(headline_counts=False))
    assert "14 coins" in unruled.ask("How many coins were found?").passages[0].text


def test_what_is_the_name_of_x_is_answered_by_a_sentence_that_names_it() -> None:
    """*the cruise ship Coral Majesty* names the ship; *"I kept thinking about my daughter,"
    Okoro said* names no daughter, and the story does not say her name."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("What is the name of the ship?", story="cruise-norovirus-outbreak")
    assert answer.answered and "Coral Majesty" in answer.passages[0].text
    assert not library.ask("What is the name of Okoro's daughter?", story="hiker-rescue").answered
    # a name in the sentence, but not beside the school: "reached Elk Ridge, and ... the town's elementary school"
    assert not library.ask("What is the name of the elementary school?", story="tornado-strike").answered
    unruled = Library(list(library.stories.values()), index=library.index, rule=AnswerRule(name_stated=False))
    assert unruled.ask("What is the name of Okoro's daughter?", story="hiker-rescue").answered


def test_a_when_question_asks_when_its_verb_happened() -> None:
    """Names suffice for *where does X live*, not for *when did X open*: the lede names the
    airport and a day, not when it opened."""
    library = Library(load_folder(DATA / "stories")[0])
    assert not library.ask("When did Westbrook International Airport open?", story="airport-drone-shutdown").answered
    assert library.ask("When did flights resume at Westbrook International Airport?").answered


def test_a_verb_of_saying_asks_nothing_beside_a_name() -> None:
    """*What did Lumen announce?*: the lede says what Lumen unveiled, not *announced*."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("What did Lumen announce?", story="ebook-reader-launch")
    assert answer.answered and "unveiled its first color model" in answer.passages[0].text
    assert not library.ask("What did Lumen recall?", story="ebook-reader-launch").answered


def test_a_question_that_names_a_time_is_answered_in_that_time() -> None:
    """The marathon won on Sunday does not say who won it last year; *in 2019* and *in April*
    find the paragraphs that say them; *this year* is the story's present, stated or not."""
    library = Library(load_folder(DATA / "stories")[0])
    assert library.ask("Who won the River City Marathon?", story="river-city-marathon").answered
    assert not library.ask("Who won the River City Marathon last year?", story="river-city-marathon").answered
    assert (
        "smart plugs" in library.ask("What did BrightHome recall in 2019?", story="brighthome-recall").passages[0].text
    )
    assert "Dublin" in library.ask("What happened in April?", story="emergency-landing").passages[0].text
    assert "$11,200" in library.ask("how much does tuition cost this year", story="tuition-protest").passages[0].text
    unruled = Library(list(library.stories.values()), index=library.index, rule=AnswerRule(time_stated=False))
    assert unruled.ask("Who won the River City Marathon last year?", story="river-city-marathon").answered


def test_when_will_is_answered_by_a_paragraph_that_looks_ahead() -> None:
    """*Cascade will report its first-quarter results on April 29* answers when the next report
    is, not the quarter's figures; no paragraph of the floods looks ahead to the rain stopping."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("When is the next earnings report?", story="earnings-report")
    assert "on April 29" in answer.passages[0].text
    assert not library.ask("When will the rain stop?", story="valley-floods").answered
    unruled = Library(list(library.stories.values()), index=library.index, rule=AnswerRule(future_stated=False))
    unruled_answer = unruled.ask("When is the next earnings report?", story="earnings-report")
    assert "on April 29" not in unruled_answer.passages[0].text
    assert unruled.ask("When will the rain stop?", story="valley-floods").answered


def test_a_date_ahead_is_read_in_its_own_sentence() -> None:
    """*Judge Patricia Evans set sentencing for Jan. 22* looks ahead from December: the past
    tense of the sentence before it (*were found guilty*) does not make it last January."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("When will they be sentenced?", story="museum-heist-trial")
    assert answer.answered and "set sentencing for Jan. 22" in answer.passages[0].text


def test_when_does_x_start_is_answered_by_a_time_given_as_a_start() -> None:
    """*will be frozen from 1 April* answers *When does the fare freeze start?*; *It is the first
    fare freeze since 2021*, which holds the word pair, does not."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("When does the fare freeze start?", story="rail-fares-freeze")
    assert "from 1 April" in answer.passages[0].text
    unruled = Library(list(library.stories.values()), index=library.index, rule=AnswerRule(start_first=0.0))
    assert "since 2021" in unruled.ask("When does the fare freeze start?", story="rail-fares-freeze").passages[0].text


def test_what_did_x_say_is_answered_by_x_s_words() -> None:
    """Bell's own quotation answers *What did Bell say ...?*, not Vance's statement that names
    *Bell's song* and says *verdict*."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("What did Bell say after the verdict?", story="song-copyright-verdict")
    assert "I just wanted my name on my song" in answer.passages[0].text


def test_what_did_x_s_lawyer_say_is_answered_by_the_lawyer_s_words() -> None:
    """*What did Reeves's lawyer say?* asks for the lawyer's words (*baseless*), not for the
    note Reeves added, which is hers."""
    library = Library(load_folder(DATA / "stories")[0])
    lawyer = library.ask("What did Reeves's lawyer say?", story="podcast-defamation-suit")
    assert "Jonathan Pike" in lawyer.passages[0].text
    own = library.ask("What did Reeves say?", story="podcast-defamation-suit")
    assert "Jonathan Pike" not in own.passages[0].text


def test_what_did_the_x_say_is_answered_by_the_words_of_whom_the_story_calls_x() -> None:
    """*Mayor Grace Okafor cut a ribbon* scores higher for *What did the mayor say?* than
    Okafor's quotation, which says *Okafor* but not *mayor*: the story calls her the mayor."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("What did the mayor say?", story="library-renovation")
    assert "you don't have to buy anything to belong" in answer.passages[0].text
    ranked = library.index.search("What did the mayor say?", story="library-renovation", top=3)
    assert library.story("library-renovation").paragraph(ranked[0].paragraph).text.startswith("More than 6,000")


def test_what_did_the_x_say_with_a_capitalised_title() -> None:
    """*the Transport Secretary, Rachel Osei*: the capitalised title just before her name calls
    her so, though the story has no quotation by anyone named *Transport*; *The opposition
    transport spokesman* holds one of the title's words, she holds both."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("What did the Transport Secretary say?", story="rail-fares-freeze")
    assert "not pay a penny more" in answer.passages[0].text


def test_a_word_in_lower_case_is_not_a_name_of_the_story(stories: dict[str, Story]) -> None:
    """The film story writes *Bread* only in the title *Winter Bread*; the hiker story writes
    *Hospital* only in *Mercy Valley Hospital*, which still answers which hospital."""
    film, hiker = Library([stories["film-festival-award"]]), Library([stories["hiker-rescue"]])
    assert not film.ask("How do I bake sourdough bread?").answered
    assert "Mercy Valley Hospital" in hiker.ask("Which hospital treated him?").passages[0].text


def test_a_common_verb_the_story_lacks_asks_nothing() -> None:
    """*happens* is not in the story: the question is still answered, from the rule it asks about
    (*Residents who break the ban face ...*) among the first three (the top one shares *rules*)."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("What happens to people who break the rules twice?", story="carrow-water-limits")
    assert answer.answered and 2 in [p.paragraph for p in answer.passages[:3]]


def test_a_yes_or_no_question_finds_the_opposite_word(bundled: Library) -> None:
    answer = bundled.ask("Did Zuckerberg think he recruited the right staff?")
    assert answer.answered and "I hired the wrong people" in answer.passages[0].text
    assert 1 not in [p.paragraph for p in answer.passages]  # the caption "Mark Zuckerberg" adds nothing


def test_a_credit_line_answers_only_as_the_best_passage(bundled: Library) -> None:
    answer = bundled.ask("Where did the top image come from?")
    assert answer.answered and answer.passages[0].text.startswith("Thumbnail and Top Image Source")


def test_what_a_who_or_what_is_question_asks_about_must_be_in_the_passage() -> None:
    """The theft story mentions the police and Ashford but no chief, so it does not say who
    Ashford's police chief is; without the rule it answers from the lede."""
    stories = load_folder(DATA / "stories")[0]
    question = "Who is the police chief of Ashford?"
    assert not Library(stories).ask(question, story="museum-painting-theft").answered
    loose = Library(stories, rule=AnswerRule(whole_thing_asked=False))
    assert loose.ask(question, story="museum-painting-theft").answered
    assert Library(stories).ask("Who is the mayor of Granite Falls?", story="granite-falls-election").answered


def test_a_story_that_lacks_the_names_asked_about_does_not_answer() -> None:
    library = Library(load_folder(KNOWLEDGE)[0] + load_folder(DATA / "stories")[0])
    assert library.ask("When was BrightHome founded?").story == "brighthome-recall"
    assert not library.ask("When was Facebook founded?").answered  # BrightHome's founding is no answer
    assert not library.ask("Where does Mark Zuckerberg swim?").answered


@pytest.mark.parametrize(
    "question",
    ["Which TV network interviewed Zuckerberg?", "When was Facebook founded?", "Who is Brian Acton?"],
)
def test_a_question_typed_in_lower_case_gets_the_same_answer(bundled: Library, question: str) -> None:
    """The stories say which words are names (*Zuckerberg*), however the question writes them."""
    cased, lower = bundled.ask(question), bundled.ask(question.lower())
    assert (lower.answered, lower.passages) == (cased.answered, cased.passages)


def test_a_name_s_own_words_are_names_in_a_lower_case_question() -> None:
    """*bridge* is a word of the name *Harlow Street Bridge*, though the story says *the bridge*;
    *Tidewater* opens its sentences, where every word is capitalised, and is a name."""
    library = Library(load_folder(DATA / "stories")[0])
    index = library.index
    assert index.known_names(parse_query("who designed the harlow street bridge")).names == {
        "harlow",
        "street",
        "bridg",
    }
    assert index.known_names(parse_query("why was the bridge closed")).names == set()
    assert index.known_names(parse_query("who founded tidewater paper")).names == {"tidewat", "paper"}
    assert index.known_names(parse_query("when was fitly founded")).names == {"fitly"}  # kept whole: not *fit*
    for question in ("Who designed the Harlow Street Bridge?", "Who founded Tidewater Paper?"):
        assert not library.ask(question).answered and not library.ask(question.lower()).answered
    # a name as the question writes it: *prevent* is no name though *Prevention* (of a centre's
    # name) stems to it and is the only way the stories write that stem
    assert "prevent" not in index.known_names(parse_query("what will officials do to prevent crashes")).names
    assert library.ask("What will officials do to prevent crashes?", story="highway-pileup").answered


@pytest.fixture(scope="module")
def articles() -> list[Story]:
    return load_folder(DATA / "stories")[0]


@pytest.fixture(scope="module")
def stories(articles: list[Story]) -> dict[str, Story]:
    """The test stories by id, loaded once for the module."""
    return {s.id: s for s in articles}


@pytest.mark.parametrize(
    ("story", "question", "answer", "without"),
    [
        # *Fitly* stems to *fit*, as *fitness* does: kept whole, the name finds its own
        # paragraph, not the lede's *fitness tracking app* (which answers nothing)
        ("app-layoffs", "When was Fitly founded?", "founded in 2014", {"whole_names": False, "deed_asked": False}),
        # what someone said: their words in quote marks, not the paragraph that names them
        ("valley-floods", "What did the sheriff warn drivers?", "Turn around", {"quote_boost": 0.0}),
        # a modal question: what may be (*could rise*), not the lede's fee
        ("striker-transfer", "Could the fee get higher?", "could rise to $75 million", {"modal_boost": 0.0}),
        # a word no story uses and WordNet gives only synonyms of two words: *CEO*, *chief executive*
        ("app-layoffs", "What did the CEO say?", "chief executive Hannah Brooks", {"phrase_synonyms": False}),
        # who is the X: the passage that names X (and a person), though another scores higher (and
        # writes a name beside it: the named-first rule finds it too)
        (
            "salmonella-outbreak",
            "Who is the president of Green Hollow?",
            "Tomas Ruiz",
            {"asked_first": 0.0, "named_first": 0.0},
        ),
        # a word no story uses finds the words WordNet puts right under it: *symptoms*, *fever*
        ("salmonella-outbreak", "What are the symptoms of salmonella?", "diarrhea, fever", {"kinds": False}),
        # a sentence opening with a pronoun says what the one before it is about: *It is about
        # 1.1 times as wide as Earth* after *The planet, named Halvard-3c, ...*
        ("exoplanet-discovery", "How big is Halvard-3c?", "1.1 times as wide", {"pronoun_carry": False}),
        # has it happened before: a sentence that tells of what came before
        ("tuition-protest", "Has tuition climbed before?", "the third in four years", {"precedent_boost": 0.0}),
        # how did X react: X's words answer though no passage says *react*
        ("pine-ridge-wolves", "How did environmentalists react?", "welcomed the news", {"form_verbs_optional": False}),
        # a question of fact: the narration states it, not a quotation that shares its words
        ("coral-bleaching-study", "How long is the reef?", "180-mile reef", {"quoted_weight": 1, "extent_first": 0}),
        # who did it: the paragraph that names the doer after *by* (*led by*), not the lede's planet
        ("exoplanet-discovery", "Who led the research?", "led by", {"done_by_first": 0.0}),
        ("guitar-auction-record", "Who sold the guitar?", "sold by his daughter", {"done_by_first": 0.0}),
        # (the lede's *A federal judge* lends *judge* to the paragraph after: that off too)
        ("app-store-ruling", "Who is the judge?", "Judge Maria Esteban", {"named_first": 0.0, "described_names": 0.0}),
        # where X is based: the paragraph that says *based in San Jose*, not one that names the firm
        ("chipmaker-earnings", "Where is Veltra based?", "based in San Jose", {"based_first": 0.0}),
        # who is X, how old is X: where the story says it beside the name, not the scene that opens a feature
        ("lobster-fisherman-feature", "Who is Walt Pruitt?", "last commercial lobsterman", {"described_first": 0.0}),
        ("lobster-fisherman-feature", "How old is Walt Pruitt?", "Pruitt, 71", {"described_first": 0.0}),
        ("satellite-internet-village", "Where is Kivalina?", "barrier island", {"described_first": 0.0}),
    ],
)
def test_a_rule_finds_the_passage_that_its_absence_misses(
    articles: list[Story], story: str, question: str, answer: str, without: dict[str, Any]
) -> None:
    """Each rule of the question's form, against the engine without it."""
    assert answer in Library(articles).ask(question, story=story).passages[0].text
    rule = {k: v for k, v in without.items() if k in {f.name for f in fields(AnswerRule)}}
    index = TfidfIndex(**{k: v for k, v in without.items() if k not in rule}).fit(articles)
    unruled = Library(articles, index=index, rule=AnswerRule(**rule))
    first = unruled.ask(question, story=story).passages[:1]
    assert not any(answer in p.text for p in first)


def test_lower_case_questions_floor() -> None:
    """Typed in lower case, as many people do in a chat, the test articles' questions keep
    their numbers: the stories say which words are names."""
    data, library = load_question_file(DATA / "questions.yaml", lower_case=True)
    score = evaluate(data, library)["all"].row()
    assert score["top1"] >= 81.0, score
    assert score["top3"] >= 89.0, score
    assert score["decisions"] >= 84.9, score


def test_a_question_s_own_capitals_are_trusted() -> None:
    index = Library(load_folder(DATA / "stories")[0]).index
    assert index.known_names(parse_query("who leads the crew of helix")).names == {"helix"}
    assert index.known_names(parse_query("What did the Helix commander say?")).names == {"helix"}
    assert index.known_names(parse_query("what did daniel okafor say")).names == {"daniel", "okafor"}
    assert index.known_names(parse_query("what was the commander's job")).names == set()  # a title, no name


def test_compare_lists_the_baselines_then_each_step() -> None:
    pytest.importorskip("bm25s")
    from knowledge.evaluate import STEPS, compare

    table = compare([DATA / "questions.yaml"]).splitlines()
    names = [line.split(" | ")[0].lstrip("| ") for line in table[2:]]
    assert names[:2] == ["scikit-learn TfidfVectorizer defaults, paragraphs", "BM25 with stemming (bm25s), paragraphs"]
    assert names[2:] == [name for name, _ in STEPS]
    data, library = load_question_file(DATA / "questions.yaml")
    now = evaluate(data, library)["all"].row()
    assert f"| {now['top1']}% | {now['top3']}% |" in table[-1]  # the last step is the engine as it ships


def test_a_named_story_is_searched_whole_however_large_the_library() -> None:
    """In a big library a common term does not pick candidates; in one named story, every
    paragraph holding any question term is still scored."""
    from knowledge.index import TfidfIndex

    fillers = [build_story(f"filler-{i}", "T\n\nThe council met on Monday.") for i in range(400)]
    target = build_story("target", "T\n\nThe council approved the budget.\n\nA zebra escaped from the zoo.")
    index = TfidfIndex().fit([*fillers, target])
    found = index.search("Did the council hear about the zebra?", story="target", top=5)
    assert sorted(h.paragraph for h in found) == [1, 2]


def test_the_evaluation_script_asks_the_whole_library(capsys: pytest.CaptureFixture[str]) -> None:
    from knowledge.evaluate import main

    assert main([str(DATA / "questions.yaml"), "--whole-library"]) == 0
    out = capsys.readouterr().out
    assert "stories in one library, no story named" in out.splitlines()[0] and "\n| all | " in out
    assert main([str(DATA / "nope.yaml"), "--whole-library"]) == 2


def test_with_no_story_named_the_question_goes_to_the_story_about_it() -> None:
    """Several stories have *mill* and *close*, or *race* and *won*; one whose headline or
    lede is about them answers (:meth:`knowledge.index.TfidfIndex.subject_share`)."""
    library = Library(load_folder(DATA / "stories")[0])
    assert library.ask("When will the mill close?").story == "tidewater-plant-closing"
    # (two stories are about a mayor's race: either answers)
    assert library.ask("Who won the mayor's race?").story in {"granite-falls-election", "county-election-results"}


def test_how_do_i_wants_what_it_asks_how_to_do(stories: dict[str, Story]) -> None:
    """*we made it illegal to build housing* shares *make* with *How do I make pancakes?*, a
    common verb, and nothing it asks how to do; *How can I find out if my card was stolen?* is
    answered where the story tells of the card. Every word it asks about must be there."""
    library = Library([stories["zoning-reform-law"]])
    assert not library.ask("How do I make pancakes?").answered
    unruled = Library([stories["zoning-reform-law"]], index=library.index, rule=AnswerRule(how_to_asks=False))
    assert unruled.ask("How do I make pancakes?").answered
    breach = Library([stories["retailer-data-breach"]])
    assert breach.ask("How can I find out if my card was stolen?").answered
    books = Library([stories["library-book-ban-vote"]])  # *library* alone: not how to get a card
    assert not books.ask("How do I get a library card?").answered


def test_the_word_a_question_form_asks_for_is_not_an_answer_alone() -> None:
    """*height* stands for *How tall* in the ranking; a paragraph that holds it and no word of
    the question (*rules on height and parking*) does not outrank the lede's *buildings of up
    to five stories*, though the lede's *builders* lend every paragraph the story's subject."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "zoning-reform-law")
    answer = Library([story]).ask("How tall can the new buildings be?")
    assert answer.answered and "up to five stories" in answer.passages[0].text


def test_a_vote_the_story_tells_as_passed_is_the_vote_asked_about() -> None:
    """*passed the state Senate 24 to 15* answers *What was the Senate vote?*, though it does
    not say *vote*."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "zoning-reform-law")
    answer = Library([story]).ask("What was the Senate vote?")
    assert answer.answered and "24 to 15" in answer.passages[0].text


def test_how_much_profit_asks_for_money() -> None:
    """*How much profit did Ashford make last year?* wants an amount of money: the bank's story
    has none for last year, only *He joined the bank last year*, which does not answer."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "bank-laundering-fine")
    answer = Library([story]).ask("How much profit did Ashford make last year?")
    assert not answer.answered
    assert Library([story]).ask("How much was Ashford Bank fined?").answered


def test_the_doer_does_not_date_the_doing() -> None:
    """*runner* is a related form of *run*: it says who, not when. *when runners faced the
    race's longest stage* does not say when she started running again; *began jogging again in
    September 2024* does (in the whole test library, where *runner* weighs more)."""
    library = Library(load_folder(DATA / "stories")[0])
    answer = library.ask("When did she start running again?", story="ultramarathon-win")
    assert answer.answered and "September 2024" in answer.passages[0].text


def test_an_abbreviated_title_is_the_word_it_stands_for() -> None:
    """*Gov. Ellen Marsh* is the governor: *Who is the governor?* finds her; *Sen. Joe Pittman*
    is a senator, not the Senate."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "state-budget-standoff")
    library = Library([story])
    answer = library.ask("Who is the governor?")
    assert answer.answered and "Gov. Ellen Marsh" in answer.passages[0].text
    assert "Sen. Joe Pittman" in library.ask("Who is the senator?").passages[0].text


def test_what_is_x_finds_the_sentence_that_says_what_it_is() -> None:
    """*What is a heat pump?* asks for a definition: *A heat pump works like an air conditioner
    running in reverse*, not the lede that first names *an electric heat pump*."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "heat-pump-subsidy")
    answer = Library([story]).ask("What is a heat pump?")
    assert answer.answered and "works like an air conditioner" in answer.passages[0].text


def test_a_name_the_stories_also_write_as_a_common_word_does_not_say_which() -> None:
    """*Who built the Hoover Dam?* shares *Dam* with the Birch Gorge Dam, a word the story also
    writes in lower case (*three dams*); *Hoover*, which says which dam, is in no story."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "dam-removal-salmon")
    library = Library([story])
    assert not library.ask("Who built the Hoover Dam?").answered
    assert "1911" in library.ask("When was the Birch Gorge Dam finished?").passages[0].text
    unruled = Library([story], index=library.index, rule=AnswerRule(names_in_story=False))
    assert unruled.ask("Who built the Hoover Dam?").answered


def test_what_will_be_is_answered_where_the_story_looks_ahead(articles: list[Story]) -> None:
    """*Where will the rocket launch from?* is answered by the paragraph that says where it will
    launch, not by where the rocket stood when engineers found a fault in it."""
    library = Library(articles)
    question, story = "Where will the rocket launch from?", "orbital-launch-delay"
    assert "Vandenberg" in library.ask(question, story=story).passages[0].text
    unruled = Library(articles, index=library.index, rule=AnswerRule(future_first=0.0))
    assert "Vandenberg" not in unruled.ask(question, story=story).passages[0].text


def test_an_item_of_a_list_answers_as_a_sentence_of_its_own() -> None:
    """A specification list's items are sentences: *How big is the battery?* is answered by
    its item, not by the whole list read as one sentence, nor by *Battery life is the obvious
    question*."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "foldable-phone-launch")
    answer = Library([story]).ask("How big is the battery?")
    assert answer.passages[0].sentence == "- 4,800 mAh battery with 45W charging"


def test_an_interviewers_question_is_its_answers_words() -> None:
    """In a Q&A interview, *Q: What will you do with the prize money?* says what the answer
    after it is about: *A: Pay off my student loans* answers *What will she do with the prize
    money?*, though it holds none of its words."""
    story = next(s for s in load_folder(DATA / "stories")[0] if s.id == "novelist-interview")
    answer = Library([story]).ask("What will she do with the prize money?")
    assert answer.answered and answer.passages[0].text.startswith("A: Pay off my student loans")


def test_a_title_abbreviated_in_a_question_is_the_title(articles: list[Story]) -> None:
    """*Dr.* in *What did Dr. Hannah Price say?* is a doctor, as the story's *Dr. Hannah Price*
    is to the index; and *Price*, a word other stories write in lower case (*home prices*), with
    *Hannah* says who is asked about."""
    library = Library(articles)
    answer = library.ask("What did Dr. Hannah Price say?")
    assert answer.story == "measles-school-exclusion" and "most contagious" in answer.passages[0].text


def test_a_name_in_one_story_does_not_hide_a_word_of_another(stories: dict[str, Story]) -> None:
    """*Welsh Conservatives* makes *conserv* a name in the hospital-parking story; the wolf
    story's *Conservation groups welcomed the news* is still found for *environmentalists*
    (WordNet: *conservationist*)."""
    library = Library([stories["pine-ridge-wolves"], stories["hospital-parking-charges"]])
    hits = library.index.search("Were environmentalists pleased?", story="pine-ridge-wolves")
    assert hits and "welcomed the news" in stories["pine-ridge-wolves"].paragraph(hits[0].paragraph).text


def test_a_question_of_a_measure_wants_an_amount_with_its_unit(stories: dict[str, Story]) -> None:
    """*How hot were the ovens?*: *five mobile ovens* baking *over 14 hours* does not say, and the
    story says no more; *How heavy was the whale?* is answered by *an estimated 12 tonnes*, not
    by the paragraph that says its weight was the danger."""
    pizza = [stories["longest-pizza-record"]]
    assert not Library(pizza).ask("How hot were the ovens?").answered
    assert Library(pizza, rule=AnswerRule(measure_stated=False)).ask("How hot were the ovens?").answered
    answer = Library([stories["whale-rescue"]]).ask("How heavy was the whale?")
    assert answer.answered and "an estimated 12 tonnes" in answer.passages[0].text
    # an amount in a unit of what is asked: a percentage is no weight, storeys are a height
    assert not Library([stories["rowing-race-upset"]]).ask("How much do rowers weigh?").answered
    answer = Library([stories["eviction-ruling"]]).ask("how tall are the buildings")
    assert answer.answered and "two 22-story buildings" in answer.passages[0].text


def test_a_count_written_otherwise_holds_what_how_many_counts(stories: dict[str, Story]) -> None:
    """*How many people live in Millbrook?*: *the town of Millbrook, with 12,000 residents* counts
    its people without the word *people*; *Scribe has about 9 million monthly users* says how
    many use it. Not for a name: *130 Kenyan runners* are no Ethiopian ones."""
    answer = Library([stories["data-center-water-dispute"]]).ask("How many people live in Millbrook?")
    assert answer.answered and "12,000 residents" in answer.passages[0].text
    answer = Library([stories["ai-copyright-lawsuit"]]).ask("How many people use Scribe?")
    assert answer.answered and "9 million monthly users" in answer.passages[0].text
    assert not Library([stories["marathon-doping-ban"]]).ask("How many Ethiopian runners have been banned?").answered
    # those who come to watch are counted by any word for them: *a crowd of 9,214 watched*
    answer = Library([stories["college-hoops-upset"]]).ask("How many fans watched the game?")
    assert answer.answered and "a crowd of 9,214" in answer.passages[0].text


def test_who_did_it_wants_it_done_to_what_is_asked(stories: dict[str, Story]) -> None:
    """*Who wrote the novel?*: *the musical based on the novel by Ellen Marsh*, not *Its songs
    were written by the British duo Tom and Lily Ashworth*, which has the verb but not the novel;
    the verb alone still names a doer where nothing else does (*The team, led by Dr. Ingrid
    Solheim* answers *Who led the research?*)."""
    answer = Library([stories["musical-closing"]]).ask("Who wrote the novel?")
    assert "the novel by Ellen Marsh" in answer.passages[0].text
    answer = Library([stories["exoplanet-discovery"]]).ask("Who led the research?")
    assert "led by Dr. Ingrid Solheim" in answer.passages[0].text


def test_things_are_counted_in_units_and_votes_on_each_side(stories: dict[str, Story]) -> None:
    """*How many foldables has Lumen sold?*: *has sold about 400,000 units*; *What was the result
    of the vote?*: *by 314 votes to 291*, not the paragraph about a free vote."""
    answer = Library([stories["phone-leak-rumor"]]).ask("How many foldables has Lumen sold?")
    assert answer.answered and "about 400,000 units" in answer.passages[0].text
    answer = Library([stories["assisted-dying-vote"]]).ask("What was the result of the vote?")
    assert "by 314 votes to 291" in answer.passages[0].text


def test_what_did_x_say_is_not_a_word_in_scare_quotes(stories: dict[str, Story]) -> None:
    """*What did Orbis say?*: *Orbis declined to comment*, not the paragraph with its phone's
    code name in quotation marks (*known internally as "Crane", would cost ...*)."""
    answer = Library([stories["phone-leak-rumor"]]).ask("What did Orbis say?")
    assert "Orbis declined to comment" in answer.passages[0].text


def test_a_season_under_way_is_the_present(stories: dict[str, Story]) -> None:
    """*Who else have Westbury signed this summer?*, of a story written on 2 July: *this summer*
    is now, so *Westbury's third summer signing, after midfielder Tomas Ruiz* answers without a
    date of its own."""
    answer = Library([stories["keeper-signing"]]).ask("Who else have Westbury signed this summer?")
    assert answer.answered and "Tomas Ruiz" in answer.passages[0].text


def test_a_labelled_figure_counts_what_its_label_names(stories: dict[str, Story]) -> None:
    """*How many passengers did SkyBridge carry?*: the key-figures list's *Passengers carried: 18.4
    million*; a time of day (*touched down at 6:12 p.m.*) is no label."""
    answer = Library([stories["airline-results"]]).ask("How many passengers did SkyBridge carry?")
    assert answer.answered and "Passengers carried: 18.4 million" in answer.passages[0].text
    assert not Library([stories["tornado-strike"]]).ask("How many tornadoes hit Kansas this year?").answered


def test_what_is_x_wants_what_x_is_not_what_was_done_to_it(stories: dict[str, Story]) -> None:
    """*What are microplastics?*: *Microplastics are pieces of plastic smaller than 5mm*, the last
    paragraph, not the lede's *Microplastics were found in all 45 rivers*."""
    answer = Library([stories["plastic-rivers-report"]]).ask("What are microplastics?")
    assert "pieces of plastic smaller than 5mm" in answer.passages[0].text


def test_an_age_or_a_count_spelled_or_left_bare(stories: dict[str, Story]) -> None:
    """*How old is Moss?*: *Moss, a two-year-old male*; *How many red pandas are left in the
    wild?*: *Red pandas are classed as endangered, with fewer than 10,000 thought to remain*."""
    library = Library([stories["zoo-red-panda-escape"]])
    answer = library.ask("How old is Moss?")
    assert answer.answered and "a two-year-old male" in answer.passages[0].text
    answer = library.ask("How many red pandas are left in the wild?")
    assert answer.answered and "fewer than 10,000" in answer.passages[0].text


def test_an_acronym_is_the_name_whose_initials_it_spells(stories: dict[str, Story]) -> None:
    """*How much of the EU's gas comes from Norway?*: *about 30% of the gas used in the European
    Union*; *What does the FDA say?*: the *Food and Drug Administration*'s paragraph. Not *UK*
    for *University of Kestrel*, nor *PC* for *Pakistan and China*."""
    answer = Library([stories["diplomats-expelled"]]).ask("How much of the EU's gas comes from Norway?")
    assert answer.answered and "European Union" in answer.passages[0].text
    answer = Library([stories["medicine-shortage"]]).ask("What does the FDA say about the shortage?")
    assert answer.answered and "Food and Drug Administration" in answer.passages[0].text
    text = "T\n\nThe University of Kestrel studied dogs in Pakistan and China and in the European Union."
    index = TfidfIndex().fit([build_story("s", text)])
    assert set(index.acronyms_) == {"eu"}


def test_where_the_headlines_event_happened_is_the_ledes_place(stories: dict[str, Story]) -> None:
    """*Where did the avalanche happen?*, under *Avalanche kills two skiers*: the lede's *outside
    the Val Serre ski area in the French Alps*, not the last paragraph's *avalanches in France
    this winter*."""
    answer = Library([stories["avalanche-ski-resort"]]).ask("Where did the avalanche happen?")
    assert "outside the Val Serre ski area" in answer.passages[0].text


def test_how_long_is_the_x_wants_a_length_or_span_written_on_x(stories: dict[str, Story]) -> None:
    """*How long was the stage?*: *The 182km stage from Aosta*, not the next stage's *35km
    individual time trial*; *How long are the pipelines?*: *pipelines under the North Sea that
    is about 9,000km long*, not the lede's *within a week*."""
    cycling = [stories["cycling-stage-win"]]
    assert "The 182km stage" in Library(cycling).ask("How long was the stage?").passages[0].text
    without = Library(cycling, rule=AnswerRule(extent_first=0.0)).ask("How long was the stage?")
    assert "35km individual time trial" in without.passages[0].text
    answer = Library([stories["diplomats-expelled"]]).ask("How long are the pipelines?")
    assert "about 9,000km long" in answer.passages[0].text


def test_a_speed_or_a_span_or_the_story_does_not_say(stories: dict[str, Story]) -> None:
    """*How fast can the bikes go?*: *18 miles per hour*; of a ferry story with no speed, *How fast
    can the Osprey go?* is declined, and so is *How long does a battery last?* of a recall that
    gives no span, while *How long will the eruption last?* finds *for days or weeks*."""
    answer = Library([stories["bike-share-launch"]]).ask("How fast can the bikes go?")
    assert answer.answered and "18 miles per hour" in answer.passages[0].text
    assert not Library([stories["ferry-service"]]).ask("How fast can the Osprey go?").answered
    assert not Library([stories["scooter-battery-recall"]]).ask("How long does a battery last?").answered
    answer = Library([stories["volcano-flight-ash"]]).ask("How long will the eruption last?")
    assert answer.answered and "for days or weeks" in answer.passages[0].text


def test_last_years_figure_and_the_number_waiting(stories: dict[str, Story]) -> None:
    """*How much profit did it make last year?*: *down from £71m a year earlier*, a year before the
    story's; *How many people have waited more than a year?*: *The number waiting more than a
    year fell to 192,000*; *How deep was the fish filmed?*: *8,336 metres*, not *800 times that
    at the surface*."""
    answer = Library([stories["ceo-steps-down"]]).ask("How much profit did it make last year?")
    assert answer.answered and "£71m a year earlier" in answer.passages[0].text
    library = Library([stories["hospital-waiting-list"]])
    answer = library.ask("How many people have waited more than a year?")
    assert answer.answered and "fell to 192,000" in answer.passages[0].text
    answer = Library([stories["deep-sea-snailfish"]]).ask("How deep was the fish filmed?")
    assert "8,336 metres below the surface" in answer.passages[0].text


def test_how_long_so_far_and_what_is_wrong_with(stories: dict[str, Story]) -> None:
    """*How long was Lewis Crane jailed for?* wants a span: the lede's *jailed for nine years and
    four months*, not *Lewis Crane, 31, poured petrol through the letterbox*, which names him;
    *What is wrong with Carver?* asks his trouble, not about wrongdoing."""
    answer = Library([stories["arson-sentencing"]]).ask("How long was Lewis Crane jailed for?")
    assert answer.answered and "nine years and four months" in answer.passages[0].text
    answer = Library([stories["cup-semifinal-preview"]]).ask("What is wrong with Carver?")
    assert answer.answered and any("knee problem" in p.text for p in answer.passages)
    assert parse_query("What's wrong with the bridge?").counts == parse_query("What about the bridge?").counts


def test_a_crowd_counts_those_who_watched_wherever_the_story_says_it(stories: dict[str, Story]) -> None:
    """*How many fans attended the match?*: the lede's *in front of a sold-out crowd of 18,000*,
    which holds none of the question's words; *How many people watched the game?*: *the home
    crowd of 11,402*, not *reduced to ten men*."""
    answer = Library([stories["harbor-lions-final"]]).ask("How many fans attended the match?")
    assert answer.answered and "crowd of 18,000" in answer.passages[0].text
    answer = Library([stories["rovers-derby-win"]]).ask("How many people watched the game?")
    assert answer.answered and "crowd of 11,402" in answer.passages[0].text


def test_a_name_of_capitals_and_digits_is_a_name(stories: dict[str, Story]) -> None:
    """*K2*, *the A38*: names, which a story must hold to answer; the library has neither."""
    assert parse_query("How many cars use the A38?").names == {"a38"}
    library = Library(list(stories.values()))
    assert not library.ask("How many people have died on K2 this year?").answered
    assert not library.ask("How many cars use the A38?").answered


def test_someone_called_by_their_age_is_the_one_just_named(stories: dict[str, Story]) -> None:
    """*How old is Okafor?*: *The 24-year-old from Team Halden crossed the line ...*, the paragraph
    after the one that names Daniel Okafor; it names no one, and is found by his name."""
    answer = Library([stories["cycling-stage-win"]]).ask("How old is Okafor?")
    assert answer.answered and "The 24-year-old" in answer.passages[0].text
    cycling = [stories["cycling-stage-win"]]
    without = Library(cycling, index=TfidfIndex(aged_names=0.0).fit(cycling))
    assert not without.ask("How old is Okafor?").answered


def test_a_clearance_is_a_height_and_a_crossing_a_speed(stories: dict[str, Story]) -> None:
    """*How high is the bridge?*: *a clearance of 3.4 metres*, not *trains limited to 20mph
    across the bridge*; *How fast can trains cross the bridge?*: that 20mph; *the number of
    people killed or seriously injured ..., which was 112 last year* counts them."""
    library = Library([stories["lorry-bridge-strike"]])
    assert "3.4 metres" in library.ask("How high is the bridge?").passages[0].text
    assert "limited to 20mph" in library.ask("How fast can trains cross the bridge?").passages[0].text
    answer = Library([stories["speed-limit-20mph"]]).ask("How many people were killed or seriously injured last year?")
    assert answer.answered and "which was 112 last year" in answer.passages[0].text


def test_how_many_times_and_what_someone_does(stories: dict[str, Story]) -> None:
    """*How many times has he climbed Everest?*: *for the 32nd time*, or the story does not say
    (*How many times has Tremblay run the race?*); *How many MPs ...?*: *MPs* are MPs (*the
    Greens' fifth MP*); *What did Donnelly do for a living?*: *Donnelly, a retired primary school
    teacher*."""
    answer = Library([stories["everest-record"]]).ask("How many times has he climbed Everest?")
    assert answer.answered and "for the 32nd time" in answer.passages[0].text
    assert not Library([stories["ultramarathon-win"]]).ask("How many times has Tremblay run the race?").answered
    answer = Library([stories["by-election-result"]]).ask("How many MPs do the Greens have now?")
    assert answer.answered and "fifth MP" in answer.passages[0].text
    answer = Library([stories["channel-swim"]]).ask("What did Donnelly do for a living?")
    assert "retired primary school teacher" in answer.passages[0].text


def test_someone_the_lede_describes_is_found_by_the_name_the_next_paragraph_gives(stories: dict[str, Story]) -> None:
    """*How old is the hiker?*: the lede's *A hiker who went missing ...* is the *Tomas
    Lindqvist, 61,* of the paragraph after, which never says *hiker*."""
    hiker = [stories["hiker-found-alive"]]
    answer = Library(hiker).ask("How old is the hiker?")
    assert answer.answered and "Tomas Lindqvist, 61" in answer.passages[0].text
    without = Library(hiker, index=TfidfIndex(described_names=0.0).fit(hiker)).ask("How old is the hiker?")
    assert "Tomas Lindqvist, 61" not in without.passages[0].text


@pytest.mark.parametrize(
    ("story", "question", "part"),
    [
        ("hiker-found-alive", "Who was found?", "Tomas Lindqvist, 61"),
        ("court-verdict-fraud", "Who was jailed?", "Graham Tully, 58"),
        ("charity-swim", "Who swam the Channel?", "Linda Marsh set off"),
    ],
)
def test_who_the_lede_describes_is_answered_by_the_name_after_it(
    stories: dict[str, Story], story: str, question: str, part: str
) -> None:
    """*Who was found?*: the lede says *A hiker who went missing ...*; the paragraph after it,
    which opens with his name, says who."""
    answer = Library([stories[story]]).ask(question)
    assert answer.answered and part in answer.passages[0].text
    without = Library([stories[story]], rule=AnswerRule(named_after_lede=False)).ask(question)
    assert not without.passages or part not in without.passages[0].text


def test_where_from_wants_a_place_after_from(stories: dict[str, Story]) -> None:
    """*Where did the rocket launch from?*: *from Cape Canaveral*, not when it launched."""
    answer = Library([stories["lunar-lander-launch"]]).ask("Where did the rocket launch from?")
    assert answer.answered and "from Cape Canaveral" in answer.passages[0].text


def test_a_name_in_lower_case_after_called(stories: dict[str, Story]) -> None:
    """*What is the drug called?*: *The drug, called remternetug*, a name in lower case."""
    answer = Library([stories["drug-trial"]]).ask("What is the drug called?")
    assert answer.answered and "called remternetug" in answer.passages[0].text


def test_a_quoted_name_is_what_a_number_counts(stories: dict[str, Story]) -> None:
    """*How many climate shelters did Madrid open?*: *opened 40 "climate shelters"*."""
    answer = Library([stories["heatwave-record"]]).ask("How many climate shelters did Madrid open?")
    assert answer.answered and '40 "climate shelters"' in answer.passages[0].text


def test_no_job_before_an_honorific(stories: dict[str, Story]) -> None:
    """*What did Mr Hetherington do for a living?*: *Mr Hetherington, a former bus driver*, not
    *the hospice that cared for Mr Hetherington's brother* (*for* is no job)."""
    answer = Library([stories["lottery-win"]]).ask("What did Mr Hetherington do for a living?")
    assert answer.answered and "a former bus driver" in answer.passages[0].text


@pytest.mark.parametrize(
    ("story", "question", "part"),
    [
        ("bank-branch-closures", "How often will the mobile branch visit?", "once a week"),  # how often
        ("nurses-strike", "What does RCN stand for?", "Royal College of Nursing (RCN)"),  # the letters spelled
        ("football-transfer", "What nationality is Silva?", "Brazilian striker Mateo Silva"),
        ("tennis-retirement", "What nationality is Varga?", "The 33-year-old Hungarian"),
        # the headline's subject: the story's own place, not *the restaurant's own garden near Ripley*
        ("restaurant-review", "Where is the restaurant?", "Harrogate's Parliament Street"),
        ("marseille-wildfire", "Where is the wildfire?", "north of Marseille"),
        ("weather-snow-warning", "Where are the warnings?", "across much of northern England"),
        # *job* is no word the story writes: what it calls him is
        ("explainer-clocks", "What was William Willett's job?", "a builder, William Willett"),
        # a rank after the thing ranked counts it; a day of the month counts nothing
        ("bird-flu-farm", "How many outbreaks have there been this autumn?", "is the fourth on a commercial farm"),
        ("data-breach-retailer", "How many customers were affected?", "about 2.3 million customers"),
        # a span from one day to another
        ("weather-snow-warning", "How long do the warnings last?", "Wednesday evening to Friday morning"),
        # *The founder of Coinvault ...* is the Kessler of the paragraph after, as *A man* would be
        ("crypto-exchange-collapse", "Where was Kessler arrested?", "The founder of Coinvault"),
        # the doer by the noun for what they did: *a small Edinburgh publisher, Thistle Books*
        ("interview-author", "Who published the book?", "publisher, Thistle Books"),
    ],
)
def test_what_a_questions_form_asks_for(stories: dict[str, Story], story: str, question: str, part: str) -> None:
    """*How often*: a frequency; *What does X stand for?*: the words X's letters begin;
    *What nationality*: a people's adjective, not the word *nationality*, which no story writes;
    *Where is the X?* of the X the headline names: the lede's place (*north of* a town is one)."""
    answer = Library([stories[story]]).ask(question)
    assert answer.answered and part in answer.passages[0].text


def test_a_paragraph_opening_with_it_speaks_of_the_subject_before(stories: dict[str, Story]) -> None:
    """*How does the drug work?*: *It works by clearing amyloid*, after *The drug, called
    remternetug, was tested ...*; without reading *It* as the drug, the drug's maker answers."""
    trial = [stories["drug-trial"]]
    assert "It works by clearing amyloid" in Library(trial).ask("How does the drug work?").passages[0].text
    without = Library(trial, index=TfidfIndex(it_subjects=0.0).fit(trial)).ask("How does the drug work?")
    assert "It works by clearing amyloid" not in without.passages[0].text


def test_a_score_on_the_way_is_not_the_result(stories: dict[str, Story]) -> None:
    """*What was the final score?*: the lede's *a 27-24 win*, not *to lead 17-10 at the break*,
    which answers *What was the halftime score?* (*41-27 at the break*)."""
    answer = Library([stories["rugby-match-report"]]).ask("What was the final score?")
    assert answer.answered and "27-24 win" in answer.passages[0].text
    answer = Library([stories["basketball-title-game"]]).ask("What was the halftime score?")
    assert answer.answered and "41-27 at the break" in answer.passages[0].text


#: Question forms and the rule each needs: the answer with the rule, and not without it.
FORMS = [
    # *Which court heard the case?*: *to Exeter County Court*, not *she said outside court*
    ("cockerel-noise-ruling", "Which court heard the case?", "to Exeter County Court", {"which_named": 0.0}),
    ("fraud-trial-opens", "Which court is hearing the case?", "Southwark Crown Court", {"which_named": 0.0}),
    # *About 140 patients a day*, not *Only 54% of patients were seen*
    (
        "hospital-waiting-times",
        "How many patients cannot be discharged?",
        "About 140 patients a day",
        {"whole_counts_first": 0.0},
    ),
    ("boil-water-notice", "How old is the main?", "installed in 1958", {"age_first": 0.0}),
    ("seal-rescue", "How old was the pup?", "about three weeks old", {"age_first": 0.0}),
    # the lede dates the derailment (*early on Tuesday*); the time of day is further down
    ("freight-derailment", "What time did it happen?", "at about 4.20am", {"clock_first": False}),
    ("freight-derailment", "Where was the train going?", "to a cement works in Cheshire", {"going_first": 0.0}),
    ("climate-march", "Where did the march start?", "set off from Hyde Park", {"going_first": 0.0}),
    # the story says *according to ...*, never *published the figures*
    (
        "airport-security-queues",
        "What should passengers who missed flights do?",
        "should contact their airline",
        {"advice_first": 0.0},
    ),
    (
        "rents-record-high",
        "Who published the figures?",
        "according to the property website Rightmove",
        {"source_first": False},
    ),
    (
        "flu-jab-campaign",
        "Who published the figures?",
        "according to the UK Health Security Agency",
        {"source_first": False},
    ),
]


@pytest.mark.parametrize(("story", "question", "part", "without"), FORMS)
def test_a_question_form_finds_its_answer_by_its_rule(
    stories: dict[str, Story], story: str, question: str, part: str, without: dict[str, object]
) -> None:
    answer = Library([stories[story]]).ask(question)
    assert answer.answered and part in answer.passages[0].text
    unruled = Library([stories[story]], rule=AnswerRule(**without)).ask(question)
    assert not unruled.passages or part not in unruled.passages[0].text


def test_a_source_named_after_published_is_the_one(stories: dict[str, Story]) -> None:
    """*The figures, published on Thursday morning by the Joint Council ...*: that paragraph,
    not an earlier *according to*."""
    answer = Library([stories["exam-results-day"]]).ask("Who published the figures?")
    assert answer.answered and "by the Joint Council for Qualifications" in answer.passages[0].text


def test_a_fall_from_one_number_to_another_counts_what_fell(stories: dict[str, Story]) -> None:
    """*reports of online bullying dropped from 96 to 31* says how many reports there were."""
    answer = Library([stories["school-phone-ban"]]).ask("How many reports of online bullying were there?")
    assert answer.answered and "dropped from 96 to 31" in answer.passages[0].text


def test_a_population_counts_animals_too(stories: dict[str, Story]) -> None:
    """*the population has grown to more than 1,000* says how many beavers live there."""
    answer = Library([stories["beaver-release"]]).ask("How many beavers live in the Tay valley?")
    assert answer.answered and "the population has grown to more than 1,000" in answer.passages[0].text
