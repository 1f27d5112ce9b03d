"""Index terms: stop words (scikit-learn's list, kept as data), stems and numbers."""

from __future__ import annotations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as SKLEARN_STOP_WORDS

from knowledge.analysis import STOP_WORDS, name_words, terms
from knowledge.stopwords import ENGLISH_STOP_WORDS


def test_the_copied_stop_word_list_is_scikit_learns() -> None:
    assert ENGLISH_STOP_WORDS == SKLEARN_STOP_WORDS


def test_terms() -> None:
    assert terms("The board voted on 4,200 students' start times") == [
        "board",
        "vote",
        "4200",
        "student",
        "start",
        "time",
    ]
    assert "did" in STOP_WORDS and "fire" not in STOP_WORDS  # auxiliaries out, content words kept
    assert terms("a copper mine") == ["copper", "mine"]  # scikit-learn's list has "mine" for "my"
    assert terms("Was anybody hurt?") == terms("Was anyone hurt?") == ["hurt"]  # the list lacks "anybody"


def test_a_name_that_stemming_would_join_to_a_word_is_kept_whole() -> None:
    """*Waters* the congresswoman is not *water*; a title, a word written in lower case in any
    story, and a name no word of its story shares a stem with are stemmed as words are."""
    stories = [
        "Representative Maxine Waters said the water was unsafe. Then Admiral Banks said the banking rules failed.",
        "Officials said Hughes was hurt. The Commander said commands were given.",
        "The banks closed.",
    ]
    assert name_words(stories, titles=frozenset({"commander"})) == {"waters"}
    assert terms("Waters tested the water", names=frozenset({"waters"})) == ["waters", "test", "water"]
    assert terms("Waters tested the water") == ["water", "test", "water"]


def test_irregular_forms_meet_their_base() -> None:
    for form, base in [("wolves", "wolf"), ("children", "child"), ("fought", "fight"), ("spokesmen", "spokesman")]:
        assert terms(form) == terms(base), form
    assert terms("lives") == terms("live")  # a regular form of a word is not taken for an irregular one
    assert terms("going places") == ["place"]  # a form of a stop word is a stop word


def test_a_verb_meets_its_regular_forms_where_the_stemmer_parts_them() -> None:
    """The stemmer makes *sued* "su" and *sue* "sue", *boycotted* "boycot" and *boycott*
    "boycott": the forms that verbs take by rule are joined to their verb."""
    for form, base in [
        ("sued", "sue"),
        ("suing", "sue"),
        ("boycotted", "boycott"),
        ("freed", "free"),
        ("staffed", "staff"),
    ]:
        assert terms(form) == terms(base), form
    assert terms("skied") != terms("sky")  # also a form of another verb (ski): left to the stemmer


def test_an_adjective_meets_its_comparative_and_superlative() -> None:
    for form, base in [("highest", "high"), ("higher", "high"), ("largest", "large"), ("busiest", "busy")]:
        assert terms(form) == terms(base), form
    assert terms("number") != terms("numb")  # a word of its own is no comparative
    assert terms("lower") != terms("low")  # nor is one that is a verb too (to lower)


def test_the_shipped_wordnet_tables_load() -> None:
    """Every table in knowledge/data reads, holds what its builder writes, and is not a story."""
    from knowledge.analysis import IRREGULAR_PATH, _read_irregular
    from knowledge.synonyms import common_verbs, kind_table, members, person_nouns, related, synonym_table, synonyms

    irregular = _read_irregular(IRREGULAR_PATH)
    assert len(irregular) > 3000 and all(form != base and " " not in base for form, base in irregular.items())
    assert len(common_verbs()) == 100 and {"say", "live", "come"} <= common_verbs()
    assert len(synonym_table()) > 30000
    assert "need" in synonyms("want") and "privat" not in synonyms("want")  # a verb far more than a noun
    assert "kill" in synonyms("die") and "die" in synonyms("kill")  # a verb's cause, each way
    assert "chief+execut" in synonyms("ceo")  # a synonym of two words, looked for as a word pair
    assert len(kind_table()) > 3000 and {"fever", "diarrhea"} <= set(members("symptom"))
    assert not members("thing")  # one of the most used nouns names no kind
    assert "person" not in members("caus")  # *causal agent* is not one of *cause*'s first senses
    assert "find" not in related("found")  # *founded* is no form of the word *found*, read as *find*
    assert len(person_nouns()) > 5000 and {"fisherman", "retiree", "founder"} <= person_nouns()
    assert not {"american", "federal", "harbor"} & person_nouns()  # mostly adjectives, or no person
    assert not {p.suffix for p in IRREGULAR_PATH.parent.iterdir()} & {".md", ".txt"}  # the loader skips them


def test_a_word_with_digits_after_it_is_one_word() -> None:
    """A model or a strain (*Ryze X5*, *H5N1*) is no number: *Ryze X5* is not *Ryze 5*."""
    assert terms("Ryze X5, H5N1 and a 4K screen") == ["ryze", "x5", "h5n1", "4", "screen"]


def test_some_of_scikit_learns_stop_words_are_content_words() -> None:
    """*Where had the guitar been kept?* asks where it was *kept*."""
    assert terms("Where had the guitar been kept? They fill it.") == ["guitar", "keep", "fill"]


def test_a_phrasal_verb_is_the_verb_it_stands_for() -> None:
    """*went up* is *rise* (which WordNet ties to *raised*), *stepped down* is *resign*."""
    assert terms("Fares went up and she stepped down") == terms("Fares rise and she resign")
    assert terms("He set up a fund, then gave way") == ["establish", "fund", "collaps"]


def test_the_us_is_the_country_not_the_pronoun() -> None:
    """*US* and *U.S.* are the United States (*usa*, tied by WordNet to *America*); *us* in lower
    case is the pronoun, a stop word, and *USB* is its own word."""
    assert terms("adults in the US and the U.S. told us") == ["adult", "usa", "usa", "tell"]
    assert terms("a USB cable") == ["usb", "cabl"]


def test_a_contraction_is_the_words_it_stands_for() -> None:
    """*won't* is *will not*, not the past of *win*: a story that says it must not answer *Who
    won?*, and *they'll* leaves no word *ll*."""
    assert "win" not in terms("The museum won't give the bronzes back, and they'll keep 900.")
    assert "ll" not in terms("Who'll pay? We’ll see.")
    assert terms("Who won the race? She didn't.") == ["win", "race"]
