package io.github.bpsconnector.testkit.romantik;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The login pages (Romantik's own form and the Keycloak-like SSO page) and the error pages. */
final class AuthPages {

    /** Keycloak's message for bad credentials. */
    static final String INVALID_CREDENTIALS = "Invalid username or password.";
    /** The form login's message for bad credentials. */
    static final String FORM_LOGIN_FAILED = "Email atau kata sandi salah.";

    private AuthPages() {
    }

    /** Mode 2: {@code form#login-form} with {@code _token}, {@code email}, {@code password}. */
    static String loginForm(String csrf, String error, String email) {
        Document doc = Layout.page("Masuk", null);
        Element main = Layout.main(doc);
        if (error != null) {
            main.appendElement("div").addClass("alert alert-danger").attr("role", "alert").text(error);
        }
        Element form = Html.form(main, "login-form", "/login", csrf);
        Html.input(Html.group(form, "email", "Email"), "email", "email", email);
        Html.input(Html.group(form, "password", "Kata Sandi"), "password", "password", "");
        Html.submit(form, "Masuk");
        return Html.render(doc);
    }

    /**
     * Mode 1: the SSO's login page, shaped like Keycloak's {@code login.ftl}: {@code form#kc-form-login} with
     * {@code username}, {@code password} and a hidden {@code credentialId}; {@code #input-error} after a failure.
     */
    static String ssoLogin(String realm, String action, String username, boolean failed) {
        Document doc = Html.page("Sign in to " + realm);
        doc.body().addClass("login-pf");
        Element wrapper = doc.body().appendElement("div").addClass("login-pf-page");
        wrapper.appendElement("div").id("kc-header").appendElement("div").id("kc-header-wrapper")
                .text("BPS SSO (" + realm + ")");
        Element card = wrapper.appendElement("div").addClass("card-pf");
        card.appendElement("h1").id("kc-page-title").text("Sign in to your account");
        Element form = card.appendElement("form").id("kc-form-login").attr("onsubmit", "login.disabled = true;")
                .attr("action", action).attr("method", "post");
        Element userGroup = form.appendElement("div").addClass("form-group");
        userGroup.appendElement("label").attr("for", "username").text("Username or email");
        userGroup.appendElement("input").id("username").attr("name", "username").attr("type", "text")
                .attr("value", username == null ? "" : username).attr("autocomplete", "username");
        Element passwordGroup = form.appendElement("div").addClass("form-group");
        passwordGroup.appendElement("label").attr("for", "password").text("Password");
        passwordGroup.appendElement("input").id("password").attr("name", "password").attr("type", "password")
                .attr("autocomplete", "current-password");
        if (failed) {
            passwordGroup.appendElement("span").id("input-error").addClass("pf-c-form__helper-text")
                    .attr("aria-live", "polite").text(INVALID_CREDENTIALS);
        }
        Element buttons = form.appendElement("div").id("kc-form-buttons");
        buttons.appendElement("input").attr("type", "hidden").id("id-hidden-input").attr("name", "credentialId")
                .attr("value", "");
        buttons.appendElement("input").attr("type", "submit").id("kc-login").attr("name", "login")
                .attr("value", "Sign In");
        return Html.render(doc);
    }

    /** Keycloak's page for a login attempt whose session code is unknown or stale. */
    static String ssoExpired() {
        Document doc = Html.page("Sign in");
        doc.body().appendElement("h1").id("kc-page-title").text("Page has expired");
        doc.body().appendElement("p").addClass("instruction").text("Your login attempt timed out. "
                + "Login will start from the beginning.");
        return Html.render(doc);
    }

    /** {@code 400}: an invalid SSO request or callback. */
    static String badRequest(String message) {
        Document doc = Html.page("Error");
        doc.body().appendElement("h1").id("kc-page-title").text("We are sorry...");
        doc.body().appendElement("p").id("kc-error-message").text(message);
        return Html.render(doc);
    }

    /** {@code 419}: a POST with a missing or stale {@code _token}. */
    static String pageExpired() {
        return errorPage(419, "Page Expired");
    }

    static String notFound() {
        return errorPage(404, "Not Found");
    }

    static String forbidden() {
        return errorPage(403, "Forbidden");
    }

    static String serverError() {
        return errorPage(500, "Server Error");
    }

    static String methodNotAllowed() {
        return errorPage(405, "Method Not Allowed");
    }

    static String tooManyRequests() {
        return errorPage(429, "Too Many Requests");
    }

    private static String errorPage(int status, String message) {
        Document doc = Html.page(message);
        Element main = doc.body().appendElement("div").addClass("error-page");
        main.appendElement("div").addClass("code").text(String.valueOf(status));
        main.appendElement("div").addClass("message").text(message);
        return Html.render(doc);
    }

    /** A {@code 422} page for a refusal that has no form of its own to re-render. */
    static String refused(Viewer viewer, String title, RomantikRefusedException refusal) {
        Document doc = Layout.page(title, viewer);
        Map<String, String> fields = refusal.fieldErrors();
        Html.errors(Layout.main(doc), refusal.getMessage(), fields, null);
        return Html.render(doc);
    }
}
