"""Faction mentions: aliases, clitics, sub-units, pro-government wording, the ambiguous "الجيش"."""

from timeline.factions import bloc, find_factions
from timeline.sentences import TextView


def _ids(text: str) -> list[str]:
    return [m.faction for m in find_factions(TextView(text).flat)]


def test_clitics_and_quotes():
    assert _ids('هجوم لـ"تحرير الشام" على مواقع لـ قوات النظام') == ["hts", "syrian-government"]
    assert _ids("قصف مدفعي للنظام وبالطيران الروسي") == ["syrian-government", "russia"]


def test_sub_unit_maps_to_parent():
    assert _ids("نفذت مجموعة من العصائب الحمراء هجوماً") == ["hts"]


def test_pro_government_wording_is_opposition_unspecified():
    assert _ids("اعتدت المجموعات الإرهابية على بلدة في الريف") == ["opposition-unspecified"]


def test_generic_followed_by_named_group_is_the_named_group():
    assert _ids("مجموعات إرهابية تابعة لتنظيم جبهة النصرة") == ["hts"]


def test_bare_army_after_a_named_army_means_that_one():
    assert _ids("هاجم النظام نقاط جيش العزة ثم نقطة للجيش") == ["syrian-government", "jaish-al-izza", "jaish-al-izza"]
    assert _ids("ردت وحدات من الجيش على مصادر النيران") == ["syrian-government"]


def test_misspelled_militias_and_english_names():
    assert _ids("الميلشيات الإيرانية") == ["iran-backed-militias"]
    assert _ids("Regime forces and Russian jets struck rebel positions") == [
        "syrian-government",
        "russia",
        "opposition-unspecified",
    ]


def test_anaphor_takes_the_last_group():
    assert _ids("تبنى حراس الدين الهجوم، وقال التنظيم إنه قتل جنوداً") == ["hurras-al-din", "hurras-al-din"]


def test_blocs():
    assert bloc("hts") == "jihadist"
    assert bloc("russia") == "pro-government"
    assert bloc("no-such-id") == "unknown"


def test_outlet_names_are_not_factions():
    assert _ids("قال مصدر لمراسل وكالة أنقرة للأنباء إن القصف طال البلدة") == []


def test_pro_government_militias_wording():
    assert _ids("جرح جنديان لقوات النظام واثنان من المسلحين الموالين لها") == ["syrian-government", "syrian-government"]


def test_opposition_and_pro_government_wordings_of_the_same_forces():
    assert _ids("قصفت ميليشيات أسد البلدة") == ["syrian-government"]
    assert _ids("وشنت طائرات الاحتلال الروسي غارات") == ["russia"]
    assert _ids("Insurgents attacked the village") == ["opposition-unspecified"]


def test_its_forces_points_back_to_the_party_named_last():
    assert _ids("Turkey said its troops returned fire") == ["turkey", "turkey"]


def test_two_nationality_adjectives_joined_by_wa_name_two_air_forces():
    assert _ids("غارات الطيران الحربي الروسي والسوري") == ["russia", "syrian-government"]


def test_drones_and_jets_with_a_nationality_adjective_name_the_country():
    for text, faction in (
        ("المسيرات التركية استهدفت مواقع", "turkey"),
        ("قصفت المروحيات الروسية قرية", "russia"),
        ("أسقطت الفصائل مسيرة إيرانية", "iran-backed-militias"),
    ):
        found = [f.faction for f in find_factions(TextView(text).flat)]
        assert faction in found, text


def _ids_cased(text: str) -> list[str]:
    view = TextView(text)
    return [m.faction for m in find_factions(view.flat, view.original, view.to_norm)]


def test_english_nationality_adjective_names_a_faction_only_before_a_force_noun():
    assert _ids("Turkish and Russian jets bombed the village") == ["turkey", "russia"]
    assert _ids("Syrian government helicopters dropped barrel bombs") == ["syrian-government"]
    assert _ids("the camp lies close to the Turkish border") == []
    assert _ids("a Russian diplomat met the envoy") == []


def test_regime_or_russian_strikes_names_both():
    assert _ids("regime or Russian air strikes levelled a bakery") == ["syrian-government", "russia"]


def test_short_capitalised_aliases_are_matched_with_their_case():
    assert _ids_cased("IS militants shelled the town, which is quiet now") == ["isis"]
    assert _ids_cased("US strikes hit the bridge. Tell us more") == ["coalition"]
    assert _ids_cased("ISIL and Daesh are one group") == ["isis", "isis"]


def test_coalition_and_kurdish_aliases():
    assert _ids("the US-led coalition said its aircraft hit the dam") == ["coalition"]
    assert _ids("the U.S.-led coalition said its planes hit the dam") == ["coalition"]  # AP style, with stops
    assert _ids("YPG fighters and Kurdish forces advanced") == ["sdf", "sdf"]
    assert _ids("fighters of Fatah al-Sham and Jaish al-Fath") == ["hts", "opposition-unspecified"]


def test_jihadists_are_the_jihadist_group_named_last_else_hts():
    assert _ids_cased("Dozens of IS jihadists died; the jihadists had attacked at dawn") == ["isis", "isis", "isis"]
    assert _ids("jihadists stormed an army post") == ["hts"]


def test_state_media_terrorist_wording_is_the_opposition_unless_a_group_is_named():
    assert _ids("a terrorist fired rockets at the bakery") == ["opposition-unspecified"]
    assert _ids_cased("an ISIS terrorist cell shelled the farms") == ["isis"]


def test_a_country_or_capital_after_a_preposition_is_a_place_not_a_party():
    assert _ids("the head of its aid programme in Turkey said") == []
    assert _ids("Turkey shelled the village") == ["turkey"]
    assert _ids("two shepherds died in regime air raids") == ["syrian-government"]


def test_a_capital_after_a_compass_phrase_is_a_place_not_a_party():
    # "south of", "east of": two-word locatives of place_prepositions.csv
    assert _ids("missiles were downed over the farms south of Damascus") == []
    assert _ids("a blast hit a market in a town east of Ankara") == []
    assert _ids("Damascus denied that its jets had struck the clinic") == ["syrian-government", "syrian-government"]


def test_a_capital_before_an_agency_is_a_dateline_not_a_party():
    assert _ids("MOSCOW (Sputnik) - a bomber blew himself up") == []
    assert _ids("Moscow said its jets struck the depot") == ["russia", "russia"]


def test_hedged_nationality_adjectives_name_both_air_forces():
    assert _ids("دُمّر المخبز بغارة جوية سورية أو روسية") == ["syrian-government", "russia"]


def test_force_noun_after_the_clitic_lam_keeps_its_adjective():
    assert _ids("تعرض المستوصف لغارة جوية روسية") == ["russia"]


def test_rebels_in_arabic_are_opposition_unspecified():
    assert _ids("قصف المتمردون حياً سكنياً") == ["opposition-unspecified"]


def test_an_attack_noun_with_a_nationality_adjective_names_the_attacker():
    for text, faction in (
        ("أدى القصف التركي على البلدة إلى دمار", "turkey"),
        ("ندد البيان بالعدوان الإسرائيلي على المطار", "israel"),
        ("استهدفت ضربة أمريكية مستودعاً", "coalition"),
        ("قالت إسرائيل إنها ضربت مواقع", "israel"),
    ):
        found = [f.faction for f in find_factions(TextView(text).flat)]
        assert faction in found, text
    assert bloc("israel") == "israel"


def test_a_possessive_without_its_apostrophe_still_names_the_faction():
    assert _ids("the Syrian armys tanks rolled into the hills") == ["syrian-government"]
    assert _ids("the regimes jets returned") == ["syrian-government"]


def test_the_organization_points_back_to_the_jihadist_group_not_the_sdf():
    assert _ids("هاجم داعش مواقع قوات سوريا الديمقراطية، ثم شن التنظيم هجوماً آخر") == ["isis", "sdf", "isis"]


def test_the_bare_coalition_is_the_us_led_coalition():
    assert _ids("وذكر المرصد أن التحالف استهدف بلدة على الحدود") == ["coalition"]


def test_a_hedged_nationality_still_names_the_attacker():
    assert _ids("ذكر سكان أن طائرات يعتقد أنها روسية قصفت المخبز") == ["russia"]


def test_a_possessive_alias_is_found_when_the_text_lost_its_apostrophes():
    assert _ids("Overnight Assad's air force bombed the market") == ["syrian-government"]
    assert _ids("Overnight Assads air force bombed the market") == ["syrian-government"]
    # no possessive: the president named before a force noun, as an adjective (nationality_adjectives.csv)
    assert _ids("Overnight Assad air force bombed the market") == ["syrian-government"]


def test_the_pkk_is_a_faction_of_the_kurdish_side():
    assert _ids("قصفت المدفعية التركية مخابئ لحزب العمال الكردستاني قرب جبل قنديل") == ["turkey", "pkk"]
    assert _ids("Turkish drones struck a pkk convoy") == ["turkey", "pkk"]
    assert bloc("pkk") == "sdf"


def test_no_clitic_before_a_force_noun_is_longer_than_the_search_reaches():
    """``find_factions`` tries the adjective pattern only up to NOUN_CLITIC_MAX characters before a force noun."""
    import itertools
    import re

    from timeline.factions import NOUN_CLITIC_MAX
    from timeline.lexregex import named_group
    from timeline.reference import default_reference

    clitic = named_group(default_reference().factions.adjective_pattern[0], "clitic")
    letters = "وفبلك "
    longest = max(
        n for n in range(1, 5) for chars in itertools.product(letters, repeat=n) if re.fullmatch(clitic, "".join(chars))
    )
    assert longest <= NOUN_CLITIC_MAX


def test_english_militias_fighting_for_the_government():
    # "pro-government militias" named no side: a clash with them had the YPG alone as its party
    assert _ids("the YPG fought pro-government militias and loyalist militiamen near Qamishli") == [
        "sdf",
        "syrian-government",
        "syrian-government",
    ]


def test_english_names_of_an_army_unit_and_of_kurdish_militants():
    # "an army unit killed …" and "a rocket attack by Kurdish militants" named no side
    assert _ids("an army unit and units of the army ambushed the convoy") == ["syrian-government", "syrian-government"]
    assert _ids("a mortar attack by Kurdish militants on the border post") == ["sdf"]


def test_the_united_states_is_the_coalition_but_not_in_a_dateline():
    """The US striking in Syria takes the nearest id; "<city>، <country> (CNN) --" opening a report is no party."""
    assert _ids("وشنت الولايات المتحدة ضربات على مستودعات للنظام") == ["coalition", "syrian-government"]
    assert _ids("واشنطن، الولايات المتحدة الأمريكية (CNN) -- قال مسؤول في النظام") == ["syrian-government"]


def test_these_forces_are_the_party_named_last():
    assert _ids("تقدمت قوات النظام نحو تل الصوان. وتمكنت هذه القوات أمس من دخول القرية") == [
        "syrian-government",
        "syrian-government",
    ]
    assert _ids("قصف الجيش التركي المنطقة، ثم سيطرت تلك القوات على التل") == ["turkey", "turkey"]


def test_jets_of_one_side_or_another_that_cannot_be_told_apart_name_both():
    assert _ids("وقصفت مقاتلات لم يتضح ما إذا كانت روسية أو سورية قرية معرزيتا") == ["russia", "syrian-government"]


def test_a_crafts_role_between_the_nationality_adjective_and_the_craft_keeps_the_side():
    # force_modifiers.csv: "reconnaissance", "surveillance", "combat" may stand between them
    assert _ids("fighters downed a Russian reconnaissance drone over the hills") == ["russia"]
    assert _ids("Turkish surveillance aircraft circled the village") == ["turkey"]
    assert _ids("a reconnaissance drone circled the village") == []


def test_armed_groups_beyond_the_north_west_in_arabic():
    """The groups of Ghouta, Aleppo, the Turkish-backed north, the Yarmouk basin and the north-east, as Arabic
    outlets name them."""
    assert _ids("اشتباكات بين جيش الإسلام وفيلق الرحمن في الغوطة") == ["opposition-unspecified"] * 2
    assert _ids("هاجمت حركة نور الدين زنكي مواقع لهيئة تحرير الشام") == ["opposition-unspecified", "hts"]
    assert _ids("قصف جيش خالد بن الوليد بلدة في حوض اليرموك") == ["isis"]
    assert _ids("اعتقلت قوات الأسايش شاباً في القامشلي") == ["sdf"]
    assert _ids("استهدفت القوات الأميركية مواقع للتنظيم") == ["coalition"]
    assert _ids("the IRGC and Hezbollah") == ["iran-backed-militias", "iran-backed-militias"]


def test_an_alias_in_capitals_inside_a_longer_alias_gives_way_to_it():
    """ "the US-led coalition" is one mention of the coalition, not "US" and the words after it (a side's section
    heading is read from its words: "Massacres attributed to the US-led coalition")."""
    view = TextView("Massacres attributed to the US-led coalition. US jets struck IS positions.")
    found = find_factions(view.flat, view.original, lambda i: i)
    assert [(m.faction, view.flat[m.start : m.end]) for m in found] == [
        ("coalition", "us-led coalition"),
        ("coalition", "us jets"),
        ("isis", "is"),
    ]


def test_extremists_are_the_jihadist_group_named_before_else_the_unnamed_armed_groups():
    """Wire copy calls IS "the extremists" once it has named it; state and Russian media call the armed groups so."""
    assert _ids("Islamic State militants pushed into Hasakeh. The extremists attacked two quarters.") == [
        "isis",
        "isis",
    ]
    assert _ids("The army said extremists shelled the city.") == ["syrian-government", "opposition-unspecified"]


def test_an_alias_after_the_article_that_runs_past_a_shorter_one_is_the_mention():
    """ "the Army of Conquest" is the alliance, not "the army" and the words after it."""
    assert _ids("the city fell to the Army of Conquest on Saturday") == ["opposition-unspecified"]
    assert _ids("the army shelled the town") == ["syrian-government"]


def test_a_one_word_alias_with_the_adjective_of_another_body_is_that_body():
    """ "الهيئة الطبية في البلدة" is a medical body, "الهيئة العامة للثورة" an activists' network: not HTS."""
    assert _ids("قالت الهيئة الطبية في البلدة إن شاباً قتل") == []
    assert _ids("هاجمت الهيئة مواقع النظام") == ["hts", "syrian-government"]
