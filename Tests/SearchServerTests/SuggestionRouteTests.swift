import Foundation
import HTTPTypes
import HummingbirdTesting
import SearchEngine
import Testing
@testable import SearchServer

/// «Mente du …?» reaches the API and the search page (as a link that runs the corrected query).
struct SuggestionRouteTests {
    typealias S = ServerTestSupport

    @Test func misspelledQueryGetsASuggestion() async throws {
        try await S.withServer { client, _ in
            let api = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=fellesnemd", method: .get))
            let suggestion = try #require(api.suggestion)
            #expect(suggestion.hasPrefix("fellesnemnd"))
            let page = S.text(try await client.execute(uri: "/?q=fellesnemd", method: .get))
            #expect(page.contains("Mente du: <a href=\"/?q="))
            let correct = try S.decode(SearchResponse.self, try await client.execute(uri: "/api/search?q=fellesnemnda", method: .get))
            #expect(correct.suggestion == nil, "a word the documents use gets no suggestion")
        }
    }
}
