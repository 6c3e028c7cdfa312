package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.SupportedLocales;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French by default; English through {@code ?lang=en} (remembered for the session, or in a
 * cookie without one) or the browser's preferred languages. Only supported languages are ever
 * resolved, so pages never claim a {@code lang} they are not written in.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new SessionOrCookieLocaleResolver(request -> request.getHeader("Accept-Language") == null
                ? Locale.FRENCH
                : Collections.list(request.getLocales()).stream()
                .map(SupportedLocales::supportedOrNull)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(Locale.FRENCH));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale requested = super.parseLocaleValue(localeValue);
                return requested == null ? null : SupportedLocales.supportedOrNull(requested);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
