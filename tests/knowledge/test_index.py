"""The TF-IDF index's own rules, on small stories built for each."""

from __future__ import annotations

import numpy as np

from knowledge.index import TfidfIndex
from knowledge.story import build_story


def test_a_number_counts_only_within_its_clause() -> None:
    """*How many crew members died?*: *all 14 of its crew* counts the crew; *two days later,
    but none of the crew* does not (the number and the noun are in different clauses)."""
    text = (
        "T\n\nWreckage washed ashore two days later, but none of the crew was found.\n\n"
        "The steamer sank in a gale with all 14 of its crew. The 1,200 tons of coal were lost."
    )
    index = TfidfIndex().fit([build_story("wreck", text)])
    rows = np.arange(index.sentences_.shape[0])
    crew = rows[index._counts("crew", rows)]
    assert [index.rows_[index.sentence_paragraph_[r]][1] for r in crew] == [2]
    assert index._counts("ton", rows).sum() == 1  # the comma of 1,200 ends no clause
