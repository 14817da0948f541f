import Foundation

extension BenchmarkReport {
    /// Tables ready to paste into docs/performance.md.
    public var markdown: String {
        var text = "### \(grouped(servicePages)) service pages (seed \(seed)), \(date)\n\n"
        if let pages = runs.first?.lentera.pages {
            text += "Lentera wrote \(grouped(pages)) HTML pages (\(grouped(lenteraFiles)) files, \(megabytes(lenteraBytes)))"
            if let hugo = runs.first?.hugo, hugo.cost.succeeded { text += "; Hugo \(grouped(hugo.pages)) HTML pages" }
            text += ". Medians over \(runs.count) run\(runs.count == 1 ? "" : "s").\n\n"
        }
        if let place {
            text += "Every tool's output, Lentera's state folder and the inputs the tools read were on \(place.fileSystem) (`\(place.folder)`): "
                + "\(place.reason). Each run deleted the previous run's trees first, then flushed the file system (`sync`) and let it settle; "
                + "so again before each tool. Lentera built \(search ? "with" : "without") its search index"
                + "\(search ? "" : " (`--no-search`: neither Hugo nor the floor makes one)"). Order of the tools: "
                + runs.map { "run \($0.number) " + $0.order.map(\.rawValue).joined(separator: " → ") }.joined(separator: "; ") + ".\n\n"
        }
        text += "| run | tool | wall (s) | CPU user+sys (s) | peak RSS (MiB) | pages/s |\n|---|---|---|---|---|---|\n"
        for run in runs {
            for tool in run.order {
                guard let measurement = run.measurement(of: tool) else { continue }
                text += "| \(run.number) | \(tool.rawValue) | " + cells(measurement) + " |\n"
            }
        }
        for tool in Tool.allCases where runs.contains(where: { $0.measurement(of: tool) != nil }) {
            text += "| median | \(tool.rawValue) | "
            text += [median(tool) { $0.cost.wallSeconds }.map { decimal($0, 2) },
                     median(tool) { $0.cost.cpuSeconds }.map { decimal($0, 2) },
                     median(tool) { Double($0.cost.peakRSSKiB) / 1024 }.map { decimal($0, 1) },
                     median(tool) { $0.pagesPerSecond }.map { decimal($0, 0) }]
                .map { $0 ?? "—" }.joined(separator: " | ") + " |\n"
        }

        text += "\n| run | Lentera phases (s) | Lentera/Hugo wall | Lentera/Hugo CPU | Lentera/Hugo RSS | Lentera/floor wall | Lentera/floor CPU |\n"
            + "|---|---|---|---|---|---|---|\n"
        let ratios: [(Run) -> Double?] = [\.lenteraOverHugoWall, \.lenteraOverHugoCPU, \.lenteraOverHugoRSS, \.lenteraOverFloorWall, \.lenteraOverFloorCPU]
        for run in runs {
            text += "| \(run.number) | \(phases(run.lentera.phases)) | " + ratios.map { times($0(run)) }.joined(separator: " | ") + " |\n"
        }
        text += "| median | \(phases(medianPhases)) | " + ratios.map { ratio in times(BenchmarkReport.median(runs.map(ratio))) }.joined(separator: " | ") + " |\n"
        return text
    }

    private func cells(_ measurement: Measurement) -> String {
        let cost = measurement.cost
        if let rss = cost.stoppedAtRSSKiB, let after = cost.stoppedAfterSeconds {
            return "stopped at \(decimal(Double(rss) / 1_048_576, 1)) GB after \(decimal(after, 0)) s | \(decimal(cost.cpuSeconds, 2)) | \(decimal(Double(cost.peakRSSKiB) / 1024, 1)) | —"
        }
        guard cost.succeeded else {
            let how = cost.signal.map { "killed by signal \($0)" } ?? "exit status \(cost.exitStatus ?? -1)"
            return "failed (\(how)) after \(decimal(cost.wallSeconds, 2)) | \(decimal(cost.cpuSeconds, 2)) | \(decimal(Double(cost.peakRSSKiB) / 1024, 1)) | —"
        }
        return [decimal(cost.wallSeconds, 2), decimal(cost.cpuSeconds, 2), decimal(Double(cost.peakRSSKiB) / 1024, 1),
                measurement.pagesPerSecond.map { decimal($0, 0) } ?? "—"].joined(separator: " | ")
    }

    private func phases(_ phases: [(name: String, seconds: Double)]) -> String {
        phases.isEmpty ? "—" : phases.map { "\($0.name) \(decimal($0.seconds, 2))" }.joined(separator: " · ")
    }

    private func times(_ ratio: Double?) -> String {
        ratio.map { decimal($0, 2) + "×" } ?? "—"
    }

    private func decimal(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    private func megabytes(_ bytes: Int) -> String {
        decimal(Double(bytes) / 1_000_000, 1) + " MB"
    }
}
