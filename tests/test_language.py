"""Language identification: the model ships in the wheel, and a news paragraph is enough.

The snippets are news-style paragraphs written for this test (not copied from any
outlet), each in the language of its key.
"""

from __future__ import annotations

import pytest

from transforms.language import MIN_CHARS, SAMPLE_CHARS, detect_language

SNIPPETS = {
    "de": "BERLIN (dpa) - Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes mehrere tausend Soldaten "
          "nach Russland geschickt. Die Truppen sollen zunächst in der Region Kursk eingesetzt werden, teilte der "
          "Dienst am Mittwoch in Seoul mit. Die Bundesregierung zeigte sich besorgt.",
    "fr": "PARIS (AFP) - La Corée du Nord a envoyé plusieurs milliers de soldats en Russie, selon les services de "
          "renseignement sud-coréens. Les troupes seraient déployées dans la région de Koursk, a indiqué mercredi "
          "l'agence à Séoul.",
    "es": "MADRID (EFE) - Corea del Norte ha enviado varios miles de soldados a Rusia, según los servicios de "
          "inteligencia de Corea del Sur. Las tropas estarían desplegadas en la región de Kursk, informó el "
          "miércoles la agencia en Seúl.",
    "ru": "МОСКВА - Северная Корея направила в Россию несколько тысяч военнослужащих, сообщила в среду "
          "южнокорейская разведка. По данным ведомства, войска будут размещены в Курской области.",
    "ko": "서울 - 국가정보원은 북한이 러시아에 수천 명의 병력을 파병했다고 수요일 밝혔다. 국정원에 따르면 이들 병력은 "
          "쿠르스크 지역에 배치될 예정이다. 정부는 강한 유감을 표명했다.",
    "it": "ROMA (ANSA) - La Corea del Nord ha inviato diverse migliaia di soldati in Russia, secondo l'intelligence "
          "sudcoreana. Le truppe sarebbero schierate nella regione di Kursk, ha riferito mercoledì l'agenzia a Seul.",
    "uk": "КИЇВ - Північна Корея направила до Росії кілька тисяч військових, повідомила в середу південнокорейська "
          "розвідка. За даними відомства, війська будуть розміщені в Курській області.",
    "pt": "LISBOA (Lusa) - A Coreia do Norte enviou vários milhares de soldados para a Rússia, segundo os serviços "
          "de informação sul-coreanos. As tropas estariam destacadas na região de Kursk, informou a agência.",
    "nl": "DEN HAAG (ANP) - Noord-Korea heeft volgens de Zuid-Koreaanse inlichtingendienst enkele duizenden "
          "soldaten naar Rusland gestuurd. De troepen zouden in de regio Koersk worden ingezet, meldde de dienst.",
    "en": "SEOUL (Reuters) - North Korea has sent several thousand troops to Russia, South Korea's spy agency said "
          "on Wednesday, adding that the soldiers were expected to be deployed to the Kursk region.",
}


@pytest.mark.parametrize("code", sorted(SNIPPETS))
def test_news_paragraphs_are_identified(code: str) -> None:
    assert detect_language(SNIPPETS[code]) == code


def test_only_the_opening_is_read_and_too_little_text_is_unknown() -> None:
    english = SNIPPETS["en"]
    assert len(english) < SAMPLE_CHARS + 100
    # a long German tail past the sample does not change the verdict on an English opening
    assert detect_language(english + " " * 200 + SNIPPETS["de"] * 5) == "en"
    assert detect_language("Kim said so.") is None
    assert detect_language("x" * (MIN_CHARS - 1)) is None


def test_script_decides_japanese_chinese_korean_and_thai() -> None:
    # mostly kanji, a few kana: the classifier alone calls such a text Chinese
    kanji_heavy = "\u653f\u5e9c\u306f\u6c34\u66dc\u65e5\u3001\u65b0\u7d4c\u6e08\u5bfe\u7b56\u3092\u95a3\u8b70" \
                  "\u6c7a\u5b9a\u3057\u305f\u3002\u7dcf\u4e8b\u696d\u898f\u6a21\u306f\u7d04\u4e8c\u5341\u5146" \
                  "\u5186\u3067\u3001\u7269\u4fa1\u9ad8\u5bfe\u7b56\u3084\u8cc3\u4e0a\u3052\u652f\u63f4\u3092" \
                  "\u67f1\u3068\u3059\u308b\u3002"
    assert detect_language(kanji_heavy) == "ja"
    chinese = "\u56fd\u52a1\u9662\u5468\u4e09\u53ec\u5f00\u5e38\u52a1\u4f1a\u8bae\uff0c\u90e8\u7f72\u8fdb\u4e00" \
              "\u6b65\u7a33\u5b9a\u7ecf\u6d4e\u589e\u957f\u7684\u653f\u7b56\u63aa\u65bd\uff0c\u5305\u62ec\u6269" \
              "\u5927\u6709\u6548\u6295\u8d44\u548c\u4fc3\u8fdb\u6d88\u8d39\u3002"
    assert detect_language(chinese) == "zh"
    assert detect_language("Tokyo (Kyodo) - " + kanji_heavy) == "ja"
    assert detect_language("\u0e23\u0e31\u0e10\u0e1a\u0e32\u0e25\u0e44\u0e17\u0e22\u0e1b\u0e23\u0e30\u0e01\u0e32"
                           "\u0e28\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e43\u0e2b\u0e21\u0e48\u0e40\u0e1e"
                           "\u0e37\u0e48\u0e2d\u0e01\u0e23\u0e30\u0e15\u0e38\u0e49\u0e19\u0e40\u0e28\u0e23\u0e29"
                           "\u0e10\u0e01\u0e34\u0e08") == "th"
