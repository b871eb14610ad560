"""Reporter and editor names: byline lines, and bylines inside a paragraph."""

from __future__ import annotations

import re

from .text import HAN, ends_sentence, visible_len

# Korean surnames, with the Chinese-Korean (Yanbian) spellings 리, 림, 로, 류, 라, 렴, 량.
KO_SURNAMES = frozenset(
    "김이리박최정강조윤장임림한오서신권황안송류유전홍고문양량손배백허남심노로하곽성차주우구민진"
    "나라지엄채원천방공현함변염렴여려추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
    "사부피태계승가간견화"
)
KO_DOUBLE_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")

KO_NAME = r"[가-힣]{2,4}"
_KO_ROLE = r"(?:선임|수석|인턴|객원|수습)?(?:기자|특파원|통신원)"
_EMAIL = r"(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?"
_KO_NAMES = rf"(?P<names>{KO_NAME}(?:\s*[,·、]\s*{KO_NAME}|\s+{KO_NAME})*)"
# 김일복기자 · 김일복 기자 kim@… · 연변일보 김일복 기자 · 기자 김일복 · 글·사진 김일복 기자
_KO_LINE_RES = (
    re.compile(rf"^{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}$"),
    re.compile(rf"^[^\s=]{{1,12}}\s+{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}$"),
    re.compile(
        rf"^(?:글\s*[·/]\s*사진|글|기자|책임\s*편집|편집|번역|편역|취재|작성자)\s*[:=/：]?\s*"
        rf"{_KO_NAMES}(?:\s*{_KO_ROLE})?{_EMAIL}$"
    ),
)
# …했다. (박정일 기자)   [연합뉴스 박정일 기자]
_KO_TRAILING_RE = re.compile(
    rf"\s*[(\[【]\s*(?:[^()\[\]【】\s]{{1,12}}\s+)?{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}\s*[)\]】]\s*$"
)
# (길림신문 리영호 기자) 본문…
_KO_OPENING_RE = re.compile(
    rf"^[(\[【]\s*(?:[^()\[\]【】\s]{{1,12}}\s+)?{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}\s*[)\]】]\s*"
)
# [서울=뉴시스] 박정일 기자 = 본문…   (연길=연합뉴스) 박정일 특파원 = 본문…
_KO_LEADING_RE = re.compile(
    rf"^[(\[【][^()\[\]【】]{{1,20}}[)\]】]\s*{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}\s*=\s*"
)

# Labels, and labels of other fields, that may follow a name: 作者：张三来源：新华网
_ZH_FIELDS = (
    "本报记者|特约记者|见习记者|实习记者|记者|通讯员|作者|撰稿|撰文|责任编辑|责编|编辑|"
    "来源|时间|日期|点击|浏览|阅读|发布|校对|审核|审校|终审|初审|监制|统筹|策划|摄影|摄像|"
    "出品|制作|纠错"
)
_ZH_SPACED_RE = re.compile(_ZH_FIELDS)
ZH_NAME = rf"(?!{_ZH_FIELDS})(?:[{HAN}]{{1,6}}·[{HAN}]{{1,6}}|[{HAN}]{{2,4}})(?![{HAN}:：])"
_ZH_NAMES = rf"(?P<names>{ZH_NAME}(?:[\s、，,]+{ZH_NAME})*)"
_ZH_LABELS = (
    "本报记者|特约记者|见习记者|实习记者|记者|通讯员|作者|撰稿|撰文|"
    "责任编辑|责编|编辑|图文|文/图|图/文|文"
)
# 记者 李丽云 · 责任编辑:杨戬 · 作者：张三 · 文/张三   (a label, then names)
_ZH_BYLINE_RE = re.compile(rf"(?:^|(?<=[\s|（(【\[]))(?:{_ZH_LABELS})\s*[:：/|]?\s*{_ZH_NAMES}")
# 本报讯（记者 李丽云）…  新华社长春1月24日电（记者 李丽云 通讯员 王强）…
_ZH_INLINE_RE = re.compile(
    rf"(?:^(?:本报讯|本刊讯|本网讯)\s*)?[（(]\s*(?:{_ZH_LABELS})\s*[:：]?\s*{_ZH_NAMES}"
    rf"(?:\s*(?:{_ZH_LABELS})\s*[:：]?\s*{ZH_NAME}(?:[\s、，,]+{ZH_NAME})*)*\s*[)）]"
)
# …举行。（责编：杨虞波罗、吕骞）  …召开。(记者 张三)
_ZH_TRAILING_RE = re.compile(
    rf"\s*[（(【\[]\s*(?:{_ZH_LABELS})\s*[:：]?\s*{_ZH_NAMES}\s*[)）】\]]\s*$"
)
_INNER_END_RE = re.compile(r"[。！？!?]")  # a sentence inside: a caption with a credit
_END_MARK_RE = re.compile(r"\s*(?:[（(]\s*(?:完|終|끝)\s*[)）]|/\s*끝\s*/|<\s*끝\s*>)\s*$")
_TRAILING_EMAIL_RE = re.compile(r"(?<=[.。!?！？”\"'’])\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
_CLOSING = (")", "）", "]", "】")
MAX_EMAIL = 80  # characters at a paragraph's end where a reporter's e-mail may stand
MAX_BYLINE_LINE = 60  # longer lines are text, not bylines
MAX_INLINE_START = 40  # a Chinese inline byline sits in a paragraph's first characters


def parse_byline(line: str) -> list[str]:
    """The names on a byline line (or a date line carrying one); [] if it is no byline."""
    if ends_sentence(line) or visible_len(line) > MAX_BYLINE_LINE or _INNER_END_RE.search(line):
        return []
    bare = line.strip("()[]【】（） ")
    for pattern in _KO_LINE_RES:
        match = pattern.match(bare)
        names = _korean_names(match["names"]) if match else []
        if names:
            return names
    return _chinese_names(bare)


# Datelines that open a paragraph: 新华社长春1月24日电 · 科技日报讯 · 本报长春1月24日讯
_ZH_PLAIN = r"[^\s，。,、：:（）()【】\[\]“”\"]"
_ZH_AGENCY = r"(?:社|网|網|报|報|台|新闻|客户端|电视|广播|刊)"
_ZH_DATELINE_RE = re.compile(
    rf"^(?:{_ZH_PLAIN}{{0,12}}?{_ZH_AGENCY}{_ZH_PLAIN}{{0,10}}?\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*"
    rf"(?:电|讯|消息)|{_ZH_PLAIN}{{0,12}}?{_ZH_AGENCY}讯)\s*[:：]?\s*"
)
# [신화망 베이징 11월 30일] · 【新华社北京1月24日电】 · (서울=연합뉴스) · 【环球网 记者 张三】
_BRACKET_DATELINE_RE = re.compile(
    r"^\s*(?:\[(?P<a>[^\[\]]{2,40})\]|【(?P<b>[^【】]{2,40})】|[(（](?P<c>[^()（）]{2,30})[)）])\s*"
)
_MONTH_DAY = r"\d{1,2}\s*(?:월|月)\s*\d{1,2}\s*(?:일|日)"
_DATELINE_INNER_RE = re.compile(
    rf"{_MONTH_DAY}|=|(?:电|讯|발|报道|報道|消息)$|记者|기자|특파원|통신원|"
    r"^[^\s]{1,8}(?:일보|신문|뉴스|방송|통신|망|넷|日报|日報|晚报|网|社)$"
)
_ROUND_INNER_RE = re.compile(r"=|记者|기자|특파원|통신원")
# 베이징 11월 30일발 · 인민망 조선어판 3월 15일 — · 아주경제 김근정 기자 = …
_KO_DATELINE_RE = re.compile(
    rf"^(?:[가-힣A-Za-z]{{1,10}}\s*){{1,3}}{_MONTH_DAY}\s*(?:발(?![가-힣])\s*[,:：]?|[—–―]{{1,2}})\s*"
)
_KO_REPORTER_RE = re.compile(rf"^(?:[^\s=]{{1,12}}\s+)?{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}\s*=\s*")


def strip_dateline(paragraph: str) -> tuple[str, list[str]]:
    """``paragraph`` without the dateline that opens it, and the names that dateline gave.

    ``[신화망 베이징 11월 30일] 중국은…`` gives ``중국은…``; ``科技日报讯（记者 李丽云）…``
    gives ``…`` and 李丽云; ``아주경제 김근정 기자 = …`` gives ``…`` and 김근정.
    """
    names: list[str] = []
    text = paragraph
    match = _BRACKET_DATELINE_RE.match(text)
    inner = next((g for g in match.groups() if g), "") if match else ""
    round_bracket = bool(match and match["c"])
    if inner and (_ROUND_INNER_RE if round_bracket else _DATELINE_INNER_RE).search(inner.strip()):
        names.extend(_dateline_names(inner))
        text = text[match.end() :]
    else:
        for pattern in (_ZH_DATELINE_RE, _KO_DATELINE_RE):
            match = pattern.match(text)
            if match:
                text = text[match.end() :]
                break
    match = _KO_REPORTER_RE.match(text)
    found = _korean_names(match["names"]) if match else []
    if found:
        names.extend(found)
        text = text[match.end() :]
    return text.strip(), _unique(names)


def _dateline_names(inner: str) -> list[str]:
    inner = inner.split("=")[-1].strip()
    for pattern in _KO_LINE_RES:
        match = pattern.match(inner)
        names = _korean_names(match["names"]) if match else []
        if names:
            return names
    return _chinese_names(inner)


def is_dateline_only(line: str) -> bool:
    """Whether ``line`` is nothing but a dateline (``[신화망 베이징 11월 30일]``, ``本报讯``)."""
    return bool(line) and not strip_dateline(line)[0]


_KO_NAME_ROLE_RE = re.compile(
    rf"(?:^|(?<=[\s|/·(\[]))(?P<name>{KO_NAME})\s*{_KO_ROLE}(?=$|[\s|/·)\]@,])"
)


def find_bylines(line: str) -> list[str]:
    """Names a meta line carries among other fields (``김일복 기자 | 입력 …``, ``作者：张三 …``)."""
    names = parse_byline(line)
    if names:
        return names
    korean = [m["name"] for m in _KO_NAME_ROLE_RE.finditer(line) if is_korean_name(m["name"])]
    return _unique(korean + _chinese_names(line))


def strip_inline_byline(paragraph: str) -> tuple[str, list[str]]:
    """``paragraph`` without a leading dateline or byline or a trailing byline; the names."""
    paragraph, names = strip_dateline(_strip_end_marks(paragraph))
    closed = paragraph.endswith(_CLOSING)
    for pattern in (_KO_LEADING_RE, _KO_OPENING_RE, _KO_TRAILING_RE):
        if pattern is _KO_TRAILING_RE and not closed:
            continue
        match = pattern.search(paragraph)
        found = _korean_names(match["names"]) if match else []
        if found:
            names.extend(found)
            paragraph = _cut(paragraph, match)
    match = _ZH_INLINE_RE.search(paragraph[: MAX_INLINE_START * 3])
    if match and match.start() < MAX_INLINE_START:
        names.extend(_chinese_names(match.group(0).strip("（()）")))
        paragraph = _cut(paragraph, match)
    match = _ZH_TRAILING_RE.search(paragraph) if paragraph.endswith(_CLOSING) else None
    if match and match.start() > 0:
        names.extend(_chinese_names(match.group(0).strip("（()）【】[] ")))
    paragraph = strip_trailing_byline(paragraph)
    return paragraph, _unique(names)


def strip_trailing_byline(paragraph: str) -> str:
    """``paragraph`` without what closes it after its text: a byline in brackets
    (``…밝혔다. (박정일 기자)``), a reporter's e-mail, an end mark (``（完）``, ``/끝/``)."""
    paragraph = _strip_end_marks(paragraph)
    if not paragraph.endswith(_CLOSING):
        return paragraph
    for pattern in (_KO_TRAILING_RE, _ZH_TRAILING_RE):
        match = pattern.search(paragraph)
        if match and match.start() > 0:
            paragraph = paragraph[: match.start()].rstrip()
    return paragraph


def _strip_end_marks(paragraph: str) -> str:
    paragraph = paragraph.rstrip()
    if paragraph.endswith((*_CLOSING, "/", ">")):
        match = _END_MARK_RE.search(paragraph)
        if match and match.start() > 0:
            paragraph = paragraph[: match.start()].rstrip()
    if "@" in paragraph[-MAX_EMAIL:]:
        match = _TRAILING_EMAIL_RE.search(paragraph, max(0, len(paragraph) - MAX_EMAIL))
        if match and match.start() > 0:
            paragraph = paragraph[: match.start()].rstrip()
    return paragraph


def _cut(text: str, match: re.Match[str]) -> str:
    before, after = text[: match.start()].strip(), text[match.end() :].strip()
    return f"{before} {after}" if before and after else before or after


def _chinese_names(text: str) -> list[str]:
    spaced = _ZH_SPACED_RE.sub(lambda m: f" {m.group(0)}", text)
    found = []
    for match in _ZH_BYLINE_RE.finditer(spaced):
        found.extend(re.findall(ZH_NAME, match["names"]))
    return _unique(found)


def _korean_names(text: str) -> list[str]:
    """Korean names in ``text``; none unless every one starts with a surname."""
    names = re.findall(KO_NAME, text)
    return names if names and all(map(is_korean_name, names)) else []


def is_korean_name(word: str) -> bool:
    """Whether ``word`` looks like a Korean personal name: a surname, then one or two syllables."""
    if word[:2] in KO_DOUBLE_SURNAMES:
        return len(word) in (3, 4)
    return word[0] in KO_SURNAMES and len(word) in (2, 3)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
