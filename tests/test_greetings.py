"""The one closing-greeting pattern that sender detection, form letters and e-mails share."""

import pytest

from hoering.greetings import GREETING


@pytest.mark.parametrize(
    ("line", "greeting"),
    [
        ("Med venlig hilsen", "Med venlig hilsen"),
        ("med venlige hilsner", "med venlige hilsner"),
        ("Venligst hilsen", "Venligst hilsen"),
        ("Mvh. Karen Nielsen", "Mvh."),
        ("MVH", "MVH"),
        ("De bedste hilsner", "De bedste hilsner"),
        ("Kærlig hilsen, Bo", "Kærlig hilsen"),
        ("Hilsen, Ældrerådet", "Hilsen"),
        ("  Kind regards", "  Kind regards"),
    ],
)
def test_greetings_are_found_and_end_where_a_name_may_follow(line, greeting):
    match = GREETING.match(line)
    assert match and match.group(0) == greeting


@pytest.mark.parametrize(
    "line", ["Hilsenen fra borgmesteren", "Mvhx", "Vi sender venlige hilsner", "Regardsløs", "hils"]
)
def test_words_that_only_look_like_greetings_are_not(line):
    assert GREETING.match(line) is None


def test_in_a_text_it_is_found_at_any_line_start():
    text = "Vi er imod.\nMed venlig hilsen\nKaren"
    assert [m.start() for m in GREETING.finditer(text)] == [text.index("Med")]
