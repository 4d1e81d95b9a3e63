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
