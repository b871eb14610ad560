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
    re.compile(rf"^(?:글\s*[·/]\s*사진|글|기자)\s*[:=/]?\s*{_KO_NAMES}(?:\s*{_KO_ROLE})?{_EMAIL}$"),
)
# …했다. (박정일 기자)   [연합뉴스 박정일 기자]
_KO_TRAILING_RE = re.compile(
    rf"\s*[(\[【]\s*(?:[^()\[\]【】\s]{{1,12}}\s+)?{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}\s*[)\]】]\s*$"
)
# [서울=뉴시스] 박정일 기자 = 본문…   (연길=연합뉴스) 박정일 특파원 = 본문…
_KO_LEADING_RE = re.compile(
    rf"^[(\[【][^()\[\]【】]{{1,20}}[)\]】]\s*{_KO_NAMES}\s*{_KO_ROLE}{_EMAIL}\s*=\s*"
)

# Labels, and labels of other fields, that may follow a name: 作者：张三来源：新华网
_ZH_FIELDS = (
    "本报记者|特约记者|见习记者|实习记者|记者|通讯员|作者|撰稿|撰文|责任编辑|责编|编辑|"
    "来源|时间|日期|点击|浏览|阅读|发布"
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
MAX_BYLINE_LINE = 60  # longer lines are text, not bylines
MAX_INLINE_START = 40  # a Chinese inline byline sits in a paragraph's first characters


def parse_byline(line: str) -> list[str]:
    """The names on a byline line (or a date line carrying one); [] if it is no byline."""
    if ends_sentence(line) or visible_len(line) > MAX_BYLINE_LINE:
        return []
    bare = line.strip("()[]【】（） ")
    for pattern in _KO_LINE_RES:
        match = pattern.match(bare)
        names = _korean_names(match["names"]) if match else []
        if names:
            return names
    return _chinese_names(bare)


def strip_inline_byline(paragraph: str) -> tuple[str, list[str]]:
    """``paragraph`` without a leading or trailing byline, and the names it gave."""
    names: list[str] = []
    for pattern in (_KO_LEADING_RE, _KO_TRAILING_RE):
        match = pattern.search(paragraph)
        found = _korean_names(match["names"]) if match else []
        if found:
            names.extend(found)
            paragraph = _cut(paragraph, match)
    match = _ZH_INLINE_RE.search(paragraph)
    if match and match.start() < MAX_INLINE_START:
        names.extend(_chinese_names(match.group(0).strip("（()）")))
        paragraph = _cut(paragraph, match)
    return paragraph, _unique(names)


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
