"""News outlets and agencies: in a figure's sentence they relay claims, they do not make them.

"ATHENS (Reuters) - ..., the fire service said": Reuters is the dateline's credit, never the
fire service. "..., the ministry told Reuters", "Yonhap reported, citing prosecutors": the
outlet is the conduit (``attributed_via``), the ministry or the prosecutors the claimant.
"""

from __future__ import annotations

import re

MEDIA_NAMES = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Yonhap", "Yonhap news agency",
    "Bloomberg", "Bloomberg News", "dpa", "Kyodo", "Kyodo News", "Xinhua", "Interfax", "TASS", "RIA Novosti",
    "CNN", "BBC", "CNBC", "Dow Jones", "Nikkei", "Financial Times", "Wall Street Journal", "New York Times",
    "Washington Post", "Guardian", "Al Jazeera", "Anadolu", "PTI", "ANI", "Bernama", "Antara", "NHK", "KCNA",
    "RTTNews", "MarketWatch", "Politico", "Axios", "Nikkei Asia", "South China Morning Post", "Le Monde",
    "Der Spiegel", "Ukrinform", "Ukrainska Pravda", "Meduza", "Korea JoongAng Daily", "Korea Herald",
)
MEDIA_RE = re.compile(r"^(?:the\s+)?(?:" + "|".join(sorted((re.escape(n) for n in MEDIA_NAMES), key=len,
                                                           reverse=True)) + r")\b")


def is_media(name: str | None) -> bool:
    return bool(name) and bool(MEDIA_RE.match(name))
