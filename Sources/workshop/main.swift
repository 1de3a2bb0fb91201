import Foundation
import WorkshopCLI

let cli = WorkshopCLI(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
exit(cli.run(console: StandardConsole()))
