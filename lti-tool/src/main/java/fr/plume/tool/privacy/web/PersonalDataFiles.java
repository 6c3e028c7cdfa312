package fr.plume.tool.privacy.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The export as a downloaded JSON file, never stored by a cache. */
final class PersonalDataFiles {

    private PersonalDataFiles() {
    }

    static <T> ResponseEntity<T> json(T data, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(data);
    }
}
