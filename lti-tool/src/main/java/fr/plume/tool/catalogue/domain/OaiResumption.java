package fr.plume.tool.catalogue.domain;

import fr.plume.tool.shared.domain.SecretBox;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a list stopped, handed to the harvester as an opaque resumption token (OAI-PMH 2.0
 * §3.5): the repository keeps nothing, any node can resume. The token is sealed (AES-GCM under a
 * key of its own derived from the deployment secret), so it can be neither read nor forged, and
 * it carries its expiry and the list's size.
 *
 * @param prefix           the metadataPrefix (empty for ListSets)
 * @param set              the set asked for, empty for all
 * @param from             the first instant of the list, or null
 * @param until            the last instant of the list, or null
 * @param afterChangedAt   the datestamp of the last record delivered
 * @param afterModule      the module of the last record delivered
 * @param delivered        how many records the previous pages held (the token's cursor)
 * @param completeListSize how many records the whole list holds
 * @param expires          when the token stops being accepted
 */
public record OaiResumption(String verb, String prefix, String set, Instant from, Instant until,
        Instant afterChangedAt, UUID afterModule, long delivered, long completeListSize, Instant expires) {

    private static final String CONTEXT = "oai-pmh resumption token v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public String seal(SecretBox box) {
        String plain = String.join("|", verb, prefix, set, instant(from), instant(until), instant(afterChangedAt),
                afterModule.toString(), Long.toString(delivered), Long.toString(completeListSize), instant(expires));
        return ENCODER.encodeToString(box.seal(plain.getBytes(StandardCharsets.UTF_8), CONTEXT));
    }

    /** The token's content if it opens and has not expired at {@code now}; otherwise badResumptionToken. */
    public static OaiResumption open(String token, SecretBox box, String verb, Instant now) {
        OaiResumption resumption = read(token, box).orElseThrow(() -> new OaiProblem(OaiProblem.BAD_RESUMPTION_TOKEN,
                "The resumption token is invalid."));
        if (!resumption.verb().equals(verb)) {
            throw new OaiProblem(OaiProblem.BAD_RESUMPTION_TOKEN, "The resumption token belongs to another verb.");
        }
        if (now.isAfter(resumption.expires())) {
            throw new OaiProblem(OaiProblem.BAD_RESUMPTION_TOKEN, "The resumption token has expired.");
        }
        return resumption;
    }

    private static Optional<OaiResumption> read(String token, SecretBox box) {
        try {
            String plain = new String(box.open(Base64.getUrlDecoder().decode(token), CONTEXT), StandardCharsets.UTF_8);
            String[] f = plain.split("\\|", -1);
            if (f.length != 10) {
                return Optional.empty();
            }
            return Optional.of(new OaiResumption(f[0], f[1], f[2], instant(f[3]), instant(f[4]), instant(f[5]),
                    UUID.fromString(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]), instant(f[9])));
        } catch (SecretBox.CannotOpen | IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.isEmpty() ? null : Instant.parse(text);
    }
}
