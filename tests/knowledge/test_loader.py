"""Loading story files and folders: front matter, titles, paragraphs and broken files."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from knowledge import BadStoryFile, KnowledgeFolderError, Library
from knowledge.loader import load_folder, load_story, story_files
from tests.conftest import EVAL_STORIES, KNOWLEDGE, SHARED

FRONT = "---\ntitle: The Title\npublished: 2024-02-03\nsource: Example News\nurl: https://example.com/a\n---\n"


def test_front_matter_is_read(write_story) -> None:
    story = load_story(write_story("a.md", FRONT + "The Title\n\nFirst paragraph.\n\nSecond one."))
    assert story.id == "a"
    assert (story.title, story.published, story.source, story.url) == (
        "The Title",
        dt.date(2024, 2, 3),
        "Example News",
        "https://example.com/a",
    )
    # A first line that repeats the title is the title line, never a paragraph.
    assert [p.text for p in story.paragraphs] == ["First paragraph.", "Second one."]
    assert [p.number for p in story.paragraphs] == [1, 2]


def test_a_title_with_a_colon_needs_no_quotes(write_story) -> None:
    """YAML refuses ``title: Q&A: The Fire Chief``; news titles say it all the time."""
    text = "---\ntitle: Q&A: The Fire Chief\npublished: 2026-09-30\nurl: https://example.com/q\n---\nThe lede."
    story = load_story(write_story("qa.md", text))
    assert (story.title, story.published, story.url) == (
        "Q&A: The Fire Chief",
        dt.date(2026, 9, 30),
        "https://example.com/q",
    )


def test_an_article_without_blank_lines_has_a_paragraph_per_line(write_story) -> None:
    """Pasted from a web page, an article often has one paragraph per line and no blank line."""
    lines = ["Bridge Reopens", "It reopened on Monday.", "The project cost $12 million.", '"Good," said Ruth Allen.']
    story = load_story(write_story("bridge.txt", "\n".join(lines)))
    assert story.title == "Bridge Reopens" and [p.text for p in story.paragraphs] == lines[1:]
    wrapped = load_story(write_story("wrapped.txt", "Bridge Reopens\n\nIt reopened on\nMonday. It cost\n$12 million."))
    assert len(wrapped.paragraphs) == 1  # a paragraph wrapped at its lines stays one
    dated = load_story(write_story("dated.txt", "\n".join([lines[0], "Published March 10, 2026", *lines[1:]])))
    assert [p.text for p in dated.paragraphs] == ["Published March 10, 2026", *lines[1:]]  # a date line may open it
    assert dated.published == dt.date(2026, 3, 10) and not dated.paragraph(1).is_prose


def test_a_byline_block_and_a_bracketed_caption_are_not_prose(write_story) -> None:
    """A pasted page's byline and date lines, together longer than a short line, and a caption in
    brackets are no paragraphs of prose: the lede after them gets the headline's words, and the
    byline's date dates the story."""
    pasted = (
        "Plant Brings 2,000 Jobs\n\nBy Maria Santos, Staff Writer\nPublished 6:05 AM EST, Wed March 4, 2026\n"
        "Updated 9:12 AM EST, Wed March 4, 2026\n\nVolta will build a plant, officials said Tuesday.\n\n"
        "(Photo: A rendering of the plant. Courtesy of Volta)\n\nKey specs of the cells it will make, in short:\n"
        "- 4,800 mAh cells for long range\n- 45W charging for the largest models"
    )
    story = load_story(write_story("plant.txt", pasted))
    assert [p.is_prose for p in story.paragraphs] == [False, True, False, True]  # a list is prose
    assert story.published == dt.date(2026, 3, 4)


def test_a_byline_with_stops_is_not_prose_and_dates_the_story(write_story) -> None:
    """*By Priya Natarajan, Tech Desk. Published 2026-06-09.* ends in a stop and is still a byline:
    the summary does not open with it, and its date dates the story; *By Tuesday, ...* is prose."""
    page = (
        "# Fieldnote buys Inkwell\n\n*By Priya Natarajan, Tech Desk. Published 2026-06-09.*\n\n"
        "Fieldnote said on Monday that it has agreed to buy Inkwell.\n\nBy Tuesday, the shares had fallen."
    )
    story = load_story(write_story("deal.md", page))
    assert [p.is_prose for p in story.paragraphs] == [False, True, True]
    assert story.published == dt.date(2026, 6, 9)


def test_an_editors_note_on_the_article_is_not_prose(write_story) -> None:
    """*Correction: An earlier version of this article said ... 1 May* tells of the article, not
    the news: no summary sentence nor timeline event comes from it; a paragraph that only
    mentions a correction is prose."""
    text = (
        "Unit to Close\n\nThe maternity unit will close at night from 4 May, the trust said.\n\n"
        "The trust issued a correction to its own figures last week.\n\n"
        "Correction: An earlier version of this article said the unit would close from 1 May.\n\n"
        "Editor's note: This story has been updated with the trust's response."
    )
    story = load_story(write_story("unit.md", text))
    assert [p.is_prose for p in story.paragraphs] == [True, True, False, False]


def test_windows_encodings_are_read(write_story, caplog) -> None:
    """A file saved by a Windows editor as "ANSI" (Windows-1252) or "Unicode" (UTF-16) loads."""
    ansi = "Café Owners\n\n“We are open,” said Renée Dubois.".encode("cp1252")
    with caplog.at_level(logging.WARNING):
        story = load_story(write_story("cafe.txt", ansi))
    assert story.title == "Café Owners" and story.paragraph(1).text == "“We are open,” said Renée Dubois."
    assert any("Windows-1252" in r.getMessage() for r in caplog.records)
    unicode = load_story(write_story("cafe16.txt", "Café Owners\n\nWe are open.".encode("utf-16")))
    assert unicode.title == "Café Owners" and unicode.paragraph(1).text == "We are open."


def test_without_title_the_first_line_is_the_title(write_story) -> None:
    story = load_story(write_story("plain.txt", "\n\n# A Heading Title\nBody starts here.\n\nNext."))
    assert story.title == "A Heading Title"
    assert [p.text for p in story.paragraphs] == ["Body starts here.", "Next."]
    assert story.published is None


def test_a_date_line_above_the_article_dates_a_file_without_front_matter(write_story) -> None:
    pasted = "Strike Shuts Ports\n\nBy Jamie Lawson\n\nPublished March 3, 2025\n\nDockworkers walked off on Tuesday."
    story = load_story(write_story("pasted.txt", pasted))
    assert story.published == dt.date(2025, 3, 3)
    assert [p.text for p in story.paragraphs][:2] == ["By Jamie Lawson", "Published March 3, 2025"]  # kept verbatim
    dated = load_story(write_story("dated.md", FRONT + "The Title\n\nMarch 3, 2025\n\nThe lede."))
    assert dated.published == dt.date(2024, 2, 3)  # the front matter says when
    lede = load_story(write_story("lede.txt", "Title\n\nOn March 3, 2025, the port closed.\n\nMore."))
    assert lede.published is None  # a date in the article is an event, not the publication


def test_a_title_that_differs_from_the_first_line_keeps_the_line(write_story) -> None:
    story = load_story(write_story("b.md", "---\ntitle: Other\n---\nLine one.\n\nLine two."))
    assert story.title == "Other"
    assert [p.text for p in story.paragraphs] == ["Line one.", "Line two."]


def test_paragraph_text_is_verbatim_and_sentences_are_numbered(write_story) -> None:
    story = load_story(write_story("c.txt", "T\n\nOne. Two\nwraps here.\r\n\r\n\r\nThree."))
    assert story.paragraph(1).text == "One. Two\nwraps here."
    assert [s.text for s in story.paragraph(1).sentences] == ["One.", "Two\nwraps here."]
    assert [s.index for s in story.sentences] == [0, 1, 2]
    assert story.paragraph(2).sentences[0].paragraph == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x81\x8d not utf-8", "not valid UTF-8"),  # nor Windows-1252, which lacks these two bytes
        (b"Caf\xc3\xa9 owners, \x93broken\x94", "not valid UTF-8"),  # UTF-8 but for a byte: not cp1252
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"---\ntitle: [unclosed\n---\nBody.", "not valid YAML"),
        (b"---\ntitle: x\nBody without a closing line.", "never closed"),
        (b"---\n- a list\n---\nBody.", "mapping"),
        (b"---\nauthor: someone\n---\nBody.", "unknown front matter key 'author'"),
        (b"---\npublished: March 2018\n---\nBody.", "YYYY-MM-DD"),
        (b"---\npublished: 0001-01-01\n---\nBody.", "from 1000 to 9000"),
        (b"---\ntitle: Only a title\n---\nOnly a title\n", "no paragraphs"),
    ],
)
def test_broken_files_are_rejected_with_a_reason(write_story, content: bytes, reason: str) -> None:
    path = write_story("broken.md", content)
    with pytest.raises(BadStoryFile, match=reason) as info:
        load_story(path)
    assert info.value.path == path


def test_a_broken_file_is_skipped_with_one_warning_and_the_rest_load(write_story, caplog) -> None:
    write_story("good.md", "Good\n\nA fine paragraph.")
    bad = write_story("bad.txt", b"\x81\x8d")
    write_story("notes.json", "{}")
    with caplog.at_level(logging.WARNING):
        stories, skipped = load_folder(bad.parent)
    assert [s.id for s in stories] == ["good"]
    assert [s.path for s in skipped] == [bad]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "bad.txt" in warnings[0] and "UTF-8" in warnings[0]


def test_the_same_id_twice_keeps_the_first(write_story, tmp_path: Path) -> None:
    write_story("same.md", "One\n\nFirst.")
    (tmp_path / "sub").mkdir()
    write_story("sub/same.txt", "Two\n\nSecond.")
    stories, skipped = load_folder(tmp_path)
    assert [s.title for s in stories] == ["One"]
    assert "already used" in skipped[0].reason


def test_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeFolderError, match="does not exist"):
        Library.from_folder(tmp_path / "missing")
    with pytest.raises(KnowledgeFolderError, match="no story files"):
        Library.from_folder(tmp_path)
    (tmp_path / "x.md").write_bytes(b"")
    with pytest.raises(KnowledgeFolderError, match="no usable story"):
        Library.from_folder(tmp_path)


def test_every_shipped_story_loads() -> None:
    paths = list(story_files(KNOWLEDGE))
    assert paths, "the project ships at least one story"
    for path in paths:
        assert load_story(path).paragraphs


def test_bundled_story_is_the_seed_article_unchanged() -> None:
    story = load_story(KNOWLEDGE / "stories" / "zuckerberg-apology.md")
    assert story.title == "Mark Zuckerberg Apologizes For Facebook's Failings In Rare Sit Down Interview"
    assert story.published == dt.date(2018, 3, 22)
    assert story.source == "HotHardware"
    assert story.url and story.url.startswith("https://hothardware.com/")
    seed = SHARED / "seed" / "zuckerberg-apology.txt"
    if seed.is_file():
        body = (KNOWLEDGE / "stories" / "zuckerberg-apology.md").read_text(encoding="utf-8").split("---\n", 2)[2]
        assert body == seed.read_text(encoding="utf-8")


@pytest.mark.skipif(not EVAL_STORIES.is_dir(), reason="../shared/eval is not beside the project")
def test_eval_stories_load() -> None:
    stories, skipped = load_folder(EVAL_STORIES)
    assert stories and not skipped
    northfield = next(s for s in stories if s.id == "northfield-start-times")
    assert northfield.published == dt.date(2023, 8, 10)
    assert northfield.paragraph(1).text.startswith("The Northfield school board voted")
