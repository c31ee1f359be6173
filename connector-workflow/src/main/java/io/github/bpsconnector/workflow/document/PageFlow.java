package io.github.bpsconnector.workflow.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out top to bottom over as many pages as it needs: wrapped paragraphs, label/value lines, rules and
 * tables whose header repeats on every page and whose rows split across pages when they must; numbers the pages
 * at the end. Uses the Standard 14 Helvetica fonts; every text passes through {@link FontSafeText}.
 */
final class PageFlow {

    /** Horizontal alignment of a paragraph. */
    enum Align { LEFT, CENTER }

    /**
     * A font at a size.
     *
     * @param font the font
     * @param text what makes text printable in it
     * @param size the size in points
     */
    record Style(PDFont font, FontSafeText text, float size) {
        float leading() {
            return size * 1.3f;
        }
    }

    /**
     * A line of a {@link #block}.
     *
     * @param text  the text; empty for a blank line
     * @param style its font and size
     */
    record BlockLine(String text, Style style) {
    }

    /**
     * A table column.
     *
     * @param title  the header text; {@code \n} breaks the line
     * @param weight its share of the table's width
     */
    record Column(String title, float weight) {
    }

    /**
     * Page margins in points.
     *
     * @param top    top
     * @param right  right
     * @param bottom bottom; the page number is printed inside it
     * @param left   left
     */
    record Margins(float top, float right, float bottom, float left) {
    }

    private static final float CELL_PADDING = 2.5f;
    private static final float HEADER_SHADE = 0.88f;

    private final PDDocument document;
    private final PDRectangle pageSize;
    private final Margins margins;
    private final PDFont regularFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont boldFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final FontSafeText regularText = new FontSafeText(regularFont);
    private final FontSafeText boldText = new FontSafeText(boldFont);

    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, PDRectangle pageSize, Margins margins) {
        this.document = document;
        this.pageSize = pageSize;
        this.margins = margins;
    }

    Style regular(float size) {
        return new Style(regularFont, regularText, size);
    }

    Style bold(float size) {
        return new Style(boldFont, boldText, size);
    }

    float contentWidth() {
        return pageSize.getWidth() - margins.left() - margins.right();
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = top();
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) throws IOException {
        if (content == null || y - height < margins.bottom()) {
            newPage();
        }
    }

    /** Vertical space; at the foot of a page it becomes the start of the next one instead. */
    void gap(float height) throws IOException {
        ensure(0);
        if (y - height < margins.bottom()) {
            newPage();
        } else {
            y -= height;
        }
    }

    /** A wrapped paragraph, {@code indent} points from the left margin. */
    void paragraph(String text, Style style, Align align, float indent) throws IOException {
        float width = contentWidth() - indent;
        for (String line : wrap(text, style, width)) {
            ensure(style.leading());
            float x = margins.left() + indent;
            if (align == Align.CENTER) {
                x += (width - width(line, style)) / 2;
            }
            show(line, style, x, y - style.size());
            y -= style.leading();
        }
    }

    /**
     * A label in a column of {@code labelWidth} points and the wrapped text beside it (e.g. {@code Nama : ...} or
     * a numbered point {@code 1. ...}).
     */
    void labeled(String label, float labelWidth, String text, Style style, float indent) throws IOException {
        List<String> lines = wrap(text, style, contentWidth() - indent - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            ensure(style.leading());
            if (i == 0) {
                show(style.text().printable(label), style, margins.left() + indent, y - style.size());
            }
            show(lines.get(i), style, margins.left() + indent + labelWidth, y - style.size());
            y -= style.leading();
        }
    }

    /**
     * Lines that must stay on one page, e.g. a signature block, {@code indent} points from the left margin; an
     * empty text is a blank line.
     */
    void block(List<BlockLine> lines, float indent) throws IOException {
        float width = contentWidth() - indent;
        List<List<String>> wrapped = new ArrayList<>();
        float height = 0;
        for (BlockLine line : lines) {
            List<String> parts = wrap(line.text(), line.style(), width);
            wrapped.add(parts);
            height += parts.size() * line.style().leading();
        }
        ensure(height);
        for (int i = 0; i < lines.size(); i++) {
            Style style = lines.get(i).style();
            for (String part : wrapped.get(i)) {
                show(part, style, margins.left() + indent, y - style.size());
                y -= style.leading();
            }
        }
    }

    /** A horizontal rule across the text width. */
    void rule(float thickness) throws IOException {
        ensure(thickness + 4);
        content.setLineWidth(thickness);
        content.moveTo(margins.left(), y - 2);
        content.lineTo(pageSize.getWidth() - margins.right(), y - 2);
        content.stroke();
        y -= thickness + 4;
    }

    /**
     * A table with a shaded header row that repeats on each page. A row that does not fit in the space left goes
     * to the next page; a row taller than a whole page is split between pages line by line.
     */
    void table(List<Column> columns, List<List<String>> rows, Style header, Style body) throws IOException {
        float[] widths = widths(columns);
        List<List<String>> headerCells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            headerCells.add(wrap(columns.get(c).title(), header, widths[c] - 2 * CELL_PADDING));
        }
        float headerHeight = rowHeight(lineCount(headerCells), header);
        ensure(headerHeight + rowHeight(1, body));
        drawRow(headerCells, 0, lineCount(headerCells), widths, header, true);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(wrap(c < row.size() ? row.get(c) : "", body, widths[c] - 2 * CELL_PADDING));
            }
            int total = lineCount(cells);
            int drawn = 0;
            boolean freshPage = false;
            while (drawn < total) {
                int fitting = (int) Math.floor((y - margins.bottom() - 2 * CELL_PADDING) / body.leading());
                int left = total - drawn;
                if (fitting >= left) {
                    drawRow(cells, drawn, total, widths, body, false);
                    drawn = total;
                    continue;
                }
                boolean moveWholeRow = drawn == 0 && !freshPage
                        && rowHeight(left, body) <= top() - margins.bottom() - headerHeight;
                if (fitting >= 1 && !moveWholeRow) {
                    drawRow(cells, drawn, drawn + fitting, widths, body, false);
                    drawn += fitting;
                } else if (freshPage) {
                    throw new IllegalStateException("the page is too small for one line of the table");
                }
                continueTable(headerCells, widths, header);
                freshPage = true;
            }
        }
    }

    /** Closes the last page and prints "Halaman i dari n" at the foot of every page. */
    void finish() throws IOException {
        closeContent();
        Style style = regular(8);
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            String label = "Halaman " + (i + 1) + " dari " + pages;
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setFont(style.font(), style.size());
                footer.newLineAtOffset((pageSize.getWidth() - width(label, style)) / 2, margins.bottom() / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    /**
     * {@code text} made printable and broken into lines no wider than {@code width}: at {@code \n}, between words,
     * and inside a word that is wider than a line on its own.
     */
    List<String> wrap(String text, Style style, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : style.text().printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, style) > width) {
                    int cut = longestFittingPrefix(rest, style, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int longestFittingPrefix(String word, Style style, float width) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), style) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static float width(String printable, Style style) throws IOException {
        return style.font().getStringWidth(printable) / 1000 * style.size();
    }

    private void continueTable(List<List<String>> headerCells, float[] widths, Style header) throws IOException {
        newPage();
        drawRow(headerCells, 0, lineCount(headerCells), widths, header, true);
    }

    /** Draws lines {@code from} (inclusive) to {@code to} (exclusive) of each cell as one row of boxes. */
    private void drawRow(List<List<String>> cells, int from, int to, float[] widths, Style style, boolean shaded)
            throws IOException {
        float height = rowHeight(to - from, style);
        float x = margins.left();
        for (int c = 0; c < cells.size(); c++) {
            if (shaded) {
                content.setNonStrokingColor(HEADER_SHADE);
                content.addRect(x, y - height, widths[c], height);
                content.fill();
                content.setNonStrokingColor(0f);
            }
            content.setLineWidth(0.5f);
            content.addRect(x, y - height, widths[c], height);
            content.stroke();
            List<String> lines = cells.get(c);
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                float baseline = y - CELL_PADDING - (i - from) * style.leading() - style.size();
                show(lines.get(i), style, x + CELL_PADDING, baseline);
            }
            x += widths[c];
        }
        y -= height;
    }

    private void show(String printable, Style style, float x, float baseline) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(style.font(), style.size());
        content.newLineAtOffset(x, baseline);
        content.showText(printable);
        content.endText();
    }

    private float[] widths(List<Column> columns) {
        float total = 0;
        for (Column column : columns) {
            total += column.weight();
        }
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = contentWidth() * columns.get(c).weight() / total;
        }
        return widths;
    }

    private static int lineCount(List<List<String>> cells) {
        int max = 1;
        for (List<String> cell : cells) {
            max = Math.max(max, cell.size());
        }
        return max;
    }

    private static float rowHeight(int lines, Style style) {
        return lines * style.leading() + 2 * CELL_PADDING;
    }

    private float top() {
        return pageSize.getHeight() - margins.top();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
