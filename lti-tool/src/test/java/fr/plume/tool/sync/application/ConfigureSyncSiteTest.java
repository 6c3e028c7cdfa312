package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.application.ConfigureSyncSite.SiteForm;
import fr.plume.tool.sync.domain.SyncJobKind;
import fr.plume.tool.sync.domain.SyncSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ConfigureSyncSiteTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final SyncPorts.MemorySites sites = new SyncPorts.MemorySites();
    private final SyncPorts.MemorySchedules schedules = new SyncPorts.MemorySchedules();
    private final ConfigureSyncSite configure = new ConfigureSyncSite(sites, schedules, Clock.fixed(NOW, ZoneOffset.UTC));

    private static SiteForm form(String name, String url, String token, long scale, String oai, String rules) {
        return new SiteForm(name, url, token, scale, Set.of(SyncJobKind.OAI_HARVEST), oai, rules);
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(PlumeProblemException.class)
                .satisfies(e -> assertThat(((PlumeProblemException) e).code()).isEqualTo(code));
    }

    @Test
    void savesAValidSiteWithItsTokenAndKeepsTheTokenWhenLaterLeftBlank() {
        UUID id = configure.saveSite(MEMBER, form(" moodle ", " https://moodle.example.org ", "s3cret", 4,
                "dc https://oai.example.org/oai", ""));
        UUID again = configure.saveSite(MEMBER, form("moodle", "https://moodle2.example.org", "", 5, "", null));

        assertThat(again).isEqualTo(id);
        assertThat(sites.find(MEMBER, id).orElseThrow().baseUrl()).isEqualTo("https://moodle2.example.org");
        assertThat(sites.token(MEMBER, id)).isEqualTo("s3cret");
    }

    @Test
    void refusesWhatIsWrongInASiteNamingIt() {
        refused(() -> configure.saveSite(MEMBER, form("mood le", "https://m.example.org", "t", 4, "", "")),
                "SYNC-SITE-NAME");
        refused(() -> configure.saveSite(MEMBER, form("moodle", "ftp://m.example.org", "t", 4, "", "")),
                "SYNC-SITE-URL");
        refused(() -> configure.saveSite(MEMBER, form("moodle", "https://m.example.org", "t", 0, "", "")),
                "SYNC-SITE-SCALE");
        refused(() -> configure.saveSite(MEMBER, form("moodle", "https://m.example.org", "t", 4, "dc not-a-url", "")),
                "SYNC-OAI-SOURCES");
        refused(() -> configure.saveSite(MEMBER, form("moodle", "https://m.example.org", "t", 4, "", "{not rules")),
                "SYNC-KEYWORD-RULES");
        refused(() -> configure.saveSite(MEMBER, form("moodle", "https://m.example.org", " ", 4, "", "")),
                "SYNC-SITE-TOKEN");
        assertThat(sites.ofMember(MEMBER)).isEmpty();
    }

    @Test
    void anIntervalScheduleFirstRunsOneIntervalFromNow() {
        UUID site = configure.saveSite(MEMBER, form("moodle", "https://m.example.org", "t", 4,
                "dc https://oai.example.org/oai", ""));
        UUID id = configure.schedule(MEMBER, site, SyncJobKind.OAI_HARVEST, " dc ", "pt6h", false);

        SyncSchedule saved = schedules.find(MEMBER, id).orElseThrow();
        assertThat(saved.target()).isEqualTo("dc");
        assertThat(saved.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(saved.nextRunAt()).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void refusesASchedulesWrongTargetOrCadenceAndAnotherMembersSite() {
        UUID site = configure.saveSite(MEMBER, form("moodle", "https://m.example.org", "t", 4,
                "dc https://oai.example.org/oai", ""));
        refused(() -> configure.schedule(MEMBER, site, SyncJobKind.OAI_HARVEST, "unknown", "PT6H", false),
                "SYNC-SCHEDULE-TARGET");
        refused(() -> configure.schedule(MEMBER, site, SyncJobKind.FRAMEWORK_PUSH, "x", "PT6H", false),
                "SYNC-SCHEDULE-TARGET");
        refused(() -> configure.schedule(MEMBER, site, SyncJobKind.RATINGS_PUSH, "not a url", "PT6H", false),
                "SYNC-SCHEDULE-TARGET");
        refused(() -> configure.schedule(MEMBER, site, SyncJobKind.OAI_HARVEST, "dc", "PT30S", false),
                "SYNC-SCHEDULE-CADENCE");
        refused(() -> configure.schedule(MEMBER, site, SyncJobKind.OAI_HARVEST, "dc", "every day", false),
                "SYNC-SCHEDULE-CADENCE");
        refused(() -> configure.schedule(UUID.randomUUID(), site, SyncJobKind.OAI_HARVEST, "dc", "PT6H", false),
                "PLUME-NOT-FOUND");
        assertThat(schedules.ofMember(MEMBER)).isEmpty();
    }

    @Test
    void removesAScheduleOnlyWithinItsMember() {
        UUID site = configure.saveSite(MEMBER, form("moodle", "https://m.example.org", "t", 4, "", ""));
        UUID id = configure.schedule(MEMBER, site, SyncJobKind.FRAMEWORK_PUSH, "", "0 0 3 * * *", false);

        configure.removeSchedule(UUID.randomUUID(), id);
        assertThat(schedules.find(MEMBER, id)).isPresent();
        configure.removeSchedule(MEMBER, id);
        assertThat(schedules.find(MEMBER, id)).isEmpty();
    }
}
