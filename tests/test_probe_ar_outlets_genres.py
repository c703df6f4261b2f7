"""Arabic news of outlets and genres not probed before: agency wires (Anadolu, TRT), pan-Arab dailies, opposition
agencies and networks (SMART, Shaam, Qasioun), coordination committees' posts, obituaries, weekly round-ups and
analysis pieces (texts written for these tests, in the ways those outlets word a report; no corpus text)."""

import datetime as dt

from claim_figures import killed as _killed

from timeline.article import Article
from timeline.claims import casualty_words
from timeline.extract import extract_article
from timeline.normalize import normalize
from timeline.numbers import find_counts
from timeline.readers.outlets import outlet_named

PUBLISHED = dt.datetime(2019, 6, 12, 15, 0)  # a Wednesday


def _events(text: str) -> list[dict]:
    article = Article(key="t", text=text, published=PUBLISHED, language="ar", source=None)
    return extract_article(article)["events"]


def _wounded(event: dict) -> list[int]:
    return sorted(c["wounded"] for c in event["claims"] if isinstance(c.get("wounded"), int))


def test_qada_is_a_death_and_its_subject_the_dead():
    (event,) = _events("قضى أربعة مدنيين، بينهم ثلاث نساء، بغارة على قرية البارة في جبل الزاوية ظهر اليوم.")
    assert _killed(event) == [4]
    (event,) = _events("قضت أسرة من ستة أفراد بقصف مدفعي لقوات النظام على بلدة كفرنبل اليوم الأربعاء.")
    assert _killed(event) == [6]
    (event,) = _events("قضى شيخ وحفيده وأصيب طفلان آخران بقذائف سقطت على بلدة الهبيط صباح اليوم.")
    assert _killed(event) == [2] and _wounded(event) == [2]


def test_an_issue_holds_the_letters_of_qada_and_names_no_death():
    def kinds(text):
        flat = normalize(text).text
        return [kind for _, _, kind in casualty_words(flat, 0, len(flat))]

    assert kinds("قضى مدنيان") == ["killed"]
    assert kinds("ناقش الوفد قضية المعتقلين وقضيتهم الأولى") == []


def test_two_boys_as_syrian_speech_counts_them_are_two():
    (event,) = _events(
        'قال أحد الأهالي: "القذيفة نزلت ع البيت واستشهد ولدين صغار"، وذلك في قصف للنظام على سراقب اليوم.'
    )
    assert _killed(event) == [2]


def test_the_side_accused_by_a_subject_left_out_did_it():
    (event,) = _events("قتل 17 شخصا في غارات على سوق مدينة سراقب اليوم، واتهمت فصائل المعارضة قوات النظام بتنفيذها.")
    assert event["perpetrators"] == ["syrian-government"]
    (event,) = _events("وثقت تنسيقية البلدة مقتل ثمانية أشخاص بقصف على بلدة التح اليوم، واتهمت قوات النظام بشن القصف.")
    assert event["perpetrators"] == ["syrian-government"]


def test_every_side_listed_before_the_blame_did_it_and_the_accuser_none():
    (event,) = _events(
        "قتل 12 مدنيا بغارات على مشفى في بلدة كفرنبل اليوم، واتهمت المعارضة روسيا والنظام بارتكاب المجزرة."
    )
    assert sorted(event["perpetrators"]) == ["russia", "syrian-government"]
    assert "opposition-unspecified" not in event["targets"]


def test_a_massacre_headline_lends_its_side_to_the_fire_at_its_town_whatever_the_kind():
    text = "قوات الأسد ترتكب مجزرة في كفرسجنة\nقتل خمسة مدنيين بقصف صاروخي على بلدة كفرسجنة صباح اليوم."
    (event,) = _events(text)
    assert event["perpetrators"] == ["syrian-government"]
    text = "مجزرة روسية جديدة في أريحا\nقتل سبعة مدنيين بغارات جوية على مدينة أريحا مساء اليوم."
    (event,) = _events(text)
    assert event["perpetrators"] == ["russia"]


def test_the_wounded_who_died_since_are_part_of_the_risen_toll():
    (event,) = _events(
        "ارتفعت حصيلة قتلى الغارة على مدينة خان شيخون أمس إلى عشرة أشخاص بعد وفاة ثلاثة من الجرحى، وفق مصادر طبية."
    )
    assert _killed(event) == [10]


def test_a_coordination_committee_and_an_activists_campaign_are_sources():
    (event,) = _events("أحصت تنسيقية مدينة جسر الشغور مقتل أربعة مدنيين بغارة روسية على المدينة اليوم.")
    assert [c["source"] for c in event["claims"]] == ["تنسيقية مدينة جسر الشغور"]
    (event,) = _events('قتل خمسة مدنيين بغارة للتحالف على حي في مدينة الرقة اليوم، وفق ما أحصت حملة "صوت الرقة".')
    assert [c["source"] for c in event["claims"]] == ['حملة "صوت الرقة"']


def test_a_residential_quarter_is_no_place_name():
    (event,) = _events("أصيب أربعة مدنيين بقصف طال حي سكني في مدينة معرة النعمان اليوم.")
    assert [p["text"] for p in [event["place"], *event["places"]]] == ["معرة النعمان"]


def test_a_named_victim_with_the_definite_noun_is_one_dead():
    (event,) = _events("استشهد الشاب خالد الحسين بقذيفة أطلقتها قوات النظام على بلدة التمانعة اليوم.")
    assert _killed(event) == [1]
    (event,) = _events("ودّع أهالي سراقب الطفلة سلمى التي قضت متأثرة بجراح أصيبت بها في غارة روسية على المدينة أمس.")
    assert _killed(event) == [1]


def test_a_definite_person_noun_counts_one_only_before_a_name():
    def values(text):
        return [c.value for c in find_counts(normalize(text).text)]

    assert values("نعت البلدة الطفلة مريم والشاب عبد الرحيم") == [1, 1]
    assert values("وروت السيدة تفاصيل ليلتها الأخيرة في البلدة") == []


def test_a_number_of_them_after_a_larger_toll_is_part_of_it_but_the_dead_among_the_wounded_are_a_toll():
    (event,) = _events("قتل 48 مدنيا بقصف لقوات النظام على بلدة كفرنبل اليوم، قضى 30 منهم داخل السوق.")
    assert [c["killed"] for c in event["claims"] if not c.get("subset")] == [48]
    (event,) = _events("أصيب ستة جنود للنظام في هجوم على حاجز قرب بلدة مورك اليوم، توفي اثنان منهم لاحقا.")
    assert _killed(event) == [2]


def test_a_live_blogs_clock_time_counts_nobody():
    text = "تغطية مستمرة لتطورات ريف حماة\n07:45 - قتل ثلاثة عناصر من قوات النظام بقذائف أطلقتها الفصائل على حاجز قرب بلدة صوران."
    (event,) = _events(text)
    assert _killed(event) == [3]
    assert [c.value for c in find_counts(normalize("عند 21:10 سقطت قذيفتان").text)] == []


def test_two_named_children_with_the_definite_dual_are_two_dead():
    (event,) = _events("ارتقى الشقيقان عمر ومحمد بصاروخ أطلقته قوات النظام على منزلهما في بلدة التح اليوم.")
    assert _killed(event) == [2]


def test_the_air_force_named_by_its_service_is_its_side():
    (event,) = _events("قتل رجلان بغارة نفذها سلاح الجو الروسي على قرية الفطيرة اليوم.")
    assert event["perpetrators"] == ["russia"]
    (event,) = _events("أغار سلاح الجو السوري على أطراف بلدة الهبيط اليوم وجرحت امرأة.")
    assert event["perpetrators"] == ["syrian-government"]


def test_a_jihadist_group_with_no_id_of_its_own_is_of_the_jihadist_bloc():
    (event,) = _events("قتل ستة جنود من قوات النظام بهجوم شنه مقاتلو أنصار التوحيد على نقطة قرب قرية الجلمة اليوم.")
    assert event["perpetrators"] == ["hurras-al-din"]


def test_the_accuser_named_right_after_the_verb_takes_no_role_whatever_the_accusation_says():
    (event,) = _events("اتهمت روسيا الفصائل المسلحة بقصف حي الحمدانية في مدينة حلب اليوم، ما أدى إلى إصابة 12 شخصا.")
    assert event["perpetrators"] == ["opposition-unspecified"]


def test_a_claim_of_responsibility_names_who_did_it_not_whom_it_hit():
    (event,) = _events("قتل تسعة أشخاص بتفجير عبوة في سوق بلدة سرمدا اليوم، وتبنى تنظيم حراس الدين العملية في بيان.")
    assert event["perpetrators"] == ["hurras-al-din"]


def test_leaving_life_is_a_death():
    (event,) = _events("طفلة فارقت الحياة وجرح ثلاثة بقصف مدفعي لقوات النظام على قرية البارة اليوم.")
    assert _killed(event) == [1]


def test_outlets_of_this_round_are_known_and_common_words_are_not_their_aliases():
    assert outlet_named("قاسيون").id == "qasioun"
    assert outlet_named("يورونيوز").id == "euronews-arabic"
    assert outlet_named("صحيفة الحياة").id == "al-hayat"
    assert outlet_named("Independent Arabia").id == "independent-arabia"
    for word in ("الحياة", "الأخبار", "الحرة"):  # life, the news, free: words of any report
        assert outlet_named(word) is None


def test_an_analysis_recounting_two_incidents_in_one_sentence_gives_both_on_their_days():
    text = (
        "لم تصمد التهدئة طويلا: ففي الثالث من حزيران قتل مدنيان بقذائف للنظام على بلدة كنصفرة، "
        "وفي الثامن من حزيران أغارت طائرة روسية على أطراف بلدة البارة."
    )
    events = _events(text)
    assert [(e["first"], e["perpetrators"], e["place"]["text"]) for e in events] == [
        ("2019-06-03", ["syrian-government"], "كنصفرة"),
        ("2019-06-08", ["russia"], "البارة"),
    ]


def test_a_besieged_quarter_is_named_without_its_state():
    (event,) = _events("قتلت امرأة برصاص قناص في حي الجورة المحاصر بمدينة دير الزور اليوم.")
    assert event["place"]["text"] == "الجورة"


def test_a_count_of_the_dead_and_hurt_together_is_neither():
    (event,) = _events("سقط نحو ثلاثين شخصا بين قتيل وجريح بغارات روسية على سوق بلدة سرمين اليوم.")
    assert _killed(event) == [] and _wounded(event) == []


def test_a_monitors_name_ends_before_the_count_it_gives():
    (event,) = _events(
        "أحصى مركز توثيق الانتهاكات في جبل الزاوية 17 قتيلا و30 جريحا جراء قصف النظام على بلدة كفرنبل اليوم."
    )
    assert [c["source"] for c in event["claims"]] == ["مركز توثيق الانتهاكات في جبل الزاوية"]


def test_a_massacre_headline_lends_its_side_to_a_body_incident_of_no_town_of_its_own():
    text = "مجزرة جديدة للطيران الروسي في سراقب\nقضى سبعة مدنيين ظهر اليوم بغارات جوية طالت سوق الخضار وسط المدينة."
    (event,) = _events(text)
    assert event["perpetrators"] == ["russia"]


def test_lives_taken_are_the_dead():
    (event,) = _events("أزهق قصف مدفعي لقوات النظام أرواح أربعة مدنيين في بلدة حاس اليوم.")
    assert _killed(event) == [4]
