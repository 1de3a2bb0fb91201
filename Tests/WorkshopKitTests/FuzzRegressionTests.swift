import Foundation
import Testing
import WorkshopFuzzing
import WorkshopKit

/// The fuzz targets' inputs as tests: every crash a fuzzer found (kept under
/// `Fixtures/fuzz/TARGET/`) and every seed fixture run through each parser in-process, so
/// a fixed crash stays fixed without libFuzzer.
@Suite("Fuzz targets: found crashes and seeds run clean")
struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func files(under folder: URL, endings: [String]?) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { url in
            !url.hasDirectoryPath && (endings.map { $0.contains(url.pathExtension) } ?? true)
        }.sorted { $0.path < $1.path }
    }

    @Test("Each target runs every crash found for it and every seed fixture without trapping", arguments: FuzzTarget.allCases)
    func targetRunsClean(_ target: FuzzTarget) throws {
        let found = Self.files(under: Self.fixtures.appendingPathComponent("fuzz/\(target.rawValue)"), endings: nil)
        let seeds = Self.files(under: Self.fixtures, endings: target.seedEndings).filter { !$0.path.contains("/fuzz/") }
        #expect(!seeds.isEmpty)
        for url in found + seeds {
            let bytes = [UInt8](try Data(contentsOf: url))
            // The large real elections are the count tests' business; fuzzers start from small files.
            if bytes.count < 2_000_000 { target.run(bytes) }
        }
    }

    @Test("Every fuzz product is declared in Package.swift and listed in Scripts/fuzz")
    func everyTargetIsAProduct() throws {
        let root = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let package = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let script = try String(contentsOf: root.appendingPathComponent("Scripts/fuzz"), encoding: .utf8)
        for target in FuzzTarget.allCases {
            #expect(package.contains(".executable(name: \"fuzz-\(target.rawValue)\""), "\(target)")
            #expect(script.contains(" \(target.rawValue) ") || script.contains("(\(target.rawValue) ") || script.contains(" \(target.rawValue))"), "\(target)")
        }
    }
}
