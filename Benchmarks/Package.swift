// swift-tools-version: 6.1
import PackageDescription

/// Benchmarks live in their own package so that CI and the tests never build them, and so that
/// the main package needs no C stemmer (STYLE.md §1.3).
let package = Package(
    name: "StemmerBenchmarks",
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
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("InternalImportsByDefault"),
            ]
        ),
    ]
)
