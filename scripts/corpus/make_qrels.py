#!/usr/bin/env python3
"""Writes Corpus/queries/queries.tsv and Corpus/queries/qrels.txt (TREC format) from the judgements below.

Grades: 3 = exactly what was asked, 2 = clearly relevant, 1 = marginal. Documents not listed for a
query are judged non-relevant (grade 0); they are not written out. The judgements were made by reading
the documents (helped by a term search over the generated text) and are kept here as data so they can
be reviewed in one place.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "Corpus", "queries"))

DELEG_NB = ["delegeringsreglement-asker-2019", "delegeringsreglement-holmestrand-2017",
            "delegeringsreglement-indre-ostfold-2019"]
DELEG_NN = "delegeringsreglement-sunnfjord-2019"
PPMAL = ["prosjektplan-larvik-lardal-2016", "prosjektplan-larvik-lardal-2017-revidert", "prosjektplan-holmestrand-hof-2016"]
PPNN = ["prosjektplan-sunnfjord-2017", "prosjektplan-kinn-2018"]
OKREG = ["okonomireglement-larvik-2017-utkast", "okonomireglement-larvik-2017", "okonomireglement-alesund-2019"]
ARKIV = ["prosjektplan-arkiv-asker-2018", "prosjektplan-arkiv-indre-ostfold-2018", "prosjektplan-arkiv-stad-2018"]
KOMPLAN = ["kommunikasjonsplan-asker-2017", "kommunikasjonsplan-holmestrand-2016", "kommunikasjonsplan-sunnfjord-2018"]
KV_SAKER = ["sak-kommunevapen-asker-2018", "sak-kommunevapen-larvik-2017", "sak-kommunevapen-indre-ostfold-2018",
            "sak-kommunevapen-sunnfjord-2018", "sak-kommunevapen-prosess-stad-2018"]
RH_SAKER = ["sak-radhus-lokalisering-asker-2018", "sak-radhus-lokalisering-sunnfjord-2018",
            "sak-administrasjonssenter-nordre-follo-2018", "sak-administrative-funksjoner-indre-ostfold-2018",
            "sak-lokalisering-floro-maloy-kinn-2018"]
GFN_SAKER = ["sak-godtgjoring-fellesnemnda-larvik-2016", "sak-godtgjoring-fellesnemnda-alesund-2017",
             "sak-godtgjoring-fellesnemnda-holmestrand-2016", "sak-godtgjering-fellesnemnda-stad-2017"]
GREG_NB = ["godtgjoringsreglement-asker-2019", "godtgjoringsreglement-nordre-follo-2019"]
GREG_NN = ["godtgjeringsreglement-kinn-2019", "godtgjeringsreglement-stad-2019"]
PROTOKOLLER = ["protokoll-fellesnemnda-asker-2018-06-05", "protokoll-fellesnemnda-larvik-2017-02-14",
               "protokoll-fellesnemnda-sandefjord-2015-11-24", "protokoll-fellesnemnda-holmestrand-2016-10-04",
               "protokoll-fellesnemnda-indre-ostfold-2018-10-16", "protokoll-fellesnemnda-alesund-2018-01-16",
               "protokoll-fellesnemnda-nordre-follo-2017-10-24", "protokoll-fellesnemnda-sunnfjord-2018-09-25",
               "protokoll-fellesnemnda-stad-2017-11-21", "protokoll-fellesnemnda-kinn-2018-02-06"]
IKT_PLANER = ["prosjektplan-ikt-sandefjord-2015", "prosjektplan-ikt-alesund-2018"]
ERF = "erfaringsrapport-sammenslaing-sandefjord-2018"


def g(*pairs):
    """Build a judgement dict from (grade, doc-or-list) pairs; a later pair never lowers an earlier grade."""
    out = {}
    for grade, docs in pairs:
        for d in ([docs] if isinstance(docs, str) else docs):
            out[d] = max(out.get(d, 0), grade)
    return out


GODTGJORING_FELLESNEMND = g(
    (3, GFN_SAKER), (2, "forum-godtgjoring-fellesnemnd-2018"), (2, GREG_NB), (2, GREG_NN),
    (2, ["protokoll-fellesnemnda-stad-2017-11-21", "protokoll-fellesnemnda-holmestrand-2016-10-04"]),
    (1, ["protokoll-fellesnemnda-nordre-follo-2017-10-24", "protokoll-fellesnemnda-alesund-2018-01-16",
         "protokoll-fellesnemnda-sandefjord-2015-11-24", "sak-partssamansett-utval-kinn-2018",
         "sak-reglement-fellesnemnda-asker-2017"]), (1, PPMAL))

DELEGERING = g((3, DELEG_NB), (3, DELEG_NN), (1, "sak-reglement-fellesnemnda-asker-2017"), (1, PPMAL), (1, ERF))

QUERIES = [
    ("q01", "delegeringsreglement formannskap", DELEGERING),
    ("q02", "godtgjøring fellesnemnd", GODTGJORING_FELLESNEMND),
    ("q03", "kommunevåpen", g(
        (3, KV_SAKER), (3, ["nyhet-kommunevapen-alesund-2019", "nyheit-kommunevapen-kinn-2019"]),
        (2, ["protokoll-fellesnemnda-larvik-2017-02-14", "protokoll-fellesnemnda-asker-2018-06-05",
             "protokoll-fellesnemnda-indre-ostfold-2018-10-16", "protokoll-fellesnemnda-sunnfjord-2018-09-25"]),
        (2, ["kommunikasjonsplan-asker-2017", "kommunikasjonsplan-holmestrand-2016"]),
        (1, ["protokoll-fellesnemnda-stad-2017-11-21", "protokoll-fellesnemnda-holmestrand-2016-10-04",
             "protokoll-fellesnemnda-kinn-2018-02-06", "kommunikasjonsplan-sunnfjord-2018",
             "faq-sammenslaing-holmestrand-2017", ERF, "sak-budsjett-fellesnemnda-sandefjord-2015",
             "sak-navn-ny-kommune-nordre-follo-2017", "sak-malform-stad-2017", "forum-lardal-radhus-2017",
             "utredning-tjenestestruktur-indre-ostfold-2017"]),
        (1, PPMAL), (1, PPNN))),
    ("q04", "§ 5-1", g((3, DELEG_NB), (2, DELEG_NN))),
    ("q05", "PS 12/17", g((3, "sak-navn-ny-kommune-nordre-follo-2017"), (2, "protokoll-fellesnemnda-nordre-follo-2017-10-24"))),
    ("q06", "arbeidsgiveransvar", g(
        (3, DELEG_NB), (3, "personalreglement-indre-ostfold-2019"),
        (2, ["arbeidsgiverpolitikk-sandefjord-2016", "sak-innplassering-ansatte-sandefjord-2016", DELEG_NN,
             "arbeidsgjevarpolitikk-sunnfjord-2018"]),
        (1, "sak-prosjektradmann-alesund-2018"))),
    ("q07", "rådhus lokalisering", g(
        (3, RH_SAKER),
        (2, ["pressemelding-administrasjonssenter-nordre-follo-2018", "forum-lardal-radhus-2017",
             "leserinnlegg-hurum-radhus-2018", "utredning-tjenestestruktur-indre-ostfold-2017",
             "protokoll-fellesnemnda-asker-2018-06-05"]),
        (1, ["faq-sammenslaing-holmestrand-2017", "protokoll-fellesnemnda-kinn-2018-02-06",
             "protokoll-fellesnemnda-nordre-follo-2017-10-24", "protokoll-fellesnemnda-indre-ostfold-2018-10-16"]),
        (1, PPMAL))),
    ("q08", "kommunane samanslåing", g(
        (3, PPNN),
        (2, ["kommunikasjonsplan-sunnfjord-2018", "prosjektplan-arkiv-stad-2018", "utgreiing-okonomi-sunnfjord-2018",
             "arbeidsgjevarpolitikk-sunnfjord-2018", "prosjektplan-ikt-kinn-2018"]),
        (1, ["sak-malform-stad-2017", "sak-felles-ikt-plattform-sunnfjord-2018", "nyheit-ikt-plattform-sunnfjord-2019",
             "sak-namn-ny-kommune-kinn-2018", "protokoll-fellesnemnda-kinn-2018-02-06",
             "sak-kommunevapen-prosess-stad-2018"]),
        (1, PPMAL))),
    ("q09", "fellesnemd", g(
        (3, "sak-reglement-fellesnemnda-asker-2017"), (2, "forum-godtgjoring-fellesnemnd-2018"), (2, GFN_SAKER),
        (2, "sak-budsjett-fellesnemnda-sandefjord-2015"), (1, PROTOKOLLER))),
    ("q10", '"ansvar som arbeidsgiver"', g(
        (3, DELEG_NB), (3, ["personalreglement-indre-ostfold-2019", "arbeidsgiverpolitikk-sandefjord-2016"]),
        (1, ["sak-innplassering-ansatte-sandefjord-2016", "sak-prosjektradmann-alesund-2018"]))),
    ("q11", "økonomireglement budsjettendringer", g(
        (3, OKREG), (2, DELEG_NB), (2, DELEG_NN),
        (1, ["protokoll-fellesnemnda-larvik-2017-02-14", "utredning-okonomi-asker-2018", "utgreiing-okonomi-sunnfjord-2018",
             "forum-lardal-radhus-2017", "sak-reglement-fellesnemnda-asker-2017"]), (1, PPMAL))),
    ("q12", "finansreglement gjeldsforvaltning", g(
        (3, ["finansreglement-larvik-2017", "finansreglement-nordre-follo-2019"]), (2, "utredning-okonomi-asker-2018"),
        (1, OKREG), (1, "utgreiing-okonomi-sunnfjord-2018"), (1, DELEG_NB), (1, PPMAL))),
    ("q13", "hastesaker § 11-8", g((3, DELEG_NB), (3, DELEG_NN), (2, "sak-reglement-fellesnemnda-asker-2017"))),
    ("q14", "partssammensatt utvalg inndelingslova § 26", g(
        (3, "sak-partssamansett-utval-kinn-2018"),
        (2, ["sak-innplassering-ansatte-sandefjord-2016", "protokoll-fellesnemnda-sandefjord-2015-11-24",
             "protokoll-fellesnemnda-kinn-2018-02-06"]),
        (1, ["arbeidsgiverpolitikk-sandefjord-2016", "arbeidsgjevarpolitikk-sunnfjord-2018",
             "sak-reglement-fellesnemnda-asker-2017", "sak-godtgjoring-fellesnemnda-alesund-2017",
             "sak-godtgjoring-fellesnemnda-holmestrand-2016", ERF]),
        (1, PPMAL), (1, PPNN), (1, DELEG_NB))),
    ("q15", "felles IKT-plattform", g(
        (3, ["sak-felles-ikt-plattform-asker-2018", "sak-felles-ikt-plattform-sunnfjord-2018"]), (3, IKT_PLANER),
        (2, ["nyheit-ikt-plattform-sunnfjord-2019", "sak-fagsystemer-ikt-holmestrand-2017", "prosjektplan-ikt-kinn-2018",
             "ikt-plan-nordre-follo-2018"]),
        (1, ["sak-saksystem-anskaffelse-indre-ostfold-2019", ERF, "utredning-tjenestestruktur-indre-ostfold-2017",
             "protokoll-fellesnemnda-asker-2018-06-05"]),
        (1, PPMAL), (1, PPNN))),
    ("q16", "avslutning av arkiv arkivplan", g(
        (3, ARKIV), (2, "sak-saksystem-anskaffelse-indre-ostfold-2019"),
        (1, PPMAL), (1, [ERF, "prosjektplan-ikt-kinn-2018"]), (1, IKT_PLANER))),
    ("q17", "kommunikasjonsplan", g(
        (3, KOMPLAN), (2, "protokoll-fellesnemnda-holmestrand-2016-10-04"), (1, PPMAL), (1, ERF))),
    ("q18", "prosjektplan sammenslåing milepæler", g(
        (3, PPMAL), (3, PPNN),
        (2, ["protokoll-fellesnemnda-larvik-2017-02-14", "protokoll-fellesnemnda-holmestrand-2016-10-04"]),
        (1, "protokoll-fellesnemnda-kinn-2018-02-06"), (1, IKT_PLANER),
        (1, ["prosjektplan-ikt-kinn-2018", "ikt-plan-nordre-follo-2018"]), (1, ARKIV), (1, KOMPLAN))),
    ("q19", "innplassering av ansatte", g(
        (3, "sak-innplassering-ansatte-sandefjord-2016"), (2, ["personalreglement-indre-ostfold-2019", ERF]),
        (1, PPMAL), (1, PPNN),
        (1, ["sak-partssamansett-utval-kinn-2018", "arbeidsgiverpolitikk-sandefjord-2016", "faq-sammenslaing-holmestrand-2017"]))),
    ("q20", "navn på ny kommune", g(
        (3, ["sak-navn-ny-kommune-nordre-follo-2017", "sak-namn-ny-kommune-kinn-2018"]),
        (2, ["protokoll-fellesnemnda-nordre-follo-2017-10-24", "protokoll-fellesnemnda-kinn-2018-02-06"]),
        (1, ["nyhet-kommunevapen-alesund-2019", "sak-kommunevapen-indre-ostfold-2018", "faq-sammenslaing-holmestrand-2017",
             ERF, "sak-kommunevapen-larvik-2017", "sak-kommunevapen-prosess-stad-2018"]))),
    ("q21", "møteprotokoll fellesnemnda", g((3, PROTOKOLLER))),
    ("q22", "godtgjering folkevalde", g(
        (3, GREG_NN), (2, "sak-godtgjering-fellesnemnda-stad-2017"), (2, GREG_NB),
        (1, "protokoll-fellesnemnda-stad-2017-11-21"), (1, GFN_SAKER),
        (1, ["forum-godtgjoring-fellesnemnd-2018", "sak-partssamansett-utval-kinn-2018"]))),
    ("q23", "arbeidsgjevarpolitikk", g(
        (3, "arbeidsgjevarpolitikk-sunnfjord-2018"),
        (2, ["arbeidsgiverpolitikk-sandefjord-2016", "personalreglement-indre-ostfold-2019",
             "protokoll-fellesnemnda-sunnfjord-2018-09-25"]),
        (1, ["sak-partssamansett-utval-kinn-2018", ERF, "faq-sammenslaing-holmestrand-2017"]), (1, DELEG_NB))),
    ("q24", "tapt arbeidsinntekt", g(
        (3, GREG_NB), (3, GREG_NN), (2, GFN_SAKER), (1, "protokoll-fellesnemnda-stad-2017-11-21"))),
    ("q25", "servicetorg", g(
        (3, "sak-radhus-lokalisering-asker-2018"),
        (2, ["utredning-tjenestestruktur-indre-ostfold-2017", "leserinnlegg-hurum-radhus-2018", "forum-lardal-radhus-2017",
             "sak-radhus-lokalisering-sunnfjord-2018", "sak-administrasjonssenter-nordre-follo-2018",
             "protokoll-fellesnemnda-asker-2018-06-05", "sak-administrative-funksjoner-indre-ostfold-2018",
             "faq-sammenslaing-holmestrand-2017"]),
        (1, ["pressemelding-administrasjonssenter-nordre-follo-2018", "sak-lokalisering-floro-maloy-kinn-2018", ERF,
             "sak-kommunevapen-indre-ostfold-2018", "protokoll-fellesnemnda-sunnfjord-2018-09-25"]))),
    ("q26", "heraldisk godkjenning Arkivverket", g(
        (3, ["sak-kommunevapen-asker-2018", "sak-kommunevapen-sunnfjord-2018", "sak-kommunevapen-indre-ostfold-2018"]),
        (2, ["nyheit-kommunevapen-kinn-2019", "sak-kommunevapen-prosess-stad-2018", "protokoll-fellesnemnda-asker-2018-06-05",
             "protokoll-fellesnemnda-indre-ostfold-2018-10-16", "protokoll-fellesnemnda-sunnfjord-2018-09-25"]),
        (1, ["kommunikasjonsplan-asker-2017", "kommunikasjonsplan-holmestrand-2016", "sak-kommunevapen-larvik-2017",
             "nyhet-kommunevapen-alesund-2019"]))),
    ("q27", "målform nynorsk", g(
        (3, "sak-malform-stad-2017"), (2, ["protokoll-fellesnemnda-stad-2017-11-21", "kommunikasjonsplan-sunnfjord-2018"]),
        (1, ["sak-kommunevapen-prosess-stad-2018", "nyheit-kommunevapen-kinn-2019"]))),
    ("q28", "ansettelse av prosjektrådmann", g(
        (3, "sak-prosjektradmann-alesund-2018"), (2, "protokoll-fellesnemnda-alesund-2018-01-16"),
        (1, PPMAL), (1, PPNN), (1, [ERF, "sak-reglement-fellesnemnda-asker-2017", "protokoll-fellesnemnda-larvik-2017-02-14"]))),
    ("q29", "budsjett fellesnemnda engangstilskudd", g(
        (3, "sak-budsjett-fellesnemnda-sandefjord-2015"),
        (2, ["protokoll-fellesnemnda-sandefjord-2015-11-24", "protokoll-fellesnemnda-sunnfjord-2018-09-25"]),
        (1, PPMAL), (1, PPNN),
        (1, ["utredning-okonomi-asker-2018", "sak-godtgjoring-fellesnemnda-larvik-2016",
             "sak-godtgjoring-fellesnemnda-holmestrand-2016", "sak-godtgjering-fellesnemnda-stad-2017",
             "sak-kommunevapen-asker-2018", "sak-kommunevapen-sunnfjord-2018", "sak-felles-ikt-plattform-sunnfjord-2018",
             "sak-fagsystemer-ikt-holmestrand-2017", "sak-administrative-funksjoner-indre-ostfold-2018",
             "prosjektplan-ikt-kinn-2018", "prosjektplan-arkiv-indre-ostfold-2018", ERF]), (1, IKT_PLANER))),
    ("q30", "fjordhest", g((3, "sak-kommunevapen-prosess-stad-2018"))),
    ("q31", "Lardal rådhus", g(
        (3, "forum-lardal-radhus-2017"), (1, ["protokoll-fellesnemnda-larvik-2017-02-14", "sak-kommunevapen-larvik-2017",
                                                "prosjektplan-larvik-lardal-2016", "prosjektplan-larvik-lardal-2017-revidert"]))),
    ("q32", "Hurum rådhus", g(
        (3, ["leserinnlegg-hurum-radhus-2018", "sak-radhus-lokalisering-asker-2018"]),
        (2, "protokoll-fellesnemnda-asker-2018-06-05"))),
    ("q33", "anskaffelse sak/arkivsystem", g(
        (3, "sak-saksystem-anskaffelse-indre-ostfold-2019"),
        (2, ARKIV), (2, IKT_PLANER), (2, ["prosjektplan-ikt-kinn-2018", "sak-fagsystemer-ikt-holmestrand-2017"]),
        (1, ["protokoll-fellesnemnda-indre-ostfold-2018-10-16", ERF, "ikt-plan-nordre-follo-2018",
             "sak-felles-ikt-plattform-sunnfjord-2018"]), (1, PPMAL))),
    ("q34", "heltidskultur", g((3, ["arbeidsgiverpolitikk-sandefjord-2016", "arbeidsgjevarpolitikk-sunnfjord-2018"]))),
    ("q35", "Sak 2017/123", g((3, "sak-kommunevapen-larvik-2017"))),
    ("q36", "05.06.2018", g(
        (3, ["protokoll-fellesnemnda-asker-2018-06-05", "sak-kommunevapen-asker-2018", "sak-radhus-lokalisering-asker-2018"]),
        (1, "leserinnlegg-hurum-radhus-2018"))),
    ("q37", "kraftinntekter konsesjonskraft", g((3, "utgreiing-okonomi-sunnfjord-2018"))),
    ("q38", "konvertering av fagsystemer", g(
        (3, IKT_PLANER), (3, "sak-fagsystemer-ikt-holmestrand-2017"),
        (2, ["prosjektplan-ikt-kinn-2018", "sak-felles-ikt-plattform-sunnfjord-2018", "sak-felles-ikt-plattform-asker-2018",
             "nyheit-ikt-plattform-sunnfjord-2019", "ikt-plan-nordre-follo-2018", ERF]),
        (1, "sak-saksystem-anskaffelse-indre-ostfold-2019"), (1, ARKIV))),
    ("q39", "videredelegering kommunedirektøren", g(
        (3, DELEG_NB), (3, DELEG_NN), (1, "finansreglement-nordre-follo-2019"))),
    ("q40", "ettergodtgjøring ordfører", g(
        (3, GREG_NB), (2, GREG_NN), (1, "forum-godtgjoring-fellesnemnd-2018"))),
    ("q41", '"partssamansett utval"', g(
        (3, "sak-partssamansett-utval-kinn-2018"),
        (2, ["protokoll-fellesnemnda-kinn-2018-02-06", "arbeidsgjevarpolitikk-sunnfjord-2018"]),
        (1, PPNN), (1, GREG_NN),
        (1, ["sak-felles-ikt-plattform-sunnfjord-2018", "sak-godtgjering-fellesnemnda-stad-2017",
             "kommunikasjonsplan-sunnfjord-2018", "sak-innplassering-ansatte-sandefjord-2016",
             "protokoll-fellesnemnda-sandefjord-2015-11-24"]))),
    ("q42", "Aasen", g(
        (3, "protokoll-fellesnemnda-asker-2018-06-05"), (2, "sak-radhus-lokalisering-asker-2018"),
        (1, ["protokoll-fellesnemnda-sandefjord-2015-11-24", "protokoll-fellesnemnda-sunnfjord-2018-09-25",
             "protokoll-fellesnemnda-kinn-2018-02-06", "protokoll-fellesnemnda-holmestrand-2016-10-04"]))),
    ("q43", "erfaringer etter kommunesammenslåing", g(
        (3, ERF), (2, "utredning-tjenestestruktur-indre-ostfold-2017"),
        (1, ["utredning-okonomi-asker-2018", "sak-innplassering-ansatte-sandefjord-2016", "sak-kommunevapen-prosess-stad-2018",
             "nyhet-kommunevapen-alesund-2019", "sak-kommunevapen-larvik-2017", "forum-godtgjoring-fellesnemnd-2018"]))),
    ("q44", "godtgjorelse fellesnemda", GODTGJORING_FELLESNEMND),
    ("q45", "Kinn namn", g(
        (3, "sak-namn-ny-kommune-kinn-2018"), (2, "protokoll-fellesnemnda-kinn-2018-02-06"),
        (1, ["nyheit-kommunevapen-kinn-2019", "prosjektplan-kinn-2018"]))),
    ("q46", "Florø Måløy administrasjon", g(
        (3, "sak-lokalisering-floro-maloy-kinn-2018"),
        (1, ["protokoll-fellesnemnda-kinn-2018-02-06", "prosjektplan-ikt-kinn-2018", "nyheit-kommunevapen-kinn-2019"]))),
    ("q47", "tjenestestruktur skole sykehjem", g(
        (3, "utredning-tjenestestruktur-indre-ostfold-2017"),
        (1, ["forum-lardal-radhus-2017", "protokoll-fellesnemnda-larvik-2017-02-14",
             "sak-administrasjonssenter-nordre-follo-2018", "faq-sammenslaing-holmestrand-2017"]))),
    ("q48", "Müller", g((3, "protokoll-fellesnemnda-indre-ostfold-2018-10-16"))),
    ("q49", "delegeringsreglment", DELEGERING),
    ("q50", "administrasjonssenter Ski Kolbotn", g(
        (3, ["sak-administrasjonssenter-nordre-follo-2018", "pressemelding-administrasjonssenter-nordre-follo-2018"]),
        (1, "protokoll-fellesnemnda-nordre-follo-2017-10-24"))),
    ("q51", "René Solheim", g(
        (3, "sak-prosjektradmann-alesund-2018"),
        (2, ["protokoll-fellesnemnda-alesund-2018-01-16", "nyhet-kommunevapen-alesund-2019"]))),
    ("q52", "reglement for fellesnemnda", g(
        (3, "sak-reglement-fellesnemnda-asker-2017"), (2, "protokoll-fellesnemnda-stad-2017-11-21"))),
    ("q53", "interkommunalt arkiv avlevering", g((3, ARKIV), (1, PPMAL))),
    ("q54", "kommunevaapen", None),  # old spelling 'aa' for 'å': same judgements as q03 (filled in below)
]


def main():
    qs = dict((qid, j) for qid, _, j in QUERIES)
    for i, (qid, q, j) in enumerate(QUERIES):
        if j is None:
            QUERIES[i] = (qid, q, qs["q03"])
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "queries.tsv"), "w", encoding="utf-8") as f:
        for qid, q, _ in QUERIES:
            f.write(f"{qid}\t{q}\n")
    n = 0
    with open(os.path.join(OUT, "qrels.txt"), "w", encoding="utf-8") as f:
        for qid, _, j in QUERIES:
            for doc, grade in sorted(j.items(), key=lambda kv: (-kv[1], kv[0])):
                f.write(f"{qid} 0 {doc} {grade}\n")
                n += 1
    print(f"make_qrels: {len(QUERIES)} queries, {n} judgements")


if __name__ == "__main__":
    main()
