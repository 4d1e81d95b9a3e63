"""Render the gold articles into HTML pages in eight publisher templates.

    python benchmarks/extraction_gold/build.py

writes ``pages/<id>.html`` and ``gold/<id>.json``. The templates imitate
common CMS output (WordPress/Yoast, table-and-div soup, AMP, a JS-era site
with articleBody in JSON-LD, schema.org microdata, a newspaper with the
byline under the headline and READ MORE inserts, a regional site with the
date only in visible text, a portal with JSON-LD @graph and subheads) and
carry the clutter real pages carry: navigation, cookie banners, share bars,
captions, key-facts boxes, paywall teasers, newsletter boxes, related links,
most-read lists, comment sections and author bios. The gold body is the
article's running text only.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

SITES = [
    ("The Harlow Herald", "harlowherald.example"),
    ("Valley Post", "valleypost.example"),
    ("Daily Meridian", "dailymeridian.example"),
    ("The Ledger", "theledger.example"),
    ("Coastline News", "coastlinenews.example"),
    ("Northern Times", "northerntimes.example"),
    ("Brookfield Courier", "brookfieldcourier.example"),
    ("World Report", "worldreport.example"),
]

GOLD_AUTHORS = {"e10a": ["Luca Bianchi"], "e5b": ["Michael Grant"]}


def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


def slug(title: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in title.split()[:8])


def dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def long_date(value: str) -> str:
    d = dt(value)
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def clock(value: str) -> str:
    d = dt(value)
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'p.m.' if d.hour >= 12 else 'a.m.'}"


def others(art: dict, n: int = 4) -> list[dict]:
    pool = [x for x in ARTICLES if x["event"] != art["event"]]
    start = sum(map(ord, art["id"])) % len(pool)
    return [pool[(start + 3 * i) % len(pool)] for i in range(n)]


def related(art: dict, heading: str = "Related stories", cls: str = "related") -> str:
    items = "".join(
        f'<li><a href="/news/{slug(o["title"])}">{e(o["title"])}</a></li>' for o in others(art)
    )
    return f'<aside class="{cls}"><h3>{heading}</h3><ul>{items}</ul></aside>'


def nav(site: str) -> str:
    links = ["Home", "News", "Local", "Business", "Sport", "Opinion", "Weather", "Obituaries", "Subscribe"]
    return "<nav class=\"main-nav\"><ul>" + "".join(
        f'<li><a href="/{l.lower()}">{l}</a></li>' for l in links
    ) + f'</ul><a class="logo" href="/">{e(site)}</a></nav>'


COOKIE = (
    '<div id="cookie-banner" class="cookie-consent"><p>We use cookies and similar technologies to '
    "personalise content and ads, to provide social media features and to analyse our traffic. "
    'You can change your preferences at any time.</p><button>Accept all</button><button>Manage '
    "settings</button></div>"
)
SHARE = (
    '<div class="share-bar"><span>Share this article</span><a href="#">Facebook</a>'
    '<a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Email</a><a href="#">Copy link</a></div>'
)
NEWSLETTER = (
    '<div class="newsletter-signup"><h4>Get the morning briefing</h4><p>Sign up for our free '
    "newsletter and get the day's most important stories in your inbox every morning.</p>"
    '<form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>'
)
PAYWALL = (
    '<div class="paywall-teaser"><p>You have read 3 of 5 free articles this month. Subscribe now '
    "for unlimited access to award-winning journalism for just $1 a week.</p>"
    '<a class="btn" href="/subscribe">Subscribe</a> <a href="/login">Already a subscriber? Log in</a></div>'
)
COMMENTS = [
    ("riverwalker", "This is exactly what I expected would happen. Nobody in charge ever listens to the people who actually live here."),
    ("M. Donnelly", "Thanks for the balanced reporting. I would like to see a follow-up in six months to check whether any of these promises were kept."),
    ("skeptic_42", "Interesting numbers, but where do they come from? The article should link to the original report so readers can judge for themselves."),
]


def comments(n: int = 3) -> str:
    body = "".join(
        f'<li class="comment"><div class="comment-author">{e(u)}</div><div class="comment-body"><p>{e(t)}</p></div>'
        f'<a class="reply" href="#">Reply</a></li>'
        for u, t in COMMENTS[:n]
    )
    return f'<section id="comments" class="comments-area"><h3>{n} comments</h3><ol class="comment-list">{body}</ol>' \
           '<p class="login-to-comment">Log in to leave a comment.</p></section>'


def figure(art: dict, tag: str = "img") -> str:
    caption = f"A scene related to the story on {long_date(art['published'])}. (Photo: Staff photographer)"
    return (f'<figure class="wp-caption"><{tag} src="/img/{art["id"]}.jpg" alt="" width="800" height="450"></{tag}>'
            f'<figcaption>{e(caption)}</figcaption></figure>')


def key_facts(art: dict) -> str:
    items = "".join(
        "<li>" + e(" ".join(p.split()[:9]).rstrip(",.") + "...") + "</li>" for p in art["paragraphs"][:3]
    )
    return f'<div class="key-facts"><h4>Key facts</h4><ul>{items}</ul></div>'


def byline_text(art: dict) -> str:
    names = art["authors"]
    if names[0].startswith("Reporting by"):
        return names[0]
    return "By " + " and ".join(names)


def footer(site: str) -> str:
    return (f'<footer class="site-footer"><p>&copy; 2025 {e(site)}. All rights reserved.</p><ul>'
            '<li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
            '<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>')


def ld_person(name: str) -> dict:
    return {"@type": "Person", "name": name}


def paras(art: dict, wrap: str = "p", extra: str = "") -> list[str]:
    return [f"<{wrap}{extra}>{e(p)}</{wrap.split()[0]}>" for p in art["paragraphs"]]


def interleave(blocks: list[str], inserts: dict[int, str]) -> str:
    out = []
    for i, b in enumerate(blocks):
        out.append(b)
        if i in inserts:
            out.append(inserts[i])
    return "\n".join(out)


# --------------------------------------------------------------------------- templates
def t_wordpress(art, site, domain, url):
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": f"https://{domain}/#website", "name": site, "url": f"https://{domain}/"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{art['title']} - {site}",
         "datePublished": art["published"], "dateModified": art["modified"] or art["published"]},
        {"@type": "Article", "@id": url + "#article", "headline": art["title"], "isPartOf": {"@id": url},
         "datePublished": art["published"], "dateModified": art["modified"] or art["published"],
         "author": [{"@id": f"https://{domain}/#/schema/person/{i}"} for i, _ in enumerate(art["authors"])],
         "publisher": {"@id": f"https://{domain}/#organization"}},
    ] + [{"@type": "Person", "@id": f"https://{domain}/#/schema/person/{i}", "name": n} for i, n in enumerate(art["authors"])]}
    modified = f'<meta property="article:modified_time" content="{art["modified"]}">' if art["modified"] else ""
    body = interleave(paras(art), {1: figure(art), 3: '<div class="ad-slot">Advertisement</div>'})
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{e(art['title'])} - {e(site)}</title>
<meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="{a(art['title'])} - {a(site)}"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="{a(site)}">
<meta property="article:published_time" content="{art['published']}">{modified}
<link rel="canonical" href="{url}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>
</head><body class="post-template-default single single-post">
<div id="page" class="site"><a class="skip-link" href="#content">Skip to content</a>
<header id="masthead" class="site-header">{nav(site)}</header>{COOKIE}
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-1" class="post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">{e(art['title'])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{art['published']}">{long_date(art['published'])}</time><time class="updated" datetime="{art['modified'] or art['published']}">{long_date(art['modified'] or art['published'])}</time></a></span>
<span class="byline"> by {" and ".join(f'<span class="author vcard"><a class="url fn n" href="/author/x/">{e(n)}</a></span>' for n in art['authors'])}</span></div></header>
<div class="entry-content">
{body}
{SHARE}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/" rel="category tag">News</a></span> <span class="tags-links">Tagged <a href="/tag/local/">local</a>, <a href="/tag/politics/">politics</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/prev">Previous post: {e(others(art)[0]['title'])}</a></div></nav>
{comments()}
</main>
<aside id="secondary" class="widget-area">{related(art, "Recent Posts", "widget widget_recent_entries")}</aside></div>
{footer(site)}</div></body></html>"""


def t_divsoup(art, site, domain, url):
    pub = art["published"]
    body = interleave(
        [f'<div class="txt">{e(p)}</div><br>' for p in art["paragraphs"]],
        {0: '<div class="adv"><span>ADVERTISEMENT</span><div id="div-gpt-ad-1"></div></div>',
         2: f'<div class="inline-rel"><b>RELATED:</b> <a href="/x">{e(others(art)[1]["title"])}</a></div>'},
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{e(art['title'])} - {e(site)}</title><meta name="keywords" content="news, local">
<script>var gaq = gaq || []; gaq.push(['_trackPageview']);</script></head>
<body bgcolor="#ffffff"><div id="wrap"><div id="top"><table width="100%"><tr><td><a href="/"><img src="/logo.gif" alt="{a(site)}"></a></td>
<td class="weather">Today: 54&deg;F Partly cloudy</td><td><a href="/subscribe">Subscribe</a> | <a href="/login">Login</a></td></tr></table></div>
<div id="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sports">Sports</a> | <a href="/classifieds">Classifieds</a> | <a href="/obits">Obituaries</a></div>
<div id="cols"><div id="left"><div class="box"><div class="hdl">{e(art['title'])}</div>
<div class="info">{e(byline_text(art))} | Staff Writer<br>Posted: {dt(pub).strftime('%A')}, {long_date(pub)} {clock(pub)}</div>
<div class="tools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Font size</a></div>
{body}
<div class="copy">Copyright 2025 {e(site)}. This material may not be published, broadcast, rewritten or redistributed.</div>
</div></div>
<div id="right"><div class="box"><div class="boxhead">Most Popular</div>{related(art, "Most read", "mostread")}</div>
<div class="box">Classifieds: Cars, Homes, Jobs. Place an ad today!</div></div></div>
<div id="bottom">{e(site)} | 100 Main Street | Contact us | Privacy</div></div></body></html>"""


def t_amp(art, site, domain, url):
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url,
          "headline": art["title"], "datePublished": art["published"],
          "dateModified": art["modified"] or art["published"],
          "author": [ld_person(n) for n in art["authors"]],
          "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": f"https://{domain}/logo.png"}},
          "image": [f"https://{domain}/img/{art['id']}.jpg"]}
    body = interleave(paras(art), {0: figure(art, "amp-img"),
                                   2: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/news"></amp-ad>'})
    return f"""<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><title>{e(art['title'])} | {e(site)}</title>
<link rel="canonical" href="{url}"><meta name="viewport" content="width=device-width,minimum-scale=1">
<style amp-boilerplate>body{{visibility:hidden}}</style><script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header class="amp-header"><a href="/">{e(site)}</a><button on="tap:sidebar.toggle">Menu</button></header>
<amp-sidebar id="sidebar" layout="nodisplay">{nav(site)}</amp-sidebar>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">We and our partners use cookies to deliver a better experience. <button on="tap:consent.accept">OK</button></div></amp-consent>
<main><article class="amp-article"><header><h1 class="amp-title">{e(art['title'])}</h1>
<div class="amp-byline">{e(byline_text(art))}</div><div class="amp-timestamp">{long_date(art['published'])}</div></header>
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share>
<div class="amp-body">
{body}
</div></article>
{related(art, "More from " + site, "amp-related")}</main>
{footer(site)}</body></html>"""


def t_spa(art, site, domain, url):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": art["published"], "dateModified": art["modified"] or art["published"],
          "author": [{"@type": "Person", "name": n, "url": f"https://{domain}/by/{slug(n)}"} for n in art["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": site},
          "articleBody": "\n".join(art["paragraphs"]), "isAccessibleForFree": False}
    blocks = [f'<div class="text-block" data-component="text-block"><p class="paragraph">{e(p)}</p></div>' for p in art["paragraphs"]]
    body = interleave(blocks, {1: NEWSLETTER, 3: PAYWALL})
    authors = ", ".join(f'<a class="author-link" href="/by/{slug(n)}">{e(n)}</a>' for n in art["authors"])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{e(art['title'])} | {e(site)}</title>
<meta property="og:title" content="{a(art['title'])}"><meta property="og:type" content="article">
<meta property="og:site_name" content="{a(site)}"><meta property="og:url" content="{url}?ref=share">
<meta property="article:published_time" content="{art['published']}">
<meta property="article:modified_time" content="{art['modified'] or art['published']}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>window.__INITIAL_STATE__={{"user":null,"ab":"b"}};</script></head>
<body><div id="root"><div class="app">{COOKIE}<header class="masthead">{nav(site)}</header>
<main class="main-content"><div class="article-container"><div class="article-header">
<span class="kicker">News</span><h1 class="headline" data-testid="headline">{e(art['title'])}</h1>
<div class="byline-block"><span class="byline-prefix">By</span> {authors}
<span class="published-date">{long_date(art['published'])}</span></div></div>
{key_facts(art)}
<div class="article-body">
{body}
</div>
<div class="author-bio"><p>{e(art['authors'][0])} is a reporter covering business and politics. Follow them on social media for updates.</p></div>
{SHARE}</div>
<div class="sidebar"><h3>Most read</h3><ol>{''.join('<li><a href="/x">' + e(o['title']) + '</a></li>' for o in others(art, 5))}</ol></div>
</main>{footer(site)}</div></div></body></html>"""


def t_microdata(art, site, domain, url):
    pub = art["published"]
    names = "".join(
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{e(n)}</span></span>'
        + (" and " if i < len(art["authors"]) - 1 else "")
        for i, n in enumerate(art["authors"])
    )
    modified = f'<meta itemprop="dateModified" content="{art["modified"]}">' if art["modified"] else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(art['title'])} :: {e(site)}</title>
<meta name="description" content="{a(art['paragraphs'][0][:150])}"></head>
<body>{nav(site)}<div class="container"><div class="row"><div class="col-md-8">
<div itemscope itemtype="https://schema.org/NewsArticle" class="story">
<h1 itemprop="headline">{e(art['title'])}</h1>{modified}
<p class="meta">{names} &middot; <time itemprop="datePublished" datetime="{pub}">{long_date(pub)}</time></p>
<div itemprop="articleBody" class="story-text">
{chr(10).join(paras(art))}
</div>
<div class="tags">Tags: <a href="/t/a">community</a> <a href="/t/b">news</a></div>
</div>
{comments(3)}
</div><div class="col-md-4">{related(art, "Trending now", "trending")}{NEWSLETTER}</div></div></div>
{footer(site)}</body></html>"""


def t_newspaper(art, site, domain, url):
    pub = art["published"]
    names = art["authors"]
    role = "Health Correspondent" if art["event"] in ("e5",) else "Staff Reporter"
    byline = ", ".join(f'<a href="/profile/{slug(n)}">{e(n)}</a>' for n in names)
    inserts = {1: f'<p class="read-more"><strong>READ MORE:</strong> <a href="/x">{e(others(art)[2]["title"])}</a></p>',
               2: f'<blockquote class="pull-quote">{e(art["paragraphs"][2].split(".")[0])}.</blockquote>'}
    modified = f'<meta name="article:modified_time" content="{art["modified"]}">' if art["modified"] else ""
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{e(art['title'])} | {e(site)}</title>
<meta name="article:published_time" content="{pub}">{modified}
<meta property="og:title" content="{a(art['title'])}"><meta property="og:site_name" content="{a(site)}">
<meta name="twitter:site" content="@{domain.split('.')[0]}"></head>
<body><div class="page">{COOKIE}<div class="header">{nav(site)}</div>
<div class="content"><div class="story">
<h1 class="story-headline">{e(art['title'])}</h1>
<p class="standfirst">{e(art['paragraphs'][0].split(',')[0])}.</p>
<p class="author">By {byline}, {role} <span class="email">newsdesk@{domain}</span></p>
<p class="timestamp">{long_date(pub)}</p>
{SHARE}
<div class="story-body">
{interleave(paras(art), inserts)}
</div>
{PAYWALL}
</div>{related(art, "More stories")}</div>{footer(site)}</div></body></html>"""


def t_regional(art, site, domain, url):
    pub = art["published"]
    mod = art["modified"]
    email = art["authors"][0].lower().replace(" ", ".").replace("'", "") + "@" + domain
    stamp = f"Published {clock(pub)} {long_date(pub)}"
    if mod:
        stamp += f" | Updated {clock(mod)} {long_date(mod)}"
    gallery = f'<div class="gallery"><div class="slide"><img src="/g/1.jpg"><p class="cutline">{e(art["title"])}: photo 1 of 6.</p></div></div>'
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(art['title'])}</title>
<meta property="og:title" content="{a(art['title'])}"><meta property="og:description" content="{a(art['paragraphs'][0][:120])}">
</head><body><div id="site-wrap">{nav(site)}<div class="breaking">BREAKING: Road closures in effect downtown this weekend</div>
<div id="story"><h1>{e(art['title'])}</h1>
<div class="dateline-byline">{e(", ".join(art['authors']))}, {email}</div><div class="stamp">{stamp}</div>
{gallery}
<div class="story-content">
{chr(10).join(paras(art))}
<div class="related-coverage"><h4>Related coverage</h4><ul><li><a href="/x">{e(others(art)[0]['title'])}</a></li><li><a href="/y">{e(others(art)[1]['title'])}</a></li></ul></div>
</div>
<div class="tagline">Have a news tip? Email us or call the newsroom at 555-0100.</div>
</div>{comments(2)}{footer(site)}</div></body></html>"""


def t_portal(art, site, domain, url):
    authors = " and ".join(art["authors"])
    ld = [{"@context": "https://schema.org", "@type": "Organization", "name": site, "url": f"https://{domain}"},
          {"@context": "https://schema.org", "@type": "NewsArticle",
           "dateModified": art["modified"] or art["published"], "datePublished": art["published"],
           "headline": art["title"], "author": {"@type": "Person", "name": authors},
           "mainEntityOfPage": {"@type": "WebPage", "@id": url}}]
    ps = paras(art)
    body = interleave(ps, {2: f'<div class="embed-tweet"><blockquote class="twitter-tweet"><p>Breaking news on this story: more soon. #news</p>&mdash; {e(site)} (@news) <a href="#">{long_date(art["published"])}</a></blockquote></div>'})
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(site)}: {e(art['title'])}</title>
<meta name="date" content="{art['modified'] or art['published']}">
<meta property="og:title" content="{a(art['title'])}"><meta property="og:url" content="{url}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><div class="consent-modal" role="dialog"><h2>Your privacy</h2><p>We and our 842 partners store and access information on your device. By clicking accept you agree to the processing of your personal data for personalised advertising and content measurement.</p><button>Accept</button><button>Reject</button></div>
<div class="portal">{nav(site)}<div class="ticker">Markets: DAX +0.4% | FTSE -0.1% | Oil $81.20</div>
<section class="story-wrap"><div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a></div>
<h1>{e(art['title'])}</h1><div class="story-meta">{e(authors)} &bull; {long_date(art['published'])}</div>
<section class="story-body">
{body}
</section>{SHARE}</section>
<section class="more-news">{related(art, "More news")}</section>{footer(site)}</div></body></html>"""


TEMPLATES = [t_wordpress, t_divsoup, t_amp, t_spa, t_microdata, t_newspaper, t_regional, t_portal]


def main() -> None:
    pages, gold = HERE / "pages", HERE / "gold"
    pages.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    for i, art in enumerate(ARTICLES):
        k = i % len(TEMPLATES)
        site, domain = SITES[k]
        url = f"https://{domain}/news/2025/{slug(art['title'])}"
        html = TEMPLATES[k](art, site, domain, url)
        name = f"{art['id']}_{TEMPLATES[k].__name__[2:]}"
        encoding = "iso-8859-1" if TEMPLATES[k] is t_divsoup else "utf-8"
        (pages / f"{name}.html").write_bytes(html.encode(encoding, errors="xmlcharrefreplace"))
        published = dt(art["published"])
        record = {
            "id": art["id"], "template": TEMPLATES[k].__name__[2:], "url": url,
            "title": art["title"], "authors": GOLD_AUTHORS.get(art["id"], art["authors"]),
            "published_local_date": published.date().isoformat(),
            "published_utc_date": published.astimezone(timezone.utc).date().isoformat(),
            "paragraphs": art["paragraphs"],
        }
        (gold / f"{name}.json").write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(ARTICLES)} pages to {pages}")


if __name__ == "__main__":
    main()
