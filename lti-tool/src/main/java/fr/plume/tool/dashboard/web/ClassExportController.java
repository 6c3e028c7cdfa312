package fr.plume.tool.dashboard.web;

import fr.plume.tool.dashboard.application.ExportClassDashboard;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The class dashboard as XLSX (one sheet per view) or CSV (one view), streamed to the teacher. */
@Controller
class ClassExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExportClassDashboard export;

    ClassExportController(ExportClassDashboard export) {
        this.export = export;
    }

    @GetMapping("/class/{contextId}/export.xlsx")
    void xlsx(@PathVariable UUID contextId, @RequestParam(required = false) String group,
            @RequestParam(required = false) String activity, Locale locale, HttpServletResponse response)
            throws IOException {
        export.checkAccess(contextId);
        headers(response, XLSX, "classe.xlsx");
        export.xlsx(contextId, ClassPageController.filter(group, activity), locale, response.getOutputStream());
    }

    @GetMapping("/class/{contextId}/export/{view}.csv")
    void csv(@PathVariable UUID contextId, @PathVariable String view, @RequestParam(required = false) String group,
            @RequestParam(required = false) String activity, Locale locale, HttpServletResponse response)
            throws IOException {
        export.checkAccess(contextId);
        export.checkView(view);
        headers(response, "text/csv;charset=UTF-8", "classe-" + view + ".csv");
        export.csv(contextId, view, ClassPageController.filter(group, activity), locale, response.getOutputStream());
    }

    private static void headers(HttpServletResponse response, String type, String file) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file)
                .build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
