// swift-tools-version: 6.1
import PackageDescription

/// One settings array for every target (Hummingbird's habit): explicit existentials,
/// imports that do not leak, and member visibility that follows imports.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    // INDEX_INTERNAL_CHECKS: expensive invariant checks in the index writer and readers.
    // Enabled in debug builds (tests), off in release so benchmarks measure the product.
    .define("INDEX_INTERNAL_CHECKS", .when(configuration: .debug)),
]

let package = Package(
    name: "kommunesok",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kommunesok", targets: ["SearchCLI"]),
        .library(name: "SearchEngine", targets: ["SearchEngine"]),
        // For Benchmarks/, which compares the stemmer with the C Snowball library.
        .library(name: "NorwegianStemmer", targets: ["NorwegianStemmer"]),
        // For Benchmarks/: the analyzer and inverted-index micro-benchmarks.
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
        .library(name: "InvertedIndex", targets: ["InvertedIndex"]),
        .library(name: "IndexStorage", targets: ["IndexStorage"]),
        .library(name: "SearchServer", targets: ["SearchServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // traits: [] drops swift-configuration (not needed here) and builds faster.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Hummingbird's own dependencies, named so SearchServer may import HTTPTypes and NIOCore
        // (MemberImportVisibility: header-field names and ByteBuffer members live there).
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .target(name: "SearchCore", swiftSettings: swiftSettings),
        .target(name: "NorwegianStemmer", swiftSettings: swiftSettings),
        .target(name: "TextAnalysis", dependencies: ["SearchCore", "NorwegianStemmer"], swiftSettings: swiftSettings),
        .target(name: "IndexStorage", dependencies: ["CIntrinsics"], swiftSettings: swiftSettings),
        // A header-only C module for processor instructions Swift has no intrinsic for: the cache
        // prefetch hint (the builder's memo lookups), CRC-32C (every index file's checksum) and the
        // MinHash fold in AVX2 vectors (near-duplicate signatures).
        .systemLibrary(name: "CIntrinsics"),
        .target(name: "InvertedIndex", dependencies: ["SearchCore", "IndexStorage", "CIntrinsics"], swiftSettings: swiftSettings),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "TextExtraction",
            dependencies: ["SearchCore", "CPoppler", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .target(name: "DocumentStore", dependencies: ["SearchCore", "CSQLite"], swiftSettings: swiftSettings),
        .target(
            name: "QueryEngine",
            dependencies: ["SearchCore", "TextAnalysis", "InvertedIndex", .product(name: "HeapModule", package: "swift-collections")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SearchEngine",
            dependencies: ["SearchCore", "TextAnalysis", "TextExtraction", "IndexStorage", "InvertedIndex", "DocumentStore", "QueryEngine", "CIntrinsics"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SearchServer",
            dependencies: [
                "SearchEngine", "SearchCore", "QueryEngine", "DocumentStore", "InvertedIndex", "TextAnalysis", "TextExtraction",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "SearchCLI",
            dependencies: [
                "SearchEngine", "SearchServer", .product(name: "Hummingbird", package: "hummingbird"), "SearchCore", "TextAnalysis", "TextExtraction", "DocumentStore", "InvertedIndex", "QueryEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Test-only helpers shared by several test targets (not a product).
        .target(name: "TestRandomness", path: "Tests/TestRandomness", swiftSettings: swiftSettings),
        .testTarget(name: "NorwegianStemmerTests", dependencies: ["TestRandomness", "NorwegianStemmer"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TestRandomness", "TextAnalysis", "SearchCore"], swiftSettings: swiftSettings),
        .testTarget(name: "IndexStorageTests", dependencies: ["TestRandomness", "IndexStorage"], swiftSettings: swiftSettings),
        .testTarget(name: "InvertedIndexTests", dependencies: ["TestRandomness", "InvertedIndex", "IndexStorage", "SearchCore"], swiftSettings: swiftSettings),
        .testTarget(name: "DocumentStoreTests", dependencies: ["DocumentStore", "SearchCore"], swiftSettings: swiftSettings),
        .testTarget(name: "QueryEngineTests", dependencies: ["TestRandomness", "QueryEngine", "InvertedIndex", "IndexStorage", "TextAnalysis", "SearchCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TextExtractionTests",
            dependencies: ["TestRandomness", "TextExtraction", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SearchEngineTests", dependencies: ["TestRandomness", "SearchEngine", "SearchCore", "QueryEngine", "InvertedIndex", "IndexStorage", "DocumentStore", "TextExtraction", "TextAnalysis"], swiftSettings: swiftSettings),
                .testTarget(
            name: "SearchServerTests",
            dependencies: [
                "SearchServer", "SearchEngine", "SearchCore", "DocumentStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
