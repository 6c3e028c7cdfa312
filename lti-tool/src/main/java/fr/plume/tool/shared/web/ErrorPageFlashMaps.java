package fr.plume.tool.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes live in the session, which lives in PostgreSQL. The error page shows none, and
 * it must render when PostgreSQL is restarting (the retry page, DatabaseOutage): on an error
 * dispatch the flash attributes are not read, so the session store is not asked again. Found by
 * the storm's pg-restart run, where an error dispatch that read them ended in the container's
 * bare 500.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageFlashMaps {

    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new SkippedOnErrorDispatch();
    }

    static final class SkippedOnErrorDispatch extends SessionFlashMapManager {

        @Override
        protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
            return request.getDispatcherType() == DispatcherType.ERROR ? null : super.retrieveFlashMaps(request);
        }
    }
}
