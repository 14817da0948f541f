import Foundation
import LenteraContent
import LenteraRender
import LenteraFiles
#if canImport(Glibc)
import Glibc
#endif

/// What a page's fingerprint is made of: everything it is rendered from. Two builds that
/// give a page the same fingerprint give it the same bytes, so the second need not render
/// it (`StagedOutput.reuse`).
///
/// - Every page: the program itself (the running executable's size, dates and inode: a new
///   Lentera renders everything again), the theme (`TemplateSet.digest`: every template and
///   asset), the day of the build (`--date`), the base address given on the command line,
///   whether search is on, and the page's path.
/// - A service's page: the file of the service (its path and the hash of its bytes) and the
///   digest of what the loader had read when services began to stream (the portal
///   settings, every unit file, the free pages, the attachments' first bytes and sizes,
///   each by path and hash): a service's page is rendered from that skeleton and
///   its own file alone, before anything else is read, so nothing else can reach it.
/// - A unit's own pages (its page, its maklumat's, its SOPs', its IKM calculation sheets):
///   the skeleton's digest and the digest of the unit's folder (`LoadedContent.unitDigests`: every file in it, a service
///   by its elided standard, and every listing of it). What such a page shows of anything
///   else — the portal, the tree of units and their names, the instansi and their Zona
///   Integritas files, the free pages, the attachments — is the skeleton's.
/// - Every other page (the home page, indexes, dashboards, open data, the sitemap, the
///   feed): the digest of the whole load (`LoadedContent.digest`, a service counted by its
///   elided standard). Coarse, and sound: any change that can show on them renders them
///   again.
struct BuildFingerprints: Sendable {
    /// Bumped whenever what a fingerprint covers changes.
    static let version: UInt64 = 1
    let common: UInt64

    init(templates: TemplateSet, options: BuildOptions, baseURL: String?) {
        var hasher = ContentHasher()
        hasher.combine(Self.version)
        hasher.combine(Self.program)
        hasher.combine(templates.digest)
        hasher.combine("\(options.date.year)-\(options.date.month)-\(options.date.day)")
        hasher.combine(baseURL ?? "-")
        hasher.combine(options.search.isAvailable ? 1 : 0)
        common = hasher.finalize()
    }

    /// A service's page at `file`, from the skeleton's digest and the service's file.
    func service(skeleton: UInt64, source: ServiceSource, file: String) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(common)
        hasher.combine(1)
        hasher.combine(skeleton)
        hasher.combine(source.path)
        hasher.combine(source.hash)
        hasher.combine(file)
        return Self.nonZero(hasher.finalize())
    }

    /// A page of one unit (`unitPage(of:)`), from the skeleton's digest and its folder's.
    func unitPage(skeleton: UInt64, unit: UInt64, file: String) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(common)
        hasher.combine(3)
        hasher.combine(skeleton)
        hasher.combine(unit)
        hasher.combine(file)
        return Self.nonZero(hasher.finalize())
    }

    /// The unit whose own page `page` is (its page, its maklumat's, one of its SOPs'); nil
    /// for every other page.
    static func unitPage(of page: PageKind) -> String? {
        switch page {
        case .unit(let unit), .maklumat(let unit), .sop(let unit, _), .surveyCalculation(let unit, _): unit
        default: nil
        }
    }

    /// Any other file made from the whole content (`LoadedContent.digest`).
    func page(content: UInt64, file: String) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(common)
        hasher.combine(2)
        hasher.combine(content)
        hasher.combine(file)
        return Self.nonZero(hasher.finalize())
    }

    /// The key of the cache of decoded services (`ContentCache`): everything a service's
    /// decoding depends on besides its file and its unit — the program, the day (what is
    /// due by then), the content folder and how messages name it.
    static func serviceCacheKey(_ options: BuildOptions) -> UInt64 {
        var hasher = ContentHasher()
        hasher.combine(version)
        hasher.combine(program)
        hasher.combine("\(options.date.year)-\(options.date.month)-\(options.date.day)")
        hasher.combine(options.contentDirectory.standardizedFileURL.path)
        hasher.combine(options.displayContent)
        return hasher.finalize()
    }

    /// 0 stands for "no fingerprint" in the manifest.
    private static func nonZero(_ value: UInt64) -> UInt64 { value == 0 ? 1 : value }

    /// The running program: size, modification and change times, inode and device of the
    /// executable. A random number when it cannot be examined (nothing is then reused).
    static let program: UInt64 = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return .random(in: 0...UInt64.max) }
        var hasher = ContentHasher()
        for value in [UInt64(info.st_size), UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(info.st_mtim.tv_nsec),
                      UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(info.st_ctim.tv_nsec), UInt64(info.st_ino), UInt64(info.st_dev)] {
            hasher.combine(value)
        }
        return hasher.finalize()
    }()
}
