"""Renderers: plain text, Markdown, HTML and flat ODT (.fodt) from the block model."""
import html
import re
import textwrap
from xml.sax.saxutils import escape

from model import long_date


_KEEP = re.compile(r"(§§?|PS|Sak|kl\.|nr\.|jf\.) ")


def _wrap(t, width, **kw):
    """textwrap that never breaks '§ 25', 'PS 12/17', 'jf. §' and the like across lines."""
    return [line.replace("\u00a0", " ") for line in textwrap.wrap(_KEEP.sub("\\1\u00a0", t), width, **kw)]


def to_txt(d, wrap=True):
    out = []
    for kind, t in d["body"]:
        if kind == "h1":
            out += [t, "=" * len(t), ""]
        elif kind == "h2":
            out += ["", t, "-" * len(t), ""]
        elif kind == "h3":
            out += ["", t, ""]
        elif kind == "meta":
            out += [t]
        elif kind == "li":
            lines = _wrap(t, 76, initial_indent="  - ", subsequent_indent="    ") if wrap else ["  - " + t]
            out += lines
        else:
            if out and out[-1] != "":
                out.append("")
            out += (_wrap(t, 78) if wrap else [t]) + [""]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def to_md(d):
    out = []
    prev = None
    for kind, t in d["body"]:
        if kind in ("h1", "h2", "h3"):
            out += ["", "#" * int(kind[1]) + " " + t, ""]
        elif kind == "meta":
            out += [f"_{t}_", ""]
        elif kind == "li":
            if prev != "li":
                out.append("")
            out.append("- " + t)
        else:
            out += ["", t, ""]
        prev = kind
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


NAMED = {"æ": "&aelig;", "ø": "&oslash;", "å": "&aring;", "Æ": "&AElig;", "Ø": "&Oslash;", "Å": "&Aring;",
         "§": "&sect;", "«": "&laquo;", "»": "&raquo;", "–": "&ndash;", "é": "&eacute;", "ü": "&uuml;"}


def _esc(t, entities):
    t = html.escape(t, quote=False)
    if entities:
        t = "".join(NAMED.get(c, c) for c in t)
    return t


STYLE = """
  /* stilarkinnhold: layout for kommunens nettsider, skal ikke indekseres */
  body { font-family: "Source Sans Pro", Arial, sans-serif; max-width: 52em; margin: 0 auto; color: #1b1b1b; }
  .topplinje { background: #004b87; color: #fff; padding: .5em 1em; }
  .kommunevapen-logo { width: 48px; height: 56px; }
  footer { font-size: .8em; color: #555; border-top: 1px solid #ccc; margin-top: 3em; }
"""

SCRIPT = """
  // skriptinnhold: sporing og meny, skal ikke indekseres
  var sidevisning = { nettsted: "kommunereform", spor: function (side) { return "sporingskode-" + side; } };
  document.addEventListener("DOMContentLoaded", function () {
    var meny = document.querySelector(".hovedmeny");
    if (meny) { meny.setAttribute("data-skriptstatus", "aktiv"); }
    sidevisning.spor(document.title);
  });
"""


def to_html(d, entities=False, charset="utf-8"):
    lines = ["<!DOCTYPE html>", f'<html lang="{"nn" if d["lang"] == "nn" else "nb"}">', "<head>"]
    if charset.lower() == "iso-8859-1":
        lines.append('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    else:
        lines.append(f'<meta charset="{charset}">')
    lines += [
        f"<title>{_esc(d['title'], entities)}</title>",
        f'<meta name="description" content="{_esc(d["description"], entities)}">',
        f'<meta name="author" content="{_esc(d["author"], entities)}">',
        f'<meta name="date" content="{d["date"]}">',
        f"<style>{STYLE}</style>",
        f"<script>{SCRIPT}</script>",
        "</head>", "<body>",
        '<div class="topplinje"><nav class="hovedmeny"><a href="/">Forside</a> | <a href="/politikk">Politikk</a> | '
        '<a href="/sammenslaing">Sammensl&aring;ing</a></nav></div>' if entities else
        '<div class="topplinje"><nav class="hovedmeny"><a href="/">Forside</a> | <a href="/politikk">Politikk</a> | '
        '<a href="/sammenslaing">Sammenslåing</a></nav></div>',
        "<main>",
    ]
    in_list = False
    for kind, t in d["body"]:
        if kind == "li" and not in_list:
            lines.append("<ul>")
            in_list = True
        if kind != "li" and in_list:
            lines.append("</ul>")
            in_list = False
        e = _esc(t, entities)
        if kind in ("h1", "h2", "h3"):
            lines.append(f"<{kind}>{e}</{kind}>")
        elif kind == "li":
            lines.append(f"  <li>{e}</li>")
        elif kind == "meta":
            lines.append(f'<p class="ingress"><em>{e}</em></p>')
        else:
            lines.append(f"<p>{e}</p>")
    if in_list:
        lines.append("</ul>")
    lines += ["</main>", f"<footer><p>Publisert {_esc(long_date(d['date']), entities)}</p></footer>",
              "<script>window.sidevisning && window.sidevisning.spor('bunn');</script>", "</body>", "</html>", ""]
    return "\n".join(lines)


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <dc:title>{title}</dc:title>
  <dc:description>{description}</dc:description>
  <dc:subject>{subject}</dc:subject>
  <meta:initial-creator>{author}</meta:initial-creator>
  <dc:creator>{author}</dc:creator>
  <meta:creation-date>{date}T09:00:00</meta:creation-date>
  <dc:date>{date}T09:00:00</dc:date>
  <dc:language>{lang}</dc:language>
  <meta:keyword>{kw1}</meta:keyword>
  <meta:keyword>{kw2}</meta:keyword>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="{lang_short}" fo:country="NO"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="22pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body"/>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <text:list-style style:name="Punktliste">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer">{footer} – side <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
"""

FODT_TAIL = """  </office:text>
 </office:body>
</office:document>
"""


def to_fodt(d):
    x = lambda s: escape(s, {'"': "&quot;"})
    head = FODT_HEAD.format(
        title=x(d["title"]), description=x(d["description"]), subject=x(d.get("topic", "")), author=x(d["author"]),
        date=d["date"], lang="nn-NO" if d["lang"] == "nn" else "nb-NO", lang_short=d["lang"],
        kw1=x(d["type"]), kw2=x(d.get("topic", "") or d["type"]), footer=x(d["title"][:70]))
    out = [head]
    in_list = False
    for kind, t in d["body"]:
        if kind == "li" and not in_list:
            out.append('   <text:list text:style-name="Punktliste">')
            in_list = True
        if kind != "li" and in_list:
            out.append("   </text:list>")
            in_list = False
        e = x(t)
        if kind in ("h1", "h2", "h3"):
            lvl = kind[1]
            out.append(f'   <text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">{e}</text:h>')
        elif kind == "li":
            out.append(f'    <text:list-item><text:p text:style-name="List_20_Paragraph">{e}</text:p></text:list-item>')
        elif kind == "meta":
            out.append(f'   <text:p text:style-name="Subtitle">{e}</text:p>')
        else:
            out.append(f'   <text:p text:style-name="Text_20_body">{e}</text:p>')
    if in_list:
        out.append("   </text:list>")
    out.append(FODT_TAIL)
    return "\n".join(out)
