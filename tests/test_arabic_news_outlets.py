"""Arabic news as other outlets and channels write it: Syrian opposition sites, state media, Telegram posts
(texts written for these tests, in the ways those outlets word a report; no corpus text)."""

import datetime as dt

from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article
from timeline.normalize import normalize
from timeline.numbers import find_counts

PUBLISHED = dt.datetime(2019, 5, 16, 12, 0)  # a Thursday


def _events(text: str) -> list[dict]:
    article = Article(key="t", text=text, published=PUBLISHED, language="ar", source=None)
    return extract_article(article)["events"]


def _sources(event: dict) -> list[str | None]:
    return [c["source"] for c in event["claims"]]


def test_a_clash_at_a_place_named_by_who_lost_men_and_whom_they_fought_has_both_sides():
    (event,) = _events("قتل ثلاثة مقاتلين من جيش العزة خلال مواجهات مع قوات النظام قرب بلدة الزكاة اليوم.")
    assert event["type"] == "armed_clash"
    assert sorted(event["perpetrators"]) == ["jaish-al-izza", "syrian-government"]


def test_a_risen_toll_takes_its_count_past_the_commas_of_the_incident_told_between():
    text = (
        "ارتفع عدد الضحايا المدنيين جراء الغارة التي طالت سوق الهال في مدينة أريحا، ظهر اليوم الخميس، "
        "إلى أحد عشر قتيلاً، بعد أن فارق جريحان الحياة في المشفى."
    )
    (event,) = _events(text)
    assert 11 in _killed(event)


def test_hundreds_and_the_number_joined_to_them_by_wa_are_one_number():
    def values(text):
        flat = normalize(text).text
        return [c.value for c in find_counts(flat)]

    assert values("نزح مئة وخمسة وسبعون مدنيا") == [175]
    assert values("قضى مئتان وعشرون شخصا") == [220]
    assert values("أحصى الفريق ثلاثمائة وأربعين ضحية") == [340]
    assert values("وصل العدد إلى ألف و200 مدني") == [1200]
    assert values("سقط مئة مدني و20 عنصرا") == [100, 20]  # two counts, each with its noun


def test_a_husband_with_his_wife_are_two_dead():
    (event,) = _events("لقي شاب وزوجته حتفهما اليوم جراء سقوط صاروخ على منزلهما في قرية البارة.")
    assert _killed(event) == [2]


def test_a_health_directorate_is_a_source_and_its_governorate_no_place_of_the_incident():
    (event,) = _events("أعلنت مديرية صحة حماة أن أربعة مدنيين قتلوا بقصف صاروخي على بلدة كفرنبودة اليوم.")
    assert _sources(event) == ["مديرية صحة حماة"]
    assert [p["text"] for p in [event["place"], *event["places"]]] == ["كفرنبودة"]


def test_a_documenting_team_an_ngo_and_a_media_office_are_sources():
    cases = {
        "وثّق فريق منسقو الاستجابة مقتل ثلاثة مدنيين بغارة روسية على بلدة حاس اليوم.": "فريق منسقو الاستجابة",
        "قالت منظمة أطباء بلا حدود إن ممرضاً قتل بقصف طال مشفى في بلدة كفرنبل اليوم.": "منظمة أطباء بلا حدود",
        "قال المكتب الإعلامي لمدينة سراقب إن غارة روسية قتلت مدنيين اثنين في المدينة اليوم.": (
            "المكتب الإعلامي لمدينة سراقب"
        ),
    }
    for text, source in cases.items():
        (event,) = _events(text)
        assert _sources(event) == [source], text


def test_a_source_name_ends_before_the_news_and_before_the_outlet_it_spoke_to():
    (event,) = _events("أفاد الدفاع المدني بمقتل خمسة مدنيين في غارات روسية على بلدة التح اليوم.")
    assert _sources(event) == ["الدفاع المدني"]
    (event,) = _events('قال ناشطون من المنطقة لـ"عنب بلدي" إن قذيفة قتلت طفلاً في بلدة حيش اليوم.')
    assert _sources(event) == ["ناشطون من المنطقة"]


def _where(events: list[dict]) -> list[tuple[str, list[str], str | None]]:
    return [(e["type"], e["perpetrators"], e["place"]["text"] if e["place"] else None) for e in events]


def test_an_incident_verb_or_a_place_after_a_comma_and_wa_opens_the_next_incident():
    text = (
        "دكت مدفعية قوات النظام قرية الحويز بعشرات القذائف مساء اليوم، وفي ريف إدلب أغارت "
        "المقاتلات الروسية على بلدة كفرسجنة بأربعة صواريخ."
    )
    assert _where(_events(text)) == [
        ("shelling", ["syrian-government"], "الحويز"),
        ("air_strike", ["russia"], "كفرسجنة"),
    ]
    text = "طالت غارات روسية بلدة التمانعة ظهر اليوم، واستهدفت قوات النظام قرية الخوين بالصواريخ."
    assert [(e["perpetrators"], e["place"]["text"]) for e in _events(text)] == [
        (["russia"], "التمانعة"),
        (["syrian-government"], "الخوين"),
    ]


def test_dead_or_wounded_told_of_a_town_without_an_incident_word_are_an_incident_there():
    (event,) = _events("سقط ثلاثة قتلى مدنيين في مدينة جسر الشغور مساء اليوم.")
    assert (event["type"], event["place"]["text"], _killed(event)) == ("other", "جسر الشغور", [3])
    # a post with a line per town, under a line announcing the list
    post = "حصاد القصف على ريف إدلب اليوم:\n▪️ معرة حرمة: ثلاثة شهداء\n▪️ حيش: شهيدة\n▪️ كفرسجنة: جريحان\n"
    events = _events(post)
    assert [(e["place"]["text"], _killed(e)) for e in events] == [("معرة حرمة", [3]), ("حيش", [1]), ("كفرسجنة", [])]
    assert [c["wounded"] for c in events[2]["claims"]] == [2]


def test_a_toll_at_the_town_of_the_incident_told_before_is_its_toll():
    text = "قصفت قوات النظام بالمدفعية بلدة كفرنبودة صباح اليوم.\n\nوقتل في البلدة مدنيان، بحسب الدفاع المدني."
    (event,) = _events(text)
    assert _killed(event) == [2]


def test_a_verb_of_fire_with_aircraft_as_its_subject_tells_an_air_strike():
    for text in (
        "قصفت الطائرات الحربية الروسية بالصواريخ الفراغية بلدة كفرومة صباح اليوم.",
        "استهدف الطيران المروحي قرية الدير الشرقي ببرميلين متفجرين اليوم.",
    ):
        (event,) = _events(text)
        assert event["type"] == "air_strike", text
    (event,) = _events("قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرومة صباح اليوم.")
    assert event["type"] == "shelling"


def test_a_toll_reached_by_one_days_incident_at_a_town_is_its_toll_and_a_count_over_days_no_incident():
    (event,) = _events("بلغ عدد القتلى جراء القصف المدفعي على بلدة حيش اليوم سبعة مدنيين.")
    assert (event["place"]["text"], _killed(event)) == ("حيش", [7])
    assert _events("بلغ عدد ضحايا القصف على ريف إدلب منذ مطلع الشهر الجاري 230 مدنياً.") == []
    assert _events("بلغ عدد خروقات الهدنة اليوم في ريف حماة 40 خرقاً.") == []


def test_bullets_of_unknown_gunmen_are_an_attack():
    (event,) = _events("قُتل رجل برصاص مسلحين مجهولين أمام منزله في بلدة سرمدا مساء اليوم.")
    assert event["type"] == "attack"
    assert _killed(event) == [1]


def test_a_condemnation_and_a_call_to_stop_the_attacks_lend_no_shooter_and_make_no_incident():
    text = (
        "قُتل طفل بقذيفة سقطت على بلدة معرزيتا مساء اليوم.\n\n"
        "واستنكرت منظمات حقوقية التصعيد، ودعت موسكو إلى كبح هجمات النظام على القرى الآمنة."
    )
    (event,) = _events(text)
    assert (event["perpetrators"], event["type"], _killed(event)) == ([], "shelling", [1])


def test_a_reply_opening_its_clause_with_no_side_named_is_by_the_side_hit_before():
    text = (
        "أصيب ثلاثة مقاتلين من جيش العزة بقذائف أطلقتها قوات النظام على قرية الصخر اليوم، في حين ردت "
        "الكتائب بقصف مواقع النظام في بلدة كرناز."
    )
    assert [(e["perpetrators"], e["place"]["text"]) for e in _events(text)] == [
        (["syrian-government"], "الصخر"),
        (["jaish-al-izza"], "كرناز"),
    ]


def test_emoji_marking_off_the_news_of_a_post_end_its_sentences():
    post = "💥 غارة روسية على بلدة البارة 💥 قصف مدفعي على قرية بسقلا 💥 جريحان في بلدة كنصفرة"
    assert [e["place"]["text"] for e in _events(post)] == ["البارة", "بسقلا", "كنصفرة"]


def test_a_dual_strike_word_and_a_dual_nationality_adjective_name_the_side():
    (event,) = _events("نفذت مقاتلتان روسيتان غارتين على قرية الناجية اليوم.")
    assert (event["type"], event["perpetrators"]) == ("air_strike", ["russia"])
    (event,) = _events("غارتان روسيتان تستهدفان أطراف بلدة بداما مساء اليوم.")
    assert event["perpetrators"] == ["russia"]


def test_a_heat_seeking_missile_at_a_car_is_an_attack_and_its_driver_one_dead():
    (event,) = _events("استهدفت قوات النظام بصاروخ حراري سيارة زراعية قرب قرية الزيارة اليوم، ما أدى لمقتل سائقها.")
    assert (event["type"], event["perpetrators"], _killed(event)) == ("attack", ["syrian-government"], [1])


def test_a_second_thing_told_after_wa_anna_is_its_own_incident():
    text = (
        "ذكر ناشطون أن مروحيات النظام ألقت براميل متفجرة على بلدة الهبيط صباح اليوم، وأن المدفعية الروسية "
        "قصفت قرية عابدين."
    )
    assert [(e["perpetrators"], e["place"]["text"]) for e in _events(text)] == [
        (["syrian-government"], "الهبيط"),
        (["russia"], "عابدين"),
    ]


def test_a_toll_joined_after_a_comma_at_another_town_is_the_same_fires_incident_there():
    text = "قُتلت امرأة في بلدة كفرومة بغارة روسية ظهر اليوم، وقتل ثالث في قرية معرتماتر القريبة."
    assert [(e["type"], e["perpetrators"], e["place"]["text"], _killed(e)) for e in _events(text)] == [
        ("air_strike", ["russia"], "كفرومة", [1]),
        ("air_strike", ["russia"], "معرتماتر", [1]),
    ]
    (event,) = _events("قصفت قوات النظام بلدة كفرومة ظهر اليوم، وقتل رجل في البلدة.")
    assert _killed(event) == [1]


def test_an_incident_noun_after_a_comma_and_wa_opens_the_next_incident():
    post = "ريف إدلب | قصف مدفعي على بلدة معرة حرمة، وغارات جوية على أطراف بلدة الشيخ مصطفى"
    assert [(e["type"], e["place"]["text"]) for e in _events(post)] == [
        ("shelling", "معرة حرمة"),
        ("air_strike", "الشيخ مصطفى"),
    ]
