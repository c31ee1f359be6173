package io.github.bpsconnector.benchmarks.reliability;

import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.romantik.InvalidProfileException;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Broken profile override files ({@code romantik-profile.json}, {@code indah-profile.json}): empty, not JSON, not an
 * object, an unknown key, a value of the wrong type, a bad URL, a path without its slash, a bad regular expression
 * or CSS selector, a limit that is no positive number, an unknown status. Each must be refused when loaded with the
 * documented exception ({@link InvalidProfileException} for Romantik, {@code IllegalArgumentException} for INDAH)
 * naming the key that is wrong; a profile that loads is a failure of the case.
 */
final class ProfileCorpus {

    /** The whole file is wrong: no key to name. */
    private static final String WHOLE_FILE = "";

    private ProfileCorpus() {
    }

    static List<BadInput> cases(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("profiles"));
        List<BadInput> cases = new ArrayList<>();
        add(cases, folder, "romantik-profile.json", romantik(), path -> expect(() -> RomantikProfile.fromFile(path),
                InvalidProfileException.class));
        add(cases, folder, "indah-profile.json", indah(), path -> expect(() -> IndahProfile.fromFile(path),
                IllegalArgumentException.class));
        return cases;
    }

    private static void add(List<BadInput> cases, Path folder, String fileName, Map<String, String[]> files,
            Function<Path, Refusal> load) throws IOException {
        int n = 0;
        for (Map.Entry<String, String[]> file : files.entrySet()) {
            Path path = folder.resolve(++n + "-" + fileName);
            Files.writeString(path, file.getValue()[1], StandardCharsets.UTF_8);
            String key = file.getValue()[0];
            cases.add(new BadInput("profile file", fileName + ": " + file.getKey(),
                    () -> load.apply(path).requireNaming(key)));
        }
        cases.add(new BadInput("profile file", fileName + ": missing", () -> load.apply(folder.resolve("missing-"
                + fileName))));
        cases.add(new BadInput("profile file", fileName + ": a folder", () -> load.apply(folder)));
    }

    /** Romantik overrides by what is wrong: the key the refusal must name, and the file. */
    private static Map<String, String[]> romantik() {
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("empty", new String[] {WHOLE_FILE, ""});
        files.put("not JSON", new String[] {WHOLE_FILE, "paths: {home: /beranda}"});
        files.put("cut", new String[] {WHOLE_FILE, "{\"paths\": {\"home\": \"/ber"});
        files.put("an array", new String[] {WHOLE_FILE, "[]"});
        files.put("null", new String[] {WHOLE_FILE, "null"});
        files.put("unknown section", new String[] {"pathz", "{\"pathz\": {\"home\": \"/beranda\"}}"});
        files.put("unknown path", new String[] {"paths.homee", "{\"paths\": {\"homee\": \"/beranda\"}}"});
        files.put("unknown selector", new String[] {"selectors.list.rows", "{\"selectors\": {\"list.rows\": \"tr\"}}"});
        files.put("path a number", new String[] {"paths.home", "{\"paths\": {\"home\": 5}}"});
        files.put("section a text", new String[] {"paths", "{\"paths\": \"/beranda\"}"});
        files.put("selector an array", new String[] {"selectors.login.form", "{\"selectors\": {\"login.form\": [\"form\"]}}"});
        files.put("selector empty", new String[] {"selectors.login.form", "{\"selectors\": {\"login.form\": \"\"}}"});
        files.put("selector that does not parse", new String[] {"selectors.login.form",
                "{\"selectors\": {\"login.form\": \"form[[[\"}}"});
        files.put("path without its slash", new String[] {"paths.home", "{\"paths\": {\"home\": \"beranda\"}}"});
        files.put("base URL with a space", new String[] {"baseUrl", "{\"baseUrl\": \"https://romantik web\"}"});
        files.put("base URL without scheme", new String[] {"baseUrl", "{\"baseUrl\": \"romantik.web.bps.go.id\"}"});
        files.put("base URL a number", new String[] {"baseUrl", "{\"baseUrl\": 443}"});
        files.put("SSO URL that does not parse", new String[] {"sso.baseUrl", "{\"sso\": {\"baseUrl\": \"::\"}}"});
        files.put("login mode unknown", new String[] {"loginMode", "{\"loginMode\": \"MAGIC\"}"});
        files.put("regular expression that does not parse", new String[] {"letterPatterns.nomorSurat",
                "{\"letterPatterns\": {\"nomorSurat\": \"Nomor((\"}}"});
        files.put("regular expression a number", new String[] {"letterPatterns.nomorSurat",
                "{\"letterPatterns\": {\"nomorSurat\": 7}}"});
        files.put("limit a text", new String[] {"limits.maxBerkasBytes",
                "{\"limits\": {\"maxBerkasBytes\": \"sepuluh mega\"}}"});
        files.put("limit negative", new String[] {"limits.maxBerkasBytes", "{\"limits\": {\"maxBerkasBytes\": -1}}"});
        files.put("limit zero", new String[] {"limits.maxListPages", "{\"limits\": {\"maxListPages\": 0}}"});
        files.put("status of an unknown stage", new String[] {"statusLabels.statusPengajuan.baru",
                "{\"statusLabels\": {\"statusPengajuan\": {\"baru\": \"NEW_STAGE\"}}}"});
        files.put("unknown status column", new String[] {"statusLabels.statusLain",
                "{\"statusLabels\": {\"statusLain\": {\"baru\": \"DRAFT\"}}}"});
        files.put("deeply nested unknown key", new String[] {"paths.a",
                "{\"paths\": " + "{\"a\": ".repeat(500) + "1" + "}".repeat(500) + "}"});
        return files;
    }

    /** INDAH overrides by what is wrong: the key the refusal must name, and the file. */
    private static Map<String, String[]> indah() {
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("empty", new String[] {WHOLE_FILE, ""});
        files.put("not JSON", new String[] {WHOLE_FILE, "apiBaseUrl = https://indah-api.bps.go.id"});
        files.put("cut", new String[] {WHOLE_FILE, "{\"paths\": {\"kegiatan\": \"/sdi"});
        files.put("an array", new String[] {WHOLE_FILE, "[{}]"});
        files.put("null", new String[] {WHOLE_FILE, "null"});
        files.put("unknown section", new String[] {"pathz.kegiatan", "{\"pathz\": {\"kegiatan\": \"/x\"}}"});
        files.put("unknown path", new String[] {"paths.kegiatann", "{\"paths\": {\"kegiatann\": \"/x\"}}"});
        files.put("unknown top-level value", new String[] {"apiBaseUri",
                "{\"apiBaseUri\": \"https://indah-api.bps.go.id\"}"});
        files.put("path an array", new String[] {"paths.kegiatan", "{\"paths\": {\"kegiatan\": [\"/x\"]}}"});
        files.put("path null", new String[] {"paths.kegiatan", "{\"paths\": {\"kegiatan\": null}}"});
        files.put("path empty", new String[] {"paths.kegiatan", "{\"paths\": {\"kegiatan\": \"\"}}"});
        files.put("path without its slash", new String[] {"paths.kegiatan",
                "{\"paths\": {\"kegiatan\": \"sdi/v2/metadata-statistik/kegiatan\"}}"});
        files.put("API URL with a space", new String[] {"apiBaseUrl", "{\"apiBaseUrl\": \"https://indah api\"}"});
        files.put("API URL without scheme", new String[] {"apiBaseUrl", "{\"apiBaseUrl\": \"indah-api.bps.go.id\"}"});
        files.put("web URL that does not parse", new String[] {"webBaseUrl", "{\"webBaseUrl\": \"::\"}"});
        files.put("page size a text", new String[] {"pageSize.kegiatan", "{\"pageSize\": {\"kegiatan\": \"lima\"}}"});
        files.put("page size negative", new String[] {"pageSize.kegiatan", "{\"pageSize\": {\"kegiatan\": -5}}"});
        files.put("page size zero", new String[] {"pageSize.children", "{\"pageSize\": {\"children\": 0}}"});
        files.put("status label empty", new String[] {"statuses.DRAFT", "{\"statuses\": {\"DRAFT\": \" \"}}"});
        files.put("unknown status", new String[] {"statuses.ARCHIVED", "{\"statuses\": {\"ARCHIVED\": \"X\"}}"});
        files.put("a section a text", new String[] {"paths", "{\"paths\": \"/sdi\"}"});
        return files;
    }

    /** A profile refused as documented. */
    private record Refusal(RuntimeException error) {

        /** @throws AssertionError unless the message names {@code key} (a Romantik refusal: its key exactly) */
        Refusal requireNaming(String key) {
            if (error instanceof InvalidProfileException invalid ? !invalid.key().equals(key)
                    : !key.isEmpty() && !String.valueOf(error.getMessage()).contains(key)) {
                throw new AssertionError("the refusal does not name " + (key.isEmpty() ? "the whole file" : key)
                        + ": " + error);
            }
            return this;
        }
    }

    private static Refusal expect(java.util.function.Supplier<Object> load, Class<? extends RuntimeException> type) {
        Object loaded;
        try {
            loaded = load.get();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return new Refusal(e);
            }
            throw e;
        }
        throw new AssertionError("a broken profile was loaded: " + loaded);
    }
}
