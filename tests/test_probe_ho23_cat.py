"""Arabic incident catalogues and investigations of documentation groups (texts written for these tests in the ways
such groups lay out an entry; no corpus text): field blocks carrying a field the labels do not know."""

from __future__ import annotations

import pytest
from probe_table import assert_probe

# Field blocks under numbered titles, each with one bold field the labels do not know between the known ones: the
# block goes on past it, so each block is still one incident with its own day, place and side.
BLOCKS = """# سجل الهجمات على الأسواق في ريف حلب الغربي (2017)

## السجل

### ١. الأتارب – السوق المسقوف

- **التاريخ:** الأحد ٥ شباط ٢٠١٧
- **الموقع:** السوق المسقوف، مدينة الأتارب
- **{label}:** صاروخان سقطا وسط المحال
- **الجهة المسؤولة:** الطيران الروسي
- **الضحايا:** ٧ قتلى بحسب الدفاع المدني

### ٢. دارة عزة – ساحة البلدة

- **التاريخ:** ١٣ آذار ٢٠١٧
- **الموقع:** ساحة بلدة دارة عزة
- **{label}:** قذائف مدفعية
- **الجهة المسؤولة:** قوات النظام
- **الضحايا:** ٣ قتلى بحسب ناشطين

### ٣. كفرناها – الطريق العام

- **التاريخ:** ٢٢ نيسان ٢٠١٧
- **الموقع:** الطريق العام قرب قرية كفرناها
- **{label}:** عبوة ناسفة
- **الجهة المسؤولة:** غير معروفة
- **الضحايا:** قتيلان بحسب مصادر محلية
"""


@pytest.mark.parametrize("label", ["الوسيلة", "الرابط", "ملاحظات الفريق", "طريقة التحقق"])
def test_a_bold_field_the_labels_do_not_know_does_not_end_the_block(label):
    assert_probe(
        "2017-06-01",
        "مجموعة توثيق",
        BLOCKS.format(label=label),
        [
            ("2017-02-05", "الأتارب", ("russia",), 7, None, None),
            ("2017-03-13", "دارة عزة", ("syrian-government",), 3, None, None),
            ("2017-04-22", "كفرناها", (), 2, None, None),
        ],
    )
