"""Synonyms of index terms, from WordNet 3.0 (``knowledge/data/synonyms.txt.gz``).

A question word that no story uses ("Was anyone *injured*?") is looked up here, and its
synonyms that the stories do use ("Nobody was *hurt*") stand in for it at a lower weight.
The table maps stems to stems (see ``scripts/build_synonyms.py``); it is read once, on the
first question that needs it.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "synonyms.txt.gz"


@lru_cache(maxsize=4)
def synonym_table(path: Path = DEFAULT_PATH) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """``{term: (synonyms, related forms)}``; empty (with no error) when the file is missing
    or unreadable.

    >>> synonyms("injur")[:2], related("own")
    (('bruis', 'hurt'), ('owner',))
    """
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, EOFError, UnicodeDecodeError):
        return {}
    table = {}
    for line in lines:
        if line and not line.startswith("#"):
            same, _, forms = line.partition(" | ")
            key, *rest = same.split()
            table[key] = (tuple(rest), tuple(forms.split()))
    return table


def synonyms(term: str) -> tuple[str, ...]:
    """The synonyms of an index term (a stem), or ``()``."""
    return synonym_table().get(term, ((), ()))[0]


def related(term: str) -> tuple[str, ...]:
    """The derivationally related forms of an index term (``own``: ``owner``), or ``()``."""
    return synonym_table().get(term, ((), ()))[1]
