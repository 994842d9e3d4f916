/// The built-in Norwegian stop-word list, Bokmål and Nynorsk (``StopWordMode/norwegian``).
///
/// Source: the Snowball project's Norwegian stop list
/// (https://snowballstem.org/algorithms/norwegian/stop.txt, BSD licence), which already holds
/// both written standards (ikke/ikkje, jeg/eg, hva/kva, hvordan/korleis …), with these changes:
///
/// - added the Nynorsk forms the Snowball list lacks (`frå`, `òg`, `sjølv`, `desse`, `utan`,
///   `berre`, `viss`), so both spellings are stop words even with the Nynorsk mapping off;
/// - left out `kven` (Nynorsk "who", but in Bokmål the Kven national minority, a content word
///   in northern municipalities) and `same` (Nynorsk "samme", but in Bokmål a Sámi person);
///   only `samme` is a stop word. Both are worth more as search terms than as noise.
///
/// Entries are written as text is normalised (lower case); ``StopWordFilter`` folds them again
/// with the active ``FoldingMode``.
enum NorwegianStopWords {
    static let all: [String] = bokmål + nynorsk

    /// Bokmål forms (and forms shared by both standards).
    static let bokmål: [String] = [
        "alle", "at", "av", "bare", "begge", "ble", "blei", "bli", "blir", "blitt", "både", "båe",
        "da", "de", "deg", "dem", "den", "denne", "der", "dere", "deres", "det", "dette", "di",
        "din", "disse", "ditt", "du", "eller", "en", "enn", "er", "et", "ett", "etter", "for",
        "fordi", "fra", "før", "ha", "hadde", "han", "hans", "har", "henne", "hennes", "her",
        "hun", "hva", "hvem", "hver", "hvilke", "hvilken", "hvis", "hvor", "hvordan", "hvorfor",
        "i", "ikke", "ingen", "inn", "inni", "ja", "jeg", "kan", "kom", "kun", "kunne", "man",
        "mange", "med", "meg", "meget", "mellom", "men", "min", "mine", "mitt", "mot", "ned",
        "noe", "noen", "nå", "når", "og", "også", "om", "opp", "oss", "over", "på", "samme",
        "seg", "selv", "si", "siden", "sin", "sine", "sitt", "sjøl", "skal", "skulle", "slik",
        "som", "så", "sånn", "til", "uten", "ut", "var", "ved", "vi", "vil", "ville", "vors",
        "vår", "vært", "være", "å",
    ]

    /// Nynorsk forms.
    static let nynorsk: [String] = [
        "berre", "dei", "deim", "deira", "deires", "desse", "då", "dykk", "dykkar", "eg", "ein",
        "eit", "eitt", "elles", "frå", "hennar", "hjå", "ho", "hoe", "honom", "hoss", "hossen",
        "ikkje", "ingi", "inkje", "korleis", "korso", "kva", "kvar", "kvarhelst", "kvi",
        "kvifor", "me", "medan", "mi", "mykje", "no", "noka", "noko", "nokon", "nokor", "nokre",
        "sia", "sidan", "sjølv", "so", "somme", "somt", "um", "upp", "utan", "vart", "varte",
        "vere", "viss", "vore", "vorte", "verte", "vort", "òg",
    ]
}
