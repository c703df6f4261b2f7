"""Which day an incident takes when a report tells it the way other outlets do: a later sentence giving the day,
the day of a statement set against the day of the incident, nights, anaphoric days chained across incidents
(texts written for these tests, in the project's own words)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article

THURSDAY = dt.datetime(2018, 3, 8, 12, 0)  # Tuesday is 6 March, Wednesday 7 March


def _events(text: str, language: str, published: dt.datetime = THURSDAY) -> list[dict]:
    article = Article(key="p", text=text, published=published, language=language, source="Test Outlet")
    return extract_article(article)["events"]


def _days(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["first"], e["last"]) for e in events]


def test_a_later_sentence_naming_the_general_word_dates_the_air_strike_told_before():
    text = (
        "Army helicopters hit the town of Kafr Zita in northern Hama with barrel bombs, killing four "
        "civilians, a local rescue group said. The attack happened late on Tuesday."
    )
    events = _events(text, "en")
    assert _days(events) == [("2018-03-06", "2018-03-06")]
    assert events[0]["type"] == "air_strike"


def test_the_strike_took_place_dates_the_strike_told_before_not_the_day_it_was_said():
    text = (
        "A Russian air strike hit a clinic in the village of Kafr Nabl, killing two nurses, the monitor said "
        "on Thursday. The strike took place on Tuesday night."
    )
    assert _days(_events(text, "en")) == [("2018-03-06", "2018-03-07")]


def test_the_same_town_named_again_with_the_day_still_dates_the_incident_told_before():
    text = (
        "Shelling by government forces killed three civilians in Kafr Zita, activists said. "
        "The attack on Kafr Zita happened on Tuesday evening."
    )
    assert _days(_events(text, "en")) == [("2018-03-06", "2018-03-06")]


def test_a_later_sentence_naming_another_town_does_not_date_the_incident_told_before():
    text = (
        "Shelling by government forces killed three civilians in Kafr Zita, activists said. "
        "An attack on Latamneh happened on Tuesday evening."
    )
    assert _days(_events(text, "en")) == [("2018-03-08", "2018-03-08")]


def test_a_pluperfect_arabic_sentence_dates_the_strikes_told_before_by_their_instrument():
    text = (
        "قتل أربعة مدنيين وأصيب آخرون بغارات جوية روسية على مدينة سراقب شرقي إدلب، وفق الدفاع المدني. "
        "وكانت الطائرات قد استهدفت المدينة مساء الثلاثاء بعدة صواريخ."
    )
    events = _events(text, "ar")
    assert _days(events) == [("2018-03-06", "2018-03-06")]
    assert events[0]["perpetrators"] == ["russia"]


def test_a_day_after_the_speaker_and_a_comma_before_anna_is_the_day_it_was_told():
    text = (
        "أعلنت وزارة الدفاع الروسية، الثلاثاء، أن مسلحين هاجموا قاعدة حميميم بطائرات مسيرة مساء الأحد، "
        "ما أدى إلى مقتل جنديين."
    )
    assert _days(_events(text, "ar")) == [("2018-03-04", "2018-03-04")]


def test_an_announced_day_after_the_statement_day_does_not_date_what_the_statement_told():
    text = (
        "قصفت طائرات النظام مدينة دوما بعشرات الغارات. "
        "وذكر الجيش الروسي، الاثنين، أن الطائرات ستوقف غاراتها على الغوطة الشرقية اعتباراً من الخميس."
    )
    monday = dt.datetime(2018, 3, 5, 12, 0)
    assert all(e["first"] <= "2018-03-05" for e in _events(text, "ar", monday))


def test_a_strike_in_the_singular_is_an_air_strike():
    text = "A Russian strike on a market in the town of Maarat al-Numan on Monday killed 11 civilians, rescuers said."
    events = _events(text, "en")
    assert [(e["type"], e["perpetrators"], e["first"]) for e in events] == [("air_strike", ["russia"], "2018-03-05")]


def test_the_middle_east_is_no_place_of_a_strike():
    text = "The command, whose remit covers the Middle East, said a strike near Manbij on Monday hit a farm."
    events = _events(text, "en")
    assert [e["place"]["text"] for e in events] == ["Manbij"]


def test_a_later_day_does_not_date_years_of_bombardment_told_as_background():
    text = (
        "A car bomb tore through a bus convoy in the town of Rashidin, killing 40 people, a monitor said. "
        "Rebels say such deals amount to forced displacement after years of bombardment. "
        "Debris still covered the site of the attack on Monday, a reporter said."
    )
    assert ("2018-03-05", "2018-03-05") not in _days(_events(text, "en"))


def test_a_pluperfect_after_a_comma_is_an_incident_of_its_own_day():
    text = (
        "قتل شاب برصاص قناص في بلدة كفرنبودة صباح اليوم، وكان ثلاثة مدنيين قد قتلوا في البلدة نفسها أول أمس "
        "إثر قصف مدفعي من قوات النظام."
    )
    assert sorted(_days(_events(text, "ar"))) == [("2018-03-06", "2018-03-06"), ("2018-03-08", "2018-03-08")]


def test_after_two_days_opening_a_sentence_moves_on_from_the_day_the_story_is_at():
    text = (
        "استهدفت مدفعية النظام بلدة الهبيط يوم الاثنين ما أدى لمقتل مدني. "
        "وبعد يومين قصفت الطائرات الروسية مدينة خان شيخون وقتلت ثلاثة مدنيين."
    )
    assert _days(_events(text, "ar")) == [("2018-03-05", "2018-03-05"), ("2018-03-07", "2018-03-07")]


def test_the_day_that_followed_it_is_the_next_day_of_the_story_not_today():
    text = (
        "استهدفت مدفعية النظام بلدة الهبيط يوم الاثنين ما أدى لمقتل مدني. "
        "وفي اليوم الذي تلاه قصفت الطائرات الروسية مدينة خان شيخون وقتلت ثلاثة مدنيين."
    )
    assert _days(_events(text, "ar")) == [("2018-03-05", "2018-03-05"), ("2018-03-06", "2018-03-06")]


def test_a_risen_toll_opening_the_report_is_the_incident_the_next_sentence_dates():
    text = (
        "ارتفعت حصيلة القصف المدفعي على بلدة معرة حرمة إلى ستة قتلى، الخميس، بعد وفاة جريحين متأثرين بجراحهما. "
        "وكان القصف قد وقع يوم الثلاثاء."
    )
    events = _events(text, "ar")
    assert _days(events) == [("2018-03-06", "2018-03-06")]
    assert events[0]["place"]["name"] == "Maarrat Hurmah"
    assert 6 in [c["killed"] for c in events[0]["claims"]]


def test_the_day_of_a_statement_gives_way_to_the_earlier_day_of_the_attack_it_told():
    statement = (
        "In a statement on Thursday, the army said its units had beaten back an assault by militants on outposts "
        "close to the small town of Morek late on Tuesday, killing 30 of them."
    )
    said = (
        "On Thursday, the army said its units had beaten back an assault by militants on outposts close to the "
        "small town of Morek late on Tuesday, killing 30 of them."
    )
    for text in (statement, said):
        assert _days(_events(text, "en")) == [("2018-03-06", "2018-03-06")]


def test_an_incident_named_after_two_days_after_is_two_days_before_its_clause():
    text = (
        "تعرضت مدينة سراقب لقصف مدفعي مكثف يوم أمس الأربعاء. "
        "ويأتي ذلك بعد ثلاثة أيام من مجزرة ارتكبتها الطائرات الروسية في المدينة راح ضحيتها 11 مدنياً."
    )
    days = sorted(_days(_events(text, "ar")))
    assert days == [("2018-03-04", "2018-03-04"), ("2018-03-07", "2018-03-07")]


def test_a_bombing_with_its_toll_is_an_incident_of_its_day_not_of_the_funeral():
    text = (
        "A bombing at a crowded market in the coastal town of Jableh killed nine people on Tuesday, the governor "
        "said on state television. On Thursday, mourners buried the victims."
    )
    assert _days(_events(text, "en")) == [("2018-03-06", "2018-03-06")]


def test_a_toll_told_on_its_own_day_before_a_day_after_clause_is_an_incident_of_that_day():
    text = (
        "Eighteen civilians lost their lives in the town of Douma on Wednesday, a day after 12 people died in air "
        "strikes on nearby Harasta, rescuers said."
    )
    events = _events(text, "en")
    told = sorted((e["first"], e["place"]["name"], [c["killed"] for c in e["claims"]]) for e in events)
    assert told == [("2018-03-06", "Harasta", [12]), ("2018-03-07", "Duma", [18])]


def test_the_day_after_more_verbs_of_telling_is_the_day_it_was_told():
    arabic = (
        "أوضح مصدر عسكري، الخميس، أن مسلحين استهدفوا نقاطاً للجيش قرب بلدة مورك بالصواريخ مساء الثلاثاء، "
        "ما أدى إلى مقتل ثلاثة جنود."
    )
    english = (
        "The monitor documented on Thursday that militants fired rockets at army posts close to Morek "
        "late on Tuesday, killing three soldiers."
    )
    assert _days(_events(arabic, "ar")) == [("2018-03-06", "2018-03-06")]
    assert _days(_events(english, "en")) == [("2018-03-06", "2018-03-06")]


def test_a_gapped_toll_in_words_on_a_day_of_its_own_is_an_incident_of_that_day():
    english = (
        "Government shelling killed two civilians in the town of Ariha on Monday, and three others in the town "
        "of Saraqeb on Tuesday."
    )
    arabic = "قتلت غارات النظام مدنيين اثنين في مدينة أريحا يوم الاثنين، وثلاثة آخرين في مدينة سراقب يوم الثلاثاء."
    for text, language in ((english, "en"), (arabic, "ar")):
        told = sorted((e["first"], [c["killed"] for c in e["claims"]]) for e in _events(text, language))
        assert told == [("2018-03-05", [2]), ("2018-03-06", [3])], language


def test_a_gapped_toll_with_no_day_of_its_own_stays_with_the_incident_told():
    text = "Government shelling killed 2 civilians in the town of Ariha on Monday, and 3 others."
    events = _events(text, "en")
    assert [sorted(c["killed"] for c in e["claims"]) for e in events] == [[2, 3]]


def test_the_following_day_told_with_figures_of_its_own_is_another_incident():
    english = (
        "Mortar bombs fired by insurgents killed a boy in the Midan district of Aleppo on Sunday. The following "
        "day, three more shells landed in the same district, wounding seven people, state media said."
    )
    arabic = (
        "قتل طفل بقذائف أطلقتها الفصائل على حي الميدان في مدينة حلب يوم الأحد. "
        "وفي اليوم التالي سقطت ثلاث قذائف أخرى على الحي ذاته ما أدى إلى إصابة سبعة أشخاص."
    )
    for text, language in ((english, "en"), (arabic, "ar")):
        assert sorted(_days(_events(text, language))) == [
            ("2018-03-04", "2018-03-04"),
            ("2018-03-05", "2018-03-05"),
        ], language
