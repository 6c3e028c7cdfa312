package fr.plume.tool.catalogue.web;

import fr.plume.tool.catalogue.application.ExportModule;
import fr.plume.tool.catalogue.domain.CartridgeVersion;
import fr.plume.tool.catalogue.domain.ModuleDownloads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public downloads of a published module: its Common Cartridge (1.3, and 1.1 for Moodle) and its Moodle XML. */
@RestController
class ModuleDownloadsController {

    private static final MediaType CARTRIDGE = MediaType.parseMediaType("application/vnd.ims.imscc+zip");

    private final ExportModule exportModule;

    ModuleDownloadsController(ExportModule exportModule) {
        this.exportModule = exportModule;
    }

    @GetMapping("/catalogue/modules/{moduleId}/" + ModuleDownloads.CARTRIDGE)
    ResponseEntity<byte[]> cartridge(@PathVariable String moduleId) {
        return send(exportModule.cartridge(moduleId, CartridgeVersion.V1_3), CARTRIDGE);
    }

    @GetMapping("/catalogue/modules/{moduleId}/" + ModuleDownloads.CARTRIDGE_1_1)
    ResponseEntity<byte[]> cartridgeForMoodle(@PathVariable String moduleId) {
        return send(exportModule.cartridge(moduleId, CartridgeVersion.V1_1), CARTRIDGE);
    }

    @GetMapping("/catalogue/modules/{moduleId}/" + ModuleDownloads.MOODLE_XML)
    ResponseEntity<byte[]> moodleXml(@PathVariable String moduleId) {
        return send(exportModule.moodleXml(moduleId), MediaType.parseMediaType("application/xml;charset=UTF-8"));
    }

    private static ResponseEntity<byte[]> send(ExportModule.Download download, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.bytes());
    }
}
