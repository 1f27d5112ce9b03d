"""Misspelled names in a question: *Zuckerburg* read as *Zuckerberg*.

People type the names in a story from memory. A question word that no story uses is read as the
one name of the stories that is a single edit away (a letter added, dropped, changed, or two
swapped) and starts with the same letter; when two names are that close, or none, it stays as
typed. Only names: a common word the stories lack (*salary*) is what the question asks about,
and reading it as another (*sale*) would answer a question the stories do not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

#: Shorter words are left alone: one edit turns them into too many others.
MIN_LENGTH = 4


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped or changed, or two neighbours swapped.

    >>> one_edit_apart("zuckerburg", "zuckerberg"), one_edit_apart("acotn", "acton")
    (True, True)
    >>> one_edit_apart("acton", "acton"), one_edit_apart("acton", "axtan")
    (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):  # one letter added
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])


class NameSpeller:
    """Reads an unknown word as the one known name a single edit away.

    Parameters
    ----------
    names : iterable of str
        The names that a word may be read as (index terms).

    Examples
    --------
    >>> speller = NameSpeller(["zuckerberg", "acton", "facebook"])
    >>> speller.correct("zuckerburg"), speller.correct("salari")
    ('zuckerberg', None)
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
        for name in names:
            if len(name) >= MIN_LENGTH - 1:
                self._by_start[(name[0], len(name))].append(name)

    def correct(self, word: str) -> str | None:
        """The one name a single edit from ``word``, or None (none, several, or ``word`` too short)."""
        if len(word) < MIN_LENGTH or not word.isalpha():
            return None
        found = [
            name
            for length in (len(word) - 1, len(word), len(word) + 1)
            for name in self._by_start.get((word[0], length), ())
            if one_edit_apart(word, name)
        ]
        return found[0] if len(found) == 1 else None
