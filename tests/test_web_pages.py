"""What the workspace's pages compute, without a server: the paging of the responses table,
the evidence cut out of a response's text, the problems a row shows."""

from __future__ import annotations

from hoering.model import SenderKind, SenderSource, Stance, Status, TagSource, TagState, ThemeTag
from hoering.model.overview import ResponseLine, TagMark
from hoering.web import pages


def test_the_table_is_paged_with_the_filters_kept():
    page, links = pages._paging({"tema": "mentor", "side": "2", "gemt": "tag"}, 450, "/h/x")
    assert page == 2
    assert [link.label for link in links] == ["Side 1", "Side 2", "Side 3", "Side 4", "Side 5", "Vis alle"]
    assert [link.current for link in links] == [False, True, False, False, False, False]
    assert links[0].url == "/h/x?tema=mentor&side=1#svar"  # the saved-message is not carried on
    assert pages._paging({"side": "alle"}, 450, "/h/x")[0] == 0
    assert pages._paging({"side": "99"}, 450, "/h/x")[0] == 5
    assert pages._paging({"side": "x"}, 450, "/h/x")[0] == 1
    assert pages._paging({}, 100, "/h/x") == (1, [])


def test_evidence_is_cut_out_of_the_text_with_its_stance():
    text = "Indledning. Vi er imod færre mentorer. Tak."
    tags = [
        ThemeTag("mentor", TagState.DISCUSSES, Stance.AGAINST, ["Vi er imod færre mentorer."], ["mentor"]),
        ThemeTag("pris", TagState.DISCUSSES, Stance.NEUTRAL, ["not in the text"], []),
    ]
    segments = pages.highlighted(text, tags, {"mentor": "Mentorindsatsen"})
    assert "".join(s.text for s in segments) == text
    marked = [s for s in segments if s.highlights]
    assert [s.text for s in marked] == ["Vi er imod færre mentorer."]
    assert marked[0].highlights[0].stance == Stance.AGAINST
    assert [h.label for h in marked[0].ends] == ["Mentorindsatsen"]


def _line(**values) -> ResponseLine:
    base = dict(number=1, file="a.pdf", status=Status.OK, error=None, sender="LMU", sender_source=SenderSource.LETTERHEAD,
                sender_kind=SenderKind.ORGANISATION, party="LMU", received="2018-10-30", received_source="letter",
                duplicate_of=None, campaign=None, revision_of=None, via_email=None, late=False)  # fmt: skip
    return ResponseLine(**{**base, **values})


def test_problems_are_ranked_unreadable_first():
    assert pages.problems_of(_line()) == []
    assert pages.problems_of(_line(status=Status.FAILED))[0].rank == 0
    unsure = pages.problems_of(_line(sender_source=SenderSource.FILENAME, received_source="mtime"))
    assert [p.rank for p in unsure] == [1, 1]
    guessed = pages.problems_of(_line(marks=[TagMark("mentor", Stance.NEUTRAL, TagSource.AUTO, guessed=True)]))
    assert [p.text for p in guessed] == ["holdning gættet (1)"]
