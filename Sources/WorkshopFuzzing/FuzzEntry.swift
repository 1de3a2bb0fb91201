import Foundation
import WorkshopKit

/// The C entry points of the fuzz executables (`Sources/CFuzzMain/include/fuzz_main.h`).
enum FuzzEntry {
    /// The targets by name, looked up once.
    static let byName = Dictionary(uniqueKeysWithValues: FuzzTarget.allCases.map { ($0.rawValue, $0) })

    static func target(_ name: UnsafePointer<CChar>) -> FuzzTarget {
        guard let target = byName[String(cString: name)] else { fatalError("no fuzz target \(String(cString: name))") }
        return target
    }
}

/// One input from libFuzzer.
@_cdecl("workshop_fuzz_one")
public func workshopFuzzOne(_ name: UnsafePointer<CChar>, _ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzEntry.target(name).run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Without libFuzzer (a plain `swift build`): runs the target on each file named, e.g. a crash
/// that was found, and says how many ran.
@_cdecl("workshop_fuzz_replay")
public func workshopFuzzReplay(_ name: UnsafePointer<CChar>, _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let target = FuzzEntry.target(name)
    let paths = (1..<max(1, Int(argc))).compactMap { argv?[$0].map { String(cString: $0) } }
    if paths.isEmpty {
        FileHandle.standardError.write(Data("usage: fuzz-\(target.rawValue) FILE...  (built with --sanitize=fuzzer it is libFuzzer; see Scripts/fuzz)\n".utf8))
        return 64
    }
    for path in paths {
        guard let bytes = try? FileSystem.read(URL(fileURLWithPath: path), shownAs: path) else {
            FileHandle.standardError.write(Data("fuzz-\(target.rawValue): \(path): cannot be read\n".utf8))
            return 66
        }
        target.run(bytes)
    }
    print("fuzz-\(target.rawValue): \(paths.count) input(s) ran clean")
    return 0
}
