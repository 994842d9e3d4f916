@main
struct IndexBenchmark {
    static func main() {}
}
