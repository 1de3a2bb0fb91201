import Foundation

/// The package's root folder: the nearest folder above this file holding Package.swift.
public let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url = url.deletingLastPathComponent()
    }
    fatalError("no Package.swift above \(#filePath)")
}()
