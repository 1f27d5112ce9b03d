"""Summaries: verbatim, in order, no captions or repeats; and better than lead-3 and TextRank."""

from __future__ import annotations

import pytest
import yaml

from knowledge import Library
from knowledge.evaluate import evaluate_summary_facts, load_question_file
from knowledge.evaluate_summary import BUNDLED_FOLDER, SHARED_STORIES, load_stories, score
from knowledge.story import build_story
from knowledge.summary import REDUNDANT, LeadSummarizer, StorySummarizer, TextRankSummarizer, _vectors
from tests.conftest import DATA, DEV_SET, needs_shared


@pytest.mark.parametrize("n", range(1, 11))
def test_summary_is_verbatim_in_order_and_without_captions(bundled: Library, n: int) -> None:
    story = bundled.story("zuckerberg-apology")
    sentences = bundled.summary(story.id, n).sentences
    assert len(sentences) == n
    assert [s.index for s in sentences] == sorted(s.index for s in sentences)
    for sentence in sentences:
        assert sentence.text in story.paragraph(sentence.paragraph).text
        assert story.paragraph(sentence.paragraph).is_prose
        assert "Image Source" not in sentence.text and sentence.text != "Mark Zuckerberg"
    vectors = _vectors(list(sentences))
    for i in range(len(sentences)):
        for j in range(i):
            assert vectors[i] @ vectors[j] < REDUNDANT


def test_nearly_identical_sentences_are_not_both_chosen() -> None:
    story = build_story(
        "s",
        "T\n\nThe city council approved a new budget for parks on Monday night.\n\n"
        "On Monday night the city council approved a new budget for parks.\n\n"
        "Residents asked for more benches and shade trees near the river.",
    )
    texts = [s.text for s in StorySummarizer().summarize(story, 2)]
    assert len(texts) == 2 and "Residents asked" in texts[1]


@pytest.mark.parametrize("summarizer", [LeadSummarizer(), TextRankSummarizer(), StorySummarizer()])
def test_empty_and_tiny_stories(summarizer) -> None:
    assert summarizer.summarize(build_story("s", "Only a title"), 3) == []
    short = build_story("s", "T\n\nThe only real sentence in this story.")
    assert [s.text for s in summarizer.summarize(short, 3)] == ["The only real sentence in this story."]


@needs_shared
def test_shared_summary_facts() -> None:
    data, library = load_question_file(DEV_SET)
    assert evaluate_summary_facts(data, library) == {"northfield-start-times": []}


def test_beats_lead3_and_textrank_on_rouge() -> None:
    pytest.importorskip("rouge_score")
    references = yaml.safe_load((DATA / "summaries.yaml").read_text(encoding="utf-8"))["summaries"]
    stories = load_stories([BUNDLED_FOLDER, DATA / "stories", SHARED_STORIES])
    references = [r for r in references if r["story"] in stories]
    assert len(references) >= 4
    mean = score(references, stories)["mean"]
    for metric in ("rouge1", "rouge2"):
        assert mean["Storybot"][metric] > mean["lead-3"][metric], metric
        assert mean["Storybot"][metric] > mean["TextRank"][metric], metric
