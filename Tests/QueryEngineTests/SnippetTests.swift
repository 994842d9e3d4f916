import QueryEngine
import TextAnalysis
import Foundation
import Testing

/// Golden snippets: what a user sees for a query, marks on stemmed forms included.
struct SnippetTests {
    let builder = SnippetBuilder(analyzer: .norwegian())

    @Test func marksStemmedFormsAndCollapsesRulings() {
        let text = "Sak 12/17\n=========\nFellesnemnda drøftet kommunesammenslåingen og vedtok planen for kommunesammenslåing.\n-----\nSlutt."
        let s = builder.snippet(of: text, terms: ["kommunesammenslåing"])
        #expect(s.rendered(open: "[", close: "]") == "Sak 12/17 Fellesnemnda drøftet [kommunesammenslåingen] og vedtok planen for [kommunesammenslåing]. Slutt.")
        #expect(s.page == nil)
    }

    @Test func picksTheDensestWindowAndTellsThePage() {
        var builder = self.builder
        builder.windowTokens = 6
        let filler = String(repeating: "annen tekst her ", count: 20)
        let text = filler + "\u{0C}" + "Godtgjøring til fellesnemnda fastsettes av kommunestyret. " + filler
        let pageTwo = text.utf8.count - ("Godtgjøring til fellesnemnda fastsettes av kommunestyret. " + filler).utf8.count
        let s = builder.snippet(of: text, terms: ["godtgjøring", "fellesnemnd"], pageOffsets: [0, pageTwo])
        #expect(s.rendered(open: "<mark>", close: "</mark>") == "…annen tekst her <mark>Godtgjøring</mark> til <mark>fellesnemnda</mark> fastsettes av kommunestyret…")
        // (Six indexed words: stop words such as «her», «til», «av» do not count towards the window.)
        #expect(s.page == 2)
    }

    @Test func escapesDocumentTextButNotTheMarks() {
        let s = builder.snippet(of: "<b>Fellesnemnda</b> & «rådmann»", terms: ["fellesnemnd"])
        let html = s.rendered(open: "<mark>", close: "</mark>") { piece in
            piece.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        #expect(html == "&lt;b&gt;<mark>Fellesnemnda</mark>&lt;/b&gt; &amp; «rådmann»")
    }
}
