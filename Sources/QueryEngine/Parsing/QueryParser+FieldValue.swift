extension QueryParser.State {
    /// The value after `felt:`: a word, a phrase or a parenthesised group; under `dato:` and
    /// `år:` every value is checked and normalised to ISO dates, four-digit years or ranges.
    mutating func parseFieldValue(_ field: QueryField, fieldToken: QueryToken) throws(QueryError) -> QuerySyntax {
        guard let t = peek, t.startsOperand, !isOperator(t) else {
            throw QueryError(
                .syntax,
                message: "Feltet «\(fieldToken.text)» ved tegn \(fieldToken.range.lowerBound + 1) mangler en verdi. "
                    + "Skriv f.eks. \(Self.example(field)).",
                position: fieldToken.range.lowerBound)
        }
        let value: QuerySyntax
        switch t.kind {
        case .leftParen: value = try parseGroup()
        default: value = try parsePrimary()
        }
        return try Self.checkValue(value, field: field)
    }

    private func isOperator(_ t: QueryToken) -> Bool {
        switch t.kind {
        case .not, .plus, .minus, .field: true
        default: false
        }
    }

    static func example(_ field: QueryField) -> String {
        switch field {
        case .title: "tittel:budsjett"
        case .body: "tekst:budsjett"
        case .type: "type:reglement"
        case .kommune: "kommune:asker eller kommune:\"Indre Østfold\""
        case .date: "dato:2017-03-12 eller dato:2017-01-01..2017-06-30"
        case .year: "år:2017 eller år:2016..2018"
        case .format: "format:pdf"
        case .language: "språk:nn"
        case .theme: "tema:økonomi eller tema:\"IKT og digitalisering\""
        }
    }

    /// Walks a field's value: no nested fields; under metadata keys no fuzzy words; under
    /// `dato:`/`år:` every leaf becomes a checked date, year or range.
    static func checkValue(_ value: QuerySyntax, field: QueryField) throws(QueryError) -> QuerySyntax {
        var out = value
        switch value.node {
        case .field(let inner, _):
            throw QueryError(
                .syntax,
                message: "Feltet «\(inner.rawValue):» ved tegn \(value.range.lowerBound + 1) står inne i feltet «\(field.rawValue):». "
                    + "Skriv feltene hver for seg, f.eks. (\(field.rawValue):… \(inner.rawValue):…).",
                position: value.range.lowerBound)
        case .and(let children):
            var checked: [QuerySyntax] = []
            for c in children { checked.append(try checkValue(c, field: field)) }
            out.node = .and(checked)
        case .or(let children):
            var checked: [QuerySyntax] = []
            for c in children { checked.append(try checkValue(c, field: field)) }
            out.node = .or(checked)
        case .not(let c):
            out.node = .not(try checkValue(c, field: field))
        case .required(let c):
            out.node = .required(try checkValue(c, field: field))
        case .term(let text), .phrase(let text, _):
            switch field {
            case .date: out.node = try DateValue.parse(text, position: value.range.lowerBound)
            case .year: out.node = try DateValue.parseYear(text, position: value.range.lowerBound)
            default: break
            }
        case .fuzzy:
            guard field.textField != nil else {
                throw QueryError(
                    .syntax,
                    message: "Uskarpt søk (~) ved tegn \(value.range.lowerBound + 1) virker bare på tekst, ikke i feltet "
                        + "«\(field.rawValue):». Fjern ~.",
                    position: value.range.lowerBound)
            }
        case .prefix:
            guard field != .date, field != .year else {
                throw QueryError(
                    .syntax,
                    message: "Feltet «\(field.rawValue):» ved tegn \(value.range.lowerBound + 1) tar ikke *. Bruk et intervall, "
                        + "f.eks. \(example(field)).",
                    position: value.range.lowerBound)
            }
        case .range:
            break
        }
        return out
    }
}
