"""Arabic reports as outlets not probed before word them: Russian and pro-government channels, Kurdish agencies of
the north-east, pan-Arab dailies (texts written for these tests in the manner of those outlets; no corpus text)."""

import datetime as dt

from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article
from timeline.readers.outlets import outlet_named

PUBLISHED = dt.datetime(2019, 5, 16, 12, 0)  # a Thursday


def _events(text: str, title: str | None = None) -> list[dict]:
    body = f"{title}\n\n{text}" if title else text
    article = Article(key="t", text=body, title=title, published=PUBLISHED, language="ar", source=None)
    return extract_article(article)["events"]


def test_the_turkish_army_and_its_mercenaries_as_kurdish_agencies_name_them_are_the_shooters():
    (event,) = _events("استهدف جيش الاحتلال التركي بقذائف المدفعية قرية الدردارة في ريف تل تمر مساء اليوم.")
    assert event["perpetrators"] == ["turkey"]
    assert "turkey" not in event["targets"]
    (event,) = _events("قصفت مرتزقة الاحتلال التركي بالهاون قرية عريمة غرب مدينة الباب فجر اليوم.")
    assert event["perpetrators"] == ["opposition-unspecified"]


def test_a_terrorist_attack_in_state_media_wording_is_the_armed_oppositions_fire():
    (event,) = _events("ارتقى مواطن وجرح ثلاثة آخرون في اعتداء إرهابي بالقذائف الصاروخية على بلدة سلحب اليوم.")
    assert event["perpetrators"] == ["opposition-unspecified"]
    (event,) = _events("أصيبت طالبة بجروح جراء قذائف إرهابية سقطت قرب مدرسة في حي الموكامبو بحلب اليوم.")
    assert event["perpetrators"] == ["opposition-unspecified"]


def test_two_girls_two_brothers_and_a_village_headman_are_counted():
    (event,) = _events("قتلت طفلتان بقصف مدفعي استهدف قرية الفطيرة بجبل الزاوية مساء اليوم.")
    assert _killed(event) == [2]
    (event,) = _events("لقي شقيقان حتفهما بغارة جوية على بلدة كنصفرة صباح اليوم.")
    assert _killed(event) == [2]
    (event,) = _events("قتل مختار بلدة الهول برصاص مسلحين مجهولين قرب منزله مساء اليوم.")
    assert _killed(event) == [1]


def test_a_passive_assassination_is_an_attack_and_the_cells_of_a_group_are_the_group():
    (event,) = _events("اغتيل مختار قرية أبو حمام برصاص مجهولين على الطريق العام مساء اليوم.")
    assert (event["type"], _killed(event)) == ("attack", [1])
    (event,) = _events("اغتالت خلايا داعش عنصراً من قسد في بلدة الشحيل مساء اليوم.")
    assert event["perpetrators"] == ["isis"]


def test_the_latest_incident_of_a_tally_since_an_agreement_takes_its_own_day():
    text = (
        "تتوالى خروقات الهدنة في ريف إدلب منذ توقيع اتفاق موسكو، كان آخرها، أمس الأربعاء، قصف صاروخي "
        "استهدف بلدة البارة وأوقع جريحين."
    )
    (event,) = _events(text)
    assert (event["first"], event["place"]["text"]) == ("2019-05-15", "البارة")
    text = (
        "أحصى فريق محلي مقتل 90 مدنياً منذ بداية الشهر في ريف حماة، كان آخرها مقتل امرأة بغارة على قرية "
        "الجنابرة صباح اليوم."
    )
    (event,) = _events(text)
    assert (event["place"]["text"], _killed(event)) == ("الجنابرة", [1])


def test_the_army_replying_to_violations_then_firing_is_the_shooter_not_the_side_it_answers():
    text = (
        "وأوضح مصدر ميداني أن وحدات الجيش ردت على خروقات المجموعات المسلحة في ريف اللاذقية، واستهدفت "
        "بالمدفعية الثقيلة تحصيناتها في محيط بلدة كبانة."
    )
    (event,) = _events(text)
    assert event["perpetrators"] == ["syrian-government"]


def test_a_village_name_opened_by_a_head_word_is_read_whole_in_a_list_and_before_a_known_name():
    events = _events("قصفت الفصائل قرى تل حمو وتل شنان وأم الكيف اليوم.")
    assert [e["place"]["text"] for e in events] == ["تل حمو", "تل شنان", "أم الكيف"]
    (event,) = _events("سقطت قذائف هاون على قرية تل شنان اليوم.")
    assert event["place"]["text"] == "تل شنان"


def test_a_quarter_or_village_told_of_a_city_or_sub_district_elsewhere_is_not_the_gazetteers_namesake():
    (event,) = _events("سقطت قذيفتان على حي الحميدية في مدينة حماة مساء اليوم.")
    assert event["place"]["admin1"] == "Hama"
    (event,) = _events("قصفت طائرات تركية قرية جلمة التابعة لناحية جنديرس مساء اليوم.")
    assert event["place"]["admin1"] == "Aleppo"


def test_a_commander_speaking_of_his_own_faction_names_the_shooter():
    text = "وقال أبو بكر، وهو قيادي في فيلق الشام، إن فصيله استهدف بالصواريخ تجمعاً لقوات النظام قرب الحويز اليوم."
    (event,) = _events(text)
    assert event["perpetrators"] == ["nfl"]


def test_the_toll_told_only_in_the_headline_is_the_toll_of_the_one_incident_of_the_body():
    (event,) = _events(
        "أغارت المقاتلات الروسية على بلدة التح بعد ظهر اليوم، وفق ما أفاد به ناشطون.",
        title="ستة قتلى مدنيين في قصف جوي روسي جنوب محافظة إدلب",
    )
    assert _killed(event) == [6]
    events = _events(
        "أغارت المقاتلات الروسية على بلدة التح اليوم. وقصفت قوات النظام بلدة حيش بالمدفعية.",
        title="ستة قتلى مدنيين في قصف جوي روسي جنوب محافظة إدلب",
    )
    assert [_killed(e) for e in events] == [[], []]  # two incidents: whose toll it is, the body does not say


def test_a_source_name_ends_before_the_agency_it_spoke_to_and_the_north_east_outlets_are_known():
    (event,) = _events("وقال مسؤول في المشفى للوكالة إن خمسة مدنيين جرحوا بقصف على بلدة عين عيسى اليوم.")
    assert [c["source"] for c in event["claims"]] == ["مسؤول في المشفى"]
    (event,) = _events("قالت مصادر محلية لنورث برس إن مدنيين اثنين قتلا بقصف تركي على قرية أم حرملة اليوم.")
    assert [c["source"] for c in event["claims"]] == ["مصادر محلية"]
    assert outlet_named("وكالة هاوار").stance == "sdf-affiliated"
    assert outlet_named("رووداو").id == "rudaw"


def test_militiamen_of_the_early_years_and_the_sdf_councils_are_parties():
    (event,) = _events("اقتحم الشبيحة قرية البيضا وقتلوا سبعة من سكانها اليوم.")
    assert event["perpetrators"] == ["syrian-government"]
    (event,) = _events("قصفت فصائل درع الفرات مواقع مجلس منبج العسكري في قرية الهوشرية اليوم.")
    assert "sdf" in event["targets"]
    (event,) = _events("استهدف مجلس تل أبيض العسكري بالصواريخ مواقع الفصائل في قرية اليابسة اليوم.")
    assert event["perpetrators"] == ["sdf"]


def test_the_side_an_arabic_report_lays_the_blame_on_did_it_and_the_accuser_takes_no_role():
    text = "قتل تسعة مدنيين بقصف صاروخي على مخيم أطمة ليلاً، وتتهم هيئة تحرير الشام قوات النظام بالمسؤولية عنه."
    (event,) = _events(text)
    assert (event["perpetrators"], event["targets"]) == (["syrian-government"], ["civilians"])
    text = "جرح سبعة أشخاص بانفجار دراجة مفخخة في سوق مدينة عفرين اليوم، وحمّلت أنقرة الوحدات الكردية مسؤوليته."
    (event,) = _events(text)
    assert event["perpetrators"] == ["sdf"]
    assert "turkey" not in event["targets"]


def test_the_fire_an_air_raid_was_accompanied_by_is_an_incident_of_its_own_side():
    text = (
        "أغارت الطائرات الروسية على بلدتي الهبيط وعابدين ظهر اليوم، ترافقت مع إلقاء مروحيات النظام براميل "
        "متفجرة على قرية ركايا سجنة."
    )
    sides = {e["place"]["text"]: e["perpetrators"] for e in _events(text)}
    assert sides["ركايا سجنة"] == ["syrian-government"]
    assert sides["الهبيط"] == ["russia"]


def test_the_russian_reconciliation_centre_is_the_source_and_its_base_no_place_of_the_incident():
    text = (
        "وأفاد مركز المصالحة الروسي في قاعدة حميميم بأن المسلحين استهدفوا بلدة الصقيلبية بالقذائف مساء أمس، "
        "ما أدى إلى جرح ثلاثة مدنيين."
    )
    (event,) = _events(text)
    assert event["claims"][0]["source"].startswith("مركز المصالحة الروسي")
    assert "حميميم" not in event["place"]["text"]


def test_a_town_of_another_governorate_named_beside_a_round_up_is_an_incident_there():
    text = (
        "وذكر البيان أن المسلحين قصفوا خلال اليوم الماضي بلدات كرناز والحمرا وتيزين في محافظة حماة، "
        "وبلدة سراقب في محافظة إدلب."
    )
    where = [(e["place"]["text"], e["place"]["admin1"]) for e in _events(text)]
    assert ("سراقب", "Idlib") in where
    assert len(where) == 4
    # a bulletin's count of violations per governorate is a tally, no incident
    assert _events("رصد المركز 31 خرقاً لوقف إطلاق النار خلال يوم، منها 20 في محافظة إدلب و11 في حماة.") == []


def test_towns_of_the_north_east_named_in_kurdish_are_the_gazetteers_towns():
    (event,) = _events("طال قصف مدفعي تركي أحياء في مدينة سري كانيه ظهر اليوم.")
    assert (event["place"]["name_ar"], event["place"]["admin1"]) == ("رأس العين", "Al-Hasakah")
    (event,) = _events("سقطت قذائف أطلقتها الفصائل على ريف بلدة تربه سبيه مساء اليوم.")
    assert event["place"]["admin1"] == "Al-Hasakah"


def test_russias_army_named_with_its_adjective_is_russia_not_the_syrian_army():
    text = "وأكد الجيش الروسي أن طائراته دمرت مستودعاً للذخيرة تابعاً للمسلحين في بلدة الهبيط اليوم."
    (event,) = _events(text)
    assert "syrian-government" not in event["perpetrators"]
    assert event["perpetrators"] == ["russia"]


def test_fire_from_the_areas_a_side_holds_is_that_sides_and_the_post_that_underwent_it_was_hit():
    (event,) = _events("تعرضت نقطة المراقبة التركية في مورك لقصف مدفعي من مناطق سيطرة قوات النظام ظهر اليوم.")
    assert (event["perpetrators"], event["targets"]) == (["syrian-government"], ["turkey"])
    # "by" of "held by" is no fire from where the holder holds: the holder takes no part
    english = (
        "Government aircraft struck a village held by rebels in southern Idlib on Thursday, killing four civilians."
    )
    article = Article(key="en", text=english, published=PUBLISHED, language="en", source=None)
    (event,) = extract_article(article)["events"]
    assert event["perpetrators"] == ["syrian-government"]


def test_the_forces_of_a_side_counted_among_the_dead_are_hit_and_the_national_armys_forces_are_rebels():
    (event,) = _events("جرح أربعة عناصر من قوات مجلس الباب العسكري بانفجار عبوة ناسفة قرب قرية عريمة اليوم.")
    assert (event["perpetrators"], event["targets"]) == ([], ["sdf"])
    (event,) = _events("قتل ثلاثة من قوات الجيش الوطني بقصف مدفعي على قرية الدادات مساء اليوم.")
    assert event["targets"] == ["opposition-unspecified"]


def test_armed_groups_without_the_article_in_russian_media_wording_and_soldiers_counted_after_a_number():
    text = (
        "ونقلت الوكالة عن مصدر عسكري أن مجموعات مسلحة هاجمت فجر اليوم نقاطاً للجيش قرب قرية الكركات، "
        "وانتهى الهجوم بمقتل 4 عسكريين و9 مسلحاً."
    )
    (event,) = _events(text)
    assert event["perpetrators"] == ["opposition-unspecified"]
    assert _killed(event) == [4, 9]


def test_a_convoy_in_the_accusative_belongs_to_the_side_named_after_it_which_was_hit():
    (event,) = _events("وقال قيادي في فيلق الشام إن مقاتليه استهدفوا رتلاً لقوات النظام قرب قرية الجنابرة اليوم.")
    assert (event["perpetrators"], event["targets"]) == (["nfl"], ["syrian-government"])


def test_the_village_named_right_after_where_the_shooters_are_stationed_is_the_place_hit():
    (event,) = _events("قصفت الفصائل المتمركزة في جرابلس بالهاون قرية عون الدادات شمال منبج فجر اليوم.")
    assert event["place"]["text"] == "عون الدادات"
    (event,) = _events("قصفت قوات النظام المتمركزة في معسكر جورين قرية الزيارة بالصواريخ اليوم.")
    assert event["place"]["text"] == "الزيارة"


def test_two_soldiers_counted_after_their_adjective_of_origin_are_two():
    text = "وأوضح البيان أن المسلحين استهدفوا بلدة السقيلبية بالصواريخ، ما أدى إلى إصابة جنود سوريين اثنين."
    (event,) = _events(text)
    assert [c["wounded"] for c in event["claims"]] == [2]
