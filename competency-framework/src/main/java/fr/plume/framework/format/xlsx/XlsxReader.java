package fr.plume.framework.format.xlsx;

import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import fr.plume.framework.validation.Field;
import fr.plume.framework.validation.FrameworkValidator;
import fr.plume.framework.validation.ModelLocator;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import fr.plume.framework.validation.Uuids;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.plume.framework.format.xlsx.WorkbookLayout.*;

/** Reads the XLSX authoring workbook written by {@link XlsxWriter} (and filled in by people). */
public final class XlsxReader {

    private static final int MAX_ROWS = 20_000;

    private XlsxReader() {
    }

    public static ImportResult read(byte[] content) {
        try {
            Optional<ZipBombGuard.Refusal> refused = ZipBombGuard.check(content);
            if (refused.isPresent()) {
                return refused(refused.get());
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8 (ZipInputStream), a damaged archive
            return notAWorkbook();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return new Run(workbook).read();
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb")) {
                return ImportResult.failure(new Problem(ProblemCodes.XLSX_ZIP_BOMB, "",
                        "Le classeur est refusé : son contenu se décompresse de façon anormale (bombe de décompression)."));
            }
            // A DOCTYPE the guard could not see (a part in another encoding): POI's parser refused it.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (String.valueOf(cause.getMessage()).contains("DOCTYPE")) {
                    return refused(new ZipBombGuard.Refusal(ZipBombGuard.Reason.DOCTYPE, ""));
                }
            }
            return notAWorkbook();
        }
    }

    private static ImportResult refused(ZipBombGuard.Refusal refusal) {
        return switch (refusal.reason()) {
            case NOT_A_ZIP -> notAWorkbook();
            case BOMB -> ImportResult.failure(new Problem(ProblemCodes.XLSX_ZIP_BOMB, "", "Le classeur est refusé : "
                    + refusal.detail() + ". Un classeur de référentiel normal fait quelques centaines de kilo-octets une fois décompressé."));
            case DOCTYPE -> ImportResult.failure(new Problem(ProblemCodes.XLSX_DOCTYPE, refusal.detail(),
                    "Le classeur est refusé parce qu'une de ses parties contient une déclaration DOCTYPE : aucun tableur n'en "
                            + "écrit, et elle peut servir à faire lire au serveur d'autres fichiers. Réenregistrez le classeur "
                            + "depuis votre tableur, puis importez-le de nouveau."));
        };
    }

    private static ImportResult notAWorkbook() {
        return ImportResult.failure(new Problem(ProblemCodes.XLSX_UNREADABLE, "",
                "Ce fichier n'est pas un classeur Excel .xlsx lisible (un ancien .xls doit être réenregistré au format .xlsx)."));
    }

    /** One non-empty row of a list sheet, with its columns found by header. */
    private record SheetRow(String sheet, int index, Map<String, String> values, Map<String, Integer> columns) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }

        String at(String column) {
            Integer c = columns.get(column);
            return c == null ? location(sheet, index) : location(sheet, index, c);
        }
    }

    private static final class Run {
        private final XSSFWorkbook workbook;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, SheetRow> frameworkFields = new HashMap<>();
        private final XlsxLocator locator = new XlsxLocator();

        Run(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        ImportResult read() {
            readFrameworkSheet();
            List<SheetRow> domainRows = rows(DOMAINS, DOMAIN_COLUMNS);
            List<SheetRow> competencyRows = rows(COMPETENCIES, COMPETENCY_COLUMNS);
            List<SheetRow> levelRows = rows(LEVELS, LEVEL_COLUMNS);
            if (!problems.isEmpty() && problems.stream().anyMatch(p -> p.code().equals(ProblemCodes.XLSX_MISSING_SHEET))) {
                return ImportResult.failure(problems);
            }
            Map<String, List<SheetRow>> competenciesByDomain = groupBy(competencyRows, DOMAIN_CODE, DOMAINS, CODE, domainRows);
            Map<String, List<SheetRow>> levelsByCompetency = groupBy(levelRows, COMPETENCY_CODE, COMPETENCIES, CODE, competencyRows);

            List<Domain> domains = new ArrayList<>();
            for (SheetRow domainRow : domainRows) {
                List<Competency> competencies = new ArrayList<>();
                List<SheetRow> placedCompetencies = new ArrayList<>();
                List<List<SheetRow>> placedLevels = new ArrayList<>();
                for (SheetRow competencyRow : competenciesByDomain.getOrDefault(domainRow.get(CODE), List.of())) {
                    List<SheetRow> levelRowsOfCompetency = new ArrayList<>();
                    List<LevelDescriptor> levels = new ArrayList<>();
                    for (SheetRow levelRow : levelsByCompetency.getOrDefault(competencyRow.get(CODE), List.of())) {
                        level(levelRow).ifPresent(level -> {
                            levels.add(new LevelDescriptor(level, new LocalizedText(levelRow.get(DESCRIPTOR_FR), levelRow.get(DESCRIPTOR_EN))));
                            levelRowsOfCompetency.add(levelRow);
                        });
                    }
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < levels.size(); i++) {
                        order.add(i);
                    }
                    order.sort(Comparator.comparingInt(i -> levels.get(i).level()));
                    competencies.add(new Competency(uuid(competencyRow), competencyRow.get(CODE),
                            new LocalizedText(competencyRow.get(TITLE_FR), competencyRow.get(TITLE_EN)),
                            new LocalizedText(competencyRow.get(DESCRIPTION_FR), competencyRow.get(DESCRIPTION_EN)),
                            order.stream().map(levels::get).toList()));
                    placedCompetencies.add(competencyRow);
                    placedLevels.add(order.stream().map(levelRowsOfCompetency::get).toList());
                }
                domains.add(new Domain(uuid(domainRow), domainRow.get(CODE),
                        new LocalizedText(domainRow.get(TITLE_FR), domainRow.get(TITLE_EN)),
                        new LocalizedText(domainRow.get(DESCRIPTION_FR), domainRow.get(DESCRIPTION_EN)), competencies));
                locator.addDomain(domainRow, placedCompetencies, placedLevels);
            }
            Framework framework = new Framework(frameworkUuid(), field(F_CODE), field(F_VERSION),
                    new LocalizedText(field(F_TITLE_FR), field(F_TITLE_EN)),
                    new LocalizedText(field(F_DESCRIPTION_FR), field(F_DESCRIPTION_EN)), field(F_LICENCE), domains);
            locator.frameworkFields = frameworkFields;
            problems.addAll(FrameworkValidator.validate(framework, locator).problems());
            return ImportResult.of(framework, problems);
        }

        /** Groups child rows under their parent's code; a child naming no existing parent is an orphan. */
        private Map<String, List<SheetRow>> groupBy(List<SheetRow> children, String parentColumn, String parentSheet,
                                                    String parentCodeColumn, List<SheetRow> parents) {
            Map<String, List<SheetRow>> grouped = new LinkedHashMap<>();
            java.util.Set<String> parentCodes = new java.util.HashSet<>();
            parents.forEach(parent -> parentCodes.add(parent.get(parentCodeColumn)));
            for (SheetRow child : children) {
                String parent = child.get(parentColumn);
                if (parent.isEmpty()) {
                    problems.add(new Problem(ProblemCodes.ORPHAN, child.at(parentColumn), "La colonne « " + parentColumn
                            + " » est vide : indiquez à quel élément de la feuille « " + parentSheet + " » cette ligne appartient."));
                } else if (!parentCodes.contains(parent)) {
                    problems.add(new Problem(ProblemCodes.ORPHAN, child.at(parentColumn), "Le code « " + parent
                            + " » n'existe pas dans la feuille « " + parentSheet + " »."));
                } else {
                    grouped.computeIfAbsent(parent, key -> new ArrayList<>()).add(child);
                }
            }
            return grouped;
        }

        private Optional<Integer> level(SheetRow row) {
            String raw = row.get(LEVEL);
            if (raw.matches("\\d{1,3}")) {
                return Optional.of(Integer.parseInt(raw));
            }
            problems.add(new Problem(ProblemCodes.INVALID_LEVEL, row.at(LEVEL), raw.isEmpty()
                    ? "Le niveau est vide ; indiquez un nombre entier de 1 à 6."
                    : "« " + raw + " » n'est pas un niveau ; indiquez un nombre entier de 1 à 6."));
            return Optional.empty();
        }

        private UUID uuid(SheetRow row) {
            return uuid(row.get(IDNUMBER), row.at(IDNUMBER));
        }

        private UUID frameworkUuid() {
            SheetRow row = frameworkFields.get(F_IDNUMBER);
            return uuid(field(F_IDNUMBER), row == null ? location(FRAMEWORK, 0) : row.at(VALUE));
        }

        private UUID uuid(String raw, String location) {
            if (raw.isBlank()) {
                problems.add(new Problem(ProblemCodes.MISSING_IDNUMBER, location,
                        "L'identifiant (UUID) est vide ; chaque élément a besoin d'un identifiant unique et permanent."));
                return Uuids.placeholderFor(location);
            }
            return Uuids.parse(raw).orElseGet(() -> {
                problems.add(new Problem(ProblemCodes.INVALID_UUID, location, "« " + raw
                        + " » n'est pas un UUID valide (attendu : 8-4-4-4-12 chiffres hexadécimaux)."));
                return Uuids.placeholderFor(raw.strip().toLowerCase(Locale.ROOT));
            });
        }

        private String field(String name) {
            SheetRow row = frameworkFields.get(name);
            return row == null ? "" : row.get(VALUE);
        }

        private void readFrameworkSheet() {
            for (SheetRow row : rows(FRAMEWORK, List.of(FIELD, VALUE))) {
                String name = row.get(FIELD);
                FRAMEWORK_FIELDS.stream().filter(known -> normalize(known).equals(normalize(name))).findFirst()
                        .ifPresent(known -> frameworkFields.putIfAbsent(known, row));
            }
            if (workbook.getSheet(FRAMEWORK) == null) {
                return;
            }
            for (String required : List.of(F_IDNUMBER, F_CODE, F_VERSION, F_TITLE_FR, F_LICENCE)) {
                if (!frameworkFields.containsKey(required)) {
                    problems.add(new Problem(ProblemCodes.XLSX_MISSING_VALUE, "feuille « " + FRAMEWORK + " », colonne A",
                            "La ligne « " + required + " » est introuvable dans la colonne « " + FIELD + " »."));
                }
            }
        }

        private List<SheetRow> rows(String sheetName, List<String> expectedColumns) {
            Sheet sheet = findSheet(sheetName);
            if (sheet == null) {
                problems.add(new Problem(ProblemCodes.XLSX_MISSING_SHEET, "feuille « " + sheetName + " »",
                        "La feuille « " + sheetName + " » est introuvable ; ne renommez pas les feuilles du classeur."));
                return List.of();
            }
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new LinkedHashMap<>();
            if (headerRow != null) {
                for (Cell cell : headerRow) {
                    String name = text(cell);
                    expectedColumns.stream().filter(expected -> normalize(expected).equals(normalize(name))).findFirst()
                            .ifPresent(expected -> columns.putIfAbsent(expected, cell.getColumnIndex()));
                }
            }
            int headerIndex = headerRow == null ? 0 : headerRow.getRowNum();
            for (String expected : expectedColumns) {
                if (!columns.containsKey(expected)) {
                    problems.add(new Problem(ProblemCodes.XLSX_MISSING_VALUE, location(sheetName, headerIndex),
                            "La colonne « " + expected + " » est introuvable dans l'en-tête de la feuille « " + sheetName + " »."));
                }
            }
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() <= headerIndex) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new Problem(ProblemCodes.XLSX_UNREADABLE, location(sheetName, row.getRowNum()),
                            "La feuille dépasse " + MAX_ROWS + " lignes ; la suite n'a pas été lue."));
                    break;
                }
                Map<String, String> values = new HashMap<>();
                columns.forEach((name, column) -> values.put(name, text(row.getCell(column))));
                if (values.values().stream().anyMatch(value -> !value.isEmpty())) {
                    rows.add(new SheetRow(sheetName, row.getRowNum(), values, columns));
                }
            }
            return rows;
        }

        private Sheet findSheet(String name) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (normalize(workbook.getSheetName(i)).equals(normalize(name))) {
                    return workbook.getSheetAt(i);
                }
            }
            return null;
        }

        private String text(Cell cell) {
            return cell == null ? "" : formatter.formatCellValue(cell).strip();
        }
    }

    /** Header and sheet names are matched without case, accents or extra spaces, to forgive small retyping. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }

    private static final class XlsxLocator implements ModelLocator {
        private Map<String, SheetRow> frameworkFields = Map.of();
        private final List<SheetRow> domains = new ArrayList<>();
        private final List<List<SheetRow>> competencies = new ArrayList<>();
        private final List<List<List<SheetRow>>> levels = new ArrayList<>();

        void addDomain(SheetRow domain, List<SheetRow> competencyRows, List<List<SheetRow>> levelRows) {
            domains.add(domain);
            competencies.add(competencyRows);
            levels.add(levelRows);
        }

        @Override
        public String framework(Field field) {
            String name = switch (field) {
                case IDNUMBER -> F_IDNUMBER;
                case CODE -> F_CODE;
                case VERSION -> F_VERSION;
                case TITLE -> F_TITLE_FR;
                case DESCRIPTION -> F_DESCRIPTION_FR;
                case LICENCE -> F_LICENCE;
                default -> null;
            };
            SheetRow row = name == null ? null : frameworkFields.get(name);
            if (field == Field.CHILDREN) {
                return "feuille « " + DOMAINS + " »";
            }
            return row == null ? "feuille « " + FRAMEWORK + " »" : row.at(VALUE);
        }

        @Override
        public String domain(int d, Field field) {
            return field == Field.CHILDREN ? domains.get(d).at(CODE) + " (aucune compétence ne s'y rattache)" : at(domains.get(d), field);
        }

        @Override
        public String competency(int d, int c, Field field) {
            SheetRow row = competencies.get(d).get(c);
            return field == Field.LEVEL ? "feuille « " + LEVELS + " » (compétence « " + row.get(CODE) + " »)" : at(row, field);
        }

        @Override
        public String level(int d, int c, int l, Field field) {
            SheetRow row = levels.get(d).get(c).get(l);
            return row.at(field == Field.LEVEL ? LEVEL : DESCRIPTOR_FR);
        }

        private static String at(SheetRow row, Field field) {
            return row.at(switch (field) {
                case IDNUMBER -> IDNUMBER;
                case TITLE -> TITLE_FR;
                case DESCRIPTION -> DESCRIPTION_FR;
                default -> CODE;
            });
        }
    }
}
