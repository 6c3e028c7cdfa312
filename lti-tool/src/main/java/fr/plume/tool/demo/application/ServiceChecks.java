package fr.plume.tool.demo.application;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.ServiceRefusal;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/** Checks the AGS services make of every request, with Moodle's statuses and reasons. */
final class ServiceChecks {

    private ServiceChecks() {
    }

    static void requireCourse(String courseId) {
        if (DemoCatalogue.course(courseId).isEmpty()) {
            throw new ServiceRefusal(404, "Not Found: Course " + courseId + " doesn't exist");
        }
    }

    static Map<String, Object> parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ServiceRefusal(400, "Empty body");
        }
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new ServiceRefusal(400, "Body is not a JSON object");
        }
    }

    static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static ServiceRefusal noSuchLineItem(String itemId) {
        return new ServiceRefusal(404, "Not Found: Grade item " + itemId + " doesn't exist");
    }
}
