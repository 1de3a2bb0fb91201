import Foundation
import WorkshopCLI

// The arguments as bytes: Swift's `CommandLine.arguments` would replace invalid UTF-8 silently.
let raw = (1..<Int(CommandLine.argc)).map { index -> [UInt8] in
    guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
    return Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
}
let cli = WorkshopCLI(
    rawArguments: raw,
    environment: ProcessInfo.processInfo.environment,
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
exit(cli.run(console: StandardConsole()))
