/// Factory functions with the Norwegian messages, one per failure, so wording lives in one place.
extension ExtractionError {
    static func unsupported(_ file: String, what: String) -> ExtractionError {
        ExtractionError(
            code: .unsupportedFormat, fileName: file,
            message: "«\(file)» kan ikke leses: \(what). Støttede formater er PDF, DOCX, ODT, HTML, RTF, Markdown og ren tekst; lagre dokumentet i et av dem og prøv igjen."
        )
    }

    static func empty(_ file: String) -> ExtractionError {
        ExtractionError(
            code: .empty, fileName: file,
            message: "«\(file)» er tom (0 byte). Kontroller at filen ble kopiert eller lastet opp helt, og prøv igjen."
        )
    }

    static func tooLarge(_ file: String, bytes: Int, limit: Int) -> ExtractionError {
        ExtractionError(
            code: .tooLarge, fileName: file,
            message: "«\(file)» er for stor (\(Self.mebibytes(bytes)) MiB; grensen er \(Self.mebibytes(limit)) MiB). Del dokumentet opp i mindre filer, eller øk grensen for filstørrelse."
        )
    }

    static func corrupt(_ file: String, format: String, detail: String? = nil) -> ExtractionError {
        ExtractionError(
            code: .corrupt, fileName: file,
            message: "«\(file)» ser ut til å være en skadet eller avkortet \(format)-fil. Åpne den i programmet den ble laget med, lagre en ny kopi og prøv igjen.",
            detail: detail
        )
    }

    static func encrypted(_ file: String, format: String) -> ExtractionError {
        ExtractionError(
            code: .encrypted, fileName: file,
            message: "«\(file)» er en passordbeskyttet (kryptert) \(format)-fil og kan ikke leses. Lagre en kopi uten passord og legg den inn på nytt."
        )
    }

    static func zipBomb(_ file: String, why: String) -> ExtractionError {
        ExtractionError(
            code: .zipBomb, fileName: file,
            message: "«\(file)» ble avvist fordi \(why). Dette kjennetegner en «ZIP-bombe»; er dokumentet ekte, lagre det på nytt i et vanlig kontorprogram eller del det opp."
        )
    }

    static func xmlTooDeep(_ file: String, part: String, limit: Int) -> ExtractionError {
        ExtractionError(
            code: .xmlTooDeep, fileName: file,
            message: "«\(file)» ble avvist fordi «\(part)» er nestet dypere enn \(limit) nivåer, noe vanlige dokumenter aldri er. Lagre dokumentet på nytt i et vanlig kontorprogram og prøv igjen."
        )
    }

    static func xmlTooManyElements(_ file: String, part: String, limit: Int) -> ExtractionError {
        ExtractionError(
            code: .xmlTooManyElements, fileName: file,
            message: "«\(file)» ble avvist fordi «\(part)» har flere enn \(limit) XML-elementer. Del dokumentet opp i mindre filer og prøv igjen."
        )
    }

    static func xmlEntities(_ file: String, part: String) -> ExtractionError {
        ExtractionError(
            code: .xmlEntities, fileName: file,
            message: "«\(file)» ble avvist fordi «\(part)» inneholder en DOCTYPE- eller ENTITY-deklarasjon, som ekte kontordokumenter aldri har (mulig «billion laughs»-angrep). Lagre dokumentet på nytt i et vanlig kontorprogram."
        )
    }

    static func invalidEncoding(_ file: String) -> ExtractionError {
        ExtractionError(
            code: .invalidEncoding, fileName: file,
            message: "«\(file)» har en tegnkoding som ikke kunne gjenkjennes (verken UTF-8, UTF-16 eller Windows-1252). Lagre filen som UTF-8 og prøv igjen."
        )
    }

    static func notRegularFile(_ file: String, kind: String) -> ExtractionError {
        ExtractionError(
            code: .notRegularFile, fileName: file,
            message: "«\(file)» er \(kind), ikke en vanlig fil. Oppgi stien til selve dokumentet."
        )
    }

    static func unreadable(_ file: String, detail: String) -> ExtractionError {
        ExtractionError(
            code: .unreadable, fileName: file,
            message: "«\(file)» kunne ikke leses fra disken. Kontroller at filen finnes og at du har lesetilgang.",
            detail: detail
        )
    }

    private static func mebibytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value >= 10 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }
}
