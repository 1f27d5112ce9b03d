"""Whether the best passage answers the question: one rule, the same for every article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from knowledge.analysis import stem, terms
from knowledge.dates import SEASONS, TimeExpression, find_times, shows_past
from knowledge.index import Hit, counts_in, is_number_term, numbers_counting, person_terms, states_number
from knowledge.query import (
    AGE_PATTERN,
    DIMENSION_PATTERN,
    DURATION_PATTERN,
    FUTURE_PATTERN,
    MONEY_PATTERN,
    NUMBER_WORDS,
    PERSON_AGE_PATTERN,
    PERSON_PATTERN,
    SPELLED_AGE,
    START_BEFORE_TIME,
    TIME_UNITS,
    Query,
    asks_ahead,
    asks_definition,
    asks_future,
    asks_how_to,
    asks_measure,
    asks_money,
    asks_name,
    asks_start,
    counted_words,
    defines,
    expected_answer,
    form_verbs,
    names_a,
    names_the_thing,
    phrasal_common_verbs,
    which_kind,
)
from knowledge.sentences import split_sentences
from knowledge.stopwords import ENGLISH_STOP_WORDS
from knowledge.synonyms import SAYING_VERBS, common_verbs, places_of, related, synonyms

#: *Who* and the question's verb (not an auxiliary: *Who is ...?* asks no deed).
_WHO_VERB = re.compile(
    r"\s*who\s+(?!(?:is|was|are|were|will|would|did|does|do|has|have|had|can|could|should|may|might|must)\b)"
    r"([a-z]+)",
    re.IGNORECASE,
)
#: A word, *by* and a capitalised word: who did it, in the passive (*made by the University*,
#: *sold by his daughter, Claire Donnelly*).
_BY_NAME = re.compile(
    r"\b([A-Za-z]+)\s+by\s+(?:the\s+)?[A-Z]|"
    # or a description, then the name (*sold by his daughter, Claire Donnelly*)
    r"\b([A-Za-z]+)\s+by\s+(?:his|her|its|their|the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+[A-Z]"
)
#: The words for people that *How many* counts: a count of what they did counts them too.
_PEOPLE = frozenset({"peopl", "person"})
#: English's words for people of any kind, by age, sex, part or home: *78,000 adults* are people.
_ANYONE = frozenset(
    terms(
        "adults individuals participants men women children residents crowd audience attendance turnout "
        "spectators fans visitors population workforce"
    )
)

#: The people who come to watch: a count of any of them says how many came.
WATCHER_TERMS = frozenset(terms("crowd audience attendance turnout spectators fans visitors viewers"))
_WATCHERS = WATCHER_TERMS
#: What any made thing is counted in: *Lumen has sold about 400,000 units* says how many phones.
_UNITS = frozenset(terms("units"))
#: A population counts its members, people or not.
_POPULATION = frozenset(terms("population"))


@dataclass(frozen=True)
class AnswerRule:
    """Decide between answering with the best passage and saying the story does not cover it.

    Parameters
    ----------
    min_coverage : float
        The best paragraph must hold more than this share of the question's informative weight
        (:attr:`knowledge.index.Hit.coverage`): one of two words no story uses, found through a
        synonym at half credit, is exactly a quarter (*Does decaf matter?*: *importance*), and
        not enough.
    common_verbs_ask_nothing : bool
        When the question asks about names, at least one of its other words must be in the
        paragraph (naming the story's subject is not enough); with this, English's most used
        verbs (:func:`knowledge.synonyms.common_verbs`) do not count as other words, so names
        suffice for ``Where does Marcus Bell live?``; not for *When did X open?*, which asks
        when the verb's event was. Nor do the verbs of making something known
        (:data:`knowledge.synonyms.SAYING_VERBS`): *What did Lumen announce?* is answered by
        *Lumen ... unveiled its first color model*.
    names_in_story : bool
        Whether at least half of the question's names must be in the story, and half of those
        the stories do not also write as common words (:attr:`knowledge.query.Query.name_parts`):
        another company's founding does not answer ``When was Facebook founded?``, nor the
        Birch Gorge Dam's builders *Who built the Hoover Dam?*.
    whole_thing_asked : bool
        Whether every word of what *Who / What is the X?* asks about, or the thing whose amount
        *How much does X cost?* asks (:attr:`knowledge.query.Query.asked`), must be in the
        paragraph: a story that mentions the police but no chief does not answer *Who is the
        police chief of Ashford?*, nor a library's e-book costs *How much does a library card cost?*.
    asked_first : float
        When the best paragraph lacks a word of that X, the next one that holds them all
        answers instead if it scores at least this share of the best's (:meth:`first`; 0: never).
    definition_first : float
        For *What is X?* with X bare (:func:`knowledge.query.asks_definition`), the earliest
        paragraph that names X answers if it scores at least this share of the best's (0: never).
    money_stated : bool
        Whether a question of money (*How much does it cost?*: :func:`knowledge.query.asks_money`)
        is answered only by a paragraph that states an amount of money, or a share of a company's
        (*up to 4 percent of their global annual revenue*): the best such one of those found, or
        none (the story does not say).
    time_stated : bool
        Whether a question that names a time other than the present (*in 2019*, *last year*,
        not *this year*) is answered only by a paragraph that states a time in it, or writes the
        question's words for it (*in April*): the best such one of those found, or none.
    count_stated : bool
        Whether *How many X ...?* is answered only by a paragraph in which a number counts X
        (:func:`knowledge.index.counts_in`, X or its related forms: *2,500 search and rescue
        workers* for *rescuers*, *the seventh eruption*): the best such one of those found, or
        none. *For people on Gull Island, this is a lifeline* does not say how many live there;
        the paragraph chosen holds X, though it writes it otherwise (*with 12,000 residents*).
    future_stated : bool
        Whether *When will X ...?* is answered only by a paragraph that looks ahead: a future
        tense or plan (:data:`knowledge.query.FUTURE_PATTERN`) or a date after publication (*The
        rules take effect Jan. 1*); the best such one of those found, or none. *I started this
        when I was so young* does not say when a trial will start.
    headline_counts : bool
        With ``count_stated``, whether a number that the headline uses to count X counts X in
        every paragraph that states it: *Hoard of 2,300 Roman Coins* makes *2,300 silver and
        bronze pieces* say how many coins were found.
    name_stated : bool
        Whether *What is the name of X?* or *What is X called?* is answered only by a paragraph
        that writes a name beside what is named (:func:`knowledge.query.names_the_thing`): *"My
        surgeon said running might be off the table"* does not say who the surgeon is.
    start_first : float
        For *When does X start?* (:func:`knowledge.query.asks_start`), when the best paragraph
        gives no time as a start, the best one that does (*will be frozen from 1 April*,
        *starting Monday*, *began in June 2021*: :data:`knowledge.query.START_BEFORE_TIME`)
        answers first if it scores at least this share of the best's (0: never).
    future_first : float
        For any other question about what is to come (:func:`knowledge.query.asks_ahead`:
        *How many jobs will the project create?*), when the best paragraph does not look ahead,
        the best one that does answers first if it scores at least this share of the best's (0:
        never).
    done_by_first : float
        For *Who VERB ...?*, when the best paragraph does not name a doer of the verb after
        *by* (*The map, made by the University of Calverton*), the best one that does answers
        first if it scores at least this share of the best's (0: never): *A new map of
        Calverton* does not say who made it.
    described_first : float
        For *Who is NAME?*, *Where is NAME?* and *How old is NAME?*, when the best paragraph
        does not say who or what it is or how old beside the name (*Pruitt, 71, is the last
        commercial lobsterman*, *City engineer Paula Ruiz*, *Kivalina, an Inupiat village ... in
        northwest Alaska*), the best one that does answers first if it scores at least this
        share of the best's (0: never): a feature's opening scene names its subject and says
        nothing of him.
    extent_first : float
        For *How long is the X?* (:data:`_HOW_LONG_THING`), when the best paragraph does not
        write a length or a duration on X (*The 182km stage*, *a three-year contract*, *pipelines
        ... about 9,000km long*), the best one that does answers first if it scores at least this
        share of the best's (0: never): the next stage's *35km* is not this one's length.
    often_first : float
        For *How often ...?*, when the best paragraph does not say how often (*A weekly
        injection*, *once a fortnight*, *every Tuesday*, *three times a year*), the best one
        that does answers first if it scores at least this share of the best's (0: never); so
        too, for *What nationality is X?*, one with a people's adjective (*Brazilian striker*).
    named_first : float
        For *Who is the X?*, when the best paragraph does not write a name beside X
        (:func:`knowledge.query.names_the_thing`), the best one that does (*U.S. District Judge
        Maria Esteban*) answers first if it scores at least this share of the best's (0: never):
        *The judge rejected that argument* says nothing of who the judge is.
    which_named : float
        For *Which X ...?*, when the best paragraph does not name an X (a name beside the word:
        *Exeter County Court*, *the constellation Cetus*), the best one that does answers first
        if it scores at least this share of the best's (0: never): *she said outside court*
        does not say which court.
    based_first : float
        For *Where is X based?* (*headquartered*, *located*), when the best paragraph does not
        say where X is based (*based in Denver*, *Portland-based*, X's name and a place after
        *of*, *in* or *from*: *Corvan Therapeutics of San Diego*), the best one that does answers
        first if it scores at least this share of the best's (0: never): *Corvan has also asked
        regulators in Europe and Japan* names places, not its base.
    stock_first : float
        For *How many X does Y have?*, when the best paragraph's count of X only follows a verb of
        change (*Reelbox added 4.1 million paying subscribers*), the best one that counts what
        there is (*The company now has 212 million subscribers*) answers first if it scores at
        least this share of the best's (0: never).
    whole_counts_first : float
        For *How many X ...?* (not of a share), when the best paragraph counts X only as a share
        of them (*Only 54% of patients were seen*), the best one with a number of X (*About 140
        patients a day ...*) answers first if it scores at least this share of the best's
        (0: never).
    advice_first : float
        For *What should users do?* (*What can people do to help?*, *How can I ...?*), when the
        best paragraph gives no advice, the best one that does (*should contact their airline*,
        *are urged to*, *can check*) answers first if it scores at least this share of the
        best's (0: never).
    going_first : float
        For *Where was X going?* (*heading*, *bound*), when the best paragraph names no place
        something goes to, the best one that does (*to a cement works in Cheshire*, *towards
        Norway*) answers first if it scores at least this share of the best's (0: never); so
        too, for *Where did X start?* (*leave*, *set off*), one with a place after *from*.
    clock_first : bool
        Whether *What time did it happen?* is answered by the story's first paragraph with a
        time of day (*at about 4.20am*), when one has it, rather than its first dated one.
    source_first : bool
        Whether *Who published the figures?* (*carried out the survey*, *did the research*) is
        answered by the story's first paragraph naming where its findings come from
        (*according to the property website Rightmove*, *Researchers at the University of
        Bristol*), though it writes neither *published* nor *figures*.
    age_first : float
        For *How old is the X?* (not a name), when the best paragraph gives no age, the best one
        that does (*since 1887*, *installed in 1958*, *about three weeks old*) answers first if it
        scores at least this share of the best's (0: never).
    age_stated : bool
        Whether *How old is NAME?* is answered only by a paragraph that gives an age (*Pruitt,
        71,*, *She was 91*): *founded in 2024 by Hana Okafor* does not say how old she is.
    named_after_lede : bool
        Whether a *who* question whose best paragraph is a lede that describes someone without
        naming them (*A hiker who went missing ...*) is answered by the next paragraph, which
        opens with their name (:meth:`knowledge.library.Library._named_after_lede`).
    numbers_say_which : bool
        Whether a number in the question only says which or how many of the things it asks
        about: a paragraph that holds the number and none of the question's other words or
        names does not answer (*Who owns the other two farms?*: *two hours*).
    how_to_asks : bool
        Whether *How do I / can we X?* is answered only by a paragraph that holds every one of
        its words besides the common verbs: *we made it illegal to build housing* does not say
        how to make pancakes, nor a story about a library's books how to get a library card.
    predecessor_stated : bool
        Whether *Who was the mayor before Gordon Pike?* is answered only by a paragraph that
        tells of a succession (*succeeded*, *replaced*, *his predecessor*): one that names the
        mayor and the post, or whom the mayor defeated, does not say who held it before.
    measure_stated : bool
        Whether a question of depth, height, weight, width or temperature (*How deep / tall /
        heavy / wide / hot ...?*: :attr:`knowledge.query.Query.attribute`) is answered only by a
        paragraph that states an amount in a unit of it or with its dimension (*210 feet*,
        *12 tonnes*, *47 degrees*, *40 feet deep*, *22-story*; a height may be a level: *9,400
        megawatts*): the best such one of those found, or none. *Five mobile ovens* does not
        say how hot they were, nor *12 percent* what rowers weigh. So too a speed for *How fast
        can X go?* or *How fast is X?* (*18 miles per hour*, *200 megabits per second*; not *How
        fast did the police arrive?*) and a span of time for *How long did X last / take?* (*for
        days or weeks*). (Not *How big* or *How far*:
        *How big was the crowd?*, *How far ahead was she?* are answered by counts.) With no
        story named, a story that states no such amount gives way to one that does.
    deed_asked : bool
        Whether *When was X done?* is answered only by a paragraph that tells the deed (its
        participle, or a word for it): the paragraph about the blast at the Polyform plant does
        not say when the plant was *built*. When the best does not, one found that writes the
        deed as asked and holds the thing's names answers first (*Trail cameras photographed two
        adults* for *When were the wolves photographed?*).

    Examples
    --------
    >>> from knowledge.query import parse_query
    >>> best = Hit("s", 1, 0, score=0.4, coverage=0.8, matched=frozenset({"bell", "marcus"}))
    >>> AnswerRule().answers(parse_query("Where does Marcus Bell live?"), best)
    True
    >>> AnswerRule().answers(parse_query("Where does Marcus Bell swim?"), best)
    False
    """

    min_coverage: float = 0.25
    common_verbs_ask_nothing: bool = True
    names_in_story: bool = True
    whole_thing_asked: bool = True
    asked_first: float = 0.5
    definition_first: float = 0.5
    money_stated: bool = True
    count_stated: bool = True
    time_stated: bool = True
    future_stated: bool = True
    headline_counts: bool = True
    name_stated: bool = True
    numbers_say_which: bool = True
    start_first: float = 0.5
    future_first: float = 0.5
    done_by_first: float = 0.5
    how_to_asks: bool = True
    described_first: float = 0.1
    extent_first: float = 0.1
    often_first: float = 0.1
    named_first: float = 0.5
    which_named: float = 0.5
    based_first: float = 0.5
    advice_first: float = 0.25
    going_first: float = 0.1
    clock_first: bool = True
    source_first: bool = True
    age_first: float = 0.1
    age_stated: bool = True
    named_after_lede: bool = True
    stock_first: float = 0.5
    whole_counts_first: float = 0.5
    deed_asked: bool = True
    predecessor_stated: bool = True
    measure_stated: bool = True

    def first(
        self,
        query: Query,
        hits: list[Hit],
        text: Callable[[Hit], str],
        published: Callable[[Hit], dt.date | None] = lambda hit: None,
        headline: Callable[[Hit], str] = lambda hit: "",
    ) -> list[Hit]:
        """``hits`` in the order the question's form asks for (``text`` gives a hit's
        paragraph): for a bare *What is X?* the paragraph that first names X first
        (:meth:`_first_mention`), for *Who / What is the X?* the one that holds every word of X
        (:meth:`_whole_thing`); for *Who VERB ...?* one that names the doer after *by*, if the
        first does not (:func:`_done_by`); for *Where is X based?* one that says so
        (:func:`_states_base`); for *Who is the X?* one that writes a name beside X;
        for *Who is / How old is NAME?* one that says so
        beside the name (:func:`_describes`, :func:`_aged`); then for a question that asks a name the best one
        that names the thing (:func:`knowledge.query.names_the_thing`), or none; for a question
        of money the best one that states an amount of money (:meth:`_money`), for *How many X*
        the best one in which a number counts X (:meth:`_counting`), or none; for a question
        that names a time, the best one that states a time in it (:meth:`_in_time`), and for
        *When will X?* one that looks ahead (:meth:`_ahead`), or none, for another question of
        what will be one that looks ahead if the first does not (:meth:`_ahead_first`); last,
        for *When does X start?* one that gives a time as a start, if the first does not
        (:meth:`_start`). Likewise *Who published X?* raises one that names the doer by the noun
        for the deed (:func:`_doer_named`), *What does RCN stand for?* one that spells the
        letters out, *Where is X from?* one with a place after *from*, *Where was X going?* one
        with a place it goes to, *How often?* one with a frequency, *What nationality?* one with
        a people's adjective, *Which X ...?* one that names an X (:func:`knowledge.query.names_a`),
        *How old is the X?* one that gives an age and *How many X* one with a number of X
        rather than a share of them. ``published`` and ``headline`` give a hit's story's
        publication day and headline."""
        deed = _deed_asked(query.text) if self.deed_asked and hits else None
        if deed is not None and deed not in hits[0].matched:  # *When were the wolves photographed?*
            # (one that writes the deed as asked and holds the thing too: not *founded* in a paragraph
            # about another company, a word WordNet likens to the deed, nor *the whole building*)
            written = {w.lower() for w in re.findall(r"[A-Za-z]+", query.text) if stem(w.lower()) == deed}
            doing = next(
                (
                    h
                    for h in hits
                    if h.story == hits[0].story
                    and set(query.counts) <= h.matched
                    and query.names <= set(terms(text(h), query.names))
                    and written & {w.lower() for w in re.findall(r"[A-Za-z]+", text(h))}
                ),
                None,
            )
            hits = [doing, *(h for h in hits if h is not doing)] if doing is not None else hits
        short = _STANDS_FOR.match(query.text)
        if self.definition_first and hits and asks_definition(query.text):
            hits = self._first_mention(query, hits, text)
        elif self.definition_first and hits and short:  # *What does RCN stand for?*
            hits = _raised(hits, text, _spells(short.group("short")), 0.0)
        else:
            hits = self._whole_thing(query, hits, text)
        if self.done_by_first and hits and expected_answer(query.text) == "person":
            done_to_it, done_by = _done_by(query)
            raised = _raised(hits, text, done_to_it, self.done_by_first)
            if raised[0] is hits[0] and not done_to_it(text(hits[0])):  # none names who did it to the thing
                raised = _raised(hits, text, done_by, self.done_by_first)
            hits = raised
            doer = _doer_named(query)
            if doer is not None and not done_by(text(hits[0])):  # *publisher, Thistle Books*
                hits = _raised(hits, text, doer, self.done_by_first)
        if self.named_first and hits and query.asked and expected_answer(query.text) == "person":
            # *Who is the judge?*: *U.S. District Judge Maria Esteban*, not *The judge rejected that*
            hits = _raised(hits, text, lambda said: names_the_thing(query, said), self.named_first)
        kind = which_kind(query.text) if self.which_named and hits else None
        if kind is not None:  # *Which court heard the case?*: *to Exeter County Court*
            hits = _raised(hits, text, lambda said: names_a(kind, said), self.which_named)
        based = _WHERE_BASED.match(query.text)
        if self.based_first and hits and based:  # *Where is Corvan based?*: *Corvan Therapeutics of San Diego*
            hits = _raised(hits, text, _states_base(based.group(1)), self.based_first)
        if self.described_first and hits and _WHERE_FROM.match(query.text):  # *the hiker*: *from Gothenburg*
            hits = _raised(hits, text, lambda said: bool(_FROM_PLACE.search(said)), self.described_first)
        if self.advice_first and hits and _ASKS_ADVICE.match(query.text):  # *should contact their airline*
            hits = _raised(hits, text, lambda said: bool(_ADVICE.search(said)), self.advice_first)
        if self.going_first and hits and _WHERE_GOING.match(query.text):  # *to a cement works in Cheshire*
            hits = _raised(hits, text, lambda said: bool(_TO_PLACE.search(said)), self.going_first)
        if self.going_first and hits and _WHERE_START.match(query.text):  # *set off from Hyde Park*
            hits = _raised(hits, text, lambda said: bool(_FROM_PLACE.search(said)), self.going_first)
        who = _WHO_IS_NAME.match(query.text) or _WHERE_IS_NAME.match(query.text) or _WHAT_DOES_NAME_DO.match(query.text)
        who = who or _NAMES_JOB.match(query.text)
        if self.described_first and hits and who:
            hits = _raised(hits, text, _describes(next(g for g in who.groups() if g)), self.described_first)
        aged = _HOW_OLD_NAME.match(query.text)
        if self.described_first and hits and aged:
            hits = _raised(hits, text, _aged(aged.group(1)), self.described_first)
            if self.age_stated:  # (an age, or the story does not say: *founded in 2024 by Hana Okafor*)
                hits = _first_holding(hits, text, lambda said: bool(PERSON_AGE_PATTERN.search(said)))
        elif self.age_first and hits and _HOW_OLD.match(query.text):  # *How old is the mill?*: *since 1887*
            hits = _raised(hits, text, lambda said: bool(_AGE_ANSWER.search(said)), self.age_first)
        extent = _HOW_LONG_THING.match(query.text)
        if self.extent_first and hits and extent:
            hits = _raised(hits, text, _extent_of(extent.group("thing")), self.extent_first)
        if self.often_first and hits and _NATIONALITY.search(query.text):  # *Brazilian striker Mateo Silva*
            hits = _raised(hits, text, lambda said: bool(_DEMONYM.search(said)), self.often_first)
        if self.often_first and hits and _HOW_OFTEN.match(query.text):  # *How often is the drug given?*
            hits = _raised(hits, text, lambda said: bool(FREQUENCY_PATTERN.search(said)), self.often_first)
        if self.name_stated and hits and asks_name(query.text):
            hits = _first_holding(hits, text, lambda said: names_the_thing(query, said))
        if self.predecessor_stated and hits and _ASKS_PREDECESSOR.match(query.text):
            hits = _first_holding(hits, text, lambda said: bool(_SUCCESSION.search(said)))
        if self.money_stated and hits and asks_money(query.text):
            hits = self._money(hits, text)
            # the rules after this one choose among paragraphs that state money too: *He joined
            # the bank last year* does not say how much profit it made last year
            text = _only_holding(text, _states_money)
        elif self.count_stated and hits and _HOW_MANY_TIMES.match(query.text):  # *twice*, *for the 32nd time*
            hits = _first_holding(hits, text, lambda said: bool(_TIMES.search(said)))
        elif self.count_stated and hits and query.counted and asks_measure(query.text) is None:
            counts = self._counting(query, headline(hits[0]) if self.headline_counts else "")
            hits = _first_holding(hits, text, counts)
            if hits and query.counted not in hits[0].matched | query.names:
                # *12,000 residents* holds the *people* of *How many people live in Millbrook?*
                hits[0] = replace(hits[0], matched=hits[0].matched | {query.counted})
            plain, text = text, _only_holding(text, counts)  # (*How many died last year?*: a count of them, then)
            if self.stock_first and hits and _ASKS_STOCK.search(query.text):
                hits = _raised(hits, text, lambda said: counts(_CHANGE_COUNT.sub("", said)), self.stock_first)
            shares = bool(hits) and bool(_SHARE_OF.search(plain(hits[0])))  # (else the first counts them whole)
            if self.whole_counts_first and shares and not _ASKS_SHARE.search(query.text):  # not *54% of patients*
                hits = _raised(hits, plain, lambda said: counts(_SHARE_OF.sub("", said)), self.whole_counts_first)
        measure = _MEASURES.get(query.attribute or "") if self.measure_stated and hits else None
        if self.measure_stated and _HOW_FAST_MOVING.match(query.text):  # *How fast can the bikes go?*
            measure = _SPEED
        if self.measure_stated and _HOW_LONG_LAST.match(query.text):  # (*How long has X been ...?*: *since 1979*)
            measure = _SPAN_SO_FAR if _HOW_LONG_SO_FAR.match(query.text) else _SPAN
        if measure is not None:  # *How hot were the ovens?*: a temperature, or the story does not say
            hits = _first_holding(hits, text, lambda said: bool(measure.search(said)))
        if self.time_stated and hits:
            hits = self._in_time(query, hits, text, published)
        if self.future_stated and hits and expected_answer(query.text) == "time" and asks_future(query.text):
            hits = self._ahead(hits, text, published)
        elif self.future_first and hits and asks_ahead(query.text):
            hits = self._ahead_first(hits, text, published)
        if self.start_first and hits and asks_start(query.text):
            hits = self._start(hits, text)
        return hits

    def _start(self, hits: list[Hit], text: Callable[[Hit], str]) -> list[Hit]:
        """``hits`` with the best paragraph of the first's story that gives a time as a start
        first, unless the first does, if it scores at least :attr:`start_first` of the best's:
        *will be frozen from 1 April* answers *When does the fare freeze start?*, not *the first
        fare freeze since 2021*."""

        def starts(said: str) -> bool:
            return any(
                START_BEFORE_TIME.search(sentence[: t.start])
                for sentence in split_sentences(said)
                for t in find_times(sentence, None)
            )

        return _raised(hits, text, starts, self.start_first)

    @staticmethod
    def _ahead(hits: list[Hit], text: Callable[[Hit], str], published: Callable[[Hit], dt.date | None]) -> list[Hit]:
        """``hits`` with the best one of the first's story that looks ahead first (a future
        tense or plan, or a date after publication), or none: *When will the trial start?* is
        not answered by a paragraph that only tells the past."""
        return _first_holding(hits, text, _looks_ahead(published(hits[0])))

    def _ahead_first(
        self, hits: list[Hit], text: Callable[[Hit], str], published: Callable[[Hit], dt.date | None]
    ) -> list[Hit]:
        """``hits`` with the best paragraph of the first's story that looks ahead first, unless
        the first does, if it scores at least :attr:`future_first` of the best's: *Where will
        the rocket launch from?* is not answered by where it was being fuelled."""
        return _raised(hits, text, _looks_ahead(published(hits[0])), self.future_first)

    @staticmethod
    def _in_time(
        query: Query, hits: list[Hit], text: Callable[[Hit], str], published: Callable[[Hit], dt.date | None]
    ) -> list[Hit]:
        """For a question about a time it names (*in 2019*, *last year*), ``hits`` with the best
        one of the first's story that states a time in it first, or none: a marathon won on
        Sunday does not say who won it last year."""
        day = published(hits[0])
        today = TimeExpression("", 0, 0, day.isoformat(), "day") if day else None
        asked = [t for t in find_times(query.text, day) if t.date and not (today and _within(today, [t]))]
        asked = [t for t in asked if not (day and _season_under_way(t, day))]  # (*this summer*, in July)
        if not asked:  # none, or the present (*this year*): what the story tells as now
            return hits

        # (*down from £71m a year earlier*: the year before the story's, with no date of its own)
        last_year = day is not None and any(t.date == str(day.year - 1) for t in asked)

        def states(said: str) -> bool:
            return (
                any(_within(t, asked) for t in _times(said, day))
                or any(t.text.lower() in said.lower() for t in asked)
                or (last_year and bool(_YEAR_BEFORE.search(said)))
            )

        return _first_holding(hits, text, states)

    @staticmethod
    def _counting(query: Query, headline: str = "") -> Callable[[str], bool]:
        """Whether a paragraph says what *How many X* counts: a number in it counts X
        (:func:`knowledge.index.counts_in`), or it states a number that ``headline`` counts X
        with. *For people on Gull Island, this is a lifeline* does not say how many people live
        there."""
        counted = counted_words(query)
        if counted & _PEOPLE or any(places_of(t) for t in counted & query.names):
            # *How many people died?*: *about 3,000 extra deaths* counts them; *How many
            # Americans ...?* asks for people too (*37 million adults in the US*)
            forms = {form for term in query.common - counted for form in related(term)}
            # (and their synonyms: *watched by 4.8 million viewers*, of *watchers*)
            counted = counted | forms | {s for form in forms for s in synonyms(form) if "+" not in s} | _ANYONE
        if counted & _WATCHERS:  # *How many fans watched?*: *a crowd of 9,214 watched*
            counted = counted | _WATCHERS | _PEOPLE
        people = bool(counted & _ANYONE)
        counted = counted | _POPULATION  # of beavers too: *the population has grown to more than 1,000*
        if not people and query.counted not in person_terms():  # *sold about 400,000 units* of a phone
            counted = counted | _UNITS
        headed = numbers_counting(headline, counted, query.names)

        def counts(said: str) -> bool:
            # (*About 1,600 Americans get listeriosis*: a people counts people)
            peoples = {t for t in terms(said, query.names) if places_of(t)} if people else set()
            wanted = counted | peoples
            return counts_in(said, wanted, query.names) or (bool(headed) and states_number(said, headed))

        return counts

    def _whole_thing(self, query: Query, hits: list[Hit], text: Callable[[Hit], str]) -> list[Hit]:
        """``hits`` with the best one of the first's story that holds every word of what *Who /
        What is the X?* asks about first: the paragraph that names Green Hollow's president
        answers *Who is the president of Green Hollow?*, not a likelier one about the farm. For
        *Who*, that paragraph must name a person (*Principals there reported ...* does not say
        who Lakewood's principal is), and it must score at least :attr:`asked_first` of the
        best's score, unless it holds the whole question (*The city's population reached
        212,400*, in the story of Marlow Springs, though the name weighs more where written)."""
        if not self.asked_first or not query.asked or not hits or query.asked <= hits[0].matched:
            return hits
        person = expected_answer(query.text) == "person"
        for hit in hits:
            if hit.story != hits[0].story or not query.asked <= hit.matched:
                continue
            if hit.score < self.asked_first * hits[0].score and hit.coverage < 1.0:
                break  # (what the story says of Millbrook's people is not its population)
            if person and not PERSON_PATTERN.search(text(hit)):
                continue
            return [hit, *(h for h in hits if h is not hit)]
        return hits

    @staticmethod
    def _money(hits: list[Hit], text: Callable[[Hit], str]) -> list[Hit]:
        """``hits`` with the best one of the first's story that states an amount of money first
        (:data:`knowledge.query.MONEY_PATTERN`), or none: a paragraph about the trial that gives
        no price does not answer *How much did the trial cost?*."""
        return _first_holding(hits, text, _states_money)

    def _first_mention(self, query: Query, hits: list[Hit], text: Callable[[Hit], str]) -> list[Hit]:
        """``hits`` with the earliest paragraph that names what *What is X?* asks about first, of
        those scoring at least :attr:`definition_first` of the best's: a story says what a thing
        is where it first names it (*What is phonics?*: *teach reading through phonics, with
        lessons on how letters stand for sounds*, not the last paragraph's *phonics training*),
        unless a later one says it in a sentence of its own (:func:`knowledge.query.defines`:
        *A heat pump works like an air conditioner running in reverse*)."""
        wanted = set(query.counts)
        naming = [
            h
            for h in hits
            if h.story == hits[0].story
            and h.score >= self.definition_first * hits[0].score
            and wanted <= set(terms(text(h), query.names))
        ]
        if not naming:
            return hits
        # (one that says what it is in a sentence of its own first: *A heat pump works like ...*)
        saying = [h for h in naming if defines(query.text, text(h))]
        earliest = min(saying or naming, key=lambda h: h.paragraph)
        return [earliest, *(h for h in hits if h is not earliest)]

    def answers(self, query: Query, best: Hit) -> bool:
        """Whether ``best`` answers ``query`` rather than merely sharing a word with it."""
        if best.coverage <= self.min_coverage + 1e-6:  # more than the share, not rounding's equal
            return False
        if self.names_in_story:
            # (and of the names that say which one: the Birch Gorge Dam is not the *Hoover Dam*)
            own = query.names - query.name_parts
            if any(len(n - best.matched) * 2 > len(n) for n in (query.names, own)):
                return False
        if self.whole_thing_asked and not query.asked <= best.matched:
            return False
        deed = _deed_asked(query.text) if self.deed_asked else None
        if deed is not None and deed not in best.matched:  # *When was the Polyform plant built?*
            return False
        # (not in a when-question: *When did Westbrook International Airport open?* asks when
        # it opened, which a paragraph that names the airport but not its opening does not say)
        kind = expected_answer(query.text)
        verbs_ask = not self.common_verbs_ask_nothing or kind == "time"
        asking = query.common if verbs_ask else query.common - common_verbs() - phrasal_common_verbs()
        if self.common_verbs_ask_nothing:  # *How did Vance react?*: names suffice, as for *say*
            asking = asking - form_verbs(kind) - SAYING_VERBS
        if self.numbers_say_which:  # *the other two farms*: *two* alone is not what is asked
            numbers = frozenset(t for t in query.common if is_number_term(t))
            if numbers and query.common - numbers and not (query.common - numbers | query.names) & best.matched:
                return False
        if self.how_to_asks and asking and asks_how_to(query.text):  # *How do I get a library card?*: not *library*
            return asking <= best.matched
        return not asking or bool(query.common & best.matched)


#: A number in digits, not money's nor part of another (*12*, *9,400*, *1.96*), and one written out.
_DIGITS = r"(?<![$€£¥\w.,])\d[\d,]*(?:\.\d+)?"
_NUMBER_WORD = rf"(?:{'|'.join(NUMBER_WORDS)})"
#: The comparatives of measures: *1.1 times as wide*, *three times larger*, *1.3 times that of
#: Earth* (not *800 times that at the surface*, a ratio of something else).
_COMPARATIVES = "larger|bigger|smaller|wider|deeper|taller|higher|heavier|longer|hotter|colder|warmer|faster"


def _amount_in(units: str) -> re.Pattern[str]:
    """A number written with one of ``units`` (not money's *£2.1m*), or with the dimension it
    measures (:data:`knowledge.query.DIMENSION_PATTERN`: *40 feet deep*)."""
    number = rf"(?:{_DIGITS}|\b(?:an?|{_NUMBER_WORD}))"
    return re.compile(
        rf"{number}(?:\s|-)?(?:{units})(?![\w])|{number}\s+times\s+(?:as|the|more|that\s+of|{_COMPARATIVES})\b|"
        rf"{DIMENSION_PATTERN.pattern}",
        re.IGNORECASE,
    )


_LENGTHS = r"(?:kilo|centi|milli)?met(?:er|re)s?|km|cm|mm|m|feet|foot|ft|inch(?:es)?|yards?|miles?|light-years?"
#: A height is also told in storeys, or as a level (*demand reached 9,400 megawatts*, *4.1 percent*);
#: not as a speed or a weight (*trains limited to 20mph across the bridge*).
_HEIGHTS = (
    _LENGTHS + r"|stor(?:y|ies|eys?)|floors?|percent|per cent|percentage points?|degrees?|(?:kilo|mega|giga)?watts?|"
    r"decibels?|million|billion|trillion|thousand|hundred|times"
)
#: *How many times ...?*: how often, which a count of times or occasions, *once*, *twice* or a
#: rank tells.
_HOW_MANY_TIMES = re.compile(r"^\s*how\s+many\s+times\b", re.IGNORECASE)
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
_TIMES = re.compile(
    rf"(?:(?:{_DIGITS}|\b{_NUMBER_WORD})(?:\s+(?:million|billion|thousand))?|\b(?:several|many))\s+(?:times|occasions)\b|"
    rf"\b(?:once|twice|thrice)\b|\b{_ORDINAL}\s+(?:time|[a-z]+\s+in\s+a\s+row)\b|\bin\s+a\s+row\b",
    re.IGNORECASE,
)
#: *How fast* and a thing that moves, or a verb of moving: it asks a speed (not *How fast did
#: the police arrive?*, *How fast did Marlow Springs grow?*).
_MOVING = (
    r"(?:go|going|goes|travel|travels|travelling|traveling|move|moves|moving|run|runs|running|fly|flies|flying|"
    r"drive|drives|driving|sail|sails|sailing|spin|spinning|cross|crosses|crossing|ride|rides|riding|swim|swims|"
    r"swimming|walk|walks|walking)"
)
_HOW_FAST_MOVING = re.compile(
    r"^\s*how\s+fast\s+(?:"
    # a thing: *How fast are the winds?*, *How fast is the new internet?* (not *is it forming*)
    r"(?:is|are|was|were)\s+(?:(?![\w'’-]*ing\b)[\w'’-]+\s*)+|"
    # a verb of moving: *How fast can the bikes go?*, *How fast was the train going?*, *can trains
    # cross the bridge?*; after *did*, with nothing after it (*How fast did he run the second
    # half?* asks a time)
    rf"(?:is|are|was|were|can|could|will|would)\s+[\w'’ -]+?\s+{_MOVING}\b[^?]*|"
    rf"(?:does|do|did)\s+[\w'’ -]+?\s+{_MOVING}\s*"
    r")\?*\s*$",
    re.IGNORECASE,
)
#: *How long did the outage last?*, *How long has it been open?*, *How long was the road closed?*:
#: a span of time, or the story does not say (*How long does a battery last?* of a recall that
#: gives none).
_HOW_LONG_LAST = re.compile(
    r"^\s*how\s+long\s+(?:"
    r"(?:did|does|do|will|would|could|can|might|should|has|have|had)\b|"
    # (a state: *How long was the highway closed?*, not a thing: *How long is the bridge?*)
    r"(?:is|are|was|were)\b.*\b(?:[a-z]+ed|[a-z]+en|open|missing|away|out|gone|inside|down|shut)\s*(?:for)?\s*\?*\s*$"
    r")",
    re.IGNORECASE,
)
#: A span of time: an amount of it (*four hours*, *five nights*), or its end (*until Friday*,
#: *through the weekend*), or a bare one (*for days or weeks*, *overnight*).
_DAY_OR_MONTH = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b"
)
_SPAN = re.compile(
    rf"{DURATION_PATTERN.pattern}|\b(?:until|till)\b|\bhalf an? (?:hour|day)\b|\bovernight\b|"
    r"\bthrough\s+(?:the\s+)?(?:end|weekend|week|month|year|night|summer|winter|spring|autumn|\w+day)\b|"
    rf"(?:{_DIGITS}|\b{_NUMBER_WORD})\s+nights?\b|"
    r"\ball (?:day|night|week)\b|\bfor\s+(?:[a-z]+\s+)?(?:hours|days|weeks|months|years|decades)\b|"
    # a day or a month to another: *Wednesday evening to Friday morning*, *from March to June*
    rf"\b{_DAY_OR_MONTH}(?:\s+(?:morning|afternoon|evening|night))?\s+(?:to|until|till|through)\s+{_DAY_OR_MONTH}",
    re.IGNORECASE,
)
#: *How long has X been ...?*: a span up to now, which its start gives too (*since 1979*).
_HOW_LONG_SO_FAR = re.compile(r"^\s*how\s+long\s+(?:has|have|had)\b", re.IGNORECASE)
_SPAN_SO_FAR = re.compile(rf"{_SPAN.pattern}|\bsince\b", re.IGNORECASE)
#: A speed: a distance or an amount of data per unit of time, or a unit of speed (*18 miles per
#: hour*, *seven kilometres a second*, *200 megabits per second*, *60mph*, *12 knots*).
_SPEED = re.compile(
    rf"(?:{_DIGITS}|\b{_NUMBER_WORD})"
    r"(?:\s*(?:mph|km/h|kmh|kph|knots?|mbps|gbps)\b|[\s-]+(?:[a-z]+\s+){0,1}?"
    r"(?:[a-z]*met(?:er|re)s?|km|miles?|feet|bits|bytes|[a-z]+bits|[a-z]+bytes)\s+(?:per|an?|each)\s+"
    r"(?:second|minute|hour|day|week|month|year)\b)",
    re.IGNORECASE,
)
#: Per attribute that only an amount with its unit states (:attr:`knowledge.query.Query.attribute`),
#: the amounts that state it: a depth in metres or feet, a weight in kilograms or tons, a
#: temperature in degrees (*How heavy was the whale?*: *an estimated 12 tonnes*, not *12 percent*).
#: What *How old is the X?* wants: an age (:data:`knowledge.query.AGE_PATTERN`: *68-year-old*,
#: *since 1887*), a time of making (*installed in 1958*, *opened in 1971*, *built in the
#: 1950s*), a century, or a span of years (*about 300 years*, *67 million years ago*, *three
#: weeks old*, *in their 70s*, *was 14 when*).
_AGE_ANSWER = re.compile(
    rf"{AGE_PATTERN.pattern}|"
    r"\b(?:built|opened|installed|laid|made|dug|erected|launched|founded|dating|dates)\s+(?:back\s+)?(?:from\s+|in\s+|to\s+)?(?:the\s+)?(?:1[0-9]|20)\d\ds?\b|"
    r"\b(?:\d+(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth))-century\b|\b(?:\d+(?:st|nd|rd|th)|[a-z]+teenth)\s+century\b|"
    r"\b\d[\d,.]*(?:\s+(?:million|billion))?\s+years?\b(?!\s+(?:in\s+prison|jail))|"
    r"\b(?:weeks?|months?|days?)\s+old\b|\bin\s+(?:their|his|her)\s+(?:early\s+|late\s+|mid-)?\d0s\b|\bwas\s+\d{1,3}\s+when\b",
    re.IGNORECASE,
)
_HOW_OLD = re.compile(r"\s*how\s+old\b", re.IGNORECASE)
_MEASURES = {
    stem("depth"): _amount_in(_LENGTHS),
    stem("height"): _amount_in(_HEIGHTS),
    stem("width"): _amount_in(_LENGTHS),
    stem("weight"): _amount_in(r"kilo(?:gram)?s?|kg|grams?|g|pounds?|lbs?|ounces?|oz|tons?|tonnes?|stone"),
    stem("temperature"): _amount_in(r"degrees?|°\s?[CF]?|C|F"),
}


def _deed_asked(question: str) -> str | None:
    """The term of what *When was X done?* asks the time of: its participle (*built*,
    *founded*), which a paragraph that names X but not the deed does not date. (*When will X be
    done?* is not asked so: *will be restored* is told as *back on by Friday*.)"""
    found = _WHEN_DONE.match(question)
    if found is None or not shows_past(found.group(1)):
        return None
    if found.group(1).lower() in _TOOK_PLACE and not _FIRST.search(question):
        return None  # (but *When was the festival first held?* asks when it began)
    return stem(found.group(1).lower())


#: Participles that only say an event took place: *When was the survey held?* is answered by
#: the paragraph that dates the survey (*over the last weekend of January*), held or not.
_TOOK_PLACE = frozenset("held staged conducted done run played hosted".split())
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)


#: *Who was the mayor before Gordon Pike?*: who held a post before someone named.
_ASKS_PREDECESSOR = re.compile(r"^\s*(?i:who\s+(?:was|were|had\s+been)\s+.+?\s+before)\s+[A-Z]")
#: Words that tell who held a post before someone: *succeeded*, *replaced*, *his predecessor*
#: (not *defeating incumbent Gordon Pike*: who came after him).
_SUCCESSION = re.compile(
    r"\b(?:succeed\w*|replac\w*|predecessors?|preceded|took over from|taking over from|before (?:him|her|them))\b",
    re.IGNORECASE,
)
#: *When was / were X done?*: the participle at its end.
_WHEN_DONE = re.compile(r"^\s*when\s+(?:was|were)\s+.+?\s+([a-z]+)\s*\?*\s*$", re.IGNORECASE)


#: *How many X does Y have?*: how many there are, not how many came or went.
_ASKS_STOCK = re.compile(r"\bhow\s+many\b.*\b(?:does|do|did)\b.*\bhave\s*\??\s*$", re.IGNORECASE)
#: A share of a whole: *54% of patients*, *a third of the patients*: no count of them.
_SHARE_OF = re.compile(
    r"\d[\d,.]*\s*(?:%|per\s*cent|percent)\s+of\b|\b(?:half|a\s+third|a\s+quarter|a\s+fifth|two-thirds)\s+of\b",
    re.IGNORECASE,
)
_ASKS_SHARE = re.compile(r"\b(?:share|percentage|proportion|per\s*cent)\b", re.IGNORECASE)
#: A number after a verb of change: *added 4.1 million*, *lost about 200*: no count of what there is.
_CHANGE_COUNT = re.compile(
    r"\b(?:add|adds|added|adding|gain|gains|gained|lose|loses|lost|cut|cuts|shed|sheds|drop|dropped|"
    r"hire|hires|hired)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|another\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|billion))?",
    re.IGNORECASE,
)


#: *Who is* and a name (capitalised words): who the story says that person is.
_WHO_IS_NAME = re.compile(r"\s*(?i:who\s+(?:is|was|are|were))\s+((?:[A-Z][\w'’.-]*\s*){1,4})\??\s*$")
#: *What does* a name *do?*, *What did* a name *do for a living?*: who they are, as *Who is
#: NAME?* asks (*Ms Moore, a 34-year-old nurse*; not *What did Penn do?*, a deed).
#: *What was William Willett's job?*, *What job did Maureen have?*, and the name.
_NAMES_JOB = re.compile(
    r"\s*(?i:what\s+(?:is|was)\s+)((?:[A-Z][a-z][\w'’.-]*\s*){1,4}?)['’]s?\s+(?i:job|occupation|profession)\s*\??\s*$|"
    r"\s*(?i:what\s+(?:job|work)\s+(?:does|did)\s+)((?:[A-Z][a-z][\w'’.-]*\s*){1,4}?)\s+(?i:do|have)\s*\??\s*$"
)
_WHAT_DOES_NAME_DO = re.compile(
    r"\s*(?i:what\s+(?:does\s+(?=.*\bdo\s*\??\s*$)|(?:does|did)\s+(?=.*\bfor\s+(?:a\s+)?(?:living|work)\b)))"
    r"((?:[A-Z][a-z][\w'’.-]*\s*){1,4})\s+(?i:do(?:\s+for\s+(?:a\s+)?(?:living|work))?)\??\s*$"
)


#: *Where is* and a name: where the story says that place is, beside its name (*Kivalina, an
#: Inupiat village of about 450 people on a barrier island in northwest Alaska*).
_WHERE_IS_NAME = re.compile(r"\s*(?i:where\s+(?:is|was|are|were))\s+((?:[A-Z][\w'’.-]*\s*){1,4})\??\s*$")


#: *Where is X from?*, *Where does she come from?*, and a place named after *from*: where
#: someone is from (*Tomas Lindqvist, 61, from Gothenburg*), not *went missing in the hills*.
_WHERE_FROM = re.compile(
    r"\s*where\s+(?:is|are|was|were|does|do|did)\s+.+?\s+(?:come\s+)?from\s*\??\s*$", re.IGNORECASE
)
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][a-z]")
#: *Where was the train going?*, *Where is the storm heading?*, *Where did the group go?*: a place
#: it goes to (*to a cement works in Cheshire*, *towards Norway*, *bound for Rotterdam*).
_WHERE_GOING = re.compile(
    r"\s*where\s+(?:is|are|was|were|does|do|did|will)\s+.+?\s+"
    r"(?:go|goes|going|head|heading|headed|bound|travell?ing|flying|sailing|moving)\s*(?:next|now)?\s*\??\s*$",
    re.IGNORECASE,
)
#: *What should users do?*, *What can people do to help?*, *How can I get my money back?*: advice.
_ASKS_ADVICE = re.compile(
    r"^\s*(?:what\s+(?:should|must|can|could|ought)\s+.+?\s+do\b|how\s+(?:should|can|could|do)\s+(?:i|we|you|people|they)\b|"
    r"what\s+should\s+.+?\s+(?:look\s+out\s+for|watch\s+for|avoid))",
    re.IGNORECASE,
)
#: What advice is written with: *should contact their airline*, *are urged to*, *can check*.
_ADVICE = re.compile(
    r"\b(?:should|must|ought\s+to|(?:are|is|were|was)\s+(?:being\s+)?(?:advised|urged|told|asked|encouraged)|"
    r"urged|advised|recommend\w*|can\s+(?:check|call|contact|get|ask|apply|book|visit|claim|request|go|use|find|report))\b",
    re.IGNORECASE,
)
#: *Where did the march start?*, *Where did the flight leave from?*: a place it left (*set off
#: from Hyde Park*).
_WHERE_START = re.compile(
    r"\s*where\s+(?:did|does|do|will|was|were|is|are)\s+.+?\s+"
    r"(?:start|starts|started|starting|begin|begins|began|beginning|set\s+off|leave|leaves|left|depart\w*)\s*(?:from)?\s*\??\s*$",
    re.IGNORECASE,
)
_TO_PLACE = re.compile(
    r"\b(?:to|towards?|for|into)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:in|at|near|of)\s+(?:the\s+)?)?[A-Z][a-z]"
)
#: *Where is X based / headquartered / located?*, and X.
_WHERE_BASED = re.compile(r"\s*(?i:where\s+(?:is|are|was|were))\s+(.+?)\s+(?i:based|headquartered|located)\b")


def _states_base(thing: str) -> Callable[[str], bool]:
    """Whether a paragraph says where ``thing`` is based: *based in Denver*, *Portland-based*,
    *headquartered in*, or its name's last word and a place after *of*, *in* or *from*
    (*Corvan Therapeutics of San Diego*)."""
    words = re.findall(r"[\w'’-]+", thing)
    last = re.escape(words[-1]) if words else None
    own = rf"|\b{last}\b(?:\s+[A-Z][\w'’-]*){{0,2}},?\s+(?:of|in|from)\s+[A-Z]" if last else ""
    pattern = re.compile(
        rf"\b(?:based|headquartered|located)\s+in\s+[A-Z]|\b[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?-based\b{own}"
    )
    return lambda said: bool(pattern.search(said))


#: *How long is the X?*: *how long*, a verb of being and the thing, with nothing after it.
#: *What does RCN stand for?*, and the letters.
_STANDS_FOR = re.compile(
    r"^\s*what\s+(?:does|do|did|is)\s+(?:the\s+)?(?P<short>[A-Za-z][A-Za-z&.]{1,9})\s+(?:stand|short)\s+for\b",
    re.IGNORECASE,
)


def _spells(short: str) -> Callable[[str], bool]:
    """Whether a paragraph writes out what the letters ``short`` stand for: *the Royal College
    of Nursing (RCN)*, capitalised words whose initials spell it (*of*, *and*, *for*, *the*
    between them), or the letters in brackets after words."""
    letters = [c for c in short.upper() if c.isalpha()]
    filler = r"(?:(?:of|and|for|the|on|in|&)\s+)*"
    spelled = r"[\s-]+".join(rf"{filler}{c}[\w'’]*" for c in letters)
    pattern = re.compile(rf"\b{spelled}\b|\w\s+\({re.escape(short)}\)")
    return lambda said: bool(pattern.search(said))


#: *What nationality is X?*, *What nationality were the skiers?*; and a people's adjective,
#: inside a sentence and not the first word of a name (*The 33-year-old Hungarian*, *all British*).
_NATIONALITY = re.compile(r"\bnationality\b|^\s*what\s+country\s+(?:is|are|was|were)\s+.+\s+from\b", re.IGNORECASE)
_DEMONYM = re.compile(r"(?<![.!?\"“]\s)(?<!^)\b[A-Z][a-z]+(?:ian|an|ese|ish|ic|i|ch|ss)\b(?!\s+[A-Z])")
_HOW_OFTEN = re.compile(r"^\s*how\s+(?:often|frequently)\b", re.IGNORECASE)
#: How often: *weekly*, *every Tuesday*, *every two weeks*, *once a fortnight*, *three times a
#: year*, *twice daily*, *each month*.
FREQUENCY_PATTERN = re.compile(
    r"\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually|weekdays)\b|"
    r"\b(?:every|each)\s+(?:other\s+|\w+\s+)?(?:minute|hour|day|night|morning|evening|afternoon|week|"
    r"fortnight|month|year|season|weekend|summer|winter|spring|autumn|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|"
    r"\b(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+\w+|"
    r"\b(?:a|per)\s+(?:day|week|fortnight|month|year)\b|"
    r"\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b",
    re.IGNORECASE,
)
_HOW_LONG_THING = re.compile(
    r"^\s*how\s+long\s+(?:is|are|was|were|will\s+be)\s+(?:the|its|their|his|her|a|an)\s+"
    r"(?P<thing>[a-z][\w'’ -]*?)\s*\?*\s*$",
    re.IGNORECASE,
)
#: An extent: a number and a unit of length, of time or of writing (*182km*, *three-year*, *74-page*).
_EXTENT = re.compile(
    rf"(?:{_DIGITS}|\b(?:{_NUMBER_WORD}-)?{_NUMBER_WORD})"
    rf"(?:\s|-)?(?:{_LENGTHS}|{TIME_UNITS}|nights?|seasons?|laps?|pages?|words?)(?![\w])",
    re.IGNORECASE,
)


def _extent_of(thing: str) -> Callable[[str], bool]:
    """Whether a paragraph writes an extent on ``thing``'s last word: before it (*The 182km
    stage*, *a 60-metre suspension footbridge*), after it and a comma (*its longest stage, 82
    kilometres*), or in its sentence with *long* after it
    (*pipelines under the North Sea that is about 9,000km long*)."""
    head = thing.split()[-1].lower().rstrip("s")

    def holds(said: str) -> bool:
        for sentence in split_sentences(said):
            for found in _EXTENT.finditer(sentence):
                after = re.findall(r"[\w'’-]+", sentence[found.end() :])[:3]
                before = re.findall(r"[\w'’-]+,?", sentence[: found.start()])[-2:]
                if any(w.lower().rstrip("s").endswith(head) for w in after):
                    return True
                if before[-1:] and before[-1].lower().rstrip(",s").endswith(head) and before[-1].endswith(","):
                    return True  # (*the race's longest stage, 82 kilometres through dunes*)
                if after[:1] == ["long"] and head in sentence.lower():
                    return True
        return False

    return holds


#: A figure compared with the year before's, the sentence naming no year of its own: *down from
#: £71m a year earlier*, *up 5% on the previous year*.
_YEAR_BEFORE = re.compile(
    r"\b(?:from|than|with|on|over)\b(?:(?!\b(?:1[89]|20)\d\d\b)[^.;!?]){0,30}?"
    r"\b(?:a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)


#: *How old is* and a name.
_HOW_OLD_NAME = re.compile(r"\s*(?i:how\s+old\s+(?:is|was|are|were))\s+((?:[A-Z][\w'’.-]*\s*){1,4})\??\s*$")


def _aged(name: str) -> Callable[[str], bool]:
    """Whether a paragraph gives ``name``'s age beside it: *Pruitt, 71,*, *the 34-year-old
    Carter*, *Carter, aged 34*, *Moss, a two-year-old male*."""
    words = name.split()
    last, first = re.escape(words[-1].rstrip("?.")), re.escape(words[0])
    pattern = re.compile(
        rf"\b{last},\s+(?:(?:aged\s+)?\d{{1,3}}[,.]|an?\s+(?:\d{{1,3}}-year-old|{SPELLED_AGE}))|"
        rf"(?:\d{{1,3}}-year-old|{SPELLED_AGE})\s+(?:[a-z]+\s+){{0,3}}{first}\b"
    )
    return lambda said: bool(pattern.search(said))


#: Honorifics, which say nothing of what someone does; and words no job is.
_HONORIFICS = frozenset("mr mrs ms mx miss dr sir dame lord lady".split())
_FUNCTION_WORDS = "|".join(sorted(w for w in ENGLISH_STOP_WORDS if w.isalpha()))


def _describes(name: str) -> Callable[[str], bool]:
    """Whether a paragraph says who ``name`` is: the name's last word, then an age maybe and an
    appositive or *is a / the* (*Pruitt, 71, is the last commercial lobsterman*, *Priya Raman, a
    cryptographer*), or a lower-case title or job just before the name (*City engineer Paula
    Ruiz*)."""
    words = name.split()
    last, first = re.escape(words[-1].rstrip("?.")), re.escape(words[0])
    # (a job before *Mr* is none: *the hospice that cared for Mr Hetherington's brother*)
    job = rf"\b(?!(?:{_FUNCTION_WORDS})\b)[a-z]{{3,}}\s+{first}\b"
    if words[0].lower().rstrip(".") in _HONORIFICS:
        job = "(?!)"
    pattern = re.compile(
        rf"\b{last}(?:,\s+\d+,)?(?:,\s+(?:a|an|the|who|whose|his|her|its|their)\b|"
        rf"\s+(?:is|was|has been|had been|became)\s+(?:a|an|the|one)\b)|{job}"
    )
    return lambda said: bool(pattern.search(said))


#: A share of a company's money: what a fine or a price may be set as (*up to 4 percent of
#: their global annual revenue*).
_SHARE_OF_MONEY = re.compile(
    r"\d\s?(?:%|percent|per cent)\s+of\s+(?:[\w'’-]+\s+){0,3}(?:revenue|turnover|sales|income|profits?|earnings)\b",
    re.IGNORECASE,
)


#: A price told by another: none (*Tags are free*, *at no cost*), or a share of another price
#: (*Motorcycles will pay half the car rate*).
_PRICE_BY_ANOTHER = re.compile(
    r"\b(?:is|are|was|were|be|been|for|remains?|stays?)\s+free\b|\bfree of charge\b|\bat no (?:cost|charge)\b|"
    r"\b(?:half|twice|double|triple|a third of|a quarter of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:rate|price|cost|fare|fee|toll)s?\b",
    re.IGNORECASE,
)


def _states_money(said: str) -> bool:
    """Whether a paragraph states an amount of money (:data:`knowledge.query.MONEY_PATTERN`), a
    share of a company's money (:data:`_SHARE_OF_MONEY`) or a price by another
    (:data:`_PRICE_BY_ANOTHER`)."""
    return bool(MONEY_PATTERN.search(said) or _SHARE_OF_MONEY.search(said) or _PRICE_BY_ANOTHER.search(said))


def _done_by(query: Query) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """Whether a paragraph names who did what *Who VERB ...?* asks after *by*: first, whether
    it does to what the question asks about (its word, then *by* and a capitalised word: *the
    novel by Ellen Marsh*; or the verb in a paragraph that holds that word); then whether the
    question's verb or another of its words comes before *by* and a capitalised word at all
    (*made by the University of Calverton*, *The team, led by Dr. Ana Castillo*)."""
    verb = _WHO_VERB.match(query.text)
    deed = stem(verb.group(1).lower()) if verb else None
    things = set(query.common) - {deed}

    def before_by(said: str) -> set[str]:
        return {stem((m.group(1) or m.group(2)).lower()) for m in _BY_NAME.finditer(said)}

    def done_by(said: str) -> bool:
        return bool(before_by(said) & (things | {deed}))

    def done_to_it(said: str) -> bool:
        found = before_by(said)
        # (*the novel by Ellen Marsh*, or the deed where the novel is: *Its songs were written
        # by* the duo does not say who wrote the novel)
        return bool(found & things) or (deed in found and bool(things & set(terms(said, query.names))))

    return done_to_it, done_by


def _doer_named(query: Query) -> Callable[[str], bool] | None:
    """For *Who published the book?*, whether a paragraph names one by the noun for who does
    the deed (*a small Edinburgh publisher, Thistle Books*, *designer Tomas Reyes*): the verb
    and *-er*. None for a question of another form."""
    verb = _WHO_VERB.match(query.text)
    if verb is None or not verb.group(1).lower().endswith("ed"):
        return None
    raw = verb.group(1).lower()
    # (*published*: *publisher*; *organised*: *organiser*; *planned*: *planner*)
    nouns = "|".join(sorted({raw[:-2] + "er", raw[:-1] + "r", raw[:-3] + "er"}))
    pattern = re.compile(
        rf"\b(?:{nouns})s?\b,?\s+(?:[a-z]+\s+){{0,2}}[A-Z]|[A-Z][\w'’-]+,\s+(?:an?|the)\s+(?:[a-z]+\s+){{0,3}}(?:{nouns})\b"
    )
    return lambda said: bool(pattern.search(said))


def _looks_ahead(day: dt.date | None) -> Callable[[str], bool]:
    """Whether a paragraph looks ahead of ``day`` (its story's publication day): a future tense
    or plan (:data:`knowledge.query.FUTURE_PATTERN`) or a date after it."""

    def looks_ahead(said: str) -> bool:
        if FUTURE_PATTERN.search(said):
            return True  # (before reading its times, which costs more)
        return day is not None and any(t.date and t.date > day.isoformat()[: len(t.date)] for t in _times(said, day))

    return looks_ahead


def _only_holding(text: Callable[[Hit], str], holds: Callable[[str], object]) -> Callable[[Hit], str]:
    """``text``, but nothing for a hit whose paragraph does not ``hold`` what a rule asked for,
    so that no later rule takes it."""
    return lambda hit: said if holds(said := text(hit)) else ""


def _raised(hits: list[Hit], text: Callable[[Hit], str], holds: Callable[[str], bool], share: float) -> list[Hit]:
    """``hits`` with the best one of the first's story whose paragraph (``text``) ``holds`` what
    the question's form asks for first, unless the first does, if it scores at least ``share``
    of the first's; else ``hits`` as they are."""
    if holds(text(hits[0])):
        return hits
    for hit in hits[1:]:
        if hit.story == hits[0].story and hit.score >= share * hits[0].score and holds(text(hit)):
            return [hit, *(h for h in hits if h is not hit)]
    return hits


def _first_holding(hits: list[Hit], text: Callable[[Hit], str], holds: Callable[[str], bool]) -> list[Hit]:
    """``hits`` with the best one of the first's story whose paragraph (``text``) ``holds`` what
    the question's form asks for first, or none: the story does not say."""
    for hit in hits:
        if hit.story == hits[0].story and holds(text(hit)):
            return [hit, *(h for h in hits if h is not hit)]
    return []


@lru_cache(maxsize=4096)
def _times(text: str, published: dt.date | None) -> tuple[TimeExpression, ...]:
    """The time expressions of a paragraph, each read in its own sentence: a past tense in the
    sentence before does not make *set sentencing for Jan. 22* last January. Kept for the
    paragraphs asked about again: reading them costs more than answering."""
    return tuple(t for sentence in split_sentences(text) for t in find_times(sentence, published))


_SEASON = re.compile(rf"\b(?:{'|'.join(SEASONS)})\b", re.IGNORECASE)


def _season_under_way(time: TimeExpression, day: dt.date) -> bool:
    """Whether ``time`` is a season (dated by the month it starts in) that ``day`` falls in:
    *this summer*, asked of a story written in July, is the present."""
    first = time.first_day
    return bool(_SEASON.search(time.text)) and first is not None and first <= day < first + dt.timedelta(days=92)


def _within(found: TimeExpression, asked: list[TimeExpression]) -> bool:
    """Whether the time ``found`` in a paragraph falls in one that a question names, at the
    question's precision (*last year*: any day of that year)."""
    if found.date is None:
        return False
    for time in asked:
        size = len(time.date or "")
        start, end = found.date[:size], (found.end_date or found.date)[:size]
        if start <= (time.date or "") <= end:
            return True
    return False
