package fr.plume.tool.sync.infra;

import fr.plume.sync.job.KeywordRule;
import fr.plume.tool.sync.domain.OaiSourceConfig;
import fr.plume.tool.sync.domain.StoredReport;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON forms of what the sync tables keep in jsonb columns. */
final class SyncJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SyncJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static StoredReport report(String json) {
        return json == null ? null : JSON.readValue(json, StoredReport.class);
    }

    static List<OaiSourceConfig> oaiSources(String json) {
        return JSON.readValue(json, new TypeReference<List<OaiSourceConfig>>() { });
    }

    static List<KeywordRule> keywordRules(String json) {
        return JSON.readValue(json, new TypeReference<List<KeywordRule>>() { });
    }
}
