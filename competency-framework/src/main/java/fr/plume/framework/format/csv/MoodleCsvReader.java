package fr.plume.framework.format.csv;

import fr.plume.framework.format.CsvFormulaGuard;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.format.moodle.MoodleDescription;
import fr.plume.framework.format.moodle.MoodleRecords;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import fr.plume.framework.validation.Field;
import fr.plume.framework.validation.FrameworkValidator;
import fr.plume.framework.validation.HierarchyCheck;
import fr.plume.framework.validation.ModelLocator;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import fr.plume.framework.validation.ProblemList;
import fr.plume.framework.validation.Uuids;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.plume.framework.format.csv.MoodleCsvColumns.*;

/**
 * Reads Moodle's competency framework CSV, as written by {@link MoodleCsvWriter} or exported by Moodle from a
 * framework Plume created there (by either route). A Plume framework is recognised by its idnumbers (the framework
 * and its competencies have UUIDs), not by markup, because Moodle cleans descriptions.
 */
public final class MoodleCsvReader {

    /** Like the XLSX workbook: a Plume framework has a few dozen rows; beyond this the file is not one. */
    static final int MAX_ROWS = 20_000;

    private static final Pattern CODE_PREFIX = Pattern.compile("^(\\S+)\\s+(.*)$", Pattern.DOTALL);

    private MoodleCsvReader() {
    }

    public static ImportResult read(byte[] content) {
        Utf8Check.Decoded decoded = Utf8Check.decode(content);
        if (decoded.text().isEmpty()) {
            return ImportResult.failure(decoded.problems());
        }
        Table table;
        try {
            table = parse(decoded.text().get());
        } catch (MalformedCsv e) {
            return ImportResult.failure(new Problem(ProblemCodes.CSV_MALFORMED, e.where,
                    "Le CSV est mal formé à partir d'ici (guillemet non refermé ?) ; il n'a pas été lu."));
        }
        return new Run(table).read();
    }

    private record Line(long number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        String at(int column) {
            return location(number, column);
        }
    }

    /** The lines read, and the line where reading stopped when the file has more than {@link #MAX_ROWS} rows. */
    private record Table(List<Line> lines, Optional<Long> stoppedAt) {
    }

    private static final class MalformedCsv extends RuntimeException {
        final String where;

        MalformedCsv(String where, Throwable cause) {
            super(where, cause);
            this.where = where;
        }
    }

    private static Table parse(String text) {
        char delimiter = guessDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        List<Line> lines = new ArrayList<>();
        long nextLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var iterator = parser.iterator();
            while (true) {
                long startLine = nextLine;
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    if (lines.size() > MAX_ROWS) {
                        return new Table(lines, Optional.of(startLine));
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedCsv("ligne " + startLine, e);
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                lines.add(new Line(startLine, record.stream().map(CsvFormulaGuard::restore).toList()));
            }
        } catch (IOException e) {
            throw new MalformedCsv("ligne " + nextLine, e);
        }
        return new Table(lines, Optional.empty());
    }

    /** Moodle lets people pick the delimiter; spreadsheets in French often save with semicolons. */
    private static char guessDelimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private record Row(Line line, String key, UUID id, boolean uuid, String parentKey, MoodleDescription.Parsed description) {
    }

    private static final class Run {
        private final Table table;
        /** Problems that must be read first, before the details. */
        private final List<Problem> leading = new ArrayList<>();
        private final ProblemList problems = new ProblemList();
        private final Map<String, Row> rows = new LinkedHashMap<>();
        private final CsvLocator locator = new CsvLocator();
        private Line frameworkLine;
        private int depth;

        Run(Table table) {
            this.table = table;
        }

        ImportResult read() {
            List<Line> lines = table.lines();
            if (lines.isEmpty() || lines.get(0).cells().size() < COUNT) {
                int found = lines.isEmpty() ? 0 : lines.get(0).cells().size();
                return ImportResult.failure(new Problem(ProblemCodes.CSV_COLUMNS, "ligne 1", "L'en-tête a " + found
                        + " colonne(s) ; le CSV de référentiel Moodle en a 14 : " + String.join(", ", HEADER) + "."));
            }
            table.stoppedAt().ifPresent(line -> leading.add(new Problem(ProblemCodes.CSV_TOO_MANY_ROWS, "ligne " + line,
                    "Le fichier a plus de " + MAX_ROWS + " lignes ; la suite n'a pas été lue. Un référentiel Plume en "
                            + "compte quelques dizaines : vérifiez qu'il s'agit du bon fichier.")));
            for (Line line : lines.subList(1, lines.size())) {
                readLine(line);
            }
            if (frameworkLine == null) {
                problems.add(new Problem(ProblemCodes.CSV_FRAMEWORK_ROW, "colonne M (isframework)",
                        "Aucune ligne ne décrit le référentiel lui-même (colonne « Is framework » à 1)."));
                return ImportResult.failure(problems.withFirst(leading));
            }
            Framework framework = build();
            problems.addAll(FrameworkValidator.validate(framework, locator).problems());
            return ImportResult.of(framework, problems.withFirst(leading));
        }

        private void readLine(Line line) {
            if (line.cells().stream().allMatch(String::isBlank)) {
                return;
            }
            if (line.cells().size() < COUNT) {
                problems.add(new Problem(ProblemCodes.CSV_COLUMNS, "ligne " + line.number(), "Cette ligne a "
                        + line.cells().size() + " colonne(s) au lieu de 14 (virgule ou guillemet manquant ?)."));
                return;
            }
            checkLength(line, IDNUMBER);
            checkLength(line, SHORTNAME);
            if (isTrue(line.cell(IS_FRAMEWORK))) {
                if (frameworkLine != null) {
                    problems.add(new Problem(ProblemCodes.CSV_FRAMEWORK_ROW, line.at(IS_FRAMEWORK), "Une seule ligne peut décrire le référentiel ; la ligne "
                            + frameworkLine.number() + " le fait déjà."));
                } else {
                    frameworkLine = line;
                }
                return;
            }
            Optional<UUID> parsed = Uuids.parse(line.cell(IDNUMBER));
            UUID id = uuid(line, IDNUMBER);
            String parentRaw = line.cell(PARENT_IDNUMBER).strip();
            // An invalid parent idnumber maps to the same stand-in as the invalid idnumber it names, so the
            // hierarchy can still be checked and every other problem reported.
            String parentKey = parentRaw.isEmpty() ? "" : key(parentRaw);
            Row row = new Row(line, id.toString(), id, parsed.isPresent(), parentKey, readDescription(line));
            Row first = rows.putIfAbsent(row.key(), row);
            if (first != null) {
                problems.add(new Problem(ProblemCodes.DUPLICATE_IDNUMBER, line.at(IDNUMBER), "L'identifiant " + id
                        + " est déjà utilisé à la ligne " + first.line().number() + " ; Moodle écraserait la première compétence."));
            }
        }

        /** The same key for an idnumber wherever it is written: the UUID, or a stand-in derived from the text. */
        private static String key(String idnumber) {
            return Uuids.parse(idnumber).map(UUID::toString)
                    .orElse(Uuids.placeholderFor(idnumber.strip().toLowerCase(Locale.ROOT)).toString());
        }

        private Framework build() {
            Set<String> roots = new HashSet<>();
            roots.add(frameworkLine.cell(IDNUMBER).strip().toLowerCase(Locale.ROOT));
            roots.add(key(frameworkLine.cell(IDNUMBER)));
            List<HierarchyCheck.Node> nodes = rows.values().stream()
                    .map(row -> new HierarchyCheck.Node(row.key(), row.parentKey(), row.line().at(PARENT_IDNUMBER)))
                    .toList();
            HierarchyCheck.Result hierarchy = HierarchyCheck.check(nodes, roots);
            problems.addAll(hierarchy.problems());
            checkRelated();
            Map<String, List<Row>> children = new LinkedHashMap<>();
            List<Row> domainRows = new ArrayList<>();
            for (Row row : rows.values()) {
                int rowDepth = hierarchy.depth(row.key()).orElse(-1);
                depth = Math.max(depth, rowDepth);
                if (rowDepth == 1) {
                    domainRows.add(row);
                } else if (rowDepth == 2) {
                    children.computeIfAbsent(row.parentKey(), key -> new ArrayList<>()).add(row);
                } else if (rowDepth > 2) {
                    problems.add(new Problem(ProblemCodes.TOO_DEEP, row.line().at(PARENT_IDNUMBER), "Cette compétence est au niveau "
                            + rowDepth + " de l'arborescence ; Plume attend deux niveaux : domaines puis compétences."));
                }
            }
            if (isMoodleExport()) {
                domainRows.sort(BY_CODE);
                children.values().forEach(list -> list.sort(BY_CODE));
            }
            List<Domain> domains = new ArrayList<>();
            for (Row domainRow : domainRows) {
                List<Competency> competencies = new ArrayList<>();
                List<Line> competencyLines = new ArrayList<>();
                for (Row row : children.getOrDefault(domainRow.key(), List.of())) {
                    List<LevelDescriptor> levels = new ArrayList<>(row.description().levels());
                    levels.sort(Comparator.comparingInt(LevelDescriptor::level));
                    competencies.add(new Competency(row.id(), code(row), title(row), row.description().description(), levels));
                    competencyLines.add(row.line());
                }
                if (!domainRow.description().levels().isEmpty()) {
                    problems.add(new Problem(ProblemCodes.TOO_DEEP, domainRow.line().at(DESCRIPTION),
                            "Ce domaine a des descripteurs de niveau ; seules les compétences en ont."));
                }
                domains.add(new Domain(domainRow.id(), code(domainRow), title(domainRow), domainRow.description().description(), competencies));
                locator.addDomain(domainRow.line(), competencyLines);
            }
            return frameworkFrom(frameworkLine, domains);
        }

        /**
         * Moodle's export lists competencies in database order, not in display order (which it does not export);
         * its rows carry Moodle's ids in "exportid". Plume's codes give the order back.
         */
        private boolean isMoodleExport() {
            return rows.values().stream().anyMatch(row -> !row.line().cell(EXPORT_ID).isBlank());
        }

        private Framework frameworkFrom(Line line, List<Domain> domains) {
            locator.framework = line;
            MoodleDescription.Parsed description = MoodleDescription.read(line.cell(DESCRIPTION));
            Map<String, String> metadata = description.metadata();
            Optional<UUID> idnumber = Uuids.parse(line.cell(IDNUMBER));
            // Files Plume wrote before kept the framework UUID in a data-plume-idnumber attribute.
            boolean plume = idnumber.isPresent() || metadata.containsKey("idnumber");
            UUID id = idnumber.orElseGet(() -> legacyIdnumber(line, metadata));
            if (!plume) {
                leading.add(0, notPlume(line));
            } else if (!metadata.containsKey("version")) {
                problems.add(new Problem(ProblemCodes.CSV_PLUME_METADATA, line.at(DESCRIPTION),
                        "La description du référentiel ne porte plus sa ligne « Code … · version … · licence … » "
                                + "(supprimée dans Moodle ?) : remettez-la, ou importez plutôt le paquet CASE JSON du référentiel."));
            }
            String shortname = line.cell(SHORTNAME).strip();
            String code = metadata.getOrDefault("code", prefix(shortname));
            String title = description.title().fr().isEmpty() ? withoutCode(shortname, code) : description.title().fr();
            return new Framework(id, code, metadata.getOrDefault("version", ""),
                    new LocalizedText(title, description.title().en()), description.description(),
                    metadata.getOrDefault("licence", ""), domains);
        }

        private UUID legacyIdnumber(Line line, Map<String, String> metadata) {
            String raw = metadata.get("idnumber");
            if (raw == null) {
                return Uuids.placeholderFor("framework:" + line.cell(IDNUMBER));
            }
            return Uuids.parse(raw).orElseGet(() -> {
                problems.add(new Problem(ProblemCodes.INVALID_UUID, line.at(DESCRIPTION), "« " + raw
                        + " » (data-plume-idnumber) n'est pas un UUID valide."));
                return Uuids.placeholderFor(raw);
            });
        }

        /** One sentence, read before the details, saying why this file is not a Plume framework. */
        private Problem notPlume(Line line) {
            List<String> reasons = new ArrayList<>();
            reasons.add("l'identifiant du référentiel, « " + line.cell(IDNUMBER).strip() + " », n'est pas un UUID et sa description n'a pas les informations Plume");
            if (depth > 2) {
                reasons.add("son arborescence a " + depth + " niveaux au lieu de 2, domaines puis compétences");
            }
            long notUuids = rows.values().stream().filter(row -> !row.uuid()).count();
            if (notUuids > 0) {
                reasons.add(notUuids + " compétence(s) n'ont pas d'UUID pour idnumber");
            }
            return new Problem(ProblemCodes.CSV_PLUME_METADATA, "", "Ce fichier n'est pas un référentiel Plume ("
                    + String.join(" ; ", reasons) + ") : Plume ne relit que ses propres référentiels, tels qu'il les "
                    + "exporte ou que Moodle les réexporte, et les problèmes ci-dessous en découlent ; pour importer ce "
                    + "référentiel, recopiez-le dans le classeur XLSX de Plume.");
        }

        private void checkRelated() {
            for (Row row : rows.values()) {
                for (String related : IdNumberList.decode(row.line().cell(RELATED_IDNUMBERS))) {
                    if (!rows.containsKey(key(related))) {
                        problems.add(new Problem(ProblemCodes.CSV_UNKNOWN_RELATED, row.line().at(RELATED_IDNUMBERS),
                                "La compétence liée « " + related + " » n'existe pas dans ce fichier."));
                    }
                }
            }
        }

        private MoodleDescription.Parsed readDescription(Line line) {
            MoodleDescription.Parsed parsed = MoodleDescription.read(line.cell(DESCRIPTION));
            for (String invalid : parsed.invalidLevels()) {
                problems.add(new Problem(ProblemCodes.INVALID_LEVEL, line.at(DESCRIPTION),
                        "Un descripteur a le numéro de niveau « " + invalid + " » ; attendu un entier de 1 à 6."));
            }
            return parsed;
        }

        private static final Comparator<Row> BY_CODE = Comparator.comparing(Run::code, CodeOrder.INSTANCE);

        private static String code(Row row) {
            String code = row.description().metadata().get("code");
            return code != null ? code : prefix(row.line().cell(SHORTNAME).strip());
        }

        /** The code at the start of a shortname written "code title". */
        private static String prefix(String shortname) {
            Matcher matcher = CODE_PREFIX.matcher(shortname);
            return matcher.matches() ? matcher.group(1) : "";
        }

        private static String withoutCode(String shortname, String code) {
            return !code.isEmpty() && shortname.startsWith(code + " ") ? shortname.substring(code.length()).strip() : shortname;
        }

        private static LocalizedText title(Row row) {
            MoodleDescription.Parsed description = row.description();
            String french = description.title().fr();
            if (french.isEmpty()) {
                french = withoutCode(row.line().cell(SHORTNAME).strip(), code(row));
            }
            return new LocalizedText(french, description.title().en());
        }

        private void checkLength(Line line, int column) {
            String value = line.cell(column);
            int length = MoodleRecords.length(value);
            if (length > MoodleRecords.MAX_LENGTH) {
                problems.add(new Problem(ProblemCodes.CSV_TOO_LONG, line.at(column), "Cette valeur a " + length
                        + " caractères ; Moodle la couperait à " + MoodleRecords.MAX_LENGTH + ". Raccourcissez-la."));
            }
        }

        private UUID uuid(Line line, int column) {
            String raw = line.cell(column);
            if (raw.isBlank()) {
                problems.add(new Problem(ProblemCodes.MISSING_IDNUMBER, line.at(column), "L'identifiant (UUID) est vide."));
                return Uuids.placeholderFor(line.at(column));
            }
            return Uuids.parse(raw).orElseGet(() -> {
                problems.add(new Problem(ProblemCodes.INVALID_UUID, line.at(column), "« " + raw
                        + " » n'est pas un UUID ; dans un référentiel Plume chaque idnumber est un UUID stable."));
                return UUID.fromString(key(raw));
            });
        }

        /** Moodle tests the "Is framework" cell with PHP truthiness: empty and "0" are false. */
        private static boolean isTrue(String cell) {
            String value = cell.strip();
            return !value.isEmpty() && !value.equals("0");
        }
    }

    private static final class CsvLocator implements ModelLocator {
        private Line framework;
        private final List<Line> domains = new ArrayList<>();
        private final List<List<Line>> competencies = new ArrayList<>();

        void addDomain(Line domain, List<Line> competencyLines) {
            domains.add(domain);
            competencies.add(competencyLines);
        }

        @Override
        public String framework(Field field) {
            return framework.at(switch (field) {
                case TITLE, CODE -> SHORTNAME;
                case IDNUMBER -> IDNUMBER;
                default -> DESCRIPTION;
            });
        }

        @Override
        public String domain(int d, Field field) {
            return at(domains.get(d), field);
        }

        @Override
        public String competency(int d, int c, Field field) {
            return at(competencies.get(d).get(c), field);
        }

        @Override
        public String level(int d, int c, int l, Field field) {
            return at(competencies.get(d).get(c), Field.LEVEL);
        }

        private static String at(Line line, Field field) {
            return line.at(switch (field) {
                case IDNUMBER -> IDNUMBER;
                case CODE, TITLE -> SHORTNAME;
                case CHILDREN -> PARENT_IDNUMBER;
                default -> DESCRIPTION;
            });
        }
    }
}
