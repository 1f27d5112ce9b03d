"""Direct quotations and who said them.

A quotation is text in double quote marks (straight or curly) that someone says: the sentence
around it attributes it with a verb of saying (``"...," she said``, ``said X``, ``X told Y "..."``,
``X maintains that it was a "major breach of trust."``), or it stands as a sentence of its own
next to an attributed quotation of the same paragraph, or it opens a paragraph after one (a
quotation that goes on). Quoted titles and scare quotes (``the so-called "fix"``) are not
quotations. Speakers are resolved by :class:`knowledge.people.Cast`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.analysis import is_stop_word, stem
from knowledge.answer import Quote
from knowledge.people import (
    DESCRIBING,
    DETERMINERS,
    OF_NAMES,
    ORG_NOUNS,
    PARTICLES,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLES,
    Cast,
    Token,
    tokens,
)
from knowledge.story import Paragraph, Story

#: Verbs of saying, by stem (``said``, ``says``, ``told`` and ``tells`` included).
SPEECH_VERBS = frozenset(
    stem(w)
    for w in """say tell add ask write explain state note argue maintain insist claim declare reply
    continue warn admit acknowledge recall tweet comment remark suggest urge vow promise concede
    testify announce agree counter respond shout joke caution emphasize emphasise stress observe
    predict describe call complain recount insist boast lament quip scream whisper answer
    contend assert affirm confirm deny point""".split()
)
#: The word before a quoted span that makes it a name or a label, not a quotation.
#: The most words a quoted title has (*"Flying Home"*, *"The Salt Road"*).
_TITLE_WORDS = 6
#: A verb of naming and what it names, just before a quoted name (*called it "Ruby"*).
_NAMING_VERBS = frozenset("called named dubbed nicknamed".split())
_NAMING = re.compile(r"\b(?:called|named|dubbed|nicknamed)\s+(?:it|her|him|them)\s+[\"“‘']$")
_LABEL_WORDS = frozenset("so-called called named titled entitled dubbed nicknamed term word phrase slogan".split())
#: Words between a subject and its verb of saying (``Zuckerberg also said``).
_ADVERBS = frozenset(
    "also later then once again still has had have would will could may might has just further even".split()
)
#: A quotation's own closing punctuation that hands over to its attribution.
_HANDOVER = ",;:—–-"
_MIN_UNATTRIBUTED_WORDS = 2  # "We will." after her attributed words
_PREPOSITIONS = frozenset("of for at with from in on by to".split())
#: Verbs of saying whose next words name who was spoken to (*told councils to "end ..."*),
#: never the speaker.
_OBJECT_PRONOUNS = frozenset("it them him her us me this that".split())
#: An adverb of manner before a verb of saying (*initially*, *publicly*): lower case, ending in *-ly*.
_MANNER = re.compile(r"[a-z]{3,}ly")
_TO_SOMEONE = frozenset(stem(w) for w in "tell urge warn remind assure inform".split())


@dataclass(frozen=True)
class Span:
    """A stretch of a paragraph in quote marks: the text between the marks."""

    paragraph: int
    start: int
    end: int
    closed: bool  # False when the paragraph ends before a closing mark (the quotation goes on)


@dataclass(frozen=True)
class Marks:
    """The quote marks a story uses: opening, closing, and those that do both."""

    opening: str
    closing: str
    both: str

    @property
    def pattern(self) -> re.Pattern[str]:
        return _mark_pattern(self.opening + self.closing + self.both)


@lru_cache(maxsize=4)
def _mark_pattern(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


DOUBLE = Marks("“„«", "”»", '"')
SINGLE = Marks("‘", "’", "'")


def _marks(story: Story) -> Marks:
    """Double quote marks, or single ones (British style) when the story opens more quotations
    with single marks than it has pairs of double ones."""
    text = "\n".join(p.text for p in story.paragraphs)
    doubles = sum(text.count(c) for c in DOUBLE.opening + DOUBLE.closing + DOUBLE.both)
    singles = len(_SINGLE_OPENING.findall(text))
    return SINGLE if singles * 2 > doubles else DOUBLE


#: A single mark that opens a quotation, not an apostrophe: after a space, before a letter.
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(—–]))[‘'](?=[^\W\d_])", re.MULTILINE)


def story_spans(story: Story) -> dict[int, list[Span]]:
    """Per paragraph number, the spans in the quote marks ``story`` uses (:func:`_marks`). A
    British story quotes with single marks and within them with double ones, but also puts a
    word someone said in double marks on its own (*said the strike was "regrettable"*): those
    count too, when no single-marked span holds them."""
    marks = _marks(story)
    spans = {p.number: quote_spans(p, marks) for p in story.paragraphs}
    if marks is SINGLE:
        for paragraph in story.paragraphs:
            outer = spans[paragraph.number]
            inner = [s for s in quote_spans(paragraph, DOUBLE) if not any(o.start <= s.start < o.end for o in outer)]
            spans[paragraph.number] = sorted(outer + inner, key=lambda s: s.start)
    return spans


def quote_spans(paragraph: Paragraph, marks: Marks = DOUBLE) -> list[Span]:
    """The spans of ``paragraph`` in quote marks, straight or curly.

    A single mark is a quote mark only where it cannot be an apostrophe: an opening one after a
    space and before a letter, a closing one after a letter or stop and not before a letter.

    >>> from knowledge.story import build_story
    >>> p = build_story("s", 'T\\n\\n"Yes," he said. “No.”').paragraph(1)
    >>> [p.text[s.start : s.end] for s in quote_spans(p)]
    ['Yes,', 'No.']
    """
    text = paragraph.text
    spans: list[Span] = []
    start: int | None = None
    for match in marks.pattern.finditer(text):
        i, char = match.start(), match.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if marks is SINGLE and before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, O'Brien
        if start is None:
            opens = char in marks.opening or (char in marks.both and not before.isdigit())
            if opens and (marks is DOUBLE or not before.isalnum()):
                start = i + 1
        elif char in marks.closing or char in marks.both:
            if marks is SINGLE and after.isalpha():
                continue
            spans.append(Span(paragraph.number, start, i, True))
            start = None
        elif char in marks.opening:  # a new opening mark: the previous quotation was never closed
            spans.append(Span(paragraph.number, start, i, False))
            start = i + 1
    if start is not None and text[start:].strip():
        spans.append(Span(paragraph.number, start, len(text), False))
    return spans


def quoted_sentences(story: Story) -> set[int]:
    """Indexes of the story's sentences that lie mostly inside its quote marks (:func:`story_spans`)."""
    quoted = set()
    found = story_spans(story)
    for paragraph in story.paragraphs:
        spans = found[paragraph.number]
        for sentence in paragraph.sentences:
            inside = sum(max(0, min(sentence.end, s.end) - max(sentence.start, s.start)) for s in spans)
            if inside * 2 > sentence.end - sentence.start:
                quoted.add(sentence.index)
    return quoted


@dataclass(frozen=True)
class _Attribution:
    subject: str
    position: tuple[int, int]


@dataclass
class _Found:
    span: Span
    speaker: str | None
    attributed: bool


def speaker_cast(story: Story, spans: dict[int, list[Span]] | None = None) -> Cast:
    """The people and organisations of ``story`` as its quotations' speakers are read: names
    inside quotation marks (``spans``, :func:`story_spans` when not given) are spoken, not
    narrated, and left out."""
    spans = story_spans(story) if spans is None else spans
    return Cast(story, {n: [(s.start, s.end) for s in found] for n, found in spans.items()})


def extract_quotes(story: Story) -> tuple[Quote, ...]:
    """Every direct quotation of ``story`` in reading order, with its resolved speaker.

    >>> from knowledge.story import build_story
    >>> story = build_story("s", 'T\\n\\nPriya Nair runs BrightHome.\\n\\n"We are sorry," Nair said. "It was wrong."')
    >>> [(q.text, q.speaker) for q in extract_quotes(story)]
    [('We are sorry', 'Priya Nair'), ('It was wrong.', 'Priya Nair')]
    """
    spans = story_spans(story)
    cast = speaker_cast(story, spans)
    found: list[_Found] = []
    for paragraph in story.paragraphs:
        here: list[_Found] = []
        for i, span in enumerate(spans[paragraph.number]):
            if _is_label(paragraph.text, span) or _is_title(paragraph.text, span) or _is_term(paragraph.text, span):
                continue
            attribution = _attribution(paragraph, spans[paragraph.number], i)
            if attribution is not None:
                here.append(_Found(span, cast.resolve(attribution.subject, attribution.position), True))
            elif here and here[-1].attributed and _one_sentence(paragraph, here[-1].span, span):
                # *said it had "long been committed to ..." and that the deal let it "put this behind us."*
                here.append(_Found(span, here[-1].speaker, True))
            elif _stands_alone(paragraph, span):
                here.append(_Found(span, None, False))
        for i, quote in enumerate(here):
            if not quote.attributed:
                quote.speaker = _neighbour_speaker(here, i)
        if here and here[0].speaker is None and _opens(paragraph.text, here[0].span) and found:
            last = found[-1]
            if last.span.paragraph == paragraph.number - 1 and (not last.span.closed or not here[0].attributed):
                here[0].speaker = last.speaker  # the quotation goes on in this paragraph
        if here and here[0].speaker is None and _opens(paragraph.text, here[0].span) and paragraph.number > 1:
            introduced = _introduced(story.paragraph(paragraph.number - 1))
            if introduced is not None:  # *In a letter to staff, Keane wrote:* then the letter
                here[0].speaker = cast.resolve(introduced.subject, introduced.position)
                here[0].attributed = True
        found.extend(here)
    for quote, following in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        if quote.speaker is None and not quote.span.closed and following.span.paragraph == quote.span.paragraph + 1:
            quote.speaker = following.speaker  # attributed at the end of the part that follows
    quotes = []
    for quote in found:
        text = _clean(story.paragraph(quote.span.paragraph).text[quote.span.start : quote.span.end])
        if text:
            quotes.append(Quote(story.id, text, quote.speaker, quote.span.paragraph))
    quotes.extend(_labelled(story, cast, {q.paragraph for q in quotes}))
    return tuple(sorted(quotes, key=lambda q: q.paragraph))


def _labelled(story: Story, cast: Cast, quoting: set[int]) -> list[Quote]:
    """An interview's answers printed after their speaker's name and a colon (*Hartley: The water
    came through the floor.*), where the name is a person of the story, the paragraph holds no
    quotation marks of its own, and it answers a question (the paragraph before asks one) or
    takes a turn in a dialogue (a paragraph beside it is another person's, labelled alike): the
    words are that person's, verbatim. (*Rovers: Whitley; Adeyemi, Marsh* is a line-up.)"""
    speakers: dict[int, tuple[str, int]] = {}  # paragraph: (person, where the words start)
    for paragraph in story.paragraphs:
        label = _LABEL.match(paragraph.text)
        if label is None or paragraph.number in quoting or not paragraph.is_prose:
            continue
        name = cast.name(label.group(1), (paragraph.number, 0))
        if name is not None and cast.entity(name).kind == "person":
            speakers[paragraph.number] = (name, label.end())
    found = []
    for number, (name, start) in speakers.items():
        asked = number > 1 and story.paragraph(number - 1).text.rstrip().endswith("?")
        turn = any(speakers.get(n, (name,))[0] != name for n in (number - 1, number + 1))
        if asked or turn:
            found.append(Quote(story.id, story.paragraph(number).text[start:].strip(), name, number))
    return found


#: A speaker's name and a colon opening a paragraph: one to three capitalised words.
_LABEL = re.compile(r"([A-Z][\w'’.-]+(?:[ ][A-Z][\w'’.-]+){0,2}):[ \t]+(?=\S)")


def _introduced(paragraph: Paragraph) -> _Attribution | None:
    """Who the paragraph hands the next one to, when it ends in a colon after a verb of saying
    (*In a letter to staff and students, Keane wrote:*): a quotation set apart below it, as a
    block quote is, is theirs."""
    text = paragraph.text.rstrip()
    if not text.endswith(":") or not paragraph.sentences:
        return None
    start = paragraph.sentences[-1].start
    words = tokens(text[start:-1], start)
    if not any(_is_speech(w) for w in words[-_INTRODUCING_WORDS:]):
        return None  # (*The changes include:*, *Officials listed three reasons, among them:*)
    return _before(text, words, paragraph.number)


#: A colon that hands over a quotation comes this many words or fewer after the verb of
#: saying (*Keane wrote:*, *the mayor said in a statement on Friday:*).
_INTRODUCING_WORDS = 6


def _one_sentence(paragraph: Paragraph, first: Span, second: Span) -> bool:
    """Whether two quoted spans of ``paragraph`` lie in one sentence: the second goes on with
    what the first's speaker said."""
    return any(s.start <= first.start and second.end <= s.end for s in paragraph.sentences)


def _clean(text: str) -> str:
    """The quoted words without surrounding space or the comma that hands over to the attribution."""
    text = text.strip()
    while text and text[-1] in _HANDOVER:
        text = text[:-1].rstrip()
    return text


def _is_label(text: str, span: Span) -> bool:
    """A quoted name or scare quote: ``the so-called "fix"``, ``a report titled "..."``,
    ``called it "Ruby."``."""
    start = max(0, span.start - 40)
    before = tokens(text[start : span.start - 1], start)
    if _NAMING.search(text[: span.start]) and all(w.capitalised for w in tokens(text[span.start : span.end])[:3]):
        return True  # (*called it "Ruby."*: a name, not words said)
    if not before or before[-1].lower not in _LABEL_WORDS or not text[before[-1].end : span.start - 1].isspace():
        return False
    # (*which Osei called "rare this far north."*: words she said of them, not a name)
    return before[-1].lower not in _NAMING_VERBS or text[span.start : span.start + 1].isupper()


def _is_title(text: str, span: Span) -> bool:
    """A title in quote marks (*recorded "Flying Home" in 2011*): a few words, most of them
    capitalised, that end no sentence, inside one."""
    quoted = text[span.start : span.end].strip()
    words = tokens(quoted)
    inside = bool(text[: span.start - 1].strip()) and quoted[-1:] not in ".!?,…"
    return inside and 0 < len(words) <= _TITLE_WORDS and sum(w.capitalised for w in words) * 2 > len(words)


#: The sentence going on in lower case right after a closing quote mark.
_GOES_ON = re.compile(r"[ \t]+[a-z]")


def _is_term(text: str, span: Span) -> bool:
    """A word in quote marks between a determiner and the rest of its phrase (*redesigned the
    hinge with a "waterdrop" fold that lets ...*): a name for a thing, not words someone said
    (*was "heartbroken" by* is)."""
    quoted = text[span.start : span.end].strip()
    before = tokens(text[max(0, span.start - 20) : span.start - 1])
    named = bool(before) and before[-1].lower in DETERMINERS and quoted[-1:].isalnum()
    goes_on = span.closed and bool(_GOES_ON.match(text, span.end + 1))
    return named and goes_on and len(tokens(quoted)) == 1


def _opens(text: str, span: Span) -> bool:
    """The span opens its paragraph."""
    return not text[: span.start - 1].strip()


def _stands_alone(paragraph: Paragraph, span: Span) -> bool:
    """An unattributed span that reads as something said: a whole sentence in quote marks."""
    quoted = paragraph.text[span.start : span.end].strip()
    if len(tokens(quoted)) < _MIN_UNATTRIBUTED_WORDS or not quoted[:1].isupper():
        return False
    starts_sentence = (
        not paragraph.text[: span.start - 1].strip() or paragraph.text[: span.start - 1].rstrip()[-1] in '.!?"”'
    )
    ends_sentence = quoted[-1] in ".!?…" or not span.closed
    titled = sum(t.capitalised for t in tokens(quoted)) > len(tokens(quoted)) / 2
    return starts_sentence and ends_sentence and not titled


def _neighbour_speaker(found: list[_Found], i: int) -> str | None:
    """The speaker of the nearest attributed quotation of the same paragraph, earlier ones first."""
    for j in list(range(i - 1, -1, -1)) + list(range(i + 1, len(found))):
        if found[j].attributed:
            return found[j].speaker
    return None


def _attribution(paragraph: Paragraph, spans: list[Span], i: int) -> _Attribution | None:
    """Who the text around ``spans[i]`` says spoke it, as written (a name, pronoun or description)."""
    text = paragraph.text
    span = spans[i]
    sentence_start = max((s.start for s in paragraph.sentences if s.start < span.start), default=0)
    sentence_end = min((s.end for s in paragraph.sentences if s.end > span.end + 1), default=len(text))
    left = max(sentence_start, spans[i - 1].end + 1 if i else 0)
    right = min(sentence_end, spans[i + 1].start - 1 if i + 1 < len(spans) else len(text))
    after = text[span.end + 1 : right] if span.closed else ""
    quoted = text[span.start : span.end].rstrip()
    hands_over = quoted[-1:] in _HANDOVER + "?!…"
    after_words = tokens(after, span.end + 1)
    if after_words and (hands_over or not after_words[0].capitalised):
        # A quotation that does not hand over (*would "study the recommendations carefully" but
        # made no promises*) goes on with its sentence: only a verb of saying right after it
        # (*"..." she said*) attributes it.
        found = _after(text, after_words if hands_over else after_words[:2], paragraph.number)
        if found:
            return found
    before_words = tokens(text[left : span.start - 1], left)
    return _before(text, before_words, paragraph.number)


def _is_speech(token: Token, previous: Token | None = None) -> bool:
    """A verb of saying, not one that describes the noun after it (*The recalled bags*)."""
    if previous is not None and previous.lower in DESCRIBING:
        return False
    return token.text.islower() and stem(token.lower) in SPEECH_VERBS


def _after(text: str, words: list[Token], number: int) -> _Attribution | None:
    """Attribution after a quotation: ``X said``, ``said X``, ``according to X``."""
    for k, token in enumerate(words[:12]):
        if token.lower == "according" and k + 1 < len(words) and words[k + 1].lower == "to":
            return _subject_after(text, words[k + 2 :], number)
        if token.lower.endswith("ing"):
            continue  # "a serious mistake" by not declaring the shares: no attribution follows
        if _is_speech(token, words[k - 1] if k else None):
            if k == 0 or all(w.lower in _ADVERBS for w in words[:k]):
                return _subject_after(text, words[k + 1 :], number)
            return _subject_before(text, words[:k], number)
    return None


def _before(text: str, words: list[Token], number: int) -> _Attribution | None:
    """Attribution before a quotation: ``X said: "..."``, ``X maintains that it was a "..."``."""
    for k in range(len(words) - 1, -1, -1):
        token = words[k]
        if token.lower == "according" and k + 1 < len(words) and words[k + 1].lower == "to":
            return _subject_after(text, words[k + 2 :], number)
        if _is_speech(token, words[k - 1] if k else None):
            if k and token.lower.endswith("ing") and text[words[k - 1].end : token.start].strip().endswith(","):
                # "Varga did not rule it out, saying"; "Coinvault halted withdrawals on Oct. 3, telling"
                return _clause_subject(text, words[:k], number)
            found = _subject_before(text, words[:k], number)
            if found or stem(token.lower) in _TO_SOMEONE:  # (*and told councils to "..."*: not them)
                return found
            if k + 1 < len(words) and words[k + 1].lower in _OBJECT_PRONOUNS:
                return None  # (*described it as "..."*: what was said of, not who said it)
            return _subject_after(text, words[k + 1 :], number)
    return None


def _manner(words: list[Token]) -> bool:
    """Whether the last of ``words`` is an adverb of manner (*publicly*), not a noun ending in
    *-ly* after a determiner or a possessive (*Mr Frost's family*, *the assembly*)."""
    if not _MANNER.fullmatch(words[-1].text):
        return False
    return len(words) < 2 or not (words[-2].possessive or words[-2].lower in DETERMINERS)


def _subject_before(text: str, words: list[Token], number: int, *, relative: bool = False) -> _Attribution | None:
    """The subject that ends right before a verb of saying: a name, a pronoun or a description
    (``relative``: before *, who* or *, which*, whose comma ends no appositive)."""
    while words and (words[-1].lower in _ADVERBS | {"not", "never"} or _manner(words)):
        words = words[:-1]  # (*initially described*, *publicly said*)
    if not words:
        return None
    last = words[-1]
    if last.lower in {"who", "which"} and len(words) > 1 and text[words[-2].end : last.start].strip() == ",":
        # "the pianist Dwayne Hollis, who called her", "the Alzheimer's Society, which called the results"
        return _subject_before(text, words[:-1], number, relative=True)
    if last.lower in {"and", "but"}:  # "Coach Lars Nilsen congratulated the Lions but said": the clause's subject
        return _clause_subject(text, words, number)
    # an appositive: "Nair, the company's head of research, said"; its last word may be a
    # number, which is no token ("Ruth Caldwell, who left the business in 2014, said")
    if _COMMA_AFTER.match(text, last.end) and not relative:
        start = text.rfind(", ", words[0].start, last.start)  # not the comma of 45,000
        head = [w for w in words if w.end <= start] if start >= 0 else []
        inner = [w for w in words if w.start > start] if start >= 0 else []
        if head and _is_name(head[-1]) and not _in_phrase(head):
            return _subject_before(text, head, number)
        if head and head[-1].lower in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            return _subject_before(text, head, number)
        named = inner[next((k for k, w in enumerate(inner) if not _titles(w)), len(inner)) :]
        if named and all(_is_name(w) for w in named):  # "its CEO, Jane Doe, said", "Her coach, master Lorin D'Costa,"
            return _Attribution(text[named[0].start : last.end], (number, named[0].start))
        if head:
            return _subject_before(text, head, number)
    if last.lower in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"it", "i", "we"}:
        return _Attribution(last.text, (number, last.start))
    place = _of_place(words)
    if place is not None:  # "Ellen Voss of Sorrel Bay said": where she is from is not her name
        return _subject_before(text, words[:place], number)
    if _is_name(last) and not _in_phrase(words):
        run = [last]
        for k in range(len(words) - 2, -1, -1):
            word = words[k]
            if _joins_name(words, k):
                run.insert(0, word)
                continue
            inside = word.lower in PARTICLES and k > 0 and words[k - 1].capitalised  # *Anneke de Vries said*
            if not (word.capitalised or inside) or _apart(text[word.end : run[0].start]):
                break
            if word.owns and (len(run) > 1 or run[-1].lower not in ORG_NOUNS):  # (*the Alzheimer's Society*: one)
                break
            if word.lower in DETERMINERS:  # "The International Longshoremen's Association said"
                break
            run.insert(0, word)
        return _Attribution(text[run[0].start : last.end], (number, run[0].start))
    for k in range(len(words) - 1, -1, -1):
        between = text[words[k].end : words[k + 1].start] if k + 1 < len(words) else ""
        if "," in between or ";" in between:
            words = words[k + 1 :]
            break
        if words[k].lower in DETERMINERS or words[k].possessive:
            while (
                words[k].possessive
                and k
                and words[k - 1].capitalised
                and not _apart(text[words[k - 1].end : words[k].start])
            ):
                k -= 1  # (*Mr Frost's family*: the whole name whose family it is)
            words = words[k:]
            break
    if not words or len(words) > 10:
        return None
    return _Attribution(text[words[0].start : words[-1].end], (number, words[0].start))


#: A comma right after a word, or after numbers that follow it (*in 2014,*, *by 5%,*).
_COMMA_AFTER = re.compile(r"(?:\s*[$£€]?\d[\d.,%]*?)?,")


def _apart(gap: str) -> bool:
    """Whether two capitalised words with ``gap`` between are two names, not one (*Crumb & Co*)."""
    return bool(gap.strip(" .")) and gap != " & "


def _clause_subject(text: str, words: list[Token], number: int) -> _Attribution | None:
    """The name before the clause's first verb (its first lower-case word that is not a title),
    as in ``Bayport coach Lars Nilsen congratulated the Lions but said``; None without one."""
    run: list[Token] = []
    for word in words:
        if word.capitalised and word.lower not in DETERMINERS:
            run = run if run and not text[run[-1].end : word.start].strip(" .") else []
            run.append(word)
        elif word.lower not in TITLES and word.lower not in DETERMINERS:
            break
        else:
            run = []
    if not run and len(words) > 1 and words[0].lower == "the" and words[1].lower in ORG_NOUNS:
        return _Attribution(text[words[0].start : words[1].end], (number, words[0].start))  # *The company*
    if not run or not _is_name(run[-1]) or run[-1].owns:
        return None
    return _Attribution(text[run[0].start : run[-1].end], (number, run[0].start))


#: How many lower-case words of a job may stand between an organisation and a name.
_MOST_TITLE_WORDS = 4


def _titles(word: Token) -> bool:
    """Whether ``word`` can be a word of a job's title: a title (*chief*) or any lower-case word
    that is not a function word (*deputy chief meteorologist*, *commodity strategist*)."""
    return not word.capitalised and (word.lower in TITLES or (word.text.isalpha() and not is_stop_word(word.lower)))


def _after_titles(text: str, before: Token, words: list[Token], number: int) -> _Attribution | None:
    """The name right after lower-case titles that follow ``before`` (``chief executive Daniel
    Okafor``), or None when no title or no name follows."""
    k, previous = 0, before
    while k < min(len(words), _MOST_TITLE_WORDS) and _titles(words[k]):
        if text[previous.end : words[k].start].strip():
            return None
        previous, k = words[k], k + 1
    if not k or k == len(words) or not words[k].capitalised or text[previous.end : words[k].start].strip(" ,"):
        return None  # (a comma may set the name off: "said Nimbus's chief executive, Ravi Subramanian")
    return _subject_after(text, words[k:], number)


def _is_name(token: Token) -> bool:
    """A capitalised word that can end a name (``CEO`` cannot)."""
    return token.capitalised and not (token.text.isupper() and token.lower in TITLES)


def _in_phrase(words: list[Token]) -> bool:
    """The name that ends ``words`` belongs to a phrase: ``a spokeswoman for BrightHome``."""
    k = len(words) - 1
    while k >= 0 and (words[k].capitalised or _joins_name(words, k)):
        k -= 1
    return k >= 0 and words[k].lower in _PREPOSITIONS


def _joins_name(words: list[Token], k: int) -> bool:
    """``words[k]`` is the *of* inside an organisation's name: *Association of American Railroads*."""
    return (
        words[k].lower == "of"
        and 0 < k < len(words) - 1
        and words[k - 1].capitalised
        and words[k - 1].lower in OF_NAMES
        and words[k + 1].capitalised
    )


def _of_place(words: list[Token]) -> int | None:
    """Where the *of* of a place ends a name: *Ellen Voss of Sorrel Bay* (at 2), *Martin Hale of
    the Courtauld Institute*, not the *of* of *Bank of America*; None when ``words`` do not end so."""
    k = len(words) - 1
    while k > 0 and words[k].capitalised:
        k -= 1
    if k > 1 and k < len(words) - 1 and words[k].lower == "the" and words[k - 1].lower == "of":
        k -= 1  # *Martin Hale of the Courtauld Institute*
    if 0 < k < len(words) - 1 and words[k].lower == "of" and words[k - 1].capitalised and not _joins_name(words, k):
        return k
    return None


def _without_affiliation(phrase: list[Token]) -> list[Token]:
    """``phrase`` (*climatologist Ana Ribeiro of the University of Lisbon*) up to the end of the
    first name after a job's words, when *of*, *at* or *from* follows it: what comes after is
    where they work or come from, not who speaks."""
    k = next((k for k, w in enumerate(phrase) if w.capitalised), None)
    if not k or phrase[k - 1].lower in DETERMINERS or phrase[k - 1].capitalised:
        return phrase
    end = k
    while end + 1 < len(phrase) and phrase[end + 1].capitalised:
        end += 1
    if end + 1 < len(phrase) and phrase[end + 1].lower in {"of", "at", "from"}:
        return phrase[: end + 1]
    return phrase


def _subject_after(text: str, words: list[Token], number: int) -> _Attribution | None:
    """The subject right after a verb of saying: ``said Dr. Hannah Cole, the pediatrician``."""
    if not words:
        return None
    first = words[0]
    owner = first.lower == "her" and len(words) > 1 and not text[first.end : words[1].start].strip()
    if first.lower in PERSON_PRONOUNS | PLURAL_PRONOUNS and not owner:  # (*said her former student, ...*: whose)
        return _Attribution(first.text, (number, first.start))
    if first.capitalised:
        run = [first]
        for k, word in enumerate(words[1:], 1):
            inside = word.lower in PARTICLES and k + 1 < len(words) and words[k + 1].capitalised  # *de Vries*
            if not (word.capitalised or inside) or _apart(text[run[-1].end : word.start]) or run[-1].owns:
                break
            run.append(word)
        titled = _after_titles(text, run[-1], words[len(run) :], number)
        if titled:  # "said Helix chief executive Daniel Okafor": the name after the titles
            return titled
        if not run[-1].owns or len(run) == len(words):
            return _Attribution(text[run[0].start : run[-1].end], (number, first.start))
        # "said Crestview's chief nursing officer, Dr. Helen Park": whose officer, then who
    phrase = [first]
    for word in words[1:]:
        if text[phrase[-1].end : word.start].strip():
            break
        phrase.append(word)
    if len(phrase) > 10:
        return None
    phrase = _without_affiliation(phrase)
    named = [w for w in phrase if w.capitalised]
    if named and phrase[-1].capitalised and not phrase[-1].possessive and phrase[-1].lower not in TITLES:
        start = len(phrase) - 1  # "said head coach Rita Alvarez": the name that ends the phrase
        while start > 0 and phrase[start - 1].capitalised and not phrase[start - 1].possessive:
            start -= 1
        return _Attribution(text[phrase[start].start : phrase[-1].end], (number, phrase[start].start))
    following = words[len(phrase) :]
    # (after lower-case words of a job maybe: "said the charity's chair, retired teacher Joan Atkinson")
    job = next((k for k, w in enumerate(following[:_MOST_TITLE_WORDS]) if not _titles(w)), 0)
    if job and any(text[a.end : b.start].strip() for a, b in itertools.pairwise(following[: job + 1])):
        job = 0
    if following and following[job].capitalised and text[phrase[-1].end : following[0].start].strip() == ",":
        named = _subject_after(text, following[job:], number)  # "said the company's spokeswoman, Ann Lee"
        if named:
            return named
    return _Attribution(text[first.start : phrase[-1].end], (number, first.start))
