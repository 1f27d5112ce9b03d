"""Property-based tests: no question and no article text can make the engine raise."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import BadStoryFile, Library
from knowledge.dates import _RULES
from knowledge.loader import load_story
from knowledge.quotes import extract_quotes
from knowledge.story import build_story
from knowledge.summary import StorySummarizer
from knowledge.timeline import build_timeline
from tests.conftest import KNOWLEDGE

NASTY = [
    "",
    "   \t\n ",
    "\u200b\u200d\ufeff",
    "\x00\x01\x02\x1b[31m",
    "🔥🔥 who apologized? 🙏",
    "مَن اعتذر؟ מי התנצל",
    "**bold** _it_ ~~strike~~ ||spoiler|| > quote",
    "```py\nprint('x')\n```",
    "[click me](https://example.com) <https://example.com>",
    "@everyone @here <@&123456789012345678> <@123456789012345678> <#123456789012345678>",
    "Who is Brian Acton? " * 1000,
]
QUESTIONS = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=400),
    st.lists(st.sampled_from([*NASTY, "Who is Brian Acton?", "data", "Zuckerberg"]), max_size=6).map(" ".join),
)
FRAGMENTS = [
    "The council met on Monday.",
    '"We will rebuild," Okafor said.',
    '"Unbalanced quotation marks never close',
    "“curly ” ” “ quotes ‘ ’ ' '",
    "no sentence punctuation at all here just words and more words",
    'Dr. J. R. R. Tolkien, the U.S. author, said: "Yes."',
    "It happened yesterday, last week, in 2019, between March 2023 and January 2025, two days after Friday.",
    "He said it. She said it. They said it. It said it.",
    "\n\n",
    "---",
    "# Heading",
    "\u200b",
]
ARTICLES = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("\n\n".join),
    st.text(max_size=2000),
    st.just("word " * 5000),  # one giant paragraph without punctuation
    st.just('"only" "quotations" "here." ' * 50),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=QUESTIONS)
def test_any_question_gets_an_answer_or_a_decline(question: str) -> None:
    library = _bundled()
    answer = library.ask(question)
    assert answer.answered == bool(answer.passages)
    story = library.story("zuckerberg-apology")
    for passage in answer.passages:
        assert passage.text == story.paragraph(passage.paragraph).text and passage.sentence in passage.text
    for quote in answer.quotes:
        assert quote.text in story.paragraph(quote.paragraph).text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLES, data=st.binary(max_size=300), as_bytes=st.booleans())
def test_any_article_loads_or_is_skipped_and_its_views_never_raise(text: str, data: bytes, as_bytes: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.md"
        if as_bytes:
            path.write_bytes(data + text.encode("utf-8", errors="surrogatepass"))
        else:
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            story = load_story(path)
        except BadStoryFile as exc:
            assert exc.reason and str(path) in str(exc)
            return
    _check_views(story)


@settings(max_examples=80, deadline=None)
@given(text=ARTICLES, published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
def test_views_of_any_built_story_never_raise(text: str, published: dt.date | None) -> None:
    _check_views(build_story("s", "Title\n\n" + text, published=published))


#: Sentences made of what each time pattern of :mod:`knowledge.dates` can match, between words:
#: every form it finds must resolve (*in the coming weeks* once had no period and raised).
TIMES = st.lists(
    st.tuples(
        st.sampled_from(["It happened", "Officials said the vote would come", '"We waited," she said,', "The"]),
        st.one_of(*(st.from_regex(pattern, fullmatch=True) for _, pattern in _RULES)),
    ).map(" ".join),
    min_size=1,
    max_size=6,
).map(lambda parts: ". ".join(parts) + ".")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TIMES, published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
def test_every_time_pattern_resolves_in_any_sentence(text: str, published: dt.date | None) -> None:
    story = build_story("s", "Title\n\n" + text, published=published)
    for event in build_timeline(story).events:
        assert event.text in story.paragraph(event.paragraph).text


def _check_views(story) -> None:
    for quote in extract_quotes(story):
        assert quote.text and quote.text in story.paragraph(quote.paragraph).text
    for sentence in StorySummarizer().summarize(story, 10):
        assert sentence.text in story.paragraph(sentence.paragraph).text
    for event in build_timeline(story).events:
        assert event.text in story.paragraph(event.paragraph).text
    if story.paragraphs:
        Library([story]).ask("What happened on Monday?")


_LIBRARY: list[Library] = []


def _bundled() -> Library:
    if not _LIBRARY:
        _LIBRARY.append(Library.from_folder(KNOWLEDGE))
    return _LIBRARY[0]
