"""transforms.figures as_of."""

from __future__ import annotations

from datetime import date

import pytest

from figures_helpers import PUB, figs, one


# ---------------------------------------------------------------- as_of

@pytest.mark.parametrize(
    "text, when",
    [
        ("There are 11,000 troops in Russia.", PUB),
        ("As of Monday, 11,000 troops were in Russia.", date(2024, 11, 4)),
        ("By the end of October, 11,000 troops were in Russia.", date(2024, 10, 31)),
        ("Last week 11,000 troops were in Russia.", date(2024, 10, 31)),
        ("As of Nov. 5, 11,000 troops were in Russia.", date(2024, 11, 5)),
        ("The war has killed 500 people since October 2023.", PUB),
        ("Yesterday 11,000 troops were in Russia.", date(2024, 11, 6)),
    ],
)
def test_as_of(text, when):
    assert one(text).as_of == when


def test_as_of_without_published_date():
    assert one("There are 11,000 troops.", published=None).as_of is None
    assert one("As of Nov. 5, 2024, there were 11,000 troops.", published=None).as_of == date(2024, 11, 5)


# ---------------------------------------------------------------- as_of: only explicit dates of the claim/count

@pytest.mark.parametrize(
    "text, published, when",
    [
        # a projection: "by December" written in October is not a past date
        ("Officials said the total could reach 10,000 troops by December.", date(2024, 10, 23), date(2024, 10, 23)),
        ("The agency said 10,000 troops could follow by the end of the year.", date(2024, 10, 23), date(2024, 10, 23)),
        # when something started or happened is not when it was counted
        ("Washington believes North Korea sent 11,000 soldiers to Russia in October and November.",
         date(2024, 12, 27), date(2024, 12, 27)),
        ("The troops have been fighting in Kursk, where 3,000 troops crossed the border in August.",
         date(2024, 12, 28), date(2024, 12, 28)),
        ("Estimates have held at about 11,000 troops since early November.", date(2024, 12, 17), date(2024, 12, 17)),
        ("The bank expects growth of 1.9 percent in 2025.", date(2024, 11, 28), date(2024, 11, 28)),
        ("The tower, which has 97 steps, is open Thursday through Sunday.", date(2024, 11, 12), date(2024, 11, 12)),
        # the date of the claim: attached to the cue verb
        ("Zelenskyy said on Monday that 11,000 soldiers were in Kursk.", date(2024, 11, 8), date(2024, 11, 4)),
        ("The NIS said in December that at least 100 soldiers had been killed.", date(2025, 1, 12),
         date(2024, 12, 31)),
        ("On Dec. 23, Zelenskyy said more than 3,000 soldiers had been killed.", date(2024, 12, 28),
         date(2024, 12, 23)),
        ("President Volodymyr Zelenskyy said on Oct. 17 that 10,000 soldiers were being prepared.",
         date(2024, 10, 25), date(2024, 10, 17)),
        ("A U.S. official who briefed reporters on Tuesday said 500 soldiers were killed.", date(2024, 12, 19),
         date(2024, 12, 17)),
        # "at the end of December" in January: last year's December, never a future date
        ("The United States said North Korea lost more than 1,000 soldiers at the end of December.",
         date(2025, 1, 12), date(2024, 12, 31)),
        # the count's own explicit date
        ("The library lent more than 95,000 e-books last year.", date(2024, 12, 5), date(2023, 12, 31)),
        ("Spot rates fell 6 percent in the week to Monday.", date(2024, 11, 19), date(2024, 11, 18)),
        ("The bombings killed an estimated 140,000 people by the end of 1945.", date(2024, 10, 11),
         date(1945, 12, 31)),
    ],
)
def test_as_of_only_explicit_dates(text, published, when):
    f = figs(text, published=published)[0]
    assert f.as_of == when
    assert f.as_of <= published
