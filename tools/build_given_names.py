"""Write ``transforms/given_names.py``: given names in Latin script, from Faker's person providers.

    pip install --target /tmp/faker faker          # a build-time source, not a run-time dependency
    PYTHONPATH=/tmp/faker python tools/build_given_names.py

Why: the entity recognizer types a capitalized name the catalog lacks as a person when its
first word is a given name ("Jonas Lindqvist", "Tariq Mensah"), which no context rule sees
in "a Jonas Lindqvist header". Faker (MIT licence) ships first-name lists for about 80
locales; the Latin-script ones are taken as they are, the romanized Japanese and Chinese
ones too, and the Russian and Ukrainian ones are romanized here the way English-language
news spells them ("Дмитрий" -> Dmitry, "Володимир" -> Volodymyr). Left out: names that are
also common English words or capitalized non-names in news ("Will", "May", "Hope",
"General", "China"), which would make "General Motors" or "China Daily" a person.
Idempotent: the same Faker version writes the same file.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "transforms" / "given_names.py"

LATIN_NAME = re.compile(r"[A-Z][a-z\u00df-\u00ff\u0101-\u017f]+(?:[-'][A-Z]?[a-z\u00df-\u00ff\u0101-\u017f]+)*")
ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
         "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")

# English words (and capitalized non-names) that some locale lists as a given name
NOT_NAMES = frozenset("""
Will May June April August Bill Mark Grant Hope Faith Joy Rose Summer Sky Young Long Hill Park
General Royal Golden Star Pearl Ruby Amber Crystal Dawn Eve Holly Ivy Iris Lily Daisy Violet Angel
Destiny Harmony Honor Honour Justice Liberty Miracle Precious Trinity Unique Chance Chase Cash Price Page
Glory King Prince Duke Earl Baron Marshal Sterling Rich Guy Art Ray Frank Gene Carol China India
Israel Jordan Georgia Kenya Chad Paris London Berlin Sydney Austin Houston Dallas Phoenix Denver
Lincoln Orlando Florence Victoria Chelsea Madison Brooklyn Memphis Aurora Savannah Dakota Cleveland
Jackson Washington Kent Devon Cornwall Essex Brittany Normandy Lorraine Asia Africa America Europe
China Egypt Cuba Peru Jamaica Ireland Scotland Wales Holland Germany France Italy Spain Russia
Christian Muslim Catholic Major Judge Bishop Deacon Pastor Saint Sunday Monday Tuesday Wednesday
Thursday Friday Saturday January February March July September October November December Christmas
Easter Noel Santa Smith Brown Green Gray Grey White Black Stone Wood Woods Field Fields River
Rivers Lake Forest Ocean Storm Rain Snow Winter Autumn Spring Fall Day Night Morning Noon Sun Moon
Cloud Heaven Haven Bay Reed Rush Shore Cliff Heath Moor Wells Worth Law Rule Poll Vote Lord Lady
Miss Madam Sir Dame Don
Top Best Love Lovely Sweet Honey Candy Sugar Cherry Apple Berry Olive Ginger Pepper Basil Sage
Jazz Blues Rock Soul Melody Lyric Story Echo Legend Hero Champion Victor Victory Triumph Ace
Sunny Happy Merry Lucky Gift Treasure Bliss Serenity Mercy Charity Verity Temperance Modesty
Peace Unity Promise Wisdom Laurel Myrtle Willow Poppy Magnolia Clover Fern Flora Fauna
Gold Silver Diamond Jade Onyx Opal Coral Jewel Gem Emerald Sapphire Topaz Garnet Beryl
""".split())

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "",
}


def romanize(name: str, ukrainian: bool) -> str:
    """Russian or Ukrainian given name in news spelling: "Дмитрий" -> "Dmitry",
    "Олександр" -> "Oleksandr" (Ukrainian "и" is "y", "г" is "h")."""
    low = name.lower()
    low = re.sub("ий$", "y", low)  # Dmitry, Yury
    table = dict(_CYRILLIC)
    if ukrainian:
        table.update({"и": "y", "г": "h"})
    out = "".join(table.get(ch, ch) for ch in low)
    return out[:1].upper() + out[1:]


def names_from_faker() -> tuple[set[str], dict[str, set[str]]]:
    """All given names, and per gender ("male", "female") the names some locale lists as such."""
    import faker.providers.person as person

    out: set[str] = set()
    by_gender: dict[str, set[str]] = {"male": set(), "female": set()}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        names: set[str] = set()
        gendered: dict[str, set[str]] = {"male": set(), "female": set()}
        for attr in ATTRS:
            for klass in provider.__mro__:
                value = klass.__dict__.get(attr)
                if isinstance(value, (list, tuple, set, frozenset, dict)):
                    names.update(value)
                    for gender in gendered:
                        if attr.endswith("_" + gender):
                            gendered[gender].update(value)
                    break
        if module.name in ("ru_RU", "uk_UA"):
            names = {romanize(n, module.name == "uk_UA") for n in names if n.isalpha()}
            gendered = {g: {romanize(n, module.name == "uk_UA") for n in v if n.isalpha()} for g, v in gendered.items()}
        out.update(n for n in names if LATIN_NAME.fullmatch(n) and len(n) >= 3)
        for gender, found in gendered.items():
            by_gender[gender].update(n for n in found if LATIN_NAME.fullmatch(n) and len(n) >= 3)
    return out, by_gender


def _wrapped(names: list[str]) -> str:
    lines = []
    line = ""
    for name in names:
        if len(line) + len(name) + 1 > 100:
            lines.append(line)
            line = ""
        line = f"{line} {name}" if line else name
    lines.append(line)
    return "\n".join(lines)


def main() -> None:
    all_names, by_gender = names_from_faker()
    names = sorted(all_names - NOT_NAMES)
    # a name some locale gives to men and another to women ("Andrea", "Jean") has no gender here
    male = sorted((by_gender["male"] - by_gender["female"]) & set(names))
    female = sorted((by_gender["female"] - by_gender["male"]) & set(names))
    OUT.write_text(
        '"""Given names in Latin script (written by ``tools/build_given_names.py`` from Faker\'s\n'
        "person providers, MIT licence; do not edit by hand).\n\n"
        "Why: a capitalized name the catalog lacks is typed as a person when its first word is a\n"
        'given name ("Jonas Lindqvist"), where no title, speech verb or apposition says so; and a\n'
        "pronoun goes to a compatible person only (\"she said\" is not Arthur Butterfield): the names\n"
        'every locale that lists them gives to one gender are in MALE_NAMES / FEMALE_NAMES.\n"""\n\n'
        f'GIVEN_NAMES: frozenset[str] = frozenset("""\n{_wrapped(names)}\n""".split())\n\n'
        f'MALE_NAMES: frozenset[str] = frozenset("""\n{_wrapped(male)}\n""".split())\n\n'
        f'FEMALE_NAMES: frozenset[str] = frozenset("""\n{_wrapped(female)}\n""".split())\n',
        encoding="utf-8",
    )
    print(f"{len(names)} names ({len(male)} male, {len(female)} female) -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
