internal import HTTPTypes
internal import Foundation

/// The bearer token that guards POST and DELETE. Chosen in this order: `--token`, the
/// environment variable `KOMMUNESOK_TOKEN`, the file `api-token` in the index directory, and
/// otherwise a new random token written to that file (mode 0600, readable by the owner only).
public struct APIToken: Sendable {
    /// Where the token came from (for the start-up message).
    public enum Origin: Sendable, Equatable {
        case option, environment, file, generated
    }

    /// The token.
    public var value: String
    /// Where it came from.
    public var origin: Origin

    /// The file name of the stored token inside the index directory.
    public static let fileName = "api-token"
    /// Environment variable that overrides the stored token.
    public static let environmentVariable = "KOMMUNESOK_TOKEN"
    /// 32 random bytes (256 bits) as hex: far beyond guessing, and safe in a header.
    static let randomBytes = 32

    /// Resolves the token as described on the type. Throws `APIError` (status 500) with a
    /// Norwegian message when the token file cannot be read or written.
    public static func resolve(option: String?, environment: [String: String], indexPath: String) throws -> APIToken {
        if let t = option?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty { return APIToken(value: t, origin: .option) }
        if let t = environment[environmentVariable]?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty {
            return APIToken(value: t, origin: .environment)
        }
        let path = indexPath + "/" + fileName
        if let data = FileManager.default.contents(atPath: path) {
            let t = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !t.isEmpty else {
                throw APIError(.internalServerError, code: "internal", "Nøkkelfilen \(path) er tom. Slett den, så lages en ny ved neste start.")
            }
            return APIToken(value: t, origin: .file)
        }
        let token = generate()
        // O_EXCL: never overwrite a file another process created meanwhile; 0600 from the start,
        // so the token is never readable by others, not even briefly.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            throw APIError(.internalServerError, code: "internal", "Kan ikke lage nøkkelfilen \(path) (\(String(cString: strerror(errno)))). Sjekk skrivetilgangen til indeksmappen, eller oppgi --token.")
        }
        defer { close(fd) }
        let bytes = Array((token + "\n").utf8)
        guard write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0 else {
            throw APIError(.internalServerError, code: "internal", "Kan ikke skrive nøkkelfilen \(path). Sjekk ledig plass, eller oppgi --token.")
        }
        return APIToken(value: token, origin: .generated)
    }

    /// The start-up line about the token. Its value is shown only when it was just generated and
    /// `toTerminal` (standard output is a terminal): once, to the person starting the server,
    /// never into a log file or journal, where anyone who can read logs would learn it. Every
    /// other time the line says where the token comes from.
    public func announcement(indexPath: String, toTerminal: Bool) -> String {
        let file = indexPath + "/" + Self.fileName
        switch origin {
        case .option: return "API-nøkkel: fra --token."
        case .environment: return "API-nøkkel: fra $\(Self.environmentVariable)."
        case .file: return "API-nøkkel: i \(file) (skrives ikke ut; les den med «cat \(file)»)."
        case .generated where toTerminal:
            return "Ny API-nøkkel (vises bare nå; den er lagret i \(file)): \(value)"
        case .generated:
            return "Ny API-nøkkel lagret i \(file) (skrives ikke ut fordi utdata ikke går til en terminal; les den med «cat \(file)»)."
        }
    }

    /// A new random token (system CSPRNG).
    static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<randomBytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }

    /// Compares in time independent of where the strings differ (no timing oracle).
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        var diff = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<b.count { diff |= (i < a.count ? a[i] : 0) ^ b[i] }
        return diff == 0
    }
}
