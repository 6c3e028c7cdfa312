package fr.plume.framework.validation;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static fr.plume.framework.validation.ProblemCodes.*;

/** Checks the rules every framework must follow, whatever its format, and reports every violation. */
public final class FrameworkValidator {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]+(?:[._-][0-9A-Za-z]+)*");

    private FrameworkValidator() {
    }

    public static ValidationReport validate(Framework framework) {
        return validate(framework, ModelLocator.byPosition());
    }

    public static ValidationReport validate(Framework framework, ModelLocator where) {
        return new Run(where).check(framework);
    }

    private static final class Run {
        private final ModelLocator where;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, String> firstCodeLocation = new HashMap<>();
        private final Map<UUID, String> firstIdnumberLocation = new HashMap<>();

        Run(ModelLocator where) {
            this.where = where;
        }

        ValidationReport check(Framework framework) {
            if (framework.code().isBlank()) {
                add(MISSING_CODE, where.framework(Field.CODE), "Le code du référentiel est vide.");
            }
            if (!SemanticVersion.isValid(framework.version())) {
                add(INVALID_VERSION, where.framework(Field.VERSION), "La version « " + framework.version()
                        + " » n'est pas une version sémantique valide (attendu : MAJEUR.MINEUR.CORRECTIF, par exemple 1.0.0).");
            }
            if (!framework.title().hasFrench()) {
                add(MISSING_FRENCH_TEXT, where.framework(Field.TITLE), "Le titre français du référentiel est vide.");
            }
            if (framework.licence().isBlank()) {
                add(MISSING_LICENCE, where.framework(Field.LICENCE),
                        "La licence du référentiel est vide (par exemple CC-BY-SA-4.0).");
            }
            if (framework.domains().isEmpty()) {
                add(EMPTY_FRAMEWORK, where.framework(Field.CHILDREN), "Le référentiel ne contient aucun domaine.");
            }
            checkIdnumber(framework.idnumber(), where.framework(Field.IDNUMBER), "le référentiel");
            for (int d = 0; d < framework.domains().size(); d++) {
                checkDomain(d, framework.domains().get(d));
            }
            return new ValidationReport(problems);
        }

        private void checkDomain(int d, Domain domain) {
            String label = "le domaine « " + domain.code() + " »";
            checkIdnumber(domain.idnumber(), where.domain(d, Field.IDNUMBER), label);
            checkCode(domain.code(), where.domain(d, Field.CODE), "du domaine");
            if (!domain.title().hasFrench()) {
                add(MISSING_FRENCH_TEXT, where.domain(d, Field.TITLE),
                        "Le titre français du domaine « " + domain.code() + " » est vide.");
            }
            if (domain.competencies().isEmpty()) {
                add(EMPTY_DOMAIN, where.domain(d, Field.CHILDREN),
                        "Le domaine « " + domain.code() + " » ne contient aucune compétence.");
            }
            for (int c = 0; c < domain.competencies().size(); c++) {
                checkCompetency(d, c, domain, domain.competencies().get(c));
            }
        }

        private void checkCompetency(int d, int c, Domain domain, Competency competency) {
            String code = competency.code();
            checkIdnumber(competency.idnumber(), where.competency(d, c, Field.IDNUMBER),
                    "la compétence « " + code + " »");
            checkCode(code, where.competency(d, c, Field.CODE), "de la compétence");
            if (!code.isBlank() && !domain.code().isBlank() && !code.startsWith(domain.code() + ".")) {
                add(CODE_OUTSIDE_DOMAIN, where.competency(d, c, Field.CODE), "Le code « " + code
                        + " » devrait commencer par le code de son domaine suivi d'un point (« " + domain.code() + ". »).");
            }
            if (!competency.title().hasFrench()) {
                add(MISSING_FRENCH_TEXT, where.competency(d, c, Field.TITLE),
                        "Le titre français de la compétence « " + code + " » est vide.");
            }
            checkLevels(d, c, competency);
        }

        private void checkLevels(int d, int c, Competency competency) {
            TreeSet<Integer> seen = new TreeSet<>();
            List<LevelDescriptor> levels = competency.levels();
            for (int l = 0; l < levels.size(); l++) {
                LevelDescriptor descriptor = levels.get(l);
                if (!descriptor.inRange()) {
                    add(LEVEL_OUT_OF_RANGE, where.level(d, c, l, Field.LEVEL), "Le niveau " + descriptor.level()
                            + " de la compétence « " + competency.code() + " » n'existe pas (niveaux de 1 à 6).");
                } else if (!seen.add(descriptor.level())) {
                    add(DUPLICATE_LEVEL, where.level(d, c, l, Field.LEVEL), "Le niveau " + descriptor.level()
                            + " de la compétence « " + competency.code() + " » est décrit plusieurs fois.");
                }
                if (!descriptor.text().hasFrench()) {
                    add(MISSING_FRENCH_TEXT, where.level(d, c, l, Field.TEXT), "Le descripteur français du niveau "
                            + descriptor.level() + " de la compétence « " + competency.code() + " » est vide.");
                }
            }
            for (int level = LevelDescriptor.MIN_LEVEL; level <= LevelDescriptor.MAX_LEVEL; level++) {
                if (!seen.contains(level)) {
                    add(MISSING_LEVEL, where.competency(d, c, Field.LEVEL), "Il manque le descripteur du niveau "
                            + level + " pour la compétence « " + competency.code() + " » (les niveaux 1 à 6 sont tous requis).");
                }
            }
        }

        private void checkCode(String code, String location, String ofWhat) {
            if (code.isBlank()) {
                add(MISSING_CODE, location, "Le code " + ofWhat + " est vide.");
                return;
            }
            if (!CODE.matcher(code).matches()) {
                add(INVALID_CODE, location, "Le code « " + code + " » " + ofWhat
                        + " ne doit contenir que des lettres, des chiffres et des points (par exemple 2.3).");
            }
            String first = firstCodeLocation.putIfAbsent(code, location);
            if (first != null) {
                add(DUPLICATE_CODE, location, "Le code « " + code + " » est déjà utilisé (" + first + ").");
            }
        }

        private void checkIdnumber(UUID idnumber, String location, String owner) {
            String first = firstIdnumberLocation.putIfAbsent(idnumber, location);
            if (first != null) {
                add(DUPLICATE_IDNUMBER, location, "L'identifiant " + idnumber + " de " + owner
                        + " est déjà utilisé (" + first + ") ; un identifiant ne doit jamais servir deux fois.");
            }
        }

        private void add(String code, String location, String message) {
            problems.add(new Problem(code, location, message));
        }
    }
}
