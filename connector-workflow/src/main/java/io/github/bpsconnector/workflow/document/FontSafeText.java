package io.github.bpsconnector.workflow.document;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes text printable in one font. The Standard 14 fonts encode only WinAnsi (Latin-1 and a few typographic
 * characters), and PDFBox refuses any other character; the forms, though, may hold formulas and symbols such as
 * {@code ≤} or {@code Σ}. Each character the font cannot show is replaced, in order of preference, by a readable
 * ASCII spelling ({@code ≤} as {@code <=}, {@code Σ} as {@code Sigma}), by its compatibility form ({@code ⁴} as
 * {@code 4}), by its base letter without accents, or by {@code ?}. White space becomes a plain space, control and
 * invisible formatting characters are dropped, and line breaks are kept. Never throws for any input.
 *
 * <p>Not thread-safe (it caches what the font can encode); one instance per font per document.
 */
final class FontSafeText {

    private static final Map<Integer, String> SPELLINGS = spellings();

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    FontSafeText(PDFont font) {
        this.font = font;
    }

    /** {@code text} with every character the font cannot encode replaced; line breaks become {@code \n}. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    private void append(StringBuilder out, int cp) {
        if (cp == '\n') {
            out.append('\n');
        } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            out.append(' ');
        } else if (Character.isISOControl(cp) || isInvisible(cp)) {
            return;
        } else if (canEncode(cp)) {
            out.appendCodePoint(cp);
        } else if (SPELLINGS.containsKey(cp)) {
            out.append(SPELLINGS.get(cp));
        } else {
            out.append(fallback(cp));
        }
    }

    /** The compatibility form, else the base letter without marks, else {@code ?}. */
    private String fallback(int cp) {
        String single = new String(Character.toChars(cp));
        String compatible = Normalizer.normalize(single, Normalizer.Form.NFKC);
        if (!compatible.equals(single) && compatible.codePoints().allMatch(this::canEncode)) {
            return compatible;
        }
        String base = Normalizer.normalize(single, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!base.isEmpty() && !base.equals(single) && base.codePoints().allMatch(this::canEncode)) {
            return base;
        }
        return "?";
    }

    private boolean canEncode(int cp) {
        return encodable.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }

    private static Map<Integer, String> spellings() {
        Map<Integer, String> map = new HashMap<>();
        String[][] pairs = {
                {"≤", "<="}, {"≥", ">="}, {"≠", "!="}, {"≈", "~"}, {"≡", "=="}, {"−", "-"}, {"∕", "/"},
                {"∑", "Sum"}, {"∏", "Product"}, {"√", "sqrt"}, {"∞", "infinity"}, {"∆", "Delta"}, {"∈", "in"},
                {"→", "->"}, {"←", "<-"}, {"↔", "<->"}, {"⇒", "=>"}, {"⇔", "<=>"}, {"⋅", "·"}, {"∙", "·"},
                {"✓", "v"}, {"✔", "v"}, {"✗", "x"}, {"Α", "Alpha"}, {"Β", "Beta"}, {"Γ", "Gamma"},
                {"Δ", "Delta"}, {"Θ", "Theta"}, {"Λ", "Lambda"}, {"Π", "Pi"}, {"Σ", "Sigma"}, {"Φ", "Phi"},
                {"Ψ", "Psi"}, {"Ω", "Omega"}, {"α", "alpha"}, {"β", "beta"}, {"γ", "gamma"}, {"δ", "delta"},
                {"ε", "epsilon"}, {"ζ", "zeta"}, {"η", "eta"}, {"θ", "theta"}, {"κ", "kappa"}, {"λ", "lambda"},
                {"μ", "µ"}, {"ν", "nu"}, {"ξ", "xi"}, {"π", "pi"}, {"ρ", "rho"}, {"σ", "sigma"}, {"τ", "tau"},
                {"φ", "phi"}, {"χ", "chi"}, {"ψ", "psi"}, {"ω", "omega"}};
        for (String[] pair : pairs) {
            map.put(pair[0].codePointAt(0), pair[1]);
        }
        return Map.copyOf(map);
    }
}
