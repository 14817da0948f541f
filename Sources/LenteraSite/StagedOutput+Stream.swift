import Foundation
import LenteraContent
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

extension StagedOutput {
    /// Opens a file to be written as it is produced (its folder must exist): append to it,
    /// then `finish` it. It takes part in the manifest like any other file: in a fresh tree
    /// it is created in place (exclusively, as `write` does); in a spare it is written under
    /// a temporary name beside its place and renamed over the old file only when its size
    /// or hash differ from the spare's, otherwise the old file is left untouched.
    func stream(_ relative: String, fingerprint: UInt64 = 0) throws -> StreamedFile {
        let path = stagingPath + "/" + (try confined(relative))
        var temporary: String?
        if previous != nil {
            // Even a temporary changes the spare (a crash would leave it there).
            try touchingSpare()
            let folder = PathText.parent(path), name = PathText.lastComponent(path)
            temporary = folder + "/." + name + ".lentera-partial"
        }
        // Created exclusively and never through a link, the temporary too: a name left
        // there (by someone else: a build's own temporaries go with an untrusted spare) is
        // removed (a link itself, never what it leads to) and the file created again, once.
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(temporary ?? path, flags, 0o644)
        if descriptor < 0, errno == EEXIST, let temporary {
            unlink(temporary)
            descriptor = open(temporary, flags, 0o644)
        }
        if descriptor < 0 { descriptor = try create(temporary ?? path, relative, flags) }
        return StreamedFile(output: self, relative: relative, path: path, temporary: temporary, descriptor: descriptor, fingerprint: fingerprint)
    }

    /// A file written as it is produced, through a buffer flushed every 64 KB: one open,
    /// one write per 64 KB, one close; what it holds is only the unwritten bytes. Its hash
    /// is computed as the bytes go out. Errors are kept and thrown by `finish`, so
    /// appending never throws. One thread at a time.
    final class StreamedFile {
        static let flushSize = 64 * 1024

        let relative: String
        /// The bytes not written yet. Append to it directly (then call `flushIfFull`), or
        /// through `append`.
        var buffer: [UInt8] = []
        private let output: StagedOutput
        private let path: String
        private let temporary: String?
        private var descriptor: Int32
        private var hash = OutputManifest.Hasher()
        private var failure: Error?
        /// The file's fingerprint in the manifest (`StagedOutput.reuse`); 0: none.
        private let fingerprint: UInt64

        init(output: StagedOutput, relative: String, path: String, temporary: String?, descriptor: Int32, fingerprint: UInt64) {
            self.output = output
            self.fingerprint = fingerprint
            self.relative = relative
            self.path = path
            self.temporary = temporary
            self.descriptor = descriptor
            buffer.reserveCapacity(Self.flushSize + 4096)
        }

        func append(_ text: String) {
            buffer.append(contentsOf: text.utf8)
            flushIfFull()
        }

        func flushIfFull() {
            if buffer.count >= Self.flushSize { flush() }
        }

        private func flush() {
            buffer.withUnsafeBytes { bytes in
                hash.update(bytes)
                guard failure == nil else { return }
                do { try StagedOutput.writeAll(bytes, to: descriptor, relative) } catch { failure = error }
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Writes what is left and closes the file; enters it in the manifest. In a spare,
        /// the new file replaces the old one only if it differs.
        func finish() throws {
            flush()
            buffer = []
            // A file written in place is examined before it is closed; a temporary, once
            // renamed into place (which changes its change time).
            let stamp = temporary == nil && failure == nil ? FileStamp(descriptor: descriptor) : nil
            let closed = close(descriptor)
            descriptor = -1
            if closed != 0, failure == nil {
                failure = Failure("build.write-failed.cannot-write", ["file": .text(relative), "reason": .text(String(cString: strerror(errno)))])
            }
            if let failure {
                if let temporary { unlink(temporary) }
                throw failure
            }
            let entry = OutputManifest.Entry(size: hash.count, hash: hash.finalize())
            guard let temporary else {
                guard let stamp else { throw Failure("build.write-failed.cannot-examine", ["file": .text(relative), "reason": .text(String(cString: strerror(errno)))]) }
                output.written.add(relative, entry, stamp, kept: false, fingerprint: fingerprint)
                return
            }
            // Kept only while the spare's file is still what was written (one `lstat`).
            if let kept = output.previous?.holds(relative, entry, at: path) {
                unlink(temporary)
                output.written.add(relative, entry, kept, kept: true, fingerprint: fingerprint)
                return
            }
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw Failure("build.write-failed.cannot-replace", ["file": .text(relative), "reason": .text(reason)])
            }
            guard let replaced = FileStamp(path: path) else { throw Failure("build.write-failed.cannot-examine", ["file": .text(relative), "reason": .text(String(cString: strerror(errno)))]) }
            output.written.add(relative, entry, replaced, kept: false, fingerprint: fingerprint)
        }

        /// A file given up before `finish` (an error on the way) is closed, and its
        /// temporary removed; in a fresh tree the partial file goes with the tree.
        deinit {
            guard descriptor >= 0 else { return }
            close(descriptor)
            if let temporary { unlink(temporary) }
        }
    }
}
