package fr.plume.tool.dashboard.application;

import fr.plume.tool.dashboard.domain.ClassFilter;
import fr.plume.tool.dashboard.domain.ClassSpreadsheets;
import fr.plume.tool.dashboard.domain.ClassStudent;
import fr.plume.tool.dashboard.domain.ClassTable;
import fr.plume.tool.dashboard.domain.HardItem;
import fr.plume.tool.dashboard.domain.LevelCell;
import fr.plume.tool.dashboard.domain.ModeProgress;
import fr.plume.tool.lti.api.CourseDirectory.PlacedActivity;
import fr.plume.tool.shared.domain.MemberTimeZones;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The class dashboard as files (DESIGN §8): the same views as the page, with the same filter, one
 * XLSX sheet per view or one CSV per view, headed with the framework's labels.
 */
@Service
public class ExportClassDashboard {

    /** The views a CSV export may ask for, in sheet order. */
    public static final List<String> VIEWS = List.of("students", "heatmap", "distribution", "items", "progress");

    private final ShowClassDashboard dashboard;
    private final ClassSpreadsheets spreadsheets;
    private final MessageSource messages;
    private final MemberTimeZones zones;
    private final ZoneId consortiumZone;

    ExportClassDashboard(ShowClassDashboard dashboard, ClassSpreadsheets spreadsheets, MessageSource messages,
            MemberTimeZones zones, @Value("${plume.display.time-zone:Europe/Paris}") String consortiumZone) {
        this.dashboard = dashboard;
        this.spreadsheets = spreadsheets;
        this.messages = messages;
        this.zones = zones;
        this.consortiumZone = ZoneId.of(consortiumZone);
    }

    public void xlsx(UUID contextId, ClassFilter filter, Locale locale, OutputStream out) throws IOException {
        ClassDashboard view = dashboard.show(contextId, filter, locale.getLanguage());
        spreadsheets.xlsx(VIEWS.stream().map(v -> table(view, v, locale)).toList(), zone(view), out);
    }

    /** @throws PlumeProblemException {@code CLASS-EXPORT-UNKNOWN-VIEW} (404) for a view not in {@link #VIEWS} */
    public void csv(UUID contextId, String viewName, ClassFilter filter, Locale locale, OutputStream out)
            throws IOException {
        checkView(viewName);
        ClassDashboard view = dashboard.show(contextId, filter, locale.getLanguage());
        spreadsheets.csv(table(view, viewName, locale), zone(view), out);
    }

    /** @throws PlumeProblemException {@code CLASS-EXPORT-UNKNOWN-VIEW} (404) for a view not in {@link #VIEWS} */
    public void checkView(String viewName) {
        if (!VIEWS.contains(viewName)) {
            throw new PlumeProblemException("CLASS-EXPORT-UNKNOWN-VIEW", 404);
        }
    }

    /** Checks access before the response is committed (a refused export is a page, not a broken file). */
    public void checkAccess(UUID contextId) {
        dashboard.checkAccess(contextId);
    }

    private ZoneId zone(ClassDashboard view) {
        return zones.timeZone(view.page().launch().memberId()).orElse(consortiumZone);
    }

    ClassTable table(ClassDashboard view, String name, Locale locale) {
        return switch (name) {
            case "students" -> students(view, locale);
            case "heatmap" -> heatmap(view, locale);
            case "distribution" -> distribution(view, locale);
            case "items" -> items(view, locale);
            default -> progress(view, locale);
        };
    }

    private ClassTable students(ClassDashboard view, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(t("class.col.student", locale), t("class.col.groups", locale),
                t("class.col.inRoster", locale)));
        for (PlacedActivity a : view.activities()) {
            headers.add(a.title() == null ? t("class.activity.untitled", locale) : a.title());
        }
        headers.add(t("class.col.lastActivity", locale));
        headers.add(t("class.col.globalLevel", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (ClassStudent s : view.students()) {
            List<Object> row = new ArrayList<>(List.of(name(s, locale), String.join(", ", s.groups()), s.inRoster()));
            view.activities().forEach(a -> row.add(t(s.status(a.resourceLinkId()).messageKey(), locale)));
            row.add(s.lastActivity());
            row.add(s.globalLevel());
            rows.add(row);
        }
        return new ClassTable("students", t("class.sheet.students", locale), headers, rows);
    }

    private ClassTable heatmap(ClassDashboard view, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(t("class.col.student", locale)));
        for (ClassDashboard.Competency c : view.competencies()) {
            headers.add(c.heading());
            headers.add(c.code() + " " + t("class.col.certainty", locale));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ClassStudent s : view.students()) {
            List<Object> row = new ArrayList<>();
            row.add(name(s, locale));
            for (ClassDashboard.Competency c : view.competencies()) {
                LevelCell cell = s.level(c.code());
                row.add(cell == null ? null : cell.level());
                row.add(cell == null ? null : t(cell.certaintyKey(), locale));
            }
            rows.add(row);
        }
        return new ClassTable("heatmap", t("class.sheet.heatmap", locale), headers, rows);
    }

    private ClassTable distribution(ClassDashboard view, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            rows.add(List.of(level, view.distribution()[level]));
        }
        rows.add(List.of(t("class.level.none", locale), view.distribution()[0]));
        return new ClassTable("distribution", t("class.sheet.distribution", locale),
                List.of(t("class.col.level", locale), t("class.col.students", locale)), rows);
    }

    private ClassTable items(ClassDashboard view, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (HardItem i : view.hardestItems()) {
            List<Object> row = new ArrayList<>();
            row.add(i.competencyHeading());
            row.add(i.stem());
            row.add(i.rule());
            row.add(i.answered());
            row.add(i.correct());
            row.add(i.successPercent());
            rows.add(row);
        }
        return new ClassTable("items", t("class.sheet.items", locale),
                List.of(t("class.col.competency", locale), t("class.col.item", locale), t("class.col.rule", locale),
                        t("class.col.answers", locale), t("class.col.correct", locale),
                        t("class.col.successPercent", locale)), rows);
    }

    private ClassTable progress(ClassDashboard view, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(t("class.col.student", locale)));
        view.progress().forEach(p -> headers.add(t(p.messageKey(), locale)));
        List<List<Object>> rows = new ArrayList<>();
        List<Object> mean = new ArrayList<>(List.of(t("class.progress.classMean", locale)));
        view.progress().forEach(p -> mean.add(p.students() == 0 ? null : p.roundedMean()));
        rows.add(mean);
        for (ClassStudent s : view.students()) {
            List<Object> row = new ArrayList<>(List.of(name(s, locale)));
            for (ModeProgress p : view.progress()) {
                row.add(s.levelIn(p.mode()));
            }
            rows.add(row);
        }
        return new ClassTable("progress", t("class.sheet.progress", locale), headers, rows);
    }

    private String name(ClassStudent s, Locale locale) {
        return s.displayName() != null ? s.displayName() : t("class.student.unnamed", locale) + " " + s.subject();
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
