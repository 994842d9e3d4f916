#!/usr/bin/env python3
"""Browser test of the Kommunesøk web UI in headless Chromium (Selenium).

Run by scripts/browser-test, which builds, indexes and starts the server. This file only drives
the browser against a running server:

    browser_test.py --base-url http://127.0.0.1:PORT --token TOKEN --pdf FILE --word WORD \
                    [--screenshots DIR]

Every check prints one line; the first failing check stops the test with exit status 1 and a
message saying what was expected and what the page showed.
"""

import argparse
import os
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

# Window size of the screenshots (docs/screenshots): a common laptop viewport.
WINDOW_WIDTH, WINDOW_HEIGHT = 1280, 900
# How long a page may take to appear: generous for a shared 2-core machine.
PAGE_TIMEOUT_SECONDS = 15
# An acknowledged upload must be searchable this quickly (the upload response comes after the
# commit, so it should be immediate; 2 s allows for a slow machine).
SEARCHABLE_WITHIN_SECONDS = 2.0
# Tab presses allowed before the search box must have keyboard focus (skip link, 3 menu links).
MAX_TABS_TO_SEARCH_BOX = 10


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def ok(message):
    print(f"  ok  {message}", flush=True)


def make_driver():
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")  # running as root in a container
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--disable-gpu")
    options.add_argument(f"--window-size={WINDOW_WIDTH},{WINDOW_HEIGHT}")
    options.add_argument("--lang=nb-NO")
    binary = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    if os.path.exists(binary):
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")
    service = Service(executable_path=driver_path) if os.path.exists(driver_path) else Service()
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(PAGE_TIMEOUT_SECONDS)
    driver.set_window_size(WINDOW_WIDTH, WINDOW_HEIGHT)
    # Make the page area itself 1280×900 (the window size includes the browser's own frame).
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WINDOW_WIDTH, "height": WINDOW_HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    return driver


def wait_for(driver, css, what):
    try:
        return WebDriverWait(driver, PAGE_TIMEOUT_SECONDS).until(
            EC.presence_of_element_located((By.CSS_SELECTOR, css)))
    except TimeoutException:
        raise CheckFailed(f"{what}: fant ikke «{css}» på {driver.current_url} innen "
                          f"{PAGE_TIMEOUT_SECONDS} s. Siden viste: {page_excerpt(driver)}")


def page_excerpt(driver, limit=400):
    try:
        text = driver.find_element(By.TAG_NAME, "body").text
    except WebDriverException:
        return "(ingen side)"
    text = " ".join(text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


def field_by_label(driver, label_start):
    """The form control whose <label> text starts with `label_start` (as a user finds it)."""
    for label in driver.find_elements(By.TAG_NAME, "label"):
        if label.text.strip().startswith(label_start):
            target = label.get_attribute("for")
            if target:
                found = driver.find_elements(By.ID, target)
                check(found, f"etiketten «{label.text}» peker på id «{target}», som ikke finnes")
                return found[0]
            nested = label.find_elements(By.CSS_SELECTOR, "input, select, textarea")
            check(nested, f"etiketten «{label.text}» har verken for= eller et felt inni seg")
            return nested[0]
    raise CheckFailed(f"fant ingen etikett som begynner med «{label_start}» på {driver.current_url}")


def check_accessibility(driver, page_name):
    """lang="nb", a skip link to <main>, and a label for every visible form control."""
    lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    check(lang == "nb", f"{page_name}: <html lang> er «{lang}», ventet «nb»")
    skip = driver.find_elements(By.CSS_SELECTOR, "body a[href^='#']")
    check(skip, f"{page_name}: mangler hopp-lenke (en lenke til #innhold først i <body>)")
    target_id = skip[0].get_attribute("href").split("#", 1)[1]
    check(driver.find_elements(By.ID, target_id),
          f"{page_name}: hopp-lenken peker på #{target_id}, som ikke finnes")
    first_focusable = driver.execute_script(
        "return document.querySelector('a[href], button, input:not([type=hidden]), select, textarea');")
    check(first_focusable == skip[0],
          f"{page_name}: hopp-lenken er ikke det første elementet som kan få fokus")
    unlabeled = driver.execute_script("""
        const out = [];
        for (const el of document.querySelectorAll('input, select, textarea')) {
          if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') continue;
          const byFor = el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
          const wrapped = el.closest('label');
          const aria = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          if (!byFor && !wrapped && !aria) out.push(el.outerHTML.slice(0, 120));
        }
        return out;""")
    check(not unlabeled, f"{page_name}: felt uten etikett: {unlabeled}")
    ok(f"{page_name}: lang=nb, hopp-lenke til #{target_id}, alle felt har etikett")


def check_keyboard_reaches_search_box(driver, base):
    driver.get(base + "/")
    wait_for(driver, "#q", "forsiden")
    # A fresh page has focus on <body>; Tab goes through the page in document order.
    for presses in range(1, MAX_TABS_TO_SEARCH_BOX + 1):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        active = driver.switch_to.active_element
        if presses == 1:
            check(active.get_attribute("class") == "hopp" or "Hopp" in active.text,
                  f"første Tab ga fokus til «{active.tag_name} {active.text}», ventet hopp-lenken")
        if active.get_attribute("id") == "q":
            ok(f"tastaturfokus når søkefeltet etter {presses} Tab")
            return
    raise CheckFailed(f"søkefeltet fikk ikke tastaturfokus etter {MAX_TABS_TO_SEARCH_BOX} Tab")


def search_fellesnemnd(driver, base, screenshots):
    driver.get(base + "/")
    wait_for(driver, "form[role=search]", "forsiden")
    check_accessibility(driver, "forsiden")
    box = field_by_label(driver, "Søkeord")
    box.clear()
    box.send_keys("fellesnemnd")
    box.send_keys(Keys.ENTER)
    wait_for(driver, "#treff-overskrift", "treffsiden")
    check("q=fellesnemnd" in driver.current_url,
          f"skjemaet sendte ikke søket: adressen er {driver.current_url}")
    hits = driver.find_elements(By.CSS_SELECTOR, "ol.treff > li")
    check(hits, f"ingen treff for «fellesnemnd». Siden viste: {page_excerpt(driver)}")
    marks = driver.find_elements(By.CSS_SELECTOR, "ol.treff mark")
    check(marks, "treffene har ingen <mark>-utheving")
    marked = [m.text.lower() for m in marks]
    check(any(t.startswith("fellesnemnd") for t in marked),
          f"ingen utheving av «fellesnemnd…»; uthevet: {marked[:10]}")
    facet_links = driver.find_elements(By.CSS_SELECTOR, "aside.fasett a")
    check(facet_links, "ingen filterlenker (fasetter) ved siden av treffene")
    facet_href = facet_links[0].get_attribute("href")
    check("q=fellesnemnd" in facet_href, f"filterlenken mister søket: {facet_href}")
    check_accessibility(driver, "treffsiden")
    ok(f"«fellesnemnd»: {len(hits)} treff på siden, {len(marks)} <mark>, {len(facet_links)} filterlenker")
    save_screenshot(driver, screenshots, "sok.png")
    return hits[0].find_element(By.CSS_SELECTOR, "h3 a")


def search_typed_words(driver, base, query, expect_in_url):
    """Types a multi-word query with æøå into the form and presses Enter, as a user does: the
    browser sends it form-encoded (spaces as +), and the server must search the words."""
    driver.get(base + "/")
    box = field_by_label(driver, "Søkeord")
    box.clear()
    box.send_keys(query)
    box.send_keys(Keys.ENTER)
    wait_for(driver, "#treff-overskrift", f"treffsiden for «{query}»")
    check(expect_in_url in driver.current_url,
          f"skjemaet sendte «{query}» som {driver.current_url}, ventet «{expect_in_url}» i adressen")
    hits = driver.find_elements(By.CSS_SELECTOR, "ol.treff > li")
    check(hits and "Ingen treff" not in page_excerpt(driver, 2000),
          f"ingen treff for «{query}» skrevet i skjemaet. Siden viste: {page_excerpt(driver)}")
    shown = field_by_label(driver, "Søkeord").get_attribute("value")
    check(shown == query, f"søkefeltet viser «{shown}» etter søket, ventet «{query}»")
    ok(f"«{query}» skrevet i skjemaet: {len(hits)} treff på siden")


def check_unknown_page(driver, base):
    """A mistyped address gets a Norwegian page, not raw JSON."""
    driver.get(base + "/sok/finnes-ikke")
    wait_for(driver, "h1", "siden for en ukjent adresse")
    lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    h1 = driver.find_element(By.TAG_NAME, "h1").text
    check(lang == "nb" and h1 == "Fant ikke det du lette etter",
          f"ukjent adresse viste lang=«{lang}», overskrift «{h1}»: {page_excerpt(driver)}")
    ok("ukjent adresse: norsk side «Fant ikke det du lette etter»")


def open_first_hit(driver, link, screenshots):
    title = link.text
    link.click()
    wait_for(driver, "#lignende", "dokumentsiden")
    check("/dokument/" in driver.current_url, f"første treff førte til {driver.current_url}")
    h1 = driver.find_element(By.TAG_NAME, "h1").text
    check(h1 == title, f"dokumentsiden har overskriften «{h1}», treffet het «{title}»")
    heading = driver.find_element(By.ID, "lignende")
    check(heading.text.strip() == "Lignende saker", f"overskriften er «{heading.text}»")
    similar = driver.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=lignende] a")
    check(similar, f"«Lignende saker» har ingen lenker. Siden viste: {page_excerpt(driver)}")
    check_accessibility(driver, "dokumentsiden")
    ok(f"dokumentsiden «{title}»: {len(similar)} lignende saker")
    save_screenshot(driver, screenshots, "dokument.png")


def upload_pdf(driver, base, token, pdf):
    driver.get(base + "/last-opp")
    wait_for(driver, "form#opplasting", "opplastingssiden")
    check_accessibility(driver, "opplastingssiden")
    field_by_label(driver, "Filer").send_keys(os.path.abspath(pdf))
    field_by_label(driver, "API-nøkkel").send_keys(token)
    driver.find_element(By.CSS_SELECTOR, "form#opplasting button[type=submit]").click()
    wait_for(driver, "table tbody tr", "resultatet av opplastingen")
    h1 = driver.find_element(By.TAG_NAME, "h1").text
    check(h1 == "Resultat av opplastingen", f"etter opplasting viste siden «{h1}»: {page_excerpt(driver)}")
    rows = driver.find_elements(By.CSS_SELECTOR, "table tbody tr")
    check(len(rows) == 1, f"ventet én rad i resultattabellen, fikk {len(rows)}")
    cells = [c.text for c in rows[0].find_elements(By.TAG_NAME, "td")]
    name = os.path.basename(pdf)
    check(cells[0] == name, f"resultatet gjelder «{cells[0]}», ventet «{name}»")
    check(cells[1] == "Indeksert", f"«{name}» fikk resultatet «{cells[1]}» ({cells[2]}), ventet «Indeksert»")
    href = rows[0].find_element(By.TAG_NAME, "a").get_attribute("href")
    check("/dokument/" in href, f"resultatet lenker ikke til dokumentet: {href}")
    ok(f"opplasting av {name}: {cells[1]}, {href}")
    return href.rsplit("/", 1)[1]


def find_uploaded(driver, base, word, doc_id):
    start = time.monotonic()
    attempts = 0
    while True:
        attempts += 1
        driver.get(base + "/")
        box = field_by_label(driver, "Søkeord")
        box.send_keys(word)
        box.send_keys(Keys.ENTER)
        wait_for(driver, "#treff-overskrift", f"søket etter «{word}»")
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "ol.treff h3 a")]
        # A near-duplicate of a higher hit is folded into it («Også delt av: …»), so the upload
        # may be listed there instead of as a hit of its own.
        folded = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "ol.treff a")]
        as_hit = any(h.endswith(f"/dokument/{doc_id}") for h in links)
        if as_hit or any(h.endswith(f"/dokument/{doc_id}") for h in folded):
            elapsed = time.monotonic() - start
            how = "som treff" if as_hit else "under «Også delt av»"
            ok(f"«{word}» finner det opplastede dokumentet {doc_id} {how} etter {elapsed:.2f} s ({attempts} søk)")
            return
        if time.monotonic() - start > SEARCHABLE_WITHIN_SECONDS:
            raise CheckFailed(f"«{word}» fant ikke det opplastede dokumentet {doc_id} innen "
                              f"{SEARCHABLE_WITHIN_SECONDS} s; treff: {links}")
        time.sleep(0.1)


def save_screenshot(driver, directory, name):
    if not directory:
        return
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, name)
    driver.execute_script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();")
    check(driver.save_screenshot(path), f"kunne ikke lagre skjermbildet {path}")
    ok(f"skjermbilde {path} ({os.path.getsize(path) // 1024} KB)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--pdf", required=True, help="PDF to upload (not yet in the index)")
    parser.add_argument("--word", required=True, help="a word that occurs in the PDF")
    parser.add_argument("--screenshots", default="", help="directory for sok.png and dokument.png")
    args = parser.parse_args()
    base = args.base_url.rstrip("/")

    try:
        driver = make_driver()
    except WebDriverException as e:
        print(f"FEIL: kunne ikke starte Chromium/chromedriver: {e.msg}\n"
              "Installer med: apt-get install -y --no-install-recommends chromium chromium-driver",
              file=sys.stderr)
        return 1
    try:
        search_typed_words(driver, base, "godtgjøring fellesnemnda", "q=godtgj%C3%B8ring+fellesnemnda")
        search_typed_words(driver, base, "godtgjøring type:reglement", "q=godtgj%C3%B8ring+type%3Areglement")
        check_unknown_page(driver, base)
        first = search_fellesnemnd(driver, base, args.screenshots)
        open_first_hit(driver, first, args.screenshots)
        check_keyboard_reaches_search_box(driver, base)
        doc_id = upload_pdf(driver, base, args.token, args.pdf)
        find_uploaded(driver, base, args.word, doc_id)
    except CheckFailed as e:
        print(f"FEIL: {e}", file=sys.stderr)
        return 1
    except WebDriverException as e:
        print(f"FEIL: nettleseren feilet på {driver.current_url}: {e.msg}", file=sys.stderr)
        return 1
    finally:
        driver.quit()
    print("Nettlesertesten besto.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
