package fr.plume.tool.itembank.application;

import java.util.ArrayList;
import java.util.List;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The allow-list that rich text (module pages) passes through on save: structure, emphasis,
 * lists and links to http(s) or mailto, nothing else (no script, style, event handler, frame,
 * form or image from elsewhere). Anything the policy had to drop is reported, so the author sees
 * what was removed and a hostile import is refused instead of silently altered.
 */
@Component
public class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote",
                    "code", "pre", "span", "sub", "sup")
            .allowElements("a").allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .allowAttributes("lang").globally()
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    /** @param removed what the allow-list dropped (element or attribute names), empty when nothing */
    public record Sanitised(String html, List<String> removed) {
        public boolean clean() {
            return removed.isEmpty();
        }
    }

    public Sanitised sanitise(String html) {
        return clean(html);
    }

    public static Sanitised clean(String html) {
        if (html == null || html.isBlank()) {
            return new Sanitised("", List.of());
        }
        List<String> removed = new ArrayList<>();
        String safe = POLICY.sanitize(html, new HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(List<String> context, String elementName) {
                context.add("<" + elementName + ">");
            }

            @Override
            public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
                for (String attribute : attributeNames) {
                    context.add(tagName + "@" + attribute);
                }
            }
        }, removed);
        return new Sanitised(safe, List.copyOf(removed));
    }
}
