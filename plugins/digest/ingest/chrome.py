"""Site chrome: breadcrumbs, link rows, copyright footers, widgets, image placeholders."""

from __future__ import annotations

import re

from .text import ends_sentence, has_letters, visible_len

# --- image placeholders and captions ---------------------------------------------------

# A lone backslash is what an HTML-to-text dump leaves of an <img>; Markdown/HTML images too.
_PLACEHOLDER_RE = re.compile(
    r"^(?:\\|\[(?:图片|图|圖|사진|이미지|image|img|photo|picture)\]|!\[[^\]]*\]\([^)]*\)|"
    r"<img\b[^>]*>)$",
    re.I,
)
_CAPTION_MARK_RE = re.compile(r"^[▲△]\s*")
# [사진=연합뉴스]  (사진=연길시과학기술국 제공)  图片来源：网络  摄影：张三
_CREDIT_RE = re.compile(
    r"^[\[(【（]?\s*(?:사진|자료사진|그래픽|영상|图|图片|圖|图片来源|摄影|摄|供图)\s*[=:：/]"
    r"[^\]\)】）]{1,30}[\]\)】）]?$"
)
MAX_CAPTION = 120


def is_placeholder(line: str) -> bool:
    """Whether ``line`` stands for an image."""
    return _PLACEHOLDER_RE.match(line) is not None


def marked_caption(line: str) -> str | None:
    """The text of a caption marked as such (``▲ 연구진이…``), else None."""
    match = _CAPTION_MARK_RE.match(line)
    text = line[match.end() :] if match else ""
    return text if text and has_letters(text) and visible_len(text) <= MAX_CAPTION else None


def could_be_caption(line: str) -> bool:
    """Whether the line after an image placeholder reads as its caption."""
    return has_letters(line) and not ends_sentence(line) and visible_len(line) <= MAX_CAPTION


# --- breadcrumbs -----------------------------------------------------------------------

_LOCATION_RE = re.compile(
    r"^(?:您现在的位置|您的位置|你的位置|你现在的位置|当前位置|现在位置|所在位置|当前页面|"
    r"현재\s*위치|위치|Location|You are here)\s*(?:是)?\s*[:：]?\s*",
    re.I,
)
_CRUMB_SEP_RE = re.compile(r"\s*(?:>>|>|›|»|＞|→|∶∶)\s*")
_LABELLED_CRUMB_SEP_RE = re.compile(r"\s*(?:>>|>|›|»|＞|→|∶∶|/|\||｜)\s*")
MAX_CRUMB = 20
GENERIC_CRUMBS = frozenset(
    (
        "home index 홈 홈으로 메인 뉴스홈 기사 본문 기사본문 기사보기 전체기사 "
        "首页 主页 网站首页 首頁 主頁 返回首页 内容 正文 正文内容 "
        "内容页 详情 详细内容 文章 本文 阅读"
    ).split()
)


def parse_breadcrumb(line: str) -> list[str] | None:
    """The crumbs of a breadcrumb line (``首页 > 新闻 > 正文``), else None."""
    labelled = _LOCATION_RE.match(line)
    rest = line[labelled.end() :] if labelled else line
    splitter = _LABELLED_CRUMB_SEP_RE if labelled else _CRUMB_SEP_RE
    parts = [part for part in splitter.split(rest) if part]
    if parts and visible_len(parts[-1]) > MAX_CRUMB:
        parts.pop()  # the article's own title closing the trail
    if len(parts) < (1 if labelled else 2) or len(splitter.findall(rest)) < (0 if labelled else 1):
        return None
    if any(visible_len(part) > MAX_CRUMB or not has_letters(part) for part in parts):
        return None
    return parts


def section_from_breadcrumb(crumbs: list[str], title: str | None = None) -> str | None:
    """The most specific crumb that is not generic (首页, HOME, 内容 …) nor the title."""
    real = [c for c in crumbs if c.casefold() not in GENERIC_CRUMBS and c != title]
    return real[-1] if real else None


# --- footers: link rows, copyright, source ---------------------------------------------

_LINK_SEP_RE = re.compile(r"\s*[|｜]\s*")
MAX_LINK = 15


def is_link_row(line: str) -> bool:
    """Whether ``line`` is a row of short links (``关于我们 | 服务条款 | …``)."""
    parts = _LINK_SEP_RE.split(line)
    return len(parts) >= 3 and all(0 < visible_len(part) <= MAX_LINK for part in parts)


_COPYRIGHT_RE = re.compile(
    r"©|ⓒ|\(c\)|copyright|版权所有|all rights reserved|저작권자|무단\s*전재", re.I
)
_URL_RE = re.compile(
    r"https?://[^\s()（）\[\]【】<>,，]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s()（）,，]*"
)
_COPYRIGHT_NOISE_RE = re.compile(
    r"©|ⓒ|\(c\)|copyright|版权所有|all rights reserved|저작권자|"
    r"무단\s*전재(?:\s*(?:및|와|-|,)?\s*재배포\s*금지)?|재배포\s*금지|\bby\b|\S*(?:ICP|公网安备)\S*|"
    r"(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)\d{2})?|[()（）\[\]【】<>《》,，.。:：|/-]",
    re.I,
)
_SOURCE_LABEL_RE = re.compile(r"(?:来源|稿源|출처)\s*[:：]\s*(?P<name>[^\s|,，:：]{2,20})")
MAX_SITE_NAME = 30


def is_copyright(line: str) -> bool:
    """Whether ``line`` is a copyright notice."""
    return _COPYRIGHT_RE.search(line) is not None


def parse_copyright(line: str) -> dict[str, str]:
    """``{name, url}`` (either optional) of the site a copyright notice names."""
    if not is_copyright(line):
        return {}
    source: dict[str, str] = {}
    name = " ".join(_COPYRIGHT_NOISE_RE.sub(" ", _URL_RE.sub(" ", line)).split())
    if name and has_letters(name) and visible_len(name) <= MAX_SITE_NAME:
        source["name"] = name
    url = _URL_RE.search(line)
    if url:
        address = url.group(0).rstrip(".")
        source["url"] = address if address.startswith("http") else f"http://{address}"
    return source


def parse_source_label(line: str) -> dict[str, str]:
    """``{name}`` from a ``来源：科技日报`` / ``출처: 연합뉴스`` field, else {}."""
    match = _SOURCE_LABEL_RE.search(line)
    return {"name": match["name"]} if match and has_letters(match["name"]) else {}


# --- widgets and other chrome ----------------------------------------------------------

# Footer marks: chrome however long the line (a disclaimer may run to several sentences).
_FOOTER_MARKS_RE = re.compile(
    r"©|ⓒ|Copyright|All\s+Rights\s+Reserved|ICP备|ICP证|公网安备|Power(?:ed)?\s+by|"
    r"무단\s*전재|재배포\s*금지|未经(?:本网)?授权|禁止转载|不得转载|违者必究|免责声明",
    re.I,
)
# Widget phrases: chrome even when they end like a short sentence (이 기사를 공유하세요.).
_SITE_PHRASES_RE = re.compile(
    r"공유하세요|기사를?\s*공유|공유하기|URL\s*복사|저작권자|"
    r"分享到|分享至|扫一扫|扫描二维码|上一篇|下一篇|打印本页|关闭窗口|【打印】|【关闭】|收藏本页|"
    r"加入收藏|设为首页|版权所有|版权声明|转载请注明",
    re.I,
)
# Interface words: chrome on a line that is not a sentence.
_UI_WORDS_RE = re.compile(
    r"댓글|로그인|회원가입|바로가기|구독하기|구독신청|기사\s*제보|기사\s*인쇄|인쇄하기|스크랩|"
    r"글자\s*크기|^광고$|^AD$|"
    r"点击[:：数率量]|点击次数|浏览[:：次量]|阅读次数|访问量|字号|【字体|关注我们|二维码|QQ[:：群号]|"
    r"QQ留言|邮箱[:：]|E-?mail[:：]|电话[:：]|主办$|承办$|技术支持|用户登录|免费注册|^登录$|^注册$|"
    r"返回顶部",
    re.I,
)
MAX_CHROME_SENTENCE = 60

_END_MARKER_RE = re.compile(
    r"^(?:相关(?:文章|新闻|阅读|链接|报道|推荐)|延伸阅读|推荐阅读|热点推荐|热门(?:文章|新闻|推荐)|"
    r"猜你喜欢|更多(?:新闻|阅读)|관련\s*(?:기사|뉴스)|많이\s*본\s*(?:뉴스|기사)|인기\s*기사|"
    r"추천\s*기사|주요\s*뉴스|이\s*시각\s*주요\s*뉴스|Related(?:\s+(?:articles|news|stories))?)"
    r"\s*[:：]?$",
    re.I,
)


def is_chrome(line: str) -> bool:
    """Whether ``line`` is a widget, footer or navigation line rather than article text."""
    if is_link_row(line) or _CREDIT_RE.match(line) or _FOOTER_MARKS_RE.search(line):
        return True
    if _SITE_PHRASES_RE.search(line):
        return not ends_sentence(line) or visible_len(line) <= MAX_CHROME_SENTENCE
    return _UI_WORDS_RE.search(line) is not None and not ends_sentence(line)


def is_end_marker(line: str) -> bool:
    """Whether ``line`` opens what follows an article (相关文章, 관련기사 …)."""
    return _END_MARKER_RE.match(line) is not None
