package io.github.bpsconnector.metadata.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the mathematical symbols people type into an MS-Ind {@code rumus} (Σ φ × ÷ ≤ ≥ √ π ² ...) into LaTeX, the
 * form INDAH stores formulas in (e.g. {@code \frac{Jumlah}{Total}\times100\%}). Text that is already LaTeX is left
 * as it is: commands ({@code \frac}, {@code \times}) and escaped characters ({@code \%}) are copied, so converting
 * twice gives the same result as converting once.
 *
 * <p>The rules:
 * <ul>
 *   <li>each symbol of {@link #symbols()} becomes its command; a space is put after a command that is followed by a
 *       letter ({@code 2πr} becomes {@code 2\pi r});</li>
 *   <li>a run of superscript characters becomes {@code ^{...}} ({@code x²³} becomes {@code x^{23}}) and a run of
 *       subscript characters {@code _{...}} ({@code xᵢ} becomes {@code x_{i}});</li>
 *   <li>{@code %}, {@code #}, {@code &} and {@code $} are escaped ({@code 100%} becomes {@code 100\%});</li>
 *   <li>√ (and ∛, ∜) takes as its argument the bracketed group that follows, without the brackets ({@code √(a+b)}
 *       becomes {@code \sqrt{a+b}}; {@code {...}} works the same), or else the run of letters, digits, {@code .} and
 *       {@code ,} that follows with any super- or subscript after it ({@code √2π} becomes {@code \sqrt{2\pi}},
 *       {@code √x²+1} becomes {@code \sqrt{x^{2}}+1}); with nothing after it, {@code \sqrt{}}. Write brackets when in
 *       doubt;</li>
 *   <li>everything else is copied unchanged.</li>
 * </ul>
 * Thread-safe; no state.
 */
public final class FormulaToLatex {

    /** Roots nested deeper than this are refused, so that no input can exhaust the stack. */
    public static final int MAX_ROOT_DEPTH = 32;

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUPERSCRIPT_PLAIN = "0123456789+-=()ni";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ";
    private static final String SUBSCRIPT_PLAIN = "0123456789+-=()aeoxhklmnpstij";
    private static final String ESCAPED = "%#&$";

    private static final Map<Integer, String> ROOTS = Map.of((int) '√', "", (int) '∛', "3", (int) '∜', "4");
    private static final Map<Integer, String> SYMBOLS = symbolTable();

    private FormulaToLatex() {
    }

    /**
     * The formula with its symbols in LaTeX.
     *
     * @param formula the formula as typed; not {@code null}
     * @return the LaTeX form
     * @throws IllegalArgumentException when roots are nested deeper than {@value #MAX_ROOT_DEPTH}
     */
    public static String convert(String formula) {
        return convert(formula, 0);
    }

    /**
     * The symbol table, in documentation order: each symbol (as a string of one character) and its LaTeX. Roots,
     * superscripts, subscripts and escapes follow the rules of the class description instead.
     */
    public static Map<String, String> symbols() {
        Map<String, String> table = new LinkedHashMap<>();
        SYMBOLS.forEach((cp, latex) -> table.put(new String(Character.toChars(cp)), latex));
        return Collections.unmodifiableMap(table);
    }

    private static String convert(String s, int depth) {
        if (depth > MAX_ROOT_DEPTH) {
            throw new IllegalArgumentException("Roots are nested deeper than " + MAX_ROOT_DEPTH);
        }
        Output out = new Output(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\\') {
                i = copyCommand(s, i, out);
            } else if (ROOTS.containsKey(cp)) {
                i = root(s, next, ROOTS.get(cp), out, depth);
            } else if (SUPERSCRIPTS.indexOf(cp) >= 0) {
                i = script(s, i, SUPERSCRIPTS, SUPERSCRIPT_PLAIN, "^", out);
            } else if (SUBSCRIPTS.indexOf(cp) >= 0) {
                i = script(s, i, SUBSCRIPTS, SUBSCRIPT_PLAIN, "_", out);
            } else if (SYMBOLS.containsKey(cp)) {
                out.command(SYMBOLS.get(cp));
                i = next;
            } else if (ESCAPED.indexOf(cp) >= 0) {
                out.command("\\" + (char) cp);
                i = next;
            } else {
                out.text(cp);
                i = next;
            }
        }
        return out.toString();
    }

    /** Copies a LaTeX command ({@code \frac}) or escaped character ({@code \%}) as it is. */
    private static int copyCommand(String s, int i, Output out) {
        int end = i + 1;
        while (end < s.length() && isAsciiLetter(s.charAt(end))) {
            end++;
        }
        if (end == i + 1 && end < s.length()) {
            end += Character.charCount(s.codePointAt(end));
        }
        out.command(s.substring(i, end));
        return end;
    }

    private static int script(String s, int i, String scripts, String plain, String marker, Output out) {
        StringBuilder group = new StringBuilder();
        int end = i;
        while (end < s.length() && scripts.indexOf(s.charAt(end)) >= 0) {
            group.append(plain.charAt(scripts.indexOf(s.charAt(end))));
            end++;
        }
        out.command(marker + "{" + group + "}");
        return end;
    }

    private static int root(String s, int i, String index, Output out, int depth) {
        int start = i;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        String radicand;
        int next;
        char open = start < s.length() ? s.charAt(start) : 0;
        if (open == '(' || open == '{') {
            int close = matching(s, start, open, open == '(' ? ')' : '}');
            radicand = s.substring(start + 1, close < 0 ? s.length() : close);
            next = close < 0 ? s.length() : close + 1;
        } else {
            int end = start;
            while (end < s.length() && isTermChar(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            while (end < s.length() && (SUPERSCRIPTS.indexOf(s.charAt(end)) >= 0
                    || SUBSCRIPTS.indexOf(s.charAt(end)) >= 0)) {
                end++;
            }
            radicand = s.substring(start, end);
            next = end == start ? i : end;
        }
        String indexPart = index.isEmpty() ? "" : "[" + index + "]";
        out.command("\\sqrt" + indexPart + "{" + convert(radicand, depth + 1) + "}");
        return next;
    }

    private static boolean isTermChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '.' || cp == ',';
    }

    private static int matching(String s, int openAt, char open, char close) {
        int level = 0;
        for (int j = openAt; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == open) {
                level++;
            } else if (c == close && --level == 0) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The LaTeX being written; remembers whether a command word was just written. */
    private static final class Output {
        private final StringBuilder sb;
        private boolean afterCommandWord;

        Output(int capacity) {
            sb = new StringBuilder(capacity);
        }

        void command(String latex) {
            sb.append(latex);
            afterCommandWord = isAsciiLetter(latex.charAt(latex.length() - 1)) && latex.charAt(0) == '\\';
        }

        void text(int cp) {
            if (afterCommandWord && isAsciiLetter(cp)) {
                sb.append(' ');
            }
            sb.appendCodePoint(cp);
            afterCommandWord = false;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    private static Map<Integer, String> symbolTable() {
        Map<Integer, String> t = new LinkedHashMap<>();
        put(t, "Σ∑", "\\sum");
        put(t, "Π∏", "\\prod");
        put(t, "∫", "\\int");
        put(t, "×", "\\times");
        put(t, "÷", "\\div");
        put(t, "·⋅∙", "\\cdot");
        put(t, "±", "\\pm");
        put(t, "∓", "\\mp");
        put(t, "−", "-");
        put(t, "≤⩽", "\\leq");
        put(t, "≥⩾", "\\geq");
        put(t, "≠", "\\neq");
        put(t, "≈", "\\approx");
        put(t, "≡", "\\equiv");
        put(t, "∞", "\\infty");
        put(t, "∂", "\\partial");
        put(t, "Δ∆", "\\Delta");
        put(t, "∇", "\\nabla");
        put(t, "∈", "\\in");
        put(t, "∉", "\\notin");
        put(t, "⊂", "\\subset");
        put(t, "⊆", "\\subseteq");
        put(t, "∪", "\\cup");
        put(t, "∩", "\\cap");
        put(t, "→", "\\rightarrow");
        put(t, "←", "\\leftarrow");
        put(t, "⇒", "\\Rightarrow");
        put(t, "⇔", "\\Leftrightarrow");
        put(t, "∀", "\\forall");
        put(t, "∃", "\\exists");
        put(t, "…", "\\ldots");
        put(t, "°", "^{\\circ}");
        put(t, "½", "\\frac{1}{2}");
        put(t, "⅓", "\\frac{1}{3}");
        put(t, "⅔", "\\frac{2}{3}");
        put(t, "¼", "\\frac{1}{4}");
        put(t, "¾", "\\frac{3}{4}");
        String greek = "αβγδεϵζηθϑικλμµνξπρσςτυφϕχψωΓΘΛΞΦΨΩΥ";
        String[] names = {"alpha", "beta", "gamma", "delta", "varepsilon", "epsilon", "zeta", "eta", "theta",
            "vartheta", "iota", "kappa", "lambda", "mu", "mu", "nu", "xi", "pi", "rho", "sigma", "varsigma", "tau",
            "upsilon", "varphi", "phi", "chi", "psi", "omega", "Gamma", "Theta", "Lambda", "Xi", "Phi", "Psi",
            "Omega", "Upsilon"};
        for (int k = 0; k < names.length; k++) {
            t.put((int) greek.charAt(k), "\\" + names[k]);
        }
        return Collections.unmodifiableMap(t);
    }

    private static void put(Map<Integer, String> table, String symbols, String latex) {
        symbols.chars().forEach(c -> table.put(c, latex));
    }
}
