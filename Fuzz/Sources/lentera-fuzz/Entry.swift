#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The target this process runs, chosen once by `LLVMFuzzerInitialize`. libFuzzer calls
/// both entry points from one thread.
nonisolated(unsafe) var selected: FuzzTarget?

/// libFuzzer's set-up hook: picks the target from the name the executable was started as
/// (`fuzz-sop` runs `sop`), or from `LENTERA_FUZZ_TARGET`.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    var name = ""
    if let given = getenv("LENTERA_FUZZ_TARGET") {
        name = String(cString: given)
    } else if let first = argv.pointee?.pointee {
        let path = String(cString: first)
        name = String(path.split(separator: "/").last ?? "")
        if name.hasPrefix("fuzz-") { name.removeFirst(5) }
    }
    guard let target = FuzzTargets.all.first(where: { $0.name == name }) else {
        let names = FuzzTargets.all.map(\.name).joined(separator: ", ")
        let message = "lentera-fuzz: no target `\(name)`; start it as fuzz-<target> or set LENTERA_FUZZ_TARGET to one of: \(names)\n"
        _ = message.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        exit(2)
    }
    selected = target
    return 0
}

/// libFuzzer's entry point: one input, run through the selected target. Never traps on
/// any input: a trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    selected?.run(bytes)
    return 0
}

/// libFuzzer's driver (`-sanitize=fuzzer` links it): parses the flags, then calls
/// `callback` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The executable's entry: SwiftPM names the `main` of an executable target itself, so
/// libFuzzer's own `main` cannot be used; this one hands the command line to its driver.
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzerTestOneInput(data, size) })
    }
}
