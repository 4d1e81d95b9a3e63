#!/usr/bin/env python3
"""Consistency check for blind17 gold.jsonl against pages/ (stdlib only).

For every gold line:
  * the file exists and decodes strictly with the declared encoding,
    and the declared charset is announced in a <meta> tag;
  * the title occurs in the page's visible text (scripts/styles removed,
    tags stripped, entities unescaped, whitespace normalised);
  * every body paragraph occurs in that visible text;
  * dates are well formed and published_utc == published_local converted;
  * article bodies have 4-15 paragraphs and 120-700 words
    (300-2000 characters for zh/ja);
  * non-articles have body null.
Also prints the composition by language / encoding / site.
"""
import os, re, sys, json, html, collections
import datetime as dt

BASE = os.path.dirname(os.path.abspath(__file__))
BLOCK = r'(?:p|div|h[1-6]|li|ul|ol|br|hr|section|article|header|footer|nav|aside|main|figure|figcaption|blockquote|table|tr|td|th|title|form|button|body|html|head|video|source|img|meta|link)'
CHARSET_LABELS = {'utf-8': ['utf-8'], 'shift_jis': ['shift_jis'], 'gb2312': ['gb2312'], 'gbk': ['gbk'],
                  'windows-1251': ['windows-1251'], 'iso-8859-1': ['iso-8859-1']}


def visible_text(src):
    t = re.sub(r'(?is)<(script|style|noscript|template)\b.*?</\1\s*>', ' ', src)
    t = re.sub(r'(?s)<!--.*?-->', ' ', t)
    t = re.sub(r'(?is)</?' + BLOCK + r'\b[^>]*>', ' ', t)
    t = re.sub(r'(?s)<[^>]+>', '', t)
    t = html.unescape(t)
    return ' '.join(t.split())


def norm(s):
    return ' '.join(s.split())


def main():
    errors = []
    gold = [json.loads(l) for l in open(os.path.join(BASE, 'gold.jsonl'), encoding='utf-8')]
    ids = [g['id'] for g in gold]
    if len(ids) != len(set(ids)):
        errors.append('duplicate ids')
    if ids != sorted(ids):
        errors.append('gold not in file order')
    files_on_disk = sorted(os.listdir(os.path.join(BASE, 'pages')))
    if sorted(os.path.basename(g['file']) for g in gold) != files_on_disk:
        errors.append('pages/ and gold.jsonl list different files')
    keys = ['id', 'file', 'encoding', 'language', 'site', 'is_article', 'title', 'published_utc',
            'published_local', 'date_only', 'authors', 'agencies', 'dateline', 'body']
    by_lang = collections.Counter()
    by_enc = collections.Counter()
    by_site = collections.Counter()
    for g in gold:
        gid = g['id']

        def err(msg):
            errors.append(f'{gid}: {msg}')
        if list(g.keys()) != keys:
            err(f'keys {list(g.keys())}')
        path = os.path.join(BASE, g['file'])
        if not os.path.exists(path):
            err('file missing')
            continue
        raw = open(path, 'rb').read()
        try:
            src = raw.decode(g['encoding'])
        except (UnicodeDecodeError, LookupError) as e:
            err(f'decode failed: {e}')
            continue
        head = raw[:2048].decode('ascii', 'ignore').lower()
        m = re.search(r'charset=["\']?([\w\-]+)', head)
        if not m or m.group(1) not in CHARSET_LABELS[g['encoding']]:
            err(f'meta charset {m.group(1) if m else None} does not match {g["encoding"]}')
        if g['encoding'] != 'utf-8':
            try:
                raw.decode('utf-8')
                if re.search(rb'[\x80-\xff]', raw):
                    err('legacy file also decodes as utf-8 (suspicious)')
            except UnicodeDecodeError:
                pass
        text = visible_text(src)
        if not g['title'] or norm(g['title']) not in text:
            err(f'title not found: {g["title"]!r}')
        by_lang[g['language']] += 1
        by_enc[g['encoding']] += 1
        by_site[g['site']] += 1
        if not g['is_article']:
            if g['body'] is not None:
                err('non-article with body')
            continue
        paras = g['body'].split('\n\n')
        if not 4 <= len(paras) <= 16:
            err(f'{len(paras)} paragraphs')
        for p in paras:
            if norm(p) not in text:
                err(f'paragraph not found: {p[:70]!r}')
        if g['language'] in ('zh', 'ja'):
            n = len(re.sub(r'\s', '', g['body']))
            if not 300 <= n <= 2000:
                err(f'{n} CJK characters')
        elif g['language'] == 'ko':
            n = len(re.sub(r'\s', '', g['body']))
            if n < 300:
                err(f'{n} Korean characters')
        else:
            n = len(g['body'].split())
            if not 120 <= n <= 700:
                err(f'{n} words')
        pu, pl, do = g['published_utc'], g['published_local'], g['date_only']
        if do is not None:
            if pu or pl or not re.fullmatch(r'\d{4}-\d\d-\d\d', do):
                err('bad date_only combination')
        if (pu is None) != (pl is None):
            err('published_utc/local must both be set or both null')
        if pu:
            if not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ', pu):
                err(f'bad published_utc {pu}')
            if not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d', pl):
                err(f'bad published_local {pl}')
            u = dt.datetime.fromisoformat(pu.replace('Z', '+00:00'))
            l = dt.datetime.fromisoformat(pl)
            if u != l:
                err('published_utc and published_local differ')
        for a in g['authors']:
            if re.search(r'^(By|Von|Par|Di|Por|Av|Door|Af)\s', a) or '(' in a or ',' in a:
                err(f'suspicious author {a!r}')
        if g['dateline'] and g['dateline'] not in paras[0][:60]:
            err('dateline not at the start of the first paragraph')
    print('pages:', len(gold))
    print('by language:', dict(sorted(by_lang.items())))
    print('by encoding:', dict(sorted(by_enc.items())))
    print('sites:', len(by_site), 'min/max pages per site:', min(by_site.values()), max(by_site.values()))
    if errors:
        print(f'{len(errors)} ERRORS')
        for e in errors:
            print('  ', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
