package fr.plume.framework.format.csv;

import fr.plume.framework.format.ImportResult;
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
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.plume.framework.format.csv.MoodleCsvColumns.*;

/** Reads Moodle's competency framework CSV, as exported by Moodle or by {@link MoodleCsvWriter}. */
public final class MoodleCsvReader {

    private static final Pattern CODE_PREFIX = Pattern.compile("^(\\S+)\\s+(.*)$", Pattern.DOTALL);

    private MoodleCsvReader() {
    }

    public static ImportResult read(byte[] content) {
        Utf8Check.Decoded decoded = Utf8Check.decode(content);
        if (decoded.text().isEmpty()) {
            return ImportResult.failure(decoded.problems());
        }
        List<Line> lines;
        try {
            lines = parse(decoded.text().get());
        } catch (MalformedCsv e) {
            return ImportResult.failure(new Problem(ProblemCodes.CSV_MALFORMED, e.where,
                    "Le CSV est mal formé à partir d'ici (guillemet non refermé ?) ; il n'a pas été lu."));
        }
        return new Run().read(lines);
    }

    private record Line(long number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        String at(int column) {
            return location(number, column);
        }
    }

    private static final class MalformedCsv extends RuntimeException {
        final String where;

        MalformedCsv(String where, Throwable cause) {
            super(where, cause);
            this.where = where;
        }
    }

    private static List<Line> parse(String text) {
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
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedCsv("ligne " + startLine, e);
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                lines.add(new Line(startLine, record.toList()));
            }
        } catch (IOException e) {
            throw new MalformedCsv("ligne " + nextLine, e);
        }
        return lines;
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

    private record Row(Line line, String key, UUID id, String parentKey, DescriptionHtml.Parsed description) {
    }

    private static final class Run {
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Row> rows = new LinkedHashMap<>();
        private final CsvLocator locator = new CsvLocator();
        private Line frameworkLine;

        ImportResult read(List<Line> lines) {
            if (lines.isEmpty() || lines.get(0).cells().size() < COUNT) {
                int found = lines.isEmpty() ? 0 : lines.get(0).cells().size();
                return ImportResult.failure(new Problem(ProblemCodes.CSV_COLUMNS, "ligne 1", "L'en-tête a " + found
                        + " colonne(s) ; le CSV de référentiel Moodle en a 14 : " + String.join(", ", HEADER) + "."));
            }
            for (Line line : lines.subList(1, lines.size())) {
                readLine(line);
            }
            if (frameworkLine == null) {
                problems.add(new Problem(ProblemCodes.CSV_FRAMEWORK_ROW, "colonne M (isframework)",
                        "Aucune ligne ne décrit le référentiel lui-même (colonne « Is framework » à 1)."));
                return ImportResult.failure(problems);
            }
            Framework framework = build();
            problems.addAll(FrameworkValidator.validate(framework, locator).problems());
            return ImportResult.of(framework, problems);
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
            UUID id = uuid(line, IDNUMBER);
            String parentRaw = line.cell(PARENT_IDNUMBER).strip();
            // An invalid parent idnumber maps to the same stand-in as the invalid idnumber it names, so the
            // hierarchy can still be checked and every other problem reported.
            String parentKey = parentRaw.isEmpty() ? "" : Uuids.parse(parentRaw).map(UUID::toString)
                    .orElse(Uuids.placeholderFor(parentRaw.toLowerCase(Locale.ROOT)).toString());
            Row row = new Row(line, id.toString(), id, parentKey, readDescription(line));
            Row first = rows.putIfAbsent(row.key(), row);
            if (first != null) {
                problems.add(new Problem(ProblemCodes.DUPLICATE_IDNUMBER, line.at(IDNUMBER), "L'identifiant " + id
                        + " est déjà utilisé à la ligne " + first.line().number() + " ; Moodle écraserait la première compétence."));
            }
        }

        private Framework build() {
            Set<String> roots = new HashSet<>();
            roots.add(frameworkLine.cell(IDNUMBER).strip().toLowerCase(Locale.ROOT));
            List<HierarchyCheck.Node> nodes = rows.values().stream()
                    .map(row -> new HierarchyCheck.Node(row.key(), row.parentKey(), row.line().at(PARENT_IDNUMBER)))
                    .toList();
            HierarchyCheck.Result hierarchy = HierarchyCheck.check(nodes, roots);
            problems.addAll(hierarchy.problems());
            checkRelated();
            Map<String, List<Row>> children = new LinkedHashMap<>();
            List<Row> domainRows = new ArrayList<>();
            for (Row row : rows.values()) {
                int depth = hierarchy.depth(row.key()).orElse(-1);
                if (depth == 1) {
                    domainRows.add(row);
                } else if (depth == 2) {
                    children.computeIfAbsent(row.parentKey(), key -> new ArrayList<>()).add(row);
                } else if (depth > 2) {
                    problems.add(new Problem(ProblemCodes.TOO_DEEP, row.line().at(PARENT_IDNUMBER), "Cette compétence est au niveau "
                            + depth + " de l'arborescence ; Plume attend deux niveaux : domaines puis compétences."));
                }
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

        private Framework frameworkFrom(Line line, List<Domain> domains) {
            locator.framework = line;
            DescriptionHtml.Parsed description = DescriptionHtml.read(line.cell(DESCRIPTION));
            Map<String, String> metadata = description.attributes();
            UUID id;
            if (!metadata.containsKey("idnumber") || !metadata.containsKey("version")) {
                problems.add(new Problem(ProblemCodes.CSV_PLUME_METADATA, line.at(DESCRIPTION),
                        "La description du référentiel ne contient pas les informations Plume (identifiant, version, licence) : "
                                + "ce CSV ne vient pas d'un export Plume. Importez plutôt le paquet CASE JSON ou le classeur XLSX du référentiel."));
                id = Uuids.placeholderFor("framework:" + line.cell(IDNUMBER));
            } else {
                String raw = metadata.get("idnumber");
                id = Uuids.parse(raw).orElseGet(() -> {
                    problems.add(new Problem(ProblemCodes.INVALID_UUID, line.at(DESCRIPTION), "« " + raw
                            + " » (data-plume-idnumber) n'est pas un UUID valide."));
                    return Uuids.placeholderFor(raw);
                });
            }
            String code = metadata.getOrDefault("code", line.cell(IDNUMBER).strip());
            String title = description.title().fr().isEmpty() ? line.cell(SHORTNAME) : description.title().fr();
            return new Framework(id, code, metadata.getOrDefault("version", ""),
                    new LocalizedText(title, description.title().en()), description.description(),
                    metadata.getOrDefault("licence", ""), domains);
        }

        private void checkRelated() {
            for (Row row : rows.values()) {
                for (String related : IdNumberList.decode(row.line().cell(RELATED_IDNUMBERS))) {
                    String key = Uuids.parse(related).map(UUID::toString).orElse(related);
                    if (!rows.containsKey(key)) {
                        problems.add(new Problem(ProblemCodes.CSV_UNKNOWN_RELATED, row.line().at(RELATED_IDNUMBERS),
                                "La compétence liée « " + related + " » n'existe pas dans ce fichier."));
                    }
                }
            }
        }

        private DescriptionHtml.Parsed readDescription(Line line) {
            DescriptionHtml.Parsed parsed = DescriptionHtml.read(line.cell(DESCRIPTION));
            for (String invalid : parsed.invalidLevels()) {
                problems.add(new Problem(ProblemCodes.INVALID_LEVEL, line.at(DESCRIPTION),
                        "Un descripteur a le numéro de niveau « " + invalid + " » ; attendu un entier de 1 à 6."));
            }
            return parsed;
        }

        private static String code(Row row) {
            String code = row.description().attributes().get("code");
            if (code != null) {
                return code;
            }
            Matcher matcher = CODE_PREFIX.matcher(row.line().cell(SHORTNAME).strip());
            return matcher.matches() ? matcher.group(1) : "";
        }

        private static LocalizedText title(Row row) {
            DescriptionHtml.Parsed description = row.description();
            String french = description.title().fr();
            if (french.isEmpty()) {
                String shortname = row.line().cell(SHORTNAME).strip();
                String code = code(row);
                french = !code.isEmpty() && shortname.startsWith(code) ? shortname.substring(code.length()).strip() : shortname;
            }
            return new LocalizedText(french, description.title().en());
        }

        private void checkLength(Line line, int column) {
            String value = line.cell(column);
            int length = value.codePointCount(0, value.length());
            if (length > MAX_LENGTH) {
                problems.add(new Problem(ProblemCodes.CSV_TOO_LONG, line.at(column), "Cette valeur a " + length
                        + " caractères ; Moodle la couperait à " + MAX_LENGTH + ". Raccourcissez-la."));
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
                return Uuids.placeholderFor(raw.strip().toLowerCase(Locale.ROOT));
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
            return framework.at(field == Field.TITLE ? SHORTNAME : DESCRIPTION);
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
