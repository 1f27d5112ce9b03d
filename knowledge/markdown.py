"""The text of an article written in Markdown: the words a reader sees, without the marks.

A ``.md`` story pasted from a web page carries ``**$42 million**``, ``[a 1960s building](url)``
and ``## Why it matters``; the article's text is what they render to, so that passages,
quotations and names read as the reader reads them (*said council member *Ana Reyes** is Ana
Reyes's). Only inline marks and line prefixes go; a list's ``-`` stays, as the reader sees a
bullet. Plain ``.txt`` files are read as written.
"""

from __future__ import annotations

import html
import re

#: Each rule: a pattern and what it becomes, applied in order.
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:\s+\S+.*$", re.MULTILINE), ""),  # a reference link's target
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # an image: its description
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # a link: its text
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # a reference link: its text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE), r"\1"),  # a heading
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # a horizontal rule
    # a table's line under its header (*|---|:---:|*): the reader sees a rule, no words
    (re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*\n?", re.MULTILINE), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])"), r"\1"),  # italic
    (re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)"), r"\1"),  # italic, not snake_case
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # an escaped mark is the mark
    (re.compile(r"<br\s*/?>", re.IGNORECASE), "\n"),  # HTML that Markdown lets through
    (re.compile(r"</?(?:p|em|strong|b|i|u|span|a|div|sup|sub)(?:\s[^<>]*)?>", re.IGNORECASE), ""),
]


def plain_text(markdown: str) -> str:
    """``markdown`` as the words it shows.

    >>> plain_text("The council approved a **$42 million** plan, said *Ana Reyes*.")
    'The council approved a $42 million plan, said Ana Reyes.'
    >>> plain_text("## Why it matters\\n\\nIt replaces a [1960s building](https://example.com/old).")
    'Why it matters\\n\\nIt replaces a 1960s building.'
    >>> plain_text("Tom &amp; Jerry<br>said <em>no</em>, and 3 &lt; 4.")
    'Tom & Jerry\\nsaid no, and 3 < 4.'
    >>> plain_text("- Three floors\\n- A file_name stays, and so does 2 * 3 * 4.")
    '- Three floors\\n- A file_name stays, and so does 2 * 3 * 4.'
    >>> plain_text("| Model | Price |\\n|---|:---:|\\n| X5 | $749 |")
    '| Model | Price |\\n| X5 | $749 |'

    A block quote is a quotation, and reads as one (*In it, Sobel wrote:* then her words):

    >>> plain_text("Sobel wrote:\\n\\n> We are making these changes.\\n> I take responsibility.")
    'Sobel wrote:\\n\\n“We are making these changes.\\nI take responsibility.”'
    """
    markdown = _BLOCK_QUOTE.sub(_quoted, markdown)
    for pattern, replacement in _RULES:
        markdown = pattern.sub(replacement, markdown)
    return html.unescape(markdown).replace("\xa0", " ")  # &amp; is &, and &nbsp; a space


#: A block quote: lines opening with ``>``, up to a blank line.
_BLOCK_QUOTE = re.compile(r"^[ \t]{0,3}>.*(?:\n[ \t]{0,3}>.*)*", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)


def _quoted(match: re.Match[str]) -> str:
    """A block quote's text in quotation marks, unless it opens with its own."""
    text = _QUOTE_MARK.sub("", match.group()).strip()
    if not text or text[0] in "\"“‘'":
        return text
    return f"“{text}”"
