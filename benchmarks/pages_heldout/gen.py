#!/usr/bin/env python3
"""Generator for the blind17 news-extraction evaluation set.

Reads hand-written article texts from src/*.txt, renders each into a full
publisher-style HTML page using one of the site designs in SITES, writes
pages/<id>.html (in the page's encoding) and gold.jsonl.
Standard library only.
"""
import os, re, json, html, glob, zlib
import datetime as dt
from html.entities import codepoint2name

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, 'src')
PAGES = os.path.join(BASE, 'pages')

# --------------------------------------------------------------- time zones

def _last_sunday(y, m):
    d = (dt.date(y, m + 1, 1) - dt.timedelta(days=1)) if m < 12 else dt.date(y, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


TZ_NAMES = {
    'UK': 'Europe/London', 'EU': 'Europe/Berlin-style CET/CEST', 'PT': 'Europe/Lisbon',
    'USE': 'America/New_York', 'USP': 'America/Los_Angeles', 'CAE': 'America/Toronto',
    'SYD': 'Australia/Sydney', 'IN': 'Asia/Kolkata', 'AR': 'America/Argentina/Buenos_Aires',
    'MX': 'America/Mexico_City', 'BR': 'America/Sao_Paulo', 'CN': 'Asia/Shanghai',
    'JP': 'Asia/Tokyo', 'KR': 'Asia/Seoul', 'MSK': 'Europe/Moscow', 'UTC': 'UTC',
}


def offset_for(tz, d):
    """(offset minutes, abbreviation) for zone rule tz on local date d."""
    if tz in ('EU', 'UK', 'PT'):
        summer = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
        base = {'EU': 60, 'UK': 0, 'PT': 0}[tz]
        abbr = {'EU': ('CET', 'CEST'), 'UK': ('GMT', 'BST'), 'PT': ('WET', 'WEST')}[tz][summer]
        return base + 60 * summer, abbr
    if tz in ('USE', 'USP', 'CAE'):
        summer = _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
        base = -480 if tz == 'USP' else -300
        abbr = (('PST', 'PDT') if tz == 'USP' else ('EST', 'EDT'))[summer]
        return base + 60 * summer, abbr
    if tz == 'SYD':
        summer = not (_nth_sunday(d.year, 4, 1) <= d < _nth_sunday(d.year, 10, 1))
        return 600 + 60 * summer, ('AEST', 'AEDT')[summer]
    fixed = {'IN': (330, 'IST'), 'AR': (-180, 'ART'), 'MX': (-360, 'CST'), 'BR': (-180, 'BRT'),
             'CN': (480, 'CST'), 'JP': (540, 'JST'), 'KR': (540, 'KST'), 'MSK': (180, 'MSK'),
             'UTC': (0, 'UTC')}
    return fixed[tz]


class PD:
    """A publication moment (local wall time + site zone) or a bare date."""

    def __init__(self, s, tz):
        s = s.strip()
        self.date_only = len(s) == 10
        if self.date_only:
            self.d = dt.date.fromisoformat(s)
            self.local = None
        else:
            if len(s) == 16:
                s += ':00'
            self.local = dt.datetime.fromisoformat(s)
            self.d = self.local.date()
            self.off, self.abbr = offset_for(tz, self.d)
            self.utc = self.local - dt.timedelta(minutes=self.off)

    def offs(self, colon=True):
        sign = '+' if self.off >= 0 else '-'
        o = abs(self.off)
        return f"{sign}{o // 60:02d}{':' if colon else ''}{o % 60:02d}"

    def fmt(self, kind):
        if kind in (None, 'none', 'text'):
            return None
        if kind == 'bogus':
            return '0000-00-00'
        if self.date_only or kind == 'date':
            return self.d.isoformat()
        L = self.local.strftime('%Y-%m-%dT%H:%M:%S')
        if kind == 'iso':
            return L + self.offs()
        if kind == 'nocolon':
            return L + self.offs(False)
        if kind == 'z':
            return self.utc.strftime('%Y-%m-%dT%H:%M:%SZ')
        if kind == 'ms':
            return self.utc.strftime('%Y-%m-%dT%H:%M:%S.000Z')
        if kind == 'unzoned':
            return L
        if kind == 'space':
            return self.local.strftime('%Y-%m-%d %H:%M:%S')
        if kind == 'java':
            return self.local.strftime('%a %b %d %H:%M:%S ') + self.abbr + self.local.strftime(' %Y')
        raise ValueError(kind)

    def gold(self):
        if self.date_only:
            return None, None, self.d.isoformat()
        return (self.utc.strftime('%Y-%m-%dT%H:%M:%SZ'),
                self.local.strftime('%Y-%m-%dT%H:%M:%S') + self.offs(), None)


# ----------------------------------------------------------- visible dates
EN_M = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
        'September', 'October', 'November', 'December']
EN_AP = [None, 'Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.',
         'Nov.', 'Dec.']
DE_M = [None, 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
        'Oktober', 'November', 'Dezember']
AT_M = DE_M[:1] + ['Jänner'] + DE_M[2:]
FR_M = [None, 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
ES_M = [None, 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
        'septiembre', 'octubre', 'noviembre', 'diciembre']
IT_M = [None, 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
        'settembre', 'ottobre', 'novembre', 'dicembre']
PT_M = [None, 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto',
        'setembro', 'outubro', 'novembro', 'dezembro']
NL_M = [None, 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
        'september', 'oktober', 'november', 'december']
NL_W = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
SV_M = [None, 'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti',
        'september', 'oktober', 'november', 'december']
DA_M = [None, 'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september',
        'oktober', 'november', 'december']
NO_M = [None, 'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september',
        'oktober', 'november', 'desember']
RU_M = [None, 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
        'сентября', 'октября', 'ноября', 'декабря']


def _h12(h):
    return (h % 12) or 12


def vis(fmt, pd):
    """Localized visible date text."""
    d = pd.d
    y, m, dd = d.year, d.month, d.day
    do = pd.date_only
    if not do:
        hh, mi, ss = pd.local.hour, pd.local.minute, pd.local.second
        ampm = 'am' if hh < 12 else 'pm'
    if fmt == 'uk':
        s = f"{dd} {EN_M[m]} {y}"
        return s if do else f"{s}, {hh:02d}:{mi:02d} {pd.abbr}"
    if fmt == 'us':
        s = f"{EN_M[m]} {dd}, {y}"
        return s if do else f"{s} {_h12(hh)}:{mi:02d} {ampm.upper()} {pd.abbr}"
    if fmt == 'us2':
        s = f"{EN_AP[m]} {dd}, {y}"
        return s if do else f"{_h12(hh)}:{mi:02d} {ampm[0]}.m. {pd.abbr[0]}{pd.abbr[2]} {s}"
    if fmt == 'au':
        s = f"{EN_M[m]} {dd}, {y}"
        return s if do else f"{s} — {_h12(hh)}.{mi:02d}{ampm}"
    if fmt == 'in':
        s = f"{EN_M[m][:3]} {dd:02d}, {y}"
        return s if do else f"{s} {hh:02d}:{mi:02d} IST"
    if fmt == 'ca':
        s = f"{EN_M[m][:3]} {dd}, {y}"
        return s if do else f"{s} • {_h12(hh)}:{mi:02d} {ampm[0]}.m. {pd.abbr[0]}{pd.abbr[2]}"
    if fmt == 'wire':
        if do:
            return f"{dd:02d} {EN_M[m][:3]} {y}"
        u = pd.utc
        return f"{u.day:02d} {EN_M[u.month][:3]} {u.year} {u.hour:02d}:{u.minute:02d} GMT"
    if fmt == 'de':
        s = f"{dd}. {DE_M[m]} {y}"
        return s if do else f"{s}, {hh:02d}:{mi:02d} Uhr"
    if fmt == 'de2':
        s = f"{dd:02d}.{m:02d}.{y}"
        return s if do else f"{s} | {hh:02d}:{mi:02d}"
    if fmt == 'at':
        s = f"{dd}. {AT_M[m]} {y}"
        return s if do else f"{s}, {hh:02d}.{mi:02d} Uhr"
    if fmt == 'fr':
        s = f"le {'1er' if dd == 1 else dd} {FR_M[m]} {y}"
        return s if do else f"{s} à {hh}h{mi:02d}"
    if fmt == 'fr2':
        s = f"Publié le {dd:02d}/{m:02d}/{y}"
        return s if do else f"{s} à {hh:02d}:{mi:02d}"
    if fmt == 'ch':
        s = f"{dd:02d}.{m:02d}.{y}"
        return s if do else f"{s}, {hh:02d}h{mi:02d}"
    if fmt == 'es':
        s = f"{dd} de {ES_M[m]} de {y}"
        return s if do else f"{s}, {hh:02d}:{mi:02d}"
    if fmt == 'ar':
        s = f"{dd} de {ES_M[m]} de {y}"
        return s if do else f"{s} - {hh:02d}:{mi:02d}"
    if fmt == 'mx':
        s = f"{dd:02d}/{m:02d}/{y}"
        return s if do else f"{s} {hh:02d}:{mi:02d} h"
    if fmt == 'it':
        s = f"{dd} {IT_M[m]} {y}"
        return s if do else f"{s}, ore {hh:02d}:{mi:02d}"
    if fmt == 'it2':
        s = f"{dd:02d}/{m:02d}/{y}"
        return s if do else f"{s} - {hh:02d}:{mi:02d}"
    if fmt == 'pt':
        s = f"{dd} de {PT_M[m]} de {y}"
        return s if do else f"{s} às {hh:02d}:{mi:02d}"
    if fmt == 'br':
        s = f"{dd:02d}/{m:02d}/{y}"
        return s if do else f"{s} {hh:02d}h{mi:02d}"
    if fmt == 'nl':
        s = f"{dd} {NL_M[m]} {y}"
        return s if do else f"{s}, {hh:02d}:{mi:02d}"
    if fmt == 'be':
        s = f"{NL_W[d.weekday()]} {dd} {NL_M[m]} {y}"
        return s if do else f"{s} om {hh:02d}:{mi:02d}"
    if fmt == 'sv':
        s = f"{dd} {SV_M[m]} {y}"
        return s if do else f"{s} kl. {hh:02d}.{mi:02d}"
    if fmt == 'da':
        s = f"{dd}. {DA_M[m]} {y}"
        return s if do else f"{s} kl. {hh:02d}.{mi:02d}"
    if fmt == 'no':
        s = f"{dd}. {NO_M[m]} {y}"
        return s if do else f"{s} kl. {hh:02d}.{mi:02d}"
    if fmt == 'zh':
        s = f"{y}年{m:02d}月{dd:02d}日"
        return s if do else f"{s} {hh:02d}:{mi:02d}"
    if fmt == 'zh2':
        s = f"{y}-{m:02d}-{dd:02d}"
        return s if do else f"{s} {hh:02d}:{mi:02d}:{ss:02d}"
    if fmt == 'ja':
        s = f"{y}年{m}月{dd}日"
        return s if do else f"{s} {hh}時{mi:02d}分"
    if fmt == 'ja2':
        s = f"{y}/{m:02d}/{dd:02d}"
        return s if do else f"{s} {hh:02d}:{mi:02d}"
    if fmt == 'ko':
        s = f"{y}.{m:02d}.{dd:02d}"
        return s if do else f"{s} {hh:02d}:{mi:02d}"
    if fmt == 'ru':
        s = f"{dd} {RU_M[m]} {y}"
        return s if do else f"{s}, {hh:02d}:{mi:02d}"
    if fmt == 'java':
        return pd.fmt('java')
    raise ValueError(fmt)


# ------------------------------------------------------------ localization
LOC = {
    'en': dict(cookie=('We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.', 'Accept all', 'Manage preferences'),
               share='Share this article', share_items=['Facebook', 'X', 'WhatsApp', 'Email', 'Copy link'],
               related='More on this story', readalso='Read more', ad='Advertisement', comments='{n} comments',
               comments_cta='Join the conversation', newsletter=('Morning Briefing', "The day's top stories in your inbox every weekday at 6am.", 'Sign up'),
               updated='Updated', published='Published', tags='Topics', search='Search', login='Sign in', subscribe='Subscribe',
               footer=['About us', 'Contact us', 'Privacy policy', 'Cookie settings', 'Terms of use', 'Advertise with us', 'Careers'],
               rights='All rights reserved.', authorbox='More from this author', home='Home', skip='Skip to content',
               video='Watch', most_read='Most read', live='Live'),
    'de': dict(cookie=('Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.', 'Alle akzeptieren', 'Einstellungen'),
               share='Artikel teilen', share_items=['Facebook', 'X', 'WhatsApp', 'E-Mail', 'Link kopieren'],
               related='Mehr zum Thema', readalso='Lesen Sie auch', ad='Anzeige', comments='{n} Kommentare',
               comments_cta='Jetzt mitdiskutieren', newsletter=('Der Morgen-Newsletter', 'Die wichtigsten Nachrichten des Tages, jeden Morgen um 6 Uhr in Ihrem Postfach.', 'Jetzt anmelden'),
               updated='Aktualisiert', published='Veröffentlicht', tags='Themen', search='Suche', login='Anmelden', subscribe='Abo',
               footer=['Impressum', 'Kontakt', 'Datenschutz', 'Cookie-Einstellungen', 'AGB', 'Mediadaten', 'Karriere'],
               rights='Alle Rechte vorbehalten.', authorbox='Mehr von dieser Autorin / diesem Autor', home='Startseite', skip='Zum Inhalt springen',
               video='Video', most_read='Meistgelesen', live='Live'),
    'fr': dict(cookie=("Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic.", 'Tout accepter', 'Paramétrer'),
               share="Partager l'article", share_items=['Facebook', 'X', 'WhatsApp', 'E-mail', 'Copier le lien'],
               related='À lire aussi', readalso='Lire aussi', ad='Publicité', comments='{n} commentaires',
               comments_cta='Réagir', newsletter=('La lettre du matin', "L'essentiel de l'actualité chaque matin dans votre boîte mail.", "Je m'inscris"),
               updated='Mis à jour', published='Publié', tags='Sujets', search='Rechercher', login='Se connecter', subscribe="S'abonner",
               footer=['Mentions légales', 'Contact', 'Politique de confidentialité', 'Gestion des cookies', "Conditions générales d'utilisation", 'Publicité', 'Recrutement'],
               rights='Tous droits réservés.', authorbox="Plus d'articles de cet auteur", home='Accueil', skip='Aller au contenu',
               video='Vidéo', most_read='Les plus lus', live='Direct'),
    'es': dict(cookie=('Utilizamos cookies propias y de terceros para personalizar el contenido y la publicidad y analizar el tráfico.', 'Aceptar todo', 'Configurar'),
               share='Compartir', share_items=['Facebook', 'X', 'WhatsApp', 'Correo', 'Copiar enlace'],
               related='Noticias relacionadas', readalso='Lea también', ad='Publicidad', comments='{n} comentarios',
               comments_cta='Comentar', newsletter=('Boletín de la mañana', 'Las noticias más importantes del día, cada mañana en tu correo.', 'Suscribirme'),
               updated='Actualizado', published='Publicado', tags='Temas', search='Buscar', login='Iniciar sesión', subscribe='Suscríbete',
               footer=['Aviso legal', 'Contacto', 'Política de privacidad', 'Configuración de cookies', 'Publicidad', 'Trabaja con nosotros'],
               rights='Todos los derechos reservados.', authorbox='Más noticias del autor', home='Portada', skip='Ir al contenido',
               video='Vídeo', most_read='Lo más leído', live='Directo'),
    'it': dict(cookie=('Utilizziamo cookie tecnici e di profilazione, anche di terze parti, per migliorare la tua esperienza e mostrarti pubblicità in linea con le tue preferenze.', 'Accetta', 'Personalizza'),
               share="Condividi l'articolo", share_items=['Facebook', 'X', 'WhatsApp', 'Email', 'Copia link'],
               related='Potrebbe interessarti', readalso='Leggi anche', ad='Pubblicità', comments='{n} commenti',
               comments_cta='Commenta', newsletter=('La newsletter del mattino', 'Le notizie più importanti della giornata, ogni mattina nella tua casella.', 'Iscriviti'),
               updated='Aggiornato', published='Pubblicato', tags='Argomenti', search='Cerca', login='Accedi', subscribe='Abbonati',
               footer=['Chi siamo', 'Contatti', 'Privacy', 'Cookie policy', 'Note legali', 'Pubblicità', 'Lavora con noi'],
               rights='Riproduzione riservata.', authorbox="Altri articoli dell'autore", home='Home', skip='Vai al contenuto',
               video='Video', most_read='I più letti', live='Diretta'),
    'pt': dict(cookie=('Utilizamos cookies para personalizar conteúdos e anúncios e para analisar o nosso tráfego.', 'Aceitar', 'Gerir preferências'),
               share='Partilhar', share_items=['Facebook', 'X', 'WhatsApp', 'E-mail', 'Copiar link'],
               related='Leia também', readalso='Veja também', ad='Publicidade', comments='{n} comentários',
               comments_cta='Comentar', newsletter=('Newsletter da manhã', 'As principais notícias do dia, todas as manhãs no seu e-mail.', 'Subscrever'),
               updated='Atualizado', published='Publicado', tags='Temas', search='Pesquisar', login='Entrar', subscribe='Assinar',
               footer=['Quem somos', 'Contactos', 'Política de privacidade', 'Cookies', 'Termos de uso', 'Publicidade', 'Trabalhe connosco'],
               rights='Todos os direitos reservados.', authorbox='Mais artigos deste autor', home='Início', skip='Saltar para o conteúdo',
               video='Vídeo', most_read='Mais lidas', live='Ao vivo'),
    'nl': dict(cookie=('Wij gebruiken cookies en vergelijkbare technieken om content en advertenties te personaliseren en ons verkeer te analyseren.', 'Akkoord', 'Instellingen'),
               share='Deel dit artikel', share_items=['Facebook', 'X', 'WhatsApp', 'E-mail', 'Kopieer link'],
               related='Meer over dit onderwerp', readalso='Lees ook', ad='Advertentie', comments='{n} reacties',
               comments_cta='Reageer', newsletter=('De ochtendbrief', 'Het belangrijkste nieuws van de dag, elke ochtend in je mailbox.', 'Aanmelden'),
               updated='Bijgewerkt', published='Gepubliceerd', tags="Onderwerpen", search='Zoeken', login='Inloggen', subscribe='Abonneren',
               footer=['Over ons', 'Contact', 'Privacyverklaring', 'Cookiebeleid', 'Algemene voorwaarden', 'Adverteren', 'Vacatures'],
               rights='Alle rechten voorbehouden.', authorbox='Meer van deze auteur', home='Home', skip='Naar de inhoud',
               video='Video', most_read='Meest gelezen', live='Live'),
    'sv': dict(cookie=('Vi använder cookies för att anpassa innehåll och annonser och för att analysera vår trafik.', 'Godkänn alla', 'Inställningar'),
               share='Dela artikeln', share_items=['Facebook', 'X', 'WhatsApp', 'E-post', 'Kopiera länk'],
               related='Mer om ämnet', readalso='Läs också', ad='Annons', comments='{n} kommentarer',
               comments_cta='Kommentera', newsletter=('Morgonbrevet', 'Dagens viktigaste nyheter i din inkorg varje morgon.', 'Prenumerera'),
               updated='Uppdaterad', published='Publicerad', tags='Ämnen', search='Sök', login='Logga in', subscribe='Bli prenumerant',
               footer=['Om oss', 'Kontakta oss', 'Personuppgiftspolicy', 'Cookies', 'Villkor', 'Annonsera', 'Jobba hos oss'],
               rights='Alla rättigheter förbehållna.', authorbox='Mer från skribenten', home='Start', skip='Till innehållet',
               video='Video', most_read='Mest läst', live='Direkt'),
    'da': dict(cookie=('Vi bruger cookies til at tilpasse indhold og annoncer og til at analysere vores trafik.', 'Accepter alle', 'Indstillinger'),
               share='Del artiklen', share_items=['Facebook', 'X', 'WhatsApp', 'E-mail', 'Kopiér link'],
               related='Læs mere om emnet', readalso='Læs også', ad='Annonce', comments='{n} kommentarer',
               comments_cta='Deltag i debatten', newsletter=('Morgenbrevet', 'Dagens vigtigste nyheder i din indbakke hver morgen.', 'Tilmeld'),
               updated='Opdateret', published='Publiceret', tags='Emner', search='Søg', login='Log ind', subscribe='Bliv abonnent',
               footer=['Om os', 'Kontakt', 'Privatlivspolitik', 'Cookiepolitik', 'Vilkår', 'Annoncering', 'Job'],
               rights='Alle rettigheder forbeholdes.', authorbox='Mere fra skribenten', home='Forside', skip='Gå til indhold',
               video='Video', most_read='Mest læste', live='Live'),
    'no': dict(cookie=('Vi bruker informasjonskapsler for å tilpasse innhold og annonser og for å analysere trafikken vår.', 'Godta alle', 'Innstillinger'),
               share='Del saken', share_items=['Facebook', 'X', 'WhatsApp', 'E-post', 'Kopier lenke'],
               related='Mer om saken', readalso='Les også', ad='Annonse', comments='{n} kommentarer',
               comments_cta='Diskuter', newsletter=('Morgenbrevet', 'Dagens viktigste nyheter i innboksen din hver morgen.', 'Meld deg på'),
               updated='Oppdatert', published='Publisert', tags='Emner', search='Søk', login='Logg inn', subscribe='Bli abonnent',
               footer=['Om oss', 'Kontakt', 'Personvern', 'Informasjonskapsler', 'Vilkår', 'Annonsere', 'Ledige stillinger'],
               rights='Alle rettigheter forbeholdt.', authorbox='Mer fra journalisten', home='Forsiden', skip='Gå til innhold',
               video='Video', most_read='Mest lest', live='Direkte'),
    'zh': dict(cookie=('本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。', '同意', '了解更多'),
               share='分享到', share_items=['微信', '微博', 'QQ空间', '复制链接'],
               related='相关新闻', readalso='延伸阅读', ad='广告', comments='评论（{n}）',
               comments_cta='我要评论', newsletter=('订阅早报', '每天早上七点，把最重要的新闻送到您的邮箱。', '立即订阅'),
               updated='更新时间', published='发布时间', tags='标签', search='搜索', login='登录', subscribe='订阅',
               footer=['关于我们', '联系我们', '隐私政策', '版权声明', '广告服务', '加入我们'],
               rights='版权所有 未经授权禁止转载', authorbox='作者更多文章', home='首页', skip='跳到正文',
               video='视频', most_read='排行榜', live='直播'),
    'ja': dict(cookie=('当サイトでは、利便性向上と広告配信のためにクッキーを使用しています。', '同意する', '詳細設定'),
               share='この記事をシェア', share_items=['X', 'Facebook', 'LINE', 'はてなブックマーク', 'リンクをコピー'],
               related='関連記事', readalso='あわせて読みたい', ad='広告', comments='コメント{n}件',
               comments_cta='コメントする', newsletter=('朝刊ダイジェスト', '毎朝7時に主要ニュースをメールでお届けします。', '登録する'),
               updated='更新', published='配信', tags='キーワード', search='検索', login='ログイン', subscribe='会員登録',
               footer=['会社案内', 'お問い合わせ', 'プライバシーポリシー', 'クッキーポリシー', '利用規約', '広告掲載', '採用情報'],
               rights='無断転載を禁じます。', authorbox='この記者の記事', home='トップ', skip='本文へ移動',
               video='動画', most_read='アクセスランキング', live='速報'),
    'ko': dict(cookie=('이 사이트는 서비스 개선과 맞춤형 광고를 위해 쿠키를 사용합니다.', '동의', '설정'),
               share='공유하기', share_items=['카카오톡', '페이스북', 'X', '링크 복사'],
               related='관련 기사', readalso='함께 보면 좋은 기사', ad='광고', comments='댓글 {n}',
               comments_cta='댓글 쓰기', newsletter=('아침 뉴스레터', '매일 아침 주요 뉴스를 메일로 보내드립니다.', '구독하기'),
               updated='수정', published='입력', tags='키워드', search='검색', login='로그인', subscribe='구독',
               footer=['회사소개', '고객센터', '개인정보처리방침', '청소년보호정책', '이용약관', '광고안내', '인재채용'],
               rights='무단 전재 및 재배포 금지', authorbox='기자의 다른 기사', home='홈', skip='본문 바로가기',
               video='영상', most_read='많이 본 뉴스', live='속보'),
    'ru': dict(cookie=('Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.', 'Принять', 'Подробнее'),
               share='Поделиться', share_items=['ВКонтакте', 'Telegram', 'WhatsApp', 'Одноклассники', 'Скопировать ссылку'],
               related='Читайте также', readalso='По теме', ad='Реклама', comments='Комментарии: {n}',
               comments_cta='Обсудить', newsletter=('Утренняя рассылка', 'Главные новости дня каждое утро на вашу почту.', 'Подписаться'),
               updated='Обновлено', published='Опубликовано', tags='Темы', search='Поиск', login='Войти', subscribe='Подписка',
               footer=['О редакции', 'Контакты', 'Политика конфиденциальности', 'Правила использования', 'Реклама', 'Вакансии'],
               rights='Все права защищены.', authorbox='Другие материалы автора', home='Главная', skip='Перейти к содержанию',
               video='Видео', most_read='Самое читаемое', live='Онлайн'),
}

# ------------------------------------------------------------------ sites
# Every site has its own class vocabulary and layout knobs; see render().

def C(**kw):
    base = dict(wrap='article', art='article', head='article-header', kicker='kicker', h1='headline',
                meta='article-meta', byline='byline', date='date', body='article-body', p='', sub='h2',
                subcls='', fig='figure', cap='caption', credit='credit', quote='pullquote', related='related',
                share='share', intro='intro')
    base.update(kw)
    return base


SITES = {
    # ---------------- English
    'ledger': dict(name='The Northern Ledger', lang='en', htmllang='en-GB', tz='UK', domain='www.northernledger.co.uk',
                   title_fmt='{h} | The Northern Ledger', vis='uk', dates=dict(meta='iso', ld='iso', time='iso'),
                   jsonld='simple', header='bar', nav=['UK', 'World', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather'],
                   c=C(art='nl-article', head='nl-article__header', kicker='nl-article__kicker', h1='nl-article__headline',
                       meta='nl-article__meta', byline='nl-byline', date='nl-timestamp', body='nl-article__body', p='nl-para',
                       cap='nl-caption', credit='nl-caption__credit', related='nl-related'),
                   kicker_mode='above', meta_pos='below', cookie='top', breadcrumb=True, share='bottom', comments=True,
                   related_dates=True, section='News'),
    'capitol': dict(name='Capitol Wire Daily', lang='en', htmllang='en-US', tz='USE', domain='capitolwiredaily.com',
                    title_fmt='{h} - Capitol Wire Daily', vis='us', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='graph', logo_h1=True, header='stack', nav=['Congress', 'White House', 'Courts', 'Elections', 'Economy', 'D.C. Region', 'Opinion'],
                    c=C(wrap='div', art='story', head='story-header', kicker='story-label', h1='story-title', meta='story-meta',
                        byline='byline', date='pub-date', body='story-body', p='', sub='h3', fig='div', cap='caption', credit='photo-credit',
                        quote='story-quote'),
                    kicker_mode='none', meta_pos='below', cookie='bottom', share='top', p_split=True, comments=True,
                    date_label='Published', ad=True, newsletter=True, section='Politics'),
    'pacific': dict(name='Pacific Coast Tribune', lang='en', htmllang='en-US', tz='USP', domain='pacificcoasttribune.com',
                    title_fmt='{h} – Pacific Coast Tribune', vis='us2', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='graph', header='menu', nav=['Local', 'California', 'Tech', 'Environment', 'Sports', 'Food', 'Obituaries'],
                    c=C(art='post type-post status-publish format-standard hentry', head='entry-header', kicker='cat-links',
                        h1='entry-title', meta='entry-meta', byline='byline author vcard', date='entry-date published',
                        body='entry-content', sub='h2', subcls='wp-block-heading', fig='figure', cap='wp-element-caption',
                        credit='image-credit', related='jp-relatedposts'),
                    kicker_mode='above', meta_pos='below', cookie='bottom', share='bottom', comments=True,
                    fig_cls='wp-block-image size-large', section='News'),
    'harbour': dict(name='The Harbour Herald', lang='en', htmllang='en-AU', tz='SYD', domain='harbourherald.com.au',
                    title_fmt='{h} | The Harbour Herald', vis='au', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='simple', header='bar', nav=['Sydney', 'NSW', 'National', 'World', 'Business', 'Sport', 'Lifestyle'],
                    c=C(wrap='section', art='article-wrapper', head='article-top', kicker='category-tag', h1='headline',
                        meta='article-info', byline='author-name', date='published-at', body='article-text', p='', sub='h2',
                        fig='figure', cap='img-caption', credit='img-credit'),
                    kicker_mode='above', meta_pos='above', cookie='bottom', share='both', comments=False, authorbox=True,
                    section='News'),
    'globe': dict(name='Globe Monitor', lang='en', htmllang='en', tz='UTC', domain='globemonitor.net',
                  title_fmt='{h} | Globe Monitor', vis='wire', dates=dict(meta='z', ld='z', time='z'),
                  jsonld='graph', microdata=True, header='bar', nav=['World', 'Europe', 'Africa', 'Americas', 'Asia', 'Markets', 'Climate'],
                  c=C(art='gm-story', head='gm-story__head', kicker='gm-story__section', h1='gm-story__title',
                      meta='gm-story__meta', byline='gm-story__author', date='gm-story__time', body='gm-story__text',
                      p='gm-p', sub='h2', fig='figure', cap='gm-figure__caption', credit='gm-figure__credit'),
                  kicker_mode='above', meta_pos='below', cookie='top', share='bottom', related_dates=True, section='World'),
    'meridian': dict(name='Meridian Post', lang='en', htmllang='en-IN', tz='IN', domain='meridianpost.in',
                     title_fmt='{h} - Meridian Post', vis='in', dates=dict(meta='iso', ld='iso', time='text'),
                     jsonld='simple', header='stack', nav=['India', 'Cities', 'World', 'Business', 'Cricket', 'Entertainment', 'Explained'],
                     c=C(wrap='div', art='article-block', head='art-head', kicker='art-cat', h1='art-title', meta='author-info',
                         byline='auth-name', date='upd-time', body='full-details', p='', sub='h2', fig='div', cap='img-cap',
                         credit='img-src', intro='synopsis'),
                     kicker_mode='above', meta_pos='below', cookie='bottom', share='top', inbody_related=True,
                     date_label='Published:', section='News', grid=True),
    'maple': dict(name='Maple Record', lang='en', htmllang='en-CA', tz='CAE', domain='maplerecord.ca',
                  title_fmt='{h} | Maple Record', vis='ca', dates=dict(meta='iso', ld='iso', time='iso'),
                  jsonld='list', header='menu', nav=['Local News', 'Ontario', 'Canada', 'World', 'Business', 'Sports', 'Opinion'],
                  c=C(art='story', head='story__header', kicker='story__kicker', h1='story__title', meta='story__meta',
                      byline='story__byline', date='story__date', body='story__body', p='', sub='h2', fig='figure',
                      cap='story__caption', credit='story__credit'),
                  kicker_mode='none', meta_pos='below', cookie='top', share='bottom', comments=True, section='News'),
    # ---------------- German
    'rheinische': dict(name='Rheinische Abendpost', lang='de', htmllang='de-DE', tz='EU', domain='www.rheinische-abendpost.de',
                       title_fmt='{h} | Rheinische Abendpost', vis='de', dates=dict(meta='iso', ld='iso', time='iso'),
                       jsonld='simple', header='stack', nav=['Köln', 'Düsseldorf', 'NRW', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Karneval'],
                       c=C(wrap='div', art='article', head='article-header', kicker='article-kicker', h1='article-title',
                           meta='article-meta', byline='article-author', date='article-date', body='article-text', p='text',
                           sub='h3', subcls='subheadline', fig='figure', cap='bildunterschrift', credit='bildnachweis', intro='article-intro'),
                       kicker_mode='above', meta_pos='below', cookie='top', share='bottom', comments=True, inbody_related=True,
                       ad=True, section='Region'),
    'tagesblick': dict(name='Tagesblick Online', lang='de', htmllang='de', tz='EU', domain='www.tagesblick.de',
                       title_fmt='{h} - Tagesblick Online', vis='de2', dates=dict(meta='iso', ld='iso', time='iso'),
                       jsonld='simple', header='bar', nav=['Politik', 'Wirtschaft', 'Panorama', 'Sport', 'Wissen', 'Digital', 'Reise'],
                       c=C(art='tb-story', head='tb-story__head', kicker='tb-kicker', h1='tb-headline', meta='tb-meta',
                           byline='tb-author', date='tb-date', body='tb-richtext', p='', sub='h2', fig='figure',
                           cap='tb-caption', credit='tb-copyright'),
                       kicker_mode='inh1', meta_pos='below', cookie='bottom', share='top', comments=True, newsletter=True,
                       section='Nachrichten'),
    'alpenland': dict(name='Alpenland Kurier', lang='de', htmllang='de-AT', tz='EU', domain='www.alpenland-kurier.at',
                      title_fmt='{h} « Alpenland Kurier', vis='at', dates=dict(meta='iso', ld='iso', time='text'),
                      jsonld='simple', header='menu', nav=['Österreich', 'Wien', 'Bundesländer', 'Politik', 'Wirtschaft', 'Sport', 'Chronik'],
                      c=C(wrap='div', art='story', head='story-head', kicker='ressort', h1='story-title', meta='story-autor',
                          byline='autor', date='datum', body='story-text', p='', sub='h2', fig='div', cap='bildtext', credit='bildquelle'),
                      kicker_mode='above', meta_pos='bottom', date_top=True, cookie='top', share='bottom', comments=True,
                      section='Chronik'),
    # ---------------- French
    'quotidien': dict(name='Le Quotidien du Centre', lang='fr', htmllang='fr-FR', tz='EU', domain='www.quotidienducentre.fr',
                      title_fmt='{h} - Le Quotidien du Centre', vis='fr', dates=dict(meta='iso', ld='iso', time='iso'),
                      jsonld='simple', header='bar', nav=['Région', 'France', 'Monde', 'Économie', 'Sports', 'Culture', 'Faits divers'],
                      c=C(art='article', head='article__header', kicker='article__rubrique', h1='article__titre', meta='article__signature',
                          byline='article__auteur', date='article__date', body='article__contenu', p='article__paragraphe',
                          sub='h2', subcls='article__intertitre', fig='figure', cap='article__legende', credit='article__credit',
                          intro='article__chapo'),
                      kicker_mode='above', meta_pos='below', cookie='top', share='both', comments=True,
                      date_label='Publié', section='Actualité'),
    'echo': dict(name="L'Écho Continental", lang='fr', htmllang='fr-BE', tz='EU', domain='www.echocontinental.be',
                 title_fmt="{h} | L'Écho Continental", vis='fr2', dates=dict(meta='iso', ld='iso', time='iso'),
                 jsonld='graph', header='stack', nav=['Belgique', 'Europe', 'Monde', 'Économie', 'Sports', 'Culture', 'Opinions'],
                 c=C(wrap='div', art='page-article', head='art-head', kicker='art-surtitre', h1='art-title', meta='art-infos',
                     byline='art-author', date='art-date', body='art-body', p='', sub='h3', fig='figure', cap='art-legend',
                     credit='art-copyright'),
                 kicker_mode='none', meta_pos='below', cookie='bottom', share='bottom', authorbox=True, section='Actualité'),
    'romande': dict(name='La Tribune Romande', lang='fr', htmllang='fr-CH', tz='EU', domain='www.tribune-romande.ch',
                    title_fmt='{h} | La Tribune Romande', vis='ch', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='simple', header='menu', nav=['Genève', 'Vaud', 'Suisse', 'Monde', 'Économie', 'Sports', 'Culture'],
                    c=C(art='trb-article', head='trb-head', kicker='surtitre', h1='titre', meta='trb-meta', byline='signature',
                        date='horodatage', body='trb-corps', p='', sub='h2', fig='figure', cap='legende', credit='copyright'),
                    kicker_mode='above', meta_pos='bottom', cookie='top', share='top', section='Actualité'),
    # ---------------- Spanish
    'peninsular': dict(name='El Diario Peninsular', lang='es', htmllang='es-ES', tz='EU', domain='www.diariopeninsular.es',
                       title_fmt='{h} | El Diario Peninsular', vis='es', dates=dict(meta='iso', ld='iso', time='iso'),
                       jsonld='simple', header='bar', nav=['España', 'Internacional', 'Economía', 'Deportes', 'Cultura', 'Sociedad', 'Opinión'],
                       c=C(art='noticia', head='noticia-cabecera', kicker='antetitulo', h1='titular', meta='noticia-firma',
                           byline='firma', date='fecha', body='cuerpo-noticia', p='', sub='h3', fig='figure', cap='pie-foto',
                           credit='autor-foto', intro='entradilla'),
                       kicker_mode='above', meta_pos='below', cookie='bottom', share='both', comments=True, section='Noticias'),
    'plata': dict(name='La Voz del Plata', lang='es', htmllang='es-AR', tz='AR', domain='www.lavozdelplata.com.ar',
                  title_fmt='{h} - La Voz del Plata', vis='ar', dates=dict(meta='iso', ld='iso', time='text'),
                  jsonld='simple', header='stack', nav=['Política', 'Economía', 'Sociedad', 'Deportes', 'Espectáculos', 'El Mundo'],
                  c=C(wrap='div', art='nota', head='nota-header', kicker='nota-volanta', h1='nota-titulo', meta='nota-datos',
                      byline='nota-autor', date='nota-fecha', body='nota-cuerpo', p='', sub='h2', fig='div', cap='nota-epigrafe',
                      credit='nota-foto-credito', intro='nota-bajada'),
                  kicker_mode='none', meta_pos='below', cookie='top', share='bottom', section='Actualidad'),
    'valle': dict(name='Noticias del Valle', lang='es', htmllang='es-MX', tz='MX', domain='noticiasdelvalle.mx',
                  title_fmt='{h} | Noticias del Valle', vis='mx', dates=dict(meta='iso', ld='iso', time='iso'),
                  jsonld='graph', header='menu', nav=['Local', 'Nacional', 'Seguridad', 'Negocios', 'Deportes', 'Show', 'Mundo'],
                  c=C(wrap='section', art='articulo', head='articulo-encabezado', kicker='seccion', h1='articulo-titulo',
                      meta='articulo-meta', byline='articulo-autor', date='articulo-fecha', body='articulo-contenido', p='',
                      sub='h2', fig='figure', cap='articulo-pie', credit='articulo-credito'),
                  kicker_mode='above', meta_pos='above', cookie='bottom', share='bottom', comments=True, section='Noticias'),
    # ---------------- Italian
    'padano': dict(name='Il Corriere Padano', lang='it', htmllang='it-IT', tz='EU', domain='www.corrierepadano.it',
                   title_fmt='{h} - Il Corriere Padano', vis='it', dates=dict(meta='iso', ld='iso', time='iso'),
                   jsonld='simple', logo_h1=True, header='stack', nav=['Milano', 'Lombardia', 'Italia', 'Esteri', 'Economia', 'Sport', 'Cultura'],
                   c=C(art='articolo', head='articolo-testata', kicker='occhiello', h1='articolo-titolo', meta='articolo-info',
                       byline='autore', date='data-pubblicazione', body='articolo-testo', p='', sub='h3', fig='figure',
                       cap='didascalia', credit='fonte-foto', intro='sommario'),
                   kicker_mode='above', meta_pos='below', cookie='top', share='bottom', comments=True, ad=True, section='Cronaca'),
    'tirreno': dict(name='La Gazzetta del Tirreno', lang='it', htmllang='it', tz='EU', domain='www.gazzettadeltirreno.it',
                    title_fmt='{h} | La Gazzetta del Tirreno', vis='it2', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='graph', header='bar', nav=['Napoli', 'Campania', 'Italia', 'Mondo', 'Economia', 'Sport', 'Spettacoli'],
                    c=C(wrap='div', art='news-detail', head='news-head', kicker='news-occhiello', h1='news-title', meta='news-meta',
                        byline='news-author', date='news-date', body='news-text', p='', sub='h2', fig='div', cap='news-didascalia',
                        credit='news-fonte'),
                    kicker_mode='above', meta_pos='above', cookie='bottom', share='both', p_split=True, section='Notizie'),
    # ---------------- Portuguese
    'ribeira': dict(name='Jornal da Ribeira', lang='pt', htmllang='pt-PT', tz='PT', domain='www.jornaldaribeira.pt',
                    title_fmt='{h} - Jornal da Ribeira', vis='pt', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='simple', header='bar', nav=['País', 'Mundo', 'Política', 'Economia', 'Desporto', 'Cultura', 'Local'],
                    c=C(art='artigo', head='artigo-cabecalho', kicker='antetitulo', h1='artigo-titulo', meta='artigo-meta',
                        byline='artigo-autor', date='artigo-data', body='artigo-corpo', p='', sub='h2', fig='figure',
                        cap='legenda', credit='credito', intro='artigo-lead'),
                    kicker_mode='above', meta_pos='below', cookie='top', share='bottom', comments=True, section='Notícias'),
    'planalto': dict(name='Folha do Planalto', lang='pt', htmllang='pt-BR', tz='BR', domain='www.folhadoplanalto.com.br',
                     title_fmt='{h} | Folha do Planalto', vis='br', dates=dict(meta='iso', ld='iso', time='iso'),
                     jsonld='graph', header='stack', nav=['Brasil', 'Política', 'Mundo', 'Economia', 'Esporte', 'Cotidiano', 'Ilustrada'],
                     c=C(wrap='div', art='materia', head='materia-topo', kicker='chapeu', h1='materia-titulo', meta='materia-assinatura',
                         byline='autor', date='data-publicacao', body='materia-conteudo', p='', sub='h3', fig='figure',
                         cap='legenda-foto', credit='credito-foto', intro='linha-fina'),
                     kicker_mode='above', meta_pos='below', cookie='bottom', share='top', inbody_related=True, section='Notícias'),
    # ---------------- Dutch
    'polder': dict(name='Het Poldernieuws', lang='nl', htmllang='nl-NL', tz='EU', domain='www.poldernieuws.nl',
                   title_fmt='{h} | Het Poldernieuws', vis='nl', dates=dict(meta='iso', ld='iso', time='iso'),
                   jsonld='simple', header='bar', nav=['Binnenland', 'Buitenland', 'Politiek', 'Economie', 'Sport', 'Cultuur', 'Regio'],
                   c=C(art='artikel', head='artikel-kop', kicker='artikel-label', h1='artikel-titel', meta='artikel-meta',
                       byline='auteur', date='datum', body='artikel-tekst', p='', sub='h2', fig='figure', cap='bijschrift',
                       credit='fotograaf', intro='artikel-intro'),
                   kicker_mode='above', meta_pos='below', cookie='top', share='bottom', comments=True, section='Nieuws'),
    'schelde': dict(name='De Scheldekrant', lang='nl', htmllang='nl-BE', tz='EU', domain='www.scheldekrant.be',
                    title_fmt='{h} | De Scheldekrant', vis='be', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='graph', header='menu', nav=['Antwerpen', 'Gent', 'Binnenland', 'Buitenland', 'Economie', 'Sport', 'Cultuur'],
                    c=C(wrap='div', art='sk-article', head='sk-article-header', kicker='sk-tag', h1='sk-article-title',
                        meta='sk-article-meta', byline='sk-author', date='sk-date', body='sk-article-body', p='sk-paragraph',
                        sub='h3', fig='figure', cap='sk-caption', credit='sk-photo'),
                    kicker_mode='none', meta_pos='above', cookie='bottom', share='both', authorbox=True, section='Nieuws'),
    # ---------------- Scandinavian
    'norrland': dict(name='Norrlandsposten', lang='sv', htmllang='sv-SE', tz='EU', domain='www.norrlandsposten.se',
                     title_fmt='{h} | Norrlandsposten', vis='sv', dates=dict(meta='iso', ld='iso', time='iso'),
                     jsonld='simple', header='bar', nav=['Nyheter', 'Sverige', 'Världen', 'Ekonomi', 'Sport', 'Kultur', 'Debatt'],
                     c=C(art='np-artikel', head='np-artikel__huvud', kicker='np-vinjett', h1='np-rubrik', meta='np-byline',
                         byline='np-skribent', date='np-datum', body='np-brodtext', p='', sub='h2', fig='figure',
                         cap='np-bildtext', credit='np-fotograf', intro='np-ingress'),
                     kicker_mode='above', meta_pos='below', cookie='top', share='bottom', comments=False, section='Nyheter'),
    'oresund': dict(name='Øresunds Tidende', lang='da', htmllang='da-DK', tz='EU', domain='www.oresundstidende.dk',
                    title_fmt='{h} | Øresunds Tidende', vis='da', dates=dict(meta='iso', ld='iso', time='iso'),
                    jsonld='graph', header='stack', nav=['Nyheder', 'Danmark', 'Udland', 'Erhverv', 'Sport', 'Kultur', 'Debat'],
                    c=C(wrap='div', art='ot-article', head='ot-header', kicker='ot-label', h1='ot-title', meta='ot-meta',
                        byline='ot-author', date='ot-time', body='ot-body', p='', sub='h3', fig='figure', cap='ot-caption',
                        credit='ot-credit', intro='ot-manchet'),
                    kicker_mode='none', meta_pos='below', cookie='bottom', share='top', section='Nyheder'),
    'fjord': dict(name='Fjordavisen', lang='no', htmllang='nb-NO', tz='EU', domain='www.fjordavisen.no',
                  title_fmt='{h} – Fjordavisen', vis='no', dates=dict(meta='iso', ld='iso', time='iso'),
                  jsonld='simple', header='menu', nav=['Nyheter', 'Innenriks', 'Utenriks', 'Økonomi', 'Sport', 'Kultur', 'Meninger'],
                  c=C(art='fa-sak', head='fa-topp', kicker='fa-stikktittel', h1='fa-tittel', meta='fa-byline', byline='fa-journalist',
                      date='fa-tid', body='fa-brodtekst', p='', sub='h2', fig='figure', cap='fa-bildetekst', credit='fa-foto'),
                  kicker_mode='above', meta_pos='above', cookie='top', share='bottom', section='Nyheter'),
    # ---------------- CJK / Korean / Russian
    'huaxia': dict(name='华夏时报网', lang='zh', htmllang='zh-CN', tz='CN', domain='www.huaxiashibao.cn',
                   title_fmt='{h}_华夏时报网', vis='zh', dates=dict(meta='space', ld='iso', time='text'),
                   jsonld='simple', header='stack', nav=['首页', '时政', '国际', '财经', '科技', '社会', '体育', '文化'],
                   c=C(wrap='div', art='main-content', head='article-head', kicker='column-name', h1='article-title',
                       meta='article-info', byline='author', date='pubtime', body='article-content', p='', sub='h3',
                       fig='div', cap='pic-desc', credit='pic-source'),
                   kicker_mode='above', meta_pos='below', cookie=None, share='bottom', comments=True, editor=True,
                   section='新闻'),
    'dongfang': dict(name='东方财经日报', lang='zh', htmllang='zh-Hans', tz='CN', domain='www.dfcjrb.com',
                     title_fmt='{h} - 东方财经日报', vis='zh2', dates=dict(meta='iso', ld='iso', time='iso'),
                     jsonld='graph', header='bar', nav=['要闻', '宏观', '金融', '公司', '产业', '地产', '评论'],
                     c=C(art='df-article', head='df-article-header', kicker='df-tag', h1='df-title', meta='df-meta',
                         byline='df-author', date='df-time', body='df-article-body', p='', sub='h2', fig='figure',
                         cap='df-caption', credit='df-photo', intro='df-summary'),
                     kicker_mode='above', meta_pos='below', cookie='bottom', share='top', section='要闻'),
    'minato': dict(name='みなと新聞', lang='ja', htmllang='ja', tz='JP', domain='www.minato-shimbun.jp',
                   title_fmt='{h}｜みなと新聞', vis='ja', dates=dict(meta='iso', ld='iso', time='iso'),
                   jsonld='simple', header='stack', nav=['トップ', '社会', '政治', '経済', '国際', 'スポーツ', '地域', '暮らし'],
                   c=C(art='article-main', head='article-header', kicker='article-genre', h1='article-title', meta='article-meta',
                       byline='article-writer', date='article-date', body='article-body', p='', sub='h2', fig='figure',
                       cap='photo-caption', credit='photo-credit'),
                   kicker_mode='above', meta_pos='below', cookie='bottom', share='bottom', section='ニュース'),
    'hokuto': dict(name='北都日報', lang='ja', htmllang='ja-JP', tz='JP', domain='www.hokuto-nippo.co.jp',
                   title_fmt='{h} - 北都日報', vis='ja2', dates=dict(meta='iso', ld='iso', time='iso'),
                   jsonld='graph', header='bar', nav=['道内', '札幌', '政治', '経済', '国際', 'スポーツ', '文化'],
                   c=C(wrap='div', art='hn-news', head='hn-news-head', kicker='hn-cat', h1='hn-news-title', meta='hn-news-info',
                       byline='hn-writer', date='hn-time', body='hn-news-body', p='', sub='h3', fig='div', cap='hn-photo-caption',
                       credit='hn-photo-credit'),
                   kicker_mode='none', meta_pos='above', cookie='top', share='top', section='ニュース'),
    'hangang': dict(name='한강일보', lang='ko', htmllang='ko-KR', tz='KR', domain='www.hangangilbo.co.kr',
                    title_fmt='{h} | 한강일보', vis='ko', dates=dict(meta='iso', ld='iso', time='text'),
                    jsonld='simple', header='bar', nav=['정치', '경제', '사회', '국제', '문화', '스포츠', '오피니언'],
                    c=C(wrap='div', art='article-view', head='article-head-title', kicker='section-name', h1='headline',
                        meta='byline-info', byline='reporter', date='input-date', body='article-view-content', p='', sub='h3',
                        fig='figure', cap='img-caption', credit='img-copyright'),
                    kicker_mode='above', meta_pos='below', cookie=None, share='bottom', comments=True, section='뉴스',
                    date_label='입력'),
    'nevsky': dict(name='Невский вестник', lang='ru', htmllang='ru', tz='MSK', domain='nevsky-vestnik.ru',
                   title_fmt='{h} — Невский вестник', vis='ru', dates=dict(meta='iso', ld='iso', time='iso'),
                   jsonld='simple', header='stack', nav=['Город', 'Россия', 'Мир', 'Экономика', 'Спорт', 'Культура', 'Происшествия'],
                   c=C(art='nv-article', head='nv-article__head', kicker='nv-rubric', h1='nv-article__title', meta='nv-article__meta',
                       byline='nv-author', date='nv-date', body='nv-article__text', p='', sub='h2', fig='figure',
                       cap='nv-photo__caption', credit='nv-photo__author', intro='nv-lead'),
                   kicker_mode='above', meta_pos='below', cookie='bottom', share='bottom', comments=True, section='Новости'),
}

# ------------------------------------------------------------------ parsing
FIELD_RE = re.compile(r'^([A-Z]{1,3}):\s?(.*)$')


def parse_src():
    arts = []
    for fn in sorted(glob.glob(os.path.join(SRC, '*.txt'))):
        text = open(fn, encoding='utf-8').read()
        blocks = re.split(r'(?m)^=== ', text)
        for b in blocks[1:]:
            lines = b.split('\n')
            hdr = lines[0].split()
            a = dict(id=hdr[0], site=hdr[1], date=hdr[2], opts={}, caps=[], src=os.path.basename(fn))
            for kv in hdr[3:]:
                k, v = kv.split('=', 1)
                a['opts'][k] = v
            i = 1
            while i < len(lines) and lines[i].strip() != '---':
                ln = lines[i]
                i += 1
                if not ln.strip():
                    continue
                m = FIELD_RE.match(ln)
                if not m and re.match(r'^\w+=\S+$', ln.strip()):
                    k, v = ln.strip().split('=', 1)
                    a['opts'][k] = v
                    continue
                if not m:
                    raise SystemExit(f'{a["id"]}: bad field line {ln!r}')
                k, v = m.group(1), m.group(2).strip()
                if k == 'C':
                    cap, _, cred = v.partition('||')
                    a['caps'].append((cap.strip(), cred.strip()))
                else:
                    a[k] = v
            if 'U' in a['opts']:
                a['U'] = a['opts'].pop('U')
            body = '\n'.join(lines[i + 1:])
            paras = [' '.join(p.split()) for p in re.split(r'\n\s*\n', body) if p.strip()]
            a['paras'] = paras
            arts.append(a)
    return arts


# ------------------------------------------------------------------ helpers
LINK_RE = re.compile(r'\[\[(.+?)\|(.+?)\]\]')


def plain(t):
    return LINK_RE.sub(lambda m: m.group(1), t)


def esc(t, quote=False):
    return html.escape(t, quote=quote)


def esc_body(t):
    t = esc(t)
    return LINK_RE.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', t)


def ent(t, mode, attr=False):
    """Entity-encode a title/headline in a given style (hard case)."""
    if not mode:
        return esc(t, quote=attr)
    out = []
    for ch in t:
        o = ord(ch)
        if ch == '&':
            out.append('&amp;')
        elif ch == '<':
            out.append('&lt;')
        elif ch == '>':
            out.append('&gt;')
        elif mode == 'numeric':
            if ch == "'":
                out.append('&#039;')
            elif ch == '"':
                out.append('&quot;' if attr else '&#034;')
            elif o > 127 and not ch.isalpha():
                out.append(f'&#{o};')
            else:
                out.append(ch)
        elif mode == 'named':
            if ch == '"':
                out.append('&quot;')
            elif o > 127 and o in codepoint2name:
                out.append(f'&{codepoint2name[o]};')
            else:
                out.append(ch)
        elif mode == 'quot':
            if ch == '"':
                out.append('&quot;')
            elif ch == "'":
                out.append('&#39;')
            else:
                out.append(ch)
        elif mode == 'hex':
            if o > 127 or ch in '"\'':
                out.append(f'&#x{o:X};')
            else:
                out.append(ch)
        else:
            raise ValueError(mode)
    return ''.join(out)


def slugify(t, fallback, minlen=8):
    t = t.lower()
    repl = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'å': 'a', 'ø': 'o', 'æ': 'ae'}
    t = ''.join(repl.get(c, c) for c in t)
    import unicodedata
    t = unicodedata.normalize('NFKD', t)
    t = ''.join(c for c in t if c.isascii())
    t = re.sub(r'[^a-z0-9]+', '-', t).strip('-')
    if len(t) < minlen:
        return fallback
    return t[:80].rstrip('-')


def hnum(s, mod):
    return zlib.crc32(s.encode()) % mod


def is_cjk(lang):
    return lang in ('zh', 'ja')


def first_sentence(t, lang):
    t = plain(t)
    if is_cjk(lang):
        m = re.search(r'^(.+?[。！？])', t)
        s = m.group(1) if m else t
        return s[:90]
    if len(t) <= 160:
        return t
    cut = t[:157].rsplit(' ', 1)[0]
    return cut + '…'


# ------------------------------------------------------------------ render
def split_people(s):
    return [x.strip() for x in s.split(';') if x.strip()] if s else []


def render(a, site_arts):
    s = SITES[a['site']]
    L = LOC[s['lang']]
    c = s['c']
    o = a['opts']
    lang = s['lang']
    pd = None if a['date'] == 'none' else PD(a['date'], s['tz'])
    upd = PD(a['U'], s['tz']) if a.get('U') else None
    dates = dict(s['dates'])
    for k in ('meta', 'ld', 'time'):
        if k in o:
            dates[k] = o[k]
    visfmt = o.get('vis', s['vis'])
    jmode = o.get('jsonld', s['jsonld'])
    entmode = o.get('ent')
    h1 = a['H']
    seo = a.get('S')
    kicker = a.get('K')
    authors = split_people(a.get('A'))
    agencies = split_people(a.get('G'))
    tags = set(x for x in o.get('tags', '').split(',') if x)
    url = a['url']
    title_text = s['title_fmt'].format(h=seo or h1)
    if o.get('title') == 'bare':
        title_text = seo or h1
    desc = a.get('T') or first_sentence(a['paras'][0], lang)
    if a.get('D') and desc.startswith(a['D']):
        desc = re.sub(r'^.{0,40}?[—–-]\s+', '', desc, count=1)
    hc = set()
    if entmode and (ent(title_text, entmode) != esc(title_text) or ent(h1, entmode) != esc(h1)):
        hc.add('entities_in_title')
    if '&amp;' in esc(h1) or '&amp;' in esc(title_text):
        hc.add('entities_in_title')
    if seo:
        hc.add('seo_title_differs')
    if ': ' in h1 or '：' in h1:
        hc.add('colon_in_headline')
    if s.get('logo_h1'):
        hc.add('two_h1')
    if kicker and s.get('kicker_mode') != 'none':
        hc.add('kicker')

    out = []
    w = out.append
    enc = o.get('enc', 'utf-8')
    w('<!DOCTYPE html>')
    w(f'<html lang="{s["htmllang"]}" class="no-js">')
    w('<head>')
    if enc == 'utf-8':
        w('<meta charset="utf-8">' if hnum(a['id'], 3) else '<meta charset="UTF-8">')
    else:
        label = {'shift_jis': 'Shift_JIS', 'gb2312': 'gb2312', 'gbk': 'GBK', 'windows-1251': 'windows-1251',
                 'iso-8859-1': 'ISO-8859-1'}[enc]
        if hnum(a['id'], 2):
            w(f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
        else:
            w(f'<meta charset="{label}">')
        hc.add('legacy_encoding')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<title>{ent(title_text, entmode)}</title>')
    w(f'<meta name="description" content="{esc(desc, True)}">')
    w('<meta name="robots" content="index, follow, max-image-preview:large">')
    w(f'<link rel="canonical" href="{url}">')
    w(f'<meta property="og:type" content="article">')
    w(f'<meta property="og:site_name" content="{esc(s["name"], True)}">')
    w(f'<meta property="og:title" content="{ent(seo or h1, entmode, attr=True)}">')
    w(f'<meta property="og:description" content="{esc(desc, True)}">')
    w(f'<meta property="og:url" content="{url}">')
    w(f'<meta property="og:image" content="https://img.{s["domain"].replace("www.", "")}/{hnum(a["id"] + "img", 99999):05d}/1200x675.jpg">')
    w(f'<meta property="og:locale" content="{s["htmllang"].replace("-", "_")}">')
    w('<meta name="twitter:card" content="summary_large_image">')
    w(f'<meta name="twitter:title" content="{ent(seo or h1, entmode, attr=True)}">')
    if pd and dates['meta'] not in ('none', 'text'):
        v = pd.fmt(dates['meta'])
        if dates['meta'] == 'bogus':
            w(f'<meta name="pubdate" content="{v}">')
            w(f'<meta property="article:published_time" content="{pd.fmt("iso")}">')
            hc.add('bogus_date_meta')
        elif dates['meta'] == 'java':
            w(f'<meta name="date" content="{v}">')
            hc.add('date_java_style')
        else:
            w(f'<meta property="article:published_time" content="{v}">')
        if upd:
            w(f'<meta property="article:modified_time" content="{upd.fmt(dates["meta"] if dates["meta"] not in ("bogus", "java") else "iso")}">')
    if kicker or s['section']:
        w(f'<meta property="article:section" content="{esc(kicker or s["section"], True)}">')
    if o.get('metaauthor'):
        w(f'<meta name="author" content="{esc(o["metaauthor"].replace("_", " "), True)}">')
    elif s.get('meta_author') and authors:
        w(f'<meta name="author" content="{esc(", ".join(authors), True)}">')
    w(f'<link rel="stylesheet" href="/static/css/{a["site"]}.{hnum(a["site"], 0xfffff):05x}.css">')
    w(f'<link rel="icon" href="/favicon.ico">')
    # ---- JSON-LD
    if jmode != 'none':
        ld = build_jsonld(a, s, pd, upd, dates, authors, agencies, jmode, url, h1, seo, kicker, desc)
        if jmode == 'graph':
            hc.add('jsonld_graph')
        if jmode == 'invalid':
            hc.add('jsonld_invalid')
        if len(authors) > 1 or jmode == 'list':
            hc.add('jsonld_author_list')
        w('<script type="application/ld+json">')
        w(ld)
        w('</script>')
    w('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","contentId":"%s"});</script>' % hnum(a['id'], 10 ** 7))
    w('<script async src="/static/js/ads.js"></script>')
    w('</head>')
    body_cls = f'{a["site"]}-site page-article'
    w(f'<body class="{body_cls}">')
    w(f'<a class="skip-link" href="#main">{L["skip"]}</a>')
    if s.get('cookie') == 'top':
        w(cookie_html(L, a['site']))
    w(header_html(s, L, pd))
    if s.get('breadcrumb'):
        w(f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{L["home"]}</a></li><li><a href="/{s["section"].lower()}/">{esc(s["section"])}</a></li>{"<li>" + esc(kicker) + "</li>" if kicker else ""}</ol></nav>')
    # ---- article header
    if s.get('grid'):
        w('<div class="container"><div class="row"><div class="col-md-8 col-sm-12">')
    w(f'<main id="main" role="main">')
    md = ' itemscope itemtype="https://schema.org/NewsArticle"' if s.get('microdata') else ''
    wrap = c['wrap']
    w(f'<{wrap} class="{c["art"]}"{md} data-article-id="{hnum(a["id"], 10 ** 7)}">')
    head = []
    kick_html = ''
    if kicker and s.get('kicker_mode') != 'none':
        if c['kicker'] in ('cat-links', 'category-tag', 'art-cat'):
            kick_html = f'<span class="{c["kicker"]}"><a href="/topic/{slugify(kicker, "t", 2)}/" rel="category tag">{esc(kicker)}</a></span>'
        else:
            kick_html = f'<span class="{c["kicker"]}">{esc(kicker)}</span>' if hnum(a['id'], 2) else f'<p class="{c["kicker"]}">{esc(kicker)}</p>'
    h1_inner = ent(h1, entmode)
    itemprop_h = ' itemprop="headline"' if s.get('microdata') else ''
    if s.get('kicker_mode') == 'inh1' and kicker:
        h1_html = f'<h1 class="{c["h1"]}"{itemprop_h}><span class="{c["kicker"]}">{esc(kicker)}</span><span class="tb-sep">: </span><span class="tb-title">{h1_inner}</span></h1>'
        hc.add('kicker_inside_h1')
    else:
        h1_html = f'<h1 class="{c["h1"]}"{itemprop_h}>{h1_inner}</h1>'
    meta_html, meta_hc = meta_block(a, s, L, pd, upd, dates, visfmt, authors, agencies)
    hc |= meta_hc
    date_top_html = ''
    if s.get('date_top'):
        date_top_html = date_html(s, L, pd, upd, dates, visfmt, a)
    intro = a.get('T')
    head.append(f'<header class="{c["head"]}">')
    if s.get('meta_pos') == 'above':
        head.append(meta_html)
    if date_top_html:
        head.append(date_top_html)
    if s.get('kicker_mode') != 'inh1' and kick_html:
        head.append(kick_html)
    head.append(h1_html)
    if intro:
        tag = 'h2' if c['intro'] in ('synopsis', 'entradilla') else 'p'
        head.append(f'<{tag} class="{c["intro"]}">{esc_body(intro)}</{tag}>')
        hc.add('standfirst')
    if s.get('meta_pos') == 'below':
        head.append(meta_html)
    head.append('</header>')
    w('\n'.join(head))
    if s.get('share') in ('top', 'both'):
        w(share_html(s, L, 'top'))
    # ---- lead figure
    caps = list(a['caps'])
    if caps:
        w(figure_html(s, a, caps.pop(0), 0))
        hc.add('caption_credit')
    # ---- body
    ib = ' itemprop="articleBody"' if s.get('microdata') else ''
    w(f'<div class="{c["body"]}"{ib}>')
    if s['lang'] in ('zh',) and s.get('editor'):
        pass
    n = len(a['paras'])
    quote_at = min(3, n - 1)
    for i, p in enumerate(a['paras']):
        if p.startswith('## '):
            sub = esc_body(p[3:])
            if c['sub'] == 'strong':
                w(f'<p><strong>{sub}</strong></p>')
            else:
                cl = f' class="{c["subcls"]}"' if c['subcls'] else ''
                w(f'<{c["sub"]}{cl}>{sub}</{c["sub"]}>')
            hc.add('subheadings')
            continue
        ptxt = esc_body(p)
        if i == 0 and a.get('D'):
            hc.add('dateline')
            dl = a['D']
            m = re.match(r'^(' + re.escape(esc(dl)) + r'[^—–\-]{0,25}?[—–\-]+)\s', ptxt)
            if m and hnum(a['id'], 2):
                ptxt = f'<span class="dateline">{m.group(1)}</span> ' + ptxt[m.end():]
            elif m:
                ptxt = f'<strong>{m.group(1)}</strong> ' + ptxt[m.end():]
        pc = f' class="{c["p"]}"' if c['p'] else ''
        if s.get('p_split'):
            w(f'<div class="paragraph-wrap" data-block="{i}"><p{pc}>{ptxt}</p></div>')
        else:
            w(f'<p{pc}>{ptxt}</p>')
        if i == 1 and s.get('inbody_related') and n > 4:
            others = [x for x in site_arts if x['id'] != a['id'] and x.get('type') is None]
            if others:
                x = others[hnum(a['id'], len(others))]
                w(f'<div class="inline-related"><span class="inline-related__label">{L["readalso"]}:</span> <a href="{x.get("url", "#")}">{ent(x["H"], None)}</a></div>')
                hc.add('inbody_related_link')
        if i == 2 and s.get('ad'):
            w(f'<div class="ad-slot ad-slot--inarticle" data-ad-unit="/2231/{a["site"]}/article_mid"><span class="ad-label">{L["ad"]}</span></div>')
        if i == quote_at and a.get('Q'):
            w(f'<blockquote class="{c["quote"]}"><p>{esc(a["Q"])}</p></blockquote>')
            hc.add('pull_quote')
        if caps and i in (2, 4, 6):
            w(figure_html(s, a, caps.pop(0), i))
        if s.get('newsletter') and i == n - 3:
            nl = L['newsletter']
            w(f'<aside class="newsletter-promo"><h4>{nl[0]}</h4><p>{nl[1]}</p><form action="/newsletter"><input type="email" placeholder="E-mail"><button>{nl[2]}</button></form></aside>')
    for cp in caps:
        w(figure_html(s, a, cp, 99))
    w('</div>')
    if s.get('editor'):
        ed = o.get('editor', '张晓')
        w(f'<p class="editor">（责任编辑：{esc(ed)}）</p>')
    if s.get('meta_pos') == 'bottom':
        w(f'<footer class="article-footer">{meta_html}</footer>')
    if o.get('tagsline', '1') == '1':
        tg = [kicker or s['section'], s['nav'][hnum(a['id'], len(s['nav']))]]
        w(f'<div class="tags"><span>{L["tags"]}:</span> ' + ' '.join(f'<a href="/tag/{slugify(t, "x", 2)}/">{esc(t)}</a>' for t in tg) + '</div>')
    if s.get('share') in ('bottom', 'both'):
        w(share_html(s, L, 'bottom'))
    if s.get('authorbox') and authors:
        for au in authors[:1]:
            w(f'<div class="author-box"><img src="/img/authors/{slugify(au, "a")}.jpg" alt="{esc(au, True)}"><div><p class="author-box__name">{esc(au)}</p><a href="/author/{slugify(au, "a")}/">{L["authorbox"]}</a></div></div>')
        hc.add('author_repeated')
    w(f'</{wrap}>')
    if s.get('comments'):
        n_c = hnum(a['id'] + 'c', 240) + 3
        w(f'<section class="comments-teaser"><h3>{L["comments"].format(n=n_c)}</h3><a class="btn" href="#comments">{L["comments_cta"]}</a></section>')
    w(related_html(s, L, a, site_arts))
    w('</main>')
    if s.get('grid'):
        w(f'</div><div class="col-md-4"><aside class="sidebar"><h3>{L["most_read"]}</h3>{most_read(s, a, site_arts)}</aside></div></div></div>')
    else:
        w(f'<aside class="sidebar sidebar--right"><h3>{L["most_read"]}</h3>{most_read(s, a, site_arts)}</aside>')
    w(footer_html(s, L, pd))
    if s.get('cookie') == 'bottom':
        w(cookie_html(L, a['site']))
    w('<script src="/static/js/main.js" defer></script>')
    w('</body>')
    w('</html>')
    page = '\n'.join(out) + '\n'
    # hard cases derived from authors / bylines
    raw_by = a.get('B', '')
    if re.search(r'\(\w{1,4}\)', raw_by) and not re.search(r'\((AP|AFP|dpa|Reuters)\)', raw_by):
        hc.add('byline_initials')
    if len(authors) > 1:
        hc.add('multiple_authors')
    if agencies:
        hc.add('wire_agency_credit')
    if agencies and not authors:
        hc.add('wire_agency_as_author')
    if 'lastfirst' in tags:
        hc.add('author_last_first')
    if 'role' in tags:
        hc.add('byline_with_role')
    if authors and jmode != 'none':
        hc.add('author_in_byline_and_jsonld')
    if pd is None:
        hc.add('no_date')
    elif pd.date_only:
        hc.add('date_only')
    else:
        if dates['meta'] == 'nocolon' or dates['ld'] == 'nocolon' or dates['time'] == 'nocolon':
            hc.add('date_offset_nocolon')
        if 'z' in (dates['meta'], dates['ld'], dates['time']) or 'ms' in (dates['meta'], dates['ld']):
            hc.add('date_utc_z')
        if dates['time'] == 'unzoned' and dates['ld'] not in ('none', 'unzoned'):
            hc.add('date_unzoned_time_vs_jsonld_offset')
        present = [dates['meta'], dates['time']] + ([dates['ld']] if jmode != 'none' else [])
        if not any(k in ('iso', 'nocolon', 'z', 'ms', 'java', 'bogus') for k in present):
            hc.add('date_local_only_site_tz')
        if visfmt == 'java':
            hc.add('date_java_style')
    if upd:
        hc.add('modified_date_present')
    return page, hc, pd


def build_jsonld(a, s, pd, upd, dates, authors, agencies, jmode, url, h1, seo, kicker, desc):
    o = a['opts']
    ld_authors = split_people(a.get('JA')) if a.get('JA') else authors
    if ld_authors:
        people = [{"@type": "Person", "name": n, "url": f"https://{s['domain']}/author/{slugify(n, 'a')}/"} for n in ld_authors]
    elif agencies:
        people = [{"@type": "Organization", "name": g} for g in agencies]
    else:
        people = [{"@type": "Organization", "name": s['name']}]
    art = {"@type": o.get('ldtype', 'NewsArticle'), "headline": seo or h1, "description": desc,
           "image": [f"https://img.{s['domain'].replace('www.', '')}/{hnum(a['id'] + 'img', 99999):05d}/1200x675.jpg"],
           "inLanguage": s['htmllang']}
    if pd and dates['ld'] not in ('none', 'text'):
        art["datePublished"] = pd.fmt(dates['ld'] if dates['ld'] != 'bogus' else 'iso')
        if upd:
            art["dateModified"] = upd.fmt(dates['ld'] if dates['ld'] != 'bogus' else 'iso')
        elif dates['ld'] != 'date':
            art["dateModified"] = pd.fmt(dates['ld'] if dates['ld'] != 'bogus' else 'iso')
    if kicker:
        art["articleSection"] = kicker
    pub = {"@type": "NewsMediaOrganization", "name": s['name'], "url": f"https://{s['domain']}/",
           "logo": {"@type": "ImageObject", "url": f"https://{s['domain']}/static/img/logo.png", "width": 600, "height": 60}}
    if jmode == 'graph':
        graph = [{"@type": "WebSite", "@id": f"https://{s['domain']}/#website", "url": f"https://{s['domain']}/", "name": s['name']},
                 dict(pub, **{"@id": f"https://{s['domain']}/#organization"}),
                 {"@type": "WebPage", "@id": url, "url": url, "name": seo or h1, "isPartOf": {"@id": f"https://{s['domain']}/#website"}}]
        art["@id"] = url + "#article"
        art["mainEntityOfPage"] = {"@id": url}
        art["publisher"] = {"@id": f"https://{s['domain']}/#organization"}
        refs = []
        for i, p in enumerate(people):
            pid = f"https://{s['domain']}/#/schema/person/{hnum(p['name'], 10 ** 8):08x}"
            graph.append(dict(p, **{"@id": pid}))
            refs.append({"@id": pid})
        art["author"] = refs if len(refs) > 1 else refs[0]
        graph.append(art)
        data = {"@context": "https://schema.org", "@graph": graph}
    else:
        art["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
        art["publisher"] = pub
        if jmode == 'list' or len(people) > 1:
            art["author"] = people
        else:
            art["author"] = people[0]
        data = dict({"@context": "https://schema.org"}, **art)
    ascii_only = o.get('enc', 'utf-8') != 'utf-8'
    txt = json.dumps(data, ensure_ascii=ascii_only, indent=2 if hnum(a['id'], 2) else None)
    if jmode == 'invalid':
        # typical CMS breakage: trailing comma + unescaped quotes
        txt = txt.rstrip()
        assert txt.endswith('}')
        txt = txt[:-1].rstrip() + ',\n  "isAccessibleForFree": "True",\n}'
        txt = txt.replace('"inLanguage"', '"keywords": "' + (kicker or s['section']) + ', "news"",\n  "inLanguage"', 1)
    return txt


def byline_html(a, s, authors):
    raw = a.get('B')
    if not raw:
        return ''
    t = esc(raw)
    if s.get('microdata'):
        for n in authors:
            t = t.replace(esc(n), f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{esc(n)}</span></span>', 1)
    elif a['opts'].get('links', '1') == '1':
        for n in authors:
            t = t.replace(esc(n), f'<a href="/author/{slugify(n, "a")}/" rel="author">{esc(n)}</a>', 1)
    return t


def date_html(s, L, pd, upd, dates, visfmt, a):
    c = s['c']
    if pd is None:
        return ''
    v = vis(visfmt, pd)
    lab = s.get('date_label')
    labh = f'<span class="label">{lab}</span> ' if lab else ''
    tf = dates['time']
    ip = ' itemprop="datePublished"' if s.get('microdata') else ''
    if tf in ('none', 'text'):
        core = f'<span class="{c["date"]}">{labh}{esc(v)}</span>'
    else:
        dtv = pd.fmt(tf)
        core = f'<span class="{c["date"]}-wrap">{labh}<time class="{c["date"]}" datetime="{dtv}"{ip}>{esc(v)}</time></span>'
    if upd:
        uv = vis(visfmt, upd)
        if tf in ('none', 'text'):
            core += f' <span class="{c["date"]}-updated">{L["updated"]}: {esc(uv)}</span>'
        else:
            core += f' <span class="{c["date"]}-updated">{L["updated"]} <time datetime="{upd.fmt(tf)}">{esc(uv)}</time></span>'
    return f'<div class="{c["date"]}-line">{core}</div>'


def meta_block(a, s, L, pd, upd, dates, visfmt, authors, agencies):
    c = s['c']
    hc = set()
    bl = byline_html(a, s, authors)
    parts = [f'<div class="{c["meta"]}">']
    if bl:
        parts.append(f'<div class="{c["byline"]}">{bl}</div>')
    if not s.get('date_top'):
        parts.append(date_html(s, L, pd, upd, dates, visfmt, a))
    if a.get('G2'):
        parts.append(f'<span class="source">{esc(a["G2"])}</span>')
    parts.append('</div>')
    return '\n'.join(p for p in parts if p), hc


def figure_html(s, a, cap, i):
    c = s['c']
    text, cred = cap
    src = f"https://img.{s['domain'].replace('www.', '')}/{hnum(a['id'] + str(i), 99999):05d}/960x540.jpg"
    alt = esc(text[:80], True)
    credh = f' <span class="{c["credit"]}">{esc(cred)}</span>' if cred else ''
    if c['fig'] == 'figure':
        fc = s.get('fig_cls', 'article-image')
        return f'<figure class="{fc}"><img src="{src}" alt="{alt}" loading="lazy" width="960" height="540"><figcaption class="{c["cap"]}">{esc(text)}{credh}</figcaption></figure>'
    return f'<div class="image-block"><div class="image-wrap"><img src="{src}" alt="{alt}" loading="lazy"></div><div class="{c["cap"]}">{esc(text)}{credh}</div></div>'


def cookie_html(L, site):
    ck = L['cookie']
    return (f'<div id="cookie-consent" class="cmp-banner" role="dialog" aria-live="polite"><p>{ck[0]}</p>'
            f'<button class="cmp-accept">{ck[1]}</button> <button class="cmp-settings">{ck[2]}</button></div>')


def header_html(s, L, pd):
    name = esc(s['name'])
    logo = (f'<h1 class="site-logo"><a href="/">{name}</a></h1>' if s.get('logo_h1')
            else f'<a class="site-logo" href="/"><span class="logo-text">{name}</span></a>')
    nav = ''.join(f'<li><a href="/{slugify(n, "s" + str(i), 2)}/">{esc(n)}</a></li>' for i, n in enumerate(s['nav']))
    st = s.get('header')
    if st == 'stack':
        strip = ''
        if pd:
            today = pd.d + dt.timedelta(days=1 + hnum(s['name'], 3))
            strip = f'<div class="top-strip"><span class="today">{esc(vis(s["vis"] if s["vis"] not in ("java", "wire") else "uk", PD(today.isoformat(), s["tz"])))}</span> <a href="/epaper/">E-Paper</a> <a href="/abo/">{L["subscribe"]}</a></div>'
        return (f'<div id="masthead">{strip}<div class="logo-wrap">{logo}</div>'
                f'<nav id="main-nav" class="main-nav"><ul>{nav}</ul></nav>'
                f'<div class="header-tools"><a href="/search/">{L["search"]}</a> <a href="/login/">{L["login"]}</a></div></div>')
    if st == 'menu':
        return (f'<header class="navbar navbar-fixed"><button class="hamburger" aria-label="Menu">☰</button>{logo}'
                f'<div class="navbar-collapse"><ul class="menu">{nav}</ul></div><a class="btn-subscribe" href="/subscribe/">{L["subscribe"]}</a></header>')
    return (f'<header class="site-header"><div class="site-header__inner">{logo}<nav class="primary-nav" aria-label="Main"><ul>{nav}</ul></nav>'
            f'<div class="site-header__tools"><a href="/search">{L["search"]}</a><a href="/account">{L["login"]}</a><a class="cta" href="/subscribe">{L["subscribe"]}</a></div></div></header>')


def share_html(s, L, pos):
    items = ''.join(f'<li><a class="share-{slugify(x, "x" + str(i), 1)}" href="#" rel="nofollow">{esc(x)}</a></li>' for i, x in enumerate(L['share_items']))
    return f'<div class="{s["c"]["share"]} {s["c"]["share"]}--{pos}"><span class="share-label">{L["share"]}</span><ul>{items}</ul></div>'


def related_html(s, L, a, site_arts):
    others = [x for x in site_arts if x['id'] != a['id'] and x.get('type') is None][:4]
    items = []
    for x in others:
        dpart = ''
        if s.get('related_dates') and x['date'] not in ('none',):
            dpart = f' <span class="rel-date">{esc(vis(s["vis"], PD(x["date"], s["tz"])))}</span>'
        items.append(f'<li><a href="{x.get("url", "#")}">{esc(x["H"])}</a>{dpart}</li>')
    return f'<section class="{s["c"]["related"]}"><h2 class="{s["c"]["related"]}__title">{L["related"]}</h2><ul>{"".join(items)}</ul></section>'


def most_read(s, a, site_arts):
    others = [x for x in site_arts if x['id'] != a['id'] and x.get('type') is None][-3:]
    return '<ol>' + ''.join(f'<li><a href="{x.get("url", "#")}">{esc(x["H"])}</a></li>' for x in others) + '</ol>'


def footer_html(s, L, pd):
    links = ''.join(f'<li><a href="/{slugify(x, "f" + str(i), 2)}/">{esc(x)}</a></li>' for i, x in enumerate(L['footer']))
    yr = pd.d.year if pd else 2024
    return (f'<footer class="site-footer"><div class="footer-brand">{esc(s["name"])}</div><ul class="footer-links">{links}</ul>'
            f'<p class="copyright">© {yr} {esc(s["name"])}. {L["rights"]}</p></footer>')


# ------------------------------------------------------------ non-articles
def render_nonarticle(a, site_arts):
    s = SITES[a['site']]
    L = LOC[s['lang']]
    kind = a['opts']['type']
    out = []
    w = out.append
    h1 = a['H']
    w('<!DOCTYPE html>')
    w(f'<html lang="{s["htmllang"]}">')
    w('<head>')
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<title>{esc(s["title_fmt"].format(h=h1))}</title>')
    w(f'<meta name="description" content="{esc(a.get("T", h1), True)}">')
    w(f'<meta property="og:type" content="{"video.other" if kind == "video" else "website"}">')
    w(f'<meta property="og:site_name" content="{esc(s["name"], True)}">')
    w(f'<meta property="og:title" content="{esc(h1, True)}">')
    w(f'<link rel="canonical" href="https://{s["domain"]}/{slugify(h1, a["id"])}/">')
    if kind == 'video':
        w('<script type="application/ld+json">')
        w(json.dumps({"@context": "https://schema.org", "@type": "VideoObject", "name": h1,
                      "description": a['paras'][0], "thumbnailUrl": f"https://{s['domain']}/thumbs/{hnum(a['id'], 99999)}.jpg",
                      "uploadDate": PD(a['date'], s['tz']).fmt('iso') if a['date'] != 'none' else None,
                      "duration": "PT1M42S"}, ensure_ascii=False))
        w('</script>')
    elif kind == 'index':
        w('<script type="application/ld+json">')
        w(json.dumps({"@context": "https://schema.org", "@type": "CollectionPage", "name": h1,
                      "url": f"https://{s['domain']}/{slugify(h1, a['id'])}/"}, ensure_ascii=False))
        w('</script>')
    w('</head>')
    w(f'<body class="{a["site"]}-site page-{kind}">')
    if s.get('cookie'):
        w(cookie_html(L, a['site']))
    w(header_html(s, L, None))
    w('<main id="main">')
    if kind == 'index':
        w(f'<div class="section-front"><h1 class="section-title">{esc(h1)}</h1>')
        if a.get('T'):
            w(f'<p class="section-desc">{esc(a["T"])}</p>')
        arts = [x for x in site_arts if x.get('type') is None]
        for x in arts:
            dd = ''
            if x['date'] != 'none':
                dd = f'<time>{esc(vis(s["vis"], PD(x["date"], s["tz"])))}</time>'
            teaser = first_sentence(x['paras'][0], s['lang'])
            w(f'<article class="teaser"><h2 class="teaser__title"><a href="{x.get("url", "#")}">{esc(x["H"])}</a></h2>'
              f'<p class="teaser__text">{esc(teaser)}</p>{dd}</article>')
        for p in a['paras']:
            hl, _, tz_ = p.partition('||')
            w(f'<article class="teaser teaser--small"><h2 class="teaser__title"><a href="#">{esc(hl.strip())}</a></h2>'
              + (f'<p class="teaser__text">{esc(tz_.strip())}</p>' if tz_.strip() else '') + '</article>')
        w('<nav class="pagination"><a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">»</a></nav></div>')
    elif kind == 'video':
        w(f'<div class="video-page"><div class="video-player" data-video-id="{hnum(a["id"], 10 ** 6)}"><video controls poster="/thumbs/{hnum(a["id"], 99999)}.jpg"><source src="/media/{hnum(a["id"], 99999)}.mp4" type="video/mp4"></video></div>')
        w(f'<h1 class="video-title">{esc(h1)}</h1>')
        if a['date'] != 'none':
            w(f'<p class="video-date">{esc(vis(s["vis"], PD(a["date"], s["tz"])))}</p>')
        w(f'<p class="video-caption">{esc(a["paras"][0])}</p>')
        w(f'<section class="more-videos"><h2>{L["video"]}</h2><ul>')
        for p in a['paras'][1:]:
            w(f'<li><a href="#">{esc(p)}</a> <span class="duration">{1 + hnum(p, 4)}:{hnum(p, 59):02d}</span></li>')
        w('</ul></section></div>')
    elif kind == 'ticker':
        w(f'<div class="liveblog-landing"><span class="live-badge">{L["live"]}</span><h1 class="liveblog-title">{esc(h1)}</h1>')
        if a.get('T'):
            w(f'<p class="liveblog-intro">{esc(a["T"])}</p>')
        w('<ul class="liveblog-entries">')
        for p in a['paras']:
            tm, _, txt = p.partition('||')
            w(f'<li class="entry"><span class="entry-time">{esc(tm.strip())}</span> <span class="entry-text">{esc(txt.strip())}</span></li>')
        w('</ul><a class="btn" href="?all=1">Alle Einträge laden</a></div>')
    w('</main>')
    w(footer_html(s, L, None))
    w('</body>')
    w('</html>')
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------------ main
def main():
    arts = parse_src()
    order = {}
    ids = [a['id'] for a in arts]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    by_site = {}
    for a in arts:
        if a['site'] not in SITES:
            raise SystemExit(f'{a["id"]}: unknown site {a["site"]}')
        a['type'] = a['opts'].get('type')
        by_site.setdefault(a['site'], []).append(a)
    # precompute urls
    for a in arts:
        s = SITES[a['site']]
        if a['type'] is None:
            pd = None if a['date'] == 'none' else PD(a['date'], s['tz'])
            a['url'] = f"https://{s['domain']}/{pd.d.strftime('%Y/%m/%d') + '/' if pd else ''}{slugify(a['H'], a['id'])}-{hnum(a['id'], 900000) + 100000}.html"
    for f in glob.glob(os.path.join(PAGES, '*.html')):
        os.remove(f)
    gold = []
    meta = []
    for a in sorted(arts, key=lambda x: x['id']):
        s = SITES[a['site']]
        enc = a['opts'].get('enc', 'utf-8')
        if a['type']:
            page = render_nonarticle(a, by_site[a['site']])
            hc = {'not_article'}
            g = dict(id=a['id'], file=f"pages/{a['id']}.html", encoding=enc, language=s['lang'], site=s['name'],
                     is_article=False, title=a['H'], published_utc=None, published_local=None, date_only=None,
                     authors=[], agencies=[], dateline=None, body=None)
        else:
            page, hc, pd = render(a, by_site[a['site']])
            pu, pl, do = pd.gold() if pd else (None, None, None)
            body = ([plain(a['T'])] if a.get('T') else []) + [plain(p[3:] if p.startswith('## ') else p) for p in a['paras']]
            g = dict(id=a['id'], file=f"pages/{a['id']}.html", encoding=enc, language=s['lang'], site=s['name'],
                     is_article=True, title=a['H'], published_utc=pu, published_local=pl, date_only=do,
                     authors=split_people(a.get('A')), agencies=split_people(a.get('G')), dateline=a.get('D') or None,
                     body='\n\n'.join(body))
        data = page.encode(enc, errors='xmlcharrefreplace')
        with open(os.path.join(PAGES, f"{a['id']}.html"), 'wb') as fh:
            fh.write(data)
        gold.append(g)
        meta.append(dict(id=a['id'], site=a['site'], lang=s['lang'], enc=enc, hard=sorted(hc),
                         tz=s['tz'], type=a['type'] or 'article'))
    with open(os.path.join(BASE, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(BASE, 'hardcases.json'), 'w', encoding='utf-8') as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=0)
    print(f'wrote {len(gold)} pages')


if __name__ == '__main__':
    main()
