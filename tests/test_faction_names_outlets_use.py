"""Sides as outlets name them, in Arabic and English: the Syrian National Army's factions, the government's elite
units and allies, contractors and foreign militias, and a name holding another side's adjective and noun ("the Free
Syrian Army" is no "Syrian army"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from timeline.reading import read_report


def _sides(text: str) -> list[str]:
    return [f.faction for f in read_report(text).factions]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Free Syrian Army shelled government positions near the town.", "fsa"),
        ("Fighters of the Free Syrian Army repelled an attack on the village.", "fsa"),
        ("Turkish-backed Free Syrian Army fighters entered the town on Sunday.", "fsa"),
        ("وأدى قصف الجيش السوري الحر على مواقع القوات الحكومية إلى مقتل عنصرين.", "fsa"),
        ("وقصفت فرقة الحمزات قرى في ريف عفرين.", "opposition-unspecified"),
        ("اندلعت اشتباكات بين فرقة المعتصم وعناصر قسد.", "opposition-unspecified"),
        ("وقال جيش إدلب الحر إن مقاتليه صدوا الهجوم.", "fsa"),
        ("وأعلنت فصائل الجبهة الجنوبية السيطرة على حاجز في درعا.", "fsa"),
        ("Southern Front rebels stormed a checkpoint in Daraa.", "fsa"),
        ("Jaish al-Nasr fighters fired missiles at an army tank.", "nfl"),
        ("Jaish Khalid bin al-Walid fighters attacked a village in the Yarmouk basin.", "isis"),
        ("وقصفت قوات الحرس الجمهوري أحياء المدينة بالمدفعية.", "syrian-government"),
        ("وشارك عناصر من مجموعة فاغنر في الهجوم على حقل النفط.", "russia"),
        ("Wagner contractors led the assault on the gas field.", "russia"),
        ("وانتشرت الشرطة العسكرية الروسية في البلدة.", "russia"),
        ("وقصف الحشد الشعبي العراقي مواقع التنظيم قرب الحدود.", "iran-backed-militias"),
        ("The Popular Mobilization Forces shelled positions across the border.", "iran-backed-militias"),
        ("Government loyalists stormed the village at dawn.", "syrian-government"),
        ("The SAA retook the hill after heavy fighting.", "syrian-government"),
        ("Shiite militias attacked rebel positions south of the city.", "iran-backed-militias"),
        ("Afghan fighters led the assault on the village.", "iran-backed-militias"),
        ("وشارك المقاتلون الأفغان في الهجوم على القرية.", "iran-backed-militias"),
        ("وقصفت الميليشيات الشيعية أطراف البلدة.", "iran-backed-militias"),
        ("Al-Qaeda-linked militants attacked an army checkpoint.", "hts"),
        ("وقصف الطيران الأميركي مواقع التنظيم قرب البلدة.", "coalition"),
        ("قتل شاب برصاص حرس الحدود التركي أثناء عبوره الحدود قرب بلدة خربة الجوز.", "turkey"),
        ("قتل شاب برصاص الجندرما قرب الحدود.", "turkey"),
        ("Turkish border guards shot dead a man trying to cross near Khirbet al-Joz.", "turkey"),
        ("A man was killed by government sniper fire in the besieged quarter.", "syrian-government"),
        ("A Russian sniper shot a man near the front line.", "russia"),
    ],
)
def test_a_side_named_as_outlets_name_it(text, side):
    assert side in _sides(text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Syrian army shelled the town on Monday.", "syrian-government"),
        ("وقصفت قوات الجيش السوري مواقع الفصائل.", "syrian-government"),
    ],
)
def test_the_army_named_alone_stays_the_governments(text, side):
    assert _sides(text)[0] == side


def test_a_battles_southern_front_is_no_side():
    assert "fsa" not in _sides("وتدور اشتباكات عنيفة على الجبهة الجنوبية لمدينة حلب.")
