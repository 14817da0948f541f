import Foundation
import LenteraContent
import LenteraDiagnostics
import LenteraSite

extension ContentStore {
    /// The checks of `lentera check` (`SiteBuilder.diagnostics`: the loader, the link and
    /// file-field checks, output conflicts) run on the content folder with the file's
    /// canonical text in place of the file, without writing it (`BuildOptions.contentOverlay`).
    /// This file's diagnostics are put on its fields by line; other files' only when the
    /// same check without the change does not give them.
    func validation(of tree: ContentTree, as file: EditableFile) -> Validation {
        checks(of: tree, as: file).validation
    }

    /// The folders a check reads: the content folder and the portal's templates folder.
    var checkedRoots: [String] {
        [content.path, BuildOptions(content: content.path).templatesDirectory.standardizedFileURL.path]
    }

    /// The validation, the diagnostics of the check with the change (`after`: those of the
    /// content once the file is written), and the fingerprint of the folders that check
    /// was given (nil when they changed while it ran).
    ///
    /// The check without the change (the baseline) is the same for every save until the
    /// folders change: it is kept (`BaselineCheck`) with the fingerprint of what it read,
    /// and run again only when the folders no longer match it. Otherwise the two checks
    /// run at once.
    func checks(of tree: ContentTree, as file: EditableFile) -> (validation: Validation, after: [Diagnostic], fingerprint: ContentFingerprint?) {
        let written = CanonicalWriter.write(tree, kind: file.kind, path: file.path)
        let bytes = Array(written.text.utf8)
        var base = BuildOptions(content: content.path)
        base.displayContent = displayContent
        let options = base
        let roots = checkedRoots
        let display = displayContent + "/" + file.path
        if let kept = baseline.reusable(roots, date: options.date) {
            let after = withOptions(options, overlay: [file.path: bytes])
            return (Self.split(after, before: kept.diagnostics, file: display, places: written.places), after, kept.fingerprint)
        }
        let fingerprint = ContentFingerprint.take(roots, date: options.date)
        // The two checks at once: each is a whole `lentera check`.
        let results = CheckResults()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            results.set(index, withOptions(options, overlay: index == 0 ? [file.path: bytes] : [:]))
        }
        let held = fingerprint.stillHolds(roots, date: options.date)
        if held { baseline.keep(results.get(1), of: fingerprint) }
        return (Self.split(results.get(0), before: results.get(1), file: display, places: written.places), results.get(0), held ? fingerprint : nil)
    }

    /// Makes the check without a change ahead of a save, when none is kept that still
    /// matches the folders (the first form opened after the server started, or after a
    /// file changed on disk): the save then runs only its own check. One at a time.
    public func prepareBaseline() {
        var options = BuildOptions(content: content.path)
        options.displayContent = displayContent
        let roots = checkedRoots
        guard baseline.reusable(roots, date: options.date) == nil, baseline.startPreparing() else { return }
        defer { baseline.endPreparing() }
        let fingerprint = ContentFingerprint.take(roots, date: options.date)
        let diagnostics = SiteBuilder.diagnostics(options)
        if fingerprint.stillHolds(roots, date: options.date) { baseline.keep(diagnostics, of: fingerprint) }
    }

    /// After `bytes` were written as `path`: the check with the change becomes the baseline
    /// of the folders as they are now, when nothing but that file (its folders, and a save's
    /// temporaries) changed since `fingerprint`, the fingerprint of what the check read.
    func keepAsBaseline(_ after: [Diagnostic], written bytes: [UInt8], as path: String, since fingerprint: ContentFingerprint?) {
        guard let fingerprint else { return }
        let roots = checkedRoots
        let now = ContentFingerprint.take(roots, date: fingerprint.date)
        let absolute = content.path + "/" + path
        guard fingerprint.becomes(now, writing: absolute, bytes: bytes, under: content.path, temporaryPrefix: Self.temporaryPrefix) else {
            baseline.forget()
            return
        }
        baseline.keep(after, of: now)
    }

    private func withOptions(_ options: BuildOptions, overlay: [String: [UInt8]]) -> [Diagnostic] {
        var options = options
        options.contentOverlay = overlay
        return SiteBuilder.diagnostics(options)
    }

    /// Forces the next save's check to run the baseline again (tests compare both ways).
    func forgetBaseline() { baseline.forget() }

    /// Puts `diagnostics` where they belong: this file's (`display`) on its fields or on
    /// the file, the others' only when they are not among `before` (counted: one more of
    /// the same is new).
    static func split(_ diagnostics: [Diagnostic], before: [Diagnostic], file display: String, places: [FieldPath: FieldPlace]) -> Validation {
        var remaining: [Diagnostic: Int] = [:]
        for diagnostic in before { remaining[diagnostic, default: 0] += 1 }
        var validation = Validation()
        for diagnostic in diagnostics {
            if diagnostic.location?.file == display {
                if let path = field(at: diagnostic.location!, places: places) {
                    validation.byField[path, default: []].append(diagnostic)
                } else {
                    validation.inFile.append(diagnostic)
                }
                continue
            }
            if let count = remaining[diagnostic], count > 0 {
                remaining[diagnostic] = count - 1
                continue
            }
            validation.elsewhere.append(diagnostic)
        }
        return Validation(byField: validation.byField, inFile: validation.inFile, elsewhere: validation.elsewhere)
    }

    /// The field a location in the written file is on: the outermost value that starts
    /// there (a set of fields starts where its first key does: a missing field is the
    /// set's), else the outermost key that starts there, else the innermost field whose
    /// lines hold the line. Nil for the file itself: the file's own set of fields starts at
    /// its first key, and a line outside every field.
    static func field(at location: SourceLocation, places: [FieldPath: FieldPlace]) -> FieldPath? {
        guard let line = location.line else { return nil }
        func outermost(_ paths: some Sequence<FieldPath>) -> FieldPath? {
            paths.min { ($0.parts.count, $0.description) < ($1.parts.count, $1.description) }
        }
        if let column = location.column {
            if let path = outermost(places.filter({ $0.value.valueLine == line && $0.value.valueColumn == column }).keys) { return path }
            if let path = outermost(places.filter({ $0.value.keyLine == line && $0.value.keyColumn == column }).keys) {
                let first = places.filter { $0.key.parts.count == 1 }.min { $0.value.keyLine < $1.value.keyLine }?.key
                return path == first ? nil : path
            }
        }
        let holding = places.filter { $0.value.keyLine <= line && line <= $0.value.endLine }.keys
        return holding.max { ($0.parts.count, $1.description) < ($1.parts.count, $0.description) }
    }
}

/// The diagnostics of the two checks of a validation, each written by its own worker.
private final class CheckResults: @unchecked Sendable {
    /// Guarded by `lock`.
    private var results: [[Diagnostic]] = [[], []]
    private let lock = NSLock()

    func set(_ index: Int, _ diagnostics: [Diagnostic]) {
        lock.lock()
        results[index] = diagnostics
        lock.unlock()
    }

    func get(_ index: Int) -> [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return results[index]
    }
}
