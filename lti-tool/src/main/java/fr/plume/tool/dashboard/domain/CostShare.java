package fr.plume.tool.dashboard.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One member's share of the consortium's costs, by part; {@code total} is rounded to the cent. */
public record CostShare(UUID memberId, BigDecimal fixed, BigDecimal byStudents, BigDecimal byCertificates,
        BigDecimal total) {
}
