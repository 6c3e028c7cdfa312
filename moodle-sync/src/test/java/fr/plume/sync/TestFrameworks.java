package fr.plume.sync;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A small two-domain framework in two versions, with fixed idnumbers. */
public final class TestFrameworks {

    public static final UUID FRAMEWORK = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    public static final UUID D1 = UUID.fromString("11111111-0000-4000-8000-000000000001");
    public static final UUID D2 = UUID.fromString("11111111-0000-4000-8000-000000000002");
    public static final UUID C11 = UUID.fromString("22222222-0000-4000-8000-000000000011");
    public static final UUID C12 = UUID.fromString("22222222-0000-4000-8000-000000000012");
    public static final UUID C21 = UUID.fromString("22222222-0000-4000-8000-000000000021");
    public static final UUID C22 = UUID.fromString("22222222-0000-4000-8000-000000000022");

    private TestFrameworks() {
    }

    static List<LevelDescriptor> levels(String what) {
        List<LevelDescriptor> l = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            l.add(new LevelDescriptor(i, LocalizedText.of("Niveau " + i + " : " + what, "Level " + i)));
        }
        return l;
    }

    public static Framework v1() {
        return new Framework(FRAMEWORK, "ECRI", "1.0.0", LocalizedText.of("Référentiel de français écrit", "Written French"),
                LocalizedText.of("Référentiel commun du consortium.", "Shared framework."), "CC-BY-4.0", List.of(
                new Domain(D1, "1", LocalizedText.of("Orthographe", "Spelling"), LocalizedText.of("Orthographe lexicale et grammaticale.", ""),
                        List.of(new Competency(C11, "1.1", LocalizedText.of("Accords dans le groupe nominal", ""),
                                        LocalizedText.of("Accorder déterminants et adjectifs.", ""), levels("accords GN")),
                                new Competency(C12, "1.2", LocalizedText.of("Accord du participe passé", ""),
                                        LocalizedText.of("Accorder le participe passé.", ""), levels("participe")))),
                new Domain(D2, "2", LocalizedText.of("Syntaxe et ponctuation", ""), LocalizedText.of("Construire des phrases.", ""),
                        List.of(new Competency(C21, "2.1", LocalizedText.of("Ponctuation", ""),
                                LocalizedText.of("Utiliser la virgule et le point-virgule.", ""), levels("ponctuation"))))));
    }

    /** 1.1.0: 1.2 retitled, 2.2 added. */
    public static Framework v2() {
        Framework v1 = v1();
        Domain d1 = v1.domains().get(0);
        Competency c12 = d1.competencies().get(1);
        Competency c12b = new Competency(C12, "1.2", LocalizedText.of("Accord du participe passé employé avec avoir", ""),
                c12.description(), c12.levels());
        Domain d1b = new Domain(D1, "1", d1.title(), d1.description(), List.of(d1.competencies().get(0), c12b));
        Domain d2 = v1.domains().get(1);
        Domain d2b = new Domain(D2, "2", d2.title(), d2.description(), List.of(d2.competencies().get(0),
                new Competency(C22, "2.2", LocalizedText.of("Connecteurs logiques", ""),
                        LocalizedText.of("Enchaîner les idées.", ""), levels("connecteurs"))));
        return new Framework(FRAMEWORK, "ECRI", "1.1.0", v1.title(), v1.description(), v1.licence(), List.of(d1b, d2b));
    }
}
