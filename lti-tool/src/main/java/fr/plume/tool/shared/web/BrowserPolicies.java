package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Policies every page gives the browser besides its CSP (DESIGN §10): other sites learn at most
 * the tool's origin from links, and no page may use cameras, microphones, location and other
 * powerful features, which Plume never needs (also inside the platform's iframe).
 */
public final class BrowserPolicies {

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), "
            + "display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
            + "payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    private BrowserPolicies() {
    }

    public static void write(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }
}
