package fr.plume.tool.shared.web;

import fr.plume.tool.shared.domain.MemberTimeZones;
import fr.plume.tool.shared.domain.SupportedLocales;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show a moment: "4 déc. 2026 à 21:46" in French, "4 Dec 2026 at 21:46" in
 * English. Consortium pages use the consortium's time zone ({@code plume.display.time-zone},
 * Europe/Paris by default): templates call {@code ${@dates.format(instant)}}. Pages of people
 * launched from a member use that member's zone ({@link #zoneOf}), the consortium's unless the
 * member chose its own.
 */
@Component("dates")
public class DateDisplay {

    private static final String NONE = "—";
    private static final Map<String, DateTimeFormatter> FORMATTERS = Map.of(
            "fr", DateTimeFormatter.ofPattern("d MMM yyyy 'à' HH:mm", Locale.FRENCH),
            "en", DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH));

    private final ZoneId zone;
    private final Clock clock;
    private final MemberTimeZones members;

    /** Without the identity module (a module test) every member shows the consortium's zone. */
    @Autowired
    DateDisplay(@Value("${plume.display.time-zone:Europe/Paris}") String zone, Clock clock,
            ObjectProvider<MemberTimeZones> members) {
        this(zone, clock, members.getIfAvailable(() -> memberId -> Optional.empty()));
    }

    DateDisplay(String zone, Clock clock, MemberTimeZones members) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
        this.members = members;
    }

    /** The moment in the language of the current request, in the consortium's zone; a dash when there is none. */
    public String format(Instant instant) {
        return format(instant, LocaleContextHolder.getLocale());
    }

    public String format(Instant instant, Locale locale) {
        return format(instant, locale, zone);
    }

    /** The moment in {@code locale} (French unless supported) and {@code zone}; a dash when there is none. */
    public String format(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return NONE;
        }
        Locale supported = SupportedLocales.supportedOrNull(locale);
        return FORMATTERS.get(supported == null ? "fr" : supported.getLanguage()).withZone(zone).format(instant);
    }

    /** The zone of the pages of people launched from this member: its own, else the consortium's. */
    public ZoneId zoneOf(UUID memberId) {
        return members.timeZone(memberId).orElse(zone);
    }

    /** Whole minutes from now until {@code instant}, at least 1 (for "try again in N min"). */
    public long minutesUntil(Instant instant) {
        long seconds = instant.getEpochSecond() - clock.instant().getEpochSecond();
        return Math.max(1, (seconds + 59) / 60);
    }
}
