package fr.plume.sync.cli;

import fr.plume.framework.format.moodle.MoodleScale;
import fr.plume.sync.i18n.Localized;
import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.job.OaiSource;
import fr.plume.sync.job.ScaleSettings;
import fr.plume.sync.moodle.MoodleSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * plume-sync configuration: a JSON file (sites, OAI repositories, scale) plus environment
 * variables. Tokens come from {@code PLUME_SYNC_TOKEN_<SITE>} (or the variable named by
 * {@code tokenEnv}); a site may be defined by environment only with {@code PLUME_SYNC_URL_<SITE>}.
 */
public record SyncConfig(Map<String, SiteEntry> sites, Map<String, OaiEntry> oaiSources) {

    public record SiteEntry(String url, String tokenEnv, Long scaleId, Map<Integer, Integer> levelToScaleValue,
                            Integer proficientFrom, Integer timeoutSeconds, Double requestsPerSecond) {
    }

    public record OaiEntry(String url, String metadataPrefix, String set) {
    }

    public static final class ConfigException extends RuntimeException implements Localized {
        private final Phrase phrase;

        public ConfigException(Phrase phrase) {
            super(phrase.french());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    public SyncConfig {
        sites = sites == null ? Map.of() : Map.copyOf(sites);
        oaiSources = oaiSources == null ? Map.of() : Map.copyOf(oaiSources);
    }

    public static SyncConfig load(Optional<Path> file) {
        if (file.isEmpty()) {
            return new SyncConfig(Map.of(), Map.of());
        }
        try {
            return JsonMapper.builder().build().readValue(Files.readAllBytes(file.get()), SyncConfig.class);
        } catch (IOException e) {
            throw new ConfigException(Phrase.of("config.unreadable", file.get(), e.getMessage()));
        } catch (JacksonException e) {
            throw new ConfigException(Phrase.of("config.invalid", file.get(), e.getOriginalMessage()));
        }
    }

    static String envName(String prefix, String site) {
        return prefix + site.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public MoodleSite site(String name, Map<String, String> env) {
        SiteEntry entry = sites.get(name);
        String url = entry != null && entry.url() != null ? entry.url() : env.get(envName("PLUME_SYNC_URL_", name));
        if (url == null || url.isBlank()) {
            throw new ConfigException(Phrase.of("config.unknownSite", name, envName("PLUME_SYNC_URL_", name)));
        }
        String tokenVar = entry != null && entry.tokenEnv() != null ? entry.tokenEnv() : envName("PLUME_SYNC_TOKEN_", name);
        String token = env.get(tokenVar);
        if (token == null || token.isBlank()) {
            throw new ConfigException(Phrase.of("config.noToken", name, tokenVar));
        }
        int timeout = entry != null && entry.timeoutSeconds() != null ? entry.timeoutSeconds() : 30;
        double rps = entry != null && entry.requestsPerSecond() != null ? entry.requestsPerSecond() : 10;
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(Phrase.of("config.badUrl", name, url));
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new ConfigException(Phrase.of("config.notHttp", name, url));
        }
        return new MoodleSite(name, uri, token.strip(), Duration.ofSeconds(timeout),
                Duration.ofMillis(rps <= 0 ? 0 : (long) (1000 / rps)), 2);
    }

    public ScaleSettings scale(String site) {
        SiteEntry e = sites.get(site);
        if (e == null || e.scaleId() == null) {
            throw new ConfigException(Phrase.of("config.noScale", site));
        }
        if (e.levelToScaleValue() == null || e.levelToScaleValue().isEmpty()) {
            ScaleSettings six = ScaleSettings.sixLevels(e.scaleId());
            return e.proficientFrom() == null ? six
                    : new ScaleSettings(e.scaleId(), six.levelToScaleValue(), e.proficientFrom());
        }
        return new ScaleSettings(e.scaleId(), new HashMap<>(e.levelToScaleValue()),
                e.proficientFrom() == null ? MoodleScale.DEFAULT_PROFICIENT_FROM : e.proficientFrom());
    }

    public OaiSource oai(String name) {
        OaiEntry e = oaiSources.get(name);
        if (e == null || e.url() == null) {
            throw new ConfigException(Phrase.of("config.unknownOai", name));
        }
        return new OaiSource(name, URI.create(e.url()), e.metadataPrefix() == null ? "oai_dc" : e.metadataPrefix(),
                Optional.ofNullable(e.set()));
    }
}
