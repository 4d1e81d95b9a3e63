"""Give a lean test page the markup volume of a real news site, around the same article.

The extraction gold pages and the sample mirror pages carry every *kind* of clutter
(navigation, cookie banner, related links, comments, share bar, paywall teaser) but
little of its *volume*: 3-21 KB and one to two hundred elements, where a news
site's article page is 150-800 KB with two to four thousand elements (mega-menus,
story grids, footers of link columns, inline configuration scripts, icons, ad
slots). trafilatura's cost grows with the element count, so on the lean pages it
runs at 250-400 pages a second, while on real news pages here it manages 30-40 (the
developers' guide, measured on this machine). The speed benchmarks report both:
the lean pages as they are, and each page wrapped by :func:`full_weight`.

:func:`full_weight` leaves the page's own ``<head>`` metadata and its article markup
untouched and adds, deterministically from ``seed``, the chrome of a typical news
site around them. All text is generated from a small neutral vocabulary. The volume
was set so that plain trafilatura runs at the guide's 30-40 pages a second on the
wrapped pages (``python benchmarks/page_weight.py`` prints sizes, element counts and
that rate), and ``benchmarks/eval_extraction.py --full-weight`` checks that the
article still comes out of the wrapped pages intact.

Two unrelated site templates are used, chosen by the parity of ``seed``, so that an
extractor tuned on one kind of markup is checked on the other:

* even seeds, template A: ``<header>``/``<nav>`` mega-menu whose panels hold
  ``<article>`` teaser cards (image, kicker, headline and summary all inside one
  link, ``<time datetime>`` inside the link), a breaking ticker, then the page's
  article, then a "most read" ``<aside>``, ad slots, a grid of ``<article>`` cards,
  a newsletter form, a comments ``<section>``, a ``<footer>`` of link columns and
  a consent dialog;
* odd seeds, template B: no semantic sectioning at all (``<div>`` everywhere): a
  top bar printing the edition date, a mega-menu whose featured teasers are
  ``<div>`` promos with only the headline linked (summary and a ``<span>`` date
  outside the link), a breaking bar of links, a "most read" rail of ``<li>``
  teasers *before* the article, then the article, then ``<li>`` story teasers
  (some with ``<time>`` outside the link, some with a printed date), a "trending"
  strip, a sign-up box, a discussion thread with printed dates, footer link groups
  in a ``<div>`` and a privacy overlay.

Template B carries more text outside links, which costs trafilatura more per element,
so it has fewer elements (about 700 against 1000); both run at about 34-36 pages a
second here. The rate is taken after one untimed warm-up extraction: the first
justext fallback in a process loads its stop lists (0.17 s), which the one-template
version of this script counted in (it printed 33-34 pages a second for template A
alone, 36-37 without that load).
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SECTIONS = ["World", "Politics", "Business", "Markets", "Technology", "Science", "Health", "Climate", "Sport",
            "Culture", "Opinion", "Travel"]
WORDS = ("council budget river harbour festival museum school railway bridge election tariff market storm drought "
         "harvest vaccine hospital court appeal league final stadium airport summit treaty port reactor satellite "
         "garden library district mayor union strike fund bank rate index export import coast valley village "
         "parliament minister committee report survey study trial season record ferry tunnel highway").split()
VERBS = "opens closes delays approves rejects expands cuts raises wins loses plans reviews reports warns".split()


def _headline(rng: random.Random) -> str:
    w = rng.sample(WORDS, 4)
    return f"{w[0].capitalize()} {w[1]} {rng.choice(VERBS)} {w[2]} {w[3]} plan"


def _sentence(rng: random.Random, n: int = 18) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _icon(rng: random.Random) -> str:
    points = " ".join(f"{rng.randint(0, 24)},{rng.randint(0, 24)}" for _ in range(12))
    return (f'<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M{points} Z" '
            f'fill="currentColor"/></svg>')


def _teaser(rng: random.Random, section: str, k: int) -> str:
    slug = "-".join(_headline(rng).lower().split())
    return (f'<article class="card card--{k % 3}" data-position="{k}"><a class="card__link" '
            f'href="/{section.lower()}/{slug}-{rng.randint(10**6, 10**7)}">'
            f'<figure class="card__media"><picture><source type="image/webp" '
            f'srcset="/img/{slug}-480.webp 480w, /img/{slug}-960.webp 960w"><img src="/img/{slug}-480.jpg" '
            f'alt="" loading="lazy" width="480" height="270"></picture></figure>'
            f'<div class="card__body"><span class="card__kicker">{section}</span><h3 class="card__title">'
            f'{_headline(rng)}</h3><p class="card__summary">{_sentence(rng, 14)}</p>'
            f'<time class="card__time" datetime="2024-11-0{k % 9 + 1}T0{k % 9}:00:00Z">{k % 23 + 1} hours ago</time>'
            f'</div></a></article>')


def _head_extra(rng: random.Random) -> str:
    css = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{rng.randrange(16**6):06x}}}" for i in range(900))
    config = ",".join(f'"k{i}":{{"id":{rng.randint(1, 10**6)},"on":{str(i % 2 == 0).lower()},"v":"{rng.choice(WORDS)}"}}'
                      for i in range(700))
    return ("".join(f'<link rel="preload" href="/static/chunk-{i}.js" as="script">' for i in range(20))
            + "".join(f'<meta name="x-{i}" content="{rng.choice(WORDS)}">' for i in range(12))
            + f"<style>{css}</style>"
            + f'<script>window.__CONFIG__={{{config}}};</script>'
            + "".join(f'<script async src="/static/vendor-{i}.js"></script>' for i in range(8)))


def _header(rng: random.Random) -> str:
    menu = []
    for s in SECTIONS:
        links = "".join(f'<li><a href="/{s.lower()}/{w}">{w.capitalize()}</a></li>'
                        for w in rng.sample(WORDS, 10))
        feats = _teaser(rng, s, 0)
        menu.append(f'<li class="nav__item"><a class="nav__top" href="/{s.lower()}">{s}</a>'
                    f'<div class="nav__panel"><ul class="nav__links">{links}</ul>'
                    f'<div class="nav__featured">{feats}</div></div></li>')
    ticker = "".join(f'<li><a href="/live/{k}">{_headline(rng)}</a></li>' for k in range(8))
    top = "".join(f'<a href="/{w}">{w.capitalize()}</a>' for w in rng.sample(WORDS, 8))
    return (f'<a class="skip" href="#main">Skip to content</a><div class="topbar">{top}'
            f'<span class="weather">{rng.randint(-5, 30)}°C</span></div>'
            f'<header class="masthead"><a class="logo" href="/">{_icon(rng)}<span>The Daily</span></a>'
            f'<form class="search" action="/search"><input type="search" name="q" placeholder="Search">'
            f'<button type="submit">{_icon(rng)}</button></form><button class="login">Sign in</button>'
            f'<nav class="nav" aria-label="Sections"><ul>{"".join(menu)}</ul></nav>'
            f'<div class="ticker"><span>Breaking</span><ul>{ticker}</ul></div></header>')


def _footer(rng: random.Random) -> str:
    most_read = "".join(f'<li><span class="rank">{k + 1}</span><a href="/story/{k}">{_headline(rng)}</a></li>'
                        for k in range(10))
    grid = "".join(_teaser(rng, rng.choice(SECTIONS), k) for k in range(6))
    comments = "".join(
        f'<div class="comment" id="c{k}"><div class="comment__meta"><span class="comment__author">reader{k}</span>'
        f'<time>{k + 1} hours ago</time></div><p class="comment__text">{_sentence(rng, 22)}</p>'
        f'<div class="comment__actions"><button>Reply</button><button>Like ({k})</button><button>Report</button>'
        f'</div></div>' for k in range(8))
    columns = "".join(
        f'<div class="footer__col"><h4>{s}</h4><ul>'
        + "".join(f'<li><a href="/{s.lower()}/{w}">{w.capitalize()}</a></li>' for w in rng.sample(WORDS, 12))
        + "</ul></div>" for s in SECTIONS[:6])
    social = "".join(f'<a class="social" href="https://social{k}.example/thedaily">{_icon(rng)}</a>' for k in range(8))
    ads = "".join(f'<div class="ad-slot" id="ad-{k}" data-size="300x250" data-slot="/1234/news/{k}">'
                  f'<iframe title="advertisement" src="about:blank" width="300" height="250"></iframe></div>'
                  for k in range(8))
    pixels = "".join(f'<img src="/px/{k}.gif" width="1" height="1" alt="">' for k in range(8))
    return (f'<aside class="most-read"><h2>Most read</h2><ol>{most_read}</ol></aside>{ads}'
            f'<section class="more-stories"><h2>More stories</h2><div class="grid">{grid}</div></section>'
            f'<section class="newsletter"><h2>Get the morning briefing</h2><form><input type="email" '
            f'placeholder="Email address"><button>Sign up</button></form></section>'
            f'<section class="comments" id="comments"><h2>Comments (8)</h2>{comments}</section>'
            f'<footer class="site-footer"><div class="footer__cols">{columns}</div><div class="footer__social">'
            f'{social}</div><p class="legal">{_sentence(rng, 30)}</p></footer>'
            f'<div class="consent" role="dialog"><p>{_sentence(rng, 25)}</p><button>Accept all</button>'
            f'<button>Manage choices</button></div><noscript>{pixels}</noscript>'
            + "".join(f'<script src="/static/app-{k}.js" defer></script>' for k in range(10)))


# Template B: another CMS, another front-end team. Same kinds of chrome, unrelated markup.

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _printed_date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    if rng.random() < 0.5:
        return f"{day} {_MONTH_NAMES[month - 1]} 2024"
    return f"{_MONTH_NAMES[month - 1][:3]} {day}, 2024"


def _promo(rng: random.Random, section: str, k: int) -> str:
    """A teaser whose headline alone is linked; image, summary and date sit beside the link."""
    slug = "-".join(_headline(rng).lower().split())
    href = f"/{section.lower()}/{rng.randint(10**5, 10**6)}/{slug}"
    date = (f'<span class="date">{_printed_date(rng)}</span>' if k % 2 == 0 else
            f'<time datetime="2024-10-{k % 28 + 1:02d}T1{k % 10}:30:00+01:00">{k % 50 + 2} min read</time>')
    return (f'<div class="promo promo-{k % 4}"><div class="promo-image"><a href="{href}" tabindex="-1">'
            f'<img src="/media/{slug}.jpg" srcset="/media/{slug}-320.jpg 320w, /media/{slug}-640.jpg 640w" '
            f'alt="{_headline(rng)}" width="320" height="180"></a></div><div class="promo-text">'
            f'<div class="promo-label">{section}</div><h3 class="promo-heading"><a href="{href}">'
            f'{_headline(rng)}</a></h3><p class="promo-summary">{_sentence(rng, 14)}</p>'
            f'<div class="promo-meta">{date}</div></div></div>')


def _head_extra_b(rng: random.Random) -> str:
    css = "".join(f"#m{i} .x{i % 40}{{font-size:{10 + i % 9}px;border-top:{i % 3}px solid "
                  f"#{rng.randrange(16**6):06x}}}" for i in range(500))
    state = ",".join(f'{{"slot":"{rng.choice(WORDS)}-{i}","targeting":{{"pos":{i % 9},"kw":"{rng.choice(WORDS)}"}}}}'
                     for i in range(500))
    return ("".join(f'<link rel="prefetch" href="/assets/{rng.randrange(16**8):08x}.js">' for i in range(16))
            + "".join(f'<meta property="fb:x{i}" content="{rng.randint(1, 10**9)}">' for i in range(10))
            + f"<style>{css}</style>"
            + f'<script type="application/json" id="page-state">{{"ads":[{state}]}}</script>'
            + "".join(f'<script defer src="/assets/lib{i}.min.js"></script>' for i in range(6)))


def _header_b(rng: random.Random) -> str:
    day = rng.randint(1, 28)
    edition = f"{_DAYS[day % 7]}, {day} {_MONTH_NAMES[rng.randint(0, 11)]} 2024"
    menu = []
    for k, s in enumerate(SECTIONS):
        links = "".join(f'<a class="menu-link" href="/{s.lower()}/{w}">{w.capitalize()}</a>'
                        for w in rng.sample(WORDS, 5))
        menu.append(f'<div class="menu-group"><a class="menu-title" href="/{s.lower()}">{s}</a>'
                    f'<div class="menu-drop"><div class="menu-cols">{links}</div>'
                    f'<div class="menu-promo">{_promo(rng, s, k)}</div></div></div>')
    breaking = "".join(f'<a class="alert-item" href="/news/{rng.randint(10**5, 10**6)}">{_headline(rng)}</a>'
                       for _ in range(6))
    rail = "".join(
        f'<li class="popular-item"><span class="popular-num">{k + 1}</span><a href="/news/{rng.randint(10**5, 10**6)}">'
        f'{_headline(rng)}</a><span class="date">{_printed_date(rng)}</span></li>' for k in range(8))
    return (f'<div id="util-bar"><span class="today">{edition}</span>'
            + "".join(f'<a href="/{w}">{w.capitalize()}</a>' for w in rng.sample(WORDS, 6))
            + f'<span class="temp">{rng.randint(20, 90)}°F</span></div>'
            f'<div id="brand-row"><a id="brand" href="/">{_icon(rng)}<b>Morning Courant</b></a>'
            f'<div class="find"><input type="text" name="s" placeholder="Find a story"><a href="/search">'
            f'{_icon(rng)}</a></div><a class="account" href="/account">My account</a></div>'
            f'<div id="menu-bar">{"".join(menu)}</div>'
            f'<div class="alert-bar"><strong>Live</strong>{breaking}</div>'
            f'<div id="popular-rail"><div class="rail-title">Popular right now</div><ol>{rail}</ol></div>')


def _footer_b(rng: random.Random) -> str:
    stories = []
    for k in range(5):
        s = rng.choice(SECTIONS)
        slug = "-".join(_headline(rng).lower().split())
        stamp = (f'<time datetime="2024-09-{k + 10}T08:00:00Z">{k + 1}d</time>' if k % 2 else
                 f'<span class="date">{_printed_date(rng)}</span>')
        stories.append(f'<li class="story-item"><a class="story-thumb" href="/{s.lower()}/{slug}">'
                       f'<img src="/t/{slug}.jpg" alt="" width="160" height="90"></a><div class="story-info">'
                       f'<h3><a href="/{s.lower()}/{slug}">{_headline(rng)}</a></h3><p>{_sentence(rng, 14)}</p>'
                       f'{stamp}</div></li>')
    trending = "".join(f'<li><a href="/topic/{w}">#{w}</a></li>' for w in rng.sample(WORDS, 8))
    thread = "".join(
        f'<li class="post-reply"><div class="reply-head"><b>{rng.choice(WORDS)}_{k}</b> '
        f'<span class="date">{_printed_date(rng)}</span></div><div class="reply-text">{_sentence(rng, 22)}</div>'
        f'<div class="reply-tools"><a href="#r{k}">Reply</a> <a href="#v{k}">Vote ({k})</a></div></li>'
        for k in range(5))
    groups = "".join(
        f'<div class="links-group"><div class="links-title">{s}</div>'
        + "".join(f'<a href="/{s.lower()}/{w}">{w.capitalize()}</a>' for w in rng.sample(WORDS, 8))
        + "</div>" for s in SECTIONS[6:])
    follow = "".join(f'<a class="follow" href="https://net{k}.example/courant">{_icon(rng)}</a>' for k in range(8))
    ads = "".join(f'<div class="adunit" data-ad-pos="{k}"><div class="adunit-label">Advertisement</div>'
                  f'<div id="gpt-{k}"><iframe src="about:blank" width="728" height="90"></iframe></div></div>'
                  for k in range(8))
    beacons = "".join(f'<img src="/b/{k}.png" width="1" height="1" alt="">' for k in range(8))
    return (f'{ads[:len(ads) // 2]}<div class="latest"><div class="block-title">Latest stories</div>'
            f'<ul class="story-list">{"".join(stories)}</ul></div>{ads[len(ads) // 2:]}'
            f'<div class="trending"><div class="block-title">Trending</div><ul>{trending}</ul></div>'
            f'<div class="signup"><div class="block-title">The 6am brief</div><p>{_sentence(rng, 12)}</p>'
            f'<input type="text" name="mail" placeholder="you@example.com"><a class="btn" href="/signup">Join</a></div>'
            f'<div id="discussion"><div class="block-title">Join the conversation</div><ul>{thread}</ul></div>'
            f'<div id="foot"><div class="foot-links">{groups}</div><div class="foot-follow">{follow}</div>'
            f'<div class="small-print">{_sentence(rng, 30)}</div></div>'
            f'<div id="privacy-overlay" aria-modal="true"><div class="overlay-text">{_sentence(rng, 25)}</div>'
            f'<a href="#ok">I agree</a> <a href="#prefs">Options</a></div><div class="beacons">{beacons}</div>'
            + "".join(f'<script src="/assets/bundle-{k}.js" async></script>' for k in range(10)))


_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_BODY_START = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def full_weight(html: str, seed: int) -> str:
    """``html`` with a news site's chrome added after its ``<head>`` content, at the start of
    its ``<body>`` and before ``</body>``; the page's own markup is kept as it is. Even
    seeds use template A, odd seeds template B (see the module docstring)."""
    rng = random.Random(seed)
    if seed % 2 == 0:
        head, header, footer = _head_extra(rng), _header(rng), _footer(rng)
    else:
        head, header, footer = _head_extra_b(rng), _header_b(rng), _footer_b(rng)
    m = _HEAD_END.search(html)
    html = html[:m.start()] + head + html[m.start():] if m else head + html
    m = _BODY_START.search(html)
    html = html[:m.end()] + header + html[m.end():] if m else header + html
    m = _BODY_END.search(html)
    return html[:m.start()] + footer + html[m.start():] if m else html + footer


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import trafilatura
    from lxml import html as lxml_html

    from benchmarks.bench_extract import load_pages

    pages = load_pages(1)
    heavy = [(url, full_weight(page, i)) for i, (url, page) in enumerate(pages)]
    # Untimed warm-up: the first justext fallback loads its stop lists (~0.17 s once per process).
    trafilatura.extract(heavy[1][1], url=heavy[1][0])
    groups = (("lean pages", pages), ("full-weight pages", heavy),
              ("  template A", heavy[0::2]), ("  template B", heavy[1::2]))
    for label, group in groups:
        sizes = [len(p.encode("utf-8")) for _, p in group]
        elements = [sum(1 for _ in lxml_html.document_fromstring(p.encode("utf-8")).iter()) for _, p in group]
        started = time.perf_counter()
        for url, page in group:
            trafilatura.extract(page, url=url)
        rate = len(group) / (time.perf_counter() - started)
        print(f"{label:18s} {len(group)} pages: {sum(sizes) / len(sizes) / 1000:6.1f} KB and "
              f"{sum(elements) / len(elements):5.0f} elements on average; plain trafilatura "
              f"{rate:5.1f} pages/s on one core")


if __name__ == "__main__":
    main()
