"""Merger projects used by the corpus generator.

All person names are fictional. Municipality names, merger partners and merger years follow the
Norwegian kommunereform (2017-2020); every other fact is invented for the corpus.
"""

KOMMUNER = {
    "asker": dict(
        ny="Asker", gamle=["Asker", "Røyken", "Hurum"], lang="nb", fylke="Viken", start="1. januar 2020",
        start_iso="2020-01-01", leder="Kari Aasen", nestleder="Geir Øvrebø", radmann="Tor Helge Lunde",
        sekretaer="Ingrid Moe", medlemmer=27, pst_medl=9, radhus=["Asker rådhus i Katrineåsveien", "Røyken rådhus i Midtbygda"],
        innbyggere="ca. 94 000", vedtak_aar="2017", arkiv="17/00412",
    ),
    "larvik": dict(
        ny="Larvik", gamle=["Larvik", "Lardal"], lang="nb", fylke="Vestfold", start="1. januar 2018",
        start_iso="2018-01-01", leder="Rune Holtet", nestleder="Solveig Lia", radmann="Anne Grethe Wold",
        sekretaer="Espen Tangen", medlemmer=16, pst_medl=7, radhus=["Larvik rådhus", "Lardal rådhus på Svarstad"],
        innbyggere="ca. 47 000", vedtak_aar="2016", arkiv="16/02318",
    ),
    "sandefjord": dict(
        ny="Sandefjord", gamle=["Sandefjord", "Andebu", "Stokke"], lang="nb", fylke="Vestfold", start="1. januar 2017",
        start_iso="2017-01-01", leder="Bjørn Ivar Sætre", nestleder="Liv Torill Hansen", radmann="Gunn Heidi Krogstad",
        sekretaer="Henrik Thue", medlemmer=21, pst_medl=9, radhus=["Sandefjord rådhus i Bjerggata", "Stokke rådhus på Stokke sentrum"],
        innbyggere="ca. 63 000", vedtak_aar="2015", arkiv="15/01977",
    ),
    "holmestrand": dict(
        ny="Holmestrand", gamle=["Holmestrand", "Hof"], lang="nb", fylke="Vestfold", start="1. januar 2018",
        start_iso="2018-01-01", leder="Marit Engebretsen", nestleder="Kjell Arne Hof", radmann="Jan Olav Bergseng",
        sekretaer="Tone Wiik", medlemmer=14, pst_medl=6, radhus=["Holmestrand rådhus", "Hof rådhus"],
        innbyggere="ca. 14 000", vedtak_aar="2016", arkiv="16/00988",
    ),
    "indre-ostfold": dict(
        ny="Indre Østfold", gamle=["Askim", "Eidsberg", "Spydeberg", "Hobøl", "Trøgstad"], lang="nb", fylke="Viken",
        start="1. januar 2020", start_iso="2020-01-01", leder="Per Kristian Haugen", nestleder="Randi Brekke",
        radmann="Sigrid Müller", sekretaer="Ole Fredrik Berg", medlemmer=25, pst_medl=10,
        radhus=["Askim rådhus", "Eidsberg rådhus i Mysen"], innbyggere="ca. 45 000", vedtak_aar="2017", arkiv="17/01150",
    ),
    "alesund": dict(
        ny="Ålesund", gamle=["Ålesund", "Haram", "Sandøy", "Skodje", "Ørskog"], lang="nb", fylke="Møre og Romsdal",
        start="1. januar 2020", start_iso="2020-01-01", leder="Terje Vollan", nestleder="Marianne Fjørtoft",
        radmann="René Solheim", sekretaer="Silje Hareide", medlemmer=35, pst_medl=11,
        radhus=["Ålesund rådhus", "Haram rådhus på Brattvåg"], innbyggere="ca. 66 000", vedtak_aar="2017", arkiv="17/03310",
    ),
    "nordre-follo": dict(
        ny="Nordre Follo", gamle=["Oppegård", "Ski"], lang="nb", fylke="Viken", start="1. januar 2020",
        start_iso="2020-01-01", leder="Ole Martin Fjeld", nestleder="Camilla Aas", radmann="Elisabeth Storm",
        sekretaer="Jonas Kolstad", medlemmer=22, pst_medl=8, radhus=["Ski rådhus", "Oppegård rådhus på Kolbotn"],
        innbyggere="ca. 59 000", vedtak_aar="2017", arkiv="17/00731",
    ),
    "sunnfjord": dict(
        ny="Sunnfjord", gamle=["Førde", "Jølster", "Gaular", "Naustdal"], lang="nn", fylke="Vestland",
        start="1. januar 2020", start_iso="2020-01-01", leder="Sigrun Vassbotn", nestleder="Nils Jølstad",
        radmann="Kjartan Hjelmeland", sekretaer="Guro Skrede", medlemmer=23, pst_medl=9,
        radhus=["Førde rådhus", "Jølster rådhus på Skei"], innbyggere="ca. 22 000", vedtak_aar="2017", arkiv="17/00264",
    ),
    "stad": dict(
        ny="Stad", gamle=["Eid", "Selje"], lang="nn", fylke="Vestland", start="1. januar 2020",
        start_iso="2020-01-01", leder="Arnfinn Kvalsund", nestleder="Berit Hoddevik", radmann="Astrid Fure",
        sekretaer="Eirik Nordpollen", medlemmer=15, pst_medl=6, radhus=["Eid rådhus på Nordfjordeid", "Selje rådhus"],
        innbyggere="ca. 9 500", vedtak_aar="2017", arkiv="17/00519",
    ),
    "kinn": dict(
        ny="Kinn", gamle=["Flora", "Vågsøy"], lang="nn", fylke="Vestland", start="1. januar 2020",
        start_iso="2020-01-01", leder="Inge Myklebust", nestleder="Turid Aase", radmann="Hilde Svardal",
        sekretaer="Magnus Frøyen", medlemmer=17, pst_medl=7, radhus=["Flora rådhus i Florø", "Vågsøy rådhus i Måløy"],
        innbyggere="ca. 17 000", vedtak_aar="2018", arkiv="18/00102",
    ),
}


def gamle_liste(k, og="og"):
    """'Asker, Røyken og Hurum'."""
    g = KOMMUNER[k]["gamle"]
    if len(g) == 1:
        return g[0]
    return ", ".join(g[:-1]) + f" {og} " + g[-1]


def kommuner_felt(k):
    """Value for the metadata 'kommuner' column: the new municipality then the merging ones."""
    d = KOMMUNER[k]
    return d["ny"] + " (" + ", ".join(d["gamle"]) + ")"


TALLORD = {2: "to", 3: "tre", 4: "fire", 5: "fem"}


def antall(k):
    """Number of merging municipalities as a word: 'tre'."""
    return TALLORD[len(KOMMUNER[k]["gamle"])]
