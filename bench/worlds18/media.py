"""Photos and resume/bio text for the Ledgerline world (all synthetic, seeded)."""
import io
import random

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from . import catalog as C

SKIN = [(255, 224, 196), (241, 194, 160), (224, 172, 125), (198, 134, 94), (161, 102, 66), (120, 76, 48), (92, 58, 38),
        (236, 200, 170), (250, 214, 180)]
HAIR = [(20, 20, 20), (60, 40, 25), (110, 70, 40), (170, 130, 80), (220, 190, 120), (140, 140, 140), (90, 20, 20), (30, 30, 60)]


def _rc(rng):
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def selfie(rng: random.Random, size: int = 96) -> Image.Image:
    """A synthetic head-and-shoulders portrait: varied background, pose, colours."""
    s = size
    img = Image.new("RGB", (s, s), _rc(rng))
    d = ImageDraw.Draw(img)
    # background: gradient band + random shapes (rooms, windows, plants, bokeh)
    c1, c2 = _rc(rng), _rc(rng)
    vertical = rng.random() < 0.5
    for i in range(s):
        t = i / (s - 1)
        col = tuple(int(c1[k] * (1 - t) + c2[k] * t) for k in range(3))
        d.line([(0, i), (s, i)] if vertical else [(i, 0), (i, s)], fill=col)
    for _ in range(rng.randint(2, 7)):
        x0, y0 = rng.randrange(s), rng.randrange(s)
        w, h = rng.randint(6, s // 2), rng.randint(6, s // 2)
        shape = rng.random()
        if shape < 0.5:
            d.rectangle([x0, y0, x0 + w, y0 + h], fill=_rc(rng))
        else:
            d.ellipse([x0, y0, x0 + w, y0 + h], fill=_rc(rng))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 2.5)))
    d = ImageDraw.Draw(img)
    cx = s // 2 + rng.randint(-14, 14)
    cy = int(s * 0.44) + rng.randint(-8, 8)
    rx, ry = rng.randint(int(s * .18), int(s * .27)), rng.randint(int(s * .24), int(s * .33))
    # shoulders / shirt
    shirt = _rc(rng)
    sw = rng.randint(int(s * .35), int(s * .5))
    d.polygon([(cx - sw, s), (cx - sw + 8, cy + ry + 2), (cx + sw - 8, cy + ry + 2), (cx + sw, s)], fill=shirt)
    skin = tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in rng.choice(SKIN))
    d.rectangle([cx - rx // 3, cy + ry - 6, cx + rx // 3, cy + ry + 8], fill=skin)
    d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=skin)
    hair = rng.choice(HAIR)
    style = rng.randrange(4)
    if style == 0:
        d.chord([cx - rx - 2, cy - ry - 4, cx + rx + 2, cy + ry // 2], 180, 360, fill=hair)
    elif style == 1:
        d.ellipse([cx - rx - 4, cy - ry - 6, cx + rx + 4, cy - ry // 4], fill=hair)
        d.rectangle([cx - rx - 4, cy - ry // 2, cx - rx + 4, cy + ry], fill=hair)
        d.rectangle([cx + rx - 4, cy - ry // 2, cx + rx + 4, cy + ry], fill=hair)
    elif style == 2:
        d.chord([cx - rx, cy - ry - 2, cx + rx, cy], 180, 360, fill=hair)
    ey = cy - ry // 6 + rng.randint(-2, 2)
    ex = rx // 2 + rng.randint(-2, 2)
    for sx in (-1, 1):
        d.ellipse([cx + sx * ex - 3, ey - 2, cx + sx * ex + 3, ey + 2], fill=(30, 30, 30))
    if rng.random() < 0.25:  # glasses
        g = _rc(rng)
        for sx in (-1, 1):
            d.rectangle([cx + sx * ex - 6, ey - 5, cx + sx * ex + 6, ey + 5], outline=g, width=1)
    d.arc([cx - rx // 2, cy + ry // 4, cx + rx // 2, cy + ry // 2 + 6], 20, 160, fill=(120, 40, 40), width=2)
    if rng.random() < 0.3:  # beard / shadow
        d.chord([cx - rx + 3, cy, cx + rx - 3, cy + ry], 0, 180, fill=tuple(int(v * 0.7) for v in hair))
    # sensor noise
    noise = Image.effect_noise((s, s), rng.uniform(6, 18)).convert("RGB")
    img = Image.blend(img, noise, 0.06)
    return img


def edit(img: Image.Image, rng: random.Random) -> Image.Image:
    """An 'AI-edited' / re-cropped variant of a portrait: crop, tone, hair or background retouch."""
    s = img.size[0]
    out = img
    if rng.random() < 0.8:
        m = rng.randint(2, 8)
        out = out.crop((m, m + rng.randint(-2, 2), s - m + rng.randint(-2, 2), s - m)).resize((s, s), Image.BICUBIC)
    out = ImageEnhance.Brightness(out).enhance(rng.uniform(0.88, 1.12))
    out = ImageEnhance.Color(out).enhance(rng.uniform(0.8, 1.25))
    if rng.random() < 0.5:
        d = ImageDraw.Draw(out)
        col = rng.choice(HAIR)
        d.chord([s // 3 - 4, s // 6, 2 * s // 3 + 4, s // 2], 180, 360, fill=col)
    if rng.random() < 0.4:
        out = out.filter(ImageFilter.SMOOTH_MORE)
    return out


def identicon(rng: random.Random) -> Image.Image:
    col = (rng.randint(40, 220), rng.randint(40, 220), rng.randint(40, 220))
    img = Image.new("RGB", (70, 70), (240, 240, 240))
    d = ImageDraw.Draw(img)
    for y in range(5):
        for x in range(3):
            if rng.random() < 0.5:
                for xx in {x, 4 - x}:
                    d.rectangle([5 + xx * 12, 5 + y * 12, 5 + xx * 12 + 11, 5 + y * 12 + 11], fill=col)
    return img


NFT_BG = [(99, 133, 150), (155, 190, 210), (238, 227, 200), (170, 140, 200)]


def nft(rng: random.Random, collection: int) -> Image.Image:
    """24x24 pixel-art avatar in a collection's style, upscaled x4."""
    img = Image.new("RGB", (24, 24), NFT_BG[collection % len(NFT_BG)])
    d = ImageDraw.Draw(img)
    skin = rng.choice([(219, 177, 128), (174, 139, 97), (113, 63, 29), (234, 217, 217), (125, 162, 105), (200, 251, 251), (140, 110, 80)])
    if collection == 1:  # ape-like
        d.ellipse([5, 4, 19, 20], fill=skin)
        d.ellipse([8, 11, 16, 19], fill=tuple(min(255, v + 40) for v in skin))
    else:
        d.rectangle([7, 5, 16, 21], fill=skin)
        d.rectangle([9, 21, 13, 24], fill=skin)
    d.rectangle([9, 10, 10, 11], fill=(0, 0, 0))
    d.rectangle([13, 10, 14, 11], fill=(0, 0, 0))
    hat = rng.random()
    if hat < 0.3:
        d.rectangle([6, 2, 17, 5], fill=_rc(rng))
    elif hat < 0.55:
        d.rectangle([6, 3, 17, 6], fill=rng.choice(HAIR))
    if rng.random() < 0.3:
        d.rectangle([8, 9, 15, 11], fill=_rc(rng))
    if rng.random() < 0.25:
        d.point([(16, 17), (17, 17), (18, 17)], fill=(180, 180, 180))
    d.line([(10, 17), (13, 17)], fill=(60, 20, 20))
    return img.resize((96, 96), Image.NEAREST)


def default_avatar(style: int) -> Image.Image:
    bg = [(200, 200, 200), (230, 235, 240)][style % 2]
    fg = [(150, 150, 150), (170, 180, 195)][style % 2]
    img = Image.new("RGB", (96, 96), bg)
    d = ImageDraw.Draw(img)
    d.ellipse([30, 16, 66, 52], fill=fg)
    d.chord([14, 56, 82, 120], 180, 360, fill=fg)
    return img


def logo(rng: random.Random) -> Image.Image:
    bg = rng.choice([(255, 255, 255), (15, 15, 25), _rc(rng)])
    img = Image.new("RGB", (96, 96), bg)
    d = ImageDraw.Draw(img)
    col = _rc(rng)
    k = rng.randrange(4)
    if k == 0:
        d.ellipse([18, 18, 78, 78], fill=col)
    elif k == 1:
        d.polygon([(48, 12), (84, 78), (12, 78)], fill=col)
    elif k == 2:
        d.rectangle([20, 20, 76, 76], fill=col)
        d.rectangle([36, 36, 60, 60], fill=bg)
    else:
        d.polygon([(48, 10), (82, 30), (82, 66), (48, 86), (14, 66), (14, 30)], fill=col)
    return img


def encode(img: Image.Image, fmt: str, quality: int = 85) -> bytes:
    b = io.BytesIO()
    if fmt == "jpg":
        img.save(b, "JPEG", quality=quality)
    else:
        img.save(b, "PNG", optimize=False)
    return b.getvalue()


# ------------------------------------------------------------------------------------ text
TAGLINES = ["gm.", "wagmi", "building in public", "ex-TradFi, now DeFi", "shipping on mainnet", "open to bounties",
            "auditing for fun", "rust > *", "zk maxi", "onchain since 2017", "coffee -> contracts", "L2 enjoyer",
            "DMs open for contracts", "", "", "", "security first", "gas golfer", "full-stack, full-time degen"]
COMPANY_GENERIC = ["Consensys", "Chainlink Labs", "Polygon Labs", "Coinbase", "Kraken", "Binance", "Alchemy", "OpenSea",
                   "Uniswap Labs", "Aave", "Circle", "Ripple", "Ledger", "Gemini", "Crypto.com", "OKX", "Bybit",
                   "Accenture", "Infosys", "Tata Consultancy Services", "EPAM Systems", "Globant", "Shopify", "Stripe",
                   "Revolut", "Wise", "Samsung SDS", "Naver", "Kakao", "LINE", "Rakuten", "FPT Software", "VNG",
                   "Tencent", "ByteDance", "Grab", "Sea Group", "Deloitte", "IBM", "Oracle", "SAP", "freelance", "self-employed"]
VERBS = ["Built", "Designed", "Implemented", "Led", "Shipped", "Optimised", "Audited", "Migrated", "Refactored", "Maintained",
         "Developed", "Architected", "Integrated", "Scaled"]
OBJECTS = ["an AMM with concentrated liquidity", "a cross-chain bridge relayer", "NFT marketplace contracts", "a lending protocol's liquidation engine",
           "a staking dashboard in React", "an indexer on The Graph", "ERC-4337 smart accounts", "a perpetuals DEX order book",
           "a DAO governance module", "a play-to-earn game economy", "a zk rollup prover pipeline", "wallet connect flows",
           "a payments API for stablecoin payouts", "an MEV-aware trade router", "an on-chain options vault", "a token vesting system",
           "a multisig treasury tool", "a Solana program for escrow", "a Substrate pallet", "KYC onboarding microservices",
           "a real-time price oracle", "CI/CD on Kubernetes", "an analytics pipeline in Python", "a Telegram trading bot"]
RESULTS = ["handling ${n}M in TVL", "cutting gas costs by {p}%", "serving {k}k daily users", "reducing latency by {p}%",
           "with zero critical findings in audit", "processing {k}k transactions a day", "growing volume {p}%", ""]


def _bullet(rng):
    r = rng.choice(RESULTS).format(n=rng.randint(2, 400), p=rng.randint(10, 80), k=rng.randint(2, 900))
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}" + (f", {r}" if r else "") + "."


def bio(rng, role_hint=None):
    skills = rng.sample(C.SKILLS, rng.randint(2, 4))
    role = role_hint or rng.choice(C.ROLES)
    parts = [role, " / ".join(skills)]
    if rng.random() < 0.5:
        parts.append(f"prev @{rng.choice(COMPANY_GENERIC)}")
    t = rng.choice(TAGLINES)
    return " | ".join(parts) + (f". {t}" if t else "")


def resume(rng, name, email, phone, location, *, style=None, template_lines=None, bootcamp=None, years=None,
           employers=None, school=None):
    """A plain-text resume.  style: plain | jake | md."""
    style = style or rng.choice(["plain", "jake", "md"])
    years = years if years is not None else rng.randint(1, 12)
    skills = rng.sample(C.SKILLS, rng.randint(6, 12))
    title = rng.choice(C.ROLES)
    summary = (f"{title} with {years}+ years of experience in " + ", ".join(skills[:3]) + ". "
               + " ".join(template_lines or []))
    jobs = []
    end = 2025
    for i in range(min(4, max(1, years // 3 + rng.randint(0, 1)))):
        emp = (employers[i] if employers and i < len(employers) else rng.choice(COMPANY_GENERIC))
        span = rng.randint(1, 3)
        jobs.append((emp, rng.choice(C.ROLES), end - span, end if i else "Present",
                     [_bullet(rng) for _ in range(rng.randint(2, 4))]))
        end -= span
    edu = school or "Self-taught"
    h = (lambda t: f"## {t}") if style == "md" else ((lambda t: t.upper()) if style == "jake" else (lambda t: t + ":"))
    lines = [f"# {name}" if style == "md" else name, " | ".join(x for x in (email, phone, location) if x), "",
             h("Summary"), summary.strip(), "", h("Experience")]
    for emp, role, a, b, bullets in jobs:
        lines.append(f"{role} - {emp} ({a} - {b})")
        lines += [f"- {x}" for x in bullets]
    if bootcamp:
        lines += ["", h("Projects"), f"- {bootcamp} capstone: Built a decentralized voting dApp with Solidity, Hardhat and React.",
                  "- Built an ERC-20 token faucet and an NFT minting site deployed on Sepolia."]
    lines += ["", h("Skills"), ", ".join(skills), "", h("Education"), edu]
    return "\n".join(lines) + "\n"


def clone_resume(text, rng, name, email, phone, location, edits=2):
    """The same resume re-used for another persona: header swapped, a few lines touched."""
    lines = text.split("\n")
    lines[0] = f"# {name}" if lines[0].startswith("# ") else name
    lines[1] = " | ".join(x for x in (email, phone, location) if x)
    idx = [i for i, l in enumerate(lines) if l.startswith("- ")]
    for _ in range(edits):
        if idx and rng.random() < 0.7:
            i = rng.choice(idx)
            lines[i] = "- " + _bullet(rng)
    return "\n".join(lines)
