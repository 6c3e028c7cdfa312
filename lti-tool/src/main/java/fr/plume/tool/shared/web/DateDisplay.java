package fr.plume.tool.shared.web;

import fr.plume.tool.shared.domain.SupportedLocales;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show a moment: "4 déc. 2026 à 21:46" in French, "4 Dec 2026 at 21:46" in
 * English, in the consortium's time zone ({@code plume.display.time-zone}, Europe/Paris by
 * default). Templates call it as {@code ${@dates.format(instant)}}.
 */
@Component("dates")
public class DateDisplay {

    private static final String NONE = "—";
    private static final Map<String, String> PATTERNS = Map.of(
            "fr", "d MMM yyyy 'à' HH:mm",
            "en", "d MMM yyyy 'at' HH:mm");

    private final ZoneId zone;
    private final Clock clock;
    private final Map<String, DateTimeFormatter> formatters;

    DateDisplay(@Value("${plume.display.time-zone:Europe/Paris}") String zone, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
        this.formatters = Map.of(
                "fr", DateTimeFormatter.ofPattern(PATTERNS.get("fr"), Locale.FRENCH).withZone(this.zone),
                "en", DateTimeFormatter.ofPattern(PATTERNS.get("en"), Locale.ENGLISH).withZone(this.zone));
    }

    /** The moment in the language of the current request; a dash when there is none. */
    public String format(Instant instant) {
        return format(instant, LocaleContextHolder.getLocale());
    }

    public String format(Instant instant, Locale locale) {
        if (instant == null) {
            return NONE;
        }
        Locale supported = SupportedLocales.supportedOrNull(locale);
        return formatters.get(supported == null ? "fr" : supported.getLanguage()).format(instant);
    }

    /** Whole minutes from now until {@code instant}, at least 1 (for "try again in N min"). */
    public long minutesUntil(Instant instant) {
        long seconds = instant.getEpochSecond() - clock.instant().getEpochSecond();
        return Math.max(1, (seconds + 59) / 60);
    }

    public ZoneId zone() {
        return zone;
    }
}
