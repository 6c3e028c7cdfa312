package fr.plume.sync.job;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Framework;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Codes and idnumbers of a framework's competencies, to resolve links found in metadata. */
public final class CompetencyIndex {

    private final Map<String, UUID> idnumberByCode = new LinkedHashMap<>();
    private final Map<UUID, String> codeByIdnumber = new LinkedHashMap<>();

    public CompetencyIndex(Map<String, UUID> idnumberByCode) {
        idnumberByCode.forEach((code, id) -> {
            this.idnumberByCode.put(code, id);
            this.codeByIdnumber.put(id, code);
        });
    }

    public static CompetencyIndex of(Framework framework) {
        Map<String, UUID> m = new LinkedHashMap<>();
        for (Competency c : framework.allCompetencies()) {
            m.put(c.code(), c.idnumber());
        }
        return new CompetencyIndex(m);
    }

    public static CompetencyIndex empty() {
        return new CompetencyIndex(Map.of());
    }

    public boolean isEmpty() {
        return idnumberByCode.isEmpty();
    }

    public Optional<UUID> idnumberOf(String code) {
        return Optional.ofNullable(idnumberByCode.get(code));
    }

    public Optional<String> codeOf(UUID idnumber) {
        return Optional.ofNullable(codeByIdnumber.get(idnumber));
    }

    public boolean hasCode(String code) {
        return idnumberByCode.containsKey(code);
    }
}
