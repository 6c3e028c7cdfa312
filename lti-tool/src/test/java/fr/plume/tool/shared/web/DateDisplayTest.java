package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DateDisplayTest {

    private static final UUID GUYANE = UUID.randomUUID();
    private static final UUID SORBONNE = UUID.randomUUID();
    private static final Map<UUID, ZoneId> MEMBER_ZONES = Map.of(GUYANE, ZoneId.of("America/Cayenne"));

    private final MovableClock clock = MovableClock.stopped();
    private final DateDisplay paris = new DateDisplay("Europe/Paris", clock,
            member -> Optional.ofNullable(MEMBER_ZONES.get(member)));

    @Test
    void showsAMomentInFrenchInParisTimeByDefault() {
        assertThat(paris.format(Instant.parse("2026-12-04T20:46:00Z"), Locale.FRENCH)).isEqualTo("4 déc. 2026 à 21:46");
        assertThat(paris.format(Instant.parse("2026-07-14T10:05:00Z"), Locale.FRENCH)).isEqualTo("14 juil. 2026 à 12:05");
    }

    @Test
    void showsTheSameMomentInEnglish() {
        assertThat(paris.format(Instant.parse("2026-12-04T20:46:00Z"), Locale.UK)).isEqualTo("4 Dec 2026 at 21:46");
    }

    @Test
    void fallsBackToFrenchForAnotherLanguage() {
        assertThat(paris.format(Instant.parse("2026-12-04T20:46:00Z"), Locale.GERMAN)).isEqualTo("4 déc. 2026 à 21:46");
    }

    @Test
    void usesTheConfiguredTimeZone() {
        DateDisplay montreal = new DateDisplay("America/Montreal", clock, member -> Optional.empty());

        assertThat(montreal.format(Instant.parse("2026-12-04T20:46:00Z"), Locale.FRENCH)).isEqualTo("4 déc. 2026 à 15:46");
    }

    @Test
    void aMemberWithItsOwnZoneSeesTheSameFormatInThatZone() {
        Instant moment = Instant.parse("2026-12-04T20:46:00Z");

        assertThat(paris.format(moment, Locale.FRENCH, paris.zoneOf(GUYANE))).isEqualTo("4 déc. 2026 à 17:46");
        assertThat(paris.format(moment, Locale.ENGLISH, paris.zoneOf(GUYANE))).isEqualTo("4 Dec 2026 at 17:46");
    }

    @Test
    void aMemberWithoutItsOwnZoneSeesTheConsortiumsZone() {
        assertThat(paris.zoneOf(SORBONNE)).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void showsADashForNoMoment() {
        assertThat(paris.format(null, Locale.FRENCH)).isEqualTo("—");
    }

    @Test
    void countsWholeMinutesUntilAMomentRoundedUp() {
        assertThat(paris.minutesUntil(clock.instant().plus(Duration.ofMinutes(15)))).isEqualTo(15);
        assertThat(paris.minutesUntil(clock.instant().plus(Duration.ofSeconds(61)))).isEqualTo(2);
        assertThat(paris.minutesUntil(clock.instant().minusSeconds(5))).isEqualTo(1);
    }
}
