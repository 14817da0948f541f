import Foundation
import LenteraContent
import LenteraRender

extension EditorServer {
    /// Where a saved file shows in the preview: its own page when it has one in the last good
    /// build (a service, SOP, unit, maklumat, free page; the portal's home; the Zona
    /// Integritas dashboard), else its unit's page, else the editor's page of its unit or of
    /// the portal. The routes are the site's own (`Routes`, LenteraRender).
    func publishedAddress(of file: EditableFile) async -> String {
        let name = file.path.split(separator: "/").last.map { part in part.split(separator: ".").dropLast().joined(separator: ".") } ?? ""
        let slug = file.tree["slug"]?.text ?? name
        var routes: [String] = []
        switch (file.kind.name, file.unit) {
        case (ContentKinds.layanan.name, let unit?): routes.append(Routes.service(unit: unit, slug: slug))
        case (ContentKinds.sop.name, let unit?): routes.append(Routes.sop(unit: unit, slug: slug))
        case (ContentKinds.maklumat.name, let unit?): routes.append(Routes.maklumat(unit: unit))
        case (ContentKinds.unit.name, let unit?): routes.append(Routes.unit(file.tree["slug"]?.text ?? unit))
        case (ContentKinds.halaman.name, _): routes.append(Routes.page(slug))
        case (ContentKinds.portal.name, _): routes.append(Routes.home)
        case (ContentKinds.zonaIntegritas.name, _): routes.append(Routes.ziDashboard)
        default: break
        }
        if let unit = file.unit { routes.append(Routes.unit(unit)) }
        if let folder = await preview.builtSite() {
            for route in routes where FileManager.default.fileExists(atPath: folder.appendingPathComponent(Routes.file(for: route)).path) {
                return "/" + route
            }
        }
        return file.unit.map { EditorHTML.address(["unit", $0]) } ?? EditorHTML.address(["portal"])
    }
}
