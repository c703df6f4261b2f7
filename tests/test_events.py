"""Incidents from whole reports (texts written for these tests)."""

import datetime as dt

from timeline.article import Article
from timeline.dates import DateMention
from timeline.events import extract_events

PUBLISHED = dt.datetime(2019, 3, 10, 12, 0)
DAY = dt.date(2019, 3, 10)


def _dates(text: str, spans: dict[str, tuple[dt.date, dt.date]]) -> list[DateMention]:
    out = []
    for phrase, (first, last) in spans.items():
        start = text.index(phrase)
        out.append(DateMention(phrase, start, start + len(phrase), first, last, "day", "relative"))
    return sorted(out, key=lambda d: d.start)


def _events(text: str, spans: dict, language: str = "ar") -> list[dict]:
    article = Article(key="t", text=text, published=PUBLISHED, language=language, source="موقع الاختبار")
    return extract_events(article, _dates(text, spans))


REPORT = (
    'هجوم لـ"تحرير الشام" على مواقع النظام قرب كفرنبودة\n'
    "\n"
    'شنّت مجموعة تابعة لـ"هيئة تحرير الشام" فجر اليوم الأحد هجوماً على مواقع لقوات النظام في قرية المغارة '
    "قرب كفرنبودة بريف حماة الشمالي، ما أسفر عن مقتل 9 عناصر من قوات النظام بينهم ضابطان، بحسب وكالة الرصد.\n"
    "\n"
    "وحسب ناشطين، فإن الهجوم أسفر عن مقتل عنصرين من الهيئة، في حين قالت صفحات موالية للنظام إن أربعة جنود قُتلوا "
    "خلال صد الهجوم.\n"
    "\n"
    "وجاء الهجوم رداً على قصف مدفعي لقوات النظام استهدف أمس السبت بلدة الهبيط، ما أدى إلى مقتل مدني.\n"
    "\n"
    "ودعا قائد في الهيئة جميع الفصائل إلى الاستعداد لمعركة قادمة مع قوات النظام.\n"
)


def test_report_gives_two_incidents_with_claims_and_retaliation():
    events = _events(REPORT, {"فجر اليوم الأحد": (DAY, DAY), "أمس السبت": (DAY - dt.timedelta(1),) * 2})
    assert len(events) == 2
    attack, shelling = events
    assert attack["perpetrators"] == ["hts"]
    assert "syrian-government" in attack["targets"]
    assert attack["first"] == "2019-03-10"
    assert attack["place"]["text"] == "المغارة"
    killed = sorted((c["killed"], c["of"], c["source_kind"]) for c in attack["claims"] if c["killed"])
    assert killed == [(2, "hts", "activists"), (4, None, "pro-government media"), (9, "syrian-government", "agency")]
    assert shelling["perpetrators"] == ["syrian-government"]
    assert shelling["first"] == "2019-03-09"
    assert shelling["type"] == "shelling"
    assert [c["killed"] for c in shelling["claims"]] == [1]
    assert attack["relations"] == [{"type": "retaliation_for", "event": shelling["id"]}]


def test_dates_given_out_of_text_order_date_the_incidents_as_in_order():
    """The reader finds a stretch's dates by bisection: it takes them in text order whatever order they come in."""
    spans = {"فجر اليوم الأحد": (DAY, DAY), "أمس السبت": (DAY - dt.timedelta(1),) * 2}
    article = Article(key="t", text=REPORT, published=PUBLISHED, language="ar", source="موقع الاختبار")
    in_order = _dates(REPORT, spans)
    assert extract_events(article, in_order[::-1]) == extract_events(article, in_order)
    assert [e["first"] for e in extract_events(article, in_order[::-1])] == ["2019-03-10", "2019-03-09"]


def test_evidence_spans_point_into_the_text():
    events = _events(REPORT, {"فجر اليوم الأحد": (DAY, DAY), "أمس السبت": (DAY - dt.timedelta(1),) * 2})
    start, end = events[0]["evidence"][0]
    assert "هيئة تحرير الشام" in REPORT[start:end]


def test_repelled_infiltration_names_the_infiltrator():
    text = "تصدى مقاتلو جيش العزة مساء أمس لمحاولة تسلل نفذتها قوات النظام على محور تل الصخر، وقتلوا خمسة عناصر منها."
    (event,) = _events(text, {"مساء أمس": (DAY - dt.timedelta(1),) * 2})
    assert event["type"] == "infiltration"
    assert event["perpetrators"] == ["syrian-government"]
    assert event["targets"] == ["jaish-al-izza"]


def test_the_side_repelling_in_the_present_or_feminine_is_the_target():
    # "تتصدى", "صدت", "يتصدون" were no repel words: the defenders were read as attackers too
    cases = (
        "قالت مصادر محلية إن قوات النظام تتصدى مساء أمس لهجوم يشنه تنظيم داعش على حاجز قرب بلدة السخنة.",
        "صدت قوات النظام مساء أمس هجوما لتنظيم داعش على حاجز قرب بلدة السخنة.",
    )
    for text in cases:
        (event,) = _events(text, {"مساء أمس": (DAY - dt.timedelta(1),) * 2})
        assert (event["perpetrators"], event["targets"]) == (["isis"], ["syrian-government"])


def test_the_security_council_meeting_after_an_attack_is_no_incident_and_its_requester_no_shooter():
    # the meeting's day and the state that asked for it made a second attack, and lent it to the first
    text = (
        "قتل 12 مدنيا مساء أمس في غارات بالغازات السامة على بلدة اللطامنة. "
        "وتنعقد جلسة لمجلس الأمن اليوم بطلب من روسيا إثر الهجوم على البلدة."
    )
    events = _events(text, {"مساء أمس": (DAY - dt.timedelta(1),) * 2, "اليوم": (DAY, DAY)})
    assert [(e["first"], e["perpetrators"]) for e in events] == [(str(DAY - dt.timedelta(1)), [])]


def test_separate_places_are_separate_incidents_and_no_date_is_flagged():
    text = (
        "قصفت قوات النظام بلدة التح بقذائف الهاون، دون وقوع إصابات.\n"
        "وألقت مروحيات النظام براميل متفجرة على قرية حيش، ما أدى لإصابة 3 مدنيين.\n"
    )
    events = _events(text, {})
    assert [e["place"]["text"] for e in events] == ["التح", "حيش"]
    assert [e["type"] for e in events] == ["shelling", "air_strike"]
    assert events[0]["first"] == "2019-03-10"
    assert events[0]["date_warnings"]
    assert events[1]["claims"][0]["wounded"] == 3
    assert events[1]["targets"] == ["civilians"]


def test_statements_and_running_totals_are_not_incidents():
    text = (
        "دعت الهيئة في بيان إلى النفير العام لصد أي هجوم على المنطقة.\n"
        "وبذلك يرتفع إلى 40 عدد المدنيين الذين قتلوا بقصف النظام خلال الشهر الجاري.\n"
    )
    assert _events(text, {}) == []


def test_english_wire_report():
    text = (
        "BEIRUT, March 10 (AFP) - Russian warplanes struck the town of Maarat Harma on Sunday, killing four "
        "civilians including a child, a war monitor said.\n"
        "Rebels fired rockets in retaliation at Mhardeh, a government-held town, wounding two people, "
        "state news agency SANA said.\n"
    )
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [e["perpetrators"] for e in events] == [["russia"], ["opposition-unspecified"]]
    assert [c["killed"] for c in events[0]["claims"]] == [4]
    assert events[0]["claims"][0]["source_kind"] == "monitor"
    assert events[1]["claims"][0]["wounded"] == 2
    assert events[1]["relations"] == [{"type": "retaliation_for", "event": events[0]["id"]}]


def test_no_date_and_no_publication_date_leaves_the_incident_undated():
    text = "قصفت قوات النظام بلدة التح بقذائف الهاون."
    (event,) = extract_events(Article(key="u", text=text, published=None), [])
    assert event["first"] is None and event["last"] is None
    assert event["date_warnings"] == ["no date in the text and the publication date is unknown"]


def test_empty_and_odd_texts_give_no_incident():
    for text in ("", "   \n\n", "abc", '"" (( )) ،،، ..'):
        assert extract_events(Article(key="e", text=text, published=PUBLISHED), []) == []


def test_a_post_of_short_lines_is_all_body():
    text = "عاجل | ريف إدلب\nقصف مدفعي لقوات النظام على بلدة كفرنبل صباح اليوم\nإصابة 3 مدنيين بجروح"
    events = _events(text, {"صباح اليوم": (DAY, DAY)})
    assert [(e["perpetrators"], e["place"]["text"]) for e in events] == [(["syrian-government"], "كفرنبل")]
    assert events[0]["claims"][0]["wounded"] == 3


def test_a_fight_between_two_sides_and_a_place_pointed_back_to():
    text = (
        "دارت اشتباكات عنيفة فجر اليوم بين الفصائل وقوات النظام على محور تل الصخر، ما أدى إلى مقتل 4 عناصر "
        "من قوات النظام و3 من الفصائل.\n"
        "وترافقت الاشتباكات مع غارات روسية على المدينة المجاورة، وسقطت قذائف على البلدة.\n"
    )
    clash, strikes = _events(text, {"فجر اليوم": (DAY, DAY)})
    assert clash["type"] == "armed_clash"
    assert clash["perpetrators"] == ["opposition-unspecified"]
    assert clash["targets"] == ["syrian-government"]
    assert sorted((c["killed"], c["of"]) for c in clash["claims"]) == [
        (3, "opposition-unspecified"),
        (4, "syrian-government"),
    ]
    assert strikes["type"] == "air_strike" and strikes["perpetrators"] == ["russia"]


def test_a_verb_describing_the_shelling_takes_an_object():
    text = "أصيب جنديان تركيان جراء قصف مدفعي لقوات النظام استهدف نقطة المراقبة التركية قرب بلدة مورك أمس."
    (event,) = _events(text, {"أمس": (DAY - dt.timedelta(1),) * 2})
    assert event["perpetrators"] == ["syrian-government"]
    assert event["targets"] == ["turkey"]
    assert event["claims"][0]["wounded"] == 2


def test_a_running_toll_or_a_total_since_a_date_is_no_incident_figure():
    text = (
        "قصفت قوات النظام أمس بلدة التح بالمدفعية، ما أدى لمقتل ثلاثة مدنيين.\n"
        "وارتفع عدد قتلى المدنيين في المنطقة منذ بداية التصعيد إلى 240 شخصاً.\n"
        "وقتل في الحملة أكثر من ألف مدني منذ أيار.\n"
    )
    events = _events(text, {"أمس": (DAY - dt.timedelta(1), DAY - dt.timedelta(1))})
    assert len(events) == 1
    assert [c["killed"] for c in events[0]["claims"]] == [3]


def test_a_since_phrase_alone_does_not_make_a_total():
    text = "ألقت مروحيات النظام أمس براميل متفجرة على بلدة التح، في أول قصف من نوعه منذ بدء الهدنة.\n"
    events = _events(text, {"أمس": (DAY - dt.timedelta(1), DAY - dt.timedelta(1))})
    assert [e["perpetrators"] for e in events] == [["syrian-government"]]


def test_the_deadliest_toll_since_a_start_is_a_comparison_not_a_running_total():
    text = "قتل 14 مدنيا أمس في غارات للنظام على محافظة حماة، في حصيلة هي الأكثر ارتفاعا منذ استئناف المعارك.\n"
    events = _events(text, {"أمس": (DAY - dt.timedelta(1), DAY - dt.timedelta(1))})
    assert [[c["killed"] for c in e["claims"]] for e in events] == [[14]]


def test_a_lead_toll_and_its_wounded_both_wait_for_the_incident_told_next():
    text = (
        "ارتفعت حصيلة ضحايا الغارات على بلدة كفرنبل إلى 12 قتيلا، فيما أصيب نحو 40 شخصا بجروح، بحسب ناشطين.\n"
        "وقال الدفاع المدني إن طائرات النظام قصفت البلدة أمس بعدة صواريخ.\n"
    )
    events = _events(text, {"أمس": (DAY - dt.timedelta(1), DAY - dt.timedelta(1))})
    assert [sorted(c["killed"] for c in e["claims"] if c["killed"]) for e in events] == [[12]]


def test_figures_after_a_denied_report_go_to_the_incident_told_before_it():
    text = (
        "قصفت طائرات النظام أمس بلدة كفرنبل بعدة صواريخ.\n"
        "وتحدث ناشطون عن قصف جوي بغازات سامة، الأمر الذي سارعت دمشق إلى نفيه. "
        "إلا أن المسعفين أفادوا بحدوث 30 حالة اختناق، مشيرين إلى أن 7 أشخاص توفوا اختناقا.\n"
    )
    events = _events(text, {"أمس": (DAY - dt.timedelta(1), DAY - dt.timedelta(1))})
    assert [[c["killed"] for c in e["claims"] if c["killed"]] for e in events] == [[7]]


def test_an_undated_lead_and_the_dated_account_with_the_same_toll_are_one_incident():
    text = (
        "قتل 12 عنصرا من قوات النظام في هجوم شنته هيئة تحرير الشام على مواقعهم في ريف حماة.\n"
        "وكانت الهيئة قد هاجمت الخميس الماضي مواقع النظام قرب بلدة اللطامنة، "
        "ما أدى إلى مقتل 12 عنصرا من قوات النظام.\n"
    )
    events = _events(text, {"الخميس الماضي": (DAY - dt.timedelta(3), DAY - dt.timedelta(3))})
    assert [(e["first"], e["perpetrators"]) for e in events] == [(str(DAY - dt.timedelta(3)), ["hts"])]


def test_the_day_a_source_told_the_news_does_not_date_the_incident():
    text = (
        "قصفت قوات النظام بلدة كفرزيتا يوم الخميس بالصواريخ.\n"
        "وأفاد ناشطون محليون الأحد أن قوات النظام قصفت بلدة كفرزيتا، ما أوقع 4 قتلى.\n"
    )
    events = _events(text, {"الخميس": (DAY - dt.timedelta(3), DAY - dt.timedelta(3)), "الأحد": (DAY, DAY)})
    assert [e["first"] for e in events] == [str(DAY - dt.timedelta(3))]


def test_the_day_a_source_told_a_toll_with_bi_or_at_the_sentence_end_does_not_date_the_incident():
    told_with_bi = _tagged_events(
        "شنت فصائل المعارضة مساء الجمعة هجوماً على مواقع قوات النظام في قرية الحويز.\n"
        "وأفاد ناشطون، السبت، بمقتل 12 عنصراً من قوات النظام في الهجوم على قرية الحويز.\n"
    )
    assert [(e["first"], [c["killed"] for c in e["claims"] if c["killed"]]) for e in told_with_bi] == [
        (str(DAY - dt.timedelta(2)), [12])
    ]
    told_last = _tagged_events(
        "قُتل ثمانية مدنيين في قصف لقوات النظام على بلدة التمانعة، وفق ما أفاد الدفاع المدني الأحد.\n"
        "وقال الدفاع المدني إن قوات النظام قصفت التمانعة مساء السبت بالمدفعية.\n"
    )
    assert [(e["first"], [c["killed"] for c in e["claims"] if c["killed"]]) for e in told_last] == [
        (str(DAY - dt.timedelta(1)), [8])
    ]
    announced = _tagged_events(
        "هاجمت فصائل المعارضة مساء الجمعة حاجزاً لقوات النظام قرب بلدة الصنمين.\n"
        "وأعلنت وكالة سانا، السبت، عن مقتل ستة عناصر في الهجوم على الحاجز قرب الصنمين.\n"
    )
    assert [(e["first"], [c["killed"] for c in e["claims"] if c["killed"]]) for e in announced] == [
        (str(DAY - dt.timedelta(2)), [6])
    ]
    # a day after "إن" is the incident's own, whatever follows it
    own_day = _tagged_events("وقال ناشطون إن قوات النظام قصفت السبت ببراميل متفجرة بلدة الهبيط.\n")
    assert [e["first"] for e in own_day] == [str(DAY - dt.timedelta(1))]


def test_a_toll_of_others_elsewhere_is_the_same_shooters_incident_there():
    text = (
        "قصفت الطائرات الروسية اليوم الأحد بلدة كفرنبل، ما أسفر عن مقتل 11 مدنياً.\n"
        "وأحصى الدفاع المدني ستة قتلى آخرين في قرى متفرقة من ريف إدلب الجنوبي.\n"
    )
    told = [
        (e["first"], e["perpetrators"], e["place"]["text"], [c["killed"] for c in e["claims"] if c["killed"]])
        for e in _tagged_events(text)
    ]
    assert told == [
        (str(DAY), ["russia"], "كفرنبل", [11]),
        (str(DAY), ["russia"], "ريف إدلب الجنوبي", [6]),
    ]
    same_town = _tagged_events(text.replace("في قرى متفرقة من ريف إدلب الجنوبي", "في البلدة ذاتها"))
    assert [sorted(c["killed"] for c in e["claims"] if c["killed"]) for e in same_town] == [[6, 11]]


def test_a_denial_of_responsibility_after_the_toll_does_not_deny_the_incident():
    text = (
        "ذكرت صحيفة الوطن أن طفلين قتلا بقذائف صاروخية أطلقتها الفصائل على أحياء دمشق الشرقية، "
        "وهو ما نفى فيلق الشام مسؤوليته عنه.\n"
    )
    told = [
        (e["type"], e["place"]["text"], [c["killed"] for c in e["claims"] if c["killed"]]) for e in _tagged_events(text)
    ]
    assert told == [("shelling", "دمشق", [2])]


def test_a_lead_that_opens_with_the_risen_toll_tells_the_incident():
    events = _tagged_events("ارتفعت حصيلة قتلى الغارات الروسية على بلدة كفرنبل اليوم إلى 14 مدنياً.\n")
    told = [(e["type"], e["perpetrators"], e["place"]["text"], [c["killed"] for c in e["claims"]]) for e in events]
    assert told == [("air_strike", ["russia"], "كفرنبل", [14])]


def test_an_execution_is_an_incident_and_the_executed_are_its_dead():
    events = _tagged_events("أعدم تنظيم داعش اليوم سبعة رعاة في قرية السخنة.\n")
    told = [(e["type"], e["perpetrators"], e["place"]["text"], [c["killed"] for c in e["claims"]]) for e in events]
    assert told == [("attack", ["isis"], "السخنة", [7])]


def test_aircraft_believed_to_belong_to_a_side_are_that_sides():
    text = "قتل ثلاثة مدنيين اليوم بغارات شنتها طائرات مروحية يرجح أنها تابعة للنظام على قرية الحواش.\n"
    told = [(e["perpetrators"], e["place"]["text"]) for e in _tagged_events(text)]
    assert told == [(["syrian-government"], "الحواش")]


def test_the_group_of_the_one_who_tells_is_no_party_unless_he_tells_of_its_fighters():
    told = _tagged_events("وقال أبو خالد، وهو قيادي في حركة أحرار الشام، إن الطائرات قصفت اليوم قرية الحواش.\n")
    assert [e["perpetrators"] for e in told] == [[]]
    own = _tagged_events(
        "وقال أبو خالد، وهو قيادي في حركة أحرار الشام، إن مقاتليه قصفوا اليوم مواقع النظام في الحواش.\n"
    )
    assert [e["perpetrators"] for e in own] == [["ahrar-al-sham"]]


def test_the_kurdish_units_are_counted_with_the_sdf():
    text = "قتل جنديان تركيان اليوم في هجوم لوحدات حماية الشعب الكردية على قرية راجو.\n"
    assert [e["perpetrators"] for e in _tagged_events(text)] == [["sdf"]]


def test_two_tolls_of_two_shooters_in_one_sentence_are_two_incidents():
    text = "قتل 5 مدنيين في قصف لقوات النظام على مدينة كفرنبل، وقتل 3 آخرون في غارة روسية على بلدة حاس، اليوم الأحد.\n"
    told = [(e["perpetrators"], e["place"]["text"], [c["killed"] for c in e["claims"]]) for e in _tagged_events(text)]
    assert told == [(["syrian-government"], "كفرنبل", [5]), (["russia"], "حاس", [3])]


def test_fire_told_only_in_the_past_days_is_no_incident_but_names_who_fires():
    text = (
        "قتل سبعة مدنيين اليوم في غارات على بلدة حيش.\n"
        "وكانت الطائرات الروسية قد شنت غارات مماثلة على ريف حماة في الأيام الماضية.\n"
    )
    told = [(e["first"], e["perpetrators"], e["place"]["text"]) for e in _tagged_events(text)]
    assert told == [(str(DAY), ["russia"], "حيش")]


def test_an_incident_named_after_ghadat_was_the_day_before():
    text = (
        "قتل 12 مدنياً في غارات لقوات النظام على بلدة كفرزيتا أمس السبت.\n"
        "ويأتي ذلك غداة مقتل 9 مدنيين بقصف مدفعي على قرية الجلمة.\n"
    )
    events = _tagged_events(text)
    told = [(e["first"], e["place"]["text"], [c["killed"] for c in e["claims"] if c["killed"]]) for e in events]
    assert told == [(str(DAY - dt.timedelta(1)), "كفرزيتا", [12]), (str(DAY - dt.timedelta(2)), "الجلمة", [9])]
    assert "غداة" in events[1]["date_warnings"][0]


def test_speakers_and_agreement_sponsors_are_not_parties():
    text = (
        "وقال مصدر ميداني في فيلق الشام إن قوات النظام قصفت أمس قرية الحويز، "
        "رغم الاتفاق الذي ترعاه كل من روسيا وتركيا.\n"
    )
    events = _events(text, {"أمس": (DAY - dt.timedelta(1), DAY - dt.timedelta(1))})
    assert [(e["perpetrators"], e["targets"]) for e in events] == [(["syrian-government"], [])]


def test_raid_and_english_fire_received_name_the_right_shooter():
    raid = _events("نفذت حركة أحرار الشام إغارة على مواقع قوات النظام في قرية الحويز اليوم.\n", {})
    assert [(e["type"], e["perpetrators"], e["targets"]) for e in raid] == [
        ("attack", ["ahrar-al-sham"], ["syrian-government"])
    ]
    fired = _events(
        "Rebel posts near the village of Kabani came under fire from Syrian troops on Sunday.\n",
        {"on Sunday": (DAY, DAY)},
        language="en",
    )
    assert [(e["perpetrators"], e["targets"]) for e in fired] == [(["syrian-government"], ["opposition-unspecified"])]


def test_a_front_named_after_a_faction_is_no_place_and_hashtags_are_read():
    text = "قصفت قوات النظام أمس مقرات جبهة النصرة في محيط بلدة الهبيط.\n"
    events = _events(text, {"أمس": (DAY - dt.timedelta(1), DAY - dt.timedelta(1))})
    assert [e["place"]["text"] for e in events] == ["الهبيط"]
    tagged = _events("استهدف مقاتلو #جيش_العزة اليوم بالصواريخ مواقع قوات النظام في بلدة #كفرنبودة.\n", {})
    assert [(e["perpetrators"], e["targets"]) for e in tagged] == [(["jaish-al-izza"], ["syrian-government"])]


def test_a_reply_after_a_comma_is_its_own_incident_by_the_side_that_was_hit():
    en = _events(
        "Turkish soldiers came under fire near Taftanaz on Sunday, and its forces retaliated by striking 14 "
        "government positions.\n",
        {"on Sunday": (DAY, DAY)},
        language="en",
    )
    assert [e["perpetrators"] for e in en] == [[], ["turkey"]]
    ar = _events("هاجم مقاتلو الهيئة اليوم مواقع قوات النظام في قرية الزكاة، وردت قوات النظام على مصادر النيران.\n", {})
    assert [e["perpetrators"] for e in ar] == [["hts"], ["syrian-government"]]


def test_killed_by_names_the_killer_and_a_group_of_the_same_bloc_retells_the_attack():
    text = (
        "Syrian shelling near Taftanaz on Sunday killed five of its soldiers, Turkey said.\n"
        "Jihadists attacked army posts near Kabani on Sunday. Fighters from Hurras al-Din stormed the posts at dawn.\n"
    )
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [(e["perpetrators"], e["place"]["text"]) for e in events] == [
        (["syrian-government"], "Taftanaz"),
        (["hts", "hurras-al-din"], "Kabani"),
    ]


def test_a_post_named_before_and_a_hospital_the_wounded_reached():
    text = (
        "وصل رتل عسكري تركي اليوم إلى نقطة المراقبة في بلدة الصرمان.\n"
        "واستهدفت قوات النظام بالمدفعية محيط النقطة، ما أدى لإصابة جنديين نُقلا إلى مشفى في مدينة سراقب.\n"
    )
    events = _events(text, {})
    assert [e["place"]["text"] for e in events] == ["الصرمان"]


def test_sniping_and_the_dead_of_a_repelled_advance_name_the_attackers():
    sniped = _events(
        "قُتل 3 عناصر من ميليشيا الدفاع الوطني بعملية قنص نفذها مقاتلو فيلق الشام اليوم على محور تل ملح.\n", {}
    )
    assert [(e["type"], e["perpetrators"], e["targets"]) for e in sniped] == [
        ("sniping", ["nfl"], ["syrian-government"])
    ]
    repelled = _events("أعلن جيش العزة عن مقتل 9 عناصر لقوات النظام خلال صد محاولة تقدم اليوم على محور الزكاة.\n", {})
    assert [(e["perpetrators"], e["targets"]) for e in repelled] == [(["syrian-government"], ["jaish-al-izza"])]
    assert repelled[0]["claims"][0]["source"] == "جيش العزة"


def test_figures_told_before_the_incident_clause_belong_to_it():
    text = "Three civilians were killed and six wounded when government rockets hit the town of Ariha on Sunday.\n"
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [(c["killed"], c["wounded"]) for c in events[0]["claims"]] == [(3, 6)]


def test_a_party_that_only_reports_the_attack_takes_no_role():
    text = "Militants fired rockets at Syrian army posts near Jurin on Sunday, the Russian defence ministry said.\n"
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [(e["perpetrators"], e["targets"]) for e in events] == [(["opposition-unspecified"], ["syrian-government"])]


def test_in_a_reply_the_side_whose_violations_are_answered_is_the_target():
    text = "ردت وحدات من الجيش اليوم على اعتداءات التنظيمات الإرهابية بقصف مواقعها في قرية الزيارة.\n"
    events = _events(text, {})
    assert [(e["perpetrators"], e["targets"]) for e in events] == [(["syrian-government"], ["opposition-unspecified"])]


def test_the_dead_told_before_when_are_targets_not_shooters():
    text = "A Jaish al-Izza commander was killed when a drone struck his car near Morek on Sunday.\n"
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [(e["perpetrators"], e["targets"]) for e in events] == [([], ["jaish-al-izza"])]
    assert events[0]["claims"][0]["killed"] == 1


def test_the_date_after_a_violated_truce_is_the_violation_date():
    yesterday = DAY - dt.timedelta(1)
    text = "خرقت قوات النظام اتفاق وقف إطلاق النار أمس، حيث قصفت بالصواريخ قرية الشيخ مصطفى.\n"
    events = _events(text, {"أمس": (yesterday, yesterday)})
    assert [e["first"] for e in events] == [yesterday.isoformat()]


def test_the_dead_attackers_are_counted_on_the_attackers_side():
    text = "صدّ مقاتلو جيش العزة اليوم هجوماً لقوات النظام على قرية الجيسات وقتلوا 11 من المهاجمين.\n"
    events = _events(text, {})
    assert [(c["killed"], c["of"]) for c in events[0]["claims"]] == [(11, "syrian-government")]


def test_a_village_missing_from_the_gazetteer_takes_the_governorate_of_the_clause():
    events = _events("قصفت قوات النظام اليوم قرية تل خزنة الغربية بريف حلب الغربي.\n", {})
    assert [(e["place"]["text"], e["place"]["admin1"]) for e in events] == [("تل خزنة الغربية", "Aleppo")]


def test_a_toll_since_a_date_over_a_whole_province_is_no_incident():
    text = (
        "At least 230 civilians have been killed by air strikes on Hama since early May, a monitor said.\n"
        "Government rockets hit the village of Kafr Zita on Sunday, killing two children.\n"
    )
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [(e["place"]["text"], [c["killed"] for c in e["claims"]]) for e in events] == [("Kafr Zita", [2])]


def test_a_member_telling_the_attack_is_no_party_but_an_office_claiming_it_is():
    told = _events("وقال قائد في فيلق الشام إن قوات النظام استهدفت اليوم بالصواريخ قرية الزيارة.\n", {})
    assert [e["perpetrators"] for e in told] == [["syrian-government"]]
    claimed = _events("أعلن المكتب الإعلامي لحركة أحرار الشام عن استهداف مواقع قوات النظام في قرية الحويز اليوم.\n", {})
    assert [(e["perpetrators"], e["targets"]) for e in claimed] == [(["ahrar-al-sham"], ["syrian-government"])]


def test_the_first_raid_since_a_deal_is_an_incident_with_its_toll():
    text = (
        "Regime rockets hit the city of Hama on Sunday, killing five civilians, the heaviest attack on the city "
        "since the truce, a monitor said.\n"
    )
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [[c["killed"] for c in e["claims"]] for e in events] == [[5]]


def test_a_risen_toll_updates_the_incident_unless_counted_since_a_date():
    text = (
        "قصفت قوات النظام اليوم قرية الحلوبة، ما أدى لمقتل امرأتين.\n"
        "وارتفع عدد ضحايا القصف مساءً إلى أربعة مدنيين بعد وفاة اثنين من الجرحى.\n"
        "كما ارتفع عدد قتلى المدنيين في المحافظة منذ مطلع العام إلى 310.\n"
    )
    events = _events(text, {})
    assert [c["killed"] for c in events[0]["claims"]] == [2, 4]


def test_a_post_opening_with_its_toll_gives_the_toll_to_the_incident_below():
    text = "🔴 5 شهداء بينهم امرأتان\nغارات جوية روسية على مدينة أريحا\n"
    events = _events(text, {})
    assert [(c["killed"], c["of"]) for c in events[0]["claims"]] == [(5, "civilians")]


def test_a_placeless_summary_lead_joins_the_detailed_report_of_the_same_strikes():
    text = (
        "Russian jets pounded rebel areas in southern Idlib overnight on Sunday, activists said.\n"
        "The raids hit the villages of Hass and Kafr Sajna, killing four civilians, the Civil Defence said.\n"
    )
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [(e["perpetrators"], e["place"]["text"]) for e in events] == [(["russia"], "Hass")]


def test_the_parties_to_a_deal_between_two_states_take_no_role():
    text = (
        "Government forces shelled Kafr Nabl on Sunday, inside the zone set up by the deal between Moscow and Ankara.\n"
    )
    events = _events(text, {"on Sunday": (DAY, DAY)}, language="en")
    assert [(e["perpetrators"], e["targets"]) for e in events] == [(["syrian-government"], [])]


def _tagged_events(text: str, language: str = "ar") -> list[dict]:
    """Incidents with the date engine's own mentions (their granularity matters)."""
    from timeline.extract import extract_article

    article = Article(key="t", text=text, published=PUBLISHED, language=language, source="موقع الاختبار")
    return extract_article(article)["events"]


def test_a_toll_over_a_month_is_a_running_total_not_the_incidents_claim():
    text = (
        "انفجرت عبوة ناسفة صباح اليوم الأحد بسيارة عسكرية لقوات النظام في بلدة خان شيخون، ما أدى إلى مقتل ثلاثة عناصر. "
        "ووثق المرصد السوري مقتل أكثر من 400 مدني خلال تموز الماضي في المنطقة."
    )
    (event,) = _tagged_events(text)
    assert [c["killed"] for c in event["claims"]] == [3]
    assert "civilians" not in event["targets"]


def test_english_tolls_in_a_month_or_since_a_day_are_running_totals():
    text = (
        "Regime forces raided the village of Kafr Nabl on Sunday, killing two fighters. "
        "More than 70 civilians were killed in the province in January, the monitor said. "
        "Some 120 people have been killed since 3 June, it added."
    )
    (event,) = _tagged_events(text, "en")
    assert [c["killed"] for c in event["claims"]] == [2]
    assert "civilians" not in event["targets"]


def test_in_the_centre_of_a_town_gives_the_town():
    text = "انفجرت سيارة مفخخة اليوم الأحد وسط مدينة سرمدا شمالي إدلب، ما أدى إلى مقتل أربعة مدنيين."
    (event,) = _tagged_events(text)
    assert event["place"]["name"] == "Sarmada"
    assert [c["killed"] for c in event["claims"]] == [4]


def test_amid_clashes_still_opens_a_clause():
    text = "قصفت قوات النظام اليوم الأحد بلدة كنصفرة، وسط اشتباكات عنيفة على محور الكبينة."
    events = _tagged_events(text)
    assert events[0]["place"]["name"] == "Kansafra"


def test_two_towns_in_a_dual_phrase_are_both_places():
    text = "قصفت قوات النظام اليوم الأحد مدينتي سراقب وأريحا بالصواريخ، وفي بلدتي معرشورين وتلمنس بقذائف الهاون."
    names = {p["name"] for e in _tagged_events(text) for p in [e["place"], *e["places"]] if p}
    assert {"Saraqib", "Ariha", "Maarshurin", "Talmenes"} <= names


def test_the_shelling_named_again_with_its_place_and_toll_is_the_incident_just_told():
    text = (
        "الطائرات التركية المسيرة استهدفت اليوم الأحد مواقع قوات النظام. "
        "وتركز القصف على قرية مرعناز بريف حلب، ما أدى إلى مقتل 19 عنصراً."
    )
    (event,) = _tagged_events(text)
    assert (event["type"], event["perpetrators"], event["place"]["name"]) == ("air_strike", ["turkey"], "Maranaz")
    assert [c["killed"] for c in event["claims"]] == [19]


def test_a_clause_with_bainama_retelling_the_strike_keeps_one_incident():
    text = (
        "استهدفت المسيرات التركية اليوم الأحد مواقع قوات النظام، بينما تركز القصف على بلدة تل رفعت، "
        "ما أسفر عن مقتل 6 عناصر."
    )
    (event,) = _tagged_events(text)
    assert event["place"]["name"] == "Tall Rif'at"
    assert [c["killed"] for c in event["claims"]] == [6]


def test_the_subject_of_a_reply_is_its_perpetrator_with_its_parent_group():
    text = (
        "قصفت قوات النظام اليوم الأحد بلدة الهبيط. وردّت الفصائل المنضوية في الجبهة الوطنية للتحرير باستهداف "
        "مواقع النظام في بلدة كفرنبودة، كما ردت حركة أحرار الشام التابعة للجبهة الوطنية للتحرير بقصف قرية الحماميات."
    )
    shelling, *replies = _tagged_events(text)
    assert shelling["perpetrators"] == ["syrian-government"]
    assert [r["perpetrators"] for r in replies] == [["nfl"], ["ahrar-al-sham"]]
    assert "syrian-government" in replies[0]["targets"]
    assert replies[0]["relations"] == [{"type": "retaliation_for", "event": shelling["id"]}]


def test_an_english_reply_names_the_national_liberation_front():
    text = (
        "Regime forces shelled the town of Kafr Nabl on Sunday. "
        "The National Liberation Front responded by shelling regime positions in Kafr Nabudah."
    )
    shelling, reply = _tagged_events(text, "en")
    assert reply["perpetrators"] == ["nfl"]
    assert reply["relations"] == [{"type": "retaliation_for", "event": shelling["id"]}]


def test_shooterless_fire_on_the_same_day_gives_the_incident_before_its_place_and_toll():
    text = "الطائرات الحربية الروسية استهدفت اليوم الأحد تجمعات للفصائل. وقتل سبعة مدنيين جراء قصف على بلدة البارة."
    (event,) = _tagged_events(text)
    assert (event["type"], event["perpetrators"], event["place"]["name"]) == ("air_strike", ["russia"], "al-Bara")
    assert [c["killed"] for c in event["claims"]] == [7]


def test_shooterless_shelling_of_the_same_town_the_same_day_joins_the_strike():
    text = (
        "قصفت الطائرات الروسية اليوم الأحد بلدة كفرنبل. وسقطت قذائف اليوم الأحد على بلدة كفرنبل، ما أدى إلى مقتل طفلين."
    )
    (event,) = _tagged_events(text)
    assert event["perpetrators"] == ["russia"]
    assert [c["killed"] for c in event["claims"]] == [2]


def test_fire_on_another_town_stays_another_incident():
    text = "قصفت الطائرات الروسية اليوم الأحد بلدة كفرنبل. وقتل ثلاثة مدنيين جراء قصف مدفعي على بلدة حاس."
    assert len(_tagged_events(text)) == 2


def test_a_toll_since_this_morning_is_the_incidents_own():
    text = "قصفت قوات النظام بلدة معرشورين بقذائف المدفعية، ما أدى إلى مقتل خمسة مدنيين منذ صباح اليوم."
    (event,) = _tagged_events(text)
    assert [c["killed"] for c in event["claims"]] == [5]


def test_the_side_holding_the_place_hit_or_backing_a_monitor_is_no_perpetrator():
    held = _tagged_events("قصفت الطائرات الروسية اليوم الأحد بلدة كفرنبل الخاضعة لسيطرة فصائل المعارضة.")
    assert [e["perpetrators"] for e in held] == [["russia"]]
    told = _tagged_events("وقال المرصد، الموالي للمعارضة، إن غارات جوية قتلت اليوم الأحد خمسة مدنيين في بلدة كفرنبل.")
    assert all("opposition-unspecified" not in e["perpetrators"] for e in told)


def test_each_figure_is_credited_to_the_source_named_next_to_it():
    text = (
        "قصفت قوات النظام اليوم الأحد بلدة كفرنبل، ما أدى إلى مقتل سبعة مدنيين بحسب الدفاع المدني، "
        "ومقتل ثمانية بحسب ناشطين، بينما وثق المرصد مقتل تسعة."
    )
    (event,) = _tagged_events(text)
    credited = [(c["killed"], c["source_kind"]) for c in event["claims"] if c["killed"]]
    assert credited == [(7, "civil defence"), (8, "activists"), (9, "monitor")]


def test_a_side_joined_to_the_dead_is_counted_too_and_a_weekday_ends_a_source_name():
    text = (
        "قُتل تسعة عناصر من قوات النظام، ومقاتلو فصائل موالية لها، بانفجار سيارة مفخخة عند حاجز قرب كفرنبل "
        "اليوم الأحد، بحسب المرصد الأحد."
    )
    (event,) = _tagged_events(text)
    assert "opposition-unspecified" not in event["perpetrators"]
    assert [c["source"] for c in event["claims"] if c["killed"]] == ["المرصد"]


def test_a_year_a_comparison_counts_from_does_not_date_the_incident():
    text = (
        "أطلقت فصائل المعارضة اليوم الأحد قذائف على مدينة سراقب، ما أدى إلى مقتل خمسة مدنيين. "
        "وهذه أعلى حصيلة في المدينة جراء قذائف الفصائل منذ بداية الحرب في العام 2011."
    )
    assert [e["first"] for e in _tagged_events(text)] == ["2019-03-10"]


def test_a_denial_that_tells_a_strike_with_its_toll_and_village_keeps_the_incident():
    text = "نفت موسكو تقارير عن غارات روسية قتلت اليوم الأحد تسعة مدنيين في قرية كفرنبل."
    (event,) = _tagged_events(text)
    assert (event["perpetrators"], event["place"]["name"]) == (["russia"], "Kafranbel")
    assert [c["killed"] for c in event["claims"]] == [9]


def test_victims_counted_are_dead():
    text = "قصفت قوات النظام اليوم الأحد بلدة كفرنبل، وقال مسعفون إن القصف خلف 30 ضحية."
    (event,) = _tagged_events(text)
    assert 30 in [c["killed"] for c in event["claims"]]


def test_a_clash_with_dead_on_both_sides_and_no_attacker_named_is_fought_by_both():
    text = "دارت اليوم الأحد معارك على أطراف بلدة كفرنبل أودت بحياة 12 عنصراً من قوات النظام والفصائل المعارضة."
    (event,) = _tagged_events(text)
    assert (event["type"], sorted(event["perpetrators"])) == (
        "armed_clash",
        ["opposition-unspecified", "syrian-government"],
    )


def test_a_toll_told_on_another_day_without_actor_or_place_is_an_incident_of_its_own():
    from timeline.extract import extract_article

    text = (
        "Jets pound Saraqib\n\nGovernment jets struck Saraqib on Tuesday, wounding several people, a monitor said. "
        "On Sunday seven people were killed in a car bomb blast, the monitor added."
    )
    article = Article(key="t", text=text, published=dt.datetime(2016, 7, 13), language="en", source="test")
    events = extract_article(article)["events"]
    assert [(e["first"], e["type"]) for e in events] == [("2016-07-12", "air_strike"), ("2016-07-10", "explosion")]
    assert [c["killed"] for c in events[1]["claims"]] == [7]
    assert all(c["killed"] != 7 for c in events[0]["claims"])


def test_the_numbers_of_dates_are_no_toll_wherever_the_dates_stand():
    # a date between the casualty word and its count, and dates before and after: their numbers count no one
    text = (
        "قصف على بلدة كفرنبل\n\nبعد قصف مماثل في 2 آذار، قُتل في 4 آذار ثلاثة مدنيين بقصف لقوات النظام على "
        "بلدة كفرنبل، قبل غارات 7 آذار.\n"
    )
    spans = {
        "2 آذار": (dt.date(2019, 3, 2),) * 2,
        "4 آذار": (dt.date(2019, 3, 4),) * 2,
        "7 آذار": (dt.date(2019, 3, 7),) * 2,
    }
    events = _events(text, spans)
    assert [c["killed"] for e in events for c in e["claims"]] == [3]


def _with_month(text: str, day_phrase: str, month_phrase: str, language: str) -> list[dict]:
    """The report's incidents, ``day_phrase`` dated the news day and ``month_phrase`` the January before."""
    day = _dates(text, {day_phrase: (DAY, DAY)})
    start = text.index(month_phrase)
    january = DateMention(
        month_phrase, start, start + len(month_phrase), dt.date(2019, 1, 1), dt.date(2019, 1, 31), "month", "absolute"
    )
    article = Article(key="t", text=text, published=PUBLISHED, language=language, source="موقع الاختبار")
    return extract_events(article, sorted([*day, january], key=lambda d: d.start))


def test_the_toll_of_a_campaign_begun_months_back_pointed_back_to_is_no_incident_figure():
    text = (
        "قصفت فصائل المعارضة اليوم أحياء في مدينة حلب بقذائف الهاون، ما أدى إلى مقتل أربعة مدنيين، وذلك في ظل حملة "
        "جوية للنظام انطلقت في كانون الثاني الماضي على ريف إدلب.\n"
        "ويقدّر ناشطون أن الهجوم أودى بحياة 900 شخص حتى الآن.\n"
    )
    events = _with_month(text, "اليوم", "كانون الثاني الماضي", "ar")
    assert [[c["killed"] for c in e["claims"]] for e in events] == [[4]]


def test_the_death_toll_from_an_offensive_that_began_in_january_is_its_running_total():
    text = (
        "Rebels shelled a district of Aleppo on Sunday, killing four civilians, a monitoring group said. "
        "The shelling followed a government air campaign on Idlib that began in January. "
        "The death toll from the campaign has reached 900, the group said.\n"
    )
    events = _with_month(text, "Sunday", "January", "en")
    assert [c["killed"] for c in events[0]["claims"]] == [4]
    assert all(c["killed"] != 900 for e in events for c in e["claims"])


def test_the_risen_toll_of_a_one_day_attack_told_after_a_campaign_began_is_kept():
    arabic = (
        "بدأت الحملة على ريف إدلب في كانون الثاني الماضي.\n"
        "وفي يوم الأحد انفجرت سيارة مفخخة عند حاجز في مدينة اعزاز، ما أسفر عن مقتل ستة أشخاص.\n"
        "وارتفع عدد القتلى جراء الهجوم إلى تسعة.\n"
    )
    english = (
        "An offensive on Idlib began in January. On Sunday a car bomb exploded at a checkpoint in Azaz, killing six "
        "people, a monitoring group said. The death toll from the attack later rose to nine.\n"
    )
    for text, day, month, language in (
        (arabic, "يوم الأحد", "كانون الثاني الماضي", "ar"),
        (english, "Sunday", "January", "en"),
    ):
        events = _with_month(text, day, month, language)
        assert [[c["killed"] for c in e["claims"]] for e in events] == [[6, 9]]
