import ArgumentParser
import Foundation
import InvertedIndex
import SearchEngine

/// `kommunesok stats`: what the index holds.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Vis statistikk for indeksen.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let index = try global.open()
        let s = try wrap { try index.snapshot() }
        print("Indeks:        \(index.path)")
        print("Commit:        \(s.generation)")
        print("Dokumenter:    \(s.documentCount)")
        print("Segmenter:     \(s.manifest.segments.count)")
        for seg in s.manifest.segments {
            print(String(format: "  %@  %d dok (%d slettet)  %.2f MB", seg.fileName, seg.documentCount, seg.deletedCount, Double(seg.sizeInBytes) / 1_048_576))
        }
        print(String(format: "Indeksstørrelse: %.2f MB (segmentfiler)", Double(s.indexSizeInBytes) / 1_048_576))
        print(String(format: "Dokumentlager:   %.2f MB", Double(index.documentStoreSizeInBytes) / 1_048_576))
    }
}
