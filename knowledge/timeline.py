"""A story's events in date order.

Every time expression of a sentence gives an event (a sentence with two gives two, with the
same text). A sentence of undated background (told in the past tense after a cue such as
"what happened is", or right after such a sentence in its paragraph) is an event too. Events
without a date get a reasoned place rather than an invented date: undated background and
"at the time" (distant past), then "recently", then the dated recent days, then "now" and the
news itself, then "going forward" and the future. Earliest first; ties keep article order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from knowledge.analysis import stem
from knowledge.dates import (
    CLOCK,
    DISTANT_PAST,
    FUTURE,
    NOW,
    RECENT_PAST,
    TimeExpression,
    find_times,
    sort_day,
    tense,
    tense_at,
)
from knowledge.quotes import SPEECH_VERBS, quoted_sentences
from knowledge.story import Sentence, Story

#: The period of an undated background sentence; it sorts with the distant past.
BACKGROUND = "background"
#: Words that say a sentence tells what happened before the news.
_BACKGROUND_CUE = re.compile(
    r"\b(?:what happened (?:is|was)|previous(?:ly)?|originally|in case you missed|as (?:first |previously )?reported|"
    r"at the time|back then|it (?:all )?(?:began|started) when|years earlier|earlier that)\b",
    re.IGNORECASE,
)
#: How far before publication "recently" reaches back when no dated recent day bounds it.
RECENT_DAYS = 31


@dataclass(frozen=True)
class Event:
    """One event: its date (or None), the expression that dates it, and the sentence verbatim."""

    date: str | None
    when: str | None
    text: str
    paragraph: int
    approximate: bool = False
    end: str | None = None
    period: str | None = None  # for an undated event: background, distant past ... future

    @property
    def place(self) -> str:
        """Where the event sits, for people: its date (``~`` when approximate, a range with its
        end), or its period when it has no date.

        >>> Event("2022-03", "between March 2022 and January 2024", "...", 2, end="2024-01").place
        '2022-03 to 2024-01'
        """
        if self.date is None:
            return self.period or NOW
        shown = f"~{self.date}" if self.approximate else self.date
        return f"{shown} to {self.end}" if self.end else shown

    def to_dict(self) -> dict[str, Any]:
        """The event as ``timeline --json`` prints it; optional keys only when they say something."""
        out: dict[str, Any] = {"date": self.date, "when": self.when, "text": self.text, "paragraph": self.paragraph}
        if self.approximate:
            out["approximate"] = True
        if self.end:
            out["end"] = self.end
        if self.date is None and self.period:
            out["period"] = self.period
        return out


@dataclass(frozen=True)
class Timeline:
    """A story's events, earliest first."""

    story: str
    published: dt.date | None
    events: tuple[Event, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story,
            "published": self.published.isoformat() if self.published else None,
            "events": [e.to_dict() for e in self.events],
        }


#: The word just before a date (an "on" between aside).
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:on\s+)?$")


def _ahead(date: str, published: dt.date | None) -> bool:
    """Whether ``date`` (ISO, to the day) is after the story was published."""
    return published is not None and date > published.isoformat()


def _reported(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` says when something was said, not when it happened
    (*the Coast Guard said Tuesday*): a later time of day (*at 10:40 p.m.*) is not that day's."""
    word = _WORD_BEFORE.search(sentence[:start])
    return bool(word) and word.group(1).islower() and stem(word.group(1)) in SPEECH_VERBS


def build_timeline(story: Story) -> Timeline:
    """The events of ``story`` in order.

    >>> from knowledge.story import build_story
    >>> story = build_story("s", "T\\n\\nThe vote is next June. It was first proposed in 2014.",
    ...                     published=dt.date(2023, 8, 10))
    >>> [(e.date, e.when) for e in build_timeline(story).events]
    [('2014', 'in 2014'), ('2024-06', 'next June')]
    """
    events: list[Event] = []
    last_day: str | None = None
    last_dated: tuple[int, str] | None = None  # the paragraph and date of the last dated event
    said_day: str | None = None  # the first day something was said on, for lack of an event's
    news_day: str | None = None  # the lede's day: the news, when the quotations were said
    quoted = quoted_sentences(story)
    for paragraph in story.paragraphs:
        if not paragraph.is_prose:
            continue
        background = False
        for sentence in paragraph.sentences:
            times = find_times(sentence.text, story.published)
            for time in times:
                if time.period == CLOCK:  # a time of day: the day of the event before it
                    day = last_day or said_day
                    if day and _ahead(day, story.published) and tense_at(sentence.text, time.start, time.end) == "past":
                        day = None  # (*told supporters shortly after midnight*, after *will decide by Friday*)
                    date, period = day, None if day else NOW
                    events.append(Event(date, time.text, sentence.text, paragraph.number, period=period))
                    last_dated = (paragraph.number, date) if date else last_dated
                    continue
                then = _then(time.text, last_dated, paragraph.number, background)
                if sentence.index in quoted:  # *"Today we proved them wrong"*: the day it was said
                    then = _said_day(time, story.published, last_dated, paragraph.number, news_day)
                if then is not None:  # *Visibility at the time was ...*: the time just told of
                    events.append(Event(then, time.text, sentence.text, paragraph.number))
                    continue
                events.append(
                    Event(
                        time.date,
                        time.text,
                        sentence.text,
                        paragraph.number,
                        time.approximate,
                        time.end_date,
                        time.period,
                    )
                )
                if time.precision == "day" and _reported(sentence.text, time.start):
                    said_day = said_day or time.date
                elif time.precision == "day":
                    last_day = time.date
                if time.date:
                    last_dated = (paragraph.number, time.date)
                if news_day is None and paragraph.number <= 2 and time.precision == "day" and time.date:
                    news_day = time.date if story.published and time.date <= story.published.isoformat() else None
            if times:
                background = any(t.period == DISTANT_PAST for t in times)
                continue
            if _is_background(sentence, sentence.index in quoted, background):
                background = True
                events.append(Event(None, None, sentence.text, paragraph.number, period=BACKGROUND))
            else:
                background = False
    keys = _keys(events, story.published)
    order = sorted(range(len(events)), key=lambda i: keys[i])
    return Timeline(story.id, story.published, tuple(events[i] for i in order))


#: The words that point back to the time last told of (*were inside at the time*).
_THEN = re.compile(r"at the time", re.IGNORECASE)


def _then(when: str, last_dated: tuple[int, str] | None, paragraph: int, background: bool) -> str | None:
    """The date that *at the time* points back to: that of the last dated event, when it is
    in this paragraph or the one before and no undated background came between (*Based on how
    Facebook's policies worked at the time*, after background, stays in the distant past)."""
    if not _THEN.fullmatch(when) or last_dated is None or background:
        return None
    told, date = last_dated
    return date if paragraph - told <= 1 else None


_RELATIVE_DAY = re.compile(r"today|tonight|yesterday|tomorrow", re.IGNORECASE)


def _said_day(
    time: TimeExpression,
    published: dt.date | None,
    last_dated: tuple[int, str] | None,
    paragraph: int,
    news_day: str | None = None,
) -> str | None:
    """In a quotation, *today*, *yesterday*, *tomorrow* count from the day it was said: that of
    the event just told, in this paragraph or the one before (the mayor who rode Sunday's first
    train said *Today we proved them wrong*), else the lede's ``news_day`` (the governor spoke at
    Tuesday's signing, told two paragraphs before), not from the day of publication."""
    if published is None or time.date is None or not _RELATIVE_DAY.fullmatch(time.text):
        return None
    told, day = last_dated or (0, "")
    if paragraph - told > 1 or len(day) != 10 or day > published.isoformat():
        if news_day is None:
            return None  # (words are said by the day they are printed: not *within 90 days*)
        day = news_day
    shift = dt.date.fromisoformat(time.date) - published
    return (dt.date.fromisoformat(day) + shift).isoformat()


def _is_background(sentence: Sentence, quoted: bool, after_background: bool) -> bool:
    """A narrated (not ``quoted``) past-tense sentence that tells what happened before the news."""
    if quoted or tense(sentence.text) != "past":
        return False
    if not re.search(r"\b(?:was|were|had|did)\b|\w{3,}ed\b", sentence.text):
        return False
    return after_background or bool(_BACKGROUND_CUE.search(sentence.text))


def _keys(events: list[Event], published: dt.date | None) -> list[float]:
    """A sort key per event: a day number for dated ones, a reasoned place for the others."""
    dated = [sort_day(e.date, None).toordinal() for e in events if e.date]  # (first days)
    if published is not None:
        today = published.toordinal()
        recent_days = [d for d in dated if today - RECENT_DAYS <= d <= today]
        recent = min(recent_days) - 0.5 if recent_days else today - RECENT_DAYS
    else:  # relative times stay as written, after every date the story states
        today = max(dated, default=0) + 1
        recent = today - 0.5
    places = {
        BACKGROUND: recent - 0.25,
        DISTANT_PAST: recent - 0.25,
        RECENT_PAST: recent,
        NOW: today + 0.5,
        FUTURE: today + 0.75,
    }
    keys = []
    for event in events:
        if event.date:
            keys.append(float(sort_day(event.date, event.when).toordinal()))
        else:
            keys.append(places.get(event.period or NOW, today + 0.5))
    return keys
