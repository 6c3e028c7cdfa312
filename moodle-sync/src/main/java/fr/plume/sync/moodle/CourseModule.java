package fr.plume.sync.moodle;

import java.util.List;

/**
 * One activity or resource of a course, as core_course_get_contents lists it.
 *
 * @param files metadata of the module's contents (files and, for mod_url, the link); never the bytes
 */
public record CourseModule(long id, String sectionName, String name, String modname, String url, String description,
                           boolean visible, List<ContentFile> files) {

    public CourseModule {
        files = List.copyOf(files);
    }

    public record ContentFile(String type, String filename, String fileurl, long filesize, String mimetype,
                              long timemodified, String author, String license) {
    }
}
