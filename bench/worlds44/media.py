"""Profile photos (drawn faces, AI-edited variants, default avatars) and resume text."""
import io
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SIZE = 72


class Media:
    def __init__(self, w, bundle):
        self.w = w
        self.dir = os.path.join(bundle, "photos")
        os.makedirs(self.dir, exist_ok=True)
        self.n = 0
        self.defaults = [self._default_avatar(i) for i in range(3)]

    def _np_rng(self):
        return np.random.default_rng(self.w.r.getrandbits(63))

    def face(self):
        """A new person's face: a parameter vector."""
        g = self._np_rng()
        return {"bg": g.integers(40, 230, 3).tolist(), "skin": g.integers(150, 235, 3).tolist(),
                "hair": g.integers(10, 90, 3).tolist(), "tex": g.integers(0, 255, (6, 6, 3)).tolist(),
                "eye": int(g.integers(3, 6)), "fw": int(g.integers(18, 26)), "fh": int(g.integers(24, 31)),
                "mouth": int(g.integers(6, 14)), "shirt": g.integers(0, 255, 3).tolist(), "hy": int(g.integers(8, 20))}

    def _draw(self, f, edit=None):
        tex = Image.fromarray(np.array(f["tex"], dtype=np.uint8)).resize((SIZE, SIZE), Image.BICUBIC)
        img = Image.blend(Image.new("RGB", (SIZE, SIZE), tuple(f["bg"])), tex, 0.35)
        d = ImageDraw.Draw(img)
        cx, cy = SIZE // 2, SIZE // 2 + 2
        d.rectangle([cx - 26, cy + 22, cx + 26, SIZE], fill=tuple(f["shirt"]))
        d.ellipse([cx - f["fw"], cy - f["fh"], cx + f["fw"], cy + f["fh"]], fill=tuple(f["skin"]))
        d.chord([cx - f["fw"] - 2, cy - f["fh"] - 4, cx + f["fw"] + 2, cy + f["hy"] - f["fh"] + 6], 180, 360, fill=tuple(f["hair"]))
        e = f["eye"]
        d.ellipse([cx - 10 - e, cy - 4 - e // 2, cx - 10 + e, cy - 4 + e // 2], fill=(30, 30, 30))
        d.ellipse([cx + 10 - e, cy - 4 - e // 2, cx + 10 + e, cy - 4 + e // 2], fill=(30, 30, 30))
        d.line([cx - f["mouth"], cy + 12, cx + f["mouth"], cy + 12], fill=(150, 60, 60), width=2)
        if edit:
            g = np.random.default_rng(edit)
            a = np.asarray(img).astype(np.int16)
            a = a + g.integers(-6, 7, (1, 1, 3)) + g.integers(-5, 6, a.shape)
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
            dx, dy = int(g.integers(0, 4)), int(g.integers(0, 4))
            img = img.crop((dx, dy, SIZE - (3 - dx), SIZE - (3 - dy))).resize((SIZE, SIZE), Image.BILINEAR)
            if g.random() < 0.5:
                img = img.filter(ImageFilter.SMOOTH)
        return img

    def _write(self, img, fmt="PNG"):
        self.n += 1
        name = f"photos/p{self.n:07d}_{self.w.hex(6)}.{'png' if fmt == 'PNG' else 'jpg'}"
        path = os.path.join(os.path.dirname(self.dir), name)
        if fmt == "PNG":
            img.save(path, "PNG")
        else:
            img.save(path, "JPEG", quality=88)
        return name

    def photo(self, f, edit=None, jpeg=None):
        jpeg = self.w.r.random() < 0.4 if jpeg is None else jpeg
        return self._write(self._draw(f, edit), "JPEG" if jpeg else "PNG")

    def ai_variant(self, f):
        """The same base face, re-generated / edited: another near-identical image."""
        return self.photo(f, edit=self.w.r.getrandbits(32))

    def _default_avatar(self, i):
        img = Image.new("RGB", (SIZE, SIZE), [(200, 200, 205), (220, 224, 230), (190, 205, 215)][i])
        d = ImageDraw.Draw(img)
        d.ellipse([24, 12, 48, 36], fill=(150, 150, 160))
        d.chord([12, 40, 60, 90], 180, 360, fill=(150, 150, 160))
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return buf.getvalue()

    def default_avatar(self):
        """Each profile export stores its own copy of the platform's default avatar."""
        self.n += 1
        name = f"photos/p{self.n:07d}_{self.w.hex(6)}.png"
        with open(os.path.join(os.path.dirname(self.dir), name), "wb") as fh:
            fh.write(self.w.r.choice(self.defaults))
        return name


# --- resumes -----------------------------------------------------------------------------------------------------
SKILLS = ["C++", "C#", "Unity", "Unreal Engine 5", "Go", "Java", "Kotlin", "Spring Boot", "Python", "Django", "React",
          "TypeScript", "Node.js", "AWS", "GCP", "Kubernetes", "Terraform", "PostgreSQL", "MySQL", "Redis", "Kafka",
          "Solidity", "Rust", "Swift", "Flutter", "gRPC", "Photon", "Perforce", "Jenkins", "Spark", "Airflow",
          "iOS", "Android", "PCI DSS", "Fraud ML", "Localization QA", "Live Ops", "Figma", "Blender"]
COMPANIES = ["Nexon", "NCSOFT", "Netmarble", "Krafton", "Smilegate", "Kakao Games", "Pearl Abyss", "Com2uS",
             "LINE Corp", "Cygames", "Square Enix", "Bandai Namco", "Toss", "Naver", "Coupang", "Rakuten", "Mercari",
             "Riot Games", "Blizzard", "Epic Games", "Zynga", "Stripe", "Block", "PayPal", "Wise", "Grab", "Sea",
             "Accenture", "Infosys", "EPAM", "Globant", "a mobile startup", "a fintech startup", "Samsung SDS",
             "LG CNS", "SK Planet", "DeNA", "GREE", "Mixi", "Supercell", "Amazon", "Shopify"]
VERBS = ["Built", "Designed", "Led", "Shipped", "Migrated", "Optimised", "Maintained", "Scaled", "Owned",
         "Refactored", "Automated", "Launched", "Implemented", "Reduced", "Improved"]
OBJECTS = ["the matchmaking service", "a real-time payments ledger", "in-game store and billing", "the anti-cheat pipeline",
           "live-ops event tooling", "a KYC onboarding flow", "CI/CD for 40 engineers", "the guild and chat backend",
           "a cross-platform mobile client", "fraud rules for card payments", "localisation tooling for 9 languages",
           "a data warehouse on BigQuery", "gacha probability disclosure tooling", "a wallet SDK", "crash reporting",
           "server autoscaling on EKS", "a GraphQL gateway", "load tests for 1M CCU", "the replay system",
           "settlement batch jobs", "the leaderboard service"]
RESULTS = ["cutting latency by {p}%", "for {n}M monthly users", "with 99.9{d}% uptime", "saving ${n}00k a year",
           "ahead of a global launch", "reducing chargebacks by {p}%", "across {n} regions", "in {n} months"]
TEMPLATES = {
    "plain": "{name}\n{email} | {phone}\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n{exp}\n\nSKILLS\n{skills}\n\nEDUCATION\n{edu}\n",
    "kr": "이력서 / RESUME\n성명 Name: {name}\n연락처 Contact: {phone} / {email}\n\n경력 사항 Experience\n{exp}\n\n보유 기술 Skills\n{skills}\n\n학력 Education\n{edu}\n",
    "jp": "職務経歴書\n氏名: {name}\nメール: {email}\n\n【職務要約】\n{summary}\n\n【職務経歴】\n{exp}\n\n【スキル】\n{skills}\n\n【学歴】\n{edu}\n",
    "modern": "# {name}\n{email} · {phone}\n\n## Profile\n{summary}\n\n## Work\n{exp}\n\n## Stack\n{skills}\n\n## Education\n{edu}\n",
    "canva": "{name}\nSOFTWARE ENGINEER\n\nCONTACT\n{email}\n{phone}\n\nABOUT ME\n{summary}\n\nWORK EXPERIENCE\n{exp}\n\nSKILLS\n{skills}\n\nEDUCATION\n{edu}\n",
}
SCHOOLS = {"KR": ["Seoul National University", "KAIST", "Yonsei University", "Korea University", "POSTECH",
                  "Sungkyunkwan University", "Hanyang University", "Pusan National University", "Inha University"],
           "JP": ["University of Tokyo", "Kyoto University", "Waseda University", "Keio University", "Osaka University",
                  "Tokyo Institute of Technology", "Tohoku University"],
           "US": ["UCLA", "UC Irvine", "UC Berkeley", "University of Washington", "NYU", "Georgia Tech", "UT Austin",
                  "Rutgers University", "University of Illinois", "Purdue University", "Arizona State University"],
           "X": ["University of Toronto", "UBC", "University of Sydney", "Imperial College London", "TU Munich",
                 "NUS", "HCMUT", "Tsinghua University", "Yanbian University", "Ateneo de Manila", "IIT Bombay"]}


def resume_body(r, country, years=None):
    """A person's own experience section, skills and education: the part that is theirs."""
    years = years or r.randint(2, 14)
    end = 2025
    exp = []
    for _ in range(r.randint(2, 4)):
        start = end - r.randint(1, 5)
        lines = [f"{r.choice(COMPANIES)} — {r.choice(['Software Engineer', 'Senior Engineer', 'Backend Developer', 'Game Programmer', 'QA Engineer', 'Data Engineer', 'Live Ops Manager', 'Mobile Developer', 'SRE'])} ({start}–{end})"]
        for _ in range(r.randint(2, 3)):
            res = r.choice(RESULTS).format(p=r.randint(10, 70), n=r.randint(2, 40), d=r.randint(0, 9))
            lines.append(f"- {r.choice(VERBS)} {r.choice(OBJECTS)}, {res}")
        exp.append("\n".join(lines))
        end = start
    skills = ", ".join(r.sample(SKILLS, r.randint(5, 10)))
    school = r.choice(SCHOOLS.get(country, SCHOOLS["X"]))
    edu = f"{school}, B.S. {r.choice(['Computer Science', 'Computer Engineering', 'Mathematics', 'Industrial Design', 'Economics'])}, {end - r.randint(0, 2)}"
    summary = f"{r.choice(['Engineer', 'Developer', 'Game developer', 'Backend engineer', 'Full-stack developer'])} with {years} years in {r.choice(['games', 'fintech', 'mobile', 'payments', 'live services', 'web3'])}; {r.choice(['shipped titles to global players', 'focused on reliability', 'strong in distributed systems', 'passionate about player experience', 'comfortable across time zones'])}."
    return {"exp": "\n\n".join(exp), "skills": skills, "edu": edu, "summary": summary}


def render_resume(template, name, email, phone, body):
    return TEMPLATES[template].format(name=name, email=email, phone=phone, **body)
