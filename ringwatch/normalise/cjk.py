"""East Asian personal names: romanisation by script and one key for the common spellings.

- Hangul: syllable by syllable with `hangul-romanize` (as names are romanised: 김민준 ->
  `gim minjun`, no sound changes across syllables), the surname split off.
- Chinese characters: `pypinyin`, with the surname readings of the heteronyms (单 shan, 曾
  zeng); Japanese names (any kana, or a common Japanese surname in kanji) with `pykakasi`.
- Latin-script names that read as Korean or Chinese (a known surname first or last, the other
  words romanised syllables) and everything romanised from the scripts above get one key:
  surname spellings to one form (Lee/Yi/Rhee/Ri/Li, Park/Pak/Bak, Kim/Gim, Choi/Choe, ...),
  the given name's syllables joined (`Min-jun`, `Min Jun`, `Minjun`) and loosened so the
  common spellings meet Revised Romanization (`Ji-woo`/`jiu`, `Hyun`/`hyeon`, `Kyung`/`gyeong`).
- Japanese romanised names drop long vowels (`Satou`, `Satoh`, `Sato`; `Yuuko`/`Yuko`).

The loosened key is lossy on purpose (서 `seo` and 수 `su` meet): a name only ever selects
records to compare, together with a birth date, email or phone; it is never evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

# Surname spellings, most frequent first (where a name has one at both ends, the more frequent
# is the surname: `Min Jun Kim`): the first spelling of a group is its key. Korean
# (Revised Romanization, McCune-Reischauer, the spellings in passports) and the Chinese ones
# that meet them (李 Li/Lee, 張 Zhang/Chang/Cheung) or have a common Cantonese spelling.
_SURNAME_GROUPS = (
    ("kim", "gim"),
    ("lee", "yi", "rhee", "ri", "rhie", "i", "li", "yee", "lie", "ree"),
    ("park", "pak", "bak", "bag", "bark", "piao"),
    ("choi", "choe", "chey", "choy", "chwe"),
    ("jung", "jeong", "chung", "cheong", "joung", "jong", "chong"),
    ("kang", "gang"),
    ("cho", "jo"),
    ("yoon", "yun", "youn"),
    ("jang", "chang", "zhang", "cheung"),
    ("lim", "im", "rim", "yim"),
    ("han",),
    ("oh", "o"),
    ("seo", "suh", "sur"),
    ("shin", "sin", "shinn"),
    ("kwon", "gwon"),
    ("hwang", "whang", "huang"),
    ("ahn", "an"),
    ("song",),
    ("jeon", "chun", "chon", "jeun"),
    ("hong",),
    # Chinese, with the Cantonese spelling where it differs (not Ho: Vietnamese Hồ is 胡 Hu;
    # not Ren: a Japanese given name)
    ("wang",), ("chen", "chan"), ("liu", "lau"), ("zhao",), ("wu", "ng"), ("zhou", "chow", "chau"),
    ("xu",), ("sun",), ("ma",), ("zhu",), ("hu",), ("guo", "kwok"), ("he",), ("lin", "lam"),
    ("gao",), ("luo",), ("zheng", "cheng"), ("liang", "leung"), ("xie", "tse"), ("tang",),
    ("feng",), ("deng",), ("cao",), ("peng",), ("zeng", "tsang"), ("xiao",), ("tian",),
    ("dong",), ("pan",), ("yuan",), ("cai",), ("jiang",), ("du",), ("ye", "yip"), ("wei",),
    ("su",), ("lu",), ("ding",), ("shen",), ("yao",), ("cui",), ("zhong",), ("tan",),
    ("fan",), ("fu",), ("ouyang",), ("wong",), ("lai",), ("mak",), ("tam",), ("kwan",),
    ("fong",), ("poon",), ("siu",), ("tsui",),
    # less common Korean surnames, several of them also given-name syllables (`Min`, `Jin`)
    ("yoo", "yu", "you"),
    ("ryu", "ryoo", "rhyu"),
    ("ko", "go", "koh"),
    ("moon", "mun"),
    ("yang", "yeung"),
    ("son", "sohn"),
    ("bae", "pae"),
    ("baek", "paik", "baik", "paek", "back"),
    ("heo", "huh", "hur", "her"),
    ("nam",),
    ("noh", "no", "roh", "ro"),
    ("ha",),
    ("kwak", "gwak"),
    ("sung", "seong"),
    ("cha",),
    ("joo", "ju", "chu"),
    ("woo", "u"),
    ("koo", "gu", "ku"),
    ("na", "ra"),
    ("jin",),
    ("eom", "um"),
    ("chae",),
    ("won",),
    ("bang",),
    ("gong", "kong"),
    ("hyun", "hyeon"),
    ("namgoong", "namgung", "namkung"),
    ("hwangbo",),
    ("jegal",),
    ("seonwoo", "sunwoo", "seonu"),
    ("min",),
)
SURNAMES: dict[str, str] = {}
_SURNAME_RANK: dict[str, int] = {}
for _rank, _group in enumerate(_SURNAME_GROUPS):
    for _spelling in _group:
        SURNAMES.setdefault(_spelling, _group[0])
        _SURNAME_RANK.setdefault(_spelling, _rank)

# Korean surnames of two syllables, for Hangul names written without a space.
_KOREAN_DOUBLE_SURNAMES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"})
_CHINESE_DOUBLE_SURNAMES = frozenset({
    "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲",
    "公孙", "公孫", "慕容", "令狐", "长孙", "長孫", "夏侯", "司徒", "轩辕", "軒轅", "端木", "独孤",
    "獨孤", "南宫", "南宮", "西门", "西門", "百里", "呼延"})
# Surname readings of characters pypinyin reads otherwise in running text.
_CHINESE_SURNAME_READINGS = {
    "单": "shan", "單": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "区": "ou", "區": "ou",
    "查": "zha", "乐": "yue", "樂": "yue", "盖": "ge", "蓋": "ge", "朴": "piao", "覃": "qin",
    "缪": "miao", "繆": "miao", "员": "yun", "員": "yun", "秘": "bi", "召": "shao", "黑": "he",
    "翟": "zhai", "万": "wan", "萬": "wan", "柏": "bai", "种": "chong", "宿": "su", "沈": "shen",
    "纪": "ji", "紀": "ji", "任": "ren", "华": "hua", "華": "hua", "尉": "yu",
}
# The most common Japanese surnames of two or more kanji: a Han-only name that starts with one
# is read as Japanese (single-kanji ones, 林 森 原, are Chinese surnames too).
_JAPANESE_SURNAMES = frozenset("""
佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 斉藤
清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木
坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田
森田 上田 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山
村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾
市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部 吉川 山内 西田 飯田 菊池 西川 小松 北村 安田
五十嵐 川口 平田 中田 久保田 服部 岩田 土屋 川崎 福島 本田 樋口 秋山 荒木 永井 中西 宮田 片山
""".split())

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

# One romanised syllable of Korean (RR, McCune-Reischauer, passport spellings), Chinese
# (pinyin, Cantonese) or Japanese (Hepburn): a word of these reads as an East Asian name.
_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|sh|zh|ts|ng|[bcdfghjklmnpqrstwxyz])?[yw]?[aeiou]{1,3}"
             r"(?:ng|[nmlkptrgbh](?![aeiou]))?")
_TRAILING_H = re.compile(r"(?<=[aeiou])h$")
_SYLLABLES = re.compile(rf"(?:{_SYLLABLE})+")
# Hepburn only: consonant (+ y) + vowel, syllabic n, a doubled consonant, a final `h` for a
# long vowel (`Satoh`).
_HEPBURN = re.compile(r"(?:(?:[kgsztdnhbpmrfjyw]y?|sh|ch|ts)?[aiueo](?:h$)?|n|[kstp](?=[kstp]|ch))+")
_LONG_VOWELS = ((re.compile(r"oh(?![aiueo])"), "o"), (re.compile(r"ou|oo"), "o"),
                (re.compile(r"uu"), "u"), (re.compile(r"ii"), "i"), (re.compile(r"aa"), "a"),
                (re.compile(r"ee"), "e"))
_LATIN_LONG_VOWELS = ((re.compile(r"oh$"), "o"), (re.compile(r"ou$"), "o"),
                      (re.compile(r"uu"), "u"))
# Words that mark a European surname (`Anouk de Jong`, `van der Berg`): not an East Asian name.
_PARTICLES = frozenset({"de", "da", "di", "du", "do", "dos", "das", "del", "della", "van", "von",
                        "der", "den", "ter", "ten", "le", "la", "el", "al", "bin", "ibn", "mc"})
# A romanised Korean or Chinese given name has one or two syllables (`Min-jun`, `Xiaoming`);
# longer ones are Japanese or other names (`Ren Yoshida`).
_MAX_GIVEN_SYLLABLES = 2
_ONE_SYLLABLE = re.compile(_SYLLABLE)
# Loosening of a Korean or Chinese given name, in this order: `oo`/`ou` -> `u` (Soo, Joon,
# Young), `eo` -> `u` (hyeon/hyun, seong/sung), `wu` -> `u` (Woo), `ee`/`ui` -> `i` (Hee/hui),
# `sh` -> `s`, then aspirated and plain stops meet (k/g, t/d, p/b, ch/j: Kyung/Gyeong).
_LOOSEN = ((re.compile(r"oo|ou"), "u"), (re.compile(r"eo"), "u"), (re.compile(r"wu"), "u"),
           (re.compile(r"ee|ui"), "i"), (re.compile(r"sh"), "s"), (re.compile(r"ch"), "j"),
           (re.compile(r"k"), "g"), (re.compile(r"t"), "d"), (re.compile(r"p"), "b"))


def has_cjk(text: str) -> bool:
    return bool(_HANGUL.search(text) or _KANA.search(text) or _HAN.search(text))


@functools.cache
def _hangul():
    from hangul_romanize import Transliter
    from hangul_romanize.rule import academic
    return Transliter(academic)


@functools.cache
def _kakasi():
    import pykakasi
    return pykakasi.kakasi()


def _clean(text: str) -> str:
    return " ".join(_NOT_ALNUM.sub(" ", text.lower()).split())


def _korean(text: str) -> list[str]:
    """Hangul -> romanised words, syllable by syllable; an unspaced name loses its surname."""
    translit = _hangul().translit
    words = text.split()
    if len(words) == 1 and 2 <= len(words[0]) <= 5 and all(_HANGUL.match(c) for c in words[0]):
        word = words[0]
        cut = 2 if len(word) >= 3 and word[:2] in _KOREAN_DOUBLE_SURNAMES else 1
        words = [word[:cut], word[cut:]]
    return [w for w in (_clean("".join(translit(c) for c in word)) for word in words) if w]


def _is_japanese(text: str) -> bool:
    if _KANA.search(text) or "々" in text:
        return True
    compact = text.replace(" ", "").replace("\u3000", "")
    return any(compact.startswith(s) for s in _JAPANESE_SURNAMES)


def _japanese(text: str) -> list[str]:
    words = text.split()
    if len(words) == 1:  # split a known surname off, pykakasi may not
        word = words[0]
        cut = next((len(s) for s in sorted(_JAPANESE_SURNAMES, key=len, reverse=True)
                    if word.startswith(s) and len(word) > len(s)), 0)
        if cut:
            words = [word[:cut], word[cut:]]
    out: list[str] = []
    for word in words:
        out.extend(_clean("".join(part["hepburn"] for part in _kakasi().convert(word))).split())
    return out


def _chinese(text: str) -> list[str]:
    from pypinyin import lazy_pinyin
    words = text.split()
    if len(words) == 1 and len(words[0]) >= 2:
        word = words[0]
        cut = 2 if len(word) >= 3 and word[:2] in _CHINESE_DOUBLE_SURNAMES else 1
        words = [word[:cut], word[cut:]]
    out: list[str] = []
    for i, word in enumerate(words):
        if i == 0 and len(word) == 1 and word in _CHINESE_SURNAME_READINGS:
            syllables = [_CHINESE_SURNAME_READINGS[word]]
        else:
            syllables = lazy_pinyin(word, errors=lambda chars: list(chars))
        romanised = _clean("".join(syllables))
        if romanised:
            out.append(romanised)
    return out


def romanise(text: str) -> tuple[list[str], str] | None:
    """(words in written order, script: `ko`, `ja` or `zh`) for a name with Hangul, kana or
    Chinese characters; None for other names. Latin parts pass through folded."""
    if _HANGUL.search(text):
        return _korean(_latin_passthrough(text)), "ko"
    if _KANA.search(text) or _HAN.search(text):
        if _is_japanese(text):
            return _japanese(_latin_passthrough(text)), "ja"
        return _chinese(_latin_passthrough(text)), "zh"
    return None


def _latin_passthrough(text: str) -> str:
    """Punctuation (`·`, `・`, full-width spaces, commas) to spaces, keep letters of any script."""
    return " ".join(re.sub(r"[\s\u3000\u00b7\u30fb\u2027,.\-]+", " ", text).split())


def _loosen(given: str) -> str:
    for pattern, replacement in _LOOSEN:
        given = pattern.sub(replacement, given)
    return given


def _long_vowels(word: str, rules) -> str:
    for pattern, replacement in rules:
        word = pattern.sub(replacement, word)
    return word


def east_asian_key(tokens: list[str], script: str | None, western: Callable[[str], bool],
                   canonical: Callable[[str], str]) -> list[str] | None:
    """Key tokens for a romanised name that reads as East Asian, or None (not one).

    `tokens` are folded words in written order; `script` is where they came from (`ko`, `zh`,
    `ja`, or None for Latin input); `western(word)` says whether a word is a known Western
    given name (`Daniel Kim`), which stays a word of its own mapped by `canonical` (nicknames).
    """
    if not tokens:
        return None
    if script in ("ko", "zh") or (script is None and len(tokens) >= 2):
        key = _korean_or_chinese(tokens, western, canonical, from_script=script is not None)
        if key is not None:
            return key
        if script in ("ko", "zh"):  # a surname not in the table: first word, then the given name
            return [tokens[0]] + ([_loosen("".join(tokens[1:]))] if len(tokens) > 1 else [])
    if script == "ja":
        return [canonical(_long_vowels(t, _LONG_VOWELS)) for t in tokens]
    # Latin input: every word Hepburn, none a Western given name (`Megan`, `Owen`); only the
    # long-vowel spellings that Western names rarely have (final `ou` and `oh`, `uu`; not
    # `Moore`, `Souza`, `Johnson`).
    if script is None and len(tokens) >= 2 and all(
            len(t) >= 2 and _HEPBURN.fullmatch(t) and not western(t) for t in tokens):
        return [canonical(_long_vowels(t, _LATIN_LONG_VOWELS)) for t in tokens]
    return None


def _korean_or_chinese(tokens: list[str], western: Callable[[str], bool],
                       canonical: Callable[[str], str], from_script: bool) -> list[str] | None:
    # The surname is written first or last (`Kim Min-jun`, `Minjun Kim`); where both ends are
    # surnames (`Min Jun Kim`), the more common one.
    ends = [0] if from_script or len(tokens) == 1 else [0, len(tokens) - 1]
    candidates = [i for i in ends if tokens[i] in SURNAMES]
    if not candidates:
        return None
    at = min(candidates, key=lambda i: (_SURNAME_RANK[tokens[i]], i))
    rest = tokens[:at] + tokens[at + 1:]
    # Latin input reads as East Asian when every other word is a romanised syllable string or
    # a Western given name, and one at least is not Western (`Kim Smith` stays Western).
    if not from_script:
        given = [t for t in rest if len(t) > 1 and not western(t)]
        if (not given or any(t in _PARTICLES for t in rest)
                or not all(western(t) or len(t) == 1 or _SYLLABLES.fullmatch(t) for t in rest)
                or len(_ONE_SYLLABLE.findall("".join(given))) > _MAX_GIVEN_SYLLABLES):
            return None
    out = [SURNAMES[tokens[at]]]
    syllables: list[str] = []
    for token in rest:
        if len(token) == 1:  # a middle initial stays a word of its own
            out.append(token)
        elif not from_script and western(token):
            out.append(canonical(token))
        else:
            syllables.append(_TRAILING_H.sub("", token))  # `Suh`, `Huh`: seo, heo
    if syllables:  # `Min-jun`, `Min Jun`, `Minjun`: one given name
        out.append(_loosen("".join(syllables)))
    return out
