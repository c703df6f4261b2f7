"""How an attack is told without an attack word: a verb of killing in the active voice tells one by its subject
("Government forces killed five rebels", "قتلت قوات النظام خمسة عناصر"); the passive ("five rebels were killed",
"قتل خمسة عناصر من قوات النظام") names no one (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 10, 14, 12, 0)  # a Monday


def _events(body: str) -> list[dict]:
    language = "en" if body.isascii() else "ar"
    article = Article(key="k", text=f"Update\n\n{body}", published=PUBLISHED, language=language, source="test")
    return extract_article(article)["events"]


@pytest.mark.parametrize(
    ("body", "perpetrators", "targets", "killed"),
    [
        (
            "Government forces killed five rebels near Kafr Nabudah on Sunday, state media said.",
            ["syrian-government"],
            ["opposition-unspecified"],
            [5],
        ),
        (
            "The Islamic State group killed 20 SDF fighters in Hajin on Sunday, a war monitor said.",
            ["isis"],
            ["sdf"],
            [20],
        ),
        (
            "Turkish security forces have neutralized 12 YPG fighters near Tal Abyad, the ministry said on Sunday.",
            ["turkey"],
            ["sdf"],
            [12],
        ),
        (
            "Government forces said they killed five rebels near Kafr Nabudah on Sunday.",
            ["syrian-government"],
            ["opposition-unspecified"],
            [5],
        ),
        (
            "قتلت قوات النظام خمسة عناصر من الفصائل في قرية كفرنبودة بريف حماة، أمس الأحد، بحسب المرصد السوري.",
            ["syrian-government"],
            ["opposition-unspecified"],
            [5],
        ),
        (
            "تمكنت الفصائل من قتل ثمانية عناصر من قوات النظام على جبهة كفرنبودة أمس الأحد.",
            ["opposition-unspecified"],
            ["syrian-government"],
            [8],
        ),
        (
            "الجيش التركي يعلن تحييد 15 مسلحاً من الوحدات الكردية في تل أبيض أمس الأحد.",
            ["turkey"],
            ["sdf"],
            [15],
        ),
        ("قوات النظام تقتل 4 مدنيين في كفرنبودة بريف حماة أمس الأحد.", ["syrian-government"], ["civilians"], [4]),
    ],
)
def test_the_subject_of_an_active_verb_of_killing_did_it(body, perpetrators, targets, killed):
    (event,) = _events(body)
    assert (event["first"], event["perpetrators"], event["targets"], _killed(event)) == (
        "2019-10-13",
        perpetrators,
        targets,
        killed,
    )


@pytest.mark.parametrize(
    "body",
    [
        "Five rebels were killed near Kafr Nabudah on Sunday, state media said.",
        "قتل خمسة عناصر من قوات النظام في قرية كفرنبودة بريف حماة، أمس الأحد، بحسب المرصد السوري.",
    ],
)
def test_a_passive_verb_of_killing_names_no_killer(body):
    (event,) = _events(body)
    assert (event["perpetrators"], _killed(event)) == ([], [5])


def test_a_suicide_bomber_tells_an_explosion():
    (event,) = _events("فجر انتحاري نفسه عند حاجز في مدينة جبلة أمس الأحد، ما أدى إلى مقتل 12 شخصاً.")
    assert (event["type"], _killed(event)) == ("explosion", [12])


@pytest.mark.parametrize(
    "body",
    [
        "قتل 7 مدنيين بقصف على بلدة كفرنبل أمس الأحد، واتهم ناشطون قوات النظام بقصف البلدة.",
        "قتل 7 مدنيين بقصف على بلدة كفرنبل أمس الأحد، واتهم ناشطون قوات النظام باستهداف البلدة.",
        "قتل 7 مدنيين بقذائف هاون سقطت على حي المفتي أمس الأحد، بحسب سانا التي اتهمت قوات النظام بإطلاقها.",
    ],
)
def test_the_side_accused_of_the_attack_did_it(body):
    """ "اتهم X بقصف/باستهداف/بإطلاقها": the side accused of the attack's act is its perpetrator (it was read as the
    target); a relative clause after a source's name is no part of the name."""
    (event,) = _events(body)
    assert (event["perpetrators"], _killed(event)) == (["syrian-government"], [7])
    assert all("التي" not in (c.get("source") or "") for c in event["claims"])


@pytest.mark.parametrize(
    "closing",
    [
        "The war, now in its eighth year, has killed nearly 400,000 people.",
        "وخلفت الحرب التي دخلت عامها الثامن أكثر من 350 ألف قتيل.",
    ],
)
def test_the_wars_toll_told_with_its_age_is_no_figure_of_the_incident(closing):
    opening = (
        "Gunmen shot dead a policeman in the town of al-Sanamayn on Sunday, the Observatory said."
        if closing.isascii()
        else "قتل شرطي برصاص مسلحين مجهولين في بلدة الصنمين أمس الأحد، بحسب المرصد."
    )
    (event,) = _events(f"{opening}\n\n{closing}")
    assert _killed(event) == [1]


def test_a_toll_told_of_the_day_the_clause_before_names_is_that_days():
    """ "وكان يوم السبت الأكثر دموية، إذ قتل فيه 60 مدنياً": the toll of a day the clause before names (telling no
    incident) is that day's, not a figure of today's incident."""
    events = _events(
        "قتل 12 مدنياً اليوم الاثنين في غارات جوية لقوات النظام على بلدة كفرنبل. "
        "وكان يوم السبت الأكثر دموية منذ بدء الحملة، إذ قتل فيه 60 مدنياً وفق المرصد."
    )
    assert [(e["first"], _killed(e)) for e in events] == [("2019-10-14", [12]), ("2019-10-12", [60])]


def test_a_toll_told_town_first_is_one_incident_per_town():
    """ "على بلدة A التي قتل فيها 13، وعلى بلدة B حيث قتل 7": each town's share told after the town, by a relative
    word and a verb of dying, is that town's incident (as "13 في A و7 في B" is)."""
    events = _events(
        "تركزت غارات قوات النظام اليوم الاثنين على بلدة حمورية التي قتل فيها 13 شخصاً، وعلى بلدة مسرابا حيث قتل 7 آخرون."
    )
    assert sorted(((e["place"] or {}).get("text"), _killed(e)) for e in events) == [("حمورية", [13]), ("مسرابا", [7])]
