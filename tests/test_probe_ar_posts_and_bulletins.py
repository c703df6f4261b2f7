"""Arabic genres probed for this round: civil-defence and local monitors' posts (hashtags, runs of dots), a monitor's
daily bulletins, state media's "terrorist groups", Turkish and pan-Arab wires, opposition sites with their own names
for the sides, Arabic-Indic digits, relative days and tolls revised within the report (texts written for these tests,
in the ways those outlets word a report; no corpus text)."""

import datetime as dt

from claim_figures import killed as _killed

from timeline.article import Article
from timeline.extract import extract_article

PUBLISHED = dt.datetime(2019, 7, 17, 15, 0)  # a Wednesday


def _events(text: str, source: str | None = None) -> list[dict]:
    article = Article(key="t", text=text, published=PUBLISHED, language="ar", source=source)
    return extract_article(article)["events"]


def test_the_unknown_as_a_plain_subject_did_it():
    (event,) = _events("اغتال مجهولون قيادياً في الجبهة الوطنية للتحرير بإطلاق النار عليه في مدينة سراقب مساء أمس.")
    assert event["perpetrators"] == ["unknown"]


def test_a_lone_member_in_the_accusative_is_one_dead():
    (event,) = _events("اغتال مسلحون مجهولون عنصراً سابقاً في فصائل المعارضة قرب مدينة طفس بريف درعا الغربي اليوم.")
    assert _killed(event) == [1]


def test_opposition_sites_names_for_the_government_and_irans_militias_are_theirs():
    (event,) = _events("أصيب طفلان بقذائف مدفعية أطلقتها ميليشيا أسد الطائفية على بلدة حزارين في جبل الزاوية اليوم.")
    assert event["perpetrators"] == ["syrian-government"]
    (event,) = _events("قتلت امرأة بقصف مدفعي لميليشيات إيران المتمركزة قرب جورين على قرية الحويز بسهل الغاب اليوم.")
    assert event["perpetrators"] == ["iran-backed-militias"]


def test_the_side_that_committed_the_massacre_did_it():
    (event,) = _events(
        "ارتفع عدد ضحايا المجزرة التي ارتكبتها طائرات النظام في سوق بلدة كفرنبل صباح اليوم إلى 13 قتيلاً."
    )
    assert event["perpetrators"] == ["syrian-government"]


def test_the_source_after_according_to_with_its_preposition_glued_is_named():
    (event,) = _events("قتل خمسة عناصر من قوات النظام اليوم بقصف للفصائل على قرية كبانة، وفقاً للمرصد السوري.")
    assert [(c["source"], c["source_kind"]) for c in event["claims"]] == [("المرصد السوري", "monitor")]
    (event,) = _events("قتل اثنا عشر مدنياً في غارات جوية على مدينة سراقب اليوم، وفقاً لفرق الدفاع المدني.")
    assert [(c["source"], c["source_kind"]) for c in event["claims"]] == [("فرق الدفاع المدني", "civil defence")]
    (event,) = _events("قتل ثلاثة مدنيين بقصف مدفعي على بلدة كنصفرة اليوم، طبقاً لناشطين محليين.")
    assert [c["source_kind"] for c in event["claims"]] == ["activists"]


def test_a_post_or_bulletin_opening_with_its_sources_name_and_a_colon_is_that_sources():
    (event,) = _events(
        "الدفاع المدني السوري: انتشلت فرقنا جثث ثلاثة مدنيين من تحت أنقاض منزل قصفته طائرة حربية في قرية البارة "
        "مساء أمس، وأسعفت أربعة مصابين."
    )
    assert {(c["source"], c["source_kind"]) for c in event["claims"]} == {("الدفاع المدني السوري", "civil defence")}
    (event,) = _events("#جبل_الزاوية .. الخوذ البيضاء: فرقنا انتشلت ٦ شهداء بعد غارة على بلدة كنصفرة صباح اليوم..")
    assert [(c["source"], c["killed"]) for c in event["claims"]] == [("الخوذ البيضاء", 6)]


def test_a_credit_line_or_a_dateline_before_a_colon_is_no_source():
    (event,) = _events("المصدر: قتل أربعة مدنيين بقصف مدفعي على بلدة كفرنبل اليوم.")
    assert [c["source"] for c in event["claims"]] == [None]
    (event,) = _events("حماة-سانا: استشهد مدنيان بقذائف أطلقها الإرهابيون على مدينة محردة اليوم.")
    assert [c["source"] for c in event["claims"]] == [None]


def test_terrorist_groups_backed_by_iran_in_a_turkish_wire_are_irans_militias():
    (event,) = _events(
        "إدلب/ الأناضول: أصيب 3 مدنيين، الأربعاء، في قصف مدفعي لقوات النظام السوري ومجموعات إرهابية مدعومة من "
        "إيران على قرية كفرعويد في منطقة خفض التصعيد.",
        source="الأناضول",
    )
    assert sorted(event["perpetrators"]) == ["iran-backed-militias", "syrian-government"]


def test_an_agent_cue_names_the_first_side_after_it_not_the_one_fired_on():
    (event,) = _events(
        "قتل جندي تركي وأصيب خمسة آخرون في قصف مدفعي نفذته قوات النظام على رتل عسكري تركي قرب مدينة سراقب اليوم."
    )
    assert event["perpetrators"] == ["syrian-government"] and event["targets"] == ["turkey"]


def test_a_toll_revised_later_in_the_report_by_the_toll_alone_is_a_figure():
    (event,) = _events(
        "قتل أربعة أشخاص في غارة روسية على بلدة كفرنبل ظهر اليوم، قبل أن ترتفع الحصيلة إلى 6 بعد انتشال جثتين."
    )
    assert _killed(event) == [4, 6]
    (event,) = _events("قتل أربعة أشخاص في غارة روسية على بلدة كفرنبل اليوم، والحصيلة مرشحة للارتفاع إلى أكثر من ذلك.")
    assert _killed(event) == [4]


def test_the_definite_attack_word_with_a_nationality_names_who_fired_not_whom_the_dead_were():
    (event,) = _events("قتل 23 شخصاً في الغارات الروسية على بلدة معرشورين أمس، بينهم ثمانية أطفال.")
    assert event["perpetrators"] == ["russia"] and "russia" not in event["targets"]
    (event,) = _events("قتل خمسة مدنيين في القصف الروسي على قرية كفرسجنة فجر اليوم.")
    assert event["perpetrators"] == ["russia"]


def test_what_a_monitor_recorded_is_its_claim():
    (event,) = _events(
        "رصد المرصد السوري لحقوق الإنسان سقوط قذائف صاروخية أطلقتها قوات النظام على بلدة كفرنبودة بريف حماة، "
        "ما أدى لإصابة 4 مواطنين بجراح متفاوتة."
    )
    assert [(c["source"], c["source_kind"], c["wounded"]) for c in event["claims"]] == [
        ("المرصد السوري لحقوق الإنسان", "monitor", 4)
    ]
    (event,) = _events(
        "ارتفع إلى ١٥ عدد ضحايا القصف الصاروخي على مخيم قاح للنازحين مساء اليوم، وفقاً لمنسقي استجابة سوريا."
    )
    assert [c["source_kind"] for c in event["claims"]] == ["monitor"]


def test_another_one_hurt_after_a_verb_of_harm_is_one_but_the_last_toll_counts_no_one():
    (event,) = _events("قتل مدني وأصيب آخر فجر اليوم بغارات روسية على قرية الزقوم في سهل الغاب.")
    assert _killed(event) == [1] and [c["wounded"] for c in event["claims"] if c["wounded"]] == [1]
    (event,) = _events("وفي آخر حصيلة، قتل خمسة مدنيين بقصف مدفعي على بلدة كفرنبل اليوم.")
    assert _killed(event) == [5]


def test_a_posts_source_of_the_fire_named_after_al_masdar_fired():
    (event,) = _events(
        "سقوط عدة قذائف ع بلدة معرة حرمة.. ووقوع إصابات بين المدنيين.. المصدر مواقع النظام بمعسكر جورين."
    )
    assert event["perpetrators"] == ["syrian-government"]
    (event,) = _events("#خان_شيخون .. غارات على المدينة منذ الصباح وارتقاء طفلين.. المصدر: طيران الاحتلال الروسي")
    assert event["perpetrators"] == ["russia"]
    (event,) = _events("وقال المصدر إن الفصائل صدت هجوماً لقوات النظام على بلدة كبانة اليوم.")
    assert event["perpetrators"] == ["syrian-government"]
