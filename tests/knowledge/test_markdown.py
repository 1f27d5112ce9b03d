"""A story written in Markdown is read as the text its reader sees."""

from __future__ import annotations

import pytest

from knowledge.loader import load_story
from knowledge.markdown import plain_text
from knowledge.quotes import extract_quotes


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("a **$42 million** plan", "a $42 million plan"),
        ("said council member *Ana Reyes*.", "said council member Ana Reyes."),
        ("__bold__ and _italic_", "bold and italic"),
        ('a [1960s building](https://example.com/old "old")', "a 1960s building"),
        ("![The site on Elm Street](https://example.com/site.jpg)", "The site on Elm Street"),
        ("see [the report][1]\n\n[1]: https://example.com/report", "see the report\n\n"),
        ("## Why it matters ##", "Why it matters"),
        ("> A quoted block", "“A quoted block”"),  # a quotation, in marks as it reads
        ('> "Said so," she said.', '"Said so," she said.'),  # its own marks stay
        ("Before\n\n---\n\nAfter", "Before\n\n\n\nAfter"),
        ("run `make`", "run make"),
        (r"a literal \*star\*", "a literal *star*"),
        ("Tom &amp; Jerry<br>said <em>no</em>&nbsp;twice", "Tom & Jerry\nsaid no twice"),
        # what is not Markdown's stays as written
        ("- Three floors\n- A maker space", "- Three floors\n- A maker space"),
        ("the file_name and 2 * 3 * 4", "the file_name and 2 * 3 * 4"),
        ("#DeleteFacebook is a campaign", "#DeleteFacebook is a campaign"),
    ],
)
def test_plain_text(markdown: str, text: str) -> None:
    assert plain_text(markdown) == text


def test_a_markdown_story_reads_as_its_text_and_a_txt_one_as_written(write_story) -> None:
    body = (
        "# City Council Approves New Library\n\nThe council approved a **$42 million** plan.\n\n"
        '## Why it matters\n\n"It is falling apart," said council member *Ana Reyes*.'
    )
    story = load_story(write_story("library.md", body))
    assert story.title == "City Council Approves New Library"
    assert [p.text for p in story.paragraphs] == [
        "The council approved a $42 million plan.",
        "Why it matters",
        '"It is falling apart," said council member Ana Reyes.',
    ]
    assert [(q.text, q.speaker) for q in extract_quotes(story)] == [("It is falling apart", "Ana Reyes")]
    as_written = load_story(write_story("library.txt", body))
    assert as_written.paragraph(1).text == "The council approved a **$42 million** plan."
