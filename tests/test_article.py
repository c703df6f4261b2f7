from timeline.article import Article


def test_body_blanks_noise_but_keeps_offsets():
    text = "+A\nحجم الخط\n-A\nقصفت قوات النظام بلدة"
    noise_end = text.index("قصفت")
    art = Article(key="x", text=text, noise=((0, noise_end),))
    assert len(art.body) == len(text)
    assert art.body[noise_end:] == text[noise_end:]
    assert art.body[:noise_end].strip() == ""
    assert art.body.count("\n") == text.count("\n")


def test_metadata_dict_has_contract_keys():
    meta = Article(key="012", text="t").metadata_dict()
    assert {"key", "published", "published_from", "title", "source", "url", "language"} <= set(meta)
    assert meta["published"] is None
