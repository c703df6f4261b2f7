"""A campaign's running total (a toll counted over several days, weeks or a whole campaign) is no incident and no
incident's toll; a risen toll of one incident is that incident's (texts written for these tests, in the project's
own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.cuewords import cue_words
from timeline.events import CUE_CLASSES
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 5, 20, 9, 0)
NEWS_AR = "قتلى بقصف على كفرنبل\n\nقتل أربعة مدنيين اليوم الاثنين بقصف صاروخي لقوات النظام على بلدة كفرنبل. "
NEWS_EN = (
    "Rockets kill four in Kafranbel\n\n"
    "Government rockets killed four civilians in the town of Kafranbel on Monday, rescuers said. "
)


def _events(text: str, language: str) -> list[dict]:
    article = Article(key="r", text=text, published=PUBLISHED, language=language, source="test")
    return extract_article(article)["events"]


def _killed(text: str, language: str) -> list[list[int]]:
    return [sorted(c["killed"] for c in e["claims"] if c["killed"]) for e in _events(text, language)]


@pytest.mark.parametrize(
    "total",
    [
        # a campaign under way for weeks, and the toll of that campaign
        "وتواصل قوات النظام منذ خمسة أسابيع هجومها على ريف حماة الشمالي، وتشن منذ خمسة أسابيع حملة خلفت 700 قتيل.",
        # a count over ten days
        "وقتل نحو 450 مدنيا خلال عشرة أيام من الغارات على ريف إدلب الجنوبي.",
        # a count over eight days
        "وقتل 275 مدنيا على مدى ثمانية أيام في ريف إدلب.",
        # a count since a day three weeks back
        "وارتفع عدد قتلى المعارك في ريف حماة منذ 28 نيسان الماضي إلى 260 قتيلا.",
        # strikes going on for days
        "وأسفرت الغارات المتواصلة منذ أيام على ريف إدلب عن مقتل 130 شخصا.",
        # a count since a day a week back (a range up to the news)
        "وقتل منذ الثلاثاء الماضي 160 مدنيا في ريف إدلب.",
        # the other side's count told alongside a count over weeks
        "وأسفرت المعارك المتواصلة منذ خمسة أسابيع عن مقتل 310 من عناصر النظام، في حين قتل 140 من مقاتلي الفصائل.",
        # a count over the whole escalation
        "وقتل بذلك 380 مدنيا في المحافظة خلال التصعيد الحالي.",
    ],
)
def test_an_arabic_running_total_is_neither_an_incident_nor_its_toll(total):
    assert _killed(NEWS_AR + total, "ar") == [[4]]


@pytest.mark.parametrize(
    "total",
    [
        "Some 450 civilians have died in ten days of air raids on the province.",
        "Over the past three weeks, government jets have killed 380 people across southern Idlib.",
        "The offensive has pounded the countryside for five weeks, killing 700 civilians.",
    ],
)
def test_an_english_running_total_is_neither_an_incident_nor_its_toll(total):
    assert _killed(NEWS_EN + total, "en") == [[4]]


def test_a_campaign_lasting_weeks_told_alone_has_no_toll():
    # the offensive under way is the news; the toll of its weeks is no incident's toll
    text = "حصيلة الحملة\n\nوتشن قوات النظام منذ ستة أسابيع هجوما على ريف إدلب، ضمن حملة قتلت 900 مدني."
    assert all(c["killed"] is None for e in _events(text, "ar") for c in e["claims"])


def test_a_risen_toll_of_one_incident_stays_its_toll():
    assert _killed(NEWS_AR + "وارتفعت لاحقا حصيلة قتلى القصف على كفرنبل إلى 11 قتيلا.", "ar") == [[4, 11]]
    assert _killed(NEWS_EN + "The number of dead from the rocket fire on Kafranbel later rose to 11.", "en") == [
        [4, 11]
    ]


@pytest.mark.parametrize(
    ("text", "language", "own"),
    [
        (
            "قتل 14 مدنياً على الأقل بقصف القوات الحكومية المستمر على بلدات ريف إدلب الجنوبي، لترتفع بذلك حصيلة هذا"
            " القصف إلى 640 مدنياً بينهم 120 طفلاً.",
            "ar",
            14,
        ),
        (
            "وأدى القصف المتواصل على بلدة معرة النعمان إلى مقتل تسعة مدنيين، وارتفع بذلك عدد القتلى إلى 410 مدنيين.",
            "ar",
            9,
        ),
        (
            "Government shelling killed 14 civilians in the southern Idlib countryside on Monday, raising the toll of"
            " the assault to 640.",
            "en",
            14,
        ),
        (
            "Air strikes killed 12 civilians in the town of Maarat al-Numan on Monday, bringing the death toll of the"
            " three-week offensive to 1,320.",
            "en",
            12,
        ),
    ],
)
def test_a_toll_risen_many_times_past_the_incidents_own_is_the_campaigns(text, language, own):
    # the deaths just told raise the total of the campaign they belong to: the incident keeps its own toll
    assert _killed(text, language) == [[own]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قتل خمسة مدنيين بغارة على بلدة كفرنبل اليوم، قبل أن ترتفع الحصيلة إلى ثمانية بعد وفاة ثلاثة جرحى.", "ar"),
        ("قتل خمسة مدنيين بغارة على بلدة كفرنبل اليوم، وارتفعت بذلك الحصيلة إلى ثمانية بعد وفاة ثلاثة جرحى.", "ar"),
        ("Five civilians were killed in an air strike on Kafranbel on Monday, raising the toll to eight.", "en"),
    ],
)
def test_a_toll_risen_a_little_in_the_incidents_sentence_stays_its_own(text, language):
    assert _killed(text, language) == [[5, 8]]


def test_the_incident_told_before_a_spans_total_stays_without_that_total():
    text = (
        "قصف على كفرنبل\n\nقصفت طائرات النظام بلدة كفرنبل صباح اليوم، حيث قتل نحو 320 مدنيا خلال ثمانية أيام من القصف."
    )
    events = _events(text, "ar")
    assert len(events) == 1
    assert [c["killed"] for c in events[0]["claims"] if c["killed"]] == []


def test_a_days_toll_told_before_a_battle_lasting_days_is_kept():
    # the figure comes before "المتواصلة منذ أيام": the day's toll of the battle, not its total (told at another
    # town than the shelling before it, it is that town's incident)
    text = NEWS_AR + "وأفاد مرصد محلي بمقتل 7 عناصر من قوات النظام في معركتها المتواصلة منذ أيام قرب بلدة اللطامنة."
    assert _killed(text, "ar") == [[4], [7]]


def test_two_days_of_fighting_are_still_one_incidents_time():
    text = NEWS_EN + "Separately, rebels killed 12 government soldiers in two days of clashes near Latamneh."
    assert _killed(text, "en") == [[4], [12]]


def test_the_running_total_word_classes_have_words_in_both_languages():
    cues = cue_words("event_words.csv", CUE_CLASSES)
    for name in ("count_span_preposition", "day_span_unit", "span_campaign"):
        words = cues.words(name)
        assert any(w.isascii() for w in words) and any(not w.isascii() for w in words), name
    for name in ("continuing", "span_of_noun", "two_days", "span_past", "lasting_for"):
        assert cues.words(name), name


def test_the_wounded_of_a_count_since_a_day_weeks_back_are_no_incidents_either():
    # "منذ 2 أيار" is read as a range up to the news: more than two days, so its figures are a running total
    text = (
        NEWS_AR
        + "وقالت حصيلة جديدة إن القتلى المدنيين في ريف إدلب تجاوزوا 600 منذ 2 أيار، فيما أصيب أكثر من 1500 آخرين."
    )
    assert [[(c["killed"], c["wounded"]) for c in e["claims"]] for e in _events(text, "ar")] == [[(4, None)]]


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        ("In March 2016, Russian air strikes on its crowded market killed 40 civilians.", "en", 40),
        ("In April 2017, government shells on the town's only hospital killed nine people.", "en", 9),
        ("وفي آذار 2016 قتل 40 مدنياً بغارات روسية على سوق البلدة المزدحم.", "ar", 40),
    ],
)
def test_a_months_strikes_on_one_site_are_one_incident_with_its_toll(text, language, toll):
    # one site hit, named in the singular: the incident the month dates, not the month's running total
    lead = NEWS_EN if language == "en" else NEWS_AR
    assert _killed(lead + text, language) == [[4], [toll]]


def test_a_months_strikes_on_many_sites_stay_a_running_total():
    text = NEWS_EN + "In March 2016, Russian air strikes on markets and hospitals in Idlib killed 400 civilians."
    assert _killed(text, "en") == [[4]]
