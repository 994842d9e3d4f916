/// What a file's name claims it is; used only to warn when the claim and the content disagree.
enum FileExtension {
    /// The lower-cased extension of `fileName`, or nil when it has none.
    static func of(_ fileName: String) -> String? {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        return ext.isEmpty || ext.contains("/") ? nil : ext
    }

    /// The format an extension names, or nil for extensions we do not know.
    static func claimedFormat(_ ext: String) -> DocumentFormat? {
        switch ext {
        case "pdf": .pdf
        case "docx", "docm", "dotx": .docx
        case "odt", "ott": .odt
        case "html", "htm", "xhtml", "xht": .html
        case "txt", "text", "csv", "log": .text
        case "md", "markdown", "mdown", "mkd": .markdown
        case "rtf": .rtf
        default: nil
        }
    }

    /// A warning when `fileName`'s extension names another format than the content has.
    /// Text and Markdown count as one family: the extension is what tells them apart.
    static func mismatchWarning(fileName: String, actual: DocumentFormat) -> String? {
        guard let ext = of(fileName), let claimed = claimedFormat(ext), claimed != actual else { return nil }
        let family: Set<DocumentFormat> = [.text, .markdown]
        if family.contains(claimed), family.contains(actual) { return nil }
        return "filen heter .\(ext), men innholdet er \(actual.displayName); den er lest som \(actual.displayName)"
    }
}
