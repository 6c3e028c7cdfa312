package fr.plume.tool.dashboard.infra;

import fr.plume.tool.dashboard.domain.CostRule;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The consortium's default cost-sharing rule ({@code plume.usage.cost.*}); the report page may try others. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsageConfiguration.UsageProperties.class)
class UsageConfiguration {

    @ConfigurationProperties("plume.usage.cost")
    record UsageProperties(BigDecimal amount, BigDecimal fixedWeight, BigDecimal studentWeight,
            BigDecimal certificateWeight) {

        UsageProperties {
            amount = amount == null ? BigDecimal.valueOf(100_000) : amount;
            fixedWeight = fixedWeight == null ? new BigDecimal("0.4") : fixedWeight;
            studentWeight = studentWeight == null ? new BigDecimal("0.4") : studentWeight;
            certificateWeight = certificateWeight == null ? new BigDecimal("0.2") : certificateWeight;
        }
    }

    @Bean
    CostRule defaultCostRule(UsageProperties properties) {
        return new CostRule(properties.amount(), properties.fixedWeight(), properties.studentWeight(),
                properties.certificateWeight());
    }
}
