"""Document model shared by the generator scripts.

A document is a dict with metadata and a body: a list of (kind, text) blocks where kind is one of
h1, h2, h3, p, li (bullet item), meta (a short line such as 'Saksnr.: 17/00412', rendered plainly).
"""

MONTHS_NB = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
             "oktober", "november", "desember"]


def long_date(iso):
    """'2017-03-12' -> '12. mars 2017' (the same in Bokmål and Nynorsk)."""
    y, m, d = iso.split("-")
    return f"{int(d)}. {MONTHS_NB[int(m) - 1]} {y}"


def short_date(iso):
    """'2017-03-12' -> '12.03.2017'."""
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def doc(key, slug, kommuner, type_, lang, date, title, body, fmt, author, group="", topic="",
        description="", enc="utf-8"):
    assert type_ in ("reglement", "prosjektplan", "sak", "protokoll", "annet"), type_
    assert lang in ("nb", "nn"), lang
    assert fmt in ("txt", "md", "html", "docx", "odt", "pdf", "rtf"), fmt
    return dict(key=key, slug=slug, kommuner=kommuner, type=type_, lang=lang, date=date, title=title,
                body=body, fmt=fmt, author=author, group=group, topic=topic,
                description=description or title, enc=enc)


def P(text):
    return ("p", " ".join(text.split()))


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def H3(text):
    return ("h3", text)


def LI(text):
    return ("li", " ".join(text.split()))


def M(text):
    return ("meta", text)


def words(body):
    return sum(len(t.split()) for _, t in body)
