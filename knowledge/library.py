"""The engine's front door: the loaded stories and everything asked of them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from knowledge.analysis import terms
from knowledge.answer import Answer, Passage, Quote, Summary
from knowledge.decision import WATCHER_TERMS, AnswerRule
from knowledge.errors import KnowledgeFolderError, StoryNotFound, StoryRequired
from knowledge.index import Hit, TfidfIndex, counts_in, described_person, opening_name
from knowledge.loader import SkippedFile, load_folder
from knowledge.people import TITLES, Cast
from knowledge.query import (
    EARLIER_PATTERN,
    EVENT_TERMS,
    SOURCE_PATTERN,
    Query,
    asks_clock,
    asks_source,
    asks_the_story_itself,
    counted_words,
    expected_answer,
    form_verbs,
    parse_query,
)
from knowledge.quotes import SPEECH_VERBS, extract_quotes, speaker_cast
from knowledge.story import Story
from knowledge.summary import StorySummarizer
from knowledge.synonyms import SAYING_VERBS, common_verbs, synonym_table
from knowledge.timeline import Timeline, build_timeline

#: The verbs of those who come to watch: *How many people watched the game?* counts a crowd.
_WATCHING = frozenset(terms("watch watched attend attended"))
#: Passages after the first are shown only when they score at least this share of the best.
RELATIVE_FLOOR = 0.25
#: With no story named, how many of the stories the first search finds are searched again on their own.
CANDIDATE_STORIES = 3
#: How many passages the first search of a library holds, with no story named: the candidate
#: stories are chosen among their stories.
WIDE_HITS = 20
#: An answer shows at most this many quotations.
ANSWER_QUOTES = 3
#: With no story named, another candidate story that answers the question too, with a best
#: score at least this share of the chosen story's, is named beside the answer (the question
#: may be about it: *Was anyone injured?* in a library of several accidents).
OTHER_STORY_SHARE = 0.7
#: With no story named, the share of its score that a story keeps when it states no amount of
#: what the question measures (:attr:`knowledge.decision.AnswerRule.measure_stated`).
UNMEASURED_SHARE = 0.5
#: For *What did X say?*, the share of the best paragraph's score that a paragraph quoting X
#: needs to answer first (:meth:`Library._speaker_first`).
SPEAKER_SHARE = 0.25
#: ``from_folder(cache=True)`` writes a cache for a folder of at least this many stories.
CACHE_FROM = 50


class Library:
    """Stories and their index.

    Parameters
    ----------
    stories : sequence of Story
        The stories, each with a distinct id.
    skipped : sequence of SkippedFile
        Files that could not be loaded, kept to report them.
    index : TfidfIndex, optional
        A fitted index of ``stories`` (default: one fitted here with default settings).
    rule : AnswerRule, optional
        When the best passage answers a question (default: ``AnswerRule()``).

    Examples
    --------
    >>> library = Library.from_folder("knowledge")
    >>> library.ask("Who is Brian Acton?").passages[0].paragraph
    2
    """

    def __init__(
        self,
        stories: Sequence[Story] | Mapping[str, Story],
        skipped: Sequence[SkippedFile] = (),
        index: TfidfIndex | None = None,
        rule: AnswerRule | None = None,
    ) -> None:
        self.stories: Mapping[str, Story] = stories if isinstance(stories, Mapping) else {s.id: s for s in stories}
        self.skipped = list(skipped)
        self.index = index if index is not None else TfidfIndex().fit(list(self.stories.values()))
        self.rule = rule if rule is not None else AnswerRule()
        self.folder: Path | None = None
        self.cache: Path | None = None
        self._quotes: dict[str, tuple[Quote, ...]] = {}
        self._casts: dict[str, Cast] = {}  # each story's people, as its speakers are read
        self._timelines: dict[str, Timeline] = {}

    @classmethod
    def from_folder(cls, folder: Path | str, cache: Path | str | bool | None = None) -> Library:
        """Load every story in ``folder``. Raises :class:`KnowledgeFolderError` when none loads.

        With ``cache`` (a folder, or True for ``.storybot-cache`` inside ``folder``), a later
        start with the same story files reads the stories and index from there
        (:mod:`knowledge.cache`). True writes one only for :data:`CACHE_FROM` stories or more:
        a small folder loads in less time than a cache takes to check.
        """
        from knowledge import cache as cache_module

        folder = Path(folder)
        where = folder / cache_module.DEFAULT_NAME if cache is True else Path(cache) if cache else None
        cached = cache_module.load(where, folder) if where is not None and folder.is_dir() else None
        if cached is not None and cached[0] and cached[3] == TfidfIndex().settings():
            stories, skipped, index, _ = cached
            library = cls(stories, skipped, index)
        else:
            stories, skipped = load_folder(folder)
            if not stories:
                why = "holds no usable story" if skipped else "holds no story files (.md or .txt)"
                raise KnowledgeFolderError(f"knowledge folder {folder} {why}")
            library = cls(stories, skipped)
            if where is not None and (cache is not True or len(stories) >= CACHE_FROM):
                cache_module.save(where, folder, stories, skipped, library.index)
        library.folder, library.cache = folder, where
        return library

    def warm(self) -> Library:
        """Load what the first question would otherwise load (the WordNet tables); returns self.

        A long-running front calls it once before serving, so that no question pays for it.
        """
        synonym_table()
        common_verbs()
        return self

    def reload(self) -> tuple[Library, Changes]:
        """The library as the folder is now, and what changed (for ``/reload``).

        >>> library = Library.from_folder("knowledge")
        >>> library.reload()[1].summary()
        'no story changed (1 loaded)'
        """
        if self.folder is None:
            raise KnowledgeFolderError("this library was not loaded from a folder")
        new = Library.from_folder(self.folder, cache=self.cache or None)
        return new, Changes.between(self, new)

    def describe(self) -> list[dict[str, Any]]:
        """Every story's description (``Story.to_dict``), without reading any story from a cache."""
        describe = getattr(self.stories, "describe", None)
        if describe is not None:
            return [describe(story_id) for story_id in self.stories]
        return [story.to_dict() for story in self.stories.values()]

    def titles(self) -> dict[str, str]:
        """Every story's title, by id."""
        return {d["id"]: d["title"] for d in self.describe()}

    def story(self, story_id: str) -> Story:
        """The story ``story_id``; raises :class:`StoryNotFound` listing the ids."""
        try:
            return self.stories[story_id]
        except KeyError:
            raise StoryNotFound(story_id, self.stories) from None

    def only_story(self, story_id: str | None = None) -> Story:
        """The story a one-story command works on: the one named, or the only one loaded."""
        if story_id is not None:
            return self.story(story_id)
        if len(self.stories) == 1:
            return next(iter(self.stories.values()))
        raise StoryRequired(self.stories)

    def ask(self, question: str, story: str | None = None, top: int = 3) -> Answer:
        """Answer ``question`` from ``story``, or from the best story when none is named."""
        if story is not None:
            self.story(story)
        query, read = self.index.spelled(self.index.known_names(parse_query(question)))
        wide = story is None and len(self.stories) > 1
        # The story asked about is chosen by the question's own words; what kind of answer it
        # wants (*size* for *how big*) chooses within it: another story's "at its height" does
        # not answer *How high did the river get?*
        about = replace(query, attribute=None) if wide and query.attribute else query
        hits = self.index.search(about, story=story, top=WIDE_HITS if wide else max(top, 1) * 2)
        others: tuple[str, ...] = ()
        if wide and hits:
            hits, others = self._each_story_on_its_own(about, hits, max(top, 1) * 2, query.attribute)
            if about is not query and hits:
                hits = self.index.search(query, story=hits[0].story, top=max(top, 1) * 2)
        alone = story if story is not None or len(self.stories) != 1 else next(iter(self.stories))
        # (a tally of the story the question's words chose: *What was the halftime score?* is
        # answered alike whether or not the game's story is named)
        chosen_story = alone if alone is not None or not hits else hits[0].story
        hits = self._tally_first(query, hits, chosen_story, max(top, 1) * 2)
        hits = self._watchers_counted(query, hits, chosen_story)
        hits = self._story_itself(query, hits, alone, chosen_story)
        hits = self._source_first(query, hits, chosen_story)
        hits = self._speaker_first(query, hits)
        hits = self._ruled(query, hits)
        hits = self._named_after_lede(query, hits)
        if not hits or not self.rule.answers(query, hits[0]):
            return Answer(question=question, answered=False)
        best = hits[0]
        chosen = self.stories[best.story]
        passages = []
        for hit in hits:
            if hit.story != best.story or hit.score < RELATIVE_FLOOR * best.score:
                continue
            paragraph = chosen.paragraph(hit.paragraph)
            if passages and not paragraph.is_prose:
                continue  # a caption or credit line is an answer only when it is the best one
            sentence = chosen.sentences[hit.sentence].text
            passages.append(Passage(hit.story, hit.paragraph, paragraph.text, sentence, hit.score))
            if len(passages) == top:
                break
        quotes = _relevant_quotes(query, self.quotes(best.story), passages)
        spelled = _as_written(question, read, chosen, self.index.name_words_)
        return Answer(question, True, best.story, tuple(passages), quotes, spelled, others)

    def _ruled(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """``hits`` in the order the answer rule's question forms ask for (:meth:`AnswerRule.first`)."""
        return self.rule.first(
            query,
            hits,
            lambda h: self.stories[h.story].paragraph(h.paragraph).text,
            lambda h: self.stories[h.story].published,
            lambda h: self.stories[h.story].title,
        )

    def _named_after_lede(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """For *Who was found?*, when the best paragraph is a lede that describes someone
        without naming them (*A hiker who went missing ... has been found alive*), the next
        paragraph, which opens with their name (*Tomas Lindqvist, 61, from Gothenburg ...*),
        in its place: a who-question asks the name."""
        if not hits or not self.rule.named_after_lede or expected_answer(query.text) != "person":
            return hits
        prose = (p for p in self.stories[hits[0].story].paragraphs if p.is_prose)
        lede, after = next(prose, None), next(prose, None)
        if lede is None or after is None or lede.number != hits[0].paragraph or not lede.sentences:
            return hits
        if described_person(lede.sentences[0].text) is None or not after.sentences:
            return hits
        name = opening_name(after.sentences[0].text)
        if name is None or {name.lower(), *terms(name)} & query.names:
            return hits  # (*Who rescued Marsh?* asks someone else than Daniel Marsh)
        named = replace(hits[0], paragraph=after.number, sentence=after.sentences[0].index)
        return [named, *(h for h in hits[1:] if h.paragraph != after.number or h.story != named.story)]

    def _tally_first(self, query: Query, hits: list[Hit], story: str | None, top: int) -> list[Hit]:
        """For *What was the score?* or *the vote?*, ``hits`` with the best paragraph that holds a
        tally first (:meth:`knowledge.index.TfidfIndex.tallies`), or the story's first one: the
        story need not say *score* (*beating the Mariners 2-1*), and *scored both goals* is no
        score. With no story (``story`` None), ``hits`` as they are."""
        tallies = self.index.tallies(query, story, top) if story is not None else []
        if not tallies:
            return hits
        holding = {t.paragraph: t for t in tallies}
        best = next((h for h in hits if h.paragraph in holding), None)
        if best is None:  # the first paragraph that holds one, in the place of the best
            best = replace(tallies[0], score=hits[0].score) if hits else tallies[0]
            hits = hits or tallies
        else:  # its tally is the *vote* asked about, though it says *passed the Senate 24 to 15*
            tally = holding[best.paragraph]
            best = replace(best, coverage=max(best.coverage, tally.coverage), matched=best.matched | tally.matched)
        return [best, *(h for h in hits if h.paragraph != best.paragraph)]

    def _watchers_counted(self, query: Query, hits: list[Hit], story: str | None) -> list[Hit]:
        """For *How many fans attended the match?*, when no paragraph found counts those who
        watched, the story's first that does (*in front of a sold-out crowd of 18,000*): a
        crowd is the fans, whatever else the paragraph says."""
        if story is None or not query.counted:  # (most questions: before any set is built)
            return hits
        if not (counted_words(query) | query.common) & (WATCHER_TERMS | _WATCHING):
            return hits
        paragraph = self.stories[story].paragraph

        def counts(hit: Hit) -> bool:  # (not *ten men*: those who watched)
            return counts_in(paragraph(hit.paragraph).text, WATCHER_TERMS, query.names)

        if any(h.story == story and counts(h) for h in hits):
            return hits
        for hit in self.index.firsts(None, story, query, len(self.stories[story].paragraphs)):
            if counts(hit):
                return [replace(hit, score=hits[0].score) if hits else hit, *hits]
        return hits

    def _story_itself(self, query: Query, hits: list[Hit], story: str | None, chosen: str | None = None) -> list[Hit]:
        """For *What happened?*, *When / Where did it happen?*, with no word of their own
        (:func:`knowledge.query.asks_the_story_itself`), the story's first paragraph that holds
        what they ask (:meth:`knowledge.index.TfidfIndex.firsts`), whatever paragraph says
        *happened*: news tells its own event first. Asked of several stories with none named,
        ``hits`` as they are, unless the question names the event of the story its words chose
        (``chosen``) by its headline's words (*Where did the avalanche happen?*); so too for any
        other question."""
        bare = asks_the_story_itself(query)
        if story is None and chosen is not None and bare is None:
            story = chosen  # (the headline's words chose the story: it is asked as if named)
        named_event = bare is None and story is not None and bool(EVENT_TERMS & set(query.counts))
        # (*Where is the restaurant?* under *Restaurant review: Fennel & Fig, Harrogate*: the story's own)
        named_event = named_event or (bare is None and story is not None and bool(_WHERE_IS_THE.match(query.text)))
        headline = frozenset(parse_query(self.stories[story].title).counts) if named_event else frozenset()
        kind = asks_the_story_itself(query, headline) if named_event else bare
        if kind == "precedent":
            return self._precedent(query, story) if story is not None else hits
        if story is None or kind is None:
            return hits
        clock = self.rule.clock_first and kind == "time" and asks_clock(query.text)  # *What time ...?*: *4.20am*
        firsts = self.index.firsts("clock", story, query, 1) if clock else []
        return firsts or self.index.firsts(kind or None, story, query, 1) or hits

    def _source_first(self, query: Query, hits: list[Hit], story: str | None) -> list[Hit]:
        """For *Who published the figures?*, *Who carried out the study?*, the best paragraph
        found that names where the story's findings come from (:data:`SOURCE_PATTERN`:
        *according to the property website Rightmove*, *Researchers at the University of
        Bristol*), else the story's first that does, though it says neither *published* nor
        *figures*; ``hits`` as they are when none does."""
        if not self.rule.source_first or story is None or not asks_source(query.text):
            return hits
        chosen = self.stories[story]
        for hit in hits:  # (the best that names one: *The figures, published ... by the JCQ*)
            if hit.story == story and SOURCE_PATTERN.search(chosen.paragraph(hit.paragraph).text):
                return [hit, *(h for h in hits if h is not hit)]
        for paragraph in chosen.paragraphs:
            said = next((s for s in paragraph.sentences if SOURCE_PATTERN.search(s.text)), None)
            if said is not None:
                score = max((h.score for h in hits), default=1.0)
                found = Hit(story, paragraph.number, said.index, score, 1.0, frozenset(query.counts))
                return [found, *(h for h in hits if h.story != story or h.paragraph != paragraph.number)]
        return hits

    def _precedent(self, query: Query, story: str) -> list[Hit]:
        """For *Has this happened before?*, the best paragraph about the story's subject (its
        headline's words) that tells of what came before (:data:`EARLIER_PATTERN`: *the third
        humpback to strand here since 2024*, *a 27-car crash in fog in 2019*), taken to hold
        the question's words; none when no paragraph does."""
        subject = self.index.known_names(parse_query(self.stories[story].title))
        about = replace(subject, text=query.text)  # the question's form: what came before
        chosen = self.stories[story]
        for hit in self.index.search(about, story=story, top=len(chosen.paragraphs)):
            telling = [s.index for s in chosen.paragraph(hit.paragraph).sentences if EARLIER_PATTERN.search(s.text)]
            if telling:
                return [replace(hit, sentence=telling[0], coverage=1.0, matched=frozenset(query.counts))]
        return []

    def _speaker_first(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """For *What did X say?*, ``hits`` with the best paragraph of the first's story that
        quotes X first, if it scores at least :data:`SPEAKER_SHARE` of the best's: *Bell told
        reporters* answers *What did Bell say?*, not Vance's statement about *Bell's song*. X
        named by what they are (*the mayor*) is the speaker the story calls that
        (:func:`_called`: *Mayor Grace Okafor*)."""
        if not hits or expected_answer(query.text) != "quote":
            return hits
        quotes = [q for q in self.quotes(hits[0].story) if q.speaker]
        share = SPEAKER_SHARE
        # (*What did Reeves's lawyer say?* asks for the lawyer's words, not Reeves's)
        owners = {t for m in _OWNER.finditer(query.text) for t in terms(m.group(1), query.names)}
        names = query.names - owners
        quoted = {q.paragraph for q in quotes if names & set(terms(q.speaker or "", query.names))}
        if not quoted:  # *What did the mayor say?*: the speakers the story calls what the question does
            verbs = SAYING_VERBS | form_verbs("quote")
            before = query.order[: next((k for k, t in enumerate(query.order) if t in verbs), 0)]
            asked = frozenset(before) - common_verbs() - owners  # who is asked about, not about what
            story = hits[0].story
            if asked and story not in self._casts:
                self._casts[story] = speaker_cast(self.stories[story])
            called = _called(self.stories[story], self._casts.get(story), {q.speaker or "" for q in quotes}, asked)
            quoted = {q.paragraph for q in quotes if q.speaker in called}
            share = 0.0  # (their words lack what the question calls them: any paragraph found will do)
        for hit in hits:
            if hit.score < share * hits[0].score:
                break
            if hit.story == hits[0].story and hit.paragraph in quoted:
                return [hit, *(h for h in hits if h is not hit)]
        return hits

    def _each_story_on_its_own(
        self, query: Query, hits: list[Hit], top: int, attribute: str | None = None
    ) -> tuple[list[Hit], tuple[str, ...]]:
        """The hits of the best of the stories that ``hits`` come from, each as if it were named,
        and the other stories that answer too, nearly as well (:data:`OTHER_STORY_SHARE`).

        Which other words a question word finds depends on the story: a story that lacks *owns*
        finds *owner* at full weight, one that has *owns* does not. Searched all at once, the
        library's words decide for every story; so a candidate story whose own words would
        decide otherwise is searched again on its own, and the story whose best paragraph scores
        highest, times the share of the question's words it holds (a race won in the desert does
        not say who won the mayor's race), answers, with the hits it gets when it is named.
        """
        terms = sorted(query.common)
        everywhere = [self.index.uses(None, t) for t in terms]
        best: dict[str, float] = {}
        own: dict[str, list[Hit]] = {}
        # (the candidates are the first stories found, and the one whose best paragraph scores
        # highest times its share of the question: three race reports do not crowd out the
        # election that holds *mayor* too)
        firsts: dict[str, float] = {}
        for hit in hits:
            firsts[hit.story] = max(firsts.get(hit.story, 0.0), hit.score * hit.coverage)
        ranked = list(dict.fromkeys(h.story for h in hits))[:CANDIDATE_STORIES]
        fullest = max(firsts, key=firsts.__getitem__)
        if fullest not in ranked:
            ranked.append(fullest)
        for hit in (next(h for h in hits if h.story == story_id) for story_id in ranked):
            best[hit.story] = hit.score * hit.coverage
            if [self.index.uses(hit.story, t) for t in terms] != everywhere:
                own[hit.story] = self.index.search(query, story=hit.story, top=top)
                best[hit.story] = own[hit.story][0].score * own[hit.story][0].coverage if own[hit.story] else 0.0
        # A story's best paragraph in the form the question asks (*When will the mill close?*
        # looks ahead: *The mill closed as a factory in 1974* does not) weighs for it; a story
        # whose every paragraph the rules turn away keeps its own, to be declined later.
        measured = replace(query, attribute=attribute) if attribute is not None else None
        for story_id in best:
            found = own.get(story_id) or [h for h in hits if h.story == story_id]
            ruled = self._ruled(query, found)
            if ruled and found and (ruled[0].story, ruled[0].paragraph) != (found[0].story, found[0].paragraph):
                best[story_id] = min(best[story_id], ruled[0].score * ruled[0].coverage)
            elif ruled and measured is not None and not self._ruled(measured, found):
                # *How high did the river get?*: a river's story that gives no height at all
                # gives way to one that does, though the form's word chose no story
                best[story_id] *= UNMEASURED_SHARE
        # Of stories that share the question's words, the one whose subject they are is asked about.
        for story_id, extra in zip(list(best), self.index.subject_share(query, list(best)), strict=True):
            best[story_id] *= 1.0 + float(extra)
        winner = max(best, key=best.__getitem__)  # the first of equals: the library's order
        if winner not in own:
            own[winner] = self.index.search(query, story=winner, top=top)
        others = []
        for story_id in sorted(best, key=best.__getitem__, reverse=True):
            if story_id == winner or best[story_id] < OTHER_STORY_SHARE * best[winner]:
                continue
            if story_id not in own:
                own[story_id] = self.index.search(query, story=story_id, top=1)
            if own[story_id] and self.rule.answers(query, own[story_id][0]):
                others.append(story_id)
        return own[winner], tuple(others)

    def quotes(self, story: str, speaker: str | None = None) -> tuple[Quote, ...]:
        """The direct quotations of ``story`` in reading order; with ``speaker``, only theirs.

        ``speaker`` matches any part of the speaker's name, whatever its case.

        >>> library = Library.from_folder("knowledge")
        >>> quotes = library.quotes("zuckerberg-apology", speaker="zuckerberg")
        >>> len(quotes), quotes[0].text
        (6, "I'm really sorry this happened")
        """
        if story not in self._quotes:
            self._quotes[story] = extract_quotes(self.story(story))
        found = self._quotes[story]
        if speaker is None or not speaker.strip():
            return found
        wanted = speaker.strip().casefold()
        return tuple(q for q in found if q.speaker and wanted in q.speaker.casefold())

    def summary(self, story: str, sentences: int = 3) -> Summary:
        """``sentences`` of ``story``'s own sentences that sum it up, in article order.

        >>> Library.from_folder("knowledge").summary("zuckerberg-apology", 1).sentences[0].paragraph
        2
        """
        return Summary(story, tuple(StorySummarizer().summarize(self.story(story), sentences)))

    def timeline(self, story: str) -> Timeline:
        """``story``'s events, earliest first (see :mod:`knowledge.timeline`)."""
        if story not in self._timelines:
            self._timelines[story] = build_timeline(self.story(story))
        return self._timelines[story]

    def speakers(self, story: str) -> list[str]:
        """The distinct speakers of ``story``'s quotations, in order of their first quotation."""
        return list(dict.fromkeys(q.speaker for q in self.quotes(story) if q.speaker))


@dataclass(frozen=True)
class Changes:
    """What a reload found: story ids added, changed and removed, and files skipped."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    skipped: tuple[SkippedFile, ...]
    loaded: int

    @classmethod
    def between(cls, old: Library, new: Library) -> Changes:
        added = tuple(s for s in new.stories if s not in old.stories)
        removed = tuple(s for s in old.stories if s not in new.stories)
        changed = tuple(s for s in new.stories if s in old.stories and new.stories[s] != old.stories[s])
        return cls(added, changed, removed, tuple(new.skipped), len(new.stories))

    def summary(self) -> str:
        """One line for a person: ``added a, b; changed c; removed d (3 loaded)``."""
        parts = [
            f"{verb} {', '.join(ids)}"
            for verb, ids in (("added", self.added), ("changed", self.changed), ("removed", self.removed))
            if ids
        ]
        if self.skipped:
            parts.append(
                f"skipped {len(self.skipped)} unusable file(s): " + ", ".join(s.path.name for s in self.skipped)
            )
        return ("; ".join(parts) or "no story changed") + f" ({self.loaded} loaded)"


#: *Where is the X?*: where the thing is, not where it went or what was done there.
_WHERE_IS_THE = re.compile(
    r"^\s*where\s+(?:is|are)\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?<!ing)(?<!\bfrom)(?<!\bto)\s*\?*\s*$",
    re.IGNORECASE,
)


def _relevant_quotes(query: Query, quotes: Sequence[Quote], passages: Sequence[Passage]) -> tuple[Quote, ...]:
    """The quotations an answer shows: those in its passages, then those whose words match the question.

    A quotation matches when it holds at least half of the question's words that are neither
    names nor verbs of saying (``What did Nair say about the tests?`` needs ``tests``).
    """
    chosen = [q for p in passages for q in quotes if q.paragraph == p.paragraph]
    wanted = {t for t in query.common if t not in SPEECH_VERBS}
    if wanted:
        for quote in quotes:
            held = wanted & set(terms(quote.text))
            if len(held) * 2 >= len(wanted) and quote not in chosen:
                chosen.append(quote)
    return tuple(chosen[:ANSWER_QUOTES])


def _as_written(
    question: str, read: Mapping[str, str], story: Story, names: frozenset[str] = frozenset()
) -> tuple[tuple[str, str], ...]:
    """For each misspelled word that ``read`` maps to a name: (the word as the question types
    it, the name as ``story`` writes it), for the answer to say how it read the question."""
    shown = []
    for term, name in read.items():
        typed = next((w for w in _WORD.findall(question) if term in terms(w)), None)
        written = next(
            (w for p in story.paragraphs for w in _NAME_WORD.findall(p.text) if name in terms(w, names)), None
        )
        if typed and written:
            shown.append((typed, written))
    return tuple(shown)


_WORD = re.compile(r"[\w'’-]+")
_NAME_WORD = re.compile(r"\b[A-Z][\w-]*")


#: A name that owns what follows it: *Reeves's lawyer*.
_OWNER = re.compile(r"\b([A-Z][\w'’-]*?)['’]s?\s+[a-z]")


def _called(story: Story, cast: Cast | None, names: set[str], described: frozenset[str]) -> set[str]:
    """Those of ``names`` whom ``story`` calls by a word of the index terms ``described``: in a
    title or a description beside the name (:class:`knowledge.people.Cast`: *Mayor Grace
    Okafor cut a ribbon*, *Dr. Renee Castillo, the state veterinarian*), or in the word or
    capitalised title just before it, a comma and titles aside (*the Transport Secretary,
    Rachel Osei*); not *Prosecutors said Pratt wrote checks*. Of several, those whose
    description holds the most of those words. ``cast`` is the story's people as its speakers
    are read (:func:`knowledge.quotes.speaker_cast`); none, or no words: no one.

    >>> from knowledge.story import build_story
    >>> text = "Mayor Grace Okafor cut a ribbon. The Transport Secretary, Rachel Osei, spoke."
    >>> story = build_story("s", text, title="Reopened")
    >>> cast = Cast(story)
    >>> sorted(_called(story, cast, {"Grace Okafor", "Rachel Osei"}, frozenset({"mayor"})))
    ['Grace Okafor']
    >>> sorted(_called(story, cast, {"Grace Okafor", "Rachel Osei"}, frozenset({"secretari"})))
    ['Rachel Osei']
    """
    if cast is None or not described:
        return set()

    def held(name: str) -> int:
        """How many of the words ``described`` one of the ways the story calls ``name`` holds."""
        entity = cast.entity(name)
        descriptions = [text for _, text in entity.descriptions] if entity is not None else []
        before = " ".join(_words_before(story, name))  # (*the Transport Secretary, Rachel Osei*)
        return max((len(described.intersection(terms(text))) for text in [*descriptions, before]), default=0)

    held_by = {name: held(name) for name in names if name}
    most = max(held_by.values(), default=0)  # *the opposition transport spokesman* is no secretary
    return {name for name, count in held_by.items() if count and count == most}


#: The word before a name, or the capitalised words of a title before it (*Transport
#: Secretary*), a comma and short titles (*Dr.*, *Ms*) aside.
_BEFORE_NAME = (
    r"((?:(?-i:[A-Z])[\w'’-]*\s+)*(?-i:[A-Z])[\w'’-]*|[\w'’-]+)\W{0,2}\s+(?:(?:"
    + "|".join(sorted((re.escape(t) for t in TITLES if len(t) <= 4), key=len, reverse=True))
    + r")\.?\s+)*"
)


def _words_before(story: Story, name: str) -> list[str]:
    """The word that each mention of ``name`` (whole, or its last word) follows in ``story``,
    with the capitalised words before it, a comma and titles (*Dr.*, *Ms*) aside."""
    last = name.split()[-1]
    pattern = re.compile(_BEFORE_NAME + rf"(?:{re.escape(name)}|{re.escape(last)})\b", re.IGNORECASE)
    return [m.group(1) for paragraph in story.paragraphs for m in pattern.finditer(paragraph.text)]
