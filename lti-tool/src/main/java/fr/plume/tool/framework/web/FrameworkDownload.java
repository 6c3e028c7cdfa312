package fr.plume.tool.framework.web;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.format.FrameworkFormats;
import fr.plume.tool.framework.api.Frameworks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored framework version as a file to download, in the format asked for. */
final class FrameworkDownload {

    private FrameworkDownload() {
    }

    static ResponseEntity<byte[]> of(Frameworks.StoredFramework stored, FrameworkFormat format) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + stored.framework().code() + "-"
                        + stored.framework().version() + format.fileExtension() + "\"")
                .body(FrameworkFormats.write(format, stored.framework()));
    }
}
