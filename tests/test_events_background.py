"""Earlier incidents an Arabic news report cites in passing, dated by a year or a month, and incidents told in the
present with no date (texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2018, 8, 12, 10, 0)
NEWS = "قتلى بقصف على معرة النعمان\n\nقتل خمسة مدنيين اليوم الأحد بقصف مدفعي لقوات النظام على مدينة معرة النعمان. "


def _events(text: str) -> list[dict]:
    article = Article(key="b", text=text, published=PUBLISHED, language="ar", source="test")
    return extract_article(article)["events"]


def _spans(events: list[dict]) -> list[tuple[str, str, str]]:
    return [(e["first"], e["last"], e["type"]) for e in events]


def test_infighting_told_with_its_year_sides_and_place_is_an_incident_of_that_year():
    events = _events(NEWS + "وكانت مدينة سراقب قد شهدت في العام 2017 اقتتالاً بين هيئة تحرير الشام وحركة أحرار الشام.")
    assert _spans(events) == [
        ("2018-08-12", "2018-08-12", "shelling"),
        ("2017-01-01", "2017-12-31", "armed_clash"),
    ]
    assert "hts" in events[1]["perpetrators"]
    assert "hts" not in events[0]["perpetrators"]  # the year's fighting is no part of today's shelling


def test_a_year_of_fighting_with_no_side_named_stays_background():
    assert _spans(_events(NEWS + "وشهدت المنطقة معارك عنيفة في عام 2012.")) == [
        ("2018-08-12", "2018-08-12", "shelling")
    ]


def test_a_year_of_strikes_on_a_whole_part_of_the_country_stays_background():
    text = NEWS + "وشنت روسيا غارات على شمال سوريا في العام 2016."
    assert _spans(_events(text)) == [("2018-08-12", "2018-08-12", "shelling")]


def test_the_war_since_a_year_is_no_incident():
    assert _spans(_events(NEWS + "وتعيش البلاد حرباً منذ عام 2011.")) == [("2018-08-12", "2018-08-12", "shelling")]


def test_an_attack_on_a_town_dated_by_its_month_keeps_its_toll_and_the_side_blamed():
    text = NEWS + (
        "وفي نيسان 2017، قتل 25 شخصاً إثر هجوم بالغاز على بلدة كفرنبل، ألقى المعارضون مسؤوليته على قوات النظام."
    )
    events = _events(text)
    assert _spans(events)[1] == ("2017-04-01", "2017-04-30", "attack")
    assert events[1]["perpetrators"] == ["syrian-government"]
    assert [c["killed"] for c in events[1]["claims"]] == [25]


def test_a_month_of_deaths_in_a_province_is_a_running_total():
    text = NEWS + "وقتل أكثر من 500 مدني خلال شهر تموز الماضي في ريف إدلب."
    assert _spans(_events(text)) == [("2018-08-12", "2018-08-12", "shelling")]


def test_fighting_told_as_going_on_now_is_dated_by_publication_not_by_the_day_before():
    text = (
        "قتلى بقصف على سراقب\n\n"
        "قتل خمسة مدنيين يوم الجمعة بقصف مدفعي لقوات النظام على مدينة سراقب. "
        "وتدور حالياً اشتباكات عنيفة على أطراف المدينة في محاولة من قبل قوات النظام لاقتحامها."
    )
    events = _events(text)
    assert _spans(events) == [("2018-08-10", "2018-08-10", "shelling"), ("2018-08-12", "2018-08-12", "armed_clash")]
    assert events[1]["perpetrators"] == ["syrian-government"]  # "من قبل": by them


def test_strikes_told_in_the_pluperfect_as_recent_are_background():
    text = NEWS + "وكان الطيران الروسي قد قصف مؤخراً مستودعاً للوقود قرب مدينة الباب."
    assert _spans(_events(text)) == [("2018-08-12", "2018-08-12", "shelling")]


def test_recently_qualifying_another_verb_leaves_the_dated_incident():
    text = NEWS + "وقالت مصادر محلية مؤخراً إن طائرات حربية قصفت أمس السبت بلدة كفرنبل."
    assert ("2018-08-11", "2018-08-11", "air_strike") in _spans(_events(text))


def test_fire_told_in_the_present_as_lasting_months_is_no_incident():
    text = NEWS + "ويتذمر سكان ريف اللاذقية من القصف الذي يستهدفهم منذ أشهر."
    assert _spans(_events(text)) == [("2018-08-12", "2018-08-12", "shelling")]


def test_a_town_taken_told_with_the_noun_after_managed_is_a_clash_on_its_day():
    text = NEWS + "وتمكنت فصائل المعارضة أمس السبت من السيطرة على قرية الحويز في سهل الغاب."
    events = _events(text)
    assert _spans(events) == [("2018-08-12", "2018-08-12", "shelling"), ("2018-08-11", "2018-08-11", "armed_clash")]
    assert events[1]["place"]["text"] == "الحويز"


def test_trying_to_take_a_town_is_no_incident():
    assert _spans(_events(NEWS + "وتحاول فصائل المعارضة السيطرة على قرية الحويز في سهل الغاب.")) == [
        ("2018-08-12", "2018-08-12", "shelling")
    ]


def test_a_vow_to_answer_the_shelling_is_no_incident():
    text = NEWS + "وتعهدت فصائل المعارضة بالانتقام من القصف الذي طال المدينة. وتوعد قائد في الفصائل بالرد على الهجوم."
    events = _events(text)
    assert _spans(events) == [("2018-08-12", "2018-08-12", "shelling")]
    assert events[0]["perpetrators"] == ["syrian-government"]


def test_the_fire_people_fled_is_no_incident_of_its_own():
    """ "نزحت العائلة قبل أسبوع من بلدة X هرباً من القصف": why they left, not shelling at X."""
    text = (
        "قتلى بغارة على بلدة الصالحية\n\nقتل خمسة مدنيين اليوم الأحد بغارة جوية على منزل في بلدة الصالحية. "
        "وقال أحد الأقارب إن العائلة كانت قد نزحت قبل أسبوع من بلدة الجلاء هرباً من القصف."
    )
    assert [(e["type"], e["place"]["text"]) for e in _events(text)] == [("air_strike", "الصالحية")]


def test_a_reports_definition_of_a_massacre_is_no_incident():
    """ "نعرّف المجزرة بأنها كل حادثة يقتل فيها خمسة مدنيين", "a massacre is any incident in which five are killed"."""
    for text in (
        "منهجية التقرير\n\nنعرّف المجزرة بأنها كل حادثة يقتل فيها خمسة مدنيين أو أكثر دفعة واحدة.",
        "Methodology\n\nA massacre is any incident in which five or more civilians are killed at once.",
    ):
        assert _events(text) == []


def test_is_claiming_the_bombing_state_media_blamed_on_terrorists_is_one_incident_of_is():
    """ "قال المحافظ إن الإرهابيين استهدفوا تجمعاً للمدنيين … وتبنى تنظيم داعش التفجير": state media's word for the armed
    groups, then IS's claim of the bombing told: one incident, IS's."""
    text = (
        "تفجير في حمص\n\nقتل 12 شخصاً اليوم الأحد بانفجار سيارة مفخخة عند دوار في حي الزهراء بمدينة حمص. "
        'وقال المحافظ إن "الإرهابيين استهدفوا تجمعاً للمدنيين". وتبنى تنظيم داعش التفجير في بيان على الإنترنت.'
    )
    assert [(e["type"], e["perpetrators"]) for e in _events(text)] == [("explosion", ["isis"])]


def test_the_positions_fire_came_from_are_no_place_of_the_incident():
    """ "بقصف مدفعي من مواقع قوات النظام في بلدة X على قرية Y", "قصفت من مواقعها في معسكر X قرية Y": X is where the
    guns stand; the incident is at Y."""
    for text, place in (
        ("قتل مدنيان اليوم الأحد بقصف مدفعي من مواقع قوات النظام في بلدة قمحانة على قرية الحمرا.", "الحمرا"),
        ("قصفت قوات النظام اليوم الأحد من مواقعها في معسكر جورين قرية الحويز، ما أدى إلى مقتل ثلاثة مدنيين.", "الحويز"),
    ):
        assert [e["place"]["text"] for e in _events("قصف\n\n" + text)] == [place]


def test_a_bomb_planted_by_a_side_is_that_sides_whatever_the_verbs_ending():
    """ "عبوة زرعتها وحدات حماية الشعب": the sponsor's verb "رعتها" ("the truce Russia sponsored") inside "زرعتها" is no
    word of its own, so the side that planted it stays the perpetrator."""
    text = "انفجار\n\nقتل رجلان اليوم الأحد بانفجار عبوة زرعتها وحدات حماية الشعب في قرية الشيخ عيسى."
    assert [e["perpetrators"] for e in _events(text)] == [["sdf"]]


def test_fire_told_since_an_incident_told_before_has_no_day_of_its_own():
    text = (
        NEWS + "وكانت فصائل معارضة قد هاجمت حاجزاً لقوات النظام قرب بلدة كفرنبودة فجر الخميس 9 آب، ما أدى إلى مقتل "
        "ستة عناصر. ومنذ ذلك الحين لم يتوقف القصف المتبادل على خطوط التماس الممتدة من كفرنبودة حتى اللطامنة."
    )
    assert _spans(_events(text)) == [("2018-08-12", "2018-08-12", "shelling"), ("2018-08-09", "2018-08-09", "attack")]


def test_a_wounded_man_dying_on_a_later_day_is_no_incident_of_that_day():
    text = (
        "قصف على البلدة\n\nقتل مدنيان يوم الجمعة جراء قصف مدفعي لقوات النظام على بلدة كفرنبودة، بحسب ناشطين.\n\n"
        "وفي صباح السبت توفي طفل متأثراً بجراحه، ما رفع حصيلة القتلى إلى ثلاثة."
    )
    ((day, tolls),) = [(e["first"], [c["killed"] for c in e["claims"]]) for e in _events(text)]
    assert day == "2018-08-10" and 3 in tolls


def test_a_campaign_told_with_the_day_it_began_and_where_it_is_fought_is_its_launch():
    """ "وتشن قوات النظام منذ 18 تموز حملة عسكرية على ريف إدلب": the campaign's launch, an incident of its day (as
    Arabic news annotators count it); fighting "going on since" a day, no campaign named after it, is none."""
    text = NEWS + "وتشن قوات النظام منذ 18 تموز الماضي حملة عسكرية واسعة على ريف إدلب الجنوبي."
    assert [(e["first"], e["perpetrators"]) for e in _events(text)][1:] == [("2018-07-18", ["syrian-government"])]
    going_on = NEWS + "وتدور معارك عنيفة في ريف إدلب الجنوبي استمرت منذ يوم 18 تموز الماضي."
    assert [e["first"] for e in _events(going_on)] == ["2018-08-12"]


def test_the_fighting_factions_shelling_is_no_air_strike():
    """ "قصفت الفصائل المقاتلة …": "المقاتلة" qualifies the factions (a fighter jet only right after the verb: "قصفت
    مقاتلة روسية البلدة")."""
    text = "قصف على حلب\n\nقصفت الفصائل المقاتلة بقذائف الهاون حي الزهراء في حلب اليوم، ما أدى إلى مقتل ثلاثة عناصر."
    assert [(e["type"], e["perpetrators"]) for e in _events(text)] == [("shelling", ["opposition-unspecified"])]
    jet = "غارة على البلدة\n\nقصفت مقاتلة روسية بلدة كفرنبودة اليوم، ما أدى إلى مقتل ثلاثة مدنيين."
    assert [(e["type"], e["perpetrators"]) for e in _events(jet)] == [("air_strike", ["russia"])]
