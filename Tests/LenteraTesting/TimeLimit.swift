import Foundation

/// Runs `body` on another thread; nil when it does not return within the limit (the
/// thread is then left blocked: the test has failed anyway).
public func withTimeLimit<T: Sendable>(seconds: Int, _ body: @escaping @Sendable () -> T) -> T? {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        box.value = body()
        done.signal()
    }
    guard done.wait(timeout: .now() + .seconds(seconds)) == .success else { return nil }
    return box.value
}

/// One value handed from a thread to the one waiting for it (a semaphore orders the write
/// before the read).
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
