package fr.plume.tool.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.dashboard.ClassCourse;
import fr.plume.tool.dashboard.ClassResultsFixture;
import fr.plume.tool.dashboard.Rosters;
import fr.plume.tool.dashboard.Rosters.Person;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The class dashboard's exports, opened as a spreadsheet program would: one sheet per view with a
 * frozen header, typed cells, and every text that could run as a formula neutralised.
 */
@PlumeIntegrationTest
class ExportClassDashboardTest {

    @LocalServerPort
    int port;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private ClassCourse course;
    private LaunchFlow.Launched teacher;
    private UUID context;

    @BeforeEach
    void aClassWithAHostileName() {
        course = new ClassCourse(port, registrations, members, jdbc, "univ-export-"
                + UUID.randomUUID().toString().substring(0, 6), "2");
        // a name from the platform that a spreadsheet would run as a formula
        course.roster(Rosters.moodle(List.of(Person.learner("sub-alice", "Alice", "Martin").inGroups("TD 1"),
                Person.learner("sub-eve", "=HYPERLINK(\\\"http://evil.test\\\")", "-2+3").inGroups("@TD"))));
        teacher = course.launch("sub-teacher", ClassCourse.INSTRUCTOR, "diag", Map.of());
        course.launch("sub-alice", ClassCourse.LEARNER, "diag", Map.of("name", "Alice Martin"));
        context = course.contextId();
        ClassResultsFixture results = new ClassResultsFixture(jdbc, course.memberId, context);
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS);
        UUID attempt = results.completed(course.userId("sub-alice"), course.linkId("diag"), "DIAGNOSTIC", 4, at,
                at.plusSeconds(300));
        results.level(attempt, "1.1", 4, 0.9, 0.2, 6);
    }

    @AfterEach
    void close() {
        course.close();
    }

    @Test
    void theWorkbookHasOneSheetPerViewWithAFrozenHeaderTypedCellsAndNeutralisedFormulas() throws Exception {
        HttpResponse<byte[]> response = course.download(teacher.cookie(), "/class/" + context + "/export.xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3), workbook.getSheetName(4)))
                    .containsExactly("Étudiants", "Niveaux par compétence", "Répartition", "Questions difficiles",
                            "Progression");
            for (Sheet sheet : workbook) {
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            }
            Sheet students = workbook.getSheet("Étudiants");
            assertThat(text(students.getRow(0))).startsWith("Étudiant", "Groupes", "Dans la liste de la plateforme");
            Row alice = rowStartingWith(students, "Alice Martin");
            assertThat(alice.getCell(2).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(alice.getCell(2).getBooleanCellValue()).isTrue();
            Cell lastActivity = alice.getCell(4);
            assertThat(lastActivity.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(lastActivity)).isTrue();
            assertThat(alice.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(alice.getCell(5).getNumericCellValue()).isEqualTo(4.0);
            Row eve = rowStartingWith(students, "'=HYPERLINK");
            assertThat(eve.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.test\") -2+3");
            assertThat(eve.getCell(1).getStringCellValue()).isEqualTo("'@TD");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("no formula anywhere").isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Sheet heatmap = workbook.getSheet("Niveaux par compétence");
            assertThat(text(heatmap.getRow(0))).anySatisfy(h -> assertThat(h).startsWith("1.1"));
            Row aliceLevels = rowStartingWith(heatmap, "Alice Martin");
            assertThat(aliceLevels.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(aliceLevels.getCell(2).getStringCellValue()).isEqualTo("fiable");
            Sheet distribution = workbook.getSheet("Répartition");
            assertThat(distribution.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(distribution.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void theCsvIsUtf8WithABomAndNeutralisedCells() {
        HttpResponse<byte[]> response = course.download(teacher.cookie(), "/class/" + context
                + "/export/students.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Étudiant,Groupes,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.test\"\") -2+3\",'@TD,");
        assertThat(csv).contains("Alice Martin,TD 1,true,terminé,");
    }

    @Test
    void exportsFollowTheFilter() {
        HttpResponse<byte[]> response = course.download(teacher.cookie(), "/class/" + context
                + "/export/students.csv?group=TD%201");

        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Alice Martin").doesNotContain("HYPERLINK");
    }

    @Test
    void anUnknownViewIsAProblemNotAnEmptyFile() {
        HttpResponse<byte[]> response = course.download(teacher.cookie(), "/class/" + context + "/export/secrets.csv");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("CLASS-EXPORT-UNKNOWN-VIEW");
    }

    private static List<String> text(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    private static Row rowStartingWith(Sheet sheet, String prefix) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith(prefix)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in " + sheet.getSheetName());
    }
}
