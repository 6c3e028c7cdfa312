package fr.plume.tool.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every HTTP route of the running tool, as Spring MVC maps it: "METHOD /pattern". */
final class Routes {

    private Routes() {
    }

    static Set<String> of(ApplicationContext tool) {
        return handlers(tool).keySet();
    }

    /** Each route with the controller method that answers it. */
    static Map<String, HandlerMethod> handlers(ApplicationContext tool) {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        tool.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) -> add(routes, info, handler)));
        return routes;
    }

    /**
     * A form with a plausible value for each request parameter the handler binds, so that a post
     * reaches the handler's own checks instead of failing on a missing parameter (400).
     */
    static Map<String, String> plausibleForm(HandlerMethod handler) {
        Map<String, String> form = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                    : parameter.getParameterName();
            if (name != null) {
                Class<?> type = java.util.Collection.class.isAssignableFrom(parameter.getParameterType())
                        ? parameter.nested().getNestedParameterType() : parameter.getParameterType();
                form.put(name, plausible(type));
            }
        }
        return form;
    }

    /**
     * Whether the handler binds more than simple request parameters (a file, a form object, a
     * body), which {@link #plausibleForm} cannot fill: a post may then fail its binding (400)
     * before the handler's role check.
     */
    static boolean bindsMoreThanParameters(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            boolean simple = BeanUtils.isSimpleProperty(type);
            boolean parameterOrPath = parameter.hasParameterAnnotation(RequestParam.class)
                    || parameter.hasParameterAnnotation(PathVariable.class);
            if (MultipartFile.class.isAssignableFrom(type) || parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(ModelAttribute.class)
                    || (!parameterOrPath && !simple && !type.getName().startsWith("jakarta.")
                    && !type.getName().startsWith("org.springframework.") && !type.getName().startsWith("java."))) {
                return true;
            }
        }
        return false;
    }

    private static String plausible(Class<?> type) {
        if (type == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == double.class || type == Double.class || type == BigDecimal.class) {
            return "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class) {
            return "2026-01-15";
        }
        return "x";
    }

    private static void add(Map<String, HandlerMethod> routes, RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        Set<String> names = new TreeSet<>();
        if (methods.isEmpty()) {
            names.add("ANY");
        } else {
            methods.forEach(m -> names.add(m.name()));
        }
        for (String pattern : info.getPatternValues()) {
            names.forEach(method -> routes.put(method + " " + pattern, handler));
        }
    }
}
