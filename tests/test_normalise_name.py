from ringwatch.normalise.name import canonical_token, normalise_names


def test_unicode_folding_keeps_token_order():
    out = normalise_names(["José Müller", "Zoë", "  O'Brien-Smith,  Mary ", "김민준"]).to_pylist()
    # Hangul is romanised syllable by syllable, the surname split off (anyascii gave `gimminjun`)
    assert [r["fold"] for r in out] == ["jose muller", "zoe", "obrien smith mary", "gim minjun"]


def test_nicknames_and_token_order_give_one_key():
    out = normalise_names(["Smith, Bill", "William Smith", "Billy SMITH", "Bob Jones",
                           "Robert Jones"]).to_pylist()
    assert out[0]["key"] == out[1]["key"] == out[2]["key"] == "smith william"
    assert out[0]["tokens"] == ["smith", "william"]
    assert out[3]["key"] == out[4]["key"] == "jones robert"


def test_formal_names_and_unknown_tokens_stay():
    for token in ("william", "robert", "john", "elizabeth", "smith", "wei", "gimminjun"):
        assert canonical_token(token) == token
    assert canonical_token("liz") == "elizabeth"
    assert canonical_token("jim") == "james"


def test_empty_names_are_null():
    out = normalise_names([None, "", " ,. "]).to_pylist()
    assert all(r == {"fold": None, "key": None, "tokens": None} for r in out)


def _keys(names):
    return [r["key"] for r in normalise_names(names).to_pylist()]


def test_korean_names_across_scripts_and_spellings():
    same = ["김민준", "Kim Min-jun", "Gim Minjun", "Minjun Kim", "Min Jun Kim", "KIM Min Jun",
            "Kim, Min-Jun", "김 민준"]
    assert set(_keys(same)) == {"kim minjun"}
    assert set(_keys(["이서연", "Lee Seo-yeon", "Yi Seoyeon", "Rhee Suh Yeon", "Ri Seo Yeon"])) == {"lee suyun"}
    assert set(_keys(["박지우", "Park Ji-woo", "Pak Jiwoo", "Bak Ji-u"])) == {"jiu park"}
    assert set(_keys(["최현우", "Choi Hyun-woo", "Choe Hyeonu"])) == {"choi hyunu"}
    assert set(_keys(["정희", "Jung Hee", "Chung Hui", "Jeong Hui"])) == {"hi jung"}
    assert len(set(_keys(["강경민", "Kang Kyung-min", "Gang Gyeongmin"]))) == 1
    assert set(_keys(["오민준", "Oh Min-jun", "O Minjun"])) == {"minjun oh"}
    assert set(_keys(["남궁민", "Namgoong Min", "Namgung Min"])) == {"min namgoong"}
    # other people stay apart
    assert len(set(_keys(["Kim Min-jun", "Kim Min-ji", "Park Min-jun", "Lee Min-jun"]))) == 4


def test_chinese_names_across_scripts_and_spellings():
    assert set(_keys(["李伟", "Li Wei", "Lee Wei", "Wei Li", "李 伟"])) == {"lee wei"}
    assert set(_keys(["张小明", "Zhang Xiaoming", "Xiaoming Zhang", "Zhang Xiao-ming"])) == {"jang xiaoming"}
    assert set(_keys(["陈美玲", "Chen Meiling", "Mei-ling Chan"])) == {"chen meiling"}
    # surname readings of heteronyms, compound surnames
    assert normalise_names(["曾国藩", "单田芳", "欧阳修"]).column("fold").to_pylist() == [
        "zeng guofan", "shan tianfang", "ouyang xiu"]
    assert len(set(_keys(["李伟", "李娜", "王伟"]))) == 3


def test_japanese_names_across_scripts_and_spellings():
    same = ["佐藤健太", "佐藤 健太", "さとう けんた", "サトウ ケンタ", "Kenta Sato", "Satou Kenta",
            "Satoh Kenta", "SATO Kenta"]
    assert set(_keys(same)) == {"kenta sato"}
    assert set(_keys(["伊藤博文", "Hirofumi Itoh", "Ito Hirofumi"])) == {"hirofumi ito"}
    assert set(_keys(["鈴木一朗", "Ichirou Suzuki", "Suzuki Ichiro"])) == {"ichiro suzuki"}
    assert _keys(["山田太郎"]) != _keys(["山田花子"])


def test_western_names_are_not_taken_for_east_asian_ones():
    # the nickname rules still apply, and European names keep their spelling
    assert _keys(["Kim Smith", "Kimberly Smith"])[0] == _keys(["Kimberly Smith"])[0]
    assert _keys(["Dan Kim", "Daniel Kim"])[0] == _keys(["Daniel Kim"])[0]
    assert _keys(["Megan Johnson", "Kate Moore", "João Souza", "Anouk de Jong", "Ren Sato"]) == [
        "johnson margarita", "katherine moore", "joao souza", "anouk de jong", "lauren sato"]
    # a middle initial stays a word of its own (fuzzy matching drops it)
    assert _keys(["Min-jun A. Jang"]) == ["a jang minjun"]


def test_junk_in_any_script_does_not_crash():
    junk = ["김", "李", "さ", "・", "佐藤", "ㅋㅋㅋ", "🙂 Kim", "Kim-Lee-Park", "Lee Lee", "漢字かな交じり文",
            "x" * 500, "Wei", "O", "I I"]
    out = normalise_names(junk).to_pylist()
    assert len(out) == len(junk)
    assert out[0]["fold"] == "gim" and out[1]["fold"] == "li"
