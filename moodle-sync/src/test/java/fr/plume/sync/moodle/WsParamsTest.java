package fr.plume.sync.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WsParamsTest {

    @Test
    void nestedMapsAndListsUsePhpBracketNames() {
        Map<String, Object> competency = new LinkedHashMap<>();
        competency.put("shortname", "1.1 Accords");
        competency.put("visible", true);
        WsParams p = WsParams.of().put("competency", competency)
                .put("filters", List.of(Map.of("column", "idnumber"), Map.of("column", "x")));

        assertThat(p.flatten()).extracting(Map.Entry::getKey).containsExactly(
                "competency[shortname]", "competency[visible]", "filters[0][column]", "filters[1][column]");
        assertThat(p.toFormBody()).isEqualTo("competency%5Bshortname%5D=1.1+Accords&competency%5Bvisible%5D=1"
                + "&filters%5B0%5D%5Bcolumn%5D=idnumber&filters%5B1%5D%5Bcolumn%5D=x");
    }

    @Test
    void booleansBecomeOneOrZeroAndNullsAreLeftOut() {
        WsParams p = WsParams.of().put("onlyvisible", false).put("query", null).put("limit", 0);
        assertThat(p.toFormBody()).isEqualTo("onlyvisible=0&limit=0");
    }
}
