package fr.plume.tool.shared.web;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The tool's message bundles as the error pages read them, for tests without a Spring context. */
final class MessageBundles {

    private MessageBundles() {
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
