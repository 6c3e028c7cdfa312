package fr.plume.tool.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleLinkHeaderTest {

    private static final String ENDPOINT = "https://lms.example/demo/platform/services/7/lineitems";

    @Test
    void firstPageHasNextButNoPrevWithTypographicQuotesAndEscapedAmpersands() {
        String header = MoodleLinkHeader.forLineItems(ENDPOINT, List.of(), "1", new Paging(2, 0), 5).orElseThrow();

        assertThat(header).isEqualTo("<" + ENDPOINT + "?type_id=1&amp;limit=2&amp;from=0>; rel=\u201Cfirst\u201D, "
                + "<" + ENDPOINT + "?type_id=1&amp;limit=2&amp;from=0>; rel=\u201Ccanonical\u201D, "
                + "<" + ENDPOINT + "?type_id=1&amp;limit=2&amp;from=2>; rel=\u201Cnext\u201D, "
                + "<" + ENDPOINT + "?type_id=1&amp;limit=2&amp;from=4>; rel=\u201Clast\u201D");
    }

    @Test
    void lastPageHasPrevAndNoNext() {
        String header = MoodleLinkHeader.forLineItems(ENDPOINT, List.<String[]>of(new String[] {"tag", "final"}), "1",
                new Paging(2, 4), 5).orElseThrow();

        assertThat(header).contains("?tag=final&amp;type_id=1&amp;limit=2&amp;from=2>; rel=\u201Cprev\u201D")
                .doesNotContain("rel=\u201Cnext\u201D");
    }

    @Test
    void noHeaderWithoutALimit() {
        assertThat(MoodleLinkHeader.forLineItems(ENDPOINT, List.of(), "1", new Paging(0, 0), 5)).isEmpty();
    }
}
