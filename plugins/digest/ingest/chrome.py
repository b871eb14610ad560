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


# 图为…  上图：…  사진은 …  ▲ …  (사진) …: a caption even when it ends like a sentence.
_CAPTION_LEAD_RE = re.compile(
    r"^(?:[▲△↑]|图为|圖為|[上下左右中]?图[:：]|[上下左右]图[为為]|"
    r"사진\s*은|사진\s*[:：]|\(사진\)|위\s*사진|아래\s*사진)"
)


def is_caption_lead(line: str) -> bool:
    """Whether ``line`` opens like a caption (``图为…``, ``사진은…``), short enough for one."""
    return _CAPTION_LEAD_RE.match(line) is not None and visible_len(line) <= MAX_CAPTION


def caption_text(line: str) -> str:
    """A caption's text, without a ``▲`` mark."""
    return marked_caption(line) or line


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


def split_crumbs(line: str) -> list[str]:
    """The parts of a line the markup calls a breadcrumb, even a one-crumb one (``科技``)."""
    labelled = _LOCATION_RE.match(line)
    rest = line[labelled.end() :] if labelled else line
    parts = [part for part in _LABELLED_CRUMB_SEP_RE.split(rest) if part]
    return [part for part in parts if visible_len(part) <= MAX_CRUMB and has_letters(part)]


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
    r"©|ⓒ|\(c\)|copyright|版权所有|all rights reserved|저작권자|판권\s*소유|무단\s*전재", re.I
)
_URL_RE = re.compile(
    r"https?://[^\s()（）\[\]【】<>,，]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s()（）,，]*|"
    r"\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|cn|kr|co\.kr)\b"
)
_COPYRIGHT_NOISE_RE = re.compile(
    r"©|ⓒ|\(c\)|copyright|版权所有|all rights reserved|저작권자|판권\s*소유|"
    r"무단\s*전재(?:\s*(?:및|와|-|,)?\s*재배포\s*금지)?|재배포\s*금지|\bby\b|\S*(?:ICP|公网安备)\S*|"
    r"未经\S*|\S*(?:禁止|不得)\S*转载\S*|违者必究|"
    r"(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)\d{2})?|[()（）\[\]【】<>《》,，.。:：|/-]",
    re.I,
)
# Where another footer field starts: "… 판권소유 주소: …", "… 版权所有 | 地址：…"
_FIELD_SPLIT_RE = re.compile(r"\s+[|｜]\s+|(?:^|\s)(?=(?!https?:)[^\s:：|]{1,8}\s*[:：])")
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
    part = next(part for part in _FIELD_SPLIT_RE.split(line) if is_copyright(part))
    name = " ".join(_COPYRIGHT_NOISE_RE.sub(" ", _URL_RE.sub(" ", part)).split())
    if name and has_letters(name) and visible_len(name) <= MAX_SITE_NAME:
        source["name"] = name
    url = _URL_RE.search(line)
    if url:
        address = url.group(0).rstrip(".")
        source["url"] = address if address.startswith("http") else f"http://{address.lower()}"
    return source


def parse_source_label(line: str) -> dict[str, str]:
    """``{name}`` from a ``来源：科技日报`` / ``출처: 연합뉴스`` field, else {}."""
    match = _SOURCE_LABEL_RE.search(line)
    return {"name": match["name"]} if match and has_letters(match["name"]) else {}


# --- widgets and other chrome ----------------------------------------------------------

# Footer marks: chrome however long the line (a disclaimer may run to several sentences).
_FOOTER_MARKS_RE = re.compile(
    r"©|ⓒ|Copyright|All\s+Rights\s+Reserved|ICP\s*[备備证證]|公网安备|Power(?:ed)?\s+by|판권\s*소유|"
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
    r"글자\s*크기|^광고$|^AD$|^广告$|좋아요|싫어요|비추천|추천\s*\d|조회\s*수?\s*[:：]?\s*\d|"
    r"이전\s*기사|다음\s*기사|이전\s*글|다음\s*글|^목록$|목록으로|맨\s*위로|"
    r"사업자\s*등록|등록번호|발행인|편집인|청소년\s*보호|개인정보|대표\s*전화|^주소\s*[:：]|"
    r"点击[:：数率量]|点击次数|浏览[:：次量]|阅读[:：次量数]|\d+\s*次(?:浏览|阅读)|访问量|字号|"
    r"【字体|关注我们|二维码|QQ[:：群号]|点赞|评论[:：数]|"
    r"QQ留言|邮箱[:：]|E-?mail[:：]|电话[:：]|传真[:：]|主办$|承办$|主办单位|承办单位|协办单位|"
    r"网站标识码|网站地图|技术支持|用户登录|免费注册|^登录$|^注册$|返回顶部|^地址[:：]|"
    r"^分享\s*[:：]?$|^打印$|^关闭$|^纠错$|上一页|下一页|^尾页$|共\s*\d+\s*页|"
    r"^\[?\s*(?:이전|다음)\s*\]?$",
    re.I,
)
# 关键词：量子 超导 · 키워드 #배터리 · Tags: …: the whole line is chrome.
_KEYWORDS_RE = re.compile(
    r"^[\[【]?\s*(?:关键词|关键字|标签|키워드|태그|Tags?|Keywords?)\s*[\]】]?(?:\s*[:：#]|\s+|$)",
    re.I,
)
# 微信 微博 QQ空间 · 페이스북 트위터 카카오톡: a row of share targets.
_SHARE_ROW_RE = re.compile(
    r"^(?:(?:分享到|分享|공유하기|공유)\s*[:：]?\s*)?"
    r"(?:(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|今日头条|"
    r"위챗|웨이보|웨이신|페이스북|트위터|카카오톡|카카오스토리|카카오|네이버\s*밴드|밴드|네이버|라인|URL\s*복사|"
    r"링크\s*복사|Facebook|Twitter|Kakao|Line|Band)[\s,，|/·・]*){2,}$",
    re.I,
)
# 【打印】【关闭】[纠错] [ 인쇄 ]: a row of bracketed buttons.
_BUTTONS_RE = re.compile(r"^(?:\s*[【\[]\s*[^\]】\[【]{1,8}\s*[】\]])+\s*$")
MAX_CHROME_SENTENCE = 60

_END_MARKER_RE = re.compile(
    r"^[\[【]?\s*(?:相关(?:文章|新闻|阅读|链接|报道|推荐|专题|稿件)|延伸阅读|推荐阅读|热点推荐|"
    r"热门(?:文章|新闻|推荐)|精彩推荐|编辑推荐|为您推荐|往期回顾|猜你喜欢|更多(?:新闻|阅读)|"
    r"(?:点击|热点|新闻|阅读)排行|网友评论|"
    r"관련\s*(?:기사|뉴스)|(?:이\s*시각\s*)?많이\s*본\s*(?:뉴스|기사)|인기\s*기사|"
    r"추천\s*기사|최신\s*기사|(?:오늘의\s*)?주요\s*뉴스|이\s*시각\s*주요\s*뉴스|"
    r"Related(?:\s+(?:articles|news|stories))?)"
    r"\s*[\]】]?\s*[:：]?$",
    re.I,
)


def is_chrome(line: str) -> bool:
    """Whether ``line`` is a widget, footer or navigation line rather than article text."""
    if is_link_row(line) or _CREDIT_RE.match(line) or _FOOTER_MARKS_RE.search(line):
        return True
    if _KEYWORDS_RE.match(line) or _SHARE_ROW_RE.match(line) or _BUTTONS_RE.match(line):
        return True
    sentence = ends_sentence(line)
    if sentence and visible_len(line) > MAX_CHROME_SENTENCE:
        return False  # article text, however many widget words it mentions
    if _SITE_PHRASES_RE.search(line):
        return True
    return not sentence and _UI_WORDS_RE.search(line) is not None


def is_end_marker(line: str) -> bool:
    """Whether ``line`` opens what follows an article (相关文章, 관련기사 …)."""
    return _END_MARKER_RE.match(line) is not None
