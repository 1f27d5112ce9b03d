"""Turning text into index terms: words and numbers, stop words out, stems in.

Works the same on articles and questions so that ``apologize`` finds ``apology`` and
``4,200`` finds ``4200``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import Stemmer

from knowledge.stopwords import ENGLISH_STOP_WORDS

#: scikit-learn's list holds some content words (``system``, ``fire``, ``interest``, numbers)
#: that news questions need; they are kept as terms.
_CONTENT_WORDS = frozenset(
    """amount bill call computer con describe detail empty fifteen fifty find fire first five
    forty found four front full give hundred interest last mill move name next nine part put
    serious show side sincere six sixty system take ten third thick thin three top twelve
    twenty two eight eleven one back bottom against mine keep fill cry""".split()
)
#: Contraction stems left once the apostrophe splits a word (``didn't`` gives ``didn``).
_CONTRACTIONS = frozenset("""aren couldn didn doesn don hadn hasn haven isn mustn shouldn wasn weren wouldn""".split())
#: Forms of the list's verbs that the list lacks.
_AUXILIARIES = frozenset("""did does doing having goes going gets getting becomes becoming seems seeming""".split())
#: The list has *anyone*, *someone*, *everyone* and *nobody*, not their twins in *-body*.
_PRONOUNS = frozenset("""anybody somebody everybody""".split())
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS - _CONTENT_WORDS) | _CONTRACTIONS | _AUXILIARIES | _PRONOUNS

#: A word or a number; a word with digits after it is one word (*X5*, *H5N1*, *PS5*: a model or a strain, not a number).
_TOKEN = re.compile(r"[^\W\d_]+\d[^\W_]*|\d+(?:[.,:]\d+)*|[^\W\d_]+", re.UNICODE)
_stemmer = Stemmer.Stemmer("english")


#: Irregular English verb forms the stemmer leaves apart (``began`` and ``begin``).
_IRREGULAR = {
    form: base
    for base, forms in {
        "arise": "arose arisen",
        "be": "was were been",
        "bear": "bore borne born",
        "beat": "beaten",
        "become": "became",
        "begin": "began begun",
        "bend": "bent",
        "bite": "bit bitten",
        "blow": "blew blown",
        "break": "broke broken",
        "bring": "brought",
        "build": "built",
        "buy": "bought",
        "catch": "caught",
        "choose": "chose chosen",
        "come": "came",
        "dig": "dug",
        "do": "did done",
        "draw": "drew drawn",
        "drink": "drank drunk",
        "drive": "drove driven",
        "eat": "ate eaten",
        "fall": "fell fallen",
        "feed": "fed",
        "feel": "felt",
        "fight": "fought",
        "find": "found",
        "flee": "fled",
        "fly": "flew flown",
        "forbid": "forbade forbidden",
        "forget": "forgot forgotten",
        "freeze": "froze frozen",
        "get": "got gotten",
        "give": "gave given",
        "go": "went gone",
        "grow": "grew grown",
        "hang": "hung",
        "hear": "heard",
        "hide": "hid hidden",
        "hold": "held",
        "keep": "kept",
        "know": "knew known",
        "lay": "laid",
        "lead": "led",
        "leave": "left",
        "lend": "lent",
        "lie": "lain",
        "lose": "lost",
        "make": "made",
        "mean": "meant",
        "meet": "met",
        "pay": "paid",
        "ride": "rode ridden",
        "ring": "rang rung",
        "rise": "rose risen",
        "run": "ran",
        "say": "said",
        "see": "saw seen",
        "seek": "sought",
        "sell": "sold",
        "send": "sent",
        "shake": "shook shaken",
        "shoot": "shot",
        "sing": "sang sung",
        "sink": "sank sunk",
        "sit": "sat",
        "sleep": "slept",
        "speak": "spoke spoken",
        "spend": "spent",
        "stand": "stood",
        "steal": "stole stolen",
        "stick": "stuck",
        "strike": "struck",
        "swim": "swam swum",
        "take": "took taken",
        "teach": "taught",
        "tear": "tore torn",
        "tell": "told",
        "think": "thought",
        "throw": "threw thrown",
        "understand": "understood",
        "wake": "woke woken",
        "wear": "wore worn",
        "win": "won",
        "write": "wrote written",
    }.items()
    for form in forms.split()
}


IRREGULAR_PATH = Path(__file__).resolve().parent / "data" / "irregular.tsv"


def _read_irregular(path: Path = IRREGULAR_PATH) -> dict[str, str]:
    """WordNet's irregular inflections (``wolves wolf``, ``spokesmen spokesman``), built by
    ``scripts/build_synonyms.py``; empty when the file is missing, so analysis still works."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line and not line.startswith("#"))


#: Every irregular form to its base: the verb list above, then WordNet's nouns, verbs and adjectives.
_BASE = _read_irregular() | _IRREGULAR
#: The irregular forms that are not words of their own: plurals (``women``, ``longshoremen``),
#: past forms (``fought``) and comparatives (``worse``).
IRREGULAR_FORMS = frozenset(_BASE)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The index term of one lower-cased word: irregular forms joined, then stemmed.

    >>> stem("wolves") == stem("wolf"), stem("fought") == stem("fight"), stem("spokesmen")
    (True, True, 'spokesman')
    """
    return _stemmer.stemWord(_BASE.get(word, word))


def misread_roots() -> dict[str, tuple[str, ...]]:
    """Per index term of a verb, its irregular past forms of four letters or more (``find``:
    ``found``): a word that begins with one (*founder*, *foundation*) is no form of that verb,
    though a table built from stems may say so.

    >>> misread_roots()["find"]
    ('found',)
    """
    roots: dict[str, list[str]] = {}
    for form, base in _IRREGULAR.items():
        if len(form) >= 4:
            roots.setdefault(stem(base), []).append(form)
    return {term: tuple(forms) for term, forms in roots.items()}


#: English contractions, read as the words they stand for before the apostrophe splits them:
#: *won't* is *will not*, not the past of *win*; *who'll* leaves no word *ll*.
_CONTRACTION = re.compile(r"\b(won|can|shan)['’]t\b|n['’]t\b|(?<=[a-z])['’](?:ll|re|ve|d|m)\b")
_NEGATED = {"won": "will not", "can": "can not", "shan": "shall not"}


def _written_out(match: re.Match[str]) -> str:
    if match.group(1):
        return _NEGATED[match.group(1)]
    return " not" if match.group().startswith("n") else ""


#: English's phrasal verbs that say what one verb says, by the forms of their verb: *prices went
#: up* is *prices rose*, and WordNet knows *rose* (*raised*); *stepped down* is *resigned*.
_PHRASAL_VERBS = {
    ("go goes went gone going", "up"): "rise",
    ("go goes went gone going", "down"): "fall",
    ("come comes came coming", "down"): "fall",
    ("step steps stepped stepping", "down"): "resign",
    ("call calls called calling", "off"): "cancel",
    ("put puts putting", "off"): "postpone",
    ("turn turns turned turning", "down"): "reject",
    ("pull pulls pulled pulling", "out"): "withdraw",
    ("drop drops dropped dropping", "out"): "withdraw",
    ("find finds found finding", "out"): "discover",
    ("shut shuts shutting", "down"): "close",
    ("set sets setting", "up"): "establish",
    ("give gives gave given giving", "up"): "quit",
    ("give gives gave given giving", "way"): "collapse",
    ("carry carries carried carrying", "on"): "continue",
}
#: Each phrasal verb's forms with its particle (*stepped down*) and the one verb it stands for.
PHRASAL = {f"{form} {particle}": verb for (forms, particle), verb in _PHRASAL_VERBS.items() for form in forms.split()}
#: A word and a particle, looked up in :data:`PHRASAL` (cheaper than one alternative per form).
_PHRASAL_PATTERN = re.compile(r"\b[a-z]+ (?:up|down|off|out|way|on)\b")


def _lowered(text: str) -> str:
    """``text`` in lower case, its contractions written out and its phrasal verbs as the one
    verb each stands for (:data:`_PHRASAL_VERBS`); *US* and *U.S.* are the country (*usa*, which
    WordNet ties to *America* and *American*), not the pronoun *us*."""
    if "US" in text or "U.S" in text:
        text = _THE_US.sub("USA", text)
    text = _ACRONYM_PLURAL.sub(r"\1", text)  # (*MPs* are MPs: the stemmer keeps *mps* whole)
    text = text.lower()
    if "'" in text or "’" in text:
        text = _CONTRACTION.sub(_written_out, text)
    return _PHRASAL_PATTERN.sub(lambda m: PHRASAL.get(m.group(), m.group()), text)


#: An acronym's plural: *MPs*, *GCSEs*, *CEOs*.
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")
#: The United States abbreviated: *US*, *U.S.*, *U.S* (not *USB*, *AUS*).
_THE_US = re.compile(r"\bU\.?S\b\.?(?!\w)")


def words(text: str) -> list[str]:
    """Lower-cased words and numbers of ``text``; numbers lose their thousands commas, and
    contractions are the words they stand for (:data:`_CONTRACTION`).

    >>> words("The museum won't sell, and they'll keep 1,100 pieces")
    ['the', 'museum', 'will', 'not', 'sell', 'and', 'they', 'keep', '1100', 'pieces']
    """
    out = []
    for token in _TOKEN.findall(_lowered(text)):
        if token[0].isdigit():
            out.append(token.replace(",", ""))
        elif len(token) > 1:
            out.append(token)
    return out


#: Titles abbreviated before a name (*Gov. Ellen Marsh*, *Sen. Joe Pittman*) and the words they
#: stand for: *Who is the governor?* finds the governor the story calls *Gov.*
TITLE_ABBREVIATIONS = {
    "Gov": "governor",
    "Lt": "lieutenant",
    "Rep": "representative",
    "Reps": "representatives",
    "Sen": "senator",
    "Sens": "senators",
    "Sgt": "sergeant",
    "Supt": "superintendent",
    "Det": "detective",
    "Atty": "attorney",
    "Gen": "general",
    "Col": "colonel",
    "Capt": "captain",
    "Cmdr": "commander",
    "Adm": "admiral",
    "Maj": "major",
    "Cpl": "corporal",
    "Pvt": "private",
    "Insp": "inspector",
    "Ald": "alderman",
    "Rev": "reverend",
    "Msgr": "monsignor",
    "Hon": "honourable",
    "Pres": "president",
    "Amb": "ambassador",
    "Dr": "doctor",
    "Prof": "professor",
    "Mt": "mount",
    "Ft": "fort",
}
_TITLE_ABBREVIATION = re.compile(rf"(?<![\w.])({'|'.join(TITLE_ABBREVIATIONS)})\.(?=\s+[A-Z])")


def titles_written_out(text: str) -> str:
    """``text`` with each title's abbreviation before a name written out (*Gov. Ellen Marsh*:
    *governor Ellen Marsh*), as the index reads it."""
    return _TITLE_ABBREVIATION.sub(lambda m: TITLE_ABBREVIATIONS[m.group(1)], text) if "." in text else text


#: *May* written with a capital inside a sentence is the month, not the stop word.
_MONTH_MAY = re.compile(r"(?:(?<=\w )|(?<=\w, ))May\b")
MONTH_MAY = "may"


def terms(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Index terms of ``text``: its words without stop words, stemmed; the lower-cased words
    in ``names`` (see :func:`name_words`) are kept whole.

    >>> terms("Zuckerberg apologizes for the users' privacy")
    ['zuckerberg', 'apolog', 'user', 'privaci']
    >>> terms("It may rain in May")
    ['rain', 'may']
    >>> terms("Fitly sells fitness bands", names=frozenset({"fitly"}))
    ['fitly', 'sell', 'fit', 'band']
    >>> terms("Gov. Ellen Marsh signed it")
    ['governor', 'ellen', 'marsh', 'sign']
    """
    text = titles_written_out(text)
    if "May" in text and _MONTH_MAY.search(text):
        out, last = [], 0
        for found in _MONTH_MAY.finditer(text):
            out += [*_plain_terms(text[last : found.start()], names), MONTH_MAY]
            last = found.end()
        return out + _plain_terms(text[last:], names)
    return _plain_terms(text, names)


def is_month_may(raw: str, position: int) -> bool:
    """Whether the word ``raw`` at ``position`` in a question is the month *May*."""
    return raw == "May" and position > 0


def _plain_terms(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    out = []
    for token in _TOKEN.findall(_lowered(text)):
        if names and token in names:
            out.append(token)
            continue
        term = _TERMS.get(token, _MISSING)
        if term is _MISSING:
            term = _term(token)
            if len(_TERMS) < 500_000:
                _TERMS[token] = term
        if term is not None:
            out.append(term)
    return out


_MISSING = object()
#: Token to index term (None for a stop word or a one-letter word): one lookup per token.
_TERMS: dict[str, str | None] = {}


def _term(token: str) -> str | None:
    if token[0].isdigit():
        return token.replace(",", "")
    if len(token) < 2 or is_stop_word(token):
        return None
    return stem(token)


def is_stop_word(word: str) -> bool:
    """Whether a lower-cased word carries no meaning for search (``the``, ``did``)."""
    return word in STOP_WORDS or _IRREGULAR.get(word, word) in STOP_WORDS


_WORD = re.compile(r"[^\W\d_]+")
#: A word capitalised inside a sentence: after a word, a comma or a colon and a space.
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:)] )[A-Z][a-z]+\b")


def name_words(stories: Iterable[str], titles: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words that the stories (each its prose as one text, no headlines) write only as
    names, and that stemming would join to another word of the same story: *Fitly* and
    *fitness* would both be ``fit``, *Waters* (Maxine) and *water* ``water``.

    Such a word is capitalised inside a sentence, never in lower case in any story, is not one
    of ``titles`` (*Commander* Lindqvist is a commander), and a word its story writes in lower
    case has its stem.

    >>> sorted(name_words(["Shares of Fitly rose. Fitly makes fitness bands."]))
    ['fitly']
    >>> sorted(name_words(["Officials said Hughes was hurt. Hughes wins."]))
    []
    """
    texts = list(stories)
    found: set[str] = set()
    for prose in texts:
        for word in {w.lower() for w in _INNER_CAPITAL.findall(prose)}:
            root = stem(word)
            plain = root == word or word in titles or is_stop_word(word) or word in prose  # (lower case)
            if not plain and _joins_another(prose, word, root):
                found.add(word)
    return frozenset(w for w in found if not any(w in prose for prose in texts))


def _joins_another(text: str, word: str, root: str) -> bool:
    """Whether a word that ``text`` writes in lower case, other than ``word``, has the stem ``root``."""
    start = text.find(root)
    while start >= 0:
        end = start + len(root)
        if start == 0 or not text[start - 1].isalpha():
            while end < len(text) and text[end].isalpha():
                end += 1
            if text[start:end] != word and stem(text[start:end]) == root:
                return True
        start = text.find(root, end)
    return False
