package io.github.bpsconnector.metadata.rules;

import java.util.Comparator;
import java.util.List;

/**
 * Orders field paths for reports: MS-Keg, then MS-Var, then MS-Ind, then anything else; within that, piece by piece
 * with runs of digits compared as numbers, so {@code msVar[2]} comes before {@code msVar[10]}.
 */
final class FieldPathOrder implements Comparator<String> {

    static final FieldPathOrder INSTANCE = new FieldPathOrder();

    private static final List<String> FORMS = List.of(FieldPaths.MS_KEG, FieldPaths.MS_VAR, FieldPaths.MS_IND);

    private FieldPathOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int byForm = Integer.compare(formRank(a), formRank(b));
        return byForm != 0 ? byForm : natural(a, b);
    }

    private static int formRank(String path) {
        for (int i = 0; i < FORMS.size(); i++) {
            String form = FORMS.get(i);
            if (path.startsWith(form) && (path.length() == form.length()
                    || path.charAt(form.length()) == '.' || path.charAt(form.length()) == '[')) {
                return i;
            }
        }
        return FORMS.size();
    }

    private static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareDigits(String x, String y) {
        String a = stripLeadingZeros(x);
        String b = stripLeadingZeros(y);
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String stripLeadingZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
