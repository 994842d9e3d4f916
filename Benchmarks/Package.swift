// swift-tools-version: 6.1
import PackageDescription

/// Benchmarks live in their own package so that CI and the tests never build them, and so that
/// the main package needs no C stemmer (STYLE.md §1.3).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "KommunesokBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "kommunesok", path: "..")
    ],
    targets: [
        // The C Snowball library, the reference the Swift stemmer is checked and timed against.
        .systemLibrary(name: "CLibStemmer", providers: [.apt(["libstemmer-dev"])]),
        .executableTarget(
            name: "StemmerBenchmark",
            dependencies: [
                "CLibStemmer",
                .product(name: "NorwegianStemmer", package: "kommunesok"),
            ],
            swiftSettings: swiftSettings
        ),
        // What the corpus benchmarks share: the NoReC loader, the stopwatch, seeded randomness
        // and table formatting.
        .target(name: "BenchmarkSupport", swiftSettings: swiftSettings),
        .executableTarget(
            name: "AnalyzerBenchmark",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "TextAnalysis", package: "kommunesok"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "IndexBenchmark",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "TextAnalysis", package: "kommunesok"),
                .product(name: "InvertedIndex", package: "kommunesok"),
                .product(name: "IndexStorage", package: "kommunesok"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
