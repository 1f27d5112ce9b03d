"""Synonyms of index terms and English's most used verbs, from WordNet 3.0 (``knowledge/data/``).

A question word that no story uses ("Was anyone *injured*?") is looked up here, and its
synonyms that the stories do use ("Nobody was *hurt*") stand in for it at a lower weight.
The table maps stems to stems (see ``scripts/build_synonyms.py``); it is read once, on the
first question that needs it.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from knowledge.analysis import misread_roots

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "synonyms.txt.gz"
_NONE: tuple[tuple[str, ...], ...] = ((), (), ())
COMMON_VERBS_PATH = DEFAULT_PATH.parent / "common_verbs.tsv"
KINDS_PATH = DEFAULT_PATH.parent / "kinds.txt.gz"
PERSON_NOUNS_PATH = DEFAULT_PATH.parent / "person_nouns.txt.gz"
WORD_COUNTS_PATH = DEFAULT_PATH.parent / "word_counts.txt.gz"


@lru_cache(maxsize=4)
def synonym_table(path: Path = DEFAULT_PATH) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``{term: (synonyms, related forms, opposites)}``; empty (with no error) when the file is
    missing or unreadable.

    >>> synonyms("injur")[:2], related("own"), opposites("legal")
    (('bruis', 'hurt'), ('owner',), ('illeg', 'outlaw'))
    """
    table = {}
    misread = misread_roots()
    for line in _lines(path):
        same, _, rest = line.partition(" | ")
        forms, _, opposite = rest.partition(" | ")
        key, *others = same.split()
        # (*founded* and *founder* are no forms of *find*, whose past *found* the table's stems took for them)
        related = tuple(f for f in forms.split() if not key.startswith(misread.get(f, ("\0",))))
        table[key] = (tuple(others), related, tuple(opposite.split()))
    return table


def _lines(path: Path) -> list[str]:
    """The lines of a gzipped table that are not empty or comments; none when it cannot be read."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, EOFError, UnicodeDecodeError):
        return []
    return [line for line in lines if line and not line.startswith("#")]


def synonyms(term: str) -> tuple[str, ...]:
    """The synonyms of an index term (a stem), or ``()``; one of two words is written with a
    ``+`` (``ceo``: ``chief+execut``)."""
    return synonym_table().get(term, _NONE)[0]


def knows(term: str) -> bool:
    """Whether WordNet gives ``term`` a synonym, a related form or an antonym of one word: an
    English word, not a misspelling or a clipped one (*decaf*, whose synonym is two words).

    >>> knows("injur"), knows("decaf"), knows("zuckerberg")
    (True, False, False)
    """
    same, forms, opposite = synonym_table().get(term, _NONE)
    return bool(forms or opposite or any("+" not in s for s in same))


def related(term: str) -> tuple[str, ...]:
    """The derivationally related forms of an index term (``own``: ``owner``), or ``()``."""
    return synonym_table().get(term, _NONE)[1]


def places_of(term: str) -> tuple[str, ...]:
    """For a people's name (an index term ending in *-an*), the places it is made from
    (``american``: ``america``; ``european``: ``europ``), or ``()``: *Booker* is no *book*.

    >>> places_of("american"), places_of("booker"), places_of("veteran")
    (('america',), (), ())
    """
    if not _PEOPLES_NAME.fullmatch(term):
        return ()
    return tuple(form for form in related(term) if len(form) < len(term))


_PEOPLES_NAME = re.compile(r"[a-z]{3,}an")


#: The fewest letters that a word's forms in other parts of speech must share to count as one
#: word: *injury* and *injure* share *injur*; *read* and *reader*, only a short, common *read*.
SAME_ROOT_LETTERS = 5


def same_root(term: str) -> tuple[str, ...]:
    """The related forms of an index term that are the same word in another part of speech: one
    stem begins the other, at least :data:`SAME_ROOT_LETTERS` long (``injuri``: ``injur``).

    >>> same_root("injuri"), related("read"), same_root("read")
    (('injur',), ('reader',), ())
    """
    return tuple(
        form
        for form in related(term)
        if min(len(form), len(term)) >= SAME_ROOT_LETTERS and (form.startswith(term) or term.startswith(form))
    )


def opposites(term: str) -> tuple[str, ...]:
    """The antonyms of an index term (``right``: ``wrong``), or ``()``."""
    return synonym_table().get(term, _NONE)[2]


@lru_cache(maxsize=4)
def kind_table(path: Path = KINDS_PATH) -> dict[str, tuple[str, ...]]:
    """``{kind: members}``: the nouns that WordNet puts right under a kind (see
    ``scripts/build_synonyms.py``); empty (with no error) when the file is missing.

    >>> "fraud" in members("crime"), "fever" in members("symptom"), members("thing")
    (True, True, ())
    """
    table = {}
    for line in _lines(path):
        kind, *found = line.split()
        table[kind] = tuple(found)
    return table


def members(term: str) -> tuple[str, ...]:
    """The index terms of the things of kind ``term`` (``crime``: ``fraud``, ``theft``...), or ``()``."""
    return kind_table().get(term, ())


@lru_cache(maxsize=4)
def person_nouns(path: Path = PERSON_NOUNS_PATH) -> frozenset[str]:
    """The words, in lower case, that one of WordNet's first two senses of makes a person
    (``fisherman``, ``founder``; see ``scripts/build_synonyms.py``); empty (with no error) when
    the file is missing.

    >>> "fisherman" in person_nouns(), "american" in person_nouns(), "harbor" in person_nouns()
    (True, False, False)
    """
    return frozenset(_lines(path))


@lru_cache(maxsize=4)
def word_counts(path: Path = WORD_COUNTS_PATH) -> dict[str, int]:
    """How many times WordNet's sense-tagged corpus (SemCor, about 244,000 tagged words) uses each
    stem, in any sense and part of speech: how common a word is in ordinary English. Empty (with
    no error) when the file is missing.

    >>> counts = word_counts()
    >>> counts["make"] > counts["compani"] > counts["camera"] > counts.get("sourdough", 0)
    True
    """
    counts = {}
    for line in _lines(path):
        word, _, count = line.partition(" ")
        if count.isdigit():
            counts[word] = int(count)
    return counts


#: The stems of the verbs by which news reports what someone made known. A question asks
#: *When did BrightHome announce the recall?*; the story writes *BrightHome ... said on Tuesday
#: that it would recall*: each of these finds the others, as WordNet's synonyms do.
SAYING_VERBS = frozenset({"say", "tell", "announc", "declar", "disclos", "reveal", "confirm"})


def saying(term: str) -> tuple[str, ...]:
    """The other verbs of making something known, for one of them (``announc``: ``say``...), or ``()``.

    >>> "say" in saying("announc"), saying("recal")
    (True, ())
    """
    return tuple(sorted(SAYING_VERBS - {term})) if term in SAYING_VERBS else ()


@lru_cache(maxsize=4)
def common_verbs(path: Path = COMMON_VERBS_PATH) -> frozenset[str]:
    """The index terms of the hundred verbs English uses most (``say``, ``come``, ``live``): they
    say little about what a question asks. Empty when the file is missing.

    >>> "live" in common_verbs(), "apolog" in common_verbs()
    (True, False)
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
