"""Timelines on real articles: dated events, background, vague times and their order."""

from __future__ import annotations

import datetime as dt

from knowledge import Library
from knowledge.evaluate import evaluate_timeline, load_question_file
from knowledge.loader import load_folder
from knowledge.story import build_story
from knowledge.timeline import BACKGROUND, build_timeline
from tests.conftest import DATA, DEV_SET, needs_shared


def position(events, part: str, date: str | None = "any") -> int:
    """The index of the first event whose sentence holds ``part`` (and has ``date``)."""
    return next(i for i, e in enumerate(events) if part in e.text and (date == "any" or e.date == date))


def dated(text: str, published: dt.date) -> list[tuple[str | None, str | None]]:
    """The (wording, date) of each event of a story made of ``text``, in timeline order."""
    return [(e.when, e.date) for e in build_timeline(build_story("s", text, published=published)).events]


def test_bundled_story_order(bundled: Library) -> None:
    events = bundled.timeline("zuckerberg-apology").events
    post = position(events, "posted to Facebook yesterday")
    assert events[post].date == "2018-03-21" and events[post].when == "yesterday"
    quiz_app = position(events, "personality quiz app")
    sharing = position(events, "improperly shared with Cambridge Analytica")
    ban = position(events, "recently banned the company")
    assert quiz_app < sharing < ban < post
    assert events[quiz_app].period == BACKGROUND and events[quiz_app].when is None
    assert events[sharing].when == "at the time" and events[ban].when == "recently"
    going_forward = position(events, "Going forward")
    assert going_forward == len(events) - 1 and events[going_forward].period == "future"
    for event in events:  # verbatim sentences of the paragraphs they cite
        assert event.text in bundled.story("zuckerberg-apology").paragraph(event.paragraph).text


@needs_shared
def test_shared_eval_events_have_their_dates() -> None:
    data, library = load_question_file(DEV_SET)
    assert evaluate_timeline(data, library) == {"northfield-start-times": []}


def test_test_articles() -> None:
    library = Library(load_folder(DATA / "stories")[0])
    harbor = library.timeline("harbor-lions-final").events
    win = position(harbor, "two days after the team lost its captain", "2025-11-02")
    injury = position(harbor, "two days after the team lost its captain", "2025-10-31")
    assert injury < win  # one sentence, two events: the injury on Friday, the win two days after
    parade = position(harbor, "9 a.m.")
    assert harbor[parade].date == "2025-11-05"  # a clock time takes the day of the event before it
    assert harbor[-1].date == "2026-03" and harbor[-1].when == "in March"  # "will begin ... in March"
    recall = library.timeline("brighthome-recall").events
    sold = position(recall, "sold between March 2022")
    assert recall[sold].date == "2022-03" and recall[sold].end == "2024-01"
    learned = recall[position(recall, "two weeks ago")]
    assert learned.date == "2024-05-02" and learned.approximate
    assert recall[position(recall, "on Tuesday")].date == "2024-05-14"
    mill = library.timeline("riverside-mill-fire").events
    assert [e.date for e in mill[:5]] == ["1887", "1923", "1974", "1999", "2015"]
    dates = [e.date for e in mill if e.date]
    assert dates == sorted(dates, key=lambda d: d + "-00")  # earliest first
    for story in library.stories:  # every test article's timeline builds (*in the coming weeks* once failed)
        assert library.timeline(story).events, story
    crypto = library.timeline("crypto-exchange-collapse").events
    hearing = [e for e in crypto if "bail hearing on Thursday" in e.text and e.when == "on Thursday"]
    assert [e.date for e in hearing] == ["2026-10-22"]  # held until then: after Monday, not before


def test_a_time_of_day_takes_the_day_of_the_event_not_of_its_report() -> None:
    """*the Coast Guard said Tuesday* dates the report; *at 10:40 p.m.* in the next paragraph is
    the night of the leak (Monday); with no other day, the day of the report is taken."""
    text = "T\n\nOil leaked into the bay on Monday night, the Coast Guard said Tuesday.\n\nAn alarm went at 10:40 p.m."
    assert dated(text, dt.date(2026, 6, 11)) == [
        ("on Monday night", "2026-06-08"),
        ("at 10:40 p.m.", "2026-06-08"),
        ("Tuesday", "2026-06-09"),
    ]
    alone = dated("T\n\nPolice said Sunday that a barn burned.\n\nIt began at 2:40 a.m.", dt.date(2026, 6, 11))
    assert [date for _, date in alone] == ["2026-06-07", "2026-06-07"]


def test_a_past_time_of_day_is_not_the_day_of_a_plan_told_before_it() -> None:
    """*would decide by Friday* is ahead of the story; *told supporters shortly after midnight*
    happened, so it is not Friday's: with no day it is the story's now. *will meet at 9 a.m.*
    is Friday's."""
    text = (
        "T\n\nMendez won the race on Tuesday. Blake's campaign said it would decide by Friday.\n\n"
        '"We owe it to every voter," Blake told supporters shortly after midnight. They will meet at 9 a.m.'
    )
    events = {e.when: e for e in build_timeline(build_story("s", text, published=dt.date(2025, 11, 5))).events}
    assert events["by Friday"].date == "2025-11-07"
    assert (events["shortly after midnight"].date, events["shortly after midnight"].period) == (None, "now")
    assert events["at 9 a.m."].date == "2025-11-07"


def test_a_24_hour_time_with_its_zone_is_a_time_of_day() -> None:
    """An incident report's *14:32 UTC* (and *at 16:05*) is a time of the day told before it;
    *At 4:30 on a cold morning*, a 12-hour clock without a.m., is no 24-hour time."""
    text = (
        "T\n\nThe outage began on Tuesday.\n\nIts timeline:\n\n- 14:32 UTC: the update is pushed to all regions\n"
        "- 20:15 UTC: all services are restored to every customer\n\nThe fault was found at 16:05.\n\n"
        "At 4:30 on a cold morning, he fished."
    )
    events = build_timeline(build_story("s", text, published=dt.date(2026, 10, 9))).events
    assert [(e.when, e.date) for e in events if e.date == "2026-10-06"] == [
        ("on Tuesday", "2026-10-06"),
        ("14:32 UTC", "2026-10-06"),
        ("20:15 UTC", "2026-10-06"),
        ("at 16:05", "2026-10-06"),
    ]
    assert not any(e.when == "At 4:30" for e in events)


def test_a_time_of_day_before_or_after_which_something_happened() -> None:
    """*shortly before 4 p.m.*, *by 11:20 a.m.*, *just after midnight* date an event as *at* does;
    *until 10 p.m.* (opening hours) does not."""
    text = (
        "T\n\nThe outage began on Tuesday. Service was restored shortly before 4 p.m. Trains ran by 11:20 a.m.\n\n"
        "She spoke just after midnight. The centers stay open until 10 p.m."
    )
    assert dated(text, dt.date(2026, 10, 15)) == [
        ("on Tuesday", "2026-10-13"),
        ("shortly before 4 p.m.", "2026-10-13"),
        ("by 11:20 a.m.", "2026-10-13"),
        ("just after midnight", "2026-10-13"),
    ]


def test_at_the_time_is_the_time_just_told_of() -> None:
    """*at the time* right after a dated event is that event's day (the clock's day too); after
    undated background, or far from any date, it stays in the distant past."""
    text = (
        "T\n\nFog fell on Monday.\n\nThe crash came at about 7:40 a.m.\n\nVisibility at the time was poor.\n\n"
        "Cars piled up.\n\nDrivers slowed.\n\nRules were stricter at the time."
    )
    assert dated(text, dt.date(2026, 11, 17)) == [
        ("at the time", None),
        ("on Monday", "2026-11-16"),
        ("at about 7:40 a.m.", "2026-11-16"),
        ("at the time", "2026-11-16"),
    ]
    background = "T\n\nIt shut on Monday.\n\nIn case you missed it, the firm was sold. Its rules were lax at the time."
    assert dated(background, dt.date(2026, 11, 17))[1] == ("at the time", None)


def test_today_in_a_quotation_is_the_day_it_was_said() -> None:
    """The mayor rode Sunday's first train and said *Today we proved them wrong*: Sunday, though
    the story is printed on Monday; outside quote marks, *today* is the day of publication."""
    text = 'T\n\nThe line opened on Sunday.\n\n"Today we proved them wrong," she said. It is busy today.'
    assert dated(text, dt.date(2026, 9, 14)) == [
        ("on Sunday", "2026-09-13"),
        ("Today", "2026-09-13"),
        ("today", "2026-09-14"),
    ]


def test_today_in_a_quotation_told_later_is_the_news_day() -> None:
    """The governor signed the law on Tuesday and said *Today we make it legal* at the signing,
    told two paragraphs on, after a date to come: Tuesday, not the day of publication."""
    text = 'T\n\nThe governor signed it on Tuesday.\n\nIt takes effect Jan. 1.\n\n"Today we make it legal," she said.'
    assert ("Today", "2026-09-01") in dated(text, dt.date(2026, 9, 3))


def test_a_date_set_off_by_commas_takes_the_tense_around_it() -> None:
    """*The next drawing, on Saturday, has ...* is the coming Saturday: the aside has no verb."""
    text = "T\n\nThe next drawing, on Saturday, has a jackpot of $20 million. The last, on Friday, was won."
    assert dated(text, dt.date(2026, 9, 3)) == [("on Friday", "2026-08-28"), ("on Saturday", "2026-09-05")]


def test_the_end_of_a_month_comes_after_its_days() -> None:
    """*by the end of the month* sorts after *Sunday* of that month, *in October* before it."""
    text = (
        "T\n\nThe city will review 11 other towers by the end of the month.\n\n"
        "Residents left late Sunday. The tower was last inspected in October."
    )
    assert dated(text, dt.date(2026, 10, 6)) == [
        ("in October", "2026-10"),
        ("late Sunday", "2026-10-04"),
        ("the end of the month", "2026-10"),
    ]


def test_ties_keep_article_order_and_json_shape() -> None:
    story = build_story(
        "s",
        "T\n\nThe council met on Monday. The mayor spoke on Monday too.\n\n"
        "The vote was first proposed in 2014, and the budget was drafted between March 2019 and May 2020.",
        published=dt.date(2023, 8, 10),
    )
    timeline = build_timeline(story)
    assert [e.when for e in timeline.events] == ["in 2014", "between March 2019 and May 2020", "on Monday", "on Monday"]
    assert [e.text for e in timeline.events][2:] == ["The council met on Monday.", "The mayor spoke on Monday too."]
    data = timeline.to_dict()
    assert data["published"] == "2023-08-10"
    assert data["events"][1] == {
        "date": "2019-03",
        "when": "between March 2019 and May 2020",
        "text": "The vote was first proposed in 2014, and the budget was drafted between March 2019 and May 2020.",
        "paragraph": 2,
        "end": "2020-05",
    }


def test_without_a_publication_date() -> None:
    story = build_story("s", "T\n\nThe board voted on Tuesday. The idea was first proposed in 2014.")
    events = build_timeline(story).events
    assert [(e.date, e.when) for e in events] == [("2014", "in 2014"), (None, "on Tuesday")]
    assert build_timeline(story).to_dict()["published"] is None


def test_a_story_with_no_times() -> None:
    story = build_story("s", "T\n\nCats purr. Dogs bark loudly at strangers.")
    assert build_timeline(story).events == ()
